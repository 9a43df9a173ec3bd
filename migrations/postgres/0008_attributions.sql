-- The attribution register (CIET art. 5, 6, 7, 8, 19): one row per CAL decision. ACI situations
-- are kept as codes only (never free text), shown to staff in scope, never logged.
CREATE TABLE attributions (
    reference          TEXT PRIMARY KEY NOT NULL,
    decided_on         TEXT NOT NULL,            -- YYYY-MM-DD, date of the CAL decision
    insee_code         TEXT NOT NULL REFERENCES communes (insee_code),
    quartier_id        TEXT REFERENCES quartiers (id),
    landlord_id        TEXT NOT NULL REFERENCES landlords (id),
    residence_id       TEXT REFERENCES residences (id),
    typology           TEXT,
    financing          TEXT,
    adults             INTEGER CHECK (adults >= 0),
    dependants         INTEGER CHECK (dependants >= 0),
    disabled_persons   INTEGER CHECK (disabled_persons >= 0),
    monthly_resources_cents INTEGER CHECK (monthly_resources_cents >= 0),
    -- Given, or computed from household and resources with the ceilings of the decision's year.
    band               TEXT CHECK (band IN ('tres_modeste', 'modeste', 'intermediaire', 'superieur')),
    kind               TEXT NOT NULL CHECK (kind IN ('first_access', 'mutation')),
    aci                INTEGER NOT NULL CHECK (aci IN (0, 1)),
    aci_situations     TEXT,                     -- codes separated by '|'
    npru_site          TEXT,
    mutation_status    TEXT CHECK (mutation_status IN ('complexe', 'bloquee')),
    contingent         TEXT CHECK (contingent IN ('prefectoral', 'mel_commune', 'action_logement', 'bailleur')),
    -- As of the decision date, from the versioned fragility tables.
    quartier_fragility TEXT CHECK (quartier_fragility IN ('fragile', 'moyenne', 'sans')),
    commune_fragility  TEXT CHECK (commune_fragility IN ('fragile', 'moyenne', 'sans')),
    dataset_id         BIGINT NOT NULL REFERENCES datasets (id)
);

-- Every bilan reads a period, then groups: the period first, then what the engine counts, so
-- the index alone answers (no table lookups).
CREATE INDEX attributions_by_period ON attributions (
    decided_on, insee_code, quartier_id, landlord_id, band, kind, aci, npru_site, mutation_status,
    quartier_fragility, commune_fragility
);
CREATE INDEX attributions_by_commune ON attributions (insee_code, decided_on);
CREATE INDEX attributions_by_landlord ON attributions (landlord_id, decided_on);
CREATE INDEX attributions_by_quartier ON attributions (quartier_id, decided_on);
