package unvoiced

import "strings"

var deFirst = []string{
	"Jannik", "Henrike", "Lukas", "Mareike", "Dörte", "Ömer", "Ayşe", "Emre", "Zeynep", "Katarzyna",
	"Wojciech", "Małgorzata", "Thi Lan", "Minh Tuan", "Huong", "Karim", "Leyla", "Yusuf", "Rania", "Dmitri",
	"Olga", "Swetlana", "Anastasios", "Eleni", "Giuseppe", "Chiara", "Luca", "Frauke", "Gesine", "Hinnerk",
	"Wiebke", "Torben", "Ingeborg", "Rüdiger", "Sönke", "Malte", "Jule", "Friedhelm", "Annegret", "Kübra",
	"Marie-Luise", "Hans-Jürgen", "Bärbel", "Piotr", "Nikolaos",
}

var deLast = []string{
	"Brinkmann", "Schulte-Vorwerk", "Hölscher", "Wenzlaff", "Kaczmarek", "Nowicki", "Yıldırım", "Demir", "Öztürk", "Nguyen",
	"Pham", "Al-Hassan", "Haddad", "El-Amrani", "Iwanow", "Sokolowa", "Papadopoulos", "Georgiou", "Esposito", "Lombardi",
	"von Ahlefeldt", "zu Solms", "van Dyck", "de Vries", "Ziegenhagen", "Möllenkamp", "Strübing", "Hoffmann-Kühl", "Jablonski", "Kühnel",
	"Rautenberg", "Ebbinghaus", "Quast", "Thießen", "Gräfe", "Ulbricht", "Çelik", "Wiśniewski", "Trinh", "Kuznezow",
}

var deStems = []string{
	"Lindenhof", "Brunnen", "Mühlen", "Eichendorff", "Kiebitz", "Sonnenblumen", "Fliederbusch", "Hafen", "Ziegelei", "Holunder",
	"Weidenkamp", "Buchfinken", "Kastanien", "Bahnhof", "Schlehen", "Gerber", "Wacholder",
}

var deSuffix = []string{"straße", "str.", "weg", "ring", "gasse", "allee", "damm"}

var deFixedStreets = []string{
	"Am Krähenberg", "Im Wiesengrund", "An der Ziegelei", "Auf dem Sandfeld", "Hinter den Gärten", "Zum Steinbruch",
	"Am Mühlbach", "Alte Dorfstraße", "Rosenthaler Straße", "Große Bleiche", "Unter den Eichen",
}

var deCities = [][2]string{
	{"04277", "Leipzig"}, {"79112", "Freiburg im Breisgau"}, {"24103", "Kiel"}, {"93047", "Regensburg"}, {"06108", "Halle (Saale)"},
	{"49074", "Osnabrück"}, {"99084", "Erfurt"}, {"66111", "Saarbrücken"}, {"18055", "Rostock"}, {"87435", "Kempten (Allgäu)"},
	{"44135", "Dortmund"}, {"01067", "Dresden"}, {"34117", "Kassel"}, {"26122", "Oldenburg"}, {"72070", "Tübingen"},
	{"97070", "Würzburg"}, {"15230", "Frankfurt (Oder)"}, {"83022", "Rosenheim"},
}

func (g *gen) deFull() string { return g.of(deFirst) + " " + g.of(deLast) }

// deName returns a full name in one of several written forms.
func (g *gen) deName() string {
	f, l := g.of(deFirst), g.of(deLast)
	switch g.r.IntN(8) {
	case 0:
		return l + ", " + f
	case 1:
		return initial(f) + ". " + l
	case 2:
		return strings.ToUpper(l) + ", " + f
	default:
		return f + " " + l
	}
}

func (g *gen) deStreet() string {
	s := g.of(deFixedStreets)
	if g.chance(0.65) {
		s = g.of(deStems) + g.of(deSuffix)
	}
	return s + " " + g.num(1, 180) + g.pick("", "", "", "a", "b")
}

func (g *gen) dePlzOrt() string {
	c := pickOf(g, deCities)
	return c[0][:3] + g.digits(2) + " " + c[1]
}

func (g *gen) deAddr() string      { return g.deStreet() + ", " + g.dePlzOrt() }
func (g *gen) deAddrBlock() string { return g.deStreet() + "\n" + g.dePlzOrt() }

// deAddrAny returns an address in one of several layouts.
func (g *gen) deAddrAny() string {
	switch g.r.IntN(6) {
	case 0:
		return g.deAddrBlock()
	case 1:
		return g.deStreet()
	case 2:
		return g.deStreet() + " · " + g.dePlzOrt()
	case 3:
		return strings.ToUpper(g.deAddr())
	default:
		return g.deAddr()
	}
}

var deKinds = []kind{
	{"vereinsregister", deVereinsregister}, {"hv_rundschreiben", deRundschreiben}, {"arztbrief_kopf", deArztbrief},
	{"praktikumsvertrag", dePraktikum}, {"online_kuendigung", deKuendigung}, {"minijob_anmeldung", deMinijob},
	{"gaestebuch_fewo", deGaestebuch}, {"abschleppprotokoll", deAbschlepp}, {"reisekosten", deReisekosten},
	{"bewerbung_termine", deBewerbung}, {"klassenfahrt_liste", deKlassenfahrt}, {"schluesseluebergabe", deSchluessel},
	{"hundesteuer", deHundesteuer}, {"wahlhelfer", deWahlhelfer}, {"vhs_anmeldung", deVHS},
}

var deNegKinds = []kind{{"neg_einkaufsliste", deNegEinkauf}, {"neg_boersenticker", deNegBoerse}, {"neg_grusskarte", deNegGruss}}

func deVereinsregister(g *gen, b *builder) {
	b.t("Amtsgericht ", g.pick("Kassel", "Dresden", "Kiel"), " – Vereinsregister VR ", g.digits(4), "\nName: ")
	b.x(g.pick("Carl-Schurz-Gesellschaft e.V.", "Förderverein Käthe-Kollwitz-Gymnasium e.V.", "Bach-Chor St. Thomas e.V.", "Kneipp-Verein e.V."))
	b.t("\nSitz / Anschrift: ")
	b.a(g.deAddr())
	b.t("\nVorstand:\n  a) Vorsitzende/r: ")
	b.n(g.deName())
	b.t(", *", g.date(), "19", g.num(50, 99), "\n  b) Stellvertretung: ")
	b.n(g.deFull())
	b.t("\n  c) Kassenwart: ")
	b.n(g.deFull())
	b.t("\nEingetragen am ", g.date(), "2026 (", g.pick("Rpfl.", "Justizinsp."), " ")
	b.n(g.of(deLast))
	b.t(")\n")
}

func deRundschreiben(g *gen, b *builder) {
	b.x("Hausverwaltung " + g.of(deLast) + " GmbH")
	b.t(" · ")
	b.a(g.deStreet() + " · " + g.dePlzOrt())
	b.t("\n\nAn alle Mieterinnen und Mieter im Haus ")
	b.a(g.deStreet())
	b.t("\n\nSehr geehrte Damen und Herren,\nam ", g.date(), " wird das Treppenhaus gestrichen. Bitte wenden Sie sich bei Fragen an unseren Hausmeister Herrn ")
	b.n(g.of(deLast))
	b.t(" (0151 ", g.digits(7), "). Frau ")
	b.n(g.of(deLast))
	b.t(" aus dem 2. OG hat freundlicherweise den Schlüssel.\n\nMit freundlichen Grüßen\n")
	b.n(g.deFull())
	b.t("\nObjektbetreuung\n")
}

func deArztbrief(g *gen, b *builder) {
	b.t("Praxis Dr. med. ")
	b.n(g.deFull())
	b.t("\nFachpraxis für Innere Medizin\n")
	b.a(g.deAddrBlock())
	b.t("\n\nPatient/in: ")
	b.n(g.of(deLast) + ", " + g.of(deFirst))
	b.t(", geb. ", g.date(), "19", g.num(40, 99), "\n")
	b.a(g.deAddr())
	b.t("\n\nSehr geehrte Frau Kollegin ")
	b.n(g.of(deLast))
	b.t(",\nwir berichten über o. g. Patientin mit V. a. ")
	b.x(g.pick("Morbus Crohn", "Hashimoto-Thyreoiditis", "Morbus Parkinson", "Alzheimer-Demenz", "Morbus Bechterew"))
	b.t(".\n")
}

func dePraktikum(g *gen, b *builder) {
	b.t("PRAKTIKUMSVERTRAG\n\nzwischen der ")
	b.x(g.pick("Carl Zeiss AG", "Hugo Boss AG", "Dr. August Oetker KG", "Ferdinand Porsche Stiftung", "Käthe Wohlfahrt GmbH"))
	b.t(", ")
	b.a(g.deAddr())
	b.t(" (Praktikumsgeber)\nund\n")
	b.n(g.deFull())
	b.t(", wohnhaft ")
	b.a(g.deAddr())
	b.t(" (Praktikant/in)\n\n§ 1 Das Praktikum dauert vom ", g.date(), " bis ", g.date(), "\n§ 2 Betreuer/in ist ")
	b.n(g.deName())
	b.t(".\n")
}

func deKuendigung(g *gen, b *builder) {
	b.t("Eingangsbestätigung Ihrer Online-Kündigung\n-----------------------------------------\nVertrag: ", g.pick("Fitnessstudio", "Mobilfunk", "Zeitschriften-Abo"), " Nr. ", g.digits(8), "\nName: ")
	b.n(g.deName())
	b.t("\nAnschrift: ")
	b.a(g.deAddr())
	b.t("\nKündigung zum: 31.", g.pick("03", "06", "12"), ".2026\n\nHallo ")
	b.n(g.of(deFirst))
	b.t(", schade, dass du gehst! Dein Kundenbetreuer ")
	b.n(g.deFull())
	b.t(" meldet sich ggf. noch.\n")
}

func deMinijob(g *gen, b *builder) {
	b.t("Haushaltsscheck / Anmeldung Minijob\nArbeitgeber/in: ")
	b.n(g.deName())
	b.t("\nAnschrift Arbeitgeber/in: ")
	b.a(g.deAddr())
	b.t("\nBeschäftigte/r: ")
	b.n(g.deName())
	b.t("\nAnschrift Beschäftigte/r: ")
	b.a(g.deAddrAny())
	b.t("\nTätigkeit: ", g.pick("Gartenhilfe", "Reinigung", "Kinderbetreuung"), "\nMonatsentgelt: ", g.num(100, 538), " EUR\n")
}

func deGaestebuch(g *gen, b *builder) {
	b.t("Gästebuch Ferienwohnung ", g.pick("Möwennest", "Deichblick", "Heidekate"), "\n\n")
	for range 2 + g.r.IntN(2) {
		b.t(g.date(), " – Wir, ")
		b.n(g.of(deFirst))
		b.t(" und ")
		b.n(g.of(deFirst))
		b.t(", hatten eine tolle Woche! Danke an Frau ")
		b.n(g.of(deLast))
		b.t(" für die Brötchen. Familie ")
		b.n(g.of(deLast))
		b.t("\n\n")
	}
	b.t("Falls ihr mal in der Gegend seid: ")
	b.a(g.deAddr())
	b.t(" – liebe Grüße, ")
	b.n(g.deFull())
	b.t("\n")
}

func deAbschlepp(g *gen, b *builder) {
	b.t("ABSCHLEPPPROTOKOLL Nr. ", g.digits(6), "\nStandort: ")
	b.a(g.deAddr())
	b.t("\nFahrzeug: ")
	b.x(g.pick("Mercedes-Benz", "Opel", "Porsche", "Ford"))
	b.t(" ", g.pick("A-Klasse", "Corsa", "Cayenne", "Fiesta"), ", Kennz. ", g.pick("L", "KI", "HAL", "DO"), "-", g.pick("AB", "XR", "TM"), " ", g.digits(3), "\nHalter: ")
	b.n(g.deName())
	b.t("\nHalteranschrift: ")
	b.a(g.deAddrAny())
	b.t("\nAnordnung: POK ")
	b.n(g.of(deLast))
	b.t("\nFahrer: ")
	b.n(g.of(deFirst))
	b.t("\n")
}

func deReisekosten(g *gen, b *builder) {
	b.t("Reisekostenabrechnung\nReisende/r: ")
	b.n(g.deFull())
	b.t("\nPrivatanschrift: ")
	b.a(g.deAddr())
	b.t("\nAnlass: Kundentermin bei ")
	b.x(g.pick("Fielmann", "Rossmann", "Würth", "Bertelsmann", "Miele"))
	b.t(" (Ansprechpartner Herr ")
	b.n(g.of(deLast))
	b.t(")\n\nDatum;Posten;Betrag\n", g.date(), ";Bahn;", g.num(20, 180), ",00\n", g.date(), ";Hotel;", g.num(60, 140), ",00\n\nGenehmigt: ")
	b.n(g.deName())
	b.t("\n")
}

func deBewerbung(g *gen, b *builder) {
	b.t("Bewerbungsgespräche – Terminliste\nOrt: Raum 2.", g.num(10, 30), ", ")
	b.a(g.deAddr())
	b.t("\n\n| Uhrzeit | Bewerber/in | Stelle | Panel |\n|---|---|---|---|\n")
	for range 3 + g.r.IntN(3) {
		b.t("| ", g.hhmm(), " | ")
		b.n(g.deName())
		b.t(" | ", g.pick("Sachbearbeitung", "Azubi IT", "Teamleitung"), " | Fr. ")
		b.n(g.of(deLast))
		b.t(", Hr. ")
		b.n(g.of(deLast))
		b.t(" |\n")
	}
}

func deKlassenfahrt(g *gen, b *builder) {
	b.t("Klasse ", g.num(5, 10), g.pick("a", "b", "c"), " – Klassenfahrt nach ", g.pick("Juist", "Prerow", "Bad Schandau"), "\nUnterkunft: Jugendherberge, ")
	b.a(g.deAddr())
	b.t("\n\nNr;Schüler/in;Erziehungsberechtigte/r;Notfall\n")
	for i := range 3 + g.r.IntN(4) {
		l := g.of(deLast)
		b.t(g.num(i+1, i+1), ";\"")
		b.n(strings.ToUpper(l) + ", " + g.of(deFirst))
		b.t("\";")
		b.n(g.of(deFirst) + " " + l)
		b.t(";0170 ", g.digits(7), "\n")
	}
	b.t("Begleitung: Frau ")
	b.n(g.of(deLast))
	b.t("\n")
}

func deSchluessel(g *gen, b *builder) {
	b.t("Schlüsselübergabeprotokoll\nObjekt:\n")
	b.a(g.deAddrBlock())
	b.t("\nÜbergeben von: ")
	b.n(g.deFull())
	b.t(" (Vermieter)\nÜbernommen von: ")
	b.n(g.deFull())
	b.t("\nSchlüssel: 2x Haustür, 1x Briefkasten, 1x Keller\nZählerstand Strom: ", g.digits(5), "\n\ngez. ")
	b.n(g.deName())
	b.t("\n")
}

func deHundesteuer(g *gen, b *builder) {
	b.t("Anmeldung zur Hundesteuer\nHalter/in (Name, Vorname): ")
	b.n(g.of(deLast) + ", " + g.of(deFirst))
	b.t("\nAnschrift: ")
	b.a(g.deAddrAny())
	b.t("\nRasse: ")
	b.x(g.pick("Jack-Russell-Terrier", "Dobermann", "Parson-Russell-Terrier", "King-Charles-Spaniel"))
	b.t("\nName des Hundes: ", g.pick("Krümel", "Flocke", "Wuschel"), "\nVorbesitzer/in: ")
	b.n(g.deFull())
	b.t("\n")
}

func deWahlhelfer(g *gen, b *builder) {
	b.t("Wahlbezirk 0", g.digits(2), " – Wahllokal ")
	b.x(g.pick("Käthe-Kollwitz-Schule", "Sophie-Scholl-Gymnasium", "Albert-Schweitzer-Haus", "Bürgerhaus Ernst Reuter"))
	b.t(", ")
	b.a(g.deAddr())
	b.t("\nWahlvorsteher/in: ")
	b.n(g.deName())
	b.t("\nStellvertretung: ")
	b.n(g.deFull())
	b.t("\nBeisitzer/innen: ")
	for i := range 2 + g.r.IntN(3) {
		if i > 0 {
			b.t("; ")
		}
		b.n(g.deFull())
	}
	b.t("\n")
}

func deVHS(g *gen, b *builder) {
	b.t("kurs=", g.num(24, 26), "B-", g.digits(3), " ", g.pick("Italienisch A1", "Töpfern", "Excel Grundlagen"), "\nkursleitung=")
	b.n(g.deFull())
	b.t("\nteilnehmer=")
	b.n(g.deName())
	if g.chance(0.5) {
		b.t("\nstrasse=")
		b.a(g.deStreet())
		b.t("\nplz_ort=", g.dePlzOrt())
	} else {
		b.t("\nanschrift=")
		b.a(g.deAddr())
	}
	b.t("\nermaessigung=", g.pick("ja", "nein"), "\n")
}

func deNegEinkauf(g *gen, b *builder) {
	items := []string{"Dr. Oetker Vanillezucker", "Haribo", "Leibniz-Keks", "Meister Proper", "Tante Fanny Blätterteig", "Käpt'n Iglo",
		"Ritter Sport", "Knorr", "Maggi", "Hengstenberg Gurken", "Mozartkugeln", "Schwarzkopf", "Wilkinson", "Bahlsen", "Mövenpick",
		"Frau Antje Käse", "Kathreiner", "Uncle Ben's Reis", "Hipp", "Kaiser's Brötchen"}
	b.t("Einkaufszettel\n")
	for range 5 + g.r.IntN(4) {
		b.t("- ")
		b.x(g.of(items))
		b.t("\n")
	}
	b.t("Nicht vergessen: Pfand!\n")
}

func deNegBoerse(g *gen, b *builder) {
	cos := []string{"Siemens", "Porsche", "Mercedes-Benz Group", "Henkel", "Beiersdorf", "Merck KGaA", "Carl Zeiss Meditec", "Hugo Boss",
		"Fielmann", "Knorr-Bremse", "Dürr", "Sartorius", "Bertelsmann", "Thyssenkrupp", "Würth", "Otto Group", "Kühne + Nagel", "Voith", "Bosch"}
	b.t("Börsenticker ", g.hhmm(), "\n")
	for range 3 + g.r.IntN(3) {
		b.x(g.of(cos))
		b.t(g.pick(" +", " −"), g.num(0, 6), ",", g.digits(2), " %\n")
	}
	b.t("Der ")
	b.x(g.pick("Max-Planck-Fonds", "Ludwig-Erhard-Index", "Röchling-Anteil"))
	b.t(" bleibt unverändert.\n")
}

func deNegGruss(g *gen, b *builder) {
	b.x(g.pick("Herzlichen Glückwunsch", "Frohe Ostern", "Guten Rutsch", "Alles Gute", "Frohe Weihnachten"))
	b.t("!\nTreffpunkt ist wie immer am ")
	b.x(g.pick("Brandenburger Tor", "U-Bahnhof Rosa-Luxemburg-Platz", "Bismarckturm", "Kaiser-Wilhelm-Gedächtniskirche", "Karl-Marx-Allee"))
	b.t(", danach gibt es ")
	b.x(g.pick("Prinzregententorte", "Schillerlocken", "Berliner", "Bienenstich"))
	b.t(". Wer den ")
	b.x(g.pick("Georg-Büchner-Preis", "Karlspreis", "Grimme-Preis", "Nobelpreis"))
	b.t(" gewinnt, zahlt! ")
	b.x(g.pick("Schöne Grüße", "Bis Bald", "Viel Spaß"))
	b.t("\n")
}
