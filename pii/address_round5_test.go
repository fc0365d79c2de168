package pii

import (
	"slices"
	"testing"
)

func init() {
	// The shapes of round 5's rules seed the fuzz targets.
	addressSeeds = append(addressSeeds, "12 Oak St \\\\ Erie, PA 16501", "12 Oak St<br>Erie, PA 16501", "12 Oak St <br", "09:15 NOTE Green", "4 Oak St, Erie", "RR 3 Box 9 in Bend", "9 Elm Ct\\nErie, PA 16501", "weg 1, 12345 ab")
}

// TestAddressRound5: the line breaks of LaTeX and HTML inside an address,
// a clock's minutes that are no house number, a known city without its
// state, the escaped line break of iCalendar, and a German street in
// lower case with a comma before its postcode; a street in SQL's quotes.
func TestAddressRound5(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		// LaTeX's line break between the street and the city line.
		{`\address{418 Larch Ave \\ Billings, MT 59101}`, []string{`418 Larch Ave \\ Billings, MT 59101`}},
		{`Ms. Ida Holm \\ 77 Quarry Rd, Apt 3 \\ Bangor, ME 04401 \\ USA`, []string{`77 Quarry Rd, Apt 3 \\ Bangor, ME 04401`}},
		// HTML's line break, in any of its spellings.
		{"<p>230 Pine St<br>Eureka, CA 95501</p>", []string{"230 Pine St<br>Eureka, CA 95501"}},
		{"<p>230 Pine St<br />\nEureka, CA 95501</p>", []string{"230 Pine St<br />\nEureka, CA 95501"}},
		{"230 Pine St<BR/>Eureka, CA 95501", []string{"230 Pine St<BR/>Eureka, CA 95501"}},
		// A break with no city line after it leaves the street alone.
		{"230 Pine St<br>Call us", []string{"230 Pine St"}},
		// The minutes of a time are no house number.
		{"2024-03-02 09:15 NOTICE Green Line: delays", nil},
		{"at 10:30 Mill Road closes", nil},
		{"Meet at 10 Mill Road", []string{"10 Mill Road"}},
		// A known city after the street, without its state.
		{"The shop moved to 88 Alder Ct, Spokane. Call first.", []string{"88 Alder Ct, Spokane"}},
		{"NEW LOCATION: 41 GRANITE WAY STE 2, SALT LAKE CITY\n", []string{"41 GRANITE WAY STE 2, SALT LAKE CITY"}},
		{"She grew up at 12 Birch Ln in Grand Rapids before college.", []string{"12 Birch Ln in Grand Rapids"}},
		{"Deliver to RR 3 Box 71, Missoula", []string{"RR 3 Box 71, Missoula"}},
		// A city's name that goes on, or a word that is no city.
		{"Head to 5 Lake Dr, Columbia Mall.", []string{"5 Lake Dr"}},
		{"Head to 5 Lake Dr, Columbia Heights.", []string{"5 Lake Dr, Columbia Heights"}}, // a town of the gazetteer (session 17)
		{"We met at 5 Lake Dr, Tuesday.", []string{"5 Lake Dr"}},
		// A street in lower case with a comma before its postcode.
		{"kind;abholer;anschrift\nlea;opa;lindenweg 12, 79098 freiburg\n", []string{"lindenweg 12, 79098 freiburg"}},
		{"wir wohnen jetzt hafenstraße 4a, 18055 rostock.", []string{"hafenstraße 4a, 18055 rostock"}},
		{"seite 12, 10115 exemplare", nil},
		// A street quoted as an SQL value: the closing quote ends it.
		{"INSERT INTO t VALUES (7,'Ann','44 Birch Loop','Helena','MT')", []string{"44 Birch Loop"}},
		{"ship to '12 Vine St' today", []string{"12 Vine St"}},
		// iCalendar's escaped line break.
		{"LABEL;TYPE=HOME:61 Aspen Way\\nHelena\\, MT 59601\\nUSA\r\n", []string{"61 Aspen Way\\nHelena\\, MT 59601"}},
		{"LOCATION:19 Cedar Pl\\nOgden\\, UT 84401", []string{"19 Cedar Pl\\nOgden\\, UT 84401"}},
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
