//! The two migration folders (`migrations/sqlite`, `migrations/postgres`) describe one schema:
//! both are applied and what each database says of itself is compared — tables, columns (name,
//! integer or text, nullability), primary keys, foreign keys (with their ON DELETE), unique
//! constraints, indexes (name, uniqueness, partial or not, columns), CHECK constraints, and the
//! reference rows the migrations write.

use server::db::Pool;
use std::collections::{BTreeMap, BTreeSet};

#[derive(Debug, Default, PartialEq, Eq)]
struct Table {
    columns: Vec<(String, &'static str, bool)>,
    primary_key: Vec<String>,
    foreign_keys: BTreeSet<(String, String, String, String)>,
    unique: BTreeSet<String>,
    indexes: BTreeSet<(String, bool, bool, String)>,
    checks: i64,
}

type Schema = BTreeMap<String, Table>;

fn family(ty: &str) -> &'static str {
    let t = ty.to_ascii_lowercase();
    if t.contains("int") {
        "integer"
    } else if t.contains("text") || t.contains("char") {
        "text"
    } else if t.contains("real") || t.contains("double") {
        "real"
    } else {
        "other"
    }
}

async fn strings(pool: &Pool, sql: &str, table: &str) -> Vec<String> {
    sqlx::query_scalar(sql).bind(table).fetch_all(pool).await.unwrap_or_else(|e| panic!("{sql}: {e}"))
}

async fn describe_sqlite(pool: &Pool) -> Schema {
    let tables: Vec<String> = sqlx::query_scalar(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_sqlx_migrations'",
    )
    .fetch_all(pool)
    .await
    .unwrap();
    let mut schema = Schema::new();
    for t in tables {
        let mut table = Table::default();
        let columns: Vec<(String, String, i64, i64)> =
            sqlx::query_as("SELECT name, type, \"notnull\", pk FROM pragma_table_info($1) ORDER BY cid").bind(&t).fetch_all(pool).await.unwrap();
        // A primary key column is never NULL (SQLite reports its rowid alias as nullable).
        table.columns = columns.iter().map(|(n, ty, nn, pk)| (n.clone(), family(ty), *nn == 1 || *pk > 0)).collect();
        table.primary_key = strings(pool, "SELECT name FROM pragma_table_info($1) WHERE pk > 0 ORDER BY pk", &t).await;
        let fks: Vec<(String, String, String, String)> =
            sqlx::query_as("SELECT \"from\", \"table\", \"to\", on_delete FROM pragma_foreign_key_list($1)").bind(&t).fetch_all(pool).await.unwrap();
        table.foreign_keys = fks.into_iter().collect();
        let indexes: Vec<(String, i64, String, i64)> =
            sqlx::query_as("SELECT name, \"unique\", origin, partial FROM pragma_index_list($1)").bind(&t).fetch_all(pool).await.unwrap();
        for (name, unique, origin, partial) in indexes {
            let cols = strings(pool, "SELECT COALESCE(name, 'expr') FROM pragma_index_xinfo($1) WHERE key = 1 ORDER BY seqno", &name).await.join(",");
            match origin.as_str() {
                "u" => {
                    table.unique.insert(cols);
                }
                "c" => {
                    table.indexes.insert((name, unique == 1, partial == 1, cols));
                }
                _ => {}
            }
        }
        let sql: String = sqlx::query_scalar("SELECT sql FROM sqlite_master WHERE name = $1").bind(&t).fetch_one(pool).await.unwrap();
        table.checks = sql.matches("CHECK (").count() as i64;
        schema.insert(t, table);
    }
    schema
}

async fn describe_postgres(pool: &Pool) -> Schema {
    let tables: Vec<String> =
        sqlx::query_scalar("SELECT CAST(tablename AS TEXT) FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_sqlx_migrations'")
            .fetch_all(pool)
            .await
            .unwrap();
    // The columns of an index or constraint, in order ('expr' for an expression).
    let cols = |keys: &str, rel: &str| {
        format!(
            "array_to_string(ARRAY(SELECT COALESCE(CAST(a.attname AS TEXT), 'expr') FROM unnest(CAST({keys} AS int2[])) WITH ORDINALITY k(n, o) \
             LEFT JOIN pg_attribute a ON a.attrelid = {rel} AND a.attnum = k.n ORDER BY k.o), ',')"
        )
    };
    let mut schema = Schema::new();
    for t in tables {
        let mut table = Table::default();
        let columns: Vec<(String, String, String)> = sqlx::query_as(
            "SELECT CAST(column_name AS TEXT), CAST(data_type AS TEXT), CAST(is_nullable AS TEXT) FROM information_schema.columns \
             WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position",
        )
        .bind(&t)
        .fetch_all(pool)
        .await
        .unwrap();
        table.columns = columns.iter().map(|(n, ty, nullable)| (n.clone(), family(ty), nullable == "NO")).collect();
        let pk = strings(
            pool,
            &format!("SELECT {} FROM pg_index ix JOIN pg_class t ON t.oid = ix.indrelid WHERE t.relname = $1 AND ix.indisprimary", cols("ix.indkey", "ix.indrelid")),
            &t,
        )
        .await;
        table.primary_key = pk.first().map(|s| s.split(',').map(str::to_owned).collect()).unwrap_or_default();
        let fks: Vec<(String, String, String, String)> = sqlx::query_as(
            "SELECT CAST(a.attname AS TEXT), CAST(rt.relname AS TEXT), CAST(ra.attname AS TEXT), \
                    CASE c.confdeltype WHEN 'c' THEN 'CASCADE' WHEN 'n' THEN 'SET NULL' WHEN 'r' THEN 'RESTRICT' ELSE 'NO ACTION' END \
             FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_class rt ON rt.oid = c.confrelid \
             JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1] \
             JOIN pg_attribute ra ON ra.attrelid = c.confrelid AND ra.attnum = c.confkey[1] \
             WHERE c.contype = 'f' AND t.relname = $1",
        )
        .bind(&t)
        .fetch_all(pool)
        .await
        .unwrap();
        table.foreign_keys = fks.into_iter().collect();
        table.unique = strings(
            pool,
            &format!("SELECT {} FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid WHERE c.contype = 'u' AND t.relname = $1", cols("c.conkey", "c.conrelid")),
            &t,
        )
        .await
        .into_iter()
        .collect();
        let indexes: Vec<(String, i32, i32, String)> = sqlx::query_as(&format!(
            "SELECT CAST(i.relname AS TEXT), CAST(ix.indisunique AS INTEGER), CASE WHEN ix.indpred IS NULL THEN 0 ELSE 1 END, {} \
             FROM pg_index ix JOIN pg_class i ON i.oid = ix.indexrelid JOIN pg_class t ON t.oid = ix.indrelid \
             WHERE t.relname = $1 AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = ix.indexrelid)",
            cols("ix.indkey", "ix.indrelid")
        ))
        .bind(&t)
        .fetch_all(pool)
        .await
        .unwrap();
        table.indexes = indexes.into_iter().map(|(n, u, p, c)| (n, u == 1, p == 1, c)).collect();
        table.checks = sqlx::query_scalar("SELECT COUNT(*) FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid WHERE c.contype = 'c' AND t.relname = $1")
            .bind(&t)
            .fetch_one(pool)
            .await
            .unwrap();
        schema.insert(t, table);
    }
    schema
}

async fn reference_rows(pool: &Pool) -> Vec<String> {
    let mut rows: Vec<String> = sqlx::query_scalar("SELECT key || '=' || value FROM app_meta ORDER BY key").fetch_all(pool).await.unwrap();
    let landlords: Vec<(String, String, i64)> =
        sqlx::query_as("SELECT id, name, is_ciet_signatory FROM landlords ORDER BY id").fetch_all(pool).await.unwrap();
    rows.extend(landlords.into_iter().map(|(id, name, s)| format!("{id}|{name}|{s}")));
    rows
}

fn migration_files(folder: &str) -> Vec<String> {
    let dir = format!("{}/../migrations/{folder}", env!("CARGO_MANIFEST_DIR"));
    let mut names: Vec<String> = std::fs::read_dir(dir).unwrap().filter_map(|e| e.ok()?.file_name().into_string().ok()).collect();
    names.sort();
    names
}

#[test]
fn both_migration_folders_have_the_same_steps() {
    let sqlite = migration_files("sqlite");
    assert!(sqlite.len() >= 9);
    assert_eq!(sqlite, migration_files("postgres"), "one step in each folder, same version and name");
}

#[tokio::test]
async fn postgres_and_sqlite_migrations_give_the_same_schema() {
    if !equilibre_tests::on_postgres() {
        eprintln!("needs EQUILIBRE_TEST_POSTGRES: run by the PostgreSQL pass of `make test`");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let sqlite = server::db::connect(&format!("sqlite://{}/schema.db", dir.path().display())).await.unwrap();
    let postgres = server::db::connect(&equilibre_tests::fresh_database(dir.path(), "schema")).await.unwrap();
    server::db::migrate(&sqlite).await.unwrap();
    server::db::migrate(&postgres).await.unwrap();
    let (a, b) = (describe_sqlite(&sqlite).await, describe_postgres(&postgres).await);
    assert!(a.len() >= 20, "{:?}", a.keys());
    assert_eq!(a.keys().collect::<Vec<_>>(), b.keys().collect::<Vec<_>>(), "tables");
    for (name, table) in &a {
        assert_eq!(Some(table), b.get(name), "table {name}: SQLite (left) and PostgreSQL (right) differ");
    }
    assert_eq!(reference_rows(&sqlite).await, reference_rows(&postgres).await);
}
