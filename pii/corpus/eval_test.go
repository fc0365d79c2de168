package corpus

import (
	"os"
	"testing"

	"github.com/comity-project/comity/pii"
)

func TestEvaluateTargets(t *testing.T) {
	docs := Generate(Config{Seed: 1, Docs: 3000})
	rep := Evaluate(pii.Default, docs)
	if testing.Verbose() {
		rep.Write(os.Stdout)
	}
	for _, s := range rep.Scores {
		if s.Type.Class() != pii.ClassIdentifier {
			continue
		}
		t.Run(s.Type.String(), func(t *testing.T) {
			if s.Gold == 0 {
				t.Fatal("no labelled spans: the corpus misses this type")
			}
			if s.Precision < 0.98 || s.Recall < 0.98 {
				t.Errorf("precision %.4f recall %.4f, want both >= 0.98", s.Precision, s.Recall)
			}
		})
	}
}
