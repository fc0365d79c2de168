package pii

import (
	"strings"
	"testing"
)

func TestNameModelZHEmbedded(t *testing.T) {
	if defaultNameModelZH == nil || len(defaultNameModelZH.w) != 1<<nameModelBits {
		t.Fatal("no Chinese name model embedded: run COMITY_NAME_MODEL=train go test -run TestTrainNameModel ./pii")
	}
	if Default.nameModelZH == nil || rulesOnly.nameModelZH != nil {
		t.Error("Default must read Chinese names with the model and RulesOnly without")
	}
}

// The Chinese model finds a name inside a sentence where the rules see no
// label, honorific or form: after a verb, before a conjunction.
func TestNameModelZHFinds(t *testing.T) {
	for _, tc := range []struct{ text, name string }{
		{"我们托付钱志远把钥匙转交给物业。", "钱志远"},
		{"这次出差带上曾晓峰和我。", "曾晓峰"},
		{"我们都很想念严国华。", "严国华"},
		{"今天和侯建新吃了顿饭。", "侯建新"},
	} {
		if got := namesOf(rulesOnly, tc.text); len(got) != 0 {
			t.Errorf("%q: the rules found %q, want nothing (the test is of the model)", tc.text, got)
		}
		if got := namesOf(Default, tc.text); strings.Join(got, "|") != tc.name {
			t.Errorf("%q: with the model found %q, want %q", tc.text, got, tc.name)
		}
	}
}

// Words and brands that begin with a surname's character are no names.
func TestNameModelZHVetoes(t *testing.T) {
	for _, text := range []string{
		"他穿着一双李宁运动鞋去跑步。",
		"李宁的新款跑鞋卖得很好。",
		"我买了一件李宁的外套。",
		"听到这个消息大家都很高兴。",
		"今年黄金价格涨了不少。",
		"黄金周去哪里玩？",
		"你马上过来一趟吧。",
		"马上就到了，别着急。",
		"周末我们去王府井逛街。",
		"王府井的小吃街人很多。",
		"今天周末，大家很高兴。",
		"张家界的风景很壮观。",
		"杨梅汁很好喝。",
		"陈皮可以泡水喝。",
		"高铁站离这里很远。",
		"金山软件发布了新版本。",
		"白天太热了，晚上再出门。",
		"方便的话请回个电话。",
		"他在金融行业工作多年。",
		"江南的春天很美。",
	} {
		if got := namesOf(Default, text); len(got) > 0 {
			t.Errorf("%q: found %q, want no name", text, got)
		}
	}
	// Ideographs next to a middle dot are part of a transliterated name.
	text := "去找巴特尔·朝鲁，在东湖区。"
	if got, rules := namesOf(Default, text), namesOf(rulesOnly, text); strings.Join(got, "|") != strings.Join(rules, "|") {
		t.Errorf("%q: the model added to the rules' %q: %q", text, rules, got)
	}
}

// The Chinese model reads two characters around a candidate (a label a
// few more), so a stream read in small windows finds what a whole-text
// scan finds.
func TestNameModelZHInWindows(t *testing.T) {
	text := strings.Repeat("我们托付钱志远把钥匙转交给物业。周末我们去王府井逛街。\n"+
		strings.Repeat("　", 70)+"今天和侯建新吃了顿饭，大家都很高兴。这次出差带上曾晓峰和我。\n", 40)
	want := Default.DetectString(text)
	if len(namesOf(Default, text)) != 120 {
		t.Fatalf("whole text: %d names, want 120", len(namesOf(Default, text)))
	}
	sameInWindows(t, text, want)
}
