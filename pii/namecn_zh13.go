package pii

import (
	"bytes"
	"unicode/utf8"
)

// A text that names a Chinese person in full goes on to call them by the
// given name alone ("陈晓燕 … 晓燕今天请假", "姓名：顾丽怡 … 留言：丽怡，毕业
// 快乐"), by 小 or 老 and the surname ("外号：小顾"), or repeats the full name
// where no rule's context holds ("跟田天佑吃饭"). Teachers, parents, friends
// and colleagues write so in any genre, so the parts of the names the scan
// found earlier (the recall ring of namerecall.go) are read where the rules
// found nothing.

// cnRecallSurnameBytes returns the byte length of the surname of the
// remembered Chinese name w: a compound surname's six, or three.
func cnRecallSurnameBytes(w []byte) int {
	if len(w) >= 9 && cnCompound(w) {
		return 6
	}
	return 3
}

// cnRecalledGiven emits, in the run of ideographs [i, j) where no rule found
// a name, the parts of a remembered Chinese name: the full name of three or
// four characters anywhere but inside a longer word, the given name of two
// characters next to a character that stands by a person or at the run's
// edge, a one-character given name that is a field of its own, and 小 or 老
// before the surname as a field of its own.
func (s *scan) cnRecalledGiven(i, j int) {
	b := s.b
	r := &s.recall
	// The Chinese names of the ring, found once for every character.
	var han [recallSlots]*recalled
	nh := 0
	for k := range r.slot {
		if e := &r.slot[k]; e.n > 0 && e.w[0] >= 0xE0 {
			han[nh] = e
			nh++
		}
	}
	for p := max(i, s.floor); p < j; {
		c0, found := b[p], false
		for _, e := range han[:nh] {
			if e.end > s.base+int64(p) || s.base+int64(p)-e.end > recallReach {
				continue
			}
			w := e.w[:e.n]
			// The cheap test first: a part starts with the name's first,
			// second or third character, or 小/老 opens the run.
			if p != i && !cnCharAt(b, p, w, 0) && !cnCharAt(b, p, w, 3) && !cnCharAt(b, p, w, 6) {
				continue
			}
			sl := cnRecallSurnameBytes(w)
			given := w[sl:]
			if end, ok := cnRecalledPart(b, i, j, p, c0, w, given); ok {
				s.emit(PersonName, p, end, 0.75, "context:named-before+given")
				p, found = end, true
				break
			}
		}
		if !found {
			_, size := cnDecodeRune(b[p:])
			p += size
		}
	}
}

// cnCharAt reports whether the three-byte character of w at k starts at p.
func cnCharAt(b []byte, p int, w []byte, k int) bool {
	return k+3 <= len(w) && p+3 <= len(b) && b[p] == w[k] && b[p+1] == w[k+1] && b[p+2] == w[k+2]
}

// cnRecalledPart reports the end of the part of the remembered name w (its
// given name given) that the run [i, j) holds at p, when its context makes
// it the person.
func cnRecalledPart(b []byte, i, j, p int, c0 byte, w, given []byte) (int, bool) {
	before, _ := utf8.DecodeLastRune(b[:p])
	afterOK := func(e int) bool {
		if e == j {
			return true
		}
		a, _ := cnDecodeRune(b[e:])
		return !isHan(a) || cnRecallAfter[a] || cnAfterName[a] || cnHonorificAt(b, e) || a == '吃' || a == '学' || a == '一'
	}
	// The full name, three or four characters long, before a character
	// that follows a person, where the ring's own reading (recalledHan)
	// wanted one it lacked before it ("跟田天佑吃饭"); not a firm's name
	// ("董雨桐旅行社").
	if len(w) >= 9 && c0 == w[0] && p+len(w) <= j && bytes.HasPrefix(b[p:], w) {
		e := p + len(w)
		if afterOK(e) {
			return e, true
		}
	}
	// 小 or 老 and the surname of a single surname, a field of its own:
	// "外号：小顾", "nick=老陈".
	if len(w)-len(given) == 3 && p == i && j == p+6 && (hasPrefixAt(b, p, "小") || hasPrefixAt(b, p, "老")) && bytes.Equal(b[p+3:p+6], w[:3]) && cnFieldEdge(b, i, j) {
		return j, true
	}
	if c0 != given[0] || p+len(given) > j || !bytes.HasPrefix(b[p:], given) {
		return 0, false
	}
	e := p + len(given)
	if len(given) == 3 {
		// One character: only a field of its own ("留言：芳，毕业快乐").
		if p == i && e == j && cnFieldEdge(b, i, j) && cnGivenChars[cnRune(b, p)] {
			return e, true
		}
		return 0, false
	}
	// Two characters of given names: not a form of address the name was
	// read with ("慕容老师").
	if len(given) != 6 || !cnGivenChars[cnRune(given, 0)] || !cnGivenChars[cnRune(given, 3)] {
		return 0, false
	}
	// Not the end of the full name, which a rule read or refused.
	if p >= 3 && bytes.Equal(b[p-3:p], w[len(w)-len(given)-3:len(w)-len(given)]) {
		return 0, false
	}
	if (p == i || cnRecallBefore[before] || isHan(before) && cnBeforeName[before-0x4E00]) && afterOK(e) {
		return e, true
	}
	return 0, false
}

// cnHonorificInWord reports whether the name of l characters before the
// form of address at offs[h] (a surname of want characters and a given
// name) begins inside a word: a surname alone that is more often a word
// or the end of one ("接单师傅": 单 ends 接单) after a character that
// stands before no person; a surname's character that is a function
// word after a word ("乐于帮助同学"); or a character that ends a cue ("感谢钱大妈": 谢 ends
// 感谢, the person is 钱).
func cnHonorificInWord(b []byte, offs []int, h, l, want int) bool {
	p := h - l
	if p < 1 {
		return false
	}
	prev := cnRune(b, offs[p-1])
	if !isHan(prev) {
		return false
	}
	first := cnRune(b, offs[p])
	if l == want {
		return want == 1 && (cnSurnameWord[first] || first == '单') && !cnBeforeName[prev-0x4E00] && !cnSurnameBefore[prev]
	}
	if want == 1 && cnSurnameWord[first] && !cnBeforeName[prev-0x4E00] && !cnSurnameBefore[prev] {
		return true
	}
	for _, cue := range cnCues {
		if len(cue) == 6 && hasPrefixAt(b, offs[p-1], cue) {
			return true
		}
	}
	return false
}

// cnSurnameBefore are characters, besides cnBeforeName, after which a
// surname alone before a form of address is a person: "我们的王老师",
// "这位李师傅", "后来石先生", "物业石主任", "邻居于师傅".
var cnSurnameBefore = setRunes(`来 业 居 计 的 位 们 嘱 托 管 称 喊 约 陪 随 和 就 与 谢 夸 催 联 系 等 有 没 过 到 个`)
