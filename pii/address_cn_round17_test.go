package pii

import (
	"slices"
	"testing"
)

// TestAddressRound17Formats: shapes written from how addresses are
// written, not read off a corpus: a province without "省" before its
// city, a house number with a dash, a town's residents' community (not
// its offices), a bullet between street and postcode.
func TestAddressRound17Formats(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"寄到广东深圳市南山区科技园路12号\n", []string{"广东深圳市南山区科技园路12号"}},
		{"宁夏银川市兴庆区解放西街118号\n", []string{"宁夏银川市兴庆区解放西街118号"}},
		{"新疆路12号\n", []string{"新疆路12号"}},
		{"广西壮族自治区南宁市青秀区民族大道136-5号华润大厦C座\n", []string{"广西壮族自治区南宁市青秀区民族大道136-5号华润大厦C座"}},
		{"家住湖南省邵阳市隆回县桃洪镇东方社区，电话\n", []string{"湖南省邵阳市隆回县桃洪镇东方社区"}},
		{"北京市朝阳区望京街道花家地社区居委会\n", nil},
		{"Bergstr. 17 • 69120 Heidelberg\n", []string{"Bergstr. 17 • 69120 Heidelberg"}},
		{"12 Oak St • Springfield, IL 62704\n", []string{"12 Oak St • Springfield, IL 62704"}},
	} {
		if got := addrSpansRound11(tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("%q:\n got  %q\n want %q", tc.text, got, tc.want)
		}
	}
}
