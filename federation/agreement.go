package federation

import (
	"bytes"
	"crypto/ed25519"
	"encoding/json"
	"fmt"
	"regexp"
	"slices"
	"time"

	"github.com/comity-project/comity"
)

// agreementContext separates agreement signatures from every other
// signature an authority key makes.
const agreementContext = "comity agreement v1\n"

var agreementID = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]{1,63}$`)

// Agreement is an agreement between member states — a treaty on mutual
// legal assistance, a data-transfer agreement — signed by the authority of
// every party. It reaches only data homed in a party state: the rulebooks
// and the baseline decide what it permits, and an agreement between A and B
// never reaches C's data.
type Agreement struct {
	ID      string                `json:"id"`
	Title   string                `json:"title"`
	Parties []comity.Jurisdiction `json:"parties"`
	// Emergency and Standard are the deadlines for answering judicial-
	// assistance requests under the agreement (Go durations such as "8h");
	// empty means the federation's defaults.
	Emergency string `json:"emergency,omitempty"`
	Standard  string `json:"standard,omitempty"`
	// NotBefore and NotAfter bound when the agreement is in force; zero
	// means unbounded.
	NotBefore  time.Time   `json:"not_before,omitzero"`
	NotAfter   time.Time   `json:"not_after,omitzero"`
	Signatures []Signature `json:"signatures,omitempty"`
}

// ParseAgreement decodes one agreement strictly and checks its shape.
func ParseAgreement(data []byte) (*Agreement, error) {
	var a Agreement
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&a); err != nil {
		return nil, comity.Errorf(comity.EINVALID, "agreement: %w", err)
	}
	if dec.More() {
		return nil, comity.Errorf(comity.EINVALID, "agreement: trailing data")
	}
	return &a, a.check()
}

func (a *Agreement) check() error {
	if !agreementID.MatchString(a.ID) {
		return comity.Errorf(comity.EINVALID, "agreement id %q: want 2 to 64 letters, digits, '.', '_' or '-'", a.ID)
	}
	if len(a.Title) > 512 {
		return comity.Errorf(comity.EINVALID, "agreement %s: title over 512 bytes", a.ID)
	}
	if len(a.Parties) < 2 {
		return comity.Errorf(comity.EINVALID, "agreement %s needs at least two parties", a.ID)
	}
	seen := map[comity.Jurisdiction]bool{}
	for _, p := range a.Parties {
		if _, err := comity.ParseJurisdiction(string(p)); err != nil || seen[p] {
			return comity.Errorf(comity.EINVALID, "agreement %s: party %q is unknown or repeated", a.ID, p)
		}
		seen[p] = true
	}
	for _, d := range []string{a.Emergency, a.Standard} {
		if d == "" {
			continue
		}
		if v, err := time.ParseDuration(d); err != nil || v <= 0 {
			return comity.Errorf(comity.EINVALID, "agreement %s: deadline %q: want a positive duration such as 8h", a.ID, d)
		}
	}
	if !a.NotAfter.IsZero() && !a.NotAfter.After(a.NotBefore) {
		return comity.Errorf(comity.EINVALID, "agreement %s ends before it begins", a.ID)
	}
	return nil
}

// SignedMessage returns the bytes each party's authority signs.
func (a *Agreement) SignedMessage() []byte {
	c := *a
	c.Signatures = nil
	c.Parties = slices.Sorted(slices.Values(a.Parties))
	body, _ := json.Marshal(&c) // strings, times and lists always marshal
	return append([]byte(agreementContext), body...)
}

// Sign adds party j's signature with one of its authority keys in m.
func (a *Agreement) Sign(m *Manifest, j comity.Jurisdiction, key ed25519.PrivateKey) error {
	if err := a.check(); err != nil {
		return err
	}
	if !slices.Contains(a.Parties, j) {
		return comity.Errorf(comity.EINVALID, "agreement %s: %s is not a party", a.ID, j)
	}
	pub := key.Public().(ed25519.PublicKey)
	if !hasKey(m.AuthorityKeys(j, ""), pub) {
		return comity.Errorf(comity.EINVALID, "agreement %s: the key is not an authority key of %s", a.ID, j)
	}
	a.Signatures = slices.DeleteFunc(a.Signatures, func(s Signature) bool { return s.Jurisdiction == j })
	a.Signatures = append(a.Signatures, Signature{Jurisdiction: j, PublicKey: PublicKey(pub), Signature: ed25519.Sign(key, a.SignedMessage())})
	return nil
}

// Verify checks that every party, and no one else, signed a with one of its
// authority keys in m, and that every party is a member of the federation.
func (a *Agreement) Verify(m *Manifest) error {
	if err := a.check(); err != nil {
		return err
	}
	for _, p := range a.Parties {
		if m.Member(p) == nil {
			return comity.Errorf(comity.EINVALID, "agreement %s: party %s is not a member of federation %s", a.ID, p, m.Federation)
		}
	}
	signed, err := m.CheckQuorum(a.SignedMessage(), a.Signatures, 0)
	if err != nil {
		return comity.Errorf(comity.EFORBIDDEN, "agreement %s: %s", a.ID, comity.ErrorMessage(err))
	}
	for _, p := range a.Parties {
		if !slices.Contains(signed, p) {
			return comity.Errorf(comity.EFORBIDDEN, "agreement %s is not signed by party %s", a.ID, p)
		}
	}
	for _, s := range signed {
		if !slices.Contains(a.Parties, s) {
			return comity.Errorf(comity.EFORBIDDEN, "agreement %s is signed by %s, which is not a party", a.ID, s)
		}
	}
	return nil
}

// InForce reports whether a applies at t.
func (a *Agreement) InForce(t time.Time) bool {
	return !t.Before(a.NotBefore) && (a.NotAfter.IsZero() || t.Before(a.NotAfter))
}

// Describe is a one-line summary for logs.
func (a *Agreement) Describe() string {
	return fmt.Sprintf("%s between %v", a.ID, a.Parties)
}
