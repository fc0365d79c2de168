package pii

// cnDashUnits returns the end of a building, unit and room written with
// dashes at p ("5-1-401", "12-3-1502室", "7-602"), as Chinese residents
// write them after a house number or an estate's name, or p. A building
// has at most three digits, a unit at most two; the room, last, has two to
// four and may carry "室" or "号". Two parts (building-room) need a room of
// three or four digits or a "室", so that a range ("3-5") is left alone.
func cnDashUnits(b []byte, p int) int {
	var parts [3]int // digits of each part
	n, e := 0, p
	for n < 3 {
		d := digitRun(b, e)
		if d == e || d-e > 4 {
			break
		}
		parts[n], n, e = d-e, n+1, d
		if n < 3 && e+1 < len(b) && b[e] == '-' && isDigit(b[e+1]) {
			e++
			continue
		}
		break
	}
	if n < 2 || parts[0] > 3 || n == 3 && parts[1] > 2 || parts[n-1] < 2 {
		return p
	}
	room := hasPrefixAt(b, e, "室") || hasPrefixAt(b, e, "号") || hasPrefixAt(b, e, "號")
	if room {
		e += len("室")
	} else if parts[n-1] < 3 {
		return p
	}
	if e < len(b) && (isAlnum(b[e]) || b[e] == '-') {
		return p // a longer code: a date, a telephone number
	}
	return e
}

// cnEstateSuffixes end the names of residential estates and buildings in
// addition to cnEstateWords; being single ideographs or common words they
// need a name of three ideographs or more ("万科城", "锦绣华庭", "电力宿舍").
var cnEstateSuffixes = []string{"城", "园", "庭", "邸", "家属院", "宿舍", "国际", "公館", "山庄", "雅居", "名都", "华府", "府邸",
	"里", "湾", "院", "门第", "天街", "天地", "府", "郡", "居", "阁", "轩", "坊", "汇", "岸", "墅", "公社", "首府"}
