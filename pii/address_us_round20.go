package pii

// Session 20 (issue 18): US address shapes read on unforeseen. Streets of
// the Southwest named after their Spanish type ("Camino del Sol",
// "Avenida de las Americas", "El Camino Real", "Via Verde"), a direction
// before a street named after its type or a farm road ("831 S Camino del
// Sol", "8332 E FM 1960"), Broadway with a unit, and a route's or a
// military unit's box with its letter or after a comma ("RR 8, Box 61A",
// "Unit 9664, Box 5508").

// usSpanishTypes open a street's name with its type in Spanish, as the
// Southwest writes them.
var usSpanishTypes = withUpper(set(`Avenida Camino Calle Via Paseo Caminito Vereda Callejon`))

// usSpanishLinks join the type to the name: "Camino del Sol", "Avenida de
// las Americas".
var usSpanishLinks = withUpper(set(`de del la las los el`))

// usSpanishFirst returns the end of a street named after its Spanish type
// at p, or p: "El Camino Real", the type and its name of one word, after
// a link or two ("Camino del Sol", "AVENIDA DE LAS AMERICAS"); without a
// link the name must be no English word ("Via Verde", not "Via Email").
func usSpanishFirst(b []byte, p int) int {
	word := func(j int) int {
		e := j
		for e < len(b) && e-j < 20 && isAlpha(b[e]) {
			e++
		}
		return e
	}
	for _, r := range []string{"El Camino Real", "EL CAMINO REAL", "Camino Real", "CAMINO REAL"} {
		if hasPrefixAt(b, p, r) && rightOK(b, p+len(r)) || hasPrefixAt(b, p, r) && p+len(r) < len(b) && b[p+len(r)] == ',' {
			return p + len(r)
		}
	}
	e := word(p)
	if e == p || e+1 >= len(b) || b[e] != ' ' || !usSpanishTypes[string(b[p:e])] {
		return p
	}
	j, linked := e+1, false
	for n := 0; n < 2; n++ {
		f := word(j)
		if f == j || f+1 >= len(b) || b[f] != ' ' || !usSpanishLinks[string(b[j:f])] {
			break
		}
		j, linked = f+1, true
	}
	f := word(j)
	if f-j < 3 || !isUpper(b[j]) || usUnits[string(b[j:f])] || usDirections[string(b[j:f])] {
		return p
	}
	if !linked && dictionaryWord(b[j:f], true) {
		return p
	}
	return f
}

// usDirectionThen returns the start of the word after a direction and a
// space at p ("S Camino del Sol", "E FM 1960"), or p.
func usDirectionThen(b []byte, p int) int {
	e := p
	for e < len(b) && e-p < 10 && isAlpha(b[e]) {
		e++
	}
	if e > p && e+1 < len(b) && b[e] == ' ' && isUpper(b[e+1]) && usDirections[string(b[p:e])] {
		return e + 1
	}
	return p
}

// usBoxLetter returns the end of a box's number with its letter, which
// ends at e ("Box 61A"), or e.
func usBoxLetter(b []byte, e int) int {
	if e < len(b) && isUpper(b[e]) && (e+1 == len(b) || !isAlnum(b[e+1])) {
		return e + 1
	}
	return e
}

// usGridSecond returns the end of a grid number's second coordinate after
// its first ends at k ("W110|N4693", "N84|W15787"), or k.
func usGridSecond(b []byte, k int) int {
	if k+1 < len(b) && (b[k] == 'N' || b[k] == 'S' || b[k] == 'E' || b[k] == 'W') {
		if e := digitRun(b, k+1); e > k+1 && e-k-1 <= 5 && e < len(b) && b[e] == ' ' {
			return e
		}
	}
	return k
}

// usRoadNo returns the end of a number after a street's name and "No"
// at p ("Old Post Road No 2", "OLD POST ROAD NO 2"), or p.
func usRoadNo(b []byte, p int) int {
	for _, w := range []string{" No ", " NO ", " No. "} {
		if hasPrefixAt(b, p, w) {
			e := digitRun(b, p+len(w))
			if e > p+len(w) && e-p-len(w) <= 3 && (rightOK(b, e) || e < len(b) && b[e] == ',') {
				return e
			}
		}
	}
	return p
}

// usSpanishAddress reads a street named after its Spanish type at p,
// perhaps after a direction ("S Camino del Sol"), and what follows it; a
// suffix after the name ("Camino Real Pl") is read as any street's.
func usSpanishAddress(b []byte, p int) (int, bool) {
	for _, q := range []int{p, usDirectionThen(b, p)} {
		if e := usSpanishFirst(b, q); e > q {
			return usAfterStreet(b, e)
		}
	}
	return 0, false
}
