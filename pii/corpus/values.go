package corpus

import (
	"fmt"
	"math/big"
	"net/netip"
	"strings"
	"time"

	"github.com/nyaruka/phonenumbers"

	"github.com/comity-project/comity/pii"
)

// Real county-level administrative division codes (GB/T 2260).
var cnCounties = []string{"110101", "110105", "110108", "120101", "130102", "140105", "210102", "220102",
	"310101", "310104", "310115", "320102", "320505", "330106", "330206", "340104", "350102", "350203",
	"360102", "370102", "370202", "410105", "420106", "420111", "430102", "440103", "440305", "440306",
	"450103", "460105", "500103", "510104", "510107", "520102", "530102", "610113", "620102", "650102"}

func (g *gen) date(from, to int) time.Time {
	start := time.Date(from, 1, 1, 0, 0, 0, 0, time.UTC)
	days := int(time.Date(to, 12, 31, 0, 0, 0, 0, time.UTC).Sub(start).Hours() / 24)
	return start.AddDate(0, 0, g.r.IntN(days))
}

func (g *gen) cnID(valid bool) string {
	first := g.pick(cnCounties...) + g.date(1940, 2015).Format("20060102") + g.digits(3)
	c := pii.CNResidentIDCheck(first)
	if !valid {
		for {
			w := "0123456789X"[g.r.IntN(11)]
			if w != c {
				c = w
				break
			}
		}
	}
	s := first + string(c)
	if c == 'X' && g.r.IntN(4) == 0 {
		s = first + "x"
	}
	return s
}

var cnMobilePrefixes = []string{"130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152",
	"153", "155", "156", "157", "158", "159", "176", "177", "180", "181", "182", "183", "186", "187", "188", "189", "199"}
var usAreas = []string{"201", "202", "206", "212", "213", "214", "303", "305", "312", "404", "415", "503", "512",
	"602", "617", "646", "702", "713", "718", "801", "808", "917"}
var deAreas = []string{"30", "40", "69", "89", "221", "211", "711", "341", "351", "511", "911"}
var deMobile = []string{"151", "152", "157", "160", "162", "170", "171", "172", "175", "176", "177", "178", "179"}

// phone returns a phone number valid in its numbering plan, in one of the
// ways people write them.
func (g *gen) phone() (region, number string) {
	for {
		var s, region string
		switch g.r.IntN(3) {
		case 0:
			region = "CN"
			n := g.pick(cnMobilePrefixes...) + g.digits(8)
			s = g.pick(n, n[:3]+" "+n[3:7]+" "+n[7:], "+86 "+n[:3]+" "+n[3:7]+" "+n[7:], "+86-"+n, "+86 "+n)
		case 1:
			region = "US"
			ex := fmt.Sprintf("%d%s", 2+g.r.IntN(8), g.digits(2))
			if ex[1:] == "11" || ex == "555" {
				continue
			}
			a, l := g.pick(usAreas...), g.digits(4)
			s = g.pick("("+a+") "+ex+"-"+l, a+"-"+ex+"-"+l, a+"."+ex+"."+l, "+1 "+a+" "+ex+" "+l, "+1-"+a+"-"+ex+"-"+l, "1-"+a+"-"+ex+"-"+l)
		default:
			region = "DE"
			if g.r.IntN(2) == 0 {
				m := g.pick(deMobile...) + g.digits(7+g.r.IntN(2))
				s = g.pick("0"+m[:3]+" "+m[3:], "+49 "+m[:3]+" "+m[3:], "+49"+m, "0"+m[:3]+"-"+m[3:])
			} else {
				a := g.pick(deAreas...)
				l := g.digits(9 - len(a))
				s = g.pick("0"+a+" "+l, "+49 "+a+" "+l, "0"+a+"/"+l, "+49 ("+"0)"+a+" "+l, "0"+a+"-"+l)
			}
		}
		// Keep only numbers the numbering plan itself accepts, so that the
		// labels are true.
		if n, err := phonenumbers.Parse(s, region); err == nil && phonenumbers.IsValidNumberForRegion(n, region) {
			if strings.Contains(s, "(0)") {
				continue // the "(0)" notation is ambiguous to parsers; leave it out
			}
			return region, s
		}
	}
}

func luhnDigit(s string) byte {
	sum := 0
	for i := len(s) - 1; i >= 0; i-- {
		v := int(s[i] - '0')
		if (len(s)-i)%2 == 1 {
			v *= 2
			if v > 9 {
				v -= 9
			}
		}
		sum += v
	}
	return byte('0' + (10-sum%10)%10)
}

// card returns a card number with an issuer prefix and a Luhn digit (or a
// wrong one), written together, in fours, or with dashes.
func (g *gen) card(valid bool) string {
	var prefix string
	n := 16
	switch g.r.IntN(6) {
	case 0:
		prefix = "4"
	case 1:
		prefix = fmt.Sprint(51 + g.r.IntN(5))
	case 2:
		prefix, n = g.pick("34", "37"), 15
	case 3:
		prefix = "6011"
	case 4:
		prefix = fmt.Sprint(3528 + g.r.IntN(60))
	default:
		prefix, n = "62", 16+g.r.IntN(4)
	}
	body := prefix + g.digits(n-1-len(prefix))
	c := luhnDigit(body)
	if !valid {
		c = byte('0' + (int(c-'0')+1+g.r.IntN(9))%10)
	}
	s := body + string(c)
	switch {
	case n == 15 && g.r.IntN(2) == 0:
		return s[:4] + " " + s[4:10] + " " + s[10:]
	case n == 16 && g.r.IntN(3) == 0:
		return group(s, 4, " ")
	case n == 16 && g.r.IntN(3) == 0:
		return group(s, 4, "-")
	}
	return s
}

func (g *gen) ssn(valid bool) string {
	area := 1 + g.r.IntN(899)
	if area == 666 {
		area = 665
	}
	grp, ser := 1+g.r.IntN(99), 1+g.r.IntN(9999)
	if !valid {
		switch g.r.IntN(3) {
		case 0:
			area = []int{0, 666, 900 + g.r.IntN(100)}[g.r.IntN(3)]
		case 1:
			grp = 0
		default:
			ser = 0
		}
	}
	return fmt.Sprintf("%03d-%02d-%04d", area, grp, ser)
}

// ibanFormats are BBAN layouts: n digits, a letters.
var ibanFormats = map[string]string{"DE": "nnnnnnnnnnnnnnnnnn", "FR": "nnnnnnnnnnnnnnnnnnnnnnn", "GB": "aaaannnnnnnnnnnnnn",
	"NL": "aaaannnnnnnnnn", "ES": "nnnnnnnnnnnnnnnnnnnn", "IT": "annnnnnnnnnnnnnnnnnnnnn", "AT": "nnnnnnnnnnnnnnnn",
	"CH": "nnnnnnnnnnnnnnnnn", "BE": "nnnnnnnnnnnn", "PL": "nnnnnnnnnnnnnnnnnnnnnnnn"}

func (g *gen) iban(valid bool) string {
	cc := g.pick("DE", "FR", "GB", "NL", "ES", "IT", "AT", "CH", "BE", "PL")
	var bban strings.Builder
	for _, k := range ibanFormats[cc] {
		if k == 'a' {
			bban.WriteByte(byte('A' + g.r.IntN(26)))
		} else {
			bban.WriteByte(byte('0' + g.r.IntN(10)))
		}
	}
	// Check digits: 98 - (BBAN + CC + "00" as a number) mod 97.
	var numeric strings.Builder
	for _, c := range bban.String() + cc + "00" {
		if c >= 'A' {
			fmt.Fprintf(&numeric, "%d", c-'A'+10)
		} else {
			numeric.WriteRune(c)
		}
	}
	v, _ := new(big.Int).SetString(numeric.String(), 10)
	check := 98 - int(new(big.Int).Mod(v, big.NewInt(97)).Int64())
	if !valid {
		check = (check + 1 + g.r.IntN(90)) % 100
		if check < 2 {
			check += 2
		}
	}
	s := fmt.Sprintf("%s%02d%s", cc, check, bban.String())
	if g.r.IntN(2) == 0 {
		return group(s, 4, " ")
	}
	return s
}

// taxID returns a German tax identification number: ten digits, the first
// not zero, one digit twice, then the check digit (or a wrong one).
func (g *gen) taxID(valid bool) string {
	for {
		perm := g.r.Perm(10)
		d := perm[:9]
		if d[0] == 0 {
			continue
		}
		dup := d[1+g.r.IntN(8)]
		pos := 1 + g.r.IntN(9)
		var sb strings.Builder
		for i, v := range d {
			if i == pos {
				sb.WriteByte(byte('0' + dup))
			}
			sb.WriteByte(byte('0' + v))
		}
		if pos == 9 {
			sb.WriteByte(byte('0' + dup))
		}
		first := sb.String()[:10]
		c := pii.DETaxIDCheck(first)
		if !valid {
			c = byte('0' + (int(c-'0')+1+g.r.IntN(9))%10)
		}
		s := first + string(c)
		if g.r.IntN(3) == 0 {
			return s[:2] + " " + s[2:5] + " " + s[5:8] + " " + s[8:]
		}
		return s
	}
}

const deDoc = "CFGHJKLMNPRTVWXYZ0123456789"

func (g *gen) passport() (string, string) {
	switch g.r.IntN(3) {
	case 0:
		if g.r.IntN(3) == 0 {
			return "cn", "E" + string("ABCDEFGHJKLMNPQRSTUVWXYZ"[g.r.IntN(24)]) + g.digits(7)
		}
		return "cn", g.pick("E", "G") + g.digits(8)
	case 1:
		if g.r.IntN(2) == 0 {
			return "us", string(byte('A'+g.r.IntN(26))) + g.digits(8)
		}
		return "us", fmt.Sprint(1+g.r.IntN(9)) + g.digits(8)
	}
	s := []byte{"CFGHJK"[g.r.IntN(6)]}
	for range 8 {
		s = append(s, deDoc[g.r.IntN(len(deDoc))])
	}
	return "de", string(s)
}

// ipv4 returns an address that may be a device's: not loopback, "this
// network" or broadcast.
func (g *gen) ipv4() string {
	for {
		s := g.f.IPv4Address()
		if !strings.HasPrefix(s, "127.") && !strings.HasPrefix(s, "0.") && s != "255.255.255.255" {
			return s
		}
	}
}

func (g *gen) ipv6() string {
	var a [16]byte
	for i := range a {
		a[i] = byte(g.r.IntN(256))
	}
	if g.r.IntN(2) == 0 {
		copy(a[4:12], make([]byte, 8)) // compressible: "2001:db8::…"
		a[0], a[1], a[2], a[3] = 0x20, 0x01, 0x0d, 0xb8
	}
	s := netip.AddrFrom16(a).String()
	if g.r.IntN(4) == 0 {
		s = strings.ToUpper(s)
	}
	return s
}

func (g *gen) mac() string {
	m := g.f.MacAddress()
	switch g.r.IntN(3) {
	case 0:
		return strings.ToUpper(m)
	case 1:
		return strings.ReplaceAll(m, ":", "-")
	}
	return m
}

func (g *gen) coord(lo, hi float64, decimals int) string {
	v := lo + g.r.Float64()*(hi-lo)
	return fmt.Sprintf("%.*f", decimals, v)
}
