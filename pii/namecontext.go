package pii

import (
	"bytes"
	"strings"
)

// The shape of the text around a capitalised word tells whether it is a
// name even when the lexicons do not know it: a greeting before it ("Hi
// Emmely", "Liebe Frauke"), a sign-off on the line before ("Regards,\n"), a
// chat line's speaker ("[09:41] Tyrone Okafor: …"), a record's key
// (`"contact_name":"`, `user="`). Brands and companies named after people
// are read over first, and a name followed by a legal form is a company's.

// greetings (lower case) put a name right after them: "Hi Emmely".
var greetings = set(`hi hello hey dear hallo liebe lieber moin servus ask Hi Hello Hey Dear Hallo Liebe Lieber
Moin Servus Ask Thanks Danke Spouse Wife Husband Son Daughter Partner spouse partner ` + kinship)

// kinshipWords are the kinship words, for "Michael's brother".
var kinshipWords = set(kinship)

// kinship words name the person who follows: "her son Will", "Mein Sohn
// Michael", "daughter Ashley Villanueva".
const kinship = `son daughter brother sister husband wife mother father mom dad uncle aunt cousin nephew niece
grandson granddaughter fiancé fiancée stepson stepdaughter Sohn Tochter Bruder Schwester Mann Ehemann Ehefrau
Vater Mutter Onkel Tante Cousine Neffe Nichte Enkel Enkelin Schwager Schwägerin Nachbar Nachbarin`

// greetingPairs are two-word cues, by their second word: "thanks to",
// "danke an", "frag mal", "guten tag".
var greetingPairs = map[string]string{"to": "thanks", "an": "danke", "mal": "frag", "Tag": "guten", "tag": "guten",
	"Morning": "good", "morning": "good", "ist": "hier", "birthday": "happy", "Birthday": "happy", "Geburtstag": "zum"}

// signOffs (lower case, without a trailing comma) end the line before a
// signature.
var signOffs = set(`best regards thanks cheers sincerely yours -- bw lg vg mfg gruß grüße grüßen Best Regards
Thanks Cheers Sincerely Yours BW LG VG MfG Gruß Grüße Grüßen love Love xoxo XOXO Liebe Trauer Dankbarkeit`)

// nonNames are capitalised words that follow a greeting or a label without
// being a name: "Dear Customer", "Liebe Grüße", "Hi all".
var nonNames = set(`Team Customer Customers Sir Madam All Everyone Friends Folks Kunde Kundin Kunden Damen Herren Passed Zuständig Subcontractor Contractor
Grüße Gruß Zusammen Leute Kollegen Kolleginnen Support Service Regards Thanks Sincerely Best Cheers Mit Viele
Beste Liebe Freundliche Herzliche Hallo Hi Hello Dear Guten Morgen Abend Tag Sehr Geehrte Geehrter Accounts
Department Abteilung Sachbearbeitung Kundendienst Kundenservice Order Bestellung Rechnung Invoice Subject
Betreff Note Hinweis Status Re AW WG Fwd Please Bitte Danke Thank Vielen Unknown Admin Administrator System
Bot Frau Herr Herrn Mr Mrs Ms Dr Prof Manager Director Ihr Ihre Dein Deine Euer Eure Your Yours Unser Unsere Das
Die Der The Privat Anwesend Abwesend Entschuldigt Gesamt Intern Extern Dringend Vertraulich`)

// nameKeys are record keys (lower case, with their quote and separator)
// whose value is a person's name.
var nameKeys = newWords(`name":"`, `name="`, `name=`, `customer":"`, `fullname":"`, `full_name":"`, `contact":"`,
	`contact_name":"`, `contactname":"`, `user="`, `user=`, `kunde":"`, `kunde="`, `ansprechpartner":"`,
	`empfaenger":"`, `empfänger":"`, `empfaenger=`, `empfänger=`, `kunde=`, `customer=`, `receiver=`, `receiver="`, `sender=`, `sender="`, `author":"`, `author=`,
	`recipient":"`, `recipient=`, `owner":"`, `patient":"`, `customer_name":"`, `vorname":"`, `nachname":"`,
	`name>`, `fullname>`, `customername>`, `contactname>`, `customer>`, `contact>`, `person>`, `author>`,
	`vorname>`, `nachname>`, `firstname>`, `lastname>`, `first_name>`, `last_name>`, `surname>`, `givenname>`,
	`given_name>`, `familyname>`, `family_name>`, `vorname="`, `nachname="`, `firstname="`, `lastname="`,
	`familienname>`, `vornamen>`, `geburtsname>`, `bevollmaechtigte>`, `bevollmächtigte>`,
	// German records name the person who handles, writes or holds a
	// thing by the role's noun: "bearbeiter":"Anja".
	`bearbeiter":"`, `bearbeiterin":"`, `sachbearbeiter":"`, `sachbearbeiterin":"`, `verfasser":"`, `ersteller":"`,
	`mitarbeiter":"`, `mitarbeiterin":"`, `zusteller":"`, `fahrer":"`, `techniker":"`, `berater":"`, `betreuer":"`,
	`mieter":"`, `halter":"`, `inhaber":"`, `besitzer":"`, `teilnehmer":"`, `absender":"`, `vermieter":"`,
	// And in key=value logs, who checked, made or handled it (session 17):
	// "geprueft_von=jasmina", "approved_by=Frank".
	`bearbeiter=`, `sachbearbeiter=`, `geprueft_von=`, `geprüft_von=`, `erstellt_von=`, `bearbeitet_von=`,
	`freigegeben_von=`, `checked_by=`, `approved_by=`, `reviewed_by=`, `created_by=`, `handled_by=`,
	`assigned_to=`, `assignee=`, `reviewer=`, `approver=`, `owner=`,
	// Who drove or carried it (session 18): "driver=David unit=33".
	`driver=`, `driver":"`, `driver="`, `fahrer=`, `courier=`, `technician=`,
	// Who called or asked (session 19): `caller="April Martin"`.
	`caller=`, `caller="`, `caller":"`, `requester=`, `requester="`, `requested_by=`, `reported_by=`, `reporter=`)

// orgLabels name an organisation or a product: what follows is not a
// person even when it reads like one ("Employer: Ben Sherman").
var orgLabels = newWords("company:", "employer:", "vendor:", "brand:", "manufacturer:", "product:", "firma:",
	"arbeitgeber:", "hersteller:", "lieferant:", "marke:", "produkt:", `company":"`, `vendor":"`, `brand":"`,
	`hersteller":"`, `lieferant":"`, `firma":"`, "company=", "vendor=", "lieferant=", "hersteller=")

// orgContext reports whether an organisation's label comes right before i.
func orgContext(b []byte, i int) bool {
	// Every label ends in ':', '"' or '=', with at most a space after it.
	j := i
	if j > 0 && b[j-1] == ' ' {
		j--
	}
	if j == 0 || b[j-1] != ':' && b[j-1] != '"' && b[j-1] != '=' {
		return false
	}
	// ctxDistance(b, i, orgLabels, 24) <= 1 without scanning the window:
	// a label ends at i or, before the space, at i-1 (b[i-1] is no digit).
	return endsWord(b, i, orgLabels, 24) || endsWord(b, i-1, orgLabels, 23)
}

// legalForms follow a company's name: "Robert Bosch GmbH", "Carl Zeiss AG".
var legalForms = []string{" GmbH", " AG", " KG", " KGaA", " SE", " OHG", " GbR", " e.V.", " Inc", " LLC", " Ltd",
	" Corp", " Co.", " Co ", " & ", " Company", " Verlag", " Group", " Gruppe", " Holding", " Bank", " Foundation",
	" Stiftung", " Werke", " Versand", " Immobilien", " Spedition", " Logistik", " Brothers", " Bros", " Motors", " Technologies", " Sporting"}

// productWords follow a brand named after a person, not a person: "a
// Ben Sherman promo", "Jimmy Choo shoes", "die Frieda Kollektion".
var productWords = []string{" promo", " shoes", " sneakers", " boots", " store", " stores", " shop", " outlet",
	" collection", " perfume", " fragrance", " handbag", " jacket", " shirt", " jeans", " whiskey", " whisky",
	" bourbon", " brand", " products", " sale", " coupon", " Kollektion", " Filiale", " Shop", " Store", " Outlet",
	" Marke", " Produkte", " Schuhe", " Parfum", " Puppen", " Puppe", " Mode", " Spielwaren"}

// placeWords follow a person's name when it names a street, a building or
// an institution or a day: "Martin Luther King Jr. Blvd", "John Muir
// Trail", "Robert Koch Institut", "Martin Luther King Jr. Day".
var placeWords = set(`Street St Avenue Ave Road Rd Boulevard Blvd Drive Dr Lane Ln Way Place Pl Court Ct Parkway Pkwy
Highway Hwy Square Sq Terrace Plaza Bridge Trail Airport Park Memorial School Elementary High Hospital University
College Center Centre Library Stadium Arena Hall Institute Museum Foundation Straße Strasse Str Platz Weg Allee Ring
Gasse Damm Ufer Brücke Schule Gymnasium Realschule Grundschule Klinikum Krankenhaus Institut Stiftung Haus Halle
Stadion Universität Hochschule Kaserne Day Tunnel Cemetery Branch Chapel Cathedral Friedhof Kapelle Courthouse Observatory`)

// placeAfter reports whether a place's word follows the name ending at e,
// over at most one more capitalised word and a "Jr." ("Martin Luther |
// King Jr. Blvd").
func placeAfter(b []byte, e int) bool {
	for k := 0; k < 3 && e+1 < len(b) && b[e] == ' ' && capAt(b, e+1); k++ {
		f := word(b, e+1)
		if stSurnameAt(b, e+1) > e+1 {
			return false // "Abigail Kowalski St. Clair" (name_round15.go)
		}
		if placeWords[string(b[e+1:f])] && rightOK(b, f) || f < len(b) && b[f] == '.' && placeWords[string(b[e+1:f])] {
			return true
		}
		if f < len(b) && b[f] == '.' {
			f++ // "Jr.", "St."
		}
		e = f
	}
	return false
}

// followedByLegalForm reports whether a company's legal form or a word
// that makes a person's name a company's or a product's follows e.
func followedByLegalForm(b []byte, e int) bool {
	if orgTail(b, e) || petAfter(b, e) {
		return true
	}
	if e+1 < len(b) && b[e] == ' ' && capAt(b, e+1) && placeAfter(b, e) {
		return true
	}
	if e+1 < len(b) && b[e] == ' ' && (isLower(b[e+1]) || b[e+1] == 'K' || b[e+1] == 'F' || b[e+1] == 'S' || b[e+1] == 'O' || b[e+1] == 'M' || b[e+1] == 'P') {
		for _, f := range productWords {
			if hasPrefixAt(b, e, f) && !(e+len(f) < len(b) && isAlpha(b[e+len(f)]) && b[e+len(f)] != 's') {
				return true
			}
		}
	}
	if e+1 >= len(b) || b[e] != ' ' || !legalFirst[b[e+1]] {
		return false
	}
	for _, f := range legalForms {
		if hasPrefixAt(b, e, f) {
			return f != " & " || !personAfterAmp(b, e+len(f))
		}
	}
	return false
}

// personAfterAmp reports whether a given name and another capitalised word
// follow "&" at p: a list of people ("Ava Reyes & Tom Hale"), not a firm
// ("Smith & Wesson", "Ernst & Young").
func personAfterAmp(b []byte, p int) bool {
	if hasPrefixAt(b, p, "the ") && capAt(b, p+4) {
		f := word(b, p+4)
		return householdAt(b, f) && householdSurname(b, p+4, f) // "Arjun & the Nguyen kids"
	}
	f := word(b, p)
	if f <= p+1 || f+2 >= len(b) || b[f] != ' ' {
		return false
	}
	// A middle initial vouches for a given name no lexicon knows: "Vito F.
	// Duncan"; a particle may follow it: "Minh C. von Ahn".
	initial := f+3 < len(b) && isUpper(b[f+1]) && b[f+2] == '.' && b[f+3] == ' '
	if !isFirstNameB(b[p:f]) && !(initial && !dictionaryWord(b[p:f], true) && !dictionaryWord(b[p:f], false)) {
		return false
	}
	if initial {
		f += 3 // "Ana P. Reyes"
		if q := particleAt(b, f+1, false); q > f+1 {
			f = q - 1
		}
	}
	return capAt(b, f+1) && word(b, f+1) > f+2
}

// petKinds name an animal: a name followed by one is a pet's, as a
// veterinary record writes it ("Luna, Katze", "Max (canine, 4 y)").
var petKinds = set(`Hund Hündin Katze Kater Kaninchen Hase Pferd Stute Wallach Meerschweinchen Hamster Vogel
Wellensittich Papagei Welpe Kätzchen Frettchen Schildkröte dog cat canine feline equine puppy kitten rabbit horse
parrot hamster ferret bird guinea`)

// petAfter reports whether ", " or " (" and an animal's kind follow e.
func petAfter(b []byte, e int) bool {
	if e+3 < len(b) && (b[e] == ';' || b[e] == '\t' || b[e] == '|') {
		// A table's next cell: "Bello;Hund;…", "Frau Holle\tKatze\t…".
		p := e + 1
		if b[p] == ' ' {
			p++
		}
		f := p
		for f < len(b) && f-p < 16 && (isAlpha(b[f]) || b[f] >= 0x80) {
			f++
		}
		return f > p && f < len(b) && (b[f] == b[e] || b[f] == ' ' && f+1 < len(b) && b[f+1] == b[e]) && petKinds[string(b[p:f])]
	}
	if e+3 >= len(b) || !(b[e] == ',' || b[e] == ' ') || b[e+1] != ' ' && b[e+1] != '(' {
		return false
	}
	p := e + 2
	if b[e] == ' ' && b[e+1] == '(' {
		p = e + 2
	} else if b[e] != ',' {
		return false
	}
	f := p
	for f < len(b) && f-p < 16 && (isAlpha(b[f]) || b[f] >= 0x80) {
		f++
	}
	return f > p && petKinds[string(b[p:f])]
}

// legalFirst holds the first letter of every legal form.
var legalFirst = func() (t [256]bool) {
	for _, f := range legalForms {
		t[f[1]] = true
	}
	return t
}()

// brandAt returns the end of a brand or company named after a person that
// begins at i ("Charles Schwab", "Dr. Oetker"), or i.
func brandAt(b []byte, i, e int) int {
	if e-i >= 16 || !isUpper(b[i]) || !brandShape[b[i]-'A'][e-i] {
		return i // no brand's first word has this initial and length
	}
	if !mayBe(brandFilter, b[i:e]) {
		return i
	}
	for _, br := range brandsByFirst[string(b[i:e])] {
		if hasPrefixAt(b, i, br) && rightOK(b, i+len(br)) {
			return i + len(br)
		}
	}
	return i
}

// brandShape[initial][length] says whether some brand's first word has
// that capital initial and length: most words are ruled out without a map
// lookup.
var brandShape = func() (t [26][16]bool) {
	for first := range brandsByFirst {
		if c := first[0]; c >= 'A' && c <= 'Z' && len(first) < 16 {
			t[c-'A'][len(first)] = true
		}
	}
	return t
}()

var brandsByFirst = func() map[string][]string {
	m := map[string][]string{}
	for _, line := range strings.Split(lexicon("brands.txt"), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		// Keyed as the scanner reads the first word ("Hewlett-Packard",
		// "Kaiser's", "Dr" of "Dr. Oetker").
		first := line[:max(word([]byte(line), 0), 1)]
		m[first] = append(m[first], line)
	}
	return m
}()

// nameCue reports whether the shape of the text before i introduces a
// person's name there. It looks only at the byte before i first: most
// capitalised words of prose follow a space and a lower-case word.
func nameCue(b []byte, i int, mem *tableMemory) bool {
	if i == 0 {
		return false
	}
	switch b[i-1] {
	case '"', '=', '>':
		if endsWord(b, i, nameKeys, 24) || b[i-1] == '"' && jsonNameKey(b, i) || byNear(b, i) && byKey(b, i) {
			return true
		}
		return i >= 2 && (b[i-2] == ',' || b[i-2] == ';' || b[i-2] == '\n') && csvNameColumn(b, i, mem)
	case ',', ';', '\t':
		return csvNameColumn(b, i, mem) || b[i-1] == ';' && vcardN(b, i) || rosterCell(b, i)
	case '\'':
		return sqlNameColumn(b, i)
	case ':':
		return vcardN(b, i)
	case '\n':
		return signature(b, i) || csvNameColumn(b, i, mem) || chatSpeaker(b, i)
	case ' ':
	default:
		return false
	}
	// A duty roster's cell, aligned by spaces or in a Markdown table.
	if i >= 2 && (b[i-2] == ' ' || b[i-2] == '|') && rosterCell(b, i) {
		return true
	}
	// A chat line's speaker: "[09:41] ", "<", "> ".
	// A checklist's box ("- [x] Patrick to confirm", not "- [ ] Grant
	// access"): a verb must follow.
	if i >= 4 && b[i-2] == ']' && b[i-4] == '[' {
		e := word(b, i)
		return e+1 < len(b) && b[e] == ' ' && verbAt(b, e+1)
	}
	if i >= 2 && b[i-2] == '>' {
		// "<nick> Anna"; a quoted mail's line only with a given name that is
		// no word ("> Thanks!\n> Min"; not "> Grace period ends", "> Geh zu
		// Koch").
		if i == 2 || b[i-3] == '\n' || b[i-3] == '>' {
			w := b[i:word(b, i)]
			return isFirstNameB(w) && !loneAmbiguous[string(w)]
		}
		return true
	}
	if i >= 2 && b[i-2] == ']' && !captionTag(b, i-2) && !stageDirection(b, i-2) {
		return chatSpeakerOK(b, i)
	}
	// A cell of a Markdown table: "| Imogen Lindgren |".
	if i >= 2 && b[i-2] == '|' && csvNameColumn(b, i, mem) {
		return true
	}
	// A signature after a dash: "– Ottilie Maier", "— Mary K.".
	// (Normalised text has '-' for every dash.)
	// The name's first word must be one the lexicons know: a dash also
	// joins a product to its colour ("Polo - Navy") and a line to a note
	// ("– Paket beim Nachbarn").
	if i >= 4 && (hasPrefixAt(b, i-4, "– ") || hasPrefixAt(b, i-4, "— ") || hasPrefixAt(b, i-3, " - ") || hasPrefixAt(b, i-3, "-- ")) || lineDash(b, i) {
		e := word(b, i)
		return isFirstNameB(b[i:e]) || isSurnameB(b[i:e])
	}
	// The word before: a greeting.
	w, q := wordBefore(b, i)
	maybeGreeting := mayBe(greetingFilter, w) // greetings and greetingPairs
	if maybeGreeting && greetings[string(w)] {
		return true
	}
	// Whom a case is assigned to, or who asked, ending its field:
	// "| assigned Davis", "| req by Rosa |" (name_round17.go).
	if (len(w) == 8 && string(w) == "assigned" || len(w) == 2 && string(w) == "by") && assignedName(b, i) {
		return true
	}
	// A sign-off on the same line: "Gruß, Maria K.", "Cheers, Tom".
	if i >= 3 && b[i-2] == ',' {
		q := i - 2
		for q > 0 && i-2-q < 12 && (isAlpha(b[q-1]) || b[q-1] >= 0x80) {
			q--
		}
		if signOffs[string(b[q:i-2])] {
			return true
		}
	}
	if !maybeGreeting {
		return false
	}
	if first, ok := greetingPairs[string(w)]; ok {
		// "Dank an" as "danke an": a notice's thanks to a person.
		if w2, _ := wordBefore(b, q); bytes.EqualFold(w2, []byte(first)) || first == "danke" && string(w2) == "Dank" {
			return true
		}
	}
	return false
}

// signature reports whether the line before the one that starts at i is a
// sign-off ("Best regards,", "Mit freundlichen Grüßen"): i begins a
// signature.
func signature(b []byte, i int) bool {
	if i >= 2 && b[i-2] == '\n' {
		i-- // a blank line after the sign-off: "Sincerely,\n\nHarmony"
	}
	lo := max(0, i-41)
	ls := bytes.LastIndexByte(b[lo:i-1], '\n') + 1 + lo
	if ls == lo && lo > 0 {
		return false // a line too long for a sign-off
	}
	line := bytes.TrimRight(bytes.TrimSpace(b[ls:i-1]), ",!.")
	if len(line) == 0 {
		return false
	}
	return signOffs[string(line[bytes.LastIndexByte(line, ' ')+1:])]
}

// wordBefore returns the word that ends one space before i, and where it
// starts.
func wordBefore(b []byte, i int) ([]byte, int) {
	if i < 2 || b[i-1] != ' ' {
		return nil, i
	}
	p := i - 1
	q := p
	for q > 0 && p-q < 12 && (isAlpha(b[q-1]) || b[q-1] >= 0x80) {
		q--
	}
	return b[q:p], q
}

// nameHeaders are CSV column headers (lower case) over names.
var nameHeaders = set(`name full_name fullname customer customer_name contact contact_name recipient kunde empfänger
empfaenger ansprechpartner absender sender author owner patient employee mitarbeiter teilnehmer participant`)

// csvNameColumn reports whether i begins a CSV field whose column's header,
// on a line above within lookBehind bytes, names a person: "name",
// "Full Name", "Vorname Nachname". A header further up is the one mem
// remembers, for a row with as many fields (name_round18.go).
func csvNameColumn(b []byte, i int, mem *tableMemory) bool {
	line, sep, col, ok := tableHeader(b, i)
	if !ok {
		if sep != 0 && mem.sep == sep && col < 64 && mem.name>>col&1 == 1 {
			ls := swarLastIndexByte(b[:i], '\n') + 1
			return rowSeps(b, ls, sep) == mem.seps
		}
		return false
	}
	fields := bytes.Split(line, []byte{sep})
	if col >= len(fields) || len(fields) < 2 {
		return false
	}
	// A bracket that a separator splits is a form's note, no header's
	// cells: "NAME (Last, First)  ADEYEMI, BRIDGET" (session 18). A form's
	// line ("Name, Vorname: Koch, Eva") holds a key and its value: no
	// header of columns.
	if bytes.Contains(line, []byte(": ")) {
		return false
	}
	var names uint64
	for n, f := range fields {
		if bytes.Count(f, []byte{'('}) != bytes.Count(f, []byte{')'}) {
			return false
		}
		h := strings.ToLower(strings.TrimSpace(strings.Trim(string(f), `"`)))
		if n < 64 && (nameHeaders[strings.ReplaceAll(h, " ", "_")] || nameHeaders[h] ||
			strings.Contains(h, "name") && !strings.Contains(h, "firma") && !strings.Contains(h, "company")) && !petColumn(line, sep, h) {
			names |= 1 << n
		}
	}
	if names != 0 {
		*mem = tableMemory{sep: sep, seps: len(fields) - 1, name: names}
	}
	return col < 64 && names>>col&1 == 1
}

// tableHeader finds the header line of the CSV or table field that begins
// at i, on a line above within lookBehind bytes, its separator and the
// field's column; without a header in sight, ok is false and sep and col
// are still the field's (sep 0: i begins no field).
func tableHeader(b []byte, i int) (line []byte, sep byte, col int, ok bool) {
	if i > 0 && b[i-1] != '\n' && b[i-1] != ',' && b[i-1] != ';' && b[i-1] != '\t' && b[i-1] != '"' && !(i >= 2 && b[i-1] == ' ' && b[i-2] == '|') {
		return nil, 0, 0, false
	}
	ls := swarLastIndexByte(b[:i], '\n') + 1
	f := i
	if f > ls && b[f-1] == '"' {
		f--
	}
	row := b[ls:f]
	sep = ','
	switch {
	case bytes.IndexByte(row, '\t') >= 0 || ls == f && bytes.IndexByte(b[i:min(len(b), i+120)], '\t') >= 0:
		sep = '\t'
	case bytes.IndexByte(row, '|') >= 0:
		sep = '|'
	case bytes.IndexByte(row, ';') >= 0 || ls == f && bytes.IndexByte(b[i:min(len(b), i+120)], ';') >= 0:
		sep = ';'
	}
	col = bytes.Count(row, []byte{sep})
	lo := max(0, i-lookBehind)
	for end, lines := ls-1, 0; end > lo && lines < 6; lines++ {
		start := swarLastIndexByte(b[lo:end], '\n') + 1 + lo
		line := b[start:end]
		end = start - 1
		if bytes.ContainsAny(line, "0123456789") || len(bytes.Trim(line, "|-: ")) == 0 {
			continue // a row or a Markdown table's rule, not the header
		}
		return line, sep, col, true
	}
	return nil, sep, col, false // no header in sight: the field's separator and column still
}

// vcardN reports whether i begins the family or the given name of a
// vCard's N property ("N:Rodriguez;Dmitri;;;"): the first two of its
// fields.
func vcardN(b []byte, i int) bool {
	// The property's start, within the look-behind a stream keeps.
	lo := max(0, i-lookBehind)
	ls := bytes.LastIndexByte(b[lo:i], '\n') + 1 + lo
	if ls == lo && lo > 0 || !hasPrefixAt(b, ls, "N:") && !hasPrefixAt(b, ls, "N;") {
		return false
	}
	c := bytes.IndexByte(b[ls:i], ':')
	return c >= 0 && bytes.Count(b[ls+c:i], []byte{';'}) <= 1
}

// sqlNameColumn reports whether i begins a quoted value of an SQL INSERT
// whose column, in the statement's column list, names a person:
// "INSERT INTO customers (id, first_name, …) VALUES (6029, 'Jennifer', …".
func sqlNameColumn(b []byte, i int) bool {
	lo := max(0, i-lookBehind)
	// The tuple's opening parenthesis and the column's index in it.
	col, p := 0, i-1
	for p > lo && b[p-1] != '(' {
		p--
		switch b[p] {
		case ',':
			col++
		case '\'':
			// A quoted value: skip back to its opening quote.
			q := bytes.LastIndexByte(b[lo:p], '\'')
			if q < 0 {
				return false
			}
			p = q + lo
		case '\n', ')':
			return false
		}
	}
	if p <= lo {
		return false
	}
	v := bytes.LastIndex(b[lo:p], []byte("VALUES"))
	if v < 0 {
		v = bytes.LastIndex(b[lo:p], []byte("values"))
	}
	if v < 0 {
		return false
	}
	v += lo
	open := bytes.LastIndexByte(b[lo:v], '(')
	closeP := bytes.LastIndexByte(b[lo:v], ')')
	if open < 0 || closeP < open {
		return false
	}
	cols := bytes.Split(b[lo+open+1:lo+closeP], []byte{','})
	if col >= len(cols) {
		return false
	}
	h := strings.ToLower(strings.Trim(strings.TrimSpace(string(cols[col])), "`\"[]"))
	return nameHeaders[h] || strings.Contains(h, "name") && !strings.Contains(h, "company") && !strings.Contains(h, "firma") &&
		!strings.Contains(h, "user") && !strings.Contains(h, "file") && !strings.Contains(h, "product")
}

// chatSpeaker reports whether the line at i opens with a speaker and a
// role in parentheses: "Peter (Service): Guten Tag".
func chatSpeaker(b []byte, i int) bool {
	e := word(b, i)
	if e == i || !hasPrefixAt(b, e, " (") {
		return false
	}
	c := bytes.IndexByte(b[e:min(len(b), e+30)], ')')
	return c > 2 && e+c+1 < len(b) && b[e+c+1] == ':'
}

// captionTag reports whether the ']' at c closes a subtitle's tag of a
// speaker or a sound in capitals ("[LAUGHS] ", "[ANNA BERG] "): the words
// after it are spoken, no speaker's name.
func captionTag(b []byte, c int) bool {
	o := c - 1
	for o >= 0 && c-o < 40 && (isUpper(b[o]) || b[o] == ' ' || b[o] == '-' || b[o] == '\'' || b[o] >= 0x80) {
		o--
	}
	return o >= 0 && o < c-2 && b[o] == '['
}

// stageDirection reports whether the bracket closing at c holds a
// transcript's stage direction in lower case: "[laughs] Mark that".
func stageDirection(b []byte, c int) bool {
	o := c - 1
	for o >= 0 && c-o < 24 && (isLower(b[o]) || b[o] == ' ') {
		o--
	}
	return o >= 0 && o < c-2 && b[o] == '['
}
