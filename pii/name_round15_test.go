package pii

import (
	"slices"
	"testing"
)

func init() {
	fuzzSeeds = append(fuzzSeeds, "{\"id\":\"CN-100001\"} T.J. Underwood; Kowalski St. Clair; \"Dear Mr. Hamilton\"\nMIN-JI MARIE AHMED\nAsst: Pete\tChildren: Luis; Jae\nhey i'm aisha, 38 cousin hannah @Adaeze-3197 开阳县 龙泉镇 放到文三路128号")
}

// Session 15's English shapes, examples of our own, each with what must
// not be found: joined initials, saints' places and St. surnames, a name
// in a quoted work, road words and cities that name no one, a role's
// label and a list of children, a name in capitals that fills its line,
// lower-case names after "cousin" and "i'm", a friend's role.
func TestNamesRound15(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Ushers this Sunday: T.J. Underwood and S.K. Chen.", []string{"T.J. Underwood", "S.K. Chen"}},
		{"Also talked to Det. N.M. Van Dyke. Nothing yet.", []string{"N.M. Van Dyke"}},
		{"Questions? Contact PTA president C.J. Al-Sayed.", []string{"C.J. Al-Sayed"}},
		{"We moved to the U.S. last spring.", nil},
		{"The St. Vincent de Paul food drive runs through the Fall.", nil},
		{"Publish: St. Louis Post-Dispatch\n", nil},
		{"a statement from Abigail Kowalski St. Clair, who lived here", []string{"Abigail Kowalski St. Clair"}},
		{"He sits down with Tuan Kim, author of \"Dear Mr. Hamilton\".", []string{"Tuan Kim"}},
		{"author of \"Lincoln Highway Diaries\"", nil},
		{"Call Tom Field tomorrow.", []string{"Tom Field"}},
		{"just moved here from Fort Collins. love it", nil},
		{"Coach: Tuan Carter\tAsst: Pete\tSponsor: Delgado Brothers Plumbing\n", []string{"Tuan Carter", "Pete"}},
		{"Status: Open\tAsst: none\n", nil},
		{"   Children: Luis; Jae; Brittany; Astrid\n", []string{"Luis", "Jae", "Brittany", "Astrid"}},
		{"Items: Chairs; Tables; Lamps\n", nil},
		{"Together with their families\n\nCOURTNEY GRACE KOWALSKI\n& \nRUTH LYNN DE LEON\n", []string{"COURTNEY GRACE KOWALSKI", "RUTH LYNN DE LEON"}},
		{"MIN-JI MARIE AHMED\n& \nTARIQ AHMED\n\nrequest the pleasure", []string{"MIN-JI MARIE AHMED", "TARIQ AHMED"}},
		{"ANNUAL GENERAL MEETING\n", nil},
		{"?? check with cousin hannah\n", []string{"hannah"}},
		{"about me: hey i'm aisha, 38, just moved here", []string{"aisha"}},
		{"honestly i'm tired, and i'm done.", nil},
		{"my best friend Savannah made me do this lol.", []string{"Savannah"}},
		{"flights to Savannah are cheap", nil},
		{"Sponsor: Fitzgerald Public Adjusters\n", nil},
		{"04:10 How Gwendolyn met Patrick\n", []string{"Gwendolyn", "Patrick"}},
		{"How Lincoln changed the country", nil},
		{"Cash or Venmo @Adaeze-3197. No lowballers", nil},
		{"Die Anne Frank Realschule feiert Jubiläum.", nil},
		{"Wir waren im Albert Schweitzer Kinderdorf.", nil},
	} {
		if got := namesIn(c.text); !slices.Equal(got, c.want) {
			t.Errorf("%q:\n got  %q\n want %q", c.text, got, c.want)
		}
	}
}
