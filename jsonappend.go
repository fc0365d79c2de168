package comity

import (
	"encoding/json"
	"slices"
	"strings"
	"unicode/utf8"
)

// The stores keep a record's subjects, kinds and classification as JSON
// columns. encoding/json reaches them through reflection at about a
// microsecond per record, the largest cost of a bulk import after SQLite
// itself; these append the same bytes that json.Marshal writes.

// AppendJSONString appends s as a JSON string, byte for byte as
// json.Marshal writes it.
func AppendJSONString(dst []byte, s string) []byte {
	if !plainJSONString(s) {
		b, _ := json.Marshal(s) // a string always marshals
		return append(dst, b...)
	}
	dst = append(dst, '"')
	dst = append(dst, s...)
	return append(dst, '"')
}

// plainJSONString reports whether s is written between quotes as it is:
// valid UTF-8 with nothing json.Marshal escapes (quotes, backslashes,
// control characters, <, >, &, U+2028 and U+2029).
func plainJSONString(s string) bool {
	ascii := true
	for i := 0; i < len(s); i++ {
		switch b := s[i]; {
		case b < 0x20, b == '"', b == '\\', b == '<', b == '>', b == '&':
			return false
		case b >= utf8.RuneSelf:
			ascii = false
		}
	}
	return ascii || utf8.ValidString(s) && !strings.Contains(s, "\u2028") && !strings.Contains(s, "\u2029")
}

// AppendJSONStrings appends ss as a JSON array of strings ("[]" when
// empty), as json.Marshal writes a non-nil []string.
func AppendJSONStrings[S ~string](dst []byte, ss []S) []byte {
	dst = append(dst, '[')
	for i, s := range ss {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = AppendJSONString(dst, string(s))
	}
	return append(dst, ']')
}

// AppendJSON appends c as JSON, byte for byte as json.Marshal(c) writes it.
func (c *Classification) AppendJSON(dst []byte) []byte {
	dst = append(dst, `{"detected":`...)
	dst = AppendJSONString(dst, string(c.Detected))
	if len(c.Fields) > 0 {
		dst = append(dst, `,"fields":{`...)
		paths := make([]string, 0, len(c.Fields))
		for p := range c.Fields {
			paths = append(paths, p)
		}
		slices.Sort(paths) // json.Marshal sorts map keys
		for i, p := range paths {
			if i > 0 {
				dst = append(dst, ',')
			}
			dst = AppendJSONString(dst, p)
			dst = append(dst, ':')
			if kinds := c.Fields[p]; kinds == nil {
				dst = append(dst, "null"...)
			} else {
				dst = AppendJSONStrings(dst, kinds)
			}
		}
		dst = append(dst, '}')
	}
	if len(c.Kinds) > 0 {
		dst = append(dst, `,"kinds":`...)
		dst = AppendJSONStrings(dst, c.Kinds)
	}
	if c.Overridden {
		dst = append(dst, `,"overridden":true`...)
	}
	return append(dst, '}')
}
