package pii

import (
	"slices"
	"testing"
)

// TestNamesZH15: an invitation's guest, a marriage, a genealogy's wife and
// child, what a thing bears written, the speaker's friend, two given names
// joined by 和, 阿 and a given name, a surname before 总 after 那边, a
// minority name opening a list's item, a Japanese name, and the labels
// that begin with a surname's character.
func TestNamesZH15(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"敬备喜宴，恭候丁晓光光临\n", []string{"丁晓光"}},
		{"敬备喜宴，恭候司马春生光临\n", []string{"司马春生"}},
		{"迁居洪山区，娶袁平为妻。\n", []string{"袁平"}},
		{"第十七世：毛红梅，字仲文，配周氏，生三子。\n", []string{"毛红梅", "周"}},
		{"第十七世：令狐德华，字仲文，配尉迟氏，生三子。\n", []string{"令狐德华", "尉迟"}},
		{"第十八世：长子谢天佑迁居重庆市\n", []string{"谢天佑"}},
		{"谁捡到一件蓝色毛衣？上面写着周军\n", []string{"周军"}},
		{"去12345投诉，我朋友书瑶就是这样拿回来的\n", []string{"书瑶"}},
		{"去投诉，我同学一诺就是这样拿回来的\n", []string{"一诺"}},
		{"班费收齐了，红梅和淑芬家还没交\n", []string{"红梅", "淑芬"}},
		{"业主交流\n阿珍：有人拼单吗\n阿华：有人拼单吗\n", []string{"阿珍", "阿华"}},
		{"请到门卫室领取。\n——热心市民阿宝\n", []string{"阿宝"}},
		{"陈洋：供应商那边戴总说样品寄到了\n", []string{"陈洋", "戴"}},
		{"秦洋：客户那边贺经理说样品寄到了\n", []string{"秦洋", "贺"}},
		{"网格员朱梓涵、乌兰图雅负责三至五号楼\n", []string{"朱梓涵", "乌兰图雅"}},
		{"网格员冯海燕、安娜·彼得罗娃负责三至五号楼\n", []string{"冯海燕", "安娜·彼得罗娃"}},
		{"收货人：端木(先生)\n", []string{"端木"}},
		{"诸葛老师：@一诺妈妈 孩子今天作业没交哦\n", []string{"诸葛", "一诺"}},
		{"黎伟：@山田太郎 你家狗又没拴绳\n", []string{"黎伟", "山田太郎"}},
		{"用户：我姓上官，叫上官俊杰。\n客服：好的\n", []string{"上官", "上官俊杰"}},
		{"用户：我姓叶，叫叶来福。\n", []string{"叶", "叶来福"}},
		{"房东叫其其格，退租时说墙上有钉子\n", []string{"其其格"}},
		{"生于民国14年，娶朱学军，生子韩一诺。\n", []string{"朱学军", "韩一诺"}},
		{"后来她嫁给周平，生了两个孩子\n", []string{"周平"}},
		{"我老婆丽娟说不去了\n", []string{"丽娟"}},
		{"序号|犬主姓名|住址\n1|欧凤可|上海市\n2|谷可|无锡市\n", []string{"欧凤可", "谷可"}},
		{"今天去了黄山。袁霞也问你好。\n若曦\n\n收件人：骆亮\n", []string{"袁霞", "若曦", "骆亮"}},
		{"今天去了黄山。\n璐\n", []string{"璐"}},
		{"老板特别热情。同行的丽娟说下次还来\n", []string{"丽娟"}},
		{"薛永福：班费收齐了，永福和永福家还没交\n", []string{"薛永福", "永福", "永福"}},
		{"物业那边的戴总说样品寄到了\n供应商石总说改天\n戴总那边说到了\n", []string{"戴", "石", "戴"}},
		{"@阿珍 你家狗又没拴绳\n阿明说有人拼单\n1,阿杰,男,22\n", []string{"阿珍", "阿明", "阿杰"}},
		{"我好朋友书瑶说过\n", []string{"书瑶"}},
		// Not a person.
		{"他的方总是对的。员工总数不变，阿姨说好的\n", nil},
		{"感谢宋庆龄基金会的资助。\n来电人：罗皓轩（屈臣氏）\n", []string{"罗皓轩"}},
		{"工作顺利。\n此致\n敬礼\n", nil},
		{"祝你快乐。\n晚安\n\n好的。\n是\n", nil},
		{"同行的价格太高，同行的还有三个人\n", nil},
		{"效果：尚可\n状态：许可\n宁可，不去\n王可以来\n", nil},
		{"我姓名写错了\n嫁给他，娶了她\n我叫车来\n", nil},
		{"查勘员：令狐俊杰\n", []string{"令狐俊杰"}},
		{"物品：关公像  件数：1\n", nil},
		{"欢迎各位光临，恭候您光临\n", nil},
		{"上面写着高兴\n门上写着福字\n", nil},
		{"我朋友明天来，我同学一起去，我同事建议说\n", nil},
		{"配方氏族\n", nil},
		{"文化和旅游部发布\n", nil},
		{"阿姨：你好\n阿里：发货了\n", nil},
		{"那边高总体不错\n这边金总额不够\n", nil},
		{"一家夫妇：你好\n一天阿姨来过\n", nil},
		{"山田地区\n中村小学\n", nil},
	} {
		if got := zh12Names(Default, tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}
