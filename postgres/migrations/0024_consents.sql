-- Consents the controllers of this node's records keep for their data
-- subjects (see sqlite/migrations/0024_consents.sql).
CREATE TABLE consents (
	id           TEXT PRIMARY KEY,
	controller   TEXT NOT NULL,
	subject      TEXT NOT NULL,
	kind         TEXT NOT NULL,
	purpose      TEXT NOT NULL,
	recipient    TEXT NOT NULL,
	destination  TEXT NOT NULL,
	notice       TEXT NOT NULL,
	given_at     BIGINT NOT NULL,
	withdrawn_at BIGINT
);
CREATE INDEX consents_subject ON consents (controller, subject);
CREATE INDEX consents_controller ON consents (controller, id);
