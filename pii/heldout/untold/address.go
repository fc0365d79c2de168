package untold

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// Real city/state/ZIP, PLZ/Ort and Chinese division triples.
var (
	enCities = []string{"Columbus, OH 43215", "Austin, TX 78701", "Portland, OR 97205", "Nashville, TN 37203",
		"Denver, CO 80202", "Madison, WI 53703", "Raleigh, NC 27601", "Boise, ID 83702", "Tucson, AZ 85701",
		"Albany, NY 12207", "Springfield, IL 62701", "Burlington, VT 05401", "Des Moines, IA 50309",
		"Savannah, GA 31401", "Omaha, NE 68102", "Sacramento, CA 95814", "Richmond, VA 23219",
		"Lexington, KY 40507", "Tulsa, OK 74103", "Anchorage, AK 99501", "Chattanooga, TN 37402",
		"Bozeman, MT 59715", "Duluth, MN 55802", "Worcester, MA 01608", "Santa Fe, NM 87501"}
	enStreets = []string{"Maple", "Oak", "Cedar", "Elm", "Pine", "Lakeview", "Hillcrest", "Sunset", "Mill", "Church",
		"Ridge", "River", "Spring", "Walnut", "Chestnut", "Highland", "Meadow", "Willow", "Franklin", "Jefferson",
		"Harbor", "Cherry Hill", "Old Stage", "Turkey Creek", "Peachtree", "Quail Run", "Indian Springs", "Fox Chase"}
	enSuffixes = []string{"St", "Street", "Ave", "Avenue", "Rd", "Road", "Dr", "Drive", "Ln", "Lane", "Blvd", "Ct",
		"Pl", "Ter", "Way", "Cir", "Pkwy", "Pike", "Trl", "Trail", "Loop", "Xing", "Crossing", "Cv", "Run", "Pt",
		"Corners", "Flats", "Hwy", "Sq", "Row", "Bnd", "Hts", "Pass"}
	enUnits = []string{"Apt", "Apt.", "Suite", "Ste", "Unit", "#", "Fl", "Rm", "Bldg", "Lot", "Trlr"}
	enDirs  = []string{"N", "S", "E", "W", "NE", "SW", "North", "West"}

	dePlaces = []string{"10115 Berlin", "20095 Hamburg", "80331 München", "50667 Köln", "60311 Frankfurt am Main",
		"70173 Stuttgart", "40213 Düsseldorf", "04109 Leipzig", "01067 Dresden", "28195 Bremen", "30159 Hannover",
		"90402 Nürnberg", "44135 Dortmund", "45127 Essen", "53111 Bonn", "69117 Heidelberg",
		"79098 Freiburg im Breisgau", "24103 Kiel", "18055 Rostock", "99084 Erfurt", "55116 Mainz",
		"66111 Saarbrücken", "93047 Regensburg", "37073 Göttingen", "87435 Kempten (Allgäu)", "26122 Oldenburg",
		"06108 Halle (Saale)", "83022 Rosenheim", "48143 Münster", "17489 Greifswald"}
	deStems = []string{"Haupt", "Bahnhof", "Linden", "Garten", "Schul", "Kirch", "Goethe", "Schiller", "Rosen",
		"Birken", "Mühlen", "Berliner ", "Am Markt", "Feld", "Wald", "Uhland", "Ludwig", "Friedrich-Ebert-",
		"Kastanien", "Tannen", "Ahorn", "Eichendorff", "Hafen", "Grüner ", "Sonnen", "Theodor-Heuss-"}
	deTypes = []string{"straße", "str.", "weg", "platz", "allee", "ring", "gasse", "damm", "ufer", "steig", "pfad", "chaussee"}
	deFixed = []string{"Am Anger", "Auf dem Berg", "Im Winkel", "An der Alster", "Zur Alten Mühle", "Hinter der Kirche", "Unter den Eichen", "Großer Burstah", "Kaiserswerther Markt"}
	deFloor = []string{"3. OG", "Hinterhaus", "2. Etage links", "EG rechts", "Seitenflügel, 4. OG", "Whg. 12", "Dachgeschoss", "Gartenhaus"}

	zhDivs = []string{"广东省广州市天河区", "北京市朝阳区", "上海市浦东新区", "浙江省杭州市西湖区", "江苏省南京市鼓楼区",
		"四川省成都市武侯区", "湖北省武汉市洪山区", "陕西省西安市雁塔区", "山东省青岛市市南区", "福建省厦门市思明区",
		"天津市南开区", "重庆市渝中区", "河南省郑州市金水区", "湖南省长沙市岳麓区", "辽宁省沈阳市和平区",
		"云南省昆明市五华区", "江苏省苏州市姑苏区", "广东省深圳市南山区", "浙江省金华市义乌市", "河北省保定市涿州市",
		"江西省赣州市于都县", "安徽省合肥市蜀山区", "黑龙江省哈尔滨市南岗区", "广西壮族自治区南宁市青秀区", "上海市黄浦区"}
	zhTowns = []string{"稠城街道", "双塔街道", "贡江镇", "五里墩街道", "龙华镇", "城关镇", "石牌街道", "新港街道", "枫桥镇"}
	zhRoads = []string{"中山路", "人民路", "解放路", "建设路", "和平街", "文化路", "南京西路", "科技园南路", "学府路",
		"光明巷", "长江中路", "滨江大道", "金沙江路", "东风路", "泰康路", "花园街", "青年路", "幸福大街"}
	zhEstates = []string{"阳光花园", "锦绣家园", "翠湖小区", "金色港湾", "幸福里小区", "华府新村", "碧桂园", "万科城", "蓝天公寓"}
)

// enStreet is "1420 N Maple Ave", sometimes with a unit.
func enStreet(r *rand.Rand, unit bool) string {
	s := fmt.Sprint(1 + r.IntN(19999))
	if chance(r, 0.2) {
		s += " " + pick(r, enDirs)
	}
	s += " " + pick(r, enStreets) + " " + pick(r, enSuffixes)
	if unit {
		u := pick(r, enUnits)
		if u == "#" {
			s += " # " + fmt.Sprint(1+r.IntN(40))
		} else {
			s += " " + u + " " + fmt.Sprint(1+r.IntN(40)) + pick(r, []string{"", "", "B", "C"})
		}
	}
	return s
}

func enCity(r *rand.Rand) string {
	c := pick(r, enCities)
	if chance(r, 0.25) {
		c += fmt.Sprintf("-%04d", r.IntN(10000))
	}
	return c
}

// enAddr is a full US address on one line (sep ", ") or a block (sep "\n").
func enAddr(r *rand.Rand, sep string) string {
	switch {
	case chance(r, 0.1):
		return fmt.Sprintf("PO Box %d%s%s", 1+r.IntN(9000), sep, enCity(r))
	case chance(r, 0.05):
		return fmt.Sprintf("RR %d Box %d%s%s", 1+r.IntN(9), 1+r.IntN(300), sep, enCity(r))
	case sep == "\n" && chance(r, 0.35):
		return enStreet(r, false) + "\n" + pick(r, []string{"Apt 2", "Suite 400", "Unit 7B", "Fl 3", "Bldg C"}) + "\n" + enCity(r)
	}
	return enStreet(r, chance(r, 0.35)) + sep + enCity(r)
}

// deStreet is "Lindenweg 12a", "Am Anger 3-5", "Goethestr. 7 B".
func deStreet(r *rand.Rand) string {
	var s string
	if chance(r, 0.2) {
		s = pick(r, deFixed)
	} else {
		st := pick(r, deStems)
		if st == "Am Markt" {
			s = st
		} else {
			typ := pick(r, deTypes)
			if last := st[len(st)-1]; last == '-' || last == ' ' {
				// "Berliner Straße", "Theodor-Heuss-Allee": the type is its own word.
				typ = strings.ToUpper(typ[:1]) + typ[1:]
			}
			s = st + typ
		}
	}
	n := 1 + r.IntN(180)
	switch r.IntN(6) {
	case 0:
		return fmt.Sprintf("%s %d%c", s, n, 'a'+rune(r.IntN(4)))
	case 1:
		return fmt.Sprintf("%s %d-%d", s, n, n+2)
	case 2:
		return fmt.Sprintf("%s %d %c", s, n, 'A'+rune(r.IntN(3)))
	}
	return fmt.Sprintf("%s %d", s, n)
}

// deAddr is street, optional floor note, and PLZ Ort, joined by sep.
func deAddr(r *rand.Rand, sep string) string {
	if chance(r, 0.08) {
		return fmt.Sprintf("Postfach %d %02d %02d%s%s", 10+r.IntN(89), r.IntN(100), r.IntN(100), sep, pick(r, dePlaces))
	}
	s := deStreet(r)
	if chance(r, 0.15) {
		s += sep + pick(r, deFloor)
	}
	return s + sep + pick(r, dePlaces)
}

// zhAddr starts at the first division written and ends at the number or room.
func zhAddr(r *rand.Rand) string {
	div := pick(r, zhDivs)
	if chance(r, 0.3) { // province dropped: start at the city
		for _, p := range []string{"省", "自治区"} {
			if i := indexAfter(div, p); i > 0 && i < len(div) {
				div = div[i:]
				break
			}
		}
	}
	s := div
	if chance(r, 0.3) {
		s += pick(r, zhTowns)
	}
	s += pick(r, zhRoads)
	if chance(r, 0.2) {
		s += fmt.Sprintf("%d弄", 1+r.IntN(900))
	}
	s += fmt.Sprintf("%d号", 1+r.IntN(500))
	switch r.IntN(4) {
	case 0:
		s += fmt.Sprintf("%s%d栋%d单元%d室", pick(r, zhEstates), 1+r.IntN(30), 1+r.IntN(6), (1+r.IntN(30))*100+1+r.IntN(6))
	case 1:
		s += fmt.Sprintf("%c座%d室", 'A'+rune(r.IntN(4)), (1+r.IntN(30))*100+1+r.IntN(20))
	case 2:
		s += fmt.Sprintf("%d号楼%d室", 1+r.IntN(20), (1+r.IntN(30))*100+1+r.IntN(9))
	}
	return s
}

func indexAfter(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i + len(sub)
		}
	}
	return -1
}
