-- Territory reference and dataset provenance. Every figure shown says where it comes from and
-- as of when, through `datasets`.
CREATE TABLE datasets (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL,             -- 'communes', later 'stock', 'demand', …
    source      TEXT NOT NULL,
    as_of       TEXT NOT NULL,             -- YYYY-MM-DD
    is_demo     INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
    loaded_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

CREATE TABLE communes (
    insee_code   TEXT PRIMARY KEY NOT NULL CHECK (length(insee_code) = 5),
    name         TEXT NOT NULL,
    population   INTEGER NOT NULL CHECK (population >= 0),
    postal_codes TEXT NOT NULL,            -- ';'-separated
    dataset_id   INTEGER NOT NULL REFERENCES datasets (id)
);
