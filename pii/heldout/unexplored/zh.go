package unexplored

import (
	"fmt"
	"slices"
	"strings"
)

var zhKinds = []kind{
	{"电梯加装意见征询表", zhElevator},
	{"业委会选举公示", zhElection},
	{"社区物资发放登记TSV", zhDistribution},
	{"家电以旧换新申请JSON", zhTradeIn},
	{"同城跑腿聊天", zhErrandChat},
	{"电子保单XML", zhPolicyXML},
	{"实习鉴定表", zhInternship},
	{"律所案件台账CSV", zhCaseLedger},
	{"招生咨询登记YAML", zhAdmissionYAML},
	{"工地周报邮件", zhSiteReport},
	{"neg_展会展位表", zhNegExpo},
	{"neg_交通广播稿", zhNegTraffic},
}

// zhSurnames pairs each surname with its pinyin, for e-mail local parts.
var zhSurnames = [][2]string{
	{"王", "wang"}, {"李", "li"}, {"张", "zhang"}, {"刘", "liu"}, {"陈", "chen"}, {"杨", "yang"}, {"黄", "huang"},
	{"赵", "zhao"}, {"吴", "wu"}, {"周", "zhou"}, {"徐", "xu"}, {"孙", "sun"}, {"马", "ma"}, {"朱", "zhu"},
	{"胡", "hu"}, {"郭", "guo"}, {"何", "he"}, {"高", "gao"}, {"林", "lin"}, {"罗", "luo"}, {"郑", "zheng"},
	{"梁", "liang"}, {"谢", "xie"}, {"宋", "song"}, {"唐", "tang"}, {"许", "xu"}, {"韩", "han"}, {"冯", "feng"},
	{"邓", "deng"}, {"曹", "cao"}, {"彭", "peng"}, {"曾", "zeng"}, {"肖", "xiao"}, {"田", "tian"}, {"董", "dong"},
	{"袁", "yuan"}, {"潘", "pan"}, {"蒋", "jiang"}, {"蔡", "cai"}, {"余", "yu"}, {"杜", "du"}, {"叶", "ye"},
	{"程", "cheng"}, {"苏", "su"}, {"魏", "wei"}, {"吕", "lv"}, {"丁", "ding"}, {"任", "ren"}, {"沈", "shen"},
	{"姚", "yao"}, {"卢", "lu"}, {"姜", "jiang"}, {"崔", "cui"}, {"钟", "zhong"}, {"谭", "tan"}, {"陆", "lu"},
	{"汪", "wang"}, {"范", "fan"}, {"金", "jin"}, {"石", "shi"}, {"廖", "liao"}, {"贾", "jia"}, {"夏", "xia"},
	{"韦", "wei"}, {"付", "fu"}, {"方", "fang"}, {"白", "bai"}, {"邹", "zou"}, {"孟", "meng"}, {"熊", "xiong"},
	{"秦", "qin"}, {"邱", "qiu"}, {"江", "jiang"}, {"尹", "yin"}, {"薛", "xue"}, {"闫", "yan"}, {"段", "duan"},
	{"雷", "lei"}, {"侯", "hou"}, {"龙", "long"}, {"史", "shi"}, {"陶", "tao"}, {"黎", "li"}, {"贺", "he"},
	{"顾", "gu"}, {"毛", "mao"}, {"郝", "hao"}, {"龚", "gong"}, {"邵", "shao"}, {"万", "wan"}, {"钱", "qian"},
	{"严", "yan"}, {"覃", "qin"}, {"武", "wu"}, {"戴", "dai"}, {"莫", "mo"}, {"孔", "kong"}, {"向", "xiang"},
	{"汤", "tang"}, {"欧阳", "ouyang"}, {"司马", "sima"}, {"诸葛", "zhuge"}, {"上官", "shangguan"}, {"司徒", "situ"},
	{"东方", "dongfang"}, {"皇甫", "huangfu"}, {"慕容", "murong"}, {"尉迟", "yuchi"}, {"令狐", "linghu"},
	{"公孙", "gongsun"}, {"夏侯", "xiahou"}, {"长孙", "zhangsun"}, {"宇文", "yuwen"}, {"端木", "duanmu"},
}

// zhCompound is the index of the first compound surname in zhSurnames.
var zhCompound = func() int {
	for i, s := range zhSurnames {
		if len([]rune(s[0])) > 1 {
			return i
		}
	}
	return len(zhSurnames)
}()

var zhFemale = []string{
	"芳", "娜", "敏", "静", "丽", "艳", "娟", "霞", "琳", "颖", "倩", "彤", "秀英", "桂英", "海燕", "晓燕",
	"雪梅", "婷婷", "子涵", "欣怡", "梓萱", "嘉怡", "雨桐", "诗涵", "佳琪", "玉兰", "淑珍", "春梅", "红霞",
	"丽娟", "亚楠", "晨曦", "慧敏", "丽华", "秀兰", "金凤", "永红", "梦瑶", "若曦", "凤英", "素芬", "一诺",
}

var zhMale = []string{
	"伟", "强", "磊", "军", "洋", "勇", "杰", "涛", "明", "超", "平", "刚", "鹏", "博", "凯", "睿", "晗",
	"建华", "建国", "志强", "晓东", "浩然", "宇轩", "思远", "俊杰", "文博", "明轩", "立新", "振华", "国庆",
	"家豪", "宏伟", "海涛", "志刚", "德明", "少华", "子墨", "天佑", "晓峰", "卫东", "永刚", "长江",
}

type zhP struct {
	sur, py, given string
	fem            bool
}

func zhPerson(g *gen) zhP {
	var s [2]string
	if g.chance(0.07) {
		s = zhSurnames[zhCompound+g.n(len(zhSurnames)-zhCompound)]
	} else {
		s = zhSurnames[g.n(zhCompound)]
	}
	p := zhP{sur: s[0], py: s[1]}
	if g.chance(0.5) {
		p.fem, p.given = true, g.of(zhFemale)
	} else {
		p.given = g.of(zhMale)
	}
	return p
}

func zhKin(g *gen, p zhP) zhP {
	q := zhPerson(g)
	q.sur, q.py = p.sur, p.py
	return q
}

// zhSex returns p with a given name from the list of that sex.
func zhSex(g *gen, p zhP, fem bool) zhP {
	if p.fem != fem {
		p.fem = fem
		if fem {
			p.given = g.of(zhFemale)
		} else {
			p.given = g.of(zhMale)
		}
	}
	return p
}

func (p zhP) full() string { return p.sur + p.given }

func (p zhP) honor() string {
	if p.fem {
		return "女士"
	}
	return "先生"
}

// zhTitled writes a surname with a title after it ("王经理"), labelling
// only the surname.
func (b *builder) zhTitled(p zhP, title string) {
	b.name(p.sur)
	b.text(title)
}

// zhHonored writes a full name and an honorific ("王芳女士").
func (b *builder) zhHonored(p zhP) {
	b.name(p.full())
	b.text(p.honor())
}

func (p zhP) mail(g *gen) string {
	return p.py + g.pick("", ".", "_") + g.pick("jh", "l", "wei", "x", "yt", "zq", "hm") + g.pick("", "", g.digits(2), g.digits(4))
}

type zhRegion struct {
	prov, city string
	dists      []string
}

var zhRegions = []zhRegion{
	{"广东省", "广州市", []string{"天河区", "越秀区", "海珠区", "番禺区"}},
	{"广东省", "深圳市", []string{"南山区", "福田区", "宝安区", "龙岗区"}},
	{"广东省", "东莞市", []string{"南城街道", "东城街道"}},
	{"浙江省", "杭州市", []string{"西湖区", "拱墅区", "滨江区", "余杭区"}},
	{"浙江省", "宁波市", []string{"鄞州区", "海曙区"}},
	{"江苏省", "南京市", []string{"鼓楼区", "玄武区", "建邺区"}},
	{"江苏省", "苏州市", []string{"姑苏区", "吴中区", "工业园区"}},
	{"四川省", "成都市", []string{"武侯区", "锦江区", "青羊区", "成华区"}},
	{"湖北省", "武汉市", []string{"洪山区", "江汉区", "武昌区"}},
	{"湖南省", "长沙市", []string{"岳麓区", "芙蓉区", "雨花区"}},
	{"山东省", "济南市", []string{"历下区", "市中区"}},
	{"山东省", "青岛市", []string{"市南区", "崂山区", "黄岛区"}},
	{"河南省", "郑州市", []string{"金水区", "二七区", "中原区"}},
	{"陕西省", "西安市", []string{"雁塔区", "碑林区", "未央区"}},
	{"福建省", "厦门市", []string{"思明区", "湖里区"}},
	{"福建省", "福州市", []string{"鼓楼区", "仓山区"}},
	{"辽宁省", "沈阳市", []string{"和平区", "沈河区"}},
	{"辽宁省", "大连市", []string{"中山区", "沙河口区"}},
	{"河北省", "石家庄市", []string{"长安区", "裕华区"}},
	{"安徽省", "合肥市", []string{"蜀山区", "包河区"}},
	{"江西省", "南昌市", []string{"东湖区", "红谷滩区"}},
	{"云南省", "昆明市", []string{"五华区", "盘龙区"}},
	{"贵州省", "贵阳市", []string{"南明区", "云岩区"}},
	{"广西壮族自治区", "南宁市", []string{"青秀区", "西乡塘区"}},
	{"黑龙江省", "哈尔滨市", []string{"南岗区", "道里区"}},
	{"吉林省", "长春市", []string{"朝阳区", "南关区"}},
	{"甘肃省", "兰州市", []string{"城关区", "七里河区"}},
	{"海南省", "海口市", []string{"龙华区", "美兰区"}},
	{"内蒙古自治区", "呼和浩特市", []string{"新城区", "赛罕区"}},
	{"", "北京市", []string{"朝阳区", "海淀区", "东城区", "西城区", "丰台区"}},
	{"", "上海市", []string{"浦东新区", "徐汇区", "静安区", "杨浦区", "闵行区"}},
	{"", "天津市", []string{"和平区", "南开区", "河西区"}},
	{"", "重庆市", []string{"渝中区", "江北区", "沙坪坝区"}},
}

type zhCounty struct {
	prov, city, county string
	towns              []string
}

var zhCounties = []zhCounty{
	{"河南省", "周口市", "沈丘县", []string{"槐店回族镇", "新安集镇", "刘庄店镇"}},
	{"山东省", "临沂市", "沂南县", []string{"界湖街道", "张庄镇"}},
	{"湖南省", "邵阳市", "隆回县", []string{"桃洪镇", "六都寨镇"}},
	{"四川省", "南充市", "营山县", []string{"朗池镇", "绿水镇"}},
	{"安徽省", "阜阳市", "临泉县", []string{"城关街道", "杨桥镇"}},
}

var zhVillages = []string{"王庄村", "李家村", "张湾村", "陈楼村", "赵集村", "刘营村", "孙庄村", "黄土岗村", "杨柳村", "周家湾村"}

var zhRoads = []string{
	"人民路", "中山路", "解放路", "建设路", "和平路", "文化路", "新华路", "长江路", "黄河路", "青年路",
	"学府路", "科技路", "东风路", "胜利路", "朝阳路", "花园路", "滨江大道", "世纪大道", "创业路", "工业大道",
	"育才路", "光明路", "振兴路", "友谊路", "复兴路", "延安路", "淮海中路", "金桥路", "望江路", "桂花路",
	"玉兰路", "翠竹路", "锦绣路", "丹桂街", "幸福街", "健康路", "前进街", "建国路", "迎宾大道", "湖滨南路",
	"中山北路", "人民东路", "解放西路", "文三路", "科技园路", "天河路", "新港中路", "漕溪北路", "学院路", "一环路南三段",
}

var zhEstates = []string{
	"阳光花园", "锦绣家园", "翠湖苑", "金色家园", "碧桂园", "万科城", "幸福里", "和谐家园", "康桥水乡", "紫荆苑",
	"枫林湾", "名都公寓", "盛世华庭", "书香门第", "金地格林", "世纪新城", "龙湖春江郦城", "绿城桂花园", "保利香槟国际",
	"华润二十四城", "滨江花园", "新华里", "建设新村", "工人新村", "东方明珠花园", "丽景湾",
}

var zhTowers = []string{
	"国贸大厦", "创新大厦", "华润大厦", "环球金融中心", "万达广场", "金融街中心", "中关村大厦", "来福士广场",
	"银泰中心", "嘉里中心", "世贸中心", "天安数码城", "科技园", "软件园", "时代广场", "汇金大厦",
}

// zhA is a Chinese address in its parts.
type zhA struct {
	prov, city, dist, road, rest string
	estate                       string
}

func zhAddress(g *gen) zhA {
	if g.chance(0.1) {
		c := zhCounties[g.n(len(zhCounties))]
		return zhA{prov: c.prov, city: c.city, dist: c.county + g.of(c.towns), road: g.of(zhVillages),
			rest: g.pick("三组", "五组", "一组", "十二组") + fmt.Sprint(g.between(1, 99)) + "号"}
	}
	r := zhRegions[g.n(len(zhRegions))]
	a := zhA{prov: r.prov, city: r.city, dist: g.of(r.dists)}
	a.road = g.of(zhRoads) + fmt.Sprint(g.between(1, 1200)) + "号"
	switch g.n(6) {
	case 0, 1:
		a.estate = g.of(zhEstates)
		a.rest = fmt.Sprintf("%s%d栋%d单元%d%02d室", a.estate, g.between(1, 30), g.between(1, 4), g.between(1, 33), g.between(1, 4))
	case 2:
		a.estate = g.of(zhEstates)
		a.rest = fmt.Sprintf("%s%d号楼%d单元%d%02d", a.estate, g.between(1, 20), g.between(1, 3), g.between(1, 26), g.between(1, 4))
	case 3:
		t := g.of(zhTowers)
		fl := g.between(2, 40)
		a.rest = fmt.Sprintf("%s%s座%d层%d%02d室", t, g.pick("A", "B", "C", "东", "西"), fl, fl, g.between(1, 20))
	case 4:
		a.road = g.of(zhRoads) + fmt.Sprint(g.between(1, 800)) + "弄" + fmt.Sprint(g.between(1, 40)) + "号"
		a.rest = fmt.Sprint(g.between(101, 602)) + "室"
	}
	return a
}

// full writes from the first administrative division to the room.
func (a zhA) full() string { return a.prov + a.city + a.dist + a.road + a.rest }

// any returns the address in one of its written shapes.
func (a zhA) any(g *gen) string {
	switch g.n(8) {
	case 0:
		return strings.TrimSpace(strings.Join([]string{a.prov, a.city, a.dist, a.road + a.rest}, " "))
	case 1:
		return a.city + a.dist + a.road + a.rest
	case 2:
		if !strings.HasSuffix(a.dist, "镇") {
			return a.dist + a.road + a.rest
		}
	}
	return a.full()
}

func (g *gen) zhDate() string {
	return fmt.Sprintf("%d年%d月%d日", 2024+g.n(2), 1+g.n(12), 1+g.n(28))
}

func (g *gen) zhPhone() string {
	return g.pick("138", "139", "186", "150", "177", "135") + g.digits(4) + g.digits(4)
}

// ------------------------------------------------------------------
// 电梯加装意见征询表: a table of households on an elevator retrofit.

func zhElevator(g *gen, b *builder) {
	a := zhAddress(g)
	for a.estate == "" {
		a = zhAddress(g)
	}
	bld, unit := g.between(1, 30), g.between(1, 4)
	b.text("关于", a.estate, fmt.Sprint(bld), "栋", fmt.Sprint(unit), "单元加装电梯的意见征询表\n项目地址：")
	b.addr(fmt.Sprintf("%s%s%s%s%s%d栋%d单元", a.prov, a.city, a.dist, a.road, a.estate, bld, unit))
	b.text("\n征询时间：", g.zhDate(), "起十五日\n牵头人：")
	lead := zhPerson(g)
	b.name(lead.full())
	b.text("（", fmt.Sprint(g.between(3, 7)), "01室），联系电话 ", g.zhPhone(), "\n\n| 房号 | 户主 | 意见 | 分摊比例 | 签字 | 备注 |\n|---|---|---|---|---|---|\n")
	var rooms []int
	for fl := 1; fl <= 7; fl++ {
		rooms = append(rooms, fl*100+1, fl*100+2)
	}
	pickRooms := g.r.Perm(len(rooms))[:g.between(5, 7)]
	slices.Sort(pickRooms)
	for _, ri := range pickRooms {
		p := zhPerson(g)
		room := rooms[ri]
		b.textf("| %d | ", room)
		b.name(p.full())
		share := "0%"
		if room > 200 {
			share = fmt.Sprintf("%d%%", 3*(room/100-1)+g.n(2))
		}
		b.text(" | ", g.pick("同意", "同意", "同意", "不同意", "弃权"), " | ", share, " | ")
		note := g.n(7)
		if note == 4 && room > 200 {
			note = 6
		}
		switch {
		case note == 0:
			q := zhPerson(g)
			b.name(q.full())
			b.text("（代签）")
		case g.chance(0.4):
			b.text("已签")
		default:
			b.name(p.full())
		}
		b.text(" | ")
		switch note {
		case 0:
			b.text("户主在外地，委托亲属代签")
		case 1, 5:
			h := zhAddress(g)
			b.text("户主现住")
			b.addr(h.any(g))
		case 2:
			b.text("已电话联系")
			b.zhTitled(zhPerson(g), g.pick("阿姨", "叔", "大爷"))
		case 3:
			b.text("房屋出租，由租户")
			b.name(zhPerson(g).full())
			b.text("转告")
		case 4:
			b.text("一楼不分摊")
		default:
			b.text(g.pick("", "担心采光", "要求夜间不施工", "已缴意向金"))
		}
		b.text(" |\n")
	}
	b.text("\n经办：", g.pick("湖滨街道", "南湖街道", "东湖街道", "新华街道"), "城建科 ")
	b.zhTitled(zhPerson(g), "科长")
	b.text("　设计单位：", g.pick("华东建筑设计研究院", "中建西南设计院", "黄河勘测规划设计院"), "　电梯品牌：", g.pick("通力", "奥的斯", "三菱", "日立"), "\n施工单位：", g.pick("金桥电梯工程有限公司", "宏达机电安装有限公司", "江南电梯服务有限公司"), "（")
	ca := zhAddress(g)
	b.addr(ca.any(g))
	b.text("）\n")
}

// ------------------------------------------------------------------
// 业委会选举公示: a notice of owners' committee candidates.

func zhElection(g *gen, b *builder) {
	est := g.of(zhEstates)
	b.text(est, "第", g.pick("二", "三", "四"), "届业主委员会委员候选人公示\n\n根据《业主大会议事规则》，经业主推荐、资格审查，现将候选人名单公示如下（按姓氏笔画排序）：\n\n")
	for i := range g.between(4, 6) {
		p := zhPerson(g)
		sex := "男"
		if p.fem {
			sex = "女"
		}
		b.textf("%d. ", i+1)
		b.name(p.full())
		b.text("，", sex, "，", fmt.Sprint(1955+g.n(35)), "年生，", g.pick("中共党员，", "", "群众，"), g.pick("退休教师", "注册会计师", "律师", "社区医生", "工程师", "个体经营者", "公务员"), "，房号", fmt.Sprintf("%d-%d-%d%02d", g.between(1, 30), g.between(1, 4), g.between(1, 30), g.between(1, 4)))
		if g.chance(0.3) {
			b.text("（非本苑居住，通讯地址：")
			ca := zhAddress(g)
			b.addr(ca.any(g))
			b.text("）")
		}
		if g.chance(0.3) {
			b.text("。推荐人：")
			b.name(zhPerson(g).full())
			b.text("、")
			b.name(zhPerson(g).full())
		}
		b.text("。\n")
	}
	b.text("\n公示期：", g.zhDate(), "起七日。对候选人有异议的，请于公示期内书面向筹备组反映。\n公示地点：社区居委会公告栏（")
	a := zhAddress(g)
	b.addr(a.full())
	b.text("）\n书面意见请寄：")
	ma := zhAddress(g)
	b.addr(ma.any(g))
	b.text("，筹备组收\n筹备组组长：")
	b.name(zhPerson(g).full())
	b.text("　街道联系人：")
	b.zhTitled(zhPerson(g), "主任")
	b.text("　监督电话：", g.zhPhone(), "\n\n", est, "业主大会筹备组\n", g.zhDate(), "\n")
}

// ------------------------------------------------------------------
// 社区物资发放登记TSV: a distribution register exported as TSV.

func zhDistribution(g *gen, b *builder) {
	b.text(g.pick("湖滨街道", "南湖街道", "东湖街道", "新华街道"), g.pick("翠苑", "文新", "朝晖", "红梅"), "社区", g.pick("重阳节慰问品", "防暑降温物资", "春节慰问金", "高龄补贴"), "发放登记表\n")
	b.text("序号\t姓名\t年龄\t住址\t领取人\t联系电话\t备注\n")
	for i := range g.between(6, 9) {
		p := zhPerson(g)
		b.textf("%d\t", i+1)
		b.name(p.full())
		b.text("\t", fmt.Sprint(g.between(70, 98)), "\t")
		a := zhAddress(g)
		if i == 0 || g.chance(0.92) {
			b.addr(a.any(g))
		} else {
			b.text("同上")
		}
		b.text("\t")
		rem := ""
		switch g.n(6) {
		case 0:
			q := zhKin(g, p)
			b.name(q.full())
			rem = "代领（" + g.pick("儿子", "女儿", "孙女", "孙子") + "）"
		case 1:
			q := zhPerson(g)
			b.name(q.full())
			rem = "网格员代领"
		case 2, 3:
			b.text("本人")
		default:
			b.name(p.full())
		}
		b.text("\t", g.zhPhone(), "\t", rem)
		if g.chance(0.2) {
			b.text("已电话告知")
			b.zhTitled(zhPerson(g), "阿姨")
		}
		b.text("\n")
	}
	b.text("经办人：")
	b.name(zhPerson(g).full())
	b.text("　复核：")
	b.name(zhPerson(g).full())
	b.text("\n")
}

// ------------------------------------------------------------------
// 家电以旧换新申请JSON: trade-in subsidy applications.

func zhTradeIn(g *gen, b *builder) {
	b.text("[\n")
	n := g.between(2, 3)
	for i := range n {
		p := zhPerson(g)
		a := zhAddress(g)
		b.text("  {\n    \"申请编号\": \"YJHX", fmt.Sprint(2024+g.n(2)), g.digits(6), "\",\n    \"活动\": \"", g.pick("方太", "苏泊尔", "海尔", "格力", "美的", "华帝", "万和", "史密斯热水器"), "以旧换新补贴\",\n")
		b.text("    \"申请人\": {\"姓名\": \"")
		b.name(p.full())
		b.text("\", \"手机\": \"", g.zhPhone(), "\", \"账号\": \"", p.mail(g), "\"},\n    \"收货地址\": \"")
		b.addr(a.any(g))
		b.text("\",\n    \"旧机回收\": {\"品类\": \"", g.pick("空调", "冰箱", "洗衣机", "燃气灶", "热水器"), "\", \"上门地址\": \"")
		if g.chance(0.45) {
			b.text("同收货地址")
		} else {
			o := zhAddress(g)
			b.addr(o.any(g))
		}
		b.text("\"},\n    \"安装师傅\": \"")
		b.zhTitled(zhPerson(g), "师傅")
		b.text("\",\n    \"备注\": \"")
		switch g.n(4) {
		case 0:
			b.text("白天不在家，请联系我爱人")
			b.name(zhPerson(g).full())
		case 1:
			b.text("周末上门，先联系")
			b.zhTitled(p, p.honor())
		case 2:
			b.text("黄金周期间暂停配送")
		}
		b.text("\",\n    \"审核人\": \"audit_", zhPerson(g).py, "\"\n  }")
		if i < n-1 {
			b.text(",")
		}
		b.text("\n")
	}
	b.text("]\n")
}

// ------------------------------------------------------------------
// 同城跑腿聊天: a chat between an errand rider and customers.

func zhErrandChat(g *gen, b *builder) {
	rider := zhPerson(g)
	cust := zhPerson(g)
	recv := zhPerson(g)
	from := zhAddress(g)
	sameCity := func() zhA {
		o, t := zhAddress(g), from
		for strings.HasSuffix(o.road, "村") {
			o = zhAddress(g)
		}
		t.road, t.rest = o.road, o.rest
		return t
	}
	to := sameCity()
	b.text("【同城跑腿】订单 PT", fmt.Sprint(2024+g.n(2)), g.digits(8), " 聊天记录\n")
	tick := g.ticker()
	rs := func() { b.text("骑手 "); b.zhTitled(rider, "师傅"); b.text(" ", tick(), "：") }
	cs := func() { b.text("顾客 "); b.zhTitled(cust, cust.honor()); b.text(" ", tick(), "：") }
	rs()
	b.text("您好，我是跑腿骑手，已到取件地址 ")
	b.addr(from.any(g))
	b.text("，请问东西在哪？\n")
	cs()
	b.text("在前台，找", g.pick("前台的", "行政"))
	front := zhPerson(g)
	b.zhTitled(front, front.honor())
	b.text("拿，一个", g.pick("文件袋", "蛋糕盒", "钥匙", "药品袋"), "\n")
	rs()
	b.text("拿到了。送到哪里？系统上写的是 ")
	b.addr(to.any(g))
	b.text("\n")
	cs()
	b.text("对，收件人是我同事")
	b.name(recv.full())
	b.text("，电话 ", g.zhPhone(), "。如果不在，交给")
	b.zhTitled(zhPerson(g), g.pick("经理", "主任", "总"))
	b.text("也行\n")
	if g.chance(0.65) {
		cs()
		b.text("不好意思，地址改一下，送到 ")
		b.addr(sameCity().any(g))
		b.text("，他今天在", g.pick("分公司", "客户那边", "仓库"), "\n")
		rs()
		b.text("好的，加", fmt.Sprint(g.between(3, 12)), "元跑腿费可以吗？\n")
	}
	if g.chance(0.4) {
		cs()
		b.text("顺便帮我再取一件，在 ")
		b.addr(sameCity().any(g))
		b.text("，找")
		b.name(zhPerson(g).full())
		b.text("拿\n")
	}
	if g.chance(0.6) {
		rs()
		b.text(g.pick("门口保安不让进，说要登记", "电梯坏了我走楼梯上去", "路上有点堵，大概二十分钟"), "\n")
		cs()
		b.text("好的辛苦了，跟保安说找")
		b.name(recv.given)
		b.text("就行\n")
	}
	rs()
	b.text("已送达，", g.pick("本人签收", "前台代收", "放在门口"), "。麻烦给个好评，谢谢！\n")
	cs()
	b.text("收到，谢谢", g.pick("师傅", "您"), "👍\n")
}

// ------------------------------------------------------------------
// 电子保单XML: an insurance policy export.

func zhPolicyXML(g *gen, b *builder) {
	h := zhPerson(g)
	b.text("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<保单 编号=\"P", g.digits(12), "\" 产品=\"", g.pick("平安e生保", "国寿福", "太平洋百万医疗", "众安尊享e生"), "\" 生效日=\"", g.date("-"), "\">\n  <投保人>\n    <姓名>")
	b.name(h.full())
	b.text("</姓名>\n    <证件类型>居民身份证</证件类型>\n    <证件号>", g.digits(6), "********", g.digits(4), "</证件号>\n")
	a := zhAddress(g)
	if g.chance(0.5) {
		b.text("    <联系地址>")
		b.addr(a.any(g))
		b.text("</联系地址>\n")
	} else {
		b.text("    <联系地址>\n      <省>", a.prov, "</省>\n      <市>", a.city, "</市>\n      <区县>", a.dist, "</区县>\n      <详细地址>")
		b.addr(a.road + a.rest)
		b.text("</详细地址>\n    </联系地址>\n")
	}
	b.text("    <邮箱>", h.mail(g), "@", g.pick("qq.com", "163.com", "126.com"), "</邮箱>\n  </投保人>\n")
	rels := g.distinct([]string{"本人", "子女", "配偶", "父母", "子女"}, g.between(1, 3))
	for _, rel := range rels {
		p := zhKin(g, h)
		switch rel {
		case "本人":
			p = h
		case "配偶":
			p = zhSex(g, zhPerson(g), !h.fem)
		}
		b.text("  <被保险人 关系=\"", rel, "\">\n    <姓名>")
		b.name(p.full())
		b.text("</姓名>\n  </被保险人>\n")
	}
	if g.chance(0.5) {
		b.text("  <受益人 类型=\"法定\"/>\n")
	} else {
		for range g.between(1, 2) {
			b.text("  <受益人>\n    <姓名>")
			b.name(zhPerson(g).full())
			b.text("</姓名>\n    <比例>", g.pick("50%", "100%", "30%", "70%"), "</比例>\n  </受益人>\n")
		}
	}
	ag := zhPerson(g)
	b.text("  <业务员>\n    <姓名>")
	b.name(ag.full())
	b.text("</姓名>\n    <工号>", g.digits(8), "</工号>\n    <营业部>")
	oa := zhAddress(g)
	b.addr(oa.any(g))
	b.text("</营业部>\n  </业务员>\n  <理赔资料寄送地址>")
	ra := zhAddress(g)
	b.addr(ra.any(g))
	b.text("</理赔资料寄送地址>\n  <特别约定>", g.pick("既往症不赔", "等待期30天", "无"), "</特别约定>\n</保单>\n")
}

// ------------------------------------------------------------------
// 实习鉴定表: a student internship evaluation form.

func zhInternship(g *gen, b *builder) {
	s := zhPerson(g)
	b.text(g.pick("华中科技大学", "浙江工业大学", "西南交通大学", "南京师范大学", "中山大学"), "学生毕业实习鉴定表\n\n学生姓名：")
	b.name(s.full())
	b.text("　学号：", fmt.Sprint(2020+g.n(3)), g.digits(6), "　专业：", g.pick("软件工程", "会计学", "市场营销", "土木工程", "汉语言文学"), "\n实习单位：")
	b.text(g.pick("华为技术有限公司", "李宁体育用品有限公司", "周大福珠宝金行有限公司", "海底捞餐饮股份有限公司", "顺丰速运有限公司", "比亚迪股份有限公司", "张裕葡萄酿酒股份有限公司"), "\n单位地址：")
	a := zhAddress(g)
	b.addr(a.any(g))
	y := 2023 + g.n(3)
	mo := 1 + g.n(6)
	b.text("\n实习时间：", fmt.Sprintf("%d年%d月%d日至%d年%d月%d日", y, mo, 1+g.n(28), y, mo+2+g.n(4), 1+g.n(28)), "\n企业指导老师：")
	m := zhPerson(g)
	b.name(m.full())
	b.text("（", g.pick("高级工程师", "部门经理", "财务主管", "项目经理"), "）　校内指导教师：")
	t := zhPerson(g)
	b.zhTitled(t, "老师")
	b.text("\n\n实习内容：\n该生在")
	boss := zhPerson(g)
	b.zhTitled(boss, "经理")
	b.text("带领下参与了", g.pick("门店运营数据分析", "工程量清单编制", "客户回访与投诉处理", "内部系统测试"), "工作，协助同事")
	b.name(zhPerson(g).full())
	b.text("完成", g.pick("季度报表", "方案评审材料", "周边市场调研", "黄金周促销活动"), "。")
	if g.chance(0.5) {
		b.text("与")
		b.name(zhPerson(g).given)
		b.text("等同学合作良好。")
	}
	b.text("\n\n单位鉴定意见：该生工作认真，", g.pick("成绩优秀", "表现良好", "态度端正，专业基础扎实"), "。\n负责人（签字）：")
	b.name(zhPerson(g).full())
	b.text("　（盖章）\n\n学生通讯地址：")
	h := zhAddress(g)
	b.addr(h.any(g))
	b.text("　邮编：", g.digits(6), "\n家庭住址：")
	fa := zhAddress(g)
	b.addr(fa.any(g))
	b.text("\n")
}

// ------------------------------------------------------------------
// 律所案件台账CSV: a law firm's case ledger.

func zhCaseLedger(g *gen, b *builder) {
	b.text("案号,委托人,对方当事人,案由,承办律师,送达地址,立案日期,状态\n")
	courts := []string{"粤0106", "浙0106", "京0105", "沪0104", "川0107", "苏0102"}
	for range g.between(5, 7) {
		b.text("（", fmt.Sprint(2024+g.n(2)), "）", g.of(courts), g.pick("民初", "民终", "执"), fmt.Sprint(g.between(100, 9999)), "号,")
		if g.chance(0.25) {
			b.text(g.pick("杭州华强科技有限公司", "深圳市周大生珠宝股份有限公司", "王府井百货集团", "成都马家渡物流有限公司"))
		} else {
			b.name(zhPerson(g).full())
		}
		b.text(",")
		if g.chance(0.4) {
			b.text(g.pick("上海万达商业管理有限公司", "北京黄河建设工程有限公司", "广州林氏家居有限公司", "武汉石门峰陵园"))
		} else {
			b.name(zhPerson(g).full())
		}
		b.text(",", g.pick("买卖合同纠纷", "民间借贷纠纷", "房屋租赁合同纠纷", "劳动争议", "机动车交通事故责任纠纷", "离婚纠纷"), ",")
		b.csv(nameCell, zhPerson(g).full())
		if g.chance(0.25) {
			b.text("、")
			b.name(zhPerson(g).full())
		}
		b.text(",")
		if g.chance(0.9) {
			a := zhAddress(g)
			b.csv(addrCell, a.any(g))
		} else {
			b.text(g.pick("已电子送达", "同上", "公告送达"))
		}
		b.text(",", g.date("-"), ",", g.pick("审理中", "已结案", "待开庭", "执行中"), "\n")
	}
}

// ------------------------------------------------------------------
// 招生咨询登记YAML: a school's admission enquiry register.

func zhAdmissionYAML(g *gen, b *builder) {
	b.text("# ", g.pick("育才实验学校", "明德中学", "滨江外国语学校", "东湖实验学校"), " ", fmt.Sprint(2025+g.n(2)), "秋季招生咨询登记\n")
	for range g.between(2, 4) {
		s := zhPerson(g)
		b.text("- 学生: ")
		b.name(s.full())
		b.text("\n  年级: ", g.pick("初一", "高一", "三年级", "五年级"), "\n  家长:\n")
		f := zhSex(g, zhKin(g, s), false)
		b.text("    - 姓名: ")
		b.name(f.full())
		b.text("\n      关系: 父亲\n")
		if g.chance(0.45) {
			m := zhSex(g, zhPerson(g), true)
			b.text("    - 姓名: ")
			b.name(m.full())
			b.text("\n      关系: 母亲\n")
		}
		a := zhAddress(g)
		b.text("  住址: ")
		b.addr(a.any(g))
		b.text("\n  户籍: ", a.prov, a.city, "\n  接待老师: ")
		b.zhTitled(zhPerson(g), "老师")
		b.text("\n  备注: ")
		switch g.n(3) {
		case 0:
			b.text("想了解校车，家住", a.dist, "，离学校约四十分钟。原学校地址：")
			oa := zhAddress(g)
			b.addr(oa.any(g))
		case 1:
			b.text("姐姐")
			b.name(zhKin(g, s).full())
			b.text("已在本校就读")
		default:
			who := g.pick("奶奶", "外公", "姑姑", "舅舅")
			b.text("由", who)
			b.name(zhSex(g, zhPerson(g), who == "奶奶" || who == "姑姑").full())
			b.text("陪同咨询")
		}
		b.text("\n")
	}
}

// ------------------------------------------------------------------
// 工地周报邮件: a construction site's weekly report e-mail.

func zhSiteReport(g *gen, b *builder) {
	me := zhPerson(g)
	boss := zhPerson(g)
	dom := g.pick("cscec8.com", "crcc-jt.cn", "zhongtian-build.com", "huajian-group.cn")
	b.text("发件人：")
	b.name(me.full())
	b.text(" <", me.mail(g), "@", dom, ">\n收件人：项目部全体; ")
	b.zhTitled(boss, "总")
	b.text(" <", boss.mail(g), "@", dom, ">\n抄送：监理 ")
	b.zhTitled(zhPerson(g), "工")
	site := zhAddress(g)
	proj := g.pick("滨江花园二期", "万达广场三期", "黄河路学校改扩建", "人民医院新院区", "林业局宿舍改造")
	b.text("\n主题：【周报】", proj, "项目第", fmt.Sprint(g.between(3, 60)), "周\n项目地址：")
	b.addr(site.any(g))
	b.text("\n\n各位领导、同事：\n\n本周工作汇报如下。\n一、进度：", g.pick("主体结构封顶", "地下室底板浇筑完成", "二次结构砌筑过半", "外立面幕墙进场"), "，比计划", g.pick("提前两天", "滞后三天", "持平"), "。\n")
	b.text("二、安全：周三住建局")
	b.zhTitled(zhPerson(g), "科长")
	b.text("一行到项目现场检查，提出", fmt.Sprint(g.between(2, 9)), "条整改意见，由安全员")
	b.name(zhPerson(g).full())
	b.text("牵头落实。\n三、材料：钢筋供应商", g.pick("鸿达建材", "石城钢贸", "金桥物资"), "（联系人")
	b.name(zhPerson(g).full())
	b.text("）", g.pick("到货延迟", "价格上调", "已补齐发票"), "。\n四、其他：")
	switch g.n(4) {
	case 0, 3:
		b.text("新分包单位通讯地址为")
		o := zhAddress(g)
		b.addr(o.any(g))
		b.text("，合同原件已寄出。")
	case 1:
		b.text("周末请")
		b.zhTitled(zhPerson(g), "会计")
		b.text("核对农民工工资发放表。")
	default:
		b.text("高温期间调整作业时间，午间停工。")
	}
	b.text("\n\n", g.pick("祝好", "此致", "辛苦大家"), "\n")
	b.name(me.full())
	b.text("\n", proj, "项目部　")
	b.addr(site.any(g))
	b.text("\n")
}

// ------------------------------------------------------------------
// neg_展会展位表: an expo's booth list, brands and words that begin
// with a surname character.

func zhNegExpo(g *gen, b *builder) {
	b.text(fmt.Sprint(2024+g.n(2)), "中国（", g.pick("上海", "广州", "成都", "青岛"), "）国际", g.pick("家居用品", "食品饮料", "五金厨卫", "服装鞋帽"), "博览会展位一览（部分）\n\n展位号 | 展商 | 主营\n---|---|---\n")
	ex := [][2]string{
		{"方太厨具", "油烟机、灶具、高压锅"}, {"苏泊尔", "炊具、电饭煲"}, {"周大福", "黄金饰品、钟表"}, {"周生生", "黄金、铂金首饰"},
		{"李宁", "运动鞋服"}, {"王致和", "腐乳、料酒"}, {"张裕", "葡萄酒、白兰地"}, {"全聚德", "烤鸭礼盒"},
		{"陈李济", "中成药、凉茶"}, {"马应龙", "药妆"}, {"胡庆余堂", "中药饮片"}, {"杨国福麻辣烫", "加盟咨询"},
		{"张亮麻辣烫", "加盟咨询"}, {"黄飞红", "麻辣花生"}, {"曹操出行", "网约车"}, {"钱大妈", "生鲜社区店"},
		{"王守义十三香", "调味料"}, {"沈永和", "黄酒"}, {"孔府家酒", "白酒"}, {"谭木匠", "木梳、饰品"},
		{"万和", "热水器"}, {"华帝", "燃气灶"}, {"金龙鱼", "食用油"}, {"石头科技", "扫地机器人"},
		{"林氏家居", "田园风沙发"}, {"马可波罗瓷砖", "石材、瓷砖"}, {"江南布衣", "女装"}, {"叶氏兄弟", "茶叶"},
		{"程控电器", "温控开关"}, {"向日葵文具", "钢笔、马克笔"}, {"白象", "方便面"}, {"雷士照明", "灯具"},
	}
	idx := g.r.Perm(len(ex))[:g.between(9, 13)]
	for _, i := range idx {
		b.text(fmt.Sprint(g.between(1, 9)), g.pick("A", "B", "C", "D"), fmt.Sprintf("%02d", g.between(1, 60)), " | ", ex[i][0], " | ", ex[i][1], "\n")
	}
	b.text("\n同期活动：", g.pick("黄金周消费论坛", "周边游推介会", "林业与家居可持续发展峰会", "高端定制沙龙"), "；万人品鉴会将于第二天下午举行，关于门票，请关注官方公众号。\n")
	b.text("交通：地铁", g.pick("2号线", "17号线", "4号线"), "至展馆站，或乘坐马上到站的免费接驳车。石家庄、张家界、马鞍山等地展团在东门集合。\n")
	if g.chance(0.6) {
		b.text("\n展商服务联系人：")
		p := zhPerson(g)
		b.name(p.full())
		b.text("（", g.pick("销售总监", "招展部"), "）")
	}
	if g.chance(0.35) {
		b.text("　组委会地址：")
		a := zhAddress(g)
		b.addr(a.any(g))
	}
	b.text("\n")
}

// ------------------------------------------------------------------
// neg_交通广播稿: a traffic radio script full of roads, stations and
// places that start with a surname character.

func zhNegTraffic(g *gen, b *builder) {
	morning := g.chance(0.5)
	if morning {
		b.text("【早高峰路况】")
	} else {
		b.text("【晚高峰路况】")
	}
	b.text("FM", fmt.Sprintf("%d.%d", g.between(87, 107), g.n(10)), " 交通之声")
	if g.chance(0.6) {
		b.text("　主持人：")
		b.name(zhPerson(g).full())
	}
	if morning {
		b.text("\n\n听众朋友早上好，现在是", fmt.Sprint(g.between(7, 8)), "点", fmt.Sprint(g.between(0, 59)), "分。\n")
	} else {
		b.text("\n\n听众朋友晚上好，现在是", fmt.Sprint(g.between(17, 19)), "点", fmt.Sprint(g.between(0, 59)), "分。\n")
	}
	lines := []string{
		"内环高架中山北路下匝道车多缓行",
		"延安路高架往西方向从黄陂南路到江苏路排队约两公里",
		"周家嘴路、杨树浦路一带车流量较大",
		"杨高路往南方向张江路口发生剐蹭，占用一条车道",
		"吴中路、曹安公路进城方向通行缓慢",
		"黄河路与长江路交叉口信号灯故障，已有交警现场指挥",
		"王府井大街车多，建议绕行",
		"石门一路至陈家巷路段道路施工",
		"京港澳高速马鞍山方向车流平稳",
		"沈海高速金山段有团雾，请减速慢行",
		"地铁人民广场站、徐家汇站客流较大",
		"张江高科站、金科路站早间限流",
		"何家村隧道今晚十点至明早五点封闭养护",
		"岳麓山大桥东往西方向车多",
		"陈家祠周边停车场已满",
		"周庄古镇景区入口排队进场",
		"宋城景区返程车辆集中",
		"石家庄方向的石黄高速车多",
	}
	for _, i := range g.r.Perm(len(lines))[:g.between(6, 9)] {
		b.text(lines[i], "。")
	}
	b.text("\n\n天气方面，", g.pick("黄梅天", "高温", "冷空气"), "影响下，", g.pick("今天傍晚有阵雨", "明天气温下降", "周末以晴为主"), "。明天起中山公园站2号口封闭改造，请提前规划出行。\n")
	if g.chance(0.5) {
		b.text("刚才有听众")
		b.zhTitled(zhPerson(g), g.pick("先生", "女士"))
		b.text("来电反映，", g.pick("金桥路", "玉兰路", "丹桂街"), "有井盖松动，已转交市政部门。")
	}
	if g.chance(0.25) {
		b.text("失物招领：请到")
		a := zhAddress(g)
		b.addr(a.any(g))
		b.text("领取。")
	}
	b.text("\n")
}
