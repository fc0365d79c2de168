package unread

import "strings"

// Real city / state / ZIP triples.
var usCities = [][3]string{
	{"Springfield", "IL", "62701"}, {"Austin", "TX", "78701"}, {"Columbus", "OH", "43215"},
	{"Portland", "OR", "97205"}, {"Denver", "CO", "80202"}, {"Phoenix", "AZ", "85004"},
	{"Madison", "WI", "53703"}, {"Raleigh", "NC", "27601"}, {"Boise", "ID", "83702"},
	{"Tucson", "AZ", "85701"}, {"Albany", "NY", "12207"}, {"Brooklyn", "NY", "11201"},
	{"Chicago", "IL", "60614"}, {"Seattle", "WA", "98101"}, {"Miami", "FL", "33130"},
	{"Atlanta", "GA", "30303"}, {"Nashville", "TN", "37203"}, {"Omaha", "NE", "68102"},
	{"Des Moines", "IA", "50309"}, {"Sacramento", "CA", "95814"}, {"Oakland", "CA", "94612"},
	{"San Antonio", "TX", "78205"}, {"El Paso", "TX", "79901"}, {"Baltimore", "MD", "21201"},
	{"Richmond", "VA", "23219"}, {"Burlington", "VT", "05401"}, {"Portland", "ME", "04101"},
	{"Anchorage", "AK", "99501"}, {"Honolulu", "HI", "96813"}, {"Santa Fe", "NM", "87501"},
	{"Bozeman", "MT", "59715"}, {"St. Louis", "MO", "63101"}, {"Coeur d'Alene", "ID", "83814"},
}

var usStreets = []string{
	"Oak", "Maple", "Pine", "Cedar", "Elm", "Washington", "Lincoln", "Park", "Main", "2nd",
	"3rd", "Lake", "Hill", "Sunset", "Jefferson", "Willow", "Highland", "Meadow", "Ridge", "Walnut",
	"Martin Luther King Jr", "Cesar Chavez", "Old Mill", "Forest Glen", "14th", "Magnolia", "Peachtree", "Mission",
}

var usSuffix = []string{"St", "Street", "Ave", "Avenue", "Blvd", "Rd", "Road", "Dr", "Drive", "Ln", "Ct", "Pl", "Way", "Pkwy", "Ter", "Cir", "Trl"}
var usUnit = []string{"Apt 4B", "Apt. 12", "Unit 7", "Ste 200", "Suite 310", "# 3", "#12C", "Fl 2", "Lot 18", "Bldg C", "Rm 104"}

// usStreet is a delivery line: number, street, perhaps a unit; or a PO
// box or rural route.
func (g *gen) usStreet() string {
	switch g.intn(14) {
	case 0:
		return "PO Box " + itoa(1+g.intn(9899))
	case 1:
		return "RR " + itoa(1+g.intn(6)) + " Box " + itoa(1+g.intn(300))
	case 2:
		return itoa(100+g.intn(9000)) + " " + g.pick([]string{"County Road", "State Hwy", "US Hwy", "Farm to Market Rd"}) + " " + itoa(1+g.intn(400))
	}
	s := itoa(1 + g.intn(12000))
	if g.p(0.2) {
		s += " " + g.pick([]string{"N", "S", "E", "W", "NE", "SW"})
	}
	s += " " + g.pick(usStreets) + " " + g.pick(usSuffix)
	if g.p(0.3) {
		s += g.pick([]string{" ", ", "}) + g.pick(usUnit)
	}
	return s
}

func (g *gen) usZip(z string) string {
	if g.p(0.2) {
		return z + "-" + pad(g.intn(10000), 4)
	}
	return z
}

// usAddr is a whole US address: one line or a block over two lines.
func (g *gen) usAddr(block bool) string {
	c := usCities[g.intn(len(usCities))]
	st := g.usStreet()
	tail := c[0] + ", " + c[1] + " " + g.usZip(c[2])
	if g.p(0.15) {
		tail = c[0] + " " + c[1] + " " + g.usZip(c[2])
	}
	sep := ", "
	if block {
		sep = "\n"
	}
	s := st + sep + tail
	if g.p(0.12) {
		s = strings.ToUpper(s)
	}
	return s
}

var deCities = [][2]string{
	{"10115", "Berlin"}, {"10437", "Berlin"}, {"12049", "Berlin"}, {"20095", "Hamburg"}, {"22767", "Hamburg"},
	{"80331", "München"}, {"81667", "München"}, {"50667", "Köln"}, {"60311", "Frankfurt am Main"}, {"70173", "Stuttgart"},
	{"40210", "Düsseldorf"}, {"44135", "Dortmund"}, {"45127", "Essen"}, {"04109", "Leipzig"}, {"01067", "Dresden"},
	{"28195", "Bremen"}, {"30159", "Hannover"}, {"90402", "Nürnberg"}, {"47051", "Duisburg"}, {"44787", "Bochum"},
	{"42103", "Wuppertal"}, {"33602", "Bielefeld"}, {"53111", "Bonn"}, {"48143", "Münster"}, {"76133", "Karlsruhe"},
	{"68159", "Mannheim"}, {"86150", "Augsburg"}, {"65183", "Wiesbaden"}, {"24103", "Kiel"}, {"18055", "Rostock"},
	{"99084", "Erfurt"}, {"39104", "Magdeburg"}, {"14467", "Potsdam"}, {"55116", "Mainz"}, {"66111", "Saarbrücken"},
	{"93047", "Regensburg"}, {"79098", "Freiburg im Breisgau"}, {"37073", "Göttingen"}, {"17489", "Greifswald"},
	{"83435", "Bad Reichenhall"}, {"97070", "Würzburg"}, {"06108", "Halle (Saale)"}, {"07743", "Jena"},
	{"25813", "Husum"}, {"87509", "Immenstadt i. Allgäu"}, {"26506", "Norden"}, {"09111", "Chemnitz"},
}

var deStreetBase = []string{
	"Haupt", "Bahnhof", "Schul", "Garten", "Kirch", "Dorf", "Berg", "Wald", "Linden", "Birken",
	"Eichen", "Ahorn", "Mühlen", "Wiesen", "Feld", "Rosen", "Tannen", "Sonnen", "Goethe", "Schiller",
}
var deStreetSuffix = []string{"straße", "straße", "str.", "strasse", "weg", "gasse", "ring", "allee", "platz", "steig", "damm"}
var deStreetWhole = []string{
	"Am Markt", "An der Kirche", "Im Winkel", "Zur Mühle", "Karl-Liebknecht-Straße", "Kurfürstendamm",
	"Unter den Linden", "Alter Postweg", "Große Bäckerstraße", "Hinter der Mauer", "Auf dem Kamp", "Rüttenscheider Str.",
}
var deFloor = []string{"3. OG links", "EG rechts", "Hinterhaus", "Whg. 12", "2. Stock", "Seitenflügel, 4. OG", "DG"}

func (g *gen) deStreet() string {
	var s string
	if g.p(0.3) {
		s = g.pick(deStreetWhole)
	} else {
		s = g.pick(deStreetBase) + g.pick(deStreetSuffix)
	}
	n := itoa(1 + g.intn(180))
	switch g.intn(10) {
	case 0:
		n += string(rune('a' + g.intn(4)))
	case 1:
		n += "–" + itoa(2+g.intn(6)+atoi(n))
	case 2:
		n += " " + string(rune('A'+g.intn(3)))
	}
	return s + " " + n
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			break
		}
		n = n*10 + int(c-'0')
	}
	return n
}

// deAddr is a German address: street, perhaps a floor note, PLZ and
// Ort; or a Postfach.
func (g *gen) deAddr(block bool) string {
	c := deCities[g.intn(len(deCities))]
	sep := ", "
	if block {
		sep = "\n"
	}
	if g.p(0.07) {
		return "Postfach " + itoa(10+g.intn(89)) + " " + pad(g.intn(100), 2) + " " + pad(g.intn(100), 2) + sep + c[0] + " " + c[1]
	}
	s := g.deStreet()
	if g.p(0.15) {
		s += ", " + g.pick(deFloor)
	}
	return s + sep + c[0] + " " + c[1]
}

var zhRegions = []string{
	"广东省广州市天河区", "浙江省杭州市西湖区", "江苏省南京市鼓楼区", "四川省成都市武侯区", "湖北省武汉市洪山区",
	"北京市朝阳区", "上海市浦东新区", "天津市河西区", "重庆市渝中区", "山东省济南市历下区",
	"河南省郑州市金水区", "陕西省西安市雁塔区", "福建省厦门市思明区", "湖南省长沙市岳麓区", "辽宁省沈阳市和平区",
	"河北省石家庄市长安区", "云南省昆明市五华区", "浙江省金华市义乌市稠城街道", "河北省保定市涞水县永阳镇",
	"安徽省六安市霍山县衡山镇", "广西壮族自治区桂林市阳朔县阳朔镇", "黑龙江省哈尔滨市南岗区", "江西省南昌市东湖区",
}
var zhRoads = []string{"建设路", "人民路", "解放路", "中山路", "和平街", "学府路", "文化路", "长江路", "黄河路", "新华街", "迎宾大道", "科技园路", "滨江东路", "幸福里", "槐树巷"}
var zhEstates = []string{"阳光花园", "锦绣家园", "翠苑一区", "金桥小区", "碧水湾", "幸福里小区", "国际公寓", "职工宿舍"}

// zhAddr is a Chinese address from an administrative division (or from
// the district, as people often write) down to the room.
func (g *gen) zhAddr() string {
	reg := g.pick(zhRegions)
	if g.p(0.3) {
		// drop the province, or province and city, as people do
		if i := strings.Index(reg, "省"); i >= 0 {
			reg = reg[i+len("省"):]
		}
	}
	if g.p(0.1) {
		return reg + g.pick([]string{"红旗村", "李家庄村", "新民村"}) + itoa(1+g.intn(9)) + "组" + itoa(1+g.intn(60)) + "号"
	}
	s := reg + g.pick(zhRoads)
	if g.p(0.2) {
		s += itoa(1+g.intn(300)) + "弄"
	}
	s += itoa(1+g.intn(999)) + "号"
	if g.p(0.6) {
		s += g.pick(zhEstates) + itoa(1+g.intn(30)) + "栋"
		if g.p(0.5) {
			s += itoa(1+g.intn(6)) + "单元"
		}
		s += itoa(1+g.intn(30)) + pad(1+g.intn(8), 2) + "室"
	}
	return s
}

// zhShort is the district-and-below form used on forms and in speech.
func (g *gen) zhShort() string {
	d := g.pick([]string{"朝阳区", "海淀区", "天河区", "西湖区", "武侯区", "洪山区", "雁塔区", "思明区"})
	return d + g.pick(zhRoads) + itoa(1+g.intn(500)) + "号" + itoa(1+g.intn(20)) + "号楼" + itoa(1+g.intn(6)) + "单元" + itoa(1+g.intn(20)) + "0" + itoa(1+g.intn(4))
}
