package unspoken

import "github.com/comity-project/comity/pii"

var deGiven = fields(`Lukas Leon Finn Jonas Paul Elias Noah Felix Maximilian Ben Luis Julian Tim Jan Niklas Moritz Tom David Philipp Alexander Simon Fabian Tobias Florian Sebastian Daniel Michael Thomas Andreas Stefan Christian Markus Frank Jürgen Uwe Klaus Wolfgang Dieter Horst Günter Rainer Bernd Hans Peter Werner Manfred Karl-Heinz Hans-Jürgen Detlef Jörg Sven Marco Dirk Heiko Torsten Matthias Mia Emma Hannah Sofia Lea Lena Marie Anna Laura Lina Emilia Clara Leonie Johanna Paula Charlotte Luisa Greta Ida Frieda Maja Sarah Julia Katharina Lisa Jana Nina Sabine Petra Claudia Andrea Susanne Monika Birgit Heike Karin Gabriele Ursula Renate Ingrid Helga Brigitte Elke Anja Silke Kerstin Nicole Stefanie Melanie Tanja Sandra Annegret Hildegard Gisela Waltraud Ute Doris Marlies Anke Dörte Mehmet Mustafa Ahmet Ali Hüseyin Emre Can Burak Murat Elif Ayşe Fatma Zeynep Emine Merve Aylin Selin Piotr Krzysztof Tomasz Agnieszka Katarzyna Małgorzata Magdalena Dmitri Sergej Alexej Natalia Swetlana Olga Tatjana Irina Wladimir Jewgeni Mohammed Ahmad Omar Yasmin Leila Rania Khaled Samir Giuseppe Salvatore Francesca Giulia Alessandro Antonio Dimitrios Georgios Eleni Konstantinos Maria Ioannis Nikola Dragan Jelena Milica Ivana Luka Amir Reza Shirin Anh Hoang Kai-Uwe Lars Ole Hauke Wiebke Frauke Sönke Malte Jannik Merle Theresa Vincent Xaver Korbinian Vroni`)

var deSurname = fields(`Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt Werner Schmitz Krause Meier Lehmann Schmid Schulze Maier Köhler Herrmann König Walter Mayer Huber Kaiser Fuchs Peters Lang Scholz Möller Weiß Jung Hahn Schubert Vogel Friedrich Keller Günther Frank Berger Winkler Roth Beck Lorenz Baumann Franke Albrecht Schuster Simon Ludwig Böhm Winter Kraus Martin Schumacher Krämer Vogt Stein Jäger Otto Sommer Groß Seidel Heinrich Brandt Haas Schreiber Graf Schulte Dietrich Ziegler Kuhn Kühn Pohl Engel Horn Busch Bergmann Thomas Voigt Sauer Arnold Wolff Pfeiffer Ernst Brinkmann Hesse Wiegand Overbeck Janßen Ostermann Friesen Hinrichs Poppe Gödeke Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kowalski Nowak Wiśniewski Lewandowski Zieliński Kamiński Wójcik Iwanow Petrow Smirnow Schewtschenko Kusnezow Popow Haddad Al-Hassan Khalil Nasser Abdallah Rossi Russo Esposito Romano Bianchi Colombo Papadopoulos Georgiou Dimitriou Nikolaidis Jovanović Petrović Nguyen Tran Pham Ahmadi Hosseini Rahimi von_Bülow von_der_Heyde van_den_Berg de_Vries Freiherr_von_Stein Oberhuber Achterberg Thießen Kleinschmidt Wittkowski Trautmann Sperling Bohnsack Rademacher`)

var deStemA = fields(`Linden Birken Eichen Goethe Schiller Bahnhof Haupt Kirch Schul Garten Berg Wald Mühlen Rosen Tannen Ahorn Friedhof Markt Feld Wiesen Bach Sonnen Heide Brunnen Kastanien Lessing Beethoven Mozart Uhland Körner Hölderlin Erlen Buchen Holunder Flieder Kolping Luisen Wilhelm Marien Bismarck Moltke Hafen Deich Anger Ring`)

var deSuf = fields(`straße straße straße str. weg weg platz allee gasse ring ufer steig damm pfad stieg`)

var deWhole = fields(`Am_Mühlbach Zur_Alten_Post An_der_Kirche Im_Winkel Hinter_den_Höfen Karl-Marx-Allee Friedrich-Ebert-Straße Konrad-Adenauer-Ring Rosa-Luxemburg-Platz Berliner_Chaussee Hamburger_Straße Am_Lindenhof Unter_den_Eichen Alte_Landstraße Kleine_Rittergasse Große_Bleichen Auf_dem_Kamp Dorfstraße Sophie-Scholl-Weg Am_Schwanenteich Leipziger_Str. Frankfurter_Allee Theodor-Heuss-Platz Potsdamer_Chaussee Elbuferweg Neckarufer Käthe-Kollwitz-Straße Hermann-Löns-Weg Am_Sonnenhang Waldsteig`)

var deCity = fields(`10115_Berlin 10247_Berlin 12049_Berlin 13353_Berlin 20095_Hamburg 22767_Hamburg 80331_München 81541_München 50667_Köln 51063_Köln 60311_Frankfurt_am_Main 70173_Stuttgart 40213_Düsseldorf 04109_Leipzig 01067_Dresden 30159_Hannover 90402_Nürnberg 28195_Bremen 44135_Dortmund 45127_Essen 47051_Duisburg 44787_Bochum 42103_Wuppertal 33602_Bielefeld 53111_Bonn 48143_Münster 76133_Karlsruhe 68159_Mannheim 86150_Augsburg 65183_Wiesbaden 41061_Mönchengladbach 38100_Braunschweig 24103_Kiel 09111_Chemnitz 06108_Halle_(Saale) 39104_Magdeburg 79098_Freiburg_im_Breisgau 23552_Lübeck 99084_Erfurt 18055_Rostock 55116_Mainz 34117_Kassel 66111_Saarbrücken 14467_Potsdam 26122_Oldenburg 49074_Osnabrück 93047_Regensburg 89073_Ulm 37073_Göttingen 17489_Greifswald 07743_Jena 83022_Rosenheim 88045_Friedrichshafen 25813_Husum 94032_Passau 56068_Koblenz 54290_Trier 97070_Würzburg 02826_Görlitz 19053_Schwerin 26721_Emden 72070_Tübingen 35037_Marburg 63739_Aschaffenburg 31134_Hildesheim`)

func (g *gen) deFirst() string { return g.of(deGiven) }

func (g *gen) deLast() string {
	if g.chance(0.05) {
		return g.of(deSurname[:100]) + "-" + g.of(deSurname[:100])
	}
	return g.of(deSurname)
}

func (g *gen) deName() string { return g.deFirst() + " " + g.deLast() }

func (g *gen) deStreet() string {
	var s string
	if g.chance(0.35) {
		s = g.of(deWhole)
	} else {
		suf := g.of(deSuf)
		s = g.of(deStemA) + suf
		if g.chance(0.12) {
			s = g.pick("Hamburger", "Bremer", "Lübecker", "Kölner", "Dresdner", "Hannoversche", "Alte Heer", "Lange", "Kurze") + " " + g.pick("Straße", "Str.", "Reihe", "Chaussee")
		}
	}
	nr := g.num(1, 160)
	switch g.r.IntN(8) {
	case 0:
		nr += g.pick("a", "b", "c", "d")
	case 1:
		nr += " " + g.pick("a", "b")
	case 2:
		nr += "-" + g.num(170, 190)
	}
	return s + " " + nr
}

func (g *gen) deCityLine() string { return g.of(deCity) }

// deAddr returns a German address; the c/o line, if any, precedes it.
func (g *gen) deAddr(sep string) string { return g.deStreet() + sep + g.deCityLine() }

var deNegs = fields(`Hugo_Boss Dr._Oetker Aldi_Süd Käthe_Wohlfahrt Haribo Kaufland Rotkäppchen_Sekt Hauptbahnhof Alexanderplatz Bahnhof_Zoo Berliner_Philharmonie Frankfurter_Kranz Schwarzwälder_Kirschtorte Porsche Ferdinand-Porsche-Museum Lidl Fielmann Rossmann Tchibo Miele Bosch_Hausgeräte Max-Planck-Institut Goethe-Institut Fraunhofer-Gesellschaft Konrad-Adenauer-Stiftung Humboldt-Universität Karl-May-Festspiele Deutsche_Bahn Werder_Bremen Hertha_BSC Tag_der_offenen_Tür Frohe_Ostern Sommerfest Weihnachtsmarkt Sparkasse Volksbank Edeka Netto Beate-Uhse-Kino Ritter_Sport Schwartau Kathreiner Ferrero_Küsschen Melitta Kneipp`)

func (g *gen) deNegPhrase(b *bld) {
	neg := g.of(deNegs)
	switch g.r.IntN(4) {
	case 0:
		b.t("PS: Treffpunkt ist wie immer vor dem ")
		b.neg(neg)
		b.t(".")
	case 1:
		b.t("Die Quittung von ")
		b.neg(neg)
		b.t(" liegt bei.")
	case 2:
		b.t("(Mit freundlicher Unterstützung von ")
		b.neg(neg)
		b.t(")")
	default:
		b.t("Übrigens: ")
		b.neg(neg)
		b.t(" hat diese Woche Angebote.")
	}
}

var deKinds = []kind{
	{"weiterleitung", deMail},
	{"arbeitszeugnis", deZeugnis},
	{"mahnung", deMahnung},
	{"paketbenachrichtigung", dePaket},
	{"leserbrief", deLeserbrief},
	{"vereinsnachrichten", deVerein},
	{"traueranzeige", deTrauer},
	{"bauantrag", deBauantrag},
	{"kita_abholung", deKita},
	{"eigentuemerprotokoll", deWEG},
	{"nachbarschaftsbrief", deNachbar},
	{"tierarzt_csv", deTierarzt},
	{"umzugsangebot_yaml", deUmzug},
	{"ticket_json", deTicket},
	{"lieferschein_xml", deLieferschein},
}

var deNegKinds = []kind{
	{"neg_speisekarte", deNegKarte},
	{"neg_fahrplanhinweis", deNegFahrplan},
	{"neg_pressemitteilung", deNegPresse},
}

func (g *gen) herrFrau() string { return g.pick("Herr ", "Frau ") }

func deMail(g *gen, b *bld) {
	a, c := g.deFirst(), g.deLast()
	b.t("---------- Weitergeleitete Nachricht ---------\nVon: ")
	b.n(a + " " + c)
	b.t(" <", emailUser(a+"."+c), "@", g.pick("web.de", "gmx.de", "t-online.de", "posteo.de"), ">\nDatum: ", g.deDate(), "\nBetreff: ", g.pick("Neue Anschrift", "Rechnungsadresse", "Übergabe Wohnung"), "\nAn: ")
	o := g.deName()
	b.n(o)
	b.t(" <info@", g.pick("steuerbuero-nord.de", "physio-am-markt.de", "schreinerei-k.de"), ">\n\nGuten Tag ")
	b.n(o)
	b.t(",\n\nbitte schicken Sie die Unterlagen ab sofort an:\n")
	b.n(a + " " + c)
	b.t("\n")
	if g.chance(0.25) {
		b.t("c/o ")
		b.n(g.deName())
		b.t("\n")
	}
	b.a(g.deAddr("\n"))
	b.t("\n\n")
	if g.chance(0.4) {
		g.deNegPhrase(b)
		b.t("\n\n")
	}
	b.t("Viele Grüße\n")
	b.n(a)
	b.t("\n")
}

func deZeugnis(g *gen, b *bld) {
	f, l := g.deFirst(), g.deLast()
	b.t("ARBEITSZEUGNIS\n\nWir bestätigen, dass ")
	b.n(f + " " + l)
	b.t(", geboren am ", pad2(g.n(1, 28)), ".", pad2(g.n(1, 12)), ".19", g.num(60, 99), ", wohnhaft ")
	b.a(g.deAddr(", "))
	b.t(", war vom ", g.deDate(), " bis zum ", g.deDate(), " in unserem Unternehmen als ", g.pick("Sachbearbeiter/in", "Lagerist/in", "Bürokauffrau", "Softwareentwickler/in"), " tätig war. Die übertragenen Aufgaben wurden stets zu unserer vollsten Zufriedenheit erledigt. Wir bedauern das Ausscheiden von ")
	b.n(f + " " + l)
	b.t(" sehr.\n\n", g.pick("Kassel", "Ulm", "Bremen"), ", ", g.deDate(), "\n")
	b.n(g.deName())
	b.t(", Personalleitung\n")
}

func deMahnung(g *gen, b *bld) {
	b.neg(g.pick("Stadtwerke Bielefeld", "Otto Versand", "Bofrost", "Klingel", "Witt Weiden", "Heinrich Heine Versand"))
	b.t(" · Postfach ", g.digits(5), "\n\n")
	b.n(g.deName())
	b.t("\n")
	b.a(g.deAddr("\n"))
	b.t("\n\n2. MAHNUNG – Kundennummer ", g.digits(8), "\n\nSehr geehrte Damen und Herren,\n\nleider konnten wir bis heute keinen Zahlungseingang über ", g.num(19, 480), ",", g.digits(2), " EUR feststellen. Bitte überweisen Sie den Betrag bis zum ", g.deDate(), ". Ansprechpartnerin: ")
	b.n(g.deName())
	b.t(", Tel. 0", g.digits(3), " ", g.digits(6), "\n")
}

func dePaket(g *gen, b *bld) {
	b.t("Benachrichtigungskarte\nLiebe/r ")
	b.n(g.deName())
	b.t(",\nwir haben Sie leider nicht angetroffen. Ihre Sendung ", g.pick("wurde beim Nachbarn", "liegt zur Abholung bereit bei"), ": ")
	if g.chance(0.5) {
		b.t(g.herrFrau())
		b.n(g.deLast())
		b.t(", ")
		b.a(g.deAddr(", "))
		b.t(" abgegeben.\n")
	} else {
		b.neg(g.pick("Kiosk am Hauptbahnhof", "Lotto-Toto Schreibwaren Koch", "Rossmann-Filiale Marktplatz", "Tabak Börse Am Ring"))
		b.t(", ")
		b.a(g.deAddr(", "))
		b.t(" (ab ", g.num(9, 14), ":00 Uhr)\n")
	}
	b.t("Sendungsnummer: 00340434", g.digits(12), "\nIhr Zusteller ")
	b.n(g.deFirst())
	b.t("\n")
}

func deLeserbrief(g *gen, b *bld) {
	b.t("Leserbrief zu „", g.pick("Radweg wird teurer", "Schwimmbad bleibt zu", "Neue Parkgebühren"), "“ vom ", g.deDate(), "\n\nAls Anwohner der ")
	b.neg(g.pick("Goethestraße", "Bahnhofstraße", "Marktstraße", "Schillerstraße"))
	b.t(" kann ich nur den Kopf schütteln. Bürgermeister ")
	b.n(g.deLast())
	b.t(" hatte versprochen, dass ... Auch ")
	b.neg(g.pick("Der Runde Tisch", "Die Grünen", "Die Bürgerinitiative Lebenswerte Innenstadt", "Haus & Grund"))
	b.t(" sieht das so.\n\n")
	b.n(g.deName())
	b.t(", ")
	if g.chance(0.5) {
		b.a(g.deAddr(", "))
	} else {
		b.t(g.pick("Lübeck", "Marburg", "Tübingen", "Jena"))
	}
	b.t("\n")
}

func deVerein(g *gen, b *bld) {
	b.t("VEREINSNACHRICHTEN ", g.pick("TSV 1860 Ahrensburg", "SV Blau-Weiß Gotha", "Turnverein Jahn Husum"), "\n\n")
	b.t("Herzlichen Glückwunsch zum Geburtstag: ")
	for i := range g.n(2, 4) {
		if i > 0 {
			b.t(", ")
		}
		b.n(g.deName())
	}
	b.t(".\nNeue Mitglieder: ")
	b.n(g.deName())
	b.t(" und ")
	b.n(g.deName())
	b.t(". Die Jahreshauptversammlung findet im ")
	b.neg(g.pick("Gasthaus Zur Linde", "Sportheim", "Bürgerhaus Nord", "Schützenhaus"))
	b.t(" statt. Anträge bitte an die Geschäftsstelle: ")
	b.a(g.deAddr(", "))
	b.t(". Kontakt: ")
	b.n(g.deFirst())
	b.t(" (Kassenwart)\n")
}

func deTrauer(g *gen, b *bld) {
	f, l := g.deFirst(), g.deLast()
	b.t("In stiller Trauer nehmen wir Abschied von\n\n")
	b.n(upper(f + " " + l))
	b.t("\ngeb. ")
	b.n(g.deLast())
	b.t("\n* ", g.deDate()[:6], "19", g.num(30, 59), "   † ", g.deDate(), "\n\nIn Liebe\n")
	b.n(g.deFirst())
	b.t(" und ")
	b.n(g.deFirst())
	b.t(" mit Familie\n\nTraueranschrift: ")
	b.neg(g.pick("Bestattungshaus Pietät", "Bestattungen Lindner & Sohn", "Trauerhilfe Denk"))
	b.t(", ")
	b.a(g.deAddr(", "))
	b.t("\nDie Beisetzung findet auf dem ")
	b.neg(g.pick("Waldfriedhof", "Ohlsdorfer Friedhof", "Alten Friedhof", "Südfriedhof"))
	b.t(" statt.\n")
}

func deBauantrag(g *gen, b *bld) {
	b.t("Bauantrag gem. § 64 BauO – Eingangsbestätigung\nAktenzeichen: 63-", g.digits(4), "/25\nBauherr/in: ")
	b.n(g.deLast() + ", " + g.deFirst())
	b.t("\nAnschrift Bauherr: ")
	b.a(g.deAddr(", "))
	b.t("\nBaugrundstück: Gemarkung ", g.pick("Nord", "Altstadt", "Heide"), ", Flur ", g.num(1, 30), ", Flurstück ", g.num(10, 900), "/", g.num(1, 9), "\nEntwurfsverfasser: Dipl.-Ing. ")
	b.n(g.deName())
	b.t("\nVorhaben: ", g.pick("Errichtung eines Carports", "Anbau Wintergarten", "Dachgeschossausbau", "Einfamilienhaus mit Garage"), "\nBearbeiter/in: ")
	b.n(g.deName())
	b.t("\n")
}

func deKita(g *gen, b *bld) {
	b.t("Kita ", g.pick("Sonnenschein", "Pusteblume", "Regenbogen", "Villa Kunterbunt"), " – Abholberechtigung\n\nName des Kindes: ")
	b.n(g.deName())
	b.t("\nErziehungsberechtigte/r: ")
	b.n(g.deName())
	b.t("\nAnschrift: ")
	b.a(g.deAddr(", "))
	b.t("\n\nFolgende Personen dürfen mein Kind abholen:\n")
	for range g.n(1, 3) {
		b.t("• ")
		b.n(g.deName())
		b.t(" (", g.pick("Oma", "Opa", "Tante", "Nachbarin", "Babysitter", "Onkel"), "), Ausweis wird vorgezeigt\n")
	}
	b.t("Unterschrift: ______  ", g.deDate(), "\n")
}

func deWEG(g *gen, b *bld) {
	b.t("Protokoll der ordentlichen Eigentümerversammlung\nWEG ")
	b.a(g.deAddr(", "))
	b.t("\nVersammlungsleiter: ")
	b.n(g.deName())
	b.t("\nProtokollführerin: ")
	b.n(g.deName())
	b.t("\n\nTOP 3: Sanierung Treppenhaus. Eigentümer ")
	b.n(g.deName())
	b.t(" (WE ", g.num(1, 24), ") regt an, Angebote von ")
	b.neg(g.pick("Malerbetrieb Schulze GmbH", "Fa. Hoffmann Bau", "Brillux", "Caparol"))
	b.t(" einzuholen. Beschluss: ", g.num(5, 14), " Ja, ", g.num(0, 4), " Nein.\nTOP 4: Verschiedenes. ")
	if g.chance(0.5) {
		g.deNegPhrase(b)
	}
	b.t("\n")
}

func deNachbar(g *gen, b *bld) {
	b.t("Liebe Nachbarinnen und Nachbarn,\n\nwir sind ")
	b.n(g.deFirst())
	b.t(" und ")
	b.n(g.deFirst())
	b.t(" aus dem ", g.pick("2. OG", "EG links", "Hinterhaus", "Dachgeschoss"), " und feiern am Samstag ab 18 Uhr unseren Einzug. Es könnte etwas lauter werden – kommt gern vorbei! Wer Pakete für uns annimmt: wir sind meist ab 17 Uhr da. Falls etwas ist, klingelt bei ")
	b.n(g.deLast())
	b.t(".\n")
	if g.chance(0.5) {
		b.t("Es gibt ")
		b.neg(g.pick("Frankfurter Kranz", "Schwarzwälder Kirschtorte", "Berliner Weiße", "Königsberger Klopse", "Leipziger Allerlei"))
		b.t("!\n")
	}
	b.t("\nHerzliche Grüße aus dem ", g.pick("Vorderhaus", "Haus Nr. 7", "dritten Stock"), "\n")
}

func deTierarzt(g *gen, b *bld) {
	d := g.pick(";", ";", "\t", "|")
	b.t("Patient", d, "Tierart", d, "Halter", d, "Anschrift", d, "Datum", d, "Behandlung\n")
	for range g.n(2, 4) {
		b.neg(g.pick("Bello", "Mieze", "Rocky", "Frau Holle", "Balu", "Herr Nilsson", "Krümel", "Kaiser Franz"))
		b.t(d, g.pick("Hund", "Katze", "Kaninchen", "Wellensittich"), d)
		b.csv(pii.PersonName, g.deLast()+", "+g.deFirst(), d)
		b.t(d)
		b.csv(pii.PostalAddress, g.deAddr(", "), d)
		b.t(d, g.deDate(), d, g.pick("Impfung", "Zahnsteinentfernung", "Kastration", "Krallen kürzen"), "\n")
	}
}

func deUmzug(g *gen, b *bld) {
	b.t("angebot: UA-", g.digits(5), "\nkunde:\n  name: ")
	b.n(g.deName())
	b.t("\n  auszug: \"")
	b.a(g.deAddr(", "))
	b.t("\"\n  einzug: \"")
	b.a(g.deAddr(", "))
	b.t("\"\n  etage_einzug: ", g.num(0, 5), "\nhalteverbotszone: ", g.pick("true", "false"), "\nkolonnenfuehrer: ")
	b.n(g.deFirst())
	b.t("\nfestpreis_eur: ", g.num(690, 3900), "\n")
}

func deTicket(g *gen, b *bld) {
	b.t(`{"ticket":"KS-`, g.digits(6), `","kanal":"`, g.pick("E-Mail", "Telefon", "Kontaktformular"), `","kunde":"`)
	b.n(g.deName())
	b.t(`","lieferadresse":"`)
	b.a(g.deAddr(", "))
	b.t(`","betreff":"`, g.pick("Falscher Artikel geliefert", "Rücksendung", "Rechnung fehlt"), `","artikel":"`)
	b.neg(g.pick("Melitta Aromaboy", "Kneipp Badeöl", "Miele Triflex", "WMF Lono", "Braun Series 9", "Bosch Serie 6"))
	b.t(`","bearbeiter":"`)
	b.n(g.deFirst())
	b.t(`"}`, "\n")
}

func deLieferschein(g *gen, b *bld) {
	b.t("<lieferschein nr=\"", g.digits(7), "\">\n  <empfaenger>\n    <name>")
	b.n(g.deName())
	b.t("</name>\n    <anschrift>")
	b.a(g.deAddr(", "))
	b.t("</anschrift>\n  </empfaenger>\n  <position menge=\"", g.num(1, 12), "\">")
	b.neg(g.pick("Ritter Sport Nuss", "Haribo Goldbären", "Rotkäppchen Sekt", "Dr. Oetker Pudding", "Schwartau Extra"))
	b.t("</position>\n  <fahrer>")
	b.n(g.deName())
	b.t("</fahrer>\n</lieferschein>\n")
}

func deNegKarte(g *gen, b *bld) {
	b.t("Tageskarte\n")
	for range g.n(3, 5) {
		b.neg(g.pick("Königsberger Klopse", "Schnitzel Wiener Art", "Strammer Max", "Arme Ritter", "Kaiserschmarrn", "Leipziger Allerlei", "Fürst-Pückler-Eis", "Herrencreme", "Prinzregententorte", "Bismarckhering", "Hamburger Pannfisch", "Halve Hahn"))
		b.t(" ... ", g.num(7, 24), ",", g.pick("50", "90", "00"), " €\n")
	}
	b.t("Wir empfehlen dazu ein ")
	b.neg(g.pick("Jever Pilsener", "Bitburger", "Köstritzer Schwarzbier", "Paulaner Weißbier"))
	b.t(".\n")
}

func deNegFahrplan(g *gen, b *bld) {
	b.t("Fahrgastinformation: Wegen Bauarbeiten hält die Linie ", g.pick("S1", "U2", "RE7", "Tram 4"), " vom ", g.deDate(), " nicht am ")
	b.neg(g.pick("Hauptbahnhof", "Alexanderplatz", "Jungfernstieg", "Stachus", "Neumarkt", "Hermannplatz", "Ernst-Reuter-Platz"))
	b.t(". Ersatzverkehr ab Haltestelle ")
	b.neg(g.pick("Goetheplatz", "Rathaus", "Friedrich-Ebert-Straße", "Bismarckstraße", "Schillerplatz"))
	b.t(". Bitte beachten Sie die Aushänge.\n")
}

func deNegPresse(g *gen, b *bld) {
	b.t("PRESSEMITTEILUNG – Die ")
	b.neg(g.pick("Friedrich-Ebert-Stiftung", "Robert Bosch Stiftung", "Max-Planck-Gesellschaft", "Hans-Böckler-Stiftung", "Carl Zeiss AG"))
	b.t(" lädt zum ")
	b.neg(g.pick("Tag der offenen Tür", "Sommerfest", "Zukunftstag"))
	b.t(" in die ")
	b.neg(g.pick("Alte Oper", "Berliner Philharmonie", "Liederhalle", "Beethovenhalle", "Stadthalle"))
	b.t(" ein. Mit dabei: das ")
	b.neg(g.pick("Mercedes-Benz Museum", "Porsche Museum", "Deutsche Museum", "Senckenberg Naturmuseum"))
	b.t(". Eintritt frei.\n")
}
