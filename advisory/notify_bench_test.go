package advisory_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/advisory"
	"github.com/comity-project/comity/ledger"
	"github.com/comity-project/comity/sqlite"
)

// BenchmarkNotify publishes a new advisory to a node holding 10,000
// registered SBOMs of 500 components each (COMITY_BENCH_SBOMS overrides the
// count), on a real SQLite store and Tessera log: "indexed" is the
// service's path (look the advisory's packages up in the component index,
// match, log a commitment per notice, queue deliveries); "naive" reads every
// registered component and matches each, as a scanner without an index
// must. The advisory names three npm packages, each run by 1% of the SBOMs.
func BenchmarkNotify(b *testing.B) {
	sboms := 10000
	if s := os.Getenv("COMITY_BENCH_SBOMS"); s != "" {
		sboms, _ = strconv.Atoi(s)
	}
	const perSBOM = 500
	ctx := context.Background()
	dir := b.TempDir()
	db, err := sqlite.Open(ctx, sqlite.Config{Path: filepath.Join(dir, "db"), Synchronous: "normal"})
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	key, _, err := ledger.GenerateKey("bench.example/log")
	if err != nil {
		b.Fatal(err)
	}
	log, err := ledger.Open(ctx, ledger.Config{Dir: filepath.Join(dir, "log"), Key: key, SubjectKey: make([]byte, 32)})
	if err != nil {
		b.Fatal(err)
	}
	defer log.Close(ctx)
	svc := advisory.NewService(advisory.Config{Node: "bench", Store: db.Advisories(), Ledger: log})
	customer := &comity.Principal{ID: "customer", Roles: []comity.Role{comity.RoleController}}
	vendor := &comity.Principal{ID: "vendor", Roles: []comity.Role{comity.RoleVendor}}

	// The SBOMs go straight into the store, as RegisterSBOM stores them
	// (components and their identity keys), without parsing 10,000 JSON
	// documents first: setting up is not what is measured.
	start := time.Now()
	components := make([]advisory.Component, perSBOM)
	keys := make([][]string, perSBOM)
	for s := 0; s < sboms; s++ {
		for c := 0; c < perSBOM; c++ {
			name := fmt.Sprintf("lib-%d", (s*7919+c*104729)%50000)
			if c == 0 && s%100 < 3 {
				name = fmt.Sprintf("target-%d", s%100) // 1% of SBOMs run each target
			}
			purl := fmt.Sprintf("pkg:npm/%s@1.%d.0", name, c%10)
			components[c] = advisory.Component{Ref: purl, Name: name, Version: fmt.Sprintf("1.%d.0", c%10), PURL: purl}
			keys[c] = components[c].Keys()
		}
		if _, err := db.Advisories().SaveSBOM(ctx, customer.ID, "deployment-"+strconv.Itoa(s), []byte("{}"), components, keys); err != nil {
			b.Fatal(err)
		}
	}
	b.Logf("registered %d SBOMs x %d components in %v", sboms, perSBOM, time.Since(start).Round(time.Millisecond))

	advisoryDoc := func(i int) []byte {
		var aff []string
		for t := 0; t < 3; t++ {
			aff = append(aff, fmt.Sprintf(`{"package":{"ecosystem":"npm","name":"target-%d"},"ranges":[{"type":"SEMVER","events":[{"introduced":"0"},{"fixed":"1.5.0"}]}]}`, t))
		}
		return []byte(fmt.Sprintf(`{"id":"GHSA-bench-%d","modified":"2099-01-01T00:00:00Z","aliases":["CVE-2099-%d"],"affected":[%s]}`, i, 10000+i, strings.Join(aff, ",")))
	}
	b.Run("indexed", func(b *testing.B) {
		notified := 0
		for i := 0; b.Loop(); i++ {
			res, err := svc.Publish(ctx, vendor, advisoryDoc(i))
			if err != nil {
				b.Fatal(err)
			}
			notified = res.Notified
		}
		b.ReportMetric(float64(notified), "notices/op")
	})
	b.Run("naive", func(b *testing.B) {
		d, err := advisory.Parse(advisoryDoc(-1))
		if err != nil {
			b.Fatal(err)
		}
		idx := advisory.NewIndex(d.Advisories)
		matched := 0
		for b.Loop() {
			matched = 0
			for s := 1; s <= sboms; s++ {
				regs, err := db.Advisories().Components(ctx, int64(s))
				if err != nil {
					b.Fatal(err)
				}
				for _, r := range regs {
					matched += len(idx.Match(r.Component))
				}
			}
		}
		b.ReportMetric(float64(matched), "matches/op")
	})
}
