-- Reception sites, their calendars, and interview bookings. Wall-clock times are minutes since
-- midnight in Europe/Paris (a 09:00 opening stays 09:00 across clock changes); a booking also
-- stores its start as a Unix instant, so it is never ambiguous.

CREATE TABLE sites (
    id               INTEGER PRIMARY KEY,
    name             TEXT NOT NULL,
    insee_code       TEXT NOT NULL REFERENCES communes (insee_code),
    address          TEXT NOT NULL,
    postcode         TEXT NOT NULL,
    kind             TEXT NOT NULL CHECK (kind IN ('commune', 'ccas', 'landlord', 'action_logement', 'mel')),
    tier             TEXT NOT NULL CHECK (tier IN ('labellise', 'relais')),
    step_free        INTEGER NOT NULL DEFAULT 0 CHECK (step_free IN (0, 1)),
    languages        TEXT NOT NULL DEFAULT 'fr',   -- ';'-separated ISO 639-1 codes
    services         TEXT NOT NULL DEFAULT '',     -- ';'-separated service ids
    phone            TEXT NOT NULL DEFAULT '',
    open_on_holidays INTEGER NOT NULL DEFAULT 0 CHECK (open_on_holidays IN (0, 1)),
    is_demo          INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1))
);
CREATE INDEX sites_commune ON sites (insee_code);

CREATE TABLE site_ranges (
    id           INTEGER PRIMARY KEY,
    site_id      INTEGER NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
    weekday      INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    start_min    INTEGER NOT NULL CHECK (start_min BETWEEN 0 AND 1439),
    end_min      INTEGER NOT NULL CHECK (end_min > start_min AND end_min <= 1440),
    slot_minutes INTEGER NOT NULL CHECK (slot_minutes > 0),
    capacity     INTEGER NOT NULL CHECK (capacity > 0),
    valid_from   TEXT NOT NULL,
    valid_to     TEXT
);
CREATE INDEX site_ranges_site ON site_ranges (site_id);

CREATE TABLE site_closures (
    id        INTEGER PRIMARY KEY,
    site_id   INTEGER NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
    from_date TEXT NOT NULL,
    to_date   TEXT NOT NULL CHECK (to_date >= from_date),
    reason    TEXT NOT NULL
);
CREATE INDEX site_closures_site ON site_closures (site_id);

-- One row per seat taken: `seat` runs from 1 to the slot's capacity, and the unique index on
-- (site, start, seat) among active bookings makes double booking impossible in the database
-- itself, whatever the application does.
CREATE TABLE bookings (
    id                INTEGER PRIMARY KEY,
    site_id           INTEGER NOT NULL REFERENCES sites (id),
    start_at          INTEGER NOT NULL,            -- Unix seconds
    end_at            INTEGER NOT NULL,
    local_date        TEXT NOT NULL,               -- YYYY-MM-DD, Europe/Paris
    local_start       INTEGER NOT NULL,            -- minutes since midnight, Europe/Paris
    seat              INTEGER NOT NULL CHECK (seat >= 1),
    motive            TEXT NOT NULL CHECK (motive IN ('interview', 'registration_help')),
    nur               TEXT,
    registration_date TEXT,
    deadline          TEXT,
    within_deadline   INTEGER NOT NULL DEFAULT 1 CHECK (within_deadline IN (0, 1)),
    name              TEXT NOT NULL,
    email             TEXT NOT NULL,
    phone             TEXT NOT NULL DEFAULT '',
    locale            TEXT NOT NULL DEFAULT 'fr' CHECK (locale IN ('fr', 'en', 'ar')),
    token_hash        TEXT NOT NULL UNIQUE,
    status            TEXT NOT NULL DEFAULT 'confirmed' CHECK (status IN ('confirmed', 'cancelled', 'attended', 'no_show')),
    active            INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    booked_by         INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created_at        INTEGER NOT NULL,
    changed_at        INTEGER NOT NULL,
    change_reason     TEXT NOT NULL DEFAULT '',
    reminder_sent     INTEGER NOT NULL DEFAULT 0 CHECK (reminder_sent IN (0, 1)),
    purge_after       INTEGER NOT NULL
);
CREATE UNIQUE INDEX bookings_seat ON bookings (site_id, start_at, seat) WHERE active = 1;
-- One active interview per demand number.
CREATE UNIQUE INDEX bookings_active_nur ON bookings (nur) WHERE active = 1 AND nur IS NOT NULL;
CREATE INDEX bookings_site_date ON bookings (site_id, local_date);
CREATE INDEX bookings_purge ON bookings (purge_after);
