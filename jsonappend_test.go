package comity

import (
	"encoding/json"
	"strings"
	"testing"
)

// FuzzAppendJSON holds the hand-written encoders to json.Marshal's bytes.
func FuzzAppendJSON(f *testing.F) {
	f.Add("phone", "email", "health", "personal", true)
	f.Add("a<b>&c", "\u2028", "\xff", "", false)
	f.Add("用户", "\"quoted\\\"", "tab\there", "\x00", true)
	f.Fuzz(func(t *testing.T, path, kind, other, detected string, overridden bool) {
		strs := []string{path, kind, other}
		if got, want := AppendJSONStrings(nil, strs), marshal(t, strs); string(got) != want {
			t.Fatalf("AppendJSONStrings(%q) = %s, json.Marshal %s", strs, got, want)
		}
		for _, c := range []*Classification{
			{Detected: Category(detected), Overridden: overridden},
			{Detected: Category(detected), Fields: map[string][]string{path: {kind, other}, other: nil, kind: {}}, Kinds: []DataKind{DataKind(kind), DataKind(path)}},
			{Fields: map[string][]string{}, Kinds: []DataKind{}},
		} {
			if got, want := c.AppendJSON(nil), marshal(t, c); string(got) != want {
				t.Fatalf("AppendJSON(%+v) = %s, json.Marshal %s", c, got, want)
			}
		}
	})
}

func marshal(t *testing.T, v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestAppendJSONStringEscapes(t *testing.T) {
	for _, s := range []string{"", "plain", "用户", "a\"b", "a\\b", "<>&", "\u2028\u2029", "\x7f", "\xe2\x80", strings.Repeat("é", 3)} {
		if got, want := string(AppendJSONString(nil, s)), marshal(t, s); got != want {
			t.Errorf("AppendJSONString(%q) = %s, want %s", s, got, want)
		}
	}
}
