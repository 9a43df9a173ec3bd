-- Staff access: accounts, scopes, server-side sessions, one-time links, login throttling, the
-- audit trail, and the email outbox. Instants are Unix seconds (UTC): unambiguous and cheap to
-- compare.

CREATE TABLE users (
    id             INTEGER PRIMARY KEY,
    email          TEXT NOT NULL UNIQUE COLLATE NOCASE,
    name           TEXT NOT NULL,
    role           TEXT NOT NULL CHECK (role IN ('admin', 'commune', 'agent', 'landlord')),
    locale         TEXT NOT NULL DEFAULT 'fr' CHECK (locale IN ('fr', 'en', 'ar')),
    password_hash  TEXT,                   -- argon2id PHC string; NULL until the first link is used
    totp_secret    TEXT,                   -- base32; NULL when no second factor is enrolled
    totp_last_step INTEGER,                -- the last time step accepted (a code works once)
    disabled       INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    created_at     INTEGER NOT NULL,
    updated_at     INTEGER NOT NULL
);

-- What a scoped role may see: INSEE codes (commune), site ids (agent), landlord codes (landlord).
CREATE TABLE user_scopes (
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind    TEXT NOT NULL CHECK (kind IN ('commune', 'site', 'landlord')),
    value   TEXT NOT NULL,
    PRIMARY KEY (user_id, kind, value)
);

-- The cookie holds a random id; the table only its SHA-256, so a copy of the database opens no
-- session.
CREATE TABLE sessions (
    id_hash             TEXT PRIMARY KEY NOT NULL,
    user_id             INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    stage               TEXT NOT NULL CHECK (stage IN ('second_factor', 'enrol', 'full')),
    csrf                TEXT NOT NULL,
    created_at          INTEGER NOT NULL,
    last_seen_at        INTEGER NOT NULL,
    pending_totp_secret TEXT
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE one_time_tokens (
    token_hash TEXT PRIMARY KEY NOT NULL,
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    purpose    TEXT NOT NULL CHECK (purpose IN ('set_password')),
    expires_at INTEGER NOT NULL,
    used_at    INTEGER
);

-- Failed sign-ins per key ('account:<email>', 'ip:<address>'), kept in the database so that
-- several instances share the counts.
CREATE TABLE auth_failures (
    key TEXT NOT NULL,
    at  INTEGER NOT NULL
);
CREATE INDEX auth_failures_key_at ON auth_failures (key, at);

-- Who did what and when. Never secrets, never sensitive personal data.
CREATE TABLE audit_log (
    id       INTEGER PRIMARY KEY,
    at       INTEGER NOT NULL,
    actor_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    actor    TEXT NOT NULL,                -- the email at the time, 'cli', or the address tried
    action   TEXT NOT NULL,
    target   TEXT NOT NULL DEFAULT '',
    ip       TEXT NOT NULL DEFAULT '',
    detail   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_action ON audit_log (action, at);

-- Emails are written here in the same transaction as what they announce, then sent by the
-- worker with retries; a sent message's body is wiped (the outbox is a queue, not an archive).
CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY,
    created_at      INTEGER NOT NULL,
    recipient       TEXT NOT NULL,
    subject         TEXT NOT NULL,
    body            TEXT NOT NULL,
    attachment_name TEXT,
    attachment_type TEXT,
    attachment      TEXT,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    claimed_until   INTEGER NOT NULL DEFAULT 0,
    sent_at         INTEGER,
    last_error      TEXT
);
CREATE INDEX outbox_pending ON outbox (next_attempt_at) WHERE sent_at IS NULL;
