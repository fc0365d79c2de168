package comity

import (
	"bufio"
	"bytes"
	"crypto/rand"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// NewRecordID returns a fresh id for a record homed in home: the home, a
// dash, and 26 random characters of Crockford's base32 alphabet.
func NewRecordID(home Jurisdiction) string {
	const alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
	b := make([]byte, 26)
	rand.Read(b)
	for i := range b {
		b[i] = alphabet[b[i]&31]
	}
	// A digit first: an id that began with two letters and two digits
	// could pass an IBAN's length and check (about once in 20,000), and
	// the personal-information screen would refuse the node's own id.
	b[0] = alphabet[b[0]%10]
	return string(home) + "-" + string(b)
}

// Normalize fills a submitted record's defaults: the home from the id's
// prefix, or a new id from the home; then validates it.
func (r *Record) Normalize() error {
	if r.Home == "" && r.ID != "" {
		home, err := HomeOf(r.ID)
		if err != nil {
			return err
		}
		r.Home = home
	}
	if r.Home == "" {
		return Errorf(EINVALID, "a record needs a home jurisdiction or an id that begins with one")
	}
	j, err := ParseJurisdiction(string(r.Home))
	if err != nil {
		return err
	}
	r.Home = j
	if r.ID == "" {
		r.ID = NewRecordID(j)
	}
	return nil
}

// bulkLine is one NDJSON line of a bulk import: a record as a caller writes
// it, with no server-set fields.
type bulkLine struct {
	ID         string          `json:"id"`
	Home       Jurisdiction    `json:"home,omitempty"`
	Controller string          `json:"controller,omitempty"`
	Category   Category        `json:"category"`
	Subjects   []string        `json:"subjects,omitempty"`
	Fields     json.RawMessage `json:"fields"`
}

// MaxBulkLine is the longest NDJSON line or CSV row a bulk import accepts.
const MaxBulkLine = 1 << 20

// ReadNDJSON parses newline-delimited JSON records, one per line, calling fn
// for each. Bulk records need an id, so that a re-run stores nothing twice.
// Errors name the line.
func ReadNDJSON(r io.Reader, fn func(*Record) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), MaxBulkLine)
	for n := 1; sc.Scan(); n++ {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		var in bulkLine
		err := CheckJSON(line)
		if err == nil && !in.decode(line) {
			err = UnmarshalJSON(line, &in)
		}
		if err != nil {
			return Errorf(EINVALID, "line %d: malformed record: %s", n, ErrorMessage(err))
		}
		rec := &Record{ID: in.ID, Home: in.Home, Controller: in.Controller, Category: in.Category, Subjects: in.Subjects, Fields: in.Fields}
		if err := bulkRecord(rec, n, true, fn); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			return Errorf(EINVALID, "a line is longer than %d bytes", MaxBulkLine)
		}
		return err
	}
	return nil
}

// ReadCSV parses CSV with a header row. The columns id, home, controller,
// category and subjects (references separated by ";") are the record's; any
// other column becomes a string field of the same name.
func ReadCSV(r io.Reader, fn func(*Record) error) error {
	cr := csv.NewReader(r)
	cr.ReuseRecord = true
	header, err := cr.Read()
	if err != nil {
		return Errorf(EINVALID, "CSV header: %w", err)
	}
	header = append([]string(nil), header...)
	seen := map[string]bool{}
	for _, h := range header {
		if seen[h] {
			return Errorf(EINVALID, "CSV header names column %q twice", h)
		}
		seen[h] = true
	}
	if !seen["id"] || !seen["category"] {
		return Errorf(EINVALID, "CSV header needs id and category columns")
	}
	for n := 2; ; n++ {
		row, err := cr.Read()
		if err == io.EOF {
			return nil
		} else if err != nil {
			return Errorf(EINVALID, "CSV line %d: %w", n, err)
		}
		rec := &Record{}
		fields := map[string]string{}
		for i, v := range row {
			if !utf8.ValidString(v) {
				return Errorf(EINVALID, "CSV line %d: column %s is not valid UTF-8", n, Printable(header[i]))
			}
			switch header[i] {
			case "id":
				rec.ID = v
			case "home":
				rec.Home = Jurisdiction(v)
			case "controller":
				rec.Controller = v
			case "category":
				rec.Category = Category(v)
			case "subjects":
				for _, s := range strings.Split(v, ";") {
					if s = strings.TrimSpace(s); s != "" {
						rec.Subjects = append(rec.Subjects, s)
					}
				}
			default:
				fields[header[i]] = v
			}
		}
		rec.Fields, _ = json.Marshal(fields)
		if err := bulkRecord(rec, n, false, fn); err != nil {
			return err
		}
	}
}

// bulkRecord checks rec, read from a line (whose fields CheckJSON has
// passed if checked), and hands it to fn.
func bulkRecord(rec *Record, line int, checked bool, fn func(*Record) error) error {
	if rec.ID == "" {
		return Errorf(EINVALID, "line %d: a bulk record needs an id, so that importing twice stores it once", line)
	}
	err := rec.Normalize()
	if err == nil {
		if home, _ := HomeOf(rec.ID); home != rec.Home {
			err = Errorf(EINVALID, "record id %q does not begin with its home %s", rec.ID, rec.Home)
		} else {
			err = rec.validateContent(checked)
		}
	}
	if err != nil {
		return Errorf(EINVALID, "line %d: %s", line, ErrorMessage(err))
	}
	if err := fn(rec); err != nil {
		return fmt.Errorf("line %d: %w", line, err)
	}
	return nil
}

// decode reads a line that CheckJSON has passed into l, as UnmarshalJSON
// would, when the line has the usual shape: an object with only the keys
// bulkLine names, spelled as it names them, whose strings hold no escapes,
// whose subjects are an array of strings and whose fields an object. It
// reports false for anything else, which UnmarshalJSON then reads (and
// refuses what it refuses). encoding/json spent more CPU on a line than
// classifying and storing its record together.
func (l *bulkLine) decode(line []byte) bool {
	d := lineDecoder{data: line}
	if !d.byte('{') {
		return false
	}
	if d.byte('}') {
		return true
	}
	for {
		key, ok := d.str()
		if !ok || !d.byte(':') {
			return false
		}
		switch key {
		case "id":
			l.ID, ok = d.str()
		case "home":
			var s string
			s, ok = d.str()
			l.Home = Jurisdiction(s)
		case "controller":
			l.Controller, ok = d.str()
		case "category":
			var s string
			s, ok = d.str()
			l.Category = Category(s)
		case "subjects":
			l.Subjects, ok = d.strs()
		case "fields":
			l.Fields, ok = d.object()
		default:
			return false
		}
		if !ok {
			return false
		}
		if d.byte('}') {
			return true
		}
		if !d.byte(',') {
			return false
		}
	}
}

// lineDecoder reads JSON that CheckJSON has passed: it need not check
// what it skips, only find where it ends.
type lineDecoder struct {
	data []byte
	pos  int
}

// byte consumes b after any whitespace, if it is next.
func (d *lineDecoder) byte(b byte) bool {
	for d.pos < len(d.data) {
		switch c := d.data[d.pos]; c {
		case ' ', '\t', '\n', '\r':
			d.pos++
		case b:
			d.pos++
			return true
		default:
			return false
		}
	}
	return false
}

// str reads a string without escapes.
func (d *lineDecoder) str() (string, bool) {
	if !d.byte('"') {
		return "", false
	}
	start := d.pos
	for ; d.pos < len(d.data); d.pos++ {
		switch d.data[d.pos] {
		case '\\':
			return "", false
		case '"':
			d.pos++
			return string(d.data[start : d.pos-1]), true
		}
	}
	return "", false
}

// strs reads an array of strings without escapes.
func (d *lineDecoder) strs() ([]string, bool) {
	if !d.byte('[') {
		return nil, false
	}
	out := []string{}
	if d.byte(']') {
		return out, true
	}
	for {
		s, ok := d.str()
		if !ok {
			return nil, false
		}
		out = append(out, s)
		if d.byte(']') {
			return out, true
		}
		if !d.byte(',') {
			return nil, false
		}
	}
}

// object returns a copy of the object that comes next.
func (d *lineDecoder) object() (json.RawMessage, bool) {
	if !d.byte('{') {
		return nil, false
	}
	start, depth, in := d.pos-1, 1, false
	for ; d.pos < len(d.data); d.pos++ {
		switch c := d.data[d.pos]; {
		case in && c == '\\':
			d.pos++ // the escaped byte cannot end the string
		case c == '"':
			in = !in
		case in:
		case c == '{' || c == '[':
			depth++
		case c == '}' || c == ']':
			if depth--; depth == 0 {
				d.pos++
				return bytes.Clone(d.data[start:d.pos]), true
			}
		}
	}
	return nil, false
}
