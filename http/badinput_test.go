package http_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/comity-project/comity"
)

func TestBadInputChangesNothing(t *testing.T) {
	n := newNode(t)
	n.createCanary("CN-keep")
	ctrl := n.tokens["controller"]
	big := `{"category":"personal","fields":{"x":"` + strings.Repeat("a", 2<<20) + `"}}`
	expired, _ := n.store.Principals().CreatePrincipal(context.Background(), &comity.Principal{ID: "exp", Organisation: "acme",
		Jurisdiction: "CN", Roles: []comity.Role{comity.RoleController}}, time.Nanosecond)
	time.Sleep(time.Millisecond)

	tests := []struct {
		name, method, path, token, ctype, body string
		status                                 int
		ptype                                  string
	}{
		{"malformed JSON", "POST", "/v1/records", ctrl, "application/json", `{"category":`, 400, "invalid"},
		{"trailing data", "POST", "/v1/records", ctrl, "application/json", `{"id":"CN-a","category":"general","fields":{}} {}`, 400, "invalid"},
		{"unknown field", "POST", "/v1/records", ctrl, "application/json", `{"id":"CN-a","category":"general","fields":{},"secret":1}`, 400, "invalid"},
		{"oversize body", "POST", "/v1/records", ctrl, "application/json", big, 413, "too-large"},
		{"unknown jurisdiction", "POST", "/v1/records", ctrl, "application/json", `{"home":"XQ","category":"general","fields":{}}`, 400, "invalid"},
		{"unknown category", "POST", "/v1/records", ctrl, "application/json", `{"id":"CN-a","category":"secret","fields":{}}`, 400, "invalid"},
		{"fields not an object", "POST", "/v1/records", ctrl, "application/json", `{"id":"CN-a","category":"general","fields":[1]}`, 400, "invalid"},
		{"id home mismatch", "POST", "/v1/records", ctrl, "application/json", `{"id":"DE-a","home":"CN","category":"general","fields":{}}`, 400, "invalid"},
		{"lower-case id prefix", "POST", "/v1/records", ctrl, "application/json", `{"id":"cn-a","category":"general","fields":{}}`, 400, "invalid"},
		{"someone else's controller", "POST", "/v1/records", ctrl, "application/json", `{"id":"CN-a","controller":"other-co","category":"general","fields":{}}`, 403, "forbidden"},
		{"duplicate id", "POST", "/v1/records", ctrl, "application/json", `{"id":"CN-keep","category":"general","fields":{}}`, 409, "conflict"},
		{"wrong content type", "POST", "/v1/records", ctrl, "text/plain", `{}`, 400, "invalid"},
		{"forged token", "POST", "/v1/records", "cmt_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "application/json", `{"id":"CN-a","category":"general","fields":{}}`, 401, "unauthorized"},
		{"expired token", "POST", "/v1/records", expired, "application/json", `{"id":"CN-a","category":"general","fields":{}}`, 401, "unauthorized"},
		{"update stale version", "PUT", "/v1/records/CN-keep", ctrl, "application/json", `{"category":"general","fields":{},"version":9}`, 409, "conflict"},
		{"update by other controller", "PUT", "/v1/records/CN-keep", n.tokens["other-controller"], "application/json", `{"category":"general","fields":{}}`, 403, "forbidden"},
		{"delete by other controller", "DELETE", "/v1/records/CN-keep", n.tokens["other-controller"], "", ``, 403, "forbidden"},
		{"import over another controller's record", "POST", "/v1/import", n.tokens["other-controller"], "application/x-ndjson",
			"{\"id\":\"CN-i3\",\"category\":\"general\",\"fields\":{}}\n{\"id\":\"CN-keep\",\"category\":\"general\",\"fields\":{\"x\":1}}\n", 403, "forbidden"},
		{"import bad line", "POST", "/v1/import", ctrl, "application/x-ndjson", "{\"id\":\"CN-i1\",\"category\":\"general\",\"fields\":{}}\n{\"id\":\"CN-i2\",\"category\":\"nope\",\"fields\":{}}\n", 400, "invalid"},
		{"import CSV without id column", "POST", "/v1/import", ctrl, "text/csv", "category,name\ngeneral,x\n", 400, "invalid"},
		{"bad limit", "GET", "/v1/records?limit=0", ctrl, "", ``, 400, "invalid"},
		{"bad cursor", "GET", "/v1/records?cursor=%21%21", ctrl, "", ``, 400, "invalid"},
		{"bad destination", "GET", "/v1/records/CN-keep?destination=ZZ", ctrl, "", ``, 400, "invalid"},
		{"unknown action", "POST", "/v1/access", ctrl, "application/json", `{"action":"steal","record_ids":["CN-keep"]}`, 400, "invalid"},
		{"foreign home, no federation", "POST", "/v1/records", ctrl, "application/json", `{"id":"DE-a","category":"general","fields":{}}`, 409, "residency"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := n.snapshot()
			r := n.do(tt.method, tt.path, tt.token, tt.ctype, []byte(tt.body))
			if r.status != tt.status {
				t.Errorf("status %d, want %d: %s", r.status, tt.status, r.body)
			}
			if p := r.problem(t); p["type"] != "urn:comity:problem:"+tt.ptype {
				t.Errorf("type %v, want %s", p["type"], tt.ptype)
			}
			if after := n.snapshot(); after != before {
				t.Errorf("store changed:\n%s\n%s", before, after)
			}
		})
	}
}

// snapshot renders every record, tombstones included, for comparison.
func (n *node) snapshot() string {
	rs, _, err := n.store.Records().QueryRecords(context.Background(), comity.RecordFilter{IncludeDeleted: true, Limit: 1000})
	if err != nil {
		n.t.Fatal(err)
	}
	var b strings.Builder
	for _, r := range rs {
		b.WriteString(r.ID + "@" + string(rune('0'+r.Version)) + string(r.Fields) + "\n")
	}
	return b.String()
}
