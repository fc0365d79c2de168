package comity_test

import (
	"context"
	"strings"
	"testing"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/pii"
)

// oneRecord is a RecordStore holding a single record; the gate needs only
// GetRecord here.
type oneRecord struct {
	comity.RecordStore
	r *comity.Record
}

func (s oneRecord) GetRecord(_ context.Context, id string) (*comity.Record, error) {
	if id != s.r.ID {
		return nil, comity.Errorf(comity.ENOTFOUND, "no record")
	}
	return s.r, nil
}

// entries is a Ledger that keeps what it is given.
type entries []*comity.Entry

func (l *entries) Commit(_ context.Context, e *comity.Entry) (*comity.Receipt, error) {
	*l = append(*l, e)
	return &comity.Receipt{Index: uint64(len(*l) - 1)}, nil
}

// declared declares the purpose "billing" for CN.
type declared struct{}

func (declared) Declared(home comity.Jurisdiction, member, value string) bool {
	return home == "CN" && member == "purpose" && value == "billing"
}

func TestGateKeepsPersonalWordsOffTheLog(t *testing.T) {
	var log entries
	g := &comity.Gate{Node: "CN", NodeName: "cn-1", Ledger: &log, Screen: pii.Screen{}, Vocabulary: declared{},
		Records: oneRecord{r: &comity.Record{ID: "CN-1", Home: "CN", Controller: "acme", Category: comity.CategoryGeneral}}}
	acme := &comity.Principal{ID: "p", Organisation: "acme", Jurisdiction: "CN", Roles: []comity.Role{comity.RoleController}}
	read := func(req comity.AccessRequest) error {
		req.Requester, req.RecordIDs = acme, []string{"CN-1"}
		_, err := g.Read(context.Background(), &req)
		return err
	}

	for _, tc := range []struct {
		name  string
		req   comity.AccessRequest
		field string
	}{
		{"purpose", comity.AccessRequest{Purpose: "call +86 139 1234 5678"}, "purpose"},
		{"legal basis", comity.AccessRequest{LegalBasis: "ID 110101199003074258"}, "legal_basis"},
		{"agreement", comity.AccessRequest{Agreements: []string{"CN-13912345678"}}, "agreements.0"},
		{"consent", comity.AccessRequest{Consent: []string{"consent-13912345678"}}, "consent.0"},
		{"unknown action", comity.AccessRequest{Action: "sell"}, "action"},
	} {
		err := read(tc.req)
		if comity.ErrorCode(err) != comity.EINVALID || !strings.Contains(err.Error(), tc.field) {
			t.Errorf("%s: %v, want an invalid problem naming %s", tc.name, err, tc.field)
		}
		if err != nil && strings.Contains(err.Error(), "139") {
			t.Errorf("%s: %q repeats the value", tc.name, err)
		}
	}
	if len(log) != 0 {
		t.Fatalf("refused requests were logged: %+v", log[0])
	}

	for _, tc := range []struct{ purpose, basis, agreement, wantPurpose, wantBasis string }{
		{"billing", "contract", "", "billing", "contract"},
		{"a purpose nobody declared", "a basis nobody declared", "", comity.PurposeOther, comity.PurposeOther},
		{"law-enforcement", "DE-US-MLAT-2003", "DE-US-MLAT-2003", "law-enforcement", "DE-US-MLAT-2003"},
	} {
		req := comity.AccessRequest{Purpose: tc.purpose, LegalBasis: tc.basis, Approvals: []string{"eyJ0b2tlbiI6InJlY29yZHMifQ"}}
		if tc.agreement != "" {
			req.Agreements = []string{tc.agreement}
		}
		if err := read(req); err != nil {
			t.Fatal(err)
		}
		e := log[len(log)-1]
		if e.Purpose != tc.wantPurpose || e.LegalBasis != tc.wantBasis {
			t.Errorf("purpose %q, basis %q logged as %q, %q; want %q, %q", tc.purpose, tc.basis, e.Purpose, e.LegalBasis, tc.wantPurpose, tc.wantBasis)
		}
		if len(e.Approvals) != 1 || !strings.HasPrefix(e.Approvals[0], "sha256:") || len(e.Approvals[0]) != 7+64 {
			t.Errorf("approvals logged as %v, want the token's digest", e.Approvals)
		}
	}
}

func TestRecordServiceRefusesPersonalIDs(t *testing.T) {
	s := &comity.RecordService{Node: "CN", Screen: pii.Screen{}}
	acme := &comity.Principal{ID: "p", Organisation: "acme", Jurisdiction: "CN", Roles: []comity.Role{comity.RoleController}}
	r := &comity.Record{ID: "CN-LinXiaohong-13912345678-110101199003074258", Home: "CN", Controller: "acme",
		Category: comity.CategoryPersonal, Fields: []byte(`{"a":1}`)}
	_, err := s.Create(context.Background(), acme, r)
	if comity.ErrorCode(err) != comity.EINVALID || !strings.Contains(err.Error(), "phone") || strings.Contains(err.Error(), "139") {
		t.Errorf("create: %v", err)
	}
	_, err = s.Import(context.Background(), acme, []*comity.Record{r})
	if comity.ErrorCode(err) != comity.EINVALID || !strings.Contains(err.Error(), "record 1 of the batch") || strings.Contains(err.Error(), "Xiaohong") {
		t.Errorf("import: %v", err)
	}
}
