package pii

import "strings"

// deOrtsteil returns the end of the district that the post adds after a
// city's name (DIN 5008 allows it on the city line): "04179 Leipzig OT
// Lindenau", "Ortsteil Wahren". Or e when none follows.
func deOrtsteil(b []byte, e int) int {
	q := e
	switch {
	case hasPrefixAt(b, e, " OT "):
		q = e + 4
	case hasPrefixAt(b, e, " Ortsteil "):
		q = e + len(" Ortsteil ")
	case hasPrefixAt(b, e, ", OT "):
		q = e + 5
	default:
		// A quarter's point of the compass that ends the line or the
		// field: "65205 Birkenwerder West".
		for _, d := range []string{" Nord", " Süd", " West", " Ost", " Mitte"} {
			if f := e + len(d); hasPrefixAt(b, e, d) && (f == len(b) || strings.IndexByte("\n\r,;\"\t|).", b[f]) >= 0 || hasPrefixAt(b, f, " (") || hasPrefixAt(b, f, " |")) {
				return f
			}
		}
		return e
	}
	if f := deCityWord(b, q); f > q+1 && rightOK(b, f) {
		return f
	}
	return e
}
