package pii

import (
	"slices"
	"testing"
)

// TestNamesWhereTheySit: names found by their place in a record or a
// sentence rather than by a title before them (cells of a row, lower-case
// values, particles, couples, a name key's value, Chinese names at a
// field's start or after a role word), and the things that only look like
// names there. Each case failed before namefield.go.
func TestNamesWhereTheySit(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string // "person_name:value", in order
	}{
		// A given name and a surname in adjacent cells of a row.
		{"17,2024-01-02T10:00:00Z,Harriet,Okonkwo,h@example.com\n", []string{"person_name:Harriet", "person_name:Okonkwo"}},
		{"(12, 'Walter', 'Brennan', 'gold'),\n", []string{"person_name:Walter", "person_name:Brennan"}},
		{"\"4411\";\"Gerda\";\"Lindqvist\";\"ok\"\n", []string{"person_name:Gerda", "person_name:Lindqvist"}},
		{"9;Wiebke;von Arnim;ok\n", []string{"person_name:Wiebke", "person_name:von Arnim"}},
		{"sku,colour\n12,Harriet,Street\n", nil},
		// A name written in lower case as a value.
		{`{"buyer": "harold jennings", "ok": true}`, []string{"person_name:harold jennings"}},
		{"7\tgisela neumann\t12 Elm St\n", []string{"person_name:gisela neumann"}},
		{`{"kunde": "emil zu stolberg"}`, []string{"person_name:emil zu stolberg"}},
		{`{"colour": "navy blue", "size": "large"}`, nil},
		// Particles and suffixes.
		{"Please welcome Melissa Van Dyke.", []string{"person_name:Melissa Van Dyke"}},
		{"Wir bitten Herrn van Dijk um Rückruf.", []string{"person_name:van Dijk"}},
		{"Congratulations to Noah Henderson III on the award.", []string{"person_name:Noah Henderson III"}},
		// Ranks and an initial after them.
		{"Case referred to Det. Okafor.", []string{"person_name:Okafor"}},
		{"Reporting Officer: Ofc. B. Meyer #8931", []string{"person_name:B. Meyer"}},
		// Dashes and firms.
		{"Cotton Tee - Navy\n", nil},
		{"To: Ashford Property Management\nRe: noise", nil},
		{"Viele Grüße\n-- \nHansen Bau GmbH", nil},
		// Couples, a name key's value, greetings by thanks, a name before a
		// parenthesis.
		{"Together with their families\nJean & Doris\ninvite you", []string{"person_name:Jean", "person_name:Doris"}},
		{"Student Last Name: ROMERO\nGrade: 3\n", []string{"person_name:ROMERO"}},
		{"Thanks Judy, got it.", []string{"person_name:Judy"}},
		{"Note by Stephanie (Tier 1), 2/20/2024:", []string{"person_name:Stephanie"}},
		// JSON keys that end in "name", a dash at a line's start, verbs
		// after a given name, a given name in parentheses, capitals with ß
		// or after a label, generational suffixes.
		{`{"firstName": "Kyle", "lastName": "Guzman"}`, []string{"person_name:Kyle", "person_name:Guzman"}},
		{`{"display_name":"Ralph R. Holmes II"}`, []string{"person_name:Ralph R. Holmes II"}},
		{`{"username": "Kyle", "filename": "Grace"}`, nil},
		{"Great service!\n- Willie A., Tulsa\n", []string{"person_name:Willie A."}},
		{"- Grant access to the shared drive\n", nil},
		{"Five stars\nRonald came out to fix our AC the same day.", []string{"person_name:Ronald"}},
		{"Notiz vom 15.03.2023 (Sabine)\n", []string{"person_name:Sabine"}},
		{"Anzeigeerstatter: GROß, Andreas, geb. 17.09.1951", []string{"person_name:GROß, Andreas"}},
		{"Versicherungsnehmer/in: ARNOLD, Emmely\n", []string{"person_name:ARNOLD, Emmely"}},
		{"Policyholder: BILLY HENDERSON II\nPolicy #: 1", []string{"person_name:BILLY HENDERSON II"}},
		{"Zusage bitte bis Mai an Anton Neumann (Trauzeuge).", []string{"person_name:Anton Neumann"}},
		{"I read an Anthony Burgess novel.", nil},
		{"Sachbearbeiter: POK Winkler\n", []string{"person_name:Winkler"}},
		{"NARRATIVE: R/P CRUZ, JEFFREY (DOB 6/26/1963) stated", []string{"person_name:CRUZ, JEFFREY"}},
		{"Versicherungsnehmer/in: VON ARNIM, Lea\n", []string{"person_name:VON ARNIM, Lea"}},
		{"Student Last Name: VAN DER BERG\n", []string{"person_name:VAN DER BERG"}},
		{"Notfallkontakt: Thomas Şahin (Vater)", []string{"person_name:Thomas Şahin"}},
		{"- [ ] Grant access for the contractor\n- [x] Patrick to confirm the lease\n", []string{"person_name:Patrick"}},
		{"Your appointment at Lincoln Pediatrics is on Monday.", nil},
		{"MARTIN LUTHER KING JR. ELEMENTARY - NEW STUDENTS", nil},
		{"(2855, 'Summer', 'Richardson', 'x'),\n", []string{"person_name:Summer", "person_name:Richardson"}},
		{"sku,season,colour\n12,Summer,Brooks\n", nil},
		{"event=login display_name=Evelyn_Bell\n", []string{"person_name:Evelyn_Bell"}},
		{"Abholberechtigt: Oma Stefanie, Tante Lina\n", []string{"person_name:Stefanie", "person_name:Lina"}},
		{"Danke! Kommt Jutta auch?", []string{"person_name:Jutta"}},
		{"Sachbearbeiter: POK von Bülow\n", []string{"person_name:von Bülow"}},
		{"Vorname(n): Frank\nGeburtsdatum: 14.02.2023", []string{"person_name:Frank"}},
		// Chinese: a field's start, a role word, a form's separate fields.
		{"林玉珍您好：\n\n已收到。", []string{"person_name:林玉珍"}},
		{"楼上住户夏霞每晚装修到十一点", []string{"person_name:夏霞"}},
		{"好的，赵思远也一起来", []string{"person_name:赵思远"}},
		{"姓：黄    名：梓萱\n", []string{"person_name:黄", "person_name:梓萱"}},
		{"收件人写我。", nil},
		{"白敏您好：", []string{"person_name:白敏"}},
		{"老板娘欧阳欣人很好", []string{"person_name:欧阳欣"}},
		{"<span class=\"name\">谢刚</span>", []string{"person_name:谢刚"}},
	} {
		var got []string
		for _, f := range rulesOnly.DetectString(tc.text) {
			if f.Type == PersonName {
				got = append(got, f.Type.String()+":"+tc.text[f.Start:f.End])
			}
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q:\n got  %q\n want %q", tc.text, got, tc.want)
		}
	}
}
