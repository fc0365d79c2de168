package rulebook

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// FuzzParseRequest feeds arbitrary documents to the request parser; any
// request it accepts must be decided without panicking.
func FuzzParseRequest(f *testing.F) {
	paths, _ := filepath.Glob("samples/*/examples/*.json")
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		if ex, err := ParseExample(data); err == nil {
			if doc, err := jsonOf(ex.Request); err == nil {
				f.Add(doc)
			}
		}
	}
	f.Add([]byte(`{"requester":{"organisation":"x","jurisdiction":"DE"},"action":"read","dataset":{"home":"CN","category":"personal","subjects":-1}}`))
	e := sampleEngine(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := ParseRequest(data)
		if err != nil {
			return
		}
		res := e.Decide(r)
		if res.Decision == nil || res.Decision.Outcome == "" || len(res.Decision.Policies) == 0 {
			t.Fatalf("accepted request got no decision: %+v", res.Decision)
		}
		_ = Explain(res)
	})
}

// FuzzParseBundle feeds arbitrary documents to the bundle loader and the
// compiler behind it.
func FuzzParseBundle(f *testing.F) {
	b := &Bundle{Kind: KindState, Jurisdiction: "CN", Version: 1, Params: Params{"n": []byte("5"), "l": []byte(`["a"]`)},
		Policies: []File{{Name: "p.cedar", Text: okPolicy}}}
	if data, err := b.Marshal(); err == nil {
		f.Add(data)
	}
	cn := sample(f, "CN")
	if data, err := cn.Marshal(); err == nil {
		f.Add(data)
	}
	f.Add([]byte(`{"kind":"baseline","version":1,"policies":[{"name":"b.cedar","text":"forbid(principal,action,resource);"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		b, err := ParseBundle(data)
		if err != nil {
			return
		}
		if _, err := Compile(b); err != nil {
			return
		}
		_ = b.Digest()
	})
}

// FuzzDecodeApproval feeds arbitrary tokens to the approval decoder.
func FuzzDecodeApproval(f *testing.F) {
	a := approvalFor(ObligeApproval, "CN-1")
	f.Add(a.Encode())
	f.Add("e30")
	f.Fuzz(func(t *testing.T, token string) {
		a, err := DecodeApproval(token)
		if err != nil {
			return
		}
		_ = a.Covers(cnRequest("CN-1"))
	})
}

func jsonOf(v any) ([]byte, error) { return json.Marshal(v) }
