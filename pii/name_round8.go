package pii

import "strings"

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

// surnameWord reports whether a capitalised word the lexicons may lack can
// be a surname where the context says a name stands: no common word of
// the lists, no street, place, firm or German noun ("Familie Urlaub" is
// no family). A double surname with a known part always can
// ("Schulte-Brinkmann").
func surnameWord(w string) bool {
	if len(w) < 2 {
		return false
	}
	for _, p := range strings.Split(w, "-") {
		if surnames[p] && !pairAmbiguous(p) {
			return true
		}
	}
	return !nonNames[w] && !nameStop[w] && !placeWords[w] && !orgWords[w] && !streetWord(w) && !labelNoun(w) &&
		!deNounEnding(w) && !titles[w] && !moreTitles[w] && !notGiven[w]
}

// officialTitles are the abbreviated ranks of German courts, public
// prosecutors and offices that sign a record before a surname: "Rpfl."
// (Rechtspfleger/in), "Justizinsp." (Justizinspektor/in), "Justizsekr.",
// "Amtsinsp.", "Amtm." (Amtmann). Only a person's name follows them.
var officialTitles = set(`Rpfl. Justizinsp. Justizoberinsp. Justizamtsinsp. Justizsekr. Justizobersekr.
Justizhauptsekr. Justizang. Justizbesch. Justizamtm. Amtsinsp. Amtm. Regierungsinsp. Verwaltungsinsp. Obersekr.
Kriminalinsp. Polizeiinsp. Urkundsb.`)

// officialTitleName returns the name after such a title at i..e (e at its
// full stop), and where it starts, or (i, i).
func (s *scan) officialTitleName(i, e int) (int, int) {
	b := s.b
	if e+3 >= len(b) || b[e] != '.' || b[e+1] != ' ' || !officialTitles[string(b[i:e+1])] {
		return i, i
	}
	p := e + 2
	q := particleAt(b, p, false) // "Rpfl. von Berg"
	f := word(b, q)
	if f <= q+1 || q == p && !surnameWord(string(b[q:f])) && !givenWord(string(b[q:f])) {
		return i, i
	}
	if end := s.nameWords(q, 2); end > q+1 && !followedByLegalForm(b, end) {
		return p, end
	}
	return i, i
}

// familyName returns the end of the surname after "Familie " at i ("Familie
// Al-Hassan", "Familie von Arnim"), where it starts, or (i, i). German
// writes a family by its surname alone, so the lexicons need not know it;
// it must end its clause or a preposition follow ("Familie Urlaub
// planen" is none).
func familyName(b []byte, i int) (int, int) {
	st := i
	if st >= 8 && b[st-1] == ' ' && isLower(b[st-2]) {
		// A particle: "Familie von Arnim", "Familie zu Solms".
		st = particlesBefore(b, i)
	}
	if st < 8 || !hasPrefixAt(b, st-8, "Familie ") || st > 8 && (isAlpha(b[st-9]) || b[st-9] == '#' || b[st-9] == ' ' && st > 9 && b[st-10] == '#') {
		return i, i // not a family tree's heading, "# Familie Vogel"
	}
	if pairAmbiguous(string(b[i:word(b, i)])) {
		return i, i // "Familie Sommer", as the rule of known surnames
	}
	e := word(b, i)
	if e <= i+1 || !surnameWord(string(b[i:e])) || !rightOK(b, e) || e < len(b) && b[e] == ' ' && !familyWordAfter(b, e+1) {
		return i, i
	}
	return st, e
}

// fieldInitialSurname returns the end of an initial and a surname that
// fill a form's field or a table's cell ("Halter: K. Schulte-Brinkmann",
// "| B. Okonkwo |", "gez. F. Iwanow"), or i: the field says a name
// stands there, so the lexicons need not know the surname.
func fieldInitialSurname(b []byte, i int) int {
	if i+4 >= len(b) || !isUpper(b[i]) || b[i+1] != '.' || b[i+2] != ' ' {
		return i
	}
	j := i
	for j > 0 && i-j < 3 && b[j-1] == ' ' {
		j--
	}
	if !(j == 0 || b[j-1] == '|' || b[j-1] == '\t' || b[j-1] == ';' || b[j-1] == '=' || b[j-1] == '"' || colonBefore(b, i) || hasPrefixAt(b, max(0, j-4), "gez.")) {
		return i
	}
	p := i + 3
	q := particleAt(b, p, false) // "M. zu Solms"
	f := word(b, q)
	if f <= q+1 || !surnameWord(string(b[q:f])) || !fieldEnd(b, f) && !(f+1 < len(b) && b[f] == '.' && (b[f+1] == '\n' || b[f+1] == ' ')) {
		return i
	}
	if f < len(b) && b[f] == ' ' && b[f+1] == '(' {
		return f
	}
	return f
}

// labelSurnameFirst returns a name written surname first that fills a
// form's field after its label ("Patient/in: Brandl-Okafor, Gesine, geb.
// 1.2.1980", "Name: von Arnim, Leyla"), or a signature ("gez. Quast,
// Wiebke"), and where it starts; or (i, i). The label says a name stands
// there, so the lexicons need know only the given name.
func labelSurnameFirst(b []byte, i, e int) (int, int) {
	if e+3 >= len(b) || b[e+1] != ' ' {
		return i, i
	}
	if w := string(b[i:e]); !surnameWord(w) || firstNames[w] && !surnames[w] {
		return i, i
	}
	st := particlesBefore(b, i)
	if !(colonBefore(b, st) || st > 0 && b[st-1] == '=' || st >= 5 && hasPrefixAt(b, st-5, "gez. ")) {
		return i, i
	}
	g := word(b, e+2)
	if g <= e+3 || !givenWord(string(b[e+2:g])) {
		return i, i
	}
	g = secondGiven(b, g)
	// The field ends, or a birth date or name follows: ", geb.", ", *".
	if g == len(b) || b[g] == '\n' || b[g] == '\r' || b[g] == '\t' || b[g] == ';' || b[g] == '|' || b[g] == '"' ||
		hasPrefixAt(b, g, ", geb") || hasPrefixAt(b, g, ", *") {
		return st, g
	}
	return i, i
}

// familyWordAfter reports whether a preposition that may follow a family's
// name begins at p: "Familie Brinkhaus aus Kiel", "… für die Hilfe".
func familyWordAfter(b []byte, p int) bool {
	for _, w := range []string{"und ", "aus ", "für ", "in ", "mit ", "bei ", "zu ", "von ", "an "} {
		if hasPrefixAt(b, p, w) {
			return true
		}
	}
	return false
}
