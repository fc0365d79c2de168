package comity_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"net/url"
	"strings"
	"testing"

	"github.com/comity-project/comity"
)

func TestPublicAddress(t *testing.T) {
	for addr, want := range map[string]bool{
		"8.8.8.8": true, "2606:4700::1111": true, "151.101.1.1": true,
		"127.0.0.1": false, "127.8.9.10": false, "::1": false, "10.1.2.3": false, "172.16.0.1": false,
		"192.168.1.1": false, "169.254.169.254": false, "fe80::1": false, "fd00::1": false, "0.0.0.0": false,
		"::": false, "100.64.0.1": false, "224.0.0.1": false, "255.255.255.255": false, "::ffff:127.0.0.1": false,
		"::ffff:10.0.0.1": false, "192.0.2.1": false,
	} {
		if got := comity.PublicAddress(netip.MustParseAddr(addr)); got != want {
			t.Errorf("PublicAddress(%s) = %v, want %v", addr, got, want)
		}
	}
}

func TestCheckWebhookURL(t *testing.T) {
	ctx := context.Background()
	for _, tc := range []struct {
		url        string
		allowLocal bool
		ok         bool
	}{
		{"https://8.8.8.8/hook", false, true},
		{"https://[2606:4700::1111]/hook", false, true},
		{"https://127.0.0.1:8443/hook", false, false},
		{"https://[::1]/hook", false, false},
		{"https://localhost/hook", false, false},
		{"https://a.localhost/hook", false, false},
		{"https://169.254.169.254/latest/meta-data", false, false},
		{"https://10.0.0.7/hook", false, false},
		{"https://[::ffff:192.168.0.1]/hook", false, false},
		{"http://8.8.8.8/hook", false, false},
		{"https://user:pw@8.8.8.8/hook", false, false},
		{"ftp://8.8.8.8/hook", false, false},
		{"/relative", false, false},
		{"https://127.0.0.1:8443/hook", true, true},
		{"http://127.0.0.1:8080/hook", true, true},
		{"http://customer.example/hook", true, false},
	} {
		err := comity.CheckWebhookURL(ctx, tc.url, tc.allowLocal)
		if (err == nil) != tc.ok || (err != nil && comity.ErrorCode(err) != comity.EINVALID) {
			t.Errorf("CheckWebhookURL(%q, allowLocal %v) = %v, want ok %v", tc.url, tc.allowLocal, err, tc.ok)
		}
	}
}

// TestWebhookClientRefusesLocal dials a real receiver on loopback: the
// webhook client refuses it whether it is named by address or by a name
// that resolves to it at dial time (what DNS rebinding exploits), and the
// client that allows local receivers reaches it.
func TestWebhookClientRefusesLocal(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {}))
	defer srv.Close()
	port := srv.URL[strings.LastIndex(srv.URL, ":"):]
	for _, u := range []string{srv.URL, "http://localhost" + port} {
		resp, err := comity.WebhookClient(false).Get(u)
		if err == nil {
			resp.Body.Close()
			t.Fatalf("GET %s: delivered to a loopback receiver", u)
		}
		if !strings.Contains(err.Error(), "not public") {
			t.Errorf("GET %s: %v, want a refusal of a non-public address", u, err)
		}
	}
	resp, err := comity.WebhookClient(true).Get(srv.URL)
	if err != nil {
		t.Fatalf("allowing local receivers: %v", err)
	}
	resp.Body.Close()
}

// FuzzCheckWebhookURL: whatever is accepted without allowLocal is https and
// names no loopback, private or link-local address literally. (The context
// is cancelled so that names are not looked up: the dial-time check is the
// one that sees what they resolve to.)
func FuzzCheckWebhookURL(f *testing.F) {
	f.Add("https://8.8.8.8/hook")
	f.Add("https://[::ffff:127.0.0.1]/x")
	f.Add("http://localhost:80/")
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	f.Fuzz(func(t *testing.T, raw string) {
		if comity.CheckWebhookURL(ctx, raw, true) != nil {
			if comity.CheckWebhookURL(ctx, raw, false) == nil {
				t.Fatalf("%q refused with local receivers allowed but accepted without", raw)
			}
			return
		}
		if err := comity.CheckWebhookURL(ctx, raw, false); err != nil {
			return
		}
		u, err := url.Parse(raw)
		if err != nil || u.Scheme != "https" {
			t.Fatalf("accepted %q", raw)
		}
		if ip, err := netip.ParseAddr(strings.Trim(u.Hostname(), "[]")); err == nil && !comity.PublicAddress(ip) {
			t.Fatalf("accepted %q naming %s", raw, ip)
		}
	})
}
