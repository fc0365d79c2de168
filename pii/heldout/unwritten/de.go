package unwritten

import (
	"strings"
)

var deGiven = strings.Fields(`Anna Maria Ursula Monika Petra Elisabeth Sabine Renate Helga Karin Brigitte Ingrid Erika Andrea Gisela Claudia Susanne Gabriele Christa Christine Birgit Barbara Stefanie Julia Nicole Katharina Martina Heike Sandra Angelika Jutta Marianne Lena Lea Hannah Mia Emma Sophie Leonie Laura Lara Johanna Clara Greta Frieda Mathilda Ida Lotte Emmely Wiebke Imke Silke Anke Dörte Kerstin Manuela Yvonne Jacqueline Chantal Peter Michael Thomas Andreas Wolfgang Klaus Jürgen Günter Stefan Christian Uwe Werner Horst Frank Dieter Manfred Gerhard Hans Bernd Torsten Matthias Helmut Ralf Rainer Sven Jens Dirk Heinz Markus Jörg Tobias Florian Sebastian Jan Lukas Leon Finn Jonas Paul Felix Maximilian Elias Ben Noah Luis Moritz Henrik Malte Jannik Ole Till Björn Hauke Fiete Detlef Rüdiger Volker Knut Gottfried Friedhelm Hartmut Ulf Mehmet Ahmet Mustafa Ayşe Fatma Elif Emine Hüseyin Özlem Cem Deniz Can Yusuf Zeynep Katarzyna Agnieszka Małgorzata Piotr Krzysztof Tomasz Wojciech Joanna Magdalena Dmitri Sergej Olga Natalja Swetlana Wladimir Irina Jewgeni Aleksandr Ahmad Mohammed Rania Samira Omar Yasmin Khaled Thi Lan Duc Hoa Marco Giuseppe Francesca Giulia Dragan Milica Jelena Nikola Ioannis Eleni Dimitrios`)

var deSurname = strings.Fields(`Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt Werner Schmitz Krause Meier Lehmann Schmid Schulze Maier Köhler Herrmann König Walter Mayer Huber Kaiser Fuchs Peters Lang Scholz Möller Weiß Jung Hahn Schubert Vogel Friedrich Keller Günther Frank Berger Winkler Roth Beck Lorenz Baumann Franke Albrecht Schuster Simon Ludwig Böhm Winter Kraus Martin Schumacher Krämer Vogt Stein Jäger Otto Sommer Groß Seidel Heinrich Brandt Haas Schreiber Graf Schulte Dietrich Ziegler Kuhn Kühn Pohl Engel Horn Busch Bergmann Thomas Voigt Sauer Arnold Wolff Pfeiffer Wendt Petersen Jansen Hansen Thomsen Carstensen Ehlers Brinkmann Oltmanns Gerdes Hinrichs Dreyer Rademacher Wiesinger Obermeier Hinterberger Gruber Pichler Brandstätter Kowalski Nowak Wiśniewski Kamiński Lewandowski Zieliński Szymańska Yılmaz Kaya Demir Şahin Çelik Yıldız Öztürk Aydın Arslan Doğan Ivanov Petrow Smirnow Kusnezow Popow Wolkow Nguyen Tran Pham Hoang Al-Hassan Haddad Khoury Saleh Abdullah Rossi Russo Esposito Papadopoulos Jovanović Petrović Horvat Kovačević Dubois Lefèvre Novák Svoboda`)

var deParticleSur = []string{"von Bredow", "von der Heide", "van der Linden", "zu Guttenberg", "von Arnim", "de Vries", "ten Brink", "vom Stein", "von Hohenthal", "van Dijk", "di Stefano", "von Stetten"}

func (g *gen) deSur() string {
	switch {
	case g.ch(0.07):
		return g.of(deParticleSur)
	case g.ch(0.07):
		return g.of(deSurname) + "-" + g.of(deSurname)
	}
	return g.of(deSurname)
}

func (g *gen) deName() string {
	f, l := g.of(deGiven), g.deSur()
	switch g.r.IntN(11) {
	case 0:
		return l + ", " + f
	case 1:
		return strings.ToUpper(l) + ", " + f
	case 2, 3:
		d := g.of(deDouble)
		if g.ch(0.3) {
			d = strings.Replace(d, "-", " ", 1)
		}
		return d + " " + l
	case 4:
		return string([]rune(f)[0]) + ". " + l
	}
	return f + " " + l
}

type dePLZ struct{ plz, city string }

var deCities = []dePLZ{
	{"10115", "Berlin"}, {"10245", "Berlin"}, {"12043", "Berlin"}, {"13353", "Berlin"}, {"20095", "Hamburg"}, {"22765", "Hamburg"},
	{"21073", "Hamburg"}, {"80331", "München"}, {"81667", "München"}, {"80796", "München"}, {"50667", "Köln"}, {"51105", "Köln"},
	{"60311", "Frankfurt am Main"}, {"60594", "Frankfurt am Main"}, {"70173", "Stuttgart"}, {"40213", "Düsseldorf"}, {"44135", "Dortmund"},
	{"45127", "Essen"}, {"28195", "Bremen"}, {"04109", "Leipzig"}, {"01067", "Dresden"}, {"30159", "Hannover"}, {"90402", "Nürnberg"},
	{"47051", "Duisburg"}, {"44787", "Bochum"}, {"42103", "Wuppertal"}, {"33602", "Bielefeld"}, {"53111", "Bonn"}, {"48143", "Münster"},
	{"76133", "Karlsruhe"}, {"68159", "Mannheim"}, {"86150", "Augsburg"}, {"65183", "Wiesbaden"}, {"41061", "Mönchengladbach"},
	{"38100", "Braunschweig"}, {"24103", "Kiel"}, {"09111", "Chemnitz"}, {"06108", "Halle (Saale)"}, {"39104", "Magdeburg"},
	{"79098", "Freiburg im Breisgau"}, {"23552", "Lübeck"}, {"99084", "Erfurt"}, {"18055", "Rostock"}, {"55116", "Mainz"},
	{"34117", "Kassel"}, {"66111", "Saarbrücken"}, {"93047", "Regensburg"}, {"97070", "Würzburg"}, {"49074", "Osnabrück"},
	{"26122", "Oldenburg"}, {"89073", "Ulm"}, {"72070", "Tübingen"}, {"69117", "Heidelberg"}, {"14467", "Potsdam"},
	{"19053", "Schwerin"}, {"17489", "Greifswald"}, {"25813", "Husum"}, {"26721", "Emden"}, {"83278", "Traunstein"},
	{"87435", "Kempten (Allgäu)"}, {"94032", "Passau"}, {"07743", "Jena"}, {"37073", "Göttingen"}, {"54290", "Trier"},
	{"56068", "Koblenz"}, {"35390", "Gießen"}, {"36037", "Fulda"}, {"88212", "Ravensburg"}, {"78462", "Konstanz"},
	{"27472", "Cuxhaven"}, {"29221", "Celle"}, {"31134", "Hildesheim"}, {"32423", "Minden"}, {"57072", "Siegen"},
}

var deStreetBase = strings.Fields(`Haupt Bahnhof Schul Kirch Garten Linden Eichen Birken Tannen Berg Wald Mühlen Feld Wiesen Rosen Tulpen Dorf Markt Burg Schloss Friedhof Am-Anger Post Brunnen Weiher Sonnen Ahorn Buchen Erlen Kastanien Holunder Flieder Heide Moor Deich Hafen Fähr Kanal Ring Industrie Gewerbe Jahn Goethe Schiller Beethoven Mozart Bismarck Kant Lessing Uhland Herder Humboldt Fontane Luisen Wilhelm Friedrich Karl Augusta Königsberger Breslauer Danziger Stettiner Bremer Lübecker Hamburger Frankfurter Münchner Kölner Dresdner Leipziger Potsdamer Rathaus Neue Alte Lange Kurze Hohe Breite`)

var deStreetSfx = []string{"straße", "str.", "weg", "gasse", "allee", "platz", "ring", "damm", "steig", "pfad", "ufer", "chaussee"}

func (g *gen) deStreet() string {
	base := strings.ReplaceAll(g.of(deStreetBase), "-", " ")
	var s string
	if strings.HasPrefix(base, "Am ") {
		s = base
	} else if strings.HasSuffix(base, "er") && !strings.Contains("Schiller Herder Holunder Beethoven Flieder", base) {
		s = base + " " + g.pick("Straße", "Str.", "Weg", "Allee", "Platz", "Chaussee")
	} else if strings.Contains(" Neue Alte Lange Kurze Hohe Breite ", " "+base+" ") {
		s = base + " " + g.pick("Straße", "Str.", "Gasse", "Reihe")
	} else {
		s = base + g.of(deStreetSfx)
	}
	if g.ch(0.08) {
		s = g.pick("Am Sandberg", "Am Kirchhof", "Im Mühlbach", "Auf dem Hasenacker", "Am Weinberg", "Zum Rain", "Im Lindenhof", "An der Steinkuhle", "An der Mühle", "Zur Linde")
	}
	num := g.is(1, 180)
	switch g.r.IntN(8) {
	case 0:
		num += string(rune('a' + g.r.IntN(5)))
	case 1:
		num += " " + string(rune('a'+g.r.IntN(4)))
	case 2:
		n := g.in(1, 90)
		num = itoa(n) + "-" + itoa(n+g.in(1, 4))
	case 3:
		num += g.pick("A", "B")
	}
	return s + " " + num
}

func (g *gen) dePLZCity() string {
	c := deCities[g.r.IntN(len(deCities))]
	return c.plz + " " + c.city
}

func (g *gen) deAddr(block bool, indent string) string {
	if g.ch(0.05) {
		c := deCities[g.r.IntN(len(deCities))]
		pf := "Postfach " + g.digits(2) + " " + g.digits(2) + " " + g.digits(2)
		if block {
			return pf + "\n" + indent + c.plz + " " + c.city
		}
		return pf + ", " + c.plz + " " + c.city
	}
	st := g.deStreet()
	if block {
		return st + "\n" + indent + g.dePLZCity()
	}
	if g.ch(0.05) {
		return strings.ToUpper(st) + ", " + strings.ToUpper(g.dePLZCity())
	}
	return st + g.pick(", ", ", ", " in ", " · ") + g.dePLZCity()
}

var deNegs = []string{"Dr. Oetker", "Goethe-Institut", "Robert Bosch GmbH", "Max-Planck-Institut", "Alzheimer-Krankheit", "Morbus Crohn", "Porsche Cayenne", "Hugo Boss", "Konrad-Adenauer-Stiftung", "Friedrich-Ebert-Stiftung", "Carl Zeiss", "Haribo", "Aldi Süd", "Deutsche Bahn", "Bundesverdienstkreuz", "Georg-Büchner-Preis", "Brandenburger Tor", "Kölner Dom", "Montag", "Dienstag", "Freitag", "Januar", "Oktober", "Geschäftsführer", "Sachbearbeiterin", "Frohe Weihnachten", "Gute Besserung", "Bürgerliches Gesetzbuch", "Mutterschutzgesetz", "Gorch Fock", "Siemens", "Miele", "Schiller-Gymnasium", "Humboldt-Universität", "Kaiser-Wilhelm-Gedächtniskirche", "Zeppelin NT", "Märklin", "Steiff", "Käthe-Kollwitz-Museum", "Albert-Schweitzer-Schule", "Rudolf-Virchow-Klinikum", "Fraunhofer-Gesellschaft", "Liebherr", "Dürr AG", "Tchibo", "Volkswagen Golf", "Mercedes-Benz Sprinter", "Otto Versand", "Weihnachtsmarkt", "Tag der Offenen Tür", "Herzliche Grüße", "Ende Gelände", "Mit Freundlichen Grüßen", "Schwarzwälder Kirschtorte", "Frankfurter Allgemeine", "Deutsche Post", "Rotes Kreuz", "Hauptbahnhof", "Oktoberfest", "Kieler Woche", "Karl-Marx-Allee", "Bundesliga", "Leibniz-Keks"}

func (g *gen) deNeg(b *bld) { b.ng(g.of(deNegs)) }

var deDouble = strings.Fields(`Hans-Peter Karl-Heinz Anna-Lena Marie-Luise Klaus-Dieter Eva-Maria Hans-Jürgen Lisa-Marie Jan-Hendrik Ann-Kathrin Hans-Georg Karl-Otto Rose-Marie Heinz-Werner Lea-Sophie Paul-Luca Uwe-Jens Anna-Maria Kai-Uwe Ulla-Britt`)

var deCompanies = []string{"Dr. Oetker", "Robert Bosch GmbH", "Hugo Boss", "Carl Zeiss", "Haribo", "Aldi Süd", "Deutsche Bahn", "Siemens", "Miele", "Märklin", "Steiff", "Liebherr", "Dürr AG", "Tchibo", "Otto Versand", "Deutsche Post", "Goethe-Institut", "Max-Planck-Institut", "Fraunhofer-Gesellschaft", "Rudolf-Virchow-Klinikum"}

var deProducts = []string{"Porsche Cayenne", "Volkswagen Golf", "Mercedes-Benz Sprinter", "Leibniz-Keks", "Schwarzwälder Kirschtorte", "Zeppelin NT", "Märklin", "Steiff", "Haribo", "Dr. Oetker", "Miele", "Hugo Boss", "Tchibo", "Carl Zeiss"}

func deTitle(g *gen) string {
	return g.pick("Herr ", "Frau ", "Hr. ", "Fr. ", "Dr. ", "Herrn ", "Prof. Dr. ", "Frau Dr. ")
}

func init() {
	kindsOf["de"] = []kind{
		{"kleinanzeige", deKleinanzeige}, {"gaestebuch", deGaestebuch}, {"forenbeitrag", deForum},
		{"postkarte", dePostkarte}, {"sitzordnung", deSitzordnung}, {"stundenzettel", deStundenzettel},
		{"reisekostenabrechnung", deReisekosten}, {"telefonnotiz", deTelefonnotiz}, {"besucherbuch", deBesucherbuch},
		{"tourenplan", deTourenplan}, {"kleingartenverein", deKleingarten}, {"mitgliedsverlaengerung", deVerein},
		{"fahrgemeinschaft", deFahrgemeinschaft}, {"vollmacht", deVollmacht}, {"interview", deInterview},
	}
	negKindsOf["de"] = []kind{{"neg_prospekt", deNegProspekt}, {"neg_stadtfuehrung", deNegStadt}, {"neg_pressespiegel", deNegPresse}}
}

func deKleinanzeige(g *gen, b *bld) {
	item := g.pick("Kinderwagen, gut erhalten", "Eckbank Eiche massiv", "Damenfahrrad 28 Zoll", "Gefriertruhe, läuft einwandfrei", "Brennholz, ofenfertig", "Aquarium 120 l komplett")
	if g.ch(0.5) {
		b.t("VERKAUFE ", item, ", VB ", g.is(15, 400), " €. Nur Abholung: ")
		if g.ch(0.3) {
			b.a(g.ocr(g.deStreet() + ", " + g.dePLZCity()))
		} else {
			b.a(g.deAddr(false, ""))
		}
		b.t(". Tel. 0", g.digits(3), "/", g.digits(6), ", ")
		b.n(g.of(deGiven))
		b.t(" verlangen. ")
		if g.ch(0.5) {
			b.t("Neupreis bei ")
			b.ng(g.of(deCompanies))
			b.t(" deutlich höher.")
		}
		b.t("\n")
		return
	}
	b.t("Anzeige-Nr. ", g.digits(9), "\n", item, "\n", g.is(10, 300), " € VB\n\nAnbieter: ")
	b.n(g.deName())
	b.t("\nStandort:\n")
	b.a(g.deAddr(true, ""))
	b.t("\nAktiv seit ", g.pick("Januar", "März", "Oktober"), " ", g.is(2015, 2024), ". Versand möglich, Abholung bei meiner Nachbarin ")
	b.n(g.of(deGiven))
	b.t(" auch ok.\n")
}

func deGaestebuch(g *gen, b *bld) {
	b.t("Gästebuch – ", g.pick("Ferienwohnung Möwennest", "Pension Seeblick", "Hütte am Hirschberg"), "\n\n")
	for range g.in(2, 4) {
		b.t(g.is(1, 28), ".", g.is(1, 12), ".", g.is(2019, 2025), " – ")
		switch g.r.IntN(3) {
		case 0:
			b.t("Wunderschöne Tage! Danke an ")
			b.n(g.of(deGiven))
			b.t(" für die Brötchen jeden Morgen. Familie ")
			b.n(g.deSur())
			b.t(" aus ")
			b.ng(g.pick("Sachsen", "dem Ruhrgebiet", "Ostfriesland"))
			b.t("\n")
		case 1:
			b.n(g.of(deGiven))
			b.t(" und ")
			b.n(g.deName())
			b.t(": Wir kommen wieder! Wer uns besuchen will: ")
			b.a(g.deAddr(false, ""))
			b.t("\n")
		default:
			b.t("war super, nur das wlan... lg ")
			b.n(strings.ToLower(g.of(deGiven)))
			b.t(" & ")
			b.n(strings.ToLower(g.of(deGiven)))
			b.t("\n")
		}
	}
}

func deForum(g *gen, b *bld) {
	b.t("Re: ", g.pick("Guter Schuster in der Nähe?", "Wer kennt eine Tagesmutter?", "Fahrradwerkstatt empfehlenswert?"), "\n")
	b.t("Beitrag von ", g.pick("Gartenzwerg61", "fahrradfritze", "Mama_von_3", "kleiner_Prinz"), " » ", g.pick("Mo", "Di", "Sa"), " ", g.is(1, 28), ".", g.is(1, 12), ". ", g.is(8, 22), ":", g.is(10, 59), "\n\n")
	b.t("Zitat von ", g.pick("HeinzK", "Butterblume", "ostwind"), ":\n> Geh zu ")
	b.n(g.deName())
	b.t(", ")
	b.a(g.deAddr(false, ""))
	b.t(". Super nett.\n\n")
	b.t(g.pick("Kann ich bestätigen. ", "Stimmt! ", "War letzte Woche da. "))
	b.t("Frag nach ")
	b.n(g.of(deGiven))
	b.t(", die hat früher bei ")
	b.ng(g.of(deCompanies))
	b.t(" gearbeitet. Alternativ ")
	b.t(deTitle(g))
	b.n(g.deSur())
	b.t(" im Nachbarort.\n")
}

func dePostkarte(g *gen, b *bld) {
	b.t(g.pick("Liebe ", "Lieber ", "Hallo ", "Moin "))
	b.n(g.of(deGiven))
	b.t(",\nviele Grüße aus ", g.pick("Sylt", "dem Allgäu", "Rügen", "Südtirol"), "! Gestern waren wir am ")
	b.ng(g.pick("Brandenburger Tor", "Kölner Dom", "Hauptbahnhof"))
	b.t(". Tante ")
	b.n(g.of(deGiven))
	b.t(" lässt grüßen.\nDein ")
	b.n(g.of(deGiven))
	b.t("\n\n                         ")
	if g.ch(0.4) {
		b.t(deTitle(g))
		b.n(g.of(deGiven) + " " + g.deSur())
	} else {
		b.n(g.deName())
	}
	b.t("\n                         ")
	if g.ch(0.15) {
		b.t("c/o ")
		b.n(g.of(deGiven) + " " + g.deSur())
		b.t("\n                         ")
	}
	b.a(g.deAddr(true, "                         "))
	b.t("\n")
}

func deSitzordnung(g *gen, b *bld) {
	b.t("Sitzordnung ", g.pick("Goldene Hochzeit", "Konfirmation", "Abiball", "Weihnachtsfeier"), "\n\n")
	for t := 1; t <= g.in(2, 3); t++ {
		b.t("Tisch ", itoa(t), ":\n")
		for range g.in(2, 3) {
			b.t("  - ")
			if g.ch(0.3) {
				b.t(g.pick("Oma ", "Opa ", "Onkel ", "Tante "))
				b.n(g.of(deGiven))
			} else {
				b.n(g.deName())
			}
			b.t("\n")
		}
	}
	b.t("Bitte ")
	b.n(g.of(deGiven))
	b.t(" nicht neben ")
	b.n(g.of(deGiven))
	b.t(" setzen!\n")
}

func deStundenzettel(g *gen, b *bld) {
	b.t("STUNDENZETTEL KW ", g.is(1, 52), "\nMitarbeiter/in: ")
	b.n(g.deName())
	b.t("\nPersonal-Nr.: ", g.digits(5), "\nEinsatzort: ")
	b.a(g.deAddr(false, ""))
	b.t("\n\nTag | Beginn | Ende | Pause | Tätigkeit\n")
	for _, d := range []string{"Mo", "Di", "Mi", "Do", "Fr"} {
		b.t(d, " | ", g.is(6, 9), ":00 | ", g.is(14, 18), ":30 | 30 | ", g.pick("Montage", "Inventur", "Schulung", "Baustelle"), "\n")
	}
	b.t("\nGeprüft: ")
	b.n(strings.ToUpper(g.deSur()))
	b.t(" (")
	b.ng(g.pick("Geschäftsführer", "Sachbearbeiterin"))
	b.t(")\n")
}

func deReisekosten(g *gen, b *bld) {
	b.t("Reisekostenabrechnung\nReisende(r): ")
	b.n(g.deName())
	b.t("\nAnlass: Kundentermin bei ")
	b.ng(g.pick("Robert Bosch GmbH", "Siemens", "Carl Zeiss", "Liebherr", "Miele", "Dürr AG"))
	b.t("\nZiel: ")
	b.a(g.deAddr(false, ""))
	b.t("\n\nDatum;Beleg;Betrag;Bemerkung\n")
	for range g.in(2, 4) {
		b.t(g.is(1, 28), ".", g.is(1, 12), ".;")
		b.ng(g.pick("Deutsche Bahn", "Tchibo", "Aldi Süd"))
		b.t(";", g.is(4, 180), ",", g.digits(2), ";")
		if g.ch(0.5) {
			b.t("Bewirtung ")
			b.t(deTitle(g))
			b.n(g.deSur())
		} else {
			b.t("Fahrt")
		}
		b.t("\n")
	}
	b.t("Genehmigt: ")
	b.n(g.deName())
	b.t("\n")
}

func deTelefonnotiz(g *gen, b *bld) {
	b.t("TELEFONNOTIZ\nFür: ")
	b.n(g.of(deGiven))
	b.t("\nAnrufer: ")
	b.t(deTitle(g))
	b.n(g.deSur())
	b.t(", ")
	b.ng(g.pick("Deutsche Post", "Fraunhofer-Gesellschaft", "Otto Versand", "Rotes Kreuz"))
	b.t("\nRückruf erbeten: ☒ ja ☐ nein\nNotiz: neue Lieferanschrift ")
	b.a(g.deAddr(false, ""))
	b.t(", bitte ab ")
	b.ng(g.pick("Montag", "Dienstag", "Freitag"))
	b.t(" berücksichtigen.\nangenommen: ")
	b.n(strings.ToLower(g.of(deGiven)))
	b.t("\n")
}

func deBesucherbuch(g *gen, b *bld) {
	b.t("BESUCHERBUCH EMPFANG – ", g.pick("Haus B", "Verwaltung", "Werk 2"), "\n")
	b.t(pad("Name", 28), pad("besucht", 18), "Ankunft  Ausweis\n")
	for range g.in(2, 5) {
		nm := g.deName()
		b.n(nm)
		b.t(strings.Repeat(" ", max(1, 28-len([]rune(nm)))))
		h := g.of(deGiven)
		if g.ch(0.4) {
			b.t("Hr. ")
			h = g.deSur()
			b.n(h)
			b.t(strings.Repeat(" ", max(1, 14-len([]rune(h)))))
		} else {
			b.n(h)
			b.t(strings.Repeat(" ", max(1, 18-len([]rune(h)))))
		}
		b.t(g.is(7, 17), ":", g.is(10, 59), "    B-", g.digits(3), "\n")
	}
}

func deTourenplan(g *gen, b *bld) {
	if g.ch(0.35) {
		b.t("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tour nr=\"", g.is(1, 30), "\">\n  <fahrer>")
		b.n(g.deName())
		b.t("</fahrer>\n")
		for i := range g.in(2, 4) {
			b.t("  <stopp pos=\"", itoa(i+1), "\">\n    <empfaenger>")
			b.n(g.of(deGiven) + " " + g.deSur())
			b.t("</empfaenger>\n    <anschrift>")
			b.a(g.deAddr(false, ""))
			b.t("</anschrift>\n  </stopp>\n")
		}
		b.t("  <fahrzeug>")
		b.ng(g.pick("Mercedes-Benz Sprinter", "Volkswagen Golf"))
		b.t("</fahrzeug>\n</tour>\n")
		return
	}
	b.t("TOURENPLAN Tour ", g.is(1, 30), " – Fahrer: ")
	b.n(g.deName())
	b.t("\n")
	for i := range g.in(3, 5) {
		b.t(itoa(i+1), ") ")
		if g.ch(0.5) {
			b.n(strings.ToUpper(g.deSur()))
			b.t(" – ")
		}
		b.a(g.deAddr(false, ""))
		b.t(g.pick("  (Hinterhof)", "  (klingeln bei Nachbarn)", "", "  (ab 10 Uhr)"), "\n")
	}
	b.t("Disposition: ")
	b.n(g.of(deGiven))
	b.t("\n")
}

func deKleingarten(g *gen, b *bld) {
	b.t("Kleingartenverein „", g.pick("Sonnenschein", "Am Mühlgraben", "Grüne Aue"), "“ e.V.\n")
	b.t("Der Vorstand – ")
	b.n(g.deName())
	b.t(", 1. Vorsitzende(r)\n\n")
	b.t(g.pick("Liebe Gartenfreundin ", "Lieber Gartenfreund ", "Sehr geehrte(r) "))
	b.n(g.deSur())
	b.t(",\nbei der Begehung Ihrer Parzelle Nr. ", g.is(1, 120), " wurde festgestellt, dass die Hecke zur Parzelle von ")
	b.n(g.deName())
	b.t(" zu hoch ist. Bitte bis ")
	b.ng(g.pick("Oktober", "Januar"))
	b.t(" schneiden. Rückfragen an den Schriftführer ")
	b.n(g.of(deGiven) + " " + g.deSur())
	b.t(", ")
	b.a(g.deAddr(false, ""))
	b.t(".\n")
}

func deVerein(g *gen, b *bld) {
	b.t(g.pick("TSV ", "SV ", "Schachclub ", "Kegelclub "), g.pick("Blau-Weiß", "Eintracht", "Gut Holz", "Springer"), " ", g.pick("1898", "1921", "e.V."), " – Verlängerung der Mitgliedschaft\n\n")
	b.t("Name, Vorname: ")
	b.n(g.deSur() + ", " + g.of(deGiven))
	b.t("\nAnschrift:\n    ")
	b.a(g.deAddr(true, "    "))
	b.t("\nFamilienmitglieder: ")
	b.n(g.of(deGiven))
	b.t(", ")
	b.n(g.of(deGiven))
	b.t("\nBeitrag überwiesen an Kassenwart ")
	b.n(g.deName())
	b.t(". Ehrennadel vom ")
	b.ng(g.pick("Bundesverdienstkreuz-Komitee", "Deutsche Bahn Sportverband"))
	b.t(" – nein.\n")
}

func deFahrgemeinschaft(g *gen, b *bld) {
	b.t("Fahrgemeinschaft ", g.pick("Fußballtraining", "Schwimmkurs", "Musikschule"), "\n")
	for _, d := range []string{"Montag", "Mittwoch", "Freitag"} {
		b.t("* ", d, ": ")
		b.n(g.of(deGiven))
		b.t(" fährt, holt ")
		b.n(g.of(deGiven))
		b.t(" ab: ")
		b.a(g.deAddr(false, ""))
		b.t("\n")
	}
	b.t("Absagen bitte an ")
	b.n(g.of(deGiven))
	b.t(". In den Ferien (")
	b.ng(g.pick("Oktober", "Januar"))
	b.t(") keine Fahrten.\n")
}

func deVollmacht(g *gen, b *bld) {
	b.t("VOLLMACHT\n\nHiermit bevollmächtige ich,\n")
	p := g.of(deGiven) + " " + g.deSur()
	b.n(p)
	b.t(", geb. ", g.is(1, 28), ".", g.is(1, 12), ".", g.is(1940, 2000), ", wohnhaft ")
	b.a(g.deAddr(false, ""))
	b.t(",\n", g.pick("Frau ", "Herrn "))
	b.n(g.deName())
	b.t(", wohnhaft\n")
	b.a(g.deAddr(true, ""))
	b.t(",\nmich in allen Angelegenheiten gegenüber der ")
	b.ng(g.pick("Deutsche Post", "Deutsche Bahn", "Rotes Kreuz"))
	b.t(" zu vertreten.\n\n", g.pick("Köln", "Berlin", "Kiel"), ", den ", g.is(1, 28), ".", g.is(1, 12), ".", g.is(2020, 2025), "\n_____________\n(")
	b.n(p)
	b.t(")\n")
}

func deInterview(g *gen, b *bld) {
	ivG, ivS := g.of(deGiven), g.deSur()
	ieG, ieS := g.of(deGiven), g.deSur()
	b.t("Transkript Zeitzeugeninterview, Band ", g.is(1, 20), "\nInterviewerin: ")
	b.n(ivG + " " + ivS)
	b.t("\nGesprächspartner: ")
	b.n(ieG + " " + ieS)
	b.t("\n\n")
	b.n(strings.ToUpper(ivS))
	b.t(": Wo sind Sie aufgewachsen?\n")
	b.n(strings.ToUpper(ieS))
	b.t(": Also, wir wohnten in der  ")
	b.a(g.deStreet())
	b.t(", gleich beim ")
	b.ng(g.pick("Hauptbahnhof", "Kölner Dom", "Brandenburger Tor"))
	b.t(". Mein Vater war bei ")
	b.ng(g.pick("Siemens", "Robert Bosch GmbH", "Carl Zeiss"))
	b.t(". (lacht) Meine Schwester ")
	b.n(g.of(deGiven))
	b.t(" wohnt heute noch da.\n")
	b.n(strings.ToUpper(ivS))
	b.t(": Und Ihre Mutter?\n")
	b.n(strings.ToUpper(ieS))
	b.t(": ")
	b.n(g.of(deGiven))
	b.t(". Alle nannten sie „")
	b.n(g.pick("Lotti", "Mausi", "Gerdi", "Hanni", "Liesl"))
	b.t("“. Später zog sie nach ")
	b.a(g.deAddr(false, ""))
	b.t(".\n")
}

func deNegProspekt(g *gen, b *bld) {
	b.t("ANGEBOTE DER WOCHE\n")
	for range g.in(3, 5) {
		b.t("• ")
		b.ng(g.of(deProducts))
		b.t(g.pick(" – jetzt im Markt", " – solange Vorrat reicht", " – nur online"), "\n")
	}
	b.t("Gültig bis ")
	b.ng(g.pick("Freitag", "Montag"))
	b.t(".\n")
}

func deNegStadt(g *gen, b *bld) {
	b.t("Stadtführung: Start am ")
	b.ng(g.pick("Brandenburger Tor", "Kölner Dom", "Hauptbahnhof", "Kaiser-Wilhelm-Gedächtniskirche"))
	b.t(", weiter über die ")
	b.ng(g.pick("Karl-Marx-Allee", "Goethestraße", "Friedrichstraße"))
	b.t(" zum ")
	b.ng(g.pick("Käthe-Kollwitz-Museum", "Goethe-Institut", "Max-Planck-Institut"))
	b.t(". Treffpunkt jeden ")
	b.ng(g.pick("Dienstag", "Freitag"))
	b.t(".\n")
}

func deNegPresse(g *gen, b *bld) {
	b.t("Pressespiegel: ")
	b.ng(g.of(deCompanies))
	b.t(" meldet Rekordumsatz; ")
	b.ng(g.of(deCompanies))
	b.t(" eröffnet neuen Standort; Studie zur ")
	b.ng(g.pick("Alzheimer-Krankheit", "Morbus Crohn"))
	b.t(" gefördert von der ")
	b.ng(g.pick("Konrad-Adenauer-Stiftung", "Friedrich-Ebert-Stiftung", "Fraunhofer-Gesellschaft"))
	b.t(".\n")
}
