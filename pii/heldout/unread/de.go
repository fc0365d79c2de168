package unread

import "strings"

var deKinds = []kind{
	{"de-notruf-protokoll", deNotruf, false},
	{"de-rettungsdienst-einsatz", deRettung, false},
	{"de-tierarzt-kartei", deTierarzt, false},
	{"de-umzugsangebot", deUmzug, false},
	{"de-nachlass-bekanntmachung", deNachlass, false},
	{"de-bauantrag-nachbarbeteiligung", deBauantrag, false},
	{"de-gewerbeanmeldung", deGewerbe, false},
	{"de-nebenkostenabrechnung", deNebenkosten, false},
	{"de-abiturzeitung", deAbizeitung, false},
	{"de-kirchenbuch-auszug", deKirchenbuch, false},
	{"de-schach-paarungen", deSchach, false},
	{"de-chorliste", deChor, false},
	{"de-carsharing-beleg", deCarsharing, false},
	{"de-fundbuero", deFund, false},
	{"de-verkehrsmeldung", deVerkehr, true},    // hard negatives only
	{"de-stadtteilzeitung", deStadtteil, true}, // hard negatives only
	{"de-sponsorentafel", deSponsoren, true},   // hard negatives only
}

var deNegCompanies = []string{"Porsche", "Mercedes-Benz", "Dr. Oetker", "Aldi", "Bosch", "Siemens", "Otto", "Beate Uhse", "Carl Zeiss", "Käthe Wohlfahrt", "Knorr", "Haribo"}
var deNegPlaces = []string{"Goethe-Institut", "Schiller-Gymnasium", "Karl-Marx-Allee", "Konrad-Adenauer-Platz", "Max-Planck-Institut", "Heinrich-Heine-Universität", "Fritz-Walter-Stadion", "Sophie-Scholl-Schule", "Willy-Brandt-Haus", "Bertha-von-Suttner-Straße"}
var deNegPrizes = []string{"Georg-Büchner-Preis", "Nobelpreis", "Karlspreis", "Leibniz-Preis", "Bambi"}

func deNotruf(g *gen) {
	g.t("Leitstelle – Notrufabfrage 112, Einsatz-Nr. ", itoa(2600000+g.intn(99999)), "\n")
	g.t("ILS: Notruf Feuerwehr und Rettungsdienst, wo genau ist der Notfallort?\nAnrufer: ")
	g.addr(g.deStreet())
	g.t(", zweiter Stock, bei ")
	g.name(g.deSur())
	g.t(" klingeln.\nILS: Wie heißen Sie?\nAnrufer: ")
	g.name(g.deFull())
	g.t(". Die gestürzte Person heißt ")
	g.name(g.zipf(deGiven))
	g.t(", sie ist ansprechbar.\nILS: Bleiben Sie am Telefon, der RTW ist unterwegs.\n")
}

func deRettung(g *gen) {
	g.t("EINSATZPROTOKOLL RETTUNGSDIENST  RTW ", itoa(1+g.intn(9)), "/83-", itoa(1+g.intn(9)), "\nName, Vorname: ")
	g.name(g.cased(g.deSur() + ", " + g.zipf(deGiven)))
	g.t("\nAnschrift: ")
	g.addr(g.deAddr(false))
	g.t("\nEinsatzort: wie Anschrift\nZielklinik: Klinikum ", g.pick([]string{"rechts der Isar", "St. Georg", "Nord"}), "\nBesatzung: NotSan ")
	g.name(g.deSur())
	g.t(", RettSan ")
	g.name(g.deSur())
	g.t("\nAngehörige informiert (Kontaktperson ")
	g.name(g.zipf(deGiven))
	g.t(").\n")
}

func deTierarzt(g *gen) {
	g.t("Tierarztpraxis Dr. med. vet. ")
	g.name(g.deFull())
	g.t("\nPatient: ", g.pick([]string{"Bello", "Mieze", "Rocky", "Luna", "Hasi"}), ", ", g.pick([]string{"Hund", "Katze", "Kaninchen"}), "\nBesitzer/in: ")
	g.name(g.deFull())
	g.t("\nStraße: ")
	g.addr(g.deStreet())
	c := deCities[g.intn(len(deCities))]
	g.t("\nPLZ: ", c[0], "  Ort: ", c[1], "\nBefund: Ohrenentzündung links, Frau ")
	g.name(g.deSur())
	g.t(" gibt Tropfen 2x tägl.\n")
}

func deUmzug(g *gen) {
	g.t("Umzüge ", g.pick([]string{"Schröder & Söhne GmbH", "Hanse-Trans KG", "Blitzumzug UG"}), "\nAngebot Nr. ", itoa(g.intn(9999)), " für ")
	g.name(g.deFull())
	g.t("\n\nAuszugsadresse:\n")
	g.addr(g.deAddr(true))
	g.t("\n\nEinzugsadresse:\n")
	g.addr(g.deAddr(true))
	g.t("\n\nHalteverbotszone beantragt, ", itoa(3+g.intn(4)), " Träger, Ansprechpartner ")
	g.name(g.zipf(deGiven))
	g.t(". Pauschalpreis ", itoa(800+g.intn(3000)), ",00 EUR inkl. MwSt.\n")
}

func deNachlass(g *gen) {
	g.t("Amtsgericht ", deCities[g.intn(len(deCities))][1], " – Nachlassgericht –\nAz. ", itoa(1+g.intn(99)), " VI ", itoa(g.intn(2000)), "/26\n\nÖffentliche Aufforderung\nAm ", itoa(1+g.intn(28)), ".", itoa(1+g.intn(12)), ".2025 verstarb ")
	g.name(g.deFull())
	if g.p(0.4) {
		g.t(", geb. ")
		g.name(g.deSur())
	}
	g.t(", zuletzt wohnhaft ")
	g.addr(g.deAddr(false))
	g.t(". Die gesetzlichen Erben sind unbekannt. Nachlasspfleger ist Rechtsanwalt ")
	g.name(g.deFull())
	g.t(". Erbberechtigte werden aufgefordert, ihre Rechte binnen sechs Wochen anzumelden.\n")
}

func deBauantrag(g *gen) {
	g.t("Beteiligung der Angrenzer (§ 55 LBO)\nBauherr/in: ")
	g.name(g.deFull())
	g.t("\nBaugrundstück: ")
	g.addr(g.deAddr(false))
	g.t(", Flurstück ", itoa(g.intn(999)), "/", itoa(1+g.intn(9)), "\nVorhaben: Neubau Carport und Gartenhaus; Entwurfsverfasser: Architekturbüro ")
	g.neg(g.pick([]string{"Schinkel & Partner", "Gropius Architekten", "Bosch Planung"}))
	g.t("\nEinwendungen bis zum ", itoa(1+g.intn(28)), ". des Monats an das Baurechtsamt am ")
	g.neg(g.pick(deNegPlaces))
	g.t(".\n")
}

func deGewerbe(g *gen) {
	g.t("GEWERBE-ANMELDUNG nach § 14 GewO\n1 Name: ")
	g.name(g.cased(g.deSur()))
	g.t("\n2 Vornamen: ")
	g.name(g.cased(g.zipf(deGiven)))
	g.t("\n6 Wohnanschrift: ")
	g.addr(g.deAddr(false))
	g.t("\n10 Betriebsstätte: ")
	g.addr(g.deAddr(false))
	g.t("\n15 Angemeldete Tätigkeit: ", g.pick([]string{"Hausmeisterservice", "Onlinehandel mit Ersatzteilen für Bosch-Geräte", "Fotostudio"}), "\n")
}

func deNebenkosten(g *gen) {
	g.t("Hausverwaltung ", g.pick([]string{"Brinkmann Immobilien", "Kaiser Wohnbau"}), "\nBetriebskostenabrechnung 2025\nMieter: ")
	g.name(g.deFull())
	if g.p(0.4) {
		g.t(" und ")
		g.name(g.deFull())
	}
	g.t("\nMietobjekt: ")
	g.addr(g.deAddr(false))
	g.t("\nGrundsteuer ", itoa(100+g.intn(300)), ",", pad(g.intn(100), 2), " €\nMüllabfuhr ", itoa(80+g.intn(200)), ",00 €\nHauswart (Herr ")
	g.name(g.deSur())
	g.t(") ", itoa(90+g.intn(200)), ",00 €\nNachzahlung bitte bis 31.03. überweisen.\n")
}

func deAbizeitung(g *gen) {
	g.t("ABI 2026 – Steckbrief\n")
	g.name(g.deFull())
	g.t("\nLieblingslehrer: Herr ")
	g.name(g.deSur())
	g.t("\nWird in 10 Jahren: ", g.pick([]string{"Influencerin", "Chef bei Porsche", "Koch in Paris"}), "\nZitat: „Ich bin nicht ")
	g.neg("klein")
	g.t(", ich bin kompakt.“\nBeste Erinnerung: Kursfahrt mit ")
	g.list(2+g.intn(3), latinSeps, " und ", func() { g.name(g.zipf(deGiven)) })
	g.t(" nach Prag.\n")
}

func deKirchenbuch(g *gen) {
	g.t("Kirchenbuch der ev.-luth. Gemeinde, Taufen ", itoa(1880+g.intn(60)), "\nNr. ", itoa(1+g.intn(80)), "  Täufling: ")
	g.name(g.deFull())
	g.t("\nVater: ")
	g.name(g.zipf(deGiven[8:20]) + " " + g.deSur())
	g.t(", ", g.pick([]string{"Tagelöhner", "Schmiedemeister", "Landwirt"}), "\nMutter: ")
	g.name(g.zipf(deGiven[:8]))
	g.t(" geb. ")
	g.name(g.deSur())
	g.t("\nPaten: ")
	g.list(2, latinSeps, " und ", func() { g.name(g.deFull()) })
	g.t("\n")
}

func deSchach(g *gen) {
	g.t("Paarungen ", itoa(1+g.intn(9)), ". Runde – Bezirksliga\nBrett  Weiß                 Schwarz\n")
	for i := range 3 + g.intn(5) {
		g.t(itoa(i+1), "  ")
		g.name(g.deSur() + ", " + g.zipf(deGiven))
		g.t(" (", itoa(1300+g.intn(900)), ") – ")
		g.name(g.deSur() + ", " + g.zipf(deGiven))
		g.t("\n")
	}
}

func deChor(g *gen) {
	g.t("Kirchenchor – Stimmenliste\n")
	for _, v := range []string{"Sopran", "Alt", "Tenor", "Bass"} {
		g.t(v, ": ")
		g.list(1+g.intn(4), latinSeps, ", ", func() { g.name(g.deFull()) })
		g.t("\n")
	}
	g.t("Chorleitung: ")
	g.name(g.zipf(deGiven))
	g.t(" (Proben donnerstags im Gemeindehaus)\n")
}

func deCarsharing(g *gen) {
	g.t("Fahrtbeleg – Danke, ")
	g.name(g.zipf(deGiven))
	g.t("!\nStart: ")
	g.addr(g.deAddr(false))
	g.t("\nZiel: ")
	g.addr(g.deAddr(false))
	g.t("\nFahrzeug: ", g.pick([]string{"VW ID.3", "BMW i3", "Opel Corsa"}), ", ", itoa(5+g.intn(60)), " km\nGesamt: ", itoa(5+g.intn(40)), ",", pad(g.intn(100), 2), " €\n")
}

func deFund(g *gen) {
	g.t("Fundbuch Bürgeramt\nFund-Nr. | Gegenstand | Finder | Verlierer\n")
	for range 3 + g.intn(4) {
		g.t(itoa(g.intn(9999)), " | ", g.pick([]string{"Schlüsselbund", "Brieftasche", "Fahrrad", "Brille"}), " | ")
		if g.p(0.5) {
			g.name(g.deFull())
		} else {
			g.t("anonym")
		}
		g.t(" | ")
		if g.p(0.5) {
			g.name(strings.ToUpper(g.deSur()))
			g.t(", ")
			g.addr(g.deAddr(false))
		} else {
			g.t("unbekannt")
		}
		g.t("\n")
	}
}

func deStadtteil(g *gen) {
	g.t("Aus dem Stadtteil: Der Umbau am ")
	g.neg(g.pick(deNegPlaces))
	g.t(" dauert länger. Am Wochenende wurde ein ")
	g.neg("Fuchs")
	g.t(" im Park gesehen, der ")
	g.neg("Koch")
	g.t(" vom Imbiss hat ihn gefüttert. Die Kinder vom ")
	g.neg(g.pick(deNegPlaces))
	g.t(" sammeln für ", g.pick([]string{"einen Ausflug", "neue Trikots"}), ". Es dauert nicht mehr ")
	g.neg("lange")
	g.t(".\n")
}

func deSponsoren(g *gen) {
	g.t("Wir danken unseren Sponsoren: ")
	g.neg(g.pick(deNegCompanies))
	g.t(", ")
	g.neg(g.pick(deNegCompanies))
	g.t(" und der Mensa am ")
	g.neg(g.pick(deNegPlaces))
	g.t(". Unsere Theater-AG ist für den ")
	g.neg(g.pick(deNegPrizes))
	g.t(" nominiert.\n")
}

func deVerkehr(g *gen) {
	g.t("Verkehrsmeldung: In ", g.pick([]string{"Köln", "Berlin", "Mainz"}), " ist die Zufahrt zum ")
	g.neg(g.pick([]string{"Goethe-Institut", "Max-Planck-Institut", "Willy-Brandt-Haus", "Schiller-Gymnasium"}))
	g.t(" wegen Bauarbeiten gesperrt, die Umleitung führt über den ")
	g.neg(g.pick([]string{"Konrad-Adenauer-Platz", "Theodor-Heuss-Ring", "Willy-Brandt-Platz"}))
	g.t(". Vor dem ")
	g.neg(g.pick([]string{"Fritz-Walter-Stadion", "Max-Planck-Institut", "Schiller-Gymnasium"}))
	g.t(" staut es sich, ein Lkw von ")
	g.neg(g.pick(deNegCompanies))
	g.t(" hat Farbe in ")
	g.neg(g.pick([]string{"Braun", "Weiß", "Schwarz"}))
	g.t(" verloren.\n")
}
