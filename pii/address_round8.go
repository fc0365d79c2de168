package pii

import "bytes"

// usSuffixGoesOn returns the end of a street whose name begins with a word
// that is also a USPS suffix ("Prairie Wind Terrace", "Park Shore Dr",
// "Grove Hollow Ln"): one or two capitalised words after the suffix at
// end, then a suffix that ends the street before a comma, a unit, a line's
// end or a city. Or end, when none follows.
func usSuffixGoesOn(b []byte, end int) int {
	f := end
	// In capitals when the street is: "N PRAIRIE WIND ROAD".
	caps := end >= 2 && isUpper(b[end-1]) && isUpper(b[end-2])
	for n := 0; n < 2; n++ {
		if f+3 >= len(b) || b[f] != ' ' || !isUpper(b[f+1]) || !(isLower(b[f+2]) || caps && isUpper(b[f+2])) {
			return end
		}
		g := f + 1
		for g < len(b) && g-f < 16 && isAlpha(b[g]) {
			g++
		}
		if g == len(b) || b[g] != ' ' || usUnits[string(b[f+1:g])] || usDirections[string(b[f+1:g])] || usStates[string(b[f+1:g])] {
			return end
		}
		h := g + 1
		for h < len(b) && h-g < 16 && isAlpha(b[h]) {
			h++
		}
		if h > g+1 && isUpper(b[g+1]) && usStreetSuffixes[string(b[g+1:h])] && (h == len(b) || b[h] == ',' || b[h] == '.' || b[h] == '\n' || b[h] == ' ' || b[h] == '"' || b[h] == '|' || b[h] == ';' || b[h] == '\t') {
			if caps && usStateZIPAt(b, h) {
				return end // the city before its state: "BROOKSIDE TER SIOUX FALLS, SD 57104"
			}
			return h
		}
		f = g
	}
	return end
}

// cityColumn reports whether the separator at p parts the cells of a
// table whose header line, above p's line, names a city column of its own
// ("Name;Street;City;State;ZIP", "street<TAB>city<TAB>zip"): the street's
// cell holds the street only, and the city is another field.
func cityColumn(b []byte, p int) bool {
	sep := b[p]
	ls := p
	for ls > 0 && b[ls-1] != '\n' {
		ls--
	}
	// The header is the nearest line above with the separator and no
	// digit, read within a few kilobytes.
	for n, e := 0, ls-1; n < 40 && e > 0 && ls-e < 4096; n++ {
		s := e
		for s > 0 && b[s-1] != '\n' {
			s--
		}
		line := b[s:e]
		digit := false
		for _, c := range line {
			digit = digit || isDigit(c)
		}
		if !digit && len(line) > 0 && bytes.IndexByte(line, sep) >= 0 {
			for _, c := range [][]byte{[]byte("City"), []byte("city"), []byte("CITY")} {
				if k := bytes.Index(line, c); k > 0 && line[k-1] == sep {
					return true
				}
			}
			return false
		}
		e = s - 1
	}
	return false
}

// usStateZIPAt reports whether ", SD 57104" or " KY 11729" (a state's
// code and a ZIP code) is at p.
func usStateZIPAt(b []byte, p int) bool {
	if p < len(b) && b[p] == ',' {
		p++
	}
	return p+8 <= len(b) && b[p] == ' ' && usStates[string(b[p+1:p+3])] && b[p+3] == ' ' && digitRun(b, p+4)-p-4 == 5
}
