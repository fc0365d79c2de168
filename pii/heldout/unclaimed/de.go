package unclaimed

import (
	"strconv"
	"strings"

	"github.com/comity-project/comity/pii"
)

var deFirstF = []string{"Anna", "Sabine", "Heike", "Ursula", "Katrin", "Lea", "Marie", "Jutta", "Gisela", "Renate", "Birgit", "Svenja", "Mia", "Hannah",
	"Ayşe", "Elif", "Zeynep", "Hatice", "Emine", "Katarzyna", "Agnieszka", "Małgorzata", "Joanna", "Olga", "Natalia", "Oksana", "Julija", "Swetlana",
	"Fatima", "Yasmin", "Rania", "Amira", "Eleni", "Giulia", "Thi Lan", "Anne-Kathrin", "Marie-Luise", "Ingeborg", "Frieda", "Charlotte", "Greta"}
var deFirstM = []string{"Lukas", "Jürgen", "Klaus", "Jonas", "Felix", "Dieter", "Tobias", "Uwe", "Horst", "Wolfgang", "Sven", "Matthias", "Finn", "Ben",
	"Mehmet", "Emre", "Murat", "Can", "Hüseyin", "Piotr", "Tomasz", "Krzysztof", "Dmitri", "Sergej", "Wladimir", "Andrij", "Jewgeni",
	"Mohammed", "Ahmad", "Omar", "Khaled", "Yusuf", "Giuseppe", "Dimitrios", "Duc Anh", "Karl-Heinz", "Hans-Peter", "Jan-Ole", "Friedhelm", "Bernd"}
var deLast = []string{"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann", "Koch", "Richter",
	"Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger", "Hartmann", "Lange", "Werner", "Krause", "Lehmann", "Köhler",
	"Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın", "Kowalski", "Nowak", "Wiśniewska", "Lewandowski", "Zieliński", "Kamińska",
	"Iwanow", "Petrenko", "Kusnezow", "Schewtschenko", "Bondarenko", "Morosowa", "Al-Hassan", "Haddad", "Nasser", "El-Khoury", "Abdullah",
	"Papadopoulos", "Russo", "Esposito", "Nguyen", "Tran", "Schulte-Vennbur", "Meier-Lindemann", "Brandt", "Vogel", "Friedrich", "Lorenz",
	"von Arnim", "van der Linde", "zu Stolberg", "de Vries", "von der Heyde", "ten Brink", "Jansen", "Petersen", "Hinrichsen", "Oberhuber"}

type deP struct {
	first, last string
	female      bool
}

func (g *gen) deP() deP {
	if g.chance(0.5) {
		return deP{g.of(deFirstF), g.of(deLast), true}
	}
	return deP{g.of(deFirstM), g.of(deLast), false}
}

func (p deP) full() string { return p.first + " " + p.last }
func (p deP) anrede() string {
	if p.female {
		return "Frau "
	}
	return "Herr "
}

func (g *gen) deName(p deP) string {
	switch g.r.IntN(8) {
	case 0:
		return strings.ToUpper(p.last) + ", " + p.first
	case 1:
		return p.last + ", " + p.first
	case 2:
		return p.first[:1] + ". " + p.last
	case 3:
		if !strings.Contains(p.first, " ") && !strings.Contains(p.first, "-") {
			return p.first + " " + string("ABCDEFGHJKLMNPRSTW"[g.r.IntN(18)]) + ". " + p.last
		}
	}
	return p.full()
}

// deRef writes "Herr Müller", "Frau Dr. Kaya", a first name alone or a
// full form.
func (b *bld) deRef(g *gen, p deP) {
	switch g.r.IntN(5) {
	case 0:
		b.t(p.anrede(), g.pick("", "", "Dr. ", "Prof. "))
		b.nm(p.last)
	case 1:
		b.nm(p.first)
	case 2:
		b.t(p.anrede())
		b.nm(p.full())
	default:
		b.nm(g.deName(p))
	}
}

// deGen writes the genitive of a name: the -s is outside the span.
func (b *bld) deGen(v string) {
	b.nm(v)
	switch v[len(v)-1] {
	case 's', 'z', 'x', 'ß':
		b.t("'")
	default:
		b.t("s")
	}
}

var deStreetNames = []string{"Lindenstraße", "Goethestr.", "Am Mühlbach", "Schillerplatz", "Birkenweg", "Kastanienallee", "Hauptstraße", "Bahnhofstr.",
	"Friedrich-Ebert-Straße", "Im Winkel", "An der Alten Schule", "Rosenstraße", "Talstraße", "Berliner Straße", "Kieler Str.", "Gartenweg",
	"Marktplatz", "Zum Sportplatz", "Heideweg", "Kirchgasse", "Ringstraße", "Uhlandstr.", "Luisenstraße", "Eichendorffweg", "Am Schlosspark",
	"Wilhelm-Leuschner-Str.", "Auf dem Kamp", "Hinter den Höfen", "Sandweg", "Mozartstraße", "Fliederweg", "Industriestraße", "Alte Landstraße",
	"Steinweg", "Obere Torgasse", "Rathausplatz", "Brunnenstr.", "Sophie-Scholl-Platz", "Ahornallee", "Am Deich", "Königsberger Straße", "Wiesengrund"}

type deCity struct{ plz3, city string }

var deCities = []deCity{{"041", "Leipzig"}, {"506", "Köln"}, {"803", "München"}, {"281", "Bremen"}, {"441", "Dortmund"}, {"010", "Dresden"},
	{"904", "Nürnberg"}, {"241", "Kiel"}, {"661", "Saarbrücken"}, {"790", "Freiburg im Breisgau"}, {"990", "Erfurt"}, {"391", "Magdeburg"},
	{"180", "Rostock"}, {"336", "Bielefeld"}, {"970", "Würzburg"}, {"353", "Gießen"}, {"261", "Oldenburg (Oldb)"}, {"720", "Tübingen"},
	{"061", "Halle (Saale)"}, {"830", "Rosenheim"}, {"152", "Frankfurt (Oder)"}, {"603", "Frankfurt am Main"}, {"531", "Bonn"},
	{"490", "Osnabrück"}, {"124", "Berlin"}, {"220", "Hamburg"}, {"254", "Pinneberg"}, {"878", "Kempten (Allgäu)"}, {"547", "Wittlich"},
	{"375", "Göttingen"}, {"173", "Demmin"}, {"942", "Deggendorf"}}

type deA struct{ street, note, plz, city string }

func (g *gen) deA() deA {
	c := anyOf(g, deCities)
	a := deA{plz: c.plz3 + g.digits(2), city: c.city}
	if g.chance(0.08) {
		a.street = "Postfach " + g.num(10, 99) + " " + g.digits(2) + " " + g.digits(2)
		return a
	}
	nv := g.n(1, 180)
	n := strconv.Itoa(nv)
	switch g.r.IntN(8) {
	case 0:
		n += g.pick("a", "b", "c")
	case 1:
		n += " " + g.pick("a", "b")
	case 2:
		n += "-" + strconv.Itoa(nv+2)
	case 3:
		n += "/" + g.num(1, 4)
	}
	a.street = g.of(deStreetNames) + " " + n
	if g.chance(0.25) {
		a.note = g.pick("Hinterhaus", "3. OG links", "Whg. "+g.num(1, 30), "2. Etage", "Seitenflügel, EG", "App. "+g.num(1, 120), "bei Klingel 4")
	}
	return a
}

func (a deA) cityLine() string { return a.plz + " " + a.city }

func (g *gen) deAddr(a deA, lines bool) string {
	st := a.street
	if a.note != "" {
		if lines && g.chance(0.5) {
			st += "\n" + a.note
		} else {
			st += ", " + a.note
		}
	}
	switch {
	case lines && g.chance(0.6):
		return st + "\n" + a.cityLine()
	case g.chance(0.1):
		return strings.ToUpper(st + " " + a.cityLine())
	case g.chance(0.12):
		return a.street
	case g.chance(0.15):
		return a.city + ", " + a.street
	}
	return st + ", " + a.cityLine()
}

var deKinds = []kind{
	{"Hausnotruf-Vertrag", deHausnotruf},
	{"Lastschriftmandat-Export", deMandat},
	{"Schwimmkurs-Warteliste", deSchwimm},
	{"Zeitungszustellung-Bezirksliste", deZeitung},
	{"Pflegekasse-Widerspruch", deWiderspruch},
	{"Ferienhaus-Buchungsanfrage", deFerienhaus},
	{"Briefwahl-Antragsexport", deBriefwahl},
	{"Zahnarzt-Recallliste", deRecall},
	{"Jugendamt-Aktenvermerk", deJugendamt},
	{"Hausmeister-Sprachmemo-Transkript", deHausmeister},
	{"neg_Namensgeber-Verzeichnis", deNegNamensgeber},
	{"neg_Benutzerkonten-Audit", deNegAudit},
}

func deHausnotruf(g *gen, b *bld) {
	t := g.deP()
	a := g.deA()
	for strings.HasPrefix(a.street, "Postfach") {
		a = g.deA()
	}
	b.t(g.pick("Hausnotruf-Dienstleistungsvertrag", "HAUSNOTRUF – Vertragsdaten", "Teilnehmervertrag Hausnotruf Basis"), "\nVertragsnr. HN-", g.digits(6), "\n\n")
	b.t("Teilnehmer/in: ")
	b.nm(g.deName(t))
	b.t("\ngeb. ", g.pad(g.n(1, 28), 2), ".", g.pad(g.n(1, 12), 2), ".19", g.num(28, 55), "\nAnschrift: ")
	b.ad(g.deAddr(a, g.chance(0.5)))
	b.t("\nSchlüsselhinterlegung: ", g.pick("Schlüsseltresor am Eingang", "beim Nachbarn", "Pflegedienst", "keine"), "\n\nKontaktpersonen im Notfall:\n")
	for i := range g.n(2, 3) {
		k := g.deP()
		b.t(string(rune('1'+i)), ". ")
		if g.chance(0.5) {
			b.nm(k.full())
		} else {
			b.t(k.anrede())
			b.nm(k.last)
		}
		if k.female {
			b.t(" (", g.pick("Tochter", "Nachbarin", "Nichte", "Betreuerin"), ")")
		} else {
			b.t(" (", g.pick("Sohn", "Nachbar", "Neffe", "Betreuer"), ")")
		}
		if g.chance(0.5) {
			b.t(", ")
			b.ad(g.deAddr(g.deA(), false))
		}
		b.t(", Tel. 0", g.num(30, 9999), " ", g.digits(6), "\n")
	}
	if g.chance(0.5) {
		b.t("Hausarzt: Dr. med. ")
		b.nm(g.deP().last)
		b.t(", Praxis ")
		b.ad(g.deAddr(g.deA(), false))
		b.t("\n")
	}
	b.t("Aufgenommen durch: ")
	b.nm(g.deP().first)
	b.t(" (Außendienst), ", g.deDate(), "\n")
}

func deMandat(g *gen, b *bld) {
	sep := g.pick(";", ",")
	b.t(strings.Join([]string{"Mandatsreferenz", "Kontoinhaber", "Strasse", "PLZ", "Ort", "IBAN", "Datum"}, sep), "\n")
	for range g.n(6, 10) {
		p := g.deP()
		a := g.deA()
		b.t("MR-", g.digits(7), sep)
		v := g.deName(p)
		if sep == "," {
			b.csv(pii.PersonName, v)
		} else {
			b.nm(v)
		}
		b.t(sep)
		b.ad(a.street)
		b.t(sep, a.plz, sep, a.city, sep, "DE", g.digits(2), " ", g.digits(4), " ", g.digits(4), " ", g.digits(4), " ", g.digits(4), " ", g.digits(2), sep, g.deDate(), "\n")
	}
}

func deSchwimm(g *gen, b *bld) {
	b.t("Kurs\tKind\tGeb.\tErziehungsberechtigte/r\tAnschrift\tBemerkung\n")
	for range g.n(5, 8) {
		k, e := g.deP(), g.deP()
		e.last = k.last
		b.t(g.pick("Seepferdchen", "Bronze", "Anfänger Di", "Aqua-Kids"), "\t")
		b.nm(k.first)
		b.t("\t", g.num(2017, 2021), "\t")
		if g.chance(0.5) {
			b.nm(e.full())
		} else {
			b.nm(e.last + ", " + e.first)
		}
		b.t("\t")
		b.ad(oneLine(g.deAddr(g.deA(), false)))
		switch g.r.IntN(4) {
		case 0:
			b.t("\tGeschwister: ")
			b.nm(g.deP().first)
		case 1:
			b.t("\tAbholung durch Oma ")
			b.nm(g.deP().first)
		case 2:
			b.t("\tSeepferdchen vorhanden")
		default:
			b.t("\t")
		}
		b.t("\n")
	}
}

func deZeitung(g *gen, b *bld) {
	z := g.deP()
	b.t("Zustellbezirk ", g.num(100, 999), " – ", g.pick("Morgenpost", "Kreisanzeiger", "Tageblatt", "Wochenspiegel"), "\nZusteller/in: ")
	b.nm(z.first + " " + z.last)
	b.t("\nVertretung: ")
	b.nm(g.deP().first)
	b.t("\n\n")
	for range g.n(8, 12) {
		p := g.deP()
		b.ad(g.of(deStreetNames) + " " + g.num(1, 120) + g.pick("", "", "a", "b"))
		b.t(" – ")
		if g.chance(0.6) {
			b.nm(p.last)
		} else {
			b.nm(g.deName(p))
		}
		b.t(" – ", g.pick("Mo–Sa", "nur Sa", "Mo–Fr", "So-Ausgabe"), g.pick("", " | Briefkasten im Hof", " | nicht in den Vorgarten werfen!", " | Urlaub bis "+g.deDate(), " | Hund!"))
		b.t("\n")
	}
	if g.chance(0.6) {
		n := g.deP()
		b.t("Neu ab ", g.deDate(), ": ")
		b.t(n.anrede())
		b.nm(n.last)
		b.t(", ")
		b.ad(g.deAddr(g.deA(), false))
		b.t("\n")
	}
}

func deWiderspruch(g *gen, b *bld) {
	p := g.deP()
	a := g.deA()
	for strings.HasPrefix(a.street, "Postfach") {
		a = g.deA()
	}
	b.nm(p.full())
	b.t("\n")
	if g.chance(0.4) {
		c := g.deP()
		switch g.r.IntN(3) {
		case 0:
			b.t("c/o Familie ")
			b.nm(c.last)
		case 1:
			b.t("c/o ")
			b.nm(c.full())
		default:
			b.t("bei ")
			b.nm(c.last)
		}
		b.t("\n")
	}
	b.ad(a.street + "\n" + a.cityLine())
	b.t("\n\n", g.pick("AOK", "TK", "Barmer", "DAK-Gesundheit", "IKK classic"), " – Pflegekasse\n")
	b.ad(g.deAddr(g.deA(), true))
	b.t("\n\n", g.pick("Ort", a.city), ", ", g.deDate(), "\n\n")
	w := g.deP()
	self := g.chance(0.5)
	b.t("Widerspruch gegen den Bescheid vom ", g.deDate(), "\nVersicherte/r: ")
	if self {
		b.nm(p.full())
	} else {
		b.nm(g.deName(w))
	}
	b.t(", Vers.-Nr. ", g.pick("A", "K", "M"), g.digits(9), "\n\nSehr geehrte Damen und Herren,\n\n")
	if self {
		b.t("hiermit lege ich Widerspruch gegen die Einstufung in Pflegegrad ", g.num(1, 3), " ein.")
	} else {
		b.t("als ", g.pick("Tochter", "Betreuer", "Bevollmächtigte", "Sohn"), " von ")
		if w.female {
			b.t("Frau ")
		} else {
			b.t("Herrn ")
		}
		b.nm(w.last)
		b.t(" lege ich Widerspruch ein. ")
		b.deGen(w.first)
		b.t(" Zustand hat sich seit dem Umzug nach ")
		b.ad(g.deAddr(g.deA(), false))
		b.t(" deutlich verschlechtert.")
	}
	b.t(" Die Begutachtung durch ", g.pick("Frau ", "Herrn "))
	b.nm(g.deP().last)
	b.t(" vom Medizinischen Dienst dauerte nur ", g.num(15, 40), " Minuten.\n\nMit freundlichen Grüßen\n\n")
	b.nm(p.full())
	b.t("\n")
}

func deFerienhaus(g *gen, b *bld) {
	gst, host := g.deP(), g.deP()
	say := func(who deP, host bool) {
		b.t("[", g.deDate()[:6], " ", g.clock(), "] ")
		b.nm(who.first)
		b.t(": ")
	}
	say(gst, false)
	b.t(g.pick("Hallo ", "Moin ", "Guten Tag "))
	if g.chance(0.5) {
		b.t(host.anrede())
		b.nm(host.last)
	} else {
		b.nm(host.first)
	}
	b.t(", ist ", g.pick("am Deich", "Seeblick", "Haus Abendrot", "Kate Lütt"), " vom ", g.deDate(), " noch frei? Wir sind ", g.num(2, 6), " Personen.\n")
	say(host, true)
	b.t("Ja, noch frei. Adresse ist ")
	b.ad(g.deAddr(g.deA(), false))
	b.t(g.pick(", Schlüssel im Kasten.", ". Parken hinterm Haus.", ""), "\n")
	say(gst, false)
	b.t("Super! Mit dabei: ")
	for i := range g.n(1, 3) {
		if i > 0 {
			b.t(", ")
		}
		b.nm(g.deP().first)
	}
	b.t(g.pick(" und ich", " und unser Hund Bello", ""), ". Rechnung bitte an ")
	b.nm(gst.full())
	b.t(", ")
	b.ad(g.deAddr(g.deA(), false))
	b.t(g.pick("", ", Deutschland", " (Deutschland)"), "\n")
	if g.chance(0.6) {
		say(host, true)
		b.t("Danke! Grüße auch an ")
		b.nm(g.deP().first)
		b.t(" und ")
		b.nm(g.deP().first)
		b.t(g.pick(" 😊", ".", "!"), "\n")
	}
	say(host, true)
	b.t(g.pick("Gern. Meine Nachbarin Frau ", "Ok. Bei Fragen Herr ", "Prima, Schlüsselübergabe macht Frau "))
	b.nm(g.deP().last)
	b.t(g.pick(" von nebenan hat den Zweitschlüssel.", " wohnt gegenüber, Hausnr. "+g.num(2, 40)+".", " ist ab 15 Uhr da."), "\n")
}

func deBriefwahl(g *gen, b *bld) {
	b.t("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Briefwahlantraege wahl=\"", g.pick("Kommunalwahl", "Landtagswahl", "Bundestagswahl", "Bürgerentscheid"), " 2026\">\n")
	for range g.n(3, 6) {
		p := g.deP()
		a := g.deA()
		for strings.HasPrefix(a.street, "Postfach") {
			a = g.deA()
		}
		b.t("  <Antrag nr=\"", g.digits(5), "\">\n    <Familienname>")
		b.nm(p.last)
		b.t("</Familienname>\n    <Vornamen>")
		b.nm(p.first)
		b.t("</Vornamen>\n    <Wohnanschrift>\n      <Strasse>")
		b.ad(a.street)
		b.t("</Strasse>\n      <PLZ>", a.plz, "</PLZ>\n      <Ort>", xmlEsc(a.city), "</Ort>\n    </Wohnanschrift>\n")
		if g.chance(0.5) {
			v := g.deA()
			b.t("    <Versandanschrift>")
			b.ad(xmlEsc(oneLine(g.deAddr(v, false))))
			b.t("</Versandanschrift>\n")
		}
		if g.chance(0.35) {
			b.t("    <Bevollmaechtigte>")
			b.nm(g.deName(g.deP()))
			b.t("</Bevollmaechtigte>\n")
		}
		b.t("  </Antrag>\n")
	}
	b.t("</Briefwahlantraege>\n")
}

func deRecall(g *gen, b *bld) {
	b.t("# Recall ", g.pick("PZR", "Kontrolle 6 Mon.", "Kinder-IP"), " – Praxis Dr. ")
	b.nm(g.deP().last)
	b.t("\npatienten:\n")
	for range g.n(4, 6) {
		p := g.deP()
		a := g.deA()
		b.t("  - name: \"")
		b.nm(g.deName(p))
		b.t("\"\n    anrede: ", strings.TrimSpace(p.anrede()), "\n    letzter_termin: ", g.deDate(), "\n")
		if g.chance(0.6) {
			b.t("    adresse: \"")
			b.ad(oneLine(g.deAddr(a, false)))
			b.t("\"\n")
		} else {
			b.t("    strasse: ")
			b.ad(a.street)
			b.t("\n    plz: \"", a.plz, "\"\n    ort: ", a.city, "\n")
		}
		b.t("    behandler: ", g.pick("ZA ", "Dr. ", "ZÄ "))
		b.nm(g.deP().last)
		b.t("\n")
		if g.chance(0.4) {
			b.t("    notiz: \"Mutter (")
			b.nm(g.of(deFirstF))
			b.t(") bringt Kind mit\"\n")
		}
	}
}

func deJugendamt(g *gen, b *bld) {
	k, m, v := g.deP(), g.deP(), g.deP()
	b.t("Aktenvermerk – ", g.pick("ASD", "Jugendamt", "Pflegekinderdienst"), " Az. ", g.digits(3), "/", g.digits(4), "\nDatum: ", g.deDate(), "   Verfasser/in: ")
	b.nm(g.deName(g.deP()))
	b.t("\n\nBetreff: Hausbesuch bei Familie ")
	b.nm(k.last)
	b.t(", ")
	b.ad(g.deAddr(g.deA(), false))
	b.t("\n\nAnwesend: Kindesmutter ")
	b.nm(m.first + " " + k.last)
	b.t(", Kind ")
	b.nm(k.first)
	b.t(" (", g.num(3, 15), " J.)")
	if g.chance(0.6) {
		b.t(", Lebensgefährte ")
		b.nm(v.full())
	}
	b.t(".\n")
	b.deGen(k.first)
	b.t(" Zimmer war aufgeräumt. ", g.pick("Der Kindsvater, ", "Der Vater, "), g.pick("Herr ", ""))
	f := deP{g.of(deFirstM), g.of(deLast), false}
	b.nm(f.full())
	b.t(", wohnt inzwischen in ")
	b.ad(g.deAddr(g.deA(), false))
	b.t(" und hat Umgang jedes zweite Wochenende.\n")
	if g.chance(0.6) {
		b.t("Laut Klassenlehrerin ")
		b.t(g.pick("Frau ", ""))
		b.nm(g.deP().last)
		b.t(" fehlt ")
		b.nm(k.first)
		b.t(" häufig montags.\n")
	}
	b.t("Nächster Termin: ", g.deDate(), ", ", g.clock(), " Uhr im Amt.\n")
}

func deHausmeister(g *gen, b *bld) {
	b.t(g.pick("Transkript Sprachmemo", "[Sprachmemo, automatisch transkribiert]", "Memo vom ", "Diktat:"), " ", g.deDate(), "\n\n")
	parts := g.n(5, 9)
	for range parts {
		switch g.r.IntN(6) {
		case 0:
			b.t("Also, ")
			b.ad(g.of(deStreetNames) + " " + g.num(1, 90))
			b.t(": da tropft wieder der Heizkörper bei ")
			p := g.deP()
			if p.female {
				b.t("Frau ")
			} else {
				b.t("Herrn ")
			}
			b.nm(p.last)
			b.t(", zweiter Stock. ")
		case 1:
			b.t("Ähm, ")
			b.nm(g.deP().first)
			b.t(" soll morgen die Rinne machen, nicht vergessen. ")
		case 2:
			p := g.deP()
			b.t("Frau ")
			b.nm(p.last)
			b.t(" aus ")
			b.ad(g.deAddr(g.deA(), false))
			b.t(" hat angerufen wegen Schimmel im Bad. ")
		case 3:
			b.t("Müllraum ist wieder voll, Schlüssel hat der Dings, ")
			b.nm(g.deP().full())
			b.t(", glaub ich. ")
		case 4:
			b.t("Neuer Mieter in Wohnung ", g.num(1, 24), " heißt ")
			b.nm(g.deName(g.deP()))
			b.t(", Klingelschild fehlt noch. ")
		default:
			b.t("Rechnung von der Firma ", g.pick("Hornbach", "Bauhaus", "Schmitz Sanitär GmbH", "Meister Proper"), " geht an die Verwaltung, ")
			b.ad(g.deAddr(g.deA(), false))
			b.t(". ")
		}
		if g.chance(0.3) {
			b.t("\n")
		}
	}
	b.t("\nEnde.\n")
}

func deNegNamensgeber(g *gen, b *bld) {
	items := []string{"Goethe-Gymnasium", "Heinrich-Heine-Universität", "Albert-Schweitzer-Schule", "Robert Bosch GmbH", "Dr. Oetker", "Carl Zeiss AG",
		"Max-Planck-Institut", "Fraunhofer-Gesellschaft", "Helmholtz-Zentrum", "Konrad-Adenauer-Stiftung", "Friedrich-Ebert-Stiftung",
		"Hans-Böckler-Stiftung", "Georg-Büchner-Preis", "Karlspreis", "Grimme-Preis", "Theodor-Wolff-Preis", "Gorch Fock", "Alexander von Humboldt",
		"Sophie-Scholl-Gesamtschule", "Klinikum Ernst von Bergmann", "Evangelisches Krankenhaus Paul Gerhardt Stift", "Werner-von-Siemens-Ring",
		"Käthe-Kollwitz-Museum", "Beethovenhalle", "Willy-Brandt-Haus", "Flughafen Berlin Brandenburg Willy Brandt", "Franz-Josef-Strauß-Flughafen",
		"Porsche", "Daimler", "Aldi", "Haribo", "Tchibo", "Dallmayr", "Melitta", "Rotkäppchen", "Kathreiner", "Hugo Boss", "Adidas", "Puma",
		"Steiff", "Faber-Castell", "Liebherr", "Bahlsen", "Kaiser's", "Rudolf-Virchow-Klinikum", "Bismarckturm", "Schillertheater", "Lessingbrücke"}
	caps := []string{"Sicherheit", "Ordnung", "Neubau", "Richtfest", "Sommerfest", "Vorstand", "Mitglieder", "Haus", "Zukunft", "Wohl", "Frieden", "König", "Bauer"}
	b.t(g.pick("Verzeichnis der Namensgeber", "Stadtführer – Einrichtungen", "Pressespiegel Wirtschaft", "Ehrungen und Auszeichnungen"), "\n")
	for range g.n(5, 9) {
		switch g.r.IntN(5) {
		case 0:
			b.t("– ", g.of(items), ": Haus ", g.num(1, 40), ", Raum ", g.num(100, 499), ", Tor ", g.num(1, 9), "\n")
		case 1:
			b.t("– Linie ", g.num(1, 120), " vom ", g.of(items), " zur Haltestelle ", g.pick("Goethestraße", "Schillerplatz", "Mozartstraße", "Bismarckplatz"), "\n")
		case 2:
			b.t("– ", g.of(caps), " und ", g.of(caps), ": ", g.of(items), " spendet ", g.num(2, 90), ".000 Euro\n")
		case 3:
			b.t("– Aktie ", g.of(items), " schließt bei ", g.num(10, 400), ",", g.digits(2), " € (", g.pick("+", "−"), g.num(0, 9), ",", g.digits(1), " %)\n")
		default:
			b.t("– Der ", g.of(items), " geht ", g.pick("dieses Jahr", "2026"), " an das Team ", g.of(caps), " ", g.num(1, 99), "\n")
		}
	}
	if g.chance(0.5) {
		b.t("Zusammengestellt von ")
		b.nm(g.deP().first)
		b.t(".\n")
	}
}

func deNegAudit(g *gen, b *bld) {
	for range g.n(5, 9) {
		p := g.deP()
		h := strings.ToLower(strings.NewReplacer(" ", "", "ü", "ue", "ö", "oe", "ä", "ae", "ß", "ss", "-", "", "ı", "i", "ş", "s", "ç", "c", "ś", "s", "ń", "n", "ł", "l").Replace(p.first[:1] + "." + p.last))
		b.t(g.date("-"), " ", g.clock(), ":", g.pad(g.r.IntN(60), 2), " ")
		switch g.r.IntN(5) {
		case 0:
			b.t("Anmeldung erfolgreich: Benutzer=", h, " Quelle=192.168.", g.num(0, 255), ".", g.num(1, 254), "\n")
		case 1:
			b.t("Kennwort zurückgesetzt: ", h, "@", g.pick("stadtwerke-nord.de", "gmx.de", "web.de", "t-online.de"), " Vorgang ", g.digits(5), "\n")
		case 2:
			b.t("Rolle vergeben: @", h, " -> ", g.pick("Sachbearbeitung", "Kasse", "Leitung", "Nur Lesen"), " durch @admin", g.num(1, 9), "\n")
		case 3:
			b.t("Zutritt: Tür ", g.num(1, 499), ", Gebäude ", g.pick("Haus Goethe", "Robert-Koch-Bau", "Humboldt-Trakt", "Schillerhaus"), ", Etage ", g.num(0, 9), ", Karte ", g.digits(8), "\n")
		default:
			b.t("Konto gesperrt: ", h, g.num(1, 99), " Grund=\"", g.pick("Austritt", "Elternzeit", "Vertragsende", "Inaktiv"), "\"\n")
		}
	}
}
