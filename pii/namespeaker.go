package pii

// Two more shapes of interviews and life stories, any author's: a
// transcript's speaker written in capitals at a line's start, whose name
// its header gave in full ("Gesprächspartnerin: Joanna Jäger … JÄGER: Also,
// wir wohnten"), and a nickname in quotes after the words that give one
// ("Everyone called her \"Bunny\"", "Alle nannten sie „Gerdi“").

// capsSpeaker returns the end of a speaker's label in capitals at i, a
// line's start, when the label is a part of a name found earlier in the
// text (see recall), or i.
func (s *scan) capsSpeaker(i int) int {
	b := s.b
	if s.recall.mask == 0 || i > 0 && b[i-1] != '\n' {
		return i
	}
	var buf [32]byte
	e, n := capsWord(s.b, i, &buf)
	if e == i || e >= len(b) || b[e] != ':' || !s.recall.has(buf[:n], s.base+int64(i)) {
		return i
	}
	return e
}

// nicknameCues end right before a nickname's opening quote.
var nicknameCues = []string{"called her ", "called him ", "called them ", "called me ", "known as ", "nicknamed ", "aka ",
	"nannten sie ", "nannten ihn ", "nannten mich ", "genannt ", "Spitzname "}

// nickname returns the end of a nickname at i: one or two capitalised
// words in quotes after a cue ("called her \"Dot\""), or i.
func nickname(b []byte, i int) int {
	q := 0 // the opening quote's length
	switch {
	case i >= 1 && b[i-1] == '"':
		q = 1
	case i >= 3 && b[i-3] == 0xE2 && b[i-2] == 0x80 && (b[i-1] == 0x9E || b[i-1] == 0x9C || b[i-1] == 0x98 || b[i-1] == 0x9A):
		q = 3 // „ “ ‘ ‚
	default:
		return i
	}
	// Every cue ends in a lower-case letter and a space: a quote after
	// anything else (a JSON value's after ": ") is settled before the cues
	// are read.
	if i-q < 2 || b[i-q-1] != ' ' || !isLower(b[i-q-2]) {
		return i
	}
	cued := false
	for _, c := range nicknameCues {
		if cued = i-q >= len(c) && hasPrefixAt(b, i-q-len(c), c); cued {
			break
		}
	}
	if !cued {
		return i
	}
	e := word(b, i)
	if e > i && e+1 < len(b) && b[e] == ' ' && capAt(b, e+1) {
		e = word(b, e+1)
	}
	if e == i || e >= len(b) || !(b[e] == '"' || e+2 < len(b) && b[e] == 0xE2 && b[e+1] == 0x80 && (b[e+2] == 0x9C || b[e+2] == 0x9D || b[e+2] == 0x98 || b[e+2] == 0x99)) {
		return i
	}
	return e
}
