package unshown

var zhSur = []string{
	"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗",
	"郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁", "潘", "于", "蒋", "蔡",
	"余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "姚", "卢", "姜", "崔", "钟", "谭", "陆", "汪", "范", "金",
	"石", "廖", "贾", "夏", "韦", "付", "方", "白", "邹", "孟", "熊", "秦", "邱", "江", "尹", "薛", "闫", "段", "雷", "侯",
	"龙", "史", "陶", "黎", "贺", "顾", "毛", "郝", "龚", "邵", "万", "钱", "严", "覃", "武", "戴", "莫", "孔", "向", "汤",
	"欧阳", "司马", "诸葛", "上官", "慕容", "东方", "皇甫", "令狐", "宇文", "尉迟", "公孙", "端木", "夏侯", "长孙",
}

var zhGiven1 = []string{"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀", "霞", "平", "刚", "桂", "颖", "鑫", "婷", "浩", "宇", "琳", "晨", "博"}

var zhGiven2 = []string{
	"建国", "志强", "秀英", "桂兰", "海燕", "晓东", "子轩", "梓涵", "一诺", "浩然", "欣怡", "雨桐", "思远", "佳怡", "俊杰",
	"文博", "诗涵", "宇航", "梦瑶", "嘉怡", "国栋", "玉珍", "淑芬", "春生", "冬梅", "德华", "立新", "红梅", "志刚", "晓光",
	"若曦", "沐阳", "书瑶", "梓萱", "天佑", "雅琴", "永福", "金凤", "美玲", "家豪",
}

var zhMinority = []string{
	"阿依古丽·买买提", "艾尔肯·吐尔逊", "古丽娜尔·艾山", "扎西多吉", "格桑卓玛", "次仁央宗", "巴特尔", "乌兰图雅",
	"阿卜杜拉·热合曼", "帕尔哈提·阿不都", "其其格", "斯琴高娃",
}

var zhForeign = []string{"约翰·史密斯", "玛丽亚·加西亚", "金敏俊", "朴智妍", "阮文雄", "安娜·彼得罗娃", "迈克尔·布朗", "山田太郎"}

var zhNick = []string{"阿强", "阿珍", "阿明", "阿芬", "阿华", "阿杰", "阿宝", "阿英"}

func (g *gen) zhName() string {
	switch r := g.r.IntN(40); {
	case r == 0:
		return g.of(zhMinority)
	case r == 1:
		return g.of(zhForeign)
	case r < 14:
		return g.of(zhSur) + g.of(zhGiven1)
	default:
		return g.of(zhSur) + g.of(zhGiven2)
	}
}

func (g *gen) zhGiven() string { return g.of(zhGiven2) }

type zhCity struct {
	prov, city string
	dists      []string
}

var zhCities = []zhCity{
	{"", "北京市", []string{"朝阳区", "海淀区", "丰台区", "西城区", "通州区", "昌平区"}},
	{"", "上海市", []string{"浦东新区", "徐汇区", "静安区", "闵行区", "杨浦区", "宝山区"}},
	{"", "天津市", []string{"南开区", "河西区", "滨海新区"}},
	{"", "重庆市", []string{"渝中区", "江北区", "沙坪坝区", "九龙坡区"}},
	{"广东省", "广州市", []string{"天河区", "越秀区", "海珠区", "番禺区", "白云区"}},
	{"广东省", "深圳市", []string{"南山区", "福田区", "宝安区", "龙岗区"}},
	{"广东省", "东莞市", []string{"南城街道", "虎门镇", "长安镇"}},
	{"浙江省", "杭州市", []string{"西湖区", "拱墅区", "滨江区", "余杭区"}},
	{"浙江省", "宁波市", []string{"鄞州区", "海曙区"}},
	{"浙江省", "温州市", []string{"鹿城区", "瓯海区"}},
	{"江苏省", "南京市", []string{"鼓楼区", "玄武区", "江宁区"}},
	{"江苏省", "苏州市", []string{"姑苏区", "工业园区", "吴中区"}},
	{"四川省", "成都市", []string{"武侯区", "锦江区", "青羊区", "高新区"}},
	{"湖北省", "武汉市", []string{"武昌区", "江汉区", "洪山区"}},
	{"湖南省", "长沙市", []string{"岳麓区", "雨花区", "开福区"}},
	{"陕西省", "西安市", []string{"雁塔区", "碑林区", "未央区"}},
	{"山东省", "青岛市", []string{"市南区", "崂山区", "黄岛区"}},
	{"山东省", "济南市", []string{"历下区", "槐荫区"}},
	{"河南省", "郑州市", []string{"金水区", "二七区", "中原区"}},
	{"福建省", "厦门市", []string{"思明区", "湖里区"}},
	{"辽宁省", "沈阳市", []string{"和平区", "皇姑区", "铁西区"}},
	{"黑龙江省", "哈尔滨市", []string{"南岗区", "道里区"}},
	{"云南省", "昆明市", []string{"五华区", "盘龙区"}},
	{"广西壮族自治区", "南宁市", []string{"青秀区", "兴宁区"}},
	{"新疆维吾尔自治区", "乌鲁木齐市", []string{"天山区", "沙依巴克区"}},
	{"内蒙古自治区", "呼和浩特市", []string{"新城区", "赛罕区"}},
	{"安徽省", "合肥市", []string{"蜀山区", "包河区"}},
	{"江西省", "南昌市", []string{"东湖区", "红谷滩区"}},
	{"贵州省", "贵阳市", []string{"云岩区", "观山湖区"}},
	{"河北省", "石家庄市", []string{"长安区", "裕华区"}},
}

var zhRoads = []string{
	"中山路", "人民路", "解放路", "建设路", "文三路", "学院路", "科技园南路", "长江路", "黄河路", "滨江大道",
	"延安西路", "深南大道", "天府大道", "花园街", "幸福里", "青年路", "新华街", "光明路", "和平路", "逸仙路",
	"中山北路", "鲁迅路", "环城西路", "东风路", "胜利街", "朝阳门外大街", "梅林路", "桂花巷",
}

var zhEstates = []string{"阳光花园", "锦绣家园", "翠苑一区", "万科城", "碧桂园", "幸福小区", "和谐家园", "新村", "紫荆公寓", "香樟苑", "绿地中心", "嘉禾大厦"}

func (g *gen) zhStreetPart() string {
	s := g.of(zhRoads)
	if g.chance(0.3) {
		s += g.num(1, 999) + "弄"
	}
	s += g.pick(g.num(1, 999), g.num(1, 99)) + "号"
	if g.chance(0.7) {
		s += g.of(zhEstates)
	}
	switch g.r.IntN(4) {
	case 0:
		s += g.num(1, 30) + "栋" + g.num(1, 6) + "单元" + g.num(1, 32) + pad(g.n(1, 8), 2) + "室"
	case 1:
		s += g.num(1, 20) + "号楼" + g.num(1, 30) + pad(g.n(1, 6), 2)
	case 2:
		s += g.pick("A", "B", "C") + "座" + g.num(3, 40) + pad(g.n(1, 20), 2) + "室"
	default:
		s += g.num(1, 30) + "幢" + g.num(101, 2808) + "室"
	}
	return s
}

// zhAddr is a Chinese postal address from its first administrative
// division to the room. full includes the province where there is one.
func (g *gen) zhAddr() string {
	c := zhCities[g.r.IntN(len(zhCities))]
	d := g.of(c.dists)
	st := g.zhStreetPart()
	sep := ""
	if g.chance(0.2) {
		sep = " "
	}
	switch g.r.IntN(5) {
	case 0:
		return c.city + sep + d + sep + st
	case 1:
		return d + st
	default:
		if c.prov != "" {
			return c.prov + sep + c.city + sep + d + sep + st
		}
		return c.city + sep + d + sep + st
	}
}

var zhHon = []string{"先生", "女士", "老师", "医生", "经理", "主任", "师傅", "阿姨", "同学", "总"}

var zhNegs = []string{
	"王老吉", "周大福", "张小泉剪刀", "黄山毛峰", "马上", "高兴", "方便面", "白天", "金额", "江南", "钱包", "毛衣",
	"黄浦江", "张家界", "王府井", "中山公园", "鲁迅公园", "李子", "宋体", "石头", "文明", "雷锋精神", "孔子学院", "关公像",
	"华为技术有限公司", "同仁堂", "杨国福麻辣烫", "老干妈", "海尔", "陈皮", "史料", "程序", "任务", "龙井茶",
}

var zhKinds = []kind{
	{"快递面单", zhExpress}, {"居委会通知", zhJuweihui}, {"家长群", zhParentChat}, {"病历", zhMedical},
	{"租房合同", zhLease}, {"会议纪要", zhMinutes}, {"婚礼请柬", zhWedding}, {"失物招领", zhLostFound},
	{"论坛帖子", zhForum}, {"理赔记录", zhClaim}, {"家谱", zhGenealogy}, {"业主群", zhOwnerChat},
	{"外卖备注", zhTakeout}, {"讣告", zhObituary}, {"送达公告", zhCourt},
}

func zhExpress(g *gen, b *builder) {
	b.text(g.pick("顺丰速运", "中通快递", "圆通速递", "京东物流"), "  运单号：SF", g.digits(12), "\n【收】")
	b.name(g.zhName())
	b.text("  ", g.pick("138", "159", "186"), "****", g.digits(4), "\n")
	b.addr(g.zhAddr())
	b.text("\n【寄】")
	if g.chance(0.4) {
		b.text(g.pick("华为官方旗舰店", "老干妈专卖", "周大福珠宝", "同仁堂药房"))
	} else {
		b.name(g.zhName())
	}
	b.text("  ", g.pick("137", "188"), "****", g.digits(4), "\n")
	b.addr(g.zhAddr())
	b.text("\n物品：", g.of(zhNegs), "  件数：1  保价：否\n签收人：")
	b.name(g.zhName())
	b.text("  ", g.pick("本人签收", "代收点代收", "门卫代收"), "\n")
}

func zhJuweihui(g *gen, b *builder) {
	b.text(g.pick("幸福里社区", "翠苑一区社区", "花园街社区"), "居委会通知\n\n各位居民：\n")
	b.text("为做好本季度燃气安全检查工作，社区将于本周六上午上门入户。网格员")
	b.name(g.zhName())
	b.text("、")
	b.name(g.zhName())
	b.text("负责三至五号楼，联系人")
	b.name(g.of(zhSur))
	b.text("阿姨。\n请以下住户尽快到居委会（")
	b.addr(g.zhAddr())
	b.text("）补交材料：")
	for i := range g.n(3, 5) {
		if i > 0 {
			b.text("、")
		}
		b.name(g.zhName())
	}
	b.text("。\n另：请勿在楼道堆放杂物，发扬雷锋精神，邻里互助。\n\n居委会主任：")
	b.name(g.zhName())
	b.text("\n", g.pick("2026年11月", "2026年3月"), g.num(1, 28), "日\n")
}

func zhParentChat(g *gen, b *builder) {
	b.text(g.pick("三年级二班家长群", "幼儿园大一班", "初二(5)班家委会"), "（", g.num(38, 52), "人）\n")
	kids := make([]string, g.n(3, 5))
	for i := range kids {
		kids[i] = g.zhGiven()
	}
	teacher := g.of(zhSur)
	for range g.n(5, 8) {
		switch g.r.IntN(6) {
		case 0:
			b.name(teacher)
			b.text("老师：@")
			b.name(kids[g.r.IntN(len(kids))])
			b.text("妈妈 孩子今天作业没交哦")
		case 1:
			b.name(kids[g.r.IntN(len(kids))])
			b.text("爸爸：收到，谢谢")
			b.name(teacher)
			b.text("老师[抱拳]")
		case 2:
			b.name(g.zhName())
			b.text("：明天春游的车在学校门口集合，地址是")
			b.addr(g.zhAddr())
			b.text("旁边")
		case 3:
			b.name(kids[g.r.IntN(len(kids))])
			b.text("奶奶：谁捡到一件蓝色毛衣？上面写着")
			b.name(g.zhName())
		case 4:
			b.name(g.zhName())
			b.text("：班费收齐了，")
			b.name(kids[g.r.IntN(len(kids))])
			b.text("和")
			b.name(kids[g.r.IntN(len(kids))])
			b.text("家还没交")
		default:
			b.text("家委会-")
			b.name(g.zhName())
			b.text("：周末义卖，快递寄到")
			b.addr(g.zhAddr())
			b.text("，收件人写我")
		}
		b.text("\n")
	}
}

func zhMedical(g *gen, b *builder) {
	b.text(g.pick("门诊病历", "住院病历首页", "出院小结"), "\n姓名：")
	b.name(g.zhName())
	b.text("  性别：", g.pick("男", "女"), "  年龄：", g.num(3, 92), "岁\n现住址：")
	b.addr(g.zhAddr())
	b.text("\n联系人：")
	b.name(g.zhName())
	b.text("（", g.pick("配偶", "女儿", "儿子", "母亲"), "）\n\n主诉：反复咳嗽", g.num(2, 14), "天。\n现病史：患者自述于周末受凉后出现咳嗽，曾自服方便面……（此处为录入错误）口服陈皮水无缓解。\n诊断：急性支气管炎\n处理：建议复查。\n\n接诊医生：")
	b.name(g.zhName())
	b.text("  主任医师：")
	b.name(g.of(zhSur))
	b.text("主任\n")
}

func zhLease(g *gen, b *builder) {
	b.text("房屋租赁合同（节选）\n\n出租方（甲方）：")
	b.name(g.zhName())
	b.text("  身份证号：", g.digits(6), "************\n承租方（乙方）：")
	b.name(g.zhName())
	b.text("\n\n第一条 甲方将位于")
	b.addr(g.zhAddr())
	b.text("的房屋出租给乙方居住使用，建筑面积", g.num(35, 140), "平方米。\n第三条 月租金人民币", g.num(1800, 9800), "元，押一付三。\n第七条 乙方联系地址：")
	b.addr(g.zhAddr())
	b.text("。\n\n中介：", g.pick("链家", "我爱我家", "贝壳找房"), "经纪人")
	b.name(g.zhName())
	b.text("\n甲方签字：")
	b.name(g.zhName())
	b.text("    乙方签字：")
	b.name(g.zhName())
	b.text("\n")
}

func zhMinutes(g *gen, b *builder) {
	ppl := make([]string, g.n(3, 5))
	for i := range ppl {
		ppl[i] = g.zhName()
	}
	b.text("项目周会纪要\n时间：周三 14:00  地点：", g.pick("嘉禾大厦12层会议室", "线上腾讯会议"), "\n参会：")
	for i, p := range ppl {
		if i > 0 {
			b.text("、")
		}
		b.name(p)
	}
	b.text("\n\n")
	for range g.n(3, 5) {
		b.name(ppl[g.r.IntN(len(ppl))])
		b.text("：", g.pick("供应商", "客户", "物业"), "那边")
		b.name(g.of(zhSur))
		b.text(g.pick("经理", "总"), "说样品寄到")
		b.addr(g.zhAddr())
		b.text("，下周到。\n")
	}
	b.text("结论：任务按计划推进，", g.of(zhNegs), "相关事项由")
	b.name(ppl[0])
	b.text("跟进。\n记录人：")
	b.name(ppl[len(ppl)-1])
	b.text("\n")
}

func zhWedding(g *gen, b *builder) {
	b.text("诚挚邀请\n\n谨定于", g.pick("二〇二六年五月二十日", "二〇二六年十月一日", "农历八月十六"), "为\n")
	b.name(g.zhName())
	b.text(" 先生 & ")
	b.name(g.zhName())
	b.text(" 女士\n举行结婚典礼，敬备喜宴，恭候")
	b.name(g.zhName())
	b.text("光临\n\n席设：")
	b.addr(g.zhAddr())
	b.text(g.pick("金色大厅", "宴会厅"), "\n\n新郎父母：")
	b.name(g.zhName())
	b.text("、")
	b.name(g.zhName())
	b.text("  敬邀\n")
}

func zhLostFound(g *gen, b *builder) {
	b.text("【失物招领】本人在", g.pick("黄山", "中山公园", "王府井", "地铁2号线"), "附近捡到一个钱包，内有身份证，姓名")
	b.name(g.zhName())
	b.text("，住址")
	b.addr(g.zhAddr())
	b.text("。请失主联系我，或到")
	b.addr(g.zhAddr())
	b.text("门卫处领取，找")
	b.name(g.of(zhSur))
	b.text("师傅即可。\n——热心市民")
	b.name(g.of(zhNick))
	b.text("\n")
}

func zhForum(g *gen, b *builder) {
	b.text("【求助】房东不退押金怎么办？\n楼主：", g.pick("小透明2021", "吃瓜群众", "打工人阿Q", "路过的猫"), "\n\n")
	b.text("租的房子在")
	b.addr(g.zhAddr())
	b.text("，房东叫")
	b.name(g.zhName())
	b.text("，退租时说墙上有钉子眼扣了两千。中介")
	b.name(g.of(zhSur))
	b.text("经理也不管。\n\n2楼 ")
	b.name(g.zhName())
	b.text("：去12345投诉，我朋友")
	b.name(g.zhGiven())
	b.text("就是这样拿回来的\n3楼：马上截图留证据，别犹豫\n4楼 回复 ")
	b.name(g.zhName())
	b.text("：同一个房东！他在")
	b.addr(g.zhAddr())
	b.text("也有房\n")
}

func zhClaim(g *gen, b *builder) {
	b.text("车险理赔查勘记录  报案号：RDAA", g.digits(14), "\n被保险人：")
	b.name(g.zhName())
	b.text("\n出险地点：")
	b.addr(g.zhAddr())
	b.text("地下车库\n查勘员：")
	b.name(g.zhName())
	b.text("\n\n经过：标的车倒车时与三者车（车主")
	b.name(g.zhName())
	b.text("）发生剐蹭。三者称其为")
	b.name(g.zhName())
	b.text("先生的车辆代驾。修理厂：", g.pick("张江汽修", "老周汽车服务有限公司", "王牌汽车美容"), "。\n定损金额：", g.num(800, 12000), "元。\n赔款支票寄送地址：")
	b.addr(g.zhAddr())
	b.text("\n")
}

func zhGenealogy(g *gen, b *builder) {
	sur := g.of(zhSur)
	b.text(sur, "氏家谱（手抄，整理稿）\n\n第十七世：")
	b.name(sur + g.zhGiven())
	b.text("，字", g.pick("子安", "伯仁", "仲文"), "，配")
	b.name(g.of(zhSur))
	b.text("氏，生三子：")
	for i := range 3 {
		if i > 0 {
			b.text("、")
		}
		b.name(sur + g.zhGiven())
	}
	b.text("。\n第十八世：长子")
	b.name(sur + g.zhGiven())
	b.text("迁居")
	b.addr(g.zhAddr())
	b.text("，娶")
	b.name(g.zhName())
	b.text("为妻。\n注：祠堂旧址今为")
	b.addr(g.zhAddr())
	b.text("。\n整理人：")
	b.name(sur + g.zhGiven())
	b.text("\n")
}

func zhOwnerChat(g *gen, b *builder) {
	b.text(g.pick("锦绣家园业主群", "万科城二期业主交流", "碧桂园8栋邻居"), "\n")
	for range g.n(5, 8) {
		switch g.r.IntN(5) {
		case 0:
			b.text(g.num(1, 30), "栋", g.num(101, 2808), "-")
			b.name(g.zhName())
			b.text("：楼上又在装修，电钻响了一上午")
		case 1:
			b.text("物业-")
			b.name(g.of(zhSur))
			b.text("管家：各位业主，快递柜维修，包裹请改寄")
			b.addr(g.zhAddr())
		case 2:
			b.name(g.zhName())
			b.text("：@")
			b.name(g.zhName())
			b.text(" 你家狗又没拴绳")
		case 3:
			b.name(g.of(zhNick))
			b.text("：有人拼单老干妈吗")
		default:
			b.text("业委会")
			b.name(g.zhName())
			b.text("：维修基金公示已贴在", g.pick("一楼大堂", "中山路门口"), "，也可寄函至")
			b.addr(g.zhAddr())
		}
		b.text("\n")
	}
}

func zhTakeout(g *gen, b *builder) {
	b.text(g.pick("美团外卖", "饿了么"), " #", g.num(1, 99), "  ", g.pick("杨国福麻辣烫", "老乡鸡", "沙县小吃"), "\n")
	b.text("收货人：")
	b.name(g.of(zhSur))
	b.text(g.pick("(先生)", "(女士)"), "\n地址：")
	b.addr(g.zhAddr())
	b.text("\n备注：", g.pick("不要香菜！！放门口别敲门，孩子睡了", "到了打电话给我老公", "多给两双筷子"), "\n")
	if g.chance(0.6) {
		b.text("骑手：")
		b.name(g.zhName())
		b.text("  ")
	}
	b.text("下单人昵称：", g.pick("吃货一枚", "月半", "Lucky"), "\n")
}

func zhObituary(g *gen, b *builder) {
	b.text("讣  告\n\n")
	b.name(g.zhName())
	b.text("先生（原", g.pick("市第一中学", "红星机械厂", "同仁堂药店"), "退休职工）因病医治无效，于2026年", g.num(1, 12), "月", g.num(1, 28), "日逝世，享年", g.num(70, 99), "岁。\n")
	b.text("兹定于", g.num(1, 28), "日上午九时在")
	b.addr(g.zhAddr())
	b.text("举行告别仪式。\n\n孝子：")
	b.name(g.zhName())
	b.text("  孝女：")
	b.name(g.zhName())
	b.text("\n孙：")
	b.name(g.zhName())
	b.text("、")
	b.name(g.zhName())
	b.text("\n\n治丧联系人：")
	b.name(g.zhName())
	b.text("\n")
}

func zhCourt(g *gen, b *builder) {
	b.text(g.pick("北京市朝阳区人民法院", "杭州市西湖区人民法院", "成都市武侯区人民法院"), "\n公告\n\n")
	b.name(g.zhName())
	b.text("：\n本院受理原告")
	b.name(g.zhName())
	b.text("诉你", g.pick("民间借贷纠纷", "房屋租赁合同纠纷", "物业服务合同纠纷"), "一案，因你下落不明（原住")
	b.addr(g.zhAddr())
	b.text("），依照《中华人民共和国民事诉讼法》规定，向你公告送达起诉状副本。\n\n被告二：", g.pick("张江高科技有限公司", "杨氏贸易有限公司", "周记餐饮管理有限公司"), "，法定代表人")
	b.name(g.zhName())
	b.text("。\n\n审判员 ")
	b.name(g.zhName())
	b.text("\n")
}
