package node_test

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus/testutil/promlint"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/demo"
	comityhttp "github.com/comity-project/comity/http"
)

// TestOperatorMetrics scrapes a node of a real federation (witnessed logs,
// a pending transfer case, an import) and checks that the figures an
// operator watches are there, with the values the federation's state
// implies, and that the exposition passes the Prometheus client's linter.
func TestOperatorMetrics(t *testing.T) {
	ctx := context.Background()
	f, err := demo.Start(ctx, demo.Config{Dir: t.TempDir(), Records: 20})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Stop() })
	if err := f.PublishRulebooks(ctx); err != nil {
		t.Fatal(err)
	}
	_, err = f.Client("DE", "requester").Access(ctx, comityhttp.AccessInput{Action: comity.ActionBulkExport, Home: "CN",
		Purpose: "analytics", Filter: comity.RecordFilter{Category: comity.CategoryPersonal, Limit: 10}})
	if comity.ErrorCode(err) != comity.EPENDING {
		t.Fatalf("want a pending case, got %v", err)
	}

	scrape := func() string {
		req, _ := http.NewRequest("GET", f.Members["CN"].URL+"/metrics", nil)
		req.Header.Set("Authorization", "Bearer "+f.Members["CN"].Tokens["operator"])
		resp, err := f.HTTPClient().Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		if resp.StatusCode != 200 {
			t.Fatalf("GET /metrics: %d %s", resp.StatusCode, b)
		}
		return string(b)
	}
	value := func(text, series string) (float64, bool) {
		m := regexp.MustCompile(`(?m)^` + regexp.QuoteMeta(series) + ` (\S+)$`).FindStringSubmatch(text)
		if m == nil {
			return 0, false
		}
		v, err := strconv.ParseFloat(m[1], 64)
		return v, err == nil
	}
	// The decision is published with the next checkpoint, within the
	// merge delay.
	text := scrape()
	cosigned := regexp.MustCompile(`(?m)^comity_log_cosignature_age_seconds\{witness="(de|us)-node/witness"\} \S+$`)
	for deadline := time.Now().Add(15 * time.Second); time.Now().Before(deadline); time.Sleep(200 * time.Millisecond) {
		if v, _ := value(text, "comity_log_entries"); v >= 1 && cosigned.MatchString(text) {
			break
		}
		text = scrape()
	}
	problems, err := promlint.New(strings.NewReader(text)).Lint()
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range problems {
		if strings.HasPrefix(p.Metric, "comity_") {
			t.Errorf("lint: %s: %s", p.Metric, p.Text)
		}
	}
	checks := []struct {
		series string
		ok     func(float64) bool
	}{
		{"comity_log_entries", func(v float64) bool { return v >= 1 }},
		{"comity_log_checkpoint_age_seconds", func(v float64) bool { return v >= 0 && v < 60 }},
		{"comity_transfer_cases_pending", func(v float64) bool { return v == 1 }},
		{`comity_judicial_cases_open{state="received"}`, func(v float64) bool { return v == 0 }},
		{`comity_import_records_total{result="created"}`, func(v float64) bool { return v == 20 }},
		{`comity_gate_decisions_total{outcome="pending"}`, func(v float64) bool { return v >= 1 }},
		{"comity_store_size_bytes", func(v float64) bool { return v > 0 }},
	}
	for _, c := range checks {
		v, ok := value(text, c.series)
		if !ok || !c.ok(v) {
			t.Errorf("%s = %v (present %v)", c.series, v, ok)
		}
	}
	// A witness's cosignature is reported with its age once the quorum of
	// one has cosigned a checkpoint.
	if !cosigned.MatchString(text) {
		t.Errorf("no witness cosignature age:\n%s", grep(text, "comity_log_"))
	}
}

func grep(text, prefix string) string {
	var b bytes.Buffer
	for _, l := range strings.Split(text, "\n") {
		if strings.HasPrefix(l, prefix) {
			b.WriteString(l + "\n")
		}
	}
	return b.String()
}
