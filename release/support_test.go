package release_test

import (
	"testing"
	"time"

	"github.com/comity-project/comity/release"
)

func TestParseSupportUntil(t *testing.T) {
	for in, want := range map[string]time.Time{
		"2028-12-31":                time.Date(2029, 1, 1, 0, 0, 0, 0, time.UTC),
		"2028-12-31T12:00:00Z":      time.Date(2028, 12, 31, 12, 0, 0, 0, time.UTC),
		"2028-12-31T12:00:00+08:00": time.Date(2028, 12, 31, 4, 0, 0, 0, time.UTC),
	} {
		if got, err := release.ParseSupportUntil(in); err != nil || !got.Equal(want) {
			t.Errorf("ParseSupportUntil(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for _, bad := range []string{"", "2028", "31/12/2028", "next year", "2028-13-01", "0001-01-01T00:00:00Z"} {
		if _, err := release.ParseSupportUntil(bad); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}

func FuzzParseSupportUntil(f *testing.F) {
	f.Add("2028-12-31")
	f.Add("2028-12-31T12:00:00+08:00")
	f.Fuzz(func(t *testing.T, s string) {
		got, err := release.ParseSupportUntil(s)
		if err != nil {
			return
		}
		if got.Location() != time.UTC || got.Year() < 1970 || got.Year() > 10000 {
			t.Fatalf("%q accepted as %v", s, got)
		}
	})
}
