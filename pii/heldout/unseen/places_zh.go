package unseen

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// zhCity is a province-level division, a prefecture-level city and some of
// its districts or counties. A municipality has Province == City.
type zhCity struct {
	Province, City string
	Districts      []string
	Counties       []string // rural counties, for 乡/镇/村 addresses
}

// Districts and towns that begin with a surname character (李沧区, 张家口市,
// 黄山市, 周口市) are address text, not names.
var zhCities = []zhCity{
	{"北京市", "北京市", []string{"朝阳区", "海淀区", "东城区", "丰台区", "昌平区"}, []string{"密云区", "延庆区"}},
	{"上海市", "上海市", []string{"浦东新区", "徐汇区", "静安区", "闵行区", "杨浦区"}, []string{"崇明区"}},
	{"天津市", "天津市", []string{"和平区", "南开区", "河西区"}, []string{"蓟州区"}},
	{"重庆市", "重庆市", []string{"渝中区", "江北区", "沙坪坝区"}, []string{"酉阳土家族苗族自治县", "巫山县"}},
	{"广东省", "广州市", []string{"天河区", "越秀区", "番禺区", "海珠区"}, []string{"从化区"}},
	{"广东省", "深圳市", []string{"南山区", "福田区", "宝安区", "龙岗区"}, nil},
	{"浙江省", "杭州市", []string{"西湖区", "余杭区", "拱墅区", "滨江区"}, []string{"淳安县", "桐庐县"}},
	{"浙江省", "宁波市", []string{"鄞州区", "海曙区"}, []string{"象山县"}},
	{"江苏省", "南京市", []string{"鼓楼区", "玄武区", "建邺区"}, []string{"高淳区"}},
	{"江苏省", "苏州市", []string{"姑苏区", "吴中区", "相城区"}, []string{"常熟市"}},
	{"四川省", "成都市", []string{"武侯区", "锦江区", "青羊区"}, []string{"大邑县", "蒲江县"}},
	{"湖北省", "武汉市", []string{"洪山区", "江汉区", "武昌区"}, []string{"黄陂区"}},
	{"山东省", "青岛市", []string{"市南区", "李沧区", "崂山区"}, []string{"平度市"}},
	{"山东省", "济南市", []string{"历下区", "槐荫区"}, []string{"平阴县"}},
	{"河南省", "郑州市", []string{"金水区", "二七区", "中原区"}, []string{"登封市"}},
	{"河南省", "周口市", []string{"川汇区"}, []string{"郸城县", "鹿邑县", "太康县"}},
	{"陕西省", "西安市", []string{"雁塔区", "碑林区", "未央区"}, []string{"周至县"}},
	{"福建省", "厦门市", []string{"思明区", "湖里区"}, []string{"同安区"}},
	{"湖南省", "长沙市", []string{"岳麓区", "芙蓉区", "天心区"}, []string{"宁乡市"}},
	{"湖南省", "邵阳市", []string{"双清区"}, []string{"隆回县", "洞口县"}},
	{"辽宁省", "大连市", []string{"中山区", "沙河口区"}, []string{"庄河市"}},
	{"辽宁省", "沈阳市", []string{"和平区", "皇姑区"}, []string{"法库县"}},
	{"黑龙江省", "哈尔滨市", []string{"南岗区", "道里区"}, []string{"五常市"}},
	{"云南省", "昆明市", []string{"五华区", "盘龙区"}, []string{"石林彝族自治县"}},
	{"广西壮族自治区", "南宁市", []string{"青秀区", "兴宁区"}, []string{"马山县"}},
	{"内蒙古自治区", "呼和浩特市", []string{"新城区", "赛罕区"}, []string{"武川县"}},
	{"新疆维吾尔自治区", "乌鲁木齐市", []string{"天山区", "沙依巴克区"}, nil},
	{"河北省", "张家口市", []string{"桥西区", "宣化区"}, []string{"张北县", "蔚县"}},
	{"安徽省", "黄山市", []string{"屯溪区"}, []string{"黟县", "歙县"}},
	{"江西省", "南昌市", []string{"东湖区", "青山湖区"}, []string{"进贤县"}},
	{"甘肃省", "兰州市", []string{"城关区", "七里河区"}, []string{"榆中县"}},
	{"吉林省", "长春市", []string{"朝阳区", "南关区"}, []string{"农安县"}},
	{"海南省", "海口市", []string{"龙华区", "美兰区"}, nil},
	{"贵州省", "贵阳市", []string{"云岩区", "南明区"}, []string{"开阳县"}},
}

// Roads named after people (中山路 after Sun Yat-sen, 逸仙路, 鲁迅路) are
// address text.
var zhRoads = []string{"中山路", "中山北路", "人民路", "解放路", "建设路", "科技园路", "长江路", "黄河路",
	"文化路", "和平路", "南京西路", "淮海中路", "学院路", "滨江大道", "世纪大道", "逸仙路", "鲁迅路",
	"建国门外大街", "望京街", "高新南七道", "软件园路", "光谷大道", "天府大道北段", "曲江池东路", "五一大道",
	"湖滨路", "延安西路", "东风路", "胜利街", "新华路", "迎宾大道", "红旗路", "幸福路", "梧桐街", "花园北路"}

var zhEstates = []string{"阳光花园", "碧桂园", "万科城市花园", "锦绣家园", "翠苑小区", "金地名京", "保利香槟国际",
	"龙湖春江郦城", "望京西园三区", "幸福里", "和谐家园", "桃源居", "绿城桂花园", "中海国际社区", "东湖新村"}

var zhTowers = []string{"国贸大厦", "华润大厦", "科兴科学园", "软件园二期", "创业大厦", "环球中心", "时代广场",
	"世贸中心", "汇金中心", "天安数码城", "中关村创业大街", "星河发展中心"}

var zhTowns = []string{"汲冢镇", "白马镇", "城关镇", "青龙乡", "石桥镇", "杨湖口镇", "大河乡", "黄土岗镇",
	"柳林乡", "新集镇", "东山乡", "龙泉镇"}

// Villages named after the clan that founded them (王庄村, 李家村) are
// address text, not names.
var zhVillages = []string{"王庄村", "李家村", "张湾村", "刘家沟村", "陈家坝村", "桃花村", "前进村", "红星村",
	"杨柳村", "上坪村", "河东村", "马岭村"}

var zhNumerals = []string{"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"}

// zhAddress returns a mainland address as its parts in order, from the
// province down to the room; the caller joins them.
func zhAddress(r *rand.Rand) []string {
	c := pick(r, zhCities)
	var parts []string
	// Municipalities are written once; a province is sometimes left out when
	// the city is well known, as people do.
	switch {
	case c.Province == c.City:
		parts = append(parts, c.City)
	case chance(r, 0.2):
		parts = append(parts, c.City)
	default:
		parts = append(parts, c.Province, c.City)
	}
	if len(c.Counties) > 0 && chance(r, 0.25) {
		parts = append(parts, pick(r, c.Counties), pick(r, zhTowns), pick(r, zhVillages))
		switch r.IntN(3) {
		case 0:
			parts = append(parts, pick(r, zhNumerals)+"组")
		case 1:
			parts = append(parts, fmt.Sprintf("%s组%d号", pick(r, zhNumerals), 1+r.IntN(80)))
		default:
			parts = append(parts, fmt.Sprintf("%d号", 1+r.IntN(200)))
		}
		return parts
	}
	parts = append(parts, pick(r, c.Districts))
	if chance(r, 0.2) {
		parts = append(parts, pick(r, []string{"北新桥街道", "粤海街道", "湖滨街道", "小营街道", "五里店街道"}))
	}
	parts = append(parts, pick(r, zhRoads)+fmt.Sprintf("%d号", 1+r.IntN(999)))
	switch r.IntN(5) {
	case 0: // office tower: 座 and room
		t := pick(r, zhTowers)
		parts = append(parts, t+string(rune('A'+r.IntN(4)))+"座", fmt.Sprintf("%d室", 100*(1+r.IntN(40))+1+r.IntN(20)))
	case 1: // estate: 栋, 单元 and room
		parts = append(parts, pick(r, zhEstates), fmt.Sprintf("%d栋%d单元%d室", 1+r.IntN(30), 1+r.IntN(6), 100*(1+r.IntN(32))+1+r.IntN(4)))
	case 2: // Beijing style: 号楼
		room := fmt.Sprintf("%d号楼%d单元%d", 1+r.IntN(40), 1+r.IntN(6), 100*(1+r.IntN(20))+1+r.IntN(4))
		if chance(r, 0.6) {
			room += "室"
		}
		parts = append(parts, room)
	case 3: // 幢 and 室
		parts = append(parts, pick(r, zhEstates)+fmt.Sprintf("%d幢%d室", 1+r.IntN(20), 100*(1+r.IntN(28))+1+r.IntN(6)))
	default: // the number is the end
	}
	return parts
}

// twCities carry the first digit of their three-digit postcodes.
var twCities = []struct {
	City      string
	Districts []string
	Post      string
}{
	{"臺北市", []string{"大安區", "中山區", "信義區", "士林區"}, "1"},
	{"台北市", []string{"中正區", "萬華區"}, "1"},
	{"新北市", []string{"板橋區", "三重區", "新店區"}, "2"},
	{"臺中市", []string{"西屯區", "北區"}, "4"},
	{"臺南市", []string{"東區", "安平區"}, "7"},
	{"高雄市", []string{"苓雅區", "左營區", "鳳山區"}, "8"},
	{"桃園市", []string{"中壢區", "桃園區"}, "3"},
}

var twRoads = []string{"忠孝東路四段", "羅斯福路三段", "中山北路二段", "文化路一段", "臺灣大道三段", "大學路",
	"四維三路", "民生東路五段", "復興南路一段", "和平東路二段", "博愛路", "中華路一段"}

// twAddress returns a Taiwanese address in traditional characters, from the
// city down to the floor.
func twAddress(r *rand.Rand) string {
	_, a := twPostAddress(r)
	return a
}

// twPostAddress returns a Taiwanese postcode and address.
func twPostAddress(r *rand.Rand) (post, addr string) {
	c := twCities[r.IntN(len(twCities))]
	var b strings.Builder
	b.WriteString(c.City + pick(r, c.Districts) + pick(r, twRoads))
	if chance(r, 0.5) {
		fmt.Fprintf(&b, "%d巷", 1+r.IntN(300))
		if chance(r, 0.4) {
			fmt.Fprintf(&b, "%d弄", 1+r.IntN(40))
		}
	}
	fmt.Fprintf(&b, "%d號", 1+r.IntN(200))
	if chance(r, 0.7) {
		fmt.Fprintf(&b, "%d樓", 2+r.IntN(20))
		if chance(r, 0.3) {
			fmt.Fprintf(&b, "之%d", 1+r.IntN(5))
		}
	}
	return c.Post + digits(r, 2), b.String()
}

// zhJoin joins address parts without separators, or with single spaces as
// some forms and people do.
func zhJoin(r *rand.Rand, parts []string) string {
	if chance(r, 0.15) {
		return strings.Join(parts, " ")
	}
	return strings.Join(parts, "")
}
