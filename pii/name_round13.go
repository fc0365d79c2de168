package pii

// Session 13's English readings: households by their surname, names
// followed by a weekday, and surnames typed in lower case after an
// abbreviated form of address.

// householdWords follow a household's surname: "the Okafor family", "the
// Nguyen kids". ("Abbott Family Clinic": capitalised, only after "the".)
var householdWords = []string{" family", " kids", " children", " twins", " household"}

// householdAt reports whether one of householdWords follows at e and ends
// its word there.
func householdAt(b []byte, e int) bool {
	if e+5 > len(b) || b[e] != ' ' {
		return false
	}
	for _, w := range householdWords {
		if hasPrefixAt(b, e, w) {
			return e+len(w) == len(b) || !isAlpha(b[e+len(w)])
		}
	}
	return false
}

// householdSurname reports whether the capitalised word [i, e) after
// "the" and before a household's word is a surname: one the lexicons know,
// one shaped like a foreign one, or one that is no English word and no
// given name ("the Stallworth kids"; not "the Christmas kids").
func householdSurname(b []byte, i, e int) bool {
	if e-i < 2 || !capAt(b, i) {
		return false
	}
	w := b[i:e]
	if isSurnameB(w) || foreignShaped(w) {
		return true
	}
	return !isFirstNameB(w) && !dictionaryWord(w, true) && !nonNames[string(w)] && !orgWords[string(w)] && !placeWords[string(w)]
}

// weekdays name the days a person is met or a task is done on: "pair with
// Mo Friday".
var weekdays = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}

// weekdayAfter reports whether " " and a weekday that ends its clause
// follow e.
func weekdayAfter(b []byte, e int) bool {
	if e+7 >= len(b) || b[e] != ' ' || b[e+1] < 'F' || b[e+1] > 'W' {
		return false
	}
	for _, d := range weekdays {
		if hasPrefixAt(b, e+1, d) {
			f := e + 1 + len(d)
			return f == len(b) || !isAlpha(b[f])
		}
	}
	return false
}

// lowerTitledBefore reads, at the stop i of an abbreviated form of
// address typed in lower case, the surname after it: "the property manager
// (mr. castañeda)". It returns the name's end, or i.
func (s *scan) lowerTitledBefore(i int) int {
	b := s.b
	p := i
	for p > 0 && i-p < 3 && isLower(b[p-1]) {
		p--
	}
	if p == i || i-p > 3 || p > 0 && (isAlnum(b[p-1]) || b[p-1] >= 0x80) || p < s.floor {
		return i
	}
	switch string(b[p:i]) {
	case "mr", "mrs", "ms", "dr":
		return max(s.lowerTitled(p), i)
	}
	return i
}
