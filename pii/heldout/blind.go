package heldout

import (
	"strconv"
	"strings"
)

// GenerateBlind returns n documents (1500 if n is 0) of a third kind of
// text, the "blind" set: templates, names, streets, cities and hard
// negatives of their own (forms, tickets, meeting notes, invoices, YAML,
// XML, Markdown tables, email headers, parcel notices), none shared with
// Generate's. It was written after the detector had been improved against
// Generate's corpus and scored once before any change to the detector, so
// that it measures text the detector was not tuned on.
func GenerateBlind(seed uint64, n int) []Doc {
	if n == 0 {
		n = 1500
	}
	g := newGen(seed ^ 0x5bd1e995)
	docs := make([]Doc, 0, n)
	for i := range n {
		loc := Locales[i%len(Locales)]
		ks := blindKinds[loc]
		k := ks[g.r.IntN(len(ks))]
		var b builder
		k.write(g, &b)
		docs = append(docs, Doc{Locale: loc, Kind: k.name, Text: b.s.String(), Spans: b.spans})
	}
	return docs
}

var blindKinds = map[string][]kind{
	EN: {{"form", bEnForm}, {"ticket", bEnTicket}, {"notes", bEnNotes}, {"invoice", bEnInvoice}, {"yaml", bEnYAML},
		{"xml", bEnXML}, {"table", bEnTable}, {"header", bEnHeader}, {"notice", bEnNotice}},
	DE: {{"form", bDeForm}, {"ticket", bDeTicket}, {"notes", bDeNotes}, {"invoice", bDeInvoice}, {"yaml", bDeYAML},
		{"table", bDeTable}, {"notice", bDeNotice}},
	ZH: {{"form", bZhForm}, {"ticket", bZhTicket}, {"notes", bZhNotes}, {"invoice", bZhInvoice}, {"yaml", bZhYAML},
		{"table", bZhTable}, {"notice", bZhNotice}},
}

var (
	bEnGiven = []string{"Gregory", "Vanessa", "Travis", "Monique", "Hector", "Bianca", "Dwight", "Yvonne", "Rufus",
		"Lorraine", "Jamal", "Siobhan", "Caleb", "Nadia", "Terrence", "Colleen", "Marcus", "Imogen", "Desmond",
		"Felicia", "Lamont", "Bernadette", "Clifford", "Renata", "Ezekiel", "Octavia", "Wendell", "Juniper"}
	bEnSurname = []string{"Gallagher", "Nakamura", "Fitzpatrick", "Oyelaran", "Haddad", "Brennan", "Schultz",
		"Kaminski", "Duarte", "Whitlock", "Pham", "Ferreira", "Lindgren", "Abernethy", "Mbeki", "Tolliver",
		"Quintero", "Hargrove", "Szabo", "Eastman", "Ruiz", "Bolton", "Achebe", "Delacroix", "Van Buren"}
	bEnStreet = []string{"Gateway", "Causeway", "Summit", "Knoll", "Landing", "Estates", "Ridge", "Highway", "Boulevard",
		"Blvd", "Avenue", "Ave", "Street", "St", "Road", "Rd", "Court", "Way", "Circle", "Terrace", "Place", "Parkway",
		"Crossing", "Path", "Pass", "Glen", "Hollow", "Harbor", "Shores", "Valley", "Mills", "Square"}
	bEnStreetName = []string{"Beacon", "Juniper", "Sycamore", "Peachtree", "Bayview", "Kingsley", "Foxglove",
		"Ironwood", "Greenbriar", "Ocean", "Mission", "Liberty", "Aspen", "Wolf Creek", "Red Oak", "Sandpiper",
		"Colonial", "Whispering Pines", "Cumberland", "Third", "5th", "42nd"}
	bEnCities = [][2]string{{"Asheville", "NC"}, {"Spokane", "WA"}, {"Pueblo", "CO"}, {"Galveston", "TX"},
		{"Duluth", "MN"}, {"Scranton", "PA"}, {"Flagstaff", "AZ"}, {"Kalamazoo", "MI"}, {"New Haven", "CT"},
		{"Cedar Rapids", "IA"}, {"Palm Springs", "CA"}, {"Port St. Lucie", "FL"}, {"Sioux Falls", "SD"},
		{"Bowling Green", "KY"}, {"Eugene", "OR"}, {"Wichita", "KS"}, {"Missoula", "MT"}, {"Reno", "NV"}}
	bEnBrands = []string{"Jimmy Choo", "Ben Sherman", "Tommy Bahama", "St. Patrick's Day", "Lincoln Navigator",
		"Ford Mustang", "Martha's Vineyard", "Mary Jane shoes", "Uncle Ben's rice", "Sam's Club",
		"Trader Joe's", "Kraft Heinz", "Hilton Garden Inn", "Ritz-Carlton", "Victoria's Secret", "Barnes & Noble",
		"Abercrombie & Fitch", "Dunkin' Donuts", "Chick-fil-A", "Baskin-Robbins"}

	bDeGiven   = []string{"Volker", "Anke", "Detlef", "Ilse", "Gunnar", "Rike", "Tjark", "Swantje", "Hartmut", "Jutta", "Kornelia", "Arne", "Edeltraud", "Bodo", "Almut", "Yasemin", "Rüdiger", "Henrike", "Ole", "Dörte"}
	bDeSurname = []string{"Dreher", "Kessler", "Brandl", "Pohlmann", "Voß", "Siebert", "Ammann", "Rieck",
		"Thormählen", "Bredemeyer", "Grünewald", "Heidenreich", "Özdemir", "Nowicki", "Kästner", "Lindemann",
		"Zur Nieden", "Backhaus", "Eilers", "Oltmanns"}
	bDeStreets = []string{"Hauptstr.", "Am Alten Hafen", "Kurfürstendamm", "Jungfernstieg", "Zeil", "Königsallee",
		"Prinzregentenplatz", "Theresienhöhe", "An den Weiden", "Brunnenstraße", "Lange Reihe", "Domplatz",
		"Hohe Straße", "Poststraße", "Mühlenkamp", "Kaiser-Wilhelm-Ring", "Sophienstr.", "Wilhelmshöher Allee"}
	bDeCities = []string{"Mönchengladbach", "Frankfurt (Oder)", "Neustadt an der Weinstraße", "Sankt Augustin",
		"Kassel", "Würzburg", "Bielefeld", "Regensburg", "Bad Kreuznach", "Wilhelmshaven", "Jena", "Saarbrücken",
		"Ludwigshafen am Rhein", "Cottbus", "Paderborn", "Heilbronn"}
	bDeBrands = []string{"Dr. Best", "Frau Antje", "Meister Proper", "Käpt'n Iglo", "Tante Fanny", "Rotkäppchen Sekt",
		"Erdinger Weißbräu", "Paulaner", "Vileda", "Hipp", "Knorr", "Lidl", "Rewe", "Mey & Edlich",
		"Peter Kölln KGaA", "Bahlsen", "Hornbach", "Fressnapf", "Schwan-Stabilo", "Gerolsteiner"}
	bDePhrases = []string{"Herzlich Willkommen im neuen Shop!", "Sonderangebot gilt nur solange der Vorrat reicht.",
		"Neue Adresse folgt.", "Schöne Grüße aus dem Urlaub!", "Achtung: Baustelle auf der Zufahrt.",
		"Wichtig: Termin verschoben.", "Frohes Neues Jahr!", "Bitte Rückruf.", "Keine Werbung einwerfen."}

	bZhSurname = []string{"仝", "亓", "佘", "冼", "靳", "阎", "訾", "司徒", "端木", "公孙", "夏侯", "刘", "陈", "黄", "王",
		"郭", "林", "罗", "何", "胡", "宋", "葛", "聂", "翟"}
	bZhGiven = []string{"子轩", "紫涵", "梓涵", "雨泽", "晨曦", "冬梅", "红梅", "建华", "德明", "玉兰", "家豪", "诗涵",
		"博", "昊", "岚", "蕾", "鑫", "彤", "卫东", "爱国"}
	bZhAddrs = []func(g *gen) string{
		func(g *gen) string {
			return "上海市黄浦区南京东路" + strconv.Itoa(10+g.r.IntN(500)) + "弄" + strconv.Itoa(1+g.r.IntN(30)) + "号" + strconv.Itoa(101+g.r.IntN(600)) + "室"
		},
		func(g *gen) string {
			return "江苏省无锡市滨湖区蠡湖大道" + strconv.Itoa(100+g.r.IntN(2000)) + "号"
		},
		func(g *gen) string {
			return "浙江省温州市鹿城区人民路" + strconv.Itoa(1+g.r.IntN(200)) + "号金都大厦" + strconv.Itoa(1+g.r.IntN(5)) + "幢" + strconv.Itoa(1+g.r.IntN(30)) + "01室"
		},
		func(g *gen) string {
			return "北京市东城区东直门南大街" + strconv.Itoa(1+g.r.IntN(20)) + "号中青旅大厦" + strconv.Itoa(2+g.r.IntN(20)) + "层"
		},
		func(g *gen) string {
			return "广东省佛山市顺德区北滘镇美的大道" + strconv.Itoa(1+g.r.IntN(20)) + "号"
		},
		func(g *gen) string {
			return "湖南省株洲市天元区长江南路" + strconv.Itoa(1+g.r.IntN(300)) + "号" + strconv.Itoa(1+g.r.IntN(12)) + "栋" + strconv.Itoa(1+g.r.IntN(4)) + "单元" + strconv.Itoa(1+g.r.IntN(18)) + "02室"
		},
		func(g *gen) string {
			return "天津市南开区鞍山西道" + strconv.Itoa(1+g.r.IntN(400)) + "号" + string(rune('A'+g.r.IntN(3))) + "座" + strconv.Itoa(1+g.r.IntN(25)) + "0" + strconv.Itoa(1+g.r.IntN(9)) + "室"
		},
		func(g *gen) string {
			return "山东省烟台市芝罘区南大街" + strconv.Itoa(1+g.r.IntN(300)) + "号"
		},
		func(g *gen) string {
			return "四川省绵阳市涪城区临园路东段" + strconv.Itoa(1+g.r.IntN(90)) + "号" + strconv.Itoa(1+g.r.IntN(9)) + "号楼" + strconv.Itoa(1+g.r.IntN(6)) + "0" + strconv.Itoa(1+g.r.IntN(6)) + "室"
		},
	}
	bZhNegatives = []string{"周末去王府井逛街。", "张家界的风景很美。", "黄河大桥正在维修。", "高铁站人很多。", "金龙鱼食用油促销中。",
		"王者荣耀更新了。", "方正证券今日发布公告。", "林肯汽车降价了。", "白云山景区限流。", "钟楼附近堵车。",
		"高德地图显示拥堵。", "马路对面有家新店。", "李子熟了，快来摘。", "宋体字号太小了。", "金山软件发布新版本。"}
)

func (g *gen) bZhAddr() string { return bZhAddrs[g.r.IntN(len(bZhAddrs))](g) }

func (g *gen) bEnName() string { return g.of(bEnGiven) + " " + g.of(bEnSurname) }
func (g *gen) bDeName() string { return g.of(bDeGiven) + " " + g.of(bDeSurname) }
func (g *gen) bZhName() string { return g.of(bZhSurname) + g.of(bZhGiven) }

func (g *gen) bEnStreetLine() string {
	s := strconv.Itoa(10+g.r.IntN(20000)) + " " + g.of(bEnStreetName) + " " + g.of(bEnStreet)
	if g.chance(0.3) {
		s += g.pick(" Ste ", " Unit ", ", Apt ") + strconv.Itoa(1+g.r.IntN(400))
	}
	return s
}

func (g *gen) bEnCity() string {
	c := bEnCities[g.r.IntN(len(bEnCities))]
	return c[0] + ", " + c[1] + " " + g.digits(5)
}

func (g *gen) bEnAddr() string  { return g.bEnStreetLine() + ", " + g.bEnCity() }
func (g *gen) bEnBlock() string { return g.bEnStreetLine() + "\n" + g.bEnCity() }

func (g *gen) bDeAddr(sep string) string {
	return g.of(bDeStreets) + " " + strconv.Itoa(1+g.r.IntN(120)) + g.pick("", "", "c") + sep + g.digits(5) + " " + g.of(bDeCities)
}

func bEnForm(g *gen, b *builder) {
	b.text("Applicant details\nName: ")
	b.name(g.bEnName())
	b.text("\nAddress: ")
	b.addr(g.bEnAddr())
	b.text("\nEmployer: ", g.of(bEnBrands), "\nSigned: ")
	b.name(g.bEnName())
	b.text("\n")
}

func bEnTicket(g *gen, b *builder) {
	b.text("Ticket #", g.digits(5), "\nReporter: ")
	b.name(g.bEnName())
	b.text("\nAssignee: ")
	b.name(g.of(bEnGiven))
	b.text("\nDescription: customer says the ", g.of(bEnBrands), " order never arrived at ")
	b.addr(g.bEnAddr())
	b.text(".\n")
}

func bEnNotes(g *gen, b *builder) {
	b.text("Meeting notes (", g.of(bEnBrands), " account)\nAttendees: ")
	for k := range 2 + g.r.IntN(3) {
		if k > 0 {
			b.text(", ")
		}
		b.name(g.bEnName())
	}
	b.text("\nAction: ")
	b.name(g.of(bEnGiven))
	b.text(" to follow up by Friday.\n")
}

func bEnInvoice(g *gen, b *builder) {
	b.text("INVOICE ", g.digits(6), "\nBill to:\n")
	b.name(g.bEnName())
	b.text("\n")
	b.addr(g.bEnBlock())
	b.text("\nTotal due: $", strconv.Itoa(g.r.IntN(5000)), ".00\n")
}

func bEnYAML(g *gen, b *builder) {
	b.text("contact:\n  name: ")
	b.name(g.bEnName())
	b.text("\n  address: ")
	b.addr(g.bEnAddr())
	b.text("\n  company: ", g.of(bEnBrands), "\n")
}

func bEnXML(g *gen, b *builder) {
	b.text("<customer><fullName>")
	b.name(g.bEnName())
	b.text("</fullName><shipping>")
	b.addr(g.bEnAddr())
	b.text("</shipping></customer>\n")
}

func bEnTable(g *gen, b *builder) {
	b.text("| Name | Address |\n|---|---|\n")
	for range 1 + g.r.IntN(3) {
		b.text("| ")
		b.name(g.bEnName())
		b.text(" | ")
		b.addr(g.bEnAddr())
		b.text(" |\n")
	}
}

func bEnHeader(g *gen, b *builder) {
	b.text("From: ")
	b.name(g.bEnName())
	b.text(" <", strings.ToLower(g.of(bEnGiven)), "@example.com>\nTo: ")
	b.name(g.bEnName())
	b.text(" <team@example.org>\nSubject: ", g.of(bEnBrands), " promo\n\nSee attached.\n")
}

func bEnNotice(g *gen, b *builder) {
	b.text("Your parcel for ")
	b.name(g.bEnName())
	b.text(" will be delivered to ")
	b.addr(g.bEnAddr())
	b.text(" today between 2 and 6 pm.\n")
}

func bDeForm(g *gen, b *builder) {
	b.text("Antragsteller\nName: ")
	b.name(g.bDeName())
	b.text("\nAnschrift: ")
	b.addr(g.bDeAddr(", "))
	b.text("\nArbeitgeber: ", g.of(bDeBrands), "\n")
}

func bDeTicket(g *gen, b *builder) {
	b.text("Vorgang ", g.digits(6), "\nGemeldet von: ")
	b.name(g.bDeName())
	b.text("\nBearbeiterin: Frau ")
	b.name(g.of(bDeSurname))
	b.text("\n", g.of(bDePhrases), " Lieferung an ")
	b.addr(g.bDeAddr(", "))
	b.text(" fehlgeschlagen.\n")
}

func bDeNotes(g *gen, b *builder) {
	b.text("Protokoll\nAnwesend: ")
	for k := range 2 + g.r.IntN(3) {
		if k > 0 {
			b.text(", ")
		}
		b.name(g.bDeName())
	}
	b.text("\nTOP 1: ", g.of(bDePhrases), "\n")
}

func bDeInvoice(g *gen, b *builder) {
	b.text("RECHNUNG Nr. ", g.digits(6), "\nz. Hd. ")
	b.name(g.bDeName())
	b.text("\n")
	b.addr(g.bDeAddr("\n"))
	b.text("\nLieferant: ", g.of(bDeBrands), "\n")
}

func bDeYAML(g *gen, b *builder) {
	b.text("kontakt:\n  name: ")
	b.name(g.bDeName())
	b.text("\n  anschrift: ")
	b.addr(g.bDeAddr(", "))
	b.text("\n")
}

func bDeTable(g *gen, b *builder) {
	b.text("| Name | Anschrift |\n|---|---|\n")
	for range 1 + g.r.IntN(3) {
		b.text("| ")
		b.name(g.bDeName())
		b.text(" | ")
		b.addr(g.bDeAddr(", "))
		b.text(" |\n")
	}
}

func bDeNotice(g *gen, b *builder) {
	b.text(g.of(bDePhrases), " Ihr Paket für ")
	b.name(g.bDeName())
	b.text(" wird heute an ")
	b.addr(g.bDeAddr(", "))
	b.text(" geliefert. ", g.of(bDeBrands), " dankt für Ihren Einkauf.\n")
}

func bZhForm(g *gen, b *builder) {
	b.text("申请表\n申请人：")
	b.name(g.bZhName())
	b.text("\n通讯地址：")
	b.addr(g.bZhAddr())
	b.text("\n备注：", g.of(bZhNegatives), "\n")
}

func bZhTicket(g *gen, b *builder) {
	b.text("工单", g.digits(6), "\n报修人：")
	b.name(g.bZhName())
	b.text("（工号", g.digits(4), "）\n处理人：")
	b.name(g.bZhName())
	b.text("\n", g.of(bZhNegatives), "\n")
}

func bZhNotes(g *gen, b *builder) {
	b.text("会议纪要\n参会人员：")
	for k := range 2 + g.r.IntN(3) {
		if k > 0 {
			b.text("、")
		}
		b.name(g.bZhName())
	}
	b.text("\n", g.of(bZhNegatives), "\n")
}

func bZhInvoice(g *gen, b *builder) {
	b.text("发票抬头：个人\n购买方：")
	b.name(g.bZhName())
	b.text("\n邮寄地址：")
	b.addr(g.bZhAddr())
	b.text("\n")
}

func bZhYAML(g *gen, b *builder) {
	b.text("contact:\n  name: ")
	b.name(g.bZhName())
	b.text("\n  address: ")
	b.addr(g.bZhAddr())
	b.text("\n")
}

func bZhTable(g *gen, b *builder) {
	b.text("| 姓名 | 地址 |\n|---|---|\n")
	for range 1 + g.r.IntN(3) {
		b.text("| ")
		b.name(g.bZhName())
		b.text(" | ")
		b.addr(g.bZhAddr())
		b.text(" |\n")
	}
}

func bZhNotice(g *gen, b *builder) {
	b.text("您好，")
	b.name(g.bZhName())
	b.text("，您的快递已送达")
	b.addr(g.bZhAddr())
	b.text("，请及时领取。", g.of(bZhNegatives), "\n")
}
