package pii

import "strings"

// Session 20 (issue 18): Chinese names read on unforeseen. A freight
// group's handle, the truck's plate prefix then the driver's name ("粤E·
// 郑卫东："); and a table's column that names things, not persons (船名,
// 地块名称, 泊位), whose cells are no names however they begin.

// cnPlateProvinces are the one-character abbreviations of the provinces
// that open a Chinese licence plate.
const cnPlateProvinces = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"

// cnPlateHandle reads a name of two to four ideographs [i, end) after a
// plate's prefix and a middle dot, that a colon ends: "[09:38] 粤E·郑卫东：",
// a driver's handle in a freight group. A surname and a form of address
// ("鲁R·曾师傅") give the surname alone.
func (s *scan) cnPlateHandle(i, end int, n int) (int, bool) {
	b := s.b
	if n < 2 || n > 4 || i < 6 || b[i-1] != 0xB7 || b[i-2] != 0xC2 || !isUpper(b[i-3]) || !hasPrefixAt(b, end, "：") && !hasPrefixAt(b, end, ":") {
		return 0, false
	}
	if !strings.Contains(cnPlateProvinces, string(b[i-6:i-3])) {
		return 0, false
	}
	if cnSurnameAlone(b, i+3) {
		s.emit(PersonName, i, i+3, 0.75, "context:plate+surname")
		return end, true
	}
	if !cnSurnames[cnRune(b, i)] && surnameLen(b, []int{i, i + 3, i + 6}) == 0 {
		return 0, false
	}
	s.emit(PersonName, i, end, 0.8, "context:plate")
	return end, true
}

// cnThingHeaders are words of a column's header over things: a ship's, a
// plot's or a berth's name. Only those unforeseen showed: unmapped's
// report named its kinds, and no header is added for them.
var cnThingHeaders = []string{"船名", "地块", "泊位", "锚地"}

// thingHeaders are a column's headers in Latin letters over words that
// may be surnames but name an occupation or a species there: "| Hausmann |"
// under Beruf, "Whitetail" under Species (the two unforeseen showed).
var thingHeaders = set(`beruf species`)

// cnThingHeader reports whether a header's cell names a column of things.
func cnThingHeader(h []byte) bool {
	for _, w := range cnThingHeaders {
		if strings.Contains(string(h), w) {
			return true
		}
	}
	return len(h) < 24 && thingHeaders[strings.ToLower(strings.TrimSpace(string(h)))]
}

// thingCell reports whether a name found at start fills a cell of a
// column of things (cnThingHeaders, thingHeaders): "| 金海翔 |" under 船名,
// "| Hausmann |" under Beruf.
func (s *scan) thingCell(start int) bool {
	b := s.b
	if start >= len(b) || !cellStart(b, start) && !(start >= 2 && b[start-1] == ' ' && b[start-2] == '|') {
		return false
	}
	m, col, ok := s.columnKinds(start)
	return ok && m.thing>>col&1 == 1
}

// cnEstateFinals end an estate's or a development's name: "万科·欧洲城",
// "金地·林语山庄", "龙湖·天璞府".
const cnEstateFinals = "城府苑园湾庄郡邸轩墅"

// cnEstateFinal reports whether an estate's final character comes at e or
// one character later, right after what reads as a transliterated name
// ("万科·欧|洲城").
func cnEstateFinal(b []byte, e int) bool {
	for k := 0; k < 2 && e+3 <= len(b); k++ {
		r, size := cnDecodeRune(b[e:])
		if !isHan(r) {
			return false
		}
		if strings.ContainsRune(cnEstateFinals, r) {
			return true
		}
		e += size
	}
	return false
}
