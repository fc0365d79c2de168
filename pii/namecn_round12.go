package pii

import "unicode/utf8"

// cnRelCues are the words after which Chinese running text names a person
// with no punctuation between: nouns of kinship and of relation ("妻子王芳",
// "师兄李强", "其女张敏"), of a role a person plays in a program, a paper or a
// newspaper ("嘉宾刘洋", "听众赵琳", "导师陈刚"), and the genealogies' "生子"
// (begot a son). The person is read up to the run's end or a word that
// follows a person (cnRelAfter).
var cnRelCues = []string{"师兄", "师姐", "师弟", "师妹", "同事", "同学", "室友", "舍友", "邻居", "丈夫", "妻子", "爱人", "老公", "老婆",
	"未婚妻", "未婚夫", "父亲", "母亲", "儿子", "女儿", "其女", "其子", "其妻", "其夫", "长子", "次子", "长女", "次女", "孙子", "孙女",
	"哥哥", "姐姐", "弟弟", "妹妹", "表哥", "表姐", "表弟", "表妹", "堂哥", "堂姐", "堂弟", "堂妹", "好友", "队友", "战友", "搭档", "徒弟",
	"生子", "生女", "嘉宾", "听众", "观众", "网友", "读者", "主持人", "记者", "通讯员", "实习生", "导师", "学生", "研究生", "监考",
	"班主任", "主治医师", "责任护士", "检验者", "审核者", "编剧", "导演", "作者", "感谢", "告诉", "通知", "交给", "转告", "得问",
	"师父", "我妈", "我爸", "我姐", "我哥", "业主", "原告", "被告", "上诉人", "被上诉人", "申请人", "被申请人", "第三人"}

// cnRelVerbs are one-character verbs that take a person as object ("问王芳",
// "找李强", "请张伟", and the genealogies' "配" for a wife): they join
// other words as often, so the person must end the run and be made of
// given names' characters.
var cnRelVerbs = setRunes(`问 找 请 陪 配 娶 嫁`)

// cnRelAfter are the words that follow a person inside a clause: "听众王芳
// 的来信", "师兄李强在实验上…", "赵琳显得很高兴", "周敏研究员".
var cnRelAfter = []string{"的", "在", "说", "和", "等", "显得", "表示", "认为", "介绍", "指出", "坦言", "笑着", "同志", "研究员", "教授",
	"老师", "知情", "签字", "一起", "也", "都", "已", "曾", "对", "是", "常说", "当年", "做", "发言", "与", "家", "因", "诉"}

// cnRelSpeech are the verbs of speech and manner that follow a person who
// opens a clause: "，李强表示…", "王芳显得很平静".
var cnRelSpeech = []string{"显得", "表示", "认为", "介绍", "指出", "坦言", "笑着说", "说道", "回忆说", "感慨"}

// cnRelFirst marks the first characters of cnRelCues and cnRelVerbs: most
// characters of a run begin neither.
var cnRelFirst = func() *[0x9FFF - 0x4E00 + 1]bool {
	var first []rune
	for _, c := range cnRelCues {
		r, _ := utf8.DecodeRuneInString(c)
		first = append(first, r)
	}
	for r := range cnRelVerbs {
		first = append(first, r)
	}
	return hanTable(string(first))
}()

// cnRelLabels are the roles that bylines, credits, forms and reports put
// before a person with a colon, a slash or spaces ("嘉宾：", "文/", "记者 ",
// "检验者："): the run after one is a person.
var cnRelLabels = []string{"嘉宾", "主持人", "主持", "编剧", "导演", "制片人", "记者", "通讯员", "实习生", "摄影", "研究生", "指导教师", "导师",
	"检验者", "审核者", "审核人", "检验人", "送检医生", "接诊医生", "主治医师", "责任护士", "监考", "监考人", "签字", "作者", "撰稿", "编辑",
	"责任编辑", "校对", "口述", "整理", "讲述人", "受访者", "文", "图", "摄"}

// cnRelName finds a person after a word of relation, role or a verb that
// takes a person (cnRelCues, cnRelVerbs), after a role's label before the
// run (cnRelLabels), or opening a clause before a verb of speech.
func (s *scan) cnRelName(i int, offs []int, n int) (int, bool) {
	b := s.b
	if n < 2 || n >= 24 {
		return 0, false
	}
	if s.cnRelLabelBefore(i) {
		if e, ok := s.cnRelPerson(offs, n, 0, false); ok {
			return e, true
		}
	}
	if end, ok := s.cnVocative(i, offs, n); ok {
		return end, true
	}
	if cnLeftEdge(b, i) {
		if e, ok := s.cnSpeakerName(offs, n); ok {
			return e, true
		}
	}
	for h := 0; h+2 <= n; h++ {
		r := cnRune(b, offs[h])
		if !isHan(r) || !cnRelFirst[r-0x4E00] {
			continue
		}
		from := h
		for _, c := range cnRelCues {
			if hasPrefixAt(b, offs[h], c) {
				from = h + utf8.RuneCountInString(c)
				break
			}
		}
		verb := false
		if from == h {
			// A verb of one character: not inside a word ("询问" is
			// still asking; "顾问", "申请", "寻找" are fine too).
			if !cnRelVerbs[r] {
				continue
			}
			from, verb = h+1, true
		}
		if from >= n {
			continue
		}
		if e, ok := s.cnRelPerson(offs, n, from, verb); ok {
			return e, true
		}
	}
	return 0, false
}

// cnRelPerson finds the person at offs[from]: a minority name, or a surname
// and one or two given characters, that end the run (at punctuation, a
// space or the line's end) or come before a word of cnRelAfter. After a
// one-character verb (strict) only the run's end will do, and every given
// character must be one names are made of.
func (s *scan) cnRelPerson(offs []int, n, from int, strict bool) (int, bool) {
	b := s.b
	endOK := func(e int) bool {
		if e == n {
			return cnRightEdge(b, offs[n])
		}
		if strict {
			return false
		}
		if cnCaseCause(b, offs, e, n) {
			return true
		}
		for _, w := range cnRelAfter {
			if hasPrefixAt(b, offs[e], w) {
				return true
			}
		}
		return false
	}
	if cnMinorityAt(b, offs[from]) {
		for e := min(n, from+8); e >= from+2; e-- {
			if endOK(e) && cnMinorityName(b, offs[from:e+1]) {
				s.emit(PersonName, offs[from], offs[e], 0.75, "context:relation+minority")
				return offs[e], true
			}
		}
	}
	k := surnameLen(b, offs[from:n+1])
	if k == 0 {
		return 0, false
	}
	for _, g := range []int{2, 1} {
		e := from + k + g
		if e > n || !endOK(e) {
			continue
		}
		allGiven, bad := true, false
		for c := from + k; c < e; c++ {
			if r := cnRune(b, offs[c]); !cnGivenChars[r] {
				allGiven = false
				bad = bad || strict || cnNotGiven[r] || cnRelAfterRune[r]
			}
			// A form of address after a surname ("班主任何老师"): the
			// honorifics' rule reads it.
			bad = bad || cnHonorificAt(b, offs[c])
		}
		// A second given character that is none of names' and begins a
		// word that follows a person: "沈秀常说" is 沈秀.
		if bad || g == 2 && !cnGivenChars[cnRune(b, offs[e-1])] && endOK(e-1) {
			continue
		}
		// A surname's character that is a word of its own ("和", "成")
		// needs given names' characters after it.
		if (k == 1 && cnSurnameWord[cnRune(b, offs[from])]) && !allGiven {
			continue
		}
		if cnNotFamily(b, offs, from, e) {
			continue
		}
		if cnRelWord(b, offs, from, e, n) {
			return 0, false
		}
		s.emit(PersonName, offs[from], offs[e], 0.75, "context:relation+surname")
		return offs[e], true
	}
	return 0, false
}

// cnRelAfterRune are the first characters of the one-character words of
// cnRelAfter: a given name ends before them.
var cnRelAfterRune = setRunes(`的 在 说 和 等 也 都 已 曾 对 是 做 与 因 诉`)

// cnRelWord reports whether the ideographs [offs[from], offs[e]) are a
// word, a place or a brand rather than a person: a word of cnNonNames or of
// time begins there, or a place's or a thing's last character ends it.
func cnRelWord(b []byte, offs []int, from, e, n int) bool {
	if cnWordAt(b, offs[from:n+1]) || cnWordIn(b[offs[from]:offs[e]]) {
		return true
	}
	r, _ := utf8.DecodeLastRune(b[offs[from]:offs[e]])
	return e-from >= 3 && isHan(r) && cnPlaceFinal[r-0x4E00] && !cnGivenChars[r]
}

// cnRelLabelBefore reports whether a role of cnRelLabels stands right
// before the run at i, with a colon, a slash or spaces between: "嘉宾：",
// "文/", "本报记者 ". A one-character label ("文", "图") only with a slash
// and at a line's start.
func (s *scan) cnRelLabelBefore(i int) bool {
	b := s.b
	p := i
	slash := false
	for p > 0 && (b[p-1] == ' ' || b[p-1] == ':' || b[p-1] == '/' || b[p-1] == '\t') {
		slash = slash || b[p-1] == '/'
		p--
	}
	if p >= 3 && (hasPrefixAt(b, p-3, "：") || hasPrefixAt(b, p-3, "／")) {
		slash = slash || hasPrefixAt(b, p-3, "／")
		p -= 3
	}
	if p == i {
		return false
	}
	for _, l := range cnRelLabels {
		if p < len(l) || string(b[p-len(l):p]) != l {
			continue
		}
		if len(l) == 3 {
			return slash && (p == 3 || b[p-4] == '\n' || b[p-4] == ' ')
		}
		return true
	}
	return false
}

// cnVocativeLabels are the labels after which a report card or a letter
// speaks to a pupil by the given name alone: "评语：子涵，你…".
var cnVocativeLabels = []string{"评语", "寄语", "老师的话"}

// cnVocative finds a given name alone of one or two characters that a
// report card or a letter addresses ("亲爱的涛，你…", "班主任评语：思琪，你…"):
// the name opens the run after "亲爱的" or a comment's label and "，你"
// follows it.
func (s *scan) cnVocative(i int, offs []int, n int) (int, bool) {
	b := s.b
	if !hasPrefixAt(b, offs[n], "，你") {
		return 0, false
	}
	from := 0
	if hasPrefixAt(b, i, "亲爱的") {
		from = 3
	} else {
		ok := false
		for _, l := range cnVocativeLabels {
			p := i - 3 - len(l)
			ok = ok || p >= 0 && hasPrefixAt(b, i-3, "：") && string(b[p:i-3]) == l
		}
		if !ok {
			return 0, false
		}
	}
	g := n - from
	if g < 1 || g > 3 || g == 3 && surnameLen(b, offs[from:n+1]) == 0 {
		return 0, false
	}
	for c := from; c < n; c++ {
		if r := cnRune(b, offs[c]); !cnGivenChars[r] && !(c == from && surnameLen(b, offs[from:n+1]) == 1) {
			return 0, false
		}
	}
	if cnWordAt(b, offs[from:n+1]) || cnTimeWords[string(b[offs[from]:offs[n]])] {
		return 0, false
	}
	s.emit(PersonName, offs[from], offs[n], 0.7, "context:vocative")
	return offs[n], true
}

// cnSpeakerName finds a surname and one or two given characters that open
// a clause before a verb of speech: "，李强表示", "王芳显得很高兴".
func (s *scan) cnSpeakerName(offs []int, n int) (int, bool) {
	b := s.b
	k := surnameLen(b, offs)
	if k == 0 || n < k+3 {
		return 0, false
	}
	for _, g := range []int{2, 1} {
		e := k + g
		if e+2 > n {
			continue
		}
		speech := false
		for _, w := range cnRelSpeech {
			speech = speech || hasPrefixAt(b, offs[e], w)
		}
		if !speech {
			continue
		}
		for c := k; c < e; c++ {
			if !cnGivenChars[cnRune(b, offs[c])] {
				return 0, false
			}
		}
		if cnRelWord(b, offs, 0, e, n) {
			return 0, false
		}
		s.emit(PersonName, offs[0], offs[e], 0.75, "context:speaker")
		return offs[e], true
	}
	return 0, false
}
