package pii

import (
	"slices"
	"testing"
)

func init() {
	fuzzSeeds = append(fuzzSeeds, "HELPERS: Joshua Snyder, Harper P. Lane\nHosts: Brenda O'Malley & Vito F. Duncan\n27:39 Cynthia tells the story of Diana Andrea Shevchenko\nJohn F. Kennedy Airport")
}

// Session 16's English shapes, examples of our own, each with what must
// not be found: a middle initial after a given name that is a word and
// before a surname that is a street's word, a pair of given names and the
// surname after it, people joined by "&" with an initial or a particle,
// "dos" as a particle, a surname written first before a comma; and no
// person in a month's name before a day's number, a ship's, a building's
// or a heading's name.
func TestNamesRound16(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"On Monday our inspector, Joy D. Stephens, observed the leak.", []string{"Joy D. Stephens"}},
		{"HELPERS: Joshua Snyder, Harper P. Lane\n", []string{"Joshua Snyder", "Harper P. Lane"}},
		{"Summer D. Tanaka said the gate was open.", []string{"Summer D. Tanaka"}},
		{"Accompanying guest: Bao J. Van der Berg\n", []string{"Bao J. Van der Berg"}},
		{"Fly into John F. Kennedy Airport on Monday.", nil},
		{"Joy D. Park Avenue", nil},
		{"Summer B. Fest tickets", nil},
		{"27:39 Cynthia tells the story of Diana Andrea Shevchenko\n", []string{"Diana Andrea Shevchenko"}},
		{"Caller: Freya Folake McGowan (authorized user)", []string{"Freya Folake McGowan"}},
		{"Staging by Megan Soto Realty today", nil},
		{"Boston J. Smith Hall", nil},
		{"Monday J. Smith", nil},
		{"Hosts: Brenda O'Malley & Vito F. Duncan\n", []string{"Brenda O'Malley", "Vito F. Duncan"}},
		{"Hosts: Ava Reyes & Minh C. von Ahn\n", []string{"Ava Reyes", "Minh C. von Ahn"}},
		{"Bought at Barnes & Noble today.", nil},
		{"Signed 5/8/2021 by Yesenia dos Santos\n", []string{"Yesenia dos Santos"}},
		{"the defendant. Witness: Allen, Diana.\n", []string{"Allen, Diana"}},
		{"spoke to Henry, Fatima (ref Q1737201)\n", []string{"Henry, Fatima"}},
		{"pt's daughter Cook, Jian present\n", []string{"Cook, Jian"}},
		{"TO: Allen, Guillermo J. and all other occupants\n", []string{"Allen, Guillermo J."}},
		{"Table 1: Mr. & Mrs. Kim, Mr. & Mrs. Gutiérrez, Agnieszka Ibarra\n", []string{"Kim", "Gutiérrez", "Agnieszka Ibarra"}},
		{"CALLER: it's James, James Campbell.\n", []string{"James", "James Campbell"}},
		{"Received: Jan 21, 2020\n", nil},
		{"Leave period 4: Jun 19, 2023 – Mar 27, 2021\n", nil},
		{"Kontakt: Jan Kowalski\n", []string{"Jan Kowalski"}},
		{"Prairie Wind Foundation — Grant Review Sheet\n", nil},
		{"deployed on the USS Ronald Reagan in 2019\n", nil},
		{"Hospital: Ronald McDonald House\n", nil},
		{"School: Eleanor Roosevelt Hall\n", nil},
		{"Church: Grace Lutheran\n", nil},
		{"Call Tom Hall tomorrow.\n", []string{"Tom Hall"}},
		{"Buyer's agent: Aaliyah Two Bulls\n", []string{"Aaliyah Two Bulls"}},
		{"Patient name: MAC DONALD, Olga\nAddress: x\n", []string{"MAC DONALD, Olga"}},
		{"  de la Cruz, Larry (phone 383)\n", []string{"de la Cruz, Larry"}},
		{"Advocate: Du Bois, Thao (Martin Luther King Jr. Blvd)\n", []string{"Du Bois, Thao"}},
		{"Born in St. Louis, Sara worked 30 years\n", []string{"Sara"}},
	} {
		if got := namesIn(c.text); !slices.Equal(got, c.want) {
			t.Errorf("%q:\n got  %q\n want %q", c.text, got, c.want)
		}
	}
}
