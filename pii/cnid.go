package pii

import (
	"sync/atomic"
	"time"
)

// cnProvinces are the first two digits of GB/T 2260 administrative division
// codes at province level, the only ones a resident identity number may
// begin with.
var cnProvinces = func() (t [100]bool) {
	for _, p := range []int{11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37,
		41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82} {
		t[p] = true
	}
	return t
}()

var cnWeights = [17]int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}

// cnCheck returns the GB 11643 check character (ISO 7064 MOD 11-2) of the
// first 17 digits.
func cnCheck(d []byte) byte {
	sum := 0
	for i, w := range cnWeights {
		sum += int(d[i]) * w
	}
	return "10X98765432"[sum%11]
}

// validCNID checks an 18-character resident identity number: digits 1-6 a
// county-level division in a real province, digits 7-14 a birth date that
// exists and is not in the future, and the MOD 11-2 check character.
func validCNID(d []byte, check byte) bool {
	if !cnProvinces[int(d[0])*10+int(d[1])] {
		return false
	}
	// Prefecture 01-70 or 90 (directly administered counties); county not 00.
	pref := int(d[2])*10 + int(d[3])
	if pref == 0 || (pref > 70 && pref != 90) || d[4] == 0 && d[5] == 0 {
		return false
	}
	if !validDate(num(d[6:10]), num(d[10:12]), num(d[12:14])) {
		return false
	}
	if check == 'x' {
		check = 'X'
	}
	return cnCheck(d) == check
}

// CNResidentIDCheck returns the check character for the first 17 digits of
// a resident identity number given as ASCII; the corpus generator uses it.
func CNResidentIDCheck(first17 string) byte {
	var d [17]byte
	for i := range d {
		d[i] = first17[i] - '0'
	}
	return cnCheck(d[:])
}

func num(d []byte) int {
	n := 0
	for _, c := range d {
		n = n*10 + int(c)
	}
	return n
}

// validDate reports whether y-m-d is a real calendar date between 1900 and
// today.
func validDate(y, m, d int) bool {
	if y < 1900 || m < 1 || m > 12 || d < 1 || d > 31 {
		return false
	}
	if y*10000+m*100+d > int(today.Load()) {
		return false
	}
	return d <= 28 || time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).Day() == d
}

// today is the current date as yyyymmdd, refreshed at the start of every
// detection pass rather than read from the clock for every date.
var today atomic.Int64

func refreshToday() {
	y, m, d := time.Now().Date()
	today.Store(int64(y*10000 + int(m)*100 + d))
}

func init() { refreshToday() }

// cnIDShape reports whether 18 digits have a resident ID's region and birth
// date, whatever their check digit.
func cnIDShape(d []byte) bool {
	return len(d) == 18 && cnProvinces[int(d[0])*10+int(d[1])] && validDate(num(d[6:10]), num(d[10:12]), num(d[12:14]))
}
