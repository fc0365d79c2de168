package node_test

import (
	"context"
	"crypto/ed25519"
	"database/sql"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/audit"
	comityhttp "github.com/comity-project/comity/http"
	"github.com/comity-project/comity/ledger"
	"github.com/comity-project/comity/node"
	"github.com/comity-project/comity/witness"
	"golang.org/x/mod/sumdb/note"
)

// soak is how long TestHistory runs its clients and faults; the default
// is CI's short schedule. go test ./node -run TestHistory -soak 30m
var soak = flag.Duration("soak", 12*time.Second, "how long TestHistory runs clients under faults")

// historyOp is one request and its answer, as a client saw them.
type historyOp struct {
	kind     string // create, read-home, read-abroad, create-abroad, case-*, order-execute, transfer-*
	at, home comity.Jurisdiction
	id       string
	caseID   string // a judicial or transfer case
	start    time.Time
	end      time.Time
	code     string // "" for success, else the error code
	receipt  *comity.Receipt
	released bool // record content came back
	// requester is the organisation of a read-abroad, and records what it
	// got back (for the volume check).
	requester string
	records   []*comity.Record
}

// outage is a window in which a node's /readyz did not answer 200 (the
// node was down, or its log suspended), as the watcher saw it.
type outage struct{ start, end time.Time }

// fault is a window in which a node was down.
type fault struct {
	node       comity.Jurisdiction
	kind       string
	start, end time.Time
}

// seen is when the checker first saw a quorum-cosigned checkpoint of a log
// covering at least size entries.
type seen struct {
	at   time.Time
	size uint64
}

// TestHistory is a Jepsen-style check: clients of several roles (the
// controller and the requester of each state) run concurrently against
// three real nodes while a fault schedule stops and restarts nodes (each
// stop takes a node's store and API away and its witness from the other
// two logs, whose 2-of-2 policy then fails closed). Every request and
// answer is recorded, and a watcher records every quorum-cosigned
// checkpoint each log publishes. Afterwards, from the stores, the logs
// and the answers alone, it checks that
//   - every record released came with a receipt whose entry, in its home's
//     log and under a checkpoint cosigned by the quorum, is the allow
//     decision for that record;
//   - every receipt (releases and refusals) is in such a checkpoint, seen
//     within the max merge delay unless a fault was under way;
//   - every acknowledged record is stored at its home, and no store holds
//     a record homed elsewhere;
//   - every log verifies (audit.Verify with the witness quorum).
//
// It prints a summary table. Its figures for a long run: go test ./node
// -run TestHistory -soak 30m -v.
func TestHistory(t *testing.T) {
	if testing.Short() {
		t.Skip("runs three nodes under faults")
	}
	runHistory(t, *soak, nil, nil, false)
}

// TestHistoryPartitions is TestHistory with each node in a network
// namespace of its own and a schedule of network faults instead of process
// faults: the link between two nodes is cut both ways for a few merge
// delays, then healed, pair after pair (and, where the kernel has netem,
// one node's packets are delayed 100-2,000 ms and 1-30 % dropped).
// Clients keep reaching every node.
func TestHistoryPartitions(t *testing.T) {
	if testing.Short() {
		t.Skip("runs three nodes under faults")
	}
	runHistory(t, min(*soak, 12*time.Second), nil, newNetLab(t, states...), false)
}

// TestHistorySkewedClocks is TestHistory, briefly, with the DE node's
// clock two hours ahead and the US node's 45 minutes behind (comity.Now,
// which tokens, receipts, approvals, orders and volume windows read): the
// same checks hold.
func TestHistorySkewedClocks(t *testing.T) {
	if testing.Short() {
		t.Skip("runs three nodes under faults")
	}
	runHistory(t, min(*soak, 8*time.Second), map[comity.Jurisdiction]time.Duration{"DE": 2 * time.Hour, "US": -45 * time.Minute}, nil, false)
}

// TestHistoryDiskFull is TestHistory with CN's whole data directory (log
// and database) on a 64 MiB tmpfs in a mount namespace of the test's own
// (the test re-runs itself under unshare -m; the node processes inherit
// the namespace), and every third fault filling that filesystem for a few
// merge delays instead of stopping a node: CN's store refuses writes, its
// log cannot publish and suspends, and both resume once space returns.
func TestHistoryDiskFull(t *testing.T) {
	if testing.Short() {
		t.Skip("runs three nodes under faults")
	}
	if !inMountNamespace(t) {
		return
	}
	runHistory(t, min(*soak, 9*time.Second), nil, nil, true)
}

// runHistory runs the clients and the fault schedule for d, with each
// node's clock off by skew[node], and checks the history. With a netLab
// the nodes run in its namespaces and the faults are network faults. With
// disk (in a mount namespace), CN's data directory is on a small tmpfs and
// every third fault fills it.
func runHistory(t *testing.T, d time.Duration, skew map[comity.Jurisdiction]time.Duration, lab *netLab, disk bool) {
	ctx := context.Background()
	const mmd = time.Second
	// The nodes are made but not served here: they run in child
	// processes, at these addresses.
	addrs := map[comity.Jurisdiction]string{}
	for _, j := range states {
		if lab != nil {
			addrs[j] = lab.ip[j] + ":7443"
			continue
		}
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		addrs[j] = ln.Addr().String()
		ln.Close()
	}
	f := newFederation(t, addrs, nil, 1, states...)
	setupHistoryRoles(t, f)
	var filler string
	if disk {
		filler = filepath.Join(onTmpfs(t, f.Nodes["CN"].Dir, 64<<20), "filler")
	}
	// Each node runs in a child process (as in TestNodeSurvivesKill), at
	// its address in the manifest, so that a fault may be kill -9.
	hc := f.httpClient()
	procs := map[comity.Jurisdiction]*crashNode{}
	startNode := func(j comity.Jurisdiction) {
		var wrap []string
		if lab != nil {
			wrap = lab.wrap(j)
		}
		procs[j] = startCrashNodeIn(t, wrap, f.Nodes[j].Dir+"/node.yaml", hc, "COMITY_MAX_MERGE_DELAY="+mmd.String(),
			crashListenEnv+"="+strings.TrimPrefix(f.Nodes[j].URL, "https://"), crashSkewEnv+"="+skew[j].String())
	}
	for _, j := range states {
		startNode(j)
	}
	var (
		mu     sync.Mutex
		ops    []*historyOp
		faults []fault
		cps    = map[comity.Jurisdiction][]seen{}
		downs  = map[comity.Jurisdiction][]outage{}
	)
	add := func(op *historyOp) { mu.Lock(); ops = append(ops, op); mu.Unlock() }
	verifiers := map[comity.Jurisdiction]note.Verifiers{}
	witnesses := map[comity.Jurisdiction][]note.Verifier{}
	for _, j := range states {
		lv, ws := logVerifiers(t, f, j)
		verifiers[j] = note.VerifierList(append([]note.Verifier{lv}, ws...)...)
		witnesses[j] = ws
	}
	quorum := f.Manifest.Witness.Threshold

	runCtx, stop := context.WithTimeout(ctx, d)
	defer stop()
	var wg, watchers sync.WaitGroup
	// The watcher: every quorum-cosigned checkpoint, when first seen. It
	// runs until the logs have healed.
	watchCtx, stopWatching := context.WithCancel(ctx)
	defer stopWatching()
	for _, j := range states {
		watchers.Add(1)
		go func() {
			defer watchers.Done()
			for watchCtx.Err() == nil {
				if cp, err := fetchCheckpoint(hc, f.Nodes[j].URL, verifiers[j], witnesses[j], quorum); err == nil {
					mu.Lock()
					if l := cps[j]; len(l) == 0 || l[len(l)-1].size < cp {
						cps[j] = append(cps[j], seen{at: time.Now(), size: cp})
					}
					mu.Unlock()
				}
				time.Sleep(50 * time.Millisecond)
			}
		}()
		// And every window in which j was not ready: down, or its log
		// suspended. A node answers that its log is suspended only once
		// it has published nothing for a merge delay, so such an outage
		// began a merge delay before it is seen; one that does not answer
		// is down from when it is seen.
		watchers.Add(1)
		go func() {
			defer watchers.Done()
			var open *outage
			for watchCtx.Err() == nil {
				ready, answered := readyWithin(hc, f.Nodes[j].URL, time.Second)
				at := time.Now()
				switch {
				case !ready && open == nil:
					open = &outage{start: at}
					if answered {
						open.start = at.Add(-mmd)
					}
				case ready && open != nil:
					open.end = at
					mu.Lock()
					downs[j] = append(downs[j], *open)
					mu.Unlock()
					open = nil
				}
				time.Sleep(25 * time.Millisecond)
			}
			if open != nil {
				open.end = time.Now()
				mu.Lock()
				downs[j] = append(downs[j], *open)
				mu.Unlock()
			}
		}()
	}
	// The clients.
	var created sync.Map // id -> home, acknowledged creates
	for ci, j := range states {
		for ri, role := range []string{"controller", "requester", "requester"} {
			wg.Add(1)
			go func() {
				defer wg.Done()
				rng := rand.New(rand.NewPCG(uint64(ci), uint64(ri)))
				c := f.client(j, role)
				var mine []string
				for i := 0; runCtx.Err() == nil; i++ {
					op := &historyOp{at: j, start: time.Now()}
					var err error
					switch {
					case role == "controller" && (len(mine) == 0 || rng.IntN(3) == 0):
						op.kind, op.home = "create", j
						if rng.IntN(4) == 0 {
							op.kind, op.home = "create-abroad", states[rng.IntN(len(states))]
						}
						op.id = fmt.Sprintf("%s-H-%s-%d", op.home, j, i)
						_, err = c.CreateRecord(ctx, comityhttp.RecordInput{ID: op.id, Category: comity.CategoryPersonal,
							Subjects: []string{"person-" + op.id}, Fields: personal(`{"name":"Ada Lovelace"}`)})
						if err == nil {
							created.Store(op.id, op.home)
							if op.home == j {
								mine = append(mine, op.id)
							}
						}
					case role == "controller":
						op.kind, op.home, op.id = "read-home", j, mine[rng.IntN(len(mine))]
						var rel *comity.Release
						if rel, err = c.ReadRecord(ctx, op.id, "customer service"); err == nil {
							op.receipt, op.released = rel.Receipt, len(rel.Records) > 0
						}
					default:
						// A requester asks for a record homed elsewhere.
						var ids []string
						created.Range(func(k, v any) bool {
							if v.(comity.Jurisdiction) != j {
								ids = append(ids, k.(string))
							}
							return len(ids) < 50
						})
						if len(ids) == 0 {
							time.Sleep(20 * time.Millisecond)
							continue
						}
						op.kind, op.id = "read-abroad", ids[rng.IntN(len(ids))]
						op.home, _ = comity.HomeOf(op.id)
						op.requester = testPrincipals(j)[1].Organisation
						var rel *comity.Release
						if rel, err = c.ReadRecord(ctx, op.id, "research"); err == nil {
							op.receipt, op.released, op.records = rel.Receipt, len(rel.Records) > 0, rel.Records
						}
					}
					op.end = time.Now()
					op.code = outcomeCode(err)
					if err != nil {
						time.Sleep(20 * time.Millisecond) // a client backs off
					}
					if op.receipt == nil {
						op.receipt = receiptOf(err)
					}
					add(op)
				}
			}()
		}
	}
	// The judicial and transfer roles: the agencies and central
	// authorities of DE and US ask CN for records through judicial
	// assistance, and CN's data-protection authority decides the transfer
	// cases CN's exemption limit opens.
	pickCN := func(rng *rand.Rand) string {
		var ids []string
		created.Range(func(k, v any) bool {
			if v.(comity.Jurisdiction) == "CN" {
				ids = append(ids, k.(string))
			}
			return len(ids) < 50
		})
		if len(ids) == 0 {
			return ""
		}
		return ids[rng.IntN(len(ids))]
	}
	for i, from := range []comity.Jurisdiction{"DE", "US"} {
		wg.Go(func() { judicialClient(ctx, runCtx, f, from, uint64(i), pickCN, add) })
	}
	wg.Go(func() { transferClient(ctx, runCtx, f, add) })
	// The fault schedule: one node at a time, in turn, is killed with
	// SIGKILL or stopped with SIGTERM, stays down for a few merge delays
	// and restarts, with quiet spells between.
	for i := 0; runCtx.Err() == nil; i++ {
		select {
		case <-runCtx.Done():
		case <-time.After(mmd):
		}
		if runCtx.Err() != nil {
			break
		}
		j := states[i%len(states)]
		fl := fault{node: j, kind: "kill -9", start: time.Now()}
		if disk && i%3 == 1 {
			fl.node, fl.kind = "CN", "disk full"
			fill(t, filler)
			sleepCtx(runCtx, 3*mmd)
			if err := os.Remove(filler); err != nil {
				t.Fatal(err)
			}
			fl.end = time.Now()
			faults = append(faults, fl)
			continue
		}
		if lab != nil {
			// A network fault instead: cut j from the next node, or
			// impair j's packets.
			k := states[(i+1)%len(states)]
			if lab.netem && i%2 == 1 {
				delay, loss := 100+rand.IntN(1901), 1+rand.IntN(30)
				fl.kind = "delay+drop"
				lab.impair(j, delay, loss)
				t.Logf("%s: packets delayed %d ms, %d %% dropped", j, delay, loss)
				sleepCtx(runCtx, 3*mmd)
				lab.clear(j)
			} else {
				fl.kind = "partition"
				lab.partition(j, k)
				sleepCtx(runCtx, 3*mmd)
				lab.heal(j, k)
			}
			fl.end = time.Now()
			faults = append(faults, fl)
			continue
		}
		if i%2 == 0 {
			procs[j].kill()
		} else {
			fl.kind = "SIGTERM"
			if err := procs[j].terminate(); err != nil {
				t.Errorf("%s did not stop cleanly: %v", j, err)
			}
		}
		select {
		case <-runCtx.Done():
		case <-time.After(3 * mmd):
		}
		startNode(j)
		fl.end = time.Now()
		faults = append(faults, fl)
	}
	wg.Wait()
	// Heal: every log publishes again, and keeps publishing: all three
	// are ready at every poll for 3 merge delays on end (a log is ready
	// only while it has published within a merge delay, so by then each
	// has published what it had integrated when the faults ended). On a
	// loaded machine a log that was ready once may suspend again, when a
	// round of witnessing times out.
	healDeadline := time.Now().Add(30 * mmd)
	for steady := time.Now(); time.Since(steady) < 3*mmd; time.Sleep(50 * time.Millisecond) {
		for _, j := range states {
			if !isReady(hc, f.Nodes[j].URL) {
				if time.Now().After(healDeadline) {
					t.Fatalf("%s still suspended %v after the faults ended", j, 30*mmd)
				}
				steady = time.Now()
			}
		}
	}
	// And every log's quorum-cosigned checkpoint covers every receipt it
	// handed out, as the watchers saw it. They keep running meanwhile, so
	// lateness is still judged, by the merge-delay check, from when each
	// publication was first seen.
	need := map[comity.Jurisdiction]uint64{}
	for _, op := range ops {
		if r := op.receipt; r != nil && r.Index+1 > need[op.home] {
			need[op.home] = r.Index + 1
		}
	}
	covered := func() bool {
		mu.Lock()
		defer mu.Unlock()
		for j, n := range need {
			if l := cps[j]; len(l) == 0 || l[len(l)-1].size < n {
				return false
			}
		}
		return true
	}
	for deadline := time.Now().Add(30 * mmd); !covered() && time.Now().Before(deadline); {
		time.Sleep(50 * time.Millisecond)
	}
	if !covered() {
		mu.Lock()
		for _, j := range states {
			var size uint64
			if l := cps[j]; len(l) > 0 {
				size = l[len(l)-1].size
			}
			t.Logf("%s: receipts handed out up to size %d, cosigned checkpoint seen at size %d, %v after the faults ended", j, need[j], size, 30*mmd)
		}
		mu.Unlock()
	}
	time.Sleep(2 * mmd) // for the watchers to see the last publications
	stopWatching()
	watchers.Wait()
	healed := time.Now()

	// The checks.
	var checks []*historyCheck
	newCheck := func(name string) *historyCheck {
		c := &historyCheck{name: name}
		checks = append(checks, c)
		return c
	}
	keys := map[comity.Jurisdiction][]byte{}
	stores := map[comity.Jurisdiction]map[string]comity.Jurisdiction{} // record id -> home, as stored
	var cnStore string
	for _, j := range states {
		cfg, err := node.LoadConfig(f.Nodes[j].Dir + "/node.yaml")
		if err != nil {
			t.Fatal(err)
		}
		if keys[j], err = os.ReadFile(cfg.Ledger.SubjectKey); err != nil {
			t.Fatal(err)
		}
		stores[j] = storedRecords(t, cfg.Store.Path)
		if j == "CN" {
			cnStore = cfg.Store.Path
		}
	}
	releases, receipts, merge, residency, audits := newCheck("every release is an allow decision in its home's log"),
		newCheck("every receipt is in a quorum-cosigned checkpoint"),
		newCheck("published within the merge delay (+ its home's outage)"),
		newCheck("acknowledged records at home, and only there"), newCheck("every log audits with its witness quorum")
	unique := newCheck("no log index handed out for two entries")
	byIndex := map[string]string{} // origin/index -> entry hash
	excused := 0
	for _, op := range ops {
		if r := op.receipt; r != nil {
			unique.n++
			k := r.Origin + "/" + strconv.FormatUint(r.Index, 10)
			if h, ok := byIndex[k]; ok && h != string(r.EntryHash) {
				unique.fail("index %s handed out for two entries", k)
			}
			byIndex[k] = string(r.EntryHash)
		}
		if op.receipt == nil {
			if op.released {
				releases.n++
				releases.fail("%s %s at %s released without a receipt", op.kind, op.id, op.at)
			}
			continue
		}
		home := op.home
		lv, ws := logVerifiers(t, f, home)
		cfg := audit.ReceiptConfig{URL: f.Nodes[home].URL + "/log/", Verifier: lv, Witnesses: ws, Quorum: quorum,
			MaxMergeDelay: 30 * mmd, HTTPClient: hc}
		receipts.n++
		inc, err := audit.CheckReceipt(ctx, cfg, op.receipt)
		if err != nil {
			receipts.fail("%s %s: receipt %d of %s: %v", op.kind, op.id, op.receipt.Index, home, err)
			continue
		}
		if op.released {
			releases.n++
			var e audit.Entry
			if err := json.Unmarshal(inc.Entry, &e); err != nil || e.Outcome != string(comity.Allow) ||
				!e.Concerns(ledger.RecordSecret(keys[home], op.id)) {
				releases.fail("%s %s released under entry %d: %s", op.kind, op.id, op.receipt.Index, inc.Entry)
			}
		}
		merge.n++
		var at time.Time
		for _, s := range cps[home] {
			if s.size > op.receipt.Index {
				at = s.at
				break
			}
		}
		if at.IsZero() {
			at = healed
		}
		// The client's clock throughout: the node's may be off.
		switch deadline, outages := mergeDeadline(op.start, op.end, mmd, downs[home]); {
		case !at.After(op.end.Add(mmd + mergeSlack)):
		case outages > 0 && !at.After(deadline):
			excused++
		case outages > 0:
			merge.fail("receipt %d of %s (%s) seen published %v after it was handed out; its home's %d outages within the merge delay allow %v",
				op.receipt.Index, home, op.kind, at.Sub(op.end).Round(time.Millisecond), outages, deadline.Sub(op.end).Round(time.Millisecond))
		default:
			merge.fail("receipt %d of %s (%s) seen published %v after it was handed out, with its home ready throughout (its outages, from the hand-out: %s)",
				op.receipt.Index, home, op.kind, at.Sub(op.end).Round(time.Millisecond), outagesFrom(op.end, downs[home]))
		}
	}
	merge.note = fmt.Sprintf("%d on time, %d late and excused", merge.n-excused-merge.bad, excused)
	created.Range(func(k, v any) bool {
		residency.n++
		id, home := k.(string), v.(comity.Jurisdiction)
		if stores[home][id] != home {
			residency.fail("acknowledged record %s is not at its home %s", id, home)
		}
		return true
	})
	var cnLog []*audit.Entry
	for _, j := range states {
		for id, home := range stores[j] {
			residency.n++
			if home != j {
				residency.fail("%s holds %s, homed in %s", j, id, home)
			}
		}
		audits.n++
		lv, ws := logVerifiers(t, f, j)
		rep, err := audit.Verify(ctx, audit.Config{URL: f.Nodes[j].URL + "/log/", Verifier: lv, Witnesses: ws, Quorum: quorum,
			HTTPClient: hc, KeepEntries: j == "CN"})
		if err != nil {
			audits.fail("%s: %v", j, err)
			continue
		}
		if j == "CN" {
			cnLog = rep.Entries
		}
	}
	fs := onceFacts{ops: ops, log: cnLog}
	fs.transfers, fs.cases, fs.received = storedOnceFacts(t, cnStore)
	orders, transfers, volume := checkOnce(fs, historyVolumeLimit)
	checks = append(checks, orders, transfers, volume)

	// The summary.
	var b strings.Builder
	counts := map[string]int{}
	for _, op := range ops {
		code := op.code
		if code == "" {
			code = "ok"
		}
		counts[op.kind+"\t"+code]++
	}
	var lines []string
	for k, n := range counts {
		lines = append(lines, fmt.Sprintf("  %-50s %6d", strings.Replace(k, "\t", " -> ", 1), n))
	}
	sort.Strings(lines)
	clocks := ""
	if skew != nil {
		clocks = fmt.Sprintf(" (clocks off by %v)", skew)
	}
	fmt.Fprintf(&b, "history of %v%s: %d operations\n%s\n", d, clocks, len(ops), strings.Join(lines, "\n"))
	kinds := map[string]int{}
	for _, fl := range faults {
		kinds[fl.kind]++
	}
	fmt.Fprintf(&b, "faults: %d kill -9 and %d SIGTERM of one node for %v, then restart; %d partitions of two nodes and %d delay+drop of one for %v, then heal; %d disk full at CN for %v, then freed\n",
		kinds["kill -9"], kinds["SIGTERM"], 3*mmd, kinds["partition"], kinds["delay+drop"], 3*mmd, kinds["disk full"], 3*mmd)
	var outs []string
	for _, j := range states {
		var total time.Duration
		for _, o := range downs[j] {
			total += o.end.Sub(o.start)
		}
		outs = append(outs, fmt.Sprintf("%s %d (%v)", j, len(downs[j]), total.Round(100*time.Millisecond)))
	}
	fmt.Fprintf(&b, "outages seen at /readyz (down or suspended): %s\n", strings.Join(outs, ", "))
	for _, c := range checks {
		res := "PASS"
		if c.bad > 0 {
			res = "FAIL: " + c.first
		}
		if c.note != "" {
			res += " (" + c.note + ")"
		}
		fmt.Fprintf(&b, "  %-58s %6d checked, %d bad  %s\n", c.name, c.n, c.bad, res)
	}
	t.Log("\n" + b.String())
	for _, c := range checks {
		if c.bad > 0 {
			t.Errorf("%s: %d of %d bad; first: %s", c.name, c.bad, c.n, c.first)
		}
	}
	if merge.bad > 0 || receipts.bad > 0 || orders.bad > 0 || transfers.bad > 0 {
		for _, j := range states {
			var lines []string
			for _, l := range strings.Split(procs[j].logs(), "\n") {
				if !strings.Contains(l, `"http request"`) && l != "" {
					lines = append(lines, l)
				}
			}
			t.Logf("%s's log (started %v before the checks):\n%s", j, time.Since(procs[j].started).Round(time.Millisecond), strings.Join(lines[max(0, len(lines)-40):], "\n"))
		}
	}
	if len(ops) == 0 || releases.n == 0 || len(faults) == 0 || orders.n == 0 || transfers.n == 0 || volume.n == 0 {
		t.Fatalf("the run exercised nothing: %d ops, %d releases, %d faults, %d orders, %d transfers, %d requesters",
			len(ops), releases.n, len(faults), orders.n, transfers.n, volume.n)
	}
}

// outagesFrom lists outages as offsets from t, for a failure message.
func outagesFrom(t time.Time, downs []outage) string {
	var out []string
	for _, o := range downs {
		out = append(out, fmt.Sprintf("[%v, %v]", o.start.Sub(t).Round(10*time.Millisecond), o.end.Sub(t).Round(10*time.Millisecond)))
	}
	return strings.Join(out, " ")
}

// mergeSlack is how late the watcher may see a publication that was on
// time: it polls every 50 ms, and a checkpoint takes a round of witnessing.
const mergeSlack = 300 * time.Millisecond

// mergeDeadline is when a receipt handed out between start and end must be
// seen published, given its home's outages (down, or its log suspended):
// end plus the merge delay, extended by the length of every outage that
// began before the deadline so far and did not end before start. That is,
// a receipt is excused only by an outage that began within one merge delay
// of its issue (or one that follows on from such an outage), and only by
// as long as the outage lasted. outages is how many extended it.
func mergeDeadline(start, end time.Time, mmd time.Duration, downs []outage) (deadline time.Time, outages int) {
	deadline = end.Add(mmd + mergeSlack)
	sorted := slices.Clone(downs)
	slices.SortFunc(sorted, func(a, b outage) int { return a.start.Compare(b.start) })
	for _, o := range sorted {
		if o.end.Before(start) {
			continue
		}
		if o.start.After(deadline) {
			break
		}
		from := o.start
		if from.Before(start) {
			from = start
		}
		deadline = deadline.Add(o.end.Sub(from))
		outages++
	}
	return deadline, outages
}

// receiptOf is the receipt a refusal carries, if any.
func receiptOf(err error) *comity.Receipt {
	var d *comity.Denial
	if !errors.As(err, &d) {
		return nil
	}
	return d.Receipt
}

// logVerifiers returns j's log key and its witnesses' cosignature keys as
// the signed manifest names them.
func logVerifiers(t *testing.T, f *testFed, j comity.Jurisdiction) (note.Verifier, []note.Verifier) {
	t.Helper()
	var self *ed25519.PublicKey
	var ws []note.Verifier
	name := f.Nodes[j].Name
	for _, mem := range f.Manifest.Members {
		for _, p := range mem.Nodes {
			if p.Name == name {
				k := ed25519.PublicKey(p.PublicKey)
				self = &k
			}
		}
	}
	for _, p := range f.Manifest.Witnesses(name) {
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
	vkey, err := note.NewEd25519VerifierKey(name, *self)
	if err != nil {
		t.Fatal(err)
	}
	lv, err := note.NewVerifier(vkey)
	if err != nil {
		t.Fatal(err)
	}
	return lv, ws
}

// fetchCheckpoint returns the size of base's published checkpoint if it
// carries the log's signature and at least quorum of its witnesses'.
func fetchCheckpoint(hc *http.Client, base string, vs note.Verifiers, ws []note.Verifier, quorum int) (uint64, error) {
	resp, err := hc.Get(base + "/log/checkpoint")
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(io.LimitReader(resp.Body, 64<<10))
	if err != nil || resp.StatusCode != http.StatusOK {
		return 0, fmt.Errorf("checkpoint: %s %v", resp.Status, err)
	}
	n, err := note.Open(raw, vs)
	if err != nil {
		return 0, err
	}
	cosigned := 0
	for _, s := range n.Sigs {
		for _, w := range ws {
			if s.Name == w.Name() && s.Hash == w.KeyHash() {
				cosigned++
			}
		}
	}
	if cosigned < quorum {
		return 0, fmt.Errorf("%d cosignatures", cosigned)
	}
	lines := strings.SplitN(n.Text, "\n", 3)
	if len(lines) < 2 {
		return 0, errors.New("short checkpoint")
	}
	return strconv.ParseUint(lines[1], 10, 64)
}

// readyWithin is isReady, giving up after d.
func readyWithin(hc *http.Client, base string, d time.Duration) (ready, answered bool) {
	ctx, cancel := context.WithTimeout(context.Background(), d)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, "GET", base+"/readyz", nil)
	if err != nil {
		return false, false
	}
	resp, err := hc.Do(req)
	if err != nil {
		return false, false
	}
	resp.Body.Close()
	return resp.StatusCode == http.StatusOK, true
}

func isReady(hc *http.Client, base string) bool {
	resp, err := hc.Get(base + "/readyz")
	if err != nil {
		return false
	}
	resp.Body.Close()
	return resp.StatusCode == http.StatusOK
}

// storedRecords reads every record's id and home straight from a node's
// SQLite file (read-only; the node may be running).
func storedRecords(t *testing.T, path string) map[string]comity.Jurisdiction {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rows, err := db.Query("SELECT id, home FROM records")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	out := map[string]comity.Jurisdiction{}
	for rows.Next() {
		var id, home string
		if err := rows.Scan(&id, &home); err != nil {
			t.Fatal(err)
		}
		out[id] = comity.Jurisdiction(home)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// onTmpfs moves dir onto a tmpfs of size bytes, mounted (in the test's
// mount namespace) over dir itself, and returns the tmpfs's mount point.
func onTmpfs(t *testing.T, dir string, size int) string {
	t.Helper()
	disk := mountTmpfs(t, size)
	if out, err := exec.Command("cp", "-a", dir+"/.", disk).CombinedOutput(); err != nil {
		t.Fatalf("copy %s to the tmpfs: %v: %s", dir, err, out)
	}
	if err := syscall.Mount(disk, dir, "", syscall.MS_BIND, ""); err != nil {
		t.Fatalf("bind the tmpfs over %s: %v", dir, err)
	}
	t.Cleanup(func() { syscall.Unmount(dir, syscall.MNT_DETACH) })
	return disk
}

func sleepCtx(ctx context.Context, d time.Duration) {
	select {
	case <-ctx.Done():
	case <-time.After(d):
	}
}
