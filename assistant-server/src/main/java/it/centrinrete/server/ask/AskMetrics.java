package it.centrinrete.server.ask;

import io.helidon.metrics.api.Counter;
import io.helidon.metrics.api.MeterRegistry;
import io.helidon.metrics.api.Timer;
import io.helidon.service.registry.Services;
import java.util.concurrent.TimeUnit;

/**
 * What operators watch at {@code /observe/metrics}: how long answers take, and how many questions were answered
 * and how many not (their ratio is the share answered). Nothing about who asked.
 */
final class AskMetrics {
    private final Timer latency;
    private final Counter answered;
    private final Counter unanswered;

    AskMetrics() {
        // the registry /observe/metrics publishes, from Helidon's service registry
        MeterRegistry registry = Services.get(MeterRegistry.class);
        latency = registry.getOrCreate(Timer.builder("centrinrete.ask.latency")
            .description("Time to answer POST /api/v1/ask").percentiles(0.5, 0.99));
        answered = registry.getOrCreate(Counter.builder("centrinrete.ask.answered")
            .description("Questions answered from the knowledge base or the conversation"));
        unanswered = registry.getOrCreate(Counter.builder("centrinrete.ask.unanswered")
            .description("Questions the assistant declined and offered an operator for"));
    }

    void record(Answer answer, long startedNanos) {
        latency.record(System.nanoTime() - startedNanos, TimeUnit.NANOSECONDS);
        (answer.answered() ? answered : unanswered).increment();
    }
}
