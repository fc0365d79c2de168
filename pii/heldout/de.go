package heldout

import (
	"strconv"
	"strings"
)

var (
	deGiven = []string{"Lukas", "Leon", "Finn", "Jonas", "Paul", "Felix", "Maximilian", "Elias", "Ben", "Noah",
		"Emma", "Mia", "Hannah", "Sofia", "Lea", "Lena", "Marie", "Anna", "Laura", "Clara", "Ursula", "Jürgen",
		"Klaus", "Dieter", "Renate", "Sabine", "Monika", "Wolfgang", "Helga", "Karl-Heinz", "Hans-Peter",
		"Anneliese", "Emmely", "Friederike", "Ottilie", "Jannik", "Malte", "Gerda", "Uwe", "Birgit", "Torsten",
		"Heike", "Sven", "Katrin", "Mehmet", "Ayşe", "Dragan", "Svetlana", "Till", "Frauke", "Henrik", "Wiebke"}
	deSurname = []string{"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz",
		"Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz",
		"Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner", "Schmitz", "Krause",
		"Meier", "Lehmann", "Schmid", "Schulze", "Maier", "Köhler", "Herrmann", "König", "Walter", "Mayer",
		"Huber", "Kaiser", "Fuchs", "Peters", "Lang", "Scholz", "Möller", "Weiß", "Jung", "Hahn", "Yılmaz",
		"Kowalski", "Brinkhaus", "Oberdörfer", "Tiedemann", "Wachtmeister", "von Aschenbach", "Petersen", "Ostermann"}
	deStreetStem = []string{"Linden", "Birken", "Eichen", "Goethe", "Schiller", "Bahnhof", "Haupt", "Garten",
		"Mozart", "Rosen", "Berliner ", "Kirch", "Schul", "Wald", "Friedrich-Ebert-", "Karl-Marx-", "Bismarck",
		"Tannen", "Mühlen", "Ahorn", "Kastanien", "Industrie", "Sonnen", "Wiesen", "Feld"}
	deStreetType = []string{"straße", "str.", "weg", "gasse", "platz", "allee", "ring", "damm", "ufer", "chaussee",
		"steig", "pfad", "markt", "stieg", "graben", "höhe", "hof", "anger", "kamp"}
	// Street names of a preposition and a noun, spelled apart.
	dePrepStreet = []string{"Am Markt", "An der Alster", "Zur Mühle", "Im Winkel", "Auf dem Berg", "Unter den Linden",
		"Hinter der Kirche", "Am Kupfergraben", "In der Aue", "Alte Landstraße", "Neuer Wall", "Große Bleichen"}
	deCities = []string{"Berlin", "Hamburg", "München", "Köln", "Frankfurt am Main", "Stuttgart", "Düsseldorf",
		"Leipzig", "Dortmund", "Essen", "Bremen", "Dresden", "Hannover", "Nürnberg", "Freiburg im Breisgau",
		"Halle (Saale)", "Bad Homburg v. d. Höhe", "Münster", "Kiel", "Rostock", "Erfurt", "Görlitz", "Lübeck",
		"Oldenburg (Oldb)", "Garmisch-Partenkirchen"}
	deBrands = []string{"Dr. Oetker", "Robert Bosch GmbH", "Hugo Boss", "Carl Zeiss AG", "Porsche AG",
		"Werner & Mertz", "Miele & Cie. KG", "Haribo", "Fielmann AG", "Rossmann", "Otto Group", "Aldi Süd",
		"Melitta", "Boehringer Ingelheim", "Müller Milch", "Adolf Würth GmbH & Co. KG", "Kaiser's Tengelmann",
		"Heinrich Bauer Verlag", "Axel Springer SE", "Claas KGaA mbH", "Ernsting's family", "Dr. Hauschka",
		"Rudolf Wöhrl AG", "Max Bahr", "Wolf Garten", "August Storck KG", "Hermann Bahlsen"}
	// Capitalised German phrases and words that are also surnames.
	dePhrases = []string{"Ihre Bestellung wurde versandt.", "Vielen Dank für Ihren Einkauf!",
		"Bitte beachten Sie die Öffnungszeiten.", "Herzlichen Glückwunsch zum Jubiläum!",
		"Schöne Feiertage wünscht das Team.", "Der Wolf ist in die Lausitz zurückgekehrt.",
		"Klein, aber fein: unser neues Sortiment.", "Die Lieferung erfolgt in Kürze.",
		"Neue Öffnungszeiten ab Montag.", "Kundenservice und Rechnungsstelle sind umgezogen.",
		"Weiß oder Schwarz? Beide Farben sind vorrätig.", "Lange Nacht der Museen am Samstag.",
		"Frohe Weihnachten und einen guten Rutsch!", "Sehr geehrte Damen und Herren, anbei die Unterlagen.",
		"Allgemeine Geschäftsbedingungen gelten.", "Wichtige Hinweise zur Rücksendung."}
)

func (g *gen) deName() string { return g.of(deGiven) + " " + g.of(deSurname) }

func (g *gen) deStreet() string {
	n := strconv.Itoa(1+g.r.IntN(180)) + g.pick("", "", "", "a", "b", " a", "-3")
	if g.chance(0.25) {
		return g.of(dePrepStreet) + " " + n
	}
	stem, typ := g.of(deStreetStem), g.of(deStreetType)
	if last := stem[len(stem)-1]; last == ' ' || last == '-' {
		// "Berliner Straße", "Karl-Marx-Allee": the type is a word of its own.
		r := []rune(typ)
		typ = strings.ToUpper(string(r[0])) + string(r[1:])
	}
	return stem + typ + " " + n
}

func (g *gen) dePlzCity() string {
	return g.pick("", "", "", "D-") + g.digits(5) + " " + g.of(deCities)
}

func (g *gen) deAddress() string { return g.deStreet() + ", " + g.dePlzCity() }
func (g *gen) deBlock() string   { return g.deStreet() + "\n" + g.dePlzCity() }

func (g *gen) deNegative(b *builder) {
	br := g.of(deBrands)
	if g.chance(0.4) {
		b.text(g.of(dePhrases))
		return
	}
	b.text(g.pick(
		"Wir haben noch Pudding von "+br+" im Regal.",
		"Das Angebot von "+br+" gilt bis Ende Mai.",
		"Die Aktie von "+br+" legte um 2 % zu.",
		"Ersatzteile bitte direkt bei "+br+" bestellen.",
	))
}

func (g *gen) deSalute(b *builder) {
	switch g.r.IntN(4) {
	case 0:
		b.text("Hallo ")
		b.name(g.of(deGiven))
		b.text(",\n\n")
	case 1:
		b.text(g.pick("Sehr geehrter Herr ", "Sehr geehrte Frau "))
		b.name(g.of(deSurname))
		b.text(",\n\n")
	case 2:
		b.text(g.pick("Liebe ", "Lieber "))
		b.name(g.of(deGiven))
		b.text(",\n\n")
	default:
		b.text("Guten Tag ")
		b.name(g.deName())
		b.text(",\n\n")
	}
}

func deEmail(g *gen, b *builder) {
	g.deSalute(b)
	b.text(g.pick("anbei die Rechnung. ", "danke für Ihre Rückmeldung. ", "wie besprochen: "))
	if g.chance(0.5) {
		g.deNegative(b)
		b.text(" ")
	}
	if g.chance(0.6) {
		b.text("Die neue Lieferadresse lautet ")
		b.addr(g.deAddress())
		b.text(".")
	}
	b.text(g.pick("\n\nMit freundlichen Grüßen\n", "\n\nViele Grüße\n", "\n\nBeste Grüße\n", "\n\nLG\n"))
	b.name(g.deName())
	b.text("\n")
}

func deChat(g *gen, b *builder) {
	for range 2 + g.r.IntN(3) {
		b.text(g.clock(), " ")
		b.name(g.deName())
		b.text(": ")
		switch g.r.IntN(4) {
		case 0:
			b.text("frag mal ")
			b.name(g.of(deGiven))
			b.text(", ob das passt")
		case 1:
			b.text("bin jetzt in der ")
			b.addr(g.deAddress())
		case 2:
			g.deNegative(b)
		default:
			b.text(g.pick("ok, passt", "bin gleich da", "Danke dir!", "Mittag um 12?"))
		}
		b.text("\n")
	}
}

func deCSV(g *gen, b *builder) {
	b.text(g.pick("Name;Anschrift;Betrag\n", "kunde;adresse;summe\n", "Vorname Nachname;Lieferadresse;Status\n"))
	for range 1 + g.r.IntN(4) {
		b.name(g.deName())
		b.text(";")
		b.addr(g.deAddress())
		b.text(";", strconv.Itoa(g.r.IntN(900)), ",", g.digits(2), "\n")
	}
}

func deJSON(g *gen, b *builder) {
	b.text(`{"kundennr":`, g.digits(6), `,"`, g.pick("name", "kunde", "ansprechpartner", "empfaenger"), `":"`)
	b.name(g.deName())
	b.text(`","`, g.pick("anschrift", "adresse", "lieferadresse"), `":"`)
	b.addr(g.deAddress())
	b.text(`","hersteller":"`, g.of(deBrands), `"}`, "\n")
}

func deLetter(g *gen, b *builder) {
	b.text(g.pick("Herrn\n", "Frau\n", ""))
	b.name(g.deName())
	b.text("\n")
	b.addr(g.deBlock())
	b.text("\n\n", g.of(deCities[:6]), ", den ", strconv.Itoa(1+g.r.IntN(28)), ". März 2025\n\n")
	g.deSalute(b)
	b.text("wir bestätigen den Eingang Ihres Schreibens. ")
	g.deNegative(b)
	b.text("\n\nMit freundlichen Grüßen\n\n")
	b.name(g.deName())
	b.text("\nSachbearbeitung\n")
}

func deLog(g *gen, b *builder) {
	b.text(g.stamp(), " INFO kunde.update name=\"")
	b.name(g.deName())
	b.text("\" anschrift=\"")
	b.addr(g.deAddress())
	b.text("\" quelle=web\n")
	if g.chance(0.5) {
		b.text(g.stamp(), " WARN lieferant=\"", g.of(deBrands), "\" status=verzögert\n")
	}
}

func deReview(g *gen, b *builder) {
	b.text(g.pick("★★★★★ ", "Naja. ", "Top! "), "Kaffeemaschine von ", g.of(deBrands), " gekauft. ")
	if g.chance(0.4) {
		b.text(g.of(dePhrases), " ")
	}
	b.text("Danke an ")
	b.name(g.of(deGiven))
	b.text(" vom Kundendienst. – ")
	b.name(g.deName())
	b.text("\n")
}
