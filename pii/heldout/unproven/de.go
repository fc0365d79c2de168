package unproven

import (
	"strings"

	"github.com/comity-project/comity/pii"
)

var deKinds = []kind{
	{"Kautionsabrechnung", deKaution}, {"Winterdienstplan", deWinter}, {"Schuelerbefoerderung", deSchoolBus},
	{"Bestattungsauftrag", deFuneral}, {"Sperrmuell-Anmeldung", deBulky}, {"Liegeplatzvergabe", deMarina},
	{"Dolmetscheranforderung", deInterpreter}, {"Baumfaellantrag", deTree}, {"Drittschuldnererklaerung", deGarnish},
	{"Regressforderung", deSubrogation}, {"Retourenprotokoll", deReturns}, {"Schaedlingsbekaempfung", dePest},
	{"Campingbuchungen", deCamping}, {"IFG-Anfrageregister", deFOI}, {"Elternzeitantrag", deParental},
}

var deFirst = strings.Fields(`Anna Lena Marie Sophie Johanna Clara Greta Frieda Ida Lotte Mila Emilia Hannah Leonie Lea Jana Katrin Sabine Petra Ute Heike Birgit Monika Renate Gisela Ingrid Ursula Karin Claudia Andrea Susanne Stefanie Nicole Kerstin Anja Silke Dörte Wiebke Frauke Imke Maren Svenja Friederike Henrike Annegret Hildegard Waltraud Edeltraud Rosemarie Brigitte
Lukas Leon Paul Jonas Felix Maximilian Elias Noah Finn Ben Moritz Jakob Tim Jan Niklas Tobias Florian Sebastian Matthias Andreas Stefan Thomas Michael Frank Jürgen Klaus Dieter Uwe Rainer Wolfgang Horst Manfred Gerhard Günter Heinz Hans-Peter Karl-Heinz Jens Sven Torsten Dirk Ole Hauke Malte Bjarne Fiete Henning Volker Detlef Eckhard Ulf Lutz Björn Kai
Mehmet Ayşe Fatma Emre Elif Yusuf Zeynep Hüseyin Murat Serkan Derya Cem Burak Özlem Gülsüm Hatice Kemal Ahmet Esra Merve Can Deniz Selin
Mohammed Ahmad Fatima Yasmin Omar Ali Layla Rami Nour Samir Khaled Amira Hussein Zainab Bilal
Piotr Agnieszka Katarzyna Tomasz Małgorzata Krzysztof Wojciech Magdalena Dariusz Ewa
Dmitri Olga Natalia Sergej Swetlana Alexej Irina Wladimir Jelena Viktor Tatjana Jewgeni
Giuseppe Francesca Luca Giulia Marco Alessandro Chiara Salvatore
Nikolaos Eleni Dimitrios Konstantina Georgios
Thi Huong Minh Thanh Duc Lan
Dragan Jasmina Milan Snežana Emina Adnan Amela
Kofi Amadou Fatoumata Chidi Abebe Grace
Ana João Beatriz Pedro Rui Inês Jelle Sanne Bram Mia-Sophie Lina-Marie Anna-Lena Jan-Hendrik Marie-Luise Hans-Jürgen`)

var deLast = strings.Fields(`Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt Werner Schmitz Krause Meier Lehmann Schmid Schulze Maier Köhler Herrmann König Walter Mayer Huber Kaiser Fuchs Peters Lang Scholz Möller Weiß Jung Hahn Schubert Vogel Friedrich Keller Günther Frank Berger Winkler Roth Beck Lorenz Baumann Franke Albrecht Schuster Simon Ludwig Böhm Winter Kraus Martin Schumacher Krämer Vogt Stein Jäger Otto Sommer Groß Seidel Heinrich Brandt Haas Schreiber Graf Schulte Dietrich Ziegler Kuhn Kühn Pohl Engel Horn Busch Bergmann Thomas Voigt Sauer Arnold Wolff Pfeiffer
Ahrens Brüggemann Dierks Eilers Fröhlich Gerdes Hinrichs Janssen Jürgensen Kröger Lüders Mertens Nissen Ohlsen Petersen Rademacher Siebert Thießen Uhlenbrock Wiechmann Zschoche Oberhuber Grünwald Hüttenrauch Kleinschmidt Pfannkuch Schwertfeger Tiedemann Ullrich Vollmer Wendt Ziesche Hölzl Gruber Leitner Aigner Mösl Eberle Häberle Stäudle Bräuninger Rüdiger
Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek
Al-Hassan Haddad Khalil Mansour Nasser Saleh Aziz Hamdan
Nowak Kowalski Wiśniewski Wójcik Kamiński Lewandowski Zieliński Szymański Dąbrowski Kozłowski
Iwanow Petrow Schmidtke Kusnezow Popow Wolkow Fedorow Morosow
Rossi Russo Esposito Bianchi Romano Colombo Ricci Marino Greco
Papadopoulos Georgiou Nikolaidis Oikonomou
Nguyen Tran Pham Le Hoang Vu
Hadžić Jovanović Petrović Kovačević Babić
Mensah Diallo Okafor Tesfaye
Müller-Lüdenscheidt Schulze-Wendt Meyer-Hüsken Krüger-Bahr Hoffmann-Yılmaz Weber-Nowak Schmitz-Bauer Lange-Ohlsen
von&Bredow von&Arnim von&der&Heide van&der&Meer van&Dyk de&Vries de&Luca zu&Stolberg von&Hagen ter&Horst op&den&Camp`)

type deP struct{ first, last string }

func (g *gen) dePerson() deP {
	return deP{g.of(deFirst), strings.ReplaceAll(g.of(deLast), "&", " ")}
}

func (p deP) full() string { return p.first + " " + p.last }

func initial(s string) string {
	r := []rune(s)
	return string(r[0]) + "."
}

// deRef writes a person in one of many forms, with title when it fits.
func deRef(g *gen, b *builder, p deP) {
	switch g.r.IntN(11) {
	case 0, 1, 2:
		b.name(p.full())
	case 3:
		b.text(g.pick("Herr ", "Frau ", "Hr. ", "Fr. "))
		b.name(p.last)
	case 4:
		b.text(g.pick("Herrn ", "Frau ", "Dr. ", "Frau Dr. ", "Prof. Dr. ", "Herr Dipl.-Ing. "))
		b.name(p.full())
	case 5:
		b.name(strings.ToUpper(p.last) + ", " + p.first)
	case 6:
		b.name(p.last + ", " + p.first)
	case 7:
		b.name(initial(p.first) + " " + p.last)
	case 8:
		b.text(g.pick("Dr. ", "Frau Dr. ", "Herrn Dr. "))
		b.name(p.last)
	case 9:
		if g.chance(0.35) {
			b.name(g.of(deNick))
		} else {
			b.name(p.first)
		}
	default:
		b.name(p.full())
	}
}

var deNick = []string{"Uschi", "Hansi", "Kalle", "Jupp", "Gabi", "Steffi", "Conny", "Manni", "Charly", "Flo", "Basti", "Lenchen", "Memo", "Didi", "Bärbel", "Resi", "Schorsch", "Wasti", "Kathi", "Moni", "Tobi", "Olli", "Mischa", "Sascha", "Jojo"}

func deName(g *gen, b *builder) { deRef(g, b, g.dePerson()) }
func deFull(g *gen, b *builder) { b.name(g.dePerson().full()) }

// deMr writes "Herr/Frau Nachname".
func deMr(g *gen, b *builder) {
	b.text(g.pick("Herr ", "Frau "))
	b.name(g.dePerson().last)
}

var deStreetBase = strings.Fields(`Linden Birken Eichen Ahorn Kastanien Buchen Erlen Holunder Rosen Tulpen Nelken Mühlen Kirch Schul Bahnhof Garten Feld Wiesen Berg Tal Brunnen Quellen Hafen Markt Burg Schloss Kloster Hohe Lange Breite Neue Alte Sonnen Mond Stern Lerchen Amsel Finken Drossel Falken Adler Hirsch Fuchs Dachs Hasen Gerber Weber Färber Bäcker Schmiede Töpfer Fischer Zimmerer Ulmen Wacholder Heide Moor Deich Marsch Geest Wald Forst`)
var deSuffix = []string{"straße", "str.", "weg", "allee", "ring", "gasse", "damm", "stieg", "pfad", "platz", "kamp", "graben"}
var deNamedStreet = []string{"Goethestraße", "Schillerstr.", "Konrad-Adenauer-Allee", "Willy-Brandt-Platz", "Bismarckstraße", "Hölderlinweg", "Clara-Zetkin-Straße", "Sophie-Scholl-Weg", "Heinrich-Heine-Str.", "Rosa-Luxemburg-Ring", "Von-der-Tann-Straße", "Max-Eyth-Straße", "Annette-von-Droste-Weg", "Bertha-von-Suttner-Platz"}
var dePrefStreet = []string{"Am Anger", "An der Alten Mühle", "Im Grund", "Auf dem Kamp", "Zum Sportplatz", "Hinter den Höfen", "Am Kirchberg", "In den Wiesen", "Unter den Eichen", "Am Schlagbaum", "Zur Linde", "Auf der Heide", "Am Mühlenteich", "Im Winkel", "An den Tannen"}
var deCity = []string{"Mühlhagen", "Eichenrode", "Rabenstedt", "Oberkirchbach", "Bad Erlenbrunn", "Lindenau", "Hohenwiesen", "Kirchhain-Ost", "Sankt Wendelsheim", "Frankenau (Eder)", "Bergheim an der Lauter", "Neustadt-Süd", "Wiesenthal OT Kleinmühle", "Steinfurth", "Kaltenbach", "Grünhausen", "Altmoorhusen", "Weißenbrück", "Lauterbach-Nord", "Hagenow-Land", "Birkenwerder West", "Ellerbek", "Dornstetten-Aach", "Großkölzig"}

func (g *gen) deStreet() string {
	switch g.r.IntN(6) {
	case 0:
		return g.of(deNamedStreet)
	case 1:
		return g.of(dePrefStreet)
	default:
		return g.of(deStreetBase) + g.of(deSuffix)
	}
}

func (g *gen) deHouse() string {
	n := g.num(1, 148)
	switch g.r.IntN(8) {
	case 0:
		return n + g.pick("a", "b", "c")
	case 1:
		return n + "-" + itoa(g.between(1, 6)+atoi(n))
	case 2:
		return n + " " + g.pick("a", "b")
	}
	return n
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		n = n*10 + int(c-'0')
	}
	return n
}

func (g *gen) dePLZ() string {
	if g.chance(0.15) {
		return "0" + g.digits(4)
	}
	return g.digits(5)
}

func (g *gen) deStreetNo() string {
	s := g.deStreet() + " " + g.deHouse()
	if g.chance(0.12) {
		s += g.pick(", Whg. ", ", Wohnung ", " / App. ") + g.num(1, 24)
	} else if g.chance(0.05) {
		s += g.pick(" (Hinterhaus)", ", 2. OG links", ", Seitenflügel")
	}
	return s
}

// deAddr returns an address in a written form, possibly over two lines.
func (g *gen) deAddr() string {
	switch g.r.IntN(9) {
	case 0, 1, 2:
		return g.deStreetNo() + ", " + g.dePLZ() + " " + g.of(deCity)
	case 3, 4:
		return g.deStreetNo() + "\n" + g.dePLZ() + " " + g.of(deCity)
	case 5:
		return g.deStreetNo()
	case 6:
		return g.deStreetNo() + ", D-" + g.dePLZ() + " " + g.of(deCity)
	case 7:
		return "Postfach " + g.digits(2) + " " + g.digits(2) + ", " + g.dePLZ() + " " + g.of(deCity)
	default:
		return g.deStreetNo() + " · " + g.dePLZ() + " " + g.of(deCity)
	}
}

var deNeg = []string{"Bahlsen-Kekse", "Haribo", "Rudolf-Virchow-Klinikum", "Carl-Zeiss-Gymnasium", "Otto-Hahn-Schule", "Hans-Böckler-Stiftung", "Friedrich-Ebert-Stiftung", "Max-Planck-Institut", "Fielmann", "Rossmann", "Müller Drogerie", "Schmidt Spiele", "Kita Frau Holle", "Käthe-Kollwitz-Platz", "MS Theodor Heuss", "Georg-Büchner-Preis", "Goethe-Institut", "Porsche Zentrum", "Haltestelle Goethestraße", "Albert-Schweitzer-Haus", "Helene-Lange-Realschule", "Thomas-Mann-Saal", "Kaufhaus Karstadt", "Zeppelin-Museum", "Humboldt-Universität", "Boehringer Ingelheim", "Café Kranzler", "Brauerei Beck", "Sparkasse", "Hausmeister", "die Sachbearbeitung", "der Eigentümer", "Grünflächenamt", "Ordnungsamt", "Bürgeramt", "Halle 7", "Tor 3", "Gleis 12", "Zimmer 214"}

func deNegS(g *gen) string { return g.of(deNeg) }

func (g *gen) deUser() string {
	return g.pick("mueller", "schnecke", "kaffeetante", "fritz", "hh_jung", "bayernfan", "lenny") + g.digits(g.between(2, 4))
}

func (g *gen) deMail(p deP) string {
	f := strings.NewReplacer("ü", "ue", "ö", "oe", "ä", "ae", "ß", "ss", " ", "", "ı", "i", "ş", "s", "ç", "c", "ğ", "g", "ł", "l", "ś", "s", "ą", "a", "ę", "e", "ż", "z", "ć", "c", "ń", "n", "ó", "o", "ž", "z", "č", "c", "đ", "d", "š", "s").Replace(strings.ToLower(p.last))
	return f + "." + g.digits(2) + "@" + g.pick("web.de", "gmx.net", "t-online.de", "posteo.de", "example.org")
}

func deKaution(g *gen, b *builder) {
	b.text(g.pick("Hausverwaltung Lindner & Söhne GmbH", "WoBau Mühlhagen eG", "Immobilien Brandt KG"), "\n")
	b.addr(g.deStreetNo() + "\n" + g.dePLZ() + " " + g.of(deCity))
	b.text("\n\n")
	b.name(g.dePerson().full())
	b.text("\n")
	if g.chance(0.3) {
		b.text("c/o ")
		b.name(g.dePerson().full())
		b.text("\n")
	}
	b.addr(g.deStreetNo() + "\n" + g.dePLZ() + " " + g.of(deCity))
	b.text("\n\nKautionsabrechnung für die Wohnung ")
	b.addr(g.deStreetNo() + ", " + g.dePLZ() + " " + g.of(deCity))
	b.text("\n\n")
	p := g.dePerson()
	b.text(g.pick("Sehr geehrte Frau ", "Sehr geehrter Herr "))
	b.name(p.last)
	b.text(",\n\nnach Rückgabe der Wohnung am ", g.deDate(), " (Abnahme durch ")
	deRef(g, b, g.dePerson())
	b.text(") rechnen wir Ihre Kaution wie folgt ab:\n\n")
	b.text("Kaution inkl. Zinsen      ", g.num(900, 3200), ",", g.digits(2), " EUR\n")
	for i, n := 0, g.between(2, 4); i < n; i++ {
		b.text("./. ", g.pick("Malerarbeiten (Fa. ", "Reinigung (", "Schlüsselersatz (Schlüsseldienst ", "NK-Nachzahlung (Abrechnung "))
		if g.chance(0.6) {
			b.name(g.dePerson().last)
		} else {
			b.text(deNegS(g))
		}
		b.text(")  ", g.num(40, 600), ",00 EUR\n")
	}
	b.text("\nDas Guthaben überweisen wir auf das Konto von ")
	deRef(g, b, p)
	b.text(". Zeugen der Übergabe: ")
	deFull(g, b)
	b.text(" und ")
	deMr(g, b)
	b.text(" (Hausmeister).\n\nMit freundlichen Grüßen\n")
	deRef(g, b, g.dePerson())
	b.text("\nSachbearbeitung Mietbuchhaltung\n")
}

func deWinter(g *gen, b *builder) {
	b.text("Winterdienst-Plan ", g.pick("2025/26", "2024/25"), " – ")
	b.addr(g.deStreet() + " " + g.deHouse())
	b.text(" (Vorderhaus + Hinterhaus)\nräumen & streuen bis 7:00 Uhr, So bis 9:00\n\n")
	b.text("KW  | Partei              | Wohnung\n----+---------------------+--------\n")
	for i, n := 0, g.between(5, 8); i < n; i++ {
		b.text(pad2(g.between(44, 52)), "  | ")
		p := g.dePerson()
		switch g.r.IntN(4) {
		case 0:
			b.name(strings.ToUpper(p.last))
		case 1:
			b.name(p.last)
			b.text("/")
			b.name(g.dePerson().last)
		case 2:
			b.name(p.full())
		default:
			b.text("Fam. ")
			b.name(p.last)
		}
		b.text(" | ", g.pick("EG li", "EG re", "1. OG", "2. OG li", "DG"), "\n")
	}
	b.text("\nBei Verhinderung bitte mit Nachbarn tauschen oder ")
	deMr(g, b)
	b.text(" (Hausmeister, Tel. 0", g.digits(4), " ", g.digits(6), ") Bescheid geben. Streusalz steht im Keller, Streugut beim ", deNegS(g), ".\n")
	b.text("Aushang: ")
	deRef(g, b, g.dePerson())
	b.text(", Hausverwaltung, ")
	b.addr(g.deAddr())
	b.text("\n\nhandschriftlich: \"tausche KW 49 mit ")
	b.name(strings.ToLower(g.dePerson().first))
	b.text(" – gez. ")
	b.name(g.dePerson().first)
	b.text("\"\n")
}

func deSchoolBus(g *gen, b *builder) {
	b.text("Landkreis ", g.of(deCity), " – Amt für Schülerbeförderung\nBeförderungsliste ", g.pick("Linie 412", "Linie 7", "Kleinbus Tour B"), " zur ", g.pick("Otto-Hahn-Schule", "Helene-Lange-Realschule", "Förderschule am Park", "Carl-Zeiss-Gymnasium"), "\n")
	b.text("Fahrer: ")
	deRef(g, b, g.dePerson())
	b.text("; Begleitperson: ")
	deRef(g, b, g.dePerson())
	b.text("\n\nname;vorname;klasse;haltestelle/abholadresse;erziehungsberechtigt\n")
	for i, n := 0, g.between(4, 7); i < n; i++ {
		p := g.dePerson()
		b.name(p.last)
		b.text(";")
		b.name(p.first)
		b.text(";", g.num(1, 10), g.pick("a", "b", "c"), ";")
		if g.chance(0.6) {
			b.addr(g.deStreetNo())
		} else {
			b.text(g.pick("Haltestelle Goethestraße", "Käthe-Kollwitz-Platz", "Dorfplatz", "Feuerwehrhaus"))
		}
		b.text(";")
		b.name(g.dePerson().first + " " + p.last)
		b.text("\n")
	}
	b.text("\nÄnderung ab ", g.deDate(), ": ")
	deFull(g, b)
	b.text(" zieht um nach ")
	b.addr(g.deAddr())
	b.text(", bitte Tour anpassen.\n")
}

func deFuneral(g *gen, b *builder) {
	b.text(g.pick("Bestattungshaus Pietät ", "Bestattungen ", "Trauerhilfe "))
	b.text(g.pick("Rademacher", "Sonnenschein", "Eichenhain"), " – Auftrag Nr. ", g.digits(5), "\n\n")
	b.text("Verstorbene/r: ")
	deRef(g, b, g.dePerson())
	b.text(", geb. ", g.deDate(), "\nletzte Anschrift: ")
	b.addr(g.deAddr())
	b.text("\nSterbeort: ", g.pick("Rudolf-Virchow-Klinikum", "Albert-Schweitzer-Haus (Pflegeheim)", "zu Hause"), "\n\nAuftraggeber/in: ")
	deFull(g, b)
	b.text(" (", g.pick("Sohn", "Tochter", "Ehefrau", "Neffe", "Nachbarin mit Vollmacht"), ")\nAnschrift: ")
	b.addr(g.deAddr())
	b.text("\n\nBestattungsart: ", g.pick("Urnenbeisetzung", "Erdbestattung", "Seebestattung (MS Theodor Heuss)"), "\nTrauerfeier: ", g.pick("Friedhofskapelle", "Thomas-Mann-Saal", "Kirche St. Marien"), ", Redner/in: ")
	deRef(g, b, g.dePerson())
	b.text("\nTrauerkarten an: ")
	for i, n := 0, g.between(2, 4); i < n; i++ {
		if i > 0 {
			b.text("; ")
		}
		deRef(g, b, g.dePerson())
	}
	b.text("\nBerater: ")
	deRef(g, b, g.dePerson())
	b.text("\n")
}

func deBulky(g *gen, b *builder) {
	b.text("Abfallwirtschaftsbetrieb – Online-Anmeldungen Sperrmüll (Export)\n")
	xml := g.chance(0.5)
	for i, n := 0, g.between(3, 5); i < n; i++ {
		p := g.dePerson()
		if xml {
			b.text("<anmeldung id=\"", g.digits(6), "\">\n  <name>")
			b.name(p.full())
			b.text("</name>\n  <strasse>")
			b.addr(g.deStreet() + " " + g.deHouse())
			b.text("</strasse>\n  <plz>", g.dePLZ(), "</plz>\n  <ort>", g.of(deCity), "</ort>\n  <login>", g.deUser(), "</login>\n  <gegenstaende>", g.pick("Sofa, 2 Sessel", "Schrankwand", "Matratze 140x200", "Kinderbett"), "</gegenstaende>\n</anmeldung>\n")
		} else {
			b.text("#", g.digits(6), " | ")
			deRef(g, b, p)
			b.text(" | ")
			b.addr(g.deAddr())
			b.text(" | ", g.pick("Sofa", "Waschmaschine", "Lattenrost", "Schreibtisch"), " | Mail: ", g.deMail(p), "\n")
		}
	}
	b.text("Bearbeitet: ")
	deRef(g, b, g.dePerson())
	b.text(". Hinweis: Elektrogeräte nicht am ", deNegS(g), " abstellen.\n")
}

func deMarina(g *gen, b *builder) {
	b.text(g.pick("Segelclub Ellerbek e.V.", "Wassersportverein Altmoorhusen", "Yachthafen Kaltenbach"), " – Liegeplatzvergabe Saison ", g.pick("2025", "2026"), "\n\n")
	b.text("Steg | Platz | Boot                | Eigner\n")
	for i, n := 0, g.between(5, 8); i < n; i++ {
		b.text(g.pick("A", "B", "C"), "    | ", pad2(g.between(1, 40)), "    | ", g.pick("\"Möwe\"", "\"Seeadler\"", "\"Tante Käthe\"", "\"Gorch Fock II\"", "\"Lütte Deern\"", "\"Anna Amalia\""), " ", g.pick("Jolle", "Folkeboot", "Kajütboot", "Motorboot"), " | ")
		deRef(g, b, g.dePerson())
		b.text("\n")
	}
	b.text("\nWarteliste: ")
	for i, n := 0, g.between(2, 3); i < n; i++ {
		if i > 0 {
			b.text(", ")
		}
		deFull(g, b)
	}
	b.text("\nAdressänderungen: ")
	deFull(g, b)
	b.text(" jetzt ")
	b.addr(g.deAddr())
	b.text("; ")
	b.name(g.dePerson().full())
	b.text(" jetzt ")
	b.addr(g.deAddr())
	b.text("\nHafenmeister: ")
	deRef(g, b, g.dePerson())
	b.text(" · Geschäftsstelle ")
	b.addr(g.deAddr())
	b.text("\n")
}

func deInterpreter(g *gen, b *builder) {
	b.text(g.pick("Klinikum ", "Kreiskrankenhaus ", "MVZ "), g.of(deCity), " – Dolmetscheranforderung\n\n")
	p := g.dePerson()
	b.text("Patient/in: ")
	b.name(strings.ToUpper(p.last) + ", " + p.first)
	b.text("\nSprache: ", g.pick("Türkisch", "Arabisch", "Russisch", "Polnisch", "Vietnamesisch", "Tigrinya", "Dari"), "\nStation: ", g.pick("3B Kardiologie", "Gyn/Kreißsaal", "Notaufnahme", "Onkologie Tagesklinik"), "\nAnforderung durch: ")
	deRef(g, b, g.dePerson())
	b.text("\nTermin: ", g.deDate(), " ", g.clock(), "\nDolmetscher/in: ")
	deFull(g, b)
	b.text(" (Pool ", deNegS(g), ")\nWohnanschrift Patient (für Fahrdienst): ")
	b.addr(g.deAddr())
	b.text("\n\nChatverlauf Dolmetscherpool:\n")
	for i, n := 0, g.between(3, 5); i < n; i++ {
		q := g.dePerson()
		b.text("[", g.clock(), "] ")
		b.name(strings.ToLower(q.first))
		b.text(": ", g.pick("kann jemand morgen früh?", "ich übernehme", "bin ab 10 da", "ok"))
		if g.chance(0.5) {
			b.text(" – frag mal bei ")
			b.name(g.dePerson().first)
		}
		b.text("\n")
	}
	b.text("Angehörige vor Ort: ")
	deRef(g, b, g.dePerson())
	b.text(" (", g.pick("Ehemann", "Tochter", "Bruder"), ")\n")
}

func deTree(g *gen, b *builder) {
	b.text("An die Stadt ", g.of(deCity), "\nGrünflächenamt – Baumschutzsatzung\n")
	b.addr(g.deAddr())
	b.text("\n\nAntrag auf Fällgenehmigung\n\nAntragsteller: ")
	p := g.dePerson()
	b.name(p.full())
	b.text("\nAnschrift: ")
	b.addr(g.deAddr())
	b.text("\nGrundstück: ")
	b.addr(g.deStreetNo())
	b.text(", Flur ", g.num(1, 20), ", Flurstück ", g.num(10, 900), "/", g.num(1, 9), "\nBaum: ", g.pick("Rotbuche", "Stieleiche", "Bergahorn", "Walnuss", "Birke"), ", Stammumfang ", g.num(80, 320), " cm\n")
	b.text("Begründung: ", g.pick("Wurzeln heben die Garagenzufahrt an.", "Totholz über dem Spielplatz des Nachbarn.", "Pilzbefall laut Gutachten."), " Gutachter: ")
	deRef(g, b, g.dePerson())
	b.text(".\nNachbar/in ")
	deMr(g, b)
	b.text(" (")
	b.addr(g.deStreetNo())
	b.text(") ist einverstanden, siehe Anlage. ")
	b.name(p.last)
	if !strings.HasSuffix(p.last, "s") && !strings.HasSuffix(p.last, "z") && !strings.HasSuffix(p.last, "ß") {
		b.text("s")
	} else {
		b.text("'")
	}
	b.text(" Tochter ")
	b.name(g.dePerson().first)
	b.text(" ist Ansprechpartnerin vor Ort.\n\nVermerk Amt: Ortstermin mit ")
	deRef(g, b, g.dePerson())
	b.text(" am ", g.deDate(), "; Ersatzpflanzung ", g.pick("1 Linde", "2 Hainbuchen", "keine"), ". Az. 67.", g.digits(3), "\n")
}

func deGarnish(g *gen, b *builder) {
	b.text(g.pick("Bäckerei Brüggemann GmbH", "Haribo Logistik", "Spedition Kröger & Nissen", "Pflegedienst Sonnenschein"), "\nPersonalabteilung\n")
	b.addr(g.deAddr())
	b.text("\n\nAmtsgericht ", g.of(deCity), "\n– Vollstreckungsgericht –\nAz. ", g.num(1, 99), " M ", g.digits(4), "/", g.num(23, 26), "\n\nDrittschuldnererklärung gem. § 840 ZPO\n\nIn der Zwangsvollstreckungssache\n")
	deFull(g, b)
	b.text(" (Gläubiger), vertreten durch Rechtsanwältin ")
	deRef(g, b, g.dePerson())
	b.text(",\ngegen\n")
	p := g.dePerson()
	b.name(p.full())
	b.text(", wohnhaft ")
	b.addr(g.deAddr())
	b.text(" (Schuldner),\n\nerklären wir: 1. Die Forderung wird anerkannt. 2. Vorrangige Pfändungen: ")
	if g.chance(0.5) {
		b.text("Unterhaltspfändung zugunsten ")
		deFull(g, b)
	} else {
		b.text("keine")
	}
	b.text(". 3. ")
	deRef(g, b, p)
	b.text(" ist seit ", g.deDate(), " bei uns als ", g.pick("Fahrer", "Verkäuferin", "Pflegehelfer", "Lagerist"), " beschäftigt.\n\n")
	b.text(g.of(deCity), ", ", g.deDate(), "\ni.A. ")
	deRef(g, b, g.dePerson())
	b.text("\nLohnbuchhaltung, Rückfragen an ")
	deRef(g, b, g.dePerson())
	b.text("\n")
}

func deSubrogation(g *gen, b *builder) {
	b.text(g.pick("Hanse-Mutual Versicherung AG", "Rheinische Haftpflicht VVaG", "Alpenland Versicherung"), " · Regressabteilung\n")
	b.addr(g.deAddr())
	b.text("\n\nEinschreiben\n")
	b.name(g.dePerson().full())
	b.text("\n")
	b.addr(g.deStreetNo() + "\n" + g.dePLZ() + " " + g.of(deCity))
	b.text("\n\nRegressforderung – Schaden-Nr. ", g.digits(9), "\nUnser/e Versicherungsnehmer/in: ")
	deFull(g, b)
	b.text("\n\n")
	if g.chance(0.5) {
		b.text("Sehr geehrte Damen und Herren,")
	} else {
		b.text("Guten Tag ")
		b.name(g.dePerson().full())
		b.text(",")
	}
	b.text("\n\nam ", g.deDate(), " verursachten Sie auf dem Parkplatz des ", deNegS(g), " einen Schaden am Fahrzeug unserer Versicherungsnehmerin. Laut Zeugenaussage von ")
	deRef(g, b, g.dePerson())
	b.text(" (")
	b.addr(g.deAddr())
	b.text(") setzten Sie beim Ausparken zurück. Wir haben ", g.num(800, 9000), ",00 EUR reguliert und fordern diesen Betrag gem. § 86 VVG von Ihnen.\n\nMit freundlichen Grüßen\n")
	deRef(g, b, g.dePerson())
	b.text("\nRegresssachbearbeitung\n")
}

func deReturns(g *gen, b *builder) {
	b.text("retouren-log lager ", g.of(deCity), " (auszug)\n")
	for i, n := 0, g.between(5, 8); i < n; i++ {
		p := g.dePerson()
		b.text(g.date(), "T", g.clock(), " RMA-", g.digits(6), " kunde=\"")
		if g.chance(0.5) {
			b.name(p.full())
		} else {
			b.name(strings.ToUpper(p.last) + ", " + p.first)
		}
		b.text("\" grund=", g.pick("defekt", "falsche_groesse", "gefaellt_nicht", "transportschaden"), " geprueft_von=")
		b.name(strings.ToLower(g.dePerson().first))
		if g.chance(0.45) {
			b.text(" abholadresse=\"")
			b.addr(g.deStreetNo() + ", " + g.dePLZ() + " " + g.of(deCity))
			b.text("\"")
		}
		b.text(" user=", g.deUser(), "\n")
	}
	b.text("notiz: paket von ")
	deRef(g, b, g.dePerson())
	b.text(" kam ohne retourenschein, lag bei ", deNegS(g), ". rücksprache mit ")
	b.name(g.dePerson().first)
	b.text(" aus der buchhaltung.\n")
}

func dePest(g *gen, b *builder) {
	b.text(g.pick("Kammerjäger Nord", "Schädlingsbekämpfung Pfannkuch", "Desinfekt GmbH"), " – Servicebericht\nAuftraggeber: ")
	b.text(g.pick("WoBau Mühlhagen eG", "Gasthaus zur Linde", "Café Kranzler", "Brauerei Beck"), "\nObjekt: ")
	b.addr(g.deAddr())
	b.text("\nTechniker: ")
	deRef(g, b, g.dePerson())
	b.text("\n\nBefall: ", g.pick("Ratten (Hof, Mülltonnen)", "Schaben, Küche", "Bettwanzen, Whg. 3", "Wespennest Dachkasten"), "\nMaßnahmen: Köderboxen Nr. 1–", g.num(4, 20), " ausgelegt\n\n")
	b.text("Betroffene Mieter informiert:\n")
	for i, n := 0, g.between(3, 5); i < n; i++ {
		b.text("- ")
		deRef(g, b, g.dePerson())
		b.text(", ", g.pick("EG", "1. OG", "2. OG", "DG"), ", ", g.pick("angetroffen", "Zettel eingeworfen", "Schlüssel über Hausmeister"), "\n")
	}
	b.text("\nZugang über Nachbarhaus ")
	b.addr(g.deStreetNo())
	b.text(". Unterschrift Kunde: ")
	deRef(g, b, g.dePerson())
	b.text("\n")
}

func deCamping(g *gen, b *builder) {
	b.text("buchungsnr,gast,mitreisende,stellplatz,anreise,rechnungsadresse\n")
	for i, n := 0, g.between(4, 6); i < n; i++ {
		b.text(g.digits(6), ",")
		p := g.dePerson()
		b.csvField(pii.PersonName, p.last+", "+p.first)
		b.text(",")
		var parts []string
		for j, m := 0, g.between(0, 2); j < m; j++ {
			parts = append(parts, g.dePerson().first)
		}
		if len(parts) == 0 {
			b.text("-")
		} else {
			b.text("\"")
			for j, x := range parts {
				if j > 0 {
					b.text(", ")
				}
				b.name(x)
			}
			b.text("\"")
		}
		b.text(",", g.pick("P", "Z", "W"), g.num(1, 90), ",", g.deDate(), ",")
		b.csvField(pii.PostalAddress, g.deStreetNo()+", "+g.dePLZ()+" "+g.of(deCity))
		b.text("\n")
	}
	b.text("\n# Platzwart ")
	deRef(g, b, g.dePerson())
	b.text(": Stellplatz am ", deNegS(g), " gesperrt\n")
}

func deFOI(g *gen, b *builder) {
	b.text("IFG-Anfragen – Register ", g.pick("Q1", "Q2", "Q3", "Q4"), " (intern)\n\n")
	for i, n := 0, g.between(2, 4); i < n; i++ {
		b.text("Vorgang IFG-", g.digits(4), "\n  antragsteller: ")
		b.name(g.dePerson().full())
		b.text("\n  anschrift: ")
		if g.chance(0.5) {
			b.addr(g.deStreetNo())
			b.text("\n  plz: ", g.dePLZ(), "\n  ort: ", g.of(deCity))
		} else {
			b.addr(g.deAddr())
		}
		b.text("\n  gegenstand: ", g.pick("Gutachten zur Sanierung der "+g.of(deNamedStreet), "Verträge mit Fielmann", "Gebührenkalkulation Friedhof", "Korrespondenz zum Max-Planck-Institut"), "\n  zuständig: ")
		deRef(g, b, g.dePerson())
		b.text("\n  drittbeteiligte: ")
		deRef(g, b, g.dePerson())
		b.text("\n  status: ", g.pick("offen", "beschieden", "Gebühr angekündigt"), "\n\n")
	}
}

func deParental(g *gen, b *builder) {
	p := g.dePerson()
	b.name(p.full())
	b.text("\n")
	b.addr(g.deAddr())
	b.text("\n\nAn ", g.pick("die Personalabteilung der Stadtwerke ", "Frau Personalleiterin bei "), g.of(deCity), "\n\nAntrag auf Elternzeit\n\n")
	b.text(g.pick("Sehr geehrte Frau ", "Sehr geehrter Herr "))
	b.name(g.dePerson().last)
	b.text(",\n\nhiermit beantrage ich Elternzeit für mein Kind ")
	b.name(g.dePerson().first + " " + p.last)
	b.text(", geb. ", g.deDate(), ", vom ", g.deDate(), " bis ", g.deDate(), ". Während der Elternzeit möchte ich ", g.num(15, 30), " Std./Woche in Teilzeit arbeiten. Meine Vertretung hat ")
	deRef(g, b, g.dePerson())
	b.text(" bereits zugesagt; die Übergabe mache ich mit ")
	deRef(g, b, g.dePerson())
	b.text(".\nDer andere Elternteil, ")
	deFull(g, b)
	b.text(", nimmt die Monate ", g.num(1, 6), "–", g.num(7, 14), ".\n\nMit freundlichen Grüßen\n")
	b.name(p.full())
	b.text("\n\nEingangsvermerk: ", g.deDate(), " ")
	b.name(initial(g.dePerson().first) + " " + g.dePerson().last)
	b.text(" | Kopie an Betriebsrat (")
	deRef(g, b, g.dePerson())
	b.text(")\n")
}
