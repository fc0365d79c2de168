package corpus

import (
	"fmt"
	"io"

	"github.com/comity-project/comity/pii"
)

// Score counts one type's results.
type Score struct {
	Type      pii.Type
	Gold      int // labelled spans
	Found     int // findings
	TP        int // findings that match a labelled span
	Precision float64
	Recall    float64
	F2        float64
}

// Report is a detector's scores on a corpus, one per type, in type order.
type Report struct {
	Docs   int
	Bytes  int
	Scores []Score
}

// Evaluate runs d over docs and scores each type. A structured identifier
// counts only with exact boundaries; a name or an address counts when the
// finding overlaps the labelled span (where an address or name ends is a
// matter of judgement). Each labelled span matches at most one finding.
func Evaluate(d *pii.Detector, docs []Doc) Report {
	var (
		gold, found, tp [32]int
		rep             = Report{Docs: len(docs)}
	)
	for _, doc := range docs {
		rep.Bytes += len(doc.Text)
		fs := d.DetectString(doc.Text)
		used := make([]bool, len(doc.Spans))
		for _, s := range doc.Spans {
			gold[s.Type]++
		}
		for _, f := range fs {
			found[f.Type]++
			for k, s := range doc.Spans {
				if used[k] || s.Type != f.Type {
					continue
				}
				exact := int(f.Start) == s.Start && int(f.End) == s.End
				overlap := int(f.Start) < s.End && s.Start < int(f.End)
				if exact || overlap && f.Type.Class() != pii.ClassIdentifier {
					used[k] = true
					tp[f.Type]++
					break
				}
			}
		}
	}
	for _, t := range pii.Types() {
		if !d.Enabled(t) {
			continue
		}
		s := Score{Type: t, Gold: gold[t], Found: found[t], TP: tp[t]}
		if s.Found > 0 {
			s.Precision = float64(s.TP) / float64(s.Found)
		}
		if s.Gold > 0 {
			s.Recall = float64(s.TP) / float64(s.Gold)
		}
		if s.Precision+s.Recall > 0 {
			s.F2 = 5 * s.Precision * s.Recall / (4*s.Precision + s.Recall)
		}
		rep.Scores = append(rep.Scores, s)
	}
	return rep
}

// Write prints the report as a table: structured identifiers first, then
// names and addresses on their own lines.
func (r Report) Write(w io.Writer) error {
	if _, err := fmt.Fprintf(w, "corpus: %d documents, %d bytes\n%-16s %6s %6s %6s %9s %9s %6s\n",
		r.Docs, r.Bytes, "type", "gold", "found", "tp", "precision", "recall", "f2"); err != nil {
		return err
	}
	class := pii.ClassIdentifier
	for _, s := range r.Scores {
		if c := s.Type.Class(); c != class {
			class = c
			fmt.Fprintf(w, "-- %s (dictionary and context)\n", c)
		}
		if _, err := fmt.Fprintf(w, "%-16s %6d %6d %6d %9.4f %9.4f %6.4f\n",
			s.Type, s.Gold, s.Found, s.TP, s.Precision, s.Recall, s.F2); err != nil {
			return err
		}
	}
	return nil
}
