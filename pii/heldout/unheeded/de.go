package unheeded

import (
	"fmt"
	"strings"
)

var deGivenF = strings.Fields(`Anna Maria Ursula Monika Petra Sabine Claudia Susanne Andrea Birgit Gabriele Karin Heike Renate Ingrid Gisela Brigitte Elke Doris Katrin Stefanie Nicole Julia Katharina Christina Sandra Melanie Simone Tanja Nadine Jana Lena Laura Lea Leonie Hannah Mia Emma Sophie Marie Johanna Clara Charlotte Greta Frieda Ida Mathilda Paula Luise Ronja Emmely Wiebke Frauke Hiltrud Gudrun Liesel Hannelore Edeltraud Waltraud Rosemarie Annegret Dörte Silke Anke Imke Merle Ayşe Fatma Elif Zeynep Emine Meryem Agnieszka Katarzyna Małgorzata Joanna Ewa Natalia Olga Swetlana Irina Tatjana Ljudmila Jelena Amira Leyla Samira Rania Thi Lan Hoa Mai Giulia Francesca Eleni Dimitra Ana Milica Snežana`)
var deGivenM = strings.Fields(`Peter Michael Thomas Andreas Wolfgang Klaus Jürgen Hans Uwe Günter Stefan Frank Bernd Dieter Horst Manfred Werner Helmut Gerhard Rolf Jörg Ralf Matthias Markus Christian Sebastian Tobias Florian Daniel Alexander Maximilian Jonas Lukas Leon Finn Paul Felix Noah Elias Ben Luis Henri Emil Anton Theo Oskar Karl Friedrich Heinrich Wilhelm Ludwig Gustav Hinnerk Jannik Malte Sönke Kai Timo Nils Ole Mehmet Mustafa Ahmet Ali Hüseyin Emre Murat Can Burak Kemal Piotr Krzysztof Tomasz Paweł Marek Dariusz Sergej Dmitri Wladimir Andrej Juri Nikolai Omar Karim Tarek Yusuf Hamid Bilal Minh Duc Tuan Hung Marco Luca Giuseppe Konstantinos Georgios Dragan Goran Nikola`)
var deSur = strings.Fields(`Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt Werner Schmitz Krause Meier Lehmann Schmid Schulze Maier Köhler Herrmann König Walter Mayer Huber Kaiser Fuchs Peters Lang Scholz Möller Weiß Jung Hahn Schubert Vogel Friedrich Keller Günther Frank Berger Winkler Roth Beck Lorenz Baumann Franke Albrecht Schuster Simon Ludwig Böhm Winter Kraus Martin Schumacher Krämer Vogt Stein Jäger Otto Sommer Groß Seidel Heinrich Brandt Haas Schreiber Graf Schulte Dietrich Ziegler Kuhn Kühn Pohl Engel Horn Busch Bergmann Thomas Voigt Sauer Arnold Wolff Pfeiffer Ostermann Habermann Dreher Kuhlmann Brinkmann Terhorst Janßen Ahrens Petersen Hansen Jensen Thiessen Oltmanns Eilers Gerdes Wübbena Niehaus Hüsken Sternberg Obermaier Huberbauer Kirchmair Eder Moser Gruber Pichler Yılmaz Kaya Demir Şahin Çelik Yıldız Öztürk Aydın Arslan Doğan Kowalski Nowak Wiśniewski Lewandowski Kamińska Zieliński Szymański Wójcik Iwanow Petrow Smirnow Kusnezow Popow Schewtschenko Haddad Nasser Al-Khatib El-Masri Abdullah Nguyen Tran Pham Le Hoang Rossi Russo Esposito Papadopoulos Georgiou Jovanović Petrović Hadžić`)
var deParticle = []string{"von ", "von der ", "vom ", "van ", "van den ", "zu ", "de "}

type dePerson struct {
	given, sur string
	female     bool
}

func (g *gen) dePerson() dePerson {
	p := dePerson{female: g.chance(0.5), sur: g.of(deSur)}
	if p.female {
		p.given = g.of(deGivenF)
	} else {
		p.given = g.of(deGivenM)
	}
	if g.chance(0.06) {
		if p.female {
			p.given += "-" + g.pick("Marie", "Sophie", "Luise", "Charlotte")
		} else {
			p.given += "-" + g.pick("Peter", "Heinz", "Christian", "Josef")
		}
	}
	switch {
	case g.chance(0.06):
		p.sur = g.of(deParticle) + g.pick("Heyden", "Brincken", "Lohe", "Berg", "Stetten", "Meer", "Bergen", "Hövel", "Boeck", "Haar", "Tietzen")
	case g.chance(0.07):
		if s2 := g.of(deSur); s2 != p.sur {
			p.sur += "-" + s2
		}
	}
	return p
}

func (p dePerson) plain() string    { return p.given + " " + p.sur }
func (p dePerson) inverted() string { return p.sur + ", " + p.given }
func (p dePerson) anrede() string {
	if p.female {
		return "Frau "
	}
	return "Herr "
}
func (p dePerson) full(g *gen) string {
	switch g.r.IntN(8) {
	case 0:
		return string([]rune(p.given)[0]) + ". " + p.sur
	case 1:
		return p.inverted()
	}
	return p.plain()
}

var dePLZ = func() [][2]string {
	var out [][2]string
	for _, l := range strings.Split(`10115 Berlin;10243 Berlin;10405 Berlin;12043 Berlin;13353 Berlin;20095 Hamburg;20259 Hamburg;22765 Hamburg;22301 Hamburg;80331 München;80469 München;81369 München;80796 München;50667 Köln;50823 Köln;51063 Köln;60311 Frankfurt am Main;60316 Frankfurt am Main;60594 Frankfurt am Main;70173 Stuttgart;70197 Stuttgart;40210 Düsseldorf;40477 Düsseldorf;44135 Dortmund;45127 Essen;04103 Leipzig;04275 Leipzig;01067 Dresden;01099 Dresden;30159 Hannover;30161 Hannover;90402 Nürnberg;90419 Nürnberg;28195 Bremen;28203 Bremen;44787 Bochum;42103 Wuppertal;33602 Bielefeld;53111 Bonn;53113 Bonn;48143 Münster;76133 Karlsruhe;68159 Mannheim;86150 Augsburg;65183 Wiesbaden;45879 Gelsenkirchen;52062 Aachen;24103 Kiel;79098 Freiburg im Breisgau;23552 Lübeck;99084 Erfurt;18055 Rostock;55116 Mainz;34117 Kassel;06108 Halle (Saale);39104 Magdeburg;14467 Potsdam;69117 Heidelberg;93047 Regensburg;97070 Würzburg;37073 Göttingen;07743 Jena;54290 Trier;89073 Ulm;78462 Konstanz;94032 Passau;96047 Bamberg;19053 Schwerin;26122 Oldenburg;49074 Osnabrück;66111 Saarbrücken;72070 Tübingen;35037 Marburg;24937 Flensburg;17489 Greifswald;99423 Weimar;03046 Cottbus;09111 Chemnitz;08056 Zwickau;35390 Gießen;36037 Fulda;57072 Siegen;33098 Paderborn;31134 Hildesheim;38440 Wolfsburg;38100 Braunschweig;85049 Ingolstadt;83022 Rosenheim;87435 Kempten (Allgäu);84028 Landshut;95444 Bayreuth;56068 Koblenz;64283 Darmstadt;63065 Offenbach am Main;74072 Heilbronn;75175 Pforzheim;72764 Reutlingen`, ";") {
		out = append(out, [2]string{l[:5], l[6:]})
	}
	return out
}()

var deStreetStem = strings.Fields(`Linden Goethe Schiller Bahnhof Haupt Kirch Berg Garten Mühlen Rosen Birken Eichen Ahorn Wiesen Feld Schul Markt Burg Post Wald Sonnen Tannen Buchen Kastanien Holunder Jahn Uhland Lessing Mozart Beethoven Wieland Hölderlin Eichendorff Fontane Stifts Kloster Mühlbach Brunnen Weiher Anger Rathaus Hafen Deich Moor Heide Kamp Esch Siedlungs Industrie Dorf Ring Park Schloss`)
var deStreetSuf = []string{"straße", "straße", "straße", "str.", "weg", "weg", "gasse", "allee", "ring", "platz", "damm", "steig", "pfad", "graben"}
var deStreetWhole = []string{"Am Mühlbach", "An der Alster", "Zur Linde", "Im Winkel", "Auf dem Kamp", "Unter den Linden", "Kurfürstendamm", "Hohe Straße", "Alte Landstraße", "Karl-Marx-Straße", "Konrad-Adenauer-Allee", "Friedrich-Ebert-Str.", "Bertha-von-Suttner-Platz", "Sophie-Scholl-Weg", "In den Gärten", "Am Alten Friedhof", "Hinter der Mauer", "Kleine Johannisstraße", "Große Bergstraße", "Neuer Wall", "Oberer Graben", "Am Sandtorkai", "Zeil", "Ostenhellweg"}

func (g *gen) deStreet() string {
	if g.chance(0.06) {
		return "Postfach " + g.digits(g.n(3, 6))
	}
	var s string
	if g.chance(0.3) {
		s = g.of(deStreetWhole)
	} else {
		s = g.of(deStreetStem) + g.of(deStreetSuf)
	}
	n := g.n(1, 180)
	s += " " + fmt.Sprint(n)
	switch g.r.IntN(10) {
	case 0:
		s += g.pick("a", "b", "c")
	case 1:
		s += g.pick("-", "–") + fmt.Sprint(n+2)
	case 2:
		s += " " + g.pick("a", "b")
	}
	return s
}

func (g *gen) dePLZCity() string {
	c := dePLZ[g.r.IntN(len(dePLZ))]
	return c[0] + " " + c[1]
}

func (g *gen) deAddr(block bool, indent string) string {
	s, c := g.deStreet(), g.dePLZCity()
	if g.chance(0.05) {
		s, c = strings.ToUpper(s), strings.ToUpper(c)
	}
	if block {
		return s + "\n" + indent + c
	}
	return s + g.pick(", ", ", ", " · ", " – ") + c
}

var deNegs = []string{"Goethe-Institut", "Max-Planck-Institut", "Fraunhofer-Gesellschaft", "Helmholtz-Zentrum", "Alfred-Wegener-Institut", "Konrad-Adenauer-Stiftung", "Friedrich-Ebert-Stiftung", "Heinrich-Böll-Stiftung", "Carl Zeiss", "Porsche", "Haribo", "Aldi Süd", "Lidl", "Rossmann", "Hugo Boss", "Adidas", "Miele", "Siemens Healthineers", "Alzheimer-Krankheit", "Morbus Crohn", "Morbus Parkinson", "Hashimoto-Thyreoiditis", "Creutzfeldt-Jakob-Krankheit", "Asperger-Syndrom", "Georg-Büchner-Preis", "Friedenspreis des Deutschen Buchhandels", "Grimme-Preis", "Deutscher Filmpreis", "Berlinale", "Elbphilharmonie", "Semperoper", "Brandenburger Tor", "Humboldt-Universität", "Ludwig-Maximilians-Universität", "Charité", "Klinikum rechts der Isar", "Gorch Fock", "Bürgerliches Gesetzbuch", "Sozialgesetzbuch V", "Montag", "Donnerstag", "Januar", "Oktober", "Oberarzt", "Stationsleitung", "Chefärztin", "Pflegedienstleitung", "Wissenschaftliche Mitarbeiterin", "Kameramann", "Guten Tag", "Herzlichen Dank", "Alles Gute", "Bad Homburg", "Neustadt an der Weinstraße", "Schwarzwald", "Bodensee", "Golf GTI", "Thermomix TM6", "Leica M11", "Reeperbahn", "Königsallee", "Kneipp-Kur", "Mercedes-Benz", "Daimler Truck", "Villeroy & Boch", "Hanuta", "Kinder Schokolade", "Tempo", "Nivea", "Robert-Koch-Institut", "Paul-Ehrlich-Institut", "Fritz-Haber-Institut", "Leibniz-Gemeinschaft", "Schiller-Gymnasium", "Albert-Schweitzer-Schule", "Sankt Marien", "Sankt Johannis", "Weihnachtsmarkt", "Tag der Deutschen Einheit", "Pfingstmontag", "Aschermittwoch", "Deutsche Bahn", "Sparkasse", "Volksbank", "Bausparkasse Schwäbisch Hall", "Stiftung Warentest", "Deutsches Rotes Kreuz", "Caritas", "Diakonie", "Arbeiterwohlfahrt"}

var deDx = []string{"ambulant erworbene Pneumonie", "Vorhofflimmern, tachykard", "Erysipel Unterschenkel links", "exazerbierte COPD", "Schenkelhalsfraktur rechts", "dekompensierte Herzinsuffizienz", "akute Pankreatitis", "Harnwegsinfekt mit Urosepsis"}
var deDrugs = []string{"Ramipril 5 mg N2", "Metformin 1000 mg N3", "Ibuprofen 600 mg N1", "Pantoprazol 40 mg N2", "L-Thyroxin 75 µg N3", "Amoxicillin 1000 mg N1", "Candesartan 8 mg N2"}
var deDogs = []string{"Bello", "Wuschel", "Krümel", "Struppi", "Flocke", "Keks", "Rübe", "Pünktchen", "Brösel", "Socke", "Knöpfchen", "Fussel"}

func deDatum(g *gen) string {
	return fmt.Sprintf("%02d.%02d.%d", g.n(1, 28), g.n(1, 12), g.n(2019, 2026))
}

func init() {
	kindsOf["de"] = []kind{
		{"ueberweisungsschein", deUeberweisung}, {"kassenrezept", deRezept}, {"entlassbrief", deEntlass},
		{"pflegeuebergabe", dePflege}, {"laborbefund", deLabor}, {"autorenliste", deAutoren},
		{"danksagung", deDank}, {"dissertation_titelblatt", deTitel}, {"theaterzettel", deTheater},
		{"autorenzeile_bildunterschrift", deZeitung}, {"kirchenbuch_taufen", deKirchenbuch},
		{"hundesteuer_register", deHundesteuer}, {"kleingarten_warteliste", deKleingarten},
		{"schulzeugnis", deZeugnis}, {"ldif_export", deLDIF}, {"untertitel_srt", deSRT},
	}
	negKindsOf["de"] = []kind{{"neg_beipackzettel", deNegBeipack}, {"neg_preistraeger", deNegPreis}, {"neg_spielplan", deNegSpielplan}}
}

func deUeberweisung(g *gen, b *builder) {
	p, a := g.dePerson(), g.dePerson()
	b.t("Überweisungsschein (Muster 6)\nKrankenkasse: ", g.pick("AOK Bayern", "Techniker Krankenkasse", "BARMER", "DAK-Gesundheit"), "\nName, Vorname des Versicherten:\n")
	if g.chance(0.5) {
		b.name(strings.ToUpper(p.sur) + ", " + p.given)
	} else {
		b.name(p.inverted())
	}
	b.t("\n")
	if g.chance(0.25) {
		b.t("c/o ")
		b.name(g.dePerson().plain())
		b.t("\n")
	}
	b.addr(g.deAddr(g.chance(0.5), ""))
	b.t("\ngeb. am ", deDatum(g), "\n\nÜberweisung an: ", g.pick("Kardiologie", "Orthopädie", "Neurologie", "Dermatologie"), "\nDiagnose: ")
	b.neg(g.pick("Morbus Crohn", "Morbus Parkinson", "Hashimoto-Thyreoiditis", "Asperger-Syndrom"))
	b.t(", V.a. ", g.of(deDx), "\nAuftrag: Mitbehandlung, Bericht erbeten an ", g.pick("Dr. med. ", "Dr. ", "Praxis "))
	b.name(a.plain())
	b.t("\n")
	b.addr(g.deAddr(false, ""))
	b.t("\n")
}

func deRezept(g *gen, b *builder) {
	p, a := g.dePerson(), g.dePerson()
	b.t(g.pick("Kassenrezept", "Privatrezept"), "   ", deDatum(g), "\n")
	b.name(strings.ToUpper(p.sur) + ", " + p.given)
	b.t("\n")
	b.addr(g.deAddr(true, ""))
	b.t("\n\nRp.\n", g.of(deDrugs), "\n1-0-1\n\n", g.pick("Dr. med. ", "Dr. med. dent. ", ""))
	b.name(a.plain())
	b.t("\nFacharzt", map[bool]string{true: "in", false: ""}[a.female], " für Allgemeinmedizin\n")
	b.addr(g.deAddr(false, ""))
	b.t("\n")
}

func deEntlass(g *gen, b *builder) {
	p, o, h := g.dePerson(), g.dePerson(), g.dePerson()
	b.t("Sehr geehrte", map[bool]string{true: " Frau Kollegin ", false: "r Herr Kollege "}[h.female])
	b.name(h.sur)
	b.t(",\n\nwir berichten über ", map[bool]string{true: "Ihre Patientin Frau ", false: "Ihren Patienten Herrn "}[p.female])
	b.name(p.plain())
	b.t(", geb. ", deDatum(g), ", wohnhaft ")
	b.addr(g.deAddr(false, ""))
	b.t(map[bool]string{true: ", die sich vom ", false: ", der sich vom "}[p.female], deDatum(g), " bis ", deDatum(g), " in unserer stationären Behandlung befand.\n\nDiagnosen: ", g.of(deDx), "\n\nVerlauf: ")
	if g.chance(0.5) {
		b.t("Die Tochter, ")
		b.name(g.dePerson().given)
		b.t(", wurde telefonisch informiert. ")
	}
	b.t("Entlassung nach Hause am ", g.pick("Montag", "Freitag"), ".\n\nMit freundlichen kollegialen Grüßen\n\n")
	b.name(o.plain())
	b.t("\n")
	b.neg("Oberarzt")
	b.t(" der Klinik für Innere Medizin\n")
}

func dePflege(g *gen, b *builder) {
	b.t(g.pick("Übergabe Frühdienst → Spätdienst", "ÜBERGABE NACHTDIENST", "übergabe station 4b"), " ", deDatum(g), "\n")
	for i := 0; i < g.n(2, 4); i++ {
		p := g.dePerson()
		b.t(fmt.Sprintf("Zi. %d: ", g.n(1, 40)))
		switch g.r.IntN(3) {
		case 0:
			b.t(strings.ToLower(p.anrede()))
			b.name(strings.ToLower(p.sur))
		case 1:
			b.t(p.anrede())
			b.name(p.sur)
		default:
			b.name(p.inverted())
		}
		b.t(fmt.Sprintf(" (%d J.), ", g.n(50, 97)), g.of(deDx), ", ", g.pick("mobil mit Rollator", "Sturzgefahr", "Bilanzierung", "RR stabil"), ". ")
		if g.chance(0.4) {
			b.t("Sohn ")
			b.name(g.dePerson().plain())
			b.t(" ruft an. ")
		}
		b.t("\n")
	}
	b.t("Übergabe: ")
	b.name(g.dePerson().given)
	b.t(" an ")
	b.name(g.dePerson().given)
	b.t(" (")
	b.neg("Stationsleitung")
	b.t(")\n")
}

func deLabor(g *gen, b *builder) {
	p, e := g.dePerson(), g.dePerson()
	b.t(g.pick("MVZ Labor Rheinland", "Synlab MVZ", "Labor im Klinikum"), "\n")
	b.addr(g.deAddr(false, ""))
	b.t("\n\nPatient: ")
	b.name(strings.ToUpper(p.inverted()))
	b.t("   Geb.-Dat.: ", deDatum(g), "\nEinsender: Dr. ")
	b.name(e.plain())
	b.t(", ")
	b.addr(g.deAddr(false, ""))
	b.t("\nEingang: ", deDatum(g), "\n\nParameter      Ergebnis   Referenz\nCRP            ", fmt.Sprintf("%.1f", g.r.Float64()*40), "       < 5 mg/l\n")
}

func deAutoren(g *gen, b *builder) {
	n := g.n(2, 5)
	for i := range n {
		if i > 0 {
			b.t(g.pick(", ", " · "))
		}
		b.name(g.dePerson().plain())
		b.t(fmt.Sprint(1 + g.r.IntN(2)))
	}
	b.t("\n\n1 ")
	b.neg(g.pick("Max-Planck-Institut", "Helmholtz-Zentrum", "Alfred-Wegener-Institut", "Fritz-Haber-Institut"))
	b.t(" für ", g.pick("Polymerforschung", "Meeresbiologie", "Kognitionswissenschaften"), ", ")
	b.addr(g.deAddr(false, ""))
	b.t("\n2 Institut für ", g.pick("Informatik", "Soziologie", "Physik"), ", ")
	b.neg(g.pick("Humboldt-Universität", "Ludwig-Maximilians-Universität"))
	b.t(", ")
	b.addr(g.deAddr(false, ""))
	b.t("\nKorrespondenz: ")
	b.name(g.dePerson().plain())
	b.t("\n")
}

func deDank(g *gen, b *builder) {
	b.t("Danksagung\n\nMein besonderer Dank gilt ", g.pick("Prof. Dr. ", "Frau Prof. Dr. ", "Herrn Prof. "))
	b.name(g.dePerson().plain())
	b.t(" für die Betreuung dieser Arbeit. ")
	b.name(g.dePerson().plain())
	b.t(" und ")
	b.name(g.dePerson().given)
	b.t(" danke ich für viele Gespräche. Gefördert wurde die Arbeit von der ")
	b.neg(g.pick("Konrad-Adenauer-Stiftung", "Friedrich-Ebert-Stiftung", "Heinrich-Böll-Stiftung", "Fraunhofer-Gesellschaft"))
	b.t(". Zuletzt danke ich meinen Eltern, ")
	b.name(g.dePerson().given)
	b.t(" und ")
	b.name(g.dePerson().given)
	b.t(".\n")
}

func deTitel(g *gen, b *builder) {
	p := g.dePerson()
	b.t(g.pick("Zur Rolle der Bodenfeuchte in alpinen Einzugsgebieten", "Mehrsprachigkeit im Grundschulalter", "Untersuchungen zur Korrosion von Stahlbeton"), "\n\nDissertation\nzur Erlangung des Doktorgrades\nder ", g.pick("Philosophischen Fakultät", "Mathematisch-Naturwissenschaftlichen Fakultät"), "\n\nvorgelegt von\n")
	b.name(p.plain())
	b.t("\naus ")
	b.neg(g.pick("Bad Homburg", "Neustadt an der Weinstraße", "Schwarzwald"))
	b.t("\n\nErstgutachter: Prof. Dr. ")
	b.name(g.dePerson().plain())
	b.t("\nZweitgutachterin: PD Dr. ")
	b.name(g.dePerson().plain())
	b.t("\nTag der mündlichen Prüfung: ", deDatum(g), "\n")
}

func deTheater(g *gen, b *builder) {
	b.t(g.pick("Der zerbrochne Krug", "Woyzeck", "Die Physiker", "Kabale und Liebe"), "\nPremiere am ", deDatum(g), "\n\nBESETZUNG\n")
	for _, r := range []string{"Richter", "Gerichtsrat", "Eine Magd", "Der Diener", "Erster Bürger"}[:g.n(3, 5)] {
		b.t(fmt.Sprintf("%-16s", r))
		b.name(g.dePerson().plain())
		b.t("\n")
	}
	b.t("\nRegie  ")
	b.name(g.dePerson().plain())
	b.t("\nBühne & Kostüme  ")
	b.name(g.dePerson().plain())
	b.t("\nMit freundlicher Unterstützung der ")
	b.neg(g.pick("Sparkasse", "Volksbank", "Deutsche Bahn"))
	b.t("\n")
}

func deZeitung(g *gen, b *builder) {
	a, s := g.dePerson(), g.dePerson()
	b.t("Von ")
	b.name(a.plain())
	b.t("\n\n", g.pick("Ein Abend für die Bühne", "Wenn das Dorf singt", "Die Heimkehr der Kraniche"), "\n\n")
	b.name(s.plain())
	b.t(fmt.Sprintf(" (%d) ", g.n(18, 88)), g.pick("probt im Foyer der ", "steht vor der ", "wartet am Eingang der "))
	b.neg(g.pick("Elbphilharmonie", "Semperoper", "Charité"))
	b.t(". Foto: ")
	b.name(g.dePerson().plain())
	b.t("\n\nAm ", g.pick("Montag", "Donnerstag"), " erhielt ")
	b.name(s.sur)
	b.t(" den ")
	b.neg(g.pick("Grimme-Preis", "Deutscher Filmpreis", "Georg-Büchner-Preis"))
	b.t(". ")
	if g.chance(0.4) {
		b.t("Die Leserpost erreicht die Redaktion unter ")
		b.addr(g.deAddr(false, ""))
		b.t(".")
	}
	b.t("\n")
}

func deKirchenbuch(g *gen, b *builder) {
	b.t("Taufregister ", g.pick("Sankt Marien", "Sankt Johannis", "ev.-luth. Kirchengemeinde"), ", Jahrgang ", fmt.Sprint(g.n(1880, 1950)), "\n")
	for i := 1; i <= g.n(2, 4); i++ {
		c, f, m := g.dePerson(), g.dePerson(), g.dePerson()
		f.given, m.given = g.of(deGivenM), g.of(deGivenF)
		b.t(fmt.Sprintf("Nr. %d | ", i))
		b.name(c.given)
		b.t(" | Vater: ")
		b.name(f.given + " " + c.sur)
		b.t(", ", g.pick("Schuhmacher", "Tagelöhner", "Bäckermeister", "Lehrer"), " | Mutter: ")
		b.name(m.given)
		b.t(" geb. ")
		b.name(m.sur)
		b.t(" | Paten: ")
		b.name(g.dePerson().plain())
		b.t("\n")
	}
}

func deHundesteuer(g *gen, b *builder) {
	b.t("Hundesteuerregister — Stand ", deDatum(g), "\nMarke;Halter;Anschrift;Hund;Rasse\n")
	for i := 0; i < g.n(2, 5); i++ {
		b.t(g.digits(4), ";")
		b.name(g.dePerson().inverted())
		b.t(";")
		b.addr(g.deAddr(false, ""))
		b.t(";")
		b.neg(g.of(deDogs))
		b.t(";", g.pick("Dackel", "Mischling", "Labrador", "Schäferhund", "Mops"), "\n")
	}
}

func deKleingarten(g *gen, b *builder) {
	b.t("Kleingartenverein „", g.pick("Sonnenschein", "Am Stadtpark", "Gute Hoffnung"), "“ e.V.\nWarteliste Parzellen\n\n")
	for i := 1; i <= g.n(3, 6); i++ {
		p := g.dePerson()
		b.t(fmt.Sprintf("%2d. ", i))
		if g.chance(0.3) {
			b.name(strings.ToUpper(p.sur) + " " + p.given)
		} else {
			b.name(p.plain())
		}
		b.t(", ")
		b.addr(g.deAddr(false, ""))
		b.t(", seit ", deDatum(g), "\n")
	}
	b.t("\nDer Vorstand (")
	b.name(g.dePerson().plain())
	b.t(")\n")
}

func deZeugnis(g *gen, b *builder) {
	s := g.dePerson()
	b.t("Zeugnis der ", g.pick("Grundschule", "Realschule"), "\nSchuljahr 2025/26, 1. Halbjahr\n\nfür ")
	b.name(s.plain())
	b.t("  Klasse ", fmt.Sprint(g.n(1, 10)), g.pick("a", "b", "c"), "\n\nDeutsch  ", g.pick("gut", "befriedigend", "sehr gut"), "\nMathematik  ", g.pick("gut", "ausreichend"), "\n\nBemerkungen: ")
	b.name(s.given)
	b.t(g.pick(" beteiligt sich aktiv am Unterricht.", " arbeitet sorgfältig.", " sollte sich mehr zutrauen."), "\n\n")
	b.name(g.dePerson().plain())
	b.t(", Klassenlehrer", g.pick("in", ""), "\nKenntnis genommen: ")
	b.name(g.dePerson().plain())
	b.t("\n")
}

func deLDIF(g *gen, b *builder) {
	for i := 0; i < g.n(1, 2); i++ {
		p := g.dePerson()
		b.t("dn: cn=")
		b.name(p.plain())
		b.t(",ou=people,dc=example,dc=de\nobjectClass: inetOrgPerson\ncn: ")
		b.name(p.plain())
		b.t("\ngivenName: ")
		b.name(p.given)
		b.t("\nsn: ")
		b.name(p.sur)
		b.t("\no: ")
		b.neg(g.pick("Carl Zeiss", "Miele", "Siemens Healthineers", "Robert-Koch-Institut", "Paul-Ehrlich-Institut"))
		b.t("\ntitle: ", g.pick("Oberarzt", "Wissenschaftliche Mitarbeiterin", "Pflegedienstleitung"), "\npostalAddress: ")
		b.addr(g.deStreet() + " $ " + g.dePLZCity())
		b.t("\n\n")
	}
}

func deSRT(g *gen, b *builder) {
	a, c := g.dePerson().given, g.dePerson().given
	for i := 1; i <= g.n(3, 5); i++ {
		m := g.n(0, 59)
		b.t(fmt.Sprintf("%d\n00:%02d:%02d,200 --> 00:%02d:%02d,900\n", i, m, i*3, m, i*3+2))
		switch g.r.IntN(4) {
		case 0:
			b.t("- ", g.pick("Na, ", "Mensch, ", "Hallo "))
			b.name(a)
			b.t("!\n- Lass mich, ")
			b.name(c)
			b.t(".\n")
		case 1:
			b.t("Frag doch ", g.pick("Frau ", "Herrn "))
			b.name(g.dePerson().sur)
			b.t(".\n")
		case 2:
			b.t("Wir treffen uns an der ")
			b.neg(g.pick("Reeperbahn", "Königsallee", "Elbphilharmonie"))
			b.t(".\n")
		default:
			b.t("[")
			b.name(strings.ToUpper(a))
			b.t("] Guten Morgen.\n")
		}
		b.t("\n")
	}
}

func deNegBeipack(g *gen, b *builder) {
	b.t("Gebrauchsinformation: Information für Anwender\n\n")
	for i := 0; i < g.n(4, 6); i++ {
		b.t("- Nicht anwenden bei ")
		b.neg(g.pick("Morbus Crohn", "Morbus Parkinson", "Hashimoto-Thyreoiditis", "Creutzfeldt-Jakob-Krankheit", "Alzheimer-Krankheit"))
		b.t("; Rücksprache mit ")
		b.neg(g.pick("Oberarzt", "Chefärztin", "Stationsleitung"))
		b.t(".\n")
	}
	b.t("Hersteller: ")
	b.neg(g.pick("Siemens Healthineers", "Carl Zeiss", "Miele"))
	b.t(". Stand: ", g.pick("Januar", "Oktober"), ".\n")
}

func deNegPreis(g *gen, b *builder) {
	b.t("Preise und Förderer\n")
	for i := 0; i < g.n(4, 7); i++ {
		b.t("* ")
		b.neg(g.of(deNegs))
		b.t("\n")
	}
	b.t("Verleihung am ")
	b.neg(g.pick("Tag der Deutschen Einheit", "Pfingstmontag", "Aschermittwoch"))
	b.t(" im ")
	b.neg(g.pick("Goethe-Institut", "Schiller-Gymnasium", "Brandenburger Tor"))
	b.t(".\n")
}

func deNegSpielplan(g *gen, b *builder) {
	b.t("Spielplan ", g.pick("Januar", "Oktober"), "\n")
	for i := 0; i < g.n(3, 6); i++ {
		b.t(g.pick("Mo", "Di", "Do", "Sa"), " 19:30  ")
		b.neg(g.of(deNegs))
		b.t("  —  ")
		b.neg(g.of(deNegs))
		b.t("\n")
	}
}
