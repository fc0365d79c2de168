-- Transfer cases: requests the gate held pending for the home state's
-- authority. The case is kept as JSON; state and times are columns for
-- listing.
CREATE TABLE transfers (
	id         TEXT PRIMARY KEY,
	state      TEXT NOT NULL,
	body       TEXT NOT NULL,
	created_at INTEGER NOT NULL,
	updated_at INTEGER NOT NULL
);
CREATE INDEX transfers_state ON transfers (state, created_at);
