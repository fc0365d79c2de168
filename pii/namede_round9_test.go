package pii

import (
	"slices"
	"testing"
)

func init() {
	// The shapes of round 9's rules seed the fuzz targets.
	addressSeeds = append(addressSeeds, "Ida Gräfin zu X", "A Freiherr von ", "Name;Rasse\nX;Y\n", "Luna;Katze;", "Ihr Fahrer Jan\n",
		"Liebe Kolleginnen", "Firma · Postfach 1234\n", "x •Postfach 123", "| Postfach 123", "klingelt bei X", "Alles Liebe\nA und B", "{\"bearbeiter\":\"A\"}")
}

// TestNamesRound9DE: a noble's rank inside a German name; animals, firms,
// roles and plural nouns kept out of person names.
func TestNamesRound9DE(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		// A rank of nobility between the given name and the particle.
		{"Vorsitz: Charlotte Gräfin zu Eltz\n", []string{"Charlotte Gräfin zu Eltz"}},
		{"Es sprach Johann Freiherr von Aretin über das Erbe.", []string{"Johann Freiherr von Aretin"}},
		{"Anwesend: Paul Graf, Eva Stein\n", []string{"Paul Graf", "Eva Stein"}},
		// A veterinary table: the patient is the animal, the owner the
		// person.
		{"Name;Rasse;Besitzer\nLuna;Labrador;Weber, Klaus\n", []string{"Weber, Klaus"}},
		{"Tiername\tBesitzer\nMax\tAnna Vogt\n", []string{"Anna Vogt"}},
		{"Patient;Gewicht\nMaria Lange;71\n", []string{"Maria Lange"}},
		// The next cell names an animal's kind.
		{"Frau Schröder;Katze;Impfung\n", nil},
		{"Frau Schröder;Köln;Impfung\n", []string{"Schröder"}},
		// A role before the name is not the name.
		{"Viele Grüße\nIhre Ansprechpartnerin Katrin\n", []string{"Katrin"}},
		{"Laut Bürgermeister Wolfgang Seidel wird gebaut.", []string{"Wolfgang Seidel"}},
		// A plural of women greeted is no name.
		{"Liebe Kolleginnen und Kollegen,\nwir sind Tom und Eva.", []string{"Tom", "Eva"}},
		// A cell written surname first in a pipe's or a tab's export.
		{"Nr|Halter|Ort\n7|Brinkhaus, Leyla|Kiel\n", []string{"Brinkhaus, Leyla"}},
		{"7\tBrinkhaus, Leyla\tKiel\n", []string{"Brinkhaus, Leyla"}},
		// A doorbell's name after the verb: "klingelt bei …".
		{"Wenn niemand öffnet, klingelt bei Hartmann im ersten Stock.", []string{"Hartmann"}},
		{"Bitte klingeln Sie bei Brinkhaus.", []string{"Brinkhaus"}},
		// A record's key naming the person who handles it.
		{`{"status":"offen","sachbearbeiter":"Jonas"}`, []string{"Jonas"}},
		// An obituary's or a card's sign-off, two given names signing.
		{"Alles Liebe\nMarta und Jonas\n", []string{"Marta", "Jonas"}},
		{"In stiller Trauer\nHelga Brandt\n", []string{"Helga Brandt"}},
		// A given name that is also a city's, beside one that is not.
		{"Heute kamen Tobias und Sofia vorbei.", []string{"Tobias", "Sofia"}},
		{"Children: Ruth and Leon Gray III (see no. 4).", []string{"Ruth", "Leon Gray III"}},
		// A mail-order firm named after its founder.
		{"Bestellt bei Peter Hahn Versand in Winterbach.", nil},
	} {
		if got := namesIn(tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("%q:\n got  %q\n want %q", tc.text, got, tc.want)
		}
	}
}

// TestAddressRound9DE: a firm's Postfach alone on its letterhead's line
// is not an address; with its postcode and city, or in a field, it is.
func TestAddressRound9DE(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Stadtwerke Ulm · Postfach 4711\n\nSehr geehrte", nil},
		{"Kreissparkasse | Postfach 12 34 56\n", nil},
		{"Stadtwerke Ulm · Postfach 4711 · 89070 Ulm\n", []string{"Postfach 4711 · 89070 Ulm"}},
		{"Anschrift: Postfach 4711\n", []string{"Postfach 4711"}},
		{"Bitte an Postfach 4711 senden.", []string{"Postfach 4711"}},
	} {
		var got []string
		for _, f := range rulesOnly.DetectString(tc.text) {
			if f.Type == PostalAddress {
				got = append(got, tc.text[f.Start:f.End])
			}
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q:\n got  %q\n want %q", tc.text, got, tc.want)
		}
	}
}

// TestPetColumnKeepsPeople: in a practice's table that names the animals'
// kinds, only the patient's or name's column is the animal's; the vet's
// and the owner's columns hold people.
func TestPetColumnKeepsPeople(t *testing.T) {
	line := []byte("Patient;Tierart;Tierarzt;Halter")
	for h, want := range map[string]bool{"patient": true, "name": true, "tierarzt": false, "halter": false, "behandler": false, "tiername": true, "pet_name": true} {
		if got := petColumn(line, ';', h); got != want {
			t.Errorf("petColumn(%q) = %v, want %v", h, got, want)
		}
	}
}

// TestVehicleRegFieldAligned: the holder's fields of a registration
// certificate with their values aligned by spaces, a tab or a colon.
func TestVehicleRegFieldAligned(t *testing.T) {
	text := "A  B-CD 123\nC.1.1    Kowalczyk\nC.1.2:\tJoanna\nC.1.3  Am Markt 2\n"
	var got []string
	for _, f := range rulesOnly.DetectString(text) {
		if f.Type == PersonName {
			got = append(got, text[f.Start:f.End])
		}
	}
	if len(got) != 2 || got[0] != "Kowalczyk" || got[1] != "Joanna" {
		t.Errorf("names %q, want Kowalczyk and Joanna", got)
	}
}
