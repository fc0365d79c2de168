package judicial_test

import (
	"encoding/json"
	"fmt"
	"testing"
	"time"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/judicial"
)

// BenchmarkVerifyEvidence is what a court's check of a 100-record package
// costs offline: parse, three signatures, scope.
func BenchmarkVerifyEvidence(b *testing.B) {
	ev, nodeKey, caKey := evidence(b)
	ids := make([]string, 100)
	for i := range ids {
		ids[i] = fmt.Sprintf("CN-%d", i)
	}
	o := signedOrder(b, caKey, ids, false, time.Now().Add(time.Hour))
	ev.Order, ev.Records = o.Encode(), nil
	for _, id := range ids {
		ev.Records = append(ev.Records, &comity.Record{ID: id, Home: "CN", Controller: "acme", Category: comity.CategoryPersonal,
			Fields: json.RawMessage(`{"name":"王伟","phone":"+86 139 1234 5678","address":"上海市徐汇区中山路12号"}`)})
	}
	ev.Sign(nodeKey)
	data, _ := json.Marshal(ev)
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for b.Loop() {
		e, err := judicial.ParseEvidence(data)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := judicial.VerifyEvidence(e, judicial.VerifyConfig{NodeKey: pub(nodeKey), AuthorityKey: pub(caKey)}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkVerifyOrder is the holding node's check of a presented order.
func BenchmarkVerifyOrder(b *testing.B) {
	k := key(b)
	token := signedOrder(b, k, []string{"CN-1", "CN-2"}, false, time.Now().Add(time.Hour)).Encode()
	for b.Loop() {
		o, err := judicial.DecodeOrder(token)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := o.Verify(pub(k), time.Now()); err != nil {
			b.Fatal(err)
		}
	}
}
