package unvisited

import (
	"fmt"
	"strings"

	"github.com/comity-project/comity/pii"
)

var zhSurnames = []string{"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁", "潘", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "姚", "卢", "姜", "崔", "钟", "谭", "陆", "汪", "范", "金", "石", "廖", "贾", "夏", "韦", "付", "方", "白", "邹", "孟", "熊", "秦", "邱", "江", "尹", "薛", "闫", "段", "雷", "侯", "龙", "史", "黎", "贺", "顾", "毛", "郝", "龚", "邵", "万", "钱", "覃", "武", "戴", "莫", "孔", "向", "常", "蓝", "农", "岑", "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "令狐", "慕容", "尉迟", "端木", "公孙", "夏侯"}

var zhGiven1 = []string{"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀", "霞", "平", "刚", "桂", "鑫", "琳", "婷", "斌", "宇", "浩", "凯", "瑶", "晗", "昕", "睿", "彤", "锐", "菁"}

var zhGiven2 = []string{"志强", "秀英", "建华", "海燕", "晓东", "丽娟", "俊杰", "雨涵", "子轩", "欣怡", "浩然", "梓涵", "思远", "佳琪", "一鸣", "春梅", "国庆", "建国", "红霞", "文博", "嘉怡", "宇航", "若曦", "明轩", "振华", "晓丽", "慧敏", "德胜", "金凤", "雪梅", "立新", "书瑶", "语桐", "天佑", "沐辰", "诗涵", "家豪", "泽宇", "玉兰", "长青"}

var zhMinority = []string{"阿依古丽·买买提", "热依拉·艾力", "艾尔肯·吐尔逊", "古丽娜尔·阿不都", "买买提·依明", "努尔兰·哈力克", "巴特尔·朝鲁", "其其格·那顺", "扎西·顿珠", "卓玛·次仁", "阿卜杜拉·热合曼", "迪丽娜·吾斯曼", "央金", "达瓦次仁", "格桑梅朵", "乌兰图雅", "斯琴高娃", "阿力木江·艾则孜"}

func zhName(g *gen) string {
	if g.chance(0.06) {
		return g.of(zhMinority)
	}
	s := g.of(zhSurnames)
	if g.chance(0.45) {
		return s + g.of(zhGiven1)
	}
	return s + g.of(zhGiven2)
}

// zhSurnameOnly returns a surname for "王老师"-style forms.
func zhSurnameOnly(g *gen) string { return g.of(zhSurnames) }

var zhTitles = []string{"女士", "先生", "老师", "医生", "经理", "主任", "律师", "同志", "师傅", "阿姨", "总", "工", "教授", "书记", "护士长"}

var zhProvCities = [][3]string{
	{"浙江省", "温州市", "瓯海区"}, {"江苏省", "常州市", "武进区"}, {"四川省", "绵阳市", "涪城区"}, {"河南省", "洛阳市", "涧西区"},
	{"湖南省", "株洲市", "芦淞区"}, {"广东省", "江门市", "蓬江区"}, {"山东省", "潍坊市", "奎文区"}, {"安徽省", "芜湖市", "镜湖区"},
	{"福建省", "泉州市", "丰泽区"}, {"湖北省", "宜昌市", "西陵区"}, {"江西省", "赣州市", "章贡区"}, {"河北省", "保定市", "竞秀区"},
	{"辽宁省", "鞍山市", "铁东区"}, {"云南省", "曲靖市", "麒麟区"}, {"广西壮族自治区", "柳州市", "鱼峰区"}, {"新疆维吾尔自治区", "伊宁市", ""},
	{"贵州省", "遵义市", "汇川区"}, {"陕西省", "宝鸡市", "渭滨区"}, {"", "重庆市", "沙坪坝区"}, {"", "天津市", "河西区"}, {"", "上海市", "闵行区"}, {"", "北京市", "丰台区"},
}

var zhRoads = []string{"望江东路", "梧桐巷", "新华南路", "解放北路", "滨河大道", "丹桂路", "学府街", "青年路", "振兴西路", "光明二路", "桃源路", "紫荆路", "长虹中路", "建设三路", "民主巷", "翠微路", "柳湖街", "迎宾大道", "工农路", "环城北路"}
var zhEstates = []string{"锦绣花园", "阳光水岸", "金色家园", "碧桂苑", "翡翠湾", "书香门第", "和谐家园", "东湖名邸", "绿城桂花园", "星河湾", "枫林小区", "幸福里", "御景华庭", "南苑新村"}
var zhTowns = []string{"石桥镇", "龙泉镇", "白沙镇", "柳林镇", "双河乡", "新店镇", "黄田镇", "清水乡"}
var zhVillages = []string{"李家村", "上湾村", "杨柳村", "新塘村", "石门村", "下坝村", "红星村"}
var zhStreets = []string{"东城街道", "南湖街道", "城关街道", "新桥街道", "五里墩街道", "花园街道"}

func zhAddr(g *gen, sep string) string {
	pc := zhProvCities[g.r.IntN(len(zhProvCities))]
	var parts []string
	full := g.chance(0.6)
	if full && pc[0] != "" {
		parts = append(parts, pc[0])
	}
	if full || g.chance(0.5) {
		parts = append(parts, pc[1])
	}
	if pc[2] != "" {
		parts = append(parts, pc[2])
	}
	if g.chance(0.2) {
		parts = append(parts, g.of(zhTowns)+g.of(zhVillages)+g.pick("", g.num(1, 9)+"组")+g.pick("", g.num(1, 60)+"号"))
		return strings.Join(parts, sep)
	}
	if g.chance(0.3) {
		parts = append(parts, g.of(zhStreets))
	}
	parts = append(parts, g.of(zhRoads)+g.num(1, 399)+"号")
	if g.chance(0.7) {
		parts = append(parts, g.of(zhEstates)+g.pick("", "小区")+g.num(1, 28)+g.pick("栋", "幢", "号楼")+g.pick("", g.num(1, 4)+"单元")+g.num(1, 26)+fmt.Sprintf("%02d", g.n(1, 6))+g.pick("室", "室", ""))
	}
	return strings.Join(parts, sep)
}

func zhAddrShort(g *gen) string {
	if g.chance(0.5) {
		return g.of(zhRoads) + g.num(1, 399) + "号"
	}
	pc := zhProvCities[g.r.IntN(len(zhProvCities))]
	return pc[1] + g.of(zhRoads) + g.num(1, 399) + "号"
}

func zhAddrAny(g *gen) string {
	switch g.r.IntN(6) {
	case 0:
		return zhAddrShort(g)
	case 1:
		return zhAddr(g, " ")
	case 2:
		return zhAddr(g, "，")
	}
	return zhAddr(g, "")
}

var zhNeg = []string{"中山路", "中山大学", "逸夫楼", "鲁迅公园", "宋庆龄基金会", "李宁运动鞋", "王老吉凉茶", "张小泉剪刀", "周大福金店", "雷锋纪念馆", "黄鹤楼", "马应龙药膏", "钱塘江", "高新区", "江南春", "白云山制药", "金龙鱼油", "朱雀大街", "孔乙己酒家", "林业局", "胡同口", "邵逸夫医院", "何氏眼科", "陈皮", "高铁站", "方便面", "夏令营", "黄金周", "刘海", "王者荣耀", "周末", "毛巾", "石膏板", "白鹭洲", "曹操出行", "郑州东站", "宋体", "杨梅", "程序员"}

func zhPhone(g *gen) string { return "1" + g.pick("3", "5", "8", "9") + g.digits(9) }

// zhPerson writes a name with an optional honorific after it.
func zhPerson(g *gen, b *builder) {
	if g.chance(0.25) {
		b.name(zhSurnameOnly(g))
		b.text(g.pick("老师", "医生", "经理", "师傅", "阿姨", "总", "主任"))
		return
	}
	b.name(zhName(g))
	if g.chance(0.35) {
		b.text(g.of(zhTitles))
	}
}

func zhNegLine(g *gen, b *builder) {
	if g.chance(0.5) {
		b.text("联系邮箱：", g.pick("wangfang", "li_qiang", "zhangwei", "chen.jing"), g.num(1, 99), "@", g.pick("qq.com", "163.com", "126.com"), "，微信号：", g.pick("huangli_", "zhou", "sun"), g.digits(4), "，", g.pick("快递柜", "取件码", "工位"), g.num(1, 40), "-", g.num(1, 9), "-", g.num(100, 999), "\n")
	}
	b.text(g.pick("备注：", "附：", "提示：", ""), g.of(zhNeg), "、", g.of(zhNeg), g.pick("附近", "旁边", "对面", "门口"), "。\n")
}

var zhKinds = []kind{
	{"电动车上牌登记", zhEbike},
	{"法律援助申请", zhLegalAid},
	{"月嫂服务合同", zhNanny},
	{"社区义诊登记", zhClinicDay},
	{"钢琴考级报名", zhPiano},
	{"宅基地建房申请", zhHomestead},
	{"奶站订奶登记", zhMilk},
	{"消防检查记录", zhFire},
	{"退役军人信息采集", zhVeteran},
	{"宠物寄养协议", zhPetBoard},
	{"钥匙托管登记", zhKeys},
	{"团建报名群聊", zhTeamChat},
}

func zhEbike(g *gen, b *builder) {
	b.text("电动自行车登记上牌汇总（", g.of(zhStreets), "派出所）\n")
	if g.chance(0.5) {
		b.text("序号,车主姓名,手机号,品牌,车架号,居住地址\n")
		for i := range g.n(3, 5) {
			b.text(fmt.Sprint(i+1), ",")
			b.name(zhName(g))
			b.text(",", zhPhone(g), ",", g.pick("雅迪", "爱玛", "台铃", "小牛", "新日"), ",", strings.ToUpper(g.digits(3)), "K", g.digits(8), ",")
			b.csv(pii.PostalAddress, zhAddr(g, g.pick("", " ")))
			b.text("\n")
		}
	} else {
		for range g.n(3, 4) {
			b.text("车主：")
			b.name(zhName(g))
			b.text("  车牌：", g.pick("温", "常", "绵", "洛"), g.pick("A", "B", "C"), g.digits(5), "\n住址：")
			b.addr(zhAddr(g, ""))
			b.text("\n经办人：")
			b.name(zhName(g))
			b.text("（民警）\n---\n")
		}
	}
	b.text("审核：")
	zhPerson(g, b)
	b.text("  复核：")
	zhPerson(g, b)
	b.text("\n")
	zhNegLine(g, b)
}

func zhLegalAid(g *gen, b *builder) {
	b.text("法律援助申请表\n申请人姓名：")
	b.name(zhName(g))
	b.text("\n性别：", g.pick("男", "女"), "    民族：", g.pick("汉族", "壮族", "维吾尔族", "回族", "苗族"), "\n户籍地址：")
	b.addr(zhAddr(g, ""))
	b.text("\n经常居住地：")
	if g.chance(0.5) {
		b.text("同户籍地址")
	} else {
		b.addr(zhAddr(g, " "))
	}
	b.text("\n代理人：")
	b.name(zhName(g))
	b.text("（申请人之", g.pick("女", "子", "配偶", "兄"), "）\n对方当事人：")
	if g.chance(0.5) {
		b.text(g.pick("宏达建筑劳务有限公司", "鑫源物流有限公司", "李记餐饮管理有限公司", "王府井百货"), "，法定代表人")
		b.name(zhName(g))
	} else {
		b.name(zhName(g))
		b.text("，住")
		b.addr(zhAddrShort(g))
	}
	b.text("\n案情简述：申请人于", g.isoDate(), "起在", g.pick("张江", "周庄", "李村"), "工地务工，工头")
	b.name(zhName(g))
	b.text("拖欠工资", g.num(3, 40), "000元。同村")
	b.name(zhName(g))
	b.text("、")
	b.name(zhName(g))
	b.text("可作证。\n承办律师：")
	b.name(zhName(g))
	b.text("律师（", g.pick("德恒", "金杜", "中伦"), "律师事务所）\n指派日期：", g.isoDate(), "\n")
}

func zhNanny(g *gen, b *builder) {
	b.text("母婴护理服务合同（节选）\n甲方（雇主）：")
	b.name(zhName(g))
	b.text("\n联系地址：")
	b.addr(zhAddrAny(g))
	b.text("\n乙方（护理员）：")
	b.name(zhName(g))
	b.text("  身份证号：", g.digits(6), "19", g.digits(10), "\n乙方籍贯：", g.pick("四川省南充市", "安徽省阜阳市", "江西省上饶市"), "\n丙方（家政公司）：", g.pick("贝贝家政", "好帮手家政服务中心", "阿姨来了"), "，联系人")
	zhPerson(g, b)
	b.text("\n服务地点：")
	b.addr(zhAddr(g, g.pick("", "\n")))
	b.text("\n服务期：26天，自", g.isoDate(), "起。新生儿母亲")
	b.name(zhName(g))
	b.text("，宝宝小名", g.pick("豆豆", "糖糖", "乐乐"), "。\n紧急联系人：")
	b.name(zhName(g))
	b.text("（宝宝外婆）", zhPhone(g), "\n")
	zhNegLine(g, b)
}

func zhClinicDay(g *gen, b *builder) {
	b.text("【", g.of(zhEstates), "社区义诊登记】", g.isoDate(), "\n坐诊：")
	zhPerson(g, b)
	b.text("（", g.pick("邵逸夫医院", "市中医院", "何氏眼科"), "）、")
	zhPerson(g, b)
	b.text("\n")
	for i := range g.n(4, 6) {
		b.text(fmt.Sprint(i+1), ". ")
		b.name(zhName(g))
		b.text(" ", g.num(55, 89), "岁 ", g.pick("血压偏高", "血糖复查", "膝关节痛", "视力下降"), " 住")
		if g.chance(0.6) {
			b.addr(g.of(zhEstates) + g.num(1, 20) + "栋" + g.num(1, 3) + "单元" + g.num(1, 18) + "0" + g.num(1, 4) + "室")
		} else {
			b.addr(zhAddrAny(g))
		}
		b.text("\n")
	}
	b.text("登记：")
	zhPerson(g, b)
	b.text("\n志愿者：")
	b.name(zhName(g))
	b.text("、")
	b.name(zhName(g))
	b.text("\n")
	zhNegLine(g, b)
}

func zhPiano(g *gen, b *builder) {
	b.text("{\"exam\":\"钢琴业余考级", g.num(1, 10), "级\",\"candidates\":[\n")
	for i := range g.n(3, 4) {
		if i > 0 {
			b.text(",\n")
		}
		b.text("  {\"name\":")
		b.jsonStr(pii.PersonName, zhName(g))
		b.text(",\"teacher\":")
		b.jsonStr(pii.PersonName, zhName(g))
		b.text(",\"guardian\":")
		b.jsonStr(pii.PersonName, zhName(g))
		b.text(",\"mail_to\":")
		b.jsonStr(pii.PostalAddress, zhAddr(g, ""))
		b.text(",\"piece\":\"", g.pick("肖邦夜曲", "莫扎特奏鸣曲", "黄河协奏曲选段"), "\",\"room\":\"", g.num(101, 420), "\"}")
	}
	b.text("\n]}\n考场：", g.pick("星海音乐厅", "聂耳音乐学校", "冼星海纪念馆"), "，地址")
	b.addr(zhAddrShort(g))
	b.text("\n")
}

func zhHomestead(g *gen, b *builder) {
	pc := zhProvCities[g.r.IntN(len(zhProvCities))]
	town, vil := g.of(zhTowns), g.of(zhVillages)
	b.text("农村宅基地和建房（规划许可）申请表\n申请户主：")
	b.name(zhName(g))
	b.text("\n家庭住址：")
	b.addr(pc[1] + pc[2] + town + vil + g.num(1, 12) + "组" + g.num(1, 90) + "号")
	b.text("\n家庭成员：")
	for i := range g.n(3, 5) {
		if i > 0 {
			b.text("、")
		}
		b.name(zhName(g))
		b.text("（", g.pick("妻", "长子", "次女", "母"), "）")
	}
	b.text("\n拟建地点：")
	b.addr(vil + g.num(1, 12) + "组")
	b.text("，四至：东至")
	b.name(zhName(g))
	b.text("家，西至村道，南至", g.pick("张家河", "李家堰", "王庄渠"), "，北至自留地\n村民小组意见：同意。组长")
	b.name(zhName(g))
	b.text("\n村委会：", vil, "村民委员会  主任")
	b.name(zhName(g))
	b.text("\n")
}

func zhMilk(g *gen, b *builder) {
	b.text(g.pick("光明", "蒙牛", "君乐宝"), "奶站 订奶登记 ", g.of(zhEstates), "片区\n")
	b.text("姓名 | 地址 | 品种 | 起订\n")
	for range g.n(4, 6) {
		b.name(zhName(g))
		b.text(" | ")
		if g.chance(0.4) {
			b.addr(g.of(zhEstates) + g.num(1, 30) + "-" + g.num(1, 4) + "-" + g.num(101, 2603))
		} else {
			b.addr(zhAddr(g, ""))
		}
		b.text(" | ", g.pick("鲜牛奶", "酸奶", "低脂奶"), "×", g.num(1, 3), " | ", g.isoDate(), "\n")
	}
	b.text("送奶员：")
	zhPerson(g, b)
	b.text(" ", zhPhone(g), "\n")
	zhNegLine(g, b)
}

func zhFire(g *gen, b *builder) {
	b.text("消防安全检查记录\n被检查单位：", g.pick("佳佳便利店", "老乡鸡", "张亮麻辣烫", "周黑鸭门店"), "\n单位地址：")
	b.addr(zhAddr(g, g.pick("", " ")))
	b.text("\n负责人：")
	b.name(zhName(g))
	b.text("\n检查人员：")
	b.name(zhName(g))
	b.text("、")
	b.name(zhName(g))
	b.text("\n检查发现：1. 灭火器过期", g.num(2, 6), "具；2. 二楼", g.num(201, 220), "室疏散通道堆放杂物；3. 邻近")
	b.addr(zhAddrShort(g))
	b.text("的仓库未设防火门。\n整改期限：", g.num(3, 15), "日内。\n被检查单位签字：")
	b.name(zhName(g))
	b.text("\n抄送：", g.of(zhStreets), "，网格员")
	zhPerson(g, b)
	b.text("\n")
}

func zhVeteran(g *gen, b *builder) {
	b.text("---\n# 退役军人信息采集\nname: ")
	b.name(zhName(g))
	b.text("\nenlist_year: ", g.num(1975, 2015), "\nunit: 某部", g.digits(5), "部队\nhome_address: ")
	b.addr(zhAddr(g, ""))
	b.text("\ncurrent_address: \"")
	b.addr(zhAddrAny(g))
	b.text("\"\nspouse: ")
	b.name(zhName(g))
	b.text("\ncollector: ")
	b.name(zhName(g))
	b.text("\nnote: 由战友")
	b.name(zhName(g))
	b.text("陪同办理，")
	b.name(zhSurnameOnly(g))
	b.text(g.pick("干事", "科长"), "已核验。\n---\n")
}

func zhPetBoard(g *gen, b *builder) {
	b.text("宠物寄养协议\n寄养方：")
	b.name(zhName(g))
	b.text("    电话：", zhPhone(g), "\n地址：")
	b.addr(zhAddr(g, "\n"))
	b.text("\n宠物：", g.pick("金毛", "柯基", "布偶猫", "泰迪"), "，名字", g.pick("可乐", "旺财", "Lucky", "毛毛"), "\n接宠人（如非本人）：")
	b.name(zhName(g))
	b.text("\n门店：", g.pick("爱宠之家", "萌爪宠物", "瑞鹏宠物医院"), "，店长")
	zhPerson(g, b)
	b.text("\n寄养期间如遇疾病送")
	b.addr(zhAddrShort(g))
	b.text("的合作医院，由")
	zhPerson(g, b)
	b.text("诊治。\n签字：")
	b.name(zhName(g))
	b.text("  ", g.isoDate(), "\n")
}

func zhKeys(g *gen, b *builder) {
	est := g.of(zhEstates)
	b.text("物业钥匙托管登记簿 ", est, "\n")
	for range g.n(4, 6) {
		b.text(g.isoDate(), " ")
		b.addr(est + g.num(1, 28) + "栋" + g.num(1, 3) + "单元" + g.num(1, 30) + fmt.Sprintf("%02d", g.n(1, 4)) + "室")
		b.text(" 业主")
		b.name(zhName(g))
		b.text(" 托管原因：", g.pick("装修", "出差", "外出探亲", "保洁上门"), " 可取钥匙人：")
		b.name(zhName(g))
		b.text(" 经手：")
		zhPerson(g, b)
		b.text("\n")
	}
	zhNegLine(g, b)
}

func zhTeamChat(g *gen, b *builder) {
	b.text("【", g.pick("研发部", "财务部", "市场部"), "团建报名群】\n")
	people := []string{zhName(g), zhName(g), zhName(g), zhName(g)}
	for i := range g.n(6, 9) {
		p := people[i%len(people)]
		b.name(p)
		b.text("：")
		switch g.r.IntN(5) {
		case 0:
			b.text("我报名+1，带家属")
			b.name(zhName(g))
			b.text("\n")
		case 1:
			b.text("集合地点改到")
			b.addr(zhAddrAny(g))
			b.text("门口\n")
		case 2:
			b.text("@")
			b.name(people[(i+1)%len(people)])
			b.text(" 大巴几点发车？\n")
		case 3:
			b.text("晚饭定在", g.pick("海底捞", "外婆家", "西贝莜面村", "太二酸菜鱼"), "，", g.of(zhNeg), "那家\n")
		default:
			b.text("收到，")
			b.name(zhSurnameOnly(g))
			b.text("总也来吗\n")
		}
	}
}
