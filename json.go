package comity

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"unicode/utf8"
)

// MaxJSONDepth is how deeply arrays and objects may nest in input JSON.
const MaxJSONDepth = 64

// CheckJSON reports whether data is exactly one JSON value that every
// reader of it will read alike: valid UTF-8 with no lone surrogate escapes,
// nesting at most MaxJSONDepth, every number finite as a float64, and no
// object with the same key twice (which encoders resolve differently).
// Whitespace may surround the value. The error is EINVALID and says what
// and where.
func CheckJSON(data []byte) error {
	c := jsonChecker{data: data}
	c.space()
	if c.pos == len(data) {
		return Errorf(EINVALID, "empty body: want a JSON value")
	}
	if err := c.value(0); err != nil {
		return err
	}
	c.space()
	if c.pos != len(data) {
		return c.fail("trailing data after the JSON value")
	}
	return nil
}

// UnmarshalJSON decodes data into v strictly: CheckJSON, then no field
// that v does not declare. Errors are EINVALID.
func UnmarshalJSON(data []byte, v any) error {
	if err := CheckJSON(data); err != nil {
		return err
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return jsonDecodeError(err)
	}
	return nil
}

func jsonDecodeError(err error) error {
	var ute *json.UnmarshalTypeError
	switch {
	case errors.As(err, &ute):
		if ute.Field == "" {
			return Errorf(EINVALID, "malformed JSON: want %s, not a JSON %s", ute.Type, ute.Value)
		}
		return Errorf(EINVALID, "malformed JSON: field %q wants %s", ute.Field, ute.Type)
	case bytes.HasPrefix([]byte(err.Error()), []byte("json: unknown field ")):
		return Errorf(EINVALID, "unknown field %s", err.Error()[len("json: unknown field "):])
	}
	var e *Error
	if errors.As(err, &e) {
		return err // from a type's own UnmarshalJSON
	}
	return Errorf(EINVALID, "malformed JSON: %s", bytes.TrimPrefix([]byte(err.Error()), []byte("json: ")))
}

// jsonChecker is a recursive-descent reader of RFC 8259 JSON that keeps
// nothing but its position.
type jsonChecker struct {
	data []byte
	pos  int
}

func (c *jsonChecker) fail(format string, args ...any) error {
	return Errorf(EINVALID, "malformed JSON at byte %d: %s", c.pos, fmt.Sprintf(format, args...))
}

func (c *jsonChecker) space() {
	for c.pos < len(c.data) {
		switch c.data[c.pos] {
		case ' ', '\t', '\n', '\r':
			c.pos++
		default:
			return
		}
	}
}

func (c *jsonChecker) value(depth int) error {
	if c.pos >= len(c.data) {
		return c.fail("unexpected end")
	}
	switch b := c.data[c.pos]; {
	case b == '{':
		return c.object(depth + 1)
	case b == '[':
		return c.array(depth + 1)
	case b == '"':
		_, err := c.str(false)
		return err
	case b == '-' || b >= '0' && b <= '9':
		return c.number()
	default:
		for _, lit := range []string{"true", "false", "null"} {
			if bytes.HasPrefix(c.data[c.pos:], []byte(lit)) {
				c.pos += len(lit)
				return nil
			}
		}
		return c.fail("unexpected %q", b)
	}
}

func (c *jsonChecker) object(depth int) error {
	if depth > MaxJSONDepth {
		return c.fail("nested deeper than %d", MaxJSONDepth)
	}
	c.pos++ // {
	c.space()
	if c.pos < len(c.data) && c.data[c.pos] == '}' {
		c.pos++
		return nil
	}
	// Keys seen, in a small slice (a map per object was most of the
	// check's allocations) until an object has many.
	var (
		small [16][]byte
		keys  = small[:0]
		many  map[string]bool
	)
	for {
		c.space()
		if c.pos >= len(c.data) || c.data[c.pos] != '"' {
			return c.fail("want an object key")
		}
		at := c.pos
		key, err := c.str(true)
		if err != nil {
			return err
		}
		seen := false
		if many == nil && len(keys) < len(small) {
			seen = slices.ContainsFunc(keys, func(k []byte) bool { return bytes.Equal(k, key) })
			keys = append(keys, key)
		} else {
			if many == nil {
				many = make(map[string]bool, 2*len(small))
				for _, k := range keys {
					many[string(k)] = true
				}
			}
			seen = many[string(key)]
			many[string(key)] = true
		}
		if seen {
			c.pos = at
			return c.fail("key %q twice in one object", key)
		}
		c.space()
		if c.pos >= len(c.data) || c.data[c.pos] != ':' {
			return c.fail("want ':' after an object key")
		}
		c.pos++
		c.space()
		if err := c.value(depth); err != nil {
			return err
		}
		c.space()
		if c.pos >= len(c.data) {
			return c.fail("unexpected end in an object")
		}
		switch c.data[c.pos] {
		case ',':
			c.pos++
		case '}':
			c.pos++
			return nil
		default:
			return c.fail("want ',' or '}' in an object")
		}
	}
}

func (c *jsonChecker) array(depth int) error {
	if depth > MaxJSONDepth {
		return c.fail("nested deeper than %d", MaxJSONDepth)
	}
	c.pos++ // [
	c.space()
	if c.pos < len(c.data) && c.data[c.pos] == ']' {
		c.pos++
		return nil
	}
	for {
		c.space()
		if err := c.value(depth); err != nil {
			return err
		}
		c.space()
		if c.pos >= len(c.data) {
			return c.fail("unexpected end in an array")
		}
		switch c.data[c.pos] {
		case ',':
			c.pos++
		case ']':
			c.pos++
			return nil
		default:
			return c.fail("want ',' or ']' in an array")
		}
	}
}

// str reads a string; with keep it returns the decoded text (for keys):
// a slice of data itself when the string holds no escape.
func (c *jsonChecker) str(keep bool) ([]byte, error) {
	c.pos++ // "
	start := c.pos
	var out []byte // the decoded text, once an escape is seen
	for {
		if c.pos >= len(c.data) {
			return nil, c.fail("unterminated string")
		}
		b := c.data[c.pos]
		switch {
		case b == '"':
			c.pos++
			if out == nil {
				return c.data[start : c.pos-1], nil
			}
			return out, nil
		case b < 0x20:
			return nil, c.fail("control character in a string")
		case b == '\\':
			if keep && out == nil {
				out = append([]byte{}, c.data[start:c.pos]...)
			}
			r, err := c.escape()
			if err != nil {
				return nil, err
			}
			if keep {
				out = utf8.AppendRune(out, r)
			}
		case b < utf8.RuneSelf:
			c.pos++
			if out != nil {
				out = append(out, b)
			}
		default:
			r, size := utf8.DecodeRune(c.data[c.pos:])
			if r == utf8.RuneError && size <= 1 {
				return nil, c.fail("invalid UTF-8")
			}
			if out != nil {
				out = append(out, c.data[c.pos:c.pos+size]...)
			}
			c.pos += size
		}
	}
}

// escape reads one escape sequence; a \u escape of a surrogate must be a
// high surrogate followed at once by the escape of a low one.
func (c *jsonChecker) escape() (rune, error) {
	if c.pos+1 >= len(c.data) {
		return 0, c.fail("unterminated escape")
	}
	e := c.data[c.pos+1]
	c.pos += 2
	switch e {
	case '"', '\\', '/':
		return rune(e), nil
	case 'b':
		return '\b', nil
	case 'f':
		return '\f', nil
	case 'n':
		return '\n', nil
	case 'r':
		return '\r', nil
	case 't':
		return '\t', nil
	case 'u':
	default:
		return 0, c.fail("unknown escape \\%c", e)
	}
	r, err := c.hex4()
	if err != nil {
		return 0, err
	}
	switch {
	case r >= 0xDC00 && r <= 0xDFFF:
		return 0, c.fail("lone low surrogate \\u%04x", r)
	case r >= 0xD800 && r <= 0xDBFF:
		if c.pos+1 >= len(c.data) || c.data[c.pos] != '\\' || c.data[c.pos+1] != 'u' {
			return 0, c.fail("lone high surrogate \\u%04x", r)
		}
		c.pos += 2
		lo, err := c.hex4()
		if err != nil {
			return 0, err
		}
		if lo < 0xDC00 || lo > 0xDFFF {
			return 0, c.fail("high surrogate \\u%04x without a low one", r)
		}
		return 0x10000 + (r-0xD800)<<10 + (lo - 0xDC00), nil
	}
	return r, nil
}

func (c *jsonChecker) hex4() (rune, error) {
	if c.pos+4 > len(c.data) {
		return 0, c.fail("short \\u escape")
	}
	v, err := strconv.ParseUint(string(c.data[c.pos:c.pos+4]), 16, 32)
	if err != nil {
		return 0, c.fail("bad \\u escape")
	}
	c.pos += 4
	return rune(v), nil
}

func (c *jsonChecker) number() error {
	start := c.pos
	digits := func() int {
		n := 0
		for c.pos < len(c.data) && c.data[c.pos] >= '0' && c.data[c.pos] <= '9' {
			c.pos++
			n++
		}
		return n
	}
	if c.data[c.pos] == '-' {
		c.pos++
	}
	if c.pos < len(c.data) && c.data[c.pos] == '0' {
		c.pos++
	} else if digits() == 0 {
		return c.fail("malformed number")
	}
	if c.pos < len(c.data) && c.data[c.pos] == '.' {
		c.pos++
		if digits() == 0 {
			return c.fail("malformed number")
		}
	}
	if c.pos < len(c.data) && (c.data[c.pos] == 'e' || c.data[c.pos] == 'E') {
		c.pos++
		if c.pos < len(c.data) && (c.data[c.pos] == '+' || c.data[c.pos] == '-') {
			c.pos++
		}
		if digits() == 0 {
			return c.fail("malformed number")
		}
	}
	if _, err := strconv.ParseFloat(string(c.data[start:c.pos]), 64); err != nil {
		c.pos = start
		return c.fail("number %s out of range", c.data[start:min(len(c.data), start+32)])
	}
	return nil
}
