package pii

import (
	"slices"
	"testing"
)

// TestRosterRound11DE: a duty roster's cells are the people on duty, by
// given name or surname alone; a table of days without shifts, or a
// roster's notes, are not.
func TestRosterRound11DE(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		// Days down, shifts across, aligned by spaces.
		{"Schichtplan Lager\nTag    Frühschicht    Spätschicht\nFr     Ottersbach     Liesel\nSa     Urlaub         Pohlmann\n",
			[]string{"Ottersbach", "Liesel", "Pohlmann"}},
		// A surname with its particle.
		{"Tag   Früh          Spät\nSo    von Hatzfeld  Kramer\n", []string{"von Hatzfeld", "Kramer"}},
		// Shifts down, days across, by tabs.
		{"Dienst\tMo\tDi\tMi\nFrühdienst\tWeyrauch\tFrei\tGesine\n", []string{"Weyrauch", "Gesine"}},
		// A Markdown roster.
		{"| Tag | Früh | Nacht |\n|---|---|---|\n| Do | Tillmanns | Roswitha |\n", []string{"Tillmanns", "Roswitha"}},
		// Opening hours by day: no shifts, no people.
		{"Tag   Öffnungszeit   Hinweis\nMo    Ruhetag        Geschlossen\nDi    Vormittag      Markthalle\n", nil},
	} {
		if got := namesIn(tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("%q:\n got  %q\n want %q", tc.text, got, tc.want)
		}
	}
}

// TestGivenSubjectRound11DE: a given name opening a sentence as its
// subject, with an apposition of origin and a finite verb, or a verb of
// saying; not a name without such a cue, nor a town.
func TestGivenSubjectRound11DE(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Der Lieferwagen stand quer. Henrike aus der Nachbarwohnung hat die Polizei gerufen.", []string{"Henrike"}},
		{"Das Fenster war offen.\nMalte vom Kiosk erzählte später davon.", []string{"Malte"}},
		{"Es regnete. Joachim von nebenan war schon weg.", []string{"Joachim"}},
		{"Es regnete. Hannelore meinte, das Dach sei dicht.", []string{"Hannelore"}},
		{"Es regnete. Essen aus der Region ist gefragt.", nil},
	} {
		if got := namesIn(tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("%q:\n got  %q\n want %q", tc.text, got, tc.want)
		}
	}
}
