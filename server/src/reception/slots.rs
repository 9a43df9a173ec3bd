//! Free slots: a site's calendar minus the seats already taken.

use super::sites::{self, Site, SiteFilter};
use super::{instant, local};
use crate::db::Pool;
use app::domain::date::Date;
use app::domain::schedule::{Minutes, Slot};
use std::collections::HashMap;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FreeSlot {
    pub site_id: i64,
    pub date: Date,
    pub start: Minutes,
    pub end: Minutes,
    pub start_at: i64,
    pub end_at: i64,
    pub capacity: u16,
    pub available: u16,
}

/// Seats taken per start instant at a site between two dates.
async fn taken<'e>(ex: impl sqlx::Executor<'e, Database = sqlx::Any>, site_id: i64, from: Date, to: Date) -> Result<HashMap<i64, i64>, sqlx::Error> {
    let rows: Vec<(i64, i64)> = sqlx::query_as(
        "SELECT start_at, count(*) FROM bookings WHERE site_id = $1 AND active = 1 AND local_date BETWEEN $2 AND $3 GROUP BY start_at",
    )
    .bind(site_id)
    .bind(from.to_string())
    .bind(to.to_string())
    .fetch_all(ex)
    .await?;
    Ok(rows.into_iter().collect())
}

fn with_availability(site_id: i64, slots: Vec<Slot>, taken: &HashMap<i64, i64>, not_before: i64) -> Vec<FreeSlot> {
    slots
        .into_iter()
        .map(|s| {
            let start_at = instant(s.date, s.start);
            let used = taken.get(&start_at).copied().unwrap_or(0).clamp(0, i64::from(s.capacity)) as u16;
            FreeSlot { site_id, date: s.date, start: s.start, end: s.end, start_at, end_at: instant(s.date, s.end), capacity: s.capacity, available: s.capacity - used }
        })
        .filter(|s| s.start_at >= not_before)
        .collect()
}

/// Every slot of a bookable site between two dates that starts at or after `not_before`, with
/// its free seats (0 when full).
pub async fn for_site(pool: &Pool, site: &Site, from: Date, to: Date, not_before: i64) -> Result<Vec<FreeSlot>, sqlx::Error> {
    if !site.bookable() {
        return Ok(vec![]);
    }
    let mut conn = pool.acquire().await?;
    let calendar = sites::calendar(&mut conn, site).await?;
    let taken = taken(&mut *conn, site.id, from, to).await?;
    Ok(with_availability(site.id, calendar.slots(from, to), &taken, not_before))
}

/// Free slots across the bookable sites matching `filter`, in time order.
pub async fn across(pool: &Pool, filter: &SiteFilter, from: Date, to: Date, not_before: i64) -> Result<Vec<FreeSlot>, sqlx::Error> {
    let filter = SiteFilter { bookable_only: true, ..filter.clone() };
    let mut out = vec![];
    for site in sites::list(pool, &filter).await? {
        out.extend(for_site(pool, &site, from, to, not_before).await?.into_iter().filter(|s| s.available > 0));
    }
    out.sort_by_key(|s| (s.start_at, s.site_id));
    Ok(out)
}

/// The slot of a site that starts at an instant, if the calendar offers it.
pub async fn slot_at(conn: &mut sqlx::AnyConnection, site: &Site, start_at: i64) -> Result<Option<Slot>, sqlx::Error> {
    let Some((date, start)) = local(start_at) else { return Ok(None) };
    let calendar = sites::calendar(conn, site).await?;
    Ok(calendar.slot_at(date, start).filter(|s| instant(s.date, s.start) == start_at))
}
