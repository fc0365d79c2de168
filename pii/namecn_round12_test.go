package pii

import (
	"slices"
	"testing"
)

func init() {
	addressSeeds = append(addressSeeds, "，配方雅琴，生子", "评语：子墨，你", "文/龚思远 实习生", "师姐次仁卓嘎在")
}

// TestNamesRound12CN: a person after a word of relation or role, a verb
// that takes a person, a byline's or a form's role, a report card's
// address, and a clause's speaker; the words that only look so.
func TestNamesRound12CN(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		// Kinship and relation words.
		{"谢谢我的丈夫闵志远，一直支持我。\n", []string{"闵志远"}},
		{"感谢师弟谭宇航、师妹殷若溪的帮助。\n", []string{"谭宇航", "殷若溪"}},
		{"手术同意书由其子祁明哲签字。\n", []string{"祁明哲"}},
		{"第五世  卜文渊，配邬雅琴，生子卜承德。\n", []string{"卜文渊", "邬雅琴", "卜承德"}},
		// Roles in a program or a paper.
		{"本期节目收到了观众樊思彤的留言。\n", []string{"樊思彤"}},
		{"致谢：衷心感谢导师郜立群教授。\n", []string{"郜立群"}},
		{"师姐次仁卓嘎在数据上给了很多建议。\n", []string{"次仁卓嘎"}},
		// A verb that takes a person, the person ending the clause.
		{"这个问题你去问鲍晓婷。\n", []string{"鲍晓婷"}},
		{"这道菜要配方便面。\n", nil},
		{"出门记得找零钱。\n", nil},
		// A byline's or a form's role before the run.
		{"文/龚思远 实习生 糜佳怡\n", []string{"龚思远", "糜佳怡"}},
		{"主持人：贝雨桐\n", []string{"贝雨桐"}},
		// A report card speaks to the pupil by the given name.
		{"期末评语：子墨，你这学期很努力。\n", []string{"子墨"}},
		{"亲爱的桐，你上课很专注。\n", []string{"桐"}},
		{"温馨提示：明天，你要早到。\n", nil},
		// A speaker who opens a clause.
		{"谈到家乡，符嘉怡显得很激动。\n", []string{"符嘉怡"}},
		// Words that begin or end with a surname's character.
		{"凌晨已报告值班医生处理。\n", nil},
		{"祖居：江苏\n", nil},
		{"我家养了一只柴犬\n柴犬\n", nil},
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

// TestSisterWordCN12: "师姐" is a word of school, not the surname 师 and 姐.
func TestSisterWordCN12(t *testing.T) {
	for _, f := range rulesOnly.DetectString("谢谢师姐，帮了大忙。\n") {
		if f.Type == PersonName {
			t.Errorf("found %v", f)
		}
	}
}
