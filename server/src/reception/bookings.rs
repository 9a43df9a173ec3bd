//! Bookings: created, moved and cancelled in `BEGIN IMMEDIATE` transactions; the seat index
//! refuses a second holder whatever happens; the confirmation email is queued in the same
//! transaction, so a confirmed booking always has its email on the way.

use super::sites::{self, Site};
use super::{ics, instant, local, rfc3339};
use crate::audit::{self, Actor};
use crate::auth::token;
use crate::db::{self, Lock, LockMode, Pool};
use crate::mail::{self, Attachment, Email};
use app::api::reception::ValidBooking;
use app::domain::date::Date;
use app::domain::schedule::{hhmm, ReceptionRules};
use app::i18n::{sources, Arg, Locale};

#[derive(Debug, thiserror::Error)]
pub enum BookingError {
    #[error("no such site")]
    SiteNotFound,
    #[error("site is information only")]
    NotBookable,
    #[error("no such slot, or too soon")]
    SlotUnavailable,
    #[error("slot full")]
    SlotFull,
    #[error("this demand number and email already hold a booking, or the number holds as many as allowed")]
    NurAlreadyBooked,
    #[error("the site's registration-help bookings of that day are all taken")]
    HelpFull,
    #[error("a text is longer than its maximum")]
    TooLong,
    #[error("too close to the appointment to change it online")]
    CutoffPassed,
    #[error("no such booking")]
    NotFound,
    #[error(transparent)]
    Db(#[from] sqlx::Error),
}

/// A booking as its owner and the agents see it.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Booking {
    pub id: i64,
    pub site_id: i64,
    pub start_at: i64,
    pub end_at: i64,
    pub motive: String,
    pub nur: Option<String>,
    pub registration_date: Option<String>,
    pub deadline: Option<String>,
    #[sqlx(try_from = "crate::db::Flag")]
    pub within_deadline: bool,
    pub name: String,
    pub email: String,
    pub phone: String,
    pub locale: String,
    pub status: String,
    pub change_reason: String,
    /// Another active booking holds the same demand number: the desk checks who is who.
    #[sqlx(try_from = "crate::db::Flag")]
    pub identity_check: bool,
}

impl Booking {
    pub fn locale(&self) -> Locale {
        Locale::parse(&self.locale).unwrap_or(Locale::DEFAULT)
    }

    pub fn date(&self) -> Option<(Date, u16)> {
        local(self.start_at)
    }

    /// Whether its owner may still change it online.
    pub fn changeable(&self, rules: &ReceptionRules, now: i64) -> bool {
        self.status == "confirmed" && self.start_at - rules.cancel_cutoff_hours * 3600 > now
    }
}

/// The columns of [`Booking`], for every query that reads bookings.
pub(crate) const COLUMNS: &str =
    "id, site_id, start_at, end_at, motive, nur, registration_date, deadline, within_deadline, name, email, phone, locale, status, change_reason, identity_check";

pub async fn by_token(pool: &Pool, token_value: &str) -> Result<Option<Booking>, sqlx::Error> {
    sqlx::query_as(&format!("SELECT {COLUMNS} FROM bookings WHERE token_hash = $1"))
        .bind(token::digest(token_value))
        .fetch_optional(pool)
        .await
}

pub async fn by_id<'e>(ex: impl sqlx::Executor<'e, Database = sqlx::Any>, id: i64) -> Result<Option<Booking>, sqlx::Error> {
    sqlx::query_as(&format!("SELECT {COLUMNS} FROM bookings WHERE id = $1")).bind(id).fetch_optional(ex).await
}

/// What a new booking answers.
#[derive(Clone, Debug)]
pub struct Created {
    pub id: i64,
    pub token: String,
    pub site_id: i64,
    pub start_at: i64,
    pub end_at: i64,
    pub deadline: Option<Date>,
    pub within_deadline: bool,
}

/// The lowest seat of a slot nobody holds, or `None` when all `capacity` are taken. Call it in
/// the write transaction that takes the seat: on SQLite that transaction is the only writer
/// (`BEGIN IMMEDIATE`); on PostgreSQL, where several run at once, it first takes a lock on the
/// slot until commit, so that two bookings of one slot never pick the same free seat (the
/// unique index would refuse the second, but as "full" while another seat may be free).
async fn free_seat(tx: &mut sqlx::AnyConnection, site_id: i64, start_at: i64, capacity: u16) -> Result<Option<i64>, sqlx::Error> {
    db::lock(&mut *tx, Lock::Slot { site: site_id, start_at }, LockMode::Exclusive).await?;
    let taken: Vec<i64> = sqlx::query_scalar("SELECT seat FROM bookings WHERE site_id = $1 AND start_at = $2 AND active = 1")
        .bind(site_id)
        .bind(start_at)
        .fetch_all(&mut *tx)
        .await?;
    Ok((1..=i64::from(capacity)).find(|s| !taken.contains(s)))
}

/// The seat index refused the row: another booking took the seat.
fn conflict(e: sqlx::Error) -> BookingError {
    match &e {
        sqlx::Error::Database(d) if d.is_unique_violation() => BookingError::SlotFull,
        _ => BookingError::Db(e),
    }
}

/// The site and the slot a booking asks for, if the slot can be offered: the site takes
/// bookings, the slot is in its calendar and, for the public, starts after the minimum notice.
/// Read in the booking's write transaction under the site's calendar lock, so that a closure
/// or a changed range committing meanwhile is either seen here or sees this booking.
async fn checked_slot(
    tx: &mut sqlx::AnyConnection,
    site_id: i64,
    start_at: i64,
    now: i64,
    enforce_notice: bool,
) -> Result<(Site, app::domain::schedule::Slot), BookingError> {
    let rules = ReceptionRules::embedded();
    db::lock(&mut *tx, Lock::Calendar { site: site_id }, LockMode::Shared).await?;
    let site = sites::get(&mut *tx, site_id).await?.ok_or(BookingError::SiteNotFound)?;
    if !site.bookable() {
        return Err(BookingError::NotBookable);
    }
    let slot = super::slots::slot_at(tx, &site, start_at).await?.ok_or(BookingError::SlotUnavailable)?;
    let earliest = if enforce_notice { now + rules.min_notice_hours * 3600 } else { now };
    if start_at < earliest {
        return Err(BookingError::SlotUnavailable);
    }
    Ok((site, slot))
}

/// Refuses one more online help-to-register booking of `site` on `day` when the day has its
/// share already (`exclude`: a booking being moved, not counted twice). Holds the day's lock
/// until commit, so bookings of different slots of one day count one after the other.
async fn help_room(tx: &mut sqlx::AnyConnection, site: i64, day: Date, exclude: Option<i64>, limits: Limits) -> Result<(), BookingError> {
    db::lock(&mut *tx, Lock::HelpDay { site, day: day.to_days() }, LockMode::Exclusive).await?;
    let help: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM bookings WHERE site_id = $1 AND local_date = $2 AND motive = 'registration_help' AND active = 1 \
         AND booked_by IS NULL AND id <> $3",
    )
    .bind(site)
    .bind(day.to_string())
    .bind(exclude.unwrap_or(0))
    .fetch_one(&mut *tx)
    .await?;
    if help >= limits.help_per_site_day {
        return Err(BookingError::HelpFull);
    }
    Ok(())
}

/// What keeps bookings from being turned against applicants (configuration).
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// Active bookings one demand number may hold, each with its own email
    /// (`EQUILIBRE_BOOKINGS_PER_NUR`, default 2).
    pub per_nur: i64,
    /// Online "help to register" bookings (no demand number needed) per site and day
    /// (`EQUILIBRE_HELP_BOOKINGS_PER_SITE_DAY`, default 4): the other seats stay for applicants
    /// with a demand. Agents booking at the desk are not bound by it.
    pub help_per_site_day: i64,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits { per_nur: 2, help_per_site_day: 4 }
    }
}

/// Books a seat. `booked_by` is the agent booking for someone (who may book inside the notice).
///
/// Online, a demand number may hold up to `limits.per_nur` active bookings with distinct emails:
/// one booking by someone who knows another's number (their structure is guessable) no longer
/// locks its owner out, and no answer tells whether a number holds a booking unless it holds as
/// many as allowed (or the asker also knows the email). A squatter with as many addresses as the
/// limit still fills it online: an agent booking at the desk or by phone, after checking
/// identity, is not bound by the limit. Bookings sharing a number are flagged for an identity
/// check at the desk.
#[tracing::instrument(skip_all, fields(site = b.site_id))]
pub async fn create(pool: &Pool, b: &ValidBooking, start_at: i64, public_url: &str, booked_by: Option<&Actor>, limits: Limits) -> Result<Created, BookingError> {
    let rules = ReceptionRules::embedded();
    let now = crate::clock::now();
    let mut tx = db::begin_write(pool).await?;
    let (site, slot) = checked_slot(&mut tx, b.site_id, start_at, now, booked_by.is_none()).await?;
    let end_at = instant(slot.date, slot.end);
    let deadline = b.registration_date.map(|d| rules.deadline(d));
    let within_deadline = deadline.is_none_or(|d| slot.date <= d);
    let token_value = token::random();
    let purge_after = end_at + rules.retention_days_after_appointment * 86_400;
    let mut shares_number = false;
    if let Some(nur) = &b.nur {
        db::lock(&mut tx, Lock::Nur { nur: &nur.value }, LockMode::Exclusive).await?;
        let emails: Vec<String> =
            sqlx::query_scalar("SELECT email FROM bookings WHERE nur = $1 AND active = 1").bind(&nur.value).fetch_all(&mut *tx).await?;
        let same_email = emails.iter().any(|e| !e.is_empty() && *e == b.email);
        if booked_by.is_none() && (same_email || emails.len() as i64 >= limits.per_nur) {
            return Err(BookingError::NurAlreadyBooked);
        }
        shares_number = !emails.is_empty();
    }
    if b.motive == app::api::reception::Motive::RegistrationHelp && booked_by.is_none() {
        help_room(&mut tx, site.id, slot.date, None, limits).await?;
    }
    let seat = free_seat(&mut tx, site.id, start_at, slot.capacity).await?.ok_or(BookingError::SlotFull)?;
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO bookings (site_id, start_at, end_at, local_date, local_start, seat, motive, nur, registration_date, deadline, \
         within_deadline, name, email, phone, locale, token_hash, booked_by, created_at, changed_at, purge_after) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20) RETURNING id",
    )
    .bind(site.id)
    .bind(start_at)
    .bind(end_at)
    .bind(slot.date.to_string())
    .bind(i64::from(slot.start))
    .bind(seat)
    .bind(b.motive.as_str())
    .bind(b.nur.as_ref().map(|n| n.value.clone()))
    .bind(b.registration_date.map(|d| d.to_string()))
    .bind(deadline.map(|d| d.to_string()))
    .bind(i64::from(within_deadline))
    .bind(&b.name)
    .bind(&b.email)
    .bind(&b.phone)
    .bind(b.locale.code())
    .bind(token::digest(&token_value))
    .bind(booked_by.and_then(|a| a.id))
    .bind(now)
    .bind(now)
    .bind(purge_after)
    .fetch_one(&mut *tx)
    .await
    .map_err(conflict)?;
    if shares_number {
        sqlx::query("UPDATE bookings SET identity_check = 1 WHERE nur = $1 AND active = 1")
            .bind(b.nur.as_ref().map(|n| n.value.clone()))
            .execute(&mut *tx)
            .await?;
    }
    let booking = Booking {
        id,
        site_id: site.id,
        start_at,
        end_at,
        motive: b.motive.as_str().into(),
        nur: None,
        registration_date: None,
        deadline: deadline.map(|d| d.to_string()),
        within_deadline,
        name: b.name.clone(),
        email: b.email.clone(),
        phone: b.phone.clone(),
        locale: b.locale.code().into(),
        status: "confirmed".into(),
        change_reason: String::new(),
        identity_check: shares_number,
    };
    mail::enqueue(&mut *tx, &message(&booking, &site, Notice::Confirmed, Some(&token_value), public_url)).await?;
    let actor = booked_by.cloned().unwrap_or_else(|| Actor { id: None, label: "public".into(), ip: String::new() });
    audit::record(&mut *tx, &actor, "booking_created", &format!("booking:{id}"), &format!("site={} start={}", site.id, rfc3339(start_at))).await?;
    tx.commit().await?;
    crate::http::observe::metrics().booking_made();
    Ok(Created { id, token: token_value, site_id: site.id, start_at, end_at, deadline, within_deadline })
}

/// Cancels a booking (by its owner before the cut-off, or by an agent with a reason).
#[tracing::instrument(skip_all, fields(booking = id))]
pub async fn cancel(pool: &Pool, id: i64, reason: &str, actor: &Actor, public_url: &str, by_owner: bool) -> Result<Booking, BookingError> {
    let now = crate::clock::now();
    let mut tx = db::begin_write(pool).await?;
    let booking: Booking = sqlx::query_as(&format!("SELECT {COLUMNS} FROM bookings WHERE id = $1 AND status = 'confirmed'"))
        .bind(id)
        .fetch_optional(&mut *tx)
        .await?
        .ok_or(BookingError::NotFound)?;
    if by_owner && !booking.changeable(ReceptionRules::embedded(), now) {
        return Err(BookingError::CutoffPassed);
    }
    sqlx::query("UPDATE bookings SET status = 'cancelled', active = 0, changed_at = $1, change_reason = $2 WHERE id = $3")
        .bind(now)
        .bind(reason)
        .bind(id)
        .execute(&mut *tx)
        .await?;
    let site = sites::get(&mut *tx, booking.site_id).await?.ok_or(BookingError::SiteNotFound)?;
    let cancelled = Booking { status: "cancelled".into(), change_reason: reason.into(), ..booking };
    mail::enqueue(&mut *tx, &message(&cancelled, &site, Notice::Cancelled, None, public_url)).await?;
    audit::record(&mut *tx, actor, "booking_cancelled", &format!("booking:{id}"), if by_owner { "by owner" } else { "by staff" }).await?;
    tx.commit().await?;
    Ok(cancelled)
}

/// Moves a booking to another slot of the same site (its seat there is taken atomically).
/// Moves a booking (by its owner before the cut-off, or by an agent with a reason). An owner's
/// help-to-register booking meets the day's bound of the day it moves to.
#[allow(clippy::too_many_arguments)]
#[tracing::instrument(skip_all)]
pub async fn move_to(
    pool: &Pool,
    id: i64,
    start_at: i64,
    actor: &Actor,
    public_url: &str,
    by_owner: bool,
    reason: &str,
    limits: Limits,
) -> Result<Booking, BookingError> {
    let now = crate::clock::now();
    let rules = ReceptionRules::embedded();
    let mut tx = db::begin_write(pool).await?;
    let current = by_id(&mut *tx, id).await?.filter(|b| b.status == "confirmed").ok_or(BookingError::NotFound)?;
    if by_owner && !current.changeable(rules, now) {
        return Err(BookingError::CutoffPassed);
    }
    let (site, slot) = checked_slot(&mut tx, current.site_id, start_at, now, by_owner).await?;
    let end_at = instant(slot.date, slot.end);
    let within_deadline = current.deadline.as_deref().and_then(Date::parse).is_none_or(|d| slot.date <= d);
    if by_owner && current.motive == "registration_help" {
        help_room(&mut tx, site.id, slot.date, Some(id), limits).await?;
    }
    let seat = free_seat(&mut tx, site.id, start_at, slot.capacity).await?.ok_or(BookingError::SlotFull)?;
    let updated = sqlx::query(
        "UPDATE bookings SET start_at = $1, end_at = $2, local_date = $3, local_start = $4, seat = $5, within_deadline = $6, changed_at = $7, \
         change_reason = $8, reminder_sent = 0, purge_after = $9 WHERE id = $10 AND status = 'confirmed'",
    )
    .bind(start_at)
    .bind(end_at)
    .bind(slot.date.to_string())
    .bind(i64::from(slot.start))
    .bind(seat)
    .bind(i64::from(within_deadline))
    .bind(now)
    .bind(reason)
    .bind(end_at + rules.retention_days_after_appointment * 86_400)
    .bind(id)
    .execute(&mut *tx)
    .await
    .map_err(conflict)?;
    if updated.rows_affected() == 0 {
        return Err(BookingError::NotFound);
    }
    let moved = Booking { start_at, end_at, within_deadline, change_reason: reason.into(), ..current };
    mail::enqueue(&mut *tx, &message(&moved, &site, Notice::Moved, None, public_url)).await?;
    audit::record(&mut *tx, actor, "booking_moved", &format!("booking:{id}"), &format!("start={}", rfc3339(start_at))).await?;
    tx.commit().await?;
    Ok(moved)
}

/// Which email a booking gets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notice {
    Confirmed,
    Moved,
    Cancelled,
    Reminder,
}

pub use app::pages::long_date;

/// The email of a notice, in the booking's language; a confirmation carries the management link.
pub fn message(b: &Booking, site: &Site, notice: Notice, token_value: Option<&str>, public_url: &str) -> Email {
    let l = b.locale();
    let c = sources::catalog(l);
    let (date, start) = b.date().unwrap_or((Date { year: 1970, month: 1, day: 1 }, 0));
    let when = long_date(&*c, date);
    let address = format!("{}, {} {}", site.address, site.postcode, site.commune);
    let manage = token_value.map(|t| format!("{public_url}/{}/rendez-vous/{t}", l.code())).unwrap_or_default();
    let args = [
        ("name", Arg::from(b.name.clone())),
        ("site", site.name.clone().into()),
        ("address", address.clone().into()),
        ("date", when.clone().into()),
        ("time", hhmm(start).into()),
        ("link", manage.into()),
        ("hours", ReceptionRules::embedded().cancel_cutoff_hours.into()),
        ("phone", site.phone.clone().into()),
        ("reason", b.change_reason.clone().into()),
        ("motive", c.t(&format!("booking-motive-{}", b.motive.replace('_', "-"))).into()),
    ];
    let (subject_id, body_id) = match notice {
        Notice::Confirmed => ("mail-booking-confirmed-subject", "mail-booking-confirmed-body"),
        Notice::Moved => ("mail-booking-moved-subject", "mail-booking-moved-body"),
        Notice::Cancelled => ("mail-booking-cancelled-subject", "mail-booking-cancelled-body"),
        Notice::Reminder => ("mail-booking-reminder-subject", "mail-booking-reminder-body"),
    };
    // A demonstration site's appointment says so first, in the subject, the body and the event.
    let demo = site.is_demo.then(|| c.t("mail-booking-demo"));
    let flagged = |text: String| match &demo {
        Some(d) => format!("{d}\n\n{text}"),
        None => text,
    };
    let summary = c.t_with("mail-booking-ics-summary", &[("site", site.name.clone().into())]);
    let summary = if demo.is_some() { format!("[{}] {summary}", c.t("mail-booking-demo-tag")) } else { summary };
    let description = flagged(c.t("mail-booking-ics-description"));
    let event = ics::Event {
        uid: format!("booking-{}@equilibre", b.id),
        start: b.start_at,
        end: b.end_at,
        summary: &summary,
        location: &address,
        description: &description,
        status: if notice == Notice::Cancelled { "CANCELLED" } else { "CONFIRMED" },
        sequence: match notice {
            Notice::Confirmed | Notice::Reminder => 0,
            _ => crate::clock::now(),
        },
    };
    Email {
        to: b.email.clone(),
        subject: match demo {
            Some(_) => format!("[{}] {}", c.t("mail-booking-demo-tag"), c.t_with(subject_id, &args)),
            None => c.t_with(subject_id, &args),
        },
        body: flagged(c.t_with(body_id, &args)),
        attachment: Some(Attachment {
            name: "rendez-vous.ics".into(),
            content_type: "text/calendar; charset=utf-8".into(),
            body: ics::calendar(&event, crate::clock::now()),
        }),
    }
}
