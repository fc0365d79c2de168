package node_test

import (
	"context"
	"crypto/ed25519"
	"crypto/tls"
	"crypto/x509"
	"database/sql"
	"encoding/base64"
	"fmt"
	"net/http"
	"path/filepath"
	"regexp"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/audit"
	"github.com/comity-project/comity/client"
	"github.com/comity-project/comity/federation"
	comityhttp "github.com/comity-project/comity/http"
	"github.com/comity-project/comity/judicial"
	"github.com/comity-project/comity/ledger"
	"github.com/comity-project/comity/node"
	"github.com/comity-project/comity/rulebook"
	"github.com/comity-project/comity/sqlite"
	"golang.org/x/mod/sumdb/note"
)

// TestDecisionsSurviveKill runs a CN node in a child process (see
// TestNodeSurvivesKill), sends racing decisions on many transfer and
// judicial cases at once (approvals against refusals, grants against
// refusals), and kills the node with SIGKILL in the middle, three times
// over. Decisions in flight die between their claim and their commit;
// after every restart each case must be decided exactly as its log says
// (one accepted decision, the one stored) or undecided with no accepted
// decision on its log, and the undecided ones must be decidable again.
func TestDecisionsSurviveKill(t *testing.T) {
	if testing.Short() {
		t.Skip("spawns node processes")
	}
	ctx := context.Background()
	dir := t.TempDir()
	k := newKillFederation(t, dir)
	hc := &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{
		TLSClientConfig: &tls.Config{RootCAs: k.roots, MinVersion: tls.VersionTLS12}, MaxIdleConnsPerHost: 32}}
	defer hc.CloseIdleConnections()
	auditState := filepath.Join(t.TempDir(), "audit.state")

	const rounds, perRound = 3, 24
	var (
		transfers []*comity.Transfer
		cases     []*judicial.Case
		recovered [4]int
		dpa, ca   string
	)
	for round := 0; round <= rounds; round++ {
		// New cases for this round, stored while the node is down.
		if round < rounds {
			ts, cs := k.seed(t, round, perRound)
			transfers, cases = append(transfers, ts...), append(cases, cs...)
		}
		n := startCrashNode(t, k.cfgPath, hc)
		c := &client.Client{BaseURL: n.url, HTTP: hc}
		if round == 0 {
			c.Token = k.opToken
			dpa, ca = k.principal(t, c, "dpa", comity.RoleDPA), k.principal(t, c, "central-authority", comity.RoleCentralAuthority)
		}
		if round > 0 {
			for i, v := range recoveredClaims(n.logs()) {
				recovered[i] += v
			}
			// The cases decided before the kill, or claimed and settled at
			// the restart, agree with the log.
			k.check(t, hc, n.url, auditState, transfers, cases, dpa, ca, false)
		}
		if round == rounds {
			// Decide what the kills left undecided: nothing is stuck.
			k.decideAll(ctx, t, n, hc, transfers, cases, dpa, ca, false)
			k.check(t, hc, n.url, auditState, transfers, cases, dpa, ca, true)
			if err := n.terminate(); err != nil {
				t.Fatalf("node did not stop cleanly: %v\n%s", err, n.logs())
			}
			break
		}
		k.decideAll(ctx, t, n, hc, transfers, cases, dpa, ca, true)
	}
	t.Logf("claims left by the kills and settled at restarts: %d transfers decided as logged, %d pending again; "+
		"%d judicial steps committed as logged, %d undone", recovered[0], recovered[1], recovered[2], recovered[3])
	if recovered == [4]int{} {
		t.Error("no kill struck between a claim and its commit")
	}
}

// killFed is a one-state federation (CN) whose node is run by the test,
// with the keys of CN's data-protection and central authorities.
type killFed struct {
	cfgPath, opToken string
	cfg              *node.Config
	roots            *x509.CertPool
	dpaKey, caKey    ed25519.PrivateKey
	verifier         note.Verifier
	mmd              time.Duration
}

func newKillFederation(t testing.TB, dir string) *killFed {
	t.Helper()
	ctx := context.Background()
	manifestPath := filepath.Join(dir, "manifest.json")
	cfg, opToken, err := node.Init(ctx, node.InitConfig{Dir: dir, Name: "cn-node", Jurisdiction: "CN", Listen: "127.0.0.1:0", Manifest: manifestPath})
	if err != nil {
		t.Fatal(err)
	}
	key, err := federation.LoadPrivateKey(cfg.Key)
	if err != nil {
		t.Fatal(err)
	}
	k := &killFed{cfgPath: filepath.Join(dir, "node.yaml"), opToken: opToken, cfg: cfg}
	if k.roots, err = federation.LoadCertPool(cfg.TLS.Roots...); err != nil {
		t.Fatal(err)
	}
	if k.dpaKey, err = federation.GenerateKey(); err != nil {
		t.Fatal(err)
	}
	if k.caKey, err = federation.GenerateKey(); err != nil {
		t.Fatal(err)
	}
	pub := func(k ed25519.PrivateKey) federation.PublicKey {
		return federation.PublicKey(k.Public().(ed25519.PublicKey))
	}
	m := &federation.Manifest{Federation: "comity-kill", Serial: 1, BaselineQuorum: 1, Members: []federation.Member{{
		Jurisdiction: "CN",
		Nodes:        []federation.Node{{Name: "cn-node", URL: "https://127.0.0.1:7443", PublicKey: pub(key)}},
		Authorities: []federation.Authority{{Role: comity.RoleDPA, Name: "CN dpa", PublicKey: pub(k.dpaKey)},
			{Role: comity.RoleCentralAuthority, Name: "CN central authority", PublicKey: pub(k.caKey)}},
	}}}
	if err := federation.Sign(m, "CN", k.dpaKey); err != nil {
		t.Fatal(err)
	}
	if err := federation.WriteManifest(manifestPath, m); err != nil {
		t.Fatal(err)
	}
	_, vkey, err := ledger.KeyFromEd25519(cfg.Name, key)
	if err != nil {
		t.Fatal(err)
	}
	if k.verifier, err = note.NewVerifier(vkey); err != nil {
		t.Fatal(err)
	}
	if k.mmd = cfg.Ledger.MaxMergeDelay; k.mmd == 0 {
		k.mmd = audit.DefaultMergeDelay
	}
	return k
}

// seed stores n pending transfer cases and n judicial cases under review
// in the node's database, as the gate and a filing would have left them.
func (k *killFed) seed(t *testing.T, round, n int) ([]*comity.Transfer, []*judicial.Case) {
	t.Helper()
	ctx := context.Background()
	db, err := sqlite.Open(ctx, sqlite.Config{Path: k.cfg.Store.Path})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var ts []*comity.Transfer
	var cs []*judicial.Case
	now := comity.Now()
	for i := range n {
		records := []string{fmt.Sprintf("CN-KILL-%d-%03d", round, i)}
		tr := &comity.Transfer{ID: comity.NewTransferID("CN"), State: comity.TransferPending, CreatedAt: now, UpdatedAt: now,
			Request: &comity.AccessRequest{Requester: &comity.Principal{ID: "analyst", Organisation: "de-analytics", Jurisdiction: "DE"},
				Action: comity.ActionBulkExport, RecordIDs: records, Destination: "DE", Purpose: "analytics"}}
		if err := db.Transfers().CreateTransfer(ctx, tr); err != nil {
			t.Fatal(err)
		}
		ts = append(ts, tr)
		c := &judicial.Case{ID: fmt.Sprintf("US-CN-KILL%d%04d", round, i), Requesting: "US", Holding: "CN", Agency: "us-fbi",
			Offence: "fraud", LegalBasis: judicial.Reciprocity, Urgency: judicial.Standard, Scope: judicial.Scope{RecordIDs: records},
			State: judicial.UnderReview, Created: now, Updated: now, Due: now.Add(240 * time.Hour)}
		if err := db.Judicial().CreateCase(ctx, c); err != nil {
			t.Fatal(err)
		}
		cs = append(cs, c)
	}
	return ts, cs
}

func (k *killFed) principal(t *testing.T, c *client.Client, id string, role comity.Role) string {
	t.Helper()
	p, err := c.CreatePrincipal(context.Background(), comityhttp.PrincipalInput{ID: id, Organisation: "cn-" + id, Roles: []comity.Role{role}})
	if err != nil {
		t.Fatal(err)
	}
	return p.Token
}

// decideAll sends, for every case, two approvals (grants) and two refusals
// at once, sixteen decisions at a time. With kill, once a quarter of them
// have an answer, it watches the node's database (as another process may)
// and kills the node the moment it sees a decision claimed and not yet
// committed, or once half have an answer.
func (k *killFed) decideAll(ctx context.Context, t *testing.T, n *crashNode, hc *http.Client, ts []*comity.Transfer, cs []*judicial.Case, dpa, ca string, kill bool) {
	t.Helper()
	dc := &client.Client{BaseURL: n.url, HTTP: hc, Token: dpa}
	cc := &client.Client{BaseURL: n.url, HTTP: hc, Token: ca}
	var calls []func() error
	for i, tr := range ts {
		for j := range 2 {
			a := rulebook.ApprovalFor(tr, "CN", comity.Now(), time.Duration(j+1)*time.Hour)
			if err := a.Sign(k.dpaKey); err != nil {
				t.Fatal(err)
			}
			grounds := fmt.Sprintf("refusal %d", j)
			sig := base64.StdEncoding.EncodeToString(ed25519.Sign(k.dpaKey, comity.RefusalMessage(tr.ID, grounds)))
			calls = append(calls, func() error {
				_, err := dc.DecideTransfer(ctx, tr.ID, comityhttp.TransferDecision{Approval: a.Encode()})
				return err
			}, func() error {
				_, err := dc.DecideTransfer(ctx, tr.ID, comityhttp.TransferDecision{Grounds: grounds, Signature: sig})
				return err
			})
		}
		c := cs[i]
		for j := range 2 {
			o, ap := judicial.NewOrder(c, c.Scope.RecordIDs, false, nil, comity.Now().Add(-time.Second), comity.Now().Add(time.Duration(j+1)*time.Hour))
			if err := o.Sign(ap, k.caKey); err != nil {
				t.Fatal(err)
			}
			order := o.Encode()
			calls = append(calls, func() error {
				_, err := cc.MoveCase(ctx, c.ID, judicial.Step{To: judicial.Granted, Order: order})
				return err
			}, func() error {
				_, err := cc.MoveCase(ctx, c.ID, judicial.Step{To: judicial.Refused, Note: "no dual criminality"})
				return err
			})
		}
	}
	work := make(chan func() error)
	var (
		wg       sync.WaitGroup
		mu       sync.Mutex
		answered int
		failed   error
		killOnce sync.Once
	)
	for range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for call := range work {
				err := call()
				mu.Lock()
				answered++
				if err != nil && comity.ErrorCode(err) != comity.ECONFLICT && !n.killed() {
					failed = firstErr(failed, err)
				}
				if kill && answered == len(calls)/4 {
					go k.killWhenClaimed(t, n)
				}
				if kill && answered == len(calls)/2 {
					killOnce.Do(func() { go n.kill() })
				}
				mu.Unlock()
			}
		}()
	}
	for _, call := range calls {
		if kill && n.killed() {
			break
		}
		work <- call
	}
	close(work)
	wg.Wait()
	if kill {
		n.kill()
	}
	if failed != nil {
		t.Fatalf("a decision failed otherwise than by a conflict: %v", failed)
	}
}

// killWhenClaimed kills n as soon as its database holds a claim.
func (k *killFed) killWhenClaimed(t *testing.T, n *crashNode) {
	db, err := sql.Open("sqlite", "file:"+k.cfg.Store.Path+"?_pragma=busy_timeout(1000)")
	if err != nil {
		t.Error(err)
		return
	}
	defer db.Close()
	for !n.killed() {
		var claims int
		err := db.QueryRow(`SELECT (SELECT count(*) FROM transfers WHERE claim_token IS NOT NULL) +
			(SELECT count(*) FROM judicial_cases WHERE claim_token IS NOT NULL)`).Scan(&claims)
		if err == nil && claims > 0 {
			n.kill()
			return
		}
	}
}

// check compares every case's stored state at the node with its log: one
// accepted decision, the one stored, or none for an undecided case. With
// all, every case must be decided.
func (k *killFed) check(t *testing.T, hc *http.Client, url, auditState string, ts []*comity.Transfer, cs []*judicial.Case, dpa, ca string, all bool) {
	t.Helper()
	ctx := context.Background()
	logURL := url + "/log/"
	// Every entry durable before the kill is published within the merge
	// delay of the restart; wait for the log to stop growing.
	var entries []*audit.Entry
	var size uint64
	for deadline := time.Now().Add(k.mmd + 5*time.Second); ; time.Sleep(k.mmd / 2) {
		rep, err := audit.Verify(ctx, audit.Config{URL: logURL, Verifier: k.verifier, HTTPClient: hc, StateFile: auditState, KeepEntries: true})
		if err != nil {
			t.Fatalf("the log does not verify: %v", err)
		}
		if rep.Checkpoint.Size == size && size > 0 || time.Now().After(deadline) {
			entries = rep.Entries
			break
		}
		size = rep.Checkpoint.Size
	}
	accepted := map[string][]string{}
	for _, e := range entries {
		switch {
		case e.Kind == "case" && (e.Detail["step"] == "approved" || e.Detail["step"] == "refused"):
			accepted[e.Detail["case"]] = append(accepted[e.Detail["case"]], e.Detail["step"])
		case e.Kind == string(judicial.EntryKind) && (e.Detail["event"] == judicial.EventGranted || e.Detail["event"] == judicial.EventRefused):
			accepted[e.Detail["case"]] = append(accepted[e.Detail["case"]], e.Detail["event"])
		}
	}
	dc := &client.Client{BaseURL: url, HTTP: hc, Token: dpa}
	cc := &client.Client{BaseURL: url, HTTP: hc, Token: ca}
	decided := 0
	for i, tr := range ts {
		got, err := dc.Transfer(ctx, tr.ID)
		if err != nil {
			t.Fatal(err)
		}
		k.agree(t, tr.ID, string(got.State), got.State == comity.TransferPending, accepted[tr.ID], all)
		c, err := cc.Case(ctx, cs[i].ID)
		if err != nil {
			t.Fatal(err)
		}
		k.agree(t, c.ID, string(c.State), c.State == judicial.UnderReview, accepted[c.ID], all)
		if got.State != comity.TransferPending {
			decided++
		}
	}
	t.Logf("%d of %d transfer cases decided; log of %d entries agrees with the store", decided, len(ts), len(entries))
}

func (k *killFed) agree(t *testing.T, id, state string, undecided bool, logged []string, all bool) {
	t.Helper()
	switch {
	case undecided && all:
		t.Errorf("case %s is still %s after every decision was sent again", id, state)
	case undecided && len(logged) != 0:
		t.Errorf("case %s is stored %s, but its log holds the decisions %v", id, state, logged)
	case !undecided && (len(logged) != 1 || logged[0] != state):
		t.Errorf("case %s is stored %s, but its log holds the decisions %v", id, state, logged)
	}
}

var recoveredRe = regexp.MustCompile(`"transfers_decided_as_logged":(\d+),"transfers_pending_again":(\d+),"judicial_steps_committed_as_logged":(\d+),"judicial_steps_undone":(\d+)`)

// recoveredClaims counts the claims a node reported settling at start:
// transfers decided as logged and pending again, judicial steps committed
// as logged and undone.
func recoveredClaims(logs string) (n [4]int) {
	for _, m := range recoveredRe.FindAllStringSubmatch(logs, -1) {
		for i, s := range m[1:] {
			v, _ := strconv.Atoi(s)
			n[i] += v
		}
	}
	return n
}
