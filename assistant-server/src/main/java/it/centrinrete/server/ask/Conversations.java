package it.centrinrete.server.ask;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The state of each kiosk conversation, in memory: bounded (the oldest goes when full) and forgotten after a
 * while without questions, so that a kiosk left alone keeps nothing of the last person who used it.
 */
final class Conversations {
    /**
     * What a conversation remembers: the last answer, to repeat it, and where it is in a guide. Each question of a
     * conversation may run on another thread, so what one writes is volatile for the next to see.
     */
    static final class State {
        private final String id;
        private Instant lastSeen;
        private volatile Answer lastAnswer;
        private volatile String guideId;
        private volatile int guideStep;
        private volatile BookingTalk booking;

        State(String id, Instant now) {
            this.id = id;
            this.lastSeen = now;
        }

        String id() {
            return id;
        }

        Answer lastAnswer() {
            return lastAnswer;
        }

        void remember(Answer answer) {
            this.lastAnswer = answer;
        }

        /** The guide being followed, or null. */
        String guideId() {
            return guideId;
        }

        /** 1-based step of the guide being followed. */
        int guideStep() {
            return guideStep;
        }

        /** The booking dialogue in progress, or null. */
        BookingTalk booking() {
            return booking;
        }

        void booking(BookingTalk talk) {
            this.booking = talk;
        }

        void follow(String guide, int step) {
            this.guideId = guide;
            this.guideStep = step;
        }
    }

    private final int maxSessions;
    private final Duration idle;
    private final Clock clock;
    private final Map<String, State> sessions;

    Conversations(int maxSessions, Duration idle, Clock clock) {
        if (maxSessions < 1) {
            throw new IllegalArgumentException("conversation.max-sessions must be at least 1, not " + maxSessions);
        }
        this.maxSessions = maxSessions;
        this.idle = idle;
        this.clock = clock;
        this.sessions = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, State> eldest) {
                return size() > Conversations.this.maxSessions;
            }
        };
    }

    /** The conversation with {@code id}, or a new one when there is none, it expired, or no id was given. */
    State resume(String id) {
        // drawn outside the lock: a random UUID reads the system's secure random source, which must not hold up
        // every other kiosk's question
        String fresh = UUID.randomUUID().toString();
        synchronized (this) {
            return resume(id, fresh);
        }
    }

    private State resume(String id, String fresh) {
        Instant now = clock.instant();
        State state = id == null ? null : sessions.get(id);
        if (state == null || state.lastSeen.plus(idle).isBefore(now)) {
            if (state != null) {
                sessions.remove(id);
            }
            state = new State(fresh, now);
            sessions.put(state.id(), state);
        }
        state.lastSeen = now;
        return state;
    }

    synchronized int size() {
        return sessions.size();
    }
}
