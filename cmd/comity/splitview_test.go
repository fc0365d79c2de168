package main

import (
	"bytes"
	"context"
	"crypto/ed25519"
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
	"testing"
	"time"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/demo"
	"github.com/comity-project/comity/federation"
	"github.com/comity-project/comity/ledger"
	"github.com/comity-project/comity/node"
	"github.com/comity-project/comity/witness"
	"golang.org/x/mod/sumdb/note"
	"golang.org/x/mod/sumdb/tlog"
)

// forkedTree is the published tree of a log extended with forged entries,
// as an operator holding the log's key can make it.
type forkedTree struct {
	hashes []tlog.Hash
	n      int64
}

func (f *forkedTree) ReadHashes(idx []int64) ([]tlog.Hash, error) {
	out := make([]tlog.Hash, len(idx))
	for i, x := range idx {
		out[i] = f.hashes[x]
	}
	return out, nil
}

func (f *forkedTree) add(leaf tlog.Hash) {
	hs, _ := tlog.StoredHashesForRecordHash(f.n, leaf, f)
	f.hashes = append(f.hashes, hs...)
	f.n++
}

// httpGet fetches url and fails the test unless it answers 200.
func httpGet(t *testing.T, hc *http.Client, url, token string) []byte {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, url, nil)
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := hc.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %s %s", url, resp.Status, b)
	}
	return b
}

// metric reads one counter from a node's /metrics.
func metric(t *testing.T, f *demo.Federation, j comity.Jurisdiction, name string) float64 {
	t.Helper()
	b := httpGet(t, f.HTTPClient(), f.Members[j].URL+"/metrics", f.Members[j].Tokens["operator"])
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, name+" "); ok {
			x, _ := strconv.ParseFloat(v, 64)
			return x
		}
	}
	return 0
}

func cpSize(cp []byte) int {
	n, _ := strconv.Atoi(strings.Split(string(cp), "\n")[1])
	return n
}

// TestOneWitnessFork plays the attack witnessing exists for, over three
// real nodes with the demo's policy (2 of 2, a majority): cn-node's operator,
// holding its key, extends the log with 1,000 forged entries (with a valid
// consistency proof) and offers that checkpoint to de-node's witness only.
// The fork cannot meet the quorum; at the next honest checkpoint cn-node's
// publisher hears de-node claim a size it never reached and raises a split
// view (metric, entry on its own log) within the merge delay; de-node keeps
// signed evidence anyone can fetch; and audit and receipt verify, taking
// the witness policy from the manifest, refuse the forked and uncosigned
// checkpoints.
func TestOneWitnessFork(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	fed := filepath.Join(dir, "fed")
	f, err := demo.Start(ctx, demo.Config{Dir: fed, Records: 10})
	if err != nil {
		t.Fatal(err)
	}
	defer f.Stop()
	if k := f.Manifest.Witness.Threshold; k != 2 {
		t.Fatalf("demo witness threshold %d, want 2 of 2", k)
	}
	cn, de := f.Members["CN"], f.Members["DE"]
	hc := f.HTTPClient()
	logURL := cn.URL + "/log"
	logKey := cn.Node.Log.VerifierKey()
	logV, _ := note.NewVerifier(logKey)
	mmd := cn.Node.Log.MaxMergeDelay()

	// An honest decision, and its checkpoint published with both cosignatures.
	rel, err := f.Client("CN", "controller").ListRecords(ctx, "CN", comity.RecordFilter{Limit: 1})
	if err != nil {
		t.Fatal(err)
	}
	var honest []byte
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(100 * time.Millisecond) {
		honest = httpGet(t, hc, logURL+"/checkpoint", "")
		if uint64(cpSize(honest)) > rel.Receipt.Index {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("honest checkpoint not published")
		}
	}
	n := cpSize(honest)

	fork, forged, proof := forkLog(t, f, "CN", n, 1000)
	// Offered to de-node's witness only, over cn-node's mutual TLS.
	deClient := witnessAs(t, f, "CN", "DE")
	dePub := pubKey(f, de.Name)
	deWitnessKey, _ := witness.VerifierKey(witness.NodeName(de.Name), dePub)
	forgedCosigned, err := deClient.AddCheckpoint(ctx, uint64(n), proof, forged)
	var ce *witness.ConflictError
	if errors.As(err, &ce) {
		t.Fatalf("de-node holds size %d, not the published %d", ce.Size, n)
	} else if err != nil {
		t.Fatalf("de-node refused the forged extension: %v", err)
	}

	// The next honest checkpoint: de-node claims 1,000 entries cn-node never had.
	start := time.Now()
	rel2, err := f.Client("CN", "controller").ListRecords(ctx, "CN", comity.RecordFilter{Limit: 1})
	if err != nil {
		t.Fatal(err)
	}
	for metric(t, f, "CN", "comity_ledger_split_views_total") < 1 {
		if time.Since(start) > mmd+ledger.DefaultWitnessTimeout {
			t.Fatalf("no split view raised at cn-node %v after the next honest entry", time.Since(start))
		}
		time.Sleep(50 * time.Millisecond)
	}
	// The bound is the merge delay plus one witness round (a publication
	// attempt may start just before the entry and wait for its witnesses);
	// on an idle machine it takes one checkpoint interval (mmd/4) and a round trip.
	t.Logf("split view raised at cn-node %v after the next honest entry (merge delay %v)", time.Since(start).Round(time.Millisecond), mmd)

	t.Run("cn-node writes the split view on its own log", func(t *testing.T) {
		for deadline := time.Now().Add(5 * time.Second); ; time.Sleep(100 * time.Millisecond) {
			if logHolds(t, filepath.Join(fed, "cn"), `"kind":"split-view"`) {
				return
			}
			if time.Now().After(deadline) {
				t.Fatal("no split-view entry in cn-node's log")
			}
		}
	})
	t.Run("the fork never meets the quorum; cn-node publishes nothing de-node refuses", func(t *testing.T) {
		time.Sleep(mmd)
		if got := cpSize(httpGet(t, hc, logURL+"/checkpoint", "")); got >= int(fork.n) || uint64(got) > rel2.Receipt.Index {
			t.Fatalf("published size %d", got)
		}
	})
	t.Run("de-node keeps signed evidence, public", func(t *testing.T) {
		var list witness.EvidenceList
		for deadline := time.Now().Add(5 * time.Second); len(list.Evidence) == 0; time.Sleep(100 * time.Millisecond) {
			if err := json.Unmarshal(httpGet(t, &http.Client{Transport: hc.Transport}, de.URL+"/witness/evidence?origin="+cn.Name, ""), &list); err != nil {
				t.Fatal(err)
			}
			if time.Now().After(deadline) {
				t.Fatal("no evidence at de-node")
			}
		}
		wv, _ := witness.EvidenceVerifier(witness.NodeName(de.Name), dePub)
		ev, err := witness.OpenEvidence([]byte(list.Evidence[0]), wv, logV)
		if err != nil {
			t.Fatal(err)
		}
		if ev.Kind != witness.EvidenceSmaller || cpSize(ev.Held) != int(fork.n) {
			t.Fatalf("evidence %+v", ev)
		}
		if metric(t, f, "DE", "comity_witness_alarms_total") < 1 {
			t.Fatal("de-node's alarm metric did not move")
		}
		held := httpGet(t, hc, de.URL+"/witness/checkpoint?origin="+cn.Name, "")
		if cpSize(held) != int(fork.n) {
			t.Fatalf("de-node serves held checkpoint of size %d", cpSize(held))
		}
	})

	t.Run("witnesses compare notes: a fork of de-node's log shown to cn-node only is caught by us-node", func(t *testing.T) {
		m := cpSize(httpGet(t, hc, de.URL+"/log/checkpoint", ""))
		_, forged, proof := forkLog(t, f, "DE", m, 1)
		if _, err := witnessAs(t, f, "DE", "CN").AddCheckpoint(ctx, uint64(m), proof, forged); err != nil {
			t.Fatalf("cn-node refused the forged extension: %v", err)
		}
		// de-node's honest log goes on; us-node cosigns it, cn-node holds the fork.
		if _, err := f.Client("DE", "controller").ListRecords(ctx, "DE", comity.RecordFilter{Limit: 1}); err != nil {
			t.Fatal(err)
		}
		us := f.Members["US"]
		wv, _ := witness.EvidenceVerifier(witness.NodeName(us.Name), pubKey(f, us.Name))
		deV, _ := note.NewVerifier(de.Node.Log.VerifierKey())
		start := time.Now()
		for {
			var list witness.EvidenceList
			json.Unmarshal(httpGet(t, hc, us.URL+"/witness/evidence?origin="+de.Name, ""), &list)
			for _, e := range list.Evidence {
				ev, err := witness.OpenEvidence([]byte(e), wv, deV)
				if err != nil {
					t.Fatal(err)
				}
				if ev.Kind == witness.EvidenceGossip {
					t.Logf("us-node caught the fork by comparing notes after %v: %s", time.Since(start).Round(time.Millisecond), ev.Reason)
					return
				}
			}
			if time.Since(start) > 4*max(mmd, time.Second)+ledger.DefaultWitnessTimeout {
				t.Fatalf("us-node did not catch the fork; its evidence: %v", list.Evidence)
			}
			time.Sleep(100 * time.Millisecond)
		}
	})

	// The verifiers, through the CLI, with the policy from the manifest.
	ca := filepath.Join(fed, "ca", "ca.pem")
	tokenFile := filepath.Join(dir, "auditor.token")
	os.WriteFile(tokenFile, []byte(cn.Tokens["auditor"]), 0o600)
	state := filepath.Join(dir, "cn.state")
	manifest := filepath.Join(fed, "manifest.json")
	receipt := filepath.Join(dir, "receipt.json")
	b, _ := json.Marshal(rel.Receipt)
	os.WriteFile(receipt, b, 0o644)

	t.Run("audit of the honest log takes the manifest from /v1/node", func(t *testing.T) {
		code, out, errOut := runComity("audit", logURL, "--log-key", logKey, "--ca", ca, "--token-file", tokenFile, "--state", state)
		if code != 0 || !strings.Contains(out, "witnessed: 2 of the 2 cosignatures required") || !strings.Contains(out, "served by "+cn.URL) {
			t.Fatalf("exit %d\n%s\n%s", code, out, errOut)
		}
	})
	// The operator shows a victim its forked view: the forged checkpoint
	// with de-node's cosignature, and the real log's tiles.
	view := func(cp []byte) string {
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.URL.Path == "/checkpoint" {
				w.Write(cp)
				return
			}
			resp, err := hc.Get(logURL + r.URL.Path)
			if err != nil {
				http.Error(w, err.Error(), 502)
				return
			}
			defer resp.Body.Close()
			w.WriteHeader(resp.StatusCode)
			io.Copy(w, resp.Body)
		}))
		t.Cleanup(srv.Close)
		return srv.URL
	}
	forkedView, uncosignedView := view(forgedCosigned), view(forged)
	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"audit refuses the fork without its quorum", []string{"audit", forkedView, "--log-key", logKey, "--manifest", manifest, "--no-state"}, "policy needs 2"},
		{"receipt verify refuses it too", []string{"receipt", "verify", "--log", forkedView, "--log-key", logKey, "--manifest", manifest, "--state", state, receipt}, "policy needs 2"},
		{"an uncosigned checkpoint is refused", []string{"receipt", "verify", "--log", uncosignedView, "--log-key", logKey, "--manifest", manifest, "--no-state", receipt}, "0 witness cosignatures"},
		{"with one witness enough, the state still refuses the fork", []string{"receipt", "verify", "--log", forkedView, "--log-key", logKey,
			"--witness", deWitnessKey, "--quorum", "1", "--state", state, receipt}, "seen before"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errOut := runComity(tc.args...)
			if code == 0 || !strings.Contains(errOut, tc.want) {
				t.Fatalf("exit %d\n%s\n%s", code, out, errOut)
			}
		})
	}
	t.Run("receipt verify of the honest log, consistent with the audit's state", func(t *testing.T) {
		code, out, errOut := runComity("receipt", "verify", "--log", logURL, "--log-key", logKey, "--ca", ca, "--manifest", manifest, "--state", state, receipt)
		if code != 0 || !strings.Contains(out, "seen before") || !strings.Contains(out, "witnessed: 2 of the 2") {
			t.Fatalf("exit %d\n%s\n%s", code, out, errOut)
		}
	})
	t.Run("--unwitnessed is said in the output", func(t *testing.T) {
		code, out, errOut := runComity("receipt", "verify", "--log", logURL, "--log-key", logKey, "--ca", ca, "--unwitnessed", "--no-state", receipt)
		if code != 0 || !strings.Contains(out, "NOT checked (--unwitnessed)") {
			t.Fatalf("exit %d\n%s\n%s", code, out, errOut)
		}
	})
	t.Run("a node refuses a manifest whose quorums could be disjoint", func(t *testing.T) {
		m := *f.Manifest
		m.Witness.Threshold = 1 // 1 of 2
		m.Signatures = nil
		for _, j := range f.States {
			if err := federation.Sign(&m, j, f.Members[j].Authorities[comity.RoleDPA]); err == nil {
				t.Fatal("a manifest with 2k <= n was signed")
			}
		}
		raw, _ := json.Marshal(f.Manifest)
		raw = bytes.Replace(raw, []byte(`"threshold":2`), []byte(`"threshold":1`), 1)
		path := filepath.Join(dir, "weak.json")
		os.WriteFile(path, raw, 0o644)
		cfg, err := node.LoadConfig(cn.ConfigPath)
		if err != nil {
			t.Fatal(err)
		}
		cfg.Manifest = path
		if _, err := node.Open(ctx, cfg, node.Options{}); err == nil || !strings.Contains(err.Error(), "disjoint") {
			t.Fatalf("node opened with 1 of 2: %v", err)
		}
	})
}

// forkLog is what j's operator, holding its node key, can make: the first
// n entries of j's published log extended with extra forged ones, a
// checkpoint of that tree signed with the log's key, and the consistency
// proof from size n.
func forkLog(t *testing.T, f *demo.Federation, j comity.Jurisdiction, n, extra int) (*forkedTree, []byte, [][]byte) {
	t.Helper()
	mem := f.Members[j]
	if n >= 256 {
		t.Fatalf("log of %d entries: the test reads one partial tile", n)
	}
	key, err := federation.LoadPrivateKey(filepath.Join(f.Dir, strings.ToLower(string(j)), "node.key"))
	if err != nil {
		t.Fatal(err)
	}
	skey, _, err := ledger.KeyFromEd25519(mem.Name, key)
	if err != nil {
		t.Fatal(err)
	}
	signer, _ := note.NewSigner(skey)
	tile := httpGet(t, f.HTTPClient(), fmt.Sprintf("%s/log/tile/0/000.p/%d", mem.URL, n), "")
	fork := &forkedTree{}
	for i := range n {
		fork.add(tlog.Hash(tile[i*tlog.HashSize : (i+1)*tlog.HashSize]))
	}
	for i := range extra {
		fork.add(tlog.RecordHash(fmt.Appendf(nil, `{"v":1,"kind":"decision","node":%q,"forged":%d}`, mem.Name, i)))
	}
	root, _ := tlog.TreeHash(fork.n, fork)
	forged, _ := note.Sign(&note.Note{Text: fmt.Sprintf("%s\n%d\n%s\n", mem.Name, fork.n, root)}, signer)
	p, _ := tlog.ProveTree(fork.n, int64(n), fork)
	proof := make([][]byte, len(p))
	for i := range p {
		proof[i] = p[i][:]
	}
	return fork, forged, proof
}

// witnessAs is a client of w's witness over from's mutual TLS: what from's
// operator uses to offer a checkpoint to that witness alone.
func witnessAs(t *testing.T, f *demo.Federation, from, w comity.Jurisdiction) witness.Client {
	t.Helper()
	name := f.Members[w].Name
	hc, base, err := f.Members[from].Node.Peers.NodeClient(name)
	if err != nil {
		t.Fatal(err)
	}
	vkey, _ := witness.VerifierKey(witness.NodeName(name), pubKey(f, name))
	c, err := witness.NewClient(base+"/witness", vkey)
	if err != nil {
		t.Fatal(err)
	}
	c.HTTPClient = hc
	return c
}

func pubKey(f *demo.Federation, name string) ed25519.PublicKey {
	n, _ := f.Manifest.Node(name)
	return ed25519.PublicKey(n.PublicKey)
}

// logHolds reports whether an entry bundle of the log in a node's data
// directory contains s (entries are durable there before they are published).
func logHolds(t *testing.T, dataDir, s string) bool {
	found := false
	filepath.Walk(filepath.Join(dataDir, "log", "tile", "entries"), func(p string, fi os.FileInfo, err error) error {
		if err == nil && !fi.IsDir() {
			if b, _ := os.ReadFile(p); bytes.Contains(b, []byte(s)) {
				found = true
			}
		}
		return nil
	})
	return found
}
