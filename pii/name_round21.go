package pii

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// Session 21's name rules, read on unmapped: things, places and labels
// that the name rules took for persons.

// notPerson21 reports whether the name found at start..end, by the rule
// named in validation, is no person: a sports club ("SC Victoria
// Volleyball"), a cultivar in quotes ("Rosa 'Gloria Dei'", "Syringa
// 'Michel Buchner'"), a plant before its Latin name ("Erika (Calluna)"),
// a form's label ("Officiant (if known):", "VIN:"), a town ("CITY OF
// FRANKLIN", "Brooklyn, NY"), a product on a price list ("Allen Wrench
// Set … $19.97"), a procedure ("Laparoscopic Nissen fundoplication"), a
// pet ("dog - Max"), a firm after "dba", a church's parish, a voice
// assistant ("my Alexa"), a firm of a trade ("Baumschule Bruns"), or in
// Chinese a disease (戈谢病), a trademark (商标名称：朱师兄, a name the line's
// firm repeats), an app (登录“鄂汇办”) or a station (from=许昌东).
func notPerson21(b []byte, start, end int, validation string) bool {
	if b[start] >= 0xE3 {
		return cnNotPerson21(b, start, end)
	}
	if recordNonNames[string(b[start:end])] {
		return true // a flat's occupant: "Leerstand"
	}
	w, p := wordBefore(b, start)
	if clubPrefixes[string(w)] {
		return true
	}
	if string(w) == "dba" || string(w) == "DBA" || hasPrefixBefore(b, start, "d/b/a ") {
		return true
	}
	if string(w) == "OF" || string(w) == "of" {
		if v, _ := wordBefore(b, p); placeWordsOf[string(v)] {
			return true
		}
	}
	if voiceAssistants[string(b[start:end])] && (string(w) == "my" || string(w) == "our" || string(w) == "your" || string(w) == "the") {
		return true
	}
	if hasPrefixBefore(b, start, "dog - ") || hasPrefixBefore(b, start, "cat - ") || hasPrefixBefore(b, start, "dog named ") || hasPrefixBefore(b, start, "cat named ") {
		return true
	}
	k := bytesIndexSpace(b, start, end)
	if k < end {
		first := b[start:k]
		if len(first) >= 6 && institutionNoun(first) && !isFirstNameB(first) && !isSurnameB(first) {
			return true // "Baumschule Bruns"
		}
		if adjectiveWord(first) {
			return true // "Laparoscopic Nissen"
		}
		if l := lastSpace(b, start, end); (saintWords[string(first)] || saintWords[string(w)]) && churchWords[string(b[l+1:end])] {
			return true // "ST JOSEPH PARISH"
		}
	}
	if validation == "model" && end-start <= 3 && end < len(b) && b[end] == ':' && capsLetters(b[start:end]) && codeAfter(b, end+1) {
		return true // "VIN: 4BTZM37B8M748543", not a speaker "LIU: Welcome"
	}
	return cultivar(b, start, end) || (strings.HasPrefix(validation, "dictionary") || validation == "model" && isFirstNameB(b[start:end])) && latinAfter(b, start, end) || formLabel(b, start, end) || townState(b, start, end) || priceLine(b, start, end)
}

// recordNonNames are the words a record puts where an occupant's name
// would stand.
var recordNonNames = set(`Leerstand Unbekannt Verstorben`)

// codeAfter reports whether the first token after p (and its spaces)
// holds a digit: a field's value, not a speaker's words.
func codeAfter(b []byte, p int) bool {
	for p < len(b) && b[p] == ' ' {
		p++
	}
	for ; p < len(b) && b[p] != ' ' && b[p] != '\n'; p++ {
		if isDigit(b[p]) {
			return true
		}
	}
	return false
}

// clubPrefixes are the abbreviations German sports clubs put before their
// names: "SC Victoria", "FC Hertha Lindwedel", "TSV Alemannia".
var clubPrefixes = set(`SC FC SV TSV TuS VfB VfL VfR SpVgg SG TSG BSC SSV FSV ESV PSV MTV DJK ASV TSC RSV KSV SuS SpVg TuRa SSG`)

// placeWordsOf precede "of" and a town: "CITY OF FRANKLIN", "Town of Hull".
var placeWordsOf = set(`CITY City TOWN Town COUNTY County VILLAGE Village STATE State PORT Port BOROUGH Borough TOWNSHIP Township`)

// voiceAssistants are devices called by a given name.
var voiceAssistants = set(`Alexa Siri Cortana`)

// churchWords end a parish's or a church's name after a saint's: "ST
// JOSEPH PARISH"; "Betty Church" is a person.
var churchWords = set(`PARISH Parish CHURCH Church CHAPEL Chapel CATHEDRAL Cathedral ABBEY Abbey`)

var saintWords = set(`ST ST. SAINT St St. Saint`)

// hasPrefixBefore reports whether s ends right before i.
func hasPrefixBefore(b []byte, i int, s string) bool {
	return i >= len(s) && string(b[i-len(s):i]) == s
}

// capsLetters reports whether w is capital letters only.
func capsLetters(w []byte) bool {
	for _, c := range w {
		if !isUpper(c) {
			return false
		}
	}
	return len(w) > 0
}

// adjectiveWord reports whether the capitalised w is an English adjective
// of medicine or science that no name lexicon holds: "Laparoscopic",
// "Bilateral", "Chronic" (in -ic, or in -al of eight letters or more).
func adjectiveWord(w []byte) bool {
	n := len(w)
	if n < 6 || !(w[n-2] == 'i' && w[n-1] == 'c' || n >= 8 && w[n-2] == 'a' && w[n-1] == 'l') {
		return false // not "-ous": "Precious" is a given name the lexicons lack
	}
	if dictionaryWord(w, true) {
		return true
	}
	for _, suf := range medicalEndings {
		if n > len(suf)+2 && string(w[n-len(suf):]) == suf && allLower(w[1:]) && !isSurnameB(w) && !isFirstNameB(w) {
			return true
		}
	}
	return false
}

// medicalEndings end the adjectives of procedures that the English word
// list lacks: "Laparoscopic", "Arthroscopic", "Osteopathic".
var medicalEndings = []string{"scopic", "tomic", "plastic", "graphic", "iatric", "pathic"}

// latinEnding reports whether w ends as a Latin genus does: "Malus",
// "Rosa", "Syringa", "Calluna", "Rhododendron", "Clematis".
func latinEnding(w []byte) bool {
	n := len(w)
	if n < 4 {
		return false
	}
	switch string(w[n-2:]) {
	case "us", "um", "is", "ia", "ea", "on", "ex", "ix", "ae", "ii":
		return true
	}
	return w[n-1] == 'a'
}

// cultivar reports whether the name at start..end stands in single quotes
// after a plant's genus: "Malus 'Prinz Albrecht von Preußen'", "Rosa
// 'Gloria Dei'". A nickname in quotes after a given name ("Paul 'Bear'
// Bryant") is one word: after a genus that is a given name too ("Rosa",
// "Erica") the quotes must hold two.
func cultivar(b []byte, start, end int) bool {
	q := start - 1
	for q > 0 && start-q < 30 && b[q] != '\'' && (isAlpha(b[q]) || b[q] == ' ' || b[q] >= 0x80) {
		q--
	}
	if q < 2 || b[q] != '\'' || b[q-1] != ' ' {
		return false
	}
	r := end
	for r < len(b) && r-end < 30 && b[r] != '\'' && (isAlpha(b[r]) || b[r] == ' ' || b[r] >= 0x80) {
		r++
	}
	if r >= len(b) || b[r] != '\'' {
		return false
	}
	g, _ := wordBefore(b, q)
	if len(g) < 4 || !isUpper(g[0]) || !latinEnding(g) || titleWords[string(g)] {
		return false
	}
	return !isFirstNameB(g) || bytes.IndexByte(b[q+1:r], ' ') > 0
}

// titleWords are titles that a nickname in quotes may follow.
var titleWords = set(`Herr Frau Dr Mr Mrs Ms Miss Prof`)

// latinAfter reports whether a name of one word is followed by a Latin
// name in parentheses: a plant ("Erika (Calluna)").
func latinAfter(b []byte, start, end int) bool {
	if bytesIndexSpace(b, start, end) < end || !hasPrefixAt(b, end, " (") {
		return false
	}
	p := end + 2
	e := p
	for e < len(b) && e-p < 20 && isAlpha(b[e]) {
		e++
	}
	if e >= len(b) || b[e] != ')' || e-p < 5 || !isUpper(b[p]) || !allLower(b[p+1:e]) {
		return false
	}
	w := b[p:e]
	return latinEnding(w) && !isFirstNameB(w) && !isSurnameB(w) && !deNouns.has(w)
}

func allLower(w []byte) bool {
	for _, c := range w {
		if !isLower(c) {
			return false
		}
	}
	return true
}

// formLabel reports whether a word that opens its line is a form's label
// with a note in parentheses before its colon: "Officiant (if known):",
// "Witness (please print):". A chat's speaker with a role ("Anna
// (moderator):") has a note of one word.
func formLabel(b []byte, start, end int) bool {
	if start > 0 && b[start-1] != '\n' || bytesIndexSpace(b, start, end) < end || !hasPrefixAt(b, end, " (") || end+3 >= len(b) || !isLower(b[end+2]) {
		return false
	}
	c := bytes.IndexByte(b[end:min(len(b), end+40)], ')')
	if c < 0 {
		return false
	}
	c += end
	return c+1 < len(b) && b[c+1] == ':' && bytes.IndexByte(b[end+2:c], ' ') > 0
}

// townState reports whether a name of one word is followed by a comma
// and a state's code that ends the phrase: a town ("Place of birth:
// Brooklyn, NY"). MD and PA are degrees after a name too ("Jordan, MD").
func townState(b []byte, start, end int) bool {
	if bytesIndexSpace(b, start, end) < end || !hasPrefixAt(b, end, ", ") || end+4 > len(b) || !usStates[string(b[end+2:end+4])] {
		return false
	}
	if st := string(b[end+2 : end+4]); st == "MD" || st == "PA" {
		return false
	}
	return end+4 == len(b) || !isAlpha(b[end+4])
}

// priceLine reports whether the name at start..end is a product on a line
// of a price list (dot leaders, or a bullet and a price in dollars): its
// last word or the word after it is an English word ("Allen Wrench Set",
// "Kohler Bancroft Faucet"), or a number follows ("Phillips #2
// Screwdriver").
func priceLine(b []byte, start, end int) bool {
	lo := max(0, start-lookBehind)
	ls := swarLastIndexByte(b[lo:start], '\n') + 1 + lo
	if ls == lo && lo > 0 {
		return false // the line may begin before the look-behind
	}
	le := bytes.IndexByte(b[end:min(len(b), end+200)], '\n')
	if le < 0 {
		le = min(len(b), end+200)
	} else {
		le += end
	}
	line := b[ls:le]
	bullet := len(line) > 2 && (line[0] == '*' || line[0] == '-') && line[1] == ' '
	if bytes.Index(line, []byte(" ....")) < 0 && !(bullet && dollarAmount(line)) {
		return false
	}
	if hasPrefixAt(b, end, " #") {
		return true
	}
	l := lastSpace(b, start, end)
	if l > start && dictionaryWord(b[l+1:end], true) {
		return true
	}
	if end+2 < len(b) && b[end] == ' ' && capAt(b, end+1) {
		return dictionaryWord(b[end+1:word(b, end+1)], true)
	}
	return false
}

// dollarAmount reports whether line holds "$" and a digit.
func dollarAmount(line []byte) bool {
	for k := bytes.IndexByte(line, '$'); k >= 0 && k+1 < len(line); {
		if isDigit(line[k+1]) {
			return true
		}
		n := bytes.IndexByte(line[k+1:], '$')
		if n < 0 {
			return false
		}
		k += 1 + n
	}
	return false
}

// cnNotPerson21 is notPerson21 for ideographs.
func cnNotPerson21(b []byte, start, end int) bool {
	if r, _ := utf8.DecodeLastRune(b[start:end]); r == '病' || r == '症' {
		return true // 戈谢病: a disease
	}
	if cnFormNouns[string(b[start:end])] && !hasPrefixAt(b, end, "爸爸") && !hasPrefixAt(b, end, "妈妈") {
		return true // but a child so called in a parents' chat: "孙子爸爸："
	}
	if hasPrefixBefore(b, end, "人") && (hasPrefixAt(b, end, "：") || hasPrefixAt(b, end, ":")) {
		return true // a role's label: "安葬人：", "使用权人："
	}
	for _, l := range cnThingLabels {
		if hasPrefixBefore(b, start, l) {
			return true
		}
	}
	if hasPrefixBefore(b, start, "from=") || hasPrefixBefore(b, start, "to=") {
		return true // from=许昌东: a station
	}
	return cnFirmRepeats(b, start, end)
}

// cnFormNouns are words of forms and records that read as a surname and
// a given name: "申请人国籍/地区", "申请人章戳（签字）", a relation "代领（孙子）",
// a prenatal screening "唐筛", a vaccine "麻腮风".
var cnFormNouns = set(`国籍 章戳 签章 印章 盖章 孙子 孙女 唐筛 麻腮风`)

// cnThingLabels are labels and words before a trademark, a brand or an
// app: "商标名称：朱师兄", "申请商标“周记”", "由中文“黄小鹿”构成", "登录“鄂汇办”".
var cnThingLabels = []string{"商标名称：", "商标名称:", "商标：", "品牌：", "品牌名称：", "商标“", "中文“", "登录“", "下载“", "关注“"}

// cnFirmRepeats reports whether the name at start..end appears again
// later on its line inside a firm's name: a trademark's row ("许留山
// 34772423  许留山（香港）有限公司").
func cnFirmRepeats(b []byte, start, end int) bool {
	le := bytes.IndexByte(b[end:min(len(b), end+300)], '\n')
	if le < 0 {
		le = min(len(b), end+300)
	} else {
		le += end
	}
	k := bytes.Index(b[end:le], b[start:end])
	if k < 0 {
		return false
	}
	rest := b[end+k : min(le, end+k+60)]
	return bytes.Contains(rest, []byte("公司")) || bytes.Contains(rest, []byte("集团"))
}

// capsIndexCell returns the end of a fixed-width index's cell of a name in
// capitals, surname first, that opens at i ("YAMAMOTO KIMBERLY", "NEZ
// KEVIN Z", "O'BRIEN ROBERT", "ST. CLAIR IMANI H", "WHITE CORNELIUS II"),
// or i. The row's cells are parted by runs of two or more spaces, three
// gaps at least; the cell is two to five words of capitals, a given name
// the lexicons know among the words after the first, and no word of a
// firm's or a body's ("WELLS FARGO BANK NA", "CITY OF FRANKLIN").
func capsIndexCell(b []byte, i int) int {
	if i > 0 && b[i-1] != '\n' && (i < 2 || b[i-1] != ' ' || b[i-2] != ' ') {
		return i
	}
	lo := max(0, i-lookBehind)
	ls := swarLastIndexByte(b[lo:i], '\n') + 1 + lo
	if ls == lo && lo > 0 {
		return i // the row may begin before the look-behind
	}
	le := bytes.IndexByte(b[i:min(len(b), i+300)], '\n')
	if le < 0 {
		le = min(len(b), i+300)
	} else {
		le += i
	}
	if bytes.Count(b[ls:le], []byte("   ")) < 3 {
		return i // no fixed-width row
	}
	e := i
	words, given := 0, false
	for e < le {
		f := e
		for f < le && (isUpper(b[f]) || b[f] == '\'' || b[f] == '-' || b[f] == '.' || b[f] >= 0x80) {
			f++
		}
		if f == e || f < le && b[f] != ' ' {
			return i
		}
		w := b[e:f]
		if indexBodyWords[string(w)] {
			return i
		}
		if words > 0 && !given && len(w) >= 3 {
			var buf [24]byte
			if n := copy(buf[:], w); n == len(w) {
				for k := 1; k < n; k++ {
					if isUpper(buf[k]) {
						buf[k] |= 0x20
					}
				}
				given = isFirstNameB(buf[:n])
			}
		}
		words++
		e = f
		if e+1 >= le || b[e+1] == ' ' {
			break // the cell's end: two spaces, or the line's
		}
		e++
	}
	if words < 2 || words > 5 || !given {
		return i
	}
	return e
}

// indexBodyWords are the words of firms, banks, bodies and places in a
// recorder's index: a cell that holds one names no person.
var indexBodyWords = set(`BANK NA N.A. INC INC. LLC L.L.C. LP LLP CORP CORP. CO CO. COMPANY TRUST TRUSTEE OF FOR THE AND CITY COUNTY STATE
MERS ASSOCIATION ASSN CREDIT UNION MORTGAGE HOMES HOMEOWNERS PARISH CHURCH HUMANITY DEPARTMENT DEPT BOARD DISTRICT SCHOOL
SAVINGS FEDERAL NATIONAL FINANCIAL SERVICES GROUP HOLDINGS PROPERTIES REALTY INVESTMENTS PARTNERS FUND ESTATE LOT BLK SUB`)

// calledName returns the end of a given name in German quotes that says
// how a person wishes to be called, "möchte mit „Hildegard“ angesprochen
// werden", "„Ben“ genannt", or i.
func calledName(b []byte, i int) int {
	if !hasPrefixBefore(b, i, "„") {
		return i
	}
	e := word(b, i)
	if e == i || !hasPrefixAt(b, e, "“") || !isFirstNameB(b[i:e]) {
		return i
	}
	q := e + len("“")
	if hasPrefixAt(b, q, " angesprochen") || hasPrefixAt(b, q, " genannt") || hasPrefixAt(b, q, " gerufen") {
		return e
	}
	return i
}

// occupationLead returns where the name begins after an occupation that
// a span found as a name opens with ("Pflegefachkraft Moritz Herrmann",
// "Fachkraft Ayşe Schreiber"), or start.
func occupationLead(b []byte, start, end int) int {
	k := bytesIndexSpace(b, start, end)
	if k >= end || k-start < 6 || !capAt(b, k+1) {
		return start
	}
	w := b[start:k]
	for _, suf := range occupationEndings {
		if bytes.HasSuffix(w, []byte(suf)) && !isFirstNameB(w) && !isSurnameB(w) {
			return k + 1
		}
	}
	return start
}

// occupationEndings end German words for a carer's or an assistant's
// occupation.
var occupationEndings = []string{"fachkraft", "pfleger", "pflegerin", "schwester", "helferin", "assistentin", "assistent"}
