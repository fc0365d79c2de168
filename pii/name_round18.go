package pii

// Session 18's name rules.

// lowerSpeaker returns the end of a chat's speaker typed in lower case
// that opens the line at p and takes a speaker's colon ("laura: can
// someone cover 3W?", "inês: ok"), or p. The word must be a given name
// the lexicons know and no word, so a record's keys ("driver:", "notes:")
// are none.
func (s *scan) lowerSpeaker(p int) int {
	b := s.b
	e := lowerWord(b, p)
	if e+1 >= len(b) || b[e] != ':' || b[e+1] != ' ' || !s.lowerGiven(p, e) {
		return p
	}
	s.emit(PersonName, p, e, 0.7, "context:speaker-lower")
	return e
}
