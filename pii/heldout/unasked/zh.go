package unasked

import (
	"fmt"
	"strings"
)

func runesOf(s string) []string {
	var out []string
	for _, r := range strings.Join(strings.Fields(s), "") {
		out = append(out, string(r))
	}
	return out
}

var zhSingleSur = runesOf(`赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏窦章云苏潘葛奚范彭郎
鲁韦昌马苗凤方俞任袁柳鲍史唐费廉岑薛雷贺倪汤滕殷罗毕郝邬安常乐于时傅皮卞齐康伍余元卜顾孟平黄和穆萧尹姚邵湛汪祁
毛禹狄米贝明臧计伏成戴谈宋茅庞熊纪舒屈项祝董梁杜阮蓝闵席季麻强贾路娄危江童颜郭梅盛林刁钟徐邱骆高夏蔡田樊胡凌霍
虞万支柯昝管卢莫经房裘缪干解应宗丁宣贲邓郁单杭洪包诸左石崔吉钮龚程嵇邢滑裴陆荣翁荀羊於惠甄曲家封芮羿储靳汲邴糜
松井段富巫乌焦巴弓牧隗山谷车侯宓蓬全郗班仰秋仲伊宫宁仇栾暴甘厉戎祖武符刘景詹束龙叶幸司韶郜黎蓟薄印宿白怀蒲邰从
鄂索咸籍赖卓蔺屠蒙池乔阴胥能苍双闻莘党翟谭贡劳逄姬申扶堵冉宰郦雍璩桑桂濮牛寿通边扈燕冀郏浦尚农温别庄晏柴瞿阎充
慕连茹习宦艾鱼容向古易慎戈廖庾终暨居衡步都耿满弘匡国文寇广禄阙东欧殳沃利蔚越夔隆师巩聂晁勾敖融冷辛阚那简饶曾沙
养鞠须丰巢关蒯相查荆红游竺权逯盖益桓公覃岳帅揭付佘晋练闫谌粟兰言代敬银仝冼麦植邝区麻续计迟`)

var zhCompoundSur = fields(`欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 令狐 宇文 长孙 司徒 夏侯 轩辕 端木 澹台 南宫 百里 呼延 独孤 西门 万俟 闻人 赫连 钟离 濮阳 申屠 公羊 太史`)

var zhSur = append(append([]string{}, zhSingleSur...), zhCompoundSur...)

// zhCommonSur weights the common surnames: most people have one of them.
var zhCommonSur = runesOf(`王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤`)

var zhGiven = fields(`伟 芳 娜 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 秀英 霞 平 刚 桂英 建华 建国 建军 志强 志明 秀兰 玉兰 桂兰
淑珍 淑华 凤英 玉珍 丽华 海燕 晓燕 雪梅 红梅 春梅 冬梅 秋菊 美玲 美华 丽娟 丽萍 晓红 晓东 晓明 晓峰 晓勇 晓光 晓丽 晓静
晓婷 婷婷 丹丹 莉莉 欢欢 乐乐 佳佳 思思 梦瑶 梦琪 梦洁 雨涵 雨萱 雨桐 欣怡 欣妍 子涵 子轩 子墨 子豪 梓涵 梓萱 梓轩 浩然
浩宇 浩轩 宇轩 宇航 皓轩 俊杰 俊熙 俊豪 博文 博涛 文博 文杰 文静 文婷 嘉怡 嘉欣 嘉豪 家豪 家乐 佳怡 佳琪 一诺 一鸣 依诺
诗涵 诗琪 语嫣 书瑶 书涵 若曦 若汐 紫萱 可馨 可欣 晨曦 晨阳 天佑 天宇 天翊 逸飞 逸凡 明轩 明哲 睿泽 睿哲 泽宇 泽楷 瑞霖
思远 思源 思彤 雅琪 雅婷 雅静 静怡 静雯 慧敏 慧琳 海峰 海涛 海波 海龙 海军 国庆 国强 国华 国平 卫东 卫国 卫红 向东 向阳
红旗 跃进 援朝 胜利 振华 振国 德华 德明 德胜 福生 福林 金凤 金花 金龙 金宝 银花 宝珠 宝山 永刚 永红 永华 永生 长青 长林
春生 春花 秋生 冬生 立新 立军 立平 兰英 桂芝 桂香 翠兰 翠花 凤兰 玉梅 玉凤 玉霞 素芬 素珍 惠兰 丽君 秀珍 秀芳 月娥 彩霞
巧玲 小红 小燕 小梅 小军 小龙 小兵 大伟 大鹏 鹏飞 鹏程 志刚 志勇 志伟 志华 志军 建平 建伟 建新 建明 建林 树林 树森 成龙
子健 俊峰 俊涛 少华 少杰 少波 启明 启航 昊天 昊然 奕辰 奕涵 锦程 锦涛 嘉懿 嘉琪 沐辰 沐阳 安琪 安然 静姝 婉清 婉婷 清扬
清妍 雪莹 雪晴 冰冰 晶晶 楠楠 倩倩 菲菲 亚楠 亚男 胜男 招娣 来娣 秀梅 秀云 兴旺 守仁 守义 世杰 世明 世昌 庆丰 庆华 忠诚
忠良 光明 光辉 耀祖 宗耀 昌盛 铁柱 芷若 紫琼 菲儿 诗雨 梓琪 语桐 欣然 悦然 乐瑶 锐 鑫 淼 森 犇 晶 焱 垚 鹏 斌 彬 琳 瑶 颖
娇 萍 琴 蓉 倩 婷 雯 璐 露 蕾 薇 莹 洁 璇 瑜 丹 飞 宇 凯 健 浩 亮 辉 峰 昊 翔 博 帅 毅 琦 骏 霖 翰 聪 文龙 文华 文斌 文涛 文军
秀华 秀珍 秀娟 玉华 玉洁 玉婷 玉琴 红霞 红艳 红英 丽丽 丽娜 丽芳 美琳 美娟 美凤 燕妮 燕萍 春燕 春华 春兰 海霞 海英 海洋
天明 天成 天浩 天乐 志远 志鹏 志宏 宏伟 宏亮 宏斌 家明 家辉 家俊 家伟 家琪 嘉伟 嘉欣 梓豪 梓睿 梓晨 宇辰 宇泽 宇晨 雨泽
雨辰 雨欣 雨婷 雨晴 诗婷 诗怡 诗雅 思雨 思琪 思佳 思颖 心怡 心悦 悦悦 朵朵 豆豆 果果 甜甜 笑笑 彤彤 萌萌 轩轩 航航 阳阳
卓然 卓凡 凡凡 一凡 一帆 亦菲 亦航 亦辰 知远 知秋 听雨 南风 北辰 东旭 西林 中华 振宇 振东 振江 江涛 江华 长江 黄河 泰山`)

// zhWhole are names written whole: ethnic-minority and transliterated
// foreign names, labelled as one span with any middle dot.
var zhWhole = fields(`阿卜杜拉·买买提 古丽娜尔·艾山 热依拉·吐尔逊 艾力·阿不都 迪丽娜扎·热合曼 买买提江·吾斯曼 扎西次仁 次仁卓玛
格桑梅朵 达瓦 央金拉姆 巴特尔 乌兰图雅 其其格 苏日娜 哈斯朝鲁 阿依古丽 约翰·史密斯 玛丽亚·加西亚 安娜·施密特
穆罕默德·阿里 伊万·彼得罗夫 奥卢·阿德耶米 阮氏兰 金敏俊 朴志勋 田中优子 佐藤健`)

type zhCity struct {
	prov, city string
	dists      []string
}

var zhCities = []zhCity{
	{"浙江省", "杭州市", []string{"西湖区", "拱墅区", "余杭区", "滨江区"}}, {"浙江省", "宁波市", []string{"鄞州区", "海曙区"}},
	{"浙江省", "温州市", []string{"鹿城区", "瓯海区"}}, {"江苏省", "南京市", []string{"鼓楼区", "玄武区", "江宁区"}},
	{"江苏省", "苏州市", []string{"姑苏区", "吴中区", "工业园区"}}, {"江苏省", "无锡市", []string{"梁溪区", "滨湖区"}},
	{"广东省", "广州市", []string{"天河区", "越秀区", "海珠区", "番禺区"}}, {"广东省", "深圳市", []string{"南山区", "福田区", "宝安区", "龙岗区"}},
	{"广东省", "佛山市", []string{"禅城区", "顺德区"}}, {"四川省", "成都市", []string{"武侯区", "锦江区", "青羊区", "成华区"}},
	{"四川省", "绵阳市", []string{"涪城区", "游仙区"}}, {"湖北省", "武汉市", []string{"洪山区", "江汉区", "武昌区"}},
	{"湖北省", "宜昌市", []string{"西陵区"}}, {"湖南省", "长沙市", []string{"岳麓区", "芙蓉区", "天心区"}},
	{"河南省", "郑州市", []string{"金水区", "二七区", "中原区"}}, {"河南省", "洛阳市", []string{"洛龙区", "涧西区"}},
	{"山东省", "济南市", []string{"历下区", "市中区"}}, {"山东省", "青岛市", []string{"市南区", "崂山区", "黄岛区"}},
	{"福建省", "福州市", []string{"鼓楼区", "仓山区"}}, {"福建省", "厦门市", []string{"思明区", "湖里区"}},
	{"陕西省", "西安市", []string{"雁塔区", "碑林区", "未央区"}}, {"辽宁省", "沈阳市", []string{"和平区", "皇姑区"}},
	{"辽宁省", "大连市", []string{"中山区", "甘井子区"}}, {"黑龙江省", "哈尔滨市", []string{"南岗区", "道里区"}},
	{"吉林省", "长春市", []string{"朝阳区", "南关区"}}, {"河北省", "石家庄市", []string{"长安区", "桥西区"}},
	{"山西省", "太原市", []string{"小店区", "迎泽区"}}, {"安徽省", "合肥市", []string{"蜀山区", "包河区"}},
	{"江西省", "南昌市", []string{"东湖区", "红谷滩区"}}, {"云南省", "昆明市", []string{"五华区", "盘龙区"}},
	{"贵州省", "贵阳市", []string{"云岩区", "南明区"}}, {"广西壮族自治区", "南宁市", []string{"青秀区", "西乡塘区"}},
	{"广西壮族自治区", "桂林市", []string{"秀峰区", "七星区"}}, {"新疆维吾尔自治区", "乌鲁木齐市", []string{"天山区", "沙依巴克区"}},
	{"内蒙古自治区", "呼和浩特市", []string{"新城区", "赛罕区"}}, {"西藏自治区", "拉萨市", []string{"城关区"}},
	{"宁夏回族自治区", "银川市", []string{"兴庆区"}}, {"甘肃省", "兰州市", []string{"城关区", "七里河区"}},
	{"海南省", "海口市", []string{"美兰区", "龙华区"}}, {"", "北京市", []string{"海淀区", "朝阳区", "东城区", "丰台区", "西城区"}},
	{"", "上海市", []string{"浦东新区", "徐汇区", "静安区", "闵行区", "杨浦区"}}, {"", "天津市", []string{"和平区", "南开区", "河西区"}},
	{"", "重庆市", []string{"渝中区", "江北区", "沙坪坝区", "九龙坡区"}},
}

var zhRoads = fields(`中山路 人民路 解放路 建设路 和平路 新华路 胜利路 文化路 学府路 文三路 文二路 天目山路 莫干山路 延安路
北京路 南京路 上海路 长江路 黄河路 珠江路 淮海中路 漕溪北路 衡山路 武康路 愚园路 四川北路 科华北路 人民南路 红星路
春熙路 蜀都大道 中关村大街 学院路 知春路 成府路 建国门外大街 朝阳北路 望京街 东三环中路 前门大街 王府井大街 解放大道
珞喻路 中南路 八一路 五一大道 芙蓉中路 岳麓大道 麓山南路 花园路 金水路 经三路 纬五路 大学路 泉城路 经十路 香港中路
燕儿岛路 思明南路 湖滨南路 厦禾路 五四路 东街 西街 南大街 北大街 雁塔路 长安南路 友谊西路 中街 青年大街 北陵大街
中央大街 红旗街 同志街 中华大街 裕华路 迎泽大街 长江中路 金寨路 八一大道 阳明路 北京东路 青年路 东风路 盘龙路
中华北路 民族大道 朝阳路 解放北路 团结路 友好路 北京中路 新华南路 光明路 幸福路 康宁路 平安大街 振兴路 繁荣路
富强路 民主路 自由路 逸仙路 中山北路 中山东一路 鲁迅中路 黄兴路 蔡锷路 张自忠路 赵登禹路 佟麟阁路 志丹路 靖宇街
尚志大街 兆麟街 平江路 山塘街 宽窄巷子 鼓楼东大街 科技园南路 深南大道 华强北路 滨海大道 天河北路 体育西路 环市东路
江南大道 番禺大道 禅城大道 钱江路 江南大道 庆春路 凤起路 环城北路 体育场路 秋涛路 教工路 古墩路 余杭塘路 丰潭路
龙井路 虎跑路 梅灵北路 南山路 北山街 曙光路 保俶路 杨公堤 苏堤路 青年东路 湖东路 滨江大道 望江路 沿江大道 江汉路
汉正街 中北路 徐东大街 光谷大道 关山大道 雄楚大道 民主街 府前街 府学路 书院街 登瀛路 花港路 丁桥路 石桥路 半山路
新安江路 富春路 运河东路 良渚路 文一西路 五常大道 仓前街 闲林路 临平大道 星光大道 迎宾大道 机场路 火车站路 站前路`)

var zhCommunities = fields(`华星小区 阳光花园 翠苑一区 锦绣华庭 金色家园 幸福里 和谐家园 丽水湾 碧水云天 万象城 保利花园 绿城桂花园
世纪花城 中海国际社区 东方明珠苑 紫荆公寓 枫林晚苑 春江花月 桃源新村 工人新村 纺织厂宿舍 教师公寓 电力小区 南苑北里
学府雅居 香樟园 梧桐苑 银杏家园 梅园新村 竹苑 兰亭御湖 望湖苑 西溪诚园 龙湖天街公寓`)

// zhPlaceNeg, zhOrgNeg and zhAwardNeg are hard negatives: places,
// buildings, firms, brands and prizes named after people or starting with a
// surname character.
var zhPlaceNeg = []string{
	"中山公园", "逸夫楼", "邵逸夫医院", "王府井", "黄山", "高新区", "金山", "万达广场", "孙中山纪念馆", "岳王庙", "包公祠",
	"黄鹤楼", "东方明珠", "中山路菜市场", "文三路口", "钱塘江边", "白求恩路口的公交站", "温州大学", "中山大学", "鲁迅公园",
}

var zhOrgNeg = []string{
	"李宁专卖店", "王老吉", "张小泉剪刀", "周大福", "周生生", "老凤祥", "李锦记", "海底捞", "杨国福麻辣烫", "宋庆龄基金会",
	"林业局", "石油公司", "江南造船厂", "张江高科", "马应龙药业", "郑和号科考船", "邵逸夫医院", "陈李济药厂", "雷允上药店",
}

var zhAwardNeg = []string{"鲁迅文学奖", "茅盾文学奖", "老舍文学奖", "冰心儿童图书奖", "梅兰芳金奖", "华罗庚数学奖"}

var zhWordNeg = []string{
	"明天下午三点开会，请准时。", "大家高兴就好。", "祝大家平安喜乐。", "国庆节放假七天。", "文明养犬，人人有责。",
	"于是我们决定延期。", "司机师傅辛苦了。", "高新区今天停水。", "江湖救急，谢谢大家！", "金秋十月，丹桂飘香。",
	"周末愉快！", "常回家看看。", "万事如意。", "石头剪刀布决定谁值日。", "向前一步，文明一大步。",
	"林荫道施工，请绕行。", "华灯初上，夜色正好。", "程序已更新，请重新登录。", "请用宋体小四号字填写。",
	"天冷了记得穿毛衣。", "陈皮泡水喝，对嗓子好。", "马路对面的向日葵开了。", "司机师傅说明天不出车。",
}

// zhName returns a person's full name (surname and given name).
func (g *gen) zhName() string {
	if g.chance(0.05) {
		return g.of(zhWhole)
	}
	return g.zhSurname() + g.of(zhGiven)
}

func (g *gen) zhSurname() string {
	switch {
	case g.chance(0.06):
		return g.of(zhCompoundSur)
	case g.chance(0.7):
		return g.of(zhCommonSur)
	}
	return g.of(zhSingleSur)
}

// zhGiv returns a given name of two characters, as used alone.
func (g *gen) zhGiv() string {
	for {
		v := g.of(zhGiven)
		if len([]rune(v)) == 2 {
			return v
		}
	}
}

// zhTitled writes a name with an honorific after it, or a surname with
// a role or a "老"/"小" before it; only the name or surname is labelled.
func (g *gen) zhTitled(b *builder) {
	switch g.r.IntN(5) {
	case 0:
		b.name(g.zhName())
		b.t(g.pick("女士", "先生", "同志", "老师"))
	case 1:
		b.name(g.zhSurname())
		b.t(g.pick("老师", "总", "医生", "阿姨", "师傅", "经理", "律师", "主任", "先生", "女士", "姐", "哥"))
	case 2:
		b.t(g.pick("老", "小"))
		b.name(g.of(zhCommonSur))
	default:
		b.name(g.zhName())
	}
}

func (g *gen) zhNo() string { return fmt.Sprint(g.n(1, 999)) + "号" }

func (g *gen) zhRoom() string {
	switch g.r.IntN(4) {
	case 0:
		return fmt.Sprintf("%d栋%d单元%d%02d室", g.n(1, 30), g.n(1, 6), g.n(1, 33), g.n(1, 4))
	case 1:
		return fmt.Sprintf("%d幢%d%02d室", g.n(1, 30), g.n(1, 18), g.n(1, 6))
	case 2:
		return fmt.Sprintf("%d号楼%d单元%d%02d", g.n(1, 30), g.n(1, 6), g.n(1, 25), g.n(1, 4))
	}
	return fmt.Sprintf("%d-%d-%d%02d", g.n(1, 30), g.n(1, 6), g.n(1, 25), g.n(1, 4))
}

// zhAddr returns an address starting at the province, the city or the
// district, sometimes with spaces between its parts.
func (g *gen) zhAddr() string {
	c := zhCities[g.r.IntN(len(zhCities))]
	d := c.dists[g.r.IntN(len(c.dists))]
	var parts []string
	switch g.r.IntN(6) {
	case 0, 1:
		if c.prov != "" {
			parts = append(parts, c.prov)
		}
		parts = append(parts, c.city, d)
	case 2, 3:
		parts = append(parts, c.city, d)
	default:
		parts = append(parts, d)
	}
	if g.chance(0.12) {
		parts = append(parts, g.pick("青义镇", "新店镇", "白马乡", "城南街道", "龙门镇"), g.pick("龙门村", "石桥村", "杨柳村", "新桥村"), fmt.Sprintf("%d组%d号", g.n(1, 12), g.n(1, 80)))
	} else {
		parts = append(parts, g.of(zhRoads), g.zhNo())
		if g.chance(0.7) {
			if g.chance(0.7) {
				parts = append(parts, g.of(zhCommunities))
			}
			parts = append(parts, g.zhRoom())
		}
	}
	sep := ""
	if g.chance(0.12) {
		sep = " "
	}
	return strings.Join(parts, sep)
}

// zhShort is a road and number, with no division.
func (g *gen) zhShort() string { return g.of(zhRoads) + g.zhNo() }

func (g *gen) zhPlace() string { return g.of(zhPlaceNeg) }
func (g *gen) zhOrg() string   { return g.of(zhOrgNeg) }
func (g *gen) zhWord() string  { return g.of(zhWordNeg) }

func (g *gen) zhDate() string {
	return fmt.Sprintf("%d年%d月%d日", g.n(2019, 2026), g.n(1, 12), g.n(1, 28))
}

var zhKinds = []kind{
	{"class_group", zhClassGroup}, {"property_notice", zhProperty}, {"medical_summary", zhMedical},
	{"judgment", zhJudgment}, {"lease", zhLease}, {"resume", zhResume}, {"grid_ledger", zhGrid},
	{"station_sms", zhStation}, {"jielong", zhJielong}, {"press_release", zhPress}, {"alumni", zhAlumni},
	{"certificate", zhCertificate}, {"award_list", zhAward}, {"lost_notice", zhLost}, {"bank_memo", zhBank},
}

func zhClassGroup(g *gen, b *builder) {
	b.t("【", g.pick("三年级二班", "五(3)班", "初二(7)班", "高一12班"), "家长群】\n")
	b.name(g.zhSurname())
	b.t("老师：各位家长好！", g.zhWord(), "\n")
	b.t("1. 以下同学作业未交：")
	for i := range g.n(3, 5) {
		if i > 0 {
			b.t("、")
		}
		b.name(g.zhName())
	}
	b.t("。\n2. 周五秋游去", g.zhPlace(), "，集合地点：")
	b.addr(g.zhAddr())
	b.t("。\n3. 请")
	for range g.n(2, 3) {
		b.t(" @")
		b.name(g.zhGiv())
		b.t(g.pick("妈妈", "爸爸", "奶奶", "家长"))
	}
	b.t(" 私信我。\n\n")
	for range g.n(2, 4) {
		b.name(g.zhGiv())
		b.t(g.pick("妈妈", "爸爸", "外婆"), "：收到，谢谢")
		b.name(g.zhSurname())
		b.t("老师！")
		if g.chance(0.4) {
			b.t("孩子下周搬家到")
			b.addr(g.zhAddr())
			b.t("，校车站点麻烦更新。")
		}
		b.t("\n")
	}
}

func zhProperty(g *gen, b *builder) {
	comm := g.of(zhCommunities)
	b.t(comm, "物业服务中心公告\n\n各位业主：\n因", g.pick("电梯年检", "二次供水改造", "外墙清洗", "消防演练"), "，", g.zhDate(), "停用。", g.zhWord(), "\n")
	b.t("本小区地址：")
	b.addr(g.zhAddr())
	b.t("\n\n以下业主请尽快缴纳物业费：\n")
	for range g.n(4, 6) {
		b.t(g.zhRoom(), " ")
		g.zhTitled(b)
		b.t("\n")
	}
	b.t("\n如有疑问请联系管家")
	b.name(g.zhSurname())
	b.t(g.pick("经理", "主管", "姐"), "或维修师傅")
	b.t("老")
	b.name(g.of(zhCommonSur))
	b.t("。物业办公室已迁至")
	b.addr(g.zhShort())
	b.t("（", g.zhPlace(), "对面）。\n")
	b.name(g.zhName())
	b.t("（项目经理） ", g.zhDate(), "\n")
}

func zhMedical(g *gen, b *builder) {
	b.t(g.pick("浙江大学医学院附属", "市第一人民", "中山大学附属第三", "区中医"), "医院 出院小结\n\n")
	b.t("姓名：")
	b.name(g.zhName())
	b.t("  性别：", g.pick("男", "女"), "  年龄：", fmt.Sprint(g.n(3, 95)), "岁\n现住址：")
	b.addr(g.zhAddr())
	b.t("\n户籍地址：")
	b.addr(g.zhAddr())
	b.t("\n联系人：")
	b.name(g.zhName())
	b.t("（", g.pick("配偶", "女儿", "儿子", "母亲"), "）\n\n入院诊断：", g.pick("社区获得性肺炎", "2型糖尿病", "腰椎间盘突出症"), "\n诊疗经过：患者由")
	b.name(g.zhSurname())
	b.t("医生接诊，经")
	b.name(g.zhName())
	b.t("主任会诊后好转。", g.zhWord(), "\n出院医嘱：门诊随访，复诊挂")
	b.name(g.zhSurname())
	b.t("主任号。\n\n主治医师：")
	b.name(g.zhName())
	b.t("  住院医师：")
	b.name(g.zhName())
	b.t("  护士长：")
	b.name(g.zhName())
	b.t("\n")
}

func zhJudgment(g *gen, b *builder) {
	b.t("（", g.pick("2025", "2026"), "）", g.pick("浙0106", "京0108", "粤0305", "川0107"), "民初", g.digits(4), "号 民事判决书（节选）\n\n")
	for _, role := range []string{"原告", "被告"} {
		b.t(role, "：")
		b.name(g.zhName())
		b.t("，", g.pick("男", "女"), "，", fmt.Sprint(g.n(1955, 2000)), "年", fmt.Sprint(g.n(1, 12)), "月出生，汉族，住")
		b.addr(g.zhAddr())
		b.t("。\n")
		b.t("委托诉讼代理人：")
		b.name(g.zhName())
		b.t("，", g.pick("北京大成", "浙江天册", "广东广和", "四川恒和信"), "律师事务所律师。\n")
	}
	b.t("第三人：")
	b.name(g.zhName())
	b.t("，住")
	b.addr(g.zhAddr())
	b.t("。\n\n本院认为，原告与被告就位于")
	b.addr(g.zhAddr())
	b.t("的房屋买卖合同合法有效。证人")
	b.name(g.zhName())
	b.t("出庭作证。\n\n审判长  ")
	b.name(g.zhName())
	b.t("\n审判员  ")
	b.name(g.zhName())
	b.t("\n书记员  ")
	b.name(g.zhName())
	b.t("\n")
}

func zhLease(g *gen, b *builder) {
	b.t("房屋租赁合同\n\n出租方（甲方）：")
	b.name(g.zhName())
	b.t("\n身份证号：", g.digits(17), "X\n通讯地址：")
	b.addr(g.zhAddr())
	b.t("\n承租方（乙方）：")
	b.name(g.zhName())
	if g.chance(0.5) {
		b.t("、")
		b.name(g.zhName())
	}
	b.t("\n\n第一条 甲方将其所有的位于")
	b.addr(g.zhAddr())
	b.t("的房屋出租给乙方居住。\n第二条 月租金人民币", fmt.Sprint(g.n(15, 90)), "00元，", g.pick("押一付三", "押二付一"), "。\n")
	b.t("第三条 中介：", g.pick("链家", "我爱我家", "贝壳"), "经纪人")
	b.name(g.zhName())
	b.t("。维修联系")
	b.name(g.zhSurname())
	b.t("师傅。\n第四条 ", g.zhWord(), "\n\n甲方签字：")
	b.name(g.zhName())
	b.t("    乙方签字：")
	b.name(g.zhName())
	b.t("\n紧急联系人：")
	b.name(g.zhName())
	b.t("（乙方母亲）\n")
}

func zhResume(g *gen, b *builder) {
	b.t("个人简历\n\n姓  名：")
	b.name(g.zhName())
	b.t("\n现居住地：")
	b.addr(g.zhAddr())
	b.t("\n籍  贯：", zhCities[g.r.IntN(len(zhCities))].city, "\n\n教育背景\n", fmt.Sprint(g.n(2008, 2020)), "–", fmt.Sprint(g.n(2012, 2024)), "  ", g.pick("中山大学", "华中科技大学", "逸夫学院", "温州大学"), "  导师：")
	b.name(g.zhName())
	b.t("教授\n\n工作经历\n")
	for range g.n(2, 3) {
		b.t("· ", g.pick("李宁体育用品有限公司", "周大福珠宝", "海底捞餐饮", "张江高科技园区"), " ", g.pick("运营专员", "程序员", "会计", "店长"), "，直属上级：")
		b.name(g.zhSurname())
		b.t("总；同事")
		b.name(g.zhName())
		b.t("可作证。\n")
	}
	b.t("\n证明人：")
	b.name(g.zhName())
	b.t("，")
	b.name(g.zhName())
	b.t("\n邮寄地址：")
	b.addr(g.zhAddr())
	b.t("\n自我评价：", g.zhWord(), "\n")
}

func zhGrid(g *gen, b *builder) {
	b.t(g.pick("城南", "西湖", "望京", "桃源"), "社区第", fmt.Sprint(g.n(1, 12)), "网格 入户走访台账\n网格员：")
	b.name(g.zhName())
	b.t("  日期：", g.zhDate(), "\n\n户主 | 住址 | 人口 | 备注\n")
	for range g.n(5, 7) {
		b.name(g.zhName())
		b.t(" | ")
		if g.chance(0.7) {
			b.addr(g.zhAddr())
		} else {
			b.t(g.zhRoom())
		}
		b.t(" | ", fmt.Sprint(g.n(1, 6)), " | ")
		switch g.r.IntN(3) {
		case 0:
			b.t("独居老人，女儿")
			b.name(g.zhGiv())
			b.t("每周探望")
		case 1:
			b.t("租户")
			b.name(g.zhName())
			b.t("已登记")
		default:
			b.t(g.zhWord())
		}
		b.t("\n")
	}
	b.t("\n复核：")
	b.name(g.zhSurname())
	b.t("书记\n")
}

func zhStation(g *gen, b *builder) {
	for range g.n(3, 4) {
		b.t("【", g.pick("菜鸟驿站", "兔喜生活", "妈妈驿站", "丰巢"), "】")
		if g.chance(0.6) {
			b.name(g.zhName())
			b.t("您好，")
		} else {
			b.t("尊敬的")
			b.name(g.zhSurname())
			b.t(g.pick("先生", "女士"), "，")
		}
		b.t("您的", g.pick("中通", "圆通", "韵达", "极兔"), "包裹已到")
		b.addr(g.zhAddr())
		b.t("驿站，取件码", g.digits(1), "-", g.digits(1), "-", g.digits(4), "。代收人：")
		b.name(g.zhName())
		b.t("。", g.pick("营业时间9:00-21:00。", "逾期将退回。", ""), "\n")
	}
	b.t("【驿站通知】店长")
	b.name(g.zhGiv())
	b.t("：驿站已搬至")
	b.addr(g.zhShort())
	b.t("，", g.zhPlace(), "旁边。\n")
}

func zhJielong(g *gen, b *builder) {
	b.t("#接龙\n", g.pick("周六团购", "端午粽子", "爱心捐书", "小区核酸志愿者"), "，", g.zhWord(), "\n例：")
	b.name(g.zhGiv())
	b.t("妈妈 3栋 2份\n\n")
	for i := range g.n(7, 9) {
		b.t(fmt.Sprint(i+1), ". ")
		switch g.r.IntN(4) {
		case 0:
			b.name(g.zhGiv())
			b.t(g.pick("妈妈", "爸爸", "奶奶", "外公"))
		case 1:
			b.name(g.zhName())
		case 2:
			g.zhTitled(b)
		default:
			b.t("@")
			b.name(g.zhGiv())
		}
		b.t(" ")
		if g.chance(0.3) {
			b.addr(g.zhAddr())
		} else {
			b.t(g.zhRoom())
		}
		b.t(" ", fmt.Sprint(g.n(1, 5)), "份\n")
	}
	b.t("\n团长")
	b.name(g.zhGiv())
	b.t("：明天统一送到")
	b.addr(g.zhShort())
	b.t("门口。\n")
}

func zhPress(g *gen, b *builder) {
	b.t("新闻稿｜", g.pick("暖心！", "点赞！", "聚焦"), g.zhOrg(), "志愿服务走进社区\n\n本报讯（记者 ")
	b.name(g.zhName())
	b.t(" 通讯员 ")
	b.name(g.zhName())
	b.t("）", g.zhDate(), "，", g.zhOrg(), "志愿服务队来到")
	b.addr(g.zhAddr())
	b.t("，为居民提供义诊。", g.pick("区委书记", "社区主任", "街道办主任"))
	b.name(g.zhName())
	b.t("出席。\n\n退休教师")
	b.name(g.zhName())
	b.t("说：“", g.zhWord(), "”家住")
	b.addr(g.zhAddr())
	b.t("的")
	b.name(g.zhName())
	b.t("老人也赶来参加。志愿者")
	for i := range g.n(2, 4) {
		if i > 0 {
			b.t("、")
		}
		b.name(g.zhName())
	}
	b.t("等人全程服务。\n\n（编辑：")
	b.name(g.zhName())
	b.t("）\n")
}

func zhAlumni(g *gen, b *builder) {
	b.t(g.pick("一九九八", "二〇〇五", "二〇一二"), "届", g.pick("高三(2)班", "计算机系", "师范班"), "校友录\n\n")
	for range g.n(4, 5) {
		b.t("姓名：")
		b.name(g.zhName())
		b.t("\n现居：")
		b.addr(g.zhAddr())
		b.t("\n近况：在", g.zhOrg(), "工作，", g.pick("已婚，爱人", "孩子", "合伙人"))
		b.name(g.zhName())
		b.t("。\n\n")
	}
	b.t("整理：班长")
	b.name(g.zhName())
	b.t("，有误请联系")
	b.name(g.zhSurname())
	b.t("老师。\n")
}

func zhCertificate(g *gen, b *builder) {
	b.t("证  明\n\n兹有")
	b.name(g.zhName())
	b.t("（身份证号：", g.digits(18), "），现居住于")
	b.addr(g.zhAddr())
	b.t("，系本社区居民。其", g.pick("配偶", "儿子", "女儿"))
	b.name(g.zhName())
	b.t("与其共同居住。房屋产权人为")
	b.name(g.zhName())
	b.t("，产权地址")
	b.addr(g.zhAddr())
	b.t("。\n\n特此证明。\n\n经办人：")
	b.name(g.zhName())
	b.t("  审核：")
	b.name(g.zhSurname())
	b.t("主任\n", g.pick("城南", "花园", "东风", "长安"), "社区居民委员会（盖章）\n")
	b.addr(g.zhAddr())
	b.t("\n", g.zhDate(), "\n")
}

func zhAward(g *gen, b *builder) {
	b.t("关于表彰", g.pick("2025年度", "第十届", "优秀"), g.pick("志愿者", "教师", "员工", "读书之星"), "的决定\n\n颁奖典礼在", g.zhPlace(), "举行，获奖作品曾入围", g.of(zhAwardNeg), "。获奖名单如下：\n\n一等奖：")
	b.name(g.zhName())
	b.t("、")
	b.name(g.zhName())
	b.t("\n二等奖：")
	for i := range g.n(3, 4) {
		if i > 0 {
			b.t("、")
		}
		b.name(g.zhName())
	}
	b.t("\n三等奖：")
	for i := range g.n(3, 5) {
		if i > 0 {
			b.t("  ")
		}
		b.name(g.zhName())
	}
	b.t("\n\n奖品将寄送至获奖者登记地址，如：")
	b.name(g.zhName())
	b.t("（")
	b.addr(g.zhAddr())
	b.t("）。\n组委会联系人：")
	b.name(g.zhSurname())
	b.t("老师，地址：")
	b.addr(g.zhAddr())
	b.t("\n")
}

func zhLost(g *gen, b *builder) {
	b.t("寻物启事\n\n本人")
	b.name(g.zhName())
	b.t("于", g.zhDate(), "在", g.zhPlace(), "附近遗失", g.pick("黑色钱包一个", "学生证及身份证", "一只橘猫（名叫“明天”）", "蓝色双肩包"), "。")
	b.t("内有")
	b.name(g.zhName())
	b.t("的", g.pick("工作证", "银行卡", "病历本"), "。\n拾到者请送至")
	b.addr(g.zhAddr())
	b.t("，或交给门卫")
	b.name(g.zhSurname())
	b.t("大爷。\n另：我朋友")
	b.name(g.zhName())
	b.t("也在")
	b.addr(g.zhShort())
	b.t("丢了一把伞。", g.zhWord(), "\n\n失主：")
	b.name(g.zhName())
	b.t("  联系人：")
	b.name(g.zhName())
	b.t("\n")
}

func zhBank(g *gen, b *builder) {
	b.t("账户明细（导出）  户名：")
	b.name(g.zhName())
	b.t("\n交易日期 | 金额 | 对方户名 | 附言\n")
	for range g.n(7, 9) {
		b.t(fmt.Sprintf("2026-%02d-%02d | %s%d.%02d | ", g.n(1, 12), g.n(1, 28), g.pick("+", "-"), g.n(10, 9000), g.r.IntN(100)))
		if g.chance(0.15) {
			b.t(g.pick("支付宝-海底捞", "财付通-王老吉旗舰店", "周大福珠宝", "国家电网"))
		} else {
			b.name(g.zhName())
		}
		b.t(" | ")
		switch g.r.IntN(4) {
		case 0:
			b.addr(g.zhAddr())
			b.t("房租")
		case 1:
			b.t("代")
			b.name(g.zhGiv())
			b.t("交学费")
		case 2:
			b.t(g.pick("生活费", "还款", "红包", "货款"))
		default:
			b.t("物业费 ")
			b.addr(g.zhShort())
		}
		b.t("\n")
	}
}
