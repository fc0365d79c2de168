package pii

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
)

// A path names a value inside a record's fields: object keys and array
// indices joined by dots, such as "contacts.0.phone". Classify reports
// paths in this form and minimise obligations name fields in it.

func joinPath(path []string) string { return strings.Join(path, ".") }

// maxDepth is how deeply record fields may nest.
const maxDepth = 64

// leafFunc is called for every scalar in a JSON document with its path; it
// returns the replacement value, or nil to keep the value.
type leafFunc func(path []string, leaf json.RawMessage) (json.RawMessage, error)

// dropFunc reports whether the member at path is to be removed entirely.
type dropFunc func(path []string) bool

// keyFunc returns the key to write for the member at path (whose last
// element is its key as read), or "" to keep the key.
type keyFunc func(path []string) (string, error)

// walk is what rewrite does at each value: leaf for scalars, drop and key
// (either may be nil) for object members.
type walk struct {
	leaf leafFunc
	drop dropFunc
	key  keyFunc
}

// rewrite walks raw in document order, keeping the order of object members,
// and returns it with leaves replaced by fn and members removed by drop.
// raw must be valid JSON (json.Valid): scalars are not checked again.
func rewrite(raw json.RawMessage, path []string, fn leafFunc, drop dropFunc) (json.RawMessage, error) {
	return walk{leaf: fn, drop: drop}.rewrite(raw, path)
}

func (w walk) rewrite(raw json.RawMessage, path []string) (json.RawMessage, error) {
	fn, drop := w.leaf, w.drop
	if len(path) > maxDepth {
		// Each level re-reads its subtree: deeper documents would cost
		// time quadratic in their size.
		return nil, fmt.Errorf("JSON nested deeper than %d levels at %q", maxDepth, joinPath(path[:8]))
	}
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 {
		return nil, fmt.Errorf("empty JSON value at %q", joinPath(path))
	}
	switch raw[0] {
	case '{':
		dec := json.NewDecoder(bytes.NewReader(raw))
		dec.UseNumber()
		if _, err := dec.Token(); err != nil {
			return nil, err
		}
		var out bytes.Buffer
		out.WriteByte('{')
		first := true
		var written map[string]bool // keys written, when keys are rewritten
		for dec.More() {
			tok, err := dec.Token()
			if err != nil {
				return nil, err
			}
			key, _ := tok.(string)
			var val json.RawMessage
			if err := dec.Decode(&val); err != nil {
				return nil, err
			}
			p := append(path[:len(path):len(path)], key)
			if drop != nil && drop(p) {
				continue
			}
			nv, err := w.rewrite(val, p)
			if err != nil {
				return nil, err
			}
			if w.key != nil {
				if written == nil {
					written = map[string]bool{}
				}
				nk, err := w.key(p)
				if err != nil {
					return nil, err
				}
				if nk != "" {
					key = nk
				}
				// Two keys minimised alike stay two members.
				for n, k := 2, key; written[key]; n++ {
					key = k + "~" + strconv.Itoa(n)
				}
				written[key] = true
			}
			if !first {
				out.WriteByte(',')
			}
			first = false
			kb, _ := json.Marshal(key)
			out.Write(kb)
			out.WriteByte(':')
			out.Write(nv)
		}
		out.WriteByte('}')
		return out.Bytes(), nil
	case '[':
		var items []json.RawMessage
		if err := json.Unmarshal(raw, &items); err != nil {
			return nil, err
		}
		var out bytes.Buffer
		out.WriteByte('[')
		for i, it := range items {
			if i > 0 {
				out.WriteByte(',')
			}
			nv, err := w.rewrite(it, append(path[:len(path):len(path)], strconv.Itoa(i)))
			if err != nil {
				return nil, err
			}
			out.Write(nv)
		}
		out.WriteByte(']')
		return out.Bytes(), nil
	}
	// A scalar: the callers check the document with json.Valid first.
	nv, err := fn(path, raw)
	if err != nil || nv == nil {
		return raw, err
	}
	return nv, nil
}

// leafText returns the text of a scalar: a string's contents, a number's
// digits, and "" for true, false and null.
func leafText(leaf json.RawMessage) (string, bool) {
	switch {
	case len(leaf) > 0 && leaf[0] == '"':
		var s string
		if json.Unmarshal(leaf, &s) != nil {
			return "", false
		}
		return s, true
	case len(leaf) > 0 && (leaf[0] == '-' || isDigit(leaf[0])):
		return string(leaf), true
	}
	return "", false
}

// isIndex reports whether a path element is an array index.
func isIndex(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}

// pathMatches reports whether the field pattern f (from an obligation)
// names the leaf at path or a value containing it: "*" matches every leaf;
// a bare name ("phone") matches that key at any depth; a dotted path
// ("contacts.phone" or "contacts.0.phone") matches from the root, array
// indices in the leaf's path being optional in the pattern.
func pathMatches(f string, path []string) bool {
	if f == "*" {
		return true
	}
	if !strings.Contains(f, ".") {
		for _, p := range path {
			if p == f {
				return true
			}
		}
		return false
	}
	parts := strings.Split(f, ".")
	j := 0
	for _, p := range path {
		if j == len(parts) {
			return true
		}
		switch {
		case p == parts[j]:
			j++
		case isIndex(p):
		default:
			return false
		}
	}
	return j == len(parts)
}
