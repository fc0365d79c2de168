package pii

import (
	"bytes"
	"encoding/json"
	"slices"
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
		`"contacts":[{"email":"a@example.com"},{"email":"b@example.org"}],"note":"mail x.y@example.com today","qty":2,"again":"SSN 123456789, once more 123456789"}`
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
		{"repeats redacted too", []comity.Obligation{ob("redact", "", "*")}, `"again":"SSN [US_SSN], once more [US_SSN]"`},
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
		{"nested too deep", m, []comity.Obligation{ob("redact", "", "x")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fields := `{"x":"y"}`
			if tt.name == "nested too deep" {
				fields = `{"x":` + strings.Repeat("[", 100) + strings.Repeat("]", 100) + `}`
			}
			if _, err := tt.m.Minimise(json.RawMessage(fields), tt.obs); comity.ErrorCode(err) != comity.EINVALID {
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

// TestMinimiseSampleRulebooks applies the obligations of the sample
// rulebooks (rulebook/samples) to records shaped like the demo's
// (demo/data.go): each state's field names, the rulebooks' field names.
func TestMinimiseSampleRulebooks(t *testing.T) {
	m := newTestMinimiser(t)
	cnPIPL := []comity.Obligation{ob("mask", "4", "phone"), ob("redact", "", "id_number"), ob("generalise", "city", "address")}
	deArt9 := []comity.Obligation{ob("pseudonymise", "", "name"), ob("generalise", "year", "birth_date")}
	tests := []struct {
		name   string
		fields string
		obs    []comity.Obligation
		want   map[string]string // field: value released
	}{
		{"CN pipl", `{"name":"王伟","resident_id":"11010519491231002X","phone":"+86 138 1234 5678",` +
			`"address":"北京市朝阳区建国路88号","birth_date":"1949-12-31","customer_since":"2015-03-04"}`, cnPIPL,
			map[string]string{"phone": "+** *** **** 5678", "resident_id": "[redacted]", "address": "北京市",
				"name": "王伟", "birth_date": "1949-12-31", "customer_since": "2015-03-04"}},
		{"CN province and city", `{"address":"广东省深圳市南山区科技园路1号"}`, cnPIPL,
			map[string]string{"address": "广东省深圳市"}},
		{"DE tax id and city", `{"tax_id":"86095742719","address":"Hauptstraße 5, 10115 Berlin","phone":"+49 151 1234567"}`, cnPIPL,
			map[string]string{"tax_id": "[redacted]", "address": "Berlin", "phone": "+** *** ***4567"}},
		{"US ssn and city", `{"ssn":"123-45-6789","address":"4821 Main St, Springfield, IL 62701"}`, cnPIPL,
			map[string]string{"ssn": "[redacted]", "address": "Springfield, IL"}},
		{"DE art 9", `{"name":"Anna Müller","birth_date":"1980-05-17","diagnosis":"asthma"}`, deArt9,
			map[string]string{"birth_date": "1980", "diagnosis": "asthma"}},
		{"id in another field", `{"note":"Kunde nannte Steuer-ID 86095742719 am Telefon"}`, cnPIPL,
			map[string]string{"note": "Kunde nannte Steuer-ID [DE_TAX_ID] am Telefon"}},
		{"region", `{"address":"4821 Main St, Springfield, IL 62701","home":"Hauptstraße 5, 80331 München"}`,
			[]comity.Obligation{ob("generalise", "region", "address", "home")},
			map[string]string{"address": "IL", "home": "Bayern"}},
		{"birth month", `{"dob":"07.03.1985"}`, []comity.Obligation{ob("generalise", "month", "dob")},
			map[string]string{"dob": "1985-03"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, err := m.Minimise(json.RawMessage(tt.fields), tt.obs)
			if err != nil {
				t.Fatal(err)
			}
			var got map[string]string
			if err := json.Unmarshal(out, &got); err != nil {
				t.Fatalf("%s: %v", out, err)
			}
			for k, want := range tt.want {
				if got[k] != want {
					t.Errorf("%s = %q, want %q", k, got[k], want)
				}
			}
			pseudo := slices.ContainsFunc(tt.obs, func(o comity.Obligation) bool { return o.Method == "pseudonymise" })
			if n, ok := got["name"]; ok && pseudo && !strings.HasPrefix(n, "pn_") {
				t.Errorf("name %q not pseudonymised", n)
			}
		})
	}
}

func TestGeneraliseCoordinates(t *testing.T) {
	m := newTestMinimiser(t)
	const rec = `{"lat":39.904211,"lon":116.407395,"gps":"39.904211, 116.407395"}`
	for param, want := range map[string]string{
		"":       `{"lat":39.9,"lon":116.4,"gps":"39.9, 116.4"}`,
		"city":   `{"lat":39.9,"lon":116.4,"gps":"39.9, 116.4"}`,
		"region": `{"lat":40,"lon":116,"gps":"40, 116"}`,
		"2":      `{"lat":39.90,"lon":116.41,"gps":"39.90, 116.41"}`,
	} {
		t.Run("param="+param, func(t *testing.T) {
			out, err := m.Minimise(json.RawMessage(rec), []comity.Obligation{ob("generalise", param, "lat", "lon", "gps")})
			if err != nil || string(out) != want {
				t.Fatalf("got %s, %v; want %s", out, err, want)
			}
		})
	}
	if _, err := m.Minimise(json.RawMessage(rec), []comity.Obligation{ob("generalise", "street", "lat")}); comity.ErrorCode(err) != comity.EINVALID {
		t.Errorf("unknown level: err = %v, want EINVALID", err)
	}
}

func TestPseudonymKey(t *testing.T) {
	a, b := PseudonymKey([]byte("node A seed 0123456789")), PseudonymKey([]byte("node B seed 0123456789"))
	if len(a) != 32 || bytes.Equal(a, b) || !bytes.Equal(a, PseudonymKey([]byte("node A seed 0123456789"))) {
		t.Fatalf("keys %x %x", a, b)
	}
	if _, err := NewMinimiser(t.Context(), MinimiserConfig{Key: a}); err != nil {
		t.Fatal(err)
	}
}

func TestGeneraliseStructuredAddress(t *testing.T) {
	m := newTestMinimiser(t)
	const rec = `{"address":{"street":"Hauptstraße 5","zip":"10115","city":"Berlin","state":"Berlin","country":"DE"}}`
	for level, want := range map[string]string{
		"city":   `{"address":{"street":"[redacted]","zip":"[redacted]","city":"Berlin","state":"Berlin","country":"DE"}}`,
		"region": `{"address":{"street":"[redacted]","zip":"[redacted]","city":"[redacted]","state":"Berlin","country":"DE"}}`,
	} {
		t.Run(level, func(t *testing.T) {
			out, err := m.Minimise(json.RawMessage(rec), []comity.Obligation{ob("generalise", level, "address")})
			if err != nil || string(out) != want {
				t.Fatalf("got %s, %v; want %s", out, err, want)
			}
		})
	}
}

// TestMinimiseFreeText: names and addresses in the free text of a record
// (a greeting with a given name alone, a chat speaker, a signature, a
// German address with its postcode and city, a Chinese one down to the
// room) are minimised where they stand and nothing else is.
func TestMinimiseFreeText(t *testing.T) {
	m := newTestMinimiser(t)
	rec := `{"id":"r-1","note":"Hallo Emmely,\nbitte an Am Kupfergraben 6, 10117 Berlin liefern.\n\nViele Grüße\nJannik Oberdörfer",` +
		`"chat":"[09:41] 欧阳子涵: 我到了，在深圳市南山区科技园南区高新南七道18号国贸大厦B座1203室","vendor":"Dr. Oetker"}`
	out, err := m.Minimise(json.RawMessage(rec), []comity.Obligation{ob("redact", "", "*")})
	if err != nil {
		t.Fatal(err)
	}
	want := `{"id":"r-1","note":"Hallo [PERSON_NAME],\nbitte an [POSTAL_ADDRESS] liefern.\n\nViele Grüße\n[PERSON_NAME]",` +
		`"chat":"[09:41] [PERSON_NAME]: 我到了，在[POSTAL_ADDRESS]","vendor":"Dr. Oetker"}`
	if string(out) != want {
		t.Errorf("got  %s\nwant %s", out, want)
	}
}
