package release

import (
	"fmt"
	"slices"

	"github.com/comity-project/comity"
)

// Alarm kinds a Monitor raises.
const (
	// AlarmUnannounced: a release of a watched product that the vendor's
	// own feed does not list (or lists with other digests).
	AlarmUnannounced = "unannounced-release"
	// AlarmForeignKey: a release signed by a key outside the vendor's
	// registered set as the trust file knows it, or whose signature does
	// not verify under it.
	AlarmForeignKey = "foreign-key"
	// AlarmUnknownKeyEvent: a key registered, rotated or revoked on the log
	// that the trust file does not know: refresh the trust file and check
	// with the vendor.
	AlarmUnknownKeyEvent = "unknown-key-event"
)

// Announcement is one release in a vendor's own feed.
type Announcement struct {
	PURL    string   `json:"purl"`
	Digests []string `json:"digests,omitempty"` // SHA-256 hex; empty: not checked
}

// Alarm is one finding of a Monitor.
type Alarm struct {
	Kind   string `json:"kind"`
	Log    string `json:"log"`
	Index  uint64 `json:"index"`
	Vendor string `json:"vendor"`
	PURL   string `json:"purl,omitempty"`
	KeyID  string `json:"keyid,omitempty"`
	Reason string `json:"reason"`
}

// Monitor follows one vendor's entries on its home log.
type Monitor struct {
	Trust  *Trust
	Log    string
	Home   comity.Jurisdiction
	Vendor string
	// Products are the watched product purls (without version); empty
	// watches every product of the vendor.
	Products []string
	// Feed is what the vendor announced, by purl with version.
	Feed map[string]Announcement
}

// Check examines one log entry and returns the alarms it raises. Entries
// of other vendors, and refused attempts, raise none.
func (m *Monitor) Check(index uint64, raw []byte) []Alarm {
	e, err := ParseLogEntry(raw)
	if err != nil || e.Vendor != m.Vendor || comity.Jurisdiction(e.Home) != m.Home || e.Outcome != string(comity.Allow) {
		return nil
	}
	alarm := func(kind, reason string) []Alarm {
		return []Alarm{{Kind: kind, Log: m.Log, Index: index, Vendor: m.Vendor, PURL: e.Detail["purl"], KeyID: e.Detail["keyid"], Reason: reason}}
	}
	switch {
	case e.Kind == string(KindKey):
		k, ok := m.Trust.KeyRecord(m.Home, m.Vendor, e.Detail["keyid"])
		if !ok || k.Index > index || (e.Event() == EventKeyRevoked && k.Revoked == nil) {
			return alarm(AlarmUnknownKeyEvent, fmt.Sprintf("key %s %s on the log, not in the trust file", short(e.Detail["keyid"]), e.Event()))
		}
		return nil
	case !e.IsRelease():
		return nil
	}
	if len(m.Products) > 0 && !slices.Contains(m.Products, e.Detail["product"]) {
		return nil
	}
	var out []Alarm
	env, err := e.Envelope()
	if err == nil {
		keys := m.Trust.VendorKeys(m.Home, m.Vendor)
		if _, err = env.VerifyBy(keys); err == nil {
			k, _ := m.Trust.KeyRecord(m.Home, m.Vendor, e.Detail["keyid"])
			if k.Revoked == nil { // a revoked key is known; its releases are void, not foreign
				err = k.validAt(e.At())
			}
		}
	}
	if err != nil {
		out = append(out, alarm(AlarmForeignKey, err.Error())...)
	}
	a, ok := m.Feed[e.Detail["purl"]]
	if !ok {
		return append(out, alarm(AlarmUnannounced, "the vendor's feed does not announce this release")...)
	}
	if len(a.Digests) > 0 && env != nil {
		if st, err := ParseStatement(env.Payload); err == nil {
			want := slices.Clone(a.Digests)
			slices.Sort(want)
			if !slices.Equal(slices.Compact(want), st.Digests()) {
				out = append(out, alarm(AlarmUnannounced, "the logged artefacts differ from the feed's")...)
			}
		}
	}
	return out
}
