package pii

import (
	"slices"
	"testing"
)

func init() {
	addressSeeds = append(addressSeeds, "调解员罗一帆已到场", "由沙马阿呷负责", "致谢伊力·买买提江", "、韦总说")
}

// TestNamesRound9CN: a person between a role's word (or a clause's lead)
// and a word that follows a person; Yi names; a dotted name after a word.
func TestNamesRound9CN(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		// A role's word right before the person.
		{"纠纷由人民调解员罗一帆主持调解。\n", []string{"罗一帆"}},
		{"有事请找村委会江亦舟。\n", []string{"江亦舟"}},
		{"值班民警贺一鸣，电话110。\n", []string{"贺一鸣"}},
		// A clause's lead and a verb after the person.
		{"本次活动由温晓禾负责统筹。\n", []string{"温晓禾"}},
		{"我司受岑可欣委托，发出此函。\n", []string{"岑可欣"}},
		// A verb that follows a person after a role's word.
		{"社区网格员庞子墨会上门核对。\n", []string{"庞子墨"}},
		// A surname alone before 总 (a manager) that opens a clause.
		{"会议纪要\n一、韦总介绍了新项目进展。\n", []string{"韦"}},
		{"一、高总结了经验。\n", nil},
		// Not a person: a fee, a conjunction.
		{"本月物业费共计320元。\n", nil},
		{"由于天气原因负责人临时取消活动。\n", nil},
		// A Yi or Uyghur name after a role or a lead.
		{"由沙马阿呷负责联络。\n", []string{"沙马阿呷"}},
		{"理赔员阿布都拉已于周一到场。\n", []string{"阿布都拉"}},
		{"负责人：吉克石布\n", []string{"吉克石布"}},
		// A dotted name after a word that ends in a transliteration
		// character.
		{"特别感谢伊力·买买提江的帮助\n", []string{"伊力·买买提江"}},
		{"参会：阿迪力·吾守尔\n", []string{"阿迪力·吾守尔"}},
	} {
		var got []string
		for _, f := range rulesOnly.DetectString(tc.text) {
			if f.Type == PersonName {
				got = append(got, tc.text[f.Start:f.End])
			}
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q:\n got  %q\n want %q", tc.text, got, tc.want)
		}
	}
}
