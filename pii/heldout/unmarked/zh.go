package unmarked

import "strings"

var zhSurname = strings.Fields("王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 彭 曾 肖 田 董 袁 潘 于 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 石 廖 贾 夏 韦 付 方 白 邹 孟 熊 秦 邱 江 尹 薛 闫 段 雷 侯 龙 史 陶 黎 贺 顾 毛 郝 龚 邵 万 钱 严 覃 武 戴 莫 孔 向 汤 欧阳 司马 诸葛 上官 慕容 端木 令狐 皇甫")
var zhGiven1 = strings.Fields("伟 芳 娜 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 秀 霞 平 刚 英 华 玉 兰 萍 红 斌 宇 浩 凯 婷 雪 梅 琳 晨 欣 怡 鹏 辉 鑫 颖 蕾 彬 倩 昊 瑶 航 睿 琦 璐 阳 峰 莉 燕 佳 雯 哲 楠")
var zhGiven2 = strings.Fields("子涵 梓轩 一诺 思远 雨桐 佳琪 俊熙 建国 志强 海燕 晓燕 振东 文博 紫萱 春生 秋菊 德华 国庆 丽娟 晓明 欣怡 浩然 若曦 天佑 家豪 嘉怡 明轩 雅婷 宏伟 桂芝 淑珍 玉梅 永福 金凤 翠花 学军 伟民 思琪 梦瑶 俊杰")
var zhMinority = strings.Fields("阿依古丽·买买提 艾尔肯·吐尔洪 迪丽娜尔·艾买提 阿布都热合曼·依明 热依拉·阿不都 古丽娜尔·吐尔逊 努尔艾力·买合木提 次仁卓玛 扎西顿珠 格桑梅朵 巴特尔 乌云其其格 斯琴高娃 阮氏香 安东尼·怀特 玛丽亚·冈萨雷斯 伊万·彼得罗夫 穆萨·卡马拉")

type zhPerson struct{ surname, given string }

func (g *gen) zhPerson() zhPerson {
	p := zhPerson{surname: g.of(zhSurname)}
	if g.chance(0.6) {
		p.given = g.of(zhGiven2)
	} else {
		p.given = g.of(zhGiven1)
	}
	return p
}

func (p zhPerson) full() string { return p.surname + p.given }

// zhName is a full name, sometimes a minority or foreign name with a middle dot.
func (g *gen) zhName() string {
	if g.chance(0.1) {
		return g.of(zhMinority)
	}
	return g.zhPerson().full()
}

var zhTitle = []string{"先生", "女士", "老师", "经理", "医生", "主任", "师傅", "阿姨", "同学", "总"}

// zhTitled writes a full name or a bare surname followed by a title.
func (b *builder) zhTitled(g *gen) {
	p := g.zhPerson()
	if g.chance(0.25) {
		b.name(p.surname)
	} else {
		b.name(p.full())
	}
	b.text(g.of(zhTitle))
}

var zhRegions = []struct {
	prov, city string
	dist       []string
}{
	{"广东省", "深圳市", []string{"南山区", "福田区", "龙岗区", "宝安区"}},
	{"广东省", "广州市", []string{"天河区", "白云区", "海珠区", "番禺区"}},
	{"浙江省", "杭州市", []string{"西湖区", "滨江区", "余杭区", "拱墅区"}},
	{"江苏省", "南京市", []string{"鼓楼区", "玄武区", "江宁区"}},
	{"江苏省", "苏州市", []string{"工业园区", "姑苏区", "吴中区"}},
	{"四川省", "成都市", []string{"武侯区", "锦江区", "高新区", "郫都区"}},
	{"湖北省", "武汉市", []string{"洪山区", "江汉区", "武昌区"}},
	{"山东省", "青岛市", []string{"市南区", "崂山区", "黄岛区"}},
	{"河南省", "郑州市", []string{"金水区", "二七区", "中原区"}},
	{"陕西省", "西安市", []string{"雁塔区", "碑林区", "未央区"}},
	{"新疆维吾尔自治区", "乌鲁木齐市", []string{"天山区", "沙依巴克区"}},
	{"广西壮族自治区", "南宁市", []string{"青秀区", "西乡塘区"}},
	{"云南省", "昆明市", []string{"五华区", "盘龙区"}},
	{"", "北京市", []string{"朝阳区", "海淀区", "丰台区", "东城区"}},
	{"", "上海市", []string{"浦东新区", "徐汇区", "闵行区", "静安区"}},
	{"", "重庆市", []string{"渝北区", "江北区", "沙坪坝区"}},
	{"", "天津市", []string{"南开区", "河西区"}},
}
var zhRoads = strings.Fields("建设路 人民路 解放路 中山路 文三路 科苑路 学府大道 滨江大道 东风路 五一路 长江东路 和平里大街 光华大道 天府三街 花园路 新华西街 望京东路 幸福大街 金桥路 迎宾大道 南京西路 桃源路")
var zhEstates = strings.Fields("阳光花园 锦绣家园 翠湖小区 碧桂园 幸福里 万科城 保利香槟国际 绿地新都会 和谐家园 龙湖时代天街 金色家园 书香门第")
var zhStreets = strings.Fields("粤海街道 东湖街道 文新街道 望京街道 五里墩街道 新港街道")

func (g *gen) zhAddr() string {
	r := zhRegions[g.r.IntN(len(zhRegions))]
	var sb strings.Builder
	if r.prov != "" && g.chance(0.7) {
		sb.WriteString(r.prov)
	}
	sb.WriteString(r.city)
	sb.WriteString(g.of(r.dist))
	if g.chance(0.25) {
		sb.WriteString(g.of(zhStreets))
	}
	sb.WriteString(g.of(zhRoads))
	sb.WriteString(itoa(g.n(1, 999)))
	sb.WriteString("号")
	switch g.r.IntN(4) {
	case 0:
		sb.WriteString(g.of(zhEstates) + itoa(g.n(1, 30)) + g.pick("栋", "幢", "号楼") + itoa(g.n(1, 6)) + "单元" + itoa(g.n(1, 33)) + pad2(g.n(1, 8)) + "室")
	case 1:
		sb.WriteString(g.of(zhEstates) + itoa(g.n(1, 20)) + "-" + itoa(g.n(1, 4)) + "-" + itoa(g.n(101, 2802)))
	case 2:
		sb.WriteString(g.pick("A", "B", "C") + "座" + itoa(g.n(3, 40)) + "楼" + itoa(g.n(1, 20)) + pad2(g.n(1, 30)) + "室")
	}
	s := sb.String()
	if g.chance(0.15) {
		// some systems insert spaces between the levels
		s = strings.Replace(s, "市", "市 ", 1)
		s = strings.Replace(s, "区", "区 ", 1)
	}
	return s
}

var zhNeg = []string{"李宁", "王老吉", "周大福", "老干妈", "海底捞", "东坡肉", "宫保鸡丁", "麻婆豆腐", "中山公园", "逸夫楼",
	"鲁迅公园", "红楼梦", "金龙鱼", "周黑鸭", "张江高科", "王府井", "黄鹤楼", "孔乙己", "岳阳楼", "中山路"}

var zhKinds = []kind{
	{"病历转诊单", zhReferral}, {"物流运单", zhWaybill}, {"班级群聊", zhClassChat}, {"工单系统", zhTicket},
	{"会议纪要", zhMinutes}, {"业主大会记录", zhOwners}, {"值班表", zhDuty}, {"家谱", zhGenealogy},
	{"招聘启事", zhJob}, {"快递驿站取件通知", zhPickup}, {"微博评论", zhWeibo}, {"访谈实录", zhInterview},
	{"装修报价单", zhReno}, {"学生名册", zhRoster}, {"社区团购接龙", zhGroupBuy},
}

func zhReferral(g *gen, b *builder) {
	b.text("双向转诊单（转出）\n患者姓名：")
	b.name(g.zhName())
	b.text("  性别：", g.pick("男", "女"), "  年龄：", itoa(g.n(3, 90)), "岁\n现住址：")
	b.addr(g.zhAddr())
	b.text("\n联系人：")
	b.name(g.zhName())
	b.text("（", g.pick("女儿", "儿子", "配偶", "母亲"), "）\n初步诊断：", g.pick("2型糖尿病", "帕金森病待查", "社区获得性肺炎"), "\n转往：市第一人民医院 神经内科 ")
	b.zhTitled(g)
	b.text("\n转诊医生：")
	b.name(g.zhName())
	b.text("  日期：2025年", itoa(g.n(1, 12)), "月", itoa(g.n(1, 28)), "日\n")
}

func zhWaybill(g *gen, b *builder) {
	b.text("【", g.pick("顺丰速运", "中通快递", "京东物流"), "】运单号：SF", g.digits(12), "\n寄件人：")
	b.name(g.zhName())
	b.text(" 1", g.digits(2), "****", g.digits(4), "\n寄件地址：")
	b.addr(g.zhAddr())
	b.text("\n收件人：")
	b.name(g.zhName())
	b.text(" 1", g.digits(2), "****", g.digits(4), "\n收件地址：")
	b.addr(g.zhAddr())
	b.text("\n托寄物：", g.pick("李宁运动鞋一双", "王老吉两箱", "周大福首饰", "衣物"), "\n")
}

func zhClassChat(g *gen, b *builder) {
	t := g.zhPerson()
	b.text("三年二班家长群\n")
	b.name(t.surname)
	b.text("老师：各位家长好，明天秋游去中山公园，请带好水和午餐。\n")
	for range g.n(2, 4) {
		k := g.zhPerson()
		switch g.r.IntN(4) {
		case 0:
			b.name(k.full())
			b.text(g.pick("妈妈", "爸爸", "奶奶"), "：收到，谢谢")
			b.name(t.surname)
			b.text("老师！\n")
		case 1:
			b.name(g.of(zhGiven2))
			b.text(g.pick("妈妈", "爸爸"), "：请问要穿校服吗？李宁那套可以吗\n")
		case 2:
			b.name(k.full())
			b.text("家长：@")
			b.name(t.full())
			b.text(" 孩子今天发烧，请假一天\n")
		default:
			b.text(g.pick("群主", "班长家长"), "：请", g.pick("", "大家"), "把接送地址发给我，例：")
			b.addr(g.zhAddr())
			b.text("\n")
		}
	}
}

func zhTicket(g *gen, b *builder) {
	b.text("工单编号：WO", g.digits(8), "\n状态：处理中\n提交人：")
	b.name(g.zhName())
	b.text("\n问题描述：宽带断网三天，安装地址 ")
	b.addr(g.zhAddr())
	b.text("。\n处理记录：\n[", pad2(g.n(8, 20)), ":", pad2(g.n(0, 59)), "] 已派单给维修", g.pick("师傅", "工程师"), " ")
	b.name(g.zhName())
	b.text("\n[", pad2(g.n(8, 20)), ":", pad2(g.n(0, 59)), "] ")
	b.zhTitled(g)
	b.text("回复：明天上午上门。\n")
}

func zhMinutes(g *gen, b *builder) {
	b.text("会议纪要\n时间：", g.pick("周一", "周三", "周五"), "下午两点\n地点：逸夫楼302\n参会人：")
	for i := range g.n(2, 4) {
		if i > 0 {
			b.text(g.pick("、", "，"))
		}
		b.name(g.zhName())
	}
	b.text("\n记录人：")
	b.name(g.zhName())
	if g.chance(0.6) {
		b.text("\n会议地址：")
		b.addr(g.zhAddr())
	}
	b.text("\n一、")
	b.zhTitled(g)
	b.text("汇报张江高科项目进度。\n二、下次会议改在黄鹤楼附近的分公司召开，由")
	b.name(g.zhName())
	b.text("负责订会议室。\n")
}

func zhOwners(g *gen, b *builder) {
	b.text("业主大会会议记录\n小区：")
	b.addr(g.zhAddr())
	b.text("\n主持人：业委会主任")
	b.name(g.zhName())
	b.text("\n")
	for range g.n(2, 3) {
		b.text(itoa(g.n(1, 30)), "栋业主")
		b.name(g.zhName())
		b.text("发言：物业对中山路一侧的停车管理不到位。\n")
	}
	b.text("表决结果：同意", g.digits(2), "户，反对", g.digits(1), "户。\n")
}

func zhDuty(g *gen, b *builder) {
	b.text("值班表（", itoa(g.n(1, 12)), "月）\n")
	for _, d := range strings.Fields("周一 周二 周三 周四 周五 周六 周日")[:g.n(2, 5)] {
		b.text(d, "：白班 ")
		b.name(g.zhName())
		b.text("，夜班 ")
		b.name(g.zhName())
		b.text("\n")
	}
	if g.chance(0.6) {
		b.text("值班地点：")
		b.addr(g.zhAddr())
		b.text("\n")
	}
	b.text("如需调班请联系保安队长")
	b.name(g.zhPerson().surname)
	b.text("队。\n")
}

func zhGenealogy(g *gen, b *builder) {
	sn := g.of(zhSurname[:40])
	b.text(sn, "氏家谱·第", itoa(g.n(12, 25)), "世\n")
	for range g.n(1, 3) {
		b.name(sn + g.of(zhGiven2))
		b.text("，字", g.of(zhGiven1), g.of(zhGiven1), "，生于民国", itoa(g.n(1, 37)), "年，娶")
		b.name(g.zhPerson().full())
		b.text("，生子")
		b.name(sn + g.of(zhGiven2))
		if g.chance(0.5) {
			b.text("、")
			b.name(sn + g.of(zhGiven2))
		}
		b.text("。\n")
	}
	b.text("祖居：")
	b.addr(g.zhAddr())
	b.text("\n")
}

func zhJob(g *gen, b *builder) {
	b.text("招聘启事\n本店（海底捞", g.pick("万达店", "王府井店", "中山路店"), "）诚聘服务员、后厨学徒若干名，包食宿。\n工作地点：")
	b.addr(g.zhAddr())
	b.text("\n有意者请联系店长")
	b.zhTitled(g)
	if g.chance(0.5) {
		b.text("，面试地点：")
		b.addr(g.zhAddr())
	}
	b.text("，或将简历发给人事")
	b.name(g.of(zhGiven2))
	b.text("。\n")
}

func zhPickup(g *gen, b *builder) {
	b.text("【菜鸟驿站】")
	if g.chance(0.5) {
		b.name(g.zhName())
		b.text("您好，")
	}
	b.text("您的", g.pick("中通", "圆通", "韵达"), "包裹已到")
	b.addr(g.zhAddr())
	b.text("驿站，取件码", g.digits(1), "-", g.digits(1), "-", g.digits(4), "，请于今日21点前领取。\n")
}

func zhWeibo(g *gen, b *builder) {
	b.text("#今天吃什么# 楼主：东坡肉和麻婆豆腐哪个好做？\n")
	for range g.n(3, 5) {
		b.text("@", g.pick("吃货小", "奶茶续命", "打工人", "momo"), g.digits(3), "：")
		switch g.r.IntN(5) {
		case 0:
			b.text("我妈")
			b.name(g.zhName())
			b.text("做的宫保鸡丁一绝")
		case 1:
			b.text("回复")
			b.name(g.of(zhGiven2))
			b.text("：老干妈拌饭yyds")
		case 2:
			b.text("刚看完红楼梦，")
			b.name(g.zhPerson().full())
			b.text("老师讲得真好")
		case 3:
			b.text("周黑鸭+王老吉，完美")
		default:
			b.text("求链接，寄到")
			b.addr(g.zhAddr())
			b.text("可以吗")
		}
		b.text("\n")
	}
}

func zhInterview(g *gen, b *builder) {
	h, gs := g.zhPerson(), g.zhPerson()
	b.text("访谈实录\n主持人：")
	b.name(h.full())
	b.text("\n嘉宾：")
	b.name(gs.full())
	b.text("（非遗传承人）\n")
	if g.chance(0.5) {
		b.text("工作室：")
		b.addr(g.zhAddr())
		b.text("\n")
	}
	b.text("\n")
	for range g.n(1, 3) {
		b.name(h.full())
		b.text("：")
		b.name(gs.surname)
		b.text(g.pick("老师，您当年为什么从岳阳楼附近搬走？\n", "老师，您第一次接触这门手艺是什么时候？\n", "老师，现在年轻人还愿意学吗？\n"))
		b.name(gs.full())
		b.text("：我师父")
		b.name(g.zhName())
		b.text(g.pick("说，手艺要跟着人走。\n", "当年手把手教我，一教就是十年。\n", "常说，东坡肉要慢火，做人也一样。\n"))
	}
}

func zhReno(g *gen, b *builder) {
	b.text("装修报价单\n客户：")
	b.name(g.zhName())
	b.text("\n工程地址：")
	b.addr(g.zhAddr())
	b.text("\n项目经理：")
	b.name(g.zhName())
	b.text("\n1. 水电改造 ", g.digits(4), "元\n2. 瓷砖铺贴 ", g.digits(4), "元（金龙鱼仓库旁建材市场采购）\n设计师：")
	b.name(g.of(zhGiven2))
	b.text("\n")
}

func zhRoster(g *gen, b *builder) {
	b.text("学生名册\n序号,姓名,家长,家庭住址\n")
	for i := range g.n(2, 4) {
		b.text(itoa(i+1), ",")
		b.name(g.zhName())
		b.text(",")
		b.name(g.zhName())
		b.text(",")
		b.addr(g.zhAddr())
		b.text("\n")
	}
	b.text("班主任：")
	b.name(g.zhName())
	b.text("\n")
}

func zhGroupBuy(g *gen, b *builder) {
	b.text("#接龙\n今日团购：周黑鸭鸭脖、李宁袜子\n")
	for i := range g.n(2, 5) {
		b.text(itoa(i+1), ". ")
		if g.chance(0.3) {
			b.name(g.of(zhGiven2))
		} else {
			b.name(g.zhName())
		}
		b.text(" ", itoa(g.n(1, 30)), "栋 ", itoa(g.n(1, 3)), "份\n")
	}
	b.text("团长：")
	b.name(g.zhName())
	b.text("  自提点：")
	b.addr(g.zhAddr())
	b.text("\n")
}
