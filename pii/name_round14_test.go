package pii

import (
	"slices"
	"testing"
)

// Session 14's English shapes: a two-word rank, a given name as a
// clause's subject before a verb in the past tense or a negation, a name
// in capitals whose first part or particles the scan stepped over.
// Examples of our own, each with what must not be found.
func TestNamesRound14(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Your appointment with Nurse Practitioner Weaver on Tuesday.", []string{"Weaver"}},
		{"Ask the Nurse Practitioner about it.", nil},
		{"They saw a male in a grey hoodie. Lucia declined medical attention.", []string{"Lucia"}},
		{"lmk if friday works, Maggie can't do Sunday", []string{"Maggie"}},
		{"If it rains, Connor won't drive.", []string{"Connor"}},
		{"In the end, Boston played well.", nil},
		{"Hello, Prime Minister.", nil},
		{"13 GARCÍA-LÓPEZ, Akiko  SS\n", []string{"GARCÍA-LÓPEZ, Akiko"}},
		{"29 VAN DER BERG, Samuel  SS\n", []string{"VAN DER BERG, Samuel"}},
		{"7  LA ROSA, Zainab  FWD\n", []string{"LA ROSA, Zainab"}},
		// A particle's surname after a name.
		{"Absent: Abena Dos Santos\n", []string{"Abena Dos Santos"}},
		{"Thank you,\nJudith Mac Donald\n", []string{"Judith Mac Donald"}},
		{"Absent: Rebecca bin-Salem\n", []string{"Rebecca bin-Salem"}},
		{"My guest today is Lucia al-Hashimi.", []string{"Lucia al-Hashimi"}},
		{"Dear Rebecca, bin-Salem is a place.", []string{"Rebecca"}},
		// Minutes' motions, a report's ranks and subjects in capitals, a
		// subject typed in lower case after a question.
		{"2. Motion by Hart to repave the entrance; seconded by Grace. Passed 4-1.", []string{"Hart", "Grace"}},
		{"Motion by Councilmember Smith; motion by Lincoln Park to close", []string{"Smith"}},
		{"REPORTING OFFICER: SGT. RUIZ-DELGADO, BADGE 1501\nCASE REFERRED TO DET. HILL.", []string{"RUIZ-DELGADO", "HILL"}},
		{"SAW A MALE IN A HOODIE. JENNIFER DECLINED MEDICAL ATTENTION.", []string{"JENNIFER"}},
		{"THE CAR WAS TOWED. PARKING RESTRICTED AFTER 6.", nil},
		{"hey r u still coming sat? jorge says bring chips lol", []string{"jorge"}},
		{"is it sat? maybe says the forecast", nil},
		// A workplace's role before a surname, an apology's addressee, a
		// title in capitals outside the name.
		{"The cashier ignored us. Manager Fitzgerald was nicer.", []string{"Fitzgerald"}},
		{"Log in to the Manager Portal first.", nil},
		{"[9:03] Support: Sorry Gwendolyn! Let me check.", []string{"Gwendolyn"}},
		{"Sorry Lincoln Park is closed.", nil},
		{"INTERVIEWER: Can you state your name for the record?", nil},
	} {
		if got := namesIn(c.text); !slices.Equal(got, c.want) {
			t.Errorf("%q: got %q, want %q", c.text, got, c.want)
		}
	}
}

func TestCapsTitleCut(t *testing.T) {
	b := []byte("LEAVE W/ MRS CASTELLANOS IN 2B")
	if got := capsTitleCut(b, 9, 24); string(b[got:24]) != "CASTELLANOS" {
		t.Errorf("got %q", b[got:24])
	}
	if got := capsTitleCut(b, 13, 24); got != 13 {
		t.Errorf("a name without a title moved to %d", got)
	}
}
