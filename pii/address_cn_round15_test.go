package pii

import (
	"slices"
	"testing"
)

func init() {
	addressSeeds = append(addressSeeds, "请把快递放到文三路128号门卫室", "我在人民路 5号线地铁站等你")
}

// TestAddressRound15BareRoadZH: a road and its house number with no
// division before them, after a label or a verb that leads to it; not a
// road in a sentence, a metro line's number, nor a subdistrict.
func TestAddressRound15BareRoadZH(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"请把快递放到文三路128号门卫室。", []string{"文三路128号"}},
		{"住址：人民路45号3栋2单元501室，", []string{"人民路45号3栋2单元501室"}},
		{"我家在解放大道1024号", []string{"解放大道1024号"}},
		{"我在人民路5号线地铁站等你", nil},
		{"沿着这条路12号就到了", nil},
		{"人民路3号口出来", nil},
		{"住址：贵州省 贵阳市 开阳县 龙泉镇 马岭村 七组\n", []string{"贵州省 贵阳市 开阳县 龙泉镇 马岭村 七组"}},
	} {
		if got := addrSpansRound11(tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("%q:\n got  %q\n want %q", tc.text, got, tc.want)
		}
	}
}
