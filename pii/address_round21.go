package pii

import "unicode/utf8"

// Session 21's address rules, read on unmapped.

// legalBlockBefore reports whether a plat's block word ends right before
// start: the number after it is a block of a subdivision in a property's
// legal description ("LOT 20 BLK 9 LINCOLN PARK SUB"), not a house's.
func legalBlockBefore(b []byte, start int) bool {
	for _, w := range []string{"BLK ", "Blk ", "BLOCK ", "Block "} {
		if q := start - len(w); hasPrefixBefore(b, start, w) && q >= 2 && b[q-1] == ' ' && isDigit(b[q-2]) {
			return true // after a lot's number: "LOT 20 BLK 9"
		}
	}
	return false
}

// cnFloorAfterNumber returns the end of a shop's floor or basement unit
// written right after the house number's 号 at p: "一层", "2楼", "负一层",
// "B1-05"; ended by the field, not by more ideographs; or p.
func cnFloorAfterNumber(b []byte, p int) int {
	if p < 3 || !hasPrefixAt(b, p-3, "号") {
		return p
	}
	e := p
	if e+1 < len(b) && b[e] == 'B' && isDigit(b[e+1]) {
		e = digitRun(b, e+1)
		if e+1 < len(b) && b[e] == '-' && isDigit(b[e+1]) {
			e = digitRun(b, e+1)
		}
		if e < len(b) && (isAlnum(b[e]) || b[e] == '-') {
			return p
		}
		return e
	}
	e = digitRun(b, p)
	if e-p > 2 {
		return p
	}
	if e == p {
		for e+3 <= len(b) && e-p < 9 && cnFloorNumerals[string(b[e:e+3])] {
			e += 3
		}
	}
	if e == p || !hasPrefixAt(b, e, "层") && !hasPrefixAt(b, e, "楼") {
		return p
	}
	e += 3
	if e+3 <= len(b) {
		if r, _ := utf8.DecodeRune(b[e:]); isHan(r) {
			return p
		}
	}
	return e
}

// cnFloorNumerals write a floor's number: "一层", "负二层", "十二楼".
var cnFloorNumerals = set(`一 二 三 四 五 六 七 八 九 十 负`)
