//! Server-side sessions: the cookie carries a random 256-bit id, the table its digest, the
//! stage of sign-in and the CSRF token of the forms. A new id at every sign-in (no fixation);
//! idle and absolute timeouts are checked on every request.

use super::token;
use crate::db::Pool;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    /// Password accepted, TOTP code awaited.
    SecondFactor,
    /// Password accepted, the role requires a second factor that is not enrolled yet.
    Enrol,
    /// Signed in.
    Full,
}

impl Stage {
    fn as_str(self) -> &'static str {
        match self {
            Stage::SecondFactor => "second_factor",
            Stage::Enrol => "enrol",
            Stage::Full => "full",
        }
    }

    fn parse(s: &str) -> Option<Stage> {
        [Stage::SecondFactor, Stage::Enrol, Stage::Full].into_iter().find(|x| x.as_str() == s)
    }
}

#[derive(Clone, Copy, Debug)]
pub struct Timeouts {
    pub idle: i64,
    pub absolute: i64,
}

#[derive(Clone, Debug)]
pub struct Session {
    pub id_hash: String,
    pub user_id: i64,
    pub stage: Stage,
    pub csrf: String,
    pub pending_totp_secret: Option<String>,
}

/// Opens a session; returns the cookie value (the only copy of the id) and the session.
pub async fn create(pool: &Pool, user_id: i64, stage: Stage) -> Result<(String, Session), sqlx::Error> {
    let id = token::random();
    let session = Session { id_hash: token::digest(&id), user_id, stage, csrf: token::random(), pending_totp_secret: None };
    let now = crate::clock::now();
    sqlx::query("INSERT INTO sessions (id_hash, user_id, stage, csrf, created_at, last_seen_at) VALUES ($1, $2, $3, $4, $5, $6)")
        .bind(&session.id_hash)
        .bind(user_id)
        .bind(stage.as_str())
        .bind(&session.csrf)
        .bind(now)
        .bind(now)
        .execute(pool)
        .await?;
    Ok((id, session))
}

/// The live session of a cookie value. An expired one is deleted; activity pushes the idle
/// deadline (written at most once a minute, to spare the database).
pub async fn load(pool: &Pool, cookie: &str, timeouts: Timeouts, now: i64) -> Result<Option<Session>, sqlx::Error> {
    let id_hash = token::digest(cookie);
    let row: Option<(i64, String, String, i64, i64, Option<String>)> = sqlx::query_as(
        "SELECT s.user_id, s.stage, s.csrf, s.created_at, s.last_seen_at, s.pending_totp_secret \
         FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.id_hash = $1 AND u.disabled = 0",
    )
    .bind(&id_hash)
    .fetch_optional(pool)
    .await?;
    let Some((user_id, stage, csrf, created_at, last_seen_at, pending_totp_secret)) = row else { return Ok(None) };
    if now - last_seen_at > timeouts.idle || now - created_at > timeouts.absolute {
        delete(pool, &id_hash).await?;
        return Ok(None);
    }
    if now - last_seen_at >= 60 {
        sqlx::query("UPDATE sessions SET last_seen_at = $1 WHERE id_hash = $2").bind(now).bind(&id_hash).execute(pool).await?;
    }
    let Some(stage) = Stage::parse(&stage) else { return Ok(None) };
    Ok(Some(Session { id_hash, user_id, stage, csrf, pending_totp_secret }))
}

pub async fn set_stage(pool: &Pool, id_hash: &str, stage: Stage) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE sessions SET stage = $1, pending_totp_secret = NULL WHERE id_hash = $2")
        .bind(stage.as_str())
        .bind(id_hash)
        .execute(pool)
        .await?;
    Ok(())
}

pub async fn set_pending_secret(pool: &Pool, id_hash: &str, secret: &str) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE sessions SET pending_totp_secret = $1 WHERE id_hash = $2").bind(secret).bind(id_hash).execute(pool).await?;
    Ok(())
}

pub async fn delete(pool: &Pool, id_hash: &str) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM sessions WHERE id_hash = $1").bind(id_hash).execute(pool).await?;
    Ok(())
}

/// Ends every session of an account ("sign out everywhere", disabling, a new password).
pub async fn delete_all(pool: &Pool, user_id: i64) -> Result<u64, sqlx::Error> {
    Ok(sqlx::query("DELETE FROM sessions WHERE user_id = $1").bind(user_id).execute(pool).await?.rows_affected())
}

/// Removes sessions past their absolute deadline (a periodic chore; `load` also checks).
pub async fn purge(pool: &Pool, timeouts: Timeouts, now: i64) -> Result<u64, sqlx::Error> {
    let r = sqlx::query("DELETE FROM sessions WHERE created_at < $1 OR last_seen_at < $2")
        .bind(now - timeouts.absolute)
        .bind(now - timeouts.idle)
        .execute(pool)
        .await?;
    Ok(r.rows_affected())
}
