package pii

import (
	"embed"
	"strings"
)

// The lexicons are compact lists drawn from published tables (sources in
// lexicon/README.md), embedded so that the comity binary needs no files.
//
//go:embed lexicon/*.txt
var lexiconFS embed.FS

// lexicon returns the named list's text.
func lexicon(name string) string {
	b, err := lexiconFS.ReadFile("lexicon/" + name)
	if err != nil {
		panic("pii: missing lexicon " + name) // embedded at build time
	}
	return string(b)
}

// lexiconWords returns the whitespace-separated entries of a list, without
// its '#' comment lines.
func lexiconWords(name string) []string {
	var ws []string
	for _, line := range strings.Split(lexicon(name), "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		ws = append(ws, strings.Fields(line)...)
	}
	return ws
}

// addWords adds the entries of the named lists to m.
func addWords(m map[string]bool, names ...string) map[string]bool {
	for _, n := range names {
		for _, w := range lexiconWords(n) {
			m[w] = true
		}
	}
	return m
}
