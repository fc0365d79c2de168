package pii

import "bytes"

// A given name typed in lower case after "my" and a word for kin, a friend
// or a neighbour: "so my neighbor siobhan keeps getting packages", "my
// cousin noura's place". Nothing the scan stops at is near such a name, so
// one search for "my " (a few GB/s) finds where to look; the scan stops
// there as at any candidate.

// kinNouns are the people "my" introduces before a given name.
var kinNouns = set(`neighbor neighbour cousin friend roommate flatmate housemate coworker co-worker colleague buddy bestie
boss landlord landlady tenant sister brother sis bro aunt auntie uncle niece nephew grandma grandpa wife husband
bf gf boyfriend girlfriend partner fiance fiancé fiancee fiancée son daughter stepson stepdaughter stepmom stepdad
ex sister-in-law brother-in-law mother-in-law father-in-law coach teacher tutor nanny babysitter`)

// nextKin returns where, at or after i, a lower-case word follows "my" and
// one of kinNouns or one of kinCues15, or len(s.b).
func (s *scan) nextKin(i int) int {
	b := s.b
	r := len(b)
	// The cue may begin before i, where a window of a stream starts (the
	// name at i, "my cousin" before it): look a little before.
	for q := max(i-24, 0); q < len(b); {
		j := indexCue(b[q:], "my ")
		if j < 0 {
			break
		}
		m := q + j
		p := m + 3
		e := lowerWord(b, p)
		if (m == 0 || !isAlpha(b[m-1]) && b[m-1] < 0x80) && e > p && e+2 < len(b) && b[e] == ' ' && isLower(b[e+1]) && kinNouns[string(b[p:e])] && e+1 >= i {
			r = e + 1
			break
		}
		q = p
	}
	for k, cue := range kinCues15 {
		if s.kinMore[k] < i {
			s.kinMore[k] = nextCue15(b, i, cue, k == 1)
		}
		r = min(r, s.kinMore[k])
	}
	return r
}

// kinCues15 put a given name in lower case after them without "my": "??
// check with cousin hannah", "hey i'm jun, 36, just moved here".
var kinCues15 = [2]string{"cousin ", "i'm "}

// nextCue15 returns where a lower-case word begins after the cue at or
// after at, the cue a word of its own; after "i'm" (self) the word must end
// a clause ("i'm jun, 36", not "i'm tired of"). Or len(b).
func nextCue15(b []byte, at int, cue string, self bool) int {
	// The cue may begin before at, where a window of a stream starts.
	for i := max(at-len(cue), 0); i < len(b); {
		var m int
		if self {
			// The apostrophe is rare: look for it, then for "i" before it.
			j := bytes.IndexByte(b[i:], '\'')
			if j < 0 {
				break
			}
			if m = i + j - 1; m < i || b[m] != 'i' || !hasPrefixAt(b, m, cue) {
				i += j + 1
				continue
			}
		} else {
			j := indexCue(b[i:], cue)
			if j < 0 {
				break
			}
			m = i + j
		}
		p := m + len(cue)
		if e := lowerWord(b, p); p >= at && (m == 0 || !isAlpha(b[m-1]) && b[m-1] < 0x80) && e > p+2 &&
			(!self || e == len(b) || b[e] == ',' || b[e] == '.' || b[e] == '!' || b[e] == '\n' || hasPrefixAt(b, e, " and ") || hasPrefixAt(b, e, " from ")) {
			return p
		}
		i = p
	}
	return len(b)
}

// indexCue is bytes.Index(b, cue) for a short cue that begins with a
// lower-case letter, read from one occurrence of that letter to the next.
// bytes.Index gives that way up after a few false starts near the text's
// beginning (the "c" of every record's "controller" key) and then compares
// at every byte of the text, which the kin cues are looked for across.
func indexCue(b []byte, cue string) int {
	for i := 0; ; i++ {
		j := bytes.IndexByte(b[i:], cue[0])
		if j < 0 {
			return -1
		}
		if i += j; hasPrefixAt(b, i, cue) {
			return i
		}
	}
}

// kinName emits the given name at p, after "my" and a kin noun, when it is
// a known given name and no word ("siobhan", not "said"), with the surname
// that may follow it; it returns the name's end, or p.
func (s *scan) kinName(p int) int {
	if p < s.floor {
		return p
	}
	// After "i'm" ending a clause or "cousin" (kinCues15) the cue vouches
	// for a given name the lexicons hold that may be a place's too ("hey
	// i'm aisha, 38").
	loose := p >= 4 && string(s.b[p-4:p]) == "i'm " || p >= 7 && string(s.b[p-7:p]) == "cousin "
	st, e := s.lowerPerson(p, loose)
	if e <= st {
		// A possessive: "my cousin thanh's place".
		e = lowerWord(s.b, p)
		var buf [64]byte
		if e-p < 3 || e-p > 40 || !hasPrefixAt(s.b, e, "'s ") {
			return p
		}
		w := titleCase(&buf, s.b[p:e])
		if !isFirstNameB(w) || lowerWords[string(w)] || lowerEnglish(s.b[p:e]) {
			return p
		}
		st = p
	}
	s.emit(PersonName, st, e, 0.7, "context:kin-lower")
	return e
}
