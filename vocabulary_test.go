package comity_test

import (
	"testing"

	"github.com/comity-project/comity"
)

func TestParseAction(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want comity.Action
		code string
	}{
		{"", comity.ActionRead, ""},
		{"read", comity.ActionRead, ""},
		{"transfer", comity.ActionTransfer, ""},
		{"store-abroad", comity.ActionStoreAbroad, ""},
		{"disclose-to-law-enforcement", comity.ActionDiscloseToLawEnforce, ""},
		{"bulk-export", comity.ActionBulkExport, ""},
		{"Read", "", comity.EINVALID},
		{"sell", "", comity.EINVALID},
		{"read ", "", comity.EINVALID},
	} {
		t.Run(tc.in, func(t *testing.T) {
			got, err := comity.ParseAction(tc.in)
			if got != tc.want || comity.ErrorCode(err) != tc.code {
				t.Errorf("ParseAction(%q) = %q, %v; want %q, code %q", tc.in, got, err, tc.want, tc.code)
			}
		})
	}
}

// TestAccessRequestValidateAction: Validate refuses an action no one
// defined, before the gate or a handler sees it; empty is a read.
func TestAccessRequestValidateAction(t *testing.T) {
	for _, a := range append([]comity.Action{""}, comity.Actions...) {
		if err := (&comity.AccessRequest{Action: a}).Validate(); err != nil {
			t.Errorf("Validate(action %q) = %v", a, err)
		}
	}
	for _, a := range []comity.Action{"sell", "READ", "read\n"} {
		if err := (&comity.AccessRequest{Action: a}).Validate(); comity.ErrorCode(err) != comity.EINVALID {
			t.Errorf("Validate(action %q) = %v, want invalid", a, err)
		}
	}
}
