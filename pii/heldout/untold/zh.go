package untold

import "math/rand/v2"

// 以人名命名但不是人的东西，以及以姓氏开头的普通词（从不标注）。
var zhNegs = []string{"李宁", "王老吉", "张小泉", "周大福", "中山大学", "鲁迅公园", "逸夫楼", "宋庆龄基金会",
	"中山路", "陈皮", "高兴", "王府井", "黄山", "马上", "周末", "林业局", "孙中山纪念堂", "白求恩医院", "袁隆平农业高科技"}

// zhNick is a nickname built from a surname (小王, 老李): never labelled.
func zhNick(r *rand.Rand) string { return pick(r, []string{"小", "老"}) + zipf(r, zhFamily) }

var zhKinds = []kind{
	{"播客文字稿", func(r *rand.Rand, b *builder) {
		h, g := newZH(r), newZH(r)
		b.n(h.full())
		b.t("：欢迎收听本期节目，今天的嘉宾是")
		b.n(g.full())
		b.t("，之前在")
		b.neg(pick(r, []string{"李宁", "周大福", "王老吉"}))
		b.t("做品牌。\n")
		b.n(g.full())
		b.t("：谢谢")
		b.n(h.given)
		b.t("。其实我入行是被")
		b.neg(zhNick(r))
		b.t("拉进来的。\n")
	}},
	{"字幕SRT", func(r *rand.Rand, b *builder) {
		a := newZH(r)
		b.f("7\n00:03:1%d,400 --> 00:03:14,000\n", r.IntN(3))
		b.n(a.given)
		b.t("，你先别走\n\n8\n00:03:14,200 --> 00:03:17,800\n快递寄到")
		b.a(zhAddr(r))
		b.t("了，收件人写的是")
		b.n(newZH(r).full())
		b.t("\n")
	}},
	{"论文作者", func(r *rand.Rand, b *builder) {
		n := 2 + r.IntN(3)
		ps := make([]string, n)
		for i := range ps {
			ps[i] = newZH(r).full()
		}
		b.t("基于多源数据的城市内涝风险评估\n")
		b.names(ps, "¹，", "¹，")
		b.t("²\n（1. 某大学环境学院，")
		b.a(zhAddr(r))
		b.f("，%d；2. ", 100000+r.IntN(800000))
		b.neg("中山大学")
		b.t("地理科学学院）\n致谢：感谢")
		b.n(newZH(r).full())
		b.t("老师在数据处理方面的帮助。\n")
	}},
	{"参考文献", func(r *rand.Rand, b *builder) {
		for i := 1; i <= 2+r.IntN(2); i++ {
			b.f("[%d] ", i)
			b.n(newZH(r).full())
			b.t("，")
			b.n(newZH(r).full())
			b.f(". 乡村振兴背景下的土地流转研究[J]. 农业经济问题，%d(%d)：%d-%d.\n", 2000+r.IntN(25), 1+r.IntN(12), 1+r.IntN(80), 90+r.IntN(40))
		}
	}},
	{"新闻稿", func(r *rand.Rand, b *builder) {
		b.t("本报讯 昨日，新任院长")
		b.n(newZH(r).full())
		b.t("在就职仪式上表示，将继续推进智慧医院建设。前任院长")
		b.n(newZH(r).full())
		b.t("、副院长")
		b.n(newZH(r).full())
		b.t("出席。新院区位于")
		b.a(zhAddr(r))
		b.t("，预计明年启用。（记者 ")
		b.n(newZH(r).full())
		b.t("）\n")
	}},
	{"出租车调度", func(r *rand.Rand, b *builder) {
		for i := 0; i < 3; i++ {
			b.f("%02d:%02d 车号%d 接客：", r.IntN(24), r.IntN(60), 1000+r.IntN(9000))
			b.a(zhAddr(r))
			b.t(" 乘客：")
			b.n(newZH(r).family)
			b.t(pick(r, []string{"先生", "女士"}), " 目的地：")
			if chance(r, 0.5) {
				b.neg(pick(r, []string{"白求恩医院", "孙中山纪念堂", "鲁迅公园"}))
			} else {
				b.t("火车东站")
			}
			b.t("\n")
		}
	}},
	{"酒店入住登记", func(r *rand.Rand, b *builder) {
		b.t("房号\t姓名\t证件地址\t入住日期\n")
		for i := 0; i < 2+r.IntN(3); i++ {
			b.f("%d\t", 801+r.IntN(900))
			b.n(newZH(r).full())
			b.t("\t")
			b.a(zhAddr(r))
			b.f("\t2026-11-%02d\n", 1+r.IntN(28))
		}
	}},
	{"税务事项通知书", func(r *rand.Rand, b *builder) {
		b.t("税务事项通知书\n纳税人：")
		b.n(newZH(r).full())
		b.t("\n纳税人识别号：****\n经营地址：")
		b.a(zhAddr(r))
		b.f("\n事由：你（单位）%d年度个人所得税综合所得汇算清缴尚未办理，请于30日内办理。\n", 2020+r.IntN(6))
	}},
	{"水电燃气缴费单", func(r *rand.Rand, b *builder) {
		b.f("户号：%d\n户名：", 10000000+r.IntN(90000000))
		b.n(newZH(r).full())
		b.t("\n用电地址：")
		b.a(zhAddr(r))
		b.f("\n本期用电量：%d度 应缴金额：%d.%02d元\n", 50+r.IntN(500), 30+r.IntN(300), r.IntN(100))
	}},
	{"语音留言转写", func(r *rand.Rand, b *builder) {
		b.t("喂")
		b.n(newZH(r).full())
		b.t("你好我是")
		b.neg(zhNick(r))
		b.t("啊就是那个装修的事我明天上午到")
		b.a(zhAddr(r))
		b.t("你让")
		b.n(newZH(r).given)
		b.t("在家等我一下好吧\n")
	}},
	{"智能音箱日志", func(r *rand.Rand, b *builder) {
		b.f("[2026-11-%02d 07:3%d] 用户：导航到", 1+r.IntN(28), r.IntN(10))
		b.a(zhAddr(r))
		b.t("\n[2026-11-02 07:35] 用户：给")
		b.n(newZH(r).full())
		b.t("打电话\n[2026-11-02 07:36] 用户：播放")
		b.neg("周末")
		b.t("歌单\n")
	}},
	{"家长群通知", func(r *rand.Rand, b *builder) {
		b.t("【三年级二班】各位家长好，期中成绩单已发放，请签字后交回。")
		b.n(newZH(r).full())
		b.t("、")
		b.n(newZH(r).full())
		b.t("和")
		b.n(newZH(r).full())
		b.t("同学的家长请周五来校。——班主任")
		b.n(newZH(r).family)
		b.t("老师 🌸\n")
	}},
	{"社区公告", func(r *rand.Rand, b *builder) {
		b.t("社区公告\n本周六上午在")
		b.a(zhAddr(r))
		b.t("开展免费义诊，由")
		b.neg("白求恩医院")
		b.t("医生坐诊。联系人：")
		b.n(newZH(r).full())
		b.t("（网格员）\n")
	}},
	{"招聘启事", func(r *rand.Rand, b *builder) {
		b.t("招聘启事\n本店招聘收银员2名，包吃住。面试地址：")
		b.a(zhAddr(r))
		b.t("\n联系人：")
		b.n(newZH(r).family)
		b.t("经理 ")
		b.f("电话：13%d%08d\n", r.IntN(10), r.IntN(100000000))
	}},
	{"寻人启事", func(r *rand.Rand, b *builder) {
		p := newZH(r)
		b.t("寻人启事\n")
		b.n(p.full())
		b.f("，%d岁，身高约170厘米，于11月%d日从家中（", 60+r.IntN(25), 1+r.IntN(28))
		b.a(zhAddr(r))
		b.t("）走失，有认知障碍。如有线索请联系其女儿")
		b.n(newZH(r).full())
		b.t("，必有重谢！\n")
	}},
	{"演出节目单", func(r *rand.Rand, b *builder) {
		b.t("话剧《茶馆》演员表\n掌柜——")
		b.n(newZH(r).full())
		b.t("\n旗人——")
		b.n(newZH(r).full())
		b.t("\n导演：")
		b.n(newZH(r).full())
		b.t("\n鸣谢：")
		b.neg("张小泉")
		b.t("、")
		b.neg("周大福")
		b.t("\n")
	}},
	{"董事会名单", func(r *rand.Rand, b *builder) {
		b.t("第四届董事会成员：董事长")
		b.n(newZH(r).full())
		b.t("；副董事长")
		b.n(newZH(r).full())
		b.t("；独立董事")
		b.n(newZH(r).full())
		b.t("、")
		b.n(newZH(r).full())
		b.t("。公司注册地址：")
		b.a(zhAddr(r))
		b.t("。\n")
	}},
	{"旅游博客", func(r *rand.Rand, b *builder) {
		b.t("第三天我们去了")
		b.neg("黄山")
		b.t("，晚上住在")
		b.a(zhAddr(r))
		b.t("的民宿，老板娘")
		b.n(newZH(r).full())
		b.t("特别热情，还送了一包")
		b.neg("陈皮")
		b.t("。同行的")
		b.n(newZH(r).given)
		b.t("说下次还来 😂\n")
	}},
	{"负例-品牌", func(r *rand.Rand, b *builder) {
		b.t("双十一")
		b.neg("李宁")
		b.t("和")
		b.neg("王老吉")
		b.t("销量大涨，")
		b.neg(zhNick(r))
		b.t("说")
		b.neg("马上")
		b.t("去")
		b.neg("王府井")
		b.t("看看。\n")
	}},
	{"负例-地名", func(r *rand.Rand, b *builder) {
		b.t("沿")
		b.neg("中山路")
		b.t("往北走到")
		b.neg("孙中山纪念堂")
		b.t("，再经过")
		b.neg("逸夫楼")
		b.t("就是")
		b.neg("鲁迅公园")
		b.t("。\n")
	}},
	{"负例-普通词", func(r *rand.Rand, b *builder) {
		b.t("今天")
		b.neg("高兴")
		b.t("地去")
		b.neg("黄山")
		b.t("看日出，")
		b.neg(zhNick(r))
		b.t("和")
		b.neg(zhNick(r))
		b.t("也来了，")
		b.neg("马上")
		b.t("要下雨，我们带了")
		b.neg("李宁")
		b.t("的雨衣。\n")
	}},
	{"负例-机构", func(r *rand.Rand, b *builder) {
		b.neg("宋庆龄基金会")
		b.t("今年资助了")
		b.neg("林业局")
		b.t("的项目，大家都很")
		b.neg("高兴")
		b.t("，")
		b.neg("周末")
		b.t("还要加班。\n")
	}},
}
