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
pub async fn connect(url: &str) -> Result<Pool, DbError> {
    let opts = SqliteConnectOptions::from_str(url)
        .map_err(|source| DbError::Open { url: url.into(), source })?
        .create_if_missing(true)
        .journal_mode(SqliteJournalMode::Wal)
        .synchronous(SqliteSynchronous::Full)
        .foreign_keys(true)
        .busy_timeout(Duration::from_secs(5));
    if let Some(parent) = opts.get_filename().parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent)
            .map_err(|source| DbError::Folder { path: parent.display().to_string(), source })?;
    }
    SqlitePoolOptions::new()
        .max_connections(8)
        .acquire_timeout(Duration::from_secs(5))
        .connect_with(opts)
        .await
        .map_err(|source| DbError::Open { url: url.into(), source })
}

pub async fn migrate(pool: &Pool) -> Result<(), DbError> {
    sqlx::migrate!("../migrations/sqlite").run(pool).await?;
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
