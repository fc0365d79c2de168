package node_test

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/mod/sumdb/note"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/audit"
	"github.com/comity-project/comity/federation"
	comityhttp "github.com/comity-project/comity/http"
	"github.com/comity-project/comity/node"
)

// successor returns a copy of m with the next serial and no signatures,
// edited by edit and signed by signers (SignSuccessor: old keys may sign).
func successor(t *testing.T, m *federation.Manifest, edit func(*federation.Manifest), signers map[comity.Jurisdiction]ed25519.PrivateKey) *federation.Manifest {
	t.Helper()
	data, _ := m.Marshal()
	next, err := federation.ParseManifest(data)
	if err != nil {
		t.Fatal(err)
	}
	next.Serial++
	next.Signatures = nil
	edit(next)
	for j, k := range signers {
		if err := federation.SignSuccessor(m, next, j, k); err != nil {
			t.Fatal(err)
		}
	}
	return next
}

// postManifest hands m to j's node as its operator.
func (f *testFed) postManifest(t *testing.T, j comity.Jurisdiction, m *federation.Manifest) problemOf {
	t.Helper()
	data, _ := m.Marshal()
	req, _ := http.NewRequest("POST", f.Nodes[j].URL+"/v1/federation/manifest", bytes.NewReader(data))
	req.Header.Set("Authorization", "Bearer "+f.Nodes[j].Tokens["operator"])
	req.Header.Set("Content-Type", "application/json")
	resp, err := f.httpClient().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	got := problemOf{Status: resp.StatusCode, ContentType: resp.Header.Get("Content-Type")}
	json.NewDecoder(resp.Body).Decode(&got.Body)
	return got
}

// serial is the manifest serial j's node runs on, as its API says.
func (f *testFed) serial(t *testing.T, j comity.Jurisdiction) uint64 {
	t.Helper()
	resp, err := f.httpClient().Get(f.Nodes[j].URL + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	var n uint64
	for _, c := range resp.Header.Get(comityhttp.ManifestSerialHeader) {
		n = n*10 + uint64(c-'0')
	}
	return n
}

func (f *testFed) waitSerial(t *testing.T, j comity.Jurisdiction, want uint64) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for f.serial(t, j) != want {
		if time.Now().After(deadline) {
			t.Fatalf("%s is on serial %d, want %d", j, f.serial(t, j), want)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// waitMembership audits j's log until its membership entries satisfy ok
// (entries are published within the merge delay), or fails.
func (f *testFed) waitMembership(t *testing.T, j comity.Jurisdiction, what string, ok func([]*audit.Entry) bool) {
	t.Helper()
	tn := f.Nodes[j]
	v, err := note.NewVerifier(tn.Node.Log.VerifierKey())
	if err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(20 * time.Second)
	for {
		rep, err := audit.Verify(context.Background(), audit.Config{URL: tn.URL + "/log", Verifier: v, HTTPClient: f.httpClient(), KeepEntries: true})
		if err != nil {
			t.Fatal(err)
		}
		var out []*audit.Entry
		for _, e := range rep.Entries {
			if e.Kind == "membership" {
				out = append(out, e)
			}
		}
		if ok(out) {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s's log: %s: not found in %d membership entries", j, what, len(out))
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// TestManifestChain runs a federation of CN, DE and US (baseline quorum 2,
// witness threshold 2 of 2) through a life of its membership, live: forged and
// rolled-back manifests are refused and logged, Japan joins with its own CA
// (no restarts; its data is forwarded home, its log witnessed by the others),
// a peer on an older serial is told so, the United States leaves, and at
// start-up a node refuses a forged or rolled-back manifest file.
func TestManifestChain(t *testing.T) {
	f := startFederationQuorum(t, nil, 2, "CN", "DE", "US")
	auth := f.Authorities
	m1 := f.Manifest

	t.Run("forged successor refused live", func(t *testing.T) {
		rogue := map[comity.Jurisdiction]ed25519.PrivateKey{}
		forged := successor(t, m1, func(m *federation.Manifest) {
			for i := range m.Members {
				k, _ := federation.GenerateKey()
				rogue[m.Members[i].Jurisdiction] = k
				m.Members[i].Authorities[0].PublicKey = federation.PublicKey(k.Public().(ed25519.PublicKey))
			}
		}, nil)
		for j, k := range rogue {
			federation.Sign(forged, j, k)
		}
		if err := federation.Verify(forged); err != nil {
			t.Fatalf("the forgery should verify on its own: %v", err)
		}
		got := f.postManifest(t, "CN", forged)
		if got.Status != 400 || got.typ() != "urn:comity:problem:invalid" {
			t.Fatalf("forged: HTTP %d %v", got.Status, got.Body)
		}
		// The joiner alone, or with one member, is below the quorum.
		jp, _ := federation.GenerateKey()
		lone := successor(t, m1, func(m *federation.Manifest) {
			m.Members = append(m.Members, federation.Member{Jurisdiction: "JP", Nodes: []federation.Node{},
				Authorities: []federation.Authority{{Role: comity.RoleDPA, PublicKey: federation.PublicKey(jp.Public().(ed25519.PublicKey))}}})
		}, map[comity.Jurisdiction]ed25519.PrivateKey{"JP": jp, "CN": auth["CN"]})
		if got := f.postManifest(t, "CN", lone); got.Status != 400 {
			t.Fatalf("joiner and one member: HTTP %d %v", got.Status, got.Body)
		}
		// Rollback: a serial-1 manifest with other content.
		back := successor(t, m1, func(m *federation.Manifest) { m.Serial = 1; m.Members[0].Name = "changed" }, auth)
		if got := f.postManifest(t, "CN", back); got.Status != 400 {
			t.Fatalf("rollback: HTTP %d %v", got.Status, got.Body)
		}
		if s := f.serial(t, "CN"); s != 1 {
			t.Fatalf("CN moved to serial %d", s)
		}
		f.waitMembership(t, "CN", "three refused manifests", func(es []*audit.Entry) bool {
			denied := 0
			for _, e := range es {
				if e.Outcome == "deny" && e.Detail["reason"] != "" && e.Detail["digest"] != "" && e.Detail["previous_serial"] == "1" {
					denied++
				}
			}
			return denied == 3
		})
	})

	// Japan runs its own node with its own CA: no one's CA key is shared.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	jpDir := filepath.Join(f.Dir, "jp")
	jpManifest := filepath.Join(f.Dir, "jp-manifest.json")
	jcfg, jpOp, err := node.Init(context.Background(), node.InitConfig{Dir: jpDir, Name: "jp-node", Jurisdiction: "JP",
		Listen: ln.Addr().String(), Manifest: jpManifest})
	if err != nil {
		t.Fatal(err)
	}
	// Only this test's own clients (an operator's browser) need JP's CA.
	if ca, err := os.ReadFile(filepath.Join(jpDir, "ca", federation.CACertFile)); err != nil || !f.Roots.AppendCertsFromPEM(ca) {
		t.Fatalf("JP's CA for this test's clients: %v", err)
	}
	jpNodeKey, _ := federation.LoadPrivateKey(jcfg.Key)
	jpAuth, _ := federation.GenerateKey()
	jpURL := "https://" + ln.Addr().String()
	m2 := successor(t, m1, func(m *federation.Manifest) {
		m.Members = append(m.Members, federation.Member{Jurisdiction: "JP",
			Nodes:       []federation.Node{{Name: "jp-node", URL: jpURL, PublicKey: federation.PublicKey(jpNodeKey.Public().(ed25519.PublicKey))}},
			Authorities: []federation.Authority{{Role: comity.RoleDPA, PublicKey: federation.PublicKey(jpAuth.Public().(ed25519.PublicKey))}}})
	}, map[comity.Jurisdiction]ed25519.PrivateKey{"CN": auth["CN"], "DE": auth["DE"], "JP": jpAuth})
	if err := federation.WriteManifest(jpManifest, m2); err != nil {
		t.Fatal(err)
	}
	f.Nodes["JP"] = &testNode{J: "JP", Name: "jp-node", URL: jpURL, Dir: jpDir, Tokens: map[string]string{"operator": jpOp}}
	f.serve(t, "JP", ln)

	t.Run("a state joins live", func(t *testing.T) {
		got := f.postManifest(t, "CN", m2)
		if got.Status != 200 || got.Body["serial"] != float64(2) {
			t.Fatalf("join: HTTP %d %v", got.Status, got.Body)
		}
		// CN passes it on; every member moves without a restart.
		for _, j := range []comity.Jurisdiction{"CN", "DE", "US", "JP"} {
			f.waitSerial(t, j, 2)
		}
		// A DE controller writes a record homed in JP: forwarded home.
		meta, err := f.client("DE", "controller").CreateRecord(context.Background(), comityhttp.RecordInput{Home: "JP",
			Category: comity.CategoryGeneral, Fields: personal(`{"note":"made in Japan"}`)})
		if err != nil {
			t.Fatal(err)
		}
		if f.stored(t, "JP", meta.ID) == nil || f.stored(t, "DE", meta.ID) != nil {
			t.Fatal("the JP record is not stored at its home only")
		}
		// JP's log publishes only with a cosignature of another member's
		// node: they witness it now.
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
		defer cancel()
		for {
			cp, err := f.Nodes["JP"].Node.Log.Checkpoint(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if size := strings.Split(string(cp), "\n")[1]; size != "0" && strings.Contains(string(cp), "-node/witness") {
				break
			}
			if ctx.Err() != nil {
				t.Fatalf("JP's log is not witnessed: %s", cp)
			}
			time.Sleep(100 * time.Millisecond)
		}
		for _, j := range []comity.Jurisdiction{"CN", "DE"} {
			f.waitMembership(t, j, "serial 2 accepted", func(es []*audit.Entry) bool {
				for _, e := range es {
					if e.Outcome == "allow" && e.Detail["serial"] == "2" && e.Detail["signed_by"] == "CN,DE,JP" {
						return true
					}
				}
				return false
			})
		}
	})

	t.Run("a peer on an older serial is told so", func(t *testing.T) {
		h := http.Header{comityhttp.ManifestSerialHeader: {"1"}}
		got := rawCall(t, f.peerClient(f.nodeCert(t, "DE")), "GET", f.Nodes["CN"].URL+"/v1/node", h, nil)
		if got.Status != http.StatusConflict || got.typ() != "urn:comity:problem:stale-manifest" {
			t.Fatalf("HTTP %d %v", got.Status, got.Body)
		}
		if d, _ := got.Body["detail"].(string); !strings.Contains(d, "serial 1") || !strings.Contains(d, "serial 2") {
			t.Errorf("detail %q", d)
		}
		// It may still catch up.
		got = rawCall(t, f.peerClient(f.nodeCert(t, "DE")), "GET", f.Nodes["CN"].URL+"/v1/federation/manifest", h, nil)
		if got.Status != 200 || got.Body["serial"] != float64(2) {
			t.Fatalf("fetch: HTTP %d %v", got.Status, got.Body)
		}
	})

	m3 := successor(t, m2, func(m *federation.Manifest) {
		m.Members = m.Members[:0:0]
		for _, mem := range m2.Members {
			if mem.Jurisdiction != "US" {
				m.Members = append(m.Members, mem)
			}
		}
	}, map[comity.Jurisdiction]ed25519.PrivateKey{"CN": auth["CN"], "JP": jpAuth})
	t.Run("a state leaves", func(t *testing.T) {
		usRecord := "US-LEAVING-1"
		if _, err := f.client("US", "controller").CreateRecord(context.Background(), comityhttp.RecordInput{ID: usRecord,
			Category: comity.CategoryGeneral, Fields: personal(`{"a":1}`)}); err != nil {
			t.Fatal(err)
		}
		if got := f.postManifest(t, "DE", m3); got.Status != 200 {
			t.Fatalf("departure at DE: HTTP %d %v", got.Status, got.Body)
		}
		for _, j := range []comity.Jurisdiction{"CN", "DE", "JP"} {
			f.waitSerial(t, j, 3)
		}
		// The US node is not in serial 3, so no one announces it there:
		// its operator hands it over.
		if got := f.postManifest(t, "US", m3); got.Status != 200 || got.Body["departed"] != true {
			t.Fatalf("departure at US: HTTP %d %v", got.Status, got.Body)
		}
		_, err := f.client("DE", "controller").ReadRecord(context.Background(), usRecord, "customer service")
		if err == nil {
			t.Fatal("DE served a record homed in a departed state")
		}
		_, err = f.client("US", "controller").ReadRecord(context.Background(), usRecord, "customer service")
		if comity.ErrorCode(err) != comity.EUNAVAILABLE || !strings.Contains(comity.ErrorMessage(err), "left federation") {
			t.Fatalf("the departed node served its record: %v", err)
		}
		// Its log stays open for audit, the departure on it.
		departure := func(es []*audit.Entry) bool {
			for _, e := range es {
				if e.Detail["serial"] == "3" && e.Outcome == "allow" {
					return true
				}
			}
			return false
		}
		f.waitMembership(t, "US", "the departure", departure)
		// Restarted, it still serves its log and still releases nothing.
		f.stop(t, "US")
		f.restart(t, "US")
		if s := f.serial(t, "US"); s != 3 {
			t.Errorf("restarted US reports serial %d", s)
		}
		f.waitMembership(t, "US", "the departure, after a restart", departure)
		_, err = f.client("US", "controller").ReadRecord(context.Background(), usRecord, "customer service")
		if comity.ErrorCode(err) != comity.EUNAVAILABLE || !strings.Contains(comity.ErrorMessage(err), "left federation") {
			t.Fatalf("the restarted departed node served its record: %v", err)
		}
	})

	// JP replaces its node: a new node with a new key (and its own CA),
	// listed by a successor the quorum signs; the old node is no longer
	// served and stops releasing records.
	ln2, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	jp2Dir := filepath.Join(f.Dir, "jp2")
	jp2Manifest := filepath.Join(f.Dir, "jp2-manifest.json")
	j2cfg, jp2Op, err := node.Init(context.Background(), node.InitConfig{Dir: jp2Dir, Name: "jp-node-2", Jurisdiction: "JP",
		Listen: ln2.Addr().String(), Manifest: jp2Manifest})
	if err != nil {
		t.Fatal(err)
	}
	if ca, err := os.ReadFile(filepath.Join(jp2Dir, "ca", federation.CACertFile)); err != nil || !f.Roots.AppendCertsFromPEM(ca) {
		t.Fatalf("JP's second CA: %v", err)
	}
	jp2Key, _ := federation.LoadPrivateKey(j2cfg.Key)
	jp2URL := "https://" + ln2.Addr().String()
	m4 := successor(t, m3, func(m *federation.Manifest) {
		m.Member("JP").Nodes = []federation.Node{{Name: "jp-node-2", URL: jp2URL, PublicKey: federation.PublicKey(jp2Key.Public().(ed25519.PublicKey))}}
	}, map[comity.Jurisdiction]ed25519.PrivateKey{"CN": auth["CN"], "DE": auth["DE"], "JP": jpAuth})
	t.Run("a node is replaced", func(t *testing.T) {
		if err := federation.WriteManifest(jp2Manifest, m4); err != nil {
			t.Fatal(err)
		}
		f.Nodes["JP2"] = &testNode{J: "JP", Name: "jp-node-2", URL: jp2URL, Dir: jp2Dir, Tokens: map[string]string{"operator": jp2Op}}
		f.serve(t, "JP2", ln2)
		if got := f.postManifest(t, "CN", m4); got.Status != 200 {
			t.Fatalf("replacement at CN: HTTP %d %v", got.Status, got.Body)
		}
		for _, j := range []comity.Jurisdiction{"CN", "DE", "JP2"} {
			f.waitSerial(t, j, 4)
		}
		meta, err := f.client("DE", "controller").CreateRecord(context.Background(), comityhttp.RecordInput{Home: "JP",
			Category: comity.CategoryGeneral, Fields: personal(`{"note":"to the new node"}`)})
		if err != nil {
			t.Fatal(err)
		}
		if f.stored(t, "JP2", meta.ID) == nil {
			t.Fatal("the record did not reach JP's new node")
		}
		if got := f.postManifest(t, "JP", m4); got.Status != 200 || got.Body["departed"] != true {
			t.Fatalf("the old node: HTTP %d %v", got.Status, got.Body)
		}
		_, err = f.client("JP", "controller").ListRecords(context.Background(), "", comity.RecordFilter{Limit: 1})
		if comity.ErrorCode(err) != comity.EUNAVAILABLE || !strings.Contains(comity.ErrorMessage(err), "jp-node is not in") {
			t.Fatalf("the replaced node released records: %v", err)
		}
	})

	m5 := successor(t, m4, func(m *federation.Manifest) { m.Member("CN").Name = "People's Republic of China" },
		map[comity.Jurisdiction]ed25519.PrivateKey{"CN": auth["CN"], "DE": auth["DE"]})
	t.Run("a node that missed an update is told and fetches it", func(t *testing.T) {
		f.stop(t, "DE")
		if got := f.postManifest(t, "CN", m5); got.Status != 200 {
			t.Fatalf("serial 5 at CN: HTTP %d %v", got.Status, got.Body)
		}
		f.restart(t, "DE") // its file says serial 1, its chain 4: it runs on 4
		if s := f.serial(t, "DE"); s != 4 {
			t.Fatalf("DE restarted on serial %d", s)
		}
		in := comityhttp.RecordInput{ID: "CN-LATE-1", Category: comity.CategoryGeneral, Fields: personal(`{"a":1}`)}
		_, err := f.client("DE", "controller").CreateRecord(context.Background(), in)
		if comity.ErrorCode(err) != comity.ESTALE || !strings.Contains(comity.ErrorMessage(err), "serial 4") {
			t.Fatalf("a write forwarded from a node on serial 4: %v", err)
		}
		// CN's answer carried serial 5: DE fetched it from CN.
		f.waitSerial(t, "DE", 5)
		if _, err := f.client("DE", "controller").CreateRecord(context.Background(), in); err != nil {
			t.Fatalf("after catching up: %v", err)
		}
	})

	t.Run("no false alarms", func(t *testing.T) {
		// Nodes on different serials for a moment must not read each
		// other's refusals as forks.
		for _, j := range []comity.Jurisdiction{"CN", "DE", "US", "JP", "JP2"} {
			tn := f.Nodes[j]
			v, _ := note.NewVerifier(tn.Node.Log.VerifierKey())
			rep, err := audit.Verify(context.Background(), audit.Config{URL: tn.URL + "/log", Verifier: v, HTTPClient: f.httpClient(), KeepEntries: true})
			if err != nil {
				t.Fatalf("%s: %v", j, err)
			}
			for _, e := range rep.Entries {
				if e.Kind == "split-view" || e.Kind == "witness-alarm" {
					t.Errorf("%s logged %s: %v", tn.Name, e.Kind, e.Detail)
				}
			}
		}
	})

	t.Run("start-up refuses rollback and forgery", func(t *testing.T) {
		f.stop(t, "CN")
		cfg, err := node.LoadConfig(filepath.Join(f.Nodes["CN"].Dir, "node.yaml"))
		if err != nil {
			t.Fatal(err)
		}
		open := func(m *federation.Manifest) error {
			path := filepath.Join(t.TempDir(), "manifest.json")
			if err := federation.WriteManifest(path, m); err != nil {
				t.Fatal(err)
			}
			cfg.Manifest = path
			n, err := node.Open(context.Background(), cfg, node.Options{Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
			if err == nil {
				n.Close(context.Background())
			}
			return err
		}
		// A serial-1 manifest this node never accepted.
		forged := successor(t, m1, func(m *federation.Manifest) { m.Serial = 1; m.Members[0].Name = "People's Republic" }, auth)
		if err := open(forged); !errors.Is(err, federation.ErrRollback) {
			t.Fatalf("forged serial 1: %v", err)
		}
		// Serial 6 with every authority key replaced and self-signed.
		rogue := map[comity.Jurisdiction]ed25519.PrivateKey{}
		self := successor(t, m5, func(m *federation.Manifest) {
			for i := range m.Members {
				k, _ := federation.GenerateKey()
				rogue[m.Members[i].Jurisdiction] = k
				m.Members[i].Authorities[0].PublicKey = federation.PublicKey(k.Public().(ed25519.PublicKey))
			}
		}, nil)
		for j, k := range rogue {
			federation.Sign(self, j, k)
		}
		if err := open(self); !errors.Is(err, federation.ErrMissingSignatures) {
			t.Fatalf("self-signed serial 6: %v", err)
		}
		// The original file, older than what the node accepted live: it
		// runs on serial 5.
		f.restart(t, "CN")
		if s := f.serial(t, "CN"); s != 5 {
			t.Fatalf("restarted on serial %d", s)
		}
	})
}
