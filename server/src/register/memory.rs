//! The register in memory: every attribution as a small fixed-size record, sorted by decision
//! day, so the engine sums any period and any scope in one pass over a slice (millions of lines
//! in tens of milliseconds, where SQLite's GROUP BY over them takes seconds). The database stays
//! the record; this copy follows it by data version (the newest dataset id, which every import
//! and entry advances): new lines are added, and when lines were updated it is read again whole.

use crate::db::Pool;
use app::domain::access::{Filter, Principal, Resource, Role};
use app::domain::band::Band;
use app::domain::bilan::{Acc, AllScopes, Facts, Record, Scope};
use app::domain::date::Date;
use app::domain::quota::Fragility;
use futures_util::TryStreamExt;
use std::collections::HashMap;
use std::sync::{Arc, RwLock};

/// Codes interned as small integers, in order of first sight.
#[derive(Clone, Debug, Default)]
pub struct Interner {
    pub codes: Vec<String>,
    index: HashMap<String, u32>,
}

impl Interner {
    fn intern(&mut self, code: &str) -> u32 {
        if let Some(i) = self.index.get(code) {
            return *i;
        }
        let i = self.codes.len() as u32;
        self.codes.push(code.to_owned());
        self.index.insert(code.to_owned(), i);
        i
    }

    pub fn get(&self, code: &str) -> Option<u32> {
        self.index.get(code).copied()
    }
}

/// The register as of one data version.
#[derive(Clone, Debug, Default)]
pub struct Snapshot {
    pub version: i64,
    /// Decision days (days since 1970), ascending, one per record.
    days: Vec<i32>,
    records: Vec<Record>,
    pub communes: Interner,
    pub quartiers: Interner,
    pub landlords: Interner,
    /// Some lines come from the demonstration dataset: every figure made from them says so.
    pub demo: bool,
}

/// Whether any line of the register comes from a demonstration dataset (a few datasets, each
/// probed through the dataset index).
async fn has_demo_lines(pool: &Pool) -> Result<bool, sqlx::Error> {
    let n: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM datasets d WHERE d.is_demo = 1 AND EXISTS (SELECT 1 FROM attributions a WHERE a.dataset_id = d.id)",
    )
    .fetch_one(pool)
    .await?;
    Ok(n > 0)
}

/// Day (since 1970), commune, quartier, landlord, and the facts packed in one integer: decoding
/// text is most of the cost of reading millions of lines, so SQLite does the coding.
type Line = (i64, String, Option<String>, String, i64);

fn line_columns(backend: crate::db::Backend) -> String {
    let day = match backend {
        crate::db::Backend::Sqlite => "CAST(julianday(decided_on) - 2440587.5 AS INTEGER)",
        crate::db::Backend::Postgres => "(CAST(decided_on AS DATE) - DATE '1970-01-01')",
    };
    format!("{day}, {LINE_FACTS}")
}

const LINE_FACTS: &str = "insee_code, quartier_id, landlord_id, \
     (CASE band WHEN 'tres_modeste' THEN 1 WHEN 'modeste' THEN 2 WHEN 'intermediaire' THEN 3 WHEN 'superieur' THEN 4 ELSE 0 END) \
     + (CASE WHEN kind = 'first_access' THEN 8 ELSE 0 END) + 16 * aci + (CASE WHEN npru_site IS NULL THEN 0 ELSE 32 END) \
     + (CASE WHEN mutation_status IS NULL THEN 0 ELSE 64 END) \
     + 128 * (CASE quartier_fragility WHEN 'fragile' THEN 1 WHEN 'moyenne' THEN 2 WHEN 'sans' THEN 3 ELSE 0 END) \
     + 512 * (CASE commune_fragility WHEN 'fragile' THEN 1 WHEN 'moyenne' THEN 2 WHEN 'sans' THEN 3 ELSE 0 END)";

/// A class coded 1–3 in two bits.
fn class(code: i64) -> Option<Fragility> {
    match code & 3 {
        0 => None,
        c => Fragility::ALL.get(c as usize - 1).copied(),
    }
}

impl Snapshot {
    pub fn len(&self) -> usize {
        self.records.len()
    }

    pub fn is_empty(&self) -> bool {
        self.records.is_empty()
    }

    fn record(&mut self, l: &Line) -> Option<(i32, Record)> {
        let day = i32::try_from(l.0).ok()?;
        let f = l.4;
        let record = Record {
            commune: self.communes.intern(&l.1),
            quartier: l.2.as_deref().map(|q| self.quartiers.intern(q)),
            landlord: self.landlords.intern(&l.3),
            commune_class: class(f >> 9),
            facts: Facts {
                band: match f & 7 {
                    0 => None,
                    b => Band::ALL.get(b as usize - 1).copied(),
                },
                first_access: f & 8 != 0,
                aci: f & 16 != 0,
                npru: f & 32 != 0,
                mutation_complexe: f & 64 != 0,
                quartier_class: class(f >> 7),
            },
        };
        Some((day, record))
    }

    /// The whole register at `version`.
    pub async fn load(pool: &Pool, version: i64) -> Result<Snapshot, sqlx::Error> {
        let mut s = Snapshot { version, demo: has_demo_lines(pool).await?, ..Default::default() };
        let sql = format!("SELECT {} FROM attributions ORDER BY decided_on", line_columns(crate::db::Backend::of(pool)));
        let mut rows = sqlx::query_as::<_, Line>(&sql).fetch(pool);
        while let Some(line) = rows.try_next().await? {
            if let Some((day, r)) = s.record(&line) {
                s.days.push(day);
                s.records.push(r);
            }
        }
        Ok(s)
    }

    /// The register at `version`, from this one (`None`: no line changed since). The lines
    /// written since are added when they are all new; if any replaced an older line (the
    /// importer never deletes), everything is read again.
    pub async fn refreshed(&self, pool: &Pool, version: i64) -> Result<Option<Snapshot>, sqlx::Error> {
        // No ORDER BY: sorting here would make SQLite walk the date index over every line.
        let sql = format!("SELECT {} FROM attributions WHERE dataset_id > $1", line_columns(crate::db::Backend::of(pool)));
        let lines: Vec<Line> = sqlx::query_as(&sql).bind(self.version).fetch_all(pool).await?;
        if lines.is_empty() {
            return Ok(None);
        }
        let total: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM attributions").fetch_one(pool).await?;
        if total as usize != self.len() + lines.len() {
            return Snapshot::load(pool, version).await.map(Some);
        }
        let mut s = self.clone();
        s.version = version;
        s.demo = has_demo_lines(pool).await?;
        for line in &lines {
            if let Some((day, r)) = s.record(line) {
                let at = s.days.partition_point(|d| *d <= day);
                s.days.insert(at, day);
                s.records.insert(at, r);
            }
        }
        Ok(Some(s))
    }

    /// The records decided in `from..=to` (the public tables of a period are judged from them).
    pub fn between(&self, from: Date, to: Date) -> &[Record] {
        let (a, b) = (from.to_days() as i32, to.to_days() as i32);
        let start = self.days.partition_point(|d| *d < a);
        let end = self.days.partition_point(|d| *d <= b);
        &self.records[start..end.max(start)]
    }

    /// One scope's sums over `from..=to`.
    pub fn acc(&self, from: Date, to: Date, scope: &Scope) -> Acc {
        let records = self.between(from, to);
        let mut acc = Acc::default();
        let mut sum = |keep: &dyn Fn(&Record) -> bool| {
            for r in records.iter().filter(|r| keep(r)) {
                acc.add(&r.facts, 1);
            }
        };
        match scope {
            Scope::Metropole => sum(&|_| true),
            Scope::Commune(k) => {
                if let Some(i) = self.communes.get(k) {
                    sum(&|r| r.commune == i)
                }
            }
            Scope::Quartier(k) => {
                if let Some(i) = self.quartiers.get(k) {
                    sum(&|r| r.quartier == Some(i))
                }
            }
            Scope::Landlord(k) => {
                if let Some(i) = self.landlords.get(k) {
                    sum(&|r| r.landlord == i)
                }
            }
            Scope::QuartierFragility(f) => sum(&|r| r.facts.quartier_class == Some(*f)),
            Scope::CommuneFragility(f) => sum(&|r| r.commune_class == Some(*f)),
        }
        acc
    }

    /// Every scope's sums over `from..=to`, limited to what `principal` may see of the
    /// dashboards (commune staff: their communes' attributions; a landlord's staff: its own).
    pub fn all_scopes(&self, from: Date, to: Date, principal: &Principal) -> AllScopes {
        let mut all = AllScopes::new(self.communes.codes.len(), self.quartiers.codes.len(), self.landlords.codes.len());
        let records = self.between(from, to);
        let (interner, by_landlord) = if principal.role == Role::Landlord { (&self.landlords, true) } else { (&self.communes, false) };
        match principal.filter(Resource::Dashboards) {
            Filter::All => records.iter().for_each(|r| all.add(r, 1)),
            Filter::Only(keys) => {
                let allowed: Vec<u32> = keys.iter().filter_map(|k| interner.get(k)).collect();
                for r in records {
                    let key = if by_landlord { r.landlord } else { r.commune };
                    if allowed.contains(&key) {
                        all.add(r, 1);
                    }
                }
            }
            Filter::Nothing => {}
        }
        all
    }
}

/// The snapshot of the current data version, shared by the requests of one instance.
#[derive(Clone, Default)]
pub struct RegisterCache {
    /// The data version last checked, and the register as of then; `None` until first read.
    current: Arc<RwLock<Option<(i64, Arc<Snapshot>)>>>,
    /// One refresh at a time: the others wait for it, then find it done.
    refreshing: Arc<tokio::sync::Mutex<()>>,
}

impl RegisterCache {
    fn held(&self) -> Option<(i64, Arc<Snapshot>)> {
        self.current.read().ok().and_then(|s| s.clone())
    }

    /// The register as of the database's current data version (read, or brought up to date).
    pub async fn get(&self, pool: &Pool) -> Result<Arc<Snapshot>, sqlx::Error> {
        let version = crate::import::data_version(pool).await?;
        if let Some((_, s)) = self.held().filter(|(v, _)| *v == version) {
            return Ok(s);
        }
        let _one = self.refreshing.lock().await;
        let next = match self.held() {
            Some((v, s)) if v == version => return Ok(s),
            // Another kind of data changed, or nothing in the register: same lines.
            Some((_, s)) => match s.refreshed(pool, version).await? {
                Some(n) => Arc::new(n),
                None => s,
            },
            None => Arc::new(Snapshot::load(pool, version).await?),
        };
        if let Ok(mut w) = self.current.write() {
            *w = Some((version, next.clone()));
        }
        Ok(next)
    }
}
