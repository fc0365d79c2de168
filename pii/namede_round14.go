package pii

// Round 14's German shapes: the nouns by which any German document marks a
// person (a police report's "Geschädigte", a club's "Kassenwart", a
// lease's "Mieter", a taxi's "Fahrgast") before a name, also written
// surname first; a surname in capitals as a sentence's subject, as minutes
// and reports write it; a chat speaker whose surname is cut to its
// initial; "Fam." before a surname.

// personRoles are German nouns of a person's role in a case, a contract, a
// club or a house, that stand before the person's name: "Die Geschädigte
// Hüttenrauch, Dragan", "Unser Kassenwart Jolanta", "Mieterin Ilse Kaya".
var personRoles = set(`Geschädigte Geschädigter Geschädigten Beschuldigte Beschuldigter Beschuldigten Tatverdächtige
Tatverdächtiger Tatverdächtigen Verdächtige Verdächtiger Angeklagte Angeklagter Angeklagten Verletzte Verletzter Betroffene
Betroffener Zeuge Zeugin Patient Patientin Mieter Mieterin Vermieter Vermieterin Eigentümer Eigentümerin Kläger Klägerin
Beklagte Beklagter Antragsteller Antragstellerin Versicherte Versicherter Versicherungsnehmer Versicherungsnehmerin
Kassenwart Kassenwartin Kassierer Kassiererin Schatzmeister Schatzmeisterin Schriftführer Schriftführerin Vorsitzende
Vorsitzender Jugendwart Jugendwartin Sportwart Sportwartin Platzwart Gerätewart Übungsleiter Übungsleiterin
Versammlungsleiter Versammlungsleiterin Erziehungsberechtigte Erziehungsberechtigter Fahrzeughalter Fahrzeughalterin
Verstorbene Verstorbener Bewohner Bewohnerin Nachbar Nachbarin Nachbarn Hausmeister Hausmeisterin Hauswart Hauswartin Obmann Obfrau
Fahrgast Fahrgästin Passagier Passagierin Reisende Reisender Bewerber Bewerberin Teilnehmer Teilnehmerin Mandant Mandantin`)

// nameDE14 tries round 14's shapes at the capital at i and returns the end
// of the name it emitted, or i.
func (s *scan) nameDE14(i int) int {
	if e := s.nameDE18(i); e > i {
		return e // round 18's shapes (namede_round18.go)
	}
	if e := s.nameDE17(i); e > i {
		return e // round 17's shapes (namede_round17.go)
	}
	if e := s.nameDE16(i); e > i {
		return e // round 16's shapes (namede_round16.go)
	}
	if e := s.nameDE15(i); e > i {
		return e // round 15's shapes (namede_round15.go)
	}
	b := s.b
	if i+3 >= len(b) {
		return i
	}
	// The second letter, after a first of two bytes: "ÖZTÜRK", "ÇELIK".
	if k := i + 1 + int(b[i]>>7); isUpper(b[k]) || b[k] == 0xC3 && b[k+1] >= 0x80 && b[k+1] <= 0x9E {
		if e := s.capsSubject(i); e > i {
			s.emit(PersonName, i, e, 0.8, "dictionary:capitals")
			return e
		}
		return i
	}
	e := s.word(i)
	if e+2 >= len(b) || e == i+1 {
		return i
	}
	if b[e] == ' ' || b[e] == ':' || b[e] == '.' {
		if st, end := s.roleName(i, e); end > st {
			s.emit(PersonName, st, end, 0.85, "title")
			return end
		}
	}
	if i == 0 || b[i-1] == '\n' || i >= 2 && b[i-1] == ' ' && b[i-2] == ']' { // chatInitial's first test, before the call
		if e := s.chatInitial(i); e > i {
			s.emit(PersonName, i, e, 0.8, "context:speaker")
			return e
		}
	}
	return i
}

// roleName returns the name after a role's noun [i, e) of personRoles,
// and where it starts, or (i, i): a surname, a comma and a given name the
// lexicons know ("Geschädigte Yılmaz, Enes"), or one to three capitalised
// words of which the lexicons know one ("Kassenwart Jolanta", "Mieter von
// der Heide"). A surname in capitals counts ("Beschuldigter MEIER, Hans").
func (s *scan) roleName(i, e int) (int, int) {
	b := s.b
	fam := e == i+3 && b[e] == '.' && hasPrefixAt(b, i, "Fam")
	if !fam && (e-i < 5 || !mayBe(roleFilter, b[i:e])) {
		return i, i // most capitalised words: no role's noun
	}
	p := e + 1
	switch {
	case b[e] == ':' && b[e+1] == ' ':
		p++ // a label: "Zeugin: Ilse Kaya", "beim Nachbarn: Wagner"
	case fam && b[e+1] == ' ':
		p++ // "Fam. von der Heide": the family's surname.
	case b[e] != ' ':
		return i, i
	}
	// A family after the role: "Nachbarn: Fam. Ließmann".
	if !fam && hasPrefixAt(b, p, "Fam. ") {
		p += 5
	}
	// The cheap tests of the bytes first, then the role's noun.
	q := particleAt(b, p, false)
	if !capAt(b, q) || e-i < 5 && !fam || !fam && !personRoles[string(b[i:e])] {
		return i, i
	}
	f := word(b, q)
	if f <= q+1 {
		return i, i
	}
	// Surname first: "Hüttenrauch, Dragan", "de Vries, Thi Lan".
	if f+3 < len(b) && b[f] == ',' && b[f+1] == ' ' && capAt(b, f+2) {
		if g := word(b, f+2); g > f+3 && givenWord(string(b[f+2:g])) && !dictionaryWord(b[q:f], false) {
			if g+2 < len(b) && b[g] == ' ' && capAt(b, g+1) {
				if h := word(b, g+1); isFirstNameB(b[g+1:h]) && rightOK(b, h) {
					g = h // a second given name: "Tran, Thi Lan"
				}
			}
			// A middle initial: "Patient: Abdullah, Deborah D.".
			if g+3 < len(b) && b[g] == ' ' && isUpper(b[g+1]) && b[g+2] == '.' && !isAlpha(b[g+3]) {
				g += 3
			}
			if rightOK(b, g) {
				return p, g
			}
		}
	}
	var buf [32]byte
	if f2, n := capsWord(b, q, &buf); n > 2 && isSurnameB(buf[:n]) && !commonSurnames[string(buf[:n])] {
		if f2 < len(b) && b[f2] == ',' {
			return i, i // "Patient: KÜHN, INGRID": the rules of capitals read it whole
		}
		return p, f2 // "Beschuldigter MEIER"
	}
	if q > p {
		if end := s.nameWords(q, 2); end > q+1 && !followedByLegalForm(b, end) {
			return p, end
		}
		return i, i
	}
	w := string(b[p:f])
	if nonNames[w] || !givenWord(w) && !isSurname(w) || dictionaryWord(b[p:f], false) {
		return i, i
	}
	// A surname that is also a word must not stand alone: "Betroffene
	// Person: …".
	if end := s.nameWords(p, 3); end > p+1 && !followedByLegalForm(b, end) && !(end == f && nameWords[w] && !isFirstName(w)) {
		if end+1 < len(b) && b[end] == ' ' {
			if q := particleAt(b, end+1, false); q > end+1 {
				end = word(b, q) // "Maria Luise von Arnim"
			}
		}
		return p, end
	}
	return i, i
}

// capsSubject returns the end of a surname in capitals that opens a
// sentence or a line before a verb in lower case, as minutes and reports
// write a person ("Verschiedenes. HÜTTENRAUCH schließt die Sitzung", "DE
// VRIES übernimmt", "Coach Chavez. SINGH was named player of the match"),
// or i. Each part of the surname must be one the
// lexicons know as a surname and no German word; particles in capitals may
// open it.
func (s *scan) capsSubject(i int) int {
	b := s.b
	if !(i == 0 || b[i-1] == '\n' || i >= 2 && b[i-1] == ' ' && (b[i-2] == '.' || b[i-2] == '!' || b[i-2] == '?' || b[i-2] == ':')) {
		return i
	}
	p := i
	for _, part := range []string{"VON DER ", "VAN DER ", "VON ", "VAN ", "DE ", "TER "} {
		if hasPrefixAt(b, p, part) {
			p += len(part)
			break
		}
	}
	var buf [32]byte
	f, n := capsWord(b, p, &buf)
	if n < 3 || f+2 >= len(b) || b[f] != ' ' || !isLower(b[f+1]) && !(b[f+1] == 0xC3 && f+2 < len(b) && b[f+2] >= 0xA0) {
		return i
	}
	w := buf[:n]
	if p > i {
		// After a particle, any word but a place: "VON DER HEIDE".
		if deCities[string(w)] || deRegions[string(w)] {
			return i
		}
	} else if !isSurnameB(w) {
		// A double surname whose parts the lexicons know: "MEYER-BRANDT".
		k := bytesIndex(w, '-')
		if k < 3 || n-k < 4 {
			return i
		}
		if !isSurnameB(w[:k]) || !isSurnameB(w[k+1:]) {
			return i
		}
	} else if commonSurnames[string(w)] || nameWords[string(w)] || isFirstNameB(w) || dictionaryWord(w, true) {
		return i
	}
	return f
}

// chatInitial returns the end of a chat speaker written as a given name the
// lexicons know and the surname's initial, after the line's time stamp or
// at its start: "[03.05.25, 19:07:13] Anna-Lena L: Hallo", or i.
func (s *scan) chatInitial(i int) int {
	b := s.b
	if !(i == 0 || b[i-1] == '\n' || i >= 2 && b[i-1] == ' ' && b[i-2] == ']') {
		return i
	}
	e := s.word(i)
	if e+3 >= len(b) || b[e] != ' ' || !isUpper(b[e+1]) {
		return i
	}
	if g := word(b, e+1); g > e+2 && g+3 < len(b) && b[g] == ' ' && isFirstNameB(b[e+1:g]) {
		e = g // two given names: "Thi Lan T:"
	}
	k := e + 2
	if b[k] == '.' {
		k++
	}
	if k+1 >= len(b) || b[k] != ':' || b[k+1] != ' ' || !givenWord(string(b[i:word(b, i)])) {
		return i
	}
	return k
}
