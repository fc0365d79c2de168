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
//     "mobile"), minimised whole, and that kind wherever the detector finds
//     it in any other value, minimised only where found;
//   - "*", or no Fields at all, minimises the personal information the
//     detector finds in every value.
//
// Every obligation applies to every value: a note holding a phone number
// and a resident ID beside it has each minimised by the obligation for its
// kind. Numbers are read like strings (a number holding personal
// information becomes a string), object keys are minimised like values,
// and a string holding a JSON object or array is minimised inside. When
// several obligations name a value whole, the first in the list applies;
// a finding is minimised by the first obligation for its kind. Member order
// is kept. Errors are EINVALID for an unknown method or parameter, for
// fields that are not JSON, and for pseudonymisation without a key: the
// gate then releases nothing.
func (m *Minimiser) Minimise(fields json.RawMessage, obligations []comity.Obligation) (json.RawMessage, error) {
	p, err := m.plan(obligations)
	if err != nil || p == nil {
		return fields, err
	}
	if !json.Valid(fields) {
		return nil, comity.Errorf(comity.EINVALID, "minimise: fields are not valid JSON")
	}
	out, err := p.rewrite(fields, nil, 0)
	if err != nil {
		if comity.ErrorCode(err) != comity.EINTERNAL {
			return nil, err
		}
		return nil, comity.Errorf(comity.EINVALID, "minimise: fields are not valid JSON: %w", err)
	}
	return out, nil
}

// plan is the minimise obligations of one decision, checked, with the
// family each field pattern announces worked out once.
type plan struct {
	m    *Minimiser
	obs  []comity.Obligation
	fams [][]string // fams[i][j]: the family obligation i's pattern j announces, or ""
}

func (m *Minimiser) plan(obligations []comity.Obligation) (*plan, error) {
	p := &plan{m: m}
	for _, o := range obligations {
		if o.Kind != comity.ObligationMinimise {
			continue
		}
		if err := m.check(o.Method, o.Param); err != nil {
			return nil, err
		}
		if len(o.Fields) == 0 {
			o.Fields = []string{"*"}
		}
		var fams []string
		for _, f := range o.Fields {
			fams = append(fams, familyOf(f))
		}
		p.obs = append(p.obs, o)
		p.fams = append(p.fams, fams)
	}
	if len(p.obs) == 0 {
		return nil, nil
	}
	return p, nil
}

// maxNested bounds how many times JSON inside a string inside JSON is
// opened.
const maxNested = 4

func (p *plan) rewrite(fields json.RawMessage, path []string, nested int) (json.RawMessage, error) {
	w := walk{
		leaf: func(path []string, leaf json.RawMessage) (json.RawMessage, error) { return p.leaf(path, leaf, nested) },
		drop: p.drop,
		key:  p.key,
	}
	return w.rewrite(fields, path)
}

// whole returns the first obligation that names the value at path whole.
func (p *plan) whole(path []string) (comity.Obligation, bool) {
	if len(path) == 0 {
		return comity.Obligation{}, false
	}
	leafFam := family(hintFor(path[len(path)-1]))
	for i, o := range p.obs {
		for j, f := range o.Fields {
			if f != "*" && (pathMatches(f, path) || p.fams[i][j] != "" && p.fams[i][j] == leafFam) {
				return o, true
			}
		}
	}
	return comity.Obligation{}, false
}

// drop reports whether an obligation removes the member at path.
func (p *plan) drop(path []string) bool {
	o, ok := p.whole(path)
	return ok && o.Method == MethodRedact && o.Param == "remove"
}

// forFinding returns the first obligation for a finding of type t, one
// whose pattern is "*" or announces t's family.
func (p *plan) forFinding(t Type) (comity.Obligation, bool) {
	fam := family(t.String())
	for i, o := range p.obs {
		for j, f := range o.Fields {
			if f == "*" || p.fams[i][j] == fam {
				return o, true
			}
		}
	}
	return comity.Obligation{}, false
}

func (p *plan) leaf(path []string, leaf json.RawMessage, nested int) (json.RawMessage, error) {
	text, ok := leafText(leaf)
	if !ok {
		return nil, nil // true, false and null say nothing about anyone
	}
	if leaf[0] == '"' && nested < maxNested {
		if inner := strings.TrimSpace(text); len(inner) > 1 && (inner[0] == '{' || inner[0] == '[') && json.Valid([]byte(inner)) {
			// JSON inside a string is minimised as if it were nested.
			out, err := p.rewrite(json.RawMessage(inner), path, nested+1)
			if err != nil {
				return nil, err
			}
			return jsonString(string(out)), nil
		}
	}
	var out json.RawMessage
	if o, ok := p.whole(path); ok {
		v, err := p.m.leafWhole(path, leaf, o.Method, o.Param)
		if err != nil || v == nil {
			return v, err
		}
		// What the whole value became is read again for other kinds.
		out, leaf = v, v
		if text, ok = leafText(leaf); !ok {
			return out, nil
		}
	}
	if v := p.spans(text, leaf[0] != '"'); v != nil {
		return v, nil
	}
	return out, nil
}

// spans minimises each finding in text by the first obligation for its
// kind; a number with any is minimised whole. nil means nothing was found.
func (p *plan) spans(text string, number bool) json.RawMessage {
	fs := withRepeats(text, p.m.d.DetectString(text))
	var obs []comity.Obligation
	kept := fs[:0]
	for _, f := range fs {
		if o, ok := p.forFinding(f.Type); ok {
			kept = append(kept, f)
			obs = append(obs, o)
		}
	}
	if len(kept) == 0 {
		return nil
	}
	if number {
		return jsonString(p.m.replacement(kept[0], text, obs[0].Method, obs[0].Param))
	}
	var sb strings.Builder
	last := 0
	for i, f := range kept {
		s, e := int(f.Start), int(f.End)
		if s < last {
			continue
		}
		sb.WriteString(text[last:s])
		sb.WriteString(p.m.replacement(f, text[s:e], obs[i].Method, obs[i].Param))
		last = e
	}
	sb.WriteString(text[last:])
	return jsonString(sb.String())
}

// key minimises the personal information found in an object key, as in a
// value.
func (p *plan) key(path []string) (string, error) {
	k := path[len(path)-1]
	if len(k) < 6 {
		return "", nil // too short to hold any identifier
	}
	v := p.spans(k, false)
	if v == nil {
		return "", nil
	}
	var s string
	err := json.Unmarshal(v, &s)
	return s, err
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
	text = normalString(text)
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
	// The nearest key that names a part decides: {"district": {"name": …}}
	// is a district, whatever "name" says.
	for i := len(path) - 1; i >= 0; i-- {
		if keep, known := addressPart(path[i], param); known {
			if !keep {
				return jsonString(redacted), nil
			}
			// A part kept may still say more than its name:
			// {"city": "深圳市南山区"} holds a district.
			if g, ok := coarserPart(text, param); ok {
				return jsonString(g), nil
			}
			return nil, nil
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
