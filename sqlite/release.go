package sqlite

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"errors"
	"fmt"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/rulebook"
)

// Releases remembers which data subjects each requester received and counts
// them for the rulebooks' mass-collection limits. It implements
// comity.ReleaseLog.
type Releases struct{ db *DB }

var (
	_ comity.ReleaseLog = (*Releases)(nil)
	_ rulebook.Volume   = (*Releases)(nil)
)

// VolumeQuery asks how many distinct data subjects of records homed in Home
// a requester received since Since, counting those in Adding (by category)
// as received too.
type VolumeQuery = rulebook.VolumeQuery

// Volume is the answer to a VolumeQuery: people in total, in personal
// records and in sensitive-personal records, each counted once per group;
// the same to the destination state over every requester; and the new
// organisations near the threshold.
type Volume = rulebook.Counts

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
	requester := req.Requester.CountedAs()
	dest := req.Destination
	if dest == "" {
		dest = req.Requester.Jurisdiction
	}
	return r.db.inGroupTx(ctx, func(tx *sql.Tx) error {
		homes := map[comity.Jurisdiction]bool{}
		for _, rec := range records {
			if !homes[rec.Home] {
				homes[rec.Home] = true
				if _, err := tx.ExecContext(ctx, `INSERT INTO requesters (requester, home, requester_in, first_at)
					VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING`, requester, string(rec.Home), string(req.Requester.Jurisdiction), now); err != nil {
					return fmt.Errorf("remember requester: %w", err)
				}
			}
			for _, s := range rec.CountedSubjects() {
				if _, err := tx.ExecContext(ctx, `INSERT INTO flows (home, destination, category, subject, released_at)
					VALUES (?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET released_at = excluded.released_at`,
					string(rec.Home), string(dest), string(rec.Category), subjectDigest(s), now); err != nil {
					return fmt.Errorf("remember flow: %w", err)
				}
			}
			for _, s := range rec.CountedSubjects() {
				if _, err := tx.ExecContext(ctx, `INSERT INTO releases (requester, requester_in, home, category, subject, released_at)
					VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET released_at = excluded.released_at`,
					requester, string(req.Requester.Jurisdiction), string(rec.Home), string(rec.Category),
					subjectDigest(s), now); err != nil {
					return fmt.Errorf("remember release: %w", err)
				}
			}
		}
		return nil
	})
}

// DistinctSubjects counts the people received since q.Since plus those the
// request would add, by the requester as comity.CountedAs names it (its
// registered organisation, else its name normalised) through any node;
// q.RequesterIn is not part of the count.
func (r *Releases) DistinctSubjects(ctx context.Context, q VolumeQuery) (Volume, error) {
	// Per organisation, whichever node it asked through: the same
	// organisation asking through a second node gets no second allowance.
	rows, err := r.db.read.QueryContext(ctx, `SELECT category, subject FROM releases
		WHERE requester = ? AND home = ? AND released_at >= ?`,
		comity.CountedAs(q.Requester, q.Entity), string(q.Home), q.Since.UnixNano())
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
	v := Volume{Total: len(total), Personal: len(personal), Sensitive: len(sensitive)}
	if q.Destination != "" {
		if v.DestinationTotal, v.DestinationPersonal, v.DestinationSensitive, err = r.toDestination(ctx, q); err != nil {
			return Volume{}, err
		}
	}
	if q.NearPersonal > 0 {
		if v.Newcomers, err = r.newcomers(ctx, q, v.Personal); err != nil {
			return Volume{}, err
		}
	}
	return v, nil
}

// toDestination counts the home's people sent to q.Destination since
// q.Since by anyone, with those the request would add.
func (r *Releases) toDestination(ctx context.Context, q VolumeQuery) (total, personal, sensitive int, err error) {
	rows, err := r.db.read.QueryContext(ctx, `SELECT category, subject FROM flows
		WHERE home = ? AND destination = ? AND released_at >= ?`, string(q.Home), string(q.Destination), q.Since.UnixNano())
	if err != nil {
		return 0, 0, 0, fmt.Errorf("count flows: %w", err)
	}
	defer rows.Close()
	all, pers, sens := map[[32]byte]bool{}, map[[32]byte]bool{}, map[[32]byte]bool{}
	add := func(cat comity.Category, d [32]byte) {
		all[d] = true
		switch cat {
		case comity.CategoryPersonal:
			pers[d] = true
		case comity.CategorySensitivePersonal:
			sens[d] = true
		}
	}
	for rows.Next() {
		var (
			cat string
			sub []byte
		)
		if err := rows.Scan(&cat, &sub); err != nil {
			return 0, 0, 0, err
		}
		add(comity.Category(cat), [32]byte(sub))
	}
	if err := rows.Err(); err != nil {
		return 0, 0, 0, err
	}
	for cat, refs := range q.Adding {
		for _, ref := range refs {
			add(cat, sha256.Sum256([]byte(ref)))
		}
	}
	return len(all), len(pers), len(sens), nil
}

// newcomers counts the organisations of q.RequesterIn first served by the
// home since q.Since that received at least q.NearPersonal people in
// personal records; the requester itself counts with mine, its personal
// volume with this request.
func (r *Releases) newcomers(ctx context.Context, q VolumeQuery, mine int) (int, error) {
	self := comity.CountedAs(q.Requester, q.Entity)
	rows, err := r.db.read.QueryContext(ctx, `SELECT q.requester, COUNT(DISTINCT r.subject) FROM requesters q
		JOIN releases r ON r.requester = q.requester AND r.home = q.home
		WHERE q.home = ? AND q.requester_in = ? AND q.first_at >= ? AND q.requester != ?
			AND r.category = 'personal' AND r.released_at >= ?
		GROUP BY q.requester`,
		string(q.Home), string(q.RequesterIn), q.Since.UnixNano(), self, q.Since.UnixNano())
	if err != nil {
		return 0, fmt.Errorf("count new organisations: %w", err)
	}
	defer rows.Close()
	n := 0
	for rows.Next() {
		var (
			org    string
			people int
		)
		if err := rows.Scan(&org, &people); err != nil {
			return 0, err
		}
		if people >= q.NearPersonal {
			n++
		}
	}
	if err := rows.Err(); err != nil {
		return 0, err
	}
	if mine >= q.NearPersonal {
		var first int64
		err := r.db.read.QueryRowContext(ctx, `SELECT first_at FROM requesters WHERE requester = ? AND home = ?`,
			self, string(q.Home)).Scan(&first)
		if errors.Is(err, sql.ErrNoRows) || err == nil && first >= q.Since.UnixNano() {
			n++
		} else if err != nil {
			return 0, err
		}
	}
	return n, nil
}
