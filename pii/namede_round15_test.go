package pii

import "testing"

// Round 15's German rules, on examples of our own.
func TestNameRound15DE(t *testing.T) {
	cases := []struct {
		text string
		want []string
		not  []string
	}{
		// A chat's speaker in lower case after the time stamp, and a role's holder in the message.
		{"Gartenchat\n[07:41] renate: wer hat den schlüssel?\n[3.5.25, 19:07] hans-jürgen: vorstand irmgard böhm sagt morgen\n[8:02] thi lan: ok",
			[]string{"renate", "hans-jürgen", "irmgard böhm", "thi lan"}, nil},
		{"[19:07] renate: hallo", []string{"renate"}, nil},
		{"Log\n[19:07] admin: neustart\n[19:08] wasser: aus\n[19:09] system: ok\n[x] erledigt: ja", nil,
			[]string{"admin", "wasser", "system", "erledigt"}},
		// Thanks at a line's end.
		{"[11:11] dieter: danke Gisela 👍\nDanke Lea-Sophie!", []string{"Gisela", "Lea-Sophie"}, nil},
		{"danke Sonntag 👍\ndanke Gisela für alles", nil, []string{"Sonntag"}},
		// Teachers' and judges' ranks abbreviated in camel case.
		{"Prüfungsvorsitz: StD Ruhwedel\nBeisitz: OStRin von Arnim\nVorsitz: RiAG Maren Jäger",
			[]string{"Ruhwedel", "von Arnim", "Maren Jäger"}, []string{"StD Ruhwedel"}},
		// A saint's feast and a city with its river are no persons.
		{"Laternenumzug zu Sankt Martin am Sonntag!\nHalle (Saale), den 20.7.2024", nil, []string{"Sankt Martin", "Halle", "Martin"}},
	}
	for _, c := range cases {
		checkNames13(t, rulesOnly, c.text, c.want, c.not)
	}
}
