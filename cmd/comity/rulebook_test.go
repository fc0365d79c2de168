package main

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/base64"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/comity-project/comity/federation"
	"github.com/comity-project/comity/rulebook"
)

// runRulebook runs the command line with stdin and returns the exit code,
// stdout and stderr.
func runRulebook(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := Main(context.Background(), args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

// copySample writes the embedded sample rulebook of state to dir/state.
func copySample(t *testing.T, dir, state string) string {
	t.Helper()
	sub, err := fs.Sub(rulebook.Samples, "samples/"+state)
	if err != nil {
		t.Fatal(err)
	}
	dst := filepath.Join(dir, state)
	if err := os.CopyFS(dst, sub); err != nil {
		t.Fatal(err)
	}
	return dst
}

func TestRulebookLint(t *testing.T) {
	code, out, errOut := runRulebook(t, "", "rulebook", "lint")
	if code != 0 || !strings.Contains(out, "ok  CN version 1") || !strings.Contains(out, "ok  baseline") {
		t.Fatalf("lint samples: exit %d\n%s%s", code, out, errOut)
	}

	dir := t.TempDir()
	cn := copySample(t, dir, "CN")
	bad := `@id("grab")
@reason("take German data")
permit (principal, action, resource) when { resource.home == "DE" };

@id("typo")
@reason("a misspelt parameter")
permit (principal, action, resource) when { resource.home == "CN" && context.params.exempt_below < 5 };
`
	if err := os.WriteFile(filepath.Join(cn, "zz-bad.cedar"), []byte(bad), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut = runRulebook(t, "", "rulebook", "lint", cn)
	if code == 0 {
		t.Fatalf("lint accepted a bad rulebook:\n%s", out)
	}
	for _, want := range []string{
		filepath.Join(cn, "zz-bad.cedar") + ":1: compares resource.home with DE",
		filepath.Join(cn, "zz-bad.cedar") + ":5: schema:",
		"exempt_below",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("lint output lacks %q:\n%s", want, out)
		}
	}
	if !strings.Contains(errOut, "1 of 1 rulebooks fail lint") {
		t.Errorf("stderr %q", errOut)
	}
}

func TestRulebookTest(t *testing.T) {
	code, out, errOut := runRulebook(t, "", "rulebook", "test")
	if code != 0 || !strings.Contains(out, "examples passed") || !strings.Contains(out, "ok   CN/01-de-company-exempt: allow") {
		t.Fatalf("test: exit %d\n%s%s", code, out, errOut)
	}

	// An example whose expectation the rules do not meet fails the run.
	dir := t.TempDir()
	de := copySample(t, dir, "DE")
	ex := filepath.Join(de, "examples", "01-adequacy-japan.json")
	data, err := os.ReadFile(ex)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(ex, bytes.Replace(data, []byte(`"outcome": "allow"`), []byte(`"outcome": "deny"`), 1), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, _ = runRulebook(t, "", "rulebook", "test", "--rulebooks", dir, "-v")
	if code == 0 || !strings.Contains(out, "FAIL DE/01-adequacy-japan: outcome allow, want deny") || !strings.Contains(out, "ALLOWED") {
		t.Errorf("a failing example: exit %d\n%s", code, out)
	}
}

// A new member tests its own rulebook alone: its examples and the baseline
// examples that apply to it pass, those that assume the sample states'
// rulebooks are skipped and say why.
func TestRulebookTestNewState(t *testing.T) {
	dir := t.TempDir()
	jp := filepath.Join(dir, "JP")
	os.MkdirAll(filepath.Join(jp, "examples"), 0o755)
	os.WriteFile(filepath.Join(jp, "rulebook.json"), []byte(`{"kind": "state", "jurisdiction": "JP", "version": 1, "title": "Japan (test)"}`), 0o644)
	os.WriteFile(filepath.Join(jp, "appi.cedar"), []byte(`@id("domestic")
@reason("A controller reads its own data in Japan.")
permit (principal, action, resource)
when { resource.home == "JP" && !context.crossBorder && [principal.organisation].containsAll(resource.controllers) };
`), 0o644)
	os.WriteFile(filepath.Join(jp, "examples", "01-domestic.json"), []byte(`{
  "request": {"requester": {"organisation": "Osaka Shop KK", "jurisdiction": "JP", "roles": ["controller"]}, "action": "read",
    "records": [{"id": "JP-cust-1", "controller": "Osaka Shop KK", "category": "personal", "subjects": ["jp-person-1"]}]},
  "expect": {"outcome": "allow", "policies": ["JP/domestic"]}
}`), 0o644)
	code, out, errOut := runRulebook(t, "", "rulebook", "test", "--rulebooks", dir)
	if code != 0 {
		t.Fatalf("exit %d\n%s%s", code, out, errOut)
	}
	for _, want := range []string{"ok   JP/01-domestic: allow", "ok   baseline/02-wrong-node: deny", "ok   baseline/04-side-door: deny",
		"skip baseline/01-no-rulebook: assumes no rulebook of JP", "5 examples passed (1 example assumes"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

func TestRulebookSignPublish(t *testing.T) {
	dir := t.TempDir()
	p := func(name string) string { return filepath.Join(dir, name) }
	keys := map[string]ed25519.PrivateKey{}
	for _, k := range []string{"cn-dpa", "de-dpa"} {
		key, err := federation.GenerateKey()
		if err != nil {
			t.Fatal(err)
		}
		if err := federation.WritePrivateKey(p(k+".key"), key); err != nil {
			t.Fatal(err)
		}
		keys[k] = key
	}
	manifest := map[string]any{
		"federation": "test", "serial": 1, "baseline_quorum": 1, "witness": map[string]int{"threshold": 0},
		"members": []map[string]any{
			{"jurisdiction": "CN", "nodes": []any{}, "authorities": []map[string]string{{"role": "dpa", "public_key": base64.StdEncoding.EncodeToString(keys["cn-dpa"].Public().(ed25519.PublicKey))}}},
			{"jurisdiction": "DE", "nodes": []any{}, "authorities": []map[string]string{{"role": "dpa", "public_key": base64.StdEncoding.EncodeToString(keys["de-dpa"].Public().(ed25519.PublicKey))}}},
		},
	}
	data, _ := json.Marshal(manifest)
	if err := os.WriteFile(p("federation.json"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	src := copySample(t, p("src"), "CN")
	node := p("node-rulebooks")

	out := mustRunRulebook(t, "rulebook", "sign", "--key", p("cn-dpa.key"), "--out", p("CN.rulebook.json"), src)
	if !strings.Contains(out, "signed CN version 1") {
		t.Errorf("sign: %s", out)
	}
	mustRunRulebook(t, "rulebook", "sign", "--key", p("de-dpa.key"), "--version", "2", "--out", p("CN-by-DE.rulebook.json"), src)
	mustRunRulebook(t, "rulebook", "sign", "--key", p("cn-dpa.key"), "--version", "3", "--out", p("CN-v3.rulebook.json"), src)

	tests := []struct {
		name string
		args []string
		ok   bool
		want string
	}{
		{"publish", []string{"CN.rulebook.json"}, true, "published CN version 1"},
		{"signed by another state", []string{"CN-by-DE.rulebook.json"}, false, "not signed by the authority key of CN"},
		{"same version again", []string{"CN.rulebook.json"}, false, "publish a higher version"},
		{"newer version", []string{"CN-v3.rulebook.json"}, true, "published CN version 3"},
		{"unsigned source", []string{"src/CN/rulebook.json"}, false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runRulebook(t, "", "rulebook", "publish", "--to", node, "--manifest", p("federation.json"), p(tt.args[0]))
			if (code == 0) != tt.ok || !strings.Contains(out+errOut, tt.want) {
				t.Errorf("exit %d, want ok=%v and %q:\n%s%s", code, tt.ok, tt.want, out, errOut)
			}
		})
	}

	// The node's directory now decides with CN version 3, checked against
	// the manifest's keys.
	code, out, errOut := runRulebook(t, "", "rulebook", "decide", "--rulebooks", node, "--manifest", p("federation.json"),
		"--request", filepath.Join(src, "examples", "01-de-company-exempt.json"))
	if code != 0 || !strings.Contains(out, `"rulebook": "CN version 3"`) || !strings.Contains(out, `"outcome": "allow"`) {
		t.Errorf("decide with published rulebooks: exit %d\n%s%s", code, out, errOut)
	}
	// CN's authority approves a bulk export; with the token the request is
	// allowed, minimised; a token signed by DE's authority is refused.
	bulk := `{"requester": {"organisation": "Rhein Logistik GmbH", "jurisdiction": "DE"}, "action": "bulk-export",
  "approvals": ["TOKEN"], "dataset": {"home": "CN", "category": "personal", "subjects": 1500000}}`
	for _, tt := range []struct {
		key, want string
	}{{"cn-dpa", `"outcome": "allow"`}, {"de-dpa", `"engine/approvals"`}} {
		token := strings.TrimSpace(mustRunRulebook(t, "rulebook", "approve", "--key", p(tt.key+".key"), "--home", "CN", "--kind", "assessment",
			"--requester", "Rhein Logistik GmbH", "--requester-jurisdiction", "DE", "--id", "CAC-2026-17"))
		code, out, errOut := runRulebook(t, strings.Replace(bulk, "TOKEN", token, 1), "rulebook", "decide", "--rulebooks", node,
			"--manifest", p("federation.json"), "--request", "-")
		if code != 0 || !strings.Contains(out, tt.want) {
			t.Errorf("assessment signed with %s: exit %d, want %s\n%s%s", tt.key, code, tt.want, out, errOut)
		}
	}

	// A bundle in the directory signed by the wrong state is refused.
	if err := os.Rename(p("CN-by-DE.rulebook.json"), filepath.Join(node, "CN.rulebook.json")); err != nil {
		t.Fatal(err)
	}
	code, _, errOut = runRulebook(t, "", "rulebook", "decide", "--rulebooks", node, "--manifest", p("federation.json"), "--request", filepath.Join(src, "examples", "01-de-company-exempt.json"))
	if code == 0 || !strings.Contains(errOut, "not signed by the authority key of CN") {
		t.Errorf("wrongly signed bundle: exit %d: %s", code, errOut)
	}
}

func mustRunRulebook(t *testing.T, args ...string) string {
	t.Helper()
	code, out, errOut := runRulebook(t, "", args...)
	if code != 0 {
		t.Fatalf("comity %s: exit %d: %s", strings.Join(args, " "), code, errOut)
	}
	return out
}

func TestRulebookDecide(t *testing.T) {
	request := `{
  "requester": {"organisation": "Rhein Logistik GmbH", "jurisdiction": "DE"},
  "action": "bulk-export",
  "dataset": {"home": "CN", "category": "personal", "subjects": 1500000}
}`
	tests := []struct {
		name  string
		args  []string
		stdin string
		ok    bool
		want  []string
	}{
		{"stdin", []string{"decide", "--request", "-"}, request, true, []string{`"outcome": "pending"`, `"kind": "assessment"`, `"method": "mask"`, `"CN/assessment-personal"`, `"explanation": "PENDING`}},
		{"explain", []string{"explain", "--request", "-"}, request, true, []string{"PENDING", "CN/assessment-personal decided", "PIPL Art. 40", "[ ] a security assessment by the authority of CN"}},
		{"malformed", []string{"decide", "--request", "-"}, `{"requester":{}}`, false, []string{"requester needs an organisation"}},
		{"unknown field", []string{"decide", "--request", "-"}, `{"colour":"red"}`, false, []string{"unknown field"}},
		{"no request", []string{"decide"}, "", false, []string{"request"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runRulebook(t, tt.stdin, append([]string{"rulebook"}, tt.args...)...)
			if (code == 0) != tt.ok {
				t.Fatalf("exit %d, want ok=%v\n%s%s", code, tt.ok, out, errOut)
			}
			for _, w := range tt.want {
				if !strings.Contains(out+errOut, w) {
					t.Errorf("output lacks %q:\n%s%s", w, out, errOut)
				}
			}
		})
	}
}

// writeTestManifest writes dir/federation.json with one DPA key per state
// (key files dir/<state>-dpa.key) and the given baseline quorum.
func writeTestManifest(t *testing.T, dir string, quorum int, states ...string) string {
	t.Helper()
	var members []map[string]any
	for _, st := range states {
		key, err := federation.GenerateKey()
		if err != nil {
			t.Fatal(err)
		}
		if err := federation.WritePrivateKey(filepath.Join(dir, strings.ToLower(st)+"-dpa.key"), key); err != nil {
			t.Fatal(err)
		}
		members = append(members, map[string]any{"jurisdiction": st, "nodes": []any{},
			"authorities": []map[string]string{{"role": "dpa", "public_key": base64.StdEncoding.EncodeToString(key.Public().(ed25519.PublicKey))}}})
	}
	data, _ := json.Marshal(map[string]any{"federation": "test", "serial": 1, "baseline_quorum": quorum,
		"witness": map[string]int{"threshold": 0}, "members": members})
	path := filepath.Join(dir, "federation.json")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestRulebookBaselineChange(t *testing.T) {
	dir := t.TempDir()
	p := func(name string) string { return filepath.Join(dir, name) }
	manifest := writeTestManifest(t, dir, 2, "CN", "DE", "US")
	sub, err := fs.Sub(rulebook.Samples, "baseline")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.CopyFS(p("new"), sub); err != nil {
		t.Fatal(err)
	}
	cfg, err := os.ReadFile(p("new/rulebook.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p("new/rulebook.json"), bytes.Replace(cfg, []byte(`"agency_cap": 1000`), []byte(`"agency_cap": 500`), 1), 0o644); err != nil {
		t.Fatal(err)
	}
	change := p("change.json")

	if code, _, errOut := runRulebook(t, "", "rulebook", "baseline", "propose", "--from", p("new"), "--out", change); code == 0 || !strings.Contains(errOut, "not above the current 1") {
		t.Errorf("same version: exit %d: %s", code, errOut)
	}
	mustRunRulebook(t, "rulebook", "baseline", "propose", "--from", p("new"), "--version", "2", "--out", change)
	verify := func() (int, string) {
		code, out, errOut := runRulebook(t, "", "rulebook", "baseline", "verify", "--change", change, "--manifest", manifest)
		return code, out + errOut
	}
	if code, out := verify(); code == 0 || !strings.Contains(out, "0 of the 2") {
		t.Errorf("unsigned change: exit %d: %s", code, out)
	}
	mustRunRulebook(t, "rulebook", "baseline", "sign", "--change", change, "--state", "CN", "--key", p("cn-dpa.key"))
	if code, out := verify(); code == 0 || !strings.Contains(out, "1 of the 2") {
		t.Errorf("one state alone: exit %d: %s", code, out)
	}
	// DE signing with US's key is a forged signature: refused outright.
	mustRunRulebook(t, "rulebook", "baseline", "sign", "--change", change, "--state", "DE", "--key", p("us-dpa.key"))
	if code, out := verify(); code == 0 || !strings.Contains(out, "signature of DE does not verify") {
		t.Errorf("forged: exit %d: %s", code, out)
	}
	mustRunRulebook(t, "rulebook", "baseline", "sign", "--change", change, "--state", "DE", "--key", p("de-dpa.key"))
	if code, out := verify(); code != 0 || !strings.Contains(out, "signed by 2 member states (quorum 2 of 3)") {
		t.Errorf("quorum: exit %d: %s", code, out)
	}
	// Changing the content after signing breaks every signature.
	data, _ := os.ReadFile(change)
	if err := os.WriteFile(change, bytes.Replace(data, []byte(`"agency_cap": 500`), []byte(`"agency_cap": 5`), 1), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, out := verify(); code == 0 || !strings.Contains(out, "does not verify") {
		t.Errorf("tampered: exit %d: %s", code, out)
	}
}

func TestRulebookTestCoverage(t *testing.T) {
	code, out, errOut := runRulebook(t, "", "rulebook", "test", "--coverage")
	if code != 0 || !strings.Contains(out, "coverage CN: 19 of 19 policies, 8 of 8 threshold boundaries") {
		t.Fatalf("coverage of the samples: exit %d\n%s%s", code, out, errOut)
	}

	// Without the example at the figure itself, the boundary shows.
	dir := t.TempDir()
	de := copySample(t, dir, "DE")
	if err := os.Remove(filepath.Join(de, "examples", "27-derogation-50.json")); err != nil {
		t.Fatal(err)
	}
	code, out, _ = runRulebook(t, "", "rulebook", "test", "--rulebooks", dir, "--coverage")
	if code == 0 || !strings.Contains(out, "resource.subjects <= context.params.derogation_max_subjects (figure 50") ||
		!strings.Contains(out, "no example at [50]") {
		t.Errorf("a missing boundary: exit %d\n%s", code, out)
	}
}
