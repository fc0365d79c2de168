package unforeseen

import (
	"fmt"
	"strings"
)

var deKinds = []kind{
	{"Zustellungsurkunde-OCR", deZustellung, false},
	{"Bienenstand-Meldung", deBienen, false},
	{"Buergerbegehren-Unterschriftenliste", deUnterschriften, false},
	{"Fahrgastrechte-Antrag", deFahrgast, false},
	{"Hebammen-Besuchsplan", deHebamme, false},
	{"Grenztermin-Ladung", deGrenztermin, false},
	{"Kandidatenliste-Kommunalwahl", deKandidaten, false},
	{"WG-Casting-Chat", deWGChat, false},
	{"Zwangsversteigerungskalender", deZV, false},
	{"Handelsregister-Eintragungen", deHR, false},
	{"Abrechnungsdiagnosen-Export", deDiagnosen, true},
	{"Drittmittel-Ausschreibungsdigest", deDigest, true},
}

// ---- people

type dePerson struct {
	first, last string
	fem         bool
}

// dePerson returns a person of either sex.
func (g *gen) dePerson() dePerson { return g.dePersonSex(g.p(0.5)) }

func (g *gen) dePersonSex(fem bool) dePerson {
	w := make([]int, len(deOrigins))
	for i, o := range deOrigins {
		w[i] = o.w
	}
	oi := g.weighted(w)
	o := deOrigins[oi]
	p := dePerson{fem: fem}
	if fem {
		p.first = g.of(o.fem)
	} else {
		p.first = g.of(o.masc)
	}
	p.last = g.of(o.sur)
	if fem && o.femSur != nil {
		p.last = o.femSur(p.last)
	}
	switch r := g.n(100); {
	case r < 6:
		o2 := deOrigins[g.weighted(w)]
		s2 := g.of(o2.sur)
		if fem && o2.femSur != nil {
			s2 = o2.femSur(s2)
		}
		if s2 != p.last && !strings.Contains(s2, " ") && !strings.Contains(p.last, " ") {
			p.last = p.last + "-" + s2
		}
	case r < 11 && oi == 0:
		p.last = g.of(deParticleSur)
	}
	return p
}

// sameFamily returns a relative sharing p's surname.
func (g *gen) deRelative(p dePerson, fem bool) dePerson {
	q := g.dePersonSex(fem)
	q.last = deSurFor(p.last, fem)
	return q
}

// deSurFor returns the form of a surname for a woman or a man where the
// two differ (Kowalska/Kowalski, Iwanowa/Iwanow, Papadopoulou/Papadopoulos).
func deSurFor(last string, fem bool) string {
	for _, o := range deOrigins {
		if o.femSur == nil {
			continue
		}
		for _, s := range o.sur {
			f := o.femSur(s)
			if f == s {
				continue
			}
			if fem && last == s {
				return f
			}
			if !fem && last == f {
				return s
			}
		}
	}
	return last
}

func (p dePerson) full() string   { return p.first + " " + p.last }
func (p dePerson) formal() string { return p.last + ", " + p.first }
func (p dePerson) caps() string   { return strings.ToUpper(p.last) + ", " + p.first }
func (p dePerson) short() string  { return initials(p.first) + " " + p.last }

func (p dePerson) herr() string {
	if p.fem {
		return "Frau"
	}
	return "Herr"
}

func (p dePerson) herrn() string {
	if p.fem {
		return "Frau"
	}
	return "Herrn"
}

// geehrt returns "Sehr geehrte Frau" or "Sehr geehrter Herr".
func (p dePerson) geehrt() string {
	if p.fem {
		return "Sehr geehrte Frau"
	}
	return "Sehr geehrter Herr"
}

// form renders p in one of the usual ways; each is one name span.
func (g *gen) deForm(p dePerson) string {
	switch g.n(10) {
	case 0, 1:
		return p.formal()
	case 2:
		return p.short()
	default:
		return p.full()
	}
}

// ---- addresses

type deAddr struct {
	street, extra, plz, city string
	box                      bool
}

func (g *gen) deHnr() string {
	n := g.between(1, 40)
	if g.p(0.35) {
		n = g.between(1, 180)
	}
	switch r := g.n(100); {
	case r < 62:
		return fmt.Sprint(n)
	case r < 72:
		return fmt.Sprintf("%d%c", n, 'a'+rune(g.n(4)))
	case r < 76:
		return fmt.Sprintf("%d %c", n, 'a'+rune(g.n(3)))
	case r < 84:
		return fmt.Sprintf("%d%s%d", n, g.pick("–", "-", "-"), n+g.between(1, 2)*2)
	case r < 90:
		return fmt.Sprintf("%d/%d", n, g.between(1, 3))
	case r < 94:
		return fmt.Sprintf("%d %c", n, 'A'+rune(g.n(3)))
	default:
		return fmt.Sprint(n)
	}
}

func (g *gen) deStreetName() string {
	switch r := g.n(100); {
	case r < 42:
		s := g.of(deStems)
		t := g.of(deStreetTypes)
		if g.p(0.06) && strings.HasPrefix(t, "str") {
			return s + g.pick("-Straße", "strasse", "-Str.")
		}
		return s + t
	case r < 60:
		return g.of(dePrepStreets)
	case r < 70:
		return g.of(dePersonStreets) + g.pick("straße", "str.", "weg", "platz", "ring", "allee")
	case r < 78:
		return g.of(deHyphenStreets) + g.pick("-Straße", "-Str.", "-Allee", "-Platz", "-Ring", "-Weg")
	default:
		return g.of(deAdjStreets)
	}
}

func (g *gen) deStreet() string { return g.deStreetName() + " " + g.deHnr() }

func (g *gen) dePLZ(c deCity) string { return c.plz3 + g.pad(0, 99, 2) }

func (g *gen) deAddr() deAddr { return g.deAddrIn(g.deCity()) }

func (g *gen) deAddrIn(c deCity) deAddr {
	a := deAddr{street: g.deStreet(), plz: g.dePLZ(c), city: c.name}
	if g.p(0.1) {
		a.extra = g.of(deFloorNotes)
	}
	return a
}

func (g *gen) dePostfach(c deCity) deAddr {
	var num string
	if g.p(0.6) {
		num = fmt.Sprintf("%d %02d %02d", g.between(10, 99), g.n(100), g.n(100))
	} else {
		num = g.itoa(11, 9999)
	}
	return deAddr{street: "Postfach " + num, plz: c.plz3 + g.pad(0, 99, 2), city: c.name, box: true}
}

func (a deAddr) cityLine() string { return a.plz + " " + a.city }

// streetLine is the street with its floor note.
func (a deAddr) streetLine() string {
	if a.extra != "" {
		return a.street + ", " + a.extra
	}
	return a.street
}

func (a deAddr) line() string { return a.streetLine() + ", " + a.cityLine() }

func (a deAddr) block() string {
	if a.extra != "" {
		return a.street + "\n" + a.extra + "\n" + a.cityLine()
	}
	return a.street + "\n" + a.cityLine()
}

// one renders a on one line with a varying separator.
func (g *gen) deOne(a deAddr) string {
	cl := a.cityLine()
	if g.p(0.05) {
		cl = "D-" + cl
	}
	switch g.n(12) {
	case 0:
		return a.streetLine() + " · " + cl
	case 1:
		return a.streetLine() + " " + cl
	case 2:
		return a.streetLine() + " / " + cl
	default:
		return a.streetLine() + ", " + cl
	}
}

// ocrSpace doubles one space of s, as a scan's text layer does.
func (g *gen) ocrSpace(s string) string {
	idx := []int{}
	for i, r := range s {
		if r == ' ' {
			idx = append(idx, i)
		}
	}
	if len(idx) == 0 {
		return s
	}
	i := idx[g.n(len(idx))]
	return s[:i] + "  " + s[i+1:]
}

// ocr adds scan noise to unlabelled boilerplate.
func (g *gen) ocr(s string) string {
	var sb strings.Builder
	for _, r := range s {
		if g.p(0.025) {
			switch r {
			case 'l':
				sb.WriteString(g.pick("1", "I", "|"))
				continue
			case 'ü':
				sb.WriteString("u")
				continue
			case 'ä':
				sb.WriteString("a")
				continue
			case 'e':
				sb.WriteString("c")
				continue
			case 'm':
				sb.WriteString("rn")
				continue
			case ' ':
				sb.WriteString("  ")
				continue
			case 'ß':
				sb.WriteString("B")
				continue
			}
		}
		sb.WriteRune(r)
	}
	return sb.String()
}

func (g *gen) deDate() string {
	return fmt.Sprintf("%02d.%02d.%d", g.between(1, 28), g.between(1, 12), g.between(2023, 2025))
}

func (g *gen) deShortDate() string {
	return fmt.Sprintf("%02d.%02d.%02d", g.between(1, 28), g.between(1, 12), g.between(23, 25))
}

func (g *gen) deTel() string {
	if g.p(0.5) {
		return "0" + g.pick("151", "160", "170", "176", "152", "157", "162") + " " + g.digits(7+g.n(2))
	}
	return "0" + g.digits(3+g.n(2)) + g.pick(" ", "/", "-") + g.digits(5+g.n(3))
}

func (g *gen) deMail(p dePerson) string {
	loc := strings.ToLower(translit(p.first))
	last := strings.ToLower(strings.ReplaceAll(translit(p.last), " ", ""))
	switch g.n(4) {
	case 0:
		loc = loc + "." + last
	case 1:
		loc = loc[:1] + "." + last
	case 2:
		loc = last + g.itoa(1, 99)
	default:
		loc = loc + "_" + last[:min(4, len(last))]
	}
	return loc + "@" + g.pick("gmx.de", "web.de", "t-online.de", "posteo.de", "gmail.com", "mailbox.org", "freenet.de", "outlook.de")
}

// translit turns a name into ASCII for an e-mail address.
func translit(s string) string {
	r := strings.NewReplacer("ä", "ae", "ö", "oe", "ü", "ue", "ß", "ss", "Ä", "Ae", "Ö", "Oe", "Ü", "Ue",
		"ı", "i", "ş", "s", "ç", "c", "ğ", "g", "Ş", "S", "Ç", "C", "İ", "I", "ł", "l", "Ł", "L", "ś", "s", "ź", "z", "ż", "z",
		"ó", "o", "á", "a", "é", "e", "í", "i", "ú", "u", "ñ", "n", "Á", "A", "É", "E", "ą", "a", "ę", "e", "ń", "n", "ć", "c", "č", "c", "ž", "z", "đ", "d", "š", "s", "'", "", "-", "", " ", "")
	return r.Replace(s)
}

func (g *gen) deIBAN() string {
	return "DE" + g.digits(2) + " " + g.digits(4) + " " + g.digits(4) + " " + g.digits(4) + " " + g.digits(4) + " " + g.digits(2)
}

// ---- kinds

var deSenders = []string{"Amtsgericht", "Landgericht", "Finanzamt", "Jobcenter", "Stadtverwaltung", "Familienkasse", "Amtsgericht", "Sozialgericht", "Arbeitsgericht"}

func deZustellung(g *gen, b *builder) {
	c := g.deCity()
	sender := g.of(deSenders) + " " + c.name
	if g.p(0.3) {
		// a one-page register of returned certificates
		b.t(g.pick("Zustellnachweise", "Rücklauf Zustellungsurkunden", "ZU-Rücklauf"), " – Geschäftsstelle ", g.itoa(1, 30), " ", g.pick("C", "F", "K", "O", "Ds", "L"), " – Stand ", g.deDate(), "\n")
		b.t(padRight("ZU-Nr.", 10), padRight("Datum", 10), padRight("Empfänger", 30), padRight("Anschrift", 44), padRight("Art", 6), "Zusteller\n")
		rows := g.between(5, 8)
		for range rows {
			p := g.dePerson()
			b.t(padRight(g.digits(7), 10), padRight(g.deShortDate(), 10))
			nm := p.formal()
			if g.p(0.2) {
				nm = p.caps()
			}
			b.name(nm)
			b.t(strings.Repeat(" ", max(1, 30-len([]rune(nm)))))
			if g.p(0.5) {
				a := g.deAddr()
				s := a.street + ", " + a.cityLine()
				b.addr(s)
				b.t(strings.Repeat(" ", max(1, 44-len([]rune(s)))))
			} else {
				b.t(padRight(g.pick("s. Akte", "wie Bl. 12", "unbekannt verzogen", "–"), 44))
			}
			b.t(padRight(g.pick("BK", "PERS", "ERS", "NL", "BK", "BK"), 6))
			if g.p(0.8) {
				b.name(g.dePerson().last)
			} else {
				b.t("–")
			}
			b.t("\n")
		}
		b.t("BK = Briefkasten, ERS = Ersatzzustellung, NL = Niederlegung, PERS = persönlich\n")
		return
	}
	pages := g.between(2, 3)
	scan := g.digits(6)
	for pg := 1; pg <= pages; pg++ {
		if pg > 1 {
			b.t("\n\f\n")
		}
		b.t(g.ocr(fmt.Sprintf("SCAN_%s.pdf  Seite %d von %d\n", scan, pg, pages)))
		b.t(g.ocr(g.pick("Zustellungsurkunde\n", "ZUSTELLUNGSURKUNDE\n", "Postzustellungsurkunde (PZU)\n")))
		b.t(g.ocr("Aktenzeichen: "), g.itoa(1, 40), " ", g.pick("C", "F", "K", "O", "Ds", "T"), " ", g.itoa(10, 999), "/", g.itoa(23, 25), "\n")
		if g.p(0.4) {
			b.t(g.ocr("Absender: "), sender, ", ")
			a := g.deAddrIn(c)
			a.extra = ""
			b.addr(a.street + ", " + a.cityLine())
			b.t("\n")
		}
		p := g.dePerson()
		b.t(g.ocr("Empfänger:\n"))
		company := g.p(0.18)
		if company {
			b.t(g.of(deCompanyHeads), " ", g.dePerson().last, " ", g.of(deCompanyForms), "\n", g.pick("z. Hd. ", "z.Hd. ", "zu Händen "), p.herrn(), " ")
			b.name(p.full())
			b.t("\n")
		} else {
			b.t(p.herrn(), "\n")
			if g.p(0.15) {
				b.t(g.pick("Dr. ", "Prof. Dr. "))
			}
			nm := p.full()
			if g.p(0.15) {
				nm = g.ocrSpace(nm)
			}
			if g.p(0.1) {
				nm = strings.ToUpper(nm)
			}
			b.name(nm)
			b.t("\n")
			if g.p(0.1) {
				b.t("c/o ")
				b.name(g.dePerson().full())
				b.t("\n")
			}
		}
		a := g.deAddr()
		blk := a.block()
		if g.p(0.15) {
			blk = g.ocrSpace(blk)
		}
		b.addr(blk)
		b.t("\n\n")
		b.t(g.ocr("1  Das mit der Anschrift des Empfängers und dem Aktenzeichen versehene Schriftstück (verschlossener Umschlag) habe ich zu übergeben versucht.\n"))
		switch g.n(5) {
		case 0:
			b.t(g.ocr("2.1 [X] dem Empfänger persönlich übergeben.\n"))
		case 1:
			rel := g.deRelative(p, !p.fem)
			b.t(g.ocr("2.2 [X] Da die Übergabe nicht möglich war, einem erwachsenen Familienangehörigen übergeben: "))
			b.name(rel.full())
			b.t(" (", g.pick("Ehefrau", "Ehemann", "Sohn", "Tochter", "Mutter", "Lebensgefährte"), ")\n")
		case 2:
			f := g.deCity()
			b.t(g.ocr("4  [X] Das Schriftstück wurde niedergelegt bei: Filiale "), f.name, " ", g.itoa(1, 40), ", ")
			fa := g.deAddrIn(f)
			fa.extra = ""
			b.addr(fa.street + ", " + fa.cityLine())
			b.t(g.ocr("\n   Schriftliche Mitteilung über die Niederlegung in den Briefkasten eingelegt.\n"))
		default:
			b.t(g.ocr("2.4 [X] in den zur Wohnung gehörenden Briefkasten eingelegt.\n"))
		}
		b.t(g.ocr("Tag der Zustellung: "), g.deDate(), "   ", g.ocr("Uhrzeit: "), fmt.Sprintf("%02d:%02d", g.between(8, 17), g.n(60)), "\n")
		z := g.dePerson()
		b.t(g.ocr("Zusteller/in: "))
		if g.p(0.5) {
			b.name(z.formal())
		} else {
			b.name(z.full())
		}
		b.t("   ", g.pick("Deutsche Post AG", "PIN Mail AG", "Citipost Nord", "Postcon", "Justizwachtmeisterei"), "\n")
		b.t(g.ocr("Unterschrift: "))
		if g.p(0.6) {
			b.name(z.short())
		} else {
			b.t("[unleserlich]")
		}
		b.t("\n")
	}
}

var deCompanyHeads = []string{"Haustechnik", "Bäckerei", "Autohaus", "Dachdeckerei", "Malerbetrieb", "Elektro", "Reisebüro", "Fahrschule", "Steuerkanzlei", "Physiotherapie", "Gartenbau", "Transporte"}
var deCompanyForms = []string{"GmbH", "GmbH & Co. KG", "e.K.", "KG", "OHG", "UG (haftungsbeschränkt)", "GbR"}

func deBienen(g *gen, b *builder) {
	c := g.deCity()
	amt := g.pick("Landkreis ", "Kreisverwaltung ", "Stadt ", "Region ") + c.name
	switch g.n(3) {
	case 0:
		b.t(g.pick("Meldung des Standortes von Bienenvölkern (§ 1a Bienenseuchen-Verordnung)\n", "Anzeige der Bienenhaltung und des Standortes\n", "BIENENSTAND – MELDUNG / ÄNDERUNG\n"))
		b.t("An: ", amt, ", Fachdienst Veterinärwesen")
		if g.p(0.5) {
			b.t(", ")
			b.addr(g.deOne(g.deAddrIn(c)))
		}
		b.t("\n\n1. Tierhalter/in\n")
		p := g.dePerson()
		if g.p(0.5) {
			b.t("Name, Vorname: ")
			b.name(p.formal())
		} else {
			b.t("Name: ")
			b.name(p.last)
			b.t("\nVorname: ")
			b.name(p.first)
		}
		a := g.deAddrIn(c)
		if g.p(0.5) {
			b.t("\nStraße, Hausnummer: ")
			b.addr(a.streetLine())
			b.t("\nPLZ, Ort: ", a.cityLine())
		} else {
			b.t("\nAnschrift: ")
			b.addr(g.deOne(a))
		}
		b.t("\nTelefon: ", g.deTel(), "\nE-Mail: ", g.deMail(p), "\n")
		if g.p(0.6) {
			b.t("Mitglied im Imkerverein: Imkerverein ", c.name, " und Umgebung e.V.\n")
		}
		b.t("\n2. Standort der Bienenvölker\nAnzahl der Völker: ", g.itoa(1, 24), "\n")
		b.t("Standort: ")
		switch g.n(3) {
		case 0:
			b.addr(g.deOne(g.deAddrIn(c)))
			b.t(" (", g.pick("Garten", "Hinterhof", "Streuobstwiese", "Dach", "Kleingarten Parzelle "+g.itoa(1, 120)), ")")
		case 1:
			b.t("Gemarkung ", c.name, ", Flur ", g.itoa(1, 12), ", Flurstück ", g.itoa(10, 400), "/", g.itoa(1, 9), " (Wiese von ")
			b.name(g.dePerson().full())
			b.t(")")
		default:
			b.t("wie Wohnanschrift")
		}
		b.t("\nWanderung geplant: ", g.pick("[ ] ja  [X] nein", "[X] ja  [ ] nein – Raps bei "+g.deCity().name), "\n")
		b.t("\n3. Vertretung bei Abwesenheit: ")
		v := g.dePerson()
		b.name(v.full())
		b.t(", Tel. ", g.deTel())
		if g.p(0.5) {
			b.t(", ")
			b.addr(g.deOne(g.deAddrIn(c)))
		}
		b.t("\n\nDatum, Unterschrift: ", g.deDate(), "  ")
		b.name(p.short())
		b.t("\n")
		if g.p(0.5) {
			b.t("\n--- nur vom Amt auszufüllen ---\nRegistriernummer: 276 ", g.pad(1, 16, 2), " ", g.digits(3), " ", g.digits(4), "  bearbeitet: ")
			b.name(g.dePerson().last)
			b.t(", ", g.deShortDate(), "\n")
		}
	case 1:
		vet := g.dePerson()
		imk := g.dePerson()
		b.t("Von: ")
		b.name(vet.full())
		b.t(" <", strings.ToLower(translit(vet.first))[:1], ".", strings.ToLower(translit(vet.last)), "@", g.pick("kreis-", "lk-", "landkreis-"), strings.ToLower(translit(strings.Fields(c.name)[0])), ".de>\n")
		b.t("An: ", g.deMail(imk), "\nBetreff: AW: ", g.pick("Sperrbezirk Amerikanische Faulbrut", "AFB-Sperrbezirk", "Faulbrut – Untersuchung meiner Völker?"), " – Gemarkung ", c.name, "\n\n")
		b.t(imk.geehrt(), " ")
		b.name(imk.last)
		b.t(",\n\nvielen Dank für Ihre Nachricht. Ihre Völker liegen innerhalb des Sperrbezirks. Nach unserer Kartei sind dort folgende Bienenhaltungen gemeldet:\n\n")
		for range g.between(3, 5) {
			h := g.dePerson()
			b.t(g.pick("- ", "• ", "* "))
			b.name(g.deForm(h))
			if g.p(0.6) {
				b.t(", ")
				b.addr(g.deOne(g.deAddrIn(c)))
			}
			b.t(", ", g.itoa(1, 18), " Völker\n")
		}
		b.t("\nDie Untersuchung übernimmt die Bienensachverständige ")
		bsv := g.dePersonSex(true)
		b.name(bsv.full())
		b.t(" (Tel. ", g.deTel(), "). Bitte verbringen Sie bis zur Aufhebung keine Völker aus dem Sperrbezirk.\n\nMit freundlichen Grüßen\nIm Auftrag\n")
		b.name(vet.full())
		b.t("\n", amt, " – Veterinär- und Lebensmittelüberwachung\n")
		b.addr(g.deAddrIn(c).block())
		b.t("\n\n")
		b.t("> Am ", g.deDate(), " schrieb ")
		b.name(imk.full())
		b.t(":\n> Guten Tag, ich habe vom Imkerverein gehört, dass es bei ")
		b.name(g.dePerson().full())
		b.t(" Faulbrut gibt.\n> Meine ", g.itoa(2, 9), " Völker stehen am Standort ")
		b.addr(g.deStreet())
		b.t(". Muss ich etwas tun?\n> Gruß ")
		b.name(imk.first)
		b.t("\n")
	default:
		sep := g.pick(";", ";", "\t")
		b.t(strings.Join([]string{"RegNr", "Name", "Vorname", "Strasse", "PLZ", "Ort", "Voelker", "Standort", "Gemeldet"}, sep), "\n")
		for range g.between(5, 8) {
			p := g.dePerson()
			a := g.deAddrIn(c)
			a.extra = ""
			b.t("276", g.pad(1, 16, 2), g.digits(7), sep)
			b.cell('n', p.last, sep)
			b.t(sep)
			b.cell('n', p.first, sep)
			b.t(sep)
			b.cell('a', a.street, sep)
			b.t(sep, a.plz, sep, a.city, sep, g.itoa(1, 30), sep)
			switch g.n(4) {
			case 0, 3:
				b.t("wie Anschrift")
			case 1:
				b.t("Flur ", g.itoa(1, 9), " Flst. ", g.itoa(10, 400), "/", g.itoa(1, 9))
			default:
				b.cell('a', g.deStreet(), sep)
			}
			b.t(sep, g.deDate(), "\n")
		}
	}
}

var deTopics = []string{"Hallenbad erhalten", "Kein Gewerbegebiet am Mühlenbach", "Radentscheid", "Stadtbibliothek bleibt", "Rettet den Lindenhof", "Keine Bebauung der Kleingärten", "Straßenbahn jetzt", "Freibad Süd erhalten"}

func deUnterschriften(g *gen, b *builder) {
	c := g.deCity()
	topic := g.of(deTopics)
	switch g.n(3) {
	case 0, 1:
		b.t(g.ocr("Bürgerbegehren „"+topic+"“\n"), g.ocr("Unterschriftenliste – Blatt Nr. "), g.itoa(1, 80), "\n")
		b.t(g.ocr("Fragestellung: Soll die Stadt " + c.name + " den Ratsbeschluss vom " + g.deDate() + " aufheben?\n"))
		b.t(g.ocr("Vertrauenspersonen: "))
		for i := 1; i <= 2; i++ {
			if i > 1 {
				b.t("  ")
			}
			b.t(fmt.Sprint(i), ". ")
			b.name(g.dePerson().full())
			b.t(", ")
			b.addr(g.deOne(g.deAddrIn(c)))
		}
		b.t("\n")
		b.t(g.ocr("Nur wahlberechtigte Bürgerinnen und Bürger der Stadt " + c.name + " dürfen unterschreiben. Bitte deutlich und in Druckschrift ausfüllen!\n"))
		pipe := g.p(0.5)
		if pipe {
			b.t("Nr. | Familienname | Vorname | Geburtsdatum | Anschrift (Straße, Hausnr., PLZ, Wohnort) | Datum | Unterschrift\n")
		} else {
			b.t("Nr.  Familienname     Vorname      Geb.-Datum   Anschrift (Straße, Hausnr., PLZ, Wohnort)          Datum     Unterschrift\n")
		}
		rows := g.between(4, 7)
		for i := 1; i <= rows; i++ {
			sep := "  "
			if pipe {
				sep = " | "
			}
			b.t(fmt.Sprint(i), sep)
			if g.p(0.08) {
				b.t("[unleserlich]", sep, sep, "[unleserlich]", sep, g.deShortDate(), sep, "[Unterschrift]\n")
				continue
			}
			p := g.dePerson()
			last := p.last
			if g.p(0.3) {
				last = strings.ToUpper(last)
			}
			b.name(last)
			b.t(sep)
			b.name(p.first)
			b.t(sep, fmt.Sprintf("%02d.%02d.%d", g.between(1, 28), g.between(1, 12), g.between(1935, 2007)), sep)
			a := g.deAddrIn(c)
			if i > 1 && g.p(0.4) {
				b.t(g.pick("dto.", "s. o.", "\"", "wie oben"))
			} else if g.p(0.35) {
				b.addr(a.streetLine())
			} else {
				s := a.streetLine() + g.pick(", ", " ") + a.cityLine()
				if g.p(0.12) {
					s = g.ocrSpace(s)
				}
				b.addr(s)
			}
			b.t(sep, g.deShortDate(), sep, "[Unterschrift]\n")
		}
	default:
		b.t("Prüfung Unterschriftenlisten – Bürgerbegehren „", topic, "“ – Wahlamt ", c.name, "\n")
		sep := "\t"
		b.t(strings.Join([]string{"lfd", "Blatt", "Zeile", "Name", "Vorname", "Straße", "PLZ", "Ort", "Melderegister", "gültig", "Grund"}, sep), "\n")
		for i := 1; i <= g.between(5, 8); i++ {
			p := g.dePerson()
			a := g.deAddrIn(c)
			b.t(fmt.Sprint(i), sep, g.itoa(1, 40), sep, g.itoa(1, 10), sep)
			b.name(p.last)
			b.t(sep)
			b.name(p.first)
			b.t(sep)
			b.addr(a.streetLine())
			b.t(sep, a.plz, sep, a.city, sep)
			switch g.n(8) {
			case 0:
				b.t("nicht gefunden", sep, "nein", sep, "nicht wahlberechtigt")
			case 1:
				b.t("abweichend", sep, "nein", sep, "verzogen nach ")
				b.addr(g.deOne(g.deAddr()))
			case 2:
				b.t("ok", sep, "nein", sep, "doppelt (s. Blatt ", g.itoa(1, 40), " Z. ", g.itoa(1, 10), ")")
			default:
				b.t("ok", sep, "ja", sep)
			}
			b.t("\n")
		}
		b.t("\nGeprüft: ")
		b.name(g.dePerson().short())
		b.t(", ", g.deDate(), "\n")
	}
}

var deStations = []string{"Köln Hbf", "Hamburg-Altona", "Lutherstadt Wittenberg Hbf", "Berlin Friedrichstraße", "Bonn-Bad Godesberg", "Göttingen", "Kassel-Wilhelmshöhe", "Frankfurt (Main) Hbf", "München-Pasing", "Hannover Hbf", "Leipzig Hbf", "Würzburg Hbf", "Bielefeld Hbf", "Fulda", "Erfurt Hbf", "Lüneburg", "Mannheim Hbf", "Stuttgart Hbf", "Dresden-Neustadt", "Osnabrück Hbf"}

func deFahrgast(g *gen, b *builder) {
	p := g.dePerson()
	a := g.deAddr()
	companions := []dePerson{}
	for range g.between(0, 3) {
		if g.p(0.6) {
			companions = append(companions, g.deRelative(p, g.p(0.5)))
		} else {
			companions = append(companions, g.dePerson())
		}
	}
	from, to := g.of(deStations), g.of(deStations)
	train := g.pick("ICE", "IC", "RE", "EC", "RB") + " " + g.itoa(10, 2999)
	switch g.n(3) {
	case 0:
		b.t("Fahrgastrechte-Formular\nAntrag auf Entschädigung/Erstattung bei Verspätung\n\n1 Angaben zur Reise\n")
		b.t("Reisedatum: ", g.deDate(), "   Abfahrtsbahnhof: ", from, "   Zielbahnhof: ", to, "\n")
		b.t("Zug: ", train, "   Planmäßige Ankunft: ", fmt.Sprintf("%02d:%02d", g.between(6, 22), g.n(60)), "   Tatsächliche Ankunft: ", fmt.Sprintf("%02d:%02d", g.between(6, 23), g.n(60)), "\n\n2 Angaben zum Antragsteller\n")
		b.t("Anrede: ", p.herr(), "   Titel: ", strings.TrimSpace(g.pick("Dr.", "", "", "", "Prof.")), "\n")
		b.t("Vorname: ")
		b.name(p.first)
		b.t("   Nachname: ")
		b.name(p.last)
		b.t("\nStraße/Hausnummer: ")
		b.addr(a.streetLine())
		b.t("\nPLZ: ", a.plz, "   Ort: ", a.city, "\nLand: Deutschland\nE-Mail: ", g.deMail(p), "\n")
		if len(companions) > 0 {
			b.t("\n3 Mitreisende (Name, Vorname):\n")
			for _, m := range companions {
				b.t("   ")
				b.name(m.formal())
				b.t("\n")
			}
		}
		b.t("\n4 Auszahlung: [X] Überweisung\nKontoinhaber: ")
		if g.p(0.7) {
			b.name(p.full())
		} else {
			b.name(g.deRelative(p, !p.fem).full())
		}
		b.t("\nIBAN: ", g.deIBAN(), "\n\nDatum, Unterschrift: ", g.deDate(), " ")
		b.name(p.short())
		b.t("\n")
	case 1:
		b.t("Von: ")
		b.name(p.full())
		b.t(" <", g.deMail(p), ">\nAn: fahrgastrechte@", g.pick("bahn-kundendialog.example", "fgr-service.example"), "\nBetreff: Re: Ihr Antrag ", g.upper(2), g.digits(8), "\n\n")
		b.t(g.pick("Sehr geehrte Damen und Herren,", "Guten Tag,", "Hallo,"), "\n\n")
		b.t("leider ist meine Adresse im Bescheid falsch. Richtig ist:\n")
		b.name(p.full())
		b.t("\n")
		b.addr(a.block())
		b.t("\n\n")
		if len(companions) > 0 {
			b.t(map[bool]string{true: "Außerdem fehlen ", false: "Außerdem fehlt "}[len(companions) > 1])
			b.names(firstNames(companions), " und ")
			b.t(" in der Aufstellung, ", g.pick("meine Tochter reiste mit.", "wir waren zusammen unterwegs.", "die Tickets sind auf einem Auftrag."), "\n\n")
		}
		b.t("Mit freundlichen Grüßen\n")
		b.name(p.full())
		b.t("\n\n> ", p.geehrt(), " ")
		b.name(p.last)
		b.t(",\n> vielen Dank für Ihren Antrag zur Fahrt mit ", train, " von ", from, " nach ", to, ".\n> Wir haben Ihnen eine Entschädigung von ", g.itoa(5, 80), ",", g.pad(0, 99, 2), " EUR angewiesen.\n")
		b.t("> Ihre Unterlagen senden Sie bitte an: Kundendialog Fahrgastrechte, ")
		pf := g.dePostfach(deCity{"600", "Frankfurt am Main"})
		b.addr(pf.street + ", " + pf.cityLine())
		b.t("\n> Freundliche Grüße\n> ")
		b.name(g.dePerson().full())
		b.t("\n> Servicecenter Fahrgastrechte\n")
	default:
		b.t("{\n  \"antrag\": \"", g.upper(2), g.digits(8), "\",\n  \"zug\": \"", train, "\",\n  \"von\": \"", from, "\",\n  \"nach\": \"", to, "\",\n  \"antragsteller\": {\n    \"anrede\": \"", p.herr(), "\",\n    \"vorname\": ")
		b.jsonStr('n', p.first)
		b.t(",\n    \"nachname\": ")
		b.jsonStr('n', p.last)
		b.t(",\n    \"strasse\": ")
		b.jsonStr('a', a.streetLine())
		b.t(",\n    \"plz\": \"", a.plz, "\",\n    \"ort\": \"", a.city, "\"\n  },\n  \"mitreisende\": [")
		for i, m := range companions {
			if i > 0 {
				b.t(", ")
			}
			b.t("{\"name\": ")
			b.jsonStr('n', m.full())
			b.t("}")
		}
		b.t("],\n  \"kontoinhaber\": ")
		b.jsonStr('n', p.full())
		b.t(",\n  \"iban\": \"", strings.ReplaceAll(g.deIBAN(), " ", ""), "\"\n}\n")
	}
}

func firstNames(ps []dePerson) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.first
	}
	return out
}

var deHebNotes = []string{"Nabel ok", "Gewicht kontrollieren", "Stillprobleme", "Zwillinge!", "Hund bellt, nicht erschrecken", "Sectio, Naht ansehen", "Gelbsucht? Bili messen", "kein Aufzug", "Parken schwierig", "Dolmetscherin nötig (Arabisch)", "Erstgebärende, sehr unsicher", "U2 beim Kinderarzt erledigt"}

func deHebamme(g *gen, b *builder) {
	c := g.deCity()
	heb := g.dePersonSex(true)
	type visit struct {
		mom, partner dePerson
		baby         string
		a            deAddr
	}
	vs := make([]visit, g.between(4, 6))
	for i := range vs {
		m := g.dePersonSex(true)
		vs[i] = visit{mom: m, partner: g.deRelative(m, false), baby: g.of(deBabyNames), a: g.deAddrIn(c)}
		if g.p(0.3) {
			vs[i].partner = g.dePersonSex(false)
		}
	}
	note := func(v visit) {
		switch g.n(7) {
		case 0:
			b.t("Papa (")
			b.name(v.partner.first)
			b.t(") ab 9 Uhr da")
		case 1:
			b.t("Oma ")
			b.name(g.dePersonSex(true).first)
			b.t(" öffnet")
		case 2:
			b.t("Klingel: ")
			b.name(v.mom.last)
			if v.partner.last != v.mom.last {
				b.t("/")
				b.name(v.partner.last)
			}
		case 3:
			b.t("Kinderärztin Dr. ")
			b.name(g.dePersonSex(true).last)
			b.t(" informiert")
		default:
			b.t(g.of(deHebNotes))
		}
	}
	switch g.n(3) {
	case 0:
		b.t("## Wochenbett-Hausbesuche KW ", g.itoa(1, 52), " – ")
		b.name(heb.full())
		b.t("\n\n| Zeit | Mutter | Kind (geb.) | Adresse | Notiz |\n|---|---|---|---|---|\n")
		days := []string{"Mo", "Di", "Mi", "Do", "Fr", "Sa"}
		for i, v := range vs {
			b.t("| ", days[i%len(days)], " ", fmt.Sprintf("%02d:%02d", g.between(8, 16), g.pick2(0, 30)), " | ")
			b.name(v.mom.full())
			b.t(" | ")
			if g.p(0.85) {
				b.name(v.baby)
				b.t(" (", fmt.Sprintf("%02d.%02d.", g.between(1, 28), g.between(1, 12)), ")")
			} else {
				b.t(g.pick("Junge", "Mädchen"), " (", fmt.Sprintf("%02d.%02d.", g.between(1, 28), g.between(1, 12)), ")")
			}
			b.t(" | ")
			if g.p(0.15) {
				b.t(g.pick("s. Vorwoche", "Adresse in Akte", "wie letzte Woche"))
			} else if g.p(0.7) {
				b.addr(v.a.line())
			} else {
				b.addr(v.a.streetLine())
				b.t(" (", g.pick("Nordstadt", "Südviertel", "Altstadt", "Neubaugebiet", "hinter Edeka"), ")")
			}
			b.t(" | ")
			note(v)
			b.t(" |\n")
		}
	case 1:
		sep := "\t"
		b.t(strings.Join([]string{"Klientin", "ET", "Geburt", "Kind", "Straße", "PLZ", "Ort", "Telefon", "Kasse", "Besuche"}, sep), "\n")
		for _, v := range vs {
			b.name(v.mom.formal())
			b.t(sep, g.deShortDate(), sep, g.deShortDate(), sep)
			b.name(v.baby)
			b.t(sep)
			b.addr(v.a.streetLine())
			b.t(sep, v.a.plz, sep, v.a.city, sep, g.deTel(), sep, g.of(deKassen), sep, g.itoa(1, 12), "\n")
		}
		b.t("\nExport ", g.deDate(), " – Praxis ")
		b.name(heb.full())
		b.t("\n")
	default:
		vt := g.dePersonSex(true)
		b.t(g.pick("Liebe ", "Hallo ", "Hi "))
		b.name(vt.first)
		b.t(",\n\ndanke, dass du mich ab Montag vertrittst! Hier meine Frauen:\n\n")
		for i, v := range vs {
			b.t(fmt.Sprint(i+1), ") ")
			b.name(v.mom.full())
			b.t(" – ")
			if g.p(0.5) {
				b.addr(v.a.line())
			} else {
				b.addr(v.a.block())
			}
			b.t("\n   ")
			b.name(v.baby)
			b.t(" kam am ", fmt.Sprintf("%d.%d.", g.between(1, 28), g.between(1, 12)), g.pick(" spontan", " per Sectio", " in der Klinik", " zu Hause"), ". ")
			note(v)
			b.t(".\n")
		}
		b.t("\nSchlüssel für Nr. 3 liegt bei der Nachbarin, Frau ")
		b.name(g.dePersonSex(true).last)
		b.t("\n\nLG ")
		b.name(heb.first)
		b.t("\n")
	}
}

func (g *gen) pick2(a, c int) int {
	if g.p(0.5) {
		return a
	}
	return c
}

var deKassen = []string{"AOK Niedersachsen", "Techniker", "BARMER", "DAK-Gesundheit", "hkk", "IKK classic", "Knappschaft", "KKH", "Bosch BKK", "BKK Melitta HMR", "privat"}

func deGrenztermin(g *gen, b *builder) {
	c := g.deCity()
	vi := g.dePerson()
	office := g.deAddrIn(c)
	office.extra = ""
	b.t("Dipl.-Ing. ")
	b.name(vi.full())
	b.t(g.pick(" · Öffentlich bestellter Vermessungsingenieur · ", " – ÖbVI – ", ", Öffentl. best. Verm.-Ing., "))
	b.addr(office.street + g.pick(" · ", ", ") + office.cityLine())
	b.t("\n\n")
	// recipient block
	p := g.dePerson()
	couple := g.p(0.35)
	var q dePerson
	if couple {
		q = g.deRelative(p, !p.fem)
		b.t("Eheleute\n")
		b.name(p.first)
		b.t(" und ")
		b.name(q.full())
		b.t("\n")
	} else {
		b.t(p.herrn(), "\n")
		b.name(p.full())
		b.t("\n")
	}
	home := g.deAddrIn(c)
	b.addr(home.block())
	b.t("\n\n")
	flst := fmt.Sprintf("%d/%d", g.between(10, 300), g.between(1, 9))
	b.t("Grenztermin – Gemarkung ", c.name, ", Flur ", g.itoa(1, 14), ", Flurstück ", flst, "\nUnser Zeichen: ", g.itoa(2023, 2025), "-", g.pad(1, 400, 3), "     ", c.name, ", ", g.deDate(), "\n\n")
	if couple {
		b.t("Sehr geehrte Frau ")
		if p.fem {
			b.name(p.last)
		} else {
			b.name(q.last)
		}
		b.t(", sehr geehrter Herr ")
		if p.fem {
			b.name(q.last)
		} else {
			b.name(p.last)
		}
		b.t(",\n\n")
	} else {
		b.t(p.geehrt(), " ")
		b.name(p.last)
		b.t(",\n\n")
	}
	auf := g.dePerson()
	b.t("im Auftrag von ")
	b.name(g.deForm(auf))
	b.t(" (Eigentümer", map[bool]string{true: "in", false: ""}[auf.fem], " des Flurstücks ", fmt.Sprintf("%d", g.between(10, 300)))
	if g.p(0.5) {
		b.t(", ")
		b.addr(g.deOne(g.deAddrIn(c)))
	}
	b.t(") werde ich die Grenzen des oben genannten Flurstücks feststellen und abmarken. Hierzu lade ich Sie als ")
	b.t(g.pick("Eigentümer des angrenzenden Grundstücks", "Beteiligte", "Nachbarn"), " ein.\n\n")
	b.t("Termin: ", g.deDate(), ", ", g.itoa(8, 15), ":", g.pick("00", "30"), " Uhr\nTreffpunkt: ")
	b.t(g.pick("vor dem Anwesen ", "an der Einfahrt ", "Grundstücksgrenze hinter ", ""))
	b.addr(g.deStreet())
	b.t("\n\nAls Beteiligte werden außerdem geladen:\n")
	for range g.between(2, 3) {
		b.t("- Flurstück ", fmt.Sprintf("%d/%d", g.between(10, 300), g.between(1, 9)), ": ")
		switch g.n(4) {
		case 0:
			x := g.dePerson()
			y := g.deRelative(x, !x.fem)
			b.t("Eheleute ")
			b.name(x.first)
			b.t(" und ")
			b.name(y.full())
		case 1:
			x := g.dePerson()
			b.t("Erbengemeinschaft ")
			b.name(x.last)
			b.t(", vertreten durch ")
			b.name(g.deRelative(x, g.p(0.5)).full())
		case 2:
			b.t("Stadt ", c.name, " (Straßengrundstück), Tiefbauamt\n")
			continue
		default:
			b.name(g.deForm(g.dePerson()))
		}
		if g.p(0.75) {
			b.t(", ")
			b.addr(g.deOne(g.deAddr()))
		}
		b.t("\n")
	}
	b.t("\nSie können sich durch eine bevollmächtigte Person vertreten lassen; die Vollmacht ist schriftlich vorzulegen. Erscheinen Sie nicht, kann der Termin ohne Sie durchgeführt werden.\n\nMit freundlichen Grüßen\n")
	if g.p(0.5) {
		vt := g.dePerson()
		b.t("i. A. ")
		b.name(vt.full())
		b.t(" (Vermessungstechniker", map[bool]string{true: "in", false: ""}[vt.fem], ")\n")
	} else {
		b.name(vi.full())
		b.t("\n")
	}
}

var deParties = []string{
	"Christlich Demokratische Union Deutschlands (CDU)", "Sozialdemokratische Partei Deutschlands (SPD)", "BÜNDNIS 90/DIE GRÜNEN (GRÜNE)",
	"Freie Demokratische Partei (FDP)", "DIE LINKE", "FREIE WÄHLER", "Ökologisch-Demokratische Partei (ÖDP)", "Volt Deutschland (Volt)",
	"Wählergemeinschaft Unabhängige Bürger (UB)", "Bürgerliste Hohenwiesen (BLH)", "Christlich-Soziale Union in Bayern (CSU)", "Die PARTEI",
}
var deJobs = [][2]string{{"Lehrerin", "Lehrer"}, {"Landwirtin", "Landwirt"}, {"Rentnerin", "Rentner"}, {"Bankkauffrau", "Bankkaufmann"}, {"Krankenpflegerin", "Krankenpfleger"}, {"Ingenieurin", "Ingenieur"}, {"Rechtsanwältin", "Rechtsanwalt"}, {"Studentin", "Student"}, {"Schreinermeisterin", "Schreinermeister"}, {"Bürgermeisterin", "Bürgermeister"}, {"Polizeibeamtin", "Polizeibeamter"}, {"Erzieherin", "Erzieher"}, {"Friseurmeisterin", "Friseurmeister"}, {"Dipl.-Verwaltungswirtin (FH)", "Dipl.-Verwaltungswirt (FH)"}, {"IT-Beraterin", "IT-Berater"}, {"Hausfrau", "Hausmann"}, {"Apothekerin", "Apotheker"}, {"Elektrotechnikerin", "Elektrotechniker"}, {"Pflegedienstleiterin", "Pflegedienstleiter"}, {"Busfahrerin", "Busfahrer"}, {"Sozialarbeiterin", "Sozialarbeiter"}, {"Tierärztin", "Tierarzt"}, {"Kfz-Mechatronikerin", "Kfz-Mechatroniker"}, {"Pfarrerin i. R.", "Pfarrer i. R."}}

func (g *gen) deJob(fem bool) string {
	j := deJobs[g.n(len(deJobs))]
	if fem {
		return j[0]
	}
	return j[1]
}

func deKandidaten(g *gen, b *builder) {
	c := g.deCity()
	b.t("Bekanntmachung ", g.pick("des Kreiswahlleiters", "der Gemeindewahlleiterin", "des Wahlleiters der Stadt "+c.name), "\nüber die zugelassenen Wahlvorschläge für die Wahl ", g.pick("des Kreistages", "des Stadtrates", "des Gemeinderates", "der Stadtverordnetenversammlung", "des Ortsbeirates"), " am ", g.deDate(), "\n\n")
	if g.p(0.5) {
		b.t("Wahlbereich ", g.itoa(1, 8), " (", c.name, ", ", g.deCity().name, ")\n\n")
	}
	lists := g.between(2, 3)
	parties := g.some(deParties, lists)
	table := g.p(0.12)
	for li, party := range parties {
		b.t("Wahlvorschlag Nr. ", fmt.Sprint(li+1), " – ", party, "\n")
		if table {
			b.t("| Nr. | Familienname, Vorname | Beruf | Geburtsjahr | Straße | PLZ | Wohnort |\n|---|---|---|---|---|---|---|\n")
		}
		for i := 1; i <= g.between(3, 6); i++ {
			p := g.dePerson()
			a := g.deAddrIn(c)
			a.extra = ""
			job := g.deJob(p.fem)
			yr := g.itoa(1948, 2004)
			if table {
				b.t("| ", fmt.Sprint(i), " | ")
				if g.p(0.15) {
					b.t("Dr. ")
				}
				b.name(p.formal())
				b.t(" | ", job, " | ", yr, " | ")
				b.addr(a.street)
				b.t(" | ", a.plz, " | ", a.city, " |\n")
				continue
			}
			b.t(fmt.Sprint(i), ". ")
			switch g.n(3) {
			case 0:
				if g.p(0.2) {
					b.t("Dr. ")
				}
				b.name(p.formal())
				b.t(", ", job, ", ", yr, ", ")
			case 1:
				b.name(p.formal())
				b.t("; ", job, "; geb. ", yr, "; ")
			default:
				b.name(strings.ToUpper(p.last) + " " + p.first)
				b.t(", ", job, ", Jg. ", yr, ", ")
			}
			if g.p(0.25) {
				b.addr(a.street + ", " + a.cityLine())
			} else {
				b.t(g.pick("", "wohnhaft in ", "Ortsteil "), g.pick(c.name, "Nord", "Altstadt", "Oberdorf", c.name+"-Süd"))
			}
			b.t("\n")
		}
		b.t("\n")
	}
	wl := g.dePerson()
	b.t(c.name, ", ", g.deDate(), "\n", g.pick("Der Wahlleiter", "Die Wahlleiterin", "In Vertretung"), "\n")
	b.name(wl.full())
	b.t("\n")
}

var deWGMsgs = []string{
	"ok leute wer hat sich die bewerbungen angeschaut?",
	"bin erst um 8 da",
	"<Medien weggelassen>",
	"ich fand die nachricht von heute morgen echt nett",
	"küche muss vorher noch geputzt werden 🙈",
	"zimmer ist ab 1.9. frei oder?",
	"wer macht die getränke",
	"haha",
	"👍",
	"miete warm 480 hab ich geschrieben",
}

func deWGChat(g *gen, b *builder) {
	c := g.deCity()
	flat := g.deAddrIn(c)
	members := []dePerson{g.dePerson(), g.dePerson(), g.dePerson()}
	if g.p(0.5) {
		members = members[:2]
	}
	apps := []dePerson{}
	for range g.between(4, 6) {
		apps = append(apps, g.dePerson())
	}
	bracket := g.p(0.5)
	h, mi, sec := g.between(17, 21), g.n(50), g.n(60)
	d := fmt.Sprintf("%02d.%02d.%02d", g.between(1, 28), g.between(1, 12), g.between(23, 25))
	line := func(m dePerson) {
		sec += g.between(5, 200)
		mi += sec / 60
		sec %= 60
		if mi >= 60 {
			mi -= 60
			h++
		}
		if bracket {
			b.t("[", d, ", ", fmt.Sprintf("%02d:%02d:%02d", h%24, mi, sec), "] ")
		} else {
			b.t(d, ", ", fmt.Sprintf("%02d:%02d", h%24, mi), " - ")
		}
		b.name(m.first)
		if g.p(0.1) {
			b.t(" ", g.pick("🌻", "🚲", "✌️"))
		}
		b.t(": ")
	}
	msgs := g.between(9, 13)
	for i := range msgs {
		m := members[g.n(len(members))]
		line(m)
		a := apps[g.n(len(apps))]
		switch g.n(11) {
		case 0:
			b.name(a.first)
			b.t(g.typo(" klingt gut, hat aber nur bis " + g.pick("september", "ende märz", "zum semesterende") + " ein zimmer gesucht"))
		case 1:
			b.t("ich hab ")
			b.name(a.full())
			b.t(" und ")
			a2 := apps[g.n(len(apps))]
			for a2.first == a.first {
				a2 = g.dePerson()
			}
			b.name(a2.first)
			b.t(" für ", g.pick("donnerstag", "freitag", "sonntag"), " ", g.itoa(17, 20), " uhr eingeladen")
		case 2:
			b.t("adresse hab ich ", g.pick("ihr", "ihm", "allen"), " geschickt: ")
			if g.p(0.5) {
				b.addr(flat.line())
			} else {
				b.addr(flat.streetLine())
			}
			b.t(", klingel ")
			b.name(members[0].last)
			b.t("/")
			b.name(members[1].last)
		case 3:
			b.t("wer ist ")
			b.name(strings.ToLower(a.first))
			b.t("?? ", map[bool]string{true: "die", false: "der"}[a.fem], " mit dem ", g.pick("hund", "lastenrad", "cello"), "?")
		case 4:
			b.name(a.first)
			b.t(" hat abgesagt")
		case 5:
			b.t("vermieter ", g.pick("herr", "frau", "hr."), " ")
			b.name(strings.ToLower(g.dePerson().last))
			b.t(" will den namen bis freitag")
		case 6:
			b.t("weitergeleitet: „Hallo ihr Lieben, ich bin ")
			b.name(a.first)
			b.t(", ", g.itoa(19, 34), ", studiere ", g.pick("Jura", "Maschinenbau", "Soziale Arbeit", "Medizin", "BWL"), " und wohne gerade noch hier: ")
			b.addr(g.deOne(g.deAddr()))
			b.t(". Ich koche gern …“")
		case 7:
			b.t("die mail von ")
			b.name(a.full())
			b.t(" <", g.deMail(a), "> ist im spam gelandet lol")
		case 8:
			o := members[g.n(len(members))]
			for o.first == m.first {
				o = members[g.n(len(members))]
			}
			b.t("@")
			b.t(strings.ToLower(translit(o.first)))
			b.t(" kannst du ")
			b.name(a.first)
			b.t(" zurückschreiben?")
		default:
			b.t(g.typo(g.of(deWGMsgs)))
		}
		b.t("\n")
		if i == msgs/2 && g.p(0.5) {
			line(members[0])
			b.t("neue post-adresse für die kaution ist übrigens ")
			b.addr(g.deOne(g.deAddr()))
			b.t(" (hausverwaltung)\n")
		}
	}
}

func deZV(g *gen, b *builder) {
	c := g.deCity()
	objs := []string{"Eigentumswohnung (3 Zimmer, ca. 78 m², 2. OG, mit Kellerraum)", "Einfamilienhaus mit Garage, Baujahr 1968", "Reihenmittelhaus, Wfl. ca. 112 m²", "Zweifamilienhaus, teilweise vermietet", "Gewerbeeinheit im EG (Laden)", "Doppelhaushälfte", "Wohn- und Geschäftshaus", "Tiefgaragenstellplatz Nr. 14", "Baugrundstück, 612 m²", "Mehrfamilienhaus (6 WE)"}
	rp := g.dePerson()
	switch g.n(3) {
	case 0, 1:
		months := []string{"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"}
		mo, yr := g.between(1, 12), g.between(2024, 2025)
		b.t("Amtsgericht ", c.name, " – Zwangsversteigerungstermine ", months[mo-1], " ", fmt.Sprint(yr), "\n(Angaben ohne Gewähr; maßgeblich ist allein die Terminsbestimmung)\n\n")
		for range g.between(3, 5) {
			a := g.deAddrIn(c)
			a.extra = ""
			b.t("Termin: ", g.pick("Mo", "Di", "Mi", "Do"), ", ", fmt.Sprintf("%02d.%02d.%d", g.between(1, 28), mo, yr), ", ", g.pick("09:00", "09:30", "10:00", "11:00", "13:30"), " Uhr, Saal ", g.itoa(100, 320), "\n")
			b.t("Aktenzeichen: ", g.pad(1, 99, 3), " K ", g.pad(1, 140, 3), "/", g.itoa(22, 25), "\n")
			b.t("Objekt: ", g.of(objs), "\nLage: ")
			b.addr(g.deOne(a))
			b.t("\nGrundbuch: ", g.pick(c.name, c.name, "Oberdorf", "Unterfeld", c.name+"-Nord", "Altstadt"), " Blatt ", g.itoa(100, 9999), ", Flur ", g.itoa(1, 20), ", Flurstück ", g.itoa(1, 800), "\n")
			b.t("Verkehrswert: ", g.itoa(40, 900), ".000,00 €\n")
			if g.p(0.3) {
				b.t("Eingetragene Eigentümer: ")
				o := g.dePerson()
				b.name(o.formal())
				if g.p(0.4) {
					b.t("; ")
					b.name(g.deRelative(o, !o.fem).formal())
				}
				b.t("\n")
			}
			if g.p(0.4) {
				b.t("Zuständig: Rechtspfleger", map[bool]string{true: "in", false: ""}[rp.fem], " ", rp.herr(), " ")
				b.name(rp.last)
				b.t(", Zi. ", g.itoa(100, 330), "\n")
			}
			b.t("\n")
		}
	default:
		b.t("[\n")
		n := g.between(4, 6)
		for i := range n {
			a := g.deAddrIn(c)
			a.extra = ""
			b.t("  {\"az\": \"", g.pad(1, 99, 3), " K ", g.pad(1, 140, 3), "/", g.itoa(22, 25), "\", \"gericht\": \"AG ", c.name, "\", \"termin\": \"", g.deDate(), "\", \"art\": \"", strings.SplitN(g.of(objs), " (", 2)[0], "\",\n   \"strasse\": ")
			b.jsonStr('a', a.street)
			b.t(", \"plz\": \"", a.plz, "\", \"ort\": \"", a.city, "\", \"verkehrswert\": ", g.itoa(40, 900), "000")
			if g.p(0.3) {
				b.t(", \"sachbearbeitung\": \"", rp.herr(), " ")
				b.name(rp.last)
				b.t("\"")
			}
			b.t("}")
			if i < n-1 {
				b.t(",")
			}
			b.t("\n")
		}
		b.t("]\n")
	}
}

var deHRTrades = []string{"Gebäudetechnik", "Trockenbau", "Feinkost", "Umzüge", "Landtechnik", "Pflegedienst", "Immobilien", "Software", "Holzbau", "Logistik", "Zahntechnik", "Gastronomie", "Dachbau", "Solartechnik", "Fliesenhandel"}
var deHRPrefixes = []string{"Nordlicht", "Weserbogen", "Alpenblick", "Rheinufer", "Heidekraut", "Sonnenhang", "Elbtal", "Mainfranken", "Havelland", "Kranich", "Lindenhof", "Fördeblick"}

// deFirm returns a company name, often built on a surname (never labelled).
func (g *gen) deFirm() string {
	sur := g.dePerson().last
	switch g.n(6) {
	case 0:
		return g.of(deHRPrefixes) + " " + g.of(deHRTrades) + " GmbH"
	case 1:
		return sur + " " + g.of(deHRTrades) + " GmbH"
	case 2:
		return sur + " & " + g.dePerson().last + " " + g.of(deHRTrades) + " OHG"
	case 3:
		return "Gebr. " + sur + " " + g.of(deHRTrades) + " KG"
	case 4:
		if g.p(0.3) {
			return "Dr. " + sur + " & Kollegen Zahnärzte Partnerschaft"
		}
		return g.of(deCompanyHeads) + " " + sur + " e.K."
	default:
		return sur + " " + g.of(deHRTrades) + " GmbH & Co. KG"
	}
}

// deObject returns the registered object of a firm from its trade.
func deObject(firm string) string {
	objs := [][2]string{{"Gebäudetechnik", "Planung und Ausführung von Sanitär- und Heizungsanlagen"}, {"Trockenbau", "Ausführung von Trockenbauarbeiten"}, {"Feinkost", "Handel mit Lebensmitteln"}, {"Umzüge", "Durchführung von Umzügen"}, {"Landtechnik", "Handel mit und Reparatur von Landmaschinen"}, {"Pflegedienst", "ambulante Pflege"}, {"Immobilien", "Vermittlung und Verwaltung von Immobilien"}, {"Software", "Entwicklung und Vertrieb von Software"}, {"Holzbau", "Zimmerei und Holzbau"}, {"Logistik", "Lagerung und Transport von Gütern"}, {"Zahntechnik", "Herstellung von Zahnersatz"}, {"Gastronomie", "Betrieb von Gaststätten"}, {"Dachbau", "Dachdeckerarbeiten"}, {"Solartechnik", "Planung und Montage von Photovoltaikanlagen"}, {"Fliesenhandel", "Handel mit und Verlegung von Fliesen"}, {"Zahnärzte", "gemeinsame Ausübung der Zahnheilkunde"}}
	for _, kv := range objs {
		if strings.Contains(firm, kv[0]) {
			return kv[1]
		}
	}
	return "Handel mit Waren aller Art"
}

func deHR(g *gen, b *builder) {
	c := g.deCity()
	code := strings.ToUpper(translit(c.name))[:2]
	person := func() {
		p := g.dePerson()
		b.name(p.formal())
		if g.p(0.15) {
			b.t(", Dr.")
		}
		b.t(", ", g.pick(c.name, g.deCity().name), ", *", fmt.Sprintf("%02d.%02d.%d", g.between(1, 28), g.between(1, 12), g.between(1950, 1999)))
	}
	b.t("Amtsgericht ", c.name, " – Registerbekanntmachungen vom ", g.deDate(), "\n\n")
	for range g.between(4, 6) {
		num := g.itoa(100, 29999)
		firm := g.deFirm()
		reg := "HRB"
		switch {
		case strings.HasSuffix(firm, "e.K."), strings.HasSuffix(firm, "OHG"), strings.HasSuffix(firm, " KG"):
			reg = "HRA"
		case strings.HasSuffix(firm, "Partnerschaft"):
			reg = "PR"
		}
		a := g.deAddrIn(c)
		a.extra = ""
		switch g.n(3) {
		case 0:
			b.t("Neueintragungen\n", reg, " ", num, " ", code, ": ", firm, ", ", c.name, ", ")
			b.addr(a.street + ", " + a.cityLine())
			form := "Gesellschaft mit beschränkter Haftung."
			switch {
			case strings.HasSuffix(firm, "e.K."):
				form = "Einzelkaufmann."
			case strings.HasSuffix(firm, "OHG"):
				form = "Offene Handelsgesellschaft."
			case strings.HasSuffix(firm, " KG"):
				form = "Kommanditgesellschaft."
			case reg == "PR":
				form = "Partnerschaftsgesellschaft."
			}
			b.t(". ", form, " Gegenstand des Unternehmens: ", deObject(firm), ". ")
			switch reg {
			case "HRA":
				if strings.HasSuffix(firm, "e.K.") {
					b.t("Inhaber: ")
				} else {
					b.t("Persönlich haftende Gesellschafter: ")
					person()
					b.t("; ")
				}
				person()
				b.t(".\n\n")
				continue
			case "PR":
				b.t("Partner: ")
				person()
				b.t(", Zahnärztin; ")
				person()
				b.t(", Zahnarzt.\n\n")
				continue
			}
			b.t("Stammkapital: 25.000,00 EUR. Geschäftsführer: ")
			person()
			b.t(", ", g.pick("einzelvertretungsberechtigt", "mit der Befugnis, im Namen der Gesellschaft mit sich im eigenen Namen Rechtsgeschäfte abzuschließen"), ".")
			if g.p(0.4) {
				b.t(" Einzelprokura: ")
				person()
				b.t(".")
			}
			b.t("\n\n")
		case 1:
			b.t("Veränderungen\n", reg, " ", num, " ", code, ": ", firm, ", ", c.name, ". ")
			if g.p(0.3) {
				b.t("Geschäftsanschrift geändert, nun: ")
				b.addr(a.street + ", " + a.cityLine())
				b.t(". ")
			}
			if reg == "HRB" {
				b.t("Nicht mehr Geschäftsführer: ")
				person()
				b.t(". Bestellt als Geschäftsführer: ")
				person()
				b.t(".")
			} else {
				b.t("Ausgeschieden als persönlich haftender Gesellschafter: ")
				person()
				b.t(". Eingetreten als Kommanditist: ")
				person()
				b.t(".")
			}
			if g.p(0.4) {
				b.t(" Prokura erloschen: ")
				person()
				b.t(".")
			}
			b.t("\n\n")
		default:
			b.t("Löschungen\n", reg, " ", num, " ", code, ": ", firm, ", ", c.name, " (")
			b.addr(a.street + ", " + a.cityLine())
			b.t("). Die Gesellschaft ist aufgelöst. Liquidator: ")
			person()
			b.t(". Die Firma ist erloschen.\n\n")
		}
	}
}

// ---- hard negatives

var deICD = []string{
	"G30.1|Alzheimer-Krankheit mit spätem Beginn", "G20.10|Primäres Parkinson-Syndrom mit mäßiger Beeinträchtigung",
	"M45.09|Spondylitis ankylosans [Morbus Bechterew]", "E05.0|Hyperthyreose mit diffuser Struma [Morbus Basedow]",
	"K50.9|Crohn-Krankheit, nicht näher bezeichnet", "E06.3|Autoimmunthyreoiditis [Hashimoto-Thyreoiditis]",
	"M72.0|Fibromatose der Palmarfaszie [Dupuytren-Kontraktur]", "I73.0|Raynaud-Syndrom", "C81.9|Hodgkin-Lymphom, nicht näher bezeichnet",
	"Q90.9|Down-Syndrom, nicht näher bezeichnet", "F95.2|Kombinierte vokale und multiple motorische Tics [Tourette-Syndrom]",
	"G61.0|Guillain-Barré-Syndrom", "M42.06|Juvenile Osteochondrose der Wirbelsäule [Scheuermann-Krankheit], Lumbalbereich",
	"E24.9|Cushing-Syndrom, nicht näher bezeichnet", "E27.1|Primäre Nebennierenrindeninsuffizienz [Addison-Krankheit]",
	"A69.2|Lyme-Krankheit", "M92.5|Juvenile Osteochondrose der Tibia [Osgood-Schlatter]", "G51.0|Fazialisparese [Bell-Lähmung]",
	"H81.0|Ménière-Krankheit", "M35.0|Sicca-Syndrom [Sjögren-Syndrom]", "Q87.4|Marfan-Syndrom", "G10|Chorea Huntington",
	"F84.5|Asperger-Syndrom", "M71.2|Synovialzyste im Bereich der Kniekehle [Baker-Zyste]", "M15.1|Heberden-Knoten (mit Arthropathie)",
	"K22.7|Barrett-Ösophagus", "T78.3|Angioneurotisches Ödem [Quincke-Ödem]", "G90.2|Horner-Syndrom", "E51.2|Wernicke-Enzephalopathie",
	"F10.6|Alkoholbedingtes amnestisches Syndrom [Korsakow]", "C90.00|Multiples Myelom [Morbus Kahler], ohne Angabe einer kompletten Remission",
	"E26.0|Primärer Hyperaldosteronismus [Conn-Syndrom]", "B27.0|Mononukleose durch Gamma-Herpesviren [Pfeiffersches Drüsenfieber]",
	"E80.4|Gilbert-Meulengracht-Syndrom", "M89.09|Neurodystrophie [Sudeck-Syndrom]", "I10.90|Essentielle Hypertonie, ohne Angabe einer hypertensiven Krise",
	"E11.90|Diabetes mellitus, Typ 2, ohne Komplikationen", "J44.19|Chronische obstruktive Lungenkrankheit mit akuter Exazerbation",
	"M54.5|Kreuzschmerz", "Z95.1|Vorhandensein eines aortokoronaren Bypasses", "G35.10|Multiple Sklerose mit vorherrschend schubförmigem Verlauf",
}
var deClinics = []string{"Schön Klinik Bad Staffelstein", "Paracelsus-Klinik Bad Ems", "Helios Klinikum Hagen", "Asklepios Klinik St. Georg", "Robert-Bosch-Krankenhaus", "Evangelisches Krankenhaus Bethel", "Klinik Lindenhof", "Johanniter-Krankenhaus Stendal", "Malteser Krankenhaus St. Franziskus", "Universitätsklinikum Carl Gustav Carus", "Max-Grundig-Klinik", "Dr. Becker Klinik Möhnesee", "Sana Klinikum Lichtenberg", "Hedwig-von-Rittberg-Zentrum", "Rudolf-Virchow-Klinikum Glauchau"}
var deMeds = []string{"Madopar (Roche)", "L-Thyroxin Henning", "Dr. Kade Posterisan", "Doppelherz", "Dr. Loges Magnesium", "Klosterfrau Melissengeist", "ratiopharm", "Hexal", "Stada", "Dr. Pfleger Spasmex", "Aspirin (Bayer)", "Merz Spezial Dragees", "Wick MediNait"}
var deDiagNotes = []string{"Z. n. Whipple-Operation", "Z. n. Billroth-II-Resektion", "Bankart-Läsion rechts, konservativ", "Kocher-Kragenschnitt reizlos", "Verdacht auf Morbus Paget", "Ausschluss Morbus Wilson", "Lasègue-Zeichen negativ", "Babinski beidseits negativ", "Trendelenburg-Zeichen positiv", "Apley-Test unauffällig", "Glasgow Coma Scale 15", "Barthel-Index 65 Punkte", "Mini-Mental-Status-Test 22/30", "Reha in Bad Lindau beantragt", "Befund vom Klinikum Hagen liegt vor"}

func deDiagnosen(g *gen, b *builder) {
	p := g.dePerson()
	icd := g.some(deICD, g.between(8, 13))
	kasse := g.pick("AOK Niedersachsen", "AOK Bayern", "Techniker Krankenkasse", "BARMER", "DAK-Gesundheit", "hkk", "IKK classic", "KKH", "Knappschaft", "SBK", "Bosch BKK", "BKK Melitta HMR", "Mercedes-Benz BKK", "BKK Pfaff", "Heimat Krankenkasse")
	if g.p(0.5) {
		b.t("Abrechnungsdiagnosen Quartal ", g.itoa(1, 4), "/", g.itoa(2023, 2025), " – Export aus der Praxissoftware\nPatient: ")
		b.name(p.formal())
		b.t(" *", fmt.Sprintf("%02d.%02d.%d", g.between(1, 28), g.between(1, 12), g.between(1930, 1990)), "   Kasse: ", kasse, "   Vers.-Nr. ", g.upper(1), g.digits(9), "\n")
		if g.p(0.6) {
			doc := g.dePerson()
			b.t("Arzt: Dr. med. ")
			b.name(doc.full())
			b.t(" (LANR ", g.digits(9), ")\n")
		}
		b.t("\nICD-10-GM  Sich. Seite  Diagnosetext\n")
		for _, x := range icd {
			parts := strings.SplitN(x, "|", 2)
			b.t(padRight(parts[0], 11), g.pick("G    ", "G    ", "V    ", "Z    ", "A    "), g.pick("     ", "R    ", "L    ", "B    ", "     "), " ", parts[1], "\n")
		}
	} else {
		b.t("ICD;Sicherheit;Seite;Diagnosetext;Dauerdiagnose\n")
		for _, x := range icd {
			parts := strings.SplitN(x, "|", 2)
			b.t(parts[0], ";", g.pick("G", "G", "V", "Z"), ";", g.pick("", "", "R", "L", "B"), ";", parts[1], ";", g.pick("ja", "nein"), "\n")
		}
		b.t("\n# Patient-ID ", g.digits(6), " – ")
		b.name(p.last)
		b.t(", Kasse ", kasse, "\n")
	}
	b.t("\nBemerkungen: ", strings.Join(g.some(deDiagNotes, 2), ". "), ". Überweisung an ", g.of(deClinics), ". Medikation u. a. ", g.of(deMeds), ", ", g.of(deMeds), ".\n")
	b.t("Hinweis: Befundbericht an Hausärztin ", g.pick("folgt", "angefordert", "liegt vor"), "; Wiedervorstellung in ", g.itoa(2, 12), " Wochen. Zustand nach Sturz, Verdacht auf Fraktur ausgeschlossen.\n")
	if g.p(0.15) {
		b.t("Praxis: ")
		b.addr(g.deOne(g.deAddr()))
		b.t("\n")
	}
}

var deFoundations = []string{"Volkswagen-Stiftung", "Klaus Tschira Stiftung", "Alexander von Humboldt-Stiftung", "Gerda Henkel Stiftung", "Fritz Thyssen Stiftung", "Robert Bosch Stiftung", "Joachim Herz Stiftung", "Carl-Zeiss-Stiftung", "Else Kröner-Fresenius-Stiftung", "Dietmar Hopp Stiftung", "Hans-Böckler-Stiftung", "Friedrich-Ebert-Stiftung", "Konrad-Adenauer-Stiftung", "Heinrich-Böll-Stiftung", "Rosa-Luxemburg-Stiftung", "Körber-Stiftung", "Zeit-Stiftung Ebelin und Gerd Bucerius", "Alfried Krupp von Bohlen und Halbach-Stiftung", "Wilhelm und Else Heraeus-Stiftung", "Daimler und Benz Stiftung", "Hertie-Stiftung", "Sparkassenstiftung Hagen", "Bürgerstiftung Lingen", "Werner Reichardt Stiftung", "Hans und Ilse Breuer-Stiftung"}
var dePrograms = []string{"Emmy Noether-Programm", "Heisenberg-Programm", "Reinhart Koselleck-Projekte", "Walter Benjamin-Programm", "Humboldt-Forschungsstipendium", "Feodor Lynen-Forschungsstipendium", "Sofja Kovalevskaja-Preis", "Humboldt-Professur", "Maria Sibylla Merian Centres", "Marie Skłodowska-Curie Actions (MSCA)", "Erasmus+ Kooperationspartnerschaften", "Max-Planck-Forschungsgruppen", "Fraunhofer-Attract", "Helmholtz-Nachwuchsgruppen", "Lichtenberg-Professuren"}
var dePrizes = []string{"Gottfried Wilhelm Leibniz-Preis", "Heinz Maier-Leibnitz-Preis", "Karl Heinz Beckurts-Preis", "Berthold Leibinger Innovationspreis", "Körber-Preis für die Europäische Wissenschaft", "Ursula M. Händel-Tierschutzpreis", "Hector Wissenschaftspreis", "Konrad-Zuse-Medaille", "Werner-von-Siemens-Ring", "Otto-Hahn-Medaille", "Georg-Büchner-Preis", "Theodor-Heuss-Preis", "Hanns Martin Schleyer-Preis", "Kurt-Tucholsky-Preis"}
var deDigestPhrases = []string{"Antragsberechtigt sind promovierte Wissenschaftlerinnen und Wissenschaftler aller Fachrichtungen.", "Die Förderquote beträgt 100 Prozent; ein Eigenanteil ist nicht vorgesehen.", "Der Verwendungsnachweis ist sechs Monate nach Ende der Laufzeit vorzulegen.", "Stichtag ist der Eingang beim Forschungsservice, nicht das Poststempeldatum.", "Gemeinnützige Zwecke im Sinne der Abgabenordnung müssen nachgewiesen werden.", "Das Wissenschaftszeitvertragsgesetz bleibt unberührt.", "Die Bewilligung erfolgt unter dem Vorbehalt der Mittelverfügbarkeit.", "Mittelabrufe sind quartalsweise möglich.", "Hinweise zur Guten Wissenschaftlichen Praxis finden Sie im Intranet."}

func deDigest(g *gen, b *builder) {
	uc := []deCity{{"580", "Hagen"}, {"495", "Lingen (Ems)"}, {"258", "Husum"}, {"292", "Celle"}, {"569", "Hohenwiesen"}, {"216", "Stade"}, {"347", "Altenbrück"}}[g.n(7)]
	uni := g.pick("Hochschule ", "Universität ", "Technische Hochschule ", "Fachhochschule ") + uc.name
	b.t("Drittmittel-Digest Nr. ", g.itoa(1, 24), "/", g.itoa(2023, 2025), " – Forschungsservice der ", uni, "\n\n")
	n := 1
	for _, f := range g.some(deFoundations, g.between(4, 6)) {
		b.f("%d. %s: %s. Frist: %s.\n   %s\n", n, f, g.pick("Förderlinie „Momentum“ für Neuberufene", "Projektförderung Geisteswissenschaften", "Sachbeihilfen bis 150.000 Euro", "Reisestipendien", "Druckkostenzuschüsse", "Programm „Freiraum“", "Nachwuchsakademie"), g.deDate(), g.of(deDigestPhrases))
		n++
	}
	for _, pr := range g.some(dePrograms, g.between(2, 4)) {
		b.f("%d. %s – %s\n", n, pr, g.pick("neue Ausschreibungsrunde", "Informationsveranstaltung im Gustav-Stresemann-Saal", "Beratung durch die Kontaktstelle EU", "Vorhabenbeschreibung max. 15 Seiten", "Einreichung nur über elan/ECAS"))
		n++
	}
	b.t("\nPreise und Auszeichnungen: ")
	b.t(strings.Join(g.some(dePrizes, g.between(3, 5)), "; "), ". Vorschläge über das Präsidium.\n")
	b.t("Regionales: Standort Hagen und Campus Lingen nehmen an der Nacht der Wissenschaft teil; Treffpunkt Hörsaal Liebig-Bau bzw. Foyer Ernst-Abbe-Gebäude.\n\n")
	if g.p(0.45) {
		b.t("Wir gratulieren ")
		x := g.dePerson()
		if g.p(0.5) {
			b.t("Prof. Dr. ")
		}
		b.name(x.full())
		b.t(" (Fachbereich ", g.pick("Elektrotechnik", "Soziale Arbeit", "Geschichte", "Informatik", "Pflegewissenschaft"), ") zur Bewilligung durch die ", g.of(deFoundations), "!\n\n")
	}
	a := g.dePerson()
	b.t("Ansprechpartner", map[bool]string{true: "in", false: ""}[a.fem], ": ", g.pick("Dr. ", ""))
	b.name(a.full())
	b.t(", Raum ", g.upper(1), " ", g.itoa(1, 4), ".", g.pad(1, 30, 2), ", Tel. -", g.digits(4), "\n")
	if g.p(0.2) {
		b.t("Anträge in Papierform an: Forschungsservice, ")
		b.addr(g.deOne(g.deAddrIn(uc)))
		b.t("\n")
	}
}

// ---- data

// German people: origin groups as found in Germany today.

type deOrigin struct {
	w              int
	fem, masc, sur []string
	femSur         func(string) string
}

var deOrigins = []deOrigin{
	{w: 58,
		fem:  []string{"Anna", "Lena", "Laura", "Julia", "Sarah", "Lea", "Hannah", "Sophie", "Marie", "Katharina", "Johanna", "Charlotte", "Emilia", "Mia", "Clara", "Greta", "Frieda", "Ingrid", "Ursula", "Renate", "Monika", "Sabine", "Petra", "Birgit", "Heike", "Andrea", "Claudia", "Susanne", "Gabriele", "Karin", "Brigitte", "Jutta", "Doris", "Elke", "Silke", "Anke", "Nicole", "Stefanie", "Melanie", "Jessica", "Nadine", "Kerstin", "Tanja", "Daniela", "Svenja", "Janina", "Merle", "Wiebke", "Anne-Kathrin", "Marie-Luise", "Hannelore", "Liselotte", "Gisela", "Waltraud", "Gerda", "Dörte", "Maren", "Imke", "Jördis", "Sünje", "Friederike", "Annegret", "Rieke", "Insa", "Kathrin", "Mareike", "Britta", "Ulrike", "Hedwig", "Luise", "Antje", "Bärbel"},
		masc: []string{"Lukas", "Jonas", "Leon", "Finn", "Paul", "Felix", "Maximilian", "Elias", "Ben", "Noah", "Tim", "Jan", "Niklas", "Moritz", "Jannik", "Tobias", "Florian", "Sebastian", "Christian", "Michael", "Thomas", "Andreas", "Stefan", "Markus", "Frank", "Jürgen", "Uwe", "Klaus", "Dieter", "Horst", "Wolfgang", "Manfred", "Günter", "Heinz", "Bernd", "Ralf", "Jörg", "Dirk", "Torsten", "Sven", "Kai", "Björn", "Malte", "Hauke", "Karl-Heinz", "Hans-Jürgen", "Hans-Peter", "Jan-Hendrik", "Ole", "Jens", "Lasse", "Piet", "Henning", "Detlef", "Rüdiger", "Volker", "Matthias", "Johannes", "Benedikt", "Till", "Gregor", "Hinrich", "Fiete", "Götz"},
		sur:  []string{"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner", "Schmitz", "Krause", "Meier", "Lehmann", "Schmid", "Schulze", "Maier", "Köhler", "Herrmann", "König", "Walter", "Mayer", "Huber", "Kaiser", "Fuchs", "Peters", "Lang", "Scholz", "Möller", "Weiß", "Jung", "Hahn", "Schubert", "Vogel", "Friedrich", "Keller", "Günther", "Berger", "Winkler", "Roth", "Beck", "Lorenz", "Baumann", "Franke", "Albrecht", "Schuster", "Ludwig", "Böhm", "Winter", "Kraus", "Schumacher", "Krämer", "Vogt", "Stein", "Jäger", "Otto", "Sommer", "Groß", "Seidel", "Heinrich", "Brandt", "Haas", "Schreiber", "Graf", "Schulte", "Dietrich", "Ziegler", "Kuhn", "Kühn", "Pohl", "Engel", "Horn", "Busch", "Bergmann", "Voigt", "Sauer", "Arnold", "Wolff", "Pfeiffer", "Großmann", "Strauß", "Weißbach", "Brockmann", "Oltmanns", "Janssen", "Hinrichs", "Eilers", "Thießen", "Ohlsen", "Brodersen", "Hübner", "Brinkmann", "Kranz", "Lüdtke", "Rademacher", "Tiedemann", "Wendt", "Kröger", "Reinhardt", "Dreßler", "Haselhorst", "Overbeck", "Niehaus", "Gerdes", "Stührenberg"},
	},
	{w: 10,
		fem:  []string{"Ayşe", "Ayse", "Elif", "Zeynep", "Fatma", "Emine", "Merve", "Büşra", "Busra", "Aleyna", "Dilara", "Esra", "Hatice", "Sibel", "Derya", "Gülay", "Songül", "Melek", "Nur", "Yasemin"},
		masc: []string{"Mehmet", "Mustafa", "Ahmet", "Hüseyin", "Emre", "Yusuf", "Can", "Burak", "Kerem", "Ömer", "Murat", "Serkan", "Hakan", "Cem", "Deniz", "Kemal", "Erkan", "Selim", "Tayfun", "Baran"},
		sur:  []string{"Yılmaz", "Yilmaz", "Kaya", "Demir", "Şahin", "Sahin", "Çelik", "Celik", "Yıldız", "Öztürk", "Aydın", "Aydin", "Özdemir", "Arslan", "Doğan", "Dogan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt", "Özkan", "Polat", "Erdoğan", "Güler", "Tekin", "Korkmaz", "Akbulut", "Bozkurt"},
	},
	{w: 6,
		fem:    []string{"Agnieszka", "Katarzyna", "Małgorzata", "Malgorzata", "Joanna", "Natalia", "Ewa", "Magdalena", "Barbara", "Dorota", "Justyna", "Beata", "Marta", "Zofia"},
		masc:   []string{"Tomasz", "Piotr", "Krzysztof", "Paweł", "Pawel", "Marek", "Dariusz", "Łukasz", "Grzegorz", "Wojciech", "Jakub", "Michał", "Rafał", "Andrzej", "Zbigniew"},
		sur:    []string{"Kowalski", "Nowak", "Wiśniewski", "Wisniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Mazur", "Grabowski", "Pawlak", "Krawczyk", "Jankowski", "Wróbel", "Sikora", "Nowicki"},
		femSur: polishFem,
	},
	{w: 6,
		fem:    []string{"Olga", "Swetlana", "Jelena", "Tatjana", "Irina", "Oksana", "Anastasia", "Jekaterina", "Natalja", "Ljudmila", "Walentina", "Xenia", "Alina", "Viktoria"},
		masc:   []string{"Sergej", "Dmitri", "Alexej", "Wladimir", "Andrej", "Juri", "Maxim", "Igor", "Nikolai", "Artjom", "Eugen", "Viktor", "Waldemar", "Konstantin"},
		sur:    []string{"Iwanow", "Petrow", "Smirnow", "Kusnezow", "Wolkow", "Morosow", "Lebedew", "Kowalenko", "Bondarenko", "Schewtschenko", "Dück", "Friesen", "Janzen", "Penner", "Wiebe", "Klassen", "Neufeld", "Dyck", "Giesbrecht", "Martens", "Reimer"},
		femSur: russianFem,
	},
	{w: 6,
		fem:  []string{"Fatima", "Amira", "Layla", "Yasmin", "Rania", "Noura", "Mariam", "Aya", "Hiba", "Lina", "Rim", "Salma", "Huda", "Dunja"},
		masc: []string{"Ahmad", "Mohammed", "Mohamad", "Omar", "Karim", "Khaled", "Tarek", "Samir", "Bilal", "Yousef", "Hassan", "Ali", "Mahmoud", "Rami", "Anas", "Jamal"},
		sur:  []string{"Al-Hassan", "Haddad", "Khalil", "Nasser", "Saleh", "Mansour", "Ibrahim", "Abdullah", "El-Amin", "Hamdan", "Darwish", "Youssef", "Al-Khatib", "Hussein", "Othman", "Alshami", "Al Masri", "Kanaan"},
	},
	{w: 4,
		fem:  []string{"Giulia", "Francesca", "Chiara", "Alessandra", "Federica", "Valentina", "Martina", "Giovanna", "Rosa", "Paola", "Elena", "Lucia"},
		masc: []string{"Giuseppe", "Marco", "Luca", "Alessandro", "Salvatore", "Antonio", "Vincenzo", "Francesco", "Matteo", "Davide", "Domenico", "Roberto"},
		sur:  []string{"Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Bruno", "Gallo", "Conti", "De Luca", "Lombardi", "D'Angelo", "Di Stefano", "La Rosa", "Caruso", "Ferraro"},
	},
	{w: 3,
		fem:    []string{"Eleni", "Dimitra", "Konstantina", "Sofia", "Maria", "Georgia", "Despina", "Athanasia", "Vasiliki", "Katerina"},
		masc:   []string{"Georgios", "Nikolaos", "Dimitrios", "Konstantinos", "Ioannis", "Vasilios", "Christos", "Panagiotis", "Stavros", "Theodoros"},
		sur:    []string{"Papadopoulos", "Georgiou", "Nikolaidis", "Dimitriou", "Konstantinidis", "Papadakis", "Christodoulou", "Ioannidis", "Karagiannis", "Vlachos", "Athanasiou", "Papazoglou"},
		femSur: greekFem,
	},
	{w: 3,
		fem:  []string{"Thi Lan", "Mai", "Thi Hoa", "Linh", "Thu Trang", "Ngoc Anh", "Thi Thu", "Huong", "Thanh Huyen", "Lien"},
		masc: []string{"Duc Anh", "Minh", "Van Tuan", "Hung", "Quang", "Van Nam", "Thanh", "Hoang Long", "Tien", "Dung"},
		sur:  []string{"Nguyen", "Tran", "Le", "Pham", "Hoang", "Phan", "Vu", "Dang", "Bui", "Do", "Ngo", "Duong", "Ly"},
	},
	{w: 4,
		fem:  []string{"Mina", "Zahra", "Senait", "Rojin", "Ivana", "Jasmina", "Milica", "Shirin", "Arezoo", "Selam"},
		masc: []string{"Reza", "Habib", "Yonas", "Rojhat", "Dragan", "Nikola", "Amir", "Dawit", "Emir", "Farhad"},
		sur:  []string{"Ahmadi", "Rahimi", "Tesfaye", "Haile", "Kaplan", "Avcı", "Jovanović", "Petrović", "Hodžić", "Begić", "Mehmedović", "Kovačević", "Mohammadi", "Tekle"},
	},
}

var deParticleSur = []string{"von Bülow", "von der Heyden", "van der Meer", "de Vries", "zu Solms", "von Lindenau", "van Beek", "de Boer", "von Stetten", "zu Dohna", "von Trotha", "van den Bosch", "von Hagen", "de Groot", "von Wedel", "von Oppen", "von der Lühe", "van Dijk", "de Jong", "zu Putlitz"}

func polishFem(s string) string {
	for _, suf := range []string{"ski", "cki", "dzki"} {
		if strings.HasSuffix(s, suf) {
			return strings.TrimSuffix(s, "i") + "a"
		}
	}
	return s
}

func russianFem(s string) string {
	switch {
	case strings.HasSuffix(s, "ow"), strings.HasSuffix(s, "ew"):
		return s + "a"
	}
	return s
}

func greekFem(s string) string {
	switch {
	case strings.HasSuffix(s, "os"):
		return strings.TrimSuffix(s, "os") + "ou"
	case strings.HasSuffix(s, "is"):
		return strings.TrimSuffix(s, "s")
	}
	return s
}

var deBabyNames = []string{"Emil", "Ida", "Mila", "Aras", "Yusuf", "Lina", "Noah", "Matilda", "Ella", "Leano", "Frieda", "Theo", "Henri", "Romy", "Ali", "Nela", "Jonte", "Malia", "Ömer", "Lotta", "Mats", "Zoe", "Amir", "Alva", "Janosch", "Hira", "Milan", "Elif", "Karl", "Juna"}

// German places.

type deCity struct{ plz3, name string }

var deCities = []deCity{
	{"101", "Berlin"}, {"104", "Berlin"}, {"120", "Berlin"}, {"133", "Berlin"}, {"201", "Hamburg"}, {"221", "Hamburg"}, {"803", "München"}, {"816", "München"},
	{"506", "Köln"}, {"511", "Köln"}, {"603", "Frankfurt am Main"}, {"604", "Frankfurt am Main"}, {"703", "Stuttgart"}, {"402", "Düsseldorf"}, {"441", "Dortmund"},
	{"451", "Essen"}, {"281", "Bremen"}, {"041", "Leipzig"}, {"011", "Dresden"}, {"301", "Hannover"}, {"304", "Hannover"}, {"904", "Nürnberg"}, {"470", "Duisburg"}, {"447", "Bochum"},
	{"421", "Wuppertal"}, {"336", "Bielefeld"}, {"531", "Bonn"}, {"481", "Münster"}, {"761", "Karlsruhe"}, {"681", "Mannheim"}, {"861", "Augsburg"}, {"651", "Wiesbaden"},
	{"458", "Gelsenkirchen"}, {"381", "Braunschweig"}, {"241", "Kiel"}, {"520", "Aachen"}, {"061", "Halle (Saale)"}, {"391", "Magdeburg"}, {"791", "Freiburg im Breisgau"},
	{"478", "Krefeld"}, {"235", "Lübeck"}, {"261", "Oldenburg"}, {"551", "Mainz"}, {"181", "Rostock"}, {"990", "Erfurt"}, {"341", "Kassel"}, {"580", "Hagen"}, {"590", "Hamm"},
	{"661", "Saarbrücken"}, {"454", "Mülheim an der Ruhr"}, {"144", "Potsdam"}, {"670", "Ludwigshafen am Rhein"}, {"490", "Osnabrück"}, {"513", "Leverkusen"},
	{"691", "Heidelberg"}, {"642", "Darmstadt"}, {"331", "Paderborn"}, {"930", "Regensburg"}, {"850", "Ingolstadt"}, {"970", "Würzburg"}, {"890", "Ulm"}, {"740", "Heilbronn"},
	{"384", "Wolfsburg"}, {"370", "Göttingen"}, {"030", "Cottbus"}, {"542", "Trier"}, {"080", "Zwickau"}, {"994", "Weimar"}, {"353", "Gießen"}, {"360", "Fulda"},
	{"836", "Bad Tölz"}, {"613", "Bad Homburg vor der Höhe"}, {"674", "Neustadt an der Weinstraße"}, {"147", "Brandenburg an der Havel"}, {"333", "Rheda-Wiedenbrück"},
	{"445", "Castrop-Rauxel"}, {"537", "Sankt Augustin"}, {"663", "St. Ingbert"}, {"824", "Garmisch-Partenkirchen"}, {"068", "Lutherstadt Wittenberg"},
	{"152", "Frankfurt (Oder)"}, {"258", "Husum"}, {"292", "Celle"}, {"216", "Stade"}, {"881", "Lindau (Bodensee)"}, {"016", "Meißen"}, {"085", "Plauen"},
	{"213", "Lüneburg"}, {"345", "Wabern"}, {"495", "Lingen (Ems)"}, {"250", "Pinneberg"}, {"944", "Straubing"}, {"977", "Bad Kissingen"}, {"723", "Tübingen"},
	{"274", "Kleinmoorhusen"}, {"347", "Altenbrück"}, {"973", "Bad Sellental"}, {"569", "Hohenwiesen"}, {"064", "Neukirchen-Vorberg"}, {"168", "Wendisch Lindow"},
	{"937", "Oberhaselbach"}, {"496", "Großenkneten-Ahlhorn"}, {"557", "Sankt Wendelin am Hang"}, {"388", "Groß Quassow"}, {"183", "Ostseebad Kühlungsborn"},
}

var deStems = []string{"Linden", "Birken", "Eichen", "Ahorn", "Buchen", "Kastanien", "Rosen", "Tulpen", "Nelken", "Flieder", "Garten", "Schul", "Kirch", "Bahnhof", "Mühlen", "Brunnen", "Berg", "Tal", "Wiesen", "Feld", "Wald", "Bach", "Sonnen", "Hafen", "Markt", "Post", "Schloss", "Burg", "Kloster", "Hirten", "Weiden", "Erlen", "Holunder", "Schlehen", "Hasel", "Meisen", "Lerchen", "Falken", "Amsel", "Drossel", "Finken", "Storchen", "Kranich", "Heide", "Moor", "Deich", "Marsch", "Lohmühlen", "Ziegelei", "Kalkofen", "Glashütten", "Bleichen", "Hopfen", "Reben", "Winzer", "Weinberg", "Obstgarten", "Fasanen", "Eschen", "Pappel", "Quellen", "Teich", "Scheunen", "Forst", "Mergel", "Torf", "Kiebitz", "Wacholder", "Rotdorn"}

var deStreetTypes = []string{"straße", "straße", "straße", "straße", "str.", "str.", "weg", "weg", "weg", "allee", "platz", "ring", "damm", "ufer", "gasse", "steig", "pfad", "stieg", "kamp", "höhe", "grund", "hof", "anger", "graben", "twiete", "redder", "chaussee", "wall", "markt", "zeile"}

var dePersonStreets = []string{"Goethe", "Schiller", "Beethoven", "Mozart", "Uhland", "Fontane", "Lessing", "Kant", "Humboldt", "Heine", "Mörike", "Eichendorff", "Herder", "Bismarck", "Körner", "Hölderlin", "Storm", "Raabe", "Liebig", "Röntgen"}

var deHyphenStreets = []string{"Friedrich-Ebert", "Konrad-Adenauer", "Käthe-Kollwitz", "Geschwister-Scholl", "Hans-Böckler", "Rosa-Luxemburg", "Bertha-von-Suttner", "Clara-Zetkin", "Willy-Brandt", "Carl-Benz", "Robert-Koch", "Max-Planck", "Albert-Schweitzer", "Sophie-Scholl", "Gustav-Heinemann", "Annette-Kolb", "Theodor-Heuss", "Anne-Frank", "Hedwig-Dohm", "Otto-Lilienthal"}

var dePrepStreets = []string{"Am Lindenhof", "An der Mühle", "An der Alten Ziegelei", "Im Winkel", "Im Wiesengrund", "Auf dem Kamp", "Auf der Höhe", "Zum Sportplatz", "Zur Alten Post", "In den Gärten", "Hinter der Kirche", "Unter den Eichen", "Am Alten Markt", "Am Schäferberg", "Beim Schlosspark", "Vor dem Steintor", "An den Fischteichen", "Zum Hohen Stein", "Am Mühlenbach", "Im Grund", "Auf der Worth", "An der Bleiche", "Am Deich", "Zur Heide", "Am Gottesacker", "Im Kirchfeld", "Am Brunnenhof", "In der Aue", "Auf dem Hagen", "Am Kamp", "Zum Wasserwerk", "An der Schleuse", "Im Dorfe", "Am Anger", "Hinterm Hof", "Auf den Wiesen", "Am Rain", "Zur Windmühle", "Unterm Berg", "Im Sande"}

var deAdjStreets = []string{"Hamburger Straße", "Berliner Allee", "Kölner Landstraße", "Frankfurter Ring", "Dresdner Str.", "Alte Landstraße", "Lange Reihe", "Hohe Straße", "Neuer Wall", "Kleine Bergstraße", "Große Ulrichstraße", "Obere Hauptstraße", "Untere Mühlstraße", "Alter Postweg", "Grüner Weg", "Krummer Steig", "Breite Gasse", "Berliner Chaussee", "Holtenauer Straße", "Hattinger Str.", "Projensdorfer Str.", "Wilhelmshöher Allee", "Kasseler Str.", "Bremer Heerstraße", "Lüneburger Heerweg", "Schwarzer Weg", "Hinter dem Rathaus", "Ostertorsteinweg", "Holzmarkt", "Steinweg", "Hauptstraße", "Hauptstr.", "Dorfstraße", "Bahnhofstr.", "Kirchstraße", "Schulstr.", "Gartenstraße", "Ringstraße"}

var deFloorNotes = []string{"3. OG links", "Hinterhaus", "Whg. 12", "2. Etage", "Seitenflügel, 4. OG", "EG rechts", "App. 7", "Zi. 214", "Haus B", "DG", "1. OG", "Gartenhaus", "Whg. 3.05", "Aufgang C"}
