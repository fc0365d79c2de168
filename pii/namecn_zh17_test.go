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
