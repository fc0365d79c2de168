package corpus

import (
	"fmt"
	"strings"

	"github.com/comity-project/comity/pii"
)

// positives each write one snippet holding one labelled value.
var positives = []func(g *gen, b *builder){
	func(g *gen, b *builder) {
		e := strings.ToLower(g.f.Email())
		b.tpl(pii.Email, g.pick("Contact: {}.", "Please write to {} for details.", "邮箱：{}", "E-Mail: {}", "<{}>", "reply-to {}"), e)
	},
	func(g *gen, b *builder) {
		region, p := g.phone()
		b.tplVariant(pii.Phone, region, g.pick("Tel: {}", "Call me at {} tomorrow.", "手机：{}，", "Telefon {}", "phone {} (mobile)", "Rufen Sie {} an.", "电话{}", "reach her on {}."), p)
	},
	func(g *gen, b *builder) {
		b.tpl(pii.CNResidentID, g.pick("身份证号：{}", "公民身份号码 {}，", "ID card no. {}.", "身份证{}"), g.cnID(true))
	},
	func(g *gen, b *builder) {
		s := g.ssn(true)
		if g.r.IntN(4) == 0 {
			b.tpl(pii.USSSN, g.pick("SSN: {}", "Social Security Number {}"), strings.ReplaceAll(s, "-", ""))
			return
		}
		b.tpl(pii.USSSN, g.pick("SSN {}", "social security no. {}.", "The applicant's number is {}.", "{} (SSN)"), s)
	},
	func(g *gen, b *builder) {
		b.tpl(pii.PaymentCard, g.pick("Card: {}", "paid with card {}.", "卡号：{}", "Kreditkarte {} gültig bis 12/27", "charged to {} on Monday"), g.card(true))
	},
	func(g *gen, b *builder) {
		b.tpl(pii.IBAN, g.pick("IBAN: {}", "Bitte überweisen Sie auf {}.", "account {} (SEPA)", "Konto {}"), g.iban(true))
	},
	func(g *gen, b *builder) {
		b.tpl(pii.DETaxID, g.pick("Steuer-ID: {}", "Steuerliche Identifikationsnummer {}.", "IdNr. {}", "Ihre Steuer-Identifikationsnummer lautet {}", "TIN {}"), g.taxID(true))
	},
	func(g *gen, b *builder) {
		kind, p := g.passport()
		tpls := map[string][]string{
			"cn": {"护照号码：{}", "passport no. {}", "Passport {} issued in Beijing"},
			"us": {"Passport Number: {}", "US passport {}.", "passport #{}"},
			"de": {"Reisepass Nr. {}", "Passnummer: {}", "passport {} (Germany)"},
		}[kind]
		b.tplVariant(pii.Passport, strings.ToUpper(kind), g.pick(tpls...), p)
	},
	func(g *gen, b *builder) {
		b.tpl(pii.IPv4, g.pick("login from {}", "IP: {}.", "Client {} connected", "来源IP {}"), g.ipv4())
	},
	func(g *gen, b *builder) {
		b.tpl(pii.IPv6, g.pick("login from {}", "IPv6 address {}.", "src={} ", "via {}"), g.ipv6())
	},
	func(g *gen, b *builder) {
		b.tpl(pii.MAC, g.pick("device MAC {}", "MAC-Adresse: {}.", "hw {} seen", "设备MAC地址 {}"), g.mac())
	},
	func(g *gen, b *builder) {
		d := 4 + g.r.IntN(3)
		lat, lon := g.coord(-60, 70, d), g.coord(-170, 170, d)
		tpl := g.pick("location {}", "GPS: {}.", "Standort {}", "坐标：{}", "last seen at {}", "GPS lat {}")
		v := g.pick(lat+", "+lon, lat+","+lon, lat+" "+lon)
		if strings.HasSuffix(tpl, "lat {}") {
			v = lat + ", lon " + lon
		}
		b.tpl(pii.GeoLocation, tpl, v)
	},
	func(g *gen, b *builder) {
		t := g.date(1930, 2015)
		months := []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
		v := []struct{ tpl, val string }{
			{"born on {}", t.Format("2006-01-02")},
			{"DOB: {}", t.Format("01/02/2006")},
			{"Geburtsdatum: {}", t.Format("02.01.2006")},
			{"出生日期：{}", fmt.Sprintf("%d年%d月%d日", t.Year(), t.Month(), t.Day())},
			{"date of birth {}.", fmt.Sprintf("%s %d, %d", months[t.Month()-1], t.Day(), t.Year())},
			{"She was born {}.", fmt.Sprintf("%d %s %d", t.Day(), months[t.Month()-1], t.Year())},
			{"geb. {}", t.Format("02.01.2006")},
			{"birthday: {}", t.Format("2006/01/02")},
		}[g.r.IntN(8)]
		b.tpl(pii.DateOfBirth, v.tpl, v.val)
	},
	func(g *gen, b *builder) { g.name(b) },
	func(g *gen, b *builder) { g.address(b) },
}

var deFirst = []string{"Jürgen", "Sabine", "Klaus", "Ute", "Henrik", "Anke", "Jens", "Dörte", "Lars", "Frauke", "Björn", "Insa", "Malte", "Wiebke", "Ole", "Heike", "Stefan", "Julia"}
var deLast = []string{"Müller", "Schmidt", "Brandt", "Petersen", "Hansen", "Vogt", "Lindemann", "Kröger", "Ostermann", "Wendt", "Hoffmann", "Schäfer", "Clausen", "Thiele"}
var cnFamily = []string{"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "林", "何", "高", "罗", "欧阳", "司马", "诸葛", "上官", "仝", "亓"}
var cnGiven = []rune("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国志文斌宇浩然欣怡梓涵子轩雨")

func (g *gen) name(b *builder) {
	switch g.r.IntN(3) {
	case 0:
		n := g.f.FirstName() + " " + g.f.LastName()
		b.tpl(pii.PersonName, g.pick("Dear Mr. {},", "Name: {}", "Patient: {}.", "Contact: {} (sales)", "Dear {},", "Mrs. {} called."), n)
	case 1:
		n := g.pick(deFirst...) + " " + g.pick(deLast...)
		b.tpl(pii.PersonName, g.pick("Sehr geehrte Frau {},", "Ansprechpartner: {}", "Herr {} ist erreichbar.", "Kunde: {}"), n)
	default:
		n := g.pick(cnFamily...)
		for range 1 + g.r.IntN(2) {
			n += string(cnGiven[g.r.IntN(len(cnGiven))])
		}
		switch g.r.IntN(3) {
		case 0:
			b.tpl(pii.PersonName, g.pick("姓名：{}，", "联系人：{}", "收件人：{}。", "患者：{} "), n)
		case 1:
			b.tpl(pii.PersonName, "请联系{}", n)
			b.text(g.pick("先生。", "女士。"))
		default:
			b.tpl(pii.PersonName, g.pick("姓名{}，", "申请人：{}。"), n)
		}
	}
}

var usSuffixes = []string{"Street", "St", "Avenue", "Ave", "Road", "Rd", "Boulevard", "Blvd", "Lane", "Drive", "Dr", "Way", "Court", "Place"}
var deStreetBase = []string{"Haupt", "Bahnhof", "Schiller", "Goethe", "Linden", "Berliner ", "Garten", "Kirch", "Ring", "Wald", "Mozart", "Friedrich-Ebert-"}
var deSuffixes = []string{"straße", "str.", "weg", "platz", "allee", "gasse"}
var deCities = []string{"10115 Berlin", "80331 München", "20095 Hamburg", "50667 Köln", "60311 Frankfurt", "70173 Stuttgart", "04109 Leipzig", "01067 Dresden"}
var cnPlaces = []string{"北京市朝阳区", "上海市浦东新区", "广东省深圳市南山区", "浙江省杭州市西湖区", "四川省成都市武侯区", "江苏省南京市鼓楼区", "湖北省武汉市洪山区", "天津市和平区"}
var cnRoads = []string{"建国路", "人民路", "中山路", "解放大道", "科技园路", "文三路", "长江街", "和平里北街", "南京东路"}

func (g *gen) address(b *builder) {
	switch g.r.IntN(3) {
	case 0:
		street := g.f.LastName()
		if g.r.IntN(3) == 0 {
			street = g.pick("Oak", "Maple", "Cedar", "Pine", "Elm", "Washington", "Lake", "Hill", "Sunset", "Park")
		}
		a := fmt.Sprintf("%d %s %s", 1+g.r.IntN(9999), street, g.pick(usSuffixes...))
		if g.r.IntN(4) == 0 {
			a += g.pick(", Apt 4B", ", Suite 200", " #12")
		}
		if g.r.IntN(3) > 0 {
			a += fmt.Sprintf(", %s, %s %s", g.f.City(), g.f.StateAbr(), g.f.Zip())
		}
		b.tpl(pii.PostalAddress, g.pick("Ship to {}.", "Address: {}", "lives at {}.", "Mail the form to {}"), a)
	case 1:
		a := g.pick(deStreetBase...)
		suf := g.pick(deSuffixes...)
		if strings.HasSuffix(a, " ") {
			suf = strings.ToUpper(suf[:1]) + suf[1:]
		}
		a = a + suf + " " + fmt.Sprint(1+g.r.IntN(150))
		if g.r.IntN(3) > 0 {
			a += ", " + g.pick(deCities...)
		}
		b.tpl(pii.PostalAddress, g.pick("Anschrift: {}.", "wohnhaft in {}", "Lieferadresse {}", "Adresse: {}"), a)
	default:
		a := g.pick(cnPlaces...) + g.pick(cnRoads...) + fmt.Sprint(1+g.r.IntN(999)) + "号"
		if g.r.IntN(3) == 0 {
			a += fmt.Sprintf("%d栋%d室", 1+g.r.IntN(20), 101+g.r.IntN(1800))
		}
		b.tpl(pii.PostalAddress, g.pick("地址：{}。", "家住{}，", "寄往{}", "收货地址 {}"), a)
	}
}

// negative writes prose, or a hard negative: something shaped like
// personal information that is not.
func (g *gen) negative(b *builder) {
	switch g.r.IntN(24) {
	case 0:
		b.negative("wrong check digit")
		b.text("ID check failed for " + g.cnID(false) + ".")
	case 1:
		b.negative("wrong check digit")
		b.text("Test card " + g.card(false) + " was declined.")
	case 2:
		b.negative("wrong check digit")
		b.text("IBAN " + g.iban(false) + " is invalid.")
	case 3:
		b.negative("wrong check digit")
		b.text("Steuer-ID " + g.taxID(false) + " (Prüfziffer falsch)")
	case 4:
		b.negative("wrong check digit")
		b.text("SSN " + g.ssn(false) + " rejected")
	case 5:
		b.negative("order number")
		b.text(g.pick("Order ", "Bestellung ", "订单号：", "order #") + g.pick("ORD-"+fmt.Sprint(2015+g.r.IntN(11))+"-"+g.digits(6), g.digits(10+g.r.IntN(10)), "INV-"+g.digits(8), fmt.Sprint(2020+g.r.IntN(6))+g.digits(14)))
	case 6:
		b.negative("invoice number")
		b.text(g.pick("Invoice ", "Rechnung Nr. ", "发票号码 ") + g.pick(fmt.Sprintf("%d/%s", 2018+g.r.IntN(8), g.digits(5)), "RE-"+g.digits(7), g.digits(8), g.digits(12)))
	case 7:
		b.negative("timestamp")
		t := g.date(2000, 2025).Add(0)
		b.text(g.pick("created ", "updated_at=", "时间 ", "at ") + g.pick(t.Format("2006-01-02T15:04:05Z"), t.Format("2006-01-02 15:04:05"), fmt.Sprint(t.Unix()), fmt.Sprint(t.UnixMilli()), t.Format("02.01.2006 15:04")))
	case 8:
		b.negative("long digit run")
		b.text("hash " + g.digits(20+g.r.IntN(30)) + " ok")
	case 9:
		b.negative("date without birth context")
		t := g.date(1950, 2024)
		b.text(g.pick("The meeting on ", "Contract signed ", "Vertrag vom ", "会议日期 ") + g.pick(t.Format("2006-01-02"), t.Format("02.01.2006"), t.Format("01/02/2006")) + ".")
	case 10:
		b.negative("tracking number")
		b.text(g.pick("Tracking ", "Sendungsnummer ", "运单号 ") + g.pick("1Z"+g.digits(16), "JJD"+g.digits(18), g.digits(12), "SF"+g.digits(12)))
	case 11:
		b.negative("amount")
		b.text(g.pick("Price: ", "Total ", "金额 ") + g.pick(fmt.Sprintf("$%d,%s.%s", 1+g.r.IntN(999), g.digits(3), g.digits(2)), fmt.Sprintf("EUR %d.%s,%s", 1+g.r.IntN(99), g.digits(3), g.digits(2)), fmt.Sprintf("¥%d.%s", g.r.IntN(100000), g.digits(2))))
	case 12:
		b.negative("reference number")
		b.text(g.pick("Ref ", "Code ", "Batch ") + g.pick("E"+g.digits(8), "G"+g.digits(8), "C"+g.digits(8), g.digits(9)) + " processed.")
	case 13:
		b.negative("version")
		b.text(g.pick("version ", "Build ", "release v") + fmt.Sprintf("%d.%d.%d", g.r.IntN(20), g.r.IntN(30), g.r.IntN(200)))
	case 14:
		b.negative("other number")
		b.text(g.pick("ISBN 978-3-16-148410-0", "PLZ 80331", "Zimmer 1203", "Room 4021", "ZIP 94105", "Flight LH 723", "Gate B12", "Kapitel 3.2.1"))
	case 15:
		b.negative("decimal pair")
		b.text(fmt.Sprintf("ratio %.4f, %.4f", g.r.Float64(), g.r.Float64()))
	case 16:
		b.negative("organisation or place")
		b.text(g.pick("General Motors", "New York", "Deutsche Bahn", "United Nations", "Microsoft Teams", "Berlin Hauptbahnhof", "中华人民共和国", "北京大学") + g.pick(" announced results.", " is closed today.", "发布了公告。"))
	case 17:
		b.negative("counts and percentages")
		b.text(fmt.Sprintf("%d items, %d pending, %d.%d%% done", g.r.IntN(100000), g.r.IntN(1000), g.r.IntN(100), g.r.IntN(10)))
	case 18:
		b.negative("long digit run")
		// Long random digit runs, bare or in records.
		b.text(g.pick("", "id=", "\"uid\":", "nonce ", "Seq ") + g.digits(20+g.r.IntN(21)))
	case 19:
		b.negative("serial or transaction number")
		b.text(g.pick("Serial ", "SKU ", "Seriennummer ", "序列号 ", "transaction ", "Transaktion ") + g.digits(12+g.r.IntN(8)))
	case 20:
		b.negative("unallotted phone number")
		// Numbers shaped like phone numbers that no numbering plan allots
		// (no North American area code begins with 0 or 1, no Chinese
		// mobile prefix with 10 or 11).
		b.text(g.pick("Tel: ", "电话", "Telefon ") + g.pick("(123) 456-7890", "000-000-0000", "1"+g.pick("0", "1")+g.digits(9), "00000 000000", "555-0100"))
	case 21:
		b.negative("bad or non-personal IP, hex groups")
		b.text(g.pick("addr ", "IP ", "mask ", "listen on ") + g.pick("127.0.0.1:8080", "0.0.0.0", "255.255.255.255",
			fmt.Sprintf("%d.%d.%d.%d", 256+g.r.IntN(700), g.r.IntN(256), g.r.IntN(256), g.r.IntN(256)),
			fmt.Sprintf("%d.%d.%d", g.r.IntN(256), g.r.IntN(256), g.r.IntN(256)),
			fmt.Sprintf("%d.%d.%d.%d.%d", g.r.IntN(256), g.r.IntN(256), g.r.IntN(256), g.r.IntN(256), g.r.IntN(256)),
			strings.ToUpper(g.mac())+":00", "12:34:56", "2001:db8"))
	case 22:
		b.negative("wrong check digit")
		// Check digits that fail, in fours like a real number.
		b.text(g.pick("Karte ", "card ending ", "Konto ") + g.pick(g.card(false), g.iban(false), g.cnID(false)))
	default:
		b.negative("prose")
		b.text(g.prose())
	}
}
