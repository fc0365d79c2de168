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
