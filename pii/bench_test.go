package pii_test

import (
	"bytes"
	"context"
	"fmt"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/brianvoe/gofakeit/v7"

	"github.com/comity-project/comity/pii"
	"github.com/comity-project/comity/pii/corpus"
)

// mixedText is about 1 MiB of generated records, half the snippets with
// personal information and half without, as the benchmarks' input.
var mixedText = sync.OnceValue(func() []byte {
	var b bytes.Buffer
	for _, d := range corpus.Generate(corpus.Config{Seed: 7, Docs: 8000}) {
		b.WriteString(d.Text)
		b.WriteByte('\n')
	}
	return b.Bytes()
})

// recordText is about 1 MiB of JSON-lines records as a node ingests them:
// an id, a controller, a timestamp and an amount in every record, free text
// in all, and a corpus document (with personal information and hard
// negatives) in one record of four.
var recordText = sync.OnceValue(func() []byte {
	f := gofakeit.New(11)
	docs := corpus.Generate(corpus.Config{Seed: 11, Docs: 4000})
	var b bytes.Buffer
	for n := 0; b.Len() < 1<<20; n++ {
		note := f.Sentence(8 + f.IntN(20))
		if n%4 == 0 {
			note = docs[n/4%len(docs)].Text
		}
		fmt.Fprintf(&b, `{"id":"CN-%d","controller":"%s","updated":"%s","amount":%d.%02d,"note":%q}`+"\n",
			100000+n, f.Company(), f.Date().Format(time.RFC3339), f.IntN(100000), f.IntN(100), note)
	}
	return b.Bytes()
})

// naivePatterns is the baseline: one Go regexp per structured type, each
// run over the whole input, with no validation at all.
var naivePatterns = []*regexp.Regexp{
	regexp.MustCompile(`[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}`),
	regexp.MustCompile(`(?:\+\d{1,3}[ -]?)?(?:\(\d{2,4}\)[ ]?)?\d{2,4}[ .\-/]?\d{3,4}[ .\-]?\d{3,4}`),
	regexp.MustCompile(`\b\d{17}[\dXx]\b`),
	regexp.MustCompile(`\b\d{3}-\d{2}-\d{4}\b`),
	regexp.MustCompile(`\b(?:\d[ -]?){12,18}\d\b`),
	regexp.MustCompile(`\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b`),
	regexp.MustCompile(`\b\d{2} ?\d{3} ?\d{3} ?\d{3}\b`),
	regexp.MustCompile(`(?i)(?:passport|reisepass|passnummer|护照)\D{0,20}([A-Z0-9]{9})`),
	regexp.MustCompile(`\b(?:\d{1,3}\.){3}\d{1,3}\b`),
	regexp.MustCompile(`\b(?:[0-9A-Fa-f]{1,4}:){2,7}[0-9A-Fa-f]{0,4}\b`),
	regexp.MustCompile(`\b(?:[0-9A-Fa-f]{2}[:-]){5}[0-9A-Fa-f]{2}\b`),
	regexp.MustCompile(`-?\d{1,2}\.\d{4,}, ?-?\d{1,3}\.\d{4,}`),
	regexp.MustCompile(`(?i)(?:born|dob|birth|geburtsdatum|geb\.)\D{0,12}\d{1,4}[./-]\d{1,2}[./-]\d{1,4}`),
}

func BenchmarkDetect(b *testing.B) {
	text := mixedText()
	structured, err := pii.New(context.Background(), pii.Config{Types: pii.StructuredTypes()})
	if err != nil {
		b.Fatal(err)
	}
	b.Run("structured", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		var fs []pii.Finding
		for b.Loop() {
			fs = structured.AppendFindings(fs[:0], text, 0)
		}
	})
	b.Run("all-with-names-addresses", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		var fs []pii.Finding
		for b.Loop() {
			fs = pii.Default.AppendFindings(fs[:0], text, 0)
		}
	})
	b.Run("structured-cold-phone-memo", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		for b.Loop() {
			d, _ := pii.New(context.Background(), pii.Config{Types: pii.StructuredTypes()})
			d.Detect(text)
		}
	})
	b.Run("scanner-structured", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		for b.Loop() {
			sc := pii.NewScanner(bytes.NewReader(text), structured)
			for sc.Scan() {
			}
		}
	})
	b.Run("records-structured", func(b *testing.B) {
		rec := recordText()
		b.SetBytes(int64(len(rec)))
		var fs []pii.Finding
		for b.Loop() {
			fs = structured.AppendFindings(fs[:0], rec, 0)
		}
	})
	b.Run("records-naive-regexp-baseline", func(b *testing.B) {
		rec := recordText()
		b.SetBytes(int64(len(rec)))
		for b.Loop() {
			for _, re := range naivePatterns {
				re.FindAllIndex(rec, -1)
			}
		}
	})
	b.Run("naive-regexp-baseline", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		for b.Loop() {
			for _, re := range naivePatterns {
				re.FindAllIndex(text, -1)
			}
		}
	})
}

// BenchmarkDetectPlainText measures text with no candidates at all.
func BenchmarkDetectPlainText(b *testing.B) {
	text := []byte(strings.Repeat("The quick brown fox jumps over the lazy dog, then rests. ", 20000))
	structured, _ := pii.New(context.Background(), pii.Config{Types: pii.StructuredTypes()})
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		structured.Detect(text)
	}
}
