package it.centrinrete.kiosk.speech;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Remembers what a recogniser reported, and on which thread. */
final class RecordingListener implements SpeechIn.Listener {

    final List<String> partials = new CopyOnWriteArrayList<>();
    final List<String> events = new CopyOnWriteArrayList<>();
    final List<String> threads = new CopyOnWriteArrayList<>();
    private final CountDownLatch done = new CountDownLatch(1);
    private volatile String result;
    private volatile String failure;

    @Override
    public void partial(String text) {
        threads.add(Thread.currentThread().getName());
        partials.add(text);
        events.add("partial:" + text);
    }

    @Override
    public void result(String text) {
        threads.add(Thread.currentThread().getName());
        events.add("result:" + text);
        result = text;
        done.countDown();
    }

    @Override
    public void failed(String reason) {
        threads.add(Thread.currentThread().getName());
        events.add("failed:" + reason);
        failure = reason;
        done.countDown();
    }

    /** Waits for the result or failure; the bound only keeps a broken build from hanging. */
    boolean awaitDone() throws InterruptedException {
        return done.await(60, TimeUnit.SECONDS);
    }

    String result() {
        return result;
    }

    String failure() {
        return failure;
    }
}
