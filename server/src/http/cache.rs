//! Rendered indicator pages, downloads and API answers, kept in memory per data version: they
//! change only when data is imported, so a new dataset (a new version) empties the cache. Only
//! bodies and their content headers are kept; security headers are added after, per response.

use axum::body::Bytes;
use axum::http::HeaderValue;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

/// Entries kept at most; past that the cache starts again (simple, and bounded).
const MAX_ENTRIES: usize = 2_000;

#[derive(Clone, Debug)]
pub struct Cached {
    pub content_type: Option<HeaderValue>,
    pub disposition: Option<HeaderValue>,
    pub body: Bytes,
}

#[derive(Clone, Default)]
pub struct PageCache(Arc<Mutex<(i64, HashMap<String, Cached>)>>, Arc<Mutex<HashMap<String, Arc<tokio::sync::Mutex<()>>>>>);

impl PageCache {
    /// The turn to compute `key`: requests that miss together wait for the first one's answer
    /// instead of all computing it.
    pub fn flight(&self, key: &str) -> Arc<tokio::sync::Mutex<()>> {
        let Ok(mut m) = self.1.lock() else { return Arc::default() };
        if m.len() >= MAX_ENTRIES {
            m.clear();
        }
        m.entry(key.to_owned()).or_default().clone()
    }

    pub fn get(&self, version: i64, key: &str) -> Option<Cached> {
        let mut inner = self.0.lock().ok()?;
        if inner.0 != version {
            *inner = (version, HashMap::new());
            return None;
        }
        inner.1.get(key).cloned()
    }

    pub fn put(&self, version: i64, key: String, value: Cached) {
        let Ok(mut inner) = self.0.lock() else { return };
        if inner.0 != version || inner.1.len() >= MAX_ENTRIES {
            *inner = (version, HashMap::new());
        }
        inner.1.insert(key, value);
    }

    pub fn len(&self) -> usize {
        self.0.lock().map(|i| i.1.len()).unwrap_or(0)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// The data version (newest dataset id and load time), read from the database only when a
/// commit happened since the last read, as told by a commit stamp:
/// - SQLite: every commit, by any process, rewrites the header of the WAL index (the `-shm`
///   file: change counter, frame count, salts; see "WAL-index format" in SQLite's file format
///   documentation); reading its 48 bytes costs microseconds, a query tens, and most requests
///   follow no commit.
/// - PostgreSQL: the current snapshot (`xmin:xmax:in-progress ids`), one round trip without
///   touching a table. Equal snapshots see the same committed data, whichever instance wrote
///   it: a commit removes its id from the in-progress list, a new writer raises `xmax`.
#[derive(Clone, Default)]
pub struct VersionProbe {
    path: Option<std::path::PathBuf>,
    last: Arc<Mutex<Option<(Stamp, Version)>>>,
    shm: Arc<Mutex<Option<HeldFile>>>,
    snapshots: Arc<SharedSnapshot>,
}

/// PostgreSQL's snapshot, asked once for all the requests waiting for it: a request takes the
/// answer of a question asked after it arrived (so it sees every commit made before it came),
/// else asks itself while the next ones queue. Under load one round trip serves many requests.
#[derive(Default)]
struct SharedSnapshot {
    asked: std::sync::atomic::AtomicU64,
    answer: tokio::sync::Mutex<(u64, Option<Stamp>)>,
}

impl SharedSnapshot {
    async fn get(&self, pool: &crate::db::Pool) -> Option<Stamp> {
        use std::sync::atomic::Ordering::SeqCst;
        let arrived = self.asked.load(SeqCst);
        let mut answer = self.answer.lock().await;
        if answer.0 > arrived {
            return answer.1.clone();
        }
        let question = self.asked.fetch_add(1, SeqCst) + 1;
        let snapshot: Option<String> = sqlx::query_scalar("SELECT CAST(pg_current_snapshot() AS TEXT)").fetch_one(pool).await.ok();
        *answer = (question, snapshot.map(|s| Arc::from(s.as_bytes())));
        answer.1.clone()
    }
}

/// The `-shm` file, opened once and kept open. Closing a descriptor of a file releases every
/// POSIX lock the process holds on it, SQLite's included: a probe that opened and closed the
/// file at each request dropped the server's lock, so the next process to open the database
/// (a command-line import, a backup) believed itself alone, reset the file, and the server died
/// of SIGBUS on its mapping of it. A descriptor is closed only once its file was removed (SQLite
/// does so when the last connection of all closes), when nobody holds locks on it any more.
struct HeldFile {
    file: std::fs::File,
    id: (u64, u64),
}

type Version = (i64, Option<std::time::SystemTime>);
pub type Stamp = Arc<[u8]>;

/// Answers computed from the database as of one commit state (see [`VersionProbe::stamp`]):
/// valid until the next commit of anything, so exact, and bounded.
#[derive(Clone, Default)]
pub struct CommitCache(Arc<Mutex<(Option<Stamp>, HashMap<String, Bytes>)>>, Arc<tokio::sync::Mutex<()>>);

impl CommitCache {
    /// One computation at a time: requests that miss together wait for the first one's answer.
    pub async fn turn(&self) -> tokio::sync::MutexGuard<'_, ()> {
        self.1.lock().await
    }

    pub fn get(&self, stamp: &Option<Stamp>, key: &str) -> Option<Bytes> {
        let inner = self.0.lock().ok()?;
        (stamp.is_some() && inner.0 == *stamp).then(|| inner.1.get(key).cloned()).flatten()
    }

    pub fn put(&self, stamp: Option<Stamp>, key: String, body: Bytes) {
        let Ok(mut inner) = self.0.lock() else { return };
        if stamp.is_none() {
            return;
        }
        if inner.0 != stamp || inner.1.len() >= 256 {
            *inner = (stamp, HashMap::new());
        }
        inner.1.insert(key, body);
    }
}

impl VersionProbe {
    /// For the database of `database_url` (a SQLite file's WAL index; none for an in-memory
    /// database: then every request asks).
    pub fn new(database_url: &str) -> VersionProbe {
        use std::str::FromStr;
        let path = match crate::db::Backend::of_url(database_url) {
            Some(crate::db::Backend::Sqlite) => sqlx::sqlite::SqliteConnectOptions::from_str(database_url)
                .ok()
                .map(|o| o.get_filename().to_path_buf())
                .filter(|p| !p.as_os_str().is_empty() && p.exists()),
            _ => None,
        };
        VersionProbe { path, last: Arc::default(), shm: Arc::default(), snapshots: Arc::default() }
    }

    /// The commit stamp: equal stamps, no commit in between. `None` when there is none to
    /// read (then every request asks).
    pub async fn stamp(&self, pool: &crate::db::Pool) -> Option<Stamp> {
        if crate::db::Backend::of(pool) == crate::db::Backend::Postgres {
            return self.snapshots.get(pool).await;
        }
        use std::os::unix::fs::{FileExt, MetadataExt};
        let mut shm = self.path.as_ref()?.as_os_str().to_owned();
        shm.push("-shm");
        // `stat` takes no lock and releases none.
        let meta = std::fs::metadata(&shm).ok()?;
        let id = (meta.dev(), meta.ino());
        let mut held = self.shm.lock().ok()?;
        if held.as_ref().map(|h| h.id) != Some(id) {
            *held = Some(HeldFile { file: std::fs::File::open(&shm).ok()?, id });
        }
        let mut header = [0u8; 48];
        held.as_ref()?.file.read_exact_at(&mut header, 0).ok()?;
        Some(Arc::from(&header[..]))
    }

    pub async fn get(&self, pool: &crate::db::Pool) -> Result<Version, sqlx::Error> {
        // Taken before the query: a commit in between changes the stamp, so the next request asks again.
        let stamp = self.stamp(pool).await;
        if let (Some(s), Ok(last)) = (&stamp, self.last.lock()) {
            if let Some((seen, v)) = &*last {
                if seen == s {
                    return Ok(*v);
                }
            }
        }
        let (id, loaded): (i64, Option<String>) =
            sqlx::query_as("SELECT COALESCE(MAX(id), 0), MAX(loaded_at) FROM datasets").fetch_one(pool).await?;
        let modified = loaded.and_then(|t| t.parse::<jiff::Timestamp>().ok()).map(std::time::SystemTime::from);
        if let (Some(s), Ok(mut last)) = (stamp, self.last.lock()) {
            *last = Some((s, (id, modified)));
        }
        Ok((id, modified))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(s: &'static str) -> Cached {
        Cached { content_type: None, disposition: None, body: Bytes::from_static(s.as_bytes()) }
    }

    #[test]
    fn a_new_version_empties_the_cache() {
        let c = PageCache::default();
        c.put(1, "a".into(), entry("x"));
        assert_eq!(c.get(1, "a").map(|e| e.body), Some(Bytes::from_static(b"x")));
        assert!(c.get(2, "a").is_none());
        assert!(c.is_empty());
    }
}
