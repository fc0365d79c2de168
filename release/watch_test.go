package release_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/demo"
	comityhttp "github.com/comity-project/comity/http"
	"github.com/comity-project/comity/node"
	"github.com/comity-project/comity/release"
)

// TestNodeFollowsVendorReleases: the DE node follows cn-soft's releases on
// the CN log. A release its feed announces raises nothing; one it does not
// raises one alarm (once, however many rounds), counted, and posted to
// the webhook.
func TestNodeFollowsVendorReleases(t *testing.T) {
	ctx := context.Background()
	var (
		mu     sync.Mutex
		posted [][]byte
	)
	hook := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		mu.Lock()
		posted = append(posted, b)
		mu.Unlock()
	}))
	defer hook.Close()
	dir := t.TempDir()
	f, err := demo.Start(ctx, demo.Config{Dir: filepath.Join(dir, "fed"), Records: 1, Webhooks: hook.Client()})
	if err != nil {
		t.Fatal(err)
	}
	defer f.Stop()
	out, err := f.Client("CN", "operator").CreatePrincipal(ctx, comityhttp.PrincipalInput{ID: "cn-soft", Organisation: "cn-soft",
		Roles: []comity.Role{comity.RoleVendor}})
	if err != nil {
		t.Fatal(err)
	}
	vendor := f.Client("CN", "operator")
	vendor.Token = out.Token
	key, _ := newKey(t, false)
	if _, err := vendor.RegisterVendorKey(ctx, key, ""); err != nil {
		t.Fatal(err)
	}
	art := map[string][]byte{"tool": []byte("tool")}
	for _, v := range []string{"1.0.0", "1.1.0"} {
		if p, err := vendor.PublishRelease(ctx, signed(t, key, "pkg:generic/cn-soft/tool@"+v, art)); err != nil || p.Bundle == nil {
			t.Fatalf("publish %s: %+v %v", v, p, err)
		}
	}
	feed := filepath.Join(dir, "feed.json")
	os.WriteFile(feed, []byte(`[{"purl":"pkg:generic/cn-soft/tool@1.0.0","digests":["`+digest(art["tool"])+`"]}]`), 0o644)
	de := f.Members["DE"].Node
	de.Config.Releases.Watch = []node.ReleaseWatch{{Vendor: "cn-soft", Jurisdiction: "CN", Feed: feed,
		Products: []string{"pkg:generic/cn-soft/tool"}, Webhook: hook.URL}}

	alarms, err := de.CheckReleases(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(alarms) != 1 || alarms[0].Kind != release.AlarmUnannounced || alarms[0].PURL != "pkg:generic/cn-soft/tool@1.1.0" {
		t.Fatalf("alarms %+v", alarms)
	}
	if again, err := de.CheckReleases(ctx); err != nil || len(again) != 0 {
		t.Fatalf("second round: %+v %v", again, err)
	}
	mu.Lock()
	n := len(posted)
	var body struct{ Alarms []release.Alarm }
	if n > 0 {
		json.Unmarshal(posted[0], &body)
	}
	mu.Unlock()
	if n != 1 || len(body.Alarms) != 1 {
		t.Fatalf("webhook posts %d %+v", n, body)
	}
	if got := metric(t, f, "DE", `comity_release_alarms_total{kind="unannounced-release"}`); got != "1" {
		t.Fatalf("alarm metric %q", got)
	}
}
