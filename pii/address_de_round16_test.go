package pii

import (
	"slices"
	"testing"
)

// TestAddressRound16TownFirstDE: a postcode and town before the street,
// parted from it by a comma; a doorbell's note between the street and the
// postcode; and "Apt #5" in a US address.
func TestAddressRound16TownFirstDE(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Elternteil: EBERT Jean-Pierre, wohnhaft 17121 Nürnberg, Hohe Straße 101, Einkommen 410,", []string{"17121 Nürnberg, Hohe Straße 101"}},
		{"Praxis 13530 Hohenschönborn bei Kassel, Eichendorffallee 53\n", []string{"13530 Hohenschönborn bei Kassel, Eichendorffallee 53"}},
		{"\"anschrift\":\"04065 Unterfriedenbach am Main, Schwalbenallee 32\"", []string{"04065 Unterfriedenbach am Main, Schwalbenallee 32"}},
		{"Herr Berger, Praxis 51597 Wittesbeck (Harz), Fontanedamm 76\n", []string{"51597 Wittesbeck (Harz), Fontanedamm 76"}},
		{"wohnhaft Auf der Höhe 104, bei Klingel 4, 07260 Gernsau (Harz), Einkommen", []string{"Auf der Höhe 104, bei Klingel 4, 07260 Gernsau (Harz)"}},
		{"Rechnung 12345, Hauptstraße 5\n", []string{"Hauptstraße 5"}},
		{"5025 E Hill St Apt #5, Ashland, IN 96297\n", []string{"5025 E Hill St Apt #5, Ashland, IN 96297"}},
		{"7102 N Aspen Avenue\nApt #5\nEagleside, NM 14647\n", []string{"7102 N Aspen Avenue\nApt #5\nEagleside, NM 14647"}},
	} {
		if got := addrSpansRound11(tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("%q:\n got  %q\n want %q", tc.text, got, tc.want)
		}
	}
}

// TestAddressRound16InvertedBeforeStreet: a surname in capitals and a
// comma before a street that opens with a preposition leave the street
// whole ("KLEIN, Hinter der Mauer 101"); namede_round18.go read "KLEIN,
// Hinter" as a name written surname first.
func TestAddressRound16InvertedBeforeStreet(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"8952 | Brieftasche | anonym | KLEIN, Hinter der Mauer 101, 53111 Bonn\n", []string{"Hinter der Mauer 101, 53111 Bonn"}},
		{"18 | Schlüssel | anonym | SCHMIDT, Unter den Linden 130, 55116 Mainz\n", []string{"Unter den Linden 130, 55116 Mainz"}},
	} {
		if got := addrSpansRound11(tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("%q:\n got  %q\n want %q", tc.text, got, tc.want)
		}
	}
}
