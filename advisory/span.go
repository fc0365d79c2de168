package advisory

import (
	"regexp"
	"sort"
	"strings"
)

// specificity ranks how narrowly a claim names versions: a claim about the
// exact version installed outranks one about a range, which outranks one
// about every version.
type specificity int

const (
	anyVersion specificity = iota
	versionRange
	exactVersion
)

// span is the set of versions a claim covers.
type span struct {
	kind  specificity
	exact string       // for exactVersion
	eco   string       // order of the constraints ("" generic)
	cons  []constraint // for versionRange; empty with bad set means undecidable
	bad   string       // a range text that could not be read; contains is undecidable
}

type constraint struct{ op, v string }

// contains reports whether version v is in the span; ok is false when it
// cannot be decided (unreadable range or version).
func (s span) contains(eco, v string) (in, ok bool) {
	if s.eco != "" {
		eco = s.eco
	}
	switch s.kind {
	case anyVersion:
		return true, true
	case exactVersion:
		c, err := compareVersions(eco, v, s.exact)
		return err == nil && c == 0, err == nil
	}
	if s.bad != "" {
		return false, false
	}
	return versContains(eco, s.cons, v)
}

// versContains applies the vers specification's containment algorithm to
// constraints (sorted here, since real documents do not always sort them).
func versContains(eco string, cons []constraint, v string) (bool, bool) {
	var bounds []constraint
	for _, c := range cons {
		switch c.op {
		case "*":
			return true, true
		case "=", "!=":
			cmp, err := compareVersions(eco, v, c.v)
			if err != nil {
				return false, false
			}
			if cmp == 0 {
				return c.op == "=", true
			}
		default:
			bounds = append(bounds, c)
		}
	}
	var sortErr bool
	sort.SliceStable(bounds, func(i, j int) bool {
		c, err := compareVersions(eco, bounds[i].v, bounds[j].v)
		sortErr = sortErr || err != nil
		return c < 0
	})
	if sortErr {
		return false, false
	}
	sat := func(c constraint) (bool, bool) {
		cmp, err := compareVersions(eco, v, c.v)
		if err != nil {
			return false, false
		}
		switch c.op {
		case "<":
			return cmp < 0, true
		case "<=":
			return cmp <= 0, true
		case ">":
			return cmp > 0, true
		case ">=":
			return cmp >= 0, true
		}
		return false, false
	}
	lower := func(c constraint) bool { return c.op == ">" || c.op == ">=" }
	for i, c := range bounds {
		in, ok := sat(c)
		if !ok {
			return false, false
		}
		switch {
		case lower(c) && i+1 < len(bounds) && !lower(bounds[i+1]):
			if in {
				in2, ok := sat(bounds[i+1])
				if !ok {
					return false, false
				}
				if in2 {
					return true, true
				}
			}
		case lower(c) && i+1 == len(bounds):
			if in {
				return true, true
			}
		case !lower(c) && (i == 0 || !lower(bounds[i-1])):
			// An upper bound with no lower bound before it reaches down to
			// the oldest version.
			if in {
				return true, true
			}
		}
	}
	return false, true
}

var (
	opVersion  = regexp.MustCompile(`^(<=|>=|!=|<|>|=)?\s*([^\s<>=!|,]+)$`)
	fromBelow  = regexp.MustCompile(`^([^\s<>=!|,]+)\s*(<=|<)\s*(?:[a-z]+\s*(<=|<)\s*)?([^\s<>=!|,]+)$`)
	allVersion = regexp.MustCompile(`^(?i)(\*|all|all versions|any|any version)$`)
)

// parseRange reads a CSAF product_version_range: a vers: URI ("vers:npm/>=1.0|<2.0",
// "vers:generic/>=2.9|<=4.1"), or the free forms advisories really use ("all
// versions", "<=4.8.2", ">=1.0, <2.0", "0 < 8.0.1", "1.0 <= x < 2.0"). A text it
// cannot read gives a span whose containment is undecidable, so a matching
// component is reported unknown rather than guessed.
func parseRange(text string) span {
	t := strings.TrimSpace(text)
	if strings.HasPrefix(strings.ToLower(t), "vers:") {
		rest := t[len("vers:"):]
		scheme, cons, ok := strings.Cut(rest, "/")
		if !ok {
			return span{kind: versionRange, bad: text}
		}
		s := span{kind: versionRange, eco: versScheme[strings.ToLower(scheme)]}
		if strings.ToLower(scheme) == "generic" {
			s.eco = ""
		}
		for _, part := range strings.Split(cons, "|") {
			m := opVersion.FindStringSubmatch(strings.TrimSpace(part))
			if m == nil {
				return span{kind: versionRange, bad: text}
			}
			op := m[1]
			if m[2] == "*" {
				op = "*"
			} else if op == "" {
				op = "="
			}
			s.cons = append(s.cons, constraint{op, m[2]})
		}
		return s
	}
	if allVersion.MatchString(t) {
		return span{kind: anyVersion}
	}
	if m := fromBelow.FindStringSubmatch(t); m != nil {
		// "0 < 8.0.1" is CVE JSON 5's "version 0, lessThan 8.0.1": from
		// the first, inclusive. "1.0 < x <= 2.0" says both bounds itself.
		if m[3] == "" {
			return span{kind: versionRange, cons: []constraint{{">=", m[1]}, {m[2], m[4]}}}
		}
		low := ">="
		if m[2] == "<" {
			low = ">"
		}
		return span{kind: versionRange, cons: []constraint{{low, m[1]}, {m[3], m[4]}}}
	}
	s := span{kind: versionRange}
	for _, part := range strings.FieldsFunc(t, func(r rune) bool { return r == '|' || r == ',' || r == '&' }) {
		m := opVersion.FindStringSubmatch(strings.TrimSpace(part))
		if m == nil || m[1] == "" {
			return span{kind: versionRange, bad: text}
		}
		s.cons = append(s.cons, constraint{m[1], m[2]})
	}
	if len(s.cons) == 0 {
		return span{kind: versionRange, bad: text}
	}
	return s
}
