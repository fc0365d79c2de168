package pii

import (
	"slices"
	"testing"
)

// TestNamesRound11En: round 11's English rules, on examples of their own.
func TestNamesRound11En(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		// A US city where a place stands.
		{"Shipped from our depot, Cheyenne WY 82001.", nil},
		{"Our new office opens in Cheyenne next spring.", nil},
		{"Reviewed by Oscar P., Austin, TX", []string{"Oscar P."}},
		{"Cheyenne Holloway called about the invoice.", []string{"Cheyenne Holloway"}},
		// A generational suffix, whichever rule found the name.
		{"Account holder: Desmond Whitaker III\nBranch: 12", []string{"Desmond Whitaker III"}},
		{"Payee: Leonard Ashby Jr.\nMemo: rent", []string{"Leonard Ashby Jr."}},
		// A given name before an appositive or a record's separator.
		{"The minutes were read. Rosalind, whose term ends in May, chaired.", []string{"Rosalind"}},
		{"Your courier today is Marcus · Ford Transit", []string{"Marcus"}},
		// A life's story: a given name before the verbs that tell it.
		{"He was born in 1950. Rosalind taught school for decades.", []string{"Rosalind"}},
		// Lower case: a greeting or a sign-off line.
		{"hey darnell, are we still on for friday?", []string{"darnell"}},
		{"ok see you then\nthanks josh ramirez\n", []string{"josh ramirez"}},
		{"cant wait!!\n- olga\n", []string{"olga"}},
		{"shopping:\n- sage\n- milk\nhi all, hey mark", nil},
		// Names of the widened SSA and Census ranks.
		{"I forwarded the quote to Kayden Velasco yesterday.", []string{"Kayden Velasco"}},
		{"Signed in: Brynlee Pangilinan, Dashawn Satterfield", []string{"Brynlee Pangilinan", "Dashawn Satterfield"}},
		// Rooms, prizes and alerts named after people.
		{"The lecture moved to the Hamilton Room.", nil},
		{"She won the Pulitzer Prize and then the Stanley Cup.", nil},
		{"Coats are kept in the Whitney Gallery.", nil},
	} {
		if got := namesIn(tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}
