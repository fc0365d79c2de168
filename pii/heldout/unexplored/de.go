package unexplored

import (
	"fmt"
	"strings"
)

var deKinds = []kind{
	{"Buergersprechstunde-Anmeldeliste", deSprechstunde},
	{"Erbschein-Antrag", deErbschein},
	{"Wohnungsuebergabeprotokoll", deUebergabe},
	{"Vereinsfest-Helferplan", deHelferplan},
	{"Hausgemeinschaft-Signalchat", deSignalChat},
	{"Paketumleitung-JSON", dePaketJSON},
	{"Kfz-Versicherungswechsel-XML", deKfzXML},
	{"Mietschuldenfreiheitsbescheinigung", deMietschulden},
	{"Schluesseldienst-Einsatzprotokoll", deSchluesseldienst},
	{"Familienchronik-YAML", deChronikYAML},
	{"neg_Messekatalog", deNegMesse},
	{"neg_Hafenbewegungen", deNegHafen},
}

var deFemale = []string{
	"Anna", "Lena", "Sophie", "Marie", "Katharina", "Johanna", "Ursula", "Helga", "Brigitte", "Sabine",
	"Petra", "Monika", "Claudia", "Jana", "Svenja", "Merle", "Frieda", "Greta", "Ilse", "Hannelore",
	"Dörte", "Heike", "Anke", "Silke", "Gesine", "Wiebke", "Tanja", "Nicole", "Stefanie", "Julia",
	"Ayşe", "Fatma", "Leyla", "Elif", "Milena", "Katarzyna", "Oksana", "Giulia", "Eleni", "Natalia",
	"Anna-Lena", "Marie-Luise", "Lieselotte", "Gertrud", "Irmgard", "Waltraud", "Hildegard", "Maren", "Imke", "Birte",
	"Carla", "Mia", "Emma", "Hanna", "Lea", "Clara", "Charlotte", "Ida", "Paula", "Rosemarie",
}

var deMale = []string{
	"Jürgen", "Klaus", "Dieter", "Hans-Peter", "Karl-Heinz", "Uwe", "Jens", "Torsten", "Sven", "Lars",
	"Matthias", "Tobias", "Florian", "Maximilian", "Lukas", "Jonas", "Finn", "Niklas", "Björn", "Volker",
	"Rüdiger", "Wolfgang", "Günter", "Reinhard", "Malte", "Ole", "Timo", "Kai", "Ahmet", "Emre",
	"Mehmet", "Dragan", "Piotr", "Aleksandr", "Marco", "Nikolaos", "Gerhard", "Heinrich", "Friedrich", "Wilhelm",
	"Hans-Jürgen", "Bernd", "Frank", "Horst", "Helmut", "Manfred", "Detlef", "Henning", "Jörn", "Hauke",
	"Ben", "Paul", "Leon", "Felix", "Elias", "Noah", "Moritz", "Johannes", "Konstantin", "Till",
}

var deSurnames = []string{
	"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
	"Koch", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger",
	"Hofmann", "Hartmann", "Lange", "Schmitt", "Werner", "Krause", "Meier", "Lehmann", "Schmid", "Schulze",
	"Maier", "Köhler", "Herrmann", "König", "Walter", "Mayer", "Huber", "Kaiser", "Fuchs", "Peters",
	"Lang", "Scholz", "Möller", "Weiß", "Jung", "Hahn", "Schubert", "Vogel", "Friedrich", "Keller",
	"Günther", "Frank", "Berger", "Winkler", "Roth", "Beck", "Lorenz", "Baumann", "Franke", "Albrecht",
	"Schuster", "Simon", "Ludwig", "Böhm", "Winter", "Kraus", "Martin", "Schumacher", "Krämer", "Vogt",
	"Stein", "Jäger", "Otto", "Sommer", "Groß", "Seidel", "Heinrich", "Brandt", "Haas", "Schreiber",
	"Graf", "Dietrich", "Ziegler", "Kuhn", "Kühn", "Pohl", "Engel", "Horn", "Busch", "Bergmann",
	"Voigt", "Sauer", "Arnold", "Wolff", "Pfeiffer", "Yılmaz", "Kaya", "Öztürk", "Demir", "Nowak",
	"Kowalski", "Popović", "Petrović", "Ivanov", "Rossi", "Papadopoulos", "Nguyen", "Hansen", "Petersen", "Jansen",
	"Ehlers", "Lüders", "Matthiesen", "Brunner", "Wendt", "Kessler", "Thiele", "Reuter", "Ostermann", "Dreyer",
	"von der Heide", "von Bülow", "van der Linden", "de Vries", "zur Mühlen", "vom Bruch", "von Hohenstein", "zu Dohna",
	"Schulze-Wessel", "Meyer-Hansen", "Krause-Albers", "Becker-Nowak", "Lüdecke-Schmidt",
}

type deP struct {
	vor, nach string
	fem       bool
}

func dePerson(g *gen) deP {
	p := deP{nach: g.of(deSurnames)}
	if g.chance(0.5) {
		p.fem, p.vor = true, g.of(deFemale)
	} else {
		p.vor = g.of(deMale)
	}
	return p
}

func deFamily(g *gen, nach string) deP {
	p := dePerson(g)
	p.nach = nach
	return p
}

func (p deP) full() string     { return p.vor + " " + p.nach }
func (p deP) inverted() string { return p.nach + ", " + p.vor }
func (p deP) initial() string  { return p.vor[:1] + ". " + p.nach }

func (p deP) anrede() string {
	if p.fem {
		return "Frau"
	}
	return "Herr"
}

func (p deP) herrn() string {
	if p.fem {
		return "Frau"
	}
	return "Herrn"
}

// deTitled writes "Frau Dr. Weber" with only "Weber" labelled.
func (b *builder) deTitled(g *gen, p deP, dativ bool) {
	if dativ {
		b.text(p.herrn(), " ")
	} else {
		b.text(p.anrede(), " ")
	}
	if g.chance(0.15) {
		b.text(g.pick("Dr. ", "Prof. Dr. ", "Dipl.-Ing. "))
	}
	b.name(p.nach)
}

// any returns a written form of a full name.
func (p deP) any(g *gen) string {
	switch g.n(7) {
	case 0:
		return p.inverted()
	case 1:
		if !strings.ContainsAny(p.vor[:1], "ÄÖÜ") {
			return p.initial()
		}
	}
	return p.full()
}

type deOrt struct{ plz, ort string }

var deOrte = []deOrt{
	{"10115", "Berlin"}, {"10437", "Berlin"}, {"12043", "Berlin"}, {"20095", "Hamburg"}, {"22765", "Hamburg"},
	{"80331", "München"}, {"81667", "München"}, {"50667", "Köln"}, {"50823", "Köln"}, {"60311", "Frankfurt am Main"},
	{"70173", "Stuttgart"}, {"40210", "Düsseldorf"}, {"44135", "Dortmund"}, {"45127", "Essen"}, {"28195", "Bremen"},
	{"30159", "Hannover"}, {"04109", "Leipzig"}, {"01067", "Dresden"}, {"90402", "Nürnberg"}, {"47051", "Duisburg"},
	{"44787", "Bochum"}, {"42103", "Wuppertal"}, {"33602", "Bielefeld"}, {"53111", "Bonn"}, {"48143", "Münster"},
	{"76133", "Karlsruhe"}, {"68159", "Mannheim"}, {"86150", "Augsburg"}, {"65183", "Wiesbaden"}, {"41061", "Mönchengladbach"},
	{"38100", "Braunschweig"}, {"24103", "Kiel"}, {"09111", "Chemnitz"}, {"06108", "Halle (Saale)"}, {"39104", "Magdeburg"},
	{"79098", "Freiburg im Breisgau"}, {"23552", "Lübeck"}, {"99084", "Erfurt"}, {"18055", "Rostock"}, {"55116", "Mainz"},
	{"34117", "Kassel"}, {"66111", "Saarbrücken"}, {"49074", "Osnabrück"}, {"26122", "Oldenburg"}, {"93047", "Regensburg"},
	{"97070", "Würzburg"}, {"89073", "Ulm"}, {"72070", "Tübingen"}, {"69117", "Heidelberg"}, {"37073", "Göttingen"},
	{"14467", "Potsdam"}, {"19053", "Schwerin"}, {"07743", "Jena"}, {"96047", "Bamberg"}, {"83022", "Rosenheim"},
	{"87435", "Kempten (Allgäu)"}, {"25813", "Husum"}, {"26603", "Aurich"}, {"31134", "Hildesheim"}, {"57072", "Siegen"},
	{"54290", "Trier"}, {"88045", "Friedrichshafen"}, {"94032", "Passau"}, {"17489", "Greifswald"}, {"02826", "Görlitz"},
	{"36037", "Fulda"}, {"35037", "Marburg"}, {"63739", "Aschaffenburg"}, {"21335", "Lüneburg"}, {"29221", "Celle"},
	{"32423", "Minden"}, {"59555", "Lippstadt"}, {"78462", "Konstanz"}, {"84028", "Landshut"}, {"91054", "Erlangen"},
	{"85049", "Ingolstadt"}, {"37075", "Göttingen"}, {"30171", "Hannover"}, {"34121", "Kassel"}, {"81669", "München"},
	{"17449", "Trassenheide"}, {"24977", "Langballig"}, {"56859", "Bullay"}, {"82467", "Garmisch-Partenkirchen"}, {"99423", "Weimar"},
}

var deStreetBases = []string{
	"Goethe", "Schiller", "Linden", "Birken", "Eichen", "Buchen", "Ahorn", "Kastanien", "Rosen", "Tulpen",
	"Garten", "Wiesen", "Feld", "Wald", "Berg", "Bach", "Mühlen", "Kirch", "Schul", "Bahnhof",
	"Post", "Markt", "Haupt", "Brunnen", "Kant", "Lessing", "Mozart", "Beethoven", "Uhland", "Herder",
	"Heine", "Fontane", "Humboldt", "Kolping", "Raiffeisen", "Sonnen", "Drossel", "Amsel", "Finken", "Lerchen",
	"Hafen", "Kanal", "Deich", "Moor", "Heide", "Anger", "Holunder", "Wacholder", "Erlen", "Eschen",
}

var deStreetSuffixes = []string{"straße", "straße", "straße", "str.", "weg", "weg", "allee", "ring", "gasse", "damm", "pfad", "ufer"}

var deStreetWhole = []string{
	"Berliner Straße", "Hamburger Chaussee", "Kölner Landstraße", "Frankfurter Allee", "Am Mühlbach", "An der Kirche",
	"Im Winkel", "Zur Alten Post", "Auf dem Kamp", "Hinter den Höfen", "Unter den Eichen", "Friedrich-Ebert-Straße",
	"Konrad-Adenauer-Ring", "Käthe-Kollwitz-Weg", "Geschwister-Scholl-Straße", "Otto-Hahn-Straße", "Robert-Koch-Platz",
	"Carl-Zeiss-Straße", "Dorfstraße", "Alte Dorfstraße", "Neue Reihe", "Große Bleichen", "Kleine Gasse",
	"Weender Landstraße", "Wilhelmshöher Allee", "Rosenheimer Straße", "Kieler Straße", "Oderberger Str.", "Am Deich",
	"Marienstraße", "Süderstraße", "Kastanienallee", "Industriestraße", "Sportplatzweg", "Bei der Mühle", "Lerchenfeld",
	"Sophie-Scholl-Platz", "Hermann-Löns-Weg", "Theodor-Heuss-Allee", "Willy-Brandt-Straße", "Prinzregentenstraße",
}

type deA struct{ street, nr, plz, ort string }

func deAddress(g *gen) deA {
	o := deOrte[g.n(len(deOrte))]
	a := deA{plz: o.plz, ort: o.ort}
	if g.chance(0.55) {
		a.street = g.of(deStreetBases) + g.of(deStreetSuffixes)
	} else {
		a.street = g.of(deStreetWhole)
	}
	a.nr = fmt.Sprint(g.between(1, 180))
	switch g.n(8) {
	case 0:
		a.nr += g.pick("a", "b", "c")
	case 1:
		a.nr += " " + g.pick("a", "b")
	case 2:
		n := g.between(1, 40)
		a.nr = fmt.Sprintf("%d-%d", n, n+2)
	}
	return a
}

func (a deA) line() string     { return a.street + " " + a.nr }
func (a deA) cityLine() string { return a.plz + " " + a.ort }

func (a deA) one(g *gen) string {
	switch g.n(10) {
	case 0:
		return a.line() + " · " + a.cityLine()
	case 1:
		return a.line() + " in " + a.cityLine()
	case 2:
		return a.line() + ", D-" + a.cityLine()
	default:
		return a.line() + ", " + a.cityLine()
	}
}

func (a deA) block() string { return a.line() + "\n" + a.cityLine() }

// neighbor returns another number on the same street.
func (a deA) neighbor(g *gen) string { return fmt.Sprintf("%s %d", a.street, g.between(1, 120)) }

// ------------------------------------------------------------------
// Buergersprechstunde-Anmeldeliste: a semicolon export with split fields.

func deSprechstunde(g *gen, b *builder) {
	office := g.pick("Oberbürgermeisterin", "Bezirksbürgermeister", "Ortsvorsteherin", "Landrat")
	b.text("Bürgersprechstunde ", office, " – Anmeldungen für den ", fmt.Sprintf("%02d.%02d.%d", 1+g.n(28), 1+g.n(12), 2024+g.n(2)), "\n")
	b.text("Nr;Nachname;Vorname;Straße;PLZ;Ort;Anliegen\n")
	for i := range g.between(5, 8) {
		p := dePerson(g)
		a := deAddress(g)
		b.textf("%d;", i+1)
		b.name(p.nach)
		b.text(";")
		b.name(p.vor)
		b.text(";")
		if g.chance(0.85) {
			b.addr(a.line())
			b.text(";", a.plz, ";", a.ort, ";")
		} else {
			b.text("k. A.;;;")
		}
		switch g.n(6) {
		case 0:
			b.text("Parksituation vor der Kita, auch im Namen von ")
			b.deTitled(g, dePerson(g), true)
		case 1:
			b.text("Baumfällung im Innenhof, gemeinsam mit Nachbarin ")
			b.name(dePerson(g).full())
		case 2:
			b.text(g.pick("Lärm durch den Biergarten \"Zum Goldenen Hirsch\"", "Haltestelle Goetheplatz ohne Überdachung", "Schlaglöcher in der Bahnhofstraße", "Öffnungszeiten Stadtbibliothek"))
		case 3:
			b.text("Fortsetzung Gespräch mit ")
			b.deTitled(g, dePerson(g), true)
			b.text(" vom Ordnungsamt")
		default:
			b.text(g.pick("Wohngeld", "Einbürgerung – Termin", "Straßenbeleuchtung", "Spielplatz am Mühlbach", "Hundekotbeutel-Spender", "Friedhofsgebühren"))
		}
		b.text("\n")
	}
	sb := dePerson(g)
	rh := deAddress(g)
	rh.street, rh.nr = g.pick("Rathausplatz", "Markt", "Am Rathaus"), fmt.Sprint(g.between(1, 12))
	b.text("\nSachbearbeitung: ")
	b.name(sb.initial())
	b.text(", Bürgerbüro, ")
	b.addr(rh.one(g))
	b.text("\n")
}

// ------------------------------------------------------------------
// Erbschein-Antrag: a probate court form.

func deErbschein(g *gen, b *builder) {
	o := deOrte[g.n(len(deOrte))]
	b.text("Amtsgericht ", o.ort, " – Nachlassgericht\nAntrag auf Erteilung eines Erbscheins\nAktenzeichen: ", fmt.Sprint(g.between(1, 40)), " VI ", fmt.Sprint(g.between(100, 999)), "/", fmt.Sprint(24+g.n(2)), "\n\n")
	e := dePerson(g)
	e.fem, e.vor = true, g.of(deFemale[:30])
	b.text("1. Angaben zur Erblasserin / zum Erblasser\n   Name, Vorname: ")
	b.name(e.inverted())
	b.text("\n   geb. ")
	b.name(g.of(deSurnames))
	born := deOrte[g.n(len(deOrte))]
	b.text("\n   geboren am ", fmt.Sprintf("%02d.%02d.%d", 1+g.n(28), 1+g.n(12), 1930+g.n(30)), " in ", born.ort, "\n   verstorben am ", fmt.Sprintf("%02d.%02d.%d", 1+g.n(28), 1+g.n(12), 2023+g.n(3)), " in ", o.ort, "\n   letzte Anschrift: ")
	la := deAddress(g)
	la.plz, la.ort = o.plz, o.ort
	b.addr(la.one(g))
	b.text("\n   Familienstand: verwitwet (Ehemann ")
	h := deFamily(g, e.nach)
	h.fem, h.vor = false, g.of(deMale)
	b.name(h.full())
	b.text(", verstorben ", fmt.Sprint(1995+g.n(25)), ")\n\n2. Antragsteller/in\n   Name: ")
	ant := deFamily(g, e.nach)
	if g.chance(0.3) {
		ant.nach = e.nach + "-" + g.of(deSurnames[:60])
	}
	if g.chance(0.3) {
		b.text("Dr. ")
	}
	b.name(ant.full())
	b.text("\n   Anschrift:\n   ")
	aa := deAddress(g)
	b.addr(aa.line() + "\n   " + aa.cityLine())
	rel := g.pick("Sohn", "Enkel", "Neffe")
	if ant.fem {
		rel = g.pick("Tochter", "Enkelin", "Nichte")
	}
	b.text("\n   Verhältnis zur Erblasserin: ", rel, "\n\n3. Weitere gesetzliche Erben\n")
	for i := range g.between(1, 3) {
		m := deFamily(g, e.nach)
		b.textf("   %c) ", 'a'+i)
		b.name(m.full())
		if m.fem {
			b.text(", ", g.pick("Tochter", "Enkelin"), ", ")
		} else {
			b.text(", ", g.pick("Sohn", "Enkel"), ", ")
		}
		if g.chance(0.3) {
			mu := deFamily(g, m.nach)
			mu.fem, mu.vor = true, g.of(deFemale)
			b.text("minderjährig, vertreten durch die Mutter ")
			b.name(mu.full())
			b.text(", ")
		}
		ma := deAddress(g)
		b.addr(ma.one(g))
		b.text("\n")
	}
	notar := dePerson(g)
	b.text("\n4. Verfügung von Todes wegen: notarielles Testament vom ", fmt.Sprintf("%02d.%02d.%d", 1+g.n(28), 1+g.n(12), 2005+g.n(15)), ", UR-Nr. ", fmt.Sprint(g.between(100, 2999)), "/", fmt.Sprint(2005+g.n(15)), " ")
	if notar.fem {
		b.text("der Notarin Dr. ")
	} else {
		b.text("des Notars Dr. ")
	}
	b.name(notar.full())
	rp := dePerson(g)
	if rp.fem {
		b.text(" in ", deOrte[g.n(len(deOrte))].ort, "\n\n5. Versicherung an Eides statt wurde vor der Rechtspflegerin ")
	} else {
		b.text(" in ", deOrte[g.n(len(deOrte))].ort, "\n\n5. Versicherung an Eides statt wurde vor dem Rechtspfleger ")
	}
	b.deTitled(g, rp, true)
	b.text(" abgegeben.\n\n", o.ort, ", den ", fmt.Sprintf("%02d.%02d.%d", 1+g.n(28), 1+g.n(12), 2025), "\nUnterschrift: ")
	b.name(ant.initial())
	b.text("\n")
}

// ------------------------------------------------------------------
// Wohnungsuebergabeprotokoll: a handover protocol.

func deUebergabe(g *gen, b *builder) {
	obj := deAddress(g)
	auszug := g.chance(0.6)
	b.text("Wohnungsübergabeprotokoll (", map[bool]string{true: "Auszug", false: "Einzug"}[auszug], ")\nObjekt: ")
	b.addr(obj.line() + ", " + g.pick("3. OG links", "EG rechts", "2. OG Mitte", "DG", "1. OG, Whg. 4", "Hinterhaus, 2. OG") + ", " + obj.cityLine())
	vm := dePerson(g)
	mi := dePerson(g)
	b.text("\nDatum: ", fmt.Sprintf("%02d.%02d.%d", 1+g.n(28), 1+g.n(12), 2024+g.n(2)), ", ", g.clock(), " Uhr\n\nVermieter/Verwalter: ", g.pick("Wohnungsbaugenossenschaft \"Glück Auf\" eG", "Vonovia SE", "Hausverwaltung Schneider & Kollegen GmbH", "privat"), ", vertreten durch ")
	b.deTitled(g, vm, true)
	b.text(" (")
	b.name(vm.full())
	b.text(")\nMieter/in: ")
	b.text(mi.anrede(), " ")
	b.name(mi.full())
	if g.chance(0.4) {
		mm := deFamily(g, mi.nach)
		b.text(" und ")
		b.name(mm.full())
	}
	if g.chance(0.7) {
		va := deAddress(g)
		b.text("\nAnschrift Vermieter/Verwalter: ")
		b.addr(va.one(g))
	}
	b.text("\nZeuge: ")
	z := dePerson(g)
	b.name(z.full())
	b.text("\n\nZählerstände: Strom ", g.digits(5), " kWh (Zähler-Nr. ", g.digits(8), "), Gas ", g.digits(4), " m³, Wasser kalt ", g.digits(3), " m³\n")
	b.text("Schlüssel: 2x Haustür, 2x Wohnung, 1x Briefkasten, 1x Keller\n")
	b.text("Mängel: ", g.pick("Bohrlöcher im Bad (3), laut ", "Kratzer im Parkett Wohnzimmer, laut ", "Schimmelfleck Schlafzimmer Fensterlaibung, laut "))
	b.text(vm.herrn(), " ")
	b.name(vm.nach)
	b.text(g.pick(" vor Einzug vorhanden", " vom Mieter zu beseitigen", " Sache der Verwaltung"), ". Küche (Nobilia) ohne Beanstandung, Miele-Geschirrspüler funktioniert.\n")
	na := deAddress(g)
	if auszug {
		b.text("Neue Anschrift des Mieters:\n")
	} else {
		b.text("Bisherige Anschrift des Mieters:\n")
	}
	b.addr(na.block())
	b.text("\n")
	b.text("Kaution: Rückzahlung auf IBAN DE", g.digits(2), " ", g.digits(4), " ", g.digits(4), " ", g.digits(4), " ", g.digits(4), " ", g.digits(2), ", Kontoinhaber: ")
	b.name(mi.full())
	b.text("\n\nUnterschriften: ________ (")
	b.name(vm.nach)
	b.text(")   ________ (")
	b.name(mi.nach)
	b.text(")\n")
}

// ------------------------------------------------------------------
// Vereinsfest-Helferplan: a Markdown table of volunteer shifts.

func deHelferplan(g *gen, b *builder) {
	verein := g.pick("TSV Eintracht Grünwald 1908 e.V.", "SV Blau-Weiß Langballig", "Kleingartenverein Sonnenschein e.V.", "Freiwillige Feuerwehr Bullay", "Schützenverein Hubertus e.V.", "MTV Kiel von 1866")
	ch := dePerson(g)
	b.text("## ", g.pick("Sommerfest", "Oktoberfest", "Tag der offenen Tür", "Weihnachtsmarkt"), " ", verein, ": Helferplan\n")
	b.text("Stand ", fmt.Sprintf("%02d.%02d.", 1+g.n(28), 1+g.n(12)), ", verantwortlich: ")
	b.name(ch.full())
	role := g.pick("2. Vorsitzender", "Festausschuss", "Kassenwart")
	if ch.fem {
		role = g.pick("2. Vorsitzende", "Festausschuss", "Kassenwartin")
	}
	b.text(" (", role, ")\n\n| Zeit | Stand | Helfer/in | Bemerkung |\n|---|---|---|---|\n")
	stands := g.distinct([]string{"Kuchentheke", "Grill", "Getränke", "Kasse", "Kinderschminken", "Tombola", "Aufbau", "Abbau", "Parkplatz", "Losbude"}, g.between(4, 6))
	h := 9 + g.n(3)
	for _, s := range stands {
		b.textf("| %d–%d Uhr | %s | ", h, h+3, s)
		h += g.n(3)
		for j := range g.between(1, 2) {
			if j > 0 {
				b.text(", ")
			}
			p := dePerson(g)
			if g.chance(0.25) {
				b.name(p.vor)
			} else {
				b.name(p.full())
			}
		}
		b.text(" | ")
		switch g.n(6) {
		case 0:
			b.text("Kuchen bis 9:30 bei Familie ")
			b.name(dePerson(g).nach)
			b.text(", ")
			b.addr(deAddress(g).line())
			b.text(", abgeben")
		case 1:
			b.text("Grillgut kommt von Metzgerei ", g.pick("Fuchs", "Hahn", "Vogel"), ", Kohle von Hornbach")
		case 2:
			b.text("Wechselgeld bei ")
			b.deTitled(g, dePerson(g), true)
			b.text(" abholen")
		case 3:
			b.text("Schlüssel Vereinsheim: ")
			b.name(dePerson(g).vor)
		default:
			b.text(g.pick("–", "bitte pünktlich", "Paulaner und Erdinger alkoholfrei", "Kasse 2 ist defekt", "Tische vom Gasthof Adler"))
		}
		b.text(" |\n")
	}
	b.text("\nBierzeltgarnituren holen wir ", g.pick("Freitag", "Samstag früh"), " bei Getränke ", g.pick("Hoffmann", "Kaiser", "Krüger"), " GmbH, ")
	a := deAddress(g)
	b.addr(a.one(g))
	b.text(" (Anhänger von ")
	b.name(dePerson(g).vor)
	b.text("). Musik: DJ ")
	b.name(g.pick("Tobi", "Basti", "Flo", "Steffi"))
	b.text(".")
	vh := deAddress(g)
	b.text(" Treffpunkt Vereinsheim, ")
	if g.chance(0.5) {
		b.addr(vh.line())
	} else {
		b.addr(vh.one(g))
	}
	b.text(".")
	b.text("\n\nDanke euch allen!\n")
	b.name(ch.vor)
	b.text("\n")
}

// ------------------------------------------------------------------
// Hausgemeinschaft-Signalchat: a tenants' group chat.

func deSignalChat(g *gen, b *builder) {
	haus := deAddress(g)
	b.text("Hausgemeinschaft ")
	b.addr(haus.line())
	b.text(" (Signal)\n")
	people := make([]deP, 5)
	shown := make([]int, 5)
	floorOf := make([]string, 5)
	floors := []string{"EG links", "EG rechts", "1. OG", "2. OG", "3. OG", "DG", "Hinterhaus"}
	for i := range people {
		people[i] = dePerson(g)
		shown[i] = g.n(5)
		floorOf[i] = g.of(floors)
	}
	d := fmt.Sprintf("%02d.%02d.%02d", 1+g.n(28), 1+g.n(12), 24+g.n(2))
	tick := g.ticker()
	say := func(p deP) {
		b.text("[", d, ", ", tick(), "] ")
		i := 0
		for j := range people {
			if people[j] == p {
				i = j
			}
		}
		switch shown[i] {
		case 0:
			b.name(p.vor)
			b.text(" (", floorOf[i], ")")
		case 1:
			b.name(p.vor)
		default:
			b.name(p.full())
		}
		b.text(": ")
	}
	for range g.between(7, 10) {
		i := g.n(5)
		p, q := people[i], people[(i+1+g.n(4))%5]
		say(p)
		switch g.n(11) {
		case 0:
			b.text("Hat jemand ein Paket für ")
			b.name(q.nach)
			b.text(" angenommen? DHL sagt „beim Nachbarn“\n")
			say(q)
			b.text("Danke ")
			b.name(p.vor)
			b.text(" 🙏 hole es heute Abend\n")
		case 1:
			b.text("Die Haustür schließt wieder nicht. Ich hab der Hausverwaltung ", g.pick("Müller & Partner GmbH", "Schneider & Kollegen", "Deutsche Wohnen"), " geschrieben.\n")
		case 2:
			b.text("Morgen kommt der Schornsteinfeger, ")
			b.deTitled(g, dePerson(g), false)
			b.text(", zwischen 8 und 12.\n")
		case 3:
			b.text("Mein Hermes-Paket liegt im Shop in der ")
			b.addr(g.pick("Oderberger Str. ", "Lychener Straße ", "Hauptstraße ") + fmt.Sprint(g.between(1, 80)))
			b.text(", falls jemand vorbeigeht 🙈\n")
		case 4:
			b.text("Kann jemand am Samstag die Blumen von ")
			b.deTitled(g, q, true)
			b.text(" gießen? Die Wohnung ist bis Dienstag leer, alle sind in ", deOrte[g.n(len(deOrte))].ort, ".\n")
		case 5:
			b.text("Im Nachbarhaus (")
			b.addr(haus.neighbor(g))
			b.text(") ist heute Sperrmüll, falls ihr noch was loswerden wollt.\n")
		case 6:
			b.text("@")
			b.name(q.vor)
			b.text(" dein Fahrrad steht im Weg vor den Mülltonnen\n")
		case 9:
			b.text("Wer hat den Schlüssel zum Fahrradkeller? Sonst hole ich einen bei der Hausverwaltung, ")
			hv := deAddress(g)
			b.addr(hv.one(g))
			b.text("\n")
		case 10:
			b.text("Die Post für ")
			b.name(q.nach)
			b.text(" landet ständig bei uns, obwohl sie jetzt in der ")
			nu := deAddress(g)
			b.addr(nu.one(g))
			b.text(" wohnen 🙄\n")
		case 7:
			b.text("Der Elektriker von Elektro ", g.pick("Schneider", "Wagner", "Becker"), " war da, Treppenhauslicht geht wieder 👍\n")
		default:
			b.text("Hausfest am ", g.pick("Samstag", "Sonntag"), " im Hof! Ich mach Nudelsalat, ")
			b.name(q.vor)
			b.text(" bringt den Grill.\n")
		}
	}
}

// ------------------------------------------------------------------
// Paketumleitung-JSON: parcel redirections from a carrier's app.

func dePaketJSON(g *gen, b *builder) {
	b.text("{\n  \"kundenkonto\": \"", strings.ToLower(g.pick("w.jansen84", "kaya_ahmet", "mueller.s", "svenja.b", "hh-maren"))+g.digits(1), "\",\n  \"sendungen\": [\n")
	n := g.between(2, 4)
	for i := range n {
		p := dePerson(g)
		a := deAddress(g)
		b.text("    {\n      \"sendungsnummer\": \"00340434", g.digits(10), "\",\n      \"absender\": \"", g.pick("Otto GmbH & Co KG", "Tchibo GmbH", "Zalando SE", "Hugo Boss AG", "Dr. Oetker Shop", "Thalia Bücher GmbH", "Rossmann Online"), "\",\n")
		b.text("      \"empfaenger\": {\n        \"name\": \"")
		b.name(p.full())
		b.text("\",\n        \"strasse\": \"")
		b.addr(a.line())
		b.text("\",\n        \"plz\": \"", a.plz, "\",\n        \"ort\": \"", a.ort, "\"\n      },\n")
		b.text("      \"umleitung\": {\n")
		switch g.n(3) {
		case 0:
			nb := dePerson(g)
			b.text("        \"typ\": \"Wunschnachbar\",\n        \"name\": \"")
			b.name(nb.full())
			b.text("\",\n        \"adresse\": \"")
			na := a
			na.nr = fmt.Sprint(g.between(1, 120))
			b.addr(na.line() + ", " + na.cityLine())
			b.text("\"\n")
		case 1:
			fa := a
			fa.street, fa.nr = g.pick("Hauptstraße", "Bahnhofstraße", "Marktplatz"), fmt.Sprint(g.between(1, 40))
			b.text("        \"typ\": \"Filiale\",\n        \"adresse\": \"Postfiliale im REWE, ")
			b.addr(fa.line() + ", " + fa.cityLine())
			b.text("\"\n")
		default:
			b.text("        \"typ\": \"Wunschort\",\n        \"ort\": \"", g.pick("Garage", "Gartenhaus", "Terrasse", "Carport hinten links"), "\"\n")
		}
		b.text("      },\n      \"hinweis\": \"")
		switch g.n(3) {
		case 0:
			b.text("Bitte bei ")
			b.deTitled(g, dePerson(g), true)
			b.text(" im EG abgeben, nicht im Kiosk")
		case 1:
			b.text("Klingel defekt, bitte ")
			b.name(p.vor)
			b.text(" anrufen")
		default:
			b.text("")
		}
		b.text("\",\n      \"zusteller\": \"tour", g.digits(4), "\"\n    }")
		if i < n-1 {
			b.text(",")
		}
		b.text("\n")
	}
	b.text("  ]\n}\n")
}

// ------------------------------------------------------------------
// Kfz-Versicherungswechsel-XML: a switch request with split fields.

func deKfzXML(g *gen, b *builder) {
	vn := dePerson(g)
	a := deAddress(g)
	b.text("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Wechselantrag nr=\"KW-", g.digits(7), "\" eingang=\"", g.date("-"), "\">\n  <Versicherungsnehmer>\n    <Anrede>", vn.anrede(), "</Anrede>\n")
	if g.chance(0.2) {
		b.text("    <Titel>Dr.</Titel>\n")
	}
	b.text("    <Vorname>")
	b.name(vn.vor)
	b.text("</Vorname>\n    <Nachname>")
	b.name(vn.nach)
	b.text("</Nachname>\n    <Anschrift>\n      <Strasse>")
	b.addr(a.line())
	b.text("</Strasse>\n      <PLZ>", a.plz, "</PLZ>\n      <Ort>", xmlEsc(a.ort), "</Ort>\n    </Anschrift>\n    <Geburtsdatum>", fmt.Sprint(1950+g.n(50)), "-", fmt.Sprintf("%02d-%02d", 1+g.n(12), 1+g.n(28)), "</Geburtsdatum>\n  </Versicherungsnehmer>\n")
	b.text("  <Fahrzeug>\n    <Hersteller>", g.pick("Mercedes-Benz", "Porsche", "Opel", "Ford", "Škoda", "Dacia", "Volkswagen", "Citroën"), "</Hersteller>\n    <Kennzeichen>", g.pick("KI", "HH", "M", "B", "GÖ", "K"), "-", string(rune('A'+g.n(26))), string(rune('A'+g.n(26))), " ", g.digits(3), "</Kennzeichen>\n  </Fahrzeug>\n  <Fahrer>\n")
	b.text("    <Person rolle=\"Hauptfahrer\">")
	b.name(vn.full())
	b.text("</Person>\n")
	for range g.between(0, 2) {
		f := deFamily(g, vn.nach)
		if f.fem {
			b.text("    <Person rolle=\"", g.pick("Partnerin", "Tochter"), "\">")
		} else {
			b.text("    <Person rolle=\"", g.pick("Partner", "Sohn"), "\">")
		}
		if g.chance(0.4) {
			b.name(f.inverted())
		} else {
			b.name(f.full())
		}
		b.text("</Person>\n")
	}
	b.text("  </Fahrer>\n")
	if g.chance(0.5) {
		sa := deAddress(g)
		b.text("  <Abstellort>")
		b.addr(xmlEsc(sa.one(g)))
		b.text("</Abstellort>\n")
	}
	if g.chance(0.6) {
		h := dePerson(g)
		ha := deAddress(g)
		b.text("  <Halter abweichend=\"true\">\n    <Name>")
		b.name(h.full())
		b.text("</Name>\n    <Anschrift>")
		b.addr(xmlEsc(ha.line() + ", " + ha.cityLine()))
		b.text("</Anschrift>\n  </Halter>\n")
	}
	vm := dePerson(g)
	b.text("  <Vorversicherer>", g.pick("HUK-COBURG", "Allianz", "DEVK", "LVM", "R+V"), "</Vorversicherer>\n  <Vermittler>\n    <Name>")
	b.name(vm.full())
	b.text("</Name>\n    <Nr>", g.digits(6), "</Nr>\n  </Vermittler>\n  <Bemerkung>")
	b.text(xmlEsc(g.pick("Wechsel zum 01.01., SF-Klasse 12 übernehmen", "Garage vorhanden", "Zweitwagen über Vater")))
	b.text("</Bemerkung>\n</Wechselantrag>\n")
}

// ------------------------------------------------------------------
// Mietschuldenfreiheitsbescheinigung: a landlord's confirmation letter.

func deMietschulden(g *gen, b *builder) {
	hv := g.pick("Hausverwaltung Schneider & Kollegen GmbH", "Immobilienverwaltung Ostermann KG", "WBG Wohnen am Park eG", "Vonovia SE")
	ha := deAddress(g)
	b.text(hv, " · ")
	b.addr(ha.line() + " · " + ha.cityLine())
	b.text("\n\n")
	m := dePerson(g)
	b.text(m.anrede(), "\n")
	if g.chance(0.25) {
		b.text("Dr. ")
	}
	b.name(m.full())
	b.text("\n")
	wa := deAddress(g)
	b.addr(wa.block())
	b.text("\n\n", wa.ort, ", ", fmt.Sprintf("%02d.%02d.%d", 1+g.n(28), 1+g.n(12), 2024+g.n(2)), "\n\nMietschuldenfreiheitsbescheinigung\n\n")
	if g.chance(0.3) {
		b.text("Hallo ")
		b.name(m.vor)
		b.text(",\n\n")
	} else {
		b.text("Sehr geehrte")
		if !m.fem {
			b.text("r")
		}
		b.text(" ")
		b.deTitled(g, m, false)
		b.text(",\n\n")
	}
	b.text("hiermit bestätigen wir, dass ", m.anrede(), " ")
	b.name(m.full())
	b.text(" die Wohnung ")
	b.addr(wa.line() + ", " + g.pick("2. OG rechts", "EG", "1. OG links") + ", " + wa.cityLine())
	b.text(" vom ", fmt.Sprintf("01.%02d.%d", 1+g.n(12), 2012+g.n(10)), " bis ", fmt.Sprintf("%02d.%02d.%d", 28+g.n(2), 1+g.n(12), 2025), " gemietet hat und alle Mietzahlungen vollständig und pünktlich geleistet wurden.")
	if g.chance(0.5) {
		mm := deFamily(g, m.nach)
		b.text(" Dies gilt auch für den Mitmieter ")
		b.name(mm.full())
		b.text(".")
	}
	b.text("\n\nFür Rückfragen steht Ihnen Ihr Ansprechpartner ")
	ap := dePerson(g)
	ap.fem = false
	b.text("Herr ")
	b.name(ap.nach)
	b.text(" (Durchwahl -", g.digits(2), ") gern zur Verfügung.\n\nMit freundlichen Grüßen\n\ni. A. ")
	sb := dePerson(g)
	b.name(sb.full())
	if sb.fem {
		b.text("\n", g.pick("Sachbearbeiterin Mietenbuchhaltung", "Objektbetreuung", "Kundenservice"), "\n")
	} else {
		b.text("\n", g.pick("Sachbearbeiter Mietenbuchhaltung", "Objektbetreuung", "Kundenservice"), "\n")
	}
}

// ------------------------------------------------------------------
// Schluesseldienst-Einsatzprotokoll: key=value records of lockout calls.

func deSchluesseldienst(g *gen, b *builder) {
	mon := dePerson(g)
	for range g.between(2, 4) {
		k := dePerson(g)
		a := deAddress(g)
		b.text("einsatz=SD-", fmt.Sprint(2024+g.n(2)), "-", g.digits(4), " datum=", g.date("-"), " zeit=", g.clock(), " monteur=\"")
		b.name(mon.full())
		b.text("\" fahrzeug=", g.pick("M", "B", "HH", "K"), "-SD ", g.digits(3), "\n")
		b.text("kunde=\"")
		b.name(k.full())
		b.text("\" adresse=\"")
		b.addr(a.one(g))
		b.text("\" etage=", fmt.Sprint(g.n(6)), "\n")
		b.text("ausweis_geprueft=ja ausweis_name=\"")
		b.name(k.inverted())
		b.text("\"")
		if g.chance(0.3) {
			b.text(" meldeadresse_abweichend=\"")
			ma := deAddress(g)
			b.addr(ma.one(g))
			b.text("\"")
		}
		b.text("\ntuer=", g.pick("Wohnungstür", "Haustür", "Kellertür", "Garage"), " zylinder=", g.pick("ABUS", "BKS", "DOM", "Kaba"), " oeffnung=", g.pick("zerstörungsfrei", "Zylinder gezogen", "Fallenöffnung"), " preis=", fmt.Sprint(89+10*g.n(20)), "EUR\n")
		switch g.n(3) {
		case 0:
			z := dePerson(g)
			if z.fem {
				b.text("zeuge=\"Nachbarin ")
			} else {
				b.text("zeuge=\"Nachbar ")
			}
			b.deTitled(g, z, false)
			b.text(", ", g.pick("4. OG", "EG", "gegenüber"), "\"\n")
		case 1:
			b.text("notiz=\"Ersatzschlüssel bei Freundin (")
			b.name(dePerson(g).vor)
			b.text("), nicht erreichbar\"\n")
		default:
			b.text("notiz=\"Rechnung an Hausverwaltung, z. Hd. ")
			b.deTitled(g, dePerson(g), true)
			b.text(", ")
			b.addr(deAddress(g).one(g))
			b.text("\"\n")
		}
		b.text("---\n")
	}
}

// ------------------------------------------------------------------
// Familienchronik-YAML: a family tree kept as YAML.

func deChronikYAML(g *gen, b *builder) {
	root := dePerson(g)
	root.fem, root.vor = false, g.of(deMale[35:50])
	b.text("# Familienchronik ", root.nach, " – Stand ", g.pick("Weihnachten 2024", "Ostern 2025", "Sommer 2025"), "\nstammvater:\n  name: ")
	b.name(root.vor + " " + g.of(deMale[35:45]) + " " + root.nach)
	born := deOrte[g.n(len(deOrte))]
	b.text("\n  geboren: ", fmt.Sprint(1915+g.n(20)), " in ", born.ort, "\n  gestorben: ", fmt.Sprint(1985+g.n(20)), "\n  beruf: ", g.pick("Schmied", "Bauer", "Lehrer", "Bergmann", "Fischer", "Kaufmann"), "\nnachkommen:\n")
	var first deP
	for i := range g.between(2, 3) {
		c := deFamily(g, root.nach)
		married := c.fem && g.chance(0.6)
		if married {
			c.nach = g.of(deSurnames)
		}
		if i == 0 {
			first = c
		}
		b.text("  - name: ")
		b.name(c.full())
		if married {
			b.text("\n    geburtsname: ")
			b.name(root.nach)
		}
		if g.chance(0.7) {
			a := deAddress(g)
			b.text("\n    anschrift: \"")
			b.addr(a.one(g))
			b.text("\"")
		} else {
			b.text("\n    gestorben: ", fmt.Sprint(2000+g.n(24)))
		}
		b.text("\n    kinder:\n")
		for range g.between(1, 2) {
			k := deFamily(g, c.nach)
			b.text("      - name: ")
			b.name(k.full())
			switch g.n(3) {
			case 0, 1:
				ka := deAddress(g)
				b.text("\n        anschrift:\n          strasse: ")
				b.addr(ka.line())
				b.text("\n          plz: \"", ka.plz, "\"\n          ort: ", ka.ort, "\n")
			default:
				b.text("\n        wohnort: ", deOrte[g.n(len(deOrte))].ort, "\n")
			}
		}
	}
	b.text("notizen: |\n  Opa ")
	b.name(root.vor)
	b.text(" erzählte immer von der Werkstatt in der ", g.pick("Süderstraße", "Mühlenstraße", "Kirchgasse"), ". Das Foto von ")
	if first.fem {
		b.text("Tante ")
	} else {
		b.text("Onkel ")
	}
	b.name(first.vor)
	b.text(" hat ")
	b.name(g.of(deFemale))
	b.text(".\n")
}

// ------------------------------------------------------------------
// neg_Messekatalog: a trade fair catalogue of brands named after people.

func deNegMesse(g *gen, b *builder) {
	b.text(g.pick("Ambiente", "Haus & Garten", "Internationale Grüne Woche", "Consumenta", "Eisenwarenmesse"), " ", fmt.Sprint(2024+g.n(2)), " – Ausstellerverzeichnis (Auszug)\n\n")
	ex := []string{
		"Dr. Oetker", "Robert Bosch GmbH", "Miele & Cie. KG", "Alfred Kärcher SE & Co. KG", "Hugo Boss", "Haribo",
		"Dr. Ing. h.c. F. Porsche AG", "Mercedes-Benz", "Villeroy & Boch", "Zwilling J.A. Henckels", "Käthe Wohlfahrt",
		"Faber-Castell", "Staedtler", "Lamy", "Melitta", "Wella", "Carl Zeiss", "Adolf Würth GmbH & Co. KG",
		"Dr. Hauschka", "Rotkäppchen Sekt", "Jacobs Krönung", "Bahlsen", "Leibniz-Keks", "Ritter Sport",
		"Knorr", "Maggi", "Alois Dallmayr", "Paulaner", "Meister Proper", "Tante Fanny", "Lindt & Sprüngli",
		"Fielmann", "Rossmann", "Vorwerk", "Otto Group", "Dr. Theiss Naturwaren", "Kathreiner", "Erich Krause Schreibwaren",
		"Gebrüder Thonet", "Wilkinson Sword", "Heinrich Heine Buchhandlung", "Theo Fennell",
	}
	for _, e := range g.distinct(ex, g.between(8, 12)) {
		b.text("Halle ", fmt.Sprint(g.between(1, 11)), ", Stand ", string(rune('A'+g.n(8))), fmt.Sprint(g.between(1, 60)), " – ", e)
		switch g.n(5) {
		case 0:
			b.text(": Neuheit Sofa „", g.pick("Anna", "Ludwig", "Friedrich", "Greta", "Karl"), "“ in Cord")
		case 1:
			b.text(": Leuchtenserie „", g.pick("Heinrich", "Mathilde", "Otto"), "“")
		case 2:
			b.text(": Verkostung täglich ab 11 Uhr")
		}
		b.text("\n")
	}
	b.text("\nRahmenprogramm: Lesung im Thomas-Mann-Saal, Kochshow auf der Bühne am Beethovenplatz, Familientag am Sonntag mit dem Sandmännchen. ")
	b.text("Shuttlebusse ab Hauptbahnhof und ab Goethestraße, Parkhaus Am Schillerpark.\n")
	b.text("\n")
	if g.chance(0.6) {
		p := dePerson(g)
		b.text("Presse: ")
		b.deTitled(g, p, false)
		b.text(", Messeleitung. ")
	}
	if g.chance(0.35) {
		a := deAddress(g)
		b.text("Veranstalter: Messe GmbH, ")
		b.addr(a.one(g))
		b.text(".")
	}
	b.text("\n")
}

// ------------------------------------------------------------------
// neg_Hafenbewegungen: ship movements, ships and quays named after people.

func deNegHafen(g *gen, b *builder) {
	b.text(g.pick("Hamburg", "Bremerhaven", "Kiel", "Rostock", "Emden"), ": Schiffsbewegungen am ", fmt.Sprintf("%02d.%02d.", 1+g.n(28), 1+g.n(12)), "\n\n")
	ships := []string{
		"Gorch Fock", "Theodor Heuss", "Wappen von Hamburg", "Cap San Diego", "Rickmer Rickmers", "Peking",
		"Hermann Marwede", "Harro Koebke", "Prinsesse Benedikte", "Kronprinz Frederik", "Schleswig-Holstein",
		"Bürgermeister O'Swald II", "Aida Stella", "Mein Schiff 6", "Paul Ehrlich", "Frederick Hammond", "Anna Maersk",
		"Elisabeth Rickmers", "Graf Zeppelin", "Alexander von Humboldt II", "Mary Rose",
	}
	quays := []string{
		"Kaiser-Wilhelm-Brücke", "Burchardkai", "Columbuskaje", "Kehrwiederspitze", "Altonaer Kaispeicher",
		"Überseebrücke", "Willy-Brandt-Kai", "Ostseekai", "Schwedenkai", "Sandtorhafen", "Predöhlkai",
	}
	for range g.between(7, 10) {
		b.text(g.clock(), "  ", g.pick("Einlauf", "Auslauf", "Verholung"), "  ", g.pick("MS ", "SSS ", "Fähre ", "SK ", "MV "), g.of(ships), "  ", g.pick("an ", "von ", "nach "), g.of(quays), "  Lotse ", g.pick("an Bord", "bestellt", "–"), "\n")
	}
	b.text("\nHinweise: Die Kaiser-Wilhelm-Brücke ist von 14 bis 15 Uhr für den Straßenverkehr gesperrt. Der Seenotrettungskreuzer Hermann Marwede liegt zur Werftzeit bei Abeking & Rasmussen. ")
	b.text("Die Barkasse „Tante Hertha“ fährt ab Landungsbrücken, Brücke 3. Liegeplatzanfragen über Hafen Hamburg Marketing e.V.\n")
	if g.chance(0.6) {
		p := dePerson(g)
		b.text("\nDiensthabender Hafenkapitän: Kapitän ")
		b.name(p.full())
		b.text(".")
	}
	if g.chance(0.3) {
		a := deAddress(g)
		b.text(" Hafenbehörde, ")
		b.addr(a.one(g))
		b.text(".")
	}
	b.text("\n")
}
