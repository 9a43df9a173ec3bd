//! The audit trail: who did what and when (logins, accounts, imports, schedules, bookings).
//! Entries carry identifiers and outcomes only: never passwords, tokens, codes or sensitive data.

use crate::db::Pool;


/// Who acts: a signed-in user, the command line, or an anonymous visitor (failed logins).
#[derive(Clone, Debug)]
pub struct Actor {
    pub id: Option<i64>,
    pub label: String,
    pub ip: String,
}

impl Actor {
    pub fn cli() -> Actor {
        Actor { id: None, label: "cli".into(), ip: String::new() }
    }
}

/// The longest actor, target or address kept, and the longest detail, in characters: entries
/// hold identifiers, and callers bound what they pass; this is the last guard (a value from a
/// request never fills the trail or the log).
pub const MAX_FIELD_CHARS: usize = 254;
pub const MAX_DETAIL_CHARS: usize = 1000;

/// `s` cut to `max` characters (an ellipsis marks the cut).
pub fn bounded(s: &str, max: usize) -> std::borrow::Cow<'_, str> {
    match s.char_indices().nth(max) {
        None => s.into(),
        Some((i, _)) => format!("{}…", &s[..i]).into(),
    }
}

/// Writes one entry; pass the transaction of the change it records, so both happen or neither.
pub async fn record<'e>(
    ex: impl sqlx::any::AnyExecutor<'e>,
    actor: &Actor,
    action: &str,
    target: &str,
    detail: &str,
) -> Result<(), sqlx::Error> {
    let (label, target) = (bounded(&actor.label, MAX_FIELD_CHARS), bounded(target, MAX_FIELD_CHARS));
    let (ip, detail) = (bounded(&actor.ip, MAX_FIELD_CHARS), bounded(detail, MAX_DETAIL_CHARS));
    sqlx::query("INSERT INTO audit_log (at, actor_id, actor, action, target, ip, detail) VALUES ($1, $2, $3, $4, $5, $6, $7)")
        .bind(crate::clock::now())
        .bind(actor.id)
        .bind(label.as_ref())
        .bind(action)
        .bind(target.as_ref())
        .bind(ip.as_ref())
        .bind(detail.as_ref())
        .execute(ex)
        .await?;
    tracing::info!(actor = %label, action, target = %target, "audit");
    Ok(())
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Entry {
    pub at: i64,
    pub actor: String,
    pub action: String,
    pub target: String,
    pub ip: String,
    pub detail: String,
}

/// Filters of the audit page; empty strings mean "any".
#[derive(Clone, Debug, Default)]
pub struct Filter {
    pub action: String,
    pub actor: String,
    /// Unix seconds, inclusive bounds.
    pub from: Option<i64>,
    pub to: Option<i64>,
}

/// The newest entries matching the filter, at most `limit`.
pub async fn list(pool: &Pool, f: &Filter, limit: i64) -> Result<Vec<Entry>, sqlx::Error> {
    let mut q = crate::db::Sql::new(crate::db::Backend::of(pool), "SELECT at, actor, action, target, ip, detail FROM audit_log WHERE 1 = 1");
    if !f.action.is_empty() {
        q.push(" AND action = ").push_bind(&f.action);
    }
    if !f.actor.is_empty() {
        q.push(" AND lower(actor) LIKE ").push_bind(format!("%{}%", crate::db::like_escaped(&f.actor.to_lowercase()))).push(" ESCAPE '\\'");
    }
    if let Some(from) = f.from {
        q.push(" AND at >= ").push_bind(from);
    }
    if let Some(to) = f.to {
        q.push(" AND at <= ").push_bind(to);
    }
    q.push(" ORDER BY at DESC, id DESC LIMIT ").push_bind(limit);
    q.build_query_as().fetch_all(pool).await
}

/// The actions present in the trail, for the filter's list.
pub async fn actions(pool: &Pool) -> Result<Vec<String>, sqlx::Error> {
    sqlx::query_scalar("SELECT DISTINCT action FROM audit_log ORDER BY action").fetch_all(pool).await
}

#[cfg(test)]
mod tests {
    #[test]
    fn values_are_bounded_on_character_boundaries() {
        assert_eq!(super::bounded("abc", 3), "abc");
        assert_eq!(super::bounded("abcd", 3), "abc…");
        assert_eq!(super::bounded("éééé", 2), "éé…");
        assert_eq!(super::bounded(&"x".repeat(900_000), 254).chars().count(), 255);
    }
}
