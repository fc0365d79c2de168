package ledger

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/comity-project/comity"
)

// screen refuses an entry whose free text holds personal information: the
// log is public and append-only, so this is the last point at which it can
// be kept out. Callers check their inputs earlier with clearer words (the
// gate names the request's field); this check covers every path, including
// those that copy text from elsewhere (error messages, case details).
// Members are named as in the encoding ("detail.reason", "policies.0").
func screen(s comity.TextScreen, e *comity.Entry) error {
	if s == nil {
		return nil
	}
	for _, m := range textMembers(e) {
		if err := comity.CheckText(s, "the log entry's "+m.name, m.text); err != nil {
			return err
		}
	}
	return nil
}

type member struct{ name, text string }

// textMembers lists every text member of e that the encoding writes, except
// the time (written by the ledger) and the pseudonyms.
func textMembers(e *comity.Entry) []member {
	ms := []member{{"kind", string(e.Kind)}, {"node", e.Node}, {"requester", e.Requester},
		{"requester_jurisdiction", string(e.RequesterIn)}, {"action", string(e.Action)},
		{"purpose", e.Purpose}, {"legal_basis", e.LegalBasis}, {"destination", string(e.Destination)},
		{"outcome", string(e.Outcome)}}
	list := func(name string, vs []string) {
		for i, v := range vs {
			ms = append(ms, member{fmt.Sprintf("%s.%d", name, i), v})
		}
	}
	for i, c := range e.Categories {
		ms = append(ms, member{fmt.Sprintf("categories.%d", i), string(c)})
	}
	list("policies", e.Policies)
	list("approvals", e.Approvals)
	for i, o := range e.Obligations {
		p := fmt.Sprintf("obligations.%d.", i)
		ms = append(ms, member{p + "kind", string(o.Kind)}, member{p + "authority", string(o.Authority)},
			member{p + "method", o.Method}, member{p + "param", o.Param})
		list(p+"fields", o.Fields)
	}
	for _, k := range slices.Sorted(maps.Keys(e.Detail)) {
		ms = append(ms, member{"detail key", k}, member{"detail." + k, e.Detail[k]})
	}
	return slices.DeleteFunc(ms, func(m member) bool { return strings.TrimSpace(m.text) == "" })
}
