package unopened

var zhSurnames = []string{"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁", "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "姚", "卢", "姜", "崔", "钟", "谭", "陆", "汪", "范", "金", "石", "廖", "贾", "夏", "韦", "付", "方", "白", "邹", "孟", "熊", "秦", "邱", "江", "尹", "薛", "闫", "段", "雷", "侯", "龙", "史", "黎", "贺", "顾", "毛", "郝", "龚", "邵", "万", "钱", "覃", "武", "戴", "莫", "孔", "向", "常", "欧阳", "司马", "上官", "诸葛", "慕容", "东方", "皇甫", "令狐", "宇文", "尉迟", "岳", "柏", "晏", "阮", "农", "麦", "佘", "蓝", "练", "甘", "简", "饶", "艾", "符", "仇", "靳", "禹"}
var zhGiven = []string{"伟", "芳", "娜", "敏", "静", "秀英", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀兰", "霞", "平", "刚", "桂英", "建国", "建华", "国庆", "淑珍", "玉兰", "丽娟", "志强", "海燕", "晓燕", "文博", "俊杰", "欣怡", "子涵", "浩然", "雨桐", "梓萱", "思远", "宇轩", "嘉怡", "诗涵", "一诺", "梦琪", "天佑", "振宇", "红梅", "春生", "秋菊", "德福", "桂兰", "凤英", "金宝", "晨曦", "若曦", "博文", "子轩", "佳琪", "雅婷", "冬梅", "卫东", "爱民", "小红", "晓明", "鹏飞", "永刚", "素琴", "翠花", "铁柱"}

func (g *gen) zhSur() string   { return g.of(zhSurnames) }
func (g *gen) zhGiven() string { return g.of(zhGiven) }
func (g *gen) zhName() string  { return g.zhSur() + g.zhGiven() }

var zhTitles = []string{"先生", "女士", "老师", "经理", "医生", "主任", "师傅", "阿姨", "总", "护士", "律师", "同学", "大爷", "奶奶"}

// zhTitled writes a name followed by a title; only the name is labelled.
func (g *gen) zhTitled(b *bld) {
	if g.chance(0.4) {
		b.n(g.zhSur())
	} else {
		b.n(g.zhName())
	}
	b.t(g.of(zhTitles))
}

var zhProv = [][]string{
	{"广东省", "广州市", "天河区", "越秀区", "番禺区"}, {"广东省", "深圳市", "南山区", "福田区", "宝安区"},
	{"浙江省", "杭州市", "西湖区", "余杭区", "拱墅区"}, {"江苏省", "南京市", "鼓楼区", "玄武区", "江宁区"},
	{"江苏省", "苏州市", "姑苏区", "吴中区", "工业园区"}, {"四川省", "成都市", "武侯区", "锦江区", "青羊区"},
	{"湖北省", "武汉市", "洪山区", "江汉区", "武昌区"}, {"山东省", "青岛市", "市南区", "崂山区", "黄岛区"},
	{"河南省", "郑州市", "金水区", "二七区", "中原区"}, {"陕西省", "西安市", "雁塔区", "碑林区", "未央区"},
	{"福建省", "厦门市", "思明区", "湖里区", "集美区"}, {"湖南省", "长沙市", "岳麓区", "芙蓉区", "雨花区"},
	{"辽宁省", "沈阳市", "和平区", "皇姑区", "铁西区"}, {"云南省", "昆明市", "五华区", "盘龙区", "官渡区"},
	{"", "北京市", "朝阳区", "海淀区", "丰台区"}, {"", "上海市", "浦东新区", "徐汇区", "闵行区"},
	{"", "重庆市", "渝中区", "江北区", "沙坪坝区"}, {"", "天津市", "南开区", "河西区", "和平区"},
	{"河北省", "保定市", "莲池区", "竞秀区", "满城区"}, {"安徽省", "合肥市", "蜀山区", "包河区", "庐阳区"},
}
var zhRoads = []string{"中山路", "人民路", "解放路", "建设路", "文三路", "学院路", "长江路", "黄河路", "和平街", "新华路", "滨江大道", "科技园南路", "东风路", "光明街", "桂花巷", "胜利北路", "延安西路", "青年路", "花园街", "朝阳北路", "望江路", "团结路", "金沙江路", "五一路"}
var zhComps = []string{"阳光花园", "翠苑小区", "金色家园", "幸福里", "绿地世纪城", "万科城", "锦绣江南", "东方明珠苑", "碧桂园", "华府", "丽景湾", "梧桐苑", "新村", "紫荆花园"}

func (g *gen) zhAddr() string {
	p := zhProv[g.r.IntN(len(zhProv))]
	s := ""
	if p[0] != "" && g.chance(0.7) {
		s = p[0]
	}
	s += p[1] + p[2+g.r.IntN(3)]
	if g.chance(0.2) {
		s += g.pick("五山街道", "城关镇", "南湖街道", "新华街道")
	}
	s += g.of(zhRoads) + g.num(1, 999) + "号"
	switch g.r.IntN(3) {
	case 0:
		s += g.of(zhComps) + g.num(1, 30) + "栋" + g.num(1, 4) + "单元" + g.num(1, 32) + "0" + g.num(1, 8) + "室"
	case 1:
		s += g.of(zhComps) + g.num(1, 20) + "号楼" + g.num(101, 2808) + "室"
	default:
		if g.chance(0.5) {
			s += g.num(1, 28) + "楼"
		}
	}
	return s
}

var zhNegs = []string{"李宁", "王老吉", "张小泉", "中山大学", "周大福", "马应龙", "海底捞", "老干妈", "同仁堂", "全聚德", "黄山", "王府井", "马上", "周末", "高兴", "黄金周", "白天", "方便", "金额", "张贴", "林业局", "常规", "许可证", "于是", "何时", "朱红", "温度", "严格", "江苏", "石头", "钱包", "孔子学院", "鲁迅公园", "中山公园", "逸夫楼", "关羽", "岳阳楼", "毛巾", "胡同", "宋体"}

func (g *gen) zhNeg(b *bld) { b.ng(g.of(zhNegs)) }

func zhDate(g *gen) string {
	return "20" + g.num(19, 26) + "年" + g.num(1, 12) + "月" + g.num(1, 28) + "日"
}

func zhLease(g *gen, b *bld) {
	b.t("房屋租赁合同\n\n出租方（甲方）：")
	b.n(g.zhName())
	b.t("\n身份证号：", g.digits(6), "19", g.digits(10), "\n承租方（乙方）：")
	b.n(g.zhName())
	b.t("\n\n第一条 甲方将位于")
	b.a(g.zhAddr())
	b.t("的房屋出租给乙方居住使用。\n第二条 月租金人民币", g.num(1500, 9000), "元，押一付三。\n第三条 ")
	b.ng("物业费")
	b.t("由乙方承担。\n\n甲方（签字）：")
	b.n(g.zhName())
	b.t("\n乙方（签字）：")
	b.n(g.zhName())
	b.t("\n中介经办人：")
	g.zhTitled(b)
	b.t("\n签订日期：", zhDate(g), "\n")
}

func zhWedding(g *gen, b *bld) {
	b.t("婚礼请柬\n\n谨定于", zhDate(g), "（农历", g.pick("八月初八", "十月初六", "正月十六"), "）\n为")
	b.n(g.zhName())
	b.t("先生与")
	b.n(g.zhName())
	b.t("女士举行结婚典礼\n敬备喜宴 恭请\n")
	b.n(g.zhName())
	b.t(" 阁下 光临\n\n地址：")
	b.a(g.zhAddr())
	b.t(g.pick("金陵饭店三楼宴会厅", "维也纳酒店二楼", ""), "\n联系人：伴娘")
	b.n(g.zhGiven())
	b.t(" 1", g.digits(10), "\n")
}

func zhObituary(g *gen, b *bld) {
	n := g.zhName()
	b.t("讣告\n\n我们敬爱的父亲")
	b.n(n)
	b.t("同志，因病医治无效，于", zhDate(g), "不幸逝世，享年", g.num(68, 97), "岁。\n")
	b.n(n)
	b.t("同志生前系")
	b.ng(g.pick("林业局", "同仁堂", "全聚德"))
	b.t("退休职工。\n兹定于", g.pick("本月", "周末"), "在")
	b.a(g.zhAddr())
	b.t("殡仪馆举行告别仪式。\n\n孝子：")
	b.n(g.zhName())
	b.t(" 孝女：")
	b.n(g.zhName())
	b.t("\n泣告\n")
}

func zhNotice(g *gen, b *bld) {
	b.t("【社区通知】\n各位居民：\n", g.pick("本周六上午", "下周三"), "将在", g.pick("小区东门", "居委会活动室"), "开展免费体检，请携带身份证。\n")
	b.ng(g.pick("温度", "方便", "马上", "周末", "白天"))
	b.t("相关事项请咨询网格员")
	g.zhTitled(b)
	b.t("（电话1", g.digits(10), "）。\n居委会地址：")
	b.a(g.zhAddr())
	b.t("\n\n", g.pick("新华", "南湖", "五一"), "社区居委会\n", zhDate(g), "\n")
}

func zhWaybill(g *gen, b *bld) {
	b.t(g.pick("顺丰速运", "中通快递", "圆通速递", "京东物流"), "  运单号：SF", g.digits(12), "\n收件人：")
	b.n(g.zhName())
	b.t("  1", g.digits(2), "****", g.digits(4), "\n收件地址：")
	b.a(g.zhAddr())
	b.t("\n寄件人：")
	b.n(g.zhName())
	b.t("\n寄件地址：")
	b.a(g.zhAddr())
	b.t("\n物品：", g.pick("衣物", "文件", "食品", "电子产品"), "  备注：放丰巢 ")
	b.ng(g.pick("李宁", "周大福", "老干妈"))
	b.t("\n派件员：")
	b.n(g.zhName())
	b.t("\n")
}

func zhMedical(g *gen, b *bld) {
	b.t("门诊病历\n姓名：")
	b.n(g.zhName())
	b.t("  性别：", g.pick("男", "女"), "  年龄：", g.num(3, 88), "岁\n住址：")
	b.a(g.zhAddr())
	b.t("\n主诉：", g.pick("咳嗽发热3天", "腰痛一周", "反复头晕半月", "腹泻两天"), "\n诊断：", g.pick("上呼吸道感染", "腰肌劳损", "高血压2级", "急性胃肠炎"), "\n处理：", g.pick("马应龙", "同仁堂", "王老吉"), "不宜，嘱多饮水。\n陪同家属：")
	b.n(g.zhName())
	b.t("（", g.pick("女儿", "儿子", "配偶"), "）\n医师签名：")
	b.n(g.zhName())
	b.t("\n")
}

func zhParents(g *gen, b *bld) {
	b.t(g.pick("三年级二班", "一（3）班", "五年级1班"), "家长群\n")
	for range 4 + g.r.IntN(4) {
		who := g.zhName()
		if g.chance(0.5) {
			b.n(who)
			b.t(g.pick("妈妈", "爸爸", "奶奶"))
		} else {
			b.n(g.zhSur())
			b.t("老师")
		}
		b.t("：")
		switch g.r.IntN(4) {
		case 0:
			b.t("收到")
		case 1:
			b.n(g.zhGiven())
			b.t("今天请假一天，发烧了")
		case 2:
			b.t("明天", g.pick("周末", "马上"), "要交作业，请")
			b.n(g.zhName())
			b.t("同学的家长看一下群公告")
		default:
			b.t("谢谢")
			b.n(g.zhSur())
			b.t("老师👍")
		}
		b.t("\n")
	}
}

func zhRepair(g *gen, b *bld) {
	b.t("物业报修单  No.", g.digits(6), "\n报修人：")
	b.n(g.zhName())
	b.t("\n房号：")
	b.a(g.zhAddr())
	b.t("\n报修内容：", g.pick("卫生间漏水", "楼道灯不亮", "门禁卡失灵", "空调外机噪音大"), "\n接单师傅：")
	b.n(g.zhName())
	b.t("\n回访：")
	g.zhTitled(b)
	b.t("表示满意\n")
}

func zhListing(g *gen, b *bld) {
	b.t("【急售】", g.pick("三室两厅", "两室一厅", "一室户"), " ", g.num(45, 160), "㎡ 南北通透 满五唯一\n小区：")
	b.a(g.zhAddr())
	b.t("\n总价：", g.num(80, 900), "万  近", g.pick("中山公园", "鲁迅公园", "王府井"), "，")
	b.ng(g.pick("黄金周", "方便"))
	b.t("看房\n联系：置业顾问")
	b.n(g.zhName())
	b.t(" 1", g.digits(10), "\n")
}

func zhHandover(g *gen, b *bld) {
	b.t("交接班记录 ", zhDate(g), "\n交班人：")
	b.n(g.zhName())
	b.t("  接班人：")
	b.n(g.zhName())
	b.t("\n1. 仓库B区", g.pick("货架倒塌已处理", "到货", "盘点差异")+"，")
	b.ng(g.pick("李宁", "海底捞", "王老吉"))
	b.t("的货放在3号门\n2. 叉车钥匙交给")
	b.n(g.zhSur())
	b.t(g.pick("师傅", "班长"), "了\n3. 退货寄回：")
	b.a(g.zhAddr())
	b.t("\n")
}

func zhClaim(g *gen, b *bld) {
	b.t("保险理赔申请书\n被保险人：")
	b.n(g.zhName())
	b.t("\n联系地址：")
	b.a(g.zhAddr())
	b.t("\n出险时间：", zhDate(g), "\n出险经过：", g.pick("家中水管爆裂，楼下住户", "驾车追尾，对方车主", "外出旅游摔伤，同行人"))
	b.n(g.zhName())
	b.t("可作证。\n申请人签字：")
	b.n(g.zhName())
	b.t("  经办：")
	g.zhTitled(b)
	b.t("\n")
}

func zhCV(g *gen, b *bld) {
	b.t("个人简历\n姓    名：")
	b.n(g.zhName())
	b.t("\n现居住地：")
	b.a(g.zhAddr())
	b.t("\n工作经历：\n20", g.num(10, 20), ".0", g.num(1, 9), "-至今  ")
	b.ng(g.pick("海底捞", "周大福", "李宁", "同仁堂"))
	b.t("  ", g.pick("店长", "会计", "销售主管"), "\n证明人：")
	b.n(g.zhName())
	b.t("（原部门经理）\n教育背景：")
	b.ng("中山大学")
	b.t("\n")
}

func zhCourt(g *gen, b *bld) {
	b.t(g.pick("朝阳区", "天河区", "武侯区"), "人民法院开庭公告\n")
	for range 2 + g.r.IntN(3) {
		b.t(zhDate(g), " ", g.pick("第一法庭", "第三法庭"), "\n原告")
		b.n(g.zhName())
		b.t("与被告")
		if g.chance(0.5) {
			b.n(g.zhName())
		} else {
			b.t(g.pick("某科技有限公司", "某物业公司"))
		}
		b.t(g.pick("民间借贷纠纷", "房屋租赁合同纠纷", "劳动争议"), "一案，审判长：")
		b.n(g.zhName())
		b.t("\n")
	}
}

func zhSignin(g *gen, b *bld) {
	b.t("会议签到表\n序号\t姓名\t单位\t签名\n")
	for i := range 3 + g.r.IntN(5) {
		b.t(g.num(i+1, i+1), "\t")
		n := g.zhName()
		b.n(n)
		b.t("\t", g.pick("财务部", "市场部", "街道办", "林业局"), "\t")
		b.n(n)
		b.t("\n")
	}
	b.t("会议地点：")
	b.a(g.zhAddr())
	b.t("\n记录人：")
	b.n(g.zhName())
	b.t("\n")
}

func zhSQL(g *gen, b *bld) {
	b.t("INSERT INTO `member` (`id`,`real_name`,`address`,`remark`) VALUES\n")
	for i := range 2 + g.r.IntN(4) {
		if i > 0 {
			b.t(",\n")
		}
		b.t("(", g.digits(5), ",'")
		b.n(g.zhName())
		b.t("','")
		b.a(g.zhAddr())
		b.t("','", g.pick("", "VIP", "周末送货", "老客户"), "')")
	}
	b.t(";\n")
}

func zhVolunteer(g *gen, b *bld) {
	b.t("志愿者报名接龙\n#接龙\n", g.pick("周六上午清理河道", "敬老院探访", "社区义卖"), "\n")
	for i := range 3 + g.r.IntN(6) {
		b.t(g.num(i+1, i+1), ". ")
		if g.chance(0.3) {
			b.n(g.zhGiven())
		} else {
			b.n(g.zhName())
		}
		b.t(g.pick("", " +1", " 带孩子", " 可开车"), "\n")
	}
	b.t("集合地点：")
	b.a(g.zhAddr())
	b.t("门口\n")
}

var zhKinds = []kind{
	{"租房合同", zhLease}, {"婚礼请柬", zhWedding}, {"讣告", zhObituary}, {"社区通知", zhNotice},
	{"快递面单", zhWaybill}, {"病历", zhMedical}, {"家长群聊天", zhParents}, {"物业报修单", zhRepair},
	{"房源信息", zhListing}, {"交接班记录", zhHandover}, {"理赔申请", zhClaim}, {"简历", zhCV},
	{"开庭公告", zhCourt}, {"签到表", zhSignin}, {"sql-dump", zhSQL}, {"志愿者接龙", zhVolunteer},
}
