package pii

import "strings"

// fictional are the people of books, films and comics that text names as
// it names real ones ("Harry Potter" on a shop's list, in a review or a
// quiz): lexicon/fictional.txt, one a line.
var fictional = func() map[string]bool {
	m := map[string]bool{}
	for _, line := range strings.Split(lexicon("fictional.txt"), "\n") {
		if line = strings.TrimSpace(line); line != "" && line[0] != '#' {
			m[line] = true
		}
	}
	return m
}()

// fictionalName reports whether the name found at [i, end) is exactly a
// fictional person's.
func fictionalName(b []byte, i, end int) bool {
	return end-i >= 7 && end-i <= 24 && fictional[string(b[i:end])]
}
