package unlisted

import (
	"fmt"
	"strings"
)

type dePerson struct{ given, sur string }

func (g *gen) deP() dePerson {
	s := g.of(deSur)
	if g.chance(0.1) {
		s = g.of(deParticle) + " " + g.of(dePartSur)
	}
	return dePerson{g.of(deGiven), s}
}

func (p dePerson) full() string { return p.given + " " + p.sur }

func (g *gen) deName(p dePerson) string {
	switch g.r.IntN(8) {
	case 0:
		return p.sur + ", " + p.given
	case 1:
		r := []rune(p.given)
		return string(r[0]) + ". " + p.sur
	case 2:
		return p.given + " " + g.of(deGiven) + " " + p.sur
	default:
		return p.full()
	}
}

func (g *gen) deStreet() string {
	var st string
	if g.chance(0.2) {
		st = g.of(deStreetFull)
	} else {
		st = g.of(deStreetRoot) + g.of(deStreetSuffix)
	}
	st += " " + fmt.Sprint(g.num(1, 180))
	if g.chance(0.15) {
		st += g.pick("a", "b", "c")
	}
	if g.chance(0.1) {
		st += "-" + fmt.Sprint(g.num(2, 9))
	}
	return st
}

func (g *gen) deAddr() string { return g.deStreet() + ", " + g.of(dePLZCity) }
func (g *gen) deAddrBlock() string {
	s := g.deStreet()
	if g.chance(0.2) {
		s += "\n" + g.pick("Hinterhaus", "3. OG links", "Aufgang B", "Whg. 12")
	}
	return s + "\n" + g.of(dePLZCity)
}

var deNeg = []string{"Dr. Oetker", "Hugo Boss", "Porsche", "Haribo", "Bahlsen", "Aldi", "Siemens", "Kaufland", "Rossmann", "Goethe-Institut", "Miele", "Carl Zeiss", "Käthe Kruse Puppen", "Steiff", "Faber-Castell", "Tatort", "Der Untergang", "Brandenburger Tor"}
var deMonth = w("Januar Februar März April Mai Juni Juli August September Oktober November Dezember")
var deDay = w("Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag")

func (g *gen) deDate() string {
	return fmt.Sprintf("%d. %s %d", g.num(1, 28), g.of(deMonth), g.num(2019, 2026))
}

func dePolice(g *gen, b *builder) {
	b.f("POLIZEIPRÄSIDIUM %s — Pressemitteilung Nr. %s\n\n", up(g.pick("Mittelfranken", "Westpfalz", "Oberbayern Nord", "Rostock")), g.digits(4))
	b.f("Am %s gegen %d:%02d Uhr kam es in der ", g.of(deDay), g.num(0, 23), g.num(0, 59))
	b.addr(g.deAddr())
	b.t(" zu einem ", g.pick("Wohnungseinbruch", "Verkehrsunfall", "Ladendiebstahl in einer Aldi-Filiale", "Streit unter Nachbarn"), ". ")
	p := g.deP()
	b.t("Der ", g.num2(), "-jährige Geschädigte ")
	b.name(p.full())
	b.t(" gab an, dass aus seinem Porsche eine Tasche von Hugo Boss entwendet wurde. Eine Zeugin, Frau ")
	q := g.deP()
	b.name(q.sur)
	b.t(", beobachtete zwei Männer in Richtung Goethestraße flüchten. Hinweise bitte an POK ")
	b.name(g.of(deSur))
	b.t(", Tel. 0", g.digits(3), "-", g.digits(6), ".\n")
}

func (g *gen) num2() string { return fmt.Sprint(g.num(18, 89)) }

func deSMS(g *gen, b *builder) {
	a, c := g.deP(), g.deP()
	for i := range g.num(4, 7) {
		who := a.given
		if i%2 == 1 {
			who = c.given
		}
		b.name(who)
		b.f(" (%02d:%02d): ", g.num(7, 23), g.num(0, 59))
		switch g.r.IntN(7) {
		case 0:
			b.t("bin gleich da, stehe noch bei rossmann an")
		case 1:
			b.t("neue adresse: ")
			b.addr(strings.ToLower(g.deAddr()))
		case 2:
			b.t("hat ")
			b.name(strings.ToLower(g.of(deGiven)))
			b.t(" dir schon geschrieben??")
		case 3:
			b.t("Kannst du Mama das Paket schicken? ")
			b.addr(g.deAddr())
		case 4:
			b.t("Am ", g.of(deDay), " geht nicht, da ist Tatort 😅")
		case 5:
			b.t("grüß ")
			b.name(g.of(deGiven))
			b.t(" und ")
			b.name(g.of(deGiven))
			b.t(" von mir")
		default:
			b.t("ok")
		}
		b.t("\n")
	}
}

func deLabel(g *gen, b *builder) {
	b.t(g.pick("DHL Paket", "Hermes", "DPD Classic", "GLS"), "\nAbsender: ", g.pick("Haribo Fanshop", "Faber-Castell Versand", "Steiff Outlet", "Miele Ersatzteile"), ", ")
	b.addr(g.deAddr())
	b.t("\n\nEmpfänger:\n")
	p := g.deP()
	if g.chance(0.5) {
		b.t(g.pick("Herrn ", "Frau ", ""))
	}
	if g.chance(0.4) {
		b.name(up(p.full()))
		b.t("\n")
		b.addr(up(g.deAddrBlock()))
	} else {
		b.name(g.deName(p))
		b.t("\n")
		b.addr(g.deAddrBlock())
	}
	b.f("\nDEUTSCHLAND\n\nSendungsnr. 00340434%s  Gewicht: %d,%d kg\n", g.digits(10), g.num(0, 30), g.num(0, 9))
}

func deHotel(g *gen, b *builder) {
	p := g.deP()
	b.t("MELDESCHEIN FÜR BEHERBERGUNGSSTÄTTEN\nHotel ", g.pick("Zur Post", "Kaiserhof", "Goldener Hirsch"), "\n\nFamilienname: ")
	b.name(up(p.sur))
	b.t("\nVorname(n): ")
	b.name(p.given)
	b.f("\nGeburtsdatum: %02d.%02d.%d\nStaatsangehörigkeit: %s\nAnschrift: ", g.num(1, 28), g.num(1, 12), g.num(1940, 2005), g.pick("deutsch", "türkisch", "polnisch", "österreichisch"))
	b.addr(g.deAddr())
	b.f("\nAnreise: %s   Abreise: %s   Zimmer %d\n", g.deDate(), g.deDate(), g.num(1, 320))
	if g.chance(0.5) {
		b.t("Mitreisende: ")
		b.name(g.deP().full())
		b.t(" (Ehepartner/in), ")
		b.name(g.of(deGiven))
		b.t(" (Kind)\n")
	}
	b.t("Unterschrift: __________\n")
}

func deAppt(g *gen, b *builder) {
	p := g.deP()
	b.t(g.pick("Sehr geehrte/r ", "Hallo ", "Liebe/r "))
	if g.chance(0.5) {
		b.name(p.given)
	} else {
		b.name(p.full())
	}
	b.f(",\nwir erinnern Sie an Ihren Termin am %s, %s um %d:%02d Uhr in der Praxis Dr. med. ", g.of(deDay), g.deDate(), g.num(7, 18), 15*g.r.IntN(4))
	b.name(g.deP().full())
	b.t(", ")
	b.addr(g.deAddr())
	b.t(". Bitte bringen Sie Ihre Versichertenkarte mit. Absagen bitte bis 24 Stunden vorher.\nIhr Praxisteam\n")
}

func deSchool(g *gen, b *builder) {
	kid := g.deP()
	b.t("Liebe Eltern der Klasse ", fmt.Sprint(g.num(1, 10)), g.pick("a", "b", "c"), ",\n\nam ", g.of(deDay), " fahren wir ins Haribo-Museum. Treffpunkt ist um 8 Uhr vor der Schule, ")
	b.addr(g.deAddr())
	b.t(". Begleitpersonen sind ")
	b.name(g.deP().full())
	b.t(" und Herr ")
	b.name(g.of(deSur))
	b.t(". ")
	b.name(kid.given)
	b.t(" hat sich bereit erklärt, die Liste einzusammeln.\n\nMit freundlichen Grüßen\n")
	b.name(g.deName(g.deP()))
	b.t(", Klassenlehrerin\n")
}

func deForum(g *gen, b *builder) {
	u := strings.ToLower(g.of(deGiven)) + g.digits(2)
	b.f("Re: Guter Zahnarzt in %s gesucht\nBeitrag von %s » %s\n\n", strings.Fields(g.of(dePLZCity))[1], u, g.deDate())
	b.t("Ich kann Dr. ")
	b.name(g.of(deSur))
	b.t(" empfehlen, Praxis ist in der ")
	b.addr(g.deAddr())
	b.t(". Die Sprechstundenhilfe ")
	b.name(g.of(deGiven))
	b.t(" ist super nett. Parken kann man bei Kaufland gegenüber. @")
	b.t(strings.ToLower(g.of(deGiven)))
	b.t(": Das Backen mit Dr. Oetker-Pudding hat übrigens geklappt 😄\n")
}

func deInvoice(g *gen, b *builder) {
	b.t(g.pick("Malerbetrieb Krause & Söhne", "Elektro Siemens-Service GmbH", "Bäckerei Bahlsen-Eck"), " · ")
	b.addr(g.deAddr())
	b.t("\n\n")
	p := g.deP()
	b.t(g.pick("Herrn\n", "Frau\n", ""))
	b.name(g.deName(p))
	b.t("\n")
	b.addr(g.deAddrBlock())
	b.f("\n\nRECHNUNG Nr. %s vom %s\n\nPos. 1  Arbeitszeit  %d Std.  %d,00 €\nPos. 2  Material (Miele Filter)  %d,50 €\nGesamtbetrag inkl. 19%% MwSt.: %d,%02d €\n\nBitte überweisen Sie den Betrag innerhalb von 14 Tagen.\nBearbeiter: ", g.digits(6), g.deDate(), g.num(1, 9), g.num(40, 700), g.num(5, 90), g.num(50, 900), g.num(0, 99))
	b.name(g.deP().full())
	b.t("\n")
}

func deMinutes(g *gen, b *builder) {
	b.f("Protokoll der Eigentümerversammlung vom %s\nAnwesend: ", g.deDate())
	for i := range g.num(3, 5) {
		if i > 0 {
			b.t("; ")
		}
		p := g.deP()
		b.name(p.sur + ", " + p.given)
	}
	b.t("\nProtokoll: ")
	b.name(g.deName(g.deP()))
	b.t("\n\nTOP 1: Die Hausverwaltung berichtet über die Sanierung des Objekts ")
	b.addr(g.deAddr())
	b.t(".\nTOP 2: Frau ")
	b.name(g.of(deSur))
	b.t(" beantragt, den Hausmeister (")
	b.name(g.of(deGiven))
	b.t(") auch für die Bahnhofstraße einzusetzen. Angenommen.\nTOP 3: Verschiedenes — Die Weihnachtsfeier findet im Dezember statt.\n")
}

func deLease(g *gen, b *builder) {
	v, m := g.deP(), g.deP()
	b.t("WOHNRAUMMIETVERTRAG\n\nZwischen\n")
	b.name(v.full())
	b.t(", wohnhaft ")
	b.addr(g.deAddr())
	b.t("\n– nachstehend Vermieter genannt –\nund\n")
	b.name(m.full())
	if g.chance(0.4) {
		b.t(" und ")
		b.name(g.deP().full())
	}
	b.t("\n– nachstehend Mieter genannt –\n\n§ 1 Mietsache\nVermietet wird die Wohnung im ", g.pick("Erdgeschoss", "1. OG", "Dachgeschoss"), " des Hauses ")
	b.addr(g.deAddr())
	b.f(".\n§ 2 Miete\nDie Grundmiete beträgt %d,00 € monatlich.\n", g.num(350, 2200))
}

func deClassified(g *gen, b *builder) {
	b.t(g.pick("Verkaufe ", "Verschenke ", "Suche "), g.pick("Kinderwagen von Hartan", "Porsche 911 Modellauto", "Miele Waschmaschine", "Steiff-Teddy"), ". ")
	b.t("Abholung in ")
	b.addr(g.deAddr())
	b.t(". Bei Interesse bei ")
	b.name(g.of(deGiven))
	b.f(" melden: 01%s %s. Nur am %s.", g.digits(2), g.digits(7), g.of(deDay))
	if g.chance(0.5) {
		b.t(" Gruß, ")
		b.name(g.deP().full())
	}
	b.t("\n")
}

func deObit(g *gen, b *builder) {
	p := g.deP()
	b.t("In Liebe und Dankbarkeit nehmen wir Abschied von\n\n")
	b.name(up(p.full()))
	if g.chance(0.4) {
		b.t(" geb. ")
		b.name(up(g.of(deSur)))
	}
	b.f("\n* %d   † %s\n\nIn stiller Trauer\n", g.num(1930, 1960), g.deDate())
	sp := g.deP()
	b.name(sp.given)
	b.t("\n")
	b.name(g.of(deGiven))
	b.t(" und ")
	b.name(g.of(deGiven))
	b.t(" mit Familien\n\nDie Trauerfeier findet am ", g.of(deDay), " in der Friedhofskapelle, ")
	b.addr(g.deAddr())
	b.t(", statt. Traueranschrift: Familie ")
	b.name(p.sur)
	b.t(", ")
	b.addr(g.deAddr())
	b.t("\n")
}

func deRoster(g *gen, b *builder) {
	b.f("%s — Aufstellung %s\n", g.pick("SV Blau-Weiß 09", "TuS Eintracht", "FC Grün-Gold", "SG Rot-Weiß"), g.of(deDay))
	for range g.num(5, 9) {
		p := g.deP()
		b.f("%2d  ", g.num(1, 33))
		if g.chance(0.5) {
			b.name(up(p.sur))
		} else {
			b.name(g.deName(p))
		}
		b.t("  ", g.pick("TW", "IV", "LV", "RV", "ZM", "ST"), "\n")
	}
	b.t("Trainer: ")
	b.name(g.deP().full())
	b.t("\nSportplatz: ")
	b.addr(g.deAddr())
	b.t("\n")
}

func deSubtitle(g *gen, b *builder) {
	a, c := g.deP(), g.deP()
	b.f("%d\n00:%02d:%02d,000 --> 00:%02d:%02d,800\n", g.num(1, 400), g.num(0, 59), g.num(0, 50), g.num(0, 59), g.num(0, 59))
	b.t("- ")
	b.name(c.given)
	b.t("? Bist du das?\n- Ja. Frau ")
	b.name(a.sur)
	b.t(" hat gesagt, du wohnst jetzt\n")
	b.addr(g.deAddr())
	b.f(".\n\n%d\n00:%02d:%02d,100 --> 00:%02d:%02d,900\n", g.num(401, 900), g.num(0, 59), g.num(0, 50), g.num(0, 59), g.num(0, 59))
	b.t("- Kommissar ")
	b.name(g.of(deSur))
	b.t(" will dich sprechen.\n- Wegen ")
	b.name(g.deP().full())
	b.t("?\n")
}

func deHR(g *gen, b *builder) {
	p := g.deP()
	b.t("PERSONALSTAMMBLATT\nName, Vorname: ")
	b.name(p.sur + ", " + p.given)
	b.f("\nPersonalnr.: %s\nEintritt: %s\nAbteilung: %s\nWohnanschrift:\n", g.digits(6), g.deDate(), g.pick("Einkauf", "Vertrieb", "Buchhaltung", "Lager"))
	b.addr(g.deAddrBlock())
	b.t("\nNotfallkontakt: ")
	b.name(g.deP().full())
	b.t(" (", g.pick("Ehefrau", "Ehemann", "Mutter", "Bruder"), ")\nVorgesetzte/r: ")
	b.name(g.deName(g.deP()))
	b.t("\nBemerkung: Dienstwagen Porsche Cayenne, Tankkarte Aral.\n")
}
