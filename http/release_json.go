package http

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"errors"
	"slices"
	"strconv"
	"time"

	"github.com/comity-project/comity"
)

// errReleaseJSON sends a release that appendRelease cannot write exactly as
// encoding/json would (a time outside RFC 3339's years, fields that are not
// valid JSON) to encoding/json, which then answers as it always has.
var errReleaseJSON = errors.New("release: not for the hand-written encoding")

// appendRelease appends rel as json.Marshal writes it, byte for byte
// (FuzzAppendRelease holds it to that). A gated read answers with one
// release; encoding it by reflection was a twelfth of a read's CPU on the
// node.
func appendRelease(b []byte, rel *comity.Release) ([]byte, error) {
	b = append(b, `{"decision":`...)
	if d := rel.Decision; d == nil {
		b = append(b, "null"...)
	} else {
		b = comity.AppendJSONString(append(b, `{"outcome":`...), string(d.Outcome))
		if len(d.Obligations) > 0 {
			o, err := json.Marshal(d.Obligations) // rare on reads; as encoding/json writes them
			if err != nil {
				return nil, err
			}
			b = append(append(b, `,"obligations":`...), o...)
		}
		b = appendOptionalStrings(b, "policies", d.Policies)
		b = appendOptionalStrings(b, "reasons", d.Reasons)
		b = append(b, '}')
	}
	if r := rel.Receipt; r != nil {
		var err error
		if b, err = appendReceipt(append(b, `,"receipt":`...), r); err != nil {
			return nil, err
		}
	}
	b = append(b, `,"records":`...)
	if rel.Records == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '[')
		for i, r := range rel.Records {
			if i > 0 {
				b = append(b, ',')
			}
			var err error
			if b, err = appendRecord(b, r); err != nil {
				return nil, err
			}
		}
		b = append(b, ']')
	}
	if rel.Next != "" {
		b = comity.AppendJSONString(append(b, `,"next":`...), rel.Next)
	}
	b = appendOptionalStrings(b, "withheld", rel.Withheld)
	return append(b, '}'), nil
}

func appendReceipt(b []byte, r *comity.Receipt) ([]byte, error) {
	b = comity.AppendJSONString(append(b, `{"origin":`...), r.Origin)
	b = strconv.AppendUint(append(b, `,"index":`...), r.Index, 10)
	b = appendBase64(append(b, `,"entry_hash":`...), r.EntryHash)
	b, err := appendTime(append(b, `,"time":`...), r.Time)
	if err != nil {
		return nil, err
	}
	b = appendBase64(append(b, `,"signature":`...), r.Signature)
	if t := r.Batch; t != nil {
		b = strconv.AppendUint(append(b, `,"batch":{"size":`...), t.Size, 10)
		b = strconv.AppendUint(append(b, `,"leaf":`...), t.Leaf, 10)
		b = appendBase64(append(b, `,"root":`...), t.Root)
		b = append(b, `,"path":`...)
		if t.Path == nil {
			b = append(b, "null"...)
		} else {
			b = append(b, '[')
			for i, h := range t.Path {
				if i > 0 {
					b = append(b, ',')
				}
				b = appendBase64(b, h)
			}
			b = append(b, ']')
		}
		b = append(b, '}')
	}
	return append(b, '}'), nil
}

func appendRecord(b []byte, r *comity.Record) ([]byte, error) {
	if r == nil {
		return append(b, "null"...), nil
	}
	b = comity.AppendJSONString(append(b, `{"id":`...), r.ID)
	b = comity.AppendJSONString(append(b, `,"home":`...), string(r.Home))
	b = comity.AppendJSONString(append(b, `,"controller":`...), r.Controller)
	b = comity.AppendJSONString(append(b, `,"category":`...), string(r.Category))
	b = appendOptionalStrings(b, "kinds", r.Kinds)
	b = appendOptionalStrings(b, "subjects", r.Subjects)
	if len(r.Fields) > 0 {
		// encoding/json compacts a RawMessage and escapes HTML characters
		// in it, and refuses one that is not valid JSON.
		var c bytes.Buffer
		if err := json.Compact(&c, r.Fields); err != nil {
			return nil, errReleaseJSON
		}
		out := bytes.NewBuffer(append(b, `,"fields":`...))
		json.HTMLEscape(out, c.Bytes())
		b = out.Bytes()
	}
	b = strconv.AppendInt(append(b, `,"version":`...), r.Version, 10)
	b, err := appendTime(append(b, `,"created_at":`...), r.CreatedAt)
	if err != nil {
		return nil, err
	}
	if b, err = appendTime(append(b, `,"updated_at":`...), r.UpdatedAt); err != nil {
		return nil, err
	}
	if r.Deleted {
		b = append(b, `,"deleted":true`...)
	}
	if c := r.Classification; c != nil {
		b = comity.AppendJSONString(append(b, `,"classification":{"detected":`...), string(c.Detected))
		if len(c.Fields) > 0 {
			keys := make([]string, 0, len(c.Fields))
			for k := range c.Fields {
				keys = append(keys, k)
			}
			slices.Sort(keys)
			b = append(b, `,"fields":{`...)
			for i, k := range keys {
				if i > 0 {
					b = append(b, ',')
				}
				b = append(comity.AppendJSONString(b, k), ':')
				if v := c.Fields[k]; v == nil {
					b = append(b, "null"...)
				} else {
					b = appendStrings(b, v)
				}
			}
			b = append(b, '}')
		}
		b = appendOptionalStrings(b, "kinds", c.Kinds)
		if c.Overridden {
			b = append(b, `,"overridden":true`...)
		}
		b = append(b, '}')
	}
	return append(b, '}'), nil
}

// appendTime is time.Time's MarshalJSON; a time it refuses goes to
// encoding/json.
func appendTime(b []byte, t time.Time) ([]byte, error) {
	if y := t.Year(); y < 0 || y > 9999 {
		return nil, errReleaseJSON
	}
	if _, off := t.Zone(); off <= -24*3600 || off >= 24*3600 {
		return nil, errReleaseJSON
	}
	b = append(b, '"')
	b = t.AppendFormat(b, time.RFC3339Nano)
	return append(b, '"'), nil
}

func appendBase64(b, p []byte) []byte {
	if p == nil {
		return append(b, "null"...)
	}
	b = append(b, '"')
	b = base64.StdEncoding.AppendEncode(b, p)
	return append(b, '"')
}

// appendOptionalStrings appends ,"name":[...] unless ss is empty.
func appendOptionalStrings[S ~string](b []byte, name string, ss []S) []byte {
	if len(ss) == 0 {
		return b
	}
	b = append(append(append(b, `,"`...), name...), `":`...)
	return appendStrings(b, ss)
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

// encodeJSON is what json.NewEncoder(w).Encode(v) writes for v (nothing
// when it fails); a release is written by hand.
func encodeJSON(v any) ([]byte, error) {
	if rel, ok := v.(*comity.Release); ok && rel != nil {
		if b, err := appendRelease(make([]byte, 0, 2048), rel); err == nil {
			return append(b, '\n'), nil
		}
	}
	var buf bytes.Buffer
	err := json.NewEncoder(&buf).Encode(v)
	return buf.Bytes(), err
}
