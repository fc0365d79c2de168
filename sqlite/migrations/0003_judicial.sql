-- Judicial-assistance cases: this node's copy of each case it filed or
-- received, as JSON, with the columns that lists filter on.
CREATE TABLE judicial_cases (
	id         TEXT PRIMARY KEY,
	state      TEXT NOT NULL,
	requesting TEXT NOT NULL,
	holding    TEXT NOT NULL,
	agency     TEXT NOT NULL,
	due        INTEGER NOT NULL DEFAULT 0,
	updated    INTEGER NOT NULL,
	version    INTEGER NOT NULL,
	body       TEXT NOT NULL
);
CREATE INDEX judicial_cases_state ON judicial_cases (state, updated);
CREATE INDEX judicial_cases_agency ON judicial_cases (agency, updated);

-- Production orders this node issued, by digest. executed_at is set once,
-- atomically, when an order is executed: a second execution finds it set.
CREATE TABLE judicial_orders (
	case_id     TEXT PRIMARY KEY,
	digest      TEXT NOT NULL,
	expires     INTEGER NOT NULL,
	executed_at INTEGER
);
