package postgres

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/advisory"
)

var _ advisory.DutyStore = (*AdvisoryStore)(nil)

// SaveReport implements advisory.DutyStore.
func (s *AdvisoryStore) SaveReport(ctx context.Context, r *advisory.Report) error {
	return s.saveDuty(ctx, "vulnerability_reports", r.Advisory, r.Vulnerability, r.Stage, r)
}

// SaveAlarm implements advisory.DutyStore.
func (s *AdvisoryStore) SaveAlarm(ctx context.Context, a *advisory.Alarm) error {
	return s.saveDuty(ctx, "vulnerability_report_alarms", a.Advisory, a.Vulnerability, a.Stage, a)
}

// UpdateAlarm implements advisory.DutyStore.
func (s *AdvisoryStore) UpdateAlarm(ctx context.Context, a *advisory.Alarm) error {
	body, err := json.Marshal(a)
	if err != nil {
		return err
	}
	_, err = s.db.pool.Exec(ctx, `UPDATE vulnerability_report_alarms SET body = $1 WHERE advisory = $2 AND vulnerability = $3 AND stage = $4`,
		string(body), a.Advisory, a.Vulnerability, a.Stage)
	return err
}

func (s *AdvisoryStore) saveDuty(ctx context.Context, table, adv, vuln, stage string, v any) error {
	body, err := json.Marshal(v)
	if err != nil {
		return err
	}
	_, err = s.db.pool.Exec(ctx, `INSERT INTO `+table+` (advisory, vulnerability, stage, body) VALUES ($1, $2, $3, $4)`, adv, vuln, stage, string(body))
	if uniqueViolation(err) {
		return comity.Errorf(comity.ECONFLICT, "%s of %s in %s is recorded already", stage, vuln, adv)
	}
	return err
}

// Reports implements advisory.DutyStore.
func (s *AdvisoryStore) Reports(ctx context.Context) ([]*advisory.Report, error) {
	return listDuty[advisory.Report](ctx, s, "vulnerability_reports")
}

// Alarms implements advisory.DutyStore.
func (s *AdvisoryStore) Alarms(ctx context.Context) ([]*advisory.Alarm, error) {
	return listDuty[advisory.Alarm](ctx, s, "vulnerability_report_alarms")
}

func listDuty[T any](ctx context.Context, s *AdvisoryStore, table string) ([]*T, error) {
	rows, err := s.db.pool.Query(ctx, `SELECT body FROM `+table+` ORDER BY seq`)
	if err != nil {
		return nil, fmt.Errorf("list %s: %w", table, err)
	}
	defer rows.Close()
	var out []*T
	for rows.Next() {
		var body string
		if err := rows.Scan(&body); err != nil {
			return nil, err
		}
		v := new(T)
		if err := json.Unmarshal([]byte(body), v); err != nil {
			return nil, fmt.Errorf("decode %s: %w", table, err)
		}
		out = append(out, v)
	}
	return out, rows.Err()
}
