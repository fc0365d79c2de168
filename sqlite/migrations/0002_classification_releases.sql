-- What the classifier found in each record on ingest (JSON: detected
-- category, field paths and kinds, whether the controller overrode it).
ALTER TABLE records ADD COLUMN classification TEXT;

-- Which data subjects' records each requester received, per home and
-- category, and when last: the cumulative volume that mass-collection rules
-- count. Subjects are SHA-256 digests of their references.
CREATE TABLE releases (
	requester    TEXT NOT NULL,
	requester_in TEXT NOT NULL,
	home         TEXT NOT NULL,
	category     TEXT NOT NULL,
	subject      BLOB NOT NULL,
	released_at  INTEGER NOT NULL,
	PRIMARY KEY (requester, requester_in, home, category, subject)
) WITHOUT ROWID;
CREATE INDEX releases_window ON releases (requester, requester_in, home, released_at);
