package dev.oasis.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The deadline of a call: what is left, what an attempt may take, and no overflow for any duration. */
class DeadlineTest {

    @Test
    void anAttemptMayTakeItsOwnLimitOrWhatIsLeftWhicheverIsShorter() {
        Deadline deadline = Deadline.start(Duration.ofSeconds(10), Duration.ofSeconds(2));
        Deadline unlimitedAttempts = Deadline.start(Duration.ofSeconds(10), null);

        assertEquals(Duration.ofSeconds(2).toNanos(), deadline.attemptNanos());
        assertFalse(deadline.isCallLimit(deadline.attemptNanos()));
        assertTrue(unlimitedAttempts.isCallLimit(unlimitedAttempts.attemptNanos()));
        assertTrue(deadline.allows(Duration.ofSeconds(9)));
        assertFalse(deadline.allows(Duration.ofSeconds(10)));
    }

    @Test
    void durationsTooLongForNanosecondsSaturateInsteadOfOverflowing() {
        Deadline endless = Deadline.start(Duration.ofSeconds(Long.MAX_VALUE), Duration.ofSeconds(Long.MAX_VALUE));

        assertTrue(endless.remainingNanos() > Duration.ofDays(365L * 70).toNanos());
        assertTrue(endless.allows(Duration.ofDays(365L * 60)));
        assertFalse(endless.allows(Duration.ofSeconds(Long.MAX_VALUE)));
        assertEquals(Long.MAX_VALUE / 4, Deadline.nanos(Duration.ofSeconds(Long.MAX_VALUE)));
    }

    @Test
    void aPassedDeadlineLeavesNothing() throws InterruptedException {
        Deadline deadline = Deadline.start(Duration.ofMillis(1), null);
        Thread.sleep(5);

        assertEquals(0, deadline.remainingNanos());
        assertEquals(0, deadline.attemptNanos());
        assertFalse(deadline.allows(Duration.ZERO));
    }
}
