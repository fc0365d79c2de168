-- Advisories published at this node (each revision), customers' SBOMs and
-- their components indexed by identity key, notifications with their
-- openings, and the webhook outbox. Numbered apart from the other
-- migrations so that work merged in parallel does not collide.
CREATE TABLE advisory_publications (
	seq       INTEGER PRIMARY KEY AUTOINCREMENT,
	node      TEXT NOT NULL,
	id        TEXT NOT NULL,
	version   TEXT NOT NULL,
	vendor    TEXT NOT NULL,
	format    TEXT NOT NULL,
	digest    TEXT NOT NULL,
	published TEXT NOT NULL,
	updated   TEXT NOT NULL,
	logged    INTEGER NOT NULL,
	log_index INTEGER NOT NULL,
	receipt   TEXT NOT NULL,
	document  BLOB NOT NULL,
	UNIQUE (id, version)
);
CREATE TABLE sboms (
	id         INTEGER PRIMARY KEY,
	owner      TEXT NOT NULL,
	name       TEXT NOT NULL,
	registered INTEGER NOT NULL,
	document   BLOB NOT NULL
);
CREATE TABLE sbom_components (
	id      INTEGER PRIMARY KEY,
	sbom    INTEGER NOT NULL REFERENCES sboms (id),
	ref     TEXT NOT NULL,
	name    TEXT NOT NULL,
	version TEXT NOT NULL,
	purl    TEXT NOT NULL,
	cpe     TEXT NOT NULL
);
CREATE INDEX sbom_components_sbom ON sbom_components (sbom);
CREATE TABLE sbom_keys (
	key       TEXT NOT NULL,
	component INTEGER NOT NULL,
	PRIMARY KEY (key, component)
) WITHOUT ROWID;
CREATE TABLE notification_state (
	key         TEXT PRIMARY KEY,
	fingerprint TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE notifications (
	id      TEXT PRIMARY KEY,
	owner   TEXT NOT NULL,
	created INTEGER NOT NULL,
	logged  INTEGER NOT NULL DEFAULT 0,
	body    TEXT NOT NULL
);
CREATE INDEX notifications_owner ON notifications (owner, created);
CREATE INDEX notifications_unlogged ON notifications (logged) WHERE logged = 0;
CREATE TABLE webhooks (
	owner  TEXT PRIMARY KEY,
	url    TEXT NOT NULL,
	secret BLOB NOT NULL
);
CREATE TABLE webhook_outbox (
	id           INTEGER PRIMARY KEY,
	notification TEXT NOT NULL REFERENCES notifications (id),
	url          TEXT NOT NULL,
	secret       BLOB NOT NULL,
	attempts     INTEGER NOT NULL DEFAULT 0,
	due          INTEGER NOT NULL,
	last_error   TEXT NOT NULL DEFAULT '',
	delivered    INTEGER
);
CREATE INDEX webhook_outbox_due ON webhook_outbox (due) WHERE delivered IS NULL;
