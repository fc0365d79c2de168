package unbidden

import "strings"

var deGiven = []string{
	"Lukas", "Emmely", "Jürgen", "Özlem", "Mehmet", "Anh", "Katarzyna", "Hans-Peter", "Anna-Lena",
	"Uwe", "Ömer", "Dragan", "Svetlana", "Friederike", "Malte", "Gökhan", "Aylin", "Wiebke",
	"Karl-Heinz", "Jolanta", "Thi Lan", "Bärbel", "Sören", "Leonie", "Rüdiger", "Ilse", "Yasemin",
	"Jannik", "Marie-Luise", "Kübra", "Nikolai", "Hiltrud", "Enes", "Mia", "Dörte", "Fenja",
	"Ahmad", "Elif", "Hannelore", "Piotr",
}

var deNick = []string{"Kalle", "Steffi", "Uschi", "Basti", "Flo", "Hansi", "Moni", "Jule"}

var deFamily = []string{
	"Müller", "Schäfer", "Yılmaz", "Nguyen", "Kowalski", "Öztürk", "Wagner", "von der Heide",
	"Meyer-Brandt", "Hoffmann", "Krüger", "Demir", "Popescu", "Janßen", "Petrović", "Ließmann",
	"Weißgerber", "Schulze-Ebbinghaus", "Tran", "Kaya", "Zimmermann", "Großkopf", "Al-Khatib",
	"Brandl", "Hüttenrauch", "Wiśniewski", "Lindemann", "Dietz", "de Vries", "Çelik", "Mäurer",
	"Oberhuber", "Fuß", "Szabó", "Rehbein",
}

var deStreets = []string{
	"Lindenweg", "Am Mühlbach", "Eichendorffstraße", "Hauptstraße", "Kirchgasse", "Birkenallee",
	"Schillerplatz", "Bahnhofstr.", "Auf der Höhe", "Zum Sportplatz", "Friedrich-Ebert-Ring",
	"Alte Poststraße", "Kastanienhof", "Große Bleiche", "Mozartstraße", "Im Winkel", "Rheinuferweg",
}

var deCities = [][2]string{
	{"79098", "Freiburg im Breisgau"}, {"04109", "Leipzig"}, {"24103", "Kiel"}, {"93047", "Regensburg"},
	{"67059", "Ludwigshafen am Rhein"}, {"18055", "Rostock"}, {"99084", "Erfurt"}, {"34117", "Kassel"},
	{"88045", "Friedrichshafen"}, {"26122", "Oldenburg"}, {"45127", "Essen"}, {"01067", "Dresden"},
	{"66111", "Saarbrücken"}, {"97070", "Würzburg"}, {"27568", "Bremerhaven"}, {"83022", "Rosenheim"},
}

var deNegOrg = []string{
	"Dr. Oetker", "Robert Bosch GmbH", "Siemens", "Porsche", "Aldi", "Goethe-Gymnasium",
	"Robert-Koch-Institut", "Helios Klinikum", "Max-Planck-Institut", "Carl Zeiss", "Lidl",
	"Albert-Schweitzer-Schule", "Ferdinand-Sauerbruch-Klinik", "Haribo", "Hugo Boss",
}

var deNegSentence = []string{
	"Koch und Kellner wurden beide eingearbeitet.", "Bauer sucht Frau läuft wieder am Montag.",
	"Kraft und Ausdauer sind gefragt.", "Wolf im Landkreis gesichtet, bitte Hunde anleinen.",
	"Fischer dürfen den Steg ab März nutzen.", "Schneider und Maler sind beauftragt.",
	"Winter kommt früh dieses Jahr.", "Sommerfest findet im Juli statt.", "Frieden im Haus ist uns wichtig.",
	"Weiß jemand, wann der Müll abgeholt wird?", "Braun gestrichene Türen bitte nicht bekleben.",
	"Keller bitte abschließen.", "Hahn im Bad tropft seit Freitag.",
}

type deP struct{ g, f string }

func (g *gen) dePerson() deP {
	p := deP{g: g.of(deGiven), f: g.of(deFamily)}
	if g.p(0.12) {
		p.g = g.of(deNick)
	}
	return p
}

func (p deP) full() string { return p.g + " " + p.f }

func (g *gen) deAnrede() string {
	return g.pick("Herr", "Frau", "Herrn", "Frau Dr.", "Herr Prof. Dr.", "Dr.", "Frau Rechtsanwältin", "Herr Oberarzt")
}

func (g *gen) deAddr(multi bool) string {
	c := deCities[g.r.IntN(len(deCities))]
	st := g.of(deStreets) + " " + g.digits(g.n(1, 3))
	if g.p(0.2) {
		st += g.pick("a", "b", "-14")
	}
	if multi {
		if g.p(0.2) {
			st += "\n" + g.pick("Hinterhaus", "3. OG links", "Wohnung 7")
		}
		return st + "\n" + c[0] + " " + c[1]
	}
	return st + ", " + c[0] + " " + c[1]
}

func (g *gen) deHandle(p deP) string {
	r := strings.NewReplacer("ü", "ue", "ö", "oe", "ä", "ae", "ß", "ss", " ", "", "ı", "i", "Ö", "Oe", "Ç", "C", "ç", "c", "ś", "s", "ć", "c", "á", "a")
	return strings.ToLower(r.Replace(string([]rune(p.g)[:1]) + "." + p.f))
}

var deKinds = []kind{
	{"polizeibericht", dePolizei}, {"protokoll", deProtokoll}, {"bewerbung", deBewerbung},
	{"zeugnis", deZeugnis}, {"aushang", deAushang}, {"kuendigung", deKuendigung},
	{"verein", deVerein}, {"nachbarschaftschat", deChat}, {"arztbrief", deArztbrief},
	{"rechnung", deRechnung}, {"sendung", deSendung}, {"klassenliste", deKlassenliste},
	{"log", deLog}, {"yaml", deYAML},
}

func dePolizei(g *gen, d *doc) {
	a, b, p := g.dePerson(), g.dePerson(), g.dePerson()
	d.t("Polizeipräsidium ", g.pick("Oberfranken", "Südhessen", "Rostock"), " – Pressemitteilung\n\nAm ", g.pick("Montagabend", "Dienstag", "Samstagmorgen"), " wurde in der ")
	d.am(g.deAddr(false))
	d.t(" in eine Wohnung eingebrochen. Die ", g.digits(2), "-jährige Geschädigte ")
	d.nm(a.f + ", " + a.g)
	d.t(" bemerkte den Schaden gegen 18 Uhr. Ein Zeuge, Herr ")
	d.nm(b.f)
	d.t(", beobachtete einen dunklen ", g.pick("Porsche Cayenne", "VW Golf", "Opel Corsa"), ". ", g.of(deNegSentence), " Hinweise an POK ")
	d.nm(p.full())
	d.t(", Tel. 0", g.digits(3), "/", g.digits(6), ".\n")
}

func deProtokoll(g *gen, d *doc) {
	a, b, c := g.dePerson(), g.dePerson(), g.dePerson()
	d.t("Protokoll der Eigentümerversammlung WEG ")
	d.am(g.deAddr(false))
	d.t("\nDatum: ", g.digits(1), ". ", g.pick("März", "Mai", "November"), " 2025\nVersammlungsleiter: ")
	d.nm(a.full())
	d.t(" (Verwaltung ", g.of(deNegOrg), " Immobilien)\nProtokollführerin: Frau ")
	d.nm(b.f)
	d.t("\n\nTOP 1: ", g.of(deNegSentence), "\nTOP 2: Antrag von ")
	d.nm(c.full())
	d.t(" (Whg. ", g.digits(1), ") auf Austausch der Haustür – angenommen mit ", g.digits(1), " Ja-Stimmen.\nTOP 3: Verschiedenes. ")
	d.nm(strings.ToUpper(a.f))
	d.t(" schließt die Sitzung um 21:", g.digits(2), " Uhr.\n")
}

func deBewerbung(g *gen, d *doc) {
	a, h := g.dePerson(), g.dePerson()
	d.nm(a.full())
	d.t("\n")
	d.am(g.deAddr(true))
	d.t("\n", g.deHandle(a), "@web.de\n\n", g.of(deNegOrg), "\nPersonalabteilung\nz. Hd. Frau ")
	d.nm(h.f)
	d.t("\n")
	d.am(g.deAddr(true))
	d.t("\n\nBewerbung als ", g.pick("Pflegefachkraft", "Mechatroniker", "Bürokauffrau", "Koch"), "\n\nSehr geehrte Frau ")
	d.nm(h.f)
	d.t(",\n\nüber Ihre Anzeige habe ich mich sehr gefreut. ", g.of(deNegSentence), "\n\nMit freundlichen Grüßen\n")
	d.nm(a.full())
	d.t("\n")
}

func deZeugnis(g *gen, d *doc) {
	a, c := g.dePerson(), g.dePerson()
	anr, pr := "Herr", "Er"
	if g.p(0.5) {
		anr, pr = "Frau", "Sie"
	}
	d.t("ARBEITSZEUGNIS\n\n", anr, " ")
	d.nm(a.full())
	d.t(", geboren am ", g.digits(1), ".", g.digits(1), ".19", g.digits(2), " in ", g.pick("Izmir", "Danzig", "Hanoi", "Essen"), ", war vom 1. April bis 30. Juni bei ", g.of(deNegOrg), " als ", g.pick("Sachbearbeitung", "Lagerleitung", "Erziehungskraft"), " tätig. ")
	d.t(pr, " erledigte alle Aufgaben stets zu unserer vollsten Zufriedenheit. ", g.of(deNegSentence), "\n\n", g.pick("Kassel", "Essen", "Kiel"), ", den 30.06.2025\n\n")
	d.nm(c.full())
	d.t("\nGeschäftsführer\n")
}

func deAushang(g *gen, d *doc) {
	h := g.dePerson()
	d.t("HAUSORDNUNG – AUSHANG\n\nLiebe Mieterinnen und Mieter,\n", g.of(deNegSentence), " ", g.of(deNegSentence), "\nRuhezeiten: Montag bis Samstag 13–15 Uhr.\nBei Fragen wenden Sie sich an Hausmeister ")
	if g.p(0.5) {
		d.nm(g.of(deNick))
	} else {
		d.nm(h.full())
	}
	d.t(" (Erdgeschoss) oder an die Hausverwaltung, ")
	d.am(g.deAddr(false))
	d.t(".\nDie Schlüssel liegen beim ", g.pick("Kiosk am Goetheplatz", "Bäcker in der Schillerstraße", "Aldi-Markt"), ".\n")
}

func deKuendigung(g *gen, d *doc) {
	a, v := g.dePerson(), g.dePerson()
	d.nm(a.full())
	d.t(" · ")
	d.am(strings.ReplaceAll(g.deAddr(false), ",", " ·"))
	d.t("\n\nEinschreiben\n", g.pick("Herrn", "Frau"), "\n")
	d.nm(v.full())
	d.t("\n")
	d.am(g.deAddr(true))
	d.t("\n\nKündigung des Mietvertrags\n\nSehr geehrte", g.pick("r Herr", " Frau"), " ")
	d.nm(v.f)
	d.t(",\nhiermit kündige ich das Mietverhältnis über die Wohnung ")
	d.am(g.deAddr(false))
	d.t(" fristgerecht. ", g.of(deNegSentence), "\n\nMit freundlichen Grüßen\n")
	d.nm(a.g)
	d.t("\n")
}

func deVerein(g *gen, d *doc) {
	a, b, c := g.dePerson(), g.dePerson(), g.dePerson()
	d.t(g.pick("TSV Eintracht", "Kleingartenverein Sonnenschein e.V.", "Schützenverein Hubertus"), " – Mitteilung\n\nWir gratulieren ")
	d.nm(a.full())
	d.t(" zum ", g.pick("60.", "75.", "80."), " Geburtstag! Unser Kassenwart ")
	d.nm(b.g)
	d.t(" bittet um Überweisung der Beiträge bis Ende ", g.pick("Januar", "Februar"), ". ")
	d.nm(strings.ToUpper(c.f))
	d.t(" übernimmt ab sofort die Jugendabteilung. Neue Anschrift der Geschäftsstelle:\n")
	d.am(g.deAddr(true))
	d.t("\nDas Vereinsheim bleibt am Freitag geschlossen. ", g.of(deNegSentence), "\n")
}

func deChat(g *gen, d *doc) {
	a, b, c := g.dePerson(), g.dePerson(), g.dePerson()
	day := g.digits(1)
	d.t("[0", day, ".05.25, 19:02:11] ")
	d.nm(a.full())
	d.t(": Hat jemand ein Paket für ")
	d.nm(strings.ToLower(c.g))
	d.t(" angenommen?\n[0", day, ".05.25, 19:04:40] ")
	d.nm(b.g)
	d.t(": ja liegt bei mir, ")
	d.am(g.deAddr(false))
	d.t("\n[0", day, ".05.25, 19:05:02] ")
	d.nm(a.full())
	d.t(": danke!! ", g.of(deNegSentence), "\n[0", day, ".05.25, 19:07:13] ")
	d.nm(c.g + " " + strings.ToUpper(string([]rune(c.f)[:1])))
	d.t(": Hallo ")
	d.nm(b.g)
	d.t(", komme gleich rüber 🙏\n")
}

func deArztbrief(g *gen, d *doc) {
	a, dr, hz := g.dePerson(), g.dePerson(), g.dePerson()
	d.t(g.pick("Helios Klinikum", "Ferdinand-Sauerbruch-Klinik", "Albert-Schweitzer-Krankenhaus"), ", Klinik für Innere Medizin\n\nHerrn Dr. med. ")
	d.nm(hz.full())
	d.t("\n")
	d.am(g.deAddr(true))
	d.t("\n\nEntlassungsbrief\nPatient: ")
	d.nm(a.f + ", " + a.g)
	d.t(", geb. ", g.digits(2), ".0", g.digits(1), ".19", g.digits(2), ", wohnhaft ")
	d.am(g.deAddr(false))
	d.t("\n\nSehr geehrter Herr Kollege ")
	d.nm(hz.f)
	d.t(",\nwir berichten über ", g.pick("Frau", "Herrn"), " ")
	d.nm(a.f)
	d.t(", die/der vom ", g.digits(1), ". bis ", g.digits(2), ". März stationär behandelt wurde (Morbus Crohn, Parkinson-Syndrom ausgeschlossen).\n\nMit kollegialen Grüßen\nOA Dr. ")
	d.nm(dr.f)
	d.t("\n")
}

func deRechnung(g *gen, d *doc) {
	a := g.dePerson()
	d.t("Rechnung Nr. RE-", g.digits(5), "\n", g.pick("Malerbetrieb Krüger & Söhne", "Elektro Wagner GmbH", "Sanitär Öztürk KG"), "\n\nRechnungsempfänger:\n")
	d.nm(a.full())
	d.t("\n")
	d.am(g.deAddr(true))
	d.t("\n\nPos. 1  Austausch Mischbatterie (Hansgrohe)   ", g.digits(3), ",00 €\nPos. 2  Anfahrt                                 45,00 €\n\nLeistungsort: ")
	d.am(g.deAddr(false))
	d.t("\nZahlbar bis ", g.digits(2), ".", g.pick("01", "07", "10"), ".2025 ohne Abzug.\n")
}

func deSendung(g *gen, d *doc) {
	a := g.dePerson()
	d.t("Sendungsnummer 00340", g.digits(9), "\n", g.digits(2), ".06. 08:12  Die Sendung wurde im Start-Paketzentrum bearbeitet.\n", g.digits(2), ".06. 14:40  Zustellung beim Nachbarn: ")
	d.nm(g.pick("Fam. ", "") + g.of(deFamily))
	if strings.HasPrefix(d.sb.String()[d.spans[len(d.spans)-1].Start:], "Fam. ") {
		d.spans[len(d.spans)-1].Start += len("Fam. ")
	}
	d.t(", ")
	d.am(g.deAddr(false))
	d.t("\nEmpfänger: ")
	d.nm(strings.ToUpper(a.full()))
	d.t("\n")
}

func deKlassenliste(g *gen, d *doc) {
	d.t("Klasse;Nachname;Vorname;Erziehungsberechtigte;Anschrift\n")
	for range g.n(2, 4) {
		s, e := g.dePerson(), g.dePerson()
		d.t(g.pick("5a", "7c", "9b"), ";")
		d.nm(s.f)
		d.t(";")
		d.nm(s.g)
		d.t(";")
		d.nm(e.g + " " + s.f)
		d.t(";")
		d.am(g.deAddr(false))
		d.t("\n")
	}
	d.t("# Klassenleitung: Frau ")
	d.nm(g.of(deFamily))
	d.t(", ", g.pick("Goethe-Gymnasium", "Albert-Schweitzer-Schule", "Geschwister-Scholl-Realschule"), "\n")
}

func deLog(g *gen, d *doc) {
	for range g.n(2, 3) {
		a := g.dePerson()
		d.t("2025-03-", g.digits(1), "1 07:", g.digits(2), ":00 INFO  auftrag=", g.digits(6), " kunde=\"")
		d.nm(a.f + ", " + a.g)
		d.t("\" lieferadresse=\"")
		d.am(g.deAddr(false))
		d.t("\" login=", g.deHandle(a), "\n")
	}
	d.t("2025-03-11 07:59:00 WARN  ", g.of(deNegSentence), "\n")
}

func deYAML(g *gen, d *doc) {
	a, b := g.dePerson(), g.dePerson()
	d.t("antrag:\n  aktenzeichen: BA-", g.digits(4), "/25\n  antragsteller: ")
	d.nm(a.full())
	d.t("\n  anschrift: |\n    ")
	d.am(strings.ReplaceAll(g.deAddr(true), "\n", "\n    "))
	d.t("\n  sachbearbeitung: ")
	d.nm(b.f)
	d.t("\n  hinweis: \"", g.of(deNegSentence), "\"\n  firma: ", g.of(deNegOrg), "\n")
}
