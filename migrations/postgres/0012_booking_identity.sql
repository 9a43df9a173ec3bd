-- A demand number may hold more than one active booking (up to a configured number, each with
-- its own email): whoever knows someone's number can no longer lock its owner out by booking
-- first. Bookings that share a number are flagged for an identity check at the desk.
DROP INDEX bookings_active_nur;
CREATE INDEX bookings_active_nur ON bookings (nur) WHERE active = 1 AND nur IS NOT NULL;
ALTER TABLE bookings ADD COLUMN identity_check INTEGER NOT NULL DEFAULT 0 CHECK (identity_check IN (0, 1));
