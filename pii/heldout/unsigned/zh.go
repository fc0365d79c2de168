package unsigned

import (
	"github.com/comity-project/comity/pii/heldout"
)

func init() {
	kindsOf[heldout.ZH] = []kind{
		{"快递柜通知", zhLocker}, {"业主群聊", zhOwners}, {"派出所笔录", zhPolice}, {"班级花名册", zhRoster},
		{"报销单", zhExpense}, {"医院挂号单", zhHospital}, {"租车合同", zhCarRental}, {"外卖订单备注", zhTakeout},
		{"公司通讯录", zhDirectory}, {"寻物启事", zhLost}, {"婚宴座位表", zhWedding}, {"快递退货单", zhReturn},
		{"学生评语", zhComment}, {"物业缴费通知", zhFee},
	}
}

var zhSurname = []string{
	"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "罗", "郑",
	"梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "萧", "田", "董", "潘", "袁", "蔡", "蒋", "余", "杜",
	"叶", "程", "魏", "苏", "吕", "丁", "任", "卢", "姚", "沈", "钟", "姜", "崔", "谭", "陆", "范", "廖", "石", "韦", "贾",
	"夏", "邹", "熊", "孟", "秦", "邱", "侯", "尹", "薛", "闫", "段", "雷", "黎", "史", "龚", "邵", "覃", "欧阳", "司马", "上官", "诸葛",
}

var zhGiven = []string{
	"伟", "芳", "娜", "敏", "静", "磊", "洋", "艳", "勇", "军", "杰", "娟", "涛", "明", "超", "秀英", "建华", "志强", "晓燕",
	"海燕", "子涵", "梓萱", "浩然", "一诺", "雨桐", "俊杰", "思远", "欣怡", "宇轩", "嘉怡", "文博", "佳琪", "天佑", "若曦",
	"国庆", "建国", "桂兰", "淑珍", "玉梅", "红霞", "立新", "晨曦", "梦瑶", "家豪", "泽宇", "诗涵", "明轩", "雅婷", "鹏飞",
}

var zhMinority = []string{
	"阿依古丽·买买提", "艾尔肯·吐尔逊", "热依拉·艾力", "迪丽娜尔·吾斯曼", "买合木提·阿不都", "古丽米拉·热合曼",
	"扎西多吉", "卓玛", "次仁央宗", "巴特尔", "其其格", "乌兰图雅", "阿卜杜拉·艾山", "娜扎·吐尔洪",
}

var zhSalute = []string{"先生", "女士", "老师", "经理", "师傅", "医生", "主任", "阿姨", "总"}

type zhLoc struct{ prov, city string }

var zhPlaces = []zhLoc{
	{"浙江省", "杭州市"}, {"江苏省", "苏州市"}, {"广东省", "深圳市"}, {"广东省", "佛山市"}, {"四川省", "成都市"},
	{"湖北省", "武汉市"}, {"山东省", "青岛市"}, {"河南省", "郑州市"}, {"湖南省", "长沙市"}, {"福建省", "厦门市"},
	{"陕西省", "西安市"}, {"辽宁省", "大连市"}, {"云南省", "昆明市"}, {"新疆维吾尔自治区", "乌鲁木齐市"},
	{"广西壮族自治区", "南宁市"}, {"北京市", ""}, {"上海市", ""}, {"重庆市", ""}, {"天津市", ""},
}
var zhDistrict = []string{"西湖区", "姑苏区", "南山区", "禅城区", "武侯区", "洪山区", "市南区", "金水区", "岳麓区", "思明区", "雁塔区", "沙河口区", "五华区", "天山区", "青秀区", "朝阳区", "浦东新区", "渝中区", "河西区", "高新区"}
var zhRoad = []string{"文三路", "人民路", "解放大道", "建设北路", "学府街", "科技园南路", "滨江大道", "长江路", "幸福里", "和平街", "金桥路", "花园巷", "东风路", "新华西路", "光明大街", "青年路", "朝阳北路", "锦绣路"}
var zhEstate = []string{"阳光花园", "翠湖苑", "金色家园", "万科城", "碧桂园", "幸福小区", "世纪新城", "锦江公寓", "和谐家园", "御景湾"}

var zhNeg = []string{
	"老干妈", "张小泉剪刀", "中山大学", "王老吉", "李宁运动鞋", "周大福", "马应龙药膏", "东坡肉", "宫保鸡丁", "麻婆豆腐",
	"海底捞", "金龙鱼", "黄鹤楼", "白云机场", "周黑鸭", "武大郎烧饼", "杨国福麻辣烫", "李子柒", "孔乙己酒家", "陈皮",
}

type zhP struct{ s, g string }

func (g *gen) zhP() zhP {
	return zhP{g.of(zhSurname), g.of(zhGiven)}
}

func (p zhP) full() string { return p.s + p.g }

// zhAny returns a full name, a minority name with a middle dot now and then.
func (g *gen) zhAny() string {
	if g.chance(0.12) {
		return g.of(zhMinority)
	}
	return g.zhP().full()
}

func (g *gen) zhAddr() string {
	l := zhPlaces[g.r.IntN(len(zhPlaces))]
	s := l.prov + l.city + g.of(zhDistrict) + g.of(zhRoad) + g.n(1, 999) + "号"
	switch g.r.IntN(4) {
	case 0:
		s += g.of(zhEstate) + g.n(1, 30) + "栋" + g.n(1, 4) + "单元" + g.n(1, 33) + "0" + g.n(1, 8) + "室"
	case 1:
		s += g.n(1, 20) + "幢" + g.n(1, 28) + "0" + g.n(1, 6)
	case 2:
		s += g.pick("", "B座") + g.n(2, 30) + "楼"
	}
	return s
}

func (g *gen) zhPhone() string { return "1" + g.pick("3", "5", "8", "9") + g.digits(9) }

func (g *gen) zhDate() string {
	return "20" + g.n(23, 26) + "年" + g.n(1, 12) + "月" + g.n(1, 28) + "日"
}

func zhLocker(g *gen, b *builder) {
	b.t("【", g.pick("丰巢", "菜鸟驿站", "兔喜"), "】您的", g.pick("中通", "圆通", "顺丰", "韵达"), "包裹已到")
	b.addr(g.zhAddr())
	b.t("旁快递柜，取件码", g.digits(6), "。收件人：")
	b.name(g.zhAny())
	b.t("，如非本人请联系派件员")
	b.name(g.zhP().s)
	b.t(g.pick("师傅", "先生"), g.zhPhone(), "。\n")
}

func zhOwners(g *gen, b *builder) {
	b.t(g.of(zhEstate), "业主群（", g.n(200, 498), "）\n")
	for range g.num(3, 6) {
		p := g.zhP()
		b.t(g.n(1, 30), "栋-")
		b.name(p.full())
		b.t("：")
		switch g.r.IntN(5) {
		case 0:
			b.t("@")
			b.name(g.zhP().full())
			b.t(" 你家车挡住消防通道了")
		case 1:
			b.t("物业")
			b.name(g.zhP().s)
			b.t("经理说明天停水，大家储水")
		case 2:
			b.t("有没有人拼单", g.pick(zhNeg...), "？送到")
			b.addr(g.zhAddr())
		case 3:
			b.t("谢谢")
			b.name(g.zhP().s)
			b.t("阿姨帮我收快递🙏")
		default:
			b.t("楼下", g.pick("周黑鸭", "海底捞", "杨国福麻辣烫"), "开业了，打八折")
		}
		b.t("\n")
	}
}

func zhPolice(g *gen, b *builder) {
	p := g.zhP()
	b.t("询问笔录\n时间：", g.zhDate(), "\n地点：", g.zhCity(), "公安局", g.pick("城南", "东关", "新华"), "派出所\n询问人：")
	b.name(g.zhP().full())
	b.t("、")
	b.name(g.zhP().full())
	b.t("\n被询问人：")
	b.name(p.full())
	b.t("，男，身份证号", g.digits(6), "19", g.digits(2), "********\n现住址：")
	b.addr(g.zhAddr())
	b.t("\n问：你把当天的情况说一下。\n答：那天晚上我在", g.pick("孔乙己酒家", "海底捞", "小区门口"), "跟")
	b.name(g.zhAny())
	b.t("吃饭，后来")
	b.name(g.zhP().s)
	b.t("先生过来说我欠他钱，就吵起来了。\n")
}

func zhRoster(g *gen, b *builder) {
	b.t(g.pick("三年级二班", "初一(4)班", "高二3班"), "花名册\n学号,姓名,性别,家长,家庭住址\n")
	for range g.num(3, 5) {
		p := g.zhP()
		b.t(g.digits(6), ",")
		if g.chance(0.1) {
			b.name(g.of(zhMinority))
		} else {
			b.name(p.full())
		}
		b.t(",", g.pick("男", "女"), ",")
		b.name(p.s + g.of(zhGiven))
		b.t(",")
		b.addr(g.zhAddr())
		b.t("\n")
	}
	b.t("班主任：")
	b.name(g.zhP().s)
	b.t("老师\n")
}

func zhExpense(g *gen, b *builder) {
	b.t("费用报销单\n报销人：")
	b.name(g.zhP().full())
	b.t("  部门：", g.pick("市场部", "研发中心", "行政部"), "\n")
	for range g.num(2, 4) {
		b.t("- ", g.pick("招待客户", "出差餐费", "团建"), "：", g.pick("宫保鸡丁等", "东坡肉套餐", "周大福礼品", "白云机场停车费"), " ¥", g.n(30, 2000), ".00")
		if g.chance(0.4) {
			b.t("（陪同：")
			b.name(g.zhP().full())
			b.t("）")
		}
		b.t("\n")
	}
	b.t("部门负责人：")
	b.name(g.zhP().full())
	b.t("  财务审核：")
	b.name(g.zhP().s)
	b.t("会计\n")
}

func zhHospital(g *gen, b *builder) {
	p := g.zhP()
	b.t(g.zhCity(), "第", g.pick("一", "二", "三"), "人民医院 挂号单\n姓名：")
	b.name(p.full())
	b.t("  性别：", g.pick("男", "女"), "  年龄：", g.n(1, 90), "\n科室：", g.pick("消化内科", "儿科", "口腔科", "骨科"), "  医生：")
	b.name(g.zhP().full())
	b.t("（主任医师）\n联系地址：")
	b.addr(g.zhAddr())
	b.t("\n就诊时间：", g.zhDate(), " 上午", g.n(8, 11), ":", g.n(10, 59), "\n")
}

func zhCarRental(g *gen, b *builder) {
	p := g.zhP()
	b.t("汽车租赁合同\n出租方：", g.pick("一嗨租车", "神州租车", "安心出行"), "有限公司\n承租方：")
	b.name(p.full())
	b.t("\n承租方住址：")
	b.addr(g.zhAddr())
	b.t("\n紧急联系人：")
	b.name(g.zhAny())
	b.t(" ", g.zhPhone(), "\n车型：", g.pick("林肯领航员", "大众朗逸", "比亚迪秦"), "  取车门店：")
	b.addr(g.zhAddr())
	b.t("\n承租方签字：")
	b.name(p.full())
	b.t("\n")
}

func zhTakeout(g *gen, b *builder) {
	b.t("订单备注：", g.pick("不要香菜", "多放辣", "麻婆豆腐少油"), "，放门口别敲门，孩子在睡觉。\n收货人：")
	p := g.zhP()
	b.name(p.s)
	b.t(g.pick("先生", "女士", "(先生)"), " ", g.digits(3), "****", g.digits(4), "\n地址：")
	b.addr(g.zhAddr())
	b.t("\n骑手")
	b.name(g.zhP().full())
	b.t("已接单，预计", g.n(20, 50), "分钟送达\n")
}

func zhDirectory(g *gen, b *builder) {
	b.t("公司通讯录（", g.pick("华东区", "总部", "研发中心"), "）\n姓名\t职位\t分机\n")
	for range g.num(4, 7) {
		if g.chance(0.15) {
			b.name(g.of(zhMinority))
		} else {
			b.name(g.zhP().full())
		}
		b.t("\t", g.pick("总经理", "产品经理", "前端工程师", "出纳", "法务专员", "司机"), "\t", g.digits(4), "\n")
	}
	b.t("办公地址：")
	b.addr(g.zhAddr())
	b.t("\n")
}

func zhLost(g *gen, b *builder) {
	b.t("寻物启事\n本人于", g.zhDate(), "在", g.pick("黄鹤楼景区", "中山大学南门", "白云机场T2"), "附近遗失", g.pick("黑色钱包", "一串钥匙", "张小泉剪刀一把（有纪念意义）"), "，内有身份证（姓名：")
	b.name(g.zhAny())
	b.t("）。有拾到者请联系")
	p := g.zhP()
	b.name(p.s)
	b.t("女士，电话", g.zhPhone(), "，或送至")
	b.addr(g.zhAddr())
	b.t("，必有重谢！\n")
}

func zhWedding(g *gen, b *builder) {
	b.name(g.zhP().full())
	b.t(" & ")
	b.name(g.zhP().full())
	b.t(" 婚宴座位表\n")
	for t := 1; t <= g.num(2, 3); t++ {
		b.tf("第%d桌：", t)
		for i := range g.num(3, 6) {
			if i > 0 {
				b.t("、")
			}
			if g.chance(0.25) {
				p := g.zhP()
				b.name(p.s)
				b.t(g.pick("叔叔", "阿姨", "总", "老师"))
			} else {
				b.name(g.zhAny())
			}
		}
		b.t("\n")
	}
	b.t("菜单：", g.pick("东坡肉、宫保鸡丁", "武大郎烧饼、陈皮鸭"), "等八道菜\n")
}

func zhReturn(g *gen, b *builder) {
	b.t("退货单\n订单号：", g.digits(12), "\n商品：", g.pick("李宁运动鞋 42码", "金龙鱼调和油5L", "老干妈风味豆豉 ×12", "马应龙药膏"), "\n退货原因：", g.pick("尺码不合适", "破损", "发错货"), "\n寄件人：")
	b.name(g.zhAny())
	b.t(" ", g.zhPhone(), "\n寄件地址：")
	b.addr(g.zhAddr())
	b.t("\n收件方：售后仓 ")
	b.name(g.zhP().full())
	b.t("（收）\n")
	b.addr(g.zhAddr())
	b.t("\n")
}

func zhComment(g *gen, b *builder) {
	p := g.zhP()
	b.name(p.g)
	b.t("同学：你是一个活泼开朗的孩子，", g.pick("课堂上积极发言", "字写得越来越工整", "乐于帮助同学"), "。希望你和")
	b.name(g.zhP().full())
	b.t("一起进步，向")
	b.name(g.of(zhGiven))
	b.t("学习，把数学成绩提上来。加油！\n——班主任 ")
	b.name(g.zhP().full())
	b.t("\n家长意见：已阅。")
	b.name(p.s + g.of(zhGiven))
	b.t("\n")
}

func zhFee(g *gen, b *builder) {
	b.t("物业缴费通知\n尊敬的")
	p := g.zhP()
	b.name(p.full())
	b.t(g.pick("业主", "女士", "先生"), "：\n您名下房产（")
	b.addr(g.zhAddr())
	b.t("）", g.n(2024, 2026), "年度物业费¥", g.n(1200, 6000), "尚未缴纳，请于", g.zhDate(), "前到物业服务中心缴纳，或联系管家")
	b.name(g.zhP().s)
	b.t("经理。\n", g.of(zhEstate), "物业服务中心\n")
}

func (g *gen) zhCity() string {
	l := zhPlaces[g.r.IntN(len(zhPlaces))]
	if l.city == "" {
		return l.prov
	}
	return l.city
}
