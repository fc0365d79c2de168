package pii

import "strings"

// surnameBefore returns where a name found at [i, end) starts when a list
// or a form wrote it surname first and only the given name was found:
// "Pastor: Rev. Roberts, Karen", "Room 124\nPettigrew, Patricia",
// "(1285, 'Moore, Kimberly', …)", "Patron: Brown, Susan   Card# …". The
// surname must open its field (a line, a cell, a quoted value, a label's
// value or a title's name) and be no other kind of word; the name found
// must open with a given name. Otherwise it returns i.
func surnameBefore(b []byte, i, end int) int {
	if i < 4 || b[i-1] != ' ' || b[i-2] != ',' || !(isAlpha(b[i-3]) || b[i-3] >= 0x80) {
		return i
	}
	g := i
	for g < end && b[g] != ' ' && b[g] != ',' {
		g++
	}
	if !givenWord(string(b[i:g])) {
		return i
	}
	j := i - 2
	for j > 0 && i-2-j < 40 && (isAlpha(b[j-1]) || b[j-1] >= 0x80 || b[j-1] == '-' || b[j-1] == '\'') {
		j--
	}
	if i-2-j < 2 || !capAt(b, j) && b[j] < 0xC3 || !fieldOpens(b, j) || coupleTitled(b, j) || titledBeforeComma(b, j, i) {
		return i // "Mr. Adeyemi, Yael Yamamoto" are two (name_round17.go)
	}
	w := string(b[j : i-2])
	known := false
	for _, p := range strings.Split(w, "-") {
		known = known || isSurname(p)
	}
	if deCities[w] || usCities[w] || placeWords[w] {
		return i // "Berlin, Paula (12 J.)": a place and a person
	}
	// "Children: Lawrence, Linda and Thomas": given names in a list.
	if isFirstName(w) && (hasPrefixAt(b, end, " and ") || hasPrefixAt(b, end, " und ") || hasPrefixAt(b, end, " & ") || hasPrefixAt(b, end, " or ")) {
		return i
	}
	// "Children: Gülşen, Jennifer, Cornelius": a list goes on after it.
	if listGoesOn(b, end) {
		return i
	}
	if !known && (isFirstName(w) || nameStop[w] || orgWords[w] || usStates[w] || streetWord(w) || labelNoun(w) ||
		nonNames[w] || isTitle(w) || brandsByFirstKnown(w) || dictionaryWord([]byte(w), true) || petAfter(b, i-2)) {
		return i
	}
	return j
}

// fieldOpens reports whether a field's value opens at j: a line, a cell
// (tab, '|', ';', two spaces), a quoted value, a bracket, a label's colon,
// or a title's abbreviation ("Rev. ", "Dr. ").
func fieldOpens(b []byte, j int) bool {
	if j == 0 {
		return true
	}
	switch b[j-1] {
	case '\n', '\t', '"', '\'', ';', '<', '(', '|', '>': // '>': an XML element's text (session 18)
		return true
	case ' ':
	default:
		return false
	}
	if j >= 2 && (b[j-2] == ' ' || b[j-2] == '|') || colonBefore(b, j) {
		return true
	}
	// A dash between fields: "Unit B90 – Hill, DeShawn, last known …".
	if j >= 3 && b[j-2] == '-' && b[j-3] == ' ' || j >= 5 && (hasPrefixAt(b, j-4, "–") || hasPrefixAt(b, j-4, "—")) && b[j-5] == ' ' {
		return true
	}
	if j >= 3 && b[j-2] == '.' {
		if d := j - 2; d > 0 && isDigit(b[d-1]) && (d-1 == 0 || !isAlnum(b[d-2]) || isDigit(b[d-2]) && (d-2 == 0 || !isAlnum(b[d-3]))) {
			return true // a list's number: "3. Running Bear, Heather" (session 18)
		}
		k := j - 2
		for k > 0 && j-2-k < 8 && isAlpha(b[k-1]) {
			k--
		}
		return isTitle(string(b[k:j-1])) || isTitle(string(b[k:j-2]))
	}
	return false
}
