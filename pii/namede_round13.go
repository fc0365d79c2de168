package pii

// deArticles are German articles and possessives before a noun: "der
// Trainer von Bayern" names a role, not a person.
var deArticles = set(`der die das den dem des ein eine einen einem einer eines Der Die Das Den Dem Des Ein Eine Einen Einem Einer`)

// deRegions are German states and regions that follow "von" as places:
// "Trainer von Bayern", "Bischof von Sachsen".
var deRegions = set(`Bayern Sachsen Hessen Thüringen Brandenburg Berlin Hamburg Bremen Niedersachsen Westfalen Baden
Württemberg Holstein Schleswig Pommern Mecklenburg Franken Schwaben Pfalz Saarland Anhalt Tirol Österreich Deutschland`)

// rankParticleOK reports whether a rank at i, with a particle's name
// [q, end) after it, reads as a person's title ("Professor zu Ettingen"):
// no article before the rank, and no town or region after the particle
// ("der Trainer von Bayern", "Bürgermeister von Köln").
func rankParticleOK(b []byte, i, q, end int) bool {
	if w, _ := wordBefore(b, i); deArticles[string(w)] || determiners[string(w)] {
		return false
	}
	w := string(b[q:word(b, q)])
	return !deCities[w] && !deRegions[w]
}
