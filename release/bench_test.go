package release_test

import (
	"context"
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/demo"
	comityhttp "github.com/comity-project/comity/http"

	"golang.org/x/mod/sumdb/note"

	"github.com/comity-project/comity/release"
)

// BenchmarkVerifyBundle is offline verification of one bundle whose
// checkpoint carries three witness cosignatures, from its bytes: parse,
// check the checkpoint, the inclusion proof, the entry, the envelope and an
// artefact digest. Compare with BenchmarkVerifySignaturesOnly, the floor:
// the same five signature verifications alone (the log's, three
// cosignatures, the vendor's).
func BenchmarkVerifyBundle(b *testing.B) {
	o := makeOffline(b)
	want := digest(o.artefact)
	b.ReportAllocs()
	cpu := cpuTime()
	for b.Loop() {
		bu, err := release.ParseBundle(o.raw)
		if err != nil {
			b.Fatal(err)
		}
		v, err := o.trust.Verify(bu)
		if err != nil {
			b.Fatal(err)
		}
		if _, ok := v.Statement.Find(want); !ok {
			b.Fatal("artefact not found")
		}
	}
	reportCPU(b, cpu)
}

// BenchmarkVerifySignaturesOnly is the floor of BenchmarkVerifyBundle: the
// checkpoint's four signatures through note.Open and the envelope's.
func BenchmarkVerifySignaturesOnly(b *testing.B) {
	o := makeOffline(b)
	vs := note.VerifierList(append([]note.Verifier{o.logV}, o.witnesses...)...)
	pae := release.PAE(o.bundle.Envelope.PayloadType, o.bundle.Envelope.Payload)
	pub := o.signer.PublicKey()
	cp := []byte(o.bundle.Checkpoint)
	sig := o.bundle.Envelope.Signatures[0].Sig
	b.ReportAllocs()
	cpu := cpuTime()
	for b.Loop() {
		n, err := note.Open(cp, vs)
		if err != nil || len(n.Sigs) != 4 {
			b.Fatal(err)
		}
		if !pub.Verify(pae, sig) {
			b.Fatal("signature")
		}
	}
	reportCPU(b, cpu)
}

// BenchmarkPublish publishes b.N releases at a real CN node (witnessed by
// DE and US, quorum 1) from 256 concurrent requests, each
// waiting for its bundle; it reports releases/s and the p99 time from
// request to bundle, which must stay within the merge delay.
func BenchmarkPublish(b *testing.B) {
	// Each publication waits for a cosigned checkpoint (published every
	// MaxMergeDelay/4), so throughput is concurrency / latency: a node
	// serving many vendors' pipelines at once.
	const publishers = 256
	ctx := context.Background()
	f, err := demo.Start(ctx, demo.Config{Dir: b.TempDir(), Records: 1})
	if err != nil {
		b.Fatal(err)
	}
	defer f.Stop()
	out, err := f.Client("CN", "operator").CreatePrincipal(ctx, comityhttp.PrincipalInput{ID: "v", Organisation: "v",
		Roles: []comity.Role{comity.RoleVendor}})
	if err != nil {
		b.Fatal(err)
	}
	vendor := f.Client("CN", "operator")
	vendor.Token = out.Token
	vendor.HTTP.Transport.(*http.Transport).MaxIdleConnsPerHost = publishers
	k, _ := release.GenerateKey(false)
	s, _ := release.NewSigner(k)
	if _, err := vendor.RegisterVendorKey(ctx, s, ""); err != nil {
		b.Fatal(err)
	}
	envs := make([][]byte, b.N)
	for i := range envs {
		st, _ := release.NewStatement(release.Predicate{PURL: fmt.Sprintf("pkg:generic/v/p@%d", i)},
			[]release.Subject{{Name: "bin", SHA256: digest([]byte(strconv.Itoa(i)))}})
		e, _ := release.Sign(s, st)
		envs[i], _ = e.Marshal()
	}
	lat := make([]time.Duration, b.N)
	var next, late atomic.Int64
	var wg sync.WaitGroup
	b.ResetTimer()
	start, cpu := time.Now(), cpuTime()
	for range publishers {
		wg.Go(func() {
			for i := int(next.Add(1) - 1); i < b.N; i = int(next.Add(1) - 1) {
				t0 := time.Now()
				p, err := vendor.PublishRelease(ctx, envs[i])
				if err != nil {
					b.Errorf("publish %d: %v", i, err)
					return
				}
				lat[i] = time.Since(t0)
				if p.Bundle == nil {
					late.Add(1) // a receipt: no cosigned checkpoint within the wait
				}
			}
		})
	}
	wg.Wait()
	elapsed := time.Since(start)
	b.StopTimer()
	slices.Sort(lat)
	b.ReportMetric(float64(b.N)/elapsed.Seconds(), "releases/s")
	b.ReportMetric(float64(lat[len(lat)*99/100].Milliseconds()), "p99-ms")
	b.ReportMetric(float64(late.Load())/float64(b.N), "late-fraction")
	reportCPU(b, cpu) // the three nodes, their witnesses and the clients, per release
}
