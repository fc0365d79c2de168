package pii

import "unicode/utf8"

// Frames of Chinese text whose slot is a person, read where no rule found
// a name in the run:
//   - an invitation's guest between 恭候/敬请 and 光临/莅临 ("恭候马浩然光临");
//   - a marriage's other party: "娶吴强为妻", and a wife or a mother
//     written by her surname and 氏 in a genealogy ("配周氏", surname only);
//   - a son or a daughter of a genealogy by the full name ("长子谢天佑迁居");
//   - what a thing bears written on it, ending the sentence ("上面写着周军");
//   - a given name after the speaker's friend or classmate ("我朋友书瑶就是");
//   - two given names joined by 和 before 家 or a verb ("红梅和淑芬家还没交");
//   - 阿 and a given name's character, the southern pet name, as a chat's
//     speaker ("阿珍："), a field ("@阿珍 ") or a signature's last word
//     ("——热心市民阿宝");
//   - a letter's sign-off by the given name on its own line ("…问你好。\n若曦\n\n"),
//     a companion after 同行的, a surname told after 我姓;
//   - a boss by the surname and 总 after 那边, 的 or a role ("供应商那边戴总说");
//   - a Japanese name as a field ("山田太郎"), a minority name after a role
//     or opening a list's item ("房东叫其其格", "、乌兰图雅负责").
// And words that are no names: 查勘员：, 关公像, 屈臣氏, 宋庆龄基金会.

// zh15Invite are the words before a guest and after the guest.
var (
	zh15InviteBefore = []string{"恭候", "恭请", "敬请", "敬候", "欢迎"}
	zh15InviteAfter  = []string{"光临", "莅临", "大驾光临"}
	zh15WifeAfter    = []string{"为妻"}
)

// zh15Offspring are a genealogy's words for a child before the child's
// full name.
var zh15Offspring = []string{"长子", "次子", "三子", "四子", "幼子", "独子", "长女", "次女", "三女", "幼女", "独女"}

// zh15Friends are the speaker's people before a given name alone: "我朋友书瑶".
var zh15Friends = []string{"朋友", "好朋友", "好友", "女朋友", "男朋友", "同学", "同事", "室友", "闺蜜", "发小", "邻居", "儿子", "女儿", "老婆", "老公",
	"媳妇", "表姐", "表哥", "表妹", "表弟", "堂姐", "堂哥", "堂妹", "堂弟"}

// zh15ClanBefore are the words before a married woman's surname and 氏.
var zh15ClanBefore = []string{"配", "娶", "继配", "元配", "妻", "母"}

// zh15Frames emits a person in one of the frames above in the run of
// ideographs [i, j); it reports whether it did.
func (s *scan) zh15Frames(i, j int) bool {
	b := s.b
	// The frames are short: a few dozen characters of a run are searched
	// for their first word.
	end := min(j, i+96)
	if s.zh15AhName(i, j) || s.zh15SignOff(i, j) || s.zh15CompoundBracket(i, j) || s.zh15JapaneseName(i, j) || s.zh15RoleMinority(i, j) {
		return true
	}
	for p := max(i, s.floor); p < end; {
		r, size := cnDecodeRune(b[p:])
		e, q := -1, p
		switch r {
		case '同':
			// A companion by the given name: "同行的丽娟说下次还来".
			if hasPrefixAt(b, p, "同行的") {
				q = p + 9
				e = cnFrameSlot(b, q, j, true, nil)
			}
		case '叫':
			// A given name that is a word, told after 叫 and ending the
			// run: "我姓叶，叫叶来福。" (other names the cue rules read).
			q = p + size
			if sl := cnSlotSurname(b, q, j, false); sl > 0 && q+sl+6 == j && cnWordGivens[string(b[j-6:j])] {
				e = j
			}
		case '恭', '敬', '欢':
			for _, w := range zh15InviteBefore {
				if hasPrefixAt(b, p, w) {
					q = p + len(w)
					e = cnFrameSlot(b, q, j, false, zh15InviteAfter)
					break
				}
			}
		case '娶', '嫁':
			// "娶吴强为妻", "娶朱学军，生子…", "嫁给周平".
			q = p + size
			if r == '嫁' {
				q = -1
				if hasPrefixAt(b, p+size, "给") {
					q = p + size + 3
				}
			}
			if q > p {
				if e = cnFrameSlot(b, q, j, false, zh15WifeAfter); e < 0 {
					if e = cnFrameSlot(b, q, j, false, nil); e != j {
						e = -1
					}
				}
			} else {
				q = p
			}
		case '写', '署', '落':
			if hasPrefixAt(b, p, "写着") || hasPrefixAt(b, p, "署名") || hasPrefixAt(b, p, "落款") {
				q = p + 6
				if e = cnFrameSlot(b, q, j, false, nil); e != j || !cnRightEdge(b, j) {
					e = -1
				}
			}
		case '长', '次', '三', '四', '幼', '独':
			for _, w := range zh15Offspring {
				if hasPrefixAt(b, p, w) {
					q = p + len(w)
					e = zh15FullName(b, q, j)
					break
				}
			}
		case '我', '你', '他', '她':
			for _, w := range zh15Friends {
				if hasPrefixAt(b, p+size, w) {
					q = p + size + len(w)
					e = zh15GivenAfterFriend(b, q, j)
					break
				}
			}
		}
		if e > q {
			s.emit(PersonName, q, e, 0.75, "context:frame")
			return true
		}
		switch r {
		case '我', '本':
			if q, e := zh15SurnameTold(b, p, j); e > q {
				s.emit(PersonName, q, e, 0.75, "context:told+surname")
				return true
			}
		case '配', '娶', '继', '元', '妻', '母':
			if q, e := zh15ClanSurname(b, p, j); e > q {
				s.emit(PersonName, q, e, 0.75, "context:clan+surname")
				return true
			}
		}
		p += size
	}
	return false
}

// zh15FullName returns the end of a surname and two given names'
// characters at q that a character no given name has follows (or the
// run's end), or -1: "谢天佑迁居".
func zh15FullName(b []byte, q, j int) int {
	sl := cnSlotSurname(b, q, j, false)
	if sl == 0 {
		return -1
	}
	g := q + sl
	if g+6 > j {
		return -1
	}
	offs := [3]int{g, g + 3, g + 6}
	if !cnGivenPair(b, offs[:]) || cnNonName(b, q, g+6) {
		return -1
	}
	if e := g + 6; e == j || !cnGivenChars[cnRune(b, e)] {
		return e
	}
	return -1
}

// zh15GivenAfterFriend returns the end of a given name of two characters
// at q after the speaker's friend, before the run's end or a character
// that follows a person, or -1. A surname and a given character are the
// cue rules' ("我朋友王芳说").
func zh15GivenAfterFriend(b []byte, q, j int) int {
	e := q + 6
	if e > j {
		return -1
	}
	offs := [3]int{q, q + 3, q + 6}
	if !zh15YiGiven(b, q) && (!cnGivenPair(b, offs[:]) || cnWordAt(b, offs[:])) {
		return -1
	}
	if e < j {
		r := cnRune(b, e)
		if !cnAfterName[r] || cnGivenChars[r] {
			return -1
		}
	}
	return e
}

// zh15ClanSurname returns the surname at [q, e) of a married woman written
// by her surname and 氏 after 配, 娶 or 妻 at p ("配周氏", "娶欧阳氏"), or
// e < q.
func zh15ClanSurname(b []byte, p, j int) (q, e int) {
	for _, w := range zh15ClanBefore {
		if !hasPrefixAt(b, p, w) {
			continue
		}
		q = p + len(w)
		sl := cnSlotSurname(b, q, j, true)
		if sl == 0 || !hasPrefixAt(b, q+sl, "氏") {
			return 0, -1
		}
		// 氏 ends the run or a word of a genealogy follows ("生三子"):
		// not "配方氏族".
		if e := q + sl + 3; e < j && !hasPrefixAt(b, e, "生") && !hasPrefixAt(b, e, "为") && !hasPrefixAt(b, e, "之") {
			return 0, -1
		}
		return q, q + sl
	}
	return 0, -1
}

// zh15AhName finds 阿 and a given name's character as a chat's speaker at a
// line's start ("阿珍："), or as the last word of a line after a role
// ("——热心市民阿宝").
func (s *scan) zh15AhName(i, j int) bool {
	b := s.b
	ah := func(p int) bool {
		return p+6 <= len(b) && hasPrefixAt(b, p, "阿") && cnGivenChars[cnRune(b, p+3)] && !cnNotGiven[cnRune(b, p+3)]
	}
	if j-i == 6 && cnLineOpen(b, i) && ah(i) && (hasPrefixAt(b, j, "：") || j < len(b) && b[j] == ':') {
		s.emit(PersonName, i, j, 0.75, "context:speaker+ah")
		return true
	}
	// A field of its own ("@阿珍 ", "1,阿明,男"), or a field's subject
	// before a verb that follows a person ("阿明说").
	if i >= s.floor && j-i >= 6 && ah(i) && cnLeftEdge(b, i) {
		if e := i + 6; e == j && cnRightEdge(b, j) || e < j && cnAfterName[cnRune(b, e)] && !cnGivenChars[cnRune(b, e)] {
			s.emit(PersonName, i, e, 0.75, "field+ah")
			return true
		}
	}
	if p := j - 6; p >= i+3 && p >= s.floor && ah(p) && cnRoleEnd[cnRune(b, p-3)] && (j == len(b) || b[j] == '\n' || b[j] == '\r') {
		s.emit(PersonName, p, j, 0.75, "context:signature+ah")
		return true
	}
	return false
}

// zh15GivenPairs finds two given names of two characters joined by 和 that
// open a run, before the run's end, 家 or a character that follows a
// person: "红梅和淑芬家还没交".
func (s *scan) zh15GivenPairs(i, j int) bool {
	b := s.b
	if i < s.floor || j-i < 15 || !cnLeftEdge(b, i) || !hasPrefixAt(b, i+6, "和") {
		return false
	}
	a, c := [3]int{i, i + 3, i + 6}, [3]int{i + 9, i + 12, i + 15}
	if !cnGivenPair(b, a[:]) || !cnGivenPair(b, c[:]) || cnWordAt(b, a[:]) || cnWordAt(b, c[:]) {
		return false
	}
	if e := i + 15; e < j {
		if r := cnRune(b, e); r != '家' && (!cnAfterName[r] || cnGivenChars[r]) {
			return false
		}
	}
	s.emit(PersonName, i, i+6, 0.7, "context:pair+given-name")
	s.emit(PersonName, i+9, i+15, 0.7, "context:pair+given-name")
	return true
}

// zh15CompoundBracket finds a compound surname alone before a bracketed
// form of address, as cnFrameName finds a single one: "端木(先生)".
func (s *scan) zh15CompoundBracket(i, j int) bool {
	b := s.b
	if j-i != 6 || i < s.floor || cnSlotSurname(b, i, j, false) != 6 {
		return false
	}
	for _, f := range cnFrameBracketForms {
		if hasPrefixAt(b, j, f) {
			s.emit(PersonName, i, j, 0.8, "context:frame+surname")
			return true
		}
	}
	return false
}

// zh15ThereBoss finds a surname and 总, or a surname and a form of address,
// after 那边 or 这边 inside a run ("供应商那边戴总说", "客户那边贺经理说"): 边
// closes the word before and is no surname ("边贺").
func (s *scan) zh15ThereBoss(offs []int, n int) (int, bool) {
	b := s.b
	for h := 0; h+2 <= n && h < 24; h++ {
		// 那边 or 这边, 的, or a role's last character before the surname:
		// "那边戴总说", "公司的戴总说", "客户戴总说", "供应商戴总说"; or the
		// run's start before "总那边" ("戴总那边说").
		there := h >= 2 && hasPrefixAt(b, offs[h-1], "边") && (hasPrefixAt(b, offs[h-2], "那") || hasPrefixAt(b, offs[h-2], "这"))
		if h == 0 {
			if k := surnameLen(b, offs[:n+1]); k == 0 || k+2 >= n || !hasPrefixAt(b, offs[k], "总") || !hasPrefixAt(b, offs[k+1], "那边") && !hasPrefixAt(b, offs[k+1], "这边") {
				continue
			}
		} else if r := cnRune(b, offs[h-1]); !there && r != '的' && r != '商' && !cnRoleEnd[r] {
			continue
		}
		k := surnameLen(b, offs[h:n+1])
		if k == 0 || h+k >= n {
			continue
		}
		e := h + k
		// The surname's character begins a word with what follows:
		// "那边班主任说", "全总".
		word := false
		for l := k + 1; l <= k+2 && h+l <= n; l++ {
			word = word || zhWords[string(b[offs[h]:offs[h+l]])]
		}
		if word {
			continue
		}
		boss := hasPrefixAt(b, offs[e], "总") && (e+1 == n || cnAfterName[cnRune(b, offs[e+1])] && !cnBossNotAfter[cnRune(b, offs[e+1])] ||
			hasPrefixAt(b, offs[e+1], "那边") || hasPrefixAt(b, offs[e+1], "这边"))
		if !boss && !(there && cnSurnameAlone(b, offs[e])) {
			continue
		}
		s.emit(PersonName, offs[h], offs[e], 0.75, "context:there+surname")
		return offs[e], true
	}
	return 0, false
}

// zh15MinorityHead finds a Mongolian, Tibetan or Uyghur name of two parts
// or more that opens a labelled value or a list's next item inside a
// longer run ("、乌兰图雅负责三至五号楼"), before the label's rule reads
// its first character as a surname ("乌兰图").
func (s *scan) zh15MinorityHead(offs []int, from, n int) (int, bool) {
	b := s.b
	if n-from < 4 || !cnMinorityAt(b, offs[from]) {
		return 0, false
	}
	for e := min(n, from+8); e >= from+4; e-- {
		if cnMinorityLong(b, offs[from:e+1]) {
			s.emit(PersonName, offs[from], offs[e], 0.8, "context+minority")
			return offs[e], true
		}
	}
	return 0, false
}

// zh15Words are words that begin with a surname's character and that a
// field of its own holds more often than a person: a claim's surveyor
// (查勘员), the god of war's statue (关公像), a chain of shops (屈臣氏).
// They stay out of cnNonNames, which the name model's features are
// trained on.
var zh15Words = set(`查勘 关公 屈臣`)

// zh15NotName reports whether the field [start, end) that cnShapeName
// would read as a surname and a given name is a word of zh15Words, or a
// role ending in 员 before a colon ("查勘员：", "理赔员："): a label.
func zh15NotName(b []byte, start, end int) bool {
	if end-start >= 6 && zh15Words[string(b[start:start+6])] {
		return true
	}
	return end-start == 9 && hasPrefixAt(b, end-3, "员") && (hasPrefixAt(b, end, "：") || end < len(b) && b[end] == ':')
}

// zh15YiGivens are given names of two characters that begin with 一, the
// commonest such of the last two decades: the word lists read most 一X as
// words ("一家", "一天", "一生"), so only these are names.
var zh15YiGivens = set(`一诺 一鸣 一帆 一凡 一博 一航 一涵 一然 一宁 一丹 一彤 一舟 一辰 一菲 一诚 一铭 一晗 一琳 一楠 一阳 一笑 一苇`)

// zh15YiGiven reports whether a given name of zh15YiGivens is at p.
func zh15YiGiven(b []byte, p int) bool {
	return p+6 <= len(b) && zh15YiGivens[string(b[p:p+6])]
}

// zh15JapaneseSurnames are the commonest Japanese surnames as Chinese
// writes them (their kanji, simplified), none a Chinese surname or word.
var zh15JapaneseSurnames = set(`山田 田中 佐藤 铃木 高桥 渡边 伊藤 中村 加藤 吉田 山本 松本 井上 木村 清水 山口 斋藤 池田 桥本 阿部 石川 山崎 中岛
前田 藤田 小川 冈田 后藤 长谷川 村上 近藤 石井 坂本 远藤 青木 藤井 西村 福田 太田 三浦 藤原 冈本 松田 中川 中野 原田 小野 竹内
森田 柴田 酒井 工藤 宫崎 宫本 内田 高木 安藤 岛田 谷口 大野 高田 丸山 今井 河野 藤本 村田 武田 上野 杉山 增田 小山 大冢
菅原 久保 松井 千叶 岩崎 樱井 木下 野口 松尾 菊地 野村 新井 渡部 佐佐木 佐々木`)

// zh15JapaneseGivenEnd are the last characters of Japanese given names of
// two characters ("太郎", "健太", "花子", "由美", "拓也").
var zh15JapaneseGivenEnd = setRunes(`郎 太 子 美 香 介 也 树 彦 夫 雄 男 辅 斗 翔 奈 菜 惠 代 乃 里 绘 希 人 司 哉 治 郎 藏 平 吾`)

// zh15JapaneseName finds a Japanese name, a surname of
// zh15JapaneseSurnames and a given name of two characters with a given
// name's ending, as a field of its own: "@山田太郎 ", "乙方签字：山田太郎  ",
// "、山田太郎。".
func (s *scan) zh15JapaneseName(i, j int) bool {
	b := s.b
	if i < s.floor || !cnFieldEdge(b, i, j) {
		return false
	}
	for _, sl := range []int{6, 9} {
		if j-i != sl+6 || !zh15JapaneseSurnames[string(b[i:i+sl])] {
			continue
		}
		if r := cnRune(b, j-3); isHan(cnRune(b, i+sl)) && zh15JapaneseGivenEnd[r] {
			s.emit(PersonName, i, j, 0.75, "field+japanese")
			return true
		}
	}
	return false
}

// zh15SurnameTold returns the surname at [q, e) that a speaker tells after
// 我姓 ("我姓上官，叫上官彤"; "您贵姓？我姓叶。"), ending the run, or e < q.
func zh15SurnameTold(b []byte, p, j int) (q, e int) {
	if !hasPrefixAt(b, p, "我姓") && !hasPrefixAt(b, p, "本人姓") {
		return 0, -1
	}
	q = p + 6
	if hasPrefixAt(b, p, "本人姓") {
		q = p + 9
	}
	if sl := cnSlotSurname(b, q, j, true); sl > 0 && q+sl == j {
		return q, j
	}
	return 0, -1
}

// zh15RoleMinority finds a Mongolian, Tibetan or Uyghur name that ends the
// run after a role of cnSlotRoles ("房东叫其其格，"), where the slot's rule
// looks for a Han surname.
func (s *scan) zh15RoleMinority(i, j int) bool {
	b := s.b
	if i < s.floor {
		return false
	}
	q := cnSlotRoleEnd(b, i)
	if q <= i || j-q < 6 || j-q > 24 {
		return false
	}
	var offs [9]int
	n := 0
	for p := q; p < j && n < 8; n++ {
		offs[n] = p
		_, size := cnDecodeRune(b[p:])
		p += size
		offs[n+1] = p
	}
	if offs[n] != j || !cnMinorityName(b, offs[:n+1]) {
		return false
	}
	s.emit(PersonName, q, j, 0.75, "context:role+minority")
	return true
}

// zh15KeLast reports whether the 可 that ends the candidate w at k ends a
// given name: after a given name's character ("欧凤可", "段嘉可"), or after a
// surname alone where the two make no word ("钱可", not "许可", "尚可",
// "宁可").
func zh15KeLast(w []byte, k int) bool {
	if k < 3 {
		return false
	}
	prev, _ := utf8.DecodeLastRune(w[:k])
	if k >= 6 {
		return cnGivenChars[prev] && !cnNotGiven[prev] && !zhWords[string(w[k-3:])]
	}
	return !zhWords[string(w)] && !cnNonNames[string(w)] && !cnSurnameWord[prev]
}

// zh15SignOff finds a letter's or a card's sign-off: a given name alone of
// one or two characters on a line of its own, after a line that ends a
// sentence and before a blank line or the text's end ("…也问你好。\n婷婷\n\n").
func (s *scan) zh15SignOff(i, j int) bool {
	b := s.b
	if i < s.floor || i < 4 || b[i-1] != '\n' || j-i > 6 {
		return false
	}
	if !hasPrefixAt(b, i-4, "。") && !hasPrefixAt(b, i-4, "！") {
		return false
	}
	if j < len(b) && !(b[j] == '\n' && (j+1 == len(b) || b[j+1] == '\n')) {
		return false
	}
	if j-i == 3 && !cnGivenOne(b, i) {
		return false
	}
	if j-i == 6 {
		offs := [3]int{i, i + 3, i + 6}
		if !cnGivenPair(b, offs[:]) || cnWordAt(b, offs[:]) || surnameLen(b, offs[:]) > 0 && cnOnlyGiven[cnRune(b, i+3)] {
			return false
		}
	}
	s.emit(PersonName, i, j, 0.7, "context:sign-off+given-name")
	return true
}

// zh15NamedSuffixes are institutions and memorials named after a person:
// the name before them is the institution's ("感谢宋庆龄基金会的资助").
var zh15NamedSuffixes = []string{"基金会", "纪念馆", "纪念堂", "故居", "奖学金", "研究会", "陵园"}

// zh15NamedAfter reports whether an institution's word of
// zh15NamedSuffixes follows the name that ends at e.
func zh15NamedAfter(b []byte, e int) bool {
	for _, w := range zh15NamedSuffixes {
		if hasPrefixAt(b, e, w) {
			return true
		}
	}
	return false
}

// zh15DotBefore are words before a person whose last character
// transliterates too: thanks (谢) and a history (历).
var zh15DotBefore = set(`感谢 谢谢 多谢 致谢 答谢 鸣谢 道谢 酬谢 经历 简历 履历 学历`)

// zh15DotTrim returns where a transliterated name that the characters from
// offs[start] to offs[n] spell begins: not at a character that ends a
// word with the one before it, outside the name ("感谢约翰·史密斯",
// "经历约翰·史密斯": 谢 and 历 transliterate too).
func zh15DotTrim(b []byte, offs []int, start, n int) int {
	if start >= 1 && start+2 <= n && zh15DotBefore[string(b[offs[start-1]:offs[start+1]])] {
		return start + 1
	}
	return start
}
