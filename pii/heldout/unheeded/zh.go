package unheeded

import (
	"fmt"
	"strings"
)

var zhSur = strings.Fields(`王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 彭 曾 肖 田 董 袁 潘 于 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 石 廖 贾 夏 韦 付 方 白 邹 孟 熊 秦 邱 江 尹 薛 闫 段 雷 侯 龙 史 陶 黎 贺 顾 毛 郝 龚 邵 万 钱 严 覃 武 戴 莫 孔 向 汤 常 温 康 施 文 牛 樊 葛 邢 安 齐 易 乔 伍 庞 颜 倪 庄 聂 章 鲁 岳 翟 殷 詹 申 欧 耿 关 兰 焦 俞 左 柳 甘 祝 包 宁 尚 符 舒 阮 柯 纪 梅 童 凌 毕 单 季 裴 霍 涂 成 苗 谷 盛 曲 翁 冉 骆 蓝 路 游 辛 靳 管 柴 蒙 鲍 华 喻 祁 蒲 房 滕 屈 饶 解 牟 艾 尤 阳 时 穆 农 司 卓 古 吉 缪 简 车 项 连 芦 麦 褚 娄 窦 戚 岑 景 党 宫 费 卜 冷 晏 席 卫 米 柏 宗 瞿 桂 全 佟 应 臧 闵 苟 邬 边 卞 姬 师 和`)
var zhCompound = strings.Fields(`欧阳 司马 诸葛 上官 东方 皇甫 尉迟 公孙 慕容 令狐 司徒 夏侯 长孙 宇文 端木 南宫`)
var zhGiven1 = strings.Fields(`伟 芳 娜 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 秀 霞 平 刚 桂 英 华 玉 兰 萍 红 鹏 辉 健 宇 浩 凯 婷 雪 琳 晶 颖 倩 欣 怡 佳 睿 博 轩 涵 萱 梓 晨 子 思 雨 嘉 逸 俊 泽 昊 瑶 璐 蕾 菲 露 岚 峰 波 斌 亮 彬 鑫 飞 龙 海 江 山 林 森 琪 薇 莹 妍 悦 彤 诗 一 文 建 国 志 永 春 秋 冬 德 福 荣 晓 小 宏 新 光 天 金 云 凤 琴 燕 梅 丹 阳 帆 航 宁 安 乐 然 可 言 沐 景 知 若 清 月 星 语 诺 奕 霖 铭 钰 馨 蕊 曦 瀚 煜 珂`)
var zhMinority = []string{"阿依古丽·买买提", "艾力·吐尔逊", "古丽娜扎·艾买提", "买买提·艾则孜", "热依拉·阿不都", "迪丽努尔·库尔班", "巴特尔", "乌兰图雅", "扎西多吉", "央金卓玛", "次仁旺姆", "阿卜杜拉·热合曼", "努尔兰·哈力克", "娜仁花", "格桑曲珍"}

type zhPerson struct{ sur, given string }

func (p zhPerson) full() string { return p.sur + p.given }

func (g *gen) zhPerson() zhPerson {
	if g.chance(0.04) {
		return zhPerson{given: g.of(zhMinority)}
	}
	p := zhPerson{sur: g.of(zhSur)}
	if g.chance(0.05) {
		p.sur = g.of(zhCompound)
	}
	p.given = g.of(zhGiven1)
	if g.chance(0.7) {
		p.given += g.of(zhGiven1)
	}
	return p
}

// name returns the person's written name, or a given name for a minority
// name held in given alone.
func (g *gen) zhName() string { return g.zhPerson().full() }

type zhCity struct {
	prov, city string
	dists      []string
}

var zhCities = []zhCity{
	{"广东省", "广州市", []string{"天河区", "越秀区", "海珠区", "番禺区", "白云区"}},
	{"广东省", "深圳市", []string{"南山区", "福田区", "宝安区", "龙岗区"}},
	{"广东省", "佛山市", []string{"禅城区", "南海区", "顺德区"}},
	{"江苏省", "南京市", []string{"鼓楼区", "玄武区", "秦淮区", "建邺区"}},
	{"江苏省", "苏州市", []string{"姑苏区", "吴中区", "相城区"}},
	{"江苏省", "无锡市", []string{"梁溪区", "滨湖区"}},
	{"浙江省", "杭州市", []string{"西湖区", "拱墅区", "上城区", "滨江区", "余杭区"}},
	{"浙江省", "宁波市", []string{"鄞州区", "海曙区", "江北区"}},
	{"浙江省", "温州市", []string{"鹿城区", "瓯海区"}},
	{"四川省", "成都市", []string{"武侯区", "锦江区", "青羊区", "金牛区", "成华区"}},
	{"湖北省", "武汉市", []string{"洪山区", "江汉区", "武昌区", "汉阳区"}},
	{"湖南省", "长沙市", []string{"岳麓区", "芙蓉区", "天心区", "开福区"}},
	{"山东省", "济南市", []string{"历下区", "市中区", "槐荫区"}},
	{"山东省", "青岛市", []string{"市南区", "市北区", "崂山区", "黄岛区"}},
	{"河南省", "郑州市", []string{"金水区", "二七区", "中原区"}},
	{"陕西省", "西安市", []string{"雁塔区", "碑林区", "未央区", "长安区"}},
	{"福建省", "厦门市", []string{"思明区", "湖里区", "集美区"}},
	{"福建省", "福州市", []string{"鼓楼区", "台江区", "仓山区"}},
	{"辽宁省", "沈阳市", []string{"和平区", "沈河区", "皇姑区"}},
	{"辽宁省", "大连市", []string{"中山区", "西岗区", "沙河口区"}},
	{"黑龙江省", "哈尔滨市", []string{"南岗区", "道里区", "香坊区"}},
	{"云南省", "昆明市", []string{"五华区", "盘龙区", "官渡区"}},
	{"安徽省", "合肥市", []string{"蜀山区", "包河区", "庐阳区"}},
	{"江西省", "南昌市", []string{"东湖区", "西湖区", "红谷滩区"}},
	{"广西壮族自治区", "南宁市", []string{"青秀区", "兴宁区", "西乡塘区"}},
	{"新疆维吾尔自治区", "乌鲁木齐市", []string{"天山区", "沙依巴克区"}},
	{"", "北京市", []string{"海淀区", "朝阳区", "东城区", "西城区", "丰台区"}},
	{"", "上海市", []string{"浦东新区", "徐汇区", "静安区", "杨浦区", "闵行区"}},
	{"", "天津市", []string{"南开区", "和平区", "河西区"}},
	{"", "重庆市", []string{"渝中区", "江北区", "沙坪坝区", "南岸区"}},
}

var zhRoads = strings.Fields(`中山路 人民路 解放路 建设路 文化路 和平路 学院路 科技路 长江路 滨江大道 天府大道 东风路 青年路 新华路 光明街 胜利街 朝阳路 友谊路 复兴路 迎宾大道 工业大道 南京东路 淮海中路 中关村大街 体育西路 黄河路 珠江路 金沙江路 环城北路 五一路 八一大道 北京西路 延安东路 湖滨路 建国门外大街 望京街 龙华路 高新南七道 科苑路 文一西路 莫干山路 人民南路四段 中北路 沿江大道 红旗街 幸福路`)
var zhEstates = strings.Fields(`阳光花园 锦绣家园 翠湖苑 金色港湾 和谐小区 碧水湾 丽景湾 万科城 保利花园 绿地新都会 华府天地 紫金山庄 春晓苑 桂花园 东方明珠花园 幸福里 书香门第 滨江一号 怡景新村 教工宿舍`)

func (g *gen) zhAddr() string {
	c := zhCities[g.r.IntN(len(zhCities))]
	var sb strings.Builder
	switch g.r.IntN(4) {
	case 0, 1:
		sb.WriteString(c.prov + c.city)
	case 2:
		sb.WriteString(c.city)
	}
	sb.WriteString(g.of(c.dists))
	if g.chance(0.2) {
		sb.WriteString(g.pick("五山街道", "城关镇", "南湖街道", "新港街道"))
	}
	sb.WriteString(g.of(zhRoads))
	sb.WriteString(fmt.Sprintf("%d号", g.n(1, 999)))
	switch g.r.IntN(4) {
	case 0:
	case 1:
		sb.WriteString(g.of(zhEstates) + fmt.Sprintf("%d栋%d单元%d%02d室", g.n(1, 30), g.n(1, 4), g.n(1, 32), g.n(1, 6)))
	case 2:
		sb.WriteString(g.of(zhEstates) + fmt.Sprintf("%d号楼%d%02d", g.n(1, 20), g.n(1, 18), g.n(1, 4)))
	default:
		sb.WriteString(fmt.Sprintf("%s座%d楼%d室", g.pick("A", "B", "C"), g.n(2, 28), g.n(201, 2810)))
	}
	return sb.String()
}

var zhNegs = []string{"李宁", "高速公路", "黄河", "周末", "王府井", "张江高科", "马上", "高兴", "金山软件", "王老吉", "周黑鸭", "杨浦大桥", "朱家角", "宋庆龄基金会", "鲁迅文学奖", "茅盾文学奖", "中山大学", "黄山", "白云机场", "钱塘江", "万达广场", "华为Mate 60", "小米14 Pro", "海尔", "格力", "同仁堂", "北京协和医院", "华山医院", "阿尔茨海默病", "帕金森病", "唐氏综合征", "川崎病", "主治医师", "护士长", "副教授", "制片人", "星期一", "三月", "周一", "林业局", "何必", "成功", "高铁", "江南", "海南", "白天", "金融", "石油", "方便面", "田园", "温度", "马路", "常用", "程序", "孔雀", "关于", "钟表", "卫生院", "老干妈", "海底捞", "蔡司镜片", "邓亚萍杯", "曹操出行", "许昌", "周口", "石家庄", "武汉长江大桥", "安徽", "江苏", "鲁菜", "潘多拉", "诸葛亮纪念馆", "欧阳修文化园", "中山陵", "中山路"}

func (g *gen) zhNeg() string { return g.of(zhNegs) }

var zhDx = []string{"社区获得性肺炎", "2型糖尿病", "高血压病3级", "冠状动脉粥样硬化性心脏病", "急性阑尾炎术后", "慢性阻塞性肺疾病急性加重", "左股骨颈骨折"}

func zhDate(g *gen) string {
	return fmt.Sprintf("%d年%d月%d日", g.n(2019, 2026), g.n(1, 12), g.n(1, 28))
}

func init() {
	kindsOf["zh"] = []kind{
		{"zhuanzhen_referral", zhReferral}, {"chufang_prescription", zhRx}, {"chuyuan_discharge", zhDischarge},
		{"jiaoban_handover", zhHandover}, {"jianyan_lab", zhLab}, {"lunwen_authors", zhAuthors},
		{"zhixie_ack", zhAck}, {"xuewei_thesis", zhThesis}, {"yanzhiyuan_cast", zhCast},
		{"shuming_byline", zhByline}, {"boke_podcast", zhPodcast}, {"zupu_genealogy", zhZupu},
		{"yangquan_dog", zhDog}, {"kaochang_seating", zhSeating}, {"pingyu_report", zhReport},
		{"vcard", zhVcard}, {"srt_subtitles", zhSRT},
	}
	negKindsOf["zh"] = []kind{{"neg_yaopin", zhNegDrug}, {"neg_lvyou", zhNegTravel}, {"neg_jiangxiang", zhNegAward}}
}

func zhReferral(g *gen, b *builder) {
	p := g.zhPerson()
	b.t("双向转诊单（转出）\n\n患者姓名：")
	b.name(p.full())
	b.t("  性别：", g.pick("男", "女"), "  年龄：", fmt.Sprint(g.n(3, 90)), "岁\n家庭住址：")
	b.addr(g.zhAddr())
	b.t("\n初步诊断：", g.of(zhDx), "\n转入医院：")
	b.neg(g.pick("北京协和医院", "华山医院", "中山大学附属第一医院"))
	b.t("\n转诊医生：")
	b.name(g.zhName())
	b.t("（", g.pick("主治医师", "副主任医师"), "）\n接诊医生：")
	d := g.zhPerson()
	b.name(d.full())
	b.t(g.pick("医生", "主任", ""), "\n日期：", zhDate(g), "\n")
}

func zhRx(g *gen, b *builder) {
	b.t(g.pick("普通处方", "处方笺"), "  No.", g.digits(8), "\n姓名：")
	b.name(g.zhName())
	b.t("   科别：", g.pick("内科", "儿科", "皮肤科"), "   日期：", zhDate(g), "\n")
	if g.chance(0.6) {
		b.t("住址/电话：")
		b.addr(g.zhAddr())
		b.t(" 1", g.digits(10), "\n")
	}
	b.t("临床诊断：", g.of(zhDx), "\nRp.\n  ", g.pick("阿莫西林胶囊 0.25g×24粒", "二甲双胍片 0.5g×60片", "布洛芬缓释胶囊 0.3g×20粒"), "\n  用法：口服 一日三次\n医师：")
	b.name(g.zhName())
	b.t("  审核：")
	b.name(g.zhName())
	b.t("  调配：")
	b.name(g.zhName())
	b.t("\n")
}

func zhDischarge(g *gen, b *builder) {
	p := g.zhPerson()
	b.t("出院小结\n\n患者")
	b.name(p.full())
	b.t("，", g.pick("男", "女"), "，", fmt.Sprint(g.n(20, 92)), "岁，因“", g.pick("咳嗽发热3天", "胸闷气促1周", "右下腹痛1天"), "”于", zhDate(g), "入院。\n入院诊断：", g.of(zhDx), "\n诊疗经过：予抗感染等治疗，病情好转。")
	if g.chance(0.5) {
		b.t("家属（其女")
		b.name(g.zhName())
		b.t("）知情同意。")
	}
	b.t("\n出院医嘱：1.")
	b.neg(g.pick("周一", "星期一"))
	b.t("复查血常规；2.门诊随访。\n随访地址：")
	b.addr(g.zhAddr())
	b.t("\n主治医师：")
	b.name(g.zhName())
	b.t("  住院医师：")
	b.name(g.zhName())
	b.t("\n")
}

func zhHandover(g *gen, b *builder) {
	b.t(g.pick("护理交班记录", "夜班交班本"), " ", zhDate(g), "\n")
	for i := 0; i < g.n(2, 4); i++ {
		b.t(fmt.Sprintf("%d床 ", g.n(1, 48)))
		p := g.zhPerson()
		b.name(p.full())
		b.t("，", g.of(zhDx), "，", g.pick("生命体征平稳。", "夜间睡眠差，已报告值班医生。", "今晨空腹抽血。", "留置导尿通畅。"))
		if g.chance(0.3) && p.sur != "" {
			b.t("家属要求由")
			b.name(p.sur)
			b.t("阿姨陪护。")
		}
		b.t("\n")
	}
	b.t("交班者：")
	b.name(g.zhName())
	b.t("  接班者：")
	b.name(g.zhName())
	b.t("  ")
	b.neg("护士长")
	b.t("已阅\n")
}

func zhLab(g *gen, b *builder) {
	b.t(g.pick("检验报告单", "临床检验报告"), "\n姓名：")
	b.name(g.zhName())
	b.t("  性别：", g.pick("男", "女"), "  标本：静脉血\n送检科室：", g.pick("心内科", "内分泌科", "急诊科"), "  送检医生：")
	b.name(g.zhName())
	b.t("\n检验者：")
	b.name(g.zhName())
	b.t("  审核者：")
	b.name(g.zhName())
	b.t("\n报告日期：", zhDate(g), "\n项目  结果  参考值\n空腹血糖  ", fmt.Sprintf("%.1f", 4+g.r.Float64()*6), "  3.9-6.1 mmol/L\n检验地点：")
	b.addr(g.zhAddr())
	b.t("\n")
}

func zhAuthors(g *gen, b *builder) {
	n := g.n(2, 6)
	for i := range n {
		if i > 0 {
			b.t(g.pick("，", "  ", "、"))
		}
		b.name(g.zhName())
		b.t(fmt.Sprint(1 + g.r.IntN(2)))
		if i == 0 {
			b.t("*")
		}
	}
	b.t("\n（1. ")
	b.neg(g.pick("中山大学", "华山医院", "金山软件"))
	b.t(g.pick("化学学院", "公共卫生学院", "研究院"), "，")
	b.addr(g.zhAddr())
	b.t("；2. ", g.pick("某省疾病预防控制中心", "国家重点实验室"), "，")
	b.addr(g.zhAddr())
	b.t("）\n*通信作者：")
	b.name(g.zhName())
	b.t("\n")
}

func zhAck(g *gen, b *builder) {
	b.t("致  谢\n\n衷心感谢导师")
	b.name(g.zhName())
	b.t(g.pick("教授", "研究员", "老师"), "的悉心指导。感谢师兄")
	b.name(g.zhName())
	b.t("、师姐")
	b.name(g.zhName())
	b.t("在实验上的帮助。感谢")
	b.neg(g.pick("宋庆龄基金会", "张江高科", "王老吉"))
	b.t("的资助。最后感谢我的父母和妻子")
	b.name(g.zhName())
	b.t("，以及每个")
	b.neg("周末")
	b.t("陪我去")
	b.neg(g.pick("黄山", "钱塘江", "王府井"))
	b.t("散心的朋友。\n")
}

func zhThesis(g *gen, b *builder) {
	b.t("分类号：", g.pick("TP391", "R541", "F224"), "\n\n硕士学位论文\n\n", g.pick("基于深度学习的古籍文字识别研究", "城市社区老年人照护需求调查", "黄河下游泥沙输移特征分析"), "\n\n研究生：")
	b.name(g.zhName())
	b.t("\n指导教师：")
	b.name(g.zhName())
	b.t(" ", g.pick("教授", "副教授"), "\n学科专业：", g.pick("计算机科学与技术", "护理学", "水利工程"), "\n答辩日期：", zhDate(g), "\n")
}

func zhCast(g *gen, b *builder) {
	b.t("话剧《", g.pick("茶馆", "雷雨", "日出", "北京人"), "》演职员表\n\n")
	for _, r := range []string{"导演", "编剧", "舞美设计", "灯光设计", "服装设计"}[:g.n(2, 5)] {
		b.t(r, "：")
		b.name(g.zhName())
		b.t("\n")
	}
	b.t("\n主演（按出场顺序）：")
	for i := 0; i < g.n(3, 5); i++ {
		if i > 0 {
			b.t(" ")
		}
		b.name(g.zhName())
	}
	b.t("\n演出地点：")
	b.addr(g.zhAddr())
	b.t("\n赞助：")
	b.neg(g.pick("海尔", "格力", "老干妈", "海底捞"))
	b.t("\n")
}

func zhByline(g *gen, b *builder) {
	b.t(g.pick("本报记者 ", "记者 ", "文/"))
	b.name(g.zhName())
	b.t(g.pick("  通讯员 ", " 实习生 "))
	b.name(g.zhName())
	b.t("\n\n", g.pick("老城区的最后一位修表匠", "“村超”火了之后", "一条江边步道的诞生"), "\n\n")
	s := g.zhPerson()
	b.name(s.full())
	b.t("在", g.pick("店里", "江边", "排练厅"), "接受采访。（摄影：")
	b.name(g.zhName())
	b.t("）今年", g.pick("三月", "五月"), "，他获得了")
	b.neg(g.pick("鲁迅文学奖", "茅盾文学奖", "邓亚萍杯"))
	b.t("提名。说起", g.pick("黄河", "江南", "海南"), "，")
	b.name(s.full())
	b.t("显得很", g.pick("高兴", "平静"), "。\n")
}

func zhPodcast(g *gen, b *builder) {
	h1, h2, guest := g.zhPerson(), g.zhPerson(), g.zhPerson()
	b.t(fmt.Sprintf("第%d期｜", g.n(10, 260)), g.pick("在急诊科值夜班是什么体验", "写论文的那些坑", "我们为什么爱看纪录片"), "\n\n主播：")
	b.name(h1.full())
	b.t("、")
	b.name(h2.full())
	b.t("\n嘉宾：")
	b.name(guest.full())
	b.t("\n\n本期我们请到了")
	b.name(guest.full())
	b.t(g.pick("女士", "先生", "老师", "医生", ""))
	b.t("，聊聊从")
	b.neg(g.pick("高铁", "高速公路", "白云机场"))
	b.t("上开始的故事。\n时间轴：\n03:15 ")
	b.name(guest.full())
	b.t("的第一份工作\n41:20 听众")
	b.name(g.zhName())
	b.t("的来信\n\n来信请寄：")
	b.addr(g.zhAddr())
	b.t("\n")
}

func zhZupu(g *gen, b *builder) {
	sur := g.of(zhSur)
	b.t(g.pick("清河", "颍川", "太原", "陇西"), sur, "氏族谱", g.pick("", "（续修本）"), "\n\n")
	gen0 := g.of(zhGiven1)
	for i := 0; i < g.n(2, 4); i++ {
		b.t(fmt.Sprintf("第%s世  ", []string{"十八", "十九", "二十", "二十一"}[i]))
		b.name(sur + gen0 + g.of(zhGiven1))
		b.t("，字", g.of(zhGiven1), g.of(zhGiven1), "，生于", fmt.Sprint(g.n(1850, 1990)), "年，配")
		b.name(g.zhName())
		b.t("，生子")
		b.name(sur + gen0 + g.of(zhGiven1))
		b.t("。\n")
	}
	b.t("祖居：")
	b.addr(g.zhAddr())
	b.t("\n")
}

func zhDog(g *gen, b *builder) {
	b.t("养犬登记信息\n序号|犬主姓名|住址|犬名|品种\n")
	for i := 1; i <= g.n(2, 5); i++ {
		b.t(fmt.Sprint(i), "|")
		b.name(g.zhName())
		b.t("|")
		b.addr(g.zhAddr())
		b.t("|")
		b.neg(g.pick("旺财", "豆豆", "球球", "馒头", "可乐", "煤球", "土豆"))
		b.t("|", g.pick("柯基", "泰迪", "中华田园犬", "柴犬", "金毛"), "\n")
	}
}

func zhSeating(g *gen, b *builder) {
	b.t(g.pick("期末考试", "高二年级月考"), " 第", fmt.Sprint(g.n(1, 30)), "考场座位表\n监考：")
	b.name(g.zhName())
	b.t("、")
	b.name(g.zhName())
	b.t("\n")
	for i := 1; i <= g.n(3, 5); i++ {
		b.t(fmt.Sprintf("%02d  %s  ", i, g.digits(8)))
		b.name(g.zhName())
		b.t(g.pick("\n", "  ", "\n"))
	}
	b.t("\n考场地点：")
	b.t(g.pick("实验楼", "教学楼"), g.pick("A", "B"), "座", fmt.Sprint(g.n(101, 520)), "\n")
}

func zhReport(g *gen, b *builder) {
	s := g.zhPerson()
	b.t("学生综合素质评价\n姓名：")
	b.name(s.full())
	b.t("  班级：", fmt.Sprint(g.n(1, 6)), "年级", fmt.Sprint(g.n(1, 8)), "班\n语文 ", fmt.Sprint(g.n(70, 100)), "  数学 ", fmt.Sprint(g.n(60, 100)), "\n\n班主任评语：", g.pick("", "亲爱的"))
	b.name(s.given)
	b.t("，你", g.pick("上课专注，乐于助人。", "本学期进步很大，希望继续努力。"), "\n班主任：")
	b.name(g.zhName())
	b.t("  家长签字：")
	b.name(g.zhName())
	b.t("\n")
}

func zhVcard(g *gen, b *builder) {
	p := g.zhPerson()
	b.t("BEGIN:VCARD\nVERSION:3.0\nN:")
	if p.sur != "" {
		b.name(p.sur)
		b.t(";")
		b.name(p.given)
	} else {
		b.name(p.given)
		b.t(";")
	}
	b.t(";;;\nFN:")
	b.name(p.full())
	b.t("\nORG:")
	b.neg(g.pick("金山软件", "海尔", "格力", "同仁堂", "李宁"))
	b.t("\nADR;TYPE=WORK:;;")
	b.addr(g.zhAddr())
	b.t(";;;;中国\nTEL:+86 1", g.digits(10), "\nEND:VCARD\n")
}

func zhSRT(g *gen, b *builder) {
	a, c := g.zhPerson(), g.zhPerson()
	for i := 1; i <= g.n(3, 5); i++ {
		m := g.n(0, 59)
		b.t(fmt.Sprintf("%d\n00:%02d:%02d,100 --> 00:%02d:%02d,800\n", i, m, i*3, m, i*3+2))
		switch g.r.IntN(4) {
		case 0:
			b.name(a.full())
			b.t("，你", g.pick("回来了？", "等等我！", "听我说。"), "\n")
		case 1:
			b.t("这事得问")
			b.name(c.full())
			b.t("。\n")
		case 2:
			b.t("我们")
			b.neg("周末")
			b.t("去")
			b.neg(g.pick("王府井", "朱家角", "万达广场"))
			b.t("吧。\n")
		default:
			b.t("——", g.pick("马上", "何必", "成功"), "了吗？\n")
		}
		b.t("\n")
	}
}

func zhNegDrug(g *gen, b *builder) {
	b.t("药品说明书（节选）\n【适应症】用于")
	b.neg(g.pick("帕金森病", "阿尔茨海默病", "川崎病"))
	b.t("的辅助治疗。\n【生产企业】")
	b.neg(g.pick("同仁堂", "王老吉", "老干妈"))
	b.t("\n【注意事项】请遵", g.pick("主治医师", "护士长"), "医嘱，")
	b.neg(g.pick("周一", "星期一", "周末"))
	b.t("复诊。\n")
}

func zhNegTravel(g *gen, b *builder) {
	b.t("旅游攻略：")
	for i := 0; i < g.n(4, 7); i++ {
		if i > 0 {
			b.t("→")
		}
		b.neg(g.pick("王府井", "黄山", "钱塘江", "朱家角", "中山陵", "杨浦大桥", "许昌", "周口", "石家庄", "武汉长江大桥", "诸葛亮纪念馆", "欧阳修文化园"))
	}
	b.t("。沿")
	b.neg("中山路")
	b.t("步行，", g.pick("高铁", "高速公路"), "很方便，", g.pick("白天", "周末"), "人多。\n")
}

func zhNegAward(g *gen, b *builder) {
	b.t("获奖与赞助名单\n")
	for i := 0; i < g.n(4, 6); i++ {
		b.neg(g.zhNeg())
		b.t(g.pick("\n", "、", "；\n"))
	}
}
