-- Vendor release transparency (issue 11): registered vendor keys and the
-- releases logged at this node, indexed for the checks publishing needs.
-- The ledger is the record; these tables are kept as JSON with the keys
-- the checks look up. Numbered after the issue to stay clear of parallel
-- migrations; versions are applied by number, gaps are fine.
CREATE TABLE vendor_keys (
	keyid TEXT PRIMARY KEY,
	seq   INTEGER NOT NULL,
	body  TEXT NOT NULL
);
CREATE TABLE vendor_releases (
	product TEXT NOT NULL,
	version TEXT NOT NULL,
	seq     INTEGER NOT NULL,
	body    TEXT NOT NULL,
	PRIMARY KEY (product, version)
);
CREATE INDEX vendor_releases_seq ON vendor_releases (product, seq);
