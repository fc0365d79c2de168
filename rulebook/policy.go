package rulebook

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"github.com/comity-project/comity"
)

// Volume counts the distinct data subjects a requester has received. The
// node implements it over its ledger or store; it is safe for concurrent
// use. An error means no decision can be made, and the gate releases
// nothing.
type Volume interface {
	// DistinctSubjects returns how many distinct data subjects of records
	// homed in q.Home the requester received since q.Since, counting the
	// subjects of the request being decided (q.Adding) as received, each
	// person once: in total, in personal records and in sensitive-personal
	// records.
	DistinctSubjects(ctx context.Context, q VolumeQuery) (Counts, error)
}

// VolumeQuery is one question to a Volume.
type VolumeQuery struct {
	Requester   string              // the requester's organisation
	Entity      string              // its registered identifier, if any: counted by it (comity.CountedAs)
	RequesterIn comity.Jurisdiction // and where it is established
	Home        comity.Jurisdiction
	Since       time.Time // start of the home rulebook's window
	Adding      map[comity.Category][]string
	// AddingKinds are the request's subjects by data kind, counted into
	// Counts.Kinds.
	AddingKinds map[comity.DataKind][]string
	// Destination is where the data would go: Counts.Destination* count
	// the home's people sent there by anyone.
	Destination comity.Jurisdiction
	// NearPersonal is the home rulebook's newcomer_near_personal: how many
	// people make a new organisation count in Counts.Newcomers (0: none).
	NearPersonal int
}

// Config configures a Policy. The zero Config decides with the sample
// baseline, no state rulebook (so nothing crosses a border), no signatures
// required and a volume of just the request's own subjects.
type Config struct {
	// Baseline is the federation baseline; nil means the sample baseline.
	// It is trusted as given (it comes with the federation manifest);
	// later changes need a BaselineChange signed by Quorum states.
	Baseline *Bundle
	// Rulebooks are the state rulebooks installed at start; each is checked
	// like a published one.
	Rulebooks []*Bundle
	// Keys are the member states' authority keys. When set, every state
	// rulebook must be signed by its state's key, and approval tokens are
	// verified against the key of the data's home. When nil, rulebooks need
	// no signature and any approval token is refused (tests, offline use).
	Keys Keys
	// CentralAuthorityKeys verify judicial-assistance grants; nil means
	// Keys. (federation.Manifest.KeysByRole gives both maps.)
	CentralAuthorityKeys Keys
	// NodeKeys verify controllers' attestations, which the home node signs
	// after checking that the attesting controller holds the records: the
	// deciding node's own key for its state. Nil refuses every attestation.
	NodeKeys Keys
	// Quorum is k, the number of member states whose signatures change the
	// baseline (the federation manifest's k). 0 means a majority of Keys.
	Quorum int
	// Volume counts what a requester received in a rulebook's window; nil
	// counts only the request's own data subjects.
	Volume Volume
	// Agreements returns the parties of an agreement between states cited
	// by a request, or an error if it is unknown or not in force. Nil
	// treats every cited agreement as unknown: it reaches no state's data.
	Agreements func(ctx context.Context, id string) ([]comity.Jurisdiction, error)
	// KindOf says whether a principal is an organisation, agency or
	// authority; nil means authority for the dpa and central-authority
	// roles and organisation otherwise.
	KindOf func(*comity.Principal) string
	// Now is the clock for approvals and windows; nil means comity.Now.
	Now func() time.Time
}

// Policy is the node's comity.Policy: the baseline plus the rulebook of the
// data's home, with approvals verified and volume counted. It is safe for
// concurrent use; Publish and ChangeBaseline swap rulebooks atomically
// while decisions continue.
type Policy struct {
	cfg     Config
	engine  atomic.Pointer[Engine]
	keys    atomic.Pointer[keySet]
	install sync.Mutex // serialises Publish and ChangeBaseline
}

var _ comity.Policy = (*Policy)(nil)

// New returns a Policy with the configured baseline and rulebooks.
func New(ctx context.Context, cfg Config) (*Policy, error) {
	if cfg.Now == nil {
		cfg.Now = comity.Now
	}
	if cfg.Quorum == 0 {
		cfg.Quorum = len(cfg.Keys)/2 + 1
	}
	if cfg.KindOf == nil {
		cfg.KindOf = defaultKind
	}
	e, err := Load(&Set{Baseline: cfg.Baseline, States: cfg.Rulebooks}, cfg.Keys)
	if err != nil {
		return nil, err
	}
	p := &Policy{cfg: cfg}
	p.engine.Store(e)
	p.keys.Store(&keySet{dpa: cfg.Keys, central: cfg.CentralAuthorityKeys, quorum: cfg.Quorum})
	return p, nil
}

// keySet is what a policy verifies signatures with; SetKeys replaces it.
type keySet struct {
	dpa, central Keys
	quorum       int
}

// SetKeys replaces the authority keys and the baseline quorum (the shape of
// Config.Keys, CentralAuthorityKeys and Quorum), as a new federation
// manifest gives them: later publications, baseline changes and approvals
// are verified with them. Installed rulebooks stay; they were verified when
// installed.
func (p *Policy) SetKeys(dpa, central Keys, quorum int) {
	if quorum == 0 {
		quorum = len(dpa)/2 + 1
	}
	p.keys.Store(&keySet{dpa: dpa, central: central, quorum: quorum})
}

func defaultKind(p *comity.Principal) string {
	if p.HasAny(comity.RoleDPA, comity.RoleCentralAuthority) {
		return KindAuthority
	}
	return KindOrganisation
}

// Engine returns the engine currently deciding.
func (p *Policy) Engine() *Engine { return p.engine.Load() }

// Publish checks a state's signed bundle (its state's key, when Keys are
// set; the schema; its reach) and installs it in place of that state's
// previous rulebook, whose version it must exceed. Once the bundle is
// verified, and before it decides anything, commit (when not nil) is
// called with it, with other installs held off: the node logs and keeps
// the change there, and an error from commit installs nothing. On any
// error nothing changes; the caller logs a refused attempt. Errors carry
// comity codes (EFORBIDDEN for a bad signature, EINVALID for a refused
// bundle, ECONFLICT for a version that is not newer) and wrap ErrSignature
// or ErrBundle; commit's errors are returned as they are.
func (p *Policy) Publish(ctx context.Context, b *Bundle, commit func(*Rulebook) error) (*Rulebook, error) {
	rb, err := p.publish(b, commit)
	return rb, coded(err)
}

func (p *Policy) publish(b *Bundle, commit func(*Rulebook) error) (*Rulebook, error) {
	if b.Kind != KindState {
		return nil, fmt.Errorf("%w: only state rulebooks are published; the baseline changes by BaselineChange", ErrBundle)
	}
	if ks := p.keys.Load(); ks.dpa != nil {
		if err := b.Verify(ks.dpa[b.Jurisdiction]); err != nil {
			return nil, err
		}
	}
	rb, err := Compile(b)
	if err != nil {
		return nil, err
	}
	p.install.Lock()
	defer p.install.Unlock()
	e, err := p.engine.Load().With(rb)
	if err != nil {
		return nil, err
	}
	if commit != nil {
		if err := commit(rb); err != nil {
			return nil, committed{err}
		}
	}
	p.engine.Store(e)
	return rb, nil
}

// ChangeBaseline installs a new baseline signed by a quorum of member
// states (Config.Keys and Config.Quorum), calling commit first as Publish
// does. On any error nothing changes; errors carry comity codes as
// Publish's do.
func (p *Policy) ChangeBaseline(ctx context.Context, c *BaselineChange, commit func(*Rulebook) error) (*Rulebook, error) {
	rb, err := p.changeBaseline(c, commit)
	return rb, coded(err)
}

func (p *Policy) changeBaseline(c *BaselineChange, commit func(*Rulebook) error) (*Rulebook, error) {
	p.install.Lock()
	defer p.install.Unlock()
	cur := p.engine.Load()
	ks := p.keys.Load()
	if err := c.Verify(ks.dpa, ks.quorum, cur.Baseline().Bundle); err != nil {
		return nil, err
	}
	rb, err := Compile(c.Baseline)
	if err != nil {
		return nil, err
	}
	e, err := cur.With(rb)
	if err != nil {
		return nil, err
	}
	if commit != nil {
		if err := commit(rb); err != nil {
			return nil, committed{err}
		}
	}
	p.engine.Store(e)
	return rb, nil
}

// committed marks an error of a commit callback, which coded passes on
// unchanged.
type committed struct{ error }

func (c committed) Unwrap() error { return c.error }

// Decide implements comity.Policy.
func (p *Policy) Decide(ctx context.Context, node comity.Jurisdiction, req *comity.AccessRequest, records []*comity.Record) (*comity.Decision, error) {
	res, err := p.Evaluate(ctx, node, req, records)
	if err != nil {
		return nil, err
	}
	return res.Decision, nil
}

// Evaluate decides like Decide and returns the whole Result, for Explain.
// Approval tokens that fail (bad signature, another state's authority,
// expired, out of scope) make a denial that says why, not an error, so
// that the gate logs the attempt.
func (p *Policy) Evaluate(ctx context.Context, node comity.Jurisdiction, req *comity.AccessRequest, records []*comity.Record) (*Result, error) {
	if req.Requester == nil {
		return nil, comity.Errorf(comity.EUNAUTHORIZED, "no authenticated requester")
	}
	r := p.request(node, req, records)
	if err := r.Validate(); err != nil {
		return nil, err
	}
	for _, id := range req.Agreements {
		ref := AgreementRef{ID: id}
		if p.cfg.Agreements != nil {
			parties, err := p.cfg.Agreements(ctx, id)
			if err == nil {
				ref.Parties = parties
			}
		}
		r.Agreements = append(r.Agreements, ref)
	}
	e := p.engine.Load()
	now := p.cfg.Now()
	ks := p.keys.Load()
	evidence, err := verifyApprovals(r, ks.dpa, ks.central, p.cfg.NodeKeys, now)
	if err != nil {
		return e.refused(r, err), nil
	}
	adding, own := r.adding()
	volume := own
	if p.cfg.Volume != nil && len(records) > 0 {
		volume, err = p.cfg.Volume.DistinctSubjects(ctx, VolumeQuery{
			Requester: r.Requester.Organisation, Entity: r.Requester.Entity, RequesterIn: r.Requester.Jurisdiction,
			Home: r.Home(), Since: e.Window(r.Home()).Since(now), Adding: adding, AddingKinds: r.addingKinds(),
			Destination: r.Destination, NearPersonal: int(e.param(r.Home(), "newcomer_near_personal")),
		})
		if err != nil {
			return nil, fmt.Errorf("count volume: %w", err)
		}
	}
	return e.decide(r, evidence, volume, own), nil
}

// request translates a gate request into the engine's request.
func (p *Policy) request(node comity.Jurisdiction, req *comity.AccessRequest, records []*comity.Record) *Request {
	q := req.Requester
	r := &Request{
		Node:   node,
		Action: req.Action,
		Requester: Requester{ID: q.ID, Organisation: q.Organisation, Jurisdiction: q.Jurisdiction,
			Kind: p.cfg.KindOf(q), Roles: q.Roles, Entity: q.Entity},
		Purpose: req.Purpose, LegalBasis: req.LegalBasis, SpecialCondition: req.SpecialCondition, Destination: req.Destination,
		Consent: req.Consent, Approvals: req.Approvals, Time: p.cfg.Now(),
	}
	if r.Action == "" {
		r.Action = comity.ActionRead
	}
	for _, rec := range records {
		r.Records = append(r.Records, RecordRef{ID: rec.ID, Home: rec.Home, Controller: rec.Controller, Category: rec.Category,
			Kinds: rec.GoverningKinds(), Subjects: rec.CountedSubjects()})
	}
	if len(records) == 0 {
		// An empty page still gets a decision, on an empty dataset at home.
		r.Dataset = &Dataset{Home: node, Category: comity.CategoryGeneral}
	}
	return r
}
