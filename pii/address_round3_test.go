package pii

import (
	"slices"
	"testing"
)

func init() {
	// The shapes of round 3's rules seed the fuzz targets.
	addressSeeds = append(addressSeeds, "11:57 CAR 52 PU 10224 RIVER PT", "is at 15956 meadow loop anchorage, ak 99501",
		"to 1 a st b, ak 99501", "Hannah Thiel¹, Jonas Koch² und", "Müller²", "王芳¹", "Smith, J. F., & Lopez, M. (2005)",
		"Koch, K.-H.;", "ist auf dem berg 119d 17489 greifswald", "mühlendamm 161a 06108 halle (saale)", "weg 1 12345 abc (", "Washington, D. C.", "谢平、胡军和何强同学", "[3] 沈伟，刘强. ", "嘉宾是杨芳，", "- David! Wait",
		"William's place", "Bemerkung: Hannah beteiligt", "Hier ist Kommissar Koch.", "Grandma Jessica's Peach")
}

// TestAddressRound3: a street line read from the number nearest its name,
// and lower-case US addresses whose city follows the street without a
// comma.
func TestAddressRound3(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		// Numbers before the house number are a time, a car, a ticket.
		{"11:57 CAR 52 PU 10224 RIVER PT PAX BROWN DEST AIRPORT", []string{"10224 RIVER PT"}},
		{"ticket 4411 row 17 seat 9 at 350 Fifth Avenue, New York, NY 10118", []string{"350 Fifth Avenue, New York, NY 10118"}},
		{"Order 12 Box 9 shipped from 88 Elm St", []string{"88 Elm St"}},
		// Lower case, the city after a space, the state after a comma.
		{"so the job is at 15956 meadow loop anchorage, ak 99501 call me back", []string{"15956 meadow loop anchorage, ak 99501"}},
		{`utterance="navigate to 18666 fox chase drive albany, ny 12207"`, []string{"18666 fox chase drive albany, ny 12207"}},
		// German in lower case, with its postcode and city.
		{"die adresse ist bahnhofweg 154 20095 hamburg bis später", []string{"bahnhofweg 154 20095 hamburg"}},
		{"die adresse ist auf dem berg 119d 17489 greifswald bis später", []string{"auf dem berg 119d 17489 greifswald"}},
		{"die adresse ist im winkel 23b 79098 freiburg im breisgau bis später", []string{"im winkel 23b 79098 freiburg im breisgau"}},
		{"ist mühlendamm 161a 06108 halle (saale) bis", []string{"mühlendamm 161a 06108 halle (saale)"}},
		{"wir haben 154 von 20095 leuten gefragt", nil},
		{"im jahr 2020 12345 besucher", nil},
		// A sentence's words are no city.
		{"call 555 court st for details, ny 10001", nil},
		{"meet at 12 oak st then dinner, ny 10001", nil},
		{"we moved 12 boxes to the main st warehouse, ny 10001", nil},
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
