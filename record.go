package comity

import (
	"bytes"
	"context"
	"encoding/json"
	"slices"
	"strings"
	"time"
)

// Category classifies a record's content, from the least to the most
// protected. The rulebooks decide what each category may do.
type Category string

const (
	CategoryGeneral           Category = "general"
	CategoryPersonal          Category = "personal"
	CategorySensitivePersonal Category = "sensitive-personal"
	CategoryImportant         Category = "important"
	CategoryCore              Category = "core"
)

// Categories lists every category in order of protection.
var Categories = []Category{CategoryGeneral, CategoryPersonal, CategorySensitivePersonal, CategoryImportant, CategoryCore}

// ParseCategory returns the category named s, or an EINVALID error.
func ParseCategory(s string) (Category, error) {
	for _, c := range Categories {
		if string(c) == s {
			return c, nil
		}
	}
	return "", Errorf(EINVALID, "unknown category %q: want one of general, personal, sensitive-personal, important, core", s)
}

// Record is one unit of data held by a node. Its Home is the jurisdiction
// where it was generated and where it stays; its ID begins with that home
// ("CN-…") so that any node can route a request for it.
type Record struct {
	ID         string       `json:"id"`
	Home       Jurisdiction `json:"home"`
	Controller string       `json:"controller"`
	Category   Category     `json:"category"`
	// Kinds are the data kinds the record holds: those its controller
	// names and those its home's classifier detected (never fewer).
	Kinds     []DataKind      `json:"kinds,omitempty"`
	Subjects  []string        `json:"subjects,omitempty"`
	Fields    json.RawMessage `json:"fields,omitempty"`
	Version   int64           `json:"version"`
	CreatedAt time.Time       `json:"created_at"`
	UpdatedAt time.Time       `json:"updated_at"`
	Deleted   bool            `json:"deleted,omitempty"`
	// Classification is what the home node's classifier found on ingest.
	Classification *Classification `json:"classification,omitempty"`
}

// Classification is what a node's classifier found in a record's fields
// when it was written: the category the content suggests and, per field
// path, the kinds of personal information found there (never the values).
// A controller may choose another category; Overridden records that it did,
// so that an auditor can see every record whose category is not the
// detected one.
type Classification struct {
	Detected Category            `json:"detected"`
	Fields   map[string][]string `json:"fields,omitempty"`
	// Kinds are the data kinds the detected field kinds amount to.
	Kinds      []DataKind `json:"kinds,omitempty"`
	Overridden bool       `json:"overridden,omitempty"`
}

// Stricter returns the more protected of two categories (an unknown or
// empty one counts as the least).
func Stricter(a, b Category) Category {
	if slices.Index(Categories, b) > slices.Index(Categories, a) {
		return b
	}
	return a
}

// Governing returns the category the gate decides r on: the stricter of
// the category its controller declared and the one its home's classifier
// detected. A controller may label a record more strictly than its content
// shows, never less strictly; and Downgraded reports a label below the
// detected category.
func (r *Record) Governing() Category {
	if r.Classification == nil {
		return r.Category
	}
	return Stricter(r.Category, r.Classification.Detected)
}

// GoverningKinds returns the kinds the gate decides r on: those its
// controller named and those its home's classifier detected.
func (r *Record) GoverningKinds() []DataKind {
	if r.Classification == nil {
		return r.Kinds
	}
	return MergeKinds(r.Kinds, r.Classification.Kinds)
}

// Downgraded reports whether r's declared category is less protected than
// the one detected in its content.
func (r *Record) Downgraded() bool { return r.Governing() != r.Category }

// Classifier assigns a category to a record's fields and maps the field
// paths that hold personal information to the kinds found there.
type Classifier interface {
	Classify(fields json.RawMessage) (Category, map[string][]string)
}

// RecordMeta is a record without its content: what a write returns and what
// a policy may see without the gate releasing anything.
type RecordMeta struct {
	ID         string       `json:"id"`
	Home       Jurisdiction `json:"home"`
	Controller string       `json:"controller"`
	Category   Category     `json:"category"`
	Kinds      []DataKind   `json:"kinds,omitempty"`
	Subjects   int          `json:"subjects"`
	Version    int64        `json:"version"`
	UpdatedAt  time.Time    `json:"updated_at"`
	Deleted    bool         `json:"deleted,omitempty"`
	// Classification is the classifier's finding (field paths and kinds,
	// never values) and whether the controller overrode its category.
	Classification *Classification `json:"classification,omitempty"`
}

// Meta returns r without its fields and with its subjects counted, not named.
func (r *Record) Meta() RecordMeta {
	return RecordMeta{ID: r.ID, Home: r.Home, Controller: r.Controller, Category: r.Category, Kinds: r.Kinds,
		Subjects: len(r.Subjects), Version: r.Version, UpdatedAt: r.UpdatedAt, Deleted: r.Deleted,
		Classification: r.Classification}
}

// CountedSubjects are the data subjects a volume limit counts for r: its
// subjects, or, for a personal or sensitive record that names none (one
// stored before subjects were required), the record itself as one person,
// so that it is never counted as no one.
func (r *Record) CountedSubjects() []string {
	if len(r.Subjects) == 0 && (r.Category == CategoryPersonal || r.Category == CategorySensitivePersonal) {
		return []string{"record\x00" + r.ID}
	}
	return r.Subjects
}

// recordIDTail reports whether s is 1 to 128 of A-Z a-z 0-9 . _ : ~ -.
// A loop rather than a regular expression: every gated read checks an id,
// and the regexp cost about 5 µs of the node's CPU per read.
func recordIDTail(s string) bool {
	if len(s) == 0 || len(s) > 128 {
		return false
	}
	for i := range len(s) {
		switch c := s[i]; {
		case 'A' <= c && c <= 'Z', 'a' <= c && c <= 'z', '0' <= c && c <= '9',
			c == '.', c == '_', c == ':', c == '~', c == '-':
		default:
			return false
		}
	}
	return true
}

// HomeOf returns the home jurisdiction named by a record id's prefix.
func HomeOf(id string) (Jurisdiction, error) {
	prefix, tail, ok := strings.Cut(id, "-")
	if !ok || len(prefix) != 2 || !recordIDTail(tail) {
		return "", Errorf(EINVALID, "malformed record id %q: want HOME-ID such as CN-1234", id)
	}
	if strings.ToUpper(prefix) != prefix {
		return "", Errorf(EINVALID, "malformed record id %q: the home prefix is upper case", id)
	}
	return ParseJurisdiction(prefix)
}

// Validate checks a record submitted for writing: known home and category,
// an id whose prefix is its home, a controller, subjects as non-empty
// strings, and fields as one JSON object.
func (r *Record) Validate() error {
	if _, err := ParseJurisdiction(string(r.Home)); err != nil || string(r.Home) != strings.ToUpper(string(r.Home)) {
		return Errorf(EINVALID, "unknown home jurisdiction %q", r.Home)
	}
	home, err := HomeOf(r.ID)
	if err != nil {
		return err
	}
	if home != r.Home {
		return Errorf(EINVALID, "record id %q does not begin with its home %s", r.ID, r.Home)
	}
	if strings.TrimSpace(r.Controller) == "" || len(r.Controller) > 256 {
		return Errorf(EINVALID, "record %s needs a controller of at most 256 bytes", r.ID)
	}
	return r.validateContent(false)
}

// validateContent checks category, subjects and fields. An empty category
// is left for the home node's classifier to fill in. With checked, the
// fields are a part of a document CheckJSON has passed (a bulk line), which
// checked them as well.
func (r *Record) validateContent(checked bool) error {
	if r.Category != "" {
		if _, err := ParseCategory(string(r.Category)); err != nil {
			return err
		}
	}
	if err := CheckName("controller", r.Controller); err != nil {
		return err
	}
	if len(r.Subjects) > 10000 {
		return Errorf(EINVALID, "record %s names more than 10000 data subjects", r.ID)
	}
	if err := CheckDataKinds(r.Kinds); err != nil {
		return err
	}
	for _, s := range r.Subjects {
		if strings.TrimSpace(s) == "" || len(s) > 256 {
			return Errorf(EINVALID, "record %s has an empty or over-long data subject reference", r.ID)
		}
		if err := CheckName("data subject reference", s); err != nil {
			return err
		}
	}
	if len(r.Fields) == 0 {
		return Errorf(EINVALID, "record %s has no fields: want a JSON object", r.ID)
	}
	// Fields are stored and handed out as sent: what one JSON reader would
	// take differently from another (lone surrogates, duplicate keys,
	// numbers out of range) is refused before it can break a listing.
	if !checked {
		if err := CheckJSON(r.Fields); err != nil {
			return Errorf(EINVALID, "record %s fields: %s", r.ID, ErrorMessage(err))
		}
	}
	// CheckJSON passed, so Fields is one valid value: an object iff it
	// opens with a brace (decoding it into a map, as this did, was a tenth
	// of an import's CPU).
	if v := bytes.TrimLeft(r.Fields, " \t\r\n"); len(v) == 0 || v[0] != '{' {
		return Errorf(EINVALID, "record %s fields must be one JSON object", r.ID)
	}
	return nil
}

// RecordFilter selects records in a query. Zero fields match everything.
// Cursor is the opaque value returned by the previous page.
type RecordFilter struct {
	Controller     string    `json:"controller,omitempty"`
	Category       Category  `json:"category,omitempty"`
	Subject        string    `json:"subject,omitempty"`
	UpdatedSince   time.Time `json:"updated_since,omitzero"`
	IncludeDeleted bool      `json:"include_deleted,omitempty"`
	Cursor         string    `json:"cursor,omitempty"`
	Limit          int       `json:"limit,omitempty"` // 1..1000; 0 means 100
}

// ImportResult counts what one import batch did.
type ImportResult struct {
	Created   int `json:"created"`
	Unchanged int `json:"unchanged"`
	Updated   int `json:"updated"`
}

// RecordStore holds the records homed in one node's jurisdiction.
//
// Implementations are safe for concurrent use. A write is durable once it
// returns nil. Errors are *Error with ENOTFOUND (no such record; a
// tombstoned record is not found except through QueryRecords with
// IncludeDeleted), ECONFLICT (id exists on create, version mismatch on
// update) or EINVALID; anything else is internal.
type RecordStore interface {
	CreateRecord(ctx context.Context, r *Record) error
	GetRecord(ctx context.Context, id string) (*Record, error)
	// QueryRecords returns one page and the cursor of the next, "" at the end.
	QueryRecords(ctx context.Context, f RecordFilter) ([]*Record, string, error)
	// UpdateRecord replaces category, subjects and fields of r.ID if its
	// version is r.Version (0 skips the check) and increments the version.
	UpdateRecord(ctx context.Context, r *Record) error
	// DeleteRecord removes content and subjects and leaves a tombstone.
	DeleteRecord(ctx context.Context, id string) error
	// ImportRecords writes a batch in one transaction: new ids are created,
	// identical records are left unchanged, changed ones are updated. Running
	// the same batch twice stores nothing twice.
	ImportRecords(ctx context.Context, rs []*Record) (ImportResult, error)
	// Controls reports whether controller holds a live record about the
	// data subject; it returns no content.
	Controls(ctx context.Context, controller, subject string) (bool, error)
}
