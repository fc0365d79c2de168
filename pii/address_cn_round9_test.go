package pii

import (
	"slices"
	"testing"
)

func init() {
	addressSeeds = append(addressSeeds, "中山路8号翠湖苑3-2-1101室", "和平路1号2-", "解放路9号B区4栋")
}

// TestAddressRound9CN: the estate, building, unit and room after a Chinese
// house number, written with dashes or words; an estate without numbers
// that ends the clause.
func TestAddressRound9CN(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"收货地址：浙江省杭州市西湖区文一西路77号翠湖苑3-2-1101室，电话联系。", []string{"浙江省杭州市西湖区文一西路77号翠湖苑3-2-1101室"}},
		{"他住在南京市鼓楼区中山北路12号金陵御景12-601，周末在家。", []string{"南京市鼓楼区中山北路12号金陵御景12-601"}},
		{"地址：广州市天河区体育西路5号9-3-702", []string{"广州市天河区体育西路5号9-3-702"}},
		{"新址：成都市武侯区人民南路三段9号B区4栋2单元301", []string{"成都市武侯区人民南路三段9号B区4栋2单元301"}},
		{"寄到西安市雁塔区长安南路100号曲江华府。", []string{"西安市雁塔区长安南路100号曲江华府"}},
		{"住址：福州市鼓楼区五四路20号省委宿舍", []string{"福州市鼓楼区五四路20号省委宿舍"}},
		// Estates named like lanes, bays, courtyards and high streets.
		{"住址：武汉市洪山区中华路307号幸福里\n受托人：顾洋", []string{"武汉市洪山区中华路307号幸福里"}},
		{"我们家住在四川省成都市武侯区北关街117号龙湖天街，旁边就是朱雀大街。", []string{"四川省成都市武侯区北关街117号龙湖天街"}},
		{"3. 庞玉梅 天津市河西区桃源街904号融创壹号院（放门卫）", []string{"天津市河西区桃源街904号融创壹号院"}},
		{"地址：广州市越秀区深南大道397号门口见", []string{"广州市越秀区深南大道397号"}},
		{"她叫屈安琪，后来搬到上海市徐汇区南湖街道春风路347号幸福里了。", []string{"上海市徐汇区南湖街道春风路347号幸福里"}},
		// A range or a date after the number is no unit.
		{"地址：杭州市上城区解放路8号，2024-05-01起营业", []string{"杭州市上城区解放路8号"}},
		{"杭州市上城区解放路8号3-5层", []string{"杭州市上城区解放路8号"}},
	} {
		var got []string
		for _, f := range Default.DetectString(tc.text) {
			if f.Type == PostalAddress {
				got = append(got, tc.text[f.Start:f.End])
			}
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q:\n got  %q\n want %q", tc.text, got, tc.want)
		}
	}
}
