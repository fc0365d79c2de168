package heldout

import (
	"strconv"
)

var (
	zhSurname = []string{"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何",
		"高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁",
		"潘", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "姚", "卢", "姜", "崔", "钟", "谭",
		"陆", "汪", "范", "金", "石", "廖", "贾", "夏", "韦", "方", "白", "邹", "孟", "熊", "秦", "邱", "江", "尹", "薛",
		"闫", "段", "雷", "侯", "龙", "史", "陶", "黎", "贺", "顾", "毛", "郝", "龚", "邵", "万", "钱", "严", "覃", "武",
		"戴", "莫", "孔", "向", "汤", "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "慕容", "令狐", "尉迟", "长孙"}
	zhGiven = []string{"伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛",
		"明", "超", "秀兰", "霞", "平", "刚", "桂英", "子涵", "浩然", "梓萱", "一诺", "欣怡", "宇轩", "思远", "雨桐",
		"俊杰", "晓东", "建国", "春梅", "志强", "婷婷", "嘉怡", "文博", "佳琪", "振华", "海燕", "立新", "淑珍", "国栋"}
	zhHonorific = []string{"先生", "女士", "老师", "经理", "总", "医生", "同学", "主任"}
	// Province, prefecture city and district, as written on parcels.
	zhRegions = [][3]string{{"北京市", "", "朝阳区"}, {"北京市", "", "海淀区"}, {"上海市", "", "浦东新区"},
		{"上海市", "", "徐汇区"}, {"天津市", "", "和平区"}, {"重庆市", "", "渝中区"}, {"广东省", "深圳市", "南山区"},
		{"广东省", "广州市", "天河区"}, {"浙江省", "杭州市", "西湖区"}, {"江苏省", "南京市", "鼓楼区"},
		{"四川省", "成都市", "武侯区"}, {"湖北省", "武汉市", "洪山区"}, {"陕西省", "西安市", "雁塔区"},
		{"山东省", "青岛市", "市南区"}, {"福建省", "厦门市", "思明区"}, {"河南省", "郑州市", "金水区"},
		{"辽宁省", "沈阳市", "和平区"}, {"湖南省", "长沙市", "岳麓区"}, {"云南省", "昆明市", "五华区"},
		{"广西壮族自治区", "南宁市", "青秀区"}, {"内蒙古自治区", "呼和浩特市", "新城区"}, {"江苏省", "苏州市", "吴中区"},
		{"浙江省", "宁波市", "鄞州区"}, {"河北省", "石家庄市", "长安区"}, {"安徽省", "合肥市", "蜀山区"}}
	zhRoadStem = []string{"建国", "人民", "中山", "解放", "文三", "科技", "世纪", "滨江", "长江", "黄河", "和平", "新华",
		"学院", "高新南七", "南京西", "东风", "光明", "朝阳门北", "复兴", "天府", "珠江", "金沙", "青年", "五一"}
	zhRoadType = []string{"路", "路", "街", "大道", "大街", "巷", "道", "东路", "中路", "北路"}
	zhEstate   = []string{"阳光花园", "金地小区", "SOHO现代城", "万科城", "锦绣家园", "国贸大厦", "科技园", "恒隆广场", "幸福里", "绿地中心"}
	// Brands and words that begin with a surname character.
	zhNegatives = []string{"我买了一双李宁的跑鞋。", "夏天喝王老吉解暑。", "这把张小泉剪刀很好用。", "周大福的金饰在打折。",
		"老干妈辣酱又涨价了。", "马上就到，请稍等。", "周末一起去爬黄山吧。", "这个王国的故事很长。", "高速公路今天不堵车。",
		"方便的时候回个电话。", "金额已经到账了。", "白天气温较高，注意防暑。", "于是我们决定改期。", "常常加班到很晚。",
		"石头剪刀布，谁输谁请客。", "江苏的快递今天到了。", "林业局发布了防火通知。", "陈列柜里有新到的样品。",
		"黄色的包装更显眼。", "杨国福麻辣烫开了新店。", "张裕葡萄酒适合送礼。", "海底捞的服务一如既往。"}
)

func (g *gen) zhName() string {
	s := g.of(zhSurname)
	v := g.of(zhGiven)
	if len(s) == 3 && len(v) == 3 && g.chance(0.3) {
		v += g.pick("华", "明", "玲") // two-character given names are the most common
	}
	return s + v
}

func (g *gen) zhAddress() string {
	r := zhRegions[g.r.IntN(len(zhRegions))]
	s := r[0] + r[1] + r[2]
	if g.chance(0.15) {
		s = r[1] + r[2] // the province left out
		if s == r[2] {
			s = r[0] + r[2]
		}
	}
	s += g.of(zhRoadStem) + g.of(zhRoadType) + strconv.Itoa(1+g.r.IntN(300)) + "号"
	switch g.r.IntN(5) {
	case 0:
		s += g.of(zhEstate) + strconv.Itoa(1+g.r.IntN(30)) + g.pick("栋", "幢", "号楼") +
			strconv.Itoa(1+g.r.IntN(6)) + "单元" + strconv.Itoa(1+g.r.IntN(30)) + "0" + strconv.Itoa(1+g.r.IntN(4)) + g.pick("室", "房")
	case 1:
		s += g.of(zhEstate) + string(rune('A'+g.r.IntN(4))) + "座" + strconv.Itoa(1+g.r.IntN(30)) + g.digits(2) + "室"
	case 2:
		s += strconv.Itoa(1+g.r.IntN(60)) + g.pick("楼", "层")
	case 3:
		s += g.of(zhEstate) + strconv.Itoa(1+g.r.IntN(20)) + "号楼" + strconv.Itoa(100+g.r.IntN(2900)) + "室"
	}
	return s
}

func (g *gen) zhNegative(b *builder) { b.text(g.of(zhNegatives)) }

func zhEmail(g *gen, b *builder) {
	n := g.zhName()
	switch g.r.IntN(3) {
	case 0:
		b.name(n)
		b.text(g.of(zhHonorific), "：\n\n您好！")
	case 1:
		b.text("尊敬的")
		b.name(n)
		b.text(g.of(zhHonorific), "：\n\n")
	default:
		b.text("亲爱的")
		b.name(g.zhGiven2())
		b.text("：\n\n")
	}
	b.text(g.pick("附件是本月的对账单。", "感谢您的订购。", "关于上次的会议，"))
	if g.chance(0.5) {
		g.zhNegative(b)
	}
	if g.chance(0.6) {
		b.text("请寄到")
		b.addr(g.zhAddress())
		b.text("。")
	}
	b.text(g.pick("\n\n此致\n敬礼\n", "\n\n祝好\n", "\n\n谢谢！\n"))
	b.name(g.zhName())
	b.text("\n")
}

func zhChat(g *gen, b *builder) {
	for range 2 + g.r.IntN(3) {
		b.text(g.clock(), " ")
		b.name(g.zhName())
		b.text(g.pick("：", ": "))
		switch g.r.IntN(4) {
		case 0:
			b.text("帮我问一下")
			b.name(g.zhName())
			b.text("方案改好了没")
		case 1:
			b.text("我到了，在")
			b.addr(g.zhAddress())
		case 2:
			g.zhNegative(b)
		default:
			b.text(g.pick("好的", "收到", "马上来", "晚点说"))
		}
		b.text("\n")
	}
}

func zhCSV(g *gen, b *builder) {
	b.text(g.pick("姓名,地址,金额\n", "收件人,收货地址,订单号\n", "联系人,住址,备注\n"))
	for range 1 + g.r.IntN(4) {
		b.name(g.zhName())
		b.text(",")
		b.addr(g.zhAddress())
		b.text(",", g.digits(6), "\n")
	}
}

func zhJSON(g *gen, b *builder) {
	b.text(`{"订单":`, g.digits(8), `,"`, g.pick("姓名", "收件人", "name", "联系人"), `":"`)
	b.name(g.zhName())
	b.text(`","`, g.pick("地址", "收货地址", "address"), `":"`)
	b.addr(g.zhAddress())
	b.text(`","备注":"`, g.of(zhNegatives), `"}`, "\n")
}

func zhLetter(g *gen, b *builder) {
	b.text("收件人：")
	b.name(g.zhName())
	b.text("\n地址：")
	b.addr(g.zhAddress())
	b.text("\n\n")
	b.name(g.zhName())
	b.text(g.of(zhHonorific), "：\n    您的来信已收悉。")
	g.zhNegative(b)
	b.text("\n\n")
	b.name(g.zhName())
	b.text("\n2025年3月", strconv.Itoa(1+g.r.IntN(28)), "日\n")
}

func zhLog(g *gen, b *builder) {
	b.text(g.stamp(), " INFO order.ship receiver=")
	b.name(g.zhName())
	b.text(" addr=")
	b.addr(g.zhAddress())
	b.text(" carrier=SF\n")
}

func zhReview(g *gen, b *builder) {
	b.text(g.pick("五星好评！", "一般般。", "很满意，"))
	g.zhNegative(b)
	b.text("快递员")
	b.name(g.zhSurname1() + g.pick("师傅", "小哥"))
	b.spans[len(b.spans)-1].End -= len("师傅") // the honorific is not the name
	b.text("很负责。——", "")
	b.name(g.zhName())
	b.text("\n")
}

// zhGiven2 is a two-character given name, by which friends write.
func (g *gen) zhGiven2() string {
	for {
		if v := g.of(zhGiven); len(v) == 6 {
			return v
		}
	}
}

// zhSurname1 is a single-character surname.
func (g *gen) zhSurname1() string {
	for {
		if v := g.of(zhSurname); len(v) == 3 {
			return v
		}
	}
}
