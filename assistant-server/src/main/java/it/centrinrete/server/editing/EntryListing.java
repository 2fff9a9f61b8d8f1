package it.centrinrete.server.editing;

import it.centrinrete.kb.content.Entry;
import it.centrinrete.kb.content.EntryType;
import it.centrinrete.kb.hours.MilanTime;
import it.centrinrete.kb.load.ContentFormats;
import it.centrinrete.server.accounts.Account;
import it.centrinrete.server.admin.CentreScope;
import it.centrinrete.server.knowledge.Knowledge;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The entries operators search, filter and review: the published ones and the new ones that exist only as drafts. An
 * entry is "to review" when nobody confirmed it for longer than the review period.
 */
public final class EntryListing {
    private final Knowledge knowledge;
    private final DraftStore drafts;
    private final Clock clock;
    private final int reviewMonths;

    public EntryListing(Knowledge knowledge, DraftStore drafts, Clock clock, int reviewMonths) {
        if (reviewMonths < 1) {
            throw new IllegalArgumentException("console.review-months must be at least 1, not " + reviewMonths);
        }
        this.knowledge = knowledge;
        this.drafts = drafts;
        this.clock = clock;
        this.reviewMonths = reviewMonths;
    }

    public int reviewMonths() {
        return reviewMonths;
    }

    /** Entries reviewed before this day are to be reviewed again. */
    public LocalDate reviewBefore() {
        return LocalDate.now(clock.withZone(MilanTime.ZONE)).minusMonths(reviewMonths);
    }

    /** The rows matching the query: the stalest first when listing entries to review, else by type and title. */
    public List<EntryRow> find(EntryQuery query, Account account) {
        Map<String, Draft> drafted = drafts.all().stream().collect(Collectors.toMap(Draft::entryId, Function.identity()));
        LocalDate before = reviewBefore();
        List<EntryRow> rows = new ArrayList<>();
        Set<String> published = new HashSet<>();
        for (Entry entry : knowledge.content().entries()) {
            published.add(entry.id());
            rows.add(row(entry, true, drafted.containsKey(entry.id()), before, account));
        }
        for (Draft draft : drafted.values()) {
            if (!published.contains(draft.entryId())) {
                draftEntry(draft).ifPresent(entry -> rows.add(row(entry, false, true, before, account)));
            }
        }
        Comparator<EntryRow> order = "stale".equals(query.freshness())
            ? Comparator.comparing(EntryRow::lastReviewed).thenComparing(EntryRow::id)
            : Comparator.comparing(EntryRow::type).thenComparing(row -> EntryQuery.fold(row.title()));
        return rows.stream().filter(row -> matches(row, query, knowledge)).sorted(order).toList();
    }

    private static EntryRow row(Entry entry, boolean published, boolean hasDraft, LocalDate before, Account account) {
        return new EntryRow(entry.id(), entry.type().wireName(), entry.title(), CentreScope.centresOf(entry),
            entry.provenance().lastReviewed(), entry.provenance().sample(), published, hasDraft,
            entry.provenance().lastReviewed().isBefore(before), CentreScope.mayChange(account, entry));
    }

    private static boolean matches(EntryRow row, EntryQuery query, Knowledge knowledge) {
        if (query.type() != null && !row.type().equals(query.type().wireName())) {
            return false;
        }
        if (query.centre() != null && !row.centres().contains(query.centre())) {
            return false;
        }
        if (query.freshness() != null && row.stale() != query.freshness().equals("stale")) {
            return false;
        }
        if (query.draftsOnly() && !row.hasDraft()) {
            return false;
        }
        if (query.text().isEmpty()) {
            return true;
        }
        String keywords = knowledge.content().find(row.id()).map(entry -> String.join(" ", entry.keywords())).orElse("");
        String haystack = EntryQuery.fold(row.id() + " " + row.title() + " " + keywords);
        for (String word : query.text().split("\\s+")) {
            if (!haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** The entry a draft of a new entry would make; a draft that no longer reads (content changed since) is left out. */
    private Optional<Entry> draftEntry(Draft draft) {
        try {
            List<Entry> read = ContentFormats.loader()
                .loadDocument(EntryEditor.documentName(draft.type(), draft.entryId()), draft.body()).content().entries();
            return read.isEmpty() ? Optional.empty() : Optional.of(read.getFirst());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Parses the {@code type} query parameter; null when absent. */
    public static EntryType type(String text) {
        return text == null || text.isBlank() ? null : EntryType.fromWireName(text);
    }
}
