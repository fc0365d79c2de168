package sealed

import (
	"fmt"
	"github.com/comity-project/comity/pii/heldout"
	"strings"
)

// zhNeg are brands and shops named after people or starting with a
// surname character, and places named after people without a number.
var zhNeg = []string{"李宁", "王老吉", "张小泉", "周大福", "老干妈", "马应龙", "杨国福麻辣烫", "刘一手火锅", "陈李济", "周黑鸭",
	"海底捞", "王府井百货", "金六福", "黄飞红", "张亮麻辣烫", "谭鸭血", "钱大妈", "胡庆余堂", "曹操出行", "孔乙己酒家"}

var zhPlaceNeg = []string{"中山路", "鲁迅公园", "中山大学", "逸夫楼", "中山公园", "孙中山故居", "鲁迅文学奖", "茅盾文学奖", "诺贝尔奖", "宋庆龄基金会", "邓小平故居", "黄埔军校旧址"}

var zhWordNeg = []string{"金价", "高铁", "黄金周", "周末", "马上", "高兴", "方便", "白天", "王者荣耀", "李子", "林业", "万达广场", "钱包", "程序", "石头"}

func init() {
	register(heldout.ZH,
		kind{"kuaidi_miandan", false, zhMiandan},
		kind{"waimai_dingdan", false, zhWaimai},
		kind{"juzhuzheng", false, zhJuzhuzheng},
		kind{"weibo", false, zhWeibo},
		kind{"rexian_12345", false, zhRexian},
		kind{"xinwen", false, zhXinwen},
		kind{"chuyuan_xiaojie", false, zhChuyuan},
		kind{"yinhang_liushui", false, zhLiushui},
		kind{"budongchan_dengji", false, zhBudongchan},
		kind{"qiandao_biao", false, zhQiandao},
		kind{"toudi_jilu", false, zhToudi},
		kind{"bisai_chengji", false, zhBisai},
		kind{"wuye_tongzhi", false, zhWuye},
		kind{"fayuan_gonggao", false, zhFayuan},
		kind{"jieyue_jilu", false, zhJieyue},
		kind{"hukou_bu", false, zhHukou},
		kind{"juankuan_gongshi", false, zhJuankuan},
		kind{"pinpai_xinwen", true, zhNegPinpai},
		kind{"lvyou_gonglue", true, zhNegLvyou},
		kind{"richang", true, zhNegRichang},
	)
}

// zhHK are Hong Kong addresses written after "香港", which stays outside the label.
var zhHK = []string{"九龙湾宏照道38号企业广场五期2座15楼1502室", "旺角弥敦道610号荷李活商业中心12楼1203室", "铜锣湾轩尼诗道500号希慎广场23楼",
	"沙田石门安群街1号京瑞广场一期9楼F室", "中环德辅道中71号永安集团大厦8楼805室"}

func zhPhone(g *gen) string { return "1" + g.p("38", "39", "58", "86", "77") + "****" + g.digits(4) }

func zhMiandan(g *gen) {
	a, b := g.zhAddress(), g.zhAddress()
	g.t(g.p("顺丰速运", "中通快递", "圆通速递", "京东物流"), "  运单号：SF", g.digits(13), "\n")
	g.t("收件人：")
	g.n(g.zhFull())
	g.t("  ", zhPhone(g), "\n收件地址：")
	g.a(a.full(g.c(0.6), g.p("", " ")))
	g.t("\n寄件人：")
	if g.c(0.4) {
		g.x(g.p("李宁", "周大福", "王老吉", "张小泉", "老干妈") + g.p("官方旗舰店", "天猫旗舰店"))
	} else {
		g.n(g.zhFull())
	}
	g.t("  ", zhPhone(g), "\n寄件地址：")
	if g.c(0.15) {
		g.t("香港", g.p("", " "))
		g.a(g.p(zhHK...))
	} else {
		g.a(b.full(true, ""))
		if g.c(0.4) {
			if sep := g.p(" ", "  邮编：", "（", ","); sep == "（" {
				g.t(sep, b.post, "）")
			} else {
				g.t(sep, b.post)
			}
		}
	}
	g.t("\n托寄物：", g.p("日用品", "文件", "服饰"), "  件数：1  签收人：________\n")
}

func zhWaimai(g *gen) {
	a := g.zhAddress()
	sur, given := g.zhName()
	g.t("【", g.p("美团外卖", "饿了么"), "】#", fmt.Sprint(g.d(1, 99)), " ")
	g.x(g.p("杨国福麻辣烫", "刘一手火锅", "周黑鸭", "张亮麻辣烫", "谭鸭血"))
	g.t("\n下单时间：", fmt.Sprintf("%02d:%02d", g.d(10, 23), g.d(0, 59)), "  期望送达：尽快\n")
	g.t("备注：不要香菜，多放辣，到了打电话\n顾客：")
	g.n(sur)
	g.t(g.p("先生", "女士"), "  ", zhPhone(g), "\n送达地址：")
	g.a(a.local())
	g.t("\n骑手：")
	g.n(g.zhFull())
	g.t("\n")
	_ = given
}

func zhJuzhuzheng(g *gen) {
	a := g.zhAddress()
	name := g.zhFull()
	g.t("居住证\n姓  名 ")
	g.n(name)
	g.t("\n性  别 ", g.p("男", "女"), "    民  族 汉\n出  生 ", fmt.Sprintf("%d年%d月%d日", g.d(1950, 2005), g.d(1, 12), g.d(1, 28)), "\n居住地址 ")
	g.a(a.full(true, ""))
	g.t("\n签发机关 ", a.city, "公安局\n有效期限 2025.03.01-2030.03.01\n")
}

func zhWeibo(g *gen) {
	sur, given := g.zhName()
	c := g.r.IntN(3)
	g.t("#", []string{"寻人启事", "失物招领", "好人好事"}[c], "# ")
	switch c {
	case 0:
		g.t("我外婆")
		g.n(sur + given)
		g.t(fmt.Sprintf("，%d岁，今天上午在", g.d(60, 90)))
		g.x(g.p("中山公园", "鲁迅公园", "万达广场"))
		g.t("附近走失，穿蓝色外套。如有线索请联系@", g.p("小", "阿"), given, "的日常 或直接送到")
		g.a(g.zhAddress().local())
		g.t("，万分感谢！")
	case 1:
		g.t("今天在", g.p("地铁2号线", "高铁上"), "捡到一个钱包，里面有身份证，名字是")
		g.n(sur + given)
		g.t("，失主请私信我～ 转发扩散 @", g.p("同城热点", "本地宝"))
	default:
		g.t("感谢外卖小哥")
		g.n(g.zhFull())
		g.t("冒雨把我扶回家！已经给", g.p("美团", "饿了么"), "打电话表扬了 👍 顺便说一句")
		g.x(g.p("周黑鸭", "杨国福麻辣烫", "张亮麻辣烫", "谭鸭血", "老干妈", "王老吉"))
		g.t("真好吃")
	}
	g.t("\n", fmt.Sprint(g.d(1, 59)), "分钟前 来自 iPhone客户端  转发 ", fmt.Sprint(g.d(0, 999)), "  评论 ", fmt.Sprint(g.d(0, 300)), "\n")
}

func zhRexian(g *gen) {
	a := g.zhAddress()
	sur, _ := g.zhName()
	g.t("12345热线工单  编号：", g.digits(12), "\n来电人：")
	g.n(sur)
	g.t(g.p("女士", "先生"), "   联系电话：", zhPhone(g), "\n诉求类型：", g.p("噪音扰民", "占道经营", "物业纠纷", "供暖不热"), "\n反映地址：")
	g.a(a.full(false, ""))
	g.t("\n诉求内容：来电人反映", g.p("楼下烧烤店夜间噪音大", "小区供暖温度不达标", "小区门口占道经营"), "，要求尽快处理。\n承办单位：", a.dist, "城管局  经办人：")
	g.n(g.zhFull())
	g.t("\n办理结果：已联系", g.p("小王", "老李", "老张"), "现场核实，情况属实，已督促整改。\n") // nicknames from a surname stay unlabelled
}

func zhXinwen(g *gen) {
	rep, q := g.zhFull(), g.zhFull()
	s2, _ := g.zhName()
	g.t("本报讯（记者 ")
	g.n(rep)
	g.t("）", fmt.Sprint(g.d(1, 12)), "月", fmt.Sprint(g.d(1, 28)), "日，")
	if g.c(0.4) {
		g.t("家住")
		g.a(g.zhAddress().local())
		g.t("的")
	}
	g.t(g.p("市民", "退休教师", "快递员"))
	g.n(q)
	if g.c(0.3) {
		g.t(g.p("和", "与", "、"))
		g.n(g.zhFull())
	}
	g.t("告诉记者：“", g.p("这条路修好以后方便多了", "我们等了好几年", "希望早点解决"), "。”")
	g.t("据区住建局副局长")
	g.n(s2)
	g.t(g.p("先生", "女士"), "介绍，", g.p("改造工程将于黄金周后开工", "高铁站配套工程已进入收尾阶段", "周末将组织专家论证"), "。")
	if g.c(0.5) {
		g.t("项目位于")
		g.x(g.p("中山路", "中山大学", "逸夫楼", "宋庆龄基金会"))
		g.t("附近。")
	}
	g.t("\n")
}

func zhChuyuan(g *gen) {
	a := g.zhAddress()
	g.t("出院小结\n姓名：")
	g.n(g.zhFull())
	g.t("    性别：", g.p("男", "女"), "    年龄：", fmt.Sprint(g.d(18, 92)), "岁    住院号：", g.digits(8), "\n现住址：")
	g.a(a.full(g.c(0.5), ""))
	g.t("\n入院诊断：", g.p("社区获得性肺炎", "2型糖尿病", "急性阑尾炎"), "\n出院医嘱：", g.p("阿莫西林胶囊", "二甲双胍片", "头孢克肟片"), "，门诊随访。\n主治医师：")
	g.n(g.zhFull())
	g.t("   住院医师：")
	g.n(g.zhFull())
	g.t("\n")
}

func zhLiushui(g *gen) {
	g.t("交易日期    交易类型  金额        对方户名          摘要\n")
	for i := 0; i < g.d(3, 6); i++ {
		g.t(fmt.Sprintf("2026-%02d-%02d  ", g.d(1, 12), g.d(1, 28)))
		switch g.r.IntN(4) {
		case 0, 1:
			name := g.zhFull()
			g.t("转账支出  ", fmt.Sprintf("-%d.%02d", g.d(10, 9000), g.d(0, 99)), "  ")
			g.n(name)
			g.t(strings.Repeat(" ", 18-2*len([]rune(name))), g.p("房租", "还款", "生活费", "红包"))
		case 2:
			g.t("消费      ", fmt.Sprintf("-%d.%02d", g.d(10, 900), g.d(0, 99)), "  支付宝-")
			g.x(g.p("王老吉", "周大福", "李宁", "钱大妈", "胡庆余堂"))
			g.t("旗舰店    商品")
		default:
			name := g.zhFull()
			g.t("转账收入  ", fmt.Sprintf("+%d.%02d", g.d(10, 9000), g.d(0, 99)), "  ")
			g.n(name)
			g.t(strings.Repeat(" ", 18-2*len([]rune(name))), "工资")
		}
		g.t("\n")
	}
}

func zhBudongchan(g *gen) {
	a := g.zhAddress()
	g.t("不动产权证书  ", strings.TrimSuffix(a.city, "市"), "（2024）不动产权第", g.digits(7), "号\n权利人：")
	n := g.d(1, 2)
	for i := 0; i < n; i++ {
		if i > 0 {
			g.t(g.p("、", "，"))
		}
		g.n(g.zhFull())
	}
	g.t("\n共有情况：", map[bool]string{true: "单独所有", false: "共同共有"}[n == 1], "\n坐落：")
	g.a(a.full(false, ""))
	g.t("\n用途：住宅  面积：", fmt.Sprint(g.d(40, 200)), ".", g.digits(2), "平方米\n")
}

func zhQiandao(g *gen) {
	g.t(g.p("2026年度行业交流会", "第三届数字经济论坛", "教研组工作会议"), "签到表\n序号  姓名      单位                职务\n")
	for i := 1; i <= g.d(3, 6); i++ {
		name := g.zhFull()
		g.t(fmt.Sprintf("%-6d", i))
		g.n(name)
		g.t(strings.Repeat(" ", max(1, 10-2*len([]rune(name)))))
		unit := g.p("中山大学", "宋庆龄基金会", "市科技局", "华为技术有限公司", "李宁体育用品公司")
		if strings.Contains(unit, "中山") || strings.Contains(unit, "宋庆龄") || strings.Contains(unit, "李宁") {
			g.x(unit)
		} else {
			g.t(unit)
		}
		g.t("  ", g.p("副教授", "处长", "经理", "研究员", "—"), "\n")
	}
}

func zhToudi(g *gen) {
	withAddr := g.c(0.5)
	g.t("投递时间,职位,候选人,状态,跟进HR,备注")
	if withAddr {
		g.t(",现居住地")
	}
	g.t("\n")
	for i := 0; i < g.d(3, 5); i++ {
		g.t(fmt.Sprintf("2026-%02d-%02d,", g.d(1, 12), g.d(1, 28)), g.p("Java开发", "运营专员", "会计", "销售代表"), ",")
		g.n(g.zhFull())
		g.t(",", g.p("已投递", "初筛通过", "面试中", "已拒绝"), ",")
		s, _ := g.zhName()
		g.n(s)
		g.t(g.p("老师", "经理"), ",", g.p("", "期望薪资面议", "可马上到岗", "高铁通勤"))
		if withAddr {
			g.t(",")
			g.a(g.zhAddress().full(false, ""))
		}
		g.t("\n")
	}
}

func zhBisai(g *gen) {
	event := g.p("男子100米决赛", "女子跳远决赛", "女子1500米决赛")
	g.t(event, "成绩\n")
	for i := 1; i <= g.d(3, 6); i++ {
		result := fmt.Sprintf("%d.%02d秒", g.d(10, 11), g.d(0, 99))
		switch event {
		case "女子跳远决赛":
			result = fmt.Sprintf("%d.%02d米", g.d(5, 6), g.d(0, 99))
		case "女子1500米决赛":
			result = fmt.Sprintf("4分%02d秒%02d", g.d(5, 40), g.d(0, 99))
		}
		g.t(fmt.Sprintf("%d. ", i))
		g.n(g.zhFull())
		g.t("（", g.p("广东", "上海", "浙江", "四川", "山东"), "）  ", result, "\n")
	}
	g.t("裁判长：")
	g.n(g.zhFull())
	g.t("  比赛地点：")
	g.x(g.p("中山大学", "逸夫楼", "中山公园"))
	g.t("体育场\n")
}

func zhWuye(g *gen) {
	a := g.zhAddress()
	sur, _ := g.zhName()
	g.t("【物业通知】尊敬的")
	if g.c(0.5) {
		sur = g.zhFull()
	}
	g.n(sur)
	g.t(g.p("先生", "女士"), "：您位于")
	g.a(a.full(g.c(0.3), ""))
	g.t("的房屋", g.p("2025年度物业费", "本季度停车费", "水费"), "尚未缴纳，请于", fmt.Sprint(g.d(1, 30)), "日前到物业服务中心缴纳。如有疑问请联系管家")
	g.n(g.zhFull())
	g.t("。\n", g.p("绿城物业", "万科物业", "碧桂园服务"), "\n")
}

func zhFayuan(g *gen) {
	a := g.zhAddress()
	g.t(a.city, g.p("", a.dist), "人民法院公告\n")
	def := g.zhFull()
	g.n(def)
	g.t("：本院受理原告")
	if g.c(0.4) {
		g.x(g.p("海底捞", "周大福", "金六福"))
		g.t("有限公司")
	} else {
		g.n(g.zhFull())
	}
	g.t("诉你", g.p("民间借贷纠纷", "房屋租赁合同纠纷", "买卖合同纠纷"), "一案，因你下落不明（原住址：")
	g.a(a.full(true, ""))
	g.t("），依照《中华人民共和国民事诉讼法》第九十五条之规定，向你公告送达起诉状副本。\n审判员 ")
	g.n(g.zhFull())
	g.t("\n")
}

func zhJieyue(g *gen) {
	g.t("读者：")
	g.n(g.zhFull())
	g.t("  读者证号：", g.digits(10), "\n")
	books := []string{"《呐喊》", "《平凡的世界》", "《活着》", "《三体》", "《围城》", "《白鹿原》"}
	for i := 0; i < g.d(1, 3); i++ {
		g.t(g.p(books...), "  借出 2026-", fmt.Sprintf("%02d-%02d", g.d(1, 12), g.d(1, 28)), "  应还 2026-", fmt.Sprintf("%02d-%02d", g.d(1, 12), g.d(1, 28)), "\n")
	}
	g.t("取书馆：", g.p("市图书馆总馆", "少儿分馆"), "（")
	g.x(g.p("鲁迅公园", "中山公园", "逸夫楼"))
	g.t("旁）\n")
	if g.c(0.4) {
		g.t("送书上门地址：")
		g.a(g.zhAddress().local())
		g.t("\n")
	}
}

func zhNegPinpai(g *gen) {
	a, b := g.two(zhNeg)
	g.x(a)
	g.t(g.p("发布", "宣布"), g.p("第三季度财报", "新品", "门店扩张计划"), "，", g.p("与", "联合"))
	g.x(b)
	g.t("推出联名款，", g.p("黄金周期间", "周末"), "在")
	g.x(g.p("万达广场", "王府井百货"))
	g.t("首发。")
	g.negProse(zhNegSentences, 1)
	g.t("\n")
}

func zhNegLvyou(g *gen) {
	g.t("攻略：上午逛")
	g.x(g.p("鲁迅公园", "中山公园", "中山大学", "逸夫楼"))
	g.t("，中午去")
	g.x(g.p("中山路", "中山公园"))
	g.t("吃")
	g.x(g.p("老干妈", "周黑鸭", "海底捞"))
	g.t("，下午参观")
	g.x(g.p("孙中山故居", "邓小平故居", "黄埔军校旧址"))
	g.t("。")
	g.negProse(zhNegSentences, 1)
	g.t("\n")
}

func zhNegRichang(g *gen) {
	g.negProse(zhNegSentences, 3)
	g.t("\n")
}

func zhHukou(g *gen) {
	a := g.zhAddress()
	sur, _ := g.zhName()
	g.t("常住人口登记卡\n户主姓名：")
	g.n(sur + g.p(zhGiven2...))
	g.t("    户别：家庭户\n住址：")
	g.a(a.full(true, ""))
	g.t("\n")
	head := g.d(1950, 1990)
	for _, rel := range []string{"妻", "长子", "长女", "母"}[:g.d(1, 4)] {
		name, born := g.zhFull(), head+g.d(-3, 4)
		switch rel {
		case "长子", "长女":
			name, born = sur+g.p(zhGiven1...), head+g.d(22, 32)
		case "母":
			born = head - g.d(20, 32)
		}
		g.t("姓名：")
		g.n(name)
		g.t("  与户主关系：", rel, "  出生日期：", fmt.Sprintf("%d年%02d月%02d日", born, g.d(1, 12), g.d(1, 28)), "\n")
	}
	g.t("承办人签章：")
	g.n(g.zhFull())
	g.t("\n")
}

// zhJuankuan is a donation notice: names and amounts joined by 、.
func zhJuankuan(g *gen) {
	g.t(g.p("村委会", "校友会", "业主委员会"), "关于", g.p("修路", "助学", "抗洪救灾"), "捐款的公示\n截至", fmt.Sprint(g.d(1, 12)), "月", fmt.Sprint(g.d(1, 28)), "日，共收到捐款如下：")
	n := g.d(3, 7)
	for i := 0; i < n; i++ {
		if i > 0 {
			g.t("、")
		}
		if g.c(0.15) {
			g.x(g.p("周大福", "李宁", "钱大妈", "金六福"))
			g.t("门店", fmt.Sprint(g.d(5, 50)*100), "元")
			continue
		}
		g.n(g.zhFull())
		g.t(fmt.Sprint(g.d(1, 50)*50), "元")
	}
	g.t("。\n以上如有出入，请联系会计")
	s, _ := g.zhName()
	g.n(s)
	g.t("老师。捐款可送至")
	g.a(g.zhAddress().local())
	g.t("。\n")
}
