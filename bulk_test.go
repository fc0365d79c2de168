package comity

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzReadBulk feeds arbitrary bytes to both import readers: they never
// panic, and every record they hand on is valid, with fields that
// CheckJSON accepts and a controller fit to print.
func FuzzReadBulk(f *testing.F) {
	f.Add([]byte("{\"id\":\"CN-1\",\"category\":\"general\",\"fields\":{\"a\":1}}\n"), false)
	f.Add([]byte("{\"id\":\"CN-1\",\"category\":\"general\",\"fields\":{\"a\":\"\\ud800\"}}\n"), false)
	f.Add([]byte("id,category,name\nCN-1,general,x\n"), true)
	f.Add([]byte("id,category,name\nCN-1,general,caf\xe9\n"), true)
	f.Fuzz(func(t *testing.T, data []byte, csv bool) {
		read := ReadNDJSON
		if csv {
			read = ReadCSV
		}
		_ = read(bytes.NewReader(data), func(r *Record) error {
			if err := CheckJSON(r.Fields); err != nil {
				t.Fatalf("record %q handed on with fields %q: %v", r.ID, r.Fields, err)
			}
			if err := CheckName("controller", r.Controller); err != nil {
				t.Fatalf("record %q handed on: %v", r.ID, err)
			}
			if !utf8.ValidString(r.ID) || strings.ContainsAny(r.ID, "\n\r") {
				t.Fatalf("record id %q handed on", r.ID)
			}
			return nil
		})
	})
}

// TestReadNDJSONRefusesHostileLines: a line that is not what it claims
// fails the read, which the import handler completes before it stores
// anything.
func TestReadNDJSONRefusesHostileLines(t *testing.T) {
	for _, line := range []string{
		"{\"id\":\"CN-2\",\"category\":\"general\",\"fields\":{\"a\":\"\\ud800\"}}",
		"{\"id\":\"CN-2\",\"category\":\"general\",\"fields\":{\"a\":1e400}}",
		"{\"id\":\"CN-2\",\"category\":\"general\",\"fields\":{\"a\":1,\"a\":2}}",
		"{\"id\":\"CN-2\",\"category\":\"general\",\"fields\":{\"a\":\"\xff\"}}",
		"{\"id\":\"CN-2\",\"category\":\"general\",\"controller\":\"a\\u202eb\",\"fields\":{}}",
	} {
		body := "{\"id\":\"CN-1\",\"category\":\"general\",\"fields\":{}}\n" + line + "\n"
		if err := ReadNDJSON(strings.NewReader(body), func(*Record) error { return nil }); ErrorCode(err) != EINVALID {
			t.Errorf("%q: %v", line, err)
		}
	}
}
