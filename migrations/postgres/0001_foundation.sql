-- PostgreSQL twin of migrations/sqlite (same files, same order): integers where SQLite has
-- INTEGER (BIGINT for ids and Unix instants), TEXT dates, 0/1 flags; a test compares the schemas.
-- Foundation: where the instance records facts about itself (schema version lives in
-- sqlx's own table). Later issues add the territory, bookings, users and attributions.
CREATE TABLE app_meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);

INSERT INTO app_meta (key, value) VALUES ('created_by', 'equilibre');
