package comity_test

import (
	"encoding/json"
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
