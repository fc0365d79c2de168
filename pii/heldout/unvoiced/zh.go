package unvoiced

import "strings"

var zhSurnames = strings.Split("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤", "")

var zhCompound = []string{"欧阳", "司马", "上官", "诸葛", "皇甫", "慕容", "令狐", "东方", "尉迟", "公孙"}

var zhGivenChars = strings.Split("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉建国晓雪梅琳婷宇浩然子涵欣怡梓轩一诺思远嘉俊雨桐佳琪志刚淑珍海燕文博若溪", "")

var zhMinority = []string{
	"阿依古丽·吐尔逊", "买买提江·艾力", "热依拉·阿不都", "古丽娜尔", "扎西顿珠", "次仁卓玛", "格桑央金", "洛桑丹增",
	"达瓦", "巴特尔", "乌日娜", "斯琴高娃", "努尔兰·别克", "阿卜杜拉·艾山", "帕提古丽", "央宗",
}

type zhPlace struct {
	prov, city string
	dists      []string
}

var zhPlaces = []zhPlace{
	{"浙江省", "杭州市", []string{"西湖区", "拱墅区", "余杭区"}},
	{"广东省", "佛山市", []string{"南海区", "顺德区"}},
	{"四川省", "成都市", []string{"武侯区", "锦江区", "成华区"}},
	{"湖北省", "武汉市", []string{"洪山区", "江汉区"}},
	{"江苏省", "苏州市", []string{"姑苏区", "吴中区"}},
	{"山东省", "青岛市", []string{"市南区", "崂山区"}},
	{"河南省", "郑州市", []string{"金水区", "二七区"}},
	{"陕西省", "西安市", []string{"雁塔区", "碑林区"}},
	{"云南省", "昆明市", []string{"五华区", "盘龙区"}},
	{"辽宁省", "大连市", []string{"沙河口区", "甘井子区"}},
	{"福建省", "厦门市", []string{"思明区", "湖里区"}},
	{"湖南省", "长沙市", []string{"岳麓区", "天心区"}},
	{"北京市", "", []string{"朝阳区", "海淀区", "丰台区"}},
	{"上海市", "", []string{"徐汇区", "浦东新区", "静安区"}},
	{"重庆市", "", []string{"渝中区", "江北区"}},
	{"新疆维吾尔自治区", "乌鲁木齐市", []string{"天山区", "沙依巴克区"}},
	{"西藏自治区", "拉萨市", []string{"城关区"}},
}

var zhRoads = []string{"文三路", "建设大道", "人民南路四段", "解放西路", "长江中路", "团结街", "科技园二路", "迎宾大道", "滨河东路", "光华大道", "学府街", "和平里东街", "龙井路", "幸福北巷"}

var zhEstates = []string{"锦绣花园", "阳光水岸", "翠湖苑", "金桂小区", "枫林雅居", "绿城桂花园", "和谐家园", "紫荆公寓"}

func (g *gen) zhSur() string {
	if g.chance(0.08) {
		return g.of(zhCompound)
	}
	return g.of(zhSurnames)
}

func (g *gen) zhGiven() string {
	if g.chance(0.3) {
		return g.of(zhGivenChars)
	}
	return g.of(zhGivenChars) + g.of(zhGivenChars)
}

// zhName returns a full name, now and then of a minority.
func (g *gen) zhName() string {
	if g.chance(0.07) {
		return g.of(zhMinority)
	}
	return g.zhSur() + g.zhGiven()
}

// zhAddr returns an address starting at the province, city or district.
func (g *gen) zhAddr() string {
	p := pickOf(g, zhPlaces)
	d := p.dists[g.r.IntN(len(p.dists))]
	var parts []string
	switch g.r.IntN(4) {
	case 0, 1:
		parts = append(parts, p.prov)
		if p.city != "" {
			parts = append(parts, p.city)
		}
	case 2:
		if p.city != "" {
			parts = append(parts, p.city)
		} else {
			parts = append(parts, p.prov)
		}
	}
	parts = append(parts, d, g.of(zhRoads)+g.num(1, 999)+"号")
	if g.chance(0.7) {
		parts = append(parts, g.of(zhEstates)+g.num(1, 30)+g.pick("栋", "幢", "号楼")+g.pick("", g.num(1, 4)+"单元")+g.num(1, 32)+"0"+g.num(1, 6)+"室")
	}
	sep := ""
	if g.chance(0.2) {
		sep = " "
	}
	return strings.Join(parts, sep)
}

var zhKinds = []kind{
	{"入职登记表", zhRuzhi}, {"访客登记簿", zhFangke}, {"业主大会表决票", zhBiaojue}, {"寝室分配表", zhQinshi},
	{"拼车群", zhPinche}, {"年会抽奖名单", zhChoujiang}, {"捐款芳名录", zhJuankuan}, {"工伤认定申请", zhGongshang},
	{"房屋租赁备案", zhBeian}, {"快递拒收记录", zhJushou}, {"健身房会员卡", zhJianshen}, {"婚姻登记预约", zhHunyin},
	{"诊所处方笺", zhChufang}, {"同学录", zhTongxuelu}, {"装修报备", zhZhuangxiu},
}

var zhNegKinds = []kind{{"neg_超市小票", zhNegXiaopiao}, {"neg_旅游攻略", zhNegGonglue}, {"neg_财经快讯", zhNegKuaixun}}

func zhRuzhi(g *gen, b *builder) {
	b.t("员工入职登记表\n姓名：")
	b.n(g.zhName())
	b.t("    性别：", g.pick("男", "女"), "    民族：", g.pick("汉", "维吾尔", "藏", "蒙古", "回"), "\n户籍地址：")
	b.a(g.zhAddr())
	b.t("\n现居住地址：")
	b.a(g.zhAddr())
	b.t("\n紧急联系人：")
	b.n(g.zhName())
	b.t("（", g.pick("母亲", "配偶", "哥哥"), "）\n入职部门：市场部    直属上级：")
	b.n(g.zhSur())
	b.t("经理\n推荐人：小")
	b.n(g.zhSur())
	b.t("（同部门）\n")
}

func zhFangke(g *gen, b *builder) {
	b.t("访客登记簿  ", g.pick("A座", "B座", "东门"), "\n| 时间 | 访客姓名 | 来访单位 | 被访人 | 事由 |\n|---|---|---|---|---|\n")
	for range 3 + g.r.IntN(3) {
		b.t("| ", g.hhmm(), " | ")
		b.n(g.zhName())
		b.t(" | ")
		b.x(g.pick("李宁体育", "周大福珠宝", "王老吉饮料", "张小泉刀剪", "马应龙药业", "韩都衣舍"))
		b.t(" | ")
		if g.chance(0.5) {
			b.n(g.zhSur())
			b.t(g.pick("总", "老师", "主任"))
		} else {
			b.n(g.zhName())
		}
		b.t(" | ", g.pick("送货", "面试", "拜访", "维修"), " |\n")
	}
	b.t("值班保安：老")
	b.n(g.zhSur())
	b.t("\n")
}

func zhBiaojue(g *gen, b *builder) {
	b.t(g.of(zhEstates), "第二届业主大会表决票\n房屋地址：")
	b.a(g.zhAddr())
	b.t("\n业主姓名：")
	b.n(g.zhName())
	b.t("    委托代理人：")
	b.n(g.zhName())
	b.t("\n业委会委员候选人（同意打√）：\n")
	for range 3 + g.r.IntN(3) {
		b.t("  □ ")
		b.n(g.zhName())
		b.t("  ", g.pick("√", "×", ""), "\n")
	}
}

func zhQinshi(g *gen, b *builder) {
	b.t("2026级新生寝室分配表（报到地点：")
	b.a(g.zhAddr())
	b.t("）\n")
	for range 2 + g.r.IntN(2) {
		b.x(g.pick("逸夫楼", "桃李苑", "嘉庚楼", "中山楼"))
		b.t(g.num(1, 9), "号楼", g.num(1, 6), "0", g.num(1, 9), "室：")
		for i := range 4 {
			if i > 0 {
				b.t("、")
			}
			b.n(g.zhName())
		}
		b.t("\n")
	}
	b.t("辅导员：")
	b.n(g.zhSur())
	b.t("老师\n")
}

func zhPinche(g *gen, b *builder) {
	s := g.zhSur()
	b.n(s)
	b.t("师傅（车主）：明早7点从")
	b.a(g.zhAddr())
	b.t("出发，经")
	b.x(g.pick("王府井", "中山路口", "黄鹤楼", "鲁迅公园"))
	b.t("，还剩3座\n")
	b.n(g.zhName())
	b.t("：+1\n小")
	b.n(g.zhSur())
	b.t("：+1，我在")
	b.x(g.pick("中山公园", "张江高科站", "李家沱", "马家堡"))
	b.t("上车\n")
	b.n(g.zhGiven())
	b.t("：")
	b.n(s)
	b.t("哥，能到")
	b.a(g.zhAddr())
	b.t("吗？\n")
}

func zhChoujiang(g *gen, b *builder) {
	b.t("2026年会抽奖结果公示\n特等奖（")
	b.x(g.pick("周大福金条", "老凤祥金饰", "小米电视"))
	b.t("）：")
	b.n(g.zhName())
	b.t("（研发部）\n一等奖（")
	b.x(g.pick("小米手环", "李宁跑鞋", "小天鹅洗衣机"))
	b.t("）：")
	for i := range 2 + g.r.IntN(2) {
		if i > 0 {
			b.t("、")
		}
		b.n(g.zhName())
	}
	b.t("\n请获奖同事于周五前到行政部")
	b.n(g.zhSur())
	b.t("姐处领奖，奖品可寄送至：")
	b.a(g.zhAddr())
	b.t("\n")
}

func zhJuankuan(g *gen, b *builder) {
	b.t("爱心捐款芳名录\n")
	for range 3 + g.r.IntN(3) {
		b.n(g.zhName())
		if g.chance(0.3) {
			b.t("夫妇")
		}
		b.t("    ", g.num(1, 20), "00元\n")
	}
	b.t("无名氏    200元\n善款请汇至：")
	b.a(g.zhAddr())
	b.t("  收款人：")
	b.n(g.zhName())
	b.t("\n")
}

func zhGongshang(g *gen, b *builder) {
	w := g.zhName()
	b.t("工伤认定申请表\n申请人：")
	b.n(g.zhName())
	b.t("（与受伤职工关系：", g.pick("配偶", "本人", "子女"), "）\n受伤职工：")
	b.n(w)
	b.t("\n用人单位：")
	b.x(g.pick("金螳螂装饰", "钱江摩托", "石药集团", "黄河机械"))
	b.t("有限公司\n单位地址：")
	b.a(g.zhAddr())
	b.t("\n事故经过：当日上午9时许，")
	b.n(w)
	b.t("在车间作业时被设备夹伤左手，班组长")
	b.n(g.zhSur())
	b.t("师傅立即送医。\n")
}

func zhBeian(g *gen, b *builder) {
	b.t("房屋租赁登记备案表\n出租人：")
	b.n(g.zhName())
	b.t("  身份证号：", g.digits(6), "********", g.digits(4), "\n承租人：")
	b.n(g.zhName())
	b.t("\n房屋坐落：")
	b.a(g.zhAddr())
	b.t("\n租期：2026年", g.num(1, 12), "月起 ", g.num(1, 3), "年\n经办人：")
	b.n(g.zhName())
	b.t("\n")
}

func zhJushou(g *gen, b *builder) {
	for range 2 + g.r.IntN(3) {
		b.t("2026-0", g.num(1, 9), "-1", g.num(0, 9), " ", g.hhmm(), " 单号", g.pick("SF", "YT", "ZTO"), g.digits(10), " 收件人:")
		b.n(g.zhName())
		b.t(" 地址:")
		b.a(g.zhAddr())
		b.t(" 状态:拒收 原因:", g.pick("破损", "未下单", "地址不详"), " 派件员:")
		b.n(g.zhSur())
		b.t(g.pick("师傅", "小哥"), "\n")
	}
	b.t("备注：退回")
	b.x(g.pick("申通快递", "韩都衣舍", "周黑鸭", "良品铺子"))
	b.t("寄件点\n")
}

func zhJianshen(g *gen, b *builder) {
	b.t("{\"card_no\": \"GYM", g.digits(6), "\", \"member\": \"")
	b.n(g.zhName())
	b.t("\", \"type\": \"", g.pick("年卡", "季卡", "次卡"), "\", \"coach\": \"")
	b.n(g.zhSur())
	b.t("教练\", \"address\": \"")
	b.a(g.zhAddr())
	b.t("\", \"referrer\": \"")
	b.n(g.zhName())
	b.t("\", \"store\": \"")
	b.x(g.pick("乐刻", "金吉鸟", "威尔士"))
	b.t("\"}\n")
}

func zhHunyin(g *gen, b *builder) {
	b.t("【婚姻登记预约】预约成功！男方：")
	b.n(g.zhName())
	b.t("，女方：")
	b.n(g.zhName())
	b.t("，预约时间：", g.num(1, 12), "月", g.num(1, 28), "日上午", g.num(9, 11), ":00，地点：")
	b.a(g.zhAddr())
	b.t("（婚姻登记处）。请双方携带户口簿、身份证。如需改约请联系工作人员")
	b.n(g.zhSur())
	b.t("女士。\n")
}

func zhChufang(g *gen, b *builder) {
	b.t("社区诊所 处方笺\n姓名：")
	b.n(g.zhName())
	b.t("  性别：", g.pick("男", "女"), "  年龄：", g.num(3, 90), "\n住址：")
	b.a(g.zhAddr())
	b.t("\n诊断：", g.pick("急性咽炎", "腰肌劳损", "湿疹"), "\nRp：")
	b.x(g.pick("马应龙麻痔膏", "胡庆余堂胃复春", "片仔癀", "陈李济追风膏"))
	b.t(" ×1\n医师：")
	b.n(g.zhName())
	b.t("  审核：")
	b.n(g.zhName())
	b.t("  调配：")
	b.n(g.zhSur())
	b.t("\n")
}

func zhTongxuelu(g *gen, b *builder) {
	s, gv := g.zhSur(), g.zhGiven()
	b.t("★同学录★\n姓名：")
	b.n(s + gv)
	b.t("\n外号：小")
	b.n(s)
	b.t("\n家庭住址：")
	b.a(g.zhAddr())
	b.t("\n最爱吃：")
	b.x(g.pick("老干妈拌饭", "周黑鸭", "杨国福麻辣烫", "康师傅泡面"))
	b.t("\n留言：")
	b.n(gv)
	b.t("，毕业快乐！别忘了我们和")
	b.n(g.zhName())
	b.t("一起逃课去")
	b.x(g.pick("张家界", "黄山", "白鹿原"))
	b.t("～\n")
}

func zhZhuangxiu(g *gen, b *builder) {
	b.t("装修申请报备表\n业主：")
	b.n(g.zhName())
	b.t("\n房屋地址：")
	b.a(g.zhAddr())
	b.t("\n施工单位：")
	b.x(g.pick("金螳螂装饰", "东易日盛", "业之峰"))
	b.t("\n施工负责人：")
	b.n(g.zhName())
	b.t("  电话：1", g.digits(10), "\n物业审批：")
	b.n(g.zhSur())
	b.t("主管  ", g.pick("同意", "待补材料"), "\n")
}

func zhNegXiaopiao(g *gen, b *builder) {
	items := []string{"王老吉", "康师傅红烧牛肉面", "老干妈", "李锦记蚝油", "张裕干红", "周黑鸭", "白象方便面", "金龙鱼",
		"黄飞红花生", "杨国福麻辣烫", "钱大妈", "小米手机壳", "马大姐糖果", "吴裕泰茉莉花茶", "谭木匠梳子", "陈皮"}
	b.t("购物小票  No.", g.digits(8), "\n")
	for range 4 + g.r.IntN(4) {
		b.x(g.of(items))
		b.t("  x", g.num(1, 3), "  ", g.num(3, 60), ".", g.digits(1), "0\n")
	}
	b.t("合计已付 谢谢惠顾\n")
}

func zhNegGonglue(g *gen, b *builder) {
	places := []string{"中山公园", "鲁迅公园", "黄鹤楼", "张家界", "杜甫草堂", "岳麓山", "王府井", "孔庙", "包公祠", "武侯祠", "苏堤", "白堤", "岳王庙", "中山路"}
	b.t("【三日游攻略】\n")
	for d := range 3 {
		b.t("Day", g.num(d+1, d+1), "：")
		b.x(g.of(places))
		b.t(" → ")
		b.x(g.of(places))
		b.t("，", g.pick("马上", "高铁", "白天"), "出发，", g.pick("方便", "高兴"), "就好\n")
	}
}

func zhNegKuaixun(g *gen, b *builder) {
	cos := []string{"李宁", "周大福", "王老吉", "老凤祥", "小米集团", "张小泉", "马应龙", "谭木匠", "曹操出行", "吴裕泰", "石药集团", "钱江摩托"}
	b.t("【财经快讯】\n")
	for range 3 + g.r.IntN(3) {
		b.x(g.of(cos))
		b.t(g.pick("股价上涨", "股价下跌", "营收增长"), g.num(1, 9), ".", g.digits(1), "%。\n")
	}
	b.x(g.pick("金价", "龙头股", "黄金周"))
	b.t("方面，")
	b.x(g.pick("高铁", "石油", "钱包"))
	b.t("板块表现平稳。\n")
}
