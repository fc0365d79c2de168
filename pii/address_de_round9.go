package pii

// letterheadSeparatorBefore reports whether a letterhead's or a footer's
// separator ("·", "•", "|") comes before p, over spaces, after some text
// on the same line: "Stadtwerke Ulm · Postfach 1234".
func letterheadSeparatorBefore(b []byte, p int) bool {
	for p > 0 && b[p-1] == ' ' {
		p--
	}
	switch {
	case p >= 2 && b[p-2] == 0xC2 && b[p-1] == 0xB7: // ·
		p -= 2
	case p >= 3 && b[p-3] == 0xE2 && b[p-2] == 0x80 && b[p-1] == 0xA2: // •
		p -= 3
	case p >= 1 && b[p-1] == '|':
		p--
	default:
		return false
	}
	for p > 0 && b[p-1] == ' ' {
		p--
	}
	return p > 0 && isAlpha(b[p-1])
}
