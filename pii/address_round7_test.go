package pii

import (
	"slices"
	"testing"
)

func init() {
	// The shapes of round 7's rules seed the fuzz targets.
	addressSeeds = append(addressSeeds, "|||12 ELM ST^^ERIE^PA^16501|", "1 A^^B^PA^1", "40 S Broadway, Erie, PA 16501",
		"9 W Colfax Ste 2", "1 S 2 W",
		"x: Im Tal 3", "bei Am Berg 3 ab", "Weg 1, Halle (Saale)", "LABEL:1 A Pine Cir\\nB", "'POB 12'")
}

// TestAddressRound7: the carets of an HL7 address, a street named
// without a suffix, a vCard label's escaped breaks, a box named "POB"
// alone, a German street opened by a capitalised preposition
// after a colon or before the rest of a sentence.
func TestAddressRound7(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		// An HL7 v2 address (XAD): street^other^city^state^ZIP^country.
		{"PID|1||44^^^MRN||ROE^ANN||19600101|F|||12 ELM ST^^ERIE^PA^16501^USA||555", []string{"12 ELM ST^^ERIE^PA^16501"}},
		{"PID|1||||ROE^ANN|||||410 N Oak Ave^Apt 3^Salt Lake City^UT^84102-1234|", []string{"410 N Oak Ave^Apt 3^Salt Lake City^UT^84102-1234"}},
		// Without its state and ZIP code the street stands alone.
		{"|||12 ELM ST^^ERIE|", []string{"12 ELM ST"}},
		// A street without a suffix, proved by its city line or, after a
		// direction, by its unit.
		{"Mail it to 1440 Broadway, Oakland, CA 94612 by Friday.", []string{"1440 Broadway, Oakland, CA 94612"}},
		{"Office: 77 W Colfax Suite 210\n", []string{"77 W Colfax Suite 210"}},
		{"new place is 310 E Camelback #4, Phoenix, AZ 85012", []string{"310 E Camelback #4, Phoenix, AZ 85012"}},
		{"We saw 3 Broadway shows.", nil},
		{"Founded in 1998 Acme, Dayton, OH 45402 grew fast.", nil},
		{"meet at 40 N Gate later", nil},
		// A grid's second coordinate is no house number.
		{"1150 S 700 Wst\nProvo, UT 84601", nil},
		// A vCard LABEL's escaped line breaks after a unit, a grid's
		// direction or a second suffix.
		{`LABEL:12 Elm St, Apt 4\nErie, PA 16501\nUSA`, []string{`12 Elm St, Apt 4\nErie, PA 16501`}},
		{`LABEL:450 S 1300 E\nProvo, UT 84601`, []string{`450 S 1300 E\nProvo, UT 84601`}},
		{`LABEL:9 Fox Run Trl\nErie, PA 16501`, []string{`9 Fox Run Trl\nErie, PA 16501`}},
		// A known city's short last word before the sentence's period.
		{"They run a shop at 12 Elm St in Green Bay.", []string{"12 Elm St in Green Bay"}},
		// A box named "POB" alone in its field.
		{"INSERT INTO t VALUES (1,'Ann','POB 4410','Erie','PA','16501');", []string{"POB 4410"}},
		{"Mailing address: POB 77   City: Erie", []string{"POB 77"}},
		// A capitalised preposition after a colon, or inside a sentence
		// that goes on after the number, opens a street's name.
		{"Abholung: An der Mühle 12, bitte klingeln", []string{"An der Mühle 12"}},
		{"Treffpunkt: Hinter den Gärten 4a\n", []string{"Hinter den Gärten 4a"}},
		{"holst du mich bei Zur Linde 7 ab?", []string{"Zur Linde 7"}},
		{"wir wohnen jetzt Neben der Kirche 2!", []string{"Neben der Kirche 2"}},
		// A German street with its town and no postcode.
		{"Unfallort: Gartenstraße 18, Bochum\n", []string{"Gartenstraße 18, Bochum"}},
		{"Wir treffen uns in der Bahnhofstraße 3, Hinterhaus, Frankfurt am Main.", []string{"Bahnhofstraße 3, Hinterhaus, Frankfurt am Main"}},
		{"Lieferung: Rosenweg 9, Essen Sie vorher", []string{"Rosenweg 9"}},
		{"Seite 12, Berlin", nil},
		// A form's abbreviated street label; a dash parting a line's
		// parts after the number.
		{"Name: Roth\nStraße, Hausnr.: Auf der Heide 12-14\nPLZ/Ort: ", []string{"Auf der Heide 12-14"}},
		{"Start Am Kirchberg 3 — Ziel Bahnhof", []string{"Am Kirchberg 3"}},
		{"Stand: Am Ende 3 — Tore 5", nil},
		// A German box alone, its number grouped in pairs or not.
		{"<strasse>Postfach 10 11 22</strasse>", []string{"Postfach 10 11 22"}},
		{"Bitte an Postfach 4711 senden.", []string{"Postfach 4711"}},
		{"Postfach 12", nil},
		// A capitalised adjective inside a sentence opens a street's name.
		{"Sie wohnt jetzt Lange Reihe 7, glaube ich.", []string{"Lange Reihe 7"}},
		{"Treffen am Eingang, Hohe Bleichen 12.", []string{"Hohe Bleichen 12"}},
		{"er hatte Große Sorgen 3 mal", nil},
		// A German address typed in lower case: "str." and an adjective
		// before the street.
		{"die adresse ist lindenstr. 4 b 35037 marburg bis dann", []string{"lindenstr. 4 b 35037 marburg"}},
		{"wir wohnen alte allee 12 80331 münchen", []string{"alte allee 12 80331 münchen"}},
		{"komm zur kleine bergstraße 3, 24103 kiel", []string{"kleine bergstraße 3, 24103 kiel"}},
		{"das sind 3 str. 12 34567 teile", nil},
		// Not a phrase of time or measure, nor a number of units.
		{"Termin: Am Montag 14.", nil},
		{"wir sehen uns Am Freitag 13 wieder", nil},
		{"Ergebnis: Im Schnitt 4.", nil},
		{"es waren bei Am Ende 3 km", nil},
		{"Uhrzeit 12:30 Im Hof 5.", nil},
	} {
		var got []string
		for _, f := range Default.DetectString(tc.text) {
			if f.Type == PostalAddress {
				got = append(got, tc.text[f.Start:f.End])
			}
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q:\n got  %q\n want %q", tc.text, got, tc.want)
		}
	}
}
