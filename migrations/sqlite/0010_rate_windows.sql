-- Requests counted per address and minute, in the database so that every instance counts the
-- same ones (the booking rate limit). The address is kept as its SHA-256 only, and only for the
-- minute it counts in: housekeeping deletes past minutes.
CREATE TABLE rate_windows (
    scope   TEXT NOT NULL,
    key     TEXT NOT NULL,
    minute  INTEGER NOT NULL,   -- Unix minutes
    hits    INTEGER NOT NULL,
    PRIMARY KEY (scope, key, minute)
);
CREATE INDEX rate_windows_minute ON rate_windows (minute);
