//! Periodic housekeeping: expired sessions and stale sign-in failures leave the database.

use crate::config::Config;
use crate::db::Pool;
use std::time::Duration;

/// Runs forever (spawn it): every ten minutes.
pub async fn run(pool: Pool, config: std::sync::Arc<Config>) {
    let mut tick = tokio::time::interval(Duration::from_secs(600));
    loop {
        tick.tick().await;
        if let Err(e) = once(&pool, &config).await {
            tracing::warn!(error = %e, "housekeeping failed; will retry");
        }
    }
}

pub async fn once(pool: &Pool, config: &Config) -> Result<(), sqlx::Error> {
    let now = crate::clock::now();
    let sessions = crate::auth::session::purge(pool, config.staff.timeouts(), now).await?;
    let failures = sqlx::query("DELETE FROM auth_failures WHERE at < ?").bind(now - 86_400).execute(pool).await?.rows_affected();
    if sessions + failures > 0 {
        tracing::info!(sessions, failures, "housekeeping");
    }
    Ok(())
}
