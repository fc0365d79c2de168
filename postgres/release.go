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

// Released implements comity.ReleaseLog: one row per (requester, home,
// category, subject), stamped with the latest release, in one statement.
func (r *Releases) Released(ctx context.Context, req *comity.AccessRequest, records []*comity.Record) error {
	var homes, cats []string
	var subjects [][]byte
	for _, rec := range records {
		for _, s := range rec.Subjects {
			homes, cats = append(homes, string(rec.Home)), append(cats, string(rec.Category))
			subjects = append(subjects, subjectDigest(s))
		}
	}
	if len(subjects) == 0 {
		return nil
	}
	// DISTINCT ON: a request naming one person twice must not make the
	// upsert touch one row twice, which PostgreSQL refuses.
	_, err := r.db.pool.Exec(ctx, `INSERT INTO releases (requester, requester_in, home, category, subject, released_at)
		SELECT DISTINCT ON (h, c, s) $1, $2, h, c, s, $3 FROM unnest($4::text[], $5::text[], $6::bytea[]) AS u (h, c, s)
		ON CONFLICT (requester, requester_in, home, category, subject) DO UPDATE SET released_at = excluded.released_at`,
		req.Requester.Organisation, string(req.Requester.Jurisdiction), comity.Now().UnixNano(), homes, cats, subjects)
	if err != nil {
		return fmt.Errorf("remember release: %w", err)
	}
	return nil
}

// DistinctSubjects implements rulebook.Volume: the people received since
// q.Since plus those the request would add, counted in the database.
func (r *Releases) DistinctSubjects(ctx context.Context, q rulebook.VolumeQuery) (rulebook.Counts, error) {
	var cats []string
	var subjects [][]byte
	for cat, refs := range q.Adding {
		for _, ref := range refs {
			cats, subjects = append(cats, string(cat)), append(subjects, subjectDigest(ref))
		}
	}
	var c rulebook.Counts
	err := r.db.pool.QueryRow(ctx, `WITH s (category, subject) AS (
			SELECT category, subject FROM releases
			WHERE requester = $1 AND requester_in = $2 AND home = $3 AND released_at >= $4
			UNION SELECT * FROM unnest($5::text[], $6::bytea[]))
		SELECT count(DISTINCT subject),
			count(DISTINCT subject) FILTER (WHERE category = $7),
			count(DISTINCT subject) FILTER (WHERE category = $8) FROM s`,
		q.Requester, string(q.RequesterIn), string(q.Home), q.Since.UnixNano(), cats, subjects,
		string(comity.CategoryPersonal), string(comity.CategorySensitivePersonal)).Scan(&c.Total, &c.Personal, &c.Sensitive)
	if err != nil {
		return rulebook.Counts{}, fmt.Errorf("count released subjects: %w", err)
	}
	return c, nil
}
