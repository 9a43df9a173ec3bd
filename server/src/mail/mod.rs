//! Email: messages are queued in the `outbox` table inside the transaction of what they
//! announce, and a background worker sends them over SMTP with retries, so an SMTP outage
//! never fails or loses anything.
pub mod outbox;
pub mod worker;

pub use outbox::{enqueue, Attachment, Email};
