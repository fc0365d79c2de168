package pii

// matchEmail reads the email address around the '@' at at: a local part of
// up to 64 characters before it and a domain of dot-separated labels after
// it ending in an alphabetic top-level label.
func matchEmail(b []byte, at int) (start, end int, ok bool) {
	s := at
	for s > 0 && at-s < 64 && bclass[b[s-1]]&bLocal != 0 {
		s--
	}
	for s < at && (b[s] == '.' || b[s] == '-' || b[s] == '+') {
		s++ // a local part does not start with punctuation
	}
	if s == at || b[at-1] == '.' || (s > 0 && (isAlnum(b[s-1]) || b[s-1] == '@')) {
		return 0, 0, false
	}
	j, labels, lastStart, lastAlpha := at+1, 0, 0, true
	for j < len(b) && j-at <= 253 {
		ls := j
		alpha := true
		for j < len(b) && (isAlnum(b[j]) || b[j] == '-') && j-ls < 63 {
			if !isAlpha(b[j]) {
				alpha = false
			}
			j++
		}
		if j == ls || b[ls] == '-' || b[j-1] == '-' {
			if j == ls && labels > 0 {
				j-- // give back the trailing dot
				break
			}
			return 0, 0, false
		}
		labels++
		lastStart, lastAlpha = ls, alpha
		if j+1 < len(b) && b[j] == '.' && isAlnum(b[j+1]) {
			j++
			continue
		}
		break
	}
	if labels < 2 || !lastAlpha || j-lastStart < 2 || (j < len(b) && (isAlnum(b[j]) || b[j] == '@')) {
		return 0, 0, false
	}
	return s, j, true
}
