package pii

import "testing"

// Round 16's German rules, on examples of our own: senders that are teams,
// shops and firms, products named with a brand, which are no persons.
func TestNameRound16NotPersons(t *testing.T) {
	cases := []struct {
		text string
		want []string
		not  []string
	}{
		// A team or an office signs, not a person.
		{"Bitte bringen Sie die Versichertenkarte mit.\nIhr Apothekenteam\n", nil, []string{"Apothekenteam"}},
		{"Wir melden uns bald.\nIhre Kanzleiverwaltung\n", nil, []string{"Kanzleiverwaltung"}},
		// A sender that is a brand's shop, outlet or department.
		{"Paketschein\nAbsender: Lindtberg Fanshop, Am Kai 12, 20457 Hamburg\n", nil, []string{"Lindtberg Fanshop"}},
		{"Paketschein\nAbsender: Wolkenstein Ersatzteile, Am Kai 12, 20457 Hamburg\n", nil, []string{"Wolkenstein Ersatzteile"}},
		// A product named with a brand and a noun after a title.
		{"Zum Nachtisch gab es Dr. Quarkmann-Pudding mit Kirschen.", nil, []string{"Quarkmann-Pudding"}},
		// A person stays one: a double surname with a noun, a sender.
		{"Bei Fragen: Frau Schneider-Landwehr.", []string{"Schneider-Landwehr"}, nil},
		{"Paketschein\nAbsender: Henrike Vogel, Am Kai 12, 20457 Hamburg\n", []string{"Henrike Vogel"}, nil},
		{"Herzliche Grüße\nJohannes Bishop\n", []string{"Johannes Bishop"}, nil},
	}
	for _, c := range cases {
		checkNames13(t, rulesOnly, c.text, c.want, c.not)
		checkNames13(t, Default, c.text, nil, c.not)
	}
}

// Inverted names in lists and tables, line-ups, names in capitals with a
// particle, a particle's surname after two words.
func TestNameRound16Names(t *testing.T) {
	cases := []struct {
		text string
		want []string
		not  []string
	}{
		// Items of a list separated by semicolons, with particles; an
		// unknown given name vouched for by the next item.
		{"Anwesend: Brenninkmeyer, Ottilie; van der Wettering, Sabine; Quandtke, Ilvy; Ostendorp, Karla\n",
			[]string{"van der Wettering, Sabine", "Quandtke, Ilvy"}, []string{"Sabine", "Ilvy"}},
		{"Entschuldigt: Lagerfeld, Hannes; Wettering, Annika\n", []string{"Wettering, Annika"}, nil},
		// A surname that is a noun is one after a particle.
		{"Anwesend: Brenninkmeyer, Ottilie; vom Rauch, Annika; Ostendorp, Karla\n", []string{"vom Rauch, Annika"}, nil},
		// A line-up: numbers, names in capitals or inverted, positions.
		{"Aufstellung Sonntag\n 7  HOFFMANN  TW\n12  SCHNEIDER  IV\n 3  VAN DER WETTERING  LV\n 9  KOCH-ÖZDEMIR  ST\n21  Lagerfeld, Annika  ZM\n 4  Ilvy zu Wettering  RV\n 5  Ottilie Marit Wettering  ST\n",
			[]string{"HOFFMANN", "SCHNEIDER", "VAN DER WETTERING", "KOCH-ÖZDEMIR", "Lagerfeld, Annika", "Ottilie Marit Wettering"}, nil},
		// A single row is no table, and a price list is no line-up.
		{"Ergebnis\n12  SCHNEIDER  IV\nEnde", nil, []string{"SCHNEIDER"}},
		{"Preise\n 2  BROT  EU\n 3  MILCH  EU\n", nil, []string{"BROT", "MILCH"}},
		{"Bestellung\n 2  SCHWARZ  XL\n 1  BRAUN  M\n", nil, []string{"SCHWARZ", "BRAUN"}},
		// Names in capitals with a particle or a double surname, each on
		// its line.
		{"Wir nehmen Abschied von\n\nHELENE VAN DEN WETTERING\n* 1931\n\nGÜNTHER KOCH-ÖZDEMIR\n* 1940",
			[]string{"HELENE VAN DEN WETTERING", "GÜNTHER KOCH-ÖZDEMIR"}, nil},
		// A particle's surname after two words that open a line.
		{"Empfänger:\nSvenja Marit von Wettering\nAm Kai 12\n20457 Hamburg", []string{"Svenja Marit von Wettering"}, nil},
		{"Viele Grüße\nSvenja Marit zu Quandtke, Klassenlehrerin\n", []string{"Svenja Marit zu Quandtke"}, nil},
		{"Empfänger:\nSvenja Marit von Hamburg\nAm Kai 12", nil, []string{"Svenja Marit von Hamburg"}},
	}
	for _, c := range cases {
		checkNames13(t, rulesOnly, c.text, c.want, c.not)
	}
}

// A given name in lower case in a chat's message, after a verb or a
// preposition that names a person after it.
func TestNameRound16ChatLower(t *testing.T) {
	cases := []struct {
		text string
		want []string
		not  []string
	}{
		{"Ottilie (18:02): hat gesine dir die liste geschickt?\nGesine (18:05): ja", []string{"gesine"}, nil},
		{"[19:40] Ottilie: Hat jemand mit lea-sophie gesprochen?\n[19:41] Ilse: nein", []string{"lea-sophie"}, nil},
		{"[21:07] Ottilie: grüß gesine schulte von mir 👍\n", []string{"gesine schulte"}, nil},
		// Words, and names that are words too, stay words; no speaker, no name.
		{"Ottilie (18:02): hat morgen dir jemand geschrieben?\n", nil, []string{"morgen"}},
		{"Ottilie (18:02): hat till dir geschrieben?\n", nil, []string{"till"}},
		{"Notiz: hat gesine dir geschrieben?\n", nil, []string{"gesine"}},
	}
	for _, c := range cases {
		checkNames13(t, rulesOnly, c.text, c.want, c.not)
	}
}

// A given name in parentheses after a role's noun, which vouches for a
// name that is an English word too ("christian"); any other noun's does
// not.
func TestNameRound16RoleParen(t *testing.T) {
	checkNames13(t, rulesOnly, "TOP 3: Frau Berg bittet, den Platzwart (Christian) zu beauftragen.", []string{"Christian"}, nil)
	checkNames13(t, rulesOnly, "Die Farbe (Christian) und der Bus (Linie 4) passen.", nil, []string{"Christian"})
}
