package pii

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// cnCities are the larger prefecture-level cities, without "市".
var cnCities = addWords(map[string]bool{}, "cn_cities.txt")

// cnCityAt returns the length of a city's name followed by "市" at k in
// run, or 0.
func cnCityAt(run string, k int) int {
	for _, n := range []int{2, 3, 4} { // runes
		e := k
		for r := 0; r < n && e < len(run); r++ {
			_, size := utf8.DecodeRuneInString(run[e:])
			e += size
		}
		if cnCities[run[k:e]] && strings.HasPrefix(run[e:], "市") {
			return e - k
		}
	}
	return 0
}

// cnUnits end the parts of a Chinese address after the house number:
// building, unit, floor, room ("3号楼2单元502室", "B座1203室").
var cnUnits = []string{"号楼", "号院", "栋", "幢", "座", "单元", "室", "房", "层", "楼", "号", "號樓", "棟", "單元", "層",
	"樓", "號", "之", "区", "區", "期", "门"}

// cnAddressTail returns the end of the building, unit, floor and room
// after a house number ending at p: an estate or building name
// ("阳光花园", "SOHO现代城") may come first, then up to five numbered or
// lettered parts.
func cnAddressTail(b []byte, p int) int {
	// A space may part the number from the building: "解放路202号 万科城市花园10幢2404室".
	if p+1 < len(b) && b[p] == ' ' {
		if e := cnAddressTail(b, p+1); e > p+1 {
			return e
		}
		return p
	}
	// So may a comma in a chain of parts written with commas: "桃源路6号，
	// 碧桂苑小区8栋3单元801" (session 17); the units must be numbered.
	if hasPrefixAt(b, p, "，") {
		q := p + len("，")
		if e := cnAddressTail(b, q); e > q && cnEstateNamed(b[q:e]) {
			return e
		}
		return p
	}
	// So may a line break in a block, the building and room filling the
	// next line: "工农巷768号\n阳光花园18栋5单元2701室".
	if q := cnLineBreak(b, p); q > p {
		if e := cnAddressTail(b, q); e > q && cnLineEnds(b, e) && bytes.ContainsAny(b[q:e], "0123456789") {
			return e
		}
		return p
	}
	if e := cnDashUnits(b, p); e > p {
		return e
	}
	p = cnCourtyard(b, p)
	end := cnUnitParts(b, p)
	if end > p {
		return cnRoomNumber(b, end)
	}
	if e := cnBareRoom(b, p); e > p {
		return e // "黄河路524号805" (address_cn_round20.go)
	}
	if e := cnFloorAfterNumber(b, p); e > p {
		return e // "滨江街33号一层", "…33号B1-05" (address_round21.go)
	}
	// An estate's name: ideographs or Latin letters, then a numbered part;
	// not another road's ("…282号调整为书院街310号").
	j, n := p, 0
	for j < len(b) && n < 12 {
		if e := cnUnitParts(b, j); e > j && j > p {
			if cnEstateIsRoad(string(b[p:j])) {
				return p
			}
			return cnRoomNumber(b, e)
		}
		if j > p && j < len(b) && isDigit(b[j]) {
			if e := cnDashUnits(b, j); e > j {
				return e // "锦绣华庭5-1-401"
			}
		}
		r, size := cnDecodeRune(b[j:])
		if b[j] == ' ' && j > p && j+1 < len(b) && b[j-1] != ' ' {
			j++ // "桃源居 14栋"
			continue
		}
		if !isHan(r) && !isAlpha(b[j]) {
			break
		}
		j += size
		n++
	}
	// An estate or building named without a numbered part, the field or
	// clause ending after it: "…27号中关村大厦", "…5号 阳光花园。".
	if e := cnEstateEnd(b, p); e > p {
		return e
	}
	return p
}

// cnEstateWords end the name of an estate or a building.
var cnEstateWords = []string{"大厦", "大廈", "大楼", "大樓", "中心", "广场", "廣場", "花园", "花園", "小区", "社区", "公寓",
	"家园", "新村", "苑", "公馆", "大院", "商城", "写字楼"}

// cnEstateEnd returns the end of an estate's name of two to ten
// ideographs at p that ends in an estate word and then the text, field or
// clause, or p.
func cnEstateEnd(b []byte, p int) int {
	j, n := p, 0
	for j < len(b) && n < 10 {
		r, size := cnDecodeRune(b[j:])
		if !isHan(r) || r == '了' && hasPrefixAt(b, j+size, "。") {
			break // "…搬到春风路347号幸福里了。"
		}
		j += size
		n++
	}
	if n < 2 || j < len(b) && isAlnum(b[j]) {
		return p
	}
	// Not a clause about the place: "…90号的合作医院", "…5号对面的小区".
	for _, w := range cnEstateNotStart {
		if hasPrefixAt(b, p, w) {
			return p
		}
	}
	if r, _ := cnDecodeRune(b[j:]); j < len(b) && isHan(r) && r != '了' {
		return p // a longer run: the sentence goes on
	}
	for _, w := range cnEstateWords {
		if strings.HasSuffix(string(b[p:j]), w) && j-p > len(w) {
			return j
		}
	}
	if n >= 3 {
		for _, w := range cnEstateSuffixes {
			if strings.HasSuffix(string(b[p:j]), w) {
				return j
			}
		}
	}
	return p
}

// cnUnitParts reads up to five parts from p, each a number of at most five
// digits or one Latin letter, then a unit word; it returns the end of the
// last, or p.
func cnUnitParts(b []byte, p int) int {
	end := p
	for parts := 0; parts < 5 && end < len(b); parts++ {
		from := end
		if end > p && b[end] == ' ' {
			from++ // "华润大厦A座 2018室"
		}
		e := digitRun(b, from)
		if e == from && from < len(b) && isUpper(b[from]) && !(from+1 < len(b) && isAlpha(b[from+1])) {
			e = from + 1 // "B座"
		}
		if e == from {
			e = cnNumeralPart(b, from) // "一座", "三期"
		}
		if e == from || e-from > 5 {
			break
		}
		if f := cnLatinFloor(b, from, e); f > e {
			end = f // "15F"
			continue
		}
		matched := false
		for _, u := range cnUnits {
			if hasPrefixAt(b, e, u) {
				end, matched = e+len(u), true
				break
			}
		}
		if !matched {
			break
		}
		// A flat's share of a floor: "21樓之5".
		if (hasPrefixAt(b, end-len("樓"), "樓") || hasPrefixAt(b, end-len("楼"), "楼")) && hasPrefixAt(b, end, "之") {
			if d := digitRun(b, end+len("之")); d > end+len("之") && d-end-len("之") <= 2 {
				end = d
			}
		}
	}
	return end
}

// cnRoomNumber returns the end of a room's number written without "室"
// after a building's part ("1号楼301"), or p: three or four digits that end
// the field.
func cnRoomNumber(b []byte, p int) int {
	e := digitRun(b, p)
	if e-p < 3 || e-p > 4 {
		return p
	}
	if e < len(b) {
		if isAlnum(b[e]) {
			return p
		}
	}
	return e
}

// cnVillageGroup finds the start of a rural address that ends in a
// village's group numbered in words at g ("…刘家沟村四组", "马岭村 七组"):
// an address without a house number, read back from the village.
func (s *scan) cnVillageGroup(g int) (int, bool) {
	b := s.b
	q := g
	for q-3 >= s.floor && g-q < 9 && strings.Contains("一二三四五六七八九十", string(b[q-3:q])) {
		q -= 3
	}
	if q == g || q-3 < s.floor {
		return 0, false
	}
	if b[q-1] == ' ' {
		q--
	}
	if !hasPrefixAt(b, q-3, "村") {
		return 0, false
	}
	return s.cnAddressStart(q)
}

// cnNotVillage open a run ending in 村 that names no village: "本村",
// "我们村", "邻村".
const cnNotVillage = "本该該全各我你他她这這那每同邻鄰此外"

// cnVillageStart finds the start of a village's name that ends (with
// "村") at e, before its group and house number ("红旗村4组41号",
// "李家庄村三组7号"): two to four ideographs after a label, a lead or
// the field's start. Without a division before it, the group and the
// house number are what make it an address.
func (s *scan) cnVillageStart(e int) (int, bool) {
	b := s.b
	if e-3 < s.floor || !hasPrefixAt(b, e-3, "村") {
		return 0, false
	}
	st := e - 3
	for st > s.floor && e-st < 60 {
		r, size := utf8.DecodeLastRune(b[:st])
		if !isHan(r) {
			break
		}
		st -= size
	}
	run := string(b[st : e-3])
	best := 0
	for _, l := range []string{"地址", "住址", "住在", "位于", "家住", "户籍"} {
		if k := strings.LastIndex(run, l); k >= 0 && k+len(l) > best {
			best = k + len(l)
		}
	}
	for k, r := range run {
		if k >= best && strings.ContainsRune(cnLeads, r) {
			best = k + utf8.RuneLen(r)
		}
	}
	name := run[best:]
	if n := utf8.RuneCountInString(name); n < 2 || n > 4 {
		return 0, false
	}
	if r, _ := utf8.DecodeRuneInString(name); strings.ContainsRune(cnNotVillage, r) {
		return 0, false
	}
	return st + best, true
}

// hanRun handles the start of a run of ideographs: a rural address that
// names its divisions down to the village, written without a house
// number ("…省…市…县…镇…村四组"), which no digit triggers; then the
// names of the run (han).
func (s *scan) hanRun(i int) int {
	if s.d.on[PostalAddress] {
		if r, _ := utf8.DecodeLastRune(s.b[max(i-4, 0):i]); i == 0 || !isHan(r) {
			if st, e, ok := s.cnRural(i); ok {
				j := i
				if st > i {
					j = s.han(i) // a name before the address in the same run
				}
				s.emit(PostalAddress, st, e, 0.8, "divisions+village:cn")
				return max(j, e)
			}
		}
	}
	if i >= 2 && s.columns.sep == 0 && s.b[i-1] == ' ' && s.b[i-2] == '|' {
		s.columnKinds(i) // a Markdown table's header, remembered for its rows further down (namecn_round20.go)
	}
	n, out, floor := s.emits, len(s.out), s.floor
	j := s.han(i)
	if s.emits == n {
		s.zh15GivenPairs(i, j) // "红梅和淑芬家", before a recall reads the first alone (namecn_zh15.go)
	}
	if s.emits == n && s.recall.han {
		s.recalledHan(i, j)
		if s.emits == n {
			s.cnRecalledGiven(i, j) // a part of a name found earlier (namecn_zh13.go)
		}
	}
	if s.emits == n {
		s.cnFrameName(i, j) // a person in a sentence's frame (namecn_zh13b.go)
	}
	if s.emits == n {
		s.cnSlotFrame(i, j) // a person in a firm slot, of a word's shape (namecn_zh14.go)
	}
	if s.emits == n {
		s.cnGivenAloneSlot(i, j) // a given name alone (namecn_zh13c.go)
	}
	if s.emits == n {
		s.zh15Frames(i, j) // an invitation's guest, a marriage, a friend (namecn_zh15.go)
	}
	if s.emits == n {
		s.zh16Frames(i, j) // a child before its parent, kin, a head, an elder (namecn_zh16.go)
	}
	if s.emits == n && s.d.nameModelZH != nil {
		s.modelHan(i, j) // what the rules leave, the model reads
	} else if s.d.nameModelZH != nil {
		s.modelBefore(i, out, floor)
	}
	return j
}

// cnRural finds, in the run of ideographs at i, a rural address read by
// the grammar of China's administrative divisions: a province (or a city
// we know), one or two divisions ending in 市, 州, 盟, 地区, 县, 区 or 旗, a
// township (镇, 乡, 街道), a village (村) and the village's group numbered
// in words ("四组"). The run must not go on with a house number, which
// the digit rules read (cnAddressStart).
func (s *scan) cnRural(i int) (start, end int, ok bool) {
	b := s.b
	e := i
	for e < len(b) && e-i < 240 {
		r, size := cnDecodeRune(b[e:])
		if !isHan(r) {
			break
		}
		e += size
	}
	// Most runs hold no village: test the bytes before making a string.
	r := b[i:e]
	if !bytes.Contains(r, []byte("村")) && !bytes.Contains(r, []byte("社区")) || e < len(b) && isDigit(b[e]) {
		return 0, 0, false
	}
	if !bytes.ContainsAny(r, "镇乡鎮鄉") && !bytes.Contains(r, []byte("街道")) {
		// The village alone, its divisions before it parted by spaces or
		// commas (address_cn_round20.go).
		run := string(r)
		if v := cnDivision(run, 0, "村", 6); v > 0 && cnGroupEnd(run, v) == len(run) && !cnGroupAfterSpace(b, e) {
			if st, ok := s.cnRuralChain(i, e); ok {
				return st, e, true
			}
		}
		return 0, 0, false
	}
	run := string(r)
	for k := 0; k < len(run); {
		if end := cnRuralFrom(run, k); end > k {
			if cnVillageBody(run[end:]) {
				return 0, 0, false // "张湾村农村土地承包经营权…" (address_cn_round20.go)
			}
			return s.cnDivisionsBefore(i + k), i + end, true
		}
		_, size := utf8.DecodeRuneInString(run[k:])
		k += size
	}
	return 0, 0, false
}

// cnRuralFrom parses a rural address from k in run (see cnRural) and
// returns its end, or k.
func cnRuralFrom(run string, k int) int {
	p := -1
	for _, n := range cnProvinceNames {
		if strings.HasPrefix(run[k:], n) {
			rest := run[k+len(n):]
			switch {
			case strings.HasPrefix(rest, "省"), strings.HasPrefix(rest, "市"):
				p = k + len(n) + len("省")
			default:
				// "广西壮族自治区", "内蒙古自治区".
				if a := strings.Index(rest[:min(len(rest), 21)], "自治区"); a >= 0 {
					p = k + len(n) + a + len("自治区")
				}
			}
			break
		}
	}
	if p < 0 {
		if c := cnCityAt(run, k); c > 0 {
			p = k + c + len("市")
		} else {
			return cnRuralLoose(run, k) // address_cn_round17.go
		}
	}
	// The prefecture and the county, either of which a text may leave out
	// but not both ("临泉县", "阜阳市临泉县").
	n := 0
	for ; n < 2; n++ {
		q := cnDivision(run, p, "市州盟县区旗縣區", 10) // "大理白族自治州", "黔东南苗族侗族自治州"
		if q == p {
			break
		}
		p = q
	}
	if n == 0 {
		return k
	}
	q := cnDivision(run, p, "镇乡鎮鄉", 6)
	if q == p {
		if a := strings.Index(run[p:min(len(run), p+24)], "街道"); a >= 3 {
			q = p + a + len("街道")
		} else {
			return k
		}
	}
	p = cnDivision(run, q, "村", 6)
	if p == q {
		// Or the residents' community of a town: "桃洪镇东方社区".
		return cnCommunity(run, q, k)
	}
	// The village's group: "四组", "十二组", "第二村民小组".
	return cnGroupEnd(run, p)
}

// cnDivision returns the end of a division's name of one to most
// ideographs at p that ends with one of the markers, or p.
func cnDivision(run string, p int, markers string, most int) int {
	n := 0
	for k, r := range run[p:] {
		if n >= 1 && strings.ContainsRune(markers, r) {
			return p + k + utf8.RuneLen(r)
		}
		if n++; n > most {
			break
		}
	}
	return p
}

// cnRuralBefore finds the start of a rural address (cnRuralFrom) whose
// village ends at i, before its group's number.
func (s *scan) cnRuralBefore(i int) (int, bool) {
	b := s.b
	st := i
	for st > s.floor && i-st < 120 {
		r, size := utf8.DecodeLastRune(b[:st])
		if !isHan(r) {
			break
		}
		st -= size
	}
	run := string(b[st:i])
	for k := 0; k < len(run); {
		if cnRuralFrom(run, k) == len(run) {
			return s.cnDivisionsBefore(st + k), true
		}
		_, size := utf8.DecodeRuneInString(run[k:])
		k += size
	}
	if v := cnDivision(run, 0, "村", 6); v == len(run) {
		return s.cnRuralChain(st, i) // "…汲冢镇 渔港村5组" (address_cn_round20.go)
	}
	return 0, false
}
