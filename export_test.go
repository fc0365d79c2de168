package comity

// RequesterLocks returns how many requesters' locks g keeps, for tests.
func RequesterLocks(g *Gate) int { return g.requesters.len() }
