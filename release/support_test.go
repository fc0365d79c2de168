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
	for _, bad := range []string{"", "2028", "31/12/2028", "next year", "2028-13-01", "0001-01-01T00:00:00Z", "0000-10-01", "1969-12-31"} {
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

// TestCheckDeclaration: a follower takes a declaration in only when the log
// entry its receipt proves says exactly that: a peer that misstates the end,
// hides a shortening or points at another entry is caught.
func TestCheckDeclaration(t *testing.T) {
	rec := &release.Record{Product: "pkg:generic/acme/tool", Version: "1.0.0", Vendor: "Acme"}
	entry := func(detail string) *release.LogEntry {
		t.Helper()
		e, err := release.ParseLogEntry([]byte(`{"v":2,"kind":"release","time":"2026-01-01T00:00:00Z","node":"n","requester":"Acme","outcome":"allow","detail":` + detail + `}`))
		if err != nil {
			t.Fatal(err)
		}
		return e
	}
	shortened := entry(`{"event":"support","product":"pkg:generic/acme/tool","version":"1.0.0","support_until":"2027-01-01","shortened_from":"2030-01-01"}`)
	if err := release.CheckDeclaration(rec, &release.Declaration{Until: "2027-01-01", ShortenedFrom: "2030-01-01", Index: 5}, shortened); err != nil {
		t.Fatalf("a true declaration: %v", err)
	}
	for name, c := range map[string]struct {
		d release.Declaration
		e *release.LogEntry
	}{
		"another end":        {release.Declaration{Until: "2031-01-01", ShortenedFrom: "2030-01-01"}, shortened},
		"shortening hidden":  {release.Declaration{Until: "2027-01-01"}, shortened},
		"another release":    {release.Declaration{Until: "2027-01-01", ShortenedFrom: "2030-01-01"}, entry(`{"event":"support","product":"pkg:generic/acme/other","version":"1.0.0","support_until":"2027-01-01","shortened_from":"2030-01-01"}`)},
		"not a declaration":  {release.Declaration{Until: "2027-01-01"}, entry(`{"event":"yank","product":"pkg:generic/acme/tool","version":"1.0.0","support_until":"2027-01-01"}`)},
		"release unsigned":   {release.Declaration{Until: "2027-01-01"}, entry(`{"event":"release","product":"pkg:generic/acme/tool","version":"1.0.0","support_until":"2027-01-01"}`)},
		"no date on the log": {release.Declaration{Until: "soon"}, entry(`{"event":"support","product":"pkg:generic/acme/tool","version":"1.0.0","support_until":"soon"}`)},
	} {
		if err := release.CheckDeclaration(rec, &c.d, c.e); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}
