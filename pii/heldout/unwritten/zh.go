package unwritten

import (
	"strings"
)

var zhSurname = strings.Fields(`王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 彭 曾 肖 田 董 袁 潘 于 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 石 廖 贾 夏 韦 付 方 白 邹 孟 熊 秦 邱 江 尹 薛 闫 段 雷 侯 龙 史 陶 黎 贺 顾 毛 郝 龚 邵 万 钱 严 覃 武 戴 莫 孔 向 汤 常 温 康 施 文 牛 樊 葛 邢 安 齐 易 乔 伍 庞 颜 倪 庄 聂 章 鲁 岳 翟 殷 詹 申 欧 耿 关 兰 焦 俞 左 柳 甘 祝 包 宁 尚 符 舒 阮 柯 纪 梅 童 凌 毕 单 季 裴 霍 涂 成 苗 谷 盛 曲 翁 冉 骆 蓝 路 游 辛 靳 管 柴 蒙 鲍 华 喻 祁 蒲 房 滕 屈 饶 解 牟 艾 尤 阳 时 穆 农 司 卓 古 吉 缪 简 车 项 连 芦 麦 褚 娄 窦 戚 岑 景 党 宫 费 卜 冷 晏 席 卫 米 柏 宗 瞿 桂 全 佟 应 臧 闵 苟 邬 边 卞 姬 师 和 仇 栾 隋 商 刁 沙 荣 巫 寇 桑 郎 甄 丛 仲 虞 敖 巩 明 佘 池 查 麻 苑 迟 邝`)

var zhCompound = strings.Fields(`欧阳 司马 诸葛 上官 东方 皇甫 尉迟 公孙 慕容 令狐 夏侯 长孙 宇文 司徒 端木 澹台`)

var zhGiven = strings.Fields(`伟 芳 娜 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 秀英 霞 平 刚 桂英 建华 建国 志强 秀兰 玉兰 桂兰 海燕 晓明 晓东 晓燕 丽娟 丽华 婷婷 欣怡 梓涵 子轩 浩然 宇轩 一诺 雨涵 思远 子涵 梓萱 诗涵 俊杰 浩宇 雅琪 可馨 佳怡 嘉怡 天宇 博文 晨曦 欣然 梦琪 若曦 思彤 子墨 一鸣 文博 振华 国庆 建军 卫东 红梅 春华 秋菊 冬梅 新民 立新 学文 志刚 永强 德福 金凤 翠花 淑珍 凤英 玉梅 丹丹 琳 璐 倩 蕾 颖 薇 莉 瑶 鑫 斌 鹏 飞 辉 浩 亮 彬 帅 昊 楠 瑞 宁 琦 凯 旭 雪 晶 佳 欢 嘉伟 家豪 志明 冠宇 锦程 泽宇 皓轩 铭轩 奕辰 煜祺 语桐 紫萱 芷若 沐阳 安琪 佩玲 美玲 淑芬 雅婷 怡君 宗翰 承恩 柏宇 彦廷 冠廷 秀梅 玉珍 兰英 桂芳 金花 春燕 海波 海峰 建平 建新 俊峰 少华 绍辉 振宇 文静 文杰 明辉 晓峰 晓丽 晓静 静怡 慧敏 慧玲 立伟 立军`)

var zhMinority = []string{"阿依古丽·买买提", "买买提·艾力", "热依拉·吐尔逊", "古丽米拉·阿不都", "艾力·库尔班", "努尔兰·哈力克", "扎西·顿珠", "阿卜杜拉·热合曼", "迪丽娜尔·艾买提", "巴特尔·朝鲁", "卓玛", "次仁旺姆", "格桑", "乌兰图雅"}

// zhGiven2 returns a two-character given name, as one is written alone.
func (g *gen) zhGiven2() string {
	for {
		if v := g.of(zhGiven); len([]rune(v)) == 2 {
			return v
		}
	}
}

var zhCompanies = []string{"李宁", "张江高科", "林业局", "华为", "中国移动", "安踏", "屈臣氏", "海尔", "老干妈", "王老吉", "周大福", "清华大学", "曹操出行", "宋庆龄基金会", "马云基金会", "小米", "余额宝"}

var zhProducts = []string{"李宁运动鞋", "华为Mate 60", "小米14", "海尔冰箱", "老干妈", "王老吉", "陈皮", "罗汉果", "杨梅", "方便面", "白酒", "胡萝卜", "石榴", "毛衣", "钱包", "钟表", "牛奶", "范冰冰同款", "安踏跑鞋"}

func (g *gen) zhSur() string {
	if g.ch(0.08) {
		return g.of(zhCompound)
	}
	return g.of(zhSurname)
}

func (g *gen) zhName() string {
	if g.ch(0.05) {
		return g.of(zhMinority)
	}
	return g.zhSur() + g.of(zhGiven)
}

type zhPlace struct{ prov, city, dist string }

var zhPlaces = []zhPlace{
	{"", "北京市", "朝阳区"}, {"", "北京市", "海淀区"}, {"", "北京市", "丰台区"}, {"", "北京市", "西城区"}, {"", "北京市", "通州区"},
	{"", "上海市", "浦东新区"}, {"", "上海市", "徐汇区"}, {"", "上海市", "闵行区"}, {"", "上海市", "静安区"}, {"", "上海市", "杨浦区"},
	{"", "天津市", "南开区"}, {"", "天津市", "河西区"}, {"", "重庆市", "渝中区"}, {"", "重庆市", "江北区"}, {"", "重庆市", "沙坪坝区"},
	{"广东省", "广州市", "天河区"}, {"广东省", "广州市", "越秀区"}, {"广东省", "广州市", "番禺区"}, {"广东省", "深圳市", "南山区"},
	{"广东省", "深圳市", "福田区"}, {"广东省", "深圳市", "龙岗区"}, {"广东省", "东莞市", "南城街道"}, {"广东省", "佛山市", "顺德区"},
	{"浙江省", "杭州市", "西湖区"}, {"浙江省", "杭州市", "滨江区"}, {"浙江省", "宁波市", "鄞州区"}, {"浙江省", "温州市", "鹿城区"},
	{"江苏省", "南京市", "鼓楼区"}, {"江苏省", "南京市", "江宁区"}, {"江苏省", "苏州市", "姑苏区"}, {"江苏省", "苏州市", "工业园区"},
	{"江苏省", "无锡市", "梁溪区"}, {"江苏省", "常州市", "武进区"}, {"山东省", "济南市", "历下区"}, {"山东省", "青岛市", "市南区"},
	{"山东省", "烟台市", "芝罘区"}, {"河南省", "郑州市", "金水区"}, {"河南省", "洛阳市", "涧西区"}, {"湖北省", "武汉市", "武昌区"},
	{"湖北省", "武汉市", "洪山区"}, {"湖北省", "宜昌市", "西陵区"}, {"湖南省", "长沙市", "岳麓区"}, {"湖南省", "长沙市", "芙蓉区"},
	{"四川省", "成都市", "武侯区"}, {"四川省", "成都市", "锦江区"}, {"四川省", "绵阳市", "涪城区"}, {"陕西省", "西安市", "雁塔区"},
	{"陕西省", "西安市", "碑林区"}, {"福建省", "福州市", "鼓楼区"}, {"福建省", "厦门市", "思明区"}, {"福建省", "泉州市", "丰泽区"},
	{"安徽省", "合肥市", "蜀山区"}, {"江西省", "南昌市", "东湖区"}, {"河北省", "石家庄市", "长安区"}, {"河北省", "保定市", "竞秀区"},
	{"辽宁省", "沈阳市", "和平区"}, {"辽宁省", "大连市", "中山区"}, {"吉林省", "长春市", "朝阳区"}, {"黑龙江省", "哈尔滨市", "南岗区"},
	{"山西省", "太原市", "小店区"}, {"云南省", "昆明市", "五华区"}, {"贵州省", "贵阳市", "云岩区"}, {"广西壮族自治区", "南宁市", "青秀区"},
	{"海南省", "海口市", "龙华区"}, {"甘肃省", "兰州市", "城关区"}, {"新疆维吾尔自治区", "乌鲁木齐市", "天山区"}, {"内蒙古自治区", "呼和浩特市", "新城区"},
	{"宁夏回族自治区", "银川市", "兴庆区"}, {"青海省", "西宁市", "城西区"}, {"西藏自治区", "拉萨市", "城关区"},
}

var zhRoads = strings.Fields(`人民路 解放路 建设路 中华路 和平路 胜利路 文化路 新华路 长江路 黄河路 青年路 光明路 工业大道 科技路 学府路 滨江大道 环城北路 东风路 朝阳路 迎宾大道 幸福路 复兴路 延安路 南京路 北京东路 淮海中路 天府大道 科华北路 金水路 花园路 五一路 八一路 枫林路 望江路 龙华路 深南大道 海德三道 梅林路 江南大道 体育西路 华山路 翠湖路 高新路 丈八北路 西湖大道 文三路 湖滨路 中山北路 民主路 友谊路 团结路 红旗街 春风路 桃源街 桂花巷 杏林巷 书院街 东大街 西大街 北关街`)

var zhEstates = strings.Fields(`阳光花园 碧桂园 万科城 金色家园 幸福里 翠苑小区 锦绣华庭 绿地世纪城 保利香槟国际 和谐家园 东湖小区 新村 龙湖天街 华润城 丽景湾 紫荆苑 桃李园 书香门第 滨江花园 御景华府 南苑新村 建设新村 职工宿舍 融创壹号院`)

func (g *gen) zhAddr() string {
	p := zhPlaces[g.r.IntN(len(zhPlaces))]
	var sb strings.Builder
	start := g.r.IntN(3)
	if p.prov == "" && start == 0 {
		start = 1
	}
	sep := ""
	if g.ch(0.1) {
		sep = " "
	}
	if start == 0 {
		sb.WriteString(p.prov + sep)
	}
	if start <= 1 {
		sb.WriteString(p.city + sep)
	}
	sb.WriteString(p.dist + sep)
	if g.ch(0.2) && !strings.HasSuffix(p.dist, "街道") {
		sb.WriteString(g.pick("新华街道", "北站街道", "城东街道", "湖滨街道", "南湖街道") + sep)
	}
	sb.WriteString(g.of(zhRoads))
	sb.WriteString(g.is(1, 999) + "号")
	end := g.r.IntN(4)
	if end >= 1 {
		sb.WriteString(g.of(zhEstates))
	}
	if end >= 2 {
		sb.WriteString(g.is(1, 30) + g.pick("栋", "幢", "号楼"))
		if g.ch(0.5) {
			sb.WriteString(g.is(1, 6) + "单元")
		}
	}
	if end >= 3 || (end == 2 && g.ch(0.5)) {
		sb.WriteString(g.is(1, 32) + g.pick("0", "0", "1") + g.is(1, 6) + g.pick("室", "房", ""))
	}
	s := sb.String()
	return strings.TrimSuffix(s, " ")
}

var zhNegs = []string{"高速公路", "黄河", "周末", "王府井", "李宁运动鞋", "张江高科", "马上", "江西", "林业局", "何时", "朱雀大街", "杨梅", "胡同", "白酒", "金融", "高铁", "方便面", "钱包", "宋体", "汉语", "毛衣", "史书", "武汉", "程序员", "总经理", "星期三", "五月", "帕金森病", "诺贝尔奖", "华为Mate 60", "小米14", "海尔冰箱", "老干妈", "王老吉", "周大福", "鲁迅文学奖", "郑州", "常州", "沈阳", "温州", "许昌", "陈皮", "黄山", "白云机场", "中山陵", "孙中山纪念馆", "雷锋精神", "包公祠", "岳阳楼", "田园风光", "金山银山", "钟表", "罗汉果", "梁山", "韩国料理", "曹操出行", "范冰冰同款", "刘家峡水库", "马云基金会", "高考", "黄金周", "胡萝卜", "董事长", "财务总监", "宋庆龄基金会", "钱江新城", "余额宝", "牛奶", "石榴", "安踏", "华为", "中国移动", "清华大学", "屈臣氏", "冯小刚电影节"}

func (g *gen) zhNeg(b *bld) { b.ng(g.of(zhNegs)) }

func zhHon(g *gen) string {
	return g.pick("先生", "女士", "老师", "经理", "师傅", "同学", "阿姨", "主任", "")
}

func init() {
	kindsOf["zh"] = []kind{
		{"二手转让", zhErshou}, {"留言簿", zhLiuyan}, {"论坛回帖", zhLuntan}, {"明信片", zhMingxinpian},
		{"座位安排", zhZuowei}, {"考勤表", zhKaoqin}, {"报销单", zhBaoxiao}, {"电话留言", zhDianhua},
		{"访客登记", zhFangke}, {"配送路线", zhPeisong}, {"会员续费", zhHuiyuan}, {"象棋对阵", zhXiangqi},
		{"拼车", zhPinche}, {"授权委托书", zhWeituo}, {"采访实录", zhCaifang},
	}
	negKindsOf["zh"] = []kind{{"neg_商品推荐", zhNegShangpin}, {"neg_旅游攻略", zhNegLvyou}, {"neg_公司新闻", zhNegXinwen}}
}

func zhErshou(g *gen, b *bld) {
	item := g.pick("九成新婴儿车", "实木书桌", "小米14手机", "电动车一辆", "钢琴，免费送", "冰箱，搬家急出")
	if g.ch(0.5) {
		b.t("【转让】", item, "，", g.is(50, 3000), "元可小刀。自提地址：")
		b.a(g.zhAddr())
		b.t("。联系")
		b.n(g.zhName())
		b.t(zhHon(g), "，电话1", g.digits(10), "，")
		b.t(g.pick("晚上七点后", "周末", "随时"), "可看货。\n")
		return
	}
	b.t("闲置转让 #", g.digits(6), "\n宝贝：", item, "\n卖家：")
	b.n(g.zhName())
	b.t("\n所在地：")
	b.a(g.zhAddr())
	b.t("\n说明：原价在")
	b.ng(g.pick("屈臣氏", "华为", "小米", "安踏", "周大福"))
	b.t("买的，没怎么用。不在家可以找邻居")
	b.n(g.zhSur() + g.of(zhGiven))
	b.t("拿。\n")
}

func zhLiuyan(g *gen, b *bld) {
	b.t("【民宿留言簿】", g.pick("云栖小院", "洱海边的家", "山居岁月"), "\n\n")
	for range g.in(2, 4) {
		b.t(g.is(2019, 2025), ".", g.is(1, 12), ".", g.is(1, 28), "  ")
		switch g.r.IntN(3) {
		case 0:
			b.t("住得很舒服，谢谢老板娘")
			b.n(g.zhName())
			b.t("的桂花糕！——")
			b.n(g.zhName())
			b.t("一家\n")
		case 1:
			b.n(g.zhName())
			b.t("和")
			b.n(g.zhName())
			b.t("到此一游，欢迎来玩：")
			b.a(g.zhAddr())
			b.t("\n")
		default:
			b.t("下次还来！")
			b.ng(g.pick("周末", "黄金周", "五月"))
			b.t("人太多了。 ——")
			b.n(g.zhGiven2())
			b.t("\n")
		}
	}
}

func zhLuntan(g *gen, b *bld) {
	b.t("回复：", g.pick("附近有靠谱的钢琴老师吗？", "求推荐修鞋的地方", "小区快递放哪儿了"), "\n")
	b.t(g.pick("楼主", "2楼", "5楼", "12楼"), " ", g.pick("吃瓜群众", "阿狸不吃鱼", "老城区土著"), " 发表于 ", g.is(1, 12), "-", g.is(1, 28), "\n\n")
	b.t("引用 ", g.pick("小鱼儿", "夏天的风", "路人甲"), " 的发言：\n> 去找")
	b.n(g.zhName())
	b.t("，在")
	b.a(g.zhAddr())
	b.t("。\n\n")
	b.t(g.pick("同意楼上。", "亲测靠谱。", "+1。"))
	b.n(g.zhName())
	b.t(zhHon(g), "人很好，以前在")
	b.ng(g.of(zhCompanies))
	b.t("上班。\n")
}

func zhMingxinpian(g *gen, b *bld) {
	b.t("亲爱的")
	b.n(g.zhGiven2())
	b.t("：\n")
	b.t("我在", g.pick("大理", "厦门", "哈尔滨", "拉萨"), "给你写信，今天去了")
	b.ng(g.pick("黄山", "岳阳楼", "中山陵", "白云机场"))
	b.t("。")
	b.n(g.zhName())
	b.t("也问你好。\n")
	b.n(g.of(zhGiven))
	b.t("\n\n收件人：")
	b.n(g.zhName())
	b.t("\n地址：")
	b.a(g.zhAddr())
	b.t("\n邮编：", g.digits(6), "\n")
}

func zhZuowei(g *gen, b *bld) {
	b.t(g.pick("婚宴", "寿宴", "年会", "升学宴"), "座位安排\n")
	for t := 1; t <= g.in(2, 3); t++ {
		b.t("第", itoa(t), "桌：")
		for i := range g.in(3, 5) {
			if i > 0 {
				b.t("、")
			}
			b.n(g.zhName())
			if g.ch(0.2) {
				b.t(g.pick("夫妇", "一家"))
			}
		}
		b.t("\n")
	}
	b.t("备注：")
	b.n(g.zhName())
	b.t(zhHon(g), "坐主桌；")
	b.ng(g.pick("董事长", "总经理", "财务总监"))
	b.t("致辞后开席。\n")
}

func zhKaoqin(g *gen, b *bld) {
	b.t("员工考勤表（", g.is(1, 12), "月）\n姓名：")
	b.n(g.zhName())
	b.t("    部门主管：")
	b.n(g.zhName())
	b.t("\n工作地点：")
	b.a(g.zhAddr())
	b.t("\n日期\t上班\t下班\t备注\n")
	for range g.in(3, 5) {
		b.t(g.is(1, 28), "日\t0", g.is(7, 9), ":", g.is(10, 59), "\t1", g.is(7, 9), ":", g.is(10, 59), "\t", g.pick("正常", "迟到", "外勤", "调休"), "\n")
	}
	b.t("审核：")
	b.n(g.zhName())
	b.t("（")
	b.ng(g.pick("总经理", "财务总监", "程序员"))
	b.t("）\n")
}

func zhBaoxiao(g *gen, b *bld) {
	b.t("费用报销单 编号BX", g.digits(6), "\n报销人：")
	b.n(g.zhName())
	b.t("\n| 日期 | 项目 | 金额 | 说明 |\n|---|---|---|---|\n")
	for range g.in(2, 4) {
		b.t("| ", g.is(1, 12), "/", g.is(1, 28), " | ", g.pick("差旅", "招待", "办公用品", "打车"), " | ", g.is(20, 2000), ".00 | ")
		if g.ch(0.5) {
			b.t("宴请客户")
			b.n(g.zhName())
		} else {
			b.t("乘")
			b.ng("高铁")
		}
		b.t(" |\n")
	}
	b.t("收款地址：")
	b.a(g.zhAddr())
	b.t("\n审批人：")
	b.n(g.zhName())
	b.t("\n")
}

func zhDianhua(g *gen, b *bld) {
	b.t("电话留言条\n致：")
	b.n(g.zhName())
	b.t(zhHon(g), "\n来电人：")
	b.n(g.zhName())
	b.t("（")
	b.ng(g.pick("中国移动", "华为", "安踏", "屈臣氏"))
	b.t("）\n电话：1", g.digits(10), "\n内容：新的收货地址是")
	b.a(g.zhAddr())
	b.t("，请")
	b.ng(g.pick("星期三", "周末", "五月"))
	b.t("前回电。\n记录人：")
	b.n(g.zhGiven2())
	b.t("\n")
}

func zhFangke(g *gen, b *bld) {
	b.t("访客登记簿  ", g.pick("A座大堂", "前台", "北门岗亭"), "\n序号|访客姓名|被访人|来访事由|进入时间\n")
	for i := range g.in(2, 5) {
		b.t(itoa(i+1), "|")
		b.n(g.zhName())
		b.t("|")
		b.n(g.zhName())
		b.t("|", g.pick("送货", "面试", "维修", "拜访"), "|", g.is(8, 17), ":", g.is(10, 59), "\n")
	}
}

func zhPeisong(g *gen, b *bld) {
	b.t("配送路线单 线路", g.is(1, 20), " 司机：")
	b.n(g.zhName())
	b.t("\n")
	for i := range g.in(3, 5) {
		b.t(itoa(i+1), ". ")
		if g.ch(0.6) {
			b.n(g.zhName())
			b.t(" ")
		}
		b.a(g.zhAddr())
		b.t(g.pick("（放门卫）", "（先打电话）", "", "（下午送）"), "\n")
	}
	b.t("调度：")
	b.n(g.zhName())
	b.t("\n")
}

func zhHuiyuan(g *gen, b *bld) {
	if g.ch(0.4) {
		b.t("# ", g.pick("羽毛球俱乐部", "钓鱼协会"), "会员续费\n会员:\n  姓名: ")
		b.n(g.zhName())
		b.t("\n  地址: ")
		b.a(g.zhAddr())
		b.t("\n  家属:\n")
		for range g.in(1, 2) {
			b.t("    - ")
			b.n(g.zhName())
			b.t("\n")
		}
		b.t("  介绍人: ")
		b.n(g.zhName())
		b.t("\n  赞助商: ")
		b.ng(g.of(zhCompanies))
		b.t("\n")
		return
	}
	b.t(g.pick("羽毛球俱乐部", "老年合唱团", "钓鱼协会", "书法协会"), "会员续费登记\n\n会员姓名：")
	b.n(g.zhName())
	b.t("\n通讯地址：")
	b.a(g.zhAddr())
	b.t("\n介绍人：")
	b.n(g.zhName())
	b.t("\n会费已交给财务")
	b.n(g.zhName())
	b.t("，有效期至明年")
	b.ng(g.pick("五月", "黄金周"))
	b.t("。\n")
}

func zhXiangqi(g *gen, b *bld) {
	b.t("社区象棋赛 第", g.is(1, 7), "轮对阵\n台次  红方        黑方\n")
	for i := range g.in(3, 6) {
		b.t(pad(itoa(i+1), 6))
		r := g.zhName()
		b.n(r)
		b.t(strings.Repeat("　", max(1, 6-len([]rune(r)))))
		b.n(g.zhName())
		b.t("\n")
	}
	b.t("裁判长：")
	b.n(g.zhName())
	b.t("；比赛地点：")
	b.a(g.zhAddr())
	b.t("\n")
}

func zhPinche(g *gen, b *bld) {
	b.t("【拼车】", g.pick("明早7点", "周五下班", "春节返乡"), "从", g.pick("郑州", "武汉", "温州"), "出发，还剩", g.is(1, 3), "个座。\n")
	b.t("车主：")
	b.n(g.zhName())
	b.t("，上车点：")
	b.a(g.zhAddr())
	b.t("。走")
	b.ng("高速公路")
	b.t("，不绕路。已上车：")
	b.n(g.zhName())
	b.t("、")
	b.n(g.zhName())
	b.t("。\n")
}

func zhWeituo(g *gen, b *bld) {
	p := g.zhName()
	b.t("授权委托书\n\n委托人：")
	b.n(p)
	b.t("，身份证号：", g.digits(6), "19", g.is(50, 99), g.digits(8), "\n住址：")
	b.a(g.zhAddr())
	b.t("\n受托人：")
	b.n(g.zhName())
	b.t("\n住址：")
	b.a(g.zhAddr())
	b.t("\n\n现委托")
	b.n(g.zhName())
	b.t("代为办理房屋过户事宜。\n\n委托人（签字）：")
	b.n(p)
	b.t("\n", g.is(2020, 2025), "年", g.is(1, 12), "月", g.is(1, 28), "日\n")
}

func zhCaifang(g *gen, b *bld) {
	iv, ie := g.zhName(), g.zhName()
	b.t("采访实录（录音整理）\n记者：")
	b.n(iv)
	b.t("  受访者：")
	b.n(ie)
	b.t("\n\n")
	b.n(iv)
	b.t("：您小时候住在哪里？\n")
	b.n(ie)
	b.t("：我们家住在")
	b.a(g.zhAddr())
	b.t("，旁边就是")
	b.ng(g.pick("黄河", "王府井", "朱雀大街", "中山陵"))
	b.t("。我爸在")
	b.ng(g.pick("林业局", "海尔冰箱厂", "周大福"))
	b.t("上班。（笑）我姐")
	b.n(g.zhGiven2())
	b.t("现在还住那儿。\n")
	b.n(iv)
	b.t("：您母亲呢？\n")
	b.n(ie)
	b.t("：她叫")
	b.n(g.zhName())
	b.t("，后来搬到")
	b.a(g.zhAddr())
	b.t("了。\n")
}

func zhNegShangpin(g *gen, b *bld) {
	b.t("本周好物推荐：\n")
	for range g.in(3, 5) {
		b.t("· ")
		b.ng(g.of(zhProducts))
		b.t(g.pick("，限时特价", "，买一送一", "，门店有售"), "\n")
	}
	b.t("活动截止到")
	b.ng(g.pick("星期三", "周末"))
	b.t("。\n")
}

func zhNegLvyou(g *gen, b *bld) {
	b.t("攻略：早上从")
	b.ng(g.pick("王府井", "白云机场", "钱江新城"))
	b.t("出发，走")
	b.ng(g.pick("中山路", "高速公路", "朱雀大街"))
	b.t("到")
	b.ng(g.pick("黄山", "岳阳楼", "梁山", "中山陵"))
	b.t("，中午吃")
	b.ng(g.pick("韩国料理", "方便面", "胡萝卜炒蛋"))
	b.t("，")
	b.ng(g.pick("周末", "黄金周", "高考"))
	b.t("人多。\n")
}

func zhNegXinwen(g *gen, b *bld) {
	b.t("快讯：")
	b.ng(g.of(zhCompanies))
	b.t("发布年报；")
	b.ng(g.of(zhCompanies))
	b.t("获")
	b.ng(g.pick("诺贝尔奖", "鲁迅文学奖"))
	b.t("提名；")
	b.ng(g.pick("宋庆龄基金会", "马云基金会"))
	b.t("捐建新校舍。\n")
}
