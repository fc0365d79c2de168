package pii

import (
	"slices"
	"testing"
)

func init() {
	addressSeeds = append(addressSeeds, "PID|1||9^^^X||A^B||", "NK1|1|Q^R|", "(LAST|FIRST)\nX|Y\n", "Surname\tGiven\nÖ\tÄ")
}

// TestNamesRound7: names found by a record's structure.
func TestNamesRound7(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		// HL7 v2: the patient's (PID-5) and the next of kin's (NK1-2)
		// names, family^given^middle.
		{"MSH|^~\\&|LAB|GEN|||202401011200||ORU^R01|77|P|2.5\rPID|1||5566^^^MRN||OTIENO^WANJIRU^A||19710203|F\rNK1|1|OTIENO^BARASA|HUS\r", []string{"OTIENO", "WANJIRU", "OTIENO", "BARASA"}},
		// Other fields of the segment are no names.
		{"PID|1||5566^^^MRN||||19710203|F|||ELM ST^^DAYTON^OH\r", nil},
		{"OBX|1|ST|GLU^Glucose||HIGH|", nil},
		// A table whose header titles its columns as a name's parts.
		{"# roster  (LAST|FIRST|TEAM)\nOKONKWO|ADAEZE|BLUE\nHUYNH|THUY|RED\n", []string{"OKONKWO", "ADAEZE", "HUYNH", "THUY"}},
		{"Surname\tGiven\tRoom\nTsosie\tNizhoni\tB12\n", []string{"Tsosie", "Nizhoni"}},
		// Another column of the same table is none.
		{"LAST|FIRST|TEAM\nOKONKWO|ADAEZE|BLUE DRAGONS\n", []string{"OKONKWO", "ADAEZE"}},
		// A cell spaced from its separator, surname first.
		{"flat ; tenant ; rent\n2B ; Begay, Nizhoni ; 900.00\n", []string{"Begay, Nizhoni"}},
		// A list of names: a rota, a lineup.
		{"Reading rota\n1. Margaret\n2. Thandiwe K.\n3. Harold 2B\n", []string{"Margaret", "Thandiwe K.", "Harold"}},
		{"Crew:\n- Oksana\n- Dorothy\n- Linda\n", []string{"Oksana", "Dorothy", "Linda"}},
		// A list of places and brands named after people is none.
		{"Answers\n1) Grant Park\n2) Kennedy Center\n3) Lincoln Memorial\n", nil},
		{"Steps\n1. Setup\n2. Margaret\n3. Deploy\n", nil},
		// An office before the person after a label.
		{"联系人：保卫处黎晓东\n", []string{"黎晓东"}},
		{"联系人：人事部小钟。\n", []string{"小钟"}},
		// Roles only a person fills, as labels; a line of fields spaced
		// by two blanks.
		{"Mechanic: Bubba  writer: Ngozi\nparts: 2 filters\n", []string{"Bubba", "Ngozi"}},
		{"Witness: Oksana Hrytsenko\n", []string{"Oksana Hrytsenko"}},
		{"Writer: see attached\n", nil},
		// A letter's addressee inside a firm.
		{"Acme Supply Co., attn Priya Raman\n", []string{"Priya Raman"}},
		// A cell with digits is no name.
		{"last;first\nC3PO;Unit 2\n", nil},
	} {
		if got := namesIn(tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("%q:\n got  %q\n want %q", tc.text, got, tc.want)
		}
	}
}
