package pii

import "bytes"

// hl7NameFields are the HL7 v2 segments whose given field is a person's
// name of type XPN (family^given^middle^suffix^prefix): PID-5 the
// patient, PID-6 the mother's maiden name, PID-9 an alias, NK1-2 the next
// of kin, GT1-3 the guarantor, IN1-16 the insured. Labs, hospitals and
// insurers exchange them in this standard shape whatever their templates.
var hl7NameFields = map[string]int{"PID": 5, "NK1": 2, "GT1": 3, "IN1": 16}

// hl7Name returns the end of the family, given or middle name that begins
// at i inside such a field ("PID|1||123^^^MRN||DOE^JANE||…"), or i.
func hl7Name(b []byte, i int) int {
	if i == 0 || b[i-1] != '|' && b[i-1] != '^' && b[i-1] != '~' {
		return i
	}
	// The segment begins its line (HL7 ends segments with '\r').
	lo := max(0, i-lookBehind)
	ls := lo
	for k := i - 1; k >= lo; k-- {
		if b[k] == '\r' || b[k] == '\n' {
			ls = k + 1
			break
		}
	}
	if ls == lo && lo > 0 || i-ls < 5 || b[ls+3] != '|' {
		return i
	}
	want, ok := hl7NameFields[string(b[ls:ls+3])]
	if !ok {
		return i
	}
	field, comp := 0, 0
	for k := ls + 3; k < i; k++ {
		switch b[k] {
		case '|':
			field++
			comp = 0
		case '^':
			comp++
		case '~':
			comp = 0
		}
	}
	if field != want && !(want == 5 && (field == 6 || field == 9)) || comp > 2 {
		return i
	}
	e := i
	for e < len(b) && e-i < 40 && (isAlpha(b[e]) || b[e] >= 0x80 || b[e] == '-' || b[e] == '\'' || b[e] == ' ' || b[e] == '.') {
		e++
	}
	if e == i+1 && comp == 2 || e-i >= 40 || e < len(b) && b[e] != '^' && b[e] != '|' && b[e] != '~' && b[e] != '\r' && b[e] != '\n' {
		return i // a middle initial alone is no name to hide; a long run is free text
	}
	return e
}

// nameColumnHeaders are the column headers (lower case) of a table's name
// parts, as exports and registers title them: "LAST|FIRST|ORG",
// "Surname;Given;Room".
var nameColumnHeaders = set(`last first last_name first_name lastname firstname surname surnames given given_name
givenname forename forenames family family_name middle nachname vorname vornamen familienname
tenant tenants resident mieter mieterin bewohner bewohnerin erziehungsberechtigte erziehungsberechtigte/r
guardian parent parents eltern monteur monteurin ableser ableserin`)

// childColumnHeaders title a column of children, a word that other tables
// use for a type ("kind" in English): its cell is read as a name only
// when the lexicons know its first word as a given name ("Kurs\tKind\t…"
// over "Bronze\tMurat\t2017").
var childColumnHeaders = set(`kind kinder child children`)

// headerCell normalises one header cell: lower case, without quotes,
// spaces, a comment's '#' or an opening parenthesis and what precedes it
// ("# badges.txt  (LAST" is the header "last").
// It lower-cases into buf: the scan asks this of many cells.
func headerCell(buf *[24]byte, f []byte) []byte {
	if k := bytes.LastIndexByte(f, '('); k >= 0 {
		f = f[k+1:]
	}
	f = bytes.Trim(f, " \"'#)*")
	if len(f) > len(buf) {
		return nil
	}
	for x, c := range f {
		switch {
		case isUpper(c):
			c += 'a' - 'A'
		case c == ' ':
			c = '_'
		}
		buf[x] = c
	}
	return buf[:len(f)]
}

// nameColumnCell returns the end of a table's cell that begins at i when a
// header line above it, within the look-behind, titles its column as a
// part of a name ("LAST|FIRST|ORG" over "NGUYEN|JAMAL|DELL"), or i. The
// cell must have a name's shape: one to four words of letters, no digits.
// A header further up than the look-behind is the one mem remembers, when
// every line the look-behind holds above the cell is a row of the same
// table (name_round18.go).
func nameColumnCell(b []byte, i int, mem *tableMemory) int {
	if i == 0 {
		return i
	}
	c := b[i-1]
	if (c == '"' || c == ' ') && i >= 2 {
		c = b[i-2] // a quoted cell, or one spaced from its separator ("3 ; Doe, Jane ;")
	}
	if c != '\n' && c != '|' && c != '\t' && c != ';' && (c != ',' || b[i-1] == ' ') {
		return i
	}
	lo := max(0, i-lookBehind)
	ls := swarLastIndexByte(b[lo:i], '\n') + 1 + lo
	if ls == lo && lo > 0 {
		return i // the row may begin before the look-behind
	}
	row := b[ls:i]
	sep := c
	if c == '\n' {
		le := bytes.IndexByte(b[i:min(len(b), i+200)], '\n')
		if le < 0 {
			le = min(len(b), i+200) - i
		}
		line := b[i : i+le]
		switch {
		case bytes.IndexByte(line, '|') >= 0:
			sep = '|'
		case bytes.IndexByte(line, '\t') >= 0:
			sep = '\t'
		case bytes.IndexByte(line, ';') >= 0:
			sep = ';'
		default:
			sep = ','
		}
	}
	// The cell's end and shape; a cell of a table not separated by commas
	// may hold "Surname, Given".
	e, words := i, 1
	for e < len(b) && e-i < 48 {
		d := b[e]
		if isAlpha(d) || d >= 0x80 || d == '-' || d == '\'' || d == '.' {
			e++
			continue
		}
		g := e + 1 // the next word's start
		if d == ',' && sep != ',' && g < len(b) && b[g] == ' ' {
			g++
		} else if d != ' ' {
			break
		}
		if g < len(b) && (isAlpha(b[g]) || b[g] >= 0x80) {
			words++
			e = g
			continue
		}
		break
	}
	f := e
	for f < len(b) && b[f] == ' ' {
		f++
	}
	if words > 4 || e-i >= 48 || f < len(b) && b[f] != '"' && b[f] != '\n' && b[f] != '\r' && !cellSep(b[f]) {
		return i // the cell goes on with a number or a sign: no name
	}
	col := bytes.Count(row, []byte{sep})
	above := -1 // the separators of each line read above while they agree, or -2
	var buf [24]byte
	for end, lines := ls-1, 0; end > lo && lines < 8; lines++ {
		start := bytes.LastIndexByte(b[lo:end], '\n') + 1 + lo
		if start == lo && lo > 0 {
			break // the line may begin before the look-behind
		}
		line := b[start:end]
		end = start - 1
		if len(bytes.TrimSpace(line)) == 0 {
			return i // a blank line ends the table
		}
		n := bytes.Count(line, []byte{sep})
		if above == -1 {
			above = n
		} else if above != n {
			above = -2
		}
		if n < 1 {
			continue
		}
		var name, child uint64
		k := 0
		for n := 0; ; n++ {
			f := line[k:]
			if j := bytes.IndexByte(f, sep); j >= 0 {
				f = f[:j]
			}
			h := headerCell(&buf, f)
			if n < 64 && nameColumnHeaders[string(h)] {
				name |= 1 << n
			} else if n < 64 && childColumnHeaders[string(h)] {
				child |= 1 << n
			}
			k += len(f) + 1
			if k > len(line) {
				break
			}
		}
		if name|child != 0 {
			*mem = tableMemory{sep: sep, seps: bytes.Count(line, []byte{sep}), name: name, child: child}
			return mem.cell(b, i, e, col)
		}
	}
	// Only rows like this one above it: the remembered header's table.
	if mem.sep == sep && above != -2 {
		if seps := rowSeps(b, ls, sep); seps == mem.seps && (above == -1 || above == seps) {
			return mem.cell(b, i, e, col)
		}
	}
	return i
}

// itemStart returns where the text of a list's item begins on the line
// that starts at ls ("3. ", "12) ", "- ", "• "), or -1.
func itemStart(b []byte, ls int) int {
	p := ls
	for p < len(b) && p-ls < 4 && b[p] == ' ' {
		p++
	}
	if hasPrefixAt(b, p, "• ") {
		return p + len("• ")
	}
	if p+1 < len(b) && (b[p] == '-' || b[p] == '*') && b[p+1] == ' ' {
		return p + 2
	}
	q := p
	for q < len(b) && q-p < 2 && isDigit(b[q]) {
		q++
	}
	if q > p && q+1 < len(b) && (b[q] == '.' || b[q] == ')') && b[q+1] == ' ' {
		return q + 2
	}
	return -1
}

// itemName returns the end of the name that an item's text at i holds
// alone, or i: a capitalised word, perhaps an initial, then the line's
// end or a short code without lower-case letters ("Priya H. LF", "Wanda
// P").
func itemName(b []byte, i int) int {
	e := word(b, i)
	if e-i < 2 || !capAt(b, i) || !isLower(b[i+1]) && b[i+1] < 0x80 {
		return i
	}
	// An initial may follow; two words are left to the rules of pairs
	// ("Grant Park", "Hugo Boss" name places and brands).
	if e+2 < len(b) && b[e] == ' ' && capAt(b, e+1) && b[e+2] == '.' {
		e += 3
	}
	// What follows on the line.
	f := e
	if f < len(b) && b[f] == ' ' {
		f++
		for f < len(b) && f-e <= 5 && (isUpper(b[f]) || isDigit(b[f])) {
			f++
		}
	}
	if f < len(b) && b[f] != '\n' {
		return i
	}
	return e
}

// listItemName returns the end of a name that stands alone as the item of
// a list at i, or i, when the list is one of names: at least two of its
// items open with a given name of the lexicons, and as many as do not. A
// team's batting order, a rota, a list of readers: "1. Wanda P\n2. Latoya
// P\n3. Chinedu P". Items of a list are a column whose other cells tell
// what it holds.
func listItemName(b []byte, i int) int {
	// An item's mark takes at most 8 bytes ("    12. "): the line's start
	// is looked for no further back.
	lo := max(0, i-9)
	ls := bytes.LastIndexByte(b[lo:i], '\n') + 1 + lo
	if ls == lo && lo > 0 || itemStart(b, ls) != i {
		return i
	}
	end := itemName(b, i)
	if end == i {
		return i
	}
	if w := string(b[i:word(b, i)]); nonNames[w] || streetWord(w) || labelNoun(w) {
		return i
	}
	known, other := 0, 0
	count := func(st int) bool {
		p := itemStart(b, st)
		if p < 0 {
			return false // the list ends
		}
		if givenWord(string(b[p:word(b, p)])) && itemName(b, p) > p {
			known++
		} else {
			other++
		}
		return true
	}
	// This item, the items above, within the look-behind, and below.
	count(ls)
	lo = max(0, i-lookBehind)
	for st := ls; st > lo; {
		st = bytes.LastIndexByte(b[lo:st-1], '\n') + 1 + lo
		if st == lo && lo > 0 || !count(st) {
			break
		}
	}
	for st := ls; st < len(b) && st-ls < 256; {
		k := bytes.IndexByte(b[st:], '\n')
		if k < 0 {
			break
		}
		st += k + 1
		if !count(st) {
			break
		}
	}
	if known < 2 || other > known {
		return i
	}
	return end
}

// cnOfficeEnd are the last characters of the names of an organisation's
// offices and units: 武装部, 人事处, 教务科, 公安局, 办公室.
var cnOfficeEnd = setRunes(`部 处 科 局 室 厅 办 委 所 队 组`)

// cnOfficeBefore returns from moved past an office's name of two or three
// characters at offs[from] ("武装部", "学工处") when a person's surname
// follows it, or from. Surnames rarely take one of these as a given name.
func cnOfficeBefore(b []byte, offs []int, from int) int {
	n := len(offs) - 1
	for _, l := range []int{3, 2} {
		if from+l < n && cnOfficeEnd[cnRune(b, offs[from+l-1])] && (surnameLen(b, offs[from+l:]) > 0 || cnRune(b, offs[from+l]) == '小' || cnRune(b, offs[from+l]) == '老') {
			return from + l
		}
	}
	return from
}

// keyAfter reports whether a form's next key begins at p: a word and a
// colon ("writer: ", "Tel.: "), as a line of fields spaced by two blanks
// holds them ("TECH: Dot  writer: Kwame").
func keyAfter(b []byte, p int) bool {
	q := p
	for q < len(b) && q-p < 16 && (isAlpha(b[q]) || b[q] == '.') {
		q++
	}
	return q > p && q+1 < len(b) && b[q] == ':' && b[q+1] == ' '
}
