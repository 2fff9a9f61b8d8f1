package it.centrinrete.server.ask;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Works answers out on one platform thread per core, in the order the questions came. Working out an answer is
 * CPU work (analysis, search, composition), and virtual threads are not time-sliced: run on them, sixteen questions
 * at once on two cores were served in no particular order, and an unlucky one waited behind dozens of later ones
 * (p99 175 ms when each takes about 1 ms). Here the request's virtual thread only waits, and questions are served
 * first come, first served. Idle workers end after a while, so a stopped server leaves no threads behind.
 */
final class AnswerDesk {
    private static final long IDLE_SECONDS = 30;

    private final ThreadPoolExecutor workers;

    AnswerDesk(int workers) {
        this.workers = new ThreadPoolExecutor(workers, workers, IDLE_SECONDS, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
            Thread.ofPlatform().name("answer-", 1).daemon().factory());
        this.workers.allowCoreThreadTimeOut(true);
    }

    /** One worker per core this JVM may use. */
    static AnswerDesk perCore() {
        return new AnswerDesk(Runtime.getRuntime().availableProcessors());
    }

    /** Works {@code work} out at the desk and returns its result; what it throws reaches the caller unchanged. */
    <T> T serve(Callable<T> work) {
        Future<T> result = workers.submit(work);
        try {
            return result.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("working out an answer failed", cause);
        } catch (InterruptedException e) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for an answer", e);
        }
    }
}
