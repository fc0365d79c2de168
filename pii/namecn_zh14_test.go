package pii

import (
	"slices"
	"testing"
)

// TestNamesZH14: a person in a firm slot (a role before them, a list's next
// item, the one spoken to, an item of minutes, a chat's speaker, a field),
// whose name is of a word's shape: a given name that is a word ("来福",
// "向东"), a rare surname ("强", "原"), given characters names seldom use.
func TestNamesZH14(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"昨晚楼道里很吵，邻居韩承志称听到有人敲门。\n", []string{"韩承志"}},
		{"包裹显示已签收，签收人为贺楚，我并不认识。\n", []string{"贺楚"}},
		{"那套房子的房东叫强丽，人还不错。\n", []string{"强丽"}},
		{"事发后民警原晓晨、彭有才到场调查。\n", []string{"原晓晨", "彭有才"}},
		{"麻烦你跟鲁旭说一声，会议改到周五。\n", []string{"鲁旭"}},
		{"会议纪要\n一、柯向东汇报本月进度。\n二、原仲文负责对接客户。\n", []string{"柯向东", "原仲文"}},
		{"小组群\n郑来福 08:15\n我到了\n", []string{"郑来福"}},
		{"[12:03] 强蓓：大家好\n", []string{"强蓓"}},
		{"讣告\n\n柯向东同志因病逝世。\n", []string{"柯向东"}},
		{"内科门诊：蔡如意副主任医师\n", []string{"蔡如意"}},
		{"预约成功：外科孔思远副主任医师门诊\n", []string{"孔思远"}},
		{"队员名单\n号码  姓名  职位\n7  原春生  前锋\n", []string{"原春生"}},
		{"出租方（甲方）：沿明\n", []string{"沿明"}},
		{"谢谢卢有福！\n", []string{"卢有福"}},
		{"杭向阳老师：请大家准时到校。\n", []string{"杭向阳"}},
		{"邻居汪来喜、原桂兰一起帮忙。\n", []string{"汪来喜", "原桂兰"}},
		// Not a person: words that begin with a rare surname's character or
		// a given name that is a word, a column's heading, a food.
		{"原文：今天天气很好\n", nil},
		{"我们一直向东走，沿海的城市很多。\n", nil},
		{"祝您万事如意，吉祥如意！\n", nil},
		{"序号  姓名  位置\n", nil},
		{"附言：顺便问问朱古力还有没有。\n", nil},
		{"强烈建议跟大家说清楚。\n", nil},
		{"谢谢关注！\n", nil},
		{"余额：20元\n任务：完成报表\n高温：注意防暑\n", nil},
		{"犯罪嫌疑人李某已被刑拘。\n", nil},
		{"民警分别询问了情况，保安立即报警。\n", nil},
	} {
		if got := zh12Names(Default, tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}
