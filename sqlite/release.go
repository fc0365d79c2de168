package sqlite

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"fmt"
	"time"

	"github.com/comity-project/comity"
)

// Releases remembers which data subjects each requester received and counts
// them for the rulebooks' mass-collection limits. It implements
// comity.ReleaseLog.
type Releases struct{ db *DB }

var _ comity.ReleaseLog = (*Releases)(nil)

// VolumeQuery asks how many distinct data subjects of records homed in Home
// a requester received since Since, counting those in Adding (by category)
// as received too.
type VolumeQuery struct {
	Requester   string
	RequesterIn comity.Jurisdiction
	Home        comity.Jurisdiction
	Since       time.Time
	Adding      map[comity.Category][]string
}

// Volume is the answer to a VolumeQuery: people in total, in personal
// records and in sensitive-personal records, each counted once per group.
type Volume struct{ Total, Personal, Sensitive int }

// Releases returns the database's release log.
func (db *DB) Releases() *Releases { return &Releases{db: db} }

// subjectDigest keeps subject references out of the table in the clear.
func subjectDigest(ref string) []byte {
	sum := sha256.Sum256([]byte(ref))
	return sum[:]
}

// Released implements comity.ReleaseLog: one row per (requester, home,
// category, subject), stamped with the latest release.
func (r *Releases) Released(ctx context.Context, req *comity.AccessRequest, records []*comity.Record) error {
	now := comity.Now().UnixNano()
	return r.db.inGroupTx(ctx, func(tx *sql.Tx) error {
		for _, rec := range records {
			for _, s := range rec.CountedSubjects() {
				if _, err := tx.ExecContext(ctx, `INSERT INTO releases (requester, requester_in, home, category, subject, released_at)
					VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET released_at = excluded.released_at`,
					comity.OrganisationKey(req.Requester.Organisation), string(req.Requester.Jurisdiction), string(rec.Home), string(rec.Category),
					subjectDigest(s), now); err != nil {
					return fmt.Errorf("remember release: %w", err)
				}
			}
		}
		return nil
	})
}

// DistinctSubjects counts the people received since q.Since plus those the
// request would add, by the organisation q.Requester (compared by
// comity.OrganisationKey) through any node; q.RequesterIn is not part of
// the count.
func (r *Releases) DistinctSubjects(ctx context.Context, q VolumeQuery) (Volume, error) {
	// Per organisation, whichever node it asked through: the same
	// organisation asking through a second node gets no second allowance.
	rows, err := r.db.read.QueryContext(ctx, `SELECT category, subject FROM releases
		WHERE requester = ? AND home = ? AND released_at >= ?`,
		comity.OrganisationKey(q.Requester), string(q.Home), q.Since.UnixNano())
	if err != nil {
		return Volume{}, fmt.Errorf("count released subjects: %w", err)
	}
	defer rows.Close()
	var (
		total     = map[[32]byte]bool{}
		personal  = map[[32]byte]bool{}
		sensitive = map[[32]byte]bool{}
	)
	add := func(cat comity.Category, d [32]byte) {
		total[d] = true
		switch cat {
		case comity.CategoryPersonal:
			personal[d] = true
		case comity.CategorySensitivePersonal:
			sensitive[d] = true
		}
	}
	for rows.Next() {
		var (
			cat string
			sub []byte
		)
		if err := rows.Scan(&cat, &sub); err != nil {
			return Volume{}, err
		}
		add(comity.Category(cat), [32]byte(sub))
	}
	if err := rows.Err(); err != nil {
		return Volume{}, err
	}
	for cat, refs := range q.Adding {
		for _, ref := range refs {
			add(cat, sha256.Sum256([]byte(ref)))
		}
	}
	return Volume{Total: len(total), Personal: len(personal), Sensitive: len(sensitive)}, nil
}
