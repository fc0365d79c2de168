package judicial

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/comity-project/comity"
)

// Config configures a node's judicial-assistance service.
type Config struct {
	// Node and NodeName are this node's jurisdiction and manifest name.
	Node     comity.Jurisdiction
	NodeName string
	// Origin is the node's log origin, which signs the gate's receipts.
	Origin string
	// Store keeps the node's cases and issued orders.
	Store Store
	// Gate is the node's gate: the only way an order releases records.
	Gate *comity.Gate
	// Ledger receives an entry for every step this node takes; nil logs
	// nothing (tests of other layers only).
	Ledger comity.Ledger
	// Transport reaches the other member nodes; nil: cases cannot be sent.
	Transport Transport
	// Key is the node's Ed25519 key: it signs evidence.
	Key ed25519.PrivateKey
	// AuthorityKey returns a state's central-authority key from the
	// federation manifest, or nil.
	AuthorityKey func(comity.Jurisdiction) ed25519.PublicKey
	// NodeKey returns a member node's public key, state and log origin from
	// the manifest; ok is false for an unknown node.
	NodeKey func(name string) (key ed25519.PublicKey, state comity.Jurisdiction, origin string, ok bool)
	// Agreements are the agreements in force that this node knows, with
	// their deadlines; a case citing any other, or one to which this state
	// is not party, is refused on receipt. Nil: reciprocity only.
	Agreements AgreementSource
	// Deadlines apply to cases on reciprocity and to agreements that set
	// none; zero fields: 8 hours for emergencies, 10 days otherwise.
	Deadlines Deadlines
	// MaxOrderLife bounds how long a production order may stay executable
	// (default 90 days).
	MaxOrderLife time.Duration
	// Screen refuses a filing or a grant whose words (reference, agency,
	// offence, legal basis, conditions; the ledger logs them) or record ids
	// hold personal information; nil screens nothing.
	Screen comity.TextScreen
	// OnAlarm is called once for each case whose answer is overdue.
	OnAlarm func(context.Context, *Case)
	Logger  *slog.Logger
	// Now is the clock; nil: comity.Now.
	Now func() time.Time
}

// Service runs judicial assistance at one node: as the requesting state's
// node (drafts, filing, answers, execution on behalf of its agencies) and as
// the holding state's node (receipt, review, decisions, execution).
type Service struct{ cfg Config }

// New returns a service for cfg.
func New(_ context.Context, cfg Config) (*Service, error) {
	if cfg.Store == nil || cfg.Gate == nil || !cfg.Node.Valid() {
		return nil, errors.New("judicial: a service needs a store, a gate and a jurisdiction")
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	if cfg.MaxOrderLife == 0 {
		cfg.MaxOrderLife = 90 * 24 * time.Hour
	}
	if cfg.Now == nil {
		cfg.Now = comity.Now
	}
	if cfg.AuthorityKey == nil {
		cfg.AuthorityKey = func(comity.Jurisdiction) ed25519.PublicKey { return nil }
	}
	return &Service{cfg: cfg}, nil
}

func (s *Service) now() time.Time { return s.cfg.Now().UTC() }

func (s *Service) self() Actor { return Actor{Node: s.cfg.NodeName, In: s.cfg.Node} }

// actor is the acting principal, who acts only at its own state's node.
func (s *Service) actor(by *comity.Principal) (Actor, error) {
	if by == nil {
		return Actor{}, comity.Errorf(comity.EUNAUTHORIZED, "no authenticated principal")
	}
	if by.Via != "" || by.Jurisdiction != s.cfg.Node {
		return Actor{}, comity.Errorf(comity.EFORBIDDEN, "authorities and agencies of %s act on cases at a node of %s, not at %s", by.Jurisdiction, by.Jurisdiction, s.cfg.Node)
	}
	return Actor{Principal: by, In: by.Jurisdiction}, nil
}

// record appends a history event and moves c to state.
func (s *Service) record(c *Case, to State, a Actor, note string) {
	now := s.now()
	c.State = to
	c.Updated = now
	c.History = append(c.History, Event{State: to, At: now, By: a.ID(), In: a.In, Note: note})
}

// idAlphabet writes a case id's random part: capitals without vowels
// (nor I, O, 0, 1), so that no run of it spells a name or a word that the
// ledger's screen would take for personal information ("US-CN-AMY7ALH…"
// did, one id in two thousand) and refuse to log.
const idAlphabet = "BCDFGHJKLMNPQRSTVWXZ23456789"

func newID(c *Case) string {
	b := make([]byte, 12)
	rand.Read(b)
	for i := range b {
		b[i] = idAlphabet[int(b[i])%len(idAlphabet)]
	}
	return fmt.Sprintf("%s-%s-%s", c.Requesting, c.Holding, b)
}

// File writes a draft case at the requesting node: by is the requesting
// state's central authority or the agency that needs the data.
func (s *Service) File(ctx context.Context, by *comity.Principal, in *Case) (*Case, error) {
	if in.Requesting == "" {
		in.Requesting = s.cfg.Node
	}
	if in.Urgency == "" {
		in.Urgency = Standard
	}
	if in.Agency == "" && by != nil && by.Has(comity.RoleAgency) {
		in.Agency = by.Organisation
	}
	c := &Case{Reference: in.Reference, Requesting: in.Requesting, Holding: in.Holding, Agency: in.Agency,
		Offence: in.Offence, LegalBasis: in.LegalBasis, Scope: in.Scope, Urgency: in.Urgency, Summary: in.Summary}
	if err := c.Validate(); err != nil {
		return nil, err
	}
	if err := s.screen(c); err != nil {
		return nil, err
	}
	if c.Requesting != s.cfg.Node {
		return nil, comity.Errorf(comity.EINVALID, "a case is filed at a node of the requesting state; this node serves %s, not %s", s.cfg.Node, c.Requesting)
	}
	a, err := s.actor(by)
	if err != nil {
		return nil, err
	}
	if err := Check(c, Draft, a); err != nil {
		return nil, err
	}
	c.ID = newID(c)
	c.Created = s.now()
	s.record(c, Draft, a, "")
	if err := s.cfg.Store.CreateCase(ctx, c); err != nil {
		return nil, err
	}
	return c, nil
}

// Get returns case id as by may see it: the central authorities of its two
// states, at their own nodes, and the agency that needs the data.
func (s *Service) Get(ctx context.Context, by *comity.Principal, id string) (*Case, error) {
	if !ValidCaseID(id) {
		return nil, comity.Errorf(comity.ENOTFOUND, "no case %s", id)
	}
	c, err := s.cfg.Store.GetCase(ctx, id)
	if err != nil {
		return nil, err
	}
	if !visible(c, by) {
		return nil, comity.Errorf(comity.ENOTFOUND, "no case %s", id)
	}
	return s.refresh(ctx, c), nil
}

// refresh brings the requesting node's copy of a pending case up to date
// with the holding node's, in case a message was lost. Failures leave the
// copy as it is: the holding node may be unreachable for a while.
func (s *Service) refresh(ctx context.Context, c *Case) *Case {
	if s.cfg.Transport == nil || c.Requesting != s.cfg.Node || c.State == Draft || c.State == Closed {
		return c
	}
	theirs, err := s.cfg.Transport.Send(ctx, c.Holding, &Message{Case: c, Sync: true})
	if err != nil || theirs.Version == 0 || theirs.Updated.Equal(c.Updated) && theirs.State == c.State {
		return c
	}
	if fresh, err := s.mirror(ctx, c.Clone(), theirs); err == nil {
		return fresh
	}
	return c
}

// List returns the cases by may see.
func (s *Service) List(ctx context.Context, by *comity.Principal, f Filter) ([]*Case, error) {
	if by.Has(comity.RoleAgency) && !by.Has(comity.RoleCentralAuthority) {
		f.Agency = by.Organisation
	}
	cs, err := s.cfg.Store.ListCases(ctx, f)
	if err != nil {
		return nil, err
	}
	out := cs[:0]
	for _, c := range cs {
		if visible(c, by) {
			out = append(out, c)
		}
	}
	return out, nil
}

func visible(c *Case, by *comity.Principal) bool {
	if by == nil {
		return false
	}
	if by.Has(comity.RoleCentralAuthority) && by.Via == "" && (by.Jurisdiction == c.Requesting || by.Jurisdiction == c.Holding) {
		return true
	}
	return by.Has(comity.RoleAgency) && by.Organisation == c.Agency && by.Jurisdiction == c.Requesting
}
