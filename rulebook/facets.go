package rulebook

import (
	"fmt"
	"slices"
	"sync"
	"sync/atomic"

	cedar "github.com/cedar-policy/cedar-go"

	"github.com/comity-project/comity"
)

// facets are what is known of a request before any policy is evaluated:
// its action, the principal's type, whether it crosses a border, the
// category of the data, whether the data names any kind, and its home;
// and of the rulebook, its parameters. Most policies test one of them first
// (resource.home == "CN" && context.crossBorder && resource.category ==
// "important" && ...), so for each combination of facets the engine keeps
// only the policies that can match it (see stateRules.policies).
type facets struct {
	action      cedar.EntityUID
	principal   cedar.EntityType
	crossBorder bool
	category    comity.Category
	noKinds     bool                // resource.kinds is empty
	nodeHome    bool                // context.node == resource.home
	atHome      bool                // principal.jurisdiction == resource.home
	agreements  bool                // !context.agreements.isEmpty()
	agency      bool                // !context.agencyAgreements.isEmpty()
	thirdParty  bool                // !context.thirdPartyAgreements.isEmpty()
	home        comity.Jurisdiction // "": not known (the bare rules serve every home)
	rulebook    cedar.Value         // context.rulebook
	params      cedar.Value         // context.params
	baseline    cedar.Value         // context.baseline
}

// policies returns the policies to evaluate for r, whose context cites
// the agreements ags: those its facets do not exclude, reduced.
func (s *stateRules) policies(r *Request, ags *cited) *policySet {
	a, k, c := slices.Index(actions, r.Action), slices.Index(kinds, r.Requester.Kind), slices.Index(comity.Categories, r.category())
	if a < 0 || k < 0 || c < 0 {
		return s.all
	}
	home := r.Home()
	f := facets{action: actionUID(actions[a]), principal: principalTypes[kinds[k]], crossBorder: r.crossBorder(),
		category: comity.Categories[c], noKinds: r.noKinds(),
		nodeHome: r.Node == "" || r.Node == home, atHome: r.Requester.Jurisdiction == home,
		agreements: len(ags.agreements) > 0, agency: len(ags.agency) > 0, thirdParty: len(ags.thirdParty) > 0}
	return s.sets.get(facetIndex(a, k, f.crossBorder, f.noKinds, c), f.flags(), f)
}

// facetIndex is the index in facetSets.slots of the facets with action a
// (the index in actions), principal kind k (in kinds), crossing a border
// or not, naming data kinds or not, and category c (in comity.Categories).
func facetIndex(a, k int, crossBorder, noKinds bool, c int) int {
	i := a*len(kinds) + k
	i *= 2
	if crossBorder {
		i++
	}
	i *= 2
	if noKinds {
		i++
	}
	return i*len(comity.Categories) + c
}

// numFlags is the number of facets that flags packs.
const numFlags = 5

// flags packs the facets that relate parts of the request to each other
// (and the agreements it cites): the index in a slot's second level.
func (f facets) flags() int {
	i := 0
	for _, b := range [numFlags]bool{f.nodeHome, f.atHome, f.agreements, f.agency, f.thirdParty} {
		i <<= 1
		if b {
			i++
		}
	}
	return i
}

// kinds are the principal kinds, in the order of facetIndex.
var kinds = []string{KindOrganisation, KindAgency, KindAuthority}

// facetSets are one home's policies reduced for each combination of
// facets, made when a request of that combination first comes (a
// federation of many states sees few combinations at most of them) and
// kept. Safe for concurrent use; reading a made set takes no lock.
type facetSets struct {
	all                        *policySet
	home                       comity.Jurisdiction
	rulebook, params, baseline cedar.Value
	// slots are indexed by facetIndex, then by facets.flags; the second
	// level is made on first use, as most combinations never come.
	slots []atomic.Pointer[[1 << numFlags]atomic.Pointer[policySet]]

	mu      sync.Mutex // held while making a set
	reduced map[reduction]*cedar.Policy
	seen    map[string]*policySet // combinations that keep the same policies share them
}

func newFacetSets(all *policySet, home comity.Jurisdiction, rulebook, params, baseline cedar.Value) *facetSets {
	return &facetSets{all: all, home: home, rulebook: rulebook, params: params, baseline: baseline,
		slots:   make([]atomic.Pointer[[1 << numFlags]atomic.Pointer[policySet]], len(actions)*len(kinds)*2*2*len(comity.Categories)),
		reduced: map[reduction]*cedar.Policy{}, seen: map[string]*policySet{}}
}

// get returns the set at index i and flags j, for facets f (without the
// rulebook's).
func (fs *facetSets) get(i, j int, f facets) *policySet {
	if slot := fs.slots[i].Load(); slot != nil {
		if set := slot[j].Load(); set != nil {
			return set
		}
	}
	fs.mu.Lock()
	defer fs.mu.Unlock()
	slot := fs.slots[i].Load()
	if slot == nil {
		slot = new([1 << numFlags]atomic.Pointer[policySet])
		fs.slots[i].Store(slot)
	}
	if set := slot[j].Load(); set != nil {
		return set
	}
	f.home, f.rulebook, f.params, f.baseline = fs.home, fs.rulebook, fs.params, fs.baseline
	var entries []policyEntry
	var key []byte // the set's policies, by address
	for _, pe := range fs.all.entries {
		if p := f.reduce(pe.p, fs.reduced); p != nil {
			entries = append(entries, policyEntry{pe.id, p})
			key = fmt.Appendf(key, "%p,", p)
		}
	}
	set, ok := fs.seen[string(key)]
	if !ok {
		set = newPolicySet(entries)
		fs.seen[string(key)] = set
	}
	slot[j].Store(set)
	return set
}

// crossBorder reports whether r takes data out of its home or to a
// requester of another state (context.crossBorder).
func (r *Request) crossBorder() bool {
	home := r.Home()
	return r.Destination != home || r.Requester.Jurisdiction != home
}

// noKinds reports whether the requested data names no data kind
// (resource.kinds is empty).
func (r *Request) noKinds() bool {
	if r.Dataset != nil {
		return len(r.Dataset.Kinds) == 0
	}
	for i := range r.Records {
		if len(r.Records[i].Kinds) > 0 {
			return false
		}
	}
	return true
}

// category is the category of the requested data (resource.category):
// a dataset's, or the most protected of the records'.
func (r *Request) category() comity.Category {
	if r.Dataset != nil {
		return r.Dataset.Category
	}
	var top comity.Category
	for i := range r.Records {
		if c := r.Records[i].Category; slices.Index(comity.Categories, c) > slices.Index(comity.Categories, top) {
			top = c
		}
	}
	return top
}
