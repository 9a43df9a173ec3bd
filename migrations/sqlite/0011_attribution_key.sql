-- An attribution is the landlord's: its natural key is (landlord, reference), so that nobody else
-- can occupy a landlord's reference (with `reference` alone, commune staff could enter a
-- landlord's future reference and block its import). SQLite cannot change a primary key: the
-- table is copied. Nothing references it.
CREATE TABLE attributions_keyed (
    reference          TEXT NOT NULL,
    decided_on         TEXT NOT NULL,
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
    band               TEXT CHECK (band IN ('tres_modeste', 'modeste', 'intermediaire', 'superieur')),
    kind               TEXT NOT NULL CHECK (kind IN ('first_access', 'mutation')),
    aci                INTEGER NOT NULL CHECK (aci IN (0, 1)),
    aci_situations     TEXT,
    npru_site          TEXT,
    mutation_status    TEXT CHECK (mutation_status IN ('complexe', 'bloquee')),
    contingent         TEXT CHECK (contingent IN ('prefectoral', 'mel_commune', 'action_logement', 'bailleur')),
    quartier_fragility TEXT CHECK (quartier_fragility IN ('fragile', 'moyenne', 'sans')),
    commune_fragility  TEXT CHECK (commune_fragility IN ('fragile', 'moyenne', 'sans')),
    dataset_id         INTEGER NOT NULL REFERENCES datasets (id),
    PRIMARY KEY (landlord_id, reference)
);
INSERT INTO attributions_keyed SELECT * FROM attributions;
DROP TABLE attributions;
ALTER TABLE attributions_keyed RENAME TO attributions;
CREATE INDEX attributions_by_commune ON attributions (insee_code, decided_on);
CREATE INDEX attributions_by_landlord ON attributions (landlord_id, decided_on);
CREATE INDEX attributions_by_quartier ON attributions (quartier_id, decided_on);
CREATE INDEX attributions_by_day ON attributions (decided_on);
CREATE INDEX attributions_by_dataset ON attributions (dataset_id);
