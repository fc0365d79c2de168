package unspoken

import (
	"strings"

	"github.com/comity-project/comity/pii"
)

var zhSurname = fields(`王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 彭 曾 肖 田 董 袁 潘 于 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 石 廖 贾 夏 韦 付 方 白 邹 孟 熊 秦 邱 江 尹 薛 闫 段 雷 侯 龙 史 陶 黎 贺 顾 毛 郝 龚 邵 万 钱 严 覃 武 戴 莫 孔 向 汤 常 温 康 施 文 牛 樊 葛 邢 安 齐 易 乔 伍 庞 颜 倪 庄 聂 章 鲁 岳 翟 殷 詹 申 欧 耿 关 兰 焦 俞 左 柳 甘 祝 包 宁 尚 符 舒 阮 柯 纪 梅 童 凌 毕 单 季 裴 霍 涂 成 苗 谷 盛 曲 翁 冉 骆 蓝 路 游 辛 靳 管 柴 蒙 鲍 华 喻 祁 欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 令狐 夏侯 司徒`)

var zhGivenChars = []rune("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英玉兰萍毅浩宇轩子涵欣怡梓萱诗雨博文思远嘉怡佳琪俊杰晨阳一鸣若曦雅婷志强建国建华国庆红梅春燕海燕晓东晓燕小龙丹丹婷婷慧敏立新永强凤英淑珍德福金凤瑞祥鹏飞宏伟振华子豪梦瑶雪梅冬梅秋菊晓明海涛天佑锦程沐阳欣妍雨桐语嫣皓轩宇航泽宇奕辰浩然一诺依诺可馨紫涵思彤昊天承泽铭远清扬书瑶心怡亦菲昕")

var zhMinority = fields(`扎西顿珠 次仁央宗 阿依古丽 买买提·艾力 热依拉·阿不都 巴特尔 乌兰托娅 格桑卓玛 达瓦次仁 阿卜杜热依木·麦麦提 努尔兰·沙吾提 白玛 其其格 阿迪力·吾守尔 那仁花 吉克阿依 阿布都拉 古丽娜尔 索朗旺姆 朝鲁门`)

var zhAreas = []struct {
	pc    string
	dists []string
}{
	{"浙江省杭州市", fields("西湖区 拱墅区 滨江区 余杭区")},
	{"江苏省南京市", fields("鼓楼区 玄武区 江宁区")},
	{"江苏省苏州市", fields("姑苏区 吴中区 工业园区")},
	{"广东省广州市", fields("天河区 越秀区 海珠区 番禺区")},
	{"广东省深圳市", fields("南山区 福田区 龙岗区 宝安区")},
	{"四川省成都市", fields("武侯区 锦江区 青羊区 成华区")},
	{"湖北省武汉市", fields("洪山区 江汉区 武昌区")},
	{"湖南省长沙市", fields("岳麓区 芙蓉区 雨花区")},
	{"山东省济南市", fields("历下区 槐荫区")},
	{"山东省青岛市", fields("市南区 崂山区 黄岛区")},
	{"河南省郑州市", fields("金水区 二七区 中原区")},
	{"陕西省西安市", fields("雁塔区 碑林区 未央区")},
	{"福建省厦门市", fields("思明区 湖里区")},
	{"安徽省合肥市", fields("蜀山区 包河区")},
	{"辽宁省沈阳市", fields("和平区 皇姑区 铁西区")},
	{"云南省昆明市", fields("五华区 盘龙区")},
	{"广西壮族自治区南宁市", fields("青秀区 西乡塘区")},
	{"新疆维吾尔自治区乌鲁木齐市", fields("天山区 沙依巴克区")},
	{"河北省石家庄市", fields("长安区 裕华区")},
	{"江西省南昌市", fields("东湖区 红谷滩区")},
	{"北京市", fields("海淀区 朝阳区 东城区 丰台区")},
	{"上海市", fields("浦东新区 徐汇区 静安区 闵行区")},
	{"天津市", fields("南开区 河西区")},
	{"重庆市", fields("渝中区 江北区 沙坪坝区")},
	{"黑龙江省哈尔滨市", fields("南岗区 道里区")},
	{"贵州省贵阳市", fields("云岩区 观山湖区")},
}

var zhRoad = fields(`文三路 中山路 人民路 解放路 建设路 和平街 长江路 黄河路 学院路 科技路 滨江大道 建国路 复兴路 延安西路 南京东路 天府大道 珞喻路 五一大道 经十路 高新路 湖滨南路 迎宾大道 新华街 朝阳北路 幸福路 光明街 青年路 东风路 丰收路 团结巷 银杏路 梧桐街`)

var zhCompound = fields(`阳光花园 金色家园 翠苑一区 锦绣华庭 幸福里小区 碧桂园 万科城 绿城桂花园 龙湖春江郦城 保利香槟国际 和谐家园 世纪新城 滨江花园 书香名邸 紫荆苑 电力宿舍 师大家属院 香樟园`)

var zhCounty = fields(`浙江省湖州市安吉县 浙江省杭州市桐庐县 湖南省长沙市宁乡市 四川省眉山市仁寿县 云南省昆明市宜良县 安徽省滁州市凤阳县 山东省济宁市曲阜市 浙江省宁波市宁海县 贵州省黔东南苗族侗族自治州雷山县`)

func (g *gen) zhName() string {
	if g.chance(0.05) {
		return g.of(zhMinority)
	}
	s := g.of(zhSurname)
	c := string(zhGivenChars[g.r.IntN(len(zhGivenChars))])
	if g.chance(0.7) {
		c += string(zhGivenChars[g.r.IntN(len(zhGivenChars))])
	}
	return s + c
}

func (g *gen) zhSur() string { return g.of(zhSurname) }

// zhAddr returns a Chinese address from the first administrative
// division to the number, building or room.
func (g *gen) zhAddr() string {
	a := zhAreas[g.r.IntN(len(zhAreas))]
	var s string
	if g.chance(0.15) {
		p := g.of(zhCounty)
		if i := strings.Index(p, "市"); i >= 0 && g.chance(0.3) {
			p = p[i+len("市"):]
		}
		return p + g.pick("城关镇", "新街镇", "双河镇", "白马乡") + g.pick("桃源村", "李家村", "红旗村", "上湾村") + g.num(1, 9) + "组" + g.num(1, 80) + "号"
	}
	switch g.r.IntN(4) {
	case 0:
		s = g.of(a.dists)
	default:
		s = a.pc + g.of(a.dists)
	}
	s += g.of(zhRoad) + g.num(1, 999) + "号"
	switch g.r.IntN(3) {
	case 0:
	case 1:
		s += g.of(zhCompound) + g.num(1, 30) + g.pick("栋", "幢", "号楼") + g.num(1, 6) + "单元" + g.num(1, 32) + pad2(g.n(1, 8)) + g.pick("室", "")
	default:
		s += g.of(zhCompound) + g.num(1, 20) + "-" + g.num(1, 4) + "-" + g.num(1, 28) + pad2(g.n(1, 6))
	}
	return s
}

var zhNegs = fields(`王府井 张江高科 李宁运动鞋 老干妈 周黑鸭 黄金周 方便面 林荫道 白开水 张家界 杜甫草堂 钱塘江 宋体 金山办公 海底捞 陈皮 孔子学院 关键 程序 高铁 马上 高兴 安全 温度 常规 包装 江南 毛巾 田园 石油 孙悟空 黄鹤楼 岳阳楼 何首乌 周末 林业局 杨梅 梅花 向日葵 华为 雷军语录 东方明珠 中山公园 人民广场站 朱家角古镇 马可波罗瓷砖 蒙牛 伊利 娃哈哈 王老吉`)

func (g *gen) zhNegPhrase(b *bld) {
	neg := g.of(zhNegs)
	switch g.r.IntN(4) {
	case 0:
		b.t("另：")
		b.neg(neg)
		b.t("相关事项另行通知。")
	case 1:
		b.t("（备注：")
		b.neg(neg)
		b.t("）")
	case 2:
		b.t("顺便说一下，")
		b.neg(neg)
		b.t("那边这周人很多。")
	default:
		b.t("附：")
		b.neg(neg)
		b.t("。")
	}
}

var zhKinds = []kind{
	{"meeting_minutes", zhMinutes},
	{"commendation", zhCommend},
	{"property_notice", zhProperty},
	{"waybill", zhWaybill},
	{"medical_record_front", zhMedical},
	{"student_roster", zhRoster},
	{"vehicle_transfer", zhVehicle},
	{"community_notice", zhCommunity},
	{"wechat_group", zhWechat},
	{"interview_receipt", zhInterview},
	{"village_notice", zhVillage},
	{"lawyer_letter", zhLawyer},
	{"insurance_claim", zhInsurance},
	{"moving_order_json", zhMoving},
	{"pet_clinic_csv", zhPet},
}

var zhNegKinds = []kind{
	{"neg_menu", zhNegMenu},
	{"neg_news", zhNegNews},
	{"neg_product", zhNegProduct},
}

func zhTitle(g *gen) string {
	return g.pick("同志", "女士", "先生", "老师", "经理", "主任", "")
}

func zhMinutes(g *gen, b *bld) {
	b.t("会议纪要\n时间：", g.date("-"), " 14:30\n地点：三楼会议室\n主持人：")
	b.n(g.zhName())
	b.t("\n记录人：")
	b.n(g.zhName())
	b.t("\n参会人员：")
	for i := range g.n(3, 6) {
		if i > 0 {
			b.t(g.pick("、", "，", " "))
		}
		b.n(g.zhName())
	}
	b.t("\n一、")
	b.n(g.zhSur())
	b.t(g.pick("总", "经理", "主任"), "通报了", g.pick("三季度销售情况", "安全生产检查结果", "新办公室搬迁进度"), "，新址为")
	b.a(g.zhAddr())
	b.t("。\n二、由")
	b.n(g.zhName())
	b.t("负责跟进。")
	if g.chance(0.4) {
		g.zhNegPhrase(b)
	}
	b.t("\n")
}

func zhCommend(g *gen, b *bld) {
	b.t("关于表彰", g.pick("2024", "2025"), "年度先进个人的通报\n\n各部门：\n经研究决定，对以下同志予以通报表彰：\n")
	for range g.n(2, 4) {
		b.n(g.zhName())
		b.t("（", g.pick("财务部", "生产一车间", "客服中心", "物流部"), "）\n")
	}
	b.t("希望受表彰的同志再接再厉。特别感谢")
	b.n(g.zhName())
	b.t(zhTitle(g), "在", g.pick("防汛抢险", "疫情值守", "系统上线"), "中的突出贡献。\n\n", g.pick("综合办公室", "人力资源部"), "\n", "2025年"+g.num(1, 12)+"月"+g.num(1, 28)+"日", "\n")
}

func zhProperty(g *gen, b *bld) {
	b.t("【物业通知】\n尊敬的业主：\n因", g.pick("二次供水水箱清洗", "电梯年检", "燃气管道改造"), "，", g.date("-"), "小区将暂停供", g.pick("水", "电", "气"), "。")
	b.t("受影响楼栋：")
	b.a(g.zhAddr())
	b.t("等。如有疑问请联系管家")
	b.n(g.zhName())
	b.t("，电话1", g.digits(10), "。")
	if g.chance(0.4) {
		g.zhNegPhrase(b)
	}
	b.t("\n", g.pick("物业服务中心", "客服部"), "\n")
}

func zhWaybill(g *gen, b *bld) {
	b.t(g.pick("顺丰速运", "中通快递", "京东物流", "EMS"), " 运单号：SF", g.digits(12), "\n收件人：")
	b.n(g.zhName())
	b.t(" 1", g.digits(2), "****", g.digits(4), "\n收件地址：")
	b.a(g.zhAddr())
	b.t("\n寄件人：")
	b.n(g.zhName())
	b.t("\n寄件地址：")
	b.a(g.zhAddr())
	b.t("\n托寄物：")
	b.neg(g.pick("老干妈辣酱", "周黑鸭鸭脖", "王老吉凉茶", "李宁跑鞋", "张小泉剪刀", "马应龙药膏"))
	b.t(" 数量：", g.num(1, 6), "\n")
}

func zhMedical(g *gen, b *bld) {
	b.t("住院病案首页\n姓名：")
	b.n(g.zhName())
	b.t("  性别：", g.pick("男", "女"), "  年龄：", g.num(3, 90), "岁\n现住址：")
	b.a(g.zhAddr())
	b.t("\n联系人姓名：")
	b.n(g.zhName())
	b.t("  关系：", g.pick("配偶", "子", "女", "母亲"), "\n入院诊断：", g.pick("社区获得性肺炎", "2型糖尿病", "急性阑尾炎", "腰椎间盘突出症"), "\n主治医师：")
	b.n(g.zhName())
	b.t("  住院医师：")
	b.n(g.zhName())
	b.t("\n")
}

func zhRoster(g *gen, b *bld) {
	b.t("| 学号 | 姓名 | 家庭住址 | 监护人 |\n|---|---|---|---|\n")
	for range g.n(2, 4) {
		b.t("| 2025", g.digits(4), " | ")
		b.n(g.zhName())
		b.t(" | ")
		b.a(g.zhAddr())
		b.t(" | ")
		b.n(g.zhName())
		b.t(" |\n")
	}
	b.t("班主任：")
	b.n(g.zhName())
	b.t("\n")
}

func zhVehicle(g *gen, b *bld) {
	b.t("机动车转移登记申请\n号牌号码：", g.pick("浙A", "粤B", "川A", "苏E", "京N"), g.digits(5), "\n车辆品牌：")
	b.neg(g.pick("比亚迪秦PLUS", "吉利星越", "长城哈弗H6", "红旗H5", "五菱宏光"))
	b.t("\n原所有人：")
	b.n(g.zhName())
	b.t("\n现所有人：")
	b.n(g.zhName())
	b.t("\n现所有人住所：")
	b.a(g.zhAddr())
	b.t("\n代理人：")
	b.n(g.zhName())
	b.t("\n")
}

func zhCommunity(g *gen, b *bld) {
	b.t(g.pick("社区", "街道"), "公示\n根据有关规定，现将", g.pick("2025年度低保", "高龄津贴", "廉租房"), "拟享受人员公示如下：\n")
	for range g.n(2, 4) {
		b.n(g.zhName())
		b.t("，住址：")
		b.a(g.zhAddr())
		b.t("\n")
	}
	b.t("公示期七天，如有异议请向社区居委会")
	b.n(g.zhName())
	b.t("反映。\n")
}

func zhWechat(g *gen, b *bld) {
	a, c := g.zhName(), g.zhName()
	b.n(a)
	b.t("：@")
	b.n(c)
	b.t(" 明天的", g.pick("家长会", "聚餐", "羽毛球"), "改地方了\n")
	b.n(c)
	b.t("：改哪了？\n")
	b.n(a)
	b.t("：")
	b.a(g.zhAddr())
	b.t("，到了打我电话\n")
	b.n(c)
	b.t("：收到👌")
	if g.chance(0.5) {
		b.t("我先去")
		b.neg(g.pick("海底捞", "肯德基", "瑞幸咖啡", "周黑鸭", "喜茶"))
		b.t("买点东西")
	}
	b.t("\n")
}

func zhInterview(g *gen, b *bld) {
	b.n(g.zhName())
	b.t(zhTitle(g), "您好：\n感谢您投递", g.pick("行政专员", "Java开发工程师", "仓储主管", "会计"), "岗位。请于", g.date("-"), "上午10点到")
	b.a(g.zhAddr())
	b.t("参加面试，联系人：")
	b.n(g.zhName())
	b.t("。请携带身份证及学历证明原件。\n——", g.pick("人力资源部", "招聘组"), "\n")
}

func zhVillage(g *gen, b *bld) {
	b.t("村委会公告\n经村民代表大会讨论，", g.pick("宅基地审批", "土地流转", "危房改造补助"), "名单如下：\n")
	for range g.n(2, 3) {
		b.n(g.zhName())
		b.t("  ")
		b.a(g.zhAddr())
		b.t("\n")
	}
	b.t("监督电话：村监委会")
	b.n(g.zhName())
	b.t("。")
	if g.chance(0.4) {
		g.zhNegPhrase(b)
	}
	b.t("\n")
}

func zhLawyer(g *gen, b *bld) {
	b.t("律师函\n致：")
	b.n(g.zhName())
	b.t("\n地址：")
	b.a(g.zhAddr())
	b.t("\n本所受")
	b.n(g.zhName())
	b.t("委托，就您拖欠货款一事致函如下：……请于收到本函后七日内履行付款义务。\n",
		g.pick("北京", "浙江", "广东"), g.pick("天平", "正义", "明德"), "律师事务所\n律师：")
	b.n(g.zhName())
	b.t("\n")
}

func zhInsurance(g *gen, b *bld) {
	b.t("理赔报案记录\n报案人：")
	b.n(g.zhName())
	b.t("；被保险人：")
	b.n(g.zhName())
	b.t("；出险地点：")
	b.a(g.zhAddr())
	b.t("；经过：", g.pick("暴雨导致车库进水", "家中水管爆裂", "停车时被剐蹭"), "。查勘员")
	b.n(g.zhName())
	b.t("已于当日到场。\n")
}

func zhMoving(g *gen, b *bld) {
	b.t(`{"订单号":"BJ`, g.digits(8), `","客户":"`)
	b.n(g.zhName())
	b.t(`","搬出地址":"`)
	b.a(g.zhAddr())
	b.t(`","搬入地址":"`)
	b.a(g.zhAddr())
	b.t(`","车型":"`, g.pick("金杯", "4.2米厢货", "依维柯"), `","师傅":"`)
	b.n(g.zhSur())
	b.t(`师傅","报价":`, g.num(300, 2600), "}\n")
}

func zhPet(g *gen, b *bld) {
	d := g.pick(",", "，", "\t")
	b.t("宠物名", d, "主人", d, "住址", d, "项目\n")
	for range g.n(2, 4) {
		b.neg(g.pick("旺财", "咪咪", "豆豆", "团子", "可乐", "大黄", "小白", "球球"))
		b.t(d)
		b.csv(pii.PersonName, g.zhName(), d)
		b.t(d)
		b.csv(pii.PostalAddress, g.zhAddr(), d)
		b.t(d, g.pick("狂犬疫苗", "驱虫", "绝育", "洗牙"), "\n")
	}
}

func zhNegMenu(g *gen, b *bld) {
	b.t("本店招牌\n")
	for range g.n(3, 5) {
		b.neg(g.pick("东坡肉", "宫保鸡丁", "麻婆豆腐", "左宗棠鸡", "叫花鸡", "西湖醋鱼", "佛跳墙", "老干妈炒饭", "李记凉皮", "王婆大虾", "张飞牛肉"))
		b.t(" ¥", g.num(18, 128), "\n")
	}
	b.t("欢迎品尝！")
	b.neg(g.pick("高温", "周末", "黄金周"))
	b.t("期间正常营业。\n")
}

func zhNegNews(g *gen, b *bld) {
	b.t("本报讯 ", g.date("-"), "，")
	b.neg(g.pick("黄鹤楼", "岳阳楼", "滕王阁", "杜甫草堂", "武侯祠", "东方明珠"))
	b.t("景区迎来客流高峰。受")
	b.neg(g.pick("高温", "台风", "连续降雨"))
	b.t("影响，")
	b.neg(g.pick("人民广场站", "中山公园站", "五一广场站", "钟楼站"))
	b.t("实施限流。")
	b.neg(g.pick("林业局", "文旅局", "交通运输局"))
	b.t("提醒市民错峰出行。\n")
}

func zhNegProduct(g *gen, b *bld) {
	b.t("产品说明：")
	b.neg(g.pick("王老吉凉茶", "张裕葡萄酒", "李锦记蚝油", "马应龙麝香痔疮膏", "金龙鱼调和油", "周大福金饰"))
	b.t("，")
	b.neg(g.pick("常温", "安全", "方便"))
	b.t("保存，开封后请尽快食用。生产商：")
	b.neg(g.pick("华润集团", "万达集团", "曹操出行", "孔府家酒业"))
	b.t("。\n")
}
