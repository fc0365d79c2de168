package corpus

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/comity-project/comity/pii"
)

// Score counts one type's results, or one variant's (a phone region, a
// passport's country).
type Score struct {
	Type      pii.Type
	Variant   string // "" for the whole type
	Gold      int    // labelled spans
	Found     int    // findings
	TP        int    // findings that match a labelled span
	Precision float64
	Recall    float64
	F2        float64
}

// Name is the type's name, with the variant after a slash: "phone/CN".
func (s Score) Name() string {
	if s.Variant == "" {
		return s.Type.String()
	}
	return s.Type.String() + "/" + s.Variant
}

// Report is a detector's scores on a corpus, one per type in type order,
// each followed by its variants'.
type Report struct {
	Docs   int
	Bytes  int
	Scores []Score
	// Negatives counts the snippets without personal information by
	// kind: the hard negatives and plain prose.
	Negatives map[string]int
}

// variantOf returns the variant a finding's validation names: the region
// of a phone number ("phonenumbers:CN"), the country of a passport
// ("format:cn+context").
func variantOf(f pii.Finding) string {
	switch f.Type {
	case pii.Phone:
		return strings.TrimPrefix(f.Validation, "phonenumbers:")
	case pii.Passport:
		v := strings.TrimPrefix(f.Validation, "format:")
		v, _, _ = strings.Cut(v, "+")
		return strings.ToUpper(v)
	}
	return ""
}

// Evaluate runs d over docs and scores each type. A structured identifier
// counts only with exact boundaries; a name or an address counts when the
// finding overlaps the labelled span (where an address or name ends is a
// matter of judgement). Each labelled span matches at most one finding.
// For a variant, a finding counts when the detector names the labelled
// variant: a German number validated as Chinese is a miss for DE and a
// false positive for CN, though a hit for the type.
func Evaluate(d *pii.Detector, docs []Doc) Report {
	type key struct {
		t pii.Type
		v string
	}
	var (
		gold, found, tp = map[key]int{}, map[key]int{}, map[key]int{}
		variants        = map[pii.Type][]string{}
		rep             = Report{Docs: len(docs), Negatives: map[string]int{}}
	)
	addVariant := func(t pii.Type, v string) {
		for _, x := range variants[t] {
			if x == v {
				return
			}
		}
		variants[t] = append(variants[t], v)
	}
	for _, doc := range docs {
		rep.Bytes += len(doc.Text)
		for _, k := range doc.Negatives {
			rep.Negatives[k]++
		}
		fs := d.DetectString(doc.Text)
		used := make([]bool, len(doc.Spans))
		for _, s := range doc.Spans {
			gold[key{s.Type, ""}]++
			if s.Variant != "" {
				gold[key{s.Type, s.Variant}]++
				addVariant(s.Type, s.Variant)
			}
		}
		for _, f := range fs {
			v := variantOf(f)
			found[key{f.Type, ""}]++
			if v != "" {
				found[key{f.Type, v}]++
				addVariant(f.Type, v)
			}
			for k, s := range doc.Spans {
				if used[k] || s.Type != f.Type {
					continue
				}
				exact := int(f.Start) == s.Start && int(f.End) == s.End
				overlap := int(f.Start) < s.End && s.Start < int(f.End)
				if exact || overlap && f.Type.Class() != pii.ClassIdentifier {
					used[k] = true
					tp[key{f.Type, ""}]++
					if v != "" && v == s.Variant {
						tp[key{f.Type, v}]++
					}
					break
				}
			}
		}
	}
	score := func(k key) Score {
		s := Score{Type: k.t, Variant: k.v, Gold: gold[k], Found: found[k], TP: tp[k]}
		if s.Found > 0 {
			s.Precision = float64(s.TP) / float64(s.Found)
		}
		if s.Gold > 0 {
			s.Recall = float64(s.TP) / float64(s.Gold)
		}
		if s.Precision+s.Recall > 0 {
			s.F2 = 5 * s.Precision * s.Recall / (4*s.Precision + s.Recall)
		}
		return s
	}
	for _, t := range pii.Types() {
		if !d.Enabled(t) {
			continue
		}
		rep.Scores = append(rep.Scores, score(key{t, ""}))
		vs := variants[t]
		slices.Sort(vs)
		for _, v := range vs {
			rep.Scores = append(rep.Scores, score(key{t, v}))
		}
	}
	return rep
}

// Target is the precision and recall a structured type (or variant) must
// reach: 0.98, except for telling Chinese from American passports. "E" or
// "G" and eight digits is a valid number of both, so without a word naming
// the country ("US passport", "中国护照") the detector can only guess, and
// the corpus writes such numbers for both countries; the type itself must
// still reach 0.98.
func Target(s Score) float64 {
	if s.Type == pii.Passport && (s.Variant == "CN" || s.Variant == "US") {
		return 0.95
	}
	return 0.98
}

// Write prints the report as a table: structured identifiers first, each
// type's variants indented under it, then names and addresses on their own
// lines.
func (r Report) Write(w io.Writer) error {
	if _, err := fmt.Fprintf(w, "corpus: %d documents, %d bytes\n%-18s %6s %6s %6s %9s %9s %6s\n",
		r.Docs, r.Bytes, "type", "gold", "found", "tp", "precision", "recall", "f2"); err != nil {
		return err
	}
	class := pii.ClassIdentifier
	for _, s := range r.Scores {
		if c := s.Type.Class(); c != class {
			class = c
			fmt.Fprintf(w, "-- %s (dictionary and context)\n", c)
		}
		name := s.Name()
		if s.Variant != "" {
			name = "  " + name
		}
		if _, err := fmt.Fprintf(w, "%-18s %6d %6d %6d %9.4f %9.4f %6.4f\n",
			name, s.Gold, s.Found, s.TP, s.Precision, s.Recall, s.F2); err != nil {
			return err
		}
	}
	kinds := make([]string, 0, len(r.Negatives))
	for k := range r.Negatives {
		kinds = append(kinds, k)
	}
	slices.SortFunc(kinds, func(a, b string) int {
		if d := r.Negatives[b] - r.Negatives[a]; d != 0 {
			return d
		}
		return strings.Compare(a, b)
	})
	var sb strings.Builder
	for i, k := range kinds {
		if i > 0 {
			sb.WriteString(", ")
		}
		fmt.Fprintf(&sb, "%s %d", k, r.Negatives[k])
	}
	_, err := fmt.Fprintf(w, "negative snippets: %s\n", sb.String())
	return err
}
