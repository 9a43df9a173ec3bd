//! The database pool and migrations (SQLite, embedded default).

use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::SqlitePool;
use std::str::FromStr;
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

pub type Pool = SqlitePool;

/// Opens (creating if needed) the SQLite database. WAL with `synchronous=FULL`: a committed
/// transaction survives a crash or power loss.
///
/// `EQUILIBRE_SQLITE_PRAGMAS` (`name=value;…`, e.g. `query_only=ON` or `max_page_count=100`)
/// adds pragmas to every connection: how the fault tests make the database read-only or full
/// in ways that hold even for root.
pub async fn connect(url: &str) -> Result<Pool, DbError> {
    let opts = SqliteConnectOptions::from_str(url)
        .map_err(|source| DbError::Open { url: url.into(), source })?
        .create_if_missing(true)
        .journal_mode(SqliteJournalMode::Wal)
        .synchronous(SqliteSynchronous::Full)
        .foreign_keys(true)
        .busy_timeout(Duration::from_secs(5));
    // After the connection's own settings (journal mode first: `query_only` would refuse it).
    let extra: Vec<String> = std::env::var("EQUILIBRE_SQLITE_PRAGMAS")
        .unwrap_or_default()
        .split(';')
        .filter_map(|p| p.split_once('='))
        .filter(|(n, v)| n.trim().chars().all(|c| c.is_ascii_alphanumeric() || c == '_') && v.trim().chars().all(|c| c.is_ascii_alphanumeric()))
        .map(|(n, v)| format!("PRAGMA {} = {}", n.trim(), v.trim()))
        .collect();
    if let Some(parent) = opts.get_filename().parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent)
            .map_err(|source| DbError::Folder { path: parent.display().to_string(), source })?;
    }
    SqlitePoolOptions::new()
        .max_connections(8)
        .acquire_timeout(Duration::from_secs(5))
        .after_connect(move |conn, _| {
            let extra = extra.clone();
            Box::pin(async move {
                for pragma in &extra {
                    sqlx::Executor::execute(&mut *conn, pragma.as_str()).await?;
                }
                Ok(())
            })
        })
        .connect_with(opts)
        .await
        .map_err(|source| DbError::Open { url: url.into(), source })
}

/// Applies the migrations not yet applied. An up-to-date database is only read, so a portal
/// whose database cannot be written (full, read-only) still starts and serves what it can.
pub async fn migrate(pool: &Pool) -> Result<(), DbError> {
    let migrator = sqlx::migrate!("../migrations/sqlite");
    let latest = migrator.iter().map(|m| m.version).max().unwrap_or(0);
    let applied: Option<i64> = sqlx::query_scalar("SELECT MAX(version) FROM _sqlx_migrations WHERE success = 1")
        .fetch_one(pool)
        .await
        .unwrap_or(None);
    if applied == Some(latest) {
        return Ok(());
    }
    migrator.run(pool).await?;
    Ok(())
}

/// A transaction that will write. It takes SQLite's write lock at once (`BEGIN IMMEDIATE`): a
/// deferred transaction that reads and then writes fails with "database is locked" when another
/// writer got there in between, instead of waiting its turn.
pub async fn begin_write(pool: &Pool) -> Result<sqlx::Transaction<'static, sqlx::Sqlite>, sqlx::Error> {
    pool.begin_with("BEGIN IMMEDIATE").await
}

/// A cheap round trip, for `/healthz`.
pub async fn ping(pool: &Pool) -> bool {
    sqlx::query_scalar::<_, i64>("SELECT 1").fetch_one(pool).await.is_ok()
}

/// A consistent copy of the database in a new file, taken while others read and write (one
/// read transaction: the copy is the database as of one instant).
pub async fn backup(pool: &Pool, file: &std::path::Path) -> Result<(), sqlx::Error> {
    sqlx::query("VACUUM INTO ?").bind(file.display().to_string()).execute(pool).await?;
    Ok(())
}
