package pii

import (
	"slices"
	"strings"
	"testing"
)

// Session 21's rules, on examples of our own: clubs, cultivars, plants
// before their Latin names, form labels, towns, products on a price list,
// procedures, pets, firms after "dba", parishes, voice assistants, a
// nursery, and in Chinese form nouns, diseases, trademarks, apps and
// stations; each beside the person it must leave alone.
func TestNameRound21(t *testing.T) {
	cases := []struct {
		text string
		want []string
		not  []string
	}{
		{"Sa 14:00 TSV Alemannia Brandt – SC Oberneuland\n", nil, []string{"Alemannia Brandt"}},
		{"Sa 14:00 Heimspiel, Trainer Jonas Brandt\n", []string{"Jonas Brandt"}, nil},
		{"Rosa 'Helene Fischer'    C5    24,90\nMalus 'Herzog Konrad von Teck'   Halbstamm   39,00\n", nil, []string{"Helene Fischer", "Konrad von Teck"}},
		{"Paul 'Bear' Bryant coached here.\n", nil, []string{"Bear"}},
		{"- Beet mit Heide (Calluna) und Astern\n- Pflanzung mit Gerda (Calluna) und Astern\n", nil, []string{"Gerda"}},
		{"Gespräch mit Frau Bauer (Hausarztpraxis) – Post\n", []string{"Bauer"}, nil},
		{"Witness (please print): ____\nOfficiant (if known): Rev. Dana Cole\n", []string{"Dana Cole"}, []string{"Officiant", "Witness"}},
		{"VIN: 1HGCM82633A004352   YEAR: 2003\n", nil, []string{"VIN"}},
		{"Grantor: CITY OF MADISON\n", nil, []string{"MADISON"}},
		{"Place of birth: Madison, WI   Parent: Grace Lee\n", []string{"Grace Lee"}, []string{"Madison"}},
		{"Signed: Dana Jordan, MD\n", []string{"Dana Jordan"}, nil},
		{"* Stanley Tape Measure 25 ft ......... $9.97\n* Grant Socket Set, 40 pc . $24.50\n", nil, []string{"Stanley Tape", "Grant Socket"}},
		{"Dear Ms. Two Bulls|Lupe Two Bulls|12 Elm St|$40\n", []string{"Lupe Two Bulls"}, nil},
		{"47562    Laparoscopic Whipple procedure\n", nil, []string{"Laparoscopic Whipple"}},
		{"\"pets\": \"cat - Luna, shy\",\n", nil, []string{"Luna"}},
		{"Name of Claimant: Ana Ruiz dba Ruiz Tile\n", []string{"Ana Ruiz"}, []string{"Ruiz Tile"}},
		{"GRANTEE: ST MARY PARISH\nReviewed-by: Betty Church\n", []string{"Betty Church"}, []string{"ST MARY PARISH", "MARY PARISH"}},
		{"sorry, my Siri just answered\n", nil, []string{"Siri"}},
		{"Gärtnerei Brandt – Preisliste Frühjahr\n", nil, []string{"Gärtnerei Brandt"}},
		{"WZ1;123;Leerstand;;Am Hang 3;41061\n", nil, []string{"Leerstand"}},
		{"申请人国籍/地区：中国\n申请人章戳（签字）：\n", nil, []string{"国籍", "章戳"}},
		{"诊断：法布雷病；联系人：王建国\n", []string{"王建国"}, []string{"法布雷病"}},
		{"商标名称：钱大妈\n与申请商标“孙二娘”近似\n", nil, []string{"钱大妈", "孙二娘"}},
		{"请登录“浙里办”办理。\n", nil, []string{"浙里办"}},
		{"passenger=周建军 from=龙岩 to=许昌东\n", []string{"周建军"}, []string{"龙岩", "许昌东"}},
		{"Auftrag;Nachname;Vorname;Ort;Monteur\nA1;van der Meulen;Greta;Kiel;Brandt\nA2;zu Rantzau;Ole;Kiel;von Bredow\n", []string{"van der Meulen", "Greta", "Brandt", "zu Rantzau", "Ole", "von Bredow"}, nil},
		{"Name\tOrt\tKasse\tBesuche\nLang, Eva\tTrier\tTechniker\t4\nOtt, Jan\tTrier\tBARMER\t2\n", []string{"Lang, Eva"}, []string{"BARMER", "Techniker"}},
		{"INSTR #        GRANTOR                     GRANTEE                     PROPERTY\n2024-1   FIRST STATE BANK NA         OKAFOR-LEE TERESA M         12 ELM ST\n2024-2   CITY OF SPRINGFIELD         O'NEILL BRIAN               LOT 2 BLK 3 ELM SUB\n2024-3   VANCE GARY II               HABITAT FOR HUMANITY        14 OAK AVE\n",
			[]string{"OKAFOR-LEE TERESA M", "O'NEILL BRIAN", "VANCE GARY II"}, []string{"FIRST STATE BANK NA", "SPRINGFIELD", "HABITAT FOR HUMANITY"}},
		{"Besonderheiten: Hörgerät; möchte mit „Renate“ angesprochen werden\n", []string{"Renate"}, nil},
		{"Wir führen „Stollen“ und „Renate“ im Sortiment.\n", nil, []string{"Stollen"}},
		{"墓位 乙-2排-7号\n  安葬人：邱德明\n  使用权人：邱晓燕\n", []string{"邱德明", "邱晓燕"}, []string{"安葬人", "使用权人"}},
		{"7\t孔磊\t代领（孙女）\n产检2：唐筛，医生司萍\n", []string{"孔磊"}, []string{"孙女", "唐筛"}},
		{"孙子爸爸：马老师，孩子的作业交了\n", []string{"孙子"}, nil},
		{"Closing is handled by Hughes Title; staging by Nora at Grant Furniture.\n", []string{"Nora"}, []string{"Hughes Title", "Grant Furniture"}},
		{"议题一：关于郑立新户宅基地翻建申请。\n", []string{"郑立新"}, nil},
		{"议题二：会计苗春燕通报了收支情况。\n", []string{"苗春燕"}, nil},
		{"列席：城关镇包村干部顾志远\n", []string{"顾志远"}, nil},
		{"msg=\"乘车人裴子涵身份核验未通过\"\n", []string{"裴子涵"}, nil},
		{"购机时店员温海涛承诺七天退款。\n", []string{"温海涛"}, nil},
		{"本人因出差委托邵文斌办理。\n", []string{"邵文斌"}, nil},
		{"会计师事务所出具报告。由于天气原因推迟。\n", nil, []string{"师事务", "天气"}},
	}
	for _, c := range cases {
		checkNames13(t, rulesOnly, c.text, c.want, c.not)
		checkNames13(t, Default, c.text, nil, c.not)
	}
}

// TestOccupationLead: an occupation that opens a span found as a name is
// left out of it.
func TestOccupationLead(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Aufgenommen von:    Pflegefachkraft Jonas Weber\n", "Jonas Weber"},
		{"Dienst: Krankenschwester Ute Lang\n", "Ute Lang"},
		{"Kontakt: Jonas Weber\n", "Jonas Weber"},
	} {
		b := []byte(c.text)
		i := strings.Index(c.text, ": ") + 2
		for b[i] == ' ' {
			i++
		}
		if got := string(b[occupationLead(b, i, len(b)-1) : len(b)-1]); got != c.want {
			t.Errorf("%q: %q, want %q", c.text, got, c.want)
		}
	}
}

// TestNotPerson21Spans: spans that the rules above must and must not
// drop, asked directly: a speaker in capitals is no field's label, and a
// trademark's row repeats its name in the firm's.
func TestNotPerson21Spans(t *testing.T) {
	cases := []struct {
		text, name, validation string
		drop                   bool
	}{
		{"00:00:12,000 --> 00:00:14,000\nWU: Welcome back.\n", "WU", "model", false},
		{"VIN: 1HGCM82633A004352\n", "VIN", "model", true},
		{"4     田七花         3821     田七花（云南）药业有限公司     已注册\n", "田七花", "surname+field", true},
		{"4     田七花         3821     云南白药集团     已注册\n", "田七花", "surname+field", false},
	}
	for _, c := range cases {
		b := []byte(c.text)
		i := strings.Index(c.text, c.name)
		if got := notPerson21(b, i, i+len(c.name), c.validation); got != c.drop {
			t.Errorf("%q in %q: dropped %v, want %v", c.name, c.text, got, c.drop)
		}
	}
}

// TestAddressRound21: a shop's floor or basement unit after 号, and a
// platted lot's block, which is no house.
func TestAddressRound21(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"经营地址：杭州市西湖区文三路88号一层\n投诉", []string{"杭州市西湖区文三路88号一层"}},
		{"经营地址：杭州市西湖区文三路88号B2-11\n", []string{"杭州市西湖区文三路88号B2-11"}},
		{"门店：杭州市西湖区文三路88号3楼\n", []string{"杭州市西湖区文三路88号3楼"}},
		{"地址：杭州市西湖区文三路88号一层东侧商铺\n", []string{"杭州市西湖区文三路88号"}},
		{"LOT 7 BLK 3 MAPLE GROVE SUB\n", nil},
	} {
		if got := addrSpansRound11(tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("%q:\n got  %q\n want %q", tc.text, got, tc.want)
		}
	}
}
