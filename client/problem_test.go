package client

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/comity-project/comity"
	comityhttp "github.com/comity-project/comity/http"
)

// TestDenialRoundTrip: a denial the gate makes comes back from the API as
// the same typed *comity.Denial, not a map, with the other extension
// members in Detail.
func TestDenialRoundTrip(t *testing.T) {
	d := &comity.Denial{
		Decision: &comity.Decision{Outcome: comity.Deny, Policies: []string{"CN/pipl.38"}, Reasons: []string{"no transfer mechanism"},
			Obligations: []comity.Obligation{{Kind: comity.ObligationMinimise, Fields: []string{"phone"}, Method: "mask", Param: "4"}}},
		Receipt: &comity.Receipt{Origin: "comity.test/CN", Index: 7, EntryHash: []byte{1, 2, 3},
			Time: time.Date(2026, 12, 1, 18, 0, 0, 0, time.UTC), Signature: []byte{4, 5}},
		Residue: []comity.Residue{{Record: "CN-1", Path: "note", Kind: "phone"}},
	}
	for _, tc := range []struct {
		name string
		err  error
	}{
		{"denied", (&comity.Error{Code: comity.EDENIED, Message: "refused by CN/pipl.38", Err: d}).With("case", "X-1")},
		{"pending", (&comity.Error{Code: comity.EPENDING, Message: "consent needed", Err: &comity.Denial{Decision: d.Decision}}).With("case", "X-1")},
		{"judicial refusal", (&comity.Error{Code: comity.EDENIED, Message: "production order refused", Err: &comity.Denial{Receipt: d.Receipt}}).With("case", "X-1")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				p := comityhttp.ProblemFor(tc.err, "req-1")
				w.Header().Set("Content-Type", "application/problem+json")
				w.WriteHeader(p.Status)
				json.NewEncoder(w).Encode(p)
			}))
			defer srv.Close()
			c := &Client{BaseURL: srv.URL}
			err := c.do(context.Background(), "GET", "/v1/x", "", nil, nil)
			var want *comity.Denial
			errors.As(tc.err, &want)
			var got *comity.Denial
			if !errors.As(err, &got) {
				t.Fatalf("client error %#v carries no *comity.Denial", err)
			}
			if g, w := mustJSON(t, got), mustJSON(t, want); g != w {
				t.Errorf("denial after the client:\n %s\nwant\n %s", g, w)
			}
			var e *comity.Error
			if !errors.As(err, &e) || e.Code != comity.ErrorCode(tc.err) || e.Message != comity.ErrorMessage(tc.err) || e.Detail["case"] != "X-1" {
				t.Errorf("client error %#v, want code %s, message %q and case X-1", e, comity.ErrorCode(tc.err), comity.ErrorMessage(tc.err))
			}
			if _, ok := e.Detail["decision"]; ok {
				t.Errorf("the decision is also in Detail, as a map: %v", e.Detail)
			}
		})
	}
}

func mustJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestDenialOnlyWhenCarried: a denied problem without a decision, receipt
// or residue (a refusal no gate logged) gets no empty *comity.Denial, so
// that serving it again adds no members.
func TestDenialOnlyWhenCarried(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/problem+json")
		w.WriteHeader(451)
		w.Write([]byte(`{"type":"urn:comity:problem:denied","title":"Refused by the gate","status":451,"detail":"no"}`))
	}))
	defer srv.Close()
	err := (&Client{BaseURL: srv.URL}).do(context.Background(), "GET", "/v1/x", "", nil, nil)
	var d *comity.Denial
	if comity.ErrorCode(err) != comity.EDENIED || errors.As(err, &d) {
		t.Fatalf("client error %#v", err)
	}
	if p := comityhttp.ProblemFor(err, "r"); len(p.Ext) != 0 {
		t.Errorf("served again with members %v", p.Ext)
	}
}
