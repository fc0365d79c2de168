package unquoted

import (
	"strconv"
	"strings"

	"github.com/comity-project/comity/pii"
)

var deKinds = []kind{
	{"DATEV-Mandantenstamm-Export", false, true, deDatev},
	{"Laermprotokoll-Mietminderung", false, true, deNoiseLog},
	{"Notar-Kaufvertragsentwurf", false, true, deNotary},
	{"Mattermost-Denglisch-Export", false, true, deMattermost},
	{"WBS-Antrag", false, true, deWBS},
	{"Kindertagespflege-Betreuungsvertrag", false, true, deDaycare},
	{"BG-Unfallanzeige", false, true, deAccident},
	{"Kfz-Privatkaufvertrag", false, true, deCarSale},
	{"Kanzlei-Diktat-Transkript", false, true, deDictation},
	{"Schuetzenfest-Bericht", false, false, deShooting},
	{"neg-Strassenumbenennung-Ratsvorlage", true, false, deNegStreetRename},
	{"neg-Schulwettkampf-Ergebnisse", true, false, deNegSchoolResults},
}

type dp struct {
	giv, sur string
	f        bool // female
}

// hr is the form of address, "Herr " or "Frau ".
func (p dp) hr() string {
	if p.f {
		return "Frau "
	}
	return "Herr "
}

// hrn is the form of address in an address line, "Herrn " or "Frau ".
func (p dp) hrn() string {
	if p.f {
		return "Frau "
	}
	return "Herrn "
}

func (p dp) full() string      { return p.giv + " " + p.sur }
func (p dp) lastFirst() string { return p.sur + ", " + p.giv }

var deGivenF = []string{
	"Anna-Lena", "Hannelore", "Gudrun", "Kerstin", "Ayşe", "Svetlana", "Mia", "Leonie", "Frauke", "Ingeborg",
	"Sabine", "Ulrike", "Heike", "Katarzyna", "Jelena", "Fatma", "Henrike", "Wiebke", "Marlene", "Hildegard",
	"Dörte", "Marie-Luise", "Liesel", "Imke", "Vroni", "Annegret", "Reinhild", "Chiara", "Elif", "Aleksandra",
	"Andrea", "Birgit", "Nadine", "Jasmin", "Ilse", "Mechthild", "Greta", "Juna", "Swantje", "Zeynep",
}

var deGivenM = []string{
	"Lukas", "Jürgen", "Wolfgang", "Mehmet", "Emre", "Jannik", "Finn", "Malte", "Detlef", "Torsten",
	"Jörg", "Björn", "Piotr", "Dragan", "Yusuf", "Ole", "Friedemann", "Gottfried", "Bernd", "Uwe",
	"Kai-Uwe", "Hans-Peter", "Tjark", "Enno", "Xaver", "Korbinian", "Quirin", "Siegfried", "Noah", "Dominik",
	"Markus", "Rüdiger", "Thorsten", "Ludger", "Emil", "Mats", "Hauke", "Goran",
}

var deGiven = append(append([]string{}, deGivenF...), deGivenM...)

var deSurnames = []string{
	"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
	"Koch", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Zimmermann", "Krüger", "Hartmann", "Lange",
	"Krause", "Lehmann", "Köhler", "Fuchs", "Scholz", "Peters", "Jansen", "Ehlers", "Brandt", "Haas",
	"Vogt", "Sommer", "Winkler", "Lorenz", "Baumann", "Kühn", "Pohl", "Oberhuber", "Eichinger", "Wiemeler",
	"Sauer", "Ahrens", "Brüggemann", "Hinrichsen", "Terhorst", "Wübbena", "Schulte-Brömmelkamp", "Meyer-Landrut",
	"Schmidt-Holtz", "Wehrhahn-Ebel", "Jansen-Ohlsen", "von Alvensleben", "zu Putlitz", "van der Meulen", "de Vries",
	"Yılmaz", "Öztürk", "Demir", "Kaya", "Kowalczyk", "Nowicki", "Wiśniewski", "Petrović", "Nguyen", "Papadopoulos",
	"Gröning", "Stüber", "Rademacher", "Kretschmann-Eck", "Dreßler", "Hülsmann", "Ostendorf", "Pfeiffer",
}

func (g *gen) dePerson() dp {
	if g.chance(0.5) {
		return dp{g.of(deGivenF), g.of(deSurnames), true}
	}
	return dp{g.of(deGivenM), g.of(deSurnames), false}
}

// deKin returns a given name of the family with a kinship word that fits.
func (g *gen) deKin(words ...string) (string, string) {
	w := g.of(words)
	switch w {
	case "Oma ", "Tante ", "Mutter ", "meine Tochter ", "Lebensgefährtin ", "Tochter", "Mutter", "Lebenspartnerin", "Ehefrau":
		return w, g.of(deGivenF)
	}
	return w, g.of(deGivenM)
}

func (g *gen) dePeople(k int) []dp {
	var out []dp
	seen := map[string]bool{}
	for len(out) < k {
		p := g.dePerson()
		if seen[p.sur] || seen[p.giv] {
			continue
		}
		seen[p.sur], seen[p.giv] = true, true
		out = append(out, p)
	}
	return out
}

var deStreets = []string{
	"Hauptstraße", "Bahnhofstraße", "Lindenallee", "Am Mühlbach", "Kirchgasse", "Schillerstraße", "Goethestraße",
	"Gartenweg", "Im Winkel", "An der Alten Ziegelei", "Friedrich-Ebert-Straße", "Karl-Marx-Allee", "Rosenheimer Straße",
	"Ludwigstraße", "Sonnenstraße", "Wilhelmshöher Allee", "Hafenstraße", "Eichendorffweg", "Zur Linde", "Auf dem Kamp",
	"Heerstraße", "Brunnenstraße", "Obere Bachgasse", "Mühlenkamp", "Ringstraße", "Stettiner Straße", "Burgstraße",
	"Kastanienweg", "Marktplatz", "Amselweg", "Schlossberg", "Hohe Straße", "Tegeler Weg", "Alter Teichweg",
	"Krämergasse", "Wiesenstr.", "Dorfstr.", "Am Pulverturm", "Hinter der Mauer", "Lange Reihe", "Holstenstraße",
	"Königsallee", "Sophienstraße", "Neue Mainzer Straße", "Oberer Graben", "Feldstraße", "Rathausplatz", "Weidenweg",
}

type deCity struct{ plz, city string }

var deCities = []deCity{
	{"10117", "Berlin"}, {"10245", "Berlin"}, {"13357", "Berlin"}, {"20095", "Hamburg"}, {"22767", "Hamburg"},
	{"80331", "München"}, {"81667", "München"}, {"50667", "Köln"}, {"51065", "Köln"}, {"60311", "Frankfurt am Main"},
	{"70173", "Stuttgart"}, {"40213", "Düsseldorf"}, {"04109", "Leipzig"}, {"01067", "Dresden"}, {"28195", "Bremen"},
	{"30159", "Hannover"}, {"90402", "Nürnberg"}, {"44135", "Dortmund"}, {"45127", "Essen"}, {"53111", "Bonn"},
	{"48143", "Münster"}, {"69117", "Heidelberg"}, {"79098", "Freiburg im Breisgau"}, {"93047", "Regensburg"},
	{"99084", "Erfurt"}, {"18055", "Rostock"}, {"24103", "Kiel"}, {"66111", "Saarbrücken"}, {"55116", "Mainz"},
	{"65183", "Wiesbaden"}, {"34117", "Kassel"}, {"37073", "Göttingen"}, {"87435", "Kempten (Allgäu)"},
	{"83278", "Traunstein"}, {"26122", "Oldenburg"}, {"17489", "Greifswald"}, {"06108", "Halle (Saale)"},
	{"39104", "Magdeburg"}, {"14467", "Potsdam"}, {"73728", "Esslingen am Neckar"}, {"97070", "Würzburg"},
	{"54290", "Trier"}, {"88045", "Friedrichshafen"}, {"29614", "Soltau"}, {"36037", "Fulda"}, {"57072", "Siegen"},
	{"92637", "Weiden in der Oberpfalz"}, {"15230", "Frankfurt (Oder)"}, {"59302", "Oelde"}, {"26789", "Leer (Ostfriesland)"},
	{"94032", "Passau"}, {"23552", "Lübeck"}, {"02826", "Görlitz"}, {"49074", "Osnabrück"},
}

func (g *gen) deStreet() string {
	h := g.n(1, 148)
	n := strconv.Itoa(h)
	switch g.r.IntN(6) {
	case 0:
		n += g.pick("a", "b", "c")
	case 1:
		n += " " + g.pick("a", "b")
	case 2:
		n += g.pick("-", "–") + strconv.Itoa(h+g.n(1, 2)*2)
	}
	return g.of(deStreets) + " " + n
}

func (g *gen) deCityLine() string {
	c := one(g, deCities)
	return g.pick("", "", "", "D-") + c.plz + " " + c.city
}

// deAddr returns a street and city on one line or over two.
func (g *gen) deAddr() string {
	s := g.deStreet()
	if g.chance(0.15) {
		s += g.pick(", 2. OG links", ", Hinterhaus", ", App. "+g.num(1, 40), " (3. Stock)", ", WE "+g.num(1, 24))
	}
	return s + g.pick(", ", ", ", "\n", " · ", " – ", ",  ") + g.deCityLine()
}

func (g *gen) dePhone() string {
	return g.pick("0", "+49 ") + g.pick("30", "40", "89", "221", "341", "176", "151", "160", "5971", "8651") + g.pick(" ", "/", "-") + g.digits(g.n(6, 8))
}

var deFirms = []string{"Bäckerei Schulze GmbH", "Autohaus Kaiser & Söhne", "Dr. Oetker Nahrungsmittel KG", "Elektro Brandt e.K.", "Hoffmann Haustechnik", "Gebr. Terhorst Landtechnik", "Brüggemann Logistik GmbH", "Alte Apotheke am Markt", "Café Sommer", "Pfeiffer Immobilien", "Heizungsbau Kühn GmbH & Co. KG", "Sanitätshaus Lorenz", "Friseursalon Haarmonie", "Tischlerei Ostendorf"}

func deDatev(g *gen, b *builder) {
	sep := g.pick(";", ";", "\t")
	q := g.chance(0.4)
	if g.chance(0.5) {
		b.line(`"EXTF";700;16;"Debitoren/Kreditoren";5;`, g.digits(14), `;;"RE";"`, g.pick("Kanzlei", "StB"), `";;`, g.digits(5), ";", g.digits(5))
	}
	cols := []string{"Konto", "Name", "Vorname", "Anrede", "Straße", "PLZ", "Ort", "Steuernummer"}
	if g.chance(0.5) {
		cols = []string{"Mandantennr", "Anrede", "Vorname", "Name", "Straße", "Postleitzahl", "Ort", "Telefon"}
	}
	for i, c := range cols {
		if i > 0 {
			b.text(sep)
		}
		b.cell(c, sep, q)
	}
	b.nl()
	rows := g.n(3, 8)
	for range rows {
		firm := g.chance(0.25)
		p := g.dePerson()
		c := one(g, deCities)
		for i, col := range cols {
			if i > 0 {
				b.text(sep)
			}
			switch col {
			case "Konto", "Mandantennr":
				b.cell(g.num(10000, 69999), sep, q)
			case "Name":
				if firm {
					b.cell(g.of(deFirms), sep, q)
				} else {
					b.cell(p.sur, sep, q, pii.PersonName)
				}
			case "Vorname":
				if !firm {
					b.cell(p.giv, sep, q, pii.PersonName)
				} else if q {
					b.text(`""`)
				}
			case "Anrede":
				if firm {
					b.cell("Firma", sep, q)
				} else {
					a := strings.TrimSpace(p.hr())
					if g.chance(0.3) {
						a = strings.TrimSpace(p.hrn())
					}
					if g.chance(0.04) {
						a = "Divers"
					}
					b.cell(a, sep, q)
				}
			case "Straße":
				b.cell(g.deStreet(), sep, q, pii.PostalAddress)
			case "PLZ", "Postleitzahl":
				b.cell(c.plz, sep, q)
			case "Ort":
				b.cell(c.city, sep, q)
			case "Steuernummer":
				b.cell(g.digits(3)+"/"+g.digits(3)+"/"+g.digits(5), sep, q)
			case "Telefon":
				b.cell(g.dePhone(), sep, q)
			}
		}
		b.nl()
	}
}

func deNoiseLog(g *gen, b *builder) {
	me, noisy, w := g.dePerson(), g.dePerson(), g.dePerson()
	b.text(g.pick("Lärmprotokoll", "LÄRMPROTOKOLL", "Lärmprotokoll (Anlage zur Mängelanzeige)"), g.pick(" – Wohnung ", "\nWohnung: ", "\nMietobjekt: "))
	b.addr(g.deAddr())
	b.nl()
	b.text(g.pick("Mieter/in: ", "Protokollführer: ", "Erstellt von: "))
	if g.chance(0.5) {
		b.name(me.full())
	} else {
		b.name(me.lastFirst())
	}
	b.nl()
	b.text(g.pick("Lärmquelle: ", "Verursacher: "), g.pick("Wohnung über mir, ", "Nachbarwohnung links, ", "Gaststätte im EG, "))
	if g.chance(0.6) {
		b.text(g.pick(noisy.hr(), "Familie "))
		b.name(noisy.sur)
	} else {
		b.name(noisy.full())
	}
	b.nl()
	md := g.chance(0.5)
	if md {
		b.line("| Datum | Uhrzeit | Art der Störung | Dauer | Zeugen |\n|---|---|---|---|---|")
	} else {
		b.line("Datum\tUhrzeit\tArt\tDauer\tZeuge")
	}
	for range g.n(3, 7) {
		start := g.n(19, 23)
		row := []string{g.dateDE(), pad2(start) + ":" + pad2(g.n(0, 59)) + "–" + pad2((start+g.n(1, 3))%24) + ":" + pad2(g.n(0, 59)),
			g.pick("laute Musik, Bass", "Trampeln, Möbelrücken", "Hundegebell", "Streit, Türenknallen", "Bohren", "Party mit ca. 15 Personen"),
			g.num(20, 180) + " min"}
		if md {
			b.text("| ", strings.Join(row, " | "), " | ")
		} else {
			b.text(strings.Join(row, "\t"), "\t")
		}
		switch g.r.IntN(3) {
		case 0:
			b.text(g.pick(w.hr(), ""))
			b.name(w.full())
		case 1:
			k, gv := g.deKin("meine Tochter ", "Mitbewohner ", "Lebensgefährtin ", "mein Sohn ")
			b.text(k)
			b.name(gv)
		default:
			b.text("–")
		}
		if md {
			b.text(" |")
		}
		b.nl()
	}
	if g.chance(0.5) {
		b.text("Am ", g.dateDE(), " wurde die Polizei gerufen", g.pick(" (Einsatznummer ", " (Vorgang "), g.digits(6), ").")
		b.nl()
	}
	if g.chance(0.4) {
		b.text(map[bool]string{true: "Zeugin ", false: "Zeuge "}[w.f])
		b.name(w.full())
		b.text(" ist erreichbar unter: ")
		b.addr(g.deAddr())
		b.nl()
	}
	b.line(g.pick("Ort, Datum, Unterschrift", "Unterschrift:", "gez."), " ", g.pick("________", "(unterschrieben)", ""))
}

func deNotary(g *gen, b *builder) {
	ps := g.dePeople(4)
	c := one(g, deCities)
	b.line(g.pick("ENTWURF – Stand ", "Entwurf vom ", "– Entwurf – "), g.dateDE())
	b.line("UR-Nr. ", g.num(100, 2999), "/", g.pick("2024", "2025", "2026"), g.pick("", " K", " S"))
	b.nl()
	b.line(g.pick("Grundstückskaufvertrag", "Kaufvertrag über eine Eigentumswohnung", "Kaufvertrag (Einfamilienhaus)"))
	b.line("Verhandelt zu ", c.city, " am ", g.dateDE(), ".")
	b.text(map[bool]string{true: "Vor mir, der unterzeichnenden Notarin ", false: "Vor mir, dem unterzeichnenden Notar "}[ps[0].f])
	b.text(g.pick("Dr. ", "", "Dr. jur. "))
	b.name(ps[0].full())
	b.text(" mit dem Amtssitz in ", c.city, g.pick(", ", ", in meinen Amtsräumen "))
	if g.chance(0.5) {
		b.addr(g.deStreet() + ", " + c.plz + " " + c.city)
		b.text(",")
	}
	b.line("\nerschienen:")
	for i := 1; i <= 2; i++ {
		p := ps[i]
		b.text(string(rune('0'+i)), ". ", p.hr())
		if g.chance(0.3) {
			second := g.of(deGivenM)
			if p.f {
				second = g.of(deGivenF)
			}
			b.name(p.giv + " " + second + " " + p.sur)
		} else {
			b.name(p.full())
		}
		b.text(", geboren am ", pad2(g.n(1, 28)), ".", pad2(g.n(1, 12)), ".", g.num(1945, 1999), g.pick(", wohnhaft ", ",\n   wohnhaft in ", ", "))
		b.addr(g.deAddr())
		b.line(",")
		b.line("   ", g.pick("ausgewiesen durch amtlichen Lichtbildausweis", "dem Notar persönlich bekannt", "ausgewiesen durch Reisepass"), ",")
		if i == 1 {
			b.line("   – nachstehend „Verkäufer“ genannt –")
		} else {
			b.line("   – nachstehend „Käufer“ genannt –")
		}
	}
	b.line("§ 1 Grundbuch- und Sachstand")
	b.line("Im Grundbuch des Amtsgerichts ", c.city, " von ", g.pick("Wehlheiden", "Altstadt", "Rüttenscheid", "Kirchhorst", "Gohlis"), " Blatt ", g.num(100, 9999), " ist ", g.pick("der Verkäufer", "die Verkäuferin"), " als Eigentümer des folgenden Grundbesitzes eingetragen:")
	b.text("Flur ", g.num(1, 30), ", Flurstück ", g.num(10, 900), "/", g.num(1, 9), ", Gebäude- und Freifläche, ")
	b.addr(g.deStreet())
	b.line(", groß ", g.num(180, 1400), " m².")
	b.line("§ 2 Kaufpreis")
	b.line("Der Kaufpreis beträgt EUR ", g.num(180, 890), ".000,00.")
	if g.chance(0.6) {
		b.text("Die Vollzugsmitteilung erhält auch ", g.pick("die finanzierende Bank", "der Makler"), ", z. Hd. ")
		b.name(ps[3].full())
		b.line(".")
	}
	b.line(g.pick("[weitere Paragraphen folgen]", "…", "§ 3 Besitzübergang …"))
}

func deMattermost(g *gen, b *builder) {
	ps := g.dePeople(4)
	b.line(g.pick("# ~team-ops", "Channel: town-square", "Exportiert aus Mattermost – Kanal „office-berlin“", "## #dev-backend (export)"))
	t := g.n(8, 17)
	msg := func(p dp) {
		t++
		if g.chance(0.5) {
			b.name(p.full())
			b.text("  ", pad2(t%24), ":", pad2(g.n(0, 59)), "\n")
		} else {
			b.text("[", pad2(t%24), ":", pad2(g.n(0, 59)), "] ")
			b.name(p.full())
			b.text(": ")
		}
	}
	msg(ps[0])
	b.line(g.pick("Moin zusammen! Kurzes Update: das Deployment ist done, aber der Hotfix braucht noch ein Review.", "Guten Morgen! Wer hat heute Zeit für ein quick sync?", "Hey, das Meeting mit dem Kunden ist moved auf 15 Uhr."))
	msg(ps[1])
	b.text(g.pick("Sounds good. ", "Jo, passt. ", "👍 "))
	b.name(ps[0].giv)
	b.line(g.pick(", kannst du mir den Link schicken?", ", ich schau mir den PR nach dem Lunch an.", ", danke dir!"))
	msg(ps[2])
	switch g.r.IntN(3) {
	case 0:
		b.text("Btw, die neuen Laptops sollen an die Office-Adresse gehen: ")
		b.addr(g.deAddr())
		b.line(g.pick(" – nicht mehr an die alte!", ". Please double-check im Ticket.", ""))
	case 1:
		b.text("Ich bin ab Montag remote, Post bitte an ")
		b.addr(g.deAddr())
		b.line(g.pick(" forwarden.", ", thx!"))
	default:
		b.text("Wer holt das Paket von ")
		b.name(ps[3].full())
		b.text(" ab? Liegt bei ", g.pick("DHL", "der Packstation", "Hermes"), " in der Nähe von ")
		b.text(g.pick("Ostkreuz", "Hauptbahnhof", "Marienplatz", "Jungfernstieg"))
		b.line(".")
	}
	if g.chance(0.6) {
		msg(ps[3])
		b.text(g.pick("FYI: ", "Heads-up: ", ""))
		b.line(g.pick("der Release-Freeze startet morgen.", "Jira ist gerade down, bitte keine Tickets anlegen.", "Kaffeemaschine in der Küche ist wieder ok ☕"))
	}
	if g.chance(0.4) {
		msg(ps[1])
		b.text("@channel ", g.pick("Team-Lunch am Freitag bei ", "Offsite-Location ist "))
		b.addr(g.deAddr())
		b.line(g.pick(", 12:30!", " – bitte RSVP bis Mittwoch."))
	}
}

func deWBS(g *gen, b *builder) {
	p := g.dePerson()
	b.line(g.pick("Antrag auf Erteilung eines Wohnberechtigungsscheins (WBS)", "WBS-Antrag – Bezirksamt", "Wohnberechtigungsschein – Erstantrag"))
	b.line(g.pick("nach § 5 WoBindG", "Landeswohnraumförderungsgesetz", "(Eingang: "+g.dateDE()+")"))
	b.line("1. Angaben zur antragstellenden Person")
	b.text(g.pick("Familienname: ", "Name: "))
	b.name(p.sur)
	b.text(g.pick("   Vorname: ", "\nVorname(n): "))
	b.name(p.giv)
	b.nl()
	b.line("Geburtsdatum: ", pad2(g.n(1, 28)), ".", pad2(g.n(1, 12)), ".", g.num(1950, 2004), "   Familienstand: ", g.pick("ledig", "verheiratet", "geschieden", "verwitwet"))
	b.text("Anschrift (Straße, Hausnr., PLZ, Ort): ")
	b.addr(g.deAddr())
	b.nl()
	b.line("Telefon: ", g.dePhone())
	b.line("2. Zum Haushalt gehörende Personen")
	sep := g.pick(" | ", "\t")
	b.line(map[bool]string{true: "Name, Vorname | Geburtsdatum | Verwandtschaftsverhältnis", false: "Name, Vorname\tGeb.-Datum\tVerhältnis"}[sep == " | "])
	for range g.n(1, 4) {
		rel, gv := g.deKin("Ehemann", "Kind", "Lebenspartnerin", "Mutter", "Sohn", "Tochter", "Vater", "Ehefrau")
		q := dp{gv, p.sur, false}
		if g.chance(0.3) {
			q.sur = g.of(deSurnames)
		}
		b.name(q.lastFirst())
		b.text(sep, pad2(g.n(1, 28)), ".", pad2(g.n(1, 12)), ".", g.num(1950, 2023), sep)
		b.line(rel)
	}
	b.line("3. Einkommen: ", g.pick("Bürgergeld", "Rente", "Erwerbseinkommen", "BAföG", "Wohngeld"), ", Jahresbrutto ca. ", g.num(9, 48), ".", g.digits(3), " €")
	b.line("4. Besonderer Wohnbedarf: ", g.pick("keiner", "rollstuhlgerecht", "Schwangerschaft", "Dringlichkeit wegen Räumungsklage"))
	if g.chance(0.5) {
		b.text("Bevollmächtigte/r: ")
		b.name(g.dePerson().full())
		b.text(g.pick(", ", " ("), g.pick("Sozialberatung Caritas", "Betreuer", "Schwester"), g.pick("", ")"))
		b.nl()
	}
	b.line("Ich versichere die Richtigkeit meiner Angaben.  ", g.pick("Unterschrift", "gez."), " ", g.dateDE())
}

func deDaycare(g *gen, b *builder) {
	tm := g.dePerson()
	par1 := g.dePerson()
	par2 := g.dePerson()
	par2.f = !par1.f
	par2.giv = g.of(deGivenM)
	if par2.f {
		par2.giv = g.of(deGivenF)
	}
	if g.chance(0.7) {
		par2.sur = par1.sur
	}
	kid := dp{g.pick("Tjark", "Mia", "Noah", "Elif", "Finn", "Leonie", "Ole", "Chiara", "Emil", "Greta", "Mats", "Juna"), par1.sur, false}
	b.line(g.pick("Betreuungsvertrag Kindertagespflege", "Vertrag über die Betreuung in Kindertagespflege", "BETREUUNGSVERTRAG (Tagesmutter)"))
	b.line("zwischen")
	b.text(g.pick(tm.hrn(), ""))
	b.name(tm.full())
	b.text(g.pick(" (Kindertagespflegeperson)", ", Tagespflegeperson,", ""))
	b.text(g.pick(", ", "\n"))
	b.addr(g.deAddr())
	b.line("\nund den Personensorgeberechtigten")
	b.text(g.pick(par1.hrn(), ""))
	b.name(par1.full())
	b.text(g.pick(" und ", ",\n"))
	b.name(par2.full())
	b.text(g.pick(",\nwohnhaft ", ", wohnhaft in ", "\n"))
	b.addr(g.deAddr())
	b.nl()
	b.text("für das Kind ")
	b.name(kid.full())
	b.line(", geb. ", g.dateDE())
	b.line("§ 1 Betreuungszeiten: ", g.pick("Mo–Fr 7:30–14:00 Uhr", "Mo–Do 8:00–16:00 Uhr", "35 Wochenstunden"))
	b.line("§ 2 Eingewöhnung nach dem Berliner Modell, ca. ", g.num(2, 4), " Wochen.")
	b.text("§ 3 Abholberechtigt sind außer den Eltern: ")
	switch g.r.IntN(3) {
	case 0:
		k, gv := g.deKin("Oma ", "Opa ", "Tante ", "Onkel ")
		b.text(k)
		b.name(gv)
	case 1:
		b.name(g.dePerson().full())
		b.text(g.pick(" (Nachbarschaft)", " (Großeltern)", ""))
	default:
		b.name(g.dePerson().full())
		b.text(" und ")
		b.name(g.dePerson().full())
	}
	b.line(".")
	b.line("§ 4 Vertretung bei Krankheit durch ", g.pick("den Tagespflegeverbund", "die Vertretungsstelle im Familienzentrum", "die Fachberatung"))
	if g.chance(0.5) {
		b.text("Ansprechpartnerin im Jugendamt: ")
		b.name(g.dePerson().full())
		b.nl()
	}
	b.line(g.pick("Ort, Datum", "Datum"), ": ", g.dateDE(), "   Unterschriften")
}

func deAccident(g *gen, b *builder) {
	v, boss, wit := g.dePerson(), g.dePerson(), g.dePerson()
	b.line(g.pick("UNFALLANZEIGE", "Unfallanzeige nach § 193 SGB VII", "Unfallanzeige (Entwurf für die BG)"))
	b.text("1 Name und Anschrift des Unternehmens: ", g.of(deFirms), g.pick(", ", "\n  "))
	b.addr(g.deAddr())
	b.nl()
	b.line("2 Unternehmensnummer des Unfallversicherungsträgers: ", g.digits(3), " ", g.digits(3), " ", g.digits(4))
	b.line("3 Empfänger: ", g.pick("BG BAU", "BG ETEM", "BGW", "BG Verkehr", "BG Nahrungsmittel und Gastgewerbe"))
	b.text("4 Name, Vorname der versicherten Person: ")
	b.name(v.lastFirst())
	b.nl()
	b.line("5 Geburtsdatum: ", pad2(g.n(1, 28)), ".", pad2(g.n(1, 12)), ".", g.num(1960, 2006))
	b.text("6 Anschrift der versicherten Person: ")
	b.addr(g.deAddr())
	b.nl()
	b.line("7 Geschlecht: ", g.pick("männlich", "weiblich", "divers"), "   8 Staatsangehörigkeit: ", g.pick("deutsch", "polnisch", "türkisch", "kroatisch", "rumänisch"))
	b.line("10 Unfallzeitpunkt: ", g.dateDE(), ", ", g.clock(), " Uhr")
	b.line("11 Unfallort: ", g.pick("Baustelle", "Lager, Halle 3", "Küche", "Laderampe"), g.pick(" (Werksgelände)", " beim Kunden", ""))
	b.text("12 Ausführliche Schilderung des Unfallhergangs: ")
	b.text(g.pick(v.hr(), map[bool]string{true: "Die Kollegin ", false: "Der Kollege "}[v.f], ""))
	b.name(v.sur)
	b.line(g.pick(" rutschte auf der nassen Treppe aus und stürzte auf das linke Handgelenk.", " wurde beim Abladen von einer Palette am Fuß getroffen.", " schnitt sich beim Entbeinen in den Daumen."))
	b.text("13 Verletzte Körperteile: ", g.pick("linkes Handgelenk", "rechter Fuß", "Daumen rechts", "Rücken"), "\n14 Wer hat von dem Unfall zuerst Kenntnis genommen? ")
	b.name(wit.full())
	b.line(g.pick(" (Augenzeuge)", ", Vorarbeiter", ""))
	b.text("15 Erstbehandlung: ")
	b.text(g.pick("Dr. med. ", "Praxis Dr. ", "D-Arzt "))
	b.name(g.dePerson().full())
	if g.chance(0.5) {
		b.text(", ")
		b.addr(g.deAddr())
	}
	b.nl()
	b.text("Ansprechpartner: ")
	b.name(boss.full())
	b.line("  Tel. ", g.dePhone())
	b.line(g.dateDE(), "  ", g.pick("Unternehmer/Bevollmächtigter", "Betriebsrat"), ": ________")
}

var deCars = []string{"VW Golf VII 1.6 TDI", "Opel Corsa E", "Mercedes-Benz B 180", "Porsche 911 Carrera (996)", "Ford Fiesta", "Skoda Octavia Combi", "BMW 318d Touring", "Renault Zoe", "Audi A4 Avant", "Seat Leon ST", "Fiat Ducato Wohnmobil", "Dacia Duster"}

func deCarSale(g *gen, b *builder) {
	s, k := g.dePerson(), g.dePerson()
	b.line(g.pick("Kaufvertrag über ein gebrauchtes Kraftfahrzeug", "KAUFVERTRAG – privater Gebrauchtwagenverkauf", "Kfz-Kaufvertrag (Privatverkauf, unter Ausschluss der Sachmängelhaftung)"))
	party := func(role string, p dp) {
		b.line(role)
		if g.chance(0.5) {
			b.text("Name, Vorname: ")
			b.name(p.lastFirst())
		} else {
			b.text("Name: ")
			b.name(p.sur)
			b.text(g.pick("   Vorname: ", "\nVorname: "))
			b.name(p.giv)
		}
		b.nl()
		b.text(g.pick("Anschrift: ", "Straße, PLZ, Ort: ", "Wohnort: "))
		b.addr(g.deAddr())
		b.nl()
		b.line("Tel.: ", g.dePhone(), g.pick("", "   Ausweis-Nr.: "+g.code(9)))
	}
	if g.chance(0.5) {
		party("Verkäufer", s)
		party("Käufer", k)
	} else {
		party("VERKÄUFER:", s)
		party("KÄUFER:", k)
	}
	b.line("Fahrzeug: ", g.of(deCars))
	b.line("FIN: WVWZZZ", g.code(11), "   amtl. Kennzeichen: ", g.pick("M", "HH", "K", "OL", "KS", "PA", "WAF"), "-", g.code(2), " ", g.num(1, 9999))
	b.line("Erstzulassung: ", pad2(g.n(1, 12)), "/", g.num(2008, 2022), "   km-Stand: ", g.num(12, 260), ".", g.digits(3))
	b.line("Kaufpreis: ", g.num(900, 28000), " EUR, ", g.pick("bar erhalten", "per Überweisung", "Anzahlung 500 EUR"))
	if g.chance(0.5) {
		b.text("Vorbesitzer laut Brief: ")
		b.name(g.dePerson().full())
		b.nl()
	}
	b.line("Das Fahrzeug wird unter Ausschluss jeglicher Gewährleistung verkauft. ", g.pick("Unfallfrei laut Verkäufer.", "Hagelschaden bekannt.", ""))
	b.line(g.dateDE(), "   Unterschrift Verkäufer ______   Unterschrift Käufer ______")
}

func deDictation(g *gen, b *builder) {
	ra, cl, opp := g.dePerson(), g.dePerson(), g.dePerson()
	b.line(g.pick("Diktat ", "Transkript Diktat ", "[Spracherkennung, ungeprüft] Diktat "), map[bool]string{true: "RAin", false: "RA"}[ra.f], " ", strings.ToUpper(string([]rune(ra.sur)[:1])), g.pick("", "/", "-"), g.code(2), " vom ", g.dateDE())
	b.text("Az.: ", g.num(1, 450), "/", g.pick("24", "25", "26"), "   ", g.pick("in Sachen ", "Sache: "))
	b.name(cl.sur)
	b.text(" ./. ")
	b.name(opp.sur)
	b.nl()
	b.line(g.pick("Absatz", "— neuer Absatz —", "(Absatz)"))
	rec := g.dePerson()
	b.text("An ")
	if rec.f {
		b.text(g.pick("Frau ", "Frau Rechtsanwältin "))
	} else {
		b.text(g.pick("Herrn ", "Herrn Rechtsanwalt "))
	}
	b.name(rec.full())
	b.nl()
	if g.chance(0.5) {
		b.line(g.pick("Kanzlei ", "Sozietät "), opp.sur, g.pick(" & Partner", " Rechtsanwälte mbB"))
	}
	b.addr(g.deStreet() + g.pick("\n", ", ") + g.deCityLine())
	b.nl()
	b.line(g.pick("Absatz", "(Absatz)"))
	b.text(g.pick(map[bool]string{true: "Sehr geehrte Frau Kollegin", false: "Sehr geehrter Herr Kollege"}[rec.f], "Sehr geehrte Damen und Herren"), ",")
	b.nl()
	b.text("in vorbezeichneter Angelegenheit zeigen wir an, dass uns ")
	b.text(g.pick(cl.hr(), ""))
	b.name(cl.full())
	b.text(g.pick(", ", " "), "wohnhaft ")
	b.addr(g.deAddr())
	b.line(g.pick(", mit der Wahrnehmung "+map[bool]string{true: "ihrer", false: "seiner"}[cl.f]+" Interessen beauftragt hat.", ", anwaltlich vertreten lässt. Vollmacht anbei."))
	if g.chance(0.5) {
		b.text(map[bool]string{true: "Ihre Mandantin", false: "Ihr Mandant"}[opp.f], ", ", opp.hr())
		b.name(opp.sur)
		b.line(g.pick(", wird aufgefordert, bis zum ", ", hat bis zum "), g.dateDE(), " ", g.pick("die Kaution zurückzuzahlen.", "die Mängel zu beseitigen.", "Auskunft zu erteilen."))
	}
	if g.chance(0.4) {
		b.line("Klammer auf Anlage K ", g.num(1, 9), " Klammer zu")
	}
	b.line(g.pick("Mit freundlichen kollegialen Grüßen", "Mit freundlichen Grüßen"))
	if g.chance(0.6) {
		b.name(ra.full())
		b.line(g.pick("", map[bool]string{true: ", Rechtsanwältin", false: ", Rechtsanwalt"}[ra.f], map[bool]string{true: ", Fachanwältin für Mietrecht", false: ", Fachanwalt für Mietrecht"}[ra.f]))
	} else {
		b.line("Rechtsanwalt")
	}
	b.line("Ende Diktat. ", g.pick("Bitte zwei Abschriften.", "Per beA.", "Frist notieren: "+g.dateDE()))
}

func deShooting(g *gen, b *builder) {
	k, q, j := g.dePerson(), g.dePerson(), g.dePerson()
	k.f, k.giv = false, g.of(deGivenM)
	q.f, q.giv = true, g.of(deGivenF)
	j.f, j.giv = false, g.of(deGivenM)
	club := g.pick("St. Hubertus Schützenbruderschaft", "Schützenverein Germania", "Bürgerschützenverein", "St. Sebastianus Schützengilde", "Schützengesellschaft Tell")
	c := one(g, deCities)
	b.line(g.pick("Neuer König in ", "Schützenfest in ", "Königsproklamation: "), c.city, g.pick("", "!", " – ein Bericht"))
	b.text(g.pick("Beim Schützenfest der ", "Auf dem Festplatz der ", "Beim Vogelschießen der "), club, " ", c.city, g.pick(" 1865 e.V.", " von 1902", " e.V."), " holte ")
	b.name(k.full())
	b.line(" mit dem ", g.num(180, 420), ". Schuss den Rest des Vogels von der Stange.")
	b.text(g.pick("Zur Königin nahm er ", "Mitregentin wird ", "An seiner Seite regiert "))
	if g.chance(0.5) {
		b.text("seine Frau ")
		b.name(q.giv)
	} else {
		b.name(q.full())
	}
	b.line(".")
	b.text(g.pick("Jungschützenkönig wurde ", "Die Jugend proklamierte "))
	b.name(j.full())
	b.line(g.pick(".", ", der erst im Frühjahr eingetreten war."))
	if g.chance(0.6) {
		b.text("Zum Hofstaat gehören ")
		for i := range g.n(2, 4) {
			if i > 0 {
				b.text(", ")
			}
			b.name(g.dePerson().full())
		}
		b.line(".")
	}
	b.line("Der Festumzug führt am Sonntag ", g.pick("vom Kaiser-Wilhelm-Platz", "über die Königsallee", "durch die Bismarckstraße", "ab Schützenhalle"), " zum ", g.pick("Ehrenmal", "Rathausplatz", "Festzelt"), ".")
	if g.chance(0.5) {
		b.text("Das Ständchen für das Königspaar findet um ", g.num(14, 18), " Uhr vor dem Haus des Königs statt, ")
		b.addr(g.deStreet() + ", " + c.plz + " " + c.city)
		b.line(".")
	}
	if g.chance(0.5) {
		b.text(g.pick("Foto: ", "Text und Foto: ", "(Bericht: "))
		b.name(g.dePerson().full())
		b.line(g.pick("", ")"))
	}
}

// negatives

var deEponymStreets = []string{"Hindenburgstraße", "Marie-Juchacz-Straße", "Konrad-Adenauer-Straße", "Willy-Brandt-Allee", "Sophie-Scholl-Platz", "Lilo-Herrmann-Weg", "Carl-Diem-Weg", "Agnes-Miegel-Straße", "Elisabeth-Selbert-Straße", "Walter-Gropius-Ring", "Hannah-Arendt-Platz", "Peter-Rosegger-Straße", "Otto-Hahn-Straße", "Robert-Koch-Straße", "Käthe-Kollwitz-Ufer", "Fritz-Reuter-Weg", "Clara-Zetkin-Straße", "Rosa-Parks-Platz", "Beate-Uhse-Ring"}

func deNegStreetRename(g *gen, b *builder) {
	idx := g.perm(len(deEponymStreets), 4)
	old, nw, near, alt := deEponymStreets[idx[0]], deEponymStreets[idx[1]], deEponymStreets[idx[2]], deEponymStreets[idx[3]]
	b.line(g.pick("Vorlage Nr. ", "Beschlussvorlage ", "Drucksache "), g.pick("2024", "2025", "2026"), "/", g.pad(1, 999, 4), g.pick("", " – öffentlich"))
	b.line("Betreff: Umbenennung „", old, "“ in „", nw, "“")
	b.line("Beratungsfolge: ", g.pick("Bezirksvertretung Innenstadt", "Ausschuss für Kultur", "Haupt- und Finanzausschuss"), " → Rat der Stadt")
	b.line("Sachverhalt:")
	b.line("Der Straßenzug „", old, "“ verläuft zwischen „", near, "“ und dem ", g.pick("Bahnhofsvorplatz", "Stadtpark", "Ring"), ". Der Arbeitskreis Straßennamen empfiehlt ", g.pick("eine Umbenennung.", "die Umbenennung wegen der belasteten Herkunft des bisherigen Namens.", "eine Benennung, die an eine Persönlichkeit der Frauenbewegung erinnert."))
	b.line("Betroffen sind ", g.num(20, 140), " Haushalte sowie ", g.pick("die Albert-Schweitzer-Grundschule", "das Max-Planck-Gymnasium", "die Humboldt-Bibliothek", "das Klinikum St. Elisabeth"), " und ", g.num(2, 14), " Gewerbebetriebe, darunter ", g.of(deFirms), ".")
	if g.chance(0.6) {
		b.line("Die Bushaltestelle „", old, "“ wird in „", nw, "“ umbenannt; die U-Bahn-Station ", g.pick("Theodor-Heuss-Platz", "Adenauerplatz", "Bismarckplatz"), " bleibt unverändert.")
	}
	if g.chance(0.5) {
		b.line("Alternativvorschlag der Fraktion: ", alt, ".")
	}
	b.line("Kosten: ca. ", g.num(3, 25), ".000 € für Beschilderung; Anwohnende erhalten kostenlos neue Adressaufkleber für Personalausweise.")
	if g.chance(0.45) {
		b.text(g.pick("Berichterstattung: ", "Federführend: ", "Sachbearbeitung: "))
		p := g.dePerson()
		b.text(g.pick(p.hr(), map[bool]string{true: "Bürgermeisterin ", false: "Bürgermeister "}[p.f], ""))
		b.name(p.full())
		b.nl()
	}
	b.line(g.pick("Anlagen: Lageplan, Stellungnahme Stadtarchiv", "Anlage: Kartenausschnitt", ""))
}

var deSchools = []string{"Geschwister-Scholl-Gymnasium", "Albert-Schweitzer-Realschule", "Käthe-Kollwitz-Schule", "Anne-Frank-Gesamtschule", "Heinrich-Heine-Gymnasium", "Marie-Curie-Gymnasium", "Theodor-Heuss-Schule", "Friedrich-Fröbel-Grundschule", "Carl-von-Ossietzky-Oberschule", "Astrid-Lindgren-Schule", "Erich-Kästner-Grundschule", "Goethe-Gymnasium", "Annette-von-Droste-Hülshoff-Gymnasium", "Hans-Böckler-Berufskolleg", "Mildred-Scheel-Schule"}
var deVenues = []string{"Max-Schmeling-Halle", "Rudolf-Harbig-Stadion", "Fritz-Walter-Stadion", "Carl-Diem-Halle", "Sportpark Jahnwiese", "Ernst-Abbe-Sportfeld", "Helmut-Rahn-Sportanlage"}

func deNegSchoolResults(g *gen, b *builder) {
	c := one(g, deCities)
	b.line(g.pick("Jugend trainiert für Olympia", "Kreisschulsportfest", "Stadtmeisterschaft der Schulen"), " – ", g.pick("Fußball WK III", "Leichtathletik", "Schwimmen Staffel", "Volleyball WK II"), " – ", c.city)
	b.line("Austragungsort: ", g.of(deVenues), g.pick("", ", "+g.dateDE()))
	idx := g.perm(len(deSchools), g.n(5, 8))
	tab := g.chance(0.5)
	if tab {
		b.line("Platz\tSchule\tPunkte")
	}
	for i, k := range idx {
		if tab {
			b.line(g.num(i+1, i+1), "\t", deSchools[k], " ", c.city, "\t", g.num(10, 99))
		} else {
			b.line(g.num(i+1, i+1), ". ", deSchools[k], g.pick("", " "+c.city, " ("+c.city+")"), " – ", g.num(10, 99), " Pkt.")
		}
	}
	b.line(g.pick("Der Siegerpokal wurde von der ", "Die Medaillen stiftete die "), g.pick("Sparkasse", "Carl-Zeiss-Stiftung", "Konrad-Duden-Gesellschaft", "Robert-Bosch-Stiftung"), " überreicht.")
	if g.chance(0.5) {
		b.line("Landesfinale: ", g.of(deVenues), ", ", g.dateDE(), ".")
	}
	if g.chance(0.45) {
		p := g.dePerson()
		b.text(g.pick("Kontakt: ", "Für Rückfragen: ", "Organisation: "), g.pick(p.hr(), ""))
		b.name(p.full())
		b.text(g.pick(" (Schulsportkoordination)", ", Fachschaft Sport", ""))
		b.nl()
	}
}
