package it.centrinrete.server.questions;

import it.centrinrete.kb.content.Entry;
import it.centrinrete.kb.content.EntryType;
import it.centrinrete.kb.content.Faq;
import it.centrinrete.kb.hours.MilanTime;
import it.centrinrete.server.accounts.Account;
import it.centrinrete.server.audit.AuditLog;
import it.centrinrete.server.editing.DraftStore;
import it.centrinrete.server.editing.EntryEditor;
import it.centrinrete.server.editing.NativeFields;
import it.centrinrete.server.http.ApiException;
import it.centrinrete.server.knowledge.ImportReport;
import it.centrinrete.server.knowledge.Knowledge;
import it.centrinrete.server.persistence.UnansweredLog;
import it.centrinrete.server.persistence.UnansweredLog.Question;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What operators do with a question kiosks could not answer: make it a FAQ, add it to the entry that answers it, or
 * set it aside. The first two publish at once, through the same validation and scope checks as any console edit.
 */
public final class QuestionDesk {
    /** The source a FAQ written in the console records; no operator's name, since kiosks show and copy it. */
    static final String SOURCE = "Operatori dei centri (console)";
    private static final int MOST_OPEN = 2000;

    private final UnansweredLog log;
    private final EntryEditor editor;
    private final Knowledge knowledge;
    private final DraftStore drafts;
    private final AuditLog audit;
    private final Clock clock;

    public QuestionDesk(UnansweredLog log, EntryEditor editor, Knowledge knowledge, DraftStore drafts, AuditLog audit, Clock clock) {
        this.log = log;
        this.editor = editor;
        this.knowledge = knowledge;
        this.drafts = drafts;
        this.audit = audit;
        this.clock = clock;
    }

    public List<QuestionGroup> groups() {
        return QuestionGroups.of(log.recent(MOST_OPEN));
    }

    /** Publishes a new FAQ answering these questions and marks them handled; returns the report with the FAQ's id. */
    public ImportReport makeFaq(Account account, NewFaq faq) {
        List<Question> questions = existing(faq.questionIds());
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", faq.id() == null || faq.id().isBlank() ? freeId(faq.questions().getFirst()) : faq.id().strip());
        fields.put("questions", faq.questions());
        fields.put("answer", faq.answer());
        fields.put("related", faq.related());
        fields.put("keywords", faq.keywords());
        fields.put("lastReviewed", today().toString());
        fields.put("source", SOURCE);
        fields.put("sample", false);
        if (knowledge.content().find(String.valueOf(fields.get("id"))).isPresent()) {
            throw new ApiException(409, "exists", "There is already an entry with the id '" + fields.get("id") + "'.");
        }
        ImportReport report = editor.publishNow(account, EntryType.FAQ, fields, "entry.faq-from-questions", summary(questions));
        handled(account, questions);
        return report;
    }

    /** Adds the question's wording to an entry (a FAQ's questions, any other entry's keywords), publishes it, marks handled. */
    public ImportReport link(Account account, QuestionLink link) {
        List<Question> questions = existing(link.questionIds());
        Entry entry = knowledge.content().find(link.entryId())
            .orElseThrow(() -> new ApiException(404, "not_found", "There is no entry '" + link.entryId() + "'."));
        String wording = link.text() == null || link.text().isBlank() ? questions.getFirst().text().strip() : link.text().strip();
        Map<String, Object> fields = NativeFields.of(entry);
        String list = entry instanceof Faq ? "questions" : "keywords";
        @SuppressWarnings("unchecked")
        List<String> present = new ArrayList<>((List<String>) fields.get(list));
        if (present.stream().noneMatch(existing -> existing.equalsIgnoreCase(wording))) {
            present.add(wording);
        }
        fields.put(list, present);
        ImportReport report = editor.publishNow(account, entry.type(), fields, "entry.link-question", wording);
        handled(account, questions);
        return report;
    }

    /** Sets questions aside without changing the knowledge base; returns how many were still open. */
    public int markHandled(Account account, List<Long> ids) {
        List<Question> questions = existing(ids);
        return handled(account, questions);
    }

    private int handled(Account account, List<Question> questions) {
        int changed = log.markHandled(questions.stream().map(Question::id).toList());
        audit.record(account.username(), "question.handled", "question:" + questions.getFirst().id(), summary(questions));
        return changed;
    }

    private List<Question> existing(List<Long> ids) {
        List<Question> questions = log.find(ids);
        if (questions.size() != ids.stream().distinct().count()) {
            throw new ApiException(404, "unknown_question", "Some of the questions " + ids + " do not exist.");
        }
        return questions;
    }

    /** "faq-" and the question's words, made unique among entries and drafts. */
    private String freeId(String question) {
        String words = QuestionGroups.normal(question).replace(' ', '-');
        String base = "faq-" + (words.length() > 60 ? words.substring(0, 60).replaceAll("-[^-]*$", "") : words);
        String id = base;
        for (int n = 2; knowledge.content().find(id).isPresent() || drafts.find(id).isPresent(); n++) {
            id = base + "-" + n;
        }
        return id.toLowerCase(Locale.ROOT);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(MilanTime.ZONE));
    }

    private static String summary(List<Question> questions) {
        return questions.size() + " domande: " + questions.stream().map(Question::id).map(String::valueOf).collect(Collectors.joining(","));
    }
}
