package unclaimed

var zhSur = []string{"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗",
	"郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁", "潘", "蒋", "蔡", "余", "杜", "叶", "程",
	"苏", "魏", "吕", "丁", "任", "沈", "姚", "卢", "姜", "崔", "钟", "谭", "陆", "汪", "范", "金", "石", "廖", "贾", "夏", "韦", "付", "方",
	"白", "邹", "孟", "熊", "秦", "邱", "江", "尹", "薛", "闫", "段", "雷", "侯", "龙", "史", "陶", "黎", "贺", "顾", "毛", "郝", "龚", "邵",
	"覃", "莫", "孔", "向", "汤", "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "慕容", "尉迟", "公孙", "令狐", "端木", "西门"}
var zhGiven2 = []string{"晓雯", "志强", "秀英", "建国", "丽娟", "海燕", "俊杰", "子涵", "雨桐", "浩然", "梓萱", "一鸣", "思远", "欣怡", "国栋",
	"玉兰", "桂芳", "春生", "卫东", "红梅", "明轩", "嘉怡", "诗琪", "宇航", "若曦", "佳豪", "文静", "淑珍", "德华", "永福", "金凤", "晨阳",
	"泽宇", "沐辰", "婉清", "鹏飞", "昊天", "芷若", "立新", "翠花", "振华", "美玲", "冬梅", "家豪", "天佑", "梦洁", "少波", "慧敏"}
var zhGiven1 = []string{"芳", "伟", "静", "敏", "磊", "洋", "勇", "军", "杰", "娟", "涛", "明", "超", "霞", "平", "刚", "桂", "鑫", "琳", "斌", "婷", "健", "峰", "颖"}
var zhTitles = []string{"老师", "经理", "医生", "师傅", "主任", "阿姨", "女士", "先生", "律师", "警官", "护士", "书记", "会计", "总"}

type zhP struct{ sur, given string }

func (g *gen) zhP() zhP {
	if g.chance(0.4) {
		return zhP{g.of(zhSur), g.of(zhGiven1)}
	}
	return zhP{g.of(zhSur), g.of(zhGiven2)}
}

func (p zhP) full() string { return p.sur + p.given }

// zhRef writes a full name, a surname with a title, a full name with an
// honorific, or a two-character given name alone.
func (b *bld) zhRef(g *gen, p zhP) {
	switch g.r.IntN(5) {
	case 0:
		b.nm(p.sur)
		b.t(g.of(zhTitles))
	case 1:
		b.nm(p.full())
		b.t(g.pick("女士", "先生", "老师", "同学", "医生"))
	case 2:
		if len([]rune(p.given)) == 2 {
			b.nm(p.given)
			return
		}
		b.nm(p.full())
	default:
		b.nm(p.full())
	}
}

type zhRegion struct{ prov, city, dist string }

var zhRegions = []zhRegion{{"广东省", "深圳市", "南山区"}, {"广东省", "广州市", "天河区"}, {"浙江省", "杭州市", "西湖区"}, {"江苏省", "南京市", "鼓楼区"},
	{"江苏省", "苏州市", "姑苏区"}, {"四川省", "成都市", "武侯区"}, {"湖北省", "武汉市", "洪山区"}, {"山东省", "青岛市", "市南区"},
	{"河南省", "郑州市", "金水区"}, {"陕西省", "西安市", "雁塔区"}, {"湖南省", "长沙市", "岳麓区"}, {"福建省", "厦门市", "思明区"},
	{"辽宁省", "沈阳市", "和平区"}, {"云南省", "昆明市", "五华区"}, {"安徽省", "合肥市", "蜀山区"}, {"广西壮族自治区", "南宁市", "青秀区"},
	{"内蒙古自治区", "呼和浩特市", "新城区"}, {"", "北京市", "朝阳区"}, {"", "上海市", "浦东新区"}, {"", "天津市", "河西区"}, {"", "重庆市", "渝中区"},
	{"黑龙江省", "哈尔滨市", "南岗区"}, {"江西省", "南昌市", "青山湖区"}, {"贵州省", "贵阳市", "观山湖区"}}
var zhRoads = []string{"建设路", "人民路", "解放大道", "科技南十二路", "文三路", "长江西路", "滨河路", "和平里北街", "学府路", "朝阳北路",
	"东风路", "幸福街", "青年路", "金桥路", "光明大道", "团结巷", "桂花路", "沿江大道", "工农路", "新华街", "育才路", "花园路", "五一路", "高新大道"}
var zhJD = []string{"粤海街道", "西溪街道", "湖滨街道", "望京街道", "龙泉街道", "五里墩街道", "南湖街道", "城关镇", "新城街道"}
var zhEstates = []string{"阳光花园", "翠苑一区", "锦绣华庭", "万科城", "碧桂园", "幸福家园", "金地名郡", "保利香槟国际", "世纪新城", "和谐小区",
	"电力宿舍", "紫薇苑", "东湖春晓", "御景湾", "龙湖春江郦城", "教师新村"}

type zhVillage struct{ prov, city, county, town, village string }

var zhVillages = []zhVillage{{"河南省", "周口市", "郸城县", "汲冢镇", "王庄村"}, {"湖南省", "邵阳市", "隆回县", "桃洪镇", "石门村"},
	{"山东省", "临沂市", "沂水县", "许家湖镇", "东岳庄村"}, {"四川省", "南充市", "营山县", "回龙镇", "白果村"}, {"安徽省", "阜阳市", "临泉县", "杨桥镇", "刘寨村"},
	{"江西省", "赣州市", "于都县", "银坑镇", "平安村"}}

func (g *gen) zhRoom() string {
	switch g.r.IntN(5) {
	case 0:
		return g.num(1, 30) + "栋" + g.num(1, 33) + g.pad(g.n(1, 8), 2)
	case 1:
		return g.num(1, 9) + "-" + g.num(1, 4) + "-" + g.num(1, 18) + "0" + g.num(1, 4)
	case 2:
		return g.pick("A", "B", "C") + "座" + g.num(3, 28) + "0" + g.num(1, 9) + "室"
	}
	return g.num(1, 40) + "号楼" + g.num(1, 6) + "单元" + g.num(1, 26) + "0" + g.num(1, 4) + "室"
}

// zhAddr returns an address in one of several shapes.
func (g *gen) zhAddr() string {
	if g.chance(0.12) {
		v := anyOf(g, zhVillages)
		s := v.prov + v.city + v.county + v.town + v.village
		if g.chance(0.6) {
			s += g.pick("一", "二", "三", "五", "七") + "组" + g.num(1, 60) + "号"
		}
		if g.chance(0.3) {
			s = s[len(v.prov):]
		}
		return s
	}
	r := anyOf(g, zhRegions)
	road := g.of(zhRoads) + g.num(1, 999) + "号"
	tail := ""
	switch g.r.IntN(4) {
	case 0, 1:
		tail = g.of(zhEstates) + g.zhRoom()
	case 2:
		tail = g.zhRoom()
	}
	jd := ""
	if g.chance(0.3) {
		jd = g.of(zhJD)
	}
	switch g.r.IntN(6) {
	case 0:
		return road + tail
	case 1:
		return r.dist + jd + road + tail
	case 2:
		return r.city + r.dist + road + tail
	}
	sep := ""
	if r.prov != "" && g.chance(0.15) {
		sep = " "
	}
	return r.prov + sep + r.city + sep + r.dist + jd + road + tail
}

var zhKinds = []kind{
	{"youeryuan_jiesong_shouquan", zhJiesong},
	{"kuandai_zhuangji_tsv", zhKuandai},
	{"menjin_ka_shenqing_kv", zhMenjin},
	{"zhiyuan_shichang_zhengming", zhZhiyuan},
	{"jiadian_yanbao_json", zhYanbao},
	{"louzhang_qun_xiaoxi", zhLouzhang},
	{"yanglaojin_renzheng_xml", zhYanglao},
	{"jiafang_jilu", zhJiafang},
	{"dianti_weibao_yaml", zhDianti},
	{"neg_mingren_changguan", zhNegChangguan},
	{"neg_zhanghao_shenji", zhNegAudit},
	{"juanzeng_huizhi", zhJuanzeng},
}

func zhJiesong(g *gen, b *bld) {
	k := g.zhP()
	b.t(g.pick("幼儿园接送授权书", "【接送委托授权登记】", "幼儿接送人授权表"), "\n\n幼儿姓名：")
	b.nm(k.full())
	b.t("  班级：", g.pick("小", "中", "大"), g.pick("一", "二", "三"), "班\n家长：")
	m := g.zhP()
	if g.chance(0.5) {
		m.sur = k.sur
	}
	b.nm(m.full())
	b.t("（", g.pick("父亲", "母亲"), "）\n家庭住址：")
	b.ad(g.zhAddr())
	b.t("\n\n授权以下人员代为接送：\n")
	for i := range g.n(2, 4) {
		p := g.zhP()
		b.t(g.num(i+1, i+1), "、")
		b.nm(p.full())
		b.t("，", g.pick("爷爷", "奶奶", "外婆", "姑姑", "舅舅", "保姆", "邻居"), "，身份证后四位", g.digits(4))
		if g.chance(0.7) {
			b.t("，住")
			b.ad(g.zhAddr())
		}
		b.t("\n")
	}
	b.t("\n如有变动请及时告知班主任")
	b.nm(g.zhP().sur)
	b.t("老师。\n家长签字：")
	b.nm(m.full())
	b.t("  ", g.date("."), "\n")
}

func zhKuandai(g *gen, b *bld) {
	b.t("工单号\t客户姓名\t装机地址\t联系电话\t装维人员\t备注\n")
	for range g.n(8, 12) {
		p := g.zhP()
		b.t("KD", g.digits(8), "\t")
		b.nm(p.full())
		b.t("\t")
		b.ad(g.zhAddr())
		b.t("\t1", g.pick("38", "59", "86", "77"), "****", g.digits(4), "\t")
		w := g.zhP()
		if g.chance(0.5) {
			b.nm(w.sur)
			b.t("师傅")
		} else {
			b.nm(w.full())
		}
		b.t("\t", g.pick("光猫已寄", "预约周六上午", "客户不在家，联系其女儿", "需物业开弱电井", "移机", ""))
		if g.chance(0.25) {
			b.t("，找")
			b.nm(g.zhP().full())
		}
		b.t("\n")
	}
}

func zhMenjin(g *gen, b *bld) {
	b.t("# 门禁卡申请 ", g.date("-"), "\n")
	for range g.n(5, 7) {
		p := g.zhP()
		r := anyOf(g, zhRegions)
		b.t("申请人=")
		b.nm(p.full())
		b.t(" 身份=", g.pick("业主", "租户", "家属", "保洁"), " 城市=", r.city, " 区县=", r.dist, " 详细地址=")
		b.ad(g.of(zhRoads) + g.num(1, 500) + "号" + g.of(zhEstates) + g.zhRoom())
		b.t(" 卡号=", g.digits(10))
		if g.chance(0.5) {
			b.t(" 业主=")
			b.nm(g.zhP().full())
		}
		b.t(" 审核=")
		a := g.zhP()
		b.nm(a.sur)
		b.t(g.pick("主任", "经理", "管家"))
		b.t("\n")
	}
}

func zhZhiyuan(g *gen, b *bld) {
	p := g.zhP()
	b.t(g.pick("志愿服务时长证明", "证  明", "志愿服务记录证明"), "\n\n兹证明")
	b.nm(p.full())
	b.t(g.pick("同志", "同学", ""), "（身份证号", g.digits(6), "********", g.digits(4), "），住")
	b.ad(g.zhAddr())
	b.t("，于2026年", g.num(1, 12), "月至", g.num(1, 12), "月在本社区参加", g.pick("疫苗接种引导", "垃圾分类督导", "敬老院陪护", "图书馆整理"), "志愿服务，累计", g.num(10, 300), "小时。\n")
	if g.chance(0.6) {
		b.t("服务期间表现突出，曾协助")
		b.zhRef(g, g.zhP())
		b.t("照顾独居老人")
		b.nm(g.zhP().full())
		b.t("。\n")
	}
	b.t("\n特此证明。\n\n联系人：")
	b.zhRef(g, g.zhP())
	b.t("\n", g.pick("某某街道", "幸福里社区居委会", "团委"), "（盖章）\n地址：")
	b.ad(g.zhAddr())
	b.t("\n2026年", g.num(1, 12), "月", g.num(1, 28), "日\n")
}

func zhYanbao(g *gen, b *bld) {
	p := g.zhP()
	b.t("{\n  \"order_id\": \"", g.digits(12), "\",\n  \"product\": \"", g.pick("美的空调KFR-35", "海尔冰箱BCD-470", "格力风管机", "小米扫地机器人", "方太油烟机"), "\",\n")
	b.t("  \"owner\": {\"name\": \"")
	b.nm(p.full())
	b.t("\", \"phone\": \"1", g.digits(2), "****", g.digits(4), "\"},\n")
	if g.chance(0.5) {
		b.t("  \"install_address\": \"")
		b.ad(g.zhAddr())
		b.t("\",\n")
	} else {
		r := anyOf(g, zhRegions)
		b.t("  \"province\": \"", r.prov, "\", \"city\": \"", r.city, "\", \"district\": \"", r.dist, "\",\n  \"detail\": \"")
		b.ad(g.of(zhRoads) + g.num(1, 300) + "号" + g.zhRoom())
		b.t("\",\n")
	}
	b.t("  \"installer\": \"")
	i := g.zhP()
	if g.chance(0.5) {
		b.nm(i.sur)
		b.t("师傅")
	} else {
		b.nm(i.full())
	}
	b.t("\",\n  \"warranty_years\": ", g.num(1, 6), ",\n  \"remark\": \"")
	if g.chance(0.5) {
		b.t("发票抬头写")
		b.nm(g.zhP().full())
	} else {
		b.t("送货前联系")
		b.zhRef(g, g.zhP())
	}
	b.t("\"\n}\n")
}

func zhLouzhang(g *gen, b *bld) {
	lz := g.zhP()
	est := g.of(zhEstates)
	b.t(est, g.num(1, 20), "号楼住户群\n")
	for i := range g.n(8, 13) {
		b.t(g.clock(), " ")
		if i == 0 || g.chance(0.3) {
			b.t("楼长")
			b.nm(lz.full())
		} else {
			b.nm(g.zhP().full())
			if g.chance(0.4) {
				b.t("（", g.num(1, 26), "0", g.num(1, 4), "）")
			}
		}
		b.t("：")
		switch g.r.IntN(7) {
		case 0:
			b.t("明天停水，大家提前储水")
		case 1:
			b.t("@")
			b.nm(g.zhP().full())
			b.t(" 你家快递放我这了")
		case 2:
			b.t("有谁知道")
			b.zhRef(g, g.zhP())
			b.t("搬哪去了？新地址好像是")
			b.ad(g.zhAddr())
		case 3:
			b.t("团购的大米到了，在")
			b.ad(g.of(zhRoads) + g.num(1, 400) + "号")
			b.t("门口领")
		case 4:
			b.t("收到👌")
		case 5:
			b.t("谢谢")
			b.nm(lz.sur)
			b.t("楼长！")
		default:
			b.t("电梯又坏了，已经打给物业")
			b.nm(g.zhP().sur)
			b.t("经理")
		}
		b.t("\n")
	}
}

func zhYanglao(g *gen, b *bld) {
	b.t("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<认证批次 编号=\"", g.digits(8), "\">\n")
	for range g.n(5, 7) {
		p := g.zhP()
		b.t("  <人员>\n    <姓名>")
		b.nm(p.full())
		b.t("</姓名>\n    <社保号>", g.digits(10), "</社保号>\n    <居住地址>")
		b.ad(g.zhAddr())
		b.t("</居住地址>\n    <认证方式>", g.pick("人脸识别", "上门认证", "社区代办"), "</认证方式>\n")
		if g.chance(0.5) {
			b.t("    <代办人>")
			b.nm(g.zhP().full())
			b.t("</代办人>\n    <关系>", g.pick("儿子", "女儿", "配偶", "侄子"), "</关系>\n")
		}
		b.t("  </人员>\n")
	}
	b.t("  <经办人>")
	b.nm(g.zhP().full())
	b.t("</经办人>\n</认证批次>\n")
}

func zhJiafang(g *gen, b *bld) {
	s := g.zhP()
	b.t(g.pick("家访记录表", "教师家访情况记录", "【家访】"), "\n学生：")
	b.nm(s.full())
	b.t("  班级：", g.num(1, 9), "年级", g.num(1, 12), "班\n家访时间：", g.date("-"), "\n家访地点：")
	b.ad(g.zhAddr())
	b.t("\n家访教师：")
	t := g.zhP()
	b.nm(t.full())
	if g.chance(0.5) {
		b.t("、")
		b.nm(g.zhP().full())
	}
	b.t("\n\n情况记录：\n")
	b.t("学生与", g.pick("爷爷奶奶", "母亲", "父亲", "外婆"), "同住，")
	if g.chance(0.6) {
		f := g.zhP()
		f.sur = s.sur
		b.t("父亲")
		b.nm(f.full())
		b.t("在", g.pick("深圳", "东莞", "宁波", "外地"), "打工，")
	}
	b.t("家长反映孩子周末常去同学")
	b.nm(g.zhP().full())
	b.t("家（")
	b.ad(g.of(zhRoads) + g.num(1, 200) + "号")
	b.t("）玩手机。")
	if g.chance(0.5) {
		b.t("已与")
		b.nm(g.zhP().sur)
		b.t(g.pick("校长", "主任", "老师"), "沟通，建议申请助学金。")
	}
	if g.chance(0.7) {
		b.t("母亲")
		b.nm(g.zhP().full())
		b.t("现住")
		b.ad(g.zhAddr())
		b.t("，与")
		if len([]rune(s.given)) == 2 {
			b.nm(s.given)
		} else {
			b.nm(s.full())
		}
		b.t("每月见面一次。")
	}
	b.t("\n家长签名：")
	b.nm(g.zhP().full())
	b.t("\n")
}

func zhDianti(g *gen, b *bld) {
	b.t("record_type: 电梯维保\ndate: ", g.date("-"), "\nsite:\n  name: ", g.of(zhEstates), "\n  address: ")
	b.ad(g.zhAddr())
	b.t("\n  elevator_no: ", g.digits(4), "T", g.digits(5), "\ntechnicians:\n")
	for range g.n(2, 4) {
		b.t("  - ")
		b.nm(g.zhP().full())
		b.t("\n")
	}
	b.t("items:\n  - 曳引机: 正常\n  - 门锁回路: ", g.pick("正常", "更换", "调整"), "\n  - 轿厢照明: 正常\n")
	b.t("property_contact: ")
	p := g.zhP()
	switch g.r.IntN(3) {
	case 0:
		b.nm(p.sur)
		b.t(g.pick("经理", "主管"))
	case 1:
		b.nm(p.full())
	default:
		b.nm(p.full())
		b.t("（物业）")
	}
	b.t("\nsigned_by: ")
	b.nm(g.zhP().full())
	b.t("\nnext_site: ")
	b.ad(g.zhAddr())
	b.t("\nnote: 钥匙找")
	b.zhRef(g, g.zhP())
	b.t("\n")
}

func zhNegChangguan(g *gen, b *bld) {
	items := []string{"中山公园", "中山大学", "逸夫楼", "鲁迅文学奖", "茅盾文学奖", "宋庆龄基金会", "李宁专卖店", "张小泉剪刀", "王老吉凉茶", "周大福珠宝",
		"郑和号", "孙中山故居", "邵逸夫医院", "陈嘉庚纪念馆", "詹天佑纪念馆", "袁隆平农业高科技股份", "张亮麻辣烫", "杨国福麻辣烫", "同仁堂", "胡庆余堂",
		"包玉刚实验学校", "霍英东体育中心", "钱学森图书馆", "林则徐纪念馆", "白居易纪念馆", "李白故里", "杜甫草堂", "岳飞庙", "曹雪芹纪念馆", "徐霞客大道",
		"中山路", "逸仙路", "鲁迅公园", "黄继光纪念馆", "雷锋小学", "张江高科", "马应龙药业", "田七牙膏", "冼星海音乐厅", "聂耳音乐厅"}
	words := []string{"王牌", "高兴", "黄金", "林业", "周末", "马上", "方便", "江南", "钱包", "金融", "白天", "石头", "叶子", "常规", "程序", "华为", "安全", "宋体"}
	b.t(g.pick("周末去哪儿", "城市文化地图", "【本地生活】推荐清单", "财经简讯"), "\n")
	for range g.n(5, 9) {
		switch g.r.IntN(5) {
		case 0:
			b.t("· ", g.of(items), "：开放时间", g.num(8, 10), ":00-", g.num(16, 21), ":00，", g.num(1, 40), "号门进入\n")
		case 1:
			b.t("· 乘", g.num(1, 300), "路公交到", g.of(items), "站，步行", g.num(100, 900), "米\n")
		case 2:
			b.t("· ", g.of(words), g.of(words), "：", g.of(items), "今日", g.pick("上涨", "下跌"), g.num(0, 9), ".", g.digits(1), "%\n")
		case 3:
			b.t("· ", g.of(items), g.num(1, 30), "号楼", g.num(101, 909), "展厅，", g.of(words), "主题展\n")
		default:
			b.t("· 第", g.num(1, 20), "届", g.of(items), "颁奖，", g.of(words), "团队获奖\n")
		}
	}
}

func zhNegAudit(g *gen, b *bld) {
	py := []string{"zhangwei", "liuyang", "wangfang", "chenjing", "lixia", "zhaolei", "sunli", "huangmin", "ouyangfeng", "zhuge_l"}
	for range g.n(5, 9) {
		h := g.of(py)
		b.t(g.date("-"), " ", g.clock(), ":", g.pad(g.r.IntN(60), 2), " ")
		switch g.r.IntN(5) {
		case 0:
			b.t("登录成功 账号=", h, g.num(1, 99), " IP=10.", g.num(0, 255), ".", g.num(0, 255), ".", g.num(1, 254), "\n")
		case 1:
			b.t("重置密码 邮箱=", h, "@", g.pick("163.com", "qq.com", "126.com", "company.cn"), " 工单=", g.digits(6), "\n")
		case 2:
			b.t("授予角色 @", h, " -> ", g.pick("财务", "管理员", "只读", "审批"), "，操作人=@admin", g.num(1, 9), "\n")
		case 3:
			b.t("门禁刷卡 ", g.pick("逸夫楼", "中山楼", "嘉庚楼", "图书馆"), g.num(1, 20), "层", g.num(101, 2099), "门 卡号", g.digits(8), "\n")
		default:
			b.t("账号停用 ", h, " 原因=", g.pick("离职", "长期未登录", "合同到期", "调岗"), " 微信号=wx_", h, g.digits(3), "\n")
		}
	}
}

func zhJuanzeng(g *gen, b *bld) {
	p := g.zhP()
	b.t(g.pick("捐赠回执", "公益捐赠收据", "感谢回函"), "\n\n")
	b.nm(p.full())
	b.t(g.pick("女士/先生", "先生", "女士", ""), "：\n\n")
	b.t("感谢您于", g.date("-"), "向本会捐赠人民币", g.num(50, 50000), "元，用于", g.pick("山区儿童午餐", "大病救助", "乡村图书室", "助老服务"), "项目。")
	if g.chance(0.6) {
		b.t("受助学生")
		b.nm(g.zhP().full())
		b.t("的家人托我们转达谢意。")
	}
	b.t("\n回执将寄往：", g.pick("", "", "中国", "中国 "))
	if g.chance(0.5) {
		b.ad(g.zhAddr())
	} else {
		b.t("\n")
		b.ad(g.zhAddr())
		b.t("\n")
		b.nm(p.full())
		b.t("（收）")
	}
	b.t("\n\n经办人：")
	b.nm(g.zhP().full())
	b.t("（地址：")
	b.ad(g.zhAddr())
	b.t("）")
	b.t("\n复核：")
	b.nm(g.zhP().sur)
	b.t("会计\n", g.pick("某慈善总会", "爱心公益基金会", "红十字会"), "\n")
}
