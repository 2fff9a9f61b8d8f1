package it.centrinrete.kiosk.speech;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Pretends to listen, for UI tests and PC demos without a model or a microphone: each {@code listen} takes the next
 * scripted utterance and reports a couple of partials, then the result, on a "kiosk-fake-speech" daemon thread, like
 * {@link VoskRecognizer}. With phrases, it answers only with one of them, as a Vosk grammar would.
 */
public final class FakeRecognizer implements SpeechIn {

    /** What the next {@code listen} hears: words, or a failure. */
    private record Scripted(String text, String failure) {
    }

    private final Duration step;
    private final Deque<Scripted> script = new ArrayDeque<>();
    private volatile boolean available = true;
    private Session current; // guarded by this
    private boolean closed; // guarded by this

    /** Speaks at a believable pace: a partial every 150 ms. */
    public FakeRecognizer(String... utterances) {
        this(Duration.ofMillis(150), List.of(utterances));
    }

    /** @param step pause before each partial and the result; zero for fast tests */
    public FakeRecognizer(Duration step, List<String> utterances) {
        this.step = step;
        utterances.forEach(this::say);
    }

    /** Adds what a later {@code listen} will hear. */
    public synchronized void say(String utterance) {
        script.add(new Scripted(utterance, null));
    }

    /** Makes the next {@code listen} fail, as a broken microphone would. */
    public synchronized void failNext(String reason) {
        script.add(new Scripted(null, reason));
    }

    /** Lets UI tests show the touch-only path. */
    public void setAvailable(boolean available) {
        this.available = available;
    }

    @Override
    public boolean available() {
        return available;
    }

    @Override
    public void listen(List<String> phrases, Listener listener) {
        Session session;
        synchronized (this) {
            if (current != null) {
                current.cancel();
            }
            if (closed) {
                listener.failed("recogniser closed");
                return;
            }
            Scripted next = script.isEmpty() ? new Scripted("", null) : script.poll();
            String text = next.text() == null ? null : phrases.isEmpty() ? next.text().strip() : match(next.text(), phrases);
            session = new Session(text, next.failure(), listener);
            current = session;
        }
        Thread thread = new Thread(session::run, "kiosk-fake-speech");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        Session session;
        synchronized (this) {
            session = current;
        }
        if (session != null) {
            session.stopped.countDown();
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            if (current != null) {
                current.cancel();
                current = null;
            }
        }
    }

    /** The phrase the words say (whole words, case-insensitive, longest first), or "" when none: Vosk's "[unk]". */
    static String match(String heard, List<String> phrases) {
        String spoken = " " + normalise(heard) + " ";
        return phrases.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .filter(phrase -> !normalise(phrase).isEmpty() && spoken.contains(" " + normalise(phrase) + " "))
                .findFirst()
                .orElse("");
    }

    private static String normalise(String text) {
        return Pattern.compile("[\\p{Punct}\\s]+").matcher(text.toLowerCase(Locale.ITALIAN)).replaceAll(" ").strip();
    }

    private synchronized void ended(Session session) {
        if (current == session) {
            current = null;
        }
    }

    /** One scripted utterance being "heard". */
    private final class Session {
        private final String text;
        private final String failure;
        private final Listener listener;
        private final CountDownLatch stopped = new CountDownLatch(1);
        private volatile boolean cancelled;

        Session(String text, String failure, Listener listener) {
            this.text = text;
            this.failure = failure;
            this.listener = listener;
        }

        void cancel() {
            cancelled = true;
            stopped.countDown();
        }

        void run() {
            try {
                if (failure != null) {
                    pause();
                    if (!cancelled) {
                        listener.failed(failure);
                    }
                    return;
                }
                for (String partial : partials(text)) {
                    if (pause()) {
                        break;
                    }
                    listener.partial(partial);
                }
                // After stop() the pause returns at once: the words so far (here, all of them) come as the result.
                pause();
                if (!cancelled) {
                    listener.result(text);
                }
            } finally {
                ended(this);
            }
        }

        /** Waits one step; true when stopped or cancelled meanwhile. */
        private boolean pause() {
            try {
                return stopped.await(step.toMillis(), TimeUnit.MILLISECONDS) || cancelled;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return true;
            }
        }
    }

    /** The first word, then the whole text: enough to exercise live captions. */
    static List<String> partials(String text) {
        String[] words = text.isBlank() ? new String[0] : text.strip().split("\\s+");
        if (words.length == 0) {
            return List.of();
        }
        if (words.length == 1) {
            return List.of(words[0]);
        }
        return List.of(words[0], String.join(" ", Arrays.asList(words)));
    }
}
