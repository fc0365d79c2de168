package unsaid

import "strings"

var zhSurname = []string{
	"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "罗", "高",
	"郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "潘", "袁", "蒋", "蔡", "余",
	"杜", "叶", "程", "魏", "苏", "吕", "丁", "任", "卢", "姚", "钟", "崔", "谭", "廖", "范", "汪", "陆", "金", "石", "贺",
	"欧阳", "司马", "诸葛", "上官", "慕容", "东方", "皇甫", "令狐", "尉迟", "公孙", "夏侯", "端木", "万俟", "闻人", "澹台",
	"钱", "路", "买", "古丽", "阿不都", "佟", "那", "鲍", "覃", "蒙", "韦", "麦",
}

var zhGiven = []string{
	"伟", "芳", "娜", "敏", "静", "磊", "洋", "勇", "军", "杰", "涛", "超", "明", "霞", "平", "刚", "桂英", "秀兰", "建华", "建国",
	"志强", "丽娟", "海燕", "晓明", "俊杰", "子涵", "梓萱", "浩然", "欣怡", "雨桐", "一诺", "思远", "佳琪", "宇轩", "诗涵", "婉清",
	"德胜", "凤英", "玉兰", "春生", "秋菊", "冬梅", "国庆", "跃进", "卫东", "红梅", "文博", "嘉怡", "梓豪", "若曦", "沐阳", "锦程",
	"晨", "昊", "璐", "岚", "彤", "鑫", "琦", "頔", "珏", "翀",
}

// zhAdmin holds province|city|district; a municipality has no province.
var zhAdmin = []string{
	"|北京市|朝阳区", "|北京市|海淀区", "|上海市|浦东新区", "|上海市|徐汇区", "|天津市|河西区", "|重庆市|渝中区",
	"浙江省|杭州市|西湖区", "浙江省|宁波市|鄞州区", "江苏省|南京市|鼓楼区", "江苏省|苏州市|工业园区", "广东省|深圳市|南山区", "广东省|广州市|天河区",
	"广东省|东莞市|长安镇", "四川省|成都市|武侯区", "湖北省|武汉市|洪山区", "湖南省|长沙市|岳麓区", "山东省|青岛市|市南区", "河南省|郑州市|金水区",
	"陕西省|西安市|雁塔区", "福建省|厦门市|思明区", "辽宁省|沈阳市|和平区", "黑龙江省|哈尔滨市|南岗区", "云南省|昆明市|五华区", "广西壮族自治区|南宁市|青秀区",
	"新疆维吾尔自治区|乌鲁木齐市|天山区", "内蒙古自治区|呼和浩特市|赛罕区", "贵州省|贵阳市|观山湖区", "安徽省|合肥市|蜀山区", "江西省|南昌市|红谷滩区", "河北省|石家庄市|长安区",
}

var zhRoad = []string{
	"建国路", "文三路", "中山北路", "人民南路", "解放大道", "长江路", "延安西路", "南京东路", "学院路", "科技园南路",
	"天府大道", "五一路", "东风路", "和平里北街", "胜利街", "光明巷", "百花里", "府前街", "滨江大道", "淮海中路",
}

var zhEstate = []string{
	"翠苑一区", "阳光花园", "金色家园", "锦绣江南", "万科城市花园", "碧桂园", "幸福里小区", "和平新村", "华润二十四城", "保利香槟国际",
	"东湖名苑", "桃源居", "世纪新城", "龙湖时代天街", "绿城桂花园",
}

var zhVillage = []string{
	"河南省周口市郸城县汝阳刘镇李楼村", "山东省菏泽市曹县庄寨镇张庄村", "四川省南充市仪陇县马鞍镇石板村", "安徽省阜阳市临泉县杨桥镇王寨村",
	"湖南省邵阳市隆回县桃洪镇罗洪村", "江西省赣州市于都县禾丰镇", "云南省大理白族自治州宾川县金牛镇", "甘肃省天水市秦安县兴国镇",
	"广西壮族自治区玉林市博白县东平镇", "河北省保定市涞源县走马驿镇北桥村",
}

var zhNum = []string{"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"}

func (g *gen) zhLast() string  { return g.of(zhSurname) }
func (g *gen) zhFirst() string { return g.of(zhGiven) }
func (g *gen) zhName() string  { return g.zhLast() + g.zhFirst() }

// zhAddr writes an address from its first administrative division to the
// room, or a village address down to the group.
func (g *gen) zhAddr() string {
	if g.chance(0.15) {
		v := g.of(zhVillage)
		if !strings.HasSuffix(v, "村") {
			v += g.pick("前进村", "新农村", "红旗村", "坪上村")
		}
		if g.chance(0.6) {
			v += g.of(zhNum) + "组"
		}
		if g.chance(0.4) {
			v += g.itoa(1, 80) + "号"
		}
		return v
	}
	a := strings.Split(g.of(zhAdmin), "|")
	var sb strings.Builder
	switch g.r.IntN(3) {
	case 0:
		sb.WriteString(a[0] + a[1] + a[2])
	case 1:
		sb.WriteString(a[1] + a[2])
	default:
		sb.WriteString(a[2])
	}
	if g.chance(0.2) {
		sb.WriteString(g.pick("东湖街道", "建外街道", "南湖街道", "五里墩街道"))
	}
	sb.WriteString(g.of(zhRoad))
	if g.chance(0.3) {
		sb.WriteString(g.itoa(10, 999) + "弄" + g.itoa(1, 60) + "号")
	} else {
		sb.WriteString(g.itoa(1, 888) + "号")
	}
	if g.chance(0.6) {
		sb.WriteString(g.of(zhEstate))
		switch g.r.IntN(4) {
		case 0:
			sb.WriteString(g.itoa(1, 30) + "栋")
		case 1:
			sb.WriteString(g.itoa(1, 30) + "幢")
		case 2:
			sb.WriteString(g.pick("A", "B", "C") + "座")
		default:
			sb.WriteString(g.itoa(1, 30) + "号楼")
		}
		if g.chance(0.6) {
			sb.WriteString(g.itoa(1, 6) + "单元")
		}
		sb.WriteString(g.itoa(1, 33) + "0" + g.itoa(1, 8) + g.pick("室", "", "室"))
	}
	return sb.String()
}

func (g *gen) zhPhone() string { return "1" + g.pick("3", "5", "8", "9") + g.digits(9) }
func (g *gen) zhDate() string {
	return "20" + g.itoa(23, 26) + "年" + g.itoa(1, 12) + "月" + g.itoa(1, 28) + "日"
}

var zhNegBrand = []string{
	"李宁", "王老吉", "张小泉", "周大福", "老干妈", "马应龙", "陈李济", "王守义十三香", "谭木匠", "杨国福麻辣烫", "张亮麻辣烫", "刘一手火锅",
}

var zhNegPlace = []string{
	"中山公园", "中山路", "逸仙路", "鲁迅公园", "宋庆龄故居", "黄山", "周庄", "岳阳楼", "孙中山纪念堂", "张家界", "黄浦江", "钱塘江", "王府井",
}

var zhNegWord = []string{"高峰", "黄金周", "周末", "白云", "江山", "石油", "金融", "文明", "安全", "高速", "林业", "马上", "方便", "平安"}

var zhNegNick = []string{"小王", "老李", "小张", "老陈", "大刘", "小周"}

var zhKinds = []kind{
	{"物业缴费通知", zhWuye},
	{"居委会通知", zhJuwei},
	{"医院挂号单", zhGuahao},
	{"驾校报名表", zhJiaxiao},
	{"家长群消息", zhJiazhang},
	{"二手交易帖", zhErshou},
	{"房产证摘录", zhFangchan},
	{"车辆年检通知", zhNianjian},
	{"志愿者名单", zhZhiyuan},
	{"社保转移申请", zhShebao},
	{"图书馆预约单", zhTushu},
	{"马拉松成绩", zhMalasong},
	{"保险理赔表", zhLipei},
}

var zhNegKinds = []kind{
	{"商场促销", zhNegCuxiao},
	{"出行提示", zhNegChuxing},
	{"工作群闲聊", zhNegXianliao},
}

func zhWuye(g *gen, b *bld) {
	b.t("【", g.pick("万科物业", "碧桂园服务", "绿城服务", "保利物业"), "】物业费缴费通知\n")
	b.t("尊敬的业主")
	b.n(g.zhName())
	b.t("：\n您位于")
	b.a(g.zhAddr())
	y := g.itoa(2023, 2025)
	b.t("的房屋，", y, "年1月1日至", y, "年12月31日物业费共计", g.itoa(600, 6000), ".00元尚未缴纳，请于本月底前到物业服务中心或通过APP缴纳。\n")
	b.t("如有疑问请联系管家")
	b.n(g.zhLast())
	b.t(g.pick("女士", "先生"), "，电话", g.zhPhone(), "。\n")
}

func zhJuwei(g *gen, b *bld) {
	b.t("居委会通知\n\n各位居民：\n本周六上午九点在")
	b.x(g.pick("中山公园", "鲁迅公园", "社区广场"))
	b.t("开展义诊活动，")
	b.x(g.pick("平安", "同仁堂", "马应龙"))
	b.t("药房派员参加。独居老人请提前登记，网格员")
	b.n(g.zhName())
	b.t("会上门了解情况。登记地点：社区服务站（")
	b.a(g.zhAddr())
	b.t("）。\n联系人：")
	b.n(g.zhLast())
	b.t("主任  ", g.zhPhone(), "\n")
	if g.chance(0.5) {
		b.t("另：")
		b.n(g.zhFirst())
		b.t("阿姨家的猫走丢了，见到请告知。\n")
	}
}

func zhGuahao(g *gen, b *bld) {
	b.t(g.pick("北京协和医院", "华西医院", "中山大学附属第一医院", "瑞金医院"), " 门诊挂号单\n")
	b.t("姓名：")
	b.n(g.zhName())
	b.t("    性别：", g.pick("男", "女"), "    年龄：", g.itoa(1, 90), "岁\n")
	b.t("科室：", g.pick("心内科", "骨科", "儿科", "皮肤科", "消化内科"), "    医生：")
	b.n(g.zhName())
	b.t(g.pick("（主任医师）", "（副主任医师）", ""), "\n就诊序号：", g.itoa(1, 80), "    挂号费：", g.pick("50", "100", "14"), "元\n")
	b.t("住址：")
	b.a(g.zhAddr())
	b.t("\n")
}

func zhJiaxiao(g *gen, b *bld) {
	b.t("| 项目 | 内容 |\n|---|---|\n| 学员姓名 | ")
	b.n(g.zhName())
	b.t(" |\n| 报考车型 | ", g.pick("C1", "C2", "B2", "D"), " |\n| 身份证住址 | ")
	b.a(g.zhAddr())
	b.t(" |\n| 现住址 | ")
	b.a(g.zhAddr())
	b.t(" |\n| 推荐人 | ")
	b.n(g.zhLast())
	b.t(g.pick("教练", "老师"))
	b.t(" |\n| 训练场 | ")
	b.x(g.pick("高峰训练场", "中山路考场", "黄金周末班"))
	b.t(" |\n")
}

func zhJiazhang(g *gen, b *bld) {
	cls := g.pick("三年级二班", "一年级五班", "初二（3）班")
	b.t(cls, "家长群\n")
	for range g.num(3, 5) {
		switch g.r.IntN(4) {
		case 0:
			b.n(g.zhName())
			b.t("妈妈：收到，谢谢")
			b.n(g.zhLast())
			b.t("老师！\n")
		case 1:
			b.t("班主任")
			b.n(g.zhLast())
			b.t("老师：明天带")
			b.x(g.pick("李宁", "安踏", "回力"))
			b.t("运动鞋，")
			b.x(g.pick("周末", "黄金周"))
			b.t("作业见附件。\n")
		case 2:
			b.n(g.zhFirst())
			b.t("爸爸：孩子今天的校服落在")
			b.x(g.pick("中山公园", "鲁迅公园"))
			b.t("了，我晚点去拿。\n")
		default:
			b.n(g.zhName())
			b.t("奶奶：我们搬家了，新地址")
			b.a(g.zhAddr())
			b.t("，请老师更新一下。\n")
		}
	}
}

func zhErshou(g *gen, b *bld) {
	b.t("【出】", g.pick("九成新婴儿车", "宜家书桌", "雅马哈电钢琴", "二手电动车"), "，", g.itoa(100, 2000), "元可小刀\n")
	b.t("同城自提，地址：")
	if g.chance(0.6) {
		b.a(g.zhAddr())
	} else {
		b.x(g.pick("中山公园", "王府井", "逸仙路"))
		b.t("地铁站附近")
	}
	b.t("。\n买家留言：")
	b.x("@" + g.pick("小王同学", "老李不老", "张三丰迷"))
	b.t(" 还在吗？\n卖家回复：在的，找")
	b.n(g.zhName())
	b.t("就行，下班后联系。\n")
}

func zhFangchan(g *gen, b *bld) {
	b.t("不动产权证书（摘录）\n")
	b.t("权利人：")
	b.n(g.zhName())
	if g.chance(0.5) {
		b.t("、")
		b.n(g.zhName())
	}
	b.t("\n共有情况：", g.pick("单独所有", "共同共有", "按份共有"), "\n坐落：")
	b.a(g.zhAddr())
	b.t("\n不动产单元号：", g.digits(6), "GB", g.digits(5), "F", g.digits(8), "\n用途：住宅\n面积：", g.itoa(40, 180), ".", g.digits(2), "㎡\n")
}

func zhNianjian(g *gen, b *bld) {
	b.t("【车管所】")
	b.n(g.zhName())
	b.t("您好，您的车辆", g.pick("浙A", "粤B", "京N", "沪C", "川A"), g.digits(5), "检验有效期至", g.zhDate(), "，请及时年检。")
	b.t("如您的行驶证地址已变更为")
	b.a(g.zhAddr())
	b.t("，请携带证件办理。检测站：")
	b.x(g.pick("中山路", "逸仙路", "高峰"))
	b.t("机动车检测站。\n")
}

func zhZhiyuan(g *gen, b *bld) {
	b.t("序号,姓名,性别,服务时长(小时),联系地址\n")
	for i := 1; i <= g.num(3, 6); i++ {
		b.t(itoa(i), ",")
		b.n(g.zhName())
		b.t(",", g.pick("男", "女"), ",", g.itoa(2, 120), ",")
		b.a(g.zhAddr())
		b.t("\n")
	}
	b.t("备注：活动地点")
	b.x(g.pick("孙中山纪念堂", "宋庆龄故居", "中山公园"))
	b.t("，负责人")
	b.x(g.pick("小王", "老李", "小周"))
	b.t("。\n")
}

func zhShebao(g *gen, b *bld) {
	b.t("{\"申请类型\":\"基本养老保险关系转移\",\"参保人\":\"")
	b.n(g.zhName())
	b.t("\",\"身份证号\":\"", g.digits(6), "19", g.itoa(60, 99), g.digits(7), "X\",\"转出地\":\"")
	b.t(g.pick("深圳市", "上海市", "成都市"), "\",\"通讯地址\":\"")
	b.a(g.zhAddr())
	b.t("\",\"经办人\":\"")
	b.n(g.zhName())
	b.t("\"}\n")
}

func zhTushu(g *gen, b *bld) {
	b.t("图书预约到馆通知\n读者：")
	b.n(g.zhLast())
	b.t("**") // the masked given name stays outside the span
	b.t("\n书名：《", g.pick("活着", "平凡的世界", "三体", "围城", "白鹿原"), "》\n作者：")
	b.n(g.pick("余华", "路遥", "刘慈欣", "钱锺书", "陈忠实"))
	b.t("\n取书地点：")
	b.x(g.pick("中山图书馆", "鲁迅纪念馆分馆", "逸仙分馆"))
	b.t("\n送书上门：")
	if g.chance(0.5) {
		b.a(g.zhAddr())
	} else {
		b.t("否")
	}
	b.t("\n")
}

func zhMalasong(g *gen, b *bld) {
	b.t(g.pick("杭州马拉松", "成都马拉松", "厦门国际马拉松"), " 成绩证书\n")
	b.t("选手：")
	b.n(g.zhName())
	b.t("\n参赛号：", g.pick("A", "B", "C"), g.digits(5), "\n净成绩：0", g.itoa(2, 5), ":", g.itoa(10, 59), ":", g.itoa(10, 59), "\n")
	b.t("赞助商：")
	b.x(g.pick("李宁", "周大福", "王老吉"))
	b.t("\n")
}

func zhLipei(g *gen, b *bld) {
	b.t("理赔申请书\n被保险人：")
	b.n(g.zhName())
	b.t("\n申请人：")
	b.n(g.zhName())
	b.t("（与被保险人关系：", g.pick("配偶", "子女", "本人"), "）\n出险地点：")
	b.a(g.zhAddr())
	b.t("\n出险经过：", g.zhDate(), "在家中摔伤，送")
	b.x(g.pick("中山医院", "同仁医院"))
	b.t("治疗。\n邮寄地址：")
	b.a(g.zhAddr())
	b.t("\n")
}

func zhNegCuxiao(g *gen, b *bld) {
	b.t("国庆", g.pick("黄金周", "周末"), "大促！")
	b.x(g.of(zhNegBrand))
	b.t("、")
	b.x(g.of(zhNegBrand))
	b.t("全场八折，地址就在")
	b.x(g.of(zhNegPlace))
	b.t("旁边。")
	b.x(g.pick("高峰", "周末"))
	b.t("时段人多，请错峰。\n")
}

func zhNegChuxing(g *gen, b *bld) {
	b.t("出行提示：晚")
	b.x("高峰")
	b.t("期间")
	b.x(g.of(zhNegPlace))
	b.t("周边拥堵，")
	b.x(g.pick("黄山", "张家界", "周庄"))
	b.t("景区限流。")
	b.x(g.of(zhNegWord))
	b.t("第一。\n")
}

func zhNegXianliao(g *gen, b *bld) {
	b.x(g.of(zhNegNick))
	b.t("：中午吃")
	b.x(g.pick("杨国福麻辣烫", "张亮麻辣烫", "刘一手火锅"))
	b.t("吗？\n")
	b.x(g.of(zhNegNick))
	b.t("：")
	b.x("马上")
	b.t("来，")
	b.x(g.of(zhNegNick))
	b.t("也去。\n")
}
