package pii

import (
	"encoding/binary"
	"math/bits"
)

// SWAR constants: the same byte in all eight lanes of a word.
const (
	lanes01 = 0x0101010101010101
	lanes7f = 0x7f7f7f7f7f7f7f7f
	lanes80 = 0x8080808080808080
)

// skip returns the first index in [i, stop) of a byte that starts a
// candidate, or stop. Text between candidates is most of any input, so this
// is the detector's inner loop. It reads the first sixteen bytes from the
// trigger table; after that, when only digits, '@' and the first letters of
// passport serials trigger (the structured types), it tests eight bytes at
// a time with word arithmetic, and with names on (capital letters and the
// lead bytes of ideographs trigger too) it goes on with the table.
func (s *scan) skip(i, stop int) int {
	b, t := s.b, &s.d.trigger
	// The bytes to read, as a slice the loops index without a bounds
	// check (mayOpen and lowerSpaced look past stop, in b).
	within := b[:stop]
	// Candidates are often close together (digit runs in dates, amounts,
	// identifiers), where the table is fastest; eight bytes at a time pay
	// off only over longer gaps.
	for end := min(i+16, stop); i < end && uint(i) < uint(len(within)); i++ {
		if c := t[within[i]]; c != 0 && mayOpen(b, i, c) && (c != trigLower || lowerSpaced(b, i+1)) {
			return i
		}
	}
	if s.d.swar {
		for i+8 <= stop {
			if m := candidateLanes(binary.LittleEndian.Uint64(b[i:]), s.d.on[Passport]); m != 0 {
				// The lowest flagged lane is exact (a borrow only
				// flags lanes above a real '@'); the table confirms it.
				i += lowestLane(m)
				if t[b[i]] != 0 {
					return i
				}
				i++
				continue
			}
			i += 8
		}
	}
	for ; uint(i) < uint(len(within)); i++ {
		if c := t[within[i]]; c != 0 && mayOpen(b, i, c) && (c != trigLower || lowerSpaced(b, i+1)) {
			return i
		}
	}
	return i
}

// mayOpen reports whether byte b[i], whose trigger is c, may start a
// candidate. Dashes, colons, stops and commas are common in any text and
// open a lower-case name (trigDash and after) only after a space (a dash)
// or before a space and a lower-case letter (the others); testing that
// here, as their handlers would first, keeps the scan from stopping at
// each. So are a record's double quotes, which open a name only before a
// lower-case letter (lowerName): run tests the same and otherwise moves on
// a byte.
func mayOpen(b []byte, i int, c uint8) bool {
	switch {
	case c-trigLower < 2: // trigLower or trigEq
		return i+1 < len(b) && isLower(b[i+1])
	case c < trigDash:
		return true
	case c == trigDash:
		return i == 0 || b[i-1] == ' '
	}
	return i+2 < len(b) && b[i+1] == ' ' && isLower(b[i+2])
}

// lowerSpaced reports whether a space follows the lower-case word at p,
// which lowerName needs before it reads anything: skip passes a quote or a
// tab before a word without one (a record's keys, `"amount":`), where run
// would move on a byte after lowerName returned.
func lowerSpaced(b []byte, p int) bool {
	w := lowerWord(b, p)
	return w < len(b) && b[w] == ' '
}

// candidateLanes sets the high bit of every lane of x that holds an ASCII
// digit or an '@', and with serial one of 'C' to 'K' too (a superset of
// serialFirst that the trigger table narrows).
func candidateLanes(x uint64, serial bool) uint64 {
	low := x & lanes7f
	// A lane is a digit when adding 0x80-'0' sets its high bit and adding
	// 0x80-('9'+1) does not; masking to seven bits first keeps the sums
	// inside their lanes, and &^x drops bytes of 0x80 and above.
	digits := (low + (0x80-'0')*lanes01) &^ (low + (0x80-'9'-1)*lanes01)
	at := x ^ '@'*lanes01
	at = (at - lanes01) &^ at
	m := digits | at
	if serial {
		m |= (low + (0x80-'C')*lanes01) &^ (low + (0x80-'K'-1)*lanes01)
	}
	return m &^ x & lanes80
}

// swarLastIndexByte is bytes.LastIndexByte, eight bytes at a time: the
// name rules look back for a line's start at every capitalised cell, and
// the library's version reads a byte at a time. Each lane is tested on
// its own (no borrow between lanes), so the highest flagged lane is the
// last c.
func swarLastIndexByte(b []byte, c byte) int {
	i := len(b)
	for ; i >= 8; i -= 8 {
		x := binary.LittleEndian.Uint64(b[i-8:]) ^ uint64(c)*lanes01
		// A lane's high bit ends set when the lane is not zero.
		if z := ^(((x & lanes7f) + lanes7f) | x) & lanes80; z != 0 {
			return i - 8 + (63-bits.LeadingZeros64(z))>>3
		}
	}
	for i > 0 {
		i--
		if b[i] == c {
			return i
		}
	}
	return -1
}

// lowestLane returns the index of the lowest lane whose high bit is set in
// m, which is not zero.
func lowestLane(m uint64) int { return bits.TrailingZeros64(m) >> 3 }
