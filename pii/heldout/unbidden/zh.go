package unbidden

var zhSur = []string{
	"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭",
	"何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾",
	"肖", "田", "董", "袁", "潘", "蒋", "蔡", "贾", "丁", "魏", "薛", "叶", "阎", "钟", "卢", "汪",
}

var zhCompound = []string{"欧阳", "司马", "上官", "诸葛", "慕容", "端木", "皇甫", "令狐", "尉迟"}

var zhGivenChars = []string{
	"芳", "伟", "娜", "敏", "静", "磊", "洋", "艳", "勇", "军", "杰", "涛", "超", "明", "霞", "秀",
	"英", "华", "慧", "建", "国", "志", "强", "丽", "婷", "雪", "梓", "涵", "浩", "宇", "欣", "怡",
	"子", "轩", "晨", "嘉", "琪", "思", "博", "文", "雨", "桐", "佳", "一", "诺", "俊", "熙", "瑶",
}

var zhMinority = []string{
	"阿依古丽·买买提", "扎西顿珠", "次仁卓玛", "巴特尔", "乌兰图雅", "热依拉·艾力", "努尔兰·叶尔兰",
	"格桑央金", "阿不都热合曼", "金美善", "朴成浩", "莫日根", "古丽娜尔",
}

var zhDiv = [][]string{
	{"广东省", "深圳市", "南山区"}, {"江苏省", "苏州市", "姑苏区"}, {"四川省", "成都市", "武侯区"},
	{"湖北省", "武汉市", "洪山区"}, {"山东省", "青岛市", "崂山区"}, {"浙江省", "宁波市", "鄞州区"},
	{"陕西省", "西安市", "雁塔区"}, {"辽宁省", "大连市", "沙河口区"}, {"云南省", "昆明市", "五华区"},
	{"北京市", "朝阳区"}, {"上海市", "静安区"}, {"重庆市", "渝中区"}, {"天津市", "河西区"},
	{"新疆维吾尔自治区", "乌鲁木齐市", "天山区"}, {"广西壮族自治区", "南宁市", "青秀区"},
	{"河南省", "洛阳市", "涧西区"}, {"福建省", "厦门市", "思明区"},
}

var zhRoads = []string{
	"青枫路", "望湖街", "朝晖大道", "学府路", "桂花巷", "振兴东路", "滨江路", "梧桐路", "金穗大道",
	"长乐西街", "和平北路", "杏林二路", "槐荫胡同", "新华南路", "翠屏山路",
}

var zhBuildings = []string{"锦绣花园", "翠湖苑", "金桂小区", "海棠公寓", "星河大厦", "瑞景国际", "阳光新村", "蓝湾雅居", "科创园"}

// negatives: words that begin with a surname character, brands, places
// and buildings named after people.
var zhNeg = []string{
	"张家界", "王府井", "李宁运动鞋", "周大福", "马上", "高兴", "黄金周", "林业局", "石油", "白天",
	"方便面", "中山医院", "逸夫楼", "鲁迅中学", "王老吉", "马克思主义学院", "孙悟空", "陈皮",
	"朱砂", "程序", "江南", "钱包", "宋体", "东方明珠", "关于", "包子", "平安保险", "杜鹃花",
}

var zhNegSentence = []string{
	"马上就到，请稍候。", "黄金周期间停止装修。", "高兴地通知大家，电梯已经修好。", "请勿在王府井附近停车。",
	"周末全天供水。", "林业局来人检查了绿化。", "白天请保持安静。", "关于物业费调整，请见附件。",
	"程序员请于周三前提交材料。", "东方明珠夜游取消。", "钱包遗失请到前台认领。",
}

func (g *gen) zhName() string {
	switch r := g.r.Float64(); {
	case r < 0.07:
		return g.of(zhMinority)
	case r < 0.15:
		return g.of(zhCompound) + g.of(zhGivenChars) + g.pick("", g.of(zhGivenChars))
	case r < 0.55:
		return g.of(zhSur) + g.of(zhGivenChars)
	default:
		return g.of(zhSur) + g.of(zhGivenChars) + g.of(zhGivenChars)
	}
}

func (g *gen) zhSurname() string {
	if g.p(0.1) {
		return g.of(zhCompound)
	}
	return g.of(zhSur)
}

func (g *gen) zhTitle() string {
	return g.pick("老师", "医生", "经理", "警官", "主任", "师傅", "律师", "总", "阿姨", "同学")
}

func (g *gen) zhAddr() string {
	dv := zhDiv[g.r.IntN(len(zhDiv))]
	s := ""
	for _, x := range dv {
		s += x
	}
	s += g.of(zhRoads) + g.digits(g.n(1, 3)) + "号"
	switch g.r.IntN(4) {
	case 0:
		s += g.of(zhBuildings) + g.digits(1) + "栋" + g.digits(1) + "单元" + g.digits(1) + "0" + g.digits(1) + "室"
	case 1:
		s += g.of(zhBuildings) + g.digits(2) + "楼" + g.digits(4) + "室"
	case 2:
		s += g.of(zhBuildings) + g.digits(1) + "号楼" + g.digits(3)
	}
	return s
}

var zhKinds = []kind{
	{"派出所笔录", zhBilu}, {"会议纪要", zhJiyao}, {"业主群", zhYezhu}, {"报修单", zhBaoxiu},
	{"体检报告", zhTijian}, {"招聘启事", zhZhaopin}, {"通讯录", zhTongxunlu}, {"物流", zhWuliu},
	{"判决书", zhPanjue}, {"家长群", zhJiazhang}, {"入住登记", zhRuzhu}, {"日志", zhLog},
	{"表扬信", zhBiaoyang},
}

func zhBilu(g *gen, d *doc) {
	a, b := g.zhName(), g.zhName()
	p := g.zhSurname()
	d.t("询问笔录\n询问人：")
	d.nm(p)
	d.t("警官　记录人：")
	d.nm(g.zhName())
	d.t("\n被询问人：")
	d.nm(a)
	d.t("，性别：", g.pick("男", "女"), "，现住址：")
	d.am(g.zhAddr())
	d.t("\n问：你把当天的情况说一下。\n答：我下班回家，发现邻居")
	d.nm(b)
	d.t("家的门开着，就给物业打了电话。", g.of(zhNegSentence), "\n问：以上记录是否属实？\n答：属实。\n被询问人签名：")
	d.nm(a)
	d.t("\n")
}

func zhJiyao(g *gen, d *doc) {
	a, b, c := g.zhName(), g.zhName(), g.zhName()
	d.t("会议纪要\n时间：", g.digits(1), "月", g.digits(1), "日 星期", g.pick("一", "三", "五"), "\n地点：", g.pick("逸夫楼三楼会议室", "中山医院行政楼", "公司大会议室"), "\n参会人员：")
	d.nm(a)
	d.t("、")
	d.nm(b)
	d.t("、")
	d.nm(c)
	d.t("\n主持：")
	d.nm(g.zhSurname())
	d.t("总\n一、", g.of(zhNegSentence), "\n二、新办公室选址：")
	d.am(g.zhAddr())
	d.t("，由")
	d.nm(b)
	d.t("负责对接。\n三、下次会议由")
	d.nm(c)
	d.t("同志记录。\n")
}

func zhYezhu(g *gen, d *doc) {
	a, b := g.zhName(), g.zhName()
	d.t(g.pick("锦绣花园", "翠湖苑", "金桂小区"), "业主群(", g.digits(3), ")\n")
	d.nm(a)
	d.t("：@物业-")
	d.nm(g.zhSurname())
	d.t("经理 ", g.of(zhNegSentence), "\n物业客服（工号"+g.digits(3)+"）：收到，马上安排师傅上门。\n")
	d.nm(b)
	d.t("：谁的快递放错了？地址写的是")
	d.am(g.zhAddr())
	d.t("\n", g.pick("3-2-501", "8栋业主", "张家界旅游群转"), "：是")
	d.nm(g.zhSurname())
	d.t("阿姨家的\n")
}

func zhBaoxiu(g *gen, d *doc) {
	a := g.zhName()
	d.t("报修单 No.", g.digits(6), "\n报修人：")
	d.nm(a)
	d.t("\n联系电话：1", g.digits(10), "\n报修地址：")
	d.am(g.zhAddr())
	d.t("\n故障描述：", g.pick("卫生间水龙头漏水", "客厅灯不亮", "门锁坏了"), "，", g.of(zhNegSentence), "\n维修师傅：")
	d.nm(g.zhSurname())
	d.t("师傅\n完成情况：已修复，业主")
	d.nm(a)
	d.t("签字确认。\n")
}

func zhTijian(g *gen, d *doc) {
	a := g.zhName()
	d.t("体检报告\n姓名：")
	d.nm(a)
	d.t("　性别：", g.pick("男", "女"), "　年龄：", g.digits(2), "\n单位：", g.pick("平安保险", "周大福珠宝", "林业局"), "\n通讯地址：")
	d.am(g.zhAddr())
	d.t("\n血常规：正常\n肝功能：谷丙转氨酶略高，建议复查。\n总检医生：")
	d.nm(g.zhName())
	d.t("\n审核：")
	d.nm(g.zhSurname())
	d.t("主任\n")
}

func zhZhaopin(g *gen, d *doc) {
	d.t("招聘启事\n", g.pick("鲁迅中学", "中山医院", "王老吉饮料有限公司"), "因业务发展需要，招聘", g.pick("语文教师", "护士", "销售代表"), "若干名。\n要求：本科及以上学历，", g.of(zhNegSentence), "\n工作地点：")
	d.am(g.zhAddr())
	d.t("\n联系人：")
	d.nm(g.zhSurname())
	d.t(g.pick("老师", "女士", "先生"), "\n联系电话：0", g.digits(2), "-", g.digits(8), "\n")
}

func zhTongxunlu(g *gen, d *doc) {
	d.t("姓名,部门,手机,地址\n")
	for range g.n(2, 4) {
		d.nm(g.zhName())
		d.t(",", g.pick("财务部", "市场部", "技术部"), ",1", g.digits(10), ",")
		d.am(g.zhAddr())
		d.t("\n")
	}
}

func zhWuliu(g *gen, d *doc) {
	a := g.zhName()
	d.t("运单号：SF", g.digits(12), "\n收件人：")
	d.nm(a)
	d.t("\n收件地址：")
	d.am(g.zhAddr())
	d.t("\n【", g.pick("深圳市", "杭州市"), "】快件已从转运中心发出\n【派送中】快递员")
	d.nm(g.zhName())
	d.t("正在派送\n【已签收】签收人：", g.pick("本人", "门卫", "丰巢快递柜"), "\n")
}

func zhPanjue(g *gen, d *doc) {
	a, b := g.zhName(), g.zhName()
	d.t("民事判决书\n原告：")
	d.nm(a)
	d.t("，住")
	d.am(g.zhAddr())
	d.t("。\n委托诉讼代理人：")
	d.nm(g.zhName())
	d.t("，", g.pick("平安", "金诚同达", "中伦"), "律师事务所律师。\n被告：")
	d.nm(b)
	d.t("，住")
	d.am(g.zhAddr())
	d.t("。\n原告")
	d.nm(a)
	d.t("与被告")
	d.nm(b)
	d.t("房屋租赁合同纠纷一案，本院依法审理。", g.of(zhNegSentence), "\n审判员　")
	d.nm(g.zhName())
	d.t("\n")
}

func zhJiazhang(g *gen, d *doc) {
	a, b := g.zhName(), g.zhName()
	t := g.zhSurname()
	d.nm(t)
	d.t("老师：各位家长好，明天春游，", g.of(zhNegSentence), "\n")
	d.nm(a)
	d.t("妈妈：收到\n")
	d.nm(b)
	d.t("爸爸：")
	d.nm(t)
	d.t("老师，孩子的校服寄到")
	d.am(g.zhAddr())
	d.t("可以吗？\n")
	d.nm(t)
	d.t("老师：可以的。\n")
}

func zhRuzhu(g *gen, d *doc) {
	a := g.zhName()
	d.t("宾客入住登记表\n姓名：")
	d.nm(a)
	d.t("\n证件类型：身份证\n户籍地址：")
	d.am(g.zhAddr())
	d.t("\n同住人：")
	d.nm(g.zhName())
	d.t("\n房号：", g.digits(4), "\n前台：")
	d.nm(g.zhSurname())
	d.t(g.pick("经理", "主管"), "\n备注：", g.of(zhNeg), "套餐\n")
}

func zhLog(g *gen, d *doc) {
	for range g.n(2, 3) {
		d.t(`{"ts":"2025-0`, g.digits(1), `-1`, g.digits(1), `","event":"order_created","receiver":"`)
		d.nm(g.zhName())
		d.t(`","address":"`)
		d.am(g.zhAddr())
		d.t(`","note":"`, g.of(zhNeg), `"}`, "\n")
	}
}

func zhBiaoyang(g *gen, d *doc) {
	a, b := g.zhName(), g.zhName()
	d.t("表扬信\n尊敬的医院领导：\n我是")
	d.nm(a)
	d.t("，住在")
	d.am(g.zhAddr())
	d.t("。上月我父亲在贵院住院，")
	d.nm(b)
	d.t("医生和")
	d.nm(g.zhSurname())
	d.t("护士长悉心照料，特此感谢！", g.of(zhNegSentence), "\n")
	d.nm(a)
	d.t("\n")
	d.nm(b)
	d.t("女士，谢谢您！\n")
}
