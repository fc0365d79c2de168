package advisory

import (
	"context"
	"slices"
	"strconv"
	"time"

	"github.com/comity-project/comity"
)

// Report is a vendor's report of a vulnerability to its home state's
// authority, filed at its home node and logged there.
type Report struct {
	Vendor        string          `json:"vendor"`
	Advisory      string          `json:"advisory"`
	Vulnerability string          `json:"vulnerability"`
	Stage         string          `json:"stage"`
	Filed         time.Time       `json:"filed"`
	Due           *time.Time      `json:"due,omitempty"` // nil for a remedy-counted stage filed before any remedy
	OnTime        bool            `json:"on_time"`
	LogIndex      uint64          `json:"log_index"`
	Receipt       *comity.Receipt `json:"receipt"`
}

// Alarm is the node's logged finding that a report came due unfiled.
//
// An alarm is stored, with a claim, before it is logged, and the store
// holds at most one per stage of a vulnerability: so however the node
// stops, the alarm is logged once. One whose logging did not finish is
// settled by the claim: if its entry is on the log it is taken as logged
// there (its index found, its receipt lost with the process that held it);
// if not, it is logged then.
type Alarm struct {
	Vendor        string          `json:"vendor"`
	Advisory      string          `json:"advisory"`
	Vulnerability string          `json:"vulnerability"`
	Stage         string          `json:"stage"`
	Due           time.Time       `json:"due"`
	Raised        time.Time       `json:"raised"`
	LogIndex      uint64          `json:"log_index"`
	Receipt       *comity.Receipt `json:"receipt"`
	// Claim is carried by the alarm's entry (Detail "claim").
	Claim *comity.Claim `json:"claim,omitempty"`
	// Logged is true once the entry is known to be on the log.
	Logged bool `json:"logged,omitempty"`
}

// onLog reports whether the alarm's entry is known to be logged (alarms
// stored before claims were kept have a receipt and no Logged).
func (a *Alarm) onLog() bool { return a.Logged || a.Receipt != nil }

// Obligation is one report a vendor owes for one vulnerability of an
// advisory it published at this node, and what became of it.
type Obligation struct {
	Vendor        string     `json:"vendor"`
	Advisory      string     `json:"advisory"`
	Vulnerability string     `json:"vulnerability"`
	Stage         string     `json:"stage"`
	Aware         time.Time  `json:"aware"`            // the first logged revision naming it
	Remedy        *time.Time `json:"remedy,omitempty"` // the first logged revision offering a remedy
	Due           *time.Time `json:"due,omitempty"`    // nil until a remedy-counted stage has a remedy
	// State is "pending" (not due yet), "on_time", "late" (filed after
	// the deadline) or "overdue" (not filed, deadline passed).
	State  string  `json:"state"`
	Report *Report `json:"report,omitempty"`
	Alarm  *Alarm  `json:"alarm,omitempty"`
}

// Obligation states.
const (
	DutyPending = "pending"
	DutyOnTime  = "on_time"
	DutyLate    = "late"
	DutyOverdue = "overdue"
)

// DutyStore keeps vendors' reports and the node's overdue alarms.
type DutyStore interface {
	// SaveReport stores a logged report; ECONFLICT when that stage of that
	// vulnerability is reported already.
	SaveReport(ctx context.Context, r *Report) error
	// Reports lists every report, oldest first.
	Reports(ctx context.Context) ([]*Report, error)
	// SaveAlarm stores a new alarm (before it is logged); ECONFLICT when
	// that stage of that vulnerability has one already.
	SaveAlarm(ctx context.Context, a *Alarm) error
	// UpdateAlarm replaces the alarm of a's stage of a's vulnerability.
	UpdateAlarm(ctx context.Context, a *Alarm) error
	// Alarms lists every alarm, oldest first.
	Alarms(ctx context.Context) ([]*Alarm, error)
}

func (s *Service) now() time.Time {
	if s.cfg.Now != nil {
		return s.cfg.Now().UTC()
	}
	return comity.Now()
}

func (s *Service) duties() Duties {
	if s.cfg.Duties == nil {
		return Duties{}
	}
	return s.cfg.Duties()
}

type dutyKey struct{ advisory, vulnerability, stage string }

// Obligations lists, for every advisory a vendor published at this node,
// each report the home rulebook requires and its state at now. vendor ""
// lists every vendor's.
func (s *Service) Obligations(ctx context.Context, vendor string) ([]*Obligation, error) {
	return s.obligations(ctx, vendor, false)
}

// obligations is Obligations, with alarms not yet known to be logged when
// pending.
func (s *Service) obligations(ctx context.Context, vendor string, pending bool) ([]*Obligation, error) {
	d := s.duties()
	if len(d.List) == 0 || s.cfg.DutyStore == nil {
		return []*Obligation{}, nil
	}
	pubs, err := s.cfg.Store.Publications(ctx)
	if err != nil {
		return nil, err
	}
	type vuln struct {
		vendor, advisory, id string
		aware                time.Time
		remedy               *time.Time
		exploited            bool
	}
	seen := map[[2]string]*vuln{}
	var order []*vuln
	for _, p := range pubs {
		if p.Node != s.cfg.Node || (vendor != "" && p.Vendor != vendor) {
			continue // followed from another node: its vendor reports at home
		}
		a, err := s.parse(p)
		if err != nil {
			return nil, err
		}
		for _, v := range a.Vulnerabilities {
			k := [2]string{a.ID, v.ID}
			x := seen[k]
			if x == nil {
				x = &vuln{vendor: p.Vendor, advisory: a.ID, id: v.ID, aware: p.Logged}
				seen[k] = x
				order = append(order, x)
			}
			if v.Exploited != "" {
				x.exploited = true
			}
			if x.remedy == nil && v.hasRemedy() {
				t := p.Logged
				x.remedy = &t
			}
		}
	}
	reports, err := s.cfg.DutyStore.Reports(ctx)
	if err != nil {
		return nil, err
	}
	alarms, err := s.cfg.DutyStore.Alarms(ctx)
	if err != nil {
		return nil, err
	}
	byReport := map[dutyKey]*Report{}
	for _, r := range reports {
		byReport[dutyKey{r.Advisory, r.Vulnerability, r.Stage}] = r
	}
	byAlarm := map[dutyKey]*Alarm{}
	for _, a := range alarms {
		byAlarm[dutyKey{a.Advisory, a.Vulnerability, a.Stage}] = a
	}
	now := s.now()
	out := []*Obligation{}
	for _, x := range order {
		if d.ExploitedOnly && !x.exploited {
			continue
		}
		for _, duty := range d.List {
			o := &Obligation{Vendor: x.vendor, Advisory: x.advisory, Vulnerability: x.id, Stage: duty.Stage,
				Aware: x.aware, Remedy: x.remedy, State: DutyPending}
			if !duty.FromRemedy {
				due := x.aware.Add(duty.Within)
				o.Due = &due
			} else if x.remedy != nil {
				due := x.remedy.Add(duty.Within)
				o.Due = &due
			}
			k := dutyKey{x.advisory, x.id, duty.Stage}
			o.Report, o.Alarm = byReport[k], byAlarm[k]
			if o.Alarm != nil && !o.Alarm.onLog() && !pending {
				o.Alarm = nil // not on the log yet: not shown as raised
			}
			switch {
			case o.Report != nil && (o.Due == nil || !o.Report.Filed.After(*o.Due)):
				o.State = DutyOnTime
			case o.Report != nil:
				o.State = DutyLate
			case o.Due != nil && now.After(*o.Due):
				o.State = DutyOverdue
			}
			out = append(out, o)
		}
	}
	return out, nil
}

// FileReport logs and keeps a vendor's report of one stage for one
// vulnerability of an advisory it published at this node. Filing the same
// stage again returns the first report and created false.
func (s *Service) FileReport(ctx context.Context, vendor *comity.Principal, advisoryID, vulnerability, stage string) (r *Report, created bool, err error) {
	if !vendor.Has(comity.RoleVendor) {
		return nil, false, comity.Errorf(comity.EFORBIDDEN, "only a vendor reports its vulnerabilities")
	}
	if _, ok := s.duties().Duty(stage); !ok {
		return nil, false, comity.Errorf(comity.EINVALID, "stage %q: the home rulebook requires %s", stage, stageNames(s.duties()))
	}
	obs, err := s.Obligations(ctx, "")
	if err != nil {
		return nil, false, err
	}
	i := slices.IndexFunc(obs, func(o *Obligation) bool {
		return o.Advisory == advisoryID && o.Vulnerability == vulnerability && o.Stage == stage
	})
	if i < 0 {
		return nil, false, comity.Errorf(comity.ENOTFOUND, "no duty to report %s of %s here: it names no such vulnerability, was not published at this node, or is outside the rulebook's scope", vulnerability, advisoryID)
	}
	o := obs[i]
	if o.Vendor != vendor.ID {
		return nil, false, comity.Errorf(comity.EFORBIDDEN, "%s is published by another vendor", advisoryID)
	}
	if o.Report != nil {
		return o.Report, false, nil
	}
	now := s.now()
	r = &Report{Vendor: vendor.ID, Advisory: advisoryID, Vulnerability: vulnerability, Stage: stage, Filed: now, Due: o.Due,
		OnTime: o.Due == nil || !now.After(*o.Due)}
	detail := map[string]string{"advisory": advisoryID, "vulnerability": vulnerability, "stage": stage, "on_time": strconv.FormatBool(r.OnTime)}
	if o.Due != nil {
		detail["due"] = o.Due.Format(time.RFC3339)
	}
	rc, err := s.cfg.Ledger.Commit(ctx, &comity.Entry{Kind: EntryReport, Time: now, Node: s.cfg.Node,
		Requester: vendor.ID, RequesterIn: vendor.Jurisdiction, Detail: detail})
	if err != nil {
		return nil, false, err
	}
	r.LogIndex, r.Receipt = rc.Index, rc
	if err := s.cfg.DutyStore.SaveReport(ctx, r); err != nil {
		return nil, false, err
	}
	return r, true, nil
}

func stageNames(d Duties) string {
	if len(d.List) == 0 {
		return "no reports"
	}
	s := ""
	for i, o := range d.List {
		if i > 0 {
			s += ", "
		}
		s += o.Stage
	}
	return s
}

// ClaimSearch finds the node's own log entries by claim (ledger.Log).
type ClaimSearch interface {
	// Size returns how many entries the log holds durably.
	Size(ctx context.Context) (uint64, error)
	// FindClaim returns the index of the entry at from or later whose
	// Detail["claim"] is token.
	FindClaim(ctx context.Context, from uint64, token string) (index uint64, found bool, err error)
}

// CheckDuties raises an alarm for every report that came due unfiled and
// has none yet: an "vulnerability_report_overdue" entry on the log, kept
// for the report, a warning in the node's log, and OnOverdue. It returns
// the alarms raised. Alarms left unlogged by a crash or a failed commit
// are settled first (see Alarm), so none is logged twice.
func (s *Service) CheckDuties(ctx context.Context) ([]*Alarm, error) {
	s.dutyMu.Lock() // no alarm of this process is mid-commit while settling
	defer s.dutyMu.Unlock()
	obs, err := s.obligations(ctx, "", true)
	if err != nil {
		return nil, err
	}
	var raised []*Alarm
	for _, o := range obs {
		a := o.Alarm
		switch {
		case a != nil && a.onLog():
			continue
		case a == nil && o.State != DutyOverdue:
			continue
		case a == nil:
			c := comity.NewClaim(0)
			if s.cfg.Search != nil {
				n, err := s.cfg.Search.Size(ctx)
				if err != nil {
					return raised, err
				}
				c = comity.NewClaim(n)
			}
			a = &Alarm{Vendor: o.Vendor, Advisory: o.Advisory, Vulnerability: o.Vulnerability, Stage: o.Stage, Due: *o.Due,
				Raised: s.now(), Claim: &c}
			if err := s.cfg.DutyStore.SaveAlarm(ctx, a); comity.ErrorCode(err) == comity.ECONFLICT {
				continue // another process raised it
			} else if err != nil {
				return raised, err
			}
		case a.Claim != nil && s.cfg.Search != nil:
			// Stored but not known to be logged: the log decides.
			idx, found, err := s.cfg.Search.FindClaim(ctx, a.Claim.From, a.Claim.Token)
			if err != nil {
				return raised, err
			}
			if found {
				a.Logged, a.LogIndex = true, idx
				if err := s.cfg.DutyStore.UpdateAlarm(ctx, a); err != nil {
					return raised, err
				}
				continue
			}
		}
		detail := map[string]string{"advisory": a.Advisory, "vulnerability": a.Vulnerability, "stage": a.Stage, "due": a.Due.Format(time.RFC3339)}
		if a.Claim != nil {
			detail[comity.ClaimDetail] = a.Claim.Token
		}
		rc, err := s.cfg.Ledger.Commit(ctx, &comity.Entry{Kind: EntryOverdue, Time: a.Raised, Node: s.cfg.Node, Requester: a.Vendor, Detail: detail})
		if err != nil {
			return raised, err
		}
		a.LogIndex, a.Receipt, a.Logged = rc.Index, rc, true
		if err := s.cfg.DutyStore.UpdateAlarm(ctx, a); err != nil {
			return raised, err
		}
		s.cfg.Logger.Warn("vulnerability report to the authority overdue", "vendor", a.Vendor, "advisory", a.Advisory,
			"vulnerability", a.Vulnerability, "stage", a.Stage, "due", a.Due.Format(time.RFC3339))
		if s.cfg.OnOverdue != nil {
			s.cfg.OnOverdue(a)
		}
		raised = append(raised, a)
	}
	return raised, nil
}

// RunDuties checks for overdue reports, and for forced upgrades that time
// or a new support declaration reveals (CheckSupport), every poll until ctx
// is done.
func (s *Service) RunDuties(ctx context.Context, poll time.Duration) {
	t := time.NewTicker(poll)
	defer t.Stop()
	for {
		if _, err := s.CheckDuties(ctx); err != nil && ctx.Err() == nil {
			s.cfg.Logger.Warn("checking vulnerability reports", "err", err)
		}
		if _, err := s.CheckSupport(ctx); err != nil && ctx.Err() == nil {
			s.cfg.Logger.Warn("checking support periods", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}
