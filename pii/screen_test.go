package pii

import (
	"slices"
	"strings"
	"testing"

	"github.com/comity-project/comity"
)

func TestScreenFindInID(t *testing.T) {
	for _, tc := range []struct {
		id   string
		want []string
	}{
		{"CN-LinXiaohong-13912345678-110101199003074258", []string{"cn_resident_id", "person_name", "phone"}},
		{"CN-13912345678", []string{"phone"}},
		{"CN-139-1234-5678", []string{"phone"}},
		{"CN-cust.110101199003074258", []string{"cn_resident_id"}},
		{"US-536-22-1234", []string{"us_ssn"}},
		{"US-client-536-22-1234", []string{"us_ssn"}},
		{"DE-4111111111111111", []string{"payment_card"}},
		{"DE-DE89370400440532013000", []string{"iban"}},
		{"CN-0000012", nil},
		{"CN-ACME-2024-000123", nil},
		{"CN-cust-48213", nil},
		{"DE-order_2024-03-15_0007", nil},
		{"CN-T-3f9a8b1c2d4e5f60718293a4", nil},
		{"CN-J-2026-000123", nil},
		{"DE-US-MLAT-2003", nil},
		{"US-inv:2025:00042", nil},
		{"CN-3F9A8B1C-2D4E-5F60-7182-93A4B5C6D7E8", nil},
	} {
		if got := (Screen{}).Find(tc.id); !slices.Equal(got, tc.want) {
			t.Errorf("Find(%q) = %v, want %v", tc.id, got, tc.want)
		}
	}
}

// TestScreenGeneratedIDs: ids that the node generates are never refused.
func TestScreenGeneratedIDs(t *testing.T) {
	for i := range 20000 {
		id := comity.NewRecordID("CN")
		if c := id[3]; c < '0' || c > '9' {
			// CN-TR66NPS1TRPDG78YH4RN1MMK3X passed an IBAN's check.
			t.Fatalf("generated id %s does not begin with a digit", id)
		}
		if got := (Screen{}).Find(id); len(got) > 0 {
			t.Fatalf("generated id %d %s: found %v", i, id, got)
		}
	}
}

func TestScreenFind(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"call Lin Xiaohong at +86 139 1234 5678 about ID 110101199003074258", []string{"cn_resident_id", "person_name", "phone"}},
		{"write to lin@example.cn", []string{"email"}},
		{"customer-service", nil},
		{"2026-12-01T14:33:46.123456789Z", nil},
		{"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", nil},
		{"root 47DEQpj8HBSa+/TImW+5JCe/4150123456+uQeRkm5NMpJWZG3hSuFU= differs", nil},
		{"the order for case CN-J-2026-000123 was executed already; an order is executed once", nil},
	} {
		if got := (Screen{}).Find(tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("Find(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestCheckTextNeverEchoes(t *testing.T) {
	text := "call +86 139 1234 5678"
	err := comity.CheckText(Screen{}, "purpose", text)
	if err == nil || comity.ErrorCode(err) != comity.EINVALID {
		t.Fatalf("CheckText = %v, want EINVALID", err)
	}
	if msg := err.Error(); strings.Contains(msg, "139") || !strings.Contains(msg, "purpose") || !strings.Contains(msg, "phone") {
		t.Fatalf("message %q: want the field and the kind, never the value", msg)
	}
}

// FuzzScreenFind: any text, however built, yields known kind names in
// order, and Find finds at least what the detector finds in it as prose.
func FuzzScreenFind(f *testing.F) {
	f.Add("CN-LinXiaohong-13912345678-110101199003074258")
	f.Add("US-client-536-22-1234")
	f.Add("DE-~.:_/+=,;|a1B2")
	f.Add("47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=")
	f.Fuzz(func(t *testing.T, id string) {
		got := (Screen{}).Find(id)
		if !slices.IsSorted(got) {
			t.Fatalf("kinds %v not sorted", got)
		}
		for _, k := range got {
			if _, err := ParseType(k); err != nil {
				t.Fatalf("unknown kind %q", k)
			}
		}
		for _, k := range kinds(Default.DetectString(id), nil) {
			if !slices.Contains(got, k) {
				t.Fatalf("the detector found %s, Find did not", k)
			}
		}
	})
}

// BenchmarkScreenFind measures screening one record id, as create and
// import do for every record.
func BenchmarkScreenFind(b *testing.B) {
	ids := []string{comity.NewRecordID("CN"), "CN-CUST-000001", "CN-LinXiaohong-13912345678-110101199003074258"}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		(Screen{}).Find(ids[i%len(ids)])
	}
}

// TestScreenJurisdictionLists: signer and member lists that ledger entries
// carry ("DE,US") are no names, though "DE" is also a particle ("DE LA
// CRUZ"): the rulebook and manifest entries could not be logged.
func TestScreenJurisdictionLists(t *testing.T) {
	for _, text := range []string{"DE,US", "DE,FR", "DE,FR,US", "CN,DE,FR,US", "DE US", "VON ZU"} {
		if got := (Screen{}).Find(text); len(got) > 0 {
			t.Errorf("Find(%q) = %v, want nothing", text, got)
		}
	}
	if got := (Screen{}).Find("Name: VON ARNIM, Lea"); len(got) == 0 {
		t.Error("a surname in capitals after a particle is no longer found")
	}
}
