package unsought

import (
	"strconv"
	"strings"
)

var (
	deGivenF       = fields(`Anna Anna-Lena Lena Marie Sophie Sophia Emma Mia Hannah Lea Leonie Laura Julia Katharina Sabine Petra Ursula Monika Gabriele Claudia Andrea Birgit Heike Susanne Karin Renate Ingrid Brigitte Helga Gisela Elke Silke Anja Tanja Nadine Stefanie Christina Kerstin Doris Jutta Ute Beate Martina Nicole Melanie Sandra Jessica Vanessa Jana Franziska Johanna Charlotte Greta Frieda Ida Mathilda Clara Luisa Paula Emilia Maja Jasmin Ayşe Elif Zeynep Fatma Emine Merve Büşra Leyla Fatima Amira Yasmin Aylin Derya Agnieszka Katarzyna Małgorzata Joanna Magdalena Olga Swetlana Tatjana Natalia Irina Jelena Ljudmila Anastasia Giulia Francesca Chiara Maria Eleni Dimitra Ana Ivana Marija Snežana Mai Lan Hoa Linh Nour Rania Hiba Dilara Esra Sevgi Hatice Gül Gülşen Ewa Dorota Kübra Sibel Selin Ilse Hildegard Waltraud Rosemarie Erika Lieselotte Annegret Dagmar Gudrun Sieglinde Ronja Finja Svenja Wiebke Imke Frauke Insa Hanna Nele Merle Carla Romy Mandy Peggy Cindy Yvonne Manuela Marlene Josefine Theresa Veronika Antonia Rosalie Amelie Lina Pia Alina Selina Michelle Chantal Jacqueline Marie-Luise Eva-Maria Ann-Kathrin Lisa Steffi Gabi Conny Babsi Uschi`)
	deGivenM       = fields(`Lukas Leon Finn Jonas Paul Felix Maximilian Elias Noah Ben Luis Moritz Jan Tim Tobias Florian Sebastian Alexander Christian Michael Thomas Andreas Stefan Markus Frank Jürgen Klaus Wolfgang Dieter Horst Uwe Rainer Manfred Günter Hans-Peter Karl-Heinz Heinz Werner Gerhard Helmut Bernd Ralf Jörg Holger Sven Dirk Torsten Matthias Daniel Kai Jens Lars Björn Nils Ole Hauke Malte Fiete Jannik Jannis Timo Kevin Dennis Marcel Pascal Dominik Philipp Konstantin Friedrich Wilhelm Ludwig Johann Georg Mehmet Mustafa Ahmet Ali Hüseyin Emre Murat Can Burak Serkan Cem Deniz Yusuf Ömer Hakan Volkan Krzysztof Piotr Tomasz Paweł Marek Grzegorz Dmitri Sergej Wladimir Alexej Juri Igor Andrej Nikolai Mohammed Ahmad Omar Khaled Tarek Bilal Hamza Karim Samir Youssef Giuseppe Marco Luca Salvatore Antonio Giovanni Dimitrios Georgios Nikolaos Kostas Goran Dragan Milan Zoran Nenad Minh Duc Tuan Hung Kwame Emeka Jean-Pierre Luc Matteo Henrik Arne Detlef Hartmut Egon Otto Fritz Kurt Rüdiger Siegfried Ulrich Volker Reinhard Lothar Norbert Achim Ingo Heiko Mirko Enrico Ronny Steffen Thilo Carsten Hans-Jürgen Klaus-Dieter Jo Basti Flo Olli Atze`)
	deSur          = fields(`Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt Werner Schmitz Krause Meier Lehmann Schmid Schulze Maier Köhler Herrmann König Walter Mayer Huber Kaiser Fuchs Peters Lang Scholz Möller Weiß Jung Hahn Schubert Vogel Friedrich Keller Günther Frank Berger Winkler Roth Beck Lorenz Baumann Franke Albrecht Schuster Simon Ludwig Böhm Winter Kraus Martin Schumacher Krämer Vogt Stein Jäger Otto Sommer Groß Seidel Heinrich Brandt Haas Schreiber Graf Schulte Dietrich Ziegler Kuhn Kühn Pohl Engel Horn Busch Bergmann Voigt Sauer Arnold Wolff Pfeiffer Ostermann Brinkmann Rademacher Heidenreich Wiesner Hölzel Oberhuber Eichhorn Dreher Pfisterer Kirchhoff Lüdtke Thiele Wendt Gerlach Janssen Jansen Hinrichs Ahrens Petersen Hansen Claussen Carstensen Feddersen Bruns Harms Rieger Gruber Schwaiger Hinterberger Moosbrugger Ebner Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Özkan Polat Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Iwanow Petrow Smirnow Popow Sokolow Lebedew Kusnezow Schewtschenko Bondarenko Kovačević Petrović Jovanović Nikolić Hodžić Begić Rossi Russo Esposito Bianchi Romano Colombo Ricci Papadopoulos Georgiou Nguyen Tran Pham Hoang Al-Hassan Haddad Khalil Nasser Saleh Abdullah Hussein Mahmoud Osei Mensah Okafor Diallo Traoré Hoffmann-Rath Krüger-Ebeling Weber-Stein Schulte-Bockum Becker-Nolte Lange-Wiegand Kaya-Brandt Nowak-Schreiber Tiedemann Uhlenbrock Quast Wehrhahn Bollmann Steinbrecher Kolbe Ritter Wiegand Lindner Marx Hildebrandt Brückner Reuter Stahl Ebert Menzel Büttner Vetter Pietsch Kästner Jakob Barth Nagel Seifert Ernst Lenz Mertens Kessler Hübner Fiedler Frey Schilling Ruppert Rupp Dittrich Mohr Sander Gerber Urban Heinze Klose Rauch Ullrich Wirth Göbel`)
	deParticle     = fields(`von|Stetten von_der|Heide von|Bülow zu|Dohna van|Dijk van_der|Berg de|Vries ter|Horst vom|Bruch von|Ahlefeldt van|Beek de|Boer di|Stefano de|Oliveira dos|Santos von|Trotha van_den|Bosch`)
	deStreetStem   = fields(`Linden Birken Eichen Ahorn Kastanien Buchen Tannen Rosen Tulpen Flieder Mühlen Kirch Schul Bahnhof Markt Garten Feld Wiesen Berg Tal Bach Brunnen Anger Hafen Deich Heide Moor Wald Sonnen Stern Fasanen Lerchen Amsel Drossel Finken Meisen Kiebitz Schwalben Holunder Wacholder Hasel Erlen Ulmen Pappel Weiden Goethe Schiller Beethoven Mozart Luther Humboldt Kant Lessing Heine Uhland Eichendorff Fontane Röntgen Hölderlin Brahms Händel Dürer Kepler`)
	deStreetPerson = []string{"Käthe-Kollwitz-", "Geschwister-Scholl-", "Friedrich-Ebert-", "Rosa-Luxemburg-", "Bertha-von-Suttner-", "Otto-Hahn-", "Max-Planck-", "Clara-Zetkin-", "Robert-Koch-", "Albert-Schweitzer-", "Gustav-Heinemann-", "Theodor-Storm-", "Annette-von-Droste-", "Hedwig-Dohm-", "Carl-von-Ossietzky-", "Willy-Brandt-"}
	deStreetSuf    = []string{"straße", "straße", "str.", "weg", "weg", "allee", "ring", "platz", "gasse", "damm", "pfad", "steig", "ufer", "chaussee"}
	deStreetFree   = []string{"Am Mühlbach", "Im Winkel", "An der Kirche", "Auf dem Kamp", "Hinter den Höfen", "Zum Sportplatz", "Am Hohen Ufer", "In der Aue", "Unter den Eichen", "Alte Dorfstraße", "Neue Reihe", "Kleine Gasse", "Am Schlosspark", "Im Grund", "Auf der Höhe", "Zur Alten Ziegelei", "Am Galgenberg", "Großer Kamp", "Hohe Straße", "Lange Reihe"}
	deTownPre      = []string{"", "", "", "Ober", "Nieder", "Alt", "Neu", "Groß", "Klein", "Bad ", "Hohen", "Unter"}
	deTownStem     = fields(`Wald Linden Stein Rosen Eichen Mühl Kirch Holz Sand Bruch Marien Frieden Hollers Wester Oster Sonder Gerns Wittes Bräun Lauter Hassel Wilden Rothen Schön Bern Kalten Engel Fisch Wolfs Hirsch Ilm Weser Lahn Ems Werra`)
	deTownSuf      = fields(`dorf hausen heim feld bach burg berg stedt ingen au rode hagen brück kirchen stadt born beck horst leben walde`)
	deTownTail     = []string{"", "", "", "", "", " an der Lahn", " (Westf.)", " bei Kassel", " i. OB", " am Main", "-Süd", "-Nord", " (Harz)", " im Taunus"}
	deBigCity      = []string{"Berlin", "Hamburg", "München", "Köln", "Leipzig", "Dresden", "Bremen", "Hannover", "Nürnberg", "Dortmund", "Essen", "Mannheim", "Kiel", "Rostock", "Erfurt", "Freiburg im Breisgau", "Halle (Saale)", "Frankfurt am Main", "Frankfurt (Oder)", "Mülheim an der Ruhr"}
	deNeg          = []string{"Robert-Bosch-Krankenhaus", "Carl Zeiss Meditec", "Hugo Boss Outlet", "Adolf Würth GmbH", "Käthe-Kollwitz-Gymnasium", "Geschwister-Scholl-Schule", "Albert-Schweitzer-Klinik", "Konrad-Adenauer-Stiftung", "Friedrich-Ebert-Stiftung", "Hans-Böckler-Stiftung", "Heinrich-Heine-Universität", "Goethe-Institut", "Max-Planck-Institut", "Georg-Büchner-Preis", "Otto-Hahn-Platz", "Beethovenhalle", "Schillerpark", "Segelschulschiff Gorch Fock", "Ferdinand-Porsche-Straße", "Mercedes-Benz Niederlassung", "Villeroy & Boch", "Rossmann-Filiale", "Dallmayr Kaffee", "Melitta Bentz Weg", "Faber-Castell Buntstifte", "Kneipp-Verein", "Wüstenrot Bausparkasse", "Sparkasse Mittelholstein", "Deutsche Rentenversicherung", "Bundesagentur für Arbeit", "Jobcenter Nord", "Familienkasse", "Amtsgericht", "Schwerbehindertenausweis", "Kindergeld", "Grundsicherung", "Hausarzt", "Elisabeth-Krankenhaus", "St.-Marien-Hospital", "Paracelsus-Klinik", "Sebastian-Kneipp-Schule", "Humboldt-Forum", "Lessing-Theater", "Hermann-Hesse-Bibliothek", "Karl-May-Festspiele", "Johannes-Gutenberg-Universität", "Maria Montessori Kinderhaus", "Fritz-Walter-Stadion", "Alexander-von-Humboldt-Stipendium", "Bertelsmann Stiftung", "Zeppelin-Museum", "Frau Holle Märchenpark", "Heinz-Nixdorf-MuseumsForum", "Onkel Tom Straße", "Schwester Agnes Apotheke", "Dr. Hauschka Kosmetik", "Tante Emma Laden", "Meister Proper", "Herr der Ringe", "Hans im Glück Burgergrill", "Fielmann", "Rewe Center", "Edeka Schulte", "Hertha BSC", "Kaiser-Wilhelm-Gedächtniskirche", "Frauenkirche", "Weißer Ring", "Lebenshilfe", "Caritas", "Diakonie", "Arbeiterwohlfahrt", "Paritätischer Wohlfahrtsverband", "Ordnungsamt", "Bürgeramt", "Einwohnermeldeamt", "Landratsamt", "Standesamt", "Krankenkasse", "Pflegekasse", "Berufsgenossenschaft", "Verbraucherzentrale", "Schufa-Auskunft", "Deutschlandticket", "Wohnberechtigungsschein", "Lohnsteuerbescheinigung", "Meldebescheinigung"}
	deOrg          = []string{"Bäckerei Hölzl GmbH", "Stadtwerke Kirchwalde", "Malerbetrieb Kamp & Söhne", "Logistik Nord GmbH", "Pflegedienst Sonnenschein", "Autohaus am Ring", "Kita Pusteblume", "Praxis am Markt", "IT-Systemhaus Weserbogen", "Elektro Brandl KG", "Reinigungsservice Blitzblank", "Gasthof Zur Linde", "Ingenieurbüro Hartwig", "Gemeinschaftspraxis Eichenhof", "Sanitätshaus Vital", "Spedition Oldenkamp", "Werkstatt Lebenshilfe Ost", "Kanzlei Brenner & Partner", "Tischlerei Abendroth", "Physiotherapie Bewegungsraum"}
	deRole         = []string{"die Sachbearbeiterin", "der Antragsteller", "die Kindsmutter", "der Kindsvater", "der Vermieter", "der Hausmeister", "die Teamleitung", "die Klassenlehrerin", "der Betreuer", "der Gutachter", "die Schiedsperson", "der Schuldner", "die Gläubigerin", "der Mandant", "die Pflegefachkraft", "der Vorgesetzte", "die Personalabteilung", "der Fahrer", "die Ärztin", "der Sozialdienst"}
	deMail         = []string{"web.de", "gmx.de", "t-online.de", "gmail.com", "posteo.de", "mailbox.org", "freenet.de", "outlook.de"}
)

func deFold(s string) string {
	r := strings.NewReplacer("ä", "ae", "ö", "oe", "ü", "ue", "ß", "ss", "Ä", "ae", "Ö", "oe", "Ü", "ue", "ş", "s", "ç", "c", "ı", "i", "ğ", "g", "ł", "l", "ń", "n", "ś", "s", "ź", "z", "ż", "z", "ą", "a", "ę", "e", "ó", "o", "ć", "c", "č", "c", "ž", "z", "š", "s", "đ", "d", "é", "e", "è", "e", "Ö", "o", "Ç", "c", "Ş", "s", "Ż", "z", "Ś", "s", " ", "", "-", "", "'", "", "_", "")
	return strings.ToLower(r.Replace(s))
}

func dePerson(c *ctx) person {
	p := person{female: c.chance(0.5)}
	if p.female {
		p.given = c.of(deGivenF)
	} else {
		p.given = c.of(deGivenM)
	}
	if c.chance(0.1) {
		pp := strings.Split(c.of(deParticle), "|")
		p.sur = strings.ReplaceAll(pp[0], "_", " ") + " " + pp[1]
	} else {
		p.sur = c.of(deSur)
	}
	return p
}

func deRender(c *ctx, p person, form byte) (string, string, string) {
	switch form {
	case 'N':
		switch c.r.IntN(10) {
		case 0:
			return "", p.given[:len(firstRune(p.given))] + ". " + p.sur, ""
		case 1:
			return "", p.sur + ", " + p.given, ""
		case 2:
			g2 := c.of(deGivenF)
			if !p.female {
				g2 = c.of(deGivenM)
			}
			return "", p.given + " " + g2 + " " + p.sur, ""
		default:
			return "", p.given + " " + p.sur, ""
		}
	case 'T':
		var pre string
		if p.female {
			pre = c.pick("Frau ", "Frau ", "Frau ", "Frau Dr. ", "Dr. ", "Rechtsanwältin ", "Frau Prof. ", "Fr. ", "Schwester ")
		} else {
			pre = c.pick("Herr ", "Herr ", "Herrn ", "Herrn ", "Herr Dr. ", "Dr. ", "Prof. Dr. ", "RA ", "Hr. ", "Pfarrer ")
		}
		if c.chance(0.25) {
			return pre, p.given + " " + p.sur, ""
		}
		return pre, p.sur, ""
	case 'S':
		if p.female {
			return c.pick("Sehr geehrte Frau ", "Sehr geehrte Frau Dr. ", "Liebe Frau "), p.sur, ""
		}
		return c.pick("Sehr geehrter Herr ", "Sehr geehrter Herr Dr. ", "Lieber Herr "), p.sur, ""
	case 'G':
		return "", p.given, ""
	case 'L':
		switch c.r.IntN(4) {
		case 0:
			return "", strings.ToLower(p.given), ""
		case 1:
			return "", strings.ToLower(p.given + " " + p.sur), ""
		default:
			return "", p.given, ""
		}
	case 'C':
		switch c.r.IntN(4) {
		case 0:
			return "", strings.ToUpper(p.sur) + ", " + p.given, ""
		case 1:
			return "", strings.ToUpper(p.given + " " + p.sur), ""
		case 2:
			return "", p.sur + ", " + p.given, ""
		default:
			return "", strings.ToUpper(p.sur) + " " + p.given, ""
		}
	}
	return "", p.given + " " + p.sur, ""
}

func firstRune(s string) string {
	for i := range s {
		if i > 0 {
			return s[:i]
		}
	}
	return s
}

func deStreet(c *ctx) string {
	switch c.r.IntN(6) {
	case 0:
		return c.of(deStreetFree)
	case 1:
		return c.of(deStreetPerson) + c.pick("Straße", "Weg", "Allee", "Platz", "Ring")
	default:
		return c.of(deStreetStem) + c.of(deStreetSuf)
	}
}

func deNo(c *ctx) string {
	switch c.r.IntN(8) {
	case 0:
		return c.itoa(1, 148) + c.pick("a", "b", "c")
	case 1:
		m := c.num(1, 148)
		return strconv.Itoa(m) + "-" + strconv.Itoa(m+2)
	}
	return c.itoa(1, 148)
}

func deTown(c *ctx) string {
	if c.chance(0.3) {
		return c.of(deBigCity)
	}
	pre := c.of(deTownPre)
	stem := c.of(deTownStem)
	if pre != "" && !strings.HasSuffix(pre, " ") {
		stem = strings.ToLower(stem[:1]) + stem[1:]
	}
	return pre + stem + c.of(deTownSuf) + c.of(deTownTail)
}

func dePLZ(c *ctx) string {
	return c.pick("0", "1", "2", "3", "4", "5", "6", "7", "8", "9") + c.digits(4)
}

func deAddr(c *ctx, form string) string {
	st := deStreet(c) + " " + deNo(c)
	city := dePLZ(c) + " " + deTown(c)
	switch form {
	case "AS":
		return st
	case "AB":
		mid := ""
		if c.chance(0.2) {
			mid = c.pick("Hinterhaus", "2. OG links", "Whg. 14", "Aufgang B", "Zimmer 3") + "\n"
		}
		return st + "\n" + mid + city
	}
	switch c.r.IntN(6) {
	case 0:
		return city + ", " + st
	case 1:
		return st + " · " + city
	case 2:
		return st + ", " + c.pick("3. OG", "EG rechts", "Whg. 7", "bei Klingel 4") + ", " + city
	}
	return st + ", " + city
}

func deDate(c *ctx) string {
	return pad2(c.num(1, 28)) + "." + pad2(c.num(1, 12)) + "." + c.itoa(2019, 2026)
}

func pad2(n int) string {
	if n < 10 {
		return "0" + string(rune('0'+n))
	}
	return string(rune('0'+n/10)) + string(rune('0'+n%10))
}

var deLocale = &locale{
	kinds:  deKinds,
	person: dePerson,
	render: deRender,
	addr:   deAddr,
	neg:    func(c *ctx) string { return c.of(deNeg) },
	negP:   []string{"Robert-Bosch-Krankenhaus", "Käthe-Kollwitz-Gymnasium", "Geschwister-Scholl-Schule", "Albert-Schweitzer-Klinik", "Heinrich-Heine-Universität", "Goethe-Institut", "Otto-Hahn-Platz", "Beethovenhalle", "Schillerpark", "Elisabeth-Krankenhaus", "St.-Marien-Hospital", "Paracelsus-Klinik", "Humboldt-Forum", "Lessing-Theater", "Hermann-Hesse-Bibliothek", "Johannes-Gutenberg-Universität", "Maria Montessori Kinderhaus", "Fritz-Walter-Stadion", "Kaiser-Wilhelm-Gedächtniskirche", "Theodor-Heuss-Realschule", "Anne-Frank-Grundschule", "Marie-Curie-Gymnasium", "Konrad-Zuse-Berufskolleg", "Sophie-Scholl-Haus", "Ernst-Abbe-Sportfeld", "Clara-Schumann-Musikschule", "Willy-Brandt-Haus", "Rudolf-Virchow-Klinikum", "Emil-von-Behring-Saal", "Bertolt-Brecht-Platz", "Carl-Benz-Stadion", "Alfred-Wegener-Institut", "Hannah-Arendt-Bibliothek", "Ludwig-Erhard-Haus"},
	negB:   []string{"Carl Zeiss Meditec", "Hugo Boss", "Adolf Würth GmbH", "Villeroy & Boch", "Rossmann", "Dallmayr", "Melitta", "Faber-Castell", "Dr. Hauschka", "Fielmann", "Edeka Schulte", "Hans im Glück", "Porsche Zentrum", "Mercedes-Benz", "Bahlsen", "Dr. Oetker Pudding", "Werner & Mertz", "Aldi Nord", "Kaufhof", "Peek & Cloppenburg", "C&A", "Tchibo", "Miele", "Diebels Alt", "Warsteiner", "Krombacher", "Erdinger", "Lambertz", "Storck", "Otto Versand", "Rotkäppchen Sekt", "Käthe Wohlfahrt", "Julius Bär", "Heinrich Bauer Verlag"},
	org:    func(c *ctx) string { return c.of(deOrg) },
	role:   func(c *ctx) string { return c.of(deRole) },
	date:   deDate,
	phone: func(c *ctx) string {
		return c.pick("0351 ", "030 ", "0171 ", "0152 ", "+49 160 ", "0421/", "089 ", "0711-") + c.digits(7)
	},
	email: func(c *ctx, p person) string {
		return c.pick(deFold(p.given)+"."+deFold(p.sur), firstRune(deFold(p.given))+deFold(p.sur), deFold(p.sur)+c.itoa(1, 99)) + "@" + c.of(deMail)
	},
	handle: func(c *ctx, p person) string {
		return c.pick(deFold(p.given)+"_"+c.itoa(70, 99), firstRune(deFold(p.given))+deFold(p.sur), deFold(p.sur)+".k")
	},
}

var deKinds = []kind{
	{"insolvenztabelle", 3, 6, []variant{
		{`Amtsgericht «R:Kirchwalde|Hollersbach|Lindenau» – Insolvenzgericht
Verbraucherinsolvenzverfahren über das Vermögen von
«C1», «A»
Az. «NUM» IK «ID»/«R:24|25»
Insolvenzverwalterin/Treuhänder: «T4», «A»

Tabelle der angemeldeten Forderungen
lfd. Nr. | Gläubiger | Vertreter | Betrag | Prüfung
`, `«I» | «R:«O»|«XB»|«N5» (Privatdarlehen)|«N5», Vermieter» | «R:RA «N6»|«XB» Inkasso|–|«T6»» | «NUM»«NUM»,«NUM» € | «R:festgestellt|bestritten|vorläufig bestritten»
`, `
Prüfungstermin: «D», Saal «NUM». Schuldnerberatung: «O» («T3»).
Verteiler: «N1»; «T4»; Gläubigerausschuss («N2», «N3»)
`},
		{`Schuldnerberatung «R:Caritas|Diakonie|Verbraucherzentrale» – Gläubigerliste für «N1»
Stand «D», Beraterin: «N4»
Gläubiger;Anschrift;Ansprechpartner;Forderung
`, `«R:«O»|«XB» Kundenkonto|Privat: «N5»»;"«A»";«R:«T6»|«N6»|unbekannt»;«NUM»«NUM»,00
`, `Hinweis: Ehepartner «N2» haftet nicht mit. Post an «AB»
`},
	}},
	{"bafoeg_bescheid", 3, 5, []variant{
		{`BAföG-Amt «R:Studierendenwerk Weserbergland|Studentenwerk Lahn-Dill|Amt für Ausbildungsförderung»
«N1»
«AB»

Förderungsnummer «ID» · Bewilligungszeitraum 10/«R:2024|2025» – 09/«R:2025|2026»

«S1»,
auf Ihren Antrag wird Ausbildungsförderung geleistet. Angerechnet wird Einkommen der Eltern:
`, `  Elternteil: «C5», wohnhaft «A», anrechenbares Einkommen «NUM»0,00 EUR
`, `Das Einkommen Ihres Geschwisterkindes «G3» bleibt unberücksichtigt. Hinweis: «X» wird nicht angerechnet.
Hochschule: «XP»; Nebenjob bei «XB» (Minijob, unschädlich).
Rechtsbehelfsbelehrung: Widerspruch beim «R:Studierendenwerk|Amt» (z. Hd. «T4»), «A».
`},
		{`Notiz Beratung BAföG «D»
Studierende: «G1» «R:(«N1»)|»
Anliegen: Aktualisierungsantrag, Vater «N2» zahlt keinen Unterhalt, lebt in «A»
`, `- «R:Telefonat|Mail|Termin» mit «T5» wg. «R:Elterneinkommen|Mietvertrag|Auslandssemester|Leistungsnachweis»; neue Adresse d. Stud.: «AS»
`, `To do: Vorausleistung nach §36 prüfen, Rücksprache mit «T4». Ablage: «X».
Mutter: «N3», «A»
`},
	}},
	{"schiedsamt_protokoll", 2, 4, []variant{
		{`Schiedsamt «R:Bezirk|Gemeinde» «R:Nord|Kirchwalde|Altstadt»
Protokoll der Schlichtungsverhandlung vom «D», Reg.-Nr. «ID»

Schiedsperson: «T4»
Antragsteller: «N1», «A»
Antragsgegnerin: «N2», «A»

Verhandlungsort: Gemeindezentrum am «XP»
Gegenstand: Nachbarstreit «R:Grenzhecke|Lärm|Parkplatz|Baumrückschnitt» am Grundstück «AS».
`, `«R:Zeuge/Zeugin|Beteiligte/r|Nachbar/in|Anwesend:» «N5» erklärt: «R:die Hecke von|der Hund von|das Auto von|der Anbau von» «T6» stehe seit Monaten «R:auf|vor» dem Grundstück.
`, `
Vergleich: «T2» verpflichtet sich, bis zum «D» zu handeln. «T1» nimmt den Antrag zurück.
gez. «N4» (Schiedsperson)   gez. «N1»   gez. «N2»
`},
		{`SCHIEDSAMT – Vergleichsniederschrift (Auszug, OCR)
Pa rteien:
1) «C1»,
   «AB»
2) «C2»,
   «AB»
`, `Anwesend «R:ferner|außerdem»: «N5» «R:(Beistand)|(Dolmetscherin)|als Zeuge»
`, `Die Parteien einigen sich ... «T1» zahlt an «T2» «NUM»0 EUR bis «D».
Nächster Termin bei Bedarf: Schiedsamt im «X».
`},
	}},
	{"betreuungsbeschluss", 2, 4, []variant{
		{`Amtsgericht «R:Kirchwalde|Hollersbach|Lindenau» – Betreuungsgericht
Az. «NUM» XVII «ID»

BESCHLUSS

In der Betreuungssache
«N1», geb. «D»,
wohnhaft: «A»,
derzeit: «R:Seniorenheim Haus Lindenhof|Pflegeheim am Park|Klinik», «AS»

wird «R:Herr|Frau» «N2», «A», zur Betreuerin/zum Betreuer bestellt.
Aufgabenkreise:
`, `  - «R:Gesundheitssorge|Vermögenssorge|Aufenthaltsbestimmung|Behördenangelegenheiten|Wohnungsangelegenheiten» («R:Verfahrenspflegerin|Gutachter|Anhörung durch Richterin») «N5»
`, `
Gründe: Nach dem Gutachten von «T3» («XP») ist «T1» ... Die Tochter «N4» wurde angehört.
«R:Richterin|Richter» am Amtsgericht «N3»
`},
		{`Aktennotiz Betreuungsverein «O»
Betreute Person: «C1»
Betreuer: «T2»
`, `«D»: Gespräch mit «T5» («R:Nachbarschaft|Angehörige|Hausarztpraxis|Vermietung») – «R:Post wird an|Rechnungen gehen an|Schlüssel liegt bei» «A»
`, `Weiterleitung an «ROLE» «N3» (Vertretung: «T2»). Keine Auskunft an «N4» (keine Vollmacht). Ref.: «X».
`},
	}},
	{"inkasso_schreiben", 2, 4, []variant{
		{`WhatsApp-Export Außendienst Forderungsmanagement
[«D», 09:12] «G4» (Büro): @«G5» kannst du heute bei «T1» vorbei? adresse «A»
`, `[«D», «R:10|11|14|16»:«R:05|22|40»] «G5»: «R:war da, keiner aufgemacht|nachbarin «L6» sagt der ist weggezogen nach «A»|hab mit «L1» gesprochen, ratenzahlung ok|klingelschild sagt jetzt «N6»»
`, `[«D», 17:30] «G4» (Büro): danke, trag ich ein. ref «X»
`},
		{`«R:Inkassobüro Forderungsmanagement Süd|Creditreform-artige Agentur Weserbogen|Nordkontor Inkasso» GmbH · «A»

«N1»
«R:|c/o «N2»
»«AB»

Forderung «ID» – Gläubiger: «R:«O»|«XB» Onlineshop|«XB» Kundenkarte»

«S1»,
trotz Mahnung ist die Forderung offen. Aufstellung:
`, `  «D»  Rechnung «ID»  «NUM»,«NUM» EUR  (Lieferadresse: «AS»)
`, `
Bitte zahlen Sie bis «D». Bei Rückfragen: «T4», Tel. «PH».
Mit freundlichen Grüßen
«N4»
`},
		{`schuldner;anschrift;forderung;sachbearbeiter;notiz
`, `«C5»;"«A»";«NUM»,00;«N6»;«R:Ratenzahlung vereinbart|Adresse unbekannt – EMA angefragt|verzogen nach «A»|Bestreitet Forderung, Anwalt «T7»»
`, ``},
	}},
	{"pflegegutachten", 2, 4, []variant{
		{`Gutachten (Scan, OCR) Seite 2/5
Versicherte: «C1»
Wohnu ng: «A»
Pflegeper son: «N2»
`, `Angab en der Pflege-
person «G2»: «R:nachts Unterstützung nötig|Sturz im Bad am «D»|Essen auf Rädern über «XB»»; Hausärztin
«T5», Praxis «A»
`, `Gutachter: «N4»  Datum: «D»
`},
		{`Gutachten zur Feststellung der Pflegebedürftigkeit (Auszug)
Versicherte Person: «C1»
Anschrift: «AB»
Gutachter/in: «T4»
Anwesend beim Hausbesuch am «D»: «T2» (Angehörige/r), «N3» (Pflegedienst «O»)

Modul 1 – Mobilität:
`, `  «R:Treppensteigen|Umsetzen|Fortbewegen innerhalb des Wohnbereichs|Positionswechsel im Bett» – «R:selbständig|überwiegend unselbständig|unselbständig»; Hilfe durch «G2»«R:| und «T5» (Nachbarschaft)»
`, `
Krankenhausaufenthalt zuletzt: «XP». Inkontinenzmaterial von «XB».
Empfehlung: Pflegegrad «R:2|3|4». Hilfsmittel über «X». Pflegeperson «N2», wohnhaft «A».
`},
		{`MD-Hausbesuch / Kurznotiz
vers.: «N1» («D»)  adr.: «A»
`, `- «R:ang. Pflegeperson|Nachbar|Ehemann|Enkelin»: «N5», «R:«AS»|im Haus|«A»»
`, `Rückruf «T4» erledigt. Kein Kontakt zu «ROLE». «X»
`},
	}},
	{"abmahnung", 1, 3, []variant{
		{`«O»
Personalabteilung

Persönlich / Vertraulich
«N1»
«AB»

«R:Kirchwalde|Bremen|Leipzig», «D»

Abmahnung

«S1»,
wir mahnen Sie hiermit wegen folgender Pflichtverletzung ab:
`, `Am «D» haben Sie «R:ohne Abmeldung den Arbeitsplatz verlassen|den Dienst verspätet angetreten|Kundendaten privat weitergegeben». Dies wurde von «T5» («ROLE») und «N6» bestätigt (Filiale «XB», «XP»).
`, `
Im Wiederholungsfall müssen Sie mit der Kündigung rechnen. Eine Kopie geht an den Betriebsrat (z. Hd. «T3»).

«N4»
Leitung Personal
Empfang bestätigt: ________ «N1»
`},
		{`Betreff: AW: Abmahnung «G1» – Entwurf
Hi «G4», anbei der Entwurf. Zeugen: «N2» und «N3». Die Adresse von «G1» ist laut Personalakte «A», der Brief geht per Bote.
`, `> «R:Frage von|Anmerkung|Rückmeldung» «T5»: «R:Datum prüfen|Anhörung nachholen|Wer war Schichtleitung?» 
`, `Gruß, «G2»
PS: «X»
`},
	}},
	{"mitarbeitergespraech", 2, 4, []variant{
		{`Subject: Feedback-Runde Q«R:1|2|3|4» – Summary
Hi «G2», kurz die Notes aus dem Meeting mit «G1» («N1»):
`, `- «R:Stakeholder|Kunde|Teamlead» «N5» gibt positives Feedback zum Onboarding; «R:Homeoffice|Remote-Work» ab «D» von «AS» aus
`, `Next steps: Gehaltsband mit «T3» (People & Culture) klären, «G2» bitte mit «N5» abstimmen. Cheers, «G4»
`},
		{`Protokoll Jahresgespräch «R:2024|2025»
Mitarbeiter/in: «N1»   Führungskraft: «N2»   Datum: «D»
HR-Partnerin: «T3»

Ort: Besprechungsraum «R:Goethe|Einstein|Curie|Humboldt»

| Thema | Vereinbarung | verantwortlich |
|---|---|---|
`, `| «R:Ziele|Weiterbildung|Homeoffice|Gehalt|Teamklima» | «R:Einarbeitung von «G5» übernehmen|Schulung im «X»|Mentoring durch «N5»|Abstimmung mit «T5»» | «R:«G1»|«G2»|«N5»» |
`, `
Anmerkung: Arbeitsort wechselt nach «A». Unterschrift «G1» / «N2».
`},
		{`1:1 notes – «G1» / «G2» («D»)
`, `* «R:feedback von|eskalation durch|lob von|konflikt mit» «L5» re «R:Release|Kunde «O»|Dienstplan»
`, `* Umzug geplant: neue Anschrift «AS», «R:ab «D»|noch offen»
* next: review mit «T3»
`},
	}},
	{"kfz_gutachten", 2, 4, []variant{
		{`Kfz-Sachverständigenbüro «R:Brandl|Hartwig|Oldenkamp» – Schadengutachten Nr. «ID»

Auftraggeber: «N1», «A»
Fahrzeughalter: «R:«N1»|«N2»»
Unfallgegner: «N3», «A»
Versicherung: «O» (Sachbearbeitung «T4»)
Besichtigungsort: «A»
Fahrzeug: «R:Porsche Cayenne|Mercedes-Benz C 200|Opel Corsa|VW Golf|Ford Fiesta», Werkstatt: «R:Autohaus «XB»|«O»»
`, `Schaden «I»: «R:Stoßfänger hinten|Tür vorn links|Scheinwerfer|Radlauf» – «R:Instandsetzung|Erneuerung» lt. «R:Angabe|Werkstatt» von «T5»
`, `
Der Sachverständige
«N4»
`},
		{`{"gutachten":"«ID»","halter":"«N1»","adresse":"«A»","gegner":{"name":"«N2»","anschrift":"«A»"},"positionen":[
`, `  {"pos":«I»,"teil":"«R:Kotflügel|Felge|Spiegel»","freigabe":"«N5»"}«J»
`, `],"gutachter":"«T4»","hinweis":"«X»"}
`},
	}},
	{"dsgvo_auskunft", 2, 4, []variant{
		{`Auskunftsersuchen nach Art. 15 DSGVO

«N1»
«AB»

An: «O», Datenschutzbeauftragte «T4»

Sehr geehrte Damen und Herren,
bitte teilen Sie mir mit, welche Daten Sie über mich speichern. Kundennummer: «ID» (Kundenkarte «XB»). Frühere Anschriften:
`, `  - «A» (bis «D»)
`, `Bitte senden Sie die Auskunft an «E1» oder per Post. Meine Bevollmächtigte ist «N2».
Mit freundlichen Grüßen
«G1» «R:«N1»|»
`},
		{`Antwort Auskunft Art. 15 – Export
<auskunft ticket="«ID»">
  <person>«C1»</person>
  <login>«H1»</login>
`, `  <adresse typ="«R:Liefer|Rechnungs|alt»">«A»</adresse>
  <kontakt>«R:Bestellung für «N5»|Empfehlung von «N5»|Mitbewohner «N5»»</kontakt>
`, `  <bearbeiter>«N4»</bearbeiter>
</auskunft>
`},
	}},
	{"einbuergerungsantrag", 2, 4, []variant{
		{`Antrag auf Einbürgerung – Checkliste Einbürgerungsbehörde
Antragsteller/in: «C1»   geb. «D» in «R:Izmir|Aleppo|Krakau|Hanoi|Kyjiw|Lagos|Sarajevo»
Wohnsitz seit «D»: «A»
Ehegatte: «N2»
Sprachkurs: «XP», Arbeitgeber: «XB»
`, `  Voraufenthalt «I»: «A» (Vermieter: «N5»)
`, `
Bearbeitung: «T4». Einbürgerungstest ok, Sprachnachweis B1 («X»). Referenzperson: «T3».
`},
		{`Kurzvermerk Beratungsgespräch Einbürgerung
Frau/Herr «N1» war mit «R:Tochter|Sohn|Ehemann|Ehefrau» «G2» da.
`, `- Frühere Meldeadresse: «AS», «R:dort gemeldet mit|Hauptmieter war|Untermiete bei» «N5»
`, `Unterlagen fehlen: Geburtsurkunde (übersetzt von «T4»). Termin bei «ROLE» «N3».
`},
	}},
	{"foerderplan", 2, 4, []variant{
		{`{"foerderplan":{"schueler":"«N1»","klasse":"«NUM»a","eltern":[{"name":"«N2»","anschrift":"«A»"}],"massnahmen":[
`, `{"nr":«I»,"bereich":"«R:Lesen|Mathe|Motorik»","zustaendig":"«T5»"}«J»
`, `],"schule":"«XP»","erstellt_von":"«N4»"}}
`},
		{`Förderplan Schuljahr «R:2024/25|2025/26»  –  «R:Grundschule|Förderschule|Oberschule» (Förderschwerpunkt Lernen)
Schüler/in: «N1»  Klasse «NUM»b
Erziehungsberechtigte: «N2», «A»
Schule: «XP»
Klassenleitung: «T3»   Sonderpädagogin: «T4»
Schulbegleitung: «N5»

`, `Ziel «I»: «R:Lesen|Rechnen bis 100|Sozialverhalten|Konzentration» – Maßnahme: «R:Übungen mit|Einzelförderung bei|Absprache mit» «T6», Überprüfung «D»
`, `
Unterschriften: «G1» / «N2» / «T3»
Verteiler: Schulleitung «T4», «N5»
`},
		{`Förderkonferenz – Stichpunkte
«L1»: fortschritte beim lesen, «R:mama|papa|oma» («N2») war da
`, `- «R:ergo|logo|schulsozialarbeit» bei «T5», adresse praxis: «A»
`, `- «G1»s mutter «N2» fragt nach platz im «XP»
- nächste sitzung mit «T4» und «G3»; «X»
`},
	}},
	{"hilfeplanprotokoll", 2, 4, []variant{
		{`Jugendamt – Hilfeplangespräch nach § 36 SGB VIII
Datum: «D»   Fallführende Fachkraft: «T4»
Kind/Jugendliche/r: «N1»
Sorgeberechtigte: «N2», «A»; «N3», «A»
Schule: «XP»
Einrichtung: Wohngruppe «R:Lindenhof|Regenbogen|Am Anger», «A»

Teilnehmende:
`, `  - «N5» («R:Bezugsbetreuerin|Vormund|Schulsozialarbeiter|Großmutter»)
`, `
Vereinbarungen: Umgang von «G1» mit «T2» alle 14 Tage. Fahrten übernimmt «G3». Keine Adressweitergabe an «N3».
`},
		{`hpg kurzprotokoll
kind: «C1» | fk: «N4»
`, `«R:mutter|vater|betreuerin|lehrerin» «N5»: «R:«G1» schläft wieder besser|Konflikt in der WG mit «G6»|Schulweg über «AS» ist zu weit»
`, `nächstes hpg: «D», ort: «A»
verteiler: «L2», «L3», «T4»
`},
	}},
	{"fahrtenbuch", 4, 9, []variant{
		{`fahrtenbuch notizen (handy) – «L1»
`, `«D» von «AS» nach «A», «NUM» km, «R:bei|zu|abholen:» «L5»«R:| (oma von «G6»)|»
`, `rest siehe app «H1». «X»
`},
		{`Fahrtenbuch – Kennzeichen «R:KW|HB|L|B|OL|M»-«R:AB|KR|TX» «NUM»«NUM»
Fahrer/in: «N1»
Datum;Start;Ziel;km;Zweck;Besuchte Person
`, `«D»;«R:Betrieb|«AS»»;"«A»";«NUM»;«R:Kundenbesuch|Lieferung|Pflegeeinsatz|Baustelle»;«R:«T5»|«N5»|«C5»»
`, `Tankkarte: «XB». Geprüft: «N2» (Fuhrpark), «X»
`},
		{`Fahrtenbuch Pflegedienst «O» – Tour «R:Früh|Spät»
`, `«I». «T5» – «A» – «R:Insulin|Kompressionsstrümpfe|Wundversorgung|Medikamentengabe»
`, `Fahrer: «G1», Übergabe an «N2», Schlüsselbox bei «T3»
`},
	}},
	{"bewohnerparkausweis", 2, 4, []variant{
		{`Straßenverkehrsbehörde – Antrag Bewohnerparkausweis Zone «R:A|B|C|M»«NUM»

Name, Vorname: «C1»
Hauptwohnsitz: «A»
Kfz-Halter: «R:«N1»|«N2» (Lebenspartner)|Firmenwagen «O»»
Kennzeichen: «R:HB|KW|L»-«R:AK|ZU» «NUM»«NUM»
`, `Anlage «I»: «R:Fahrzeugschein|Meldebestätigung|Nutzungsüberlassung von «N5»»
`, `Bearbeitet: «T4», «D». Hinweis: «X»
Zweitwagen auf «N2» zugelassen? – nein.
`},
		{`Forumsbeitrag Anwohnerinitiative «R:Lindenviertel|Hafenkante|Mühlenkamp»
von «H1»:
hey leute, hat jemand erfahrung mit dem bewohnerparkausweis? ich wohne «AS» und «R:frau|herr» «L2» vom amt meinte, die zone endet genau an «AS».
`, `> antwort «H5»: «R:bei uns|bei meiner mutter|bei «G5»» («A») hat es «NUM» wochen gedauert
`, `danke! gruß «G1» (treffen uns eh am «XP») – ps: «X» hat auch infos
`},
	}},
}
