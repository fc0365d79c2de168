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
		if err := UnmarshalJSON(line, &in); err != nil {
			return Errorf(EINVALID, "line %d: malformed record: %s", n, ErrorMessage(err))
		}
		rec := &Record{ID: in.ID, Home: in.Home, Controller: in.Controller, Category: in.Category, Subjects: in.Subjects, Fields: in.Fields}
		if err := bulkRecord(rec, n, fn); err != nil {
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
		if err := bulkRecord(rec, n, fn); err != nil {
			return err
		}
	}
}

func bulkRecord(rec *Record, line int, fn func(*Record) error) error {
	if rec.ID == "" {
		return Errorf(EINVALID, "line %d: a bulk record needs an id, so that importing twice stores it once", line)
	}
	err := rec.Normalize()
	if err == nil {
		if home, _ := HomeOf(rec.ID); home != rec.Home {
			err = Errorf(EINVALID, "record id %q does not begin with its home %s", rec.ID, rec.Home)
		} else {
			err = rec.validateContent()
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
