package judicial_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/comity-project/comity/judicial"
)

func FuzzParseCase(f *testing.F) {
	c := validCase()
	data, _ := json.Marshal(c)
	f.Add(data)
	f.Add([]byte(`{"requesting":"US","holding":"CN","scope":{"record_ids":["CN-1"]}}`))
	f.Add([]byte(`{}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := judicial.ParseCase(data)
		if err != nil {
			return
		}
		if err := c.Validate(); err != nil {
			t.Fatalf("parsed case does not validate: %v", err)
		}
		judicial.Next(c)
	})
}

func FuzzDecodeOrder(f *testing.F) {
	k := key(f)
	f.Add(signedOrder(f, k, []string{"CN-1"}, false, time.Now().Add(time.Hour)).Encode())
	f.Add("")
	f.Add("e30")
	f.Fuzz(func(t *testing.T, token string) {
		o, err := judicial.DecodeOrder(token)
		if err != nil {
			return
		}
		back, err := judicial.DecodeOrder(o.Encode())
		if err != nil {
			t.Fatalf("re-encoded order does not decode: %v", err)
		}
		if back.Digest() != o.Digest() {
			t.Fatal("digest changes on re-encoding")
		}
		o.Verify(pub(k), time.Now())
	})
}

func FuzzParseEvidence(f *testing.F) {
	ev, nodeKey, caKey := evidence(f)
	data, _ := json.Marshal(ev)
	f.Add(data)
	f.Add([]byte(`{"v":1}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		e, err := judicial.ParseEvidence(data)
		if err != nil {
			return
		}
		judicial.VerifyEvidence(e, judicial.VerifyConfig{NodeKey: pub(nodeKey), AuthorityKey: pub(caKey)})
		e.Digest()
	})
}
