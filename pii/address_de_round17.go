package pii

// Session 17 (issue 18): German address shapes read on unvisited: a
// quarter before the postcode, a river in brackets, a town after "in",
// a record's cells, numbered spots that are no street.

// deSpots are nouns for a numbered spot that end like a street but name
// none alone: "Stellplatz 14", "Lagerplatz 26-5b, Fach 280". A street
// may still hold them after a preposition ("Am Sportplatz 1").
var deSpots = map[string]bool{"parkplatz": true, "stellplatz": true, "lagerplatz": true, "liegeplatz": true,
	"arbeitsplatz": true, "sitzplatz": true, "stehplatz": true, "abstellplatz": true, "standplatz": true,
	"schlafplatz": true, "zeltplatz": true, "garagenplatz": true, "einstellplatz": true, "tiefgaragenplatz": true,
	"tiefgaragenstellplatz": true, "wohnmobilstellplatz": true, "büroplatz": true,
	"ausbildungsplatz": true, "studienplatz": true, "kitaplatz": true, "krippenplatz": true, "pflegeplatz": true,
	"heimplatz": true, "therapieplatz": true, "messeplatz": true}

// deRivers are rivers and regions that end in "-er" as roles do, written
// in brackets after a town's name: "Herzberg (Elster)", "Frankfurt
// (Oder)", "Hann. Münden (Weser)".
var deRivers = map[string]bool{"Elster": true, "Schwarze Elster": true, "Weiße Elster": true, "Oder": true,
	"Weser": true, "Neckar": true, "Eder": true, "Iller": true, "Oker": true, "Alster": true, "Ruwer": true,
	"Aller": true, "Eger": true, "Kocher": true, "Wupper": true, "Dosse": true, "Oberpfalz": true}

// deQuarterBefore returns where the postcode may begin after a quarter
// written between the street and it, when p (after the street, number and
// floor) is followed by ", OT Kleinwelka, " or a line "OT Neuenkirchen"
// or "Ortsteil Dornbusch" of its own; or p.
func deQuarterBefore(b []byte, p int) int {
	var q int
	switch {
	case hasPrefixAt(b, p, ", OT "):
		q = p + len(", OT ")
	case hasPrefixAt(b, p, ", Ortsteil "):
		q = p + len(", Ortsteil ")
	case hasPrefixAt(b, p, "\nOT "):
		q = p + len("\nOT ")
	case hasPrefixAt(b, p, "\nOrtsteil "):
		q = p + len("\nOrtsteil ")
	default:
		return p
	}
	e := deCityName(b, q)
	if e <= q+1 || e >= len(b) || b[e] != ',' && b[e] != '\n' {
		return p
	}
	return e
}

// deInTown returns the end of the town after " in " at p, written after a
// street and number without its postcode ("Schulsteig 37 in
// Gelsenkirchen", "Kirchweg 4 in Halle (Saale)"), or p. The town must end
// the line, the field or the clause, and be a town we know, one with a
// river in brackets or a prefix such as "Bad", or a word the dictionary
// does not hold ("in Richtung", "in Höhe" are no towns).
func deInTown(b []byte, p int) int {
	c := p + len(" in ")
	e := deCityName(b, c)
	if e <= c+1 || e < len(b) && !(b[e] == '\n' || b[e] == '\r' || b[e] == ',' || b[e] == ';' || b[e] == '.' || b[e] == '"' || b[e] == '|' || b[e] == '<' || b[e] == '\t' || b[e] == ')') {
		return p
	}
	if w := b[c:deCityWord(b, c)]; deCities[string(b[c:e])] || deCities[string(w)] || dePlaces[string(b[c:e])] || deCityPrefix(w) || b[e-1] == ')' || !dictionaryWord(w, false) && !inLower(deDeterminers, w) {
		return e
	}
	return p
}

// deCells reports whether the postcode after p is a cell of its own in a
// row of cells ("Weidengasse 33;38879;Kleinwelka", "Im Winkel 56
// b,49054,Osnabrück"): a record that keeps street, postcode and town
// apart, whose street field alone is the address.
func deCells(b []byte, p int) bool {
	if p >= len(b) || b[p] != ';' && b[p] != '\t' && b[p] != ',' {
		return false
	}
	z := digitRun(b, p+1)
	return z-p-1 >= 4 && z < len(b) && b[z] == b[p]
}
