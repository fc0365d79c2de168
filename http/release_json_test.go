package http

import (
	"bytes"
	"encoding/json"
	"reflect"
	"testing"
	"time"

	"github.com/comity-project/comity"
)

// FuzzAppendRelease holds the hand-written release encoding to encoding/json
// byte for byte: any text in every member, present and absent optional
// members, nil slices and records, receipts with and without batches,
// fields with whitespace, HTML characters and invalid JSON, times in any
// zone and year (what it cannot write goes to encoding/json).
func FuzzAppendRelease(f *testing.F) {
	f.Add("allow", "CN-1", "<b>&\u2028", []byte(`{"a": [1, 2], "b": "<x>"}`), []byte{1, 2, 3}, int64(1764619200123456789), 3, uint16(0xffff))
	f.Add("", "", "", []byte(nil), []byte(nil), int64(0), 0, uint16(0))
	f.Add("deny", "x\xff", "\x00\t", []byte(`not json`), []byte{}, int64(-62135596800000000), -1, uint16(0x5555))
	f.Add("pending", "é", "z", []byte(` {"k" : "\u2029"} `), []byte{0}, int64(253402300800000000), 1<<20, uint16(0xaaaa))
	f.Fuzz(func(t *testing.T, outcome, id, text string, fields, raw []byte, nanos int64, n int, mask uint16) {
		on := func(bit uint) bool { return mask&(1<<bit) != 0 }
		tm := time.Unix(0, nanos).UTC()
		if on(0) {
			tm = tm.In(time.FixedZone("x", n%(30*3600)))
		}
		rel := &comity.Release{Decision: &comity.Decision{Outcome: comity.Outcome(outcome)}}
		if on(1) {
			rel.Decision.Policies, rel.Decision.Reasons = []string{text, id}, []string{outcome}
			rel.Decision.Obligations = []comity.Obligation{{Kind: comity.ObligationKind(text), Fields: []string{id}, Met: on(2)}}
		}
		if on(3) {
			rel.Decision = nil
		}
		if on(4) {
			rel.Receipt = &comity.Receipt{Origin: text, Index: uint64(n), EntryHash: raw, Time: tm, Signature: raw[:len(raw)/2]}
			if on(5) {
				rel.Receipt.Batch = &comity.ReceiptBatch{Size: uint64(n), Leaf: 1, Root: raw, Path: [][]byte{raw, nil, {}}}
			} else if on(6) {
				rel.Receipt.Batch = &comity.ReceiptBatch{}
			}
		}
		if !on(7) {
			r := &comity.Record{ID: id, Home: comity.Jurisdiction(text), Controller: outcome, Category: comity.Category(id),
				Fields: fields, Version: int64(n), CreatedAt: tm, UpdatedAt: tm.Add(time.Duration(n)), Deleted: on(8)}
			if on(9) {
				r.Kinds, r.Subjects = []comity.DataKind{comity.DataKind(text)}, []string{id, text}
			}
			if on(10) {
				r.Classification = &comity.Classification{Detected: comity.Category(text), Overridden: on(11),
					Fields: map[string][]string{id: {text}, text: nil, "z" + id: {}}, Kinds: []comity.DataKind{"name"}}
			}
			rel.Records = []*comity.Record{r, nil}
			if on(12) {
				rel.Records = rel.Records[:1]
			}
		}
		if on(13) {
			rel.Next, rel.Withheld = text, []string{id}
		}
		var want bytes.Buffer
		wantErr := json.NewEncoder(&want).Encode(rel)
		got, err := encodeJSON(rel)
		if (err != nil) != (wantErr != nil) {
			t.Fatalf("error %v, encoding/json %v", err, wantErr)
		}
		if !bytes.Equal(got, want.Bytes()) {
			t.Fatalf("encodeJSON\n%s\nencoding/json\n%s", got, want.Bytes())
		}
		if _, err := appendRelease(nil, rel); err == nil && wantErr != nil {
			t.Fatalf("appendRelease took what encoding/json refuses: %v", wantErr)
		}
	})
}

// BenchmarkEncodeRelease compares, in one run, the hand-written encoding
// of a gated read's release with encoding/json's (x-encoding-json: the
// ratio of their CPU times).
//
//	go test ./http/ -run '^$' -bench EncodeRelease -benchmem
func BenchmarkEncodeRelease(b *testing.B) {
	now := time.Now().UTC()
	path := make([][]byte, 8)
	for i := range path {
		path[i] = bytes.Repeat([]byte{byte(i)}, 32)
	}
	rel := &comity.Release{
		Decision: &comity.Decision{Outcome: comity.Allow, Policies: []string{"baseline.home-controller"}, Reasons: []string{"the controller reads its own records"}},
		Receipt: &comity.Receipt{Origin: "cn.comity.test/log", Index: 123456, EntryHash: path[0], Time: now, Signature: make([]byte, 68),
			Batch: &comity.ReceiptBatch{Size: 200, Leaf: 17, Root: path[1], Path: path}},
		Records: []*comity.Record{{ID: "CN-READ-0000017", Home: "CN", Controller: "cn-shop", Category: "contact",
			Kinds: []comity.DataKind{"email", "name"}, Subjects: []string{"person-17"},
			Fields:  json.RawMessage(`{"name":"Wang Fang","email":"wang.fang@example.cn","city":"Shanghai","note":"prefers e-mail"}`),
			Version: 1, CreatedAt: now, UpdatedAt: now,
			Classification: &comity.Classification{Detected: "contact", Fields: map[string][]string{"email": {"email"}, "name": {"person_name"}},
				Kinds: []comity.DataKind{"email", "name"}}}},
	}
	var ns [2]float64
	for i, name := range []string{"encoding-json", "comity"} {
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				if i == 0 {
					var buf bytes.Buffer
					json.NewEncoder(&buf).Encode(rel)
				} else {
					encodeJSON(rel)
				}
			}
			ns[i] = float64(b.Elapsed().Nanoseconds()) / float64(b.N)
			if i == 1 && ns[0] > 0 {
				b.ReportMetric(ns[1]/ns[0], "x-encoding-json")
			}
		})
	}
}

// TestReleaseEncoderKnowsEveryField fails when a type appendRelease writes
// by hand gains or loses a member: the encoder must learn it (and
// FuzzAppendRelease set it) before encoding/json and it can differ.
func TestReleaseEncoderKnowsEveryField(t *testing.T) {
	for _, c := range []struct {
		v      any
		fields int
	}{
		{comity.Release{}, 5}, {comity.Decision{}, 4}, {comity.Receipt{}, 6}, {comity.ReceiptBatch{}, 4},
		{comity.Record{}, 12}, {comity.Classification{}, 4},
	} {
		if n := reflect.TypeOf(c.v).NumField(); n != c.fields {
			t.Errorf("%T has %d fields, appendRelease writes %d: teach it the change", c.v, n, c.fields)
		}
	}
}
