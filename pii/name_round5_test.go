package pii

import (
	"slices"
	"testing"
)

func init() {
	addressSeeds = append(addressSeeds, "Vogt ./. Kraus wg. X", "3 O 12/24 | von Berg ./. Lindner", " ./. ", "<vorname>Jo</vorname>", "Name: Abel   Vorname: X", "Sachbearbeiter/in: Y")
}

// TestNamesRound5: the parties of a lawsuit on a court's list, XML's
// elements of a name, a form's fields of one person, and a hyphen before
// an accented capital; subtitles' tags.
func TestNamesRound5(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		// Both parties, one word or with particles.
		{"09:30 | 4 C 112/25 | Vogt ./. Lindner wg. Zahlung\n", []string{"Vogt", "Lindner"}},
		{"Sitzung: Kraus ./. von Berg wegen Räumung", []string{"Kraus", "von Berg"}},
		{"10:15 | 2 C 7/26 | von der Au ./. vom Hagen wg. Miete", []string{"von der Au", "vom Hagen"}},
		{"In Sachen Anna Petersen ./. Jürgen Hahn", []string{"Anna Petersen", "Jürgen Hahn"}},
		// A firm is no person; nor is a list's head.
		{"Baumarkt Nord ./. Keller", []string{"Keller"}},
		{"Kläger ./. Beklagter", nil},
		// A trade's rank before a given name, on an invoice's line.
		{"2    Arbeitszeit Gesellin Carla     3 Std.   141,00 €", []string{"Carla"}},
		{"Monteur Lukas Brandt kommt am Montag.", []string{"Lukas Brandt"}},
		// A subtitle's tag in capitals: the words after it are spoken.
		{"00:00:04,100 --> 00:00:06,200\n[SIGHS] We tried everything.", nil},
		{"[NARRATOR] So it began.", nil},
		// A speaker's name in capitals inside the tag is a name.
		{"[PAULA NGUYEN] Look at the map.", []string{"PAULA NGUYEN"}},
		// XML's elements of a name.
		{"<kunde>\n  <nachname>Lindner</nachname>\n  <vorname>Eva-Maria</vorname>\n</kunde>", []string{"Lindner", "Eva-Maria"}},
		{"<contact><firstname>Oliver</firstname><lastname>Brandt</lastname></contact>", []string{"Oliver", "Brandt"}},
		// A form's field of one person, by the surname alone.
		{"Bußgeldstelle\nSachbearbeiterin: Lindner\nZimmer 4", []string{"Lindner"}},
		{"Name: Brandt          Vorname: Petra\nKlasse: 7b", []string{"Brandt", "Petra"}},
		{"Inhaber/in: Anja Vogt-Özdemir<br>", []string{"Anja Vogt-Özdemir"}},
		{"Sachbearbeiter/in: siehe oben\n", nil},
	} {
		if got := namesIn(tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("%q:\n got  %q\n want %q", tc.text, got, tc.want)
		}
	}
}
