-- Data kinds (comity.DataKind) of each record, a JSON array; and, beside
-- releases, which people of each home each requester received in records
-- of each kind, so that rulebooks count volume per kind (28 CFR 202 sets a
-- threshold for each). Subjects are SHA-256 digests, as in releases.
ALTER TABLE records ADD COLUMN kinds TEXT NOT NULL DEFAULT '[]';
CREATE TABLE release_kinds (
	requester   TEXT NOT NULL,
	home        TEXT NOT NULL,
	kind        TEXT NOT NULL,
	subject     BYTEA NOT NULL,
	released_at BIGINT NOT NULL,
	PRIMARY KEY (requester, home, kind, subject)
);
CREATE INDEX release_kinds_window ON release_kinds (requester, home, released_at);
