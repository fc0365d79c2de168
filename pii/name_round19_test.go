package pii

import "testing"

// Session 19's rules, on examples of our own: things named after people,
// keys that hold no person, and names by a signature's blank, a parcel, a
// list of helpers and a clause after a comma.
func TestNameRound19(t *testing.T) {
	cases := []struct {
		text string
		want []string
		not  []string
	}{
		// Vessels, by their prefix or their kind; not a roster's position.
		{"14:05  Einlauf  MS Kronprinz Olaf  an Steinwerder\n", nil, []string{"Olaf", "Kronprinz Olaf"}},
		{"Der Seenotrettungskreuzer Theodor Storm liegt in der Werft.", nil, []string{"Theodor Storm"}},
		{"Die Barkasse „Tante Frieda“ fährt um zehn.", nil, []string{"Frieda"}},
		{"12  Marcus Lee  SS  Dana Lee\n", []string{"Marcus Lee", "Dana Lee"}, nil},
		{"Ship to: Anna Weber, Bahnhofstr. 4", []string{"Anna Weber"}, nil},
		{"Please ship Maria Lopez the forms.", []string{"Maria Lopez"}, nil},
		// A place or a fund in its kind's word; a title in emphasis.
		{"- Meet at the Willie Mays Pavilion, gate 3", nil, []string{"Mays Pavilion", "Willie Mays Pavilion"}},
		{"Funded by the Walton Endowment this year.", nil, []string{"Walton Endowment"}},
		{"| March | *Lessons in Chemistry* | Rosa Lin |\n| April | *Anxious People* | Omar Haddad |\n", []string{"Rosa Lin", "Omar Haddad"}, []string{"Anxious People"}},
		{"Signed: **Gloria Estrada**", []string{"Gloria Estrada"}, nil},
		// Keys that hold no person; a count of things; "in" a fabric.
		{"vater:\n  beruf: Schneider\n  name: Karl Brandt\n", []string{"Karl Brandt"}, []string{"Schneider"}},
		{"<Destination>Florence, Italy</Destination>", nil, []string{"Florence"}},
		{"Übergabe: 3x Schlüssel, 1x Keller", nil, []string{"Keller"}},
		{"Neuheit: Sessel „Lotte“ in Cord", nil, []string{"Cord"}},
		// An office after "vom", not a surname; "vom Bruch" is one.
		{"Rücksprache mit Frau Albers vom Jugendamt.", []string{"Albers"}, []string{"Albers vom Jugendamt"}},
		{"Rücksprache mit Herrn Ludger vom Bruch.", []string{"Ludger vom Bruch"}, nil},
		// A German office's noun under a signature; a double surname stays.
		{"Mit freundlichen Grüßen\n\ni. A. Petra Lohse\nSachbearbeiterin Beitragsabteilung\n", []string{"Petra Lohse"}, []string{"Beitragsabteilung", "A. Petra Lohse"}},
		{"Anordnung: POK Meyer-Vorwerk\n", []string{"Meyer-Vorwerk"}, nil},
		// A signature's blank and the name in brackets.
		{"Unterschriften: ________ (Lehmann)   ________ (von Arnim)\n", []string{"Lehmann", "von Arnim"}, nil},
		// A parcel's addressee; not a pronoun.
		{"Hat jemand ein Paket für Sommerfeld angenommen?", []string{"Sommerfeld"}, nil},
		{"Die Post für zur Linde landet bei uns.", []string{"zur Linde"}, nil},
		{"Ist das Paket für Sie?", nil, []string{"Sie"}},
		// A list of helpers: a given name, then another's full name, is
		// no name written surname first (listPairSplit, below).
		{"| 10–13 Uhr | Kasse | Jonas, Petra Hoffmann | – |\n", []string{"Petra Hoffmann"}, []string{"Jonas, Petra Hoffmann"}},
		{"Kontakt: Hoffmann, Anna Maria", []string{"Hoffmann, Anna Maria"}, nil},
		// A given name as a clause's subject after a comma.
		{"Ich bringe Salat mit, Henrike bringt den Kuchen.", []string{"Henrike"}, nil},
		// A register's numbered entry, surname first, before the birth.
		{"Erste Abteilung\n1a) Frank, Peter, geb. am 04.05.1972, Bremen\n", []string{"Frank, Peter"}, nil},
		// After "an", a list of names goes on past the first.
		{"Kopie an Ole Weber / Ole Engel\n", []string{"Ole Weber", "Ole Engel"}, nil},
		{"Rückfragen an Emre Klein und Jana Vogt\n", []string{"Emre Klein", "Jana Vogt"}, nil},
		// A birthday's wish names whom it is for.
		{"Alles Gute zum Geburtstag Hannelore!", []string{"Hannelore"}, nil},
		{"Happy birthday Brenda! Love, Mom", []string{"Brenda"}, nil},
		// A given name paired with the writer; a household's house.
		{"Here's the schedule Priya and I drew up.", []string{"Priya"}, nil},
		{"Same color as the Okonkwo house next door.", []string{"Okonkwo"}, nil},
		// Given names paired by "&"; a college named after two is none.
		{"Brenda & Carlos Perez\tcornbread\t13\n", []string{"Brenda", "Carlos Perez"}, nil},
		{"Visitor guide: Franklin & Marshall College\n", nil, []string{"Franklin", "Marshall College"}},
		// Capitals with a middle initial, a couple after "and".
		{"   Grantor: KHALID U. WHITE and ANNE MARIE Y. WHITE, husband and wife\n", []string{"ANNE MARIE Y. WHITE"}, nil},
		// A surname that also ends places, after a title or "née"; the
		// places stay places.
		{"Your filling with Dr. Park is on Monday.", []string{"Park"}, nil},
		{"Lena Cho (née Park) moved in 2019.", []string{"Lena Cho", "Park"}, nil},
		{"We met at Lincoln Park and walked to Dr. Park Avenue Clinic.", nil, []string{"Park", "Lincoln Park"}},
		// A given name in lower case as a log's value under a person's
		// key; a user's handle is none.
		{"2024-05-02T08:11 grund=defekt geprueft_von=jasmina user=mueller93\n", []string{"jasmina"}, []string{"mueller93"}},
		{"level=info approved_by=frank status=ok", []string{"frank"}, nil},
		{"grund=defekt geprueft_von=hans-peter abholadresse=\"x\"", []string{"hans-peter"}, nil},
		{"grund=defekt geprueft_von=hans-xyzzy abholadresse=\"x\"", nil, []string{"hans", "hans-xyzzy"}},
		{"level=info user=frank approved_by=root", nil, []string{"frank", "root"}},
		// Chinese brands that open with a surname's character; "孙女士" is
		// Ms. Sun.
		{"顾客：孙女士  177****8361\n", []string{"孙"}, nil},
		{"展位号 | 展商 | 主营\n1A52 | 华帝 | 燃气灶\n2D20 | 苏泊尔 | 炊具\n", nil, []string{"华帝", "苏泊尔"}},
	}
	for _, c := range cases {
		checkNames13(t, rulesOnly, c.text, c.want, c.not)
		checkNames13(t, Default, c.text, nil, c.not)
	}
}

func TestListPairSplit(t *testing.T) {
	for _, c := range []struct {
		text string
		want int
	}{
		{"Jonas, Petra Hoffmann", 5},
		{"Anna-Lena, Reinhard Schmidt", 9},
		{"Hoffmann, Anna Maria", -1}, // given names after the comma
		{"Hoffmann, Petra", -1},
		{"Jonas, Petra Anna Hoffmann", -1},
	} {
		if got := listPairSplit([]byte(c.text), 0, len(c.text)); got != c.want {
			t.Errorf("listPairSplit(%q) = %d, want %d", c.text, got, c.want)
		}
	}
}
