package rulebook

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	cedar "github.com/cedar-policy/cedar-go"
	"github.com/cedar-policy/cedar-go/x/exp/ast"

	"github.com/comity-project/comity"
)

// Rulebook is a bundle checked against the schema and ready to decide:
// its policies parsed, typed and split by effect, its parameters converted.
// A Rulebook is immutable and safe for concurrent use.
type Rulebook struct {
	Bundle  *Bundle
	Window  Window
	params  cedar.Value // a Record, boxed once
	forbids cedar.PolicyMap
	permits cedar.PolicyMap
	rules   map[cedar.PolicyID]*rule
}

// rule is what the engine and Explain need of one policy besides its effect.
type rule struct {
	id       cedar.PolicyID // "<bundle>/<@id>"
	order    int            // position in the bundle: earlier permits are preferred on ties
	forbid   bool
	file     string
	line     int
	reason   string
	article  string
	oblige   []string            // evidence kinds, all required
	minimise []comity.Obligation // applied on release
	notify   bool                // @notify("authority"): the home authority is told of each release
	alarm    bool                // @alarm("authority"): a forbid that never denies, and tells the authority
}

// Compile checks b and prepares it for the engine. It returns Problems (an
// error wrapping ErrBundle) naming the file, line and reason of every
// problem: Cedar syntax, the schema, missing or malformed annotations, a
// state policy that reaches data homed elsewhere, a permit in the baseline.
// It does not check signatures.
func Compile(b *Bundle) (*Rulebook, error) {
	if err := b.checkShape(); err != nil {
		return nil, Problems{{File: Manifest, Reason: err.Error()}}
	}
	rb := &Rulebook{Bundle: b, forbids: cedar.PolicyMap{}, permits: cedar.PolicyMap{}, rules: map[cedar.PolicyID]*rule{}}
	rb.Window, _ = ParseWindow(b.Window)
	var problems Problems
	params, ptype, err := b.Params.compile()
	if err != nil {
		return nil, Problems{{File: Manifest, Reason: err.Error()}}
	}
	rb.params = params
	paramsType, baselineType := ptype, "{}"
	if b.Kind == KindBaseline {
		paramsType, baselineType = "{}", ptype
	}
	v, err := validator(paramsType, baselineType)
	if err != nil {
		return nil, Problems{{File: Manifest, Reason: err.Error()}}
	}
	for _, f := range b.Policies {
		list, err := cedar.NewPolicyListFromBytes(f.Name, []byte(f.Text))
		if err != nil {
			problems = append(problems, parseProblem(f.Name, err))
			continue
		}
		if len(list) == 0 {
			problems = append(problems, Problem{File: f.Name, Reason: "no policies"})
		}
		for _, p := range list {
			r, ps := rb.check(f.Name, p)
			if r != nil {
				r.order = len(rb.rules) + len(problems)
			}
			for _, reason := range ps {
				problems = append(problems, Problem{File: f.Name, Line: p.Position().Line, Reason: reason})
			}
			if r == nil {
				continue
			}
			if err := v.Policy(string(r.id), (*ast.Policy)(p.AST())); err != nil {
				for _, reason := range schemaReasons(err) {
					problems = append(problems, Problem{File: f.Name, Line: p.Position().Line, Reason: reason})
				}
				continue
			}
			if len(ps) > 0 {
				continue
			}
			rb.rules[r.id] = r
			if r.forbid {
				rb.forbids[r.id] = p
			} else {
				rb.permits[r.id] = p
			}
		}
	}
	if len(problems) > 0 {
		return nil, problems
	}
	return rb, nil
}

var forAction = regexp.MustCompile(` for Action::"[^"]*"`)

// schemaReasons turns a validation error into distinct one-line reasons; the
// validator repeats a problem once per action, which says nothing more.
func schemaReasons(err error) []string {
	var out []string
	for _, line := range strings.Split(err.Error(), "\n") {
		line = "schema: " + forAction.ReplaceAllString(strings.TrimSpace(line), "")
		if !slices.Contains(out, line) {
			out = append(out, line)
		}
	}
	return out
}

// check reads a policy's annotations and checks what the schema cannot:
// ids, reasons, obligations, and the reach of a state's policy.
func (rb *Rulebook) check(file string, p *cedar.Policy) (*rule, []string) {
	var problems []string
	r := &rule{file: file, line: p.Position().Line, forbid: p.Effect() == cedar.Forbid}
	ann := p.Annotations()
	for k := range ann {
		if !slices.Contains(knownAnnotations, string(k)) {
			problems = append(problems, fmt.Sprintf("unknown annotation @%s: want one of @%s", k, strings.Join(knownAnnotations, ", @")))
		}
	}
	id := string(ann["id"])
	switch {
	case id == "":
		problems = append(problems, `no @id("…"): every policy needs an id, which decisions cite`)
		return nil, problems
	case !policyIDRe.MatchString(id):
		problems = append(problems, fmt.Sprintf("@id(%q): want lower-case letters, digits, '.' and '-'", id))
		return nil, problems
	}
	r.id = cedar.PolicyID(rb.Bundle.Name() + "/" + id)
	if _, dup := rb.rules[r.id]; dup {
		problems = append(problems, fmt.Sprintf("@id(%q) is used twice", id))
	}
	r.reason = strings.TrimSpace(string(ann["reason"]))
	if r.reason == "" {
		problems = append(problems, `no @reason("…"): say in plain words what the policy does, for explanations`)
	}
	r.article = string(ann["article"])
	if s, ok := ann["obligation"]; ok {
		kinds, err := parseObligations(string(s))
		if err != nil {
			problems = append(problems, err.Error())
		}
		r.oblige = kinds
	}
	if s, ok := ann["minimise"]; ok {
		m, err := parseMinimise(string(s))
		if err != nil {
			problems = append(problems, err.Error())
		}
		r.minimise = m
	}
	if s, ok := ann["notify"]; ok {
		if string(s) != "authority" {
			problems = append(problems, fmt.Sprintf(`@notify(%q): want @notify("authority")`, s))
		}
		r.notify = true
	}
	if s, ok := ann["alarm"]; ok {
		switch {
		case string(s) != "authority":
			problems = append(problems, fmt.Sprintf(`@alarm(%q): want @alarm("authority")`, s))
		case !r.forbid || len(r.oblige) > 0:
			problems = append(problems, "@alarm goes on a forbid without @obligation: it raises an alarm instead of refusing")
		}
		r.alarm = true
	}
	if rb.Bundle.Kind == KindBaseline {
		if !r.forbid {
			problems = append(problems, "the baseline holds only forbid policies: it limits what states permit and never permits itself")
		}
	} else {
		problems = append(problems, checkHome((*ast.Policy)(p.AST()), string(rb.Bundle.Jurisdiction))...)
	}
	return r, problems
}

// Policies returns the ids of the rulebook's policies in order.
func (rb *Rulebook) Policies() []string {
	ids := make([]string, 0, len(rb.rules))
	for id := range rb.rules {
		ids = append(ids, string(id))
	}
	slices.Sort(ids)
	return ids
}

// PolicyInfo describes one policy of a rulebook, for listings and for
// tools that combine decisions the way the engine does.
type PolicyInfo struct {
	ID          string              `json:"id"`
	Effect      string              `json:"effect"` // permit or forbid
	Reason      string              `json:"reason"`
	Article     string              `json:"article,omitempty"`
	Obligations []string            `json:"obligations,omitempty"`
	Minimise    []comity.Obligation `json:"minimise,omitempty"`
	File        string              `json:"file"`
	Line        int                 `json:"line"`
	Order       int                 `json:"order"` // position in the bundle; earlier permits win ties
}

// Info describes the rulebook's policies, ordered by id.
func (rb *Rulebook) Info() []PolicyInfo {
	out := make([]PolicyInfo, 0, len(rb.rules))
	for _, id := range rb.Policies() {
		r := rb.rules[cedar.PolicyID(id)]
		m := r.match(false)
		out = append(out, PolicyInfo{ID: id, Effect: m.Effect, Reason: r.reason, Article: r.article,
			Obligations: r.oblige, Minimise: r.minimise, File: r.file, Line: r.line, Order: r.order})
	}
	return out
}
