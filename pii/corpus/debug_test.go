package corpus

import (
	"os"
	"testing"

	"github.com/comity-project/comity/pii"
)

// miss is a labelled span the detector did not find (fn) or a finding that
// matches no labelled span (fp).
type miss struct {
	fn         bool
	typ        pii.Type
	text, near string
}

// misses lists the detector's misses on docs, matching findings to spans as
// Evaluate does: in order, each span at most once, exactly for identifiers
// and by overlap for the other classes.
func misses(d *pii.Detector, docs []Doc) []miss {
	var out []miss
	for _, doc := range docs {
		near := func(start, end int) string {
			return doc.Text[max(0, start-40):min(len(doc.Text), end+20)]
		}
		used := make([]bool, len(doc.Spans))
		for _, f := range d.DetectString(doc.Text) {
			matched := false
			for k, s := range doc.Spans {
				if used[k] || s.Type != f.Type {
					continue
				}
				exact := int(f.Start) == s.Start && int(f.End) == s.End
				overlap := int(f.Start) < s.End && s.Start < int(f.End)
				if exact || overlap && f.Type.Class() != pii.ClassIdentifier {
					used[k], matched = true, true
					break
				}
			}
			if !matched {
				out = append(out, miss{typ: f.Type, text: doc.Text[f.Start:f.End], near: near(int(f.Start), int(f.End))})
			}
		}
		for k, s := range doc.Spans {
			if !used[k] {
				out = append(out, miss{fn: true, typ: s.Type, text: doc.Text[s.Start:s.End], near: near(s.Start, s.End)})
			}
		}
	}
	return out
}

// TestMisses: the misses listed, one by one, are exactly the ones the
// evaluation counts, type by type: Gold-TP labelled spans not found and
// Found-TP findings that match none. With PII_DEBUG=type it also logs the
// first 40 misses of that type (go test -v), for working on a detector.
func TestMisses(t *testing.T) {
	docs := Generate(Config{Seed: 1, Docs: 600})
	ms := misses(pii.Default, docs)
	fn, fp := map[pii.Type]int{}, map[pii.Type]int{}
	for _, m := range ms {
		if m.fn {
			fn[m.typ]++
		} else {
			fp[m.typ]++
		}
	}
	rep := Evaluate(pii.Default, docs)
	types := 0
	for _, s := range rep.Scores {
		if s.Variant != "" {
			continue
		}
		types++
		if fn[s.Type] != s.Gold-s.TP || fp[s.Type] != s.Found-s.TP {
			t.Errorf("%s: %d misses and %d false findings listed; the evaluation counts %d and %d",
				s.Name(), fn[s.Type], fp[s.Type], s.Gold-s.TP, s.Found-s.TP)
		}
	}
	if types < 10 {
		t.Fatalf("the evaluation scored %d types", types)
	}

	name := os.Getenv("PII_DEBUG")
	if name == "" {
		return
	}
	typ, err := pii.ParseType(name)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, m := range ms {
		if m.typ != typ || n >= 40 {
			continue
		}
		n++
		kind := "FP"
		if m.fn {
			kind = "FN"
		}
		t.Logf("%s %q in %q", kind, m.text, m.near)
	}
}
