package sqlite

import (
	"encoding/json"
	"reflect"
	"testing"
)

// FuzzDecodeStrings checks the fast path against encoding/json: the same
// slice, or an error from both.
func FuzzDecodeStrings(f *testing.F) {
	for _, s := range []string{`[]`, `["a"]`, `["a","b"]`, `["用户","x y"]`, `["a\"b"]`, `["\u003c"]`, `[ "a"]`,
		`["a",]`, `["a"`, `["a"]x`, "[\"\xff\"]", "[\"a\tb\"]", `null`, `[1]`, ``} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var want, got []string
		werr := json.Unmarshal([]byte(s), &want)
		gerr := decodeStrings(s, &got)
		if (werr == nil) != (gerr == nil) {
			t.Fatalf("%q: json.Unmarshal error %v, decodeStrings error %v", s, werr, gerr)
		}
		if werr == nil && !reflect.DeepEqual(want, got) {
			t.Fatalf("%q: json.Unmarshal %#v, decodeStrings %#v", s, want, got)
		}
	})
}
