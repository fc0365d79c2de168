package pii

// cnNumerals are the ideographs that number a building, a phase or a unit
// in words: "恒隆广场一座", "三期", "二单元".
const cnNumerals = "一二三四五六七八九十"

// cnNumeralPart returns the end of one or two numeral ideographs at p
// that a unit word follows (a building, phase, unit or floor; not "号",
// which in words names no house), or p.
func cnNumeralPart(b []byte, p int) int {
	e := p
	for n := 0; n < 2 && e+3 <= len(b); n++ {
		if !containsRune(cnNumerals, b[e:e+3]) {
			break
		}
		e += 3
	}
	if e == p {
		return p
	}
	for _, u := range []string{"座", "栋", "幢", "期", "单元", "號樓", "号楼", "棟", "單元"} {
		if hasPrefixAt(b, e, u) {
			return e
		}
	}
	return p
}

func containsRune(set string, r []byte) bool {
	for i := 0; i+len(r) <= len(set); i += 3 {
		if set[i:i+len(r)] == string(r) {
			return true
		}
	}
	return false
}

// cnLatinFloor returns the end of a floor written with a Latin "F" after
// its number [from, e) ("写字楼15F", "B座12F"), as office buildings write
// it, or e. The number must have digits and the F end the word.
func cnLatinFloor(b []byte, from, e int) int {
	if e-from > 3 || e >= len(b) || !isDigit(b[from]) || b[e] != 'F' || e+1 < len(b) && isAlnum(b[e+1]) {
		return e
	}
	return e + 1
}

// cnCourtyard returns the end of "院" right after a house number's "号" at
// p ("胡同5号院", the courtyard of a Beijing hutong or a compound), or p.
// The parts after it follow as usual: the entrance ("门", see cnUnits)
// that numbers a block's stairways, the room ("5号院3门201").
func cnCourtyard(b []byte, p int) int {
	if p < 3 || string(b[p-3:p]) != "号" || !hasPrefixAt(b, p, "院") {
		return p
	}
	return p + len("院")
}
