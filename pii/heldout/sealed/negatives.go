package sealed

import "fmt"

// Sentences that carry only hard negatives, mixed into the negative kinds so
// those documents do not repeat one template.

var enNegSentences = []func(g *gen){
	func(g *gen) {
		g.t("Can you pay the ", g.p("water", "cable", "electric"), " bill before June ", fmt.Sprint(g.d(1, 30)), "? ")
	},
	func(g *gen) { g.t("I may be late; the ", g.p("grant report", "grant deadline"), " is killing me. ") },
	func(g *gen) { g.t("Hope the rose bushes survive the frost. ") },
	func(g *gen) {
		g.t("We'll meet by ")
		g.x(g.p(enVenueNeg...))
		g.t(" at ", fmt.Sprint(g.d(1, 11)), g.p(" am. ", " pm. "))
	},
	func(g *gen) {
		g.t("Tickets for ")
		g.x(g.p("Madison Square Garden", "Wrigley Field", "Carnegie Hall"))
		g.t(" went on sale ", g.p("Monday", "at noon", "in May"), ". ")
	},
	func(g *gen) {
		g.t("Grabbed lunch at ")
		g.x(g.p("Wendy's", "McDonald's", "Chick-fil-A", "Papa John's", "Trader Joe's"))
		g.t(" and a pint of ")
		g.x("Ben & Jerry's")
		g.t(". ")
	},
	func(g *gen) {
		g.t("Her grandmother had ")
		g.x(g.p("Parkinson's", "Lou Gehrig's disease", "Crohn's"))
		g.t(", so the walk raises money for research. ")
	},
	func(g *gen) {
		g.t("The author won ")
		g.x(g.p("the Nobel Prize", "a Pulitzer Prize"))
		g.t(" in ", fmt.Sprint(g.d(1950, 2024)), ". ")
	},
	func(g *gen) {
		g.t("Will the ", g.p("bill", "measure"), " pass? Mark my words: not before ")
		g.x("Martin Luther King Jr. Day")
		g.t(". ")
	},
	func(g *gen) {
		g.t("Our ")
		g.x(g.p("Ford", "Dell", "Hewlett-Packard"))
		g.t(" finally died; the loaner from ")
		g.x(g.p("Wells Fargo", "Goldman Sachs", "Morgan Stanley"))
		g.t(" IT is slow. ")
	},
	func(g *gen) {
		g.t("Parking on ", g.p("Main St", "Lincoln Ave", "Washington Blvd", "Grant Street"), " is free after 6. ")
	},
}

var deNegSentences = []func(g *gen){
	func(g *gen) { g.t(g.p("Der Koch", "Unser Koch"), " empfiehlt heute Zander vom Fischer am See. ") },
	func(g *gen) {
		g.t("Im Winter wird es früh dunkel, im Sommer bleibt die Küche bis ", fmt.Sprint(g.d(21, 24)), " Uhr offen. ")
	},
	func(g *gen) { g.t("Die Schwarzwälder Kirschtorte ist klein, aber fein. ") },
	func(g *gen) {
		g.t("Treffpunkt ist am ")
		g.x(g.p("Theodor-Heuss-Platz", "Fritz-Walter-Stadion", "Goethe-Institut", "Schiller-Gymnasium"))
		g.t(". ")
	},
	func(g *gen) {
		g.t("Zum Nachtisch gab es Pudding von ")
		g.x(g.p("Dr. Oetker", "Ritter Sport", "Bahlsen", "Haribo"))
		g.t(". ")
	},
	func(g *gen) {
		g.t("Im Angebot: Kaffee von ")
		g.x(g.p("Melitta", "Dallmayr"))
		g.t(" und Stifte von ")
		g.x("Faber-Castell")
		g.t(". ")
	},
	func(g *gen) {
		g.t("Die Preisträgerin des ")
		g.x(g.p("Nobelpreis", "Grimme-Preis", "Karlspreis"))
		g.t("es spricht im ")
		g.x(g.p("Max-Planck-Institut", "Robert-Koch-Institut", "Goethe-Institut"))
		g.t(". ")
	},
	func(g *gen) {
		g.t("Mein Vater fährt seit Jahren ")
		g.x(g.p("Porsche", "Ford"))
		g.t(", meine Mutter trägt nur ")
		g.x(g.p("Hugo Boss", "Jil Sander"))
		g.t(". ")
	},
	func(g *gen) {
		g.t("Bitte nichts in der ", g.p("Goethestraße", "Bahnhofstraße", "Schillerstraße"), " abstellen. ")
	},
	func(g *gen) {
		g.t("Das Wetter bleibt ", g.p("grau", "schwarz verhangen", "sommerlich"), ", der Wind frischt auf. ")
	},
	func(g *gen) {
		g.t("Die ")
		g.x(g.p("Konrad-Adenauer-Stiftung", "Friedrich-Ebert-Stiftung"))
		g.t(" fördert das Projekt bis ", fmt.Sprint(g.d(2026, 2030)), ". ")
	},
}

var zhNegSentences = []func(g *gen){
	func(g *gen) { g.t("今天", g.p("金价", "油价", "菜价"), "又涨了，真不划算。") },
	func(g *gen) {
		g.t(g.p("小王", "老李", "小陈", "老张", "老周"), "说周末一起去")
		g.x(g.p("万达广场", "王府井百货"))
		g.t("。")
	},
	func(g *gen) {
		g.t("坐高铁去", g.p("杭州", "成都", "西安"), "很方便，", g.p("马上", "下午"), "就到。")
	},
	func(g *gen) {
		g.t("晚饭吃")
		g.x(g.p("海底捞", "周黑鸭", "杨国福麻辣烫", "刘一手火锅"))
		g.t("，大家都很高兴。")
	},
	func(g *gen) {
		g.t("黄金周去了")
		g.x(g.p("鲁迅公园", "中山公园", "孙中山故居", "黄埔军校旧址"))
		g.t("，人山人海。")
	},
	func(g *gen) {
		g.t("给妈妈买了")
		g.x(g.p("周大福", "金六福"))
		g.t("的金手镯，还有一箱")
		g.x("王老吉")
		g.t("。")
	},
	func(g *gen) {
		g.t("这本书得过")
		g.x(g.p("茅盾文学奖", "鲁迅文学奖"))
		g.t("，值得一读。")
	},
	func(g *gen) {
		g.t("儿子想要")
		g.x("李宁")
		g.t("的跑鞋，女儿天天玩")
		g.x("王者荣耀")
		g.t("。")
	},
	func(g *gen) {
		g.t("讲座在")
		g.x(g.p("中山大学", "逸夫楼"))
		g.t("举行，白天人不多。")
	},
	func(g *gen) { g.t("下雨了，打"); g.x("曹操出行"); g.t("的车回家，石头路很滑。") },
}

// negProse writes k to k+2 different sentences drawn from pool.
func (g *gen) negProse(pool []func(g *gen), k int) {
	for _, i := range g.r.Perm(len(pool))[:k+g.r.IntN(3)] {
		pool[i](g)
	}
}

// two picks two different entries of list.
func (g *gen) two(list []string) (string, string) {
	p := g.r.Perm(len(list))
	return list[p[0]], list[p[1]]
}
