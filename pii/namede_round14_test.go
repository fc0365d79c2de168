package pii

import "testing"

// Round 14's German rules, on examples of our own.
func TestNameRound14DE(t *testing.T) {
	cases := []struct {
		text string
		want []string
		not  []string
	}{
		// A role's noun before a name, also written surname first.
		{"Der 40-jährige Beschuldigte Brenninkmeyer, Sören wurde vernommen.", []string{"Brenninkmeyer, Sören"}, []string{"Beschuldigte Brenninkmeyer"}},
		{"Die Geschädigte de Vries, Thi Lan erstattete Anzeige.", []string{"de Vries, Thi Lan"}, nil},
		{"Unsere Schriftführerin Waltraud übernimmt das Protokoll. Kassierer Rehbein ist krank.", []string{"Waltraud", "Rehbein"}, nil},
		{"Die Mieterin Hannelore von der Heide zieht aus.", []string{"Hannelore von der Heide"}, nil},
		{"Der Beschuldigte MEIER, Hans schwieg.", []string{"MEIER, Hans"}, nil},
		{"Betroffene Person: keine\nDer Zeuge Jehovas klingelte. Der Patient Zimmer 4 schläft. Die Vorsitzende Richterin sprach.", nil,
			[]string{"Person", "Jehovas", "Zimmer", "Richterin"}},
		// A surname in capitals as a sentence's subject.
		{"TOP 4: Verschiedenes. HÜTTENRAUCH schließt die Sitzung. MEYER-BRANDT übernimmt die Kasse.\nDE VRIES bittet um Ruhe.",
			[]string{"HÜTTENRAUCH", "MEYER-BRANDT", "DE VRIES"}, nil},
		{"Hinweis. ACHTUNG bitte lesen. WICHTIG ist das. KOCH und Kellner gesucht. BITTE warten.", nil,
			[]string{"ACHTUNG", "WICHTIG", "KOCH", "BITTE"}},
		// A chat speaker with the initial of a surname.
		{"[03.05.25, 19:07:13] Anna-Lena L: Hallo zusammen\n[03.05.25, 19:08:00] Jürgen S.: Gern", []string{"Anna-Lena L", "Jürgen S."}, nil},
		{"[19:07] Anlage B: siehe unten\nPunkt A: erledigt", nil, []string{"Anlage B", "Punkt A"}},
	}
	for _, c := range cases {
		checkNames13(t, rulesOnly, c.text, c.want, c.not)
	}
}

// A trade before a surname is a firm's name, no given name.
func TestNameRound14Trade(t *testing.T) {
	checkNames13(t, rulesOnly, "Sanitär Oberhuber · Meisterbetrieb", nil, []string{"Sanitär Oberhuber"})
}

// A role's label, a family's abbreviation, a chat speaker of two given names.
func TestNameRound14Labels(t *testing.T) {
	checkNames13(t, rulesOnly, "Zustellung beim Nachbarn: Petrović, Mozartstraße 34\nAbgegeben bei Fam. von der Heide, Hauptstr. 3\nZeugin: Ilse Kaya",
		[]string{"Petrović", "von der Heide", "Ilse Kaya"}, []string{"Fam. von der Heide"})
	checkNames13(t, rulesOnly, "[02.05.25, 19:07:13] Thi Lan T: Hallo", []string{"Thi Lan T"}, nil)
	checkNames13(t, rulesOnly, "Nachbarn: keine Beschwerden\nFam. Angelegenheit\nTOP 3: Verschiedenes. ÖZTÜRK schließt die Sitzung.",
		[]string{"ÖZTÜRK"}, []string{"Angelegenheit", "keine"})
}
