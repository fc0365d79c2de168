-- Collection by a state: which people of each home went to each
-- destination state, over every requester, and when last. Subjects are
-- SHA-256 digests of their references, as in releases.
CREATE TABLE flows (
	home        TEXT NOT NULL,
	destination TEXT NOT NULL,
	category    TEXT NOT NULL,
	subject     BLOB NOT NULL,
	released_at INTEGER NOT NULL,
	PRIMARY KEY (home, destination, category, subject)
) WITHOUT ROWID;
CREATE INDEX flows_window ON flows (home, destination, released_at);

-- When the home first released anything to each organisation (compared
-- normalised, as releases.requester), and the state it is established in:
-- many new organisations of one state each collecting just under a
-- threshold look like one collector.
CREATE TABLE requesters (
	requester    TEXT NOT NULL,
	home         TEXT NOT NULL,
	requester_in TEXT NOT NULL,
	first_at     INTEGER NOT NULL,
	PRIMARY KEY (requester, home)
) WITHOUT ROWID;
CREATE INDEX requesters_new ON requesters (home, requester_in, first_at);
CREATE INDEX releases_requester ON releases (requester, home, released_at);
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
