package pii

import (
	"bytes"
	"strings"
)

// deStreetWords join the capitalised words of a German street name spelled
// apart: "Unter den Linden", "Am Kupfergraben", "Zur Mühle".
var deStreetWords = set(`der die das den dem des am im an auf unter hinter in zur zum vor bei von über`)

// deAdjectives stand before a street's name: "Alte Landstraße".
var deAdjectives = set(`Alte Neue Große Kleine Lange Hohe Obere Untere Mittlere Hintere Vordere Breite Schmale Krumme
Grüne Weiße Rote Schwarze Stille Kurze Innere Äußere Hohe Tiefe Alter Neuer Großer Kleiner Langer Hoher`)

// deStreetPrepositions begin a street's name only when capitalised.
var deStreetPrepositions = set(`am im an auf unter hinter in zur zum vor bei beim von über neben`)

// deCityPrefixes begin a city's name of two words: "Bad Homburg".
// and the words that name what kind of place a town is: "Insel Poel",
// "Ostseebad Binz", "Lutherstadt Wittenberg".
var deCityPrefixes = set(`Bad Sankt St. Neu Alt Groß Klein Hohen Markt Ost West Nord Süd Schloß Schloss Insel Ostseebad
Nordseebad Seebad Kurort Hansestadt Lutherstadt Stadt Burg Kloster Hof Dorf Hann. Wendisch Märkisch Königs`)

// deCityLinks join the parts of a city's name: "Frankfurt am Main",
// "Freiburg im Breisgau", "Bad Homburg v. d. Höhe", and their short forms
// ("Immenstadt i. Allgäu", "Frankfurt a. M.", "Weiden i. d. OPf.").
var deCityLinks = []string{" am ", " an der ", " im ", " in ", " ob der ", " bei ", " v. d. ", " a. d. ", " vor der ", " auf ",
	" i. d. ", " i. ", " a. ", " b. "}

// deAddress tries a German address whose house number is the digit run
// [i, k) after a space: the street before it, ending in a street-type word
// ("Lindenweg", "Berliner Str.") or, when a postcode and city follow,
// any street name ("Am Kupfergraben", "Neuer Wall"); then the number's
// letter or range, and the postcode and city on the same or the next line.
func (s *scan) deAddress(i, k int) (start, end int, ok bool) {
	b := s.b
	end = k
	// "12a", "12 a", "12-14", "12/1".
	if end < len(b) && isAlpha(b[end]) && !(end+1 < len(b) && isAlpha(b[end+1])) {
		end++
	} else if end+1 < len(b) && b[end] == ' ' && (isLower(b[end+1]) || isUpper(b[end+1])) && !(end+2 < len(b) && (isAlpha(b[end+2]) || b[end+2] == '-')) {
		end += 2 // "12 a", "6 B"
	} else if r := deRange(b, end); r > end {
		end = r
	}
	// Up to three floor or flat notes: "Seitenflügel, 4. OG".
	fl := end
	for n := 0; n < 3; n++ {
		f := deFloor(b, fl)
		if f == fl {
			break
		}
		fl = f
	}
	cityEnd := deLocality(b, fl)
	// The quarter between the street and the postcode: ", OT Kleinwelka,
	// 71468 Lüttenhagen", "\nOrtsteil Dornbusch\n11370 Grevenbrück"
	// (address_de_round17.go).
	if ot := deQuarterBefore(b, fl); cityEnd == fl && ot > fl {
		if c := deLocality(b, ot); c > ot {
			fl, cityEnd = ot, c
		}
	}
	// Whose care the letter goes in, before the postcode: ", c/o
	// Hausverwaltung, 10115 Berlin".
	if co := deCareOf(b, fl); cityEnd == fl && co > fl {
		if c := deLocality(b, co); c > co {
			fl, cityEnd = co, c
		}
	}
	if cityEnd == fl {
		// "… 12 in 80336 München".
		if fl+1 < len(b) && b[fl+1] == 'i' && hasPrefixAt(b, fl, " in ") {
			if c := dePlzCity(b, fl+len(" in")); c > fl+len(" in") && isDigit(b[fl+len(" in ")]) {
				cityEnd = c
			} else {
				cityEnd = deInTown(b, fl) // "Schulsteig 37 in Gelsenkirchen" (address_de_round17.go)
			}
		}
	}
	// The space before the number, or its end when "Str." touches it
	// ("Hauptstr.5").
	sp := i - 1
	if b[sp] == '.' {
		sp = i
	}
	start, ok = s.deStreetStart(sp)
	if ok {
		start = s.deAdjective(start, sp)
		// A street with a street-type word may name its town without the
		// postcode: "Tatort: Lindenweg 4, Erfurt".
		if cityEnd == fl {
			cityEnd = deCityOnly(b, fl)
		}
	} else if stop := valueEnds(b, end) || end < len(b) && (b[end] == '.' || b[end] == '?' || b[end] == '!') || deDashAfter(b, end) || hasPrefixAt(b, end, ": "); b[sp] == ' ' && (cityEnd > fl || stop || deVerbAfter(b, end) || deCellAfter(b, end)) {
		// A floor note is no postcode: "POB 2178, Apt. 5, Bangor, ME".
		if start, ok = s.deStreetWords(sp); ok && cityEnd <= fl {
			// Without its postcode and city, a name without a street-type
			// word is a street only in a field that says so:
			// {"strasse":"Große Bleichen 38"}.
			// Or in a sentence, after the name of whoever lives there:
			// "bei Frau Roth, Am Anger 4."
			// "bei Frau Roth, Am Anger 4." A capitalised preposition that
			// opens no sentence opens a street's name too: "des Hauses
			// Am Anger 4,", "statt, Zur Linde 12."
			// So does one after a label or a clause and its colon
			// ("Baustelle: Im Winkel 4", "abzuholen: An der Aue 3,"),
			// and, inside a sentence, the number may go on into it
			// ("bei Am Berg 3 abholen?").
			inside := deInsideSentence(b, start) && !deTimeAfterOpener(b, start)
			ok = (streetKeyBefore(b, start) && valueEnds(b, end) ||
				((s.nameCommaBefore(start) || inside || deAfterColon(b, start) && !deTimeAfterOpener(b, start)) && deOpenerAt(b, start) ||
					inside && deAdjectiveOpens(b, start, sp)) && k-i <= 3 &&
					(stop || inside && deVerbAfter(b, end))) &&
				!deBoxWord(b[start:sp])
			// A list's line that opens with the street and a dash: "Am
			// Mühlbach 92b – Richter – Mo–Sa" (address_de_round18.go).
			ok = ok || deListLine(b, start, end) && k-i <= 3 && !deBoxWord(b[start:sp])
			// A table's street column: "| Im Winkel 8 |" (address_de_round20.go).
			ok = ok || k-i <= 4 && s.deStreetCell(start, max(end, fl)) && !deBoxWord(b[start:sp])
		}
	}
	if !ok {
		return 0, 0, false
	}
	if z := dePlzCityFirst(b, start, s.floor); z < start { // "17121 Nürnberg, Hohe Straße 101" (address_de_round16.go)
		start = z
	} else if cityEnd <= fl {
		start = deCityFirst(b, start, s.floor) // "Magdeburg, Luisenstraße 53/1" (address_de_round18.go)
	}
	if cityEnd > fl && deCells(b, fl) {
		cityEnd = fl // "Weidengasse 33;38879;Kleinwelka" (address_de_round17.go)
	}
	if cityEnd > end {
		end = cityEnd
	}
	if !rightOK(b, end) {
		return 0, 0, false
	}
	return start, end, true
}

// deRangeDashes join the numbers of a range of houses: "12-14", "12/1",
// "38 - 39", "6–10".
var deRangeDashes = []string{"-", "/", " - ", "–", " – ", " -", "- "}

// deRange returns the end of the second number of a range after the first
// ends at p (with its letter: "12-14a"), or p.
func deRange(b []byte, p int) int {
	// One or two bytes rule out most: 0xE2 opens "–".
	if p+1 >= len(b) || b[p] == ' ' && b[p+1] != '-' && b[p+1] != 0xE2 || b[p] != ' ' && b[p] != '-' && b[p] != '/' && b[p] != 0xE2 {
		return p
	}
	for _, d := range deRangeDashes {
		if !hasPrefixAt(b, p, d) || p+len(d) >= len(b) || !isDigit(b[p+len(d)]) {
			continue
		}
		e := digitRun(b, p+len(d))
		if e-p-len(d) > 3 {
			return p
		}
		if e < len(b) && isLower(b[e]) && !(e+1 < len(b) && isAlpha(b[e+1])) {
			e++
		}
		if !rightOK(b, e) && !(e < len(b) && b[e] == ',') {
			return p
		}
		return e
	}
	return p
}

// streetKeys name a record's field that holds a street and house number
// alone, its postcode and city being other fields.
var streetKeys = set(`strasse straße str anschrift adresse strasse_hausnummer lieferanschrift wohnanschrift
lieferadresse rechnungsadresse hausnr hausnummer street street_address streetaddress address1 address_line1 addressline1 line1`)

// streetKeyBefore reports whether the value starting at p is a street
// field's: `"strasse":"`, `street=`, `Straße: `.
func streetKeyBefore(b []byte, p int) bool {
	q := p
	// An XML element: "<strasse>In den Gärten 7</strasse>".
	if q > 0 && b[q-1] == '>' {
		o := q - 1
		for o > 0 && q-o < 26 && b[o-1] != '<' && b[o-1] != '>' && b[o-1] != ' ' {
			o--
		}
		return o > 0 && b[o-1] == '<' && inLower(streetKeys, b[o:q-1])
	}
	if q > 0 && (b[q-1] == '"' || b[q-1] == '\'') {
		q--
	}
	for q > 0 && b[q-1] == ' ' {
		q--
	}
	if q == 0 || b[q-1] != ':' && b[q-1] != '=' {
		return false
	}
	q--
	for q > 0 && b[q-1] == ' ' {
		q--
	}
	// A label's note in parentheses: "Anschrift (Straße, Nr.):".
	if q > 0 && b[q-1] == ')' {
		o := q - 1
		for o > 0 && q-o < 30 && b[o] != '(' && b[o] != '\n' {
			o--
		}
		if b[o] == '(' {
			if n := strings.ToLower(string(b[o:q])); strings.Contains(n, "straße") || strings.Contains(n, "strasse") {
				return true // "Wohnort (Straße, Hausnr.):"
			}
			for q = o; q > 0 && b[q-1] == ' '; q-- {
			}
		}
	}
	if q > 0 && (b[q-1] == '"' || b[q-1] == '\'') {
		q--
	}
	// An abbreviated label: "Straße, Hausnr.:".
	if q > 1 && b[q-1] == '.' && isAlpha(b[q-2]) {
		q--
	}
	k := q
	for k > 0 && q-k < 24 && (isAlnum(b[k-1]) || b[k-1] == '_' || b[k-1] >= 0x80) {
		k--
	}
	return inLower(streetKeys, b[k:q])
}

// deBoxWord reports whether a box's opener ends the words before a
// number: a box needs its postcode and city (dePostfach, usBox).
func deBoxWord(w []byte) bool {
	l := strings.ToLower(string(w))
	return strings.HasSuffix(l, "box") || strings.HasSuffix(l, "postfach") || strings.HasSuffix(l, "route")
}

// valueEnds reports whether a field's value ends at p.
func valueEnds(b []byte, p int) bool {
	return p >= len(b) || strings.IndexByte("\"',;\t\r\n<|", b[p]) >= 0
}

// deAdjective extends a street's start back over an adjective spelled
// apart: "Alte Landstraße", "Berliner Straße" read from "Landstraße".
func (s *scan) deAdjective(st, sp int) int {
	b := s.b
	if st < 3 || b[st-1] != ' ' {
		return s.dePreposition(st)
	}
	q := st - 1
	for q > s.floor && st-q < 20 && (isAlpha(b[q-1]) || b[q-1] >= 0x80) {
		q--
	}
	w := string(b[q : st-1])
	// A place's adjective stands before a street-type word written apart
	// ("Berliner Straße", "Hamburger Chaussee"), not before a compound
	// name: in "Lager Schillerstraße" it is a noun.
	// In capitals too: "DRESDNER LANDSTRAßE".
	if q < st-1 && isUpper(b[q]) && leftOK(b, q) && ((strings.HasSuffix(w, "er") || len(w) > 4 && strings.HasSuffix(w, "ER") && isUpper(b[q+1])) && !nonNames[w] && deTypeWord(b[st:sp]) ||
		deAdjectives[w] || deAdjectives[deTitle(w)] || strings.HasSuffix(w, "en") && deAdjectives[w[:len(w)-1]]) {
		st = q
	}
	return s.dePreposition(st)
}

// deTypeWord reports whether w is a street-type word alone: "Straße",
// "Str.", "Allee", "Tor".
func deTypeWord(w []byte) bool {
	return inLower(deTypeWords, w)
}

// deTypeWords are the street-type words written alone, in lower case.
var deTypeWords = func() map[string]bool {
	m := set(`tor landstraße heerstraße heerweg landweg`)
	for _, suf := range deStreetSuffixes {
		m[suf] = true
		m[strings.TrimSuffix(suf, ".")] = true
	}
	return m
}()

// inLower reports whether w, its ASCII capitals lowered, is in m; it does
// not allocate.
func inLower(m map[string]bool, w []byte) bool {
	var a [32]byte
	if len(w) > len(a) {
		return false
	}
	for k, c := range w {
		if isUpper(c) {
			c += 'a' - 'A'
		}
		a[k] = c
	}
	return m[string(a[:len(w)])]
}

// deTitle returns a word written in capitals as a title ("ALTE" → "Alte").
func deTitle(w string) string {
	if len(w) < 2 || !isUpper(w[1]) {
		return w
	}
	return w[:1] + strings.ToLower(w[1:])
}

// deStreetOpeners begin a street's name spelled apart: "Am Alten Markt",
// "An der Alster", "Zum Ehrenhain".
var deStreetOpeners = []string{"Am ", "Im ", "Zum ", "Zur ", "An der ", "An den ", "Auf der ", "Auf dem ", "In der ",
	"In den ", "Unter den ", "Hinter der ", "Hinter dem ", "Vor dem ", "Beim ", "Über der ", "Auf den ", "Hinter den ",
	"Vor der ", "Vor den ", "Unter der ", "Unter dem ", "Neben der ", "Neben dem ", "Bei der ", "Über dem ", "Über den "}

// dePreposition extends a street's start back over the capitalised
// preposition and article that open its name.
func (s *scan) dePreposition(st int) int {
	b := s.b
	for _, o := range deStreetOpeners {
		if q := st - len(o); q >= s.floor && (hasPrefixAt(b, q, o) || isUpper(b[st]) && st+1 < len(b) && isUpper(b[st+1]) && hasPrefixAt(b, q, strings.ToUpper(o))) && leftOK(b, q) {
			return q
		}
	}
	return st
}

// dePostfach tries a post-office box whose number begins at the digit run
// [i, k): "Postfach 10 11 22, 50451 Köln", "Postfach 1234\n80331 München";
// a box needs its postcode and city.
func (s *scan) dePostfach(i, k int) (start, end int, ok bool) {
	b := s.b
	const pf = "Postfach "
	if i-len(pf) < s.floor || !hasPrefixAt(b, i-len(pf), pf) && !hasPrefixAt(b, i-len(pf), "POSTFACH ") || !leftOK(b, i-len(pf)) {
		return 0, 0, false
	}
	// The number is often grouped in pairs: "10 11 22".
	end = k
	for end+2 < len(b) && b[end] == ' ' && isDigit(b[end+1]) {
		e := digitRun(b, end+1)
		if e-end-1 > 3 || e < len(b) && (isAlnum(b[e]) || b[e] == '.' && e+1 < len(b) && b[e+1] != ' ' && b[e+1] != '\n') {
			break
		}
		end = e
	}
	if c := deLocality(b, end); c > end && rightOK(b, c) {
		if deCells(b, end) {
			c = end // "Postfach 34 37 05,60378,Frankfurt am Main": a record's cells
		}
		return i - len(pf), c, true
	}
	// Without its postcode and city, a box named by its word is an
	// address as a US "PO Box" is, when its number has at least three
	// digits and nothing goes on from it ("Postfach 10 11 22").
	digits := 0
	for _, c := range b[i:end] {
		if isDigit(c) {
			digits++
		}
	}
	// Not after a separator of a letterhead's or a footer's line ("Otto
	// Versand · Postfach 51651"): that box is the firm's, which writes
	// no postcode beside it only where its whole address stands elsewhere.
	if digits >= 3 && rightOK(b, end) && !(end < len(b) && (b[end] == '-' || b[end] == '/' || b[end] == ',' && end+1 < len(b) && isDigit(b[end+1]))) &&
		!letterheadSeparatorBefore(b, i-len(pf)) {
		return deCityFirst(b, i-len(pf), s.floor), end, true // "Tübingen, Postfach 10 07 68" (address_de_round18.go)
	}
	return 0, 0, false
}

// deStreetWords reads back from sp (the space before the house number)
// over up to five words of a street's name, capitalised or joining
// ("Unter den Linden"), and returns where the first capitalised one
// starts.
func (s *scan) deStreetWords(sp int) (int, bool) {
	b := s.b
	start, p := -1, sp
	for n := 0; n < 5; n++ {
		// A date in the name: "Straße des 17. Juni".
		if d := p - 1; d > s.floor+2 && b[d] == '.' && isDigit(b[d-1]) {
			for d > s.floor && isDigit(b[d-1]) {
				d--
			}
			if d > s.floor && b[d-1] == ' ' && p-1-d <= 2 {
				p = d - 1
				continue
			}
		}
		q := p
		for q > s.floor && p-q < 30 && (isAlpha(b[q-1]) || b[q-1] >= 0x80 || b[q-1] == '-' || b[q-1] == '.') {
			q--
		}
		if q == p {
			break
		}
		w := string(b[q:p])
		switch {
		case start >= 0 && inLower(deStreetPrepositions, b[start:wordEnd(b, start)]):
			// The capitalised preposition opened the name: "Lager Im Tal".
			n = 5
			continue
		case start >= 0 && wordEnd(b, start) < sp && isUpper(b[q]) && deAdjEr(b[start:wordEnd(b, start)]) &&
			!deAdjectives[deTitle(w)] && !inLower(deStreetPrepositions, b[q:p]):
			// A noun before a place's adjective: "Lager Frankfurter Tor".
			n = 5
			continue
		case isUpper(b[q]) && p-q >= 2 && !nonNames[w] && !deNounEnding(w):
			start = q
		case deStreetWords[w] && !deStreetPrepositions[w]:
			// Only an article joins capitalised words ("Unter den
			// Linden"); a lower-case preposition is the sentence's
			// ("Lieferung an Zeil 3").
		default:
			n = 5
			continue
		}
		if q == 0 || b[q-1] != ' ' {
			break
		}
		p = q - 1
	}
	if start < 0 || !leftOK(b, start) {
		return 0, false
	}
	return start, true
}

// wordEnd returns the end of the word at p: up to the next space.
func wordEnd(b []byte, p int) int {
	for p < len(b) && b[p] != ' ' && b[p] != '\n' {
		p++
	}
	return p
}

// deAdjEr reports whether w is a place's adjective: capitalised, ending
// in "er" ("Frankfurter", "KÖLNER").
func deAdjEr(w []byte) bool {
	return len(w) > 4 && isUpper(w[0]) && (strings.HasSuffix(string(w), "er") || strings.HasSuffix(string(w), "ER"))
}

// deNounEndings end nouns that label or talk about an address rather than
// name its street: "Lieferadresse", "Wohnung", "Anschrift".
var deNounEndings = []string{"adresse", "anschrift", "ung", "heit", "keit", "schaft"}

func deNounEnding(w string) bool {
	for _, e := range deNounEndings {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// dePlzCity returns the end of ", 10115 Berlin" (or the same on the next
// line, with an optional "D-") after p, or p.
func dePlzCity(b []byte, p int) int {
	q := deRecordSeparator(b, p)
	if q == p && hasPrefixAt(b, p, " / ") {
		q = p + len(" / ") // "Zi. 214 / D-83626 Bad Tölz" (address_de_round20.go)
	}
	if q == p {
		q = usSeparator(b, p)
	}
	if q == p {
		return p
	}
	if e := dePlzCityAt(b, q, q > p && (b[q-1] == ';' || b[q-1] == '\t' || b[q-1] == ',')); e > q {
		return e
	}
	return p
}

// dePlzCityAt returns the end of a postcode and city that begin at q, or
// q; after a separator of cells (cellSep) they may be cells of their own.
func dePlzCityAt(b []byte, q int, cellSep bool) int {
	p := q
	// The country's letter: "D-10115", "A-1010", "CH-8001", "D 10115".
	four := false
	switch {
	case hasPrefixAt(b, q, "D-") || hasPrefixAt(b, q, "D "):
		q += 2
	case hasPrefixAt(b, q, "DE-"): // ISO 3166's code: "DE-10115"
		q += 3
	case hasPrefixAt(b, q, "A-"):
		q, four = q+2, true
	case hasPrefixAt(b, q, "CH-"):
		q, four = q+3, true
	}
	// Germany's postcodes have five digits; Austria's and Switzerland's
	// (and Liechtenstein's) four.
	// Four digits that could be a year ("Seite 5, 1999 Verlag") need the
	// country's letter.
	z := digitRun(b, q)
	year := z-q == 4 && (b[q] == '1' && b[q+1] == '9' || b[q] == '2' && b[q+1] == '0')
	// The postcode and the city may be cells of a row of their own:
	// "Am Hang 4;35037;Marburg", "Im Winkel 56 b,49054,Osnabrück".
	cell := cellSep && z+2 < len(b) && b[z] == b[q-1]
	if z-q != 5 && !(z-q == 4 && (four || b[q] != '0' && !year)) || z+2 >= len(b) || b[z] != ' ' && !cell {
		return p
	}
	c := z + 1
	// A scan's doubled space after a postcode that opens its line:
	// "\n03035  Cottbus" (address_de_round20.go).
	if b[c] == ' ' && (p == 0 || b[p-1] == '\n') && c+1 < len(b) && capAt(b, c+1) {
		c++
	}
	e := deCityName(b, c)
	if e <= c+1 {
		return p
	}
	return deOrtsteil(b, e)
}

// deCityName returns the end of a town's name at c: its words and links
// ("Frankfurt am Main", "Bad Tölz") and a river or region in brackets
// ("Halle (Saale)"), or c.
func deCityName(b []byte, c int) int {
	e := deCityWord(b, c)
	if e <= c+1 {
		return c
	}
	if deCityPrefix(b[c:e]) || hasPrefixAt(b, e, ".") && deCityPrefix(b[c:e+1]) {
		if b[e] == '.' {
			e++
		}
		if hasPrefixAt(b, e, "  ") && e+2 < len(b) && capAt(b, e+2) {
			e++ // a scan's doubled space: "Bad  Kissingen"
		}
		if e+1 < len(b) && b[e] == ' ' {
			if f := deCityWord(b, e+1); f > e+2 {
				e = f
			}
		}
	}
	for more := true; more; {
		more = false
		for _, l := range deCityLinks {
			if hasPrefixAt(b, e, l) || deUpperAt(b, e, l) {
				f := deCityWord(b, e+len(l))
				if l[len(l)-2] == '.' && f < len(b) && b[f] == '.' && f-e-len(l) <= 4 && capAt(b, e+len(l)) {
					f++ // a river or a region cut short: "a. M.", "i. d. OPf."
				}
				if f > e+len(l)+1 {
					e, more = f, true
					break
				}
			}
		}
	}
	// A scan's doubled space before a river: "Halle  (Saale)".
	if hasPrefixAt(b, e, "   (") {
		return e
	}
	if hasPrefixAt(b, e, "  (") {
		if f := bytes.IndexByte(b[e:min(len(b), e+24)], ')'); f > 4 && deRiverLike(b[e+3:e+f]) {
			return e + f + 1
		}
		return e
	}
	// "Halle (Saale)", "Oldenburg (Oldb)"; not a note that opens with a
	// verb in lower case ("Berlin (klingeln bei Klein)", de17CueSurname).
	if hasPrefixAt(b, e, " (") && (e+6 >= len(b) || !isLower(b[e+2]) || !isLower(b[e+5])) {
		f := e + 2
		for f < len(b) && f-e < 20 && (isAlpha(b[f]) || b[f] >= 0x80 || b[f] == '.' || b[f] == ' ') {
			f++
		}
		// Not a person's role in a contract: "(Vermieter)", "(Mieterin)".
		// A river's name is no role: "Frankenau (Eder)".
		// Nor the country: "Saarbrücken (Deutschland)" (address_de_round18.go).
		// Nor a note of words in lower case: "(Anhänger von Anna)" (session 19).
		if w := string(b[e+2 : f]); f < len(b) && b[f] == ')' && !deCountries[w] && !lowerWordIn(b[e+2:f]) && (deRivers[w] || !((strings.HasSuffix(w, "er") || strings.HasSuffix(w, "erin") || strings.HasSuffix(w, "te")) && (dictionaryWord(b[e+2:f], false) || f-e-2 > 8))) {
			e = f + 1
		}
	}
	return e
}

// deCityWord returns the end of a city's name or one word of it at p: a
// capital, then letters in either case, parts joined by a hyphen
// ("Castrop-Rauxel", "KÖLN", "BAD TÖLZ" read word by word), or p.
func deCityWord(b []byte, p int) int {
	if !capAt(b, p) {
		return p
	}
	e := p
	for e < len(b) && e-p < maxToken {
		c := b[e]
		switch {
		case isAlpha(c):
			e++
		case (c == '0' || c == '1') && e > p && isAlpha(b[e-1]) && e+1 < len(b) && isLower(b[e+1]):
			e++ // a scanner's "0" for "o": "Hann0ver"
		case c >= 0xC3 && c <= 0xC5 && e+1 < len(b) && b[e+1] >= 0x80 && b[e+1] < 0xC0:
			e += 2
		case c == '-' && e > p && capAt(b, e+1):
			e++
		default:
			return e
		}
	}
	return e
}

// deCityPrefix reports whether w begins a city's name of two words, in
// any case ("Bad", "BAD").
func deCityPrefix(w []byte) bool {
	if deCityPrefixes[string(w)] {
		return true
	}
	if len(w) < 2 || !isUpper(w[1]) {
		return false
	}
	t := []byte(strings.ToLower(string(w)))
	t[0] = w[0]
	return deCityPrefixes[string(t)]
}

// deUpperAt reports whether the link l is written in capitals at p, in a
// line written all in capitals (" AM ", " IM ").
func deUpperAt(b []byte, p int, l string) bool {
	return p >= 2 && isUpper(b[p-1]) && isUpper(b[p-2]) && hasPrefixAt(b, p, strings.ToUpper(l))
}

// deLocality returns the end of the postcode and city after p: "10115 Berlin"
// after a separator (dePlzCity), or the locality and postcode of a vCard's
// ADR, which come in the other order: ";Jena;;07743".
func deLocality(b []byte, p int) int {
	if e := dePlzCity(b, p); e > p || p >= len(b) || b[p] != ';' {
		return e
	}
	c := p + 1
	e := c
	for e < len(b) && e-c < 40 && b[e] != ';' && b[e] != '\n' {
		e++
	}
	if e == c || e >= len(b) || !capAt(b, c) {
		return p
	}
	// The region, most often empty.
	r := e + 1
	for r < len(b) && r-e < 30 && b[r] != ';' && b[r] != '\n' {
		r++
	}
	if r >= len(b) || b[r] != ';' {
		return p
	}
	if z := digitRun(b, r+1); z-r-1 == 5 && rightOK(b, z) {
		return z
	}
	return p
}

// deFloors are the floor and flat designators written between a house
// number and the postcode: "Hauptstraße 5, 2. OG, 10115 Berlin".
var deFloors = []string{"OG", "EG", "DG", "UG", "Stock", "Etage", "Obergeschoss", "Hinterhaus", "Vorderhaus",
	"Seitenflügel", "Whg.", "Wohnung", "App.", "Apt.", "Zimmer", "Aufgang", "Haus", "Dachgeschoss", "Erdgeschoss",
	"Untergeschoss", "Souterrain", "Gartenhaus", "Hochparterre", "Parterre", "Quergebäude", "Klingel", "Zi."}

// deSides follow a floor: "2. OG links".
var deSides = []string{" links", " rechts", " Mitte", " li.", " re.", " l.", " r."}

// Labels are often written all in capitals: "AUFGANG B".
func init() {
	for _, f := range deFloors {
		if u := strings.ToUpper(f); u != f && len(u) == len(f) {
			deFloors = append(deFloors, u)
		}
	}
}

// deFloorFirst holds the first letter of every designator.
var deFloorFirst = func() (t [256]bool) {
	for _, f := range deFloors {
		t[f[0]] = true
	}
	return t
}()

// deFloor returns the end of ", 2. OG" (or "\nWhg. 12", " (3. OG links)")
// after p, or p.
func deFloor(b []byte, p int) int {
	q := usSeparator(b, p)
	if hasPrefixAt(b, p, " / ") {
		q = p + len(" / ") // "Fuchsstraße 92 / App. 12"
	}
	if q == p || q >= len(b) {
		return p
	}
	if b[q] == '(' {
		// A note in parentheses: "(EG)", "(Hinterhaus)", "(App. 4)".
		if e := deFloorAt(b, q+1); e > q+1 && e < len(b) && b[e] == ')' {
			return e + 1
		}
		return p
	}
	if e := deFloorAt(b, q); e > q && (rightOK(b, e) || e < len(b) && b[e] == ',') {
		return e
	}
	return p
}

// deFloorAt reads a floor or flat designator at q, with its ordinal
// before, its number or letter after and a side: "2. OG links", "Whg. 12".
func deFloorAt(b []byte, q0 int) int {
	q := q0
	if d := digitRun(b, q); d > q && d-q <= 2 && d+1 < len(b) && b[d] == '.' && b[d+1] == ' ' {
		q = d + 2 // "2. OG"
	} else if hasPrefixAt(b, q, "bei ") {
		q += len("bei ") // "bei Klingel 4"
	}
	if q >= len(b) || !deFloorFirst[b[q]] {
		return q0 // the postcode, most often
	}
	for _, f := range deFloors {
		if !hasPrefixAt(b, q, f) {
			continue
		}
		e := q + len(f)
		// A number or letter may follow: "Whg. 12", "Aufgang B", "Whg.
		// 3.05"; not the postcode after it ("Gartenhaus 14410 Potsdam",
		// address_de_round20.go).
		if e+1 < len(b) && b[e] == ' ' && (isDigit(b[e+1]) || isUpper(b[e+1]) && !(e+2 < len(b) && isAlpha(b[e+2]))) {
			if d := digitRun(b, e+1); d-e-1 <= 4 {
				e = max(d, e+2)
				if d > e-1 && d+1 < len(b) && b[d] == '.' && isDigit(b[d+1]) {
					e = digitRun(b, d+1)
				}
			}
		}
		for _, side := range deSides {
			if hasPrefixAt(b, e, side) && (e+len(side) == len(b) || !isAlpha(b[e+len(side)])) {
				e += len(side)
				break
			}
		}
		if rightOK(b, e) || e < len(b) && b[e] == ',' {
			return e
		}
	}
	return q0
}

// deLowerOpeners are deStreetOpeners as typed in lower case.
var deLowerOpeners = func() []string {
	l := make([]string, len(deStreetOpeners))
	for k, o := range deStreetOpeners {
		l[k] = strings.ToLower(o)
	}
	return l
}()

// deLowerAddress tries a German address typed all in lower case, whose
// house number is the digit run [i, k): a street ending in a street-type
// word ("bahnhofweg 154") or opened by a preposition ("auf dem berg
// 119d"), and — required, since lower-case words are everywhere — the
// postcode and the city ("20095 hamburg", "79098 freiburg im breisgau").
func (s *scan) deLowerAddress(i, k int) (start, end int, ok bool) {
	b := s.b
	if k-i > 3 {
		return 0, 0, false // a German house number has at most three digits; four are a year ("im jahr 2020")
	}
	end = k
	if end < len(b) && isLower(b[end]) && !(end+1 < len(b) && isAlpha(b[end+1])) {
		end++ // "119d"
	} else if end+3 < len(b) && b[end] == ' ' && isLower(b[end+1]) && b[end+2] == ' ' && isDigit(b[end+3]) {
		end += 2 // "2 c"
	}
	// The postcode and the city, perhaps after a comma ("49, 01067 dresden").
	pc := end + 1
	if end+1 < len(b) && b[end] == ',' {
		pc++
	}
	if pc+6 > len(b) || b[pc-1] != ' ' || digitRun(b, pc) != pc+5 || b[pc+5] != ' ' {
		return 0, 0, false
	}
	c := deLowerWord(b, pc+6)
	if c-(pc+6) < 3 {
		return 0, 0, false
	}
	for _, l := range deCityLinks {
		if hasPrefixAt(b, c, l) {
			if f := deLowerWord(b, c+len(l)); f-(c+len(l)) >= 3 {
				c = f
			}
			break
		}
	}
	if hasPrefixAt(b, c, " (") {
		if f := deLowerWord(b, c+2); f-(c+2) >= 3 && f < len(b) && b[f] == ')' {
			c = f + 1 // "halle (saale)"
		}
	}
	if !rightOK(b, c) {
		return 0, 0, false
	}
	// The street: one word ending in a street-type word, or a preposition,
	// perhaps an article, and a noun.
	sp := i - 1
	we := sp
	if b[we-1] == '.' {
		we-- // "tannenstr. 109"
	}
	q := we
	for q > s.floor && we-q < 40 && (isLower(b[q-1]) || b[q-1] >= 0x80 || b[q-1] == '-') {
		q--
	}
	if q == we || !leftOK(b, q) {
		return 0, 0, false
	}
	w := string(b[q:we])
	if we < sp {
		w += "."
	}
	for _, suf := range deStreetSuffixes {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return s.deLowerAdjective(q), c, true
		}
		// A street-type word alone after its adjective: "grüner damm".
		if w == suf {
			if a := s.deLowerAdjective(q); a < q {
				return a, c, true
			}
		}
	}
	for _, o := range deLowerOpeners {
		if p := q - len(o); p >= s.floor && hasPrefixAt(b, p, o) && leftOK(b, p) {
			return p, c, true
		}
	}
	return 0, 0, false
}

// deLowerAdjective extends a lower-case street's start at q back over an
// adjective of deAdjectives typed in lower case ("kleine marktgasse",
// "grüner damm"), or returns q.
func (s *scan) deLowerAdjective(q int) int {
	b := s.b
	if q < 2 || b[q-1] != ' ' {
		return q
	}
	a := q - 1
	for a > s.floor && q-1-a < 12 && (isLower(b[a-1]) || b[a-1] >= 0x80) {
		a--
	}
	if a == q-1 || !leftOK(b, a) || !isLower(b[a]) {
		return q
	}
	t := strings.ToUpper(string(b[a:a+1])) + string(b[a+1:q-1])
	if deAdjectives[t] || strings.HasSuffix(t, "r") && deAdjectives[t[:len(t)-1]] {
		return a
	}
	return q
}

// deLowerWord returns the end of a lower-case word at p (with ä, ö, ü, ß),
// or p.
func deLowerWord(b []byte, p int) int {
	e := p
	for e < len(b) && e-p < 30 && (isLower(b[e]) || b[e] >= 0x80 && e+1 < len(b) || b[e] == '-' && e > p) {
		e++
	}
	return e
}

// deCareOf returns the end of a care-of line after p (", c/o
// Hausverwaltung", "\nc/o Familie Roth"): up to five words to the next
// separator, or p.
func deCareOf(b []byte, p int) int {
	q := usSeparator(b, p)
	if q == p || !hasPrefixAt(b, q, "c/o ") && !hasPrefixAt(b, q, "C/O ") {
		return p
	}
	e, words := q+len("c/o "), 1
	for e < len(b) && e-q < 60 && b[e] != ',' && b[e] != '\n' && b[e] != ';' {
		if b[e] == ' ' {
			words++
		}
		e++
	}
	if words > 5 || e == q+len("c/o ") || e >= len(b) {
		return p
	}
	return e
}

// nameCommaBefore reports whether a person's name and a comma end just
// before p: "bei Frau Roth, Am Anger 4." names where she lives.
func (s *scan) nameCommaBefore(p int) bool {
	if p < 2 || s.b[p-2] != ',' || s.b[p-1] != ' ' || len(s.out) <= s.first {
		return false
	}
	f := s.out[len(s.out)-1]
	return f.Type == PersonName && int(f.End-s.base) == p-2
}

// deOpenerAt reports whether a street's capitalised preposition and
// article open p: "Am ", "An den ", "Beim ".
func deOpenerAt(b []byte, p int) bool {
	for _, o := range deStreetOpeners {
		if hasPrefixAt(b, p, o) {
			return true
		}
	}
	return false
}

// deTimeNouns follow "Am", "Im" in a sentence's phrase of time or
// measure, not a street's name: "Am Montag 14", "Im Schnitt 4".
var deTimeNouns = set(`Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonnabend Sonntag Januar Februar März April Mai
Juni Juli August September Oktober November Dezember Tag Abend Morgen Mittag Nachmittag Vormittag Wochenende Ende Anfang
Jahr Monat Mittel Schnitt Durchschnitt Kapitel Abschnitt Teil Moment Grunde Rahmen Vergleich Jahre Jahren Alter Zeitraum
Laufe Verlauf Frühjahr Sommer Herbst Winter`)

// deTimeAfterOpener reports whether a time's or a measure's noun follows
// the opener at p: "Am Montag", "Im Schnitt".
func deTimeAfterOpener(b []byte, p int) bool {
	if !hasPrefixAt(b, p, "Am ") && !hasPrefixAt(b, p, "Im ") {
		return false
	}
	e := wordEnd(b, p+3)
	return deTimeNouns[strings.TrimRight(string(b[p+3:e]), ".,;:")]
}

// deAdjectiveOpens reports whether an adjective of deAdjectives opens the
// street's name [p, sp) of two words: inside a sentence an adjective is
// written in lower case, so a capitalised one is a name's ("wohnt noch
// Großer Garten 4, oder?").
func deAdjectiveOpens(b []byte, p, sp int) bool {
	e := wordEnd(b, p)
	return e < sp && wordEnd(b, e+1) == sp && deAdjectives[string(b[p:e])]
}

// deDashAfter reports whether a dash between spaces parts the house
// number ending at p from the next part of its line: "Abholung Am Hang 4
// — Fahrgast Roth".
func deDashAfter(b []byte, p int) bool {
	return hasPrefixAt(b, p, " — ") || hasPrefixAt(b, p, " – ") || hasPrefixAt(b, p, " - ")
}

// deAfterColon reports whether the word at p follows a word and its
// colon: a label's ("Baustelle: ") or a clause's ("zu verleihen: "), not
// a clock's.
func deAfterColon(b []byte, p int) bool {
	return p >= 4 && b[p-1] == ' ' && b[p-2] == ':' && (isAlpha(b[p-3]) || b[p-3] >= 0x80)
}

// deUnitWords are the lower-case units and counts a number inside a
// sentence is of, not a house's: "Am Ende 3 km", "Im Schnitt 4 mal".
var deUnitWords = set(`km m cm mm kg g t l ml h min s mal x qm ha uhr prozent euro jahre tage`)

// deVerbAfter reports whether a lower-case word that is no unit follows
// the house number ending at p: the sentence goes on ("… 3 abholen?").
func deVerbAfter(b []byte, p int) bool {
	if p+2 >= len(b) || b[p] != ' ' || !isLower(b[p+1]) {
		return false
	}
	e := p + 1
	for e < len(b) && e-p < 20 && (isAlpha(b[e]) || b[e] >= 0x80) {
		e++
	}
	return !inLower(deUnitWords, b[p+1:e])
}

// deInsideSentence reports whether the word at p follows a comma or a
// word of the same sentence on the same line: a capital there is a
// name's, not a sentence's.
func deInsideSentence(b []byte, p int) bool {
	if p < 3 || b[p-1] != ' ' {
		return false
	}
	c := b[p-2]
	return c == ',' || isLower(c) || c >= 0x80
}

// deCities are the larger German towns (lexicon/de_cities.txt).
var deCities = func() map[string]bool {
	m := map[string]bool{}
	for _, line := range strings.Split(lexicon("de_cities.txt"), "\n") {
		if c := strings.TrimSpace(line); c != "" && c[0] != '#' {
			m[c] = true
		}
	}
	return m
}()

// deCityOnly returns the end of a known town's name written after a
// street without its postcode (", Erfurt"), or p. The name must end
// there, not go on with a capitalised word (", Essen Sie").
func deCityOnly(b []byte, p int) int {
	if !hasPrefixAt(b, p, ", ") || p+2 >= len(b) || !(isUpper(b[p+2]) || b[p+2] >= 0x80) {
		return p
	}
	c := p + 2
	e, found := c, -1
	for words := 0; words < 4; words++ {
		f := e
		for f < len(b) && f-e < 30 && (isAlpha(b[f]) || b[f] >= 0x80 || b[f] == '-' || b[f] == '(' || b[f] == ')') {
			f++
		}
		if f == e {
			break
		}
		if deCities[string(b[c:f])] || dePlaces[string(b[c:f])] {
			found = f
		}
		if f+1 >= len(b) || b[f] != ' ' {
			break
		}
		e = f + 1
	}
	if found < 0 || !rightOK(b, found) || found+1 < len(b) && b[found] == ' ' && (isUpper(b[found+1]) || b[found+1] >= 0x80) {
		return p
	}
	return found
}
