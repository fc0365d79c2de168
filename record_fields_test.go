package comity_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/comity-project/comity"
)

// TestRecordFieldsAreOneObject: a record's fields are one JSON object,
// whitespace around it allowed; any other value is refused.
func TestRecordFieldsAreOneObject(t *testing.T) {
	for _, tc := range []struct {
		fields string
		ok     bool
	}{
		{`{"name":"x"}`, true}, {" \n\t{}\r\n", true}, {`{"a":{"b":[1,null]}}`, true},
		{`null`, false}, {`[]`, false}, {`[{"a":1}]`, false}, {`"{}"`, false}, {`1`, false}, {`true`, false},
		{` `, false}, {`{"a":1} {}`, false}, {`{"a":1,"a":2}`, false},
	} {
		r := &comity.Record{ID: "CN-1", Home: "CN", Controller: "acme", Category: comity.CategoryGeneral, Fields: json.RawMessage(tc.fields)}
		err := r.Validate()
		if (err == nil) != tc.ok {
			t.Errorf("fields %q: Validate = %v, want ok %v", tc.fields, err, tc.ok)
		}
		if err != nil && comity.ErrorCode(err) != comity.EINVALID {
			t.Errorf("fields %q: Validate = %v, want EINVALID", tc.fields, err)
		}
	}
}

// TestHomeOfIDs pins the record id syntax HomeOf accepts (a two-letter
// upper-case home, "-", then 1 to 128 of A-Z a-z 0-9 . _ : ~ -), which a
// loop now checks instead of a regular expression.
func TestHomeOfIDs(t *testing.T) {
	long := strings.Repeat("a", 128)
	for id, ok := range map[string]bool{
		"CN-1234": true, "DE-a.b_c:d~e-f": true, "CN-" + long: true, "CN-" + long + "a": false,
		"CN-": false, "CN": false, "cn-1": false, "CNX-1": false, "CN-a b": false, "CN-a/b": false,
		"CN-用户": false, "CN-a\n": false, "CN-a+b": false, "XX-1": false,
	} {
		if _, err := comity.HomeOf(id); (err == nil) != ok {
			t.Errorf("HomeOf(%q): %v, want ok=%v", id, err, ok)
		}
	}
}
