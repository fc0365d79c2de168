package pii

import "strings"

// usLowerSuffixes and usLowerUnits are Publication 28's suffixes and unit
// designators in lower case, for addresses typed without capitals
// ("2366 piney branch dr, fort worth, tx 76102").
var usLowerSuffixes, usLowerUnits = lowerOf(usStreetSuffixes), lowerOf(usUnits)

func lowerOf(m map[string]bool) map[string]bool {
	l := map[string]bool{}
	for w := range m {
		l[strings.TrimSuffix(strings.ToLower(w), ".")] = true
	}
	return l
}

// usLowerDirections are the directions in lower case, as typed.
var usLowerDirections = set(`n s e w ne nw se sw north south east west northeast northwest southeast southwest`)

// usLowerAddress reads, from p (the word after the house number), a US
// address typed all in lower case: a street ending in a suffix, a
// direction and unit, and then — required, since lower case words are
// everywhere — the city, the state's code and the ZIP code.
func usLowerAddress(b []byte, p int, cued bool) (int, bool) {
	j, end := p, -1
	for w := 0; w < 7 && j < len(b); w++ {
		e := j
		for e < len(b) && e-j < 30 && (isLower(b[e]) || isDigit(b[e]) || b[e] == '\'') {
			e++
		}
		if e == j {
			return 0, false
		}
		word := string(b[j:e])
		if e < len(b) && b[e] == '.' && usLowerDirections[word] {
			e++ // "n. poplar pt"
		}
		if w > 0 && usLowerSuffixes[word] {
			end = e
			// "piney branch dr", "indian hill circle": a suffix may name
			// the street before another.
			// Or two: "harbor view lane". Or a word between: "prairie
			// wind ter".
			for k := 0; k < 2; k++ {
				if n := usLowerNext(b, end); n > end && usLowerSuffixes[string(b[end+1:n])] && !usLowerUnits[string(b[end+1:n])] {
					end = n
				} else if m := usLowerNext(b, n); k == 0 && n > end && m > n && usLowerSuffixes[string(b[n+1:m])] && !usLowerUnits[string(b[n+1:m])] &&
					!usLowerUnits[string(b[end+1:n])] && !usLowerDirections[string(b[end+1:n])] {
					end = m
				} else {
					break
				}
			}
			break
		}
		if e >= len(b) || b[e] != ' ' {
			return 0, false
		}
		j = e + 1
	}
	if end < 0 {
		return 0, false
	}
	// A direction after the suffix: "ter nw".
	if n := usLowerNext(b, end); n > end && usLowerDirections[string(b[end+1:n])] {
		end = n
	}
	// A unit: " apt b", ", lot 6f", " trlr 4b", " apt. 567", ", ste 1727".
	if q := usSeparator(b, end); q > end {
		u := q
		for u < len(b) && u-q < 10 && isLower(b[u]) {
			u++
		}
		if u == q && u+1 < len(b) && b[u] == '#' && isDigit(b[u+1]) {
			end = digitRun(b, u+1) // "#22"
		} else if u == q && u+2 < len(b) && b[u] == '#' && b[u+1] == ' ' && isDigit(b[u+2]) {
			end = digitRun(b, u+2) // "# 22"
		} else if usLowerUnits[string(b[q:u])] {
			if u < len(b) && b[u] == '.' {
				u++
			}
			if u+1 < len(b) && b[u] == ' ' {
				v := u + 1
				for v < len(b) && v-u <= 6 && isAlnum(b[v]) {
					v++
				}
				if v > u+1 && v-u <= 6 {
					end = v
				}
			}
		}
	}
	return usLowerCityLine(b, end, cued)
}

// usLowerNext returns the end of the lower-case word after the space at
// p, or p.
func usLowerNext(b []byte, p int) int {
	if p+1 >= len(b) || b[p] != ' ' {
		return p
	}
	e := p + 1
	for e < len(b) && isLower(b[e]) {
		e++
	}
	if e == p+1 || e < len(b) && isAlnum(b[e]) {
		return p
	}
	return e
}

// usPlaceCues are the words before a house number that say a place
// follows: "the job is at", "navigate to", "ship it to".
var usPlaceCues = set(`at to from is address addr located deliver ship send`)

// usLowerCued reports whether the word before the house number at i is one
// of usPlaceCues, or the number opens a line or a cell.
func usLowerCued(b []byte, i int) bool {
	// A field that the number opens: a cell of a table or an export
	// ("…\tme\t4850 bay cir #630 baton rouge, la 70871"), or a line. The
	// field holds a value, not a sentence.
	if i == 0 || b[i-1] == '\t' || b[i-1] == '\n' || i >= 2 && b[i-1] == ' ' && b[i-2] == '|' {
		return true
	}
	if i < 3 || b[i-1] != ' ' {
		return false
	}
	q := i - 1
	for q > 0 && isLower(b[q-1]) && i-q < 10 {
		q--
	}
	return q < i-1 && (q == 0 || !isAlnum(b[q-1])) && usPlaceCues[string(b[q:i-1])]
}

// usLowerFunction are words of a sentence that no city's name begins with.
var usLowerFunction = set(`for to the and or at in on of from by with call me you we us it is be this that then so but if as
please thanks near`)

// usLowerCityLine reads ", fort worth, tx 76102" (or "-3329" after it)
// after p: up to four words of a city, a state's code and a ZIP code.
func usLowerCityLine(b []byte, p int, cued bool) (int, bool) {
	// Parted by a comma or a line break: in lower case, a street's words
	// and a sentence's are told apart by little else ("555 court st for
	// details, ny 10001"). Without the comma, only after a word that says
	// a place follows (cued: "the job is at …").
	spaced := cued && p+1 < len(b) && b[p] == ' ' && isLower(b[p+1])
	if p >= len(b) || b[p] != ',' && b[p] != '\n' && b[p] != '\t' && !spaced {
		return 0, false
	}
	c, most := usSeparator(b, p), 4
	if spaced {
		// Spoken or typed without commas ("the job is at 15956 meadow loop
		// anchorage, ak 99501"): the city is one or two words, not a
		// function word, and a comma still parts it from the state.
		c, most = p+1, 2
		if usLowerFunction[string(b[c:wordEnd(b, c)])] {
			return 0, false
		}
	}
	if c == p {
		return 0, false
	}
	e := c
	for words := 0; words < most; words++ {
		f := e
		for f < len(b) && f-e < 20 && (isLower(b[f]) || (b[f] == '-' || b[f] == '\'') && f > e) {
			f++
		}
		if f == e {
			return 0, false
		}
		if f < len(b) && b[f] == '.' {
			f++ // "st. louis"
		}
		if z, ok := usLowerStateZip(b, f); ok && (!spaced || b[f] == ',') {
			return z, true
		}
		if f >= len(b) || b[f] != ' ' {
			return 0, false
		}
		e = f + 1
	}
	return 0, false
}

// usLowerStateZip reads ", tx 76102" or " tx 76102-3329" at p.
func usLowerStateZip(b []byte, p int) (int, bool) {
	s := p
	if s < len(b) && b[s] == ',' {
		s++
	}
	if s >= len(b) || b[s] != ' ' {
		return 0, false
	}
	s++
	if s+8 > len(b) || !isLower(b[s]) || !isLower(b[s+1]) || b[s+2] != ' ' ||
		!usStates[strings.ToUpper(string(b[s:s+2]))] {
		return 0, false
	}
	z := s + 3
	d := digitRun(b, z)
	if d-z != 5 {
		return 0, false
	}
	if d+5 <= len(b) && b[d] == '-' && digitRun(b, d+1) == d+5 {
		d += 5
	}
	return d, rightOK(b, d)
}
