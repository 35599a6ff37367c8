package io.warrantycare.gateway;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * An in-memory token bucket per client key: {@code burst} requests at once, refilled at
 * {@code requestsPerSecond}. Each gateway instance keeps its own buckets, so behind N instances a client
 * gets up to N times the budget; that is accepted for a guard against floods, not a quota.
 */
public final class TokenBucketRateLimiter {

    /** The answer for one request: allowed, or refused with the whole seconds until a token is back. */
    public record Decision(boolean allowed, long retryAfterSeconds) {
    }

    private static final Decision ALLOWED = new Decision(true, 0);

    private final double tokensPerNano;
    private final double capacity;
    private final int maxClients;
    private final LongSupplier nanoClock;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final AtomicLong lastSweep;

    public TokenBucketRateLimiter(double requestsPerSecond, int burst, int maxClients, LongSupplier nanoClock) {
        if (requestsPerSecond <= 0 || burst < 1 || maxClients < 1) {
            throw new IllegalArgumentException("rate, burst and max clients must be positive");
        }
        this.tokensPerNano = requestsPerSecond / TimeUnit.SECONDS.toNanos(1);
        this.capacity = burst;
        this.maxClients = maxClients;
        this.nanoClock = nanoClock;
        this.lastSweep = new AtomicLong(nanoClock.getAsLong());
    }

    public Decision tryAcquire(String clientKey) {
        long now = nanoClock.getAsLong();
        Bucket bucket = buckets.computeIfAbsent(clientKey, key -> new Bucket(capacity, now));
        Decision decision = bucket.take(now);
        if (buckets.size() > maxClients) {
            sweep(now);
        }
        return decision;
    }

    int trackedClients() {
        return buckets.size();
    }

    /**
     * A bucket that has refilled completely is the same as no bucket, so dropping it changes no answer;
     * at most one sweep a second keeps a flood of distinct addresses from making every request scan the map.
     */
    private void sweep(long now) {
        long last = lastSweep.get();
        if (now - last < TimeUnit.SECONDS.toNanos(1) || !lastSweep.compareAndSet(last, now)) {
            return;
        }
        buckets.entrySet().removeIf(entry -> entry.getValue().isFull(now));
    }

    private final class Bucket {

        private double tokens;
        private long refilledAt;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.refilledAt = now;
        }

        synchronized Decision take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return ALLOWED;
            }
            double nanosUntilToken = (1 - tokens) / tokensPerNano;
            long seconds = (long) Math.ceil(nanosUntilToken / TimeUnit.SECONDS.toNanos(1));
            return new Decision(false, Math.max(1, seconds));
        }

        synchronized boolean isFull(long now) {
            refill(now);
            return tokens >= capacity;
        }

        private void refill(long now) {
            long elapsed = now - refilledAt;
            if (elapsed > 0) {
                tokens = Math.min(capacity, tokens + elapsed * tokensPerNano);
                refilledAt = now;
            }
        }
    }
}
