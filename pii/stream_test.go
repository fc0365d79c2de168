package pii

import (
	"bytes"
	"strings"
	"testing"
	"testing/iotest"
)

// streamText is a few chunks of text with findings placed at every offset
// relative to the chunk boundaries.
func streamText() []byte {
	var b bytes.Buffer
	parts := []string{"Contact john.doe@example.com. ", "Tel 13812345678; ", "身份证号：11010519491231002X，",
		"card 4111 1111 1111 1111. ", "IBAN DE89 3704 0044 0532 0130 00. ", "from 192.168.1.20 ", "x",
		"born on 1985-03-07. ", "Dear Mr. John Smith, ", "GPS 39.904211, 116.407395 ", "  "}
	for i := 0; b.Len() < 3*chunkSize+1000; i++ {
		b.WriteString(parts[i%len(parts)])
		b.WriteString(strings.Repeat("z", i%7))
	}
	return b.Bytes()
}

func TestScannerMatchesDetect(t *testing.T) {
	text := streamText()
	want := Default.Detect(text)
	for name, r := range map[string]func() *Scanner{
		"whole":    func() *Scanner { return NewScanner(bytes.NewReader(text), nil) },
		"one-byte": func() *Scanner { return NewScanner(iotest.OneByteReader(bytes.NewReader(text)), nil) },
		"half":     func() *Scanner { return NewScanner(iotest.HalfReader(bytes.NewReader(text)), nil) },
	} {
		t.Run(name, func(t *testing.T) {
			sc := r()
			var got []Finding
			for sc.Scan() {
				got = append(got, sc.Finding())
			}
			if err := sc.Err(); err != nil {
				t.Fatal(err)
			}
			if len(got) != len(want) {
				t.Fatalf("scanner found %d, Detect %d", len(got), len(want))
			}
			for i := range got {
				if got[i] != want[i] {
					t.Fatalf("finding %d: scanner %+v, Detect %+v", i, got[i], want[i])
				}
			}
		})
	}
}

func TestScannerReadError(t *testing.T) {
	sc := NewScanner(iotest.ErrReader(iotest.ErrTimeout), nil)
	for sc.Scan() {
	}
	if sc.Err() != iotest.ErrTimeout {
		t.Fatalf("Err() = %v, want the read error", sc.Err())
	}
}

func TestStreamRedactMatchesText(t *testing.T) {
	text := streamText()
	m, err := NewMinimiser(t.Context(), MinimiserConfig{Key: []byte("0123456789abcdef")})
	if err != nil {
		t.Fatal(err)
	}
	for _, method := range []string{MethodRedact, MethodMask, MethodPseudonymise, MethodGeneralise} {
		t.Run(method, func(t *testing.T) {
			want, err := m.Text(text, method, "")
			if err != nil {
				t.Fatal(err)
			}
			var got bytes.Buffer
			if err := m.Stream(&got, iotest.HalfReader(bytes.NewReader(text)), method, ""); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got.Bytes(), want) {
				t.Fatalf("stream output (%d bytes) differs from Text (%d bytes)", got.Len(), len(want))
			}
			if bytes.Contains(want, []byte("john.doe@example.com")) || bytes.Contains(want, []byte("13812345678")) {
				t.Error("output still holds personal information")
			}
		})
	}
}

// TestScannerLongTokens streams inputs made of one long token or one
// pattern repeated, in small windows, and wants exactly Detect's findings.
func TestScannerLongTokens(t *testing.T) {
	inputs := map[string]string{
		"digits":         strings.Repeat("7", 5000),
		"address units":  "地址：北京市朝阳区建国路88号" + strings.Repeat("1栋", 3000),
		"ideographs":     "姓名：" + strings.Repeat("张", 4000),
		"emails chained": strings.Repeat("a.b@example.com.", 600),
		"digit groups":   strings.Repeat("1234 ", 2000),
		"hex groups":     strings.Repeat("ab:", 3000),
		"ids in a row":   strings.Repeat("身份证11010519491231002X", 500),
	}
	for name, text := range inputs {
		t.Run(name, func(t *testing.T) {
			want := Default.Detect([]byte(text))
			for _, f := range want {
				if f.End-f.Start > maxFinding {
					t.Fatalf("finding of %d bytes, longer than maxFinding", f.End-f.Start)
				}
			}
			for _, size := range []int{1, 100, 4096} {
				var got []Finding
				err := scanChunks(newChunker(strings.NewReader(text), nil, size), func(f Finding) error {
					got = append(got, f)
					return nil
				})
				if err != nil {
					t.Fatal(err)
				}
				if len(got) != len(want) {
					t.Fatalf("window %d: stream found %d, Detect %d", size, len(got), len(want))
				}
				for i := range got {
					if got[i] != want[i] {
						t.Fatalf("window %d, finding %d: stream %+v, Detect %+v", size, i, got[i], want[i])
					}
				}
			}
		})
	}
}
