package pii

import (
	"slices"
	"testing"
)

// addressSeeds seed the fuzz targets with the shapes of the address
// grammars: spaced Chinese parts, Hong Kong blocks, quoted replies, ranges,
// lower-case US lines, boxes, a number touching "Str.", and their ends.
var addressSeeds = []string{
	"安徽省 合肥市 蜀山区 人民南路 692号 绿城桂花园 9号楼 6单元 404室",
	"寄到九龍尖沙咀廣東道33號中港城第3座10樓1001室", "新界沙田禾輋邨豐順樓15樓1503室", "邨樓1樓",
	"村 3组 26号", "路 5号", " 5号", "大街27号中关村大厦", "道中99號",
	"> Bergstraße 83\n> 42103 Wuppertal", "Lessingstr. 38 - 39, App. 7, 39104 Magdeburg", "Str.5", "str.",
	"ALTE LANDSTRAßE 125, 50667 KÖLN", "Waldstraße 43, 8001 Zürich", "Am Sportplatz 18, A-1010 Wien",
	`{"strasse":"An der Alster 114"`, "Postfach 852672, 45127 Essen", "Goethestraße 12 in 80336 München",
	"2366 piney branch dr, fort worth, tx 76102", "99 north franklin cir, bldg c, philadelphia, pa 19103-3877",
	"346-96 W Main St, Boston, MA 02108", "p o box 1, a, tx 7", "9544 madison ct, #22, provo, ut 84601",
	"1 a b c d e f g h dr", "Apt 4, 1 Elm St", "# 4, 1 Elm St", ", 1 Elm St", "2024-25 Main St", "1-2 a", "1 1-", "Weg 5, 1", "Weg 5, A-1", "Weg 5\n> 1",
}

// TestAddressFreeText: postal addresses written the ways the official
// grammars allow (USPS Publication 28, German street and postcode lines,
// Chinese divisions, roads and buildings), in the separators of free text
// and records, and the things that look like them. Only addresses are
// compared: the names around them are TestFreeText's.
func TestAddressFreeText(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string // the addresses found, in order
	}{
		// Chinese divisions, road and number parted by spaces.
		{"2023-10-22,孔思远,安徽省 合肥市 蜀山区 人民南路 692号 绿城桂花园 9号楼 6单元 404室,老干妈", []string{"安徽省 合肥市 蜀山区 人民南路 692号 绿城桂花园 9号楼 6单元 404室"}},
		{"住红谷滩区 工业大道 768号 融创春风十里 27号楼 2902室。", []string{"红谷滩区 工业大道 768号 融创春风十里 27号楼 2902室"}},
		{"地址为：江苏省徐州市沛县龙固镇 新华村 3组 26号（邮编：558551）", []string{"江苏省徐州市沛县龙固镇 新华村 3组 26号"}},
		{"黄勇,南城街道人民南路120号,李宁跑鞋", []string{"南城街道人民南路120号"}},
		// What leads to a district named without its city is not the address.
		{"麻烦把合同寄到二七区中山北路565号", []string{"二七区中山北路565号"}},
		{"我是观山湖区建国门外大街842号锦绣江南7号楼3单元905室的业主", []string{"观山湖区建国门外大街842号锦绣江南7号楼3单元905室"}},
		{"改派：原址市中区解放北路358号无人", []string{"市中区解放北路358号"}},
		{"仓库地址确定为香港島中環皇后大道中99號中環中心45樓", []string{"香港島中環皇后大道中99號中環中心45樓"}},
		{"麻烦把合同寄到九龍尖沙咀廣東道33號中港城第3座10樓1001室", []string{"九龍尖沙咀廣東道33號中港城第3座10樓1001室"}},
		// German: Austrian and Swiss postcodes, a country's letter.
		{"Abholung bei Waldstraße 43, 8001 Zürich vereinbart.", []string{"Waldstraße 43, 8001 Zürich"}},
		{"Schadenort:\nSonnenallee 145\n1010 Wien\nSchadentag: 01.09.2024", []string{"Sonnenallee 145\n1010 Wien"}},
		{"Am Sportplatz 18, A-1010 Wien", []string{"Am Sportplatz 18, A-1010 Wien"}},
		// Lines written in capitals.
		{"Frau ANNA BECKER\nKARL-MARX-ALLEE 31\nD-68159 MANNHEIM\n", []string{"KARL-MARX-ALLEE 31\nD-68159 MANNHEIM"}},
		{"ABHOLUNG – ROSENWEG 32, 83646 BAD TÖLZ – Ansprechpartner", []string{"ROSENWEG 32, 83646 BAD TÖLZ"}},
		{"ABHOLUNG – ALTE LANDSTRAßE 125, 50667 KÖLN – x", []string{"ALTE LANDSTRAßE 125, 50667 KÖLN"}},
		{"Herr PETER BÖHM\nZUM STEINBRUCH 84\n93047 REGENSBURG\n", []string{"ZUM STEINBRUCH 84\n93047 REGENSBURG"}},
		{"POSTSTRAßE 104C\nAUFGANG B\n91054 ERLANGEN\n", []string{"POSTSTRAßE 104C\nAUFGANG B\n91054 ERLANGEN"}},
		// A quoted reply, ranges of houses, several floor notes.
		{"künftig an:\n> Bergstraße 83\n> 42103 Wuppertal\n> Danke", []string{"Bergstraße 83\n> 42103 Wuppertal"}},
		{"wh. Lessingstr. 38 - 39, App. 7, 39104 Magdeburg.", []string{"Lessingstr. 38 - 39, App. 7, 39104 Magdeburg"}},
		{"Feier: DORFSTRAßE 6–10, 71634 LUDWIGSBURG", []string{"DORFSTRAßE 6–10, 71634 LUDWIGSBURG"}},
		{"Nicole: Industriestraße 77, Seitenflügel, 4. OG, 24103 Kiel", []string{"Industriestraße 77, Seitenflügel, 4. OG, 24103 Kiel"}},
		{"Kiel | Hafenstraße 3 | 24103 Kiel", []string{"Hafenstraße 3 | 24103 Kiel"}},
		{"Herr MEHMET KOWALSKI\nAM SPORTPLATZ 5C\n53111 BONN\n", []string{"AM SPORTPLATZ 5C\n53111 BONN"}},
		// A street the name rules took for a name, at a quoted line's start.
		{"Rechnung an:\n> Talstr. 120\n> 34117 Kassel\n> Danke", []string{"Talstr. 120\n> 34117 Kassel"}},
		{"an:\n> Auf dem Berg 35\n> 15230 Frankfurt (Oder)\n", []string{"Auf dem Berg 35\n> 15230 Frankfurt (Oder)"}},
		// A street field of a record, postcode and city in fields of their own.
		{`{"strasse":"An der Alster 114","plz":"83435","ort":"Bad Reichenhall"}`, []string{"An der Alster 114"}},
		{`{"strasse": "Große Bleichen 38", "plz": "53111"}`, []string{"Große Bleichen 38"}},
		{`adresse="Postfach 57 74 99 · 81667 München"`, []string{"Postfach 57 74 99 · 81667 München"}},
		{`{"produkt":"Große Bleichen 38"}`, nil},
		{"Wir sehen uns Große Bleichen 38 Minuten später.", nil},
		// A number touching "Str.", a postcode after "in", a determiner.
		{"Bitte an Hauptstr.5, 12345 Musterstadt senden.", []string{"Hauptstr.5, 12345 Musterstadt"}},
		{"Wohnhaft in der Goethestraße 12 in 80336 München.", []string{"Goethestraße 12 in 80336 München"}},
		{"Die Straße 5 Kilometer entfernt.", nil},
		{"Version 3.5 und str.5", nil},
		// A box of six digits, in capitals.
		{"Ursula;van Dijk;Postfach 852672, 45127 Essen;x", []string{"Postfach 852672, 45127 Essen"}},
		{"– POSTFACH 20 89 81, 28195 BREMEN –", []string{"POSTFACH 20 89 81, 28195 BREMEN"}},
		// A noun before the street is not its name.
		{"Umzug ins neue Lager Schillerstraße 92, 60311 Frankfurt am Main zum 1.10.", []string{"Schillerstraße 92, 60311 Frankfurt am Main"}},
		{"Umzug ins neue Lager Frankfurter Tor 136, 10969 Berlin", []string{"Frankfurter Tor 136, 10969 Berlin"}},
		{"Umzug ins neue Lager Im Tal 26, 23552 Lübeck", []string{"Im Tal 26, 23552 Lübeck"}},
		{"Lieferung an Berliner Straße 5, 10115 Berlin", []string{"Berliner Straße 5, 10115 Berlin"}},
		{"Berliner Anger 6a, 94809 Münster", []string{"Berliner Anger 6a, 94809 Münster"}},
		// Not addresses: a year after a street, a count of things.
		{"Hauptstraße 5 seit 2019 gesperrt", []string{"Hauptstraße 5"}},
		{"Wir liefern 2024 Stück nach Basel.", nil},
		// US addresses typed in lower case need their city, state and ZIP.
		{"[12/11/24, 5:21 PM] Victoria: 2366 piney branch dr, fort worth, tx 76102\n", []string{"2366 piney branch dr, fort worth, tx 76102"}},
		{"stop 53 - 99 north franklin cir, bldg c, philadelphia, pa 19103-3877 - nobody home", []string{"99 north franklin cir, bldg c, philadelphia, pa 19103-3877"}},
		{"Ann: 1206 118th ter, spokane, wa 99201-2918", []string{"1206 118th ter, spokane, wa 99201-2918"}},
		{"Samuel: 9544 madison ct, #22, provo, ut 84601", []string{"9544 madison ct, #22, provo, ut 84601"}},
		{"Nicole: po box 63335, wichita, ks 67202", []string{"po box 63335, wichita, ks 67202"}},
		{"i walked 3 blocks down the street, then 2 more to the park", nil},
		{"we have 12 oak ct chairs left", nil},
		// House numbers with a hyphen (Queens), spaced PO boxes, particles,
		// a unit lettered after a suffix that is a unit too.
		{"lease at 346-96 W Main St, Boston, MA 02108\n", []string{"346-96 W Main St, Boston, MA 02108"}},
		{"SHIP TO:\n198-90 HIGHLAND AVE\nRALEIGH, NC 27601\n", []string{"198-90 HIGHLAND AVE\nRALEIGH, NC 27601"}},
		{`input="P O Box 93655, Greenville, SC 29601"`, []string{"P O Box 93655, Greenville, SC 29601"}},
		{`x,"2939 Ponce de Leon Hts, Apt 1472, Detroit, MI 48226",y`, []string{"2939 Ponce de Leon Hts, Apt 1472, Detroit, MI 48226"}},
		{`x,"3521 Old Mill Hwy Trlr B, Atlanta, GA 30303",y`, []string{"3521 Old Mill Hwy Trlr B, Atlanta, GA 30303"}},
		{"Home Address: PO Box 5446, Jackson, MS 39201\n", []string{"PO Box 5446, Jackson, MS 39201"}},
		{"Score 2024-25 Main St", nil},
		// Fractional house numbers; streets named after their type.
		{"Please send it to 123 1/2 Elm Street, Springfield, IL 62704.", []string{"123 1/2 Elm Street, Springfield, IL 62704"}},
		{"Ship to: 4500 Avenue of the Americas, New York, NY 10036", []string{"4500 Avenue of the Americas, New York, NY 10036"}},
		{"1100 Avenue J, Brooklyn, NY 11230", []string{"1100 Avenue J, Brooklyn, NY 11230"}},
		{"Mix 1 1/2 cups of flour.", nil},
		// A unit written before the street line.
		{"Apartment 4B, 350 Fifth Avenue, New York, NY 10118", []string{"Apartment 4B, 350 Fifth Avenue, New York, NY 10118"}},
		{"Our office: Suite 500, 1 Market Plaza, San Francisco, CA 94105", []string{"Suite 500, 1 Market Plaza, San Francisco, CA 94105"}},
		{"We won 4, 350 Fifth Avenue, New York, NY 10118", []string{"350 Fifth Avenue, New York, NY 10118"}},
		{"call 555 court st for details, ny 10001", nil},
		{"Top 10 park ave restaurants, ny 10022 guide", nil},
		{"Seite 5, 1999 Verlag", nil},
		{"Goethestraße 5, 2019 Umbau", []string{"Goethestraße 5"}},
		{"Goethestraße 5, A-2019 Umbau", []string{"Goethestraße 5, A-2019 Umbau"}},
		{"Goethestraße 5, 1", []string{"Goethestraße 5"}},
		// Boxes whose opener the name rules took for a name after a label,
		// and a box's floor note that is not a German postcode.
		{"[17:23] Customer: Rural Route 1 Box 65, Washington, DC 20001\n", []string{"Rural Route 1 Box 65, Washington, DC 20001"}},
		{"[17:36] Customer: Post Office Box 1500, Bar Harbor, Maine 04609\n", []string{"Post Office Box 1500, Bar Harbor, Maine 04609"}},
		{"[13:27] Customer: POB 2178, Apt. 5, Bangor, ME 04401\n", []string{"POB 2178, Apt. 5, Bangor, ME 04401"}},
		// A street the name rules took for a name, with its postcode.
		{"Das Paket für Kornelia Nowicki wird heute an Lange Reihe 120, 98022 Würzburg geliefert.", []string{"Lange Reihe 120, 98022 Würzburg"}},
		{"Ich habe mit Anna Lange 20 Minuten gesprochen.", nil},
		// A Hong Kong estate's block and floor, without a street number.
		{"通讯地址：新界沙田禾輋邨豐順樓15樓1503室\n", []string{"新界沙田禾輋邨豐順樓15樓1503室"}},
		{"九龍黃大仙竹園南邨清園樓8樓", []string{"九龍黃大仙竹園南邨清園樓8樓"}},
		{"我住在15楼", nil},
		// An estate or building named without a numbered part.
		{"北京市海淀区中关村大街27号中关村大厦", []string{"北京市海淀区中关村大街27号中关村大厦"}},
		{"送到杭州市西湖区文三路90号阳光花园，谢谢", []string{"杭州市西湖区文三路90号阳光花园"}},
		{"住址：湖南省长沙市岳麓区麓山南路932号湖南大学", []string{"湖南省长沙市岳麓区麓山南路932号"}},
		// Not addresses: a road without a division, a number of things.
		{"我在人民路 5号线地铁站等你", nil},
		{"我买了3号线的票，第3号选手", nil},
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
