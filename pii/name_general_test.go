package pii

import (
	"slices"
	"testing"
)

// TestNamesByLexiconPair: a known given name and a known surname side by
// side are found whatever the format around them (columns, stacked lines,
// capitals, surname first), and what only looks like such a pair is not.
// Each positive case failed before this round (namepair.go, and the
// Chinese edges and role nouns in namecn.go).
func TestNamesByLexiconPair(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string // "person_name:value", in order
	}{
		// Columns of a fixed-width roll: two fields, two findings.
		{"GARCIA        JASON          7123 PINE HWY\n", []string{"person_name:GARCIA", "person_name:JASON"}},
		{"Kowalski        Stefanie    Buchhaltung\n", []string{"person_name:Kowalski", "person_name:Stefanie"}},
		// Stacked lines.
		{"HELLO my name is\nEVELYN\nHudson\n", []string{"person_name:EVELYN", "person_name:Hudson"}},
		// One name: a memo in capitals, a register's surname first.
		{"ZELLE PAYMENT TO CALEB SNYDER CONF# 5507X702", []string{"person_name:CALEB SNYDER"}},
		{"1b) Seidel, Brigitte – je zur Hälfte –", []string{"person_name:Seidel, Brigitte"}},
		{"Patient: DE LA GARZA, LISA R    MRN: 55976763", []string{"person_name:DE LA GARZA, LISA R"}},
		// A surname that is also a word, after a given name that is not.
		{"bescheinigt, dass Dörte König, geboren am 10.01.1988", []string{"person_name:Dörte König"}},
		// A known surname alone after a word for a person, a key of one,
		// or beside a caption's "v.".
		{"Den Kirchenkaffee organisiert Familie Müller.", []string{"person_name:Müller"}},
		{"Delivered. Received by: FLORES\n", []string{"person_name:FLORES"}},
		{"Case 1:25-cv-77360  GONZALEZ v. MURPHY\n", []string{"person_name:GONZALEZ", "person_name:MURPHY"}},
		{"Die Familie Sommer fährt weg.", nil},
		// Not a person: brands in any case, a place named after one, a
		// list, a compound, a job title's column.
		{"ONLINE TRANSFER TO CHARLES SCHWAB XXXXXX1190", nil},
		{"The Eli Lilly plant is hiring again.", nil},
		{"The store on Martin Luther King Jr Blvd now carries it.", nil},
		{"I read an Anthony Burgess novel.", nil},
		{"Schulze-Wierling Sophie      Fischer/in Aquakultur\n", nil},
		// Chinese: brackets, an amount after a name, a role noun before
		// one and a verb after it (namecn.go).
		{"本报讯（记者 杨振华）9月19日", []string{"person_name:杨振华"}},
		{"捐款如下：张宇650元、熊磊500元。", []string{"person_name:张宇", "person_name:熊磊"}},
		{"快递员王强告诉记者", []string{"person_name:王强"}},
		{"原告王敏诉你买卖合同纠纷一案", []string{"person_name:王敏"}},
		{"女儿天天玩王者荣耀。", nil},
		{"承租方（乙方）：上官桂芳\n", []string{"person_name:上官桂芳"}},
	} {
		var got []string
		for _, f := range rulesOnly.DetectString(tc.text) {
			if f.Type == PersonName {
				got = append(got, f.Type.String()+":"+tc.text[f.Start:f.End])
			}
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q:\n got  %q\n want %q", tc.text, got, tc.want)
		}
	}
}
