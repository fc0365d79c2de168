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
