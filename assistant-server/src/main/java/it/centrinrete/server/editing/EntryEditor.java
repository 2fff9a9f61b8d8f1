package it.centrinrete.server.editing;

import it.centrinrete.kb.content.Activity;
import it.centrinrete.kb.content.Centre;
import it.centrinrete.kb.content.Content;
import it.centrinrete.kb.content.Entry;
import it.centrinrete.kb.content.EntryType;
import it.centrinrete.kb.content.Faq;
import it.centrinrete.kb.content.Service;
import it.centrinrete.kb.load.ContentFormats;
import it.centrinrete.kb.load.ContentProblem;
import it.centrinrete.kb.load.LoadResult;
import it.centrinrete.server.accounts.Account;
import it.centrinrete.server.admin.CentreScope;
import it.centrinrete.server.audit.AuditLog;
import it.centrinrete.server.http.ApiException;
import it.centrinrete.server.http.Json;
import it.centrinrete.server.knowledge.ImportReport;
import it.centrinrete.server.knowledge.Knowledge;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Creating, editing and publishing entries from the console. Every version goes through the content loader as if it
 * were the file {@code <folder>/<id>.yaml}, so the console accepts exactly what a content file may hold; a draft is
 * stored but not searched, and publishing stores it as the entry and indexes it at once. Operators change only their
 * own centre's entries (checked on the old and the new version); every change is audited.
 */
public final class EntryEditor {
    private final Knowledge knowledge;
    private final DraftStore drafts;
    private final AuditLog audit;

    public EntryEditor(Knowledge knowledge, DraftStore drafts, AuditLog audit) {
        this.knowledge = knowledge;
        this.drafts = drafts;
        this.audit = audit;
    }

    /** Reads native fields as a content file of this type; an invalid entry throws with every problem. */
    public CheckedEntry check(EntryType type, Map<String, Object> fields) {
        String body = Json.write(fields);
        LoadResult loaded = ContentFormats.loader().loadDocument(documentName(type, fields.get("id")), body);
        List<ImportReport.Problem> problems = new ArrayList<>(convert(loaded.problems()));
        if (!loaded.errors().isEmpty() || loaded.content().size() != 1) {
            throw new InvalidFieldsException(problems);
        }
        Entry entry = loaded.content().entries().getFirst();
        references(entry, knowledge.content(), problems);
        if (problems.stream().anyMatch(p -> p.severity().equals("error"))) {
            throw new InvalidFieldsException(problems);
        }
        return new CheckedEntry(entry, body, problems);
    }

    /** Saves the first draft of a new entry; its id may be neither an entry's nor another draft's. */
    public CheckedEntry create(Account account, EntryType type, Map<String, Object> fields) {
        CheckedEntry checked = check(type, fields);
        String id = checked.entry().id();
        if (knowledge.content().find(id).isPresent() || drafts.find(id).isPresent()) {
            throw new ApiException(409, "exists", "There is already an entry or a draft with the id '" + id + "'.");
        }
        requireMayChange(account, checked.entry());
        drafts.save(id, type, checked.body(), account.username());
        audit.record(account.username(), "entry.create", id, type.wireName());
        return checked;
    }

    /** Saves a draft of an existing entry (or replaces the draft of a new one); the id cannot change. */
    public CheckedEntry saveDraft(Account account, String id, EntryType type, Map<String, Object> fields) {
        EntryType existing = knowledge.content().find(id).map(Entry::type)
            .or(() -> drafts.find(id).map(Draft::type))
            .orElseThrow(() -> new ApiException(404, "not_found", "There is no entry '" + id + "'."));
        if (existing != type) {
            throw ApiException.badRequest("type_changed", "Entry '" + id + "' is a " + existing.wireName() + ", not a "
                + type.wireName() + ".");
        }
        if (!id.equals(fields.get("id"))) {
            throw new InvalidFieldsException(List.of(problem("id", "error",
                "cannot change: create a new entry with the new id and delete this one")));
        }
        CheckedEntry checked = check(type, fields);
        requireMayChange(account, checked.entry());
        drafts.save(id, type, checked.body(), account.username());
        audit.record(account.username(), "entry.draft", id, "");
        return checked;
    }

    /** Publishes the draft: stored as the entry, searchable when this returns, the draft gone. */
    public ImportReport publish(Account account, String id) {
        Draft draft = drafts.find(id).orElseThrow(() -> new ApiException(404, "no_draft", "Entry '" + id + "' has no draft to publish."));
        CheckedEntry checked = check(draft.type(), fieldsOf(draft));
        requireMayChange(account, checked.entry());
        ImportReport report = store(account, draft.type(), checked);
        drafts.delete(id);
        audit.record(account.username(), "entry.publish", id, report.added().isEmpty() ? "changed" : "added");
        return report;
    }

    /**
     * Publishes native fields straight away, without a draft (a FAQ made from a question, a keyword added to an entry),
     * auditing it under {@code action}.
     */
    public ImportReport publishNow(Account account, EntryType type, Map<String, Object> fields, String action, String detail) {
        CheckedEntry checked = check(type, fields);
        requireMayChange(account, checked.entry());
        ImportReport report = store(account, type, checked);
        audit.record(account.username(), action, checked.entry().id(), detail);
        return report;
    }

    /** Throws a draft away; the published entry, if any, stays as it is. */
    public void discard(Account account, String id) {
        Draft draft = drafts.find(id).orElseThrow(() -> new ApiException(404, "no_draft", "Entry '" + id + "' has no draft."));
        knowledge.content().find(id).ifPresent(entry -> requireMayChange(account, entry));
        CheckedEntry checked = check(draft.type(), fieldsOf(draft));
        requireMayChange(account, checked.entry());
        drafts.delete(id);
        audit.record(account.username(), "entry.discard", id, "");
    }

    /** The native fields of a stored draft. */
    public static Map<String, Object> fieldsOf(Draft draft) {
        return Json.readMap(draft.body());
    }

    /** Whether this account may change the entry as it is now and as it would become: 403 otherwise. */
    public void requireMayChange(Account account, Entry changed) {
        boolean allowed = CentreScope.mayChange(account, changed)
            && knowledge.content().find(changed.id()).map(old -> CentreScope.mayChange(account, old)).orElse(true);
        if (!allowed) {
            throw new ApiException(403, "forbidden", "Entry '" + changed.id() + "' belongs to another centre or to every centre.");
        }
    }

    private ImportReport store(Account account, EntryType type, CheckedEntry checked) {
        ImportReport report = knowledge.importDocument(documentName(type, checked.entry().id()), checked.body(),
            entry -> CentreScope.mayChange(account, entry), "console:" + account.username());
        if (!report.stored()) {
            throw new InvalidFieldsException(report.problems());
        }
        return report;
    }

    /** An activity needs a centre that exists; services and FAQs naming unknown entries are only warned about. */
    private static void references(Entry entry, Content content, List<ImportReport.Problem> problems) {
        switch (entry) {
            case Activity activity -> {
                if (content.find(activity.centre(), Centre.class).isEmpty()) {
                    problems.add(problem("centre", "error", "'" + activity.centre() + "' is not the id of a centre"));
                }
            }
            case Service service -> service.centres().stream().filter(id -> content.find(id, Centre.class).isEmpty())
                .forEach(id -> problems.add(problem("centres", "warning", "'" + id + "' is not the id of a centre")));
            case Faq faq -> faq.related().stream().filter(id -> content.find(id).isEmpty())
                .forEach(id -> problems.add(problem("related", "warning", "'" + id + "' is not the id of an entry")));
            default -> {
            }
        }
    }

    private static ImportReport.Problem problem(String field, String severity, String message) {
        return new ImportReport.Problem("", 0, field, severity, message);
    }

    private static List<ImportReport.Problem> convert(List<ContentProblem> problems) {
        return problems.stream().map(p -> new ImportReport.Problem(p.file(), p.line(), p.field(),
            p.severity().name().toLowerCase(Locale.ROOT), p.message())).toList();
    }

    /** The file the fields would be in a content folder; an unusable id still gets a name, and its own error. */
    static String documentName(EntryType type, Object id) {
        String name = id instanceof String text && text.matches("[A-Za-z0-9._-]{1,100}") ? text : "nuova-scheda";
        return type.folder() + "/" + name + ".yaml";
    }
}
