package pii

// matchMAC reads a 48-bit MAC address at p: six pairs of hex digits
// separated by ':' or '-' (one kind), or three groups of four separated by
// '.' (Cisco notation).
func matchMAC(b []byte, p int) (end int, ok bool) {
	if p+14 <= len(b) && b[p+4] == '.' && b[p+9] == '.' {
		for i := 0; i < 14; i++ {
			if i == 4 || i == 9 {
				continue
			}
			if !isHex(b[p+i]) {
				return 0, false
			}
		}
		return p + 14, rightOK(b, p+14)
	}
	if p+17 > len(b) {
		return 0, false
	}
	sep := b[p+2]
	if sep != ':' && sep != '-' {
		return 0, false
	}
	for i := 0; i < 17; i++ {
		if i%3 == 2 {
			if b[p+i] != sep {
				return 0, false
			}
		} else if !isHex(b[p+i]) {
			return 0, false
		}
	}
	e := p + 17
	if e < len(b) && (isHex(b[e]) || (b[e] == ':' || b[e] == '-' || b[e] == '.') && e+1 < len(b) && isHex(b[e+1])) {
		return 0, false // longer: an IPv6 address, an EUI-64, more groups
	}
	return e, rightOK(b, e)
}
