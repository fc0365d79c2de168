package unsung

import "strings"

var zhSur = []rune("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")

var zhSur2 = []string{"欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "夏侯", "端木"}

var zhGiven = []rune("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉建国志宏海燕雪梅晓东子涵思远浩然雨欣梓轩佳怡俊凯文博天宇嘉琪婉清鸣")

// zhSurname returns a surname, sometimes a compound one.
func (g *gen) zhSurname() string {
	if g.chance(0.1) {
		return g.of(zhSur2)
	}
	return string(zhSur[g.r.IntN(len(zhSur))])
}

// zhName returns a full name of two to four characters.
func (g *gen) zhName() string {
	s := g.zhSurname() + string(zhGiven[g.r.IntN(len(zhGiven))])
	if g.chance(0.6) {
		s += string(zhGiven[g.r.IntN(len(zhGiven))])
	}
	return s
}

var zhPlace = [][]string{
	{"广东省", "广州市", "天河区"}, {"浙江省", "杭州市", "西湖区"}, {"江苏省", "南京市", "鼓楼区"}, {"四川省", "成都市", "武侯区"},
	{"湖北省", "武汉市", "洪山区"}, {"山东省", "济南市", "历下区"}, {"河南省", "郑州市", "金水区"}, {"福建省", "厦门市", "思明区"},
	{"陕西省", "西安市", "雁塔区"}, {"湖南省", "长沙市", "岳麓区"}, {"辽宁省", "沈阳市", "和平区"}, {"", "北京市", "朝阳区"},
	{"", "上海市", "浦东新区"}, {"", "天津市", "南开区"}, {"", "重庆市", "渝中区"}, {"云南省", "大理白族自治州", "宾川县金牛镇"},
	{"安徽省", "六安市", "霍山县衡山镇"}, {"黑龙江省", "哈尔滨市", "南岗区"}, {"广西壮族自治区", "南宁市", "青秀区"},
}

var zhRoad = []string{"中山路", "解放路", "人民路", "建设路", "文化路", "和平街", "新华路", "学府路", "长江路", "黄河路", "滨江大道", "科技二路", "青年路", "东风路", "五一路", "金桥街道张杨路"}

var zhEstate = []string{"阳光花园", "锦绣家园", "翠苑", "金色港湾", "梧桐苑", "幸福里", "紫荆小区", "春晓苑", "书香名邸", "滨湖新村"}

// zhAddr returns an address from the province (or city) down to the room.
func (g *gen) zhAddr() string {
	p := zhPlace[g.r.IntN(len(zhPlace))]
	var sb strings.Builder
	if p[0] != "" && g.chance(0.8) {
		sb.WriteString(p[0])
	}
	sb.WriteString(p[1] + p[2] + g.of(zhRoad) + g.num(1, 999) + "号")
	if g.chance(0.12) {
		sb.Reset()
		sb.WriteString(p[0] + p[1] + p[2] + g.pick("石桥村", "新塘村", "柳树湾村", "东岗村") + g.num(1, 9) + "组" + g.num(1, 88) + "号")
		return sb.String()
	}
	switch g.r.IntN(3) {
	case 0:
		sb.WriteString(g.of(zhEstate) + g.num(1, 30) + "栋" + g.num(1, 6) + "单元" + g.num(1, 33) + "0" + g.num(1, 8) + "室")
	case 1:
		sb.WriteString(g.num(1, 20) + "号楼" + g.num(1, 2) + "0" + g.num(1, 9))
	}
	return sb.String()
}

var zhNeg = []string{
	"王老吉", "张江高科", "李宁", "周大福", "马应龙", "杨国福麻辣烫", "老干妈", "黄鹤楼", "白云山", "金山软件",
	"高德地图", "钱塘江", "中山公园", "鲁迅公园", "张家界", "石家庄", "马上", "高兴", "陈醋", "江南",
	"林业局", "方正", "宋体", "黄金周", "雷锋精神", "徐家汇", "王者荣耀", "张贴", "李子", "刘海",
	"陈列", "杨梅", "黄瓜", "吴语", "周边", "高铁", "林荫道", "马路", "朱红", "胡萝卜",
	"孙中山纪念堂", "毛笔", "何必", "曾经", "谢谢", "童装", "程序", "任务", "万达广场", "康师傅",
}

var zhKinds = []kind{
	{"租房合同摘要", zhLease},
	{"婚礼宾客表", zhWeddingGuests},
	{"驿站取件通知", zhPickup},
	{"停车位登记", zhParking},
	{"档案转递单", zhArchive},
	{"公证书摘录", zhNotary},
	{"法院传票", zhSummons},
	{"征兵体检通知", zhConscript},
	{"奖学金公示", zhScholarship},
	{"员工通讯录", zhDirectory},
	{"网购退货单", zhReturn},
	{"家谱序言", zhGenealogy},
	{"体检报告首页", zhCheckup},
	{"简历摘要", zhResume},
	{"分红名单", zhDividend},
}

var zhNegKinds = []kind{
	{"负例菜单", zhNegMenu},
	{"负例地铁线路", zhNegMetro},
	{"负例词语练习", zhNegWords},
}

// zhPolite writes a name followed by an honorific, or 小/老 before a
// surname; only the name part is labelled.
func (g *gen) zhPolite(b *builder) {
	switch g.r.IntN(4) {
	case 0:
		b.t(g.pick("小", "老"))
		b.n(g.zhSurname())
	case 1:
		b.n(g.zhSurname())
		b.t(g.pick("总", "老师", "经理", "师傅", "主任"))
	default:
		b.n(g.zhName())
		b.t(g.pick("女士", "先生", "同志"))
	}
}

func zhLease(g *gen, b *builder) {
	b.t("房屋租赁合同（摘要）\n出租方（甲方）：")
	b.n(g.zhName())
	b.t("\n承租方（乙方）：")
	b.n(g.zhName())
	b.t("\n房屋坐落：")
	b.a(g.zhAddr())
	b.t("\n租期：", g.num(1, 3), "年，月租金", g.num(15, 80), "00元。\n中介经办人：")
	g.zhPolite(b)
	b.t("\n")
}

func zhWeddingGuests(g *gen, b *builder) {
	b.t("婚宴宾客表 第", g.num(1, 30), "桌\n序号,姓名,关系,请柬寄送地址\n")
	for i := range 2 + g.r.IntN(3) {
		b.t(g.num(i+1, i+1), ",")
		b.n(g.zhName())
		b.t(",", g.pick("新郎同学", "新娘表姐", "父亲同事", "大学室友"), ",")
		if g.chance(0.6) {
			b.a(g.zhAddr())
		} else {
			b.t("当面送")
		}
		b.t("\n")
	}
}

func zhPickup(g *gen, b *builder) {
	b.t("【", g.pick("菜鸟驿站", "兔喜生活", "妈妈驿站"), "】")
	b.n(g.zhName())
	b.t("您好，您的包裹已到")
	b.a(g.zhAddr())
	b.t("驿站，取件码", g.digits(1), "-", g.digits(1), "-", g.digits(4), "。代收人：")
	g.zhPolite(b)
	b.t("。\n")
}

func zhParking(g *gen, b *builder) {
	b.t("小区停车位登记表\n车位号\t车主\t车牌\t联系地址\n")
	for range 2 + g.r.IntN(3) {
		b.t("B", g.num(1, 3), "-", g.num(100, 399), "\t")
		b.n(g.zhName())
		b.t("\t", g.pick("粤A", "浙A", "京N", "沪C"), g.digits(5), "\t")
		b.a(g.zhAddr())
		b.t("\n")
	}
	b.t("登记人：物业")
	g.zhPolite(b)
	b.t("\n")
}

func zhArchive(g *gen, b *builder) {
	b.t("学生档案转递单\n学生姓名：")
	b.n(g.zhName())
	b.t("  毕业学校：")
	b.x(g.pick("中山大学", "鲁迅美术学院", "孙中山纪念堂"))
	b.t("\n接收单位地址：")
	b.a(g.zhAddr())
	b.t("\n经办人：")
	b.n(g.zhName())
	b.t("  审核：")
	g.zhPolite(b)
	b.t("\n")
}

func zhNotary(g *gen, b *builder) {
	b.t("公证书\n（", g.num(2019, 2025), "）公证字第", g.digits(5), "号\n申请人：")
	b.n(g.zhName())
	b.t("，住")
	b.a(g.zhAddr())
	b.t("。\n兹证明前面的复印件与")
	b.n(g.zhName())
	b.t("持有的原件相符。\n公证员 ")
	b.n(g.zhName())
	b.t("\n")
}

func zhSummons(g *gen, b *builder) {
	b.t("传  票\n案号：（", g.num(2020, 2025), "）民初", g.digits(4), "号\n被传唤人：")
	b.n(g.zhName())
	b.t("\n工作单位或住址：")
	b.a(g.zhAddr())
	b.t("\n传唤事由：开庭\n审判员：")
	b.n(g.zhName())
	b.t("  书记员：")
	b.n(g.zhName())
	b.t("\n")
}

func zhConscript(g *gen, b *builder) {
	b.t("征兵体检通知\n")
	b.n(g.zhName())
	b.t("同志：\n请于", g.num(3, 9), "月", g.num(1, 28), "日到")
	b.a(g.zhAddr())
	b.t("参加体检，空腹。联系人：武装部")
	g.zhPolite(b)
	b.t("。\n")
}

func zhScholarship(g *gen, b *builder) {
	b.t("## ", g.num(2021, 2025), "年度国家奖学金拟获奖名单公示\n\n| 学号 | 姓名 | 学院 |\n|---|---|---|\n")
	for range 3 + g.r.IntN(3) {
		b.t("| ", g.digits(10), " | ")
		b.n(g.zhName())
		b.t(" | ", g.pick("计算机学院", "外国语学院", "化学学院"), " |\n")
	}
	b.t("\n公示期内如有异议请联系学工处")
	g.zhPolite(b)
	b.t("，")
	b.x("谢谢")
	b.t("。\n")
}

func zhDirectory(g *gen, b *builder) {
	b.t("部门\t姓名\t分机\t邮寄地址\n")
	for range 3 + g.r.IntN(3) {
		b.t(g.pick("财务部", "研发部", "行政部", "市场部"), "\t")
		b.n(g.zhName())
		b.t("\t", g.digits(4), "\t")
		if g.chance(0.5) {
			b.a(g.zhAddr())
		} else {
			b.t("同上")
		}
		b.t("\n")
	}
}

func zhReturn(g *gen, b *builder) {
	b.t("{\"order\":\"", g.digits(12), "\",\"item\":\"")
	b.x(g.pick("李宁", "周大福", "康师傅"))
	b.t(g.pick("运动鞋", "项链", "方便面"), "\",\"reason\":\"尺码不合适\",\"contact\":\"")
	b.n(g.zhName())
	b.t("\",\"pickup_addr\":\"")
	b.a(g.zhAddr())
	b.t("\",\"courier\":\"")
	g.zhPolite(b)
	b.t("\"}\n")
}

func zhGenealogy(g *gen, b *builder) {
	sur := g.zhSurname()
	b.t(sur, "氏家谱序\n吾族自始祖")
	b.n(sur + string(zhGiven[g.r.IntN(len(zhGiven))]) + string(zhGiven[g.r.IntN(len(zhGiven))]))
	b.t("公迁居于此，今已传", g.num(12, 30), "世。族人")
	b.n(sur + string(zhGiven[g.r.IntN(len(zhGiven))]))
	b.t("、")
	b.n(sur + string(zhGiven[g.r.IntN(len(zhGiven))]) + string(zhGiven[g.r.IntN(len(zhGiven))]))
	b.t("倡修新谱，谱局设于")
	b.a(g.zhAddr())
	b.t("。\n")
}

func zhCheckup(g *gen, b *builder) {
	b.t("健康体检报告\n姓名：")
	b.n(g.zhName())
	b.t("    性别：", g.pick("男", "女"), "    年龄：", g.num(20, 70), "\n单位：")
	b.x(g.pick("万达广场", "高德地图", "金山软件"))
	b.t("\n报告寄送地址：")
	b.a(g.zhAddr())
	b.t("\n主检医师：")
	b.n(g.zhName())
	b.t("\n")
}

func zhResume(g *gen, b *builder) {
	b.t("简历摘要\n- 姓名：")
	b.n(g.zhName())
	b.t("\n- 现居：")
	b.a(g.zhAddr())
	b.t("\n- 经历：曾在")
	b.x(g.pick("王老吉", "张江高科", "周大福"))
	b.t("任职，汇报给")
	g.zhPolite(b)
	b.t("\n- 推荐人：")
	b.n(g.zhName())
	b.t("\n")
}

func zhDividend(g *gen, b *builder) {
	b.t("村民小组", g.num(2020, 2025), "年度分红名单\n户主  人口  金额(元)\n")
	for range 3 + g.r.IntN(4) {
		b.n(g.zhName())
		b.t("  ", g.num(1, 7), "  ", g.num(800, 6000), "\n")
	}
	b.t("公示地点：")
	b.a(g.zhAddr())
	b.t("村委会门口\n")
}

func zhNegMenu(g *gen, b *builder) {
	b.t("今日菜单：")
	for range 4 + g.r.IntN(3) {
		b.x(g.pick("杨国福麻辣烫", "老干妈", "王老吉", "陈醋", "黄瓜", "胡萝卜", "杨梅", "李子", "康师傅"))
		b.t("、")
	}
	b.t("欢迎光临，本店靠近")
	b.x(g.of(zhNeg))
	b.t("，")
	b.x("谢谢")
	b.t("！\n")
}

func zhNegMetro(g *gen, b *builder) {
	b.t("地铁", g.num(1, 12), "号线：")
	for i := range 4 {
		if i > 0 {
			b.t("—")
		}
		b.x(g.pick("中山公园", "鲁迅公园", "徐家汇", "张江高科", "钱塘江", "白云山", "万达广场"))
	}
	b.t("。")
	b.x("黄金周")
	b.t("期间请注意安全，")
	b.x("高铁")
	b.t("换乘请走北口。\n")
}

func zhNegWords(g *gen, b *builder) {
	b.t("词语练习：")
	for range 5 + g.r.IntN(4) {
		b.x(g.pick("马上", "高兴", "张贴", "刘海", "陈列", "周边", "林荫道", "马路", "朱红", "毛笔", "何必", "曾经", "程序", "任务", "童装", "方正", "宋体", "江南"))
		b.t("，")
	}
	b.t("学习")
	b.x("雷锋精神")
	b.t("。\n")
}
