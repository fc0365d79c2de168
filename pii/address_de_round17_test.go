package pii

import (
	"slices"
	"testing"
)

// TestAddressRound17DE: the German shapes read on unvisited: a quarter
// between the street and the postcode, a river in brackets that ends like
// a role, a town after "in" with no postcode, a record's cells, a
// numbered spot that is no street.
func TestAddressRound17DE(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Bestätigung an: A. Meier-Lohmann, Lindensteig 16b, OT Kleinwelka, 71468 Lüttenhagen\n", []string{"Lindensteig 16b, OT Kleinwelka, 71468 Lüttenhagen"}},
		{"Anschrift: Beim Schlachthof 169\nOrtsteil Dornbusch\n11370 Grevenbrück\nTier: Bello\n", []string{"Beim Schlachthof 169\nOrtsteil Dornbusch\n11370 Grevenbrück"}},
		{"Rosenstraße 99b, Seitenflügel links, OT Kleinwelka, 87179 Hildesheim\n", []string{"Rosenstraße 99b, Seitenflügel links, OT Kleinwelka, 87179 Hildesheim"}},
		{"Lieferung an Ahornstraße 41, 70971 Herzberg (Elster); bitte vorher anrufen\n", []string{"Ahornstraße 41, 70971 Herzberg (Elster)"}},
		{"Schlehenweg 42, 34173 Kassel (Praktikumsgeber)\n", []string{"Schlehenweg 42, 34173 Kassel"}},
		{"18:45  Sabine Lehmann-Richter  Schulsteig 37 in Gelsenkirchen\n", []string{"Schulsteig 37 in Gelsenkirchen"}},
		{"15:30  Rahimi, Konstantinos  Zum Sandberg 2/6 in Halle (Saale)\n", []string{"Zum Sandberg 2/6 in Halle (Saale)"}},
		{"Treffpunkt Hauptstraße 5 in Richtung Bahnhof\n", []string{"Hauptstraße 5"}},
		{"1;Agnieszka Demir;Weidengasse 33;38879;Kleinwelka;Kalkhoff\n", []string{"Weidengasse 33"}},
		{"6;Minh Schmidt;Hinter den Höfen 15;84051;Waldkirchen;Cube\n", []string{"Hinter den Höfen 15"}},
		{"Login m.nowak34, Lagerplatz 26-5b, Fach 280\n", nil},
		{"Stellplatz 14 in der Tiefgarage\n", nil},
		{"Am Sportplatz 1, 12345 Musterstadt\n", []string{"Am Sportplatz 1, 12345 Musterstadt"}},
	} {
		if got := addrSpansRound11(tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("%q:\n got  %q\n want %q", tc.text, got, tc.want)
		}
	}
}
