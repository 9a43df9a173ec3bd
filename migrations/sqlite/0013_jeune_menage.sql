-- A register line may state that the household is a *jeune ménage* (a couple without
-- dependants whose ages add up to 55 or less): its category, and so its band, is one step up.
ALTER TABLE attributions ADD COLUMN jeune_menage INTEGER CHECK (jeune_menage IN (0, 1));
