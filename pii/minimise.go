package pii

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strconv"

	"github.com/comity-project/comity"
)

// The minimisation methods a minimise obligation may name.
const (
	MethodRedact       = "redact"       // replace with "[redacted]"; Param "remove" drops the field
	MethodMask         = "mask"         // keep the last Param (default 4) letters and digits
	MethodPseudonymise = "pseudonymise" // keyed hash; Param, if any, separates domains
	MethodGeneralise   = "generalise"   // birth date to year, coordinates to Param (default 1) decimals, address to region
)

// MinimiserConfig configures a Minimiser.
type MinimiserConfig struct {
	// Key is the node's secret for pseudonymisation: HMAC-SHA256 with this
	// key, so that the same value gives the same pseudonym at this node
	// (records can still be joined) and no one without the key can test a
	// guess. At least 16 bytes; empty means pseudonymise obligations fail,
	// and the gate then releases nothing.
	Key []byte
	// Detector finds personal information inside values, for the "*" field
	// pattern, for text, and to tell what a value is when generalising it.
	// Nil means Default.
	Detector *Detector
}

// Minimiser applies minimise obligations to record fields and to text. It
// is safe for concurrent use.
type Minimiser struct {
	key []byte
	d   *Detector
}

var _ comity.Minimiser = (*Minimiser)(nil)

// NewMinimiser returns a Minimiser for cfg.
func NewMinimiser(ctx context.Context, cfg MinimiserConfig) (*Minimiser, error) {
	if len(cfg.Key) > 0 && len(cfg.Key) < 16 {
		return nil, fmt.Errorf("new minimiser: pseudonymisation key of %d bytes: want at least 16", len(cfg.Key))
	}
	m := &Minimiser{key: append([]byte(nil), cfg.Key...), d: cfg.Detector}
	if m.d == nil {
		m.d = Default
	}
	return m, nil
}

// Minimise applies the obligations of kind "minimise" to fields, a JSON
// object, and returns the fields to release; other obligations are ignored.
// Each obligation's Fields are paths (see pathMatches): a field named by
// path is minimised whole; the pattern "*", or no Fields at all, minimises
// only the personal information the detector finds in every value. When
// several obligations name a value, the first in the list applies. Member
// order is kept. Errors are EINVALID for an unknown method or parameter or
// for fields that are not JSON, and EINVALID for pseudonymisation without a
// key: the gate then releases nothing.
func (m *Minimiser) Minimise(fields json.RawMessage, obligations []comity.Obligation) (json.RawMessage, error) {
	var obs []comity.Obligation
	for _, o := range obligations {
		if o.Kind != "minimise" {
			continue
		}
		if err := m.check(o.Method, o.Param); err != nil {
			return nil, err
		}
		if len(o.Fields) == 0 {
			o.Fields = []string{"*"}
		}
		obs = append(obs, o)
	}
	if len(obs) == 0 {
		return fields, nil
	}
	drop := func(path []string) bool {
		for _, o := range obs {
			if o.Method == MethodRedact && o.Param == "remove" {
				for _, f := range o.Fields {
					if f != "*" && pathMatches(f, path) {
						return true
					}
				}
			}
		}
		return false
	}
	out, err := rewrite(fields, nil, func(path []string, leaf json.RawMessage) (json.RawMessage, error) {
		for _, o := range obs {
			for _, f := range o.Fields {
				if !pathMatches(f, path) {
					continue
				}
				if f == "*" {
					return m.leafSpans(path, leaf, o.Method, o.Param)
				}
				return m.leafWhole(path, leaf, o.Method, o.Param)
			}
		}
		return nil, nil
	}, drop)
	if err != nil {
		if comity.ErrorCode(err) != comity.EINTERNAL {
			return nil, err
		}
		return nil, comity.Errorf(comity.EINVALID, "minimise: fields are not valid JSON: %v", err)
	}
	return out, nil
}

// check validates a method and its parameter.
func (m *Minimiser) check(method, param string) error {
	switch method {
	case MethodRedact:
		if param != "" && param != "remove" {
			return comity.Errorf(comity.EINVALID, "minimise: redact takes no parameter or \"remove\", not %q", param)
		}
	case MethodMask, MethodGeneralise:
		if param != "" {
			if n, err := strconv.Atoi(param); err != nil || n < 0 || n > 64 {
				return comity.Errorf(comity.EINVALID, "minimise: %s parameter %q: want a number from 0 to 64", method, param)
			}
		}
	case MethodPseudonymise:
		if len(m.key) == 0 {
			return comity.Errorf(comity.EINVALID, "minimise: pseudonymisation needs a key, and this node has none")
		}
	default:
		return comity.Errorf(comity.EINVALID, "minimise: unknown method %q: want redact, mask, pseudonymise or generalise", method)
	}
	return nil
}

func intParam(p string, def int) int {
	if n, err := strconv.Atoi(p); err == nil {
		return n
	}
	return def
}

func jsonString(s string) json.RawMessage {
	b, _ := json.Marshal(s)
	return b
}

// leafWhole minimises a whole value named by an obligation.
func (m *Minimiser) leafWhole(path []string, leaf json.RawMessage, method, param string) (json.RawMessage, error) {
	text, ok := leafText(leaf)
	if !ok {
		return nil, nil // true, false and null say nothing about anyone
	}
	switch method {
	case MethodRedact:
		return jsonString(redacted), nil
	case MethodMask:
		return jsonString(mask(text, intParam(param, 4))), nil
	case MethodPseudonymise:
		return jsonString(m.pseudonym(text, param)), nil
	}
	// Generalise by what the value is: its field name first, then what the
	// detector finds in it.
	kind := ""
	for i := len(path) - 1; i >= 0 && kind == ""; i-- {
		kind = hintFor(path[i])
	}
	if leaf[0] != '"' { // a number
		switch kind {
		case GeoLocation.String():
			v, err := strconv.ParseFloat(text, 64)
			if err != nil {
				return jsonString(redacted), nil
			}
			return json.RawMessage(strconv.FormatFloat(v, 'f', intParam(param, 1), 64)), nil
		}
		if len(path) > 0 && normaliseKey(path[len(path)-1]) == "age" {
			if v, err := strconv.Atoi(text); err == nil && v >= 0 {
				return jsonString(fmt.Sprintf("%d-%d", v/10*10, v/10*10+9)), nil
			}
		}
	}
	if t, err := ParseType(kind); err == nil {
		if g, ok := generalise(t, text, intParam(param, 1)); ok {
			return jsonString(g), nil
		}
	}
	if fs := m.d.DetectString(text); len(fs) > 0 {
		if g, ok := generalise(fs[0].Type, text[fs[0].Start:fs[0].End], intParam(param, 1)); ok {
			return jsonString(g), nil
		}
	}
	return jsonString(redacted), nil // what cannot be generalised is withheld
}

// leafSpans minimises only the personal information found inside a value.
func (m *Minimiser) leafSpans(_ []string, leaf json.RawMessage, method, param string) (json.RawMessage, error) {
	if len(leaf) == 0 || leaf[0] != '"' {
		if text, ok := leafText(leaf); ok && len(m.d.DetectString(text)) > 0 {
			return jsonString(m.replacement(Finding{Type: m.d.DetectString(text)[0].Type}, text, method, param)), nil
		}
		return nil, nil
	}
	text, _ := leafText(leaf)
	fs := m.d.DetectString(text)
	if len(fs) == 0 {
		return nil, nil
	}
	return jsonString(string(m.apply([]byte(text), 0, fs, method, param))), nil
}

// pseudonym is "pn_" and the first 16 bytes of HMAC-SHA256(key, domain NUL
// value) in hex.
func (m *Minimiser) pseudonym(value, domain string) string {
	h := hmac.New(sha256.New, m.key)
	h.Write([]byte(domain))
	h.Write([]byte{0})
	h.Write([]byte(value))
	return "pn_" + hex.EncodeToString(h.Sum(nil)[:16])
}
