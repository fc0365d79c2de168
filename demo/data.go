package demo

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/comity-project/comity"
)

// SampleRecords returns n generated, realistic records homed in j (CN, DE or
// US): customers of controller with names, phone numbers and addresses in
// the local format; one in ten is sensitive (a diagnosis, and in CN and US a
// national identifier with valid check digits). The same
// seed gives the same records, so a re-run of the demo imports nothing twice.
func SampleRecords(j comity.Jurisdiction, controller string, n int, seed uint64) []*comity.Record {
	rng := rand.New(rand.NewPCG(seed, uint64(j[0])<<8|uint64(j[1])))
	out := make([]*comity.Record, 0, n)
	for i := range n {
		var f map[string]any
		switch j {
		case "CN":
			f = cnPerson(rng)
		case "DE":
			f = dePerson(rng)
		default:
			f = usPerson(rng)
		}
		f["customer_since"] = fmt.Sprintf("%d-%02d-%02d", 2010+rng.IntN(15), 1+rng.IntN(12), 1+rng.IntN(28))
		cat := comity.CategoryPersonal
		if i%10 == 9 {
			f["diagnosis"] = pick(rng, []string{"type 2 diabetes", "asthma", "hypertension"})
			cat = comity.CategorySensitivePersonal
		} else {
			// A resident ID (CN) or an SSN (US) makes a record sensitive
			// under its home's law, and the gate decides on the stricter of
			// the declared and the detected category: only the sensitive
			// records carry one, so that each label is the true one.
			delete(f, "id_number")
			delete(f, "ssn")
		}
		fields, _ := json.Marshal(f)
		out = append(out, &comity.Record{
			ID: fmt.Sprintf("%s-CUST-%06d", j, i+1), Home: j, Controller: controller, Category: cat,
			Subjects: []string{fmt.Sprintf("%s-person-%06d", strings.ToLower(string(j)), i+1)}, Fields: fields,
		})
	}
	return out
}

func pick(rng *rand.Rand, xs []string) string { return xs[rng.IntN(len(xs))] }

var (
	cnSurnames = []string{"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡"}
	cnGiven    = []string{"伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超"}
	cnCities   = []struct{ city, code, district string }{
		{"北京市", "110105", "朝阳区"}, {"上海市", "310104", "徐汇区"}, {"广州市", "440106", "天河区"},
		{"深圳市", "440305", "南山区"}, {"杭州市", "330106", "西湖区"}, {"成都市", "510107", "武侯区"},
	}
	cnStreets = []string{"建国路", "中山路", "人民路", "解放路", "长安街", "南京路"}
)

func cnPerson(rng *rand.Rand) map[string]any {
	c := cnCities[rng.IntN(len(cnCities))]
	birth := fmt.Sprintf("%04d%02d%02d", 1950+rng.IntN(55), 1+rng.IntN(12), 1+rng.IntN(28))
	return map[string]any{
		"name":       pick(rng, cnSurnames) + pick(rng, cnGiven),
		"id_number":  cnResidentID(c.code, birth, rng.IntN(1000)),
		"phone":      fmt.Sprintf("+86 1%d%d %04d %04d", 3+rng.IntN(7), rng.IntN(10), rng.IntN(10000), rng.IntN(10000)),
		"address":    fmt.Sprintf("%s%s%s%d号", c.city, c.district, pick(rng, cnStreets), 1+rng.IntN(300)),
		"birth_date": birth[:4] + "-" + birth[4:6] + "-" + birth[6:],
	}
}

// cnResidentID builds an 18-character GB 11643 citizen identity number with
// its ISO 7064 MOD 11-2 check character.
func cnResidentID(region, birth string, seq int) string {
	body := fmt.Sprintf("%s%s%03d", region, birth, seq)
	weights := []int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}
	sum := 0
	for i, w := range weights {
		sum += int(body[i]-'0') * w
	}
	return body + string("10X98765432"[sum%11])
}

var (
	deFirst   = []string{"Lukas", "Anna", "Leon", "Mia", "Finn", "Emma", "Jonas", "Lea", "Paul", "Hannah", "Felix", "Sophie"}
	deLast    = []string{"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Hoffmann", "Schäfer"}
	deCities  = []struct{ city, zip string }{{"Berlin", "10115"}, {"München", "80331"}, {"Hamburg", "20095"}, {"Köln", "50667"}, {"Frankfurt am Main", "60311"}}
	deStreets = []string{"Hauptstraße", "Schulstraße", "Gartenstraße", "Bahnhofstraße", "Lindenstraße", "Bergstraße"}
)

func dePerson(rng *rand.Rand) map[string]any {
	c := deCities[rng.IntN(len(deCities))]
	return map[string]any{
		"name":       pick(rng, deFirst) + " " + pick(rng, deLast),
		"tax_id":     deTaxID(rng),
		"phone":      fmt.Sprintf("+49 1%d%d %07d", 5+rng.IntN(3), rng.IntN(10), rng.IntN(10000000)),
		"address":    fmt.Sprintf("%s %d, %s %s", pick(rng, deStreets), 1+rng.IntN(120), c.zip, c.city),
		"birth_date": fmt.Sprintf("%04d-%02d-%02d", 1950+rng.IntN(55), 1+rng.IntN(12), 1+rng.IntN(28)),
	}
}

// deTaxID builds an 11-digit Steuerliche Identifikationsnummer: no leading
// zero, in the first ten digits exactly one digit twice (or thrice) and the
// rest once at most, and the ISO 7064 MOD 11,10 check digit.
func deTaxID(rng *rand.Rand) string {
	for {
		d := make([]int, 10)
		d[0] = 1 + rng.IntN(9)
		counts := map[int]int{d[0]: 1}
		for i := 1; i < 10; i++ {
			d[i] = rng.IntN(10)
			counts[d[i]]++
		}
		twice, ok := 0, true
		for _, c := range counts {
			if c == 2 || c == 3 {
				twice++
			} else if c > 3 {
				ok = false
			}
		}
		if !ok || twice != 1 {
			continue
		}
		product := 10
		for _, x := range d {
			sum := (x + product) % 10
			if sum == 0 {
				sum = 10
			}
			product = (sum * 2) % 11
		}
		check := 11 - product
		if check == 10 {
			check = 0
		}
		var b strings.Builder
		for _, x := range d {
			b.WriteByte(byte('0' + x))
		}
		b.WriteByte(byte('0' + check))
		return b.String()
	}
}

var (
	usFirst   = []string{"James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David", "Elizabeth"}
	usLast    = []string{"Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez"}
	usCities  = []struct{ city, state, zip, area string }{{"Springfield", "IL", "62701", "217"}, {"Austin", "TX", "78701", "512"}, {"Portland", "OR", "97201", "503"}, {"Columbus", "OH", "43215", "614"}, {"Denver", "CO", "80202", "303"}}
	usStreets = []string{"Main St", "Oak Ave", "Maple Dr", "Cedar Ln", "Elm St", "Washington Blvd"}
)

func usPerson(rng *rand.Rand) map[string]any {
	c := usCities[rng.IntN(len(usCities))]
	return map[string]any{
		"name":       pick(rng, usFirst) + " " + pick(rng, usLast),
		"ssn":        usSSN(rng),
		"phone":      fmt.Sprintf("+1 %s-%03d-%04d", c.area, 200+rng.IntN(800), rng.IntN(10000)),
		"address":    fmt.Sprintf("%d %s, %s, %s %s", 1+rng.IntN(9999), pick(rng, usStreets), c.city, c.state, c.zip),
		"birth_date": fmt.Sprintf("%04d-%02d-%02d", 1950+rng.IntN(55), 1+rng.IntN(12), 1+rng.IntN(28)),
	}
}

// usSSN returns a number that follows the SSA's rules: area not 000, 666 or
// 900–999; group not 00; serial not 0000.
func usSSN(rng *rand.Rand) string {
	area := 1 + rng.IntN(898)
	if area == 666 {
		area = 667
	}
	return fmt.Sprintf("%03d-%02d-%04d", area, 1+rng.IntN(99), 1+rng.IntN(9999))
}
