//! Staff accounts: created by an admin (web or CLI), activated through a one-time link sent by
//! email, disabled (never deleted: the audit trail keeps pointing at them).

use crate::audit::{self, Actor};
use crate::db::Pool;
use crate::mail::{self, Email};
use app::domain::access::{Principal, Role};
use app::i18n::{sources, Locale};

/// Why an account cannot be created (each a field problem on the form).
#[derive(Debug, thiserror::Error)]
pub enum UserError {
    #[error("invalid email")]
    InvalidEmail,
    #[error("email already used")]
    EmailTaken,
    #[error("name required")]
    NameRequired,
    #[error("name longer than 100 characters")]
    NameTooLong,
    #[error("scope longer than 2000 characters")]
    ScopeTooLong,
    #[error("this role needs at least one commune, site or landlord")]
    ScopeRequired,
    #[error("unknown {0}")]
    UnknownScope(String),
    #[error(transparent)]
    Db(#[from] sqlx::Error),
}

#[derive(Clone, Debug)]
pub struct NewUser {
    pub email: String,
    pub name: String,
    pub role: Role,
    pub scope: Vec<String>,
    pub locale: Locale,
}

pub use app::domain::contact::valid_email;

/// The one-time link that sets (or resets) a password.
pub fn password_link(public_url: &str, locale: Locale, token: &str) -> String {
    format!("{public_url}/{}/staff/password/{token}", locale.code())
}

/// Creates the account and queues its activation email in one transaction; returns the id and
/// the link (printed by the CLI, which has no other way to hand it over when mail is down).
pub async fn create(pool: &Pool, new: &NewUser, actor: &Actor, public_url: &str, link_hours: i64) -> Result<(i64, String), UserError> {
    let email = new.email.trim().to_lowercase();
    if !valid_email(&email) {
        return Err(UserError::InvalidEmail);
    }
    let name = new.name.trim();
    if name.is_empty() {
        return Err(UserError::NameRequired);
    }
    if !app::api::limits::fits(name, app::api::limits::NAME) {
        return Err(UserError::NameTooLong);
    }
    if !app::api::limits::fits(&new.scope.join(","), app::api::limits::SCOPE) {
        return Err(UserError::ScopeTooLong);
    }
    let scope_kind = new.role.scope_kind();
    if scope_kind.is_some() && new.scope.is_empty() {
        return Err(UserError::ScopeRequired);
    }
    let mut tx = crate::db::begin_write(pool).await?;
    if let Some(kind) = scope_kind {
        for v in &new.scope {
            if !scope_exists(&mut tx, kind, v).await? {
                return Err(UserError::UnknownScope(v.clone()));
            }
        }
    }
    let now = crate::clock::now();
    let id: i64 = match sqlx::query_scalar(
        "INSERT INTO users (email, name, role, locale, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(&email)
    .bind(name)
    .bind(new.role.as_str())
    .bind(new.locale.code())
    .bind(now)
    .bind(now)
    .fetch_one(&mut *tx)
    .await
    {
        Ok(id) => id,
        Err(sqlx::Error::Database(e)) if e.is_unique_violation() => return Err(UserError::EmailTaken),
        Err(e) => return Err(e.into()),
    };
    if let Some(kind) = scope_kind {
        for v in &new.scope {
            sqlx::query("INSERT INTO user_scopes (user_id, kind, value) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING")
                .bind(id)
                .bind(kind.as_str())
                .bind(v)
                .execute(&mut *tx)
                .await?;
        }
    }
    let detail = format!("role={} scope={}", new.role.as_str(), new.scope.join(","));
    audit::record(&mut *tx, actor, "user_created", &email, &detail).await?;
    let link = issue_link(&mut tx, id, &email, name, new.locale, public_url, link_hours).await?;
    tx.commit().await?;
    Ok((id, link))
}

async fn scope_exists(tx: &mut sqlx::AnyConnection, kind: app::domain::access::ScopeKind, value: &str) -> Result<bool, sqlx::Error> {
    use app::domain::access::ScopeKind;
    let sql = match kind {
        ScopeKind::Commune => "SELECT count(*) FROM communes WHERE insee_code = $1",
        ScopeKind::Landlord => "SELECT count(*) FROM landlords WHERE id = $1",
        ScopeKind::Site => "SELECT count(*) FROM sites WHERE CAST(id AS TEXT) = $1",
    };
    Ok(sqlx::query_scalar::<_, i64>(sql).bind(value).fetch_one(&mut *tx).await? > 0)
}

/// A new one-time link (earlier unused ones stop working) and its email, in the caller's transaction.
async fn issue_link(
    tx: &mut sqlx::AnyConnection,
    user_id: i64,
    email: &str,
    name: &str,
    locale: Locale,
    public_url: &str,
    hours: i64,
) -> Result<String, sqlx::Error> {
    let token = super::token::random();
    let now = crate::clock::now();
    sqlx::query("DELETE FROM one_time_tokens WHERE user_id = $1 AND used_at IS NULL").bind(user_id).execute(&mut *tx).await?;
    sqlx::query("INSERT INTO one_time_tokens (token_hash, user_id, purpose, expires_at) VALUES ($1, $2, 'set_password', $3)")
        .bind(super::token::digest(&token))
        .bind(user_id)
        .bind(now + hours * 3600)
        .execute(&mut *tx)
        .await?;
    let link = password_link(public_url, locale, &token);
    let c = sources::catalog(locale);
    let args = [("name", name.to_owned().into()), ("link", link.clone().into()), ("hours", hours.into())];
    let email = Email {
        to: email.to_owned(),
        subject: c.t("mail-password-subject"),
        body: c.t_with("mail-password-body", &args),
        attachment: None,
    };
    mail::enqueue(&mut *tx, &email).await?;
    Ok(link)
}

/// Sends a fresh link (first password or reset), from the admin's user list or the CLI.
pub async fn send_link(pool: &Pool, user_id: i64, actor: &Actor, public_url: &str, hours: i64) -> Result<Option<String>, sqlx::Error> {
    let mut tx = crate::db::begin_write(pool).await?;
    let row: Option<(String, String, String)> = sqlx::query_as("SELECT email, name, locale FROM users WHERE id = $1")
        .bind(user_id)
        .fetch_optional(&mut *tx)
        .await?;
    let Some((email, name, locale)) = row else { return Ok(None) };
    let locale = Locale::parse(&locale).unwrap_or(Locale::DEFAULT);
    let link = issue_link(&mut tx, user_id, &email, &name, locale, public_url, hours).await?;
    audit::record(&mut *tx, actor, "password_link_sent", &email, "").await?;
    tx.commit().await?;
    Ok(Some(link))
}

/// The account a one-time link opens, if it is unused and unexpired.
pub async fn link_user(pool: &Pool, token: &str, now: i64) -> Result<Option<(i64, String, String)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT u.id, u.email, u.name FROM one_time_tokens t JOIN users u ON u.id = t.user_id \
         WHERE t.token_hash = $1 AND t.used_at IS NULL AND t.expires_at > $2 AND u.disabled = 0",
    )
    .bind(super::token::digest(token))
    .bind(now)
    .fetch_optional(pool)
    .await
}

/// Uses the link: sets the password, ends the account's sessions. `false` if the link was
/// used, expired or revoked meanwhile (the update is conditional, so a link works once).
pub async fn set_password(pool: &Pool, token: &str, hash: &str, ip: &str) -> Result<bool, sqlx::Error> {
    let now = crate::clock::now();
    let mut tx = crate::db::begin_write(pool).await?;
    let user: Option<(i64, String)> = sqlx::query_as(
        "UPDATE one_time_tokens SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL AND expires_at > $3 \
         RETURNING user_id, (SELECT email FROM users WHERE users.id = user_id)",
    )
    .bind(now)
    .bind(super::token::digest(token))
    .bind(now)
    .fetch_optional(&mut *tx)
    .await?;
    let Some((user_id, email)) = user else { return Ok(false) };
    sqlx::query("UPDATE users SET password_hash = $1, updated_at = $2 WHERE id = $3 AND disabled = 0")
        .bind(hash)
        .bind(now)
        .bind(user_id)
        .execute(&mut *tx)
        .await?;
    sqlx::query("DELETE FROM sessions WHERE user_id = $1").bind(user_id).execute(&mut *tx).await?;
    let actor = Actor { id: Some(user_id), label: email.clone(), ip: ip.to_owned() };
    audit::record(&mut *tx, &actor, "password_set", &email, "").await?;
    tx.commit().await?;
    Ok(true)
}

/// What sign-in needs to know about an account.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Credentials {
    pub id: i64,
    pub email: String,
    pub role: String,
    pub password_hash: Option<String>,
    pub totp_secret: Option<String>,
    pub totp_last_step: Option<i64>,
    #[sqlx(try_from = "crate::db::Flag")]
    pub disabled: bool,
}

const CREDENTIALS: &str = "id, email, role, password_hash, totp_secret, totp_last_step, disabled";

pub async fn credentials(pool: &Pool, email: &str) -> Result<Option<Credentials>, sqlx::Error> {
    sqlx::query_as(&format!("SELECT {CREDENTIALS} FROM users WHERE email = $1"))
        .bind(email.trim().to_lowercase())
        .fetch_optional(pool)
        .await
}

pub async fn credentials_by_id(pool: &Pool, id: i64) -> Result<Option<Credentials>, sqlx::Error> {
    sqlx::query_as(&format!("SELECT {CREDENTIALS} FROM users WHERE id = $1"))
        .bind(id)
        .fetch_optional(pool)
        .await
}

/// Accepts a TOTP step once: the update only succeeds if the step is newer than the last one.
pub async fn use_totp_step(pool: &Pool, user_id: i64, step: i64) -> Result<bool, sqlx::Error> {
    let r = sqlx::query("UPDATE users SET totp_last_step = $1 WHERE id = $2 AND (totp_last_step IS NULL OR totp_last_step < $3)")
        .bind(step)
        .bind(user_id)
        .bind(step)
        .execute(pool)
        .await?;
    Ok(r.rows_affected() == 1)
}

pub async fn enable_totp(pool: &Pool, user_id: i64, secret: &str, step: i64, actor: &Actor) -> Result<(), sqlx::Error> {
    let mut tx = crate::db::begin_write(pool).await?;
    sqlx::query("UPDATE users SET totp_secret = $1, totp_last_step = $2, updated_at = $3 WHERE id = $4")
        .bind(secret)
        .bind(step)
        .bind(crate::clock::now())
        .bind(user_id)
        .execute(&mut *tx)
        .await?;
    audit::record(&mut *tx, actor, "totp_enabled", &actor.label, "").await?;
    tx.commit().await
}

/// The signed-in principal: the account with its scope, if it exists and is enabled.
pub async fn principal(pool: &Pool, user_id: i64) -> Result<Option<Principal>, sqlx::Error> {
    let row: Option<(i64, String, String, String)> =
        sqlx::query_as("SELECT id, email, name, role FROM users WHERE id = $1 AND disabled = 0")
            .bind(user_id)
            .fetch_optional(pool)
            .await?;
    let Some((id, email, name, role)) = row else { return Ok(None) };
    let Some(role) = Role::parse(&role) else { return Ok(None) };
    let scope = match role.scope_kind() {
        Some(kind) => {
            sqlx::query_scalar("SELECT value FROM user_scopes WHERE user_id = $1 AND kind = $2 ORDER BY value")
                .bind(id)
                .bind(kind.as_str())
                .fetch_all(pool)
                .await?
        }
        None => vec![],
    };
    Ok(Some(Principal { user_id: id, email, name, role, scope }))
}

/// A row of the admin's user list.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Listed {
    pub id: i64,
    pub email: String,
    pub name: String,
    pub role: String,
    pub scope: String,
    #[sqlx(try_from = "crate::db::Flag")]
    pub active: bool,
    #[sqlx(try_from = "crate::db::Flag")]
    pub totp: bool,
    #[sqlx(try_from = "crate::db::Flag")]
    pub disabled: bool,
    pub sessions: i64,
}

pub async fn list(pool: &Pool) -> Result<Vec<Listed>, sqlx::Error> {
    let concat = match crate::db::Backend::of(pool) {
        crate::db::Backend::Sqlite => "group_concat(value, ', ')",
        crate::db::Backend::Postgres => "string_agg(value, ', ' ORDER BY value)",
    };
    sqlx::query_as(&format!(
        "SELECT u.id, u.email, u.name, u.role, \
                coalesce((SELECT {concat} FROM user_scopes s WHERE s.user_id = u.id), '') AS scope, \
                u.password_hash IS NOT NULL AS active, u.totp_secret IS NOT NULL AS totp, u.disabled, \
                (SELECT count(*) FROM sessions s WHERE s.user_id = u.id) AS sessions \
         FROM users u ORDER BY u.email"
    ))
    .fetch_all(pool)
    .await
}

/// Disables (or enables) an account; disabling ends its sessions at once.
pub async fn set_disabled(pool: &Pool, user_id: i64, disabled: bool, actor: &Actor) -> Result<bool, sqlx::Error> {
    let mut tx = crate::db::begin_write(pool).await?;
    let email: Option<String> = sqlx::query_scalar("UPDATE users SET disabled = $1, updated_at = $2 WHERE id = $3 RETURNING email")
        .bind(i64::from(disabled))
        .bind(crate::clock::now())
        .bind(user_id)
        .fetch_optional(&mut *tx)
        .await?;
    let Some(email) = email else { return Ok(false) };
    if disabled {
        sqlx::query("DELETE FROM sessions WHERE user_id = $1").bind(user_id).execute(&mut *tx).await?;
    }
    audit::record(&mut *tx, actor, if disabled { "user_disabled" } else { "user_enabled" }, &email, "").await?;
    tx.commit().await?;
    Ok(true)
}
