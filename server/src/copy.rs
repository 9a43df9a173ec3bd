//! `equilibre copy --to URL`: the whole database, table by table, into another (SQLite →
//! PostgreSQL when a portal outgrows one machine; any direction works). The target is migrated
//! first and must hold no data of its own; everything is written in one transaction, so a
//! copy that fails leaves the target as it was.

use crate::db::{Backend, Pool, Sql};
use futures_util::TryStreamExt;
use sqlx::any::AnyTypeInfoKind;
use sqlx::{Column, Executor, Row, Statement};

/// Every table, parents before children (foreign keys hold at each insert).
pub const TABLES: [&str; 24] = [
    "app_meta", "datasets", "communes", "commune_fragility", "quartiers", "quartier_fragility", "landlords", "residences",
    "stock", "demand_stats", "quartier_iris", "users", "user_scopes", "sessions", "one_time_tokens", "auth_failures",
    "rate_windows", "audit_log", "outbox", "sites", "site_ranges", "site_closures", "bookings", "attributions",
];

/// The tables a fresh database fills itself (its migrations write them): replaced by the copy.
const SEEDED: [&str; 2] = ["app_meta", "landlords"];

#[derive(Debug, thiserror::Error)]
pub enum CopyError {
    #[error("{0}")]
    Db(#[from] crate::db::DbError),
    #[error("database error: {0}")]
    Query(#[from] sqlx::Error),
    #[error("the target database already holds data (table {0}): copy into an empty database")]
    TargetNotEmpty(&'static str),
}

/// Copies every row of `from` into `to`; returns the rows per table.
pub async fn copy(from: &Pool, to: &Pool) -> Result<Vec<(&'static str, u64)>, CopyError> {
    crate::db::migrate(from).await?;
    crate::db::migrate(to).await?;
    for t in TABLES.iter().filter(|t| !SEEDED.contains(t)) {
        let n: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {t}")).fetch_one(to).await?;
        if n > 0 {
            return Err(CopyError::TargetNotEmpty(t));
        }
    }
    let backend = Backend::of(to);
    let mut tx = crate::db::begin_write(to).await?;
    for t in SEEDED.iter().rev() {
        sqlx::query(&format!("DELETE FROM {t}")).execute(&mut *tx).await?;
    }
    let mut counts = vec![];
    for table in TABLES {
        // The target's columns and types decide how each value is read and bound (PostgreSQL
        // wants a NULL of the column's own type).
        let all = format!("SELECT * FROM {table}");
        let statement = (&mut *tx).prepare(&all).await?;
        let columns: Vec<(String, bool)> =
            statement.columns().iter().map(|c| (c.name().to_owned(), is_integer(c.type_info().kind()))).collect();
        let names = columns.iter().map(|(n, _)| n.as_str()).collect::<Vec<_>>().join(", ");
        let per_batch = (30_000 / columns.len()).max(1);
        let select = format!("SELECT {names} FROM {table}");
        let mut rows = sqlx::query(&select).fetch(from);
        let mut batch: Vec<Vec<Value>> = Vec::with_capacity(per_batch);
        let mut count = 0u64;
        while let Some(row) = rows.try_next().await? {
            let mut values = Vec::with_capacity(columns.len());
            for (i, (_, integer)) in columns.iter().enumerate() {
                values.push(if *integer { Value::Int(row.try_get(i)?) } else { Value::Text(row.try_get(i)?) });
            }
            batch.push(values);
            if batch.len() == per_batch {
                count += insert(&mut tx, backend, table, &names, &mut batch).await?;
            }
        }
        count += insert(&mut tx, backend, table, &names, &mut batch).await?;
        counts.push((table, count));
    }
    if backend == Backend::Postgres {
        // Identity columns continue after the copied ids.
        for table in TABLES {
            let has_id: i64 = sqlx::query_scalar(
                "SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 AND column_name = 'id' \
                 AND is_identity = 'YES'",
            )
            .bind(table)
            .fetch_one(&mut *tx)
            .await?;
            if has_id > 0 {
                sqlx::query_scalar::<_, i64>(&format!(
                    "SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT COALESCE(MAX(id), 0) + 1 FROM {table}), false)"
                ))
                .fetch_one(&mut *tx)
                .await?;
            }
        }
    }
    tx.commit().await?;
    Ok(counts)
}

fn is_integer(kind: AnyTypeInfoKind) -> bool {
    kind.is_integer() || kind == AnyTypeInfoKind::Bool
}

enum Value {
    Int(Option<i64>),
    Text(Option<String>),
}

async fn insert(tx: &mut crate::db::Transaction, backend: Backend, table: &str, names: &str, batch: &mut Vec<Vec<Value>>) -> Result<u64, sqlx::Error> {
    if batch.is_empty() {
        return Ok(0);
    }
    let rows = std::mem::take(batch);
    let n = rows.len() as u64;
    let mut q = Sql::new(backend, format!("INSERT INTO {table} ({names}) "));
    q.push_values(rows, |r, values| {
        for v in values {
            match v {
                Value::Int(i) => r.push_bind(i),
                Value::Text(s) => r.push_bind(s),
            };
        }
    });
    q.build().execute(&mut **tx).await?;
    Ok(n)
}
