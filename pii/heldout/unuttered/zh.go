package unuttered

import (
	"strings"
)

var zhSurname = strings.Fields(`王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 彭 曾 肖 田 董 袁 潘 于 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 石 廖 贾 夏 韦 付 方 白 邹 孟 熊 秦 邱 江 尹 薛 闫 段 雷 侯 龙 史 陶 黎 贺 顾 毛 郝 龚 邵 万 钱 严 覃 武 戴 莫 孔 向 汤 常 温 康 施 文 牛 樊 葛 邢 安 齐 易 乔 伍 庞 颜 倪 庄 聂 章 鲁 岳 翟 殷 詹 申 欧阳 司马 诸葛 上官 东方 令狐 慕容 皇甫 尉迟 公孙`)

var zhGivenChars = []rune(`伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉建国志宇浩然梓涵欣怡子轩一诺雨桐思远俊豪晨曦紫萱嘉怡佳琪诗涵铭泽博文天佑若汐可馨宏宁海燕春梅晓东立新丹丹亮文斌雪婷慧敏振华婉清书瑶沐阳锦程景行昊然`)

var zhMinority = []string{"阿依古丽", "买买提·艾力", "热依拉", "古丽娜尔", "扎西顿珠", "格桑卓玛", "次仁央金", "巴特尔", "乌兰托娅", "阿力木江", "努尔兰", "其其格", "达瓦", "拉姆", "吐尔逊·托合提", "迪丽拜尔"}

var zhProvCities = [][3]string{
	{"广东省", "广州市", "天河区"}, {"广东省", "深圳市", "南山区"}, {"浙江省", "杭州市", "西湖区"}, {"江苏省", "南京市", "鼓楼区"},
	{"江苏省", "苏州市", "姑苏区"}, {"四川省", "成都市", "武侯区"}, {"湖北省", "武汉市", "洪山区"}, {"湖南省", "长沙市", "岳麓区"},
	{"山东省", "青岛市", "市南区"}, {"河南省", "郑州市", "金水区"}, {"陕西省", "西安市", "雁塔区"}, {"福建省", "厦门市", "思明区"},
	{"辽宁省", "沈阳市", "和平区"}, {"云南省", "昆明市", "五华区"}, {"安徽省", "合肥市", "蜀山区"}, {"河北省", "石家庄市", "长安区"},
	{"新疆维吾尔自治区", "乌鲁木齐市", "天山区"}, {"广西壮族自治区", "南宁市", "青秀区"}, {"内蒙古自治区", "呼和浩特市", "赛罕区"},
	{"北京市", "", "海淀区"}, {"上海市", "", "浦东新区"}, {"天津市", "", "南开区"}, {"重庆市", "", "渝中区"},
	{"黑龙江省", "哈尔滨市", "南岗区"}, {"贵州省", "贵阳市", "云岩区"}, {"江西省", "南昌市", "东湖区"}, {"甘肃省", "兰州市", "城关区"},
}

var zhRoads = strings.Fields(`人民路 解放路 建设路 中山路 和平路 文化路 新华路 胜利路 长江路 黄河路 学府路 科技路 滨江大道 世纪大道 东风路 光明街 幸福街 朝阳北路 南京西路 天府大道 迎宾路 工业园路 青年路 花园街 府前街 翠竹路 金沙路 桂林路 望江路 环城东路`)

var zhCompounds = strings.Fields(`阳光花园 碧桂园 万科城 幸福家园 绿地小区 翠湖苑 金色家园 锦绣华庭 东方明珠苑 世纪新城 保利花园 和谐家园 丽景湾 春江花月 银河湾 书香门第 南湖小区 紫荆公寓 职工宿舍 新村`)

func zhName(g *gen) string {
	if g.chance(0.05) {
		return g.of(zhMinority)
	}
	s := g.of(zhSurname)
	n := 1
	if g.chance(0.6) {
		n = 2
	}
	var gv []rune
	for range n {
		gv = append(gv, zhGivenChars[g.r.IntN(len(zhGivenChars))])
	}
	return s + string(gv)
}

func zhSurnameOf(n string) string {
	r := []rune(n)
	for _, s := range zhSurname {
		if len([]rune(s)) == 2 && strings.HasPrefix(n, s) {
			return s
		}
	}
	return string(r[0])
}

func zhAddr(g *gen) string {
	pc := zhProvCities[g.r.IntN(len(zhProvCities))]
	var sb strings.Builder
	full := g.r.IntN(3)
	switch full {
	case 0:
		sb.WriteString(pc[0] + pc[1] + pc[2])
	case 1:
		if pc[1] != "" {
			sb.WriteString(pc[1] + pc[2])
		} else {
			sb.WriteString(pc[0] + pc[2])
		}
	default:
		sb.WriteString(pc[0])
		if pc[1] != "" {
			sb.WriteString(" " + pc[1])
		}
		sb.WriteString(" " + pc[2] + " ")
	}
	if g.chance(0.2) {
		sb.WriteString(g.pick("龙华街道", "五里店街道", "城南街道", "北苑街道"))
	}
	sb.WriteString(g.of(zhRoads) + g.itoa(1, 999) + "号")
	switch g.r.IntN(4) {
	case 0:
		sb.WriteString(g.of(zhCompounds) + g.itoa(1, 30) + "栋" + g.itoa(1, 4) + "单元" + g.itoa(1, 32) + "0" + g.itoa(1, 6) + "室")
	case 1:
		sb.WriteString(g.of(zhCompounds) + g.itoa(1, 20) + "-" + g.itoa(1, 4) + "-" + g.itoa(101, 2804))
	case 2:
		sb.WriteString(g.itoa(1, 12) + "号楼" + g.itoa(101, 1802) + "室")
	}
	return sb.String()
}

var zhNegWords = strings.Fields(`王国 张开 高兴 黄金 马上 方便 周末 林业 江南 白天 金融 钱包 石头 常见 万一 何必 安全 高速 陈列 程序 余额 段落 毛巾 向日葵 牛奶 龙头 文件 宋体 黎明 夏天 孔雀 雷达 范围 韩剧 严格 齐全 易拉罐 温度 康复 包装 朱红 秦岭 武术 邓小平理论 路口 钟表 熊猫 田径 董事会 曾经 孟夏 史料 鲁菜 龚滩 汤圆 任务 杜鹃花 姜茶 杨梅 葛根 罗盘 胡同`)

var zhNegBrands = []string{"李宁", "王老吉", "张小泉", "周大福", "马应龙", "老干妈", "陈李济", "同仁堂", "邓记", "张裕", "周黑鸭", "杨国福麻辣烫", "钱大妈", "黄飞红", "孙悟空奶茶", "王守义十三香", "谭木匠", "曹操出行", "小米", "华为", "格力", "海底捞", "李锦记", "刘一手火锅"}

var zhNegPlaces = []string{"中山公园", "鲁迅公园", "宋庆龄故居", "林则徐纪念馆", "孙中山纪念堂", "逸夫楼", "邵逸夫体育馆", "张江高科站", "岳王庙", "杜甫草堂", "武侯祠", "毛泽东纪念堂", "雷锋纪念馆", "郑和公园", "包公祠", "中关村", "西湖", "黄鹤楼"}

var zhKinds = []kind{
	{"酒店入住登记", zhHotel}, {"航班旅客名单", zhManifest}, {"银行汇款单", zhRemit},
	{"图书逾期通知", zhLibrary}, {"违章停车告知单", zhParking}, {"水电费催缴", zhUtility},
	{"结婚启事", zhWedding}, {"户口登记", zhHukou}, {"志愿者名单", zhVolunteer},
	{"贷款申请", zhLoan}, {"失物招领", zhLostFound}, {"比赛报名表", zhContest},
	{"值班表", zhDuty}, {"外卖订单", zhTakeout}, {"居住证申请", zhResidence},
}

var zhNegKinds = []kind{{"neg_商品清单", zhNegGoods}, {"neg_旅游攻略", zhNegTravel}, {"neg_新闻短讯", zhNegNews}}

func zhHotel(g *gen, b *builder) {
	b.t("旅客入住登记表\n房号：", g.itoa(201, 1818), "　入住日期：", g.zhDate(), "\n姓名：")
	b.name(zhName(g))
	b.t("\n证件类型：居民身份证　证件号码：", g.digits(6), "********", g.digits(4), "\n户籍地址：")
	b.addr(zhAddr(g))
	if g.chance(0.4) {
		b.t("\n同住人：")
		b.name(zhName(g))
	}
	b.t("\n前台经办：")
	b.name(zhName(g))
	b.t("\n")
}

func zhManifest(g *gen, b *builder) {
	b.t("航班 ", g.pick("CA", "MU", "CZ", "HU"), g.itoa(1000, 9999), " ", g.pick("PEK-CTU", "PVG-SZX", "CAN-URC"), " 旅客名单\n序号,姓名,证件号后四位,座位,备注\n")
	n := g.num(3, 6)
	for i := 1; i <= n; i++ {
		b.f("%d,", i)
		b.name(zhName(g))
		b.t(",", g.digits(4), ",", g.itoa(1, 45), g.pick("A", "C", "D", "K"), ",", g.pick("", "轮椅", "婴儿", "素食"), "\n")
	}
}

func zhRemit(g *gen, b *builder) {
	b.t("境内汇款申请书\n汇款人姓名：")
	b.name(zhName(g))
	b.t("\n汇款人地址：")
	b.addr(zhAddr(g))
	b.t("\n收款人户名：")
	if g.chance(0.3) {
		b.neg(g.of(zhNegBrands))
		b.t("餐饮管理有限公司")
	} else {
		b.name(zhName(g))
	}
	b.t("\n收款账号：6222 ", g.digits(4), " ", g.digits(4), " ", g.digits(4), "\n金额（大写）：", g.pick("壹万元整", "叁仟伍佰元整", "捌佰元整"), "\n用途：", g.pick("学费", "货款", "生活费", "房租"), "\n")
}

func zhLibrary(g *gen, b *builder) {
	n := zhName(g)
	b.name(n)
	b.t(g.pick("同学", "读者", "老师"), "：\n　　您借阅的《", g.pick("平凡的世界", "活着", "三体", "围城", "白鹿原"), "》已逾期", g.itoa(3, 60), "天，请尽快到", g.pick("图书馆一楼总服务台", "逸夫楼二楼借阅处"), "归还。逾期费按每天0.1元计。\n", g.pick("市图书馆", "校图书馆"), "流通部\n", g.zhDate(), "\n")
}

func zhParking(g *gen, b *builder) {
	b.t("违法停车告知单　编号：", g.digits(10), "\n车牌：", g.pick("粤B", "京A", "川A", "浙A", "沪C"), strings.ToUpper(g.pick("x", "k", "d")), g.digits(4), "\n停车地点：")
	if g.chance(0.5) {
		b.neg(g.of(zhNegPlaces))
		b.t("门口")
	} else {
		b.t(g.of(zhRoads), "与", g.of(zhRoads), "交叉口")
	}
	b.t("\n时间：", g.zhDate(), " ", g.itoa(7, 22), ":", g.pick("0", "1", "2", "3", "4", "5"), g.itoa(0, 9), "\n请机动车驾驶人于十五日内到交警大队接受处理。\n执勤民警：")
	b.name(zhName(g))
	b.t("　警号：", g.digits(6), "\n")
}

func zhUtility(g *gen, b *builder) {
	b.t("【缴费提醒】尊敬的")
	n := zhName(g)
	b.name(n)
	b.t(g.pick("先生", "女士", ""), "，您位于")
	b.addr(zhAddr(g))
	b.t("的", g.pick("电费", "水费", "燃气费"), "已欠费", g.itoa(20, 600), ".", g.digits(2), "元，请于", g.zhDate(), "前缴清，逾期将停止供应。户号", g.digits(10), "。\n")
}

func zhWedding(g *gen, b *builder) {
	b.t("结婚启事\n\n")
	b.name(zhName(g))
	b.t("先生与")
	b.name(zhName(g))
	b.t("女士经自由恋爱，定于", g.zhDate(), "在", g.pick("锦江饭店", "香格里拉大酒店", "家中"), "举行婚礼，敬请亲友光临。\n证婚人：")
	b.name(zhName(g))
	b.t("\n新居：")
	b.addr(zhAddr(g))
	b.t("\n")
}

func zhHukou(g *gen, b *builder) {
	b.t("常住人口登记卡\n户主姓名：")
	h := zhName(g)
	b.name(h)
	b.t("\n住址：")
	b.addr(zhAddr(g))
	b.t("\n")
	for range g.num(1, 3) {
		b.t("与户主关系：", g.pick("妻", "夫", "长子", "长女", "母"), "　姓名：")
		if g.chance(0.5) {
			b.name(zhSurnameOf(h) + string(zhGivenChars[g.r.IntN(len(zhGivenChars))]) + string(zhGivenChars[g.r.IntN(len(zhGivenChars))]))
		} else {
			b.name(zhName(g))
		}
		b.t("　民族：", g.pick("汉", "回", "壮", "满", "维吾尔", "藏"), "\n")
	}
}

func zhVolunteer(g *gen, b *builder) {
	b.t("| 序号 | 姓名 | 岗位 | 服务时长 |\n|---|---|---|---|\n")
	n := g.num(3, 6)
	for i := 1; i <= n; i++ {
		b.f("| %d | ", i)
		b.name(zhName(g))
		b.t(" | ", g.pick("引导", "物资", "医疗", "秩序"), " | ", g.itoa(2, 40), "小时 |\n")
	}
	if g.chance(0.5) {
		b.t("\n本次活动地点：")
		b.neg(g.of(zhNegPlaces))
		b.t("，感谢")
		b.neg(g.of(zhNegBrands))
		b.t("提供饮用水。\n")
	}
}

func zhLoan(g *gen, b *builder) {
	b.t(`{"申请人":"`)
	b.name(zhName(g))
	b.t(`","婚姻状况":"`, g.pick("已婚", "未婚"), `","居住地址":"`)
	b.addr(zhAddr(g))
	b.t(`","工作单位":"`)
	if g.chance(0.5) {
		b.neg(g.of(zhNegBrands))
		b.t("集团")
	} else {
		b.t(g.pick("市第一人民医院", "某某科技有限公司", "个体经营"))
	}
	b.t(`","申请金额":`, g.itoa(5, 200), `0000,"期限":"`, g.pick("12", "36", "60"), "个月\"}\n")
}

func zhLostFound(g *gen, b *builder) {
	b.t("失物招领\n　　", g.zhDate(), "在")
	b.neg(g.of(zhNegPlaces))
	b.t("附近拾到", g.pick("黑色钱包一个", "钥匙一串", "学生证一张", "雨伞一把"), "，")
	if g.chance(0.5) {
		b.t("内有署名")
		b.name(zhName(g))
		b.t("的证件，")
	}
	b.t("请失主到保安室认领。联系人：")
	n := zhName(g)
	b.name(zhSurnameOf(n))
	b.t(g.pick("师傅", "老师", "阿姨"), "，电话13", g.digits(9), "\n")
}

func zhContest(g *gen, b *builder) {
	b.t("姓名=")
	b.name(zhName(g))
	b.t(" 组别=", g.pick("青少年组", "成人组", "老年组"), " 项目=", g.pick("10公里", "半程马拉松", "象棋"), " 通讯地址=")
	b.addr(zhAddr(g))
	b.t(" 紧急联系人=")
	b.name(zhName(g))
	b.t(" 赞助商=")
	b.neg(g.of(zhNegBrands))
	b.t("\n")
}

func zhDuty(g *gen, b *builder) {
	b.t("办公室值班表（", g.pick("春节", "国庆", "五一"), "期间）\n")
	for _, d := range []string{"1日", "2日", "3日", "4日"} {
		b.t(d, "　带班领导：")
		b.name(zhName(g))
		b.t("　值班员：")
		b.name(zhName(g))
		b.t("、")
		b.name(zhName(g))
		b.t("\n")
	}
	b.t("值班电话：0", g.digits(2), "-", g.digits(8), "\n")
}

func zhTakeout(g *gen, b *builder) {
	b.t("订单号 ", g.digits(16), "\n")
	b.neg(g.of(zhNegBrands))
	b.t("（", g.pick("万达店", "学府路店", "总店"), "）\n", g.pick("宫保鸡丁", "酸菜鱼", "黄焖鸡米饭", "牛肉面"), " x", g.itoa(1, 3), "\n收货人：")
	n := zhName(g)
	if g.chance(0.5) {
		b.name(zhSurnameOf(n))
		b.t(g.pick("(先生)", "(女士)"))
	} else {
		b.name(n)
	}
	b.t("\n收货地址：")
	b.addr(zhAddr(g))
	b.t("\n骑手：")
	b.name(zhName(g))
	b.t("\n")
}

func zhResidence(g *gen, b *builder) {
	b.t("居住证申领登记表\n申请人：")
	b.name(zhName(g))
	b.t("　性别：", g.pick("男", "女"), "\n户籍地：")
	b.addr(zhAddr(g))
	b.t("\n现居住地址：")
	b.addr(zhAddr(g))
	b.t("\n房东：")
	b.name(zhName(g))
	b.t("\n受理民警：")
	b.name(zhName(g))
	b.t("\n")
}

func zhNegGoods(g *gen, b *builder) {
	b.t("本周特价：\n")
	for range g.num(3, 5) {
		b.t("・")
		if g.chance(0.5) {
			b.neg(g.of(zhNegBrands))
		} else {
			b.neg(g.of(zhNegWords))
		}
		b.t(" ", g.itoa(3, 99), ".9元\n")
	}
}

func zhNegTravel(g *gen, b *builder) {
	b.t("第一天上午去")
	b.neg(g.of(zhNegPlaces))
	b.t("，中午在")
	b.neg(g.of(zhNegBrands))
	b.t("吃饭，顺便买点")
	b.neg(g.of(zhNegWords))
	b.t("，下午可以再去")
	b.neg(g.of(zhNegPlaces))
	b.t("。\n")
}

func zhNegNews(g *gen, b *builder) {
	b.t("本报讯　")
	b.neg(g.of(zhNegWords))
	b.t("问题受到关注。", g.zhDate(), "，")
	b.neg(g.of(zhNegBrands))
	b.t("在")
	b.neg(g.of(zhNegPlaces))
	b.t("举办发布会，现场展示了")
	b.neg(g.of(zhNegWords))
	b.t("相关产品。\n")
}
