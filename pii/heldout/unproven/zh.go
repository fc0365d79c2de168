package unproven

import "strings"

var zhKinds = []kind{
	{"押金结算单", zhDeposit}, {"校车乘车名单", zhSchoolBus}, {"殡葬服务委托单", zhFuneral},
	{"大件垃圾预约", zhBulkyWaste}, {"充电桩安装申请", zhCharger}, {"陪诊服务单", zhEscort},
	{"协助执行通知书", zhGarnish}, {"保险追偿函", zhSubrogation}, {"除四害服务记录", zhPest},
	{"露营地预订", zhCamping}, {"墓位登记簿", zhCemetery}, {"信息公开申请登记", zhFOI},
	{"燃气安检记录", zhGasCheck}, {"产假申请", zhMaternity}, {"老年食堂就餐登记", zhCanteen},
}

var zhSur = []rune("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝")

var zhCompound = []string{"欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "令狐", "端木", "百里", "呼延", "独孤", "南宫", "西门", "澹台", "万俟", "闻人", "轩辕"}

var zhGiven = []rune("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红梅鑫宇浩然子涵欣怡梓轩思雨嘉豪俊杰雅婷晨曦博文一诺紫萱宏亮建国志强春燕海燕雪梅晓东文斌国庆丽娟淑珍秀兰立新永红玉珍德明卫东建华金凤翠花家豪佳琪诗琪梦洁雨桐若曦浩宇天佑宸铭锦程昊天睿泽沐阳安琪晓彤依诺可馨亦凡书瑶婉清瑾瑜亚楠慧敏少华振宇")

var zhMinority = []string{"阿依古丽·买买提", "买买提·艾力", "热依拉·吐尔逊", "艾尔肯·阿不都拉", "古丽娜尔·吾斯曼", "努尔兰·哈力克", "迪丽娜·艾合买提", "阿卜杜热合曼·吐尔洪", "帕提古丽·艾山", "吐尔逊·库尔班", "扎西顿珠", "次仁卓玛", "格桑曲珍", "洛桑平措", "巴特尔", "乌云其木格", "斯琴高娃", "其其格", "阿拉坦仓", "那仁花", "韦秀英", "覃海燕", "蒙小龙", "阿里木江·热合曼", "玛依拉·努尔别克", "白玛央宗", "央金拉姆", "朝鲁门", "哈斯巴根", "金美玉", "朴成浩", "崔明哲"}

type zhP struct {
	sur, full string
	plain     bool // a full name that takes no surname forms
}

func (g *gen) zhPerson() zhP {
	if g.chance(0.07) {
		return zhP{full: g.of(zhMinority), plain: true}
	}
	var sur string
	if g.chance(0.06) {
		sur = g.of(zhCompound)
	} else {
		sur = string(zhSur[g.r.IntN(len(zhSur))])
	}
	n := 1
	if g.chance(0.68) {
		n = 2
	}
	var sb strings.Builder
	sb.WriteString(sur)
	for range n {
		sb.WriteRune(zhGiven[g.r.IntN(len(zhGiven))])
	}
	return zhP{sur: sur, full: sb.String()}
}

// zhRef writes a reference to a person in one of many forms.
func zhRef(g *gen, b *builder, p zhP) {
	if p.plain {
		b.name(p.full)
		if g.chance(0.2) {
			b.text(g.pick("女士", "先生", "同志"))
		}
		return
	}
	switch g.r.IntN(8) {
	case 0, 1, 2:
		b.name(p.full)
	case 3:
		b.name(p.full)
		b.text(g.pick("女士", "先生", "同志", "老师", "医生", "经理"))
	case 4, 5:
		b.name(p.sur)
		b.text(g.pick("老师", "总", "医生", "经理", "师傅", "阿姨", "叔", "姐", "主任", "护士长", "工", "队长", "大爷", "奶奶"))
	case 6:
		b.text(g.pick("老", "小"))
		b.name(p.sur)
	default:
		b.name(p.full)
	}
}

func zhName(g *gen, b *builder) { zhRef(g, b, g.zhPerson()) }

// zhFull writes the full name only.
func zhFull(g *gen, b *builder) { b.name(g.zhPerson().full) }

var zhProv = []string{"浙江省", "江苏省", "安徽省", "湖南省", "湖北省", "四川省", "广东省", "河南省", "山东省", "福建省", "江西省", "河北省", "陕西省", "云南省", "广西壮族自治区", "贵州省", "山西省", "吉林省"}
var zhCity = []string{"临江市", "澄原市", "桐川市", "南屿市", "松岭市", "禾丰市", "云溪市", "白沙市", "清源市", "泸阳市", "金陵湾市", "东屏市", "柳川市", "梧台市", "安澜市", "雁北市", "石门坎市", "青萝市"}
var zhDist = []string{"东湖区", "西城区", "新港区", "北塘区", "望江区", "高新区", "经开区", "滨海新区", "鼓楼区", "长宁区", "秀水区", "龙泉区", "梅溪区", "南湖区", "城关区", "临港新区", "凤凰区", "柳林区"}
var zhCounty = []string{"青田县", "安平县", "石阡县", "桃源县", "长乐县", "宁远县", "富川县", "平和县"}
var zhTown = []string{"石桥镇", "白马镇", "清水镇", "黄土岭镇", "龙门镇", "双溪乡", "花园乡", "东坝镇"}
var zhVillage = []string{"上塘村", "王家村", "李庄村", "杨柳村", "新联村", "大湾村", "高桥村", "陈家坝村", "红旗村", "张家湾村"}
var zhSubd = []string{"城南街道", "沙河街道", "月湖街道", "西湖街道", "文昌街道", "江滨街道", "望京街道", "北关街道"}
var zhRoad = []string{"文澜路", "清风街", "兴业大道", "建设北路", "长青路", "和平东路", "学府街", "锦绣大道", "桂香路", "枫林路", "春晖巷", "明珠路", "育才路", "丰收路", "振兴西路", "海棠路", "银杏大道", "湖滨路", "石榴巷", "朝阳南街", "解放中路", "人民西路", "新华街", "翠竹路", "滨江大道", "紫荆路", "梧桐巷", "光明路", "复兴南路", "云栖路", "跃进路", "工农路", "安康路", "临湖路", "金沙江路", "天目山路"}
var zhEstate = []string{"金桂园", "翠湖花园", "阳光新城", "碧水湾", "紫荆苑", "书香门第", "御景华庭", "丽都小区", "荷塘月色小区", "东方名苑", "锦江花园", "幸福里", "春江花月", "绿城桂花园", "怡景苑", "万家社区", "铁路新村", "纺织厂宿舍", "教师公寓", "和顺家园"}

func (g *gen) zhHouse() string {
	s := g.num(1, 999) + "号"
	if g.chance(0.15) {
		s = g.num(1, 300) + "弄" + g.num(1, 60) + "号"
	}
	return s
}

func (g *gen) zhUnit() string {
	switch g.r.IntN(4) {
	case 0:
		return g.num(1, 32) + "栋" + g.num(1, 4) + "单元" + g.num(1, 33) + "0" + g.num(1, 4) + "室"
	case 1:
		return g.num(1, 28) + "幢" + g.num(1, 26) + "0" + g.num(1, 6)
	case 2:
		return g.num(1, 20) + "号楼" + g.num(1, 3) + "门" + g.num(1, 6) + "0" + g.num(1, 4)
	default:
		return g.num(1, 18) + "-" + g.num(1, 3) + "-" + g.num(1, 26) + "0" + g.num(1, 4)
	}
}

// zhAddr returns an address in one of several written forms.
func (g *gen) zhAddr() string {
	sp := ""
	if g.chance(0.12) {
		sp = " "
	}
	switch g.r.IntN(8) {
	case 0:
		return g.of(zhProv) + sp + g.of(zhCity) + sp + g.of(zhDist) + sp + g.of(zhRoad) + g.zhHouse() + g.of(zhEstate) + g.zhUnit()
	case 1:
		return g.of(zhCity) + g.of(zhDist) + g.of(zhRoad) + g.zhHouse()
	case 2:
		return g.of(zhDist) + g.of(zhEstate) + g.zhUnit()
	case 3:
		return g.of(zhRoad) + g.zhHouse()
	case 4:
		return g.of(zhCounty) + g.of(zhTown) + g.of(zhVillage) + g.num(1, 12) + "组" + g.num(1, 88) + "号"
	case 5:
		return g.of(zhCity) + g.of(zhDist) + g.of(zhSubd) + g.of(zhRoad) + g.zhHouse() + g.of(zhEstate) + g.zhUnit()
	case 6:
		return g.of(zhProv) + g.of(zhCity) + g.of(zhDist) + "\n" + g.of(zhRoad) + g.zhHouse() + g.zhUnit()
	default:
		return g.of(zhRoad) + g.zhHouse() + g.of(zhEstate) + g.zhUnit()
	}
}

func (g *gen) zhPhone() string { return "1" + g.pick("3", "5", "8", "9") + g.digits(9) }
func (g *gen) zhMasked() string {
	return "1" + g.pick("3", "5", "8") + g.digits(1) + "****" + g.digits(4)
}

// Hard negatives: see zhWords and zhPlaceNeg.

// zhWords are ordinary sentences full of words that begin with a surname
// character; they hold no names.
var zhWords = []string{"温馨提示：安全须知请张贴在门后。", "于是改到下午处理。", "马上办，方便的话请回电。", "常规检查无异常。", "许可证复印件一份，金额已核对。", "黄金周期间石材市场休息。", "林业站通知：严禁烟火。", "程序员小组已更新系统。", "高兴地通知您，费用已减免。", "向日葵开得正好，欢迎参观。", "老干部活动中心下午开放。", "江南梅雨季节，注意防潮。", "小组长负责签字，小区大门晚十点关闭。", "何时方便请告知，万一有变马上联系。", "文明施工，安全第一。", "周末两天不上门，周一照常。", "林荫道施工，车辆绕行。", "水电费、燃气费请按时缴纳。"}

func zhWord(g *gen) string { return g.of(zhWords) }

// zhPlaceNeg are companies, shops and places, some named after people.
var zhPlaceNeg = []string{"王老吉饮料厂", "周大福金店", "李宁专卖店", "张江高科园区", "白云机场", "钱塘江大桥", "逸夫楼", "宋庆龄基金会", "鲁迅公园", "老干部活动中心", "小米之家", "万达广场", "华为售后", "海尔专卖店", "宁波银行", "邵氏影城", "向日葵幼儿园", "时代广场", "顺丰速运网点", "雷锋志愿服务站", "白求恩医院", "包公祠", "岳王庙", "关帝庙", "诸葛亮纪念馆", "田园牧歌农家乐", "孔府家酒专卖", "黎明小学"}

func zhPlace(g *gen) string { return g.of(zhPlaceNeg) }

func (g *gen) zhUser() string {
	return g.pick("wx_", "user", "qq", "lucky", "xiaoyu", "sunny", "tom", "moon") + g.digits(g.between(3, 6))
}

func (g *gen) zhMail() string {
	return g.pick("zhangwei", "lihua", "wangfang", "chen.li", "liu_y", "hr", "service", "kefu", "yezhu") + g.digits(3) + "@" + g.pick("163.com", "qq.com", "126.com", "sina.cn", "example.cn")
}

func zhDeposit(g *gen, b *builder) {
	co := g.pick("安居客栈公寓", "蜗居青年社区", "禾丰房产中介", "临江长租公寓", "自如寓", "泊寓")
	b.text(co, "  押金结算单\n编号：YJ", g.digits(8), "\n\n")
	for i, n := 0, g.between(1, 3); i < n; i++ {
		if g.chance(0.5) {
			b.text("承租人：")
			zhFull(g, b)
			b.text("    电话：", g.zhMasked(), "\n房屋地址：")
		} else {
			b.text("租客姓名 ")
			zhFull(g, b)
			b.text("\n租赁房屋 ")
		}
		b.addr(g.zhAddr())
		b.text("\n入住日期：", g.zhDate(), "  退租日期：", g.zhDate(), "\n押金：", g.num(1, 9), "000元\n扣款明细：\n")
		for j, m := 0, g.between(1, 3); j < m; j++ {
			b.text(itoa(j+1), ". ", g.pick("墙面污损", "空调清洗", "马桶更换", "钥匙遗失", "水电欠费", "纱窗破损"), " ", g.num(50, 600), "元（")
			zhName(g, b)
			b.text(g.pick("核价", "拍照确认", "上门查看"), "）\n")
		}
		b.text("应退金额：", g.num(200, 5000), "元，转入")
		zhFull(g, b)
		b.text("名下", g.pick("工商银行", "建设银行", "招商银行"), "卡尾号", g.digits(4), "。\n")
		if g.chance(0.5) {
			b.text("备注：钥匙由")
			zhName(g, b)
			b.text(g.pick("（租客朋友）", "（室友）", "（租客母亲）"), "代交；新住址 ")
			b.addr(g.zhAddr())
			b.text("，发票寄此。\n")
		}
		b.text("经办：")
		zhRef(g, b, g.zhPerson())
		b.text("  复核：")
		zhFull(g, b)
		b.text("\n", zhWord(g), "\n------\n")
	}
	b.text("注：", zhPlace(g), "旁门店可自取收据。\n")
}

func zhSchoolBus(g *gen, b *builder) {
	school := g.pick("育才实验小学", "逸夫小学", "陶行知小学", "黎明小学", "城南中心小学", "向阳学校")
	b.text(school, g.pick(" 校车乘车名单（", "  2号线校车学生名单（"), g.pick("秋季", "春季"), "学期）\n线路：", g.pick("A线", "B线", "3号线"), "  司机：")
	zhRef(g, b, g.zhPerson())
	b.text("  照管员：")
	zhRef(g, b, g.zhPerson())
	b.text("\n\n")
	csv := g.chance(0.4)
	if csv {
		b.text("序号,学生姓名,班级,家长,联系电话,上车点\n")
	} else {
		b.text("| 序号 | 学生 | 班级 | 家长 | 上车点 |\n|---|---|---|---|---|\n")
	}
	for i, n := 0, g.between(4, 7); i < n; i++ {
		if csv {
			b.text(itoa(i+1), ",")
			zhFull(g, b)
			b.text(",", g.num(1, 6), "年级", g.num(1, 8), "班,")
			zhFull(g, b)
			b.text(",", g.zhPhone(), ",")
			if g.chance(0.6) {
				b.addr(g.zhAddr())
			} else {
				b.text(g.pick("学校正门", "公交站台", "万达广场北门", "逸夫楼前"))
			}
			b.text("\n")
		} else {
			b.text("| ", itoa(i+1), " | ")
			zhFull(g, b)
			b.text(" | ", g.num(1, 6), "(", g.num(1, 8), ") | ")
			zhFull(g, b)
			b.text(g.pick("（父）", "（母）", "（奶奶）", "（外公）"), " | ")
			if g.chance(0.6) {
				b.addr(g.zhAddr())
			} else {
				b.text(g.pick("中山路口", "小区东门", "黄山路公交站"))
			}
			b.text(" |\n")
		}
	}
	b.text("\n备注：")
	zhName(g, b)
	b.text("家长申请改为下午自行接送。有问题联系", g.pick("校办", "德育处"))
	zhName(g, b)
	b.text("。\n")
}

func zhFuneral(g *gen, b *builder) {
	b.text(g.pick("福寿园", "安息堂", "永思殡仪服务中心", "松鹤殡葬服务部"), " 殡葬服务委托单\n单号：BZ", g.digits(6), "\n\n逝者姓名：")
	zhFull(g, b)
	b.text("  性别：", g.pick("男", "女"), "  享年：", g.num(61, 99), "岁\n生前住址：")
	b.addr(g.zhAddr())
	b.text("\n委托人：")
	zhFull(g, b)
	b.text("（", g.pick("长子", "长女", "次子", "配偶", "侄子"), "）  电话：", g.zhPhone(), "\n委托人住址：")
	b.addr(g.zhAddr())
	b.text("\n服务项目：遗体接运、", g.pick("告别厅（松柏厅）", "守灵厅", "火化"), "、骨灰盒（", g.pick("汉白玉", "紫檀"), "）\n")
	b.text("告别仪式主持：")
	zhRef(g, b, g.zhPerson())
	b.text("\n治丧联系人：")
	for i, n := 0, g.between(2, 4); i < n; i++ {
		if i > 0 {
			b.text("、")
		}
		zhFull(g, b)
	}
	b.text("\n挽联落款：孝子")
	zhFull(g, b)
	b.text(" 孝女")
	zhFull(g, b)
	b.text(" 泣挽\n接运地址：")
	b.addr(g.zhAddr())
	b.text("\n业务员：")
	zhRef(g, b, g.zhPerson())
	b.text("   ", g.zhDate(), "\n")
}

func zhBulkyWaste(g *gen, b *builder) {
	b.text(g.pick("【城管环卫】", "【街道环卫所】"), "大件垃圾预约清运登记 ", g.zhDate(), "\n")
	for i, n := 0, g.between(3, 5); i < n; i++ {
		switch g.r.IntN(3) {
		case 0:
			b.text(itoa(i+1), ". 预约人：")
			zhName(g, b)
			b.text("；地址：")
			b.addr(g.zhAddr())
			b.text("；物品：", g.pick("旧沙发一张", "席梦思床垫", "衣柜两组", "废旧冰箱"), "；时间：", g.clock(), "\n")
		case 1:
			b.text(`{"id":`, g.num(100, 999), `,"name":"`)
			zhFull(g, b)
			b.text(`","district":"`, g.of(zhDist), `","detail":"`)
			b.addr(g.of(zhRoad) + g.zhHouse() + g.of(zhEstate) + g.zhUnit())
			b.text(`","items":"`, g.pick("床架", "餐桌", "书柜"), `","handler":"`)
			zhFull(g, b)
			b.text(`"}`, "\n")
		default:
			b.text(itoa(i+1), "）")
			zhRef(g, b, g.zhPerson())
			b.text("来电，", g.pick("家住", "住在"))
			b.addr(g.zhAddr())
			b.text("，要清运", g.pick("装修垃圾", "旧木门", "钢琴"), "，已派")
			zhRef(g, b, g.zhPerson())
			b.text("班组。\n")
		}
	}
	b.text("提示：", zhPlace(g), "附近禁止堆放。用户", g.zhUser(), "在线预约已转人工。\n")
}

func zhCharger(g *gen, b *builder) {
	b.text(g.pick("锦江物业", "万科物业", "绿城服务", "碧桂园服务"), " 充电桩安装申请表\n\n")
	b.text("申请人（业主）：")
	zhFull(g, b)
	b.text("\n房号：")
	b.addr(g.zhAddr())
	b.text("\n车位号：B", g.num(1, 3), "-", g.num(1, 500), "（不是门牌）\n车辆：", g.pick("比亚迪海豚", "特斯拉Model 3", "五菱宏光MINI", "小鹏P7"), "\n")
	b.text("安装单位：", g.pick("国网电动", "星星充电", "特来电"), "  安装师傅：")
	zhRef(g, b, g.zhPerson())
	b.text("\n")
	b.text("\n物业审批意见：同意，由工程部")
	zhRef(g, b, g.zhPerson())
	b.text("现场勘查。\n业委会：")
	zhFull(g, b)
	b.text(" 签字\n", zhWord(g), "\n\n--- 微信沟通截图（OCR）---\n")
	for i, n := 0, g.between(3, 5); i < n; i++ {
		p := g.zhPerson()
		b.name(p.full)
		b.text("：", g.pick("电表箱在地库几号位？", "线要从我家走吗", "好的谢谢", "明天上午可以"), "\n")
		if g.chance(0.5) && !p.plain {
			b.text("物业客服：", g.pick("收到", "好的"))
			b.name(p.sur)
			b.text(g.pick("先生", "女士", "姐", "哥"), "，", g.pick("已登记", "稍后回复"), "\n")
		}
	}
	b.text("邮寄资料至")
	b.addr(g.zhAddr())
	b.text("\n")
}

func zhEscort(g *gen, b *builder) {
	b.text("陪诊服务单 #", g.digits(6), "\n医院：", g.pick("白求恩医院", "中山医院", "仁济医院", "逸夫医院", "协和医院"), g.pick(" 心内科", " 骨科", " 眼科"), "\n")
	b.text("就诊人：")
	zhFull(g, b)
	b.text("，", g.num(60, 92), "岁\n接送地址：")
	b.addr(g.zhAddr())
	b.text("\n下单人：")
	zhFull(g, b)
	b.text(g.pick("（女儿）", "（儿子）", "（孙女）"), " 微信：", g.zhUser(), "\n陪诊员：")
	zhRef(g, b, g.zhPerson())
	b.text("\n\n过程记录：\n")
	b.text(g.clock(), " 到达小区门口接到")
	zhRef(g, b, g.zhPerson())
	b.text("。\n", g.clock(), " 挂号，接诊医生")
	p := g.zhPerson()
	if p.plain {
		b.name(p.full)
	} else {
		b.name(p.sur)
		b.text("主任")
	}
	b.text("。\n", g.clock(), " 取药，药房")
	zhName(g, b)
	b.text("核对处方。\n", g.clock(), " 送回")
	b.addr(g.zhAddr())
	b.text("，交给家属")
	zhName(g, b)
	b.text("。", zhWord(g), "\n评价：")
	zhName(g, b)
	b.text(g.pick("很耐心", "服务到位", "迟到十分钟"), "。\n")
}

func zhGarnish(g *gen, b *builder) {
	b.text(g.of(zhCity), "人民法院\n协助执行通知书\n（20", g.num(23, 26), "）", g.pick("浙", "苏", "湘"), g.num(1, 9), "执", g.num(100, 999), "号\n\n")
	b.text(g.pick("临江建工集团有限公司", "周大福金店（临江店）", "华为售后服务中心", "张江高科园区管理处"), "：\n")
	b.text("关于申请执行人")
	zhFull(g, b)
	b.text("与被执行人")
	zhFull(g, b)
	b.text("民间借贷纠纷一案，本院作出的判决已发生法律效力。被执行人（住")
	b.addr(g.zhAddr())
	b.text("）系你单位职工，请协助扣留其工资收入", g.num(1, 9), "万元。\n")
	b.text("\n另案关联人：")
	for i, n := 0, g.between(1, 3); i < n; i++ {
		if i > 0 {
			b.text("；")
		}
		zhFull(g, b)
		b.text("，住")
		b.addr(g.zhAddr())
	}
	b.text("。\n\n审判长 ")
	zhFull(g, b)
	b.text("\n执行员 ")
	zhFull(g, b)
	b.text("\n书记员 ")
	zhFull(g, b)
	b.text("\n", g.zhDate(), "\n联系人：")
	zhRef(g, b, g.zhPerson())
	b.text(" 电话0", g.digits(3), "-", g.digits(8), "\n")
}

func zhSubrogation(g *gen, b *builder) {
	b.text(g.pick("平安", "太平洋", "人保", "大地"), "财产保险股份有限公司", g.of(zhCity), "分公司\n代位求偿通知函\n\n致：")
	zhFull(g, b)
	b.text("\n地址：")
	b.addr(g.zhAddr())
	b.text("\n\n我司被保险人")
	zhFull(g, b)
	b.text("的车辆于", g.zhDate(), "在", g.of(zhRoad), "与", g.pick("鲁迅公园", "万达广场", "白云机场"), "交叉口被您驾驶的车辆追尾。经交警")
	zhRef(g, b, g.zhPerson())
	b.text("认定，您负全部责任。我司已向被保险人赔付", g.num(3000, 90000), "元，依法取得代位求偿权。\n")
	b.text("请于十五日内将款项汇至我司账户，或联系理赔员")
	zhRef(g, b, g.zhPerson())
	b.text("。\n目击证人：")
	zhFull(g, b)
	b.text("、")
	zhFull(g, b)
	b.text("\n\n抄送：")
	zhFull(g, b)
	b.text("律师（", g.pick("金杜", "君合", "中伦"), "律师事务所）\n回函地址：")
	b.addr(g.zhAddr())
	b.text("\n邮编 ", g.digits(6), "\n")
}

func zhPest(g *gen, b *builder) {
	b.text(g.pick("洁康", "绿盾", "安家"), "有害生物防制 除四害服务记录\n客户：", g.pick("田园牧歌农家乐", "孔府家酒专卖", "邵氏影城", "黎明小学食堂", "何记面馆"), "\n")
	b.text("服务地址：")
	b.addr(g.zhAddr())
	b.text("\n")
	b.text("日期,技术员,项目,位置,结果,签收\n")
	for i, n := 0, g.between(3, 6); i < n; i++ {
		b.text(g.date(), ",")
		zhFull(g, b)
		b.text(",", g.pick("灭鼠", "灭蟑", "灭蚊", "灭蝇"), ",", g.pick("后厨", "仓库", "地下室", "垃圾房"), ",", g.pick("未见鼠迹", "布放毒饵站12个", "发现蟑螂卵鞘"), ",")
		zhFull(g, b)
		b.text("\n")
	}
	b.text("\n", zhWord(g), "\n现场负责人：")
	zhRef(g, b, g.zhPerson())
	b.text("；下次巡查时间另约。分店")
	b.addr(g.zhAddr())
	b.text("同期处理。\n")
}

func zhCamping(g *gen, b *builder) {
	b.text(g.pick("星空营地", "黄山脚下露营地", "钱塘江畔营地", "白马湖露营公园"), " 预订导出\n")
	y := g.chance(0.5)
	for i, n := 0, g.between(3, 5); i < n; i++ {
		if y {
			b.text("- order: ", g.digits(7), "\n  contact: ")
			zhFull(g, b)
			b.text("\n  companions: [")
			for j, m := 0, g.between(1, 3); j < m; j++ {
				if j > 0 {
					b.text(", ")
				}
				zhFull(g, b)
			}
			b.text("]\n  site: ", g.pick("A", "B", "C"), g.num(1, 40), "\n  invoice_addr: ")
			b.addr(g.zhAddr())
			b.text("\n  note: ", g.pick("带狗", "需要租帐篷", "晚到"), "\n")
		} else {
			b.text(g.digits(7), " | ")
			zhFull(g, b)
			b.text(" 等", g.num(2, 6), "人 | ", g.zhMasked(), " | 营位", g.num(1, 40), " | 收件：")
			b.addr(g.zhAddr())
			b.text("\n")
		}
	}
	b.text("周边：", zhPlace(g), "、", zhPlace(g), "\n值班营长：")
	zhRef(g, b, g.zhPerson())
	b.text("\n")
}

func zhCemetery(g *gen, b *builder) {
	b.text(g.pick("松鹤陵园", "福寿园", "青山公墓"), " 墓位登记簿（", g.pick("孝思区", "福泽区", "宗祠区"), "）\n")
	for i, n := 0, g.between(2, 4); i < n; i++ {
		b.text("墓位 ", g.pick("甲", "乙", "丙"), "-", g.num(1, 20), "排-", g.num(1, 40), "号\n  安葬人：")
		zhFull(g, b)
		if g.chance(0.4) {
			b.text("、")
			zhFull(g, b)
			b.text("（合葬）")
		}
		b.text("\n  使用权人：")
		zhFull(g, b)
		b.text("  关系：", g.pick("子", "女", "孙", "配偶"), "\n  联系地址：")
		b.addr(g.zhAddr())
		b.text("\n  立碑：", g.pick("孝男", "孝女"))
		zhFull(g, b)
		b.text(" 敬立\n")
	}
	b.text("登记员：")
	zhRef(g, b, g.zhPerson())
	b.text("\n祭扫须知：清明期间", zhPlace(g), "方向临时交通管制。\n")
}

func zhFOI(g *gen, b *builder) {
	b.text(g.of(zhCity), g.of(zhDist), "人民政府办公室 政府信息公开申请登记表\n\n")
	for i, n := 0, g.between(2, 4); i < n; i++ {
		b.text("受理号：GK", g.digits(6), "\n申请人：")
		zhFull(g, b)
		b.text("\n通信地址：")
		b.addr(g.zhAddr())
		b.text("\n申请内容：", g.pick("旧城改造征收补偿方案", "学区划分文件", g.of(zhRoad)+"拓宽工程环评报告", "宋庆龄基金会捐赠使用情况"), "\n承办科室：", g.pick("住建局", "教育局", "自然资源局"), "  承办人：")
		zhRef(g, b, g.zhPerson())
		b.text("\n答复：", g.pick("予以公开", "部分公开", "信息不存在"), "（涉及", zhPlace(g), "）；邮寄至申请人，快递员")
		zhName(g, b)
		b.text("签收。\n\n")
	}
}

func zhGasCheck(g *gen, b *builder) {
	b.text(g.pick("华润燃气", "港华燃气", "新奥燃气"), " 入户安检记录\n安检员：")
	zhRef(g, b, g.zhPerson())
	b.text("  工号", g.digits(5), "\n\n")
	for i, n := 0, g.between(3, 5); i < n; i++ {
		b.text("户号", g.digits(8), "  ")
		b.addr(g.zhAddr())
		b.text("\n  用户：")
		zhRef(g, b, g.zhPerson())
		b.text("  在家人员：")
		zhName(g, b)
		b.text("\n  结果：", g.pick("合格", "软管老化，已告知", "无人在家，张贴通知", "报警器过期"), "\n")
	}
	b.text("\n复核：")
	zhFull(g, b)
	b.text("\n备注：", zhPlace(g), "商铺燃气表另行安排；门牌", g.num(1, 99), "号为车库编号。\n")
}

func zhMaternity(g *gen, b *builder) {
	b.text("请假申请（产假）\n\n人事部")
	zhRef(g, b, g.zhPerson())
	b.text("：\n本人")
	zhFull(g, b)
	b.text("，", g.pick("财务部", "研发中心", "市场部"), "员工，预产期", g.zhDate(), "，申请产假", g.pick("158", "188", "98"), "天。\n工作交接给")
	zhRef(g, b, g.zhPerson())
	b.text("和")
	zhFull(g, b)
	b.text("，紧急事项联系我爱人")
	zhFull(g, b)
	b.text("。\n休假期间通讯地址：")
	b.addr(g.zhAddr())
	b.text("\n", zhWord(g), "\n\n部门负责人意见：同意。")
	zhRef(g, b, g.zhPerson())
	b.text("\n分管领导：")
	zhFull(g, b)
	b.text("\nHRBP：")
	zhFull(g, b)
	b.text("（", g.zhMail(), "）\n（附：", zhPlace(g), "停车票据一份）\n生育津贴申领材料寄")
	b.addr(g.zhAddr())
	b.text("\n")
}

func zhCanteen(g *gen, b *builder) {
	b.text(g.of(zhSubd), "老年食堂 就餐登记 ", g.zhDate(), "\n姓名\t年龄\t住址\t餐别\t补贴\n")
	for i, n := 0, g.between(5, 8); i < n; i++ {
		zhFull(g, b)
		b.text("\t", g.num(60, 95), "\t")
		if g.chance(0.55) {
			b.addr(g.of(zhEstate) + g.zhUnit())
		} else {
			b.text("本社区")
		}
		b.text("\t", g.pick("午餐", "晚餐"), "\t", g.pick("80岁以上", "低保", "无"), "\n")
	}
	b.text("\n送餐到户：")
	zhRef(g, b, g.zhPerson())
	b.text("（", g.pick("行动不便", "独居"), "），送至")
	b.addr(g.zhAddr())
	b.text("。志愿者：")
	zhName(g, b)
	b.text("、")
	zhName(g, b)
	b.text("。菜单：", g.pick("红烧肉、青菜", "清蒸鱼、豆腐", "杨梅汁、包子"), "\n今日捐赠：", zhPlace(g), "送来", g.pick("米面各两袋", "水果一箱", "牛奶十箱"), "。\n")
}
