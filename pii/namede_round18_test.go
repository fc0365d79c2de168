package pii

import "testing"

// Round 18's German rules, on examples of our own: a name in the genitive
// before a kin noun and the kin's name, officers after their role.
func TestNameRound18Names(t *testing.T) {
	cases := []struct {
		text string
		want []string
		not  []string
	}{
		// A child's name in the genitive, the kin noun, the kin's name.
		{"Mitbringliste:\n- Idas Papa Konstantin: Brezeln\n- Wiebkes Oma Hannelore: Saft\n", []string{"Ida", "Konstantin", "Wiebke", "Hannelore"}, []string{"Idas Papa Konstantin", "Idas"}},
		{"Abholung: Niklas' Opa Gerd kommt um drei.", []string{"Niklas", "Gerd"}, nil},
		{"Ich habe mit Janniks Mutter telefoniert.", []string{"Jannik"}, []string{"Janniks"}},
		// A given name that ends in "s" stays whole.
		{"Abholung: Jonas Mama Petra kommt um drei.", []string{"Jonas", "Petra"}, nil},
		// A noun in the genitive is no name; "Mann" is no kin noun here.
		{"Das war Omas Liebling Kuchen.", nil, []string{"Oma", "Omas"}},
		{"Wir lasen Thomas Mann im Kurs.", []string{"Thomas Mann"}, []string{"Thoma"}},
		// Officers after their role, one or two.
		{"Die Beamten Quast und Olawale nahmen den Fall auf.", []string{"Quast", "Olawale"}, nil},
		{"Der Polizist Brzezinski notierte alles.", []string{"Brzezinski"}, nil},
		{"Die Beamten van Aken und von Trotha nahmen den Fall auf.", []string{"van Aken", "von Trotha"}, nil},
		// Given names listed after a plural kin noun; a list with a noun is none.
		{"Es gratulieren die Enkel Linh, Olha und Omas Liebling Bohdan.", []string{"Linh", "Olha", "Bohdan"}, nil},
		{"Es gratulieren die Kinder Mattis und Smilla!", []string{"Mattis", "Smilla"}, nil},
		{"Es freuen sich die Kinder Garten und Schule.", nil, []string{"Garten", "Schule"}},
		// Nouns after the role are none.
		{"Die Beamten Verkehr und Ordnung sind zuständig.", nil, []string{"Verkehr", "Ordnung"}},
		{"Die Beamten Meier und die Zeugin sprachen.", nil, []string{"Meier"}},
		// A surname in capitals, a comma, a given name, in a sentence; a
		// street's abbreviation after the comma is none.
		{"Die Geschädigte KOWALCZYK, Doreen bittet um Hinweise.", []string{"KOWALCZYK, Doreen"}, nil},
		{"2. Std. — VOM HOFE, Ilka fehlt unentschuldigt.", []string{"VOM HOFE, Ilka"}, nil},
		{"4872 | Schlüssel | anonym | HADDAD, Bergstr. 88, 66111 Saarbrücken", nil, []string{"HADDAD, Bergstr"}},
		// A surname, a comma, a given name after a dash, a role or a
		// label, in a table's cell; a list of names goes on with "and".
		{"3. Std. — Brandt, Jolanta fehlt unentschuldigt.", []string{"Brandt, Jolanta"}, nil},
		{"meine Ausbilderin Kowalczyk, Hilke steht als Referenz zur Verfügung.", []string{"Kowalczyk, Hilke"}, []string{"Ausbilderin Kowalczyk"}},
		{"Ausweis lautet auf: op den Kamp, Brigitte\n", []string{"op den Kamp, Brigitte"}, nil},
		{"Nr. | Familienname, Vorname | Beruf\n1 | Nikolaidis, Ardit | Landwirt\n", []string{"Nikolaidis, Ardit"}, nil},
		{"Children: Lawrence, Linda and Thomas Walker", nil, []string{"Lawrence, Linda"}},
		// A first given name the lexicons lack before a full name after a
		// label or a role; a noun or a firm's kind there is none.
		{"Finder: Svitlana Emilia Le, Gneisenaustraße 59d", []string{"Svitlana Emilia Le"}, nil},
		{"Die Geschädigte Arben Jens Schulte bittet um Hinweise.", []string{"Arben Jens Schulte"}, nil},
		{"Impressum\n\nPhysiotherapie Friedrich Bauer\nObergasse 9", nil, []string{"Physiotherapie Friedrich Bauer"}},
		// A third word after two given names: a surname whole or of a
		// foreign shape; after a given name and a word the lexicons lack, a
		// known surname.
		{"Finder: Eren Gustav Al-Khatib, Am Deich 144d", []string{"Eren Gustav Al-Khatib"}, nil},
		{"Geburtstag: Elfriede Małgorzata Nüßle (Neumarkt 9)", []string{"Elfriede Małgorzata Nüßle"}, nil},
		{"EG rechts: Magdalena Fjolla Peters\n", []string{"Magdalena Fjolla Peters"}, nil},
		{"Wir danken Anna Maria Kirche.", nil, []string{"Anna Maria Kirche"}},
		// An office's noun before an inverted-looking name.
		{"Rückfragen: Pressestelle, Tobias Ludwig\n", []string{"Tobias Ludwig"}, []string{"Pressestelle, Tobias Ludwig"}},
		// The name after "c/o" to the line's end; a firm's or a brand's
		// there is none.
		{"Kurt Braun\nc/o Wolodymyr Frey\nFrankfurter Allee 41\n", []string{"Wolodymyr Frey"}, nil},
		{"Familie Lange c/o Haribo\nFeldstraße 134\n", nil, []string{"Haribo"}},
		{"Rahul Chen\nc/o Wells Fargo\n3 Orchard Ter\n", nil, []string{"Wells Fargo"}},
		// A given name signed after "Deine" and a dash, before where one lives.
		{"Montag fällt aus. — Deine Wolodymyr aus der Uferweg\n", []string{"Wolodymyr"}, nil},
		{"Montag fällt aus. — Deine Schule aus der Uferweg\n", nil, []string{"Schule"}},
		// A profession before a full name with a known or foreign-shaped surname.
		{"Gläubigervertreter: Rechtsanwältin Hung Colombo, Krummer Weg 143, 89717 Ulm.", []string{"Hung Colombo"}, nil},
		{"Vertreten durch Rechtsanwältin Kanzlei Süd, Ulm.", nil, []string{"Kanzlei Süd"}},
		{"Vertreten durch: Inhaber Jonte van der Wal\nTelefon: 0596", []string{"Jonte van der Wal"}, nil},
		{"Die Geschädigte Vitalij Tkachenko bittet um Hinweise.", []string{"Vitalij Tkachenko"}, nil},
		{"Sitzung. Bürgermeisterin August Beck; Protokoll: Hanna Ott", []string{"August Beck"}, nil},
		{"Die Geschädigte Stadt Gera bittet um Hinweise.", nil, []string{"Stadt Gera"}},
		// A friend's key before a name alone on its line.
		{"Steckbrief\nBeste Freundin: Okko\n", []string{"Okko"}, nil},
		// A name joined by "und" to a given name or to kin and a name; a
		// firm's before a brand's full name is none.
		{"16.02. 3. Std. — Marlene und Thu stören; Elternbrief folgt.", []string{"Marlene"}, nil},
		{"[24.01.26, 23:41] Hakan: Grüße von Tetjana und Tante Johanna\n", []string{"Tetjana"}, nil},
		{"Sponsoren: Kneipp und Rolf Benz. Im Angebot: Kaffee.", nil, []string{"Kneipp"}},
		{"Wir grüßen die Hasen und Anna.", nil, []string{"Hasen"}},
		// A question's subject after its verb, without an article; a
		// mention written as a name before the sentence's words.
		{"[26.01.26, 17:23] Tuan: Wo wohnt Ljudmyla jetzt?\n", []string{"Ljudmyla"}, nil},
		{"Wann kommt Post heute?", nil, []string{"Post"}},
		{"[16.05.26, 19:26] Tjark: @Vitalij holst du mich ab?\n", []string{"Vitalij"}, nil},
		{"[16.05.26, 19:26] Tjark: @vitalij: holst du mich ab?\n", nil, []string{"vitalij"}},
		{"[16.05.26, 19:26] Tjark: @Support hilft euch.\n", nil, []string{"Support"}},
		// A name in capitals filling a line after "Name:"; words in capitals are none.
		{"Steckbriefe\n\nNAME: OKKO SAVCHENKO\nSpitzname: Mausi\n", []string{"OKKO SAVCHENKO"}, nil},
		{"Formular\nName: KEIN EINTRAG\n", nil, []string{"KEIN EINTRAG"}},
		// A particle of Low German: "op den".
		{"Die Geschädigte Greta op den Kamp bittet um Hinweise.", []string{"Greta op den Kamp"}, nil},
	}
	for _, c := range cases {
		checkNames13(t, rulesOnly, c.text, c.want, c.not)
	}
}

// Firms, colours, nicknames and role compounds, which are no persons.
func TestNameRound18NotPersons(t *testing.T) {
	cases := []struct {
		text string
		want []string
		not  []string
	}{
		// A firm by its kind and its owner's name, as a party too.
		{"Az. 12/26 — Zwangsvollstreckung Stadtwerke Hoppe ./. Tamara Lenz\n", []string{"Tamara Lenz"}, []string{"Stadtwerke Hoppe", "Hoppe"}},
		{"Rechnung der Schreinerei Gruber liegt bei.", nil, []string{"Gruber"}},
		{"Rechnung von Herrn Gruber liegt bei.", []string{"Gruber"}, nil},
		// A colour before a noun or after "Farbe"; a colour's name with a title is a person.
		{"Kuchen:\n- Kai: Rosa Waffeln\n", nil, []string{"Rosa Waffeln"}},
		{"Zaun streichen (Farbe: Grau? Nein — Weiß).", nil, []string{"Weiß"}},
		{"Zaun streichen (Farbe: grau). Zuständig ist Frau Weiß.", []string{"Weiß"}, nil},
		// A month after a word of time, a preposition before an article, a
		// part of a compound.
		{"Kurz vor Mai wird es eng.", nil, []string{"Mai"}},
		{"Wo wohnt Wolf jetzt? -> Hinter der Mauer 157\n", nil, []string{"Hinter"}},
		{"Meine Ausbildung habe ich bei Alexander-von-Humboldt-Stiftung abgeschlossen.", nil, []string{"Alexander"}},
		// A name recalled after an article or an adjective is a noun.
		{"Vertreterin: Rechtsanwältin Engel Hahn, Seestraße 21.\nEin echter Engel, diese Nachbarin.\n", []string{"Engel Hahn"}, []string{"Engel"}},
		// A pet before its name.
		{"Kater Moritz aus dem 3. OG ist entlaufen!", nil, []string{"Kater Moritz", "Moritz"}},
		{"Herr Moritz aus dem 3. OG ist verreist!", []string{"Moritz"}, nil},
		// A German abstract noun after a given name; a surname in "-ung" stays one.
		{"VERKAUFE Eckbank, VB 75 €. Nur Abholung: Am Markt 5, 99084 Erfurt", nil, []string{"Nur Abholung"}},
		{"Mieter: Lea Jung\n", []string{"Lea Jung"}, nil},
		// A nickname's value; a given name there stays one.
		{"NAME: OLE BRANDT\nSpitzname: Keks\nBeste Freundin: Imke\n", []string{"Imke"}, []string{"Keks"}},
		// A role compound as a form's key is no speaker.
		{"Steckbrief\nLieblingslehrer: Frau Kern\nZitat: „Nie wieder.“\n\nSteckbrief\nLieblingslehrer: Herr Brandt\nZitat: „Ja.“\n", []string{"Kern", "Brandt"}, []string{"Lieblingslehrer"}},
	}
	for _, c := range cases {
		checkNames13(t, rulesOnly, c.text, c.want, c.not)
		checkNames13(t, Default, c.text, nil, c.not)
	}
}
