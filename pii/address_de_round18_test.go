package pii

import (
	"slices"
	"testing"
)

// TestAddressDESession18: a record's comma cells keep the street alone,
// a PO box's too; a list's line opens with a street and a dash, a phrase
// of time does not.
func TestAddressDESession18(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"MR-1,Mehmet A. Braun,Hinter den Höfen 30a,18065,Rostock,DE48\n", []string{"Hinter den Höfen 30a"}},
		{"MR-2,Tobias Brandt,Postfach 96 31 88,87866,Kempten (Allgäu),DE75\n", []string{"Postfach 96 31 88"}},
		{"Touren\nAm Mühlbach 92b – Richter – Mo–Sa\nAm Montag 14 – 16 Uhr geschlossen\n", []string{"Am Mühlbach 92b"}},
		{"Anschrift: Am Mühlbach 92b, 24103 Kiel\n", []string{"Am Mühlbach 92b, 24103 Kiel"}},
		{"Rechnung bitte an Jonas Haddad, Rathausplatz 101b, 66106 Saarbrücken (Deutschland)\n", []string{"Rathausplatz 101b, 66106 Saarbrücken"}},
		{"adresse: \"Freiburg im Breisgau, Bahnhofstr. 54a\"\n", []string{"Freiburg im Breisgau, Bahnhofstr. 54a"}},
		{"Verwaltung, Frankfurt (Oder), Postfach 12 97 97. Frau Linde\n", []string{"Frankfurt (Oder), Postfach 12 97 97"}},
		{"Also, Auf dem Kamp 46: da tropft wieder\nAm Montag 14: Treffen\n", []string{"Auf dem Kamp 46"}},
		// A town before the street, without a postcode; not a kiosk's place
		// before a street with one.
		{"Hausbesuch bei Familie Al-Hassan, Magdeburg, Luisenstraße 53/1\n", []string{"Magdeburg, Luisenstraße 53/1"}},
		{"adresse: \"Frankfurt (Oder), Kieler Str. 178/2\"\n", []string{"Frankfurt (Oder), Kieler Str. 178/2"}},
		{"Bronze\tAmira\t2020\tSven Friedrich\tTübingen, Postfach 10 07 68\t\n", []string{"Tübingen, Postfach 10 07 68"}},
		{"bei: Kiosk am Hauptbahnhof, An der Kirche 25, 41061 Mönchengladbach (ab 10 Uhr)\n", []string{"An der Kirche 25, 41061 Mönchengladbach"}},
		// A note in brackets after the town is none of its name (session
		// 19); a river, a region cut short, are.
		{"Treffen bei Getränke Kaiser GmbH, Unter den Eichen 91 · 81667 München (Anhänger von Jonas).\n", []string{"Unter den Eichen 91 · 81667 München"}},
		{"Lindenstraße 5, 15230 Frankfurt (Oder)\n", []string{"Lindenstraße 5, 15230 Frankfurt (Oder)"}},
	} {
		var got []string
		for _, f := range Default.DetectString(tc.text) {
			if f.Type == PostalAddress {
				got = append(got, tc.text[f.Start:f.End])
			}
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: addresses %q, want %q", tc.text, got, tc.want)
		}
	}
}
