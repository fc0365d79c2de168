package pii

import (
	"slices"
	"testing"
)

// TestNameSession17NotPersons: names that are no one's, read on unvisited:
// a pet's, a relation's particle, a school, a ship, a postscript, guitars
// and bikes; the vet on the next line is a person.
func TestNameSession17NotPersons(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Pet: beagle \"Elvis\"\nVet: Chidi Lopez\n", []string{"Chidi Lopez"}},
		{"Tier: Dackel „Herr Schmidt“\nTierarzt: Herrn Çelik\n", []string{"Çelik"}},
		{"宠物：金毛，名字旺财\n接宠人：王芳\n", []string{"王芳"}},
		{"代理人：邵国庆（申请人之兄）\n", []string{"邵国庆"}},
		{"<anmeldung schule=\"Musikschule Carl Orff\">\n", nil},
		{"PS: Schwarzwälder Kirschtorte und MS Helene Fischer – Haus 4\n", nil},
		{"P.S. Morgan Stanley near Wendy's\n", nil},
		{"<enrollment school=\"Scott Joplin Conservatory\">\n", nil},
		{"| 918945 | Gibson Les Paul | $151 |\n", nil},
		// Read on unproven: boats, roles after Frau, schools, counties,
		// places; a degree is no state.
		{"C    | 31    | \"Tante Käthe\" Folkeboot | Dr. Schubert\n", []string{"Schubert"}},
		{"An Frau Personalleiterin bei Ellerbek\n", nil},
		{"    school: Grace Hopper Middle\n", nil},
		{"FOIA Log — City of Fort Hollis\n", nil},
		{"{\"city\":\"Glenwood Landing\",\"zip\":\"28146\"}\n", nil},
		{"FOIA Log — Jefferson County Clerk\n", nil},
		{"HR contact, Kevin Parker, MD, was\n", []string{"Kevin Parker"}},
	} {
		var got []string
		for _, f := range Default.DetectString(tc.text) {
			if f.Type == PersonName {
				got = append(got, tc.text[f.Start:f.End])
			}
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q:\n got  %q\n want %q", tc.text, got, tc.want)
		}
	}
}

// TestNameSession17GermanAn: "an" before a consonant is German's "to", not
// English's article: "Kopie an Chiara Becker / Malte Yilmaz".
func TestNameSession17GermanAn(t *testing.T) {
	text := "Kopie an Chiara Becker / Malte Yilmaz\n"
	var got []string
	for _, f := range Default.DetectString(text) {
		if f.Type == PersonName {
			got = append(got, text[f.Start:f.End])
		}
	}
	if want := []string{"Chiara Becker", "Malte Yilmaz"}; !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestNameSession17Parts: a double given name before a nickname, and the
// Hebrew particle "ben".
func TestNameSession17Parts(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"* Juan Carlos 'Bud' Larsen - face cord\n", []string{"Juan Carlos 'Bud' Larsen"}},
		{"Owner: Sanjay ben Ami III\n", []string{"Sanjay ben Ami III"}},
		// A title before a surname and its comma: two people.
		{"Backup: Mr. Adeyemi, Yael Yamamoto\n", []string{"Adeyemi", "Yael Yamamoto"}},
		{"Backup: Coach Kowalczyk, Reginald del Valle\n", []string{"Kowalczyk", "Reginald del Valle"}},
		{"Witness: Allen, Diana.\n", []string{"Allen, Diana"}},
		{"Unit B90 – Hill, DeShawn, last known address\n", []string{"Hill, DeShawn"}},
		{"PRR-85161 | re: incident involving Mohammed Monroe | assigned Davis\n", []string{"Mohammed Monroe", "Davis"}},
		{"Action: Monique to follow up by Fri\n", []string{"Monique"}},
		{"[11:22] Minh: @Nils Meier-Lohmann noten für Sopran 2\n", []string{"Minh", "Nils Meier-Lohmann"}},
	} {
		var got []string
		for _, f := range Default.DetectString(tc.text) {
			if f.Type == PersonName {
				got = append(got, tc.text[f.Start:f.End])
			}
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q:\n got  %q\n want %q", tc.text, got, tc.want)
		}
	}
}
