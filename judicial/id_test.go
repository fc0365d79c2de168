package judicial

import (
	"testing"

	"github.com/comity-project/comity/pii"
)

// TestCaseIDsOpaque: a case id goes to the public ledger as it is, whose
// screen refuses personal information. No id may read as any: with
// vowels in the alphabet one id in two thousand did ("US-CN-AMY7ALH…"),
// and the case's decision could not be logged.
func TestCaseIDsOpaque(t *testing.T) {
	c := &Case{Requesting: "US", Holding: "CN"}
	for n := 0; n < 20000; n++ {
		id := newID(c)
		if !ValidCaseID(id) {
			t.Fatalf("%q: not a valid case id", id)
		}
		if k := (pii.Screen{}).Find(id); len(k) > 0 {
			t.Fatalf("%q reads as personal information (%v)", id, k)
		}
	}
}
