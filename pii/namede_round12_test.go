package pii

import "testing"

// Round 12's German rules, on examples of our own.
func TestNameRound12DE12(t *testing.T) {
	cases := []struct {
		text string
		want []string
		not  []string
	}{
		// Double given names of two known given names.
		{"Zur Kenntnis genommen: Gisela-Christiane Brandt", []string{"Gisela-Christiane Brandt"}, nil},
		{"Wir danken Dieter Hansen und Ulrike-Marie für die Hilfe.", []string{"Dieter Hansen", "Ulrike-Marie"}, nil},
		{"Das Robert-Koch-Institut an der Max-Planck-Straße 3.", nil, []string{"Robert-Koch-Institut", "Max-Planck"}},
		// A given name before a birth name, a birth name's particles.
		{"Mutter: Wilma geb. von der Osten, Vater: Jens Petersen", []string{"Wilma", "von der Osten", "Jens Petersen"}, nil},
		{"Die Klägerin, Frau Agnes Kühn geb. de Witt, wohnt in Kiel.", []string{"de Witt"}, nil},
		// A register's entry: the given name alone in a cell, then kin.
		{"Geburtsregister 1911\nLfd. 7 | Wilhelmine | Vater: Johann Kruse, Fischer | Mutter: Frieda geb. Lüders", []string{"Wilhelmine", "Johann Kruse", "Frieda", "Lüders"}, nil},
		{"| 7 | Bremen | Hafen |", nil, []string{"Bremen"}},
		// Surname first with an age after it.
		{"Bett 3: Hollmann, Erika (84 J.), Sturz\nBett 4: Stein-Beckmann, Uwe (79), Exsikkose", []string{"Hollmann, Erika", "Stein-Beckmann, Uwe"}, nil},
		{"Berlin, Paula (12 J.) kam an.", nil, []string{"Berlin, Paula"}},
		// Notes typed in lower case: a form of address and a surname.
		{"Bett 2: herr wagner (80 J.), Sturz\nBett 3: frau von der osten\nfrau schäfer hat angerufen", []string{"wagner", "von der osten", "schäfer"}, nil},
		{"3: frau sucht zimmer\nherr doktor kommt gleich", nil, []string{"sucht", "doktor"}},
		// A list's entry surname first in capitals.
		{"Mitglieder\n 1. BRANDT-KESSLER Ute, Am Deich 3\n 2. OSTERKAMP Jan Hendrik;", []string{"BRANDT-KESSLER Ute", "OSTERKAMP Jan Hendrik"}, []string{"KESSLER Ute"}},
		// An author's line: a byline, a thesis's title page.
		{"Von Karin Lehmann\n\nDer Hafen erwacht", []string{"Karin Lehmann"}, nil},
		{"Dissertation\n\neingereicht von\nMarkus Tiedemann\naus Lübeck", []string{"Markus Tiedemann"}, nil},
		{"Von Hamburg nach Kiel\nVon Deutsche Post AG", nil, []string{"Hamburg", "Deutsche Post"}},
	}
	for _, c := range cases {
		got := map[string]bool{}
		for _, f := range rulesOnly.DetectString(c.text) {
			if f.Type == PersonName {
				got[c.text[f.Start:f.End]] = true
			}
		}
		for _, w := range c.want {
			if !got[w] {
				t.Errorf("%q: want %q, got %v", c.text, w, got)
			}
		}
		for _, w := range c.not {
			if got[w] {
				t.Errorf("%q: did not want %q", c.text, w)
			}
		}
	}
}
