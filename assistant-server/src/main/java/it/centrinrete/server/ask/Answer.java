package it.centrinrete.server.ask;

import java.util.List;
import java.util.Map;

/**
 * The answer of api.md's {@code POST /api/v1/ask}.
 *
 * @param text what the screen shows
 * @param speech what is read aloud: the same, with times, numbers and phone numbers spelled for a synthesiser
 * @param sources the entries the answer comes from, the main one first
 * @param actions e.g. {@code {"type": "book", "activitySessionId": "…"}} or {@code {"type": "call_operator"}}
 * @param confidence how sure the assistant is that the first source is what was asked (0 to 1)
 */
public record Answer(String sessionId, boolean answered, String intent, String text, String speech, List<Source> sources,
                     List<String> suggestions, List<Map<String, Object>> actions, double confidence) {

    public Answer {
        sources = List.copyOf(sources);
        suggestions = List.copyOf(suggestions);
        actions = List.copyOf(actions);
    }

    /** An entry an answer cites. */
    public record Source(String id, String title, String type) {
    }

    Answer inSession(String id) {
        return new Answer(id, answered, intent, text, speech, sources, suggestions, actions, confidence);
    }
}
