package pii

// Session 18's German address rules.

// deListLine reports whether a street without a street-type word that
// starts at p opens its line with its preposition ("Am", "Hinter den")
// and a dash follows its number at e: a list's line of deliveries or
// rounds, "Am Mühlbach 92b – Richter – Mo–Sa". Not a phrase of time ("Am
// Montag 14 – 16 Uhr").
func deListLine(b []byte, p, e int) bool {
	return (p == 0 || b[p-1] == '\n') && deOpenerAt(b, p) && !deTimeAfterOpener(b, p) && deDashAfter(b, e)
}

// deCityFirst returns where a town begins that is written before the
// street starting at st and parted from it by ", " ("Magdeburg,
// Luisenstraße 53/1", "Frankfurt (Oder), Gartenweg 50", "Adresse ist
// Bielefeld, Birkenweg 5"), or st; not before floor. The town's whole name
// must end at the comma and be one we know, by its name or its first word
// ("Freiburg im Breisgau"). It is asked only of a street that no postcode
// and town follow: before one that has them, a place is a kiosk's or a
// firm's ("Kiosk am Hauptbahnhof, Zur Alten Post 134 b, 02826 Görlitz").
func deCityFirst(b []byte, st, floor int) int {
	if st < 4 || b[st-1] != ' ' || b[st-2] != ',' {
		return st
	}
	c := st - 2
	for z := c - 3; z >= floor && z >= c-40; z-- {
		if z > 0 && (isAlpha(b[z-1]) || b[z-1] >= 0x80 || b[z-1] == '-') || !capAt(b, z) {
			continue
		}
		if deCityName(b, z) != c {
			continue
		}
		w := b[z:deCityWord(b, z)]
		if deCities[string(b[z:c])] || dePlaces[string(b[z:c])] || deCities[string(w)] || dePlaces[string(w)] {
			return z
		}
		// Not a town we know: perhaps its last words ("Breisgau" of
		// "Freiburg im Breisgau"); read on to the left.
	}
	return st
}

// deCountries are the country names a German address may carry in
// brackets after its town, which end the address before them: the
// country is no part of the town's name as a river is ("Halle (Saale)").
var deCountries = set(`Deutschland Germany BRD DE D Österreich Austria Schweiz Switzerland`)

// lowerWordIn reports whether w holds a word of three letters or more in
// lower case after a space: a note's "von", not a region's "b. Coburg".
func lowerWordIn(w []byte) bool {
	for k := 0; k+3 < len(w); k++ {
		if w[k] == ' ' && isLower(w[k+1]) && isLower(w[k+2]) && isLower(w[k+3]) {
			return true
		}
	}
	return false
}
