package io.warrantycare.gateway;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TokenBucketRateLimiterTests {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);

    @Test
    void allowsABurstThenRefusesWithTheSecondsUntilTheNextToken() {
        TokenBucketRateLimiter limiter = new TokenBucketRateLimiter(0.5, 3, 100, now::get);

        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryAcquire("203.0.113.7").allowed()).isTrue();
        }
        TokenBucketRateLimiter.Decision refused = limiter.tryAcquire("203.0.113.7");

        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(2);
    }

    @Test
    void refillsAtTheConfiguredRate() {
        TokenBucketRateLimiter limiter = new TokenBucketRateLimiter(2, 1, 100, now::get);
        assertThat(limiter.tryAcquire("a").allowed()).isTrue();
        assertThat(limiter.tryAcquire("a").allowed()).isFalse();

        advance(400);
        assertThat(limiter.tryAcquire("a").allowed()).isFalse();
        advance(100);
        assertThat(limiter.tryAcquire("a").allowed()).isTrue();
    }

    @Test
    void keepsOneBudgetPerClient() {
        TokenBucketRateLimiter limiter = new TokenBucketRateLimiter(1, 1, 100, now::get);

        assertThat(limiter.tryAcquire("a").allowed()).isTrue();
        assertThat(limiter.tryAcquire("a").allowed()).isFalse();
        assertThat(limiter.tryAcquire("b").allowed()).isTrue();
    }

    @Test
    void neverStoresMoreThanTheBurst() {
        TokenBucketRateLimiter limiter = new TokenBucketRateLimiter(10, 2, 100, now::get);

        advance(60_000);

        assertThat(limiter.tryAcquire("a").allowed()).isTrue();
        assertThat(limiter.tryAcquire("a").allowed()).isTrue();
        assertThat(limiter.tryAcquire("a").allowed()).isFalse();
    }

    @Test
    void forgetsIdleClientsOnceTooManyAreTracked() {
        TokenBucketRateLimiter limiter = new TokenBucketRateLimiter(10, 1, 2, now::get);
        limiter.tryAcquire("a");
        limiter.tryAcquire("b");

        advance(2_000);
        limiter.tryAcquire("c");

        assertThat(limiter.trackedClients()).isEqualTo(1);
    }

    private void advance(long millis) {
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(millis));
    }
}
