package audit

import (
	"bytes"
	"cmp"
	"encoding/json"
	"slices"
	"strconv"
)

// Screen finds personal information in text, naming its kinds ("phone",
// "cn_resident_id") and never the text. pii.Screen implements it; the
// auditor brings its own detector, so anyone can check a log, not only
// its node.
type Screen interface {
	Find(text string) []string
}

// Finding is personal information in an entry: the entry's index, the
// member that holds it ("purpose", "detail.reason", "record_ids.0") and
// the kinds found.
type Finding struct {
	Index  uint64   `json:"index"`
	Member string   `json:"member"`
	Kinds  []string `json:"kinds"`
}

// opaque are the top-level members that hold no text: the version, the
// time (checked by decoding) and the pseudonyms and commitments, which are
// random or keyed hashes whose base64 could only match by accident.
var opaque = map[string]bool{"v": true, "time": true, "subjects": true, "records": true, "record_ids_sha256": true}

// memberName is k as a finding names it: an empty name is shown quoted, so
// that every finding says where it is.
func memberName(k string) string {
	if k == "" {
		return `""`
	}
	return k
}

// scanEntry returns what s finds in every text member (and member name) of
// the encoded entry at index, whatever its version, in member order.
func scanEntry(s Screen, index uint64, raw []byte) []Finding {
	var doc map[string]any
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	if dec.Decode(&doc) != nil {
		return nil // decodeEntry reports it
	}
	var out []Finding
	add := func(member string, kinds []string) {
		if len(kinds) > 0 {
			out = append(out, Finding{Index: index, Member: member, Kinds: kinds})
		}
	}
	var walk func(path string, v any)
	walk = func(path string, v any) {
		switch v := v.(type) {
		case string:
			add(path, s.Find(v))
		case []any:
			for i, x := range v {
				walk(path+"."+strconv.Itoa(i), x)
			}
		case map[string]any:
			for k, x := range v {
				add(path+"."+memberName(k)+" (its name)", s.Find(k))
				walk(path+"."+memberName(k), x)
			}
		}
	}
	for k, v := range doc {
		if opaque[k] {
			continue
		}
		add(memberName(k)+" (its name)", s.Find(k))
		walk(memberName(k), v)
	}
	slices.SortFunc(out, func(a, b Finding) int { return cmp.Compare(a.Member, b.Member) })
	return out
}
