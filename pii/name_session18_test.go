package pii

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestNameSession18Accents: names written with the accents the published
// tables drop ("João" is "Joao" in SSA's), initials with a capital of two
// bytes; German letters are not folded, so firms stay firms.
func TestNameSession18Accents(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"drittbeteiligte: Ö. Dierks\n", []string{"Ö. Dierks"}},
		{"teilnehmer=Ö. Çelik\n", []string{"Ö. Çelik"}},
		{"Berater: Schwertfeger, João\n", []string{"Schwertfeger, João"}},
		{"Signed, Inês Gonçalves\n", []string{"Inês Gonçalves"}},
		{"Anlass: Kundentermin bei Würth (Ansprechpartner Herr Haddad)\n", []string{"Haddad"}},
		{"Gartenpflege: Fa. Würth\n", nil},
		// A chat's speaker in lower case, with and without a time stamp;
		// a record's keys are no speakers.
		{"teams chat:\nlaura: can someone cover 3W?\nolga: on my way\n", []string{"laura", "olga"}},
		{"[07:25] jens: ok\n[07:00] inês: ok\n", []string{"jens", "inês"}},
		{"route: 60\ndriver: Wei Patel\napril: 3 shifts\n", []string{"Wei Patel"}},
		// Session 18, read on unclaimed: a child's column; a role's noun
		// before the name; a dentist's title; an institution after "vom".
		{"Kurs\tKind\tGeb.\tAnschrift\nBronze\tMurat\t2017\tAm Schlosspark 71\nAnfänger\tInvoice\t2018\tAm Deich 4\n", []string{"Murat"}},
		{"Anwesend: Kindesmutter Jutta Bondarenko, Kind Mehmet (11 J.).\n", []string{"Jutta Bondarenko", "Mehmet"}},
		{"    behandler: ZA Neumann\n    behandler: ZÄ von Arnim\n", []string{"Neumann", "von Arnim"}},
		{"Die Begutachtung durch Frau Schulte-Vennbur vom Medizinischen Dienst dauerte.\n", []string{"Schulte-Vennbur"}},
		{"Die Begutachtung durch Frau Weber von Hagen dauerte.\n", []string{"Weber von Hagen"}},
		// A driver's key; kin in brackets before a given name; a double
		// given name in capitals.
		{"dropoff=\"Firestone\" driver=David unit=33 plate=JKL2523\n", []string{"David"}},
		{"S: Caregiver (son) Ji-woo present and reports\n", []string{"Ji-woo"}},
		{"CHIAMAKA CHOI, Petitioner, vs. MARY BETH TORRES, Respondent.\n", []string{"CHIAMAKA CHOI", "MARY BETH TORRES"}},
		{"  <approvedBy>JUAN CARLOS O'CONNELL</approvedBy>\n", []string{"JUAN CARLOS O'CONNELL"}},
		// A form's bracketed note is no table's header; a family chat's
		// kin are no names.
		{"NAME (Last, First)  ADEYEMI, BRIDGET\nPlate: KABC386   Vehicle: 2022 Subaru\nSecond vehicle registered to Dustin Williams\n", []string{"ADEYEMI, BRIDGET", "Dustin Williams"}},
		{"[18:19] Dad: did anyone hear from Uncle Jim?\n[18:20] Priya: no\n", []string{"Jim", "Priya"}},
		// XML keys of German forms, a particle first, "Surname, Given"
		// up to the element's end.
		{"<Antrag>\n  <Familienname>van der Linde</Familienname>\n  <Vornamen>Julija</Vornamen>\n  <Bevollmaechtigte>Hartmann, Krzysztof</Bevollmaechtigte>\n", []string{"van der Linde", "Julija", "Hartmann, Krzysztof"}},
		{"<person>zu Dohna, Hoa</person>\n", []string{"zu Dohna, Hoa"}},
		// A particle's surname first in an XML element; a double given
		// name, a middle initial and the surname.
		{"    <student>De León, Keisha</student>\n    <student>del Rosario, Everett</student>\n", []string{"De León, Keisha", "del Rosario, Everett"}},
		{"Clinician: Bobby Joe C. Nakamura\n", []string{"Bobby Joe C. Nakamura"}},
		// A note's item with whom and "re" what.
		{"notes\n- call w scott re the 504\n- email from maribel ramos re para support\n- call w mom re pickup\n", []string{"scott", "maribel ramos"}},
	} {
		var got []string
		for _, f := range Default.DetectString(tc.text) {
			if f.Type == PersonName {
				got = append(got, tc.text[f.Start:f.End])
			}
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: names %q, want %q", tc.text, got, tc.want)
		}
	}
	m := map[string]bool{"Joao": true, "Lukasz": true, "Nunez": true, "Soren": true, "Wurth": true}
	for w, want := range map[string]bool{"João": true, "Łukasz": true, "Núñez": true, "Søren": true, "Würth": false, "Æsir": false, "Joao": false} {
		if got := foldedIn(m, w); got != want {
			t.Errorf("foldedIn(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestNameSession18LongTable: a table's header is remembered past the
// look-behind, for the rows of the same table; a blank line forgets it,
// and a stream read in small windows finds what Detect finds.
func TestNameSession18LongTable(t *testing.T) {
	var sb strings.Builder
	sb.WriteString("Kurs\tNachname\tGeb.\tAnschrift\n")
	names := []string{"Vennbur", "Quastelmeyer", "Brinkhorst", "Tüllmann", "Ohlrogge", "Wessendorf", "Kemmerich", "Pfisterer", "Raupach", "Gödecke"}
	for n := range 30 {
		fmt.Fprintf(&sb, "Bronze\t%s\t2017\tAm Deich %d\n", names[n%len(names)], n+1)
	}
	sb.WriteString("\nTyp\tFarbe\tJahr\tOrt\nBronze\tBlau\t2017\tLager 4\n") // another table: no name's column
	text := sb.String()
	var got []string
	fs := Default.DetectString(text)
	for _, f := range fs {
		if f.Type == PersonName {
			got = append(got, text[f.Start:f.End])
		}
	}
	if len(got) != 30 || got[29] != names[29%len(names)] {
		t.Errorf("names %q: want the 30 surnames of the first table only", got)
	}
	var streamed []Finding
	if err := scanChunks(newChunker(strings.NewReader(text), nil, 300), func(f Finding) error { streamed = append(streamed, f); return nil }); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(streamed, Default.appendRaw(nil, []byte(text), 0)) {
		t.Errorf("a stream in windows of 300 bytes found %d, Detect %d", len(streamed), len(fs))
	}
}

// TestNameSession18LongCSV: a CSV's "name" header is remembered past the
// look-behind for rows with as many fields; a stream in small windows
// finds what Detect finds.
func TestNameSession18LongCSV(t *testing.T) {
	var sb strings.Builder
	sb.WriteString("id,full name,ort,betrag\n")
	names := []string{"Vennbur Quastel", "Tüllmann Ohlrogge", "Wessendorf Kemmerich", "Pfisterer Raupach", "Gödecke Brinkhorst"}
	for n := range 30 {
		fmt.Fprintf(&sb, "%d,%s,Lager %d,%d.50\n", 1000+n, names[n%len(names)], n, 10+n)
	}
	text := sb.String()
	var got []string
	for _, f := range Default.DetectString(text) {
		if f.Type == PersonName {
			got = append(got, text[f.Start:f.End])
		}
	}
	if len(got) != 30 {
		t.Errorf("%d names %q: want the 30 of the name column", len(got), got)
	}
	var streamed []Finding
	if err := scanChunks(newChunker(strings.NewReader(text), nil, 300), func(f Finding) error { streamed = append(streamed, f); return nil }); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(streamed, Default.appendRaw(nil, []byte(text), 0)) {
		t.Errorf("a stream in windows of 300 bytes differs from Detect")
	}
}
