//! The background sender: claims due messages and hands them to the SMTP server.

use super::outbox::{self, Queued};
use crate::db::Pool;
use lettre::message::header::{ContentTransferEncoding, ContentType};
use lettre::message::{Attachment, Mailbox, MultiPart, SinglePart};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Notify;

/// Wakes the worker as soon as something is queued (it also polls, for other instances' mail
/// and retries).
#[derive(Clone, Default)]
pub struct Waker(Arc<Notify>);

impl Waker {
    pub fn wake(&self) {
        self.0.notify_one();
    }
}

pub struct Worker {
    pub pool: Pool,
    pub smtp_url: Option<String>,
    pub from: String,
    pub poll: Duration,
    /// First retry delay, seconds.
    pub retry_base: i64,
    pub waker: Waker,
}

#[derive(Debug, thiserror::Error)]
enum SendError {
    #[error("address: {0}")]
    Address(#[from] lettre::address::AddressError),
    #[error("message: {0}")]
    Build(#[from] lettre::error::Error),
    #[error("smtp: {0}")]
    Smtp(#[from] lettre::transport::smtp::Error),
}

impl Worker {
    /// Runs forever; spawn it.
    pub async fn run(self) {
        let transport = match self.smtp_url.as_deref().map(AsyncSmtpTransport::<Tokio1Executor>::from_url) {
            Some(Ok(b)) => Some(b.timeout(Some(Duration::from_secs(20))).build()),
            Some(Err(e)) => {
                tracing::error!(error = %e, "EQUILIBRE_SMTP_URL is unusable: emails stay queued");
                None
            }
            None => {
                tracing::warn!("no EQUILIBRE_SMTP_URL: emails stay queued in the outbox");
                None
            }
        };
        let Some(transport) = transport else { return };
        loop {
            match self.send_due(&transport).await {
                Ok(n) if n > 0 => continue,
                Ok(_) => {}
                Err(e) => tracing::error!(error = %e, "outbox unavailable"),
            }
            let _ = tokio::time::timeout(self.poll, self.waker.0.notified()).await;
        }
    }

    /// Sends what is due; returns how many were claimed.
    async fn send_due(&self, transport: &AsyncSmtpTransport<Tokio1Executor>) -> Result<usize, sqlx::Error> {
        let batch = outbox::claim(&self.pool, crate::db::Backend::of(&self.pool), crate::clock::now(), 20).await?;
        let n = batch.len();
        for msg in batch {
            let result = match self.build(&msg) {
                Ok(m) => transport.send(m).await.map(|_| ()).map_err(SendError::from),
                Err(e) => Err(e),
            };
            let now = crate::clock::now();
            match result {
                Ok(()) => {
                    outbox::mark_sent(&self.pool, msg.id, now).await?;
                    crate::http::observe::metrics().email("sent");
                    tracing::info!(id = msg.id, "email sent");
                }
                Err(e) => {
                    tracing::warn!(id = msg.id, attempts = msg.attempts + 1, error = %e, "email not sent, will retry");
                    outbox::mark_failed(&self.pool, msg.id, msg.attempts, self.retry_base, &e.to_string(), now).await?;
                    crate::http::observe::metrics().email("attempt_failed");
                }
            }
        }
        Ok(n)
    }

    fn build(&self, msg: &Queued) -> Result<Message, SendError> {
        // Quoted-printable: readable in any client, and links stay intact.
        let text = SinglePart::builder()
            .header(ContentType::TEXT_PLAIN)
            .header(ContentTransferEncoding::QuotedPrintable)
            .body(msg.body.clone());
        let builder = Message::builder()
            .from(self.from.parse::<Mailbox>()?)
            .to(msg.recipient.parse::<Mailbox>()?)
            .subject(msg.subject.clone());
        let message = match (&msg.attachment_name, &msg.attachment_type, &msg.attachment) {
            (Some(name), Some(ty), Some(body)) => {
                let ct = ContentType::parse(ty).unwrap_or(ContentType::TEXT_PLAIN);
                let part = Attachment::new(name.clone()).body(body.clone(), ct);
                builder.multipart(MultiPart::mixed().singlepart(text).singlepart(part))?
            }
            _ => builder.singlepart(text)?,
        };
        Ok(message)
    }
}
