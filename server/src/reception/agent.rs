//! What reception-site agents do: their sites' bookings by day or week, outcomes, schedule and
//! closure changes that never drop a booking silently, and the deadline-at-risk list. Every
//! function takes the principal and filters by its scope itself.

use super::bookings::{Booking, COLUMNS};
use super::sites::{self, Site, SiteFilter};
use super::{instant, local};
use crate::audit::{self, Actor};
use crate::db::{self, Lock, LockMode, Pool, Transaction};
use app::domain::access::{Filter, Principal, Resource, Role};
use app::domain::date::Date;
use app::domain::schedule::{Closure, OpeningRange, RangeError, ReceptionRules, SiteCalendar};

#[derive(Debug, thiserror::Error)]
pub enum AgentError {
    #[error("outside the principal's scope")]
    Denied,
    #[error("no such record")]
    NotFound,
    #[error("invalid range: {0:?}")]
    Range(RangeError),
    #[error("invalid closure")]
    Closure,
    #[error("{} booking(s) would be dropped", .0.len())]
    Affected(Vec<Booking>),
    #[error("the appointment has not started yet")]
    TooEarly,
    #[error(transparent)]
    Db(#[from] sqlx::Error),
}

/// The sites a principal may manage.
pub async fn sites_in_scope(pool: &Pool, p: &Principal) -> Result<Vec<Site>, sqlx::Error> {
    let all = sites::list(pool, &SiteFilter::default()).await?;
    Ok(all.into_iter().filter(|s| p.may_see(Resource::Sites, &s.id.to_string())).collect())
}

/// A site the principal may manage, or why not.
pub async fn site(pool: &Pool, p: &Principal, id: i64) -> Result<Site, AgentError> {
    if !p.may_see(Resource::Sites, &id.to_string()) {
        return Err(AgentError::Denied);
    }
    sites::get(pool, id).await?.ok_or(AgentError::NotFound)
}


/// Bookings of a site between two dates (all statuses), in time order.
pub async fn bookings(pool: &Pool, p: &Principal, site_id: i64, from: Date, to: Date) -> Result<Vec<Booking>, AgentError> {
    if !p.may_see(Resource::Bookings, &site_id.to_string()) {
        return Err(AgentError::Denied);
    }
    Ok(sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM bookings WHERE site_id = $1 AND local_date BETWEEN $2 AND $3 ORDER BY start_at, id"
    ))
    .bind(site_id)
    .bind(from.to_string())
    .bind(to.to_string())
    .fetch_all(pool)
    .await?)
}

/// A booking of a site the principal manages.
pub async fn booking(pool: &Pool, p: &Principal, id: i64) -> Result<Booking, AgentError> {
    let b = super::bookings::by_id(pool, id).await?.ok_or(AgentError::NotFound)?;
    if !p.may_see(Resource::Bookings, &b.site_id.to_string()) {
        return Err(AgentError::Denied);
    }
    Ok(b)
}

/// Marks a started appointment attended or missed.
#[tracing::instrument(skip_all, fields(booking = id))]
pub async fn set_outcome(pool: &Pool, p: &Principal, id: i64, attended: bool, actor: &Actor) -> Result<(), AgentError> {
    let b = booking(pool, p, id).await?;
    if b.start_at > crate::clock::now() {
        return Err(AgentError::TooEarly);
    }
    let status = if attended { "attended" } else { "no_show" };
    let mut tx = crate::db::begin_write(pool).await?;
    let r = sqlx::query("UPDATE bookings SET status = $1, active = 0, changed_at = $2 WHERE id = $3 AND status IN ('confirmed', 'attended', 'no_show')")
        .bind(status)
        .bind(crate::clock::now())
        .bind(id)
        .execute(&mut *tx)
        .await?;
    if r.rows_affected() == 0 {
        return Err(AgentError::NotFound);
    }
    audit::record(&mut *tx, actor, &format!("booking_{status}"), &format!("booking:{id}"), "").await?;
    tx.commit().await?;
    Ok(())
}

/// Confirmed future bookings of a site that a new calendar would no longer hold.
pub async fn affected(conn: &mut sqlx::AnyConnection, site_id: i64, calendar: &SiteCalendar) -> Result<Vec<Booking>, sqlx::Error> {
    let now = crate::clock::now();
    let future: Vec<Booking> = sqlx::query_as(&format!("SELECT {COLUMNS} FROM bookings WHERE site_id = $1 AND status = 'confirmed' AND start_at > $2 ORDER BY start_at"))
        .bind(site_id)
        .bind(now)
        .fetch_all(&mut *conn)
        .await?;
    Ok(future
        .into_iter()
        .filter(|b| {
            let Some((date, start)) = local(b.start_at) else { return true };
            match calendar.slot_at(date, start) {
                // The slot must still exist, at the same instant, with a seat for it.
                Some(slot) => instant(slot.date, slot.start) != b.start_at,
                None => true,
            }
        })
        .collect())
}

/// Starts a calendar change of a site in the principal's scope: its write transaction, holding
/// the site's calendar lock alone (bookings of the site wait, or are waited for), and the site
/// and its calendar as they are now.
async fn begin_calendar_change(pool: &Pool, p: &Principal, site_id: i64) -> Result<(Transaction, Site, SiteCalendar), AgentError> {
    if !p.may_see(Resource::Sites, &site_id.to_string()) {
        return Err(AgentError::Denied);
    }
    let mut tx = db::begin_write(pool).await?;
    db::lock(&mut tx, Lock::Calendar { site: site_id }, LockMode::Exclusive).await?;
    let site = sites::get(&mut *tx, site_id).await?.ok_or(AgentError::NotFound)?;
    let calendar = sites::calendar(&mut tx, &site).await?;
    Ok((tx, site, calendar))
}

/// Allows a calendar change if it drops no booking; otherwise returns the bookings to move or
/// cancel first. Called in the change's transaction (see [`begin_calendar_change`]), so no
/// booking can slip in between the check and the change.
async fn change_calendar(conn: &mut sqlx::AnyConnection, site: &Site, new: &SiteCalendar) -> Result<(), AgentError> {
    let hit = affected(conn, site.id, new).await?;
    if hit.is_empty() {
        Ok(())
    } else {
        Err(AgentError::Affected(hit))
    }
}

#[tracing::instrument(skip_all, fields(site = site_id))]
pub async fn add_range(pool: &Pool, p: &Principal, site_id: i64, range: &OpeningRange, actor: &Actor) -> Result<(), AgentError> {
    let (mut tx, site, mut calendar) = begin_calendar_change(pool, p, site_id).await?;
    range.validate(ReceptionRules::embedded(), &calendar.ranges).map_err(AgentError::Range)?;
    calendar.ranges.push(range.clone());
    change_calendar(&mut tx, &site, &calendar).await?;
    sqlx::query("INSERT INTO site_ranges (site_id, weekday, start_min, end_min, slot_minutes, capacity, valid_from, valid_to) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)")
        .bind(site_id)
        .bind(i64::from(range.weekday))
        .bind(i64::from(range.start))
        .bind(i64::from(range.end))
        .bind(i64::from(range.slot_minutes))
        .bind(i64::from(range.capacity))
        .bind(range.valid_from.to_string())
        .bind(range.valid_to.map(|d| d.to_string()))
        .execute(&mut *tx)
        .await?;
    let detail = format!("weekday={} {}-{} slot={} capacity={}", range.weekday, range.start, range.end, range.slot_minutes, range.capacity);
    audit::record(&mut *tx, actor, "schedule_range_added", &format!("site:{site_id}"), &detail).await?;
    tx.commit().await?;
    Ok(())
}

pub async fn delete_range(pool: &Pool, p: &Principal, site_id: i64, range_id: i64, actor: &Actor) -> Result<(), AgentError> {
    let (mut tx, site, mut calendar) = begin_calendar_change(pool, p, site_id).await?;
    let ranges = sites::ranges(&mut *tx, Some(site_id)).await?;
    if !ranges.iter().any(|(id, _, _)| *id == range_id) {
        return Err(AgentError::NotFound);
    }
    calendar.ranges = ranges.into_iter().filter(|(id, _, _)| *id != range_id).map(|(_, _, r)| r).collect();
    change_calendar(&mut tx, &site, &calendar).await?;
    sqlx::query("DELETE FROM site_ranges WHERE id = $1 AND site_id = $2").bind(range_id).bind(site_id).execute(&mut *tx).await?;
    audit::record(&mut *tx, actor, "schedule_range_removed", &format!("site:{site_id}"), &format!("range={range_id}")).await?;
    tx.commit().await?;
    Ok(())
}

#[tracing::instrument(skip_all, fields(site = site_id))]
pub async fn add_closure(pool: &Pool, p: &Principal, site_id: i64, closure: &Closure, actor: &Actor) -> Result<(), AgentError> {
    if closure.to < closure.from || closure.reason.trim().is_empty() {
        return Err(AgentError::Closure);
    }
    let (mut tx, site, mut calendar) = begin_calendar_change(pool, p, site_id).await?;
    calendar.closures.push(closure.clone());
    change_calendar(&mut tx, &site, &calendar).await?;
    sqlx::query("INSERT INTO site_closures (site_id, from_date, to_date, reason) VALUES ($1, $2, $3, $4)")
        .bind(site_id)
        .bind(closure.from.to_string())
        .bind(closure.to.to_string())
        .bind(closure.reason.trim())
        .execute(&mut *tx)
        .await?;
    audit::record(&mut *tx, actor, "closure_added", &format!("site:{site_id}"), &format!("{}..{}", closure.from, closure.to)).await?;
    tx.commit().await?;
    Ok(())
}

/// Opens the site on public holidays, or closes it (a closing that would drop bookings is refused
/// like any calendar change).
pub async fn set_open_on_holidays(pool: &Pool, p: &Principal, site_id: i64, open: bool, actor: &Actor) -> Result<(), AgentError> {
    let (mut tx, site, mut calendar) = begin_calendar_change(pool, p, site_id).await?;
    calendar.open_on_holidays = open;
    change_calendar(&mut tx, &site, &calendar).await?;
    sqlx::query("UPDATE sites SET open_on_holidays = $1 WHERE id = $2").bind(i64::from(open)).bind(site_id).execute(&mut *tx).await?;
    audit::record(&mut *tx, actor, "holidays_changed", &format!("site:{site_id}"), if open { "open" } else { "closed" }).await?;
    tx.commit().await?;
    Ok(())
}

pub async fn delete_closure(pool: &Pool, p: &Principal, site_id: i64, closure_id: i64, actor: &Actor) -> Result<(), AgentError> {
    site(pool, p, site_id).await?;
    let mut tx = crate::db::begin_write(pool).await?;
    let r = sqlx::query("DELETE FROM site_closures WHERE id = $1 AND site_id = $2").bind(closure_id).bind(site_id).execute(&mut *tx).await?;
    if r.rows_affected() == 0 {
        return Err(AgentError::NotFound);
    }
    audit::record(&mut *tx, actor, "closure_removed", &format!("site:{site_id}"), &format!("closure={closure_id}")).await?;
    tx.commit().await?;
    Ok(())
}

/// Confirmed bookings placed after their applicant's two-month deadline, in the principal's
/// scope (an admin's: all; a commune's: its communes' sites; an agent's: its sites), with the
/// site's name. One query; the scope is part of it.
pub async fn deadline_risk(pool: &Pool, p: &Principal) -> Result<Vec<(Booking, String)>, sqlx::Error> {
    let keys = match p.filter(Resource::DeadlineRisk) {
        Filter::All => None,
        Filter::Only(keys) => Some(keys),
        Filter::Nothing => return Ok(vec![]),
    };
    let columns = COLUMNS.split(", ").map(|c| format!("b.{c}")).collect::<Vec<_>>().join(", ");
    let mut q = crate::db::Sql::new(crate::db::Backend::of(pool), format!(
        "SELECT {columns}, s.name AS site_name FROM bookings b JOIN sites s ON s.id = b.site_id \
         WHERE b.status = 'confirmed' AND b.within_deadline = 0"
    ));
    if let Some(keys) = keys {
        // A commune's scope is INSEE codes, an agent's site ids.
        q.push(if p.role == Role::Commune { " AND s.insee_code IN " } else { " AND CAST(s.id AS TEXT) IN " });
        q.push_list(keys.iter().cloned());
    }
    q.push(" ORDER BY b.deadline, b.start_at");
    let rows: Vec<LateRow> = q.build_query_as().fetch_all(pool).await?;
    Ok(rows.into_iter().map(|r| (r.booking, r.site_name)).collect())
}

#[derive(sqlx::FromRow)]
struct LateRow {
    #[sqlx(flatten)]
    booking: Booking,
    site_name: String,
}
