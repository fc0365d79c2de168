package pii

import "testing"

// Session 20's rules, on examples of our own: capitals with a second given
// name or a bare middle initial, a firm's partners, laws and prizes named
// after people, a court's or a firm's town, list and register entries
// surname first, doorbells, a midwife's list, a greeting in lower case,
// fixed-width rows, a driver's handle, a column of ships.
func TestNameRound20(t *testing.T) {
	cases := []struct {
		text string
		want []string
		not  []string
	}{
		{"CITIBANK N.A. v. MARISOL T VEGA, et al.\n", []string{"MARISOL T VEGA"}, nil},
		{"In re: ANA LUISA R PINEDA            Case No. 24-1\n", []string{"ANA LUISA R PINEDA"}, nil},
		{"Received by (Printed Name)   MARY BETH CONNOLLY     C. Date\n", []string{"MARY BETH CONNOLLY"}, nil},
		{"  Person 2: OKAFOR, CHIDI N — 44 — spouse\n", []string{"OKAFOR, CHIDI N"}, nil},
		{"MARSH, DONALD R JR\nPO BOX 12\n", []string{"MARSH, DONALD R JR"}, nil},
		{"MARTIN LUTHER KING JR. ELEMENTARY - NEW STUDENTS", nil, []string{"MARTIN LUTHER KING JR."}},
		{"Attorney: Dana Cole, BRADY & WHITFIELD LLP\n", []string{"Dana Cole"}, []string{"WHITFIELD LLP", "WHITFIELD"}},
		{"Attorney: ROSS & KEMP\n\nSale No. 4\n", nil, []string{"KEMP"}},
		{"GUESTS: JOHN & MARY SMITH\n", []string{"MARY SMITH"}, nil},
		{"| HB 12 | Kari Hunt Act update | Passed House |\n", nil, []string{"Kari Hunt", "Passed House"}},
		{"Preise: Carl Zuckmayer-Medaille; Heinz Maier-Leibnitz-Preis; Otto Schmidt Förderpreis.\n", nil, []string{"Carl Zuckmayer", "Heinz Maier", "Otto Schmidt"}},
		{"1. Hans und Grete Vogel-Stiftung: Stipendien\n", nil, []string{"Hans", "Grete Vogel"}},
		{"Absender: Sozialgericht Kassel, Ständeplatz 23, 34117 Kassel\n", nil, []string{"Kassel"}},
		{"HRB 123: Weber Bau GmbH, Minden. Geschäftsführer: Brandt, Ole, Minden, *02.03.1970.\n", []string{"Brandt, Ole"}, []string{"Minden"}},
		{"Richterin am Amtsgericht Clara Vogt\n", []string{"Clara Vogt"}, nil},
		{"Wahlvorschlag\n1. Peters, Enno; Landwirt; geb. 1961\n2. Haase, Talke, Lehrerin, 1980\n", []string{"Peters, Enno", "Haase, Talke"}, nil},
		{"Kinder: Lena, Jonas\n", []string{"Lena", "Jonas"}, []string{"Lena, Jonas"}},
		{"adresse: Lindenweg 4, klingel Brzezinski/Okafor\n", []string{"Brzezinski", "Okafor"}, nil},
		{"Klingel: Nr. 4\n", nil, []string{"Nr"}},
		{"Hausbesuche:\n   Greta kam am 3.4. in der Klinik.\n", []string{"Greta"}, nil},
		{"Hosted by Lea, 9:12 AM: Hi marisol! Check-in is at 3.\n", []string{"marisol"}, nil},
		{"Hi all, the pool is open.\nHi there, welcome.\n", nil, []string{"all", "there"}},
		{"NEIGHBORS\n  12 Oak Ln — Marisol De la Vega, (555) 010-2233\n", []string{"Marisol De la Vega"}, nil},
		{"Nr  Name  Vorname  Geburtsdatum\n3  BRANDT  Ole  02.03.1970  Lindenweg 4\n", []string{"BRANDT", "Ole"}, []string{"BRANDT  Ole"}},
		{"[08:12] 苏E·王建军：到了\n", []string{"王建军"}, nil},
		{"| 船名 | 航次 |\n|---|---|\n| 金海鹏 | 101N |\n| 王家湾 | 102S |\n", nil, []string{"金海鹏", "王家湾"}},
		// Rows beyond the look-behind remember the header.
		{"| 船名 | 航次 | 泊位 | 作业 | 备注 |\n|---|---|---|---|---|\n| 达飞0号 | 100N | 北仑三期 | 靠泊作业 | 来自盐田港 |\n| 达飞1号 | 101N | 北仑三期 | 靠泊作业 | 来自盐田港 |\n| 达飞2号 | 102N | 北仑三期 | 靠泊作业 | 来自盐田港 |\n| 达飞3号 | 103N | 北仑三期 | 靠泊作业 | 来自盐田港 |\n| 达飞4号 | 104N | 北仑三期 | 靠泊作业 | 来自盐田港 |\n| 达飞5号 | 105N | 北仑三期 | 靠泊作业 | 来自盐田港 |\n| 达飞6号 | 106N | 北仑三期 | 靠泊作业 | 来自盐田港 |\n| 达飞7号 | 107N | 北仑三期 | 靠泊作业 | 来自盐田港 |\n| 金海鹏 | 201N | 北仑三期 | 靠泊作业 | 来自盐田港 |\n", nil, []string{"金海鹏"}},
		{"| Nr. | Name | Beruf | Jahr |\n|---|---|---|---|\n| 2 | Rahimi, Rojhat | Hausmann | 2003 |\n", []string{"Rahimi, Rojhat"}, []string{"Hausmann"}},
		{"MELLON v. ARACELI G PEREZ AND HIROSHI W PEREZ, et al.\n", []string{"ARACELI G PEREZ", "HIROSHI W PEREZ"}, nil},
		{"3. 万科·欧洲城：马路对面就是学校\n", nil, []string{"万科·欧"}},
	}
	for _, c := range cases {
		checkNames13(t, rulesOnly, c.text, c.want, c.not)
		checkNames13(t, Default, c.text, nil, c.not)
	}
}
