package pii_test

import (
	"fmt"
	"os"
	"testing"

	"github.com/comity-project/comity/pii"
	"github.com/comity-project/comity/pii/heldout"
)

// TestNameModelValidateZH trains the Chinese reading on every training set
// and scores the rules with and without it on the validation set's
// Chinese names at several thresholds: how nameModelZHThreshold was
// chosen. It runs only with COMITY_NAME_MODEL=validate.
func TestNameModelValidateZH(t *testing.T) {
	if os.Getenv("COMITY_NAME_MODEL") != "validate" {
		t.Skip("set COMITY_NAME_MODEL=validate")
	}
	var texts []pii.NameText
	for _, s := range trainingSets {
		texts = append(texts, nameTexts(s.docs())...)
	}
	w := pii.TrainNameModelZH(texts, 4, 1)
	val := validationSet.docs()
	a := heldout.Evaluate(pii.NewWithNameModelZH(nil, 0), val).Score(heldout.ZH, pii.PersonName)
	fmt.Printf("%s zh names rules %.3f/%.3f (found %d, tp %d)\n", validationSet.name, a.Precision, a.Recall, a.Found, a.TP)
	for _, th := range []float64{0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9} {
		b := heldout.Evaluate(pii.NewWithNameModelZH(w, th), val).Score(heldout.ZH, pii.PersonName)
		fmt.Printf("%s zh names @%.2f +model %.3f/%.3f (found +%d, tp +%d)\n", validationSet.name, th, b.Precision, b.Recall, b.Found-a.Found, b.TP-a.TP)
	}
	if os.Getenv("COMITY_NAME_MODEL_SHOW") == "zh" {
		showModelFindings(pii.NewWithNameModelZH(nil, 0), pii.NewWithNameModelZH(w, 0.3), val, heldout.ZH)
	}
}

// TestNameModelHeldOutZH trains the Chinese reading on all training sets
// but one and scores the rules with and without it on that one's Chinese
// names. It runs only with COMITY_NAME_MODEL=loco.
func TestNameModelHeldOutZH(t *testing.T) {
	if os.Getenv("COMITY_NAME_MODEL") != "loco" {
		t.Skip("set COMITY_NAME_MODEL=loco")
	}
	sets := make([][]heldout.Doc, len(trainingSets))
	texts := make([][]pii.NameText, len(sets))
	for i, s := range trainingSets {
		sets[i] = s.docs()
		texts[i] = nameTexts(sets[i])
	}
	rules := pii.NewWithNameModelZH(nil, 0)
	var found, tp int
	for i, s := range trainingSets {
		if only := os.Getenv("COMITY_NAME_MODEL_SET"); only != "" && only != s.name {
			continue
		}
		var train []pii.NameText
		for j := range trainingSets {
			if j != i {
				train = append(train, texts[j]...)
			}
		}
		w := pii.TrainNameModelZH(train, 4, 1)
		x := heldout.Evaluate(rules, sets[i]).Score(heldout.ZH, pii.PersonName)
		y := heldout.Evaluate(pii.NewWithNameModelZH(w, pii.NameModelZHThreshold), sets[i]).Score(heldout.ZH, pii.PersonName)
		fmt.Printf("%-10s zh names  rules %.3f/%.3f  +model %.3f/%.3f (found +%d, tp +%d)\n", s.name, x.Precision, x.Recall, y.Precision, y.Recall, y.Found-x.Found, y.TP-x.TP)
		if os.Getenv("COMITY_NAME_MODEL_SHOW") == s.name+"zh" {
			showModelFindings(rules, pii.NewWithNameModelZH(w, pii.NameModelZHThreshold), sets[i], heldout.ZH)
		}
		found += y.Found - x.Found
		tp += y.TP - x.TP
	}
	fmt.Printf("zh: model adds %d findings, %d of them names (%.3f)\n", found, tp, float64(tp)/float64(max(found, 1)))
}
