package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OrderedExecutorTest {

    @Test
    void resultsAndActionsAreHandedOverInSubmissionOrderWithAtMostWindowWaiting() {
        List<String> seen = new ArrayList<>();
        AtomicInteger started = new AtomicInteger();
        AtomicInteger maxAhead = new AtomicInteger();
        try (OrderedExecutor ex = new OrderedExecutor(3, 4)) {
            for (int i = 0; i < 40; i++) {
                int n = i;
                ex.submit(() -> {
                    int ahead = started.incrementAndGet() - seenCount(seen);
                    maxAhead.accumulateAndGet(ahead, Math::max);
                    Thread.sleep((n * 7) % 5);   // later tasks often finish first
                    return n;
                }, r -> {
                    synchronized (seen) {
                        seen.add("t" + r);
                    }
                });
                if (n % 10 == 9) {
                    ex.then(() -> {
                        synchronized (seen) {
                            seen.add("after" + n);
                        }
                    });
                }
            }
            ex.finish();
        }
        List<String> expected = new ArrayList<>();
        IntStream.range(0, 40).forEach(i -> {
            expected.add("t" + i);
            if (i % 10 == 9) {
                expected.add("after" + i);
            }
        });
        assertEquals(expected, seen);
        // The window of 4 waiting results, plus the one being handed over.
        assertTrue(maxAhead.get() <= 5, "tasks started ahead of the consumer: " + maxAhead.get());
    }

    @Test
    void aTaskFailureIsRethrownOnTheCallingThreadInItsTurn() {
        IllegalStateException boom = new IllegalStateException("boom");
        List<Integer> seen = new ArrayList<>();
        try (OrderedExecutor ex = new OrderedExecutor(2, 2)) {
            ex.submit(() -> 1, seen::add);
            ex.<Integer>submit(() -> {
                throw boom;
            }, seen::add);
            assertSame(boom, assertThrows(IllegalStateException.class, ex::finish));
        }
        assertEquals(List.of(1), seen);
    }

    @Test
    void oneThreadRunsEachTaskAtOnceOnTheCallingThread() {
        Thread caller = Thread.currentThread();
        List<Thread> ran = new ArrayList<>();
        try (OrderedExecutor ex = new OrderedExecutor(1, 1)) {
            ex.submit(() -> Thread.currentThread(), ran::add);
            assertEquals(List.of(caller), ran, "handed over before submit returns");
        }
    }

    @Test
    void theCallingThreadRunsTheIdleActionWhileItWaitsAndActionsDoNotPileUpBehindASlowTask() {
        // The task finishes only once the idle action has run, so it can only be handed over by a caller that runs it.
        CountDownLatch idleRan = new CountDownLatch(1);
        List<String> seen = new ArrayList<>();
        try (OrderedExecutor ex = new OrderedExecutor(2, 1, 5, idleRan::countDown)) {
            ex.submit(() -> idleRan.await(60, TimeUnit.SECONDS), ok -> seen.add("task " + ok));
            for (int i = 0; i < 100; i++) {
                int n = i;
                ex.then(() -> seen.add("action " + n));
            }
            // At most 16 actions per place in the window wait: the loop had to wait for the task, running the idle action.
            assertEquals("task true", seen.get(0));
            assertTrue(seen.size() >= 100 - 16, "actions handed over on the way: " + seen.size());
            ex.finish();
        }
        assertEquals(101, seen.size());
        assertEquals("action 99", seen.get(100));
    }

    private static int seenCount(List<String> seen) {
        synchronized (seen) {
            return (int) seen.stream().filter(s -> s.startsWith("t")).count();
        }
    }
}
