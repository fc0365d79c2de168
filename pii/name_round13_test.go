package pii

import "testing"

// Households, weekdays after a name, lower-case surnames after an
// abbreviated title, particles after an initial: examples of our own, each
// with what must not be found.
func TestHouseholdsWeekdaysAndLowerTitles(t *testing.T) {
	cases := []struct {
		text string
		want []string
		not  []string
	}{
		// A household by its surname; a list of given names that ends in one.
		{"With love,\nOksana, Darnell & the Iyer kids", []string{"Oksana", "Darnell", "Iyer"}, nil},
		{"We waved at the Stallworth twins.", []string{"Stallworth"}, nil},
		{"Bring the Science kids along", nil, []string{"Science"}},
		{"Your appointment at Abbott Family Clinic", nil, []string{"Abbott"}},
		{"Smith & Wesson makes guns", nil, []string{"Smith"}},
		// A given name before the weekday it is met on.
		{"Will pair with Pooja Friday.", []string{"Pooja"}, []string{"Pooja Friday"}},
		{"same thing happened w/ Tremaine on Elm", []string{"Tremaine"}, nil},
		// A surname typed in lower case after "mr." or "dr.".
		{"i emailed the property manager (mr. castañeda) twice.", []string{"castañeda"}, nil},
		{"ask dr. okonkwo-hale tomorrow", []string{"okonkwo-hale"}, nil},
		{"the mr. right thing", nil, []string{"right"}},
		{"the hmr. nguyen code", nil, []string{"nguyen"}},
		// A given name in lower case after "my" and a kin noun.
		{"so my neighbor siobhan keeps getting packages", []string{"siobhan"}, nil},
		{"my cousin said hi and my friend will come", nil, []string{"said", "will"}},
		{"the enemy neighbor siobhan", nil, []string{"siobhan"}},
		{"thats my cousin thanh's place", []string{"thanh"}, nil},
		{"my cousin will's car", nil, []string{"will"}},
		// A name in capitals inside a sentence in lower case.
		{"the label literally says HOLLIS BJORNSTAD. i emailed", []string{"HOLLIS BJORNSTAD"}, nil},
		{"we love MARK TWAIN books", nil, []string{"MARK TWAIN"}},
		// A surname's key vouches for a surname the lexicons lack.
		{"LAST NAME: DELUCA\nFIRST NAME: HOLLIS\n", []string{"DELUCA", "HOLLIS"}, nil},
		{"COMPANY NAME: ACME\n", nil, []string{"ACME"}},
		// A given name and an initial before a column's gap.
		{"15  Rania W.  P  Ignatius Washburn", []string{"Rania W.", "Ignatius Washburn"}, nil},
		// A surname by its ending after a rank.
		{"Coach Petrenko — practices Thursdays", []string{"Petrenko"}, nil},
		{"Coach Italian — dinner", nil, []string{"Italian"}},
		// A name label's value in lower case; a surname after a filler; an
		// initial before a double surname.
		{"- Owner: guadalupe. Next step: demo Friday.", []string{"guadalupe"}, nil},
		{"Owner: will. Next", nil, []string{"will"}},
		{"\"hey it's Rania uh Washburn calling about", []string{"Rania", "Washburn"}, nil},
		{"\"hey it's Rania uh Monday works\"", nil, []string{"Monday"}},
		{"Photos courtesy of M. Okonkwo-Hale. Printed", []string{"M. Okonkwo-Hale"}, nil},
		// A street's suffix after a given name: a street, not a surname.
		{"collision at Center St and Willow Blvd. Other", nil, []string{"Willow Blvd"}},
		{"Report by Grace Ln for", nil, []string{"Grace Ln"}},
		// A dash's sign-off; a firm named after a person.
		{"Please ask for me next time. -Amy (owner)", []string{"Amy"}, nil},
		{"We worked together at Chuck E. Cheese. Rest easy", nil, []string{"Chuck E. Cheese", "Chuck"}},
		// A league, a bank, a month's column are no persons.
		{"Tigers — Little League Minors roster (sponsor: Chick-fil-A)", nil, []string{"Little League Minors", "Little"}},
		{"x,\"16622 E Kingfisher Dr, Lowell, MA 92566\",Jan,1888.00,2186.00", nil, []string{"Jan"}},
		{"Jan,Müller,Bonn", []string{"Jan"}, nil},
		// A couple seated by its surname, then another guest.
		{"Table 2: Mr. & Mrs. Raghunathan, Rania Whitfield, Mr. & Mrs. Nwosu\n", []string{"Raghunathan", "Rania Whitfield", "Nwosu"}, nil},
		// A quoted CSV cell written surname first.
		{"Unit,Tenant,Address\n7B,\"Van der Berg, Megan\",\"21402 W Hillcrest Ln\"", []string{"Van der Berg, Megan"}, nil},
		// A rank in capitals before a surname in capitals.
		{"Crew: CPT RAGHUNATHAN, FO OKONKWO-HALE\n", []string{"RAGHUNATHAN", "OKONKWO-HALE"}, nil},
		{"FO BOX, 12", nil, []string{"BOX"}},
		// A capitalised particle after an initial.
		{"Photos courtesy of H. Van der Berg. Printed", []string{"H. Van der Berg"}, []string{"H. Van"}},
	}
	for _, c := range cases {
		got := map[string]bool{}
		for _, f := range rulesOnly.DetectString(c.text) {
			if f.Type == PersonName {
				got[c.text[f.Start:f.End]] = true
			}
		}
		for _, w := range c.want {
			if !got[w] {
				t.Errorf("%q: %q not found (got %v)", c.text, w, got)
			}
		}
		for _, w := range c.not {
			if got[w] {
				t.Errorf("%q: %q found", c.text, w)
			}
		}
	}
}
