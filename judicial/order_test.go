package judicial_test

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/judicial"
	"github.com/comity-project/comity/ledger"
)

func key(t testing.TB) ed25519.PrivateKey {
	_, k, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func pub(k ed25519.PrivateKey) ed25519.PublicKey { return k.Public().(ed25519.PublicKey) }

func signedOrder(t testing.TB, k ed25519.PrivateKey, records []string, partial bool, expires time.Time) *judicial.Order {
	o, a := judicial.NewOrder(validCase(), records, partial, []string{"use limitation"}, time.Now().Add(-time.Minute), expires)
	if err := o.Sign(a, k); err != nil {
		t.Fatal(err)
	}
	return o
}

func TestOrder(t *testing.T) {
	cnCA, usCA := key(t), key(t)
	o := signedOrder(t, cnCA, []string{"CN-1"}, true, time.Now().Add(time.Hour))
	back, err := judicial.DecodeOrder(o.Encode())
	if err != nil {
		t.Fatal(err)
	}
	if back.Encode() != o.Encode() || back.Digest() != o.Digest() {
		t.Fatal("the token does not round-trip")
	}
	g, err := back.Verify(pub(cnCA), time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if g.Home != "CN" || g.Requester != "us-fbi" || g.RequesterIn != "US" || g.Action != comity.ActionDiscloseToLawEnforce || g.Destination != "US" {
		t.Fatalf("grant %+v", g)
	}

	stripped := *o
	stripped.Conditions = nil
	widened := *o
	grant, _ := o.Grant()
	grant.RecordIDs = append(grant.RecordIDs, "CN-2")
	widened.Approval = grant.Encode()
	for name, tc := range map[string]struct {
		o    *judicial.Order
		key  ed25519.PublicKey
		at   time.Time
		says string
	}{
		"wrong authority":     {o, pub(usCA), time.Now(), "not signed"},
		"conditions stripped": {&stripped, pub(cnCA), time.Now(), "not signed"},
		"scope widened":       {&widened, pub(cnCA), time.Now(), "not signed"},
		"expired":             {o, pub(cnCA), time.Now().Add(2 * time.Hour), "expired"},
		"not yet valid":       {o, pub(cnCA), time.Now().Add(-time.Hour), "not valid before"},
	} {
		t.Run(name, func(t *testing.T) {
			_, err := tc.o.Verify(tc.key, tc.at)
			if !errors.Is(err, judicial.ErrOrder) || !strings.Contains(err.Error(), tc.says) {
				t.Fatalf("%v, want ErrOrder saying %q", err, tc.says)
			}
		})
	}
	for name, token := range map[string]string{
		"not base64": "!!!",
		"not json":   "bm90IGpzb24",
		"empty":      "",
	} {
		if _, err := judicial.DecodeOrder(token); !errors.Is(err, judicial.ErrOrder) {
			t.Errorf("%s: %v", name, err)
		}
	}
}

// evidence returns evidence for two records, signed by a node whose log
// really issued its receipt, with the holding central authority's key.
func evidence(t testing.TB) (*judicial.Evidence, ed25519.PrivateKey, ed25519.PrivateKey) {
	nodeKey, caKey := key(t), key(t)
	skey, _, err := ledger.KeyFromEd25519("cn-node", nodeKey)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	log, err := ledger.Open(ctx, ledger.Config{Dir: t.TempDir(), Key: skey, SubjectKey: make([]byte, 32)})
	if err != nil {
		t.Fatal(err)
	}
	defer log.Close(ctx)
	receipt, err := log.Commit(ctx, &comity.Entry{Kind: "decision", Time: time.Now(), Node: "cn-node", Outcome: comity.Allow})
	if err != nil {
		t.Fatal(err)
	}
	o := signedOrder(t, caKey, []string{"CN-1", "CN-2"}, true, time.Now().Add(time.Hour))
	now := time.Now().UTC()
	ev := &judicial.Evidence{Case: "US-CN-ABCDEFGH2345", Requesting: "US", Holding: "CN", Agency: "us-fbi", Offence: "fraud",
		LegalBasis: judicial.Reciprocity, Conditions: o.Conditions, Order: o.Encode(), Node: "cn-node", Origin: "cn-node",
		Records: []*comity.Record{
			{ID: "CN-1", Home: "CN", Controller: "acme", Category: comity.CategoryPersonal, Fields: json.RawMessage(`{"name": "王伟", "n": 1.50}`), CreatedAt: now, UpdatedAt: now},
			{ID: "CN-2", Home: "CN", Controller: "acme", Category: comity.CategoryPersonal, Fields: json.RawMessage(`{"name":"李娜"}`), CreatedAt: now, UpdatedAt: now},
		},
		Decision: &comity.Decision{Outcome: comity.Allow, Policies: []string{"CN/art41-judicial-assistance"}},
		Receipt:  receipt, Issued: now}
	if err := ev.Sign(nodeKey); err != nil {
		t.Fatal(err)
	}
	return ev, nodeKey, caKey
}

func TestEvidence(t *testing.T) {
	ev, nodeKey, caKey := evidence(t)
	data, err := json.MarshalIndent(ev, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	back, err := judicial.ParseEvidence(data)
	if err != nil {
		t.Fatal(err)
	}
	v, err := judicial.VerifyEvidence(back, judicial.VerifyConfig{NodeKey: pub(nodeKey), AuthorityKey: pub(caKey)})
	if err != nil {
		t.Fatalf("a file written and read back does not verify: %v", err)
	}
	if !v.OrderVerified || v.Records != 2 || !v.Partial {
		t.Fatalf("verification %+v", v)
	}
	for name, tc := range map[string]struct {
		edit func(*judicial.Evidence)
		cfg  judicial.VerifyConfig
		says string
	}{
		"record altered":     {func(e *judicial.Evidence) { e.Records[0].Fields = json.RawMessage(`{"name":"张三"}`) }, judicial.VerifyConfig{}, "not signed by node"},
		"record dropped":     {func(e *judicial.Evidence) { e.Records = e.Records[:1] }, judicial.VerifyConfig{}, "not signed by node"},
		"conditions dropped": {func(e *judicial.Evidence) { e.Conditions = nil }, judicial.VerifyConfig{}, "not signed by node"},
		"another node's key": {func(*judicial.Evidence) {}, judicial.VerifyConfig{NodeKey: pub(key(t))}, "not signed by node"},
		"another authority":  {func(*judicial.Evidence) {}, judicial.VerifyConfig{AuthorityKey: pub(key(t))}, "not signed by the central authority"},
		"receipt forged": {func(e *judicial.Evidence) {
			r := *e.Receipt
			r.Index++
			e.Receipt = &r
		}, judicial.VerifyConfig{}, "not signed by node"},
	} {
		t.Run(name, func(t *testing.T) {
			e, err := judicial.ParseEvidence(data)
			if err != nil {
				t.Fatal(err)
			}
			tc.edit(e)
			cfg := tc.cfg
			if cfg.NodeKey == nil {
				cfg.NodeKey = pub(nodeKey)
			}
			_, err = judicial.VerifyEvidence(e, cfg)
			if !errors.Is(err, judicial.ErrEvidence) || !strings.Contains(err.Error(), tc.says) {
				t.Fatalf("%v, want ErrEvidence saying %q", err, tc.says)
			}
		})
	}
	// Re-signed by the node but outside the order's scope: still refused.
	e, _ := judicial.ParseEvidence(data)
	e.Records[1].ID = "CN-3"
	e.Sign(nodeKey)
	if _, err := judicial.VerifyEvidence(e, judicial.VerifyConfig{NodeKey: pub(nodeKey)}); err == nil || !strings.Contains(err.Error(), "outside the granted scope") {
		t.Fatalf("out of scope: %v", err)
	}
}
