package pii

// cnKinWords are the words by which a chat or a notice names a person
// through a child or a family ("子涵妈妈：", "王平爸爸：" of a class's parents'
// group, "红梅阿姨家的猫"): the name before them is the child's or the
// person's own.
var cnKinWords = []string{"妈妈", "爸爸", "奶奶", "爷爷", "外婆", "外公", "姥姥", "姥爷", "阿姨", "叔叔", "家长", "夫妇", "夫妻"}

// cnKinName finds a name that opens a field and that a kin word follows:
// a surname and one or two given characters, or a given name alone of one
// or two characters the ministry's lists know. A given name of one
// character alone is read only as a chat line's speaker ("璐爸爸：").
func (s *scan) cnKinName(i int, offs []int, n int) (int, bool) {
	b := s.b
	if n < 3 || n >= 24 || !cnLeftEdge(b, i) {
		return 0, false
	}
	for h := 1; h <= 4 && h+2 <= n; h++ {
		kin := ""
		for _, w := range cnKinWords {
			if hasPrefixAt(b, offs[h], w) {
				kin = w
				break
			}
		}
		if kin == "" {
			continue
		}
		// A speaker: the kin word ends the run before a colon.
		speaker := h+2 == n && (hasPrefixAt(b, offs[n], "：") || hasPrefixAt(b, offs[n], ":"))
		k := surnameLen(b, offs[:h+1])
		if k == h {
			return 0, false // a surname alone: the honorifics' rule reads it
		}
		given := 0
		for c := k; c < h; c++ {
			r, _ := cnDecodeRune(b[offs[c]:])
			if cnGivenChars[r] || k == 0 && h == 2 && c == 0 && zh15YiGiven(b, offs[0]) {
				given++ // "一诺妈妈" (namecn_zh15.go)
			} else if k == 0 || cnNotGiven[r] {
				return 0, false
			}
		}
		if h-k > 2 || k == 0 && (h == 1 && !speaker || given < h) || cnNonName(b, offs[0], offs[h]) || cnWordAt(b, offs[:n+1]) {
			return 0, false
		}
		s.emit(PersonName, offs[0], offs[h], 0.75, "context:kin")
		return offs[h+2], true
	}
	return 0, false
}

// cnMaskedSurname finds a surname that a mask follows, as notices print a
// person with the given name hidden ("读者：杨**", "张*先生"): the surname is
// still the person's.
func cnMaskedSurname(b []byte, i int, offs []int, n int) bool {
	return n <= 2 && offs[n] < len(b) && b[offs[n]] == '*' && surnameLen(b, offs[:n+1]) == n && cnLeftEdge(b, i)
}

// cnGreetRoles are the roles a notice's greeting names before the person:
// "尊敬的业主王芳：", "尊敬的会员李娜".
var cnGreetRoles = []string{"业主", "客户", "用户", "会员", "旅客", "乘客", "家长", "读者", "车主", "租户", "患者", "学员", "先生", "女士"}
