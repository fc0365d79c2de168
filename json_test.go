package comity

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
)

// manyKeys is an object with n keys k0, k1, ...; key dup (if not -1) is
// k1 again.
func manyKeys(n, dup int) string {
	var b strings.Builder
	b.WriteString("{")
	for i := range n {
		if i > 0 {
			b.WriteString(",")
		}
		if i == dup {
			fmt.Fprintf(&b, `"k1":%d`, i)
		} else {
			fmt.Fprintf(&b, `"k%d":%d`, i, i)
		}
	}
	return b.String() + "}"
}

func TestCheckJSON(t *testing.T) {
	for _, tc := range []struct {
		in string
		ok bool
	}{
		{`{"a":[1,2.5e3,-0,true,false,null,"x"]}`, true},
		{` "\ud83d\ude00 \u00e9 é" `, true},
		{`{"a":1,"b":{"a":2}}`, true},
		{strings.Repeat("[", 64) + strings.Repeat("]", 64), true},
		{strings.Repeat("[", 65) + strings.Repeat("]", 65), false},
		{"\"\xff\"", false},
		{`"\ud800"`, false},
		{`"\udc00"`, false},
		{`"\ud800\u0041"`, false},
		{`1e400`, false},
		{`-1e309`, false},
		{`{"a":1,"a":2}`, false},
		{`{"a":1,"\u0061":2}`, false},
		{`{"\u0061b":1,"ab":2}`, false},
		{`{"a\n":1,"a\u000a":2}`, false},
		{`{"a\n":1,"a":2,"a\\n":3}`, true},
		{manyKeys(20, -1), true},
		{manyKeys(20, 3), false},  // a duplicate while the keys are few
		{manyKeys(20, 18), false}, // and once they are many
		{manyKeys(40, 39), false},
		{`{"a":1} {}`, false},
		{``, false},
		{`01`, false},
		{`[1,]`, false},
		{"\"a\tb\"", false},
		{`"\x"`, false},
		{`nul`, false},
	} {
		err := CheckJSON([]byte(tc.in))
		if (err == nil) != tc.ok {
			t.Errorf("CheckJSON(%.40q) = %v, want ok=%v", tc.in, err, tc.ok)
		}
		if err != nil && ErrorCode(err) != EINVALID {
			t.Errorf("CheckJSON(%.40q): code %s", tc.in, ErrorCode(err))
		}
	}
}

// FuzzCheckJSON checks that whatever CheckJSON accepts encoding/json reads
// as valid JSON and decodes without loss of meaning: valid UTF-8 strings
// and finite numbers; and that it never panics.
func FuzzCheckJSON(f *testing.F) {
	for _, s := range []string{`{"a":[1,"x",{"b":null}]}`, `"\ud83d\ude00"`, `"\ud800"`, `1e400`, `{"a":1,"a":2}`, "\"\xff\"", `[[[]]]`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if CheckJSON(data) != nil {
			return
		}
		if !json.Valid(data) {
			t.Fatalf("CheckJSON accepted what encoding/json refuses: %q", data)
		}
		var v any
		if err := json.Unmarshal(data, &v); err != nil {
			t.Fatalf("accepted but does not decode: %v", err)
		}
		out, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		// Nothing was replaced on the way: every U+FFFD out was in.
		in := strings.Count(string(data), "\ufffd") + strings.Count(strings.ToLower(string(data)), `\ufffd`)
		if n := strings.Count(string(out), "\ufffd"); n > in {
			t.Fatalf("accepted %q, which decodes lossily to %s", data, out)
		}
		if err := CheckJSON(out); err != nil {
			t.Fatalf("re-encoding of accepted %q is refused: %v", data, err)
		}
	})
}

func TestCheckName(t *testing.T) {
	for _, tc := range []struct {
		in string
		ok bool
	}{
		{"acme-group", true},
		{"Shanghai Trading Co.", true},
		{"Staatsanwaltschaft Berlin", true},
		{"上海贸易有限公司", true},
		{"", true},
		{"acme\nforged", false},
		{"acme\x1b[31m", false},
		{"acme\u202egnp", false},
		{"acme\u200b", false},
		{"\xff", false},
		{strings.Repeat("a", MaxNameBytes+1), false},
	} {
		if err := CheckName("name", tc.in); (err == nil) != tc.ok {
			t.Errorf("CheckName(%q) = %v, want ok=%v", tc.in, err, tc.ok)
		}
	}
	if got := Printable("acme\n\x1b[31mX\u202e\\\xff"); got != `acme\n\x1b[31mX\u202e\\\xff` {
		t.Errorf("Printable = %q", got)
	}
}
