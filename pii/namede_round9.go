package pii

import (
	"bytes"
	"strings"
)

// Round 9 (German names): rules that keep the names of animals, firms and
// roles out of person names, and read a noble's rank inside the name.

// nobleRanks are the German ranks of nobility that, since 1919, are part
// of a surname and stand between the given name and the particle:
// "Marco Freiherr von Stein", "Anna Gräfin zu Solms".
var nobleRanks = set(`Freiherr Freifrau Freiin Graf Gräfin Baron Baronin Prinz Prinzessin Fürst Fürstin Herzog
Herzogin Edler Edle Ritter Landgraf Landgräfin Markgraf Markgräfin Burggraf Burggräfin Reichsgraf Reichsgräfin`)

// nobleRankAt returns the end of a noble's rank and the particle after it
// ("Freiherr von ", "Gräfin zu ") that begins at p, or p: the surname
// follows. Only with the particle: "Graf" alone is also a surname.
func nobleRankAt(b []byte, p int) int {
	if p >= len(b) || b[p] < 'A' || b[p] > 'R' {
		return p
	}
	e := word(b, p)
	if e+4 >= len(b) || b[e] != ' ' || !nobleRanks[string(b[p:e])] {
		return p
	}
	if q := particleAt(b, e+1, false); q > e+1 && capAt(b, q) {
		return q
	}
	return p
}

// petColumn reports whether a table's header line, split by sep, holds an
// animal's kind ("Tierart", "Rasse", "species"): its "Patient" or "Name"
// column, h, is then the animal's, as a veterinary practice's records keep
// them; the owner has a column of his own ("Halter", "Besitzer", "owner").
func petColumn(line []byte, sep byte, h string) bool {
	if strings.Contains(h, "halter") || strings.Contains(h, "besitzer") || strings.Contains(h, "owner") {
		return false
	}
	if strings.Contains(h, "tier") && !strings.Contains(h, "arzt") || strings.HasPrefix(h, "pet") || strings.Contains(h, "animal") {
		return true // "Tiername", "pet_name"
	}
	if h != "name" && !strings.HasPrefix(h, "patient") {
		return false // "Tierarzt", "Behandler": the practice's people
	}
	for _, f := range bytes.Split(line, []byte{sep}) {
		f = bytes.ToLower(bytes.TrimSpace(bytes.Trim(bytes.TrimSpace(f), `"`)))
		switch string(f) {
		case "tierart", "tier", "rasse", "spezies", "species", "breed", "tierart/rasse":
			return true
		}
	}
	return false
}

// petRow reports whether the table field at i lies in an animal's column
// of a table whose header names the animals' kinds.
func petRow(b []byte, i int) bool {
	line, sep, col, ok := tableHeader(b, i)
	if !ok {
		return false
	}
	fields := bytes.Split(line, []byte{sep})
	if col >= len(fields) || len(fields) < 2 {
		return false
	}
	return petColumn(line, sep, string(bytes.ToLower(bytes.TrimSpace(bytes.Trim(bytes.TrimSpace(fields[col]), `"`)))))
}

// doorbellVerbBefore reports whether a verb of ringing a doorbell ends one
// space before p, where "bei" begins: a main clause puts the verb first
// ("klingelt bei Lorenz", "Bitte klingeln Sie bei Lorenz" is read by
// the verb's form before "bei" only).
func doorbellVerbBefore(b []byte, p int) bool {
	w, _ := wordBefore(b, p)
	switch string(w) {
	case "klingelt", "klingeln", "klingle", "klingel", "Klingelt", "Klingeln", "Klingel", "läutet", "läuten", "schellt", "schellen", "Sie":
		if string(w) == "Sie" { // "klingeln Sie bei Lorenz"
			w2, _ := wordBefore(b, p-4)
			return string(w2) == "klingeln" || string(w2) == "Klingeln" || string(w2) == "läuten" || string(w2) == "schellen"
		}
		return true
	}
	return false
}
