package http_test

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/comity-project/comity"
	comityhttp "github.com/comity-project/comity/http"
)

func consentBody(subject, extra string) string {
	return fmt.Sprintf(`{"consents":[{"subject":%q,"kind":"explicit","purpose":"marketing","recipient":"us-analytics","destination":"US","notice":"sha256:%064x"%s}]}`, subject, 7, extra)
}

// Bad consent input is a problem-details error and stores nothing; only
// the controller keeps, lists and withdraws its own consents.
func TestConsentBadInput(t *testing.T) {
	n := newNode(t)
	ctrl := n.tokens["controller"]
	r := n.do("POST", "/v1/consents", ctrl, "application/json", []byte(consentBody("subject-keep", "")))
	if r.status != 201 {
		t.Fatalf("give: %d %s", r.status, r.body)
	}
	var out comityhttp.ConsentsOutput
	json.Unmarshal(r.body, &out)
	id := out.Consents[0].ID
	snapshot := func() string {
		cs, err := n.store.Consents().ListConsents(context.Background(), "acme", "", "", 1000)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := json.Marshal(cs)
		return string(b)
	}
	many := `{"consents":[` + strings.Repeat(`{"subject":"s","kind":"explicit","purpose":"p","recipient":"r","destination":"US","notice":"sha256:`+strings.Repeat("0", 64)+`"},`, 1001)
	many = strings.TrimSuffix(many, ",") + `]}`
	future := time.Now().Add(time.Hour).UTC().Format(time.RFC3339)
	tests := []struct {
		name, method, path, token, body string
		status                          int
		ptype                           string
	}{
		{"unknown field", "POST", "/v1/consents", ctrl, consentBody("s1", `,"id":"consent-mine"`), 400, "invalid"},
		{"withdrawn_at given", "POST", "/v1/consents", ctrl, consentBody("s1", `,"withdrawn_at":"2026-01-01T00:00:00Z"`), 400, "invalid"},
		{"bad kind", "POST", "/v1/consents", ctrl, strings.Replace(consentBody("s1", ""), "explicit", "implied", 1), 400, "invalid"},
		{"bad notice", "POST", "/v1/consents", ctrl, strings.Replace(consentBody("s1", ""), "sha256:", "md5:", 1), 400, "invalid"},
		{"bad destination", "POST", "/v1/consents", ctrl, strings.Replace(consentBody("s1", ""), `"US"`, `"XQ"`, 1), 400, "invalid"},
		{"given in the future", "POST", "/v1/consents", ctrl, consentBody("s1", `,"given_at":"`+future+`"`), 400, "invalid"},
		{"personal information as recipient", "POST", "/v1/consents", ctrl, strings.Replace(consentBody("s1", ""), "us-analytics", "+86 139 1234 5678", 1), 400, "invalid"},
		{"none", "POST", "/v1/consents", ctrl, `{"consents":[]}`, 400, "invalid"},
		{"too many", "POST", "/v1/consents", ctrl, many, 400, "invalid"},
		{"a requester", "POST", "/v1/consents", n.tokens["requester"], consentBody("s1", ""), 403, "forbidden"},
		{"a requester lists", "GET", "/v1/consents", n.tokens["requester"], "", 403, "forbidden"},
		{"another controller withdraws", "POST", "/v1/consents/" + id + "/withdraw", n.tokens["other-controller"], "", 404, "not-found"},
		{"unknown consent", "POST", "/v1/consents/consent-none/withdraw", ctrl, "", 404, "not-found"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := snapshot()
			ctype := ""
			if tt.body != "" {
				ctype = "application/json"
			}
			r := n.do(tt.method, tt.path, tt.token, ctype, []byte(tt.body))
			if r.status != tt.status {
				t.Errorf("status %d, want %d: %s", r.status, tt.status, r.body)
			}
			if p := r.problem(t); p["type"] != "urn:comity:problem:"+tt.ptype {
				t.Errorf("type %v, want %s", p["type"], tt.ptype)
			}
			if after := snapshot(); after != before {
				t.Errorf("consents changed:\n%s\n%s", before, after)
			}
		})
	}
	// Another controller sees none of acme's consents.
	r = n.do("GET", "/v1/consents", n.tokens["other-controller"], "", nil)
	if r.status != 200 || strings.TrimSpace(string(r.body)) != "[]" {
		t.Errorf("other controller lists %d %s", r.status, r.body)
	}
}

func FuzzReadConsents(f *testing.F) {
	f.Add([]byte(`{"subject":"s","kind":"explicit","purpose":"p","recipient":"r","destination":"US","notice":"sha256:` + strings.Repeat("a", 64) + `"}` + "\n\n"))
	f.Add([]byte(`{"subject":"s"} {"x":1}`))
	f.Add([]byte("\xff\n{"))
	f.Fuzz(func(t *testing.T, data []byte) {
		var got []comityhttp.ConsentInput
		err := comityhttp.ReadConsents(strings.NewReader(string(data)), func(in comityhttp.ConsentInput) error {
			got = append(got, in)
			return nil
		})
		if err != nil && comity.ErrorCode(err) != comity.EINVALID {
			t.Fatalf("error %v is not EINVALID", err)
		}
		for _, in := range got {
			// Whatever is read is a consent a controller may record.
			if err := comity.CheckConsent(in.Consent(), comity.Now()); err != nil {
				t.Fatalf("read %+v, which does not check: %v", in, err)
			}
		}
	})
}
