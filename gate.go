package comity

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// Release is what the gate hands out: the decision, its receipt when the
// node keeps a ledger, and the records as released (minimised as the
// decision's obligations say).
type Release struct {
	Decision *Decision `json:"decision"`
	Receipt  *Receipt  `json:"receipt,omitempty"`
	Records  []*Record `json:"records"`
	Next     string    `json:"next,omitempty"` // cursor of the next page of a query
	// Withheld lists the records the request named or selected that were
	// not released because their data subjects have not consented to it.
	Withheld []string `json:"withheld,omitempty"`
}

// Gate is the one path by which record content leaves a node, to any caller,
// local or foreign. It decides, commits the decision to the ledger, and only
// then releases — in that order, in Gate.release.
type Gate struct {
	Node      Jurisdiction // the jurisdiction this node serves
	NodeName  string       // the node's name, as in the federation manifest
	Records   RecordStore
	Policy    Policy    // nil: HomeController, the rule of a node with no rulebook
	Ledger    Ledger    // nil: decisions are not logged (tests of other layers only)
	Minimiser Minimiser // nil: minimise obligations cannot be met and deny
	// Releases remembers whose data each requester received, for policies
	// that count volume across requests; nil remembers nothing.
	Releases ReleaseLog
	// Transfers keeps the cases opened for pending decisions; nil opens
	// none (the requester then has no way to get an approval).
	Transfers TransferStore
	// Locker extends the per-requester lock to every process of the node
	// (see RequesterLocker); nil: this process is the node's only one.
	Locker RequesterLocker
	// Notifier tells the home authority of releases its rulebook says it
	// must know of at once; nil: such releases are denied.
	Notifier Notifier
	// Screen refuses a request whose free text holds personal information
	// before anything is decided, logged or released; nil screens nothing.
	Screen TextScreen
	// Vocabulary declares the purposes and legal bases that entries name
	// as they are; others are logged as PurposeOther. nil logs them as
	// given (after Screen).
	Vocabulary Vocabulary
	// Consents are the consents controllers keep here; nil: none, and no
	// consent obligation is ever met.
	Consents ConsentStore
	// AcceptedConsent says which kinds of consent the rulebook of home
	// accepts; nil, or a nil answer, accepts every kind.
	AcceptedConsent func(home Jurisdiction) []ConsentKind

	requesters keyLocks // one mutex per requester deciding now, see lockRequester
}

// RequesterLocker serialises one requester's cross-border decisions across
// every process that serves a node from one store: a Go mutex orders one
// process's goroutines, not several processes behind a load balancer.
// LockRequester blocks until key is held or ctx ends, and returns the
// unlock.
type RequesterLocker interface {
	LockRequester(ctx context.Context, key string) (unlock func(), err error)
}

// lockRequester serialises one requester's cross-border decisions at this
// node and returns the unlock.
func (g *Gate) lockRequester(ctx context.Context, p *Principal) (func(), error) {
	// By organisation alone: one that asks through several nodes is
	// counted as one (see ReleaseLog).
	key := p.CountedAs()
	release := g.requesters.lock(key)
	if g.Locker == nil {
		return release, nil
	}
	// The process's own mutex first, so that its goroutines queue here
	// rather than each holding a database connection while they wait.
	unlock, err := g.Locker.LockRequester(ctx, key)
	if err != nil {
		release()
		return nil, fmt.Errorf("lock requester: %w", err)
	}
	return func() { unlock(); release() }, nil
}

// ReleaseLog remembers which data subjects' records each requester
// received across the border, so that a policy can count cumulative volume
// (mass-collection limits) rather than the volume of one request. A
// requester is counted as Principal.CountedAs says: its registered
// organisation, else its name compared by OrganisationKey, whichever node
// it asks through. Released
// is called for every allowed cross-border release, before the decision is
// logged and anything released; an error releases nothing. A domestic read
// is not counted and costs no write.
type ReleaseLog interface {
	Released(ctx context.Context, req *AccessRequest, records []*Record) error
}

// Read releases the records named by req.RecordIDs, or the page of records
// selected by req.Filter when RecordIDs is empty, if the policy allows it.
// A denial is an EDENIED error and a pending decision an EPENDING error,
// each caused by a *Denial with the decision and receipt; both are logged
// like any other decision.
func (g *Gate) Read(ctx context.Context, req *AccessRequest) (*Release, error) {
	if req.Requester == nil {
		return nil, Errorf(EUNAUTHORIZED, "no authenticated requester")
	}
	if err := req.Validate(); err != nil {
		return nil, err
	}
	if req.Action == "" {
		req.Action = ActionRead
	}
	if req.Destination == "" {
		req.Destination = req.Requester.Jurisdiction
	}
	if err := g.checkRequest(req); err != nil {
		return nil, err
	}
	var (
		records []*Record
		next    string
		err     error
	)
	if len(req.RecordIDs) > 0 {
		records, err = g.load(ctx, req.RecordIDs)
	} else {
		records, next, err = g.Records.QueryRecords(ctx, req.Filter)
	}
	if err != nil {
		return nil, err
	}
	rel, err := g.release(ctx, req, records)
	if rel != nil {
		rel.Next = next
	}
	return rel, err
}

func (g *Gate) load(ctx context.Context, ids []string) ([]*Record, error) {
	if len(ids) > 1000 {
		return nil, Errorf(EINVALID, "at most 1000 record ids per request")
	}
	records := make([]*Record, 0, len(ids))
	for _, id := range ids {
		home, err := HomeOf(id)
		if err != nil {
			return nil, err
		}
		if home != g.Node {
			// Records homed elsewhere are never held here; the caller's node
			// forwards such reads to the home node.
			return nil, Errorf(ERESIDENCY, "record %s is homed in %s, not at this node (%s)", id, home, g.Node).With("home", home)
		}
		r, err := g.Records.GetRecord(ctx, id)
		if err != nil {
			return nil, err
		}
		records = append(records, r)
	}
	return records, nil
}

// release is decide, log, release: nothing leaves before the decision is
// durably in the ledger.
func (g *Gate) release(ctx context.Context, req *AccessRequest, records []*Record) (*Release, error) {
	policy := g.Policy
	if policy == nil {
		policy = HomeController{}
	}
	records, downgraded := governed(records)
	crossBorder := req.Requester.Jurisdiction != g.Node || req.Destination != g.Node
	var unlock func()
	if crossBorder && g.Releases != nil {
		// A requester's cross-border decisions are counted one at a time,
		// so that parallel small slices cannot each pass a volume limit
		// that together they cross.
		var err error
		if unlock, err = g.lockRequester(ctx, req.Requester); err != nil {
			return nil, err
		}
		defer func() {
			if unlock != nil {
				unlock()
			}
		}()
	}
	d, records, withheld, err := g.decide(ctx, policy, req, records)
	if err != nil {
		return nil, fmt.Errorf("decide: %w", err)
	}
	if len(downgraded) > 0 {
		d.Reasons = append(d.Reasons, downgradeReason(downgraded))
	}
	if d.Outcome == Allow && needsMinimiser(d) && g.Minimiser == nil {
		d = &Decision{Outcome: Deny, Policies: d.Policies, Reasons: append(d.Reasons, "the decision requires minimisation, which this node cannot apply")}
	}
	if d.Outcome == Allow && needsNotice(d) && g.Notifier == nil {
		d = &Decision{Outcome: Deny, Policies: d.Policies, Reasons: append(d.Reasons, "the decision requires notifying the home authority, which this node cannot do")}
	}
	// Minimised and verified before anything is counted or logged, so that
	// a release the gate cannot make safe is logged as the denial it is.
	var out []*Record
	var residue []Residue
	if d.Outcome == Allow {
		if out, residue, err = g.minimise(records, d); err != nil {
			return nil, err
		}
		if len(residue) > 0 {
			d = unverified(d, residue)
		}
	}
	if unlock != nil {
		// Counted before the decision is logged: should logging fail, the
		// requester is counted for data it did not get, never the reverse.
		if d.Outcome == Allow {
			if err := g.Releases.Released(ctx, req, records); err != nil {
				return nil, fmt.Errorf("remember release: %w", err)
			}
		}
		unlock()
		unlock = nil
	}

	transfer := g.openTransfer(req, records, d)
	var receipt *Receipt
	if g.Ledger != nil {
		e := g.entry(req, records, d)
		detail := map[string]string{}
		if transfer != nil {
			detail["case"] = transfer.ID
		}
		if len(downgraded) > 0 {
			// How many records were labelled below their content; the
			// categories logged are the ones decided on.
			detail["downgraded"] = strconv.Itoa(len(downgraded))
		}
		if len(withheld) > 0 {
			detail["withheld"] = strconv.Itoa(len(withheld))
		}
		if len(detail) > 0 {
			e.Detail = detail
		}
		receipt, err = g.Ledger.Commit(ctx, e)
		if err != nil {
			return nil, fmt.Errorf("log decision: %w", err)
		}
	}

	switch d.Outcome {
	case Allow:
	case Pending:
		pending := &Error{Code: EPENDING, Message: "the request needs its obligations met before release",
			Err: &Denial{Decision: d, Receipt: receipt}}
		if transfer != nil {
			transfer.Webhook = req.Webhook
			if err := g.Transfers.CreateTransfer(ctx, transfer); err != nil {
				return nil, fmt.Errorf("open transfer case: %w", err)
			}
			pending.Message = "the request waits for " + string(g.Node) + "'s authority: poll transfer " + transfer.ID
			pending = pending.With("transfer", transfer.ID)
		} else if slices.ContainsFunc(d.Obligations, func(o Obligation) bool { return o.Kind == ObligationConsent && !o.Met }) {
			pending.Message = "the data subjects' consent is needed: no consent their controller keeps at " + string(g.Node) +
				" covers this purpose, recipient and destination"
		}
		return nil, pending
	default:
		return nil, &Error{Code: EDENIED, Message: denyMessage(d), Err: &Denial{Decision: d, Receipt: receipt, Residue: residue}}
	}
	if needsNotice(d) {
		// Told before anything leaves: a release the authority must know
		// of at once is not made if it cannot be told.
		n := &Notice{Authority: g.Node, Time: Now(), Node: g.NodeName, Requester: req.Requester.Organisation,
			RequesterIn: req.Requester.Jurisdiction, Destination: req.Destination, Purpose: g.logged("purpose", req.Purpose, nil),
			Policies: d.Policies, Records: len(records), Receipt: receipt}
		if err := g.Notifier.Notify(ctx, n); err != nil {
			return nil, fmt.Errorf("notify the authority of %s: %w", g.Node, err)
		}
	}
	return &Release{Decision: d, Receipt: receipt, Records: out, Withheld: withheld}, nil
}

func needsNotice(d *Decision) bool {
	return slices.ContainsFunc(d.Obligations, func(o Obligation) bool { return o.Kind == ObligationNotify })
}

// PolicyUnverified is cited by a denial the gate makes because minimised
// fields still hold personal information the obligations minimise.
const PolicyUnverified = "gate/verify-minimisation"

// minimise returns the records as released, minimised as d's obligations
// say, and what the minimiser still finds readable in them. Nothing is
// released while residue remains: the gate fails closed.
func (g *Gate) minimise(records []*Record, d *Decision) ([]*Record, []Residue, error) {
	out := make([]*Record, len(records))
	var residue []Residue
	for i, r := range records {
		c := *r
		if needsMinimiser(d) && len(c.Fields) > 0 {
			var err error
			if c.Fields, err = g.Minimiser.Minimise(r.Fields, d.Obligations); err != nil {
				return nil, nil, fmt.Errorf("minimise %s: %w", r.ID, err)
			}
			rs, err := g.Minimiser.Verify(c.Fields, d.Obligations)
			if err != nil {
				return nil, nil, fmt.Errorf("verify minimised %s: %w", r.ID, err)
			}
			for _, x := range rs {
				if len(residue) < 20 {
					x.Record = r.ID
					residue = append(residue, x)
				}
			}
		}
		out[i] = &c
	}
	return out, residue, nil
}

// unverified turns an allow into the denial logged when minimisation
// leaves personal information readable; its reason names field paths and
// kinds, never values.
func unverified(d *Decision, residue []Residue) *Decision {
	var where []string
	for _, r := range residue {
		where = append(where, r.Kind+" at "+r.Record+":"+r.Path)
	}
	return &Decision{Outcome: Deny, Obligations: d.Obligations, Policies: append(slices.Clone(d.Policies), PolicyUnverified),
		Reasons: append([]string{"minimised records still hold personal information the obligations minimise (" +
			strings.Join(where, "; ") + "), so nothing is released"}, d.Reasons...)}
}

func (g *Gate) entry(req *AccessRequest, records []*Record, d *Decision) *Entry {
	e := &Entry{
		Kind: EntryDecision, Time: Now(), Node: g.NodeName,
		Requester: req.Requester.Organisation, RequesterIn: req.Requester.Jurisdiction, Principal: req.Requester.ID,
		Action: req.Action, Purpose: g.logged("purpose", req.Purpose, nil),
		LegalBasis: g.logged("legal_basis", req.LegalBasis, req.Agreements), Destination: req.Destination,
		Outcome: d.Outcome, Policies: d.Policies, Obligations: d.Obligations, Approvals: approvalDigests(req.Approvals),
	}
	for _, r := range records {
		e.RecordIDs = append(e.RecordIDs, r.ID)
		for _, ref := range r.Subjects {
			e.Subjects = append(e.Subjects, QualifiedSubject(r.Controller, ref))
		}
		if !slices.Contains(e.Categories, r.Category) {
			e.Categories = append(e.Categories, r.Category)
		}
	}
	return e
}

// governed returns the records as the gate decides on them: each with the
// stricter of its declared and detected category (Record.Governing), and
// the original records whose label was below their content.
func governed(records []*Record) ([]*Record, []*Record) {
	var down []*Record
	out := records
	for i, r := range records {
		if !r.Downgraded() {
			continue
		}
		if down == nil {
			out = slices.Clone(records)
		}
		down = append(down, r)
		c := *r
		c.Category = r.Governing()
		out[i] = &c
	}
	return out, down
}

// downgradeReason explains a decision taken on detected categories
// stricter than the declared ones.
func downgradeReason(down []*Record) string {
	r := down[0]
	msg := fmt.Sprintf("record %s is labelled %s but its content is %s, and the stricter category governs", r.ID, r.Category, r.Governing())
	if len(down) > 1 {
		msg += fmt.Sprintf(" (and %d more records labelled below their content)", len(down)-1)
	}
	return msg
}

func needsMinimiser(d *Decision) bool {
	return slices.ContainsFunc(d.Obligations, func(o Obligation) bool { return o.Kind == ObligationMinimise })
}

func denyMessage(d *Decision) string {
	if len(d.Reasons) > 0 {
		return d.Reasons[0]
	}
	return "no rule permits this request"
}
