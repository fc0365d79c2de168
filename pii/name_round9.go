package pii

import "bytes"

// Round 9 (issue 18): English names' precision — things named after
// people, chat logs' roles, pets' records — and "Surname, Given" read whole
// where a label or a column says a name stands.

// eponymHeads are capitalised nouns that make the name before them a
// thing's: a dish ("Reuben Sandwich", "Cobb Salad"), an association
// ("Pine Meadows HOA", "Kiwanis Club"), a condition or a law ("Tourette
// Syndrome", "Hubble Law"), a council ("Parish Council"). Any English
// text names such things after people; the person is not in it.
var eponymHeads = set(`Sandwich Sandwiches Salad Salads Steak Pizza Cake Pie Cookies Cocktail Sundae Burger Burgers
Sauce Soup HOA Association Assn Society Club League Fund Trust Syndrome Disease Theorem Equation Effect Paradox
Estates Apartments Townhomes Condominiums Realty Group Brewery Winery Distillery Tavern Saloon Diner Grill
Council Committee Board Commission`)

// venueHeads follow a name that a venue or a school was given ("Lou
// Gehrig Field", "Thomas Jefferson High School"); as surnames too ("Tom
// Field", "Anna Hall"), they only end such a name.
var venueHeads = set(`Field Stadium Arena Park Gymnasium Auditorium Hall Library Center Centre Memorial Bridge Airport
Elementary Academy School College University Institute Hospital Museum Theater Theatre Highway Parkway Expressway Courthouse
Conservatory Seminary Observatory Clinic Foundation Prize Award Scholarship Fellowship Monument Statue
Middle Intermediate Preparatory County Parish Township Borough`)

// commitVerbs open a commit's or a changelog's line in the imperative
// ("Bump Jenkins to v2.19", "Revert Jackson upgrade"): the capitalised
// word after them is a tool's name, and the verb no given name.
var commitVerbs = set(`Bump Bumps Bumped Add Adds Added Fix Fixes Fixed Update Updates Updated Upgrade Upgraded Downgrade
Remove Removed Revert Reverted Refactor Rename Renamed Drop Dropped Deprecate Replace Replaced Pin Pinned Unpin
Migrate Migrated Enable Disable Implement Introduce Merge Merged Release Deploy Install Uninstall`)

// eponymSpan reports whether the person's name [i, end) is a thing's: an
// eponym's head ends it or follows it, or a commit's verb opens it. The
// head that ends it must be no surname ("Tom Field" is a person).
func eponymSpan(b []byte, i, end int) bool {
	if end+2 < len(b) && b[end] == ' ' && capAt(b, end+1) {
		if f := word(b, end+1); (eponymHeads[string(b[end+1:f])] || venueHeads[string(b[end+1:f])]) && rightOK(b, f) {
			return true
		}
	}
	if k := bytes.LastIndexByte(b[i:end], ' '); k > 0 {
		if w := b[i+k+1 : end]; eponymHeads[string(w)] && !isSurnameB(w) {
			return true
		}
		if w := b[i : i+bytes.IndexByte(b[i:end], ' ')]; commitVerbs[string(w)] && !isFirstNameB(w) {
			return true
		}
	}
	return false
}

// chatRoles are the roles a chat's transcript names its speakers by
// ("[10:15] Visitor: my order …", a family's "[18:19] Dad: …"), and its
// notices ("[10:05] Chat started."): no person's name.
var chatRoles = set(`Visitor Guest Chat Operator Moderator Caller Assistant User Agent Rep Representative Staff Member
Buyer Seller Host Session Transcript Conversation Call Du Ich You Me Wir Besucher Gast
Mom Dad Mum Mama Papa Mami Papi Grandma Grandpa Granny Nana Oma Opa Mutti Vati`)

// chatSpeakerOK reports whether the words at i after a chat line's
// time stamp ("[09:41] ") are its speaker's name: the name takes the colon
// of a speaker, or the lexicons know its first word. A notice ("Chat
// started.") or a role ("Visitor:") is none.
func chatSpeakerOK(b []byte, i int) bool {
	e := word(b, i)
	w := b[i:e]
	if chatRoles[string(w)] {
		return false
	}
	for k := 0; k < 2 && e+2 < len(b) && b[e] == ' ' && capAt(b, e+1); k++ {
		e = word(b, e+1)
	}
	if e < len(b) && b[e] == '.' && e-i < 40 && e+1 < len(b) && b[e+1] == ' ' {
		e = word(b, e+2) // a middle initial: "Frank Z. Santos:"
	}
	return e < len(b) && b[e] == ':' || isFirstNameB(w) || isSurnameB(w)
}

// invertedTail returns the end of "Surname, Given" whose surname part
// [i, end) a label's or a column's rule has read ("Insured: Van Dyke,
// Helen", a cell "Lane-Harris, Theresa"), or end. The given name must be
// one the lexicons know and must end the field: a line, a cell, or a
// form's run of spaces. A given name alone before the comma starts a list
// of given names ("Kinder: Tatjana, Karl-Heinz"), no inverted name; but a
// cell of a name's column holds one value (cell: "…\tAbdullah, Carl\t").
func invertedTail(b []byte, i, end int, cell bool) int {
	if end+3 >= len(b) || b[end] != ',' || b[end+1] != ' ' || !capAt(b, end+2) || coupleTitled(b, i) {
		return end
	}
	// One surname, after capitalised particles at most ("Van Dyke", "De
	// La Cruz"): "Jana Thomas, Charlotte" is a list's two people.
	if k := bytes.LastIndexByte(b[i:end], ' '); k > 0 {
		for _, p := range bytes.Split(b[i:i+k], []byte{' '}) {
			if !surnameParticles[string(p)] {
				return end
			}
		}
	} else if !cell && unambiguousGiven(string(b[i:end])) && !isSurnameB(b[i:end]) {
		return end
	}
	g := word(b, end+2)
	if g <= end+3 || !givenWord(string(b[end+2:g])) || titledBeforeComma(b, i, end+2) {
		return end // "Mr. Adeyemi, Yael Yamamoto" are two (name_round17.go)
	}
	g = secondGiven(b, g)
	// A middle initial: "Lopez, Maria T."
	if g+2 < len(b) && b[g] == ' ' && isUpper(b[g+1]) && b[g+2] == '.' {
		g += 3
	}
	if invertedEnd(b, g) {
		return g
	}
	return end
}

// surnameParticles are the capitalised particles of English-written surnames.
var surnameParticles = set(`Van Von Der Den De Del Della Da Di Du La Le Los Las St. St Ter Ten van von der den de del da di du la le`)

// invertedEnd reports whether a field of a record ends at g: the text, a
// line, a cell, a quote, or two spaces that align a form's fields.
func invertedEnd(b []byte, g int) bool {
	if g >= len(b) {
		return true
	}
	switch b[g] {
	case '\n', '\r', '\t', ';', '|', '"':
		return true
	}
	return hasPrefixAt(b, g, "  ") || hasPrefixAt(b, g, " |") || hasPrefixAt(b, g, "</") // an XML element's end (session 18)
}
