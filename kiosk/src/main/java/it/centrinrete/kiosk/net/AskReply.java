package it.centrinrete.kiosk.net;

import java.util.List;
import java.util.Map;

/**
 * The server's answer to a question (api.md {@code POST /api/v1/ask}), or an answer made on the kiosk from its
 * offline snapshot ({@code offline} true).
 *
 * @param text what the screen shows
 * @param speech what is read aloud
 * @param suggestions follow-ups shown as buttons; tapping one sends its words as the next question
 * @param actions e.g. {@code {"type": "book", "activitySessionId": "…"}}, {@code {"type": "call_operator"}},
 *     {@code {"type": "print_ticket", "code": "…"}}, {@code {"type": "show_guide_step", "guideId": "…", "step": 2}}
 */
public record AskReply(String sessionId, boolean answered, String intent, String text, String speech, List<Source> sources,
                       List<String> suggestions, List<Map<String, Object>> actions, boolean offline) {

    public AskReply {
        sources = sources == null ? List.of() : List.copyOf(sources);
        suggestions = suggestions == null ? List.of() : List.copyOf(suggestions);
        actions = actions == null ? List.of() : List.copyOf(actions);
    }

    /** An entry an answer cites. */
    public record Source(String id, String title, String type) {
    }
}
