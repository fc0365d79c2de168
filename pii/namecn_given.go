package pii

// A two-character given name written alone, with no surname: "俊杰", "丽娟".
// Alone, two given names' characters read too many words, so the scan takes
// one only where the text says it is a person:
//   - an item of a sign-up list ("1. 俊杰 +1", "2. 丽娟 带孩子") when another
//     item of the list is a person too;
//   - before 姐, 哥, 妹 or 弟 right after a role ("联系店长翠花姐", "找国庆哥");
//   - after a wedding's role at a field's value ("联系人：伴娘秀兰 124…").

// cnGivenAloneNot are words made of given names' characters that are no
// one's name: "平安", "健康".
var cnGivenAloneNot = set(`平安 健康 安康 快乐 美丽 可爱 如意 吉祥 幸福 欢乐 欢迎 成功 光明 文明 和平 春天 秋天 冬天 明天 天天 清明 新春
新年 中秋 安全 永远 安心 放心 开心 爱心 热心 信心 美好 美美 乐乐 月月 年年 天然 自然 生活 明星 阳光 温柔 文化 英雄 国家 东西 成长
宝宝 宝贝 家人 心情 新鲜 清新 清爽 精彩 优秀 帅哥 美女 美食 美味 甜品 水果 金色 红色 紫色 博士 江湖 山水 森林 花园 家园`)

// cnGivenPair reports whether the two ideographs at offs[0:3] may be a
// given name alone: both characters of given names, neither one that
// follows a surname in ordinary words, and no word.
func cnGivenPair(b []byte, offs []int) bool {
	r1, _ := cnDecodeRune(b[offs[0]:])
	r2, _ := cnDecodeRune(b[offs[1]:])
	if !cnGivenChars[r1] || !cnGivenChars[r2] || cnNotGiven[r1] || cnNotGiven[r2] {
		return false
	}
	w := string(b[offs[0]:offs[2]])
	return !cnNonNames[w] && !zhWords[w] && !cnGivenAloneNot[w]
}

// cnGivenAlone finds a two-character given name alone in the run at offs
// (n ideographs, from i) in one of the places above.
func (s *scan) cnGivenAlone(i int, offs []int, n int) (int, bool) {
	b := s.b
	if end, ok := s.cnGivenNamed(i, offs, n); ok {
		return end, true
	}
	if n == 2 && cnGivenPair(b, offs) {
		if ls := cnListItemStart(b, i); ls >= 0 && cnListItemEnd(b, offs[2]) && cnSignUpList(b, ls) {
			s.emit(PersonName, i, offs[2], 0.7, "list+given-name")
			return offs[2], true
		}
	}
	if n == 4 && n < 24 && cnLeftEdge(b, i) && cnValueBefore(b, i) && cnRightEdge(b, offs[4]) {
		for _, role := range []string{"伴娘", "伴郎", "新郎", "新娘"} {
			if hasPrefixAt(b, i, role) && cnGivenPair(b, offs[2:]) {
				s.emit(PersonName, offs[2], offs[4], 0.75, "wedding-role+given-name")
				return offs[4], true
			}
		}
	}
	if n >= 4 && n < 24 {
		for h := 1; h+2 < n; h++ {
			if r := cnRune(b, offs[h+2]); r != '姐' && r != '哥' && r != '妹' && r != '弟' {
				continue
			}
			if !cnGivenRoleBefore(b, offs[:h+1]) || !cnGivenPair(b, offs[h:]) {
				continue
			}
			// "翠花姐姐", "国庆哥们": no suffix of kin after the suffix.
			if h+3 < n && cnSisterAfterNot[cnRune(b, offs[h+3])] {
				continue
			}
			s.emit(PersonName, offs[h], offs[h+2], 0.7, "role+given-name+sister/brother")
			return offs[h+3], true
		}
	}
	return 0, false
}

// cnGivenRoleBefore reports whether the ideographs at offs end with a role
// or a verb that names a person: "店长", "联系", "找", "问".
func cnGivenRoleBefore(b []byte, offs []int) bool {
	h := len(offs) - 1
	switch cnRune(b, offs[h-1]) {
	case '找', '问':
		return true
	}
	if h >= 2 {
		w := string(b[offs[h-2]:offs[h]])
		return w == "店长" || w == "联系"
	}
	return false
}

// cnValueBefore reports whether a field's colon stands before i, with
// spaces between: "联系人：", "contact: ".
func cnValueBefore(b []byte, i int) bool {
	p := i
	for p > 0 && (b[p-1] == ' ' || b[p-1] == '\t') {
		p--
	}
	return p > 0 && b[p-1] == ':' || p >= 3 && string(b[p-3:p]) == "："
}

// cnListItemStart returns the start of the line when i begins the item of
// a numbered list ("1. ", "12、", "3."), else -1.
func cnListItemStart(b []byte, i int) int {
	p := i
	for p > 0 && b[p-1] == ' ' {
		p--
	}
	switch {
	case p >= 3 && string(b[p-3:p]) == "、":
		p -= 3
	case p >= 1 && b[p-1] == '.':
		p--
	default:
		return -1
	}
	d := p
	for d > 0 && isDigit(b[d-1]) && p-d < 3 {
		d--
	}
	if d == p || d > 0 && b[d-1] != '\n' {
		return -1
	}
	return d
}

// cnListItemEnd reports whether the item's name ends at e: the line's end,
// "+1", or a space before a short note that is no count ("2斤") or before
// a neighbour's building ("30栋").
func cnListItemEnd(b []byte, e int) bool {
	if e >= len(b) || b[e] == '\n' || b[e] == '\r' || b[e] == '+' {
		return true
	}
	if b[e] != ' ' && b[e] != '\t' {
		return false
	}
	for e < len(b) && (b[e] == ' ' || b[e] == '\t') {
		e++
	}
	if e >= len(b) || b[e] == '\n' || b[e] == '\r' || b[e] == '+' {
		return true
	}
	r, _ := cnDecodeRune(b[e:])
	return isHan(r) && !cnQuantityAfter(b, e) || cnHomeAt(b, e)
}

// cnSignUpList reports whether the numbered list whose item begins the
// line at ls has another item that is a person: a surname and a given name,
// or a given name alone, ending as an item of names ends.
func cnSignUpList(b []byte, ls int) bool {
	// The lines before, then the lines after, while they are items.
	for p := ls; p > 0; {
		q := p - 1 // the '\n' ending the line before
		start := q
		for start > 0 && b[start-1] != '\n' {
			start--
		}
		ok, person := cnListItemPerson(b, start, q)
		if !ok {
			break
		}
		if person {
			return true
		}
		p = start
	}
	p := ls
	for p < len(b) && b[p] != '\n' {
		p++
	}
	for p < len(b) {
		start := p + 1
		q := start
		for q < len(b) && b[q] != '\n' {
			q++
		}
		ok, person := cnListItemPerson(b, start, q)
		if !ok {
			break
		}
		if person {
			return true
		}
		p = q
	}
	return false
}

// cnListItemPerson reports whether the line [start, end) is an item of a
// numbered list, and whether its item is a person.
func cnListItemPerson(b []byte, start, end int) (item, person bool) {
	p := start
	for p < end && p-start < 3 && isDigit(b[p]) {
		p++
	}
	if p == start || p >= end {
		return false, false
	}
	switch {
	case b[p] == '.':
		p++
	case hasPrefixAt(b, p, "、"):
		p += 3
	default:
		return false, false
	}
	for p < end && b[p] == ' ' {
		p++
	}
	var offs [6]int
	n, j := 0, p
	for j < end && n < 5 {
		r, size := cnDecodeRune(b[j:])
		if !isHan(r) {
			break
		}
		offs[n] = j
		n++
		j += size
	}
	if n < 2 || n > 4 || !cnListItemEnd(b, j) {
		return true, false
	}
	offs[n] = j
	if n == 2 && cnGivenPair(b, offs[:3]) {
		return true, true
	}
	k := surnameLen(b, offs[:n+1])
	return true, k > 0 && n-k >= 1 && n-k <= 2 && !cnNonName(b, offs[0], offs[n])
}
