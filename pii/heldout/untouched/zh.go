package untouched

var zhSur = []string{"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "徐", "孙", "马", "胡", "朱", "郭", "何", "罗", "高", "林", "郑", "梁", "谢", "唐", "许", "冯", "宋", "韩", "邓", "彭", "曹", "曾", "田", "潘", "袁", "蒋", "蔡", "杜", "叶", "程", "魏", "苏", "吕", "丁", "沈", "姚", "钟", "崔", "谭", "陆", "范", "廖", "金", "贾", "夏", "方", "邹", "熊", "白", "孟", "秦", "邱", "侯", "江", "尹", "薛", "闫", "段", "雷", "龙", "黎", "史", "陶", "贺", "毛", "郝", "顾", "龚", "邵", "覃", "戴", "严", "莫", "孔", "汤", "康", "乔", "赖", "施", "洪", "柯", "庄", "关", "牛", "宁", "阮", "蓝"}
var zhCompound = []string{"欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "令狐", "慕容", "尉迟", "端木", "公孙", "司徒"}
var zhGiven = []string{"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "霞", "平", "刚", "桂英", "浩然", "子轩", "梓涵", "一诺", "雨桐", "欣怡", "思远", "建国", "卫东", "晓燕", "志强", "婷婷", "俊杰", "佳琪", "宇航", "沐阳", "若曦", "天佑", "嘉怡", "文博", "海燕", "立新", "春梅", "国庆", "振华", "玉兰", "锦程", "诗涵", "昊", "蕾", "鑫", "凯文", "美玲"}

// names of people of other origins living in China, written as one name
var zhOther = []string{"古丽娜尔·吐尔逊", "扎西顿珠", "巴特尔", "马克·汤普森", "安娜·伊万诺娃", "阿卜杜拉·买买提", "金敏浩", "央金卓玛", "朴智贤", "索菲亚·罗西"}

type zhPlace struct{ prov, city, dist string }

var zhPlaces = []zhPlace{{"浙江省", "杭州市", "西湖区"}, {"广东省", "佛山市", "禅城区"}, {"四川省", "成都市", "武侯区"}, {"江苏省", "苏州市", "姑苏区"}, {"湖北省", "武汉市", "洪山区"}, {"山东省", "青岛市", "市南区"}, {"福建省", "厦门市", "思明区"}, {"陕西省", "西安市", "雁塔区"}, {"", "北京市", "朝阳区"}, {"", "上海市", "徐汇区"}, {"辽宁省", "大连市", "沙河口区"}, {"云南省", "昆明市", "五华区"}, {"河南省", "郑州市", "金水区"}, {"", "重庆市", "渝中区"}, {"广西壮族自治区", "南宁市", "青秀区"}, {"安徽省", "合肥市", "蜀山区"}, {"湖南省", "长沙市", "岳麓区"}, {"黑龙江省", "哈尔滨市", "南岗区"}}
var zhRoads = []string{"文三路", "季华五路", "玉林北路", "十全街", "珞喻路", "香港中路", "湖滨南路", "小寨东路", "望京街", "漕溪北路", "黄河路", "翠湖南路", "经三路", "民族路", "中山东一路", "解放大道", "建设南街", "桐梓林路"}
var zhBldg = []string{"华茂大厦", "锦绣花园", "阳光小区", "翠苑一区", "金桥公寓", "新华里小区", "滨江国际", "御景湾", "绿城桂花苑", "科技大厦"}

var zhNeg = []string{
	"周末记得把文件交到逸夫楼。",
	"下午去老周烧饼铺买了早点。",
	"黄焖鸡米饭又涨价了。",
	"明天高铁票已经订好了。",
	"马上就到，石头路不好走。",
	"陈阿婆酱鸭店门口集合。",
	"胡萝卜和杨梅都在冷库里。",
	"请用宋体小四号字。",
	"钟表维修请到刘记修车旁边。",
	"程序更新后常常闪退。",
	"江南春酒楼订了三桌。",
	"白天安全员会巡查。",
	"金色大厅在鲁迅公园东门。",
	"高兴地通知大家，方便的话早点到。",
	"孔雀蓝的窗帘已经到货。",
}

func (g *gen) zhName() string {
	r := g.r.IntN(20)
	switch {
	case r == 0:
		return g.of(zhOther)
	case r < 3:
		return g.of(zhCompound) + g.of(zhGiven)
	default:
		return g.of(zhSur) + g.of(zhGiven)
	}
}

// zhSurOf returns the surname of a generated name (compound aware).
func zhSurOf(n string) string {
	for _, c := range zhCompound {
		if len(n) > len(c) && n[:len(c)] == c {
			return c
		}
	}
	for _, o := range zhOther {
		if o == n {
			return ""
		}
	}
	return n[:3] // one CJK character in UTF-8
}

// zhAddr returns an address from the first division present to the room.
func (g *gen) zhAddr() string {
	pl := pickOf(g, zhPlaces)
	s := ""
	if pl.prov != "" && g.p(0.6) {
		s = pl.prov
	}
	s += pl.city + pl.dist + g.of(zhRoads) + itoa(g.num(1, 999)) + "号"
	switch g.r.IntN(4) {
	case 0:
		s += g.of(zhBldg) + itoa(g.num(1, 30)) + "楼" + itoa(g.num(1, 30)) + pad2(g.num(1, 12)) + "室"
	case 1:
		s += g.of(zhBldg) + itoa(g.num(1, 20)) + "栋" + itoa(g.num(1, 4)) + "单元" + itoa(g.num(1, 30)) + pad2(g.num(1, 8))
	case 2:
		s += g.of(zhBldg) + g.pick("A", "B", "C") + "座" + itoa(g.num(1, 30)) + pad2(g.num(1, 20)) + "室"
	}
	return s
}

// zhTitled writes a name with a title or honorific outside the span.
func (g *gen) zhTitled(b *bld, n string) {
	s := zhSurOf(n)
	if s == "" {
		b.n(n)
		return
	}
	switch g.r.IntN(7) {
	case 0:
		b.n(n)
		b.t(g.pick("女士", "先生", "同学", "医生"))
	case 1:
		b.n(s)
		b.t(g.pick("老师", "经理", "总", "师傅", "阿姨", "主任"))
	case 2:
		b.t(g.pick("老", "小"))
		b.n(s)
	default:
		b.n(n)
	}
}

var zhKinds = []kind{
	{"wechat_group", zhWechat}, {"express_waybill", zhWaybill}, {"medical_record", zhBingli},
	{"rental_contract", zhZufang}, {"parent_notice", zhJiazhang}, {"work_order", zhGongdan},
	{"takeout_note", zhWaimai}, {"property_notice", zhWuye}, {"banquet_seating", zhZuowei},
	{"expense_json", zhBaoxiao}, {"onboarding_form", zhRuzhi}, {"court_notice", zhKaiting},
	{"shop_review", zhDianping}, {"log", zhLog},
}

func zhWechat(g *gen, b *bld) {
	a, c, d := g.zhName(), g.zhName(), g.zhName()
	b.t("【", g.pick("三号楼业主群", "初二(3)班家长群", "销售部"), "】\n")
	b.n(a)
	b.t("：@")
	b.n(c)
	b.t(" 快递放你家门口了\n")
	b.n(c)
	b.t("：收到，谢谢")
	g.zhTitled(b, a)
	b.t("！\n")
	b.n(d)
	b.t("：", g.of(zhNeg), "\n")
	if g.p(0.5) {
		b.t("[转发] 原消息 ")
		b.n(a)
		b.t("：地址是")
		b.a(g.zhAddr())
		b.t("，别送错了\n")
	}
}

func zhWaybill(g *gen, b *bld) {
	s, r := g.zhName(), g.zhName()
	b.t("顺丰速运 运单号：SF", g.digits(6), g.digits(6), "\n寄件人：")
	b.n(s)
	b.t(" ", g.zhPhone()[:3], "****", g.digits(4), "\n寄件地址：")
	b.a(g.zhAddr())
	b.t("\n收件人：")
	b.n(r)
	b.t(" ", g.zhPhone(), "\n收件地址：")
	b.a(g.zhAddr())
	b.t("\n物品：", g.pick("文件", "衣物", "茶叶（龙井茶）", "电子产品"), "  备注：", g.pick("易碎", "放丰巢", "送货前电话联系"), "\n")
}

func zhBingli(g *gen, b *bld) {
	p, d := g.zhName(), g.zhName()
	b.t("门诊病历\n姓名：")
	b.n(p)
	b.t("  性别：", g.pick("男", "女"), "  年龄：", itoa(g.num(3, 88)), "岁\n住址：")
	b.a(g.zhAddr())
	b.t("\n主诉：咳嗽三天，伴低热。\n现病史：患者自述周末受凉后出现症状。\n诊断：上呼吸道感染\n医师签名：")
	b.n(d)
	b.t("\n")
}

func zhZufang(g *gen, b *bld) {
	a, c := g.zhName(), g.zhName()
	b.t("房屋租赁合同\n\n出租方（甲方）：")
	b.n(a)
	b.t("\n身份证号：", g.digits(6), "19", itoa(g.num(60, 99)), g.digits(4), g.digits(4), "\n承租方（乙方）：")
	b.n(c)
	b.t("\n\n第一条 甲方将位于")
	b.a(g.zhAddr())
	b.t("的房屋出租给乙方居住，建筑面积", itoa(g.num(40, 140)), "平方米。\n第二条 月租金人民币", itoa(g.num(18, 90)), "00元，押一付三。\n")
}

func zhJiazhang(g *gen, b *bld) {
	t, k := g.zhName(), g.zhName()
	b.t("各位家长好！我是")
	if g.p(0.5) {
		b.t("班主任")
		b.n(t)
	} else {
		b.n(g.of(zhSur))
		b.t("老师")
	}
	b.t("。下周三秋游，请在周一前交回回执。")
	b.n(k)
	b.t("同学家长请私聊我一下。", g.of(zhNeg), "\n收到请回复：孩子姓名+收到\n")
}

func zhGongdan(g *gen, b *bld) {
	c, e := g.zhName(), g.zhName()
	b.t("工单编号：WO", g.digits(8), "\n类型：", g.pick("宽带报修", "空调维修", "燃气安检"), "\n客户：")
	b.n(c)
	b.t("\n联系电话：", g.zhPhone(), "\n上门地址：")
	b.a(g.zhAddr())
	b.t("\n处理人：")
	g.zhTitled(b, e)
	b.t("\n处理记录：已上门，", g.pick("更换光猫", "清洗滤网", "更换减压阀"), "，客户满意。\n")
}

func zhWaimai(g *gen, b *bld) {
	b.t("#", itoa(g.num(1, 99)), " 美团外卖\n", g.pick("黄焖鸡米饭", "杨国福麻辣烫", "兰州牛肉面"), " x1\n备注：不要香菜，放门卫\n顾客：")
	b.n(g.of(zhSur))
	b.t(g.pick("(女士)", "(先生)"), " 尾号", g.digits(4), "\n地址：")
	b.a(g.zhAddr())
	b.t("\n")
}

func zhWuye(g *gen, b *bld) {
	n := g.zhName()
	b.t("物业通知\n各位业主：因管道检修，", g.pick("周六", "本周五", "明天"), "上午9:00—12:00停水。")
	b.t(g.of(zhNeg), "如有疑问请联系物业")
	g.zhTitled(b, n)
	b.t("，电话", g.zhPhone(), "。\n", g.of(zhBldg), "物业服务中心\n")
}

func zhZuowei(g *gen, b *bld) {
	b.t("| 桌号 | 宾客 | 备注 |\n|---|---|---|\n")
	for i := range g.num(3, 6) {
		b.t("| ", itoa(1+i/2), " | ")
		g.zhTitled(b, g.zhName())
		if g.p(0.3) {
			b.t("、")
			b.n(g.zhName())
		}
		b.t(" | ", g.pick("新郎同事", "新娘大学同学", "长辈", "素食"), " |\n")
	}
	b.t("\n地点：江南春酒楼二楼宴会厅\n")
}

func zhBaoxiao(g *gen, b *bld) {
	p, a := g.zhName(), g.zhName()
	b.t(`{"单号":"BX`, g.digits(6), `","申请人":"`)
	b.n(p)
	b.t(`","部门":"`, g.pick("市场部", "研发中心", "行政部"), `","事由":"出差","邮寄地址":"`)
	b.a(g.zhAddr())
	b.t(`","审批人":"`)
	b.n(a)
	b.t(`","金额":`, itoa(g.num(100, 9000)), `,"备注":"`, g.of(zhNeg), `"}`+"\n")
}

func zhRuzhi(g *gen, b *bld) {
	p, e, h := g.zhName(), g.zhName(), g.zhName()
	b.t("新员工入职登记表\n姓名：")
	b.n(p)
	b.t("\n户籍地址：")
	b.a(g.zhAddr())
	b.t("\n现住址：")
	b.a(g.zhAddr())
	b.t("\n紧急联系人：")
	b.n(e)
	b.t("（", g.pick("父亲", "母亲", "配偶"), "）", g.zhPhone(), "\n邮箱：", g.pick("zhangwei", "liuyang88", "chenjing_01"), "@", g.pick("qq.com", "163.com"), "\nHR：")
	g.zhTitled(b, h)
	b.t("\n")
}

func zhKaiting(g *gen, b *bld) {
	p, d, j := g.zhName(), g.zhName(), g.zhName()
	b.t("开庭公告\n本院定于", itoa(g.num(1, 12)), "月", itoa(g.num(1, 28)), "日在第", itoa(g.num(1, 9)), "法庭公开开庭审理原告")
	b.n(p)
	b.t("诉被告")
	if g.p(0.5) {
		b.t(g.pick("张江高科物业管理有限公司", "王府井百货有限公司", "李记餐饮管理有限公司"))
	} else {
		b.n(d)
	}
	b.t(g.pick("民间借贷纠纷", "房屋租赁合同纠纷"), "一案。\n审判长：")
	b.n(j)
	b.t("\n")
}

func zhDianping(g *gen, b *bld) {
	b.t(g.pick("★★★★★", "★★☆☆☆"), " ", g.pick("陈阿婆酱鸭", "老周烧饼铺", "金记牛杂"), "\n")
	b.t("服务员小")
	b.n(g.of(zhSur))
	b.t("很热情，", g.pick("味道正宗", "就是等太久了"), "。", g.of(zhNeg), "下次还带")
	b.n(g.pick("思远", "婷婷", "子轩", "欣怡", "浩然", "一诺", "雨桐"))
	b.t("来。\n")
}

func zhLog(g *gen, b *bld) {
	u := g.zhName()
	b.t(g.date("-"), " 10:", pad2(g.r.IntN(60)), ":", pad2(g.r.IntN(60)), " INFO order.ship uid=", g.digits(7), " receiver=")
	b.n(u)
	b.t(" addr=\"")
	b.a(g.zhAddr())
	b.t("\" courier=中通 status=OK\n")
}
