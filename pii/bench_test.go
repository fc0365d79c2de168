package pii_test

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"regexp"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/brianvoe/gofakeit/v7"

	"github.com/comity-project/comity"

	"github.com/comity-project/comity/pii"
	"github.com/comity-project/comity/pii/corpus"
	"github.com/comity-project/comity/pii/heldout"
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

// freeText is recordText with the held-out corpus's free text (emails,
// chat, CSV and JSON rows, letters, log lines, reviews with names and
// addresses) as the note of one record in four.
var freeText = sync.OnceValue(func() []byte {
	f := gofakeit.New(12)
	docs := heldout.Generate(12, 3000)
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

// throughput runs fn over n bytes per iteration and reports, besides the
// wall-clock MB/s, "cpu-MB/s": bytes over the CPU time the process used,
// which does not count the time spent waiting for a core on a busy machine.
func throughput(b *testing.B, n int, fn func()) {
	b.SetBytes(int64(n))
	b.ReportAllocs()
	start := cpuTime()
	for b.Loop() {
		fn()
	}
	if used := cpuTime() - start; used > 0 {
		b.ReportMetric(float64(n)*float64(b.N)/1e6/used.Seconds(), "cpu-MB/s")
	}
}

func BenchmarkDetect(b *testing.B) {
	text := mixedText()
	rec := recordText()
	structured, err := pii.New(context.Background(), pii.Config{Types: pii.StructuredTypes()})
	if err != nil {
		b.Fatal(err)
	}
	var fs []pii.Finding
	// Records as a node ingests them, a quarter with personal information:
	// the mixed text of the target.
	b.Run("records/structured", func(b *testing.B) {
		throughput(b, len(rec), func() { fs = structured.AppendFindings(fs[:0], rec, 0) })
	})
	b.Run("records/structured-cold", func(b *testing.B) {
		// A new detector every time: no numbering-plan answer is memoised.
		throughput(b, len(rec), func() {
			d, _ := pii.New(context.Background(), pii.Config{Types: pii.StructuredTypes()})
			fs = d.AppendFindings(fs[:0], rec, 0)
		})
	})
	b.Run("records/all-with-names-addresses", func(b *testing.B) {
		throughput(b, len(rec), func() { fs = pii.Default.AppendFindings(fs[:0], rec, 0) })
	})
	// The same without the name model (namemodel.go): what it costs.
	rules, err := pii.New(context.Background(), pii.Config{RulesOnly: true})
	if err != nil {
		b.Fatal(err)
	}
	b.Run("records/all-rules-only", func(b *testing.B) {
		throughput(b, len(rec), func() { fs = rules.AppendFindings(fs[:0], rec, 0) })
	})
	free := freeText()
	b.Run("records-freetext/all-rules-only", func(b *testing.B) {
		throughput(b, len(free), func() { fs = rules.AppendFindings(fs[:0], free, 0) })
	})
	b.Run("records-freetext/all-with-names-addresses", func(b *testing.B) {
		throughput(b, len(free), func() { fs = pii.Default.AppendFindings(fs[:0], free, 0) })
	})
	b.Run("records/scanner-structured", func(b *testing.B) {
		throughput(b, len(rec), func() {
			sc := pii.NewScanner(bytes.NewReader(rec), structured)
			for sc.Scan() {
			}
		})
	})
	b.Run("records/naive-regexp-baseline", func(b *testing.B) {
		throughput(b, len(rec), func() {
			for _, re := range naivePatterns {
				re.FindAllIndex(rec, -1)
			}
		})
	})
	// The labelled corpus itself: every snippet an identifier or a hard
	// negative, a digit run every 13 bytes; the worst case.
	b.Run("dense/structured", func(b *testing.B) {
		throughput(b, len(text), func() { fs = structured.AppendFindings(fs[:0], text, 0) })
	})
	b.Run("dense/structured-cold", func(b *testing.B) {
		throughput(b, len(text), func() {
			d, _ := pii.New(context.Background(), pii.Config{Types: pii.StructuredTypes()})
			fs = d.AppendFindings(fs[:0], text, 0)
		})
	})
	b.Run("dense/all-with-names-addresses", func(b *testing.B) {
		throughput(b, len(text), func() { fs = pii.Default.AppendFindings(fs[:0], text, 0) })
	})
	b.Run("dense/naive-regexp-baseline", func(b *testing.B) {
		throughput(b, len(text), func() {
			for _, re := range naivePatterns {
				re.FindAllIndex(text, -1)
			}
		})
	})
}

// BenchmarkDetectPlainText measures text with no candidates at all.
func BenchmarkDetectPlainText(b *testing.B) {
	text := []byte(strings.Repeat("The quick brown fox jumps over the lazy dog, then rests. ", 20000))
	structured, _ := pii.New(context.Background(), pii.Config{Types: pii.StructuredTypes()})
	throughput(b, len(text), func() { structured.Detect(text) })
}

// cycle reads n bytes cycling over text, without allocating.
type cycle struct {
	text []byte
	off  int
	n    int64
}

func (c *cycle) Read(p []byte) (int, error) {
	if c.n <= 0 {
		return 0, io.EOF
	}
	k := copy(p[:min(int64(len(p)), c.n)], c.text[c.off:])
	c.off = (c.off + k) % len(c.text)
	c.n -= int64(k)
	return k, nil
}

// BenchmarkScannerMemory streams 1 MB and 100 MB of records through the
// Scanner, with the structured types and with every type (names and
// addresses too), and reports the heap still live at the end of the scan,
// scanner included ("live-heap-KB", after a collection), besides the bytes
// allocated in all: both stay flat as the input grows a hundredfold.
func BenchmarkScannerMemory(b *testing.B) {
	rec := recordText()
	structured, _ := pii.New(context.Background(), pii.Config{Types: pii.StructuredTypes()})
	for _, d := range []struct {
		name string
		d    *pii.Detector
	}{{"structured", structured}, {"all", pii.Default}} {
		d.d.DetectString(string(rec)) // memoise the numbering-plan answers of these records
		for _, size := range []int64{1 << 20, 100 << 20} {
			b.Run(fmt.Sprintf("%s/%dMB", d.name, size>>20), func(b *testing.B) { scannerMemory(b, d.d, rec, size) })
		}
	}
}

func scannerMemory(b *testing.B, d *pii.Detector, rec []byte, size int64) {
	var ms runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&ms)
	base, live := ms.HeapAlloc, uint64(0)
	findings := 0
	throughput(b, int(size), func() {
		sc := pii.NewScanner(&cycle{text: rec, n: size}, d)
		for sc.Scan() {
			findings++
		}
		runtime.GC()
		runtime.ReadMemStats(&ms)
		live = max(live, ms.HeapAlloc-min(ms.HeapAlloc, base))
		runtime.KeepAlive(sc)
	})
	b.ReportMetric(float64(live)/1024, "live-heap-KB")
	b.ReportMetric(float64(findings)/float64(b.N), "findings/op")
}

// BenchmarkDetectLongTokens measures inputs of one long token each, which
// a matcher that rescans its token from every entry would make quadratic.
func BenchmarkDetectLongTokens(b *testing.B) {
	for name, unit := range map[string]string{
		"digits": "7", "letters": "Q", "hex-groups": "ab:", "ideographs": "中", "digit-groups": "1234 ",
		"dotted": "1.", "email-local": "a.", "capitals": "CFGH",
	} {
		text := []byte(strings.Repeat(unit, (1<<20)/len(unit)))
		b.Run(name, func(b *testing.B) {
			throughput(b, len(text), func() { pii.Default.Detect(text) })
		})
	}
}

// BenchmarkMinimise applies the CN sample rulebook's obligations to a
// demo-shaped record, as the gate does for every record it releases.
func BenchmarkMinimise(b *testing.B) {
	m, err := pii.NewMinimiser(context.Background(), pii.MinimiserConfig{Key: pii.PseudonymKey([]byte("node key material for benchmarks"))})
	if err != nil {
		b.Fatal(err)
	}
	rec := []byte(`{"name":"王伟","resident_id":"11010519491231002X","phone":"+86 138 1234 5678",` +
		`"address":"北京市朝阳区建国路88号","birth_date":"1985-03-07","customer_since":"2015-03-04","diagnosis":"asthma"}`)
	obs := []comity.Obligation{
		{Kind: "minimise", Fields: []string{"phone"}, Method: "mask", Param: "4"},
		{Kind: "minimise", Fields: []string{"id_number"}, Method: "redact"},
		{Kind: "minimise", Fields: []string{"address"}, Method: "generalise", Param: "city"},
		{Kind: "minimise", Fields: []string{"name"}, Method: "pseudonymise"},
		{Kind: "minimise", Fields: []string{"birth_date"}, Method: "generalise", Param: "year"},
	}
	cl, _ := pii.NewClassifier(context.Background(), pii.ClassifierConfig{Jurisdiction: "CN"})
	b.Run("minimise", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := m.Minimise(rec, obs); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("classify", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			cl.Classify(rec)
		}
	})
}
