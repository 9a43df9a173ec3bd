//! Periodic housekeeping: booking reminders go out 48 h before; expired sessions, stale sign-in
//! failures and bookings past their retention period leave the database.

use crate::config::Config;
use crate::db::Pool;
use std::time::Duration;

/// Runs forever (spawn it): every five minutes.
pub async fn run(pool: Pool, config: std::sync::Arc<Config>, mail: crate::mail::worker::Waker) {
    let mut tick = tokio::time::interval(Duration::from_secs(300));
    loop {
        tick.tick().await;
        match once(&pool, &config).await {
            Ok(()) => mail.wake(),
            Err(e) => tracing::warn!(error = %e, "housekeeping failed; will retry"),
        }
    }
}

pub async fn once(pool: &Pool, config: &Config) -> Result<(), sqlx::Error> {
    let now = crate::clock::now();
    let sessions = crate::auth::session::purge(pool, config.staff.timeouts(), now).await?;
    let failures = sqlx::query("DELETE FROM auth_failures WHERE at < $1").bind(now - 86_400).execute(pool).await?.rows_affected();
    crate::http::ratelimit::purge(pool, now).await?;
    let reminders = remind(pool, config, now).await?;
    let purged = sqlx::query("DELETE FROM bookings WHERE purge_after < $1").bind(now).execute(pool).await?.rows_affected();
    // Sent messages keep only their envelope (bodies are wiped at sending); a month is enough.
    sqlx::query("DELETE FROM outbox WHERE sent_at IS NOT NULL AND sent_at < $1").bind(now - 30 * 86_400).execute(pool).await?;
    // A message still unsent after a week is of no use (its links have expired, its booking has
    // been confirmed or changed since) and its body holds booking and password links: it goes.
    let abandoned = sqlx::query("DELETE FROM outbox WHERE sent_at IS NULL AND created_at < $1 AND claimed_until < $2")
        .bind(now - UNSENT_MAIL_DAYS * 86_400)
        .bind(now)
        .execute(pool)
        .await?
        .rows_affected();
    if abandoned > 0 {
        tracing::warn!(abandoned, days = UNSENT_MAIL_DAYS, "emails never sent were dropped");
    }
    let audit = audit_retention(pool, config.audit_retention_days, now).await?;
    if sessions + failures + reminders + purged + audit > 0 {
        tracing::info!(sessions, failures, reminders, purged, audit, "housekeeping");
    }
    Ok(())
}

/// Days an email may wait for sending before it is dropped.
pub const UNSENT_MAIL_DAYS: i64 = 7;
/// Days the address of an anonymous actor (an applicant managing a booking, a failed sign-in)
/// stays in the audit trail: long enough to look into an abuse, no longer.
pub const ANONYMOUS_ADDRESS_DAYS: i64 = 30;

/// The audit trail's retention (CNIL: six months to a year for such logs): entries older than
/// `days` go; anonymous actors' addresses are wiped after [`ANONYMOUS_ADDRESS_DAYS`].
pub async fn audit_retention(pool: &Pool, days: i64, now: i64) -> Result<u64, sqlx::Error> {
    let deleted = sqlx::query("DELETE FROM audit_log WHERE at < $1").bind(now - days * 86_400).execute(pool).await?.rows_affected();
    sqlx::query("UPDATE audit_log SET ip = '' WHERE actor IN ('public', 'owner', '-') AND ip <> '' AND at < $1")
        .bind(now - ANONYMOUS_ADDRESS_DAYS * 86_400)
        .execute(pool)
        .await?;
    Ok(deleted)
}

/// Queues the reminder of every confirmed booking starting within the reminder window (once:
/// the flag and the email are written in one transaction). Bookings made inside the window
/// already got their confirmation and get no reminder.
pub async fn remind(pool: &Pool, config: &Config, now: i64) -> Result<u64, sqlx::Error> {
    use crate::reception::bookings::{self, Notice};
    let window = app::domain::schedule::ReceptionRules::embedded().reminder_hours_before * 3600;
    let due: Vec<bookings::Booking> = sqlx::query_as(&format!(
        "SELECT {} FROM bookings WHERE status = 'confirmed' AND reminder_sent = 0 AND start_at > $1 AND start_at <= $2 AND created_at < start_at - $3",
        bookings::COLUMNS
    ))
    .bind(now)
    .bind(now + window)
    .bind(window)
    .fetch_all(pool)
    .await?;
    let mut sent = 0;
    for b in due {
        let Some(site) = crate::reception::sites::get(pool, b.site_id).await? else { continue };
        let mut tx = crate::db::begin_write(pool).await?;
        let claimed = sqlx::query("UPDATE bookings SET reminder_sent = 1 WHERE id = $1 AND reminder_sent = 0").bind(b.id).execute(&mut *tx).await?;
        if claimed.rows_affected() == 1 {
            crate::mail::enqueue(&mut *tx, &bookings::message(&b, &site, Notice::Reminder, None, &config.public_url)).await?;
            sent += 1;
        }
        tx.commit().await?;
    }
    Ok(sent)
}
