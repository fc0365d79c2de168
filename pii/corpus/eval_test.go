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
		t.Run(s.Name(), func(t *testing.T) {
			if s.Gold == 0 {
				t.Fatal("no labelled spans: the corpus misses this type")
			}
			if want := Target(s); s.Precision < want || s.Recall < want {
				t.Errorf("precision %.4f recall %.4f, want both >= %.2f", s.Precision, s.Recall, want)
			}
		})
	}
}
