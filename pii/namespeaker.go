package pii

import "bytes"

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
	if i == 0 || b[i-1] == ' ' {
		return i // the common case, inlined at the call
	}
	return nicknameRest(b, i)
}

// nicknameRest is nickname past its first test, out of line so
// that the test inlines.
//
//go:noinline
func nicknameRest(b []byte, i int) int {
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

// speakerTurn returns the end of a speaker's label at i, a line's start,
// when the turn before it (the last line that is not blank) opened with a
// person found there: "RORY VU: We started in April.\n\nAvi: Wait,
// really?". Transcripts, chats and interviews alternate so, whoever writes
// them. The label is one to three capitalised words (or words in
// capitals) before ": " and a sentence (a capital letter, a bracket or a
// quote); none of them a word of the dictionaries, a label's noun or a
// place. Otherwise it returns i.
func (s *scan) speakerTurn(i int) int {
	if i == 0 || s.b[i-1] != '\n' {
		return i // the common case, inlined at the call
	}
	return s.speakerTurnRest(i)
}

// speakerTurnRest is speakerTurn past its first test, out of line so
// that the test inlines.
//
//go:noinline
func (s *scan) speakerTurnRest(i int) int {
	b := s.b
	if i == 0 || b[i-1] != '\n' || len(s.out) == s.first {
		return i
	}
	// The cheap test first: a colon on the line, within three words' reach.
	if c := bytes.IndexByte(b[i:min(len(b), i+64)], ':'); c < 0 || bytes.IndexByte(b[i:i+c], '\n') >= 0 {
		return i
	}
	e, words := i, 0
	for words < 3 {
		var buf [32]byte
		f, w := word(b, e), []byte(nil)
		if f < len(b) && isUpper(b[f]) || f == e+1 {
			g, n := capsWord(b, e, &buf)
			f, w = g, buf[:n]
		} else {
			w = b[e:f]
		}
		if f-e < 2 || !speakerWord(w) {
			return i
		}
		words++
		e = f
		if e+1 < len(b) && b[e] == ' ' && capAt(b, e+1) {
			e++
			continue
		}
		break
	}
	if words == 1 && e-i < 3 || e+2 >= len(b) || b[e] != ':' || b[e+1] != ' ' || !(capAt(b, e+2) || b[e+2] == '[' || b[e+2] == '"') {
		return i
	}
	// The turn before: the last line that is not blank, and a person found
	// at its start whose name ends at its colon.
	k := i - 1
	for k > 0 && (b[k-1] == '\n' || b[k-1] == '\r' || b[k-1] == ' ') {
		k--
	}
	j := bytes.LastIndexByte(b[:k], '\n') + 1
	if k == 0 || j == i {
		return i
	}
	for n := len(s.out) - 1; n >= s.first && s.out[n].Start >= s.base+int64(j); n-- {
		if f := s.out[n]; f.Type == PersonName && f.Start == s.base+int64(j) {
			if end := int(f.End - s.base); end < len(b) && b[end] == ':' {
				return e
			}
		}
	}
	return i
}

// speakerWord reports whether w, a capitalised word, may be a part of a
// speaker's name: no dictionary word ("Note", "Betreff"), label, place or
// word that is no name.
func speakerWord(w []byte) bool {
	return !dictionaryWord(w, true) && !nonNames[string(w)] && !labelNoun(string(w)) && !placeWords[string(w)] &&
		!usCities[string(w)] && !deCities[string(w)] && !usStates[string(w)] && !orgWords[string(w)] && !nameStop[string(w)] &&
		!isTitle(string(w)) && !de18RoleCompound(w)
}
