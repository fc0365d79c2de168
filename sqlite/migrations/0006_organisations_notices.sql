-- Organisations registered at this node under a stable identifier (an LEI
-- or a state's registration number, normalised); principals name the one
-- they act for, and volume limits count by it.
CREATE TABLE organisations (
	id            TEXT PRIMARY KEY,
	name          TEXT NOT NULL,
	jurisdiction  TEXT NOT NULL,
	registered_at INTEGER NOT NULL,
	registered_by TEXT NOT NULL
);
ALTER TABLE principals ADD COLUMN entity TEXT NOT NULL DEFAULT '';

-- Notices to the state's data-protection authority of releases its
-- rulebook says it must know of at once (JSON comity.Notice), for the
-- console; each is also a ledger entry.
CREATE TABLE notices (
	seq  INTEGER PRIMARY KEY AUTOINCREMENT,
	at   INTEGER NOT NULL,
	body TEXT NOT NULL
);
