package rulebook

import (
	"encoding/binary"
	"slices"

	cedar "github.com/cedar-policy/cedar-go"
	"github.com/cedar-policy/cedar-go/types"
	xast "github.com/cedar-policy/cedar-go/x/exp/ast"

	"github.com/comity-project/comity"
)

// A reduced policy set reads few of a request's values: what the facets
// fixed has been folded away. Cedar's answer is a function of the values
// the policies read and of nothing else (the entities have no parents and
// no tags; nothing is read from the clock), so the engine remembers, per
// set, the policies that matched for each combination of the values read,
// and evaluates a set again only for a combination it has not seen.
//
// Anything a set might read that is not a plain path of attributes
// (principal.jurisdiction, context.params.x, Volume::"request".kinds.health)
// makes the set unmemoized: an entity compared or tested with in, tags,
// attributes of a computed entity. A wrong memo would turn a denial into
// an allow, so the plan is conservative: a node it does not know stops it.

// memoPlan is what a policy set reads: the paths whose values decide it.
// ok is false when the set reads something else and is never memoized.
type memoPlan struct {
	ok    bool
	reads []attrPath
}

// attrPath is a chain of attribute accesses from principal, resource, context
// or the volume entity: principal.jurisdiction is {rootPrincipal,
// ["jurisdiction"]}.
type attrPath struct {
	root  byte
	attrs []string
	// named are the Longs the policies compare the path's value with,
	// sorted, when they do nothing else with it: a Long is then keyed
	// by where it falls among them (numberClass), as every Long there
	// compares alike; a volume grows without making new entries.
	named []int64
}

const (
	rootPrincipal = 'p'
	rootResource  = 'r'
	rootContext   = 'c'
	rootVolume    = 'v'
)

// planOf returns what the policies of entries read.
func planOf(entries []policyEntry) memoPlan {
	plan := memoPlan{ok: true}
	index := map[string]int{} // plan.reads by path
	raw := map[int]bool{}     // paths read other than compared with a Long
	add := func(p attrPath, lit *int64) {
		k := string(key(nil).int(int(p.root)).strs(p.attrs))
		i, ok := index[k]
		if !ok {
			i = len(plan.reads)
			index[k] = i
			plan.reads = append(plan.reads, p)
		}
		if lit == nil {
			raw[i] = true
		} else if r := &plan.reads[i]; !slices.Contains(r.named, *lit) {
			r.named = append(r.named, *lit)
			slices.Sort(r.named)
		}
	}
	for _, pe := range entries {
		a := pe.p.AST()
		// The principal's and the resource's types are always keyed;
		// a scope that names an entity or a group is not.
		switch a.Principal.(type) {
		case xast.ScopeTypeAll, xast.ScopeTypeIs:
		default:
			return memoPlan{}
		}
		switch a.Resource.(type) {
		case xast.ScopeTypeAll, xast.ScopeTypeIs:
		default:
			return memoPlan{}
		}
		// The action is always keyed, and no action entity is given, so
		// any action scope depends on the action's uid alone.
		for _, c := range a.Conditions {
			if !reads(c.Body, add) {
				return memoPlan{}
			}
		}
	}
	for i := range raw {
		plan.reads[i].named = nil
	}
	return plan
}

// reads calls add with each path that n reads (and the Long it compares
// it with, if that is all it does there), and reports whether n reads
// nothing else.
func reads(n xast.IsNode, add func(attrPath, *int64)) bool {
	ok := true
	xast.Inspect(xast.NewNode(n), func(n xast.IsNode) bool {
		if !ok {
			return false
		}
		switch n := n.(type) {
		case xast.NodeTypeAccess, xast.NodeTypeHas:
			// a has b reads a.b: its value or, when there is none,
			// where the chain stops.
			if p, isPath := pathOf(n); isPath {
				add(p, nil)
			} else {
				ok = false
			}
			return false
		case xast.NodeTypeVariable:
			// The action's uid is keyed; a bare principal, resource or
			// context would be compared as a whole.
			ok = n.Name == "action"
			return false
		case xast.NodeTypeIs:
			// The principal's and the resource's types are keyed.
			if isVar(n.Left, "principal") || isVar(n.Left, "resource") {
				return false
			}
			return true
		case xast.NodeValue:
			return false
		case xast.NodeTypeEquals:
			return !comparedWithLong(n.BinaryNode, add)
		case xast.NodeTypeNotEquals:
			return !comparedWithLong(n.BinaryNode, add)
		case xast.NodeTypeLessThan:
			return !comparedWithLong(n.BinaryNode, add)
		case xast.NodeTypeLessThanOrEqual:
			return !comparedWithLong(n.BinaryNode, add)
		case xast.NodeTypeGreaterThan:
			return !comparedWithLong(n.BinaryNode, add)
		case xast.NodeTypeGreaterThanOrEqual:
			return !comparedWithLong(n.BinaryNode, add)
		case xast.NodeTypeAnd, xast.NodeTypeOr, xast.NodeTypeNot, xast.NodeTypeNegate, xast.NodeTypeIfThenElse,
			xast.NodeTypeAdd, xast.NodeTypeSub, xast.NodeTypeMult, xast.NodeTypeContains, xast.NodeTypeContainsAll,
			xast.NodeTypeContainsAny, xast.NodeTypeIsEmpty, xast.NodeTypeLike, xast.NodeTypeSet, xast.NodeTypeRecord,
			xast.NodeTypeExtensionCall:
			return true
		}
		// in (entity hierarchy), is-in, tags, anything new: not memoized.
		ok = false
		return false
	})
	return ok
}

// comparedWithLong adds the path of a comparison of a path with a Long
// literal, with the literal, and reports whether it was one.
func comparedWithLong(b xast.BinaryNode, add func(attrPath, *int64)) bool {
	l, r := b.Left, b.Right
	if _, ok := l.(xast.NodeValue); ok {
		l, r = r, l
	}
	v, ok := r.(xast.NodeValue)
	if !ok {
		return false
	}
	n, ok := v.Value.(types.Long)
	if !ok {
		return false
	}
	if _, ok := l.(xast.NodeTypeAccess); !ok {
		return false
	}
	p, ok := pathOf(l)
	if !ok {
		return false
	}
	lit := int64(n)
	add(p, &lit)
	return true
}

// pathOf returns the path that an access or has node reads, if it is a
// chain of attributes from principal, resource, context or the volume.
func pathOf(n xast.IsNode) (attrPath, bool) {
	var attrs []string
	for {
		switch a := n.(type) {
		case xast.NodeTypeAccess:
			attrs = append(attrs, string(a.Value))
			n = a.Arg
			continue
		case xast.NodeTypeHas:
			attrs = append(attrs, string(a.Value))
			n = a.Arg
			continue
		case xast.NodeTypeVariable:
			var root byte
			switch a.Name {
			case "principal":
				root = rootPrincipal
			case "resource":
				root = rootResource
			case "context":
				root = rootContext
			default:
				return attrPath{}, false
			}
			return attrPath{root: root, attrs: reversed(attrs)}, true
		case xast.NodeValue:
			if a.Value == types.Value(volumeUID) {
				return attrPath{root: rootVolume, attrs: reversed(attrs)}, true
			}
		}
		return attrPath{}, false
	}
}

func reversed(ss []string) []string {
	for i, j := 0, len(ss)-1; i < j; i, j = i+1, j-1 {
		ss[i], ss[j] = ss[j], ss[i]
	}
	return ss
}

// maxMemoKey bounds a memo key: a request whose values read are longer
// (many controllers, long strings) is evaluated, not remembered.
const maxMemoKey = 512

// key appends to k what the plan reads of req and ents: the action, the
// principal's and the resource's types, then each path's value or where
// reading it stops. ok is false when the set is not memoized or the key
// would be too long.
func (plan *memoPlan) key(k key, req *cedar.Request, ents *entities, requester *Requester, volume *Counts) (key, bool) {
	in := memoInput{ents, requester, volume}
	if !plan.ok {
		return k, false
	}
	k = uidKey(k, req.Action)
	k = k.str(string(req.Principal.Type)).str(string(req.Resource.Type))
	for i := range plan.reads {
		p := &plan.reads[i]
		switch p.root {
		case rootPrincipal:
			k = in.walkEntity(k, req.Principal, p)
		case rootResource:
			k = in.walkEntity(k, req.Resource, p)
		case rootVolume:
			k = in.volumeKey(k, p, 0)
		case rootContext:
			k = in.walk(k, req.Context, p)
		}
		if len(k) > maxMemoKey {
			return k, false
		}
	}
	return k, true
}

// memoInput is what a key is read from: the resource (ents[1]), and the
// requester and the counts, of which the principal and volume entities are
// not built (see principalKey, volumeKey).
type memoInput struct {
	ents      *entities
	requester *Requester
	volume    *Counts
}

// walkEntity is walk from the attributes of the entity uid.
func (in memoInput) walkEntity(k key, uid types.EntityUID, p *attrPath) key {
	return in.read(k, p, types.Record{}, uid, true)
}

// walk appends the value at p's attributes (at least one) from rec, as
// Cedar reads it, or at which attribute and how reading stops: the
// attribute is missing (has is false, an access fails), or what holds it
// is an entity not given (likewise) or no record (both fail). Two
// requests with the same bytes evaluate every access and has of the path
// alike.
func (in memoInput) walk(k key, rec types.Record, p *attrPath) key {
	return in.read(k, p, rec, types.EntityUID{}, false)
}

// read is walk from rec, or from the entity uid when entity is set. It
// loops rather than recurs, so that k's buffer stays on the caller's
// stack.
func (in memoInput) read(k key, p *attrPath, rec types.Record, uid types.EntityUID, entity bool) key {
	for i, a := range p.attrs {
		if entity {
			switch uid {
			case in.ents[0].UID:
				return in.principalKey(k, p, i)
			case in.ents[1].UID:
				rec = in.ents[1].Attributes
			case volumeUID:
				return in.volumeKey(k, p, i)
			default:
				return stop(k, i, 'E')
			}
		}
		v, ok := rec.Get(types.String(a))
		if !ok {
			return stop(k, i, 'A')
		}
		if i == len(p.attrs)-1 {
			return p.value(k, v)
		}
		switch v := v.(type) {
		case types.Record:
			rec, entity = v, false
		case types.EntityUID:
			uid, entity = v, true
		default:
			return stop(k, i+1, 'T')
		}
	}
	return k
}

// principalKey is walk over the principal entity, from the i-th of p's
// attributes, read from the requester as entityCaches.principal builds
// it: jurisdiction, organisation (Strings), roles (a Set of Strings).
func (in memoInput) principalKey(k key, p *attrPath, i int) key {
	q := in.requester
	if i < len(p.attrs)-1 {
		switch p.attrs[i] {
		case "jurisdiction", "organisation", "roles":
			return stop(k, i+1, 'T') // no attributes
		}
		return stop(k, i, 'A')
	}
	switch p.attrs[i] {
	case "jurisdiction":
		return append(k.int(len(p.attrs)), 's').str(string(q.Jurisdiction))
	case "organisation":
		return append(k.int(len(p.attrs)), 's').str(q.Organisation)
	case "roles":
		// As value keys a set of strings: sorted, each once.
		var buf [8]string
		roles := buf[:0]
		for _, r := range q.Roles {
			roles = append(roles, string(r))
		}
		slices.Sort(roles)
		return append(k.int(len(p.attrs)), 'S').strs(slices.Compact(roles))
	}
	return stop(k, i, 'A')
}

// volumeKey is walk over the volume entity, from the i-th of p's
// attributes, read from the counts as entityCaches.volume builds it:
// volumeCounts, then kinds, a record of every data kind's count.
func (in memoInput) volumeKey(k key, p *attrPath, i int) key {
	a := p.attrs[i]
	if j := slices.Index(volumeCounts[:], a); j >= 0 {
		if i < len(p.attrs)-1 {
			return stop(k, i+1, 'T') // a Long has no attributes
		}
		return p.long(k, number(j, *in.volume, 0))
	}
	if a != "kinds" {
		return stop(k, i, 'A')
	}
	if i == len(p.attrs)-1 {
		return p.value(k, kindCounts(in.volume.Kinds))
	}
	kind := comity.DataKind(p.attrs[i+1])
	if !slices.Contains(comity.DataKinds, kind) {
		return stop(k, i+1, 'A')
	}
	if i+1 < len(p.attrs)-1 {
		return stop(k, i+2, 'T')
	}
	return p.long(k, int64(in.volume.Kinds[kind]))
}

// value appends v, the value at the end of p: a Long that p is only
// compared with literals by its class among them, anything else exactly.
func (p *attrPath) value(k key, v cedar.Value) key {
	if n, isLong := v.(types.Long); isLong {
		return p.long(k, int64(n))
	}
	return value(k.int(len(p.attrs)), v)
}

// long is value for a Long, without boxing it.
func (p *attrPath) long(k key, n int64) key {
	k = k.int(len(p.attrs))
	if p.named != nil {
		return append(k, 'n').int(numberClass(n, p.named))
	}
	return binary.AppendVarint(append(k, 'l'), n)
}

// stop appends where (the index of the attribute) and how reading a path
// stopped; a value read is marked by the path's length, so the two never
// meet.
func stop(k key, i int, how byte) key {
	return append(k.int(-1-i), how)
}

func uidKey(k key, uid types.EntityUID) key {
	return append(k, 'e').str(string(uid.Type)).str(string(uid.ID))
}

// maxSetKey is the most elements of a set of strings keyed element by
// element; larger sets, and sets of anything else, are keyed by their
// Cedar text.
const maxSetKey = 16

// value appends v, exactly: every distinct value has distinct bytes.
func value(k key, v cedar.Value) key {
	switch v := v.(type) {
	case types.String:
		return append(k, 's').str(string(v))
	case types.Long:
		return binary.AppendVarint(append(k, 'l'), int64(v))
	case types.Boolean:
		return append(k, 'b').bool(bool(v))
	case types.EntityUID:
		return uidKey(k, v)
	case types.Datetime:
		return binary.AppendVarint(append(k, 'd'), v.Milliseconds())
	case types.Set:
		// Sets of a few strings (kinds, controllers, roles): sorted,
		// as a set's order means nothing.
		if v.Len() <= maxSetKey {
			var buf [maxSetKey]string
			ss, ok := buf[:0], true
			v.Iterate(func(e types.Value) bool {
				s, isStr := e.(types.String)
				ok = ok && isStr
				ss = append(ss, string(s))
				return ok
			})
			if ok {
				slices.Sort(ss)
				return append(k, 'S').strs(ss)
			}
		}
	}
	// Records, extension values, other sets: their Cedar text says what
	// they are (a set's elements in a fixed order; two equal sets may
	// differ in it, which costs a miss, never a wrong answer).
	return append(k, 'x').str(string(v.MarshalCedar()))
}

// maxMemo bounds each home's memo of decisions: a full memo starts again
// empty. A requester who varies what the policies read (its purpose, its
// organisation) makes new entries, never more than this.
const maxMemo = maxCached

// memo is one home's remembered decisions, by set and values read.
type memo = cache[[]cedar.DiagnosticReason]

// authorize returns the policies of set that match req, as
// cedar.Authorize finds them, from the memo when set's plan allows; else
// it builds the principal and volume entities into ents and asks Cedar.
func (fs *facetSets) authorize(set *policySet, ents *entities, req cedar.Request, requester *Requester, volume *Counts, caches *entityCaches) ([]cedar.DiagnosticReason, []cedar.DiagnosticError) {
	var buf [maxMemoKey + 64]byte
	k, ok := set.plan.key(key(buf[:0]).int(set.id), &req, ents, requester, volume)
	if ok {
		if reasons, hit := fs.memo.get(k); hit {
			return reasons, nil
		}
	}
	ents[0], ents[2] = caches.principal(requester), caches.volume(*volume)
	_, diag := cedar.Authorize(set, ents, req)
	// An error's message may name what the key leaves out (a record's
	// id): errors are never remembered.
	if ok && len(diag.Errors) == 0 {
		fs.memo.put(k, diag.Reasons)
	}
	return diag.Reasons, diag.Errors
}
