package pii

import "strings"

// usDirections precede or follow a street name: "N Oak St", "Avenue NW".
var usDirections = set(`N S E W NE NW SE SW North South East West Northeast Northwest Southeast Southwest`)

// usAddress reads, from p (the word after the house number), a US street
// line and what follows it on the same or the next lines: the street's
// name and USPS suffix, a secondary unit ("Apt 4B", "# 12"), and the city,
// state and ZIP code ("Dayton, OH 45402-1234").
func usAddress(b []byte, p int) (end int, ok bool) {
	j := p
	found := false
	for w := 0; w < 6; w++ {
		e := j
		for e < len(b) && e-j < 40 && (isAlnum(b[e]) || b[e] == '\'' || b[e] == '.' && e > j && isUpper(b[j]) && e-j <= 3 && e+1 < len(b) && b[e+1] == ' ') {
			e++
		}
		if e == j || !(isUpper(b[j]) || isDigit(b[j])) {
			return 0, false
		}
		if w > 0 && usStreetSuffixes[strings.TrimSuffix(string(b[j:e]), ".")] {
			end, found = e, true
			if b[e-1] == '.' {
				end--
			}
			// "Fox Run Trail", "Spring Hill Road": a suffix may name the
			// street before another.
			for end+1 < len(b) && b[end] == ' ' {
				f := end + 1
				g := f
				for g < len(b) && g-f < 15 && isAlpha(b[g]) {
					g++
				}
				if g == f || !usStreetSuffixes[string(b[f:g])] || !rightOK(b, g) && !(g < len(b) && b[g] == '.') {
					break
				}
				end = g
			}
			if end < len(b) && b[end] == '.' {
				end++
			}
			break
		}
		if e >= len(b) || b[e] != ' ' {
			return 0, false
		}
		j = e + 1
	}
	if !found {
		return 0, false
	}
	// A numbered road: "County Road 12", "US Highway 101", "Route 66".
	if usNumberedRoads[string(b[j:end])] && end+2 < len(b) && b[end] == ' ' && isDigit(b[end+1]) {
		if e := digitRun(b, end+1); e-end-1 <= 5 {
			end = e
			if end < len(b) && isUpper(b[end]) && !(end+1 < len(b) && isAlpha(b[end+1])) {
				end++ // "Route 9A"
			}
		}
	}
	// A trailing direction: "Avenue NW".
	if end+1 < len(b) && b[end] == ' ' {
		f := end + 1
		g := f
		for g < len(b) && g-f < 10 && isAlpha(b[g]) {
			g++
		}
		if g > f && usDirections[string(b[f:g])] && rightOK(b, g) && !(g+1 < len(b) && b[g] == ' ' && isLower(b[g+1])) {
			end = g
		}
	}
	// A secondary unit: ", Apt 4B", " Suite 200", "\nUnit 7", " # 12".
	if e, ok := usUnit(b, end); ok {
		end = e
	}
	// The city line: ", Dayton, OH 45402" or "\nDayton, OH 45402".
	if e, ok := usCityLine(b, end); ok {
		end = e
	}
	return end, rightOK(b, end) || end < len(b) && (b[end] == '.' || b[end] == ',')
}

// usSeparator returns where the next part of an address starts after a
// separator at p (", ", " ", "\n", ",\n"), or p when there is none.
func usSeparator(b []byte, p int) int {
	q := p
	if q < len(b) && b[q] == ',' {
		q++
	}
	if q < len(b) && (b[q] == ' ' || b[q] == '\n') {
		q++
		if q < len(b) && b[q] == ' ' && b[q-1] == '\n' {
			q++
		}
	}
	return q
}

// usUnit reads a secondary unit designator and its number after p.
func usUnit(b []byte, p int) (int, bool) {
	q := usSeparator(b, p)
	if q == p || q >= len(b) {
		return p, false
	}
	e := q
	if b[q] == '#' {
		e++
	} else {
		for e < len(b) && e-q < 12 && (isAlpha(b[e]) || b[e] == '.' && e > q) {
			e++
		}
		if !usUnits[string(b[q:e])] {
			return p, false
		}
	}
	if e < len(b) && b[e] == ' ' {
		e++
	}
	f := e
	for f < len(b) && f-e < 6 && (isAlnum(b[f]) || b[f] == '-' && f > e) {
		f++
	}
	if f == e || !hasDigitOrUpper(b[e:f]) || !rightOK(b, f) {
		return p, false
	}
	return f, true
}

func hasDigitOrUpper(b []byte) bool {
	for _, c := range b {
		if isDigit(c) || isUpper(c) {
			return true
		}
	}
	return false
}

// usCityLine reads ", City, ST 12345" (or the same on the next line) after
// p: up to four city words, a state's code and an optional ZIP or ZIP+4.
func usCityLine(b []byte, p int) (int, bool) {
	c := usSeparator(b, p)
	if c == p {
		return p, false
	}
	ce := c
	for words := 0; words < 4; words++ {
		e := word(b, ce)
		if e <= ce+1 {
			break
		}
		ce = e
		if ce < len(b) && b[ce] == '.' {
			ce++ // "St. Louis", "Ft. Myers"
		}
		if !(ce+1 < len(b) && b[ce] == ' ' && isUpper(b[ce+1]) && !(ce+3 < len(b) && isUpper(b[ce+2]) && (b[ce+3] == ' ' || b[ce+3] == ','))) {
			break
		}
		ce++
	}
	if ce == c {
		return p, false
	}
	s := ce
	if s < len(b) && b[s] == ',' {
		s++
	}
	if s >= len(b) || b[s] != ' ' || s+3 > len(b) || !usStates[string(b[s+1:s+3])] {
		return p, false
	}
	e := s + 3
	if e < len(b) && b[e] == ' ' {
		z := digitRun(b, e+1)
		if z-e-1 == 5 {
			e = z
			if z+5 <= len(b) && b[z] == '-' && digitRun(b, z+1) == z+5 {
				e = z + 5
			}
		}
	}
	if !rightOK(b, e) {
		return p, false
	}
	return e, true
}

// usNumberedRoads are suffixes that a road's number may follow.
var usNumberedRoads = set(`Road Rd Highway Hwy Route Rte Parkway Pkwy Expressway Expy Freeway Fwy`)

// usBoxOpeners come before the number of a post-office box or a rural
// route (USPS Publication 28, 2.5–2.7): "PO Box 8812", "RR 2 Box 45",
// "HC 61 Box 12".
var usBoxOpeners = []string{"PO Box ", "P.O. Box ", "P. O. Box ", "POB ", "Post Office Box ", "RR ", "Rural Route ",
	"HC ", "Highway Contract Route ", "PSC ", "CMR ", "Unit "}

// usBox tries a post-office box, rural route or military box whose number
// is the digit run [i, k): the opener before it, a box number after a
// route's ("RR 2 Box 45"), and the city line, which a box needs.
func (s *scan) usBox(i, k int) (start, end int, ok bool) {
	b := s.b
	start = -1
	for _, o := range usBoxOpeners {
		if q := i - len(o); q >= s.floor && hasPrefixAt(b, q, o) && leftOK(b, q) {
			start = q
			if o == "Unit " {
				// A military unit needs its box: "Unit 2050 Box 4190".
				if !hasPrefixAt(b, k, " Box ") {
					return 0, 0, false
				}
			}
			break
		}
	}
	if start < 0 {
		return 0, 0, false
	}
	end = k
	for _, box := range []string{" Box ", ", Box "} {
		if hasPrefixAt(b, end, box) {
			if e := digitRun(b, end+len(box)); e > end+len(box) {
				end = e
			}
			break
		}
	}
	if e, ok := usCityLine(b, end); ok {
		return start, e, true
	}
	return 0, 0, false
}
