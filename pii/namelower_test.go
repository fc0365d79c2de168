package pii

import (
	"slices"
	"testing"
)

// TestNamesLower: given names typed in lower case where people sign, greet
// and credit one another (namelower.go), and the words that only look so.
func TestNamesLower(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		// A sign-off's dash within a line, a list chained to it, kin words.
		{"great stay. left a puzzle in the closet.  -- alice, eric and grandma gerald\n3/21/19", []string{"alice", "eric", "gerald"}},
		{"loved it!  -- keith & tanisha and grandma henry\n", []string{"keith", "tanisha", "henry"}},
		{"thanks for everything - priya + john\n", []string{"priya", "john"}},
		{"- ruth & huong\n", []string{"ruth", "huong"}},
		{"see you!\n-- kwame\n", []string{"kwame"}},
		{"see you!\n-- priya, omar\n", []string{"priya", "omar"}},
		// An author or recorder after "by" or "von".
		{"Mission Ln N Apt 5, Little Rock AR  72281. taken by anna Monday 10:31\n", []string{"anna"}},
		{"posted by olivia\n", []string{"olivia"}},
		{"notiert von jürgen\n", []string{"jürgen"}},
		// Greetings and sign-offs, within a line too.
		{"war super, nur das wlan... lg elif & helmut\n", []string{"elif", "helmut"}},
		{"xoxo, tanisha\n", []string{"tanisha"}},
		{"hallo gisela hier ist sabine ähm wir treffen uns", []string{"gisela", "sabine"}},
		{"To (922) 836-7288: hey betty its donna from the front desk", []string{"betty", "donna"}},
		{"hey anna & tom, see you", []string{"anna", "tom"}},
		{"love, grandma betty\n", []string{"betty"}},
		{"tante inge kommt morgen", []string{"inge"}},
		{"hey it's john calling for liam", []string{"john"}},
		{"hey mark its william from the front desk", []string{"william"}},
		// A list vouches for a given name that is also a place's; a kin
		// word too. Double given names.
		{"great stay.  -- layla, jian and grandma austin\n", []string{"layla", "jian", "austin"}},
		{"spieler:\n  - marie-luise schröder\n", []string{"marie-luise schröder"}},
		{"hey ji-woo!! cant believe were done", []string{"ji-woo"}},
		{"great stay.  -- heather, ryan and grandma aaron\n", []string{"heather", "ryan", "aaron"}},
		{"great stay.  -- ronald & evelyn and grandma bronwyn\n", []string{"ronald", "evelyn", "bronwyn"}},
		{"great stay.  -- ronald & evelyn and grandma zephyrine\n", []string{"ronald", "evelyn"}}, // a name no list holds
		{"hallo dörte hier ist charlotte ähm", []string{"dörte", "charlotte"}},
		{"hallo frank hier ist karin ähm", []string{"karin"}},
		{"Zi. 14: anna neumann, 78 J., Dekubitus", []string{"anna neumann"}},
		{"spieler:\n  - sophie van dijk\n  - tba", []string{"sophie van dijk"}},
		// A label or a chat's prefix before names filling the line.
		{"bitte ab Dienstag berücksichtigen.\nangenommen: mia\n", []string{"mia"}},
		{"Rm 2, Fresno, CA 93721\nVolunteer: tyrone\n", []string{"tyrone"}},
		// Hard negatives: words, names that are words, kin words alone.
		{"ok -- will do\n", nil},
		{"made by may\n", nil},
		{"thanks mark\n", nil},
		{"grandma's recipe is the best\n", nil},
		{"love, grandma\n", nil},
		{"Status: open\n", nil},
		{"note: will call back\n", nil},
		{"-- the team\n", nil},
		{"by hand. hope you like it\n", nil},
		{"lg ben\n", nil},
		{"-- austin & co\n", nil},
		{"-- alice and frank\n", nil},
		{"-- paris & austin\n", nil},
		{"-- alice and grandma too much\n", nil},
		{"Zi. 14: anna, 78 J., Dekubitus", nil},
		{"taken by frank and jack\n", nil},
		{"am 5. mai von max abgeholt\n", nil},
		{"Tags: anna, tom\nand more", []string{"anna", "tom"}},
	} {
		t.Run(tc.text, func(t *testing.T) {
			if got := namesIn(tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("names in %q = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}
