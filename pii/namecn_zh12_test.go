package pii

import (
	"slices"
	"testing"
)

// zh12Names returns the names d finds in text.
func zh12Names(d *Detector, text string) []string {
	var got []string
	for _, f := range d.DetectString(text) {
		if f.Type == PersonName {
			got = append(got, text[f.Start:f.End])
		}
	}
	return got
}

// TestNamesZH12: a preposition before a word of time is no surname, and
// a transliterated name's part after the dot is read whole.
func TestNamesZH12(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		// "于" before a word of time is a preposition (model and rules).
		{"韩氏家谱·第22世\n韩欣怡，字娟霞，生于民国14年，娶朱学军。\n", []string{"韩欣怡"}},
		{"该寺始建于清朝中期，毁于民国初年。\n", nil},
		{"会议定于今年十月召开。\n", nil},
		// Transliterated names, whole.
		{"联系人：伊万·彼得罗夫（女儿）\n", []string{"伊万·彼得罗夫"}},
		{"提交人：艾尔肯·吐尔洪\n", []string{"艾尔肯·吐尔洪"}},
		{"患者姓名：阿布都热合曼·依明  性别：女\n", []string{"阿布都热合曼·依明"}},
		{"主持人：业委会主任安东尼·怀特\n", []string{"安东尼·怀特"}},
		{"主演：约翰·史密斯等人。\n", []string{"约翰·史密斯"}},
		{"中国·北京\n", nil},
	} {
		if got := zh12Names(Default, tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("%q:\n got  %q\n want %q", tc.text, got, tc.want)
		}
	}
}
