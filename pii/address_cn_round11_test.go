package pii

import (
	"slices"
	"testing"
)

func init() {
	addressSeeds = append(addressSeeds, "北京市东城区东四十条胡同7号院2门301", "深圳市福田区益田路1号国际大厦二座12F")
}

// TestAddressRound11ZH: a building numbered in words ("二座", "三期"), a
// floor written with a Latin F ("12F"), a courtyard after the house number
// ("7号院") and the entrance of a block ("2门").
func TestAddressRound11ZH(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"地址：广东省深圳市福田区益田路6009号新世界商务中心二座", []string{"广东省深圳市福田区益田路6009号新世界商务中心二座"}},
		{"公司地址：上海市长宁区仙霞路99号尚嘉中心12F，欢迎来访", []string{"上海市长宁区仙霞路99号尚嘉中心12F"}},
		{"地址：北京市东城区东四十条胡同7号院", []string{"北京市东城区东四十条胡同7号院"}},
		{"寄到北京市丰台区方庄路9号院2门301，谢谢", []string{"北京市丰台区方庄路9号院2门301"}},
		// A road alone, as a station or in traffic news, is no address.
		{"在人民路站下车，人民路今天很堵。", nil},
	} {
		if got := addrSpansRound11(tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("%q:\n got  %q\n want %q", tc.text, got, tc.want)
		}
	}
}

// TestAddressRound11LeadZH: setting out from an address (从) leads to it,
// except in the district 从化区, whose name begins with it.
func TestAddressRound11LeadZH(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"后天9点从天河区体育西路103号出发", []string{"天河区体育西路103号"}},
		{"地址：从化区街口街道青云路12号", []string{"从化区街口街道青云路12号"}},
	} {
		if got := addrSpansRound11(tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("%q:\n got  %q\n want %q", tc.text, got, tc.want)
		}
	}
}
