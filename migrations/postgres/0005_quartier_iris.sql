-- Quartiers are built from IRIS (≈ 2 000 inhabitants each): the mapping lets dwelling-level
-- files (RPLS, with PLG_IRIS) be aggregated per quartier.
CREATE TABLE quartier_iris (
    iris_code   TEXT PRIMARY KEY NOT NULL CHECK (length(iris_code) = 9),
    quartier_id TEXT NOT NULL REFERENCES quartiers (id),
    dataset_id  BIGINT NOT NULL REFERENCES datasets (id)
);
