package unheard

import "strings"

var deKinds = []kind{
	{"mietvertrag", deMietvertrag},
	{"hausordnung-aushang", deHausordnung},
	{"elternbrief", deElternbrief},
	{"vereinsmitteilung", deVerein},
	{"arbeitszeugnis", deArbeitszeugnis},
	{"handwerkerrechnung", deHandwerker},
	{"bussgeldbescheid", deBussgeld},
	{"grundbuchauszug", deGrundbuch},
	{"traueranzeige", deTraueranzeige},
	{"schulzeugnis-kopf", deZeugnisKopf},
	{"sitzungsplan", deSitzungsplan},
	{"nachsendeauftrag-xml", deNachsende},
	{"klingeltableau-ocr", deKlingel},
	{"kita-abholliste", deKitaAbholung},
	{"impressum-html", deImpressum},
}

var deNegKinds = []kind{
	{"stadtfuehrung", deStadtfuehrung},
	{"produkttest", deProdukttest},
	{"verkehrsmeldung", deVerkehr},
}

func deMietvertrag(g *gen, b *builder) {
	v, m := g.dePerson(), g.dePerson()
	va, obj := g.deAddr(), g.deAddr()
	b.text("MIETVERTRAG ÜBER WOHNRAUM\n\nZwischen\n")
	b.name(v.full())
	b.text(g.pick(", wohnhaft ", ",\n"))
	b.addr(va.line())
	b.text("\n– im Folgenden „Vermieter“ –\n\nund\n")
	b.name(m.full())
	if g.chance(0.3) {
		b.text(", geb. ")
		b.name(g.of(deLast))
	}
	b.textf(", geboren am %s,\n– im Folgenden „Mieter“ –\n\nwird folgender Mietvertrag geschlossen:\n\n", g.birth("de", 1950, 2004))
	b.text("§ 1 Mietsache\n(1) Vermietet wird die Wohnung im Hause ")
	b.addr(obj.street + ", " + obj.last())
	b.textf(", %s, bestehend aus %s Zimmern, Küche, Bad.\n", g.pick("Erdgeschoss", "1. OG rechts", "Dachgeschoss", "2. OG Mitte"), g.num(1, 5))
	b.textf("(2) Mitvermietet wird der Kellerraum Nr. %s.\n\n§ 2 Mietzeit\nDas Mietverhältnis beginnt am %s.\n", g.num(1, 20), g.date("de"))
	if g.chance(0.5) {
		b.text("\nHausverwaltung: ")
		b.neg(g.pick("Vonovia SE", "Deutsche Wohnen", "LEG Immobilien", "Gewobag"))
		b.text(", Ansprechpartnerin Frau ")
		b.name(g.of(deLast))
		b.text("\n")
	}
}

func deHausordnung(g *gen, b *builder) {
	a := g.deAddr()
	hm := g.dePerson()
	b.text("*** AUSHANG ***\n\nLiebe Bewohnerinnen und Bewohner des Hauses ")
	b.addr(a.street)
	b.text(",\n\nab ")
	b.textf("%s gilt die neue Hausordnung. Bitte beachten Sie:\n\n", g.date("de"))
	b.text("1. Mittagsruhe von 13 bis 15 Uhr.\n2. Fahrräder gehören in den Keller, nicht ins Treppenhaus.\n")
	b.text("3. Der Bioabfall wird donnerstags abgeholt; bitte keine Plastiktüten.\n")
	b.text("4. Im ")
	b.neg("Winter")
	b.text(" räumt der Hausmeisterdienst ab 7 Uhr Schnee.\n\n")
	b.text("Ihr Hausmeister: ", hm.salute(), " ")
	b.name(hm.last)
	b.textf(", Tel. %s (Mo–Fr 8–12 Uhr)\n", g.phoneDE())
	b.text("Hausverwaltung: ")
	b.neg(g.pick("Vonovia SE", "Gewobag", "Wohnbau Nord GmbH"))
	b.text(", ")
	b.addr(g.deAddr().line())
	if g.chance(0.5) {
		b.text("\n\nKater ")
		b.neg(g.pick("Moritz", "Felix", "Carlo"))
		b.text(" aus dem 3. OG ist entlaufen – bitte melden!")
	}
	b.text("\n\nPS: Wer hat den grauen Kinderwagen vor Wohnung ", g.num(1, 12), " stehen lassen? – Fam. ")
	b.name(g.of(deLast))
	b.text("\n")
}

func deElternbrief(g *gen, b *builder) {
	t := g.dePerson()
	school := g.pick("Goethe-Gymnasium", "Albert-Schweitzer-Schule", "Grundschule Am Lindenhof", "Sophie-Scholl-Gesamtschule", "Erich-Kästner-Grundschule")
	b.neg(school)
	written, trip := g.period("de", 30)
	b.textf("\n%s\n\nLiebe Eltern der Klasse %s%s,\n\n", written, g.num(1, 10), g.pick("a", "b", "c"))
	b.textf("am %s besuchen wir das ", trip)
	b.neg(g.pick("Senckenberg-Museum", "Deutsche Museum", "Mercedes-Benz Museum", "Gutenberg-Museum", "Zeppelin Museum"))
	b.text(". Treffpunkt ist um 8 Uhr vor dem Haupteingang, ")
	b.addr(g.deStreet())
	b.text(". Die Kosten betragen ", g.num(5, 25), " €.\n\nMit freundlichen Grüßen\n")
	b.name(t.full())
	b.text(", Klassenleitung\n\n✂ - - - - - - - - - - - - - - - - - -\n\nName des Kindes: ")
	k := g.dePerson()
	b.name(k.first + " " + k.last)
	b.text("\nMein Kind darf teilnehmen: ☐ ja ☐ nein\nErreichbar unter: ", g.phoneDE(), "\nUnterschrift Erziehungsberechtigte/r: ")
	b.name(g.pick(g.dePerson().full(), g.dePerson().formal()))
	b.text("\n")
}

func deVerein(g *gen, b *builder) {
	b.textf("%s e.V. – Vereinsmitteilung %s/%s\n\n", g.pick("TSV Eintracht", "Gesangverein Harmonie", "Kleingartenverein Sonnenschein", "Schützenverein 1888", "Heimatverein"), g.num(1, 4), g.num(2022, 2026))
	b.text("## Jubilare\n")
	for range g.count(2, 4) {
		b.text("- ")
		p := g.dePerson()
		b.name(p.full())
		b.textf(" – %s Jahre Mitglied\n", g.pick("25", "40", "50", "60"))
	}
	b.text("\n## Neue Mitglieder\nWir begrüßen ")
	b.name(g.dePerson().full())
	b.text(" und ")
	b.name(g.dePerson().full())
	b.text(" herzlich!\n\n## Termine\nDas Sommerfest findet am Vereinsheim statt, ")
	b.addr(g.deAddr().line())
	b.text(". Der ")
	b.neg(g.pick("Grimme-Preis", "Karlspreis"))
	b.text("-Gewinner aus dem Ort liest vor (Karten bei ")
	b.neg(g.pick("Rossmann", "Fielmann", "Tchibo"))
	b.text(" am Markt).\n\nGeschäftsstelle: ")
	p := g.dePerson()
	b.name(p.full())
	b.text(", ")
	b.addr(g.deAddr().line())
	b.text("\n")
}

func deArbeitszeugnis(g *gen, b *builder) {
	p, chef := g.dePerson(), g.dePerson()
	b.text("ARBEITSZEUGNIS\n\n")
	b.text(p.salute(), " ")
	b.name(p.full())
	b.textf(", geboren am %s in %s, wohnhaft ", g.birth("de", 1960, 2002), g.deCity().city)
	b.addr(g.deAddr().line())
	from, to := g.period("de", 3000)
	b.textf(", war vom %s bis zum %s in unserem Unternehmen, der ", from, to)
	b.neg(g.pick("Weber & Söhne Metallbau GmbH", "Autohaus Lorenz KG", "Bäckerei Kamps", "Brüggemann Logistik"))
	b.textf(", als %s tätig.\n\n", g.pick("Sachbearbeiterin", "Mechatroniker", "Bürokauffrau", "Lagerist", "Teamleiter Vertrieb"))
	b.text(p.salute(), " ")
	b.name(p.last)
	b.text(" erledigte die übertragenen Aufgaben stets zu unserer vollsten Zufriedenheit. Besonders hervorzuheben ist ")
	b.text("die Einführung der Software von ")
	b.neg(g.pick("Siemens", "Carl Zeiss", "Robert Bosch GmbH"))
	b.text(".\n\nWir bedauern das Ausscheiden und wünschen alles Gute.\n\n")
	b.textf("%s, den %s\n", g.deCity().city, g.date("de"))
	b.name(chef.full())
	b.text("\nGeschäftsführung\n")
}

func deHandwerker(g *gen, b *builder) {
	meister := g.dePerson()
	kunde := g.dePerson()
	// The firm bears the master's surname: a company, not a person.
	b.neg(g.pick("Sanitär ", "Elektro ", "Malerbetrieb ", "Dachdeckerei ") + meister.last)
	b.text(" · Meisterbetrieb · ")
	b.addr(g.deAddr().line())
	b.text("\n\n")
	b.name(kunde.full())
	b.text("\n")
	b.addr(g.deAddr().block())
	b.textf("\n\nRechnung Nr. %s vom %s\nBaustelle: ", g.digits(5), g.date("de"))
	b.addr(g.deStreet())
	b.text("\n\nPos  Leistung                         Menge   Betrag\n")
	b.textf("1    Anfahrt                          1       %s,00 €\n", g.num(25, 60))
	b.text("2    Austausch Thermostat ")
	b.neg(g.pick("Danfoss", "Grohe", "Hansgrohe", "Viessmann"))
	b.textf("       1       %s,50 €\n", g.num(40, 180))
	b.text("3    Arbeitszeit Geselle ")
	b.name(g.of(deFirstM))
	b.textf("        %s Std.  %s,00 €\n\n", g.num(1, 6), g.num(60, 400))
	b.text("Zahlbar ohne Abzug innerhalb 14 Tagen. Bei Fragen: ", meister.salute(), " ")
	b.name(meister.last)
	b.text(" jun.\n")
}

func deBussgeld(g *gen, b *builder) {
	p := g.dePerson()
	a := g.deAddr()
	b.text("Landkreis ", g.pick("Ravensburg", "Harburg", "Vorpommern-Greifswald", "Göttingen"), " – Bußgeldstelle\n\n")
	b.fold = upper
	b.name(p.full())
	b.text("\n")
	b.addr(a.block())
	b.fold = nil
	b.textf("\n\nBUSSGELDBESCHEID   Az. %s.%s\n\n", g.digits(3), g.digits(6))
	b.text("Betroffene(r): ")
	b.name(p.formal())
	if g.chance(0.4) {
		b.text(", geb. ")
		b.name(g.of(deLast))
	}
	b.textf("\nGeburtsdatum: %s\n", g.birth("de", 1945, 2006))
	b.textf("Tatzeit: %s, %s Uhr\nTatort: ", g.date("de"), g.clock())
	if g.chance(0.5) {
		b.text(g.deCity().city, ", ")
		b.neg(g.pick("Konrad-Adenauer-Ring", "Karl-Marx-Allee", "Bismarckstraße", "Willy-Brandt-Allee"))
		b.text(" in Höhe Einmündung ")
		b.neg(g.pick("Goethestraße", "Schillerplatz", "Rosa-Luxemburg-Platz"))
	} else {
		c := g.deAddr()
		b.addr(c.street + ", " + c.city)
	}
	b.textf("\nTatvorwurf: Sie überschritten die zulässige Höchstgeschwindigkeit um %s km/h.\nKennzeichen: %s-%s %s\n", g.num(11, 40),
		g.pick("RV", "WL", "HGW", "GÖ"), g.pick("AB", "K", "MZ", "TT"), g.num(1, 9999))
	b.textf("Geldbuße: %s,00 EUR\nSachbearbeiter/in: ", g.num(30, 260))
	b.name(g.of(deLast))
	b.text("\n")
}

func deGrundbuch(g *gen, b *builder) {
	b.textf("Amtsgericht %s\nGrundbuch von %s   Blatt %s\n\nBestandsverzeichnis\n", g.deCity().city, g.pick("Oberstadt", "Ried", "Neudorf", "Wiesenbach"), g.num(100, 9999))
	b.textf("lfd. Nr. 1  Gemarkung %s, Flur %s, Flurstück %s/%s, Gebäude- und Freifläche, ", g.pick("Altstadt", "Ried", "Heide"), g.num(1, 30), g.num(10, 999), g.num(1, 9))
	b.addr(g.deStreet())
	b.textf(", %s m²\n\nErste Abteilung – Eigentümer\n", g.num(250, 1800))
	for i := range g.count(1, 2) {
		p := g.dePerson()
		b.textf("%d a) ", i+1)
		b.name(p.last)
		b.text(", ")
		b.name(p.first)
		if g.chance(0.5) {
			b.text(" geb. ")
			b.name(g.of(deLast))
		}
		b.textf(", geb. am %s, %s\n", g.birth("de", 1935, 1995), g.deCity().city)
	}
	b.text("\nZweite Abteilung: Wegerecht zugunsten der ")
	b.neg(g.pick("Stadtwerke", "Deutsche Telekom AG", "Thyssengas GmbH"))
	b.text("\nDritte Abteilung: Grundschuld ", g.num(50, 400), ".000 EUR für die ")
	b.neg(g.pick("Sparkasse", "Volksbank Raiffeisenbank", "Commerzbank AG"))
	b.text("\n")
}

func deTraueranzeige(g *gen, b *builder) {
	p := g.dePerson()
	b.text(g.pick("In Liebe und Dankbarkeit nehmen wir Abschied von\n\n", "Traurig, aber dankbar für die gemeinsame Zeit\n\n"))
	b.name(p.full())
	if p.female && g.chance(0.6) {
		b.text("\ngeb. ")
		b.name(g.of(deLast))
	}
	b.textf("\n* %s   † %s\n\n", g.birth("de", 1925, 1960), g.date("de"))
	b.text("In stiller Trauer\n")
	for range g.count(2, 4) {
		q := g.dePerson()
		if g.chance(0.4) {
			b.name(q.first)
			b.text(" und ")
			b.name(g.of(deFirstF))
			b.text(" ")
			b.name(q.last)
		} else {
			b.name(q.full())
		}
		b.text(g.pick(" mit Familie", "", " und Enkel", ""), "\n")
	}
	b.textf("\nDie Trauerfeier findet am %s um %s Uhr in der Friedhofskapelle statt, ", g.date("de"), g.clock())
	b.addr(g.deStreet())
	b.text(".\nStatt Blumen bitten wir um eine Spende an die ")
	b.neg(g.pick("Deutsche Krebshilfe", "Kinderhospiz Sternenbrücke", "Johanniter-Unfall-Hilfe", "Friedrich-Ebert-Stiftung"))
	b.text(".\n\nTraueranschrift: ")
	b.name(g.dePerson().full())
	b.text(", ")
	b.addr(g.deAddr().line())
	b.text("\n")
}

func deZeugnisKopf(g *gen, b *builder) {
	p := g.dePerson()
	b.neg(g.pick("Goethe-Gymnasium", "Schiller-Realschule", "Albert-Schweitzer-Schule", "Annette-von-Droste-Hülshoff-Gymnasium"))
	b.textf(" %s\n\nZEUGNIS\n\n", g.deCity().city)
	b.text("Name: ")
	b.name(p.last)
	b.text("            Vorname: ")
	b.name(p.first)
	b.textf("\ngeboren am: %s            Klasse: %s%s\nSchuljahr 2024/25   %s. Halbjahr\n\n", g.birth("de", 2008, 2015), g.num(5, 10), g.pick("a", "b", "c"), g.pick("1", "2"))
	b.text("Deutsch ........ gut\nMathematik ..... befriedigend\nEnglisch ....... sehr gut\nSport .......... gut\n\n")
	b.text("Bemerkungen: ")
	b.name(p.first)
	b.text(" hat erfolgreich am Wettbewerb „Jugend forscht“ teilgenommen.\n\n")
	b.text("Klassenlehrer/in: ")
	b.name(g.dePerson().full())
	b.text("      Schulleiter/in: ")
	b.name(g.dePerson().full())
	b.text("\n")
}

func deSitzungsplan(g *gen, b *builder) {
	j := g.dePerson()
	role := "Richter"
	if j.female {
		role = "Richterin"
	}
	b.textf("Amtsgericht %s – Sitzungsplan Saal %s – %s\nVorsitz: %s am Amtsgericht ", g.deCity().city, g.pick("E 12", "104", "2.013"), g.date("de"), role)
	b.name(j.full())
	b.text("\n\nUhrzeit | Aktenzeichen | Sache\n--------|--------------|------\n")
	for range g.count(3, 5) {
		b.textf("%s   | %s C %s/%s    | ", g.clock(), g.num(1, 40), g.num(10, 999), g.num(23, 26))
		if g.chance(0.3) {
			b.neg(g.of(deCompanies))
		} else {
			b.name(g.of(deLast))
		}
		b.text(" ./. ")
		b.name(g.of(deLast))
		b.textf(" wg. %s\n", g.pick("Forderung", "Räumung", "Schmerzensgeld", "Mietminderung"))
	}
	b.text("\nÖffentliche Sitzung. Eingang über die ")
	b.neg(g.pick("Bismarckstraße", "Kaiser-Wilhelm-Ring", "Luisenstraße"))
	b.text(".\n")
}

func deNachsende(g *gen, b *builder) {
	p := g.dePerson()
	alt, neu := g.deAddr(), g.deAddr()
	b.text("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<nachsendeauftrag art=\"", g.pick("privat", "umzug"), "\">\n  <person>\n    <nachname>")
	b.name(p.last)
	b.text("</nachname>\n    <vorname>")
	b.name(p.first)
	b.text("</vorname>\n  </person>\n")
	if g.chance(0.4) {
		b.text("  <mitumziehend>")
		b.name(g.of(deFirstF) + " " + p.last)
		b.text("</mitumziehend>\n")
	}
	b.text("  <alteAnschrift>\n    <strasse>")
	b.addr(alt.street)
	b.textf("</strasse>\n    <plz>%s</plz>\n    <ort>%s</ort>\n  </alteAnschrift>\n  <neueAnschrift>", alt.zip, alt.city)
	b.addr(neu.line())
	b.textf("</neueAnschrift>\n  <beginn>%s</beginn>\n  <dauer>%s Monate</dauer>\n</nachsendeauftrag>\n", g.date("iso"), g.pick("6", "12"))
}

// deKlingel writes a doorbell panel as OCR reads it: stray characters, one
// name a bell, and the house's address on the plate above.
func deKlingel(g *gen, b *builder) {
	a := g.deAddr()
	b.text("[OCR p.1 conf=0.", g.num(61, 93), "]\n")
	b.addr(a.street)
	b.text("\n| ° |\n")
	for range g.count(4, 8) {
		b.text(g.pick("[o] ", "(o) ", "o ", "[ ] "))
		switch g.r.IntN(4) {
		case 0:
			b.name(strings.ToUpper(g.of(deLast)))
		case 1:
			b.name(g.of(deLast))
			b.text(" / ")
			b.name(g.of(deLast))
		case 2:
			p := g.dePerson()
			b.name(p.first[:1] + ". " + p.last)
		default:
			b.text("Praxis Dr. ")
			b.name(g.of(deLast))
		}
		b.text(g.pick("", " |", " .", "  ;"), "\n")
	}
	b.text("Briefe bitte nicht bei ")
	b.neg(g.pick("Fuchs Bau GmbH", "Vogel Optik", "Optik Engel"))
	b.text(" einwerfen\n")
}

func deKitaAbholung(g *gen, b *builder) {
	b.textf("Kita %s – Abholberechtigte (Stand %s)\n", g.pick("Regenbogen", "Pusteblume", "Sonnenkinder", "Villa Kunterbunt"), g.date("de"))
	if g.chance(0.2) {
		b.fold = strings.ToLower // typed in a hurry, all lower case
	}
	b.text("Kind;Abholberechtigt;Verhältnis;Telefon;Anschrift\n")
	for range g.count(3, 6) {
		k := g.dePerson()
		b.name(k.first)
		b.text(" ")
		b.name(k.last)
		b.text(";")
		a := g.dePerson()
		b.name(a.full())
		rel := g.pick("Vater", "Opa", "Onkel", "Nachbar")
		if a.female {
			rel = g.pick("Mutter", "Oma", "Tante", "Nachbarin")
		}
		b.textf(";%s;%s;", rel, g.phoneDE())
		if g.chance(0.6) {
			b.addr(g.deAddr().line())
		}
		b.text("\n")
	}
	b.text("# Hinweis: Der ")
	b.neg("Fuchs")
	b.text(" im Garten ist wieder da – Tor geschlossen halten!\n")
}

// deImpressum writes the legal notice of a small business's web site, as
// HTML with the address block broken by <br>.
func deImpressum(g *gen, b *builder) {
	p, a := g.dePerson(), g.deAddr()
	trade := g.pick("Fotografie", "Physiotherapie", "Ferienwohnung", "Hofladen", "Übersetzungsbüro")
	b.text("<footer id=\"impressum\">\n  <h2>Impressum</h2>\n  <p>Angaben gemäß § 5 DDG</p>\n  <p>")
	b.text(trade, " ", g.pick("am See", "Sonnenhof", "Mitte", "Lindenhof", "Nord"), "<br>\n", g.pick("Inh. ", "Inhaber/in: ", ""))
	b.name(p.full())
	b.text("<br>\n")
	b.addr(a.street + "<br>\n" + a.last())
	b.textf("</p>\n  <p>Telefon: %s<br>\nE-Mail: info@%s.de</p>\n", g.phoneDE(), strings.ToLower(g.pick("studio", "praxis", "hof", "fewo")))
	if g.chance(0.5) {
		b.textf("  <p>Umsatzsteuer-ID: DE%s</p>\n", g.digits(9))
	}
	b.text("  <p>Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV: ")
	if g.chance(0.5) {
		b.name(p.full())
		b.text(", Anschrift wie oben")
	} else {
		b.name(g.dePerson().full())
		b.text(", ")
		b.addr(g.deAddr().line())
	}
	b.text("</p>\n  <p>Webdesign: ")
	b.neg(g.pick("Müller & Partner Medien", "Kaiser Digital GmbH", "Agentur Lorenz"))
	b.text(" · Hosting: ")
	b.neg(g.pick("Hetzner Online GmbH", "Strato AG", "IONOS SE"))
	b.text(" · Fotos: ")
	b.name(g.dePerson().full())
	b.text("</p>\n</footer>\n")
}

// Negative-only kinds.

func deStadtfuehrung(g *gen, b *builder) {
	b.text("Stadtführung – Route B (ca. 2 Std.)\n\n")
	for i := range g.count(4, 6) {
		b.textf("%d. ", i+1)
		b.neg(g.of(dePlaces))
		b.text(g.pick(" – Fotostopp", " – kurze Pause", " – Eintritt frei", " – Führung durch den Innenhof"), "\n")
	}
	b.text("\nTreffpunkt: vor dem ")
	b.neg(g.pick("Hotel Adlon", "Goethehaus", "Beethovenhalle", "Gutenberg-Museum"))
	b.text(". Mit etwas Glück sieht man am Fluss einen ")
	b.neg(g.pick("Fuchs", "Graureiher"))
	b.text(". Einkehr im Café neben der ")
	b.neg(g.pick("Kaiser-Wilhelm-Gedächtniskirche", "Marienplatz-Passage", "Rosa-Luxemburg-Platz"))
	b.text(".\n")
}

func deProdukttest(g *gen, b *builder) {
	b.textf("Produkttest %s: %s im Vergleich\n\n", g.num(2023, 2026), g.pick("Backmischungen", "Kaffeemaschinen", "Gummibärchen", "Staubsauger"))
	for range g.count(3, 5) {
		b.text("* ")
		b.neg(g.of(deCompanies))
		b.textf(": %s (Note %s,%s)\n", g.pick("überzeugt im Test", "etwas teuer", "solide", "enttäuschend"), g.num(1, 4), g.num(0, 9))
	}
	b.text("\nUnser ")
	b.neg("Koch")
	b.text(" in der Testküche meint: Der ")
	b.neg("Winter")
	b.text(" ist Backzeit. Preisträger des ")
	b.neg(g.of(dePrizes))
	b.text(" haben hier nicht mitgetestet.\n")
}

func deVerkehr(g *gen, b *builder) {
	for range g.count(3, 5) {
		b.textf("%s Uhr  %s: ", g.clock(), g.pick("A 7", "A 1", "B 27", "A 100", "Innenstadt"))
		b.textf("%s auf der ", g.pick("Stau", "Baustelle", "Unfall, rechter Fahrstreifen gesperrt", "stockender Verkehr"))
		b.neg(g.pick("Konrad-Adenauer-Allee", "Theodor-Heuss-Brücke", "Karl-Marx-Allee", "Friedrich-Ebert-Damm", "Willy-Brandt-Ring", "Bismarckstraße"))
		b.text(" Richtung ")
		b.neg(g.pick("Ludwigsburg", "Karlsruhe", "Wilhelmshaven", "Friedrichshafen"))
		b.text(".\n")
	}
	b.text("Achtung: Ein ")
	b.neg(g.pick("Fuchs", "Wolf"))
	b.text(" wurde auf der Fahrbahn gemeldet.\n")
}
