-- Foundation: where the instance records facts about itself (schema version lives in
-- sqlx's own table). Later issues add the territory, bookings, users and attributions.
CREATE TABLE app_meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);

INSERT INTO app_meta (key, value) VALUES ('created_by', 'equilibre');
