package pii

// capsLead returns where a name in capitals found at i truly starts: before
// the first part of a double surname that a letter outside ASCII kept from
// being read ("GARCÍA-LÓPEZ, Akiko" found from "LÓPEZ") and before its
// particles in capitals ("VAN DER BERG, Samuel", "LA ROSA, Zainab"). Only
// at a field's start: the line's, or after a number or a column's blanks.
func capsLead(b []byte, i int) int {
	if i < 2 || i+1 >= len(b) || !isUpper(b[i+1]) && b[i+1] < 0x80 {
		return i
	}
	s := i
	if b[s-1] == '-' {
		j := s - 1
		for j > 0 && s-j < 24 && (isUpper(b[j-1]) || b[j-1] >= 0x80) {
			j--
		}
		if s-1-j >= 2 && (isUpper(b[j]) || b[j] == 0xC3 || b[j] == 0xC5) {
			s = j
		}
	}
	for k := 0; k < 2 && s >= 3 && b[s-1] == ' '; k++ {
		j := s - 1
		for j > 0 && s-1-j < 4 && isUpper(b[j-1]) {
			j--
		}
		if n := s - 1 - j; n < 2 || n > 4 || j > 0 && isAlnum(b[j-1]) {
			break
		}
		var t [4]byte
		n := copy(t[:], b[j:s-1])
		for m := 1; m < n; m++ {
			t[m] += 'a' - 'A'
		}
		if !pairParticles[string(t[:n])] {
			break
		}
		s = j
	}
	if s == i || !capsFieldOpen(b, s) {
		return i
	}
	return s
}

// capsFieldOpen reports whether s opens a field: the text's or a line's
// start, or blanks after a number, a tab or a column's two blanks.
func capsFieldOpen(b []byte, s int) bool {
	if s == 0 || b[s-1] == '\n' || b[s-1] == '\t' {
		return true
	}
	if b[s-1] != ' ' || s < 2 {
		return false
	}
	return isDigit(b[s-2]) || b[s-2] == ' ' || b[s-2] == '\t' || b[s-2] == '|'
}

// tailParticles are particles written with a capital that open a surname
// of two words: "Abena Dos Santos", "Judith Mac Donald", "Melissa Da
// Silva".
var tailParticles = set(`Dos Das Da De Del Della Di Du Van Von Mac La Le`)

// hyphenParticles open a surname joined by a hyphen in lower case:
// "Rebecca bin-Salem", "Leilani al-Hashimi".
var hyphenParticles = set(`bin ibn al el abu bint`)

// particleTail returns the end of a surname that a particle opens after
// the name found at [i, end): the name's last word is the particle
// ("Abena Dos" of "Abena Dos Santos"), or a particle with its hyphen
// follows ("Rebecca" of "Rebecca bin-Salem"); or end.
func particleTail(b []byte, i, end int) int {
	if end+3 >= len(b) || b[end] != ' ' {
		return end
	}
	k := end - 1
	for k > i && b[k-1] != ' ' {
		k--
	}
	if k > i && tailParticles[string(b[k:end])] && capAt(b, end+1) {
		if f := word(b, end+1); f-end > 3 && rightOK(b, f) {
			return f
		}
	}
	// A particle then its article in lower case: "Rigoberto De la Cruz",
	// "Ana Van der Berg" (name_round20.go).
	if k > i && articleParticles[string(b[k:end])] {
		for _, a := range []string{"la ", "las ", "los ", "le ", "der ", "den "} {
			if hasPrefixAt(b, end+1, a) && capAt(b, end+1+len(a)) {
				if f := word(b, end+1+len(a)); f-end-1-len(a) > 2 {
					return f
				}
			}
		}
	}
	if isLower(b[end+1]) {
		q := end + 1
		for q < len(b) && q-end < 6 && isLower(b[q]) {
			q++
		}
		if q+2 < len(b) && b[q] == '-' && capAt(b, q+1) && hyphenParticles[string(b[end+1:q])] {
			if f := word(b, q+1); f-q > 3 {
				return f
			}
		}
	}
	return end
}

// motionWords come before "by" and a member's name in minutes: "Motion by
// Brown to repave …", "seconded by Reese".
var motionWords = set(`Motion motion seconded Seconded moved Moved proposed Proposed nominated Nominated`)

// motionBy returns the end of a member's name after a motion's "by" at i
// ("Motion by Hart to repave", "seconded by Grace."), or i: one word, or a
// second that the lexicons know as a surname ("Motion by Dana Hart"); no
// place's, firm's or rank's word.
func motionBy(b []byte, i int) int {
	if i < 8 || b[i-2] != 'y' {
		return i // the common case, inlined at the call
	}
	return motionByRest(b, i)
}

// motionByRest is motionBy past its first test, out of line so
// that the test inlines.
//
//go:noinline
func motionByRest(b []byte, i int) int {
	if i < 8 || b[i-1] != ' ' || b[i-2] != 'y' || b[i-3] != 'b' || b[i-4] != ' ' {
		return i
	}
	k := i - 4
	for k > 0 && i-4-k < 10 && isAlpha(b[k-1]) {
		k--
	}
	if !motionWords[string(b[k:i-4])] {
		return i
	}
	e := word(b, i)
	w := string(b[i:e])
	if e-i < 2 || nameStop[w] || orgWords[w] || isRankTitle(w) || notNameWordB(b[i:e]) {
		return i
	}
	if e+2 < len(b) && b[e] == ' ' && capAt(b, e+1) {
		if f := word(b, e+1); isSurnameB(b[e+1:f]) && !nameStop[string(b[e+1:f])] {
			e = f
		}
	}
	if !rightOK(b, e) || followedByLegalForm(b, e) {
		return i
	}
	return e
}

// capsRanks are the ranks police and military reports abbreviate before a
// surname in capitals: "SGT. JACKSON", "DET. HILL".
var capsRanks = set(`SGT DET LT CPT CAPT CPL OFC INSP DEP`)

// capsRankName returns the end of a surname in capitals after an
// abbreviated rank in capitals at i ("REPORTING OFFICER: SGT. RUIZ-DELGADO,
// BADGE 1501"), or i.
func capsRankName(b []byte, i int) int {
	if i < 4 || b[i-1] != ' ' || b[i-2] != '.' {
		return i
	}
	k := i - 2
	for k > 0 && i-2-k < 5 && isUpper(b[k-1]) {
		k--
	}
	if k > 0 && isAlnum(b[k-1]) || !capsRanks[string(b[k:i-2])] {
		return i
	}
	var buf [32]byte
	e, n := capsWord(b, i, &buf)
	if n < 2 || nameStop[string(buf[:n])] || orgWords[string(buf[:n])] {
		return i
	}
	return e
}

// capsVerbs are verbs in capitals after a report's subject, besides the
// past tenses in -ED.
var capsVerbs = set(`SAID SAYS WAS HAS WILL TOLD`)

// capsGivenSubject returns the end of a given name in capitals that opens
// a sentence before a verb in capitals, as reports typed in capitals write
// a person ("… HOODIE. JENNIFER DECLINED MEDICAL ATTENTION."), or i. The
// name must be one the lexicons know that is no word, place or month.
func capsGivenSubject(b []byte, i int) int {
	if !(i == 0 || b[i-1] == '\n' || i >= 2 && b[i-1] == ' ' && (b[i-2] == '.' || b[i-2] == '!' || b[i-2] == '?')) {
		return i
	}
	var buf [32]byte
	e, n := capsWord(b, i, &buf)
	if n < 3 || e+5 >= len(b) || b[e] != ' ' || !isUpper(b[e+1]) {
		return i
	}
	q := e + 1
	for q < len(b) && q-e <= 14 && isUpper(b[q]) {
		q++
	}
	v := b[e+1 : q]
	if q < len(b) && (isAlnum(b[q]) || b[q] >= 0x80) || !(len(v) >= 5 && v[len(v)-2] == 'E' && v[len(v)-1] == 'D' && !capsNameWord15(v) || capsVerbs[string(v)]) {
		return i
	}
	w := buf[:n]
	if !isFirstNameB(w) || loneAmbiguous[string(w)] || dictionaryWord(w, true) {
		return i
	}
	return e
}

// capsTitleCut returns where a name found at [i, end) starts without a
// title in capitals that opens it ("MRS CASTELLANOS", read whole by the
// model): the title is not the name.
func capsTitleCut(b []byte, i, end int) int {
	if end-i < 6 || b[i] != 'M' && b[i] != 'D' {
		return i
	}
	for _, t := range []string{"MRS ", "MR ", "MS ", "DR ", "MISS "} {
		if hasPrefixAt(b, i, t) && i+len(t) < end && isUpper(b[i+len(t)]) {
			return i + len(t)
		}
	}
	return i
}
