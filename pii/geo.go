package pii

var geoWords = newWords("lat", "lon", "lng", "gps", "coordinates", "location", "position", "seen at", "located at",
	"standort", "koordinaten", "position", "坐标", "位置", "经纬度", "定位", "位于")

// minGeoDecimals is the precision that makes coordinates personal: four
// decimals locate a point to about 11 metres, a house rather than a town.
// Without a context word a pair needs bareGeoDecimals, since pairs of
// four-decimal numbers (ratios, measurements) are common in other text.
const (
	minGeoDecimals  = 4
	bareGeoDecimals = 5
)

// matchDecimal reads a signed decimal number at p and returns its value,
// end and number of decimals. Hand-parsed: no allocation on the hot path.
func matchDecimal(b []byte, p int) (v float64, end, decimals int, ok bool) {
	j, neg := p, false
	if j < len(b) && (b[j] == '-' || b[j] == '+') {
		neg = b[j] == '-'
		j++
	}
	k := digitRun(b, j)
	if k == j || k-j > 3 || k+1 >= len(b) || b[k] != '.' {
		return 0, 0, 0, false
	}
	e := digitRun(b, k+1)
	if e-k-1 < 1 || e-k-1 > 15 {
		return 0, 0, 0, false
	}
	whole := numASCII(b[j:k])
	frac, scale := 0.0, 1.0
	for _, c := range b[k+1 : e] {
		frac = frac*10 + float64(c-'0')
		scale *= 10
	}
	v = float64(whole) + frac/scale
	if neg {
		v = -v
	}
	return v, e, e - k - 1, true
}

// matchGeo reads a latitude, longitude pair starting at p, each with at least
// minGeoDecimals decimals, separated by a comma, a space or a short label
// such as ", lon: ".
func matchGeo(b []byte, p int) (end int, conf float64, ok bool) {
	lat, e, dec, ok := matchDecimal(b, p)
	if !ok || dec < minGeoDecimals || lat < -90 || lat > 90 {
		return 0, 0, false
	}
	j := e
	for j < len(b) && j-e <= 16 && geoBetween(b[j]) {
		j++
	}
	if j == e {
		return 0, 0, false
	}
	lon, e2, dec2, ok := matchDecimal(b, j)
	if !ok || dec2 < minGeoDecimals || lon < -180 || lon > 180 {
		return 0, 0, false
	}
	if e2 < len(b) && (b[e2] == 'E' || b[e2] == 'W') {
		e2++
	}
	if !rightOK(b, e2) {
		return 0, 0, false
	}
	if hasContextWithin(b, p, geoWords, 24) {
		return e2, 0.97, true
	}
	if dec < bareGeoDecimals || dec2 < bareGeoDecimals {
		return 0, 0, false
	}
	return e2, 0.85, true
}

// geoBetween is what may separate the two numbers of a coordinate pair.
func geoBetween(c byte) bool {
	switch c {
	case ' ', ',', ';', ':', '=', '/', '"', '\'', 'N', 'S', 'l', 'o', 'n', 'g', 'i', 't', 'u', 'd', 'e', 'L', 'O', 'G':
		return true
	case 0xC2, 0xB0: // the degree sign, U+00B0
		return true
	}
	return false
}
