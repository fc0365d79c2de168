package rulebook

import (
	"encoding/json"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"

	cedar "github.com/cedar-policy/cedar-go"

	"github.com/comity-project/comity"
)

// Coverage is what one bundle's policies leave unexercised by the examples
// of every installed bundle: policies that no example matched, and
// threshold boundaries no example reached. A boundary is a numeric
// comparison with a parameter (context.volume.personal <
// context.params.assessment_from_personal) or a date (context.time >=
// datetime("2026-08-18")); it is covered when examples bring its left side
// to the figure − 1, the figure and the figure + 1 (days, for a date), so
// that an off-by-one in either the law's reading or the policy shows.
type Coverage struct {
	Bundle      string     `json:"bundle"`
	Policies    int        `json:"policies"`
	Unexercised []string   `json:"unexercised,omitempty"`
	Boundaries  int        `json:"boundaries"`
	Uncovered   []Boundary `json:"uncovered,omitempty"`
}

// Boundary is one threshold of a bundle and the points of it that no
// example reaches.
type Boundary struct {
	Comparison string   `json:"comparison"` // as written in the first policy that makes it
	Figure     int64    `json:"figure"`     // the parameter's value; for a date, days since 1970-01-01
	Policies   []string `json:"policies"`
	Missing    []int64  `json:"missing,omitempty"`
}

// Complete reports whether every policy and every boundary is exercised.
func (c Coverage) Complete() bool { return len(c.Unexercised) == 0 && len(c.Uncovered) == 0 }

// comparison matches a numeric comparison in a policy as cedar-go prints
// it: a sum of volume counts, resource.subjects or context.time against a
// parameter or a datetime literal.
var comparison = regexp.MustCompile(`((?:context\.volume\.(?:kinds\.[A-Za-z]+|kinds\["[a-z-]+"\]|[A-Za-z]+))(?:\s*\+\s*context\.volume\.[A-Za-z]+)*|resource\.subjects|context\.time)\s*(<=|>=|<|>|==)\s*(?:context\.(params|baseline)\.([A-Za-z_0-9]+)|datetime\("([^"]+)"\))`)

// Coverage returns, for the baseline and each state rulebook, what the
// example results leave unexercised (see Coverage).
func (e *Engine) Coverage(results []ExampleResult) []Coverage {
	matched := map[string]bool{}
	for _, r := range results {
		if r.Result == nil {
			continue // skipped
		}
		for _, m := range r.Result.Matched {
			matched[m.Policy] = true
		}
	}
	var out []Coverage
	for _, rb := range append([]*Rulebook{e.baseline}, e.Rulebooks()...) {
		c := Coverage{Bundle: rb.Bundle.Name()}
		type bound struct {
			b      *Boundary
			points map[int64]bool
			lhs    string
			key    string
		}
		var bounds []*bound
		for _, id := range rb.Policies() {
			c.Policies++
			if !matched[id] {
				c.Unexercised = append(c.Unexercised, id)
			}
			p := rb.forbids[cedar.PolicyID(id)]
			if p == nil {
				p = rb.permits[cedar.PolicyID(id)]
			}
			for _, m := range comparison.FindAllStringSubmatch(string(p.MarshalCedar()), -1) {
				lhs, figure, ok := m[1], int64(0), true
				if m[5] != "" {
					t, err := time.Parse(time.DateOnly, m[5])
					if err != nil {
						continue
					}
					figure = t.Unix() / 86400
				} else {
					params := rb.Bundle.Params
					if m[3] == "baseline" {
						params = e.baseline.Bundle.Params
					}
					figure, ok = params.long(m[4])
				}
				if !ok {
					continue
				}
				// The same threshold written in several policies, or with
				// another operator, has the same three points.
				key := lhs + "|" + m[3] + "." + m[4] + m[5]
				i := slices.IndexFunc(bounds, func(b *bound) bool { return b.key == key })
				if i < 0 {
					bounds = append(bounds, &bound{b: &Boundary{Comparison: m[0], Figure: figure}, points: map[int64]bool{}, lhs: lhs, key: key})
					i = len(bounds) - 1
				}
				if !slices.Contains(bounds[i].b.Policies, id) {
					bounds[i].b.Policies = append(bounds[i].b.Policies, id)
				}
			}
		}
		for _, r := range results {
			res := r.Result
			if res == nil || res.Request == nil || (rb.Bundle.Kind == KindState && res.Home != rb.Bundle.Jurisdiction) {
				continue
			}
			for _, b := range bounds {
				if v, ok := leftValue(b.lhs, res); ok {
					b.points[v] = true
				}
			}
		}
		for _, b := range bounds {
			c.Boundaries++
			for _, v := range []int64{b.b.Figure - 1, b.b.Figure, b.b.Figure + 1} {
				if !b.points[v] {
					b.b.Missing = append(b.b.Missing, v)
				}
			}
			if len(b.b.Missing) > 0 {
				c.Uncovered = append(c.Uncovered, *b.b)
			}
		}
		out = append(out, c)
	}
	return out
}

// leftValue evaluates the left side of a comparison for a decided example:
// the volume counted (this request included), the request's own subjects,
// or the decision's day.
func leftValue(lhs string, res *Result) (int64, bool) {
	var sum int64
	for _, term := range strings.Split(lhs, "+") {
		term = strings.TrimSpace(term)
		v := res.Volume
		switch {
		case term == "resource.subjects":
			sum += int64(res.Request.subjects())
		case term == "context.time":
			t := res.Request.Time
			if t.IsZero() {
				return 0, false // decided at whatever now was: no fixed point
			}
			sum += dayOf(t).Unix() / 86400
		case strings.HasPrefix(term, "context.volume.kinds"):
			k := strings.Trim(strings.TrimPrefix(strings.TrimPrefix(term, "context.volume.kinds"), "."), `[]"`)
			sum += int64(v.Kinds[comity.DataKind(k)])
		default:
			n, ok := map[string]int{"total": v.Total, "personal": v.Personal, "sensitive": v.Sensitive,
				"destinationTotal": v.DestinationTotal, "destinationPersonal": v.DestinationPersonal,
				"destinationSensitive": v.DestinationSensitive, "newcomers": v.Newcomers}[strings.TrimPrefix(term, "context.volume.")]
			if !ok {
				return 0, false
			}
			sum += int64(n)
		}
	}
	return sum, true
}

// subjects is resource.subjects: the distinct data subjects the request
// itself names or declares.
func (r *Request) subjects() int { return r.own().Total }

// long returns the integer parameter name.
func (p Params) long(name string) (int64, bool) {
	raw, ok := p[name]
	if !ok {
		return 0, false
	}
	var n int64
	if err := json.Unmarshal(raw, &n); err != nil {
		return 0, false
	}
	return n, true
}

// String says in one line what a boundary misses.
func (b Boundary) String() string {
	return fmt.Sprintf("%s (figure %d, in %s): no example at %v", b.Comparison, b.Figure, strings.Join(b.Policies, ", "), b.Missing)
}
