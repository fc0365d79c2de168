package pii

import "strings"

// usDirections precede or follow a street name: "N Oak St", "Avenue NW".
var usDirections = set(`N S E W NE NW SE SW North South East West Northeast Northwest Southeast Southwest`)

// usAddress reads, from p (the word after the house number), a US street
// line and what follows it on the same or the next lines: the street's
// name and USPS suffix, a secondary unit ("Apt 4B", "# 12"), and the city,
// state and ZIP code ("Dayton, OH 45402-1234").
func usAddress(b []byte, p int) (end int, ok bool) {
	if gedcomTag(b, p) {
		return 0, false
	}
	if end, ok := usSuffixAddress(b, p); ok {
		return end, true
	}
	if end, ok := usSpanishAddress(b, p); ok {
		return end, true // "Camino del Sol" (address_us_round20.go)
	}
	return usBareStreet(b, p)
}

// usBareStreet reads a street named without a USPS suffix after its house
// number at p ("Broadway", "N Broadway", "Calle Real"). Without the
// suffix only what follows makes it a street: a city line with its state
// and ZIP code, or, after a direction, a secondary unit ("N Broadway Ste
// 300").
func usBareStreet(b []byte, p int) (int, bool) {
	if p >= len(b) || !isUpper(b[p]) {
		return 0, false
	}
	word := func(j int) int {
		e := j
		for e < len(b) && e-j < 20 && isAlpha(b[e]) {
			e++
		}
		return e
	}
	j, dir := p, false
	if e := word(p); e+1 < len(b) && b[e] == ' ' && isUpper(b[e+1]) && usDirections[string(b[p:e])] {
		j, dir = e+1, true
	}
	// A year before it is no house number: "since 1998 Acme, Dayton, OH".
	if !dir && p >= 5 && digitRun(b, p-5) == p-1 && (b[p-5] == '1' && b[p-4] == '9' || b[p-5] == '2' && b[p-4] == '0') {
		return 0, false
	}
	// Nor is a grid's second coordinate: "1150 S 700 Wcst".
	if d := p - 1; d >= 0 && b[d] == ' ' {
		for d > 0 && isDigit(b[d-1]) {
			d--
		}
		w := d - 1
		for w > 0 && isAlpha(b[w-1]) {
			w--
		}
		if w >= 0 && w < d-1 && b[d-1] == ' ' && usDirections[string(b[w:d-1])] {
			return 0, false
		}
	}
	for n := 0; n < 2; n++ {
		e := word(j)
		if e == j || !isUpper(b[j]) || e-j < 3 || usDirections[string(b[j:e])] || usUnits[string(b[j:e])] {
			return 0, false
		}
		u, unit := usUnit(b, e)
		if c, ok := usCityLine(b, u); ok && isDigit(b[c-1]) {
			return c, true
		}
		if (dir || n == 0 && (string(b[j:e]) == "Broadway" || string(b[j:e]) == "BROADWAY")) && unit {
			return u, true // "N Broadway Ste 300", "2491 Broadway Unit 7"
		}
		if e+1 >= len(b) || b[e] != ' ' {
			break
		}
		j = e + 1
	}
	return 0, false
}

// usSuffixAddress reads a US street line whose street ends in a USPS
// suffix, or is a highway, a grid coordinate or a type before its name.
func usSuffixAddress(b []byte, p int) (end int, ok bool) {
	// A grid address of Utah and its neighbours: "7373 N 3700 S".
	if end, ok := usGrid(b, p); ok {
		return usAfterStreet(b, end)
	}
	// A highway or route named by its number alone: "2408 Highway 307",
	// "6928 HWY 183 APT 271". Without a unit or city after it, a year
	// before it is no house number ("since 1926 Route 66").
	if e := usHighwayFirst(b, p); e > p {
		end, ok := usAfterStreet(b, e)
		if end == e && p >= 5 && digitRun(b, p-5) == p-1 && (b[p-5] == '1' && b[p-4] == '9' || b[p-5] == '2' && b[p-4] == '0') {
			return 0, false
		}
		return end, ok
	}
	// An interstate, or its frontage road: "4500 I-35 Frontage Rd".
	if e := usInterstate(b, p); e > p {
		if end, ok := usAfterStreet(b, e); ok && end > e || b[e-1] == 'd' {
			return end, ok
		}
		return 0, false
	}
	// After a direction too: "E FM 1960" (address_us_round20.go).
	for _, q := range []int{p, usDirectionThen(b, p)} {
		if q+4 < len(b) && b[q+2] == ' ' && usRoadPrefixes[string(b[q:q+2])] {
			if e := digitRun(b, q+3); e > q+3 && e-q-3 <= 4 && rightOK(b, e) {
				return usAfterStreet(b, e)
			}
		}
		// A street named after its type: "Avenue of the Americas", "Avenue J".
		if e := usTypeFirst(b, q); e > q {
			return usAfterStreet(b, e)
		}
		if q == p && usDirectionThen(b, p) == p {
			break
		}
	}
	j := p
	found := false
	for w := 0; w < 6; w++ {
		e := j
		// Inner apostrophes and hyphens: "O'Neil", "Forty-Second".
		for e < len(b) && e-j < 40 && (isAlnum(b[e]) || (b[e] == '\'' || b[e] == '-' && e > j && isAlpha(b[e-1])) && e+1 < len(b) && isAlpha(b[e+1]) || b[e] == '.' && e > j && isUpper(b[j]) && e-j <= 3 && e+1 < len(b) && b[e+1] == ' ') {
			e++
		}
		// Texas's farm and ranch roads: "Farm to Market Rd 1960".
		if e == j || !(isUpper(b[j]) || isDigit(b[j]) || w > 0 && usParticles[string(b[j:e])] && e+1 < len(b) && b[e] == ' ' && isUpper(b[e+1]) ||
			w == 1 && string(b[j:e]) == "to" && hasPrefixAt(b, e, " Market ")) {
			return 0, false
		}
		// A bare number after the first word is the house number of the
		// street line, and this number was something else: a time, a car,
		// a ticket ("11:57 CAR 52 PU 10224 RIVER PT"). The line is read
		// again from that number.
		if w > 0 && digitRun(b, j) == e {
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
				if g == f || !usStreetSuffixes[string(b[f:g])] || !rightOK(b, g) && !(g < len(b) && b[g] == '.') && !escapedBreak(b, g) ||
					usUnits[string(b[f:g])] && g+1 < len(b) && b[g] == ' ' && (isDigit(b[g+1]) || isUpper(b[g+1]) && !(g+2 < len(b) && isAlpha(b[g+2]))) {
					break // "Spur Trlr 19", "Hwy Trlr B": a unit, not a second suffix
				}
				end = g
			}
			// "Prairie Wind Terrace", "Park Shore Dr": a suffix word begins
			// a name that another suffix ends.
			end = usSuffixGoesOn(b, end)
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
			// A suffix after the number ends the street's name: "County
			// Road 12 Ter", "COUNTY ROAD 12 DRIVE".
			if end+2 < len(b) && b[end] == ' ' && isUpper(b[end+1]) {
				g := end + 1
				for g < len(b) && g-end < 12 && isAlpha(b[g]) {
					g++
				}
				if usStreetSuffixes[string(b[end+1:g])] && !usUnits[string(b[end+1:g])] && (rightOK(b, g) || g < len(b) && (b[g] == ',' || b[g] == '.')) {
					end = g
				}
			}
		}
	} else if r := string(b[j:end]); (r == "Road" || r == "ROAD") && j >= 7 && strings.EqualFold(string(b[j-7:j]), "County ") &&
		end+2 <= len(b) && b[end] == ' ' && isUpper(b[end+1]) && (end+2 == len(b) || !isAlnum(b[end+2])) {
		end += 2 // a county road named by a letter: "County Road X"
	}
	return usAfterStreet(b, end)
}

// usHighwayWords name a road by its number without a name: "Highway 12",
// "Route 9A".
var usHighwayWords = withUpper(set(`Highway Hwy Route Rte`))

// usHighwayFirst returns the end of a highway's number after its word at
// p ("Highway 307", "Route 9A"), or p.
func usHighwayFirst(b []byte, p int) int {
	w := p
	for w < len(b) && w-p < 8 && isAlpha(b[w]) {
		w++
	}
	if w == p || w+1 >= len(b) || b[w] != ' ' || !isDigit(b[w+1]) || !usHighwayWords[string(b[p:w])] {
		return p
	}
	e := digitRun(b, w+1)
	if e-w-1 > 4 {
		return p
	}
	if e < len(b) && isUpper(b[e]) && !(e+1 < len(b) && isAlpha(b[e+1])) {
		e++ // "Route 9A"
	}
	if !rightOK(b, e) && !(e < len(b) && (b[e] == ',' || b[e] == '.')) {
		return p
	}
	return e
}

// usTypeFirst returns the end of a street whose name follows its type at
// p ("Avenue of the Americas", "Avenue J", "AVENUE OF THE STARS"), or p.
func usTypeFirst(b []byte, p int) int {
	var q int
	switch {
	case hasPrefixAt(b, p, "Avenue "), hasPrefixAt(b, p, "AVENUE "):
		q = p + len("Avenue ")
	default:
		return p
	}
	// A letter: "Avenue J".
	if q < len(b) && isUpper(b[q]) && (q+1 == len(b) || !isAlnum(b[q+1])) {
		return q + 1
	}
	if !hasPrefixAt(b, q, "of the ") && !hasPrefixAt(b, q, "OF THE ") {
		return p
	}
	e := q + len("of the ")
	f := e
	for f < len(b) && f-e < 20 && isAlpha(b[f]) {
		f++
	}
	if f == e || !isUpper(b[e]) {
		return p
	}
	return f
}

// usUnitBefore returns where a secondary unit written before the street
// line starts ("Apartment 4B, 350 Fifth Avenue", "Suite 500, 1 Market
// Plaza"), or i, where the house number starts.
func (s *scan) usUnitBefore(i int) int {
	b := s.b
	if i < 6 || b[i-1] != ' ' || b[i-2] != ',' {
		return i
	}
	q := i - 2 // the comma
	d := q
	for d > s.floor && q-d < 6 && isAlnum(b[d-1]) {
		d--
	}
	if d == q || !hasDigitOrUpper(b[d:q]) || d < 2 || b[d-1] != ' ' && b[d-1] != '#' {
		return i
	}
	u := d - 1
	if b[u] == '#' {
		if u > s.floor && b[u-1] == ' ' {
			u--
		}
	}
	w := u
	for w > s.floor && u-w < 12 && (isAlpha(b[w-1]) || b[w-1] == '.') {
		w--
	}
	if w == u || !usUnits[string(b[w:u])] || !leftOK(b, w) {
		return i
	}
	return w
}

// usParticles are the lower-case words inside a street's name: "Ponce de
// Leon", "Avenue of the Americas".
var usParticles = set(`de del la las los du da di van von of the y`)

// usAfterStreet reads what follows a street ending at end: a direction, a
// secondary unit and the city line.
func usAfterStreet(b []byte, end int) (int, bool) {
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
	// A road's number: "Old Post Road No 2" (address_us_round20.go).
	end = usRoadNo(b, end)
	// A secondary unit: ", Apt 4B", " Suite 200", "\nUnit 7", " # 12".
	if e, ok := usUnit(b, end); ok {
		end = e
	}
	// The rest of an HL7 v2 address (XAD), its parts parted by carets.
	if e := usXADTail(b, end); e > end {
		return e, true
	}
	// A semicolon or tab table whose header gives the city its own
	// column: the street's cell is the address ("Street;City;State;ZIP").
	// Tab columns were read whole until session 17, as the early corpus
	// unseen labels them; the newer corpora label a record's street field
	// alone when city, state and ZIP are fields of their own, as JSON and
	// semicolon rows are read here.
	if end < len(b) && (b[end] == ';' || b[end] == '\t') && cityColumn(b, end) {
		return end, true
	}
	// The city line: ", Dayton, OH 45402" or "\nDayton, OH 45402".
	if e, ok := usCityLine(b, end); ok {
		end = e
	} else if e, ok := usCityOnly(b, end); ok {
		end = e
	}
	return end, rightOK(b, end) || escapedBreak(b, end) || end < len(b) && (b[end] == '.' || b[end] == ',')
}

// escapedBreak reports whether the escaped line break of iCalendar or JSON
// (`\n`) is at e, before a capital or a digit: the next line of an
// address, not a word.
func escapedBreak(b []byte, e int) bool {
	return e+1 < len(b) && b[e] == '\\' && b[e+1] == 'n' && !(e+2 < len(b) && isLower(b[e+2]))
}

// usSeparator returns where the next part of an address starts after a
// separator at p, or p when there is none: a comma (or the "\\," of an
// iCalendar value, or the ";" of a vCard's ADR), then a space, two or a
// line break, with the marks of a quoted reply after it ("\n> "); or a tab
// between columns; or " · ", " • " or " | " written on one line; or the line
// break of LaTeX (" \\\\ ") or HTML ("<br>").
func usSeparator(b []byte, p int) int {
	q := p
	switch {
	case q >= len(b):
		return p
	case b[q] == '\t':
		return q + 1
	case b[q] == ',' || b[q] == ';':
		q++
	case b[q] == '\\' && q+1 < len(b) && b[q+1] == ',':
		q += 2
	case escapedBreak(b, q):
		return q + 2 // the escaped line break of iCalendar and JSON: "Apt 4\nErie, PA"
	case hasPrefixAt(b, q, " · "):
		return q + len(" · ")
	case hasPrefixAt(b, q, " • "):
		return q + len(" • ")
	case hasPrefixAt(b, q, " | "):
		return q + len(" | ")
	case hasPrefixAt(b, q, ` \\ `):
		return q + len(` \\ `) // a line break of LaTeX
	}
	// A line break of HTML: "<br>", "<br/>", "<br />", with spaces or a
	// line break after it.
	if br := htmlBreak(b, q); br > q {
		for br < len(b) && (b[br] == ' ' || b[br] == '\n') {
			br++
		}
		return br
	}
	nl := false
	if hasPrefixAt(b, q, "\r\n") {
		q, nl = q+2, true
	} else if q < len(b) && (b[q] == ' ' || b[q] == '\n') {
		nl = b[q] == '\n'
		q++
	}
	// A line of a quoted reply goes on after its marks: "\n> 10115 Berlin";
	// so does a line of a boxed or indented block ("\n|  10115 Berlin"),
	// its bar repeated at the start of every line.
	if nl {
		r := q
		for r < len(b) && r-q < 60 && b[r] == ' ' {
			r++
		}
		// A form's indented block ("    Laredo, TX 78041"), or a letter's
		// address window set far right, each line indented alike.
		if r > q && r < len(b) && (b[r] == '|' || isAlnum(b[r])) && (r-q <= 8 || lineIndent(b, p) == r-q) {
			q = r
		}
	}
	for nl && q < len(b) && (b[q] == '>' || b[q] == '|' && p > 0 && lineOpensWith(b, p, '|')) {
		q++
		for n := 0; n < 2 && q < len(b) && b[q] == ' '; n++ {
			q++
		}
	}
	if q > p && q < len(b) && b[q] == ' ' {
		q++
	}
	return q
}

// usGrid reads the street of a grid address after its house number: a
// direction, a coordinate and a direction ("N 3700 S").
func usGrid(b []byte, p int) (int, bool) {
	// The directions are letters or words: "900 W 800 East", "10 North
	// 300 East".
	d := p
	for d < len(b) && d-p < 10 && isAlpha(b[d]) {
		d++
	}
	if d == p || !usDirections[string(b[p:d])] || d+1 >= len(b) || b[d] != ' ' {
		return 0, false
	}
	n := digitRun(b, d+1)
	if n-d-1 < 2 || n-d-1 > 5 || n+1 >= len(b) || b[n] != ' ' {
		return 0, false
	}
	e := n + 1
	for e < len(b) && e-n < 10 && isAlpha(b[e]) {
		e++
	}
	if e == n+1 || !usDirections[string(b[n+1:e])] || !rightOK(b, e) && !escapedBreak(b, e) {
		return 0, false
	}
	return e, true
}

// usUnit reads a secondary unit designator and its number after p, or
// one of the units that usUnitMore reads; and a second unit after the
// first, as a building's or a floor's after an apartment's ("Apt 7C Bldg
// C", "Ste 26, Fl 17"), which Publication 28 does not write but people do.
func usUnit(b []byte, p int) (int, bool) {
	e, ok := usUnitOne(b, p)
	if ok {
		if f, ok := usUnitNumbered(b, e); ok {
			e = f
		}
	}
	return e, ok
}

func usUnitOne(b []byte, p int) (int, bool) {
	if e, ok := usUnitNumbered(b, p); ok {
		return e, true
	}
	if q := usSeparator(b, p); q > p {
		if e := usUnitMore(b, q); e > q {
			return e, true
		}
	}
	return p, false
}

// usUnitNumbered reads a secondary unit designator and its number after p.
func usUnitNumbered(b []byte, p int) (int, bool) {
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
	if e < len(b) && b[e] == '#' && b[q] != '#' {
		e++ // "Apt #5"
	}
	f := e
	for f < len(b) && f-e < 6 && (isAlnum(b[f]) || b[f] == '-' && f > e) {
		f++
	}
	if f == e || !hasDigitOrUpper(b[e:f]) || !rightOK(b, f) && !escapedBreak(b, f) {
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

// usCityLine reads ", City, ST 12345" (or the same on the next line, in
// another column, or in capitals: "ERIE PA  16501") after p: up to five
// city words, a state's code or name and a ZIP code or ZIP+4, which a
// state's name needs.
func usCityLine(b []byte, p int) (int, bool) {
	c := usSeparator(b, p)
	if c == p || c >= len(b) || !isUpper(b[c]) {
		return p, false
	}
	ce := c
	// A parse without a ZIP code is kept only if no longer one has it:
	// "TRUTH OR CONSEQUENCES, NM 87901" is not Truth, Oregon.
	fallback := -1
	for words := 0; words < 5; words++ {
		e := cityWord(b, ce, words == 0)
		if e == ce {
			break
		}
		ce = e
		if z, ok := usStateZip(b, ce); ok {
			if z > 0 && isDigit(b[z-1]) {
				return z, true
			}
			if fallback < 0 {
				fallback = z
			}
		}
		if ce+1 >= len(b) || b[ce] != ' ' {
			break
		}
		ce++
	}
	// After a comma with no space, as a CSV row parts its cells, a city
	// and state without a ZIP code are other cells ("29166 NE 89th
	// St,Arroyo Seco NM,74175"): the street is the address.
	if fallback >= 0 && !(b[p] == ',' && p+1 < len(b) && isUpper(b[p+1])) {
		return fallback, true
	}
	return p, false
}

// cityWord reads a word of a city's name at p: capitalised or in
// capitals, with inner apostrophes, hyphens and a final period ("St.",
// "Wilkes-Barre", "Coeur d'Alene"); after the first, a short lower-case
// link ("Truth or Consequences") or an elided article ("d'Alene").
func cityWord(b []byte, p int, first bool) int {
	if p >= len(b) {
		return p
	}
	// A scanner reads "o" and "l" as "0" and "1" ("B0ise", "Kn0xville"):
	// after a letter, they stay in the word.
	e := p
	for e < len(b) && e-p < 30 && (isAlpha(b[e]) || b[e] >= 0x80 || (b[e] == '\'' || b[e] == '-') && e > p && e+1 < len(b) && isAlpha(b[e+1]) ||
		(b[e] == '0' || b[e] == '1') && e > p && isAlpha(b[e-1]) && !(e+1 < len(b) && isDigit(b[e+1]))) {
		e++
	}
	if e == p {
		return p
	}
	if !isUpper(b[p]) && b[p] < 0x80 {
		if first || !(e-p <= 3 || b[p+1] == '\'') {
			return p
		}
	}
	if e < len(b) && b[e] == '.' && e-p <= 3 {
		e++
	}
	return e
}

// usStateNames are the states and territories written out.
var usStateNames = []string{"Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut",
	"Delaware", "District of Columbia", "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa",
	"Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota",
	"Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico",
	"New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island",
	"South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington",
	"West Virginia", "Wisconsin", "Wyoming", "Puerto Rico", "Guam"}

// usStateZip reads, after a city's name at p, the separator, the state's
// code or name and the ZIP code: " OH 45402", ", Ohio 45402-1234",
// "\tOH\t45402", ";TX;78701", " PA  16501".
func usStateZip(b []byte, p int) (int, bool) {
	s := usSeparator(b, p)
	// A period misread for the comma, as scanners do: "Albany. NY 12207";
	// the state's code and ZIP code must follow.
	dot := false
	if s == p && p+5 < len(b) && b[p] == '.' && b[p+1] == ' ' && isUpper(b[p+2]) && isUpper(b[p+3]) && b[p+4] == ' ' && isDigit(b[p+5]) {
		s, dot = p+2, true
	}
	if s == p || s+2 > len(b) {
		return p, false
	}
	e, named := s, false
	if usStates[string(b[s:s+2])] && (s+2 == len(b) || !isAlpha(b[s+2])) {
		e = s + 2
	} else if hasPrefixAt(b, s, "D.C.") {
		e = s + 4 // "Washington, D.C. 20500"
	} else {
		for _, n := range usStateNames {
			if s+len(n) <= len(b) && b[s] == n[0] && strings.EqualFold(string(b[s:s+len(n)]), n) && (s+len(n) == len(b) || !isAlpha(b[s+len(n)])) {
				e, named = s+len(n), true
				break
			}
		}
		if !named {
			return p, false
		}
	}
	z := e
	if z < len(b) && (b[z] == ' ' || b[z] == '\t' || b[z] == ';') {
		z++
		if z < len(b) && b[z] == ' ' && b[z-1] == ' ' {
			z++ // "PA  16501"
		}
	}
	if d := digitRun(b, z); z > e && d-z == 5 {
		e = d
		if d+5 <= len(b) && b[d] == '-' && digitRun(b, d+1) == d+5 {
			e = d + 5
		}
	} else if dot || named && !usStateNameEnds(b, e) {
		return p, false
	}
	if !rightOK(b, e) && !escapedBreak(b, e) {
		return p, false
	}
	return e, true
}

// usNumberedRoads are suffixes that a road's number may follow.
var usNumberedRoads = withUpper(set(`Road Rd Highway Hwy Route Rte Parkway Pkwy Expressway Expy Freeway Fwy`))

// usRoadPrefixes number a state's or county's road with no suffix: "FM
// 941" (Texas farm-to-market), "CR 12", "SR 9".
var usRoadPrefixes = set(`FM RM CR SR`)

// usBoxOpeners come before the number of a post-office box or a rural
// route (USPS Publication 28, 2.5–2.7): "PO Box 8812", "RR 2 Box 45",
// "HC 61 Box 12".
var usBoxOpeners = []string{"PO Box ", "P.O. Box ", "P. O. Box ", "POB ", "Post Office Box ", "RR ", "R.R. ", "Rural Route ",
	"HC ", "Highway Contract Route ", "PSC ", "CMR ", "Unit ", "PO BOX ", "P.O. BOX ", "POST OFFICE BOX ",
	"RURAL ROUTE ", "HIGHWAY CONTRACT ROUTE ", "UNIT ", "P O Box ", "P O BOX ", "P. O. BOX ", "po box ", "p.o. box ", "p o box ", "rr "}

// usBox tries a post-office box, rural route or military box whose number
// is the digit run [i, k): the opener before it, a box number after a
// route's ("RR 2 Box 45"), and the city line, which a box needs.
func (s *scan) usBox(i, k int) (start, end int, ok bool) {
	b := s.b
	start = -1
	for _, o := range usBoxOpeners {
		if q := i - len(o); q >= s.floor && hasPrefixAt(b, q, o) && leftOK(b, q) {
			start = q
			if o == "Unit " || o == "UNIT " {
				// A military unit needs its box: "Unit 2050 Box 4190".
				if !hasPrefixAt(b, k, " Box ") && !hasPrefixAt(b, k, " BOX ") && !hasPrefixAt(b, k, ", Box ") && !hasPrefixAt(b, k, ", BOX ") {
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
	for _, box := range []string{" Box ", ", Box ", " BOX ", ", BOX ", " box ", ", box "} {
		if hasPrefixAt(b, end, box) {
			if e := digitRun(b, end+len(box)); e > end+len(box) {
				end = usBoxLetter(b, e) // "Box 61A" (address_us_round20.go)
			}
			break
		}
	}
	if e, ok := usUnit(b, end); ok {
		end = e // "POB 2206, Rm 310"
	}
	// A table whose header gives the city its own column, as for a
	// street: the box's cell is the address ("PO BOX 1901\tALBUQUERQUE").
	if end < len(b) && (b[end] == ';' || b[end] == '\t') && cityColumn(b, end) {
		return start, end, true
	}
	if e, ok := usCityLine(b, end); ok {
		return start, e, true
	}
	if e, ok := usCityOnly(b, end); ok {
		return start, e, true // "RR 4 Box 12, Bangor"
	}
	if isLower(b[start]) {
		// A box typed in lower case fills a cell or a line as a street
		// does: "\tpo box 7654 el paso, tx 79916".
		if e, ok := usLowerCityLine(b, end, usLowerCued(b, start)); ok {
			return start, e, true // "po box 63335, wichita, ks 67202"
		}
	}
	// Without its city line, a box is an address when both its route and
	// box are given ("RR 2 Box 45") or it is a post-office box by name
	// ("PO Box 4412"), and the sentence or field goes on after it.
	// "POB", "P O Box" and "Post Office Box" name it too ("'POB 3637','Erie'").
	if o, u := string(b[start:i]), strings.ToUpper(string(b[start:i])); (end > k && (o == "RR " || o == "R.R. " || o == "Rural Route " || u == "RURAL ROUTE " || o == "HC " || o == "PSC " || o == "CMR " || u == "UNIT ") ||
		strings.HasPrefix(u, "PO BOX") || strings.HasPrefix(u, "P.O. BOX") || strings.HasPrefix(u, "P. O. BOX") || strings.HasPrefix(u, "P O BOX") ||
		u == "POB " && k-i >= 2 || strings.HasPrefix(u, "POST OFFICE BOX")) && rightOK(b, end) && !(end < len(b) && (b[end] == '-' || b[end] == '/')) {
		return start, end, true
	}
	return 0, 0, false
}

// htmlBreak returns the end of an HTML line break at p ("<br>", "<br/>",
// "<br />", in either case), or p.
func htmlBreak(b []byte, p int) int {
	if p+4 > len(b) || b[p] != '<' || b[p+1]|0x20 != 'b' || b[p+2]|0x20 != 'r' {
		return p
	}
	q := p + 3
	if q < len(b) && b[q] == ' ' {
		q++
	}
	if q < len(b) && b[q] == '/' {
		q++
	}
	if q < len(b) && b[q] == '>' {
		return q + 1
	}
	return p
}

// usCities are the larger US cities (lexicon/us_cities.txt), as written
// and in capitals.
var usCities = placeSet("us_cities.txt")

// usPlaces and dePlaces are the towns of the gazetteer
// (lexicon/us_places.txt, de_places.txt), read only after a street.
var usPlaces, dePlaces = placeSet("us_places.txt"), placeSet("de_places.txt")

// placeSet reads a list of places, one a line, as written and in capitals.
func placeSet(file string) map[string]bool {
	m := map[string]bool{}
	for _, line := range strings.Split(lexicon(file), "\n") {
		if c := strings.TrimSpace(line); c != "" && c[0] != '#' {
			m[c], m[strings.ToUpper(c)] = true, true
		}
	}
	return m
}

// usCityOnly reads a known city's name without its state after a street
// or a box: ", Tacoma", " in Little Rock", ", ST. LOUIS". The name must
// end there: not go on with a capitalised word ("Columbia Mall", "Kent
// Street").
func usCityOnly(b []byte, p int) (int, bool) {
	c := p
	switch {
	case hasPrefixAt(b, p, ", "):
		c = p + 2
	case hasPrefixAt(b, p, " in "):
		c = p + 4
	default:
		return p, false
	}
	if c >= len(b) || !isUpper(b[c]) {
		return p, false
	}
	ce, found := c, -1
	for words := 0; words < 4; words++ {
		e := cityWord(b, ce, words == 0)
		if e == ce {
			break
		}
		if usCities[string(b[c:e])] || usPlaces[string(b[c:e])] {
			found = e
		} else if b[e-1] == '.' && (usCities[string(b[c:e-1])] || usPlaces[string(b[c:e-1])]) {
			found = e - 1 // the sentence's period after a short word: "in Green Bay."
		}
		if e+1 >= len(b) || b[e] != ' ' {
			break
		}
		ce = e + 1
	}
	if found < 0 || !rightOK(b, found) || found+1 < len(b) && b[found] == ' ' && isUpper(b[found+1]) {
		return p, false
	}
	return found, true
}

// lineOpensWith reports whether the line holding p (before p) opens with
// the mark c after at most a few spaces: a bar starts the next line of
// the same block only if it starts this one.
func lineOpensWith(b []byte, p int, c byte) bool {
	l := p
	for l > 0 && p-l < 200 && b[l-1] != '\n' {
		l--
	}
	for l < p && b[l] == ' ' {
		l++
	}
	return l < p && b[l] == c
}

// usXADTail returns the end of the rest of an HL7 v2 address field (XAD,
// as in PID-11) after its street at p: "^other designation^city^state^
// ZIP" ("1 OAK ST^APT 4^DAYTON^OH^45402"), or p. The other designation
// may be empty; the city, state code and ZIP code must be there.
func usXADTail(b []byte, p int) int {
	if p >= len(b) || b[p] != '^' {
		return p
	}
	q := p + 1
	for q < len(b) && q-p < 30 && b[q] != '^' && b[q] != '|' && b[q] != '\r' && b[q] != '\n' {
		q++
	}
	if q >= len(b) || b[q] != '^' {
		return p
	}
	c := q + 1
	ce := c
	for words := 0; words < 5; words++ {
		e := cityWord(b, ce, words == 0)
		if e == ce {
			break
		}
		ce = e
		if ce >= len(b) || b[ce] != ' ' {
			break
		}
		ce++
	}
	if ce == c || ce+9 > len(b) || b[ce] != '^' || !usStates[string(b[ce+1:ce+3])] || b[ce+3] != '^' {
		return p
	}
	z := digitRun(b, ce+4)
	if z-ce-4 != 5 {
		return p
	}
	if z+5 <= len(b) && b[z] == '-' && digitRun(b, z+1) == z+5 {
		z += 5
	}
	if z < len(b) && b[z] != '^' && b[z] != '|' && !rightOK(b, z) {
		return p
	}
	return z
}

// blockNumber reports whether the address at [start, end) opens with a
// hundred block rather than a house ("914 BLK DOGWOOD ST", "the 4200 block
// of Maple Street"): police reports and citations give a place that way,
// and no one lives at a block. Nor at a platted lot's block in a legal
// description ("LOT 20 BLK 9 LINCOLN PARK SUB"), see legalBlockBefore.
func blockNumber(b []byte, start, end int) bool {
	if legalBlockBefore(b, start) {
		return true
	}
	p := start
	for p < end && isDigit(b[p]) {
		p++
	}
	if p == start || p+5 > end || b[p] != ' ' {
		return false
	}
	w := b[p+1:]
	return len(w) >= 4 && (w[0]|0x20) == 'b' && (w[1]|0x20) == 'l' && ((w[2]|0x20) == 'k' && w[3] == ' ' ||
		len(w) >= 6 && (w[2]|0x20) == 'o' && (w[3]|0x20) == 'c' && (w[4]|0x20) == 'k' && w[5] == ' ')
}

// lineIndent returns how many spaces open the line that holds p.
func lineIndent(b []byte, p int) int {
	l := p
	for l > 0 && p-l < 200 && b[l-1] != '\n' {
		l--
	}
	n := 0
	for l+n < p && b[l+n] == ' ' {
		n++
	}
	return n
}
