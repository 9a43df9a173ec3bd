//! Per-address rate limiting of the booking endpoints (fixed one-minute windows), for the whole
//! portal: every instance counts in memory, and a background task writes its counts to the
//! database and reads everyone's back every [`SYNC`]. A request is judged in memory (no write
//! per request: on SQLite those would queue behind the bookings for the writer), on the
//! portal's count as last read plus what this instance counted since. Behind several instances
//! an address gets the limit once, give or take what the others counted in the last [`SYNC`].
//! The limit is configuration (`EQUILIBRE_BOOKING_RATE_PER_MINUTE`); addresses are kept as
//! their SHA-256 only, for the minute they count in.

use crate::db::Pool;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

/// How often counts are written and read back.
pub const SYNC: Duration = Duration::from_millis(100);

/// One instance's view of the current minute's counts.
#[derive(Debug, Default)]
struct Windows {
    minute: i64,
    /// The portal's counts as last read from the database (this instance's written ones included).
    portal: HashMap<String, i64>,
    /// Counted here and being written.
    writing: HashMap<String, i64>,
    /// Counted here, not yet written.
    pending: HashMap<String, i64>,
}

impl Windows {
    /// Moves to `minute` when it is a new one (the counts of the last are dropped).
    fn at(&mut self, minute: i64) -> &mut Self {
        if minute != self.minute {
            *self = Windows { minute, ..Windows::default() };
        }
        self
    }

    /// Counts one request of `key`; its requests this minute, this one included.
    fn hit(&mut self, key: String, minute: i64) -> i64 {
        let w = self.at(minute);
        let get = |m: &HashMap<String, i64>| m.get(&key).copied().unwrap_or(0);
        let before = get(&w.portal) + get(&w.writing);
        let mine = w.pending.entry(key).or_insert(0);
        *mine += 1;
        before + *mine
    }

    /// The counts to write now (they stay counted while written).
    fn to_write(&mut self) -> (i64, HashMap<String, i64>) {
        let batch = std::mem::take(&mut self.pending);
        self.writing.clone_from(&batch);
        (self.minute, batch)
    }

    /// The batch of `minute` is written and the portal's counts read after it.
    fn written(&mut self, minute: i64, portal: HashMap<String, i64>) {
        if self.minute == minute {
            self.portal = portal;
            self.writing.clear();
        }
    }

    /// The batch of `minute` could not be written: counted here again, to write next time.
    fn not_written(&mut self, minute: i64) {
        if self.minute == minute {
            for (key, n) in std::mem::take(&mut self.writing) {
                *self.pending.entry(key).or_insert(0) += n;
            }
        }
    }
}

#[derive(Clone)]
pub struct RateLimiter {
    /// What is counted (one limit per scope).
    scope: &'static str,
    per_minute: u32,
    windows: Arc<Mutex<Windows>>,
}

impl RateLimiter {
    pub fn new(scope: &'static str, per_minute: u32) -> RateLimiter {
        RateLimiter { scope, per_minute, windows: Arc::default() }
    }

    /// Counts a request from `address`; `false` when over the limit for the current minute.
    pub fn allow(&self, address: &str, now: i64) -> bool {
        let key = crate::auth::token::digest(&super::client::limit_key(address));
        let hits = self.windows.lock().unwrap_or_else(PoisonError::into_inner).hit(key, now.div_euclid(60));
        hits <= i64::from(self.per_minute)
    }

    /// Writes this instance's new counts and reads the portal's, every [`SYNC`] (spawn it). A
    /// failure is logged and the counts kept for the next round: the limit protects the
    /// service, it is never a reason to stop it.
    pub async fn sync_forever(self, pool: Pool) {
        let mut tick = tokio::time::interval(SYNC);
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tick.tick().await;
            if let Err(e) = self.sync(&pool, crate::clock::now()).await {
                tracing::warn!(error = %e, "rate-limit counts not shared; will retry");
            }
        }
    }

    /// One round of [`RateLimiter::sync_forever`].
    pub async fn sync(&self, pool: &Pool, now: i64) -> Result<(), sqlx::Error> {
        let (minute, batch) = self.windows.lock().unwrap_or_else(PoisonError::into_inner).at(now.div_euclid(60)).to_write();
        match self.exchange(pool, minute, &batch).await {
            Ok(portal) => self.windows.lock().unwrap_or_else(PoisonError::into_inner).written(minute, portal),
            Err(e) => {
                self.windows.lock().unwrap_or_else(PoisonError::into_inner).not_written(minute);
                return Err(e);
            }
        }
        Ok(())
    }

    /// Adds `batch` to the database's counts of `minute`, then reads them all.
    async fn exchange(&self, pool: &Pool, minute: i64, batch: &HashMap<String, i64>) -> Result<HashMap<String, i64>, sqlx::Error> {
        if !batch.is_empty() {
            let mut tx = crate::db::begin_write(pool).await?;
            for (key, n) in batch {
                sqlx::query(
                    "INSERT INTO rate_windows (scope, key, minute, hits) VALUES ($1, $2, $3, $4) \
                     ON CONFLICT (scope, key, minute) DO UPDATE SET hits = rate_windows.hits + $4",
                )
                .bind(self.scope)
                .bind(key)
                .bind(minute)
                .bind(n)
                .execute(&mut *tx)
                .await?;
            }
            tx.commit().await?;
        }
        let rows: Vec<(String, i64)> = sqlx::query_as("SELECT key, hits FROM rate_windows WHERE scope = $1 AND minute = $2")
            .bind(self.scope)
            .bind(minute)
            .fetch_all(pool)
            .await?;
        Ok(rows.into_iter().collect())
    }
}

/// Forgets the minutes before `now`'s (housekeeping).
pub async fn purge(pool: &Pool, now: i64) -> Result<u64, sqlx::Error> {
    Ok(sqlx::query("DELETE FROM rate_windows WHERE minute < $1").bind(now.div_euclid(60)).execute(pool).await?.rows_affected())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(s: &str) -> String {
        s.to_owned()
    }

    #[test]
    fn counts_per_key_and_minute() {
        let mut w = Windows::default();
        assert_eq!((w.hit(key("a"), 1), w.hit(key("a"), 1), w.hit(key("b"), 1)), (1, 2, 1));
        assert_eq!(w.hit(key("a"), 2), 1, "a new minute");
    }

    #[test]
    fn counts_stay_counted_while_written_and_add_the_portals() {
        let mut w = Windows::default();
        w.hit(key("a"), 1);
        w.hit(key("a"), 1);
        let (minute, batch) = w.to_write();
        assert_eq!((minute, batch[&key("a")]), (1, 2));
        assert_eq!(w.hit(key("a"), 1), 3, "the batch being written still counts");
        // Written; the portal has this instance's 2 and another's 4.
        w.written(1, HashMap::from([(key("a"), 6)]));
        assert_eq!(w.hit(key("a"), 1), 8, "the portal's 6 and this instance's 2 not yet written");
    }

    #[test]
    fn a_batch_not_written_is_written_next_time() {
        let mut w = Windows::default();
        w.hit(key("a"), 1);
        let _ = w.to_write();
        w.not_written(1);
        assert_eq!(w.hit(key("a"), 1), 2);
        let (_, batch) = w.to_write();
        assert_eq!(batch[&key("a")], 2);
    }

    #[test]
    fn an_answer_for_a_past_minute_is_ignored() {
        let mut w = Windows::default();
        w.hit(key("a"), 1);
        let _ = w.to_write();
        w.hit(key("a"), 2);
        w.written(1, HashMap::from([(key("a"), 50)]));
        assert_eq!(w.hit(key("a"), 2), 2);
    }
}
