package pii

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// word reads a capitalised Latin word at p (letters, including the accented
// ones of German, and inner apostrophes and hyphens) and returns its end.
func word(b []byte, p int) int {
	e := p + 1
	switch {
	case p < len(b) && isUpper(b[p]):
	case p+1 < len(b) && b[p] == 0xC3 && b[p+1] >= 0x80 && b[p+1] <= 0x9E && b[p+1] != 0x97:
		e = p + 2 // "Özdemir", "Ärztin": À-Þ, not ×
	case p+2 < len(b) && (b[p] == 0xC4 || b[p] == 0xC5) && extACapital(b[p], b[p+1]) && (isLower(b[p+2]) || isUpper(b[p+2])):
		e = p + 2 // "Şahin", "Łukasz", "Čapek": Latin Extended-A
	default:
		return p
	}
	q := p // where the part after a hyphen begins: "Fitzgerald-LaFontaine"
	for end := min(len(b), p+maxToken); e < end; {
		if isLower(b[e]) {
			e++ // most of a word's letters: one test each
			continue
		}
		c := b[e]
		if c < 'A' && c != '-' && c != '\'' {
			return e // a space or a mark, as most words end: none of the cases below
		}
		switch {
		case c >= 0xC3 && c <= 0xC5 && e+1 < len(b): // Latin-1 and Extended-A letters: ä ö ü ß é …
			e += 2
		case c == 0xC6 && e+1 < len(b) && b[e+1] >= 0x80: // Extended-B: Vietnamese ơ ư
			e += 2
		case c == 0xE1 && e+2 < len(b) && b[e+1] >= 0xB8 && b[e+1] <= 0xBB: // Extended Additional: Vietnamese ọ ễ ậ ("Ngọc")
			e += 3
		case (c == '-' || c == '\'') && e+1 < len(b) && isUpper(b[e+1]) || c == '\'' && e+1 < len(b) && isLower(b[e+1]):
			if c == '-' {
				q = e + 1
			}
			e += 2
		case c == '-' && e+4 < len(b) && particleFirst[b[e+1]] && isLower(b[e+1]) && particleAt(b, e+1, false) > e+1:
			// A particle after the hyphen: "Choi-de la Cruz", "Esposito-de Vries".
			q := particleAt(b, e+1, false)
			f := word(b, q)
			if f <= q+1 {
				return e
			}
			e = f
		case c == '-' && e-p >= 2 && e-p <= 4 && e+2 < len(b) && isLower(b[e+1]) && isLower(b[e+2]) && shortSyllable(b, e+1):
			e++ // "Ji-woo", "Hye-jin", "Shu-fen": romanised Korean and Chinese given names
		case c == '-' && e+3 < len(b) && (b[e+1] == 0xC3 && b[e+2] >= 0x80 && b[e+2] <= 0x9E && b[e+2] != 0x97 || (b[e+1] == 0xC4 || b[e+1] == 0xC5) && extACapital(b[e+1], b[e+2])):
			e += 3 // "Kessler-Özdemir", "Hoffmann-Đorđević": an accented capital after the hyphen
		case isUpper(c) && (e-q == 2 && (b[q] == 'M' && b[q+1] == 'c' || (b[q] == 'L' || b[q] == 'D') && (b[q+1] == 'a' || b[q+1] == 'e' || b[q+1] == 'i' || b[q+1] == 'u')) ||
			e-q == 3 && (string(b[q:e]) == "Mac" || string(b[q:e]) == "Van")) && e+1 < len(b) && isLower(b[e+1]):
			e++ // "McDermott", "MacLeod", "LaFleur", "DuBois", "DeShawn", "VanHorn"
		default:
			return e
		}
	}
	return e
}

// capAt reports whether a capital letter begins at p: A-Z, À-Þ of
// Latin-1 ("Özdemir", "Ünal") or a capital of Latin Extended-A ("Đorđević",
// "Şahin"), which word reads too.
func capAt(b []byte, p int) bool {
	// An ASCII letter is decided here, small enough to inline at the name
	// rules' many calls; a lead byte of a two-byte capital out of line.
	return p < len(b) && capLead[b[p]] && (b[p] < 0x80 || capAtX(b, p))
}

// initialAt returns the end of an initial at p, a capital and its full
// stop ("K.", and "Ö.", "Ł.", "Š." in two bytes), or p.
func initialAt(b []byte, p int) int {
	if p+1 < len(b) && isUpper(b[p]) && b[p+1] == '.' {
		return p + 2
	}
	if p+2 < len(b) && b[p] >= 0x80 && capAt(b, p) && b[p+2] == '.' {
		return p + 3
	}
	return p
}

// capLead marks the bytes a capital may begin with: A to Z, and the lead
// bytes C3 to C5 of Latin-1 and Latin Extended-A.
var capLead = func() (t [256]bool) {
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = true
	}
	t[0xC3], t[0xC4], t[0xC5] = true, true, true
	return t
}()

// capAtX is capAt of a capital of two bytes, whose lead b[p] is C3 to C5.
//
//go:noinline
func capAtX(b []byte, p int) bool {
	return p+1 < len(b) && (b[p] == 0xC3 && b[p+1] >= 0x80 && b[p+1] <= 0x9E && b[p+1] != 0x97 ||
		(b[p] == 0xC4 || b[p] == 0xC5) && extACapital(b[p], b[p+1]))
}

// upper handles a capital letter: a Latin-script person name after a title
// or a label, or a dictionary given name followed by a surname.
func (s *scan) upper(i int) int {
	n, prev := s.emits, s.caps-1
	s.caps = i + 1
	s.upAt, s.upEnd, s.upLex, s.upPart = i+1, word(s.b, i), 0, 0
	// Here and below, a rule's own first test is asked before the call
	// where most capitalised words fail it: the calls cost more.
	if b := s.b; i+2 < len(b) && !isLower(b[i+1]) {
		if k := codeDash(b, i); k > i {
			return k // a record's code: "CN-100000" (name_round15.go)
		}
	}
	// Given names paired by "&" (name_round19.go).
	if e := s.upEnd; e+4 < len(s.b) && s.b[e] == ' ' && s.b[e+1] == '&' {
		if end := s.ampPair(i, e); end > i {
			return end
		}
	}
	// A record's or a publication's name field (name_round12_formats.go).
	if e := s.formatName(i); e > i {
		return e
	}
	// Round 13's German shapes: a roster's shift, a signature's initial (namede_round13.go).
	if e := s.nameDE13(i); e > i {
		return e
	}
	if b := s.b; i+6 < len(b) && b[i+1] == '.' || i >= 4 && b[i-1] == ' ' && (b[i-2] == ':' || b[i-2] == ';' || b[i-2] == ',') { // upper15's first tests
		if e := s.upper15(i); e > i {
			return e // session 15's rules (name_round15.go)
		}
	}
	if e := s.upEnd; e+5 < len(s.b) && s.b[e+2] == '.' { // an initial after the word
		if e := s.upper16(i); e > i {
			return e // session 16's (name_round16.go)
		}
	}
	end := s.upper1(i)
	if s.emits == n {
		if e := s.lexiconPair(i); e > i {
			return max(e, end)
		}
		if e := s.surnameAfterNoun(i, prev); e > i {
			return max(e, end)
		}
		// A cell under a header naming a name's part: "LAST|FIRST". Last,
		// so that the rules of cells that read a pair go first.
		if e := calledName(s.b, i); e > i {
			s.emit(PersonName, i, e, 0.8, "context:called") // name_round21.go
			return max(e, end)
		}
		// A surname's particle may open the cell: ";ter Horst;" (session 21).
		ci := i
		if b := s.b; i > 3 && b[i-1] == ' ' && isLower(b[i-2]) {
			if st := s.particleStart(i); st < i && st > 0 && (b[st-1] == '|' || b[st-1] == '\n' || b[st-1] == '\t' || b[st-1] == ';') {
				ci = st
			}
		}
		if b := s.b; ci > 0 && (b[ci-1] == '|' || b[ci-1] == '\n' || b[ci-1] == '\t' || b[ci-1] == ';' || b[ci-1] == '"' || ci >= 2 && b[ci-1] == ' ' && (b[ci-2] == '|' || b[ci-2] == ';' || b[ci-2] == '\t')) {
			if e := nameColumnCell(b, ci, &s.table); e > ci {
				if b[ci-1] == '"' {
					e = invertedTail(b, ci, e, true) // a quoted cell: "\"Van der Berg, Megan\""
				}
				s.emit(PersonName, ci, e, 0.8, "context:column")
				return max(e, end)
			}
		}
		// A list's item in a list of names: "2. Latoya P".
		if b := s.b; i >= 2 && b[i-1] == ' ' && (b[i-2] == '.' || b[i-2] == ')' || b[i-2] == '-' || b[i-2] == '*' || b[i-2] >= 0x80) {
			if e := listItemName(b, i); e > i {
				s.emit(PersonName, i, e, 0.75, "context:list")
				return max(e, end)
			}
		}
		// A part of a name found in full a little earlier: "… said Lindqvist."
		if e := s.recalledName(i); e > i {
			s.emit(PersonName, i, e, 0.75, "context:named-before")
			return max(e, end)
		}
		// A surname after a filler: "it's Rania uh Washburn" (name_round13.go).
		if e := s.fillerSurname(i); e > i {
			s.emit(PersonName, i, e, 0.7, "context:filler")
			return max(e, end)
		}
		// A given name before a nickname and a surname: `Daniel "Dottie"
		// McGuire` (namenick.go).
		if w := s.upEnd; w+2 < len(s.b) && s.b[w] == ' ' && !isAlnum(s.b[w+1]) { // a quote or a bracket after the word
			if e := givenNick(s.b, i, w); e > i {
				s.emit(PersonName, i, e, 0.75, "context:nickname")
				return max(e, end)
			}
		}
		// A member named in minutes: "Motion by Hart" (name_round14.go).
		if e := motionBy(s.b, i); e > i {
			s.emit(PersonName, i, e, 0.75, "context:motion")
			return max(e, end)
		}
		// A transcript's speaker after another's (namespeaker.go).
		if e := s.speakerTurn(i); e > i {
			s.emit(PersonName, i, e, 0.75, "context:speaker")
			return max(e, end)
		}
		// What the rules leave, the name model reads (namemodel.go).
		if e := s.modelName(i); e > i {
			s.emit(PersonName, i, e, 0.7, "model")
			return max(e, end)
		}
	}
	return end
}

// upper1 is upper's rules of context and shape, before the lexicon pair.
func (s *scan) upper1(i int) int {
	b := s.b
	if (b[i] == 'D' || b[i] == 'P') && i+6 < len(b) && (b[i+1] == 'r' || b[i+1] == 'R') {
		if st, end := titleInitials(b, i); end > st {
			s.emit(PersonName, st, end, 0.85, "title")
			return end
		}
	}
	if i+6 < len(b) && b[i+1] == '.' && b[i+4] == '.' {
		if end := twoInitials(b, i); end > i {
			s.emit(PersonName, i, end, 0.8, "dictionary:initials+surname")
			return end
		}
	}
	if i > 0 && (b[i-1] == '|' || b[i-1] == '^' || b[i-1] == '~') {
		// A name field of an HL7 message: "PID|1||…||DOE^JANE||".
		if end := hl7Name(b, i); end > i {
			s.emit(PersonName, i, end, 0.85, "context:hl7")
			return end
		}
	}
	// A bank statement's other party: "AUFTRAGGEBER: JÄGER, VRONI VWZ:".
	if i >= 4 && (b[i-1] == ':' || b[i-1] == ' ' && !isLower(b[i-2])) { // every payer's key ends so
		if end := payerName(b, i); end > i {
			s.emit(PersonName, i, end, 0.8, "context:payer")
			return end
		}
	}
	// The holder's fields of a vehicle registration: "C.1.1 VON BÜLOW".
	if vehicleRegField(b, i) {
		if end := regFieldEnd(b, i); end > i+1 {
			s.emit(PersonName, i, end, 0.85, "context:form")
			return end
		}
	}
	if k := i + 1 + int(b[i]>>7); k < len(b) && (isUpper(b[k]) || b[k] == 0xC3 || b[k] == '\'' && k+1 < len(b) && isUpper(b[k+1])) && !(i > 0 && isAlnum(b[i-1])) {
		// (A two-byte capital first, its second letter after it: "ÖZTÜRK", "ŞAHIN";
		// or an apostrophe: "O'NEILL".)
		// A name in capitals: "ROBERT SMITH", "TORRES, MARY".
		if end := capsIndexCell(b, i); end > i {
			s.emit(PersonName, i, end, 0.8, "context:caps-index") // name_round21.go
			return end
		}
		if end := s.capsTitle(i); end > i {
			return end
		}
		// A report's rank and surname, a report's subject (name_round14.go).
		if end := capsRankName(b, i); end > i {
			s.emit(PersonName, i, end, 0.85, "title")
			return end
		}
		if end := capsGivenSubject(b, i); end > i {
			s.emit(PersonName, i, end, 0.75, "context:subject")
			return end
		}
		if end := s.capsSpeaker(i); end > i {
			s.emit(PersonName, i, end, 0.8, "context:speaker")
			return end
		}
		if end := capsParticleName(b, i); end > i {
			s.emit(PersonName, i, end, 0.8, "dictionary:capitals")
			return end
		}
		// "HAHN Leonie", "SCHMIDT-TERHORST Katharina": a list's surname first.
		if end := capsSurnameGiven(b, i); end > i {
			s.emit(PersonName, i, end, 0.8, "dictionary:capitals+given")
			return end
		}
		if end := iataName(b, i); end > i {
			s.emit(PersonName, i, end, 0.85, "context:iata")
			return end
		}
		if end := s.capsName(i); end > i && capsRunGoesOn(b, end) && !capsAndName(b, nameSuffix(b, end)) {
			// Read over the whole run: its later words are no name either.
			for end < len(b) && end-i < maxAdvance && (isUpper(b[end]) || b[end] == ' ' || b[end] == '.') {
				end++
			}
			return end
		} else if end > i {
			end = nameSuffix(b, end)
			st, end := capsLine15(b, i, end) // "COURTNEY GRACE KOWALSKI" (name_round15.go)
			s.emit(PersonName, st, end, 0.8, "dictionary:capitals")
			return end
		}
		if end := capsKeyValue(b, i); end > i {
			s.emit(PersonName, i, end, 0.8, "context:key")
			return end
		}
		if end := capsSurnameAddress(b, i); end > i {
			s.emit(PersonName, i, end, 0.8, "dictionary:capitals+address")
			return end
		}
	}
	if s.d.on[Passport] && serialFirsts[b[i]] {
		if e := s.serial(i); e > i+1 {
			return e
		}
	}
	e := s.word(i)
	if i > 0 && isAlpha(b[i-1]) || e < len(b) && isAlnum(b[e]) || e == i+1 && !(e < len(b) && b[e] == '.') {
		// Inside a word, or a word that goes on with capitals or digits
		// ("DE89…", "E1234…", "USA"): skip the letters, and let the digits,
		// if any, decide.
		for e < len(b) && e-i < maxAdvance && isAlpha(b[e]) {
			e++
		}
		// A rank written in camel case: "NotSan Vogt", "RettSan Lorenz".
		if e+2 < len(b) && b[e] == ' ' && capAt(b, e+1) && mayBe(rankFilter, b[i:e]) && rankTitles[string(b[i:e])] && !(i > 0 && isAlpha(b[i-1])) {
			if end := s.nameWords(e+1, 2); end > e+2 && knownNameWord(b, e+1, end) && !followedByLegalForm(b, end) {
				s.emit(PersonName, e+1, end, 0.85, "title")
				return end
			}
		}
		return e
	}
	w1 := string(b[i:e])
	if e-i < 16 && isUpper(b[i]) && brandShape[b[i]-'A'][e-i] { // brandAt's first test
		if be := brandAt(b, i, e); be > i {
			return be // "Charles Schwab", "Dr. Oetker": a company, not a person
		}
	}
	// A list's or a register's entry, surname first: "1. Maier, Götz;
	// Friseurmeister", "Liquidator: Heinrich, Horst, Hagen, *03.01.1969"
	// (name_round20.go).
	if e+2 < len(b) && b[e] == ',' && (listEntry(b, i) || i >= 2 && b[i-2] == ':' && registerBirth(b, word(b, e+2))) {
		if end := surnameFirst(b, i, e); end > e {
			s.emit(PersonName, i, end, 0.8, "dictionary:surname,given")
			return registerSkip(b, end)
		}
	}
	if c := b[max(i-1, 0)]; i > 0 && (c == ':' || c == '"' || c == '=' || c == ' ') && orgContext(b, i) { // every label ends so
		return skipCapitalised(b, i)
	}
	// A signature's name in brackets, a parcel's addressee (name_round19.go).
	if i >= 5 && (b[i-1] == '(' || b[i-1] == ' ' && bytes.IndexByte(b[max(0, i-8):i], '(') >= 0) {
		if st, end := signatureBracket(b, i); end > i {
			s.emit(PersonName, st, end, 0.8, "context:signature")
			return end
		}
	}
	// A given name typed in lower case after a greeting: "Hi valeria!"
	// (name_round20.go).
	if e-i <= 5 && b[i] == 'H' && e+3 < len(b) && b[e] == ' ' && isLower(b[e+1]) {
		if st, end := lowerGreeted(b, i, e); end > st {
			s.emit(PersonName, st, end, 0.7, "context:greeting")
			return end
		}
	}
	// The names on a doorbell: "klingel Graf/Schneider" (name_round20.go).
	if i >= 8 && b[i-1] == ' ' && (b[i-2] == 'l' || b[i-2] == ':') && bellCue(b, i) {
		if end := s.bellNames(i, e); end > i {
			return end
		}
	}
	if i >= 6 && b[i-1] == ' ' && parcelCue(b, i) {
		if st, end := parcelFor(b, i, e); end > i {
			s.emit(PersonName, st, end, 0.8, "context:parcel")
			return end
		}
	}
	if e+6 < len(b) && b[e] == ' ' && (b[e+1] == 'a' || b[e+1] == 'u' || b[e+1] == 'n' || b[e+1] == 'f') {
		if end := pronounPair(b, i, e); end > i {
			s.emit(PersonName, i, end, 0.75, "context:coordinated")
			return end
		}
		if end := neighbourGiven(b, i, e); end > i {
			s.emit(PersonName, i, end, 0.75, "context:neighbour")
			return end
		}
	}
	if st, end, val := s.upperEN12(i, e); end > st {
		s.emit(PersonName, st, end, 0.8, val)
		return end
	}
	// A given name as a German sentence's subject: "Lea aus dem Nachbarhaus hat".
	if e+6 < len(b) && b[e] == ' ' && (i == 0 || b[i-1] == '\n' || i >= 2 && b[i-1] == ' ' && (b[i-2] == '.' || b[i-2] == '!' || b[i-2] == '?' || b[i-2] == ',' && isLower(b[e+1]) || b[i-2] == ' ' && indentedLine(b, i))) { // its first test
		if end := s.givenSubjectDE(i, e); end > i {
			return end
		}
	}
	if end := nickname(b, i); end > i {
		s.emit(PersonName, i, end, 0.8, "context:nickname")
		return end
	}
	// A ward's or an office's rank: "Sr. Anna", "Sachb. von der Heide".
	if c := b[i]; c == 'S' || c == 'P' || c == 'B' || c == 'L' { // every such title begins so
		if st, end := s.careTitleName(i, e); end > st {
			s.emit(PersonName, st, end, 0.85, "title")
			return end
		}
	}
	// A court's or an office's rank: "(Rpfl. Quast)", "Justizinsp. zu Solms".
	if e < len(b) && b[e] == '.' {
		if st, end := s.officialTitleName(i, e); end > st {
			s.emit(PersonName, st, end, 0.85, "title")
			return end
		}
	}
	// A family tree's person ("* Anna (* 1938)", "Otto ⚭ Eva Kühn") or a
	// card's signature ("Bis bald, Deine Emre"). The cheap tests first.
	// (Their first tests before the calls: a bracket or ⚭ after the word, a
	// possessive's last letter before it.)
	if (e+2 < len(b) && (b[e+1] == '(' || b[e+1] == 0xE2) && genealogyMark(b, e) || i >= 4 && (b[i-2] == 'e' || b[i-2] == 'n' || b[i-2] == 'r') && closingWordBefore(b, i)) &&
		!nonNames[w1] && !labelNoun(w1) && !streetWord(w1) && !orgWords[w1] && !isRankTitle(w1) {
		if end := s.nameWords(i, 3); end > i+1 && (genealogyMark(b, end) || closingName(b, i, end)) {
			s.emit(PersonName, i, end, 0.8, "context:shape")
			return end
		}
	}
	if end := citedAuthor(b, i, e); end > e {
		s.emit(PersonName, i, end, 0.85, "dictionary:surname+initials")
		return end
	}
	// A semicolon list's cell surname first: "…;von Berg, Ayla;…".
	if e+2 < len(b) && b[e] == ',' {
		if st, end := semiCellInverted(b, max(particlesBefore(b, i), s.floor), i, e); end > e {
			s.emit(PersonName, st, end, 0.8, "dictionary:surname,given")
			return end
		}
	}
	// A form's field written surname first: "Patient/in: von Arnim, Leyla".
	if e+2 < len(b) && b[e] == ',' {
		if st, end := labelSurnameFirst(b, i, e); end > e {
			s.emit(PersonName, st, end, 0.8, "context:surname,given")
			return end
		}
	}
	if e < len(b) && (cellSep(b[e]) || b[e] == '"' || b[e] == '\'') { // cellPair's first test
		if end := s.cellPair(i, e); end > i {
			return end
		}
	}
	// A pairing's or a register's entry written surname first after a
	// cell's bar or a dash ("1  Koch, Eva (1820) – Weber, Jonas (1744)",
	// "| Lopez, Maria T. |"): one name, not a surname and a listed given
	// name.
	if e+2 < len(b) && b[e] == ',' {
		// With its particles: "de la Cruz, Ana", "Van Dyke, Anthony".
		st := max(particlesBefore(b, i), s.floor)
		if listOpen(b, st) {
			if end := surnameFirstListed(b, i, e, st < i); end > e {
				s.emit(PersonName, st, end, 0.8, "dictionary:surname,given")
				return end
			}
		}
		// After a label, before the label's rule reads the surname
		// alone: "Owner: Lewis, James"; but not a list of given names
		// ("Kinder: Tatjana, Karl-Heinz").
		if end := surnameFirst(b, i, e); end > e && isSurname(w1) {
			s.emit(PersonName, i, end, 0.8, "dictionary:surname,given")
			return end
		}
	}
	// A rank or office spelled out before a surname the lexicons know:
	// "Tell Detective Wright", "Hier ist Kommissar Koch". The rank is not
	// the name.
	if e+2 < len(b) && b[e] == ' ' && capAt(b, e+1) && isRankTitle(w1) {
		e := rankTail(b, e) // "Nurse Practitioner Weaver"
		if end := s.nameWords(e+1, 3); end > e+2 && (knownNameWord(b, e+1, end) || foreignShaped(b[e+1:end])) && !nonNames[string(b[e+1:word(b, e+1)])] && !followedByLegalForm(b, end) {
			s.emit(PersonName, e+1, end, 0.85, "title")
			return end
		}
	}
	// A household by its surname: "the Okafor family", "Grandparents are
	// O'Brien family of Macon".
	household := householdAt(b, e) // asked again of "the … family" below
	if household && (isSurname(w1) || foreignShaped(b[i:e])) && !isFirstName(w1) && !commonSurnames[w1] {
		s.emit(PersonName, i, e, 0.75, "context:family")
		return e
	}
	// A role in lower case before a name the lexicons know: "and
	// goalkeeper Whitfield made six saves", "the witness Kateryna Singh".
	if end := s.roleBefore(i); end > i {
		s.emit(PersonName, i, end, 0.8, "title")
		return end
	}
	// A rank before a surname with its particle: "Professor zu Ettingen".
	if e+4 < len(b) && b[e] == ' ' && isRankTitle(w1) {
		if q := particleAt(b, e+1, false); q > e+1 {
			if end := s.nameWords(q, 2); end > q+1 && rankParticleOK(b, i, q, end) && !followedByLegalForm(b, end) {
				s.emit(PersonName, e+1, end, 0.85, "title")
				return end
			}
		}
	}
	// An initial and a surname the lexicons know, as crews and rosters
	// write them: "Crew: A. Smith (EMT-P), M. Lewis".
	// Not a middle initial: "Drew A. Gonzalez" is the given name's.
	if initialAt(b, i) == e+1 && e+3 < len(b) && b[e+1] == ' ' && (capAt(b, e+2) || particleAt(b, e+2, false) > e+2) && leftOK(b, i) && !(i >= 2 && b[i-2] == '.') && !capWordBefore(b, i) {
		// A capitalised particle first: "H. Van der Berg", not "H. Van".
		if f := word(b, e+2); f > e+3 && particleAt(b, e+2, true) == e+2 && initialSurname(b, e+2, f) {
			s.emit(PersonName, i, f, 0.75, "dictionary:initial+surname")
			return f
		}
		if f := initialParticleSurname(b, e+2); f > e+2 {
			s.emit(PersonName, i, f, 0.75, "dictionary:initial+surname")
			return f
		}
	}
	// An initial and a surname the lexicons lack that fill a field: "Halter:
	// K. Schulte-Brinkmann".
	if initialAt(b, i) == e+1 {
		if f := fieldInitialSurname(b, i); f > i {
			s.emit(PersonName, i, f, 0.75, "context:initial+surname")
			return f
		}
	}
	// A given name after the kin it is, in brackets: "Caregiver (son)
	// Ji-woo present" (name_round18.go).
	if i >= 6 && b[i-2] == ')' {
		if f := kinBracketGiven(b, i); f > i {
			s.emit(PersonName, i, f, 0.75, "context:kinship")
			return f
		}
	}
	// A given name and the kin it is to someone: "Ethan (caregiver)".
	if hasPrefixAt(b, e, " (") && isFirstName(w1) {
		f := e + 2
		for f < len(b) && f-e < 14 && isLower(b[f]) {
			f++
		}
		if f < len(b) && b[f] == ')' && (kinshipWords[string(b[e+2:f])] || string(b[e+2:f]) == "spouse" || string(b[e+2:f]) == "caregiver" || string(b[e+2:f]) == "partner") {
			s.emit(PersonName, i, e, 0.75, "context:kinship")
			return e
		}
	}
	// A family named by its surname: "The Becker Family", "Familie Vogt".
	// After "Familie" a surname that is also a word is not read so
	// ("Familie Sommer"); "the … Family" around it says enough.
	the := i >= 4 && (household || hasPrefixAt(b, e, " Family")) && (hasPrefixAt(b, i-4, "The ") || hasPrefixAt(b, i-4, "the "))
	if (the || i >= 8 && hasPrefixAt(b, i-8, "Familie ")) && (isSurname(w1) || the && householdSurname(b, i, e)) && rightOK(b, e) {
		if the || !pairAmbiguous(w1) {
			s.emit(PersonName, i, e, 0.75, "context:family")
			return e
		}
	}
	if st, end := familyName(b, i); end > i {
		s.emit(PersonName, st, end, 0.75, "context:family")
		return end
	}
	// The parties of a lawsuit, as German courts list them: "Weber ./.
	// Schulz", "Kühn ./. von Berg".
	if end, st := s.suitParty(i, e); end > i {
		s.emit(PersonName, st, end, 0.8, "context:lawsuit")
		return end
	}
	// A given name before a birth name, a birth name's particles, a
	// register's given name: "Mutter: Eva geb. von der Heide".
	if end := s.nameDE12(i, e); end > i {
		return end
	}
	// A birth name: "Ingrid Vogt, geb. Lorenz", "Mutter: Eva geb. Quandt".
	// Or the name on a doorbell: "bei Lorenz klingeln".
	if i >= 4 && b[i-1] == ' ' && (b[i-2] == '.' || b[i-2] == 'e' || b[i-2] == 'i') { // the end of every cue birthName reads
		if end := birthName(b, i, e); end > i {
			s.emit(PersonName, i, end, 0.8, "context:birth-name")
			return end
		}
	}
	if isTitle(w1) {
		p := e
		if p < len(b) && b[p] == '.' {
			p++
		}
		// A surname with its particle: "Herrn van Dijk", "Frau von Hohenthal".
		if p < len(b) && b[p] == ' ' {
			if q := particleAt(b, p+1, false); q > p+1 {
				if end := s.nameWords(q, 2); end > q+1 && !followedByLegalForm(b, end) {
					s.emit(PersonName, p+1, end, 0.9, "title")
					return end
				}
			}
		}
		// A degree's field after "Dr.": "Dr. med. Pohl", "Dr. rer. nat. Kühn".
		for _, f := range []string{" med. dent.", " med. vet.", " med.", " rer. nat.", " rer. pol.", " jur.", " phil.", " Dr.", " Dipl.-Ing.", " Professorin", " Professor", " Prof. Dr.", " Prof."} {
			if hasPrefixAt(b, p, f) {
				p += len(f)
				break
			}
		}
		if p < len(b) && b[p] == ' ' {
			if end := s.nameWords(p+1, 3); end > p+1 {
				if followedByLegalForm(b, end) {
					return end
				}
				s.emit(PersonName, p+1, end, 0.9, "title")
				return end
			}
			// A surname that is also a place's word: "Dr. Park is …"
			// (name_round19.go).
			if end := titleStopSurname(b, p+1); end > p+1 {
				s.emit(PersonName, p+1, end, 0.9, "title")
				return end
			}
		}
		return e
	}
	// After a label: "Name: Anna Schmidt". Right after it, or a sentence
	// later with a word the lexicons know: "Sehr geehrte Frau Dr. Weber"
	// but not "Sehr geehrte Damen und Herren, … den Eingang Ihres
	// Schreibens". Two words are needed, so the label (the costlier test)
	// is looked for last.
	// Most capitalised words stand alone after a lower-case word: the
	// label's context is read only for two words or after a colon.
	two := e+1 < len(b) && b[e] == ' ' && capAt(b, e+1)
	if (two || colonBefore(b, i)) && labelNear(b, i) {
		// One word will do right after the label when it is a given name
		// ("Assignee: Nadia").
		// Or any word alone on the line after a name's key ("Preferred
		// name:     Bea").
		if end := s.nameWords(i, 3); (end > e || end == e && (isFirstName(w1) || nameKeyLine(b, i, end))) && !followedByLegalForm(b, end) {
			d := ctxDistance(b, i, nameLabels, ctxWindow)
			if (d >= 0 || nameKeyLine(b, i, end)) && (d <= 2 || d <= 6 && emphasisBefore(b, i-1) < i-1 && emphasisBefore(b, i-1) >= i-d-1 || nameKeyLine(b, i, end) || end > e && knownNameWord(b, i, end) && bytes.IndexByte(b[i-d:i], '\n') < 0) {
				end = invertedTail(b, i, end, false)
				s.emit(PersonName, i, end, 0.85, "context")
				return end
			}
		}
	}
	if end := s.rosterParticle(i); end > i {
		return end
	}
	// A keyed value that opens with a particle: "<Familienname>van der
	// Linde</Familienname>" (name_round18.go).
	if i >= 5 && b[i-1] == ' ' && isLower(b[i-2]) {
		if st := s.particleStart(i); st < i && st > 0 && (b[st-1] == '>' || b[st-1] == '=' || b[st-1] == '"') && endsWord(b, st, nameKeys, 24) && rightOK(b, e) {
			end := invertedTail(b, i, e, true) // "<person>zu Dohna, Hoa</person>"
			s.emit(PersonName, st, end, 0.85, "context:key")
			return end
		}
	}
	if (nameCue(b, i, &s.csv) || s.listedAfterName(i) && !streetWord(w1) && (isFirstName(w1) || isSurname(w1))) && !nonNames[w1] && !labelNoun(w1) {
		// A greeting, a signature, a chat speaker or a record key: one
		// word is enough ("Hallo Emmely"). A house number after it makes
		// it a street ("Herrn Ole Müller, Domhof 17").
		if end := s.nameWords(i, 3); end > i+1 && !followedByLegalForm(b, end) && !(end+1 < len(b) && b[end] == ' ' && isDigit(b[end+1])) && !labelAfter(b, end) {
			// Two given names signed together: "In Liebe\nLuisa und Jan".
			if end == e && end+5 < len(b) && b[end] == ' ' && isFirstName(w1) {
				if c := s.couple(i, e); c > e {
					return c
				}
			}
			end = invertedTail(b, i, nameSuffix(b, end), i > 0 && (b[i-1] == '\t' || b[i-1] == ';' || b[i-1] == '"'))
			s.emit(PersonName, i, end, 0.85, "context:shape")
			return end
		}
	}
	// "Michael's brother", "Imani's mom": a person's kin.
	if ep := e - 2; ep > i+1 && hasPrefixAt(b, ep, "'s ") && !nonNames[w1[:ep-i]] && !streetWord(w1[:ep-i]) {
		f := ep + 3
		for f < len(b) && f-ep < 20 && isLower(b[f]) {
			f++
		}
		if (kinshipWords[string(b[ep+3:f])] || string(b[ep+3:f]) == "family") && rightOK(b, f) {
			s.emit(PersonName, i, ep, 0.8, "context:kinship")
			return e
		}
		// "Mary's place", "David's car": an unambiguous given name owns a
		// thing named in lower case.
		if f > ep+3 && f < len(b) && !isAlnum(b[f]) && unambiguousGiven(w1[:ep-i]) {
			s.emit(PersonName, i, ep, 0.75, "context:possessive")
			return e
		}
	}
	// "Bemerkung: Hannah beteiligt sich …": an unambiguous given name after
	// a colon, the subject of a sentence whose verb follows in lower case.
	if i >= 2 && b[i-1] == ' ' && b[i-2] == ':' && e+2 < len(b) && b[e] == ' ' && isLower(b[e+1]) && isLower(b[e+2]) && particleAt(b, e+1, false) == e+1 && unambiguousGiven(w1) && !isSurname(w1) && !loneAmbiguous[w1] {
		s.emit(PersonName, i, e, 0.7, "context:subject") // not "INTERVIEWER: Can you state …"
		return e
	}
	// "- David! Wait up!": an unambiguous given name called out, opening
	// its line or sentence.
	if e < len(b) && b[e] == '!' && (i == 0 || b[i-1] == '\n' || i >= 2 && b[i-1] == ' ' && (b[i-2] == '-' || b[i-2] == ',' || b[i-2] == '\n')) && unambiguousGiven(w1) {
		s.emit(PersonName, i, e, 0.75, "context:vocative")
		return e
	}
	// "my name is Virginia".
	if i >= 8 && b[i-1] == ' ' && b[i-2] == 's' && b[i-3] == 'i' && strings.EqualFold(string(b[i-8:i]), "name is ") && !nonNames[w1] && (e == len(b) || !isAlpha(b[e])) {
		if end := s.nameWords(i, 3); end >= e && !followedByLegalForm(b, end) {
			s.emit(PersonName, i, end, 0.85, "context")
			return end
		}
	}
	var given bool
	if s.upWord(i, e) {
		given = s.upGiven() // isFirstName(w1), looked up once
	} else {
		given = isFirstName(w1) // a name rule's upper at another word came between
	}
	if given {
		if end := s.couple(i, e); end > e {
			return end
		}
	}
	// "an" is English's article and German's "to": "an Anton Neumann."
	// is a person when the name ends the clause, or a list goes on ("Kopie
	// an Ole Weber / Ole Engel", "an Ole Weber und …", session 19).
	afterAn := false
	if w, _ := wordBefore(b, i); string(w) == "an" {
		afterAn = true
	}
	if given && e+1 < len(b) && b[e] == ' ' && (afterAn || !afterDeterminer(b, i)) {
		p := e + 1
		if q := nobleRankAt(b, p); q > p {
			p = q // "Marco Freiherr von Stein"
		} else if q := particleAt(b, p, false); q > p {
			p = q
		} else {
			p = particleAt(b, p, true) // "Melissa Van Dyke", "Mary St. Clair"
		}
		// A middle initial: "John F. Kennedy"; a particle may follow it
		// ("Ana C. de la Cruz", "Bev D. St. Clair").
		if p+3 < len(b) && isUpper(b[p]) && b[p+1] == '.' && b[p+2] == ' ' {
			p += 3
			if p+3 < len(b) && p-3 == e+1 {
				if q := particleAt(b, p, false); q > p {
					p = q
				} else {
					p = particleAt(b, p, true)
				}
			}
		}
		e2 := word(b, p)
		if e2 > p+1 && (!nameStop[string(b[p:e2])] || parkSurname(b, i, e, p, e2)) && !orgWords[string(b[p:e2])] && !(e2-p <= 4 && usStreetSuffixes[string(b[p:e2])] && !isSurnameB(b[p:e2])) && rightOK(b, e2) && !followedByLegalForm(b, e2) && !eponymAfter(b, e2) &&
			!(afterAn && e2 < len(b) && strings.IndexByte(".,;:!?()\n\r", b[e2]) < 0 && !hasPrefixAt(b, e2, " (") && !hasPrefixAt(b, e2, " / ") && !hasPrefixAt(b, e2, " und ")) {
			conf, val := 0.8, "dictionary:given"
			if isSurnameB(b[p:e2]) {
				conf, val = 0.92, "dictionary:given+surname"
			}
			// Two given names, then the surname: "Anna Lena Vogt", "Karl
			// Heinz von Berg".
			if p == e+1 && isFirstNameB(b[p:e2]) {
				if e3 := thirdSurname(b, e2); e3 > e2 {
					e2, conf, val = e3, 0.92, "dictionary:given+given+surname"
				} else if e3 := fieldThirdSurname(b, i, e2); e3 > e2 {
					e2 = e3 // "| Thi Lan Brinkhaus |"
				}
			} else if p == e+1 && val == "dictionary:given" {
				e2 = de18MiddleSurname(b, e2) // "Magdalena Fjolla Peters" (namede_round18.go)
			}
			e2 = nameSuffix(b, e2)
			s.emit(PersonName, i, e2, conf, val)
			return e2
		}
	}
	if given {
		// A given name and a surname's initial end a field or a clause:
		// "RN: Rajesh M. /", "purchased_by": "Ana P."; the initial is a
		// person's, as rosters and shared lists abbreviate them.
		// Not the given name of "Hall, David Z." nor of "David Z. van Berg".
		if e-i >= 3 && !loneAmbiguous[w1] && e+3 <= len(b) && b[e] == ' ' && isUpper(b[e+1]) && b[e+2] == '.' && initialEnds(b, e+3) &&
			!(i >= 2 && b[i-2] == ',') && !orgWords[w1] && !nonNames[w1] {
			s.emit(PersonName, i, e+3, 0.75, "dictionary:given+initial")
			return e + 3
		}
		if e-i >= 3 && !loneAmbiguous[w1] && loneName(b, i, e) && !petAfter(b, e) {
			// A last name's initial: "- Rodney P.".
			if e+3 < len(b) && b[e] == ' ' && isUpper(b[e+1]) && b[e+2] == '.' && !(e+3 < len(b) && isAlpha(b[e+3])) {
				e += 3
			}
			s.emit(PersonName, i, e, 0.75, "dictionary:given")
			return e
		}
	} else if e+2 < len(b) && b[e] == ' ' {
		if end := s.givenShapeSurname(i, e); end > e {
			return end
		}
	}
	if e+2 < len(b) && b[e] == ',' {
		if end := surnameFirst(b, i, e); end > e {
			s.emit(PersonName, i, end, 0.8, "dictionary:surname,given")
			return registerSkip(b, end)
		}
	}
	return e
}

// surnameFirst returns the end of a name written surname first, as lists
// and forms do ("Lopez, Maria", "Petersen, Gudrun A."): a known surname at
// a field's start, a comma, a known given name and an optional initial
// that end the field; or i's word end.
func surnameFirst(b []byte, i, e int) int {
	// A semicolon list's cell holds one value: "…;Öztürk, Ayla;…" is one
	// person though the lexicons lack the surname.
	semi := i > 0 && b[i-1] == ';' && !nonNames[string(b[i:e])] && !placeWords[string(b[i:e])] && !streetWord(string(b[i:e])) && !orgWords[string(b[i:e])]
	if e+2 >= len(b) || b[e] != ',' || b[e+1] != ' ' || !isSurnameB(b[i:e]) && !colonBefore(b, i) && !(i > 0 && b[i-1] == '<') && !semi {
		return e
	}
	// A register's numbered entry opens a field too: "1a) Frank, Peter,
	// geb. am …" (session 19), ended by the birth's date.
	entry := registerEntry(b, i) || listEntry(b, i) // "1. Schulz, Jördis, Dipl.-…" (name_round20.go)
	if i > 0 && b[i-1] != '\n' && b[i-1] != '"' && b[i-1] != '\t' && b[i-1] != ';' && b[i-1] != '<' && !colonBefore(b, i) && !entry {
		return e
	}
	g := word(b, e+2)
	// After a label a known surname vouches for a given name the lexicons
	// lack, but not for another surname: "Frühschicht: Hoffmann,
	// Heinemann" is two people.
	if g <= e+3 || !givenWord(string(b[e+2:g])) && !(isSurnameB(b[i:e]) && colonBefore(b, i) && !isSurnameB(b[e+2:g])) &&
		!((listEntry(b, i) || registerBirth(b, g)) && capAt(b, e+2) && !dictionaryWord(b[e+2:g], false) && !placeWords[string(b[e+2:g])]) || petAfter(b, e) {
		return e
	}
	g = secondGiven(b, g)
	if g+2 < len(b) && b[g] == ' ' && isUpper(b[g+1]) && (b[g+2] == '.' || g+2 == len(b) || b[g+2] == '\n') {
		g += 2
		if g < len(b) && b[g] == '.' {
			g++
		}
	}
	if g < len(b) && b[g] != '\n' && b[g] != '"' && b[g] != '\t' && b[g] != ';' && b[g] != '\r' && b[g] != '>' && b[g] != '|' && !(entry && (hasPrefixAt(b, g, ", geb.") || hasPrefixAt(b, g, ", born") || listEntry(b, i) && b[g] == ',')) &&
		!registerBirth(b, g) {
		return e
	}
	return g
}

// capWordBefore reports whether a capitalised word ends one space before
// i.
func capWordBefore(b []byte, i int) bool {
	if i < 3 || b[i-1] != ' ' || !(isAlpha(b[i-2]) || b[i-2] >= 0x80) {
		return false
	}
	j := i - 2
	for j > 0 && (isAlpha(b[j-1]) || b[j-1] >= 0x80 || b[j-1] == '-' || b[j-1] == '\'') {
		j--
	}
	return capAt(b, j) || b[j] >= 0xC4
}

// initialSurname reports whether [p, f) after an initial is a surname the
// lexicons know that ends the name: no common word, no place, and no
// further capitalised word after it ("J. Smith Hall" is a building).
func initialSurname(b []byte, p, f int) bool {
	w := string(b[p:f])
	if !isSurname(w) && !(bytes.IndexByte(b[p:f], '-') > 0 && foreignShaped(b[p:f])) || nameStop[w] || placeWords[w] || usStates[w] || streetWord(w) || orgWords[w] || !rightOK(b, f) || followedByLegalForm(b, f) {
		return false
	}
	return !(f+1 < len(b) && b[f] == ' ' && capAt(b, f+1))
}

// birthName returns the end of the surname at [i, e) after "geb." (a
// maiden name), or before "klingeln" after "bei" or after "bei" after
// "klingelt" (a doorbell's name), or
// i; English "née" (or "nee") marks a maiden name as "geb." does. The
// word must be no common one; a known surname needs no more.
func birthName(b []byte, i, e int) int {
	// The cue first: this runs for every capitalised word.
	if !(i >= 5 && (hasPrefixAt(b, i-5, "geb. ") || hasPrefixAt(b, i-5, "née ")) && (i == 5 || !isAlpha(b[i-6]))) &&
		!(i >= 4 && hasPrefixAt(b, i-4, "nee ") && (i == 4 || !isAlpha(b[i-5]))) &&
		!(i >= 4 && hasPrefixAt(b, i-4, "bei ") && (hasPrefixAt(b, e, " klingeln") || hasPrefixAt(b, e, " läuten") || hasPrefixAt(b, e, " schellen") || doorbellVerbBefore(b, i-4))) {
		return i
	}
	w := string(b[i:e])
	if (nameStop[w] || placeWords[w]) && !stopSurnames[w] || nonNames[w] || labelNoun(w) || streetWord(w) || !rightOK(b, e) {
		return i // but "née Park" (name_round19.go)
	}
	return e
}

// thirdSurname returns the end of a surname the lexicons know (or a
// double one with a known part, or one after a particle) that follows a
// second given name ending at e, or e.
func thirdSurname(b []byte, e int) int {
	if e+2 >= len(b) || b[e] != ' ' || !capAt(b, e+1) && !isLower(b[e+1]) {
		return e
	}
	p := particleAt(b, e+1, false)
	if p == e+1 && !capAt(b, p) {
		return e
	}
	f := word(b, p)
	if f <= p+1 || !rightOK(b, f) || followedByLegalForm(b, f) {
		return e
	}
	if p > e+1 && capAt(b, p) {
		return f // "Jan Ole von Bülow"
	}
	for _, w := range strings.Split(string(b[p:f]), "-") {
		if isSurname(w) && !nameStop[w] && !orgWords[w] {
			return f
		}
	}
	if de18ThirdSurname(b[p:f]) {
		return f // "Eren Gustav Al-Khatib", "Elfriede Małgorzata Nüßle" (namede_round18.go)
	}
	return e
}

// particlesBefore moves i back over up to two particles of a surname
// written in lower case or capitalised ("de la Cruz", "Van Dyke").
func particlesBefore(b []byte, i int) int {
	for k := 0; k < 2 && i >= 3 && b[i-1] == ' '; k++ {
		j := i - 1
		for j > 0 && i-j < 6 && isAlpha(b[j-1]) {
			j--
		}
		if j == i-1 || j > 0 && isAlpha(b[j-1]) || !pairParticles[strings.ToUpper(string(b[j:j+1]))+string(b[j+1:i-1])] {
			return i
		}
		i = j
	}
	return i
}

// listOpen reports whether i opens an entry of a table or a list: after a
// cell's bar or a dash set off by spaces ("| ", " – ", "  -  ").
func listOpen(b []byte, i int) bool {
	j := i
	for j > 0 && i-j < 4 && b[j-1] == ' ' {
		j--
	}
	if j == i || j == 0 {
		return false
	}
	if b[j-1] == '|' {
		return true
	}
	// A row's number: "3  Koch, Eva", "12. Weber, Jonas".
	n := j
	if b[n-1] == '.' {
		n--
	}
	d := n
	for d > 0 && n-d < 4 && isDigit(b[d-1]) {
		d--
	}
	if d < n && (d == 0 || b[d-1] == '\n') {
		return true
	}
	return (b[j-1] == '-' && j >= 2 && b[j-2] == ' ' || j >= 4 && (hasPrefixAt(b, j-3, "–") || hasPrefixAt(b, j-3, "—")) && b[j-4] == ' ')
}

// surnameFirstListed returns the end of "Surname, Given" at i in a list's
// entry, with an optional initial ("Meyer, Jan P."), that ends the entry:
// the line, a cell's bar or a bracket after spaces; or e. The surname, or
// a part of a double one ("Weber-Krause"), and the given name must be
// ones the lexicons know.
//
// A surname the lexicons lack will do before a known given name when it
// has a particle or is no word they know otherwise ("Okafor, James").
func surnameFirstListed(b []byte, i, e int, particle bool) int {
	if b[e] != ',' || b[e+1] != ' ' {
		return e
	}
	g := word(b, e+2)
	if g <= e+3 || !isFirstNameB(b[e+2:g]) {
		return e
	}
	w := string(b[i:e])
	known := particle || e-i >= 3 && !nameStop[w] && !orgWords[w] && !placeWords[w] && !usStates[w] && !streetWord(w) &&
		!labelNoun(w) && !nonNames[w] && !isFirstName(w) && !brandsByFirstKnown(w)
	for _, p := range strings.Split(w, "-") {
		known = known || isSurname(p)
	}
	if !known || petAfter(b, e) {
		return e
	}
	g = secondGiven(b, g)
	// A double given name: "Hans-Peter" is read as one word already.
	if g+2 < len(b) && b[g] == ' ' && isUpper(b[g+1]) && (b[g+2] == '.' || b[g+2] == ' ' || b[g+2] == '\n') {
		g += 2
		if b[g] == '.' {
			g++
		}
	}
	q := g
	for q < len(b) && q-g < 4 && b[q] == ' ' {
		q++
	}
	if q < len(b) && b[q] != '\n' && b[q] != '\r' && b[q] != '|' && b[q] != '(' && b[q] != '-' && !hasPrefixAt(b, q, "–") {
		return e
	}
	return g
}

// rankTails are the second words of a two-word rank: "Nurse Practitioner",
// "Nurse Anesthetist".
var rankTails = set(`Practitioner Anesthetist Midwife Educator Navigator Specialist`)

// rankTail returns the end of a rank's second word after the blank at e,
// when a capitalised word follows it, or e.
func rankTail(b []byte, e int) int {
	if e+2 >= len(b) || b[e+1] < 'A' || b[e+1] > 'S' {
		return e
	}
	t := word(b, e+1)
	if t+2 < len(b) && b[t] == ' ' && capAt(b, t+1) && rankTails[string(b[e+1:t])] {
		return t
	}
	return e
}

// loneAmbiguous are given names that are as often a word, a month, a
// place or a brand: alone, they are not taken for a person ("May",
// "Grace", "Charlotte, NC", "Otto", "Kai").
var loneAmbiguous = set(`Will May June April August Mark Bill Art Rich Pat Sue Don Jack Frank Grace Hope Faith Joy
Dawn Eve Ivy Lily Rose Iris Daisy Amber Ruby Jade Crystal Summer Autumn Sunny Misty Angel Christian Hunter Mason
Cooper Carter Parker Tucker Chase Miles Gene Guy Ray Rob Max Bob Dean Dale Glen Lane Drew Van Bud Buck Sky Stone
Royal Major Price Young Long King Bell Ken Kay Lee Jan Eli Al Ed Jo Ali Victoria Virginia Carolina Austin Jordan
Israel Chad Georgia Paris Florence Lincoln Madison Charlotte Eugene Marion Tyler Savannah Dallas Houston Aurora
Regina Beverly Troy Chester Jackson Raleigh Denver Sofia Augusta Helena Sydney Ernst Wolf Kai Otto Heide
Linde Mercedes Gabriel Sonny Wanda Luna Violet Olive Hazel Pearl Scarlett
Sterling Wade Wallace Marshall Nelson Wilson Morgan Kelly Taylor Holly Robin Pepper Ginger Candy Destiny Harmony
Porsche Fiat Opel
Justice Trinity Serenity Dakota Phoenix Rio Roman Maria Can Till Otis Constance Patience Prudence Felicity
Liberty Delta Ada Perl Rust Swift Dart Elixir Kotlin Rosa Viola Flora Alma Jasmin Jasmine Cliff Dusty Rusty
Sandy Buddy Chip Honey Penny Mercy Gay Fanny Dick Willy Heather Rosemary Melissa Basil Sage`)

// loneName reports whether a given name standing alone at [i, e) is a
// person by the words around it: a label's colon, the start of a line or
// a word that takes a person before it ("with", "ask", "mit"), and a
// clause's end or a verb after it ("Monique to follow up", "Nadia,").
func loneName(b []byte, i, e int) bool {
	// "the Marcus account"; but "an" is German too ("Grüße an Jutta").
	if w, _ := wordBefore(b, i); string(w) != "an" && determiners[string(w)] {
		return false
	}
	right, verb := e == len(b), apposAfter(b, e)
	if !right {
		switch b[e] {
		case ',', '!', '?', ':', ';', ')', '\n', '\r', '"', '.':
			right = true
		case ' ':
			right = e+1 < len(b) && b[e+1] == '(' || sepAfter(b, i, e) || weekdayAfter(b, e) // "Note by Stephanie (Tier 1)", "pair with Mo Friday"
			w := b[e+1 : min(len(b), e+12)]
			for _, v := range loneVerbs {
				if bytes.HasPrefix(w, []byte(v)) {
					verb = true
					break
				}
			}
			verb = verb || pastVerbAt(b, e+1) // "Ama declined medical attention"
		}
	}
	left := colonBefore(b, i) || i == 0 || b[i-1] == '\n' || b[i-1] == '(' && e < len(b) && b[e] == ')' || listBullet(b, i) ||
		i >= 2 && b[i-1] == '-' && (b[i-2] == ' ' || b[i-2] == '\n') || // a dash's sign-off: "next time. -Amy (owner)"

		i >= 2 && b[i-1] == ' ' && b[i-2] == ']' // a chat's or a ticket's tag: "[Agent] Declan replied:"
	w, _ := wordBefore(b, i)
	person := personBefore[string(w)] || i >= 3 && hasPrefixAt(b, i-3, "w/ ") // "happened w/ Min-jun"
	if left || person {
		// After a label or at a line's start a lower-case word may be a
		// thing's ("Stanley tools"): a verb or the clause's end is needed.
		return right || verb || person && e+1 < len(b) && b[e] == ' ' && isLower(b[e+1])
	}
	// A clause's subject after a question's or a clause's word: "How
	// Gwendolyn met Patrick", "When Maria arrived" (name_round15.go).
	if verb && clauseOpeners15[string(w)] {
		return true
	}
	// A clause's subject after a semicolon or a sentence's end: "; James
	// was a lifesaver".
	if i >= 2 && b[i-1] == ' ' && (b[i-2] == ';' || b[i-2] == '.' || b[i-2] == '!' || b[i-2] == '?') && (verb || vocative(b, e)) {
		return true
	}
	// The one addressed: "Call me back, Winifred."; or a clause's subject
	// after a comma: "if friday works, Maggie can't do Sunday".
	if i >= 2 && b[i-1] == ' ' && b[i-2] == ',' && (right || verb) {
		return true
	}
	// Inside a sentence, after a lower-case word: a capitalised word that
	// is a known given name and no noun ("Kannst du Jens fragen").
	return len(w) > 0 && isLower(w[0]) && (verb || right || e+1 < len(b) && b[e] == ' ' && isLower(b[e+1]))
}

// pastVerbAt reports whether a verb in the past tense begins at p: a word
// of five to twelve lower-case letters ending in -ed, then a blank or a
// clause's end ("declined", "reported", "signed").
func pastVerbAt(b []byte, p int) bool {
	q := p
	for q < len(b) && q-p <= 12 && isLower(b[q]) {
		q++
	}
	if q-p < 5 || q-p > 12 || b[q-1] != 'd' || b[q-2] != 'e' {
		return false
	}
	return q == len(b) || b[q] == ' ' || b[q] == '.' || b[q] == ',' || b[q] == '\n'
}

// vocatives follow the one addressed at a sentence's start: "k. Hana, will
// you be there?".
var vocatives = []string{", will you", ", can you", ", could you", ", would you", ", are you", ", do you", ", did you",
	", have you", ", please", ", kannst du", ", hast du", ", bist du", ", könntest du", ", bitte"}

// vocative reports whether one of vocatives follows at e.
func vocative(b []byte, e int) bool {
	if e+7 >= len(b) || b[e] != ',' {
		return false
	}
	for _, v := range vocatives {
		if hasPrefixAt(b, e, v) {
			return true
		}
	}
	return false
}

// loneVerbs follow a person as the subject or the one addressed.
var loneVerbs = []string{"to ", "will ", "said", "says", "asked", "wrote", "called", "has ", "had ", "is ", "was ",
	"came ", "went ", "helped", "fixed", "made ", "took ", "gave ", "sent ", "showed", "explained", "did ", "got ", "left ",
	"and I", "can ", "could ", "would ", "should ", "needs", "wants", "thinks", "replied", "mentioned", "agreed",
	"worked", "lived", "served", "retired", "joined", "moved", "grew up", "loved", "enjoyed", "spent", "taught",
	"sends", "graduated", "married", "founded", "started", // a life's story: "Diana worked 30 years at …"
	"met ", "can't", "won't", "didn't", "doesn't", "isn't", "wasn't", "couldn't", "wouldn't", "hasn't",
	"can’t", "won’t", "didn’t", "doesn’t", "isn’t", "wasn’t",
	"hat ", "ist ", "war ", "wird ", "sagt", "schreibt", "meint", "fragt", "kann ", "soll ", "möchte", "kommt", "und ich"}

// personBefore are words after which a capitalised word is a person:
// "spoke with Monique", "frag mal Jutta", a German question's verb ("Kommt
// Lena auch?"), an apology or thanks ("Sorry Gwendolyn!").
var personBefore = set(`with ask asked tell told ping pinged call called email emailed cc thanks thank met meet
and by from for mit frag fragen sag sagen bei an für von und ruf schreib
Kommt Kommen Ist Hat Kann Wird War Will Soll Geht
Sorry sorry Thanks Thank Congrats congrats Congratulations congratulations`)

// labelNear reports whether the text just before p (a few bytes) ends a
// label: a colon, "is", "Dear".
func labelNear(b []byte, p int) bool {
	j := p
	for j > 0 && p-j < 24 && (b[j-1] == ' ' || b[j-1] == '\n' && p-j < 3) {
		j--
	}
	j = emphasisBefore(b, j)
	if j == 0 {
		return false
	}
	c := b[j-1]
	return c == ':' || c == ',' || c == '.' || isLower(c) || c == 'r' // "Name: X", "name is X", "Dear X", "z. Hd. X"
}

// nameWords reads up to n capitalised words from p separated by single
// spaces, stopping at words that are not names.
func (s *scan) nameWords(p, n int) int {
	b := s.b
	end, start := p, p
	// An initial before the surname: "Ofc. S. Vasquez".
	if p+4 < len(b) && isUpper(b[p]) && b[p+1] == '.' && b[p+2] == ' ' && capAt(b, p+3) && word(b, p+3) > p+4 {
		p += 3
	}
	for k := 0; k < n; k++ {
		// Capitalised particles open the surname: "Mrs. Van Der Berg",
		// "Mr. St. Clair", "Bev Van Der Berg".
		if p < len(b) && (b[p] == 'V' || b[p] == 'D' || b[p] == 'S' || b[p] == 'T' || b[p] == 'R' || b[p] == 'L') {
			if q := particleAt(b, p, true); q > p && q+1 < len(b) {
				p = q
			}
		}
		e := word(b, p)
		if e <= p+1 || notNameWordB(b[p:e]) {
			break
		}
		end = e
		// A possessive ends the name, and its "'s" is not the name's:
		// "Grandma Jessica's Peach Cobbler", "Mary's place".
		if e-p > 3 && b[e-2] == '\'' && b[e-1] == 's' {
			end = e - 2
			break
		}
		// A nobiliary particle: "Lena von Aschenbach", "van der Berg".
		if k == 0 && e < len(b) && b[e] == ' ' {
			if q := nobleRankAt(b, e+1); q > e+1 {
				e = q - 1 // "Anna Gräfin zu Solms"
			} else if q := particleAt(b, e+1, false); q > e+1 && !institutionAfter(b, q) {
				e = q - 1 // not "Frau Esposito vom Medizinischen Dienst" (name_round18.go)
			}
		}
		if k == 0 && e+2 < len(b) && (b[e] == '.' || b[e] == '_') && capAt(b, e+1) && p > 0 && b[p-1] == '=' {
			// A user's name in a log: "empfaenger=Peter.Müller",
			// "display_name=Evelyn_Bell".
			if f := word(b, e+1); f > e+2 && rightOK(b, f) {
				end = f
				break
			}
		}
		if e+1 < len(b) && b[e] == ' ' && capAt(b, e+1) {
			p = e + 1
			// A middle initial: "Carol Q. O'Brien".
			if p+4 < len(b) && b[p+1] == '.' && b[p+2] == ' ' && capAt(b, p+3) {
				p += 3
			}
			continue
		}
		break
	}
	// A last name's initial: "Mary K.", "Rodney P.".
	if end > start && end+3 <= len(b) && b[end] == ' ' && isUpper(b[end+1]) && b[end+2] == '.' && !(end+3 < len(b) && isAlpha(b[end+3])) {
		end += 3
	}
	if end > len(b) || !rightOK(b, end) {
		return start
	}
	return end
}

// isHan reports whether r is a CJK unified ideograph.
func isHan(r rune) bool { return r >= 0x4E00 && r <= 0x9FFF }

// han handles the start of a run of Chinese characters: a person name after a
// label ("姓名：张伟") or before an honorific ("王伟先生").
func (s *scan) han(i int) int {
	b := s.b
	// Collect the run: offsets of up to 24 ideographs.
	var offs [25]int
	n, j := 0, i
	for j < len(b) && n < 24 {
		r, size := cnDecodeRune(b[j:])
		if !isHan(r) {
			break
		}
		offs[n] = j
		n++
		j += size
	}
	if n == 0 {
		return i + 1
	}
	offs[n] = j
	runEnd := j
	if n == 24 {
		for runEnd < len(b) && runEnd-i < maxAdvance {
			r, size := cnDecodeRune(b[runEnd:])
			if !isHan(r) {
				break
			}
			runEnd += size
		}
	}
	if s.d.on[PostalAddress] && (hasPrefixAt(b, runEnd-3, "组") || hasPrefixAt(b, runEnd-3, "組")) && !(runEnd < len(b) && isDigit(b[runEnd])) {
		if start, ok := s.cnVillageGroup(runEnd - 3); ok {
			s.emit(PostalAddress, start, runEnd, 0.8, "village+group:cn")
			return runEnd
		}
	}
	// A vCard's N property: "N:梁;子涵;;;", the family and the given name.
	if n <= 4 && runEnd < len(b) && b[runEnd] == ';' && vcardN(b, i) {
		s.emit(PersonName, i, runEnd, 0.85, "context:vcard")
		return runEnd
	}
	if end, ok := s.cnPlateHandle(i, runEnd, n); ok {
		return end // "粤E·郑卫东：" (namecn_round20.go)
	}
	if cnMaskedSurname(b, i, offs[:], n) {
		s.emit(PersonName, i, runEnd, 0.7, "context:masked")
		return runEnd
	}
	if n < 24 {
		if end, ok := s.cnDottedName(offs[:], n); ok {
			return end
		}
	}
	if end, ok := s.cnKinName(i, offs[:n+1], n); ok {
		return end
	}
	if end, ok := s.cnRelName(i, offs[:n+1], n); ok {
		return end
	}
	if end, ok := s.cnDashSigned(i, offs[:n+1], n); ok {
		return end
	}
	// A label inside the run ("姓名张伟") or just before it ("姓名：张伟").
	from := 0
	// Most runs begin no label: the filter says so without comparing them.
	if cnNameLabelFirst.may(b, i) {
		for _, l := range cnNameLabels {
			if hasPrefixAt(b, i, l) {
				from = utf8.RuneCount([]byte(l))
				break
			}
		}
	}
	labelled := from > 0
	// A form's separate fields: "姓：黄    名：梓萱".
	if n <= 2 && n < 24 && (cnAfterLabel(b, i, "姓") && surnameLen(b, offs[:n+1]) == n || cnAfterLabel(b, i, "名") && !cnAfterLabel(b, i, "姓名")) {
		s.emit(PersonName, i, runEnd, 0.8, "context:form")
		return runEnd
	}
	if !labelled {
		p := i
		for p > 0 && (b[p-1] == ' ' || b[p-1] == ':' || b[p-1] == '=') {
			p--
		}
		if p >= 3 && string(b[p-3:p]) == "：" {
			p -= 3
		}
		if p < i {
			for _, l := range cnNameLabels {
				if p >= len(l) && string(b[p-len(l):p]) == l {
					labelled = true
					break
				}
			}
			// A role ending in 人 or 人员 ("报修人：", "参会人员："), or a
			// record's key ("name: ").
			labelled = labelled || cnRoleLabelBefore(b, p) || p >= 3 && (string(b[p-3:p]) == "人" || p >= 6 && string(b[p-6:p]) == "人员") ||
				p >= 4 && strings.EqualFold(string(b[p-4:p]), "name") && !(p >= 5 && isAlpha(b[p-5]))
		}
		// The next of a list of people: "王芳、李娜".
		labelled = labelled || s.listedAfterName(i) && cnFieldEdge(b, i, runEnd) || cnBylineSlash(b, i, runEnd)
	}
	if labelled && from < n && n < 24 && cnMinorityName(b, offs[from:n+1]) {
		// A Tibetan, Mongolian or Uyghur name: no Han surname.
		s.emit(PersonName, offs[from], offs[n], 0.85, "context+minority")
		return offs[n]
	}
	if labelled && from < n && n < 24 {
		if q, e := zh15SurnameTold(b, offs[from], runEnd); e > q {
			s.emit(PersonName, q, e, 0.75, "context:told+surname")
			return e // "用户：我姓叶，" (namecn_zh15.go)
		}
		if end, ok := s.zh15MinorityHead(offs[:n+1], from, n); ok {
			return end // "乌兰图雅负责…" (namecn_zh15.go)
		}
	}
	if labelled && from < n && n < 24 && cnSurnameValue(b, offs[from], offs[n], offs[from:n+1]) {
		s.emit(PersonName, offs[from], offs[n], 0.75, "context+surname-alone")
		return offs[n]
	}
	if labelled && from < n && !cnOrgRun(b, offs[from], runEnd) {
		// An office before the person: "联系人：武装部邓总", "人事处小王".
		from = cnOfficeBefore(b, offs[:n+1], from)
		if k := surnameLen(b, offs[from:n+1]); k > 0 && from < n {
			end := min(from+k+2, n)
			if r := cnRune(b, offs[end-1]); end == from+k+2 && end < n && (r == '和' || r == '及') {
				end-- // "李芳和梁静": the list goes on
			} else if end == from+k+2 && end < n && cnAfterName[r] && !cnGivenChars[r] {
				end-- // "孙丽负责…": a verb follows a one-character given name
			}
			for h := from + k; h < end; h++ {
				for _, hon := range cnHonorifics {
					if hasPrefixAt(b, offs[h], hon) {
						end = h
					}
				}
			}
			if end-from > k && !cnNoPersonValues[string(b[offs[from]:offs[n]])] && !cnLabelledWord(b, offs[:], from, end, n) {
				s.emit(PersonName, offs[from], offs[end], 0.9, "context+surname")
				return offs[end]
			}
		} else if rest := n - from; n < 24 && rest >= 2 && rest <= 3 && !cnFieldWord(b, offs[from], offs[n]) && !cnNonName(b, offs[from], offs[n]) {
			// A surname the dictionary lacks ("仝", "亓"): after a label,
			// two or three ideographs that end the run are a name.
			s.emit(PersonName, offs[from], offs[n], 0.75, "context")
			return offs[n]
		}
	}
	if end, ok := s.cnListedName(offs[:], n, i); ok {
		return end
	}
	if n < 24 {
		if end, ok := s.cnMinorityHonorific(offs[:n+1], n); ok {
			return end
		}
	}
	if end, ok := s.zh15ThereBoss(offs[:n+1], n); ok {
		return end // "那边戴总说" (namecn_zh15.go)
	}
	// An honorific after a name: try a three- then a two-character name,
	// then a surname alone before a form of address ("王师傅").
	for h := 1; h < n; h++ {
		// "总" (for 总经理) ends the run: "王芳总：".
		isHon := h == n-1 && n < 24 && hasPrefixAt(b, offs[h], "总")
		// 副 opens the form it comes before: "詹家明副主任医师" is 詹家明.
		isHon = isHon || h+1 < n && cnViceHonorificAt(b, offs[h])
		// Most ideographs begin no honorific: the filter says so
		// without comparing them all.
		for _, hon := range cnHonorifics {
			if !cnHonorificFirst.may(b, offs[h]) {
				break
			}
			if hasPrefixAt(b, offs[h], hon) {
				// Not a firm's name: "北京大成律师事务所".
				isHon = !cnOrgRun(b, offs[h], runEnd)
				break
			}
		}
		if !isHon {
			continue
		}
		// A given name that is a word after a surname (namecn_zh14.go).
		if cnWordGivenBefore(b, offs[:], h) && !cnHonorificInWord(b, offs[:], h, 3, 1) {
			s.emit(PersonName, offs[h-3], offs[h], 0.8, "honorific+surname")
			return offs[h]
		}
		// Compound surnames first ("欧阳红平先生"), then single ones.
		for _, want := range []int{2, 1} {
			for _, l := range []int{want + 2, want + 1, want} {
				if l == want && !cnSurnameAlone(b, offs[h]) {
					continue
				}
				// A child's given name before its grandparent: "小燕奶奶" is
				// 小燕's (namecn_zh16.go).
				if l == 1 && h == 2 && zh16ChildBeforeKin(b, offs[:], h) {
					continue
				}
				// Not the last given character after a rare surname:
				// "导师：广锦程教授" is 广锦程 (namecn_zh16.go).
				if l == 1 {
					if q := zh16RareBeforeHonorific(b, offs[:], h); q >= 0 {
						s.emit(PersonName, offs[q], offs[h], 0.8, "honorific+rare-surname")
						return offs[h]
					}
				}
				// A conjunction that is also a surname before a shorter
				// name: "和何强同学" is 何强.
				if want == 1 && l == 3 && h-l >= 0 && cnSurnameWord[cnRune(b, offs[h-l])] && surnameLen(b, offs[h-l+1:h+1]) == 1 {
					continue
				}
				// A name does not begin inside another form of address
				// ("主任潘老师" is 潘), nor is a surname alone the head of a
				// word that takes the form in ("班主任").
				// Nor is one that ends a word: "随车医生" is the ambulance's
				// doctor; but after a title the word is chance ("班主任何老师").
				if h-l >= 1 && cnHonorificAt(b, offs[h-l-1]) || l == want && h-l >= 0 && cnWordAt(b, offs[h-l:n+1]) ||
					l == want && h-l >= 1 && cnNonNames[string(b[offs[h-l-1]:offs[h]])] && !(h-l >= 2 && cnHonorificAt(b, offs[h-l-2])) {
					continue
				}
				if h-l >= 0 && surnameLen(b, offs[h-l:h+1]) == want && !cnNonName(b, offs[h-l], offs[h]) && !cnHonorificInWord(b, offs[:], h, l, want) {
					s.emit(PersonName, offs[h-l], offs[h], 0.8, "honorific+surname")
					return offs[h]
				}
			}
		}
	}
	if n < 24 {
		if cnMinorityName(b, offs[:n+1]) && cnFieldEdge(b, i, runEnd) {
			s.emit(PersonName, i, runEnd, 0.75, "field+minority")
			return runEnd
		}
	}
	if end, ok := s.cnGivenAlone(i, offs[:n+1], n); ok {
		return end
	}
	if end, ok := s.cnShapeName(i, offs[:n+1], n); ok {
		return end
	}
	if end, ok := s.cnSisterBrother(offs[:n+1], n); ok {
		return end
	}
	if end, ok := s.cnMinorityInRun(offs[:n+1], n); ok {
		return end
	}
	if end, ok := s.cnMinorityCued(i, offs[:n+1], n); ok {
		return end
	}
	if end, ok := s.cnVocativeGiven(i, offs[:n+1], n); ok {
		return end
	}
	return runEnd
}

// cnCompoundFirst marks the first characters of the compound surnames.
var cnCompoundFirst = hanTable(strings.Join(cnCompoundSurnames, " "))

// surnameLen returns 1 or 2 when the runes at offs begin with a common
// single or compound surname, else 0.
func surnameLen(b []byte, offs []int) int {
	r, _ := cnDecodeRune(b[offs[0]:])
	if len(offs) >= 3 && isHan(r) && cnCompoundFirst[r-0x4E00] {
		for _, c := range cnCompoundSurnames {
			if hasPrefixAt(b, offs[0], c) {
				return 2
			}
		}
	}
	if len(offs) >= 2 && cnSurnames[r] {
		return 1
	}
	return 0
}

// knownNameWord reports whether one of the words in [i, end) is a given
// name or surname of the lexicons.
func knownNameWord(b []byte, i, end int) bool {
	for _, w := range strings.Fields(string(b[i:end])) {
		if isFirstName(w) || isSurname(w) {
			return true
		}
	}
	return false
}

// roleNouns are roles written in lower case inside a sentence before the
// person who holds them: a team's, a case's, a workplace's.
var roleNouns = set(`goalkeeper keeper striker midfielder defender forward pitcher catcher quarterback teammate coach
captain witness victim suspect complainant defendant plaintiff officer deputy sergeant detective nurse doctor
paramedic technician supervisor manager colleague coworker landlord tenant roommate neighbor neighbour patient
client caller dispatcher driver courier`)

// roleBefore returns the end of a name after a role in lower case
// (roleNouns) at i: a surname or a full name of which the lexicons know a
// word, or one of a foreign shape; or i.
func (s *scan) roleBefore(i int) int {
	b := s.b
	if i < 4 || b[i-1] != ' ' || !isLower(b[i-2]) {
		return i
	}
	w, _ := wordBefore(b, i)
	kin := kinRoles15[string(w)] // a friend's or a tradesman's: "my best friend Savannah" (name_round15.go)
	if len(w) < 4 || !roleNouns[string(w)] && !kin {
		return i
	}
	end := s.nameWords(i, 3)
	if end <= i+1 || !(knownNameWord(b, i, end) || foreignShaped(b[i:end])) || followedByLegalForm(b, end) || loneAmbiguous[string(b[i:end])] && !kin {
		return i
	}
	if w := b[i:word(b, i)]; nonNames[string(w)] || dictionaryWord(w, true) {
		return i
	}
	if end+2 < len(b) && b[end] == ',' && b[end+1] == ' ' && capAt(b, end+2) {
		return i // "my neighbor Reyes, Juan teaches": a surname first, for others to read
	}
	return end
}

// foreignShaped reports whether the capitalised words w have a surname's
// shape no course, office or product has: a hyphen joining two capitalised
// parts ("Goldberg-Wiśniewski") or a letter beyond ASCII ("Novák",
// "Yılmaz"), and no dictionary word.
func foreignShaped(w []byte) bool {
	shaped := surnameEnding(w)
	for k, c := range w {
		shaped = shaped || c >= 0x80 || c == '-' && k+1 < len(w) && capAt(w, k+1)
	}
	if !shaped {
		return false
	}
	for _, f := range bytes.Fields(w) {
		if dictionaryWord(f, true) {
			return false
		}
	}
	return true
}

// listedAfterName reports whether i follows ", " (or "、") right after a
// person's name this scan found: the next item of a list of people
// ("Attendees: Rufus Gallagher, Colleen Brennan").
func (s *scan) listedAfterName(i int) bool {
	b := s.b
	sep := 0
	switch {
	case i >= 2 && b[i-1] == ' ' && b[i-2] == ',':
		sep = 2
	case i >= 3 && hasPrefixAt(b, i-3, "、"):
		sep = 3
	default:
		return false
	}
	if len(s.out) == s.first {
		return false
	}
	last := s.out[len(s.out)-1]
	return last.Type == PersonName && last.End == s.base+int64(i-sep)
}

var determiners = set(`the The a an this that these those our their`)

// afterDeterminer reports whether an English determiner comes right before
// i: "the Ford Mustang order", "a Tommy Bahama shirt" are things.
func afterDeterminer(b []byte, i int) bool {
	w, _ := wordBefore(b, i)
	return determiners[string(w)]
}

// skipCapitalised returns the end of the run of capitalised words from i.
func skipCapitalised(b []byte, i int) int {
	e := word(b, i)
	for e+1 < len(b) && b[e] == ' ' && capAt(b, e+1) {
		e = word(b, e+1)
	}
	return max(e, i+1)
}

// colonBefore reports whether a colon comes right before i, but for spaces
// and a line break.
func colonBefore(b []byte, i int) bool {
	j := i
	// Forms align their values: "Legal name:         Frank, Betty".
	for j > 0 && i-j < 24 && (b[j-1] == ' ' || b[j-1] == '\n' && i-j < 3) {
		j--
	}
	j = emphasisBefore(b, j)
	return j > 0 && b[j-1] == ':'
}

// givenShapeSurname finds a bare name whose given name the lexicon lacks
// but whose surname it knows, inside a sentence or a field ("called
// Thaddeus Miller", "Reviewer: Zoltan Fischer"): the first word has a given
// name's shape (no noun's ending, no common word of the sentence's start)
// and the surname is not also a common word ("Forest Green", "Bäckerei
// Koch"). It returns the name's end, or i.
func (s *scan) givenShapeSurname(i, e int) int {
	b := s.b
	if e-i < 3 || e-i > 12 || e+2 >= len(b) || b[e] != ' ' || !capAt(b, e+1) {
		return i
	}
	f := word(b, e+1)
	if f-e-1 < 2 || !isSurnameB(b[e+1:f]) || commonSurnames[string(b[e+1:f])] {
		return i
	}
	w1 := string(b[i:e])
	if notGiven[w1] || nameStop[w1] || nonNames[w1] || titles[w1] || orgWords[w1] ||
		isSurname(w1) && !isFirstName(w1) || f < len(b) && (capAt(b, f+1) && b[f] == ' ' || isAlnum(b[f])) {
		return i
	}
	for _, suf := range nounEndings {
		if strings.HasSuffix(w1, suf) {
			return i
		}
	}
	// Not in a run of capitalised words, nor after a determiner.
	if w, _ := wordBefore(b, i); len(w) > 0 && (isUpper(w[0]) || determiners[string(w)]) {
		return i
	}
	// A house number after it makes it a street ("Neuer Wall 12").
	if deAdjectives[w1] || f+1 < len(b) && b[f] == ' ' && isDigit(b[f+1]) {
		return i
	}
	if followedByLegalForm(b, f) || !rightOK(b, f) && !(f < len(b) && b[f] == '.') {
		return i
	}
	s.emit(PersonName, i, f, 0.75, "dictionary:surname+given-shape")
	return f
}

// nounEndings end nouns and trades, never given names: "Bäckerei Koch",
// "Ordnung", "Apotheke".
var nounEndings = []string{"ung", "heit", "keit", "schaft", "erei", "ei", "ion", "tät", "haus", "hof", "ment", "ness",
	"ship", "ing", "ity", "ure", "ism", "ist", "tion", "isch", "lich", "ig", "ik", "ur", "eke", "tur", "nis", "tum"}

// notGiven are capitalised words that come before a surname in prose
// without being a given name: trades, places, verbs that open a
// sentence.
var notGiven = set(`Call Ask Contact Thanks Thank Please Visit Meet Tell Email See Dear Hello Hi Hey Welcome Congrats Happy
Merry Good Great Best Kind Warm Regards Love Sincerely Cheers Sorry Note Order Invoice Ticket Case Account Customer
Client Team Project Product Report Meeting Office Store Shop Hotel Restaurant Cafe Bar Club School Church Hospital
Bank Firma Familie Praxis Kanzlei Bäckerei Metzgerei Autohaus Gasthof Gasthaus Apotheke Pension Haus Villa Schloss
Hof Herr Frau Doktor Coach Senator President Officer Agent Detective Judge Captain Sergeant Father Mother Brother
Sister Uncle Aunt Grandma Grandpa Onkel Tante Oma Opa Mama Papa Chef Boss Mister Miss Madame Monsieur Señor Team
Buy Get Try Use Join Follow Read Watch Order Pay Send Check Confirm Cancel Update New Old Big Little Saint Lord
Lady King Queen Prince Princess Duke Count Baron Bürgermeister Pastor Pfarrer Lehrer Lehrerin Kollege Kollegin
Nachbar Nachbarin Mein Meine Unser Unsere Ihr Ihre Sein Seine Von Bei Mit Für Nach Aus Über Unter Vor Laut Dank
Gruß Grüße Hallo Moin Servus Liebe Lieber Sehr Geehrte Geehrter Also Only Even Just When While Since After Before
Today Tomorrow Yesterday Heute Morgen Gestern Dear Und And Or Oder Aber But Marke Hersteller Modell Typ Brand Make Model
Maker`)

// commonSurnames are surnames that are also common words or colours:
// after an unknown capitalised word they are not taken for a surname.
var commonSurnames = set(`Young King Long White Green Brown Black Gray Grey Little Love May Day Rose Bell Wood Hill Stone
Lane Ford Price Cook Baker Hunter Rich Short Hall Park Banks Fields Mills Wells Brooks Street Church Castle Page Rice
Snow Frost Winter Summer Spring Star Moon West North South East Strong Wise Sharp Hope Joy Best Good Money Power Law
Major Noble Small Fox Wolf Lamb Bird Swan Crane Fish Hart Bush Marsh Dale Glen Pool Lake Brook Ridge Cross Gates
Lord Bishop Pope Knight Prince Duke Earl Mason Carpenter Potter Carter Turner Porter Walker Weaver Hunt Head Jordan
Koch Bauer Richter Klein Schwarz Braun Lange Lang Jung Hahn Vogel Keller Sommer Stein Kaiser König Fuchs Graf
Weiß Schön Frank Ernst Otto Jäger Schuster Gärtner Schreiber Engel Horn Busch Sauer Frey Kern Krebs Adler Hammer
Maurer Kellner Will Mann Berg Born Brand Dorn Hecht Heil Held Kranz Mohr Nagel Prinz Sachs Scharf Schnell Specht
Stark Stock Strauß Wirth Wall Walls Bach Baum Winter Bär Pfaff Hirsch Ritter Kraft Korn Lamm Link Moll Krug Hoppe
Battle Cash Cotton Downs Key Riddle Workman Bacon Beach Bird Bloom Bowling Bright Cloud Deal Diamond Fair Fortune
Justice Keen Lemon Minor Pike Root Shore Slaughter Starr Steward Sturgeon Swift Forbes Lancaster Carlisle Polk Dang
Sonntag Beer Blume Christ Fleck Grund Haupt Herbst Kohl Lau Mai Reich Reiter Renner Singer Springer Sturm Meister
Krieger Nickel Fast Harder Bergen Siemens Wild Wille Wurm Keil Rau Popp Kahl Heuer Junker Küster Laufer Lenk Klemm
Polster Quast Zobel Ritz Backhaus Baumeister Martini Messina Sala Serra Testa Riva Fiore Conte Bianco Leone Longo
Lis Bak Tas Kara Almond Barrow Beaver Cheek Couch Crews Elder Flanders Hacker Hawk Holder Hooks Keel Lash Mudd Nutt
Peacock Rains Rowan Scales Shank Shook Sledge Snipes Stiles Stoner Styles Swann Thorn Tingle Tubbs Weathers England
Chin Gee Tang Woo Blanco Hatcher Hopper Jacks Parish Pinto Potts Powers Ransom Robins Roper Salter Shaver Shoemaker
Spicer Squires Stamper Staples Stringer Towns Trotter Watt Wren Messer Metz Morse Mulligan Peek Sheffield Schilling
Withers Comer Cope Dunlop Falcon Ferris Franks Gardener Gibbons Groves Handy Harden Harp Helms Hickey Llamas Madrid
Mares Mayo Medley Motley Philips Pollock Brandon Waite Block Buch Damm Deutsch Doll Erbe Fromm Geier Herz Junge Keck
Kopf Krone Lampe Lieb Nebel Putz Rabe Rasch Riese Sack Schacht Schall Schatz Schild Schlosser Schnabel Schreck Schuh
Schwan Stange Storch Weise Winkel Zahn Zorn Mittag Hain Klee Hübsch Wüst Flügel Feuerstein Marschall Landgraf Prüfer
Dürr Braune Grüner Schiefer Schenkel Mangold Beutel Bischof
Heeren Karstens Bohlen Brandes Hemme Kühl Meins Seemann Vogts Wachtel Ziemer Abels Dreier Sievert Kreuzer Lenzen Schlösser Gerhards
Zanders Mies Baus Klos Spitzer Haider Schober Tauber Pfeffer Felder Christen Zuber Morgenstern Lasch Schwalbe Saß Guillaume Bade
Brecht Burghardt Eck Eckstein Henkel Kahle Körner Rode Stiller Dörfler Garbe Gräber Hertz Hörner Riemann Stiehl Strunk Wünsch
Pfister Engels Escher Kaspers Weißgerber Großkopf Fuß`)

// streetWord reports whether w ends in a German street-type word
// ("Hauptstraße", "Lindenweg"): after a name and a comma it begins the
// address, not the next person.
func streetWord(w string) bool {
	w = strings.ToLower(w)
	for _, suf := range deStreetSuffixes {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// labelNoun reports whether a capitalised word is a German noun of the
// kind that heads a form's field or a notice ("Geburtsname", "Anschrift",
// "Neueinstellung"), not a name.
func labelNoun(w string) bool {
	if isSurname(w) || isFirstName(w) || len(w) < 6 {
		return false // "Jung", "Hartung"
	}
	// "-innen" makes a plural of women: "Liebe Kolleginnen und Kollegen".
	return deNounEnding(w) || strings.HasSuffix(w, "name") || strings.HasSuffix(w, "schrift") || strings.HasSuffix(w, "sender") || strings.HasSuffix(w, "innen")
}

// capsWord is capsWord(s.b, p, buf), remembered for the last p asked:
// capsName and lexiconPair's pairWord read the same word in capitals.
func (s *scan) capsWord(p int, buf *[32]byte) (int, int) {
	if s.capsAt != p+1 {
		s.capsAt = p + 1
		s.capsEnd, s.capsN = capsWord(s.b, p, &s.capsBuf)
	}
	copy(buf[:], s.capsBuf[:s.capsN])
	return s.capsEnd, s.capsN
}

// capsWord reads a word in capitals at p ("SMITH", "O'BRIEN",
// "ZIEGLER-HORN", "SCHRÖDER") and returns its end, writing into buf its
// spelling with only the first letter capitalised, as the lexicons hold it
// (ASCII letters are lowered; others are kept), and that spelling's length.
func capsWord(b []byte, p int, buf *[32]byte) (int, int) {
	e := p
	for e < len(b) && e-p < 30 {
		switch c := b[e]; {
		case isUpper(c):
			e++
		case c == 0xC3 && e+1 < len(b) && (b[e+1] >= 0x80 && b[e+1] <= 0x9E && b[e+1] != 0x97 || b[e+1] == 0x9F && e > p):
			e += 2 // capitals, and ß, which has none in common use ("GROß")
		case (c == 0xC4 || c == 0xC5) && e+1 < len(b) && extACapital(c, b[e+1]):
			e += 2 // Latin Extended-A capitals: "WIŚNIEWSKI", "ŞAHIN"
		case (c == '-' || c == '\'') && e > p && e+1 < len(b) && isUpper(b[e+1]):
			e++
		default:
			goto done
		}
	}
done:
	if e-p < 2 || e < len(b) && (isAlnum(b[e]) || b[e] >= 0x80 && b[e] != 0xC2 && b[e] != 0xE2) {
		return p, 0
	}
	n := copy(buf[:], b[p:e])
	for k := 1; k < n; k++ {
		c := buf[k]
		switch {
		case isUpper(c) && buf[k-1] != '-' && buf[k-1] != '\'':
			buf[k] = c + 'a' - 'A'
		case c == 0xC3 && k+1 < n && buf[k+1] >= 0x80 && buf[k+1] <= 0x9E:
			buf[k+1] += 0x20 // "Ö" to "ö"
			k++
		case (c == 0xC4 || c == 0xC5) && k+1 < n && extACapital(c, buf[k+1]):
			// "Ś" to "ś": the small letter is the next code point (but
			// for "İ", whose small letter is ASCII's).
			if r := rune(c&0x1F)<<6 | rune(buf[k+1]&0x3F) + 1; r != 0x131 {
				buf[k], buf[k+1] = 0xC0|byte(r>>6), 0x80|byte(r&0x3F)
			}
			k++
		}
	}
	return e, n
}

// capsSurnameAddress returns the end of a surname the lexicons know,
// written in capitals at a cell's or a line's start, that heads the street
// line after a comma, as a mail label does ("MÜLLER, Tannenweg 3, 65183
// Wiesbaden"), or i.
func capsSurnameAddress(b []byte, i int) int {
	if i > 0 && b[i-1] != '\n' && b[i-1] != '\t' && !(i >= 2 && b[i-1] == ' ' && b[i-2] == '|') {
		return i
	}
	var buf [32]byte
	e, n := capsWord(b, i, &buf)
	if n == 0 || e+3 >= len(b) || b[e] != ',' || b[e+1] != ' ' || !capAt(b, e+2) {
		return i
	}
	known := false
	for _, p := range strings.Split(string(buf[:n]), "-") {
		if len(p) > 1 {
			known = known || isSurname(p[:1]+strings.ToLower(p[1:]))
		}
	}
	if !known {
		return i
	}
	// The street's number before the line or the cell ends.
	for j := e + 2; j < len(b) && j-e < 48 && b[j] != '\n' && b[j] != '|' && b[j] != ','; j++ {
		if b[j] == ' ' && j+1 < len(b) && isDigit(b[j+1]) {
			return e
		}
	}
	return i
}

// fieldEnd reports whether a name may end a field at e: the end of the
// text or a line, a column's separator, a comma, a closing quote or
// bracket.
func fieldEnd(b []byte, e int) bool {
	if e >= len(b) {
		return true
	}
	switch b[e] {
	case '\n', '\r', '\t', ';', ',', '"', '\'', '>', '|', ')', ']':
		return true
	case ' ':
		return e+1 < len(b) && (b[e+1] == '|' || b[e+1] == ' ' || b[e+1] == '(' || hasPrefixAt(b, e+1, "— ")) // "R/P CRUZ, JEFFREY (DOB …)", "YOUNG, TRAVIS L — 10"
	}
	return false
}

// capsName returns the end of a person's name written in capitals at i, or
// i: a known given name, an optional initial and a surname that the
// lexicon knows or that ends the field ("ROBERT SMITH\t", "JOSE H. GARCIA,");
// or a surname, a comma and a known given name in capitals or not that end
// the field ("TORRES, MARY |", "SCHNEIDER, Werner>").
func (s *scan) capsName(i int) int {
	b := s.b
	var w1, w2 [32]byte
	e1, n1 := s.capsWord(i, &w1)
	if e1 == i || e1+2 >= len(b) {
		return i
	}
	if b[e1] == ' ' && isFirstNameB(w1[:n1]) {
		p := capsSecondGiven(b, e1+1) // "JUAN CARLOS V GOMEZ" (name_round20.go)
		if p+3 < len(b) && isUpper(b[p]) && b[p+1] == '.' && b[p+2] == ' ' {
			p += 3 // "JOSE H. GARCIA"
		} else if p+3 < len(b) && isUpper(b[p]) && b[p+1] == ' ' && isUpper(b[p+2]) && (isUpper(b[p+3]) || b[p+3] == '\'' || b[p+3] >= 0xC3) {
			p += 2 // "ITZEL E RAMIREZ" (name_round20.go)
		}
		q := p
		for _, part := range []string{"VON DER ", "VON UND ZU ", "VON ", "ZU ", "VAN DER ", "VAN DEN ", "VAN ", "DE LA ", "DE ", "ST. ", "LE ", "TER "} {
			if hasPrefixAt(b, p, part) {
				p += len(part) // "EMRE VON DER HEIDE"
				break
			}
		}
		if e2, n2 := capsWord(b, p, &w2); e2 > p && !nameStop[string(w2[:n2])] && !usStates[string(b[p:e2])] && (isSurnameB(w2[:n2]) || fieldEnd(b, e2) || inProse(b, i, e2) && !dictionaryWord(w2[:n2], true) || deCapsParticleSurname(b, q, p, e2, w2[:n2])) {
			return deCapsHyphenTail(b, e2)
		}
		return i
	}
	// The rules below all need a space, a comma or a period after the
	// first word: test that before the field's start.
	if b[e1] != ' ' && b[e1] != ',' && b[e1] != '.' {
		return i
	}
	fieldStart := capsFieldStart(b, i)
	if b[e1] == ' ' && fieldStart && !nameStop[string(w1[:n1])] {
		// A given name the lexicon lacks before a surname it knows, the
		// whole field: "COLT JOHNSON,\n", "\tCASH JOHNSON\t".
		if e2, n2 := capsWord(b, e1+1, &w2); e2 > e1+1 && isSurnameB(w2[:n2]) && fieldEnd(b, e2) {
			return e2
		}
	}
	if b[e1] == ',' && b[e1+1] == ' ' && (isSurnameB(w1[:n1]) || fieldStart) {
		p := e1 + 2
		e2, n2 := capsWord(b, p, &w2)
		given := e2 > p && isFirstNameB(w2[:n2])
		if e2 == p {
			e2 = word(b, p)
			given = isFirstNameB(b[p:e2])
		}
		if given {
			e2 = secondGiven(b, e2) // "NGUYEN, Thi Lan"
			if e2+1 < len(b) && b[e2] == ' ' && isUpper(b[e2+1]) {
				if g := capsSecondGiven(b, e2+1); g > e2+1 {
					e2 = g - 1 // "HERNANDEZ, JOSE LUIS K" (name_round20.go)
				}
			}
		}
		// A middle initial: "OKAFOR, ANJALI P |", "ALLEN, MAEVE T.".
		if e2 > p+1 && e2+2 < len(b) && b[e2] == ' ' && isUpper(b[e2+1]) && fieldEnd(b, nameSuffix(b, e2+2)) && !isAlnum(b[e2+2]) {
			e2 = nameSuffix(b, e2+2) // "WALKER, RICHARD K JR" (name_round20.go)
		} else if e2 > p+1 && e2+3 < len(b) && b[e2] == ' ' && isUpper(b[e2+1]) && b[e2+2] == '.' && fieldEnd(b, e2+3) {
			e2 += 3
		}
		if e2 > p+1 && fieldEnd(b, e2) && (given || isSurnameB(w1[:n1]) && fieldStart) {
			return e2 // "ALLEN, MAEVE"
		}
	}
	// A surname's particles before it, the whole field written surname
	// first: "DE LA CRUZ, MARIA", "VAN DYKE, ANTHONY R".
	if (b[e1] == ' ' || b[e1] == '.') && fieldStart {
		for _, part := range []string{"VON DER ", "VAN DER ", "VAN DEN ", "DE LA ", "DE LOS ", "VON UND ZU ", "VON ", "VAN ", "ZU ", "DE ", "DEL ", "DI ", "DA ", "LE ", "LA ", "ST. ", "TER "} {
			if hasPrefixAt(b, i, part) {
				if p := i + len(part); p < len(b) && isUpper(b[p]) && !(p > 0 && isAlnum(b[p-1])) {
					var w3 [32]byte
					if e3, _ := capsWord(b, p, &w3); e3 > p && e3+2 < len(b) && b[e3] == ',' && b[e3+1] == ' ' {
						var w4 [32]byte
						e4, n4 := capsWord(b, e3+2, &w4)
						if e4 == e3+2 {
							e4 = word(b, e3+2) // "ZU SOLMS, Bärbel"
							n4 = copy(w4[:], b[e3+2:e4])
						}
						if e4 > e3+3 && isFirstNameB(w4[:n4]) {
							if e4+2 < len(b) && b[e4] == ' ' && isUpper(b[e4+1]) && fieldEnd(b, e4+2) {
								e4 += 2 // a middle initial
							}
							if fieldEnd(b, e4) {
								return e4
							}
						}
					}
				}
				break
			}
		}
	}
	return i
}

// labelAfter reports whether a lower-case word and a colon follow e: the
// capitalised word before was a form's label ("Preferred name:").
func labelAfter(b []byte, e int) bool {
	if e+2 >= len(b) || b[e] != ' ' || !isLower(b[e+1]) {
		return false
	}
	f := e + 1
	for f < len(b) && f-e < 16 && isLower(b[f]) {
		f++
	}
	return f < len(b) && b[f] == ':'
}

// cnOrgSuffixes end the names of firms, shops and institutions.
var cnOrgSuffixes = []string{"事务所", "公司", "集团", "旗舰店", "专卖店", "官方", "银行", "医院", "学院", "大学", "协会", "中心"}

// cnOrgRun reports whether the ideographs from i to e name an
// organisation: "周大福官方旗舰店", "浙江天册律师事务所".
func cnOrgRun(b []byte, i, e int) bool {
	w := string(b[i:e])
	for _, s := range cnOrgSuffixes {
		if strings.Contains(w, s) {
			return true
		}
	}
	return false
}

// nameKeyLine reports whether [i, e) is the whole value of a line, or of
// a form's field with another after it ("Name: Hahn      Vorname: Jan"),
// whose key ends in "name:" ("Preferred name:     Bea") or names the
// person of an office's letter ("Sachbearbeiter/in: Kraus").
func nameKeyLine(b []byte, i, e int) bool {
	if e < len(b) && b[e] != '\n' && b[e] != '\r' && !hasPrefixAt(b, e, "   ") && !(hasPrefixAt(b, e, "  ") && keyAfter(b, e+2)) {
		return false
	}
	j := i
	for j > 0 && i-j < 24 && b[j-1] == ' ' {
		j--
	}
	if j < 5 || b[j-1] != ':' {
		return false
	}
	if strings.EqualFold(string(b[j-5:j-1]), "name") && !de18NotNameKey(b, j-1) || j >= 8 && string(b[j-8:j-1]) == "name(n)" {
		return true
	}
	k := j - 1
	for k > 0 && j-k < 24 && b[k-1] != ' ' && b[k-1] != '\n' {
		k--
	}
	var buf [24]byte
	n := copy(buf[:], b[k:j-1])
	for x, c := range buf[:n] {
		if isUpper(c) {
			buf[x] = c + 'a' - 'A'
		}
	}
	return fieldPersonKeys[string(buf[:n])] || de18PersonKeys[string(buf[:n])]
}

// fieldPersonKeys are the keys of a form's or a letter's fields whose value is
// one person, often by the surname alone.
var fieldPersonKeys = set(`sachbearbeiter sachbearbeiterin sachbearbeiter/in bearbeiter/in inhaber inhaberin inhaber/in
betroffene betroffener betroffene(r) antragsteller antragstellerin antragsteller/in schüler schülerin schüler/in
mieter mieterin vermieter vermieterin
signer witness notary defendant plaintiff technician tech mechanic writer coach referee chaperone zeuge zeugin`)

// citedAuthor returns the end of an author as a reference list writes one,
// a known surname and the initials of the given names ("Smith, J. F., &
// Rivera, J. (2020)", "Koch, M.; Öztürk, K.-H. (2015)"), starting at the
// word [i, e); or i. What follows the initials must be what follows an
// author: another author, the year, a colon.
func citedAuthor(b []byte, i, e int) int {
	if e+4 >= len(b) || b[e] != ',' {
		return i // the common case, inlined at the call
	}
	return citedAuthorRest(b, i, e)
}

// citedAuthorRest is citedAuthor past its first test, out of line so
// that the test inlines.
//
//go:noinline
func citedAuthorRest(b []byte, i, e int) int {
	if e+4 >= len(b) || b[e] != ',' || b[e+1] != ' ' || !isUpper(b[e+2]) || b[e+3] != '.' {
		return i
	}
	w := string(b[i:e])
	if !isSurname(w) || placeWords[w] || nonNames[w] {
		return i
	}
	end := e + 4
	for n := 0; n < 3 && end+2 < len(b); n++ {
		switch {
		case b[end] == ' ' && isUpper(b[end+1]) && b[end+2] == '.': // "J. F."
			end += 3
		case b[end] == '-' && isUpper(b[end+1]) && b[end+2] == '.': // "K.-H."
			end += 3
		default:
			n = 3
		}
	}
	if hasPrefixAt(b, e+2, "D. C.") {
		return i // "Washington, D. C.": the district
	}
	if end == len(b) {
		return end
	}
	switch b[end] {
	case ';', ',', ':', '\n':
		return end
	case ' ':
		if hasPrefixAt(b, end, " (") || hasPrefixAt(b, end, " & ") || hasPrefixAt(b, end, " und ") || hasPrefixAt(b, end, " and ") {
			return end
		}
	}
	return i
}

// unambiguousGiven reports whether w is a given name the lexicons know and
// nothing else commonly is: not a word, a place, a month, a brand's first
// word or a label.
func unambiguousGiven(w string) bool {
	return isFirstName(w) && !pairAmbiguous(w) && !brandsByFirstKnown(w)
}

// brandsByFirstKnown reports whether a brand begins with the word w.
func brandsByFirstKnown(w string) bool { return mayBe(brandFilter, w) && len(brandsByFirst[w]) > 0 }

// suitParty reads a party of a lawsuit at the capitalised word [i, e):
// the name before or after the " ./. " ("gegen") of a court's list, its
// every word in the lexicons ("Müller Drogerie ./. Kraus" is a shop's,
// "Kläger ./. Beklagter" a form's) unless a particle comes before it ("vom
// Stein"). It returns the name's end and its start, with the particle.
func (s *scan) suitParty(i, e int) (int, int) {
	b := s.b
	// The cheap tests first: a "./." soon after the word, or a '/' close
	// enough before it to end a " ./. " before the word or its particle
	// (the longest, "von und zu ", has 11 bytes).
	x := bytes.IndexByte(b[e:min(len(b), e+40)], '/')
	after := x >= 1 && hasPrefixAt(b, e+x-2, " ./. ")
	if !after && bytes.IndexByte(b[max(0, i-16):i], '/') < 0 {
		return 0, 0
	}
	st := i
	if i >= 2 && b[i-1] == ' ' && isLower(b[i-2]) {
		for _, part := range particles {
			// Every particle ends in a lower-case letter and a space:
			// compare that letter before the whole particle.
			if j := i - len(part); part[len(part)-2] == b[i-2] && j >= s.floor && j >= 0 && hasPrefixAt(b, j, part) && (j == 0 || !isAlpha(b[j-1])) {
				st = j
				break
			}
		}
	}
	before := st >= 5 && b[st-2] == '.' && hasPrefixAt(b, st-5, " ./. ")
	if !before && !after {
		return 0, 0
	}
	end := s.nameWords(i, 3)
	if end < e || !before && (!hasPrefixAt(b, end, " ./. ") || capWordBefore(b, st)) || !rightOK(b, end) {
		return 0, 0
	}
	for _, w := range strings.Fields(string(b[i:end])) {
		if !isFirstName(w) && !isSurname(w) && !(st < i && w == string(b[i:e])) && !(end == e && deSuitSurname(b[i:e])) {
			return 0, 0
		}
	}
	return end, st
}
