package ledger

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/comity-project/comity"
)

// FuzzAppendWire holds the hand-written entry encoding to json.Marshal's,
// byte for byte, on entries with any text in every member (escapes, HTML
// characters, invalid UTF-8, U+2028), empty and present optional members,
// and detail maps.
func FuzzAppendWire(f *testing.F) {
	f.Add("decision", "de-1", "org <1> & \"2\"", "service\u2028x", []byte{1, 2}, 2, "k\x00ey", "v\xffal", uint8(0xff))
	f.Add("", "", "", "", []byte(nil), 0, "", "", uint8(0))
	f.Add("a\\b\tc\nd\re\bf\fg", "é漢字", "\x7f", "\u2029", []byte{}, 1, "z", "a", uint8(0x5a))
	f.Fuzz(func(t *testing.T, kind, node, text1, text2 string, raw []byte, n int, key, value string, mask uint8) {
		on := func(bit uint8) bool { return mask&(1<<bit) != 0 }
		pick := func(bit uint8, s string) string {
			if on(bit) {
				return s
			}
			return ""
		}
		w := wireEntry{V: n % 3, Kind: kind, Time: text2, Node: node,
			Requester: pick(0, text1), RequesterIn: pick(1, text2), Principal: pick(2, node), Action: pick(3, kind),
			Purpose: pick(4, text1), LegalBasis: pick(5, text2), Destination: pick(6, key), Outcome: pick(7, value)}
		if on(0) {
			w.Records = &wireTags{Nonce: raw, Tags: [][]byte{raw, nil, []byte(text1)}}
			w.Subjects = &wireTags{Nonce: nil, Count: n, Digest: raw}
		}
		if on(1) {
			w.RecordIDs, w.RecordCount, w.RecordHash = []string{text1, text2}, n, raw
			w.Categories = []comity.Category{comity.Category(text2), ""}
		}
		if on(2) {
			w.Policies, w.Approvals = []string{kind, text1}, []string{value}
		}
		if on(3) {
			w.Obligations = []comity.Obligation{{Kind: comity.ObligationKind(kind)},
				{Kind: "minimise", Authority: comity.Jurisdiction(text1), Fields: []string{key, value}, Method: text2, Param: node,
					Accepts: []comity.ConsentKind{comity.ConsentKind(value)}, Met: on(4)}}
		}
		if on(5) {
			w.Detail = map[string]string{key: value, text1: text2, strings.ToUpper(key): "x"}
		} else if on(6) {
			w.Detail = map[string]string{}
		}
		want, err := json.Marshal(&w)
		if err != nil {
			t.Fatal(err)
		}
		if got := appendWire(nil, &w); !bytes.Equal(got, want) {
			t.Fatalf("appendWire\n%s\njson.Marshal\n%s", got, want)
		}
	})
}

// TestWireEncoderKnowsEveryField fails when a type appendWire writes by
// hand gains or loses a member: the encoder must learn it (and
// FuzzAppendWire set it) before encoding/json and it can differ.
func TestWireEncoderKnowsEveryField(t *testing.T) {
	for _, c := range []struct {
		v      any
		fields int
	}{{wireEntry{}, 22}, {wireTags{}, 4}, {comity.Obligation{}, 7}} {
		if n := reflect.TypeOf(c.v).NumField(); n != c.fields {
			t.Errorf("%T has %d fields, appendWire writes %d: teach it the change", c.v, n, c.fields)
		}
	}
}
