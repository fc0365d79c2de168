package pii

import (
	"slices"
	"testing"
)

// TestNamesZH13b: a person in the frame of a Chinese sentence.
func TestNamesZH13b(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"希望你向梓萱学习，把成绩提上去。\n", []string{"梓萱"}},
		{"向王芳请教。\n", []string{"王芳"}},
		{"那天晚上我在海底捞跟沈一诺吃饭，后来\n", []string{"沈一诺"}},
		{"骑手萧勇已接单，预计43分钟送达\n", []string{"萧勇"}},
		{"尊敬的上官军业主：\n您名下房产\n", []string{"上官军"}},
		{"玉梅同学：你是一个活泼开朗的孩子。\n", []string{"玉梅"}},
		{"收货人：丁(先生) 812****7313\n", []string{"丁"}},
		{"聂洋读者：\n您借阅的图书已到期。\n", []string{"聂洋"}},
		{"备注：家里有老人，请芳阿姨提前十分钟到。\n", []string{"芳"}},
		{"有疑问联系店长勇姐15364815135。\n", []string{"勇"}},
		{"王刚：谢谢勇。其实我入行\n", []string{"王刚", "勇"}},
		{"到了你让晓燕在家等我一下好吧\n", []string{"晓燕"}},
		// Not a person.
		{"谢谢大家。谢谢光临！谢谢配合，让利给我们，让人在家等。\n", nil},
		{"尊敬的读者：\n请找阿姨帮忙，联系店长姐姐。\n", nil},
		{"向前辈学习，向他学习，向书本学习。\n", nil},
		{"我们和平一起生活。\n", nil},
		{"新同学：欢迎你们。\n", nil},
		{"各位同学：\n", nil},
		{"尊敬的业主：\n", nil},
		{"骑手已接单。\n", nil},
	} {
		if got := zh12Names(Default, tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}
