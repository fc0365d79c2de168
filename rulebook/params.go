package rulebook

import (
	"bytes"
	"encoding/json"
	"fmt"
	"regexp"
	"slices"
	"strings"

	cedar "github.com/cedar-policy/cedar-go"
)

// Params are a bundle's named parameters: adequacy lists, thresholds,
// countries of concern. In JSON each value is an integer, a string, a
// boolean or a list of strings; policies read them as context.params.NAME
// (context.baseline.NAME for the baseline's), typed Long, String, Bool or
// Set<String>, and lint checks every use against those types.
type Params map[string]json.RawMessage

var paramName = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]{0,63}$`)

// maxParams bounds a bundle's parameters; real rulebooks use a handful.
const maxParams = 256

// param is one parameter converted for the engine.
type param struct {
	typ   string // Long, String, Bool, Set<String>
	value cedar.Value
}

// compile converts the parameters to a Cedar record and the Cedar type
// declaration of that record.
func (p Params) compile() (cedar.Record, string, error) {
	if len(p) > maxParams {
		return cedar.Record{}, "", fmt.Errorf("%d parameters: at most %d", len(p), maxParams)
	}
	names := make([]string, 0, len(p))
	for name := range p {
		names = append(names, name)
	}
	slices.Sort(names)
	rec := make(cedar.RecordMap, len(p))
	var typ strings.Builder
	typ.WriteString("{")
	for i, name := range names {
		if !paramName.MatchString(name) {
			return cedar.Record{}, "", fmt.Errorf("parameter name %q: want letters, digits and _, starting with a letter", name)
		}
		v, err := parseParam(p[name])
		if err != nil {
			return cedar.Record{}, "", fmt.Errorf("parameter %s: %w", name, err)
		}
		rec[cedar.String(name)] = v.value
		if i > 0 {
			typ.WriteString(", ")
		}
		fmt.Fprintf(&typ, "%q: %s", name, v.typ)
	}
	typ.WriteString("}")
	return cedar.NewRecord(rec), typ.String(), nil
}

func parseParam(raw json.RawMessage) (param, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 {
		return param{}, fmt.Errorf("empty value")
	}
	switch raw[0] {
	case '"':
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return param{}, err
		}
		return param{"String", cedar.String(s)}, nil
	case 't', 'f':
		var b bool
		if err := json.Unmarshal(raw, &b); err != nil {
			return param{}, err
		}
		return param{"Bool", cedar.Boolean(b)}, nil
	case '[':
		var ss []string
		if err := json.Unmarshal(raw, &ss); err != nil {
			return param{}, fmt.Errorf("want a list of strings: %w", err)
		}
		vs := make([]cedar.Value, len(ss))
		for i, s := range ss {
			vs[i] = cedar.String(s)
		}
		return param{"Set<String>", cedar.NewSet(vs...)}, nil
	default:
		var n int64
		if err := json.Unmarshal(raw, &n); err != nil {
			return param{}, fmt.Errorf("want an integer, a string, a boolean or a list of strings")
		}
		return param{"Long", cedar.Long(n)}, nil
	}
}

// Int returns the integer parameter name, or def when it is absent.
func (p Params) Int(name string, def int64) int64 {
	var n int64
	if raw, ok := p[name]; ok && json.Unmarshal(raw, &n) == nil {
		return n
	}
	return def
}

// Strings returns the list parameter name, or nil when it is absent.
func (p Params) Strings(name string) []string {
	var ss []string
	if raw, ok := p[name]; ok && json.Unmarshal(raw, &ss) == nil {
		return ss
	}
	return nil
}
