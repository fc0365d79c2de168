package unheard

// German name pools, written from memory: names of several generations,
// of families who came from Turkey, Poland, Italy, Greece, Vietnam and the
// former Soviet Union, double names and names with von, van, de, zu, ter.
var deFirstF = []string{
	"Anna", "Lena", "Marie", "Sophie", "Hannah", "Emma", "Mia", "Lea", "Ursula", "Gisela",
	"Renate", "Brigitte", "Hildegard", "Ingrid", "Monika", "Sabine", "Petra", "Claudia", "Birgit", "Katrin",
	"Anja", "Nicole", "Stefanie", "Julia", "Johanna", "Friederike", "Ilse", "Waltraud", "Elfriede", "Dörte",
	"Maren", "Svenja", "Wiebke", "Frauke", "Jana", "Mandy", "Peggy", "Ayşe", "Elif", "Fatma",
	"Zeynep", "Natalia", "Agnieszka", "Olena", "Aleksandra", "Chiara", "Anna-Lena", "Marie-Luise", "Eva-Maria", "Liselotte",
	"Thi Lan", "Irina", "Malak", "Greta", "Ida", "Frieda", "Tabea", "Jolanda", "Roswitha", "Hedwig",
}

var deFirstM = []string{
	"Hans", "Klaus", "Jürgen", "Dieter", "Horst", "Wolfgang", "Manfred", "Uwe", "Thomas", "Michael",
	"Andreas", "Stefan", "Frank", "Matthias", "Markus", "Jens", "Sven", "Torsten", "Lars", "Jan",
	"Lukas", "Leon", "Finn", "Jonas", "Paul", "Felix", "Maximilian", "Niklas", "Till", "Henrik",
	"Ole", "Bernd", "Detlef", "Rüdiger", "Gerd", "Heinz", "Karl-Heinz", "Hans-Peter", "Hans-Jürgen", "Mehmet",
	"Mustafa", "Emre", "Can", "Dimitri", "Piotr", "Tomasz", "Giuseppe", "Luca", "Kostas", "Duc",
	"Friedhelm", "Eberhard", "Gottfried", "Malte", "Jannik", "Mattis", "Anton", "Emil", "Yusuf", "Konstantin",
}

var deLast = []string{
	"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
	"Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann",
	"Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner", "Schmitz", "Krause", "Meier",
	"Lehmann", "Köhler", "Huber", "Kaiser", "Fuchs", "Peters", "Scholz", "Möller", "Weiß", "Jung",
	"Hahn", "Vogel", "Friedrich", "Keller", "Günther", "Berger", "Winkler", "Roth", "Beck", "Lorenz",
	"Baumann", "Franke", "Albrecht", "Ludwig", "Winter", "Kraus", "Böhm", "Schuster", "Jäger", "Sommer",
	"Brandt", "Haas", "Graf", "Dietrich", "Ziegler", "Kühn", "Pohl", "Engel", "Horn", "Busch",
	"Kowalski", "Nowak", "Yılmaz", "Kaya", "Demir", "Öztürk", "Şahin", "Popescu", "Nguyen", "Iwanow",
	"Rossi", "Papadopoulos", "Oberhuber", "Brüggemann", "Tiedemann", "Ohlsen", "Hinrichs", "Janßen", "Gödecke", "Schulte-Wissermann",
	"Meyer-Landwehr", "von Bülow", "von der Heide", "van der Velde", "de Vries", "ter Horst", "von Arnim", "vom Stein", "zu Stolberg", "Kessler-Ömer",
}

// dePerson is a German person's name in parts.
type dePerson struct {
	first, last string
	female      bool
}

func (g *gen) dePerson() dePerson {
	if g.chance(0.5) {
		return dePerson{g.of(deFirstF), g.of(deLast), true}
	}
	return dePerson{g.of(deFirstM), g.of(deLast), false}
}

func (p dePerson) full() string   { return p.first + " " + p.last }
func (p dePerson) formal() string { return p.last + ", " + p.first }

// salute is "Frau" or "Herr", the word before a surname alone.
func (p dePerson) salute() string {
	if p.female {
		return "Frau"
	}
	return "Herr"
}

// German streets. Stems combine with the suffixes; some names stand alone.
var deStems = []string{
	"Linden", "Birken", "Eichen", "Ahorn", "Kastanien", "Mühlen", "Kirch", "Schul", "Bahnhof", "Garten",
	"Wiesen", "Berg", "Rosen", "Tannen", "Buchen", "Hafen", "Markt", "Brunnen", "Feld", "Wald",
	"Sonnen", "Lerchen", "Amsel", "Drossel", "Falken", "Holunder", "Hasel", "Weiden", "Erlen", "Kiefern",
	"Goethe", "Schiller", "Beethoven", "Bismarck", "Uhland", "Mozart", "Lessing", "Herder", "Heine", "Fontane",
}

var deSuffixes = []string{
	"straße", "straße", "straße", "str.", "weg", "weg", "gasse", "ring", "allee", "damm", "platz", "ufer", "steig", "pfad", "graben", "kamp", "twiete",
}

var deWhole = []string{
	"Am Mühlbach", "An der Alten Post", "Zum Sportplatz", "Im Winkel", "Auf dem Kamp", "Hinter den Höfen",
	"Unter den Eichen", "Alte Dorfstraße", "Große Bleiche", "Kleine Marktgasse", "Friedrich-Ebert-Straße",
	"Konrad-Adenauer-Allee", "Bertha-von-Suttner-Platz", "Käthe-Kollwitz-Ufer", "Am Schwarzen Berg", "In den Gärten",
	"Zur Linde", "An den Ziegeleien", "Hohe Straße", "Neuer Wall", "Bei der Kirche", "Am Ring", "Heerstraße",
	"Sophie-Scholl-Weg", "Geschwister-Scholl-Straße", "Rudolf-Diesel-Ring", "Schloßstraße", "Kurfürstendamm",
	"Lange Reihe", "Hauptstraße", "Dorfstraße", "Am Anger", "Kieler Straße", "Hamburger Chaussee", "Oberer Graben",
}

type deCity struct{ zip, city string }

var deCities = []deCity{
	{"10247", "Berlin"}, {"13353", "Berlin"}, {"20095", "Hamburg"}, {"22765", "Hamburg"}, {"80331", "München"},
	{"81667", "München"}, {"50667", "Köln"}, {"60311", "Frankfurt am Main"}, {"70173", "Stuttgart"}, {"40213", "Düsseldorf"},
	{"04109", "Leipzig"}, {"01067", "Dresden"}, {"30159", "Hannover"}, {"90402", "Nürnberg"}, {"28195", "Bremen"},
	{"44135", "Dortmund"}, {"45127", "Essen"}, {"47051", "Duisburg"}, {"33602", "Bielefeld"}, {"53111", "Bonn"},
	{"48143", "Münster"}, {"76133", "Karlsruhe"}, {"68159", "Mannheim"}, {"86150", "Augsburg"}, {"65183", "Wiesbaden"},
	{"38100", "Braunschweig"}, {"24103", "Kiel"}, {"18055", "Rostock"}, {"39104", "Magdeburg"}, {"79098", "Freiburg im Breisgau"},
	{"23552", "Lübeck"}, {"99084", "Erfurt"}, {"55116", "Mainz"}, {"66111", "Saarbrücken"}, {"14467", "Potsdam"},
	{"93047", "Regensburg"}, {"97070", "Würzburg"}, {"37073", "Göttingen"}, {"07743", "Jena"}, {"19053", "Schwerin"},
	{"06108", "Halle (Saale)"}, {"26122", "Oldenburg"}, {"49074", "Osnabrück"}, {"72070", "Tübingen"}, {"88212", "Ravensburg"},
	{"94032", "Passau"}, {"83278", "Traunstein"}, {"25813", "Husum"}, {"17489", "Greifswald"}, {"36037", "Fulda"},
	{"54290", "Trier"}, {"35037", "Marburg"}, {"87435", "Kempten (Allgäu)"}, {"78462", "Konstanz"}, {"02826", "Görlitz"},
	{"03046", "Cottbus"}, {"09111", "Chemnitz"}, {"29221", "Celle"}, {"31134", "Hildesheim"}, {"57072", "Siegen"},
	{"63065", "Offenbach am Main"}, {"64283", "Darmstadt"}, {"67059", "Ludwigshafen am Rhein"}, {"82467", "Garmisch-Partenkirchen"}, {"96047", "Bamberg"},
	{"21335", "Lüneburg"}, {"27568", "Bremerhaven"}, {"15230", "Frankfurt (Oder)"}, {"56841", "Traben-Trarbach"}, {"91541", "Rothenburg ob der Tauber"},
	{"34346", "Hann. Münden"}, {"26548", "Norderney"}, {"18609", "Ostseebad Binz"}, {"98693", "Ilmenau"}, {"32423", "Minden"},
}

// deAddr is a German address: a street with house number or a Postfach,
// and postcode and city.
type deAddr struct{ street, zip, city string }

func (a deAddr) last() string  { return a.zip + " " + a.city }
func (a deAddr) line() string  { return a.street + ", " + a.last() }
func (a deAddr) block() string { return a.street + "\n" + a.last() }

func (g *gen) deCity() deCity { return deCities[g.r.IntN(len(deCities))] }

func (g *gen) deAddr() deAddr {
	c := g.deCity()
	if g.chance(0.07) {
		return deAddr{"Postfach " + g.num(10, 99) + " " + g.pad(2, 0, 99) + " " + g.pad(2, 0, 99), c.zip[:3] + g.pad(2, 0, 99), c.city}
	}
	return deAddr{g.deStreet(), c.zip, c.city}
}

// deStreetName is a street without a house number.
func (g *gen) deStreetName() string {
	if g.chance(0.35) {
		return g.of(deWhole)
	}
	return g.of(deStems) + g.of(deSuffixes)
}

func (g *gen) deStreet() string {
	s := g.deStreetName() + " " + g.num(1, 180)
	switch g.r.IntN(10) {
	case 0:
		s += string(rune('a' + g.r.IntN(4)))
	case 1:
		s += " " + string(rune('a'+g.r.IntN(4)))
	case 2:
		n := g.between(1, 60)
		s = g.deStreetName() + " " + g.num(n, n) + "-" + g.num(n+1, n+4)
	}
	if g.chance(0.15) {
		s += g.pick(", Hinterhaus", ", 2. OG links", ", Whg. "+g.num(1, 40), ", 3. Etage", ", Aufgang B", ", Seitenflügel")
	}
	return s
}

// Hard negatives in German text.
var deCompanies = []string{
	"Dr. Oetker", "Robert Bosch GmbH", "Porsche", "Mercedes-Benz", "Miele", "Haribo", "Kneipp", "Lidl", "Aldi Süd",
	"Siemens", "Dr. Hauschka", "Fielmann", "Rossmann", "Müller Drogerie", "Otto Versand", "Bahlsen", "Hipp", "Steiff",
	"Carl Zeiss", "Faber-Castell", "Melitta", "Märklin", "Beiersdorf", "Tchibo", "Zeppelin GmbH", "Schwartau",
}

var dePlaces = []string{
	"Goethe-Gymnasium", "Schiller-Realschule", "Karl-Marx-Allee", "Bismarckturm", "Hotel Adlon", "Max-Planck-Institut",
	"Humboldt-Universität", "Fraunhofer-Institut", "Konrad-Adenauer-Ufer", "Theodor-Heuss-Brücke", "Beethovenhalle",
	"Goethehaus", "Schillerplatz", "Albert-Schweitzer-Schule", "Sophie-Scholl-Gesamtschule", "Willy-Brandt-Haus",
	"Friedrich-Ebert-Stiftung", "Elisabethkrankenhaus", "Luisenpark", "Gutenberg-Museum", "Rosa-Luxemburg-Platz",
	"Kaiser-Wilhelm-Gedächtniskirche", "Marienplatz", "Ludwigsburg", "Karlsruhe", "Wilhelmshaven",
}

var dePrizes = []string{"Georg-Büchner-Preis", "Karlspreis", "Grimme-Preis", "Leibniz-Preis", "Friedenspreis des Deutschen Buchhandels", "Nobelpreis"}

// deWords are ordinary words that are also surnames.
var deWords = []string{"Fuchs", "Vogel", "Bauer", "Koch", "Wolf", "Winter", "Sommer", "Engel", "Graf", "Kaiser", "Jäger", "Schuster", "Weber"}
