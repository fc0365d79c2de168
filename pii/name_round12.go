package pii

import (
	"bytes"
	"strings"
)

// Round 12 (issue 18): English names — how clinical shorthand, records and
// news copy carry names: a census line's patient before an age ("bed 4 -
// ana ruiz, 72 y/o"), a physician's surname before a role in parentheses
// ("seen by Okafor (cardiology)"), a name before a degree ("Lena Park,
// MD"), a record's name written surname first before its date of birth
// ("Shaw, Helen, DOB …"), a photo credit ("(Photo: Ida Berg/AP)"), a
// quote's speaker ("…," said Moreau.), and a prescriber's initial without
// its dot ("DR. K LAMBERT").

// upperEN12 runs round 12's rules for a capitalised word [i, e); it
// returns the name's start and end, or end <= start. The cheap byte tests
// come first: most words have none of these neighbours.
func (s *scan) upperEN12(i, e int) (int, int, string) {
	b := s.b
	if e >= len(b) {
		return i, i, ""
	}
	switch b[e] {
	case ',':
		// "Shaw, Helen, DOB …", "| Dela Cruz, Ana |".
		if st, end := invertedRecord(b, max(s.floor, i), i, e); end > st {
			return st, end, "context:surname,given"
		}
	case ' ':
		// "Dela Cruz, Ana": the particle opens the record's surname.
		if c := b[i]; (c == 'D' || c == 'V' || c == 'S' || c == 'L') && e-i <= 4 {
			if p := particleAt12(b, i); p > i {
				f := wordEnd12(b, p)
				if f+2 < len(b) && b[f] == ',' {
					if st, end := invertedRecord(b, max(s.floor, i), p, f); end > st {
						return st, end, "context:surname,given"
					}
				}
				// "Van Buren-Ellis (hospitalist)".
				if hasPrefixAt(b, f, " (") && roleAfter(b, f) > f && s.clinicalSurname(p, f, true) {
					return i, f, "context:role"
				}
			}
		}
		if hasPrefixAt(b, e, " (") {
			if end := roleAfter(b, e); end > e && s.clinicalSurname(i, e, true) {
				return max(particlesBefore(b, i), s.floor), e, "context:role"
			}
		}
	case '.':
		// '…," said Moreau.': a quote's speaker, a known name alone.
		if i > 6 && b[i-1] == ' ' && (b[i-2] == 'd' || b[i-2] == 's') && quoteSaid(b, i) && loneSpeaker(b[i:e]) {
			return i, e, "context:said"
		}
	}
	// "Attending: Sun-hee Cho-Baker, DO": a name that fills a field, and a
	// clinician's degree.
	if b[e] == ' ' && (i == 0 || b[i-1] == '\n' || colonBefore(b, i)) && degreeAhead(b, e) {
		if end := s.nameWords(i, 3); end > e && degreeAfter(b, end) && !nonNames[string(b[i:e])] && !orgWords[string(b[i:e])] {
			return i, end, "context:degree"
		}
	}
	// "(Photo: Ida Berg/AP)", "Photo by Ida Berg".
	if i >= 2 && b[i-1] == ' ' && (b[i-2] == ':' || b[i-2] == 'y') && photoCreditCue(b, i) {
		if end := capWords12(b, i, 3); end > e && end < len(b) && (b[end] == '/' || b[end] == ')' || b[end] == '\n' || hasPrefixAt(b, end, " for ")) {
			return i, end, "context:photo"
		}
	}
	if i >= 4 && b[i-1] == ' ' {
		// "Follow-up: PCP C. Howard", "charge nurse: Grace": a clinician
		// named after the role, without "Dr.".
		if b[i-2] == ':' && careLabel(b, i-2) || hasPrefixAt(b, i-4, "PCP ") {
			if end := s.nameWords(i, 3); (end > e || end == e && isFirstName(string(b[i:e]))) && !nonNames[string(b[i:e])] && !orgWords[string(b[i:e])] && !careRoles[string(b[i:e])] {
				return i, end, "context:care"
			}
		}
		// "A daughter, Imani, will …": a given name in apposition to kin.
		if b[i-2] == ',' && b[e] == ',' && isFirstName(string(b[i:e])) && !nonNames[string(b[i:e])] {
			q := i - 2
			for q > 0 && i-q < 14 && isLower(b[q-1]) {
				q--
			}
			if kinshipWords[string(b[q:i-2])] {
				return i, e, "context:kinship"
			}
		}
	}
	// A cue of care before a surname alone: "seen by Okafor this am".
	if i < 4 || b[i-1] != ' ' || b[i-2] != 'y' || b[i-3] != 'b' {
		return i, i, ""
	}
	if w, q := wordBefore(b, i); q < i && string(w) == "by" && careByBefore(b, q) && s.clinicalSurname(i, e, false) && (e == len(b) || b[e] == ' ' || b[e] == '.' || b[e] == ',' || b[e] == ';') {
		if !(e+1 < len(b) && b[e] == ' ' && capAt(b, e+1)) {
			return max(particlesBefore(b, i), s.floor), e, "context:care"
		}
	}
	return i, i, ""
}

// invertedRecord reads a record's name written surname first [st, end):
// a surname (the lexicon's, or any after a particle: "Dela Cruz"), a
// comma, a known given name, perhaps a middle initial, then a record's
// next field: ", DOB", ", MRN", a bar, a tab or the line's end. It must
// open a field: a line, a cell, or follow a colon or a dash ("RE: Referral
// — Shaw, Helen, DOB 01/02/1950"). Lists of surnames ("Shaw, Helen and
// Ray") end otherwise.
func invertedRecord(b []byte, floor, i, e int) (int, int) {
	if e+3 >= len(b) || b[e+1] != ' ' || !capAt(b, e+2) {
		return i, i
	}
	st := i
	for _, p := range enParticles12 {
		if i < 3 || b[i-1] != ' ' {
			break
		}
		if i-len(p) >= floor && hasPrefixAt(b, i-len(p), p) {
			st = i - len(p)
			break
		}
	}
	if st == i && !isSurname(string(b[i:e])) || nonNames[string(b[i:e])] || placeWords[string(b[i:e])] || !fieldOpen12(b, st) {
		return i, i
	}
	if e+3 >= len(b) || b[e+1] != ' ' || !capAt(b, e+2) {
		return i, i
	}
	g := word(b, e+2)
	if g <= e+3 || !isFirstName(string(b[e+2:g])) {
		return i, i
	}
	end := g
	// A middle initial: "Shaw, Helen R", "Shaw, Helen R.".
	if g+2 <= len(b) && b[g] == ' ' && isUpper(b[g+1]) && (g+2 == len(b) || !isAlnum(b[g+2])) {
		end = g + 2
		if end < len(b) && b[end] == '.' {
			end++
		}
	}
	if !recordFieldEnd(b, end) {
		return i, i
	}
	return st, end
}

// enParticles12 open a surname before its capitalised word, as US records
// write Filipino, Spanish and Dutch surnames.
var enParticles12 = []string{"Dela ", "De La ", "de la ", "Del ", "De ", "Van ", "van ", "Von ", "St. ", "Da ", "Di ", "Le ", "La "}

// fieldOpen12 reports whether a record's field opens at p: a line's or
// the text's start, a cell's bar, a tab, a colon or a dash before it.
func fieldOpen12(b []byte, p int) bool {
	if p == 0 || b[p-1] == '\n' || b[p-1] == '\t' || b[p-1] == '|' {
		return true
	}
	if b[p-1] != ' ' || p < 2 {
		return false
	}
	c := b[p-2]
	return c == ':' || c == '|' || c == '-' || c == ' ' && p >= 3 && b[p-3] == '|' || p >= 4 && (hasPrefixAt(b, p-4, "— ") || hasPrefixAt(b, p-4, "– "))
}

// recordFieldEnd reports whether a record's next field begins at p: the
// line's end, a bar, a tab, a semicolon, or a comma before a record
// key in capitals ("DOB", "MRN", "D.O.B.") or an age.
func recordFieldEnd(b []byte, p int) bool {
	if p == len(b) || b[p] == '\n' || b[p] == '\r' || b[p] == '\t' || b[p] == ';' || hasPrefixAt(b, p, " |") || b[p] == '|' {
		return true
	}
	if !hasPrefixAt(b, p, ", ") {
		return false
	}
	p += 2
	for _, k := range []string{"DOB", "D.O.B", "MRN", "DOD", "born ", "age ", "b. "} {
		if hasPrefixAt(b, p, k) {
			return true
		}
	}
	return p < len(b) && isDigit(b[p])
}

// careRoles are the roles a chart puts in parentheses after a clinician's
// surname: "Okafor (hospitalist)", "Reyes (cards)".
var careRoles = set(`hospitalist attending resident intern fellow PCP NP PA PA-C RN LPN CRNA MD DO surgeon surgery cardiology cardiologist cards
nephrology nephrologist neurology neurologist oncology oncologist GI ID pulm pulmonology pulmonologist psych psychiatry psychiatrist ortho orthopedics
anesthesia anesthesiologist radiology radiologist pharmacist pharmacy consultant consult intensivist midwife dietitian physiotherapist therapist
endocrinology endocrinologist urology urologist dermatology dermatologist gastroenterology gastroenterologist rheumatology rheumatologist
hematology hematologist geriatrics geriatrician palliative obstetrics OB OB/GYN ENT podiatry podiatrist nurse chaplain ICU ED ER`)

// roleAfter returns the end of a care role in parentheses at e (" (…)"),
// or e.
func roleAfter(b []byte, e int) int {
	f := e + 2
	for f < len(b) && f-e < 24 && (isAlpha(b[f]) || b[f] == '-' || b[f] == '/') {
		f++
	}
	if f < len(b) && b[f] == ')' && careRoles[string(b[e+2:f])] {
		return f + 1
	}
	return e
}

// clinicalSurname reports whether [i, e) may be a clinician's surname
// alone: a known surname, or a hyphenated pair of them, and no common
// word, place, or department.
//
// With a role after it (role), a surname that is also a place or a word
// will do: "Park (hospitalist)", "Hall (PCP)".
func (s *scan) clinicalSurname(i, e int, role bool) bool {
	w := string(s.b[i:e])
	if orgWords[w] || careRoles[w] || !role && (nonNames[w] || placeWords[w] || streetWord(w) || labelNoun(w)) {
		return false
	}
	if isSurname(w) {
		return true
	}
	for k := i + 1; k < e-1; k++ {
		if s.b[k] == '-' {
			return isSurname(string(s.b[i:k])) || isSurname(string(s.b[k+1:e]))
		}
	}
	return particlesBefore(s.b, i) < i
}

// careByBefore reports whether a verb of care ends just before the "by" at
// q: "seen by", "referred by", "evaluated by".
func careByBefore(b []byte, q int) bool {
	w, _ := wordBefore(b, q)
	return careVerbs[string(w)]
}

var careVerbs = set(`seen evaluated examined referred assessed followed covered staffed discussed reviewed consulted admitted treated operated managed signed co-signed`)

// degreeAfter reports whether a clinician's degree follows the name that
// ends at p: ", MD", ", DO", ", NP", ", PA-C", ", RN", ", DDS".
func degreeAfter(b []byte, p int) bool {
	if !hasPrefixAt(b, p, ", ") {
		return false
	}
	p += 2
	for _, d := range []string{"MD", "M.D.", "DO", "D.O.", "NP", "PA-C", "RN", "DDS", "DMD", "DPM", "APRN", "FNP", "CNM", "MBBS"} {
		if hasPrefixAt(b, p, d) && (p+len(d) == len(b) || !isAlnum(b[p+len(d)])) {
			return true
		}
	}
	return false
}

// photoCreditCue reports whether a photo's credit line puts a name at i:
// "Photo: ", "Photo by ", "Photograph by ", "Photos: ".
func photoCreditCue(b []byte, i int) bool {
	for _, c := range []string{"Photo: ", "Photos: ", "Photo by ", "Photograph by ", "Photography by ", "photo by ", "Photo credit: ", "Credit: "} {
		if i >= len(c) && hasPrefixAt(b, i-len(c), c) {
			return true
		}
	}
	return false
}

// quoteSaid reports whether a closed quotation and a verb of saying end
// just before i: '"…," said ', '…?" says '.
func quoteSaid(b []byte, i int) bool {
	for _, v := range []string{" said ", " says ", " adds ", " added "} {
		p := i - len(v)
		if p < 2 || !hasPrefixAt(b, p, v) {
			continue
		}
		if b[p-1] == '"' || p >= 4 && hasPrefixAt(b, p-3, "”") {
			return true
		}
	}
	return false
}

// loneSpeaker reports whether w, alone, names a quote's speaker: a known
// surname or given name that is no common word.
func loneSpeaker(w []byte) bool {
	return len(w) > 2 && (isSurnameB(w) || isFirstNameB(w)) && !nonNames[string(w)] && !placeWords[string(w)] && !orgWords[string(w)]
}

// titleInitials reads a title before initials and a surname [st, end):
// "Dr. H. D. Reed", "Prof. A. B. Kwan", and the prescriber as pharmacy
// labels print it, the initial without its dot: "DR. K LAMBERT".
func titleInitials(b []byte, i int) (int, int) {
	p := i
	for _, t := range []string{"Dr. ", "DR. ", "Dr ", "DR ", "Prof. ", "Professor ", "PROF. "} {
		if hasPrefixAt(b, i, t) {
			p = i + len(t)
			break
		}
	}
	if p == i || !leftOK(b, i) {
		return i, i
	}
	st, n := p, 0
	dots := false
	for n < 3 && p+3 < len(b) && isUpper(b[p]) && (b[p+1] == ' ' || b[p+1] == '.' && b[p+2] == ' ') {
		if b[p+1] == '.' {
			p, dots = p+3, true
		} else {
			p += 2
		}
		n++
	}
	if n == 0 || !capAt(b, p) {
		return i, i
	}
	e := word(b, p)
	for e < len(b) && e-p < 40 && (isUpper(b[e]) || b[e] == '-' || b[e] == '\'') {
		e++ // a surname in capitals: "GRANT-STONE", "O'CONNOR"
	}
	w := string(b[p:e])
	if e-p < 2 || nonNames[w] || orgWords[w] || placeWords[w] || !rightOK(b, e) {
		return i, i
	}
	// Without dots the initial is a label's: only a line that holds the
	// name alone.
	if !dots && !(e == len(b) || b[e] == '\n' || b[e] == '\r') {
		return i, i
	}
	if dots && n == 1 && !(e == len(b) || b[e] == '\n' || b[e] == ',' || isSurname(w)) {
		return i, i
	}
	return st, e
}

// particleAt12 returns the end of one of enParticles12 at i that a
// capitalised word follows, or i.
func particleAt12(b []byte, i int) int {
	for _, p := range enParticles12 {
		if hasPrefixAt(b, i, p) && capAt(b, i+len(p)) {
			return i + len(p)
		}
	}
	return i
}

// capWords12 returns the end of up to n capitalised words from i, one
// space apart, whatever follows them ("Ida Berg/AP").
func capWords12(b []byte, i, n int) int {
	end := i
	for k := 0; k < n && capAt(b, i); k++ {
		e := word(b, i)
		if e-i < 2 {
			break
		}
		end = e
		if e+1 >= len(b) || b[e] != ' ' {
			break
		}
		i = e + 1
	}
	return end
}

// censusLine reads a ward census or handover line that opens at p with a
// patient: "bed 12 - ana ruiz, 72 y/o, …", "rm 4: mrs okafor, 80yo", "pt
// dana lee, 45 y/o". Such notes are typed fast and in lower case; the age
// in clinical shorthand after the name and the comma ("y/o", "yo",
// "-year-old") is what makes the words before it a person's. Without a
// bed or a "pt" before it the name must open with a known given name or an
// honorific. It returns the name's end, or p.
func (s *scan) censusLine(p int) int {
	b := s.b
	q, lead := p, false
	for _, l := range []string{"bed ", "rm ", "room ", "bay ", "Bed ", "Rm ", "Room ", "Bay "} {
		if hasPrefixAt(b, p, l) {
			q = p + len(l)
			for q < len(b) && q-p < 12 && (isAlnum(b[q]) || b[q] == '-' && q+1 < len(b) && isAlnum(b[q+1])) {
				q++
			}
			switch {
			case hasPrefixAt(b, q, " - "), hasPrefixAt(b, q, " – "), hasPrefixAt(b, q, " — "):
				q = q + 1 + len(string(b[q+1:q+2]))
				if b[q-1] != ' ' {
					q = q + strings.IndexByte(string(b[q:min(len(b), q+4)]), ' ') + 1
				}
			case hasPrefixAt(b, q, ": "):
				q += 2
			default:
				return p
			}
			lead = true
			break
		}
	}
	if !lead && (hasPrefixAt(b, p, "pt ") || hasPrefixAt(b, p, "Pt ")) {
		q, lead = p+3, true
	}
	// An honorific, left out of the name: "mrs okafor".
	st := q
	for _, h := range []string{"mr ", "mrs ", "ms ", "miss ", "mx ", "Mr ", "Mrs ", "Ms ", "Mr. ", "Mrs. ", "Ms. "} {
		if hasPrefixAt(b, q, h) {
			st = q + len(h)
			break
		}
	}
	end := st
	for k := 0; k < 3 && end < len(b); k++ {
		f := end
		for f < len(b) && f-end < 30 && (isAlpha(b[f]) || (b[f] == '-' || b[f] == '\'') && f > end && f+1 < len(b) && isAlpha(b[f+1])) {
			f++
		}
		if f-end < 2 {
			return p
		}
		end = f
		if end < len(b) && b[end] == ' ' {
			end++
			continue
		}
		break
	}
	if end <= st || end >= len(b) || b[end] != ',' || !ageAfter(b, end) {
		return p
	}
	if !lead && st == q && !s.lowerGiven(st, lowerWord(b, st)) || st == q && !censusWords(b, st, end) {
		return p
	}
	s.emit(PersonName, st, end, 0.75, "context:census")
	return end
}

// ageAfter reports whether an age in clinical shorthand follows the comma
// at p: ", 72 y/o", ", 72yo", ", 72-year-old", ", 72 yr old", ", 72F".
func ageAfter(b []byte, p int) bool {
	if !hasPrefixAt(b, p, ", ") {
		return false
	}
	q := p + 2
	d := q
	for d < len(b) && d-q < 3 && isDigit(b[d]) {
		d++
	}
	if d == q {
		return false
	}
	if d < len(b) && b[d] == ' ' {
		d++
	}
	for _, a := range []string{"y/o", "yo", "y.o.", "-year-old", "year-old", "year old", "yr old", "yrs", "F", "M"} {
		if hasPrefixAt(b, d, a) && (d+len(a) == len(b) || !isAlnum(b[d+len(a)])) {
			return true
		}
	}
	return false
}

// censusWords reports whether the words [st, end) read as a name: the
// first a known given name or the last a known surname, and none a common
// word ("stable overnight" is no name).
func censusWords(b []byte, st, end int) bool {
	var buf [64]byte
	first, last := false, false
	for p := st; p < end; {
		f := p
		for f < end && b[f] != ' ' {
			f++
		}
		if f-p > 60 {
			return false
		}
		w := titleCase(&buf, b[p:f])
		if nonNames[string(w)] {
			return false
		}
		if p == st {
			first = isFirstNameB(w)
		}
		last = isSurnameB(w)
		p = f + 1
	}
	return first || last && end-st > 0
}

// wordEnd12 is word's end, read on over what word stops at inside a
// hyphenated surname: "Buren-McCarthy", "Ortiz-MacLeod".
func wordEnd12(b []byte, p int) int {
	e := word(b, p)
	for e < len(b) && e-p < 60 && (isAlpha(b[e]) || (b[e] == '-' || b[e] == '\'') && e+1 < len(b) && isAlpha(b[e+1])) {
		e++
	}
	return e
}

// careLabel reports whether the colon at c ends a clinician's role as a
// label: "charge nurse:", "Attending:", "Surgeon:".
func careLabel(b []byte, c int) bool {
	q := c
	for q > 0 && c-q < 14 && isAlpha(b[q-1]) {
		q--
	}
	return careLabels[string(b[q:c])]
}

var careLabels = set(`nurse Nurse attending Attending resident Resident hospitalist Hospitalist surgeon Surgeon physician Physician PCP provider Provider intern Intern midwife Midwife therapist Therapist RN NP`)

// twoInitials returns the end of two initials and a known surname at i:
// "A. N. Herrera", "V. L. GREEN", as acknowledgements, committees and
// title pages write scholars; or i. One initial is a list's or a
// heading's as often; two before a surname are a person's.
func twoInitials(b []byte, i int) int {
	if i+6 >= len(b) || b[i+1] != '.' || b[i+2] != ' ' || !isUpper(b[i+3]) || b[i+4] != '.' || b[i+5] != ' ' || !capAt(b, i+6) || !leftOK(b, i) || i >= 2 && b[i-2] == '.' {
		return i
	}
	p := i + 6
	e := wordEnd12(b, p)
	for e < len(b) && e-p < 40 && isUpper(b[e]) {
		e++ // in capitals: "GREEN"
	}
	var buf [64]byte
	w := b[p:e]
	if e-p >= 3 && e-p < 60 {
		n := copy(buf[:], w)
		for k := 1; k < n; k++ {
			if isUpper(buf[k]) && isUpper(buf[k-1]) {
				buf[k] += 'a' - 'A'
			}
		}
		w = buf[:n]
	}
	if e-p < 2 || !rightOK(b, e) || nonNames[string(w)] || orgWords[string(w)] {
		return i
	}
	if !isSurnameB(w) {
		// A hyphenated surname: "J. R. Ortiz-Keane".
		h := bytesIndexByte(w, '-')
		if h <= 0 || !isSurnameB(w[:h]) && !isSurnameB(w[h+1:]) {
			return i
		}
	}
	return e
}

func bytesIndexByte(w []byte, c byte) int {
	for k, x := range w {
		if x == c {
			return k
		}
	}
	return -1
}

// notPerson12 reports whether a name-shaped span [start, end) names no
// person: a ship after its prefix ("USS Ronald Reagan", "HMS Victoria"),
// or a dog's breed ("German Shepherd", "Jack Russell"), as licence
// registers and vet records list them.
func notPerson12(b []byte, start, end int) bool {
	if start >= 4 && b[start-1] == ' ' && isUpper(b[start-2]) {
		if w, _ := wordBefore(b, start); shipPrefixes[string(w)] {
			return true
		}
	}
	return dogBreeds[string(b[start:end])] || workTitle(b, start, end)
}

// workTitle reports whether the name [start, end) opens the title of a
// book, a film or a talk in quotes: "Reading \"Harry Potter and the Goblet
// of Fire\"". The quoted words go on past the name, with a lower-case word
// and then a capitalised one, and hold no punctuation of speech.
func workTitle(b []byte, start, end int) bool {
	if start == 0 || b[start-1] != '"' || end+3 >= len(b) || b[end] != ' ' {
		return false
	}
	q := bytes.IndexByte(b[end:min(len(b), end+80)], '"')
	if q < 0 || bytes.ContainsAny(b[end:end+q], ".,!?\n") {
		return false
	}
	lower := false
	for p := end; p+1 < end+q; p++ {
		if b[p] == ' ' {
			if isLower(b[p+1]) {
				lower = true
			} else if lower && isUpper(b[p+1]) {
				return true
			}
		}
	}
	return false
}

var shipPrefixes = set(`USS HMS RMS USNS HMCS HMAS HMNZS USCGC SS MV MS MY`)

var dogBreeds = map[string]bool{"German Shepherd": true, "Australian Shepherd": true, "Anatolian Shepherd": true, "Belgian Shepherd": true,
	"English Shepherd": true, "Jack Russell": true, "Parson Russell": true, "King Charles": true, "Saint Bernard": true, "St. Bernard": true,
	"Great Dane": true, "Gordon Setter": true, "Doberman Pinscher": true, "Dandie Dinmont": true}

// degreeAhead is degreeAfter's cheap test: a comma and a capital close
// after the word ending at e, with only a name's letters between.
func degreeAhead(b []byte, e int) bool {
	for p := e; p < len(b) && p-e < 48; p++ {
		switch c := b[p]; {
		case c == ',':
			return degreeAfter(b, p)
		case isAlpha(c) || c == ' ' || c == '-' || c == '.' || c == '\'':
		default:
			return false
		}
	}
	return false
}
