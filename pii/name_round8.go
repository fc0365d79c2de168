package pii

// secondGiven returns the end of a second given name that follows the
// given name ending at g, as a name written surname first lists it
// ("Nguyen, Thi Lan", "Becker, Anna Lena"), or g. Vietnamese given names
// are two words as a rule, and German double names are often written
// without their hyphen; the rules that read such a name check that the
// field ends after it.
func secondGiven(b []byte, g int) int {
	if g+3 >= len(b) || b[g] != ' ' || !capAt(b, g+1) {
		return g
	}
	f := word(b, g+1)
	if w := string(b[g+1 : f]); f > g+2 && firstNames[w] && !loneAmbiguous[w] && !nameStop[w] {
		return f
	}
	return g
}
