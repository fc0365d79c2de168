package pii

import (
	"slices"
	"testing"
)

// TestNamesZH16: a child's given name before its parent's word, a given
// name after "@", kin before a person, a head speaking by the given name,
// an elder before 老人, a certificate's person before an ID number, 本人
// before a date, the one paid for after 代, 老 or 小 and a surname after a
// room or a tradesman, rare surnames in a record's slots, a person before
// a title of office; and the near-misses of each.
func TestNamesZH16(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"3. 请 @小兵爸爸 @一凡家长 私信我\n", []string{"小兵", "一凡"}},
		{"例：跃进妈妈 3栋 2份\n凡凡外婆：收到\n", []string{"跃进", "凡凡"}},
		{"班长家长：请把地址发给我\n", nil},
		{"3. @亚男 13号楼6单元1103 4份\n", []string{"亚男"}},
		{"3. @客服 13号楼\n@群主 请通过\n", nil},
		{"独居老人，女儿悦然每周探望\n已婚，爱人利清妍。\n", []string{"悦然", "利清妍"}},
		{"其配偶毛蓉与其共同居住。\n", []string{"毛蓉"}},
		{"女儿节快乐\n孩子健康成长\n", nil},
		{"团长雪莹：明天统一送到\n【驿站通知】店长冰冰：驿站已搬\n", []string{"雪莹", "冰冰"}},
		{"团长说：明天送到\n店长推荐：红烧肉\n", nil},
		{"9号楼的邓跃进老人也赶来参加。\n", []string{"邓跃进"}},
		{"社区的孤寡老人也赶来参加。\n", nil},
		{"兹有杭萌萌（身份证号：277871652619）\n", []string{"杭萌萌"}},
		{"兹有一批货物（身份证明另附）\n", nil},
		{"本人倪北辰于2021年4月6日在中山大学丢失\n", []string{"倪北辰"}},
		{"本人身体健康于2021年\n", nil},
		{"代宏伟交学费\n代收快递\n", []string{"宏伟"}},
		{"时代广场交付\n", nil},
		{"28幢606室 小罗\n维修师傅老黎。\n", []string{"罗", "黎"}},
		{"28幢606室 小区\n1. 小胡 4份\n", nil},
		{"链家经纪人支立军。\n租户郝耀祖已登记\n", []string{"支立军", "郝耀祖"}},
		{"志愿者服务队\n", nil},
		{"被告：终欣怡，女，1982年2月出生\n", []string{"终欣怡"}},
		{"兹有闫可欣（身份证号：902574275464）\n", []string{"闫可欣"}},
		{"遗失钱包。内有黎凡凡的银行卡。\n", []string{"黎凡凡"}},
		{"遗失钱包。内有现金的银行卡。\n", nil},
		{"【菜鸟驿站】帅玉洁您好，您的包裹\n【菜鸟驿站】太史玉婷您好\n", []string{"帅玉洁", "太史玉婷"}},
		{"【菜鸟驿站】您好，您的包裹\n", nil},
		{"收到，谢谢植老师！\n复诊挂万主任号。\n", []string{"植", "万"}},
		{"收到，谢谢全体老师！\n", nil},
		{"如有疑问请联系管家庄主管或维修师傅老黎。\n直属上级：越总；\n", []string{"庄", "黎", "越"}},
		{"如有疑问请联系管家服务中心。\n上级：总公司\n", nil},
		{"证人卢豆豆出庭作证。\n导师：井悦悦教授\n", []string{"卢豆豆", "井悦悦"}},
		{"证人证言\n", nil},
		{"日期 | 对方 | 附言\n05-22 | 山豆豆 | 货款\n", []string{"山豆豆"}},
		{"公证书\n大家向前看，别灰心。\n", nil},
		{"代知秋交学费\n", []string{"知秋"}},
		{"15栋3单元1103室 续玉琴女士\n家孙经理或维修师傅老万。\n", []string{"续玉琴", "孙", "万"}},
		{"其配偶通刚与其共同居住。\n内有廖卓然的病历本。\n", []string{"通刚", "廖卓然"}},
		{"孩子都爱吃\n能老师帮我看看吗\n维修师傅老于。\n", nil},
		{"我和女儿欣怡去了公园。\n替李娜交电费\n", []string{"欣怡", "李娜"}},
		{"我和女儿回家了。\n代替交通工具\n", nil},
		{"3. 请 @耀祖奶奶 私信我\n3. 小燕奶奶 19号楼\n", []string{"耀祖", "小燕"}},
		{"问一下李奶奶\n", []string{"李"}},
		{"导师：广锦程教授\n尊敬的沿桂先生，您好\n", []string{"广锦程", "沿桂"}},
		{"导师：程教授\n尊敬的都市先生\n", []string{"程"}},
		{"会议由刘建国书记主持。\n张伟局长出席了会议。\n王书记说\n", []string{"刘建国", "张伟", "王"}},
		{"史书记载了这件事。\n纪委书记在会上讲话。\n文学博士学位\n他是个大老板。\n", nil},
		{"请把材料交给雨桐。\n多亏了浩宇帮忙。\n明天和欣妍一起去。\n", []string{"雨桐", "浩宇", "欣妍"}},
		{"请把文件交给财务。\n这笔钱还给国家。\n把信转交美国的朋友。\n我和家人一起去。\n多亏大家帮忙。\n", nil},
		{"三等奖：向可欣  汤晨曦  容美琳\n", []string{"向可欣", "汤晨曦", "容美琳"}},
		{"三等奖：向可欣  计划书\n王芳  山东  济南\n", []string{"向可欣", "王芳"}},
		{"我爱人山东人\n邻居广东人说\n证人公安局\n", nil},
		{"孩子学习很努力，女儿画画很好。\n", nil},
		{"同事容美琳可作证。\n街道办主任严来娣出席。\n", []string{"容美琳", "严来娣"}},
		{"同事关系很好\n校长办公会议\n主任医师查房\n书记员记录\n", nil},
		// Runs at the text's first bytes.
		{"山医生", nil},
		{"1 小罗\n", []string{"罗"}},
		{"a 小罗\n", nil},
		{"村4组64号的屈伟老人也来了。\n女儿悦悦每周探望\n", []string{"屈伟", "悦悦"}},
		{"被告单位与原告方达成和解。\n今天妈妈：做饭\n新手妈妈：求助\n", nil},
	} {
		if got := zh12Names(Default, tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}
