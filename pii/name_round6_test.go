package pii

import (
	"slices"
	"testing"
)

func init() {
	addressSeeds = append(addressSeeds, "张**", "欧阳*", "佳怡妈妈：", "尊敬的会员", "【通知】何", "C.1.1 ", "Sr. ", "* Ö (* 1", "Deine Ł", "EMPF: A B VWZ:", "| DE LA X, Y Z |", "**Name:** Q", ";van X, Y;")
}

// TestNamesRound6: Chinese names by a child's or a family's kin word, a
// masked given name, a greeting's role and a notice's bracketed heading.
func TestNamesRound6(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		// A parents' group: the child's name before the kin word.
		{"三年级二班群\n胡雨欣妈妈：好的，收到。\n思琪爸爸：明天几点？", []string{"胡雨欣", "思琪"}},
		{"备注：秀英阿姨家的狗找到了。", []string{"秀英"}},
		// A word before the kin word is no name.
		{"今天妈妈：做饭", nil},
		// A masked given name: the surname is still the person's.
		{"中奖名单：\n取件人：郭**\n", []string{"郭"}},
		{"司马*，请到三号窗口。", []string{"司马"}},
		// A role in the greeting.
		{"尊敬的会员曹丽华：您的积分即将过期。", []string{"曹丽华"}},
		{"尊敬的用户：您好", nil},
		// A bracketed heading before a greeting.
		{"【社区医院】邹敏您好，您的体检报告已出。", []string{"邹敏"}},
		// A name that begins with a two-byte capital.
		{"Hallo Ülkü, danke!", []string{"Ülkü"}},
		{"Ansprechpartner: Łukasz Nowak", []string{"Łukasz Nowak"}},
		// A ward's, an office's rank.
		{"Frühdienst: Sr. Renate, Pfl. Hans-Jürgen.", []string{"Renate", "Hans-Jürgen"}},
		{"Zuständig: Sachb. van Dijk, Zi. 3", []string{"van Dijk"}},
		{"Sr. Manager Operations", nil},
		// A family tree's marks.
		{"  ∞ Erna Pohl\n  * Gisela (* 1931)\n  * Horst ⚭ Ilse Brandt", []string{"Erna Pohl", "Gisela", "Horst", "Ilse Brandt"}},
		// A vehicle registration's holder.
		{"C.1.1 VAN DER LOO\nC.1.2 GRETA\nC.1.3 HAUPTSTR. 4", []string{"VAN DER LOO", "GRETA"}},
		{"C.1.1 AUTOHAUS KRAUSE GMBH\n", nil},
		// A card's signature.
		{"Schöne Grüße aus Rom, Deine Ottilie\n", []string{"Ottilie"}},
		{"Deine Nachricht kam an.", nil},
		{"Miss you all. Love, Priscilla", []string{"Priscilla"}},
		// A given name and an initial that end a field.
		{"Night shift: Harold B. / day shift: Nina.", []string{"Harold B.", "Nina"}},
		{"Cook, Harold B.", []string{"Cook, Harold B."}},
		// A register's row in capitals, surname first, with particles
		// or a middle initial.
		{"| 1042 | VAN DYKE, ROSEMARY | 12 ELM ST |", []string{"VAN DYKE, ROSEMARY"}},
		{"| 1043 | ABERNATHY, CLARA J | 9 OAK ST |", []string{"ABERNATHY, CLARA J"}},
		{"| 1044 | ST. JOHN, DOROTHY | 2 ELM ST |", []string{"ST. JOHN, DOROTHY"}},
		// A bold Markdown label.
		{"- **Policyholder:** Marcus Webb\n", []string{"Marcus Webb"}},
		// A semicolon list's cell, surname first.
		{"17;03.02.2024;Yıldırım, Anne-Marie;Bahnhofstr. 3", []string{"Yıldırım, Anne-Marie"}},
		{"4;01.03.2025;van der Loo, Greta;Am Markt 2", []string{"van der Loo, Greta"}},
		// Places and trades named after a person.
		{"We met across from Lincoln Tunnel at noon.", nil},
		{"Repairs: Frank Miller Remodeling of Dayton", nil},
		// A bank statement's other party; a firm is none.
		{"SEPA-LASTSCHRIFT 12,00 EUR AUFTRAGGEBER: KRAUSE, HEIKE VWZ: MIETE", []string{"KRAUSE, HEIKE"}},
		{"SEPA-LASTSCHRIFT 12,00 EUR EMPF: MALEREI LANGE GMBH VWZ: RE 12", nil},
		{"ACH DEBIT $40.00 ZELLE TO Dorothy Fischer MEMO:lunch", []string{"Dorothy Fischer"}},
		// Thanks to a person in German.
		{"Ein großer Dank an Petra Lorenz für den Kuchen.", []string{"Petra Lorenz"}},
	} {
		if got := namesIn(tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("%q:\n got  %q\n want %q", tc.text, got, tc.want)
		}
	}
}
