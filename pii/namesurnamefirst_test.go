package pii

import "testing"

// Names written surname first where only the given name was found, and
// ordinary words that a greeting or a list would have taken for names:
// examples of our own.
func TestSurnameBeforeAndWords(t *testing.T) {
	cases := []struct {
		text string
		want []string
		not  []string
	}{
		// A title's name, the lines of a class list.
		{"Pastor: Rev. Whitcombe, Harold\nParish office: 12 Elm St", []string{"Whitcombe, Harold"}, nil},
		{"Ms. Lund's class\nOkonjo, Patricia\nMbeki, Sandra\n", []string{"Okonjo, Patricia", "Mbeki, Sandra"}, nil},
		// Given names in a list, a place before a person, a word before a greeting.
		{"Children: Lawrence, Linda and Thomas Walker", []string{"Linda"}, []string{"Lawrence, Linda"}},
		{"Berlin, Paula (12 J.) kam an.", nil, []string{"Berlin, Paula"}},
		{"Thanks, Anna", nil, []string{"Thanks, Anna"}},
		// Ordinary words: a German noun after a greeting, nouns and words in a list.
		{"Liebe Eltern der Klasse 5c,\nam Montag beginnt", nil, []string{"Eltern"}},
		{"Liebe Nachbarn,\nam Samstag feiern wir", nil, []string{"Nachbarn"}},
		{"Liebe Emmely,\ndanke für alles", []string{"Emmely"}, nil},
		// Capitals of Latin Extended-A, at a word's start and after a hyphen.
		{"Mit freundlichen Grüßen\nUrsula Hoffmann-Đorđević\n", []string{"Ursula Hoffmann-Đorđević"}, nil},
		{"Sehr geehrte Frau Şahin-Łukasik,\nvielen Dank", []string{"Şahin-Łukasik"}, nil},
		// A transcript's speaker in capitals, named in full in its header;
		// a nickname in quotes.
		{"Moderation: Hanna Lindgren\n\nLINDGREN: Wann sind Sie hergezogen?", []string{"Hanna Lindgren", "LINDGREN"}, nil},
		{"NOTE: Lindgren\nWARNUNG: nichts", nil, []string{"NOTE", "WARNUNG"}},
		{"And your mother?\nEveryone called her \"Bunny\". She moved", []string{"Bunny"}, nil},
		{"Alle nannten sie „Gerdi“. Später zog sie", []string{"Gerdi"}, nil},
		{"We called it \"Project Falcon\".", nil, []string{"Project Falcon"}},
		// A nickname in a name's field stays a name.
		{"Legal name:         Howard, Daniel\nPreferred name:     Bea\n", []string{"Bea"}, nil},
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

func TestDictionaryWord(t *testing.T) {
	for w, want := range map[string]bool{"Eltern": true, "Nachbarn": true, "Bestellung": true, "Müller": false, "Anna": false, "Emmely": false, "Xq": false} {
		if got := dictionaryWord([]byte(w), false); got != want {
			t.Errorf("dictionaryWord(%q) = %v, want %v", w, got, want)
		}
	}
	if !dictionaryWord([]byte("Pointers"), true) || dictionaryWord([]byte("Pointers"), false) {
		t.Error("English words count only when asked")
	}
}
