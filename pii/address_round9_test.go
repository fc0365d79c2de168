package pii

import (
	"slices"
	"testing"
)

func init() {
	addressSeeds = append(addressSeeds, "x\t12 oak st erie, pa 16501\n", "rr 2 box 9 erie, pa 16501", "PO Box 7 Grand Forks, ND 58201",
		"SAT 2-4 | 55 Elm Road, Erie, PA 16501")
}

// TestAddressRound9: a lower-case street address that fills a cell or a
// line without a comma before its city; a box in lower case, a rural
// route's box; a box's number is no house number; a range before a bar
// and a US street line is no German street and town.
func TestAddressRound9(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"ts\tfrom\tmsg\n09:12\tkim\t221 maple dr apt 3 grand forks, nd 58201\n", []string{"221 maple dr apt 3 grand forks, nd 58201"}},
		{"new place:\n78 s oak ln salem, or 97301\n", []string{"78 s oak ln salem, or 97301"}},
		// A sentence without a comma before its city still needs its cue.
		{"we had 12 oak st parties in june, tx 75001 is far", nil},
		{"kim\tpo box 318 grand forks, nd 58201\n", []string{"po box 318 grand forks, nd 58201"}},
		{"kim\trr 3 box 44 bend, or 97701\n", []string{"rr 3 box 44 bend, or 97701"}},
		{"Remit to PO Box 8812 Grand Forks, ND 58201.", []string{"PO Box 8812 Grand Forks, ND 58201"}},
		{"OPEN SAT 10-2 | 4410 Quarry Road, Bend, OR 97701\n", []string{"4410 Quarry Road, Bend, OR 97701"}},
		// A German street and an Austrian town stay one address.
		{"Hauptstraße 5\n1010 Wien\n", []string{"Hauptstraße 5\n1010 Wien"}},
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

// TestAddressBlocksAndIndentedLines: a citation's hundred block is no
// address; an indented block's city line belongs to its street.
func TestAddressBlocksAndIndentedLines(t *testing.T) {
	d := Default
	for _, tc := range []struct {
		text, want string
	}{
		{"PLACE: 1200 BLK ELM AVE\nCODE: 12\n", ""},
		{"Seen in the 4200 block of Maple Street yesterday.", ""},
		{"Mailing address:\n    812 Birch Ct\n    Boise, ID 83702\nPhone", "812 Birch Ct\n    Boise, ID 83702"},
		{"Name: Carla Mendez Jr.\n", ""},
	} {
		var got []string
		for _, f := range d.DetectString(tc.text) {
			if f.Type == PostalAddress {
				got = append(got, tc.text[f.Start:f.End])
			}
		}
		if tc.want == "" && len(got) > 0 || tc.want != "" && (len(got) != 1 || got[0] != tc.want) {
			t.Errorf("%q: addresses %q, want %q", tc.text, got, tc.want)
		}
	}
	fs := d.DetectString("Name: Carla Mendez Jr.\n")
	if len(fs) != 1 || fs[0].Type != PersonName || "Name: Carla Mendez Jr.\n"[fs[0].Start:fs[0].End] != "Carla Mendez Jr." {
		t.Errorf("a name's Jr. keeps its period: %+v", fs)
	}
}
