package pii

import (
	"slices"
	"testing"
)

// TestNamesZH13: the parts of a Chinese name found earlier in the text.
func TestNamesZH13(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		// The given name alone, the one-character given name and 小 and the
		// surname as fields of their own, after the full name.
		{"姓名：顾丽怡\n外号：小顾\n留言：丽怡，毕业快乐！\n", []string{"顾丽怡", "小顾", "丽怡"}},
		{"姓名：周芳\n留言：芳，毕业快乐！\n", []string{"周芳", "芳"}},
		{"联系人：陈晓燕\n老师：晓燕今天请假一天\n", []string{"陈晓燕", "晓燕"}},
		// The full name again where no rule's context holds.
		{"证人：田天佑\n答：那天晚上我跟田天佑吃饭\n", []string{"田天佑", "田天佑"}},
		// Not inside a word, nor without a full name before.
		{"联系人：邓国庆\n国庆节快乐\n", []string{"邓国庆"}},
		{"晓燕今天请假一天\n外号：小顾\n", nil},
		{"姓名：王一\n一、通报\n", []string{"王一"}},
		// A surname alone before a form of address, not inside a word.
		{"接单师傅：段欣怡\n", []string{"段欣怡"}},
		{"你是一个活泼开朗的孩子，乐于帮助同学。\n", nil},
		{"感谢钱大妈提供饮用水。\n", nil},
		{"感谢张大妈提供饮用水。\n回访：曾大爷表示满意\n", []string{"张", "曾"}},
		{"后来石先生过来说\n", []string{"石"}},
		{"楼上邻居于师傅家漏水\n", []string{"于"}},
		{"您预约的于沐阳医生门诊\n", []string{"于沐阳"}},
	} {
		if got := zh12Names(Default, tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}
