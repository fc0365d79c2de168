package pii

import (
	"slices"
	"testing"
)

func init() {
	addressSeeds = append(addressSeeds, "1 NAME Eva /Lind/\n2 GIVN Eva\n", "cn: Eva Lind\nsn: Lind\n", "N:Lind;Eva;;;\nFN:Eva Lind\n",
		"Eva Lind1,2*, Tom Berg² · Li Wen†\n", "[EVA] hi\n<v Eva Lind>x\n", "Eva Lind <e@x.org>\n", "文/王芳 ", "\nK. L. BERG\n")
}

// TestNamesRecordsFormats: the name fields of GEDCOM, LDIF and vCard
// records, and their negatives (an organisation's cn, a vCard's ORG).
func TestNamesRecordsFormats(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"0 @I7@ INDI\n1 NAME Margarete /Holm/\n2 GIVN Margarete\n2 SURN Holm\n1 SEX F\n1 BIRT\n2 PLAC Lübeck\n",
			[]string{"Margarete /Holm/", "Margarete", "Holm"}},
		{"0 @I2@ INDI\n1 NAME Thomas Edward /Kerr/\n2 NICK Tom\n", []string{"Thomas Edward /Kerr/", "Tom"}},
		// A GEDCOM place or a source's title is no name.
		{"1 BIRT\n2 PLAC Springfield, Sangamon, Illinois\n1 SOUR\n2 TITL Parish Register\n", nil},
		{"dn: cn=Ingrid Lindqvist,ou=people,dc=firma,dc=de\ncn: Ingrid Lindqvist\ngivenName: Ingrid\nsn: Lindqvist\nmail: il@firma.de\n",
			[]string{"Ingrid Lindqvist", "Ingrid Lindqvist", "Ingrid", "Lindqvist"}},
		// A group's entry.
		{"dn: cn=Accounts Payable,ou=groups,dc=firma,dc=de\ncn: Accounts Payable\ndescription: Finance team\n", nil},
		{"BEGIN:VCARD\nVERSION:4.0\nN:Okafor;Grace;;Dr.;\nFN:Grace Okafor\nORG:Lakeside Dental Associates\nEND:VCARD\n",
			[]string{"Okafor", "Grace", "Grace Okafor"}},
		{"cn: Anna-Lena van der Meulen\nFN:Ignatz Brandt-Okoye\n", []string{"Anna-Lena van der Meulen", "Ignatz Brandt-Okoye"}},
		{"BEGIN:VCARD\nVERSION:3.0\nFN:Northwind Traders\nORG:Northwind Traders\nEND:VCARD\n", nil},
	} {
		if got := namesIn(tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("%q:\n got  %q\n want %q", tc.text, got, tc.want)
		}
	}
}

// TestNamesPublishingFormats: authors with affiliation marks, credits
// under a role heading, photo credits, subtitles' speakers and the
// contributors of a source tree.
func TestNamesPublishingFormats(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Helen Marsh1,2, Omar Haddad2* and Lena Vogt3\n\n1 Institute of Physics\n", []string{"Helen Marsh", "Omar Haddad", "Lena Vogt"}},
		{"Jonas Weber¹ · Miriam Adler² · Kemal Aydın¹\n", []string{"Jonas Weber", "Miriam Adler", "Kemal Aydın"}},
		// A table's row with numbered items is no author line.
		{"Table 2, Figure 3 and Section 4\n", nil},
		{"CINEMATOGRAPHY\nR. J. SUMMERS\n\nEDITED BY\nP. Lindgren\n", []string{"R. J. SUMMERS", "P. Lindgren"}},
		{"U. S. Army\n", nil},
		{"The mayor cuts the ribbon. (Photo: Daniel Ortiz/Reuters)\n", []string{"Daniel Ortiz"}},
		{"5\n00:01:02,000 --> 00:01:04,000\n[MARTHA] Who's there?\n[THUNDER]\n<v Daniel Ortiz>Nobody.\n", []string{"MARTHA", "Daniel Ortiz"}},
		{"- Helen Park <hpark@example.net>\n* omar haddad <omar@example.net>\nCo-authored-by: Lena Vogt <lv@example.org>\n",
			[]string{"Helen Park", "omar haddad", "Lena Vogt"}},
		{"Build Bot <ci@example.net>\n", nil},
		{"Von Sabine Korte\n\nDie Saison beginnt.\n", []string{"Sabine Korte"}},
		{"Von Montag bis Freitag\n", nil},
	} {
		if got := namesIn(tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("%q:\n got  %q\n want %q", tc.text, got, tc.want)
		}
	}
}

// TestNamesCreditsZhFormats: Chinese crews, bylines and title pages.
func TestNamesCreditsZhFormats(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"导演：郑志强\n编剧：林晓燕\n", []string{"郑志强", "林晓燕"}},
		{"文/周建华  记者 孙丽\n", []string{"周建华", "孙丽"}},
		{"研究生：高明\n指导教师：许海涛 教授\n", []string{"高明", "许海涛"}},
		{"图/文件 ", nil},
	} {
		if got := namesIn(tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("%q:\n got  %q\n want %q", tc.text, got, tc.want)
		}
	}
}
