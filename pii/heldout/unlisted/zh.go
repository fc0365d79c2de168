package unlisted

import (
	"fmt"
)

func (g *gen) zhName() string {
	s := g.of(zhSur)
	if g.chance(0.35) {
		return s + g.of(zhGiven1)
	}
	return s + g.of(zhGiven2)
}

func (g *gen) zhSurname() string { return g.of(zhSur) }

func (g *gen) zhAddr() string {
	p := zhProv[g.r.IntN(len(zhProv))]
	s := ""
	if p.prov != "" && g.chance(0.85) {
		s = p.prov
	}
	s += p.city + g.of(p.districts)
	s += g.of(zhRoad) + g.of(zhRoadSuffix) + fmt.Sprint(g.num(1, 999)) + "号"
	switch g.r.IntN(4) {
	case 0:
		s += g.of(zhEstate) + fmt.Sprint(g.num(1, 30)) + "栋" + fmt.Sprint(g.num(1, 6)) + "单元" + fmt.Sprint(g.num(1, 33)) + fmt.Sprintf("%02d", g.num(1, 8)) + "室"
	case 1:
		s += fmt.Sprint(g.num(1, 20)) + "幢" + fmt.Sprint(g.num(101, 2808)) + "室"
	case 2:
		s += g.pick("A座", "B座", "") + fmt.Sprint(g.num(2, 40)) + "楼"
	}
	return s
}

var zhNeg = []string{"李宁", "王老吉", "高兴", "马上", "周末", "黄金", "张小泉剪刀", "老干妈", "方便面", "石头", "白天", "金色", "江南", "海底捞", "钟表", "陈醋", "朱古力", "林业局", "胡萝卜", "宋体"}

func (g *gen) zhDate() string {
	return fmt.Sprintf("%d年%d月%d日", g.num(2019, 2026), g.num(1, 12), g.num(1, 28))
}

func zhPolice(g *gen, b *builder) {
	b.f("接警记录 编号：%s\n报警时间：%s %02d:%02d\n报警人：", g.digits(10), g.zhDate(), g.num(0, 23), g.num(0, 59))
	p := g.zhName()
	b.name(p)
	b.f("，%s，身份证尾号%s\n事发地点：", g.pick("男", "女"), g.digits(4))
	b.addr(g.zhAddr())
	b.t("\n简要案情：报警人称其停放在楼下的电动车被盗，车筐内有一箱王老吉和一双李宁运动鞋。邻居")
	b.name(g.zhName())
	b.t("称看到一名穿黑衣男子马上骑车离开。民警")
	b.name(g.zhName())
	b.t("、")
	b.name(g.zhName())
	b.t("到场处置，已调取监控。\n")
}

func zhSMS(g *gen, b *builder) {
	a, c := g.zhName(), g.zhName()
	for i := range g.num(4, 7) {
		who := a
		if i%2 == 1 {
			who = c
		}
		b.name(who)
		b.f(" %02d:%02d\n", g.num(7, 23), g.num(0, 59))
		switch g.r.IntN(7) {
		case 0:
			b.t("周末一起去吃海底捞吗？")
		case 1:
			b.t("我搬家了，新地址：")
			b.addr(g.zhAddr())
		case 2:
			b.t("你跟")
			b.name(g.zhName())
			b.t("说了没？他今天特别高兴")
		case 3:
			b.t("马上到，堵车了😂")
		case 4:
			b.t("帮我把快递寄到")
			b.addr(g.zhAddr())
			b.t("，收件人写")
			b.name(g.zhName())
		case 5:
			b.t("黄金又涨了，老干妈也涨价了")
		default:
			b.t("好的")
		}
		b.t("\n")
	}
}

func zhLabel(g *gen, b *builder) {
	b.t(g.pick("顺丰速运", "中通快递", "京东物流", "圆通速递"), "  标准快递\n运单号：SF", g.digits(12), "\n收件人：")
	b.name(g.zhName())
	b.f("  %s****%s\n收件地址：", "1"+g.digits(2), g.digits(4))
	b.addr(g.zhAddr())
	b.t("\n寄件人：")
	if g.chance(0.5) {
		b.t(g.pick("李宁官方旗舰店", "王老吉京东自营", "张小泉剪刀专卖", "老干妈食品"))
	} else {
		b.name(g.zhName())
	}
	b.t("\n寄件地址：")
	b.addr(g.zhAddr())
	b.t("\n物品：", g.pick("衣物", "食品", "文件", "黄金饰品（保价）"), "  签收人：________\n")
}

func zhHotel(g *gen, b *builder) {
	b.t("旅客住宿登记表\n姓名：")
	b.name(g.zhName())
	b.f("    性别：%s    民族：%s\n证件号码：%s********%s\n户籍地址：", g.pick("男", "女"), g.pick("汉", "回", "壮", "满", "苗"), g.digits(6), g.digits(4))
	b.addr(g.zhAddr())
	b.f("\n入住日期：%s    房号：%d\n", g.zhDate(), g.num(201, 2512))
	if g.chance(0.5) {
		b.t("同住人：")
		b.name(g.zhName())
		b.t("\n")
	}
	b.t("备注：客人要求白天打扫，送一瓶陈醋作为特产。\n")
}

func zhAppt(g *gen, b *builder) {
	b.t("【", g.pick("市第一人民医院", "协和医院", "华西医院", "瑞金医院"), "】尊敬的")
	b.name(g.zhName())
	b.t(g.pick("先生", "女士", ""), "，您已成功预约", g.zhDate(), g.pick("上午", "下午"), "，")
	b.t(g.pick("口腔科", "眼科", "儿科", "骨科"))
	b.name(g.zhName())
	b.t(g.pick("主任医师", "医生", "副主任医师"), "门诊。就诊地址：")
	b.addr(g.zhAddr())
	b.t("。请提前30分钟到达，周末不停诊。退订回T\n")
}

func zhSchool(g *gen, b *builder) {
	kid := g.zhName()
	b.t(g.pick("三年级二班", "初一(5)班", "幼儿园大班"), "家长群\n")
	b.name(g.zhName())
	b.t("老师：各位家长好，明天上午秋游，请八点前在学校门口集合（")
	b.addr(g.zhAddr())
	b.t("）。请带好水和方便面以外的午餐。\n")
	b.name(kid)
	b.t("妈妈：收到，谢谢")
	b.name(g.zhSurname())
	b.t("老师！\n")
}

func zhForum(g *gen, b *builder) {
	b.f("【求助】租房被坑了怎么办？\n楼主：%s%s  发表于 %s\n\n", g.pick("小白", "路人甲", "吃瓜群众"), g.digits(3), g.zhDate())
	b.t("去年租了")
	b.addr(g.zhAddr())
	b.t("的房子，房东叫")
	b.name(g.zhName())
	b.t("，押金到现在都不退。中介小哥")
	b.name(g.zhName())
	b.t("也马上拉黑我了。有没有懂法律的朋友？\n\n2楼 回复：找")
	b.name(g.zhName())
	b.t("律师，我周末帮你问问。\n")
}

func zhInvoice(g *gen, b *builder) {
	b.f("增值税电子普通发票\n发票号码：%s  开票日期：%s\n购买方名称：", g.digits(8), g.zhDate())
	b.name(g.zhName())
	b.t("\n购买方地址：")
	b.addr(g.zhAddr())
	b.t("\n销售方名称：", g.pick("李宁（中国）体育用品有限公司", "广州王老吉药业股份有限公司", "海底捞餐饮股份有限公司", "周大福珠宝金行"), "\n")
	b.f("货物名称：%s  金额：%d.00\n收款人：", g.pick("运动鞋", "凉茶", "餐饮服务", "黄金手镯"), g.num(20, 9000))
	b.name(g.zhName())
	b.t("  复核：")
	b.name(g.zhName())
	b.t("  开票人：")
	b.name(g.zhName())
	b.t("\n")
}

func zhMinutes(g *gen, b *builder) {
	b.f("项目周会纪要（%s）\n参会人：", g.zhDate())
	for i := range g.num(3, 6) {
		if i > 0 {
			b.t("、")
		}
		b.name(g.zhName())
	}
	b.t("\n记录人：")
	b.name(g.zhName())
	b.t("\n一、")
	b.name(g.zhName())
	b.t("汇报新办公室已确定在")
	b.addr(g.zhAddr())
	b.t("，下周一马上启动装修。\n二、")
	b.name(g.zhName())
	b.t("负责与江南分公司对接，周末前给出方案。\n")
}

func zhLease(g *gen, b *builder) {
	b.t("房屋租赁合同\n\n出租方（甲方）：")
	b.name(g.zhName())
	b.t("\n承租方（乙方）：")
	b.name(g.zhName())
	b.t("\n\n第一条 甲方将位于")
	b.addr(g.zhAddr())
	b.f("的房屋出租给乙方居住使用，建筑面积%d平方米。\n第二条 月租金人民币%d元，每季度支付一次。\n第三条 乙方联系地址：", g.num(30, 180), g.num(1200, 12000))
	b.addr(g.zhAddr())
	b.t("\n甲方签字：")
	b.name(g.zhName())
	b.t("  乙方签字：________\n")
}

func zhClassified(g *gen, b *builder) {
	b.t(g.pick("【转让】", "【出租】", "【求购】"), g.pick("九成新李宁跑鞋", "两室一厅精装修", "二手钢琴", "黄金回收"), "，")
	b.t("地址：")
	b.addr(g.zhAddr())
	b.t("，联系人：")
	b.name(g.zhName())
	b.f("，电话1%s%s。", g.digits(2), g.digits(8))
	if g.chance(0.5) {
		b.t("白天请发短信，晚上可电话。")
	}
	b.t("\n")
}

func zhObit(g *gen, b *builder) {
	p := g.zhName()
	b.t("讣  告\n\n")
	b.name(p)
	b.f("同志因病医治无效，于%s在家中逝世，享年%d岁。\n", g.zhDate(), g.num(60, 98))
	b.name(p)
	b.t("同志一生勤勤恳恳，曾在林业局工作三十余年。兹定于本周末举行告别仪式，地点：")
	b.addr(g.zhAddr())
	b.t("。\n\n孝子：")
	b.name(g.zhName())
	b.t("  孝女：")
	b.name(g.zhName())
	b.t("\n治丧委员会 敬告\n")
}

func zhRoster(g *gen, b *builder) {
	b.t(g.pick("社区篮球赛", "公司足球联赛", "大学生羽毛球赛"), "参赛名单\n号码  姓名  位置\n")
	for range g.num(5, 9) {
		b.f("%d  ", g.num(0, 99))
		b.name(g.zhName())
		b.t("  ", g.pick("后卫", "前锋", "中锋", "守门员", "替补"), "\n")
	}
	b.t("领队：")
	b.name(g.zhName())
	b.t("  赞助：李宁、王老吉\n比赛场地：")
	b.addr(g.zhAddr())
	b.t("\n")
}

func zhSubtitle(g *gen, b *builder) {
	host := g.zhName()
	b.f("[%02d:%02d] ", g.num(0, 59), g.num(0, 59))
	b.name(host)
	b.t("：家人们晚上好，今天的黄金价格马上公布。\n")
	b.f("[%02d:%02d] 弹幕：", g.num(0, 59), g.num(0, 59))
	b.name(g.zhName())
	b.t(" 送出 火箭×1\n")
	b.f("[%02d:%02d] ", g.num(0, 59), g.num(0, 59))
	b.name(host)
	b.t("：谢谢")
	b.name(g.zhName())
	b.t("！中奖的朋友请把地址发给客服，比如")
	b.addr(g.zhAddr())
	b.t("这样写完整。\n")
}

func zhTicket(g *gen, b *builder) {
	b.f("工单号：%s\n客户：", g.digits(9))
	b.name(g.zhName())
	b.t("\n问题描述：客户反映购买的老干妈礼盒未收到，物流显示已签收，签收人为")
	b.name(g.zhName())
	b.t("，客户表示不认识此人。收货地址：")
	b.addr(g.zhAddr())
	b.t("\n处理人：")
	b.name(g.zhName())
	b.t("  状态：处理中\n")
}
