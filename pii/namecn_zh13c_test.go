package pii

import (
	"slices"
	"testing"
)

// TestNamesZH13c: a given name alone in a list, a vocative, a message's
// subject and after the speaker's kin.
func TestNamesZH13c(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"#接龙\n1. 艳 可开车\n2. 徐伟 带孩子\n3. 平\n", []string{"艳", "徐伟", "平"}},
		{"7\n00:03:11,400 --> 00:03:14,000\n娟，你先别走\n", []string{"娟"}},
		{"五年级1班家长群\n蓝老师：梦琪今天请假一天，发烧了\n许老师：洋今天请假一天\n", []string{"蓝", "梦琪", "许", "洋"}},
		{"我爸在林业局上班。我姐丽娟现在还住那儿。\n", []string{"丽娟"}},
		// Not a person.
		{"#购物清单\n1. 米\n2. 油\n", nil},
		{"好，你先走\n", nil},
		{"备注：明天到货\n通知：今天停水\n", nil},
		{"我姐姐现在还住那儿。我哥今天回来。\n", nil},
		// A label's value that begins with a place, a dish or a brand, and a
		// household's columns.
		{"报销人：杜涛\n- 招待客户：白云机场停车费 ¥1674.00\n- 招待客户：宫保鸡丁等 ¥647.00\n- 招待客户：周大福礼品 ¥1506.00\n", []string{"杜涛"}},
		{"户主  人口  金额(元)\n慕容凯  7  57\n", []string{"慕容凯"}},
		{"家庭成员：\n  裴桂英  父亲  在校学生  残疾\n", []string{"裴桂英"}},
	} {
		if got := zh12Names(Default, tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}
