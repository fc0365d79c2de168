package pii

import (
	"strings"
	"unicode/utf8"
)

// Session 20 (issue 18): Chinese address shapes read on unforeseen: a
// house number's 甲/乙 ("兴业路甲74号"), a room's bare number after the
// house number ("黄河路524号805"), a village's group written
// "第二村民小组", divisions parted by ASCII commas, a label before a
// rural address, and a notice that renumbers a road ("原书院街282号调整为
// 书院街310号"), two addresses, not one.

// cnNumberPrefixes come between a road and its house number: the first,
// second, third and fourth house of a number ("育才街乙71号").
const cnNumberPrefixes = "甲乙丙丁"

// cnNumberPrefixed returns the end of a road's run before a house number
// written with a prefix that ends the run at te ("…街乙" before "71号"):
// te less the prefix when a road's marker comes before it, or te.
func cnNumberPrefixed(b []byte, st, te int) int {
	if te-st < 6 {
		return te
	}
	r, size := utf8.DecodeLastRune(b[st:te])
	if !strings.ContainsRune(cnNumberPrefixes, r) || !cnRoadEnd(string(b[st:te-size])) {
		return te
	}
	return te - size
}

// cnBareRoom returns the end of a room's number written right after the
// house number's 号 at p, with no 室 ("黄河路524号805", "…465号110 |"):
// three or four digits that end the field or clause, not a quantity's
// ("88号2024年"), or p.
func cnBareRoom(b []byte, p int) int {
	if p < 3 || !hasPrefixAt(b, p-3, "号") && !hasPrefixAt(b, p-3, "號") {
		return p
	}
	e := digitRun(b, p)
	if e-p < 3 || e-p > 4 {
		return p
	}
	if e == len(b) {
		return e
	}
	if isAlnum(b[e]) || b[e] == '-' || b[e] == '.' || b[e] == '/' || b[e] == ':' {
		return p
	}
	if r, _ := utf8.DecodeRune(b[e:]); isHan(r) {
		return p
	}
	return e
}

// cnGroupEnd returns the end of a village's group right after the village
// at p in run: "四组", "十一组", "第二村民小组", "第七组", "村民小组" with
// its number; or p.
func cnGroupEnd(run string, p int) int {
	g := p
	ordinal := strings.HasPrefix(run[g:], "第")
	if ordinal {
		g += len("第")
	}
	n := g
	for n+3 <= len(run) && n-g < 9 && strings.Contains("一二三四五六七八九十", run[n:n+3]) {
		n += 3
	}
	if n == g {
		return p
	}
	for _, w := range []string{"村民小组", "村民组", "小组", "组", "組"} {
		if strings.HasPrefix(run[n:], w) {
			return n + len(w)
		}
	}
	return p
}

// cnRuralLabels open a run of ideographs before a rural address: "地址周口市…",
// "户籍邵阳市…".
var cnRuralLabels = []string{"地址", "住址", "户籍", "家住", "住在", "现住", "籍贯", "户籍地", "户籍地址", "家庭住址", "现住址"}

// cnRuralLabelAt returns the end of a label that opens run, or 0.
func cnRuralLabelAt(run string) int {
	best := 0
	for _, l := range cnRuralLabels {
		if strings.HasPrefix(run, l) && len(l) > best {
			best = len(l)
		}
	}
	return best
}

// cnRenumbered are the words of a notice that gives a house a new
// number: "原书院街282号调整为书院街310号".
var cnRenumbered = []string{"调整为", "变更为", "更改为", "改为", "更名为", "改成"}

// cnEstateIsRoad reports whether the ideographs read as an estate's name
// after a house number are a notice's words before another road's:
// "…282号调整为书院街310号". A name ending in a road's marker may be an
// estate's ("龙湖天街").
func cnEstateIsRoad(name string) bool {
	for _, w := range cnRenumbered {
		if strings.HasPrefix(name, w) {
			return true
		}
	}
	return false
}

// cnRuralChain finds the start of a rural address whose last part, a
// village and perhaps its group, is the run [st, end), the divisions
// before it parted by spaces or commas: "河南省 周口市 郸城县 汲冢镇 渔港村
// 5组", "湖南省,邵阳市,隆回县,桃洪镇,东山村第七村民小组". Joined, the
// parts must read as one rural address (cnRuralFrom).
func (s *scan) cnRuralChain(st, end int) (int, bool) {
	b := s.b
	joined := string(b[st:end])
	start, found := 0, false
	for cur, n := st, 0; n < 5; n++ {
		sep := cnSpaceBefore(b, cur)
		if sep == 0 {
			if sep = cnBreakBefore(b, cur); sep > 0 && b[cur-1] == '\n' {
				break // a division on the line above is another field's
			}
		}
		if sep == 0 || cur-sep <= s.floor {
			break
		}
		p := cur - sep
		q := p
		for q > s.floor && p-q < 36 {
			r, size := utf8.DecodeLastRune(b[:q])
			if !isHan(r) {
				break
			}
			q -= size
		}
		if p-q < 6 || !cnDivisionEnds(b[q:p]) && !cnDivisionBefore(b[q:p]) {
			break
		}
		joined = string(b[q:p]) + joined
		cur = q
		// From the first part's start, or after a label or a verb in it
		// ("住湖南省,邵阳市,…").
		for k := 0; k < p-q; {
			if cnRuralFrom(joined, k) == len(joined) {
				start, found = q+k, true
				break
			}
			_, size := utf8.DecodeRuneInString(joined[k:])
			k += size
		}
	}
	return start, found
}

// cnVillageBodies are what follows a village that names its body, not
// its place: "张湾村农村土地承包经营权确权…", "张湾村村委会".
var cnVillageBodies = []string{"农村", "村委", "村民委员会", "党支部", "党总支", "集体经济", "土地"}

// cnVillageBody reports whether rest, the run after a village, opens
// with a word of its body.
func cnVillageBody(rest string) bool {
	for _, w := range cnVillageBodies {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}

// cnGroupAfterSpace reports whether a space and then a village's group or
// house number come at e ("马岭村 七组", "新华村 3组 26号"), which the
// group's rules read with the village.
func cnGroupAfterSpace(b []byte, e int) bool {
	if e+1 >= len(b) || b[e] != ' ' {
		return false
	}
	if isDigit(b[e+1]) {
		return true
	}
	r, _ := utf8.DecodeRune(b[e+1:])
	return strings.ContainsRune("一二三四五六七八九十第", r)
}

// cnCountyOfTwo reports whether run opens with a county's or a
// district's name of two characters: "从江县", "于都县".
func cnCountyOfTwo(run string) bool {
	_, a := utf8.DecodeRuneInString(run)
	_, c := utf8.DecodeRuneInString(run[a:])
	r, _ := utf8.DecodeRuneInString(run[a+c:])
	return r == '县' || r == '縣' || r == '旗'
}
