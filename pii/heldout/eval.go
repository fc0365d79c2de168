package heldout

import (
	"fmt"
	"io"

	"github.com/comity-project/comity/pii"
)

// Slack is how far past a labelled span, in bytes on each side, a finding
// may reach and still match it: a name may carry its title ("Herr ",
// "Mrs. ", "先生"), an address a closing punctuation mark. A finding must
// cover the whole labelled span: part of a name or an address is a miss.
var Slack = map[pii.Type]int{pii.PersonName: 9, pii.PostalAddress: 3}

// Score is one type's result in one locale.
type Score struct {
	Locale            string
	Type              pii.Type
	Gold, Found, TP   int
	Precision, Recall float64
}

// Report holds a Score per locale and type, locales in Locales order, names
// before addresses.
type Report struct {
	Docs, Bytes int
	Scores      []Score
}

// Score returns the score of type t in locale loc.
func (r Report) Score(loc string, t pii.Type) Score {
	for _, s := range r.Scores {
		if s.Locale == loc && s.Type == t {
			return s
		}
	}
	return Score{Locale: loc, Type: t}
}

// Types are the scored types.
var Types = []pii.Type{pii.PersonName, pii.PostalAddress}

// Matches reports whether finding [fs, fe) matches the labelled span s: it
// covers the span and reaches past it by no more than Slack on each side.
func Matches(s Span, ft pii.Type, fs, fe int) bool {
	k := Slack[s.Type]
	return ft == s.Type && fs <= s.Start && fe >= s.End && s.Start-fs <= k && fe-s.End <= k
}

// Evaluate runs d over docs and scores names and addresses per locale. Each
// labelled span matches at most one finding and each finding at most one
// span; findings of other types are ignored.
func Evaluate(d *pii.Detector, docs []Doc) Report {
	type key struct {
		loc string
		t   pii.Type
	}
	gold, found, tp := map[key]int{}, map[key]int{}, map[key]int{}
	rep := Report{Docs: len(docs)}
	for _, doc := range docs {
		rep.Bytes += len(doc.Text)
		for _, s := range doc.Spans {
			gold[key{doc.Locale, s.Type}]++
		}
		used := make([]bool, len(doc.Spans))
		for _, f := range d.DetectString(doc.Text) {
			if f.Type != pii.PersonName && f.Type != pii.PostalAddress {
				continue
			}
			found[key{doc.Locale, f.Type}]++
			for k, s := range doc.Spans {
				if !used[k] && Matches(s, f.Type, int(f.Start), int(f.End)) {
					used[k] = true
					tp[key{doc.Locale, f.Type}]++
					break
				}
			}
		}
	}
	for _, loc := range Locales {
		for _, t := range Types {
			k := key{loc, t}
			s := Score{Locale: loc, Type: t, Gold: gold[k], Found: found[k], TP: tp[k]}
			if s.Found > 0 {
				s.Precision = float64(s.TP) / float64(s.Found)
			}
			if s.Gold > 0 {
				s.Recall = float64(s.TP) / float64(s.Gold)
			}
			rep.Scores = append(rep.Scores, s)
		}
	}
	return rep
}

// Target returns the precision and recall type t must reach on this
// corpus: names 0.95 and 0.90, addresses 0.97 and 0.95.
func Target(t pii.Type) (precision, recall float64) {
	if t == pii.PostalAddress {
		return 0.97, 0.95
	}
	return 0.95, 0.90
}

// Write prints the report as a table, one line per locale and type.
func (r Report) Write(w io.Writer) error {
	if _, err := fmt.Fprintf(w, "held-out corpus: %d documents, %d bytes (a finding must cover the labelled span)\n%-6s %-15s %6s %6s %6s %9s %9s\n",
		r.Docs, r.Bytes, "locale", "type", "gold", "found", "tp", "precision", "recall"); err != nil {
		return err
	}
	for _, s := range r.Scores {
		if _, err := fmt.Fprintf(w, "%-6s %-15s %6d %6d %6d %9.4f %9.4f\n",
			s.Locale, s.Type, s.Gold, s.Found, s.TP, s.Precision, s.Recall); err != nil {
			return err
		}
	}
	return nil
}
