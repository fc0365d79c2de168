package comity_test

import (
	"context"
	"encoding/json"
	"errors"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/pii"
	"github.com/comity-project/comity/sqlite"
)

// minimising allows every request with the CN sample's minimise
// obligations, as the assessment policies do.
type minimising struct{}

func (minimising) Decide(context.Context, comity.Jurisdiction, *comity.AccessRequest, []*comity.Record) (*comity.Decision, error) {
	return &comity.Decision{Outcome: comity.Allow, Policies: []string{"CN/assessment-personal"}, Obligations: []comity.Obligation{
		{Kind: "minimise", Fields: []string{"phone"}, Method: "mask", Param: "4"},
		{Kind: "minimise", Fields: []string{"id_number"}, Method: "redact"},
		{Kind: "minimise", Fields: []string{"address"}, Method: "generalise", Param: "city"},
	}}, nil
}

// leaky is a minimiser that forgets to minimise: the gate must still not
// release what it left.
type leaky struct{ *pii.Minimiser }

func (leaky) Minimise(fields json.RawMessage, _ []comity.Obligation) (json.RawMessage, error) {
	return fields, nil
}

func TestGateVerifiesMinimisation(t *testing.T) {
	ctx := context.Background()
	db, err := sqlite.Open(ctx, sqlite.Config{Path: filepath.Join(t.TempDir(), "node.db"), Synchronous: "normal"})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	const secretID, secretPhone = "11010519491231002X", "13812345678"
	rec := &comity.Record{ID: "CN-1", Home: "CN", Controller: "acme", Category: comity.CategoryPersonal, Subjects: []string{"p1"},
		Fields: json.RawMessage(`{"note":"call ` + secretPhone + `, ID ` + secretID + `","ref":13812345679}`)}
	if err := db.Records().CreateRecord(ctx, rec); err != nil {
		t.Fatal(err)
	}
	real, err := pii.NewMinimiser(ctx, pii.MinimiserConfig{Key: []byte("0123456789abcdef")})
	if err != nil {
		t.Fatal(err)
	}
	req := func() *comity.AccessRequest {
		return &comity.AccessRequest{Requester: &comity.Principal{ID: "r", Organisation: "rhein", Jurisdiction: "DE",
			Roles: []comity.Role{comity.RoleRequester}}, Action: comity.ActionTransfer, RecordIDs: []string{"CN-1"}}
	}

	t.Run("minimised and clean", func(t *testing.T) {
		log := &entries{}
		g := &comity.Gate{Node: "CN", NodeName: "cn", Records: db.Records(), Policy: minimising{}, Minimiser: real, Ledger: log}
		rel, err := g.Read(ctx, req())
		if err != nil {
			t.Fatal(err)
		}
		out := string(rel.Records[0].Fields)
		if strings.Contains(out, secretID) || strings.Contains(out, secretPhone) {
			t.Fatalf("released %s", out)
		}
		if len((*log)) != 1 || (*log)[0].Outcome != comity.Allow {
			t.Fatalf("logged %+v", (*log))
		}
	})

	t.Run("residue fails closed", func(t *testing.T) {
		log := &entries{}
		g := &comity.Gate{Node: "CN", NodeName: "cn", Records: db.Records(), Policy: minimising{}, Minimiser: leaky{real}, Ledger: log}
		rel, err := g.Read(ctx, req())
		if rel != nil || comity.ErrorCode(err) != comity.EDENIED {
			t.Fatalf("Read = %v, %v; want a denial", rel, err)
		}
		var e *comity.Error
		var dn *comity.Denial
		if !errors.As(err, &e) || !errors.As(err, &dn) {
			t.Fatal(err)
		}
		residue := dn.Residue
		want := []comity.Residue{{Record: "CN-1", Path: "note", Kind: "phone"}, {Record: "CN-1", Path: "note", Kind: "cn_resident_id"},
			{Record: "CN-1", Path: "ref", Kind: "phone"}}
		if !slices.Equal(residue, want) {
			t.Errorf("residue %+v, want %+v", residue, want)
		}
		problem, _ := json.Marshal(e)
		if msg := e.Message + string(problem); strings.Contains(msg, secretID) || strings.Contains(msg, secretPhone) || strings.Contains(msg, "13812345679") {
			t.Errorf("the denial names a value: %s", msg)
		}
		if len((*log)) != 1 || (*log)[0].Outcome != comity.Deny || !slices.Contains((*log)[0].Policies, comity.PolicyUnverified) {
			t.Fatalf("logged %+v, want one denial citing %s", (*log), comity.PolicyUnverified)
		}
	})
}

// notifying allows with an obligation to tell the home authority.
type notifying struct{}

func (notifying) Decide(context.Context, comity.Jurisdiction, *comity.AccessRequest, []*comity.Record) (*comity.Decision, error) {
	return &comity.Decision{Outcome: comity.Allow, Policies: []string{"CN/exempt-emergency"},
		Obligations: []comity.Obligation{{Kind: "notify", Authority: "CN"}}}, nil
}

type notices struct{ got []*comity.Notice }

func (n *notices) Notify(_ context.Context, x *comity.Notice) error {
	n.got = append(n.got, x)
	return nil
}

func TestGateNotifiesTheAuthority(t *testing.T) {
	ctx := context.Background()
	db, err := sqlite.Open(ctx, sqlite.Config{Path: filepath.Join(t.TempDir(), "node.db"), Synchronous: "normal"})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.Records().CreateRecord(ctx, &comity.Record{ID: "CN-1", Home: "CN", Controller: "acme", Category: comity.CategorySensitivePersonal,
		Subjects: []string{"p1"}, Fields: json.RawMessage(`{"a":1}`)}); err != nil {
		t.Fatal(err)
	}
	req := &comity.AccessRequest{Requester: &comity.Principal{ID: "r", Organisation: "rhein", Jurisdiction: "DE"},
		Purpose: "emergency", RecordIDs: []string{"CN-1"}}
	log := &entries{}
	g := &comity.Gate{Node: "CN", Records: db.Records(), Policy: notifying{}, Ledger: log}
	if _, err := g.Read(ctx, req); comity.ErrorCode(err) != comity.EDENIED {
		t.Fatalf("without a notifier: want denied, got %v", err)
	}
	n := &notices{}
	g.Notifier = n
	if _, err := g.Read(ctx, req); err != nil {
		t.Fatal(err)
	}
	if len(n.got) != 1 || n.got[0].Authority != "CN" || n.got[0].Purpose != "emergency" || n.got[0].Receipt == nil || n.got[0].Records != 1 {
		t.Fatalf("notices %+v", n.got)
	}
}
