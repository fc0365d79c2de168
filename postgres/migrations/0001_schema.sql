-- Comity's stores on PostgreSQL: the same tables as sqlite/migrations, in
-- one step. Times are Unix nanoseconds (UTC), as there.

-- Records homed in this node's jurisdiction.
CREATE TABLE records (
	id             TEXT PRIMARY KEY,
	home           TEXT NOT NULL,
	controller     TEXT NOT NULL,
	category       TEXT NOT NULL,
	subjects       TEXT NOT NULL DEFAULT '[]', -- JSON array of subject references
	fields         BYTEA,                      -- compact JSON object; NULL once tombstoned
	version        BIGINT NOT NULL,
	created_at     BIGINT NOT NULL,
	updated_at     BIGINT NOT NULL,
	deleted        BOOLEAN NOT NULL DEFAULT false,
	classification TEXT
);
CREATE INDEX records_controller ON records (controller, id);

-- One row per (subject, record): finds a data subject's records without a scan.
CREATE TABLE record_subjects (
	subject   TEXT NOT NULL,
	record_id TEXT NOT NULL REFERENCES records (id) ON DELETE CASCADE,
	PRIMARY KEY (subject, record_id)
);
CREATE INDEX record_subjects_record ON record_subjects (record_id);

-- Principals and the SHA-256 of their API tokens; the clear token is never stored.
CREATE TABLE principals (
	id           TEXT PRIMARY KEY,
	organisation TEXT NOT NULL,
	jurisdiction TEXT NOT NULL,
	roles        TEXT NOT NULL, -- JSON array
	token_hash   BYTEA NOT NULL UNIQUE,
	expires_at   BIGINT NOT NULL, -- 0: never
	revoked      BOOLEAN NOT NULL DEFAULT false,
	created_at   BIGINT NOT NULL
);

-- Which data subjects' records each requester received (SHA-256 digests).
CREATE TABLE releases (
	requester    TEXT NOT NULL,
	requester_in TEXT NOT NULL,
	home         TEXT NOT NULL,
	category     TEXT NOT NULL,
	subject      BYTEA NOT NULL,
	released_at  BIGINT NOT NULL,
	PRIMARY KEY (requester, requester_in, home, category, subject)
);
CREATE INDEX releases_window ON releases (requester, requester_in, home, released_at);

-- Judicial-assistance cases, with claims (see comity.Claim).
CREATE TABLE judicial_cases (
	id          TEXT PRIMARY KEY,
	state       TEXT NOT NULL,
	requesting  TEXT NOT NULL,
	holding     TEXT NOT NULL,
	agency      TEXT NOT NULL,
	due         BIGINT NOT NULL DEFAULT 0,
	updated     BIGINT NOT NULL,
	version     BIGINT NOT NULL,
	body        TEXT NOT NULL,
	claim_token TEXT,
	claim       TEXT,
	claim_body  TEXT
);
CREATE INDEX judicial_cases_state ON judicial_cases (state, updated);
CREATE INDEX judicial_cases_agency ON judicial_cases (agency, updated);
CREATE INDEX judicial_cases_claimed ON judicial_cases (claim_token) WHERE claim_token IS NOT NULL;

-- Production orders this node issued; executed_at is set once.
CREATE TABLE judicial_orders (
	case_id     TEXT PRIMARY KEY,
	digest      TEXT NOT NULL,
	expires     BIGINT NOT NULL,
	executed_at BIGINT
);

-- Transfer cases the gate held pending for the home state's authority.
CREATE TABLE transfers (
	id          TEXT PRIMARY KEY,
	state       TEXT NOT NULL,
	body        TEXT NOT NULL,
	created_at  BIGINT NOT NULL,
	updated_at  BIGINT NOT NULL,
	claim_token TEXT,
	claim       TEXT,
	claim_body  TEXT
);
CREATE INDEX transfers_state ON transfers (state, created_at);
CREATE INDEX transfers_claimed ON transfers (claim_token) WHERE claim_token IS NOT NULL;
