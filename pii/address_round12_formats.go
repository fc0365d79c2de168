package pii

// deRecordSeparator returns where the postcode may start after the house
// number (and its notes) ending at p when the parts of a one-line address
// are set off by a separator usSeparator does not read: a dash between
// spaces (" – ", " — ", " - ") or a slash (" / "), as letterheads, footers
// and tables write "Lindenweg 4 – 10115 Berlin", and the " $ " of an LDAP
// postalAddress (RFC 4517: its lines are joined by "$"). dePlzCity still
// asks a postcode and a city after it, so a dash that parts a number from
// the next item of a line ("Am Hang 4 – Fahrgast Roth") is not read over.
func deRecordSeparator(b []byte, p int) int {
	if p+3 >= len(b) || b[p] != ' ' {
		return p
	}
	for _, sep := range [...]string{" – ", " — ", " - ", " / ", " $ "} {
		if hasPrefixAt(b, p, sep) && p+len(sep) < len(b) && isDigit(b[p+len(sep)]) {
			return p + len(sep)
		}
	}
	return p
}
