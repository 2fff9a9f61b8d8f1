package it.centrinrete.kiosk.offline;

import com.fasterxml.jackson.databind.ObjectMapper;
import it.centrinrete.kiosk.net.AssistantPort;
import it.centrinrete.kiosk.net.BookingReceipt;
import it.centrinrete.kiosk.net.HttpAssistantClient;
import it.centrinrete.kiosk.net.Refusal;
import it.centrinrete.kiosk.net.Unreachable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * The outbox of cancellations asked for while the server could not be reached: one file per booking code in
 * {@code <data-dir>/cancel-outbox/}, written atomically like {@link BookingQueue}'s. The code is its own idempotency
 * key: asking twice keeps one file, and the server answers a repeated {@code DELETE} with the booking already
 * cancelled, so a kiosk killed after the server's answer and before the file went cancels nothing twice. What the
 * server decided is kept in {@code <data-dir>/cancel-outcomes/}, as {@link BookingQueue} keeps a booking's, so the
 * screens can tell the person: deleted once shown, else after {@link #prune a retention}. The files hold codes only, no
 * names or phones.
 */
public final class CancelQueue {
    private static final Logger LOG = Logger.getLogger(CancelQueue.class.getName());
    private static final String SUFFIX = ".json";
    /** Booking codes as the server makes them; anything else never becomes a file name. */
    private static final Pattern CODE = Pattern.compile("[2-9A-Z]{6}");

    private final Path outbox;
    private final Path outcomes;
    private final Clock clock;
    private final ObjectMapper json = HttpAssistantClient.mapper();

    /** A cancellation as stored; the time orders the outbox. */
    record Queued(String code, Instant queuedAt) {
    }

    public CancelQueue(Path dataDir) {
        this(dataDir, Clock.systemUTC());
    }

    public CancelQueue(Path dataDir, Clock clock) {
        this.outbox = dataDir.resolve("cancel-outbox");
        this.outcomes = dataDir.resolve("cancel-outcomes");
        this.clock = clock;
        try {
            for (Path folder : List.of(outbox, outcomes)) {
                Files.createDirectories(folder);
                AtomicFiles.deleteTemporary(folder);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the cancellation outbox in " + dataDir, e);
        }
    }

    /** Keeps the cancellation until the server answers; on return it is on the disk. */
    public synchronized void enqueue(String code) throws IOException {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("not a booking code: " + code);
        }
        if (!isPending(code)) {
            AtomicFiles.write(outbox.resolve(code + SUFFIX), json.writeValueAsBytes(new Queued(code, clock.instant())));
        }
    }

    public boolean isPending(String code) {
        return code != null && CODE.matcher(code).matches() && Files.exists(outbox.resolve(code + SUFFIX));
    }

    /** The codes waiting, oldest first. */
    public List<String> pending() {
        return queued().stream().map(Queued::code).toList();
    }

    public int size() {
        return queued().size();
    }

    /**
     * Sends the waiting cancellations, oldest first, until none is left or the server cannot be reached.
     *
     * @param server the real server: never a wrapper that would queue the cancellation again
     * @param decided told of each outcome, on the calling thread
     * @return false when the server could not be reached
     */
    public synchronized boolean send(AssistantPort server, Consumer<CancelOutcome> decided) {
        for (Queued queued : queued()) {
            String code = queued.code();
            CancelOutcome outcome;
            try {
                BookingReceipt receipt = server.cancel(code);
                outcome = new CancelOutcome(code, CancelOutcome.Result.CANCELLED, null);
                LOG.info(() -> "a cancellation kept offline was sent; the booking is " + receipt.status());
            } catch (Refusal refusal) {
                if (!BookingQueue.isFinal(refusal)) {
                    LOG.warning(() -> "the server refused a queued cancellation for a reason that may pass (" + refusal.status()
                        + " " + refusal.code() + "); it stays in the outbox");
                    return true;
                }
                boolean unknown = "unknown_booking".equals(refusal.code());
                outcome = new CancelOutcome(code, unknown ? CancelOutcome.Result.UNKNOWN : CancelOutcome.Result.REFUSED, refusal.code());
                LOG.warning(() -> "a cancellation kept offline was refused: " + refusal.code());
            } catch (Unreachable e) {
                return false;
            }
            try {
                // the outcome first: a kill between the two sends it again, which the server answers the same way
                AtomicFiles.write(outcomes.resolve(code + SUFFIX), json.writeValueAsBytes(outcome));
                AtomicFiles.delete(outbox.resolve(code + SUFFIX));
            } catch (IOException e) {
                // the next pass sends it again, which the server answers as already cancelled
                LOG.log(Level.SEVERE, "cannot record a sent cancellation or remove it from the outbox", e);
                return true;
            }
            decided.accept(outcome);
        }
        return true;
    }

    /** What the server decided about a cancellation that waited here; empty while it waits, once forgotten, or never queued. */
    public Optional<CancelOutcome> outcome(String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            return Optional.empty();
        }
        Path file = outcomes.resolve(code + SUFFIX);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(file.toFile(), CancelOutcome.class));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "a cancellation outcome " + file.getFileName() + " cannot be read", e);
            return Optional.empty();
        }
    }

    /** The person was told how their cancellation ended: nobody needs the outcome any more. */
    public void forget(String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            return;
        }
        try {
            AtomicFiles.delete(outcomes.resolve(code + SUFFIX));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "a shown cancellation outcome could not be deleted; the retention removes it later", e);
        }
    }

    /**
     * Deletes outcomes decided longer ago than {@code retention}: they are only needed while the person may still be
     * at the kiosk or look their bookings up again.
     *
     * @return how many were deleted
     */
    public int prune(Duration retention) {
        try {
            return AtomicFiles.deleteOlder(outcomes, clock.instant().minus(retention));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot clean " + outcomes + "; trying again at the next pass", e);
            return 0;
        }
    }

    private List<Queued> queued() {
        List<Queued> waiting = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(outbox, "*" + SUFFIX)) {
            for (Path file : files) {
                if (Files.isRegularFile(file) && !AtomicFiles.isTemporary(file)) {
                    read(file).ifPresent(waiting::add);
                }
            }
        } catch (IOException e) {
            LOG.log(Level.SEVERE, "cannot list the cancellation outbox " + outbox, e);
        }
        waiting.sort(Comparator.comparing(Queued::queuedAt));
        return waiting;
    }

    private Optional<Queued> read(Path file) {
        try {
            Queued queued = json.readValue(file.toFile(), Queued.class);
            if (queued == null || queued.code() == null || !CODE.matcher(queued.code()).matches() || queued.queuedAt() == null) {
                throw new IOException("not a queued cancellation");
            }
            return Optional.of(queued);
        } catch (IOException e) {
            // only a code inside: nothing personal to keep for an operator, and a damaged file must not block the others
            LOG.log(Level.SEVERE, "a queued cancellation " + file.getFileName() + " could not be read and is dropped", e);
            try {
                AtomicFiles.delete(file);
            } catch (IOException ignored) {
                // tried again at the next pass
            }
            return Optional.empty();
        }
    }
}
