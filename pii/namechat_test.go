package pii

import (
	"slices"
	"strings"
	"testing"
)

// Names as chat exports and team notes write them (namechat.go): mentions,
// given.surname handles, and given names typed in lower case as a note's
// subject or object.
func TestChatNames(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		// Mentions.
		{"  @luis can you sign for the delivery?", "luis"},
		{"ok @tatiana", "tatiana"},
		{"thanks @marie-luise, see you", "marie-luise"},
		{"{\"text\":\"@kwame thanks for covering standup\"}", "kwame"},
		{"cc @Tatiana.", "Tatiana"},
		// Handles heading a message.
		{"#team-west\nfatima.torres  9:12\n  lunch?", "fatima.torres"},
		{"x\nmildred.kowalczyk  15:38\n  @carol can you sign", "mildred.kowalczyk|carol"},
		{"x\nrobert.o'malley  10:55\n  ok", "robert.o'malley"},
		{"x\njennifer.haugen-roberts  17:16\n  new office", "jennifer.haugen-roberts"},
		{"x\nmark.brown  9:29\n  hi", "mark.brown"},
		{"x\nfatima.torres: are we still on?", "fatima.torres"},
		// A note's subject or object in lower case.
		{"notes\n- tyrone left early (sick)\n", "tyrone"},
		{"notes\n* tyrone called in sick\n", "tyrone"},
		{"Notizen:\n  - mehmet hat Ticket aufgemacht\n", "mehmet"},
		{"- Stapler 4 defekt, mehmet hat Ticket aufgemacht\n", "mehmet"},
		{"- Stapler 4 defekt, marie-luise hat Ticket aufgemacht\n", "marie-luise"},
		{"shift handover\nout: tyrone  in: Marisol\n", "tyrone|Marisol"},
		{"[8.4.2023, 14:21] Kai: hat jemand marie erreicht?\n", "Kai|marie"},
		{"ps tell gus chowdhury i said hi\n", "gus chowdhury"},
		{"ps tell aaliyah castillo-reyes i said hi\n", "aaliyah castillo-reyes"},
		{"can someone ask priya?\n", "priya"},
	} {
		if got := strings.Join(namesOf(rulesOnly, tc.text), "|"); got != tc.want {
			t.Errorf("%q: found %q, want %q", tc.text, got, tc.want)
		}
	}
}

// Emails, channel-wide mentions, domains, files, code and versions are no
// names; nor are words that share a given name's letters, or places.
func TestChatNamesNegatives(t *testing.T) {
	for _, text := range []string{
		"write to luis@example.com today",
		"mail: tatiana@example.org",
		"@here the build is green",
		"@channel standup moved",
		"@all please sign",
		"@everyone lunch",
		"see @luis@example.com",
		"see @luis.example.com",
		"x\nmary.smith.com  9:12\n",
		"x\nmary.smith.com\n",
		"x\nanna.txt\n",
		"x\nanna.txt  9:12\n",
		"x\nmaria.jpeg  9:12\n",
		"x\nself.name = name\n",
		"x\nlaura.smith@example.com\n",
		"x\nv1.2 released\n",
		"upgrade to v1.2 now",
		"- will left early\n",
		"- austin was great\n",
		"- paris is lovely\n",
		"ok, tyrone\n",
		"Stapler defekt, ticket hat niemand\n",
		"hat jemand das erreicht?\n",
		"tell mark i said hi\n",
		"- @alexander kümmert sich um den Vertrag\n",
		"@Override\npublic void run()",
		"see user@host:8080",
		"email@luis",
		"x\nwindow.location  9:12\n",
		"out: maybe  in: later\n",
	} {
		if got := namesOf(rulesOnly, text); len(got) != 0 {
			t.Errorf("%q: found %q, want nothing", text, got)
		}
	}
	// An email address stays one.
	for _, text := range []string{"luis@example.com", "x\nfatima.torres@example.com  9:12\n"} {
		var types []Type
		for _, f := range rulesOnly.DetectString(text) {
			types = append(types, f.Type)
		}
		if !slices.Equal(types, []Type{Email}) {
			t.Errorf("%q: found types %v, want one email", text, types)
		}
	}
}
