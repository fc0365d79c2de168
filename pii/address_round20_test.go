package pii

import (
	"slices"
	"testing"
)

// TestAddressRound20 covers the shapes session 20 read on unforeseen: a
// house number's 甲/乙, a room's bare number after 号, a village's group
// written 第…村民小组, divisions parted by ASCII commas or spaces before a
// village, a label or a county whose name opens with a lead's character,
// a renumbering notice; a German table's street column, its header out
// of sight further down. And what they must leave alone.
func TestAddressRound20(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"2 | 周敏 | 光华路乙16号金桂苑3幢2单元702室 | 货币补偿\n", []string{"光华路乙16号金桂苑3幢2单元702室"}},
		{"现住址：山东省 济南市 历下区 文化东路甲9号\n", []string{"山东省 济南市 历下区 文化东路甲9号"}},
		{"明天 江苏省南京市鼓楼区中山北路318号1203 提货\n", []string{"江苏省南京市鼓楼区中山北路318号1203"}},
		{"地址：湖北省武汉市洪山区珞喻路88号2024年搬走\n", []string{"湖北省武汉市洪山区珞喻路88号"}},
		{"户籍湖北省黄冈市麻城市宋埠镇彭店村第三村民小组。\n", []string{"湖北省黄冈市麻城市宋埠镇彭店村第三村民小组"}},
		{"| 安徽省,阜阳市,临泉县,杨桥镇,前楼村第五村民小组 | 138\n", []string{"安徽省,阜阳市,临泉县,杨桥镇,前楼村第五村民小组"}},
		{"地址安徽省 阜阳市 临泉县 杨桥镇 前楼村6组\n", []string{"安徽省 阜阳市 临泉县 杨桥镇 前楼村6组"}},
		{"联系人报李强，地址阜阳市临泉县杨桥镇前楼村十二组\n", []string{"阜阳市临泉县杨桥镇前楼村十二组"}},
		{"住址：于都县罗坳镇大坪村三组12号\n", []string{"于都县罗坳镇大坪村三组12号"}},
		{"原青年路15号调整为青年路21号；\n", []string{"青年路15号", "青年路21号"}},
		{"住重庆市渝北区金开大道88号龙湖天街5栋1201室\n", []string{"重庆市渝北区金开大道88号龙湖天街5栋1201室"}},
		{"杨桥镇前楼村村委会关于农田灌溉的通知\n", nil},
		{"杨桥镇前楼村农村土地承包经营权确权登记公示\n", nil},
		{"Nr. | Name | Vorname | Anschrift | Datum\n1 | Kowalski | Jan | Hauptstr. 4, 04109 Leipzig | 01.02.24\n2 | Weber | Uta | Am Teich 7 | 02.02.24\n3 | Roth | Ida | Im Grund 12a | 03.02.24\n",
			[]string{"Hauptstr. 4, 04109 Leipzig", "Am Teich 7", "Im Grund 12a"}},
		{"| Nr. | Name | Straße | PLZ | Ort |\n|---|---|---|---|---|\n| 1 | Lang, Eva | Lindenstraße 3 | 50667 | Köln |\n| 2 | Berg, Tim | Am Weiher 9 | 50668 | Köln |\n| 3 | Graf, Ole | Zum Anger 2 (hinten) | 50670 | Köln |\n| 4 | Haas, Pia | Auf der Heide 15 | 50672 | Köln |\n",
			[]string{"Lindenstraße 3", "Am Weiher 9", "Zum Anger 2", "Auf der Heide 15"}},
		{"Site: 2210 Camino del Rio, Santa Fe, NM 87505\n", []string{"2210 Camino del Rio, Santa Fe, NM 87505"}},
		{"HOLDER,118 SW AVENIDA DE LOS ARBOLES,TUCSON,AZ,85710\n", []string{"118 SW AVENIDA DE LOS ARBOLES"}},
		{"send it to 4410 El Camino Real, Palo Alto, CA 94306 please\n", []string{"4410 El Camino Real, Palo Alto, CA 94306"}},
		{"Lot: 77 Camino Real Ct, Austin, TX 78701\n", []string{"77 Camino Real Ct, Austin, TX 78701"}},
		{"We shipped 3 Via Email today.\n", nil},
		{"\"Nguyen, Lan\",\"RR 2, Box 17B\",Tupelo,MS,38801\n", []string{"RR 2, Box 17B"}},
		{"Unit 4410, Box 220\nDPO, AE 09498\n", []string{"Unit 4410, Box 220\nDPO, AE 09498"}},
		{"ship to N84W15787 Menomonee Ave, Menomonee Falls, WI 53051\n", []string{"N84W15787 Menomonee Ave, Menomonee Falls, WI 53051"}},
		{"W156N8834 Pilgrim Rd, Menomonee Falls, WI 53051\n", []string{"W156N8834 Pilgrim Rd, Menomonee Falls, WI 53051"}},
		{"Mail: 52 Mill Road No 3, Dover, DE 19901\n", []string{"52 Mill Road No 3, Dover, DE 19901"}},
		{"{\"street\": \"301 Broadway Apt 5\", \"city\": \"Albany\"}\n", []string{"301 Broadway Apt 5"}},
		{"Spring Clinic Directory (Spring 2025)\n\n", nil},
		{"Musik: Ostring 5, 44787 Bochum\n", []string{"Ostring 5, 44787 Bochum"}},
		{"Frau\nEmma Roth\nLindenweg 4\n16837  Wendisch Rietz\n\nSehr", []string{"Lindenweg 4\n16837  Wendisch Rietz"}},
		{"Peter Voss, Rosenweg 12, Zi. 108 / D-15230 Frankfurt (Oder)\n", []string{"Rosenweg 12, Zi. 108 / D-15230 Frankfurt (Oder)"}},
		{"Mia Kurz, Amselweg 9, Gartenhaus 14467 Potsdam\n", []string{"Amselweg 9, Gartenhaus 14467 Potsdam"}},
		{"Adresse: Ulmenweg 3, Whg. 2.14, 04109 Leipzig\n", []string{"Ulmenweg 3, Whg. 2.14, 04109 Leipzig"}},
		{"Herrn\nOle Brandt\nMarktweg 8\n06108 Halle  (Saale)\n\n1", []string{"Marktweg 8\n06108 Halle  (Saale)"}},
		{"Kurs Yoga (Spring 2025) beginnt\n", nil},
		// A tab row's street cell goes on past a comma: a route's box.
		{"Date\tHunter\tStreet\tCity\tST\tZIP\n11/17/2024\tRossi, Ben K\tRR 9, Box 283\tDallas\tTX\t75204\n", []string{"RR 9, Box 283"}},
		// A column of something else holds no street: "Flur 5 Flst. 312/9",
		// "Gruppe 3".
		{"Nr. | Name | Gruppe | Standort\n1 | Lang, Eva | Gruppe 3 | Flur 5 Flst. 312/9\n", nil},
	} {
		if got := addrSpansRound11(tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("%q:\n got  %q\n want %q", tc.text, got, tc.want)
		}
	}
}
