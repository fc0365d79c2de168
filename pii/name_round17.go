package pii

import (
	"bytes"
	"strings"
)

// Session 17 (issue 18), read on unvisited and unproven. Names that are
// no one's: a pet's on a line that says so ("Pet: beagle \"Elvis\"", "宠物：
// 金毛，名字旺财", "Tier: Dackel „Herr Schmidt“"), a boat's, a relation's
// particle ("申请人之兄"), a party's side ("原告方"), a school or a
// foundation named after someone ("Musikschule Carl Orff"), a town before
// its state or after its record key, a role after "Frau". And names the
// rules missed: two people after a title and a comma ("Mr. Adeyemi, Yael
// Yamamoto"), whom a case is assigned to, a mention's surname.

// petLabels open a line or a field about a pet.
var petLabels = []string{"Pet:", "Pets:", "Pet name:", "PET:", "Haustier:", "Tier:", "Hund:", "Katze:", "宠物：", "宠物:", "宠物名：", "宠物名字："}

// notPerson17 reports whether the name [start, end) is a pet's, a
// particle's or an institution's.
func notPerson17(b []byte, start, end int) bool {
	if hasPrefixAt(b, start, "之") {
		return true // "邵国庆（申请人之兄）": whose brother, not a name
	}
	if hasPrefixAt(b, start, "方") && partySide(b, start) {
		return true // "原告方达成和解": the plaintiff's side, not 方达成
	}
	if petLine(b, start) || vesselName(b, start, end) || stateAfter(b, end) || cityKeyBefore(b, start) {
		return true
	}
	if sp := bytes.IndexByte(b[start:end], ' '); sp > 0 && placeFirst[string(b[start:start+sp])] {
		return true // "City of Fort Hollis", "Mount Vernon"
	}
	w, _ := wordBefore(b, start)
	return deInstitutionWord(w) || deRoleAfterTitle(b, start, end, w)
}

// placeFirst open the names of places, not of people.
var placeFirst = set(`Fort FORT Port PORT Mount MOUNT`)

// vesselName reports whether the name [start, end) is a boat's: in quotes,
// its kind after them ("\"Anna Amalia\" Folkeboot", "\"Sea Breeze\" sloop").
func vesselName(b []byte, start, end int) bool {
	if start == 0 || end+3 >= len(b) {
		return false
	}
	// A word of address may open the boat's name: "\"Tante Käthe\"".
	if w, ws := wordBefore(b, start); len(w) > 0 && ws > 0 && (b[ws-1] == '"' || ws >= 3 && hasPrefixAt(b, ws-3, "„")) {
		start = ws
	}
	q := end
	switch {
	case b[start-1] == '"' && b[q] == '"':
		q++
	case start >= 3 && hasPrefixAt(b, start-3, "„") && hasPrefixAt(b, q, "“"):
		q += len("“")
	default:
		return false
	}
	if q >= len(b) || b[q] != ' ' {
		return false
	}
	e := q + 1
	for e < len(b) && e-q < 20 && (isAlpha(b[e]) || b[e] >= 0x80) {
		e++
	}
	l := strings.ToLower(string(b[q+1 : e]))
	for _, k := range []string{"boot", "yacht", "jacht", "schiff", "jolle", "kutter", "sloop", "ketch", "schooner", "vessel", "boat", "cruiser", "catamaran", "katamaran"} {
		if strings.HasSuffix(l, k) {
			return true
		}
	}
	return false
}

// stateAfter reports whether a US state's code follows the name at end,
// as it follows a town ("Sandy Prairie KS,60070", "Arroyo Seco, NM 74175").
func stateAfter(b []byte, end int) bool {
	p := end
	if p < len(b) && b[p] == ',' {
		p++
	}
	if p+4 > len(b) || b[p] != ' ' || !usStates[string(b[p+1:p+3])] {
		return false
	}
	// A ZIP code after it, not a degree's letters ("Kevin Parker, MD, was").
	q := p + 3
	if q < len(b) && (b[q] == ',' || b[q] == ' ') {
		q++
	}
	if q < len(b) && b[q] == ' ' {
		q++
	}
	return q > p+3 && digitRun(b, q)-q == 5
}

// cityKeyBefore reports whether a record's key for a town comes right
// before the name: "city":"Glenwood Landing", city=, <city>, <ort>.
func cityKeyBefore(b []byte, start int) bool {
	if start == 0 || b[start-1] != '"' && b[start-1] != '=' && b[start-1] != '>' && b[start-1] != ' ' {
		return false
	}
	for _, k := range []string{`city":"`, `city": "`, `city=`, `city="`, `<city>`, `ort":"`, `ort=`, `<ort>`, `town":"`, `<town>`} {
		if start >= len(k) && lower(b[start-len(k)]) == k[0] && strings.EqualFold(string(b[start-len(k):start]), k) {
			return true
		}
	}
	return false
}

// deRoleAfterTitle reports whether the one word after "Frau" or "Herr" is
// a role's noun of the dictionary, no name ("An Frau Personalleiterin bei
// …").
func deRoleAfterTitle(b []byte, start, end int, title []byte) bool {
	t := string(title)
	if t != "Frau" && t != "Herr" && t != "Herrn" || bytes.IndexByte(b[start:end], ' ') >= 0 {
		return false
	}
	w := b[start:end]
	l := strings.ToLower(string(w))
	for _, r := range []string{"leiterin", "leiter", "beauftragte", "beauftragter"} {
		if strings.HasSuffix(l, r) && len(l) > len(r)+2 {
			return true // a compound: "Personalleiterin", not the surname "Leiter"
		}
	}
	return false
}

// petLine reports whether the name at p is a pet's: quoted or after 名字,
// on a line that opens with a pet's label.
func petLine(b []byte, p int) bool {
	// The cheap test first: a quote or 名字 shortly before the name
	// ("„Herr Schmidt“").
	if !(p >= 6 && hasPrefixAt(b, p-6, "名字")) {
		q := p - 1
		for q >= 0 && p-q <= 12 && b[q] != '"' && b[q] != 0xE2 && b[q] != '\n' {
			q-- // 0xE2 opens “ and „
		}
		// A quote after a space, not a record's value ("name":"…").
		if q < 1 || p-q > 12 || b[q] == '\n' || b[q] == '"' && b[q-1] != ' ' {
			return false
		}
	}
	l := p
	for l > 0 && p-l < 120 && b[l-1] != '\n' {
		l--
	}
	if l > 0 && b[l-1] != '\n' {
		return false
	}
	for l < p && (b[l] == ' ' || b[l] == '\t' || b[l] == '-' || b[l] == '*') {
		l++
	}
	for _, lb := range petLabels {
		if hasPrefixAt(b, l, lb) && l+len(lb) <= p {
			return true
		}
	}
	return false
}

// deInstitutionEnds end German nouns for a school, a home, a prize or a
// foundation that a person's name follows as its own ("Musikschule Carl
// Orff", "Stiftung Anna Seghers").
var deInstitutionEnds = []string{"schule", "gymnasium", "stiftung", "stift", "akademie", "klinik", "klinikum",
	"kindergarten", "kita", "preis", "institut", "bibliothek", "museum", "halle", "zentrum", "heim"}

// deInstitutionWord reports whether w is such a noun: capitalised, one of
// those words or a compound that ends in one ("Realschule").
func deInstitutionWord(w []byte) bool {
	if len(w) < 4 || !isUpper(w[0]) || bytes.IndexByte(w, '-') >= 0 {
		return false
	}
	l := strings.ToLower(string(w))
	for _, e := range deInstitutionEnds {
		if strings.HasSuffix(l, e) {
			return true
		}
	}
	return false
}

// commaTitles are the titles before a surname that make "Mr. Adeyemi, Yael
// Yamamoto" two people, not one written surname first.
var commaTitles = set(`Mr. Mrs. Ms. Dr. Prof. Coach Mr Mrs Ms Dr Prof Herr Frau`)

// titledBeforeComma reports whether a title stands before the surname
// [xs, …) that a comma follows, and a given name and a surname of their
// own come after the comma at g ("Backup: Mr. Adeyemi, Yael Yamamoto"):
// a list of two people.
func titledBeforeComma(b []byte, xs, g int) bool {
	w, _ := wordBefore(b, xs)
	if !commaTitles[string(w)] && !(len(w) > 0 && commaTitles[string(w)+"."]) {
		if !(xs >= 2 && b[xs-2] == '.') {
			return false
		}
		t := xs - 2
		for t > 0 && isAlpha(b[t-1]) {
			t--
		}
		if !commaTitles[string(b[t:xs-1])] {
			return false
		}
	}
	e := word(b, g)
	if e+2 >= len(b) || b[e] != ' ' {
		return false
	}
	if p := particleAt(b, e+1, false); p > e+1 {
		return capAt(b, p) // "Coach Kowalczyk, Reginald del Valle"
	}
	if !capAt(b, e+1) {
		return false
	}
	f := word(b, e+1)
	return f > e+2 && !isFirstNameB(b[e+1:f]) && b[f-1] != '.'
}

// assignedName reports whether the word at i, after "assigned" or "by",
// is a name of the lexicons that ends its field: the line, a cell, a
// clause ("| assigned Davis\n", "req by Rosa |"); not a month or a word
// that is as often something else ("by June,").
func assignedName(b []byte, i int) bool {
	e := word(b, i)
	if e <= i || e < len(b) && !(b[e] == '\n' || b[e] == '\r' || b[e] == ',' || b[e] == ';' || b[e] == ')' || hasPrefixAt(b, e, " |")) {
		return false
	}
	w := b[i:e]
	return (isFirstNameB(w) || isSurnameB(w)) && !loneAmbiguous[string(w)] && !dictionaryWord(w, true)
}

// mentionSurname returns the end of a surname of the lexicons written
// after a mention's given name that ends at e ("@Ayşe Lehmann noten für
// Sopran", "@Nils Meier-Lohmann"), or e.
func mentionSurname(b []byte, p, e int) int {
	if e+3 >= len(b) || b[e] != ' ' || !capAt(b, e+1) || p == 0 || b[p-1] != '@' {
		return e
	}
	f := word(b, e+1)
	w := b[e+1 : f]
	if f-e-1 < 2 || f < len(b) && !(b[f] == ' ' || b[f] == ',' || b[f] == '.' || b[f] == ':' || b[f] == '\n' || b[f] == '!' || b[f] == '?') {
		return e
	}
	known := isSurnameB(w)
	for _, part := range bytes.Split(w, []byte{'-'}) {
		known = known || len(w) > len(part) && isSurnameB(part)
	}
	if !known || dictionaryWord(w, true) || dictionaryWord(w, false) {
		return e
	}
	return f
}

// partySide reports whether the "方" at p is a party's side: after 原告,
// 被告, 甲, 乙, 双, 对, 我, 各, 买, 卖, 男, 女 ("原告方", "甲方", "对方").
func partySide(b []byte, p int) bool {
	for _, w := range []string{"原告", "被告", "甲", "乙", "丙", "双", "对", "我", "各", "买", "卖", "男", "女", "校", "院", "警", "资", "劳"} {
		if p >= len(w) && hasPrefixAt(b, p-len(w), w) {
			return true
		}
	}
	return false
}
