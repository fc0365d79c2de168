package node_test

import (
	"context"
	"crypto/ed25519"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/audit"
	comityhttp "github.com/comity-project/comity/http"
	"github.com/comity-project/comity/node"
	"github.com/comity-project/comity/witness"
	"golang.org/x/mod/sumdb/note"
)

// TestWitnessesLostFailClosed stops one of three nodes. The manifest's
// majority policy makes each log need both of its witnesses (2 of 2), so
// the DE node can no longer publish: after its max merge delay it reports
// not ready, says why at /readyz and in its metrics, and refuses every
// read (no receipt, no release). When the stopped node returns, DE resumes
// by itself, and every receipt it ever issued, including any issued
// before it noticed the loss, is proved against a checkpoint cosigned by
// both witnesses.
func TestWitnessesLostFailClosed(t *testing.T) {
	ctx := context.Background()
	const mmd = time.Second
	f := startFederationWith(t, func(c *node.Config) { c.Ledger.MaxMergeDelay = mmd }, states...)
	de := f.Nodes["DE"]
	ctl := f.client("DE", "controller")
	meta, err := ctl.CreateRecord(ctx, comityhttp.RecordInput{Home: "DE", Category: comity.CategoryPersonal,
		Subjects: []string{"de-person-1"}, Fields: personal(`{"name":"Erika Mustermann"}`)})
	if err != nil {
		t.Fatal(err)
	}
	var receipts []*comity.Receipt
	read := func() error {
		rel, err := ctl.ReadRecord(ctx, meta.ID, "customer service")
		if err == nil {
			receipts = append(receipts, rel.Receipt)
		}
		return err
	}
	for range 3 {
		if err := read(); err != nil {
			t.Fatal(err)
		}
	}
	hc := f.httpClient()
	get := func(path, token string) (int, string) {
		req, _ := http.NewRequest("GET", de.URL+path, nil)
		if token != "" {
			req.Header.Set("Authorization", "Bearer "+token)
		}
		resp, err := hc.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	if code, body := get("/readyz", ""); code != http.StatusOK {
		t.Fatalf("readyz before the loss: %d %s", code, body)
	}

	f.stop(t, "US")
	// DE may not have noticed yet (stopping US takes a while): a receipt
	// issued now must be published once US returns.
	if err := read(); err != nil && comity.ErrorCode(err) != comity.EUNAVAILABLE {
		t.Fatal(err)
	}
	deadline := time.Now().Add(10 * mmd)
	for de.Node.Log.Suspended() == nil {
		if time.Now().After(deadline) {
			t.Fatal("DE still issues receipts with one of its two witnesses gone")
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Run("refused while suspended", func(t *testing.T) {
		_, err := ctl.ReadRecord(ctx, meta.ID, "customer service")
		if comity.ErrorCode(err) != comity.EUNAVAILABLE || !strings.Contains(err.Error(), "no receipts are issued") {
			t.Fatalf("read while suspended: %v, want EUNAVAILABLE naming the suspension", err)
		}
		if code, body := get("/readyz", ""); code != http.StatusServiceUnavailable || !strings.Contains(body, "max merge delay") {
			t.Fatalf("readyz while suspended: %d %s", code, body)
		}
		if _, body := get("/metrics", de.Tokens["operator"]); !strings.Contains(body, "comity_ledger_suspended 1") ||
			!strings.Contains(body, "comity_ledger_suspensions_total 1") {
			t.Fatalf("metrics while suspended lack the suspension:\n%s", grepLines(body, "comity_ledger_susp"))
		}
	})

	f.restart(t, "US")
	deadline = time.Now().Add(20 * mmd)
	for de.Node.Log.Suspended() != nil {
		if time.Now().After(deadline) {
			t.Fatal("DE did not resume when its witness quorum returned")
		}
		time.Sleep(20 * time.Millisecond)
	}
	if err := read(); err != nil {
		t.Fatalf("read after the quorum returned: %v", err)
	}
	if code, body := get("/readyz", ""); code != http.StatusOK {
		t.Fatalf("readyz after the quorum returned: %d %s", code, body)
	}

	// Every receipt is proved against a checkpoint cosigned by both of
	// DE's witnesses, as the signed manifest names them.
	logV, err := note.NewVerifier(de.Node.Log.VerifierKey())
	if err != nil {
		t.Fatal(err)
	}
	var ws []note.Verifier
	for _, p := range f.Manifest.Witnesses(de.Name) {
		vkey, err := witness.VerifierKey(p.Name+"/witness", ed25519.PublicKey(p.PublicKey))
		if err != nil {
			t.Fatal(err)
		}
		c, err := witness.NewClient(p.URL+"/witness", vkey)
		if err != nil {
			t.Fatal(err)
		}
		ws = append(ws, c.Verifier)
	}
	cfg := audit.ReceiptConfig{URL: de.URL + "/log", Verifier: logV, Witnesses: ws, Quorum: f.Manifest.Witness.Threshold,
		MaxMergeDelay: mmd, HTTPClient: hc}
	for _, r := range receipts {
		var err error
		for end := time.Now().Add(10 * mmd); ; time.Sleep(50 * time.Millisecond) {
			if _, err = audit.CheckReceipt(ctx, cfg, r); err == nil || time.Now().After(end) {
				break
			}
		}
		if err != nil {
			t.Fatalf("receipt %d: %v", r.Index, err)
		}
	}
	if _, err := audit.Verify(ctx, audit.Config{URL: cfg.URL, Verifier: logV, Witnesses: ws, Quorum: cfg.Quorum, HTTPClient: hc}); err != nil {
		t.Fatalf("audit DE's log: %v", err)
	}
}

func grepLines(s, sub string) string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, sub) {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}
