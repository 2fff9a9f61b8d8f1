package it.centrinrete.server.ask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class AnswerDeskTest {

    @Test
    void questionsAreServedInTheOrderTheyCame() throws Exception {
        // given: one worker, held busy while five more questions queue up from virtual threads
        AnswerDesk desk = new AnswerDesk(1);
        CountDownLatch release = new CountDownLatch(1);
        List<Integer> served = Collections.synchronizedList(new ArrayList<>());
        Thread first = Thread.ofVirtual().start(() -> desk.serve(() -> release.await(10, TimeUnit.SECONDS)));
        List<Thread> waiting = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            int question = i;
            waiting.add(Thread.ofVirtual().start(() -> desk.serve(() -> served.add(question))));
            // each is queued before the next is asked
            Thread.sleep(20);
        }

        // when
        release.countDown();
        first.join();
        for (Thread thread : waiting) {
            thread.join();
        }

        // then
        assertThat(served).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void whatTheWorkThrowsReachesTheCallerUnchanged() {
        AnswerDesk desk = new AnswerDesk(1);
        IllegalArgumentException refusal = new IllegalArgumentException("text is empty");

        assertThatThrownBy(() -> desk.serve(() -> {
            throw refusal;
        })).isSameAs(refusal);
        assertThat(desk.serve(() -> "ok")).isEqualTo("ok");
    }

    @Test
    void theAnswerIsWorkedOutOnAPlatformThread() {
        AnswerDesk desk = AnswerDesk.perCore();

        boolean virtual = desk.serve(() -> Thread.currentThread().isVirtual());

        assertThat(virtual).isFalse();
    }
}
