package unasked

import (
	"fmt"
	"strings"
)

var deGiven = fields(`Anna Lena Marie Sophie Laura Lea Julia Hannah Lisa Sarah Katharina Johanna Clara Emilia Mia
Leonie Charlotte Amelie Luisa Paula Greta Frieda Mathilda Ida Ella Luise Helene Marlene Pauline Antonia Carla
Theresa Franziska Annika Svenja Janina Nadine Sabine Petra Monika Ursula Renate Gisela Brigitte Ingrid Heike
Susanne Andrea Claudia Stefanie Kerstin Silke Birgit Anke Dörte Gesa Wiebke Imke Frauke Hilke Maren Meike
Ulrike Gudrun Hildegard Irmgard Elfriede Waltraud Erika Lieselotte Liesel Käthe Gerda Herta Annegret Rosemarie
Jutta Bärbel Dagmar Marion Karin Martina Tanja Anja Nicole Manuela Simone Sandra Yvonne Mandy Peggy Doreen
Jacqueline Chantal Jessica Vanessa Melanie Jana Nele Merle Finja Jette Smilla Lotta Wilma Rieke Tomke
Maximilian Alexander Paul Leon Lukas Luca Felix Jonas Tim Tobias Jan Niklas Philipp Moritz Julian David Simon
Fabian Florian Sebastian Daniel Christian Michael Thomas Andreas Stefan Markus Matthias Martin Frank Jürgen
Uwe Klaus Dieter Wolfgang Manfred Gerhard Helmut Horst Günter Werner Heinz Karl-Heinz Hans-Jürgen Hans-Peter
Bernd Rainer Ralf Torsten Holger Sven Jens Kai Lars Ole Hauke Fiete Hinnerk Jannes Mats Malte Bjarne Tjark
Henning Detlef Volker Ulf Knut Arne Enno Habbo Okko Eike Wiebke Hartmut Lothar Reinhard Siegfried Ewald
Otto Emil Anton Karl Friedrich Wilhelm Heinrich Ludwig Hermann Konrad Gustav Theodor Johann Josef Franz
Xaver Alois Sepp Korbinian Quirin Vitus Benedikt Leopold Valentin Ferdinand Konstantin Vincent Elias Noah
Ben Finn Henri Mattis Linus Oskar Jakob Till Levi Milan Aaron Matteo Carlo Lio Bruno Anton Hugo Kurt Willi
Mehmet Ayşe Fatma Emine Hatice Zeynep Elif Merve Büşra Emre Burak Serkan Murat Hakan Cem Deniz Onur Özlem
Gülsüm Yusuf Ahmet Mustafa Hüseyin Kemal Selin Ebru Tuğba Can Eren Arda Kaan Berkay Yasemin Derya Sibel
Piotr Katarzyna Agnieszka Małgorzata Krzysztof Tomasz Paweł Łukasz Grzegorz Wojciech Magdalena Joanna
Dorota Beata Marek Jarosław Bartosz Kamil Zuzanna Weronika Jadwiga Stanisław
Thi Lan Huong Minh Tuan Duc Anh Hoa Mai Phuong Quang Thanh Hai Nga Linh Trang Hung Khanh Thu Van
Ahmad Mohammed Omar Ali Hassan Khaled Rami Samir Nour Rania Amira Layla Yasmin Fatima Mariam Aisha Dalia
Hamza Bilal Tarek Karim Salma Hiba Rasha Jamal Walid Ziad
Chukwuemeka Ngozi Oluwaseun Adaeze Emeka Chioma Babatunde Folasade Tunde Yetunde Obinna Ifeoma Kelechi
Olena Oksana Taras Bohdan Dmytro Iryna Mykola Halyna Yaroslav Svitlana Kateryna Andrij Natalija Wolodymyr
Ljudmyla Serhij Olha Vitalij Tetjana Juri Igor Swetlana Tatjana Nikolai Irina Dmitri Viktor Waldemar Eduard
Giuseppe Francesca Alessandro Chiara Giulia Dimitrios Eleni Georgios Nikos Ivana Dragan Jelena Goran Mirela
Sanja Zoran Ardit Blerim Arben Fjolla Rosa Frank Heide Ernst Engel Sommer August Wolf Mark Will`)

var deSur = fields(`Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter
Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt Werner Schmitz Krause
Meier Lehmann Schmid Schulze Maier Köhler Herrmann König Walter Mayer Huber Kaiser Fuchs Peters Lang Scholz
Möller Weiß Jung Hahn Schubert Vogel Friedrich Keller Günther Frank Berger Winkler Roth Beck Lorenz Baumann
Franke Albrecht Schuster Simon Ludwig Böhm Winter Kraus Martin Schumacher Krämer Vogt Stein Jäger Otto Sommer
Groß Seidel Heinrich Brandt Haas Schreiber Graf Schulte Dietrich Ziegler Kuhn Kühn Pohl Engel Horn Busch
Bergmann Thomas Voigt Sauer Arnold Wolff Pfeiffer Lindner Ernst Hesse Brinkmann Dreyer Janssen Jansen Harms
Hinrichs Onken Eilers Gerdes Ahrens Lüders Behrens Carstensen Petersen Thomsen Paulsen Hansen Jessen Nissen
Ohlsen Boysen Clausen Feddersen Asmussen Brodersen Lorenzen Martens Wulff Lührs Rathjen Tiedemann Meinecke
Steinbach Rosenberg Lindemann Hagedorn Kirchhoff Overbeck Brockmann Stratmann Westermann Niehaus Tenbrink
Huesmann Terhorst Uhlenbrock Wiesmann Oberhauser Gruber Moser Hinterberger Brandstätter Pichler Wimmer
Eichhorn Eisenhut Kreuzer Kappelmann Sedlmayr Hierl Obermeier Unterholzner Kiefer Tannert Wirth Späth
Häberle Schwab Maurer Gmelin Kächele Bürkle Rapp Ströbele Hägele Riedlinger Nüßle Kugler Dittrich Ebert
Pietsch Kretschmer Hanke Wenzel Lehnert Kubitza Nowak Kowalski Wiśniewski Wójcik Kamiński Lewandowski
Zieliński Szymański Dąbrowski Kozłowski Jankowski Mazur Krawczyk Piotrowski Grabowski Pawlak Michalski
Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç
Kurt Özkan Şimşek Polat Korkmaz Karakaya Erdoğan Güneş Acar Bulut Keskin Tekin Ünal Avcı
Nguyen Tran Le Pham Hoang Phan Vu Dang Bui Do Ho Ngo Duong Ly Trinh Dinh
Al-Khatib Haddad Khoury Nasser Saleh Mansour Hamdan Aziz Ibrahim Abdallah El-Amin Rahimi Karimi Hosseini
Okafor Adeyemi Okonkwo Eze Nwosu Balogun Olawale Adebayo Obi Chukwu Ogunleye Afolabi Nwachukwu Osei Mensah
Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Melnyk Boyko Petrenko Savchenko Oliynyk Moroz Lysenko
Iwanow Petrow Smirnow Kusnezow Popow Wolkow Sokolow Lebedew Morosow Nowikow Schewtschuk Hrytsenko
Rossi Russo Ferrari Esposito Romano Colombo Ricci Marino Papadopoulos Georgiou Nikolaidis Petrović Jovanović
Horvat Kovačević Babić Marić Hoxha Krasniqi Berisha Gashi
von_Trotha von_Bülow von_Arnim von_der_Heyde von_Stein zu_Dohna van_der_Meer van_den_Berg van_Dijk de_Vries
ter_Horst op_den_Kamp vom_Hofe zur_Nieden de_Boer van_Aken von_Hagen von_Wedel
Müller-Lüdenscheidt Schmidt-Rottluff Meyer-Landrut Schulze-Bergmann Krüger-Nieland Weber-Klein
Hoffmann-Yilmaz Becker-Nguyen Lehmann-Okafor Neumann-Kowalski Graf-Haddad
Baumgartner Brenner Dorn Eckert Fiedler Gebhardt Hauser Jahn Kolb Lenz Marx Noack Ott Preuß Quast Rau Reuter
Sander Thiele Urban Vetter Wendt Zander Adler Bach Bock Buchholz Dietz Fink Frey Geiger Hering Hummel Kern
Kunze Link Mertens Nagel Probst Reich Rieger Scholl Seifert Stark Strauß Thiel Ulrich Vollmer Witt Wiegand
Zeller Ebeling Heck Husemann Landgraf Matthes Pohlmann Rehbein Sperling Tews Wilke`)

var deStreets = fields(`Fritz-Reuter-Straße Goethestraße Schillerstraße Schillerstr. Lessingstraße Herderweg Uhlandstraße
Mörikeweg Eichendorffstraße Heinestraße Kleiststraße Hölderlinweg Wilhelm-Busch-Straße Theodor-Storm-Straße
Klaus-Groth-Weg Annette-von-Droste-Hülshoff-Str. Bertha-von-Suttner-Platz Käthe-Kollwitz-Ring Clara-Zetkin-Straße
Rosa-Luxemburg-Str. Karl-Marx-Allee Friedrich-Engels-Ring August-Bebel-Straße Ernst-Thälmann-Straße
Konrad-Adenauer-Allee Willy-Brandt-Platz Kurt-Schumacher-Ring Theodor-Heuss-Straße Ludwig-Erhard-Str.
Otto-Hahn-Weg Max-Planck-Straße Robert-Koch-Platz Albert-Einstein-Ring Wernher-von-Braun-Str. Carl-Benz-Straße
Gottlieb-Daimler-Str. Rudolf-Diesel-Weg Graf-Zeppelin-Ring Sophie-Scholl-Straße Geschwister-Scholl-Platz
Anne-Frank-Weg Hannah-Arendt-Gasse Elsa-Brändström-Str. Bismarckstraße Moltkestraße Roonstraße Blücherplatz
Gneisenaustraße Scharnhorstweg Yorckstraße Lützowufer Kaiser-Wilhelm-Ring Luisenstraße Augustastraße
Königin-Luise-Str. Prinz-Eugen-Straße Lindenallee Kastanienallee Birkenweg Eichenweg Buchenring Ahornstraße
Erlenweg Ulmenstraße Weidenweg Tannenweg Fichtenstr. Kiefernweg Lärchenweg Eschenallee Pappelallee
Rosenweg Tulpenweg Nelkenstraße Asternweg Fliederweg Lilienstraße Veilchenweg Kornblumenweg Mohnweg
Am_Mühlbach Am_Kirchberg Am_Sandberg Am_Weinberg Am_Anger Am_Brink Am_Deich Am_Markt Am_Schlossgarten
Am_Hopfengarten Am_Wasserturm Am_Steinbruch Am_Ziegelhof Am_Gänseanger Am_Pfarrhof Am_Lindenplatz
An_der_Alster An_der_Kirche An_der_Mühle An_der_Schleuse An_der_Wiek An_der_Obertrave An_den_Eichen
An_der_Bleiche Auf_dem_Hügel Auf_der_Heide Im_Winkel Im_Grund Im_Tal Hinter_der_Mauer Zum_Sportplatz
Zur_Post Beim_Alten_Zoll Unter_den_Linden Hauptstraße Bahnhofstraße Dorfstraße Schulstraße Gartenstraße
Kirchstraße Bergstraße Waldstraße Feldstraße Wiesenweg Mühlenweg Lindenstraße Ringstraße Poststraße
Marktplatz Kirchplatz Rathausplatz Schlossplatz Domplatz Neumarkt Altmarkt Alter_Markt Holzmarkt Fischmarkt
Fischergasse Webergasse Gerbergasse Färbergasse Judengasse Badergasse Schmiedgasse Kettengasse Glockengießerstraße
Mönkhofer_Weg Elbchaussee Potsdamer_Chaussee Berliner_Chaussee Frankfurter_Allee Hamburger_Straße Bremer_Str.
Kieler_Straße Lübecker_Str. Münchner_Straße Augsburger_Str. Nürnberger_Straße Dresdner_Straße Leipziger_Str.
Tempelhofer_Damm Hohenzollerndamm Kurfürstendamm Maybachufer Paul-Lincke-Ufer Fraenkelufer Schaumainkai
Mainkai Rheinuferstraße Elbuferweg Weserstraße Saaleufer Neckarstaden Isarring Donaulände Moselweinstraße
Deichstraße Hafenstraße Speicherstraße Kaistraße Schleusenweg Lotsenweg Fährweg Strandweg Dünenweg
Sonnenhang Panoramaweg Höhenweg Talstraße Quellenweg Brunnenstraße Teichweg Seestraße Uferweg Moorweg
Grüner_Weg Breiter_Weg Langer_Weg Krummer_Weg Alte_Landstraße Neue_Straße Kleine_Kirchgasse Große_Bäckerstraße
Industriestraße Gewerbering Handwerkerhof Raiffeisenstraße Genossenschaftsweg Kolpingstraße Pestalozzistraße
Fröbelweg Montessoriweg Humboldtstraße Gutenbergstraße Dürerstraße Cranachweg Riemenschneiderstraße
Bachstraße Händelstraße Beethovenstraße Mozartweg Schubertstraße Brahmsring Wagnerstraße Telemannweg
Lortzingstraße Max-Reger-Str. Richard-Strauss-Straße Gorch-Fock-Weg Nordstraße Südring Ostwall Westwall
Stadtgraben Wallstraße Torstraße Zwingerstraße Burgstraße Klosterstraße Abteiweg Propsteigasse`)

type deCity struct{ city, plz2 string }

var deCities = []deCity{
	{"Rostock", "18"}, {"Schwerin", "19"}, {"Kiel", "24"}, {"Lübeck", "23"}, {"Hamburg", "22"}, {"Bremen", "28"},
	{"Hannover", "30"}, {"Braunschweig", "38"}, {"Magdeburg", "39"}, {"Berlin", "10"}, {"Berlin", "12"},
	{"Potsdam", "14"}, {"Cottbus", "03"}, {"Dresden", "01"}, {"Leipzig", "04"}, {"Chemnitz", "09"},
	{"Halle (Saale)", "06"}, {"Erfurt", "99"}, {"Jena", "07"}, {"Göttingen", "37"}, {"Kassel", "34"},
	{"Marburg", "35"}, {"Frankfurt am Main", "60"}, {"Wiesbaden", "65"}, {"Mainz", "55"}, {"Darmstadt", "64"},
	{"Mannheim", "68"}, {"Heidelberg", "69"}, {"Karlsruhe", "76"}, {"Freiburg im Breisgau", "79"},
	{"Stuttgart", "70"}, {"Tübingen", "72"}, {"Ulm", "89"}, {"Augsburg", "86"}, {"München", "81"},
	{"Regensburg", "93"}, {"Nürnberg", "90"}, {"Würzburg", "97"}, {"Bamberg", "96"}, {"Bayreuth", "95"},
	{"Passau", "94"}, {"Ingolstadt", "85"}, {"Saarbrücken", "66"}, {"Trier", "54"}, {"Koblenz", "56"},
	{"Bonn", "53"}, {"Köln", "50"}, {"Düsseldorf", "40"}, {"Duisburg", "47"}, {"Essen", "45"}, {"Bochum", "44"},
	{"Münster", "48"}, {"Bielefeld", "33"}, {"Osnabrück", "49"}, {"Oldenburg (Oldb)", "26"}, {"Flensburg", "24"},
	{"Greifswald", "17"}, {"Stralsund", "18"}, {"Frankfurt (Oder)", "15"}, {"Görlitz", "02"}, {"Zwickau", "08"},
	{"Gera", "07"}, {"Weimar", "99"}, {"Fulda", "36"}, {"Siegen", "57"}, {"Paderborn", "33"}, {"Hildesheim", "31"},
	{"Lüneburg", "21"}, {"Celle", "29"}, {"Konstanz", "78"}, {"Lindau (Bodensee)", "88"}, {"Bad Tölz", "83"},
	{"Garmisch-Partenkirchen", "82"}, {"Emden", "26"}, {"Husum", "25"}, {"Wismar", "23"}, {"Neubrandenburg", "17"},
}

var deNeg = []string{
	"Goethe-Gymnasium", "Robert-Koch-Institut", "Max-Planck-Institut", "Carl Zeiss", "Käthe Wohlfahrt", "Hugo Boss",
	"Porsche", "Haribo", "Dr. Hauschka", "Kneipp", "Ritter Sport", "Anne-Frank-Schule", "Sophie-Scholl-Gymnasium",
	"Helios Klinikum", "Konrad-Adenauer-Stiftung", "Friedrich-Ebert-Stiftung", "Heinrich-Böll-Stiftung",
	"Humboldt-Universität", "Georg-Büchner-Preis", "Gorch Fock", "Kaiser-Wilhelm-Gedächtniskirche",
	"Albert-Schweitzer-Kinderdorf", "Bismarckturm", "Fielmann", "Rossmann", "Tchibo", "Bahlsen", "Melitta",
	"Dallmayr", "Wella", "Beiersdorf", "Steiff", "Märklin", "Faber-Castell", "Staedtler", "Lamy", "Liebherr",
	"Kärcher", "Würth", "Stihl", "Miele", "Knorr", "Leibniz-Keks", "Mozartkugeln", "Sachertorte", "Diesel",
	"Elisabeth-Krankenhaus", "St. Josefs-Hospital", "Marienhospital", "Paracelsus-Klinik", "Charité",
	"Alexander-von-Humboldt-Stiftung", "Theodor-Fontane-Archiv", "Schiller-Nationalmuseum", "Karl-May-Festspiele",
	"Otto-Bock-Gruppe", "Villeroy & Boch", "Hengstenberg-Gurken",
}

var deWordNeg = []string{
	"Die Wände bitte nicht rosa streichen.", "Frank und frei gesagt: so geht das nicht.", "Auf der Heide blüht es schon.",
	"Kurz vor Mai wird es eng.", "Im August ist das Büro zu.", "Der Wolf wurde im Wald gesichtet.", "Liebe Grüße an alle!",
	"Montag fällt aus, Dienstag auch.", "Der Hausmeister kommt am Freitag.", "Die Sachbearbeiterin ist im Urlaub.",
	"Ein echter Engel, diese Nachbarin.", "Im Sommer wird gegrillt.", "Weiß jemand, wer den Schlüssel hat?",
	"Bitte Mark nicht mit Euro verwechseln — alte Preisschilder!", "Klein, aber fein.", "Herzlichen Glückwunsch!",
	"Fuchs gesichtet, Hühner reinholen.", "Wer will, kann mitfahren.", "Ernst gemeinte Anfragen bitte per Post.",
	"Der Winter kommt bestimmt.",
}

func (g *gen) deG() string { return g.of(deGiven) }

// deFem are the given names at the head of deGiven, all women's names.
var deFem = deGiven[:slicesIndex(deGiven, "Maximilian")]

func slicesIndex(s []string, v string) int {
	for i, x := range s {
		if x == v {
			return i
		}
	}
	return len(s)
}

func (g *gen) deF() string { return g.of(deFem) }
func (g *gen) deS() string { return g.of(deSur) }

func (g *gen) dePlain() string {
	if g.chance(0.1) {
		return g.pick("Anna", "Lena", "Eva", "Ann", "Lisa", "Julia") + "-" + g.pick("Marie", "Sophie", "Luise", "Christin") + " " + g.deS()
	}
	return g.deG() + " " + g.deS()
}

func (g *gen) deName() string {
	switch g.r.IntN(12) {
	case 0:
		return strings.ToUpper(g.deS()) + ", " + g.deG()
	case 1:
		return g.deS() + ", " + g.deG()
	case 2:
		return string([]rune(g.deG())[:1]) + ". " + g.deS()
	case 3:
		return g.deG() + " " + g.deG() + " " + g.deS()
	default:
		return g.dePlain()
	}
}

// deTitled writes a salutation or title and labels only the name.
func (g *gen) deTitled(b *builder) {
	switch g.r.IntN(5) {
	case 0:
		b.t(g.pick("Herr ", "Frau ", "Herrn "))
		b.name(g.deS())
	case 1:
		b.t(g.pick("Dr. ", "Prof. Dr. ", "Dr. med. ", "Dipl.-Ing. "))
		b.name(g.dePlain())
	case 2:
		b.t(g.pick("Frau Dr. ", "Herr Dr. ", "Frau Prof. "))
		b.name(g.deS())
	default:
		b.name(g.dePlain())
	}
}

func (g *gen) deHouse() string {
	n := fmt.Sprint(g.n(1, 160))
	switch g.r.IntN(8) {
	case 0:
		return n + string("abcd"[g.r.IntN(4)])
	case 1:
		m := g.n(1, 80)
		return fmt.Sprintf("%d-%d", m, m+g.n(1, 4))
	case 2:
		return n + " " + string("ab"[g.r.IntN(2)])
	}
	return n
}

func (g *gen) deStreet() string { return g.of(deStreets) + " " + g.deHouse() }

func (g *gen) deCityLine() string {
	c := deCities[g.r.IntN(len(deCities))]
	return c.plz2 + fmt.Sprintf("%03d", g.r.IntN(1000)) + " " + c.city
}

func (g *gen) deAddr(multi bool) string {
	st := g.deStreet()
	extra := ""
	if g.chance(0.15) {
		extra = g.pick("Hinterhaus", "3. OG links", "Whg. "+fmt.Sprint(g.n(1, 30)), "Seitenflügel, 2. OG", "Gartenhaus")
	}
	city := g.deCityLine()
	if multi {
		if extra != "" {
			return st + "\n" + extra + "\n" + city
		}
		return st + "\n" + city
	}
	if extra != "" {
		return st + ", " + extra + ", " + city
	}
	return st + g.pick(", ", ", ", " · ", " in ") + city
}

func (g *gen) deWochentag() string {
	return g.pick("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
}
func (g *gen) deMonat() string {
	return g.pick("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember")
}
func (g *gen) deNeg() string { return g.of(deNeg) }

var deKinds = []kind{
	{"klassenbuch", deKlassenbuch}, {"mietspiegel_anfrage", deMietspiegel}, {"hausverwaltung_aushang", deAushang},
	{"arztbrief", deArztbrief}, {"polizeibericht", dePolizei}, {"schoeffenliste", deSchoeffen},
	{"jubilaeumsgruesse", deJubilaeum}, {"bewerbungsanschreiben", deBewerbung}, {"nebenkostenabrechnung", deNebenkosten},
	{"gerichtsvollzieher", deGerichtsvollzieher}, {"stammtisch_whatsapp", deStammtisch}, {"kita_elternbrief", deKita},
	{"abizeitung", deAbizeitung}, {"vollmacht", deVollmacht}, {"fundbuero", deFundbuero},
}

func deKlassenbuch(g *gen, b *builder) {
	b.t("Klassenbuch ", g.pick("7b", "8a", "9c", "10d", "5e"), " — ", g.deNeg(), "\nKlassenleitung: ")
	g.deTitled(b)
	b.t("\n\n")
	for range g.n(6, 8) {
		b.t(fmt.Sprintf("%02d.%02d. ", g.n(1, 28), g.n(1, 12)), g.pick("1.", "2.", "3.", "5."), " Std. — ")
		switch g.r.IntN(3) {
		case 0:
			b.name(g.deName())
			b.t(" fehlt unentschuldigt; Anruf bei Mutter ")
			b.name(g.deG())
			b.t(" erfolglos.")
		case 1:
			b.t("Vertretung durch ")
			g.deTitled(b)
			b.t(". ", g.of(deWordNeg))
		default:
			b.name(g.deG())
			b.t(" und ")
			b.name(g.deG())
			b.t(" stören; Elternbrief an ")
			b.addr(g.deAddr(false))
			b.t(".")
		}
		b.t("\n")
	}
	b.t("Gesehen: ")
	b.name(g.dePlain())
	b.t(" (Schulleitung)\n")
}

func deMietspiegel(g *gen, b *builder) {
	b.name(g.dePlain())
	b.t("\n")
	b.addr(g.deAddr(true))
	b.t("\n\nAn das Amt für Wohnen, Sachgebiet Mietspiegel\nz. Hd. ", g.pick("Frau ", "Herrn ", "Frau Dr. "))
	b.name(g.deS())
	b.t("\n\nBetreff: Auskunft zur ortsüblichen Vergleichsmiete für ")
	b.addr(g.deAddr(false))
	b.t("\n\nSehr geehrte Damen und Herren,\n\nmein Vermieter, ")
	g.deTitled(b)
	b.t(", verlangt eine Erhöhung ab ", g.deMonat(), ". Vergleichswohnungen nennt er: ")
	for i := range g.n(2, 3) {
		if i > 0 {
			b.t("; ")
		}
		b.addr(g.deAddr(false))
	}
	b.t(". Mein Nachbar ")
	b.name(g.dePlain())
	b.t(" hat dieselbe Erhöhung bekommen. ", g.of(deWordNeg), "\n\nMit freundlichen Grüßen\n")
	b.name(g.dePlain())
	b.t("\n")
}

func deAushang(g *gen, b *builder) {
	b.t("AUSHANG — HAUSVERWALTUNG ", strings.ToUpper(g.deS()), " & PARTNER GMBH\nObjekt: ")
	b.addr(g.deAddr(false))
	b.t("\n\nLiebe Mieterinnen und Mieter,\n\nam ", g.deWochentag(), " wird das Treppenhaus gestrichen (Farbe: Rosa? Nein — Weiß). ")
	b.t("Ansprechpartner vor Ort ist Hausmeister ")
	b.name(g.dePlain())
	b.t(". Schlüssel bitte bei ")
	g.deTitled(b)
	b.t(" (EG links) abgeben.\n\nKlingelschilder neu:\n")
	for range g.n(4, 6) {
		b.t("  ", g.pick("EG", "1. OG", "2. OG", "3. OG", "DG"), " ", g.pick("links", "rechts", "Mitte"), ": ")
		b.name(g.deName())
		if g.chance(0.35) {
			b.t(" / ")
			b.name(g.deG() + " " + g.deS())
		}
		b.t("\n")
	}
	b.t("\nBüro: ")
	b.addr(g.deAddr(false))
	b.t(", Sprechzeit ", g.deWochentag(), " 9–12 Uhr. ", g.of(deWordNeg), "\ngez. ")
	b.name(g.dePlain())
	b.t("\n")
}

func deArztbrief(g *gen, b *builder) {
	b.t(g.pick("Klinik für Innere Medizin", "Chirurgische Abteilung", "Praxis für Allgemeinmedizin"), " · ", g.deNeg(), "\n")
	b.addr(g.deAddr(false))
	b.t("\n\nHerrn/Frau\nDr. med. ")
	b.name(g.dePlain())
	b.t("\n")
	b.addr(g.deAddr(true))
	b.t("\n\nEntlassungsbericht\nPatient/in: ")
	b.name(g.deName())
	b.t(", geb. ", fmt.Sprintf("%02d.%02d.19%02d", g.n(1, 28), g.n(1, 12), g.n(30, 99)), ", wohnhaft ")
	b.addr(g.deAddr(false))
	b.t("\n\nSehr geehrte Frau Kollegin, sehr geehrter Herr Kollege,\n\nwir berichten über ")
	b.t(g.pick("Frau ", "Herrn "))
	b.name(g.deS())
	b.t(", die/der vom ", fmt.Sprint(g.n(1, 28)), ". bis ", fmt.Sprint(g.n(1, 28)), ". ", g.deMonat(), " stationär behandelt wurde (Morbus Crohn, Parkinson-Syndrom ausgeschlossen). ")
	b.t("Angehörige: Tochter ")
	b.name(g.deG())
	b.t(", Tel. hinterlegt.\n\nMit kollegialen Grüßen\n")
	g.deTitled(b)
	b.t(" (Oberärztin)   ")
	g.deTitled(b)
	b.t(" (Assistenzarzt)\n")
}

func dePolizei(g *gen, b *builder) {
	b.t("POLIZEIINSPEKTION ", strings.ToUpper(deCities[g.r.IntN(len(deCities))].city), " — PRESSEMITTEILUNG\n\n")
	for range g.n(3, 4) {
		b.t(g.pick("Einbruch", "Verkehrsunfall", "Sachbeschädigung", "Fahrraddiebstahl"), " — Bereich ", g.of(deStreets), "\n")
		b.t("Am ", g.deWochentag(), "abend wurde in ")
		b.addr(g.deAddr(false))
		b.t(" ", g.pick("ein Keller aufgebrochen", "ein Pkw beschädigt", "ein E-Bike entwendet"), ". Ein ", fmt.Sprint(g.n(18, 80)), "-jähriger Zeuge, ")
		b.name(g.dePlain())
		b.t(", beobachtete zwei Personen. Die Geschädigte ")
		b.name(g.deName())
		b.t(" bittet um Hinweise. ")
		if g.chance(0.5) {
			b.t("Die Beamten ")
			b.name(g.deS())
			b.t(" und ")
			b.name(g.deS())
			b.t(" nahmen den Fall auf. ")
		}
		b.t("\n\n")
	}
	b.t("Rückfragen: Pressestelle, ")
	b.name(g.dePlain())
	b.t("\n")
}

func deSchoeffen(g *gen, b *builder) {
	b.t("Vorschlagsliste für Schöffinnen und Schöffen, Amtsperiode 2029–2033\nGemeinde ", deCities[g.r.IntN(len(deCities))].city, "\n\n")
	b.t("Lfd. Nr. | Familienname, Vorname | Beruf | Anschrift\n")
	for i := range g.n(5, 7) {
		b.t(fmt.Sprint(i+1), " | ")
		b.name(g.deS() + ", " + g.deG())
		b.t(" | ", g.pick("Erzieherin", "Schlosser", "Rentnerin", "Bankkauffrau", "Landwirt", "Lehrer"), " | ")
		b.addr(g.deAddr(false))
		b.t("\n")
	}
	b.t("\nBeschlossen im Gemeinderat am ", fmt.Sprint(g.n(1, 28)), ". ", g.deMonat(), ". Bürgermeisterin ")
	b.name(g.dePlain())
	b.t("; Protokoll: ")
	b.name(g.deName())
	b.t("\n")
}

func deJubilaeum(g *gen, b *builder) {
	b.t("Wir gratulieren! — Jubiläen im ", g.deMonat(), "\n\n")
	for range g.n(3, 4) {
		switch g.r.IntN(2) {
		case 0:
			b.t("Goldene Hochzeit feiern ")
			b.name(g.deG())
			b.t(" und ")
			b.name(g.dePlain())
			b.t(", ")
			b.addr(g.deAddr(false))
			b.t(". Es gratulieren die Enkel ")
			b.name(g.deG())
			b.t(", ")
			b.name(g.deG())
			b.t(" und Omas Liebling ")
			b.name(g.deG())
			b.t(".\n")
		default:
			b.t(fmt.Sprint(g.n(80, 101)), ". Geburtstag: ")
			b.name(g.deName())
			b.t(" (")
			b.addr(g.deAddr(false))
			b.t("). ", g.of(deWordNeg), " — Deine ")
			b.name(g.deG())
			b.t(" aus der ", g.of(deStreets), "\n")
		}
	}
	b.t("\nDie Gemeinde und ", g.deNeg(), " schließen sich an. Ortsvorsteher ")
	b.name(g.dePlain())
	b.t("\n")
}

func deBewerbung(g *gen, b *builder) {
	b.name(g.dePlain())
	b.t("\n")
	b.addr(g.deAddr(true))
	b.t("\n\n", g.pick("Stadtwerke", "Kreisverwaltung", "Elektro", "Autohaus"), " ", g.deS(), " GmbH\nPersonalabteilung\nz. Hd. ")
	g.deTitled(b)
	b.t("\n")
	b.addr(g.deAddr(true))
	b.t("\n\nBewerbung als ", g.pick("Industriekauffrau", "Mechatroniker", "Pflegefachkraft", "Sachbearbeiter Lohn"), "\n\nSehr geehrte")
	if g.chance(0.5) {
		b.t(" Frau ")
	} else {
		b.t("r Herr ")
	}
	b.name(g.deS())
	b.t(",\n\nauf Empfehlung von ")
	b.name(g.dePlain())
	b.t(" bewerbe ich mich bei Ihnen. Meine Ausbildung habe ich bei ", g.deNeg(), " abgeschlossen; meine Ausbilderin ")
	b.name(g.deName())
	b.t(" steht als Referenz zur Verfügung. ", g.of(deWordNeg), "\n\nMit freundlichen Grüßen\n")
	b.name(g.dePlain())
	b.t("\n")
}

func deNebenkosten(g *gen, b *builder) {
	b.t("Hausverwaltung ", g.pick("Immobilien", "Grundbesitz"), " ", g.deS(), " KG · ")
	b.addr(g.deAddr(false))
	b.t("\n\n")
	b.name(g.deName())
	b.t("\nc/o ")
	b.name(g.dePlain())
	b.t("\n")
	b.addr(g.deAddr(true))
	b.t("\nDeutschland\n\nBETRIEBSKOSTENABRECHNUNG ", g.pick("2024", "2025"), "\nMietobjekt: ")
	b.addr(g.deAddr(false))
	b.t("\n\nPosition            Anteil   Betrag\n")
	for _, p := range []string{"Grundsteuer", "Müllabfuhr", "Hauswart", "Gartenpflege", "Allgemeinstrom"} {
		b.t(fmt.Sprintf("%-18s  %d/%d  %d,%02d EUR\n", p, g.n(1, 9), 10, g.n(20, 900), g.r.IntN(100)))
	}
	b.t("\nHauswart: ")
	b.name(g.dePlain())
	b.t("; Gartenpflege: Fa. ", g.deNeg(), "\nSachbearbeitung: ")
	g.deTitled(b)
	b.t("\n")
}

func deGerichtsvollzieher(g *gen, b *builder) {
	b.t("Obergerichtsvollzieher")
	if g.chance(0.5) {
		b.t("in")
	}
	b.t(" ")
	b.name(g.dePlain())
	b.t("\n")
	b.addr(g.deAddr(false))
	b.t("\n\nHerrn/Frau\n")
	b.name(g.deName())
	b.t("\n")
	b.addr(g.deAddr(true))
	b.t("\n\nDR II ", g.digits(4), "/26 — Zwangsvollstreckung ", g.pick("Stadtwerke", "Inkasso"), " ", g.deS(), " ./. ")
	b.name(g.dePlain())
	b.t("\n\nIch werde Sie am ", g.deWochentag(), ", ", fmt.Sprint(g.n(1, 28)), ". ", g.deMonat(), ", zwischen 8 und 10 Uhr aufsuchen. ")
	b.t("Gläubigervertreter: Rechtsanwältin ")
	b.name(g.dePlain())
	b.t(", ")
	b.addr(g.deAddr(false))
	b.t(". Drittschuldnerin: ")
	b.name(g.deName())
	b.t(". ", g.of(deWordNeg), "\n")
}

func deStammtisch(g *gen, b *builder) {
	b.t("WhatsApp-Chat mit \"Stammtisch ", g.pick("Zum Goldenen Anker", "Ratskeller", "Alte Post", "Krug zum grünen Kranze"), "\"\n")
	for range g.n(8, 10) {
		b.t(fmt.Sprintf("[%02d.%02d.26, %02d:%02d] ", g.n(1, 28), g.n(1, 12), g.n(16, 23), g.r.IntN(60)))
		b.name(g.pick(g.deG(), g.dePlain()))
		b.t(": ")
		switch g.r.IntN(4) {
		case 0:
			b.t("@")
			b.name(g.deG())
			b.t(" holst du mich ab? Bin bei ")
			b.addr(g.deAddr(false))
		case 1:
			b.t("Wo wohnt ")
			b.name(g.deG())
			b.t(" jetzt? -> ")
			b.addr(g.deStreet())
		case 2:
			b.t(g.of(deWordNeg), " 🍺")
		default:
			b.t("Grüße von ")
			b.name(g.deG())
			b.t(" und Tante ")
			b.name(g.deF())
		}
		b.t("\n")
	}
}

func deKita(g *gen, b *builder) {
	b.t("Kita ", g.pick("Sonnenschein", "Pusteblume", "Regenbogen", "Löwenzahn"), " — Elternbrief ", g.deMonat(), "\n\nLiebe Eltern,\n\n")
	b.t("ab ", g.deWochentag(), " verstärkt ")
	b.name(g.deG() + " " + g.deS())
	b.t(" unser Team in der Igelgruppe. ")
	b.t("Das Sommerfest findet im Garten von ")
	b.name(g.dePlain())
	b.t(" statt (")
	b.addr(g.deAddr(false))
	b.t(").\n\nKuchenliste:\n")
	for range g.n(4, 5) {
		b.t("- ")
		kid := g.deG()
		b.name(kid)
		if strings.ContainsAny(kid[len(kid)-1:], "sxzß") || strings.HasSuffix(kid, "ß") {
			b.t("' Mama ")
		} else {
			b.t("s Mama ")
		}
		b.name(g.deF())
		b.t(": ", g.pick("Marmorkuchen", "Rosa Muffins", "Bienenstich", "Obstsalat"), "\n")
	}
	b.t("\nAbholberechtigt für ")
	b.name(g.deG())
	b.t(" ist zusätzlich ")
	b.name(g.deName())
	b.t(", ")
	b.addr(g.deAddr(false))
	b.t(".\n\nHerzliche Grüße\n")
	b.name(g.deG())
	b.t(" ")
	b.t("und das Kita-Team\n")
}

func deAbizeitung(g *gen, b *builder) {
	b.t("ABIZEITUNG ", g.pick("2026", "2027"), " — ", g.deNeg(), "\n\nSteckbriefe\n\n")
	for range g.n(3, 4) {
		b.t("NAME: ")
		b.name(strings.ToUpper(g.dePlain()))
		b.t("\nSpitzname: ", g.pick("Bär", "Keks", "Prinz", "Mausi", "Chef"), "\nBeste Freundin: ")
		b.name(g.deG())
		b.t("\nLieblingslehrer: ")
		b.t(g.pick("Herr ", "Frau "))
		b.name(g.deS())
		b.t("\nZitat: „", g.of(deWordNeg), "“\nIn 10 Jahren: Straßenfest (", g.of(deStreets), ") mit ")
		b.name(g.deG())
		b.t("\n\n")
	}
	b.t("Post an die Redaktion: ")
	b.name(g.dePlain())
	b.t(", ")
	b.addr(g.deAddr(false))
	b.t("\n")
}

func deVollmacht(g *gen, b *builder) {
	b.t("VOLLMACHT\n\nHiermit bevollmächtige ich,\n")
	b.name(g.deName())
	b.t(", geb. am ", fmt.Sprintf("%02d.%02d.19%02d", g.n(1, 28), g.n(1, 12), g.n(30, 99)), ",\nwohnhaft ")
	b.addr(g.deAddr(false))
	b.t(",\n\nHerrn/Frau ")
	b.name(g.dePlain())
	b.t(",\nwohnhaft ")
	b.addr(g.deAddr(false))
	b.t(",\n\nmich gegenüber ", g.pick("der Sparkasse", "dem Bürgeramt", "der Deutschen Post", "dem Finanzamt"), " zu vertreten, insbesondere bei der Abholung von Unterlagen. ")
	b.t("Ersatzweise gilt die Vollmacht für ")
	b.name(g.dePlain())
	b.t(".\n\n", deCities[g.r.IntN(len(deCities))].city, ", den ", fmt.Sprint(g.n(1, 28)), ". ", g.deMonat(), " 2026\n\n____________________\n")
	b.name(g.deName())
	b.t("\n\nZeuge: ")
	b.name(g.dePlain())
	b.t("\n")
}

func deFundbuero(g *gen, b *builder) {
	b.t("Fundbüro ", deCities[g.r.IntN(len(deCities))].city, " — Fundmeldungen KW ", fmt.Sprint(g.n(1, 52)), "\n\n")
	for range g.n(4, 5) {
		b.t("Fundsache ", g.digits(5), ": ", g.pick("Geldbörse", "Schlüsselbund", "Brille (Fielmann-Etui)", "Kinderrucksack", "Ehering"), "\n")
		b.t("  Fundort: ")
		if g.chance(0.6) {
			b.addr(g.deStreet())
		} else {
			b.t("Bus Linie ", fmt.Sprint(g.n(1, 40)))
		}
		b.t("\n  Finder: ")
		b.name(g.deName())
		if g.chance(0.5) {
			b.t(", ")
			b.addr(g.deAddr(false))
		}
		b.t("\n  Ausweis im Fund lautet auf: ")
		b.name(g.deS() + ", " + g.deG())
		b.t("\n\n")
	}
	b.t("Sachbearbeitung: ")
	b.name(g.dePlain())
	b.t("\n")
}
