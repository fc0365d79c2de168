package unsought

import "strings"

var (
	zhSur      = fields(`王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 彭 曾 肖 田 董 袁 潘 于 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 石 廖 贾 夏 韦 付 方 白 邹 孟 熊 秦 邱 江 尹 薛 闫 段 雷 侯 龙 史 陶 黎 贺 顾 毛 郝 龚 邵 万 钱 严 覃 武 戴 莫 孔 向 汤 常 温 康 施 文 牛 樊 葛 邢 安 齐 易 乔 伍 庞 颜 倪 庄 聂 章 鲁 岳 翟 殷 詹 申 欧 耿 关 兰 焦 俞 左 柳 甘 祝 包 宁 尚 符 舒 阮 柯 纪 梅 童 凌 毕 单 季 裴 霍 涂 成 苗 谷 盛 曲 翁 冉 骆 蓝 路 游 辛 靳 管 柴 蒙 鲍 华 喻 祁 蒲 房 滕 屈 饶 解 牟 艾 尤 阳 时 穆 农 司 卓 古 吉 缪 简 车 项 连 芦 麦 褚 娄 窦 戚 岑 景 党 宫 费 卜 冷 晏 席 卫 米 柏 宗 瞿 桂 全 佟 应 臧 闵 苟 邬 边 卞 姬 师 和 仇 栾 隋 商 刁 沙 荣 巫 寇 桑 郎 甄 丛 仲 虞 敖 巩 明 佘 池 查 麻 苑 迟 邝`)
	zhSur2     = fields(`欧阳 司马 诸葛 上官 皇甫 司徒 东方 慕容 尉迟 令狐 夏侯 端木 公孙 长孙 宇文 独孤 南宫 闻人 轩辕 澹台`)
	zhGiven1   = fields(`芳 伟 静 敏 磊 强 军 洋 勇 艳 杰 娟 涛 明 超 霞 平 刚 桂 丹 萍 鹏 华 红 玲 斌 宇 浩 凯 健 俊 帆 帅 旭 宁 龙 林 欢 阳 晶 倩 颖 琳 雪 婷 睿 辉 毅 岚 蕾 薇 妍 楠 琦 璐 昊 轩 哲 彤 瑜`)
	zhGivenA   = fields(`子 梓 雨 欣 思 嘉 佳 诗 一 浩 宇 俊 志 明 晓 文 建 国 海 春 秀 桂 玉 丽 美 慧 静 婷 雪 晨 泽 博 家 天 若 语 可 心 梦 紫 晶 伟 永 德 金 少 长 振 红 亚 立 翠 凤 兰 彩 秋 冬 淑 艳 昕 沐 亦 安 怀 继 宏 卫 新 光`)
	zhGivenB   = fields(`涵 轩 萱 怡 琪 彤 然 航 杰 辰 豪 睿 宁 婷 霞 华 英 平 明 军 强 勇 峰 磊 涛 斌 鹏 辉 刚 玲 燕 芳 娟 敏 静 丽 洁 琳 颖 瑶 欣 悦 彬 凯 伦 文 武 龙 飞 洋 阳 帆 铭 泓 蕊 茜 薇 岚 莹 菲 妮 雯 琴 梅 兵 东 生 成 福 荣`)
	zhMinority = fields(`阿依古丽·买买提 买买提·吐尔逊 古丽娜尔·艾力 艾尔肯·阿不都拉 热依拉·吐尔洪 迪丽娜尔·阿不都 努尔艾力·肉孜 帕提古丽·依明 吾尔开希·多来提 阿卜杜热合曼·艾海提 叶尔兰·努尔兰 阿依达娜·哈斯木 扎西次仁 次仁卓玛 格桑梅朵 达瓦顿珠 央金拉姆 尼玛扎西 巴特尔 乌兰图雅 其木格 额尔敦巴雅尔 苏日娜 宝音德力格尔 阿牛木呷 吉克阿依 莫色拉则 金顺姬 朴成浩`)
	zhProv     = []string{"浙江省", "江苏省", "广东省", "四川省", "湖北省", "湖南省", "河南省", "山东省", "福建省", "安徽省", "江西省", "河北省", "陕西省", "辽宁省", "云南省", "贵州省", "广西壮族自治区", "新疆维吾尔自治区", "内蒙古自治区", "黑龙江省", "吉林省", "山西省", "甘肃省"}
	zhCity     = fields(`临江市 青州市 云岭市 安宁市 南溪市 白沙市 东湖市 丰泽市 长宁市 泉山市 清河市 永宁市 江城市 禾丰市 宝华市 凤阳市 嘉陵市 北流市 西塘市 松原市 金川市 沐阳市 宁远市 兴化市`)
	zhMuni     = []string{"北京市朝阳区", "北京市海淀区", "上海市浦东新区", "上海市闵行区", "天津市河西区", "重庆市渝北区", "重庆市沙坪坝区"}
	zhDist     = fields(`江北区 城南区 高新区 经开区 滨江区 东城区 鼓楼区 河西区 望江区 龙湖区 金沙区 新城区 天河区 青山区 临湖县 白石县 双桥区 开元区 文昌区 沿江区`)
	zhJiedao   = fields(`文苑街道 城关镇 双塔街道 东湖街道 新华街道 梅林街道 南门街道 桥西街道 龙泉镇 城北街道 西溪街道 古荡街道`)
	zhRoad     = fields(`文三 解放 人民 建设 中山 学院 长江 黄河 新华 和平 朝阳 光明 幸福 青年 工农 金桥 银杏 梧桐 丹桂 紫荆 望湖 滨河 东风 胜利 迎宾 公园 科技 创业 延安 新民 振兴 广场 湖滨 环城 体育 育才 北京 南京`)
	zhRoadSuf  = []string{"路", "路", "路", "街", "大道", "东路", "西路", "北路", "南路", "巷", "中路"}
	zhEstate   = fields(`阳光花园 锦绣家园 翠苑 金色港湾 碧水苑 紫金城 枫林小区 书香门第 滨江名都 幸福里 和谐家园 桂花园 御景湾 铁路新村 教师公寓 电厂宿舍 龙湖天街 春江花月 丽景苑 南苑新村`)
	zhNeg      = []string{"王府井", "张家界", "李宁专卖店", "周大福", "黄山风景区", "马上办", "方便面", "林业局", "陈列室", "周末加班", "孙中山纪念馆", "中山路", "鲁迅公园", "宋庆龄基金会", "邵逸夫医院", "逸夫楼", "老干妈", "王老吉", "张小泉剪刀", "杨浦区", "金山区", "白云机场", "常州", "高铁站", "钱塘江", "朱家角古镇", "郑州东站", "许可证", "江苏银行", "史料", "程序员", "曹操出行", "袁隆平农业高科", "黄河路", "包公祠", "杜甫草堂", "雷锋纪念馆", "焦裕禄干部学院", "田字格", "高考", "白天", "金融", "石油", "邓小平故居", "梅花奖", "茅盾文学奖", "鲁迅文学奖", "郑和号", "雷锋精神", "毛笔字", "龙井茶", "马来西亚", "胡同", "林荫道", "秦岭", "宋体", "吴语", "蔡伦纸业", "刘一手火锅", "张亮麻辣烫", "杨国福麻辣烫", "李先生牛肉面", "沈大成糕团", "王守义十三香", "武大郎烧饼", "社保卡", "医保局", "人社局", "居委会", "派出所", "公积金中心", "市场监管局", "妇幼保健院", "卫健委", "街道办", "物业服务中心", "人民调解委员会", "劳动人事争议仲裁委员会", "信访局", "疾控中心", "养老服务中心"}
	zhOrg      = []string{"临江市恒达物流有限公司", "云岭市第一人民医院", "青州市实验小学", "安宁市人力资源和社会保障局", "东湖区社区卫生服务中心", "丰泽科技股份有限公司", "长宁市住房公积金管理中心", "南溪市康乐养老院", "白沙区妇幼保健院", "江城市第三中学", "宝华置业有限公司", "禾丰电子商务有限公司", "凤阳市市场监督管理局", "永宁县人民调解委员会", "泉山市福利院", "嘉陵区人民法院", "沐阳市第二实验幼儿园", "兴化物业管理有限公司", "金川食品有限公司", "松原市疾控中心"}
	zhRole     = []string{"经办人", "申请人", "班主任", "主治医生", "业主", "被申请人", "调解员", "社区网格员", "人事专员", "家属", "监护人", "客户经理", "审核员", "护士长", "接访人员", "法定代表人", "面试官", "交接人", "监交人"}
)

func zhPerson(c *ctx) person {
	p := person{female: c.chance(0.5)}
	if c.chance(0.05) {
		p.given = c.of(zhMinority)
		return p
	}
	if c.chance(0.06) {
		p.sur = c.of(zhSur2)
	} else {
		p.sur = c.of(zhSur)
	}
	if c.chance(0.3) {
		p.given = c.of(zhGiven1)
	} else {
		p.given = c.of(zhGivenA) + c.of(zhGivenB)
	}
	return p
}

func zhFull(p person) string { return p.sur + p.given }

func zhRender(c *ctx, p person, form byte) (string, string, string) {
	full := zhFull(p)
	honor := "先生"
	if p.female {
		honor = c.pick("女士", "女士", "小姐")
	}
	if p.sur == "" { // a minority name: no surname-only forms
		switch form {
		case 'T', 'L':
			return "", full, c.pick(honor, "同志", "")
		case 'S':
			return "尊敬的", full, honor
		}
		return "", full, ""
	}
	switch form {
	case 'T':
		switch c.r.IntN(5) {
		case 0:
			return "", full, c.pick(honor, "同志", "老师", "医生")
		case 1:
			return c.pick("老", "小"), p.sur, ""
		default:
			if p.female {
				return "", p.sur, c.pick("老师", "医生", "经理", "主任", "律师", "阿姨", "姐", "护士", "女士", "总", "科长", "大夫")
			}
			return "", p.sur, c.pick("老师", "医生", "经理", "主任", "律师", "师傅", "叔", "哥", "先生", "总", "工", "警官", "科长", "局")
		}
	case 'S':
		if c.chance(0.7) {
			return "尊敬的", full, honor
		}
		return "", p.sur, c.pick("老师", "经理", "总") + "您好"
	case 'G':
		if len([]rune(p.given)) == 1 {
			return "", full, ""
		}
		return "", p.given, ""
	case 'L':
		switch c.r.IntN(4) {
		case 0:
			return "", p.sur, c.pick("姐", "哥", "总", "老师")
		case 1:
			return c.pick("小", "老"), p.sur, ""
		case 2:
			return "@", full, ""
		default:
			return "", full, ""
		}
	case 'C':
		if c.chance(0.25) {
			return "", p.sur + " " + p.given, ""
		}
	}
	return "", full, ""
}

func zhNum(c *ctx, lo, hi int) string { return c.itoa(lo, hi) }

func zhAddr(c *ctx, form string) string {
	road := c.of(zhRoad) + c.of(zhRoadSuf) + zhNum(c, 1, 999) + "号"
	room := ""
	if c.chance(0.7) {
		room = c.of(zhEstate) + zhNum(c, 1, 32) + c.pick("栋", "幢", "号楼") + c.pick("", zhNum(c, 1, 6)+"单元") + zhNum(c, 1, 33) + c.pick("01", "02", "03", "04", "05") + "室"
	}
	var head string
	if c.chance(0.15) {
		head = c.of(zhMuni)
	} else {
		head = c.pick(c.of(zhProv), "") + c.of(zhCity) + c.of(zhDist)
	}
	if c.chance(0.3) {
		head += c.of(zhJiedao)
	}
	switch form {
	case "AS":
		if room != "" && c.chance(0.4) {
			return road + room
		}
		return road
	case "AB":
		if room == "" {
			return head + "\n" + road
		}
		return head + "\n" + road + "\n" + room
	}
	sep := c.pick("", "", "", " ", "，")
	return head + sep + road + room
}

var zhLocale = &locale{
	kinds:  zhKinds,
	person: zhPerson,
	render: zhRender,
	addr:   zhAddr,
	neg:    func(c *ctx) string { return c.of(zhNeg) },
	negP:   []string{"孙中山纪念馆", "鲁迅公园", "邵逸夫医院", "逸夫楼", "中山公园", "杜甫草堂", "雷锋纪念馆", "焦裕禄干部学院", "邓小平故居", "包公祠", "宋庆龄幼儿园", "蔡元培小学", "陶行知中学", "张謇纪念馆", "詹天佑铁路小学", "郑成功纪念馆", "林则徐纪念馆", "岳飞庙", "徐霞客大道", "白求恩医院", "黄继光中学", "鲁迅中学", "中山路", "黄河路", "王府井", "张家界", "周口店", "朱家角古镇", "李白故里", "曹雪芹纪念馆"},
	negB:   []string{"李宁专卖店", "周大福", "老干妈", "王老吉", "张小泉剪刀", "曹操出行", "袁隆平农业高科", "刘一手火锅", "张亮麻辣烫", "杨国福麻辣烫", "李先生牛肉面", "沈大成糕团", "王守义十三香", "武大郎烧饼", "谭木匠", "周黑鸭", "陈李济", "马应龙", "张裕葡萄酒", "胡庆余堂", "吴裕泰", "王致和腐乳", "李锦记", "同仁堂", "小杨生煎", "杨铭宇黄焖鸡", "贾国龙功夫菜", "钱大妈", "许留山"},
	org:    func(c *ctx) string { return c.of(zhOrg) },
	role:   func(c *ctx) string { return c.of(zhRole) },
	date: func(c *ctx) string {
		y, m, d := c.itoa(2019, 2026), c.num(1, 12), c.num(1, 28)
		switch c.r.IntN(3) {
		case 0:
			return y + "年" + c.itoa(m, m) + "月" + c.itoa(d, d) + "日"
		case 1:
			return y + "-" + pad2(m) + "-" + pad2(d)
		}
		return y + "/" + c.itoa(m, m) + "/" + c.itoa(d, d)
	},
	phone: func(c *ctx) string {
		return c.pick("138", "139", "186", "150", "177", "0571-", "020-", "028-") + c.digits(8)
	},
	email: func(c *ctx, p person) string {
		return c.pick(c.digits(9)+"@qq.com", c.pick("xm", "lily", "zz", "sunny", "hr")+c.digits(4)+"@163.com", c.pick("wang", "li", "zhang", "chen", "liu", "yang")+"."+c.pick("f", "w", "jy", "xm")+"@"+c.pick("126.com", "foxmail.com", "sina.com"))
	},
	handle: func(c *ctx, p person) string {
		return c.pick("用户"+c.digits(6), "微信用户", "蓝色天空"+c.itoa(1, 99), "momo", "不吃香菜", "追风少年", "wx_"+c.digits(8), "晴天"+c.itoa(1, 99))
	},
}

var _ = strings.Join
