-- The quota engine reads the register into memory (in date order) and then only the lines of
-- newer datasets: a narrow index for each. The wide index of 0008, made for grouping in SQL,
-- is no longer read and only slowed writes.
DROP INDEX attributions_by_period;
CREATE INDEX attributions_by_day ON attributions (decided_on);
CREATE INDEX attributions_by_dataset ON attributions (dataset_id);
