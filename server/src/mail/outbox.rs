//! The queue of emails to send.



#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attachment {
    pub name: String,
    pub content_type: String,
    pub body: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Email {
    pub to: String,
    pub subject: String,
    pub body: String,
    pub attachment: Option<Attachment>,
}

/// A body whose links stand bare: right-to-left messages isolate every value (FSI … PDI, see
/// `app::i18n`), and a mail client that links a URL up to the next space would take the
/// closing mark into it. A URL needs no isolation: it has no neutral run to reorder.
pub fn bare_links(body: &str) -> String {
    let mut out = String::with_capacity(body.len());
    let mut rest = body;
    while let Some(i) = rest.find("\u{2068}http") {
        out.push_str(&rest[..i]);
        let url = &rest[i + '\u{2068}'.len_utf8()..];
        let end = url.find('\u{2069}').unwrap_or(url.len());
        out.push_str(&url[..end]);
        rest = url.get(end + '\u{2069}'.len_utf8()..).unwrap_or("");
    }
    out.push_str(rest);
    out
}

/// Queues a message, due at once. Pass the transaction of the change it announces.
pub async fn enqueue<'e>(ex: impl sqlx::any::AnyExecutor<'e>, email: &Email) -> Result<i64, sqlx::Error> {
    let now = crate::clock::now();
    let a = email.attachment.as_ref();
    let id = sqlx::query_scalar(
        "INSERT INTO outbox (created_at, recipient, subject, body, attachment_name, attachment_type, attachment, next_attempt_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
    )
    .bind(now)
    .bind(&email.to)
    .bind(&email.subject)
    .bind(bare_links(&email.body))
    .bind(a.map(|a| &a.name))
    .bind(a.map(|a| &a.content_type))
    .bind(a.map(|a| &a.body))
    .bind(now)
    .fetch_one(ex)
    .await?;
    crate::http::observe::metrics().email("queued");
    Ok(id)
}

/// A message claimed by a worker.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Queued {
    pub id: i64,
    pub recipient: String,
    pub subject: String,
    pub body: String,
    pub attachment_name: Option<String>,
    pub attachment_type: Option<String>,
    pub attachment: Option<String>,
    pub attempts: i64,
}

/// How long a claim lasts: a worker that dies mid-send leaves the message to another after this.
pub const LEASE_SECONDS: i64 = 120;

/// Claims up to `limit` due messages for this worker (a lease, so two workers never send the
/// same message at the same time). SQLite runs one writer at a time; on PostgreSQL, workers of
/// several instances claim at once, so the rows are locked as they are chosen and those another
/// worker is claiming are skipped (without it both would pick the same rows, and the second
/// update, run after the first commits, would still match them).
pub async fn claim<'e>(ex: impl sqlx::any::AnyExecutor<'e>, backend: crate::db::Backend, now: i64, limit: i64) -> Result<Vec<Queued>, sqlx::Error> {
    let lock = match backend {
        crate::db::Backend::Sqlite => "",
        crate::db::Backend::Postgres => " FOR UPDATE SKIP LOCKED",
    };
    sqlx::query_as(&format!(
        "UPDATE outbox SET claimed_until = $1 + $2 \
         WHERE id IN (SELECT id FROM outbox WHERE sent_at IS NULL AND next_attempt_at <= $1 AND claimed_until <= $1 \
                      ORDER BY next_attempt_at, id LIMIT $3{lock}) \
         RETURNING id, recipient, subject, body, attachment_name, attachment_type, attachment, attempts"
    ))
    .bind(now)
    .bind(LEASE_SECONDS)
    .bind(limit)
    .fetch_all(ex)
    .await
}

/// Marks a message sent and wipes its content (the queue is not an archive of personal data).
pub async fn mark_sent(pool: &crate::db::Pool, id: i64, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE outbox SET sent_at = $1, body = '', attachment = NULL, claimed_until = 0, last_error = NULL WHERE id = $2")
        .bind(now)
        .bind(id)
        .execute(pool)
        .await?;
    Ok(())
}

/// Delay before the next attempt: `base` seconds, doubling, at most an hour.
pub fn backoff(attempts: i64, base: i64) -> i64 {
    (base << attempts.clamp(0, 12)).min(3_600)
}

pub async fn mark_failed(pool: &crate::db::Pool, id: i64, attempts: i64, base: i64, error: &str, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE outbox SET attempts = $1, next_attempt_at = $2, claimed_until = 0, last_error = $3 WHERE id = $4")
        .bind(attempts + 1)
        .bind(now + backoff(attempts, base))
        .bind(error)
        .bind(id)
        .execute(pool)
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::bare_links;

    #[test]
    fn links_lose_their_isolation_marks_and_nothing_else_does() {
        let body = "الرابط: \u{2068}https://portail.example/ar/rendez-vous/abc\u{2069}\nالهاتف: \u{2068}03 53 01 10 01\u{2069}";
        assert_eq!(bare_links(body), "الرابط: https://portail.example/ar/rendez-vous/abc\nالهاتف: \u{2068}03 53 01 10 01\u{2069}");
        assert_eq!(bare_links("no marks"), "no marks");
        assert_eq!(bare_links("\u{2068}http"), "http", "an unclosed mark");
    }

    #[test]
    fn backoff_grows_then_caps() {
        assert_eq!(super::backoff(0, 15), 15);
        assert_eq!(super::backoff(1, 15), 30);
        assert_eq!(super::backoff(3, 15), 120);
        assert_eq!(super::backoff(20, 15), 3_600);
        assert_eq!(super::backoff(2, 1), 4);
    }
}
