package pii

import (
	"strings"
	"unicode/utf8"
)

// Session 16 (issue 18): a Chinese address without a road, an estate's
// name and its building, unit and room after a district or a label, or
// filling a field ("家住临港新区纺织厂宿舍7-2-2504", "回函地址：滨海新区幸福里
// 10幢904", "住址\t金桂园20幢1302"), as people write where they live within
// a district both sides know. Read in the corpus unproven.

// cnEstateEnds end an estate's or a residential compound's name; not an
// office building's (大厦, 广场: "地点：嘉禾大厦12层会议室" is a meeting's).
var cnEstateEnds = []string{"花园", "小区", "新城", "家园", "宿舍", "门第", "公寓", "新村", "名都", "华庭", "社区", "苑", "园", "里", "湾",
	"水岸", "邸", "府", "公馆", "山庄"}

// cnEstateNot end words that cnEstateEnds would take for an estate: a
// park's, a school's, a place's ("沐阳市第二实验幼儿园72号楼").
var cnEstateNot = []string{"家里", "这里", "那里", "公园", "幼儿园", "校园", "动物园", "植物园", "产业园", "科技园", "工业园", "花园里", "区里", "市里", "县里", "镇里", "村里", "城里", "楼里", "店里", "校里", "心里",
	"政府", "学府", "官府"}

// cnEstateLabels end a label or a verb that leads to such an address.
var cnEstateLabels = []string{"地址", "住址", "住所", "收件", "家住", "住在", "寄往", "寄到", "送到", "送至", "住"}

// cnEstateStart returns where an estate address begins whose building
// number starts at i: the ideographs before i end in an estate's word, of
// a name of three characters or more, and name a district (市, 区, 县)
// after a label or a lead, or fill a field; or false.
func (s *scan) cnEstateStart(i int) (int, bool) {
	b := s.b
	st := i
	for st > s.floor && i-st < 60 {
		r, size := utf8.DecodeLastRune(b[:st])
		if !isHan(r) {
			break
		}
		st -= size
	}
	run := string(b[st:i])
	estate := false
	for _, w := range cnEstateEnds {
		if strings.HasSuffix(run, w) && utf8.RuneCountInString(run) >= utf8.RuneCountInString(w)+2 {
			estate = true
			break
		}
	}
	if !estate {
		return 0, false
	}
	for _, w := range cnEstateNot {
		if strings.HasSuffix(run, w) {
			return 0, false
		}
	}
	best := 0
	for _, l := range cnEstateLabels {
		if k := strings.LastIndex(run, l); k >= 0 && k+len(l) > best {
			best = k + len(l)
		}
	}
	best += cnLead(run[best:])
	rest := run[best:]
	if utf8.RuneCountInString(rest) < 3 {
		return 0, false
	}
	if strings.ContainsAny(rest, "市区县") {
		// A district's name first: the text before it led there (a label,
		// a verb) or it opens the field.
		if best == 0 && !cnLeftEdge(b, st) {
			return 0, false
		}
		return st + best, true
	}
	// An estate alone after a label or a lead ("住阳光水岸17栋3单元1602室",
	// session 17) or filling a field: "住址\t金桂园20幢1302"; the field
	// must end after the units (cnEstateAlone), not "碧桂园8栋邻居".
	if best > 0 {
		return st + best, true
	}
	if cnLeftEdge(b, st) && (st == 0 || b[st-1] == '\t' || b[st-1] == '|' || b[st-1] == ';' || b[st-1] == ',' || b[st-1] == ' ' || hasPrefixAt(b[:st], st-3, "：")) {
		return st, true
	}
	return 0, false
}

// cnEstateAlone reports whether an estate address [start, end) that names
// no district ends its field: the text, a line, a cell or a clause ends
// at end.
func cnEstateAlone(b []byte, start, i, end int) bool {
	if strings.ContainsAny(string(b[start:i]), "市区县") {
		return true
	}
	r, _ := utf8.DecodeRune(b[end:])
	return end == len(b) || !isHan(r) && !isAlnum(b[end])
}
