package pii

// validSSN applies the Social Security Administration's rules: area not 000,
// 666 or 900-999; group not 00; serial not 0000; and not one of the numbers
// published in advertising.
func validSSN(d []byte) bool {
	area, group, serial := num(d[0:3]), num(d[3:5]), num(d[5:9])
	switch {
	case area == 0 || area == 666 || area >= 900 || group == 0 || serial == 0:
		return false
	case area == 78 && group == 5 && serial == 1120, area == 219 && group == 9 && serial == 9999:
		return false
	}
	return true
}
