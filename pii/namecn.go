package pii

import (
	"strings"
	"unicode/utf8"
)

// cnNonNames are words and brands that begin with a surname's character
// ("马上", "周末", "李宁"): a short run that begins with one is no name.
var cnNonNames = addWords(map[string]bool{}, "zh_nonnames.txt")

// cnNotGiven are characters that follow a surname's character in ordinary
// words far more often than in given names: "王的", "高了".
var cnNotGiven = setRunes(`的 了 是 在 和 也 就 都 上 下 不 说 个 们 有 这 那 到 去 来 过 着 吗 呢 吧 啊 么 把 被 让 给 对 从
向 与 及 或 等 里 中 内 外 前 后 号 路 街 市 区 县 省 年 月 日 元 点 分 秒 次 件 位 名 条 张 本 种 些 能 会 要 想 可 以 为 所`)

// cnSurnameAlone are the forms of address after which a surname alone is
// a person ("王师傅", "李老师").
var cnSurnameAlone = func() func(b []byte, p int) bool {
	forms := []string{"师傅", "老师", "小哥", "经理", "主任", "医生", "教授", "律师", "阿姨", "先生", "女士", "小姐"}
	return func(b []byte, p int) bool {
		for _, f := range forms {
			if hasPrefixAt(b, p, f) {
				return true
			}
		}
		return false
	}
}()

// cnNonName reports whether the ideographs [start, end) begin with a word
// or brand of cnNonNames, or have a character that ordinary words put
// after a surname's character.
func cnNonName(b []byte, start, end int) bool {
	w := b[start:end]
	for k, n := 0, 0; k < len(w) && n < 4; n++ {
		r, size := utf8.DecodeRune(w[k:])
		if k > 0 && cnNotGiven[r] {
			return true
		}
		k += size
		if n > 0 && cnNonNames[string(w[:k])] {
			return true
		}
	}
	return false
}

// cnFieldEdge reports whether the byte before a run of ideographs at i, or
// the one after it at e, sets the run apart as a field of its own: the start
// or end of the text or a line, a separator of CSV, JSON or key=value, a
// chat speaker's colon, Chinese punctuation.
func cnFieldEdge(b []byte, i, e int) bool {
	left := i == 0
	if !left {
		c := b[i-1]
		left = c == '\n' || c == ',' || c == ';' || c == '"' || c == '=' || c == ':' || c == ' ' || c == '\t' || c == '|' || c == '\r' || c == '-'
		if !left && i >= 3 {
			r, _ := utf8.DecodeLastRune(b[:i])
			left = strings.ContainsRune("，：、；（“「【—", r)
		}
	}
	if !left {
		return false
	}
	if e >= len(b) {
		return true
	}
	c := b[e]
	if c < 0x80 {
		return c == '\n' || c == ',' || c == ';' || c == '"' || c == ':' || c == ' ' || c == '\t' || c == '|' || c == '\r' || c == '<' || c == '('
	}
	r, _ := utf8.DecodeRune(b[e:])
	return strings.ContainsRune("，：、；（）”」】。！？", r)
}

// cnShapeName finds a name that is a field of its own: a run of two to
// four ideographs that begins with a surname, stands between separators
// ("张伟,北京市…", "receiver=王芳 ", "[09:41] 李娜：", a signature line) and
// is no common word; or a given name after "亲爱的".
func (s *scan) cnShapeName(i int, offs []int, n int) (int, bool) {
	b := s.b
	if n >= 24 {
		return 0, false
	}
	for _, cue := range []string{"亲爱的", "尊敬的"} {
		if hasPrefixAt(b, i, cue) {
			from := utf8.RuneCountInString(cue)
			if rest := n - from; rest >= 2 && rest <= 3 && cnFieldEdge(b, i, offs[n]) && !cnNonName(b, offs[from], offs[n]) {
				s.emit(PersonName, offs[from], offs[n], 0.8, "context:greeting")
				return offs[n], true
			}
			return 0, false
		}
	}
	if end, ok := s.cnCuedName(offs, n); ok {
		return end, true
	}
	k := surnameLen(b, offs)
	if k == 0 || n-k < 1 || n-k > 2 || !cnFieldEdge(b, i, offs[n]) || cnNonName(b, i, offs[n]) {
		return 0, false
	}
	s.emit(PersonName, i, offs[n], 0.8, "surname+field")
	return offs[n], true
}

// cnCues introduce a person inside a sentence: "帮我问一下王芳方案改好了没".
var cnCues = []string{"问一下", "问问", "告诉", "通知", "联系", "提醒", "感谢", "转告", "麻烦", "发给", "交给", "转给",
	"和", "跟", "找", "叫", "同事", "朋友", "客户", "用户", "老板", "同学", "领导", "负责人", "经办人", "谢谢"}

// cnCueFirst marks the ideographs (from U+4E00) that begin a cue.
var cnCueFirst = func() (t [0x9FFF - 0x4E00 + 1]bool) {
	for _, c := range cnCues {
		r, _ := utf8.DecodeRuneInString(c)
		t[r-0x4E00] = true
	}
	return t
}()

// cnCuedName finds a surname and a one- or two-character given name after
// a cue inside the run at offs; the given name is as long as leaves a
// known word or the run's end after it.
func (s *scan) cnCuedName(offs []int, n int) (int, bool) {
	b := s.b
	for h := 0; h+3 < n; h++ {
		// Most characters begin no cue: one table lookup rules them out.
		if r, _ := utf8.DecodeRune(b[offs[h]:]); !isHan(r) || !cnCueFirst[r-0x4E00] {
			continue
		}
		for _, cue := range cnCues {
			if !hasPrefixAt(b, offs[h], cue) {
				continue
			}
			from := h + utf8.RuneCountInString(cue)
			k := surnameLen(b, offs[from:n+1])
			if k == 0 {
				return 0, false
			}
			for _, g := range []int{2, 1} {
				e := from + k + g
				if e > n {
					continue
				}
				// Most given names have two characters: one only when
				// the second would be a function word or begin a word
				// ("跟王说了", "和李明天见" reads 李明 as the name too:
				// the text cannot tell).
				if g == 2 && e < n+1 {
					r, _ := utf8.DecodeRune(b[offs[from+k+1]:])
					if cnNotGiven[r] || cnWordAt(b, offs[from+k+1:n+1]) {
						continue
					}
				}
				{
					if cnNonName(b, offs[from], offs[e]) {
						return 0, false
					}
					s.emit(PersonName, offs[from], offs[e], 0.75, "context:cue+surname")
					return offs[e], true
				}
			}
		}
	}
	return 0, false
}

// cnWordAt reports whether a word of cnNonNames begins at offs[0].
func cnWordAt(b []byte, offs []int) bool {
	for l := 2; l <= 4 && l < len(offs); l++ {
		if cnNonNames[string(b[offs[0]:offs[l]])] {
			return true
		}
	}
	return false
}

// cnFieldWords name a form's fields: after a label ("客户姓名", "用户名称")
// they are the header, not a name.
var cnFieldWords = set(`姓名 名字 名称 名 电话 手机 手机号 地址 信息 编号 类型 名单 列表 账号 编码 邮箱 号码 单位 部门 性别 年龄 证件
身份证 备注 签名 签字 日期 时间 ID id 等级 服务 反馈 须知 资料`)

// cnFieldWord reports whether the ideographs [start, end) are a field's
// name or a label.
func cnFieldWord(b []byte, start, end int) bool {
	w := string(b[start:end])
	if cnFieldWords[w] {
		return true
	}
	for _, l := range cnNameLabels {
		if w == l {
			return true
		}
	}
	return false
}
