-- Vendor release transparency (see sqlite/migrations/0011_vendor_releases.sql):
-- registered vendor keys and the releases logged at this node, as JSON.
CREATE TABLE vendor_keys (
	keyid TEXT PRIMARY KEY,
	seq   BIGINT NOT NULL,
	body  TEXT NOT NULL
);
CREATE TABLE vendor_releases (
	product TEXT NOT NULL,
	version TEXT NOT NULL,
	seq     BIGINT NOT NULL,
	body    TEXT NOT NULL,
	PRIMARY KEY (product, version)
);
CREATE INDEX vendor_releases_seq ON vendor_releases (product, seq);
