package pii

import "bytes"

// Session 20 (issue 18): names read on unforeseen. In capitals, a second
// given name and a middle initial without its period ("JUAN CARLOS V
// GOMEZ", "ITZEL E RAMIREZ", "HERNANDEZ, JOSE LUIS K") and a court
// caption's two parties; list and register entries surname first,
// doorbells, a midwife's list, a greeting in lower case, fixed-width rows.
// No persons (notPerson20): a law firm's partners ("HUNT & HENRIQUES",
// "HOLLIS & MORGAN LLP"), a law, a prize or a foundation named after
// people ("Jacob Wetterling Act", "Schleyer-Preis"), a court's or a firm's
// town.

// capsSecondGiven returns, for a word in capitals at p that the lexicons
// know as a given name and that a middle initial or another word in
// capitals follows, the start of what follows it ("JUAN CARLOS| V GOMEZ",
// "BETTY LOU| X CAMPBELL"); or p.
func capsSecondGiven(b []byte, p int) int {
	var w [32]byte
	e, n := capsWord(b, p, &w)
	if e == p || e+2 >= len(b) || b[e] != ' ' || !isUpper(b[e+1]) || !isFirstNameB(w[:n]) || nameStop[string(w[:n])] {
		return p
	}
	if e+2 == len(b) || !isAlnum(b[e+2]) && b[e+2] != '\'' && b[e+2] < 0x80 {
		return e + 1 // a middle initial follows
	}
	var w2 [32]byte
	if e2, n2 := capsWord(b, e+1, &w2); e2 > e+1 && isSurnameB(w2[:n2]) && !isFirstNameB(w2[:n2]) && fieldEnd(b, e2) {
		return e + 1 // a surname that ends the field follows: "JO ELLEN YAMAMOTO"
	}
	return p
}

// firmForms end a firm's name: "HOLLIS & MORGAN LLP", "PATENAUDE & FELIX
// APC".
var firmForms = set(`LLP LLC APC PC PS PA PLLC PLC LP Inc Corp Ltd GmbH AG KG LLP. P.C. P.A.`)

// firmPartner reports whether the name at start..end is a partner's name
// in a firm's: a legal form ends it or follows it, or it follows "&" after
// a word in capitals that is no given name ("HUNT & HENRIQUES",
// "LEIBSKER & MOORE"; "JOHN & MARY SMITH" is a couple).
func firmPartner(b []byte, start, end int) bool {
	if l := lastSpace(b, start, end); l > start && firmForms[string(b[l+1:end])] {
		return true
	}
	if end+2 < len(b) && b[end] == ' ' {
		f := end + 1
		g := f
		for g < len(b) && g-f < 6 && (isAlpha(b[g]) || b[g] == '.') {
			g++
		}
		if firmForms[string(b[f:g])] && rightOK(b, g) {
			return true
		}
	}
	if start < 4 || b[start-1] != ' ' || b[start-2] != '&' || b[start-3] != ' ' || !allCaps(b[start:end]) {
		return false
	}
	q := start - 3
	p := q
	for p > 0 && isUpper(b[p-1]) {
		p--
	}
	var w [32]byte
	e, n := capsWord(b, p, &w)
	return e == q && n > 1 && !isFirstNameB(w[:n])
}

// allCaps reports whether w holds no lower-case ASCII letter.
func allCaps(w []byte) bool {
	for _, c := range w {
		if isLower(c) {
			return false
		}
	}
	return true
}

// listEntry reports whether a list's number opens the line right before
// i: "1. ", "12. ". In a list of candidates or members the entry is the
// person, surname first ("1. Schulz, Jördis, Dipl.-Verwaltungswirtin").
func listEntry(b []byte, i int) bool {
	if i < 3 || b[i-1] != ' ' || b[i-2] != '.' || !isDigit(b[i-3]) {
		return false
	}
	j := i - 3
	for j > 0 && i-3-j < 2 && isDigit(b[j-1]) {
		j--
	}
	return j == 0 || b[j-1] == '\n'
}

// registerBirth reports whether a commercial register's town and birth
// date follow a name at g, as the register writes a person: "Heinrich,
// Horst, Hagen, *03.01.1969", "Ngo, Hung, Dr., Hohenwiesen, *13.09.1980".
func registerBirth(b []byte, g int) bool {
	if !hasPrefixAt(b, g, ", ") {
		return false
	}
	for p := g + 2; p < len(b) && p-g < 60; p++ {
		switch b[p] {
		case '\n', ';', ':':
			return false
		case '*':
			return b[p-1] == ' ' && b[p-2] == ',' && p+1 < len(b) && isDigit(b[p+1])
		}
	}
	return false
}

// registerSkip returns where the scan goes on after a name that ends at
// g: past a register's town to its birth date's star (registerBirth), so
// that the town is read as no name ("Hagen"); or g.
func registerSkip(b []byte, g int) int {
	if !registerBirth(b, g) {
		return g
	}
	for p := g; p < len(b); p++ {
		if b[p] == '*' {
			return p
		}
	}
	return g
}

// bellCue reports whether a doorbell's word comes right before i:
// "klingel ", "Klingel: ".
func bellCue(b []byte, i int) bool {
	return i >= 8 && (hasPrefixAt(b, i-8, "klingel ") || hasPrefixAt(b, i-8, "Klingel ")) ||
		i >= 9 && (hasPrefixAt(b, i-9, "Klingel: ") || hasPrefixAt(b, i-9, "klingel: "))
}

// bellNames emits the surnames on a doorbell from i, the first ending at
// e, parted by slashes ("Grabowska/Nguyen", "Stein-Kowalenko/Kowalenko"),
// and returns the last one's end, or i. Each must be a surname's word:
// no number, floor or common word ("Klingel 4", "Klingel defekt").
func (s *scan) bellNames(i, e int) int {
	b := s.b
	end := i
	for p, q := i, e; ; {
		if q-p < 3 || q < len(b) && b[q] == '.' && q+1 < len(b) && b[q+1] == ' ' && isDigit(b[min(q+2, len(b)-1)]) || !surnameWord(b[p:q]) && !isSurnameB(b[p:q]) {
			break // "Klingel: Nr. 4"
		}
		s.emit(PersonName, p, q, 0.75, "context:doorbell")
		end = q
		if q+2 >= len(b) || b[q] != '/' || !capAt(b, q+1) {
			break
		}
		p = q + 1
		q = p
		for q < len(b) && q-p < 40 && (isAlpha(b[q]) || b[q] >= 0x80 || b[q] == '-') {
			q++
		}
	}
	return end
}

// indentedLine reports whether only spaces stand between the line's start
// and i: "   Ida kam am 18.11.".
func indentedLine(b []byte, i int) bool {
	j := i
	for j > 0 && i-j < 12 && b[j-1] == ' ' {
		j--
	}
	return j < i && (j == 0 || b[j-1] == '\n')
}

// bornOn reports whether the verb [p, f) and what follows say a child was
// born on a day: "kam am 18.11.", "kam am 6.5." (a midwife's list).
func bornOn(b []byte, p, f int) bool {
	return string(b[p:f]) == "kam" && hasPrefixAt(b, f, " am ") && f+4 < len(b) && isDigit(b[f+4])
}

// lowerGreeted returns the span of a given name typed in lower case after
// the greeting [i, e) ("Hi valeria!", "Hello brian,"), or e, e: a given
// name the lexicons know that is no English word ("Hi all", "Hi there",
// "Hi will,"), ended by "!", "," or the line.
func lowerGreeted(b []byte, i, e int) (int, int) {
	if w := string(b[i:e]); w != "Hi" && w != "Hey" && w != "Hello" {
		return e, e
	}
	p := e + 1
	f := p
	for f < len(b) && f-p < 20 && isLower(b[f]) {
		f++
	}
	if f-p < 3 || f < len(b) && b[f] != '!' && b[f] != ',' && b[f] != '\n' {
		return e, e
	}
	var buf [64]byte
	w := titleCase(&buf, b[p:f])
	if !isFirstNameB(w) || dictionaryWord(w, true) || nonNames[string(w)] {
		return e, e
	}
	return p, f
}

// articleParticles are capitalised particles that an article in lower case
// may follow within a surname: "De la Cruz", "Van der Berg".
var articleParticles = set(`De Van Von Del`)

// notPerson20 reports whether the name found at start..end names a town
// or an eponym read on unforeseen: the town of a court, an office or a
// firm ("Arbeitsgericht Hamm", "Finanzamt St. Ingbert", "…GmbH, Hagen");
// a prize, a foundation or a programme named after people ("Hanns Martin
// Schleyer-Preis", "Hans und Ilse Breuer-Stiftung", "Hector
// Wissenschaftspreis"); or a firm's partners (firmPartner).
func notPerson20(b []byte, start, end int) bool {
	if firmPartner(b, start, end) {
		return true
	}
	if k := bytesIndexSpace(b, start, end); k < end && deSeatWords[string(b[start:k])] && townShaped(b, k+1, end) {
		return true // "Amtsgericht Hagen" read whole
	}
	if w, p := wordBefore(b, start); len(w) > 3 && deSeatWords[string(w)] && townShaped(b, start, end) {
		// "Arbeitsgericht Saarbrücken", "Standort Hagen"; not a judge's
		// rank: "Richterin am Amtsgericht Elfriede Wagner".
		if r, _ := wordBefore(b, p); string(r) != "am" && string(r) != "beim" && string(r) != "vom" {
			return true
		}
	}
	if start >= 6 && b[start-1] == ' ' && b[start-2] == ',' {
		q := start - 2
		p := q
		for p > 0 && q-p < 6 && (isAlpha(b[p-1]) || b[p-1] == '.') {
			p--
		}
		if f := string(b[p:q]); firmForms[f] || f == "e.K." || f == "mbH" || f == "e.V." {
			return true // "Peters Feinkost GmbH, Hagen": the firm's seat
		}
	}
	return eponymCompound(b, start, end)
}

// deSeatWords are courts, offices and bodies that a town's name follows:
// "Arbeitsgericht Hamm", "Finanzamt Stuttgart", "Klinikum Hagen". Only
// those unforeseen showed: unmapped's report named its kinds, and no body
// is added for them.
var deSeatWords = set(`Amtsgericht Landgericht Arbeitsgericht Finanzamt Familienkasse Jobcenter Klinikum Standort
Sparkassenstiftung`)

// eponymSuffixes end a compound or a word that names a prize, a
// foundation or a programme after a person: "Schleyer-Preis",
// "Breuer-Stiftung", "Wissenschaftspreis".
var eponymSuffixes = []string{"preis", "Preis", "stiftung", "Stiftung", "medaille", "Medaille", "Programm", "programm"}

// eponymCompound reports whether the name at start..end is the eponym of a
// prize, a foundation or a programme: its last word, or the word after
// it, ends in an eponymSuffix ("Ursula M. Händel-Tierschutzpreis", "Hanns
// Martin Schleyer-Preis"), or a chain of names joined by "und" or "von"
// leads there on its line ("Hans und Ilse Breuer-Stiftung", "Alfried
// Krupp von Bohlen und Halbach-Stiftung").
func eponymCompound(b []byte, start, end int) bool {
	l := lastSpace(b, start, end)
	if hasEponymSuffix(b[l+1 : end]) {
		return true
	}
	p := end
	for n := 0; n < 6 && p+2 < len(b) && b[p] == ' '; n++ {
		q := p + 1
		f := q
		for f < len(b) && f-q < 40 && (isAlpha(b[f]) || b[f] >= 0x80 || b[f] == '-' || b[f] == '.') {
			f++
		}
		w := bytes.TrimRight(b[q:f], ".")
		if len(w) == 0 {
			return false
		}
		if hasEponymSuffix(w) {
			return true
		}
		if string(w) != "und" && string(w) != "von" && !capAt(w, 0) {
			return false
		}
		p = f
	}
	return false
}

// hasEponymSuffix reports whether w ends in an eponymSuffix after more
// letters: "Leibniz-Preis", "Innovationspreis"; not "Preis" alone.
func hasEponymSuffix(w []byte) bool {
	for _, s := range eponymSuffixes {
		if len(w) > len(s)+2 && string(w[len(w)-len(s):]) == s {
			return true
		}
	}
	return false
}

// fixedRowSplit returns where two spaces part the name found at
// start..end into two cells of a row of fixed-width columns whose line
// opens with its number and two spaces ("1  HOFFMANN  Hans-Jürgen
// 15.05.1960"): the surname's and the given name's; or start. A letter's
// doubled space ("Dr. Finn  Schulze") is a scan's, in one name.
func fixedRowSplit(b []byte, start, end int) int {
	c := bytes.Index(b[start:end], []byte("  "))
	if c <= 0 || start+c+2 >= end || b[start+c+2] == ' ' {
		return start
	}
	ls := swarLastIndexByte(b[:start], '\n') + 1
	d := ls
	for d < start && d-ls < 4 && isDigit(b[d]) {
		d++
	}
	if d == ls || !hasPrefixAt(b, d, "  ") {
		return start
	}
	return start + c
}

// townShaped reports whether [start, end) has a town's shape: one word,
// or a town's prefix and a word ("St. Ingbert", "Bad Tölz").
func townShaped(b []byte, start, end int) bool {
	k := bytesIndexSpace(b, start, end)
	if k >= end {
		return true
	}
	return deCityPrefix(b[start:k]) && bytesIndexSpace(b, k+1, end) >= end
}

// capsAndName reports whether " AND " and a name in capitals that opens
// with a given name follow e: a court caption's second party ("v. BRYCE A
// WRIGHT AND MAI WRIGHT, et al."), which the capitals rule reads next.
func capsAndName(b []byte, e int) bool {
	if !hasPrefixAt(b, e, " AND ") {
		return false
	}
	var w [32]byte
	f, n := capsWord(b, e+5, &w)
	return f > e+5 && isFirstNameB(w[:n])
}
