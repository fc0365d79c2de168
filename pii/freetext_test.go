package pii

import (
	"slices"
	"testing"
)

// TestFreeText: names and addresses in the shapes of free text, and the
// companies, brands and phrases that look like them.
func TestFreeText(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string // "type:value", in order
	}{
		{"Hallo Emmely,\n\ndanke!", []string{"person_name:Emmely"}},
		{"Hi Tyrone, thanks to Wiebke for the slides.", []string{"person_name:Tyrone", "person_name:Wiebke"}},
		{"Best regards,\nQuentin Abernathy-Vale\n", []string{"person_name:Quentin Abernathy-Vale"}},
		{"[09:41] Lena von Aschenbach: bin gleich da", []string{"person_name:Lena von Aschenbach"}},
		{`user="Carol Q. O'Brien" level=info`, []string{"person_name:Carol Q. O'Brien"}},
		{"Full Name,Mailing Address\nXiomara Quist,12 Elm St\n", []string{"person_name:Xiomara Quist", "postal_address:12 Elm St"}},
		{"Ich habe Pudding von Dr. Oetker gekauft.", nil},
		{"I moved my IRA to Charles Schwab and bought Jack Daniel's.", nil},
		{"Robert Bosch GmbH liefert.", nil},
		{"Ihre Bestellung wurde versandt. Vielen Dank für Ihren Einkauf!", nil},
		{"Sehr geehrte Damen und Herren, wir bestätigen den Eingang Ihres Schreibens.", nil},
		{"Ship to 1420 N Oak Crossing, Apt 3B, Dayton, OH 45402-1234.", []string{"postal_address:1420 N Oak Crossing, Apt 3B, Dayton, OH 45402-1234"}},
		{"Acme\n77 Hickory Pike\nSuite 210\nSt. Louis, MO 63101\n", []string{"postal_address:77 Hickory Pike\nSuite 210\nSt. Louis, MO 63101"}},
		{"Anschrift: Unter den Linden 12 a, D-10117 Berlin.", []string{"postal_address:Unter den Linden 12 a, D-10117 Berlin"}},
		{"Alte Landstraße 129\n17938 Frankfurt am Main", []string{"postal_address:Alte Landstraße 129\n17938 Frankfurt am Main"}},
		{"Zimmer 12 ist frei.", nil},
		{"收件人：欧阳子涵\n地址：深圳市南山区黄河北路77号国贸大厦B座1203室\n", []string{"person_name:欧阳子涵", "postal_address:深圳市南山区黄河北路77号国贸大厦B座1203室"}},
		{"王芳,浙江省杭州市西湖区文三路259号3号楼2单元501室,839028", []string{"person_name:王芳", "postal_address:浙江省杭州市西湖区文三路259号3号楼2单元501室"}},
		{"receiver=孙超 carrier=SF", []string{"person_name:孙超"}},
		{"帮我问一下叶强方案改好了没", []string{"person_name:叶强"}},
		{"快递员王师傅很负责。", []string{"person_name:王"}},
		{"马上来", nil},
		{"我买了一双李宁的跑鞋。", nil},
		{"祝好\n", nil},
		// Bare names, given names alone, and the things named after people.
		{"Name: Ilse Özdemir\nAnschrift: folgt", []string{"person_name:Ilse Özdemir"}},
		{"I talked to Priscilla Huang yesterday.", []string{"person_name:Priscilla Huang"}},
		{"Action: Monique to follow up by Fri", []string{"person_name:Monique"}},
		{"Call me back, Winifred.", []string{"person_name:Winifred"}},
		{"Kannst du Jens fragen, ob er kommt?", []string{"person_name:Jens"}},
		{"Bitte gib das an Korbinian weiter.", []string{"person_name:Korbinian"}},
		{"Stanley tools are great. Grace period ends in May.", nil},
		{"Shipping from Charlotte, NC to Austin, TX.", nil},
		{"Subject: Ben Sherman promo", nil},
		{"We sell Jimmy Choo shoes and a Lincoln Navigator.", nil},
		{"昨天和陈晓东开会，他说下周去上海。", []string{"person_name:陈晓东"}},
		{"请把合同发给欧阳娜娜", []string{"person_name:欧阳娜娜"}},
		{"您好，訾冬梅，您的快递已到", []string{"person_name:訾冬梅"}},
		{"我们找时间聊，请和方案一起提交", nil},
		{"这次多亏了王雪梅帮忙。", []string{"person_name:王雪梅"}},
		{"他和颜悦色地说，给了麦子和白家一些钱。", nil},
		{"Martin Luther King Jr. Blvd is closed.", nil},
		{"id;name\nLopez, Maria\n", []string{"person_name:Lopez, Maria"}},
		{"Arrived fast. - Rodney P.\n", []string{"person_name:Rodney P."}},
		{"客户姓名,手机号\n", nil},
		// Names of the widened lexicons, and the surnames among them that
		// are also words, which need a given name first.
		{"Gestern hat Grzegorz angerufen.", []string{"person_name:Grzegorz"}},
		{"Yesterday Jolene Tillman paid the invoice.", []string{"person_name:Jolene Tillman"}},
		{"Rückruf bitte bei Wioletta Szczepaniak.", []string{"person_name:Wioletta Szczepaniak"}},
		{"这次多亏了王琛琦帮忙。", []string{"person_name:王琛琦"}},
		{"Nächsten Sonntag kommt der Techniker. Der Herbst war lang.", nil},
		{"The Key Lemon Diamond collection ships in Fair weather.", nil},
		{"Verkaufe Kinderwagen (Marke Hauck), VB 80 €.", nil},
		// Boxes, routes, openers, villages and traditional characters.
		{"PO Box 8812, Boise, ID 83707", []string{"postal_address:PO Box 8812, Boise, ID 83707"}},
		{"RR 2 Box 45, Hazard, KY 41701", []string{"postal_address:RR 2 Box 45, Hazard, KY 41701"}},
		{"Postfach 10 11 22, 50451 Köln", []string{"postal_address:Postfach 10 11 22, 50451 Köln"}},
		{"Am Alten Markt 3a, 18055 Rostock", []string{"postal_address:Am Alten Markt 3a, 18055 Rostock"}},
		{"河北省保定市清苑区东闾乡南王庄村128号", []string{"postal_address:河北省保定市清苑区东闾乡南王庄村128号"}},
		{"臺北市大安區忠孝東路四段100號5樓", []string{"postal_address:臺北市大安區忠孝東路四段100號5樓"}},
		{"Send it to 4500 County Road 12, Smithville, TX 78957 please.", []string{"postal_address:4500 County Road 12, Smithville, TX 78957"}},
		{"2201 US Highway 101 N, Crescent City, CA 95531", []string{"postal_address:2201 US Highway 101 N, Crescent City, CA 95531"}},
		{"Frau Anna Berg, Hauptstraße 5, 2. OG, 10115 Berlin", []string{"person_name:Anna Berg", "postal_address:Hauptstraße 5, 2. OG, 10115 Berlin"}},
		{"上海市浦东新区张江镇科苑路88号德国中心1号楼301\n", []string{"postal_address:上海市浦东新区张江镇科苑路88号德国中心1号楼301"}},
		{"江苏省苏州市吴中区甪直镇淞南村5组18号", []string{"postal_address:江苏省苏州市吴中区甪直镇淞南村5组18号"}},
		{"香港九龍尖沙咀彌敦道132號美麗華大廈12樓B室", []string{"postal_address:香港九龍尖沙咀彌敦道132號美麗華大廈12樓B室"}},
		// Classes of the unseen corpus (issue 18): US addresses in capitals,
		// in columns and vCard/ICS fields, with states written out, grid and
		// lettered county roads; German floor notes, separators, island
		// towns, roles and vCard order; Chinese spaced divisions and village
		// groups; names in capitals, SQL and TSV columns, vCard N, kinship,
		// degrees, chat roles, aligned forms, Chinese fields and mentions.
		{"Customer: 396 Spring Rd, ERIE PA  16501", []string{"postal_address:396 Spring Rd, ERIE PA  16501"}},
		// A record whose header gives the city a column of its own: the
		// street's field alone (session 17).
		{"id\tname\tstreet\tcity\tstate\tzip\n7\tx\t34 State Hwy 291\tSanta Fe\tNM\t87501\t2025", []string{"postal_address:34 State Hwy 291"}},
		{"LOCATION:S8161 County Road X Rm 521\\, DULUTH MN  55802\r\n", []string{"postal_address:S8161 County Road X Rm 521\\, DULUTH MN  55802"}},
		{"4641 108th Ave\nSioux Falls, South Dakota 57104\n", []string{"postal_address:4641 108th Ave\nSioux Falls, South Dakota 57104"}},
		{"BILL_TO: PO BOX 5300, BURLINGTON, VT 05401", []string{"postal_address:PO BOX 5300, BURLINGTON, VT 05401"}},
		{"at 7373 N 3700 S, Fl 16, Tulsa OK 74103.", []string{"postal_address:7373 N 3700 S, Fl 16, Tulsa OK 74103"}},
		{"ADR;TYPE=HOME:;;HC 74 Box 1353;Austin;TX;78701;USA", []string{"postal_address:HC 74 Box 1353;Austin;TX;78701"}},
		{"Lieferadresse Königsallee 41 (3. OG links) 01067 Dresden noch richtig?", []string{"postal_address:Königsallee 41 (3. OG links) 01067 Dresden"}},
		{"Adresse: Karl-Marx-Allee 3 · 23999 Insel Poel.", []string{"postal_address:Karl-Marx-Allee 3 · 23999 Insel Poel"}},
		{"wohnhaft Mühlenkamp 127, 96231 Bad Staffelstein (Vermieter)", []string{"postal_address:Mühlenkamp 127, 96231 Bad Staffelstein"}},
		{"ADR;TYPE=home:;;Sonnenallee 11;Jena;;07743;Deutschland", []string{"postal_address:Sonnenallee 11;Jena;;07743"}},
		{"Straße des 17. Juni 47\n01067 Dresden\n", []string{"postal_address:Straße des 17. Juni 47\n01067 Dresden"}},
		{"收件地址：江苏省 苏州市 吴中区 光谷大道925号 阳光花园 16栋3单元2203室\n", []string{"postal_address:江苏省 苏州市 吴中区 光谷大道925号 阳光花园 16栋3单元2203室"}},
		{"送达地址：江西省南昌市进贤县龙泉镇河东村三组\n", []string{"postal_address:江西省南昌市进贤县龙泉镇河东村三组"}},
		{"寄件地址：臺北市中山區臺灣大道三段48巷22號21樓之5", []string{"postal_address:臺北市中山區臺灣大道三段48巷22號21樓之5"}},
		{"1Z18121162\tROBERT SMITH\tx\n", []string{"person_name:ROBERT SMITH"}},
		{"ACCOUNT_HOLDER: TORRES, MARY | BILL_TO", []string{"person_name:TORRES, MARY"}},
		{"INSERT INTO c (id, first_name, last_name) VALUES\n  (6029, 'Jennifer', 'DuBois');", []string{"person_name:Jennifer", "person_name:DuBois"}},
		{"N:Rodriguez;Dmitri;;;\n", []string{"person_name:Rodriguez", "person_name:Dmitri"}},
		{"Mein Sohn Michael bringt den Anhänger.", []string{"person_name:Michael"}},
		{"Praxis Dr. med. Pohl: bitte kommen", []string{"person_name:Pohl"}},
		{"Gruß, Karl-Heinz M.", []string{"person_name:Karl-Heinz M."}},
		{"Chat #1\nPeter (Service): Guten Tag", []string{"person_name:Peter"}},
		{"Legal name:         Frank, Betty\nPreferred name:     Bea\n", []string{"person_name:Frank, Betty", "person_name:Bea"}},
		{"Signed-off-by: Zhou Tao <zhou.tao@example.cn>", []string{"person_name:Zhou Tao"}},
		{"Personalbogen – Neueinstellung\n", nil},
		{"(55416, '王芳', '浙江省')", []string{"person_name:王芳"}},
		{"令狐建军：@董静 明天聚餐几点", []string{"person_name:令狐建军", "person_name:董静"}},
		{"代理人：毛静，北京大成律师事务所律师", []string{"person_name:毛静"}},
		{"寄件人：周大福官方旗舰店\n", nil},
		{"We shipped the filters to Imani's brother.", []string{"person_name:Imani"}},
		{"Hi, my name is Virginia. Who am I speaking to?", []string{"person_name:Virginia"}},
		{"Tom lent us a trailer; James was a lifesaver.", []string{"person_name:James"}},
		{"Sincerely,\n\nHarmony G. Rodriguez\nClaims", []string{"person_name:Harmony G. Rodriguez"}},
		{"Case No. 2022-CV-55714\nCOLT JOHNSON,\n        Defendant.", []string{"person_name:COLT JOHNSON"}},
		{"1Z3642539617696093\tALLEN, MAEVE\t6257", []string{"person_name:ALLEN, MAEVE"}},
		{"Lieferung angelegt: empfaenger=Peter.Müller adresse=x", []string{"person_name:Peter.Müller"}},
		{"Geburtsname:        Schmitt\nAnschrift:", []string{"person_name:Schmitt"}},
		{"Guten Tag, hier ist Frank vom Kundenservice.", []string{"person_name:Frank"}},
		{"461078129594;EMRE VON DER HEIDE;\"Im", []string{"person_name:EMRE VON DER HEIDE"}},
		{"FEHLER Kunde <MÜLLER, Tomasz> – x", []string{"person_name:MÜLLER, Tomasz"}},
		{"BILL_TO: RURAL ROUTE 6, BOX 83, TRUTH OR CONSEQUENCES, NM 87901\n", []string{"postal_address:RURAL ROUTE 6, BOX 83, TRUTH OR CONSEQUENCES, NM 87901"}},
		{"at 649 Meadowbrook Spur Trlr 19, Tulsa, OK 74103-6558, parking", []string{"postal_address:649 Meadowbrook Spur Trlr 19, Tulsa, OK 74103-6558"}},
		{"Mr. David Cross\n87 FM 98\nAUSTIN TX  78701\n", []string{"person_name:David Cross", "postal_address:87 FM 98\nAUSTIN TX  78701"}},
	} {
		var got []string
		for _, f := range Default.DetectString(tc.text) {
			if f.Type == PersonName || f.Type == PostalAddress {
				got = append(got, f.Type.String()+":"+tc.text[f.Start:f.End])
			}
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q:\n got  %q\n want %q", tc.text, got, tc.want)
		}
	}
}
