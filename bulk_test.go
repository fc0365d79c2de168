package comity

import (
	"bytes"
	"io"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// readBulk runs read over data twice and checks what any bulk reader
// promises: it never panics; every record it hands on is valid, homed where
// its id says, with fields that CheckJSON accepts and a controller fit to
// print; bad input is EINVALID, never an internal error; and the same bytes
// give the same records.
func readBulk(t *testing.T, read func(io.Reader, func(*Record) error) error, data []byte) {
	var first []string
	for pass := range 2 {
		var got []string
		err := read(bytes.NewReader(data), func(r *Record) error {
			if err := CheckJSON(r.Fields); err != nil {
				t.Fatalf("record %q handed on with fields %q: %v", r.ID, r.Fields, err)
			}
			if err := CheckName("controller", r.Controller); err != nil {
				t.Fatalf("record %q handed on: %v", r.ID, err)
			}
			if !utf8.ValidString(r.ID) || strings.ContainsAny(r.ID, "\n\r") {
				t.Fatalf("record id %q handed on", r.ID)
			}
			if home, err := HomeOf(r.ID); err != nil || home != r.Home {
				t.Fatalf("record %q handed on with home %q", r.ID, r.Home)
			}
			got = append(got, r.ID+"\x00"+string(r.Category)+"\x00"+string(r.Fields))
			return nil
		})
		if err != nil && ErrorCode(err) != EINVALID {
			t.Fatalf("%q: error %v is %s, want invalid", data, err, ErrorCode(err))
		}
		if pass == 0 {
			first = got
		} else if !slices.Equal(first, got) {
			t.Fatalf("%q read twice gives %q, then %q", data, first, got)
		}
	}
}

// FuzzReadNDJSON feeds arbitrary bytes to the NDJSON import reader.
func FuzzReadNDJSON(f *testing.F) {
	f.Add([]byte("{\"id\":\"CN-1\",\"category\":\"general\",\"fields\":{\"a\":1}}\n"))
	f.Add([]byte("{\"id\":\"CN-1\",\"category\":\"general\",\"fields\":{\"a\":\"\\ud800\"}}\n"))
	f.Add([]byte("{\"id\":\"CN-1\",\"home\":\"CN\",\"controller\":\"acme\",\"category\":\"personal\",\"subjects\":[\"p1\"],\"fields\":{}}\n\n{\"id\":\"DE-2\",\"category\":\"general\",\"fields\":{}}"))
	f.Fuzz(func(t *testing.T, data []byte) { readBulk(t, ReadNDJSON, data) })
}

// FuzzReadCSV feeds arbitrary bytes to the CSV import reader.
func FuzzReadCSV(f *testing.F) {
	f.Add([]byte("id,category,name\nCN-1,general,x\n"))
	f.Add([]byte("id,category,name\nCN-1,general,caf\xe9\n"))
	f.Add([]byte("id,home,controller,category,subjects,note\nCN-1,CN,acme,personal,p1;p2,\"a,\"\"b\"\"\"\n"))
	f.Add([]byte("id,category\nCN-1,general,extra\n"))
	f.Fuzz(func(t *testing.T, data []byte) { readBulk(t, ReadCSV, data) })
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

// FuzzBulkLineDecode holds the fast reader of an NDJSON line to what
// UnmarshalJSON reads from it, on every line CheckJSON passes and the fast
// reader takes.
func FuzzBulkLineDecode(f *testing.F) {
	f.Add([]byte(`{"id":"CN-1","home":"CN","controller":"acme","category":"personal","subjects":["p1","p2"],"fields":{"a":[1,{"b":"}"}],"c":"\"{"}}`))
	f.Add([]byte(` { "id" : "CN-1" , "subjects" : [ ] , "fields" : { } } `))
	f.Add([]byte(`{"ID":"CN-1","fields":{}}`))
	f.Add([]byte(`{"id":"CN-\u0031","fields":{}}`))
	f.Add([]byte(`{"id":null,"subjects":null,"fields":null}`))
	f.Add([]byte(`{}`))
	f.Fuzz(func(t *testing.T, line []byte) {
		if CheckJSON(line) != nil {
			return
		}
		var fast bulkLine
		if !fast.decode(line) {
			return
		}
		var slow bulkLine
		if err := UnmarshalJSON(line, &slow); err != nil {
			t.Fatalf("fast reader took %q, UnmarshalJSON refused it: %v", line, err)
		}
		if !reflect.DeepEqual(fast, slow) {
			t.Fatalf("%q: fast reader %+v, UnmarshalJSON %+v", line, fast, slow)
		}
	})
}

// TestBulkLineDecodeTakesTheUsualLine: the fast reader takes the lines
// comity import writes (else it would save nothing).
func TestBulkLineDecodeTakesTheUsualLine(t *testing.T) {
	line := []byte(`{"id":"CN-1","controller":"acme","category":"personal","subjects":["p1"],"fields":{"name":"用户","phone":"+86 139 1234 5678"}}`)
	var l bulkLine
	if !l.decode(line) || l.ID != "CN-1" || string(l.Fields) != `{"name":"用户","phone":"+86 139 1234 5678"}` || len(l.Subjects) != 1 {
		t.Fatalf("decode = %+v", l)
	}
}
