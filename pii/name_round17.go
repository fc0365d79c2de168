package pii

import (
	"bytes"
	"strings"
)

// Session 17 (issue 18): names that are no one's, read on unvisited: a
// pet's on a line that says so ("Pet: beagle \"Elvis\"", "宠物：金毛，名字
// 旺财", "Tier: Dackel „Herr Schmidt“"), a relation's particle read as a
// name ("申请人之兄"), a school or a foundation named after someone in
// German ("Musikschule Carl Orff").

// petLabels open a line or a field about a pet.
var petLabels = []string{"Pet:", "Pets:", "Pet name:", "PET:", "Haustier:", "Tier:", "Hund:", "Katze:", "宠物：", "宠物:", "宠物名：", "宠物名字："}

// notPerson17 reports whether the name [start, end) is a pet's, a
// particle's or an institution's.
func notPerson17(b []byte, start, end int) bool {
	if hasPrefixAt(b, start, "之") {
		return true // "邵国庆（申请人之兄）": whose brother, not a name
	}
	if petLine(b, start) {
		return true
	}
	w, _ := wordBefore(b, start)
	return deInstitutionWord(w)
}

// petLine reports whether the line that holds p (before p) opens with a
// pet's label.
func petLine(b []byte, p int) bool {
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
