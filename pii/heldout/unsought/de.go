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
	return c.pick("0", "1", "2")[:0] + pad2(c.num(1, 28)) + "." + pad2(c.num(1, 12)) + "." + c.itoa(2019, 2026)
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
