package pii

import "unicode/utf8"

// cnCaseCauses are the first words of the causes of action that a Chinese
// judgment names right after its parties, with no punctuation between
// (the Supreme People's Court's 民事案件案由规定): "原告张强与被告魏熙房屋租赁
// 合同纠纷一案", "被告李娜民间借贷纠纷".
var cnCaseCauses = []string{"房屋", "合同", "买卖", "借款", "民间借贷", "劳动", "劳务", "提供劳务", "离婚", "机动车", "交通", "租赁", "侵权",
	"财产", "股权", "服务", "物业", "建设工程", "名誉权", "生命权", "健康权", "人身", "继承", "赡养", "抚养", "扶养", "债权", "债务", "追偿",
	"返还", "不当得利", "排除妨害", "损害", "保险", "金融", "信用卡", "商品房", "土地", "承揽", "运输", "买卖合同", "分家析产", "共有",
	"相邻", "婚约", "同居", "装饰装修", "装修", "委托", "居间", "储蓄", "借贷", "医疗", "产品", "网络", "隐私权", "肖像权", "追索"}

// cnCaseCause reports whether a cause of action begins at offs[e] and the
// run (which ends at offs[n]) goes on to "纠纷" or "案": the party's name
// ends at e.
func cnCaseCause(b []byte, offs []int, e, n int) bool {
	if e >= n {
		return false
	}
	found := false
	for _, c := range cnCaseCauses {
		if hasPrefixAt(b, offs[e], c) {
			found = true
			break
		}
	}
	if !found {
		return false
	}
	for k := e + 1; k < n; k++ {
		if r := cnRune(b, offs[k]); r == '案' || r == '纠' && hasPrefixAt(b, offs[k], "纠纷") {
			return true
		}
	}
	return false
}

// cnMinorityInRun finds a Tibetan, Mongolian or Uyghur name of four to
// eight characters anywhere in the run at offs, made of two parts or more
// of cnMinorityParts, each of two characters or more ("扎西顿珠",
// "阿不都热合曼", "乌兰图雅"): no Chinese word is built so, whatever is
// around it ("邻居次仁卓玛家", "快递员扎西顿珠正在派送"). A name that
// one longer part makes ("古丽娜尔") counts as well.
func (s *scan) cnMinorityInRun(offs []int, n int) (int, bool) {
	b := s.b
	if n < 4 || n >= 24 {
		return 0, false
	}
	for h := 0; h+4 <= n; h++ {
		if !cnMinorityAt(b, offs[h]) {
			continue
		}
		for e := min(n, h+8); e >= h+4; e-- {
			if cnMinorityLong(b, offs[h:e+1]) {
				s.emit(PersonName, offs[h], offs[e], 0.75, "minority:parts")
				return offs[e], true
			}
		}
	}
	return 0, false
}

// cnMinorityLong reports whether the ideographs at offs (all of them)
// split into parts of cnMinorityParts of two characters or more each: two
// parts or more, or one of four characters or more.
func cnMinorityLong(b []byte, offs []int) bool {
	n := len(offs) - 1
	if n >= 4 && cnMinorityParts[string(b[offs[0]:offs[n]])] {
		return true
	}
	// parts[k]: the fewest parts the first k characters split into, or 0.
	var parts [9]int
	for k := 0; k < n; k++ {
		if k > 0 && parts[k] == 0 {
			continue
		}
		for l := 2; l <= 4 && k+l <= n; l++ {
			if cnMinorityParts[string(b[offs[k]:offs[k+l]])] && (parts[k+l] == 0 || parts[k+l] > parts[k]+1) {
				parts[k+l] = parts[k] + 1
			}
		}
	}
	return parts[n] >= 2
}

// cnNotFamily reports whether the candidate [offs[from], offs[e]) is a
// surname and "家", a family rather than a person ("邻居王家"), before the
// relation rules read "家" as a word after a person ("邻居何勇秀家").
func cnNotFamily(b []byte, offs []int, from, e int) bool {
	r, _ := utf8.DecodeLastRune(b[offs[from]:offs[e]])
	return r == '家'
}

// modelBefore reads with the model the ideographs of the run at i that come
// before the first name the rules found later in it (from s.out[out]):
// "原告常小红与被告阮金宝…" where the rules know only the second party. The
// look-backs stop at floor, where they stopped before the run.
func (s *scan) modelBefore(i, out, floor int) {
	if len(s.out) <= out || s.out[out].Type != PersonName {
		return
	}
	first := int(s.out[out].Start - s.base)
	if first-i < 6 {
		return
	}
	saved := append([]Finding(nil), s.out[out:]...)
	after := s.floor
	s.out, s.floor = s.out[:out], floor
	s.modelHan(i, first)
	s.out, s.floor = append(s.out, saved...), after
}

// cnSelfCues are the words a person introduces themselves or another
// with before the name, in a run of its own: "我叫莫日根", "本人巴特尔".
var cnSelfCues = []string{"我叫", "我是", "名叫", "叫做", "本人", "感谢", "谢谢"}

// cnMinorityCued finds a Tibetan, Mongolian or Uyghur name of two
// characters or more inside a run where a person stands: after a word of
// cnSelfCues or a role's last character ("租客次仁", "司机巴特尔"), or
// opening a field of its own, three characters or more; and before the
// run's end, a word that follows a person, a form of address or a word of
// kinship ("莫日根说", "莫日根师傅", "次仁妈妈").
func (s *scan) cnMinorityCued(i int, offs []int, n int) (int, bool) {
	b := s.b
	if n >= 24 {
		return 0, false
	}
	for h := 0; h+2 <= n; h++ {
		if !cnMinorityAt(b, offs[h]) {
			continue
		}
		least := 3
		switch {
		case h == 0:
			if !cnLeftEdge(b, i) {
				continue
			}
		case cnRoleEnd[cnRune(b, offs[h-1])]:
			least = 2
		default:
			cue := false
			for _, c := range cnSelfCues {
				if w := utf8.RuneCountInString(c); h >= w && hasPrefixAt(b, offs[h-w], c) {
					cue = true
					break
				}
			}
			if !cue {
				continue
			}
			least = 2
		}
		for e := min(n, h+8); e >= h+least; e-- {
			if cnPersonAfter(b, offs, e, n) && cnMinorityName(b, offs[h:e+1]) {
				s.emit(PersonName, offs[h], offs[e], 0.75, "context+minority-cued")
				return offs[e], true
			}
		}
	}
	return 0, false
}

// cnPersonAfter reports whether what follows a person ends a name at
// offs[e] in the run that ends at offs[n]: the run's end at a separator, a
// word of cnRelAfter, a form of address or a word of kinship.
func cnPersonAfter(b []byte, offs []int, e, n int) bool {
	if e == n {
		return cnRightEdge(b, offs[n])
	}
	if cnHonorificAt(b, offs[e]) {
		return true
	}
	for _, w := range cnRelAfter {
		if hasPrefixAt(b, offs[e], w) {
			return true
		}
	}
	for _, w := range cnKinWords {
		if hasPrefixAt(b, offs[e], w) {
			return true
		}
	}
	return false
}

// cnVocativeGiven finds a two-character given name alone that opens a line
// and calls the one spoken to, as dialogue, subtitles and chats write it:
// "俊杰，你先别走", "秀英，您慢走".
func (s *scan) cnVocativeGiven(i int, offs []int, n int) (int, bool) {
	b := s.b
	if n != 2 || i > 0 && b[i-1] != '\n' {
		return 0, false
	}
	e := offs[2]
	if !hasPrefixAt(b, e, "，你") && !hasPrefixAt(b, e, "，您") && !hasPrefixAt(b, e, "，咱") || !cnGivenPair(b, offs) {
		return 0, false
	}
	s.emit(PersonName, i, e, 0.7, "vocative+given-name")
	return e, true
}

// cnDashSigned finds a two-character given name alone that signs a line
// after a dash, as guest books, letters and quotations sign: "下次还来！
// ——子墨", "—— 淑芬".
func (s *scan) cnDashSigned(i int, offs []int, n int) (int, bool) {
	b := s.b
	if n != 2 || !cnRightEdge(b, offs[2]) || offs[2] < len(b) && b[offs[2]] != '\n' && b[offs[2]] != '\r' {
		return 0, false
	}
	p := i
	if p > 0 && b[p-1] == ' ' {
		p--
	}
	// The scan may read the dashes folded to ASCII: "--".
	if !(p >= 6 && hasPrefixAt(b, p-6, "——") || p >= 2 && hasPrefixAt(b, p-2, "--")) || !cnGivenPair(b, offs) {
		return 0, false
	}
	s.emit(PersonName, i, offs[2], 0.7, "dash+given-name")
	return offs[2], true
}
