package pii

import "testing"

// Round 13's German rules, on examples of our own.
func TestNameRound13DE(t *testing.T) {
	cases := []struct {
		text string
		want []string
		not  []string
	}{
		// Vietnamese given names with their diacritics.
		{"Ich habe meine Kollegin Ngọc Anh Vogt informiert.", []string{"Ngọc Anh Vogt"}, []string{"Anh Vogt"}},
		{"Ansprechpartner: Trương Văn Đức", nil, []string{"Tr"}},
		// A professor's rank is no part of the name, nor after Frau/Herr.
		{"Mein Doktorvater, Professor Zimmermann, hat gesagt", []string{"Zimmermann"}, []string{"Professor Zimmermann"}},
		{"ohne meine Mentorin, Frau Professorin Krüger, wäre ich", []string{"Krüger"}, []string{"Professorin Krüger"}},
		{"Heute spricht Herr Prof. Dr. Weber", []string{"Weber"}, nil},
		{"Ich war bei Professor zu Ettingen im Seminar.", []string{"zu Ettingen"}, nil},
		{"Der Trainer von Bayern ist zufrieden. Ein Trainer von Schalke auch.", nil, []string{"von Bayern", "von Schalke"}},
		// A chat's "Du" speaker is no person.
		{"[12:33] Du: bring Haribo mit\n[12:34] Jannik: ok", []string{"Jannik"}, []string{"Du"}},
		// A duty roster's shifts.
		{"Dienstplan KW 49\nMontag: Früh Emre / Spät Vogelsang, Malte\nDienstag: Früh M. Lehmkuhl / Nacht JÄNICKE, Mehmet\nMittwoch: Früh von der Heide",
			[]string{"Emre", "Vogelsang, Malte", "M. Lehmkuhl", "JÄNICKE, Mehmet", "von der Heide"}, []string{"Spät Vogelsang"}},
		{"Montag: Früh frei / Spät Urlaub\nDienstag: Früh Besprechung um 9\nDas Essen kommt früh. Spät Abends: Tag Team", nil,
			[]string{"Urlaub", "Besprechung", "Team", "Abends"}},
		// A signature's initial and surname after a closing word.
		{"Bei Interesse melden. Gruß N. Dąbrowska", []string{"N. Dąbrowska"}, nil},
		{"Schöne Grüße\nLG E. von der Heide", []string{"E. von der Heide"}, nil},
		{"Gruß A. Weber und Team\nDer Gruß B. Nord ist", nil, []string{"A. Weber und", "B. Nord ist"}},
		// A transcript's speaker who opens more than one line.
		{"Transkript\n\nRabea: Herzlich willkommen!\nGAST: Danke.\nRabea: [lacht]\n", []string{"Rabea"}, nil},
		{"Memory: We met at work.\nMemory: Shared lunches.\nBetreff: Info\nBetreff: Neu\nMai: 1200\nMai: 1300", nil,
			[]string{"Memory", "Betreff", "Mai"}},
		// Who did a thing: "… von:" and a name filling the line.
		{"Pos 2  Zubehör\nKommissioniert von: Konsti\nErstellt von: Jana Beck", []string{"Konsti", "Jana Beck"}, nil},
		{"Geprüft von: Lager Nord\nVon: Hamburg nach Kiel\nbezahlt von: Firma Kurz GmbH", nil, []string{"Lager Nord", "Hamburg", "Firma Kurz"}},
		// Given names typed in lower case in a chat, and after thanks.
		{"[20:40] Du: hab grad mit tatjana telefoniert\n[21:53] Sweta: ok dragan 👍\n[21:54] Du: ok mia-sophie", []string{"tatjana", "dragan", "mia-sophie"}, nil},
		{"[21:21] Du: ok gut 👍\n[21:22] Du: ok mark\n[21:23] Du: mit karte bezahlt\n[21:24] Du: ok paula kommt auch", nil, []string{"gut", "mark", "karte", "paula"}},
		{"Danke an samira für die Organisation!\nDanke an alle für die Hilfe!", []string{"samira"}, []string{"alle"}},
		// A register's trade after a name and a comma is no surname; a surname's
		// second part opened by a particle belongs to it.
		{"Nr. 7  Täufling: Jannik Tran\n  Vater: Hans-Peter Tran, Bergmann\n  Mutter: Eva geb. Kühn", []string{"Hans-Peter Tran"}, []string{"Bergmann"}},
		{"Ich bin Müller-so gesagt", nil, []string{"Müller-so"}},
		// A register's or the minutes' label whose value is one person.
		{"  Paten: Thi Lan Habermann\n  Pfarrer: Jänicke\nEntschuldigt: Waldi", []string{"Thi Lan Habermann", "Jänicke", "Waldi"}, nil},
		{"Pfarrer: Kirche St. Marien\nDer Pfarrer: Weber\nPate: Hamburg", nil, []string{"Kirche St. Marien", "Hamburg"}},
		// A transcript's speaker in capitals; not an office's acronym.
		{"RABEA: Also, angefangen\nUrsula: Spannend.\nRABEA: Naja.", []string{"RABEA"}, nil},
		{"ILS: Notruf Feuerwehr\nAnrufer: Hallo\nILS: Wie heißen Sie?\nHINWEIS: Text\nHINWEIS: Mehr", nil, []string{"ILS", "HINWEIS"}},
		// A colleague's full name; anyone thanked "an … für".
		{"Ich habe meinen Kollegen Rabea Pfeiffer informiert.", []string{"Rabea Pfeiffer"}, nil},
		{"Danke an konsti für die Organisation!\nDanke an euch für alles", []string{"konsti"}, []string{"euch"}},
	}
	for _, c := range cases {
		checkNames13(t, rulesOnly, c.text, c.want, c.not)
	}
	// The model's given name "Mai" is the month after a day's number.
	checkNames13(t, Default, "Fällig am 15. Mai, 15. August.\nMünchen, den 7. Mai", nil, []string{"Mai", "August"})
	// A surname's second part opened by a particle, whichever rule read the first.
	checkNames13(t, Default, "Bitte die neue Anschrift von Luca Fleischhauer-von der Heide eintragen.", []string{"Luca Fleischhauer-von der Heide"}, nil)
	// Nor is a school's name and a weekday.
	checkNames13(t, Default, "Ort: Gemeindesaal neben dem Goethe-Gymnasium, Freitag, 18:30 Uhr", nil, []string{"Goethe-Gymnasium, Freitag"})
}

// checkNames13 checks that d finds the names want in text and not those of not.
func checkNames13(t *testing.T, d *Detector, text string, want, not []string) {
	t.Helper()
	got := map[string]bool{}
	for _, f := range d.DetectString(text) {
		if f.Type == PersonName {
			got[text[f.Start:f.End]] = true
		}
	}
	for _, w := range want {
		if !got[w] {
			t.Errorf("%q: want %q, got %v", text, w, got)
		}
	}
	for _, w := range not {
		if got[w] {
			t.Errorf("%q: did not want %q", text, w)
		}
	}
}
