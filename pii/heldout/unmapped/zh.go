package unmapped

import "strings"

var zhKinds = []kind{
	{"商标注册申请书", zhTrademarkForm},
	{"异地就医备案表OCR", zhMedicalFiling},
	{"公租房配租公示", zhPublicHousing},
	{"转学申请表", zhTransferForm},
	{"粮食收购结算单", zhGrainReceipt},
	{"12315投诉工单", zhComplaint12315},
	{"冷链温控记录XML", zhColdChainXML},
	{"改签退票日志", zhTicketChangeLog},
	{"网约车行程单JSON", zhRideJSON},
	{"村民代表会议记录", zhVillageMinutes},
	{"neg_商标近似查询", zhNegTrademarkSearch},
	{"neg_慢特病病种目录", zhNegDiseaseList},
}

var zhSurnames = []string{
	"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭",
	"何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾",
	"肖", "田", "董", "袁", "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁",
	"任", "沈", "姚", "卢", "姜", "崔", "钟", "谭", "陆", "汪", "范", "金", "石", "廖", "贾", "夏",
	"韦", "付", "方", "白", "邹", "孟", "熊", "秦", "邱", "江", "尹", "薛", "闫", "段", "雷", "侯",
	"龙", "史", "陶", "黎", "贺", "顾", "毛", "郝", "龚", "邵", "万", "钱", "严", "覃", "武", "戴",
	"莫", "孔", "向", "汤", "卓", "蔺", "阙", "屈", "詹", "佟", "仝", "豆", "晏", "栾", "戚", "冼",
	"岑", "闵", "宁", "蒲", "谷", "骆", "柴", "甘", "隋", "缪", "岳", "鲍", "单", "解", "查", "区",
	"房", "滕", "牛", "温", "庞", "樊", "兰", "殷", "施", "祁", "耿", "包", "农", "麦", "植", "敖",
}

var zhCompound = []string{
	"欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "令狐", "慕容", "尉迟", "公孙", "夏侯", "端木",
	"南宫", "长孙", "宇文", "司徒", "申屠", "闻人", "澹台", "呼延",
}

var zhGiven1 = []string{
	"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明",
	"超", "霞", "平", "刚", "鹏", "辉", "玲", "斌", "宇", "浩", "凯", "琳", "晶", "颖", "倩", "萍",
	"婷", "雪", "慧", "欣", "蕾", "薇", "鑫", "彬", "昊", "睿", "璐", "瑶", "钧", "岚", "翔", "骁",
}

var zhGiven2 = []string{
	"建国", "志强", "海燕", "晓东", "子涵", "梓萱", "浩然", "宇轩", "思远", "雨桐", "欣怡", "嘉怡",
	"一鸣", "俊熙", "若曦", "沐阳", "家豪", "文博", "佳琪", "诗涵", "晨曦", "国栋", "春梅", "秀兰",
	"玉珍", "德华", "振华", "立新", "红梅", "冬梅", "建军", "卫东", "秀英", "桂英", "丽娟", "海峰",
	"永福", "金凤", "淑芬", "志明", "雅琴", "晓燕", "明轩", "梓涵", "奕辰", "锦程", "书瑶", "语桐",
	"知行", "守仁", "兆麟", "铁柱", "翠花", "美玲", "少康", "云飞", "天佑", "秋菊", "月娥", "家乐",
	"振宇", "晓丽", "文静", "国庆", "跃进", "援朝", "红霞", "雪梅", "新民", "建华", "丽萍", "亚楠",
	"泽宇", "一诺", "依依", "芷若", "慕白", "承志", "婉清", "之遥", "景行", "思齐", "嘉禾", "时雨",
}

func zhName(g *gen) string {
	s, n := zhNameParts(g)
	return s + n
}

// zhNameParts returns a surname (one or two characters) and a given name
// (one or two), so the full name has two to four characters.
func zhNameParts(g *gen) (sur, given string) {
	sur = g.of(zhSurnames)
	if g.chance(0.05) {
		sur = g.of(zhCompound)
	}
	if g.chance(0.3) {
		return sur, g.of(zhGiven1)
	}
	return sur, g.of(zhGiven2)
}

func zhNames(g *gen, k int) []string {
	seen := map[string]bool{}
	var out []string
	for len(out) < k {
		n := zhName(g)
		if !seen[n] {
			seen[n] = true
			out = append(out, n)
		}
	}
	return out
}

type zhArea struct {
	prov, city string
	dists      []string
}

var zhAreas = []zhArea{
	{"", "北京市", []string{"朝阳区", "海淀区", "西城区", "丰台区", "通州区"}},
	{"", "上海市", []string{"浦东新区", "徐汇区", "静安区", "闵行区", "杨浦区"}},
	{"", "天津市", []string{"河西区", "南开区", "滨海新区"}},
	{"", "重庆市", []string{"渝北区", "江北区", "沙坪坝区", "九龙坡区"}},
	{"广东省", "广州市", []string{"天河区", "越秀区", "海珠区", "番禺区"}},
	{"广东省", "深圳市", []string{"南山区", "福田区", "宝安区", "龙岗区"}},
	{"广东省", "佛山市", []string{"顺德区", "南海区", "禅城区"}},
	{"浙江省", "杭州市", []string{"西湖区", "拱墅区", "余杭区", "滨江区"}},
	{"浙江省", "宁波市", []string{"鄞州区", "海曙区", "江北区"}},
	{"浙江省", "温州市", []string{"鹿城区", "瓯海区"}},
	{"江苏省", "南京市", []string{"鼓楼区", "玄武区", "江宁区", "秦淮区"}},
	{"江苏省", "苏州市", []string{"姑苏区", "吴中区", "相城区"}},
	{"江苏省", "无锡市", []string{"梁溪区", "滨湖区"}},
	{"四川省", "成都市", []string{"武侯区", "锦江区", "郫都区", "青羊区", "成华区"}},
	{"四川省", "绵阳市", []string{"涪城区", "游仙区"}},
	{"湖北省", "武汉市", []string{"洪山区", "江汉区", "武昌区", "江岸区"}},
	{"湖北省", "宜昌市", []string{"西陵区", "伍家岗区"}},
	{"山东省", "济南市", []string{"历下区", "市中区", "槐荫区"}},
	{"山东省", "青岛市", []string{"市南区", "崂山区", "李沧区"}},
	{"山东省", "烟台市", []string{"芝罘区", "莱山区"}},
	{"河南省", "郑州市", []string{"金水区", "二七区", "中原区"}},
	{"河南省", "洛阳市", []string{"涧西区", "西工区"}},
	{"湖南省", "长沙市", []string{"岳麓区", "开福区", "雨花区"}},
	{"陕西省", "西安市", []string{"雁塔区", "碑林区", "未央区"}},
	{"福建省", "福州市", []string{"鼓楼区", "台江区", "仓山区"}},
	{"福建省", "厦门市", []string{"思明区", "湖里区", "集美区"}},
	{"辽宁省", "沈阳市", []string{"和平区", "沈河区", "皇姑区"}},
	{"辽宁省", "大连市", []string{"中山区", "沙河口区", "甘井子区"}},
	{"黑龙江省", "哈尔滨市", []string{"南岗区", "道里区", "香坊区"}},
	{"云南省", "昆明市", []string{"五华区", "盘龙区", "官渡区"}},
	{"广西壮族自治区", "南宁市", []string{"青秀区", "兴宁区", "西乡塘区"}},
	{"安徽省", "合肥市", []string{"蜀山区", "包河区", "庐阳区"}},
	{"江西省", "南昌市", []string{"东湖区", "红谷滩区", "青山湖区"}},
	{"河北省", "石家庄市", []string{"长安区", "桥西区", "裕华区"}},
	{"内蒙古自治区", "呼和浩特市", []string{"赛罕区", "新城区"}},
	{"新疆维吾尔自治区", "乌鲁木齐市", []string{"天山区", "沙依巴克区"}},
	{"吉林省", "长春市", []string{"朝阳区", "南关区", "绿园区"}},
	{"贵州省", "贵阳市", []string{"南明区", "云岩区", "观山湖区"}},
	{"山西省", "太原市", []string{"小店区", "迎泽区", "杏花岭区"}},
	{"甘肃省", "兰州市", []string{"城关区", "七里河区"}},
	{"海南省", "海口市", []string{"美兰区", "龙华区"}},
}

var zhRoadStems = []string{
	"人民", "解放", "建设", "中山北", "和平", "文化", "长江", "黄河", "青年", "学府", "科技园南",
	"东风", "胜利", "新华", "朝阳北", "滨江", "金桥", "南京西", "淮海中", "天府", "桐梓林北",
	"光华", "工农", "团结", "迎宾", "环城西", "五一", "劳动", "育才", "体育", "花园", "民主",
	"幸福", "北京东", "延安西", "复兴中", "珠江", "湘江", "汉阳", "长安南", "丝路", "星火",
	"枫林", "凤凰", "龙井", "金沙", "沿河", "东大", "西湖", "梅岭", "海滨", "港湾", "兴业",
}

var zhLanes = []string{"香樟巷", "桂花巷", "梧桐巷", "柳荫巷", "石板巷", "打铜巷", "仓前巷", "井巷", "大井巷", "油坊巷"}
var zhHutong = []string{"帽儿胡同", "菊儿胡同", "百花深处胡同", "史家胡同", "东棉花胡同", "砖塔胡同", "前鼓楼苑胡同", "板厂胡同"}
var zhEstates = []string{
	"阳光花园", "翠苑一区", "金色家园", "锦绣江南", "城市花园", "和谐家园", "丽景湾", "幸福里小区",
	"紫荆苑", "世纪新城", "春江花月", "滨湖名邸", "学府雅居", "东湖山庄", "兰亭苑", "海棠湾",
	"明珠公寓", "绿洲嘉园", "天鹅湖小区", "望江府", "新村五区", "红星小区", "钢厂宿舍", "电力新村",
}

// zhStreet returns a road, lane or hutong with its number.
func zhStreet(g *gen) string {
	switch g.r.IntN(10) {
	case 0:
		return g.of(zhLanes) + g.num(1, 60) + "号"
	case 1:
		return g.of(zhHutong) + g.num(1, 99) + "号"
	case 2:
		return g.of(zhRoadStems) + "路" + g.num(100, 1999) + "弄" + g.num(1, 40) + "号"
	case 3:
		return g.of(zhRoadStems) + "大道" + g.num(1, 3999) + "号"
	case 4:
		return g.of(zhRoadStems) + "街" + g.num(1, 299) + "号"
	default:
		return g.of(zhRoadStems) + "路" + g.num(1, 999) + "号"
	}
}

// zhUnit returns an estate, building, entrance and room, or part of them.
func zhUnit(g *gen) string {
	switch g.r.IntN(6) {
	case 0:
		return ""
	case 1:
		return g.of(zhEstates) + g.num(1, 32) + "栋" + g.num(1, 4) + "单元" + g.num(1, 32) + g.pad2(1, 6) + "室"
	case 2:
		return g.pick("A", "B", "C", "D") + "座" + g.num(3, 28) + g.pad2(1, 20) + "室"
	case 3:
		return g.num(1, 18) + "号楼" + g.num(1, 6) + "单元" + g.num(101, 1802) + "室"
	case 4:
		return g.num(1, 12) + "栋" + g.num(101, 2603)
	default:
		return g.of(zhEstates) + g.num(1, 20) + "号楼" + g.num(1, 3) + "单元" + g.num(1, 18) + "0" + g.num(1, 4)
	}
}

// zhAddr returns a full urban address from the province, the city or the
// district on.
func zhAddr(g *gen) string {
	a := zhAreas[g.r.IntN(len(zhAreas))]
	d := g.of(a.dists)
	var sb strings.Builder
	switch {
	case g.chance(0.15):
		sb.WriteString(a.city)
	case g.chance(0.1):
		// district first, as a city's own notice writes it
	default:
		sb.WriteString(a.prov)
		sb.WriteString(a.city)
	}
	sb.WriteString(d)
	sb.WriteString(zhStreet(g))
	sb.WriteString(zhUnit(g))
	return sb.String()
}

// zhDistrictAddr returns an address in area a from its district on.
func zhDistrictAddr(g *gen, a zhArea) string {
	return g.of(a.dists) + zhStreet(g) + zhUnit(g)
}

type zhCounty struct{ prov, city, county string }

var zhCounties = []zhCounty{
	{"河南省", "周口市", "郸城县"}, {"山东省", "菏泽市", "曹县"}, {"安徽省", "阜阳市", "临泉县"},
	{"四川省", "南充市", "营山县"}, {"湖南省", "邵阳市", "隆回县"}, {"河北省", "邯郸市", "大名县"},
	{"江西省", "赣州市", "于都县"}, {"黑龙江省", "绥化市", "望奎县"}, {"吉林省", "松原市", "前郭尔罗斯蒙古族自治县"},
	{"河南省", "商丘市", "虞城县"}, {"江苏省", "宿迁市", "泗阳县"}, {"湖北省", "荆州市", "监利市"},
}
var zhTowns = []string{"城关镇", "汲冢镇", "李楼乡", "三里河镇", "石桥镇", "新集镇", "柳园乡", "白庙乡", "双沟镇", "高桥镇", "张店镇", "马头镇"}
var zhVillages = []string{"王庄村", "张湾村", "刘寨村", "前进村", "红旗村", "大杨村", "东岗村", "后李村", "小河村", "陈楼村", "三合村", "黄营村", "新农村"}
var zhGroups = []string{"一组", "二组", "三组", "四组", "五组", "六组", "七组", "八组", "3组", "5组", "9组"}

// zhRural returns a county-town-village address, with a house number when
// num is true.
func zhRural(g *gen, num bool) (full string, c zhCounty, town, village string) {
	c = zhCounties[g.r.IntN(len(zhCounties))]
	town, village = g.of(zhTowns), g.of(zhVillages)
	full = c.prov + c.city + c.county + town + village + g.of(zhGroups)
	if num {
		full += g.num(1, 88) + "号"
	}
	return
}

func zhPhone(g *gen) string {
	return g.pick("138", "139", "150", "151", "177", "186", "189", "135", "158", "199") + g.digits(8)
}

func zhMaskedPhone(g *gen) string {
	return g.pick("138", "139", "150", "186", "189", "135") + "****" + g.digits(4)
}

func zhDate(g *gen) string {
	return "2025年" + g.num(1, 12) + "月" + g.num(1, 28) + "日"
}

func zhISODate(g *gen) string {
	return "2025-" + g.pad2(1, 12) + "-" + g.pad2(1, 28)
}

func zhID(g *gen) string {
	return g.digits(6) + g.pick("19", "20") + g.pad2(0, 99) + g.pad2(1, 12) + g.pad2(1, 28) + g.digits(3) + g.pick("0", "1", "X", "5")
}

var zhCoWords = []string{"禾田", "云栖", "蓝海", "远航", "鼎盛", "启明", "华拓", "众诚", "青藤", "锐思", "恒昌", "汇丰源", "九州", "博雅", "瑞祥", "新锐", "正泰", "德润"}

func zhCompany(g *gen, city string) string {
	c := strings.TrimSuffix(city, "市")
	return c + g.of(zhCoWords) + g.pick("科技有限公司", "贸易有限公司", "餐饮管理有限公司", "食品有限公司", "电子商务有限公司", "服装有限公司", "文化传媒有限公司")
}

func zhTrademarkForm(g *gen, b *builder) {
	a := zhAreas[g.r.IntN(len(zhAreas))]
	b.text("商标注册申请书\n\n")
	individual := g.chance(0.5)
	b.text("申请人名称（中文）：")
	if individual {
		b.name(zhName(g))
		b.text("（个体工商户）")
	} else {
		b.text(zhCompany(g, a.city))
	}
	b.text("\n申请人名称（英文）：\n统一社会信用代码/身份证件号码：")
	if individual {
		b.text(zhID(g))
	} else {
		b.text("91" + g.digits(6) + "MA" + g.upper(1) + g.digits(7))
	}
	b.text("\n申请人国籍/地区：中国\n申请人地址（中文）：")
	b.addr(a.prov + a.city + zhDistrictAddr(g, a))
	b.text("\n邮政编码：", g.digits(6), "\n联系人：")
	b.name(zhName(g))
	b.text("    电话：", zhPhone(g), "\n")
	if g.chance(0.6) {
		b.text("代理机构名称：", g.pick("北京", "上海", "广州", "杭州", "成都"), g.pick("智信", "知和", "华誉", "正理"), "知识产权代理有限公司\n代理人：")
		b.name(zhName(g))
		b.text("\n")
	}
	mark := g.pick("禾田记", "云栖茶事", "蜀香阁", "陈记粉面", "王记锅盔", "周氏膏方", "李家铺子", "山野集", "拾光手作", "赵府私房菜", "朱师兄", "黄小鹿")
	b.text("商标名称：", mark, "\n商标种类：一般商标\n商标说明：商标由中文“", mark, "”构成，无含义。\n")
	b.text("类别：第", g.pick("29", "30", "35", "43", "25", "3"), "类\n商品/服务项目：", g.pick("糕点；面条；茶饮料", "餐馆；餐厅；外卖服务", "服装；鞋；帽", "化妆品；洗面奶", "广告；替他人推销", "肉干；腌制蔬菜"), "\n")
	if g.chance(0.4) {
		b.text("备注：申请人同时委托")
		b.name(zhName(g))
		b.text("办理后续补正事宜。\n")
	}
	b.text("申请人章戳（签字）：")
	if individual && g.chance(0.7) {
		b.name(zhName(g))
	}
	b.text("\n", zhDate(g), "\n")
}

func zhMedicalFiling(g *gen, b *builder) {
	noise := func() string { return g.pick("", "", " ", "|", "：", " .") }
	b.text(g.pick("跨省异地就医登记备案表", "跨省异地就医备案登记表", "异地就医备案申请表（扫描件）"), "\n")
	b.text("——第 1 页 / 共 1 页——", noise(), "\n")
	b.text("参保人姓名 | ")
	b.name(zhName(g))
	b.text("      性别 | ", g.pick("男", "女"), "\n")
	b.text("公民身份号码 | ", strings.ReplaceAll(zhID(g), "0", g.pick("0", "O")), "\n")
	home := zhAreas[g.r.IntN(len(zhAreas))]
	away := zhAreas[g.r.IntN(len(zhAreas))]
	b.text("参保地 | ", home.prov, home.city, noise(), "\n")
	b.text("就医地 | ", away.prov, away.city, "\n")
	b.text("备案类型 | ", g.pick("异地长期居住人员", "常驻异地工作人员", "异地转诊人员", "异地安置退休人员"), "\n")
	b.text("备案有效期 | ", zhISODate(g), " 至 ", g.pick("长期", "2026-06-30"), "\n")
	b.text(g.pick("异地居住地址 | ", "现居住地详细地址 | ", "居住地址: "))
	b.addr(away.prov + away.city + zhDistrictAddr(g, away))
	b.text(noise(), "\n联系电话 | ", zhPhone(g), "\n")
	if g.chance(0.6) {
		b.text("代办人 | ")
		b.name(zhName(g))
		b.text("   与参保人关系 | ", g.pick("子女", "配偶", "父母", "其他"), "\n代办人证件号 | ", zhID(g), "\n")
	}
	b.text("选择定点医疗机构 | ", g.pick("中山大学附属第一医院", "四川大学华西医院", "浙江大学医学院附属邵逸夫医院", "复旦大学附属华山医院", "北京协和医院", "南方医科大学南方医院"), "\n")
	b.text("本人承诺以上信息真实有效。参保人（签字）：")
	if g.chance(0.5) {
		b.name(zhName(g))
	} else {
		b.text("________")
	}
	b.text("\n经办人：")
	b.name(zhName(g))
	b.text("    复核人：")
	b.name(zhName(g))
	b.text("    经办机构（章）\n", strings.ReplaceAll(zhDate(g), "2025", g.pick("2025", "2O25")), "\n")
}

func zhPublicHousing(g *gen, b *builder) {
	a := zhAreas[g.r.IntN(len(zhAreas))]
	estate := g.of(zhEstates)
	road := g.of(zhRoadStems) + g.pick("路", "大道", "街") + g.num(1, 999) + "号"
	dist := g.of(a.dists)
	b.text(a.city, "公共租赁住房第", g.num(2, 19), "批次配租结果公示\n\n")
	b.text("根据《", a.city, "公共租赁住房管理办法》有关规定，经摇号选房，现将配租结果公示如下：\n\n")
	b.text("序号  申请人    家庭人口  配租房源\n")
	for i := range g.between(3, 8) {
		n := zhName(g)
		b.text(itoa(i+1), "     ")
		b.pad(nm, n, 8)
		b.text(g.num(1, 5), "         ")
		src := dist + road + estate + g.num(1, 12) + "栋" + g.num(1, 4) + "单元" + g.num(1, 28) + g.pad2(1, 4) + "室"
		if g.chance(0.3) {
			src = a.city + src
		}
		b.addr(src)
		b.text("\n")
	}
	b.text("\n公示期为", g.num(5, 7), "个工作日。如有异议，请在公示期内以书面形式向", a.city, "住房保障中心反映。\n")
	b.text("受理地址：")
	b.addr(a.city + zhDistrictAddr(g, a))
	b.text("\n联系人：")
	b.name(zhName(g))
	b.text("  联系电话：0", g.digits(2), "-", g.digits(8), "\n", a.city, "住房保障中心\n", zhDate(g), "\n")
}

func zhTransferForm(g *gen, b *builder) {
	a := zhAreas[g.r.IntN(len(zhAreas))]
	sur, given := zhNameParts(g)
	b.text("义务教育阶段学生转学申请表\n\n学生姓名：")
	b.name(sur + given)
	b.text("    性别：", g.pick("男", "女"), "    学籍号：G", zhID(g), "\n")
	b.text("原就读学校：", strings.TrimSuffix(a.city, "市"), g.pick("实验小学", "第二中学", "育才学校", "外国语学校", "师范附属小学"), "    年级：", g.pick("三", "四", "五", "初一", "初二"), "年级\n")
	b.text("拟转入学校：", g.pick("鲁迅中学", "宋庆龄学校", "行知小学", "陶行知实验学校", "中山路小学", "逸夫小学"), "\n")
	b.text("家庭住址：")
	b.addr(zhAddr(g))
	b.text("\n户籍所在地：", a.prov, a.city, "\n")
	b.text("监护人姓名：")
	b.name(zhName(g))
	b.text("    与学生关系：", g.pick("父亲", "母亲", "祖父", "外婆"), "    联系电话：", zhPhone(g), "\n")
	if g.chance(0.5) {
		b.text("监护人姓名（二）：")
		b.name(zhName(g))
		b.text("    联系电话：", zhPhone(g), "\n")
	}
	b.text("转学理由：", g.pick("随父母工作调动", "户籍迁移", "家庭购房搬迁", "随迁子女返乡就读"), "。")
	if len([]rune(given)) == 2 && g.chance(0.6) {
		b.text("孩子")
		b.name(given)
		b.text("本人也愿意转学。")
	}
	b.text("\n转出学校意见：同意转出。    校长（签字）：")
	b.name(zhName(g))
	b.text("\n转入学校意见：同意接收。    经办人：")
	b.name(zhName(g))
	b.text("\n", zhDate(g), "\n")
}

func zhGrainReceipt(g *gen, b *builder) {
	addr, c, _, _ := zhRural(g, g.chance(0.5))
	depot := strings.TrimSuffix(c.city, "市")
	b.text(g.pick("中央储备粮", "省级储备粮", ""), depot, g.pick("直属库", "粮食储备库", "国家粮食储备库"), "  粮食收购结算单\n")
	b.text("单据号：", g.upper(2), g.digits(10), "    日期：", zhISODate(g), "\n")
	b.text("售粮人：")
	b.name(zhName(g))
	b.text("    身份证号：", zhID(g), "\n住址：")
	b.addr(addr)
	b.text("\n开户行：", g.pick("农村信用社", "邮储银行", "农业银行"), "  卡号：", g.digits(4), " **** **** ", g.digits(4), "\n")
	b.text("品种：", g.pick("小麦", "玉米", "粳稻", "大豆"), "    等级：", g.pick("一等", "二等", "三等"), "    水分：", g.num(11, 14), ".", g.num(0, 9), "%    杂质：0.", g.num(3, 9), "%\n")
	gross := g.between(8000, 40000)
	tare := g.between(3000, gross/2)
	b.text("毛重：", itoa(gross), " kg  皮重：", itoa(tare), " kg  净重：", itoa(gross-tare), " kg\n")
	b.text("单价：", g.pick("2.36", "2.42", "1.18", "1.31"), " 元/斤    扣量：", g.num(0, 80), " kg\n")
	b.text("收购库点地址：")
	b.addr(c.prov + c.city + c.county + g.of(zhTowns) + g.of(zhRoadStems) + "路" + g.num(1, 300) + "号")
	b.text("\n检验员：")
	b.name(zhName(g))
	b.text("  司磅员：")
	b.name(zhName(g))
	b.text("  结算员：")
	b.name(zhName(g))
	b.text("\n售粮人签字：")
	b.name(zhName(g))
	b.text("\n（本单一式三联，第二联交售粮人）\n")
}

func zhComplaint12315(g *gen, b *builder) {
	a := zhAreas[g.r.IntN(len(zhAreas))]
	d := g.of(a.dists)
	b.text("全国12315平台 投诉工单\n工单编号：", g.digits(4), "2025", g.digits(10), "\n受理时间：", zhISODate(g), " ", g.pad2(8, 20), ":", g.pad2(0, 59), "\n")
	b.text("诉求类型：投诉    渠道：", g.pick("微信小程序", "电话", "网站"), "\n投诉人：")
	b.name(zhName(g))
	b.text("    联系电话：", zhMaskedPhone(g), "\n")
	if g.chance(0.7) {
		b.text("投诉人地址：")
		b.addr(a.prov + a.city + d + zhStreet(g) + zhUnit(g))
		b.text("\n")
	}
	shop := strings.TrimSuffix(a.city, "市") + g.pick("某某", "") + g.of(zhCoWords) + g.pick("健身有限公司", "家具店", "手机专卖店", "美容美发店", "教育培训中心", "餐饮店")
	b.text("被投诉人：", shop, "\n经营地址：")
	b.addr(a.city + d + zhStreet(g) + g.pick("", "一层", "2楼201", "B1-0"+g.num(1, 9)))
	b.text("\n投诉内容：本人于", zhDate(g), "在被投诉方", g.pick("办理年卡", "购买沙发", "购买手机", "预付课时费", "充值会员卡"), "，支付", g.num(800, 12000), "元。")
	switch g.r.IntN(3) {
	case 0:
		b.text("店员")
		b.name(zhName(g))
		b.text("承诺七天无理由退款，现拒绝退款，店长")
		b.name(g.of(zhSurnames))
		b.text("经理也不予处理。")
	case 1:
		b.text("商家现已停业，负责人")
		b.name(zhName(g))
		b.text("电话无人接听。")
	default:
		b.text("商品存在质量问题，多次联系客服未果。")
	}
	b.text("\n诉求：退还费用。\n处理部门：", a.city, "市场监督管理局", strings.TrimSuffix(d, "区"), "分局\n承办人：")
	b.name(zhName(g))
	b.text("    办理时限：", g.pick("7", "15"), "个工作日\n")
}

func zhColdChainXML(g *gen, b *builder) {
	a := zhAreas[g.r.IntN(len(zhAreas))]
	s := zhAreas[g.r.IntN(len(zhAreas))]
	b.text("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ColdChainRecord>\n")
	b.text("  <WaybillNo>", g.pick("SF", "JD", "ZTO"), g.digits(12), "</WaybillNo>\n  <Goods>", g.pick("冷冻水饺", "鲜牛奶", "疫苗（二类）", "速冻汤圆", "三文鱼", "冰淇淋"), "</Goods>\n")
	b.text("  <Shipper>\n    <Company>", zhCompany(g, s.city), "</Company>\n    <Contact>")
	b.name(zhName(g))
	b.text("</Contact>\n")
	if g.chance(0.5) {
		b.text("    <Address>")
		b.addr(s.prov + s.city + zhDistrictAddr(g, s))
		b.text("</Address>\n")
	}
	b.text("  </Shipper>\n  <Consignee>\n    <Name>")
	b.name(zhName(g))
	b.text("</Name>\n    <Mobile>", zhMaskedPhone(g), "</Mobile>\n")
	if g.chance(0.6) {
		b.text("    <Province>", a.prov, "</Province>\n    <City>", a.city, "</City>\n    <District>", g.of(a.dists), "</District>\n    <Detail>")
		b.addr(zhStreet(g) + zhUnit(g))
		b.text("</Detail>\n")
	} else {
		b.text("    <FullAddress>")
		b.addr(zhAddr(g))
		b.text("</FullAddress>\n")
	}
	b.text("  </Consignee>\n  <Readings unit=\"C\">\n")
	clk := g.clock()
	frozen := g.chance(0.5)
	for range g.between(3, 6) {
		temp := g.pick("2.4", "3.9", "4.1", "5.6", "3.1")
		if frozen {
			temp = g.pick("-18.2", "-17.6", "-19.0", "-18.8")
		}
		b.text("    <Reading time=\"", clk.tick(g, 900, 7200, "T"), "\" probe=\"T", g.num(1, 2), "\" temp=\"", temp, "\"/>\n")
	}
	b.text("  </Readings>\n  <Driver>")
	b.name(zhName(g))
	b.text("</Driver>\n  <Plate>", g.pick("沪", "粤", "京", "浙", "川"), g.upper(1), g.digits(5), "</Plate>\n")
	if g.chance(0.5) {
		b.text("  <Receiver signed=\"true\">")
		b.name(zhName(g))
		b.text("</Receiver>\n")
	} else {
		b.text("  <Receiver signed=\"true\">本人签收</Receiver>\n")
	}
	b.text("</ColdChainRecord>\n")
}

var zhStations = []string{"北京南", "上海虹桥", "南京南", "杭州东", "武汉", "长沙南", "广州南", "深圳北", "成都东", "重庆北", "西安北", "郑州东", "张家界西", "贵阳北", "黄山北", "周口东", "许昌东", "龙岩", "韶关", "石家庄", "曹县", "马鞍山东", "岳阳东", "潘家园"}

func zhTicketChangeLog(g *gen, b *builder) {
	clk := g.clock()
	ts := func() string { return clk.tick(g, 30, 40000, " ") }
	order := "E" + g.digits(9)
	for range g.between(2, 5) {
		from, to := g.of(zhStations), g.of(zhStations)
		train := g.pick("G", "D", "K", "Z") + g.num(1, 2999)
		switch g.r.IntN(4) {
		case 0:
			b.text(ts(), " INFO  ticket.change order=", order, " passenger=")
			b.name(zhName(g))
			b.text(" train=", train, " from=", from, " to=", to, " seat=", g.pad2(1, 16), "车", g.pad2(1, 20), g.pick("A", "B", "C", "D", "F"), " fee=0.00\n")
		case 1:
			b.text(ts(), " INFO  ticket.refund order=", order, " passengers=")
			b.names(zhNames(g, g.between(1, 3)), ",")
			b.text(" amount=", g.num(80, 900), ".", g.pick("00", "50"), " rule=", g.pick("开车前8天以上免费", "开车前48小时至8天5%", "开车前24小时内20%"), "\n")
		case 2:
			b.text(ts(), " WARN  ticket.change order=", order, " msg=\"乘车人")
			b.name(zhName(g))
			b.text("身份核验未通过，请至", from, "站人工窗口办理\"\n")
		default:
			b.text(ts(), " INFO  order.contact order=", order, " contact_name=")
			b.name(zhName(g))
			b.text(" contact_phone=", zhMaskedPhone(g), " channel=", g.pick("app", "web", "窗口"), "\n")
		}
	}
	if g.chance(0.3) {
		b.text(ts(), " DEBUG station.lookup q=", g.of(zhStations), " hits=", g.num(1, 4), "\n")
	}
}

func zhRideJSON(g *gen, b *builder) {
	a := zhAreas[g.r.IntN(len(zhAreas))]
	b.text("{\n  \"trip_id\": \"", g.digits(16), "\",\n  \"city\": \"", a.city, "\",\n  \"passenger\": {\"name\": \"")
	b.name(zhName(g))
	b.text("\", \"phone\": \"", zhMaskedPhone(g), "\"},\n  \"driver\": {")
	if g.chance(0.5) {
		b.text("\"display\": \"")
		b.name(g.of(zhSurnames))
		b.text("师傅\"")
	} else {
		b.text("\"name\": \"")
		b.name(zhName(g))
		b.text("\"")
	}
	b.text(", \"plate\": \"", g.pick("沪", "粤", "京", "浙", "川", "鄂"), g.upper(1), "·", g.upper(1), g.digits(4), "\", \"car\": \"", g.pick("白色 比亚迪秦PLUS", "黑色 大众帕萨特", "蓝色 丰田卡罗拉", "白色 特斯拉Model 3", "灰色 吉利星瑞"), "\"},\n")
	b.text("  \"pickup\": {\"poi\": \"", g.pick("虹桥火车站P9", "天府广场", "万达广场北门", "市第一人民医院门诊楼", "东方明珠", "中山公园地铁站B口", "鲁迅公园"), "\"")
	if g.chance(0.5) {
		b.text(", \"address\": \"")
		b.addr(a.city + zhDistrictAddr(g, a))
		b.text("\"")
	}
	b.text("},\n  \"dropoff\": {\"poi\": \"", g.pick("家", "公司", g.of(zhEstates)+g.pick("东门", "南门")), "\", \"address\": \"")
	b.addr(zhDistrictAddr(g, a))
	b.text("\"},\n  \"distance_km\": ", g.num(2, 48), ".", g.num(0, 9), ",\n  \"fare\": ", g.num(12, 190), ".", g.num(0, 9), "0,\n")
	b.text("  \"remark\": \"", g.pick("到了给我打电话", "小区门口等，别进去", "有行李，麻烦开后备箱", "麻烦开慢点，有老人", "发票抬头见备注"), "")
	if g.chance(0.3) {
		b.text("，联系人")
		b.name(zhName(g))
	}
	b.text("\",\n  \"invoice_title\": \"", g.pick("个人", zhCompany(g, a.city)), "\"\n}\n")
}

func zhVillageMinutes(g *gen, b *builder) {
	addr, c, town, village := zhRural(g, true)
	b.text(village, "村民代表会议记录\n\n时间：", zhDate(g), g.pick("上午9时", "下午2时30分", "晚上7时"), "\n地点：", village, "村委会二楼会议室\n主持人：")
	b.name(zhName(g))
	b.text("（村党支部书记）\n记录人：")
	b.name(zhName(g))
	b.text("\n应到代表", g.num(21, 35), "人，实到", g.num(15, 21), "人。\n出席代表：")
	b.names(zhNames(g, g.between(4, 8)), "、")
	b.text("等\n列席：", town, "包村干部")
	b.name(zhName(g))
	b.text("\n\n议题一：关于")
	owner := zhName(g)
	b.name(owner)
	b.text("户宅基地翻建申请。")
	b.name(owner)
	b.text("家位于")
	if g.chance(0.6) {
		b.addr(addr)
	} else {
		b.text("本村", g.of(zhGroups))
	}
	b.text("，原房屋建于1980年代，现为危房，申请原址翻建两层。")
	b.name(zhName(g))
	b.text("代表提出，该户东侧与")
	b.name(zhName(g))
	b.text("家共用排水沟，应先协商。\n表决结果：同意", g.num(14, 20), "票，反对", g.num(0, 2), "票，弃权", g.num(0, 2), "票。\n\n")
	b.text("议题二：", g.pick("村道硬化工程施工方选定", "2025年度低保户评议", "土地流转分红方案", "文化广场健身器材安装位置"), "。会计")
	b.name(zhName(g))
	b.text("通报了相关情况，")
	b.name(zhName(g))
	b.text("、")
	b.name(zhName(g))
	b.text("发言。\n\n会议于", g.pick("11时", "16时", "21时"), "结束。\n参会代表签字：")
	b.names(zhNames(g, 3), " ")
	b.text(" ……\n", c.county, town, village, "村民委员会（章）\n")
}

var zhTrademarks = [][2]string{
	{"王老吉", "广州王老吉大健康产业有限公司"}, {"李宁", "李宁（中国）体育用品有限公司"},
	{"张小泉", "张小泉股份有限公司"}, {"周大福", "周大福珠宝金行有限公司"}, {"周黑鸭", "周黑鸭食品股份有限公司"},
	{"陈李济", "广州白云山陈李济药厂有限公司"}, {"马应龙", "马应龙药业集团股份有限公司"}, {"胡庆余堂", "杭州胡庆余堂药业有限公司"},
	{"王致和", "北京王致和食品有限公司"}, {"杨国福", "上海杨国福企业管理（集团）有限公司"}, {"张亮麻辣烫", "哈尔滨张亮餐饮管理有限公司"},
	{"王守义十三香", "驻马店市王守义十三香调味品集团有限公司"}, {"谭木匠", "谭木匠控股有限公司"}, {"徐福记", "东莞徐记食品有限公司"},
	{"吴裕泰", "北京吴裕泰茶业股份有限公司"}, {"张一元", "北京张一元茶叶有限责任公司"}, {"王星记", "杭州王星记扇业有限公司"},
	{"戴春林", "扬州戴春林化妆品有限公司"}, {"谢馥春", "扬州谢馥春化妆品有限公司"}, {"刘一手", "重庆刘一手餐饮管理有限公司"},
	{"杨铭宇黄焖鸡米饭", "济南杨铭宇餐饮管理有限公司"}, {"许留山", "许留山（香港）有限公司"}, {"曹操出行", "曹操出行有限公司"},
	{"孔府家", "山东孔府家酒业有限公司"}, {"李锦记", "李锦记（新会）食品有限公司"}, {"陶陶居", "广州陶陶居食品有限公司"},
}

func zhNegTrademarkSearch(g *gen, b *builder) {
	cls := g.pick("29", "30", "32", "33", "35", "43", "5", "8")
	b.text("商标近似查询结果（第", cls, "类，查询词：", g.pick("王", "李", "张", "周", "陈", "记", "坊"), "）\n检索日期：", zhISODate(g), "  数据来源：商标局公开数据\n\n")
	b.text("序号  商标名称        注册号       申请人                              状态\n")
	for i, k := range g.r.Perm(len(zhTrademarks))[:g.between(6, 10)] {
		t := zhTrademarks[k]
		b.text(itoa(i+1), "     ")
		b.pad(plain, t[0], 16)
		b.pad(plain, g.digits(8), 13)
		b.pad(plain, t[1], 36)
		b.text(g.pick("已注册", "已注册", "驳回复审中", "无效宣告中", "初审公告"), "\n")
	}
	b.text("\n说明：以上商标含姓氏或历史人物名称，与申请商标“", g.pick("王小二", "李家铺子", "周记", "陈皮先生"), "”构成近似的风险较高，建议调整。")
	if g.chance(0.3) {
		b.text("\n代理人：")
		b.name(zhName(g))
	}
	b.text("\n")
}

var zhDiseases = []string{
	"帕金森病", "阿尔茨海默病", "克罗恩病", "唐氏综合征", "川崎病", "桥本甲状腺炎", "格林-巴利综合征",
	"白塞病", "马凡综合征", "戈谢病", "法布雷病", "庞贝病", "亨廷顿舞蹈病", "肝豆状核变性（威尔逊病）",
	"霍奇金淋巴瘤", "雷诺综合征", "库欣综合征", "艾迪生病", "史蒂文斯-约翰逊综合征", "多发性硬化",
	"系统性红斑狼疮", "强直性脊柱炎", "血友病", "苯丙酮尿症",
}

func zhNegDiseaseList(g *gen, b *builder) {
	a := zhAreas[g.r.IntN(len(zhAreas))]
	b.text(a.city, "门诊慢特病病种目录（2025年版）\n\n编码      病种名称                    认定机构\n")
	for _, k := range g.r.Perm(len(zhDiseases))[:g.between(7, 12)] {
		b.text("M", g.digits(5), "    ")
		b.pad(plain, zhDiseases[k], 28)
		b.text(g.pick("中山大学附属第一医院", "白求恩国际和平医院", "宋庆龄儿童医学中心", "逸夫医院", "三级定点医疗机构", "中山医院", "同仁医院"), "\n")
	}
	b.text("\n注：1. 认定后于次月起享受门诊慢特病待遇；2. 申请材料送至各区医保经办窗口或登录“", g.pick("渝快办", "粤省事", "随申办", "浙里办", "鄂汇办"), "”办理。\n")
	b.text("咨询电话：12393。", a.city, "医疗保障局\n")
	if g.chance(0.25) {
		b.text("联系人：")
		b.name(zhName(g))
		b.text("\n")
	}
}
