package pii

import (
	"slices"
	"testing"
)

// TestNameZH17: read on unvisited: a boss who comes too ("朱总也来吗"), a
// compound surname before 总, an officer's surname before 科长 (not
// 前任院长's 任), a foreman, a doctor after 由.
func TestNameZH17(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"邓芳：收到，朱总也来吗\n", []string{"邓芳", "朱"}},
		{"令狐家豪：收到，夏侯总也来吗\n", []string{"令狐家豪", "夏侯"}},
		{"他总也不来\n", nil},
		{"由战友沈红霞陪同办理，白科长已核验。\n", []string{"沈红霞", "白"}},
		{"前任院长王佳怡、副院长梁伟出席。\n", []string{"王佳怡", "梁伟"}},
		{"工头邹洋拖欠工资26000元。\n", []string{"邹洋"}},
		{"由林刚诊治。\n", []string{"林刚"}},
	} {
		var got []string
		for _, f := range Default.DetectString(tc.text) {
			if f.Type == PersonName {
				got = append(got, tc.text[f.Start:f.End])
			}
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q:\n got  %q\n want %q", tc.text, got, tc.want)
		}
	}
}

// TestNameZH17Frames: read on unproven: filial sons on a headstone, the
// parties of an enforcement, a crew sent, an account's holder.
func TestNameZH17Frames(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"应退金额：3687元，转入杨志梓名下工商银行卡尾号274\n", []string{"杨志梓"}},
		{"  立碑：孝男沈可明 敬立\n", []string{"沈可明"}},
		{"要清运装修垃圾，已派涂馨班组。\n", []string{"涂馨"}},
		{"关于申请执行人寇凡与被执行人钟强芳民间借贷\n", []string{"寇凡", "钟强芳"}},
	} {
		var got []string
		for _, f := range Default.DetectString(tc.text) {
			if f.Type == PersonName {
				got = append(got, tc.text[f.Start:f.End])
			}
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q:\n got  %q\n want %q", tc.text, got, tc.want)
		}
	}
}

// TestNameZH18Frames: session 18's cues and offices, read on unclaimed.
func TestNameZH18Frames(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"10:45 楼长谭翠花：有谁知道徐婷搬哪去了？\n", []string{"谭翠花", "徐婷"}},
		{"服务期间表现突出，曾协助肖洋照顾独居老人邱明。\n", []string{"肖洋", "邱明"}},
		{"\"remark\": \"发票抬头写彭军\"\n", []string{"彭军"}},
		{"已与韦校长沟通。\n", []string{"韦"}},
		{"我知道了，谢谢。\n", nil},
	} {
		var got []string
		for _, f := range Default.DetectString(tc.text) {
			if f.Type == PersonName {
				got = append(got, tc.text[f.Start:f.End])
			}
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: names %q, want %q", tc.text, got, tc.want)
		}
	}
}
