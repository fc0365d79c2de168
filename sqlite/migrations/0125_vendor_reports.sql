-- Vendors' reports of vulnerabilities to their home state's authority, and
-- the node's alarms for reports that came due unfiled (issue 12).
CREATE TABLE vulnerability_reports (
	seq           INTEGER PRIMARY KEY AUTOINCREMENT,
	advisory      TEXT NOT NULL,
	vulnerability TEXT NOT NULL,
	stage         TEXT NOT NULL,
	body          TEXT NOT NULL,
	UNIQUE (advisory, vulnerability, stage)
);
CREATE TABLE vulnerability_report_alarms (
	seq           INTEGER PRIMARY KEY AUTOINCREMENT,
	advisory      TEXT NOT NULL,
	vulnerability TEXT NOT NULL,
	stage         TEXT NOT NULL,
	body          TEXT NOT NULL,
	UNIQUE (advisory, vulnerability, stage)
);
