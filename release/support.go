package release

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/comity-project/comity"
)

// EventSupport is the event of a declaration, after a release, of how long
// its vendor supplies security fixes for it (Detail "support_until", and
// "shortened_from" when it ends earlier than the declaration before it).
const EventSupport = "support"

// Declaration is one logged statement of a vendor's support period for a
// release: the first is the release's own (its signed predicate's
// supportUntil), later ones are EventSupport entries.
type Declaration struct {
	// Until is the declared end as written: an RFC 3339 date (support
	// through that day, UTC) or date-time.
	Until string `json:"support_until"`
	// ShortenedFrom is the end the previous declaration gave, when this one
	// ends earlier: the support period was shortened after the fact.
	ShortenedFrom string          `json:"shortened_from,omitempty"`
	Logged        time.Time       `json:"logged"`
	Index         uint64          `json:"log_index"`
	Receipt       *comity.Receipt `json:"receipt,omitempty"`
}

// ParseSupportUntil reads a declared end of support: an RFC 3339 date
// ("2028-12-31", through the end of that day in UTC) or date-time. It
// returns the first instant no longer supported.
func ParseSupportUntil(s string) (time.Time, error) {
	t, err := time.Parse(time.DateOnly, s)
	date := err == nil
	if !date {
		t, err = time.Parse(time.RFC3339, s)
	}
	if err != nil || len(s) > 64 {
		return time.Time{}, fmt.Errorf("support until %q: want an RFC 3339 date (2028-12-31) or date-time", s)
	}
	if t.Year() < 1970 || t.Year() > 9999 {
		return time.Time{}, fmt.Errorf("support until %q: year out of range", s)
	}
	if date {
		return t.AddDate(0, 0, 1), nil // through the end of that day
	}
	return t.UTC(), nil
}

// SupportEnds returns when the release's latest declared support ends; ok
// is false when none was declared.
func (r *Record) SupportEnds() (end time.Time, ok bool) {
	if len(r.Support) == 0 {
		return time.Time{}, false
	}
	end, err := ParseSupportUntil(r.Support[len(r.Support)-1].Until)
	return end, err == nil
}

func supportEntry(node string, by *comity.Principal, product, version, until, shortenedFrom string) *comity.Entry {
	e := &comity.Entry{Kind: KindRelease, Time: comity.Now(), Node: node, Requester: by.Organisation,
		RequesterIn: by.Jurisdiction, Outcome: comity.Allow,
		Detail: map[string]string{"event": EventSupport, "product": product, "version": version, "support_until": until}}
	if shortenedFrom != "" {
		e.Detail["shortened_from"] = shortenedFrom
	}
	return e
}

// DeclareSupport logs a new declaration of how long the vendor supplies
// security fixes for one of its releases. A declaration may lengthen or
// shorten the period; one that ends earlier than the declaration before it
// is logged with "shortened_from": evidence, on the log, that the support a
// customer relied on was cut after the fact. Declaring the same end again
// changes nothing.
func (s *Service) DeclareSupport(ctx context.Context, by *comity.Principal, purl, until string) (*Record, error) {
	if err := s.vendorOf(by); err != nil {
		return nil, err
	}
	until = strings.TrimSpace(until)
	end, err := ParseSupportUntil(until)
	if err != nil {
		return nil, comity.Errorf(comity.EINVALID, "%v", err)
	}
	product, version, err := SplitPURL(purl)
	if err != nil {
		return nil, err
	}
	rec, err := s.cfg.Store.Release(ctx, product, version)
	if err != nil {
		return nil, err
	}
	if !rec.Logged || rec.Vendor != by.Organisation {
		return nil, comity.Errorf(comity.ENOTFOUND, "no release %s@%s of %s", product, version, by.Organisation)
	}
	var shortened string
	if prev, ok := rec.SupportEnds(); ok {
		last := rec.Support[len(rec.Support)-1].Until
		if last == until {
			return rec, nil
		}
		if end.Before(prev) {
			shortened = last
		}
	}
	r, err := s.cfg.Ledger.Commit(ctx, supportEntry(s.cfg.NodeName, by, product, version, until, shortened))
	if err != nil {
		return nil, err
	}
	rec.Support = append(rec.Support, Declaration{Until: until, ShortenedFrom: shortened, Logged: r.Time, Index: r.Index, Receipt: r})
	if err := s.cfg.Store.UpdateRelease(ctx, rec); err != nil {
		return nil, err
	}
	if s.cfg.OnSupport != nil {
		s.cfg.OnSupport()
	}
	return rec, nil
}

// CheckDeclaration checks that e, the log entry a declaration's receipt
// proves, is that declaration of rec's product and version: the release
// entry whose signed statement declares it, or an EventSupport entry.
func CheckDeclaration(rec *Record, d *Declaration, e *LogEntry) error {
	bad := func(why string) error {
		return errorf(ErrEntry, "support of %s@%s declared at entry %d: %s", rec.Product, rec.Version, d.Index, why)
	}
	if e.Kind != string(KindRelease) || e.Outcome != string(comity.Allow) || e.Detail["product"] != rec.Product || e.Detail["version"] != rec.Version {
		return bad("the entry is not about this release")
	}
	switch e.Event() {
	case EventRelease:
		env, err := e.Envelope()
		if err != nil {
			return bad(err.Error())
		}
		st, err := ParseStatement(env.Payload)
		if err != nil || st.Predicate.SupportUntil != d.Until || d.ShortenedFrom != "" {
			return bad("the signed statement declares another support period")
		}
	case EventSupport:
		if e.Detail["support_until"] != d.Until || e.Detail["shortened_from"] != d.ShortenedFrom {
			return bad("the entry declares another support period")
		}
	default:
		return bad("not a declaration")
	}
	if _, err := ParseSupportUntil(d.Until); err != nil {
		return bad(err.Error())
	}
	return nil
}
