package pii_test

import (
	"bytes"
	"fmt"
	"os"
	"testing"

	"github.com/comity-project/comity/pii"
	"github.com/comity-project/comity/pii/corpus"
	"github.com/comity-project/comity/pii/heldout"
	"github.com/comity-project/comity/pii/heldout/fresh"
	"github.com/comity-project/comity/pii/heldout/sealed"
	"github.com/comity-project/comity/pii/heldout/unasked"
	"github.com/comity-project/comity/pii/heldout/unclaimed"
	"github.com/comity-project/comity/pii/heldout/unexplored"
	"github.com/comity-project/comity/pii/heldout/unforeseen"
	"github.com/comity-project/comity/pii/heldout/unheard"
	"github.com/comity-project/comity/pii/heldout/unheeded"
	"github.com/comity-project/comity/pii/heldout/unmapped"
	"github.com/comity-project/comity/pii/heldout/unmarked"
	"github.com/comity-project/comity/pii/heldout/unopened"
	"github.com/comity-project/comity/pii/heldout/unproven"
	"github.com/comity-project/comity/pii/heldout/unread"
	"github.com/comity-project/comity/pii/heldout/unsaid"
	"github.com/comity-project/comity/pii/heldout/unseen"
	"github.com/comity-project/comity/pii/heldout/unshown"
	"github.com/comity-project/comity/pii/heldout/unsought"
	"github.com/comity-project/comity/pii/heldout/unspoken"
	"github.com/comity-project/comity/pii/heldout/unsung"
	"github.com/comity-project/comity/pii/heldout/untold"
	"github.com/comity-project/comity/pii/heldout/unuttered"
	"github.com/comity-project/comity/pii/heldout/unvisited"
	"github.com/comity-project/comity/pii/heldout/unvoiced"
	"github.com/comity-project/comity/pii/heldout/unwritten"
)

// The corpora the name model learns from: every read set of pii/heldout
// but the validation set (unmarked, which TestNameModelValidate scores at
// several thresholds) and unbidden, unsigned and unlisted, read and tuned
// on by the rules; never the blind sets (untouched, unquoted), the score of
// text nobody tuned on. unshown joined in session 15, when it was read;
// unasked and unsought in session 16 (leaving each read set out in turn,
// the Latin model's recall at 0.3 rose by up to 0.005 on 14 of 34 pairs
// and its precision moved by under 0.004 either way); unproven and
// unvisited in session 17 (leave-one-out: Latin recall at 0.3 rose on 12
// of 21 pairs that moved and fell on 2, by up to 0.015 on unheard de;
// precision fell by up to 0.017 on unheeded en; the Chinese model found 16
// more names on unsought); unclaimed in session 18, unexplored in session
// 19, unforeseen in session 20 and unmapped in session 21, each once read.
// Adding the other three too moved the Latin model's leave-one-corpus-out
// gains (COMITY_NAME_MODEL=loco) by under a point either way, but made the
// Chinese model lose plain names of its unit tests ("托付钱志远", "和侯建新
// 吃了顿饭"), so they stay out. unwritten and then unopened were
// validation sets before they were added.
var trainingSets = []struct {
	name string
	docs func() []heldout.Doc
}{
	{"heldout", func() []heldout.Doc { return heldout.Generate(1, 1500) }},
	{"blind", func() []heldout.Doc { return heldout.GenerateBlind(1, 1500) }},
	{"unseen", func() []heldout.Doc { return unseen.Generate(1, 1500) }},
	{"fresh", func() []heldout.Doc { return fresh.Generate(1, 1500) }},
	{"sealed", func() []heldout.Doc { return sealed.Generate(1, 1500) }},
	{"untold", func() []heldout.Doc { return untold.Generate(1, 1500) }},
	{"unread", func() []heldout.Doc { return unread.Generate(1, 1500) }},
	{"unheard", func() []heldout.Doc { return unheard.Generate(1, 1500) }},
	{"unsaid", func() []heldout.Doc { return unsaid.Generate(1, 1500) }},
	{"unsung", func() []heldout.Doc { return unsung.Generate(1, 1500) }},
	{"unvoiced", func() []heldout.Doc { return unvoiced.Generate(1, 1500) }},
	{"unspoken", func() []heldout.Doc { return unspoken.Generate(1, 1500) }},
	{"unuttered", func() []heldout.Doc { return unuttered.Generate(1, 1500) }},
	{"unheeded", func() []heldout.Doc { return unheeded.Generate(1, 1500) }},
	{"unwritten", func() []heldout.Doc { return unwritten.Generate(1, 1500) }},
	{"unopened", func() []heldout.Doc { return unopened.Generate(1, 1500) }},
	{"unshown", func() []heldout.Doc { return unshown.Generate(1, 1500) }},
	{"unasked", func() []heldout.Doc { return unasked.Generate(1, 1500) }},
	{"unsought", func() []heldout.Doc { return unsought.Generate(1, 1500) }},
	{"unproven", func() []heldout.Doc { return unproven.Generate(1, 1500) }},
	{"unvisited", func() []heldout.Doc { return unvisited.Generate(1, 1500) }},
	{"unclaimed", func() []heldout.Doc { return unclaimed.Generate(1, 1500) }},
	{"unexplored", func() []heldout.Doc { return unexplored.Generate(1, 1500) }},
	{"unforeseen", func() []heldout.Doc { return unforeseen.Generate(1, 1500) }},
	{"unmapped", func() []heldout.Doc { return unmapped.Generate(1, 1500) }},
}

// projectTexts is the project's own labelled corpus (pii/corpus), on
// another seed than `comity pii eval` scores: its hard negatives (a price
// after "Price:", "Zimmer 1203", firms named after people) teach the Latin
// model what its readings are not.
func projectTexts() []pii.NameText {
	var out []pii.NameText
	for _, d := range corpus.Generate(corpus.Config{Seed: 7, Docs: 3000}) {
		t := pii.NameText{Text: []byte(d.Text)}
		for _, s := range d.Spans {
			if s.Type == pii.PersonName {
				t.Names = append(t.Names, [2]int{s.Start, s.End})
			}
		}
		out = append(out, t)
	}
	return out
}

func nameTexts(docs []heldout.Doc) []pii.NameText {
	out := make([]pii.NameText, 0, len(docs))
	for _, d := range docs {
		t := pii.NameText{Text: []byte(d.Text)}
		for _, s := range d.Spans {
			if s.Type == pii.PersonName {
				t.Names = append(t.Names, [2]int{s.Start, s.End})
			}
		}
		out = append(out, t)
	}
	return out
}

// TestNameModelHeldOut trains the model on all training sets but one and
// scores the rules with and without it on that one, for each set: the
// model's gain on text it did not learn from (the rules were tuned on
// every one of these sets, so the gain is understated). It runs only with
// COMITY_NAME_MODEL=loco; COMITY_NAME_MODEL_SHOW=SETLOCALE (say
// "unheededen") also prints what the model adds to that set's locale.
func TestNameModelHeldOut(t *testing.T) {
	if os.Getenv("COMITY_NAME_MODEL") != "loco" {
		t.Skip("set COMITY_NAME_MODEL=loco")
	}
	sets := make([][]heldout.Doc, len(trainingSets))
	for i, s := range trainingSets {
		sets[i] = s.docs()
	}
	rules := pii.NewWithNameModel(nil, 0)
	texts := make([][]pii.NameText, len(sets))
	for i := range sets {
		texts[i] = nameTexts(sets[i])
	}
	thresholds := []float64{0.1, 0.2, 0.3, 0.5}
	type sum struct{ found, tp, gold int }
	gain := map[string][]sum{}
	for i, s := range trainingSets {
		var train []pii.NameText
		for j := range trainingSets {
			if j != i {
				train = append(train, texts[j]...)
			}
		}
		w := pii.TrainNameModel(append(train, projectTexts()...), 4, 1)
		a := heldout.Evaluate(rules, sets[i])
		for _, loc := range []string{heldout.DE, heldout.EN} {
			x := a.Score(loc, pii.PersonName)
			line := fmt.Sprintf("%-10s %s names  rules %.3f/%.3f", s.name, loc, x.Precision, x.Recall)
			for k, th := range thresholds {
				y := heldout.Evaluate(pii.NewWithNameModel(w, th), sets[i]).Score(loc, pii.PersonName)
				line += fmt.Sprintf("  @%.2f %.3f/%.3f", th, y.Precision, y.Recall)
				g := gain[loc]
				if g == nil {
					g = make([]sum, len(thresholds)+1)
				}
				g[k+1].found += y.Found - x.Found
				g[k+1].tp += y.TP - x.TP
				gain[loc] = g
			}
			fmt.Println(line)
			if os.Getenv("COMITY_NAME_MODEL_SHOW") == s.name+loc {
				showModelFindings(rules, pii.NewWithNameModel(w, 0.3), sets[i], loc)
			}
		}
	}
	for loc, g := range gain {
		for k, th := range thresholds {
			fmt.Printf("%s @%.2f: model adds %d findings, %d of them names (%.3f)\n", loc, th, g[k+1].found, g[k+1].tp, float64(g[k+1].tp)/float64(max(g[k+1].found, 1)))
		}
	}
}

// TestTrainNameModel trains the model on every training set and checks
// that the embedded weights (model/names.bin, and the Chinese reading's
// model/names_zh.bin) are what training gives:
// the shipped model comes from these corpora and this code. With
// COMITY_NAME_MODEL=train it writes them instead.
func TestTrainNameModel(t *testing.T) {
	if testing.Short() {
		t.Skip("trains for seconds")
	}
	var texts []pii.NameText
	for _, s := range trainingSets {
		texts = append(texts, nameTexts(s.docs())...)
	}
	w := pii.TrainNameModel(append(texts, projectTexts()...), 4, 1)
	// The Chinese reading's weights (namemodel_cn.go) learn from the same
	// texts.
	for _, m := range []struct {
		file  string
		model []byte
	}{
		{"model/names.bin", pii.QuantiseNameModel(w)},
		{"model/names_zh.bin", pii.QuantiseNameModel(pii.TrainNameModelZH(texts, 4, 1))},
	} {
		if os.Getenv("COMITY_NAME_MODEL") == "train" {
			if err := os.WriteFile(m.file, m.model, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		shipped, err := os.ReadFile(m.file)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(shipped, m.model) {
			t.Fatal(m.file + " is not what training gives: retrain with COMITY_NAME_MODEL=train go test -run TestTrainNameModel ./pii")
		}
	}
}

// showModelFindings prints what the model adds to the rules in locale loc,
// marked + when it is a labelled name.
func showModelFindings(rules, with *pii.Detector, docs []heldout.Doc, loc string) {
	for _, d := range docs {
		if d.Locale != loc {
			continue
		}
		had := map[[2]int64]bool{}
		for _, f := range rules.DetectString(d.Text) {
			had[[2]int64{f.Start, f.End}] = true
		}
		for _, f := range with.DetectString(d.Text) {
			if f.Type != pii.PersonName || had[[2]int64{f.Start, f.End}] || f.Validation != "model" {
				continue
			}
			mark := "-"
			for _, s := range d.Spans {
				if heldout.Matches(s, f.Type, int(f.Start), int(f.End)) {
					mark = "+"
				}
			}
			a, b := max(int(f.Start)-30, 0), min(int(f.End)+30, len(d.Text))
			fmt.Printf("  %s %-24q in %q\n", mark, d.Text[f.Start:f.End], d.Text[a:b])
		}
	}
}

// validationSet is the set the models' thresholds are chosen on: never
// trained on, read only for what the models add.
var validationSet = struct {
	name string
	docs func() []heldout.Doc
}{"unmarked", func() []heldout.Doc { return unmarked.Generate(1, 1500) }}

// TestNameModelValidate trains on every training set and scores the rules
// with and without the model on the validation set at several thresholds:
// how nameModelThreshold was chosen. It runs only with
// COMITY_NAME_MODEL=validate; COMITY_NAME_MODEL_SHOW=de or en lists what
// the model adds at the threshold in COMITY_NAME_MODEL_AT (0.3).
func TestNameModelValidate(t *testing.T) {
	if os.Getenv("COMITY_NAME_MODEL") != "validate" {
		t.Skip("set COMITY_NAME_MODEL=validate")
	}
	var texts []pii.NameText
	for _, s := range trainingSets {
		texts = append(texts, nameTexts(s.docs())...)
	}
	w := pii.TrainNameModel(append(texts, projectTexts()...), 4, 1)
	val := validationSet.docs()
	x := heldout.Evaluate(pii.NewWithNameModel(nil, 0), val)
	for _, th := range []float64{0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7} {
		y := heldout.Evaluate(pii.NewWithNameModel(w, th), val)
		for _, loc := range []string{heldout.DE, heldout.EN} {
			a, b := x.Score(loc, pii.PersonName), y.Score(loc, pii.PersonName)
			fmt.Printf("%s %s names @%.2f rules %.3f/%.3f +model %.3f/%.3f (found +%d, tp +%d)\n", validationSet.name, loc, th, a.Precision, a.Recall, b.Precision, b.Recall, b.Found-a.Found, b.TP-a.TP)
		}
	}
	if loc := os.Getenv("COMITY_NAME_MODEL_SHOW"); loc == heldout.DE || loc == heldout.EN {
		th := 0.3
		fmt.Sscan(os.Getenv("COMITY_NAME_MODEL_AT"), &th)
		showModelFindings(pii.NewWithNameModel(nil, 0), pii.NewWithNameModel(w, th), val, loc)
	}
}
