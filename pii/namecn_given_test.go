package pii

import (
	"slices"
	"testing"
)

// TestGivenAloneCN: a two-character given name with no surname, in a
// sign-up list, before 姐 or 哥 after a role, after a wedding's role; and the
// words, goods and places that only look so.
func TestGivenAloneCN(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		// A sign-up list: another item is a person.
		{"#接龙\n敬老院探访\n1. 俊杰 +1\n2. 汪海燕 带孩子\n3. 国庆 可开车\n", []string{"俊杰", "汪海燕", "国庆"}},
		{"#接龙\n1. 永刚 带孩子\n2. 丽娟 带孩子\n", []string{"永刚", "丽娟"}},
		{"报名：\n1、秀英\n2、建华\n", []string{"秀英", "建华"}},
		// A list of goods, a road, a lone item: no person.
		{"购物清单\n1. 苹果 2斤\n2. 香蕉 3斤\n", nil},
		{"1. 建华路\n2. 国庆路\n", nil},
		{"1. 秀英 +1\n", nil},
		{"1. 美丽 2斤\n2. 健康 3斤\n", nil},
		{"步骤\n1. 清洁 表面\n2. 安装 支架\n", nil},
		// Before 姐, 哥, 妹 or 弟 after a role.
		{"有疑问联系店长翠花姐13983166866。\n", []string{"翠花"}},
		{"有事找国庆哥。\n", []string{"国庆"}},
		{"店长推荐：招牌菜。\n", nil},
		{"联系店长姐姐。\n", nil},
		// After a wedding's role, at a field's value.
		{"联系人：伴娘秀兰 12426923467\n", []string{"秀兰"}},
		{"联系人：伴郎俊杰\n", []string{"俊杰"}},
		{"备注：伴娘服\n", nil},
		{"备注：新娘美丽\n", nil},
		{"今天伴娘秀兰很美。\n", nil},
	} {
		var got []string
		for _, f := range rulesOnly.DetectString(tc.text) {
			if f.Type == PersonName {
				got = append(got, tc.text[f.Start:f.End])
			}
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q:\n got  %q\n want %q", tc.text, got, tc.want)
		}
	}
}
