package unquoted

import (
	"strconv"
	"strings"
)

var zhKinds = []kind{
	{"名片OCR识别", false, true, zhCardOCR},
	{"钉钉审批流水", false, true, zhDingApproval},
	{"房屋安全鉴定报告", false, true, zhHouseSafety},
	{"政协提案摘要", false, true, zhProposal},
	{"非遗传承人申报表", false, true, zhHeritage},
	{"导游带团日志", false, true, zhGuideLog},
	{"工程监理日志", false, true, zhSupervision},
	{"往来港澳签注申请", false, true, zhPermit},
	{"粤语来电转写", false, true, zhCantonese},
	{"外企中英混杂邮件", false, true, zhMixedMail},
	{"负例-地名由来科普", true, false, zhNegPlaceNames},
	{"负例-夜市摊位分配", true, false, zhNegNightMarket},
}

// zp is a Chinese person: surname and given name with their pinyin.
type zp struct{ sur, giv, psur, pgiv string }

func (p zp) full() string { return p.sur + p.giv }

// latin is the pinyin name in one of the usual orders and casings.
func (g *gen) latin(p zp) string {
	switch g.r.IntN(4) {
	case 0:
		return p.pgiv + " " + p.psur
	case 1:
		return strings.ToUpper(p.psur) + " " + p.pgiv
	case 2:
		return p.psur + " " + p.pgiv
	default:
		return strings.ToUpper(p.psur + " " + p.pgiv)
	}
}

var zhSurnames = []string{
	"王|Wang", "李|Li", "张|Zhang", "刘|Liu", "陈|Chen", "杨|Yang", "黄|Huang", "赵|Zhao", "吴|Wu", "周|Zhou",
	"徐|Xu", "孙|Sun", "马|Ma", "朱|Zhu", "胡|Hu", "郭|Guo", "何|He", "林|Lin", "罗|Luo", "郑|Zheng",
	"梁|Liang", "谢|Xie", "宋|Song", "唐|Tang", "许|Xu", "韩|Han", "冯|Feng", "邓|Deng", "曹|Cao", "彭|Peng",
	"曾|Zeng", "肖|Xiao", "田|Tian", "董|Dong", "袁|Yuan", "潘|Pan", "蒋|Jiang", "蔡|Cai", "余|Yu", "杜|Du",
	"叶|Ye", "程|Cheng", "魏|Wei", "吕|Lyu", "丁|Ding", "沈|Shen", "姚|Yao", "卢|Lu", "崔|Cui", "钟|Zhong",
	"谭|Tan", "陆|Lu", "范|Fan", "廖|Liao", "贾|Jia", "夏|Xia", "韦|Wei", "邹|Zou", "熊|Xiong", "秦|Qin",
	"邱|Qiu", "尹|Yin", "薛|Xue", "闫|Yan", "段|Duan", "雷|Lei", "侯|Hou", "史|Shi", "陶|Tao", "贺|He",
	"顾|Gu", "毛|Mao", "龚|Gong", "邵|Shao", "覃|Qin", "戴|Dai", "孔|Kong", "汤|Tang", "鄢|Yan", "仝|Tong",
	"靳|Jin", "卞|Bian", "阚|Kan", "亓|Qi", "邝|Kuang", "冼|Xian", "麦|Mai", "佘|She", "缪|Miao", "郦|Li",
	"欧阳|Ouyang", "司马|Sima", "上官|Shangguan", "诸葛|Zhuge", "慕容|Murong", "皇甫|Huangfu", "令狐|Linghu",
	"尉迟|Yuchi", "公孙|Gongsun", "夏侯|Xiahou", "端木|Duanmu", "司徒|Situ", "长孙|Zhangsun", "宇文|Yuwen",
}

var zhGiven = []string{
	"芳|Fang", "伟|Wei", "秀英|Xiuying", "敏|Min", "静|Jing", "丽娟|Lijuan", "强|Qiang", "磊|Lei", "军|Jun",
	"洋|Yang", "勇|Yong", "艳|Yan", "杰|Jie", "涛|Tao", "超|Chao", "秀兰|Xiulan", "霞|Xia", "刚|Gang",
	"桂英|Guiying", "子涵|Zihan", "梓萱|Zixuan", "浩然|Haoran", "一诺|Yinuo", "宇轩|Yuxuan", "欣怡|Xinyi",
	"雨桐|Yutong", "思远|Siyuan", "嘉懿|Jiayi", "俊熙|Junxi", "婉清|Wanqing", "沐阳|Muyang", "若曦|Ruoxi",
	"晓东|Xiaodong", "建国|Jianguo", "淑珍|Shuzhen", "玉梅|Yumei", "志刚|Zhigang", "海燕|Haiyan",
	"春生|Chunsheng", "国栋|Guodong", "丽萍|Liping", "文静|Wenjing", "振宇|Zhenyu", "佳琪|Jiaqi",
	"昊天|Haotian", "诗涵|Shihan", "锦程|Jincheng", "语嫣|Yuyan", "知秋|Zhiqiu", "砚舟|Yanzhou",
	"蕴之|Yunzhi", "晗|Han", "昕|Xin", "骁|Xiao", "垚|Yao", "淼|Miao", "翀|Chong", "喆|Zhe", "祎|Yi",
	"珺|Jun", "红梅|Hongmei", "德胜|Desheng", "满仓|Mancang", "金凤|Jinfeng", "嘉欣|Jiaxin",
	"志豪|Zhihao", "咏琪|Yongqi", "家俊|Jiajun", "宝珠|Baozhu", "铁柱|Tiezhu", "秋菊|Qiuju",
	"梦瑶|Mengyao", "博文|Bowen", "晨曦|Chenxi", "天佑|Tianyou", "亦菲|Yifei", "卫东|Weidong",
	"树森|Shusen", "兰芝|Lanzhi", "守仁|Shouren", "慧敏|Huimin", "立新|Lixin", "雪琴|Xueqin",
}

// English names used by Chinese colleagues.
var zhEnglishNames = []string{"Lily", "Kevin", "Grace", "Jason", "Vivian", "Eric", "Cindy", "Tony", "Echo", "Sunny", "Alan", "Iris", "Leo", "Winnie", "Frank", "Joyce", "Derek", "Coco", "Ivy", "Bruce"}

var zhFemaleGiven = map[string]bool{}

func init() {
	for _, v := range strings.Fields("芳 秀英 敏 静 丽娟 艳 秀兰 霞 桂英 子涵 梓萱 欣怡 雨桐 婉清 若曦 淑珍 玉梅 海燕 丽萍 文静 佳琪 诗涵 语嫣 红梅 金凤 嘉欣 咏琪 宝珠 秋菊 梦瑶 晨曦 亦菲 兰芝 慧敏 雪琴 一诺 嘉懿 昕 祎 珺 淼 知秋 蕴之") {
		zhFemaleGiven[v] = true
	}
}

func split2(s string) (string, string) {
	a, b, _ := strings.Cut(s, "|")
	return a, b
}

func (g *gen) zhPerson() zp {
	s, ps := split2(g.of(zhSurnames))
	gv, pg := split2(g.of(zhGiven))
	return zp{s, gv, ps, pg}
}

// zhPeople returns k people with distinct full names.
func (g *gen) zhPeople(k int) []zp {
	var out []zp
	seen := map[string]bool{}
	for len(out) < k {
		p := g.zhPerson()
		if seen[p.full()] {
			continue
		}
		seen[p.full()] = true
		out = append(out, p)
	}
	return out
}

type zhRegion struct {
	prov, city string
	dists      []string
}

var zhRegions = []zhRegion{
	{"广东省", "广州市", []string{"天河区", "越秀区", "海珠区", "番禺区", "白云区"}},
	{"广东省", "深圳市", []string{"南山区", "福田区", "宝安区", "龙岗区", "罗湖区"}},
	{"广东省", "佛山市", []string{"南海区", "顺德区", "禅城区"}},
	{"浙江省", "杭州市", []string{"西湖区", "拱墅区", "滨江区", "余杭区", "上城区"}},
	{"浙江省", "宁波市", []string{"鄞州区", "海曙区", "江北区"}},
	{"浙江省", "温州市", []string{"鹿城区", "瓯海区"}},
	{"江苏省", "南京市", []string{"鼓楼区", "玄武区", "江宁区", "秦淮区"}},
	{"江苏省", "苏州市", []string{"姑苏区", "吴中区", "相城区"}},
	{"江苏省", "无锡市", []string{"梁溪区", "滨湖区"}},
	{"四川省", "成都市", []string{"武侯区", "锦江区", "青羊区", "郫都区", "成华区"}},
	{"四川省", "绵阳市", []string{"涪城区", "游仙区"}},
	{"湖北省", "武汉市", []string{"洪山区", "江汉区", "武昌区", "汉阳区"}},
	{"湖北省", "宜昌市", []string{"西陵区", "伍家岗区"}},
	{"山东省", "济南市", []string{"历下区", "市中区", "槐荫区"}},
	{"山东省", "青岛市", []string{"市南区", "崂山区", "黄岛区", "李沧区"}},
	{"山东省", "烟台市", []string{"芝罘区", "莱山区"}},
	{"河南省", "郑州市", []string{"金水区", "二七区", "中原区", "管城回族区"}},
	{"河南省", "洛阳市", []string{"涧西区", "西工区"}},
	{"湖南省", "长沙市", []string{"岳麓区", "芙蓉区", "雨花区", "开福区"}},
	{"湖南省", "株洲市", []string{"芦淞区", "天元区"}},
	{"陕西省", "西安市", []string{"雁塔区", "碑林区", "未央区", "莲湖区"}},
	{"福建省", "福州市", []string{"鼓楼区", "仓山区", "晋安区"}},
	{"福建省", "厦门市", []string{"思明区", "湖里区", "集美区"}},
	{"福建省", "泉州市", []string{"丰泽区", "鲤城区"}},
	{"辽宁省", "沈阳市", []string{"和平区", "沈河区", "皇姑区"}},
	{"辽宁省", "大连市", []string{"中山区", "甘井子区", "沙河口区"}},
	{"云南省", "昆明市", []string{"五华区", "盘龙区", "官渡区"}},
	{"广西壮族自治区", "南宁市", []string{"青秀区", "西乡塘区", "兴宁区"}},
	{"广西壮族自治区", "桂林市", []string{"七星区", "秀峰区"}},
	{"黑龙江省", "哈尔滨市", []string{"南岗区", "道里区", "香坊区"}},
	{"内蒙古自治区", "呼和浩特市", []string{"赛罕区", "新城区"}},
	{"贵州省", "贵阳市", []string{"南明区", "云岩区", "观山湖区"}},
	{"安徽省", "合肥市", []string{"蜀山区", "包河区", "庐阳区"}},
	{"江西省", "南昌市", []string{"东湖区", "红谷滩区", "青山湖区"}},
	{"", "北京市", []string{"朝阳区", "海淀区", "东城区", "丰台区", "通州区", "西城区"}},
	{"", "上海市", []string{"浦东新区", "徐汇区", "静安区", "闵行区", "杨浦区", "虹口区"}},
	{"", "天津市", []string{"南开区", "河西区", "滨海新区", "和平区"}},
	{"", "重庆市", []string{"渝中区", "江北区", "沙坪坝区", "九龙坡区", "南岸区"}},
}

type zhCounty struct{ prov, city, county string }

var zhCounties = []zhCounty{
	{"河南省", "周口市", "郸城县"}, {"河南省", "信阳市", "光山县"}, {"河北省", "保定市", "易县"},
	{"河北省", "邯郸市", "馆陶县"}, {"四川省", "南充市", "仪陇县"}, {"四川省", "凉山彝族自治州", "昭觉县"},
	{"山东省", "临沂市", "沂南县"}, {"山东省", "菏泽市", "曹县"}, {"安徽省", "阜阳市", "临泉县"},
	{"湖南省", "邵阳市", "隆回县"}, {"江西省", "赣州市", "于都县"}, {"甘肃省", "天水市", "秦安县"},
	{"贵州省", "黔东南苗族侗族自治州", "雷山县"}, {"云南省", "红河哈尼族彝族自治州", "元阳县"},
	{"山西省", "吕梁市", "临县"}, {"黑龙江省", "绥化市", "望奎县"}, {"广西壮族自治区", "河池市", "巴马瑶族自治县"},
	{"福建省", "龙岩市", "永定区"}, {"湖北省", "恩施土家族苗族自治州", "利川市"}, {"吉林省", "延边朝鲜族自治州", "龙井市"},
}

var zhTowns = []string{"城关镇", "新集镇", "马鞍镇", "高村镇", "石桥镇", "双河镇", "白庙乡", "柳林镇", "青龙乡", "大营镇", "太平镇", "和平乡", "三河镇", "官庄镇"}
var zhVillages = []string{"东王村", "后李村", "大柳树村", "张家湾村", "孙庄村", "前进村", "红旗村", "杨树沟村", "石门村", "刘家坪村", "桃园村", "新庄村", "上坝村", "龙潭村"}

var zhRoads = []string{
	"建设路", "人民路", "解放路", "和平路", "文化路", "幸福路", "新华路", "长江路", "黄河路", "学府路",
	"科技路", "朝阳路", "光明大道", "创业大道", "滨江大道", "东风路", "青年路", "工农路", "锦绣路",
	"丹桂路", "望江路", "紫荆路", "枫林路", "湖滨路", "团结街", "胜利街", "中山北路", "逸仙路",
	"梅园巷", "槐树胡同", "桐梓林北路", "文三路", "金桥路", "银杏大道", "翠微路", "振兴街", "公园路",
	"体育西路", "长寿路", "民主路", "红星路", "北京东路", "江南大道", "凤凰路", "百花巷", "育才路",
}

var zhEstates = []string{"阳光花园", "翠苑一区", "金色家园", "锦绣江南", "幸福里", "和谐家园", "滨江花城", "紫薇苑", "枫丹白露", "书香门第", "龙湖春江郦城", "保利香槟国际", "南苑小区", "电力宿舍", "教师新村", "东湖名邸", "世纪华庭", "望江苑", "绿地新都会", "棉纺厂家属院"}
var zhTowers = []string{"国际金融中心", "时代广场", "财富中心", "创新大厦", "科技园", "环球贸易广场", "金融街中心", "银泰中心", "软件园", "万达广场"}

// zhDetail is the part of an urban address below the district.
func (g *gen) zhDetail() string {
	road := g.of(zhRoads) + g.num(1, 899) + "号"
	switch g.r.IntN(5) {
	case 0:
		return road
	case 1:
		return road + g.of(zhEstates) + g.num(1, 32) + g.pick("栋", "号楼", "幢") + g.num(1, 6) + "单元" + g.num(1, 33) + pad2(g.n(1, 8)) + g.pick("室", "", "号")
	case 2:
		return road + g.of(zhTowers) + g.pick("A", "B", "C", "1", "2", "3") + g.pick("座", "栋") + g.num(2, 58) + pad2(g.n(1, 20)) + g.pick("室", "")
	case 3:
		return g.of(zhEstates) + g.num(1, 30) + "-" + g.num(1, 6) + "-" + g.num(1, 30) + pad2(g.n(1, 6))
	default:
		return g.pick("", g.pick("望京街道", "八里台镇", "龙华街道", "五里墩街道", "东湖街道")) + road + g.num(1, 12) + "号院" + g.num(1, 9) + "号楼" + g.num(1, 4) + "单元" + g.num(1, 24) + pad2(g.n(1, 4))
	}
}

// zhAddr returns an address starting at the province, the city or the
// district, or a rural one starting at the province or the county.
func (g *gen) zhAddr() string {
	if g.chance(0.2) {
		c := one(g, zhCounties)
		tail := g.of(zhTowns) + g.of(zhVillages) + g.pick(g.num(1, 12)+"组", g.num(1, 9)+"组"+g.num(1, 80)+"号", g.num(1, 200)+"号", "")
		switch g.r.IntN(3) {
		case 0:
			return c.prov + c.city + c.county + tail
		case 1:
			return c.city + c.county + tail
		default:
			return c.prov + " " + c.city + " " + c.county + " " + tail
		}
	}
	r := one(g, zhRegions)
	d := g.of(r.dists)
	det := g.zhDetail()
	switch g.r.IntN(6) {
	case 0, 1:
		return r.prov + r.city + d + det
	case 2:
		return r.city + d + det
	case 3:
		return d + det
	case 4:
		if r.prov == "" {
			return r.city + " " + d + " " + det
		}
		return r.prov + " " + r.city + " " + d + " " + det
	default:
		return strings.TrimSuffix(r.prov, "省") + r.city + d + det
	}
}

// zhParts returns an urban address as province/city, district and detail.
func (g *gen) zhParts() (string, string, string) {
	r := one(g, zhRegions)
	pc := r.city
	if r.prov != "" {
		pc = r.prov + r.city
	}
	return pc, g.of(r.dists), g.zhDetail()
}

func (g *gen) zhPhone() string {
	return g.pick("13", "15", "18", "17", "19") + g.digits(1) + g.pick("", "-", " ") + g.digits(4) + g.pick("", "-", " ") + g.digits(4)
}

func (g *gen) zhPostcode() string { return g.num(1, 8) + g.digits(5) }

var zhCompanies = []string{"华信达科技有限公司", "江南纺织集团", "恒远物流股份有限公司", "博奥生物", "云帆网络科技", "中建三局第二建设工程有限责任公司", "鑫源建材商行", "德胜门窗厂", "启明星教育咨询", "青禾农业合作社", "瑞丰会计师事务所", "中和律师事务所", "海岳医疗器械", "蓝鲸数据服务有限公司", "王老吉大健康产业", "张小泉刀剪旗舰店", "同仁堂药店", "李宁体育用品专卖", "老乡鸡餐饮管理"}

var zhTitles = []string{"总经理", "销售总监", "项目经理", "主任", "技术总监", "客户经理", "首席执行官", "行政主管", "高级工程师", "财务经理", "合伙人", "店长"}

// zhOCRNoise replaces a few characters as an OCR engine might, outside labels.
func (g *gen) zhNoisy(s string) string {
	if !g.chance(0.4) {
		return s
	}
	r := strings.NewReplacer("：", g.pick(":", "∶", "："), "电话", g.pick("电话", "电 话", "由话"), "手机", g.pick("手机", "手 机", "乎机"), "邮箱", g.pick("邮箱", "郎箱", "邮 箱"))
	return r.Replace(s)
}

func zhCardOCR(g *gen, b *builder) {
	p := g.zhPerson()
	co := g.of(zhCompanies)
	b.line(g.pick("[OCR 结果] 置信度 0."+g.num(62, 99), "名片识别 — 扫描件 IMG_"+g.digits(4)+".jpg", "【名片扫描】", "ocr_text:"))
	if g.chance(0.5) {
		b.line(co)
	}
	nm := p.full()
	if g.chance(0.25) && len([]rune(nm)) == 2 {
		r := []rune(nm)
		nm = string(r[0]) + g.pick(" ", "  ", "　") + string(r[1])
	}
	b.name(nm)
	if g.chance(0.5) {
		b.text(g.pick("  ", " | ", "\n"), g.of(zhTitles))
	}
	b.nl()
	if g.chance(0.6) {
		b.name(g.latin(p))
		if g.chance(0.4) {
			b.text(g.pick("  Sales Director", " / General Manager", "  Partner", " · Senior Engineer"))
		}
		b.nl()
	}
	if g.chance(0.5) {
		b.line(co)
	}
	b.line(g.zhNoisy(g.pick("手机：", "Mob:", "M ", "手机 ")), g.zhPhone())
	if g.chance(0.5) {
		b.line(g.zhNoisy("电话："), "0", g.num(10, 999), "-", g.digits(8))
	}
	if g.chance(0.6) {
		b.line(g.pick("邮箱：", "E-mail: ", "Email："), strings.ToLower(p.pgiv)+"."+strings.ToLower(p.psur)+"@"+g.pick("hxd-tech.cn", "jnfz.com", "163.com", "qq.com", "hengyuan56.com"))
	}
	a := g.zhAddr()
	b.text(g.zhNoisy(g.pick("地址：", "地址:", "Add：", "地 址 ", "公司地址：")))
	if g.chance(0.3) {
		// the OCR broke the address over two lines
		r := []rune(a)
		cut := len(r) / 2
		for cut < len(r)-1 && r[cut] == ' ' {
			cut++
		}
		first := strings.TrimRight(string(r[:cut]), " ")
		rest := strings.TrimLeft(string(r[cut:]), " ")
		b.addr(first + "\n" + rest)
	} else {
		b.addr(a)
	}
	if g.chance(0.4) {
		switch g.r.IntN(3) {
		case 0:
			b.text("  邮编：", g.zhPostcode())
		case 1:
			b.text(" (", g.zhPostcode(), ")")
		default:
			b.text("\n邮编 ", g.zhPostcode())
		}
	}
	b.nl()
	if g.chance(0.35) {
		b.line(g.pick("微信同号", "扫码加微信", "WeChat: ", "www.", "诚信 · 专业 · 共赢"))
	}
	if g.chance(0.3) {
		b.line("# 识别备注：背面为英文版，", g.pick("未识别", "已跳过", "字迹模糊"))
	}
}

var zhDepts = []string{"财务部", "人力资源部", "市场部", "研发中心", "行政部", "华东大区", "采购部", "法务部", "客服中心", "供应链管理部"}

func zhDingApproval(g *gen, b *builder) {
	ps := g.zhPeople(4)
	no := g.pick("2024", "2025", "2026") + g.digits(17)
	typ := g.r.IntN(4)
	title := []string{"请假申请", "外出申请", "用印申请", "物品寄送申请"}[typ]
	if g.chance(0.5) {
		b.text("审批编号：", no, "\n标题：")
		b.name(ps[0].full())
		b.line("提交的", title)
		b.text("发起人：")
		b.name(ps[0].full())
		b.line(g.pick("  部门：", " | ", "（"), g.of(zhDepts), g.pick("", "", "）"))
		b.text("审批流程：")
		b.name(ps[1].full())
		b.text(g.pick("（已同意）", "(同意)", " 已同意"), g.pick(" → ", " -> ", "；"))
		b.name(ps[2].full())
		b.line(g.pick("（审批中）", "(处理中)", " 待审批"))
		if g.chance(0.6) {
			b.text("抄送人：")
			b.name(ps[3].full())
			b.nl()
		}
	} else {
		b.line("时间\t节点\t操作人\t结果\t意见")
		day := g.dateZH()
		b.text(day, " 08:", pad2(g.n(0, 59)), "\t发起申请\t")
		b.name(ps[0].full())
		b.line("\t-\t", title)
		b.text(day, " 1", g.num(0, 2), ":", pad2(g.n(0, 59)), "\t", g.pick("部门负责人", "直属主管", "主管"), "\t")
		b.name(ps[1].full())
		b.line("\t同意\t", g.pick("同意", "OK", "请按规定执行", ""))
		b.text(day, " 1", g.num(4, 8), ":", pad2(g.n(0, 59)), "\t", g.pick("行政", "人事", "财务复核"), "\t")
		b.name(ps[2].full())
		b.line("\t", g.pick("同意", "转交", "退回"), "\t", g.pick("", "请补充附件", "已核对"))
	}
	b.line("----")
	switch typ {
	case 0:
		b.line("请假类型：", g.pick("年假", "事假", "婚假", "丧假", "探亲假"))
		b.line("开始时间：", g.dateZH(), " 上午  结束时间：", g.dateZH(), " 下午")
		b.text("请假事由：", g.pick("回老家办理户口迁移，地址：", "陪父母看病，期间住：", "探亲，紧急联系地址："))
		b.addr(g.zhAddr())
		b.nl()
	case 1:
		b.line("外出时间：", g.dateZH(), " ", g.clock(), " 至 ", g.clock())
		b.text("外出地点：", g.pick("客户现场 ", "供应商仓库 ", "", "税务局附近 "))
		b.addr(g.zhAddr())
		b.nl()
		b.line("外出事由：", g.pick("现场验收", "合同签署", "设备巡检", "拜访客户"))
		if g.chance(0.4) {
			b.line("备注：", g.pick("地铁2号线西单站下车", "在人民路与解放路交叉口附近", "停车场在地下二层"))
		}
	case 2:
		b.line("用印类型：", g.pick("公章", "合同专用章", "法人章"), "  份数：", g.num(1, 6))
		b.text("文件名称：与")
		b.text(g.of(zhCompanies))
		b.line("签署的《", g.pick("采购合同", "租赁合同", "技术服务协议"), "》")
		b.text("对方联系人：")
		b.name(g.zhPerson().full())
		b.text("，寄回地址：")
		b.addr(g.zhAddr())
		b.nl()
	default:
		b.line("物品：", g.pick("样品2箱", "合同原件", "发票", "工牌及门禁卡"))
		p := g.zhPerson()
		b.text("收件人：")
		b.name(p.full())
		b.text(g.pick("  ", "，"), "电话：", g.zhPhone(), "\n收件地址：")
		b.addr(g.zhAddr())
		b.nl()
		b.line("快递：", g.pick("顺丰", "京东物流", "EMS"), " 单号 ", g.pick("SF", "JDV", "E")+g.digits(12))
	}
	if g.chance(0.5) {
		b.line("附件：", g.pick("无", "扫描件.pdf", "截图2张"))
	}
	b.line("状态：", g.pick("审批通过", "审批中", "已撤销", "已拒绝"), g.pick("", "（钉钉导出）", " · 来自钉钉"))
}

func zhHouseSafety(g *gen, b *builder) {
	ps := g.zhPeople(4)
	b.line(g.pick("房屋安全鉴定报告", "房屋安全性鉴定报告书", "危险房屋鉴定报告"))
	b.line("鉴定编号：（", g.pick("2023", "2024", "2025"), "）", g.pick("鉴字", "房鉴", "安鉴"), "第", g.pad(1, 999, 4), "号")
	b.text(g.pick("委托人：", "委托单位/个人：", "委 托 人："))
	b.name(ps[0].full())
	b.line(g.pick("", "  联系电话："+g.zhPhone(), "（产权人）"))
	b.text(g.pick("房屋坐落：", "房屋地址：", "鉴定对象地址："))
	b.addr(g.zhAddr())
	b.nl()
	b.text("产权人：")
	b.name(ps[0].full())
	if g.chance(0.5) {
		b.text("、")
		b.name(ps[1].full())
	}
	b.nl()
	b.line("结构类型：", g.pick("砖混结构", "框架结构", "砖木结构", "土木结构"), "  层数：", g.num(1, 7), "层  建成年代：约", g.num(1965, 2008), "年")
	b.line("鉴定目的：", g.pick("房屋加层改造前安全评估", "相邻基坑施工影响评估", "墙体开裂原因分析", "民宿经营许可申请"))
	b.line("一、现场查勘情况")
	b.line(g.pick("二层东侧纵墙出现斜向裂缝，最大宽度约"+g.num(1, 5)+"mm；", "屋面木檩条局部腐朽，挠度约"+g.num(10, 40)+"mm；", "底层圈梁处可见水平裂缝，宽"+g.num(1, 5)+"mm；"), g.pick("楼板未见明显挠曲。", "地基未见不均匀沉降。", "外墙抹灰层空鼓。"))
	if g.chance(0.5) {
		b.text("查勘时邻户")
		b.name(ps[2].full())
		b.line(g.pick("在场，反映其房屋亦有裂缝。", "陪同，并提供了原始图纸。"))
	}
	b.line("二、鉴定结论")
	b.line("该房屋安全性等级评定为", g.pick("Asu", "Bsu", "Csu", "Dsu"), "级，", g.pick("可正常使用。", "建议进行加固处理。", "应立即停止使用并采取排险措施。"))
	b.text(g.pick("鉴定人：", "鉴定人员：", "项目负责人："))
	b.name(ps[3].full())
	b.text(g.pick("（注册结构工程师）", " 高级工程师", ""))
	if g.chance(0.5) {
		b.text("  审核：")
		b.name(g.zhPerson().full())
	}
	b.nl()
	b.line(g.pick("鉴定机构：", ""), g.pick("市房屋安全鉴定中心", "建科检测技术有限公司", "华正工程质量检测站"), "  ", g.dateZH())
	if g.chance(0.4) {
		b.text("机构地址：")
		b.addr(g.zhAddr())
		b.nl()
	}
}

func zhProposal(g *gen, b *builder) {
	ps := g.zhPeople(4)
	b.line(g.pick("政协", "市政协", "区政协"), g.pick("第十四届", "十五届", "第十三届"), g.pick("第二次会议", "三次会议", "第四次会议"), "提案 第", g.num(1, 599), "号")
	topic := g.r.IntN(3)
	b.line("案由：关于", []string{"加快老旧小区加装电梯的建议", "改善农村客运班线的建议", "规范社区团购自提点管理的建议"}[topic])
	b.text(g.pick("提案人：", "提出人："))
	b.name(ps[0].full())
	b.text(g.pick("委员", "（委员）", ""))
	if g.chance(0.7) {
		b.text(g.pick("  联名：", "；附议："))
		b.name(ps[1].full())
		b.text("、")
		b.name(ps[2].full())
	}
	b.nl()
	b.line("界别：", g.pick("经济界", "农业界", "医药卫生界", "社会福利和社会保障界", "无党派人士"))
	b.line("【内容摘要】")
	switch topic {
	case 0:
		b.text("经调研，")
		b.addr(g.zhAddr())
		b.line(g.pick("所在小区", "一带"), "共有", g.num(8, 60), "个单元无电梯，居民中六十岁以上者占", g.num(30, 70), "%。")
	case 1:
		c := one(g, zhCounties)
		b.line(c.county, "至", c.city, "的班线每日仅", g.num(1, 3), "班，沿线", g.of(zhTowns), "群众出行困难。")
		if g.chance(0.6) {
			b.text("村民")
			b.name(ps[3].full())
			b.text("（住")
			b.addr(c.prov + c.city + c.county + g.of(zhTowns) + g.of(zhVillages))
			b.line("）反映，就医须步行", g.num(3, 12), "公里至镇卫生院。")
		}
	default:
		b.line("部分自提点设在", g.pick("建设路与人民路交叉口", "地铁站出口", "中山公园东门", "解放路公交站"), "附近，占道经营、冷链缺失问题突出。")
		b.text("如")
		b.addr(g.zhAddr())
		b.line("一处自提点，被多次投诉。")
	}
	b.line("【建议】", g.pick("一是……；二是……；三是……", "建议由住建部门牵头，街道配合。", "建议纳入民生实事项目。"))
	b.line("承办单位：", g.pick("市住房和城乡建设局", "市交通运输局", "市市场监督管理局"), g.pick("（主办）", ""))
	if g.chance(0.6) {
		b.text("提案人通讯地址：")
		b.addr(g.zhAddr())
		b.text("  邮编：", g.zhPostcode())
		b.nl()
	}
	if g.chance(0.4) {
		b.text("答复情况：已答复，经办人")
		b.name(g.zhPerson().full())
		b.line("，", g.pick("提案人表示满意。", "提案人基本满意。"))
	}
}

var zhHeritageItems = []string{"苏绣", "龙泉青瓷烧制技艺", "潍坊风筝", "皮影戏", "徽派竹雕", "侗族大歌", "土家族织锦", "川剧变脸", "景德镇手工制瓷技艺", "黎族树皮布制作技艺", "蒙古族长调民歌", "惠山泥人", "剪纸", "木版年画"}

func zhHeritage(g *gen, b *builder) {
	p := g.zhPerson()
	m := g.zhPerson()
	item := g.of(zhHeritageItems)
	lay := g.r.IntN(3)
	field := func(k string) {
		switch lay {
		case 0:
			b.text(k, "：")
		case 1:
			b.text("【", k, "】")
		default:
			b.text("| ", k, " | ")
		}
	}
	end := func() {
		if lay == 2 {
			b.text(" |")
		}
		b.nl()
	}
	b.line(g.pick("", g.pick("省级", "市级", "国家级")), "非物质文化遗产代表性传承人申报表")
	if lay == 2 {
		b.line("| 项目 | 内容 |\n|---|---|")
	}
	field("姓名")
	b.name(p.full())
	end()
	field("性别")
	b.text(g.pick("男", "女"))
	end()
	field("民族")
	b.text(g.pick("汉族", "苗族", "侗族", "土家族", "黎族", "蒙古族", "彝族"))
	end()
	field("出生年月")
	b.text(g.num(1940, 1985), ".", g.num(1, 12))
	end()
	field("项目名称")
	b.text(item)
	end()
	field("师承关系")
	b.text(g.pick("师从", "拜"))
	b.name(m.full())
	if g.chance(0.4) {
		b.text("，后随父亲")
		b.name(p.sur + g.zhPerson().giv)
		b.text("习艺")
	} else {
		b.text(g.pick("（第三代传承人）", "学艺", "为师"))
	}
	end()
	field("通讯地址")
	b.addr(g.zhAddr())
	end()
	if g.chance(0.6) {
		field("邮政编码")
		b.text(g.zhPostcode())
		end()
	}
	field("联系电话")
	b.text(g.zhPhone())
	end()
	b.line(g.pick("传承谱系及学艺经历：", "个人简历："))
	b.text(g.num(1958, 1999), "年起随")
	b.name(m.giv)
	b.text(g.pick("师傅", "老师"), "学习", item, "，")
	b.line(g.pick("作品曾获“山花奖”。", "现带徒"+g.num(2, 20)+"人。", "多次参加文化遗产日展演。"))
	if g.chance(0.5) {
		b.text("推荐单位意见：同意推荐。  联系人：")
		b.name(g.zhPerson().full())
		b.nl()
	}
	b.line("申报人签字：", g.pick("_____", "（手写）", "已签"), "   ", g.dateZH())
}

var zhSights = []string{"石林", "洱海", "丽江古城", "玉龙雪山", "蝴蝶泉", "崇圣寺三塔", "滇池", "西山龙门", "双廊古镇", "束河古镇", "蓝月谷", "张家界国家森林公园", "凤凰古城", "天门山"}
var zhHotels = []string{"锦江之星", "如家精选", "维也纳国际酒店", "全季酒店", "亚朵酒店", "洱海半岛客栈", "古城花间堂"}

func zhGuideLog(g *gen, b *builder) {
	tour := g.pick("GZ-YN", "SH-XN", "CD-ZJJ", "BJ-YN") + g.pad(1, 9999, 4)
	guide := g.zhPerson()
	b.line(g.pick("带团日志", "地陪工作日志", "导游日志"), "  团号：", tour)
	b.text(g.pick("地陪：", "导游：", "全陪："))
	b.name(guide.full())
	b.text(g.pick("  导游证号 D-", "  证号："), g.digits(4), "-", g.digits(6))
	b.line(g.pick("", "  游客 "+g.num(12, 45)+" 人"))
	days := g.n(1, 3)
	y, mo, dd := g.n(2021, 2026), g.n(1, 12), g.n(1, 25)
	style := g.r.IntN(3)
	for d := 1; d <= days; d++ {
		date := strconv.Itoa(mo) + "月" + strconv.Itoa(dd+d-1) + "日"
		switch style {
		case 0:
			b.line("D", strconv.Itoa(d), " ", strconv.Itoa(y), "-", pad2(mo), "-", pad2(dd+d-1))
		case 1:
			b.line("第", strconv.Itoa(d), "天 ", date)
		default:
			b.line("Day ", strconv.Itoa(d), " — ", date)
		}
		b.line(g.pick("上午游览", "早餐后前往", "全天"), g.of(zhSights), "、", g.of(zhSights), "。")
		switch g.r.IntN(4) {
		case 0:
			b.text("游客")
			b.name(g.zhPerson().full())
			b.line(g.pick("身体不适，已陪同就医，无大碍。", "反映房间热水不足，已与酒店协调更换。", "购物点停留时间过长有意见，已解释。"))
		case 1:
			p := g.zhPerson()
			b.name(p.full())
			kid := g.chance(0.3)
			if kid {
				b.text("（", g.num(6, 12), "岁，随父母出行）")
			} else {
				b.text(g.pick("（"+g.num(60, 80)+"岁）", ""))
			}
			b.text("走失约", g.num(20, 90), "分钟，后在", g.of(zhSights), "停车场找到。")
			if kid {
				b.text(g.pick("其父亲", "其母亲"))
			} else {
				b.text(g.pick("其女儿", "家属", "同行老伴"))
			}
			b.name(g.zhPerson().full())
			b.line("已到场。")
		case 2:
			b.text("司机")
			b.name(g.zhPerson().full())
			b.line(g.pick("车辆空调故障，下午更换车辆。", "准时，配合良好。"))
		default:
			b.line(g.pick("行程顺利。", "天气晴，无异常。", "午餐团餐八菜一汤，游客满意。"))
		}
		if g.chance(0.6) {
			b.text("入住：", g.of(zhHotels))
			switch g.r.IntN(3) {
			case 0:
				b.text("（")
				b.addr(g.zhAddr())
				b.line("）")
			case 1:
				b.text(" — ")
				b.addr(g.zhAddr())
				b.nl()
			default:
				b.text("，地址：")
				b.addr(g.zhAddr())
				b.line("。")
			}
		}
	}
	if g.chance(0.5) {
		b.text("投诉/建议：游客")
		b.name(g.zhPerson().full())
		b.text("要求将纪念品寄回，寄送地址：")
		b.addr(g.zhAddr())
		b.nl()
	}
	b.line("计调签字：", g.pick("已阅", "收到"), "  ", g.dateZH())
}

func zhSupervision(g *gen, b *builder) {
	ps := g.zhPeople(5)
	b.line(g.pick("监理日志", "工程监理日记", "项目监理部日志"), g.pick("", "（第"+g.num(1, 300)+"页）"))
	b.text("工程名称：", g.of(zhEstates), g.pick("二期", "三期", "安置房", "配套幼儿园"), "工程\n工程地点：")
	b.addr(g.zhAddr())
	b.nl()
	b.line("日期：", g.dateZH(), "  天气：", g.pick("晴", "阴", "小雨", "多云转晴"), "  气温：", g.num(-5, 36), "℃")
	b.line("施工单位：", g.pick("中建三局第二建设工程有限责任公司", "省建工集团", "恒远建设"))
	if g.chance(0.7) {
		b.text("项目经理：")
		b.name(ps[0].full())
		b.text("  技术负责人：")
		b.name(ps[1].full())
		b.nl()
	}
	b.line("一、施工情况")
	b.line(g.num(1, 12), "#楼", g.pick("第"+g.num(2, 30)+"层顶板钢筋绑扎", "地下室外墙防水施工", "主体结构封顶", "砌体工程"), "，作业人员", g.num(8, 90), "人。")
	b.line("二、监理工作")
	b.text(g.pick("旁站", "巡视", "平行检验"), "：")
	b.line(g.pick("混凝土浇筑C30，坍落度抽检合格。", "钢筋间距抽查10处，2处超差，已要求整改。", "脚手架连墙件缺失，已口头通知。"))
	if g.chance(0.6) {
		b.text("发现问题：塔吊司机")
		b.name(ps[2].full())
		b.line("无证上岗，已签发监理通知单（编号JL-", g.digits(3), "）。")
	}
	if g.chance(0.5) {
		b.text("来访：建设单位代表")
		b.name(ps[3].full())
		b.line(g.pick("到场检查。", "参加周例会。"))
	}
	if g.chance(0.4) {
		b.text("材料进场：商品混凝土由", g.pick("金鼎商砼站", "城建混凝土公司"), "供应，送货单地址：")
		b.addr(g.zhAddr())
		b.nl()
	}
	b.text("记录人：")
	b.name(ps[4].full())
	b.text(g.pick("  总监理工程师：", "   总监："))
	if g.chance(0.7) {
		b.name(g.zhPerson().full())
	} else {
		b.text("（签字）")
	}
	b.nl()
}

func zhPermit(g *gen, b *builder) {
	p := g.zhPerson()
	b.line(g.pick("往来港澳通行证及签注申请表", "出入境证件申请表（港澳）", "港澳签注申请 — 自助填表打印"))
	if g.chance(0.5) {
		b.line("受理编号：", g.digits(4), g.code(6))
	}
	lay := g.r.IntN(2)
	kv := func(k string) {
		if lay == 0 {
			b.text(k, "：")
		} else {
			b.text(k, "\t")
		}
	}
	kv("中文姓名")
	if g.chance(0.5) {
		b.text("姓 ")
		b.name(p.sur)
		b.text("  名 ")
		b.name(p.giv)
	} else {
		b.name(p.full())
	}
	b.nl()
	kv("拼音")
	b.text("SURNAME ")
	b.name(strings.ToUpper(p.psur))
	b.text(" GIVEN NAME ")
	b.name(strings.ToUpper(p.pgiv))
	b.nl()
	kv("性别")
	b.line(g.pick("男", "女"))
	kv("出生日期")
	b.line(g.num(1950, 2010), "年", g.num(1, 12), "月", g.num(1, 28), "日")
	kv("公民身份号码")
	b.line(g.digits(6), g.num(1950, 2010), pad2(g.n(1, 12)), pad2(g.n(1, 28)), g.digits(3), g.pick("X", g.digits(1)))
	if g.chance(0.5) {
		pc, d, det := g.zhParts()
		kv("户口所在地")
		b.line(pc, d)
		kv("详细地址")
		b.addr(det)
		b.nl()
	} else {
		kv("户籍地址")
		b.addr(g.zhAddr())
		b.nl()
	}
	kv("现居住地址")
	b.addr(g.zhAddr())
	b.nl()
	kv("签注种类")
	b.line(g.pick("团队旅游（L）", "探亲（T）", "商务（S）", "其他（Q）"), "  ", g.pick("香港", "澳门", "香港、澳门"), "  ", g.pick("一次", "二次", "一年多次"))
	if g.chance(0.5) {
		kv("赴港澳事由说明")
		b.text("探望")
		b.text(g.pick("姐姐", "儿子", "外婆", "表弟"))
		b.name(g.zhPerson().full())
		b.line(g.pick("（香港永久居民）", "，居住于九龙", "，在澳门工作"))
	}
	kv("紧急联系人")
	b.name(g.zhPerson().full())
	b.text(g.pick("  关系：", " / "), g.pick("配偶", "父亲", "母亲", "子女", "朋友"), "  电话：", g.zhPhone())
	b.nl()
	b.line("领取方式：", g.pick("邮寄", "窗口领取", "自助机领取"))
	if g.chance(0.5) {
		b.text("邮寄地址：")
		b.addr(g.zhAddr())
		b.nl()
	}
	b.line("申请人签名：", g.pick("（手写）", "________", "已电子签名"), " ", g.dateZH())
}

func zhCantonese(g *gen, b *builder) {
	ps := g.zhPeople(3)
	b.line(g.pick("来电录音转写", "【语音转文字】", "通话记录 - 自动转写（粤语）"), g.pick("", "  时长 0"+g.num(1, 9)+":"+pad2(g.n(0, 59))))
	t := 0
	ts := func() string {
		t += g.n(2, 9)
		return "[00:" + pad2(t/60) + ":" + pad2(t%60) + "] "
	}
	spk := g.pick("说话人", "S", "坐席/客户 ")
	agent, caller := spk+"1：", spk+"2："
	if spk == "坐席/客户 " {
		agent, caller = "坐席：", "客户："
	}
	b.text(ts(), agent, g.pick("喂，你好，", "早晨，", "你好呀，"), g.pick("呢度係", "我係"), g.pick("物业管理处", "快递客服", "诊所前台"), "嘅")
	b.name(ps[0].full())
	b.text("，")
	b.text("请问係咪")
	b.name(ps[1].sur)
	if zhFemaleGiven[ps[1].giv] {
		b.line(g.pick("小姐", "太"), "啊？")
	} else {
		b.line(g.pick("生", "先生"), "啊？")
	}
	b.text(ts(), caller, "係呀，我係")
	b.name(ps[1].full())
	b.line(g.pick("，乜嘢事呀？", "，有咩帮到你？", "。"))
	b.text(ts(), agent, g.pick("想同你核对下地址，", "你个包裹派唔到，", "复诊通知要寄俾你，"), "係咪")
	b.addr(g.zhAddr())
	b.line("呀？")
	if g.chance(0.5) {
		b.text(ts(), caller, "唔係喇，搬咗去")
		b.addr(g.zhAddr())
		b.line(g.pick("喇。", "，你记低佢。", "，唔该晒。"))
	} else {
		b.line(ts(), caller, g.pick("係，冇错。", "啱嘅。", "係呀係呀。"))
	}
	if g.chance(0.6) {
		b.text(ts(), caller, "如果我唔喺度，可以交俾我")
		b.text(g.pick("老婆", "阿妈", "个仔", "屋企人"))
		b.name(ps[2].full())
		b.line("签收。")
	}
	if g.chance(0.4) {
		b.text(ts(), agent, "好，")
		b.name(ps[1].giv)
		b.line(g.pick("，仲有冇其他问题？", "，我哋听日上昼派送。"))
	}
	b.line(ts(), agent, g.pick("唔该晒，拜拜。", "好嘅，拜拜。", "OK，唔该。"))
	if g.chance(0.3) {
		b.line("[转写置信度：", g.pick("中", "低", "高"), "；", g.pick("背景有噪音", "部分粤语词汇未识别"), "]")
	}
}

func zhMixedMail(g *gen, b *builder) {
	ps := g.zhPeople(4)
	en1 := g.of(zhEnglishNames)
	b.line("Subject: ", g.pick("Re: Q3 budget 和 invoice 寄送", "FW: 下周 onsite visit 安排", "【Action needed】合同原件 courier"))
	b.text(g.pick("Hi ", "Dear ", "Hello "))
	if g.chance(0.5) {
		b.name(en1)
	} else {
		b.name(ps[0].giv)
	}
	b.line(g.pick(",", "，", ""))
	b.nl()
	switch g.r.IntN(3) {
	case 0:
		b.text("关于 Q3 的 budget，我跟 ")
		b.name(g.of(zhEnglishNames) + " " + ps[1].psur)
		b.line(" 对了一下，marketing 那边还差 20% 的 buffer。")
		b.text("请把 original invoice 寄到 ")
		b.addr(g.zhAddr())
		b.text(g.pick("，Attn: ", "，收件人 ", "，给 "))
		b.name(ps[2].full())
		b.line(g.pick("。", " 就好。", "，thanks!"))
	case 1:
		b.text("下周二 client 来 onsite，地址是 ")
		b.addr(g.zhAddr())
		b.line("，到了打 reception 电话。")
		b.text("Agenda 我 attach 了，")
		b.name(ps[1].full())
		b.line(g.pick(" 负责 demo，", " 会 present 新的 roadmap，"), "lunch 订在楼下。")
	default:
		b.text("合同原件已经 sign 好了，麻烦安排 courier 寄给")
		b.name(ps[1].full())
		b.text("（")
		b.name(g.latin(ps[1]))
		b.text("），地址：")
		b.addr(g.zhAddr())
		b.line("。ETA 请 update 在群里。")
	}
	if g.chance(0.4) {
		b.line("PS: ", g.pick("Starbucks 的 voucher 已经发了。", "明天 WFH。", "deadline 是 EOD Friday。"))
	}
	b.nl()
	b.line(g.pick("Thanks,", "Best regards,", "BR", "谢谢！"))
	b.name(ps[3].full())
	if g.chance(0.6) {
		b.text(" ")
		b.name(g.latin(ps[3]))
	}
	b.line(" | ", g.pick("Senior Manager", "HRBP", "Finance Controller", "Account Director"))
	b.line(g.pick("上海", "深圳", "北京", "苏州"), " Office | ", g.pick("Acme Asia Pacific Ltd.", "Nordlicht (China) Co., Ltd.", "BlueRiver Consulting"))
}

// negatives

var zhEponymRoads = []string{"中山路", "逸仙路", "中山北路", "张自忠路", "赵登禹路", "佟麟阁路", "黄兴路", "仲恺路", "执信路", "左权路", "靖宇街", "子超路"}
var zhEponymTowns = []string{"中山市|香山县", "左权县|辽县", "志丹县|保安县", "靖宇县|濛江县", "尚志市|珠河县", "子长市|安定县"}
var zhEponymSites = []string{"中山公园", "中山大学", "鲁迅公园", "宋庆龄故居", "黄继光纪念馆", "雷锋纪念馆", "昭君博物院", "李白故里", "杜甫草堂", "岳王庙", "包公祠", "孔庙", "孟母林", "木兰围场", "太白山"}
var zhPlaces = []string{"上海", "北京", "广州", "南京", "武汉", "长沙", "西安", "昆明", "成都", "哈尔滨", "厦门", "青岛"}

func zhNegPlaceNames(g *gen, b *builder) {
	b.line(g.pick("城市地名里的故事", "【地名科普】这些路名从何而来", "趣谈：以人名命名的地方"), g.pick("", "（"+g.pick("上", "中", "下")+"）"))
	if g.chance(0.5) {
		b.text(g.pick("文/", "撰稿：", "作者 "))
		b.name(g.zhPerson().full())
		b.nl()
	}
	for i := range g.n(4, 7) {
		switch g.r.IntN(6) {
		case 0:
			r := g.of(zhEponymRoads)
			b.line(strconv.Itoa(i+1), ". ", r, "：全国有近两百条同名道路，", g.of(zhPlaces), "的", r, "最早修建于民国时期。")
		case 1:
			r := g.of(zhEponymRoads)
			b.line("很多人不知道，", g.of(zhPlaces), "的", r, g.pick("原名", "旧称"), g.pick("大马路", "东门街", "三里河"), "，为纪念一位先贤而改今名。")
		case 2:
			t, was := split2(g.of(zhEponymTowns))
			b.line(t, "原名", was, "，", g.pick("抗战时期", "民国年间", "上世纪"), "为纪念一位英烈更名，县城", g.pick("距火车站不远", "有高速直达", "依山而建"), "。")
		case 3:
			b.line("在", g.of(zhEponymRoads), "与", g.of(zhRoads), "交叉口，有一座", g.pick("百年钟楼", "老邮局", "骑楼建筑群"), "。")
		case 4:
			b.line(g.of(zhEponymSites), "位于", g.of(zhPlaces), g.pick("老城区", "东部", "近郊"), "，紧邻", g.pick("地铁1号线", "人民广场站", "火车站北广场", "长途汽车站"), "，", g.pick("节假日游客如织。", "免费开放。", "需提前预约。"))
		default:
			b.line(g.of(zhEponymRoads), g.pick("一带", "附近", "周边"), "如今以", g.pick("小吃", "书店", "老字号", "夜景"), "闻名，", g.pick("王老吉凉茶铺", "张小泉刀剪店", "陈李济药铺", "马应龙专柜", "李宁旗舰店"), "也在此开了分店。")
		}
	}
	if g.chance(0.5) {
		b.line(g.pick("你家附近有以人名命名的路吗？欢迎留言。", "（未完待续）", "本文图片来自网络。"))
	}
	if g.chance(0.35) {
		b.text("责任编辑：")
		b.name(g.zhPerson().full())
		b.nl()
	}
}

var zhStalls = []string{"张记臭豆腐", "老王烧烤", "刘一手火锅", "王婆大虾", "李先生牛肉面", "陈记肠粉", "周黑鸭", "杨国福麻辣烫", "张亮麻辣烫", "马记拉面", "赵记糖水", "孙二娘肉夹馍", "黄家烤肠", "胡大饭馆", "钟水饺", "赖汤圆", "龙抄手", "夫妻肺片", "廖记棒棒鸡", "吴老幺钵钵鸡", "谭鸭血", "贾三灌汤包", "徐福记糖果", "曾三仙米线", "小杨生煎"}

func zhNegNightMarket(g *gen, b *builder) {
	b.line(g.pick("夜市摊位分配表", "美食街摊位抽签结果公示", "周末市集摊位安排"), g.pick("", "（"+g.dateZH()+"起执行）"))
	b.line(g.pick("地点：", "位置："), g.pick("中山路步行街", "人民广场东侧", "火车站北广场", "逸仙路与建设路交叉口西北角", "地铁站B出口旁空地"))
	tsv := g.chance(0.5)
	if tsv {
		b.line("摊位号\t商户\t类别\t面积")
	} else {
		b.line("| 摊位号 | 商户 | 类别 | 面积 |\n|---|---|---|---|")
	}
	idx := g.perm(len(zhStalls), g.n(6, 11))
	for i, k := range idx {
		no := g.pick("A", "B", "C") + pad2(i+1)
		cat := g.pick("小吃", "饮品", "烧烤", "面食", "甜品", "卤味")
		area := g.num(3, 9) + "㎡"
		if tsv {
			b.line(no, "\t", zhStalls[k], "\t", cat, "\t", area)
		} else {
			b.line("| ", no, " | ", zhStalls[k], " | ", cat, " | ", area, " |")
		}
	}
	b.line("注：", g.pick("明火摊位统一安排在东侧。", "每晚22:30前收摊。", "请勿占用盲道。"))
	if g.chance(0.55) {
		b.text(g.pick("联系人：", "市集负责人：", "有疑问请联系"))
		b.name(g.zhPerson().full())
		b.text(g.pick("（", " "), g.zhPhone(), g.pick("）", ""))
		b.nl()
	}
	b.line(g.pick("街道办事处", "市集运营中心", "城管中队"), " ", g.dateZH())
}
