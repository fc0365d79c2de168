package pii

// Round 8 (issue 18): English names.

// eponymNouns are the nouns a person's possessive names a thing after
// them: "Lou Gehrig's disease", "Bell's palsy", "Murphy's law". The name
// is the thing's, not a person mentioned in the text.
var eponymNouns = set(`disease diseases syndrome palsy disorder sarcoma lymphoma anomaly sign law laws principle
theorem razor paradox constant equation rule dilemma`)

// eponymAfter reports whether the name ending at e is a possessive that
// names a disease, a law or a theorem after a person.
func eponymAfter(b []byte, e int) bool {
	if e < 2 || b[e-2] != '\'' || b[e-1] != 's' || e+2 >= len(b) || b[e] != ' ' {
		return false
	}
	p := e + 1
	q := p
	for q < len(b) && isLower(b[q]) {
		q++
	}
	return q > p && eponymNouns[string(b[p:q])]
}

// clauseAfter reports whether a lower-case word follows the word ending at
// e: "(Allen) Haddad, Brantley worked 13 years" is a sentence whose
// subject is Brantley, not a list's "Surname, Given" entry, which ends
// its cell or line or takes an initial. An abbreviation is no verb: the
// register's "Pohl, Klaus geb. Kessler" is one entry.
func clauseAfter(b []byte, e int) bool {
	if e+2 >= len(b) || b[e] != ' ' {
		return false
	}
	q := e + 1
	for q < len(b) && isLower(b[q]) {
		q++
	}
	return q-e > 2 && (q == len(b) || b[q] == ' ')
}

// parkSurname reports whether "Park" at [p, e2) after the given name at
// [i, e) is the surname, one of the most common Korean ones: the given
// name is no surname nor a word ("Grant Park", "Lincoln Park", "Victoria
// Park" are places), no place word follows ("Park Avenue", "Park Slope"),
// and no preposition or article puts a place before it ("meet at Olivia
// Park").
func parkSurname(b []byte, i, e, p, e2 int) bool {
	if string(b[p:e2]) != "Park" || p != e+1 && !(p == e+4 && b[e+2] == '.') { // "Marisol E. Park"
		return false
	}
	w1 := string(b[i:e])
	if surnames[w1] || loneAmbiguous[w1] || placeWords[w1] || e2+1 < len(b) && b[e2] == ' ' && capAt(b, e2+1) || e2 < len(b) && b[e2] == '\'' {
		return false
	}
	w, _ := wordBefore(b, i)
	return !placePrepositions[string(w)]
}

// placePrepositions put a place after them.
var placePrepositions = set(`at in near to from into the through around across past behind outside inside
At In Near To From Into The Through Around Across Past Behind Outside Inside`)

// shortSyllable reports whether a syllable of two to five lower-case
// letters begins at p and ends the word: the second half of a romanised
// Korean or Chinese given name ("Ji-woo", "Seo-yeon", "Shu-fen").
func shortSyllable(b []byte, p int) bool {
	q := p
	for q < len(b) && isLower(b[q]) {
		q++
	}
	return q-p >= 2 && q-p <= 5 && (q == len(b) || !isAlpha(b[q]) && b[q] != '-' && b[q] < 0x80)
}

// listBullet reports whether a list item's bullet opens the line before i:
// "- Maria (host)", "* Ken to bring chairs". Like a line's start, it needs
// a verb or the clause's end after the name.
func listBullet(b []byte, i int) bool {
	return i >= 2 && b[i-1] == ' ' && (b[i-2] == '-' || b[i-2] == '*') && (i == 2 || b[i-3] == '\n')
}

// initialParticleSurname returns the end of a surname after an initial that a
// particle opens ("T. de la Cruz", "L. Van Der Berg", "G. St. Clair") or
// that is Park, the Korean surname the lexicons keep from standing alone
// ("C. Park"), or p; the surname ends the name.
func initialParticleSurname(b []byte, p int) int {
	q := particleAt(b, p, false)
	if q == p {
		q = particleAt(b, p, true)
	}
	f := word(b, q)
	if f <= q+1 || !rightOK(b, f) || f+1 < len(b) && b[f] == ' ' && capAt(b, f+1) || followedByLegalForm(b, f) {
		return p
	}
	if q > p && !nameStop[string(b[q:f])] || q == p && string(b[q:f]) == "Park" {
		return f
	}
	return p
}
