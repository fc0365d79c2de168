package pii

import "testing"

// Turns of transcripts and tickets, ranks of schools, lists and double
// surnames: examples of our own, each with what must not be found.
func TestTurnsRanksAndDoubleSurnames(t *testing.T) {
	cases := []struct {
		text string
		want []string
		not  []string
	}{
		// A ticket's or a chat's tag before the one who writes.
		{"[Agent] Declan replied:\nHi there", []string{"Declan"}, nil},
		{"[Customer] Ji-woo Fitzgerald-LaFontaine wrote:\nHi", []string{"Ji-woo Fitzgerald-LaFontaine"}, []string{"Ji-woo "}},
		{"[INFO] Build finished", nil, []string{"Build"}},
		// A school's rank before a surname the lexicons know.
		{"Principal Marchetti reminds families that Monday", []string{"Marchetti"}, []string{"Principal Marchetti"}},
		{"The Principal Investigator signs", nil, []string{"Principal Investigator", "Investigator"}},
		{"Principal Novák reminds families", []string{"Novák"}, nil},
		{"Principal van der Berg reminds families", []string{"van der Berg"}, nil},
		{"Officer Training starts Monday", nil, []string{"Training"}},
		// A list of given names is no surname and its given name.
		{"Children: Gülşen, Jennifer, Cornelius, Lakshmi.", []string{"Jennifer", "Cornelius"}, []string{"Gülşen, Jennifer"}},
		{"Vorstand: Arnold, Karl-Heinz, Duisburg", []string{"Arnold, Karl-Heinz"}, nil},
		// A speaker after another's turn, in mixed case or capitals.
		{"RORY VU: We started in April.\n\nAvi: Wait, really?\n", []string{"RORY VU", "Avi"}, nil},
		{"Name: Anna Weber\nBetreff: Ihre Anfrage\nNote: This is all", []string{"Anna Weber"}, []string{"Betreff", "Note"}},
		// A given name before a birth name in brackets.
		{"- Ifeoma Okafor (b. 1824) m. Ayşe (née Kowalski) in 1845", []string{"Ayşe", "Kowalski"}, nil},
		// Both parents' surnames.
		{"My guest today is Tuan Ramírez Ortega, who ran the bank", []string{"Tuan Ramírez Ortega"}, nil},
		{"Ask Maria Garcia Lopez Street residents", nil, []string{"Maria Garcia Lopez"}},
		{"Estimator: Anh Silva Santos\nCrew lead", []string{"Anh Silva Santos"}, nil},
		// A stage direction is no chat's speaker tag.
		{"Priya: [laughs] Mark that, Minh. Nobody", []string{"Priya", "Minh"}, []string{"Mark"}},
		{"[12:03] Mark: hi", []string{"Mark"}, nil},
		// A venue or a council named after someone; a quoted mail's line.
		{"Freshman Anh Nguyen scored twice at Lou Gehrig Field on Saturday", []string{"Anh Nguyen"}, []string{"Lou Gehrig"}},
		{"Minutes – Parish Council meeting, Thursday", nil, []string{"Parish Council"}},
		{"> Grace period ends on the 30th.\n", nil, []string{"Grace"}},
		{"> Geh zu Koch, Dirk, Zur Linde 12\n", nil, []string{"Geh zu Koch", "Geh"}},
		// A role in lower case before the one who holds it.
		{"and goalkeeper Whitfield made six saves", []string{"Whitfield"}, nil},
		{"Witness Kateryna Singh was located near the bank", []string{"Kateryna Singh"}, nil},
		{"ask the doctor Monday about it", nil, []string{"Monday"}},
		// A surname in capitals opening a sentence; an action item's owner.
		{"Great match from Coach Chavez. SINGH was named player of the match.", []string{"Chavez", "SINGH"}, nil},
		{"NOTE was added. USA has won. BROWN was there.", nil, []string{"NOTE", "USA", "BROWN"}},
		{"Budget review.\nAction: michael to email the vendor by Friday.", []string{"michael"}, nil},
		{"Status: will be done", nil, []string{"will"}},
		// A quoted utterance in lower case, the one it calls for; a quoted
		// value that is a name.
		{"Voicemail: \"hi um this is sal garcía-márquez calling for miss chavez about", []string{"sal garcía-márquez", "chavez"}, nil},
		{"\"hi this is thanh o'brien\"", []string{"thanh o'brien"}, nil},
		{"{\"kunde\": \"henry von der heide\", \"ort\": \"x\"}", []string{"henry von der heide"}, nil},
		{"{\"status\": \"hi there\"}", nil, []string{"there"}},
		// A household by its surname.
		{"Grandparents are O'Brien family of Macon.", []string{"O'Brien"}, nil},
		{"the Anna family", nil, []string{"Anna"}},
		// A particle after a surname's hyphen.
		{"A huge thank-you to Desmond Choi-de la Cruz for running", []string{"Desmond Choi-de la Cruz"}, nil},
		// A book's title in quotes is no person; a quoted name or speech is.
		{"Panel: Reading \"Harry Potter and the Goblet of Fire\" at 4 pm", nil, []string{"Harry Potter"}},
		{"She said \"Anna Schmidt called me on Monday.\" ok", []string{"Anna Schmidt"}, nil},
		// The one addressed at a sentence's start.
		{"Me: k. Hana, will you be at the store?", []string{"Hana"}, nil},
		{"Done. Sorry, can you check?", nil, []string{"Sorry"}},
		// Lower case in chats: an interjection before the subject, a question
		// for the one written to.
		{"moss — Today at 5:23 PM\nlol nikhil said the same thing", []string{"nikhil"}, nil},
		{"ok will said yes", nil, []string{"will"}},
		{"Them: hey is this emeka?\nMe: yes", []string{"emeka"}, nil},
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
				t.Errorf("%q: want %q, got %v", c.text, w, got)
			}
		}
		for _, w := range c.not {
			if got[w] {
				t.Errorf("%q: did not want %q", c.text, w)
			}
		}
	}
}
