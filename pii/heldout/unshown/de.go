package unshown

import "strings"

var deGivenF = []string{
	"Ursula", "Gisela", "Hannelore", "Ingeborg", "Waltraud", "Renate", "Sabine", "Petra", "Birgit", "Anja",
	"Katrin", "Mandy", "Jacqueline", "Svenja", "Leonie", "Mia", "Emilia", "Lina", "Clara", "Johanna",
	"Ayşe", "Elif", "Zeynep", "Fatma", "Agnieszka", "Małgorzata", "Natalia", "Jelena", "Ljubica", "Irina",
	"Anastasia", "Giulia", "Francesca", "Eleni", "Despina", "Aylin", "Rania", "Mariam", "Thi Hoa", "Ngoc Anh",
	"Friederike", "Annegret", "Hildegard", "Wiebke", "Frauke", "Maren", "Dörte", "Gesine", "Tabea", "Merle",
}

var deGivenM = []string{
	"Karl-Heinz", "Hans-Jürgen", "Wolfgang", "Dieter", "Günter", "Manfred", "Uwe", "Jörg", "Torsten", "Sven",
	"Kevin", "Dennis", "Marcel", "Jannik", "Finn", "Lukas", "Ben", "Noah", "Matthias", "Joachim",
	"Mehmet", "Mustafa", "Emre", "Cem", "Hüseyin", "Krzysztof", "Piotr", "Tomasz", "Dragan", "Goran",
	"Wladimir", "Alexej", "Giuseppe", "Luca", "Konstantinos", "Dimitrios", "Ahmad", "Tarek", "Văn Minh", "Quang",
	"Friedhelm", "Eberhard", "Siegfried", "Hinnerk", "Ole", "Jens", "Bernd", "Ulrich", "Detlef", "Henning",
}

var deNick = []string{"Kalle", "Hansi", "Steffi", "Moni", "Uschi", "Gabi", "Jupp", "Schorsch", "Lenchen", "Flo", "Basti", "Tine", "Klausi", "Resi"}

var deSur = []string{
	"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
	"Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann",
	"Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner", "Krause", "Meier", "Lehmann",
	"Yılmaz", "Kaya", "Demir", "Şahin", "Öztürk", "Kowalski", "Nowak", "Wiśniewski", "Jovanović", "Petrović",
	"Iwanow", "Schewtschenko", "Russo", "Esposito", "Papadopoulos", "Georgiou", "Al-Khatib", "Haddad", "Nguyen", "Pham",
	"von Bredow", "von der Heyde", "van den Berg", "van Dijk", "zu Stolberg", "de Vries", "ter Horst", "Schulte-Berge", "Meyer-Lindholm", "Graf",
	"Ostermann", "Brockhaus", "Thielemann", "Oberdörfer", "Kleinschmidt", "Dreßler", "Kühn", "Jäger", "Vogt", "Pohl",
}

type plzCity struct{ plz2, city string }

var deCities = []plzCity{
	{"10", "Berlin"}, {"12", "Berlin"}, {"20", "Hamburg"}, {"22", "Hamburg"}, {"80", "München"}, {"81", "München"},
	{"50", "Köln"}, {"60", "Frankfurt am Main"}, {"70", "Stuttgart"}, {"40", "Düsseldorf"}, {"44", "Dortmund"},
	{"45", "Essen"}, {"28", "Bremen"}, {"04", "Leipzig"}, {"01", "Dresden"}, {"30", "Hannover"}, {"90", "Nürnberg"},
	{"47", "Duisburg"}, {"44", "Bochum"}, {"42", "Wuppertal"}, {"33", "Bielefeld"}, {"53", "Bonn"}, {"48", "Münster"},
	{"76", "Karlsruhe"}, {"68", "Mannheim"}, {"86", "Augsburg"}, {"65", "Wiesbaden"}, {"41", "Mönchengladbach"},
	{"38", "Braunschweig"}, {"24", "Kiel"}, {"06", "Halle (Saale)"}, {"39", "Magdeburg"}, {"79", "Freiburg im Breisgau"},
	{"23", "Lübeck"}, {"99", "Erfurt"}, {"18", "Rostock"}, {"55", "Mainz"}, {"34", "Kassel"}, {"66", "Saarbrücken"},
	{"93", "Regensburg"}, {"26", "Oldenburg (Oldb)"}, {"49", "Osnabrück"}, {"07", "Jena"}, {"03", "Cottbus"},
	{"88", "Ravensburg"}, {"25", "Husum"}, {"97", "Würzburg"}, {"83", "Rosenheim"}, {"72", "Tübingen"}, {"37", "Göttingen"},
}

var deStreetBase = []string{
	"Linden", "Birken", "Eichen", "Kastanien", "Ahorn", "Mühlen", "Kirch", "Schul", "Garten", "Wiesen",
	"Bahnhof", "Haupt", "Berg", "Feld", "Wald", "Rosen", "Tulpen", "Holunder", "Schützen", "Rathaus",
	"Goethe", "Schiller", "Beethoven", "Mozart", "Bismarck", "Lessing", "Heine", "Uhland", "Kant", "Humboldt",
}

var dePersonStreets = []string{
	"Karl-Marx-Straße", "Rosa-Luxemburg-Platz", "Konrad-Adenauer-Ring", "Willy-Brandt-Allee", "Sophie-Scholl-Weg",
	"Bertha-von-Suttner-Straße", "Friedrich-Ebert-Str.", "Käthe-Kollwitz-Ufer", "Gustav-Heinemann-Ring", "Hans-Böckler-Str.",
}

var deOtherStreets = []string{
	"Am Mühlbach", "An der Alster", "Im Winkel", "Auf dem Kamp", "Zur Alten Ziegelei", "Hinter der Kirche",
	"Unter den Eichen", "Am Sportplatz", "Platz der Einheit", "Alter Markt", "Hohe Straße", "Grüner Weg",
}

func (g *gen) deGiven() string {
	if g.chance(0.5) {
		return g.of(deGivenF)
	}
	return g.of(deGivenM)
}

func (g *gen) deSur() string { return g.of(deSur) }

func (g *gen) deFull() string {
	gv, sn := g.deGiven(), g.deSur()
	switch g.r.IntN(10) {
	case 0:
		return gv[:1] + ". " + sn
	case 1:
		return gv + " " + g.pick("Maria", "Luise", "Friedrich", "Wilhelm", "Sophie") + " " + sn
	default:
		return gv + " " + sn
	}
}

func (g *gen) deStreet() string {
	var st string
	switch r := g.r.IntN(10); {
	case r < 6:
		st = g.of(deStreetBase) + g.pick("straße", "str.", "weg", "gasse", "allee", "ring", "platz", "damm")
	case r < 8:
		st = g.of(dePersonStreets)
	default:
		st = g.of(deOtherStreets)
	}
	no := g.num(1, 180)
	if g.chance(0.15) {
		no += g.pick("a", "b", "c", " a")
	} else if g.chance(0.05) {
		no += "–" + itoa(g.n(181, 190))
	}
	return st + " " + no
}

func (g *gen) dePLZ(c plzCity) string { return c.plz2 + pad(g.n(1, 999), 3) }

// deAddr is a German postal address, on one line or as a block.
func (g *gen) deAddr(block bool) string {
	c := deCities[g.r.IntN(len(deCities))]
	st := g.deStreet()
	if g.chance(0.12) {
		st += g.pick(", 3. OG links", ", Hinterhaus", ", App. 12", ", 2. Etage")
	}
	tail := g.dePLZ(c) + " " + c.city
	if g.chance(0.06) {
		tail = "D-" + tail
	}
	if block {
		return st + "\n" + tail
	}
	return st + ", " + tail
}

var deFirms = []string{
	"Schneider Haustechnik GmbH", "Elektro Brandt & Söhne OHG", "Bäckerei Hoffmann KG", "Autohaus Kühn GmbH & Co. KG",
	"Dachdeckerei Pohl e.K.", "Müller Logistik AG", "Steuerbüro Vogt & Partner mbB", "Bestattungshaus Thielemann",
	"Robert Bosch GmbH", "Dr. Oetker", "Carl Zeiss AG", "Haribo", "Hugo Boss", "Aldi Süd", "Miele", "Vorwerk",
}

var deThings = []string{
	"einen Dieselmotor", "ein Röntgenbild", "einen Thermomix", "Nivea-Creme", "einen Porsche-Schlüssel",
	"eine Zeiss-Brille", "das Kneipp-Becken", "einen Bunsenbrenner", "den Litfaßsäulen-Aushang", "eine Stihl-Motorsäge",
	"ein Duden-Wörterbuch", "einen Märklin-Zug",
}

var dePlaces = []string{
	"Goethe-Gymnasium", "Humboldt-Universität", "Max-Planck-Institut", "Sankt Martin", "St. Marien", "Lutherkirche",
	"Bismarckturm", "Kaiser-Wilhelm-Gedächtniskirche", "Hotel Adlon", "Rathaus", "Zollamt", "Bürgeramt Mitte",
}

var deKinds = []kind{
	{"vereinsmitteilung", deVerein}, {"kirchenblatt", deKirche}, {"traueranzeige", deTrauer},
	{"elternbrief", deElternbrief}, {"mietvertrag-auszug", deMietvertrag}, {"handwerkerrechnung", deRechnung},
	{"eigentuemerprotokoll", deProtokoll}, {"zollinhaltserklaerung", deZoll}, {"fundsache", deFund},
	{"arztbrief", deArztbrief}, {"hochzeitseinladung", deHochzeit}, {"nachbarschaftsforum", deForum},
	{"eltern-gruppenchat", deChat}, {"mannschaftsliste", deMannschaft}, {"amtliche-bekanntmachung", deBekanntmachung},
}

func deVerein(g *gen, b *builder) {
	b.text(g.pick("TSV Eintracht 1896 e.V.", "Kleingartenverein Sonnenschein e.V.", "Schützenbruderschaft St. Hubertus", "Männergesangverein Harmonie"), " – Vereinsmitteilungen ", g.pick("Mai", "Oktober", "Dezember"), "\n\n")
	b.text("Liebe Mitglieder,\n\nauf der Jahreshauptversammlung wurde ")
	b.name(g.deFull())
	b.text(" zum 1. Vorsitzenden gewählt, Kassenwartin bleibt ")
	b.name(g.deGiven() + " " + g.deSur())
	b.text(". Wir gratulieren zu runden Geburtstagen: ")
	for i := range g.n(3, 5) {
		if i > 0 {
			b.text(", ")
		}
		b.name(g.deGiven() + " " + g.deSur())
		b.text(" (", g.pick("70", "75", "80", "85", "90"), ")")
	}
	b.text(".\n\nDer Vereinsbeitrag ist bis 31.03. zu überweisen. Neue Anschrift der Geschäftsstelle:\n")
	b.addr(g.deAddr(true))
	b.text("\n\nDas Sommerfest findet am Bismarckturm statt, Grillgut spendet ", g.of(deFirms), ".\nMit sportlichem Gruß\n")
	b.name(g.deGiven() + " " + g.deSur())
	b.text(", Schriftführer\n")
}

func deKirche(g *gen, b *builder) {
	b.text("Pfarrbrief ", g.pick("St. Marien", "St. Johannes Baptist", "Ev. Lutherkirchengemeinde", "St. Bonifatius"), "\n\n")
	b.text("Aus unserer Gemeinde verstorben sind: ")
	for i := range g.n(2, 3) {
		if i > 0 {
			b.text("; ")
		}
		b.name(g.deFull())
		b.text(", ", g.num(68, 97), " J.")
	}
	b.text("\nGetauft wurden: ")
	for i := range g.n(2, 3) {
		if i > 0 {
			b.text(" und ")
		}
		b.name(g.deGiven() + " " + g.deSur())
	}
	b.text(".\n\nKollekte am Sonntag für das Sankt-Martins-Fest. Die Sternsinger besuchen auch Familie ")
	b.name(g.deSur())
	b.text(". Anmeldung im Pfarrbüro, ")
	b.addr(g.deAddr(false))
	b.text(", bei Frau ")
	b.name(g.deSur())
	b.text(".\n\nIhr Pfarrer ")
	b.name(g.deGiven() + " " + g.deSur())
	b.text(" und Pastoralreferentin ")
	b.name(g.deFull())
	b.text("\n")
}

func deTrauer(g *gen, b *builder) {
	gv, sn := g.deGiven(), g.deSur()
	b.text("In stiller Trauer nehmen wir Abschied von\n\n")
	b.name(upper(gv) + " " + upper(sn))
	if g.chance(0.4) {
		b.text("\ngeb. ")
		b.name(g.deSur())
	}
	b.text("\n* ", g.num(1, 28), ". ", g.pick("März", "Juli", "Mai"), " 19", g.num(30, 50), "   † ", g.num(1, 28), ". ", g.pick("Januar", "Juni", "November"), " 2026\n\n")
	b.text("In Liebe und Dankbarkeit\n")
	for range g.n(2, 4) {
		b.name(g.deGiven())
		b.text(" und ")
		b.name(g.deGiven() + " " + g.pick(sn, g.deSur()))
		b.text(" mit ")
		b.name(g.deGiven())
		b.text("\n")
	}
	b.text("\nTraueranschrift: Familie ")
	b.name(sn)
	b.text(" c/o ", g.of(deFirms), ", ")
	b.addr(g.deAddr(false))
	b.text("\nDie Trauerfeier findet in der Lutherkirche statt. Statt Blumen bitten wir um eine Spende an die Aktion Mensch.\n")
}

func deElternbrief(g *gen, b *builder) {
	b.text(g.pick("Grundschule am Goethepark", "Astrid-Lindgren-Schule", "Erich-Kästner-Grundschule", "Gesamtschule Hans Böckler"), "\nKlasse ", g.num(1, 4), g.pick("a", "b", "c"), "\n\nLiebe Eltern,\n\n")
	b.text("ab Montag vertritt Frau ")
	b.name(g.deSur())
	b.text(" unsere Klassenlehrerin Frau ")
	b.name(g.deFull())
	b.text(". Für den Ausflug zum Max-Planck-Institut fehlen noch die Zettel von ")
	for i := range g.n(3, 5) {
		if i > 0 {
			b.text(", ")
		}
		b.name(g.deGiven())
	}
	b.text(".\nElternsprecher: ")
	b.name(g.deGiven() + " " + g.deSur())
	b.text(" und ")
	b.name(g.deGiven() + " " + g.deSur())
	b.text(".\nBitte Rückmeldung (Abschnitt) bis Freitag.\n\n- - - - - - - - - - - - -\nName des Kindes: ____")
	b.name(g.deGiven() + " " + g.deSur())
	b.text("____\nAnschrift: ")
	b.addr(g.deAddr(false))
	b.text("\nUnterschrift Erziehungsberechtigte/r: ")
	b.name(g.deFull())
	b.text("\n")
}

func deMietvertrag(g *gen, b *builder) {
	b.text("Auszug Mietvertrag (Wohnraum) – Seite 1 von 9\n\n§ 1 Vertragsparteien\nVermieter: ")
	if g.chance(0.5) {
		b.name(g.deFull())
		b.text(", ")
	} else {
		b.text(g.of(deFirms), ", vertreten durch ")
		b.name(g.deGiven() + " " + g.deSur())
		b.text(", ")
	}
	b.addr(g.deAddr(false))
	b.text("\nMieter: ")
	b.name(g.deGiven() + " " + g.deSur())
	b.text(" und ")
	b.name(g.deGiven() + " " + g.deSur())
	b.text("\n\n§ 2 Mietsache\nVermietet wird die Wohnung im ", g.pick("2. OG rechts", "EG links", "DG"), " des Hauses ")
	b.addr(g.deAddr(false))
	b.text(", bestehend aus ", g.num(2, 4), " Zimmern, Küche, Bad.\n\n§ 4 Miete\nDie Kaltmiete beträgt ", g.num(480, 1450), ",00 EUR. Die Nebenkosten werden nach Heizkostenverordnung abgerechnet. Kaution: drei Kaltmieten.\n\nHausmeister: Herr ")
	b.name(g.deSur())
	b.text(", Tel. im Treppenhaus.\n")
}

func deRechnung(g *gen, b *builder) {
	b.text(g.of(deFirms[:8]), "\n")
	b.addr(g.deAddr(false))
	b.text("\n\n")
	switch g.r.IntN(3) {
	case 0:
		b.text("Herrn ")
		b.name(g.of(deGivenM) + " " + g.deSur())
	case 1:
		b.text("Frau ")
		b.name(g.of(deGivenF) + " " + g.deSur())
	default:
		b.name(g.deFull())
	}
	b.text("\n")
	b.addr(g.deAddr(true))
	b.text("\n\nRECHNUNG Nr. ", g.digits(5), "\nLeistungsort: ")
	b.addr(g.deAddr(false))
	b.text("\nMonteur: ")
	b.name(g.deGiven()[:1] + ". " + g.deSur())
	b.text("\n\nPos. 1  Anfahrt pauschal           45,00 €\nPos. 2  Arbeitszeit ", g.num(1, 6), " Std. à 68,00 €\nPos. 3  Material (", g.pick("Thermostatkopf", "Siphon", "FI-Schalter", "Dachrinne"), ")\n\nZahlbar innerhalb 14 Tagen ohne Abzug. Geschäftsführer: ")
	b.name(g.deGiven() + " " + g.deSur())
	b.text(", AG ", g.pick("Essen", "Köln", "Dortmund"), " HRB ", g.digits(5), "\n")
}

func deProtokoll(g *gen, b *builder) {
	b.text("Protokoll der Eigentümerversammlung WEG ")
	b.addr(g.deAddr(false))
	b.text("\n\nAnwesend: ")
	sp := make([]string, g.n(3, 5))
	for i := range sp {
		sp[i] = g.deSur()
		if i > 0 {
			b.text(", ")
		}
		b.text(g.pick("Hr. ", "Fr. "))
		b.name(sp[i])
		b.text(" (", g.pick("WE 1", "WE 3", "WE 7", "WE 12"), ")")
	}
	b.text("; Verwaltung: ")
	b.name(g.deGiven() + " " + g.deSur())
	b.text("\n\n")
	for range g.n(3, 5) {
		s := sp[g.r.IntN(len(sp))]
		b.text("Fr./Hr. ")
		b.name(s)
		b.text(": ", g.pick("Die Heizung im Keller ist wieder defekt, das weiß doch jeder.", "Ich beantrage, dass das Protokoll künftig per Post geht.", "Dazu möchte ich sagen, dass Herr ", "Der Hausmeister soll bitte auch den Hof kehren."))
		if strings.HasSuffix(b.s.String(), "Herr ") {
			b.name(g.deSur())
			b.text(" das so nicht gesagt hat.")
		}
		b.text("\n")
	}
	b.text("\nTOP 4: Sonderumlage Dach (Angebot ", g.of(deFirms), ") – angenommen.\nVersand an Eigentümerin ")
	b.name(g.deFull())
	b.text(", ")
	b.addr(g.deAddr(false))
	b.text(".\n")
}

func deZoll(g *gen, b *builder) {
	b.text("ZOLLINHALTSERKLÄRUNG CN 23\nAbsender / Sender:\n")
	b.name(upper(g.deSur()) + ", " + g.deGiven())
	b.text("\n")
	b.addr(g.deAddr(true))
	b.text("\nDEUTSCHLAND\n\nEmpfänger / Addressee:\n")
	b.name(g.enGiven() + " " + g.enSur())
	b.text("\n")
	b.addr(g.enAddr(true))
	b.text("\nUSA\n\nInhalt: ", g.pick("Geschenk", "Warenmuster", "Dokumente"), " – ", g.of(deThings), ", 2x Haribo, Stollen\nWert: ", g.num(15, 180), " EUR   Gewicht: ", g.num(1, 5), ",", g.num(1, 9), " kg\n\nOrt/Datum/Unterschrift: ", g.pick("Köln", "Bremen", "Jena"), ", 02.12.2026, ")
	b.name(g.deGiven()[:1] + ". " + g.deSur())
	b.text("\n")
}

func deFund(g *gen, b *builder) {
	b.text(g.pick("GEFUNDEN", "Fundsache", "VERMISST"), ": ", g.pick("Schlüsselbund mit Porsche-Anhänger", "graue Katze (Kater), hört auf Moritz", "Kinderrucksack mit Namensschild", "Geldbörse, braun"), "\n\n")
	b.text("Im Rucksack steht ")
	b.name(g.deGiven() + " " + g.deSur())
	b.text(" drauf. ")
	if g.chance(0.6) {
		b.text("Auf dem Ausweis steht die Adresse ")
		b.addr(g.deAddr(false))
		b.text(", dort macht aber keiner auf. ")
	}
	b.text("Abzugeben beim Fundbüro im Rathaus oder bei mir: ")
	b.addr(g.deAddr(false))
	b.text(" (klingeln bei ")
	b.name(g.deSur())
	b.text(").\nGruß ")
	b.name(g.deGiven())
	b.text("\n")
}

func deArztbrief(g *gen, b *builder) {
	b.text("Praxis Dr. med. ")
	b.name(g.deGiven() + " " + g.deSur())
	b.text(" · Fachärztin für Innere Medizin · ")
	b.addr(g.deAddr(false))
	b.text("\n\nHerrn Kollegen Dr. ")
	b.name(g.deSur())
	b.text("\n")
	b.addr(g.deAddr(true))
	b.text("\n\nBetr.: Ihr/e Patient/in ")
	b.name(g.deFull())
	b.text(", geb. ", pad(g.n(1, 28), 2), ".", pad(g.n(1, 12), 2), ".19", g.num(40, 99), ", wohnhaft ")
	b.addr(g.deAddr(false))
	b.text("\n\nSehr geehrter Herr Kollege,\nwir berichteten über o.g. Patienten, der sich mit Parkinson-Verdacht und Morbus-Crohn-Anamnese vorstellte. Röntgenbild Thorax unauffällig. Die Ehefrau, Frau ")
	b.name(g.deSur())
	b.text(", begleitete ihn.\n\nMit freundlichen kollegialen Grüßen\n")
	b.name(g.deFull())
	b.text("\n")
}

func deHochzeit(g *gen, b *builder) {
	b.text("Wir trauen uns!\n\n")
	b.name(g.of(deGivenF))
	b.text(" & ")
	b.name(g.of(deGivenM))
	b.text("\n\n", g.pick("Samstag, 13. Juni 2026", "Freitag, 4. September 2026"), ", 14 Uhr\nStandesamt im Rathaus, danach Feier in der Scheune\n")
	b.addr(g.deAddr(true))
	b.text("\n\nBitte gebt bis zum 1. Mai Bescheid bei den Trauzeugen ")
	b.name(g.deGiven() + " " + g.deSur())
	b.text(" oder ")
	b.name(g.of(deNick))
	b.text(".\nGeschenkidee: Zuschuss für die Hochzeitsreise nach St. Petersburg. Bitte kein Thermomix – haben wir schon :)\n\nEure ")
	b.name(g.of(deGivenF) + " " + g.deSur())
	b.text(" (bald ")
	b.name(g.deSur())
	b.text(")\n")
}

func deForum(g *gen, b *builder) {
	b.text("nebenan-Forum › ", g.pick("Ehrenfeld", "Lindenau", "Altona", "Nordstadt"), " › Ruhestörung & Müll\n\n")
	b.name(g.deGiven() + " " + g.deSur()[:1] + ".")
	b.text(" schrieb:\nWeiß jemand, wer den Sperrmüll vor ")
	b.addr(g.deAddr(false))
	b.text(" abgeladen hat? Laut Nachbarin ")
	b.name(g.deGiven())
	b.text(" war es ein Transporter von ", g.of(deFirms), ".\n\n")
	b.text("Antwort von ")
	b.name(g.deGiven() + " " + g.deSur())
	b.text(":\nIch hab's ans Ordnungsamt gemeldet, Sachbearbeiter ist Herr ")
	b.name(g.deSur())
	b.text(". Die Goethestraße ist auch wieder voll.\n")
	if g.chance(0.5) {
		b.text("\nAntwort von ")
		b.name(lower(g.deGiven()))
		b.text(":\nbei uns in der Schillerstraße genauso. @")
		b.name(g.deGiven())
		b.text(" danke fürs Melden!\n")
	}
}

func deChat(g *gen, b *builder) {
	b.text("WhatsApp · Elterngruppe ", g.pick("Kita Sonnenblume", "3b", "Fußball E-Jugend"), "\n")
	ppl := make([]string, g.n(3, 5))
	for i := range ppl {
		ppl[i] = g.deGiven()
	}
	for range g.n(5, 8) {
		p := ppl[g.r.IntN(len(ppl))]
		b.text("[", pad(g.n(7, 21), 2), ":", pad(g.r.IntN(60), 2), "] ")
		b.name(p)
		b.text(": ")
		switch g.r.IntN(5) {
		case 0:
			b.text("hat jemand die brotdose von ")
			b.name(lower(g.deGiven()))
			b.text(" gesehen? 🙈")
		case 1:
			b.text("Geburtstag von ")
			b.name(g.deGiven())
			b.text(" ist bei uns: ")
			b.addr(g.deAddr(false))
			b.text(", ab 15 Uhr")
		case 2:
			b.text("danke ")
			b.name(lower(ppl[g.r.IntN(len(ppl))]))
			b.text("!!")
		case 3:
			b.text("Frau ")
			b.name(g.deSur())
			b.text(" sagt morgen kein Sport")
		default:
			b.text("Sankt Martin Umzug startet am Rathaus 👍")
		}
		b.text("\n")
	}
}

func deMannschaft(g *gen, b *builder) {
	b.text(g.pick("Alte Herren Ü40", "D-Jugend", "Damen 1", "Tischtennis 3. Herren"), " – Spielerliste (aus Excel kopiert)\n")
	b.text("Nr.;Nachname;Vorname;Anschrift (lt. Pass);Erz.-Ber.\n")
	for range g.n(3, 5) {
		b.text(g.num(1, 30), ";")
		b.name(g.deSur())
		b.text(";")
		b.name(g.deGiven())
		b.text(";")
		b.addr(g.deAddr(false))
		b.text(";")
		if g.chance(0.5) {
			b.name(g.deFull())
		} else {
			b.text("-")
		}
		b.text("\n")
	}
	b.text("Trainer: ")
	b.name(g.deGiven() + " " + g.deSur())
	b.text(" | Trikotsponsor: ", g.of(deFirms), "\n")
}

func deBekanntmachung(g *gen, b *builder) {
	b.text("Amtsgericht ", g.pick("Essen", "Leipzig", "Kassel", "Würzburg"), " – Abteilung für Zwangsversteigerungen\nAz. ", g.num(10, 99), " K ", g.num(1, 199), "/25\n\n")
	b.text("Im Wege der Zwangsvollstreckung soll am ", g.num(1, 28), ".", g.num(1, 12), ".2026 das im Grundbuch eingetragene Wohnungseigentum\n")
	b.addr(g.deAddr(true))
	b.text("\nversteigert werden. Eingetragene Eigentümer: ")
	b.name(g.deFull())
	b.text(" und ")
	b.name(g.deFull())
	b.text(". Verkehrswert: ", g.num(90, 480), ".000 EUR.\n\nRechtspflegerin ")
	b.name(g.deSur())
	b.text("\n")
}
