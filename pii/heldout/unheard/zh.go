package unheard

import "strings"

var zhKinds = []kind{
	{"快递面单", zhWaybill},
	{"户口迁移证明", zhHukou},
	{"民事判决书摘要", zhJudgment},
	{"社区团购接龙", zhJielong},
	{"招聘启事", zhHiring},
	{"租房合同", zhLease},
	{"寻人启事", zhMissing},
	{"驿站取件短信", zhPickupSMS},
	{"学生成绩单", zhGrades},
	{"会议签到表", zhSignIn},
	{"婚礼请柬", zhWedding},
	{"讣告", zhObituary},
	{"外卖订单", zhTakeout},
	{"助学金申请表", zhGrant},
	{"访客登记", zhVisitors},
}

var zhNegKinds = []kind{
	{"菜单推荐", zhMenu},
	{"地铁公告", zhMetro},
	{"城市随笔", zhEssay},
}

// honorifics follow a surname and stay outside the label.
var zhHonorifics = []string{"先生", "女士", "老师", "经理", "师傅", "阿姨", "姐", "哥", "总", "医生"}

func zhWaybill(g *gen, b *builder) {
	// An OCR'd waybill: fields run together, stray spaces and symbols.
	b.textf("%s 标准快递  运单号 %s\n", g.pick("顺丰速运", "中通快递", "圆通速递", "韵达快递", "EMS"), g.digits(13))
	b.text("收 ")
	b.name(g.zhFull())
	b.textf(" %s****%s\n", g.phoneZH()[:3], g.digits(4))
	b.addr(g.zhAddr().full())
	b.text("\n寄 ")
	if g.chance(0.5) {
		b.name(g.zhSur())
		b.text(g.pick("先生", "女士"))
	} else {
		b.name(g.zhFull())
	}
	b.textf(" 1%s****%s  ", g.digits(2), g.digits(4))
	b.addr(g.zhAddr().full())
	b.textf("\n物品：%s  重量 %s.%skg\n签收人：________ 派件员 ", g.pick("文件", "衣物", "日用品", "电子产品"), g.num(0, 9), g.num(1, 9))
	b.neg("小" + g.of(zhSurnames))
	b.text("\n")
}

func zhHukou(g *gen, b *builder) {
	sur, given := g.zhName()
	b.textf("户口迁移证明\n编号：%s\n\n", g.digits(10))
	b.text("姓名：")
	b.name(sur + given)
	if g.chance(0.4) {
		b.text("    曾用名：")
		b.name(sur + g.of(zhGiven))
	}
	b.textf("\n性别：%s    民族：%s    出生日期：%s\n", g.pick("男", "女"), g.pick("汉", "回", "壮", "满", "苗"), g.birth("zh", 1950, 2010))
	b.text("迁出地址：")
	if g.chance(0.3) {
		b.addr(g.zhVillage())
	} else {
		b.addr(g.zhAddr().full())
	}
	b.text("\n迁往地址：")
	b.addr(g.zhAddr().full())
	b.textf("\n迁移原因：%s\n与户主关系：%s    户主姓名：", g.pick("投亲", "工作调动", "购房", "升学"), g.pick("子", "女", "配偶", "本人"))
	b.name(g.zhFull())
	b.textf("\n承办人：")
	b.name(g.zhFull())
	b.textf("    签发日期：%s\n（%s派出所 盖章）\n", g.date("zh"), g.pick("城关", "东湖", "新华路", "中山路"))
}

func zhJudgment(g *gen, b *builder) {
	b.textf("%s人民法院\n民事判决书\n（%d）%s%s民初%s号\n\n", g.pick("广州市天河区", "杭州市西湖区", "成都市武侯区", "郑州市金水区"), g.between(2021, 2026), g.pick("粤", "浙", "川", "豫"), g.pad(4, 101, 9999), g.num(100, 29999))
	p, d := g.zhFull(), g.zhFull()
	b.text("原告：")
	b.name(p)
	b.textf("，%s，%s年%s月%s日出生，汉族，住", g.pick("男", "女"), g.num(1955, 2000), g.num(1, 12), g.num(1, 28))
	b.addr(g.zhAddr().full())
	b.text("。\n委托诉讼代理人：")
	b.name(g.zhFull())
	b.textf("，%s律师事务所律师。\n被告：", g.pick("金杜", "中伦", "大成", "君合"))
	if g.chance(0.35) {
		b.neg(g.pick("李宁（中国）体育用品有限公司", "周大福珠宝金行有限公司", "王老吉大健康产业有限公司", "老干妈风味食品有限责任公司"))
		b.text("，住所地")
	} else {
		b.name(d)
		b.text("，住")
	}
	b.addr(g.zhAddr().full())
	b.text("。\n\n原告")
	b.name(p)
	b.textf("诉称：双方于%s签订借款协议，被告至今未还款%s元。", g.date("zh"), g.num(5000, 300000))
	b.text("本院认为，原告诉请事实清楚，予以支持。判决如下：被告于本判决生效之日起十日内偿还借款。\n\n审判员  ")
	b.name(g.zhFull())
	b.textf("\n%s\n书记员  ", g.date("zh"))
	b.name(g.zhFull())
	b.text("\n")
}

func zhJielong(g *gen, b *builder) {
	area := g.zhAddr()
	b.textf("#接龙\n%s团购 %s 截单\n自提点：", g.pick("阳澄湖大闸蟹", "赣南脐橙", "五常大米", "现烤面包"), g.clock())
	b.addr(area.full())
	b.text("\n团长：")
	b.name(g.zhSur())
	b.text(g.pick("姐", "阿姨", "哥"))
	b.text("\n\n")
	for i := range g.count(4, 8) {
		b.textf("%d. ", i+1)
		switch g.r.IntN(5) {
		case 0:
			b.name(g.zhFull())
		case 1:
			b.textf("%s-%s ", g.num(1, 20), g.num(101, 2202))
			b.name(g.zhSur())
			b.text(g.pick("阿姨", "姐", "先生", "女士"))
		case 2:
			// 老李 and 小王 are nicknames built from a surname: not labelled.
			b.neg(g.pick("老", "小") + g.of(zhSurnames))
		case 3:
			b.text(g.pick("Lucy", "🌸", "快乐每一天", "阳光"), "（")
			b.name(g.zhFull())
			b.text("）")
		default:
			b.name(g.zhFull())
			b.text(" ", g.num(1, 20), "栋")
		}
		b.textf(" %s份\n", g.num(1, 4))
	}
}

func zhHiring(g *gen, b *builder) {
	co := g.pick("杭州某科技有限公司", "本店", "成都某餐饮管理有限公司", "某物流公司")
	b.textf("【招聘启事】\n%s因业务发展需要，诚聘以下岗位：\n", co)
	b.textf("一、%s %s名，月薪%s000-%s000元\n二、%s %s名\n", g.pick("收银员", "仓库管理员", "前端开发", "会计"), g.num(1, 5), g.num(4, 9), g.num(10, 15), g.pick("厨师", "司机", "客服"), g.num(1, 3))
	b.text("要求：吃苦耐劳，有")
	b.neg(g.pick("李宁", "周大福", "王老吉", "海底捞"))
	b.text("门店工作经验者优先。\n\n联系人：")
	b.name(g.zhSur())
	b.text(g.pick("经理", "女士", "先生", "主管"))
	b.textf("  电话：%s\n面试地址：", g.phoneZH())
	b.addr(g.zhAddr().full())
	b.text("\n（地铁")
	b.neg(g.pick("中山公园", "张江高科", "王府井", "逸仙路"))
	b.text("站B口步行五分钟）\n")
}

func zhLease(g *gen, b *builder) {
	a, c := g.zhFull(), g.zhFull()
	b.text("房屋租赁合同\n\n出租方（甲方）：")
	b.name(a)
	b.textf("  身份证号：%s\n承租方（乙方）：", g.digits(17)+g.pick("X", "1", "5"))
	b.name(c)
	b.textf("  联系电话：%s\n\n", g.phoneZH())
	b.text("第一条 甲方将其所有的位于")
	b.addr(g.zhAddr().full())
	b.textf("的房屋出租给乙方居住使用，建筑面积%s平方米。\n", g.num(35, 140))
	b.textf("第二条 租期自%s起至%s止，月租金人民币%s元。\n", g.date("zh"), g.date("zh"), g.num(1200, 8800))
	b.text("第三条 乙方通讯地址：")
	b.addr(g.zhAddr().full())
	b.text("\n\n甲方（签字）：")
	b.name(a)
	b.text("      乙方（签字）：")
	b.name(c)
	if g.chance(0.4) {
		b.text("\n中介：")
		b.neg(g.pick("链家", "我爱我家", "贝壳找房"))
		b.text("  经纪人 ")
		b.name(g.zhFull())
	}
	b.text("\n")
}

func zhMissing(g *gen, b *builder) {
	sur, given := g.zhName()
	b.text("寻人启事\n\n")
	b.name(sur + given)
	age := g.between(6, 86)
	b.textf("，%s，%d岁，身高约%s厘米，%s口音。", g.pick("男", "女"), age, g.num(120, 180), g.pick("河南", "四川", "东北", "湖南"))
	b.textf("于%s上午在", g.date("zh"))
	b.neg(g.pick("中山公园", "鲁迅公园", "人民广场", "岳麓书院"))
	b.textf("附近走失，走失时穿%s。", g.pick("蓝色外套", "灰色毛衣", "红色羽绒服"))
	if age >= 60 && g.chance(0.6) {
		b.text("老人患有")
		b.neg(g.pick("阿尔茨海默病", "帕金森病"))
		b.text("，")
	}
	b.text("家住")
	if g.chance(0.3) {
		b.addr(g.zhVillage())
	} else {
		b.addr(g.zhAddr().full())
	}
	b.text("。\n有知情者请联系其")
	if g.chance(0.3) {
		b.text("老伴")
		b.name(g.zhFull())
	} else {
		b.text(g.pick("女儿", "儿子", "孙子"))
		b.name(sur + g.of(zhGiven))
	}
	b.textf("，电话%s，必有重谢！\n", g.phoneZH())
}

func zhPickupSMS(g *gen, b *builder) {
	station := g.pick("菜鸟驿站", "兔喜生活", "妈妈驿站", "丰巢")
	a := g.zhAddr()
	for range g.count(2, 4) {
		b.textf("【%s】", station)
		switch g.r.IntN(3) {
		case 0:
			b.text("您好")
			b.name(g.zhSur())
			b.text(g.pick("先生", "女士"))
			b.textf("，您的%s包裹已到", g.pick("中通", "圆通", "京东", "极兔"))
			b.addr(a.full())
			b.textf("，取件码%s-%s-%s，请于%s前领取。\n", g.num(1, 9), g.num(1, 6), g.digits(4), g.clock())
		case 1:
			b.textf("取件码%s，凭码到", g.digits(6))
			b.addr(a.region + a.street)
			b.textf("领取，有疑问联系店长")
			b.name(g.of(zhGiven))
			b.text(g.pick("姐", "哥"))
			b.textf("%s。退订回T\n", g.phoneZH())
		default:
			b.text("尊敬的")
			b.name(g.zhFull())
			b.textf("，您有%s个包裹超过3天未取，驿站营业时间8:00-21:00。\n", g.num(1, 3))
		}
	}
}

func zhGrades(g *gen, b *builder) {
	b.neg(g.pick("中山中学", "逸夫小学", "鲁迅中学", "陶行知实验学校", "詹天佑中学"))
	b.textf(" %s学年第%s学期 %s班 期末成绩单\n\n", g.pick("2024-2025", "2025-2026"), g.pick("一", "二"), g.pick("初二(3)", "高一(7)", "五年级2", "初三(1)"))
	b.text("| 学号 | 姓名 | 语文 | 数学 | 英语 | 总分 |\n|---|---|---|---|---|---|\n")
	for range g.count(4, 8) {
		y, m, e := g.between(60, 120), g.between(40, 120), g.between(50, 120)
		b.textf("| %s | ", g.digits(6))
		b.name(g.zhFull())
		b.textf(" | %d | %d | %d | %d |\n", y, m, e, y+m+e)
	}
	b.text("\n班主任：")
	b.name(g.zhFull())
	b.text("  （成绩请勿外传）\n")
}

func zhSignIn(g *gen, b *builder) {
	b.textf("%s 签到表\n时间：%s %s\n地点：", g.pick("2025年度表彰大会", "项目启动会", "安全生产培训", "业主大会筹备会"), g.date("zh"), g.clock())
	b.addr(g.zhAddr().full())
	b.text("\n\n序号,姓名,单位,职务,联系电话\n")
	for i := range g.count(4, 7) {
		b.textf("%d,", i+1)
		b.name(g.zhFull())
		b.text(",")
		if g.chance(0.3) {
			b.neg(g.pick("李宁公司", "王老吉药业", "周大福", "张小泉股份"))
		} else {
			b.text(g.pick("市住建局", "某设计院", "街道办", "第一中学", "财务部"))
		}
		b.textf(",%s,%s\n", g.pick("科员", "主任", "工程师", "经理", ""), g.phoneZH())
	}
}

func zhWedding(g *gen, b *builder) {
	groom, bride := g.zhFull(), g.zhFull()
	b.text("谨定于")
	b.textf("%s（星期%s）", g.date("zh"), g.pick("六", "日"))
	b.text("\n为")
	b.name(groom)
	b.text("先生与")
	b.name(bride)
	b.text("女士举行结婚典礼\n敬备喜宴 恭候光临\n\n席设：")
	b.addr(g.zhAddr().full())
	b.text(g.pick("金陵饭店", "香格里拉大酒店", "喜来登", "锦江饭店"), g.pick("三楼宴会厅", "", "牡丹厅"))
	b.text("\n\n")
	b.name(g.zhFull())
	b.text(" ")
	b.name(g.zhFull())
	b.textf(" 携子女 敬邀\n恭请 ")
	b.name(g.zhSur())
	b.text(g.pick("老师", "总", "阿姨", "叔叔"))
	b.text(" 阖家光临\n")
}

func zhObituary(g *gen, b *builder) {
	sur, given := g.zhName()
	b.text("讣告\n\n")
	b.textf("%s退休%s", g.pick("原市第一人民医院", "县供销社", "市第三中学", "某机械厂"), g.pick("职工", "教师", "医生"))
	b.name(sur + given)
	b.textf("同志，因病医治无效，于%s不幸逝世，享年%s岁。\n", g.date("zh"), g.num(68, 99))
	b.text("遗体告别仪式定于")
	b.textf("%s上午%s在", g.date("zh"), g.clock())
	b.addr(g.zhAddr().full())
	b.textf("%s举行。\n\n", g.pick("殡仪馆", "殡仪馆二号厅", "福寿园"))
	b.text("治丧小组联系人：")
	b.name(g.zhFull())
	b.textf(" %s\n孝子：", g.phoneZH())
	b.name(sur + g.of(zhGiven))
	b.text(" 孝女：")
	b.name(sur + g.of(zhGiven))
	b.text(" 泣告\n")
}

func zhTakeout(g *gen, b *builder) {
	b.textf("{\n  \"order_id\": \"%s\",\n  \"shop\": \"", g.digits(16))
	b.neg(g.pick("杨国福麻辣烫", "张亮麻辣烫", "刘一手火锅", "周黑鸭", "杨记兴臭鳜鱼", "陈记肠粉"))
	b.text("\",\n  \"items\": [\"")
	b.neg(g.of(zhDishes))
	b.textf("\", \"米饭×%s\"],\n  \"receiver\": \"", g.num(1, 3))
	if g.chance(0.5) {
		b.name(g.zhSur())
		b.text(g.pick("先生", "女士"))
	} else {
		b.name(g.zhFull())
	}
	b.textf("\",\n  \"phone\": \"%s****%s\",\n  \"address\": \"", g.phoneZH()[:3], g.digits(4))
	b.addr(g.zhAddr().full())
	b.text("\",\n  \"remark\": \"")
	switch g.r.IntN(3) {
	case 0:
		b.text("放门口就行，别敲门，狗狗")
		b.neg(g.pick("豆豆", "旺财", "大黄"))
		b.text("会叫")
	case 1:
		b.text("到了打电话给我同事")
		b.name(g.zhFull())
	default:
		b.text("不要香菜！！骑手师傅辛苦了")
	}
	b.textf("\",\n  \"rider\": \"")
	b.name(g.zhFull())
	b.text("\"\n}\n")
}

func zhGrant(g *gen, b *builder) {
	sur, given := g.zhName()
	b.text("国家助学金申请表\n\n")
	b.text("学生姓名：")
	b.name(sur + given)
	b.textf("    性别：%s    学号：%s\n", g.pick("男", "女"), g.digits(10))
	b.text("家庭住址：")
	b.addr(g.zhVillage())
	b.textf("\n邮政编码：%s\n家庭成员：\n", g.digits(6))
	for range g.count(2, 4) {
		b.text("  ")
		b.name(sur + g.of(zhGiven))
		b.textf("  %s  %s  %s\n", g.pick("父亲", "母亲", "祖母", "弟弟", "妹妹"), g.pick("务农", "外出务工", "在校学生", "无"), g.pick("健康", "残疾", "患病"))
	}
	b.text("申请理由：家中收入主要靠种植")
	b.neg(g.pick("红旗", "向阳", "丰收"))
	b.text("牌烤烟，")
	b.textf("年收入约%s元。\n辅导员意见：同意。  辅导员：", g.num(8000, 30000))
	b.name(g.zhFull())
	b.text("\n")
}

func zhVisitors(g *gen, b *builder) {
	b.textf("访客登记 Visitor Log  %s\n", g.date("iso"))
	b.text("时间 | 访客姓名 | 来访单位 | 被访人 | 事由\n")
	for range g.count(3, 6) {
		b.textf("%s | ", g.clock())
		if g.chance(0.4) {
			p := g.enPerson()
			b.name(g.pick(p.full(), strings.ToUpper(p.last)+" "+p.first))
		} else {
			b.name(g.zhFull())
		}
		b.text(" | ")
		if g.chance(0.4) {
			b.neg(g.pick("Johnson & Johnson", "Wells Fargo", "Procter & Gamble", "李锦记", "周大福"))
		} else {
			b.text(g.pick("某律所", "供应商", "面试", "快递"))
		}
		b.text(" | ")
		if g.chance(0.5) {
			b.name(g.zhSur())
			b.text(g.pick("总", "经理", "工"))
		} else {
			b.name(g.zhFull())
		}
		b.textf(" | %s\n", g.pick("商务洽谈", "送样品", "面试", "审计"))
	}
	b.text("前台：")
	b.neg("小" + g.of(zhSurnames))
	b.text("  地址：")
	b.addr(g.zhAddr().full())
	b.text(" Reception, ")
	b.neg(g.pick("Hilton", "Marriott", "Dell"))
	b.text(" Building\n")
}

// Negative-only kinds.

func zhMenu(g *gen, b *builder) {
	b.text("本周推荐菜单：\n")
	for range g.count(3, 6) {
		b.text("· ")
		b.neg(g.of(zhDishes))
		b.textf(" ￥%s\n", g.num(18, 88))
	}
	b.text("饮品：")
	b.neg(g.pick("王老吉", "杜康", "孔府家酒"))
	b.text("。本店与")
	b.neg(g.of(zhBrands))
	b.text("联名，")
	b.neg("高峰")
	b.text("时段请提前订座。\n")
}

func zhMetro(g *gen, b *builder) {
	b.textf("【运营公告】%s起，%s号线", g.date("zh"), g.num(1, 18))
	b.neg(g.of(zhPlaces))
	b.text("站至")
	b.neg(g.of(zhPlaces))
	b.textf("站区间因施工，首班车推迟%s分钟。", g.num(10, 40))
	b.text("早")
	b.neg("高峰")
	b.text("期间")
	b.neg(g.of(zhPlaces))
	b.text("站实行限流，请乘客留意。\n")
}

func zhEssay(g *gen, b *builder) {
	b.text("周末去")
	b.neg(g.of(zhPlaces))
	b.text("走了走，又到")
	b.neg(g.of(zhPlaces))
	b.text("坐了一下午。")
	b.neg("江山")
	b.text("如画，")
	b.neg("白云")
	b.text("悠悠。晚上吃了")
	b.neg(g.of(zhDishes))
	b.text("，买了双")
	b.neg(g.pick("李宁", "乔丹体育", "安踏"))
	b.text("。听说今年的")
	b.neg(g.of(zhPrizes))
	b.text("公布了，")
	b.neg("马上")
	b.text("去书店看看。\n")
}
