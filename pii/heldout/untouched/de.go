package untouched

import (
	"strings"

	"github.com/comity-project/comity/pii"
)

var deGivenF = []string{"Mia", "Hannelore", "Ayşe", "Dragana", "Leonie", "Anna-Lena", "Svetlana", "Gisela", "Katarzyna", "Ilse", "Henrike", "Marlene", "Zeynep", "Elif", "Thi Lan", "Annegret", "Jolanta", "Frauke", "Maren", "Ludmila", "Solveig", "Chiara", "Roswitha", "Emmely"}
var deGivenM = []string{"Lukas", "Jürgen", "Ömer", "Wojciech", "Karl-Heinz", "Finn", "Björn", "Mehmet", "Emre", "Malte", "Jonas", "Yusuf", "Friedhelm", "Timo", "Sören", "Hans-Jürgen", "Goran", "Kemal", "Ulrich", "Jannik", "Detlef", "Arne", "Luca", "Bernd"}
var deSur = []string{"Müller-Lüdenscheidt", "Schäfer", "Wöhrle", "Yılmaz", "Nowak", "Krämer", "Brandt", "Hoffmann", "Öztürk", "Dimitrov", "Nguyen", "Jankowski", "von Trotha", "Bergmann", "Weißenborn", "Großkopf", "Petersen", "Hüttner", "Albrecht", "Kaya", "Lindemann", "Eberhardt", "Vogt", "Popescu", "Gruber", "Schulze-Wintrup", "Tönnies", "Kovačević", "Reinholz", "Haferkamp", "Dreßler", "Akgül", "zur Mühlen", "Ostendorf", "Piontek", "Brückner"}

type ort struct{ plz2, name string }

var deOrte = []ort{{"341", "Kassel"}, {"790", "Freiburg im Breisgau"}, {"041", "Leipzig"}, {"281", "Bremen"}, {"930", "Regensburg"}, {"241", "Kiel"}, {"661", "Saarbrücken"}, {"990", "Erfurt"}, {"481", "Münster"}, {"720", "Tübingen"}, {"010", "Dresden"}, {"551", "Mainz"}, {"861", "Augsburg"}, {"180", "Rostock"}, {"833", "Traunstein"}, {"376", "Holzminden"}, {"654", "Rüsselsheim am Main"}, {"505", "Pulheim"}}
var deStreets = []string{"Lindenweg", "Am Mühlbach", "Friedrich-Ebert-Straße", "Kastanienallee", "Grüner Winkel", "Hauptstraße", "Bahnhofstr.", "Im Wiesengrund", "Obere Torgasse", "An der Alten Ziegelei", "Sophie-Scholl-Ring", "Brunnenstraße", "Zur Kirschblüte", "Hafenkante", "Waldstr.", "Auf dem Kamp", "Hinter den Höfen", "Eichendorffweg"}

var deNeg = []string{
	"Die Übergabe findet in der Hedwig-Dohm-Gesamtschule statt.",
	"Bitte die Rechnung an Autohaus Kremer GmbH & Co. KG schicken.",
	"Der Koch hat am Montag frei.",
	"Im August ist das Büro geschlossen.",
	"Treffpunkt ist der Albrecht-Dürer-Platz.",
	"Ein Fuchs war wieder im Hühnerstall.",
	"Der Meister prüft die Anlage im Mai.",
	"Die Sankt-Ansgar-Klinik hat die Befunde gefaxt.",
	"Morgen kommt der Schneider wegen der Vorhänge.",
	"Kaffee gibt es in der Fritz-Reuter-Halle.",
	"Lieferung über Spedition Hansen & Söhne.",
	"Winter ist lang, Frühling kommt trotzdem.",
	"Die Sparkasse Holstein bucht am Freitag ab.",
	"Herzliche Grüße aus dem Vorstand.",
}

func (g *gen) deP() person {
	if g.p(0.5) {
		return person{g.of(deGivenF), g.of(deSur), true}
	}
	return person{g.of(deGivenM), g.of(deSur), false}
}

func (g *gen) deAddr(sep string) string {
	o := pickOf(g, deOrte)
	st := g.of(deStreets) + " " + itoa(g.num(1, 140))
	if g.p(0.2) {
		st += g.pick("a", "b", "c")
	}
	return st + sep + o.plz2 + pad2(g.r.IntN(100)) + " " + o.name
}

func anrede(p person) string {
	if p.fem {
		return "Frau "
	}
	return "Herr "
}

// deName writes a name with any title outside the span.
func (g *gen) deName(b *bld, p person) {
	switch g.r.IntN(8) {
	case 0:
		b.t(anrede(p))
		b.n(p.sur)
	case 1:
		b.t(anrede(p), g.pick("Dr. ", "Prof. Dr. ", "Dipl.-Ing. "))
		b.n(p.sur)
	case 2:
		b.t(g.pick("Dr. med. ", "Dr. ", "Prof. "))
		b.n(p.full())
	case 3:
		b.n(p.sur + ", " + p.given)
	case 4:
		b.n(strings.ToUpper(p.full()))
	default:
		b.n(p.full())
	}
}

var deKinds = []kind{
	{"elternbrief", deElternbrief}, {"mietvertrag", deMietvertrag}, {"vereinsprotokoll", deProtokoll},
	{"schichtuebergabe", deSchicht}, {"arbeitszeugnis", deZeugnis}, {"bussgeld", deBussgeld},
	{"lieferschein", deLieferschein}, {"whatsapp", deWhatsApp}, {"arztbrief", deArztbrief},
	{"kleinanzeige", deKleinanzeige}, {"traueranzeige", deTrauer}, {"mitgliederliste_tsv", deTSV},
	{"bewertung", deBewertung}, {"yaml_auftrag", deYAML},
}

func deElternbrief(g *gen, b *bld) {
	l, k := g.deP(), g.deP()
	b.t("Liebe Eltern der Klasse ", itoa(g.num(1, 4)), g.pick("a", "b", "c"), ",\n\nam ", g.pick("Montag", "Donnerstag"), " findet der Wandertag statt. ")
	b.t(g.of(deNeg), " Bitte geben Sie Ihrem Kind Regenkleidung mit.\n\nRückmeldung bis Freitag:\nName des Kindes: ")
	b.n(k.given)
	b.t(" ")
	b.n(k.sur)
	b.t("  ☐ nimmt teil  ☐ nimmt nicht teil\n\nMit freundlichen Grüßen\n")
	b.n(l.full())
	b.t(" (Klassenleitung)\n")
}

func deMietvertrag(g *gen, b *bld) {
	v, m := g.deP(), g.deP()
	b.t("MIETVERTRAG über Wohnraum\n\nZwischen ")
	b.n(v.full())
	b.t(", wohnhaft ")
	b.a(g.deAddr(", "))
	b.t(" (Vermieter)\nund ")
	g.deName(b, m)
	b.t(" (Mieter)\nwird folgender Vertrag geschlossen:\n§ 1 Mietsache: Wohnung im ", itoa(g.num(1, 4)), ". OG, ")
	b.a(g.deAddr(", "))
	b.t("\n§ 2 Die Kaltmiete beträgt ", itoa(g.num(4, 14)), "50,00 EUR.\n")
}

func deProtokoll(g *gen, b *bld) {
	vs, sf, k := g.deP(), g.deP(), g.deP()
	b.t("Protokoll der Jahreshauptversammlung des TSV Blau-Weiß Eichenau e.V.\nDatum: ", g.deDate(), "\nSitzungsleitung: ")
	b.n(vs.full())
	b.t("\nProtokoll: ")
	b.n(sf.given)
	b.t(" ")
	b.n(sf.sur)
	b.t("\n\nTOP 1: Begrüßung. ")
	b.t(anrede(vs))
	b.n(vs.sur)
	b.t(" begrüßt ", itoa(g.num(18, 70)), " Mitglieder.\nTOP 2: Kassenbericht. Kassenwart ")
	b.n(k.full())
	b.t(" berichtet über ein Plus. Einstimmig entlastet.\nTOP 3: Verschiedenes. ", g.of(deNeg), "\n")
}

func deSchicht(g *gen, b *bld) {
	a, c := g.deP(), g.deP()
	b.t("Schichtübergabe Linie ", itoa(g.num(1, 6)), " – ", g.pick("Früh→Spät", "Spät→Nacht"), "\nÜbergeben: ")
	b.n(strings.ToLower(a.given))
	b.t("  Übernommen: ")
	b.n(c.sur)
	b.t("\n- Presse 3 Störung 14:20, Instandhaltung (")
	b.n(g.of(deGivenM))
	b.t(") informiert\n- ", g.of(deNeg), "\n- Kollege ")
	b.n(c.sur)
	b.t(" bitte Ölstand prüfen!\n")
}

func deZeugnis(g *gen, b *bld) {
	p, c := g.deP(), g.deP()
	b.t("ARBEITSZEUGNIS\n\n")
	b.t(anrede(p))
	b.n(p.full())
	b.t(", geboren am ", pad2(g.num(1, 28)), ".", pad2(g.num(1, 12)), ".19", itoa(g.num(60, 99)), ", wohnhaft in ")
	b.a(g.deAddr(", "))
	b.t(", war vom ", g.deDate(), " bis ", g.deDate(), " in unserem Unternehmen als ", g.pick("Sachbearbeiter", "Lagerist", "Buchhalterin"), " tätig.\n")
	b.n(p.given)
	b.t(" erledigte die Aufgaben stets zu unserer vollsten Zufriedenheit.\n\nKassel, ", g.deDate(), "\n")
	g.deName(b, c)
	b.t("\nGeschäftsführung, Brückner & Vogel Metallbau GmbH\n")
}

func deBussgeld(g *gen, b *bld) {
	p := g.deP()
	b.t("Stadt ", pickOf(g, deOrte).name, " – Ordnungsamt\nVerwarnung mit Verwarnungsgeld\n\n")
	b.n(p.full())
	b.t("\n")
	b.a(g.deAddr("\n"))
	b.t("\n\nTatort: ", g.of(deStreets), " Höhe Hausnr. ", itoa(g.num(1, 80)), "\nTatvorwurf: Parken im absoluten Halteverbot\nKennzeichen: ", g.pick("KS", "HB", "L", "R"), "-", g.pick("AB", "XY", "MK"), " ", g.digits(3), "\nVerwarnungsgeld: ", itoa(g.num(2, 7)), "5,00 EUR\n")
}

func deLieferschein(g *gen, b *bld) {
	p, f := g.deP(), g.deP()
	b.t("LIEFERSCHEIN Nr. LS-", g.digits(6), "\nLieferanschrift:\n")
	b.n(p.full())
	b.t("\n")
	if g.p(0.3) {
		b.t("c/o ")
		b.n(g.of(deSur))
		b.t("\n")
	}
	b.a(g.deAddr("\n"))
	b.t("\nDeutschland\n\nPos 1  Bosch Akkuschrauber GSR 12V   1 Stk\nPos 2  Schrauben-Set Würth          2 Stk\nFahrer: ")
	b.n(f.given)
	b.t("  Unterschrift Empfänger: ____\n")
}

func deWhatsApp(g *gen, b *bld) {
	a, c := g.deP(), g.deP()
	d := g.deDate()
	b.t("[", d, ", 19:02] ")
	b.n(a.full())
	b.t(": Hallo ")
	b.n(c.given)
	b.t(", bist du morgen beim Training?\n[", d, ", 19:05] ")
	b.n(c.full())
	b.t(": ja. kannst du mich abholen? bin bei ")
	b.n(strings.ToLower(g.of(deGivenF)))
	b.t(", ")
	b.a(g.deAddr(" "))
	b.t("\n[", d, ", 19:06] ")
	b.n(a.full())
	b.t(": ok 👍 Sag ")
	b.n(g.of(deGivenM))
	b.t(" Bescheid\n")
}

func deArztbrief(g *gen, b *bld) {
	p, d, h := g.deP(), g.deP(), g.deP()
	b.t("Sankt-Ansgar-Klinik, Innere Medizin\n\n", anrede(d), "Dr. med. ")
	b.n(d.full())
	b.t("\n")
	b.a(g.deAddr("\n"))
	b.t("\n\nBetr.: Ihre Patientin/Ihr Patient ")
	b.n(p.sur + ", " + p.given)
	b.t(", geb. ", pad2(g.num(1, 28)), ".", pad2(g.num(1, 12)), ".19", itoa(g.num(40, 99)), "\n\nSehr geehrte Frau Kollegin,\nwir berichten über ")
	b.t(anrede(p))
	b.n(p.sur)
	b.t(", der/die vom ", g.deDate(), " stationär behandelt wurde. Diagnose: Pneumonie.\n\nMit kollegialen Grüßen\nProf. Dr. ")
	b.n(h.full())
	b.t(", Chefarzt\n")
}

func deKleinanzeige(g *gen, b *bld) {
	p := g.deP()
	b.t(g.pick("Kinderfahrrad 20 Zoll", "Ikea Kallax Regal weiß", "Miele Waschmaschine"), " – VB ", itoa(g.num(10, 300)), " €\n")
	b.t("Abholung in ", pickOf(g, deOrte).name, ", ", g.pick("Nähe Goethe-Gymnasium", "Nähe Marktplatz", "am Friedrich-Ebert-Platz"), ". Kein Versand.\nBei Interesse melden bei ")
	b.n(p.given)
	b.t(g.pick(" (nur WhatsApp)", ", Tel. "+g.dePhone()), ".\n", g.of(deNeg), "\n")
}

func deTrauer(g *gen, b *bld) {
	p, s := g.deP(), g.deP()
	b.t("In Liebe und Dankbarkeit nehmen wir Abschied von\n\n")
	b.n(p.given + " " + p.sur)
	if g.p(0.4) {
		b.t("\ngeb. ")
		b.n(g.of(deSur))
	}
	b.t("\n* ", pad2(g.num(1, 28)), ".", pad2(g.num(1, 12)), ".19", itoa(g.num(30, 50)), "   † ", g.deDate(), "\n\nIn stiller Trauer\n")
	b.n(s.given)
	b.t(" und ")
	b.n(g.of(deGivenM))
	b.t(" mit Familien\n\nTraueranschrift: Familie ")
	b.n(p.sur)
	b.t(", ")
	b.a(g.deAddr(", "))
	b.t("\n")
}

func deTSV(g *gen, b *bld) {
	b.t("Nr\tNachname\tVorname\tAnschrift\tAbteilung\n")
	for i := range g.num(3, 5) {
		p := g.deP()
		o := pickOf(g, deOrte)
		b.t(itoa(100+i), "\t")
		b.csv(pii.PersonName, p.sur, '\t')
		b.t("\t")
		b.csv(pii.PersonName, p.given, '\t')
		b.t("\t")
		b.a(g.of(deStreets) + " " + itoa(g.num(1, 99)) + ", " + o.plz2 + pad2(g.r.IntN(100)) + " " + o.name)
		b.t("\t", g.pick("Fußball", "Turnen", "Tischtennis", "Kegeln"), "\n")
	}
}

func deBewertung(g *gen, b *bld) {
	p := g.deP()
	b.t(g.pick("★★★★★", "★★☆☆☆"), " ", g.pick("Top Beratung!", "Leider enttäuscht"), "\n")
	b.t(g.pick("Frau ", "Herr "))
	b.n(p.sur)
	b.t(" von Optik Albrecht hat sich viel Zeit genommen. ", g.pick("Die neue Brille sitzt perfekt.", "Trotzdem drei Wochen Wartezeit."), " ")
	b.t(g.of(deNeg), "\n– ")
	b.n(g.of(deGivenF))
	b.t(" aus ", pickOf(g, deOrte).name, "\n")
}

func deYAML(g *gen, b *bld) {
	k, m := g.deP(), g.deP()
	b.t("auftrag:\n  nummer: HW-", g.digits(5), "\n  kunde: ")
	b.n(k.full())
	b.t("\n  einsatzort: \"")
	b.a(g.deAddr(", "))
	b.t("\"\n  gewerk: ", g.pick("Sanitär", "Elektro", "Dachdecker"), "\n  monteur: ")
	b.n(m.given)
	b.t("\n  firma: Haferkamp Haustechnik GmbH\n  notiz: \"")
	b.t(g.of(deNeg))
	b.t("\"\n")
}
