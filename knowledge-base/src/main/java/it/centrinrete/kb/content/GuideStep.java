package it.centrinrete.kb.content;

/**
 * One step of a guide: one action, said in one or two sentences.
 *
 * @param hint extra help for who gets stuck on this step; may be empty
 */
public record GuideStep(String text, String hint) {
    public GuideStep {
        text = Checks.text("steps.text", text);
        hint = Checks.optionalText(hint);
    }
}
