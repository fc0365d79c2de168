package pii

// Session 16 (issue 18): a German address written town first, as forms
// and registers write a place of residence: "wohnhaft 17121 Nürnberg,
// Hohe Straße 101", "Praxis 13530 Hohenschönborn bei Kassel, Eichendorffallee
// 53".

// dePlzCityFirst returns where a postcode and town begin that come before
// the street starting at st, parted from it by ", " (the town's whole name
// must end there), not before floor; or st.
func dePlzCityFirst(b []byte, st, floor int) int {
	if st < 10 || b[st-1] != ' ' || b[st-2] != ',' {
		return st
	}
	c := st - 2
	for z := c - 7; z >= floor && z >= c-64; z-- {
		if !isDigit(b[z]) || z > 0 && (isAlnum(b[z-1]) || b[z-1] == '-' || b[z-1] == '.' || b[z-1] == ',') {
			continue
		}
		if digitRun(b, z)-z != 5 {
			continue
		}
		if dePlzCityAt(b, z, false) == c {
			return z
		}
	}
	return st
}
