package node_test

import (
	"context"
	"crypto/tls"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/client"
	"github.com/comity-project/comity/federation"
	comityhttp "github.com/comity-project/comity/http"
	"github.com/comity-project/comity/node"
)

// TestNotificationsSurviveKill queues notifications for a webhook that
// refuses them, kills the node process with SIGKILL while it retries, and
// checks that the restarted node delivers every one from its outbox (the
// child process is this test binary, as in TestNodeSurvivesKill).
func TestNotificationsSurviveKill(t *testing.T) {
	if testing.Short() {
		t.Skip("spawns node processes")
	}
	ctx := context.Background()
	dir := t.TempDir()
	cfg, opToken, err := node.Init(ctx, node.InitConfig{Dir: dir, Jurisdiction: "DE", Listen: "127.0.0.1:0"})
	if err != nil {
		t.Fatal(err)
	}
	cfgPath := filepath.Join(dir, "node.yaml")
	// The webhook receiver below listens on loopback.
	cfg.AllowLocalWebhooks = true
	if err := cfg.Write(cfgPath); err != nil {
		t.Fatal(err)
	}
	roots, err := federation.LoadCertPool(cfg.TLS.Roots...)
	if err != nil {
		t.Fatal(err)
	}
	hc := &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{
		TLSClientConfig: &tls.Config{RootCAs: roots, MinVersion: tls.VersionTLS12}}}
	defer hc.CloseIdleConnections()

	var mu sync.Mutex
	accept, attempts, accepted := false, 0, map[string]bool{}
	hook := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		attempts++
		if !accept {
			w.WriteHeader(http.StatusServiceUnavailable)
			return
		}
		accepted[r.Header.Get("Idempotency-Key")] = true
	}))
	defer hook.Close()

	n := startCrashNode(t, cfgPath, hc)
	c := &client.Client{BaseURL: n.url, Token: opToken, HTTP: hc}
	tokens := map[string]string{}
	for id, role := range map[string]comity.Role{"vendor": comity.RoleVendor, "controller": comity.RoleController} {
		p, err := c.CreatePrincipal(ctx, comityhttp.PrincipalInput{ID: id, Organisation: id, Roles: []comity.Role{role}})
		if err != nil {
			t.Fatal(err)
		}
		tokens[id] = p.Token
	}
	customer := &client.Client{BaseURL: n.url, Token: tokens["controller"], HTTP: hc}
	vendor := &client.Client{BaseURL: n.url, Token: tokens["vendor"], HTTP: hc}
	if _, err := customer.SetWebhook(ctx, hook.URL); err != nil {
		t.Fatal(err)
	}
	td := filepath.Join("..", "advisory", "testdata")
	sbom, _ := os.ReadFile(filepath.Join(td, "customer.spdx.json"))
	doc, _ := os.ReadFile(filepath.Join(td, "vendor.csaf.json"))
	if _, err := customer.RegisterSBOM(ctx, "plant-7", sbom); err != nil {
		t.Fatal(err)
	}
	if res, err := vendor.PublishAdvisory(ctx, doc); err != nil || res.Notified != 8 {
		t.Fatalf("publish: %+v %v", res, err)
	}
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		mu.Lock()
		a := attempts
		mu.Unlock()
		if a >= 8 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d webhook attempts before the kill", a)
		}
	}
	n.kill()
	mu.Lock()
	accept = true
	mu.Unlock()

	n = startCrashNode(t, cfgPath, hc)
	defer n.terminate()
	for deadline := time.Now().Add(20 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		mu.Lock()
		got := len(accepted)
		mu.Unlock()
		if got == 8 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("after the restart the webhook accepted %d of 8 notifications", got)
		}
	}
	customer.BaseURL = n.url
	ns, err := customer.Notifications(ctx)
	if err != nil || len(ns) != 8 {
		t.Fatalf("notifications after the restart: %d %v", len(ns), err)
	}
	for _, x := range ns {
		if !accepted[x.ID] || x.Receipt == nil {
			t.Errorf("notification %s: delivered %v, receipt %v", x.ID, accepted[x.ID], x.Receipt)
		}
	}
}
