package pii

import (
	"bytes"
	"strings"
)

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
	if f > g+2 && firstNames[string(b[g+1:f])] && !loneAmbiguous[string(b[g+1:f])] && !nameStop[string(b[g+1:f])] {
		return f
	}
	return g
}

// surnameWord reports whether a capitalised word the lexicons may lack can
// be a surname where the context says a name stands: no common word of
// the lists, no street, place, firm or German noun ("Familie Urlaub" is
// no family). A double surname with a known part always can
// ("Schulte-Brinkmann").
func surnameWord(w []byte) bool {
	if len(w) < 2 {
		return false
	}
	for p := w; len(p) > 0; {
		k := bytes.IndexByte(p, '-')
		if k < 0 {
			k = len(p)
		}
		if surnames[string(p[:k])] && !pairAmbiguous(string(p[:k])) {
			return true
		}
		p = p[min(k+1, len(p)):]
	}
	// (The map lookups of string(w) do not copy w.)
	return !nonNames[string(w)] && !nameStop[string(w)] && !placeWords[string(w)] && !orgWords[string(w)] &&
		!titles[string(w)] && !moreTitles[string(w)] && !notGiven[string(w)] && surnameShape(string(w))
}

// surnameShape reports whether w is no street and no German noun by its
// ending: the tests that need w as a string, run last.
//
// Streets ending as surnames do ("Holtkamp", "Hellweg", "Wittenring") are
// kept: the contexts that ask for a surname (an initial before it, a given
// name after its comma, "Familie" before it) are no street's.
func surnameShape(w string) bool {
	if streetWord(w) {
		l := strings.ToLower(w)
		for _, suf := range []string{"kamp", "weg", "ring", "damm", "graben", "deich"} {
			if strings.HasSuffix(l, suf) && len(l) > len(suf)+2 {
				return !labelNoun(w) && !deNounEnding(w)
			}
		}
		return false
	}
	return !labelNoun(w) && !deNounEnding(w)
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
	if f <= q+1 || q == p && !surnameWord(b[q:f]) && !givenWord(string(b[q:f])) {
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
	// The cheap tests first: this runs for every capitalised word.
	if i < 8 || b[i-1] != ' ' || !isLower(b[i-2]) {
		return i, i
	}
	st := i
	// Up to two particles: "Familie von Arnim", "Familie von der Heide".
	for k := 0; k < 2 && !(b[st-2] == 'e' && hasPrefixAt(b, st-8, "Familie ")); k++ {
		j := st - 2
		for j > 0 && st-j < 6 && isLower(b[j-1]) {
			j--
		}
		if j < 9 || b[j-1] != ' ' || !lowerParticles[string(b[j:st-1])] {
			return i, i
		}
		st = j
	}
	if st < 8 || !hasPrefixAt(b, st-8, "Familie ") || st > 8 && (isAlpha(b[st-9]) || b[st-9] == '#' || b[st-9] == ' ' && st > 9 && b[st-10] == '#') {
		return i, i // not a family tree's heading, "# Familie Vogel"
	}
	if pairAmbiguous(string(b[i:word(b, i)])) {
		return i, i // "Familie Sommer", as the rule of known surnames
	}
	e := word(b, i)
	if e <= i+1 || !surnameWord(b[i:e]) || !rightOK(b, e) || e < len(b) && b[e] == ' ' && !familyWordAfter(b, e+1) {
		return i, i
	}
	return st, e
}

// fieldInitialSurname returns the end of an initial and a surname that
// fill a form's field or a table's cell ("Halter: K. Schulte-Brinkmann",
// "| B. Okonkwo |", "gez. F. Iwanow"), or i: the field says a name
// stands there, so the lexicons need not know the surname.
func fieldInitialSurname(b []byte, i int) int {
	d := initialAt(b, i)
	if d == i || d+2 >= len(b) || b[d] != ' ' {
		return i
	}
	j := i
	for j > 0 && i-j < 3 && b[j-1] == ' ' {
		j--
	}
	if !(j == 0 || b[j-1] == '|' || b[j-1] == '\t' || b[j-1] == ';' || b[j-1] == '=' || b[j-1] == '"' || colonBefore(b, i) || hasPrefixAt(b, max(0, j-4), "gez.")) {
		return i
	}
	p := d + 1
	q := particleAt(b, p, false) // "M. zu Solms"
	f := word(b, q)
	if f <= q+1 || !surnameWord(b[q:f]) || !fieldEnd(b, f) && !(f+1 < len(b) && b[f] == '.' && (b[f+1] == '\n' || b[f+1] == ' ')) {
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
	st := particleStart(b, i)
	if !(colonBefore(b, st) || st > 0 && b[st-1] == '=' || st >= 5 && hasPrefixAt(b, st-5, "gez. ")) {
		return i, i
	}
	if !surnameWord(b[i:e]) || firstNames[string(b[i:e])] && !surnames[string(b[i:e])] {
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

// particleStart returns where a surname's particles before i begin ("von
// Arnim", "de la Cruz"), or i; particlesBefore is run only after a short
// lower-case word, as particles are.
func particleStart(b []byte, i int) int {
	if i < 4 || b[i-1] != ' ' || !isLower(b[i-2]) {
		return i
	}
	j := i - 2
	for j > 0 && i-j < 6 && isLower(b[j-1]) {
		j--
	}
	if i-j > 4 || j > 0 && isAlpha(b[j-1]) || !lowerParticles[string(b[j:i-1])] {
		return i
	}
	return particlesBefore(b, i)
}

// lowerParticles are the particles particleStart looks for.
var lowerParticles = set(`von zu vom zum zur van de der den la le di da du del dos das ter ten`)

// fieldThirdSurname returns the end of a surname the lexicons lack after
// two given names ending at e, when the three fill a field or a cell that
// opens at i ("| Thi Lan Brinkhaus |", "Arbeitgeber/in: Anna Lena
// Brinkhaus\n"), or e. Two known given names in a row say a person
// stands there; the field's end says the third word is the last.
func fieldThirdSurname(b []byte, i, e int) int {
	if e+3 >= len(b) || b[e] != ' ' || !capAt(b, e+1) || !capsFieldStart(b, i) && !(i > 0 && b[i-1] == '=') {
		return e
	}
	f := word(b, e+1)
	if f <= e+2 || f < len(b) && b[f] != '\n' && b[f] != '|' && b[f] != ';' && b[f] != '\t' && b[f] != '\r' && !hasPrefixAt(b, f, " |") || !surnameWord(b[e+1:f]) {
		return e
	}
	return f
}
