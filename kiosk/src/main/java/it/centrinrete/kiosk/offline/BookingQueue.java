package it.centrinrete.kiosk.offline;

import com.fasterxml.jackson.databind.ObjectMapper;
import it.centrinrete.kiosk.net.AssistantPort;
import it.centrinrete.kiosk.net.BookingDraft;
import it.centrinrete.kiosk.net.BookingReceipt;
import it.centrinrete.kiosk.net.HttpAssistantClient;
import it.centrinrete.kiosk.net.Refusal;
import it.centrinrete.kiosk.net.Unreachable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The outbox of bookings made while the server could not be reached: one JSON file per draft in
 * {@code <data-dir>/outbox/}, written atomically and forced to disk before {@link #enqueue} returns, so a kiosk killed
 * at any point loses none. A draft leaves the outbox only after the server booked it or refused it for good; what
 * it decided is kept in {@code <data-dir>/outcomes/} for the screen. Because a draft keeps its Idempotency-Key, sending
 * it again after a crash returns the same booking instead of a second one. A file that cannot be read is moved to
 * {@code outbox/damaged/} and logged, never fatal. The outbox holds names and phone numbers: it lives in the kiosk's
 * own data folder, each draft is deleted as soon as the server decides it, and decided outcomes (which hold no name
 * or phone) are deleted once shown or after {@link #prune a retention}.
 */
public final class BookingQueue {
    private static final Logger LOG = Logger.getLogger(BookingQueue.class.getName());
    private static final String SUFFIX = ".json";

    private final Path outbox;
    private final Path damaged;
    private final Path outcomes;
    private final Clock clock;
    private final ObjectMapper json = HttpAssistantClient.mapper();

    /** A draft as stored: the time orders the outbox, first come first served as at the centre's desk. */
    record Queued(BookingDraft draft, Instant queuedAt) {
    }

    public BookingQueue(Path dataDir) {
        this(dataDir, Clock.systemUTC());
    }

    public BookingQueue(Path dataDir, Clock clock) {
        this.outbox = dataDir.resolve("outbox");
        this.damaged = outbox.resolve("damaged");
        this.outcomes = dataDir.resolve("outcomes");
        this.clock = clock;
        try {
            Files.createDirectories(damaged);
            Files.createDirectories(outcomes);
            AtomicFiles.deleteTemporary(outbox);
            AtomicFiles.deleteTemporary(outcomes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the booking outbox in " + dataDir, e);
        }
    }

    /**
     * Keeps the draft until the server decides; on return it is on the disk. Enqueuing the same Idempotency-Key again
     * replaces the stored draft rather than adding a second one.
     */
    public void enqueue(BookingDraft draft) throws IOException {
        if (draft.idempotencyKey() == null || draft.idempotencyKey().isBlank()) {
            throw new IllegalArgumentException("a queued booking needs its Idempotency-Key, or it could be booked twice");
        }
        AtomicFiles.write(outbox.resolve(fileName(draft.idempotencyKey())), json.writeValueAsBytes(new Queued(draft, clock.instant())));
    }

    /** The drafts waiting, oldest first; unreadable files are moved aside on the way. */
    public List<BookingDraft> pending() {
        return queued().stream().map(Queued::draft).toList();
    }

    public boolean isPending(String idempotencyKey) {
        return Files.exists(outbox.resolve(fileName(idempotencyKey)));
    }

    /** What the server decided about a queued draft; empty while it waits (or if it never was queued). */
    public Optional<BookingOutcome> outcome(String idempotencyKey) {
        Path file = outcomes.resolve(fileName(idempotencyKey));
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(file.toFile(), BookingOutcome.class));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "the booking outcome " + file + " cannot be read", e);
            return Optional.empty();
        }
    }

    /**
     * Sends the waiting drafts, oldest first, until the outbox is empty or the server cannot be reached. A draft
     * whose outcome is already recorded (a crash after the answer, before the file was removed; a copied file) is
     * removed without sending it again.
     *
     * @param server the real server: never a wrapper that would queue the draft again
     * @param decided told of each outcome, on the calling thread
     */
    public synchronized Delivery send(AssistantPort server, Consumer<BookingOutcome> decided) {
        int booked = 0;
        int refused = 0;
        List<Queued> waiting = queued();
        Set<String> done = new HashSet<>();
        for (int i = 0; i < waiting.size(); i++) {
            BookingDraft draft = waiting.get(i).draft();
            String key = draft.idempotencyKey();
            try {
                if (done.contains(key) || outcome(key).isPresent()) {
                    removeAll(key);
                    continue;
                }
                BookingOutcome outcome;
                try {
                    BookingReceipt receipt = server.book(draft);
                    outcome = new BookingOutcome(key, receipt, null, null, clock.instant());
                    booked++;
                } catch (Refusal refusal) {
                    if (!isFinal(refusal)) {
                        LOG.warning(() -> "the server refused a queued booking for a reason that may pass (" + refusal.status() + " "
                            + refusal.code() + "); it stays in the outbox");
                        return new Delivery(booked, refused, waiting.size() - i, true);
                    }
                    outcome = new BookingOutcome(key, null, refusal.code(), refusal.getMessage(), clock.instant());
                    refused++;
                }
                // the outcome first: a kill between the two leaves a draft that the next pass recognises as done
                AtomicFiles.write(outcomes.resolve(fileName(key)), json.writeValueAsBytes(outcome));
                removeAll(key);
                done.add(key);
                decided.accept(outcome);
            } catch (Unreachable e) {
                return new Delivery(booked, refused, waiting.size() - i, false);
            } catch (IOException e) {
                LOG.log(Level.SEVERE, "cannot update the booking outbox; will try again", e);
                return new Delivery(booked, refused, waiting.size() - i, true);
            }
        }
        return new Delivery(booked, refused, 0, true);
    }

    public int size() {
        return queued().size();
    }

    /**
     * Takes a draft out of the outbox before it is sent (the person cancelled it). False when it is no longer there:
     * sent already (then {@link #outcome} has what the server decided), or never queued.
     */
    public synchronized boolean withdraw(String idempotencyKey) throws IOException {
        boolean waiting = isPending(idempotencyKey);
        removeAll(idempotencyKey);
        return waiting;
    }

    /** The drafts waiting for this phone number, oldest first; numbers compare by their digits (see {@link Phones}). */
    public List<BookingDraft> pendingFor(String phone) {
        return pending().stream().filter(draft -> Phones.same(draft.phone(), phone)).toList();
    }

    /** The outcome was shown to the person: nobody needs it any more. */
    public void forget(String idempotencyKey) {
        try {
            AtomicFiles.delete(outcomes.resolve(fileName(idempotencyKey)));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "a shown booking outcome could not be deleted; the retention removes it later", e);
        }
    }

    /**
     * Deletes outcomes decided, and damaged drafts set aside, longer ago than {@code retention}: an outcome is only
     * needed while the person may still be at the kiosk (and to skip a draft a crash left behind, which the next pass
     * after a restart does at once); a damaged draft holds a name and a phone and an operator has had the log line.
     *
     * @return how many files were deleted
     */
    public int prune(Duration retention) {
        Instant before = clock.instant().minus(retention);
        return deleteOlder(outcomes, before) + deleteOlder(damaged, before);
    }

    private int deleteOlder(Path folder, Instant before) {
        try {
            return AtomicFiles.deleteOlder(folder, before);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot clean " + folder + "; trying again at the next pass", e);
            return 0;
        }
    }

    /**
     * Whether the server's no is the final word about this draft. Not so for a kiosk that is not (yet) allowed in —
     * a token being rotated, a rate limit — or a request that timed out: those are the kiosk's problems, not the
     * person's, and the draft waits for the next pass.
     */
    static boolean isFinal(Refusal refusal) {
        int status = refusal.status();
        return status / 100 == 4 && status != 401 && status != 403 && status != 408 && status != 429;
    }

    private List<Queued> queued() {
        List<Queued> drafts = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(outbox, "*" + SUFFIX)) {
            for (Path file : files) {
                if (Files.isRegularFile(file) && !AtomicFiles.isTemporary(file)) {
                    read(file).ifPresent(drafts::add);
                }
            }
        } catch (IOException e) {
            LOG.log(Level.SEVERE, "cannot list the booking outbox " + outbox, e);
        }
        drafts.sort(Comparator.comparing(Queued::queuedAt));
        return drafts;
    }

    private Optional<Queued> read(Path file) {
        try {
            Queued queued = json.readValue(file.toFile(), Queued.class);
            BookingDraft draft = queued == null ? null : queued.draft();
            if (draft == null || queued.queuedAt() == null || blank(draft.idempotencyKey()) || blank(draft.activitySessionId())) {
                throw new IOException("not a queued booking: the draft, its key, its session or its time is missing");
            }
            return Optional.of(queued);
        } catch (IOException e) {
            moveAside(file, e);
            return Optional.empty();
        }
    }

    private void moveAside(Path file, IOException why) {
        Path target = damaged.resolve(file.getFileName() + "." + clock.millis());
        try {
            Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
            AtomicFiles.syncFolder(outbox);
            LOG.log(Level.SEVERE, "a queued booking could not be read and was moved to " + target + "; an operator should look at it",
                why);
        } catch (IOException e) {
            LOG.log(Level.SEVERE, "a queued booking " + file + " could not be read, nor moved aside", e);
        }
    }

    /** Removes every file holding this key: its own, and any copy under another name. */
    private void removeAll(String key) throws IOException {
        AtomicFiles.delete(outbox.resolve(fileName(key)));
        try (DirectoryStream<Path> files = Files.newDirectoryStream(outbox, "*" + SUFFIX)) {
            for (Path file : files) {
                if (Files.isRegularFile(file) && !AtomicFiles.isTemporary(file)) {
                    Optional<String> other = keyIn(file);
                    if (other.isPresent() && other.get().equals(key)) {
                        AtomicFiles.delete(file);
                    }
                }
            }
        }
    }

    private Optional<String> keyIn(Path file) {
        try {
            Queued queued = json.readValue(file.toFile(), Queued.class);
            return Optional.ofNullable(queued).map(Queued::draft).map(BookingDraft::idempotencyKey);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Keys may hold characters some file systems refuse (":"); a digest is safe everywhere and still one per key. */
    static String fileName(String idempotencyKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(idempotencyKey.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16) + SUFFIX;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
