-- Records homed in this node's jurisdiction. Times are Unix nanoseconds (UTC).
CREATE TABLE records (
	id         TEXT PRIMARY KEY,
	home       TEXT NOT NULL,
	controller TEXT NOT NULL,
	category   TEXT NOT NULL,
	subjects   TEXT NOT NULL DEFAULT '[]', -- JSON array of subject references
	fields     BLOB,                       -- compact JSON object; NULL once tombstoned
	version    INTEGER NOT NULL,
	created_at INTEGER NOT NULL,
	updated_at INTEGER NOT NULL,
	deleted    INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE INDEX records_controller ON records (controller, id);

-- One row per (subject, record): finds a data subject's records without a scan.
CREATE TABLE record_subjects (
	subject   TEXT NOT NULL,
	record_id TEXT NOT NULL REFERENCES records (id) ON DELETE CASCADE,
	PRIMARY KEY (subject, record_id)
) WITHOUT ROWID;

-- Principals and the SHA-256 of their API tokens; the clear token is never stored.
CREATE TABLE principals (
	id           TEXT PRIMARY KEY,
	organisation TEXT NOT NULL,
	jurisdiction TEXT NOT NULL,
	roles        TEXT NOT NULL, -- JSON array
	token_hash   BLOB NOT NULL UNIQUE,
	expires_at   INTEGER NOT NULL, -- 0: never
	revoked      INTEGER NOT NULL DEFAULT 0,
	created_at   INTEGER NOT NULL
);
