package release_test

import (
	"context"
	"crypto/ed25519"
	"crypto/sha256"
	"errors"
	"io"
	"net/http"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	flog "github.com/transparency-dev/formats/log"
	"golang.org/x/mod/sumdb/note"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/demo"
	"github.com/comity-project/comity/federation"
	"github.com/comity-project/comity/ledger"
	"github.com/comity-project/comity/release"
	"github.com/comity-project/comity/witness"
)

// TestForkedCheckpointRefused: the CN node, holding its own key, signs a
// fork of its log (the same size as a published checkpoint, another root:
// the view it would show one customer). The DE witness refuses to cosign
// it and raises its alarm, and a bundle whose checkpoint is that fork,
// lacking the quorum, does not verify.
func TestForkedCheckpointRefused(t *testing.T) {
	ctx := context.Background()
	v := startVendorFed(t)
	key, _ := newKey(t, false)
	if _, err := v.vendor.RegisterVendorKey(ctx, key, ""); err != nil {
		t.Fatal(err)
	}
	p, err := v.vendor.PublishRelease(ctx, signed(t, key, "pkg:generic/cn-soft/tool@1.0.0", map[string][]byte{"tool": []byte("x")}))
	if err != nil || p.Bundle == nil {
		t.Fatalf("publish: %+v %v", p, err)
	}
	cn := v.f.Members["CN"]
	nodeKey, err := federation.LoadPrivateKey(filepath.Join(v.f.Dir, "cn", "node.key"))
	if err != nil {
		t.Fatal(err)
	}
	skey, _, err := ledger.KeyFromEd25519(cn.Name, nodeKey)
	if err != nil {
		t.Fatal(err)
	}
	signer, _ := note.NewSigner(skey)
	var cp flog.Checkpoint
	body, _, _ := strings.Cut(p.Bundle.Checkpoint, "\n\n")
	if _, err := cp.Unmarshal([]byte(body + "\n")); err != nil {
		t.Fatal(err)
	}
	forkRoot := sha256.Sum256([]byte("the other view"))
	fork := flog.Checkpoint{Origin: cp.Origin, Size: cp.Size, Hash: forkRoot[:]}
	forged, err := note.Sign(&note.Note{Text: string(fork.Marshal())}, signer)
	if err != nil {
		t.Fatal(err)
	}

	// Present the fork to the DE witness over the CN node's mutual TLS.
	de := v.f.Members["DE"]
	hc, base, err := cn.Node.Peers.NodeClient(de.Name)
	if err != nil {
		t.Fatal(err)
	}
	wkey, err := witness.VerifierKey(de.Name+"/witness", ed25519.PublicKey(v.f.Manifest.Member("DE").Nodes[0].PublicKey))
	if err != nil {
		t.Fatal(err)
	}
	wc, err := witness.NewClient(base+"/witness", wkey)
	if err != nil {
		t.Fatal(err)
	}
	wc.HTTPClient = hc
	before := alarms(t, v, "DE")
	_, err = wc.AddCheckpoint(ctx, cp.Size, nil, forged)
	var conflict *witness.ConflictError
	if errors.As(err, &conflict) {
		// The witness has cosigned another size: the fork cannot be proved
		// consistent with it either.
		_, err = wc.AddCheckpoint(ctx, conflict.Size, nil, forged)
	}
	if err == nil {
		t.Fatal("the DE witness cosigned a fork")
	}
	if !errors.Is(err, witness.ErrFork) && !errors.Is(err, witness.ErrBadProof) {
		t.Fatalf("refused for another reason: %v", err)
	}
	if after := alarms(t, v, "DE"); after <= before {
		t.Fatalf("no alarm at the DE witness (%v then %v)", before, after)
	}

	// A bundle carrying the forked checkpoint has no quorum.
	b := *p.Bundle
	b.Checkpoint = string(forged)
	if _, err := v.trust(t).Verify(&b); !errors.Is(err, release.ErrCheckpoint) {
		t.Fatalf("a bundle on a fork verified: %v", err)
	}
}

// alarms reads the witness alarm counter from j's /metrics.
func alarms(t *testing.T, v *vendorFed, j string) float64 {
	t.Helper()
	n, _ := strconv.ParseFloat(metric(t, v.f, j, "comity_witness_alarms_total"), 64)
	return n
}

// metric reads one sample from j's /metrics as its operator ("" if absent).
func metric(t *testing.T, f *demo.Federation, j, name string) string {
	t.Helper()
	c := f.Client(comity.Jurisdiction(j), "operator")
	req, _ := http.NewRequest("GET", c.BaseURL+"/metrics", nil)
	req.Header.Set("Authorization", "Bearer "+c.Token)
	resp, err := c.HTTP.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	m := regexp.MustCompile(`(?m)^` + regexp.QuoteMeta(name) + ` ([0-9.e+]+)$`).FindSubmatch(body)
	if m == nil {
		return ""
	}
	return string(m[1])
}
