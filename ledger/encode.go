package ledger

import (
	"encoding/base64"
	"slices"
	"strconv"

	"github.com/comity-project/comity"
)

// appendWire appends w as encoding/json marshals it, byte for byte: the
// members in declaration order, empty ones omitted as their tags say,
// strings escaped as encoding/json escapes them (HTML characters, U+2028
// and U+2029 as \u escapes; invalid UTF-8 as \ufffd), detail keys sorted.
// The entry's bytes are its canonical form, so this must never differ from
// json.Marshal (FuzzAppendWire holds it to that); it exists because the
// reflection walk was a tenth of a commit's CPU.
func appendWire(b []byte, w *wireEntry) []byte {
	b = append(b, `{"v":`...)
	b = strconv.AppendInt(b, int64(w.V), 10)
	b = appendMember(b, "kind", w.Kind)
	b = appendMember(b, "time", w.Time)
	b = appendMember(b, "node", w.Node)
	b = appendOptional(b, "requester", w.Requester)
	b = appendOptional(b, "requester_jurisdiction", w.RequesterIn)
	b = appendOptional(b, "principal", w.Principal)
	b = appendOptional(b, "action", w.Action)
	b = appendOptional(b, "purpose", w.Purpose)
	b = appendOptional(b, "legal_basis", w.LegalBasis)
	b = appendOptional(b, "destination", w.Destination)
	if len(w.RecordIDs) > 0 {
		b = appendStrings(append(b, `,"record_ids":`...), w.RecordIDs)
	}
	if w.RecordCount != 0 {
		b = strconv.AppendInt(append(b, `,"record_count":`...), int64(w.RecordCount), 10)
	}
	if len(w.RecordHash) > 0 {
		b = appendBytes(append(b, `,"record_ids_sha256":`...), w.RecordHash)
	}
	if w.Records != nil {
		b = appendTags(append(b, `,"records":`...), w.Records)
	}
	if w.Subjects != nil {
		b = appendTags(append(b, `,"subjects":`...), w.Subjects)
	}
	if len(w.Categories) > 0 {
		b = appendStrings(append(b, `,"categories":`...), w.Categories)
	}
	b = appendOptional(b, "outcome", w.Outcome)
	if len(w.Policies) > 0 {
		b = appendStrings(append(b, `,"policies":`...), w.Policies)
	}
	if len(w.Obligations) > 0 {
		b = append(b, `,"obligations":[`...)
		for i := range w.Obligations {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendObligation(b, &w.Obligations[i])
		}
		b = append(b, ']')
	}
	if len(w.Approvals) > 0 {
		b = appendStrings(append(b, `,"approvals":`...), w.Approvals)
	}
	if len(w.Detail) > 0 {
		keys := make([]string, 0, len(w.Detail))
		for k := range w.Detail {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		b = append(b, `,"detail":{`...)
		for i, k := range keys {
			if i > 0 {
				b = append(b, ',')
			}
			b = comity.AppendJSONString(append(comity.AppendJSONString(b, k), ':'), w.Detail[k])
		}
		b = append(b, '}')
	}
	return append(b, '}')
}

func appendObligation(b []byte, o *comity.Obligation) []byte {
	b = comity.AppendJSONString(append(b, `{"kind":`...), string(o.Kind))
	b = appendOptional(b, "authority", string(o.Authority))
	if len(o.Fields) > 0 {
		b = appendStrings(append(b, `,"fields":`...), o.Fields)
	}
	b = appendOptional(b, "method", o.Method)
	b = appendOptional(b, "param", o.Param)
	if len(o.Accepts) > 0 {
		b = appendStrings(append(b, `,"accepts":`...), o.Accepts)
	}
	if o.Met {
		b = append(b, `,"met":true`...)
	}
	return append(b, '}')
}

func appendTags(b []byte, t *wireTags) []byte {
	b = append(b, `{"nonce":`...)
	if t.Nonce == nil {
		b = append(b, "null"...)
	} else {
		b = appendBytes(b, t.Nonce)
	}
	if len(t.Tags) > 0 {
		b = append(b, `,"tags":[`...)
		for i, tag := range t.Tags {
			if i > 0 {
				b = append(b, ',')
			}
			if tag == nil {
				b = append(b, "null"...)
			} else {
				b = appendBytes(b, tag)
			}
		}
		b = append(b, ']')
	}
	if t.Count != 0 {
		b = strconv.AppendInt(append(b, `,"count":`...), int64(t.Count), 10)
	}
	if len(t.Digest) > 0 {
		b = appendBytes(append(b, `,"tags_sha256":`...), t.Digest)
	}
	return append(b, '}')
}

// appendMember appends ,"name":"value".
func appendMember(b []byte, name, value string) []byte {
	b = append(append(append(b, `,"`...), name...), `":`...)
	return comity.AppendJSONString(b, value)
}

// appendOptional is appendMember for an omitempty member.
func appendOptional(b []byte, name, value string) []byte {
	if value == "" {
		return b
	}
	return appendMember(b, name, value)
}

func appendStrings[S ~string](b []byte, ss []S) []byte {
	b = append(b, '[')
	for i, s := range ss {
		if i > 0 {
			b = append(b, ',')
		}
		b = comity.AppendJSONString(b, string(s))
	}
	return append(b, ']')
}

func appendBytes(b []byte, p []byte) []byte {
	b = append(b, '"')
	b = base64.StdEncoding.AppendEncode(b, p)
	return append(b, '"')
}
