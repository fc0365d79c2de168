package pii

import (
	"strings"
)

var dobWords = newWords("born", "birth", "dob", "d.o.b", "geboren", "geb.", "geb ", "geburtsdatum", "geburtstag", "出生", "生日")

var monthNames = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
	"september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
	"januar": 1, "februar": 2, "märz": 3, "mai": 5, "juni": 6, "juli": 7, "oktober": 10, "dezember": 12,
}

const (
	hanYear  = "年"
	hanMonth = "月"
	hanDay   = "日"
)

// matchDOB reads a date at i written as 1985-03-07, 1985/3/7, 1985年3月7日,
// 07.03.1985, 3/7/1985, 7 March 1985 or March 7, 1985 (the month name may be
// before i), checks that it is a real date not in the future, and accepts
// it only after a context word such as "born" or "出生".
func matchDOB(b []byte, i int) (start, end int, ok bool) {
	start, end, _, _, _, ok = dateAt(b, i)
	if !ok || !leftOK(b, start) || !rightOK(b, end) {
		return 0, 0, false
	}
	// The context word must be near and introduce this date, not an earlier
	// one: "born 6 May 1993, at 13.10.2000" has one date of birth.
	dist := ctxDistance(b, start, dobWords, 24)
	if dist < 0 {
		return 0, 0, false
	}
	return start, end, true
}

// parseDate reads the first date in s written in one of the notations
// matchDOB reads.
func parseDate(s string) (y, m, d int, ok bool) {
	b := []byte(s)
	for i := range b {
		if isDigit(b[i]) && (i == 0 || !isDigit(b[i-1])) {
			if _, _, y, m, d, ok = dateAt(b, i); ok {
				return y, m, d, true
			}
		}
	}
	return 0, 0, 0, false
}

// dateAt parses a date whose first digit is at i and checks that it is a
// real date not in the future.
func dateAt(b []byte, i int) (start, end, y, m, d int, ok bool) {
	start = i
	k := digitRun(b, i)
	n1 := numASCII(b[i:k])
	switch {
	case k-i == 4 && k < len(b) && (b[k] == '-' || b[k] == '/' || b[k] == '.'):
		sep := b[k]
		k2 := digitRun(b, k+1)
		if k2-k-1 < 1 || k2-k-1 > 2 || k2 >= len(b) || b[k2] != sep {
			return 0, 0, 0, 0, 0, false
		}
		k3 := digitRun(b, k2+1)
		if k3-k2-1 < 1 || k3-k2-1 > 2 {
			return 0, 0, 0, 0, 0, false
		}
		y, m, d, end = n1, numASCII(b[k+1:k2]), numASCII(b[k2+1:k3]), k3
	case k-i == 4 && hasPrefixAt(b, k, hanYear):
		k2 := digitRun(b, k+3)
		if k2-k-3 < 1 || k2-k-3 > 2 || !hasPrefixAt(b, k2, hanMonth) {
			return 0, 0, 0, 0, 0, false
		}
		k3 := digitRun(b, k2+3)
		if k3-k2-3 < 1 || k3-k2-3 > 2 {
			return 0, 0, 0, 0, 0, false
		}
		y, m, d, end = n1, numASCII(b[k+3:k2]), numASCII(b[k2+3:k3]), k3
		if hasPrefixAt(b, end, hanDay) {
			end += 3
		}
	case k-i <= 2 && k < len(b) && (b[k] == '.' || b[k] == '/' || b[k] == '-') && k+1 < len(b) && isDigit(b[k+1]):
		sep := b[k]
		k2 := digitRun(b, k+1)
		if k2-k-1 < 1 || k2-k-1 > 2 || k2 >= len(b) || b[k2] != sep {
			return 0, 0, 0, 0, 0, false
		}
		k3 := digitRun(b, k2+1)
		if k3-k2-1 != 4 {
			return 0, 0, 0, 0, 0, false
		}
		a, c := n1, numASCII(b[k+1:k2])
		y, end = numASCII(b[k2+1:k3]), k3
		if sep == '/' && a <= 12 && !(c <= 12 && a > 12) {
			m, d = a, c // US order when it can be
			if !validDate(y, m, d) {
				m, d = c, a
			}
		} else {
			d, m = a, c
		}
	case k-i <= 2:
		// "7 March 1985", "7. März 1985", or "March 7, 1985" with the month before.
		j := k
		if j < len(b) && b[j] == '.' {
			j++
		}
		if j < len(b) && b[j] == ' ' {
			if mo, e := monthAt(b, j+1); mo > 0 && e < len(b) && b[e] == ' ' {
				ky := digitRun(b, e+1)
				if ky-e-1 == 4 {
					y, m, d, end = numASCII(b[e+1:ky]), mo, n1, ky
					break
				}
			}
		}
		if i >= 2 && b[i-1] == ' ' {
			ws := i - 1
			for ws > 0 && (isAlpha(b[ws-1]) || b[ws-1] >= 0x80) && i-ws < 12 {
				ws--
			}
			if mo, e := monthAt(b, ws); mo > 0 && e == i-1 && k+2 < len(b) && b[k] == ',' && b[k+1] == ' ' {
				ky := digitRun(b, k+2)
				if ky-k-2 == 4 {
					start, y, m, d, end = ws, numASCII(b[k+2:ky]), mo, n1, ky
				}
			}
		}
		if end == 0 {
			return 0, 0, 0, 0, 0, false
		}
	default:
		return 0, 0, 0, 0, 0, false
	}
	return start, end, y, m, d, validDate(y, m, d)
}

// monthAt reads a month name at p and returns its number and end.
func monthAt(b []byte, p int) (month, end int) {
	e := p
	for e < len(b) && (isAlpha(b[e]) || b[e] >= 0x80) && e-p < 10 {
		e++
	}
	if e == p {
		return 0, 0
	}
	w := strings.ToLower(string(b[p:e]))
	if mo, ok := monthNames[w]; ok {
		if e < len(b) && b[e] == '.' && len(w) <= 4 {
			e++
		}
		return mo, e
	}
	return 0, 0
}

// hasPrefixAt reports whether s occurs at b[p:]. It compares the first
// and the last byte before calling the runtime's comparison: most callers
// try one string after another at a place where few of them begin, and
// the Chinese rules try lists of words at every character, whose
// ideographs share their first byte (E4 to E9) but seldom their last.
func hasPrefixAt(b []byte, p int, s string) bool {
	return p+len(s) <= len(b) && (len(s) == 0 || b[p] == s[0] && b[p+len(s)-1] == s[len(s)-1]) && string(b[p:p+len(s)]) == s
}

// dateShape is a cheap test of whether the digit run [i, k) can begin one of
// the date notations matchDOB reads.
func dateShape(b []byte, i, k int) bool {
	if k+1 >= len(b) || k-i > 4 || k-i == 3 {
		return false
	}
	switch c := b[k]; {
	case c == '-' || c == '/' || c == '.':
		return isDigit(b[k+1]) || c == '.' && b[k+1] == ' '
	case c == ' ':
		return isUpper(b[k+1])
	case c == ',':
		return i >= 2 && b[i-1] == ' '
	}
	return k-i == 4 && hasPrefixAt(b, k, hanYear)
}
