package pii

import (
	"slices"
	"testing"
)

func init() {
	addressSeeds = append(addressSeeds, "Nr.;Name\n1;Vu, Ngoc Anh\n", "Familie El-Sayed\n", "Familie von X", "| ŞAHIN, Ayşe |", "Ş", "ŁA", "(Rpfl. Ö)", "x: A. B-C\n", "x: von A, Anna, geb")
}

// TestNamesRound8DE: German names of immigrant families and the shapes that
// carry them.
func TestNamesRound8DE(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		// Names of the widened lexicons: Greek, Turkish, Polish,
		// Vietnamese given names; German, Polish, Russian surnames.
		{"Heute kam Dimitrios Kowalczyk vorbei.", []string{"Dimitrios Kowalczyk"}},
		{"Mit freundlichen Grüßen\nBüşra Hölscher", []string{"Büşra Hölscher"}},
		{"Der Antrag von Przemysław Ulbricht liegt vor.", []string{"Przemysław Ulbricht"}},
		// A name written surname first with two given names.
		{"Platz;Name;Zeit\n1;Vu, Ngoc Anh;0:41:10\n", []string{"Vu, Ngoc Anh"}},
		{"| 2 | Berger, Anna Lena | 1999 |\n", []string{"Berger, Anna Lena"}},
		// A court's or an office's rank before a surname.
		{"Ausgefertigt (Justizsekr. Brandl-Okoye)\n", []string{"Brandl-Okoye"}},
		{"gez. Rpfl. von Trotha\n", []string{"von Trotha"}},
		// A family written by its surname, known or not; not a family
		// tree's heading, nor a noun.
		{"Liebe Grüße von Familie Brinkhaus\n", []string{"Brinkhaus"}},
		{"Am Ende: danke, Familie El-Sayed.", []string{"El-Sayed"}},
		{"# Familie Hülsewede\n", nil},
		{"Zeit für Familie Urlaub planen", nil},
		// An initial and a surname the lexicons lack, filling a field.
		{"Fahrerin: R. Brinkhaus\nKennzeichen: B-XY 12\n", []string{"R. Brinkhaus"}},
		{"| 09:15 | T. van Heemskerk | Empfang |\n", []string{"T. van Heemskerk"}},
		// A form's field written surname first, the surname unknown.
		{"Versicherte/r: Brinkhaus, Leyla, geb. 03.04.1977\n", []string{"Brinkhaus, Leyla"}},
		{"Mieter: von Trotha, Ingeborg\n", []string{"von Trotha, Ingeborg"}},
		// Capitals of Latin Extended-A in a name written in capitals.
		{"Kunde: ŁUKASZ KOWALCZYK\n", []string{"ŁUKASZ KOWALCZYK"}},
		{"| SZYMAŃSKI, Agata | 1984 |\n", []string{"SZYMAŃSKI, Agata"}},
		// Two given names and an unknown surname filling a cell or field.
		{"| 08:10 | Ngoc Anh Brinkhaus | Empfang |\n", []string{"Ngoc Anh Brinkhaus"}},
		{"Mieterin: Anna Lena Brinkhaus\n", []string{"Anna Lena Brinkhaus"}},
		{"| Anna Lena Verwaltung |\n", []string{"Anna Lena"}},
		// A surname ending as streets do, where the context asks for one.
		{"Halter: B. Holtkamp\n", []string{"B. Holtkamp"}},
		{"Versicherte/r: Hellweg, Karin, geb. 01.02.1960\n", []string{"Hellweg, Karin"}},
		{"Anschrift: Holtkamp 12\n", nil},
		// Words that are as often nouns stay out of the lists.
		{"Der Loan Agreement wurde unterschrieben.", nil},
	} {
		if got := namesIn(tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("%q:\n got  %q\n want %q", tc.text, got, tc.want)
		}
	}
}
