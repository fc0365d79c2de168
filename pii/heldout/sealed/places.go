package sealed

import (
	"fmt"
	"strings"
)

// usCities are real city, state and ZIP code triples.
var usCities = [][3]string{
	{"Springfield", "IL", "62704"}, {"Austin", "TX", "78704"}, {"Portland", "OR", "97214"}, {"Columbus", "OH", "43215"},
	{"Lexington", "KY", "40502"}, {"Madison", "WI", "53703"}, {"Boise", "ID", "83702"}, {"Tucson", "AZ", "85719"},
	{"Raleigh", "NC", "27603"}, {"Albany", "NY", "12203"}, {"Burlington", "VT", "05401"}, {"Savannah", "GA", "31401"},
	{"Des Moines", "IA", "50309"}, {"Omaha", "NE", "68102"}, {"Spokane", "WA", "99201"}, {"Fresno", "CA", "93721"},
	{"Pasadena", "CA", "91101"}, {"Brooklyn", "NY", "11215"}, {"Chicago", "IL", "60614"}, {"Denver", "CO", "80206"},
	{"Nashville", "TN", "37203"}, {"Richmond", "VA", "23220"}, {"Tulsa", "OK", "74103"}, {"Wichita", "KS", "67202"},
	{"Anchorage", "AK", "99501"}, {"Honolulu", "HI", "96813"}, {"Providence", "RI", "02903"}, {"Hartford", "CT", "06103"},
	{"Baltimore", "MD", "21201"}, {"Pittsburgh", "PA", "15213"}, {"Ann Arbor", "MI", "48104"}, {"Minneapolis", "MN", "55408"},
	{"St. Louis", "MO", "63104"}, {"New Orleans", "LA", "70116"}, {"Little Rock", "AR", "72201"}, {"Jackson", "MS", "39201"},
	{"Birmingham", "AL", "35203"}, {"Charleston", "SC", "29401"}, {"Salt Lake City", "UT", "84111"}, {"Albuquerque", "NM", "87102"},
	{"Las Vegas", "NV", "89101"}, {"Cheyenne", "WY", "82001"}, {"Billings", "MT", "59101"}, {"Fargo", "ND", "58102"},
	{"Sioux Falls", "SD", "57104"}, {"Portland", "ME", "04101"}, {"Manchester", "NH", "03101"}, {"Wilmington", "DE", "19801"},
	{"Morgantown", "WV", "26505"}, {"Indianapolis", "IN", "46204"}, {"Lancaster", "PA", "17603"}, {"Boulder", "CO", "80302"},
}

var usStreetNames = strings.Fields(`Main Oak Maple Cedar Elm Washington Lake Hill Park Pine Walnut Church Mill
Spring Ridge Highland Sunset Cherry River Chestnut Willow Jefferson Lincoln Franklin Madison Jackson Dogwood
Magnolia Pleasant Prospect Meadow Forest Center Union Water Bridge Sycamore Hickory Laurel Poplar Birch
Juniper Aspen Cypress Beacon Harbor Valley Mountain Quarry Orchard Canyon Bayview 3rd 5th 12th 41st 105th`)

var usTwoWordStreets = []string{"Old Orchard", "Fox Run", "Quail Hollow", "Martin Luther King Jr", "Deer Creek", "Stony Brook", "Indian Trail", "Old Mill", "Red Oak", "Country Club"}

// usSuffixes are USPS Publication 28 street suffixes, written out and abbreviated.
var usSuffixes = [][2]string{
	{"Street", "St"}, {"Avenue", "Ave"}, {"Road", "Rd"}, {"Drive", "Dr"}, {"Lane", "Ln"}, {"Boulevard", "Blvd"},
	{"Court", "Ct"}, {"Place", "Pl"}, {"Way", "Way"}, {"Terrace", "Ter"}, {"Circle", "Cir"}, {"Parkway", "Pkwy"},
	{"Pike", "Pike"}, {"Trail", "Trl"}, {"Highway", "Hwy"}, {"Loop", "Loop"}, {"Run", "Run"}, {"Crossing", "Xing"},
	{"Square", "Sq"}, {"Alley", "Aly"}, {"Heights", "Hts"}, {"Hollow", "Holw"}, {"Landing", "Lndg"}, {"Point", "Pt"},
	{"Row", "Row"}, {"Turnpike", "Tpke"}, {"Commons", "Cmns"}, {"Crescent", "Cres"}, {"Glen", "Gln"}, {"Bend", "Bnd"},
	{"Path", "Path"}, {"Pass", "Pass"}, {"Walk", "Walk"}, {"Cove", "Cv"}, {"Estates", "Ests"}, {"Flats", "Flts"},
	{"Corners", "Cors"}, {"Ridge", "Rdg"}, {"Meadows", "Mdws"}, {"Station", "Sta"}, {"Mall", "Mall"}, {"Expressway", "Expy"},
}

var usUnits = []string{"Apt", "Apt.", "Unit", "Ste", "Suite", "#", "Fl", "Rm", "Bldg", "Lot", "Trlr", "Spc"}

// usAddr is a US address in its parts.
type usAddr struct {
	line1, line2, city, state, zip string
}

func (g *gen) usAddress() usAddr {
	c := usCities[g.r.IntN(len(usCities))]
	a := usAddr{city: c[0], state: c[1], zip: c[2]}
	if g.c(0.2) {
		a.zip += "-" + g.digits(4)
	}
	switch x := g.r.Float64(); {
	case x < 0.07:
		a.line1 = g.p("PO Box ", "P.O. Box ", "POB ") + fmt.Sprint(g.d(1, 9999))
		return a
	case x < 0.1:
		a.line1 = fmt.Sprintf("%s %d Box %d", g.p("RR", "HC", "Rural Route"), g.d(1, 9), g.d(1, 400))
		return a
	}
	name := g.p(usStreetNames...)
	if g.c(0.15) {
		name = g.p(usTwoWordStreets...)
	}
	sfx := usSuffixes[g.r.IntN(len(usSuffixes))]
	s := sfx[0]
	if g.c(0.55) {
		s = sfx[1]
		if g.c(0.2) && s != sfx[0] {
			s += "."
		}
	}
	num := fmt.Sprint(g.d(1, 9999))
	if g.c(0.08) {
		num = fmt.Sprintf("%d%s", g.d(1, 400), g.p("A", "B", "½"))
	}
	if g.c(0.05) {
		num = fmt.Sprintf("N%d W%d", g.d(10, 99), g.d(1000, 9999)) // Wisconsin grid
	}
	pre := ""
	if g.c(0.2) {
		pre = g.p("N ", "S ", "E ", "W ", "NE ", "SW ", "North ", "West ")
	}
	post := ""
	if pre == "" && g.c(0.07) {
		post = g.p(" NW", " SE", " NE", " SW")
	}
	a.line1 = num + " " + pre + name + " " + s + post
	if g.c(0.35) {
		u := g.p(usUnits...)
		if u == "#" {
			a.line2 = "# " + fmt.Sprint(g.d(1, 40))
			if g.c(0.5) {
				a.line2 = "#" + fmt.Sprint(g.d(100, 999))
			}
		} else {
			a.line2 = u + " " + fmt.Sprint(g.d(1, 40)) + g.p("", "", "B", "C")
		}
	}
	return a
}

// one is the address on one line: "12 Oak St Apt 4, Boise, ID 83702".
func (a usAddr) one() string {
	s := a.line1
	if a.line2 != "" {
		s += ", " + a.line2
	}
	return s + ", " + a.city + ", " + a.state + " " + a.zip
}

// block is the address over lines, as on an envelope.
func (a usAddr) block() string {
	s := a.line1
	if a.line2 != "" {
		s += "\n" + a.line2
	}
	return s + "\n" + a.city + ", " + a.state + " " + a.zip
}

// usps is the USPS-preferred all-caps form: unit on the street line, no commas.
func (a usAddr) usps(sep string) string {
	s := a.line1
	if a.line2 != "" {
		s += " " + a.line2
	}
	return strings.ToUpper(strings.ReplaceAll(s, ".", "") + sep + a.city + " " + a.state + "  " + a.zip)
}

func (a usAddr) street() string {
	if a.line2 != "" {
		return a.line1 + " " + a.line2
	}
	return a.line1
}

// dePlaces are real postcode and town pairs.
var dePlaces = [][2]string{
	{"10115", "Berlin"}, {"10245", "Berlin"}, {"10435", "Berlin"}, {"12049", "Berlin"}, {"20095", "Hamburg"}, {"22767", "Hamburg"},
	{"80331", "München"}, {"81541", "München"}, {"80802", "München"}, {"50667", "Köln"}, {"50823", "Köln"}, {"60311", "Frankfurt am Main"},
	{"70173", "Stuttgart"}, {"40213", "Düsseldorf"}, {"44135", "Dortmund"}, {"45127", "Essen"}, {"04109", "Leipzig"}, {"28195", "Bremen"},
	{"01067", "Dresden"}, {"30159", "Hannover"}, {"90403", "Nürnberg"}, {"47051", "Duisburg"}, {"44787", "Bochum"}, {"42103", "Wuppertal"},
	{"33602", "Bielefeld"}, {"53111", "Bonn"}, {"48143", "Münster"}, {"76133", "Karlsruhe"}, {"68159", "Mannheim"}, {"86150", "Augsburg"},
	{"65183", "Wiesbaden"}, {"41061", "Mönchengladbach"}, {"45879", "Gelsenkirchen"}, {"38100", "Braunschweig"}, {"24103", "Kiel"},
	{"09111", "Chemnitz"}, {"06108", "Halle (Saale)"}, {"39104", "Magdeburg"}, {"79098", "Freiburg im Breisgau"}, {"23552", "Lübeck"},
	{"99084", "Erfurt"}, {"18055", "Rostock"}, {"55116", "Mainz"}, {"34117", "Kassel"}, {"66111", "Saarbrücken"}, {"93047", "Regensburg"},
	{"97070", "Würzburg"}, {"89073", "Ulm"}, {"14467", "Potsdam"}, {"19053", "Schwerin"}, {"72070", "Tübingen"}, {"37073", "Göttingen"},
	{"83022", "Rosenheim"}, {"87435", "Kempten (Allgäu)"}, {"54290", "Trier"}, {"26122", "Oldenburg"}, {"49074", "Osnabrück"},
	{"03046", "Cottbus"}, {"07743", "Jena"}, {"82319", "Starnberg"}, {"17489", "Greifswald"}, {"35037", "Marburg"}, {"64283", "Darmstadt"},
	{"69117", "Heidelberg"}, {"25813", "Husum"}, {"94032", "Passau"}, {"36037", "Fulda"}, {"57072", "Siegen"}, {"88212", "Ravensburg"},
}

var deStreetStems = strings.Fields(`Haupt Bahnhof Garten Schul Dorf Kirch Linden Berg Wald Birken Eichen Rosen Mühlen
Schloss Markt Feld Wiesen Post Brunnen Burg Tannen Ahorn Sonnen Kastanien Hafen Industrie Ziegelei Grenz Kloster
Goethe Schiller Beethoven Mozart Lessing Herder Uhland Kant Bismarck Luisen Wilhelm Friedrich Mittel Ober Unter`)

var deStreetTypes = []string{"straße", "str.", "weg", "platz", "allee", "ring", "gasse", "damm", "ufer", "chaussee", "pfad", "steig", "stieg", "kamp", "wall", "graben", "hof", "markt"}

var deHyphenStreets = []string{"Konrad-Adenauer-", "Friedrich-Ebert-", "Rosa-Luxemburg-", "Carl-von-Ossietzky-", "Karl-Marx-", "Kaiser-Wilhelm-", "Theodor-Heuss-", "Geschwister-Scholl-", "Willy-Brandt-"}

var dePrepStreets = []string{"Am Sportplatz", "An der Alster", "Im Grund", "Zum Steinbruch", "In den Wiesen", "Unter den Linden",
	"Auf der Heide", "Am Lindenhof", "An der Kirche", "Zur Mühle", "Hinter den Höfen", "Im Winkel", "Alter Postweg", "Am Kanal", "Kleine Freiheit"}

var deCityAdj = []string{"Berliner", "Hamburger", "Frankfurter", "Münchner", "Leipziger", "Kölner", "Bremer", "Dresdner"}

// deAddr is a German address in its parts.
type deAddr struct {
	street, extra, plz, ort string
}

func (g *gen) deAddress() deAddr {
	pl := dePlaces[g.r.IntN(len(dePlaces))]
	a := deAddr{plz: pl[0], ort: pl[1]}
	if g.c(0.05) {
		a.street = fmt.Sprintf("Postfach %02d %02d %02d", g.d(1, 99), g.d(0, 99), g.d(0, 99))
		return a
	}
	var name string
	switch x := g.r.Float64(); {
	case x < 0.55:
		t := g.p(deStreetTypes...)
		name = g.p(deStreetStems...) + t
	case x < 0.7:
		name = g.p(deHyphenStreets...) + g.p("Straße", "Str.", "Allee", "Platz", "Ring")
	case x < 0.85:
		name = g.p(dePrepStreets...)
	default:
		name = g.p(deCityAdj...) + " " + g.p("Straße", "Str.", "Allee", "Chaussee", "Weg", "Landstraße")
	}
	num := fmt.Sprint(g.d(1, 180))
	switch x := g.r.Float64(); {
	case x < 0.1:
		num += g.p("a", "b", "c")
	case x < 0.15:
		num += " " + g.p("a", "b")
	case x < 0.2:
		n := g.d(1, 60)
		num = fmt.Sprintf("%d%s%d", n, g.p("-", "–", "/"), n+2)
	}
	a.street = name + " " + num
	if g.c(0.15) {
		a.extra = g.p("3. OG", "Hinterhaus", "2. Etage links", "Whg. 14", "App. 7", "Seitenflügel, 1. OG", "EG rechts", "Aufgang B")
	}
	return a
}

func (a deAddr) one() string {
	s := a.street
	if a.extra != "" {
		s += ", " + a.extra
	}
	return s + ", " + a.plz + " " + a.ort
}

func (a deAddr) block() string {
	s := a.street
	if a.extra != "" {
		s += "\n" + a.extra
	}
	return s + "\n" + a.plz + " " + a.ort
}

// zhPlace is a province (empty for the municipalities), a city and its districts.
type zhPlace struct {
	prov, city string
	dists      []string
	post       string
}

var zhPlaces = []zhPlace{
	{"", "北京市", []string{"朝阳区", "海淀区", "东城区", "西城区", "丰台区"}, "100020"},
	{"", "上海市", []string{"浦东新区", "徐汇区", "静安区", "闵行区", "杨浦区"}, "200030"},
	{"", "天津市", []string{"和平区", "南开区", "河西区"}, "300070"},
	{"", "重庆市", []string{"渝中区", "江北区", "沙坪坝区"}, "400010"},
	{"广东省", "广州市", []string{"天河区", "越秀区", "海珠区", "番禺区"}, "510620"},
	{"广东省", "深圳市", []string{"南山区", "福田区", "宝安区", "龙岗区"}, "518057"},
	{"浙江省", "杭州市", []string{"西湖区", "滨江区", "余杭区", "拱墅区"}, "310012"},
	{"浙江省", "宁波市", []string{"鄞州区", "海曙区"}, "315100"},
	{"江苏省", "南京市", []string{"鼓楼区", "玄武区", "江宁区"}, "210008"},
	{"江苏省", "苏州市", []string{"姑苏区", "吴中区", "相城区"}, "215000"},
	{"四川省", "成都市", []string{"武侯区", "锦江区", "双流区", "青羊区"}, "610041"},
	{"湖北省", "武汉市", []string{"洪山区", "江汉区", "武昌区"}, "430070"},
	{"湖南省", "长沙市", []string{"岳麓区", "芙蓉区", "开福区"}, "410006"},
	{"陕西省", "西安市", []string{"雁塔区", "碑林区", "未央区"}, "710061"},
	{"山东省", "青岛市", []string{"市南区", "崂山区", "李沧区"}, "266071"},
	{"山东省", "济南市", []string{"历下区", "槐荫区"}, "250011"},
	{"河南省", "郑州市", []string{"金水区", "二七区", "中原区"}, "450003"},
	{"福建省", "厦门市", []string{"思明区", "湖里区", "集美区"}, "361001"},
	{"辽宁省", "大连市", []string{"中山区", "沙河口区", "甘井子区"}, "116001"},
	{"黑龙江省", "哈尔滨市", []string{"南岗区", "道里区"}, "150001"},
	{"云南省", "昆明市", []string{"五华区", "盘龙区"}, "650032"},
	{"广西壮族自治区", "南宁市", []string{"青秀区", "兴宁区"}, "530022"},
	{"安徽省", "合肥市", []string{"蜀山区", "包河区"}, "230031"},
	{"江西省", "南昌市", []string{"东湖区", "红谷滩区"}, "330006"},
	{"河北省", "石家庄市", []string{"长安区", "裕华区"}, "050011"},
	{"贵州省", "贵阳市", []string{"南明区", "云岩区"}, "550002"},
	{"新疆维吾尔自治区", "乌鲁木齐市", []string{"天山区", "沙依巴克区"}, "830002"},
	{"浙江省", "湖州市", []string{"安吉县递铺街道", "德清县武康街道"}, "313300"},
	{"江苏省", "苏州市", []string{"昆山市花桥镇", "常熟市虞山街道"}, "215300"},
	{"云南省", "大理白族自治州", []string{"大理市下关镇"}, "671000"},
}

var zhRoadStems = strings.Fields(`人民 解放 中山 建设 和平 新华 胜利 文化 长江 黄河 朝阳 光明 青年 学府 科技 延安西 淮海中 天河北 五一 东风 幸福 团结 府前 民主 工农 金融 滨江 文三 南京东 环城北 迎宾 望京 中关村南`)
var zhRoadTypes = []string{"路", "路", "路", "街", "大道", "大街", "巷", "道"}
var zhEstates = []string{"阳光花园", "锦绣家园", "翠湖小区", "万科城", "碧桂园", "绿地中心", "华星时代广场", "金地名京", "保利花园", "融侨锦江", "幸福里", "龙湖春江郦城", "世纪嘉园", "建外SOHO"}

// zhAddr is a Chinese address with and without province.
type zhAddr struct {
	prov, city, dist, road, num, rest, post string
}

func (g *gen) zhAddress() zhAddr {
	pl := zhPlaces[g.r.IntN(len(zhPlaces))]
	a := zhAddr{prov: pl.prov, city: pl.city, dist: g.p(pl.dists...), post: pl.post}
	a.road = g.p(zhRoadStems...) + g.p(zhRoadTypes...)
	if pl.city == "上海市" && g.c(0.5) {
		a.num = fmt.Sprintf("%d弄%d号", g.d(1, 1500), g.d(1, 80))
	} else if strings.HasSuffix(a.road, "巷") || g.c(0.1) {
		a.num = fmt.Sprintf("%d号", g.d(1, 120))
	} else {
		a.num = fmt.Sprintf("%d号", g.d(1, 1999))
	}
	switch x := g.r.Float64(); {
	case x < 0.3:
		a.rest = g.p(zhEstates...) + fmt.Sprintf("%d%s%d单元%d室", g.d(1, 30), g.p("栋", "幢", "号楼"), g.d(1, 6), g.d(1, 33)*100+g.d(1, 8))
	case x < 0.5:
		a.rest = g.p(zhEstates...) + fmt.Sprintf("%s座%d室", g.p("A", "B", "C", "D", "1", "2"), g.d(1, 40)*100+g.d(1, 20))
	case x < 0.65:
		a.rest = fmt.Sprintf("%d号楼%d单元%d", g.d(1, 20), g.d(1, 6), g.d(1, 25)*100+g.d(1, 4))
	case x < 0.75:
		a.rest = fmt.Sprintf("院%d号楼%d层", g.d(1, 12), g.d(1, 30))
	}
	return a
}

// full writes the address; prov includes the province when there is one;
// sp puts a space between the administrative parts.
func (a zhAddr) full(prov bool, sp string) string {
	parts := []string{}
	if prov && a.prov != "" {
		parts = append(parts, a.prov)
	}
	parts = append(parts, a.city, a.dist, a.road+a.num+a.rest)
	return strings.Join(parts, sp)
}

// local starts at the district, as people write within their own city.
func (a zhAddr) local() string { return a.dist + a.road + a.num + a.rest }
