package unvisited

import (
	"fmt"
	"strings"

	"github.com/comity-project/comity/pii"
)

var deGiven = []string{"Anna", "Jonas", "Lea", "Lukas", "Mia", "Felix", "Emilia", "Maximilian", "Hannah", "Paul", "Sophie", "Elias", "Marie", "Ben", "Greta", "Karl-Heinz", "Hans-Jürgen", "Anne-Kathrin", "Ute", "Dieter", "Brigitte", "Jürgen", "Sabine", "Mehmet", "Ayşe", "Emre", "Zeynep", "Fatma", "Can", "Dragan", "Milica", "Piotr", "Agnieszka", "Katarzyna", "Tomasz", "Olena", "Dmytro", "Thi Lan", "Minh", "Ahmad", "Rania", "Yusuf", "Leyla", "Giuseppe", "Chiara", "Konstantinos", "Eleni", "Björn", "Swantje", "Ole", "Frauke", "Wiebke", "Malte", "Sven", "Ingrid", "Gökhan", "Nils", "Thorsten", "Jannik", "Aleksandra"}

var deSurnames = []string{"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Hoffmann", "Schäfer", "Koch", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Zimmermann", "Krüger", "Hartmann", "Lange", "Werner", "Lehmann", "Krause", "Köhler", "Brandt", "Haas", "Dietrich", "Engel", "Kuhn", "Pohl", "Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Nowak", "Kowalski", "Wiśniewska", "Lewandowski", "Petrović", "Jovanović", "Kovačević", "Nguyen", "Tran", "Pham", "Al-Hassan", "Haddad", "Rahimi", "Papadopoulos", "Russo", "Esposito", "Ivanova", "Schewtschenko", "Bondarenko", "Jansen", "Petersen", "Hinrichs", "Tiedemann", "Brinkmann", "Große-Wilde", "Schulze-Eckel", "Meier-Lohmann", "Wüst", "Ströbele", "Heß"}

var deParticles = []string{"von der Heide", "von Bülow", "zu Solms", "van der Linden", "de Vries", "von Thadden", "vom Brocke", "zur Nieden", "ter Horst", "von Ahlefeldt"}

func deSurname(g *gen) string {
	switch {
	case g.chance(0.1):
		return g.of(deParticles)
	case g.chance(0.08):
		return g.of(deSurnames) + "-" + g.of(deSurnames)
	}
	return g.of(deSurnames)
}

func deName(g *gen) string {
	switch g.r.IntN(10) {
	case 0:
		return strings.ToUpper(g.of(deSurnames)) + ", " + g.of(deGiven)
	case 1:
		return deSurname(g) + ", " + g.of(deGiven)
	case 2:
		return g.of(deGiven)[:1] + ". " + deSurname(g)
	case 3:
		return g.of(deGiven) + " " + g.of(deGiven) + " " + deSurname(g)
	}
	return g.of(deGiven) + " " + deSurname(g)
}

// dePerson writes a name with an optional title before it.
func dePerson(g *gen, b *builder) {
	if g.chance(0.35) {
		b.text(g.pick("Herr ", "Frau ", "Dr. ", "Prof. Dr. ", "Frau Dr. ", "Herrn ", "RA ", "Dipl.-Ing. "))
		if g.chance(0.6) {
			b.name(deSurname(g))
			return
		}
	}
	b.name(g.of(deGiven) + " " + deSurname(g))
}

var deStreetStems = []string{"Linden", "Birken", "Eichen", "Kastanien", "Ahorn", "Mühlen", "Schul", "Kirch", "Bahnhof", "Garten", "Wiesen", "Rosen", "Hafen", "Markt", "Berg", "Tal", "Burg", "Brunnen", "Feld", "Weiden"}
var deStreetForms = []string{"straße", "str.", "weg", "gasse", "allee", "ring", "damm", "steig", "pfad", "platz"}
var dePrepStreets = []string{"Am Alten Markt", "An der Kleinen Elster", "Zur Hohen Eiche", "Auf dem Kamp", "Hinter den Höfen", "Im Grünen Winkel", "Unter den Erlen", "Alte Poststraße", "Neue Reihe", "Große Fischerstraße", "Kleine Bäckergasse", "Zum Sandberg", "Beim Schlachthof", "Obere Torstraße"}
var dePersonStreets = []string{"Goethestraße", "Friedrich-Ebert-Allee", "Konrad-Adenauer-Ring", "Käthe-Kollwitz-Weg", "Bertha-von-Suttner-Platz", "Sophie-Scholl-Straße"}
var deTowns = []string{"Bad Lauterbrunn", "Neustadt an der Wiede", "Oberhaldorf", "Grevenbrück", "Lüttenhagen", "Sankt Ilgen", "Herzberg (Elster)", "Waldkirchen", "Frankenau", "Mühlbach", "Rotenfels", "Kleinwelka", "Bremerhaven", "Hildesheim", "Gelsenkirchen", "Offenbach am Main", "Cottbus", "Halle (Saale)", "Rosenheim", "Wismar"}
var deOT = []string{"OT Kleinwelka", "OT Unterhausen", "Ortsteil Dornbusch", "OT Neuenkirchen"}

func deStreet(g *gen) string {
	var s string
	switch r := g.r.IntN(10); {
	case r < 5:
		s = g.of(deStreetStems) + g.of(deStreetForms)
	case r < 8:
		s = g.of(dePrepStreets)
	default:
		s = g.of(dePersonStreets)
	}
	switch g.r.IntN(8) {
	case 0:
		n := g.n(1, 80)
		return s + " " + fmt.Sprintf("%d–%d", n, n+g.n(1, 4))
	case 1:
		return s + " " + g.num(1, 140) + g.pick("a", "b", "c", " a")
	case 2:
		return s + " " + g.num(1, 30) + "/" + g.num(1, 9)
	}
	return s + " " + g.num(1, 199)
}

func dePLZTown(g *gen) string { return fmt.Sprintf("%05d %s", g.n(1067, 99998), g.of(deTowns)) }

func deAddr(g *gen, sep string) string {
	parts := []string{deStreet(g)}
	if g.chance(0.2) {
		parts[0] += g.pick(", Whg. ", ", Whg. ", ", App. ", " Whg. ") + g.num(1, 24)
	}
	if g.chance(0.1) {
		parts[0] += g.pick(", Hinterhaus", ", 3. OG", ", Seitenflügel links")
	}
	if g.chance(0.12) {
		parts = append(parts, g.of(deOT))
	}
	parts = append(parts, dePLZTown(g))
	return strings.Join(parts, sep)
}

func deAddrAny(g *gen) string {
	switch g.r.IntN(7) {
	case 0:
		return deStreet(g)
	case 1:
		return deStreet(g) + " in " + g.of(deTowns)
	case 2:
		return deAddr(g, "\n")
	}
	return deAddr(g, ", ")
}

var deNeg = []string{"Dr. Oetker", "Robert Bosch GmbH", "Hugo Boss", "Käthe Wohlfahrt", "Haribo", "Aldi Süd", "Carl Zeiss", "Gottlieb Daimler Stadion", "Albert-Schweitzer-Gymnasium", "Helios Klinikum", "Friedrich-Ebert-Stiftung", "MS Helene Fischer", "Konrad-Adenauer-Haus", "Geschwister-Scholl-Schule", "Sparkasse", "Bundesagentur für Arbeit", "Schwarzwälder Kirschtorte", "Tante Emma Laden", "Ritter Sport", "Bahlsen", "Max-Planck-Institut", "Werner Bräu", "Kaufland", "Fielmann"}
var deNegWords = []string{"Hausmeister", "Zählerstand", "Gebühr", "Kaution", "Vermieter", "Bearbeiterin", "Sachbearbeiter", "Grundstück", "Haus 4", "Raum 112", "Gleis 7", "Tor 3", "Kundennummer 40213", "Halle 12", "Bus 143"}

func deNegLine(g *gen, b *builder) {
	if g.chance(0.5) {
		b.text("Kontakt: ", deUser(g), "@", g.pick("web.de", "gmx.net", "t-online.de"), ", Login ", deUser(g), ", Lagerplatz ", g.num(1, 40), "-", g.num(1, 12), "b, Fach ", g.num(100, 999), "\n")
	}
	b.text(g.pick("Hinweis: ", "PS: ", "Info: "), g.of(deNeg), " und ", g.of(deNeg), " – ", g.of(deNegWords), ", ", g.of(deNegWords), ".\n")
}

func deUser(g *gen) string {
	return strings.ToLower(g.pick("m.", "k", "j_", "info", "kontakt")) + strings.ToLower(g.pick("weber", "nowak", "yilmaz", "hinrichs", "kaya")) + g.num(1, 99)
}

var deKinds = []kind{
	{"Fahrradcodierung", deBikeCode},
	{"Musikschul-Anmeldung", deMusic},
	{"Blutspende-Terminliste", deBlood},
	{"Brennholzbestellung", deFirewood},
	{"Heizungswartungsprotokoll", deHeating},
	{"Nachhilfe-Vermittlung", deTutor},
	{"Tierpensionsvertrag", dePetBoard},
	{"Pfandleihbuch", dePawn},
	{"Beratungshilfeschein", deLegalAid},
	{"Solaranlagen-Angebot", deSolar},
	{"Gartenpflege-Tourenplan", deGarden},
	{"Chorfahrt-Gruppenchat", deChoirChat},
}

func deBikeCode(g *gen, b *builder) {
	b.text("ADFC-Codieraktion ", g.date(), " – Liste\n")
	if g.chance(0.5) {
		b.text("Nr;Name;Straße;PLZ;Ort;Marke;Code\n")
		for i := range g.n(4, 6) {
			b.text(fmt.Sprint(i+1), ";")
			b.name(deName(g))
			b.text(";")
			b.addr(deStreet(g))
			b.text(fmt.Sprintf(";%05d;%s;", g.n(1067, 99998), g.of(deTowns)), g.pick("Kalkhoff", "Gazelle", "Cube", "Riese & Müller"), ";", strings.ToUpper(g.pick("HI", "OF", "RO")), g.digits(3), "\n")
		}
	} else {
		for range g.n(3, 4) {
			b.text("Eigentümer: ")
			b.name(deName(g))
			b.text("\nAnschrift: ")
			b.addr(deAddr(g, ", "))
			b.text("\nRad: ", g.pick("Riese & Müller Load", "Hercules Roberta", "Victoria Klassik"), ", Rahmennr. WBK", g.digits(7), "\n\n")
		}
	}
	b.text("Anmeldung: ")
	b.name(deName(g))
	b.text("; codiert von ")
	dePerson(g, b)
	b.text(" und ")
	dePerson(g, b)
	b.text(".\n")
	deNegLine(g, b)
}

func deMusic(g *gen, b *builder) {
	b.text("<anmeldung schule=\"", g.pick("Musikschule Carl Orff", "Johann-Sebastian-Bach-Musikschule", "Städtische Musikschule"), "\">\n  <schueler>")
	b.name(deName(g))
	b.text("</schueler>\n  <instrument>", g.pick("Cello", "Klavier", "Blockflöte", "Saz"), "</instrument>\n  <erziehungsberechtigt>")
	b.name(deName(g))
	b.text("</erziehungsberechtigt>\n  <anschrift>")
	b.addr(deAddr(g, ", "))
	b.text("</anschrift>\n  <lehrkraft>")
	b.name(deName(g))
	b.text("</lehrkraft>\n  <geschwister>")
	b.name(g.of(deGiven))
	b.text(", ")
	b.name(g.of(deGiven))
	b.text("</geschwister>\n  <bemerkung>Unterricht in Raum ", g.num(2, 40), ", ", g.of(deNeg), "</bemerkung>\n</anmeldung>\n")
	b.text("Bestätigung an: ")
	b.name(deName(g))
	b.text(", ")
	b.addr(deAddrAny(g))
	b.text("\n")
	b.text(g.pick("Kopie an ", "Rückfragen an ", "Vertretung: "))
	dePerson(g, b)
	b.text(g.pick(", ", " / "))
	b.name(deName(g))
	b.text("\n")
	deNegLine(g, b)
}

func deBlood(g *gen, b *builder) {
	b.text("DRK-Blutspendetermin ", g.date(), ", ", g.pick("Grundschule Am Sandberg", "Bürgerhaus", "Gemeindesaal St. Marien"), "\n")
	for range g.n(5, 7) {
		b.text(fmt.Sprintf("%02d:%02d  ", g.n(15, 19), g.pick2()), "")
		b.name(deName(g))
		if g.chance(0.4) {
			b.text(" (Erstspender)")
		}
		b.text("  ")
		b.addr(deAddrAny(g))
		b.text("\n")
	}
	b.text("Ärztliche Leitung: ")
	dePerson(g, b)
	b.text("; Helfer: ")
	b.name(deName(g))
	b.text(", ")
	b.name(g.of(deGiven))
	b.text("\n")
}

func (g *gen) pick2() int { return 15 * g.r.IntN(4) }

func deFirewood(g *gen, b *builder) {
	b.text("Forstbetrieb ", g.pick("Hinrichs", "Brandt & Söhne"), " – Brennholzbestellungen\n")
	for range g.n(4, 5) {
		b.text("- ")
		b.name(deName(g))
		b.text(", ", g.num(2, 12), " rm Buche, Lieferung an ")
		if g.chance(0.3) {
			b.text("c/o ")
			b.name(deName(g))
			b.text(", ")
		}
		b.addr(deAddr(g, ", "))
		b.text(g.pick("", "; Hof hinter der Scheune", "; bitte vorher anrufen"), "\n")
	}
	b.text("Fahrer: ")
	b.name(g.of(deGiven))
	b.text(", Tour ", g.num(1, 9), ". Raummeter-Preis 95 €, Kundennr. ", g.digits(5), "\n")
	deNegLine(g, b)
	b.text(g.pick("Kopie an ", "Rückfragen an ", "Vertretung: "))
	dePerson(g, b)
	b.text(g.pick(", ", " / "))
	b.name(deName(g))
	b.text("\n")
}

func deHeating(g *gen, b *builder) {
	b.text("Wartungsprotokoll Gasbrennwerttherme\nAuftraggeber: ")
	dePerson(g, b)
	b.text("\nAnlagenstandort:\n")
	b.addr(deAddr(g, "\n"))
	b.text("\nMieter: ")
	b.name(deName(g))
	b.text(" (EG links)\nTechniker: ")
	b.name(deName(g))
	b.text(", Monteur-Nr. ", g.digits(4), "\nAbgasverlust ", g.num(3, 9), " %, CO ", g.num(10, 80), " ppm.\nNächste Wartung durch ")
	dePerson(g, b)
	b.text(". Rechnung an Hausverwaltung ", g.pick("Krause Immobilien", "Haus & Grund"), ", ")
	b.addr(deAddr(g, ", "))
	b.text("\n")
	b.text(g.pick("Kopie an ", "Rückfragen an ", "Vertretung: "))
	dePerson(g, b)
	b.text(g.pick(", ", " / "))
	b.name(deName(g))
	b.text("\n")
}

func deTutor(g *gen, b *builder) {
	b.text("Betreff: Nachhilfe Mathe 9. Klasse\n\nHallo ")
	b.name(g.of(deGiven))
	b.text(",\n\nwir hätten eine Schülerin für dich: ")
	b.name(deName(g))
	b.text(", ", g.pick("Gymnasium", "Realschule plus", "Gesamtschule"), ". Die Mutter, Frau ")
	b.name(deSurname(g))
	b.text(", wohnt ")
	b.addr(deStreet(g))
	b.text(", also nur zwei Stationen mit Bus 143. Alternativ ")
	b.name(deName(g))
	b.text(" in der ")
	b.addr(deAddr(g, ", "))
	b.text(".\nBitte melde dich bei ")
	b.name(deName(g))
	b.text(" (", deUser(g), "@lernhilfe.de).\n\nViele Grüße\n")
	b.name(deName(g))
	b.text("\nLernhilfe ", g.pick("Kluge Köpfe", "Einstein"), " e.V.\n")
	deNegLine(g, b)
}

func dePetBoard(g *gen, b *builder) {
	b.text("Tierpension ", g.pick("Waldhof", "Pfötchenhotel"), " – Aufnahmevertrag\nHalter/in: ")
	b.name(deName(g))
	b.text("\nAnschrift: ")
	b.addr(deAddr(g, g.pick(", ", "\n")))
	b.text("\nTier: ", g.pick("Labrador", "Kater", "Dackel"), " „", g.pick("Bello", "Luna", "Herr Schmidt", "Mogli"), "“\nTierarzt: ")
	dePerson(g, b)
	b.text(", ")
	b.addr(deStreet(g))
	b.text("\nAbholberechtigt: ")
	b.name(deName(g))
	b.text("\nUnterschrift ")
	b.name(deName(g))
	b.text("\n")
	b.text(g.pick("Kopie an ", "Rückfragen an ", "Vertretung: "))
	dePerson(g, b)
	b.text(g.pick(", ", " / "))
	b.name(deName(g))
	b.text("\n")
}

func dePawn(g *gen, b *builder) {
	b.text("Pfandleihhaus – Pfandbuch\n| Pfandschein | Verpfänder | Anschrift | Gegenstand | Darlehen |\n|---|---|---|---|---|\n")
	for range g.n(4, 6) {
		b.text("| ", g.digits(6), " | ")
		b.name(deName(g))
		b.text(" | ")
		b.addr(deAddr(g, ", "))
		b.text(" | ", g.pick("Goldkette 585", "Rolex Datejust", "Canon EOS", "E-Gitarre Fender"), " | ", g.num(50, 900), " € |\n")
	}
	b.text("Schätzer: ")
	b.name(deName(g))
	b.text("; geprüft: ")
	dePerson(g, b)
	b.text("\n")
	b.text(g.pick("Kopie an ", "Rückfragen an ", "Vertretung: "))
	dePerson(g, b)
	b.text(g.pick(", ", " / "))
	b.name(deName(g))
	b.text("\n")
}

func deLegalAid(g *gen, b *builder) {
	b.text("Amtsgericht ", g.of(deTowns), "\nBerechtigungsschein für Beratungshilfe\nIn der Angelegenheit der/des ")
	b.name(deName(g))
	b.text(", wohnhaft ")
	b.addr(deAddr(g, ", "))
	b.text(",\nwegen ", g.pick("Mietrecht (Kaution)", "Arbeitsrecht", "Sozialrecht"), " gegen ")
	b.name(deName(g))
	b.text(", ")
	b.addr(deAddrAny(g))
	b.text(",\nwird Beratungshilfe bewilligt. Beratungsperson: Rechtsanwältin/Rechtsanwalt ")
	b.name(deName(g))
	b.text(".\nRechtspfleger ")
	b.name(deSurname(g))
	b.text("\n")
	b.text(g.pick("Kopie an ", "Rückfragen an ", "Vertretung: "))
	dePerson(g, b)
	b.text(g.pick(", ", " / "))
	b.name(deName(g))
	b.text("\n")
	deNegLine(g, b)
}

func deSolar(g *gen, b *builder) {
	b.text("{\"angebot\": \"PV-", g.digits(5), "\", \"kunde\": ")
	b.jsonStr(pii.PersonName, deName(g))
	b.text(", \"objekt\": ")
	b.jsonStr(pii.PostalAddress, deAddr(g, ", "))
	b.text(", \"berater\": ")
	b.jsonStr(pii.PersonName, deName(g))
	b.text(", \"module\": \"", g.num(12, 30), "x Meyer Burger\", \"kWp\": ", g.num(5, 14), "}\n\nSehr geehrte")
	if g.chance(0.5) {
		b.text("r Herr ")
	} else {
		b.text(" Frau ")
	}
	b.name(deSurname(g))
	b.text(",\nwie besprochen erhalten Sie unser Angebot für das Dach in der ")
	b.addr(deStreet(g))
	b.text(". Die Montage übernimmt ")
	b.name(deName(g))
	b.text(" (Meisterbetrieb).\nMit sonnigen Grüßen\n")
	b.name(deName(g))
	b.text("\n")
	b.text(g.pick("Kopie an ", "Rückfragen an ", "Vertretung: "))
	dePerson(g, b)
	b.text(g.pick(", ", " / "))
	b.name(deName(g))
	b.text("\n")
	deNegLine(g, b)
}

func deGarden(g *gen, b *builder) {
	b.text("Tourenplan Gartenpflege KW ", g.num(10, 44), "\ntour:\n")
	for range g.n(4, 6) {
		b.text("  - kunde: ")
		b.name(deName(g))
		b.text("\n    adresse: \"")
		b.addr(deAddr(g, ", "))
		b.text("\"\n    leistung: ", g.pick("Hecke schneiden", "Rasen mähen", "Laub"), "\n")
	}
	b.text("team: [")
	b.name(g.of(deGiven))
	b.text(", ")
	b.name(deName(g))
	b.text(", ")
	b.name(deName(g))
	b.text("]\n")
	deNegLine(g, b)
	b.text(g.pick("Kopie an ", "Rückfragen an ", "Vertretung: "))
	dePerson(g, b)
	b.text(g.pick(", ", " / "))
	b.name(deName(g))
	b.text("\n")
}

func deChoirChat(g *gen, b *builder) {
	ps := []string{g.of(deGiven), g.of(deGiven), deName(g)}
	for i := range g.n(6, 9) {
		b.text(fmt.Sprintf("[%02d:%02d] ", g.n(7, 22), g.n(0, 59)))
		b.name(ps[i%3])
		b.text(": ")
		switch g.r.IntN(5) {
		case 0:
			b.text("bus fährt um 7 ab ")
			b.addr(deStreet(g))
			b.text(", nicht am ", g.of(deNeg), "\n")
		case 1:
			b.text("hab ")
			b.name(g.of(deGiven))
			b.text(" und ")
			b.name(deName(g))
			b.text(" noch auf die liste gesetzt\n")
		case 2:
			b.text("unterkunft: ")
			b.addr(deAddr(g, ", "))
			b.text(" 👍\n")
		case 3:
			b.text("@")
			b.name(ps[(i+1)%3])
			b.text(" noten für Sopran 2 hat ")
			dePerson(g, b)
			b.text("\n")
		default:
			b.text("ok danke. zimmer 12 oder 14?\n")
		}
	}
}
