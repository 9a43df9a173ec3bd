//! Per-address rate limiting of the booking endpoints (fixed one-minute windows). The counts
//! are in the database, so that every instance behind a load balancer counts the same requests;
//! the limit is configuration (`EQUILIBRE_BOOKING_RATE_PER_MINUTE`).

use crate::db::Pool;

#[derive(Clone)]
pub struct RateLimiter {
    pool: Pool,
    /// What is counted (one limit per scope).
    scope: &'static str,
    per_minute: u32,
}

impl RateLimiter {
    pub fn new(pool: Pool, scope: &'static str, per_minute: u32) -> RateLimiter {
        RateLimiter { pool, scope, per_minute }
    }

    /// Counts a request from `address`; `false` when over the limit for the current minute.
    /// When the count cannot be written, the request goes on (the limit protects the service;
    /// it is not a reason to refuse it) and the failure is logged.
    pub async fn allow(&self, address: &str, now: i64) -> bool {
        match self.count(address, now).await {
            Ok(hits) => hits <= i64::from(self.per_minute),
            Err(e) => {
                tracing::warn!(error = %e, "rate limit not counted");
                true
            }
        }
    }

    /// The requests of `address` in the current minute, this one included.
    async fn count(&self, address: &str, now: i64) -> Result<i64, sqlx::Error> {
        sqlx::query_scalar(
            "INSERT INTO rate_windows (scope, key, minute, hits) VALUES ($1, $2, $3, 1) \
             ON CONFLICT (scope, key, minute) DO UPDATE SET hits = rate_windows.hits + 1 RETURNING hits",
        )
        .bind(self.scope)
        .bind(crate::auth::token::digest(address))
        .bind(now.div_euclid(60))
        .fetch_one(&self.pool)
        .await
    }
}

/// Forgets the minutes before `now`'s (housekeeping).
pub async fn purge(pool: &Pool, now: i64) -> Result<u64, sqlx::Error> {
    Ok(sqlx::query("DELETE FROM rate_windows WHERE minute < $1").bind(now.div_euclid(60)).execute(pool).await?.rows_affected())
}
