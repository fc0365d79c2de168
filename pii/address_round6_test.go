package pii

import (
	"slices"
	"testing"
)

func init() {
	// The shapes of round 6's rules seed the fuzz targets.
	addressSeeds = append(addressSeeds, "12 Oak St\n|  Erie, PA 16501", "7 Highway 9", "40 North 200 West", "R.R. 2 Box 8, Erie, PA 16501",
		"江苏省徐州市沛县龙固镇张庄村二组", "省市县镇村组",
		"A;Am Hang 4;35037;Marburg", "Lindenweg 4\t35037\tX", "村3组", "12 Oak St\nTopeka. KS 66603")
}

// TestAddressRound6: the next line of a boxed block, a highway named by
// its number, a grid address with its directions written out, a rural
// route written "R.R.", and a Chinese rural address named down to its
// village without a house number.
func TestAddressRound6(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		// A block whose lines all open with a bar.
		{"| Tom Reyes\n|  410 Orchard Ln\n|  Boise, ID 83702\n", []string{"410 Orchard Ln\n|  Boise, ID 83702"}},
		{"  | 410 Orchard Ln\n  | Boise, ID 83702", []string{"410 Orchard Ln\n  | Boise, ID 83702"}},
		// A bar that opens only the next line is a table's, not the block's.
		{"Ship to 410 Orchard Ln\n| Boise, ID 83702 |", []string{"410 Orchard Ln"}},
		// A highway or route by its number alone.
		{"a crash near 5120 Highway 61 Unit 4 on Friday", []string{"5120 Highway 61 Unit 4"}},
		{"SHIP: 77 HWY 12 BEMIDJI, MN 56601", []string{"77 HWY 12 BEMIDJI, MN 56601"}},
		{"Since 1926 Route 66 has crossed eight states.", nil},
		// Grid directions as words.
		{"Send it to 450 South 1300 East, Salt Lake City, UT 84102.", []string{"450 South 1300 East, Salt Lake City, UT 84102"}},
		{"office at 95 N 400 West, Provo, UT 84601", []string{"95 N 400 West, Provo, UT 84601"}},
		// A rural route with periods.
		{"Mail: R.R. 2 Box 118, Ames, IA 50010", []string{"R.R. 2 Box 118, Ames, IA 50010"}},
		// A hyphenated word of a street's name.
		{"Write to 88 Twenty-Third Ave, Moline, IL 61265.", []string{"88 Twenty-Third Ave, Moline, IL 61265"}},
		// A scanner's period for the comma before the state.
		{"12 Oak St\nTopeka. KS 66603\n", []string{"12 Oak St\nTopeka. KS 66603"}},
		{"12 Oak St\nTopeka. KS is far", []string{"12 Oak St"}},
		// A scanner's "0" and "1" for "o" and "l" in the city.
		{"90 Elm St\nT0ledo, OH 43604\n", []string{"90 Elm St\nT0ledo, OH 43604"}},
		{"Lindenweg 3\n30159 Hann0ver\n", []string{"Lindenweg 3\n30159 Hann0ver"}},
		// A unit "# 12" typed in lower case.
		{"we moved to 40 elm st # 12, erie, pa 16501 :)", []string{"40 elm st # 12, erie, pa 16501"}},
		// A rural address read by its divisions.
		{"家住江苏省徐州市沛县龙固镇张庄村二组的老人", []string{"江苏省徐州市沛县龙固镇张庄村二组"}},
		{"户籍：云南省大理白族自治州宾川县金牛镇宾居村", []string{"云南省大理白族自治州宾川县金牛镇宾居村"}},
		{"收货地址：内蒙古自治区赤峰市宁城县天义镇富裕村。", []string{"内蒙古自治区赤峰市宁城县天义镇富裕村"}},
		// Northern German street types.
		{"Lieferung an Kirchentwiete 7, 22765 Hamburg", []string{"Kirchentwiete 7, 22765 Hamburg"}},
		{"Wir wohnen am Stadtgraben 12 a.", []string{"Stadtgraben 12 a"}},
		// A care-of line between the street and the postcode.
		{"Rosenweg 3, c/o Familie Brandt, 24103 Kiel", []string{"Rosenweg 3, c/o Familie Brandt, 24103 Kiel"}},
		{"Am Hang 9\nc/o Praxis Dr. Lenz\n35037 Marburg\n", []string{"Am Hang 9\nc/o Praxis Dr. Lenz\n35037 Marburg"}},
		// A label with a note in parentheses names the street's field.
		{"Wohnort (Straße, Hausnr.): Beim Alten Zoll 4\n", []string{"Beim Alten Zoll 4"}},
		// A street opened by a preposition after a person's name and a comma.
		{"Die Schlüssel hat jetzt Frau Petra Hahn, Im Grund 17.", []string{"Im Grund 17"}},
		{"Kapitel 4, Im Jahr 2020 begann alles.", nil},
		// A village's group numbered in digits; a house number after it
		// is read with it.
		{"住址：山东省菏泽市曹县青堌集镇王楼村3组", []string{"山东省菏泽市曹县青堌集镇王楼村3组"}},
		{"住址：山东省菏泽市曹县青堌集镇王楼村3组18号", []string{"山东省菏泽市曹县青堌集镇王楼村3组18号"}},
		// "Kamp" ends northern street names; "Hann. Münden" is one city.
		{"Baustelle: Schulkamp 14\n", []string{"Schulkamp 14"}},
		{"Lange Str. 2, 34346 Hann. Münden", []string{"Lange Str. 2, 34346 Hann. Münden"}},
		// A street's XML element.
		{"<strasse>Auf der Heide 5</strasse><plz>", []string{"Auf der Heide 5"}},
		// A capitalised preposition inside a sentence opens a street.
		{"Die Feier findet statt, Unter den Ulmen 8. Bitte pünktlich.", []string{"Unter den Ulmen 8"}},
		{"die Bewohner des Hauses Am Teich 21, bitte beachten", []string{"Am Teich 21"}},
		{"Seite 4. Am Ende 3.", nil},
		// The postcode and the city in cells of their own: the street's
		// cell alone is the address, as the newer corpora label a record
		// whose fields keep them apart (session 17).
		{"Meier;Am Hang 4;35037;Marburg\n", []string{"Am Hang 4"}},
		{"Roth\tBirkenweg 9\t24103\tKiel\n", []string{"Birkenweg 9"}},
		// A street field keyed in English.
		{`{"street": "Vor dem Tore 3", "zip": "37073"}`, []string{"Vor dem Tore 3"}},
		// Divisions without a village are a region, not an address.
		{"他在江苏省徐州市沛县龙固镇工作", nil},
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
