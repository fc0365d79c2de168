package ledger

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"

	"github.com/comity-project/comity"
)

// screen refuses an entry whose free text holds personal information: the
// log is public and append-only, so this is the last point at which it can
// be kept out. Callers check their inputs earlier with clearer words (the
// gate names the request's field); this check covers every path, including
// those that copy text from elsewhere (error messages, case details).
// Members are named as in the encoding ("detail.reason", "policies.0").
func screen(s comity.TextScreen, clean *cleanTexts, e *comity.Entry) error {
	if s == nil {
		return nil
	}
	var err error
	eachText(e, func(name memberName, text string) bool {
		if strings.TrimSpace(text) == "" || clean.has(text) {
			return true
		}
		if err = comity.CheckText(s, "the log entry's "+name.String(), text); err != nil {
			return false
		}
		clean.add(text)
		return true
	})
	return err
}

// cleanTexts remembers short texts in which the screen found nothing. The
// screen is a pure function of the text, and most of an entry's text
// (kind, node, requester, purpose, policies) repeats from one decision to
// the next; screening it again was a twentieth of a gated read's CPU.
type cleanTexts struct {
	mu   sync.RWMutex
	seen map[string]struct{}
}

// Bounds of cleanTexts: longer texts are screened every time, and the set
// is emptied when full.
const (
	cleanTextMax  = 256
	cleanTextsMax = 4096
)

func (c *cleanTexts) has(text string) bool {
	if c == nil || len(text) > cleanTextMax {
		return false
	}
	c.mu.RLock()
	_, ok := c.seen[text]
	c.mu.RUnlock()
	return ok
}

func (c *cleanTexts) add(text string) {
	if c == nil || len(text) > cleanTextMax {
		return
	}
	c.mu.Lock()
	if c.seen == nil || len(c.seen) >= cleanTextsMax {
		c.seen = make(map[string]struct{})
	}
	c.seen[strings.Clone(text)] = struct{}{}
	c.mu.Unlock()
}

// memberName names a text member as in the encoding: base, or
// base.index.rest when index is not negative. It is a value, built into a
// string only to refuse.
type memberName struct {
	base  string
	index int
	rest  string
}

func (n memberName) String() string {
	if n.index < 0 {
		return n.base
	}
	return fmt.Sprintf("%s.%d%s", n.base, n.index, n.rest)
}

// eachText calls fn with every text member of e that the encoding writes,
// except the time (written by the ledger) and the pseudonyms, until fn
// returns false.
func eachText(e *comity.Entry, fn func(name memberName, text string) bool) {
	for _, m := range [...]struct{ name, text string }{{"kind", string(e.Kind)}, {"node", e.Node}, {"requester", e.Requester},
		{"requester_jurisdiction", string(e.RequesterIn)}, {"action", string(e.Action)},
		{"purpose", e.Purpose}, {"legal_basis", e.LegalBasis}, {"destination", string(e.Destination)},
		{"outcome", string(e.Outcome)}} {
		if !fn(memberName{m.name, -1, ""}, m.text) {
			return
		}
	}
	for i, c := range e.Categories {
		if !fn(memberName{"categories", i, ""}, string(c)) {
			return
		}
	}
	list := func(name memberName, vs []string) bool {
		base := name.base
		if name.index >= 0 && len(vs) > 0 {
			base = name.String() // obligations' fields, rare
		}
		for i, v := range vs {
			if !fn(memberName{base, i, ""}, v) {
				return false
			}
		}
		return true
	}
	if !list(memberName{"policies", -1, ""}, e.Policies) || !list(memberName{"approvals", -1, ""}, e.Approvals) {
		return
	}
	for i, o := range e.Obligations {
		at := func(rest string) memberName { return memberName{"obligations", i, "." + rest} }
		if !fn(at("kind"), string(o.Kind)) || !fn(at("authority"), string(o.Authority)) ||
			!fn(at("method"), o.Method) || !fn(at("param"), o.Param) || !list(at("fields"), o.Fields) {
			return
		}
	}
	for _, k := range slices.Sorted(maps.Keys(e.Detail)) {
		if !fn(memberName{"detail key", -1, ""}, k) || !fn(memberName{"detail." + k, -1, ""}, e.Detail[k]) {
			return
		}
	}
}
