package unseen

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// zhNegatives hold brands and companies named after people (李宁, 王老吉,
// 老干妈, 张小泉, 周大福, 马应龙), institutions and roads named after people
// (中山大学, 鲁迅公园, 孔子学院), places that begin with a surname character
// (黄山, 张家界), and common words that begin with one (王国, 高兴, 张开, 黄金,
// 马上, 周末, 方便, 金额, 石油, 向前, 万一, 于是, 常常, 陈皮, 高铁, 林业); none
// holds a label.
var zhNegatives = []string{
	"今天特别高兴，终于收到了。",
	"孩子在看一本关于海底王国的童话书。",
	"请张开嘴，说“啊”。",
	"最近黄金价格涨得厉害。",
	"李宁的新款跑鞋穿着很舒服。",
	"天热了，来一罐王老吉吧。",
	"冰箱里还有半瓶老干妈。",
	"张小泉的剪刀用了十年还很快。",
	"周大福的金镯子打了九折。",
	"马应龙的药膏效果不错。",
	"马上就到，稍等一下。",
	"周末一起去黄山爬山吧。",
	"方便的话请回个电话。",
	"订单金额已经退回原账户。",
	"石油价格下跌，油费便宜了。",
	"大家向前看，别灰心。",
	"万一下雨，活动改到室内。",
	"于是我们就改签了高铁。",
	"常常有人问这个问题。",
	"煮汤的时候放点陈皮。",
	"他在林业局上班。",
	"暑假去张家界玩了三天。",
	"她在中山大学读研究生。",
	"鲁迅公园早上人很多。",
	"孔子学院开了新的汉语班。",
	"中山路那边又堵车了。",
	"白天太热，晚上再出门。",
	"任务已经分配下去了。",
	"程序更新后就正常了。",
	"江南的梅雨季节快到了。",
}

func zhNeg(r *rand.Rand) string { return pick(r, zhNegatives) }

var zhKinds = []kind{
	{"support-chat", zhSupportChat},
	{"court-filing", zhCourtFiling},
	{"hr-onboarding", zhHR},
	{"shipping-label", zhShipping},
	{"appointment-sms", zhAppointment},
	{"wechat-group", zhWeChat},
	{"forum-post", zhForum},
	{"git-trailer", zhGit},
	{"ics-invite", zhICS},
	{"vcard", zhVCard},
	{"sql-insert", zhSQL},
	{"log-lines", zhLog},
	{"letter-traditional", zhTaiwanLetter},
	{"lease", zhLease},
	{"takeout-order", zhTakeout},
	{"negative-only", zhNegativeOnly},
}

func zhAddr(r *rand.Rand) string { return A(zhJoin(r, zhAddress(r))) }

func zhSupportChat(r *rand.Rand) string {
	p := zhPerson(r)
	h := p.zhHonorific(r)
	return fmt.Sprintf(`客服(工号%s)：您好，请问怎么称呼？
用户：我姓%s，叫%s。
客服：%s%s您好，请核对收货地址：%s
用户：对的。%s
客服：好的%s%s，已为您加急处理。`,
		digits(r, 4), N(p.Family), N(p.Han()), N(p.Family), h, zhAddr(r), zhNeg(r), N(p.Family), h)
}

func zhCourtFiling(r *rand.Rand) string {
	y, b, rep := zhPerson(r), zhPerson(r), zhPerson(r)
	sex := map[bool]string{true: "女", false: "男"}
	beigao := fmt.Sprintf("被告：%s，%s，汉族，%d年%d月%d日出生，住%s。", N(b.Han()), sex[b.Female], 1950+r.IntN(50), 1+r.IntN(12), 1+r.IntN(28), zhAddr(r))
	if chance(r, 0.4) {
		beigao = fmt.Sprintf("被告：%s，住所地%s。\n法定代表人：%s，董事长。",
			pick(r, []string{"李宁（中国）体育用品有限公司", "广州王老吉大健康产业有限公司", "贵阳南明老干妈风味食品有限责任公司", "周大福珠宝金行（深圳）有限公司"}), zhAddr(r), N(rep.Han()))
	}
	return fmt.Sprintf(`民事起诉状

原告：%s，%s，汉族，%d年%d月%d日出生，住%s。
委托诉讼代理人：%s，%s律师事务所律师。
%s

诉讼请求：判令被告赔偿原告损失%d元。
此致
%s人民法院

具状人：%s
%d年%d月%d日`,
		N(y.Han()), sex[y.Female], 1950+r.IntN(50), 1+r.IntN(12), 1+r.IntN(28), zhAddr(r),
		N(zhPerson(r).Han()), pick(r, []string{"北京大成", "上海锦天城", "广东华商", "浙江天册"}), beigao,
		1000*(1+r.IntN(200)), pick(r, []string{"北京市朝阳区", "深圳市南山区", "杭州市西湖区"}), N(y.Han()), 2026, 1+r.IntN(12), 1+r.IntN(28))
}

func zhHR(r *rand.Rand) string {
	p, e, m := zhPerson(r), zhPerson(r), zhPerson(r)
	return fmt.Sprintf(`员工入职登记表
姓名：%s　　性别：%s　　民族：汉
户籍地址：%s
现居住地址：%s
紧急联系人：%s（%s）
直属上级：%s%s
备注：%s`,
		N(p.Han()), map[bool]string{true: "女", false: "男"}[p.Female], zhAddr(r), zhAddr(r), N(e.Han()),
		pick(r, []string{"配偶", "父亲", "母亲", "哥哥"}), N(m.Han()), pick(r, []string{"经理", "主管", ""}), zhNeg(r))
}

func zhShipping(r *rand.Rand) string {
	to := zhPerson(r)
	from := pick(r, []string{"周大福官方旗舰店", "李宁官方店", "老干妈直营店", N(zhPerson(r).Han())})
	return fmt.Sprintf(`【顺丰速运】运单号 SF%s
寄件人：%s
收件人：%s　电话：1%s****%s
收件地址：%s
邮编：%s
备注：%s`, digits(r, 12), from, N(to.Han()), digits(r, 2), digits(r, 4), zhAddr(r), digits(r, 6), zhNeg(r))
}

func zhAppointment(r *rand.Rand) string {
	p, d := zhPerson(r), zhPerson(r)
	return fmt.Sprintf("【%s】尊敬的%s%s，您预约的%s医生门诊在%d月%d日%s，就诊地点：%s。请携带身份证按时就诊，退订回T。",
		pick(r, []string{"仁和医院", "市第一人民医院", "中山大学附属第三医院", "协和医院"}),
		N(p.Han()), map[bool]string{true: "女士", false: "先生"}[p.Female], N(d.Han()), 1+r.IntN(12), 1+r.IntN(28),
		pick(r, []string{"上午", "下午"}), zhAddr(r))
}

func zhWeChat(r *rand.Rand) string {
	a, b, c := zhPerson(r), zhPerson(r), zhPerson(r)
	return fmt.Sprintf(`%s：@%s 明天聚餐几点？
%s：晚上六点，在我家，地址：%s
%s：收到！%s
%s：我带一箱王老吉过去`,
		N(a.Han()), N(b.Han()), N(b.Han()), zhAddr(r), N(c.Han()), zhNeg(r), N(a.Han()))
}

func zhForum(r *rand.Rand) string {
	p := zhPerson(r)
	return fmt.Sprintf(`【求助】房东不退押金怎么办？
楼主：搬家前住在%s，房东%s一直拖着不退押金。%s 后来找了律师%s，才算有点进展。
有没有类似经历的朋友？`, zhAddr(r), N(p.Family)+pick(r, []string{"先生", "女士", "阿姨"}), zhNeg(r), N(zhPerson(r).Han()))
}

// pinyin spellings for git trailers, where Chinese developers often sign with
// the Latin form of their name.
var zhPinyin = []string{"Wang Fang", "Li Wei", "Zhang Min", "Liu Yang", "Chen Jie", "Ouyang Xiaoming", "Zhao Lei", "Huang Jing", "Zhou Tao", "Sima Qian"}

func zhGit(r *rand.Rand) string {
	a, b := zhPerson(r), pick(r, zhPinyin)
	return fmt.Sprintf(`fix(地址解析): 支持“号楼”和“单元”

修复收货地址中缺少单元号时解析失败的问题。

Reported-by: %s <bug%s@example.cn>
Signed-off-by: %s <%s@example.cn>`, N(a.Han()), digits(r, 3), N(b), strings.ToLower(strings.ReplaceAll(b, " ", ".")))
}

func zhICS(r *rand.Rand) string {
	o, p := zhPerson(r), zhPerson(r)
	return fmt.Sprintf("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:看房\r\nORGANIZER;CN=%s:mailto:agent%s@example.cn\r\nATTENDEE;CN=%s:mailto:client@example.cn\r\nLOCATION:%s\r\nDESCRIPTION:请%s%s带好身份证。\r\nEND:VEVENT\r\nEND:VCALENDAR",
		N(o.Han()), digits(r, 3), N(p.Han()), A(icsEscape(zhJoin(r, zhAddress(r)))), N(p.Family), p.zhHonorific(r))
}

func zhVCard(r *rand.Rand) string {
	p := zhPerson(r)
	parts := zhAddress(r)
	return fmt.Sprintf("BEGIN:VCARD\nVERSION:3.0\nN:%s;%s;;;\nFN:%s\nORG:%s\nADR;TYPE=WORK:;;%s;;;;中国\nEND:VCARD",
		N(p.Family), N(p.Given), N(p.Han()), pick(r, []string{"李宁体育用品有限公司", "周大福珠宝", "华为技术有限公司"}), A(strings.Join(parts, "")))
}

func zhSQL(r *rand.Rand) string {
	var b strings.Builder
	b.WriteString("INSERT INTO `member` (`id`, `real_name`, `address`, `remark`) VALUES\n")
	rows := 2 + r.IntN(3)
	for i := 0; i < rows; i++ {
		sep := ","
		if i == rows-1 {
			sep = ";"
		}
		fmt.Fprintf(&b, "(%d, '%s', '%s', '%s')%s\n", 1+r.IntN(99999), N(zhPerson(r).Han()), zhAddr(r), zhNeg(r), sep)
	}
	return strings.TrimRight(b.String(), "\n")
}

func zhLog(r *rand.Rand) string {
	var b strings.Builder
	for i := 0; i < 2+r.IntN(3); i++ {
		ts := fmt.Sprintf("2026-0%d-%02d %02d:%02d:%02d", 1+r.IntN(9), 1+r.IntN(28), r.IntN(24), r.IntN(60), r.IntN(60))
		switch r.IntN(4) {
		case 0:
			fmt.Fprintf(&b, "%s INFO 下单成功 收货人=%s 地址=%s\n", ts, N(zhPerson(r).Han()), zhAddr(r))
		case 1:
			fmt.Fprintf(&b, "%s WARN {\"consignee\":\"%s\",\"addr\":\"%s\"}\n", ts, N(zhPerson(r).Han()), A(zhJoin(r, zhAddress(r))))
		case 2:
			fmt.Fprintf(&b, "%s ERROR 地址校验失败 user:%s addr:%s\n", ts, N(zhPerson(r).Han()), zhAddr(r))
		default:
			fmt.Fprintf(&b, "%s INFO 商户=%s 备注=%s\n", ts, pick(r, []string{"李宁", "王老吉", "周大福", "张小泉"}), zhNeg(r))
		}
	}
	return strings.TrimRight(b.String(), "\n")
}

// zhTaiwanLetter is a letter in traditional characters with a Taiwanese
// address; the postcode before the address is outside its span.
func zhTaiwanLetter(r *rand.Rand) string {
	to, from := twPerson(r), twPerson(r)
	h := map[bool]string{true: "小姐", false: "先生"}[to.Female]
	post, addr := twPostAddress(r)
	return fmt.Sprintf(`%s %s
%s 收

%s%s您好：

感謝您上週的來信，資料已經收到。若有任何問題，請直接聯繫我。

敬祝 平安
%s 敬上
寄件地址：%s`, post, A(addr), N(to.Han())+" "+h, N(to.Han()), h, N(from.Han()), A(twAddress(r)))
}

func zhLease(r *rand.Rand) string {
	a, b := zhPerson(r), zhPerson(r)
	return fmt.Sprintf(`房屋租赁合同
出租方（甲方）：%s，身份证住址：%s
承租方（乙方）：%s
甲方将位于%s的房屋出租给乙方居住，月租金%d元。%s`,
		N(a.Han()), zhAddr(r), N(b.Han()), zhAddr(r), 1000+100*r.IntN(80), zhNeg(r))
}

func zhNegativeOnly(r *rand.Rand) string {
	return zhNeg(r) + zhNeg(r) + zhNeg(r)
}

// zhTakeout is a food-delivery order: the customer is often known only by
// surname and honorific, and the rider by full name.
func zhTakeout(r *rand.Rand) string {
	c, d := zhPerson(r), zhPerson(r)
	addr := zhAddr(r)
	if chance(r, 0.2) {
		c = twPerson(r)
		addr = A(twAddress(r))
	}
	return fmt.Sprintf(`#%d 美团外卖订单
顾客：%s%s（手机尾号%s）
送达地址：%s
备注：不要香菜，%s
骑手：%s 预计%d分钟送达`, 1+r.IntN(99), N(c.Family), pick(r, []string{"先生", "女士"}), digits(r, 4), addr, zhNeg(r), N(d.Han()), 15+r.IntN(40))
}
