//! The database: SQLite (embedded default) or PostgreSQL (several instances on one server),
//! chosen by `DATABASE_URL`. Queries are written once, in SQL both understand (`$1`
//! placeholders, standard functions); the few places that differ ask [`Backend`].

use sqlx::any::{AnyArguments, AnyPoolOptions, AnyTypeInfo, AnyTypeInfoKind, AnyValueRef};
use sqlx::{Any, Arguments, Decode, Encode, Type};
use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("cannot open the database {url}: {source}")]
    Open { url: String, source: sqlx::Error },
    #[error("cannot create the database folder {path}: {source}")]
    Folder { path: String, source: std::io::Error },
    #[error("database error: {0}")]
    Query(#[from] sqlx::Error),
    #[error("database migration failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
}

pub type Pool = sqlx::AnyPool;

/// A write transaction ([`begin_write`]): sqlx's, and on SQLite this process's turn as the
/// database's one writer. Used as a connection (`&mut *tx`); ends by `commit`, or rolls back
/// when dropped.
pub struct Transaction {
    tx: sqlx::Transaction<'static, Any>,
    /// Released after `tx` (fields drop in order).
    _turn: Option<tokio::sync::OwnedMutexGuard<()>>,
}

impl Transaction {
    pub async fn commit(self) -> Result<(), sqlx::Error> {
        self.tx.commit().await
    }
}

impl std::ops::Deref for Transaction {
    type Target = sqlx::AnyConnection;
    fn deref(&self) -> &sqlx::AnyConnection {
        &self.tx
    }
}

impl std::ops::DerefMut for Transaction {
    fn deref_mut(&mut self) -> &mut sqlx::AnyConnection {
        &mut self.tx
    }
}

/// Each SQLite database's turn to write, for this process. SQLite has one writer at a time;
/// transactions that ask for the lock while another holds it sleep in SQLite's busy handler
/// (1, 2, 5 … 100 ms steps) and may wake late or often. Queued here instead, the next writer
/// starts the moment the last one ends. (Other processes on the same file still meet in the
/// busy handler.)
fn writer_turn(pool: &Pool) -> Arc<tokio::sync::Mutex<()>> {
    static TURNS: std::sync::OnceLock<std::sync::Mutex<HashMap<String, Arc<tokio::sync::Mutex<()>>>>> = std::sync::OnceLock::new();
    let url = pool.connect_options().database_url.to_string();
    let mut turns = TURNS.get_or_init(Default::default).lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    turns.entry(url).or_default().clone()
}

/// How long a writer waits for its turn: SQLite's own `busy_timeout`.
const WRITER_WAIT: Duration = Duration::from_secs(5);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    pub fn of_url(url: &str) -> Option<Backend> {
        if url.starts_with("sqlite:") {
            Some(Backend::Sqlite)
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Some(Backend::Postgres)
        } else {
            None
        }
    }

    pub fn of(pool: &Pool) -> Backend {
        Backend::of_url(pool.connect_options().database_url.as_str()).unwrap_or(Backend::Sqlite)
    }

    /// The same, for a connection (or a transaction) taken from the pool.
    pub fn of_connection(conn: &sqlx::AnyConnection) -> Backend {
        if conn.backend_name() == <sqlx::Postgres as sqlx::Database>::NAME { Backend::Postgres } else { Backend::Sqlite }
    }
}

/// Opens the database (creating a SQLite file if needed).
///
/// SQLite: WAL with `synchronous=FULL`, so a committed transaction survives a crash or power
/// loss. `EQUILIBRE_SQLITE_PRAGMAS` (`name=value;…`, e.g. `query_only=ON` or
/// `max_page_count=100`) adds pragmas to every connection: how the fault tests make the
/// database read-only or full in ways that hold even for root.
pub async fn connect(url: &str) -> Result<Pool, DbError> {
    sqlx::any::install_default_drivers();
    let open = |source| DbError::Open { url: url.into(), source };
    let backend = Backend::of_url(url).ok_or_else(|| open(sqlx::Error::Configuration("unsupported DATABASE_URL".into())))?;
    let mut url = url.to_owned();
    let mut session: Vec<String> = vec![];
    if backend == Backend::Sqlite {
        let opts: sqlx::sqlite::SqliteConnectOptions = url.parse().map_err(open)?;
        if let Some(parent) = opts.get_filename().parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent)
                .map_err(|source| DbError::Folder { path: parent.display().to_string(), source })?;
        }
        if !url.contains("mode=") {
            url.push_str(if url.contains('?') { "&mode=rwc" } else { "?mode=rwc" });
        }
        // Journal mode first: `query_only` would refuse it.
        session.extend(
            ["journal_mode = WAL", "synchronous = FULL", "foreign_keys = ON", "busy_timeout = 5000"].map(|p| format!("PRAGMA {p}")),
        );
        session.extend(
            std::env::var("EQUILIBRE_SQLITE_PRAGMAS")
                .unwrap_or_default()
                .split(';')
                .filter_map(|p| p.split_once('='))
                .filter(|(n, v)| {
                    n.trim().chars().all(|c| c.is_ascii_alphanumeric() || c == '_') && v.trim().chars().all(|c| c.is_ascii_alphanumeric())
                })
                .map(|(n, v)| format!("PRAGMA {} = {}", n.trim(), v.trim())),
        );
    }
    let connections = std::env::var("EQUILIBRE_DB_CONNECTIONS").ok().and_then(|v| v.parse().ok()).unwrap_or(8);
    AnyPoolOptions::new()
        .max_connections(connections)
        .acquire_timeout(Duration::from_secs(5))
        .after_connect(move |conn, _| {
            let session = session.clone();
            Box::pin(async move {
                for statement in &session {
                    sqlx::Executor::execute(&mut *conn, statement.as_str()).await?;
                }
                Ok(())
            })
        })
        .connect(&url)
        .await
        .map_err(open)
}

/// Applies the migrations not yet applied (one folder per database, kept in step by a test
/// comparing the schemas). An up-to-date database is only read, so a portal whose database
/// cannot be written (full, read-only) still starts and serves what it can.
pub async fn migrate(pool: &Pool) -> Result<(), DbError> {
    let migrator = match Backend::of(pool) {
        Backend::Sqlite => sqlx::migrate!("../migrations/sqlite"),
        Backend::Postgres => sqlx::migrate!("../migrations/postgres"),
    };
    let latest = migrator.iter().map(|m| m.version).max().unwrap_or(0);
    let applied: Option<i64> = sqlx::query_scalar("SELECT MAX(version) FROM _sqlx_migrations WHERE success")
        .fetch_one(pool)
        .await
        .unwrap_or(None);
    if applied == Some(latest) {
        return Ok(());
    }
    migrator.run(pool).await?;
    Ok(())
}

/// A transaction that will write. On SQLite it takes the write lock at once (`BEGIN
/// IMMEDIATE`): a deferred transaction that reads and then writes fails with "database is
/// locked" when another writer got there in between, instead of waiting its turn. PostgreSQL
/// locks rows as they are written; the unique indexes settle races.
pub async fn begin_write(pool: &Pool) -> Result<Transaction, sqlx::Error> {
    match Backend::of(pool) {
        Backend::Sqlite => {
            let turn = tokio::time::timeout(WRITER_WAIT, writer_turn(pool).lock_owned()).await.map_err(|_| sqlx::Error::PoolTimedOut)?;
            Ok(Transaction { tx: pool.begin_with("BEGIN IMMEDIATE").await?, _turn: Some(turn) })
        }
        Backend::Postgres => Ok(Transaction { tx: pool.begin().await?, _turn: None }),
    }
}

/// A write transaction that runs alone among those opened the same way: the loads that check
/// a table is empty and then fill it (reference communes, demonstration data), which several
/// instances starting together on a new PostgreSQL database would otherwise both make.
pub async fn begin_alone(pool: &Pool) -> Result<Transaction, sqlx::Error> {
    let mut tx = begin_write(pool).await?;
    lock(&mut tx, Lock::Loads, LockMode::Exclusive).await?;
    Ok(tx)
}

/// What a write transaction may lock on PostgreSQL, where several run at once (on SQLite a
/// write transaction runs alone already, and these locks are nothing). Each is an advisory lock
/// held until the transaction ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lock<'a> {
    /// The loads of [`begin_alone`].
    Loads,
    /// Imports: one writes at a time, after checking no other committed since it compared its
    /// file with the tables.
    Imports,
    /// A site's calendar (opening ranges, closures, holidays): a booking holds it shared while it
    /// checks its slot against the calendar and takes its seat; a calendar change holds it
    /// alone while it checks the bookings it would drop and writes. Either sees the other's
    /// commit, never a state the other is about to change.
    Calendar { site: i64 },
    /// One slot of a site: two bookings never pick the same free seat.
    Slot { site: i64, start_at: i64 },
    /// One demand number: two bookings with it never both see room under its limit.
    Nur { nur: &'a str },
    /// One site's day (days since 1970): online help-to-register bookings of that day count one
    /// after the other against the day's bound.
    HelpDay { site: i64, day: i64 },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LockMode {
    Shared,
    Exclusive,
}

impl Lock<'_> {
    /// Its advisory-lock key. Kinds never share a key: slots are positive with the site in the
    /// high 32 bits (minutes since 1970 fit in the low ones), calendars negative, demand numbers
    /// further down (from `i64::MIN`), the loads' and the imports' fixed positive numbers beyond
    /// any site id's slots.
    fn key(self) -> i64 {
        match self {
            Lock::Loads => i64::MAX,
            Lock::Imports => i64::MAX - 1,
            Lock::Calendar { site } => -1 - site,
            Lock::Slot { site, start_at } => (site << 32) | (start_at.div_euclid(60) & 0xFFFF_FFFF),
            // 47 bits of the number's SHA-256 from i64::MIN up: below every calendar's key.
            Lock::Nur { nur } => {
                use sha2::{Digest, Sha256};
                let d = Sha256::digest(nur.as_bytes());
                let h = i64::from_be_bytes([0, 0, d[0], d[1], d[2], d[3], d[4], d[5]]) & 0x7FFF_FFFF_FFFF;
                i64::MIN + h
            }
            // Just above the numbers' range: 2^47 + site (31 bits) then the day (16 bits).
            Lock::HelpDay { site, day } => i64::MIN + (1 << 47) + (((site & 0x7FFF_FFFF) << 16) | (day & 0xFFFF)),
        }
    }
}

/// Takes `lock` until the transaction ends, on PostgreSQL; nothing on SQLite.
pub async fn lock(tx: &mut sqlx::AnyConnection, lock: Lock<'_>, mode: LockMode) -> Result<(), sqlx::Error> {
    if Backend::of_connection(tx) == Backend::Postgres {
        let sql = match mode {
            LockMode::Shared => "SELECT 1 FROM (SELECT pg_advisory_xact_lock_shared($1)) AS l",
            LockMode::Exclusive => "SELECT 1 FROM (SELECT pg_advisory_xact_lock($1)) AS l",
        };
        sqlx::query_scalar::<_, i64>(sql).bind(lock.key()).fetch_one(&mut *tx).await?;
    }
    Ok(())
}

/// A cheap round trip, for `/healthz`.
pub async fn ping(pool: &Pool) -> bool {
    sqlx::query_scalar::<_, i64>("SELECT 1").fetch_one(pool).await.is_ok()
}

#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error("{0}")]
    Db(#[from] sqlx::Error),
    #[error("on PostgreSQL, back up with pg_dump (or the server's own continuous archiving)")]
    Postgres,
}

/// A consistent copy of a SQLite database in a new file, taken while others read and write
/// (one read transaction: the copy is the database as of one instant).
pub async fn backup(pool: &Pool, file: &std::path::Path) -> Result<(), BackupError> {
    if Backend::of(pool) == Backend::Postgres {
        return Err(BackupError::Postgres);
    }
    sqlx::query("VACUUM INTO $1").bind(file.display().to_string()).execute(pool).await?;
    Ok(())
}

/// `s` matched literally inside a `LIKE … ESCAPE '\'` pattern.
pub fn like_escaped(s: &str) -> String {
    s.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_")
}

/// A yes/no column: stored as 0/1 on both databases (one schema, one set of queries), read
/// into a `bool` with `#[sqlx(try_from = "Flag")]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Flag(pub bool);

impl From<Flag> for bool {
    fn from(f: Flag) -> bool {
        f.0
    }
}

impl Type<Any> for Flag {
    fn type_info() -> AnyTypeInfo {
        <i64 as Type<Any>>::type_info()
    }

    fn compatible(ty: &AnyTypeInfo) -> bool {
        ty.kind().is_integer() || ty.kind() == AnyTypeInfoKind::Bool
    }
}

impl<'r> Decode<'r, Any> for Flag {
    fn decode(value: AnyValueRef<'r>) -> Result<Self, sqlx::error::BoxDynError> {
        if sqlx::ValueRef::type_info(&value).kind() == AnyTypeInfoKind::Bool {
            <bool as Decode<Any>>::decode(value).map(Flag)
        } else {
            <i64 as Decode<Any>>::decode(value).map(|v| Flag(v != 0))
        }
    }
}

/// A query put together piece by piece (filters, `IN` lists, batches), writing its
/// placeholders as its database reads them best (sqlx's own builder writes `?` for the `Any`
/// driver, which PostgreSQL refuses): `$1, $2, …` for PostgreSQL, plain `?` for SQLite, which
/// keeps a list of numbered or named ones and walks it for each value bound (a batch of
/// thousands of values would take quadratic time).
pub struct Sql<'a> {
    text: String,
    args: AnyArguments<'a>,
    count: usize,
    numbered: bool,
}

impl<'a> Sql<'a> {
    pub fn new(backend: Backend, text: impl Into<String>) -> Sql<'a> {
        Sql { text: text.into(), args: AnyArguments::default(), count: 0, numbered: backend == Backend::Postgres }
    }

    pub fn push(&mut self, text: impl AsRef<str>) -> &mut Self {
        self.text.push_str(text.as_ref());
        self
    }

    pub fn push_bind<T: Encode<'a, Any> + Type<Any> + 'a>(&mut self, value: T) -> &mut Self {
        // Encoding into the `Any` buffer cannot fail for the types it accepts; were it to, the
        // placeholder stays and the query fails on its count of values instead of changing shape.
        let _ = self.args.add(value);
        self.count += 1;
        if self.numbered {
            self.text.push('$');
            self.text.push_str(&self.count.to_string());
        } else {
            self.text.push('?');
        }
        self
    }

    /// `(v1, v2, …)`, separated by commas: an `IN` list (never empty: `(NULL)` matches nothing).
    pub fn push_list<T: Encode<'a, Any> + Type<Any> + 'a>(&mut self, values: impl IntoIterator<Item = T>) -> &mut Self {
        self.text.push('(');
        let mut any = false;
        for v in values {
            if any {
                self.text.push_str(", ");
            }
            self.push_bind(v);
            any = true;
        }
        self.text.push_str(if any { ")" } else { "NULL)" });
        self
    }

    /// `VALUES (…), (…)`: one row per item, `row` binding its columns in order.
    pub fn push_values<I: IntoIterator>(&mut self, items: I, mut row: impl FnMut(&mut Row<'_, 'a>, I::Item)) -> &mut Self {
        self.text.push_str("VALUES ");
        for (i, item) in items.into_iter().enumerate() {
            self.text.push_str(if i == 0 { "(" } else { ", (" });
            row(&mut Row { sql: self, first: true }, item);
            self.text.push(')');
        }
        self
    }

    pub fn sql(&self) -> &str {
        &self.text
    }

    pub fn build(&'a mut self) -> sqlx::query::Query<'a, Any, AnyArguments<'a>> {
        sqlx::query_with(&self.text, std::mem::take(&mut self.args))
    }

    pub fn build_query_as<T: for<'r> sqlx::FromRow<'r, sqlx::any::AnyRow>>(&'a mut self) -> sqlx::query::QueryAs<'a, Any, T, AnyArguments<'a>> {
        sqlx::query_as_with(&self.text, std::mem::take(&mut self.args))
    }
}

/// One row of [`Sql::push_values`].
pub struct Row<'s, 'a> {
    sql: &'s mut Sql<'a>,
    first: bool,
}

impl<'a> Row<'_, 'a> {
    pub fn push_bind<T: Encode<'a, Any> + Type<Any> + 'a>(&mut self, value: T) -> &mut Self {
        if !self.first {
            self.sql.text.push_str(", ");
        }
        self.first = false;
        self.sql.push_bind(value);
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_numbered_across_pieces() {
        let mut q = Sql::new(Backend::Postgres, "SELECT 1 FROM t WHERE a = ");
        q.push_bind(1i64).push(" AND b IN ").push_list(["x", "y"]).push(" AND c IN ").push_list(Vec::<i64>::new());
        assert_eq!(q.sql(), "SELECT 1 FROM t WHERE a = $1 AND b IN ($2, $3) AND c IN (NULL)");
        let mut q = Sql::new(Backend::Sqlite, "INSERT INTO t (a, b) ");
        q.push_values([(1i64, "p"), (2, "q")], |r, (a, b)| {
            r.push_bind(a).push_bind(b);
        });
        assert_eq!(q.sql(), "INSERT INTO t (a, b) VALUES (?, ?), (?, ?)");
    }

    #[test]
    fn backend_follows_the_url() {
        assert_eq!(Backend::of_url("sqlite://data/x.db"), Some(Backend::Sqlite));
        assert_eq!(Backend::of_url("postgres://u@localhost/x"), Some(Backend::Postgres));
        assert_eq!(Backend::of_url("mysql://x"), None);
    }

    #[test]
    fn locks_of_different_things_have_different_keys() {
        let start = 1_796_000_000; // 2026
        let mut keys = vec![Lock::Loads.key(), Lock::Imports.key()];
        for site in [1, 2, 40, 100_000] {
            keys.push(Lock::Calendar { site }.key());
            for minutes in [0, 30, 24 * 60] {
                keys.push(Lock::Slot { site, start_at: start + minutes * 60 }.key());
            }
        }
        for (site, day) in [(1, 20_800), (1, 20_801), (2, 20_800)] {
            let key = Lock::HelpDay { site, day }.key();
            assert!(key < -(1 << 62), "below every calendar: {key}");
            keys.push(key);
        }
        for nur in ["0591126000001GDPUB", "0591126000002GDPUB", ""] {
            let key = Lock::Nur { nur }.key();
            assert!(key < -(1 << 62), "below every calendar: {key}");
            keys.push(key);
        }
        let distinct: std::collections::BTreeSet<i64> = keys.iter().copied().collect();
        assert_eq!(distinct.len(), keys.len(), "{keys:?}");
        assert_ne!(Lock::Slot { site: 1, start_at: start }.key(), Lock::Slot { site: 2, start_at: start }.key());
    }
}
