package pii

import (
	"slices"
	"testing"
)

func init() {
	// The shapes of round 4's rules seed the fuzz targets.
	addressSeeds = append(addressSeeds, "张家湾村12组7号", "王庄村三组5号", "去看看朝阳区安华里9号", "这里3号",
		"12 Farm to Market Rd 9", "PO Box 33 x", "9 Weg 1, 12345 Ab i. d. X.")
}

// TestAddressRound4: a village's group and house with no division before
// it, a lead of looking or going before a district, and quarters named
// "…里".
func TestAddressRound4(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		// A village's households, listed without the county.
		{"救助名单：\n陈国强，张家湾村12组7号，两口人", []string{"张家湾村12组7号"}},
		{"户主住在王庄村三组5号，房屋受损。", []string{"王庄村三组5号"}},
		{"家住石桥村2队18号", []string{"石桥村2队18号"}},
		// No village: our village, the neighbouring one, a lone 组.
		{"我们村3组5号楼在建", nil},
		{"邻村2组8号", nil},
		{"第3组5号选手", nil},
		// Looking at or going to a flat: the verb is not the address.
		{"周末想去看看朝阳区建国路12号3号楼1单元602那套。", []string{"朝阳区建国路12号3号楼1单元602"}},
		{"明天去海淀区学院路30号办手续", []string{"海淀区学院路30号"}},
		// A quarter or lane named "…里".
		{"收货地址：北京市东城区安华里5号", []string{"北京市东城区安华里5号"}},
		{"上海市黄浦区福寿里12弄3号", []string{"上海市黄浦区福寿里12弄3号"}},
		{"在朝阳区那里3号门等你", nil},
		{"开发区里5号地块", nil},
		// Texas's farm and ranch roads, numbered after their type.
		{"Ship to 1200 Farm to Market Rd 1960, Houston, TX 77073", []string{"1200 Farm to Market Rd 1960, Houston, TX 77073"}},
		{"I sent 5 Emails to Bob Street", nil},
		// A box without its city line, route and box or a PO box by name.
		{"mail it to PO Box 3310 by Friday", []string{"PO Box 3310"}},
		{"it's RR 7 Box 52, the white barn", []string{"RR 7 Box 52"}},
		{"Take RR 5 to the exit", nil},
		// A city with its region cut short.
		{"Ziel: Am Anger 4, 92637 Weiden i. d. OPf.\nFahrzeug: Bus", []string{"Am Anger 4, 92637 Weiden i. d. OPf."}},
		{"Postfach 12 34 56, 87435 Kempten i. Allgäu", []string{"Postfach 12 34 56, 87435 Kempten i. Allgäu"}},
		{"Bergstraße 9, 60311 Frankfurt a. M. Danach", []string{"Bergstraße 9, 60311 Frankfurt a. M."}},
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
