package unforeseen

import (
	"fmt"
	"strings"
)

var zhKinds = []kind{
	{"征收补偿公示", zhZhengshou, false},
	{"用电户名过户", zhGuohu, false},
	{"庭审笔录", zhTingshen, false},
	{"专利申请请求书", zhZhuanli, false},
	{"渔船船员登记", zhYuchuan, false},
	{"门牌核发登记", zhMenpai, false},
	{"土地确权公示", zhQuequan, false},
	{"药品不良反应报告", zhADR, false},
	{"二手房买卖合同", zhMaimai, false},
	{"整车货运调度群", zhHuoyun, false},
	{"港口船舶动态", zhGangkou, true},
	{"楼盘周报", zhLoupan, true},
}

// ---- people

type zhPerson struct {
	sur, given string
	fem        bool
	minority   string
}

func (g *gen) zhPerson() zhPerson { return g.zhPersonSex(g.p(0.5)) }

func (g *gen) zhPersonSex(fem bool) zhPerson {
	p := zhPerson{fem: fem}
	if g.p(0.04) {
		p.minority = g.of(zhMinority)
		return p
	}
	p.sur = g.of(zhSur)
	if g.p(0.03) {
		p.sur = g.of(zhCompoundSur)
	}
	if fem {
		p.given = g.of(zhFemGiven)
	} else {
		p.given = g.of(zhMascGiven)
	}
	return p
}

func (g *gen) zhRelative(p zhPerson, fem bool) zhPerson {
	q := g.zhPersonSex(fem)
	if p.minority == "" && q.minority == "" {
		q.sur = p.sur
	}
	return q
}

func (p zhPerson) full() string {
	if p.minority != "" {
		return p.minority
	}
	return p.sur + p.given
}

// call is what an honorific attaches to: the surname, or a minority
// person's first name.
func (p zhPerson) call() string {
	if p.minority != "" {
		return strings.Split(p.minority, "·")[0]
	}
	return p.sur
}

// intimate is the given name alone (two characters), else the full name.
func (p zhPerson) intimate() string {
	if p.minority != "" {
		return strings.Split(p.minority, "·")[0]
	}
	if len([]rune(p.given)) == 2 {
		return p.given
	}
	return p.full()
}

func (p zhPerson) gender() string {
	if p.fem {
		return "女"
	}
	return "男"
}

// hon appends a name with an honorific; only the name is labelled.
func (b *builder) zhHon(p zhPerson, hon string) {
	b.name(p.call())
	b.t(hon)
}

func (g *gen) zhHonor(p zhPerson) string {
	if p.fem {
		return g.pick("女士", "女士", "老师", "经理", "医生", "阿姨", "大姐", "主任")
	}
	return g.pick("先生", "先生", "老师", "经理", "师傅", "工", "总", "主任", "律师")
}

// ---- addresses

type zhAddr struct {
	prov, city, dist, sub, street, estate, room string
	rural                                       bool
	town, village, group                        string
}

func (g *gen) zhAddr() zhAddr { return g.zhAddrIn(g.zhCity()) }

func (g *gen) zhAddrIn(c zhCity) zhAddr {
	a := zhAddr{prov: c.prov, city: c.city, dist: g.of(c.dists)}
	if g.p(0.3) {
		a.sub = g.of(zhSubdistricts)
	}
	st := g.of(zhStreets)
	if c.city == "上海市" && g.p(0.5) {
		a.street = st + g.itoa(1, 999) + "弄" + g.itoa(1, 60) + "号"
		a.room = g.itoa(1, 6) + g.pad(1, 4, 2) + "室"
		return a
	}
	a.street = st + g.itoa(1, 1999) + "号"
	if g.p(0.1) {
		a.street = st + g.pick("甲", "乙") + g.itoa(1, 99) + "号"
	}
	if g.p(0.7) {
		a.estate = g.of(zhEstates)
		switch g.n(5) {
		case 0:
			a.room = fmt.Sprintf("%d-%d-%d", g.between(1, 30), g.between(1, 4), g.between(1, 33)*100+g.between(1, 4))
		case 1:
			a.room = g.itoa(1, 30) + "号楼" + g.itoa(1, 6) + "单元" + g.itoa(1, 28) + g.pad(1, 4, 2)
		case 2:
			a.room = g.pick("A座", "B座", "C座") + g.itoa(1, 33) + g.pad(1, 20, 2) + "室"
		default:
			a.room = g.itoa(1, 30) + g.pick("栋", "幢", "栋") + g.itoa(1, 6) + "单元" + g.itoa(1, 33) + g.pad(1, 4, 2) + "室"
		}
	} else if g.p(0.4) {
		a.room = g.itoa(1, 9) + g.pad(1, 20, 2) + g.pick("室", "房", "")
	}
	return a
}

func (g *gen) zhRural() zhAddr {
	c := g.zhCounty()
	a := zhAddr{prov: c.prov, city: c.city, dist: c.county, rural: true, town: g.of(c.towns), village: g.of(zhVillages), group: g.of(zhGroups)}
	if g.p(0.3) {
		a.room = g.itoa(1, 120) + "号"
	}
	return a
}

func (g *gen) zhAny() zhAddr {
	if g.p(0.2) {
		return g.zhRural()
	}
	return g.zhAddr()
}

// detail is the part below the district: the street field of a form.
func (a zhAddr) detail() string {
	if a.rural {
		return a.town + a.village + a.group + a.room
	}
	return a.sub + a.street + a.estate + a.room
}

// render writes the address from the province (prov), the city (!prov)
// or the district (dist), with sep between the administrative levels.
func (a zhAddr) render(level int, sep string) string {
	parts := []string{}
	if level <= 0 && a.prov != "" {
		parts = append(parts, a.prov)
	}
	if level <= 1 {
		parts = append(parts, a.city)
	}
	parts = append(parts, a.dist)
	if a.rural {
		parts = append(parts, a.town, a.village+a.group+a.room)
	} else {
		if a.sub != "" {
			parts = append(parts, a.sub)
		}
		parts = append(parts, a.street+a.estate+a.room)
	}
	return strings.Join(parts, sep)
}

// zhOne renders an address in one of the usual ways.
func (g *gen) zhOne(a zhAddr) string {
	switch r := g.n(20); {
	case r < 9:
		return a.render(0, "")
	case r < 14:
		return a.render(1, "")
	case r < 16:
		return a.render(0, " ")
	case r < 17:
		return a.render(0, ",")
	case r < 18:
		return a.render(1, " ")
	default:
		return a.render(2, "")
	}
}

func (g *gen) zhPhone() string {
	return g.pick("13", "15", "18", "17", "19") + g.digits(1) + g.digits(8)
}

func (g *gen) zhMasked() string {
	return g.pick("13", "15", "18") + g.digits(1) + "****" + g.digits(4)
}

func (g *gen) zhDate() string {
	return fmt.Sprintf("%d年%d月%d日", g.between(2023, 2025), g.between(1, 12), g.between(1, 28))
}

func (g *gen) zhIDMasked() string {
	return g.digits(6) + "********" + g.digits(3) + g.pick("X", "2", "7")
}

// ---- kinds

func zhZhengshou(g *gen, b *builder) {
	c := g.zhCity()
	dist := g.of(c.dists)
	proj := g.pick("旧城改造项目（一期）", "棚户区改造项目", "地铁站点配套工程", "老旧片区有机更新项目", "城中村改造项目（二期）")
	switch g.n(3) {
	case 0, 1:
		b.t(c.city, dist, proj, "国有土地上房屋征收补偿情况公示（第", g.itoa(1, 9), "批）\n\n")
		b.t("根据《国有土地上房屋征收与补偿条例》及相关规定，现将已签约被征收人补偿安置情况公示如下：\n\n")
		b.t("序号 | 被征收人 | 房屋坐落 | 证载面积(㎡) | 补偿方式 | 补偿总额(元)\n")
		for i := 1; i <= g.between(5, 8); i++ {
			p := g.zhPerson()
			b.t(fmt.Sprint(i), " | ")
			b.name(p.full())
			if g.p(0.3) {
				b.t("、")
				b.name(g.zhPersonSex(!p.fem).full())
			}
			b.t(" | ")
			a := g.zhAddrIn(zhCity{c.prov, c.city, []string{dist}})
			if g.p(0.5) {
				b.addr(a.render(2, ""))
			} else {
				b.addr(a.street + a.estate + a.room)
			}
			b.t(" | ", g.itoa(28, 140), ".", g.pad(0, 99, 2), " | ", g.pick("货币补偿", "产权调换", "货币补偿", "产权调换（就近安置）"), " | ", g.itoa(300000, 3800000), ".00\n")
		}
		b.t("\n公示期：自公示之日起", g.pick("7", "10", "15"), "日。如有异议，请在公示期内书面反映。\n联系人：")
		x := g.zhPerson()
		if g.p(0.5) {
			b.zhHon(x, g.pick("工", "科长", "主任"))
		} else {
			b.name(x.full())
		}
		b.t("  联系电话：", g.pick("0571", "0791", "020", "028", "0731", "010", "021", "0851"), "-", g.digits(8), "\n地址：")
		b.addr(g.zhOne(g.zhAddrIn(c)))
		b.t("\n\n", c.city, dist, "房屋征收与补偿办公室\n", g.zhDate(), "\n")
	default:
		b.t("征收协议签约进度台账\t", dist, "\t导出时间 ", g.zhDate(), "\n")
		b.t("编号\t被征收人\t身份证号\t区\t门牌\t面积\t签约日期\t经办人\n")
		staff := g.zhPerson()
		for i := 1; i <= g.between(7, 11); i++ {
			p := g.zhPerson()
			a := g.zhAddrIn(zhCity{c.prov, c.city, []string{dist}})
			b.t(fmt.Sprintf("ZS-%03d", i), "\t")
			b.name(p.full())
			b.t("\t", g.zhIDMasked(), "\t", dist, "\t")
			b.addr(a.street + a.estate + a.room)
			b.t("\t", g.itoa(28, 140), "\t", g.zhDate(), "\t")
			b.name(staff.full())
			b.t("\n")
		}
	}
}

func zhGuohu(g *gen, b *builder) {
	c := g.zhCity()
	grid := "国网"
	switch c.prov {
	case "广东省", "广西壮族自治区", "云南省", "贵州省":
		grid = "南方电网"
	}
	company := grid + strings.TrimSuffix(c.city, "市") + "供电公司"
	switch g.n(3) {
	case 0:
		old := g.zhPerson()
		nw := g.zhRelative(old, g.p(0.5))
		if g.p(0.4) {
			nw = g.zhPerson()
		}
		a := g.zhAddrIn(c)
		b.t("居民用电更名（过户）申请表\n\n户号：", g.digits(10), "\n原户名：")
		b.name(old.full())
		b.t("    新户名：")
		b.name(nw.full())
		if g.p(0.5) {
			b.t("\n用电地址：")
			b.addr(g.zhOne(a))
		} else {
			b.t("\n用电地址：省（自治区）", a.prov, "  市 ", a.city, "  区/县 ", a.dist, "\n详细地址：")
			b.addr(a.detail())
		}
		b.t("\n过户原因：", g.pick("房屋买卖", "继承", "赠与", "离婚析产", "法院判决"), "\n产权证明：不动产权证书 ", zhCity{prov: a.prov, city: a.city}.abbr(), "（", g.itoa(2019, 2025), "）", a.city, "不动产权第", g.digits(7), "号\n")
		b.t("申请人：")
		b.name(nw.full())
		b.t("  身份证号：", g.zhIDMasked(), "  联系电话：", g.zhPhone(), "\n")
		if g.p(0.4) {
			ag := g.zhPerson()
			b.t("代理人：")
			b.name(ag.full())
			b.t("（受托，", g.pick("子女", "朋友", "中介"), "）  联系电话：", g.zhPhone(), "\n")
		} else {
			b.t("代理人：无\n")
		}
		if g.p(0.5) {
			b.t("通讯地址：")
			b.addr(g.zhOne(g.zhAddrIn(c)))
			b.t("\n")
		}
		b.t("受理人：")
		b.zhHon(g.zhPerson(), "")
		b.t("  受理日期：", g.zhDate(), "  受理营业厅：", company, g.pick("城东", "城西", "高新", "滨江"), "营业厅\n")
	case 1:
		b.t("更名过户业务台账（", company, "）\n户号,原户名,新户名,用电地址,办理日期,经办人\n")
		for range g.between(5, 7) {
			old := g.zhPerson()
			nw := g.zhPerson()
			if g.p(0.5) {
				nw = g.zhRelative(old, g.p(0.5))
			}
			b.t(g.digits(10), ",")
			b.name(old.full())
			b.t(",")
			b.name(nw.full())
			b.t(",")
			b.cell('a', g.zhOne(g.zhAddrIn(c)), ",")
			b.t(",", fmt.Sprintf("%d-%02d-%02d", g.between(2023, 2025), g.between(1, 12), g.between(1, 28)), ",")
			b.name(g.zhPerson().full())
			b.t("\n")
		}
	default:
		nw := g.zhPerson()
		a := g.zhAddrIn(c)
		b.t("【", company, "】尊敬的")
		b.name(nw.full())
		b.t("客户，您户号", g.digits(10), "（用电地址：")
		b.addr(a.render(1, ""))
		b.t("）的更名业务已办结，原户名")
		b.name(g.zhPerson().full())
		b.t("。如有疑问请致电95598。\n\n")
		b.t("95598工单 ", g.digits(12), "\n来电人：")
		b.zhHon(nw, g.zhHonor(nw))
		b.t("  来电号码：", g.zhMasked(), "\n诉求：客户反映过户后电费仍从原户主")
		b.name(g.zhPerson().full())
		b.t("的银行卡扣款，要求变更代扣账户。\n处理：已联系客户经理")
		b.zhHon(g.zhPerson(), "经理")
		b.t("上门办理，地址：")
		b.addr(g.zhOne(a))
		b.t("。\n")
	}
}

func zhTingshen(g *gen, b *builder) {
	c := g.zhCity()
	dist := g.of(c.dists)
	judge := g.zhPerson()
	clerk := g.zhPerson()
	pl := g.zhPerson()
	df := g.zhPerson()
	agent := g.zhPerson()
	witness := g.zhPerson()
	rel := g.zhRelative(pl, g.p(0.5))
	for rel.full() == pl.full() || rel.full() == df.full() {
		rel = g.zhRelative(pl, g.p(0.5))
	}
	cause := g.pick("民间借贷纠纷", "房屋租赁合同纠纷", "机动车交通事故责任纠纷", "买卖合同纠纷", "劳务合同纠纷", "相邻关系纠纷")
	b.t(c.city, dist, "人民法院\n庭 审 笔 录\n\n时间：", g.zhDate(), g.pick("上午9时30分", "下午2时", "上午10时")+"\n地点：第", g.pick("一", "二", "三", "五", "八"), "法庭\n案号：（", g.itoa(2023, 2025), "）", c.abbr(), g.pad(101, 9999, 4), "民初", g.itoa(100, 9999), "号\n案由：", cause, "\n审判人员：", g.pick("审判员", "审判长"))
	b.name(judge.full())
	b.t("\n书记员：")
	b.name(clerk.full())
	b.t("\n\n记录如下：\n书：请当事人及诉讼参与人入庭。现在宣布法庭纪律……\n审：现在开庭。首先核对当事人身份。原告陈述身份情况。\n")
	b.t("原：")
	b.name(pl.full())
	b.t("，", pl.gender(), "，", g.itoa(1955, 2000), "年", g.itoa(1, 12), "月", g.itoa(1, 28), "日出生，汉族，住")
	b.addr(g.zhOne(g.zhAddrIn(c)))
	b.t("。\n审：被告？\n被：")
	b.name(df.full())
	b.t("，", df.gender(), "，", g.itoa(1955, 2000), "年出生，")
	if g.p(0.7) {
		b.t("住")
		b.addr(g.zhOne(g.zhAny()))
		b.t("。\n")
	} else {
		b.t("户籍地同上，现暂住本市。\n")
	}
	b.t("审：原告委托诉讼代理人？\n原代：")
	b.name(agent.full())
	b.t("，", g.pick("浙江", "广东", "湖南", "四川"), g.pick("明理", "衡平", "正则", "远航"), "律师事务所律师，特别授权。\n")
	b.t("审：对方当事人对出庭人员有无异议？\n被：没有。\n原代：没有。\n")
	b.t("审：原告陈述诉讼请求及事实理由。\n原代：请求判令被告", "")
	b.name(df.full())
	b.t("返还", g.itoa(2, 60), "万元及利息。", g.itoa(2019, 2023), "年", g.itoa(1, 12), "月，被告经朋友")
	b.name(g.zhPerson().full())
	b.t("介绍向原告借款，约定半年归还，至今未还。\n审：被告答辩。\n被：钱我是借了，但已经还了", g.itoa(1, 9), "万，转给了原告的", map[bool]string{true: g.pick("妹妹", "女儿"), false: g.pick("弟弟", "儿子")}[rel.fem])
	b.name(rel.full())
	b.t("，有转账记录。\n审：原告对此有何意见？\n原：那笔钱是")
	b.name(rel.intimate())
	b.t("替被告垫付的装修款，和借款没关系。\n")
	if g.p(0.7) {
		b.t("审：传证人")
		b.name(witness.full())
		b.t("到庭。证人陈述身份。\n证：我叫")
		b.name(witness.full())
		b.t("，在", g.zhDate(), "前后一直住")
		b.addr(g.zhOne(g.zhAddrIn(c)))
		b.t("，跟")
		b.zhHon(df, g.pick("总", "哥", "师傅"))
		b.t("是邻居。借钱的时候我在场。\n")
	}
	if g.p(0.6) {
		b.t("审：双方确认送达地址。\n原：送达地址")
		b.addr(g.zhOne(g.zhAddrIn(c)))
		b.t("，电话", g.zhMasked(), "。\n")
	}
	b.t("审：双方是否愿意调解？\n原：可以调解，但必须先还本金。\n被：我现在没钱。\n审：今天庭审到此，休庭。\n\n")
	b.t("原告（签名）：")
	b.name(pl.full())
	b.t("    被告（签名）：")
	b.name(df.full())
	b.t("\n书记员：")
	b.name(clerk.full())
	b.t("\n")
}

var zhInventions = []string{"一种基于多传感器融合的电动自行车防盗方法及装置", "一种用于茶叶揉捻的温控系统", "一种装配式建筑墙板连接结构", "一种锂电池极片辊压纠偏装置", "一种面向养老场景的跌倒检测方法", "一种渔船北斗定位终端的防水外壳", "一种可折叠的快递柜格口", "一种基于图神经网络的电网故障定位方法"}
var zhApplicants = []string{"深圳市云栖智能科技有限公司", "杭州青禾农业装备有限公司", "长沙汇川新能源科技有限公司", "成都蜀韵建筑科技有限公司", "浙江东方海洋电子有限公司", "江苏长江储能材料有限公司", "郑州中原电力设计院有限公司"}
var zhAgencies = []string{"北京集佳知识产权代理有限公司", "广州华进联合专利商标代理有限公司", "杭州求是专利事务所有限公司", "长沙正奇专利事务所有限责任公司", "成都九鼎天元知识产权代理有限公司"}

func zhZhuanli(g *gen, b *builder) {
	invs := []zhPerson{}
	for range g.between(2, 5) {
		invs = append(invs, g.zhPerson())
	}
	app := g.of(zhApplicants)
	agency := g.of(zhAgencies)
	a1, a2 := g.zhPerson(), g.zhPerson()
	contact := g.zhPerson()
	addr := g.zhAddr()
	title := g.of(zhInventions)
	switch g.n(3) {
	case 0:
		b.t(g.pick("发明专利请求书", "实用新型专利请求书"), "\n\n⑦ 发明名称：", title, "\n⑧ 发明人：")
		for i, p := range invs {
			if i > 0 {
				b.t("  ")
			}
			b.t("发明人", fmt.Sprint(i+1), " ")
			b.name(p.full())
		}
		b.t("\n⑨ 第一发明人国籍：中国  居民身份证件号码：", g.zhIDMasked(), "\n⑩ 申请人(1)  姓名或名称：", app, "  申请人类型：企业\n   地址：")
		b.addr(g.zhOne(addr))
		b.t("  邮政编码：", g.digits(6), "\n")
		if g.p(0.35) {
			ip := invs[0]
			b.t("   申请人(2)  姓名或名称：")
			b.name(ip.full())
			ia := g.zhAddr()
			pv := ia.prov
			if pv == "" {
				pv = ia.city
			}
			b.t("  申请人类型：个人\n   省、自治区、直辖市：", pv, "  市县：", ia.city, "\n   城区（乡）、街道、门牌号：")
			b.addr(ia.dist + ia.detail())
			b.t("\n")
		}
		b.t("⑪ 联系人：姓名 ")
		b.name(contact.full())
		b.t("  电话 ", g.zhPhone(), "  电子邮箱 ", g.pick("ipr", "patent", "fawu"), "@", g.pick("yunqi-tech", "qinghe-agri", "hc-energy"), ".com\n")
		if g.p(0.5) {
			b.t("   联系人地址：")
			b.addr(g.zhOne(g.zhAddr()))
			b.t("\n")
		}
		b.t("⑬ 专利代理机构：名称 ", agency, "  机构代码 ", g.digits(5), "\n   代理师(1) 姓名 ")
		b.name(a1.full())
		b.t("  执业证号 ", g.digits(11), "\n   代理师(2) 姓名 ")
		b.name(a2.full())
		b.t("  执业证号 ", g.digits(11), "\n")
	case 1:
		b.t("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<PatentRequest>\n  <InventionTitle>", title, "</InventionTitle>\n  <Inventors>\n")
		for _, p := range invs {
			b.t("    <Inventor><Name>")
			b.name(p.full())
			b.t("</Name><Nationality>CN</Nationality></Inventor>\n")
		}
		b.t("  </Inventors>\n  <Applicant type=\"enterprise\">\n    <Name>", app, "</Name>\n    <Province>", addr.prov, "</Province>\n    <City>", addr.city, "</City>\n    <District>", addr.dist, "</District>\n    <Detail>")
		b.addr(addr.detail())
		b.t("</Detail>\n    <Postcode>", g.digits(6), "</Postcode>\n  </Applicant>\n  <Contact><Name>")
		b.name(contact.full())
		b.t("</Name><Phone>", g.zhPhone(), "</Phone></Contact>\n  <Agency code=\"", g.digits(5), "\">", agency, "</Agency>\n  <Agent>")
		b.name(a1.full())
		b.t("</Agent>\n</PatentRequest>\n")
	default:
		b.t("发件人：")
		b.name(a1.full())
		b.t(" <", g.pick("zhang", "li", "liu", "chen", "ipr"), g.digits(3), "@", g.pick("jiajia-ip", "huajin-ip", "qiushi-ip"), ".com>\n收件人：")
		b.name(invs[0].full())
		b.t("\n抄送：")
		b.name(contact.full())
		b.t("\n主题：回复：", title, " 请求书信息确认\n\n")
		b.zhHon(invs[0], g.pick("工", "老师", "博士", "总"))
		b.t("，您好：\n\n请求书已按您的意见修改：发明人顺序改为")
		for i, p := range invs {
			if i > 0 {
				b.t("、")
			}
			b.name(p.full())
		}
		b.t("。申请人地址按营业执照写为“")
		b.addr(g.zhOne(addr))
		b.t("”。另请")
		b.zhHon(invs[len(invs)-1], g.pick("老师", "工"))
		b.t("在周五前确认说明书附图。\n\n")
		b.name(a1.full())
		b.t("\n", agency, "\n\n> 在 ", g.zhDate(), "，")
		b.name(invs[0].full())
		b.t(" 写道：\n> ")
		b.name(a1.call())
		b.t("律师好，发明人里请把")
		b.name(invs[len(invs)-1].intimate())
		b.t("加上，地址用公司新地址。谢谢！\n")
	}
}

var zhBoats = []string{"浙岱渔", "闽霞渔", "粤湛渔", "浙岭渔", "鲁荣渔", "琼临渔"}
var zhRoles = []string{"轮机长", "大副", "二副", "水手", "水手", "普通船员", "普通船员", "厨工", "电工", "渔捞长"}

func zhYuchuan(g *gen, b *builder) {
	bi := g.n(len(zhBoats))
	boat := zhBoats[bi] + g.digits(5)
	port := []string{"岱山", "霞浦", "湛江", "岭南", "荣成", "临高"}[bi]
	captain := g.zhPersonSex(false)
	home := g.zhRural()
	if g.p(0.6) {
		b.t("渔船船员登记表（出海报备）\n船名：", boat, "   船籍港：", port, "   船长：")
		b.name(captain.full())
		b.t("   作业类型：", g.pick("拖网", "刺网", "流网", "灯光围网"), "\n出港时间：", fmt.Sprintf("%d-%02d-%02d %02d:%02d", g.between(2023, 2025), g.between(1, 12), g.between(1, 28), g.between(3, 7), g.n(60)), "   预计返港：", g.zhDate(), "\n\n")
		b.t("序号 | 姓名 | 职务 | 身份证号 | 户籍地址 | 联系电话 | 紧急联系人\n")
		crew := []zhPerson{captain}
		used := map[string]bool{captain.full(): true}
		ncrew := g.between(5, 8)
		for len(crew) < ncrew {
			p := g.zhPersonSex(g.p(0.1))
			if g.p(0.3) {
				p = g.zhRelative(captain, false)
			}
			if !used[p.full()] {
				used[p.full()] = true
				crew = append(crew, p)
			}
		}
		for i, p := range crew {
			role := "船长"
			if i > 0 {
				role = g.of(zhRoles)
			}
			b.t(fmt.Sprint(i+1), " | ")
			b.name(p.full())
			b.t(" | ", role, " | ", g.zhIDMasked(), " | ")
			switch {
			case i == 0:
				b.addr(home.render(0, ""))
			case p.sur == captain.sur && g.p(0.6):
				b.t("同上")
			case g.p(0.15):
				b.t("见附页")
			default:
				b.addr(g.zhOne(g.zhRural()))
			}
			b.t(" | ", g.zhPhone(), " | ")
			var ec zhPerson
			var rel string
			switch g.n(3) {
			case 0:
				ec, rel = g.zhPersonSex(!p.fem), map[bool]string{true: "夫", false: "妻"}[p.fem]
			case 1:
				ec, rel = g.zhRelative(p, false), g.pick("父", "兄", "子")
			default:
				ec, rel = g.zhPersonSex(true), "母"
			}
			b.name(ec.full())
			b.t("（", rel, "）\n")
		}
		b.t("\n报备人：")
		b.name(captain.full())
		b.t("   渔港监督签收：")
		b.zhHon(g.zhPerson(), g.pick("科长", "", "站长"))
		b.t("\n")
	} else {
		b.t(boat, "船东群\n")
		owner := g.zhPerson()
		off := g.zhPerson()
		t := g.between(6, 9)
		for range g.between(4, 7) {
			t++
			switch g.n(4) {
			case 0:
				b.t(fmt.Sprintf("[%02d:%02d] ", t, g.n(60)))
				b.name(owner.full())
				b.t("：@渔政")
				b.zhHon(off, "科长")
				b.t(" 今天换人：")
				b.name(g.zhPerson().full())
				b.t("下船，换")
				p := g.zhPerson()
				b.name(p.full())
				b.t("上船，户籍")
				b.addr(g.zhOne(g.zhRural()))
				b.t("，身份证照片发你私信了\n")
			case 1:
				b.t(fmt.Sprintf("[%02d:%02d] ", t, g.n(60)))
				b.t("渔政-")
				b.zhHon(off, "科长")
				b.t("：收到。船员证过期的")
				b.name(g.zhPerson().full())
				b.t("这次不能出海，让他去补办\n")
			case 2:
				b.t(fmt.Sprintf("[%02d:%02d] ", t, g.n(60)))
				b.t("船长")
				b.name(captain.full())
				b.t("：北斗终端报警是误报，已经联系厂家")
				b.zhHon(g.zhPerson(), "工")
				b.t("\n")
			default:
				b.t(fmt.Sprintf("[%02d:%02d] ", t, g.n(60)))
				b.name(owner.full())
				b.t("：家属联系人统一报")
				ec := g.zhPerson()
				b.name(ec.full())
				b.t("，地址")
				b.addr(g.zhOne(home))
				b.t("\n")
			}
		}
	}
}

func zhMenpai(g *gen, b *builder) {
	c := g.zhCity()
	dist := g.of(c.dists)
	switch g.n(3) {
	case 0:
		p := g.zhPerson()
		b.t("门（楼）牌号码编制申请登记表\n\n申请人：")
		b.name(p.full())
		b.t("   联系电话：", g.zhPhone(), "\n申请类型：", g.pick("新建住宅", "自建房", "门面分割", "更正"), "\n")
		b.t("原地址（如有）：")
		if g.p(0.6) {
			b.addr(g.zhOne(g.zhAddrIn(c)))
		} else {
			b.t("无")
		}
		b.t("\n申请编制地址：")
		na := g.zhAddrIn(zhCity{c.prov, c.city, []string{dist}})
		na.estate, na.room = "", ""
		b.addr(na.render(1, ""))
		b.t("\n产权人：")
		b.name(p.full())
		if g.p(0.4) {
			b.t("、")
			b.name(g.zhRelative(p, !p.fem).full())
		}
		b.t("\n经办人：")
		b.name(g.zhPerson().full())
		b.t("   审核人：")
		b.zhHon(g.zhPerson(), g.pick("工", "科长", ""))
		b.t("\n", c.city, dist, "地名办  ", g.zhDate(), "\n")
	case 1:
		b.t(dist, "新编门牌清单（第", g.itoa(1, 30), "批）\n序号 | 产权人 | 原地址 | 新门牌地址 | 备注\n")
		for i := 1; i <= g.between(4, 6); i++ {
			p := g.zhPerson()
			b.t(fmt.Sprint(i), " | ")
			b.name(p.full())
			b.t(" | ")
			if g.p(0.5) {
				oa := g.zhAddrIn(zhCity{c.prov, c.city, []string{dist}})
				b.addr(oa.street + oa.estate + oa.room)
			} else {
				b.t("（新建）")
			}
			b.t(" | ")
			na := g.zhAddrIn(zhCity{c.prov, c.city, []string{dist}})
			na.estate, na.room = "", ""
			b.addr(na.street)
			b.t(" | ", g.pick("已挂牌", "待挂牌", "门牌遗失补办", "联系人不在"), "\n")
		}
	default:
		st := g.of(zhStreets)
		b.t("关于", dist, st, "门牌号码调整的公告\n\n因道路延伸，经研究决定对", st, "沿线门牌号码进行调整，具体如下：\n")
		for range g.between(3, 5) {
			o := g.between(1, 300)
			b.t("原")
			b.addr(fmt.Sprintf("%s%d号", st, o))
			b.t("调整为")
			b.addr(fmt.Sprintf("%s%d号", st, o+g.between(2, 40)))
			b.t("；\n")
		}
		b.t("调整后请及时办理户籍、不动产登记等地址变更。咨询联系人：")
		b.zhHon(g.zhPerson(), g.pick("工", "女士", "先生"))
		b.t("，电话0", g.digits(2), "-", g.digits(8), "。\n", c.city, dist, "民政局\n", g.zhDate(), "\n")
	}
}

var zhPlots = []string{"大塘坵", "门前田", "后山地", "长坵", "沙坝田", "河边地", "枣树林", "南洼", "坟山边", "堰塘湾", "高坎田", "岗上地", "窑场地", "井边田"}
var zhBounds = []string{"沟", "路", "河", "荒地", "村道", "水渠", "集体林", "坟地", "机耕路", "山脚"}

func zhQuequan(g *gen, b *builder) {
	a := g.zhRural()
	b.t(a.town, a.village, "农村土地承包经营权确权登记颁证公示（", a.group, "）\n\n")
	b.t("经实地测绘、村民代表会议审核，现将本组承包地块信息公示如下，公示期7天。\n\n")
	neighbors := []zhPerson{}
	for range 8 {
		neighbors = append(neighbors, g.zhPerson())
	}
	households := g.between(1, 3)
	for range households {
		head := g.zhPersonSex(false)
		b.t("承包方代表：")
		b.name(head.full())
		b.t("  家庭成员：")
		mem := []zhPerson{head, g.zhPersonSex(true), g.zhRelative(head, g.p(0.5))}
		if g.p(0.5) {
			mem = append(mem, g.zhRelative(head, g.p(0.5)))
		}
		for i, m := range mem {
			if i > 0 {
				b.t("、")
			}
			b.name(m.full())
		}
		b.t("\n住址：")
		ha := a
		ha.room = g.itoa(1, 120) + "号"
		if g.p(0.5) {
			b.addr(ha.render(0, ""))
		} else {
			b.addr(ha.render(2, ""))
		}
		b.t("\n地块名称 | 地块编码 | 面积(亩) | 东 | 南 | 西 | 北\n")
		for range g.between(2, 3) {
			b.t(g.of(zhPlots), " | ", g.digits(6), g.digits(8), " | ", fmt.Sprintf("%.2f", 0.3+float64(g.n(300))/100), " | ")
			for d := range 4 {
				if d > 0 {
					b.t(" | ")
				}
				if g.p(0.27) {
					b.name(neighbors[g.n(len(neighbors))].full())
				} else {
					b.t(g.of(zhBounds))
				}
			}
			b.t("\n")
		}
		b.t("\n")
	}
	b.t("如有异议，请于公示期内向村确权工作小组反映。联系人：")
	b.name(g.zhPerson().full())
	b.t("（村委会）  ")
	b.zhHon(g.zhPerson(), g.pick("村长", "书记", "组长"))
	b.t("\n", a.village, "村民委员会\n", g.zhDate(), "\n")
}

var zhDrugs = []string{"美多芭（多巴丝肼片）上海罗氏制药有限公司", "阿莫西林胶囊 华北制药股份有限公司", "头孢克肟分散片 广州白云山制药总厂", "马应龙麝香痔疮膏 马应龙药业集团股份有限公司", "云南白药气雾剂 云南白药集团股份有限公司", "片仔癀 漳州片仔癀药业股份有限公司", "复方丹参滴丸 天士力医药集团", "左氧氟沙星片 扬子江药业集团", "布洛芬缓释胶囊 中美天津史克制药有限公司"}
var zhDiseases = []string{"帕金森病", "阿尔茨海默病", "克罗恩病", "桥本甲状腺炎", "高血压", "2型糖尿病", "唐氏综合征随访", "格林-巴利综合征", "社区获得性肺炎", "痛风"}

func zhADR(g *gen, b *builder) {
	hosp := g.pick("第一人民医院", "中医院", "中心医院", "妇幼保健院", "社区卫生服务中心")
	c := g.zhCity()
	for k := range g.between(1, 2) {
		if k > 0 {
			b.t("\n――――――――――――――――\n")
		}
		p := g.zhPerson()
		doc := g.zhPerson()
		var fam zhPerson
		var famRel string
		switch g.n(3) {
		case 0:
			fam, famRel = g.zhPersonSex(!p.fem), map[bool]string{true: "丈夫", false: "妻子"}[p.fem]
		case 1:
			fam, famRel = g.zhPersonSex(false), "儿子"
			if !p.fem {
				fam = g.zhRelative(p, false)
			}
		default:
			fam, famRel = g.zhPersonSex(true), "女儿"
			if !p.fem {
				fam = g.zhRelative(p, true)
			}
		}
		b.t("药品不良反应/事件报告表\n首次报告[√]  跟踪报告[ ]   编码：", g.digits(12), "\n报告类型：", g.pick("新的[√]  严重[ ]  一般[ ]", "新的[ ]  严重[√]  一般[ ]", "新的[ ]  严重[ ]  一般[√]", "新的[ ]  严重[ ]  一般[√]"), "   报告单位类别：医疗机构\n\n")
		b.t("患者姓名：")
		b.name(p.full())
		b.t("  性别：", p.gender(), "  出生日期：", g.itoa(1940, 2010), "年", g.itoa(1, 12), "月  民族：", g.pick("汉族", "汉族", "回族", "维吾尔族", "壮族"), "  体重：", g.itoa(30, 90), "kg  联系方式：", g.zhMasked(), "\n")
		if g.p(0.7) {
			b.t("家庭住址：")
			b.addr(g.zhOne(g.zhAddrIn(c)))
			b.t("\n")
		}
		b.t("原患疾病：", strings.Join(g.some(zhDiseases, g.between(1, 2)), "；"), "\n医院名称：", c.city, hosp, "  病历号/门诊号：", g.digits(8), "\n")
		b.t("怀疑药品：", g.of(zhDrugs), "  批号：", g.digits(8), "  用法用量：口服，一次1片，一日3次\n并用药品：", g.of(zhDrugs), "\n")
		b.t("不良反应/事件名称：", g.pick("皮疹", "恶心呕吐", "头晕", "肝功能异常", "过敏性休克", "腹泻"), "\n")
		b.t("不良反应/事件过程描述：患者于", g.zhDate(), "开始服用上述药品，第", g.itoa(1, 9), "天出现症状，家属（", famRel)
		b.name(fam.full())
		b.t("）陪同来院，经")
		b.zhHon(g.zhPerson(), "医生")
		b.t("处理后好转。\n不良反应/事件的结果：", g.pick("痊愈", "好转", "未好转", "不详"), "\n")
		b.t("报告人：")
		b.name(doc.full())
		b.t("  职业：", g.pick("医生", "药师", "护士"), "  电子邮箱：", g.pick("adr", "yjk", "pharm"), g.digits(3), "@", g.pick("hospital", "rmyy", "zyy"), ".cn\n")
		b.t("报告单位：", c.city, hosp, "  联系人：")
		b.zhHon(g.zhPerson(), g.pick("", "老师", "药师"))
		if g.p(0.4) {
			b.t("  单位地址：")
			b.addr(g.zhOne(g.zhAddrIn(c)))
		}
		b.t("  报告日期：", g.zhDate(), "\n")
	}
}

func zhMaimai(g *gen, b *builder) {
	c := g.zhCity()
	seller := g.zhPerson()
	co := g.zhRelative(seller, !seller.fem)
	buyer := g.zhPerson()
	broker := g.zhPerson()
	house := g.zhAddrIn(c)
	if house.estate == "" {
		house.estate = g.of(zhEstates)
		house.room = g.itoa(1, 30) + "幢" + g.itoa(1, 28) + g.pad(1, 4, 2) + "室"
	}
	b.t("存量房买卖合同（经纪成交版）\n合同编号：", g.upper(2), g.digits(10), "\n\n出卖人（甲方）：")
	b.name(seller.full())
	b.t("  身份证号：", g.zhIDMasked(), "\n住址：")
	b.addr(g.zhOne(g.zhAddrIn(c)))
	b.t("  联系电话：", g.zhPhone(), "\n")
	joint := g.p(0.6)
	if joint {
		b.t("共有人：")
		b.name(co.full())
		b.t("（配偶）\n")
	}
	b.t("买受人（乙方）：")
	b.name(buyer.full())
	b.t("  身份证号：", g.zhIDMasked(), "\n住址：")
	b.addr(g.zhOne(g.zhAny()))
	b.t("\n居间方（丙方）：", c.city, g.pick("链家", "我爱我家", "中原", "德佑", "21世纪不动产"), "房地产经纪有限公司  经纪人：")
	b.name(broker.full())
	b.t("（经纪人证号", g.digits(8), "）\n\n第一条 房屋基本情况\n甲方房屋坐落于")
	b.addr(house.render(g.between(0, 2), ""))
	b.t("，不动产权证号：", c.abbr(), "（", g.itoa(2015, 2023), "）", c.city, "不动产权第", g.digits(7), "号，建筑面积", g.itoa(45, 180), ".", g.pad(0, 99, 2), "平方米。\n")
	b.t("第二条 成交价格：人民币", g.itoa(80, 900), "万元整。\n第三条 房屋交付：甲方应于", g.zhDate(), "前腾空交付，户口迁出。\n")
	b.t("第八条 通知与送达：甲方送达地址为")
	b.addr(g.zhOne(g.zhAddrIn(c)))
	b.t("；乙方送达地址为")
	b.addr(g.zhOne(g.zhAny()))
	b.t("。\n\n甲方（签字）：")
	b.name(seller.full())
	if joint {
		b.t("  ")
		b.name(co.full())
	}
	b.t("    乙方（签字）：")
	b.name(buyer.full())
	b.t("\n丙方经纪人（签字）：")
	b.name(broker.full())
	b.t("    ", g.zhDate(), "\n")
	if g.p(0.4) {
		ag := g.zhPerson()
		b.t("备注：乙方委托其", map[bool]string{true: g.pick("母亲", "姐姐", "朋友"), false: g.pick("父亲", "哥哥", "朋友")}[ag.fem])
		b.name(ag.full())
		b.t("代为办理缴税及过户手续。\n")
	}
}

var zhCargo = []string{"钢卷32吨", "瓷砖28吨", "家具泡货", "饮料整车", "水泥管", "冷链鲜肉", "纸箱", "化肥", "机械配件", "木材"}
var zhPlates = []string{"湘A", "粤E", "豫P", "川A", "鲁R", "浙B", "皖K", "赣B"}

func zhHuoyun(g *gen, b *builder) {
	disp := g.zhPerson()
	drivers := []zhPerson{}
	plates := map[string]string{}
	for range g.between(3, 4) {
		d := g.zhPersonSex(false)
		drivers = append(drivers, d)
		plates[d.full()] = g.of(zhPlates)
	}
	h := g.between(6, 9)
	ts := func() {
		h++
		b.t(fmt.Sprintf("[%02d:%02d] ", h%24, g.n(60)))
	}
	dname := func() {
		b.t("调度-")
		if g.p(0.5) {
			b.name(disp.full())
		} else {
			b.zhHon(disp, "经理")
		}
		b.t("：")
	}
	driver := func(d zhPerson) {
		b.t(plates[d.full()], "·")
		if g.p(0.6) {
			b.zhHon(d, "师傅")
		} else {
			b.name(d.full())
		}
		b.t("：")
	}
	b.t(g.pick("佛山⇄长沙整车专线群", "郑州零担整车调度群", "成渝货运信息群", "华东整车回程群"), "\n")
	for range 2 {
		ts()
		dname()
		b.t(g.pick("明早8点 ", "今天下午 ", "后天一早 "))
		b.addr(g.zhOne(g.zhAddr()))
		b.t(" 装货 ", g.of(zhCargo), " 卸 ")
		b.addr(g.zhOne(g.zhAddr()))
		b.t(" 运费", g.itoa(1800, 9000), " 要", g.pick("9米6高栏", "17米5平板", "6米8厢车", "4米2冷藏"), " 有车的私我\n")
		d := drivers[g.n(len(drivers))]
		ts()
		driver(d)
		b.t(g.pick("我在附近 可以接", "能不能加200", "几点能装完？", "收到"), "\n")
		ts()
		dname()
		b.t("@")
		b.zhHon(d, "师傅")
		b.t(" 发你定位了 收货人")
		b.name(g.zhPerson().full())
		b.t(" ", g.zhPhone(), "\n")
	}
	for range g.between(1, 3) {
		d := drivers[g.n(len(drivers))]
		ts()
		driver(d)
		switch g.n(3) {
		case 0:
			b.t("明天有回程吗 ", g.pick("长沙到广州", "成都到重庆", "郑州到西安"), "\n")
		case 1:
			b.t("货卸完了，回单签收人是")
			b.name(g.zhPerson().full())
			b.t("，拍照发群里了\n")
		default:
			b.t("仓库门卫说要找")
			b.zhHon(g.zhPerson(), g.pick("主管", "经理", "师傅"))
			b.t("签字才放行\n")
		}
	}
}

// ---- hard negatives

var zhShips = []string{"中远海运金牛座", "东方海外香港", "向阳红10", "雪龙2", "育鲲轮", "马士基埃德蒙顿", "达飞马可波罗", "地中海伊琳娜", "长江之星", "海洋石油201", "招商局明珠", "安吉汽车滚装7", "华航汉亚1", "金海翔", "高速客轮东方", "郑和号训练船", "黄海明珠", "石化油33"}
var zhPorts = []string{"宁波舟山港", "连云港", "石岛港", "龙口港", "黄骅港", "钦州港", "防城港", "洋山港", "高栏港", "盐田港", "蛇口", "金塘港区", "马尾港", "黄埔港", "汤旺河码头"}
var zhPortWords = []string{"锚地候泊", "引航登轮", "靠泊作业", "离泊出港", "吃水12.5米", "代理：外代", "代理：联合船代", "大风黄色预警，暂停引航", "雾航限制", "集装箱装卸", "散货卸船", "滚装上船"}

func zhGangkou(g *gen, b *builder) {
	port := g.of(zhPorts)
	b.t(port, " 船舶动态日报 ", fmt.Sprintf("%d-%02d-%02d", g.between(2023, 2025), g.between(1, 12), g.between(1, 28)), "\n\n| 船名 | 航次 | 泊位/锚地 | 状态 | 备注 |\n|---|---|---|---|---|\n")
	for _, s := range g.some(zhShips, g.between(7, 11)) {
		b.t("| ", s, " | ", g.digits(3), g.pick("E", "W", "N", "S"), " | ", g.pick("北仑三期", "穿山", "金塘锚地", "虾峙门锚地", "2#泊位", "东港池", "石岛湾"), " | ", g.of(zhPortWords), " | 来自", g.of(zhPorts), " |\n")
	}
	b.t("\n今日预计进港", g.itoa(20, 90), "艘次，出港", g.itoa(20, 90), "艘次。马上进入台风季，各单位注意防范；高潮时段", g.itoa(1, 12), ":", g.pad(0, 59, 2), "。\n")
	b.t("值班调度：")
	b.name(g.zhPerson().full())
	if g.p(0.5) {
		b.t("  引航员：")
		b.name(g.zhPerson().full())
	}
	b.t("\n")
}

var zhDevelopers = []string{"万科", "龙湖", "金地", "华润置地", "保利", "招商蛇口", "融创", "绿城", "华发", "越秀", "中海", "金茂", "建发", "滨江集团", "碧桂园"}
var zhProjects = []string{"翡翠公园", "天曜", "峯境", "昆仑御", "江山樾", "钱江世纪城", "宋城印象", "朱家角水乡", "汤臣一品", "苏州湾壹号", "黄埔湾", "高新壹号", "石景山府", "马鞍山万象", "林语山庄", "何园雅居", "杨浦滨江", "韩式公馆", "欧洲城", "钟山美庐"}
var zhLoupanWords = []string{"金九银十成交回暖", "高层与洋房同步加推", "方正户型，南北通透", "黄金地段，地铁上盖", "周边配套成熟", "马路对面就是学校", "万象城商圈", "龙湖天街步行5分钟", "金融街板块", "石材外立面", "钱塘江景房", "江景大平层", "高铁站旁"}

func zhLoupan(g *gen, b *builder) {
	zc := g.zhCity()
	city := zc.city
	b.t(city, "楼盘周报（第", g.itoa(1, 52), "周）\n\n一、本周新开盘\n")
	for i := range g.between(4, 6) {
		b.t(fmt.Sprint(i+1), ". ", g.of(zhDevelopers), "·", g.of(zhProjects), "：", g.of(zhLoupanWords), "；均价", g.itoa(12000, 89000), "元/㎡；", g.of(zhLoupanWords), "。\n")
	}
	b.t("\n二、成交排行\n")
	for i := range g.between(3, 5) {
		b.t(fmt.Sprint(i+1), ". ", g.of(zhDevelopers), g.of(zhProjects), " ", g.itoa(20, 300), "套\n")
	}
	b.t("\n三、市场点评：", g.of(zhLoupanWords), "，", g.of(zhLoupanWords), "。高开低走的情况明显减少，何时见底仍需观察。\n")
	b.t("\n看房咨询：置业顾问")
	b.name(g.zhPerson().full())
	b.t(" ", g.zhPhone(), "\n")
	if g.p(0.25) {
		b.t("售楼处地址：")
		b.addr(g.zhOne(g.zhAddrIn(zc)))
		b.t("\n")
	}
}

// ---- data

// Chinese people. No given name starts with 小 or 老, and the nickname
// forms 老X and 小X are never written.

var zhSur = []string{"王", "王", "王", "李", "李", "李", "张", "张", "张", "刘", "刘", "陈", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁", "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "姚", "卢", "姜", "崔", "钟", "谭", "陆", "汪", "范", "金", "石", "廖", "贾", "夏", "韦", "付", "方", "白", "邹", "孟", "熊", "秦", "邱", "江", "尹", "薛", "闫", "段", "雷", "侯", "龙", "史", "陶", "黎", "贺", "顾", "毛", "郝", "龚", "邵", "万", "钱", "严", "覃", "武", "戴", "莫", "孔", "向", "汤"}

var zhCompoundSur = []string{"欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "夏侯", "端木", "独孤", "长孙", "宇文", "申屠", "钟离"}

var zhFemGiven = []string{"芳", "娜", "敏", "静", "丽", "艳", "娟", "秀英", "慧", "婷婷", "雪梅", "丽华", "桂英", "玉兰", "子涵", "梓萱", "欣怡", "一诺", "雨桐", "晨曦", "若曦", "嘉怡", "紫涵", "诗琪", "佳琪", "梦瑶", "红梅", "春燕", "秋菊", "冬梅", "凤英", "淑珍", "书瑶", "语桐", "海燕", "美玲", "晓燕", "文静", "思琪", "颖", "琳", "倩", "洁", "萍", "丹", "秀兰", "玉珍", "婷", "雅琴", "慧敏"}

var zhMascGiven = []string{"伟", "强", "磊", "军", "洋", "勇", "杰", "涛", "明", "超", "建华", "建国", "志强", "晓东", "浩然", "宇轩", "思远", "俊杰", "家豪", "博文", "明轩", "文博", "志明", "国庆", "卫东", "建军", "立新", "振宇", "昊天", "沐阳", "国栋", "永刚", "德明", "海波", "鹏", "斌", "辉", "刚", "亮", "鑫", "子豪", "天佑", "一鸣", "宏伟", "春生", "长青", "金龙", "文斌", "毅", "晓峰"}

var zhMinority = []string{"阿依古丽·买买提", "买买提·艾力", "古丽娜尔·吐尔逊", "热依拉·阿不都", "艾克拜尔·吾斯曼", "阿迪力·努尔", "迪丽努尔·阿不力孜", "努尔兰·哈力木", "阿卜杜拉·艾海提", "帕提古丽·吐尔洪", "巴特尔", "乌兰其其格", "娜仁花", "次仁卓玛", "扎西多吉", "格桑梅朵"}

// Chinese places.

type zhCity struct {
	prov, city string
	dists      []string
}

var zhCities = []zhCity{
	{"浙江省", "杭州市", []string{"西湖区", "拱墅区", "余杭区", "滨江区", "萧山区", "上城区"}},
	{"浙江省", "宁波市", []string{"鄞州区", "海曙区", "江北区", "北仑区"}},
	{"浙江省", "温州市", []string{"鹿城区", "瓯海区", "龙湾区"}},
	{"江苏省", "南京市", []string{"鼓楼区", "玄武区", "江宁区", "建邺区", "秦淮区"}},
	{"江苏省", "苏州市", []string{"姑苏区", "吴中区", "相城区", "吴江区"}},
	{"广东省", "广州市", []string{"天河区", "越秀区", "海珠区", "番禺区", "白云区"}},
	{"广东省", "深圳市", []string{"南山区", "福田区", "宝安区", "龙岗区", "龙华区"}},
	{"广东省", "佛山市", []string{"禅城区", "南海区", "顺德区"}},
	{"四川省", "成都市", []string{"武侯区", "锦江区", "青羊区", "成华区", "双流区"}},
	{"湖北省", "武汉市", []string{"洪山区", "武昌区", "江汉区", "汉阳区"}},
	{"湖南省", "长沙市", []string{"岳麓区", "芙蓉区", "天心区", "雨花区"}},
	{"河南省", "郑州市", []string{"金水区", "二七区", "中原区", "管城回族区"}},
	{"山东省", "济南市", []string{"历下区", "市中区", "槐荫区"}},
	{"山东省", "青岛市", []string{"市南区", "崂山区", "黄岛区", "李沧区"}},
	{"陕西省", "西安市", []string{"雁塔区", "碑林区", "未央区", "长安区"}},
	{"福建省", "厦门市", []string{"思明区", "湖里区", "集美区"}},
	{"福建省", "福州市", []string{"鼓楼区", "台江区", "仓山区"}},
	{"安徽省", "合肥市", []string{"蜀山区", "包河区", "庐阳区"}},
	{"河北省", "石家庄市", []string{"长安区", "桥西区", "裕华区"}},
	{"辽宁省", "沈阳市", []string{"和平区", "沈河区", "铁西区"}},
	{"黑龙江省", "哈尔滨市", []string{"南岗区", "道里区", "香坊区"}},
	{"云南省", "昆明市", []string{"五华区", "盘龙区", "官渡区"}},
	{"广西壮族自治区", "南宁市", []string{"青秀区", "兴宁区", "西乡塘区"}},
	{"新疆维吾尔自治区", "乌鲁木齐市", []string{"天山区", "沙依巴克区", "新市区"}},
	{"贵州省", "贵阳市", []string{"云岩区", "南明区", "观山湖区"}},
	{"江西省", "南昌市", []string{"东湖区", "青山湖区", "红谷滩区"}},
	{"山西省", "太原市", []string{"万柏林区", "迎泽区", "杏花岭区"}},
	{"吉林省", "长春市", []string{"朝阳区", "南关区", "绿园区"}},
	{"甘肃省", "兰州市", []string{"城关区", "七里河区", "安宁区"}},
	{"", "北京市", []string{"朝阳区", "海淀区", "东城区", "丰台区", "通州区", "昌平区"}},
	{"", "上海市", []string{"浦东新区", "徐汇区", "静安区", "闵行区", "杨浦区", "普陀区"}},
	{"", "天津市", []string{"南开区", "河西区", "和平区"}},
	{"", "重庆市", []string{"渝中区", "江北区", "沙坪坝区", "九龙坡区"}},
}

var zhAbbr = map[string]string{"浙江省": "浙", "江苏省": "苏", "广东省": "粤", "四川省": "川", "湖北省": "鄂", "湖南省": "湘", "河南省": "豫", "山东省": "鲁", "陕西省": "陕", "福建省": "闽", "安徽省": "皖", "河北省": "冀", "辽宁省": "辽", "黑龙江省": "黑", "云南省": "云", "广西壮族自治区": "桂", "新疆维吾尔自治区": "新", "贵州省": "黔", "江西省": "赣", "山西省": "晋", "吉林省": "吉", "甘肃省": "甘", "北京市": "京", "上海市": "沪", "天津市": "津", "重庆市": "渝"}

func (c zhCity) abbr() string {
	if c.prov == "" {
		return zhAbbr[c.city]
	}
	return zhAbbr[c.prov]
}

type zhCounty struct {
	prov, city, county string
	towns              []string
}

var zhCounties = []zhCounty{
	{"河南省", "周口市", "郸城县", []string{"汲冢镇", "宁平镇", "钱店镇"}},
	{"安徽省", "阜阳市", "太和县", []string{"旧县镇", "宫集镇", "三塔镇"}},
	{"山东省", "菏泽市", "曹县", []string{"庄寨镇", "青菏街道", "魏湾镇"}},
	{"四川省", "南充市", "仪陇县", []string{"马鞍镇", "新政镇", "立山镇"}},
	{"湖南省", "邵阳市", "隆回县", []string{"桃洪镇", "六都寨镇", "荷香桥镇"}},
	{"江西省", "赣州市", "于都县", []string{"贡江镇", "罗坳镇", "葛坳乡"}},
	{"浙江省", "舟山市", "岱山县", []string{"衢山镇", "高亭镇", "东沙镇"}},
	{"福建省", "宁德市", "霞浦县", []string{"三沙镇", "长春镇", "北壁乡"}},
	{"广东省", "湛江市", "徐闻县", []string{"南山镇", "角尾乡", "西连镇"}},
	{"贵州省", "黔东南苗族侗族自治州", "从江县", []string{"丙妹镇", "贯洞镇"}},
	{"黑龙江省", "绥化市", "望奎县", []string{"望奎镇", "通江镇"}},
	{"广西壮族自治区", "百色市", "田东县", []string{"平马镇", "祥周镇"}},
}

var zhVillages = []string{"刘庄村", "王楼村", "张湾村", "李家坝村", "陈屋村", "新河村", "东岗村", "杨柳村", "桃源村", "石桥村", "大王庄村", "前进村", "红星村", "沙岗村", "后杨村", "东山村", "北岙村", "渔港村", "高家岭村", "马坊村"}

var zhGroups = []string{"一组", "二组", "三组", "四组", "五组", "六组", "七组", "八组", "九组", "十组", "十一组", "3组", "5组", "第二村民小组", "第七村民小组"}

var zhStreets = []string{"人民路", "解放路", "中山路", "建设路", "文化路", "和平路", "长江路", "黄河路", "文三路", "学院路", "科技路", "新华街", "东风路", "青年路", "胜利街", "五一路", "工业大道", "滨江大道", "金桥路", "桂花街", "枫林路", "翠柳巷", "梧桐巷", "杏坛路", "丰泽街", "兴业路", "望江路", "朝阳北路", "安宁西路", "幸福里", "光明巷", "书院街", "锦绣大道", "云栖路", "玉泉北路", "中山北路", "长乐路", "解放东路", "育才街", "环城西路", "科技南十二路", "龙腾路", "银杏街", "凤凰路", "湖滨南路"}

var zhSubdistricts = []string{"北山街道", "翠苑街道", "五马街道", "粤海街道", "解放路街道", "东湖街道", "新街口街道", "望月湖街道", "黎托街道", "狮山镇", "湖里街道", "城关街道", "南门街道"}

var zhEstates = []string{"锦绣花园", "阳光新城", "翠湖苑", "金桂园", "碧水湾", "世纪华庭", "东方明珠苑", "龙湖春江郦城", "万科城市花园", "绿城桂花园", "保利天悦", "和谐家园", "幸福小区", "电力宿舍", "纺织厂家属院", "铁路新村", "教师公寓", "华星时代广场", "长虹科技大厦", "滨江花苑", "紫荆园", "梧桐苑", "丽景湾", "国际公寓", "南苑小区"}
