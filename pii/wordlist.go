package pii

import (
	"bytes"
	"sort"
	"strings"
	"sync"
)

// A capitalised word standing alone after a greeting or in a list may be
// a name the lexicons lack ("Liebe Emmely") or an ordinary word ("Liebe
// Eltern", "Game: Chess", "Try again"). Two published spelling
// dictionaries tell the words apart: German capitalises its nouns, so a
// capitalised entry of the German one that is no name of the lexicons is
// a noun; an entry of the English one in lower case is a word. Both lists
// hold only entries that are no given name, surname or city of the
// lexicons (see wordlist_gen_test.go, which writes them, and
// lexicon/README.md for their sources).
//
// The lists are searched in place, sorted, one word per line, through an
// index of line starts built on first use: no word is copied.
type wordList struct {
	name string
	once sync.Once
	text string
	at   []uint32 // start of each word in text
}

var (
	deNouns = &wordList{name: "words_de.txt"}
	enWords = &wordList{name: "words_en.txt"}
)

func (l *wordList) load() {
	l.text = lexicon(l.name)
	for p := 0; p < len(l.text); {
		e := strings.IndexByte(l.text[p:], '\n')
		if e < 0 {
			e = len(l.text) - p
		}
		if e > 0 && l.text[p] != '#' {
			l.at = append(l.at, uint32(p))
		}
		p += e + 1
	}
}

func (l *wordList) word(k int) string {
	s := l.text[l.at[k]:]
	if e := strings.IndexByte(s, '\n'); e >= 0 {
		return s[:e]
	}
	return s
}

// has reports whether w is an entry of the list.
func (l *wordList) has(w []byte) bool {
	l.once.Do(l.load)
	k := sort.Search(len(l.at), func(k int) bool { return l.word(k) >= string(w) })
	return k < len(l.at) && l.word(k) == string(w)
}

// dictionaryWord reports whether the capitalised word w is an ordinary
// word rather than a name the lexicons hold: a German noun or, when english
// is set, an English word written in lower case.
func dictionaryWord(w []byte, english bool) bool {
	if len(w) < 3 || len(w) > 20 || !isUpper(w[0]) || isFirstNameB(w) || isSurnameB(w) {
		return false
	}
	if deNouns.has(w) {
		return true
	}
	if !english {
		return false
	}
	var buf [24]byte
	n := copy(buf[:], w)
	for k := range n {
		if !isAlpha(buf[k]) {
			return false
		}
		buf[k] |= 0x20
	}
	return enWords.has(buf[:n])
}

// wordsOnly reports whether the span [i, end), found as a name by the
// rule named in validation, is ordinary words instead: words that are all
// German nouns or English words ("Betroffene Person", "Null Pointers"), or
// one German noun that only a greeting, a list or the model put there
// ("Liebe Eltern", "Nachbarn"). A title vouches for any word ("Frau
// Zimmermann"), and a name's label or field for one ("Preferred name:
// Bea", "TECH: Chip"): nicknames are words too.
func wordsOnly(b []byte, i, end int, validation string) bool {
	english := bytes.IndexByte(b[i:end], ' ') > 0
	if validation == "title" || !english && validation != "context:shape" && validation != "context:birth-name" && validation != "model" {
		return false
	}
	for p := i; p < end; {
		e := p
		for e < end && b[e] != ' ' && b[e] != '-' {
			e++
		}
		if !dictionaryWord(b[p:e], english) {
			return false
		}
		p = e + 1
	}
	return true
}

// nameWords are the given names and surnames that are words too (see
// lexicon/namewords.txt): "Schwarz", "Alt", "Frank", "Lange".
var nameWords = addWords(map[string]bool{}, "namewords.txt")

// wordLikeName reports whether w, or w in capitals, is a name that is a
// word too.
func wordLikeName(w []byte) bool {
	var buf [32]byte
	if titled := capsTitled(w, &buf); titled != nil {
		w = titled
	}
	return nameWords[string(w)]
}

// zhWords are Chinese words that begin with a surname's character (see
// lexicon/words_zh.txt): "单位", "人口", "周一", "童装".
var zhWords = addWords(map[string]bool{}, "words_zh.txt")

// hanWord reports whether the span [i, end) found as a Chinese name is a
// word of zhWords instead.
func hanWord(b []byte, i, end int) bool {
	return end-i >= 6 && end-i <= 9 && b[i] >= 0xE0 && zhWords[string(b[i:end])]
}
