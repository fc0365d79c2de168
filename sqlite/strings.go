package sqlite

import (
	"encoding/json"
	"strings"
	"unicode/utf8"
)

// decodeStrings decodes a JSON array of strings as this package writes
// them (json.Marshal of a []string: `[]`, `["a","b"]`) into *out. Arrays
// whose strings hold an escape, a control character or invalid UTF-8 go
// to encoding/json, so the result is always what json.Unmarshal gives;
// the common case costs a fifth of it, and a record read decodes two.
func decodeStrings[S ~string](s string, out *[]S) error {
	rest, ok := strings.CutPrefix(s, "[")
	if !ok || !utf8.ValidString(s) {
		return json.Unmarshal([]byte(s), out)
	}
	var vs []S
	for rest != "]" {
		if len(vs) > 0 {
			if rest, ok = strings.CutPrefix(rest, ","); !ok {
				return json.Unmarshal([]byte(s), out)
			}
		}
		if rest, ok = strings.CutPrefix(rest, `"`); !ok {
			return json.Unmarshal([]byte(s), out)
		}
		end := strings.IndexByte(rest, '"')
		if end < 0 || strings.IndexByte(rest[:end], '\\') >= 0 || hasControl(rest[:end]) {
			return json.Unmarshal([]byte(s), out)
		}
		vs = append(vs, S(rest[:end]))
		rest = rest[end+1:]
	}
	if vs == nil {
		vs = []S{}
	}
	*out = vs
	return nil
}

func hasControl(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 0x20 {
			return true
		}
	}
	return false
}
