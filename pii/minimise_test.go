package pii

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/comity-project/comity"
)

func newTestMinimiser(t *testing.T) *Minimiser {
	t.Helper()
	m, err := NewMinimiser(t.Context(), MinimiserConfig{Key: []byte("0123456789abcdef")})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func ob(method, param string, fields ...string) comity.Obligation {
	return comity.Obligation{Kind: "minimise", Method: method, Param: param, Fields: fields}
}

func TestMinimise(t *testing.T) {
	m := newTestMinimiser(t)
	const rec = `{"name":"John Smith","phone":"+86 138 1234 5678","card":"4111 1111 1111 1111","dob":"1985-03-07",` +
		`"loc":{"lat":39.904211,"lon":116.407395},"address":"广东省深圳市南山区科技园路1号","ip":"203.0.113.77",` +
		`"contacts":[{"email":"a@example.com"},{"email":"b@example.org"}],"note":"mail x.y@example.com today","qty":2}`
	tests := []struct {
		name string
		obs  []comity.Obligation
		want string
	}{
		{"redact", []comity.Obligation{ob("redact", "", "name")}, `"name":"[redacted]"`},
		{"redact remove", []comity.Obligation{ob("redact", "remove", "name")}, `{"phone":`},
		{"mask keep 4", []comity.Obligation{ob("mask", "4", "card")}, `"card":"**** **** **** 1111"`},
		{"mask default", []comity.Obligation{ob("mask", "", "phone")}, `"phone":"+** *** **** 5678"`},
		{"generalise birth date", []comity.Obligation{ob("generalise", "", "dob")}, `"dob":"1985"`},
		{"generalise coordinates", []comity.Obligation{ob("generalise", "", "loc")}, `"loc":{"lat":39.9,"lon":116.4}`},
		{"generalise address", []comity.Obligation{ob("generalise", "", "address")}, `"address":"广东省"`},
		{"generalise ip", []comity.Obligation{ob("generalise", "", "ip")}, `"ip":"203.0.113.0/24"`},
		{"nested path", []comity.Obligation{ob("redact", "", "contacts.email")}, `"contacts":[{"email":"[redacted]"},{"email":"[redacted]"}]`},
		{"indexed path", []comity.Obligation{ob("redact", "", "contacts.1.email")}, `[{"email":"a@example.com"},{"email":"[redacted]"}]`},
		{"star redacts spans only", []comity.Obligation{ob("redact", "", "*")}, `"note":"mail [EMAIL] today"`},
		{"other kinds ignored", []comity.Obligation{{Kind: "approval"}}, `"name":"John Smith"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, err := m.Minimise(json.RawMessage(rec), tt.obs)
			if err != nil {
				t.Fatal(err)
			}
			if !json.Valid(out) {
				t.Fatalf("invalid JSON: %s", out)
			}
			if !contains(string(out), tt.want) {
				t.Errorf("got %s\nwant it to contain %s", out, tt.want)
			}
		})
	}
}

func contains(s, sub string) bool { return strings.Contains(s, sub) }

func TestPseudonymise(t *testing.T) {
	m := newTestMinimiser(t)
	other, _ := NewMinimiser(t.Context(), MinimiserConfig{Key: []byte("another key of 16+ bytes")})
	a, _ := m.Minimise(json.RawMessage(`{"email":"a@example.com"}`), []comity.Obligation{ob("pseudonymise", "", "email")})
	b, _ := m.Minimise(json.RawMessage(`{"email":"a@example.com"}`), []comity.Obligation{ob("pseudonymise", "", "email")})
	c, _ := other.Minimise(json.RawMessage(`{"email":"a@example.com"}`), []comity.Obligation{ob("pseudonymise", "", "email")})
	d, _ := m.Minimise(json.RawMessage(`{"email":"a@example.com"}`), []comity.Obligation{ob("pseudonymise", "crm", "email")})
	if string(a) != string(b) {
		t.Error("same key and value gave different pseudonyms")
	}
	if string(a) == string(c) || string(a) == string(d) {
		t.Error("another key or domain gave the same pseudonym")
	}
	if contains(string(a), "example.com") {
		t.Errorf("pseudonym leaks the value: %s", a)
	}
}

func TestMinimiseErrors(t *testing.T) {
	m := newTestMinimiser(t)
	keyless, _ := NewMinimiser(t.Context(), MinimiserConfig{})
	tests := []struct {
		name string
		m    *Minimiser
		obs  []comity.Obligation
	}{
		{"unknown method", m, []comity.Obligation{ob("shred", "", "x")}},
		{"bad mask param", m, []comity.Obligation{ob("mask", "four", "x")}},
		{"pseudonymise without key", keyless, []comity.Obligation{ob("pseudonymise", "", "x")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := tt.m.Minimise(json.RawMessage(`{"x":"y"}`), tt.obs); comity.ErrorCode(err) != comity.EINVALID {
				t.Fatalf("err = %v, want EINVALID", err)
			}
		})
	}
	if _, err := NewMinimiser(t.Context(), MinimiserConfig{Key: []byte("short")}); err == nil {
		t.Error("short key accepted")
	}
}

func TestGateUsesMinimiser(t *testing.T) {
	var mm comity.Minimiser = newTestMinimiser(t)
	out, err := mm.Minimise(json.RawMessage(`{"ssn":"123-45-6789"}`), []comity.Obligation{ob("mask", "4", "ssn")})
	if err != nil || string(out) != `{"ssn":"***-**-6789"}` {
		t.Fatalf("got %s, %v", out, err)
	}
}
