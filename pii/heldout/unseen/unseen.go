package unseen

import (
	"math/rand/v2"

	"github.com/comity-project/comity/pii/heldout"
)

// kind is one kind of document and the template that writes it with marks.
type kind struct {
	Name  string
	Write func(*rand.Rand) string
}

// DefaultN is the number of documents Generate returns when asked for 0.
const DefaultN = 1500

// Generate returns n labelled documents (DefaultN if n is 0), cycling through
// the locales zh, de and en so that each has a third. The same seed and n give
// the same documents; document i depends only on the seed and i, so a larger
// n extends a smaller one.
func Generate(seed uint64, n int) []heldout.Doc {
	if n <= 0 {
		n = DefaultN
	}
	locales := []struct {
		Locale string
		Kinds  []kind
	}{{heldout.ZH, zhKinds}, {heldout.DE, deKinds}, {heldout.EN, enKinds}}
	docs := make([]heldout.Doc, 0, n)
	for i := 0; i < n; i++ {
		r := rand.New(rand.NewPCG(seed, uint64(i)))
		l := locales[i%len(locales)]
		k := l.Kinds[r.IntN(len(l.Kinds))]
		docs = append(docs, render(l.Locale, k.Name, k.Write(r)))
	}
	return docs
}
