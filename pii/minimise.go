package pii

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/comity-project/comity"
)

// The minimisation methods a minimise obligation may name.
const (
	MethodRedact       = "redact"       // replace with "[redacted]"; Param "remove" drops the field
	MethodMask         = "mask"         // keep the last Param (default 4) letters and digits
	MethodPseudonymise = "pseudonymise" // keyed hash; Param, if any, separates domains
	MethodGeneralise   = "generalise"   // to the level Param names (see LevelYear) or the value's default
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
// Each obligation's Fields name what it applies to:
//
//   - a path (see pathMatches) such as "phone" or "contacts.0.phone"
//     names a value, minimised whole;
//   - a bare name that announces a kind of personal information also names
//     the fields whose names announce the same kind ("id_number" names
//     "resident_id", "tax_id", "ssn" and "passport_no"; "phone" names
//     "mobile"), minimised whole, and the values of other string fields in
//     which the detector finds that kind, minimised only where found;
//   - "*", or no Fields at all, minimises the personal information the
//     detector finds in every value.
//
// When several obligations name a value, the first in the list applies.
// Member order is kept. Errors are EINVALID for an unknown method or
// parameter, for fields that are not JSON, and for pseudonymisation
// without a key: the gate then releases nothing.
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
	if !json.Valid(fields) {
		return nil, comity.Errorf(comity.EINVALID, "minimise: fields are not valid JSON")
	}
	// The family each field pattern announces, worked out once.
	fams := make([][]string, len(obs))
	for i, o := range obs {
		for _, f := range o.Fields {
			fams[i] = append(fams[i], familyOf(f))
		}
	}
	// names reports whether pattern j of obligation i names the value at
	// path whole: by path, or by announcing the same kind of personal
	// information as the value's own name, whose family is leafFam.
	names := func(i, j int, path []string, leafFam string) bool {
		f := obs[i].Fields[j]
		return f != "*" && len(path) > 0 && (pathMatches(f, path) || fams[i][j] != "" && fams[i][j] == leafFam)
	}
	lastFam := func(path []string) string {
		if len(path) == 0 {
			return ""
		}
		return family(hintFor(path[len(path)-1]))
	}
	drop := func(path []string) bool {
		leafFam := lastFam(path)
		for i, o := range obs {
			for j := range o.Fields {
				if names(i, j, path, leafFam) {
					return o.Method == MethodRedact && o.Param == "remove"
				}
			}
		}
		return false
	}
	out, err := rewrite(fields, nil, func(path []string, leaf json.RawMessage) (json.RawMessage, error) {
		leafFam := lastFam(path)
		var found []Finding // the leaf's findings, detected once when needed
		detected := false
		for i, o := range obs {
			for j, f := range o.Fields {
				if f == "*" {
					return m.leafSpans(leaf, o.Method, o.Param, nil)
				}
				if names(i, j, path, leafFam) {
					return m.leafWhole(path, leaf, o.Method, o.Param)
				}
				fam := fams[i][j]
				if fam == "" || len(leaf) == 0 || leaf[0] != '"' {
					continue
				}
				if !detected {
					if text, ok := leafText(leaf); ok {
						found = m.d.DetectString(text)
					}
					detected = true
				}
				if slices.ContainsFunc(found, func(x Finding) bool { return family(x.Type.String()) == fam }) {
					return m.leafSpans(leaf, o.Method, o.Param, func(t Type) bool { return family(t.String()) == fam })
				}
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

// familyOf returns the family of the kind a bare field name in an
// obligation announces, or "".
func familyOf(f string) string {
	if strings.Contains(f, ".") {
		return ""
	}
	return family(hintFor(f))
}

// family groups kinds that an obligation naming one of them means alike:
// every national identifier is an "id_number", every IP address an "ip".
func family(kind string) string {
	switch kind {
	case KindNationalID, CNResidentID.String(), USSSN.String(), DETaxID.String(), Passport.String():
		return KindNationalID
	case IPv4.String(), IPv6.String():
		return "ip"
	}
	return kind
}

// check validates a method and its parameter.
func (m *Minimiser) check(method, param string) error {
	switch method {
	case MethodRedact:
		if param != "" && param != "remove" {
			return comity.Errorf(comity.EINVALID, "minimise: redact takes no parameter or \"remove\", not %q", param)
		}
	case MethodMask:
		if param != "" {
			if n, err := strconv.Atoi(param); err != nil || n < 0 || n > 64 {
				return comity.Errorf(comity.EINVALID, "minimise: mask parameter %q: want a number from 0 to 64", param)
			}
		}
	case MethodGeneralise:
		if param != "" && !slices.Contains(levels, param) {
			if n, err := strconv.Atoi(param); err != nil || n < 0 || n > 15 {
				return comity.Errorf(comity.EINVALID, "minimise: generalise parameter %q: want %s, or decimals from 0 to 15",
					param, strings.Join(levels, ", "))
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
	// A part of a structured address is kept when it is no finer than
	// the level asked for: {"city": "Berlin"} under generalise:city.
	if len(path) > 0 {
		if keep, known := addressPart(path[len(path)-1], param); known {
			if keep {
				return nil, nil
			}
			return jsonString(redacted), nil
		}
	}
	// Generalise by what the value is: its field name first, then what the
	// detector finds in it.
	kind := ""
	for i := len(path) - 1; i >= 0 && kind == ""; i-- {
		kind = hintFor(path[i])
	}
	if leaf[0] != '"' { // a number
		if kind == GeoLocation.String() {
			v, err := strconv.ParseFloat(text, 64)
			if err != nil {
				return jsonString(redacted), nil
			}
			return json.RawMessage(strconv.FormatFloat(v, 'f', geoDecimals(param), 64)), nil
		}
		if len(path) > 0 && normaliseKey(path[len(path)-1]) == "age" {
			if v, err := strconv.Atoi(text); err == nil && v >= 0 {
				return jsonString(fmt.Sprintf("%d-%d", v/10*10, v/10*10+9)), nil
			}
		}
	}
	if t, err := ParseType(kind); err == nil {
		if g, ok := generalise(t, text, param); ok {
			return jsonString(g), nil
		}
	}
	if fs := m.d.DetectString(text); len(fs) > 0 {
		if g, ok := generalise(fs[0].Type, text[fs[0].Start:fs[0].End], param); ok {
			return jsonString(g), nil
		}
	}
	return jsonString(redacted), nil // what cannot be generalised is withheld
}

// leafSpans minimises only the personal information found inside a value,
// of the types keep accepts (all when nil). A number with personal
// information in it is minimised whole.
func (m *Minimiser) leafSpans(leaf json.RawMessage, method, param string, keep func(Type) bool) (json.RawMessage, error) {
	text, ok := leafText(leaf)
	if !ok {
		return nil, nil
	}
	fs := m.d.DetectString(text)
	if keep != nil {
		fs = slices.DeleteFunc(fs, func(f Finding) bool { return !keep(f.Type) })
	}
	if len(fs) == 0 {
		return nil, nil
	}
	if leaf[0] != '"' {
		return jsonString(m.replacement(fs[0], text, method, param)), nil
	}
	return jsonString(string(m.apply([]byte(text), 0, withRepeats(text, fs), method, param))), nil
}

// withRepeats adds to fs, ordered and not overlapping, every other
// occurrence in text of a value found in it: a value is personal wherever
// it stands, though the context that told the detector so ("SSN",
// "passport") may precede only the first ("SSN 123456789, again
// 123456789"). Values shorter than six bytes are left alone.
func withRepeats(text string, fs []Finding) []Finding {
	out := fs
	for _, f := range fs {
		v := text[f.Start:f.End]
		if len(v) < 6 {
			continue
		}
		for from := 0; ; {
			k := strings.Index(text[from:], v)
			if k < 0 {
				break
			}
			s, e := int64(from+k), int64(from+k+len(v))
			from += k + len(v)
			overlaps := slices.ContainsFunc(out, func(g Finding) bool { return g.Start < e && s < g.End })
			if !overlaps {
				r := f
				r.Start, r.End, r.Validation = s, e, "repeat:"+f.Validation
				out = append(out, r)
			}
		}
	}
	if len(out) > len(fs) {
		slices.SortFunc(out, func(a, b Finding) int { return int(a.Start - b.Start) })
	}
	return out
}

// PseudonymKey derives the pseudonymisation key from a node's secret key
// material (for example its signing key's seed) as HMAC-SHA256(secret,
// "comity/pii/pseudonymise/v1"), so that the key is stable for the node,
// separate from any other use of the secret, and never the secret itself.
func PseudonymKey(secret []byte) []byte {
	h := hmac.New(sha256.New, secret)
	h.Write([]byte("comity/pii/pseudonymise/v1"))
	return h.Sum(nil)
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
