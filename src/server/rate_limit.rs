//! Per-user limits: how fast a user may send (a token bucket per user).
//!
//! The bucket map sits behind a std mutex held for one lookup per send,
//! never across an `.await`. Buckets of users who have been quiet long
//! enough to be full again are dropped, so the map stays small.

use std::{
    collections::HashMap,
    sync::{Mutex, MutexGuard},
    time::Instant,
};

use crate::{error::Error, model::UserName};

/// Refuses sends beyond a sustained rate per user, allowing short bursts.
#[derive(Debug)]
pub struct RateLimiter {
    /// Messages per second a user may sustain; 0 turns the limit off.
    per_second: f64,
    /// How many messages a user may send at once after being quiet.
    burst: f64,
    /// User → its bucket.
    buckets: Mutex<Buckets>,
}

/// The buckets, and the size at which full ones are next swept out.
#[derive(Debug)]
struct Buckets {
    by_user: HashMap<UserName, Bucket>,
    /// Twice what a sweep left (at least [`SWEEP_AT`]): when every bucket
    /// is in use a sweep frees nothing, and sweeping again on every send
    /// would scan the whole map under the lock each time.
    sweep_at: usize,
}

#[derive(Debug)]
struct Bucket {
    tokens: f64,
    updated: Instant,
}

/// Past this many buckets, full ones are swept out.
const SWEEP_AT: usize = 4096;

impl RateLimiter {
    /// A limiter of `per_second` sustained with bursts of `burst`
    /// (`per_second` 0: no limit).
    pub fn new(per_second: u32, burst: u32) -> Self {
        Self {
            per_second: f64::from(per_second),
            burst: f64::from(burst.max(1)),
            buckets: Mutex::new(Buckets {
                by_user: HashMap::new(),
                sweep_at: SWEEP_AT,
            }),
        }
    }

    fn buckets(&self) -> MutexGuard<'_, Buckets> {
        self.buckets.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Takes one send from `user`'s allowance, or says how long to wait.
    pub fn check(&self, user: &UserName) -> Result<(), Error> {
        if self.per_second == 0.0 {
            return Ok(());
        }
        let now = Instant::now();
        let mut buckets = self.buckets();
        if buckets.by_user.len() >= buckets.sweep_at {
            let (rate, burst) = (self.per_second, self.burst);
            buckets.by_user.retain(|_, b| {
                b.tokens + now.duration_since(b.updated).as_secs_f64() * rate < burst
            });
            buckets.sweep_at = SWEEP_AT.max(2 * buckets.by_user.len());
        }
        let bucket = buckets.by_user.entry(user.clone()).or_insert(Bucket {
            tokens: self.burst,
            updated: now,
        });
        let elapsed = now.duration_since(bucket.updated).as_secs_f64();
        bucket.tokens = (bucket.tokens + elapsed * self.per_second).min(self.burst);
        bucket.updated = now;
        if bucket.tokens < 1.0 {
            let wait_ms = ((1.0 - bucket.tokens) / self.per_second * 1000.0).ceil();
            return Err(Error::ResourceExhausted(format!(
                "{user} is sending faster than {} messages per second; retry in {wait_ms} ms",
                self.per_second
            )));
        }
        bucket.tokens -= 1.0;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_burst_passes_then_the_rate_holds() {
        let limiter = RateLimiter::new(1, 3);
        let alice = UserName::parse("alice").unwrap();
        let bob = UserName::parse("bob").unwrap();
        for _ in 0..3 {
            limiter.check(&alice).unwrap();
        }
        let refused = limiter.check(&alice).unwrap_err();
        assert!(refused.to_string().contains("retry in"), "{refused}");
        // Another user has an allowance of its own.
        limiter.check(&bob).unwrap();
    }

    #[test]
    fn zero_means_no_limit() {
        let limiter = RateLimiter::new(0, 1);
        let alice = UserName::parse("alice").unwrap();
        for _ in 0..10_000 {
            limiter.check(&alice).unwrap();
        }
    }
}
