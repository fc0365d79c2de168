package unmarked

import "strings"

type dePerson struct {
	given, surname, nick string
	female               bool
}

var deGivenF = []string{
	"Annegret", "Wiebke", "Friederike", "Hannelore", "Ayşe", "Elif", "Zeynep", "Gülay", "Małgorzata", "Agnieszka",
	"Jolanta", "Thi Lan", "Ngọc Anh", "Mai", "Fatma", "Leyla", "Samira", "Amal", "Swetlana", "Olga", "Tatjana",
	"Mia-Sophie", "Lea", "Käthe", "Ursula", "Gesine", "Svenja", "Maren", "Jovana", "Dragana", "Chiara",
	"Priyanka", "Chiamaka", "Esra", "Merve", "Dörte", "Henrike", "Rabea", "Ilse", "Brigitte", "Katharina",
}
var deGivenM = []string{
	"Jürgen", "Hans-Peter", "Friedhelm", "Torben", "Malte", "Mehmet", "Emre", "Cem", "Hüseyin", "Bartłomiej",
	"Krzysztof", "Paweł", "Duc Minh", "Quang", "Tuan", "Ahmad", "Khaled", "Yousef", "Dmitrij", "Sergej", "Waldemar",
	"Jannik", "Ole", "Lasse", "Björn", "Detlef", "Klaus-Dieter", "Milan", "Dragan", "Nikola", "Luca", "Arvind",
	"Chinedu", "Emeka", "Burak", "Ömer", "Uwe", "Rüdiger", "Konstantin", "Maximilian", "Alexander", "Joachim",
}
var deNick = map[string]string{
	"Katharina": "Kathi", "Maximilian": "Maxi", "Alexander": "Alex", "Joachim": "Jochen", "Friederike": "Frieda",
	"Hans-Peter": "HP", "Małgorzata": "Gosia", "Swetlana": "Sweta", "Tatjana": "Tanja", "Konstantin": "Konsti",
	"Klaus-Dieter": "Klausi", "Dmitrij": "Dima", "Waldemar": "Waldi", "Brigitte": "Gitte", "Annegret": "Anne",
}
var deSurname = []string{
	"Brinkmann", "Hölscher", "Kröger", "Pätzold", "Wöhrle", "Dittmer", "Fleischhauer", "Grünewald", "Habermann",
	"Jänicke", "Kühnel", "Lüdtke", "Mertens", "Nießen", "Oberländer", "Pfeiffer", "Quast", "Rößler", "Schäfer",
	"Thielemann", "Ullrich", "Vogelsang", "Wendt", "Zimmermann", "Yılmaz", "Öztürk", "Kaya", "Demir", "Şahin",
	"Aydın", "Kowalczyk", "Wiśniewski", "Zieliński", "Nowak", "Dąbrowska", "Nguyen", "Tran", "Pham", "Hoang",
	"Al-Khatib", "Haddad", "Hamdan", "Saleh", "Iwanow", "Petrowa", "Schmidt-Rottluff", "Jovanović", "Šimek",
	"Petrović", "Horvat", "Rossi", "Esposito", "Okonkwo", "Adebayo", "Sharma", "Banerjee", "von der Heide",
	"von Bredow", "zu Ettingen", "Müller-Lüdenscheidt", "Meyer-Abich", "de Vries", "Van Dijk", "Krüger",
	"Böttcher", "Lehmkuhl", "Siebert", "Tiedemann", "Engelke", "Straßburger", "Große-Kleimann", "Ahrens",
}

func (g *gen) dePerson() dePerson {
	p := dePerson{female: g.chance(0.5), surname: g.of(deSurname)}
	if p.female {
		p.given = g.of(deGivenF)
	} else {
		p.given = g.of(deGivenM)
	}
	if g.chance(0.1) {
		p.surname = g.of(deSurname) + "-" + g.of(deSurname)
	}
	p.nick = deNick[p.given]
	return p
}

func (p dePerson) full() string { return p.given + " " + p.surname }
func (p dePerson) short() string {
	if p.nick != "" {
		return p.nick
	}
	return p.given
}
func (p dePerson) anrede() string {
	if p.female {
		return "Frau "
	}
	return "Herr "
}

func (g *gen) deName(p dePerson) string {
	switch g.r.IntN(9) {
	case 0:
		return p.surname + ", " + p.given
	case 1:
		return initial(p.given) + ". " + p.surname
	case 2:
		return strings.ToUpper(p.surname) + ", " + p.given
	case 3:
		return strings.ToUpper(p.full())
	}
	return p.full()
}

var deStreets = []string{
	"Lindenstraße", "Am Mühlbach", "Hauptstr.", "Kastanienallee", "Im Winkel", "Bahnhofstraße", "Schützenweg",
	"Ringstraße", "Zum Steinbruch", "Eichendorffstraße", "Bergstraße", "Alte Dorfstraße", "Hinter den Gärten",
	"Kirchplatz", "Wiesengrund", "Heinrich-Heine-Straße", "An der Ziegelei", "Goethestr.", "Rosenweg",
	"Mozartstraße", "Feldkamp", "Uferpromenade", "Lessingstraße", "Sonnenhang", "Am Anger", "Gartenstraße",
	"Karl-Liebknecht-Str.", "Weidenkamp", "Fasanenweg", "Königsallee", "Brunnengasse", "Auf dem Kamp",
}
var deCities = []struct{ plz, ort string }{
	{"04109", "Leipzig"}, {"69117", "Heidelberg"}, {"28195", "Bremen"}, {"44135", "Dortmund"}, {"90402", "Nürnberg"},
	{"01067", "Dresden"}, {"24103", "Kiel"}, {"79098", "Freiburg im Breisgau"}, {"66111", "Saarbrücken"},
	{"99084", "Erfurt"}, {"18055", "Rostock"}, {"33602", "Bielefeld"}, {"86150", "Augsburg"}, {"47051", "Duisburg"},
	{"35037", "Marburg"}, {"93047", "Regensburg"}, {"26122", "Oldenburg (Oldb)"}, {"73728", "Esslingen am Neckar"},
	{"06108", "Halle (Saale)"}, {"12043", "Berlin"}, {"50667", "Köln"}, {"80331", "München"}, {"20095", "Hamburg"},
	{"56068", "Koblenz"}, {"17489", "Greifswald"}, {"83022", "Rosenheim"}, {"38100", "Braunschweig"},
}

func (g *gen) deStreet() string {
	s := g.of(deStreets) + " " + itoa(g.n(1, 180))
	if g.chance(0.2) {
		s += g.pick("a", "b", "c", " a", "-14", "/1")
	}
	return s
}

func (g *gen) deAddr(ml bool) string {
	st := g.deStreet()
	c := deCities[g.r.IntN(len(deCities))]
	extra := ""
	if g.chance(0.3) {
		extra = g.pick("Hinterhaus", "3. OG", "2. OG links", "Whg. 12", "Seitenflügel", "EG rechts", "App. 4", "Aufgang B", "DG")
	}
	city := c.plz + " " + c.ort
	if ml {
		if extra != "" {
			if g.chance(0.5) {
				return st + "\n" + extra + "\n" + city
			}
			return st + ", " + extra + "\n" + city
		}
		return st + "\n" + city
	}
	if extra != "" {
		return st + ", " + extra + ", " + city
	}
	if g.chance(0.1) {
		return st + " in " + city
	}
	return st + ", " + city
}

var deNeg = []string{"Goethe-Gymnasium", "Siemens", "Marienplatz", "Porsche Cayenne", "Haribo", "Bahlsen", "Miele",
	"Kärcher", "Käthe-Kollwitz-Schule", "Schiller-Apotheke", "Konrad-Adenauer-Stiftung", "Max-Planck-Institut",
	"Zeppelin-Museum", "Frankfurter Kranz", "Berliner Pfannkuchen", "Effi Briest", "Die Buddenbrooks",
	"Alexanderplatz", "Fraunhofer-Institut", "Beethovenhalle", "Humboldt-Universität", "Carl Zeiss", "Bosch-Akkuschrauber"}
var deMonth = []string{"Januar", "März", "April", "Mai", "Juni", "Juli", "August", "Oktober", "November"}
var deDay = []string{"Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"}

var deKinds = []kind{
	{"eigentuemerversammlung", deWEG}, {"arztbrief", deArztbrief}, {"vereinsprotokoll", deVerein},
	{"klassenfahrt-elternliste", deKlassenfahrt}, {"chatverlauf", deChat}, {"ticketsystem", deTicket},
	{"zeugnis", deZeugnis}, {"lieferschein", deLieferschein}, {"grundsteuerbescheid", deGrundsteuer},
	{"kirchenbuch", deKirchenbuch}, {"dienstplan", deDienstplan}, {"podcast-transkript", dePodcast},
	{"kleinanzeige", deKleinanzeige}, {"umzugsangebot", deUmzug}, {"rundmail", deRundmail},
}

func (b *builder) deTitled(g *gen, p dePerson) {
	b.text(p.anrede())
	if g.chance(0.3) {
		b.text(g.pick("Dr. ", "Prof. Dr. ", "Dipl.-Ing. "))
	}
	b.name(p.surname)
}

func deWEG(g *gen, b *builder) {
	b.text("Protokoll der ordentlichen Eigentümerversammlung der WEG ")
	b.addr(g.deAddr(false))
	b.text("\nOrt: Gemeindesaal neben dem Goethe-Gymnasium, ", g.of(deDay), ", 18:30 Uhr\nVersammlungsleiter: ")
	b.name(g.deName(g.dePerson()))
	b.text(" (Verwaltung)\nProtokoll: ")
	b.name(g.dePerson().full())
	b.text("\n\nTOP 1 Hausmeister: ")
	p := g.dePerson()
	b.deTitled(g, p)
	b.text(" berichtet, dass die Miele-Waschmaschine im Keller defekt ist.\nTOP 2 Beschluss: Angebot von ")
	b.name(g.dePerson().full())
	b.text(" (Dachdeckerei) wird angenommen. Ja: ", g.digits(1), ", Nein: ", g.digits(1), ".\nTOP 3 ")
	b.deTitled(g, g.dePerson())
	b.text(" (Whg. ", g.digits(1), ") beantragt eine Wallbox für den Porsche Cayenne.\n")
}

func deArztbrief(g *gen, b *builder) {
	a, pt, hz := g.dePerson(), g.dePerson(), g.dePerson()
	b.text("Klinik für Innere Medizin · ")
	b.addr(g.deAddr(false))
	b.text("\n\n", g.pick("Frau Dr. med. ", "Herrn Dr. med. "))
	b.name(hz.full())
	b.text("\nPraxis für Allgemeinmedizin\n")
	b.addr(g.deAddr(true))
	b.text("\n\nArztbrief\nPatient: ")
	b.name(g.deName(pt))
	b.text(", geb. ", pad2(g.n(1, 28)), ".", pad2(g.n(1, 12)), ".19", g.digits(2), "\nwohnhaft ")
	b.addr(g.deAddr(false))
	b.text("\n\nSehr geehrte", g.pick("r Herr Kollege ", " Frau Kollegin "))
	b.name(hz.surname)
	b.text(",\n\nwir berichten über ", g.pick("Ihre Patientin", "Ihren Patienten"), " ")
	b.deTitled(g, pt)
	b.text(", die/der vom ", itoa(g.n(1, 20)), ". bis ", itoa(g.n(21, 28)), ". ", g.of(deMonth), " stationär behandelt wurde. Diagnose: Morbus Crohn, Verdacht auf Parkinson-Syndrom ausgeschlossen.\n\nMit kollegialen Grüßen\n\n")
	b.text(g.pick("Dr. med. ", "PD Dr. ", ""))
	b.name(a.full())
	b.text("\nOberärztin/Oberarzt\n")
}

func deVerein(g *gen, b *builder) {
	b.text("TSV Grün-Weiß 1911 e.V. — Protokoll der Vorstandssitzung vom ", pad2(g.n(1, 28)), ".", pad2(g.n(1, 12)), ".\nAnwesend: ")
	for i := range g.n(2, 4) {
		if i > 0 {
			b.text(", ")
		}
		b.name(g.deName(g.dePerson()))
	}
	b.text("\nEntschuldigt: ")
	b.name(g.dePerson().short())
	b.text("\n\n1. Kassenwart ")
	b.name(g.dePerson().full())
	b.text(" legt den Kassenbericht vor. Sponsoring durch Haribo verlängert.\n2. Die Schriftführerin bittet um neue Anschrift von ")
	b.name(g.dePerson().full())
	b.text(": jetzt ")
	b.addr(g.deAddr(false))
	b.text(".\n3. Sommerfest am ", g.of(deDay), " mit Frankfurter Kranz und Grillwürstchen.\n")
}

func deKlassenfahrt(g *gen, b *builder) {
	b.text("Klassenfahrt 7b (Käthe-Kollwitz-Schule) — Elternliste\nKind;Erziehungsberechtigte/r;Anschrift;Notfall-Tel.\n")
	for range g.n(2, 3) {
		k, e := g.dePerson(), g.dePerson()
		e.surname = k.surname
		b.name(strings.ToUpper(k.surname) + ", " + k.given)
		b.text(";")
		b.name(g.deName(e))
		b.text(";")
		if g.chance(0.8) {
			b.text("\"")
			b.addr(g.deAddr(false))
			b.text("\"")
		} else {
			b.text("s.o.")
		}
		b.text(";0", g.digits(3), " ", g.digits(7), "\n")
	}
	b.text("Begleitung: ")
	b.text(g.pick("Frau ", "Herr "))
	b.name(g.of(deSurname))
	b.text(" (Klassenleitung)\n")
}

func deChat(g *gen, b *builder) {
	a, c := g.dePerson(), g.dePerson()
	for range g.n(3, 5) {
		b.text("[", pad2(g.n(7, 23)), ":", pad2(g.n(0, 59)), "] ")
		sp := a
		if g.chance(0.5) {
			sp = c
		}
		if g.chance(0.4) {
			b.text("Du")
		} else {
			b.name(sp.short())
		}
		b.text(": ")
		switch g.r.IntN(5) {
		case 0:
			b.text("hab grad mit ")
			b.name(strings.ToLower(g.dePerson().given))
			b.text(" telefoniert, die kommt später")
		case 1:
			b.text("paket bitte an ")
			b.addr(g.deAddr(false))
			b.text(" schicken, bin bei meiner mutter")
		case 2:
			b.text("@")
			b.name(strings.ToLower(c.short()))
			b.text(" treffen wir uns am Marienplatz oder Alexanderplatz?")
		case 3:
			b.text("bring Haribo mit 😅")
		default:
			b.text("ok ")
			b.name(strings.ToLower(a.short()))
			b.text(" 👍")
		}
		b.text("\n")
	}
}

func deTicket(g *gen, b *builder) {
	k, s := g.dePerson(), g.dePerson()
	b.text("Ticket #", g.digits(6), " · Status: In Bearbeitung · Bearbeiter: ")
	b.name(initial(s.given) + ". " + s.surname)
	b.text("\n\n--- Kunde (")
	b.name(k.full())
	b.text(") ---\nGuten Tag, mein Kärcher-Hochdruckreiniger wurde an die falsche Adresse geliefert. Richtig ist:\n")
	b.addr(g.deAddr(true))
	b.text("\n\n--- Support ---\nHallo ")
	if g.chance(0.5) {
		b.name(k.given)
	} else {
		b.deTitled(g, k)
	}
	b.text(",\ndanke für den Hinweis. Ich habe meinen Kollegen ")
	b.name(g.dePerson().full())
	b.text(" informiert.\nViele Grüße\n")
	b.name(s.given)
	b.text("\n")
}

func deZeugnis(g *gen, b *builder) {
	p, c := g.dePerson(), g.dePerson()
	b.text("Siemens Mobility GmbH · ")
	b.addr(g.deAddr(false))
	b.text("\n\nARBEITSZEUGNIS\n\n")
	b.text(p.anrede())
	b.name(p.full())
	b.text(", geboren am ", pad2(g.n(1, 28)), ".", pad2(g.n(1, 12)), ".19", g.digits(2), ", war vom 1. ", g.of(deMonth), " bis zum 31. ", g.pick("Juli", "Dezember", "März"), " bei der Siemens Mobility GmbH als Sachbearbeiter", g.pick("in", ""), " tätig.\n\n")
	b.text(p.anrede())
	b.name(p.surname)
	b.text(" erledigte die Aufgaben stets zu unserer vollsten Zufriedenheit. Das Verhältnis zu Vorgesetzten wie Herrn ")
	b.name(g.dePerson().surname)
	b.text(" war einwandfrei.\n\nMünchen, den ", itoa(g.n(1, 28)), ". ", g.of(deMonth), "\n\n")
	b.name(c.full())
	b.text("\nLeiter Personal\n")
}

func deLieferschein(g *gen, b *builder) {
	k := g.dePerson()
	b.text("LIEFERSCHEIN Nr. ", g.digits(7), "\nLieferanschrift:\n")
	b.name(strings.ToUpper(k.full()))
	b.text("\n")
	if g.chance(0.3) {
		b.text("c/o ")
		b.name(g.dePerson().full())
		b.text("\n")
	}
	b.addr(strings.ToUpper(g.deAddr(true)))
	b.text("\n\nPos 1  ", g.pick("Bosch-Akkuschrauber", "Miele Staubsauger", "Bahlsen Leibniz, 12 Pck."), "  1 Stk.\nPos 2  Zubehör  2 Stk.\nKommissioniert von: ")
	b.name(g.dePerson().short())
	b.text("\n")
}

func deGrundsteuer(g *gen, b *builder) {
	e := g.dePerson()
	b.text("Stadt ", deCities[g.r.IntN(len(deCities))].ort, " · Steueramt\n\n")
	b.text(e.anrede(), "\n")
	b.name(e.full())
	if g.chance(0.3) {
		b.text(" und ")
		b.name(g.dePerson().full())
	}
	b.text("\n")
	b.addr(g.deAddr(true))
	b.text("\n\nGrundsteuerbescheid ", "für das Kalenderjahr 2025\nKassenzeichen ", g.digits(10), "\nGrundstück: ")
	b.addr(g.deAddr(false))
	b.text("\nHebesatz ", g.digits(3), " %. Fällig am 15. Mai, 15. August, 15. November.\n")
}

func deKirchenbuch(g *gen, b *builder) {
	p, v, m := g.dePerson(), g.dePerson(), g.dePerson()
	m.surname = v.surname
	b.text("Kirchenbuch der ev.-luth. Gemeinde St. Marien, Taufregister ", g.digits(4), "\nNr. ", g.digits(2), "  Täufling: ")
	b.name(p.given + " " + v.surname)
	b.text("\n  Vater: ")
	b.name(v.full())
	b.text(", ", g.pick("Schmied", "Tagelöhner", "Lehrer", "Bergmann"), "\n  Mutter: ")
	b.name(m.given)
	b.text(" geb. ")
	b.name(g.of(deSurname))
	b.text("\n  Paten: ")
	b.name(g.dePerson().full())
	if g.chance(0.4) {
		b.text(", ")
		b.name(g.deName(g.dePerson()))
	}
	if g.chance(0.5) {
		b.text("\n  wohnhaft: ")
		b.addr(g.deAddr(false))
	}
	b.text("\n  Pfarrer: ")
	b.name(g.dePerson().surname)
	b.text("\n")
}

func deDienstplan(g *gen, b *builder) {
	b.text("Dienstplan Station 4 — KW ", itoa(g.n(1, 52)), "\n")
	if g.chance(0.6) {
		b.text("Einsatzort: Pflegeheim Haus Abendrot, ")
		b.addr(g.deAddr(false))
		b.text("\n")
	}
	for _, d := range deDay[:g.n(3, 5)] {
		b.text(d, ": Früh ")
		b.name(g.dePerson().short())
		if g.chance(0.6) {
			b.text(" / Spät ")
			b.name(g.deName(g.dePerson()))
		}
		b.text("\n")
	}
	b.text("Tausch nur nach Rücksprache mit der Stationsleitung.\n")
}

func dePodcast(g *gen, b *builder) {
	h, gst := g.dePerson(), g.dePerson()
	b.text("Folge ", g.digits(2), " – Transkript\n\n")
	b.name(h.given)
	b.text(": Herzlich willkommen! Heute bei mir: ")
	b.name(gst.full())
	b.text(", die/der das Buch über Effi Briest geschrieben hat.\n")
	for range g.n(1, 3) {
		b.name(strings.ToUpper(gst.given))
		b.text(g.pick(": Also, angefangen hat alles am Max-Planck-Institut. Mein Doktorvater, Professor ", ": Naja, ohne meine Mentorin, Frau Professorin ", ": Das hab ich von Herrn "))
		b.name(g.dePerson().surname)
		b.text(g.pick(", hat gesagt …\n", " – die hat mir damals alles beigebracht.\n", " gelernt, ehrlich.\n"))
		b.name(h.given)
		b.text(g.pick(": Echt jetzt?\n", ": [lacht]\n", ": Spannend.\n"))
	}
	if g.chance(0.6) {
		b.text("\nHörerpost bitte an: ")
		b.addr(g.deAddr(g.chance(0.5)))
		b.text("\n")
	}
}

func deKleinanzeige(g *gen, b *builder) {
	p := g.dePerson()
	b.text(g.pick("Verkaufe ", "Verschenke ", "Suche "), g.pick("Kinderwagen", "Porsche Cayenne Felgen", "Miele Trockner", "Bahlsen-Dose (Sammler)"), " — nur Abholung in ")
	b.addr(g.deAddr(false))
	b.text(". Bei Interesse bei ")
	b.name(p.given)
	b.text(" melden, Festnetz 0", g.digits(4), " ", g.digits(6), ". Gruß ")
	b.name(initial(p.given) + ". " + p.surname)
	b.text("\n")
}

func deUmzug(g *gen, b *builder) {
	k := g.dePerson()
	b.text("Umzugsangebot Nr. ", g.digits(5), "\n\nKunde: ")
	b.name(g.deName(k))
	b.text("\nAuszug: ")
	b.addr(g.deAddr(false))
	b.text("\nEinzug: ")
	b.addr(g.deAddr(false))
	b.text("\nLeistungen: 3 Möbelpacker, 7,5 t LKW, Halteverbotszone\nIhr Ansprechpartner: ")
	b.name(g.dePerson().full())
	if k.female {
		b.text("\n\nSehr geehrte ")
	} else {
		b.text("\n\nSehr geehrter ")
	}
	b.deTitled(g, k)
	b.text(", gerne erstellen wir Ihnen ein verbindliches Angebot.\n")
}

func deRundmail(g *gen, b *builder) {
	b.text("Betreff: [Rundmail] Sommerfest & neue Kontaktdaten\n\nLiebe Kolleginnen und Kollegen,\n\n")
	b.name(g.dePerson().full())
	b.text(" ist ab ", g.of(deMonth), " im Fraunhofer-Institut und nicht mehr bei uns. Ihre Nachfolgerin ist ")
	b.name(g.deName(g.dePerson()))
	b.text(". Post für das Projektbüro bitte ab sofort an\n\n")
	p := g.dePerson()
	b.name(p.full())
	b.text("\n")
	b.addr(g.deAddr(true))
	b.text("\n\nDanke an ")
	b.name(strings.ToLower(g.dePerson().short()))
	b.text(" für die Organisation!\nViele Grüße\n")
	b.name(g.dePerson().given)
	b.text("\n")
}
