package unheard

// Chinese name pools, written from memory: frequent and rarer single
// surnames, compound surnames, and one- and two-character given names of
// several generations.
var zhSurnames = []string{
	"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗",
	"郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁", "潘", "于", "蒋", "蔡",
	"余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "姚", "卢", "姜", "崔", "钟", "谭", "陆", "汪", "范", "金",
	"石", "廖", "贾", "夏", "韦", "付", "方", "白", "邹", "孟", "熊", "秦", "邱", "江", "尹", "薛", "闫", "段", "雷", "侯",
	"龙", "史", "陶", "黎", "贺", "顾", "毛", "郝", "龚", "邵", "万", "钱", "严", "覃", "武", "戴", "莫", "孔", "向", "汤",
	"常", "温", "康", "施", "牛", "樊", "葛", "邢", "安", "齐", "乔", "伍", "庞", "颜", "倪", "庄", "聂", "章", "鲁", "岳",
	"翟", "殷", "詹", "申", "耿", "关", "兰", "焦", "俞", "左", "柳", "甘", "祝", "包", "宁", "尚", "舒", "阮", "柯", "纪",
	"梅", "童", "凌", "毕", "单", "季", "裴", "霍", "涂", "苗", "谷", "盛", "曲", "翁", "冉", "骆", "蓝", "游", "辛", "靳",
	"管", "柴", "鲍", "喻", "祁", "蒲", "房", "滕", "屈", "饶", "艾", "尤", "穆", "卓", "车", "项", "连", "麦", "褚", "窦",
	"戚", "岑", "景", "宫", "费", "卜", "冷", "晏", "席", "卫", "米", "柏", "瞿", "桂", "佟", "臧", "闵", "邬", "卞", "栾",
}

var zhCompound = []string{"欧阳", "司马", "诸葛", "上官", "司徒", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "夏侯", "长孙", "宇文", "端木", "南宫", "呼延", "澹台"}

var zhGiven = []string{
	"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "超", "霞", "平", "刚", "斌",
	"秀英", "桂英", "建华", "建国", "志强", "晓明", "海燕", "丽华", "秀兰", "玉兰", "春梅", "国庆", "卫东", "红梅", "子涵", "梓萱",
	"一诺", "浩然", "宇轩", "欣怡", "思远", "雨桐", "俊杰", "婉清", "嘉怡", "梓豪", "若曦", "沐辰", "诗涵", "晨曦", "天佑", "振华",
	"德明", "淑芬", "凤英", "桂兰", "玉珍", "文博", "家豪", "佳琪", "昊天", "书瑶", "可馨", "一鸣", "子墨", "云飞", "宏伟", "建军",
	"美玲", "金凤", "永福", "长江", "小燕", "亚楠", "雪", "鑫", "磊落", "晓东", "少华", "翠花", "大伟", "立新", "援朝", "抗美",
}

// zhName returns a full name: a surname (now and then a compound one) and
// a given name of one or two characters.
func (g *gen) zhName() (sur, given string) {
	if g.chance(0.08) {
		return g.of(zhCompound), g.of(zhGiven)
	}
	return g.of(zhSurnames), g.of(zhGiven)
}

func (g *gen) zhFull() string {
	s, n := g.zhName()
	return s + n
}

func (g *gen) zhSur() string {
	if g.chance(0.06) {
		return g.of(zhCompound)
	}
	return g.of(zhSurnames)
}

// Chinese places: province, prefecture city and district or county.
type zhArea struct {
	prov, city string
	districts  []string
}

var zhAreas = []zhArea{
	{"广东省", "广州市", []string{"天河区", "越秀区", "海珠区", "番禺区"}},
	{"广东省", "深圳市", []string{"南山区", "福田区", "宝安区", "龙岗区"}},
	{"广东省", "佛山市", []string{"顺德区", "南海区", "禅城区"}},
	{"浙江省", "杭州市", []string{"西湖区", "拱墅区", "滨江区", "余杭区"}},
	{"浙江省", "金华市", []string{"义乌市", "东阳市", "婺城区"}},
	{"江苏省", "南京市", []string{"鼓楼区", "玄武区", "江宁区"}},
	{"江苏省", "苏州市", []string{"姑苏区", "昆山市", "吴中区", "工业园区"}},
	{"四川省", "成都市", []string{"武侯区", "锦江区", "青羊区", "郫都区"}},
	{"湖北省", "武汉市", []string{"洪山区", "江汉区", "武昌区", "汉阳区"}},
	{"山东省", "青岛市", []string{"市南区", "崂山区", "黄岛区"}},
	{"山东省", "济南市", []string{"历下区", "槐荫区"}},
	{"福建省", "厦门市", []string{"思明区", "湖里区", "集美区"}},
	{"河南省", "郑州市", []string{"金水区", "二七区", "中原区"}},
	{"湖南省", "长沙市", []string{"岳麓区", "芙蓉区", "雨花区"}},
	{"陕西省", "西安市", []string{"雁塔区", "碑林区", "未央区"}},
	{"辽宁省", "沈阳市", []string{"和平区", "沈河区", "铁西区"}},
	{"黑龙江省", "哈尔滨市", []string{"南岗区", "道里区", "香坊区"}},
	{"云南省", "昆明市", []string{"五华区", "盘龙区", "官渡区"}},
	{"广西壮族自治区", "南宁市", []string{"青秀区", "兴宁区", "西乡塘区"}},
	{"安徽省", "合肥市", []string{"蜀山区", "包河区", "庐阳区"}},
	{"江西省", "南昌市", []string{"东湖区", "红谷滩区"}},
	{"河北省", "石家庄市", []string{"长安区", "裕华区"}},
	{"山西省", "太原市", []string{"小店区", "迎泽区"}},
	{"吉林省", "长春市", []string{"朝阳区", "南关区"}},
	{"贵州省", "贵阳市", []string{"南明区", "云岩区", "观山湖区"}},
	{"甘肃省", "兰州市", []string{"城关区", "七里河区"}},
	{"内蒙古自治区", "呼和浩特市", []string{"赛罕区", "新城区"}},
	{"新疆维吾尔自治区", "乌鲁木齐市", []string{"天山区", "沙依巴克区"}},
	{"海南省", "海口市", []string{"龙华区", "美兰区"}},
	{"", "北京市", []string{"朝阳区", "海淀区", "东城区", "西城区", "丰台区"}},
	{"", "上海市", []string{"浦东新区", "徐汇区", "静安区", "黄浦区", "闵行区"}},
	{"", "天津市", []string{"和平区", "南开区", "河西区"}},
	{"", "重庆市", []string{"渝中区", "江北区", "沙坪坝区"}},
}

// Rural counties with their towns and villages, for 镇/乡/村/组 addresses.
type zhCounty struct {
	prov, city, county string
	towns, villages    []string
}

var zhCounties = []zhCounty{
	{"河南省", "周口市", "郸城县", []string{"宁平镇", "汲冢镇", "白马镇"}, []string{"王庄村", "刘楼村", "张集村"}},
	{"四川省", "南充市", "仪陇县", []string{"马鞍镇", "金城镇"}, []string{"石板村", "柏树村"}},
	{"湖南省", "邵阳市", "隆回县", []string{"桃洪镇", "小沙江镇", "荷香桥镇"}, []string{"大坪村", "向阳村"}},
	{"江西省", "赣州市", "于都县", []string{"贡江镇", "岭背镇"}, []string{"新屋村", "罗坑村"}},
	{"安徽省", "阜阳市", "临泉县", []string{"杨桥镇", "姜寨镇"}, []string{"李营村", "胡庄村"}},
	{"山东省", "菏泽市", "曹县", []string{"大集镇", "庄寨镇"}, []string{"丁楼村", "孙庄村"}},
	{"贵州省", "黔东南苗族侗族自治州", "雷山县", []string{"西江镇", "丹江镇"}, []string{"羊排村", "控拜村"}},
	{"广西壮族自治区", "桂林市", "阳朔县", []string{"兴坪镇", "白沙镇"}, []string{"渔村", "旧县村"}},
	{"甘肃省", "定西市", "通渭县", []string{"平襄镇", "马营镇"}, []string{"石滩村", "锦屏村"}},
	{"浙江省", "丽水市", "松阳县", []string{"西屏街道", "大东坝镇", "三都乡"}, []string{"杨家堂村", "横樟村"}},
}

var zhRoadStems = []string{
	"建设", "解放", "人民", "中山", "和平", "文化", "长江", "黄河", "新华", "胜利", "学府", "科技", "滨江", "东风", "青年",
	"光明", "幸福", "望江", "金沙", "天府", "翠湖", "五一", "延安", "淮海", "江汉", "北京", "南京", "广州", "朝阳", "健康",
	"育才", "工农", "民主", "复兴", "振兴", "迎宾", "长安", "红旗", "前进", "团结", "花园", "体育", "府前", "龙华", "桃源",
}

var zhRoadEnds = []string{"路", "路", "路", "街", "大道", "大街", "东路", "西路", "南路", "北路", "中路", "巷"}

var zhEstates = []string{
	"阳光花园", "锦绣华庭", "翠湖苑", "金色家园", "和谐家园", "东方名城", "绿城桂花园", "幸福里", "滨江一号", "书香门第",
	"紫荆花园", "梧桐苑", "新村", "世纪城", "工人新村", "丽景湾", "枫林晚", "清水湾", "华府", "康乐小区",
}

// zhAddr is a Chinese address in parts, from the province down.
type zhAddr struct{ region, street string }

func (a zhAddr) full() string { return a.region + a.street }

func (g *gen) zhRegion() string {
	a := zhAreas[g.r.IntN(len(zhAreas))]
	d := g.of(a.districts)
	if g.chance(0.3) {
		return a.city + d // province left out, as people often write it
	}
	return a.prov + a.city + d
}

// zhStreet is a road-level address inside a district: road and number,
// or a lane (弄) in Shanghai style, then estate, building, unit and room.
func (g *gen) zhStreet() string {
	s := g.zhRoad()
	switch g.r.IntN(6) {
	case 0:
		s += g.of(zhEstates) + g.num(1, 30) + g.pick("栋", "幢", "号楼") + g.num(1, 6) + "单元" + g.num(1, 33) + g.pad(2, 1, 8) + "室"
	case 1:
		s += g.of(zhEstates) + g.num(1, 20) + g.pick("栋", "号楼") + g.num(1, 3) + "0" + g.num(1, 6)
	case 2:
		s += g.pick("A座", "B座", "C座", "1号楼") + g.num(3, 28) + "层" + g.pick("", g.num(1, 20)+"室")
	case 3:
		s += g.num(1, 5) + "楼"
	}
	return s
}

// zhRoad is a road or lane and its number.
func (g *gen) zhRoad() string {
	switch g.r.IntN(5) {
	case 0:
		return g.of(zhRoadStems) + g.pick("路", "东路", "西路", "南路", "北路", "中路") + g.num(100, 2999) + "弄" + g.num(1, 80) + "号"
	case 1:
		return g.of(zhRoadStems) + g.pick("胡同", "里", "巷") + g.num(1, 99) + "号"
	}
	return g.of(zhRoadStems) + g.of(zhRoadEnds) + g.num(1, 999) + "号"
}

func (g *gen) zhAddr() zhAddr { return zhAddr{g.zhRegion(), g.zhStreet()} }

// zhVillage is a rural address down to the village group and house.
func (g *gen) zhVillage() string {
	c := zhCounties[g.r.IntN(len(zhCounties))]
	s := c.prov + c.city + c.county + g.of(c.towns) + g.of(c.villages)
	switch g.r.IntN(3) {
	case 0:
		s += g.pick("一", "二", "三", "四", "五", "六", "七", "八") + "组" + g.num(1, 60) + "号"
	case 1:
		s += g.num(1, 12) + "组"
	default:
		s += g.num(1, 200) + "号"
	}
	return s
}

// Hard negatives in Chinese text.
var zhBrands = []string{
	"李宁", "王老吉", "张小泉", "老干妈", "周大福", "陈李济", "马应龙", "王致和", "杨国福麻辣烫", "张亮麻辣烫", "乔丹体育",
	"徐福记", "刘一手火锅", "谭木匠", "曹操出行", "孔府家酒", "杜康", "杨记兴臭鳜鱼", "周黑鸭", "胡庆余堂", "李锦记",
}

var zhPlaces = []string{
	"中山公园", "中山大学", "逸夫楼", "鲁迅公园", "孙中山纪念堂", "岳麓书院", "黄兴路步行街", "张江高科", "王府井", "关林",
	"宋庆龄故居", "郭守敬纪念馆", "海瑞墓", "杜甫草堂", "武侯祠", "包公祠", "朱自清故居", "詹天佑纪念馆", "中山路", "逸仙路",
}

var zhWords = []string{
	"高峰", "江山", "海燕", "白云", "向阳", "红旗", "东方", "黎明", "高明", "文明", "石头", "马上", "金牌", "于是", "常规", "方向",
}

var zhDishes = []string{"宫保鸡丁", "东坡肉", "麻婆豆腐", "左宗棠鸡", "李鸿章杂烩", "宋嫂鱼羹", "贵妃鸡翅", "叫花鸡", "太白鸭"}

var zhPrizes = []string{"鲁迅文学奖", "茅盾文学奖", "华罗庚数学奖", "孙冶方经济科学奖", "梅花奖", "金鸡奖", "袁隆平农业科技奖"}
