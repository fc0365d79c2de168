package advisory

import (
	"testing"
	"time"
)

func TestParseDuties(t *testing.T) {
	d, err := ParseDuties([]string{"early_warning:24h", "notification:72h", "final_report:14d@remedy"}, "exploited")
	if err != nil || !d.ExploitedOnly || len(d.List) != 3 || d.List[2] != (Duty{Stage: "final_report", Within: 14 * 24 * time.Hour, FromRemedy: true}) {
		t.Fatalf("%+v %v", d, err)
	}
	if d, err := ParseDuties([]string{"report:2d"}, ""); err != nil || d.ExploitedOnly || d.List[0].Within != 48*time.Hour {
		t.Fatalf("%+v %v", d, err)
	}
	for _, bad := range [][]string{{"report"}, {"Report:2d"}, {"report:0h"}, {"report:-1h"}, {"report:2d@aware"}, {"report:xd"},
		{"report:4000d"}, {"a:1h", "a:2h"}, {":1h"}} {
		if _, err := ParseDuties(bad, "all"); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
	if _, err := ParseDuties(nil, "some"); err == nil {
		t.Error("scope some accepted")
	}
}

func FuzzParseDuties(f *testing.F) {
	f.Add("early_warning:24h", "final_report:14d@remedy", "exploited")
	f.Add("report:2d", "", "all")
	f.Fuzz(func(t *testing.T, a, b, scope string) {
		d, err := ParseDuties([]string{a, b}, scope)
		if err != nil {
			return
		}
		for _, o := range d.List {
			if o.Within <= 0 || !validStage(o.Stage) {
				t.Fatalf("accepted %+v", o)
			}
		}
	})
}

func TestParseRemedyWithin(t *testing.T) {
	if d, err := ParseRemedyWithin("14d"); err != nil || d != 14*24*time.Hour {
		t.Fatalf("%v %v", d, err)
	}
	for _, bad := range []string{"", "0d", "-3h", "soon", "99999d"} {
		if _, err := ParseRemedyWithin(bad); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}

func FuzzParseRemedyWithin(f *testing.F) {
	f.Add("14d")
	f.Add("720h")
	f.Fuzz(func(t *testing.T, s string) {
		if d, err := ParseRemedyWithin(s); err == nil && (d <= 0 || d > 3660*24*time.Hour) {
			t.Fatalf("%q accepted as %v", s, d)
		}
	})
}
