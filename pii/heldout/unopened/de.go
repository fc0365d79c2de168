package unopened

import "strings"

var deFirsts = []string{"Anna", "Lena", "Lea", "Hannah", "Sophie", "Marie", "Laura", "Julia", "Katharina", "Sabine", "Petra", "Ursula", "Monika", "Brigitte", "Renate", "Gisela", "Ingrid", "Heike", "Jutta", "Silke", "Birgit", "Anke", "Dörte", "Frauke", "Wiebke", "Jürgen", "Klaus", "Hans", "Uwe", "Dieter", "Wolfgang", "Manfred", "Günther", "Horst", "Helmut", "Lukas", "Jonas", "Leon", "Finn", "Maximilian", "Felix", "Tobias", "Sebastian", "Florian", "Matthias", "Jörg", "Björn", "Sören", "Ole", "Hauke", "Mehmet", "Ayşe", "Emre", "Elif", "Fatma", "Hüseyin", "Zeynep", "Katarzyna", "Piotr", "Agnieszka", "Tomasz", "Dmitri", "Olga", "Natalia", "Swetlana", "Waldemar", "Irina", "Giuseppe", "Dragan", "Anja", "Maren", "Thorsten", "Kai-Uwe", "Hans-Peter", "Anna-Lena", "Karl-Heinz", "Marie-Luise", "Eva-Maria", "Franziska", "Xaver", "Korbinian", "Vroni", "Theresia", "Liesel", "Ludger", "Hinnerk"}
var deLasts = []string{"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner", "Krause", "Meier", "Lehmann", "Huber", "Maier", "Köhler", "Weiß", "Groß", "Jäger", "Strauß", "Böhm", "Kühn", "Vogt", "Brinkmann", "Janssen", "Ostendorf", "Hinrichs", "Oltmanns", "Eichhorn", "Pfeiffer", "Hämmerle", "Moosbrugger", "Obermaier", "Rößler", "Fuchs", "Scholz", "Kowalski", "Nowak", "Wiśniewski", "Lewandowski", "Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Arslan", "Iwanow", "Petrow", "Schmidtke", "Popescu", "Nguyen", "Rossi", "Esposito", "Đorđević", "Kessler", "Heinemann", "Dreßler", "Großkopf", "Thüringer", "Achterberg", "Wübbenhorst", "Tiedemann", "Quast"}

func (g *gen) deFirst() string { return g.of(deFirsts) }
func (g *gen) deLast() string {
	switch g.r.IntN(20) {
	case 0:
		return g.pick("von ", "von der ", "zu ", "von und zu ") + g.pick("Stein", "Bredow", "Arnim", "Bülow", "Eltz", "Hardenberg")
	case 1:
		a, c := g.of(deLasts), g.of(deLasts)
		if a != c {
			return a + "-" + c
		}
	}
	return g.of(deLasts)
}

func (g *gen) deFull() string {
	f, l := g.deFirst(), g.deLast()
	switch g.r.IntN(9) {
	case 0:
		return l + ", " + f
	case 1:
		return string([]rune(f)[0]) + ". " + l
	case 2:
		return f + " " + g.deFirst() + " " + l
	default:
		return f + " " + l
	}
}

var deStreets = []string{"Hauptstraße", "Bahnhofstraße", "Schulstraße", "Gartenstraße", "Lindenstraße", "Dorfstraße", "Bergstraße", "Kirchweg", "Birkenweg", "Am Mühlbach", "Im Wiesengrund", "Marktplatz", "Schillerstr.", "Goethestraße", "Friedrich-Ebert-Allee", "Kastanienallee", "Rosenweg", "Ahornring", "An der Alster", "Zum Sportplatz", "Hohenzollerndamm", "Schloßallee", "Königsberger Str.", "Mozartplatz", "Auf dem Kamp", "Teichgasse", "Fliederweg", "Sonnenhang", "Wilhelm-Busch-Weg", "Große Bleichen", "Ostertorsteinweg", "Maximilianstraße", "Am Brühl", "Heerstraße", "Tulpenstieg", "Karl-Liebknecht-Str."}
var deCities = []string{"München", "Berlin", "Hamburg", "Köln", "Frankfurt am Main", "Stuttgart", "Düsseldorf", "Leipzig", "Dresden", "Hannover", "Nürnberg", "Bremen", "Münster", "Freiburg im Breisgau", "Göttingen", "Lüneburg", "Würzburg", "Erfurt", "Rostock", "Kiel", "Oldenburg (Oldb)", "Passau", "Bad Tölz", "Halle (Saale)", "Görlitz", "Lörrach", "Castrop-Rauxel", "Neustadt an der Weinstraße", "Wernigerode", "Bietigheim-Bissingen", "Aurich", "Weißenfels"}

func (g *gen) deStreet() string {
	h := g.num(1, 180)
	if g.chance(0.2) {
		h += g.pick("a", "b", "c", " a", "-"+g.num(2, 9))
	}
	return g.of(deStreets) + " " + h
}
func (g *gen) dePlzOrt() string { return g.digits(5) + " " + g.of(deCities) }
func (g *gen) deAddr() string   { return g.deStreet() + g.pick(", ", ", ", " ") + g.dePlzOrt() }
func (g *gen) deBlock() string {
	s := g.deStreet()
	if g.chance(0.2) {
		s += "\n" + g.pick("Hinterhaus", "2. OG links", "Whg. 7", "App. 12")
	}
	return s + "\n" + g.dePlzOrt()
}

var deNegs = []string{"Goethe-Institut", "Hugo Boss", "Porsche", "Max-Planck-Institut", "Robert-Koch-Institut", "Miele", "Bahlsen", "Dr. Oetker", "Schiller-Gymnasium", "Ludwig-Erhard-Preis", "Carl Zeiss", "Haribo", "Alfred Kärcher GmbH", "Adolf Würth", "Kathreiner", "Werner & Mertz", "Beate Uhse", "Mercedes-Benz", "Siemens", "Humboldt-Universität", "Rudolf-Steiner-Schule", "Fritz-Kola", "Melitta", "Sophie-Scholl-Realschule", "Otto Versand", "Dallmayr", "Aldi", "Fielmann", "Rossmann", "Tchibo"}
var deWords = []string{"Hausmeister", "Nebenkosten", "Mülltonnen", "Sperrmüll", "Treppenhausreinigung", "Mittwoch", "Januar", "Dezember", "Kaution", "Wohnungsgeberbestätigung", "Sommerfest", "Gemeindebrief", "Elternabend", "Kuchenbasar", "Schadenshergang", "Vollmacht", "Bewerbung", "Herzlichen Glückwunsch", "Frohe Weihnachten", "Mit freundlichen Grüßen"}

func (g *gen) deNeg(b *bld) {
	if g.chance(0.6) {
		b.ng(g.of(deNegs))
	} else {
		b.ng(g.of(deWords))
	}
}

func deDate(g *gen) string { return g.num(1, 28) + "." + g.num(1, 12) + ".20" + g.num(19, 26) }

func deMietvertrag(g *gen, b *bld) {
	b.t("MIETVERTRAG über Wohnraum\n\nZwischen\n")
	b.n(g.deFull())
	b.t("\n")
	b.a(g.deBlock())
	b.t("\n– Vermieter –\nund\n")
	b.n(g.deFirst() + " " + g.deLast())
	if g.chance(0.4) {
		b.t(" und ")
		b.n(g.deFirst() + " " + g.deLast())
	}
	b.t("\n– Mieter –\n\n§ 1 Mietsache: Wohnung im ", g.pick("EG", "1. OG", "DG"), " des Hauses ")
	b.a(g.deAddr())
	b.t(".\n§ 3 Miete: ", g.num(480, 1650), ",00 EUR zzgl. ")
	b.ng("Nebenkosten")
	b.t(". Die ")
	b.ng("Kaution")
	b.t(" beträgt drei Monatsmieten.\n\n", g.of(deCities), ", den ", deDate(g), "\n")
}

func deHochzeit(g *gen, b *bld) {
	b.t("Wir trauen uns!\n\n")
	b.n(g.deFirst())
	b.t(" & ")
	b.n(g.deFirst())
	b.t("\n\nDie standesamtliche Trauung findet am ", deDate(g), " statt, anschließend feiern wir im\n")
	b.ng(g.pick("Landgasthof zur Linde", "Hotel Adler", "Schlosshotel"))
	b.t("\n")
	b.a(g.deAddr())
	b.t("\n\nBitte gebt uns bis ", g.pick("Ende Mai", "15. Juni", "Ostern"), " Bescheid (Trauzeugin ")
	b.n(g.deFirst() + " " + g.deLast())
	b.t(", 0171 ", g.digits(7), ").\n\nZusage: ")
	b.n(g.deFirst())
	b.t(" + ")
	b.n(g.deFirst())
	b.t(" kommen gern, ", g.num(2, 4), " Pers., 1x vegetarisch\n")
}

func deTraueranzeige(g *gen, b *bld) {
	b.t("In Liebe und Dankbarkeit nehmen wir Abschied von\n\n")
	f, l := g.deFirst(), g.deLast()
	b.n(f + " " + l)
	if g.chance(0.4) {
		b.t("\ngeb. ")
		b.n(g.deLast())
	}
	b.t("\n* ", deDate(g), "   † ", deDate(g), "\n\nIn stiller Trauer\n")
	for range 2 + g.r.IntN(3) {
		b.n(g.deFirst())
		if g.chance(0.5) {
			b.t(" und ")
			b.n(g.deFirst())
		}
		b.t(g.pick(" mit Familie", "", " und Kinder"), "\n")
	}
	b.t("\nTraueranschrift: ")
	b.n(g.deFirst() + " " + l)
	b.t(", ")
	b.a(g.deAddr())
	b.t("\nDie Beisetzung findet im engsten Familienkreis statt. Statt Blumen bitten wir um eine Spende an die ")
	b.ng(g.pick("Rudolf-Steiner-Schule", "Sophie-Scholl-Realschule"))
	b.t(".\n")
}

func deVerein(g *gen, b *bld) {
	b.t("TSV ", g.pick("Blau-Weiß", "Eintracht", "Germania"), " ", g.num(1880, 1990), " e.V. – Vereinsmitteilung\n\nLiebe Mitglieder,\nzur Jahreshauptversammlung am ", deDate(g), " im Vereinsheim laden wir herzlich ein.\nTOP 3: Ehrungen – ", g.num(25, 50), " Jahre Mitgliedschaft: ")
	for i := range 2 + g.r.IntN(3) {
		if i > 0 {
			b.t(", ")
		}
		b.n(g.deFirst() + " " + g.deLast())
	}
	b.t("\nTOP 5: Neuwahl Kassenwart (bisher ")
	b.n(g.deLast())
	b.t(")\nSponsor: ")
	b.ng(g.pick("Tchibo", "Rossmann", "Haribo", "Fielmann"))
	b.t("\n\nSportliche Grüße\n")
	b.n(g.deFull())
	b.t(", 1. Vorsitzende/r\nGeschäftsstelle: ")
	b.a(g.deAddr())
	b.t("\n")
}

func deAushang(g *gen, b *bld) {
	b.t("!!! AN ALLE NACHBARN !!!\n\n")
	switch g.r.IntN(3) {
	case 0:
		b.t("Am Samstag ist ")
		b.ng("Sperrmüll")
		b.t(". Bitte nichts vor die Tür von Haus Nr. ", g.num(1, 40), " stellen!\n")
	case 1:
		b.t("Schwarze Katze zugelaufen, hört auf \"Mucki\"? Bitte bei ")
		b.n(g.deLast())
		b.t(" (2. OG) klingeln.\n")
	default:
		b.t("Die ")
		b.ng("Treppenhausreinigung")
		b.t(" diese Woche: ")
		b.n(g.deLast())
		b.t(" / ")
		b.n(g.deLast())
		b.t("\n")
	}
	b.t("Paket für ")
	b.n(g.deFirst() + " " + g.deLast())
	b.t(" liegt bei mir, ")
	b.a(g.deStreet())
	b.t(" EG.\nGruß ")
	b.n(g.deFirst())
	b.t(g.pick(" :)", "", " (Hausmeisterin)"), "\n")
}

func deSchaden(g *gen, b *bld) {
	b.t("Schadensmeldung Kfz-Haftpflicht\nVersicherungsnehmer: ")
	b.n(g.deFull())
	b.t("\nAnschrift: ")
	b.a(g.deAddr())
	b.t("\nSchadentag: ", deDate(g), "\nSchadenort: ")
	b.a(g.deStreet() + ", " + g.of(deCities))
	b.t("\n")
	b.ng("Schadenshergang")
	b.t(": Beim Ausparken vor der Filiale von ")
	b.ng(g.pick("Aldi", "Rossmann", "Fielmann", "Tchibo"))
	b.t(" ", g.pick("den Außenspiegel", "die Stoßstange", "die Fahrertür"), " des Pkw von ")
	b.n(g.deFirst() + " " + g.deLast())
	b.t(" (")
	b.ng(g.pick("Porsche", "Mercedes-Benz"))
	b.t(") beschädigt.\nZeuge: ")
	b.n(g.deLast() + ", " + g.deFirst())
	b.t("\n")
}

func deBewerbung(g *gen, b *bld) {
	me := g.deFirst() + " " + g.deLast()
	b.n(me)
	b.t("\n")
	b.a(g.deBlock())
	b.t("\n\n")
	b.ng(g.pick("Siemens", "Carl Zeiss", "Miele", "Bahlsen", "Melitta"))
	b.t(" AG\nPersonalabteilung\nz. Hd. ", g.pick("Frau ", "Herrn "))
	b.n(g.deLast())
	b.t("\n")
	b.a(g.deBlock())
	b.t("\n\n")
	b.ng("Bewerbung")
	b.t(" als ", g.pick("Industriekauffrau", "Lagerlogistiker", "Sachbearbeiter Buchhaltung"), "\n\nSehr geehrte", g.pick(" Frau ", "r Herr "))
	b.n(g.deLast())
	b.t(",\nüber Ihre Anzeige habe ich mich sehr gefreut ...\n\nMit freundlichen Grüßen\n")
	b.n(me)
	b.t("\n")
}

func deLebenslauf(g *gen, b *bld) {
	b.t("LEBENSLAUF\n\nName:\t\t")
	b.n(g.deFull())
	b.t("\nAnschrift:\t")
	b.a(g.deAddr())
	b.t("\nGeburtsort:\t", g.of(deCities), "\n\nBerufserfahrung\n20", g.num(10, 20), "–heute\t")
	b.ng(g.pick("Robert-Koch-Institut", "Max-Planck-Institut", "Goethe-Institut", "Alfred Kärcher GmbH"))
	b.t("\n\nAusbildung\n200", g.num(0, 9), "\t")
	b.ng(g.pick("Schiller-Gymnasium", "Humboldt-Universität"))
	b.t("\n\nReferenzen auf Anfrage bei ")
	b.n(g.deFirst() + " " + g.deLast())
	b.t("\n")
}

func deElternbrief(g *gen, b *bld) {
	b.t("Liebe Eltern der Klasse ", g.num(1, 4), g.pick("a", "b", "c"), ",\n\nam ", g.pick("Mittwoch", "Donnerstag"), " ist ")
	b.ng("Elternabend")
	b.t(". Für den ")
	b.ng("Kuchenbasar")
	b.t(" haben sich bisher gemeldet: ")
	for i := range 2 + g.r.IntN(4) {
		if i > 0 {
			b.t(", ")
		}
		b.n(g.deFirst())
		b.t(" (Mama von ")
		b.n(g.deFirst())
		b.t(")")
	}
	b.t(".\nBitte Rückmeldung an ")
	b.n(g.deFirst() + " " + g.deLast())
	b.t(" (Elternvertretung).\n\nHerzliche Grüße\n", g.pick("Ihre ", "Ihr "))
	b.n(g.deFirst() + " " + g.deLast())
	b.t("\n\n----- Rückmeldeabschnitt -----\nName des Kindes: ")
	b.n(g.deFirst() + " " + g.deLast())
	b.t("\n")
}

func deUmzug(g *gen, b *bld) {
	b.t("Wir sind umgezogen!\n\nAb dem ", deDate(g), " erreicht ihr uns unter:\n\n")
	b.n(g.deFirst())
	b.t(" & ")
	b.n(g.deFirst() + " " + g.deLast())
	b.t("\n")
	b.a(g.deBlock())
	b.t("\n\n(alte Adresse: ")
	b.a(g.deAddr())
	b.t(")\n")
}

func deSchicht(g *gen, b *bld) {
	b.t("Schichtübergabe Lager ", g.pick("Halle 2", "WE", "Versand"), " – ", deDate(g), "\nFrühschicht: ")
	b.n(g.deLast())
	b.t(", ")
	b.n(g.deLast())
	b.t("\nSpätschicht: ")
	b.n(g.deFirst())
	b.t("\n- LKW von ")
	b.ng(g.pick("Otto Versand", "Dallmayr", "Haribo", "Werner & Mertz"))
	b.t(" ", g.num(1, 3), " Std. verspätet\n- Stapler 4 defekt, ")
	b.n(strings.ToLower(g.deFirst()))
	b.t(" hat Ticket aufgemacht\n- Retoure an: ")
	b.a(g.deAddr())
	b.t("\n")
}

func deWhatsApp(g *gen, b *bld) {
	p1, p2 := g.deFirst()+" "+g.deLast(), g.deFirst()
	for range 3 + g.r.IntN(4) {
		b.t("[", deDate(g), ", ", g.num(10, 22), ":", g.num(10, 59), "] ")
		if g.chance(0.5) {
			b.n(p1)
		} else {
			b.n(p2)
		}
		b.t(": ")
		switch g.r.IntN(4) {
		case 0:
			b.t("hat jemand ")
			b.n(strings.ToLower(g.deFirst()))
			b.t(" erreicht?")
		case 1:
			b.t("treffen uns bei mir, ")
			b.a(g.deAddr())
		case 2:
			b.t("bring noch ")
			b.ng(g.pick("Haribo", "Fritz-Kola", "Bahlsen"))
			b.t(" mit 😄")
		default:
			b.t("ok danke ")
			b.n(g.deFirst())
		}
		b.t("\n")
	}
}

func deSQL(g *gen, b *bld) {
	b.t("INSERT INTO `kunden` (`kdnr`,`name`,`vorname`,`anschrift`) VALUES\n")
	for i := range 2 + g.r.IntN(4) {
		if i > 0 {
			b.t(",\n")
		}
		b.t("(", g.digits(5), ",'")
		b.n(g.deLast())
		b.t("','")
		b.n(g.deFirst())
		b.t("','")
		b.a(g.deAddr())
		b.t("')")
	}
	b.t(";\n")
}

func deNebenkosten(g *gen, b *bld) {
	b.t("Hausverwaltung Nord GmbH · ")
	b.a(g.deAddr())
	b.t("\n\n")
	b.n(g.deFull())
	b.t("\n")
	b.a(g.deBlock())
	b.t("\n\nBetriebskostenabrechnung ", g.num(2020, 2025), "\nObjekt: ")
	b.a(g.deStreet())
	b.t("\nGrundsteuer\t", g.num(80, 300), ",00\nMüllabfuhr\t", g.num(60, 250), ",00\n")
	b.ng("Hausmeister")
	b.t("\t", g.num(100, 400), ",00\nNachzahlung bis ", g.pick("31. Januar", "Ende März"), ".\n")
}

func deTermin(g *gen, b *bld) {
	b.t("Amtsgericht ", g.of(deCities), " – Terminsrolle ", deDate(g), "\nSitzungssaal ", g.num(1, 220), "\n\n")
	for range 2 + g.r.IntN(4) {
		b.t(g.num(8, 15), ":", g.pick("00", "30", "45"), "\t", g.num(1, 40), " C ", g.num(10, 999), "/", g.num(20, 26), "\t")
		b.n(g.deLast())
		b.t(" ./. ")
		if g.chance(0.5) {
			b.n(g.deLast())
		} else {
			b.ng(g.pick("Mercedes-Benz Bank AG", "Otto Versand", "Siemens"))
		}
		b.t("\n")
	}
	b.t("Vorsitz: RiAG ")
	b.n(g.deFirst() + " " + g.deLast())
	b.t("\n")
}

func deGemeindebrief(g *gen, b *bld) {
	b.ng("Gemeindebrief")
	b.t(" der ev.-luth. Kirchengemeinde\n\nGetauft wurden: ")
	b.n(g.deFirst() + " " + g.deLast())
	b.t(", ")
	b.n(g.deFirst() + " " + g.deLast())
	b.t("\nKirchlich bestattet: ")
	b.n(g.deFirst() + " " + g.deLast())
	b.t(" (", g.num(70, 99), " J.)\nDer Seniorenkreis trifft sich bei ")
	b.n(g.deFirst())
	b.t(" ", g.pick("im Pfarrhaus", "im Gemeindehaus"), ", ")
	b.a(g.deAddr())
	b.t(".\nIhr Pastor ")
	b.n(g.deFull())
	b.t("\n")
}

func deVollmacht(g *gen, b *bld) {
	b.t("VOLLMACHT\n\nHiermit bevollmächtige ich, ")
	b.n(g.deFull())
	b.t(", geb. am ", deDate(g), ",\nwohnhaft ")
	b.a(g.deAddr())
	b.t(",\n", g.pick("Herrn ", "Frau "))
	b.n(g.deFirst() + " " + g.deLast())
	b.t(", wohnhaft ")
	b.a(g.deAddr())
	b.t(",\nmeine Ummeldung beim Bürgeramt vorzunehmen und die ")
	b.ng("Wohnungsgeberbestätigung")
	b.t(" vorzulegen.\n\n__________________\n(Unterschrift)\n")
}

var deKinds = []kind{
	{"mietvertrag", deMietvertrag}, {"hochzeitseinladung", deHochzeit}, {"traueranzeige", deTraueranzeige},
	{"vereinsmitteilung", deVerein}, {"nachbarschaftsaushang", deAushang}, {"schadensmeldung", deSchaden},
	{"bewerbung", deBewerbung}, {"lebenslauf", deLebenslauf}, {"elternbrief", deElternbrief},
	{"umzugsmitteilung", deUmzug}, {"schichtuebergabe", deSchicht}, {"whatsapp", deWhatsApp},
	{"sql-dump", deSQL}, {"nebenkostenabrechnung", deNebenkosten}, {"terminsrolle", deTermin},
	{"gemeindebrief", deGemeindebrief}, {"vollmacht", deVollmacht},
}
