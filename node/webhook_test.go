package node_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/comity-project/comity"
	comityhttp "github.com/comity-project/comity/http"
)

// TestWebhooksRefuseLocalAddresses: on a node without allow_local_webhooks
// neither a customer's notification webhook nor a transfer case's webhook
// may point into the node's own network (loopback, private, link-local:
// the cloud metadata address), and nothing is stored for a refused one.
func TestWebhooksRefuseLocalAddresses(t *testing.T) {
	f := startFederation(t, "DE")
	ctx := context.Background()
	hook := httptest.NewTLSServer(http.HandlerFunc(func(http.ResponseWriter, *http.Request) {}))
	defer hook.Close()
	customer := f.client("DE", "controller")
	for _, u := range []string{hook.URL, "https://localhost/hook", "https://169.254.169.254/latest/meta-data/",
		"https://10.0.0.7/hook", "https://[::1]/hook", "https://[fe80::1]/hook"} {
		if _, err := customer.SetWebhook(ctx, u); comity.ErrorCode(err) != comity.EINVALID {
			t.Errorf("notification webhook %s: %v, want EINVALID", u, err)
		}
		_, err := f.client("DE", "requester").Access(ctx, comityhttp.AccessInput{Action: comity.ActionRead, Purpose: "analytics",
			Filter: comity.RecordFilter{Limit: 1}, Webhook: u})
		if comity.ErrorCode(err) != comity.EINVALID {
			t.Errorf("transfer webhook %s: %v, want EINVALID", u, err)
		}
	}
	if _, err := customer.SetWebhook(ctx, "https://8.8.8.8/hook"); err != nil {
		t.Errorf("a public webhook: %v", err)
	}
}
