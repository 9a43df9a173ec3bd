//! Reception sites: the directory and each site's calendar.

use crate::db::Pool;
use app::domain::date::Date;
use app::domain::schedule::{Closure, OpeningRange, SiteCalendar};


#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Site {
    pub id: i64,
    pub name: String,
    pub insee_code: String,
    pub commune: String,
    pub address: String,
    pub postcode: String,
    pub kind: String,
    pub tier: String,
    #[sqlx(try_from = "crate::db::Flag")]
    pub step_free: bool,
    pub languages: String,
    pub services: String,
    pub phone: String,
    #[sqlx(try_from = "crate::db::Flag")]
    pub open_on_holidays: bool,
    /// A site of the demonstration network: every page, email and file made from it says so.
    #[sqlx(try_from = "crate::db::Flag")]
    pub is_demo: bool,
}

impl Site {
    pub fn bookable(&self) -> bool {
        self.tier == "labellise"
    }

    pub fn languages(&self) -> Vec<String> {
        self.languages.split(';').filter(|s| !s.is_empty()).map(str::to_owned).collect()
    }

    pub fn services(&self) -> Vec<String> {
        self.services.split(';').filter(|s| !s.is_empty()).map(str::to_owned).collect()
    }
}

/// Directory filters; empty means any.
#[derive(Clone, Debug, Default)]
pub struct SiteFilter {
    pub commune: String,
    pub language: String,
    pub step_free: bool,
    pub bookable_only: bool,
}

const SELECT: &str = "SELECT s.id, s.name, s.insee_code, c.name AS commune, s.address, s.postcode, s.kind, s.tier, \
     s.step_free, s.languages, s.services, s.phone, s.open_on_holidays, s.is_demo FROM sites s JOIN communes c ON c.insee_code = s.insee_code";

pub async fn list(pool: &Pool, f: &SiteFilter) -> Result<Vec<Site>, sqlx::Error> {
    let mut q = crate::db::Sql::new(crate::db::Backend::of(pool), SELECT);
    q.push(" WHERE 1 = 1");
    if !f.commune.is_empty() {
        q.push(" AND s.insee_code = ").push_bind(&f.commune);
    }
    if !f.language.is_empty() {
        q.push(" AND ';' || s.languages || ';' LIKE ").push_bind(format!("%;{};%", crate::db::like_escaped(&f.language))).push(" ESCAPE '\\'");
    }
    if f.step_free {
        q.push(" AND s.step_free = 1");
    }
    if f.bookable_only {
        q.push(" AND s.tier = 'labellise'");
    }
    q.push(" ORDER BY c.name, s.name");
    q.build_query_as().fetch_all(pool).await
}

pub async fn get<'e>(ex: impl sqlx::Executor<'e, Database = sqlx::Any>, id: i64) -> Result<Option<Site>, sqlx::Error> {
    sqlx::query_as(&format!("{SELECT} WHERE s.id = $1")).bind(id).fetch_optional(ex).await
}

/// Communes that have at least one site (for the directory's filter).
pub async fn communes(pool: &Pool) -> Result<Vec<(String, String)>, sqlx::Error> {
    sqlx::query_as("SELECT DISTINCT c.insee_code, c.name FROM sites s JOIN communes c ON c.insee_code = s.insee_code ORDER BY c.name")
        .fetch_all(pool)
        .await
}

/// The languages spoken somewhere, for the directory's filter.
pub async fn languages(pool: &Pool) -> Result<Vec<String>, sqlx::Error> {
    let all: Vec<String> = sqlx::query_scalar("SELECT languages FROM sites").fetch_all(pool).await?;
    let mut set: Vec<String> = all.iter().flat_map(|l| l.split(';')).filter(|s| !s.is_empty()).map(str::to_owned).collect();
    set.sort();
    set.dedup();
    Ok(set)
}

type RangeRow = (i64, i64, i64, i64, i64, i64, i64, String, Option<String>);

/// The ranges of many sites at once (id, range).
pub async fn ranges<'e>(ex: impl sqlx::Executor<'e, Database = sqlx::Any>, site: Option<i64>) -> Result<Vec<(i64, i64, OpeningRange)>, sqlx::Error> {
    let rows: Vec<RangeRow> = sqlx::query_as(
        "SELECT id, site_id, weekday, start_min, end_min, slot_minutes, capacity, valid_from, valid_to FROM site_ranges \
         WHERE $1 IS NULL OR site_id = $1 ORDER BY site_id, weekday, start_min",
    )
    .bind(site)
    .fetch_all(ex)
    .await?;
    Ok(rows
        .into_iter()
        .filter_map(|(id, site_id, weekday, start, end, slot_minutes, capacity, from, to)| {
            Some((
                id,
                site_id,
                OpeningRange {
                    weekday: weekday as u8,
                    start: start as u16,
                    end: end as u16,
                    slot_minutes: slot_minutes as u16,
                    capacity: capacity as u16,
                    valid_from: Date::parse(&from)?,
                    valid_to: to.as_deref().and_then(Date::parse),
                },
            ))
        })
        .collect())
}

pub async fn closures<'e>(ex: impl sqlx::Executor<'e, Database = sqlx::Any>, site: Option<i64>) -> Result<Vec<(i64, i64, Closure)>, sqlx::Error> {
    let rows: Vec<(i64, i64, String, String, String)> =
        sqlx::query_as("SELECT id, site_id, from_date, to_date, reason FROM site_closures WHERE $1 IS NULL OR site_id = $1 ORDER BY from_date")
            .bind(site)
            .fetch_all(ex)
            .await?;
    Ok(rows
        .into_iter()
        .filter_map(|(id, site_id, from, to, reason)| Some((id, site_id, Closure { from: Date::parse(&from)?, to: Date::parse(&to)?, reason })))
        .collect())
}

/// Everything that decides a site's slots. A booking or a calendar change reads it in its write
/// transaction, under the site's calendar lock (`db::Lock::Calendar`), with `site` read there too.
pub async fn calendar(conn: &mut sqlx::AnyConnection, site: &Site) -> Result<SiteCalendar, sqlx::Error> {
    Ok(SiteCalendar {
        ranges: ranges(&mut *conn, Some(site.id)).await?.into_iter().map(|(_, _, r)| r).collect(),
        closures: closures(&mut *conn, Some(site.id)).await?.into_iter().map(|(_, _, c)| c).collect(),
        open_on_holidays: site.open_on_holidays,
    })
}
