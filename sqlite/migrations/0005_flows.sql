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
