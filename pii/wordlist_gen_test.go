package pii

import (
	"go/build"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
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
	de, en := dictEntries("/usr/share/dict/ngerman"), dictEntries("/usr/share/dict/american-english")
	if de == nil || en == nil {
		t.Skip("install wngerman and wamerican to check the word lists")
	}
	lower := map[string]bool{}
	for _, w := range append(slices.Clone(de), en...) {
		if w[0] >= 'a' && w[0] <= 'z' {
			lower[w] = true
		}
	}
	var names []string
	for _, m := range []map[string]bool{firstNames, surnames} {
		for w := range m {
			names = append(names, w)
		}
	}
	zh := gseWords(filepath.Join(build.Default.GOPATH, "pkg/mod/github.com/go-ego/gse@v0.80.3/data/dict/zh/s_1.txt"))
	for _, l := range []struct {
		file, head string
		from       []string
		keep       func(string) bool
	}{
		{"words_de.txt", "# German nouns: the capitalised entries of Debian's wngerman (igerman98,\n# /usr/share/dict/ngerman) that are no given name, surname or city of the\n# other lists; written by wordlist_gen_test.go.\n", de, germanNoun},
		{"words_en.txt", "# English words: the lower-case entries of Debian's wamerican (SCOWL 50,\n# /usr/share/dict/american-english) whose capitalised form is no given\n# name, surname or city of the other lists; written by wordlist_gen_test.go.\n", en, englishWord},
		{"words_zh.txt", "# Chinese words that begin with a surname's character: the entries of two\n# or three ideographs of gse v0.80.3's dictionary (data/dict/zh/s_1.txt,\n# from jieba's) with a frequency of 10 or more and a part of speech other\n# than a person's name (nr, nrt, nrfg), but for compound surnames (\"欧阳\");\n# written by wordlist_gen_test.go.\n", zh, func(string) bool { return true }},
		{"namewords.txt", "# Names that are words: the given names and surnames of the lists above\n# (three letters or more) whose lower-case form is an entry of Debian's\n# wngerman or wamerican (\"Schwarz\", \"Alt\", \"Frank\"); written by\n# wordlist_gen_test.go.\n", names, func(w string) bool {
			return len(w) >= 3 && lower[strings.ToLower(w)]
		}},
	} {
		if l.from == nil {
			t.Logf("lexicon/%s not checked: its source is missing (go mod download github.com/go-ego/gse@v0.80.3)", l.file)
			continue
		}
		var ws []string
		for _, w := range l.from {
			if l.keep(w) {
				ws = append(ws, w)
			}
		}
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
			t.Errorf("lexicon/%s is not what the dictionaries give: rewrite with COMITY_WORDLISTS=write go test -run TestWordLists ./pii", l.file)
		}
	}
}

// dictEntries returns a dictionary's entries, or nil when it is missing.
func dictEntries(path string) []string {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil
	}
	var ws []string
	for _, w := range strings.Split(string(b), "\n") {
		if w = strings.TrimSpace(w); w != "" {
			ws = append(ws, w)
		}
	}
	return ws
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

// gseWords returns the words of gse's dictionary kept for words_zh.txt, or
// nil when the file is missing.
func gseWords(path string) []string {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil
	}
	var ws []string
	for _, line := range strings.Split(string(b), "\n") {
		f := strings.Fields(line)
		if len(f) != 3 || f[2] == "nr" || f[2] == "nrt" || f[2] == "nrfg" {
			continue
		}
		n, err := strconv.Atoi(f[1])
		rs := []rune(f[0])
		if err != nil || n < 10 || len(rs) < 2 || len(rs) > 3 || !cnSurnames[rs[0]] {
			continue
		}
		han := true
		for _, r := range rs {
			han = han && isHan(r)
		}
		if han && !slices.Contains(cnCompoundSurnames, f[0]) {
			ws = append(ws, f[0])
		}
	}
	return ws
}
