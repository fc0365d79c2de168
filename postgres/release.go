package postgres

import (
	"context"
	"crypto/sha256"
	"fmt"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/rulebook"
)

// Releases remembers which data subjects each requester received and counts
// them for the rulebooks' mass-collection limits. It implements
// comity.ReleaseLog and rulebook.Volume.
type Releases struct{ db *DB }

var (
	_ comity.ReleaseLog = (*Releases)(nil)
	_ rulebook.Volume   = (*Releases)(nil)
)

// Releases returns the database's release log.
func (db *DB) Releases() *Releases { return &Releases{db: db} }

// subjectDigest keeps subject references out of the table in the clear.
func subjectDigest(ref string) []byte {
	sum := sha256.Sum256([]byte(ref))
	return sum[:]
}

// Released implements comity.ReleaseLog, in one statement: the requester
// counted as comity.CountedAs names it, first served now if new; one row
// per (requester, home, category, subject) and per (home, destination,
// category, subject), stamped with the latest release.
func (r *Releases) Released(ctx context.Context, req *comity.AccessRequest, records []*comity.Record) error {
	dest := req.Destination
	if dest == "" {
		dest = req.Requester.Jurisdiction
	}
	var homes, cats []string
	var subjects [][]byte
	for _, rec := range records {
		for _, s := range rec.CountedSubjects() {
			homes, cats = append(homes, string(rec.Home)), append(cats, string(rec.Category))
			subjects = append(subjects, subjectDigest(s))
		}
	}
	var allHomes []string
	seen := map[comity.Jurisdiction]bool{}
	for _, rec := range records {
		if !seen[rec.Home] {
			seen[rec.Home] = true
			allHomes = append(allHomes, string(rec.Home))
		}
	}
	if len(allHomes) == 0 {
		return nil
	}
	// DISTINCT ON: a request naming one person twice must not make an
	// upsert touch one row twice, which PostgreSQL refuses.
	_, err := r.db.pool.Exec(ctx, `WITH u AS (SELECT DISTINCT ON (h, c, s) h, c, s FROM unnest($4::text[], $5::text[], $6::bytea[]) AS u (h, c, s)),
		q AS (INSERT INTO requesters (requester, home, requester_in, first_at)
			SELECT $1, h, $2, $3 FROM unnest($8::text[]) AS h ON CONFLICT DO NOTHING),
		f AS (INSERT INTO flows (home, destination, category, subject, released_at)
			SELECT h, $7, c, s, $3 FROM u ON CONFLICT (home, destination, category, subject) DO UPDATE SET released_at = excluded.released_at)
		INSERT INTO releases (requester, requester_in, home, category, subject, released_at)
		SELECT $1, $2, h, c, s, $3 FROM u
		ON CONFLICT (requester, requester_in, home, category, subject) DO UPDATE SET released_at = excluded.released_at`,
		req.Requester.CountedAs(), string(req.Requester.Jurisdiction), comity.Now().UnixNano(), homes, cats, subjects,
		string(dest), allHomes)
	if err != nil {
		return fmt.Errorf("remember release: %w", err)
	}
	return nil
}

// DistinctSubjects implements rulebook.Volume: the people received since
// q.Since by the requester (as comity.CountedAs names it, through any node)
// plus those the request would add; with q.Destination, the same over
// every requester to that state; with q.NearPersonal, the new organisations
// of q.RequesterIn near the threshold. Counted in the database.
func (r *Releases) DistinctSubjects(ctx context.Context, q rulebook.VolumeQuery) (rulebook.Counts, error) {
	var cats []string
	var subjects [][]byte
	for cat, refs := range q.Adding {
		for _, ref := range refs {
			cats, subjects = append(cats, string(cat)), append(subjects, subjectDigest(ref))
		}
	}
	self := comity.CountedAs(q.Requester, q.Entity)
	var c rulebook.Counts
	err := r.db.pool.QueryRow(ctx, `WITH s (category, subject) AS (
			SELECT category, subject FROM releases
			WHERE requester = $1 AND home = $2 AND released_at >= $3
			UNION SELECT * FROM unnest($4::text[], $5::bytea[]))
		SELECT count(DISTINCT subject),
			count(DISTINCT subject) FILTER (WHERE category = $6),
			count(DISTINCT subject) FILTER (WHERE category = $7) FROM s`,
		self, string(q.Home), q.Since.UnixNano(), cats, subjects,
		string(comity.CategoryPersonal), string(comity.CategorySensitivePersonal)).Scan(&c.Total, &c.Personal, &c.Sensitive)
	if err != nil {
		return rulebook.Counts{}, fmt.Errorf("count released subjects: %w", err)
	}
	if q.Destination != "" {
		err := r.db.pool.QueryRow(ctx, `WITH s (category, subject) AS (
				SELECT category, subject FROM flows
				WHERE home = $1 AND destination = $2 AND released_at >= $3
				UNION SELECT * FROM unnest($4::text[], $5::bytea[]))
			SELECT count(DISTINCT subject),
				count(DISTINCT subject) FILTER (WHERE category = $6),
				count(DISTINCT subject) FILTER (WHERE category = $7) FROM s`,
			string(q.Home), string(q.Destination), q.Since.UnixNano(), cats, subjects,
			string(comity.CategoryPersonal), string(comity.CategorySensitivePersonal)).
			Scan(&c.DestinationTotal, &c.DestinationPersonal, &c.DestinationSensitive)
		if err != nil {
			return rulebook.Counts{}, fmt.Errorf("count flows: %w", err)
		}
	}
	if q.NearPersonal > 0 {
		// Other new organisations of the requester's state near the
		// threshold, and the requester itself (new, or not yet served) if
		// this request takes it there.
		var others int
		var first *int64
		err := r.db.pool.QueryRow(ctx, `SELECT
				(SELECT count(*) FROM (SELECT q.requester FROM requesters q
					JOIN releases r ON r.requester = q.requester AND r.home = q.home
					WHERE q.home = $1 AND q.requester_in = $2 AND q.first_at >= $3 AND q.requester != $4
						AND r.category = 'personal' AND r.released_at >= $3
					GROUP BY q.requester HAVING count(DISTINCT r.subject) >= $5) n),
				(SELECT first_at FROM requesters WHERE requester = $4 AND home = $1)`,
			string(q.Home), string(q.RequesterIn), q.Since.UnixNano(), self, q.NearPersonal).Scan(&others, &first)
		if err != nil {
			return rulebook.Counts{}, fmt.Errorf("count new organisations: %w", err)
		}
		c.Newcomers = others
		if c.Personal >= q.NearPersonal && (first == nil || *first >= q.Since.UnixNano()) {
			c.Newcomers++
		}
	}
	return c, nil
}
