package pii

// Frames of Chinese sentences whose slot is a person, whatever the text
// is about: "向X学习" (learn from), "跟X吃饭" (eat with), "骑手X已接单" (a
// rider, a player, a driver X), "尊敬的X业主" (the owner X), "X同学：" (a
// pupil addressed at a line's start), "收货人：丁(先生)" (a surname alone
// before the form of address in brackets that apps and forms write). The
// slot holds a surname and one or two given-name characters, or where the
// frame calls someone by the given name (学习, 同学) the given name alone.

// cnFrameAfterLearn are the words after "向X" that make X a person.
var cnFrameAfterLearn = []string{"学习", "请教", "看齐", "致敬", "道歉", "求助", "汇报"}

// cnFrameAfterWith are the words after "跟X", "和X" that make X a person.
var cnFrameAfterWith = []string{"吃饭", "喝酒", "喝茶", "见面", "聊天", "聊了", "一起", "约了", "打球", "逛街", "结婚", "离婚", "分手", "吵架", "合租"}

// cnFrameRoleAfter are the roles after "尊敬的X" ("尊敬的上官军业主").
var cnFrameRoleAfter = []string{"业主", "客户", "会员", "用户", "车主", "家长", "旅客", "乘客", "租户", "学员", "住户", "患者"}

// cnFrameHandRoles are the roles ending in 手 that name the person after
// them: "骑手萧勇已接单", "选手王芳获得".
var cnFrameHandRoles = []string{"骑手", "选手", "歌手", "车手", "舵手", "鼓手", "助手", "帮手", "棋手", "射手", "旗手", "水手", "球手"}

// cnFrameBracketForms are the forms of address in brackets after a
// surname alone: "丁(先生)", "朱（女士）".
var cnFrameBracketForms = []string{"(先生)", "(女士)", "(小姐)", "（先生）", "（女士）", "（小姐）"}

// cnFramePupil and cnFrameAddressed are the roles after a person who opens
// a letter or a notice at a line's start.
var (
	cnFramePupil     = []string{"同学：", "同学，", "同学:", "同学,"}
	cnFrameAddressed = []string{"读者：", "读者，", "同志：", "同志，", "业主：", "业主，", "家长：", "家长，", "用户：", "用户，", "客户：", "客户，", "会员：", "会员，", "考生：", "考生，"}
)

// cnFrameThanksEnd end the thanks to a person ("谢谢勇。"), and
// cnFrameLetAfter are the verbs after "让X" that make X a person ("你让晓燕在家
// 等我").
var (
	cnFrameThanksEnd = []string{"。", "！", "，", "!", ",", "～", "~"}
	cnFrameLetAfter  = []string{"在家", "在门口", "先去", "先走", "过来", "回来", "来找", "去找", "帮忙", "帮我", "等我", "等一下", "打电话", "联系"}
)

// cnFrameAunt are the forms of kin after a given name alone that a request
// or a shop's notice calls someone by: "请芳阿姨提前十分钟到", "联系店长勇姐".
var cnFrameAunt = []string{"阿姨", "姐1", "哥1", "叔叔", "大姐", "大哥"}

// cnFrameSlot returns the end of a person at q inside the run that ends at
// j: a surname and two or one given-name characters, or (given) two or one
// given-name characters alone, followed by one of the words of after (or,
// with after nil, by a character that follows a person or the run's end).
func cnFrameSlot(b []byte, q, j int, given bool, after []string) int {
	if q >= j {
		return -1
	}
	var offs [6]int
	n := 0
	for p := q; n < 5 && p < j; n++ {
		offs[n] = p
		_, size := cnDecodeRune(b[p:])
		p += size
		offs[n+1] = p
	}
	follows := func(e int) bool {
		if after == nil {
			if e == j {
				return true
			}
			r := cnRune(b, e)
			return cnAfterName[r] && !cnGivenChars[r]
		}
		for _, w := range after {
			if hasPrefixAt(b, e, w) {
				return true
			}
		}
		return false
	}
	// 一 and 学 begin given names of two ("一诺", "学军") more often than
	// the list of given names' characters says.
	allGiven := func(from, to int) bool {
		for c := from; c < to; c++ {
			if r := cnRune(b, offs[c]); !cnGivenChars[r] && !(c == from && to == from+2 && (r == '一' || r == '学')) {
				return false
			}
		}
		return true
	}
	if k := surnameLen(b, offs[:n+1]); k > 0 && !(k == 1 && cnSurnameWord[cnRune(b, q)]) {
		for _, g := range []int{2, 1} {
			if e := k + g; e <= n && allGiven(k, e) && follows(offs[e]) && !cnNonName(b, q, offs[e]) && !cnWordAt(b, offs[k:n+1]) {
				return offs[e]
			}
		}
	}
	if given {
		for _, g := range []int{2, 1} {
			if g <= n && allGiven(0, g) && follows(offs[g]) && !cnWordAt(b, offs[:n+1]) && !cnGivenAloneNot[string(b[q:offs[g]])] {
				return offs[g]
			}
		}
	}
	return -1
}

// cnFrameName emits a person in one of the frames above in the run of
// ideographs [i, j) where no rule found a name.
func (s *scan) cnFrameName(i, j int) {
	b := s.b
	// A surname alone before a bracketed form of address.
	if j-i == 3 && cnSurnames[cnRune(b, i)] {
		for _, f := range cnFrameBracketForms {
			if hasPrefixAt(b, j, f) {
				s.emit(PersonName, i, j, 0.8, "context:frame+surname")
				return
			}
		}
	}
	// A pupil addressed at a line's start: "敏同学：", "玉梅同学，"; a reader,
	// a comrade, an owner by the full name: "聂洋读者：", "白子同志：".
	if i == 0 || b[i-1] == '\n' {
		if e := cnFrameSlot(b, i, j, true, cnFramePupil); e > i && !hasPrefixAt(b, i, "新") {
			s.emit(PersonName, i, e, 0.75, "context:frame+pupil")
			return
		}
		if e := cnFrameSlot(b, i, j, false, cnFrameAddressed); e > i {
			s.emit(PersonName, i, e, 0.75, "context:frame+addressed")
			return
		}
	}
	for p := max(i, s.floor); p < j; {
		r, size := cnDecodeRune(b[p:])
		q, e := p+size, -1
		switch r {
		case '向':
			// Not the given name's first character after a surname that
			// opens the run: "柯向东汇报" is 柯向东 (namecn_zh14.go).
			if p != i+3 || !cnSurnames[cnRune(b, i)] {
				e = cnFrameSlot(b, q, j, true, cnFrameAfterLearn)
			}
		case '跟', '和', '与', '同':
			e = cnFrameSlot(b, q, j, false, cnFrameAfterWith)
		case '手':
			for _, role := range cnFrameHandRoles {
				if p >= 3 && hasPrefixAt(b, p-3, role) {
					e = cnFrameSlot(b, q, j, false, nil)
					break
				}
			}
		case '请', '找', '问', '长', '系':
			if r != '长' && r != '系' || p >= 3 && (hasPrefixAt(b, p-3, "店长") || hasPrefixAt(b, p-3, "联系")) {
				e = cnFrameAuntSlot(b, q, j)
			}
		case '谢':
			if hasPrefixAt(b, p, "谢谢") {
				q = p + 6
				e = cnFrameSlot(b, q, j, true, cnFrameThanksEnd)
			}
		case '让':
			e = cnFrameSlot(b, q, j, true, cnFrameLetAfter)
		case '尊':
			if hasPrefixAt(b, p, "尊敬的") {
				q = p + 9
				e = cnFrameSlot(b, q, j, false, cnFrameRoleAfter)
			}
		}
		if e > q {
			s.emit(PersonName, q, e, 0.75, "context:frame")
			p = e
			continue
		}
		p += size
	}
}

// cnFrameAuntSlot returns the end of a given name alone at q before a form
// of kin (cnFrameAunt; 姐 and 哥 not doubled, "姐姐"), or -1.
func cnFrameAuntSlot(b []byte, q, j int) int {
	for _, g := range []int{2, 1} {
		e := q + 3*g
		if e+3 > j {
			continue
		}
		if g == 1 && !cnGivenOne(b, q) {
			continue
		}
		if g == 2 {
			offs := [3]int{q, q + 3, q + 6}
			if !cnGivenPair(b, offs[:]) {
				continue
			}
		}
		for _, f := range cnFrameAunt {
			if f[len(f)-1] == '1' {
				if f = f[:len(f)-1]; hasPrefixAt(b, e, f) && !(e+6 <= j && (hasPrefixAt(b, e+3, "姐") || hasPrefixAt(b, e+3, "哥") || hasPrefixAt(b, e+3, "们"))) {
					return e
				}
				continue
			}
			if hasPrefixAt(b, e, f) {
				return e
			}
		}
	}
	return -1
}
