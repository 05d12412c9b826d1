package dev.oasis.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Retries stay within the floor plus the ratio of calls, whatever the responses ask and however many threads ask. */
class RetryBudgetTest {

    @Test
    void retriesAreTheFloorPlusTheRatioOfCalls() {
        RetryBudget budget = RetryBudget.of(0.1, 10);
        int retries = 0;
        for (int call = 0; call < 1000; call++) {
            budget.called();
            while (budget.tryRetry()) {
                retries++;
            }
        }

        assertEquals(10 + 99, retries, "10 at the start, then one per 10 calls after the first");
    }

    @Test
    void aHealthyStretchSavesUpNoMoreThanTheFloor() {
        RetryBudget budget = RetryBudget.of(0.5, 3);
        for (int call = 0; call < 1000; call++) {
            budget.called();
        }
        int retries = 0;
        while (budget.tryRetry()) {
            retries++;
        }

        assertEquals(3, retries);
    }

    @Test
    void threadsSpendTheBudgetOnceBetweenThem() throws InterruptedException {
        RetryBudget budget = RetryBudget.of(0.1, 5);
        AtomicInteger retries = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        for (int call = 0; call < 2000; call++) {
            threads.execute(() -> {
                budget.called();
                for (int attempt = 0; attempt < 3 && budget.tryRetry(); attempt++) {
                    retries.incrementAndGet();
                }
            });
        }
        threads.shutdown();
        assertTrue(threads.awaitTermination(30, TimeUnit.SECONDS));

        assertTrue(retries.get() <= 5 + 200, "retries " + retries.get());
        assertTrue(retries.get() >= 200, "retries " + retries.get());
    }

    @Test
    void withoutABudgetEveryRetryIsAllowed() {
        RetryBudget budget = RetryBudget.unlimited();
        for (int i = 0; i < 10_000; i++) {
            assertTrue(budget.tryRetry());
        }
        assertTrue(RetryPolicy.defaults().newBudget().tryRetry());
    }
}
