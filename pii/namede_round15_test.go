package pii

import "testing"

// Round 15's German rules, on examples of our own.
func TestNameRound15DE(t *testing.T) {
	cases := []struct {
		text string
		want []string
		not  []string
	}{
		// A chat's speaker in lower case after the time stamp, and a role's holder in the message.
		{"Gartenchat\n[07:41] renate: wer hat den schlüssel?\n[3.5.25, 19:07] hans-jürgen: vorstand irmgard böhm sagt morgen\n[8:02] thi lan: ok",
			[]string{"renate", "hans-jürgen", "irmgard böhm", "thi lan"}, nil},
		{"[19:07] renate: hallo", []string{"renate"}, nil},
		{"Log\n[19:07] admin: neustart\n[19:08] wasser: aus\n[19:09] system: ok\n[x] erledigt: ja", nil,
			[]string{"admin", "wasser", "system", "erledigt"}},
		// Thanks at a line's end.
		{"[11:11] dieter: danke Gisela 👍\nDanke Lea-Sophie!", []string{"Gisela", "Lea-Sophie"}, nil},
		{"danke Sonntag 👍\ndanke Gisela für alles", nil, []string{"Sonntag"}},
		// Teachers' and judges' ranks abbreviated in camel case.
		{"Prüfungsvorsitz: StD Ruhwedel\nBeisitz: OStRin von Arnim\nVorsitz: RiAG Maren Jäger",
			[]string{"Ruhwedel", "von Arnim", "Maren Jäger"}, []string{"StD Ruhwedel"}},
		// A saint's feast and a city with its river are no persons.
		{"Laternenumzug zu Sankt Martin am Sonntag!\nHalle (Saale), den 20.7.2024", nil, []string{"Sankt Martin", "Halle", "Martin"}},
	}
	for _, c := range cases {
		checkNames13(t, rulesOnly, c.text, c.want, c.not)
	}
}

// A list of surnames after a label, a particle's surname after a label or a
// degree, a signature above its role, an initial after a role's noun, a
// birth name in capitals.
func TestNameRound15Lists(t *testing.T) {
	checkNames13(t, rulesOnly, "Aufstellung\nAbwehr: Brenninkmeyer, Tiedemann, K. Lewandowska\nMittelfeld: Petersen, von Arnim, Wagner\n",
		[]string{"Brenninkmeyer", "Tiedemann", "K. Lewandowska", "Petersen", "von Arnim", "Wagner"},
		[]string{"Brenninkmeyer, Tiedemann", "Tiedemann, K. Lewandowska"})
	checkNames13(t, rulesOnly, "Standorte: Berlin, Hamburg, München\nZutaten: Mehl, Zucker, Butter\n", nil,
		[]string{"Berlin", "Hamburg", "Mehl", "Zucker"})
	checkNames13(t, rulesOnly, "Tor: zu Löwenstein\nPraxis Dr. med. von Arnim, Talweg 155, 26037 Cottbus\nHinweis: Der Fuchs im Garten\nAbfahrt: von Berlin",
		[]string{"zu Löwenstein", "von Arnim"}, []string{"Der Fuchs", "von Berlin", "Berlin"})
	checkNames13(t, rulesOnly, "Genehmigt: von Hohenthal, Yvonne\n", []string{"von Hohenthal, Yvonne"}, []string{"von Hohenthal"})
	checkNames13(t, rulesOnly, "Es wird eine Geldstrafe festgesetzt.\n\nBrenninkmeyer\nRichterin am Amtsgericht\n", []string{"Brenninkmeyer"}, nil)
	checkNames13(t, rulesOnly, "Ihm wird vorgeworfen, den Geschädigten E. Brenninkmeyer beleidigt zu haben.", []string{"E. Brenninkmeyer"}, nil)
	checkNames13(t, rulesOnly, "HIER RUHT\nAHMAD STÖCKL\ngeb. VON ARNIM\nIn Liebe\n\nINGE KAYA\ngeb. AL-HASSAN\n", []string{"VON ARNIM", "AL-HASSAN"}, nil)
}

// A taxi's passenger and an applicant are roles before a name; a sender is
// as often a firm.
func TestNameRound15Roles(t *testing.T) {
	checkNames13(t, rulesOnly, "13:17 Wagen 342 — Abholung Waldplatz 58 — Fahrgast von der Heyde — Ziel Hbf\nDer Bewerber Brenninkmeyer, Sören",
		[]string{"von der Heyde", "Brenninkmeyer, Sören"}, nil)
	checkNames13(t, rulesOnly, "Versandliste – Absender: Hugo Boss Outlet\n", nil, []string{"Hugo Boss Outlet"})
}

// No person: a signature's "Im Auftrag", a club's "Am …", a role's
// "Person", a housing firm, an institute named after a person, firms named
// after their founders; but "Zur Nieden" and "Ortiz-Park" are surnames.
func TestNameRound15NotPersons(t *testing.T) {
	checkNames13(t, rulesOnly, "Mit freundlichen Grüßen\nIm Auftrag\nHelmut Brenninkmeyer\n", []string{"Helmut Brenninkmeyer"}, []string{"Im Auftrag"})
	checkNames13(t, rulesOnly, "Betroffene Person: Brigitte Brinkhaus, unverletzt\nVermieter: Vonovia Wohnen\nVortrag im Robert Koch-Institut.\nSponsoren: Rolf Benz und Käthe Kruse.",
		[]string{"Brigitte Brinkhaus"}, []string{"Betroffene Person", "Vonovia Wohnen", "Robert Koch-Institut", "Rolf Benz", "Käthe Kruse"})
	checkNames13(t, rulesOnly, "Bearbeiterin: Frau Zur Nieden\n", []string{"Zur Nieden"}, nil)
}

// A letter's salutation that leaves the gender open, a title before
// "Surname, Given", a greeting's compound noun before the name.
func TestNameRound15Letters(t *testing.T) {
	checkNames13(t, rulesOnly, "Sehr geehrte(r) Koch,\nbei der Begehung", []string{"Koch"}, nil)
	checkNames13(t, rulesOnly, "Liebe/r Brenninkmeyer-Ostrowski,\n", []string{"Brenninkmeyer-Ostrowski"}, nil)
	checkNames13(t, rulesOnly, "an Frau Schmid, Manfred, wohnhaft\nBurgallee 118c\nIhr Pastor Werner, Wolfgang\n",
		[]string{"Schmid, Manfred", "Werner, Wolfgang"}, []string{"Manfred", "Wolfgang"})
	checkNames13(t, rulesOnly, "Lieber Gartenfreund Obermeier,\nLiebe Sportfreundin Brenninkmeyer,\n",
		[]string{"Obermeier", "Brenninkmeyer"}, []string{"Gartenfreund Obermeier", "Sportfreundin Brenninkmeyer"})
}
