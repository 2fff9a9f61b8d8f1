package it.centrinrete.kb.content;

import java.util.ArrayList;
import java.util.List;

/**
 * A question people ask, in several wordings, with its answer.
 *
 * @param questions the ways people ask it; the first is the title
 * @param related ids of entries the answer is about
 */
public record Faq(
    String id,
    List<String> questions,
    String answer,
    List<String> related,
    List<String> keywords,
    Provenance provenance) implements Entry {

    public Faq {
        id = Checks.id(id);
        questions = Checks.nonEmptyList("questions", Checks.strippedStrings("questions", questions));
        answer = Checks.text("answer", answer);
        related = Checks.strippedStrings("related", related);
        keywords = Checks.strippedStrings("keywords", keywords);
        Checks.required("provenance", provenance);
    }

    @Override
    public EntryType type() {
        return EntryType.FAQ;
    }

    @Override
    public String title() {
        return questions.get(0);
    }

    @Override
    public List<String> bodyTexts() {
        List<String> texts = new ArrayList<>(questions.subList(1, questions.size()));
        texts.add(answer);
        return List.copyOf(texts);
    }
}
