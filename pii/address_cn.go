package pii

import (
	"strings"
	"unicode/utf8"
)

// cnCities are the larger prefecture-level cities, without "市".
var cnCities = addWords(map[string]bool{}, "cn_cities.txt")

// cnCityAt returns the length of a city's name followed by "市" at k in
// run, or 0.
func cnCityAt(run string, k int) int {
	for _, n := range []int{2, 3, 4} { // runes
		e := k
		for r := 0; r < n && e < len(run); r++ {
			_, size := utf8.DecodeRuneInString(run[e:])
			e += size
		}
		if cnCities[run[k:e]] && strings.HasPrefix(run[e:], "市") {
			return e - k
		}
	}
	return 0
}

// cnUnits end the parts of a Chinese address after the house number:
// building, unit, floor, room ("3号楼2单元502室", "B座1203室").
var cnUnits = []string{"号楼", "号院", "栋", "幢", "座", "单元", "室", "房", "层", "楼", "号", "號樓", "棟", "單元", "層",
	"樓", "號", "之"}

// cnAddressTail returns the end of the building, unit, floor and room
// after a house number ending at p: an estate or building name
// ("阳光花园", "SOHO现代城") may come first, then up to five numbered or
// lettered parts.
func cnAddressTail(b []byte, p int) int {
	end := cnUnitParts(b, p)
	if end > p {
		return cnRoomNumber(b, end)
	}
	// An estate's name: ideographs or Latin letters, then a numbered part.
	j, n := p, 0
	for j < len(b) && n < 12 {
		if e := cnUnitParts(b, j); e > j && j > p {
			return cnRoomNumber(b, e)
		}
		r, size := utf8.DecodeRune(b[j:])
		if !isHan(r) && !isAlpha(b[j]) {
			break
		}
		j += size
		n++
	}
	return p
}

// cnUnitParts reads up to five parts from p, each a number of at most five
// digits or one Latin letter, then a unit word; it returns the end of the
// last, or p.
func cnUnitParts(b []byte, p int) int {
	end := p
	for parts := 0; parts < 5 && end < len(b); parts++ {
		e := digitRun(b, end)
		if e == end && end < len(b) && isUpper(b[end]) && !(end+1 < len(b) && isAlpha(b[end+1])) {
			e = end + 1 // "B座"
		}
		if e == end || e-end > 5 {
			break
		}
		matched := false
		for _, u := range cnUnits {
			if hasPrefixAt(b, e, u) {
				end, matched = e+len(u), true
				break
			}
		}
		if !matched {
			break
		}
	}
	return end
}

// cnRoomNumber returns the end of a room's number written without "室"
// after a building's part ("1号楼301"), or p: three or four digits that end
// the field.
func cnRoomNumber(b []byte, p int) int {
	e := digitRun(b, p)
	if e-p < 3 || e-p > 4 {
		return p
	}
	if e < len(b) {
		if r, _ := utf8.DecodeRune(b[e:]); isHan(r) || isAlnum(b[e]) {
			return p
		}
	}
	return e
}
