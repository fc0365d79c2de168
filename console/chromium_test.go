package console_test

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/fetch"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/demo"
	comityhttp "github.com/comity-project/comity/http"
	"github.com/comity-project/comity/judicial"
)

// browser is a headless Chromium driven over the DevTools protocol, with
// every uncaught script error and console error it reports collected.
type browser struct {
	t      *testing.T
	ctx    context.Context
	shots  string
	mu     sync.Mutex
	errors []string
}

func chromiumPath(t *testing.T) string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Skip("no chromium installed (.ci/run installs Debian's chromium)")
	return ""
}

func newBrowser(t *testing.T) *browser {
	t.Helper()
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromiumPath(t)),
		chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true), chromedp.NoFirstRun, chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true), chromedp.UserDataDir(t.TempDir()), chromedp.WindowSize(1280, 900),
		// The demo CA is not in the browser's trust store. The handshake
		// itself must still succeed: an Ed25519 certificate fails it with
		// ERR_SSL_VERSION_OR_CIPHER_MISMATCH whatever this flag says.
		chromedp.IgnoreCertErrors,
	}
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancel)
	ctx, cancel2 := chromedp.NewContext(actx)
	t.Cleanup(cancel2)
	shots := os.Getenv("COMITY_CONSOLE_SCREENSHOTS")
	if shots == "" {
		shots = filepath.Join(os.TempDir(), "comity-console-screenshots")
	}
	if err := os.MkdirAll(shots, 0o755); err != nil {
		t.Fatal(err)
	}
	b := &browser{t: t, ctx: ctx, shots: shots}
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("start chromium: %v", err)
	}
	b.listen(ctx)
	return b
}

// tab opens another tab: a separate sessionStorage, so another sign-in.
func (b *browser) tab() context.Context {
	ctx, cancel := chromedp.NewContext(b.ctx)
	b.t.Cleanup(cancel)
	if err := chromedp.Do(ctx); err != nil {
		b.t.Fatal(err)
	}
	b.listen(ctx)
	return ctx
}

func (b *browser) listen(ctx context.Context) {
	err := chromedp.Listen(ctx, func(ev any) {
		switch e := ev.(type) {
		case *runtime.EventExceptionThrown:
			b.mu.Lock()
			msg := e.ExceptionDetails.Text
			if e.ExceptionDetails.Exception != nil {
				msg += " " + e.ExceptionDetails.Exception.Description
			}
			b.errors = append(b.errors, msg)
			b.mu.Unlock()
		case *runtime.EventConsoleAPICalled:
			if e.Type == runtime.ConsoleAPICalledTypeError {
				var args []string
				for _, a := range e.Args {
					args = append(args, string(a.Value))
				}
				b.mu.Lock()
				b.errors = append(b.errors, "console.error "+strings.Join(args, " "))
				b.mu.Unlock()
			}
		}
	})
	if err != nil {
		b.t.Fatal(err)
	}
}

// noScriptErrors fails the test if the page reported any script error.
func (b *browser) noScriptErrors(where string) {
	b.t.Helper()
	b.mu.Lock()
	defer b.mu.Unlock()
	if len(b.errors) > 0 {
		b.t.Errorf("%s: script errors: %v", where, b.errors)
		b.errors = nil
	}
}

func (b *browser) run(ctx context.Context, where string, actions ...chromedp.Action[chromedp.Void]) {
	b.t.Helper()
	tctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	if err := chromedp.Do(tctx, actions...); err != nil {
		page, _ := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("body")))
		errText, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.querySelector("#error") && !document.querySelector("#error").hidden ? document.querySelector("#error").textContent : ""`))
		b.shot(ctx, "failed-"+where)
		b.t.Fatalf("%s: %v\nerror shown: %q\npage: %.2000s", where, err, errText, page)
	}
}

func (b *browser) shot(ctx context.Context, name string) {
	if png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100)); err == nil {
		os.WriteFile(filepath.Join(b.shots, name+".png"), png, 0o644)
	}
}

// signIn opens the console at url and signs in with token.
func (b *browser) signIn(ctx context.Context, url, token, who string) {
	b.t.Helper()
	b.run(ctx, "sign in as "+who,
		chromedp.Navigate(url+"/console/"),
		chromedp.WaitVisible(chromedp.CSS("#token")),
		chromedp.SendKeys(chromedp.CSS("#token"), token),
		chromedp.Click(chromedp.CSS("#signin button")),
		chromedp.WaitVisible(chromedp.CSS("#who")),
		chromedp.WaitVisible(chromedp.CSS("#nav a")),
	)
}

func (b *browser) text(ctx context.Context, sel string) string {
	b.t.Helper()
	return eval[string](b, ctx, `document.querySelector(`+strconv.Quote(sel)+`).textContent`)
}

// eval evaluates a JavaScript expression in the page.
func eval[T any](b *browser, ctx context.Context, expr string, opts ...chromedp.EvaluateOption) T {
	b.t.Helper()
	tctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	v, err := chromedp.Run(tctx, chromedp.Evaluate[T](expr, opts...))
	if err != nil {
		b.t.Fatalf("evaluate %s: %v", expr, err)
	}
	return v
}

// TestConsoleInChromium drives the console in a real headless Chromium
// against a real demo federation (TLS, gate, logs, witnesses): every role
// signs in and sees only its views, each view renders without a script
// error, a DE requester's request pending at CN is approved by CN's DPA in
// the browser (signed with the DPA's key file, in the page) and the
// requester's release follows, and a log entry verifies in the browser
// while a tampered proof does not. Screenshots of each view are saved in
// $COMITY_CONSOLE_SCREENSHOTS (default: TMPDIR/comity-console-screenshots).
func TestConsoleInChromium(t *testing.T) {
	b := newBrowser(t)
	ctx := context.Background()
	f, err := demo.Start(ctx, demo.Config{Dir: t.TempDir(), Records: 30})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Stop() })
	if err := f.PublishRulebooks(ctx); err != nil {
		t.Fatal(err)
	}
	if err := f.AddAgencies(ctx); err != nil {
		t.Fatal(err)
	}
	cn, de := f.Members["CN"], f.Members["DE"]
	t.Logf("screenshots in %s", b.shots)

	// Every role: who it is, its views only, each view without errors.
	want := map[string][]string{
		"operator":          {"flows", "log", "rulebooks", "agreements", "principals", "health", "transfers", "notices"},
		"auditor":           {"transfers", "notices", "flows", "log", "rulebooks", "agreements", "health"},
		"dpa":               {"requests", "transfers", "notices", "flows", "log", "rulebooks", "agreements"},
		"central-authority": {"requests", "cases", "flows", "log", "rulebooks", "agreements"},
		"requester":         {"requests", "flows", "log", "rulebooks", "agreements"},
		"controller":        {"requests", "notifications", "flows", "log", "rulebooks", "agreements"},
	}
	for role, views := range want {
		tab := b.tab()
		b.signIn(tab, cn.URL, cn.Tokens[role], role)
		if who := b.text(tab, "#who"); !strings.Contains(who, role) || !strings.Contains(who, "CN") {
			t.Errorf("%s: signed-in line %q does not name the role and state", role, who)
		}
		if !eval[bool](b, tab, `document.querySelector("#signin").hidden`) {
			t.Errorf("%s: the sign-in box stays visible after signing in", role)
		}
		nav := eval[[]string](b, tab, `[...document.querySelectorAll("#nav a")].map(a => a.dataset.view)`)
		if strings.Join(sorted(nav), ",") != strings.Join(sorted(views), ",") {
			t.Errorf("%s: views %v, want %v", role, nav, views)
		}
		for _, v := range nav {
			b.run(tab, role+" "+v,
				chromedp.Navigate(cn.URL+"/console/#/"+v),
				chromedp.WaitVisible(chromedp.CSS("#view h2")),
				chromedp.Sleep(150*time.Millisecond))
			if eval[bool](b, tab, `!document.querySelector("#error").hidden`) {
				t.Errorf("%s %s: the view shows an error: %s", role, v, b.text(tab, "#error"))
			}
			b.shot(tab, role+"-"+v)
			b.noScriptErrors(role + " " + v)
		}
	}

	// The operator adds a principal (its token is shown once), exports the
	// table as CSV, and revokes it.
	op := b.tab()
	b.signIn(op, cn.URL, cn.Tokens["operator"], "CN operator")
	b.run(op, "add principal",
		chromedp.Navigate(cn.URL+"/console/#/principals"),
		chromedp.WaitVisible(chromedp.CSS("#p-id")),
		chromedp.SendKeys(chromedp.CSS("#p-id"), "journalist-1"),
		chromedp.SendKeys(chromedp.CSS("#p-org"), "daily-paper"),
		chromedp.Click(chromedp.CSS(`#p-roles input[value="auditor"]`)),
		chromedp.Click(chromedp.CSS("#view form button.primary")),
		chromedp.WaitVisible(chromedp.CSS("#new-token")))
	if tok := b.text(op, "#new-token"); !strings.HasPrefix(tok, "cmt_") {
		t.Errorf("new token %q", tok)
	}
	// The CSV is what a click downloads: capture the link the page makes.
	csv := eval[string](b, op, `window.csvText = new Promise((resolve) => {
		const make = URL.createObjectURL;
		URL.createObjectURL = (blob) => { URL.createObjectURL = make; blob.text().then(resolve); return make(blob); };
		document.querySelector("button.csv").click();
	})`, chromedp.EvalAwaitPromise)
	if !strings.HasPrefix(csv, "id,organisation,state,roles,entity,created,expires,revoked\r\n") || !strings.Contains(csv, "\r\njournalist-1,daily-paper,CN,auditor,,") {
		t.Errorf("principals CSV:\n%s", csv)
	}
	b.run(op, "revoke",
		chromedp.Evaluate[chromedp.Void](`window.confirm = () => true`),
		chromedp.Click(chromedp.CSS("button.revoke")),
		chromedp.WaitVisible(chromedp.CSS("#view table")))
	b.shot(op, "operator-principals-revoked")
	b.noScriptErrors("principals")

	// A view of a case that does not exist shows the error and no stale table.
	tab := b.tab()
	b.signIn(tab, cn.URL, cn.Tokens["dpa"], "dpa")
	b.run(tab, "transfers list", chromedp.Navigate(cn.URL+"/console/#/transfers?state="), chromedp.WaitVisible(chromedp.CSS("#view table, #view .table")))
	b.run(tab, "missing case", chromedp.Navigate(cn.URL+"/console/#/transfers/CN-T-000000000000000000000000"), chromedp.WaitVisible(chromedp.CSS("#error")))
	if eval[int](b, tab, `document.querySelectorAll("#view table").length`) != 0 {
		t.Error("after an error the previous table stays on screen")
	}
	b.errors = nil // the 404 above is expected

	// The requester asks; the request waits for CN's authority.
	req := b.tab()
	b.signIn(req, de.URL, de.Tokens["requester"], "DE requester")
	b.run(req, "ask",
		chromedp.Navigate(de.URL+"/console/#/requests"),
		chromedp.WaitVisible(chromedp.CSS("#purpose")),
		chromedp.SendKeys(chromedp.CSS("#home"), "CN"),
		chromedp.SetValue(chromedp.CSS("#category"), "personal"),
		chromedp.SetValue(chromedp.CSS("#action"), "bulk-export"),
		chromedp.SendKeys(chromedp.CSS("#purpose"), "analytics"),
		chromedp.Click(chromedp.CSS("#view form button.primary")),
		chromedp.WaitVisible(chromedp.CSS("#follow-case")))
	b.shot(req, "requester-pending")
	if got := b.text(req, "#answer .badge"); got != "pending" {
		t.Fatalf("decision %q, want pending", got)
	}
	caseID := eval[string](b, req, `document.querySelector('#answer a[href^="#/transfers/"]').textContent`)

	// CN's DPA opens the case and approves it with its key file.
	dpa := b.tab()
	b.signIn(dpa, cn.URL, cn.Tokens["dpa"], "CN dpa")
	keyFile := f.AuthorityKeyFile("CN", comity.RoleDPA)
	b.run(dpa, "approve",
		chromedp.Navigate(cn.URL+"/console/#/transfers/"+caseID),
		chromedp.WaitVisible(chromedp.CSS("#decide")),
		chromedp.SetUploadFiles(chromedp.CSS("#keyfile"), []string{keyFile}),
		chromedp.Click(chromedp.CSS("#decide form button.primary")),
		chromedp.WaitVisible(chromedp.CSS("h2 .badge.approved")))
	b.shot(dpa, "dpa-approved")
	b.noScriptErrors("approve")

	// The requester follows the case and asks again with the approval.
	b.run(req, "follow",
		chromedp.Click(chromedp.CSS("#follow-case")),
		chromedp.WaitVisible(chromedp.CSS("#retry")),
		chromedp.Click(chromedp.CSS("#retry")),
		chromedp.WaitVisible(chromedp.CSS("#answer .badge.allow")))
	b.shot(req, "requester-released")
	if eval[int](b, req, `document.querySelectorAll("#answer table tr").length - 1`) < 1 {
		t.Errorf("no records released after the approval")
	}
	b.noScriptErrors("release")

	// CN's central authority grants a judicial case in part, signing the
	// production order in the page.
	us, usCA := f.Client("US", "agency"), f.Client("US", "central-authority")
	k, err := us.FileCase(ctx, comityhttp.CaseInput{Holding: "CN", Offence: "fraud", LegalBasis: "reciprocity",
		Scope: judicial.Scope{RecordIDs: []string{"CN-CUST-000001", "CN-CUST-000002"}}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := usCA.MoveCase(ctx, k.ID, judicial.Step{To: judicial.Submitted}); err != nil {
		t.Fatal(err)
	}
	if _, err := f.Client("CN", "central-authority").MoveCase(ctx, k.ID, judicial.Step{To: judicial.UnderReview}); err != nil {
		t.Fatal(err)
	}
	ca := b.tab()
	b.signIn(ca, cn.URL, cn.Tokens["central-authority"], "CN central authority")
	b.run(ca, "grant",
		chromedp.Navigate(cn.URL+"/console/#/cases/"+k.ID),
		chromedp.WaitVisible(chromedp.CSS("#grant")),
		chromedp.SendKeys(chromedp.CSS("#grant-records"), "CN-CUST-000001"),
		chromedp.SendKeys(chromedp.CSS("#grant-conditions"), "use limited to the investigation"),
		chromedp.SetUploadFiles(chromedp.CSS("#grant-keyfile"), []string{f.AuthorityKeyFile("CN", comity.RoleCentralAuthority)}),
		chromedp.Click(chromedp.CSS("#grant form button.primary")),
		chromedp.WaitVisible(chromedp.CSS("h2 .badge.granted")))
	b.shot(ca, "central-authority-granted")
	got, err := f.Client("CN", "central-authority").Case(ctx, k.ID)
	if err != nil || got.State != judicial.Granted || got.Grant == nil || !got.Grant.Partial || len(got.Grant.RecordIDs) != 1 {
		t.Fatalf("after the grant in the browser: %+v %v", got, err)
	}
	b.noScriptErrors("grant")

	// The US agency executes the order at its own node and gets the evidence.
	agency := b.tab()
	b.signIn(agency, f.Members["US"].URL, f.Members["US"].Tokens["agency"], "US agency")
	b.run(agency, "execute",
		chromedp.Navigate(f.Members["US"].URL+"/console/#/cases/"+k.ID),
		chromedp.WaitVisible(chromedp.CSS("#execute-order")),
		chromedp.Click(chromedp.CSS("#execute-order")),
		chromedp.WaitVisible(chromedp.CSS("#evidence table")))
	b.shot(agency, "agency-executed")
	if n := eval[int](b, agency, `document.querySelectorAll("#evidence table tr").length - 1`); n != 1 {
		t.Errorf("evidence holds %d records, want the 1 granted", n)
	}
	b.noScriptErrors("execute")

	// The flows picture shows the release to DE.
	b.run(ca, "flows", chromedp.Navigate(cn.URL+"/console/#/flows"), chromedp.WaitVisible(chromedp.CSS("#flow-picture")))
	b.shot(ca, "central-authority-flows")
	if n := eval[int](b, ca, `[...document.querySelectorAll("#flow-picture line.flow.allow title")].filter(t => t.textContent.startsWith("CN → DE")).length`); n != 1 {
		t.Errorf("flows: %d allowed arrows from CN to DE", n)
	}

	// An auditor verifies a log entry in the browser.
	aud := b.tab()
	b.signIn(aud, cn.URL, cn.Tokens["auditor"], "CN auditor")
	b.run(aud, "verify",
		chromedp.Navigate(cn.URL+"/console/#/log/1"),
		chromedp.WaitVisible(chromedp.CSS("#log-key")),
		chromedp.Click(chromedp.CSS("#view form button.primary")),
		chromedp.WaitVisible(chromedp.CSS("#verdict")))
	b.shot(aud, "auditor-verified")
	if v := b.text(aud, "#verdict"); v != "Verified in this browser" {
		t.Fatalf("untampered entry: %q\n%s", v, b.text(aud, "#verify-result"))
	}
	// The checkpoint's witnesses are checked too, against the quorum.
	if steps := b.text(aud, "#verify-result"); !regexp.MustCompile(`witness quorum [1-9]: [1-9] valid`).MatchString(steps) || !regexp.MustCompile(`cosigned by (de|us)-node/witness: cosignature/v1`).MatchString(steps) {
		t.Errorf("no witness check among the steps:\n%s", steps)
	}

	// The same check over a proof whose entry was altered in transit fails.
	proof := fetchProof(t, f, cn.URL, cn.Tokens["auditor"], 1)
	var entry map[string]any
	raw, _ := base64.StdEncoding.DecodeString(proof["entry"].(string))
	json.Unmarshal(raw, &entry)
	entry["outcome"] = "allow"
	entry["requester"] = "someone-else"
	forged, _ := json.Marshal(entry)
	proof["entry"] = base64.StdEncoding.EncodeToString(forged)
	tampered, _ := json.Marshal(proof)
	ictx, stop := context.WithCancel(aud)
	defer stop()
	paused := chromedp.Events(ictx, fetch.RequestPaused)
	go func() {
		for e, err := range paused {
			if err != nil {
				return
			}
			chromedp.Call(ictx, fetch.FulfillRequest, fetch.FulfillRequestParams{RequestID: e.RequestID, ResponseCode: 200,
				ResponseHeaders: []*fetch.HeaderEntry{{Name: "Content-Type", Value: "application/json"}}, Body: tampered})
		}
	}()
	if _, err := chromedp.Call(aud, fetch.Enable, fetch.EnableParams{Patterns: []*fetch.RequestPattern{{URLPattern: "*/v1/log/entries/1/proof"}}}); err != nil {
		t.Fatal(err)
	}
	b.run(aud, "verify tampered",
		chromedp.Click(chromedp.CSS("#view form button.primary")),
		chromedp.WaitVisible(chromedp.CSS("#verdict.deny")))
	b.shot(aud, "auditor-tampered")
	if v := b.text(aud, "#verdict"); v != "NOT verified" {
		t.Fatalf("tampered entry: %q", v)
	}
	b.noScriptErrors("verify")
}

// TestConsoleNotificationsInChromium: a CN vendor publishes an advisory
// that names components of an SBOM a DE customer registered; in the DE
// console the customer's inbox shows exactly the notifications the API
// gives it (component, advisory, verdict, forced upgrade, time notified,
// log entry), newest first; a requester at DE has no inbox, and its API
// call is refused.
func TestConsoleNotificationsInChromium(t *testing.T) {
	b := newBrowser(t)
	ctx := context.Background()
	f, err := demo.Start(ctx, demo.Config{Dir: t.TempDir(), Records: 5, States: []comity.Jurisdiction{"CN", "DE"}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Stop() })
	de := f.Members["DE"]
	out, err := f.Client("CN", "operator").CreatePrincipal(ctx, comityhttp.PrincipalInput{ID: "cn-vendor",
		Organisation: "Example Vendor", Roles: []comity.Role{comity.RoleVendor}})
	if err != nil {
		t.Fatal(err)
	}
	f.Members["CN"].Tokens["vendor"] = out.Token
	td := filepath.Join("..", "advisory", "testdata")
	sbom, _ := os.ReadFile(filepath.Join(td, "customer.spdx.json"))
	doc, _ := os.ReadFile(filepath.Join(td, "vendor.csaf.json"))
	customer := f.Client("DE", "controller")
	if _, err := customer.RegisterSBOM(ctx, "plant-7", sbom); err != nil {
		t.Fatal(err)
	}
	// Before any advisory: an empty inbox.
	tab := b.tab()
	b.signIn(tab, de.URL, de.Tokens["controller"], "DE controller")
	b.run(tab, "empty inbox", chromedp.Navigate(de.URL+"/console/#/notifications"), chromedp.WaitVisible(chromedp.CSS("#view h2")),
		chromedp.Sleep(150*time.Millisecond))
	if got := b.text(tab, "#view"); !strings.Contains(got, "No notifications") {
		t.Errorf("empty inbox: %s", got)
	}
	if _, err := f.Client("CN", "vendor").PublishAdvisory(ctx, doc); err != nil {
		t.Fatal(err)
	}
	var want int
	for deadline := time.Now().Add(30 * time.Second); want < 8; time.Sleep(200 * time.Millisecond) {
		ns, err := customer.Notifications(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if want = len(ns); time.Now().After(deadline) {
			t.Fatalf("%d notifications at DE", want)
		}
	}
	b.run(tab, "inbox", chromedp.Navigate(de.URL+"/console/#/log"), chromedp.WaitVisible(chromedp.CSS("#view h2")),
		chromedp.Navigate(de.URL+"/console/#/notifications"), chromedp.WaitVisible(chromedp.CSS("#view table")),
		chromedp.Sleep(150*time.Millisecond))
	b.shot(tab, "controller-notifications")
	b.noScriptErrors("notifications")
	rows := eval[[][]string](b, tab, `[...document.querySelectorAll("#view table tr")].slice(1).map(r => [...r.cells].map(c => c.textContent))`)
	head := eval[[]string](b, tab, `[...document.querySelectorAll("#view table th")].map(c => c.textContent)`)
	if strings.Join(head, ",") != "notified,sbom,component,advisory,vulnerability,verdict,remediations,forced upgrade,why,log entry" {
		t.Fatalf("columns %v", head)
	}
	if len(rows) != want {
		t.Fatalf("%d rows, the API gives %d", len(rows), want)
	}
	forced, affected := 0, 0
	for i, r := range rows {
		if r[1] != "plant-7" || !strings.HasPrefix(r[3], "EXV-2099-001") || r[4] == "" || r[9] == "" ||
			!regexp.MustCompile(`^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$`).MatchString(r[0]) {
			t.Errorf("row %d: %q", i, r)
		}
		if i > 0 && r[0] > rows[i-1][0] {
			t.Errorf("row %d is newer than row %d", i, i-1)
		}
		if r[7] == "yes" {
			forced++
		}
		if r[5] == "affected" {
			affected++
		}
	}
	// vendor.csaf.json: Gadget <=3.0 is affected with no fix planned.
	if forced == 0 || affected == 0 || !slices.ContainsFunc(rows, func(r []string) bool {
		return r[2] == "SPDXRef-gadget" && r[5] == "affected" && r[6] == "no_fix_planned" && r[7] == "yes"
	}) {
		t.Errorf("rows: %q", rows)
	}

	// A requester at DE has no inbox: not in its views, and the API refuses.
	req := b.tab()
	b.signIn(req, de.URL, de.Tokens["requester"], "DE requester")
	if nav := eval[[]string](b, req, `[...document.querySelectorAll("#nav a")].map(a => a.dataset.view)`); slices.Contains(nav, "notifications") {
		t.Errorf("requester views: %v", nav)
	}
	status := eval[float64](b, req, `fetch("/v1/notifications", {headers: {Authorization: "Bearer " + sessionStorage.getItem("comity-token")}}).then(r => r.status)`,
		chromedp.EvalAwaitPromise)
	if status != 403 {
		t.Errorf("requester GET /v1/notifications: %v", status)
	}
	b.noScriptErrors("requester")
}

func fetchProof(t *testing.T, f *demo.Federation, url, token string, index int) map[string]any {
	t.Helper()
	req, _ := http.NewRequest("GET", fmt.Sprintf("%s/v1/log/entries/%d/proof", url, index), nil)
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := f.HTTPClient().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var p map[string]any
	if err := json.NewDecoder(resp.Body).Decode(&p); err != nil || resp.StatusCode != 200 {
		t.Fatalf("proof: %d %v", resp.StatusCode, err)
	}
	return p
}

func sorted(s []string) []string {
	out := slices.Clone(s)
	slices.Sort(out)
	return out
}
