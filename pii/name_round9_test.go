package pii

import (
	"slices"
	"strings"
	"testing"
)

func init() {
	addressSeeds = append(addressSeeds, "[08:02] Guest: hi\n", "Bump Kafka to v3\n", "Nguyen, Hoa\t", "Insured: De La Rosa, Ines\n",
		"pet,species\nRex,dog\n", "Tom Field Club")
}

// TestNamesRound9: things named after people, chat logs' roles, pets'
// records, and "Surname, Given" where a label or a column says a name
// stands.
func TestNamesRound9(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		// A dish, an association, a syndrome named after a person.
		{"Today: Cobb Salad and a Monte Cristo.", nil},
		{"Lunch was a Morgan Sandwich again.", nil},
		{"The Willow Creek HOA meets Tuesday.", nil},
		{"She has Tourette Syndrome, her mother says.", nil},
		{"The Harold Lloyd Society screens films.", nil},
		// Firms named after people.
		{"Listed by Coldwell Banker last spring.", nil},
		{"Cookies from Mrs. Fields at the mall.", nil},
		// A commit's verb before a tool's name; a person stays a person.
		{"    Bump Jenkins to v2.4\n", nil},
		{"    Revert Jackson upgrade\n", nil},
		{"Call Tom Field tomorrow.", []string{"Tom Field"}},
		// A chat's notice and its roles are no speakers; a speaker is.
		{"[14:02] Session started.\n[14:03] Guest: where is my parcel?\n[14:04] Marta: let me check\n", []string{"Marta"}},
		{"[09:00] Agent: hello\n[09:01] Peter Olsen: hi\n", []string{"Peter Olsen"}},
		// A vet's records: the patient is a pet, the owner a person.
		{"patient,species,owner\nBuster,canine,\"Okafor, Grace\"\n", []string{"Okafor, Grace"}},
		{"pet_name;owner\nBuster;Ramirez, Luis\n", []string{"Ramirez, Luis"}},
		// Surname first where a label or a column says a name stands.
		{"Insured: De La Rosa, Ines\nPolicy: 4471\n", []string{"De La Rosa, Ines"}},
		{"id\tcustomer\tcity\n7\tMcAllister-Noor, Janet\tDayton\n", []string{"McAllister-Noor, Janet"}},
		// Offices and trades spelled out before a name the lexicons know.
		{"The motion was heard by Judge Whitaker on Monday.", []string{"Whitaker"}},
		{"Ask Contractor Luis Ortega for a quote.", []string{"Luis Ortega"}},
		{"A bottle of Captain Morgan and ice.", nil},
		// But a list of people is not one surname-first name.
		{"Present: Ellen Ward, Simone\n", []string{"Ellen Ward", "Simone"}},
	} {
		if got := namesIn(tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("%q:\n got  %q\n want %q", tc.text, got, tc.want)
		}
	}
}

// TestIATANames: SURNAME/GIVEN as airlines write it; a slash between
// words that are no names is not one.
func TestIATANames(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"SEAT 14C  GARCIA/MARIA MRS  WCHR\n", []string{"GARCIA/MARIA"}},
		{"PAX: O'BRIEN/SEAN\n", []string{"O'BRIEN/SEAN"}},
		{"USE TCP/IP AND/OR UDP\n", nil},
	} {
		var got []string
		for _, f := range rulesOnly.DetectString(tc.text) {
			if f.Type == PersonName {
				got = append(got, tc.text[f.Start:f.End])
			}
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: names %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestIATANamesNotFirms: a slash inside a firm's name that goes on is no
// passenger's name.
func TestIATANamesNotFirms(t *testing.T) {
	for _, text := range []string{"Agent: RE/MAX Premier\n", "see AC/DC Tribute Band"} {
		for _, f := range rulesOnly.DetectString(text) {
			if f.Type == PersonName && strings.Contains(text[f.Start:f.End], "/") {
				t.Errorf("%q: name %q", text, text[f.Start:f.End])
			}
		}
	}
}
