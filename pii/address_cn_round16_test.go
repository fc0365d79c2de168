package pii

import (
	"slices"
	"testing"
)

// TestAddressRound16EstateZH: an estate's building and room with no road
// after a district, a label or filling a field; not a kindergarten, a
// meeting's room in an office building, a chat group's name. And the
// German and US shapes read on the same corpus: a river after the town,
// a quarter's compass point, a flat after " / ", a CSV row's street.
func TestAddressRound16EstateZH(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"1）臧永丽来电，家住临港新区纺织厂宿舍7-2-2504，要清运装修垃圾\n", []string{"临港新区纺织厂宿舍7-2-2504"}},
		{"田玉，住经开区东方名苑7栋3单元2004室。\n", []string{"经开区东方名苑7栋3单元2004室"}},
		{"回函地址：滨海新区幸福里10幢904\n", []string{"滨海新区幸福里10幢904"}},
		{"栾涛娜\t75\t金桂园20幢1302\t午餐\n", []string{"金桂园20幢1302"}},
		{"碧桂园8栋邻居\n物业：各位好\n", nil},
		{"入住沐阳市第二实验幼儿园72号楼。\n", nil},
		{"地点：嘉禾大厦12层会议室\n", nil},
		{"Birkenweg 13, Whg. 24, 09136 Frankenau (Eder)\n", []string{"Birkenweg 13, Whg. 24, 09136 Frankenau (Eder)"}},
		{"Schlehenweg 42, 34173 Kassel (Praktikumsgeber)\n", []string{"Schlehenweg 42, 34173 Kassel"}},
		{"Kastanienpfad 98, 16092 Birkenwerder West (Schuldner),\n", []string{"Kastanienpfad 98, 16092 Birkenwerder West"}},
		{"Fuchsstraße 92 / App. 12\n", []string{"Fuchsstraße 92 / App. 12"}},
		{"C,60,Knot Working,Emma Anderson,29166 NE 89th St,Arroyo Seco NM,74175\n", []string{"29166 NE 89th St"}},
		{"29166 NE 89th St, Arroyo Seco, NM 74175\n", []string{"29166 NE 89th St, Arroyo Seco, NM 74175"}},
	} {
		if got := addrSpansRound11(tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("%q:\n got  %q\n want %q", tc.text, got, tc.want)
		}
	}
}
