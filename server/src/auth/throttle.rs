//! Failed sign-ins slow down, then lock, per account and per address. Counts live in the
//! database so that every instance sees the same ones.

use crate::db::Pool;

#[derive(Clone, Copy, Debug)]
pub struct Policy {
    /// Seconds a failure counts for.
    pub window: i64,
    /// Failures of one account within the window that lock it.
    pub account_limit: i64,
    /// Failures from one address within the window that lock it.
    pub ip_limit: i64,
    /// Failures after which each answer is delayed.
    pub slow_after: i64,
    /// Added delay per failure beyond `slow_after`, in milliseconds (capped at 5 s).
    pub slow_step_ms: u64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Go on, after waiting this long.
    Allow { delay_ms: u64 },
    /// Refused for this many more seconds.
    Locked { retry_after: i64 },
}

/// An account's key: the SHA-256 of the address typed, so that what an anonymous visitor types
/// is stored once (in the audit trail), not also here.
pub fn account_key(email: &str) -> String {
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(email.trim().to_lowercase().as_bytes());
    format!("account:{}", data_encoding::HEXLOWER.encode(&digest))
}

/// An address's key: IPv6 addresses count by their /64 (see `http::client::limit_key`).
pub fn ip_key(ip: &str) -> String {
    format!("ip:{}", crate::http::client::limit_key(ip))
}

/// Counts the failures of each key within the window.
pub async fn check(pool: &Pool, policy: &Policy, account: &str, ip: &str, now: i64) -> Result<Verdict, sqlx::Error> {
    let since = now - policy.window;
    let mut worst_delay = 0;
    for (key, limit) in [(account_key(account), policy.account_limit), (ip_key(ip), policy.ip_limit)] {
        let (count, oldest): (i64, Option<i64>) =
            sqlx::query_as("SELECT count(*), min(at) FROM auth_failures WHERE key = $1 AND at > $2")
                .bind(&key)
                .bind(since)
                .fetch_one(pool)
                .await?;
        if count >= limit {
            let retry_after = oldest.map_or(policy.window, |o| o + policy.window - now).max(1);
            return Ok(Verdict::Locked { retry_after });
        }
        if count > policy.slow_after {
            let excess = (count - policy.slow_after) as u64;
            worst_delay = worst_delay.max((excess * policy.slow_step_ms).min(5_000));
        }
    }
    Ok(Verdict::Allow { delay_ms: worst_delay })
}

pub async fn record_failure(pool: &Pool, account: &str, ip: &str, now: i64) -> Result<(), sqlx::Error> {
    let mut tx = crate::db::begin_write(pool).await?;
    for key in [account_key(account), ip_key(ip)] {
        sqlx::query("INSERT INTO auth_failures (key, at) VALUES ($1, $2)").bind(key).bind(now).execute(&mut *tx).await?;
    }
    // Old failures are of no use: keep the table small.
    sqlx::query("DELETE FROM auth_failures WHERE at < $1").bind(now - 86_400).execute(&mut *tx).await?;
    tx.commit().await
}

/// A successful sign-in clears the account's count (the address's stays).
pub async fn clear_account(pool: &Pool, account: &str) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM auth_failures WHERE key = $1").bind(account_key(account)).execute(pool).await?;
    Ok(())
}
