package node_test

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/mod/sumdb/note"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/advisory"
	"github.com/comity-project/comity/audit"
	"github.com/comity-project/comity/node"
)

// webhookReceiver is a customer's webhook endpoint: it checks each
// delivery's HMAC signature, refuses the first attempt of every
// notification (so the node must retry from its outbox), and records the
// distinct notifications it accepted by idempotency key.
type webhookReceiver struct {
	mu       sync.Mutex
	secret   []byte
	attempts map[string]int
	accepted map[string]advisory.Notification
	badSig   int
}

func (w *webhookReceiver) ServeHTTP(rw http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	w.mu.Lock()
	defer w.mu.Unlock()
	ts, _ := strconv.ParseInt(r.Header.Get(advisory.HeaderTimestamp), 10, 64)
	if r.Header.Get(advisory.HeaderSignature) != advisory.Sign(w.secret, ts, body) {
		w.badSig++
		rw.WriteHeader(http.StatusUnauthorized)
		return
	}
	key := r.Header.Get(advisory.HeaderIdempotencyKey)
	w.attempts[key]++
	if w.attempts[key] == 1 {
		rw.WriteHeader(http.StatusServiceUnavailable)
		return
	}
	var n advisory.Notification
	if err := json.Unmarshal(body, &n); err != nil || n.ID != key {
		rw.WriteHeader(http.StatusBadRequest)
		return
	}
	w.accepted[key] = n
}

func (w *webhookReceiver) count() int {
	w.mu.Lock()
	defer w.mu.Unlock()
	return len(w.accepted)
}

// TestAdvisoryNotices runs the vendor-to-customer path over a real node
// (HTTPS, SQLite, Tessera log): a customer registers an SBOM and a webhook,
// a vendor publishes a CSAF advisory, the node logs one commitment per
// affected or unknown component and delivers each notification, signed,
// after a refused first attempt; the customer's notifications open the
// commitments on the log, which names no component; republishing changes
// nothing and a revision notifies only what it changed; bad input and the
// wrong role are refused with problem details.
func TestAdvisoryNotices(t *testing.T) {
	f := startFederationWith(t, func(c *node.Config) { c.Advisories.MinBackoff = 50 * time.Millisecond }, "DE")
	tn := f.Nodes["DE"]
	ctx := context.Background()
	vendorToken, err := tn.Node.DB.Principals().CreatePrincipal(ctx, &comity.Principal{ID: "example-vendor",
		Organisation: "Example Vendor", Jurisdiction: "DE", Roles: []comity.Role{comity.RoleVendor}}, 0)
	if err != nil {
		t.Fatal(err)
	}
	tn.Tokens["vendor"] = vendorToken
	vendor, customer := f.client("DE", "vendor"), f.client("DE", "controller")
	td := filepath.Join("..", "advisory", "testdata")
	read := func(name string) []byte {
		b, err := os.ReadFile(filepath.Join(td, name))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}

	recv := &webhookReceiver{attempts: map[string]int{}, accepted: map[string]advisory.Notification{}}
	hook := httptest.NewServer(recv)
	defer hook.Close()
	secret, err := customer.SetWebhook(ctx, hook.URL)
	if err != nil {
		t.Fatal(err)
	}
	if recv.secret, err = hex.DecodeString(secret); err != nil || len(recv.secret) != 32 {
		t.Fatalf("webhook secret %q", secret)
	}
	if _, err := customer.SetWebhook(ctx, "http://customer.example/hook"); comity.ErrorCode(err) != comity.EINVALID {
		t.Errorf("plain-http webhook off loopback: %v", err)
	}

	for name, doc := range map[string]string{"not an SBOM": string(read("vendor.csaf.json")), "broken": `{"bomFormat": "CycloneDX", "components": 7}`, "empty": ``} {
		if _, err := customer.RegisterSBOM(ctx, "plant-7", []byte(doc)); comity.ErrorCode(err) != comity.EINVALID {
			t.Errorf("register %s: %v", name, err)
		}
	}
	reg, err := customer.RegisterSBOM(ctx, "plant-7", read("customer.spdx.json"))
	if err != nil || reg.Components != 16 || reg.Notified != 0 {
		t.Fatalf("register: %+v %v", reg, err)
	}

	// The wrong role, and an invalid CSAF document, are refused.
	if _, err := customer.PublishAdvisory(ctx, read("vendor.csaf.json")); comity.ErrorCode(err) != comity.EFORBIDDEN {
		t.Errorf("controller publishing: %v", err)
	}
	bad := strings.Replace(string(read("vendor.csaf.json")), `"fixed": ["EV-2", "EV-3", "EV-5"]`, `"fixed": ["EV-2", "EV-3", "EV-5", "EV-404"]`, 1)
	_, err = vendor.PublishAdvisory(ctx, []byte(bad))
	var ce *comity.Error
	if comity.ErrorCode(err) != comity.EINVALID || !errors.As(err, &ce) || !strings.Contains(fmt.Sprint(ce.Detail["errors"]), "6.1.1: product id EV-404") {
		t.Errorf("invalid CSAF: %v %+v", err, ce)
	}

	pub, err := vendor.PublishAdvisory(ctx, read("vendor.csaf.json"))
	if err != nil {
		t.Fatal(err)
	}
	// widget 1.3.9 (2), 1.10.0 (1), 0.9.0 (2), agent 1:3.0 x86_64, gadget 2.5
	// and the unversioned Gadget: affected or unknown, 8 notices.
	if pub.Receipt == nil || pub.Notified != 8 || pub.Publication.Digest == "" {
		t.Fatalf("publish: %+v", pub)
	}
	deadline := time.Now().Add(15 * time.Second)
	for recv.count() < 8 && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	if recv.count() != 8 || recv.badSig != 0 {
		t.Fatalf("webhook accepted %d notifications (want 8), %d bad signatures", recv.count(), recv.badSig)
	}

	ns, err := customer.Notifications(ctx)
	if err != nil || len(ns) != 8 {
		t.Fatalf("notifications: %d %v", len(ns), err)
	}
	forced := 0
	commitments := map[string]bool{}
	for _, n := range ns {
		if !n.Opens() || n.Receipt == nil || n.Owner != "controller" || n.SBOM != "plant-7" {
			t.Errorf("notification %+v does not open or is not logged", n)
		}
		if recv.accepted[n.ID].Commitment == nil {
			t.Errorf("notification %s not delivered", n.ID)
		}
		if n.ForcedUpgrade {
			forced++
		}
		commitments[hex.EncodeToString(n.Commitment)] = true
	}
	if forced != 2 { // the agent's only fix is another major; Gadget has no_fix_planned
		t.Errorf("%d forced upgrades, want 2", forced)
	}

	// The same revision again: nothing new. A revision that changes only
	// the affected Gadget's remedies notifies it alone (the unversioned
	// Gadget stays unknown with no remedy: nothing changed for it).
	again, err := vendor.PublishAdvisory(ctx, read("vendor.csaf.json"))
	if err != nil || again.Receipt != nil || again.Notified != 0 {
		t.Errorf("republish: %+v %v", again, err)
	}
	rev := strings.Replace(string(read("vendor.csaf.json")), `"version": "2",`, `"version": "3",`, 1)
	rev = strings.Replace(rev, `{"category": "no_fix_planned", "details": "Gadget is end of life.", "product_ids": ["EV-4"]}`,
		`{"category": "no_fix_planned", "details": "Gadget is end of life.", "product_ids": ["EV-4"]}, {"category": "mitigation", "details": "Firewall it.", "product_ids": ["EV-4"]}`, 1)
	r3, err := vendor.PublishAdvisory(ctx, []byte(rev))
	if err != nil || r3.Notified != 1 {
		t.Fatalf("revision: %+v %v", r3, err)
	}

	// The log holds each publication and commitment, and names no component.
	verifier, err := note.NewVerifier(tn.Node.Log.VerifierKey())
	if err != nil {
		t.Fatal(err)
	}
	var rep *audit.Report
	for deadline := time.Now().Add(10 * time.Second); ; {
		rep, err = audit.Verify(ctx, audit.Config{URL: tn.URL + "/log/", Verifier: verifier, HTTPClient: f.httpClient(), KeepEntries: true})
		if err == nil && rep.Kinds[string(advisory.EntryNotification)] == 9 && rep.Kinds[string(advisory.EntryAdvisory)] == 2 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("log: %v %+v", err, rep)
		}
		time.Sleep(100 * time.Millisecond)
	}
	for _, e := range rep.Entries {
		if e.Kind == string(advisory.EntryNotification) {
			delete(commitments, e.Detail["commitment"])
			if len(e.Detail) != 1 || e.Requester != "" {
				t.Errorf("notification entry says more than its commitment: %+v", e)
			}
		}
		for _, secret := range []string{"widget", "gadget", "agent", "plant-7", "controller", "acme"} {
			if strings.Contains(strings.ToLower(e.Detail["commitment"]+e.Requester+e.Detail["id"]), secret) {
				t.Errorf("entry %d names %q: %+v", e.Index, secret, e)
			}
		}
	}
	if len(commitments) != 0 {
		t.Errorf("commitments not on the log: %v", commitments)
	}
}

// TestAdvisoryFollowedAcrossStates: a vendor publishes at its home node in
// CN; a customer's SBOM is registered at its home node in DE and never
// leaves it. The DE node follows CN's advisories, proves the publication
// entry against CN's log, matches at home, and notifies within seconds.
func TestAdvisoryFollowedAcrossStates(t *testing.T) {
	f := startFederationWith(t, func(c *node.Config) { c.Advisories.Follow = 100 * time.Millisecond }, "CN", "DE", "US")
	ctx := context.Background()
	cn, de := f.Nodes["CN"], f.Nodes["DE"]
	token, err := cn.Node.DB.Principals().CreatePrincipal(ctx, &comity.Principal{ID: "cn-vendor",
		Organisation: "Example Vendor", Jurisdiction: "CN", Roles: []comity.Role{comity.RoleVendor}}, 0)
	if err != nil {
		t.Fatal(err)
	}
	cn.Tokens["vendor"] = token
	td := filepath.Join("..", "advisory", "testdata")
	sbom, _ := os.ReadFile(filepath.Join(td, "customer.spdx.json"))
	doc, _ := os.ReadFile(filepath.Join(td, "vendor.csaf.json"))
	if _, err := f.client("DE", "controller").RegisterSBOM(ctx, "berlin-plant", sbom); err != nil {
		t.Fatal(err)
	}
	published := time.Now()
	if _, err := f.client("CN", "vendor").PublishAdvisory(ctx, doc); err != nil {
		t.Fatal(err)
	}
	var ns []*advisory.Notification
	for deadline := time.Now().Add(20 * time.Second); len(ns) < 8 && time.Now().Before(deadline); {
		time.Sleep(50 * time.Millisecond)
		if ns, err = f.client("DE", "controller").Notifications(ctx); err != nil {
			t.Fatal(err)
		}
	}
	if len(ns) != 8 {
		t.Fatalf("DE customer has %d notifications, want 8", len(ns))
	}
	t.Logf("notified at DE %v after publication at CN", time.Since(published).Round(time.Millisecond))
	// Each notice is provably on the customer's node's log (witnessed
	// checkpoint, inclusion proof), and opens.
	verifier, err := note.NewVerifier(de.Node.Log.VerifierKey())
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range ns {
		if !n.Opens() || n.Receipt == nil || n.Receipt.Origin != de.Node.Log.Origin() {
			t.Fatalf("notification not logged at the customer's node: %+v", n)
		}
		cfg := audit.ReceiptConfig{URL: de.URL + "/log/", Verifier: verifier, MaxMergeDelay: de.Node.Log.MaxMergeDelay(), HTTPClient: f.httpClient()}
		for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(50 * time.Millisecond) {
			inc, err := audit.CheckReceipt(ctx, cfg, n.Receipt)
			if err == nil {
				if !strings.Contains(string(inc.Entry), hex.EncodeToString(n.Commitment)) {
					t.Errorf("entry %d does not hold the commitment", n.Receipt.Index)
				}
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("notification %s: %v", n.ID, err)
			}
		}
	}
	// The SBOM stayed home: CN holds no component of it.
	regs, err := cn.Node.DB.Advisories().ComponentsByKey(ctx, []string{"name:gadget"})
	if err != nil || len(regs) != 0 {
		t.Errorf("CN holds DE's components: %v %v", regs, err)
	}
	// DE keeps CN's publication with CN's receipt.
	pubs, err := f.client("DE", "controller").Advisories(ctx)
	if err != nil || len(pubs) != 1 || pubs[0].Node != cn.Name || pubs[0].Receipt.Origin != cn.Node.Log.Origin() {
		t.Errorf("DE's advisories: %+v %v", pubs, err)
	}
}
