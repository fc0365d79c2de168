package pii

import (
	"slices"
	"testing"
)

// TestNamesZH12b: minority names in a run, a judgment's parties, a
// neighbour's home, a parcel's signing places, and forms of address.
func TestNamesZH12b(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		// A minority name of parts, wherever the run has it.
		{"答：我下班回家，发现邻居扎西顿珠家的门开着。\n", []string{"扎西顿珠"}},
		{"【派送中】快递员次仁卓玛正在派送\n", []string{"次仁卓玛"}},
		{"阿不都热合曼爸爸：老师，孩子的作业交了。\n", []string{"阿不都热合曼"}},
		{"尊敬的医院领导：\n我是乌兰图雅，住在上海。\n", []string{"乌兰图雅"}},
		{"种的格桑花开了。\n", nil},
		{"呼和浩特市\n", nil},
		// A shorter one after a self-introduction or a role.
		{"我叫莫日根，来自内蒙古。\n", []string{"莫日根"}},
		{"感谢莫日根师傅的帮助。\n", []string{"莫日根"}},
		{"扎西德勒！\n", nil},
		// A judgment's parties before the cause of action.
		{"原告张强与被告魏熙房屋租赁合同纠纷一案\n", []string{"张强", "魏熙"}},
		{"原告何小平诉被告钱国庆民间借贷纠纷一案\n", []string{"何小平", "钱国庆"}},
		{"上诉人高强因与被上诉人陈静离婚纠纷一案\n", []string{"高强", "陈静"}},
		{"原告陈梓静与被告阿依古丽·买买提房屋租赁合同纠纷\n", []string{"陈梓静", "阿依古丽·买买提"}},
		{"原告方与被告方就合同纠纷达成和解。\n", nil},
		// A neighbour's home, not a family.
		{"发现邻居何勇秀家的门开着\n", []string{"何勇秀"}},
		{"邻居王家的狗叫了一夜。\n", nil},
		// 朴, the Korean-Chinese surname.
		{"被询问人签名：朴成浩\n", []string{"朴成浩"}},
		// A parcel's signing places are no person.
		{"【已签收】签收人：门卫\n", nil},
		{"【已签收】签收人：丰巢快递柜\n", nil},
		// A firm after a list of people.
		{"委托诉讼代理人：梁文，金诚同达律师事务所律师。\n", []string{"梁文"}},
		// A landmark or a fictional figure in a record's field, rules or model.
		{`{"receiver":"李娜","note":"东方明珠"}` + "\n", []string{"李娜"}},
		{`{"receiver":"李娜","note":"孙悟空"}` + "\n", []string{"李娜"}},
		// A given name alone that opens a line and calls the one spoken to.
		{"7\n00:03:10,400 --> 00:03:14,000\n俊杰，你先别走\n", []string{"俊杰"}},
		{"晓燕，您慢走。\n", []string{"晓燕"}},
		{"青春，你好！\n世界，你好！\n同学，你好。\n", nil},
		{"他说俊杰，你先别走\n", nil},
		// A given name alone that signs a line after a dash.
		{"2019.7.16  下次还来！周末人太多了。 ——淑芬\n2020.1.2  好\n", []string{"淑芬"}},
		{"——建华\n", []string{"建华"}},
		{"——青春\n", nil},
		{"——建华来了\n", nil},
		// 护士长 after a surname alone.
		{"马俊医生和上官护士长悉心照料\n", []string{"马俊", "上官"}},
		{"设立护士长岗位。\n", nil},
	} {
		if got := zh12Names(Default, tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}
