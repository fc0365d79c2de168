package pii

import (
	"math/rand/v2"
	"strings"

	"github.com/nyaruka/phonenumbers"

	"context"
	"testing"
)

func TestDetect(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // "type:value"
	}{
		{"email", "write to john.doe+x@mail.example.co.uk.", []string{"email:john.doe+x@mail.example.co.uk"}},
		{"email without tld", "user@localhost is local", nil},
		{"phone cn mobile", "手机13812345678，", []string{"phone:13812345678"}},
		{"phone us with country code", "call +1 (415) 555-2671 now", []string{"phone:+1 (415) 555-2671"}},
		{"phone us national", "Tel: 212-555-0123", []string{"phone:212-555-0123"}},
		{"phone de", "Telefon 030 12345678", []string{"phone:030 12345678"}},
		{"phone de international", "+49 89 1234567", []string{"phone:+49 89 1234567"}},
		{"date is not a phone", "on 2024-03-15 we met", nil},
		{"order number is not a phone", "Order 13812345678 shipped", nil},
		{"cn id", "身份证号：11010519491231002X", []string{"cn_resident_id:11010519491231002X"}},
		{"cn id wrong check", "身份证号：110105194912310021", nil},
		{"cn id bad date", "ID 110105194913310025", nil},
		{"ssn", "SSN 123-45-6789.", []string{"us_ssn:123-45-6789"}},
		{"ssn area 666", "SSN 666-45-6789", nil},
		{"ssn unformatted needs context", "number 123456789 here", nil},
		{"ssn unformatted with context", "SSN: 123456789", []string{"us_ssn:123456789"}},
		{"visa spaced", "card 4111 1111 1111 1111 ok", []string{"payment_card:4111 1111 1111 1111"}},
		{"amex", "Amex 378282246310005", []string{"payment_card:378282246310005"}},
		{"card bad luhn", "card 4111 1111 1111 1112", nil},
		{"iban grouped", "IBAN DE89 3704 0044 0532 0130 00", []string{"iban:DE89 3704 0044 0532 0130 00"}},
		{"iban compact gb", "GB82WEST12345698765432", []string{"iban:GB82WEST12345698765432"}},
		{"iban bad check", "DE88 3704 0044 0532 0130 00", nil},
		{"steuer-id", "Steuer-ID: 86095742719", []string{"de_tax_id:86095742719"}},
		{"steuer-id bad check", "Steuer-ID: 86095742718", nil},
		{"passport cn", "Passport No. E12345678", []string{"passport:E12345678"}},
		{"passport de", "Reisepass C01X00T47", []string{"passport:C01X00T47"}},
		{"passport needs context", "Ref E12345678", nil},
		{"ipv4", "from 192.168.1.20.", []string{"ipv4:192.168.1.20"}},
		{"version is not ipv4", "v1.2.3.4", nil},
		{"ipv4 octet range", "at 300.1.1.1", nil},
		{"loopback is no one's", "listen on 127.0.0.1:7443 or 0.0.0.0", nil},
		{"negative number is no phone", "t := Unix(-19012425939, 0)", nil},
		{"ipv6", "via 2001:db8::8a2e:370:7334", []string{"ipv6:2001:db8::8a2e:370:7334"}},
		{"time is not ipv6", "at 10:22:33", nil},
		{"mac", "hw 00:1A:2B:3C:4D:5E", []string{"mac:00:1A:2B:3C:4D:5E"}},
		{"mac letters first", "hw ab:cd:ef:12:34:56", []string{"mac:ab:cd:ef:12:34:56"}},
		{"mac after a label", "MAC:00:1A:2B:3C:4D:5E", []string{"mac:00:1A:2B:3C:4D:5E"}},
		{"seven hex groups are no mac", "mask AA:BB:CC:DD:EE:FF:00", nil},
		{"ipv6 after a label", "IP:fe80::1ff:fe23:4567:890a", []string{"ipv6:fe80::1ff:fe23:4567:890a"}},
		{"nanp without area code is no phone", "Tel: 10234567890", nil},
		{"us number with trunk 1", "Tel: 12129147209", []string{"phone:12129147209"}},
		{"serial is no card", "Serial 4111111111111111", nil},
		{"phone before a sentence with a number", "Tel: 303-680-1160. 611875483299189315", []string{"phone:303-680-1160"}},
		{"us phone region", "Tel: (212) 555-0123", []string{"phone:(212) 555-0123"}},
		{"passport de letters only", "Passnummer: KGPJGGNPT", []string{"passport:KGPJGGNPT"}},
		{"passport us by country word", "US passport E71316567.", []string{"passport:E71316567"}},
		{"geo", "GPS 39.904211, 116.407395", []string{"geolocation:39.904211, 116.407395"}},
		{"geo imprecise", "GPS 39.9, 116.4", nil},
		{"dob iso", "born on 1985-03-07", []string{"date_of_birth:1985-03-07"}},
		{"dob de", "geb. 07.03.1985", []string{"date_of_birth:07.03.1985"}},
		{"dob cn", "出生日期：1985年3月7日", []string{"date_of_birth:1985年3月7日"}},
		{"dob month", "DOB: March 7, 1985", []string{"date_of_birth:March 7, 1985"}},
		{"date without context", "meeting on 1985-03-07", nil},
		{"name title", "Dear Mr. John Smith,", []string{"person_name:John Smith"}},
		{"name dictionary", "Maria Garcia wrote", []string{"person_name:Maria Garcia"}},
		{"name cn label", "姓名：张伟，", []string{"person_name:张伟"}},
		{"name cn honorific", "请联系王小明先生", []string{"person_name:王小明"}},
		{"name cn rare surname after label", "申请人：亓轩志。", []string{"person_name:亓轩志"}},
		{"name mc", "Patient: Dayana McClure.", []string{"person_name:Dayana McClure"}},
		{"address us", "1600 Pennsylvania Avenue NW, Washington, DC 20500", []string{"postal_address:1600 Pennsylvania Avenue NW, Washington, DC 20500"}},
		{"address de", "Hauptstraße 5, 10115 Berlin", []string{"postal_address:Hauptstraße 5, 10115 Berlin"}},
		{"address cn", "地址：北京市朝阳区建国路88号", []string{"postal_address:北京市朝阳区建国路88号"}},
		{"long digit run", "hash 123456789012345678901234567890", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, f := range Default.DetectString(tt.text) {
				got = append(got, f.Type.String()+":"+tt.text[f.Start:f.End])
				if f.Validation == "" || f.Confidence <= 0 || f.Confidence > 1 || f.Class != f.Type.Class() {
					t.Errorf("finding %+v lacks validation, confidence or class", f)
				}
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %q, want %q", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("got %q, want %q", got, tt.want)
				}
			}
		})
	}
}

func TestConfigTypes(t *testing.T) {
	d, err := New(context.Background(), Config{Types: []Type{Email}})
	if err != nil {
		t.Fatal(err)
	}
	fs := d.DetectString("a@example.com 13812345678")
	if len(fs) != 1 || fs[0].Type != Email {
		t.Fatalf("got %+v, want only the email", fs)
	}
	if _, err := New(context.Background(), Config{Regions: []string{"XX"}}); err == nil {
		t.Error("unknown region accepted")
	}
}

func TestParseType(t *testing.T) {
	for _, ty := range Types() {
		got, err := ParseType(ty.String())
		if err != nil || got != ty {
			t.Errorf("ParseType(%q) = %v, %v", ty, got, err)
		}
	}
	if _, err := ParseType("nope"); err == nil {
		t.Error("unknown type parsed")
	}
}

// TestFastPhoneAgrees checks fastPhone against phonenumbers' parser on
// numbers written in the ways the detector reads, valid and not.
func TestFastPhoneAgrees(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	digits := func(n int) string {
		var sb strings.Builder
		for range n {
			sb.WriteByte(byte('0' + r.IntN(10)))
		}
		return sb.String()
	}
	formats := []func() (string, string){
		func() (string, string) { return "1" + string("3456789"[r.IntN(7)]) + digits(9), "CN" },
		func() (string, string) { return "0" + digits(2+r.IntN(2)) + " " + digits(7+r.IntN(2)), "CN" },
		func() (string, string) { return "+86 1" + digits(10), "" },
		func() (string, string) { return "(" + digits(3) + ") " + digits(3) + "-" + digits(4), "US" },
		func() (string, string) { return "1-" + digits(3) + "-" + digits(3) + "-" + digits(4), "US" },
		func() (string, string) { return "+1 " + digits(3) + " " + digits(3) + " " + digits(4), "" },
		func() (string, string) { return "0" + digits(2+r.IntN(3)) + " " + digits(5+r.IntN(4)), "DE" },
		func() (string, string) { return "+49 1" + digits(9+r.IntN(2)), "" },
		func() (string, string) { return "+49 " + digits(2+r.IntN(3)) + " " + digits(5+r.IntN(4)), "" },
	}
	valid, decided := 0, 0
	for range 6000 {
		s, region := formats[r.IntN(len(formats))]()
		got, ok := fastPhone([]byte(s), region)
		if !ok {
			continue
		}
		decided++
		want := ""
		if region == "" {
			if n, err := phonenumbers.Parse(s, "ZZ"); err == nil && phonenumbers.IsValidNumber(n) {
				want = phonenumbers.GetRegionCodeForNumber(n)
			}
		} else if n, err := phonenumbers.Parse(s, region); err == nil && phonenumbers.IsValidNumberForRegion(n, region) {
			want = region
		}
		if got != want {
			t.Errorf("fastPhone(%q, %q) = %q, parser says %q", s, region, got, want)
		}
		if want != "" {
			valid++
		}
	}
	t.Logf("%d decided by the fast path, %d of them valid", decided, valid)
	if valid < 300 {
		t.Errorf("only %d valid numbers tried", valid)
	}
}
