package sealed

import (
	"fmt"
	"github.com/comity-project/comity/pii/heldout"
	"strings"
)

// deNeg are companies, products, institutions and prizes named after people.
var deNeg = []string{"Dr. Oetker", "Hugo Boss", "Robert Bosch GmbH", "Porsche", "Daimler Truck", "Carl Zeiss", "Faber-Castell",
	"Märklin", "Steiff", "Kneipp", "Melitta", "Dallmayr", "Beate Uhse", "Otto Group", "Rolf Benz", "Käthe Wohlfahrt",
	"Hipp", "Bahlsen", "Haribo", "Rotkäppchen", "Ritter Sport", "Jil Sander", "Dr. Hauschka", "Aldi Süd", "Ernsting's family"}

var dePlaceNeg = []string{"Goethe-Institut", "Max-Planck-Institut", "Konrad-Adenauer-Stiftung", "Fritz-Walter-Stadion", "Schiller-Gymnasium",
	"Theodor-Heuss-Platz", "Nobelpreis", "Grimme-Preis", "Karlspreis", "Humboldt-Universität", "Friedrich-Ebert-Stiftung",
	"Kaiser-Wilhelm-Gedächtniskirche", "Robert-Koch-Institut", "Sophie-Scholl-Schule"}

func init() {
	register(heldout.DE,
		kind{"nachricht", false, deNews},
		kind{"entlassbrief", false, deArztbrief},
		kind{"kontoauszug", false, deKonto},
		kind{"sendungsverfolgung", false, deSendung},
		kind{"impressum", false, deImpressum},
		kind{"vereinsregister", false, deVereinsregister},
		kind{"mahnbescheid", false, deMahnbescheid},
		kind{"kfz_zulassung", false, deKfz},
		kind{"behoerdenbrief", false, deBehoerde},
		kind{"grundbuch", false, deGrundbuch},
		kind{"bewerbertabelle", false, deBewerber},
		kind{"ocr_bescheinigung", false, deOCR},
		kind{"spielbericht", false, deSpielbericht},
		kind{"gemeindebrief", false, deGemeinde},
		kind{"expose", false, deExpose},
		kind{"nachsendeauftrag", false, deNachsendeauftrag},
		kind{"teilnehmerliste", false, deTeilnehmer},
		kind{"wirtschaft", true, deNegWirtschaft},
		kind{"alltag", true, deNegAlltag},
		kind{"kultur", true, deNegKultur},
	)
}

func deNews(g *gen) {
	p, q := g.dePerson(), g.dePerson()
	g.t(g.p("", "BONN. ", "(dpa) "), "Seit ", fmt.Sprint(g.d(3, 40)), " Jahren wohnt ")
	g.n(p.short())
	g.t(fmt.Sprintf(" (%d) in der Siedlung. „", g.d(19, 91)), g.p("Wir haben das nicht kommen sehen", "So geht es nicht weiter", "Endlich tut sich was"), "“, sagt ", p.deTitle(), " ")
	g.n(p.last)
	g.t(". Bürgermeister", map[bool]string{true: "in ", false: " "}[q.female])
	g.n(q.short())
	g.t(g.p(" kündigte an, den Antrag im Mai zu prüfen. ", " will im Winter eine Lösung vorlegen. "))
	if g.c(0.4) {
		g.t("Vor dem Haus ")
		g.a(g.deAddress().one())
		g.t(" stapelt sich seit Wochen der Sperrmüll. ")
	}
	if g.c(0.4) {
		g.t("Die Sitzung findet im ")
		g.x(g.p("Goethe-Institut", "Schiller-Gymnasium", "Theodor-Heuss-Platz"))
		g.t(" statt.")
	}
	g.t("\n")
}

func deArztbrief(g *gen) {
	pat, arzt, haus := g.dePerson(), g.dePerson(), g.dePerson()
	a := g.deAddress()
	g.t("Klinik für Innere Medizin · Chefarzt Prof. Dr. med. ")
	g.n(arzt.short())
	g.t("\n\nSehr geehrte", map[bool]string{true: " Frau Kollegin", false: "r Herr Kollege"}[haus.female], " ")
	g.n(haus.last)
	g.t(",\n\nwir berichten über ", map[bool]string{true: "Ihre Patientin Frau ", false: "Ihren Patienten Herrn "}[pat.female])
	g.n(pat.short())
	g.t(fmt.Sprintf(", geb. %02d.%02d.%d, wohnhaft ", g.d(1, 28), g.d(1, 12), g.d(1932, 2001)))
	g.a(a.one())
	g.t(g.p(", die", ", der"), " sich vom ", fmt.Sprintf("%d.%d.", g.d(1, 28), g.d(1, 12)), " bis ", fmt.Sprintf("%d.%d.", g.d(1, 28), g.d(1, 12)), " in unserer stationären Behandlung befand.\n\n")
	g.t("Diagnosen: ", g.p("Pneumonie re. basal", "NSTEMI", "Erysipel li. Unterschenkel"), "; ")
	g.x(g.p("Morbus Parkinson", "Morbus Crohn", "Hashimoto-Thyreoiditis", "Morbus Bechterew"))
	g.t("\nMedikation: ", g.p("Ramipril 5 mg 1-0-0", "Metoprolol 47,5 mg 1-0-1", "Pantoprazol 40 mg 1-0-0"), "\n\nMit freundlichen kollegialen Grüßen\n")
	g.t("Dr. ")
	g.n(g.dePerson().short())
	g.t(", Assistenzärztin\n")
}

func deKonto(g *gen) {
	g.t("Buchungstag  Valuta  Vorgang / Verwendungszweck                       Betrag EUR\n")
	for i := 0; i < g.d(3, 6); i++ {
		g.t(fmt.Sprintf("%02d.%02d.      %02d.%02d.  ", g.d(1, 28), g.d(1, 12), g.d(1, 28), g.d(1, 12)))
		switch g.r.IntN(5) {
		case 0:
			p := g.dePerson()
			g.t("SEPA-Überweisung an ")
			g.n(strings.ToUpper(p.last) + ", " + strings.ToUpper(p.first))
			g.t(" / Miete ", g.p("Januar", "Mai", "Oktober"), " Whg ", fmt.Sprint(g.d(1, 20)))
		case 1:
			p := g.dePerson()
			g.t("Gutschrift ")
			g.n(p.short())
			g.t(" Rückzahlung Urlaub")
		case 2:
			g.t("Lastschrift ")
			g.x(g.p("Dr. Oetker", "Ernsting's family", "Otto Group", "Hugo Boss", "Aldi Süd"))
			g.t(" Kd-Nr ", g.digits(7))
		case 3:
			g.t("Kartenzahlung ")
			g.x(strings.ToUpper(g.p("Käthe Wohlfahrt", "Dallmayr", "Bahlsen")))
			g.t(" ", strings.ToUpper(g.p(dePlaces[g.r.IntN(len(dePlaces))][1])))
		default:
			p := g.dePerson()
			g.t("Dauerauftrag Taschengeld ")
			g.n(p.first)
		}
		g.t(fmt.Sprintf("   %s%d,%02d\n", g.p("-", "+", "-"), g.d(3, 1900), g.d(0, 99)))
	}
}

func deSendung(g *gen) {
	p, nb := g.dePerson(), g.dePerson()
	a := g.deAddress()
	g.t("Sendungsnummer 00340434", g.digits(12), "\n")
	g.t(fmt.Sprintf("%02d.%02d.2026 06:%02d  Die Sendung wurde im Start-Paketzentrum bearbeitet.\n", g.d(1, 28), g.d(1, 12), g.d(0, 59)))
	g.t(fmt.Sprintf("%02d.%02d.2026 09:%02d  Die Sendung wurde in das Zustellfahrzeug geladen.\n", g.d(1, 28), g.d(1, 12), g.d(0, 59)))
	switch g.r.IntN(3) {
	case 0:
		g.t("13:02  Die Sendung wurde an ", map[bool]string{true: "die Nachbarin Frau ", false: "den Nachbarn Herrn "}[nb.female])
		g.n(nb.last)
		g.t(" (", g.p("Erdgeschoss", "gegenüber", "Hausnr. nebenan"), ") übergeben.\n")
	case 1:
		g.t("13:02  Zugestellt an Empfänger: ")
		g.n(strings.ToUpper(p.last))
		g.t("\n")
	default:
		g.t("13:02  Die Sendung liegt in der Filiale ", a.plz[:2], "x zur Abholung bereit.\n")
	}
	g.t("Empfänger: ")
	g.n(p.short())
	g.t(", ")
	g.a(a.one())
	g.t("\n")
}

func deImpressum(g *gen) {
	p := g.dePerson()
	a := g.deAddress()
	g.t("Impressum\n\nAngaben gemäß § 5 DDG\n\n")
	firm := g.p("Bäckerei ", "Malerbetrieb ", "Physiotherapie ", "Weinhandlung ") + p.last + g.p(" GmbH", " e.K.", " & Söhne KG", "")
	g.x(firm) // the firm is named after its owner: a company, not a person
	g.t("\n")
	g.a(a.block())
	g.t("\n\nVertreten durch: ", map[bool]string{true: g.p("Geschäftsführerin", "Inhaberin"), false: g.p("Geschäftsführer", "Inhaber")}[p.female], " ")
	g.n(p.short())
	g.t(fmt.Sprintf("\nTelefon: 0%d %s\nRegistergericht: Amtsgericht %s\nRegisternummer: HRB %d\n", g.d(30, 991), g.digits(6), dePlaces[g.r.IntN(len(dePlaces))][1], g.d(1000, 99999)))
	g.t("Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV: ")
	g.n(g.dePerson().short())
	g.t(" (Anschrift wie oben)\n")
}

func deVereinsregister(g *gen) {
	pl := dePlaces[g.r.IntN(len(dePlaces))]
	g.t(fmt.Sprintf("Amtsgericht %s – Registergericht – VR %d\n", pl[1], g.d(100, 9999)))
	g.t("Neueintragung: ", g.p("Kleingartenverein „", "Förderverein „", "Schützengilde „"))
	g.x(g.p("Am Lindenhof", "Schiller-Gymnasium", "Sophie-Scholl-Schule", "Goethe-Institut"))
	g.t("“ e.V., Sitz: ", pl[1], ". Vorstand: ")
	n := g.d(1, 3)
	for i := 0; i < n; i++ {
		if i > 0 {
			g.t("; ")
		}
		p := g.dePerson()
		g.n(p.rev())
		g.t(fmt.Sprintf(", %s, *%02d.%02d.%d", dePlaces[g.r.IntN(len(dePlaces))][1], g.d(1, 28), g.d(1, 12), g.d(1940, 2002)))
	}
	if g.c(0.5) {
		g.t(". Anschrift des Vereins: ")
		g.a(g.deAddress().one())
	}
	g.t(". Vertretungsberechtigt sind je zwei Vorstandsmitglieder gemeinsam.\n")
}

func deMahnbescheid(g *gen) {
	ag, ra := g.dePerson(), g.dePerson()
	a := g.deAddress()
	g.t("Mahnbescheid – Geschäftsnummer ", fmt.Sprint(g.d(20, 26)), "-", g.digits(7), "-0-", g.digits(1), "\n\n")
	g.t("Antragsteller: ")
	g.x(g.p("Ernsting's family", "Otto Group", "Rolf Benz"))
	g.t(" GmbH & Co. KG\nProzessbevollmächtigt: ", map[bool]string{true: "Rechtsanwältin Dr. ", false: "Rechtsanwalt "}[ra.female])
	g.n(ra.short())
	g.t("\n\nAntragsgegner:\n", ag.deAcc(), "\n")
	g.n(ag.short())
	g.t("\n")
	g.a(a.block())
	g.t(fmt.Sprintf("\n\nHauptforderung: %d,%02d EUR aus Kaufvertrag vom %02d.%02d.2025\n", g.d(80, 9000), g.d(0, 99), g.d(1, 28), g.d(1, 12)))
	g.t("Widerspruch ist binnen zwei Wochen beim Mahngericht einzulegen.\n")
}

func deKfz(g *gen) {
	p := g.dePerson()
	a := g.deAddress()
	for strings.HasPrefix(a.street, "Postfach") {
		a = g.deAddress()
	}
	g.t("Zulassungsbescheinigung Teil I\n")
	if g.c(0.25) {
		g.t("C.1.1 Name oder Firmenname: ")
		g.x(g.p("Robert Bosch GmbH", "Carl Zeiss", "Hugo Boss"))
		g.t(" AG\nC.1.2 Vorname(n): –\n")
	} else {
		g.t("C.1.1 Name oder Firmenname: ")
		g.n(strings.ToUpper(p.last))
		g.t("\nC.1.2 Vorname(n): ")
		g.n(strings.ToUpper(p.first))
		g.t("\n")
	}
	g.t("C.1.3 Anschrift: ")
	g.a(strings.ToUpper(a.street) + " " + a.plz + " " + strings.ToUpper(a.ort))
	g.t("\nD.1 Marke: ")
	g.x(g.p("PORSCHE", "DAIMLER TRUCK", "FORD"))
	g.t(fmt.Sprintf("\nE Fz.-Ident.-Nr.: WP0ZZZ%s\nA Kennzeichen: %s-%s %d\n", g.digits(11), g.p("M", "B", "HH", "K", "RO"), g.p("AB", "XY", "KL"), g.d(1, 9999)))
}

func deBehoerde(g *gen) {
	p, sb := g.dePerson(), g.dePerson()
	a, amt := g.deAddress(), g.deAddress()
	g.t("Stadt ", amt.ort, " · Bürgeramt · ")
	g.a(amt.street + " · " + amt.plz + " " + amt.ort)
	g.t("\n\n", p.deAcc(), "\n")
	if g.c(0.3) {
		g.t("Dr. ")
	}
	g.n(p.short())
	g.t("\n")
	g.a(a.block())
	g.t(fmt.Sprintf("\n\nIhr Zeichen: –   Unser Zeichen: 32.1-%d   Sachbearbeitung: %s ", g.d(100, 999), sb.deTitle()))
	g.n(sb.last)
	g.t("\n\nAnhörung gemäß § 28 VwVfG\n\nSehr geehrte", map[bool]string{true: " Frau ", false: "r Herr "}[p.female])
	g.n(p.last)
	g.t(",\n\nbei einer Kontrolle am ", fmt.Sprintf("%d.%d.2026", g.d(1, 28), g.d(1, 12)), " wurde festgestellt, dass Ihr Fahrzeug vor dem Anwesen ")
	g.x(g.p("Goethestraße", "Theodor-Heuss-Platz", "Bahnhofstraße"))
	g.t(" (ohne Hausnummer) abgestellt war. Sie erhalten Gelegenheit, sich binnen zwei Wochen zu äußern.\n\nMit freundlichen Grüßen\nIm Auftrag\n")
	g.n(sb.short())
	g.t("\n")
}

func deGrundbuch(g *gen) {
	p, q := g.dePerson(), g.dePerson()
	a := g.deAddress()
	for strings.HasPrefix(a.street, "Postfach") {
		a = g.deAddress()
	}
	g.t("Amtsgericht ", a.ort, "   Grundbuch von ", g.p("Altstadt", "Schwabing", "Gohlis", "Ehrenfeld"), "   Blatt ", fmt.Sprint(g.d(100, 20000)), "\n")
	g.t("Bestandsverzeichnis\nLfd. Nr. 1  Flurstück ", fmt.Sprintf("%d/%d", g.d(1, 900), g.d(1, 30)), "  Gebäude- und Freifläche, ")
	g.a(a.street + ", " + a.plz + " " + a.ort)
	g.t("  ", fmt.Sprint(g.d(180, 2400)), " m²\n\nErste Abteilung – Eigentümer\n1a) ")
	g.n(p.rev())
	if p.female && g.c(0.5) {
		g.t(" geb. ")
		g.n(g.z(deSurnames))
	}
	g.t(fmt.Sprintf(", geb. am %02d.%02d.%d, %s\n", g.d(1, 28), g.d(1, 12), g.d(1940, 1995), dePlaces[g.r.IntN(len(dePlaces))][1]))
	if g.c(0.5) {
		g.t("1b) ")
		g.n(q.rev())
		g.t(" – je zur Hälfte –\n")
	}
	g.t("Zweite Abteilung: Vorkaufsrecht für ")
	g.x(g.p("Konrad-Adenauer-Stiftung", "Friedrich-Ebert-Stiftung", "Robert Bosch GmbH"))
	g.t("\n")
}

func deBewerber(g *gen) {
	g.t(fmt.Sprintf("%-16s%-12s%-24s%-14s%s\n", "Nachname", "Vorname", "Stelle", "Status", "Ansprechpartner"))
	for i := 0; i < g.d(3, 6); i++ {
		p, hr := g.dePerson(), g.dePerson()
		g.n(p.last)
		g.t(strings.Repeat(" ", max(1, 16-len([]rune(p.last)))))
		g.n(p.first)
		g.t(strings.Repeat(" ", max(1, 12-len([]rune(p.first)))))
		job := g.p("Werkstudent IT", "Pflegefachkraft", "Koch (m/w/d)", "Buchhaltung", "Fischer/in Aquakultur")
		g.t(job, strings.Repeat(" ", max(1, 24-len([]rune(job)))))
		st := g.p("Eingang", "Interview", "Absage", "Angebot")
		g.t(st, strings.Repeat(" ", 14-len(st)))
		g.t(hr.deTitle(), " ")
		g.n(hr.last)
		g.t("\n")
	}
}

// deOCR is a scanned certificate run through OCR: doubled spaces, a broken
// hyphenation and a stray character.
func deOCR(g *gen) {
	p, s := g.dePerson(), g.dePerson()
	a := g.deAddress()
	g.t("MELDEBESCHEINIGUNG  gem.  §  18  BMG\n\nHiermit  wird  be-\nscheinigt,  dass  ")
	g.n(p.first + "  " + p.last)
	g.t(fmt.Sprintf(",  geboren  am  %02d.%02d.%d,  seit  dem  %02d.%02d.%d  mit  alleiniger  Wohnung  in\n", g.d(1, 28), g.d(1, 12), g.d(1940, 2005), g.d(1, 28), g.d(1, 12), g.d(2006, 2025)))
	g.a(strings.ReplaceAll(a.one(), " ", "  "))
	g.t("\ngemeldet  ist.  |  Die  Angaben  entspre-\nchen  dem  Melderegister.\n\n", a.ort, ",  den  ", fmt.Sprintf("%02d.%02d.2026", g.d(1, 28), g.d(1, 12)), "\nIm  Auftrag  ,  ")
	g.n(s.last)
	g.t("\n")
}

func deSpielbericht(g *gen) {
	g.t(g.p("Kreisliga A", "Bezirksliga Süd", "Landesliga West"), ": ", g.p("SV Blau-Weiß ", "TuS ", "FC Eintracht "), dePlaces[g.r.IntN(len(dePlaces))][1], " – ", g.p("SpVgg ", "VfL ", "SC "), dePlaces[g.r.IntN(len(dePlaces))][1], " ", fmt.Sprintf("%d:%d", g.d(0, 5), g.d(0, 4)), "\n")
	g.t("Tore: ")
	n := g.d(1, 4)
	for i := 0; i < n; i++ {
		if i > 0 {
			g.t(", ")
		}
		g.t(fmt.Sprintf("%d:%d ", i+1, g.d(0, 2)))
		g.n(g.z(deSurnames)) // match reports list scorers by surname alone
		g.t(fmt.Sprintf(" (%d.%s)", g.d(1, 90), g.p("", "", ", FE")))
	}
	g.t("\nSchiedsrichter: ")
	g.n(g.dePerson().short())
	g.t(" (", dePlaces[g.r.IntN(len(dePlaces))][1], ") – Zuschauer: ", fmt.Sprint(g.d(40, 900)), "\nSpielort: ")
	g.x(g.p("Fritz-Walter-Stadion", "Theodor-Heuss-Platz", "Sophie-Scholl-Schule"))
	g.t(g.p(" (Kunstrasen)", ""), "\n")
}

func deGemeinde(g *gen) {
	g.t("Aus unserer Gemeinde\n\nGetauft wurden: ")
	n := g.d(1, 3)
	for i := 0; i < n; i++ {
		if i > 0 {
			if i == n-1 {
				g.t(" und ")
			} else {
				g.t(", ")
			}
		}
		g.n(g.dePerson().short())
	}
	g.t(".\nKirchlich getraut wurden ")
	g.n(g.dePerson().first)
	g.t(" und ")
	g.n(g.dePerson().short())
	g.t(".\nDen Kirchenkaffee im Winter organisiert Familie ") // Familie X: a surname after a title-like word
	g.n(g.z(deSurnames))
	g.t(". Spenden für ")
	g.x(g.p("Brot für die Welt", "die Diakonie", "Misereor"))
	g.t(" bitte an das Pfarramt, ")
	g.a(g.deAddress().one())
	g.t(".\nPfarrerin ")
	g.n(g.dePerson().last)
	g.t("\n")
}

func deExpose(g *gen) {
	a := g.deAddress()
	for strings.HasPrefix(a.street, "Postfach") {
		a = g.deAddress()
	}
	m := g.dePerson()
	g.t(fmt.Sprintf("EXPOSÉ · %d-Zimmer-Wohnung · %d m² · Kaltmiete %d € zzgl. NK\n\n", g.d(1, 5), g.d(28, 160), g.d(380, 2400)))
	g.t("Objektadresse: ")
	g.a(a.one())
	g.t("\nLage: ruhige Seitenstraße, ", fmt.Sprint(g.d(2, 12)), " Gehminuten bis zum ")
	g.x(g.p("Schiller-Gymnasium", "Theodor-Heuss-Platz", "Goethe-Institut", "Fritz-Walter-Stadion"))
	g.t(". Einbauküche von ")
	g.x(g.p("Miele", "Bosch", "Neff"))
	g.t(".\nIhr Ansprechpartner: ", m.deTitle(), " ")
	g.n(m.short())
	if g.c(0.4) {
		g.t(", ")
		g.x("Immobilien " + g.z(deSurnames) + " & Partner")
	}
	g.t("\n")
}

func deNegWirtschaft(g *gen) {
	a, b := g.two(deNeg)
	g.x(a)
	g.t(" meldet für das ", g.p("erste", "dritte"), " Quartal ", g.p("ein Umsatzplus", "einen Rückgang"), "; ")
	g.x(b)
	g.t(" will im Sommer ", fmt.Sprint(g.d(50, 900)), " Stellen ", g.p("streichen", "schaffen"), ". Der Aufsichtsrat von ")
	g.x(g.p("Porsche", "Carl Zeiss", "Faber-Castell"))
	g.t(" tagt im ")
	g.x(g.p("Max-Planck-Institut", "Goethe-Institut", "Robert-Koch-Institut"))
	g.t(". ")
	g.negProse(deNegSentences, 1)
	g.t("\n")
}

func deNegAlltag(g *gen) {
	g.negProse(deNegSentences, 3)
	g.t("\n")
}

func deNegKultur(g *gen) {
	g.t("Der ")
	g.x(g.p("Nobelpreis", "Grimme-Preis", "Karlspreis"))
	g.t(" wird dieses Jahr in der ")
	g.x(g.p("Kaiser-Wilhelm-Gedächtniskirche", "Humboldt-Universität"))
	g.t(" vergeben; das ")
	g.x(g.p("Robert-Koch-Institut", "Goethe-Institut", "Max-Planck-Institut"))
	g.t(" lädt zur Podiumsdiskussion. Sponsoren: ")
	a, b := g.two(deNeg)
	g.x(a)
	g.t(" und ")
	g.x(b)
	g.t(". ")
	g.negProse(deNegSentences, 1)
	g.t("\n")
}

// deNachsendeauftrag is a mail forwarding order: old and new address.
func deNachsendeauftrag(g *gen) {
	p := g.dePerson()
	alt, neu := g.deAddress(), g.deAddress()
	g.t("Nachsendeauftrag Privat – Auftragsnummer NS", g.digits(9), "\n\n1. Auftraggeber\nName, Vorname: ")
	g.n(p.rev())
	g.t("\nWeitere Personen im Haushalt: ")
	if g.c(0.5) {
		g.n(g.p(deFemale...))
		g.t(", ")
		g.n(g.p(deMale...))
	} else {
		g.t("keine")
	}
	g.t("\n\n2. Bisherige Anschrift\n")
	g.a(alt.block())
	g.t("\n\n3. Neue Anschrift (ab ", fmt.Sprintf("%02d.%02d.2026", g.d(1, 28), g.d(1, 12)), ")\n")
	if g.c(0.3) {
		g.t("c/o ")
		g.n(g.dePerson().short())
		g.t("\n")
	}
	g.a(neu.block())
	g.t("\n\nDauer: ", g.p("6 Monate", "12 Monate"), "   Entgelt: ", g.p("29,90", "34,90"), " EUR\n")
}

// deTeilnehmer is a conference attendee list as printed for the front desk.
func deTeilnehmer(g *gen) {
	g.t("Teilnehmerliste – ", g.p("Fachtagung Pflege 2026", "Netzwerktreffen Handwerk", "Jahrestagung der Gesellschaft für Informatik"), "\n\n")
	for i := 0; i < g.d(3, 6); i++ {
		p := g.dePerson()
		g.t(fmt.Sprintf("%2d  ", i+1))
		if g.c(0.3) {
			g.t(g.p("Dr. ", "Prof. Dr. ", "Dipl.-Ing. "))
		}
		g.n(p.first + " " + strings.ToUpper(p.last))
		g.t("  –  ")
		if g.c(0.4) {
			g.x(g.p("Robert Bosch GmbH", "Carl Zeiss", "Max-Planck-Institut", "Fraunhofer-Institut", "Goethe-Institut"))
		} else {
			g.t(g.p("Stadtwerke ", "Klinikum ", "Handwerkskammer "), dePlaces[g.r.IntN(len(dePlaces))][1])
		}
		g.t("\n")
	}
	g.t("\nNamensschilder bitte am Empfang bei ", g.p("Frau ", "Herrn "))
	g.n(g.z(deSurnames))
	g.t(" abholen.\n")
}
