package unsung

import "strings"

var deGiven = []string{
	"Lukas", "Lena", "Jonas", "Hannah", "Felix", "Marie", "Maximilian", "Sophie", "Paul", "Emma",
	"Klaus", "Brigitte", "Jürgen", "Ursula", "Heinz", "Renate", "Dieter", "Gisela", "Mehmet", "Ayşe",
	"Emre", "Zeynep", "Murat", "Elif", "Piotr", "Agnieszka", "Krzysztof", "Magdalena", "Thi Lan", "Minh",
	"Duc", "Ahmad", "Fatima", "Youssef", "Leila", "Omar", "Dmitri", "Natalja", "Sergej", "Olga",
	"Svetlana", "Anatolij", "Jannik", "Finn", "Ole", "Wiebke", "Kerstin", "Uwe", "Sabine", "Hans-Peter",
	"Anna-Lena", "Karl-Heinz", "Gökhan", "Büşra", "Małgorzata", "Tadeusz", "Hüseyin", "Rania", "Waltraud", "Detlef",
}

var deLast = []string{
	"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
	"Koch", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Braun", "Zimmermann", "Krüger",
	"Hartmann", "Lange", "Werner", "Krause", "Lehmann", "Köhler", "Yılmaz", "Kaya", "Demir", "Şahin",
	"Çelik", "Öztürk", "Kowalski", "Nowak", "Wiśniewski", "Lewandowska", "Zieliński", "Nguyen", "Tran", "Pham",
	"Hoang", "Al-Hassan", "Haddad", "Khalil", "Saleh", "Iwanow", "Petrowa", "Smirnow", "Kusnezow", "Wolkow",
	"Becker-Nowak", "Hoffmann-Yılmaz", "Krause-Lindemann", "von Bülow", "von der Heyde", "zu Dohna", "von Arnim", "Oberhuber", "Ploetz", "Brinkhaus",
}

var deStreet = []string{
	"Lindenstraße", "Hauptstr.", "Bahnhofstraße", "Birkenweg", "Marktplatz", "Kastanienallee", "Mühlengasse",
	"Hohenzollernring", "Nordring", "Mühlendamm", "Am Markt", "Hinter der Kirche", "An der Alster", "Im Winkel",
	"Zum Sportplatz", "Auf dem Berg", "Bergstraße", "Gartenweg", "Rosenstr.", "Friedrich-Ebert-Straße",
	"Karl-Marx-Allee", "Teichgasse", "Eschenring", "Am Kanal", "Kirchplatz", "Heideweg", "Alte Dorfstraße",
	"Vor dem Steintor", "Rathausplatz", "Uferstr.",
}

var deCity = []string{
	"10115 Berlin", "20095 Hamburg", "80331 München", "50667 Köln", "60311 Frankfurt am Main", "70173 Stuttgart",
	"40213 Düsseldorf", "04109 Leipzig", "01067 Dresden", "28195 Bremen", "30159 Hannover", "90403 Nürnberg",
	"44135 Dortmund", "45127 Essen", "37073 Göttingen", "56068 Koblenz", "24103 Kiel", "18055 Rostock",
	"99084 Erfurt", "93047 Regensburg", "79098 Freiburg im Breisgau", "66111 Saarbrücken", "17489 Greifswald",
	"88045 Friedrichshafen", "34117 Kassel", "83646 Bad Tölz", "25980 Sylt", "06108 Halle (Saale)",
}

// deName returns a full name in one of several written forms.
func (g *gen) deName() string {
	f, l := g.of(deGiven), g.of(deLast)
	switch g.r.IntN(8) {
	case 0:
		return string([]rune(f)[0:1]) + ". " + l
	case 1:
		return f + " " + string([]rune(g.of(deGiven))[0:1]) + ". " + l
	default:
		return f + " " + l
	}
}

// deStreetLine returns a street, a house number and sometimes a letter.
func (g *gen) deStreetLine() string {
	s := g.of(deStreet) + " " + g.num(1, 148)
	if g.chance(0.2) {
		s += g.pick("a", "b", "c")
	}
	return s
}

func (g *gen) deAddr() string      { return g.deStreetLine() + ", " + g.of(deCity) }
func (g *gen) deAddrBlock() string { return g.deStreetLine() + "\n" + g.of(deCity) }

// deMrs returns "Herr " or "Frau ".
func (g *gen) deMrs() string { return g.pick("Herr ", "Frau ", "Herrn ", "Fr. ", "Hr. ") }

var deNeg = []string{
	"Goethe-Institut", "Porsche", "Siemens", "Hugo Boss", "Ritter Sport", "Max-Planck-Institut", "Robert Koch-Institut",
	"Carl Zeiss", "Käthe Kruse", "Rosenthal", "Otto Versand", "Karlspreis", "Georg-Büchner-Preis", "Bertelsmann",
	"Heinrich-Heine-Universität", "Konrad-Adenauer-Stiftung", "Friedrich-Ebert-Stiftung", "Humboldt Forum",
	"Haltestelle Schillerplatz", "Goethestraße", "Guten Tag", "Frohe Weihnachten", "Herzlichen Glückwunsch",
	"Bitte Beachten", "Vielen Dank", "Mit Freundlichen Grüßen", "Alfred-Wegener-Institut", "Fraunhofer",
	"Steiff", "Melitta", "Kathreiner", "Kaiser Wilhelm", "Bismarckturm", "Luther-Rose", "Dürer-Gymnasium",
	"Brüder Grimm Festspiele", "Beethovenhalle", "Villa Hügel", "Reeperbahn", "Gute Besserung", "Schöne Grüße",
}

var deKinds = []kind{
	{"Handwerkskammer-Eintragung", deHandwerk},
	{"Elternabend-Protokoll", deElternabend},
	{"Schöffenliste", deSchoeffen},
	{"Wohngeldantrag", deWohngeld},
	{"Tafel-Ausgabeliste", deTafel},
	{"Ehrenamtskarte", deEhrenamt},
	{"Parzellenliste", deParzellen},
	{"Umzugsmeldung Versicherung", deUmzug},
	{"Nachbarschaftshilfe-Aushang", deNachbarn},
	{"Jagdschein-Antrag", deJagdschein},
	{"Feuerwehr-Einsatzbericht", deFeuerwehr},
	{"Sterbeurkunde-Auszug", deSterbe},
	{"Taufregister", deTaufe},
	{"Tischordnung", deTischordnung},
	{"Mitfahr-Chat", deMitfahr},
}

var deNegKinds = []kind{
	{"neg Einkaufszettel", deNegEinkauf},
	{"neg Fahrplan", deNegFahrplan},
	{"neg Kulturtipps", deNegKultur},
}

func deHandwerk(g *gen, b *builder) {
	b.t("Eintragung in die Handwerksrolle\nBetrieb: ", g.pick("Tischlerei", "Elektro", "Sanitär", "Malerbetrieb"), " ")
	l := g.of(deLast)
	b.x(l + " GmbH")
	b.t("\nInhaber/in: ")
	b.n(g.of(deGiven) + " " + l)
	b.t("\nBetriebssitz: ")
	b.a(g.deAddr())
	b.t("\nMeisterprüfung abgelegt bei ", g.pick("Herrn ", "Frau "))
	b.n(g.of(deLast))
	b.t(" (Prüfungsausschuss)\nRollen-Nr. ", g.digits(6), "\n")
}

func deElternabend(g *gen, b *builder) {
	b.t("Protokoll Elternabend Klasse ", g.num(1, 4), g.pick("a", "b", "c"), "\nAnwesend: ")
	for i := range 3 + g.r.IntN(3) {
		if i > 0 {
			b.t(", ")
		}
		b.n(g.deName())
	}
	b.t("\nTOP 1 Klassenfahrt: ", g.deMrs())
	b.n(g.of(deLast))
	b.t(" sammelt das Geld ein. TOP 2 Ausflug zum ")
	b.x(g.pick("Humboldt Forum", "Bismarckturm", "Alfred-Wegener-Institut"))
	b.t(".\nProtokoll: ")
	b.n(g.of(deGiven))
	b.t("\n")
}

func deSchoeffen(g *gen, b *builder) {
	b.t("Vorschlagsliste Schöffen ", g.num(2024, 2029), "\nLfd | Name, Vorname | Geburtsjahr | Beruf | Anschrift\n")
	for i := range 2 + g.r.IntN(3) {
		b.t(g.num(i+1, i+1), " | ")
		b.n(g.of(deLast) + ", " + g.of(deGiven))
		b.t(" | 19", g.num(50, 99), " | ", g.pick("Erzieherin", "Schlosser", "Rentner", "Bankkauffrau"), " | ")
		b.a(g.deAddr())
		b.t("\n")
	}
}

func deWohngeld(g *gen, b *builder) {
	b.t("Antrag auf Wohngeld (Mietzuschuss)\n1. Antragsteller/in\nFamilienname: ")
	b.n(g.of(deLast))
	b.t("\nVorname: ")
	b.n(g.of(deGiven))
	b.t("\nAnschrift der Wohnung:\n")
	b.a(g.deAddrBlock())
	b.t("\n2. Haushaltsmitglieder: ")
	b.n(g.deName())
	b.t(" (", g.pick("Ehefrau", "Sohn", "Tochter", "Ehemann"), ")\nVermieter: ")
	b.x(g.pick("Vonovia", "Bertelsmann", "Käthe Kruse"))
	b.t(" Wohnen\n")
}

func deTafel(g *gen, b *builder) {
	b.t("TAFEL AUSGABE ", g.pick("Di", "Do", "Sa"), " — Kundenkarte;Name;Pers.;Farbe\n")
	for range 3 + g.r.IntN(3) {
		b.t(g.digits(4), ";")
		b.n(strings.ToUpper(g.of(deLast)) + " " + g.of(deGiven))
		b.t(";", g.num(1, 6), ";", g.pick("grün", "gelb", "rot"), "\n")
	}
	b.t("Ausgabe: ")
	b.n(g.of(deGiven))
	b.t(" und ")
	b.n(g.of(deGiven))
	b.t(". Abholung Spenden bei ")
	b.x("Melitta")
	b.t(", Lager ")
	b.a(g.deAddr())
	b.t("\n")
}

func deEhrenamt(g *gen, b *builder) {
	b.t("EHRENAMTSKARTE\nInhaber: ")
	b.n(g.deName())
	b.t("\nWohnort: ")
	b.a(g.deAddr())
	b.t("\nTätig bei: Freiwillige Feuerwehr / ")
	b.x(g.pick("Goethe-Institut", "Konrad-Adenauer-Stiftung", "Fraunhofer"))
	b.t("\nBestätigt durch: ")
	b.n(g.deName())
	b.t(", Bürgermeisteramt\n")
}

func deParzellen(g *gen, b *builder) {
	b.t("KGV „", g.pick("Sonnenschein", "Am Wiesengrund", "Eintracht"), "“ e.V. — Parzellen\n")
	for range 3 + g.r.IntN(3) {
		b.t("Nr. ", g.num(1, 120), "\t")
		b.n(g.deName())
		b.t("\t", g.pick("bewirtschaftet", "frei ab 1.4.", "Abmahnung Hecke"), "\n")
	}
	b.t("Vorstand: ")
	b.n(g.deName())
	b.t(", ")
	b.a(g.deAddr())
	b.t("\n")
}

func deUmzug(g *gen, b *builder) {
	b.t("Betreff: Adressänderung Vertrag ", g.digits(9), "\n\nSehr geehrte Damen und Herren,\n\nich bin umgezogen. Alte Anschrift: ")
	b.a(g.deAddr())
	b.t("\nNeue Anschrift:\n")
	b.a(g.deAddrBlock())
	b.t("\n\nMit freundlichen Grüßen\n")
	b.n(g.deName())
	b.t("\n")
}

func deNachbarn(g *gen, b *builder) {
	b.t("!! NACHBARSCHAFTSHILFE !!\nWer kann für ", g.deMrs())
	b.n(g.of(deLast))
	b.t(" (3. OG) einkaufen? Ich (")
	b.n(g.of(deGiven))
	b.t(", EG links) gehe ", g.pick("montags", "freitags"), ".\nRasenmäher zu verleihen: ")
	b.a(g.deStreetLine())
	b.t(", bei ")
	b.n(g.deName())
	b.t(" klingeln.\nTreffpunkt ")
	b.x(g.pick("Haltestelle Schillerplatz", "Goethestraße", "Beethovenhalle"))
	b.t("\n")
}

func deJagdschein(g *gen, b *builder) {
	b.t("jagdschein_antrag:\n  name: ")
	b.n(g.of(deLast))
	b.t("\n  vorname: ")
	b.n(g.of(deGiven))
	b.t("\n  anschrift: \"")
	b.a(g.deAddr())
	b.t("\"\n  pruefung: bestanden\n  buerge: \"")
	b.n(g.deName())
	b.t("\"\n  revier: ", g.pick("Forst Süd", "Am Hegeberg"), "\n")
}

func deFeuerwehr(g *gen, b *builder) {
	b.t("EINSATZBERICHT Nr. ", g.digits(4), "\nStichwort: ", g.pick("B2 Küchenbrand", "TH Türöffnung", "Ölspur"), "\nEinsatzort: ")
	b.a(strings.ToUpper(g.deAddr()))
	b.t("\nMelder: ")
	b.n(g.deName())
	b.t("\nEinsatzleiter: HBM ")
	b.n(g.of(deLast))
	b.t("\nBetroffene Person: ")
	b.n(g.deName())
	b.t(", unverletzt\n")
}

func deSterbe(g *gen, b *builder) {
	b.t("Auszug aus dem Sterberegister\n")
	b.n(g.deName())
	b.t(", geb. ")
	b.n(g.of(deLast))
	b.t(", zuletzt wohnhaft ")
	b.a(g.deAddr())
	b.t(", ist am ", g.num(1, 28), ".", g.num(1, 12), ".20", g.num(10, 25), " verstorben.\nAnzeigender: ")
	b.n(g.deName())
	b.t("\n")
}

func deTaufe(g *gen, b *builder) {
	b.t("Taufregister ", g.num(1950, 2020), " Nr. ", g.num(1, 80), "\nTäufling: ")
	b.n(g.deName())
	b.t("\nEltern: ")
	b.n(g.deName())
	b.t(" und ")
	b.n(g.deName())
	b.t(", ")
	b.a(g.deAddr())
	b.t("\nPaten: ")
	b.n(g.deName())
	b.t("\nGetauft von Pfarrer ")
	b.n(g.of(deLast))
	b.t(" in der ")
	b.x("Luther-Rose")
	b.t("-Kapelle\n")
}

func deTischordnung(g *gen, b *builder) {
	b.t("## Abschlussball — Tischordnung\n\n| Tisch | Gäste |\n|---|---|\n")
	for range 2 + g.r.IntN(2) {
		b.t("| ", g.num(1, 20), " | ")
		b.n(g.deName())
		b.t(", ")
		b.n(g.of(deGiven))
		b.t(", ")
		b.n(g.deName())
		b.t(" |\n")
	}
	b.t("\nLocation: ")
	b.x("Villa Hügel")
	b.t(", Lieferadresse Deko: ")
	b.a(g.deAddr())
	b.t("\n")
}

func deMitfahr(g *gen, b *builder) {
	b.t("[", g.num(10, 22), ":", g.num(10, 59), "] ")
	b.n(g.of(deGiven))
	b.t(": Fahre Fr nach ", g.pick("Köln", "Leipzig", "Kassel"), ", 2 Plätze frei\n[", g.num(10, 22), ":", g.num(10, 59), "] ")
	b.n(g.deName())
	b.t(": kannst du mich bei ")
	b.a(g.deStreetLine())
	b.t(" abholen?\n[", g.num(10, 22), ":", g.num(10, 59), "] ")
	b.n(g.of(deGiven))
	b.t(": klar, Treffpunkt sonst ")
	b.x("Haltestelle Schillerplatz")
	b.t(" 🚗\n")
}

func deNegEinkauf(g *gen, b *builder) {
	b.t("Einkaufszettel:\n")
	for range 4 + g.r.IntN(3) {
		b.t("- ")
		b.x(g.pick("Ritter Sport", "Melitta", "Kathreiner", "Steiff", "Hugo Boss", "Rosenthal", "Käthe Kruse"))
		b.t("\n")
	}
	b.x(g.pick("Vielen Dank", "Bitte Beachten", "Gute Besserung"))
	b.t("!\n")
}

func deNegFahrplan(g *gen, b *builder) {
	b.t("Linie ", g.num(1, 19), ": ")
	for i := range 4 {
		if i > 0 {
			b.t(" – ")
		}
		b.x(g.pick("Haltestelle Schillerplatz", "Goethestraße", "Beethovenhalle", "Bismarckturm", "Heinrich-Heine-Universität", "Dürer-Gymnasium", "Reeperbahn"))
	}
	b.t("\nSchienenersatzverkehr ab ")
	b.x("Kaiser Wilhelm")
	b.t("-Brücke.\n")
}

func deNegKultur(g *gen, b *builder) {
	b.t("Kulturtipps der Woche: Vortrag im ")
	b.x(g.pick("Goethe-Institut", "Max-Planck-Institut", "Robert Koch-Institut"))
	b.t(", Verleihung des ")
	b.x(g.pick("Karlspreis", "Georg-Büchner-Preis"))
	b.t(", Ausstellung ")
	b.x(g.pick("Carl Zeiss", "Porsche", "Siemens"))
	b.t(" im ")
	b.x("Humboldt Forum")
	b.t(". ")
	b.x(g.of(deNeg))
	b.t("!\n")
}
