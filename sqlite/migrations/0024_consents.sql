-- Consents the controllers of this node's records keep for their data
-- subjects (comity.Consent). They never leave the node; the gate reads
-- them by controller and subject. Times are Unix nanoseconds;
-- withdrawn_at is NULL while the consent stands.
CREATE TABLE consents (
	id           TEXT PRIMARY KEY,
	controller   TEXT NOT NULL,
	subject      TEXT NOT NULL,
	kind         TEXT NOT NULL,
	purpose      TEXT NOT NULL,
	recipient    TEXT NOT NULL,
	destination  TEXT NOT NULL,
	notice       TEXT NOT NULL,
	given_at     INTEGER NOT NULL,
	withdrawn_at INTEGER
);
CREATE INDEX consents_subject ON consents (controller, subject);
CREATE INDEX consents_controller ON consents (controller, id);
