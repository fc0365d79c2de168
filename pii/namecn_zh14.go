package pii

import (
	"strings"
	"unicode/utf8"
)

// Slots that a frame, a list or a record's layout makes a person's, filled
// by names the other rules refuse for their shape:
//   - a role right before the person in a sentence, with or without a
//     copula ("邻居曾伟称", "签收人为管强，", "房东叫阳喆，", "民警强晶、谷阿强到场");
//   - the next item of a list whose first item was a person ("、谷阿强到场");
//   - the one spoken to ("你跟吴旭说了没");
//   - the subject of a numbered item of minutes ("一、乔俊汇报");
//   - a chat speaker before the time, a line opened by a person and a form
//     of address ("左来福 17:56", "秦向东同志因病", "费向东老师：");
//   - a field of its own that holds a whole name ("  植德华  中锋").
// The names these slots hold are of two shapes the model and the rules read
// as words: given names that are words or slogans of their decade ("来福",
// "有才", "向东", "援朝", "如意"), and surnames rarer than cnSurnames whose
// characters are words ("强", "原", "植"), read only where the slot is firm.

// cnWordGivens are two-character given names that are words, slogans or
// pet names: after a surname in a slot they are a person's, though their
// characters follow surnames in ordinary words ("来", "有") or name no one
// alone.
var cnWordGivens = set(`来福 来喜 来顺 来宝 有才 有福 有财 有德 有为 向东 向阳 向荣 向前 援朝 抗美 跃进 卫东 卫国 卫红 红旗 红卫 建国 爱国
国庆 建军 建华 建设 解放 胜利 得胜 如意 吉祥 阿强 阿娇 阿明 阿珍 阿芳 阿宝 阿牛 阿福 阿秀 阿英 二丫 二妞 二狗 大壮 大山 铁柱 石头
小龙 小虎 小芳 小明 小红 小军 小兵 小燕 小梅 敬业 福生 长生 根生 水生 金花 翠花 桂花 季常 沁园 彦祖 兆麟 学军 学文 永红 秋菊 招娣 来娣
中华 长青 长林 长江 长春`)

// cnRareSurnames are surnames rarer than cnSurnames whose characters are
// words too ("强调", "原来", "植物", "沿海"): only a firm slot reads them.
var cnRareSurnames = setRunes(`强 原 植 沿 琚 郄 笃 过 逢 弘 危 盍 鲜 揭
终 利 居 双 干 皮 山 越 容 区 敬 养 印 能 通 须 充 谌 都 续 奚 计 束 公 支 元 步 帅 隆 怀 广 满 乐 代 那 别 廉 宣 井 言 融 宿 富`)

// cnRareCompounds are compound surnames that cnCompoundSurnames lacks.
var cnRareCompounds = []string{"独孤", "拓跋", "完颜", "公冶", "乐正", "梁丘", "太史", "公羊", "司空"}

// cnRareCompoundFirst marks the characters of cnRareCompounds.
var cnRareCompoundFirst = hanTable(strings.Join(cnRareCompounds, " "))

// cnSlotAfter are words that follow a person in the slots above: verbs of
// speech and report, arrival, and forms of kin at a line's start.
var cnSlotAfter = []string{"到场", "称", "说", "讲", "汇报", "负责", "主持", "发言", "介绍", "通报", "补充", "总结", "宣布", "表示", "提出",
	"赶到", "前往", "来到", "随即", "立即", "一起", "一同", "共同", "分别", "等人", "等",
	"妈妈", "爸爸", "奶奶", "爷爷", "家长", "同志", "也", "已", "和", "及", "、"}

// cnSlotSurname returns the byte length of a surname at q (a compound's six,
// a single one's three), rare ones only when firm, or 0.
func cnSlotSurname(b []byte, q, j int, firm bool) int {
	if q+3 > j {
		return 0
	}
	r := cnRune(b, q)
	// Most characters begin no compound surname: one lookup says so.
	if q+6 <= j && isHan(r) && (cnCompoundFirst[r-0x4E00] || firm && cnRareCompoundFirst[r-0x4E00]) {
		for _, c := range cnCompoundSurnames {
			if hasPrefixAt(b, q, c) {
				return 6
			}
		}
		if firm {
			for _, c := range cnRareCompounds {
				if hasPrefixAt(b, q, c) {
					return 6
				}
			}
		}
	}
	if cnSurnames[r] && (firm || !cnSurnameWord[r]) || firm && cnRareSurnames[r] && !zh16RareWords[string(b[q:min(q+6, j)])] {
		return 3
	}
	return 0
}

// The strength of a slot: how much of a name's shape the slot's frame
// vouches for.
const (
	cnSlotLoose = iota // common surnames, given names' characters
	cnSlotField        // rare surnames too, with two given characters
	cnSlotRole         // a role names the person: any given characters
)

// cnSlotName returns the end of a name at q in the run that ends at j: a
// surname and a given name of cnWordGivens, of two given names'
// characters, or of one, followed by what follows says; or -1. The
// stronger the slot (cnSlotField, cnSlotRole), the rarer the surnames and
// given characters it reads: after a role, a given name of two characters
// needs only one that names are made of ("姜承志", "黎楚涵"), and a rare
// surname may take one given character ("民警强晶").
func cnSlotName(b []byte, q, j int, strength int, follows func(e int) bool) int {
	firm := strength > cnSlotLoose
	sl := cnSlotSurname(b, q, j, firm)
	if sl == 0 {
		return -1
	}
	s := q + sl
	rare := sl == 3 && !cnSurnames[cnRune(b, q)]
	if s+6 <= j {
		r1, r2 := cnRune(b, s), cnRune(b, s+3)
		w := string(b[s : s+6])
		word := cnWordGivens[w]
		given := cnGivenChars[r1] && cnGivenChars[r2] || strength == cnSlotRole && isHan(r1) && isHan(r2) && (cnGivenChars[r1] || cnGivenChars[r2]) ||
			strength == cnSlotRole && r1 == '一'
		chars := given && !cnNotGiven[r1] && !cnNotGiven[r2] && !cnNonName(b, q, s+6)
		if (word || chars) && follows(s+6) && !cnNonNames[string(b[q:s+6])] {
			return s + 6
		}
	}
	if rare && strength != cnSlotRole || s+3 > j {
		return -1
	}
	r := cnRune(b, s)
	if !isHan(r) || cnNotGiven[r] || (!firm || rare) && !cnGivenChars[r] || !follows(s+3) || cnNonName(b, q, s+3) {
		return -1
	}
	return s + 3
}

// cnSlotFollows reports whether the name that ends at e, in the run that
// ends at j, is followed as a person is: the run's end, a word of
// cnSlotAfter, a form of address, or a character that follows a person and
// begins no given name.
func cnSlotFollows(b []byte, e, j int) bool {
	if e >= j {
		return true
	}
	if cnHonorificAt(b, e) || cnViceHonorificAt(b, e) {
		return true
	}
	r := cnRune(b, e)
	if cnAfterName[r] && !cnGivenChars[r] {
		return true
	}
	for _, w := range cnSlotAfter {
		if hasPrefixAt(b, e, w) {
			return true
		}
	}
	return false
}

// cnViceHonorificAt reports whether 副 and a form of address begin at p:
// "副主任医师", "副院长".
func cnViceHonorificAt(b []byte, p int) bool {
	return hasPrefixAt(b, p, "副") && cnHonorificAt(b, p+3)
}

// cnSlotRoles are roles that stand right before the person who holds them,
// in a sentence or before a colon: a neighbour, the police, a landlord, a
// parcel's signer, a team's leader, a mourner, a contract's party.
var cnSlotRoles = []string{"邻居", "民警", "警官", "辅警", "交警", "房东", "房主", "中介", "小哥", "签收人", "收件人", "寄件人", "收货人",
	"领队", "队长", "教练", "记录人", "主持人", "孝子", "孝女", "孝孙", "签字", "签名", "出租方", "承租方", "尊敬的", "证人", "目击者",
	// Session 16: a record's parties, a household's tenant, a firm's agent.
	"租户", "住户", "经纪人", "志愿者", "产权人", "失主", "合伙人", "导师", "户名", "审判员", "审判长", "书记员", "证明人", "承租人", "出租人", "教师",
	// Titles of office before the holder, as news writes them: "街道办主任严来娣出席".
	"主任", "主席", "书记", "局长", "院长", "校长", "所长", "厂长"}

// cnSlotRoleFirst marks the ideographs that begin a role of cnSlotRoles,
// and cnSlotRolesBy lists the roles by their first character, so that a
// common character ("中", "小") is compared with its few roles only.
var (
	cnSlotRoleFirst = func() *[0x9FFF - 0x4E00 + 1]bool {
		s := ""
		for _, r := range cnSlotRoles {
			c, _ := utf8.DecodeRuneInString(r)
			s += string(c)
		}
		return hanTable(s)
	}()
	cnSlotRolesBy = func() map[rune][]string {
		m := map[rune][]string{}
		for _, r := range cnSlotRoles {
			c, _ := utf8.DecodeRuneInString(r)
			m[c] = append(m[c], r)
		}
		return m
	}()
)

// cnSlotCopulas join a role to the person: "签收人为", "房东叫", "收件人写".
var cnSlotCopulas = []string{"为", "是", "叫", "写", "名叫"}

// cnSlotRoleEnd returns where a role of cnSlotRoles that starts at p ends
// (after a copula), or -1.
func cnSlotRoleEnd(b []byte, p int) int {
	for _, role := range cnSlotRolesBy[cnRune(b, p)] {
		if !hasPrefixAt(b, p, role) {
			continue
		}
		e := p + len(role)
		for _, c := range cnSlotCopulas {
			if hasPrefixAt(b, e, c) {
				return e + len(c)
			}
		}
		return e
	}
	return -1
}

// cnRoleBeforeField reports whether a role of cnSlotRoles ends right before
// the field at i, across a colon and a party's bracket ("孝女：",
// "承租方（乙方）：").
func cnRoleBeforeField(b []byte, i int) bool {
	p := i
	for p > 0 && b[p-1] == ' ' {
		p--
	}
	switch {
	case p >= 3 && hasPrefixAt(b, p-3, "："):
		p -= 3
	case p >= 1 && b[p-1] == ':':
		p--
	default:
		return false
	}
	if p >= 1 && b[p-1] == ')' || p >= 3 && hasPrefixAt(b, p-3, "）") {
		// A party in brackets, full-width or not: "（乙方）", "(乙方)".
		open := -1
		for q := p - 1; q >= 0 && q >= p-18; q-- {
			if b[q] == '(' || q+3 <= p && hasPrefixAt(b, q, "（") {
				open = q
				break
			}
		}
		if open < 0 {
			return false
		}
		p = open
	}
	for _, role := range cnSlotRoles {
		if p >= len(role) && hasPrefixAt(b, p-len(role), role) {
			return true
		}
	}
	return false
}

// cnLineOpen reports whether the run at i opens a line, after a chat's
// time in brackets too ("[29:10] 强蓓：").
func cnLineOpen(b []byte, i int) bool {
	if i == 0 || b[i-1] == '\n' {
		return true
	}
	return i >= 2 && b[i-1] == ' ' && b[i-2] == ']'
}

// cnTimeAfter reports whether a chat message's time follows at e: " 17:56".
func cnTimeAfter(b []byte, e int) bool {
	return e+6 <= len(b) && b[e] == ' ' && isDigit(b[e+1]) && isDigit(b[e+2]) && b[e+3] == ':' && isDigit(b[e+4]) && isDigit(b[e+5])
}

// cnMinutesItem reports whether the run at i follows a numbered item's
// mark in Chinese numerals at a line's start: "一、", "十二、".
func cnMinutesItem(b []byte, i int) bool {
	if i < 6 || !hasPrefixAt(b, i-3, "、") {
		return false
	}
	p := i - 3
	for k := 0; k < 3 && p >= 3; k++ {
		r := cnRune(b, p-3)
		if r != '一' && r != '二' && r != '三' && r != '四' && r != '五' && r != '六' && r != '七' && r != '八' && r != '九' && r != '十' {
			break
		}
		p -= 3
	}
	return p < i-3 && (p == 0 || b[p-1] == '\n')
}

// cnSlotFrame emits a person in one of the slots above in the run of
// ideographs [i, j) where no rule found a name.
func (s *scan) cnSlotFrame(i, j int) {
	b := s.b
	follows := func(e int) bool { return cnSlotFollows(b, e, j) }
	// The run as a whole: a field, a line's opener, a list's next item.
	if i >= s.floor {
		lineOpen := cnLineOpen(b, i)
		atEnd := func(e int) bool { return e == j }
		if cnRoleBeforeField(b, i) || s.listedAfterName(i) || cnMinutesItem(b, i) {
			if e := cnSlotName(b, i, j, cnSlotRole, follows); e > i {
				s.emit(PersonName, i, e, 0.75, "context:slot+role")
				return
			}
		}
		if lineOpen && (cnTimeAfter(b, j) || hasPrefixAt(b, j, "：")) {
			// A rare surname and one given character only after a
			// chat's time: "[29:10] 强蓓：", not "原文：".
			strength := cnSlotField
			if i > 0 && b[i-1] == ' ' {
				strength = cnSlotRole
			}
			if e := cnSlotName(b, i, j, strength, atEnd); e > i && (j-i > 6 || !cnSurnameWord[cnRune(b, i)]) {
				s.emit(PersonName, i, e, 0.75, "context:slot+speaker")
				return
			}
		}
		if lineOpen {
			addressed := func(e int) bool {
				return e < j && (cnHonorificAt(b, e) || cnViceHonorificAt(b, e) || hasPrefixAt(b, e, "妈妈") || hasPrefixAt(b, e, "爸爸"))
			}
			if e := cnSlotName(b, i, j, cnSlotField, addressed); e > i && e-i > 6 {
				s.emit(PersonName, i, e, 0.75, "context:slot+addressed")
				return
			}
		}
		if (j-i == 9 || j-i == 12) && cnFieldEdge(b, i, j) {
			// A whole name as a field: a rare surname and two given
			// characters, or a given name of cnWordGivens.
			if e := cnSlotName(b, i, j, cnSlotField, atEnd); e == j && (!cnSurnames[cnRune(b, i)] || cnWordGivens[string(b[j-6:j])]) {
				s.emit(PersonName, i, e, 0.75, "context:slot+field")
				return
			}
		}
	}
	for p := max(i, s.floor); p < j; {
		r, size := utf8.DecodeRune(b[p:])
		q, e := p+size, -1
		switch {
		case isHan(r) && cnSlotRoleFirst[r-0x4E00]:
			if q = cnSlotRoleEnd(b, p); q > p {
				e = cnSlotName(b, q, j, cnSlotRole, follows)
			} else {
				q = p + size
			}
		case r == '科' || r == '室':
			// A doctor after the department, before the title:
			// "儿科万杰副主任医师", "口腔科侯沁园主任医师".
			e = cnSlotName(b, q, j, cnSlotRole, func(e int) bool { return e < j && (cnHonorificAt(b, e) || cnViceHonorificAt(b, e)) })
		case r == '谢' && hasPrefixAt(b, p, "谢谢"):
			// Thanks to a person, the message's end: "谢谢卢有福！".
			q = p + 6
			e = cnSlotName(b, q, j, cnSlotLoose, func(e int) bool { return e == j })
		case r == '跟' || r == '和' || r == '对' || r == '给':
			// The one spoken to: "你跟吴旭说了没".
			e = cnSlotName(b, q, j, cnSlotLoose, func(e int) bool {
				return hasPrefixAt(b, e, "说") || hasPrefixAt(b, e, "讲") || hasPrefixAt(b, e, "聊") || hasPrefixAt(b, e, "打招呼")
			})
		}
		if e > q {
			s.emit(PersonName, q, e, 0.75, "context:slot+role")
			p = e
			continue
		}
		p += size
	}
}

// cnWordGivenBefore reports whether a surname and a given name of
// cnWordGivens end at offs[h], before a form of address: "杭向阳老师" is
// 杭向阳, not 阳 (向 is a surname too). A surname that is a word
// ("时", "和") needs a character before it that stands before a person:
// "找时卫东律师".
func cnWordGivenBefore(b []byte, offs []int, h int) bool {
	if h < 3 || !cnWordGivens[string(b[offs[h-2]:offs[h]])] {
		return false
	}
	r := cnRune(b, offs[h-3])
	if !cnSurnames[r] {
		return false
	}
	// The second character of a compound surname: "欧阳翠花", "夏侯建军".
	if h >= 4 && surnameLen(b, offs[h-4:h+1]) == 2 {
		return false
	}
	if !cnSurnameWord[r] {
		return true
	}
	if h < 4 {
		return false
	}
	prev := cnRune(b, offs[h-4])
	return isHan(prev) && cnBeforeName[prev-0x4E00]
}
