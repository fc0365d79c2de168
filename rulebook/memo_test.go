package rulebook

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/comity-project/comity"
)

// coldDecide decides r with every memo of e forgotten first: Cedar
// evaluates the reduced set, as it would without the memo.
func coldDecide(e *Engine, r *Request) *Result {
	forgetMemos(e)
	return e.Decide(r)
}

func forgetMemos(e *Engine) {
	e.bare.sets.memo.reset()
	for _, s := range e.states {
		s.sets.memo.reset()
	}
}

func memoEntries(e *Engine) int {
	n := e.bare.sets.memo.len()
	for _, s := range e.states {
		n += s.sets.memo.len()
	}
	return n
}

// TestMemoSameAsCold decides generated requests on an engine whose memo
// fills as they come, and each again with the memo forgotten: requests
// that differ in anything a residual policy reads must not share an
// answer, so the two must agree on every one.
func TestMemoSameAsCold(t *testing.T) {
	warm, cold := sampleEngine(t), sampleEngine(t)
	g := newRequestGen(warm, 7)
	n := 5000
	if testing.Short() {
		n = 1500
	}
	for i, r := range g.requests(n) {
		want, got := coldDecide(cold, r), warm.Decide(r)
		if !reflect.DeepEqual(want, got) {
			t.Fatalf("request %d %s:\ncold %s\nwarm %s", i, show(r), show(want), show(got))
		}
	}
	if memoEntries(warm) == 0 {
		t.Fatal("nothing memoized")
	}
}

// TestMemoPairs attacks the memo with pairs of requests that differ only
// in one value a residual policy reads, the first decided to fill the
// memo: each decision must be the one Cedar gives it, and some pairs
// must differ, or the test proves nothing.
func TestMemoPairs(t *testing.T) {
	warm, cold := sampleEngine(t), sampleEngine(t)
	controller := func(r *Request) string {
		if len(r.Records) > 0 {
			return r.Records[0].Controller
		}
		return "nobody"
	}
	mutations := map[string]func(r *Request){
		// CN's domestic permit reads [principal.organisation].containsAll(resource.controllers).
		"organisation is the controller": func(r *Request) { r.Requester.Organisation, r.Requester.ID = controller(r), "" },
		"organisation is not":            func(r *Request) { r.Requester.Organisation, r.Requester.ID = "Someone Else", "" },
		"volume personal up":             func(r *Request) { r.Volume.Personal += 100000; r.Volume.Total += 100000 },
		"volume sensitive up":            func(r *Request) { r.Volume.Sensitive += 10000; r.Volume.Total += 10000 },
		"destination volume up":          func(r *Request) { r.Volume.DestinationPersonal += 1000000 },
		"purpose free text":              func(r *Request) { r.Purpose = "free text" },
		"legal basis consent":            func(r *Request) { r.LegalBasis = "consent" },
		"special condition":              func(r *Request) { r.SpecialCondition = "explicit-consent" },
		"sensitive":                      func(r *Request) { setCategory(r, comity.CategorySensitivePersonal) },
		"kinds":                          func(r *Request) { setKinds(r, comity.DataKinds[0]) },
		"controller":                     func(r *Request) { setController(r, "Other Controller") },
		"a year on":                      func(r *Request) { r.Time = r.Time.AddDate(1, 0, 0) },
	}
	differ := 0
	for _, rb := range append([]*Rulebook{warm.Baseline()}, warm.Rulebooks()...) {
		for _, ex := range rb.Bundle.Examples {
			for name, mutate := range mutations {
				a := ex.Request
				b := copyRequest(&a)
				mutate(b)
				if b.Validate() != nil {
					continue
				}
				for _, r := range []*Request{&a, b} {
					want, got := coldDecide(cold, r), warm.Decide(r)
					if !reflect.DeepEqual(want, got) {
						t.Fatalf("%s, %s: %s:\ncold %s\nwarm %s", ex.Name, name, show(r), show(want), show(got))
					}
				}
				if !reflect.DeepEqual(cold.Decide(&a).Decision, cold.Decide(b).Decision) {
					differ++
				}
			}
		}
	}
	if differ < 50 {
		t.Errorf("only %d pairs decided differently", differ)
	}
	t.Logf("%d pairs decided differently", differ)
}

func copyRequest(r *Request) *Request {
	c := *r
	c.Records = append([]RecordRef(nil), r.Records...)
	if r.Dataset != nil {
		d := *r.Dataset
		c.Dataset = &d
	}
	return &c
}

func setCategory(r *Request, c comity.Category) {
	if r.Dataset != nil {
		r.Dataset.Category = c
	}
	for i := range r.Records {
		r.Records[i].Category = c
	}
}

func setKinds(r *Request, k comity.DataKind) {
	if r.Dataset != nil {
		r.Dataset.Kinds = []comity.DataKind{k}
	}
	for i := range r.Records {
		r.Records[i].Kinds = []comity.DataKind{k}
	}
}

func setController(r *Request, c string) {
	if r.Dataset != nil {
		r.Dataset.Controllers = []string{c}
	}
	for i := range r.Records {
		r.Records[i].Controller = c
	}
}

// TestMemoBounded has a requester choose a new purpose and organisation
// on every request (both are read by residual policies): the memo
// must not grow past its bound.
func TestMemoBounded(t *testing.T) {
	e := sampleEngine(t)
	var rs []*Request
	for _, ex := range e.Rulebook("CN").Bundle.Examples {
		r := ex.Request
		rs = append(rs, &r)
	}
	n := 3 * maxMemo
	for i := range n {
		r := copyRequest(rs[i%len(rs)])
		r.Purpose = fmt.Sprintf("purpose %d", i)
		r.Requester.Organisation, r.Requester.ID = fmt.Sprintf("org %d", i), ""
		e.Decide(r)
	}
	// A full memo starts again empty once its unpublished entries
	// (at most a quarter of the published) are published.
	if got := e.states["CN"].sets.memo.len(); got > maxMemo+maxMemo/4 || got == 0 {
		t.Errorf("%d memo entries after %d distinct requests, bound %d", got, n, maxMemo)
	}
	// Values too long to key are decided, not remembered.
	for _, r := range rs {
		r := copyRequest(r)
		r.Purpose, r.LegalBasis, r.SpecialCondition = strings.Repeat("p", 256), strings.Repeat("l", 256), strings.Repeat("s", 256)
		e.Decide(r)
	}
	for _, s := range append([]*stateRules{e.bare}, mapValues(e.states)...) {
		m := s.sets.memo.read.Load()
		if m == nil {
			continue
		}
		for k := range *m {
			if len(k) > maxMemoKey {
				t.Errorf("a memo key of %d bytes", len(k))
			}
		}
	}
}

func mapValues[K comparable, V any](m map[K]V) []V {
	var out []V
	for _, v := range m {
		out = append(out, v)
	}
	return out
}

// TestMemoNewVersion installs a new CN rulebook that moves a threshold:
// the new engine must decide as Cedar does under the new version, never
// from the memo of the old.
func TestMemoNewVersion(t *testing.T) {
	e := sampleEngine(t)
	cn := *e.Rulebook("CN").Bundle
	cn.Version++
	cn.Params = Params{}
	for k, v := range e.Rulebook("CN").Bundle.Params {
		cn.Params[k] = v
	}
	cn.Params["exempt_below_personal"] = []byte("1")
	cn.Params["assessment_from_personal"] = []byte("2")
	rb, err := Compile(&cn)
	if err != nil {
		t.Fatal(err)
	}
	var rs []*Request
	for _, ex := range e.Rulebook("CN").Bundle.Examples {
		r := ex.Request
		rs = append(rs, &r)
	}
	for _, r := range rs {
		e.Decide(r) // fill the old version's memo
	}
	next, err := e.With(rb)
	if err != nil {
		t.Fatal(err)
	}
	fresh, err := NewEngine(e.Baseline(), append(without(e.Rulebooks(), "CN"), rb)...)
	if err != nil {
		t.Fatal(err)
	}
	changed := 0
	for _, r := range rs {
		old, got, want := e.Decide(r), next.Decide(r), coldDecide(fresh, r)
		if !reflect.DeepEqual(want.Decision, got.Decision) || !reflect.DeepEqual(want.Matched, got.Matched) {
			t.Fatalf("%s:\nnew version %s\nfrom With %s", show(r), show(want), show(got))
		}
		if !reflect.DeepEqual(old.Decision, got.Decision) {
			changed++
		}
	}
	if changed == 0 {
		t.Error("the new version decided every example as the old did: the test proves nothing")
	}
}

// without returns rbs without j's.
func without(rbs []*Rulebook, j comity.Jurisdiction) []*Rulebook {
	var out []*Rulebook
	for _, rb := range rbs {
		if rb.Bundle.Jurisdiction != j {
			out = append(out, rb)
		}
	}
	return out
}

// FuzzMemo decides a mutated example on an engine whose memo fills as the
// fuzzer goes, and again with the memo forgotten: they must agree.
func FuzzMemo(f *testing.F) {
	warm, cold := sampleEngine(f), sampleEngine(f)
	var examples []Request
	for _, rb := range append([]*Rulebook{warm.Baseline()}, warm.Rulebooks()...) {
		for _, ex := range rb.Bundle.Examples {
			examples = append(examples, ex.Request)
		}
	}
	f.Add(uint16(0), "", "", "", "", 0, 0, 0, uint8(0), uint8(0))
	f.Add(uint16(3), "research", "consent", "explicit-consent", "Shanghai Trading Co.", 99999, 9999, 1000000, uint8(1), uint8(2))
	f.Fuzz(func(t *testing.T, i uint16, purpose, basis, special, org string, personal, sensitive, dest int, kind, category uint8) {
		r := copyRequest(&examples[int(i)%len(examples)])
		if purpose != "" {
			r.Purpose = purpose
		}
		if basis != "" {
			r.LegalBasis = basis
		}
		if special != "" {
			r.SpecialCondition = special
		}
		if org != "" {
			r.Requester.Organisation, r.Requester.ID = org, ""
		}
		r.Volume.Personal += personal
		r.Volume.Sensitive += sensitive
		r.Volume.Total += personal + sensitive
		r.Volume.DestinationPersonal += dest
		if kind%8 != 0 {
			setKinds(r, comity.DataKinds[int(kind)%len(comity.DataKinds)])
		}
		if category%4 != 0 {
			setCategory(r, comity.Categories[int(category)%len(comity.Categories)])
		}
		if kind%5 == 1 {
			setController(r, org)
		}
		if r.Validate() != nil {
			return
		}
		want, got := coldDecide(cold, r), warm.Decide(r)
		if !reflect.DeepEqual(want, got) {
			t.Fatalf("%s:\ncold %s\nwarm %s", show(r), show(want), show(got))
		}
	})
}

// TestVolumeKey holds the memo's reading of the volume from the counts to
// the volume entity that Cedar reads: every path over it, for counts with
// and without kinds, keys alike both ways.
func TestVolumeKey(t *testing.T) {
	caches := &entityCaches{}
	paths := [][]string{{"kinds"}, {"nothing"}, {"kinds", "nothing"}, {"total", "x"}, {"kinds", string(comity.DataKinds[0]), "x"}}
	for _, name := range volumeCounts {
		paths = append(paths, []string{name})
	}
	for _, k := range comity.DataKinds {
		paths = append(paths, []string{"kinds", string(k)})
	}
	for _, v := range []Counts{{}, {Total: 5, Personal: 3, Sensitive: 2, DestinationTotal: 7, DestinationPersonal: 1, DestinationSensitive: 9, Newcomers: 4},
		{Total: 1, Kinds: map[comity.DataKind]int{comity.DataKinds[0]: 1, comity.DataKinds[2]: 8}}} {
		ents := &entities{{}, {}, caches.volume(v)}
		for _, attrs := range paths {
			for _, named := range [][]int64{nil, {0, 3}} {
				p := &attrPath{root: rootVolume, attrs: attrs, named: named}
				in := memoInput{ents: ents, volume: &v}
				want := in.walk(nil, ents[2].Attributes, p)
				if got := in.volumeKey(nil, p, 0); string(got) != string(want) {
					t.Errorf("%+v %v: key %q, the entity's %q", v, attrs, got, want)
				}
			}
		}
	}
}

// TestPrincipalKey is TestVolumeKey for the principal, read from the
// requester.
func TestPrincipalKey(t *testing.T) {
	caches := &entityCaches{}
	paths := [][]string{{"jurisdiction"}, {"organisation"}, {"roles"}, {"nothing"}, {"roles", "x"}, {"organisation", "x"}, {"nothing", "x"}}
	for _, q := range []Requester{
		{ID: "a", Organisation: "Acme", Jurisdiction: "DE", Kind: KindOrganisation},
		{ID: "b", Organisation: "", Jurisdiction: "CN", Kind: KindAgency, Roles: []comity.Role{comity.RoleRequester, comity.RoleDPA, comity.RoleRequester}},
		{ID: "c", Organisation: "x", Jurisdiction: "US", Kind: KindAuthority, Roles: []comity.Role{comity.RoleCentralAuthority}},
	} {
		ents := &entities{caches.principal(&q)}
		for _, attrs := range paths {
			p := &attrPath{root: rootPrincipal, attrs: attrs}
			in := memoInput{ents: ents, requester: &q}
			want := in.walk(nil, ents[0].Attributes, p)
			if got := in.principalKey(nil, p, 0); string(got) != string(want) {
				t.Errorf("%+v %v: key %q, the entity's %q", q, attrs, got, want)
			}
		}
	}
}
