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
	r, size := utf8.DecodeRune(b[p:])
	if !cnSurnameWord[r] {
		return false
	}
	w := b[p+size : j]
	for k, n := 0, 0; k < len(w) && n < 3; n++ {
		_, size := utf8.DecodeRune(w[k:])
		k += size
		if n > 0 && (cnEraWords[string(w[:k])] || cnTimeWords[string(w[:k])]) {
			return true
		}
	}
	return false
}

// cnDotPartEnd returns the end of a transliterated name's part after a
// middle dot that begins at p and whose transliteration characters end at
// e: when the ideographs from p to the run's end (up to eight) are a
// minority name ("依明", "吐尔洪") the part is all of them; else a character
// the table lacks between two of its own ("彼得罗夫") is part of it too.
func cnDotPartEnd(b []byte, p, e int) int {
	var offs [10]int
	n := 0
	for q := p; n < 9 && q < len(b); n++ {
		r, size := utf8.DecodeRune(b[q:])
		if !isHan(r) {
			break
		}
		offs[n] = q
		q += size
		offs[n+1] = q
	}
	if n > 0 && n <= 8 && cnMinorityName(b, offs[:n+1]) {
		return offs[n]
	}
	// A character the table lacks, then its own characters again.
	for x := 1; x+1 < n && x <= 8; x++ {
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
