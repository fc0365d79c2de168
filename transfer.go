package comity

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
	"time"
)

// TransferState is where a transfer case stands.
type TransferState string

const (
	TransferPending  TransferState = "pending"  // waiting for the home state's authority
	TransferApproved TransferState = "approved" // approved: the requester may ask again with the approval
	TransferRefused  TransferState = "refused"  // refused, with grounds
)

// Transfer is a case opened at the holding node when the gate's decision is
// pending: the request, exactly as scoped (its records resolved to ids),
// waits for the home state's authority, which approves it with a signed
// approval (scope and expiry) or refuses it with signed grounds. The
// requester then asks the gate again with the approval, and the gate
// releases exactly the approved scope until it expires.
type Transfer struct {
	ID          string         `json:"id"` // HOME-T-…: any node can route it
	State       TransferState  `json:"state"`
	Request     *AccessRequest `json:"request"`
	Obligations []Obligation   `json:"obligations,omitempty"`
	Policies    []string       `json:"policies,omitempty"`
	// Approval is the authority's signed approval token, once approved.
	Approval string    `json:"approval,omitempty"`
	Expires  time.Time `json:"expires,omitzero"`
	// Grounds say why the authority refused.
	Grounds string `json:"grounds,omitempty"`
	// Webhook, when set, receives the case (POST, JSON) when it is decided.
	Webhook   string    `json:"webhook,omitempty"`
	CreatedAt time.Time `json:"created_at"`
	UpdatedAt time.Time `json:"updated_at"`
}

// NewTransferID returns a fresh case id homed in home.
func NewTransferID(home Jurisdiction) string {
	var b [12]byte
	rand.Read(b[:])
	return string(home) + "-T-" + hex.EncodeToString(b[:])
}

// TransferStore keeps transfer cases. A case is decided once, in the order
// of every promise (see Claim): ClaimTransfer, then the decision's log
// entry, then DecideTransfer (or ReleaseTransfer if the entry could not be
// logged). Implementations are safe for concurrent use, in one process or
// many, and durable once a method returns.
type TransferStore interface {
	CreateTransfer(ctx context.Context, t *Transfer) error
	// GetTransfer returns the case as last decided (a claimed case is
	// still pending); ENOTFOUND for an unknown id.
	GetTransfer(ctx context.Context, id string) (*Transfer, error)
	// ListTransfers returns cases in state (all when empty), newest first.
	ListTransfers(ctx context.Context, state TransferState, limit int) ([]*Transfer, error)
	// ClaimTransfer holds the pending case t.ID for the decision t under
	// claim c. Of any number of concurrent claims on one case exactly one
	// succeeds; the others, and a claim on a decided case, get ECONFLICT,
	// saying whether the case is decided or being decided. ENOTFOUND for
	// an unknown case. The stored case does not change until
	// DecideTransfer.
	ClaimTransfer(ctx context.Context, t *Transfer, c Claim) error
	// DecideTransfer stores the decision claimed under token, drops the
	// claim and returns the case as stored. ECONFLICT if no such claim is
	// held.
	DecideTransfer(ctx context.Context, id, token string) (*Transfer, error)
	// ReleaseTransfer drops the claim token: the case is pending again.
	// ECONFLICT if no such claim is held.
	ReleaseTransfer(ctx context.Context, id, token string) error
	// ClaimedTransfers returns every claim neither decided nor released,
	// with the decision claimed, for recovery after a crash.
	ClaimedTransfers(ctx context.Context) ([]*ClaimedTransfer, error)
}

// ClaimedTransfer is a decision claimed and not yet decided or released.
type ClaimedTransfer struct {
	Transfer *Transfer // the case as the claimed decision leaves it
	Claim    Claim
}

// TransferAuthority checks the home state's authority's signatures on its
// decisions: an approval token that covers the case, or refusal grounds.
type TransferAuthority interface {
	// VerifyApproval returns the approval's expiry if token is validly
	// signed by the authority and covers exactly the case's scope.
	VerifyApproval(t *Transfer, token string) (time.Time, error)
	VerifyRefusal(t *Transfer, grounds string, signature []byte) error
}

// TransferService runs the transfer workflow at the holding node. Every
// step (opening, approval, refusal, and refused attempts) is a ledger entry.
type TransferService struct {
	Node      Jurisdiction
	NodeName  string
	Store     TransferStore
	Ledger    Ledger
	Authority TransferAuthority
	Forward   Forwarder
	// Notify delivers a decided case to its webhook; nil delivers nothing.
	Notify func(ctx context.Context, t *Transfer)
}

// Get returns a case to its requester or to an authority or auditor of the
// holding state; a case homed elsewhere is fetched from its home node.
func (s *TransferService) Get(ctx context.Context, by *Principal, id string) (*Transfer, error) {
	home, err := HomeOf(id)
	if err != nil {
		return nil, err
	}
	if home != s.Node {
		if s.Forward == nil || by.Via != "" {
			return nil, Errorf(ENOTFOUND, "transfer %s is held by %s, not this node", id, home)
		}
		return s.Forward.Transfer(ctx, home, by, id)
	}
	t, err := s.Store.GetTransfer(ctx, id)
	if err != nil {
		return nil, err
	}
	if !s.mayRead(by, t) {
		return nil, Errorf(ENOTFOUND, "transfer %s not found", id)
	}
	return t, nil
}

func (s *TransferService) mayRead(by *Principal, t *Transfer) bool {
	if by.HasAny(RoleDPA, RoleAuditor, RoleOperator) && by.Via == "" && by.Jurisdiction == s.Node {
		return true
	}
	r := t.Request.Requester
	return r.Organisation == by.Organisation && r.Jurisdiction == by.Jurisdiction
}

// List returns the cases in state for the home state's authority,
// auditors and operators.
func (s *TransferService) List(ctx context.Context, by *Principal, state TransferState, limit int) ([]*Transfer, error) {
	if by.Jurisdiction != s.Node || by.Via != "" {
		return nil, Errorf(EFORBIDDEN, "only principals of %s list its transfer cases", s.Node)
	}
	switch state {
	case "", TransferPending, TransferApproved, TransferRefused:
	default:
		return nil, Errorf(EINVALID, "unknown transfer state %q: want pending, approved or refused", state)
	}
	if limit <= 0 || limit > 1000 {
		limit = 100
	}
	return s.Store.ListTransfers(ctx, state, limit)
}

// Approve records the authority's signed approval of a pending case.
func (s *TransferService) Approve(ctx context.Context, by *Principal, id, token string) (*Transfer, error) {
	return s.decide(ctx, by, id, "approve", func(t *Transfer) error {
		exp, err := s.Authority.VerifyApproval(t, token)
		if err != nil {
			return err
		}
		t.State, t.Approval, t.Expires = TransferApproved, token, exp
		return nil
	})
}

// Refuse records the authority's signed refusal of a pending case.
func (s *TransferService) Refuse(ctx context.Context, by *Principal, id, grounds string, signature []byte) (*Transfer, error) {
	return s.decide(ctx, by, id, "refuse", func(t *Transfer) error {
		if len(grounds) == 0 || len(grounds) > 4096 {
			return Errorf(EINVALID, "a refusal needs grounds of at most 4096 bytes")
		}
		if err := s.Authority.VerifyRefusal(t, grounds, signature); err != nil {
			return err
		}
		t.State, t.Grounds = TransferRefused, grounds
		return nil
	})
}

// decide applies one authority decision in the order of every promise:
// checked, claimed in the store (exactly one of racing decisions wins),
// logged, then stored and notified. A decision refused for any reason
// (a bad signature, a case decided or being decided) is logged as a
// refused attempt that says why, and changes nothing.
func (s *TransferService) decide(ctx context.Context, by *Principal, id string, what string, apply func(*Transfer) error) (*Transfer, error) {
	if !by.Has(RoleDPA) || by.Jurisdiction != s.Node || by.Via != "" {
		return nil, Errorf(EFORBIDDEN, "only the data-protection authority of %s decides transfers of data homed there", s.Node)
	}
	t, err := s.Store.GetTransfer(ctx, id)
	if err != nil {
		return nil, err
	}
	pending := *t
	if t.State != TransferPending {
		err = Errorf(ECONFLICT, "transfer %s is already %s", id, t.State)
	} else {
		err = apply(t)
	}
	var claim Claim
	if err == nil {
		t.UpdatedAt = Now()
		if claim, err = ClaimFrom(ctx, s.search()); err == nil {
			err = s.Store.ClaimTransfer(ctx, t, claim)
		}
	}
	if err != nil {
		if refusal(err) {
			if lerr := s.log(ctx, by, &pending, what, "", err); lerr != nil {
				return nil, lerr
			}
		}
		return nil, err
	}
	// From the claim on, the decision is settled whatever becomes of the
	// caller (see judicial's commit): no claim is left for a restart.
	ctx = context.WithoutCancel(ctx)
	if lerr := s.log(ctx, by, t, what, claim.Token, nil); lerr != nil {
		// Whether the entry reached the log is for the log to say.
		_, serr := s.settle(ctx, t.ID, claim)
		return nil, errors.Join(lerr, serr)
	}
	stored, err := s.Store.DecideTransfer(ctx, t.ID, claim.Token)
	if err != nil {
		return nil, err
	}
	if s.Notify != nil && stored.Webhook != "" {
		s.Notify(context.WithoutCancel(ctx), stored)
	}
	return stored, nil
}

// refusal reports whether err refuses an act on its merits (and is
// logged as a refused attempt), rather than failing for want of a store or
// a log.
func refusal(err error) bool {
	switch ErrorCode(err) {
	case EINVALID, EFORBIDDEN, ECONFLICT, ENOTFOUND, EDENIED:
		return true
	}
	return false
}

func (s *TransferService) search() LogSearch {
	search, _ := s.Ledger.(LogSearch)
	return search
}

// settle resolves claim c on case id by what the log holds: decided as
// logged (and notified) if its entry is there, pending again if not.
func (s *TransferService) settle(ctx context.Context, id string, c Claim) (logged bool, err error) {
	if logged, err = Logged(ctx, s.search(), c); err != nil {
		return false, fmt.Errorf("transfer %s: claim %s stays until the next start: %w", id, c.Token, err)
	}
	if !logged {
		return false, s.Store.ReleaseTransfer(ctx, id, c.Token)
	}
	t, err := s.Store.DecideTransfer(ctx, id, c.Token)
	if err == nil && s.Notify != nil && t.Webhook != "" {
		s.Notify(context.WithoutCancel(ctx), t)
	}
	return true, err
}

// Recover settles the claims a crash left between claim and commit: each
// case is decided exactly as logged, or pending again. A node calls it
// when it starts, before it serves: it must be the only process deciding
// on its store then, or it could undo a live claim whose entry is about to
// be logged (several processes on one store would need claims with
// leases).
func (s *TransferService) Recover(ctx context.Context) (decided, released int, err error) {
	cs, err := s.Store.ClaimedTransfers(ctx)
	if err != nil {
		return 0, 0, err
	}
	for _, c := range cs {
		logged, err := s.settle(ctx, c.Transfer.ID, c.Claim)
		if err != nil {
			return decided, released, err
		}
		if logged {
			decided++
		} else {
			released++
		}
	}
	return decided, released, nil
}

// log writes one decision (claim set) or refused attempt (failure set).
func (s *TransferService) log(ctx context.Context, by *Principal, t *Transfer, what, claim string, failure error) error {
	e := &Entry{Kind: EntryCase, Time: Now(), Node: s.NodeName, Requester: by.Organisation, RequesterIn: by.Jurisdiction,
		Action: t.Request.Action, Destination: t.Request.Destination, RecordIDs: t.Request.RecordIDs,
		Detail: map[string]string{"case": t.ID, "requester": t.Request.Requester.Organisation}}
	switch {
	case failure != nil:
		e.Outcome = Deny
		e.Detail["step"] = "refused-attempt"
		e.Detail["attempted"] = what
		e.Detail["reason"] = ErrorMessage(failure)
	case t.State == TransferApproved:
		e.Outcome = Allow
		e.Detail["step"] = "approved"
		e.Detail["expires"] = t.Expires.UTC().Format(time.RFC3339)
		e.Approvals = []string{t.ID}
	default:
		e.Outcome = Deny
		e.Detail["step"] = "refused"
	}
	if claim != "" {
		e.Detail[ClaimDetail] = claim
	}
	_, err := s.Ledger.Commit(ctx, e)
	return err
}

// openTransfer makes the case for a pending decision; the gate calls it
// before it logs the decision, so that the entry names the case.
func (g *Gate) openTransfer(req *AccessRequest, records []*Record, d *Decision) *Transfer {
	if g.Transfers == nil || d.Outcome != Pending {
		return nil
	}
	// A case is for the home authority; what it cannot give (the data
	// subjects' consent, which their controller records) opens none.
	if !slices.ContainsFunc(d.Obligations, func(o Obligation) bool { return !o.Met && o.Authority != "" }) {
		return nil
	}
	scoped := *req
	scoped.Filter = RecordFilter{}
	scoped.RecordIDs = make([]string, len(records))
	for i, r := range records {
		scoped.RecordIDs[i] = r.ID
	}
	slices.Sort(scoped.RecordIDs)
	now := Now()
	return &Transfer{ID: NewTransferID(g.Node), State: TransferPending, Request: &scoped,
		Obligations: d.Obligations, Policies: d.Policies, CreatedAt: now, UpdatedAt: now}
}

// RefusalMessage is what the home state's authority signs to refuse a
// transfer case: the case id and the grounds, domain-separated.
func RefusalMessage(id, grounds string) []byte {
	return []byte("comity transfer refusal v1\n" + id + "\n" + grounds)
}
