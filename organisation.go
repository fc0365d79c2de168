package comity

import (
	"context"
	"strings"
	"time"
)

// Organisation is a legal person registered at a node of its state, under
// a stable identifier that names it whatever it calls itself: an ISO 17442
// Legal Entity Identifier ("LEI:5493001KJTIIGC8Y1R12"), or its state's
// business registration number qualified by the state ("DE:HRB12345").
// Registering one is a logged act of the node's operator. Principals name
// the organisation they act for by that identifier (Principal.Entity), and
// volume limits count per registered organisation across every node it
// asks through, not per name.
type Organisation struct {
	ID           string       `json:"id"`
	Name         string       `json:"name"`
	Jurisdiction Jurisdiction `json:"jurisdiction"`
	RegisteredAt time.Time    `json:"registered_at"`
	RegisteredBy string       `json:"registered_by"`
}

// OrganisationStore keeps the organisations registered at one node. A
// registration is durable once it returns; an identifier is registered
// once (ECONFLICT). GetOrganisation returns ENOTFOUND for an unknown id.
type OrganisationStore interface {
	RegisterOrganisation(ctx context.Context, o *Organisation) error
	GetOrganisation(ctx context.Context, id string) (*Organisation, error)
	ListOrganisations(ctx context.Context, limit int) ([]*Organisation, error)
}

// ParseOrganisationID normalises an organisation identifier: "LEI:" and 20
// letters and digits whose ISO 7064 MOD 97-10 check holds, or a state's
// code, ':' and its registration number (letters and digits; spaces,
// dashes, dots and slashes dropped), upper case. Anything else is EINVALID.
func ParseOrganisationID(s string) (string, error) {
	s = strings.ToUpper(strings.TrimSpace(s))
	prefix, rest, ok := strings.Cut(s, ":")
	if !ok {
		return "", Errorf(EINVALID, "organisation id %q: want LEI:<20 characters> or <STATE>:<registration number>", s)
	}
	var sb strings.Builder
	for _, r := range rest {
		switch {
		case r >= 'A' && r <= 'Z' || r >= '0' && r <= '9':
			sb.WriteRune(r)
		case r == ' ' || r == '-' || r == '.' || r == '/':
		default:
			return "", Errorf(EINVALID, "organisation id %q: a registration number holds letters and digits", s)
		}
	}
	num := sb.String()
	if prefix == "LEI" {
		if len(num) != 20 || !mod97(num) {
			return "", Errorf(EINVALID, "organisation id %q: not a valid ISO 17442 LEI", s)
		}
		return "LEI:" + num, nil
	}
	if _, err := ParseJurisdiction(prefix); err != nil {
		return "", err
	}
	if len(num) < 2 || len(num) > 40 {
		return "", Errorf(EINVALID, "organisation id %q: a registration number of 2 to 40 letters and digits", s)
	}
	return prefix + ":" + num, nil
}

// mod97 is the ISO 7064 MOD 97-10 check of an LEI (as of an IBAN): letters
// read as 10..35, the whole number mod 97 is 1.
func mod97(s string) bool {
	r := 0
	for _, c := range s {
		if c >= 'A' && c <= 'Z' {
			r = (r*100 + int(c-'A'+10)) % 97
		} else {
			r = (r*10 + int(c-'0')) % 97
		}
	}
	return r == 1
}

// CountedAs is who a volume limit counts a principal as: its registered
// organisation when it has one, whichever node it asks through, and
// otherwise its organisation's name compared by OrganisationKey.
func (p *Principal) CountedAs() string { return CountedAs(p.Organisation, p.Entity) }

// CountedAs is Principal.CountedAs for an organisation's name and
// registered identifier ("" when none).
func CountedAs(organisation, entity string) string {
	if entity != "" {
		return "entity:" + entity
	}
	return OrganisationKey(organisation)
}

// OrganisationService registers the organisations of a node's state. Every
// registration is a ledger entry before it takes effect, so that anyone
// auditing the log sees each new name a state's operator creates.
type OrganisationService struct {
	Node     Jurisdiction
	NodeName string
	Store    OrganisationStore
	Ledger   Ledger
}

// Register registers the organisation named name under id (normalised by
// ParseOrganisationID) as one of the node's state. by is the operator.
func (s *OrganisationService) Register(ctx context.Context, by *Principal, id, name string) (*Organisation, *Receipt, error) {
	if by.Via != "" || by.Jurisdiction != s.Node {
		return nil, nil, Errorf(EFORBIDDEN, "only the operator of this node registers the organisations of %s", s.Node)
	}
	nid, err := ParseOrganisationID(id)
	if err != nil {
		return nil, nil, err
	}
	name = strings.TrimSpace(name)
	if name == "" || len(name) > 256 {
		return nil, nil, Errorf(EINVALID, "an organisation needs a name of at most 256 bytes")
	}
	if err := CheckName("organisation name", name); err != nil {
		return nil, nil, err
	}
	if _, err := s.Store.GetOrganisation(ctx, nid); err == nil {
		return nil, nil, Errorf(ECONFLICT, "organisation %s is already registered", nid)
	} else if ErrorCode(err) != ENOTFOUND {
		return nil, nil, err
	}
	o := &Organisation{ID: nid, Name: name, Jurisdiction: s.Node, RegisteredAt: Now(), RegisteredBy: by.ID}
	var receipt *Receipt
	if s.Ledger != nil {
		receipt, err = s.Ledger.Commit(ctx, &Entry{Kind: EntryOrganisation, Time: o.RegisteredAt, Node: s.NodeName,
			Requester: by.Organisation, RequesterIn: by.Jurisdiction, Principal: by.ID, Outcome: Allow,
			Detail: map[string]string{"id": nid, "name": name, "jurisdiction": string(s.Node)}})
		if err != nil {
			return nil, nil, err
		}
	}
	if err := s.Store.RegisterOrganisation(ctx, o); err != nil {
		return nil, nil, err
	}
	return o, receipt, nil
}
