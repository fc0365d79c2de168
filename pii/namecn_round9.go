package pii

import "unicode/utf8"

// cnRoleCues are the words for an office or a role that Chinese notices
// and records put right before the person who holds it, without a colon:
// "居委会张三反映", "查勘员李四已于当日到场", "联系管家王五". Words that head
// compounds as often ("物业费", "客服电话") are left out; "会计" came in with
// session 21, since the name after it must open with a surname and end at
// a frame ("会计师事务所" does not). The word says a
// person comes; the name is read up to a word that follows a person
// (cnNameFrames) or the run's end.
var cnRoleCues = []string{"居委会", "村委会", "监委会", "业委会", "委员会", "管家", "司机", "保安", "民警", "辅警", "主任", "书记", "组长",
	"队长", "班长", "科长", "处长", "所长", "站长", "村长", "出纳", "工作人员", "查勘员", "勘查员", "调解员", "网格员", "管理员", "业务员",
	"联络员", "办事员", "专员", "快递员", "维修员", "记录员", "检查员", "技术员", "驾驶员", "书记员", "安全员", "质检员", "营业员", "收银员", "销售员",
	"理赔员", "接线员", "辅导员", "班主任", "法官", "检察官", "审判员", "代理人", "承办人", "经办人", "负责人", "联系人",
	"工头", "包工头", "孝男", "孝女", "孝子", "申请执行人", "被执行人",
	// Session 18: a building's head before a chat's speaker ("楼长谭翠花："),
	// and verbs whose object is a person ("有谁知道徐婷搬哪去了", "曾协助肖洋照顾",
	// "发票抬头写彭军", "兹证明崔洋（身份证号…）").
	"楼长", "知道", "协助", "抬头写", "兹证明",
	// Session 21 (unmapped): a village's cadre, a shop's clerk, a
	// passenger, an accountant before the clause about them ("包村干部解红梅",
	// "店员孔平承诺", "乘车人肖昊身份核验", "会计林平通报").
	"干部", "店员", "乘车人", "会计", "结算员", "司磅员"}

// cnFrameLeads are the one-character words that begin a clause about the
// person after them, "由张三负责", "受李四委托": only with a word of
// cnNameFrames after the name.
var cnFrameLeads = setRunes(`由 受 请 派 经 让 交 向 入 于 托`)

// cnNameFrames are the verbs and words that follow a person in a clause:
// "…负责跟进", "…委托", "…反映", "…已于当日到场", "…同志".
var cnNameFrames = []string{"负责", "委托", "反映", "已于", "已经", "同志", "主持", "牵头", "签字", "签收", "陪同", "办理", "处理", "跟进", "联系",
	"到场", "核实", "确认", "表示", "介绍", "说明", "提出", "提供", "报告", "汇报", "通报", "担任", "接待", "审核", "批准", "出席", "代表",
	"拖欠", "诊治", "可作证", "作证", "核验", "名下", "拍照确认", "核价", "上门查看", "班组", "敬立",
	"搬", "照顾",
	// Session 21: a household's application, an identity's check, a
	// promise ("关于王昊户宅基地翻建申请", "委托…办理").
	"户宅基地", "身份", "承诺"}

// cnRoleCueFirst marks the first characters of cnRoleCues and the frame
// leads: most characters of a run begin neither.
var cnRoleCueFirst = func() *[0x9FFF - 0x4E00 + 1]bool {
	var first []rune
	for _, c := range cnRoleCues {
		r, _ := utf8.DecodeRuneInString(c)
		first = append(first, r)
	}
	for r := range cnFrameLeads {
		first = append(first, r)
	}
	return hanTable(string(first))
}()

// cnFrameAt reports whether a word of cnNameFrames begins at offs[e], or
// the run ends there (e == n) at punctuation or the line's end: not at a
// digit ("物业费共计5714元").
func cnFrameAt(b []byte, offs []int, e, n int) bool {
	if e == n {
		return cnRightEdge(b, offs[n])
	}
	for _, f := range cnNameFrames {
		if hasPrefixAt(b, offs[e], f) {
			return true
		}
	}
	return false
}

// cnRoleName finds a surname and a one- or two-character given name
// between a role's word (or a frame's lead) and a word that follows a
// person or the run's end. The given characters may be any but function
// words: the two sides make the reading, not the characters.
func (s *scan) cnRoleName(offs []int, n int) (int, bool) {
	b := s.b
	for h := 0; h+2 <= n; h++ {
		r := cnRune(b, offs[h])
		if !isHan(r) || !cnRoleCueFirst[r-0x4E00] {
			continue
		}
		from, lead := h, false
		for _, c := range cnRoleCues {
			if hasPrefixAt(b, offs[h], c) {
				from = h + utf8.RuneCountInString(c)
				break
			}
		}
		if from == h {
			if !cnFrameLeads[r] {
				continue
			}
			from, lead = h+1, true
		}
		if from >= n {
			continue
		}
		// A Tibetan, Mongolian, Uyghur or Yi name has no Han surname
		// (though it may begin with a surname's character, "沙马阿呷"):
		// "查勘员阿依古丽已于…", "由次仁央宗负责".
		for e := min(n, from+8); e >= from+3 && cnMinorityAt(b, offs[from]); e-- {
			if cnFrameAt(b, offs, e, n) && !(lead && e == n) && cnMinorityName(b, offs[from:e+1]) {
				s.emit(PersonName, offs[from], offs[e], 0.75, "context:role+minority")
				return offs[e], true
			}
		}
		k := surnameLen(b, offs[from:n+1])
		// "由于", "对于": the conjunction, not the surname 于.
		if k == 0 || lead && cnRune(b, offs[from]) == '于' {
			continue
		}
		for _, g := range []int{2, 1} {
			e := from + k + g
			// After a role's word a verb that follows a person ends the
			// name too: "网格员路晓明会上门".
			// But not a verb's first character read as a given one:
			// "快递员王强告诉" is 王强.
			verb := !lead && e < n && cnAfterName[cnRune(b, offs[e])] && !cnGivenChars[cnRune(b, offs[e])] &&
				!(g == 2 && cnAfterName[cnRune(b, offs[e-1])] && !cnGivenChars[cnRune(b, offs[e-1])])
			if e > n || !verb && !cnFrameAt(b, offs, e, n) || lead && e == n {
				continue
			}
			// cnNonName turns down function words among the given
			// characters ("王的").
			if cnNonName(b, offs[from], offs[e]) || cnWordAt(b, offs[from:n+1]) || cnWordAt(b, offs[from+k:n+1]) {
				continue
			}
			s.emit(PersonName, offs[from], offs[e], 0.75, "context:role+surname")
			return offs[e], true
		}
	}
	return 0, false
}

// cnBossNotAfter are the characters that make "总" the head of a word after
// a surname's character: "高总结", "全总部", "常总是".
var cnBossNotAfter = setRunes(`结 部 体 共 计 是 之 和 额 量 数 价 值 的 会 在 要 不 能 也 都`)

// cnBossName finds a surname alone before "总" (for 总经理, how staff
// address a manager) that opens a clause and is followed by a verb: "一、
// 孟总通报了…", "，王总说…". The surname alone is the name, as with "王师傅".
func (s *scan) cnBossName(i int, offs []int, n int) (int, bool) {
	b := s.b
	// A compound surname too: "夏侯总也来吗" (session 17).
	k := surnameLen(b, offs[:n+1])
	if k == 0 || n < k+2 || !hasPrefixAt(b, offs[k], "总") || !cnLeftEdge(b, i) {
		return 0, false
	}
	r0, r2 := cnRune(b, offs[0]), cnRune(b, offs[k+1])
	if k == 1 && cnSurnameWord[r0] || !cnAfterName[r2] && !cnFrameAt(b, offs, k+1, n) || cnBossNotAfter[r2] && !zh17BossAlso(b, offs, k+1, n) {
		return 0, false
	}
	s.emit(PersonName, offs[0], offs[k], 0.7, "surname+boss")
	return offs[k], true
}

// cnMinorityAt reports whether a character that begins a minority name's
// part is at p: a table lookup before the parts are tried.
func cnMinorityAt(b []byte, p int) bool {
	r := cnRune(b, p)
	return isHan(r) && cnMinorityFirst[r-0x4E00]
}
