package unuttered

import (
	"strings"
)

var deGiven = strings.Fields(`Anna Maria Sophie Marie Lena Laura Lea Hannah Emma Mia Julia Katharina Sarah Lisa Johanna Clara Greta Frieda Ida Charlotte Paula Nele Jana Sabine Petra Monika Ursula Renate Birgit Claudia Heike Andrea Susanne Gabriele Karin Ingrid Helga Brigitte Doris Elke Anja Silke Tanja Nadine Melanie Stefanie Jessica Vanessa Franziska Theresa Annika Lukas Leon Finn Jonas Paul Felix Noah Elias Ben Luis Maximilian Niklas Tim Jan Moritz Tobias Florian Sebastian Alexander Christian Daniel Michael Thomas Andreas Stefan Markus Matthias Frank Jürgen Klaus Dieter Wolfgang Uwe Rainer Manfred Werner Helmut Günter Horst Bernd Holger Sven Dirk Torsten Kai Ole Mehmet Ayşe Emre Elif Murat Zeynep Hakan Fatma Can Leyla Burak Selin Piotr Katarzyna Tomasz Agnieszka Krzysztof Małgorzata Dmitri Olga Sergej Natalia Wladimir Swetlana Ahmad Fatima Mohammed Amira Yusuf Rania Khaled Lina Giuseppe Giulia Marco Francesca Luca Chiara Dimitrios Eleni Georgios Sofia Nikolaos Dragan Milica Zoran Jelena Amir Emina Nguyen Thi Minh Lan Quang Thuy Hoa Duc Joao Ana Ivan Mila Jannik Malte Hauke Wiebke Frauke Gesa Tjark`)

var deSurname = strings.Fields(`Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt Werner Schmitz Krause Meier Lehmann Schmid Schulze Maier Köhler Herrmann König Walter Mayer Huber Kaiser Fuchs Peters Lang Scholz Möller Weiß Jung Hahn Schubert Vogel Friedrich Keller Günther Frank Berger Winkler Roth Beck Lorenz Baumann Franke Albrecht Schuster Simon Ludwig Böhm Winter Kraus Martin Schumacher Krämer Vogt Stein Jäger Otto Sommer Groß Seidel Heinrich Brandt Haas Schreiber Graf Schulte Dietrich Ziegler Kuhn Kühn Pohl Engel Horn Busch Bergmann Thomas Voigt Sauer Arnold Wolff Pfeiffer Brinkmann Hansen Petersen Jansen Claßen Terhorst Oltmanns Janssen Yılmaz Kaya Demir Şahin Çelik Yıldız Öztürk Aydın Arslan Doğan Kowalski Nowak Wiśniewski Lewandowski Zieliński Kamiński Iwanow Petrow Smirnow Kusnezow Popow Al-Hassan Haddad Khoury Mansour Saleh Rossi Russo Esposito Bianchi Romano Colombo Papadopoulos Georgiou Nikolaidis Jovanović Petrović Nikolić Hodžić Kovačević Nguyen Tran Pham Le Hoang Gashi Berisha Krasniqi Ivanović Horvat Novak Abdi Mensah Okonkwo`)

var deDouble = []string{"Müller-Lüdenscheidt", "Schmidt-Rottluff", "Meyer-Landrut", "Weber-Klein", "Hoffmann-Yılmaz", "Berger-Nowak", "Krause-Haddad", "Lange-Petersen"}

var deParticle = []string{"von Bülow", "von der Heide", "van Dijk", "zu Salm", "von Arnim", "de Vries", "ten Brink", "von Hagen"}

var deStreetBase = strings.Fields(`Haupt Bahnhof Schul Kirch Linden Garten Berg Wald Mühlen Friedhof Brunnen Rosen Birken Eichen Ahorn Buchen Goethe Schiller Mozart Beethoven Bismarck Kant Lessing Uhland Rathaus Markt Wiesen Feld Tal See Post Industrie Lerchen Amsel Drossel Hafen Dorf Blumen Tannen Kastanien Heide Moor Sonnen Mond Stern Kloster Schloss Burg Turm Eschen Weiden Holunder Fliederweg`)

var deStreetType = []string{"straße", "str.", "weg", "platz", "allee", "gasse", "ring", "ufer", "damm", "steig", "pfad", "chaussee", "graben", "hof", "stieg", "twiete"}

var dePLZCity = []string{"10115 Berlin", "10999 Berlin", "12043 Berlin", "20095 Hamburg", "22767 Hamburg", "80331 München", "81541 München", "50667 Köln", "51063 Köln", "60311 Frankfurt am Main", "70173 Stuttgart", "40213 Düsseldorf", "44135 Dortmund", "45127 Essen", "04109 Leipzig", "01067 Dresden", "30159 Hannover", "90402 Nürnberg", "47051 Duisburg", "44787 Bochum", "42103 Wuppertal", "33602 Bielefeld", "53111 Bonn", "48143 Münster", "68159 Mannheim", "76133 Karlsruhe", "65183 Wiesbaden", "86150 Augsburg", "52062 Aachen", "06108 Halle (Saale)", "24103 Kiel", "18055 Rostock", "99084 Erfurt", "14467 Potsdam", "26122 Oldenburg", "93047 Regensburg", "79098 Freiburg im Breisgau", "66111 Saarbrücken", "39104 Magdeburg", "17489 Greifswald", "83278 Traunstein", "25980 Sylt", "29221 Celle", "97070 Würzburg", "02826 Görlitz"}

var deNamedStreets = []string{"Karl-Marx-Allee", "Am Kupfergraben", "Unter den Linden", "An der Alster", "Konrad-Adenauer-Ring", "Im Winkel", "Auf dem Berge", "Alt-Moabit", "Kurfürstendamm", "Zur Alten Mühle", "Sophie-Scholl-Straße", "Willy-Brandt-Platz", "Hinter der Kirche", "Am Sandtorkai", "Rote Reihe", "Bergstraße", "Königsallee"}

func dePerson(g *gen) (given, sur string) {
	given = g.of(deGiven)
	switch {
	case g.chance(0.06):
		sur = g.of(deDouble)
	case g.chance(0.05):
		sur = g.of(deParticle)
	default:
		sur = g.of(deSurname)
	}
	return
}

func deFull(g *gen) string {
	gv, s := dePerson(g)
	if g.chance(0.08) {
		gv = g.pick("Anna-Lena", "Hans-Peter", "Karl-Heinz", "Marie-Luise", "Jan-Niklas", "Lisa-Marie", "Hans-Jürgen", "Eva-Maria")
	}
	return gv + " " + s
}

func deStreet(g *gen) string {
	var s string
	if g.chance(0.25) {
		s = g.of(deNamedStreets)
	} else {
		s = g.of(deStreetBase) + g.of(deStreetType)
	}
	s += " " + g.itoa(1, 180)
	if g.chance(0.2) {
		s += g.pick("a", "b", "c", " a", "–3", "/1")
	}
	return s
}

func deAddr(g *gen, sep string) string {
	return deStreet(g) + sep + g.of(dePLZCity)
}

var deFirmen = []string{"Dr. Oetker", "Robert Bosch GmbH", "Carl Zeiss AG", "Porsche", "Siemens", "Adolf Würth GmbH & Co. KG", "Melitta", "Haribo", "Miele", "Ferrero", "Aldi Süd", "Dallmayr", "Hugo Boss", "Rudolf Wöhrl", "Fielmann", "Rossmann", "Kaufhof", "Gebr. Heinemann", "Peek & Cloppenburg", "Karstadt", "Werner & Mertz", "Käthe Wohlfahrt", "Bahlsen", "Steiff", "Jil Sander", "Otto Group", "Tchibo", "Faber-Castell", "Anton Paar", "Alfred Kärcher"}

var deOrte = []string{"Konrad-Adenauer-Flughafen", "Helmut-Schmidt-Universität", "Humboldt-Forum", "Goethe-Institut", "Max-Planck-Institut", "Fraunhofer-Gesellschaft", "Beethovenhalle", "Schiller-Gymnasium", "Sophie-Scholl-Schule", "Willy-Brandt-Haus", "Elbphilharmonie", "Rudolf-Harbig-Stadion", "Fritz-Walter-Stadion", "Bertha-von-Suttner-Gesamtschule", "Marie-Curie-Realschule", "Albert-Schweitzer-Klinik", "Bahnhof Zoo", "Schloss Neuschwanstein"}

var dePhrasen = []string{"Frohe Ostern", "Tag der offenen Tür", "Herzlichen Glückwunsch", "Mit freundlichen Grüßen", "Sehr geehrte Damen und Herren", "Kalte Küche", "Guten Appetit", "Großer Preis", "Sommerschlussverkauf", "Rote Liste", "Grüne Woche", "Freie Fahrt", "Neue Mitte", "Alte Liebe"}

var deProdukte = []string{"VW Golf", "Opel Astra", "Audi A4", "BMW 3er", "Nivea Creme", "Tempo Taschentücher", "Leibniz Butterkeks", "Ritter Sport", "Hanuta", "Kinder Bueno", "Mercedes Sprinter", "Persil Megaperls", "Uhu Alleskleber"}

var deAutos = []string{"VW Golf", "Opel Astra", "Audi A4", "BMW 3er", "Mercedes Sprinter", "Skoda Octavia", "Ford Fiesta"}

var deKinds = []kind{
	{"hotelmeldeschein", deHotel}, {"ueberweisung", deUeberweisung}, {"bussgeldbescheid", deBussgeld},
	{"stromablesung", deStrom}, {"hochzeitsanzeige", deHochzeit}, {"kirchenaustritt", deKirche},
	{"kfz_zulassung", deKfz}, {"fundbuero", deFund}, {"mannschaftsliste", deMannschaft},
	{"chorliste", deChor}, {"nebenkostenabrechnung", deNebenkosten}, {"zeugenaussage", deZeuge},
	{"versicherungsschein", deVersicherung}, {"dienstplan", deDienstplan}, {"meldebescheinigung", deMelde},
}

var deNegKinds = []kind{{"neg_firmenliste", deNegFirmen}, {"neg_veranstaltung", deNegVeranstaltung}, {"neg_einkaufszettel", deNegEinkauf}}

func deHotel(g *gen, b *builder) {
	b.t("MELDESCHEIN FÜR BEHERBERGUNGSSTÄTTEN\nHotel ", g.pick("Zur Post", "Sonnenhof", "Am Markt", "Seeblick"), " · Zimmer ", g.itoa(1, 48), "\nAnreise: ", g.deDate(), "   Abreise: ", g.deDate(), "\nFamilienname: ")
	gv, s := dePerson(g)
	b.name(s)
	b.t("\nVorname(n): ")
	b.name(gv)
	b.t("\nStaatsangehörigkeit: ", g.pick("deutsch", "türkisch", "polnisch", "österreichisch"), "\nAnschrift: ")
	b.addr(deAddr(g, ", "))
	if g.chance(0.4) {
		b.t("\nMitreisende: ")
		b.name(deFull(g))
	}
	b.t("\nUnterschrift: ____________\n")
}

func deUeberweisung(g *gen, b *builder) {
	b.t("SEPA-Überweisung\nBegünstigter: ")
	if g.chance(0.35) {
		b.neg(g.of(deFirmen))
	} else {
		b.name(strings.ToUpper(deFull(g)))
	}
	b.t("\nIBAN: DE", g.digits(2), " ", g.digits(4), " ", g.digits(4), " ", g.digits(4), " ", g.digits(4), " ", g.digits(2), "\nBetrag: ", g.itoa(5, 3000), ",", g.digits(2), " EUR\nVerwendungszweck: ", g.pick("Miete ", "Rechnung ", "Kaution "), g.digits(5), "\nKontoinhaber: ")
	b.name(deFull(g))
	b.t("\nDatum: ", g.deDate(), "\n")
}

func deBussgeld(g *gen, b *builder) {
	b.t("Landkreis ", g.pick("Harburg", "Ebersberg", "Vorpommern-Greifswald", "Rhein-Sieg"), " – Bußgeldstelle\n\n")
	gv, s := dePerson(g)
	b.name(gv + " " + s)
	b.t("\n")
	b.addr(deStreet(g) + "\n" + g.of(dePLZCity))
	b.t("\n\nBußgeldbescheid Az. ", g.digits(3), ".", g.digits(6), "\n\nGuten Tag ")
	b.name(gv + " " + s)
	b.t(",\nIhnen wird vorgeworfen, am ", g.deDate(), " auf der ", g.pick("B 75", "A 7", "L 3100", "K 12"), " die zulässige Höchstgeschwindigkeit um ", g.itoa(11, 40), " km/h überschritten zu haben. Fahrzeug: ")
	b.neg(g.of(deAutos))
	b.t(". Verwarnungsgeld: ", g.itoa(30, 180), " EUR.\n")
}

func deStrom(g *gen, b *builder) {
	b.t("zaehlernummer;kunde;verbrauchsstelle;ablesedatum;stand_kwh\n")
	for range g.num(2, 4) {
		b.t("1", g.pick("ESY", "EBZ", "ISK"), g.digits(8), ";")
		gv, s := dePerson(g)
		b.name(s + ", " + gv)
		b.t(";")
		b.addr(deAddr(g, ", "))
		b.t(";", g.deDate(), ";", g.digits(5), "\n")
	}
}

func deHochzeit(g *gen, b *builder) {
	g1, s1 := dePerson(g)
	g2, s2 := dePerson(g)
	b.t(g.pick("Wir heiraten!\n\n", "Wir haben geheiratet\n\n"))
	b.name(g1)
	b.t(" & ")
	b.name(g2)
	b.t("\n\n")
	if g.chance(0.5) {
		b.name(g1 + " " + s1)
		b.t(" und ")
		b.name(g2 + " " + s2)
	} else {
		b.name(g1 + " " + s1 + "-" + s2)
		b.t(" und ")
		b.name(g2 + " " + s1 + "-" + s2)
	}
	b.t("\nStandesamt ", g.pick("Mitte", "Altona", "Pankow"), ", ", g.deDate(), "\nKirchliche Trauung in der ")
	b.neg(g.pick("St.-Marien-Kirche", "Lutherkirche", "Martin-Luther-Kirche", "St.-Johannis-Kirche", "Paul-Gerhardt-Kirche"))
	b.t("\nUnsere neue Anschrift: ")
	b.addr(deAddr(g, ", "))
	b.t("\n")
}

func deKirche(g *gen, b *builder) {
	b.t("Amtsgericht ", g.pick("Tiergarten", "Köln", "München"), "\nNiederschrift über den Kirchenaustritt\n\nEs erscheint ")
	gv, s := dePerson(g)
	b.name(gv + " " + s)
	if g.chance(0.3) {
		b.t(", geb. ")
		b.name(g.of(deSurname))
	}
	b.f(", geboren am %02d.%02d.%d, wohnhaft ", g.num(1, 28), g.num(1, 12), g.num(1940, 2005))
	b.addr(deAddr(g, ", "))
	b.t(", und erklärt den Austritt aus der ", g.pick("römisch-katholischen Kirche", "evangelischen Kirche"), ".\nAusgewiesen durch Personalausweis Nr. ", strings.ToUpper(g.pick("l01x", "t22k", "c9m4")), g.digits(5), ".\n")
}

func deKfz(g *gen, b *builder) {
	b.t("Zulassungsbescheinigung Teil I (Auszug)\nA  ", g.pick("B", "HH", "M", "K", "DD"), "-", strings.ToUpper(g.pick("ab", "xy", "km", "rt")), " ", g.itoa(1, 9999), "\nC.1.1  ")
	gv, s := dePerson(g)
	b.name(s)
	b.t("\nC.1.2  ")
	b.name(gv)
	b.t("\nC.1.3  ")
	b.addr(deStreet(g) + "\n       " + g.of(dePLZCity))
	b.t("\nD.1    ")
	b.neg(g.pick("Porsche", "Opel", "Daimler Truck", "Ferdinand Porsche AG"))
	b.t("\nD.3    ", g.pick("Cayenne", "Corsa", "Actros"), "\n")
}

func deFund(g *gen, b *builder) {
	b.t("Fundbüro ", g.pick("Bremen", "Leipzig", "Mainz"), " – Eingangsbuch\n")
	for range g.num(2, 4) {
		b.t(g.deDate(), " | ", g.pick("Geldbörse", "Schlüsselbund", "Brille", "Kinderwagen", "Handy"), " | Fundort: ")
		if g.chance(0.4) {
			b.neg(g.of(deOrte))
		} else {
			b.t(g.pick("Linie 4", "Stadtpark", "Marktplatz"))
		}
		b.t(" | Finder: ")
		if g.chance(0.6) {
			b.name(deFull(g))
			if g.chance(0.3) {
				b.t(", ")
				b.addr(deAddr(g, ", "))
			}
		} else {
			b.t("anonym")
		}
		b.t("\n")
	}
}

func deMannschaft(g *gen, b *builder) {
	b.t("## ", g.pick("TSV", "SV", "FC", "SpVgg"), " ", g.pick("Eintracht", "Blau-Weiß", "Grün-Gold"), " – ", g.pick("Herren II", "D-Jugend", "Damen 1"), "\n\n| Nr | Name | Position |\n|---|---|---|\n")
	for range g.num(3, 6) {
		b.t("| ", g.itoa(1, 30), " | ")
		gv, s := dePerson(g)
		b.name(s + ", " + gv)
		b.t(" | ", g.pick("TW", "IV", "LV", "ZM", "ST"), " |\n")
	}
	b.t("\nTrainer: ")
	b.name(deFull(g))
	b.t("\nTrikotsponsor: ")
	b.neg(g.of(deFirmen))
	b.t("\n")
}

func deChor(g *gen, b *builder) {
	b.t("<chor name=\"", g.pick("Kantorei", "Liederkranz", "Jazzchor"), "\">\n")
	for range g.num(2, 5) {
		gv, s := dePerson(g)
		b.t("  <mitglied stimme=\"", g.pick("Sopran", "Alt", "Tenor", "Bass"), "\">\n    <name>")
		b.name(gv + " " + s)
		b.t("</name>\n")
		if g.chance(0.5) {
			b.t("    <anschrift>")
			b.addr(deAddr(g, ", "))
			b.t("</anschrift>\n")
		}
		b.t("  </mitglied>\n")
	}
	b.t("</chor>\n")
}

func deNebenkosten(g *gen, b *builder) {
	b.t("Betriebskostenabrechnung ", g.itoa(2021, 2025), "\nMieter: ")
	gv, s := dePerson(g)
	b.name(gv + " " + s)
	b.t("\nObjekt: ")
	b.addr(deStreet(g) + ", " + g.pick("1. OG links", "EG rechts", "3. OG", "DG") + ", " + g.of(dePLZCity))
	b.t("\n\nGrundsteuer      ", g.itoa(80, 400), ",00 €\nMüllabfuhr       ", g.itoa(60, 300), ",00 €\nHausreinigung    ", g.itoa(100, 500), ",00 €\nNachzahlung      ", g.itoa(10, 600), ",00 €\n\nBei Fragen wenden Sie sich an ")
	b.name(deFull(g))
	b.t(".\n")
}

func deZeuge(g *gen, b *builder) {
	b.t("Polizeiinspektion ", g.pick("Nord", "Süd", "Mitte"), " – Zeugenvernehmung\nZur Person: ")
	gv, s := dePerson(g)
	b.name(s)
	b.t(", ")
	b.name(gv)
	b.t(", wohnhaft ")
	b.addr(deAddr(g, " in "))
	b.t("\nZur Sache: Ich stand an der Haltestelle ")
	b.neg(g.of(deOrte))
	b.t(", als der Fahrer eines ")
	b.neg(g.of(deAutos))
	b.t(" rückwärts gegen den Poller fuhr. ")
	b.name(g.of(deGiven))
	b.t(" aus dem Nachbarhaus hat das auch gesehen.\n")
}

func deVersicherung(g *gen, b *builder) {
	b.t("versicherungsnehmer:\n  name: ")
	b.name(deFull(g))
	b.t("\n  anschrift: \"")
	b.addr(deAddr(g, ", "))
	b.t("\"\nvertrag:\n  nummer: HR-", g.digits(7), "\n  sparte: ", g.pick("Hausrat", "Privathaftpflicht", "Wohngebäude"), "\n  beginn: ", g.deDate(), "\n")
	if g.chance(0.5) {
		b.t("mitversichert:\n  - ")
		b.name(deFull(g))
		b.t("\n")
	}
}

func deDienstplan(g *gen, b *builder) {
	b.t("Dienstplan KW ", g.itoa(1, 52), " – Station ", g.itoa(1, 9), "\nTag   Früh              Spät              Nacht\n")
	for _, d := range []string{"Mo", "Di", "Mi", "Do"} {
		b.t(d, "    ")
		for j := range 3 {
			gv := g.of(deGiven)
			var nm string
			if g.chance(0.5) {
				nm = gv
			} else {
				_, s := dePerson(g)
				nm = s
			}
			b.name(nm)
			if j < 2 {
				b.t(strings.Repeat(" ", max(1, 18-len([]rune(nm)))))
			}
		}
		b.t("\n")
	}
}

func deMelde(g *gen, b *builder) {
	b.t("Einfache Meldebescheinigung nach § 18 Abs. 1 BMG\n\nFamilienname: ")
	gv, s := dePerson(g)
	b.name(s)
	b.t("\nVornamen: ")
	b.name(gv)
	b.t("\nDoktorgrad: ", g.pick("–", "Dr."), "\nGegenwärtige Anschrift: ")
	b.addr(deAddr(g, ", "))
	b.t("\nEinzugsdatum: ", g.deDate(), "\nWohnungsstatus: Hauptwohnung\n")
	if g.chance(0.3) {
		b.t("Frühere Anschrift: ")
		b.addr(deAddr(g, ", "))
		b.t("\n")
	}
}

func deNegFirmen(g *gen, b *builder) {
	b.t("Aussteller der ", g.pick("Hannover Messe", "Grünen Woche", "Ausbildungsbörse"), ":\n")
	for range g.num(3, 5) {
		b.t("- ")
		b.neg(g.of(deFirmen))
		b.t(" (Halle ", g.itoa(1, 27), ")\n")
	}
}

func deNegVeranstaltung(g *gen, b *builder) {
	b.neg(g.of(dePhrasen))
	b.t("! Am ", g.deDate(), " im ")
	b.neg(g.of(deOrte))
	b.t(". Es spielt das Orchester der ")
	b.neg(g.of(deOrte))
	b.t(", Getränke spendiert ")
	b.neg(g.of(deFirmen))
	b.t(".\n")
}

func deNegEinkauf(g *gen, b *builder) {
	b.t("Einkauf Samstag:\n")
	for range g.num(3, 6) {
		b.t("[ ] ")
		b.neg(g.pick(deProdukte[g.r.IntN(len(deProdukte))], deFirmen[g.r.IntN(len(deFirmen))]))
		b.t("\n")
	}
}
