package untold

import (
	"fmt"
	"math/rand/v2"
)

// Dinge, die nach Personen heißen, aber keine sind (nie gelabelt).
var deFirms = []string{"Robert Bosch GmbH", "Dr. Oetker", "Hugo Boss", "Carl Zeiss", "Porsche", "Alfred Ritter GmbH",
	"Steiff", "Bertelsmann", "Werner & Mertz", "Melitta", "Haribo", "Dr. Hauschka", "Anton Schlecker"}

var deKinds = []kind{
	{"podcast-transkript", func(r *rand.Rand, b *builder) {
		h, g := newDE(r), newDE(r)
		b.cs = upper
		b.n(h.full())
		b.cs = asIs
		b.t(": Herzlich willkommen zu Folge ", fmt.Sprint(40+r.IntN(200)), ". Heute bei mir: ")
		b.n(g.full())
		b.t(", früher bei ")
		b.neg(pick(r, deFirms))
		b.t(".\n")
		b.cs = upper
		b.n(g.full())
		b.cs = asIs
		b.t(": Danke, ")
		b.n(h.given)
		b.t(". Also meine Oma ")
		b.n(newDEg(r, female).given)
		b.t(" hätte dazu gesagt: erst mal Kaffee.\n")
	}},
	{"untertitel-srt", func(r *rand.Rand, b *builder) {
		a := newDE(r)
		b.f("41\n00:12:0%d,040 --> 00:12:04,520\n", r.IntN(4))
		b.t("Frau ")
		b.n(a.family)
		b.t("? Hier ist Kommissar ")
		b.n(newDE(r).family)
		b.t(".\n\n42\n00:12:05,000 --> 00:12:08,310\nIhr Sohn ")
		b.n(newDEg(r, male).given)
		b.t(" wohnt doch noch ")
		b.a(deStreet(r))
		b.t(", oder?\n")
	}},
	{"autorenliste", func(r *rand.Rand, b *builder) {
		n := 2 + r.IntN(3)
		ps := make([]string, n)
		for i := range ps {
			ps[i] = newDE(r).full()
		}
		b.t("Bodenfeuchte und Ernteertrag in Norddeutschland\n")
		b.names(ps, "¹, ", "¹ und ")
		b.t("²\n¹ Institut für Agrarökologie, ")
		b.a(deAddr(r, ", "))
		b.t("\n² ")
		b.neg("Max-Planck-Institut")
		b.t(" für Biogeochemie\n\nDanksagung: Wir danken ")
		b.n(newDE(r).full())
		b.t(" für die Probenahme.\n")
	}},
	{"literaturverzeichnis", func(r *rand.Rand, b *builder) {
		for i := 0; i < 2+r.IntN(2); i++ {
			b.n(newDE(r).cite())
			if chance(r, 0.5) {
				b.t("; ")
				b.n(newDE(r).cite())
			}
			b.f(" (%d): Stadtumbau im ländlichen Raum. In: Raumforschung und Raumordnung %d, S. %d–%d.\n",
				1985+r.IntN(40), 40+r.IntN(40), 1+r.IntN(100), 110+r.IntN(100))
		}
	}},
	{"pressemitteilung", func(r *rand.Rand, b *builder) {
		b.t("PRESSEMITTEILUNG\n\nStadtwerke stellen neue Geschäftsführung vor\n\n")
		b.n(newDE(r).full())
		b.t(" übernimmt zum 1. Januar die Leitung und folgt auf ")
		b.n(newDE(r).full())
		b.t(". „Wir freuen uns“, sagte Oberbürgermeisterin ")
		b.n(newDEg(r, female).full())
		b.t(".\n\nPressekontakt: ")
		b.n(newDE(r).full())
		b.t(", Stadtwerke, ")
		b.a(deAddr(r, ", "))
		b.t("\n")
	}},
	{"taxifunk", func(r *rand.Rand, b *builder) {
		for i := 0; i < 3; i++ {
			b.f("%02d:%02d Wagen %d — Abholung ", r.IntN(24), r.IntN(60), 100+r.IntN(300))
			b.a(deStreet(r))
			b.t(" — Fahrgast ")
			b.n(newDE(r).family)
			b.t(" — Ziel ")
			if chance(r, 0.5) {
				b.neg(pick(r, []string{"Fritz-Walter-Stadion", "Albert-Schweitzer-Krankenhaus", "Goethe-Gymnasium"}))
			} else {
				b.t("Hbf")
			}
			b.t("\n")
		}
	}},
	{"meldeschein", func(r *rand.Rand, b *builder) {
		p := newDE(r)
		b.t("Besonderer Meldeschein für Beherbergungsstätten\nFamilienname: ")
		b.n(p.family)
		b.t("\nVorname: ")
		b.n(p.given)
		b.t("\nStraße, Hausnr.: ")
		b.a(deStreet(r))
		b.f("\nPLZ/Ort: %s\nStaatsangehörigkeit: deutsch\nAnreise: %02d.10.2026\n", pick(r, dePlaces), 1+r.IntN(28))
	}},
	{"steuerbescheid", func(r *rand.Rand, b *builder) {
		p, q := newDE(r), newDE(r)
		b.t("Bescheid für 2025 über Einkommensteuer\nSteuernummer ")
		b.f("%d/%03d/%05d\n\n", 100+r.IntN(900), r.IntN(1000), r.IntN(100000))
		b.t("Eheleute\n")
		b.n(p.full())
		b.t(" und ")
		b.n(q.given)
		b.t(" ")
		b.n(p.family)
		b.t("\n")
		b.a(deAddr(r, "\n"))
		b.f("\n\nFestgesetzt werden: Einkommensteuer %d,00 €\n", 1000+r.IntN(30000))
	}},
	{"stromrechnung", func(r *rand.Rand, b *builder) {
		b.f("Vertragskonto %d\nVertragspartner: ", 4000000+r.IntN(999999))
		b.n(newDE(r).inverted())
		b.t("\nLieferstelle: ")
		b.a(deAddr(r, ", "))
		b.f("\nZählernummer 1ESY%07d  Verbrauch %d kWh\n", r.IntN(10000000), 800+r.IntN(4000))
	}},
	{"sprachnachricht", func(r *rand.Rand, b *builder) {
		b.cs = lower
		b.t("hallo ")
		b.n(newDE(r).given)
		b.t(" hier ist ")
		b.n(newDE(r).given)
		b.t(" ähm wir treffen uns dann bei ")
		b.n(newDE(r).family)
		b.t(" die adresse ist ")
		b.a(deStreet(r) + " " + pick(r, dePlaces))
		b.t(" bis später tschüss\n")
	}},
	{"schulzeugnis", func(r *rand.Rand, b *builder) {
		s := newDE(r)
		b.t("ZEUGNIS\n")
		b.neg("Werner-Heisenberg-Schule")
		b.t(" – Schuljahr 2025/26 – 1. Halbjahr\n")
		b.n(s.full())
		b.f(", Klasse %d%c\nDeutsch: gut   Mathematik: befriedigend\nBemerkung: ", 5+r.IntN(6), 'a'+rune(r.IntN(3)))
		b.n(s.given)
		b.t(" beteiligt sich aktiv am Unterricht.\nKlassenlehrerin: ")
		b.n(newDE(r).full())
		b.t("\n")
	}},
	{"theaterprogramm", func(r *rand.Rand, b *builder) {
		b.t("BESETZUNG\n")
		for i, role := range []string{"Der Hauptmann", "Die Wirtin", "Ein Soldat"} {
			b.t(role, " – ")
			b.n(newDEg(r, []int{male, female, male}[i]).full())
			b.t("\n")
		}
		b.t("Regie: ")
		b.n(newDE(r).full())
		b.t(" · Bühne: ")
		b.n(newDE(r).full())
		b.t("\nMit freundlicher Unterstützung der ")
		b.neg("Alfred Ritter GmbH")
		b.t("\n")
	}},
	{"sportverein-anmeldung", func(r *rand.Rand, b *builder) {
		k, e := newDE(r), newDE(r)
		b.t("Anmeldung Jugendabteilung TSV Eintracht\nKind: ")
		b.n(k.given)
		b.t(" ")
		b.n(e.family)
		b.f(", geb. %02d.%02d.20%02d\nErziehungsberechtigte/r: ", 1+r.IntN(28), 1+r.IntN(12), 12+r.IntN(8))
		b.n(e.full())
		b.t("\nAnschrift: ")
		b.a(deAddr(r, ", "))
		b.t("\nTraining im ")
		b.neg("Fritz-Walter-Stadion")
		b.t(" (Nebenplatz)\n")
	}},
	{"branchenbuch", func(r *rand.Rand, b *builder) {
		for i := 0; i < 2+r.IntN(2); i++ {
			o := newDE(r)
			b.t(pick(r, []string{"Sanitär", "Kfz-Werkstatt", "Steuerberatung", "Klavierunterricht"}), " · ")
			b.neg(o.family + " & Söhne")
			b.t(" · Inh. ")
			b.n(o.full())
			b.t(" · ")
			b.a(deAddr(r, ", "))
			b.f(" · Tel. 0%d %d\n", 30+r.IntN(900), 100000+r.IntN(900000))
		}
	}},
	{"aufsichtsrat", func(r *rand.Rand, b *builder) {
		b.t("Der Aufsichtsrat\n")
		for _, m := range []struct {
			g     int
			title string
		}{{male, "Vorsitzender"}, {female, "stellv. Vorsitzende"}, {anyone, "Mitglied"}} {
			b.t("– ")
			b.n(newDEg(r, m.g).full())
			b.t(", ", m.title, "\n")
		}
		b.t("Sitz der Gesellschaft: ")
		b.a(deAddr(r, ", "))
		b.t("\n")
	}},
	{"rezeptblog", func(r *rand.Rand, b *builder) {
		b.t("Omas Pflaumenkuchen\n\nDas Rezept stammt von meiner Tante ")
		b.n(newDEg(r, female).given)
		b.t(", und mein Opa ")
		b.n(newDEg(r, male).full())
		b.t(" hat jedes Jahr die Pflaumen gepflückt. Statt ")
		b.neg("Dr. Oetker")
		b.t(" Backpulver geht auch Natron. Der ")
		b.neg("Wolf")
		b.t(" im Märchen hätte ihn auch gegessen.\n")
	}},
	{"gedenktafel", func(r *rand.Rand, b *builder) {
		b.cs = upper
		b.t("Hier wohnte\n")
		b.n(newDE(r).full())
		b.f("\nJg. 19%02d\ndeportiert 1942\nermordet in Auschwitz\n", r.IntN(40))
	}},
	{"negativ-firmen", func(r *rand.Rand, b *builder) {
		b.t("Kursbericht: ")
		b.neg(pick(r, deFirms))
		b.t(" und ")
		b.neg(pick(r, deFirms))
		b.t(" legten zu. Die Demo zieht über die ")
		b.neg("Karl-Marx-Allee")
		b.t(" zur ")
		b.neg("Goethestraße")
		b.t(".\n")
	}},
	{"negativ-preise", func(r *rand.Rand, b *builder) {
		b.t("Der ")
		b.neg("Georg-Büchner-Preis")
		b.t(" wird im Oktober verliehen. Ihre Bestellung ist unterwegs. Klein, aber fein: ")
		b.neg("Käthe Kruse Puppen")
		b.t(" im Angebot.\n")
	}},
	{"negativ-alltagswörter", func(r *rand.Rand, b *builder) {
		b.t("Im Harz wurde wieder ein ")
		b.neg("Wolf")
		b.t(" gesichtet. Der ")
		b.neg("Fischer")
		b.t(" vom Steinhuder Meer meldet, das Fell sei ")
		b.neg("braun")
		b.t(" gewesen, eher ")
		b.neg("klein")
		b.t(". Die ")
		b.neg("Lange")
		b.t(" Nacht der Museen fällt aus.\n")
	}},
	{"negativ-wegbeschreibung", func(r *rand.Rand, b *builder) {
		b.cs = lower
		b.t("an der ampel links in die ")
		b.neg("schillerstraße")
		b.t(" dann am ")
		b.neg("goethe-gymnasium")
		b.t(" vorbei bis zum ")
		b.neg("albert-schweitzer-krankenhaus")
		b.t("\n")
	}},
}
