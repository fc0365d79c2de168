package pii

import (
	"math/rand/v2"
	"slices"
	"testing"
	"unicode/utf8"
)

func init() {
	addressSeeds = append(addressSeeds, "译者：玛丽亚·冈萨雷斯\n", "值班：丹增\n", "复核：欧阳\n", "白芷  x2\n", "让·保罗·萨特")
}

// TestNamesRound8CN: Chinese names by general knowledge of forms, minority
// and foreign names, and words that begin with a surname's character.
func TestNamesRound8CN(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		// A transliterated name's parts joined by a middle dot.
		{"本书译者玛丽亚·冈萨雷斯女士\n", []string{"玛丽亚·冈萨雷斯"}},
		{"参赛选手：努尔古丽·吐尔地、韩雪\n", []string{"努尔古丽·吐尔地", "韩雪"}},
		{"活动主题：中国·北京\n", nil},
		// Tibetan and Mongolian names after a label or in a cell.
		{"联系人：次仁卓玛\n", []string{"次仁卓玛"}},
		{"| 09:00 | 巴特尔 | 到访 |\n", []string{"巴特尔"}},
		// A surname alone signs a role in a form.
		{"制表：欧阳  复核：宋\n", []string{"欧阳", "宋"}},
		{"复核：通过\n", nil},
		// Sights, shops and goods that begin with a surname's character.
		{"行程：\n雷峰塔 → 岳阳楼\n", nil},
		{"采购清单\n金针菇  x2\n陈醋  x1\n", nil},
		{"第二天：黄果树\n", nil},
		// A preposition that is a surname before a time word.
		{"请同事于周三前提交\n", nil},
		// A surname before 姐 or 哥 inside a sentence.
		{"报销单交到财务部柳姐处\n", []string{"柳"}},
		{"我们姐妹俩\n", nil},
		// "和 X 一起": a companion.
		{"周末我和任丽一起去爬山\n", []string{"任丽"}},
		// A common word that begins a three-character name of given
		// names' characters is the name; the word alone is none.
		{"收件人：雷雨婷\n", []string{"雷雨婷"}},
		{"天气：雷雨\n明天：晴\n", nil},
		{"欢迎光临，谢谢惠顾！\n", nil},
		// A sentence's end opens a field as a comma does.
		{"会议到此结束。陈立伟、孙丽负责整理材料。\n", []string{"陈立伟", "孙丽"}},
		// A call's greeting.
		{"喂黎晓明你好，我到了\n", []string{"黎晓明"}},
		// "持" (持有, 持证) follows a person; a role ending in 人 comes
		// before one.
		{"经核对，复印件与韦丽娟持有的原件一致。\n", []string{"韦丽娟"}},
		{"本案证人邵丽娟出庭作证\n", []string{"邵丽娟"}},
		// Given names' characters of the ministry's recent lists (可馨,
		// 天佑); kin before a one-character given name.
		{"请联系其女儿邱可馨，电话见下\n", []string{"邱可馨"}},
		{"如有消息请告知其老伴齐勇，谢谢\n", []string{"齐勇"}},
		// ... and before a form of address.
		{"德吉卓玛老师下周返校\n", []string{"德吉卓玛"}},
		// A menu's dishes and a list's goods.
		{"今日菜单\n宫保鸡丁\n麻婆豆腐\n钟水饺\n", nil},
		{"采购：卫生纸、柴鸡蛋、姜丝\n", nil},
		// A couple after a name in a list of donors.
		{"捐款名单\n蒋立新夫妇    300元\n", []string{"蒋立新"}},
	} {
		if got := namesIn(tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("%q:\n got  %q\n want %q", tc.text, got, tc.want)
		}
	}
}

// TestCnDecodeRune checks cnDecodeRune against utf8.DecodeRune on every
// character and on random bytes around three-byte lead bytes.
func TestCnDecodeRune(t *testing.T) {
	for c := rune(0); c <= utf8.MaxRune; c++ {
		b := utf8.AppendRune(nil, c) // a surrogate as U+FFFD
		r, n := cnDecodeRune(b)
		if wr, wn := utf8.DecodeRune(b); r != wr || n != wn {
			t.Fatalf("cnDecodeRune(%x) = %U, %d, want %U, %d", b, r, n, wr, wn)
		}
	}
	rnd := rand.New(rand.NewPCG(3, 4))
	for range 200000 {
		b := make([]byte, rnd.IntN(5))
		for k := range b {
			switch {
			case k == 0 && rnd.IntN(2) == 0:
				b[k] = byte(0xE0 + rnd.IntN(16))
			case k > 0 && rnd.IntN(2) == 0:
				b[k] = byte(0x80 + rnd.IntN(64))
			default:
				b[k] = byte(rnd.IntN(256))
			}
		}
		r, n := cnDecodeRune(b)
		if wr, wn := utf8.DecodeRune(b); r != wr || n != wn {
			t.Fatalf("cnDecodeRune(%x) = %U, %d, want %U, %d", b, r, n, wr, wn)
		}
	}
}
