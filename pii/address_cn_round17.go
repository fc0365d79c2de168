package pii

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// Session 17 (issue 18): Chinese address shapes written from how addresses
// are written (a province without 省, a house number with a dash, a town's
// residents' community) and read on unvisited (rural addresses with no
// known city or with spaced divisions, a labelled village's group, chains
// of parts written with commas).

// cnProvinceBefore returns where a province's name written without "省"
// or "自治区" ends right before k in run ("广东深圳市", "宁夏银川市",
// "内蒙古包头市"), as people write them, or k.
func cnProvinceBefore(run string, k int) int {
	for _, p := range cnProvinceNames {
		if strings.HasSuffix(run[:k], p) {
			return k - len(p)
		}
	}
	return k
}

// cnNumberEnd returns the end of a house number written as two numbers
// with a dash whose first ends at k ("民族大道136-5号"), or k.
func cnNumberEnd(b []byte, k int) int {
	if k+1 < len(b) && b[k] == '-' && isDigit(b[k+1]) {
		if e := digitRun(b, k+1); e-k <= 4 {
			return e
		}
	}
	return k
}

// cnCommunity returns the end of a residents' community (社区) of two to
// four ideographs at q, the last division of a town's address
// ("…桃洪镇东方社区"), or k.
func cnCommunity(run string, q, k int) int {
	a := strings.Index(run[q:min(len(run), q+18)], "社区")
	if a < 6 {
		return k
	}
	e := q + a + len("社区")
	// Not the community's own offices: "花家地社区居委会", "…社区卫生服务中心".
	for _, o := range []string{"居委", "居民委员会", "党", "工作站", "服务", "卫生", "医院", "食堂", "委员会"} {
		if strings.HasPrefix(run[e:], o) {
			return k
		}
	}
	return e
}

// cnRuralLoose parses a rural address from k, the start of a run of
// ideographs, that names no province or city we know: a county or a
// district or two, or none ("渭滨区黄田镇石门村", "白沙镇杨柳村"), then a
// township (镇, 乡) and a village of two to four characters each; it
// returns the village's end, or k.
func cnRuralLoose(run string, k int) int {
	// At the run's start, or after a label that opens it ("地址周口市…",
	// address_cn_round20.go).
	if l := cnRuralLabelAt(run); k != l {
		return k
	}
	p := k
	for n := 0; n < 2; n++ {
		q := cnDivision(run, p, "市区县旗州縣區", 4)
		if q == p || cnDivisionLike[run[p:q]] || cnDivisionLike[lastRunes(run[p:q], 2)] {
			break
		}
		p = q
	}
	q := cnDivision(run, p, "镇乡鎮鄉", 4)
	if q == p || q-p < 6 {
		return k
	}
	v := cnDivision(run, q, "村", 4)
	if v-q < 9 || cnDivisionLike[lastRunes(run[q:v], 2)] {
		return k
	}
	if r, _ := utf8.DecodeRuneInString(run[q:]); strings.ContainsRune(cnNotVillage, r) {
		return k
	}
	return cnGroupEnd(run, v)
}

// lastRunes returns the last n runes of s.
func lastRunes(s string, n int) string {
	e := len(s)
	for ; n > 0 && e > 0; n-- {
		_, size := utf8.DecodeLastRuneInString(s[:e])
		e -= size
	}
	return s[e:]
}

// cnDivisionsBefore returns where a chain of divisions parted by spaces or
// commas begins before a rural address at st ("湖南省 株洲市 芦淞区 白沙镇
// 新塘村", "湖南省，株洲市，芦淞区，清水乡新塘村7组"), or st.
func (s *scan) cnDivisionsBefore(st int) int {
	b := s.b
	for n := 0; n < 4; n++ {
		sep := cnSpaceBefore(b, st)
		if sep == 0 {
			sep = cnBreakBefore(b, st)
			if sep > 0 && b[st-1] == '\n' {
				break // a division on the line above is another field's
			}
		}
		if sep == 0 || st-sep <= s.floor {
			break
		}
		p := st - sep
		q := p
		for q > s.floor && p-q < 21 {
			r, size := utf8.DecodeLastRune(b[:q])
			if !isHan(r) {
				break
			}
			q -= size
		}
		if p-q < 6 || !cnDivisionEnds(b[q:p]) || !cnDivisionBefore(b[q:p]) {
			break
		}
		// The divisions, not the label or the verb before them: "改到镜湖区".
		if k := cnRunStart(string(b[q:p])); p-q-k >= 6 {
			st = q + k
			if k > 0 {
				break
			}
		} else {
			break
		}
	}
	return st
}

// cnEstateNotStart open words after a house number that name no estate
// but say something about the place: "…90号的合作医院", "…5号对面的小区".
var cnEstateNotStart = []string{"的", "对面", "對面", "旁边", "旁邊", "附近", "门口", "門口", "楼下", "樓下", "隔壁", "斜对面"}

// cnPlaceLabels end labels of a place: "地点", "地址", "住址".
var cnPlaceLabels = []string{"地点", "地點", "地址", "住址", "住所", "居住地", "所在地", "户籍地", "住处"}

// cnPlaceLabelBefore reports whether a label of a place and its colon end
// right before p: "拟建地点：".
func cnPlaceLabelBefore(b []byte, p int) bool {
	switch {
	case p >= 3 && string(b[p-3:p]) == "：":
		p -= 3
	case p >= 1 && b[p-1] == ':':
		p--
	default:
		return false
	}
	for _, l := range cnPlaceLabels {
		if p >= len(l) && hasPrefixAt(b, p-len(l), l) {
			return true
		}
	}
	return false
}

// cnEstateNamed reports whether the parts after a house number and a
// comma are an estate's numbered units: digits first ("3号楼"), or an
// estate's name then digits ("碧桂苑小区8栋3单元801"); not a code
// ("取件码8-2-2268").
func cnEstateNamed(t []byte) bool {
	d := bytes.IndexAny(t, "0123456789")
	if d < 0 {
		return false
	}
	name := string(t[:d])
	if name == "" {
		return true
	}
	for _, ws := range [][]string{cnEstateEnds, cnEstateSuffixes, cnEstateWords} {
		for _, w := range ws {
			if strings.HasSuffix(name, w) {
				return true
			}
		}
	}
	return false
}
