package pii

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/comity-project/comity"
)

// TestHiddenIdentifiers is what a requester who wants more than the rules
// allow tries: identifiers hidden where a minimiser that reads only the
// first obligation, strings under telling names and ASCII would miss them.
// Minimised under the CN sample's obligations, each record must come out
// with none of its identifiers readable, by the detector (Verify) and by
// a plain search for the digits.
func TestHiddenIdentifiers(t *testing.T) {
	m := newTestMinimiser(t)
	obs := []comity.Obligation{ob("mask", "4", "phone"), ob("redact", "", "id_number"), ob("generalise", "city", "address")}
	const id, id2, phone = "11010519491231002X", "110105199003071239", "13812345678"
	tests := []struct {
		name, fields string
		gone         []string // must not be readable in the output (separators ignored)
		kept         string   // must still be there
	}{
		{"two kinds in one string", `{"note":"call 13812345678, ID 11010519491231002X"}`, []string{id, phone}, `"note":"call `},
		{"phone field holding an id too", `{"phone":"13812345678 / 11010519491231002X"}`, []string{id, phone}, ""},
		{"number under an innocent name", `{"ref":13812345678,"n":110105199003071239}`, []string{phone, id2}, ""},
		{"object keys", `{"13812345678":"mobile","by_id":{"11010519491231002X":{"visits":3}}}`, []string{id, phone}, `"visits":3`},
		{"JSON inside a string", `{"blob":"{\"tel\":\"13812345678\",\"x\":[\"11010519491231002X\"]}"}`, []string{id, phone}, `tel`},
		{"full-width digits", `{"x":"身份证 １１０１０５１９４９１２３１００２Ｘ 电话 １３８１２３４５６７８"}`, []string{id, phone}, "身份证"},
		{"spaces and dashes", `{"x":"ID 110105 19491231 002X or 110105-19491231-002X, tel 138-1234-5678"}`, []string{id, phone}, ""},
		{"ideographic spaces", "{\"x\":\"tel 138\u30001234\u30005678 id 110105\u300019491231\u3000002X\"}", []string{id, phone}, ""},
		{"zero-width characters", "{\"x\":\"1101\u200b0519491231\u200d002X tel 138\u200b1234\u200b5678\"}", []string{id, phone}, ""},
		{"no-break spaces", "{\"x\":\"tel 138\u00a01234\u00a05678\"}", []string{phone}, ""},
		{"mathematical digits", "{\"x\":\"tel \U0001D7CF\U0001D7D1\U0001D7D68\U0001D7D0\U0001D7D1\U0001D7D2\U0001D7D3\U0001D7D4\U0001D7D5\U0001D7D6\"}", []string{phone}, ""},
		{"nested district under city", `{"address":{"city":"深圳市南山区","district":{"name":"南山区"},"street":"科技园路1号"}}`, []string{"南山区", "科技园路"}, "深圳市"},
		{"address string to city", `{"address":"广东省深圳市南山区科技园路1号"}`, []string{"南山区", "科技园路"}, "深圳市"},
		{"id in an array of numbers", `{"xs":[1,2,110105199003071239]}`, []string{id2}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, err := m.Minimise(json.RawMessage(tt.fields), obs)
			if err != nil {
				t.Fatal(err)
			}
			if !json.Valid(out) {
				t.Fatalf("invalid JSON: %s", out)
			}
			if rs, err := m.Verify(out, obs); err != nil || len(rs) > 0 {
				t.Errorf("the detector still finds %+v (%v) in %s", rs, err, out)
			}
			var s string
			json.Unmarshal(jsonString(string(out)), &s)
			plain := alnumOnly(normalString(s))
			for _, v := range tt.gone {
				if strings.Contains(plain, alnumOnly(v)) {
					t.Errorf("%s is readable in %s", v, out)
				}
			}
			if !strings.Contains(string(out), tt.kept) {
				t.Errorf("%s lost %q", out, tt.kept)
			}
		})
	}
}

// alnumOnly keeps letters, digits and ideographs: separators hide nothing.
func alnumOnly(s string) string {
	var sb strings.Builder
	for _, r := range s {
		if r >= '0' && r <= '9' || r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= 0x2E80 {
			sb.WriteRune(r)
		}
	}
	return sb.String()
}

// TestVerifyReportsPathsNotValues checks that residue names where and what,
// never the value, even when the value is a key.
func TestVerifyReportsPathsNotValues(t *testing.T) {
	m := newTestMinimiser(t)
	obs := []comity.Obligation{ob("mask", "4", "phone"), ob("redact", "", "id_number")}
	fields := `{"a":{"13812345678":{"n":"ID 11010519491231002X"}},"email":"x@example.com"}`
	rs, err := m.Verify(json.RawMessage(fields), obs)
	if err != nil {
		t.Fatal(err)
	}
	want := []comity.Residue{{Path: "a.<key>.n", Kind: "cn_resident_id"}, {Path: "a.<key>", Kind: "phone"}}
	if len(rs) != len(want) || rs[0] != want[0] || rs[1] != want[1] {
		t.Fatalf("residue %+v, want %+v (email is not minimised, so not reported)", rs, want)
	}
}
