package it.centrinrete.kb.content;

import java.util.ArrayList;
import java.util.List;

/** A procedure a person is walked through one step at a time ("attivare lo SPID"). */
public record Guide(
    String id,
    String title,
    String description,
    List<GuideStep> steps,
    List<String> keywords,
    Provenance provenance) implements Entry {

    public Guide {
        id = Checks.id(id);
        title = Checks.text("title", title);
        description = Checks.optionalText(description);
        steps = Checks.nonEmptyList("steps", steps);
        keywords = Checks.strippedStrings("keywords", keywords);
        Checks.required("provenance", provenance);
    }

    @Override
    public EntryType type() {
        return EntryType.GUIDE;
    }

    @Override
    public List<String> bodyTexts() {
        List<String> texts = new ArrayList<>();
        if (!description.isEmpty()) {
            texts.add(description);
        }
        steps.forEach(step -> texts.add(step.text()));
        return List.copyOf(texts);
    }
}
