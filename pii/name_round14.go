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
