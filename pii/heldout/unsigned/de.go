package unsigned

import (
	"github.com/comity-project/comity/pii"
	"github.com/comity-project/comity/pii/heldout"
)

func init() {
	kindsOf[heldout.DE] = []kind{
		{"rundschreiben", deHausverwaltung}, {"kita-liste", deKita}, {"strafbefehl", deStrafbefehl},
		{"mannschaft", deMannschaft}, {"arbeitszeugnis", deZeugnis}, {"pruefungsliste", dePruefung},
		{"email-verlauf", deMailThread}, {"maengelanzeige", deMaengel}, {"protokoll", deProtokoll},
		{"grabstein", deGrab}, {"fundsache", deFund}, {"impfpass", deImpf}, {"paketshop", dePaket},
		{"chatgruppe", deKleingarten},
	}
}

var deGiven = []string{
	"Jürgen", "Sabine", "Dieter", "Ute", "Klaus-Peter", "Heike", "Lukas", "Leonie", "Finn", "Mia", "Jannik", "Lea-Sophie",
	"Mehmet", "Ayşe", "Emre", "Zeynep", "Hakan", "Elif", "Piotr", "Małgorzata", "Katarzyna", "Tomasz", "Agnieszka",
	"Thi Lan", "Duc", "Hoa", "Ahmad", "Yasmin", "Karim", "Nour", "Olga", "Wladimir", "Natalja", "Sergej", "Anastasia",
	"Giuseppe", "Chiara", "Dragan", "Jelena", "Kemal", "Fatma", "Ole", "Frauke", "Wiebke", "Hannelore", "Gottfried",
	"Ingeborg", "Waltraud", "Benedikt", "Xaver", "Korbinian", "Amara", "Kwame", "Emeka", "Svenja", "Malte",
}

var deSurname = []string{
	"Müller", "Schäfer", "Weißgerber", "Hoffmann", "Krüger", "Lehmann", "Brandstätter", "Oberhuber", "Zimmermann-Roth",
	"Yıldız", "Kaya", "Demir", "Çelik", "Aydın", "Öztürk", "Kowalski", "Nowak", "Wójcik", "Lewandowska", "Grabowski",
	"Nguyen", "Tran", "Pham", "Al-Hassan", "Haddad", "Saleh", "Iwanow", "Petrowa", "Schmidt", "Becker", "Wagner",
	"von Arnim", "zu Löwenstein", "Ruhwedel", "Hinrichsen", "Jacobsen", "Petersen", "Ebeling", "Stöckl", "Huber",
	"Gruber", "Pichler", "Esposito", "Russo", "Jovanović", "Petrović", "Mensah", "Okeke", "Dreßler", "Kühne",
	"Wendt", "Sauerbrei", "Tiedemann", "Kuhlmann", "Großkopf", "Pfannenschmidt", "Brinkmann", "Böttcher",
}

var deStreetBase = []string{
	"Linden", "Birken", "Kastanien", "Ahorn", "Mühlen", "Schul", "Bahnhof", "Garten", "Wiesen", "Kirch", "Tal",
	"Brunnen", "Eichendorff", "Hölderlin", "Fontane", "Lessing", "Amsel", "Drossel", "Rosen", "Lerchen", "Sonnen",
	"Heide", "Hafen", "Bismarck", "Goethe", "Schiller", "Kant", "Uhland", "Merian", "Feldberg", "Rhein", "Elb",
}
var deStreetSuffix = []string{"straße", "str.", "weg", "allee", "ring", "gasse", "platz", "damm", "steig", "pfad"}
var deStreetOwn = []string{"Am Mühlbach", "Im Wiesengrund", "An der Kirche", "Hinter den Höfen", "Zur alten Ziegelei", "Auf dem Berge", "Unter den Eichen", "Alte Dorfstraße", "Lange Reihe", "Große Bleichen"}
var deCity = []string{
	"Leipzig", "Bielefeld", "Gelsenkirchen", "Regensburg", "Kiel", "Würzburg", "Oldenburg", "Cottbus", "Heilbronn",
	"Erlangen", "Paderborn", "Rostock", "Göttingen", "Ulm", "Trier", "Zwickau", "Hildesheim", "Siegen", "Passau",
	"Frankfurt am Main", "Halle (Saale)", "Freiburg im Breisgau", "Neustadt an der Weinstraße", "Bad Homburg",
}

var deNeg = []string{
	"Hugo Boss", "Max-Planck-Institut", "Dr. Oetker", "Robert Bosch GmbH", "Fielmann", "Rudolf Steiner Schule",
	"Albrecht Dürer Gymnasium", "Käthe Kruse Puppen", "Tchibo", "Helmut-Schmidt-Universität", "Carl Zeiss",
	"Ferdinand Porsche", "Zum Goldenen Hirschen", "Bismarckstraße", "Goethe-Institut", "Sankt Martin",
	"Kaiserschmarrn", "Jägerschnitzel", "Leberkäse", "Deutsche Bahn", "Frohe Weihnachten", "Frohe Ostern",
}

var deTag = []string{"Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"}
var deMonat = []string{"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"}

type deP struct{ g, s string }

func (g *gen) deP() deP           { return deP{g.of(deGiven), g.of(deSurname)} }
func (p deP) full() string        { return p.g + " " + p.s }
func (p deP) rev() string         { return p.s + ", " + p.g }
func (g *gen) deSal() string      { return g.pick("Herr ", "Frau ") }
func (g *gen) deDatum() string    { return g.n(1, 28) + "." + g.n(1, 12) + "." + g.n(2019, 2026) }
func (g *gen) dePLZ() string      { return g.digits(5) }
func (g *gen) deCityLine() string { return g.dePLZ() + " " + g.of(deCity) }

func (g *gen) deStreet() string {
	if g.chance(0.15) {
		return g.of(deStreetOwn) + " " + g.n(1, 80)
	}
	s := g.of(deStreetBase) + g.of(deStreetSuffix) + " " + g.n(1, 180)
	if g.chance(0.2) {
		s += g.pick("a", "b", "c", " a")
	}
	return s
}

func (g *gen) deAddr() string { return g.deStreet() + ", " + g.deCityLine() }

func (g *gen) deBlock() string { return g.deStreet() + "\n" + g.deCityLine() }

func (g *gen) deName(p deP) string {
	switch g.r.IntN(8) {
	case 0:
		return p.rev()
	case 1:
		return initial(p.g) + " " + p.s
	case 2:
		return upper(p.full())
	default:
		return p.full()
	}
}

func deHausverwaltung(g *gen, b *builder) {
	b.t("Hausverwaltung ", g.pick("Brinkmann & Söhne", "Immobilien Kaya GmbH", "WEG-Verwaltung Nord"), "\n")
	b.addr(g.deAddr())
	b.t("\n\nAn alle Mieterinnen und Mieter des Hauses ")
	b.addr(g.deAddr())
	b.t("\n\nRundschreiben vom ", g.deDatum(), "\n\nSehr geehrte Damen und Herren,\nam ", g.of(deTag), " wird die Heizungsanlage gewartet. Ansprechpartner vor Ort ist unser Hausmeister ")
	b.t(g.deSal())
	b.name(g.deP().s)
	b.t(". Schlüssel bitte bei ")
	p := g.deP()
	b.name(p.full())
	b.t(" (EG links) abgeben. Parkplätze in der Bismarckstraße sind frei zu halten. Werbung für ", g.of(deNeg), " im Treppenhaus bitte entfernen.\n\nMit freundlichen Grüßen\n")
	b.name(g.deP().full())
	b.t("\n")
}

func deKita(g *gen, b *builder) {
	b.t("Kita ", g.pick("Regenbogen", "Sonnenschein", "Pusteblume"), " – Gruppe ", g.pick("Igel", "Füchse", "Marienkäfer"), "\nKind | Geburtsdatum | Abholberechtigt\n")
	for range g.num(2, 3) {
		p := g.deP()
		b.name(p.g + " " + initial(p.s)[:len(initial(p.s))-1])
		b.t(". | ", g.deDatum(), " | ")
		b.name(g.of(deGiven) + " " + p.s)
		if g.chance(0.4) {
			b.t(", Oma ")
			b.name(g.of(deGiven))
		}
		b.t("\n")
	}
	b.t("Erzieherin: Frau ")
	b.name(g.deP().s)
	b.t(" – Laternenumzug zu Sankt Martin am ", g.of(deTag), "!\n")
}

func deStrafbefehl(g *gen, b *builder) {
	p := g.deP()
	b.t("Amtsgericht ", g.of(deCity), "\nAz.: ", g.n(1, 99), " Cs ", g.n(100, 999), " Js ", g.digits(5), "/", g.n(20, 26), "\n\nStrafbefehl\n\ngegen\n")
	b.name(upper(p.s) + ", " + p.g)
	b.t(", geb. ", g.deDatum(), " in ", g.of(deCity), ",\nwohnhaft ")
	b.addr(g.deAddr())
	b.t(",\nVerteidiger: Rechtsanwalt ")
	b.name(g.deP().full())
	b.t("\n\nDie Staatsanwaltschaft legt Ihnen zur Last, am ", g.deDatum(), " in der Gaststätte Zum Goldenen Hirschen den Geschädigten ")
	b.name(g.deName(g.deP()))
	b.t(" beleidigt zu haben. Es wird eine Geldstrafe von ", g.n(10, 90), " Tagessätzen festgesetzt.\n\n")
	b.name(g.deP().s)
	b.t("\nRichterin am Amtsgericht\n")
}

func deMannschaft(g *gen, b *builder) {
	b.t("SV ", g.pick("Blau-Weiß", "Eintracht", "Germania"), " ", g.of(deCity), " – Aufstellung ", g.pick("1. Herren", "D-Jugend", "Alte Herren"), " vs. TuS ", g.of(deCity), "\n")
	b.t("Tor: ")
	b.name(g.deP().s)
	b.t("\nAbwehr: ")
	for i := range 3 {
		if i > 0 {
			b.t(", ")
		}
		if g.chance(0.3) {
			b.name(initial(g.of(deGiven)) + " " + g.of(deSurname))
		} else {
			b.name(g.of(deSurname))
		}
	}
	b.t("\nSturm: ")
	b.name(g.deP().full())
	b.t(" (C), ")
	b.name(g.of(deGiven))
	b.t("\nTrainer: ")
	b.name(g.deP().full())
	b.t(" – Treffpunkt ", g.of(deTag), " 9 Uhr am Sportplatz, ")
	b.addr(g.deAddr())
	b.t(", danach Leberkäse im Vereinsheim.\n")
}

func deZeugnis(g *gen, b *builder) {
	p := g.deP()
	f := g.pick("Frau", "Herr")
	b.t(g.pick("Brinkmann Logistik GmbH", "Carl Zeiss Vertrieb", "Dr. Oetker Werk"), "\n")
	b.addr(g.deBlock())
	b.t("\n\nARBEITSZEUGNIS\n\n", f, " ")
	b.name(p.full())
	b.t(", geboren am ", g.deDatum(), ", war vom ", g.deDatum(), " bis zum ", g.deDatum(), " in unserem Unternehmen als ", g.pick("Sachbearbeiter/in", "Lagerleiter/in", "Projektingenieur/in"), " tätig. ")
	b.t(f, " ")
	b.name(p.s)
	b.t(" erledigte die übertragenen Aufgaben stets zu unserer vollsten Zufriedenheit. Die Zusammenarbeit mit dem Max-Planck-Institut betreute ")
	b.t(g.pick("sie", "er"), " eigenverantwortlich. Wir wünschen ", map[string]string{"Frau": "Frau", "Herr": "Herrn"}[f], " ")
	b.name(p.s)
	b.t(" für die Zukunft alles Gute.\n\n", g.of(deCity), ", den ", g.deDatum(), "\n")
	b.name(g.deP().full())
	b.t(", Geschäftsführer\n")
}

func dePruefung(g *gen, b *builder) {
	b.t("Abschlussprüfung ", g.pick("Mathematik", "Deutsch", "Englisch"), " – Klasse 10", g.pick("a", "b", "c"), " – Albrecht Dürer Gymnasium\nNr;Nachname;Vorname;Note\n")
	for i := range 3 {
		p := g.deP()
		b.t(g.n(i+1, i+1), ";")
		b.name(p.s)
		b.t(";")
		b.name(p.g)
		b.t(";", g.pick("1,3", "2,0", "2,7", "3,3", "4,0", "5,0"), "\n")
	}
	b.t("Prüfungsvorsitz: StD ")
	b.name(g.deP().s)
	b.t("\n")
}

func deMailThread(g *gen, b *builder) {
	a, c := g.deP(), g.deP()
	b.t("Von: ")
	b.name(a.full())
	b.t(" <", "kontakt@", lower(g.of(deStreetBase)), "-post.de>\nAn: ")
	b.name(c.full())
	b.t("\nBetreff: AW: AW: Umzug\n\nHallo ")
	b.name(c.g)
	b.t(",\nja, die neue Adresse ist ")
	b.addr(g.deAddr())
	b.t(". Sag ")
	b.name(g.of(deGiven))
	b.t(" Bescheid.\n\nLG ")
	b.name(a.g)
	b.t("\n\n> Am ", g.deDatum(), " schrieb ")
	b.name(c.full())
	b.t(":\n> Hi ")
	b.name(a.g)
	b.t(", wohin soll ich das Paket schicken? Noch an\n> ")
	b.addr(g.deStreet() + "\n> " + g.deCityLine())
	b.t("\n> ?\n")
}

func deMaengel(g *gen, b *builder) {
	p := g.deP()
	b.name(p.full())
	b.t("\n")
	b.addr(g.deBlock())
	b.t("\n\n", g.pick("Herrn", "Frau"), "\n")
	v := g.deP()
	b.name(v.full())
	b.t("\n")
	b.addr(g.deBlock())
	b.t("\n\nMängelanzeige gem. § 536c BGB\n\nSehr geehrte", g.pick("r Herr ", " Frau "))
	b.name(v.s)
	b.t(",\nseit ", g.of(deMonat), " ist im Badezimmer Schimmel. Ihr Handwerker, Herr ")
	b.name(g.of(deSurname))
	b.t(", war bisher nicht da. Ich fordere Abhilfe bis ", g.of(deTag), ".\n\nMit freundlichen Grüßen\n")
	b.name(p.full())
	b.t("\n")
}

func deProtokoll(g *gen, b *builder) {
	b.t("Niederschrift über die ", g.n(3, 40), ". Sitzung des Gemeinderates ", g.of(deCity), " am ", g.deDatum(), "\n\nAnwesend: Bürgermeister ")
	b.name(g.deP().full())
	b.t("; GR ")
	for i := range g.num(2, 3) {
		if i > 0 {
			b.t(", ")
		}
		b.name(g.deName(g.deP()))
	}
	b.t("\nEntschuldigt: Frau Dr. ")
	b.name(g.deP().s)
	b.t("\n\nTOP 3: Bauantrag für ")
	b.addr(g.deAddr())
	b.t(" – Antragsteller ")
	b.name(g.deP().full())
	b.t(". Der Rat stimmt zu (", g.n(5, 15), ":", g.n(0, 4), "). Das Gutachten des Goethe-Institut-Gebäudes wird vertagt.\n")
}

func deGrab(g *gen, b *builder) {
	b.t("Friedhof ", g.of(deCity), ", Feld ", g.pick("A", "B", "C"), g.n(1, 30), " – Inschriften (Erfassung Heimatverein)\n\n")
	for range g.num(2, 3) {
		p := g.deP()
		b.t("HIER RUHT\n")
		b.name(upper(p.full()))
		b.t("\n* ", g.deDatum(), "  † ", g.deDatum(), "\n")
		if g.chance(0.5) {
			b.t("geb. ")
			b.name(upper(g.of(deSurname)))
			b.t("\n")
		}
		b.t(g.pick("In Liebe und Dankbarkeit", "Unvergessen", "Der Herr ist mein Hirte"), "\n\n")
	}
}

func deFund(g *gen, b *builder) {
	b.t("Deutsche Bahn – Fundservice\nFundnummer: ", g.digits(9), "\nGegenstand: ", g.pick("Rucksack", "Geldbörse", "Regenschirm", "Laptop-Tasche"), "\nFundort: ICE ", g.n(500, 1999), ", Wagen ", g.n(1, 14), "\n")
	b.t("Hinweis im Gegenstand: Ausweis auf ")
	b.name(upper(g.deP().s) + ", " + upper(g.of(deGiven)))
	b.t(", Meldeadresse ")
	b.addr(upper(g.deAddr()))
	b.t("\nBearbeiter: ")
	b.name(g.deName(g.deP()))
	b.t("\n")
}

func deImpf(g *gen, b *builder) {
	p := g.deP()
	b.t("Internationale Bescheinigungen über Impfungen\nName: ")
	b.name(p.s)
	b.t("  Vorname: ")
	b.name(p.g)
	b.t("\n")
	for range g.num(2, 4) {
		b.t(g.deDatum(), " | ", g.pick("Comirnaty", "Boostrix", "FSME-Immun", "Priorix"), " Ch.-B. ", g.digits(6), " | Praxis Dr. med. ")
		b.name(g.of(deSurname))
		b.t(", ")
		b.addr(g.deAddr())
		b.t("\n")
	}
}

func dePaket(g *gen, b *builder) {
	p := g.deP()
	b.t("Ihr Paket liegt zur Abholung bereit!\n\nHallo ")
	b.name(p.full())
	b.t(",\nIhre Sendung ", g.digits(12), " konnte am ", g.of(deTag), " nicht zugestellt werden und liegt im Paketshop:\n", g.pick("Kiosk am Markt", "Tchibo Filiale", "Fielmann-Nachbarladen"), "\n")
	b.addr(g.deBlock())
	b.t("\nÖffnungszeiten Mo–Sa 8–20 Uhr. Abholung auch durch ")
	b.name(g.of(deGiven))
	b.t(" mit Vollmacht möglich. Aktuell im Angebot: ", g.of(deNeg), "!\n")
}

func deKleingarten(g *gen, b *builder) {
	b.t("KGV \"", g.pick("Sonnenschein", "Am Rehberg", "Fortuna"), "\" e.V. 🌻\n")
	for range g.num(2, 5) {
		b.t("[", g.n(7, 21), ":", g.n(10, 59), "] ")
		b.name(lower(g.of(deGiven)))
		b.t(": ")
		switch g.r.IntN(6) {
		case 0:
			b.t("hat jemand ")
			b.name(g.of(deGiven))
			b.t(" gesehen? der rasenmäher steht noch bei parzelle ", g.n(1, 80))
		case 1:
			b.t("grillen am ", lower(g.of(deTag)), "?? ich bring ", g.pick("Jägerschnitzel", "Kaiserschmarrn", "würstchen"))
		case 2:
			b.t("vorstand ")
			b.name(lower(g.deP().full()))
			b.t(" sagt wasser wird ", g.of(deTag), " abgestellt")
		case 3:
			b.t("post bitte an ")
			b.addr(g.deAddr())
			b.t(" nicht mehr an die alte")
		case 4:
			b.t("wer hat die ", g.of(deNeg), " sachen im vereinsheim liegen lassen")
		default:
			b.t("danke ")
			b.name(g.of(deGiven))
			b.t(" 👍")
		}
		b.t("\n")
	}
}

var _ = pii.PersonName
