package pii

import (
	"bytes"
	"encoding/json"
	"net/netip"
	"strings"
	"testing"
	"testing/iotest"
	"unicode/utf8"

	"github.com/nyaruka/phonenumbers"

	"github.com/comity-project/comity"
)

// fuzzSeeds are texts with every type of finding and near misses.
var fuzzSeeds = []string{
	"Kurs\tKind\tGeb.\nBronze\tMurat\t2017\nAqua\tLea\t2018\n\n",
	"bed 7 - mrs okafor, 80 y/o\nseen by Van Ness-Ho (hospitalist). RE: — Dela Cruz, Ana R, DOB 1/2/50 | (Photo: Ida Berg/AP)\nDR. K LAMBERT\nDr. H. D.",
	"hey minh!! see you\n- kwame\nthanks josh ramirez\nShipped to Austin, TX; Rosalind, whose dog · Ana Ruiz III",
	"4500 County Road 12, Smithville, TX 78957; 2201 US Highway 101 N, Crescent City, CA 95531; 1 Route 9A",
	"Frau Anna Berg, Hauptstraße 5, 2. OG, 10115 Berlin; Weg 1, Whg. 12\n10115 Berlin; Weg 2, 3. ",
	"科苑路88号德国中心1号楼301；淞南村5组18号；香港九龍彌敦道132號美麗華大廈12樓B室；多亏了王雪梅帮忙",
	"PO Box 8812, Boise, ID 83707; RR 2 Box 45, Hazard, KY 41701; Unit 2050 Box 4190\nAPO, AE 09204; PO Box 1",
	"Postfach 10 11 22, 50451 Köln; Postfach 1\n80331 München; Am Alten Markt 3a, 18055 Rostock; Am 3",
	"河北省保定市清苑区东闾乡南王庄村128号；臺北市大安區忠孝東路四段100號5樓；和陈晓东开会；发给欧阳",
	"Action: Monique to follow up\nCall me back, Winifred.\nKannst du Jens fragen, an Korbinian\nName: Ilse Özdemir Ö",
	"Hallo Emmely,\n\nViele Grüße\nLena von Aschenbach\n[09:41] Tyrone O'Brien: ok\nAttendees: Rufus Gallagher, Colleen Brennan",
	"name,address\nXiomara Quist,\"77 Hickory Pike\nSuite 210\nSt. Louis, MO 63101\"\n| Name | Addr |\n|---|---|\n| Ann Lee | x |",
	"Anschrift: Unter den Linden 12 a, D-10117 Berlin; Alte Landstraße 129\n17938 Frankfurt am Main; Dr. Oetker, Robert Bosch GmbH",
	"收件人：欧阳子涵\n地址：上海市黄浦区南京东路467弄6号286室，深圳市南山区黄河北路77号国贸大厦B座1203室\n参会人员：王芳、訾岚 receiver=孙超 ——林雨桐",
	"Contact john.doe+x@mail.example.co.uk, Tel 13812345678, +1 (415) 555-2671, Telefon 030 12345678",
	"身份证号：11010519491231002X 身份证号：110105194912310021 SSN 123-45-6789 SSN: 123456789",
	"card 4111 1111 1111 1111, Amex 378282246310005, IBAN DE89 3704 0044 0532 0130 00, GB82WEST12345698765432",
	"Steuer-ID: 86095742719 Passport No. E12345678 Reisepass C01X00T47 passport #123456789",
	"from 192.168.1.20 via 2001:db8::8a2e:370:7334 hw 00:1A:2B:3C:4D:5E ab:cd:ef:12:34:56 0011.2233.4455",
	"GPS 39.904211, 116.407395; lat -33.868820, lon 151.209290 born on 1985-03-07 geb. 07.03.1985",
	"出生日期：1985年3月7日 DOB: March 7, 1985 She was born 7 March 1985. Dear Mr. John Smith,",
	"姓名：张伟，请联系王小明先生 1600 Pennsylvania Avenue NW, Washington, DC 20500 Hauptstraße 5, 10115 Berlin",
	"地址：北京市朝阳区建国路88号3栋502室 Order 13812345678 hash 123456789012345678901234567890 v1.2.3.4",
	"created 2024-03-15T10:22:33Z at 10:22:33 Invoice 2019/46229 ratio 0.1234, 0.5678 +4111111111111111",
	"\xff\xfe 1\x00@@a@b.cd ::1 1::2 a::b 999.1.1.1 -90.00000,-180.00000 ss# 078-05-1120",
	"Nr. 2 | Ilse-Marie | Vater: Jan Kruse | Mutter: Eva geb. von der Heide\n3: herr vom hagen\nVon Ute Brandt\n 1. KOCH-WEBER Ute,\nLorenz, Erich (80 J.)",
}

func addSeeds(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add([]byte(s))
	}
	for _, s := range addressSeeds {
		f.Add([]byte(s))
	}
}

// FuzzDetect drives the whole detector over arbitrary input and checks
// every finding against its type's validator, then calls each matcher at
// every offset where it could start.
func FuzzDetect(f *testing.F) {
	addSeeds(f)
	structured, err := New(f.Context(), Config{Types: StructuredTypes()})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text []byte) {
		for _, d := range []*Detector{Default, structured} {
			checkNormalised(t, d, text)
		}
		fuzzMatchers(text)
	})
}

// checkNormalised checks Detect on text: the findings in the text as the
// matchers read it, and the same findings mapped back onto text.
func checkNormalised(t *testing.T, d *Detector, text []byte) {
	t.Helper()
	got := d.Detect(text)
	n := normalise(text)
	if n == nil {
		checkFindings(t, text, got)
		return
	}
	raw := d.appendRaw(nil, n.b, 0)
	checkFindings(t, n.b, raw)
	if len(raw) != len(got) {
		t.Fatalf("%d findings in the normalised text, %d mapped back", len(raw), len(got))
	}
	var last int64
	for i, f := range got {
		s, e := n.span(raw[i].Start, raw[i].End)
		if f.Start != s || f.End != e || f.Start < last || f.End <= f.Start || f.End > int64(len(text)) || !utf8.Valid(text[f.Start:f.End]) && utf8.Valid(text) {
			t.Fatalf("finding %+v mapped from %+v badly", f, raw[i])
		}
		last = f.End
	}
}

// checkFindings checks the invariants of a result and re-validates each
// finding's value by its type's rule.
func checkFindings(t *testing.T, text []byte, fs []Finding) {
	t.Helper()
	var last int64
	for _, f := range fs {
		if f.Start < last || f.End <= f.Start || f.End > int64(len(text)) || f.End-f.Start > maxFinding {
			t.Fatalf("finding %+v out of order, outside the input of %d bytes (previous end %d) or longer than maxFinding", f, len(text), last)
		}
		last = f.End
		if f.Type == 0 || f.Type >= numTypes || f.Class != f.Type.Class() || f.Confidence <= 0 || f.Confidence > 1 || f.Validation == "" {
			t.Fatalf("malformed finding %+v", f)
		}
		if why := invalid(text, f); why != "" {
			t.Fatalf("%s finding %q: %s", f.Type, text[f.Start:f.End], why)
		}
	}
}

// invalid re-checks a finding with its type's validator and says what is
// wrong, or returns "".
func invalid(text []byte, f Finding) string {
	v := text[f.Start:f.End]
	digits := func() []byte {
		var d []byte
		for _, c := range v {
			if isDigit(c) {
				d = append(d, c-'0')
			}
		}
		return d
	}
	switch f.Type {
	case Email:
		at := bytes.IndexByte(v, '@')
		if at < 0 || bytes.Count(v, []byte("@")) != 1 {
			return "not one '@'"
		}
		if s, e, ok := matchEmail(text, int(f.Start)+at); !ok || s != int(f.Start) || e != int(f.End) {
			return "matchEmail disagrees"
		}
	case Phone:
		d := digits()
		if len(d) < 8 || len(d) > 15 {
			return "digit count"
		}
		region := strings.TrimPrefix(f.Validation, "phonenumbers:")
		n, err := phonenumbers.Parse(string(v), region)
		if v[0] == '+' {
			n, err = phonenumbers.Parse(string(v), "ZZ")
		}
		if err != nil || !phonenumbers.IsValidNumber(n) {
			return "not valid in the numbering plan of " + region
		}
	case CNResidentID:
		d := digits()
		if len(d) < 17 || len(d) > 18 || len(d) == 17 && v[len(v)-1]|0x20 != 'x' || !validCNID(d[:17], v[len(v)-1]) {
			return "GB 11643 check fails"
		}
	case USSSN:
		if d := digits(); len(d) != 9 || !validSSN(d) {
			return "SSA rules fail"
		}
	case PaymentCard:
		if d := digits(); !luhn(d) || cardIssuer(d) == "" {
			return "Luhn or issuer fails"
		}
	case IBAN:
		if e, ok := matchIBAN(text, int(f.Start)); !ok || e != int(f.End) {
			return "mod 97 fails"
		}
	case DETaxID:
		if !validSteuerID(digits()) {
			return "Steuer-ID check fails"
		}
	case Passport:
		if len(v) != 9 {
			return "not nine characters"
		}
	case IPv4, IPv6:
		a, err := netip.ParseAddr(string(v))
		if err != nil || a.Is4() != (f.Type == IPv4) {
			return "netip rejects it"
		}
	case MAC:
		if e, ok := matchMAC(text, int(f.Start)); !ok || e != int(f.End) {
			return "matchMAC disagrees"
		}
	case GeoLocation:
		lat, e, _, ok := matchDecimal(v, 0)
		if !ok || lat < -90 || lat > 90 || e >= len(v) {
			return "no latitude"
		}
	case DateOfBirth:
		if _, _, _, ok := parseDate(string(v)); !ok {
			return "not a real date"
		}
	}
	return ""
}

// fuzzMatchers calls every matcher at every offset it could be called at,
// so that their bounds checks are exercised beyond what the scan reaches.
func fuzzMatchers(b []byte) {
	s := &scan{d: Default, b: b}
	for i := range b {
		switch {
		case b[i] == '@':
			matchEmail(b, i)
		case isDigit(b[i]):
			matchIPv4(b, i)
			matchGeo(b, i)
			dateAt(b, i)
			readPhone(b, i)
			matchPassport(b, i, i)
			collectGroups(b, i, " -")
			s.address(i, digitRun(b, i))
		case isUpper(b[i]):
			matchIBAN(b, i)
			matchPassport(b, i, min(i+2, len(b)))
			word(b, i)
			monthAt(b, i)
		}
		if isHex(b[i]) {
			matchMAC(b, i)
			matchIPv6(b, i)
		}
	}
	// The check-digit validators on the digits of the input.
	var d []byte
	for _, c := range b {
		d = append(d, c%10)
	}
	for len(d) >= 18 {
		validCNID(d[:17], "0123456789Xx"[d[17]])
		validSteuerID(d[:11])
		validSSN(d[:9])
		luhn(d[:16])
		cardIssuer(d[:16])
		d = d[18:]
	}
}

// FuzzScanner checks that scanning a stream in windows, of any size and
// read in pieces of any size, finds exactly what Detect finds in the whole
// input, and that streamed redaction writes exactly what Text writes.
func FuzzScanner(f *testing.F) {
	for i, s := range fuzzSeeds {
		f.Add([]byte(s), uint16(i*37), uint8(i))
	}
	m, err := NewMinimiser(f.Context(), MinimiserConfig{Key: []byte("fuzzing key of 16+ bytes")})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte, chunk uint16, how uint8) {
		if len(data) == 0 {
			return
		}
		// Repeat the input past several windows.
		text := bytes.Repeat(data, (4*hold)/len(data)+1+int(how%4))
		size := 1 + int(chunk)%(2*hold)
		// Streams read text as written (see Scanner).
		want := Default.appendRaw(nil, text, 0)
		reader := func() *chunker {
			r := bytes.NewReader(text)
			switch how % 3 {
			case 1:
				return newChunker(iotest.HalfReader(r), nil, size)
			case 2:
				return newChunker(iotest.DataErrReader(r), nil, size)
			}
			return newChunker(r, nil, size)
		}
		var got []Finding
		if err := scanChunks(reader(), func(f Finding) error { got = append(got, f); return nil }); err != nil {
			t.Fatal(err)
		}
		checkFindings(t, text, got)
		if len(got) != len(want) {
			t.Fatalf("stream found %d, Detect %d (chunk %d)", len(got), len(want), size)
		}
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("finding %d: stream %+v, Detect %+v (chunk %d)", i, got[i], want[i], size)
			}
		}
		method := []string{MethodRedact, MethodMask, MethodPseudonymise, MethodGeneralise}[how%4]
		wantText := m.apply(text, 0, want, method, "")
		var out bytes.Buffer
		if err := m.stream(&out, reader(), method, ""); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(out.Bytes(), wantText) {
			t.Fatalf("%s: stream wrote %d bytes, Text %d (chunk %d)", method, out.Len(), len(wantText), size)
		}
	})
}

// FuzzRedactText checks text minimisation: redaction removes every detected
// value, and no method breaks UTF-8.
func FuzzRedactText(f *testing.F) {
	for i, s := range fuzzSeeds {
		f.Add([]byte(s), uint8(i), "")
	}
	f.Add([]byte("card 4111 1111 1111 1111"), uint8(1), "0")
	f.Add([]byte("GPS 39.904211, 116.407395"), uint8(3), "3")
	m, err := NewMinimiser(f.Context(), MinimiserConfig{Key: []byte("fuzzing key of 16+ bytes")})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text []byte, how uint8, param string) {
		method := []string{MethodRedact, MethodMask, MethodPseudonymise, MethodGeneralise}[how%4]
		out, err := m.Text(text, method, param)
		if err != nil {
			if comity.ErrorCode(err) != comity.EINVALID {
				t.Fatalf("error %v is not EINVALID", err)
			}
			return
		}
		if utf8.Valid(text) && !utf8.Valid(out) {
			t.Fatalf("%s broke UTF-8: %q", method, out)
		}
		if method == MethodRedact {
			assertRedacted(t, text, out, Default.Detect(text))
		}
	})
}

// assertRedacted checks that every detected value occurs in out fewer times
// than in the input by at least the number of times it was detected.
func assertRedacted(t *testing.T, in, out []byte, fs []Finding) {
	t.Helper()
	detected := map[string]int{}
	for _, f := range fs {
		detected[string(in[f.Start:f.End])]++
	}
	for v, n := range detected {
		if c := bytes.Count(out, []byte(v)); c > bytes.Count(in, []byte(v))-n {
			t.Fatalf("detected value %q survives redaction: %q", v, out)
		}
	}
}

// FuzzMinimise applies each method to a record's fields, whole by path and
// by spans ("*"): the output is valid JSON, and redaction leaves none of
// the values detected in a field.
func FuzzMinimise(f *testing.F) {
	recs := []string{
		`{"name":"John Smith","phone":"+86 138 1234 5678","card":"4111 1111 1111 1111","dob":"1985-03-07"}`,
		`{"loc":{"lat":39.904211,"lon":116.407395},"address":"广东省深圳市南山区科技园路1号","ip":"203.0.113.77"}`,
		`{"contacts":[{"email":"a@example.com"},{"email":"b@example.org"}],"note":"mail x.y@example.com today","qty":2}`,
		`{"resident_id":"11010519491231002X","birth_date":"1949-12-31","address":"北京市朝阳区建国路88号"}`,
		`{"ssn":"123-45-6789","tax_id":"86095742719","x":[1,true,null,"SSN 123-45-6789"],"\u00e9":{}}`,
	}
	for i, r := range recs {
		f.Add([]byte(r), uint8(i), "", "*")
		f.Add([]byte(r), uint8(i+1), "4", "name")
		f.Add([]byte(r), uint8(i+2), "year", "birth_date")
		f.Add([]byte(r), uint8(i+3), "city", "address")
	}
	m, err := NewMinimiser(f.Context(), MinimiserConfig{Key: []byte("fuzzing key of 16+ bytes")})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, fields []byte, how uint8, param, path string) {
		method := []string{MethodRedact, MethodMask, MethodPseudonymise, MethodGeneralise}[how%4]
		ob := comity.Obligation{Kind: "minimise", Method: method, Param: param, Fields: []string{path}}
		out, err := m.Minimise(fields, []comity.Obligation{ob})
		if err != nil {
			if comity.ErrorCode(err) != comity.EINVALID {
				t.Fatalf("error %v is not EINVALID", err)
			}
			return
		}
		if !json.Valid(out) {
			t.Fatalf("%s %q %q: output is not JSON: %s", method, param, path, out)
		}
		if !json.Valid(fields) {
			t.Fatalf("accepted fields that are not JSON: %q", fields)
		}
		if method != MethodRedact || path != "*" {
			return
		}
		// What the gate checks before a release: redacting everything
		// leaves nothing for Verify to find.
		if rs, err := m.Verify(out, []comity.Obligation{ob}); err != nil || len(rs) > 0 {
			t.Fatalf("Verify finds %+v (%v) in %s", rs, err, out)
		}
		// Every string leaf, input and output, in document order.
		var ins, outs []string
		collect := func(raw []byte, into *[]string) {
			rewrite(raw, nil, func(_ []string, leaf json.RawMessage) (json.RawMessage, error) {
				if s, ok := leafText(leaf); ok {
					*into = append(*into, s)
				}
				return nil, nil
			}, nil)
		}
		collect(fields, &ins)
		collect(out, &outs)
		if len(ins) != len(outs) {
			t.Fatalf("%d leaves in, %d out", len(ins), len(outs))
		}
		for i := range ins {
			// In fields, every occurrence of a detected value goes (see
			// withRepeats), not only the detected ones.
			for _, f := range Default.DetectString(ins[i]) {
				if v := ins[i][f.Start:f.End]; len(v) >= 6 && strings.Contains(outs[i], v) {
					t.Fatalf("detected value %q survives redaction: %q", v, outs[i])
				}
			}
		}
	})
}

// FuzzClassify classifies arbitrary fields under each jurisdiction's law:
// the category agrees with the kinds found, every kind is a detector type
// or a Kind constant, and a jurisdiction's category is never stricter than
// the strictest law's.
func FuzzClassify(f *testing.F) {
	f.Add([]byte(`{"name":"王伟","resident_id":"11010519491231002X","diagnosis":"asthma","age":9}`))
	f.Add([]byte(`{"contacts":[{"email":"a@example.com"}],"lat":39.904211,"lon":116.407395,"Religion":"none"}`))
	f.Add([]byte(`{"note":"SSN 123-45-6789, card 4111 1111 1111 1111","x":[[[1]]],"y":null}`))
	f.Add([]byte(`not json a@example.com`))
	kinds := map[string]bool{KindHealth: true, KindBiometric: true, KindGenetic: true, KindReligion: true,
		KindEthnicity: true, KindPolitical: true, KindTradeUnion: true, KindSexLife: true, KindCriminal: true,
		KindMinor: true, KindFinancialAccount: true, KindNationalID: true}
	for _, t := range Types() {
		kinds[t.String()] = true
	}
	rank := map[comity.Category]int{comity.CategoryGeneral: 0, comity.CategoryPersonal: 1, comity.CategorySensitivePersonal: 2}
	var cls []*Classifier
	for _, j := range []comity.Jurisdiction{"", "CN", "DE", "US"} {
		c, err := NewClassifier(f.Context(), ClassifierConfig{Jurisdiction: j})
		if err != nil {
			f.Fatal(err)
		}
		cls = append(cls, c)
	}
	f.Fuzz(func(t *testing.T, fields []byte) {
		strictest, _ := cls[0].Classify(fields)
		for i, c := range cls {
			cat, paths := c.Classify(fields)
			r, ok := rank[cat]
			if !ok || r > rank[strictest] {
				t.Fatalf("classifier %d: category %q (strictest %q)", i, cat, strictest)
			}
			if (len(paths) == 0) != (cat == comity.CategoryGeneral) {
				t.Fatalf("category %s with paths %v", cat, paths)
			}
			for p, ks := range paths {
				for _, k := range ks {
					if !kinds[k] {
						t.Fatalf("path %q: unknown kind %q", p, k)
					}
					if c.sensitive[k] && cat != comity.CategorySensitivePersonal {
						t.Fatalf("sensitive kind %q but category %s", k, cat)
					}
				}
			}
		}
	})
}
