package pii

import "net/netip"

// matchIPv4 reads a dotted quad at p: four decimal octets 0-255 without
// leading zeros, other than the loopback, unspecified and broadcast
// addresses.
func matchIPv4(b []byte, p int) (end int, ok bool) {
	j := p
	for part := 0; part < 4; part++ {
		if part > 0 {
			if j >= len(b) || b[j] != '.' {
				return 0, false
			}
			j++
		}
		k := digitRun(b, j)
		if k == j || k-j > 3 || (k-j > 1 && b[j] == '0') || numASCII(b[j:k]) > 255 {
			return 0, false
		}
		j = k
	}
	// Loopback (127/8), "this network" (0/8) and broadcast addresses name
	// no one's device.
	if b[p] == '0' || hasPrefixAt(b, p, "127.") || string(b[p:j]) == "255.255.255.255" {
		return 0, false
	}
	return j, rightOK(b, j)
}

// numASCII is the value of the ASCII digits s (of its first 20 at most),
// read in place: it replaced num of a copy of s converted to digit values.
func numASCII(s []byte) int {
	n := 0
	for _, c := range s[:min(len(s), 20)] {
		n = n*10 + int(c-'0')
	}
	return n
}

// matchIPv6 reads an IPv6 address at p, which must contain "::" or eight
// groups, and validates it with net/netip.
func matchIPv6(b []byte, p int) (end int, ok bool) {
	j, colons, double := p, 0, false
	for j < len(b) && j-p < 45 {
		c := b[j]
		if c == ':' {
			colons++
			if j+1 < len(b) && b[j+1] == ':' {
				double = true
			}
		} else if !isHex(c) && c != '.' {
			break
		}
		j++
	}
	for j > p && (b[j-1] == '.' || (b[j-1] == ':' && !(j-2 >= p && b[j-2] == ':'))) {
		j-- // sentence punctuation after the address
	}
	if colons < 2 || (!double && colons != 7) || !rightOK(b, j) {
		return 0, false
	}
	a, err := netip.ParseAddr(string(b[p:j]))
	if err != nil || !a.Is6() {
		return 0, false
	}
	// "a::b" is too short to be an address in prose; ask for two groups and
	// at least 4 hex digits besides the loopback and unspecified ones.
	if a.IsLoopback() || a.IsUnspecified() || j-p < 6 {
		return 0, false
	}
	return j, true
}
