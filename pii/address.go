package pii

import (
	"strings"
	"unicode/utf8"
)

// usStreetSuffixes are the street suffixes of USPS Publication 28 (C1).
// They are looked up as written and in capitals ("LAKEVIEW GRV"): shipping
// labels and bill-to lines are often written all in capitals.
var usStreetSuffixes = withUpper(addWords(map[string]bool{}, "usps_suffixes.txt"))

// usUnits are its secondary unit designators (C2).
var usUnits = withUpper(addWords(map[string]bool{}, "usps_units.txt"))

// withUpper adds the capitalised spelling of every word of m.
func withUpper(m map[string]bool) map[string]bool {
	for w := range m {
		m[strings.ToUpper(w)] = true
	}
	return m
}

var usStates = set(`AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM
NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR GU VI AS MP AA AE AP`)

// deStreetSuffixes end German street names. The northern types
// ("Twiete", "Graben", "Deich", "Steg", "Kamp") are as common there as
// "Weg"; "Hain" and "Winkel", words of their own, are left out.
var deStreetSuffixes = []string{"straße", "strasse", "str.", "weg", "platz", "allee", "gasse", "ring", "damm",
	"ufer", "chaussee", "steig", "pfad", "markt", "promenade", "stieg", "twiete", "graben", "deich", "steg", "kamp"}

// cnRoadMarkers end the part before a house number: a road, street, lane or
// section, or a village ("南王庄村128号").
var cnRoadMarkers = []string{"路", "街", "道", "巷", "弄", "胡同", "段", "村", "組", "组", "衚衕", "巷子", "堤"}

var cnProvinceNames = []string{"北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江",
	"安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃",
	"青海", "台湾", "内蒙古", "广西", "西藏", "宁夏", "新疆", "香港", "澳门"}

const maxAddress = 200

// address tries a postal address around the digit run [i, k): a Chinese
// address ending in a house number ("…建国路88号"), a German one with the
// number after the street ("Hauptstraße 5, 10115 Berlin"), or a US one with
// the number first ("1600 Pennsylvania Avenue NW, Washington, DC 20500").
func (s *scan) address(i, k int) (start, end int, validation string, ok bool) {
	b := s.b
	if h := cnNumberEnd(b, k); hasPrefixAt(b, h, "号") || hasPrefixAt(b, h, "號") {
		if start, ok := s.cnAddressStart(i); ok {
			return start, cnAddressTail(b, h+len("号")), "road+house-number:cn", true
		}
	}
	// A rural address whose village's group is numbered in digits:
	// "…镇刘楼村10组" (cnRural reads the same with the group in words).
	// A house number after the group is read from its own digits
	// ("…村4组41号").
	if k-i <= 2 && (hasPrefixAt(b, k, "组") || hasPrefixAt(b, k, "組")) && i >= 3 && hasPrefixAt(b, i-3, "村") && !(k+3 < len(b) && isDigit(b[k+3])) {
		if start, ok := s.cnRuralBefore(i); ok {
			return start, k + len("组"), "divisions+village:cn", true
		}
		// A village and its group alone as a labelled field's value:
		// "拟建地点：下坝村11组" (address_cn_round17.go).
		if start, ok := s.cnVillageStart(i); ok && cnPlaceLabelBefore(b, start) {
			return start, k + len("组"), "village+group:cn", true
		}
	}
	// House numbers have at most five digits; a box's may have six
	// ("Postfach 852672").
	if k-i <= 3 && (hasPrefixAt(b, k, "樓") || hasPrefixAt(b, k, "楼")) {
		if start, ok := s.hkBuildingStart(i); ok {
			if end := cnUnitParts(b, i); end > k {
				return start, end, "estate+floor:hk", true
			}
		}
	}
	// An estate's building and room with no road: "纺织厂宿舍7-2-2504"
	// (address_cn_round16.go).
	if k-i <= 3 && i >= 6 && b[i-1] >= 0x80 {
		e := cnUnitParts(b, i)
		if e > k {
			e = cnRoomNumber(b, e) // "10幢904"
		}
		if e = max(e, cnDashUnits(b, i)); e > k {
			if start, ok := s.cnEstateStart(i); ok && cnEstateAlone(b, start, i, e) {
				return start, e, "estate+units:cn", true
			}
		}
	}
	if k-i > 6 {
		return 0, 0, "", false
	}
	if k-i <= 5 && i >= 2 && (b[i-1] == ' ' || b[i-1] == '.' && i >= 4 && (hasPrefixAt(b, i-4, "str.") || hasPrefixAt(b, i-4, "Str."))) {
		floor, over := s.floor, s.streetOverName(i)
		if over || s.lastIsNameBefore(i) && s.floor == i-1 {
			s.floor = s.nameFloor
		}
		start, end, ok := s.deAddress(i, k)
		if ok && s.floor != floor && !over && !hasPostcode(b[k:end]) {
			// A name before the number ("Lange Reihe 120") is a street's
			// only with a postcode after it.
			s.floor = floor
			start, end, ok = s.deAddress(i, k)
		}
		s.floor = floor
		if ok && !usStreetInside(b, k, end) {
			if cellStart(b, start) || start >= 2 && b[start-2] == '|' {
				s.streetColumn(start) // its table's header, remembered for rows further down (address_de_round20.go)
			}
			return start, end, "street-suffix:de", true
		}
		if c := b[i-2]; isLower(c) || c >= 0x80 || c == '.' && i >= 5 && hasPrefixAt(b, i-5, "str.") {
			if start, end, ok := s.deLowerAddress(i, k); ok {
				return start, end, "street+postcode-city:de", true
			}
		}
	}
	// The minutes of a clock's time ("15:40 ALERT Green Line") are no
	// house number.
	// A box's number is no house number: "PO Box 4299 Little Rock, AR"
	// is read by usBox below.
	if k-i <= 5 && k < len(b) && b[k] == ' ' && !(i >= 2 && b[i-1] == ':' && isDigit(b[i-2])) && !boxBefore(b, i) {
		if end, ok := usAddress(b, k+1); ok && end-i <= maxAddress {
			return s.usUnitBefore(i), end, "street-suffix:us", true
		}
		if k+1 < len(b) && (isLower(b[k+1]) || isDigit(b[k+1])) && leftOK(b, i) {
			if end, ok := usLowerAddress(b, k+1, usLowerCued(b, i)); ok && end-i <= maxAddress {
				return i, end, "street-suffix+city-line:us", true
			}
		}
	}
	// A house number with a fraction (Publication 28, 2.4): "123 1/2 Elm St".
	if k-i <= 5 && k+5 < len(b) && b[k] == ' ' && (hasPrefixAt(b, k+1, "1/2 ") || hasPrefixAt(b, k+1, "1/4 ") || hasPrefixAt(b, k+1, "3/4 ")) && leftOK(b, i) {
		if end, ok := usAddress(b, k+5); ok && end-i <= maxAddress {
			return i, end, "street-suffix:us", true
		}
	}
	// A house number with a letter or a half: "14A Oak St", "224½ Elm Ct".
	if k-i <= 5 && k+2 < len(b) && (isUpper(b[k]) || b[k] == '-' || b[k] == 0xC2) {
		if end, ok := usLetteredNumber(b, i, k); ok {
			return i, end, "street-suffix:us", true
		}
	}
	// A house number with a hyphen, as in Queens: "691-21 River Expy".
	if k-i <= 5 && k+2 < len(b) && b[k] == '-' && isDigit(b[k+1]) && leftOK(b, i) {
		// A season or a range of years ("2024-25") is a house number only
		// with its city line's ZIP code.
		year := k-i == 4 && (b[i] == '1' && b[i+1] == '9' || b[i] == '2' && b[i+1] == '0')
		if e := digitRun(b, k+1); e-k-1 <= 3 && e+1 < len(b) && b[e] == ' ' {
			if end, ok := usAddress(b, e+1); ok && end-i <= maxAddress && (!year || isDigit(b[end-1])) {
				return i, end, "street-suffix:us", true
			}
			if end, ok := usLowerAddress(b, e+1, usLowerCued(b, i)); ok && end-i <= maxAddress {
				return i, end, "street-suffix+city-line:us", true
			}
		}
	}
	// Every opener of a box ends in one of these letters ("Box", "RR", "rr", "R.R.",
	// "Route", "HC", "PSC", "Unit", "POB", "Postfach", "POSTFACH"): most
	// numbers after a word are ruled out by one byte.
	if c := b[max(i-2, 0)]; i >= 3 && b[i-1] == ' ' && (c == 'x' || c == 'R' || c == 'e' || c == 'C' || c == 't' || c == 'B' || c == 'h' || c == 'X' || c == 'E' || c == 'T' || c == 'H' || c == '.' && b[i-3] == 'R' || c == 'r' && b[i-3] == 'r') {
		floor := s.floor
		if s.boxOverName(i) {
			s.floor = s.nameFloor
		}
		start, end, ok := s.usBox(i, k)
		s.floor = floor
		if ok {
			return start, end, "po-box:us", true
		}
		if start, end, ok := s.dePostfach(i, k); ok {
			return start, end, "postfach:de", true
		}
	}
	return 0, 0, "", false
}

// usStreetInside reports whether the postcode that a German address read
// over [k, end) is a US house number whose street goes on past end: "SUN
// 1-3 | 1889 Lakeview Boulevard, Lexington, KY" is an open house's hours
// and a US address, not a street "SUN" and a town "1889 Lakeview".
func usStreetInside(b []byte, k, end int) bool {
	for q := end - 1; q > k; q-- {
		if isDigit(b[q]) && !isDigit(b[q-1]) && q-1 > k && (b[q-1] == ' ' || b[q-1] == '\n') {
			d := digitRun(b, q)
			if d < end && b[d] == ' ' {
				_, ok := usAddress(b, d+1)
				return ok
			}
			return false
		}
	}
	return false
}

// boxBefore reports whether the number at i follows "Box " in any case.
func boxBefore(b []byte, i int) bool {
	return i >= 4 && b[i-1] == ' ' && (b[i-2] == 'x' || b[i-2] == 'X') && (hasPrefixAt(b, i-4, "Box") || hasPrefixAt(b, i-4, "BOX") || hasPrefixAt(b, i-4, "box"))
}

// lastIsNameBefore reports whether the last finding is a person name
// ending at most a few bytes before i on the same line.
func (s *scan) lastIsNameBefore(i int) bool {
	if s.floor <= s.nameStart || s.floor > i || i-s.floor > 12 || s.nameFloor > s.nameStart ||
		len(s.out) <= s.first || s.out[len(s.out)-1].Type != PersonName || int(s.out[len(s.out)-1].End-s.base) != s.floor {
		return false
	}
	for _, c := range s.b[s.floor:i] {
		if c == '\n' {
			return false
		}
	}
	return true
}

// boxOverName reports whether the last finding is a person name that is
// really a box's opener before the number at i ("Rural Route", "Post
// Office Box" after a label).
func (s *scan) boxOverName(i int) bool {
	if !s.lastIsNameBefore(i) {
		return false
	}
	w := string(s.b[s.nameStart:i])
	for _, o := range usBoxOpeners {
		if len(o) > 4 && strings.HasPrefix(o, w) {
			return true
		}
	}
	return false
}

// hasPostcode reports whether b holds a run of four or five digits.
func hasPostcode(b []byte) bool {
	for j := 0; j < len(b); j++ {
		if isDigit(b[j]) {
			e := digitRun(b, j)
			if n := e - j; n == 4 || n == 5 {
				return true
			}
			j = e
		}
	}
	return false
}

// deDeterminers open a sentence before a street-type word, never a
// street's name.
var deDeterminers = set(`der die das den dem des ein eine einer einem einen diese dieser dieses diesem jede jeder
jedes ihre ihrer seine seiner meine meiner unsere unserer keine jene welche alle`)

// streetOverName reports whether the last finding is a person name that
// is really the start of the street before the house number at i: it
// ends on the same line, at most a few words before, and is a street's
// word ("Talstr", "Auf" of "Auf dem Berg").
func (s *scan) streetOverName(i int) bool {
	if !s.lastIsNameBefore(i) {
		return false
	}
	w := strings.ToLower(string(s.b[s.nameStart:s.floor]))
	if deStreetPrepositions[w] {
		return true
	}
	for _, suf := range deStreetSuffixes {
		if strings.HasSuffix(w, strings.TrimSuffix(suf, ".")) {
			return true
		}
	}
	return false
}

// deStreetStart finds the start of a German street name ending at sp (the
// space before the house number).
func (s *scan) deStreetStart(sp int) (int, bool) {
	b := s.b
	st := sp
	for st > s.floor && sp-st < 40 && (isAlpha(b[st-1]) || b[st-1] >= 0x80 || b[st-1] == '-' || b[st-1] == '.') {
		st--
	}
	if st == sp || !isUpper(b[st]) || !leftOK(b, st) {
		return 0, false
	}
	w := strings.ToLower(string(b[st:sp]))
	for _, suf := range deStreetSuffixes {
		if strings.HasSuffix(w, suf) && len(w) > len(suf) {
			// Not a numbered spot: "Stellplatz 14", "Lagerplatz 26-5b"
			// (address_de_round17.go); nor an English word, whose stem
			// before "ring" is too short for a German street's ("Spring
			// 2025", "String 3"; address_us_round20.go).
			return st, !deSpots[w] && !(suf == "ring" && len(w) < 7)
		}
		// w == suf || w == suf+".", without building suf+"." per suffix.
		if w == suf || len(w) == len(suf)+1 && w[len(suf)] == '.' && w[:len(suf)] == suf {
			break
		}
	}
	// Two words: "Unter den Linden" is not handled; "Am Markt 3", "Alte Gasse 3" are.
	if st >= 2 && b[st-1] == ' ' {
		for _, suf := range deStreetSuffixes {
			if strings.EqualFold(string(b[st:sp]), suf) {
				p := st - 1
				q := p
				for q > s.floor && sp-q < 50 && (isAlpha(b[q-1]) || b[q-1] >= 0x80) {
					q--
				}
				// Not an article or determiner opening a sentence: "Die
				// Straße 5 Kilometer entfernt".
				if q < p && isUpper(b[q]) && leftOK(b, q) && !inLower(deDeterminers, b[q:p]) {
					return q, true
				}
			}
		}
	}
	return 0, false
}

// cnAddressStart finds the start of a Chinese address whose house number
// begins at i: the run of ideographs before it must end with a road marker
// and name a city, district or county; the address starts at a province
// name when there is one.
func (s *scan) cnAddressStart(i int) (int, bool) {
	b := s.b
	st := i
	// One space may part the road from its number: "人民南路 692号".
	if sp := cnSpaceBefore(b, i); sp > 0 && i-sp > s.floor {
		if r, _ := utf8.DecodeLastRune(b[:i-sp]); isHan(r) {
			st = i - sp
		}
	}
	for st > s.floor && i-st < 120 {
		r, size := utf8.DecodeLastRune(b[:st])
		if !isHan(r) {
			// One space may part the divisions: "甘肃省 兰州市 城关区", "北京
			// 朝阳区"; not a word before them ("小龙妈妈 梁溪区…", "物业费
			// 北京路72号").
			if sp := cnSpaceBefore(b, st); sp > 0 && st-sp > s.floor && st < i {
				if r2, _ := utf8.DecodeLastRune(b[:st-sp]); isHan(r2) && cnDivisionBefore(b[s.floor:st-sp]) {
					st -= sp
					continue
				}
			}
			// So may a comma or a line break after a division's
			// character: "上海市闵行区，迎宾路12号", "沿江区\n长江巷601号"
			// (address_cn_round15.go).
			if sep := cnBreakBefore(b, st); sep > 0 && st-sep > s.floor && st < i && cnDivisionEnds(b[s.floor:st-sep]) {
				st -= sep
				continue
			}
			break
		}
		st -= size
	}
	if st == i {
		return 0, false
	}
	// A lane off a road: "南京东路467弄6号" is read from the road.
	te := i // the run's end, without the space before the number
	if sp := cnSpaceBefore(b, te); sp > 0 && te-sp > st {
		te -= sp
	}
	if r := b[st:te]; string(r) == "弄" || string(r) == "组" || string(r) == "組" || string(r) == "队" || string(r) == "隊" || string(r) == "巷" {
		if d := st; d > s.floor && isDigit(b[d-1]) {
			for d > s.floor && st-d < 6 && isDigit(b[d-1]) {
				d--
			}
			if start, ok := s.cnAddressStart(d); ok {
				return start, true
			}
			// A village's group and house, with no division before:
			// "红旗村4组41号" in a list of a village's households.
			if r := string(b[st:te]); r != "弄" && r != "巷" {
				return s.cnVillageStart(d)
			}
		}
		return 0, false
	}
	te = cnNumberPrefixed(b, st, te) // "育才街乙71号" (address_cn_round20.go)
	run := string(b[st:te])
	if strings.HasSuffix(run, " ") || strings.HasSuffix(run, "　") || run == "" {
		return 0, false
	}
	// A village's group numbered in words: "红旗村四组12号".
	if strings.HasSuffix(run, "组") || strings.HasSuffix(run, "組") {
		g := strings.TrimRight(run[:len(run)-len("组")], "一二三四五六七八九十")
		if len(g) < len(run)-len("组") && strings.HasSuffix(g, "村") && !strings.ContainsAny(g, "市区县镇乡省區縣鎮鄉") {
			return s.cnVillageStart(st + len(g))
		}
	}
	if cnRoadEnd(run) && !strings.ContainsAny(run, "市区县镇乡省區縣鎮鄉") {
		// A road and its number alone: "放到文三路128号" (address_cn_round15.go).
		if k := cnBareRoad(run); k >= 0 && cnHouseNumber(b, i) {
			return st + k, true
		}
	}
	if !cnRoadEnd(run) || !strings.ContainsAny(run, "市区县镇乡省區縣鎮鄉") && !strings.Contains(run, "街道") && !strings.Contains(run, "香港") &&
		!strings.Contains(run, "九龍") && !strings.Contains(run, "九龙") && !strings.Contains(run, "新界") &&
		!strings.Contains(run, "澳門") && !strings.Contains(run, "澳门") {
		return 0, false
	}
	best := cnRunStart(run)
	if best >= len(run) {
		return 0, false
	}
	return st + best, true
}

// cnRunStart returns where the divisions begin in a run of ideographs
// that ends in an address's part: at a province that names itself as
// one, or at a city we know, or after the label or the verb that leads
// there.
func cnRunStart(run string) int {
	best := -1
	for _, p := range cnProvinceNames {
		// A province names itself as one ("广东省", "北京市", "广西壮族自治区"),
		// not a road that borrows its name ("黄河北路").
		for k := 0; k >= 0 && k < len(run); {
			f := strings.Index(run[k:], p)
			if f < 0 {
				break
			}
			f += k
			if rest := run[f+len(p):]; strings.HasPrefix(rest, "省") || strings.HasPrefix(rest, "市") ||
				strings.Contains(rest[:min(len(rest), 18)], "自治区") {
				if best < 0 || f < best {
					best = f
				}
				break
			}
			k = f + len(p)
		}
	}
	// Or the city, when it comes first ("深圳市南山区…").
	for k := 0; k < len(run) && (best < 0 || k < best); {
		if c := cnCityAt(run, k); c > 0 {
			best = cnProvinceBefore(run, k) // "广东深圳市…", "宁夏银川市…"
			break
		}
		_, size := utf8.DecodeRuneInString(run[k:])
		k += size
	}
	if best < 0 {
		// Nor a city we know: start after a label such as "地址" or "住在",
		// or after the verb or copula that leads to the first division
		// ("寄到", "我是", "确定为", "原址").
		best = 0
		for _, l := range []string{"地址", "住址", "住在", "位于", "寄往", "送至", "家住", "住所地", "所在地", "居住地", "户籍地", "户籍"} {
			if k := strings.LastIndex(run, l); k >= 0 && k+len(l) > best {
				best = k + len(l)
			}
		}
		best += cnLead(run[best:])
	}
	return best
}

// hkBuildingStart finds the start of a Hong Kong address without a street
// number, whose floor begins at i: a region, a district, an estate (邨, 苑)
// and a block ("新界沙田禾輋邨豐順樓15樓1503室").
func (s *scan) hkBuildingStart(i int) (int, bool) {
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
	if !(strings.HasSuffix(run, "樓") || strings.HasSuffix(run, "楼") || strings.HasSuffix(run, "閣") ||
		strings.HasSuffix(run, "阁") || strings.HasSuffix(run, "座")) || !strings.ContainsAny(run, "邨苑") {
		return 0, false
	}
	for k := 0; k < len(run); {
		if cnRegionAt(run, k) {
			return st + k, true
		}
		_, size := utf8.DecodeRuneInString(run[k:])
		k += size
	}
	return 0, false
}

// cnLeads are the characters that end what leads to an address in a
// sentence: a verb of sending or living, a copula, a label ("寄到",
// "我是", "确定为", "住", "原址", "给").
//
// Looking and going lead there too ("想再看看海淀区…", "去朝阳区…"):
// no district's name holds 看, 去 or 搬. Setting out does too ("从朝阳区…
// 出发"); 从 begins one district's name, 从化 (see cnLead).
const cnLeads = "到至为為是在住址于於往给給向寄看去搬从從"

// cnLead returns the length of what leads to the address in run: up to
// the last lead character before the first division that has a name of
// two characters or more after it ("原址|市中区", "寄到|九龍"), or 0.
func cnLead(run string) int {
	lead := 0
	for k, r := range run {
		// Nor does a lead's character that opens the run and a county's
		// name of two: "从江县", "于都县" (address_cn_round20.go).
		if strings.ContainsRune(cnLeads, r) && !((r == '从' || r == '從') && strings.HasPrefix(run[k+len("从"):], "化")) &&
			!(k == 0 && cnCountyOfTwo(run)) {
			lead = k + utf8.RuneLen(r)
			continue
		}
		if k-lead >= len("市中") && (strings.ContainsRune("市区县镇乡區縣鎮鄉", r) || cnRegionAt(run, k-len("香港")) ||
			r == '州' && k >= len("自治") && run[k-len("自治"):k] == "自治") || // "黔东南苗族侗族自治州从江县"
			cnRegionAt(run, k) && lead == k {
			return lead
		}
	}
	return 0
}

// cnRegionAt reports whether a Hong Kong or Macau region's name starts at k.
func cnRegionAt(run string, k int) bool {
	if k < 0 {
		return false
	}
	for _, n := range []string{"香港", "九龍", "九龙", "新界", "澳門", "澳门"} {
		if strings.HasPrefix(run[k:], n) {
			return true
		}
	}
	return false
}

// cnRoadEnd reports whether run ends with a road marker, or with a road
// and the quarter of it a Hong Kong street names ("皇后大道中", "德輔道西").
func cnRoadEnd(run string) bool {
	for _, q := range []string{"中", "東", "西", "南", "北", "东"} {
		if strings.HasSuffix(run, q) {
			if r := strings.TrimSuffix(run, q); strings.HasSuffix(r, "道") || strings.HasSuffix(r, "路") || strings.HasSuffix(r, "街") {
				return true
			}
		}
	}
	for _, m := range cnRoadMarkers {
		if strings.HasSuffix(run, m) {
			return true
		}
	}
	// A lane or a quarter named "…里" ("幸福里", "和平里", "安华里"), not a
	// place said "there" or "in" ("那里", "区里", "家里") nor a distance.
	if r := strings.TrimSuffix(run, "里"); len(r) < len(run) && utf8.RuneCountInString(r) >= 2 {
		q, _ := utf8.DecodeLastRuneInString(r)
		return !strings.ContainsRune("这那哪這公英千万萬区市县镇乡村城家屋院心店校楼里區縣鎮鄉樓", q)
	}
	return false
}

// cnSpaceBefore returns the length of an ASCII or ideographic space ending
// at p, or 0.
func cnSpaceBefore(b []byte, p int) int {
	if p >= 1 && b[p-1] == ' ' {
		return 1
	}
	if p >= 3 && string(b[p-3:p]) == "　" {
		return 3
	}
	return 0
}
