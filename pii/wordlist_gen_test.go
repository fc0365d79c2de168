package pii

import (
	"bufio"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// The word lists are drawn from Debian's spelling dictionaries: wngerman
// (/usr/share/dict/ngerman, the German "neue Rechtschreibung" list of
// Björn Jacke's igerman98) and wamerican (/usr/share/dict/american-english,
// SCOWL size 50). TestWordLists checks that the shipped lists are what
// these give, when they are installed, and COMITY_WORDLISTS=write rewrites
// them.
func TestWordLists(t *testing.T) {
	for _, l := range []struct {
		file, dict, head string
		keep             func(string) bool
	}{
		{"words_de.txt", "/usr/share/dict/ngerman", "# German nouns: the capitalised entries of Debian's wngerman (igerman98,\n# /usr/share/dict/ngerman) that are no given name, surname or city of the\n# other lists; written by wordlist_gen_test.go.\n", germanNoun},
		{"words_en.txt", "/usr/share/dict/american-english", "# English words: the lower-case entries of Debian's wamerican (SCOWL 50,\n# /usr/share/dict/american-english) whose capitalised form is no given\n# name, surname or city of the other lists; written by wordlist_gen_test.go.\n", englishWord},
	} {
		f, err := os.Open(l.dict)
		if err != nil {
			t.Skipf("%s: %v (install wngerman and wamerican)", l.dict, err)
		}
		var ws []string
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			if w := strings.TrimSpace(sc.Text()); l.keep(w) {
				ws = append(ws, w)
			}
		}
		f.Close()
		slices.Sort(ws)
		ws = slices.Compact(ws)
		want := l.head + strings.Join(ws, "\n") + "\n"
		if os.Getenv("COMITY_WORDLISTS") == "write" {
			if err := os.WriteFile("lexicon/"+l.file, []byte(want), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if lexicon(l.file) != want {
			t.Errorf("lexicon/%s is not what %s gives: rewrite with COMITY_WORDLISTS=write go test -run TestWordLists ./pii", l.file, l.dict)
		}
	}
}

var (
	germanWordRe = regexp.MustCompile(`^[A-ZÄÖÜ][a-zäöüß]{2,19}$`)
	lowerWordRe  = regexp.MustCompile(`^[a-z]{3,20}$`)
)

func inLexicons(w string) bool {
	return firstNames[w] || surnames[w] || deCities[w] || usCities[w]
}

func germanNoun(w string) bool { return germanWordRe.MatchString(w) && !inLexicons(w) }

func englishWord(w string) bool {
	return lowerWordRe.MatchString(w) && !inLexicons(strings.ToUpper(w[:1])+w[1:])
}
