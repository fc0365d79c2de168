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
		{"韩氏家谱·第22世\n韩欣怡，字娟霞，生于民国14年，娶朱学军。\n", []string{"韩欣怡", "朱学军"}}, // 娶X (namecn_zh15.go)
		{"该寺始建于清朝中期，毁于民国初年。\n", nil},
		{"会议定于今年十月召开。\n", nil},
		// Transliterated names, whole.
		{"联系人：伊万·彼得罗夫（女儿）\n", []string{"伊万·彼得罗夫"}},
		{"提交人：艾尔肯·吐尔洪\n", []string{"艾尔肯·吐尔洪"}},
		{"患者姓名：阿布都热合曼·依明  性别：女\n", []string{"阿布都热合曼·依明"}},
		{"主持人：业委会主任安东尼·怀特\n", []string{"安东尼·怀特"}},
		{"主演：约翰·史密斯等人。\n", []string{"约翰·史密斯"}},
		{"中国·北京\n", nil},
		{"去找巴特尔·朝鲁，在东湖区\n", []string{"巴特尔·朝鲁"}},
		{"1|扎西·顿珠|迟旭|维修\n", []string{"扎西·顿珠", "迟旭"}},
		{"25栋业主艾尔肯·吐尔洪发言：物业不到位。\n", []string{"艾尔肯·吐尔洪"}},
		{"周二：白班 格桑梅朵，夜班 严俊杰\n", []string{"格桑梅朵", "严俊杰"}},
		// A header's label and a field word; a job's terms.
		{"学生名册\n序号,姓名,家长\n", nil},
		{"学生：张伟\n", []string{"张伟"}},
		{"诚聘服务员若干名，包食宿。\n工作地点：北京\n", nil},
		{"诚聘厨师，包吃住，月薪面议。\n", nil},
		{"联系人，包晓明。\n", []string{"包晓明"}},
		// A given name alone where the text says it is a person.
		{"设计师：思琪\n", []string{"思琪"}},
		{"提交人：浩然\n", []string{"浩然"}},
		{"@奶茶续命790：回复思远：老干妈拌饭yyds\n", []string{"思远"}},
		{"回复王芳：好的\n", []string{"王芳"}},
		{"回复@雨桐：同意\n", []string{"雨桐"}},
		{"客服：晓燕\n", []string{"晓燕"}},
		{"回复内容：已处理\n回复信息：收到\n", nil},
		{"回复方式：电话\n", nil},
		{"回复高赞：说得对\n", nil},
		{"面试请联系店长，或将简历发给人事梓轩。\n", []string{"梓轩"}},
		{"今日团购：鸭脖\n1. 周俊杰 30栋 2份\n2. 德华 2栋 3份\n", []string{"周俊杰", "德华"}},
		{"设计风格：现代\n", nil},
		{"联系人：同上\n", nil},
		{"发起人：匿名\n", nil},
		{"擅长：英文\n", nil},
		{"专长：钢琴\n", nil},
		{"团长：淑珍\n", []string{"淑珍"}},
		{"负责人：本人\n", nil},
		{"监护人：父母\n", nil},
		{"负责人：待定\n", nil},
		{"回复：收到\n", nil},
		{"请把材料发给人事部门。\n", nil},
		{"今日团购：水果\n1. 苹果 3斤\n2. 香蕉 2斤\n", nil},
		{"操作员：春天\n", nil},
		// A surname alone before 总 that ends the run.
		{"有意者请联系店长卢总，面试地点：北京\n", []string{"卢"}},
		{"经历：曾在周大福任职，汇报给郭总\n", []string{"郭"}},
		{"本月数据汇总。\n", nil},
		{"请将报表交给副总。\n", nil},
		{"这事得问老总。\n", nil},
		// A surname alone after 小 or 老.
		{"登记人：物业小贾\n", []string{"贾"}},
		{"如有异议请联系学工处老皇甫，谢谢。\n", []string{"皇甫"}},
		{"{\"courier\":\"老丁\"}\n", nil},
		{"小王：中午吃火锅吗\n", nil},
		{"我们住在小区。\n", nil},
		{"小区：阳光花园\n", nil},
		{"等了一小时。\n", nil},
		{"他是个老好人，今年是小满。\n", nil},
		// A person after a word of kin or role inside a sentence.
		{"田浩然：我师父沈秀常说，东坡肉要慢火。\n", []string{"田浩然", "沈秀"}},
		{"我师父欧阳永福当年手把手教我。\n", []string{"欧阳永福"}},
		{"我妈何伟民做的宫保鸡丁一绝\n", []string{"何伟民"}},
		{"5栋业主扎西顿珠发言：物业不到位。\n", []string{"扎西顿珠"}},
		{"我妈做的菜最好吃。\n", nil},
		{"原告于刚与被告某科技有限公司劳动争议一案\n", []string{"于刚"}},
		{"被告单位与原告方达成和解。\n", nil},
		{"被告人当庭认罪。\n", nil},
		{"师父常说，手艺要跟着人走。\n", nil},
		{"我爸当年在工厂上班。\n", nil},
	} {
		if got := zh12Names(Default, tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("%q:\n got  %q\n want %q", tc.text, got, tc.want)
		}
	}
}
