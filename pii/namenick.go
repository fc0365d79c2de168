package pii

import "bytes"

// A nickname in quotes or a birth name in parentheses between a given name
// and a surname belongs to the one name: `Joseph "Chuck" Tsosie`,
// `Amanda (Fatima) Sanders`, `Latoya “Peggy” Carter`. Obituaries, minutes
// and police reports write people so; a rule that finds any one of the
// three words finds the whole.

// nicknameSpan returns the span of such a name around the name found at
// [i, end), or i, end when there is none: the finding is the given name,
// the nickname or the surname.
func nicknameSpan(b []byte, i, end int) (int, int) {
	if end-i < 2 || end-i > 24 {
		return i, end
	}
	// The finding is the given name: the nickname and surname follow.
	if e := nickAfter(b, end); e > end && (oneWord(b, i, end) || twoGiven(b, i, end)) {
		return i, e
	}
	// The finding is the nickname: a given name before, a surname after.
	if q, ok := nickOpen(b, i); ok && oneWord(b, i, end) {
		if c, ok := nickClose(b, end, b[q]); ok {
			if s := givenBefore(b, q); s < q {
				if e := surnameAt(b, c); e > c {
					return s, e
				}
			}
		}
	}
	// The finding is the surname: the given name and nickname precede.
	if i >= 6 && b[i-1] == ' ' {
		if s := nickBefore(b, i-1); s < i-1 {
			return s, end
		}
	}
	return i, end
}

// givenNick returns the end of a known given name at i followed by a
// nickname and a surname, or i.
func givenNick(b []byte, i, w int) int {
	if w+2 >= len(b) || b[w] != ' ' || b[w+1] != '"' && b[w+1] != '(' && b[w+1] != '\'' && b[w+1] != 0xE2 || !isFirstNameB(b[i:w]) {
		return i
	}
	if e := nickAfter(b, w); e > w {
		return e
	}
	return i
}

// oneWord reports whether [i, end) has no blank.
func oneWord(b []byte, i, end int) bool {
	for k := i; k < end; k++ {
		if b[k] == ' ' || b[k] == '\n' || b[k] == '\t' {
			return false
		}
	}
	return true
}

// nickAfter returns the end of ` "Nick" Surname` at p, or p.
func nickAfter(b []byte, p int) int {
	if p+4 >= len(b) || b[p] != ' ' {
		return p
	}
	q, n := p+1, p+2
	switch {
	case b[q] == '"' || b[q] == '(' || b[q] == '\'':
	case b[q] == 0xE2 && b[q+1] == 0x80 && b[q+2] == 0x9C: // “
		n = q + 3
	default:
		return p
	}
	if n >= len(b) || !capAt(b, n) {
		return p
	}
	ne := word(b, n)
	if ne-n < 2 || ne-n > 20 {
		return p
	}
	c, ok := nickClose(b, ne, b[q])
	if !ok {
		return p
	}
	if e := surnameAt(b, c); e > c {
		return e
	}
	return p
}

// nickBefore returns the start of `Given "Nick" ` that ends with the blank
// at p, or p.
func nickBefore(b []byte, p int) int {
	// The closing mark before p.
	k := p
	switch {
	case k >= 1 && (b[k-1] == '"' || b[k-1] == ')' || b[k-1] == '\''):
		k--
	case k >= 3 && b[k-3] == 0xE2 && b[k-2] == 0x80 && b[k-1] == 0x9D: // ”
		k -= 3
	default:
		return p
	}
	n := k
	for n > 0 && (isLower(b[n-1]) || isUpper(b[n-1])) && k-n <= 20 {
		n--
	}
	if k-n < 2 || !isUpper(b[n]) {
		return p
	}
	q := n - 1
	if q >= 2 && b[q] == 0x9C && b[q-1] == 0x80 && b[q-2] == 0xE2 { // “
		q -= 2
	}
	if q < 2 {
		return p
	}
	if open, ok := nickOpen(b, n); !ok || open != q || nickPair(b[q]) != b[k] && !(b[q] == 0xE2 && b[k] == 0xE2) {
		return p
	}
	if s := givenBefore(b, q); s < q {
		return s
	}
	return p
}

// nickOpen returns where the opening mark before the word at i starts: a
// double quote, a parenthesis, an apostrophe or “; ok is false without
// one.
func nickOpen(b []byte, i int) (int, bool) {
	switch {
	case i >= 1 && (b[i-1] == '"' || b[i-1] == '(' || b[i-1] == '\''):
		return i - 1, true
	case i >= 3 && b[i-3] == 0xE2 && b[i-2] == 0x80 && b[i-1] == 0x9C:
		return i - 3, true
	}
	return i, false
}

// nickPair is the closing mark for an opening one.
func nickPair(c byte) byte {
	if c == '(' {
		return ')'
	}
	return c
}

// nickClose returns the position after the closing mark at e that pairs
// with open (its first byte), and ok.
func nickClose(b []byte, e int, open byte) (int, bool) {
	if open == 0xE2 {
		if e+2 < len(b) && b[e] == 0xE2 && b[e+1] == 0x80 && b[e+2] == 0x9D {
			return e + 3, true
		}
		return e, false
	}
	if e < len(b) && b[e] == nickPair(open) {
		return e + 1, true
	}
	return e, false
}

// givenBefore returns the start of a known given name that ends with a
// blank before the mark at q, or q.
func givenBefore(b []byte, q int) int {
	if q < 3 || b[q-1] != ' ' {
		return q
	}
	s := q - 1
	for s > 0 && (isLower(b[s-1]) || isUpper(b[s-1]) || b[s-1] >= 0x80) && q-1-s <= 20 {
		s--
	}
	if s > 0 && (isDigit(b[s-1]) || b[s-1] == '-' || b[s-1] == '.') || !isUpper(b[s]) || !isFirstNameB(b[s:q-1]) {
		return q
	}
	return s
}

// surnameAt returns the end of the capitalised surname after the blank at
// c ("Carter", "Hughes-Whitfield", "De La Cruz"), or c when none is
// there.
func surnameAt(b []byte, c int) int {
	if c+2 >= len(b) || b[c] != ' ' || !capAt(b, c+1) {
		return c
	}
	p := particleAt(b, c+1, false) // "De La Cruz", "de la Cruz"
	if p == c+1 {
		p = particleAt(b, c+1, true)
	}
	e := word(b, p)
	if e+1 < len(b) && b[e] == '-' && capAt(b, e+1) {
		e = word(b, e+1)
	}
	w := b[p:e]
	if e-p < 2 || nameStop[string(w)] || notNameWordB(w) || e < len(b) && isDigit(b[e]) {
		return c
	}
	return e
}

// twoGiven reports whether [i, end) is two given names, as a double given
// name is written before a nickname ("Billy Ray 'Ace' Castillo", "Juan
// Carlos 'Bud' Larsen").
func twoGiven(b []byte, i, end int) bool {
	sp := bytes.IndexByte(b[i:end], ' ')
	if sp < 0 || bytes.IndexByte(b[i+sp+1:end], ' ') >= 0 {
		return false
	}
	return isFirstNameB(b[i:i+sp]) && isFirstNameB(b[i+sp+1:end])
}
