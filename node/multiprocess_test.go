package node_test

import (
	"context"
	"crypto/tls"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/audit"
	"github.com/comity-project/comity/client"
	"github.com/comity-project/comity/judicial"
	"github.com/comity-project/comity/ledger/mysqltest"
	"github.com/comity-project/comity/node"
	"github.com/comity-project/comity/postgres"
	"github.com/comity-project/comity/postgres/pgtest"
	"github.com/comity-project/comity/rulebook"
	"gopkg.in/yaml.v3"
)

// TestTwoProcessesOneDatabase runs two serve processes of one CN node
// (this test binary re-executed, as in TestNodeSurvivesKill) on one
// PostgreSQL database and one log in MariaDB, as two processes behind a
// load balancer would run, and sends to both at once:
//   - one foreign requester's reads of one person each, in parallel, under
//     CN's rule that fewer than 21 people are exempt from assessment: the
//     slices must add up across the processes, exactly 20 released and the
//     rest held pending;
//   - sixteen executions of one production order: exactly one releases;
//
// and then audits the one log both processes appended to, through each.
func TestTwoProcessesOneDatabase(t *testing.T) {
	if testing.Short() {
		t.Skip("spawns node processes")
	}
	ctx := context.Background()
	url, schema := pgtest.Schema(t)
	sep := "?"
	if strings.Contains(url, "?") {
		sep = "&"
	}
	storeURL := url + sep + "search_path=" + schema
	dir := t.TempDir()
	k := newKillFederation(t, dir)
	setConfig(t, k.cfgPath, map[string]any{"store": storeURL, "ledger": mysqltest.Database(t)})
	installRulebook(t, k, filepath.Join(dir, "rulebooks"), 21)

	db, err := postgres.Open(ctx, postgres.Config{URL: storeURL})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	token := func(id, org string, j comity.Jurisdiction, role comity.Role) string {
		tok, err := db.Principals().CreatePrincipal(ctx, &comity.Principal{ID: id, Organisation: org, Jurisdiction: j,
			Roles: []comity.Role{role}}, 0)
		if err != nil {
			t.Fatal(err)
		}
		return tok
	}
	analyst := token("analyst", "de-analytics", "DE", comity.RoleRequester)
	ca := token("ca", "cn-ca", "CN", comity.RoleCentralAuthority)
	agency := token("fbi", "us-fbi", "US", comity.RoleAgency)
	const people = 40
	var rs []*comity.Record
	for i := range people {
		rs = append(rs, &comity.Record{ID: fmt.Sprintf("CN-MP%04d", i), Home: "CN", Controller: "cn-shop",
			Category: comity.CategoryPersonal, Subjects: []string{fmt.Sprintf("person-%d", i)},
			Fields: json.RawMessage(fmt.Sprintf(`{"name":"Person %d"}`, i))})
	}
	if _, err := db.Records().ImportRecords(ctx, rs); err != nil {
		t.Fatal(err)
	}
	now := comity.Now()
	c := &judicial.Case{ID: "US-CN-TWOPROCS2345", Requesting: "US", Holding: "CN", Agency: "us-fbi", Offence: "fraud",
		LegalBasis: judicial.Reciprocity, Urgency: judicial.Standard, Scope: judicial.Scope{RecordIDs: []string{rs[0].ID}},
		State: judicial.UnderReview, Created: now, Updated: now, Due: now.Add(240 * time.Hour)}
	if err := db.Judicial().CreateCase(ctx, c); err != nil {
		t.Fatal(err)
	}

	hc := &http.Client{Timeout: 20 * time.Second, Transport: &http.Transport{
		TLSClientConfig: &tls.Config{RootCAs: k.roots, MinVersion: tls.VersionTLS12}, MaxIdleConnsPerHost: 32}}
	defer hc.CloseIdleConnections()
	nodes := []*crashNode{startCrashNode(t, k.cfgPath, hc), startCrashNode(t, k.cfgPath, hc)}
	clients := func(tok string) []*client.Client {
		return []*client.Client{{BaseURL: nodes[0].url, HTTP: hc, Token: tok}, {BaseURL: nodes[1].url, HTTP: hc, Token: tok}}
	}

	t.Run("slices add up", func(t *testing.T) {
		cs := clients(analyst)
		var (
			wg                sync.WaitGroup
			mu                sync.Mutex
			released, pending []int
		)
		for i := range people {
			wg.Add(1)
			go func() {
				defer wg.Done()
				_, err := cs[i%2].ReadRecord(ctx, rs[i].ID, "analytics")
				mu.Lock()
				defer mu.Unlock()
				switch comity.ErrorCode(err) {
				case "":
					released = append(released, i%2)
				case comity.EPENDING:
					pending = append(pending, i%2)
				default:
					t.Errorf("read %s: %v", rs[i].ID, err)
				}
			}()
		}
		wg.Wait()
		if len(released) != 20 || len(pending) != people-20 {
			t.Fatalf("%d reads released, %d pending; want 20 released across both processes", len(released), len(pending))
		}
		if !slices.Contains(released, 0) || !slices.Contains(released, 1) {
			t.Errorf("one process released all: %v", released)
		}
		n, err := db.Releases().DistinctSubjects(ctx, rulebook.VolumeQuery{Requester: "de-analytics", RequesterIn: "DE", Home: "CN"})
		if err != nil || n.Personal != 20 {
			t.Errorf("the store counts %+v (%v), want 20 people", n, err)
		}
	})

	t.Run("an order executes once", func(t *testing.T) {
		o, ap := judicial.NewOrder(c, c.Scope.RecordIDs, false, nil, comity.Now().Add(-time.Second), comity.Now().Add(time.Hour))
		if err := o.Sign(ap, k.caKey); err != nil {
			t.Fatal(err)
		}
		if _, err := clients(ca)[1].MoveCase(ctx, c.ID, judicial.Step{To: judicial.Granted, Order: o.Encode()}); err != nil {
			t.Fatal(err)
		}
		cs := clients(agency)
		var (
			wg       sync.WaitGroup
			mu       sync.Mutex
			executed int
		)
		for i := range 16 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				ev, err := cs[i%2].ExecuteOrder(ctx, c.ID, &judicial.ExecuteInput{Order: o.Encode()})
				mu.Lock()
				defer mu.Unlock()
				switch {
				case err == nil && len(ev.Records) == 1:
					executed++
				case comity.ErrorCode(err) == comity.EDENIED && strings.Contains(comity.ErrorMessage(err), "executed already"):
				default:
					t.Errorf("execution: %v", err)
				}
			}()
		}
		wg.Wait()
		if executed != 1 {
			t.Fatalf("the order executed %d times across two processes", executed)
		}
	})

	t.Run("one log", func(t *testing.T) {
		// 40 reads and the judicial steps, from both processes: one log,
		// one history, the same checkpoint through either.
		var sizes []uint64
		for _, n := range nodes {
			var rep *audit.Report
			var err error
			for deadline := time.Now().Add(k.mmd + 5*time.Second); ; time.Sleep(200 * time.Millisecond) {
				rep, err = audit.Verify(ctx, audit.Config{URL: n.url + "/log/", Verifier: k.verifier, HTTPClient: hc})
				if err != nil {
					t.Fatalf("the log does not verify through %s: %v", n.url, err)
				}
				if rep.Kinds["decision"] >= people || time.Now().After(deadline) {
					break
				}
			}
			if rep.Kinds["decision"] < people {
				t.Fatalf("%d decisions on the log, want at least %d", rep.Kinds["decision"], people)
			}
			sizes = append(sizes, rep.Checkpoint.Size)
		}
		t.Logf("log sizes seen through the two processes: %v", sizes)
	})

	for _, n := range nodes {
		if err := n.terminate(); err != nil {
			t.Errorf("node did not stop cleanly: %v\n%s", err, n.logs())
		}
	}
}

// setConfig sets keys of the node.yaml at path.
func setConfig(t testing.TB, path string, set map[string]any) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := yaml.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	for k, v := range set {
		m[k] = v
	}
	if b, err = yaml.Marshal(m); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
}

// installRulebook installs CN's sample rulebook, signed by k's
// data-protection authority, with its exemption below the given number of
// people.
func installRulebook(t *testing.T, k *killFed, dir string, exemptBelow int) {
	t.Helper()
	all, err := rulebook.SampleRulebooks()
	if err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(all, func(b *rulebook.Bundle) bool { return b.Jurisdiction == "CN" })
	b := all[i]
	b.Examples = nil // they assume the sample's thresholds
	b.Params["exempt_below_personal"] = json.RawMessage(fmt.Sprint(exemptBelow))
	if err := b.Sign(k.dpaKey); err != nil {
		t.Fatal(err)
	}
	data, err := b.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "CN.rulebook.json"), data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestInitOnPostgres: comity init --store postgres://… --ledger mysql://…
// writes a node.yaml that opens on both, with its operator in PostgreSQL.
func TestInitOnPostgres(t *testing.T) {
	ctx := context.Background()
	storeURL, logURL := pgURL(t), mysqltest.Database(t)
	dir := t.TempDir()
	cfg, token, err := node.Init(ctx, node.InitConfig{Dir: dir, Jurisdiction: "CN", Listen: "127.0.0.1:0", Store: storeURL, Ledger: logURL})
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Store.Driver != "postgres" || cfg.Store.URL != storeURL || cfg.Ledger.URL != logURL {
		t.Fatalf("config: store %+v, ledger %+v", cfg.Store, cfg.Ledger)
	}
	n, err := node.Open(ctx, cfg, node.Options{Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	defer n.Close(ctx)
	if p, err := n.DB.Principals().Authenticate(ctx, token); err != nil || !p.Has(comity.RoleOperator) {
		t.Fatalf("operator: %+v, %v", p, err)
	}
	// Tessera publishes the empty log's first checkpoint asynchronously
	// after Open; on a loaded machine that can take a while.
	for deadline := time.Now().Add(time.Minute); ; time.Sleep(100 * time.Millisecond) {
		_, err := n.Log.Checkpoint(ctx)
		if err == nil {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the log in MySQL: no checkpoint a minute after opening: %v", err)
		}
	}
	if _, _, err := node.Init(ctx, node.InitConfig{Dir: t.TempDir(), Jurisdiction: "CN", Store: "oracle://x"}); comity.ErrorCode(err) != comity.EINVALID {
		t.Errorf("init with a bad store: %v", err)
	}
}
