package pii

// The handler of digit runs. Every structured type but email contains
// digits, so a run of digits is where most candidates begin: one look at the
// run, its separators and the letters before it decides which matchers to
// try, most specific first.

var ssnWords = newWords("ssn", "social security", "soc. sec", "ss#", "ss #")
var taxWords = newWords("steuer", "idnr", "id-nr", "identifikationsnummer", "tin", "tax id", "tax identification")

// digit handles the first digit of a run: every structured type except email
// contains digits, so one look at the run and the letters before it decides
// which matchers to try, most specific first: those that may begin before
// the digits (hex notations, an IBAN, a passport, a phone number after '+'),
// then those that begin with them (number).
func (s *scan) digit(i int) int {
	b, on := s.b, &s.d.on
	if jsonStampAt(b, i) {
		return i + len(`2006-01-02T15:04:05Z`)
	}
	if e := jsonAmountEnd(b, i); e > i {
		return e
	}
	// Letters immediately before the digits: an IBAN's country, a passport's
	// prefix, hex digits of a MAC or IPv6 address.
	ls := i
	for ls > s.floor && i-ls < 4 && isAlpha(b[ls-1]) {
		ls--
	}
	// Runs longer than maxToken match nothing; reading no further keeps a
	// long run linear (it is re-entered every maxAdvance bytes).
	k := digitRunMax(b, i, maxToken)
	if ls == i && k-i <= 5 && !s.mayContinue(i, k) {
		if on[PostalAddress] && k+1 < len(b) && b[k] == ' ' && isLower(b[k+1]) && leftOK(b, i) {
			// A US address typed in lower case: "1391 walnut blvd, fort
			// worth, tx 76102".
			if end, ok := usLowerAddress(b, k+1, usLowerCued(b, i)); ok && end-i <= maxAddress {
				s.emit(PostalAddress, i, end, 0.85, "street-suffix+city-line:us")
				return end
			}
		}
		return skipAlnum(b, k)
	}
	if ls == i && i >= 2 && isDigit(b[i-2]) && (b[i-1] == '-' || b[i-1] == '.' || b[i-1] == '/' || b[i-1] == '\\') {
		// The run goes on a number ("2024-03-15", "1.2.3"): no match
		// starts here (leftOK), nor before (a digit stops every look-back).
		return skipAlnum(b, k)
	}
	if on[MAC] || on[IPv6] {
		if end, ok := s.hexAround(i, k); ok {
			return end
		}
	}
	if i-ls == 2 && on[IBAN] && k-i >= 2 && leftOK(b, ls) {
		if end, ok := matchIBAN(b, ls); ok {
			s.emit(IBAN, ls, end, 0.99, "length+mod97")
			return end
		} else if end > 0 {
			return end // an IBAN with a wrong check: not a card either
		}
	}
	// With no letter or digit before the run, a passport number would
	// begin at the run, which must then be free on the left (the
	// identifier's digits in "CN-100000" are not).
	if on[Passport] && !(ls == i && i > 0 && !isAlnum(b[i-1]) && !leftOK(b, i)) {
		if end, ok := s.passport(ls, i); ok {
			return end
		}
	}
	if ls == i && i > 0 && b[i-1] == '+' && on[Phone] {
		// Only a phone number follows a plus sign.
		if end, ok := s.phone(i); ok {
			return end
		}
		return skipAlnum(b, k)
	}
	if i-ls == 1 && on[PostalAddress] && k-i <= 5 && k+1 < len(b) && (b[k] == ' ' || b[k] == 'N' || b[k] == 'S' || b[k] == 'E' || b[k] == 'W') && leftOK(b, ls) &&
		(b[ls] == 'N' || b[ls] == 'S' || b[ls] == 'E' || b[ls] == 'W') {
		// A rural grid number with its direction: "S8161 County Road X"
		// (Wisconsin, Illinois); or both its coordinates: "W110N4693 Quail
		// Ridge Ct" (Menomonee Falls; address_us_round20.go).
		k := usGridSecond(b, k)
		if end, ok := usAddress(b, k+1); ok && b[k] == ' ' {
			s.emit(PostalAddress, ls, end, 0.85, "street-suffix:us")
			return end
		}
	}
	if ls == i && i >= 4 && b[i-1] == '.' && on[PostalAddress] && k-i <= 5 && (hasPrefixAt(b, i-4, "str.") || hasPrefixAt(b, i-4, "Str.")) {
		// A house number touching its street: "Hauptstr.5".
		if start, end, val, ok := s.address(i, k); ok {
			s.emit(PostalAddress, start, end, 0.85, val)
			return end
		}
	}
	if ls < i || !leftOK(b, i) {
		return skipAlnum(b, k)
	}
	return s.number(i, k)
}

// jsonStampAt reports whether a JSON string value at i is an ISO 8601
// timestamp in UTC, as records carry one in every row:
// "2026-03-04T12:34:56Z", the quotes included. Nothing is found in one,
// and digit may skip it whole: read run by run, its date ends in 'T' (no
// right boundary for a date of birth or a phone number, too few digits
// for the other numbers, no street after it), its hour is read with the
// 'T' before it, its minutes are too few groups for a MAC or an IPv6
// address and too few digits for anything else, and its seconds end in
// 'Z'. No rule stops inside it: a dash or a colon between digits opens no
// lower-case name, and a name after "my" (nextKin) begins in lower case.
func jsonStampAt(b []byte, i int) bool {
	if i == 0 || b[i-1] != '"' {
		return false // the common case, inlined at the call
	}
	return jsonStampAtRest(b, i)
}

// jsonStampAtRest is jsonStampAt past its first test, out of line so
// that the test inlines.
//
//go:noinline
func jsonStampAtRest(b []byte, i int) bool {
	if i == 0 || i+21 > len(b) || b[i-1] != '"' {
		return false
	}
	t := b[i : i+21] // 2026-03-04T12:34:56Z"
	return t[4] == '-' && t[7] == '-' && t[10] == 'T' && t[13] == ':' && t[16] == ':' && t[19] == 'Z' && t[20] == '"' &&
		isDigit(t[0]) && isDigit(t[1]) && isDigit(t[2]) && isDigit(t[3]) && isDigit(t[5]) && isDigit(t[6]) && isDigit(t[8]) &&
		isDigit(t[9]) && isDigit(t[11]) && isDigit(t[12]) && isDigit(t[14]) && isDigit(t[15]) && isDigit(t[17]) && isDigit(t[18])
}

// jsonAmountEnd returns the end of a JSON number with two decimals that
// begins at i, a record's amount (`"amount":7404.73,`), or i. Nothing is
// found in one, and digit may skip it: its first run (one to five digits)
// is too short for the numbers matched whole and for a phone number with
// its decimals, a MAC address in dotted fours needs hex digits where the
// comma stands, an IPv4 address needs four parts, a coordinate four
// decimals and a date a second separator; the decimals end at the comma or
// the brace, which continues no identifier. The end is where the scan would
// go on after reading both runs.
func jsonAmountEnd(b []byte, i int) int {
	if i < 2 || b[i-1] != ':' {
		return i // the common case, inlined at the call
	}
	return jsonAmountEndRest(b, i)
}

// jsonAmountEndRest is jsonAmountEnd past its first test, out of line so
// that the test inlines.
//
//go:noinline
func jsonAmountEndRest(b []byte, i int) int {
	if i < 2 || b[i-1] != ':' || b[i-2] != '"' {
		return i
	}
	k := digitRunMax(b, i, 6)
	if k-i > 5 || k+3 >= len(b) || b[k] != '.' || !isDigit(b[k+1]) || !isDigit(b[k+2]) || b[k+3] != ',' && b[k+3] != '}' {
		return i
	}
	return k + 3
}

// hexAround tries a MAC or IPv6 address around the digit run [i, k). Hex
// notations may start with letters or further back: "ab:cd:ef:12:…" is
// first seen at its '1'.
func (s *scan) hexAround(i, k int) (int, bool) {
	b := s.b
	hs := i
	// Back over hex letters and separators only: had there been a digit
	// before, its own run would already have been tried.
	for hs > s.floor && i-hs < 40 && (isHex(b[hs-1]) && !isDigit(b[hs-1]) || b[hs-1] == ':' || b[hs-1] == '-' || b[hs-1] == '.') {
		hs--
	}
	for hs < i && !isHex(b[hs]) {
		hs++
	}
	// Hex letters that end a word are the word's, not a group:
	// "MAC:00:1A:…" starts at "00".
	for hs < i && hs > 0 && isAlpha(b[hs-1]) {
		for hs < i && isHex(b[hs]) {
			hs++
		}
		for hs < i && !isHex(b[hs]) {
			hs++
		}
	}
	// Hex groups before the digits, or a first group of up to four hex
	// digits before ':', two before '-', four before '.' (Cisco).
	ge := k
	for ge < len(b) && ge-hs <= 4 && isHex(b[ge]) {
		ge++
	}
	if n := ge - hs; hs < i || ge < len(b) && (b[ge] == ':' && n <= 4 || b[ge] == '-' && n == 2 || b[ge] == '.' && n == 4) {
		return s.hex(hs, i)
	}
	return 0, false
}

// passport tries a passport number whose digits begin at i, after the
// letters from ls.
func (s *scan) passport(ls, i int) (int, bool) {
	b := s.b
	// German serial numbers may begin with up to eight letters.
	ps := ls
	for ps > s.floor && i-ps < 8 && (isUpper(b[ps-1]) || isDigit(b[ps-1])) {
		ps--
	}
	if end, val, ok := matchPassport(b, ps, i); ok {
		s.emit(Passport, ps, end, 0.9, val)
		return end, true
	}
	return 0, false
}

// phone tries a phone number at i.
func (s *scan) phone(i int) (int, bool) {
	if start, end, val, conf, ok := s.matchPhone(i); ok {
		s.emit(Phone, start, end, conf, val)
		return end, true
	}
	return 0, false
}

// number handles a token that begins with the digit run [i, k), read with
// the groups that follow it ("110105 19491231 002X", "5182-0167-…"): the
// identifiers told apart by a check digit first, then those told by shape
// and context, then phone numbers and addresses.
func (s *scan) number(i, k int) int {
	b, on := s.b, &s.d.on
	g := collectGroups(b, i, " -")
	if on[CNResidentID] {
		if end, ok := s.residentID(i, &g); ok {
			return end
		}
	}
	if end, ok := s.card(i, &g); ok {
		return end
	}
	if on[USSSN] {
		if end, ok := s.ssn(i, &g); ok {
			return end
		}
	}
	if k < len(b) && b[k] == '.' {
		if end, ok := s.dotted(i, k); ok {
			return end
		}
	}
	if on[DateOfBirth] && dateShape(b, i, k) {
		if start, end, ok := matchDOB(b, i); ok {
			s.emit(DateOfBirth, start, end, 0.95, "calendar+context")
			return end
		}
	}
	if end, ok := s.taxIDOrPhone(i, &g); ok {
		return end
	}
	if on[PostalAddress] {
		if start, end, val, ok := s.address(i, k); ok {
			s.emit(PostalAddress, start, end, 0.85, val)
			return end
		}
	}
	return skipAlnum(b, k)
}

// residentID tries a Chinese resident ID in one piece, or in groups of
// three or more digits ("110105 19491231 002X", "110 105 1949 1231 002X"):
// its check digit and birth date, not its shape, tell it apart.
func (s *scan) residentID(i int, g *groups) (int, bool) {
	b, nd := s.b, g.n
	if !((g.ng == 1 || g.ng <= 6 && g.minLen() >= 3) && (nd == 18 || nd == 17 && g.end < len(b) && (b[g.end] == 'X' || b[g.end] == 'x'))) {
		return 0, false
	}
	end := g.end
	check := b[end-1]
	if nd == 17 {
		check = b[end]
		end++
	}
	if rightOK(b, end) && validCNID(g.d[:17], check) {
		s.emit(CNResidentID, i, end, 0.99, "region+birthdate+mod11-2")
		return end, true
	}
	return 0, false
}

// card tries a payment card number. A card number written in one piece
// must not be an order number or a Chinese resident ID with a wrong check
// digit. A number grouped as a card is, and not one, ends there too: its
// groups are not read again as a phone number ("5182 0167 2315 6008").
func (s *scan) card(i int, g *groups) (int, bool) {
	b, nd := s.b, g.n
	if s.d.on[PaymentCard] && nd >= 13 && nd <= 19 && cardShape(g) && rightOK(b, g.end) && luhn(g.digits()) &&
		!(g.ng == 1 && (hasContextWithin(b, i, notPIIWords, 20) || nd == 18 && cnIDShape(g.digits()))) {
		if iss := cardIssuer(g.digits()); iss != "" {
			s.emit(PaymentCard, i, g.end, 0.97, "luhn+issuer:"+iss)
			return g.end, true
		}
	}
	if nd >= 13 && nd <= 19 && g.ng >= 3 && cardShape(g) {
		return g.end, true
	}
	return 0, false
}

// ssn tries a US social security number: dashed as one, or in one piece or
// spaced with the words that name one nearby.
func (s *scan) ssn(i int, g *groups) (int, bool) {
	b := s.b
	if g.n == 9 && rightOK(b, g.end) && (g.shape(3, 2, 4) && g.sep == '-' || (g.ng == 1 || g.shape(3, 2, 4)) && hasContextWithin(b, i, ssnWords, 24) && !hasContextWithin(b, i, notPIIWords, 20)) && validSSN(g.digits()) {
		conf := 0.9
		if hasContext(b, i, ssnWords) {
			conf = 0.98
		}
		s.emit(USSSN, i, g.end, conf, "area+group+serial")
		return g.end, true
	}
	return 0, false
}

// dotted tries the notations whose first run [i, k) ends in a dot: an IPv4
// address, a latitude and longitude.
func (s *scan) dotted(i, k int) (int, bool) {
	b, on := s.b, &s.d.on
	if on[IPv4] && k-i <= 3 {
		if end, ok := matchIPv4(b, i); ok {
			s.emit(IPv4, i, end, 0.95, "octets")
			return end, true
		}
	}
	if on[GeoLocation] {
		p := i
		if p > 0 && b[p-1] == '-' {
			p--
		}
		if end, conf, ok := matchGeo(b, p); ok && leftOK(b, p) {
			s.emit(GeoLocation, p, end, conf, "lat+lon ranges+precision")
			return end, true
		}
	}
	return 0, false
}

// taxIDOrPhone tells a German tax id from a phone number: a valid tax id
// the text names as one (or grouped as one) first, then a phone number
// unless the text calls the number a tax id, then a valid tax id without
// words against it.
func (s *scan) taxIDOrPhone(i int, g *groups) (int, bool) {
	b, on := s.b, &s.d.on
	taxShape := g.n == 11 && (g.ng == 1 || g.shape(2, 3, 3, 3) && g.sep == ' ') && rightOK(b, g.end)
	taxValid := on[DETaxID] && taxShape && validSteuerID(g.digits())
	taxCtx := taxShape && hasContextWithin(b, i, taxWords, 32) && !hasContextWithin(b, i, phoneWords, 8)
	if taxValid && (taxCtx || g.ng == 4) {
		s.emit(DETaxID, i, g.end, 0.97, "digits+mod11-10+context")
		return g.end, true
	}
	// A number the text calls a tax id is not a phone number even when its
	// digits would be one.
	if on[Phone] && !taxCtx {
		if end, ok := s.phone(i); ok {
			return end, true
		}
	}
	if taxValid && !hasContextWithin(b, i, notPIIWords, 20) {
		s.emit(DETaxID, i, g.end, 0.7, "digits+mod11-10")
		return g.end, true
	}
	return 0, false
}

// mayContinue is the fast path for the short digit runs of ordinary text
// ("42 items", "2.5%", "10 Uhr"): it reports whether the bytes after the
// run [i, k) could continue any identifier, which only a few can.
func (s *scan) mayContinue(i, k int) bool {
	b := s.b
	if s.d.on[PostalAddress] && i >= 2 && (b[i-1] == ' ' && (isAlpha(b[i-2]) || b[i-2] == '.' || b[i-2] >= 0x80) ||
		b[i-1] == '.' && i >= 4 && (b[i-2] == 'r' || b[i-2] == 'R')) {
		return true // a German house number after the street: "Hauptstraße 5", "Hauptstr.5"
	}
	if k >= len(b) {
		return false
	}
	switch c := b[k]; c {
	case '.', '-', '/', ':', ')':
		return k+1 < len(b) && (isHex(b[k+1]) || b[k+1] == ' ' || b[k+1] == ':' || b[k+1] == '(')
	case ' ':
		// Digit groups, a street name or month ("7 March 1985"), "(0)".
		return k+1 < len(b) && (isDigit(b[k+1]) || isUpper(b[k+1]) || b[k+1] == '(')
	case ',':
		// "March 7, 1985"
		return i >= 2 && b[i-1] == ' ' && isAlpha(b[i-2])
	default:
		// Hex letters (MAC, IPv6), ideographs ("1985年", "88号").
		return isHex(c) || c >= 0x80
	}
}

// hex tries a MAC and then an IPv6 address starting at hs.
func (s *scan) hex(hs, i int) (int, bool) {
	b := s.b
	if !leftOK(b, hs) || hexGroupBefore(b, hs) {
		// Inside a longer run of hex groups ("…:FF:00:11:22:33:44:55"),
		// which is neither a MAC nor an IPv6 address from here.
		return 0, false
	}
	if s.d.on[MAC] {
		if end, ok := matchMAC(s.b, hs); ok {
			s.emit(MAC, hs, end, 0.95, "hex-groups")
			return end, true
		}
	}
	if s.d.on[IPv6] {
		if end, ok := matchIPv6(s.b, hs); ok {
			s.emit(IPv6, hs, end, 0.97, "netip")
			return end, true
		}
	}
	return 0, false
}

// hexGroupBefore reports whether a group of hex digits and a ':' or '-'
// come just before p: a group, not the end of a word ("MAC:").
func hexGroupBefore(b []byte, p int) bool {
	if p < 2 || b[p-1] != ':' && b[p-1] != '-' {
		return false
	}
	j := p - 1
	for j > 0 && isHex(b[j-1]) {
		j--
	}
	return j < p-1 && (j == 0 || !isAlpha(b[j-1]))
}

// skipAlnum returns the end of the letters and digits from k, which belong
// to a token that matched nothing, reading at most maxAdvance of them (see
// maxAdvance).
func skipAlnum(b []byte, k int) int {
	for e := min(k+maxAdvance, len(b)); k < e && isAlnum(b[k]); {
		k++
	}
	return k
}

// maxToken is the longest token any matcher needs to read whole.
const maxToken = 64

// digitRunMax is digitRun reading at most max digits.
func digitRunMax(b []byte, i, max int) int {
	e := min(i+max, len(b))
	for i < e && isDigit(b[i]) {
		i++
	}
	return i
}
