package pii

// A given name alone, of one character or two, where the text's shape or a
// frame makes the slot a person's:
//   - a one-character item of a sign-up list whose other items are people
//     ("1. 艳 可开车", "4. 平"), as cnGivenAlone takes the two-character ones;
//   - a one-character name that opens a line before "，你" ("娟，你先别走"),
//     as cnVocativeGiven takes the two-character ones;
//   - the subject that opens a chat message or a field's value before a word
//     of time ("吴老师：敏今天请假一天", "：晓燕明天到");
//   - after 我姐, 我哥 and the kin of the speaker ("我姐锦程现在还住那儿").

// cnTimeAfterGiven are the words of time after which a given name that
// opens a message is its subject.
var cnTimeAfterGiven = []string{"今天", "明天", "昨天", "刚才", "已经", "现在", "这周", "下周", "上午", "下午", "晚上"}

// cnGivenOne reports whether the character at p may be a one-character
// given name alone.
func cnGivenOne(b []byte, p int) bool {
	r := cnRune(b, p)
	return cnGivenChars[r] && !cnNotGiven[r] && !cnSurnameWord[r]
}

// cnGivenAloneSlot emits a given name alone in one of the places above in
// the run of ideographs [i, j) where no rule found a name.
func (s *scan) cnGivenAloneSlot(i, j int) bool {
	b := s.b
	lineStart := i == 0 || b[i-1] == '\n'
	if j-i == 3 && cnGivenOne(b, i) {
		if ls := cnListItemStart(b, i); ls >= 0 && cnListItemEnd(b, j) && cnSignUpList(b, ls) {
			s.emit(PersonName, i, j, 0.7, "list+given-name")
			return true
		}
		if lineStart && (hasPrefixAt(b, j, "，你") || hasPrefixAt(b, j, "，您")) {
			s.emit(PersonName, i, j, 0.7, "vocative+given-name")
			return true
		}
	}
	// The subject of a message or a value: after a colon.
	if i >= 3 && hasPrefixAt(b, i-3, "：") && cnLeftEdge(b, i) {
		for _, g := range []int{2, 1} {
			e := i + 3*g
			if e > j || g == 1 && !cnGivenOne(b, i) {
				continue
			}
			if g == 2 {
				offs := [3]int{i, i + 3, i + 6}
				if !cnGivenPair(b, offs[:]) {
					continue
				}
			}
			for _, w := range cnTimeAfterGiven {
				if hasPrefixAt(b, e, w) {
					s.emit(PersonName, i, e, 0.7, "message+given-name")
					return true
				}
			}
		}
	}
	// The speaker's kin: "我姐锦程现在还住那儿".
	for p := max(i, s.floor); p+12 <= j; p += 3 {
		if r := cnRune(b, p); r != '我' && r != '你' && r != '他' && r != '她' {
			continue
		}
		if r := cnRune(b, p+3); r != '姐' && r != '哥' && r != '妹' && r != '弟' {
			continue
		}
		q := p + 6
		offs := [3]int{q, q + 3, q + 6}
		if !cnGivenPair(b, offs[:]) || surnameLen(b, offs[:]) > 0 && cnGivenChars[cnRune(b, q+6)] {
			continue
		}
		if e := q + 6; e == j || cnAfterName[cnRune(b, e)] || hasPrefixAt(b, e, "现在") {
			s.emit(PersonName, q, e, 0.7, "kin+given-name")
			return true
		}
	}
	return false
}

// cnLabelledWord reports whether the name [offs[from], offs[end]) that a
// label's value begins with, in a run that goes on to offs[n], is the head
// of a word, a place or goods instead: "招待客户：白云机场停车费" (机 ends
// places and goods), "宫保鸡丁等", "周大福礼品".
func cnLabelledWord(b []byte, offs []int, from, end, n int) bool {
	return end < n && (cnNonName(b, offs[from], offs[end]) || cnWordAt(b, offs[from:n+1]))
}
