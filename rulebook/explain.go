package rulebook

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/comity-project/comity"
)

// Explain says in plain words, for a compliance officer, what was decided
// and why: the request, the rulebook applied, the facts counted, each
// policy that matched with its legal source, and what remains to be done.
func Explain(res *Result) string {
	var b strings.Builder
	d := res.Decision
	switch d.Outcome {
	case comity.Allow:
		b.WriteString("ALLOWED")
	case comity.Pending:
		b.WriteString("PENDING: allowed once the obligations below are met")
	default:
		b.WriteString("DENIED")
	}
	b.WriteString("\n\n")
	r := res.Request
	fmt.Fprintf(&b, "Request: %s %s, established in %s, asks to %s for the purpose %q",
		article(r.Requester.Kind), r.Requester.Organisation, r.Requester.Jurisdiction, actionWords(r), orNone(r.Purpose))
	if r.LegalBasis != "" {
		fmt.Fprintf(&b, " on the legal basis %q", r.LegalBasis)
	}
	b.WriteString(".\n")
	if res.Rulebook != "" {
		fmt.Fprintf(&b, "Rules applied: the federation baseline and the rulebook of %s.\n", res.Rulebook)
	} else {
		fmt.Fprintf(&b, "Rules applied: the federation baseline only; %s has published no rulebook.\n", res.Home)
	}
	fmt.Fprintf(&b, "Volume: counting this request, the requester has received data on %s from %s %s (%d in personal, %d in sensitive personal records).\n",
		people(res.Volume.Total), res.Home, res.Window, res.Volume.Personal, res.Volume.Sensitive)
	if len(res.Evidence) > 0 {
		fmt.Fprintf(&b, "Evidence on file: %s.\n", strings.Join(res.Evidence, ", "))
	} else {
		b.WriteString("Evidence on file: none.\n")
	}
	if len(r.Consent) > 0 {
		b.WriteString("Consent: the request names consents, which count only as the home node verifies them.\n")
	}

	b.WriteString("\nWhy:\n")
	decided := map[string]bool{}
	for _, p := range d.Policies {
		decided[p] = true
	}
	for _, m := range res.Matched {
		role := "also matched"
		if decided[m.Policy] {
			role = "decided"
		}
		src := ""
		if m.Article != "" {
			src = " [" + m.Article + "]"
		}
		lifted := ""
		if m.Lifted {
			lifted = " Its conditions are met, so it does not stand in the way."
		}
		fmt.Fprintf(&b, "  - %s %s (%s)%s: %s%s\n", m.Policy, role, m.Effect, src, m.Reason, lifted)
	}
	if len(res.Matched) == 0 || (d.Outcome == comity.Deny && !anyDecided(res.Matched, decided)) {
		for _, reason := range d.Reasons {
			fmt.Fprintf(&b, "  - %s: %s\n", strings.Join(d.Policies, ", "), reason)
		}
	}
	if len(d.Obligations) > 0 {
		b.WriteString("\nObligations:\n")
		for _, o := range d.Obligations {
			box := "[ ]"
			if o.Met {
				box = "[x]"
			} else if o.Kind == comity.ObligationMinimise {
				box = "[on release]"
			}
			fmt.Fprintf(&b, "  %s %s\n", box, obligationWords(o))
		}
	}
	if len(res.ConsentWays) > 0 {
		fmt.Fprintf(&b, "\nWays forward with consent (%s, where the policy's other conditions hold):\n", consentWords(res.ConsentKinds))
		for _, m := range res.ConsentWays {
			src := ""
			if m.Article != "" {
				src = " [" + m.Article + "]"
			}
			fmt.Fprintf(&b, "  - %s%s: %s\n", m.Policy, src, m.Reason)
		}
	}
	b.WriteString("\nThis explanation describes the rules as published by the states concerned; the sample rulebooks are templates, not legal advice.\n")
	return b.String()
}

func anyDecided(ms []Match, decided map[string]bool) bool {
	for _, m := range ms {
		if decided[m.Policy] {
			return true
		}
	}
	return false
}

// actionWords says what the request asks to do with what.
func actionWords(r *Request) string {
	// Concatenation, not fmt: a denial says this on every request that no
	// permit matches, and it is the same text.
	what := ""
	if r.Dataset != nil {
		what = "a dataset homed in " + string(r.Dataset.Home) + " (" + string(r.Dataset.Category) + ", " + strconv.Itoa(r.Dataset.Subjects) + " people)"
	} else if len(r.Records) == 1 {
		what = "record " + r.Records[0].ID + " homed in " + string(r.Records[0].Home) + " (" + string(r.Records[0].Category) + ")"
	} else {
		what = strconv.Itoa(len(r.Records)) + " records homed in " + string(r.Home())
	}
	dest := string(r.Destination)
	switch r.Action {
	case comity.ActionRead:
		return "read " + what + " from " + dest
	case comity.ActionTransfer:
		return "transfer " + what + " to " + dest
	case comity.ActionStoreAbroad:
		return "store " + what + " in " + dest
	case comity.ActionDiscloseToLawEnforce:
		return "have " + what + " disclosed to law enforcement of " + dest
	case comity.ActionBulkExport:
		return "bulk-export " + what + " to " + dest
	}
	return string(r.Action) + " " + what
}

func article(kind string) string {
	switch kind {
	case KindAgency:
		return "the agency"
	case KindAuthority:
		return "the authority"
	}
	return "the organisation"
}

func orNone(s string) string {
	if s == "" {
		return "(none given)"
	}
	return s
}

func people(n int) string {
	if n == 1 {
		return "1 person"
	}
	return fmt.Sprintf("%d distinct people", n)
}
