package unsaid

import "strings"

var deGiven = []string{
	"Anna", "Lukas", "Sophie", "Jonas", "Marie", "Felix", "Lena", "Maximilian", "Hannelore", "Gerhard",
	"Ursula", "Wolfgang", "Jürgen", "Brigitte", "Dieter", "Renate", "Karl-Heinz", "Hans-Peter", "Anne-Kathrin", "Marie-Luise",
	"Mehmet", "Ayşe", "Emre", "Zeynep", "Fatma", "Hüseyin", "Piotr", "Katarzyna", "Agnieszka", "Krzysztof",
	"Ahmad", "Rania", "Mohammed", "Yasmin", "Thi Lan", "Duc", "Olga", "Sergej", "Jelena", "Dragan",
	"Ole", "Frauke", "Sönke", "Wiebke", "Xaver", "Vroni", "Benedikt", "Giulia", "Luca", "Amelie",
}

var deSurname = []string{
	"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
	"Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann",
	"Krüger", "Hartmann", "Lange", "Brandt", "Oßwald", "Großmann", "Jäger", "Böhm", "Kühn", "Pfeiffer",
	"Yılmaz", "Kaya", "Demir", "Öztürk", "Şahin", "Kowalski", "Nowak", "Wójcik", "Lewandowski", "Al-Hassan",
	"Haddad", "Nguyen", "Tran", "Petrović", "Ivanova", "Schmidt-Rottluff", "Meyer-Landrut", "von Bülow", "von der Heide", "zu Dohna",
	"van Dijk", "de Vries", "Lehmkuhl", "Ostermann", "Fuchs", "Vogel", "Hase", "Sommer", "Winter", "Rossi",
}

var deStreetBase = []string{
	"Linden", "Eichen", "Birken", "Kastanien", "Goethe", "Schiller", "Mozart", "Bahnhof", "Haupt", "Kirch",
	"Schul", "Garten", "Mühlen", "Wiesen", "Berg", "Feld", "Rosen", "Tannen", "Ahorn", "Brunnen",
	"Friedrich-Ebert-", "Konrad-Adenauer-", "Bismarck", "Heinrich-Heine-", "Kant", "Luisen", "Marien", "Hafen", "Deich", "Forst",
}

var deStreetType = []string{
	"straße", "str.", "weg", "platz", "allee", "ring", "damm", "gasse", "ufer", "chaussee", "stieg", "twiete", "pfad", "steig", "graben", "markt",
}

var deStreetPre = []string{
	"Am Mühlbach", "An der Alster", "Zum Sportplatz", "Auf dem Kamp", "Im Winkel", "Am Lindenhof", "An den Eichen",
	"Zur Alten Post", "Auf der Höhe", "Hinter der Kirche", "Unter den Linden", "In der Aue", "Am Kanal", "Beim Schlachthof",
}

var deCity = []string{
	"Berlin|1", "Hamburg|2", "München|8", "Köln|5", "Frankfurt am Main|60", "Stuttgart|70", "Düsseldorf|40", "Leipzig|04",
	"Dresden|01", "Halle (Saale)|06", "Hannover|30", "Nürnberg|90", "Bremen|28", "Essen|45", "Dortmund|44", "Freiburg im Breisgau|79",
	"Kiel|24", "Rostock|18", "Erfurt|99", "Mainz|55", "Saarbrücken|66", "Gelsenkirchen|45", "Duisburg|47", "Offenbach am Main|63",
	"Lüneburg|21", "Weil am Rhein|79", "Frankfurt (Oder)|15", "Garmisch-Partenkirchen|82", "Bad Homburg v. d. Höhe|61", "Cottbus|03",
}

func (g *gen) deFirst() string { return g.of(deGiven) }
func (g *gen) deLast() string  { return g.of(deSurname) }

func (g *gen) deName() string {
	f, l := g.deFirst(), g.deLast()
	switch g.r.IntN(10) {
	case 0:
		return l + ", " + f
	case 1:
		return strings.ToUpper(l) + ", " + f
	case 2:
		return string([]rune(f)[0]) + ". " + l
	case 3:
		return f + " " + l + "-" + g.deLast()
	case 4:
		return strings.ToLower(f + " " + l)
	default:
		return f + " " + l
	}
}

func (g *gen) deHouseNo() string {
	n := g.itoa(1, 180)
	switch g.r.IntN(8) {
	case 0:
		return n + g.pick("a", "b", "c", "A")
	case 1:
		return n + " " + g.pick("a", "b")
	case 2:
		m := g.num(1, 120)
		return itoa(m) + "–" + itoa(m+g.num(1, 4))
	case 3:
		m := g.num(1, 120)
		return itoa(m) + "-" + itoa(m+2)
	}
	return n
}

func (g *gen) deStreet() string {
	var s string
	if g.chance(0.2) {
		s = g.of(deStreetPre)
	} else {
		base, typ := g.of(deStreetBase), g.of(deStreetType)
		switch {
		case strings.HasSuffix(base, "-"):
			s = base + strings.ToUpper(typ[:1]) + typ[1:]
		default:
			s = base + typ
		}
	}
	return s + " " + g.deHouseNo()
}

func (g *gen) dePLZCity() string {
	c := strings.Split(g.of(deCity), "|")
	return c[1] + g.digits(5-len(c[1])) + " " + c[0]
}

// deAddr returns a whole address with sep between street and city.
func (g *gen) deAddr(sep string) string {
	if g.chance(0.1) {
		return "Postfach " + g.digits(2) + " " + g.digits(2) + " " + g.digits(2) + sep + g.dePLZCity()
	}
	s := g.deStreet()
	if g.chance(0.15) {
		s += sep + g.pick("Hinterhaus", "2. OG links", "Aufgang B", "c/o Hausverwaltung", "Whg. 7", "3. Etage")
	}
	return s + sep + g.dePLZCity()
}

func (g *gen) deDate() string {
	return g.pick("0", "1", "2") + g.itoa(1, 8) + "." + g.pick("0", "1") + g.itoa(1, 2) + ".20" + g.itoa(20, 26)
}

var deNegCompany = []string{
	"Dr. Oetker", "Sanitär Koch", "Fuchs Bau GmbH", "Robert Bosch GmbH", "Hugo Boss", "Aldi Süd", "Haribo", "Steiff",
	"Käfer Feinkost", "Porsche Zentrum", "Bäckerei Müller", "Elektro Schneider KG", "Dachdecker Weber & Söhne", "Hornbach", "Rossmann", "Schlecker",
	"Villeroy & Boch", "Melitta", "Miele", "Fielmann",
}

var deNegPlace = []string{
	"Karl-Marx-Allee", "Goethe-Gymnasium", "Friedrich-Ebert-Stiftung", "Bismarckturm", "Humboldt-Universität", "Schillerpark",
	"Willy-Brandt-Platz", "Kurt-Schumacher-Realschule", "Sophie-Scholl-Schule", "Konrad-Adenauer-Flughafen", "Ernst-Abbe-Sportfeld", "Max-Planck-Institut",
}

var deNegPrize = []string{"Georg-Büchner-Preis", "Karlspreis", "Otto-Hahn-Medaille", "Grimme-Preis", "Leibniz-Preis", "Bambi"}

var deKinds = []kind{
	{"meldeschein", deMeldeschein},
	{"ausweis-antrag", deAusweis},
	{"kfz-zulassung", deKfz},
	{"schornsteinfeger", deSchornstein},
	{"leserbrief", deLeserbrief},
	{"stammbaum", deStammbaum},
	{"kleinanzeige", deKleinanzeige},
	{"zaehlerablesung", deZaehler},
	{"mannschaft-yaml", deMannschaft},
	{"pfarrbrief", dePfarrbrief},
	{"ueberweisung-log", deUeberweisung},
	{"laufergebnisse", deLauf},
	{"pflege-uebergabe", dePflege},
	{"postkarte-ocr", dePostkarte},
}

var deNegKinds = []kind{
	{"firmenverzeichnis", deNegFirmen},
	{"wanderbericht", deNegWandern},
	{"preisverleihung", deNegPreis},
}

func deMeldeschein(g *gen, b *bld) {
	b.t("MELDESCHEIN FÜR BEHERBERGUNGSSTÄTTEN\n")
	b.x(g.pick("Hotel Goethe", "Gasthof Zum Hirschen", "Pension Fuchs", "Hotel Kaiserhof"))
	b.t(" · Zimmer ", g.itoa(1, 48), "\n\nAnreise: ", g.deDate(), "   Abreise: ", g.deDate(), "\n")
	b.t("Familienname: ")
	b.n(g.deLast())
	b.t("\nVorname(n): ")
	b.n(g.deFirst())
	b.t("\nStaatsangehörigkeit: ", g.pick("deutsch", "türkisch", "polnisch", "österreichisch"), "\n")
	b.t("Anschrift (Straße, Nr.): ")
	b.a(g.deStreet())
	b.t("\nPLZ/Ort: ", g.dePLZCity(), "\n")
	if g.chance(0.5) {
		b.t("Mitreisende: ")
		b.n(g.deFirst() + " " + g.deLast())
		b.t("\n")
	}
	b.t("Unterschrift: ________\n")
}

func deAusweis(g *gen, b *bld) {
	b.t("Antrag auf Ausstellung eines Personalausweises\n-----------------------------------------------\n")
	l := g.deLast()
	b.t("Name: ")
	b.n(strings.ToUpper(l))
	b.t("\nGeburtsname: ")
	b.n(strings.ToUpper(g.deLast()))
	b.t("\nVornamen: ")
	b.n(strings.ToUpper(g.deFirst()))
	b.t("\nDoktorgrad: ", g.pick("–", "Dr.", "–"), "\nGeburtsort: ", strings.Split(g.of(deCity), "|")[0], "\n")
	b.t("Wohnanschrift: ")
	b.a(g.deAddr(", "))
	b.t("\nOrdens- oder Künstlername: ")
	if g.chance(0.2) {
		b.n(g.deFirst() + " " + g.pick("Sonnenschein", "Blau", "vom Berg"))
	} else {
		b.t("–")
	}
	b.t("\nBearbeitet: Bürgeramt, Sachb. ")
	b.n(g.deLast())
	b.t("\n")
}

func deKfz(g *gen, b *bld) {
	b.t("Zulassungsbescheinigung Teil I (Auszug)\n")
	b.t("C.1.1 ")
	b.n(strings.ToUpper(g.deLast()))
	b.t("\nC.1.2 ")
	b.n(strings.ToUpper(g.deFirst()))
	b.t("\nC.1.3 ")
	b.a(strings.ToUpper(g.deStreet() + " " + g.dePLZCity()))
	b.t("\nD.1 ", g.pick("VOLKSWAGEN", "OPEL", "BMW", "FORD-WERKE GMBH", "DAIMLER AG"), "\n")
	b.t("Hersteller-Kurzbezeichnung: ")
	b.x(g.pick("PORSCHE", "FERDINAND PORSCHE AG", "MERCEDES-BENZ"))
	b.t("\nKennzeichen: ", g.pick("B", "HH", "M", "K", "HAL", "F"), "-", g.pick("AB", "XY", "KL", "E"), " ", g.itoa(1, 9999), "\n")
}

func deSchornstein(g *gen, b *bld) {
	b.t("Sehr geehrte")
	if g.chance(0.5) {
		b.t(" Frau ")
	} else {
		b.t("r Herr ")
	}
	b.n(g.deLast())
	b.t(",\n\nIhr bevollmächtigter Bezirksschornsteinfeger kommt am ", g.deDate(), " zwischen ", g.itoa(7, 12), " und ", g.itoa(13, 16), " Uhr zur Feuerstättenschau in das Objekt\n\n")
	b.a(g.deAddr("\n"))
	b.t("\n\nBitte sorgen Sie für Zugang zu Dachboden und Heizungsraum. Falls Sie verhindert sind, rufen Sie an: 0", g.digits(3), " ", g.digits(6), ".\n\nMit rußigen Grüßen\n")
	b.n(g.deFirst() + " " + g.deLast())
	b.t(", Schornsteinfegermeister\n")
}

func deLeserbrief(g *gen, b *bld) {
	b.t("Leserbrief zu „", g.pick("Radweg bleibt Stückwerk", "Neue Ampel am Markt", "Schwimmbad schließt"), "“\n\n")
	b.t("Seit Jahren fahre ich täglich über die ")
	b.x(g.pick("Karl-Marx-Allee", "Konrad-Adenauer-Brücke", "Friedrich-Ebert-Straße", "Bismarckstraße", "Goethestraße"))
	b.t(g.pick(" und", ", und"), " nichts ändert sich. Schon Bürgermeister ")
	b.n(g.deLast())
	b.t(" hat es versprochen. ")
	b.x("Winter")
	b.t(" für Winter dasselbe Elend.\n\n")
	b.n(g.deName())
	b.t(", ")
	if g.chance(0.6) {
		b.a(g.deAddr(", "))
	} else {
		b.t(strings.Split(g.of(deCity), "|")[0])
	}
	b.t("\n\nLeserbriefe geben nicht die Meinung der Redaktion wieder.\n")
}

func deStammbaum(g *gen, b *bld) {
	l := g.deLast()
	b.t("# Familie ", l, "\n\n")
	b.t("* ")
	b.n(g.deFirst() + " " + l)
	b.t(" (* ", g.itoa(1890, 1930), " in ", strings.Split(g.of(deCity), "|")[0], ")\n  ∞ ")
	b.n(g.deFirst() + " " + l)
	b.t(" geb. ")
	b.n(g.deLast())
	b.t("\n  * ")
	b.n(g.deFirst())
	b.t(" (* ", g.itoa(1931, 1960), "), wohnhaft ")
	b.a(g.deStreet() + ", " + g.dePLZCity())
	b.t("\n  * ")
	b.n(g.deFirst())
	b.t(" ⚭ ")
	b.n(g.deFirst() + " " + g.deLast())
	b.t("\n\nQuelle: Kirchenbuch, Hinweis von ")
	b.n(g.deFirst())
	b.t(" aus dem Forum ")
	b.x("@" + strings.ToLower(l) + "_ahnen")
	b.t(".\n")
}

func deKleinanzeige(g *gen, b *bld) {
	b.t(g.pick("Verkaufe", "Biete", "Zu verschenken:"), " ", g.pick("Kinderwagen", "Waschmaschine von Miele", "E-Bike 28\"", "Eckcouch"), " – ", g.itoa(10, 400), " € VB\n")
	b.t("Abholung in ")
	if g.chance(0.5) {
		b.a(g.deStreet() + ", " + g.dePLZCity())
	} else {
		b.t(strings.Split(g.of(deCity), "|")[0])
		b.t(" (nahe ")
		b.x(g.of(deNegPlace))
		b.t(")")
	}
	b.t(". Kein Versand. Bei Interesse bei ")
	b.n(g.deFirst())
	b.t(" melden, tel. ab 18 Uhr. Nichtraucherhaushalt.\n")
}

func deZaehler(g *gen, b *bld) {
	b.t("Zählerstand;Datum;Kunde;Verbrauchsstelle;Zählernr.\n")
	for range g.num(2, 5) {
		b.t(g.digits(5), ",", g.digits(1), ";", g.deDate(), ";")
		b.n(g.deLast() + ", " + g.deFirst())
		b.t(";")
		b.a(g.deStreet() + " " + g.dePLZCity())
		b.t(";", g.pick("1ESY", "1LOG", "7EMH"), g.digits(8), "\n")
	}
	b.t("# Ablesung durch ")
	b.x(g.pick("Stadtwerke", "E.ON", "Techem", "ista"))
	b.t("\n")
}

func deMannschaft(g *gen, b *bld) {
	b.t("verein: ")
	b.x(g.pick("SV Fuchs Hannover", "TSV Goethe 1860", "FC Kaiser Wilhelm", "SG Müller-Süd"))
	b.t("\nmannschaft: ", g.pick("D-Jugend", "Alte Herren", "Damen II", "U15"), "\ntrainer:\n  name: ")
	b.n(g.deFirst() + " " + g.deLast())
	b.t("\n  anschrift: ")
	b.a(g.deAddr(", "))
	b.t("\nspieler:\n")
	for range g.num(3, 6) {
		b.t("  - ")
		b.n(g.deName())
		b.t("\n")
	}
	b.t("platz: ")
	b.x(g.pick("Ernst-Abbe-Sportfeld", "Willy-Brandt-Platz", "Sportpark Am Hallo"))
	b.t("\n")
}

func dePfarrbrief(g *gen, b *bld) {
	b.t("PFARRBRIEF St. ", g.pick("Marien", "Josef", "Bonifatius", "Michael"), "\n\n")
	b.t("Die Sternsinger waren unterwegs – Dank an ")
	b.n(g.deFirst() + " " + g.deLast())
	b.t(" für die Organisation. Die Seniorengruppe trifft sich jetzt bei Frau ")
	b.n(g.deLast())
	b.t(", ")
	b.a(g.deStreet())
	b.t(". Neue Pfarrsekretärin ist ")
	b.n(g.deFirst())
	b.t(". Spenden bitte an ")
	b.x(g.pick("Caritas", "Misereor", "Adveniat"))
	b.t(". Post an: Pfarrbüro, ")
	b.a(g.deAddr(", "))
	b.t("\n")
}

func deUeberweisung(g *gen, b *bld) {
	for range g.num(2, 4) {
		b.t(g.deDate(), " SEPA-", g.pick("GUTSCHRIFT", "LASTSCHRIFT", "UEBERWEISUNG"), " ", g.itoa(5, 2000), ",", g.digits(2), " EUR ")
		switch g.r.IntN(3) {
		case 0:
			b.t("AUFTRAGGEBER: ")
			b.n(strings.ToUpper(g.deLast() + ", " + g.deFirst()))
			b.t(" VWZ: MIETE ")
			b.a(strings.ToUpper(g.deStreet()))
		case 1:
			b.t("EMPF: ")
			b.x(strings.ToUpper(g.of(deNegCompany)))
			b.t(" RE ", g.digits(6))
		default:
			b.t("EMPF: ")
			b.n(g.deFirst() + " " + g.deLast())
			b.t(" VWZ: Geschenk Omi")
		}
		b.t(" IBAN DE", g.digits(20), "\n")
	}
}

func deLauf(g *gen, b *bld) {
	b.t(g.pick("Silvesterlauf", "Citylauf", "Deichlauf"), " ", g.itoa(2023, 2026), " – Ergebnisse ", g.pick("10 km", "Halbmarathon"), "\n")
	b.t("Pl. | Stnr. | Name | Verein | Zeit\n")
	for i := 1; i <= g.num(3, 7); i++ {
		b.t(itoa(i), " | ", g.digits(3), " | ")
		b.n(g.deLast() + ", " + g.deFirst())
		b.t(" | ")
		b.x(g.pick("LG Goethe", "TSV Fuchs", "SC Kaiser", "Lauftreff Sommer", "ASV Hoffmann-Werke"))
		b.t(" | 0:", g.itoa(32, 59), ":", g.itoa(10, 59), "\n")
	}
}

func dePflege(g *gen, b *bld) {
	b.t("Übergabe Frühdienst → Spätdienst, WB ", g.itoa(1, 4), "\n")
	b.t("Zi. ", g.itoa(1, 30), ": ")
	b.n(g.deName())
	b.t(", ", g.itoa(70, 99), " J., ", g.pick("Sturzprotokoll", "Dekubitus Grad 2", "Exsikkose", "Z. n. Hüft-TEP"), ". Tochter Fr. ")
	b.n(g.deLast())
	b.t(" holt Wäsche ab. Entlassung geplant nach ")
	b.a(g.deAddr(", "))
	b.t(". Hausarzt Dr. ")
	b.n(g.deLast())
	b.t(". Übergabe von Sr. ")
	b.n(g.deFirst())
	b.t(" an Pfl. ")
	b.n(g.deFirst())
	b.t(".\n")
}

func deNegFirmen(g *gen, b *bld) {
	b.t("Branchenbuch – Handwerk & Handel\n")
	for range g.num(3, 5) {
		b.t("• ")
		b.x(g.of(deNegCompany))
		b.t(", Nähe ")
		b.x(g.of(deNegPlace))
		b.t(", Tel. 0", g.digits(4), "-", g.digits(5), "\n")
	}
}

func deNegWandern(g *gen, b *bld) {
	b.t("Am Sonntag ging es vom ")
	b.x(g.pick("Bismarckturm", "Schillerpark", "Goethe-Gymnasium"))
	b.t(" hinauf. Ein ")
	b.x(g.pick("Fuchs", "Hase", "Vogel"))
	b.t(" kreuzte den Weg, dann kehrten wir bei ")
	b.x(g.pick("Bäckerei Müller", "Käfer Feinkost", "Gasthaus Zum Hirschen"))
	b.t(" ein. Im ")
	b.x(g.pick("Winter", "Sommer"))
	b.t(" ist die ")
	b.x(g.pick("Karl-Marx-Allee", "Konrad-Adenauer-Straße", "Friedrich-Ebert-Straße"))
	b.t(" gesperrt.\n")
}

func deNegPreis(g *gen, b *bld) {
	b.t("Der ")
	b.x(g.of(deNegPrize))
	b.t(" wird dieses Jahr im ")
	b.x(g.pick("Max-Planck-Institut", "Humboldt-Forum", "Goethe-Haus"))
	b.t(" verliehen. Sponsor ist die ")
	b.x(g.pick("Robert Bosch Stiftung", "Friedrich-Ebert-Stiftung", "Konrad-Adenauer-Stiftung"))
	b.t("; das Catering übernimmt ")
	b.x(g.of(deNegCompany))
	b.t(".\n")
}

func dePostkarte(g *gen, b *bld) {
	b.t(g.ocr("POSTKARTE\n"), g.ocr("Liebe "))
	b.n(g.deFirst())
	b.t(g.ocr(", viele Grüße von der "), g.pick("Ostsee", "Zugspitze", "Insel Rügen"), g.ocr("! Das Wetter ist herrlich, gestern waren wir am "))
	b.x(g.pick("Bismarckturm", "Kaiser-Wilhelm-Denkmal", "Goethe-Haus"))
	b.t(g.ocr(". Bis bald, Deine "))
	b.n(g.deFirst())
	b.t("\n|  ~  ", g.pick("Frau ", "Herrn ", "Familie ", ""))
	b.n(g.deFirst() + " " + g.deLast())
	b.t("\n|  ")
	b.a(g.ocr(g.deAddr("\n|  ")))
	b.t("\n")
}
