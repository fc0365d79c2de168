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
