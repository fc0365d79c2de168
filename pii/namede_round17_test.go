package pii

import "testing"

// Round 17's German rules, on examples of our own: a forum's headers, an
// official's signature line, a family's and a doorbell's surname, a coming
// married name, a form's blank, a couple with a particle's surname.
func TestNameRound17Names(t *testing.T) {
	cases := []struct {
		text string
		want []string
		not  []string
	}{
		// A forum's quote header and a reply's author, in lower case too.
		{"Nachbarschaftsforum › Südstadt\n\nKatharina W. schrieb:\nHat jemand den Lieferwagen gesehen?\n", []string{"Katharina W."}, nil},
		{"Forum\n\nAntwort von reinhild:\nbei uns auch.\n", []string{"reinhild"}, nil},
		{"Forum\n\nAntwort von Brigitte Hallmann:\nbei uns auch.\n", []string{"Brigitte Hallmann"}, nil},
		// No given name before "schrieb": a newspaper wrote.
		{"Vorwort\nDie Zeitung schrieb: Alles wird teurer.\n", nil, []string{"Zeitung"}},
		// An official's role and name on a signature line, a surname that
		// is a word too, an initial, a particle.
		{"Der Termin wird verlegt.\n\nRechtspflegerin Fuchs\n", []string{"Fuchs"}, []string{"Rechtspflegerin Fuchs"}},
		{"Ihr Pfarrer Bernd Lohmann und Gemeindereferentin M. Ostrowski\n", []string{"M. Ostrowski"}, nil},
		{"Mit freundlichen Grüßen\nNotarin von Alvensleben\n", []string{"von Alvensleben"}, nil},
		// A role before a noun is no signature.
		{"Bitte wenden Sie sich an\nPfarrer Gemeindebüro\n", nil, []string{"Gemeindebüro"}},
		// A family, a doorbell, a coming married name.
		{"Die Kinder besuchen auch Familie van der Loo. Anmeldung im Pfarrbüro.", []string{"van der Loo"}, nil},
		{"Traueranschrift: Familie Winter, Am Hang 3, 12345 Dorf\n", []string{"Winter"}, nil},
		{"Wir wohnen jetzt im 2. OG (klingeln bei Brzezinski).\n", []string{"Brzezinski"}, nil},
		{"Alles Liebe, eure Svenja Albers (bald Kowalczyk)\n", []string{"Kowalczyk"}, nil},
		// A family's tree under a heading, a surname that is a noun in a
		// sentence, a given name after "Familie": left to other rules.
		{"# Familie Sommer\n\n* Lore Sommer (* 1904)\n", nil, []string{"Sommer"}},
		{"Die Familie Sommer fährt weg.", nil, []string{"Sommer"}},
		// A name written into a form's blank.
		{"Name des Kindes: ____Jonas von Trotha____\nAnschrift: ____\n", []string{"Jonas von Trotha"}, nil},
		{"Bemerkung: ____Keine Allergien____\n", nil, []string{"Keine Allergien"}},
		// A couple sharing a surname with a particle.
		{"In Liebe\nMarta und Ilse von Bredow mit Familie\n", []string{"Marta", "Ilse von Bredow"}, []string{"Ilse"}},
		// A note where to ring, a former holder of an office.
		{"Katze zugelaufen? Bitte bei Hämmerle (2. OG) klingeln.\n", []string{"Hämmerle"}, nil},
		{"Bitte bei Nachbarn klingeln.\n", nil, []string{"Nachbarn"}},
		{"TOP 5: Neuwahl Kassenwart (bisher Werner-Janssen)\n", []string{"Werner-Janssen"}, nil},
		// A lawsuit's parties the lexicons lack, a firm as a party.
		{"13:00\t3 C 460/22\tSchulz ./. Achterberg\n13:30\t3 C 461/22\tStrauß ./. Lange-Wagner\n", []string{"Achterberg", "Lange-Wagner"}, nil},
		{"9:00\t1 C 2/22\tHuber ./. Siemens\n", []string{"Huber"}, []string{"Siemens"}},
		{"9:00\t1 C 2/22\tHuber ./. Hausrat\n", []string{"Huber"}, []string{"Hausrat"}},
		// Given names in lower case with letters of Latin Extended-A.
		{"[10:16] Lea: hat jemand ayşe erreicht?\n", []string{"ayşe"}, nil},
		{"[16:33] Giulia: hat jemand die brotdose von małgorzata gesehen?\n", []string{"małgorzata"}, nil},
		// A round's list of addresses opened by surnames in capitals; a
		// word or a city in capitals is none.
		{"Tour 1 – Fahrer: Jens Wolf\n1) KOWALSKI – Kölner Straße 7 in 99084 Erfurt\n2) VON STETTEN – Walddamm 15, 18055 Rostock\n", []string{"KOWALSKI", "VON STETTEN"}, nil},
		{"Tour 1\n1) ACHTUNG – Tor 3 benutzen\n2) BERLIN – Halle 4\n", nil, []string{"ACHTUNG", "BERLIN"}},
		// A surname in capitals with a role in brackets after a label.
		{"Fr | 8:00 | 17:30\n\nGeprüft: HINRICHS-NOVÁK (Sachbearbeiterin)\n", []string{"HINRICHS-NOVÁK"}, nil},
		{"Status: OFFEN (Sachbearbeiterin)\n", nil, []string{"OFFEN"}},
		// A given name and a surname in capitals, as lists of participants
		// write them; a word in capitals after a given name is none.
		{"Teilnehmer\n 1  Dr. Jörg HALLMANN  –  Klinikum Kiel\n 2  Katrin VAN DER MEER  –  Stadtwerke Bonn\n 3  Elke MEYER-LANDRUT  –  Goethe-Institut\n",
			[]string{"Jörg HALLMANN", "Katrin VAN DER MEER", "Elke MEYER-LANDRUT"}, nil},
		{"Grüße an Anna ACHTUNG bitte\n", nil, []string{"Anna ACHTUNG"}},
		// A neighbour who names herself in brackets; a surname in capitals
		// and a given name in a list's cell.
		{"Wer kann für Herrn Krause einkaufen? Ich (Natalja, EG links) gehe montags.\n", []string{"Natalja"}, nil},
		{"Ich (Erdgeschoss) gehe montags.\n", nil, []string{"Erdgeschoss"}},
		{"Karte;Name;Pers.\n6767;HARTMANN Anton;2\n6160;VON BÜLOW Kerstin;2\n", []string{"HARTMANN Anton", "VON BÜLOW Kerstin"}, nil},
		{"Karte;Name;Pers.\n1;ACHTUNG Sofort;2\n", nil, []string{"ACHTUNG Sofort"}},
		// A surname in capitals and a comma before a given name, in a
		// sentence or a list; a name in capitals of its own before it, a
		// word of two capitals, are not taken in.
		{"Ihre Nachfolgerin ist LEHMKUHL, Jovana. Post bitte an sie.", []string{"LEHMKUHL, Jovana"}, nil},
		{"gez. ZIEGENHAGEN, Dmitri\n", []string{"ZIEGENHAGEN, Dmitri"}, nil},
		{"Das ist OK, Anna.", nil, []string{"OK, Anna"}},
		{"GR Korbinian Wagner, OLE AL-HASSAN, Svenja Huber\n", nil, []string{"AL-HASSAN, Svenja Huber"}},
		// A Vietnamese given name with its marks.
		{"Mieter: Văn Minh Tran\n", []string{"Văn Minh Tran"}, nil},
	}
	for _, c := range cases {
		checkNames13(t, rulesOnly, c.text, c.want, c.not)
	}
}

// Names of saints, addresses by role, institutions, firms and pets, which
// are no persons.
func TestNameRound17NotPersons(t *testing.T) {
	cases := []struct {
		text string
		want []string
		not  []string
	}{
		{"[18:27] Maren: Sankt Martin Umzug startet am Rathaus", nil, []string{"Martin Umzug", "Martin"}},
		{"Pfarrbrief St. Johannes Baptist\n\nAus unserer Gemeinde", nil, []string{"Johannes Baptist"}},
		{"Sehr geehrter Herr Kollege,\nwir berichteten", nil, []string{"Kollege"}},
		{"Gesamtschule Hans Böckler\nKlasse 3c\n", nil, []string{"Hans Böckler"}},
		{"Vermieter: Bestattungshaus Thielemann, vertreten durch Jörg Hoff", []string{"Jörg Hoff"}, []string{"Bestattungshaus Thielemann"}},
		{"VERMISST: graue Katze, hört auf Moritz\n", nil, []string{"Moritz"}},
		// A person stays one: "St." alone before an English surname, Herr
		// with a surname.
		{"Herzliche Grüße an Herr Kollmann.", []string{"Kollmann"}, nil},
	}
	for _, c := range cases {
		checkNames13(t, rulesOnly, c.text, c.want, c.not)
		checkNames13(t, Default, c.text, nil, c.not)
	}
}
