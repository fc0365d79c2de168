package rulebook

import (
	"fmt"
	"slices"
	"sync"

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
	noKinds     bool // resource.kinds is empty
	nodeHome    bool // context.node == resource.home
	atHome      bool // principal.jurisdiction == resource.home
	agreements  bool // !context.agreements.isEmpty()
	agency      bool // !context.agencyAgreements.isEmpty()
	thirdParty  bool // !context.thirdPartyAgreements.isEmpty()
	// strs are the request's stringAttrs, each "" and other when it is
	// none of the strings the policies compare it with (named).
	strs  [len(stringAttrs)]string
	other [len(stringAttrs)]bool
	named *[len(stringAttrs)]map[string]int
	// nums are the request's numAttrs, as the first request of the
	// combination had them; namedNums the numbers the policies name.
	nums      []int64
	namedNums [][]int64
	home      comity.Jurisdiction // "": not known (the bare rules serve every home)
	rulebook  cedar.Value         // context.rulebook
	params    cedar.Value         // context.params
	baseline  cedar.Value         // context.baseline
}

// policies returns the policies to evaluate for r, whose context cites
// the agreements ags: those its facets do not exclude, reduced.
func (s *stateRules) policies(r *Request, ags *cited, volume Counts, subjects int) *policySet {
	a, k, c := slices.Index(actions, r.Action), slices.Index(kinds, r.Requester.Kind), slices.Index(comity.Categories, r.category())
	if a < 0 || k < 0 || c < 0 {
		return s.all
	}
	home := r.Home()
	f := facets{action: actionUID(actions[a]), principal: principalTypes[kinds[k]], crossBorder: r.crossBorder(),
		category: comity.Categories[c], noKinds: r.noKinds(),
		nodeHome: r.Node == "" || r.Node == home, atHome: r.Requester.Jurisdiction == home,
		agreements: len(ags.agreements) > 0, agency: len(ags.agency) > 0, thirdParty: len(ags.thirdParty) > 0}
	var buf [64]byte
	key := key(buf[:0]).int(facetIndex(a, k, f.crossBorder, f.noKinds, c)).int(f.flags())
	for i, v := range r.strings() {
		n, named := s.sets.named[i][v]
		if !named {
			n = -1
			f.other[i] = true
		} else {
			f.strs[i] = v
		}
		key = key.int(n)
	}
	var nums [maxNumAttrs]int64
	for i, named := range s.sets.namedNums {
		if len(named) > 0 {
			nums[i] = number(i, volume, subjects)
			key = key.int(i).int(numberClass(nums[i], named))
		}
	}
	return s.sets.get(key, f, &nums)
}

// facetIndex is the index of the facets with action a (the index in
// actions), principal kind k (in kinds), crossing a border or not, naming
// data kinds or not, and category c (in comity.Categories).
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
// (and the agreements it cites).
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
	// named are, for each of stringAttrs, the strings that the policies
	// compare it with, by position: its facet when it is one of them.
	named [len(stringAttrs)]map[string]int
	// namedNums are, for each of numAttrs, the numbers that the policies
	// compare it with, sorted.
	namedNums [][]int64
	sets      cache[*policySet] // by the key policies makes

	mu      sync.Mutex            // held while making a set
	made    map[string]*policySet // every set made, by key: sets forgets when full
	reduced map[reduction]*cedar.Policy
	seen    map[string]*policySet // combinations that keep the same policies share them
	memo    memo                  // decisions by set and values read (memo.go)
}

// maxMade bounds facetSets.made.
const maxMade = 1 << 16

func newFacetSets(all *policySet, home comity.Jurisdiction, rulebook, params, baseline cedar.Value) *facetSets {
	fs := &facetSets{all: all, home: home, rulebook: rulebook, params: params, baseline: baseline,
		made: map[string]*policySet{}, reduced: map[reduction]*cedar.Policy{}, seen: map[string]*policySet{}}
	fs.named, fs.namedNums = facets{rulebook: rulebook, params: params, baseline: baseline}.namedStrings(all)
	all.plan = planOf(all.entries) // all's id is 0
	return fs
}

// get returns the set for facets f (without the rulebook's) and numbers
// nums (numAttrs), whose combination k names.
func (fs *facetSets) get(k key, f facets, nums *[maxNumAttrs]int64) *policySet {
	if set, ok := fs.sets.get(k); ok {
		return set
	}
	fs.mu.Lock()
	defer fs.mu.Unlock()
	if set, ok := fs.made[string(k)]; ok {
		fs.sets.put(k, set)
		return set
	}
	f.home, f.rulebook, f.params, f.baseline, f.named = fs.home, fs.rulebook, fs.params, fs.baseline, &fs.named
	f.namedNums, f.nums = fs.namedNums, slices.Clone(nums[:numAttrs])
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
		set.id, set.plan = len(fs.seen)+1, planOf(entries)
		fs.seen[string(key)] = set
	}
	if len(fs.made) >= maxMade {
		// Combinations are bounded by the strings the rulebook names,
		// but a requester can walk through many of them: forget the
		// keys (the sets themselves stay shared in seen).
		clear(fs.made)
	}
	fs.made[string(k)] = set
	fs.sets.put(k, set)
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
