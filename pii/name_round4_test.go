package pii

import (
	"slices"
	"testing"
)

func init() {
	addressSeeds = append(addressSeeds, "1  Koch, Eva (1820) – Weber, Jonas", "| Lopez, Maria T. |", "Weiß  Koch     Braun",
		"Name, Vorname: Koch, Eva\nOrt: wie oben")
}

// TestNamesRound4: entries written surname first in tables and pairings,
// columns' heads and form lines that are no names.
func TestNamesRound4(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		// A pairing: both sides surname first, one name each.
		{"Runde 2\n1  Koch, Eva (1820) – Weber, Jonas (1744)\n2  Lange-Meyer, Petra (1602) – Braun, Stefan\n",
			[]string{"Koch, Eva", "Weber, Jonas", "Lange-Meyer, Petra", "Braun, Stefan"}},
		{"1.  Smith, Laura (1900)  -  Turner, Kevin (2010)", []string{"Smith, Laura", "Turner, Kevin"}},
		// A register's cells, with an initial.
		{"09:10 | Lopez, Maria T. | 55102 | self\n10:02 | Parker, Helen | 55317 | Kevin Wright",
			[]string{"Lopez, Maria T.", "Parker, Helen", "Kevin Wright"}},
		// A dash joining words is no list.
		{"Polo - Navy, Green", nil},
		// Heads of columns are no name, however the lexicons read them.
		{"Tisch  Weiß          Schwarz\n", nil},
		// A form's line is no header of columns: the next lines' keys are
		// no names.
		{"Name, Vorname: Koch, Eva\nAnschrift: Am Hang 3, 79098 Freiburg\nAbholort: wie Anschrift",
			[]string{"Koch, Eva"}},
		{"Patient name: WARD, HELEN\nDOB: 01/02/1950\nDropoff: 12 Elm Street", []string{"WARD, HELEN"}},
		// Two given names and the surname are one name.
		{"Trauzeugen: Karl Heinz Vogt und Anna Lena Brandt", []string{"Karl Heinz Vogt", "Anna Lena Brandt"}},
		{"Mieterin: Maria Luise von Arnim\n", []string{"Maria Luise von Arnim"}},
		{"Guests: Mary Ann Collins, Peter Hughes", []string{"Mary Ann Collins", "Peter Hughes"}},
		// A pet in a veterinary record is no person; its owner is.
		{"Patient: Bruno, Hund\nHalterin: Sabine Vogt", []string{"Sabine Vogt"}},
		{"Patient: Daisy (feline, 3 y)\nOwner: Collins, Mary", []string{"Collins, Mary"}},
		{"Patientin: Maria, 45 Jahre", []string{"Maria"}},
		// Surnames the lexicons lack, or with particles, in a pairing.
		{"2   Adeyemi, Laura (1800)  -  van der Berg, Thomas (1750)\n", []string{"Adeyemi, Laura", "van der Berg, Thomas"}},
		{"| Van Horn, Emily | 553 |", []string{"Van Horn, Emily"}},
		// After a label, surname first; a list of given names is not.
		{"Halter: Wagner, Petra\nTelefon:", []string{"Wagner, Petra"}},
		{"Kinder: Lena, Jonas\n", []string{"Lena", "Jonas"}},
		// One name a line: each line is its own name.
		{"Teilnehmer:\n\nLaura M. Fischer\nPeter Braun\nJonas Weber\n", []string{"Laura M. Fischer", "Peter Braun", "Jonas Weber"}},
		// Schools and hospitals named after people.
		{"The fair moves to Jefferson Elementary in June.", nil},
		{"Transport to Johns Hopkins this morning.", nil},
		// A table whose cells a full-width bar parts.
		{"序号｜申请人｜代办人\n1｜董立新｜本人\n2｜邵佳琪｜韦国华", []string{"董立新", "邵佳琪", "韦国华"}},
		// A form's keys that begin with a surname's character are no names.
		{"房型：两室一厅\n车牌：京A12345\n品种：金毛", nil},
		// A role before the name: owner, family, heir.
		{"看过那套之后，业主苗国栋同意降价。", []string{"苗国栋"}},
		{"家属韦丽陪同就诊。", []string{"韦丽"}},
		{"被继承人褚建新于去年去世。", []string{"褚建新"}},
		{"业主大会决定更换物业。", nil},
		// A maiden name after "geb.", a name on a doorbell.
		{"Am 3.2.2024 verstarb Erna Vogt, geb. Lindqvist, zuletzt wohnhaft in Kiel.", []string{"Erna Vogt", "Lindqvist"}},
		{"Bitte im dritten Stock bei Brandt klingeln.", []string{"Brandt"}},
		{"geb. 12.03.1980 in Kiel", nil},
		// A rescue crew's qualifications written in camel case.
		{"Besatzung: NotSan Brandt, RettSan Vogt\n", []string{"Brandt", "Vogt"}},
		// People joined by "&" are no firm; firms are.
		{"Donors: Nora Quinn & Ruth Ellis", []string{"Nora Quinn", "Ruth Ellis"}},
		{"Bought at Smith & Wesson Holding", nil},
		// An initial and a known surname; not a middle initial.
		{"Crew: B. Hughes (EMT-P), R. Collins (EMT-B)", []string{"B. Hughes", "R. Collins"}},
		{"filed by Drew K. Hughes today", nil}, // not "K. Hughes"
		{"see U. S. Steel and J. Smith Hall", nil},
		// Kin: "Ruth (spouse)", "Spouse Ruth states"; a family by surname.
		{"10:02 | Ruth (spouse) | DL", []string{"Ruth"}},
		{"Patient alert. Spouse Ruth states he fell.", []string{"Ruth"}},
		{"Thanks to the Collins family and Familie Brandt.", []string{"Collins", "Brandt"}},
		// A surname in capitals heading a mail label's street line.
		{"4411 | Schirm | anonym | BRANDT, Am Anger 4, 24103 Kiel\n", []string{"BRANDT"}},
		{"| VOGT-LORENZ, Lindenweg 2, 24103 Kiel", []string{"VOGT-LORENZ"}},
		{"ACHTUNG, Hauptstraße 5 gesperrt", nil},
		// Accented spellings of given names.
		{"Showing agent: Hélène Carter\nBuyer: Mónica Reyes", []string{"Hélène Carter", "Mónica Reyes"}},
		{"| Collins, Raúl | 55102 |", []string{"Collins, Raúl"}},
		{"Thanks to The Brown Family.", []string{"Brown"}},
		// A name before "为" (acts as), and a surname's
		// character that ends a word, unless a title comes before it.
		{"经法院指定，韦建新为遗产管理人。", []string{"韦建新"}},
		{"，苗立为了这事跑了三趟", []string{"苗立"}},
		{"随车医生：韦丽\n", []string{"韦丽"}},
		{"——班主任何老师", []string{"何"}},
		// Firms named after their founder.
		{"Wir danken unseren Sponsoren: Knorr, Beate Uhse und der Bäckerei Vogt.", nil},
	} {
		if got := namesIn(tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("%q:\n got  %q\n want %q", tc.text, got, tc.want)
		}
	}
}
