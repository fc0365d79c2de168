package fresh

import "strings"

// Surnames roughly in order of frequency; the head is repeated so common
// surnames come up more often, as they do in real rosters.
var zhSurnames = func() []string {
	top := strings.Split("王李张刘陈杨黄赵吴周", "")
	mid := strings.Split("徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤", "")
	rare := []string{"欧阳", "司马", "诸葛", "上官", "东方", "慕容", "皇甫", "令狐", "司徒", "尉迟", "端木", "宇文"}
	out := append([]string{}, top...)
	out = append(out, top...)
	out = append(out, top...)
	out = append(out, mid...)
	return append(out, rare...)
}()

var zhGiven = strings.Fields(`伟 芳 娜 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 秀英 霞 平 刚 桂英 建华 建国 志强 文 斌
浩 宇 欣怡 子涵 梓萱 浩然 宇轩 一诺 雨桐 思远 佳怡 俊杰 晓明 晓燕 婷婷 丹 鹏 辉 玉兰 春梅 海燕 国庆 红梅 淑珍
德华 家豪 志明 美玲 雅婷 怡君 冠宇 秀兰 桂兰 建军 红 玲 凤英 晨 欣 琳 倩 瑶 博文 梓涵 诗涵 子轩 皓轩 沐阳 若汐
天佑 嘉怡 振华 永红 卫东 文静 丽华 金凤 玉珍 少华 嘉欣 晓东 立新 海涛 春燕 志刚 亚楠 梦洁`)

// Given names usually read as male or female; 先生/女士 sentences use these.
var zhGivenM = strings.Fields(`伟 强 磊 军 洋 勇 杰 涛 明 超 刚 建华 建国 志强 斌 浩 宇 浩然 宇轩 思远 俊杰 晓明 鹏 辉 国庆 德华 家豪
志明 冠宇 建军 博文 子轩 皓轩 沐阳 天佑 振华 卫东 少华 晓东 立新 海涛 志刚`)
var zhGivenF = strings.Fields(`芳 娜 敏 静 丽 艳 娟 秀英 霞 桂英 欣怡 梓萱 雨桐 佳怡 晓燕 婷婷 丹 玉兰 春梅 海燕 红梅 淑珍 美玲 雅婷
怡君 秀兰 桂兰 红 玲 凤英 琳 倩 瑶 诗涵 若汐 嘉怡 永红 文静 丽华 金凤 玉珍 嘉欣 春燕 亚楠 梦洁`)

func (g *gen) zhName() string {
	return g.of(zhSurnames) + g.of(zhGiven)
}
func (g *gen) zhMan() string   { return g.of(zhSurnames) + g.of(zhGivenM) }
func (g *gen) zhWoman() string { return g.of(zhSurnames) + g.of(zhGivenF) }

// zhNick is a nickname built from a surname (小王, 老李): not a real name,
// never labelled.
func (g *gen) zhNick() string {
	s := g.of(zhSurnames[:40])
	return g.pick("小"+s, "老"+s)
}

type zhDiv struct {
	prov, city string
	dists      []string
	post       string
}

var zhDivs = func() []zhDiv {
	raw := `广东省|深圳市|南山区,福田区,宝安区,龙岗区|518000;广东省|广州市|天河区,越秀区,海珠区,番禺区|510000;
|北京市|朝阳区,海淀区,东城区,丰台区,昌平区|100000;|上海市|浦东新区,徐汇区,静安区,闵行区,杨浦区|200000;
|天津市|河西区,南开区,滨海新区|300000;|重庆市|渝中区,江北区,沙坪坝区|400000;浙江省|杭州市|西湖区,滨江区,余杭区|310000;
浙江省|宁波市|鄞州区,海曙区|315000;江苏省|南京市|鼓楼区,玄武区,江宁区|210000;江苏省|苏州市|姑苏区,吴中区,苏州工业园区|215000;
四川省|成都市|武侯区,锦江区,高新区,双流区|610000;湖北省|武汉市|洪山区,江汉区,武昌区|430000;湖南省|长沙市|岳麓区,雨花区|410000;
陕西省|西安市|雁塔区,碑林区,未央区|710000;山东省|青岛市|市南区,崂山区,黄岛区|266000;山东省|济南市|历下区,市中区|250000;
河南省|郑州市|金水区,二七区,郑东新区|450000;福建省|厦门市|思明区,湖里区|361000;辽宁省|沈阳市|和平区,沈河区|110000;
辽宁省|大连市|中山区,沙河口区|116000;黑龙江省|哈尔滨市|南岗区,道里区|150000;云南省|昆明市|五华区,盘龙区|650000;
安徽省|合肥市|蜀山区,包河区|230000;江西省|南昌市|东湖区,红谷滩区|330000;河北省|石家庄市|长安区,裕华区|050000;
广西壮族自治区|南宁市|青秀区,西乡塘区|530000;内蒙古自治区|呼和浩特市|新城区,赛罕区|010000;
新疆维吾尔自治区|乌鲁木齐市|天山区,沙依巴克区|830000;贵州省|贵阳市|云岩区,观山湖区|550000;吉林省|长春市|朝阳区,南关区|130000;
山西省|太原市|小店区,迎泽区|030000;海南省|海口市|美兰区,龙华区|570000;甘肃省|兰州市|城关区,七里河区|730000;
广东省|东莞市|南城街道,松山湖|523000;广东省|佛山市|顺德区,南海区|528000`
	var out []zhDiv
	for _, rec := range strings.Split(raw, ";") {
		f := strings.Split(strings.TrimSpace(rec), "|")
		out = append(out, zhDiv{f[0], f[1], strings.Split(f[2], ","), f[3]})
	}
	return out
}()

// Rural addresses run county, town, village and group.
var zhRural = []string{"河南省周口市郸城县宜路镇", "山东省菏泽市曹县庄寨镇", "湖南省邵阳市隆回县桃洪镇", "四川省南充市仪陇县马鞍镇",
	"江苏省徐州市沛县龙固镇", "河北省保定市清苑区冉庄镇", "安徽省阜阳市临泉县杨桥镇", "江西省赣州市于都县罗坳镇",
	"广西壮族自治区桂林市阳朔县白沙镇", "云南省大理白族自治州洱源县茈碧湖镇", "浙江省金华市义乌市佛堂镇"}
var zhVillages = strings.Fields(`王庄村 李家村 张湾村 陈家坝村 杨柳村 新华村 红旗村 前进村 东风村 马坊村 赵家堡村 大石桥村 刘集村`)

var zhRoads = strings.Fields(`科技南路 人民路 解放路 中山路 建设路 和平路 文化路 长江路 黄河路 南京东路 淮海中路 深南大道 天府大道
建国门外大街 五四路 滨江大道 中关村大街 学院路 新华路 幸福路 朝阳北路 漕溪北路 桂林路 延安西路 胜利街 东风路 光明巷
解放北路 花园路 北京路 中山北路 人民南路 望京街 文三路 金桥路 星火路 创业大道 迎宾大道 青年路 龙华路 工业大道 江南大道`)

var zhCommunities = strings.Fields(`阳光花园 碧桂园 万科城 翠苑小区 龙湖天街 金地名苑 华润城 世纪新城 保利花园 融创春风十里 锦绣江南
绿城桂花园 恒大名都 中海国际社区 紫薇花园 幸福里 和谐家园 东方明珠花苑 丽景湾 枫林绿洲 建业壹号城邦`)

var zhTWHK = []string{"臺北市大安區復興南路一段390號3樓", "新北市板橋區文化路一段188巷12號5樓", "臺中市西屯區臺灣大道三段99號",
	"高雄市苓雅區四維三路2號", "臺南市東區大學路1號", "桃園市中壢區中大路300號", "台北市信義區松仁路100號12樓之3",
	"九龍旺角彌敦道625號雅蘭中心1座12樓B室", "九龍尖沙咀廣東道33號中港城第3座10樓1001室", "新界沙田禾輋邨豐順樓15樓1503室",
	"香港島中環皇后大道中99號中環中心45樓", "九龍觀塘開源道49號創貿廣場21樓2105室", "新界荃灣青山公路荃灣段398號愉景新城2座8樓D室"}

type zhAddr struct {
	parts []string // admin divisions, then road, number, community, building, unit, room
	post  string
	trad  bool
}

func (g *gen) zhAddress() zhAddr {
	if g.p(0.1) {
		return zhAddr{parts: []string{g.of(zhTWHK)}, trad: true}
	}
	if g.p(0.12) {
		p := []string{g.of(zhRural), g.of(zhVillages)}
		if g.p(0.6) {
			p = append(p, g.num(1, 12)+"组")
		}
		p = append(p, g.num(1, 99)+"号")
		return zhAddr{parts: p, post: g.digits(6)}
	}
	d := zhDivs[g.r.IntN(len(zhDivs))]
	var p []string
	start := g.in(0, 9)
	if start < 6 && d.prov != "" {
		p = append(p, d.prov)
	}
	if start < 8 {
		p = append(p, d.city)
	}
	p = append(p, g.of(d.dists))
	if g.p(0.15) {
		p = append(p, g.pick("西乡街道", "粤海街道", "望京街道", "五角场街道", "梅林街道", "城关镇"))
	}
	p = append(p, g.of(zhRoads))
	num := g.num(1, 999) + "号"
	if g.p(0.1) {
		num = g.num(1, 200) + "弄" + g.num(1, 60) + "号"
	}
	p = append(p, num)
	switch {
	case g.p(0.55):
		p = append(p, g.of(zhCommunities))
		p = append(p, g.pick(g.num(1, 30)+"栋", g.num(1, 30)+"号楼", g.num(1, 12)+"幢", string("ABCDE"[g.r.IntN(5)])+"座"))
		if g.p(0.6) {
			p = append(p, g.num(1, 6)+"单元")
		}
		p = append(p, g.num(1, 33)+pad2(g.in(1, 12))+"室")
	case g.p(0.4):
		p = append(p, g.pick("科技大厦", "国贸中心", "创新园", "金融港", "软件园")+string("ABC"[g.r.IntN(3)])+"座", g.num(2, 40)+"楼"+g.num(1, 20)+"0"+g.num(1, 9)+"室")
	}
	return zhAddr{parts: p, post: d.post[:3] + g.digits(3)}
}

func (a zhAddr) text(g *gen) string {
	if g.p(0.15) && !a.trad {
		return strings.Join(a.parts, " ")
	}
	return strings.Join(a.parts, "")
}

func (g *gen) zhDate() string {
	return g.pick("2023", "2024", "2025") + "-" + pad2(g.in(1, 12)) + "-" + pad2(g.in(1, 28))
}
func (g *gen) zhPhone() string { return "1" + g.pick("3", "5", "8", "9") + g.digits(9) }

// Hard negatives: brands named after people, places named after people,
// nicknames, and words that begin with common surname characters.
var zhNegatives = []string{"李宁", "王老吉", "周大福", "张小泉", "老干妈", "同仁堂", "周黑鸭", "马应龙", "杨国福麻辣烫",
	"张亮麻辣烫", "李锦记", "谭木匠", "陈李济", "曾记", "王致和", "六必居", "黄飞红", "李子柒", "海底捞", "王守义十三香"}
var zhPlaceNegatives = []string{"中山公园", "中山路口", "逸夫楼", "鲁迅公园", "王府井", "张江高科", "黄鹤楼", "孙中山纪念堂",
	"岳麓书院", "杜甫草堂", "包公祠", "武侯祠", "苏堤"}

func (g *gen) zhPost(a zhAddr) string {
	if a.post == "" {
		return ""
	}
	return g.pick("，邮编"+a.post, "（邮编："+a.post+"）", " 邮政编码 "+a.post)
}

var zhKinds = []kind{
	{"客服记录", func(g *gen, b *builder) {
		p, a := g.zhWoman(), g.zhAddress()
		b.f("工单号：%s\n受理人：%n\n", g.digits(10), g.zhName())
		switch g.in(0, 2) {
		case 0:
			b.f("客户%n来电反映，%s礼盒在运输中破损，收货地址%a，要求补发。已登记，待仓库%s确认。\n", p, g.of(zhNegatives), a.text(g), g.zhNick())
		case 1:
			b.f("%n女士来电修改收货地址为：%a%s。原地址在%s，已作废。\n", p, a.text(g), g.zhPost(a), g.of(zhPlaceNegatives))
		default:
			b.f("回访记录：%n先生对安装师傅%n的服务表示满意。安装地址：%a。\n", g.zhMan(), g.zhName(), a.text(g))
		}
	}},
	{"理赔申请", func(g *gen, b *builder) {
		p, a := g.zhName(), g.zhAddress()
		b.f("机动车保险理赔申请书\n报案号：RDAA%s\n被保险人：%n\n联系电话：%s\n出险地点：%a\n出险时间：%s\n", g.digits(12), p, g.zhPhone(), a.text(g), g.zhDate())
		b.f("事故经过：本人驾车行驶至%s附近时，与%n驾驶的车辆发生追尾。对方车上乘客%n轻微擦伤。\n", g.pick("中山路口", "王府井", "张江高科地铁站"), g.zhName(), g.zhName())
		b.f("申请人签字：%n\n", p)
	}},
	{"快递员备注", func(g *gen, b *builder) {
		a := g.zhAddress()
		switch g.in(0, 2) {
		case 0:
			b.f("派件备注：%a 客户不在家，已放门口快递柜，取件码%s。联系人%n %s\n", a.text(g), g.digits(6), g.zhName(), g.zhPhone())
		case 1:
			b.f("【驿站】%s说放前台，前台%n已签收。地址%a\n", g.zhNick(), g.zhName(), a.text(g))
		default:
			b.f("改派：原址%a无人，收件人%n要求明天下午再送。\n", a.text(g), g.zhName())
		}
	}},
	{"订单导出", func(g *gen, b *builder) {
		b.f("订单编号,下单时间,收货人,手机号,收货地址,商品,实付金额\n")
		for i, k := 0, g.in(2, 5); i < k; i++ {
			a := g.zhAddress()
			b.f("%s,%s %s:%s,", g.digits(16), g.zhDate(), pad2(g.in(0, 23)), pad2(g.in(0, 59)))
			if g.p(0.4) {
				b.f("\"%n\",%s,\"%a\",", g.zhName(), g.zhPhone(), a.text(g))
			} else {
				b.f("%n,%s,%a,", g.zhName(), g.zhPhone(), a.text(g))
			}
			b.f("%s,%s.%s\n", g.pick("李宁跑鞋 42码", "王老吉 24罐", "周大福 足金手链", "张小泉 剪刀套装", "老干妈 风味豆豉"), g.num(9, 3000), pad2(g.in(0, 99)))
		}
	}},
	{"json", func(g *gen, b *builder) {
		p, a := g.zhName(), g.zhAddress()
		if g.p(0.5) {
			b.f("{\"receiver_name\":\"%n\",\"receiver_phone\":\"%s\",\"receiver_address\":\"%a\",\"post_code\":\"%s\",\"remark\":\"放%s那里\"}\n", p, g.zhPhone(), a.text(g), a.post, g.zhNick())
		} else {
			b.f("{\n  \"userInfo\": {\n    \"realName\": \"%n\",\n    \"nickName\": \"%s\",\n    \"idType\": 1\n  },\n  \"address\": {\n    \"detail\": \"%a\",\n    \"isDefault\": true\n  }\n}\n", p, g.zhNick(), a.text(g))
		}
	}},
	{"商品评价", func(g *gen, b *builder) {
		switch g.in(0, 3) {
		case 0:
			b.f("★★★★★ 质量很好，%s的正品，客服%n态度也好，推荐！\n", g.of(zhNegatives), g.zhName())
		case 1:
			b.f("物流太慢了，等了一周。快递员%s说是地址不对，我的地址明明是%a，差评。\n", g.zhNick(), g.zhAddress().text(g))
		case 2:
			b.f("给我老公买的，他很喜欢。下次还找%n下单。\n", g.zhName())
		default:
			b.f("店在%s旁边，老板娘%n人很好，%s做得也正宗。\n", g.of(zhPlaceNegatives), g.zhName(), g.pick("麻辣烫", "火锅", "小笼包"))
		}
	}},
	{"简历", func(g *gen, b *builder) {
		p, a := g.zhName(), g.zhAddress()
		b.f("个人简历\n\n姓名：%n        性别：%s\n出生年月：%s\n现居住地：%a\n手机：%s\n邮箱：%s@%s\n\n", p, g.pick("男", "女"), g.pick("1990.05", "1995.11", "1988.02"), a.text(g), g.zhPhone(), g.pick("zhangwei", "wangfang88", "lina_1993", "chenjing0612"), g.pick("163.com", "qq.com", "126.com"))
		b.f("工作经历\n2019.07-至今  %s  市场专员\n证明人：%n（部门经理）\n", g.pick("李宁（中国）体育用品有限公司", "周大福珠宝集团", "海底捞餐饮股份有限公司"), g.zhName())
	}},
	{"入学登记表", func(g *gen, b *builder) {
		s := g.of(zhSurnames)
		kid, dad, mom, a := s+g.of(zhGiven), s+g.of(zhGivenM), g.zhWoman(), g.zhAddress()
		b.f("%s小学 新生入学登记表\n学生姓名：%n  曾用名：无  小名：%s\n监护人1（父亲）：%n\n监护人2（母亲）：%n\n家庭住址：%a\n", g.pick("中山路", "逸夫", "实验", "育才"), kid, g.pick("豆豆", "乐乐", "小宝", "妞妞"), dad, mom, a.text(g))
		b.f("户籍地址：%a\n", g.zhAddress().text(g))
	}},
	{"婚礼请柬", func(g *gen, b *builder) {
		x, y := g.zhMan(), g.zhWoman()
		a := g.zhAddress()
		for a.trad {
			a = g.zhAddress()
		}
		b.f("谨定于%s（农历%s）\n为%n先生与%n女士举行结婚典礼\n敬备喜宴 恭候光临\n席设：%a %s大酒店%s厅\n", g.zhDate(), g.pick("三月初八", "八月十六", "腊月初六"), x, y, a.text(g), g.pick("金陵", "华天", "香格里拉"), g.pick("牡丹", "玉兰", "芙蓉"))
		b.f("新郎父母：%n %n 敬邀\n", g.zhName(), g.zhName())
	}},
	{"出警记录", func(g *gen, b *builder) {
		p, a := g.zhMan(), g.zhAddress()
		b.f("接处警登记表\n接警时间：%s %s:%s\n处警民警：%n、%n\n报警人：%n，男，身份证号略，住%a。\n", g.zhDate(), pad2(g.in(0, 23)), pad2(g.in(0, 59)), g.zhName(), g.zhName(), p, a.text(g))
		b.f("简要案情：报警人称其停放在%s的电动车被盗。经查看监控，嫌疑人系邻居%s（真实姓名%n）。\n", g.of(zhPlaceNegatives), g.zhNick(), g.zhName())
	}},
	{"租户投诉", func(g *gen, b *builder) {
		me, a := g.zhName(), g.zhAddress()
		for a.trad || len(a.parts) < 4 {
			a = g.zhAddress()
		}
		b.f("物业管理处：\n\n我是%a的业主%n。楼上住户%n每晚装修到十一点，多次沟通无果，请物业%s尽快处理。\n\n投诉人：%n\n%s\n", a.text(g), me, g.zhName(), g.zhNick(), me, g.zhDate())
	}},
	{"微信聊天记录", func(g *gen, b *builder) {
		x, y := g.zhName(), g.zhName()
		day, min := g.zhDate(), g.in(7*60, 21*60)
		ts := func() string {
			min += g.in(0, 15)
			return day + " " + pad2(min/60) + ":" + pad2(min%60) + ":" + pad2(g.in(0, 59))
		}
		b.f("%s %n：到了吗？\n", ts(), x)
		b.f("%s %s：还没，地址发我一下\n", ts(), g.pick("A建材-"+g.zhNick(), g.zhNick(), "🌸"+g.zhNick()))
		b.f("%s %n：%a\n", ts(), x, g.zhAddress().text(g))
		b.f("%s %n：[图片]\n%s %n：好的，%n也一起来\n", ts(), y, ts(), y, g.zhName())
	}},
	{"邮件", func(g *gen, b *builder) {
		x, y, a := g.zhName(), g.zhName(), g.zhAddress()
		b.f("发件人：%n <%s@%s>\n主题：回复：合同寄送地址\n\n%n您好：\n\n已收到，合同今天寄出。\n\n%n\n%s有限公司 法务部\n\n", x, g.pick("hr", "legal", "service"), g.pick("example.cn", "corp.cn"), y, x, g.pick("华润", "海底捞", "同仁堂"))
		b.f("> 在%s，%n写道：\n> %n，麻烦把合同寄到%a，收件人写我。\n> 谢谢！\n", g.zhDate(), y, x, a.text(g))
	}},
	{"会议纪要", func(g *gen, b *builder) {
		b.f("## 周例会纪要 %s\n\n**参会人**：%n、%n、%n\n\n- 新仓库地址确定为%a\n- @%s 负责跟进%s的合同\n- 待办：%n联系物业\n", g.zhDate(), g.zhName(), g.zhName(), g.zhName(), g.zhAddress().text(g), g.pick("lihua", "wang_fang", "zhangwei01"), g.of(zhNegatives), g.zhName())
	}},
	{"开户申请表", func(g *gen, b *builder) {
		s, gv, a := g.of(zhSurnames), g.of(zhGiven), g.zhAddress()
		b.f("个人开户申请表\n姓：%n    名：%n\n性别：%s\n证件类型：居民身份证\n通讯地址：%a\n%s\n紧急联系人：%n（%s）\n", s, gv, g.pick("男", "女"), a.text(g), strings.TrimPrefix(g.zhPost(a), "，"), g.zhName(), g.pick("配偶", "父亲", "母亲", "朋友"))
	}},
	{"html", func(g *gen, b *builder) {
		b.f("<div class=\"addr-card\">\n  <span class=\"name\">%n</span> <span class=\"tel\">%s</span>\n  <p class=\"detail\">%a</p>\n  <em>默认地址</em>\n</div>\n", g.zhName(), g.zhPhone(), g.zhAddress().text(g))
	}},
	{"快递面单", func(g *gen, b *builder) {
		a, s := g.zhAddress(), g.zhAddress()
		b.f("收件人：%n %s\n收件地址：%a\n%s\n", g.zhName(), g.zhPhone()[:3]+"****"+g.zhPhone()[7:], a.text(g), strings.TrimPrefix(g.zhPost(a), "，"))
		b.f("寄件人：%n\n寄件地址：%a\n", g.zhName(), s.text(g))
	}},
	{"日志", func(g *gen, b *builder) {
		b.f("%s %s:%s:%s INFO order.ship receiver=%n addr=%a tel=%s\n", g.zhDate(), pad2(g.in(0, 23)), pad2(g.in(0, 59)), pad2(g.in(0, 59)), g.zhName(), g.zhAddress().text(g), g.zhPhone())
		b.f("%s %s:%s:%s WARN kyc.mismatch real_name=%n nick=%s\n", g.zhDate(), pad2(g.in(0, 23)), pad2(g.in(0, 59)), pad2(g.in(0, 59)), g.zhName(), g.zhNick())
	}},
	{"负例", func(g *gen, b *builder) {
		switch g.in(0, 2) {
		case 1:
			b.f("今天去%s逛了逛，在%s买了项链，中午吃的%s。%s说%s在打折，王者荣耀新赛季也开始了。\n", g.of(zhPlaceNegatives), g.pick("周大福", "周生生", "老凤祥"), g.pick("海底捞", "杨国福麻辣烫", "周黑鸭"), g.zhNick(), g.of(zhNegatives))
			return
		case 2:
			b.f("【通知】%s门店地址变更，请到%s附近的新店取货。黄金周期间%s买一送一，白天营业，高兴来玩。\n", g.of(zhNegatives), g.of(zhPlaceNegatives), g.of(zhNegatives))
			return
		}
		b.f("双十一活动：%s、%s全场满减，%s门店营业时间调整。%s说明天开会，大家马上准备。\n", g.of(zhNegatives), g.of(zhNegatives), g.of(zhPlaceNegatives), g.zhNick())
		if g.p(0.6) {
			b.f("如有疑问请联系%n。\n", g.zhName())
		}
	}},
}
