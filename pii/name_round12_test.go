package pii

import (
	"slices"
	"testing"
)

// TestNamesRound12EN: round 12's English rules, on examples of their own.
func TestNamesRound12EN(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		// A ward census line: the patient before an age in shorthand.
		{"am handover\nbed 7 - wendell okafor, 77 y/o, sepsis\nbed 9 - mrs lindgren, 64yo, fall", []string{"wendell okafor", "lindgren"}},
		{"notes\npt marisa quon, 38 yo, migraine", []string{"marisa quon"}},
		{"Room 3: Harriet Oyelowo, 85-year-old, stable", []string{"Harriet Oyelowo"}},
		{"beds\nbed 2 - stable overnight, 3 y/o sibling visiting", nil},
		// A clinician's surname before a role in parentheses, or after a
		// verb of care.
		{"pain improved; evaluated by Lindqvist (cardiology) at noon.", []string{"Lindqvist"}},
		{"seen by Okafor-Briggs (hospitalist) today.", []string{"Okafor-Briggs"}},
		{"Patient was referred by Hutchinson for imaging.", []string{"Hutchinson"}},
		{"Patient was seen by Cardiology (attending) today.", nil},
		// A name before a clinician's degree.
		{"Attending: Seo-yeon Albright-Nakamura, MD\nUnit: 4B", []string{"Seo-yeon Albright-Nakamura"}},
		// A record's name surname first, before its next field.
		{"RE: Consult — Ferreira, Gloria, DOB 02/11/1961", []string{"Ferreira, Gloria"}},
		{"Provider: Dela Rosa, Ramon\nSpecimen: blood", []string{"Dela Rosa, Ramon"}},
		{"Tag | Owner\n4471 | Whitaker, Louise M | 12 Elm Ct", []string{"Whitaker, Louise M"}},
		// A photo credit and a quote's speaker.
		{"A crowd at the pier. (Photo: Marguerite Olsen/Reuters)", []string{"Marguerite Olsen"}},
		{"\"We never expected it,\" said Okonkwo.", []string{"Okonkwo"}},
		{"\"Rain again,\" said Monday.", nil},
		// A title before initials; a pharmacy label's prescriber.
		{"Readers:\nDr. J. K. Abernathy\n", []string{"J. K. Abernathy"}},
		{"TAKE 2 TABLETS DAILY\nDR. F OYELARAN\n", []string{"F OYELARAN"}},
		{"History taken; seen by Banks (hospitalist) overnight.", []string{"Banks"}},
		{"plan discussed; seen by Van Ness-Holloway (attending).", []string{"Van Ness-Holloway"}},
		// A clinician after a role used as a label, without "Dr.".
		{"Discharge: PCP R. Okonjo within a week.", []string{"R. Okonjo"}},
		{"labs pending\nnight nurse: Priscilla\n", []string{"Priscilla"}},
		// A given name in apposition to kin.
		{"She will be driven home. Her son, Desmond, will stay.", []string{"Desmond"}},
		// Two initials and a known surname.
		{"We are grateful to K. T. Ramirez for the data.", []string{"K. T. Ramirez"}},
		// Ships and dog breeds are named like people.
		{"The carrier USS Abraham Lincoln docked.", nil},
		{"License 55 | Biscuit | Jack Russell\n", nil},
	} {
		if got := namesIn(tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}
