package pii

import (
	"bytes"
	"slices"
	"strings"
	"unicode/utf8"
)

// Session 15 (issue 18): a Chinese road and its house number with no
// division before them ("请把快递放到文三路128号", "住址：人民路45号3栋2单元
// 501室"), as people write an address within a city both parties know.
// Session 16: the joins of divisions and road across a space, a comma or a
// line break (cnDivisionBefore, cnBreakBefore, cnDivisionEnds) and the
// next line of a block (cnLineBreak, cnLineEnds), read in unasked and
// unsought.

// cnBareLabels end a label or a verb that leads to a bare road.
var cnBareLabels = []string{"调整为", "变更为", "更改为", "改为", "地址", "住址", "地点", "地點", "住在", "位于", "寄往", "送至", "家住", "搬到", "放到", "寄到", "送到", "送往", "改到", "反映", "我家", "送回", "在", "到", "至", "于", "往", "住", "寄", "送", "邻近", "靠近", "临近", "紧邻", "毗邻"}

// cnBareStops are characters no road's name holds: words of a sentence
// ("这条路", "的路").
const cnBareStops = "的了这那條条着和与及或也就还是有个們们我你他她它哪每走沿路上下"

// cnBareStopNames begin roads' names despite a stop's character in them
// ("和平路", "沿江大道").
var cnBareStopNames = []string{"和平", "沿江", "沿河", "沿海", "沿湖"}

// cnBareRoad returns where a road's name of three to eight characters (or
// a town's "东街", "中街") begins in run, which ends with the road's marker
// and names no division: after the last label or verb that leads to it,
// or at the run's start; or -1.
func cnBareRoad(run string) int {
	if strings.HasSuffix(run, "街道") {
		return -1 // a subdistrict, a division
	}
	k := 0
	for _, l := range cnBareLabels {
		if j := strings.LastIndex(run, l); j >= 0 && j+len(l) > k {
			k = j + len(l)
		}
	}
	// A road with no division before it is one word: "物业费 北京路" is a
	// ledger's entry and its road.
	if j := strings.LastIndexAny(run, " 　"); j >= k {
		_, size := utf8.DecodeRuneInString(run[j:])
		k = j + size
	}
	// A house's former number: "原书院街282号调整为…" (address_cn_round20.go).
	if strings.HasPrefix(run[k:], "原") && utf8.RuneCountInString(run[k:]) >= 4 {
		k += len("原")
	}
	road := run[k:]
	n := utf8.RuneCountInString(road)
	if n == 2 && strings.HasSuffix(road, "街") && strings.ContainsRune("东西南北中前后東", []rune(road)[0]) {
		return k
	}
	if n < 3 || n > 8 {
		return -1
	}
	// The marker's character itself ("路") is the road's last; none of
	// the words before it may be a sentence's, nor may 都 ("都在") open it.
	_, last := utf8.DecodeLastRuneInString(road)
	name := road[:len(road)-last]
	for _, p := range cnBareStopNames {
		if strings.HasPrefix(name, p) {
			name = name[len(p):]
			break
		}
	}
	if strings.ContainsAny(name, cnBareStops) || strings.HasPrefix(road, "都") {
		return -1
	}
	return k
}

// cnHouseNumber reports whether a house number in digits and 号 (or 號,
// 弄) begins at i, right after the road's marker.
func cnHouseNumber(b []byte, i int) bool {
	p := i
	for p < len(b) && p-i < 6 && isDigit(b[p]) {
		p++
	}
	if p == i || p-i >= 6 || i < 3 || b[i-1] < 0x80 {
		return false // one space may part a road from its number, not a bare road's ("人民路 5号线")
	}
	if hasPrefixAt(b, p, "弄") {
		return true
	}
	if !hasPrefixAt(b, p, "号") && !hasPrefixAt(b, p, "號") {
		return false
	}
	// Not a line's, an exit's or a seat's number: "5号线", "3号口".
	r, _ := utf8.DecodeRune(b[p+len("号"):])
	return !strings.ContainsRune("线線口站机機床位窗桌车車码碼", r)
}

// cnDivisionName reports whether the person's name [start, end) in
// ideographs is a division's in a chain of divisions: it ends in a
// division's character and follows one, spaces between allowed ("开阳县
// 龙泉镇 马岭村", read as 龙泉镇 by the name model).
func cnDivisionName(b []byte, start, end int) bool {
	if end-start < 6 || start < 3 {
		return false
	}
	last, _ := utf8.DecodeLastRune(b[start:end])
	if !strings.ContainsRune(cnDivisionChars, last) {
		return false
	}
	p := start
	for p > 0 && start-p < 4 && b[p-1] == ' ' {
		p--
	}
	before, _ := utf8.DecodeLastRune(b[:p])
	return strings.ContainsRune(cnDivisionChars, before)
}

// cnDivisionChars end the names of China's divisions.
const cnDivisionChars = "省市区县州旗盟镇乡村"

// cnDivisionBefore reports whether the ideographs that end b name a
// division a space may part from the next: they end in a division's
// character or is a subdistrict ("甘肃省", "城关区", "五里店街道") or are a province or city named without
// it ("北京", "杭州").
func cnDivisionBefore(b []byte) bool {
	last, _ := utf8.DecodeLastRune(b)
	if strings.ContainsRune(cnDivisionChars+"區縣鎮鄉", last) || bytes.HasSuffix(b, []byte("街道")) {
		return true
	}
	st := len(b)
	for st > 0 && len(b)-st < 12 {
		r, size := utf8.DecodeLastRune(b[:st])
		if !isHan(r) {
			break
		}
		st -= size
	}
	w := string(b[st:])
	return cnCities[w] || slices.Contains(cnProvinceNames, w)
}

// cnBreakBefore returns the length of a comma or a line break that ends at
// p ("，", ",", ", ", "\n", "\r\n"), or 0.
func cnBreakBefore(b []byte, p int) int {
	switch {
	case p >= 3 && string(b[p-3:p]) == "，":
		return 3
	case p >= 2 && (b[p-2] == ',' && b[p-1] == ' ' || b[p-2] == '\r' && b[p-1] == '\n'):
		return 2
	case p >= 1 && (b[p-1] == ',' || b[p-1] == '\n'):
		return 1
	}
	return 0
}

// cnDivisionEnds reports whether b ends in a division of two ideographs or
// more, the last its character, or a subdistrict: "闵行区", "吉林省清河市
// 沿江区", "文苑街道".
func cnDivisionEnds(b []byte) bool {
	last, size := utf8.DecodeLastRune(b)
	if bytes.HasSuffix(b, []byte("街道")) {
		return len(b) > len("街道")
	}
	if !strings.ContainsRune(cnDivisionChars+"區縣鎮鄉", last) {
		return false
	}
	r, rs := utf8.DecodeLastRune(b[:len(b)-size])
	if !isHan(r) {
		return false
	}
	// A word that names no division, alone or after a verb or a
	// particle; "青山区", "东城区" are divisions.
	if w := len(b) - size - rs; cnDivisionLike[string(b[w:])] {
		r3, _ := utf8.DecodeLastRune(b[:w])
		return isHan(r3) && !strings.ContainsRune("了的在去到回进出从是个这那各该本全", r3)
	}
	return true
}

// cnDivisionLike are words that end in a division's character and, alone,
// name none: "市区" (downtown), "小区" (an estate), "超市" (a supermarket).
var cnDivisionLike = set(`市区 城区 郊区 辖区 小区 社区 景区 园区 校区 厂区 片区 山区 灾区 街区 专区 商区 新区 超市 城市 都市 门市 夜市
股市 菜市 集市 上市 农村 乡村 山村 渔村`)

// cnLineBreak returns where the line after a line break at p begins, or p.
func cnLineBreak(b []byte, p int) int {
	switch {
	case hasPrefixAt(b, p, "\r\n"):
		return p + 2
	case p < len(b) && b[p] == '\n':
		return p + 1
	}
	return p
}

// cnLineEnds reports whether a line ends at e (or the text, or a field:
// "。", "，").
func cnLineEnds(b []byte, e int) bool {
	return e == len(b) || b[e] == '\n' || b[e] == '\r' || hasPrefixAt(b, e, "。") || hasPrefixAt(b, e, "，")
}
