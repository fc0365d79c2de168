package judicial

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/federation"
)

// Agreement is a treaty or agreement on mutual legal assistance between
// states, with the deadlines it sets for answers (zero fields: the
// defaults).
type Agreement struct {
	ID        string                `json:"id"`
	Title     string                `json:"title,omitempty"`
	Parties   []comity.Jurisdiction `json:"parties"`
	Emergency time.Duration         `json:"emergency,omitzero"`
	Standard  time.Duration         `json:"standard,omitzero"`
}

// Agreements are the agreements a node knows, by id. The zero value knows
// none: every request then rests on reciprocity.
type Agreements map[string]Agreement

// Parties returns the parties of agreement id, in the shape of
// rulebook.Config.Agreements, so that the gate and the judicial service
// share one list.
func (as Agreements) Parties(_ context.Context, id string) ([]comity.Jurisdiction, error) {
	a, ok := as[id]
	if !ok {
		return nil, comity.Errorf(comity.ENOTFOUND, "no agreement %s", id)
	}
	return a.Parties, nil
}

// AgreementSource looks up agreements between states. It returns an
// error for an agreement that is unknown or not in force. Implementations
// are safe for concurrent use.
type AgreementSource interface {
	Agreement(ctx context.Context, id string) (*Agreement, error)
}

// Agreement implements AgreementSource.
func (as Agreements) Agreement(_ context.Context, id string) (*Agreement, error) {
	a, ok := as[id]
	if !ok {
		return nil, comity.Errorf(comity.ENOTFOUND, "no agreement %s", id)
	}
	return &a, nil
}

// basis checks that c's legal basis binds both its states: reciprocity, or
// an agreement to which both are party. An agreement between the
// requesting state and a third never reaches the holding state's data.
func basis(ctx context.Context, as AgreementSource, c *Case) (Deadlines, error) {
	if c.LegalBasis == Reciprocity {
		return Deadlines{}, nil
	}
	var a *Agreement
	err := fmt.Errorf("no agreements are known")
	if as != nil {
		a, err = as.Agreement(ctx, c.LegalBasis)
	}
	if err != nil {
		return Deadlines{}, fmt.Errorf("%s is party to no agreement %s in force (%s): an agreement between other states never reaches data homed in %s; ask on reciprocity or under an agreement to which %s is party",
			c.Holding, c.LegalBasis, comity.ErrorMessage(err), c.Holding, c.Holding)
	}
	if !slices.Contains(a.Parties, c.Holding) {
		return Deadlines{}, fmt.Errorf("agreement %s binds %v, not %s: an agreement between states never reaches the data of a state that is not party to it", a.ID, a.Parties, c.Holding)
	}
	if !slices.Contains(a.Parties, c.Requesting) {
		return Deadlines{}, fmt.Errorf("agreement %s binds %v, not the requesting state %s", a.ID, a.Parties, c.Requesting)
	}
	return Deadlines{Emergency: a.Emergency, Standard: a.Standard}, nil
}

// Signed gives the judicial service a node's signed agreements in force
// (federation.Agreements), with the deadlines they set.
type Signed struct{ Agreements *federation.Agreements }

var _ AgreementSource = Signed{}

// Agreement implements AgreementSource.
func (s Signed) Agreement(_ context.Context, id string) (*Agreement, error) {
	ag, err := s.Agreements.InForce(id)
	if err != nil {
		return nil, err
	}
	out := &Agreement{ID: ag.ID, Title: ag.Title, Parties: ag.Parties}
	// The federation validated the durations when the agreement was
	// published; an unparsable one falls back to the defaults.
	out.Emergency, _ = time.ParseDuration(ag.Emergency)
	out.Standard, _ = time.ParseDuration(ag.Standard)
	return out, nil
}
