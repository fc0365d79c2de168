package fresh

import "strings"

var deMale = strings.Fields(`Maximilian Alexander Paul Elias Ben Noah Leon Louis Jonas Felix Lukas Thomas Michael
Andreas Stefan Christian Peter Wolfgang Klaus Jürgen Uwe Frank Dirk Jens Sven Torsten Matthias Markus Tobias
Florian Sebastian Jan Tim Niklas Moritz Emil Anton Hans Heinz Günter Horst Dieter Helmut Manfred Rüdiger Kai-Uwe
Hans-Peter Karl-Heinz Mehmet Ali Murat Bernd Ralf Olaf Holger Detlef Volker Norbert Reinhard Gerhard Werner
Friedrich Johannes Finn Luca Henry Theo Oskar Mats Ole Till Malte Lars Björn Jörg Hartmut Joachim Benedikt
Konstantin Leopold Vincent Hannes Jakob Piotr Dmitri Luka`)

var deFemale = strings.Fields(`Emma Mia Hannah Sophia Emilia Lina Marie Lea Anna Clara Ursula Monika Petra Sabine
Andrea Claudia Susanne Karin Birgit Renate Gabriele Heike Martina Stefanie Julia Katharina Laura Sarah Lisa Jana
Nicole Anja Sandra Melanie Franziska Johanna Charlotte Greta Ingrid Gisela Hildegard Anne-Kathrin Marie-Luise
Ayşe Elif Emmely Jutta Dörte Henrike Ida Mathilda Frieda Paula Luisa Leonie Svenja Maren Wiebke Silke Doris
Brigitte Elke Bärbel Irmgard Roswitha Antje Kerstin Ines Nadine Yvonne Tanja Carina Lena Pia Merle Zeynep Natalia`)

var deSurnames = strings.Fields(`Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer
Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt
Werner Schmitz Krause Meier Lehmann Schmid Schulze Maier Köhler Herrmann König Walter Mayer Huber Kaiser Fuchs
Peters Lang Scholz Möller Weiß Jung Hahn Schubert Vogel Friedrich Keller Günther Frank Berger Winkler Roth Beck
Lorenz Baumann Franke Albrecht Schuster Simon Ludwig Böhm Winter Kraus Martin Schumacher Krämer Vogt Stein Jäger
Otto Sommer Groß Seidel Heinrich Brandt Haas Schreiber Graf Dietrich Ziegler Kuhn Kühn Pohl Engel Horn Busch
Bergmann Thomas Voigt Sauer Arnold Wolff Pfeiffer Yılmaz Kaya Demir Nowak Kowalski Petrović Hansen Jansen
Friedrichs Janßen Böttcher Ostermann Brinkmann Lindemann Gerlach Reuter Kessler Hübner Brandl Wimmer Eder Gruber`)

// Double-barrelled names and nobiliary particles; the particle is part of the name.
var deOddSurnames = []string{"Müller-Lüdenscheidt", "Schulze-Wettendorf", "Meyer-Landrut", "Leutheusser-Schnarrenberger",
	"Schmidt-Ott", "Wagner-Frenzel", "von Bülow", "von Weizsäcker", "zu Guttenberg", "von der Heide", "von Arnim",
	"zu Stolberg", "von Trotha", "vom Stein", "Graf-Hohenstein", "Klein-Schmeink", "ter Horst", "van Dijk",
	"von Hohenthal", "Oppermann-Kürten"}

type deName struct {
	first, last string
	female      bool
}

func (g *gen) dePerson() deName {
	n := deName{female: g.p(0.5)}
	if n.female {
		n.first = g.of(deFemale)
	} else {
		n.first = g.of(deMale)
	}
	if g.p(0.13) {
		n.last = g.of(deOddSurnames)
	} else {
		n.last = g.of(deSurnames)
	}
	return n
}
func (n deName) full() string { return n.first + " " + n.last }
func (n deName) anrede() string {
	if n.female {
		return "Frau"
	}
	return "Herr"
}
func (n deName) geehrt() string {
	if n.female {
		return "Sehr geehrte Frau"
	}
	return "Sehr geehrter Herr"
}
func (n deName) email(dom string) string {
	return asciiFold(n.first) + "." + asciiFold(n.last) + "@" + dom
}

var deStreets = []string{"Hauptstraße", "Schulstraße", "Gartenstraße", "Bahnhofstraße", "Dorfstraße", "Bergstraße",
	"Birkenweg", "Lindenstraße", "Kirchstraße", "Waldstraße", "Ringstraße", "Schillerstraße", "Goethestraße",
	"Am Sportplatz", "Mühlenweg", "Friedrich-Ebert-Straße", "Karl-Marx-Allee", "Kastanienallee", "Rosenweg",
	"Wiesenweg", "Am Markt", "Marktplatz", "Poststraße", "Beethovenstraße", "Mozartstr.", "Bahnhofstr.", "Hauptstr.",
	"Kurfürstendamm", "Sonnenallee", "Königsallee", "Unter den Linden", "An der Alster", "Auf dem Berg",
	"Zum Steinbruch", "Heinrich-Heine-Platz", "Albert-Schweitzer-Ring", "Theodor-Heuss-Ring", "Im Tal",
	"Schloßstraße", "Feldweg", "Am Anger", "Lessingstr.", "Konrad-Adenauer-Ufer", "Sophie-Scholl-Weg",
	"Bismarckstraße", "Uhlandstraße", "Eichendorffweg", "Hohenzollerndamm", "Große Bleichen", "In den Gärten",
	"Alte Landstraße", "Industriestraße", "Gewerbepark", "Ludwig-Erhard-Allee", "Hamburger Chaussee",
	"Rheinuferpromenade", "Am Kanal", "Neuer Wall", "Grüner Weg", "Talstr.", "Frankfurter Tor", "Leipziger Str."}

type deCity struct{ plz, city string }

var deCities = func() []deCity {
	raw := `10115 Berlin;10969 Berlin;12047 Berlin;20095 Hamburg;22765 Hamburg;80331 München;81667 München;
50667 Köln;60311 Frankfurt am Main;70173 Stuttgart;40213 Düsseldorf;44135 Dortmund;45127 Essen;04109 Leipzig;
28195 Bremen;01067 Dresden;30159 Hannover;90402 Nürnberg;47051 Duisburg;44787 Bochum;42103 Wuppertal;
33602 Bielefeld;53111 Bonn;48143 Münster;76133 Karlsruhe;68159 Mannheim;86150 Augsburg;65183 Wiesbaden;
24103 Kiel;18055 Rostock;99084 Erfurt;39104 Magdeburg;14467 Potsdam;66111 Saarbrücken;55116 Mainz;
93047 Regensburg;79098 Freiburg im Breisgau;37073 Göttingen;17489 Greifswald;83435 Bad Reichenhall;
63739 Aschaffenburg;88212 Ravensburg;25980 Sylt;56068 Koblenz;97070 Würzburg;06108 Halle (Saale);
15230 Frankfurt (Oder);23552 Lübeck;26122 Oldenburg;34117 Kassel;91054 Erlangen;72070 Tübingen;
21335 Lüneburg;07743 Jena;02826 Görlitz;94032 Passau;87435 Kempten (Allgäu);54290 Trier;36037 Fulda;
49074 Osnabrück;38100 Braunschweig;19053 Schwerin;83646 Bad Tölz;71634 Ludwigsburg;31134 Hildesheim`
	var out []deCity
	for _, rec := range strings.Split(raw, ";") {
		rec = strings.TrimSpace(rec)
		out = append(out, deCity{rec[:5], rec[6:]})
	}
	return out
}()

// Austrian and Swiss addresses with four-digit postcodes, written in German.
var deForeign = []deCity{{"1010", "Wien"}, {"8010", "Graz"}, {"5020", "Salzburg"}, {"8001", "Zürich"},
	{"3011", "Bern"}, {"4051", "Basel"}, {"6020", "Innsbruck"}}

type deAddr struct {
	street, extra string // "Lindenstraße 12a", "3. OG links"
	c             deCity
	dPrefix       bool
	postfach      bool
	foreign       string
}

func (g *gen) deAddress() deAddr {
	a := deAddr{c: deCities[g.r.IntN(len(deCities))]}
	if g.p(0.06) {
		a.postfach = true
		a.street = "Postfach " + g.num(10, 99) + " " + pad2(g.in(0, 99)) + " " + pad2(g.in(1, 99))
		if g.p(0.4) {
			a.street = "Postfach " + g.num(100, 999999)
		}
		return a
	}
	if g.p(0.06) {
		i := g.r.IntN(len(deForeign))
		a.c = deForeign[i]
		a.foreign = []string{"Österreich", "Österreich", "Österreich", "Schweiz", "Schweiz", "Schweiz", "Österreich"}[i]
	}
	num := g.num(1, 180)
	switch {
	case g.p(0.15):
		num += string("abcde"[g.r.IntN(5)])
	case g.p(0.08):
		n := g.in(1, 90)
		num = itoa(n) + g.pick("-", "–", " - ") + itoa(n+g.pick2(1, 2, 4))
	case g.p(0.04):
		num += " " + string("ABC"[g.r.IntN(3)])
	}
	a.street = g.of(deStreets) + " " + num
	if g.p(0.12) {
		a.extra = g.pick("3. OG links", "Hinterhaus", "Aufgang B", "Whg. 12", "2. Etage", "Seitenflügel, 4. OG", "App. 7")
	}
	a.dPrefix = g.p(0.06)
	return a
}

// deHome is an address someone lives or celebrates at: never a Postfach or abroad.
func (g *gen) deHome() deAddr {
	for {
		if a := g.deAddress(); !a.postfach && a.foreign == "" {
			return a
		}
	}
}

func (g *gen) pick2(xs ...int) int { return xs[g.r.IntN(len(xs))] }

func (a deAddr) cityLine() string {
	p := a.c.plz
	if a.dPrefix {
		p = "D-" + p
	}
	return p + " " + a.c.city
}
func (a deAddr) line() string {
	s := a.street
	if a.extra != "" {
		s += ", " + a.extra
	}
	return s + ", " + a.cityLine()
}
func (a deAddr) block() string {
	s := a.street
	if a.extra != "" {
		s += "\n" + a.extra
	}
	return s + "\n" + a.cityLine()
}

func (g *gen) deDOB() string {
	return pad2(g.in(1, 28)) + "." + pad2(g.in(1, 12)) + "." + g.num(1938, 2005)
}

func (g *gen) deDate() string {
	return pad2(g.in(1, 28)) + "." + pad2(g.in(1, 12)) + "." + g.pick("2023", "2024", "2025")
}

// Hard negatives: firms and products named after people, streets named after people
// without a house number, and capitalised nouns that are also surnames.
var deNegatives = []string{"Dr. Oetker", "Robert Bosch GmbH", "Porsche", "Miele", "Siemens", "Carl Zeiss AG",
	"Hugo Boss", "Faber-Castell", "Ritter Sport", "Mercedes-Benz", "Käthe Wohlfahrt", "Bahlsen", "Haribo",
	"Dallmayr", "Melitta", "Adolf Würth GmbH & Co. KG", "Tchibo", "Rossmann", "Fielmann", "Otto Versand",
	"Kaiser's Tengelmann", "Storck", "Jacobs Krönung", "Erdinger", "Beck's", "Bitburger", "Jägermeister",
	"Ferrero Küsschen", "Lidl", "Aldi Süd", "Dr. Hauschka", "Weleda", "Knorr", "Maggi", "Mustang Jeans", "Max Bahr"}

var dePlaceNegatives = []string{"der Goethestraße", "der Karl-Marx-Allee", "am Konrad-Adenauer-Flughafen",
	"im Goethe-Institut", "am Max-Planck-Institut", "in der Friedrich-Ebert-Straße", "am Bismarckplatz",
	"im Humboldt-Forum", "beim Schillerplatz", "an der Sophie-Scholl-Schule", "in Bad Homburg",
	"am Willy-Brandt-Platz", "im Beethoven-Haus", "in der Lessingstraße"}

var deKinds = []kind{
	{"crm_notiz", func(g *gen, b *builder) {
		p, a := g.dePerson(), g.deAddress()
		b.f("Kundennr. %s – Notiz vom %s (%n)\n", g.digits(8), g.deDate(), g.of(deFemale))
		switch g.in(0, 2) {
		case 0:
			b.f("Rückruf %s %n: Lieferung an %a kam beschädigt an. Ihre Bestellung wird neu verschickt, Gutschrift %s €.\n", p.anrede(), p.last, a.line(), g.num(5, 80))
		case 1:
			b.f("%s %n ist umgezogen, neue Anschrift: %a. Alte Adresse %s ohne Hausnummer bitte löschen. Rechnung wie gehabt per Lastschrift.\n", map[bool]string{true: "Kundin", false: "Kunde"}[p.female], p.full(), a.line(), g.of(dePlaceNegatives))
		default:
			b.f("%n ruft wegen Reklamation (%s Kaffeemaschine) an. Der Koch ihres Restaurants hat das Gerät falsch entkalkt. Abholung bei %a vereinbart.\n", p.full(), g.pick("Melitta", "Siemens", "Miele"), a.line())
		}
	}},
	{"schadensmeldung", func(g *gen, b *builder) {
		p, a, o := g.dePerson(), g.dePerson(), g.deAddress()
		b.f("Schadenmeldung Hausrat\nVersicherungsnehmer/in: %n\nVers.-Nr.: HR-%s\nSchadenort:\n%a\nSchadentag: %s\n\n", strings.ToUpper(p.last)+", "+p.first, g.digits(9), o.block(), g.deDate())
		switch g.in(0, 1) {
		case 0:
			b.f("Schilderung: Leitungswasser aus der darüberliegenden Wohnung (Mieter: %s %n) ist in unser Bad gelaufen. Der Hausmeister, %n, hat das Wasser abgestellt.\n", a.anrede(), a.last, g.of(deMale))
		default:
			b.f("Schilderung: Einbruch über die Terrassentür. Entwendet: Laptop, Schmuck, eine Flasche Jägermeister. Zeugin: %n, Nachbarin.\n", a.full())
		}
		b.f("Mit freundlichen Grüßen\n%n\n", p.full())
	}},
	{"fahrer_notiz", func(g *gen, b *builder) {
		a := g.deAddress()
		switch g.in(0, 2) {
		case 0:
			b.f("Tour %s / Stopp %s: %a – Paket beim Nachbarn %n (EG rechts) abgegeben. Benachrichtigungskarte eingeworfen.\n", g.digits(3), g.num(1, 90), a.line(), g.dePerson().last)
		case 1:
			b.f("Zustellhinweis: Klingel defekt, bitte bei %n anrufen. Lieferadresse %a, Hof durch Tor.\n", g.dePerson().full(), a.line())
		default:
			b.f("ABHOLUNG %s – %a – Ansprechpartner %s %n, Rampe 3, nur vormittags\n", g.deDate(), strings.ToUpper(a.line()), g.pick("Hr.", "Fr."), g.dePerson().last)
		}
	}},
	{"bestellexport_csv", func(g *gen, b *builder) {
		b.f("Bestellnr;Datum;Vorname;Nachname;Lieferadresse;Artikel;Betrag\n")
		for i, k := 0, g.in(2, 5); i < k; i++ {
			p, a := g.dePerson(), g.deAddress()
			a.extra = ""
			b.f("%s;%s;", g.digits(7), g.deDate())
			if g.p(0.5) {
				b.f("\"%n\";\"%n\";\"%a\";", p.first, p.last, a.line())
			} else {
				b.f("%n;%n;%a;", p.first, p.last, a.line())
			}
			b.f("\"%s\";%s,%s\n", g.pick("Ritter Sport Vollnuss 5er", "Faber-Castell Buntstifte 24", "Hugo Boss Bottled 100ml", "Dallmayr Prodomo 500g", "Haribo Goldbären 1kg"), g.num(3, 250), pad2(g.in(0, 99)))
		}
	}},
	{"json_payload", func(g *gen, b *builder) {
		p, a := g.dePerson(), g.deAddress()
		a.extra = ""
		if g.p(0.5) {
			b.f("{\"kunde\":{\"vorname\":\"%n\",\"nachname\":\"%n\",\"email\":\"%s\"},\"lieferanschrift\":{\"strasse\":\"%a\",\"plz\":\"%s\",\"ort\":\"%s\"},\"zahlart\":\"rechnung\"}\n",
				p.first, p.last, p.email("web.de"), a.street, a.c.plz, a.c.city)
		} else {
			b.f("{\n  \"customer_name\": \"%n\",\n  \"billing_address\": \"%a\",\n  \"notes\": \"Bitte bei %n klingeln\",\n  \"created_by\": \"api\"\n}\n",
				p.full(), a.line(), g.dePerson().last)
		}
	}},
	{"bewertung", func(g *gen, b *builder) {
		switch g.in(0, 3) {
		case 0:
			b.f("★★★★★ Super Beratung! %n hat sich viel Zeit genommen und uns die %s-Geräte erklärt. Gerne wieder.\n– %n aus %s\n", g.of(deFemale), g.pick("Miele", "Siemens", "Bosch"), g.of(deMale), g.pick("Köln", "Kassel", "Jena"))
		case 1:
			b.f("2 Sterne. Ihre Bestellung ist angekommen, aber die Dr. Oetker Pizza war aufgetaut. Der Fahrer war freundlich, der Kundenservice (ein Herr %n) leider nicht.\n", g.dePerson().last)
		case 2:
			b.f("Hallo %n, danke für die schnelle Reparatur! Die Werkstatt in %s findet man leicht.\n", g.pick(g.of(deFemale), g.of(deMale)), g.of(dePlaceNegatives))
		default:
			b.f("Wir waren im Winter dort. Das Lokal ist umgezogen und jetzt in der %a. Sehr zu empfehlen, Wirtin %n ist herzlich, Koch und Kellner auch.\n", g.deAddress().line(), g.dePerson().full())
		}
	}},
	{"lebenslauf", func(g *gen, b *builder) {
		p, a := g.dePerson(), g.deAddress()
		b.f("LEBENSLAUF\n\nPersönliche Daten\nName: %n\nAnschrift: %a\nE-Mail: %s\nGeburtsdatum: %s\n\n", p.full(), a.line(), p.email("gmx.de"), g.deDOB())
		b.f("Berufserfahrung\n%s – heute  %s, %s\n\n", g.pick("03/2019", "08/2016", "01/2021"), g.pick("Sachbearbeiterin", "Projektleiter", "Werkstudent"), g.pick("Robert Bosch GmbH", "Carl Zeiss AG", "Siemens", "Adolf Würth GmbH & Co. KG"))
		r := g.dePerson()
		b.f("Referenzen\n%s %n, Abteilungsleiter%s\n", g.pick("Dr.", "Prof. Dr.", "Dipl.-Ing."), r.full(), g.pick("in", ""))
	}},
	{"schulanmeldung", func(g *gen, b *builder) {
		k, e, a := g.dePerson(), g.dePerson(), g.deAddress()
		k.last = e.last
		b.f("Anmeldung zur Einschulung – %s\n\nName des Kindes: %n\nVorname(n): %n\nGeburtsdatum: %s\n", g.pick("Goethe-Grundschule", "Astrid-Lindgren-Schule", "Erich-Kästner-Schule", "Grundschule Am Sportplatz"), strings.ToUpper(k.last), k.first, g.deDate())
		b.f("Erziehungsberechtigte/r: %n\nWohnanschrift: %a\nTelefon: 0%s %s\n", e.full(), a.line(), g.digits(3), g.digits(7))
		if g.p(0.4) {
			b.f("Abholberechtigt: Oma %n, Tante %n\n", g.of(deFemale), g.of(deFemale))
		}
	}},
	{"hochzeitseinladung", func(g *gen, b *builder) {
		x, y, a := g.dePerson(), g.dePerson(), g.deHome()
		a.extra = ""
		b.f("Wir trauen uns!\n\n%n & %n\n\nladen Euch herzlich zu unserer Hochzeit am %s ein.\nTrauung um 14 Uhr in der %s, anschließend Feier im Gasthof %s,\n%a.\n",
			x.first, y.first, g.deDate(), g.pick("St.-Marien-Kirche", "Dreifaltigkeitskirche", "Martin-Luther-Kirche"), g.pick("Zur Linde", "Krone", "Hirsch"), a.line())
		b.f("Zusage bitte bis Mai an %n (Trauzeuge/Trauzeugin).\n", g.dePerson().full())
	}},
	{"polizeibericht", func(g *gen, b *builder) {
		v, t, a := g.dePerson(), g.dePerson(), g.deAddress()
		b.f("Polizeiinspektion %s – Vorgang %s/%s\nSachbearbeiter: POK %n\n\n", g.pick("Nord", "Mitte", "Süd"), g.digits(6), g.pick("24", "25"), g.dePerson().last)
		b.f("Anzeigeerstatter: %n, geb. %s, wh. %a.\n", strings.ToUpper(v.last)+", "+v.first, g.deDOB(), a.line())
		b.f("Sachverhalt: Der Anzeigeerstatter gab an, dass sein Fahrrad vor dem Gebäude %s entwendet wurde. Zeuge %n beobachtete einen Mann in Richtung Karl-Marx-Allee.\n", g.of(dePlaceNegatives), t.full())
	}},
	{"mieterbeschwerde", func(g *gen, b *builder) {
		me, a := g.dePerson(), g.deHome()
		b.f("%s\n%a\n\n%s Hausverwaltung\nz. Hd. %s %n\n\nBetreff: Lärmbelästigung und Schimmel\n\n", me.full(), a.block(), g.pick("Kaiser", "Lange & Partner", "Wolf"), g.pick("Herrn", "Frau"), g.dePerson().last)
		b.f("Sehr geehrte Damen und Herren,\n\nseit Wochen feiert die Mieterin im 2. OG, %s %n, bis nach Mitternacht. Den Schimmel im Bad habe ich Ihrer Hausverwaltung (%n) schon im Winter gemeldet.\n\nMit freundlichen Grüßen\n%n\n",
			"Frau", g.dePerson().last, g.dePerson().full(), me.full())
	}},
	{"whatsapp_export", func(g *gen, b *builder) {
		x, y := g.dePerson(), g.dePerson()
		day, mon, min := g.in(1, 28), g.in(1, 12), g.in(6*60, 21*60)
		ts := func() string {
			min += g.in(0, 12)
			return pad2(day) + "." + pad2(mon) + ".24, " + pad2(min/60) + ":" + pad2(min%60) + " - "
		}
		b.f("%s%n: Bin gleich da, welche Adresse nochmal?\n", ts(), x.first)
		b.f("%s%n: %a\n", ts(), y.full(), g.deAddress().line())
		b.f("%s%n: Danke! Kommt %n auch?\n", ts(), x.first, g.of(deFemale))
		b.f("%s%n: <Medien ausgeschlossen>\n%s%n: Bring bitte noch Beck's mit 🍺\n", ts(), y.full(), ts(), y.full())
	}},
	{"email_thread", func(g *gen, b *builder) {
		x, y, a := g.dePerson(), g.dePerson(), g.deAddress()
		b.f("Von: %n <%s>\nAn: %s\nBetreff: AW: Rechnungsanschrift\n\n%s %n,\n\nvielen Dank, ich habe die Anschrift geändert.\n\nViele Grüße\n%n\n-- \n%s GmbH · Buchhaltung\n\n",
			x.full(), x.email("firma.de"), y.email("t-online.de"), y.geehrt(), y.last, x.full(), g.pick("Schmitz & Söhne", "Krämer Logistik", "Hansen Bau"))
		b.f("Am %s schrieb %n:\n> Hallo %n,\n> bitte schicken Sie die Rechnung künftig an:\n> %a\n> Danke und Gruß\n> %n\n",
			g.deDate(), y.full(), x.first, strings.ReplaceAll(a.block(), "\n", "\n> "), y.first)
	}},
	{"protokoll_markdown", func(g *gen, b *builder) {
		a, c := g.dePerson(), g.dePerson()
		b.f("# Jour fixe %s\n\n**Teilnehmende:** %n, %n, %n\n\n## Beschlüsse\n- Umzug ins neue Lager %a zum 1.%s.\n- @%s kümmert sich um den Vertrag mit %s.\n- Offen: Rückmeldung von %n\n",
			g.deDate(), a.full(), c.full(), g.of(deFemale), g.deAddress().line(), g.pick("4.", "7.", "10."), asciiFold(a.first), g.pick("Robert Bosch GmbH", "Porsche", "Tchibo"), c.first)
	}},
	{"html", func(g *gen, b *builder) {
		p, a := g.dePerson(), g.deAddress()
		b.f("<section class=\"lieferung\">\n  <strong>%n</strong><br>\n  <span class=\"anschrift\">%a</span>\n  <p>Ihre Bestellung bei %s wurde versandt.</p>\n</section>\n", p.full(), a.line(), g.of(deNegatives))
	}},
	{"adressetikett", func(g *gen, b *builder) {
		p, a := g.dePerson(), g.deAddress()
		name, addr := p.full(), a.block()
		if g.p(0.4) {
			name, addr = strings.ToUpper(name), strings.ToUpper(addr)
		}
		b.f("%s\n%s %n\n", g.pick("Empfänger:", "An", "DHL Paket"), p.anrede(), name)
		if g.p(0.25) {
			b.f("c/o %n\n", g.dePerson().full())
		}
		b.f("%a\n", addr)
		if a.foreign != "" {
			b.f("%s\n", strings.ToUpper(a.foreign))
		}
	}},
	{"log_zeile", func(g *gen, b *builder) {
		p, a := g.dePerson(), g.deAddress()
		b.f("%s %s:%s:%s level=info msg=\"Versandlabel erzeugt\" empfaenger=\"%n\" anschrift=\"%a\" sendung=%s\n",
			g.deDate(), pad2(g.in(0, 23)), pad2(g.in(0, 59)), pad2(g.in(0, 59)), p.full(), a.line(), g.digits(12))
	}},
	{"negativ_notiz", func(g *gen, b *builder) {
		switch g.in(0, 2) {
		case 1:
			b.f("Aktion der Woche: %s und %s zum halben Preis, nur in der Filiale %s. Der Meister backt im Sommer auch sonntags. Zahlung per Rechnung an die Robert Bosch GmbH.\n", g.of(deNegatives), g.of(deNegatives), g.of(dePlaceNegatives))
			return
		case 2:
			b.f("Rückruf: Bei einigen %s-Geräten kann das Netzteil überhitzen. Bringen Sie das Gerät zu %s oder in die Werkstatt %s. Ihre Bestellung bleibt gültig. Lange Lieferzeiten bitten wir zu entschuldigen.\n", g.pick("Miele", "Siemens", "Melitta", "Porsche Design"), g.of(deNegatives), g.of(dePlaceNegatives))
			return
		}
		b.f("Sehr geehrte Damen und Herren,\nIhre Bestellung bei %s ist unterwegs. Farbe: Schwarz, Größe: Klein. Das Sommer-Angebot gilt auch für %s.\n", g.of(deNegatives), g.of(deNegatives))
		b.f("Treffpunkt %s, der Fischer liefert ab Winter freitags. Der Kaiser-Schmarrn ist aus.\n", g.of(dePlaceNegatives))
		if g.p(0.6) {
			b.f("Fragen an Frau %n, App. %s\n", g.dePerson().last, g.digits(3))
		}
	}},
}
