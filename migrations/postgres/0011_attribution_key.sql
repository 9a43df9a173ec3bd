-- An attribution is the landlord's: its natural key is (landlord, reference), so that nobody else
-- can occupy a landlord's reference (with `reference` alone, commune staff could enter a
-- landlord's future reference and block its import).
ALTER TABLE attributions DROP CONSTRAINT attributions_pkey;
ALTER TABLE attributions ADD PRIMARY KEY (landlord_id, reference);
