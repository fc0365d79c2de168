package pii

import "unicode/utf8"

// cnEraWords are words of time that a preposition puts before a date
// ("生于民国24年", "卒于清朝", "于今年三月"): after "于", "从", "向" and the
// other surnames' characters that are words of their own, they are no
// given name.
var cnEraWords = set(`民国 公元 清朝 明朝 元朝 宋朝 唐朝 汉朝 清末 明末 今年 去年 前年 当年 次年 同年 上午 下午 中午 晚上 早上 今天 昨天 本月 上月 下月`)

// cnPrepositionAt reports whether the surname's character at p, in the
// run of ideographs that ends at j, is a preposition before a word of time
// instead: "于民国", "于周五", "从明天".
func cnPrepositionAt(b []byte, p, j int) bool {
	r, size := cnDecodeRune(b[p:])
	if !cnSurnameWord[r] {
		return false
	}
	w := b[p+size : j]
	for k, n := 0, 0; k < len(w) && n < 3; n++ {
		_, size := cnDecodeRune(w[k:])
		k += size
		if n > 0 && (cnEraWords[string(w[:k])] || cnTimeWords[string(w[:k])]) {
			return true
		}
	}
	return false
}

// cnDotPartEnd returns the end of a transliterated name's part after a
// middle dot that begins at p and whose transliteration characters end at
// e: when the ideographs from p (up to eight) begin with a minority name
// longer than e ("依明", "吐尔洪发言", "朝鲁") the part is that name, though
// the table lacks its first character; else a character the table lacks
// between two of its own ("彼得罗夫") is part of it too. It returns p when
// there is no part.
func cnDotPartEnd(b []byte, p, e int) int {
	var offs [10]int
	n := 0
	for q := p; n < 9 && q < len(b); n++ {
		r, size := cnDecodeRune(b[q:])
		if !isHan(r) {
			break
		}
		offs[n] = q
		q += size
		offs[n+1] = q
	}
	for l := min(n, 8); l >= 2 && offs[l] > e; l-- {
		if cnMinorityName(b, offs[:l+1]) {
			return offs[l]
		}
	}
	// A character the table lacks, then its own characters again.
	for x := 1; e > p && x+1 < n && x <= 8; x++ {
		if offs[x] < e {
			continue
		}
		if offs[x] == e && cnTranslitAt(b, offs[x+1]) && !cnNotGiven[cnRune(b, offs[x])] {
			q := offs[x+1]
			for q < len(b) && cnTranslitAt(b, q) && q-p < 24 {
				q += 3
			}
			return q
		}
		break
	}
	return e
}

// cnGivenRoles are the roles a workplace names a colleague by before the
// given name alone: "发给人事梓轩", "联系前台小美".
var cnGivenRoles = []string{"人事", "前台", "客服", "助理", "秘书", "同事", "店长", "组长", "班长", "主管", "财务", "会计", "出纳"}

// cnGivenVerbs are the verbs that send or refer one to a person before such
// a role: "发给", "交给", "联系", "找".
var cnGivenVerbs = []string{"发给", "交给", "转给", "联系", "告诉", "通知", "找", "问", "请"}

// cnGivenNamed finds a two-character given name alone where the text says
// it is a person: the whole value of a person's label ("设计师：思琪",
// "提交人：浩然"), the one a comment replies to ("回复伟民："), or after a
// verb and a colleague's role, ending the run ("或将简历发给人事梓轩。").
func (s *scan) cnGivenNamed(i int, offs []int, n int) (int, bool) {
	b := s.b
	if n == 2 && cnGivenPair(b, offs) && cnRightEdge(b, offs[2]) && cnPersonLabelBefore(b, i) {
		s.emit(PersonName, i, offs[2], 0.7, "label+given-name")
		return offs[2], true
	}
	// "回复" (or "回复@") and a colon around the run: who is replied to, a
	// given name alone or a surname and one or two given characters.
	colon := hasPrefixAt(b, offs[n], "：") || hasPrefixAt(b, offs[n], ":")
	from := -1
	switch {
	case !colon || n < 2 || n > 5:
	case hasPrefixAt(b, i, "回复") && cnLeftEdge(b, i):
		from = 2
	case i >= 7 && b[i-1] == '@' && string(b[i-7:i-1]) == "回复":
		from = 0
	}
	if from >= 0 && n-from >= 2 && n-from <= 3 {
		k := surnameLen(b, offs[from:n+1])
		given := k > 0 && n-from > k
		for c := from + k; given && c < n; c++ {
			given = cnGivenChars[cnRune(b, offs[c])] // "回复高赞：" is a word
		}
		if n-from == 2 && cnGivenPair(b, offs[from:]) || given && !cnNonName(b, offs[from], offs[n]) {
			s.emit(PersonName, offs[from], offs[n], 0.7, "reply+name")
			return offs[n], true
		}
	}
	if n >= 5 && n < 24 && cnRightEdge(b, offs[n]) && cnGivenPair(b, offs[n-2:]) {
		for _, role := range cnGivenRoles {
			p := offs[n-2] - len(role)
			if p < i || string(b[p:offs[n-2]]) != role {
				continue
			}
			for _, v := range cnGivenVerbs {
				if p-len(v) >= i && string(b[p-len(v):p]) == v {
					s.emit(PersonName, offs[n-2], offs[n], 0.7, "role+given-name")
					return offs[n], true
				}
			}
		}
	}
	return 0, false
}

// cnPersonLabelBefore reports whether a label for a person and a colon
// stand right before i: a name's label ("联系人：", "姓名："), a role of
// the forms' lists, or any label that ends as words for a person do
// ("提交人", "设计师", "团长", "技术员").
func cnPersonLabelBefore(b []byte, i int) bool {
	p := i
	for p > 0 && (b[p-1] == ' ' || b[p-1] == '\t') {
		p--
	}
	switch {
	case p > 0 && b[p-1] == ':':
		p--
	case p >= 3 && hasPrefixAt(b, p-3, "："):
		p -= 3
	default:
		return false
	}
	if p < 6 {
		return false
	}
	r, _ := utf8.DecodeLastRune(b[:p])
	if r == '长' {
		// A head of a team, a shop, a class: not "擅长", "特长".
		r2, _ := utf8.DecodeLastRune(b[:p-3])
		return isHan(r2) && cnHeadOf[r2-0x4E00]
	}
	if r != '人' && r != '师' && r != '员' && !cnRoleLabelBefore(b, p) {
		for _, l := range cnGivenRoles {
			if string(b[p-6:p]) == l {
				return true
			}
		}
		for _, l := range cnNameLabels {
			if p >= len(l) && string(b[p-len(l):p]) == l {
				return true
			}
		}
		return false
	}
	return true
}

// cnHomeAt reports whether a neighbour's building or flat begins at e, as
// a group-buy or a sign-up list of a housing estate puts after each name
// ("1. 淑珍 30栋 1份", "2. 德华 3-201"): digits, then 栋, 幢, 号, 楼, 单元,
// 室 or a dash and more digits.
func cnHomeAt(b []byte, e int) bool {
	d := e
	for d < len(b) && isDigit(b[d]) && d-e < 4 {
		d++
	}
	if d == e || d >= len(b) {
		return false
	}
	if b[d] == '-' {
		return d+1 < len(b) && isDigit(b[d+1])
	}
	for _, u := range []string{"栋", "幢", "号", "楼", "单元", "室"} {
		if hasPrefixAt(b, d, u) {
			return true
		}
	}
	return false
}

// cnHeadOf are the characters before 长 in words for the head of a body
// ("团长", "店长", "班长", "护士长"), where "擅长", "特长" are no one.
var cnHeadOf = hanTable(`团 店 队 组 班 科 院 校 部 处 厂 社 会 站 局 馆 所 家 机 船 行 村 镇 市 士 车 室 楼 区 排 连 营 旅 军 股 司 州 省 县 乡`)

// cnNoPersonValues are the values a person's field takes when it names no
// one: "负责人：本人", "监护人：父母", "联系人：同上", "讲师：英语", and the
// places a parcel's tracking signs for ("签收人：门卫", "丰巢快递柜"), and a
// household table's columns and values ("户主 人口", "在校学生 残疾").
var cnNoPersonValues = set(`本人 父母 同上 待定 暂无 空缺 匿名 未知 不详 无 主任 英语 外交 志愿 博导 若干 其他 见上
门卫 保安 前台 物业 家人 同事 邻居 收发室 传达室 代收点 驿站 快递柜 丰巢 丰巢柜 丰巢快递柜 菜鸟驿站 快递驿站 智能柜 他人代收
人口 户主 残疾 健康 患病 良好 务农 退休 在校 学生 在校学生 外出务工 务工 无业 待业 离异 丧偶 已婚 未婚`)

// cnBossAtEnd finds a surname alone before "总" that ends the run, the way
// staff address a manager after a role or a verb: "请联系店长卢总，",
// "汇报给郭总。", "学工处韩总，". The surname alone is the name, as with
// "王师傅". A surname's character that is a word of its own ("全总", "万总")
// is left to the other rules.
func (s *scan) cnBossAtEnd(offs []int, n int) (int, bool) {
	b := s.b
	if n < 2 || n >= 24 || !hasPrefixAt(b, offs[n-1], "总") || !cnRightEdge(b, offs[n]) {
		return 0, false
	}
	h := n - 2
	if surnameLen(b, offs[h:n+1]) != 1 || cnSurnameWord[cnRune(b, offs[h])] {
		return 0, false
	}
	// Not the second half of a compound surname or a word ("上官总").
	if h >= 1 && surnameLen(b, offs[h-1:n+1]) == 2 {
		return 0, false
	}
	s.emit(PersonName, offs[h], offs[h+1], 0.7, "surname+boss")
	return offs[n], true
}

// cnOldYoungNot are the words that "小" or "老" and a surname's character
// make: "小区", "小满", "老虎".
var cnOldYoungNot = set(`小区 小费 小满 小米 小麦 小康 小叶 小熊 小牛 小鹿 小燕 小雪 小寒 小暑 小龙 小苗 小计 小丑 小巷 小钱
老姜 老汤 老牛 老虎 老鹰 老乡 老伴 老家 老铁 老酒 老广 老农 老窖 老干 老几 老成 老练 老本 老赖`)

// cnUnitEnd are the last characters of a workplace's unit or of a verb
// of reporting before a colleague: "物业", "学工处", "汇报给", "联系".
var cnUnitEnd = hanTable(`业 处 部 科 室 组 办 队 给 系 找 问`)

// cnOldYoung finds a surname alone after "小" or "老", the way colleagues
// and neighbours call each other, that ends the run after a unit or a verb
// ("物业小贾", "学工处小向，", "汇报给老诸葛"). The surname alone is the
// name, as with "王师傅"; alone in its field ("小王：", a chat's nickname)
// the corpora do not count it a name.
func (s *scan) cnOldYoung(offs []int, n int) (int, bool) {
	b := s.b
	if n < 2 || n >= 24 || !cnRightEdge(b, offs[n]) {
		return 0, false
	}
	for h := max(0, n-3); h+2 <= n; h++ {
		if r := cnRune(b, offs[h]); r != '小' && r != '老' {
			continue
		}
		k := surnameLen(b, offs[h+1:n+1])
		if k == 0 || h+1+k != n || k == 1 && cnSurnameWord[cnRune(b, offs[h+1])] || cnOldYoungNot[string(b[offs[h]:offs[n]])] {
			continue
		}
		if c := hanAt(b, offs[max(h-1, 0)]); h == 0 || c < 0 || !cnUnitEnd[c] {
			continue
		}
		s.emit(PersonName, offs[h+1], offs[n], 0.7, "old/young+surname")
		return offs[n], true
	}
	return 0, false
}
