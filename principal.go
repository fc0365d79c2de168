package comity

import (
	"context"
	"slices"
	"strings"
	"time"
	"unicode"
)

// Role is what a principal may do. A principal may hold several.
type Role string

const (
	// RoleController is an organisation responsible for records: it writes
	// them and reads its own at home.
	RoleController Role = "controller"
	// RoleRequester is an organisation or agency asking for data it does not
	// control; everything it gets passes the gate's rules.
	RoleRequester Role = "requester"
	// RoleAuditor reads logs, metadata and reports; never record content.
	RoleAuditor Role = "auditor"
	// RoleDPA is a state's data-protection authority: it approves transfers.
	RoleDPA Role = "dpa"
	// RoleCentralAuthority is a state's central authority for judicial
	// assistance.
	RoleCentralAuthority Role = "central-authority"
	// RoleAgency is a state's law-enforcement or other government agency: it
	// asks for data like a requester, but data homed abroad reaches it only
	// through judicial assistance (a production order of the holding state).
	RoleAgency Role = "agency"
	// RoleOperator runs the node: principals, metrics, configuration.
	RoleOperator Role = "operator"
	// RolePeer is another member node, authenticated by mutual TLS.
	RolePeer Role = "peer"
	// RoleVendor is an ICT vendor of the node's state: it publishes advisories,
	// registers release signing keys and publishes releases.
	RoleVendor Role = "vendor"
)

// Roles lists every role.
var Roles = []Role{RoleController, RoleRequester, RoleAgency, RoleAuditor, RoleDPA, RoleCentralAuthority, RoleOperator, RolePeer, RoleVendor}

// ParseRole returns the role named s, or an EINVALID error.
func ParseRole(s string) (Role, error) {
	for _, r := range Roles {
		if string(r) == s {
			return r, nil
		}
	}
	return "", Errorf(EINVALID, "unknown role %q", s)
}

// Principal is an authenticated caller. Organisation is the name under which
// it controls records; Jurisdiction is where it is established, which for a
// caller forwarded by a peer node is that peer's jurisdiction.
type Principal struct {
	ID           string       `json:"id"`
	Organisation string       `json:"organisation"`
	Jurisdiction Jurisdiction `json:"jurisdiction"`
	Roles        []Role       `json:"roles"`
	// Entity is the registered organisation (Organisation.ID) the principal
	// acts for, when its node registered one; volume limits count by it.
	Entity string `json:"entity,omitempty"`
	// Via is the node that authenticated the caller, when it is not this one.
	Via string `json:"via,omitempty"`
}

// OrganisationKey is how organisation names are compared where volume is
// counted: case folded, full-width forms read as ASCII, every run of
// spaces (ideographic and no-break included) one space, zero-width
// characters and surrounding space dropped. "mm-a", "mm-a " and "MM-A" are
// one organisation; so are "Rhein Logistik GmbH" and "RHEIN  LOGISTIK GMBH".
func OrganisationKey(name string) string {
	var sb strings.Builder
	space := false
	for _, r := range name {
		switch {
		case r >= 0xFF01 && r <= 0xFF5E:
			r -= 0xFEE0 // full-width forms
		case r == 0x200B || r == 0x200C || r == 0x200D || r == 0x2060 || r == 0xFEFF || r == 0x00AD:
			continue
		}
		if unicode.IsSpace(r) || r == 0x3000 {
			space = sb.Len() > 0
			continue
		}
		if space {
			sb.WriteByte(' ')
			space = false
		}
		sb.WriteRune(unicode.ToLower(r))
	}
	return sb.String()
}

// Has reports whether p holds role r.
func (p *Principal) Has(r Role) bool { return p != nil && slices.Contains(p.Roles, r) }

// HasAny reports whether p holds any of rs.
func (p *Principal) HasAny(rs ...Role) bool {
	for _, r := range rs {
		if p.Has(r) {
			return true
		}
	}
	return false
}

// PrincipalStore keeps the principals of one node and their API tokens.
// Tokens are stored only as hashes; the clear token is returned once, by
// CreatePrincipal. A ttl of 0 means DefaultTokenLife; a ttl over
// MaxTokenLife is refused (EINVALID): no token lives for ever. Authenticate
// returns EUNAUTHORIZED for an unknown, revoked or expired token, in
// constant time with respect to the token. GetPrincipal returns ENOTFOUND
// for an unknown id.
type PrincipalStore interface {
	CreatePrincipal(ctx context.Context, p *Principal, ttl time.Duration) (token string, err error)
	Authenticate(ctx context.Context, token string) (*Principal, error)
	RevokePrincipal(ctx context.Context, id string) error
	GetPrincipal(ctx context.Context, id string) (*Principal, error)
}

// Token lifetimes.
const (
	DefaultTokenLife = 90 * 24 * time.Hour  // when none is asked for, and the default cap
	MaxTokenLife     = 365 * 24 * time.Hour // the cap no configuration exceeds
)

// Validate checks a principal to be created: an id and an organisation
// that are names fit to print (CheckName), a jurisdiction, known roles.
func (p *Principal) Validate() error {
	if p.ID == "" || p.Organisation == "" || !p.Jurisdiction.Valid() || len(p.Roles) == 0 {
		return Errorf(EINVALID, "a principal needs an id, an organisation, a jurisdiction and at least one role")
	}
	if err := CheckName("principal id", p.ID); err != nil {
		return err
	}
	if err := CheckName("organisation", p.Organisation); err != nil {
		return err
	}
	for _, r := range p.Roles {
		if _, err := ParseRole(string(r)); err != nil {
			return err
		}
	}
	return nil
}

// PrincipalEntry is a principal as its node's operator sees it in a list:
// never the token, which is shown once, at creation.
type PrincipalEntry struct {
	Principal
	Created time.Time  `json:"created"`
	Expires *time.Time `json:"expires,omitempty"`
	Revoked bool       `json:"revoked"`
}

// PrincipalLister is implemented by principal stores that can list their
// principals for the operator.
type PrincipalLister interface {
	ListPrincipals(ctx context.Context) ([]PrincipalEntry, error)
}
