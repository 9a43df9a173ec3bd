-- Territory, offer and demand (issue 3). Portable SQL: TEXT dates (YYYY-MM-DD / YYYY-MM),
-- integer counts, money in cents, waiting times in tenths of a month.

-- Fragility classes are versioned: an attribution is judged by the class in force at its date.
CREATE TABLE commune_fragility (
    insee_code  TEXT NOT NULL REFERENCES communes (insee_code),
    class       TEXT NOT NULL CHECK (class IN ('fragile', 'moyenne', 'sans')),
    valid_from  TEXT NOT NULL,
    valid_to    TEXT,                       -- NULL: still in force
    dataset_id  INTEGER NOT NULL REFERENCES datasets (id),
    PRIMARY KEY (insee_code, valid_from)
);

CREATE TABLE quartiers (
    id          TEXT PRIMARY KEY NOT NULL,  -- stable id, e.g. '59350-012'
    name        TEXT NOT NULL,
    insee_code  TEXT NOT NULL REFERENCES communes (insee_code),
    population  INTEGER NOT NULL CHECK (population >= 0),
    is_qpv      INTEGER NOT NULL DEFAULT 0 CHECK (is_qpv IN (0, 1)),
    qpv_name    TEXT,
    npru_site   TEXT,
    dataset_id  INTEGER NOT NULL REFERENCES datasets (id)
);
CREATE INDEX quartiers_commune ON quartiers (insee_code);

CREATE TABLE quartier_fragility (
    quartier_id TEXT NOT NULL REFERENCES quartiers (id),
    class       TEXT NOT NULL CHECK (class IN ('fragile', 'moyenne', 'sans')),
    valid_from  TEXT NOT NULL,
    valid_to    TEXT,
    dataset_id  INTEGER NOT NULL REFERENCES datasets (id),
    PRIMARY KEY (quartier_id, valid_from)
);

CREATE TABLE landlords (
    id                  TEXT PRIMARY KEY NOT NULL,
    name                TEXT NOT NULL,
    is_ciet_signatory   INTEGER NOT NULL DEFAULT 0 CHECK (is_ciet_signatory IN (0, 1))
);

CREATE TABLE residences (
    id          TEXT PRIMARY KEY NOT NULL,
    name        TEXT NOT NULL,
    address     TEXT,
    quartier_id TEXT NOT NULL REFERENCES quartiers (id),
    landlord_id TEXT NOT NULL REFERENCES landlords (id),
    dataset_id  INTEGER NOT NULL REFERENCES datasets (id)
);

CREATE TABLE stock (
    id                      INTEGER PRIMARY KEY,
    quartier_id             TEXT NOT NULL REFERENCES quartiers (id),
    residence_id            TEXT REFERENCES residences (id),
    landlord_id             TEXT NOT NULL REFERENCES landlords (id),
    typology                TEXT NOT NULL CHECK (typology IN ('T1', 'T2', 'T3', 'T4', 'T5+')),
    financing               TEXT NOT NULL CHECK (financing IN ('PLAI', 'PLUS', 'PLS', 'other')),
    units                   INTEGER NOT NULL CHECK (units >= 0),
    vacant_units            INTEGER NOT NULL CHECK (vacant_units >= 0 AND vacant_units <= units),
    let_in_year             INTEGER NOT NULL CHECK (let_in_year >= 0),
    median_rent_cents_m2    INTEGER CHECK (median_rent_cents_m2 >= 0),
    dataset_id              INTEGER NOT NULL REFERENCES datasets (id)
);
-- Natural key (re-imports upsert on it); COALESCE so that "no résidence" is one value.
CREATE UNIQUE INDEX stock_natural_key
    ON stock (quartier_id, COALESCE(residence_id, ''), landlord_id, typology, financing);

CREATE TABLE demand_stats (
    id                      INTEGER PRIMARY KEY,
    insee_code              TEXT NOT NULL REFERENCES communes (insee_code),
    quartier_id             TEXT REFERENCES quartiers (id),
    typology                TEXT NOT NULL CHECK (typology IN ('T1', 'T2', 'T3', 'T4', 'T5+', 'all')),
    month                   TEXT NOT NULL CHECK (length(month) = 7),   -- YYYY-MM
    pending_first_access    INTEGER NOT NULL CHECK (pending_first_access >= 0),
    pending_mutation        INTEGER NOT NULL CHECK (pending_mutation >= 0),
    attributions            INTEGER NOT NULL CHECK (attributions >= 0),
    wait_median_tenths      INTEGER CHECK (wait_median_tenths >= 0),
    wait_p75_tenths         INTEGER CHECK (wait_p75_tenths >= 0),
    wait_mean_tenths        INTEGER CHECK (wait_mean_tenths >= 0),
    dataset_id              INTEGER NOT NULL REFERENCES datasets (id)
);
CREATE UNIQUE INDEX demand_natural_key
    ON demand_stats (insee_code, COALESCE(quartier_id, ''), typology, month);
