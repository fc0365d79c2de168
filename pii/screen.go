package pii

import (
	"slices"
	"strings"

	"github.com/comity-project/comity"
)

// Screen implements comity.TextScreen with a Detector: it says which kinds
// of personal information a text holds, never the text.
type Screen struct {
	// Detector finds the information; nil means Default.
	Detector *Detector
}

var _ comity.TextScreen = Screen{}

func (s Screen) detector() *Detector {
	if s.Detector == nil {
		return Default
	}
	return s.Detector
}

// Find implements comity.TextScreen. Identifiers glue words together
// with separators, where the detector, reading prose, takes
// "ID-13912345678" for one token and finds nothing in it; and the free
// text of log entries is often an identifier (record, case, agreement
// ids, references). So besides the text as it is, the text is read with
// its separators as spaces (which brings back a number written in groups,
// "139-1234-5678"), with separators between letters and digits as spaces
// ("US 536-22-1234"), and every piece between separators on its own and
// with its camel-case words apart ("LinXiaohong": "Lin Xiaohong").
//
// Readings that add nothing are skipped (each costs a detector pass, and
// imports screen every record id): one equal to a reading already done,
// and a piece without digits, where only a name could hide (names need two
// words: its camel-case reading).
func (s Screen) Find(text string) []string {
	d := s.detector()
	var out []string
	done := make([]string, 0, 8)
	read := func(r string) {
		if r == "" || slices.Contains(done, r) {
			return
		}
		done = append(done, r)
		out = kinds(d.DetectString(r), out)
	}
	read(text)
	spaced := strings.Map(func(r rune) rune {
		if isIDSeparator(r) {
			return ' '
		}
		return r
	}, text)
	read(spaced)
	read(apartLettersDigits(text))
	for _, piece := range strings.Fields(spaced) {
		if strings.ContainsAny(piece, "0123456789") {
			read(piece)
		}
		if words := splitCamel(piece); words != piece {
			read(words)
		}
	}
	return out
}

// isIDSeparator reports whether r separates the words of an identifier:
// the punctuation record ids allow, and list separators. Not '/', '+' and
// '=', which glue standard base64 (roots and signatures in alarms' reasons):
// cut there, a random run of digits would read as a number.
func isIDSeparator(r rune) bool {
	switch r {
	case '-', '_', '.', ':', '~', ',', ';', '|':
		return true
	}
	return false
}

// apartLettersDigits turns into a space every separator between a letter
// and a digit, keeping those between digits: "US-536-22-1234" becomes
// "US 536-22-1234", where the detector sees a number written as people
// write it.
func apartLettersDigits(id string) string {
	b := []byte(id)
	for i := 1; i+1 < len(b); i++ {
		if isIDSeparator(rune(b[i])) && isAlnum(b[i-1]) && isAlnum(b[i+1]) && isDigit(b[i-1]) != isDigit(b[i+1]) {
			b[i] = ' '
		}
	}
	return string(b)
}

// splitCamel puts a space before every upper-case letter that follows a
// lower-case one: "LinXiaohong" becomes "Lin Xiaohong". Digits stay glued
// to their letters, so random identifiers ("3f9a8b1c") are not cut into
// numbers.
func splitCamel(s string) string {
	var b strings.Builder
	prevLower := false
	for _, r := range s {
		upper := r >= 'A' && r <= 'Z'
		if upper && prevLower {
			b.WriteByte(' ')
		}
		b.WriteRune(r)
		prevLower = r >= 'a' && r <= 'z'
	}
	return b.String()
}

// kinds adds the type names of fs to out, sorted and without repeats.
func kinds(fs []Finding, out []string) []string {
	for _, f := range fs {
		if k := f.Type.String(); !slices.Contains(out, k) {
			out = append(out, k)
		}
	}
	slices.Sort(out)
	return out
}
