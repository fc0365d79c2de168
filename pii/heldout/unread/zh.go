package unread

var zhKinds = []kind{
	{"zh-110-jiejing", zh110, false},
	{"zh-120-chuche", zh120, false},
	{"zh-chongwu-bingli", zhPet, false},
	{"zh-yaofang-quyao", zhPharmacy, false},
	{"zh-banjia-baojia", zhMoving, false},
	{"zh-zhongjie-daikan", zhShowing, false},
	{"zh-jiazheng-fuwudan", zhHousekeeping, false},
	{"zh-weixiu-gongdan", zhRepair, false},
	{"zh-wuliu-qianshou", zhReceipt, false},
	{"zh-cunweihui-gongshi", zhVillage, false},
	{"zh-xianxue-guangrongbang", zhBlood, false},
	{"zh-fenban-mingdan", zhClasses, false},
	{"zh-yichan-gonggao", zhEstate, false},
	{"zh-shigong-xuke", zhPermit, false},
	{"zh-jiaotong-tongbao", zhTraffic, true}, // hard negatives only
	{"zh-luntan-chuxing", zhTravel, true},    // hard negatives only
	{"zh-zanzhu-mingdan", zhSponsor, true},   // hard negatives only
}

var zhNegBrands = []string{"李宁", "王老吉", "张小泉", "周大福", "老干妈", "李锦记", "陈李济", "马应龙"}
var zhNegPlaces = []string{"中山公园", "鲁迅公园", "逸夫楼", "中山大学", "孙中山纪念馆", "宋庆龄故居", "黄大仙", "中山路一带", "人民路上"}
var zhNegPrizes = []string{"茅盾文学奖", "鲁迅文学奖", "雷锋精神", "宋庆龄基金会", "袁隆平农业科技奖"}
var zhNegWords = []string{"高峰时段", "马路对面", "文明施工", "方便群众", "高明", "黄金周", "白云"}

func zhHonor(g *gen) string {
	return g.pick([]string{"先生", "女士", "师傅", "阿姨", "大爷"})
}

func zh110(g *gen) {
	g.t("110接警记录\n接警时间：2026年", itoa(1+g.intn(12)), "月", itoa(1+g.intn(28)), "日", itoa(g.intn(24)), "时", pad(g.intn(60), 2), "分\n报警人：")
	g.name(g.zhFull())
	g.t("，联系电话：1", itoa(3+g.intn(7)), "********\n报警内容：报警人称在")
	g.addr(g.zhAddr())
	g.t("家中，楼上邻居")
	g.name(g.zipf(zhSurname))
	g.t(zhHonor(g), "家漏水两天无人应答，")
	g.neg("小" + g.zipf(zhSurname[:20]))
	g.t("说看到有人出入。\n处警民警：")
	g.name(g.zhFull())
	g.t("、")
	g.name(g.zhFull())
	g.t("\n")
}

func zh120(g *gen) {
	g.t("120院前急救出车记录单\n车号：急", itoa(1+g.intn(30)), "  接诉地址：")
	g.addr(g.zhAddr())
	g.t("\n患者姓名：")
	if g.p(0.2) {
		g.t("不详（男，约", itoa(20+g.intn(60)), "岁）")
	} else {
		g.name(g.zhFull())
	}
	g.t("  性别：", g.pick([]string{"男", "女"}), "\n主诉：胸闷一小时。家属")
	g.name(g.zhFull())
	g.t("陪同。\n随车医生：")
	g.name(g.zhFull())
	g.t("  护士：")
	g.name(g.zhFull())
	g.t("  送往：市第一人民医院\n")
}

func zhPet(g *gen) {
	g.t("宠物医院门诊病历\n宠物名：", g.pick([]string{"豆豆", "旺财", "咪咪", "球球"}), "  品种：", g.pick([]string{"泰迪", "英短", "柯基"}), "\n主人：")
	g.name(g.zhFull())
	g.t("\n住址：")
	g.addr(g.zhShort())
	g.t("\n诊断：皮肤真菌感染。")
	g.name(g.zipf(zhSurname))
	g.t("医生嘱咐每日药浴一次，一周后复诊。\n")
}

func zhPharmacy(g *gen) {
	g.t("药房代取药登记表\n序号｜患者｜取药人｜关系｜身份证后四位\n")
	for i := range 3 + g.intn(5) {
		g.t(itoa(i+1), "｜")
		g.name(g.zhFull())
		g.t("｜")
		if g.p(0.4) {
			g.t("本人｜—")
		} else {
			g.name(g.zhFull())
			g.t("｜", g.pick([]string{"女儿", "配偶", "儿子", "护工"}))
		}
		g.t("｜", pad(g.intn(10000), 4), "\n")
	}
}

func zhMoving(g *gen) {
	g.t("搬家报价单\n客户：")
	g.name(g.zhFull())
	g.t("\n搬出地址：")
	g.addr(g.zhAddr())
	g.t("（", itoa(1+g.intn(20)), "楼，", g.pick([]string{"有电梯", "无电梯"}), "）\n搬入地址：")
	g.addr(g.zhAddr())
	g.t("\n车型：4.2米厢货，师傅", itoa(2+g.intn(3)), "名，负责人")
	g.neg("老" + g.zipf(zhSurname[:20]))
	g.t("\n报价：", itoa(600+g.intn(2000)), "元（含拆装空调）\n")
}

func zhShowing(g *gen) {
	g.t("带看记录\n经纪人：")
	g.name(g.zhFull())
	g.t("  客户：")
	g.name(g.zipf(zhSurname))
	g.t(zhHonor(g), "\n房源：")
	g.addr(g.zhAddr())
	g.t("\n反馈：客户觉得采光好，但", g.pick([]string{"马路对面有工地", "高峰时段堵车"}), "，想再看看")
	g.addr(g.zhShort())
	g.t("那套。业主")
	g.name(g.zhFull())
	g.t("同意再谈价格。\n")
}

func zhHousekeeping(g *gen) {
	g.t("家政服务派工单\n服务项目：", g.pick([]string{"深度保洁", "育儿嫂", "钟点工"}), "\n客户姓名：")
	g.name(g.zhFull())
	g.t("\n服务地址：")
	g.addr(g.zhAddr())
	g.t("\n服务人员：")
	g.name(g.zhFull())
	g.t("（工号", itoa(1000+g.intn(9000)), "）\n备注：家里有老人，请")
	g.name(g.zipf(zhGiven))
	g.t("阿姨提前十分钟到。\n")
}

func zhRepair(g *gen) {
	g.t("维修工单 No.", itoa(g.intn(999999)), "\n报修人：")
	g.name(g.zhFull())
	g.t("  地址：")
	g.addr(g.zhShort())
	g.t("\n故障：", g.pick([]string{"燃气灶打不着火", "卫生间下水堵塞", "空调不制冷"}), "\n维修人员：")
	g.name(g.zhFull())
	g.t("\n客户签字：")
	g.name(g.zhFull())
	g.t("\n")
}

func zhReceipt(g *gen) {
	g.t("物流签收回单\n运单号：SF", itoa(1000000000+g.intn(999999999)), "\n收货人：")
	g.name(g.zhFull())
	g.t("\n收货地址：")
	g.addr(g.zhAddr())
	g.t("\n签收人：")
	if g.p(0.3) {
		g.t("门卫代收")
	} else {
		g.name(g.zhFull())
	}
	g.t("\n货物完好，数量无误。\n")
}

func zhVillage(g *gen) {
	g.t("村委会公示\n经村民代表大会讨论，以下农户享受", g.pick([]string{"危房改造补助", "低保", "产业扶持资金"}), "：\n")
	for range 3 + g.intn(5) {
		g.name(g.zhFull())
		g.t("，")
		g.addr(g.pick([]string{"新民村", "红旗村", "李家庄村"}) + itoa(1+g.intn(9)) + "组" + itoa(1+g.intn(60)) + "号")
		g.t("，", itoa(1+g.intn(6)), "口人\n")
	}
	g.t("公示期七天，如有异议请向村委会反映。\n")
}

func zhBlood(g *gen) {
	g.t("无偿献血光荣榜\n本季度以下同志积极参加无偿献血，发扬", g.pick([]string{"雷锋精神", "奉献精神"}), "：\n")
	g.list(4+g.intn(8), zhSeps, "和", func() { g.name(g.zhFull()) })
	g.t("\n特此表扬。\n")
}

func zhClasses(g *gen) {
	g.t("高一新生分班名单（", itoa(1+g.intn(12)), "班）\n班主任：")
	g.name(g.zhFull())
	g.t("\n")
	for i := range 6 + g.intn(10) {
		if i > 0 {
			g.t("、")
		}
		g.name(g.zhFull())
	}
	g.t("\n报到地点：", g.pick([]string{"逸夫楼", "图书馆"}), "一楼大厅\n")
}

func zhEstate(g *gen) {
	g.t("遗产管理人公告\n被继承人")
	g.name(g.zhFull())
	g.t("于2025年", itoa(1+g.intn(12)), "月死亡，生前住所地为")
	g.addr(g.zhAddr())
	g.t("。经法院指定，")
	g.name(g.zhFull())
	g.t("为遗产管理人。请债权人自公告之日起六十日内申报债权。\n")
}

func zhPermit(g *gen) {
	g.t("建筑工程施工许可公示\n工程名称：", g.pick([]string{"幼儿园改扩建工程", "老旧小区加装电梯工程"}), "\n建设地点：")
	g.addr(g.zhAddr())
	g.t("\n施工单位：", g.pick([]string{"中建八局", "城建集团"}), "\n项目经理：")
	g.name(g.zhFull())
	g.t("\n请周边居民谅解，我们将")
	g.neg("文明施工")
	g.t("。\n")
}

func zhTravel(g *gen) {
	g.t("五一去哪儿？推荐")
	g.neg(g.pick(zhNegPlaces))
	g.t("，人少景美。")
	g.neg("黄金周")
	g.t("千万别去")
	g.neg(g.pick(zhNegPlaces))
	g.t("，")
	g.neg("高峰时段")
	g.t("地铁挤爆。顺便买了双")
	g.neg(g.pick(zhNegBrands))
	g.t("的跑鞋，比")
	g.neg(g.pick(zhNegBrands))
	g.t("还贵。\n")
}

func zhSponsor(g *gen) {
	g.t("本届运动会由")
	g.neg(g.pick(zhNegBrands))
	g.t("、")
	g.neg(g.pick(zhNegBrands))
	g.t("赞助。获奖作品将推荐参评")
	g.neg(g.pick(zhNegPrizes))
	g.t("。闭幕式在")
	g.neg(g.pick(zhNegPlaces))
	g.t("举行，请")
	g.neg("方便群众")
	g.t("，有序停车。\n")
}

func zhTraffic(g *gen) {
	g.t("交通通报：")
	g.neg(g.pick([]string{"早高峰", "晚高峰", "高峰时段"}))
	g.t("期间，")
	g.neg(g.pick(zhNegPlaces))
	g.t("车流量大，请绕行。")
	g.neg(g.pick([]string{"马路对面", "白云", "黄金周"}))
	g.t(g.pick([]string{"施工路段", "附近"}), "设置了临时信号灯，")
	g.neg(g.pick(zhNegBrands))
	g.t("门店前禁止停车。\n")
}
