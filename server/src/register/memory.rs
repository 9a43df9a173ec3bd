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
}

type Line = (String, String, Option<String>, String, Option<String>, Option<String>, bool, bool, bool, bool, Option<String>);

const LINE_COLUMNS: &str = "decided_on, insee_code, quartier_id, landlord_id, commune_fragility, band, kind = 'first_access', aci, \
     npru_site IS NOT NULL, mutation_status IS NOT NULL, quartier_fragility";

impl Snapshot {
    pub fn len(&self) -> usize {
        self.records.len()
    }

    pub fn is_empty(&self) -> bool {
        self.records.is_empty()
    }

    fn record(&mut self, l: &Line) -> Option<(i32, Record)> {
        let day = Date::parse(&l.0)?.to_days() as i32;
        let record = Record {
            commune: self.communes.intern(&l.1),
            quartier: l.2.as_deref().map(|q| self.quartiers.intern(q)),
            landlord: self.landlords.intern(&l.3),
            commune_class: l.4.as_deref().and_then(Fragility::parse),
            facts: Facts {
                band: l.5.as_deref().and_then(|b| Band::ALL.into_iter().find(|x| x.id() == b)),
                first_access: l.6,
                aci: l.7,
                npru: l.8,
                mutation_complexe: l.9,
                quartier_class: l.10.as_deref().and_then(Fragility::parse),
            },
        };
        Some((day, record))
    }

    /// The whole register at `version`.
    pub async fn load(pool: &Pool, version: i64) -> Result<Snapshot, sqlx::Error> {
        let mut s = Snapshot { version, ..Default::default() };
        let sql = format!("SELECT {LINE_COLUMNS} FROM attributions ORDER BY decided_on");
        let mut rows = sqlx::query_as::<_, Line>(&sql).fetch(pool);
        while let Some(line) = rows.try_next().await? {
            if let Some((day, r)) = s.record(&line) {
                s.days.push(day);
                s.records.push(r);
            }
        }
        Ok(s)
    }

    /// The register at `version`, from this one: the lines written since are added when they
    /// are all new; if any replaced an older line, everything is read again.
    pub async fn refreshed(&self, pool: &Pool, version: i64) -> Result<Snapshot, sqlx::Error> {
        let sql = format!("SELECT {LINE_COLUMNS} FROM attributions WHERE dataset_id > ? ORDER BY decided_on");
        let lines: Vec<Line> = sqlx::query_as(&sql).bind(self.version).fetch_all(pool).await?;
        let total: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM attributions").fetch_one(pool).await?;
        if total as usize != self.len() + lines.len() {
            return Snapshot::load(pool, version).await;
        }
        let mut s = self.clone();
        s.version = version;
        for line in &lines {
            if let Some((day, r)) = s.record(line) {
                let at = s.days.partition_point(|d| *d <= day);
                s.days.insert(at, day);
                s.records.insert(at, r);
            }
        }
        Ok(s)
    }

    /// The records decided in `from..=to`.
    fn between(&self, from: Date, to: Date) -> &[Record] {
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
    /// `None` until first read.
    current: Arc<RwLock<Option<Arc<Snapshot>>>>,
    /// One refresh at a time: the others wait for it, then find it done.
    refreshing: Arc<tokio::sync::Mutex<()>>,
}

impl RegisterCache {
    fn held(&self) -> Option<Arc<Snapshot>> {
        self.current.read().ok().and_then(|s| s.clone())
    }

    /// The register as of the database's current data version (read, or brought up to date).
    pub async fn get(&self, pool: &Pool) -> Result<Arc<Snapshot>, sqlx::Error> {
        let version: i64 = sqlx::query_scalar("SELECT COALESCE(MAX(id), 0) FROM datasets").fetch_one(pool).await?;
        if let Some(s) = self.held().filter(|s| s.version == version) {
            return Ok(s);
        }
        let _one = self.refreshing.lock().await;
        let next = match self.held() {
            Some(s) if s.version == version => return Ok(s),
            Some(s) => s.refreshed(pool, version).await?,
            None => Snapshot::load(pool, version).await?,
        };
        let next = Arc::new(next);
        if let Ok(mut w) = self.current.write() {
            *w = Some(next.clone());
        }
        Ok(next)
    }
}
