package unmapped

import "strings"

var deKinds = []kind{
	{"Grabpflegevertrag", deGravecare},
	{"Kurzzeitpflege-Aufnahmebogen", deRespiteIntake},
	{"Schiedsrichter-Ansetzung", deRefereeSchedule},
	{"Zeugenladung", deWitnessSummons},
	{"Maengelmelder-Log", deDefectLog},
	{"Rueckschein-OCR", deReturnReceiptOCR},
	{"Zaehlerwechsel-CSV", deMeterCSV},
	{"Lieferantenstamm-XML", deVendorXML},
	{"Ferienbetreuung-Anmeldemail", deHolidayCareMail},
	{"Werkstattauftrag", deWorkshopOrder},
	{"neg_Hallenbelegungsplan", deNegHallPlan},
	{"neg_Sortenliste-Baumschule", deNegNurseryList},
}

var deGivenF = []string{
	"Anna", "Lena", "Marie", "Sophie", "Hannah", "Leonie", "Katharina", "Sabine", "Monika", "Ursula",
	"Heike", "Birgit", "Gisela", "Renate", "Claudia", "Anja", "Jana", "Mareike", "Wiebke", "Frauke",
	"Insa", "Imke", "Svenja", "Merle", "Jule", "Ronja", "Thea", "Elif", "Ayşe", "Zeynep", "Fatma",
	"Emine", "Aleksandra", "Katarzyna", "Agnieszka", "Olena", "Natalia", "Swetlana", "Ioana", "Dragana",
	"Mira", "Yasmin", "Amira", "Nour", "Lina", "Hildegard", "Waltraud", "Edeltraud", "Roswitha", "Annegret",
	"Dörte", "Silke", "Kerstin", "Petra", "Ulrike", "Gudrun", "Ida", "Frieda", "Mathilda", "Greta",
	"Charlotte", "Johanna", "Franziska", "Theresa", "Vroni", "Magdalena", "Annika", "Linh", "Thu Trang",
	"Anna-Lena", "Marie-Luise", "Eva-Maria", "Maja", "Pia", "Antonia", "Carla", "Helga", "Liselotte",
}

var deGivenM = []string{
	"Thomas", "Michael", "Andreas", "Stefan", "Jürgen", "Klaus", "Dieter", "Horst", "Wolfgang", "Uwe",
	"Frank", "Jens", "Sven", "Torsten", "Dirk", "Holger", "Kai", "Lars", "Malte", "Hauke", "Jannik",
	"Finn", "Luca", "Noah", "Elias", "Ben", "Paul", "Jonas", "Moritz", "Till", "Ole", "Hendrik",
	"Matthias", "Sebastian", "Tobias", "Florian", "Benedikt", "Korbinian", "Xaver", "Mehmet", "Mustafa",
	"Emre", "Can", "Burak", "Ahmet", "Tomasz", "Piotr", "Krzysztof", "Dmitri", "Sergej", "Oleksandr",
	"Andrii", "Dragan", "Goran", "Nikola", "Mohammed", "Karim", "Tarek", "Samir", "Giuseppe", "Marco",
	"Dimitrios", "Georgios", "Minh", "Kwame", "Karl-Heinz", "Hans-Peter", "Bernd", "Rüdiger", "Detlef",
	"Gerd", "Friedhelm", "Volker", "Ingo", "Leon", "Felix", "Maximilian", "Anton", "Jakob", "Vincent",
}

var deSurnames = []string{
	"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
	"Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann",
	"Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner", "Krause", "Meier", "Lehmann",
	"Schmid", "Schulze", "Maier", "Köhler", "Herrmann", "König", "Walter", "Mayer", "Huber", "Kaiser",
	"Fuchs", "Peters", "Lang", "Scholz", "Möller", "Weiß", "Jung", "Hahn", "Vogel", "Friedrich", "Keller",
	"Günther", "Berger", "Winkler", "Roth", "Beck", "Lorenz", "Baumann", "Franke", "Albrecht", "Ludwig",
	"Winter", "Kraus", "Böhm", "Schuster", "Jäger", "Sommer", "Groß", "Seidel", "Brandt", "Haas",
	"Schreiber", "Graf", "Dietrich", "Ziegler", "Kuhn", "Pohl", "Engel", "Horn", "Busch", "Bergmann",
	"Voigt", "Sauer", "Arnold", "Wolff", "Pfeiffer", "Ahrens", "Brüggemann", "Dreesen", "Eggers",
	"Feddersen", "Grotefend", "Hinrichs", "Janssen", "Kleinschmidt", "Lüdtke", "Mertens", "Nissen",
	"Oltmanns", "Petersen", "Quast", "Rademacher", "Steinhoff", "Thiele", "Uhlig", "Vosskamp", "Wendt",
	"Zschoche", "Pfaffinger", "Obermaier", "Hölzl", "Strobl", "Kreuzer", "Wimmer", "Kessler", "Hagedorn",
	"Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın", "Arslan", "Doğan", "Kowalski",
	"Nowak", "Wiśniewski", "Kamiński", "Popescu", "Ionescu", "Petrović", "Jovanović", "Hodžić", "Begić",
	"Nguyen", "Tran", "Pham", "Iwanow", "Kusnezow", "Schewtschenko", "Bondarenko", "Rossi", "Esposito",
	"Papadopoulos", "Haddad", "Al-Khatib", "Mansour", "Osei", "Özdemir", "Krasniqi", "Berisha",
	"von Berg", "von der Heide", "van Dijk", "van der Linden", "de Vries", "de Boer", "von Arnim",
	"vom Hofe", "ter Horst", "op den Camp", "zu Dohna", "von Bülow",
}

type dePerson struct {
	given, sur string
	female     bool
}

func (p dePerson) full() string { return p.given + " " + p.sur }

func (p dePerson) herrFrau() string {
	if p.female {
		return "Frau"
	}
	return "Herr"
}

// herrnFrau is the accusative of an address block.
func (p dePerson) herrnFrau() string {
	if p.female {
		return "Frau"
	}
	return "Herrn"
}

func dePer(g *gen) dePerson {
	p := dePerson{female: g.chance(0.5)}
	if p.female {
		p.given = g.of(deGivenF)
	} else {
		p.given = g.of(deGivenM)
	}
	p.sur = g.of(deSurnames)
	if g.chance(0.07) && !strings.Contains(p.sur, " ") {
		other := g.of(deSurnames)
		if !strings.Contains(other, " ") && other != p.sur {
			p.sur += "-" + other
		}
	}
	return p
}

var deCities = [][2]string{
	{"10115", "Berlin"}, {"10999", "Berlin"}, {"12043", "Berlin"}, {"13353", "Berlin"}, {"20095", "Hamburg"},
	{"22767", "Hamburg"}, {"80331", "München"}, {"81675", "München"}, {"50667", "Köln"}, {"51063", "Köln"},
	{"60311", "Frankfurt am Main"}, {"70173", "Stuttgart"}, {"40213", "Düsseldorf"}, {"44135", "Dortmund"},
	{"45127", "Essen"}, {"28195", "Bremen"}, {"30159", "Hannover"}, {"04109", "Leipzig"}, {"01067", "Dresden"},
	{"90402", "Nürnberg"}, {"47051", "Duisburg"}, {"44787", "Bochum"}, {"42103", "Wuppertal"}, {"33602", "Bielefeld"},
	{"53111", "Bonn"}, {"48143", "Münster"}, {"76133", "Karlsruhe"}, {"68159", "Mannheim"}, {"86150", "Augsburg"},
	{"65183", "Wiesbaden"}, {"41061", "Mönchengladbach"}, {"45879", "Gelsenkirchen"}, {"38100", "Braunschweig"},
	{"24103", "Kiel"}, {"09111", "Chemnitz"}, {"06108", "Halle (Saale)"}, {"39104", "Magdeburg"},
	{"79098", "Freiburg im Breisgau"}, {"23552", "Lübeck"}, {"99084", "Erfurt"}, {"18055", "Rostock"},
	{"55116", "Mainz"}, {"34117", "Kassel"}, {"66111", "Saarbrücken"}, {"14467", "Potsdam"}, {"26122", "Oldenburg"},
	{"49074", "Osnabrück"}, {"93047", "Regensburg"}, {"89073", "Ulm"}, {"97070", "Würzburg"}, {"37073", "Göttingen"},
	{"54290", "Trier"}, {"07743", "Jena"}, {"19053", "Schwerin"}, {"17489", "Greifswald"}, {"25813", "Husum"},
	{"83278", "Traunstein"}, {"87435", "Kempten (Allgäu)"}, {"94032", "Passau"}, {"78462", "Konstanz"},
	{"36037", "Fulda"}, {"57072", "Siegen"}, {"31134", "Hildesheim"}, {"29221", "Celle"}, {"21335", "Lüneburg"},
	{"02826", "Görlitz"}, {"03046", "Cottbus"}, {"88212", "Ravensburg"}, {"72070", "Tübingen"}, {"35037", "Marburg"},
	{"63739", "Aschaffenburg"}, {"84028", "Landshut"}, {"82319", "Starnberg"}, {"26382", "Wilhelmshaven"},
	{"27568", "Bremerhaven"}, {"31234", "Edemissen"}, {"29690", "Schwarmstedt"}, {"56253", "Treis-Karden"},
}

var deStreetFixed = []string{
	"Kurfürstendamm", "Jungfernstieg", "Unter den Linden", "Neuer Wall", "Alt-Moabit", "Großer Burstah",
	"Am Lindenhof", "An der Alster", "Auf der Heide", "Zum Sportplatz", "Hinter den Gärten", "Am Schlossberg",
	"In der Aue", "Im Winkel", "Auf dem Kamp", "Zur alten Schmiede", "An den Eichen", "Am Mühlenbach",
	"Hohenzollerndamm", "Maybachufer", "Reichpietschufer", "Königsallee", "Theodor-Heuss-Platz",
	"Spandauer Damm", "Tegeler Weg", "Mönckebergstraße", "Kleine Johannisstraße", "Fischmarkt", "Alter Markt",
	"Sandtorkai", "Holstenwall", "Obere Dorfstraße", "Untere Mühlgasse", "Lange Reihe", "Hohe Bleichen",
	"Rotkäppchenweg", "Vor dem Steintor", "Schwanenwik", "Kuhle Wampe", "Am Rain",
}
var dePrefixes = []string{
	"Bahnhof", "Haupt", "Schul", "Kirch", "Garten", "Linden", "Birken", "Eichen", "Mühlen", "Wiesen",
	"Feld", "Wald", "Berg", "Rosen", "Tulpen", "Schiller", "Goethe", "Lessing", "Uhland", "Mozart",
	"Beethoven", "Fontane", "Humboldt", "Luisen", "Markt", "Burg", "Schloss", "Hafen", "Brunnen", "Sonnen",
	"Amsel", "Drossel", "Finken", "Lerchen", "Heide", "Moor", "Deich", "Ahorn", "Kastanien", "Holunder",
	"Weiden", "Erlen", "Industrie", "Gewerbe", "Post", "Kloster", "Zeppelin",
}
var deSuffixes = []string{"straße", "straße", "straße", "straße", "weg", "weg", "allee", "ring", "damm", "ufer", "platz", "gasse", "steig", "pfad", "kamp", "graben", "stieg"}
var deAdj = []string{"Berliner", "Hamburger", "Kieler", "Potsdamer", "Frankfurter", "Dresdner", "Lübecker", "Hildesheimer", "Bremer", "Leipziger", "Münchner", "Stuttgarter", "Kasseler", "Mainzer", "Osnabrücker", "Alte", "Neue"}
var deAdjTypes = []string{"Straße", "Straße", "Chaussee", "Allee", "Ring", "Damm", "Weg", "Platz", "Landstraße", "Heerstraße"}
var dePersonStreets = []string{
	"Max-Planck", "Konrad-Adenauer", "Carl-von-Ossietzky", "Käthe-Kollwitz", "Otto-Hahn", "Rosa-Luxemburg",
	"Heinrich-Heine", "Bertha-von-Suttner", "Albert-Schweitzer", "Sophie-Scholl", "Willy-Brandt",
	"Friedrich-Ebert", "Clara-Zetkin", "Robert-Koch", "Gustav-Heinemann", "Hedwig-Dohm", "Annette-von-Droste-Hülshoff",
	"Elsa-Brändström", "Ernst-Reuter", "Lise-Meitner",
}
var dePersonTypes = []string{"-Straße", "-Straße", "-Weg", "-Allee", "-Ring", "-Platz", "-Ufer", "-Damm"}

func deStreet(g *gen) string {
	switch g.r.IntN(10) {
	case 0, 1:
		return g.of(deStreetFixed)
	case 2, 3:
		return g.of(dePersonStreets) + g.of(dePersonTypes)
	case 4:
		return g.of(deAdj) + " " + g.of(deAdjTypes)
	default:
		return g.of(dePrefixes) + g.of(deSuffixes)
	}
}

func deHouse(g *gen) string {
	n := g.num(1, 148)
	switch g.r.IntN(10) {
	case 0:
		return n + g.pick("a", "b", "c")
	case 1:
		return n + " " + g.pick("a", "b")
	case 2:
		return n + "A"
	case 3:
		v := g.between(1, 60)
		return itoa(v) + "-" + itoa(v+2)
	default:
		return n
	}
}

// deStreetLine returns street and number, now and then with a unit.
func deStreetLine(g *gen) string {
	s := deStreet(g) + " " + deHouse(g)
	if g.chance(0.08) {
		s += g.pick(", 3. OG", " / Hinterhaus", ", Whg. "+g.num(1, 24), ", App. "+g.num(1, 40))
	}
	return s
}

func deCityLine(g *gen) string {
	c := deCities[g.r.IntN(len(deCities))]
	if g.chance(0.05) {
		return "D-" + c[0] + " " + c[1]
	}
	return c[0] + " " + c[1]
}

// deAddr returns a street line and a city line joined by sep.
func deAddr(g *gen, sep string) string { return deStreetLine(g) + sep + deCityLine(g) }

func dePostfach(g *gen, sep string) string {
	return "Postfach " + g.num(10, 99) + " " + g.pad2(1, 99) + " " + g.pad2(1, 99) + sep + deCityLine(g)
}

func deDate(g *gen) string { return g.pad2(1, 28) + "." + g.pad2(1, 12) + ".2025" }

func dePhone(g *gen) string {
	return g.pick("0151 ", "0160 ", "0172 ", "0176 ", "030 ", "040 ", "089 ", "0221 ", "0511 ") + g.digits(3) + " " + g.digits(4)
}

// deNameVar writes p's name in one of the forms a German record uses.
func deNameVar(g *gen, b *builder, p dePerson) {
	switch g.r.IntN(10) {
	case 0:
		b.name(p.sur + ", " + p.given)
	case 1:
		b.name(p.given[:1] + ". " + p.sur)
	default:
		b.name(p.full())
	}
}

func deGravecare(g *gen, b *builder) {
	co := g.pick("Friedhofsgärtnerei Immergrün GmbH", "Grabpflege Lindenblatt", "Gärtnerei am Waldfriedhof", "Friedhofsgärtnerei Rosenhain e.K.", "Blumen & Grabpflege Sonnenweg")
	b.text(co, " · ")
	b.addr(deAddr(g, " · "))
	b.text("\n\n")
	p := dePer(g)
	b.text(p.herrnFrau(), "\n")
	b.name(p.full())
	b.text("\n")
	b.addr(deAddr(g, "\n"))
	b.text("\n\n", g.pick("Grabpflegevertrag", "Dauergrabpflegevertrag", "Angebot Jahresgrabpflege"), " Nr. GP-2025-", g.digits(4), "\n\n")
	b.text("Grabstätte: ", g.pick("Friedhof Ohlsdorf", "Waldfriedhof", "Alter Südfriedhof", "Melaten-Friedhof", "Hauptfriedhof", "Bergfriedhof"), ", Feld ", g.upper(1), g.num(1, 40), ", Reihe ", g.num(1, 20), ", Nr. ", g.num(1, 60), "\n")
	d := dePer(g)
	d.sur = p.sur
	b.text("Verstorbene(r): ")
	b.name(d.full())
	b.text(", † ", g.pad2(1, 28), ".", g.pad2(1, 12), ".", g.num(2005, 2024), "\n")
	b.text("Auftraggeber(in): ")
	b.name(p.full())
	b.text("\n\nLeistungen:\n- Frühjahrsbepflanzung mit Stiefmütterchen und Hornveilchen\n- Sommerbepflanzung: ", g.pick("Begonien und Fleißiges Lieschen", "Eisbegonien, Fleißiges Lieschen", "Geranien und Männertreu"), "\n- Herbstbepflanzung mit ", g.pick("Erika und Silberblatt", "Erika (Calluna) und Chrysanthemen", "Heidekraut und Purpurglöckchen"), "\n- Grabschmuck zum Totensonntag, Gießen von Mai bis September\n\n")
	b.text("Jahresbetrag: ", g.num(180, 690), ",00 EUR, Laufzeit ", g.pick("1 Jahr", "5 Jahre", "bis zum Ablauf der Ruhefrist"), ".\n\n")
	if g.chance(0.4) {
		b.text("Wie telefonisch mit ")
		o := dePer(g)
		b.text(o.herrnFrau(), " ")
		b.name(o.sur)
		b.text(" besprochen, wird der Winterschutz mit Tannengrün ausgeführt.\n\n")
	}
	b.text("Mit freundlichen Grüßen\n\n")
	s := dePer(g)
	b.name(s.full())
	if s.female {
		b.text("\n", g.pick("Friedhofsgärtnermeisterin", "Kundenbetreuung"), "\n")
	} else {
		b.text("\n", g.pick("Friedhofsgärtnermeister", "Kundenbetreuung"), "\n")
	}
}

func deRespiteIntake(g *gen, b *builder) {
	home := g.pick("Seniorenzentrum Haus Abendrot", "Pflegeheim St. Elisabeth", "Caritas-Altenzentrum St. Josef", "Haus Sonnenhang", "Diakonie-Pflegezentrum Lindenhof", "Kurzzeitpflege am Stadtpark")
	b.text("Aufnahmebogen Kurzzeitpflege – ", home, "\n", strings.Repeat("=", 40), "\n")
	p := dePer(g)
	b.text("Name, Vorname:      ")
	b.name(p.sur + ", " + p.given)
	b.text("\nGeburtsdatum:       ", g.pad2(1, 28), ".", g.pad2(1, 12), ".19", g.num(28, 55), "\n")
	b.text("Anschrift:          ")
	b.addr(deAddr(g, ", "))
	b.text("\nPflegegrad:         ", g.num(2, 5), "\nKrankenkasse:       ", g.pick("AOK Bayern", "Techniker Krankenkasse", "Barmer", "DAK-Gesundheit", "IKK classic", "KKH"), "\n")
	b.text("Hausarzt:           Dr. med. ")
	d := dePer(g)
	b.name(d.full())
	b.text(", ")
	b.addr(deAddr(g, ", "))
	b.text("\n")
	r := dePer(g)
	b.text("Angehörige:         ")
	b.name(r.full())
	if r.female {
		b.text(" (", g.pick("Tochter", "Ehefrau", "Nichte", "Schwiegertochter"), "), Tel. ", dePhone(g), "\n")
	} else {
		b.text(" (", g.pick("Sohn", "Ehemann", "Neffe", "Schwiegersohn"), "), Tel. ", dePhone(g), "\n")
	}
	if g.chance(0.5) {
		b.text("Betreuer/Bevollm.:  ")
		v := dePer(g)
		deNameVar(g, b, v)
		b.text(", Berufsbetreuer\n")
	}
	b.text("Diagnosen:          ", strings.Join(g.some([]string{"Z. n. Schenkelhalsfraktur re.", "Morbus Parkinson", "Diabetes mellitus Typ 2", "Demenz vom Alzheimer-Typ", "Herzinsuffizienz NYHA III", "Z. n. Apoplex", "Hashimoto-Thyreoiditis", "COPD"}, 3), "; "), "\n")
	b.text("Besonderheiten:     ", g.pick("Hörgerät links", "Brille, Gehstock", "Rollator", "Zahnprothese oben"), "; ")
	if g.chance(0.6) {
		b.text("möchte mit „")
		b.name(p.given)
		b.text("“ angesprochen werden")
	} else {
		b.text("möchte gesiezt werden")
	}
	b.text("\nAufnahme:           ", deDate(g), ", ", g.pad2(9, 17), ":00 Uhr\nAufgenommen von:    ")
	a := dePer(g)
	b.text(g.pick("Pflegefachkraft ", "PFK ", ""))
	b.name(a.full())
	b.text("\n")
}

var deClubs = []string{
	"SV Germania Eicklingen", "TuS Fortuna Wengern", "Borussia Kirchhorst", "SC Viktoria Lehrte", "FC Alemannia Hülsede",
	"TSV Jahn Wennigsen", "SpVgg Eintracht Sehnde", "DJK Adler Burgdorf", "VfL Concordia Gehrden", "SG Blau-Weiß Barsinghausen",
	"FC Hertha Lindwedel", "Teutonia Uetze", "Arminia Hannover II", "SV Werder Ronnenberg", "TSG Victoria Sarstedt",
}

func deRefereeSchedule(g *gen, b *builder) {
	b.text("Schiedsrichter-Ansetzungen ", g.pick("Kreis Hannover-Land", "Kreis Celle", "Kreis Dortmund", "Kreis Rhein-Erft", "Bezirk Oberbayern Nord"), " – ", g.num(3, 30), ". Spieltag\n")
	b.text("Stand: ", deDate(g), " (Änderungen vorbehalten)\n\n")
	cl := g.some(deClubs, 8)
	for i := range g.between(2, 4) {
		b.text(g.pick("Sa.", "So."), " ", deDate(g), "  ", g.pick("13:00", "15:00", "15:30", "11:00"), "  ", g.pick("Kreisliga A", "Kreisliga B", "Bezirksliga 3", "A-Junioren Kreisliga", "Frauen Kreisliga"), "\n")
		b.text("   ", cl[2*i], " – ", cl[2*i+1], "\n")
		b.text("   Spielort: ", g.pick("Waldstadion", "Sportanlage", "Kunstrasenplatz", "Jahnkampfbahn", "Sportpark"), ", ")
		b.addr(deAddr(g, ", "))
		b.text("\n   SR: ")
		s := dePer(g)
		b.name(s.sur + ", " + s.given)
		if g.chance(0.6) {
			b.text("   SRA1: ")
			a := dePer(g)
			b.name(a.sur + ", " + a.given)
			b.text("   SRA2: ")
			c := dePer(g)
			b.name(c.sur + ", " + c.given)
		}
		if g.chance(0.3) {
			b.text("   Beobachter: ")
			o := dePer(g)
			b.name(o.full())
		}
		b.text("\n\n")
	}
	b.text("Bei Verhinderung bitte sofort beim Ansetzer melden: ")
	a := dePer(g)
	b.name(a.full())
	b.text(", Tel. ", dePhone(g), "\n")
	if g.chance(0.4) {
		b.text("Glückwunsch an ")
		c := dePer(g)
		b.name(c.given)
		b.text(" zur bestandenen Prüfung als Bezirksliga-SR!\n")
	}
}

func deWitnessSummons(g *gen, b *builder) {
	c := deCities[g.r.IntN(len(deCities))]
	court := g.pick("Amtsgericht ", "Landgericht ") + c[1]
	b.text(court, " · ")
	b.addr(g.pick("Postfach "+g.num(10, 99)+" "+g.pad2(1, 99)+" "+g.pad2(1, 99), g.pick("Gerichtsstraße ", "Justizplatz ", "Am Justizzentrum ")+g.num(1, 12)) + ", " + c[0] + " " + c[1])
	b.text("\n\n")
	p := dePer(g)
	b.text(p.herrnFrau(), "\n")
	b.name(p.full())
	b.text("\n")
	b.addr(deAddr(g, "\n"))
	b.text("\n\n")
	b.text("Aktenzeichen: ", g.num(1, 40), " Ds ", g.num(100, 999), " Js ", g.num(1000, 99999), "/25\nDatum: ", deDate(g), "\n\n")
	if p.female {
		b.text("Ladung als Zeugin\n\nIn der Strafsache gegen ")
	} else {
		b.text("Ladung als Zeuge\n\nIn der Strafsache gegen ")
	}
	a := dePer(g)
	b.name(a.full())
	b.text(g.pick(" u. a.", ""), "\nwegen ", g.pick("Diebstahls", "Körperverletzung", "Betrugs", "Sachbeschädigung", "Trunkenheit im Verkehr"), "\n\n")
	b.text("werden Sie zur Hauptverhandlung am ", deDate(g), ", ", g.pick("09:00", "10:30", "13:15"), " Uhr, Saal ", g.num(1, 3), ".", g.num(10, 40), ", geladen.\n")
	b.text("Sitzungsgebäude: ", g.pick("Justizzentrum, ", "Nebengebäude, ", ""))
	b.addr(deStreet(g) + " " + deHouse(g) + ", " + c[0] + " " + c[1])
	b.text("\n\nBitte bringen Sie diese Ladung und einen amtlichen Lichtbildausweis mit. Sie erhalten eine Entschädigung nach dem JVEG.\n")
	if g.chance(0.4) {
		b.text("Ebenfalls geladen: ")
		w := dePer(g)
		b.text(w.herrFrau(), " ")
		b.name(w.sur)
		b.text(" (Zeuge/Zeugin), ")
		b.text("Sachverständige Dr. ")
		e := dePer(g)
		b.name(e.full())
		b.text(".\n")
	}
	b.text("\nAuf Anordnung\n")
	s := dePer(g)
	b.name(s.full())
	b.text(", Justizbeschäftigte(r)\nals Urkundsbeamte(r) der Geschäftsstelle\n")
}

func deDefectLog(g *gen, b *builder) {
	c := deCities[g.r.IntN(len(deCities))]
	id := "MM-2025-" + g.digits(5)
	clk := g.clock()
	ts := func() string { return clk.tick(g, 20, 20000, "T") + "+02:00" }
	b.text(ts(), " lvl=info svc=maengelmelder evt=meldung_eingang id=", id, " kategorie=\"", g.pick("Wilder Müll", "Schlagloch", "Defekte Straßenlaterne", "Illegale Plakatierung", "Graffiti", "Verstopfter Gully"), "\" ort=\"")
	switch g.r.IntN(4) {
	case 0:
		b.text("Kreuzung ", deStreet(g), " / ", deStreet(g))
	case 1:
		b.addr(deStreet(g) + " " + deHouse(g))
	default:
		b.addr(deStreet(g) + " " + deHouse(g) + ", " + c[0] + " " + c[1])
	}
	b.text("\" melder=\"")
	p := dePer(g)
	if g.chance(0.2) {
		b.name(strings.ToLower(p.full()))
	} else {
		b.name(p.full())
	}
	b.text("\" kanal=", g.pick("app", "web", "telefon"), "\n")
	b.text(ts(), " lvl=info svc=maengelmelder evt=zuweisung id=", id, " team=\"", g.pick("Baubetriebshof Tour 3", "AWB Sperrmüll Nord", "Straßenbeleuchtung", "Stadtreinigung Ost"), "\" bearbeiter=\"")
	w := dePer(g)
	b.name(w.sur + ", " + w.given)
	b.text("\"\n")
	if g.chance(0.5) {
		b.text(ts(), " lvl=warn svc=maengelmelder evt=rueckfrage id=", id, " msg=\"Melder ")
		b.name(p.sur)
		b.text(" telefonisch nicht erreicht\"\n")
	}
	b.text(ts(), " lvl=info svc=maengelmelder evt=status id=", id, " status=", g.pick("erledigt", "in_bearbeitung", "weitergeleitet"), " kommentar=\"", g.pick("Sperrmüll vor Hausnr. entfernt", "Leuchtmittel getauscht", "an Straßen.NRW weitergeleitet", "Fa. Kärcher-Reinigung beauftragt", "Termin mit Hausverwaltung Schiller & Co."), "\"\n")
}

func deReturnReceiptOCR(g *gen, b *builder) {
	b.text(g.pick("Deutsche Post", "Deutsche Posl", "Deutsche P0st"), "   EINSCHREIBEN  ", g.pick("RÜCKSCHEIN", "RUCKSCHEIN", "RÜCKSCHElN"), "\n")
	b.text(g.pick("Sendungsnummer", "Sendungsnurnmer", "Sendungs-Nr."), ": RR ", g.digits(2), " ", g.digits(3), " ", g.digits(3), " ", g.digits(1), "DE\n\n")
	b.text("Empfänger / Destinataire\n")
	p := dePer(g)
	b.name(p.full())
	b.text("\n")
	b.addr(deAddr(g, "\n"))
	b.text("\n\nDie Sendung wurde ausgehändigt ", g.pick("am", "arn"), " ", g.pad2(1, 28), ".", g.pad2(1, 12), ".25\n")
	ersatz := g.chance(0.3)
	if ersatz {
		b.text("[ ] an den Empfänger   [x] an den Ersatzempfänger\n")
	} else {
		b.text("[x] an den Empfänger   [ ] an den Ersatzempfänger\n")
	}
	b.text("Unterschrift: ")
	r := p
	if ersatz {
		r = dePer(g)
	}
	b.name(r.given[:1] + ". " + r.sur)
	b.text("  ~~~\nName in Druckbuchstaben: ")
	b.name(strings.ToUpper(r.full()))
	b.text("\n\nZurück an / Retour à:\n")
	if g.chance(0.5) {
		b.text(g.pick("Hausverwaltung Nordlicht GmbH", "Rechtsanwälte Brandt & Partner mbB", "Stadtwerke", "Inkasso Treuhand AG"), "\n")
	} else {
		s := dePer(g)
		b.name(s.full())
		b.text("\n")
	}
	if g.chance(0.3) {
		b.addr(dePostfach(g, "\n"))
	} else {
		b.addr(deAddr(g, "\n"))
	}
	b.text("\n", g.pick("", "|||| ||| |||||", "Seite 1/1"), "\n")
}

func deMeterCSV(g *gen, b *builder) {
	b.text("Auftragsnr;Kundennr;Nachname;Vorname;Straße;PLZ;Ort;Zählernr alt;Eichjahr;Termin;Monteur\n")
	for range g.between(4, 9) {
		c := deCities[g.r.IntN(len(deCities))]
		p := dePer(g)
		b.text("WZ", g.digits(6), ";", g.digits(8), ";")
		if g.chance(0.15) {
			b.text(g.pick("Wohnungseigentümergemeinschaft", "Hausverwaltung Krone GmbH", "Leerstand"), ";;")
		} else {
			b.csvField(nm, p.sur, ";")
			b.text(";")
			b.csvField(nm, p.given, ";")
			b.text(";")
		}
		b.csvField(ad, deStreet(g)+" "+deHouse(g), ";")
		b.text(";", c[0], ";", c[1], ";", g.digits(8), ";", g.num(2016, 2019), ";", deDate(g), " ", g.pick("08-12", "12-16"), ";")
		b.name(g.of(deSurnames))
		b.text("\n")
	}
}

func deVendorXML(g *gen, b *builder) {
	b.text("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Lieferantenstamm export=\"", deDate(g), "\" mandant=\"100\">\n")
	for range g.between(1, 3) {
		c := deCities[g.r.IntN(len(deCities))]
		b.text("  <Lieferant nr=\"7", g.digits(4), "\">\n    <Name1>", g.pick("Elektro Schröder GmbH &amp; Co. KG", "Haustechnik Wagner e.K.", "Bäckerei Kamps GmbH", "Druckerei Gutenberg OHG", "Bosch Service Hahn", "Reinigungsdienst Meister Proper GmbH", "Getränke Hoffmann GmbH", "Malerbetrieb Farbenfroh GmbH", "Stahlbau Krupp-Nachfolger KG"), "</Name1>\n")
		if g.chance(0.5) {
			b.text("    <Strasse>")
			b.addr(deStreet(g) + " " + deHouse(g))
			b.text("</Strasse>\n    <PLZ>", c[0], "</PLZ>\n    <Ort>", c[1], "</Ort>\n")
		} else {
			b.text("    <Postfach>")
			b.addr("Postfach " + g.num(10, 99) + " " + g.pad2(1, 99) + " " + g.pad2(1, 99))
			b.text("</Postfach>\n    <PLZ>", c[0], "</PLZ>\n    <Ort>", c[1], "</Ort>\n")
		}
		b.text("    <Land>DE</Land>\n    <Ansprechpartner>\n      <Anrede>")
		p := dePer(g)
		b.text(p.herrFrau(), "</Anrede>\n      <Vorname>")
		b.name(p.given)
		b.text("</Vorname>\n      <Nachname>")
		b.name(p.sur)
		b.text("</Nachname>\n      <Telefon>", dePhone(g), "</Telefon>\n    </Ansprechpartner>\n")
		b.text("    <Bank>", g.pick("Sparkasse ", "Volksbank ", "Commerzbank "), c[1], "</Bank>\n    <IBAN>DE", g.digits(2), " ", g.digits(4), " ", g.digits(4), " ", g.digits(4), " ", g.digits(4), " ", g.digits(2), "</IBAN>\n")
		b.text("    <Zahlungsbedingung>", g.pick("14 Tage 2% Skonto", "30 Tage netto", "sofort"), "</Zahlungsbedingung>\n  </Lieferant>\n")
	}
	b.text("</Lieferantenstamm>\n")
}

func deHolidayCareMail(g *gen, b *builder) {
	c := deCities[g.r.IntN(len(deCities))]
	city := strings.ToLower(strings.Fields(c[1])[0])
	city = strings.NewReplacer("ü", "ue", "ö", "oe", "ä", "ae", "ß", "ss", "(", "", ")", "").Replace(city)
	parent := dePer(g)
	child := dePer(g)
	child.sur = parent.sur
	b.text("Von: ")
	b.name(parent.full())
	b.text(" <", g.pick("familie", "eltern", "kontakt", "post"), g.digits(2), "@", g.pick("web.de", "gmx.de", "t-online.de", "posteo.de"), ">\n")
	b.text("An: ferienbetreuung@", city, ".de\nBetreff: Anmeldung Sommerferienbetreuung ")
	b.name(child.given)
	b.text("\n\n")
	staff := dePer(g)
	b.text("Hallo ", staff.herrFrau(), " ")
	b.name(staff.sur)
	b.text(",\n\nhiermit melde ich ")
	if child.female {
		b.text("unsere Tochter ")
	} else {
		b.text("unseren Sohn ")
	}
	b.name(child.full())
	b.text(" (Klasse ", g.num(1, 4), g.pick("a", "b", "c"), ", ", g.pick("Astrid-Lindgren-Grundschule", "Grundschule am Goethepark", "Erich-Kästner-Schule", "Pestalozzischule", "Grundschule Kunterbunt"), ") für die Wochen ", g.pick("1 und 2", "3 bis 5", "2"), " an.\n\n")
	b.text("Anschrift: ")
	street, cityLine := deStreetLine(g), deCityLine(g)
	b.addr(street + ", " + cityLine)
	b.text("\n\nAbholberechtigt sind außer uns: Oma ")
	o := dePer(g)
	o.given = g.of(deGivenF)
	b.name(o.full())
	b.text(" und ")
	if g.chance(0.5) {
		n := dePer(g)
		if n.female {
			b.text("unsere Nachbarin ")
		} else {
			b.text("unser Nachbar ")
		}
		if g.chance(0.5) {
			b.text(n.herrFrau(), " ")
			b.name(n.sur)
		} else {
			b.name(n.full())
		}
	} else {
		b.text("der große Bruder ")
		b.name(g.of(deGivenM))
	}
	b.text(".\n")
	b.name(child.given)
	b.text(g.pick(" hat eine Erdnussallergie (Notfallset ist im Rucksack).", " kann schon schwimmen (Seepferdchen und Bronze).", " ist Vegetarier(in).", " darf nach Absprache allein nach Hause gehen."), "\n\nViele Grüße\n")
	b.name(parent.given)
	b.text("\n\n-- \n")
	b.name(parent.full())
	b.text("\n")
	b.addr(street + "\n" + cityLine)
	b.text("\nTel. ", dePhone(g), "\n")
}

func deWorkshopOrder(g *gen, b *builder) {
	b.text(g.pick("Kfz-Meisterbetrieb Auto Service Demir", "Autohaus am Ring GmbH", "Kfz-Technik Fuchs & Sohn", "Reifen Koch GmbH", "Bosch Car Service Meyer"), "\n")
	b.addr(deAddr(g, ", "))
	b.text(" · Tel. ", dePhone(g), "\n\nWERKSTATTAUFTRAG Nr. ", g.digits(6), "   Datum: ", deDate(g), "\n\n")
	p := dePer(g)
	b.text("Kunde: ")
	if g.chance(0.3) {
		b.name(strings.ToUpper(p.sur) + ", " + p.given)
	} else {
		b.name(p.full())
	}
	b.text("   Kd-Nr. ", g.digits(5), "\nAnschrift: ")
	b.addr(deAddr(g, ", "))
	b.text("\nFahrzeug: ", g.pick("Opel Astra K", "Porsche Cayenne", "Mercedes-Benz C 200", "Ford Focus Turnier", "VW Golf VIII", "Škoda Octavia Combi", "Citroën C3", "Dacia Sandero", "Tesla Model 3", "Opel Corsa F", "Ferrari Roma"), "   Kennzeichen: ", g.pick("H", "HH", "B", "M", "K", "DO", "OS", "CE"), "-", g.upper(2), " ", g.num(1, 9999), "\n")
	b.text("km-Stand: ", g.num(12, 240), ".", g.digits(3), "   Erstzulassung: ", g.pad2(1, 12), "/", g.num(2009, 2023), "\n\nAuszuführende Arbeiten:\n")
	for _, w := range g.some([]string{"Inspektion nach Herstellervorgabe", "Bremsflüssigkeit wechseln", "Bosch-Scheibenwischer vorne erneuern", "Reifenwechsel auf Michelin Alpin 6, alte Continental einlagern", "HU/AU vorbereiten", "Klimaservice", "Ölwechsel 5W-30 (Castrol)", "Zahnriemen prüfen", "Batterie Varta testen"}, g.between(2, 4)) {
		b.text("- ", w, "\n")
	}
	b.text("\nFahrzeugannahme durch: ")
	a := dePer(g)
	b.name(a.full())
	b.text("\nAbholung durch: ")
	if g.chance(0.5) {
		if g.chance(0.5) {
			b.text(g.pick("Ehefrau ", "Tochter ", "Lebenspartnerin "))
			b.name(g.of(deGivenF))
		} else {
			b.text(g.pick("Ehemann ", "Sohn ", "Lebenspartner "))
			b.name(g.of(deGivenM))
		}
	} else {
		b.text("Kunde selbst")
	}
	b.text("\nKostenvoranschlag bis ", g.num(200, 1500), " EUR genehmigt. Unterschrift Kunde: ______\n")
}

func deNegHallPlan(g *gen, b *builder) {
	c := deCities[g.r.IntN(len(deCities))]
	b.text("Hallenbelegungsplan Winterhalbjahr 2025/26 – Stadtsportbund ", c[1], "\n\n")
	b.text("| Halle | Montag | Dienstag | Mittwoch | Donnerstag | Freitag |\n|---|---|---|---|---|---|\n")
	halls := []string{"Max-Planck-Gymnasium, Halle 1", "Sophie-Scholl-Realschule", "Otto-Hahn-Halle", "Konrad-Adenauer-Stadion (Kunstrasen)", "Geschwister-Scholl-Schule", "Willy-Brandt-Gesamtschule", "Erich-Kästner-Grundschule", "Anne-Frank-Schule, Gymnastikraum", "Albert-Einstein-Halle", "Dreifeldhalle am Schillerpark", "Bertolt-Brecht-Gymnasium", "Carl-Benz-Berufskolleg"}
	teams := []string{"TSV Jahn Basketball U14", "SC Victoria Volleyball Damen", "Borussia Handball E-Jgd.", "Fortuna Futsal", "DJK Adler Rehasport", "Eintracht Badminton", "Post SV Tischtennis", "Turnerschaft Kinderturnen", "Germania Ringen", "Kneipp-Verein Wirbelsäulengymnastik", "Frei", "Frei", "Hausmeister Ruhetag"}
	for _, h := range g.some(halls, g.between(4, 7)) {
		b.text("| ", h)
		for range 5 {
			b.text(" | ", g.pick("16:00", "17:00", "17:30", "18:30", "19:00", "20:00"), " ", g.of(teams))
		}
		b.text(" |\n")
	}
	b.text("\nHinweise: Die Otto-Hahn-Halle ist in den Herbstferien wegen Sanierung gesperrt. Hallenschlüssel gegen Pfand beim Hausmeister. Der Kneipp-Verein wechselt in die Dreifeldhalle am Schillerpark.\n")
	if g.chance(0.3) {
		b.text("Ansprechpartner Hallenvergabe: ")
		p := dePer(g)
		b.name(p.full())
		b.text(", Tel. ", dePhone(g), "\n")
	}
}

func deNegNurseryList(g *gen, b *builder) {
	b.text(g.pick("Baumschule Lorenz von Ehren", "Rosen Tantau", "Kordes Rosen", "Baumschule Bruns", "Obstbaumschule Schreiber"), " – Preisliste Herbst 2025\n\n")
	b.text("Art / Sorte                              Qualität           Preis (EUR)\n")
	cultivars := []string{
		"Malus 'Boskoop' (Schöner aus Boskoop)", "Malus 'Cox Orange'", "Malus 'Jonagold'", "Malus 'James Grieve'",
		"Malus 'Prinz Albrecht von Preußen'", "Pyrus 'Williams Christ'", "Pyrus 'Alexander Lucas'", "Pyrus 'Gute Luise'",
		"Pyrus 'Gräfin von Paris'", "Prunus 'Hedelfinger Riesenkirsche'", "Prunus 'Schattenmorelle'", "Prunus 'Hauszwetschge'",
		"Rosa 'Gloria Dei'", "Rosa 'Schneewittchen'", "Rosa 'Königin von Dänemark'", "Rosa 'Augusta Luise'",
		"Syringa 'Michel Buchner'", "Clematis 'Jackmanii'", "Rhododendron 'Cunningham's White'", "Hydrangea 'Annabelle'",
		"Paeonia 'Sarah Bernhardt'", "Dahlia 'Bishop of Llandaff'", "Buxus 'Herrenhausen'", "Hosta 'June'",
		"Erica carnea 'Winterfreude'", "Lavandula 'Hidcote Blue'", "Ribes 'Jonkheer van Tets'", "Vaccinium 'Bluecrop'",
	}
	for _, cv := range g.some(cultivars, g.between(8, 14)) {
		b.pad(plain, cv, 41)
		b.pad(plain, g.pick("Hochstamm 8-10", "Busch, 2 x v.", "C5", "im Topf, 40-60", "wurzelnackt", "Halbstamm"), 19)
		b.text(g.num(9, 89), ",", g.pick("00", "50", "90"), "\n")
	}
	b.text("\nAlle Rosen ADR-geprüft. Lieferung ab 50 EUR frei Haus im Umkreis von 30 km.\n")
	if g.chance(0.5) {
		b.text("Bestellungen an: ")
		b.addr(deAddr(g, ", "))
		b.text("\n")
	}
}
