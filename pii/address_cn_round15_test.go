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

// TestAddressRound16SpacedWordsZH: a word a space parts from a road or a
// division is no division of the address ("物业费 北京路72号", "小龙妈妈
// 梁溪区…"), while divisions and a province or city named without 市 are
// ("北京 朝阳区"); roads named 和平, 沿江, 蜀都, a town's 东街, a 巷子 and a
// 堤 are roads.
func TestAddressRound16SpacedWordsZH(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"2026-01-11 | -6848.78 | 物业费 北京路72号\n", []string{"北京路72号"}},
		{"2026-01-12 | 翁慧琳 | 物业费 王府井大街828号\n", []string{"王府井大街828号"}},
		{"7. 小龙妈妈 梁溪区新店镇新桥村10组74号 3份\n", []string{"梁溪区新店镇新桥村10组74号"}},
		{"收件：北京 朝阳区建国路88号\n", []string{"北京 朝阳区建国路88号"}},
		{"地址：甘肃省 兰州市 城关区 庆阳路12号\n", []string{"甘肃省 兰州市 城关区 庆阳路12号"}},
		{"团长：明天统一送到沿江大道520号门口。", []string{"沿江大道520号"}},
		{"驿站已搬至蜀都大道933号，", []string{"蜀都大道933号"}},
		{"物业费 和平路86号\n", []string{"和平路86号"}},
		{"我朋友也在中街486号丢了一把伞。", []string{"中街486号"}},
		{"邮寄地址：石家庄市桥西区宽窄巷子790号\n", []string{"石家庄市桥西区宽窄巷子790号"}},
		{"现居：黄岛区杨公堤798号\n", []string{"黄岛区杨公堤798号"}},
		{"大家都到12号楼集合", nil},
		{"沿着河走到3号口", nil},
	} {
		if got := addrSpansRound11(tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("%q:\n got  %q\n want %q", tc.text, got, tc.want)
		}
	}
}

// TestAddressRound16BreaksZH: divisions a comma or a line break parts from
// the road, a building on the next line, a label 住所地, and a road after
// 反映, 我家 or 住; not a word such as 市区 before a comma.
func TestAddressRound16BreaksZH(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"某某公司，住所地泉山市开元区滨河路144号碧水苑9幢3202室。", []string{"泉山市开元区滨河路144号碧水苑9幢3202室"}},
		{"地址：上海市闵行区，迎宾路12号翠苑28幢304室\n", []string{"上海市闵行区，迎宾路12号翠苑28幢304室"}},
		{"现住址：长宁市鼓楼区文苑街道，光明南路279号\n", []string{"长宁市鼓楼区文苑街道，光明南路279号"}},
		{"收件：\n吉林省清河市沿江区\n长江巷601号\n", []string{"吉林省清河市沿江区\n长江巷601号"}},
		{"南溪市青山区\n工农巷768号\n阳光花园18栋5单元2701室\n", []string{"南溪市青山区\n工农巷768号\n阳光花园18栋5单元2701室"}},
		{"诉 求：反映工农东路624号楼下烧烤店油烟扰民", []string{"工农东路624号"}},
		{"我家光明东路415号验房发现墙面开裂", []string{"光明东路415号"}},
		{"证人：管永文，住和平大道860号\n", []string{"和平大道860号"}},
		{"他去了市区，人民路5号的店", []string{"人民路5号"}},
		{"工农巷768号\n备注：无\n", []string{"工农巷768号"}},
	} {
		if got := addrSpansRound11(tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("%q:\n got  %q\n want %q", tc.text, got, tc.want)
		}
	}
}
