package pii

// validSteuerID checks a German tax identification number (steuerliche
// Identifikationsnummer): 11 digits, the first not 0; in the first ten
// exactly one digit occurs twice or three times (three times never all
// adjacent) and the others at most once; the last is the ISO 7064
// MOD 11,10 check digit.
func validSteuerID(d []byte) bool {
	if len(d) != 11 || d[0] == 0 {
		return false
	}
	var count [10]int
	for _, v := range d[:10] {
		count[v]++
	}
	multi := 0
	for v, c := range count {
		switch {
		case c == 2:
			multi++
		case c == 3:
			multi++
			for i := 0; i+2 < 10; i++ {
				if int(d[i]) == v && d[i+1] == d[i] && d[i+2] == d[i] {
					return false
				}
			}
		case c > 3:
			return false
		}
	}
	if multi != 1 {
		return false
	}
	return steuerIDCheck(d[:10]) == d[10]
}

// steuerIDCheck computes the ISO 7064 MOD 11,10 check digit.
func steuerIDCheck(d []byte) byte {
	product := 10
	for _, v := range d {
		sum := (int(v) + product) % 10
		if sum == 0 {
			sum = 10
		}
		product = sum * 2 % 11
	}
	check := 11 - product
	if check == 10 {
		check = 0
	}
	return byte(check)
}

// DETaxIDCheck returns the check digit for the first ten digits of a German
// tax identification number given as ASCII; the corpus generator uses it.
func DETaxIDCheck(first10 string) byte {
	var d [10]byte
	for i := range d {
		d[i] = first10[i] - '0'
	}
	return '0' + steuerIDCheck(d[:])
}
