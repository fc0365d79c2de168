package comity

import (
	"cmp"
	"context"
	"errors"
	"maps"
	"slices"
	"strings"
)

// RecordService is how records are written and read at a node. Writes for
// records homed here go to the store; writes for records homed elsewhere are
// forwarded to their home node, or refused with an ERESIDENCY error naming
// the home — never stored here. Reads go through the gate here, or through
// the gate of the home node.
type RecordService struct {
	Node    Jurisdiction
	Store   RecordStore
	Gate    *Gate
	Forward Forwarder // nil: a node outside any federation refuses foreign homes
	// Classifier classifies records homed here as they are written; nil
	// means the controller's category is taken as given and required.
	Classifier Classifier
	// Screen refuses, at creation and import, record ids in which it finds
	// personal information: ids are kept in stores, cases and approvals
	// and travel between nodes, so they must be opaque. nil screens
	// nothing.
	Screen TextScreen
}

// checkID refuses an id that holds personal information, naming the kinds
// found and never the id.
func (s *RecordService) checkID(id string) error {
	return CheckText(s.Screen, "the record id", id)
}

// Create stores r at its home. Only a controller writes records, and only
// under its own organisation's name.
func (s *RecordService) Create(ctx context.Context, by *Principal, r *Record) (*RecordMeta, error) {
	if err := s.checkID(r.ID); err != nil {
		return nil, err
	}
	if err := s.authorizeWrite(by, r); err != nil {
		return nil, err
	}
	if r.Home != s.Node {
		meta, err := s.forward(r.Home, func(f Forwarder) (*RecordMeta, error) { return f.CreateRecord(ctx, r.Home, by, r) })
		return meta, err
	}
	if err := s.classify(r); err != nil {
		return nil, err
	}
	if err := s.Store.CreateRecord(ctx, r); err != nil {
		return nil, err
	}
	m := r.Meta()
	return &m, nil
}

// Update replaces a record's category, subjects and fields, if r.Version
// (when not 0) is the stored version.
func (s *RecordService) Update(ctx context.Context, by *Principal, r *Record) (*RecordMeta, error) {
	if err := s.authorizeWrite(by, r); err != nil {
		return nil, err
	}
	if r.Home != s.Node {
		return s.forward(r.Home, func(f Forwarder) (*RecordMeta, error) { return f.UpdateRecord(ctx, r.Home, by, r) })
	}
	if err := s.owned(ctx, by, r.ID); err != nil {
		return nil, err
	}
	if err := s.classify(r); err != nil {
		return nil, err
	}
	if err := s.Store.UpdateRecord(ctx, r); err != nil {
		return nil, err
	}
	stored, err := s.Store.GetRecord(ctx, r.ID)
	if err != nil {
		return nil, err
	}
	m := stored.Meta()
	return &m, nil
}

// Delete tombstones a record at its home.
func (s *RecordService) Delete(ctx context.Context, by *Principal, id string) error {
	home, err := HomeOf(id)
	if err != nil {
		return err
	}
	if !by.Has(RoleController) {
		return Errorf(EFORBIDDEN, "only a controller deletes records")
	}
	if home != s.Node {
		_, err := s.forward(home, func(f Forwarder) (*RecordMeta, error) { return nil, f.DeleteRecord(ctx, home, by, id) })
		return err
	}
	if err := s.owned(ctx, by, id); err != nil {
		return err
	}
	return s.Store.DeleteRecord(ctx, id)
}

// Import writes a batch idempotently. The batch is split by home; records
// homed elsewhere are forwarded, one batch per home.
func (s *RecordService) Import(ctx context.Context, by *Principal, rs []*Record) (ImportResult, error) {
	// Screening ids and classifying are most of an import's CPU outside
	// the store, and each record's own: they run on every core, and
	// report what a loop in order would (the first record's error).
	byHome := map[Jurisdiction][]*Record{}
	badID, err := eachRecord(rs, func(r *Record) error { return s.checkID(r.ID) })
	for i, r := range rs {
		if i == badID {
			return ImportResult{}, Errorf(EINVALID, "record %d of the batch: %s", i+1, ErrorMessage(err)).With("record", i+1)
		}
		if err := s.authorizeWrite(by, r); err != nil {
			return ImportResult{}, err
		}
		byHome[r.Home] = append(byHome[r.Home], r)
	}
	// Homes in a fixed order, this node's first: a batch that spans several
	// homes is stored per home, so when one home cannot be reached the ones
	// before it are stored and the error names it; running the import
	// again stores nothing twice.
	homes := slices.SortedFunc(maps.Keys(byHome), func(a, b Jurisdiction) int {
		return cmp.Or(cmp.Compare(boolRank(a != s.Node), boolRank(b != s.Node)), strings.Compare(string(a), string(b)))
	})
	var total ImportResult
	stored := map[Jurisdiction]ImportResult{}
	for _, home := range homes {
		batch := byHome[home]
		var (
			res ImportResult
			err error
		)
		if home == s.Node {
			if _, err := eachRecord(batch, s.classify); err != nil {
				return total, err
			}
			res, err = s.Store.ImportRecords(ctx, batch)
		} else {
			_, err = s.forward(home, func(f Forwarder) (*RecordMeta, error) {
				res, err = f.ImportRecords(ctx, home, by, batch)
				return nil, err
			})
		}
		if err != nil {
			var e *Error
			if errors.As(err, &e) && len(stored) > 0 {
				err = e.With("stored", stored) // what each home before this one stored
			}
			return total, err
		}
		stored[home] = res
		total.Created += res.Created
		total.Updated += res.Updated
		total.Unchanged += res.Unchanged
	}
	return total, nil
}

// Read releases records through the gate of their home: this node's gate
// for records homed here, the home node's gate otherwise. All ids of one
// request share one home.
func (s *RecordService) Read(ctx context.Context, req *AccessRequest, home Jurisdiction) (*Release, error) {
	for _, id := range req.RecordIDs {
		h, err := HomeOf(id)
		if err != nil {
			return nil, err
		}
		if home == "" {
			home = h
		} else if h != home {
			return nil, Errorf(EINVALID, "records of one request must share one home; %s is homed in %s, not %s", id, h, home)
		}
	}
	if home == "" || home == s.Node {
		return s.Gate.Read(ctx, req)
	}
	if req.Requester.Via != "" {
		// A request forwarded to us is never forwarded again.
		return nil, Errorf(ERESIDENCY, "records homed in %s are not at this node", home).With("home", home)
	}
	var rel *Release
	_, err := s.forward(home, func(f Forwarder) (*RecordMeta, error) {
		var err error
		rel, err = f.Read(ctx, home, req)
		return nil, err
	})
	return rel, err
}

func (s *RecordService) authorizeWrite(by *Principal, r *Record) error {
	if !by.Has(RoleController) {
		return Errorf(EFORBIDDEN, "only a controller writes records")
	}
	if r.Controller == "" {
		r.Controller = by.Organisation
	}
	if r.Controller != by.Organisation {
		return Errorf(EFORBIDDEN, "%s may not write records controlled by %s", by.Organisation, r.Controller)
	}
	return r.Validate()
}

func boolRank(b bool) int {
	if b {
		return 1
	}
	return 0
}

// classify records what the classifier finds in a record homed here and
// fills in its category when the controller gave none.
func (s *RecordService) classify(r *Record) error {
	if s.Classifier == nil {
		if r.Category == "" {
			return Errorf(EINVALID, "record %s needs a category: this node does not classify records", r.ID)
		}
		return subjectsNamed(r)
	}
	cat, fields := s.Classifier.Classify(r.Fields)
	c := &Classification{Detected: cat, Fields: fields}
	if kc, ok := s.Classifier.(DataKindClassifier); ok {
		c.Kinds = kc.DataKinds(fields)
	}
	// A controller may name more kinds than detected, never fewer.
	r.Kinds = MergeKinds(r.Kinds, c.Kinds)
	switch {
	case r.Category == "":
		r.Category = cat
	case r.Category != cat:
		c.Overridden = true
	}
	r.Classification = c
	return subjectsNamed(r)
}

// subjectsNamed refuses personal information about nobody: a personal or
// sensitive record must name its data subjects, or the volume limits that
// count people across releases would count it as no one.
func subjectsNamed(r *Record) error {
	if (r.Category == CategoryPersonal || r.Category == CategorySensitivePersonal) && len(r.Subjects) == 0 {
		return Errorf(EINVALID, "record %s is %s information about no one: name its data subjects", r.ID, r.Category).With("record", r.ID)
	}
	return nil
}

// Holds checks, without returning any content, that by's organisation is
// the controller of every record in ids and that each is homed at this
// node: what a controller must show before attesting anything about them.
func (s *RecordService) Holds(ctx context.Context, by *Principal, ids []string) error {
	if len(ids) == 0 || len(ids) > 10000 {
		return Errorf(EINVALID, "name from 1 to 10000 records")
	}
	for _, id := range ids {
		home, err := HomeOf(id)
		if err != nil {
			return err
		}
		if home != s.Node {
			return Errorf(ERESIDENCY, "record %s is homed in %s: attest it at its home", id, home).With("home", home)
		}
		if err := s.owned(ctx, by, id); err != nil {
			return err
		}
	}
	return nil
}

// Controls returns nil if by controls the live record id homed at this
// node, and ENOTFOUND otherwise (whether or not the record exists, so as
// to tell another organisation nothing). It reads no content out.
func (s *RecordService) Controls(ctx context.Context, by *Principal, id string) error {
	home, err := HomeOf(id)
	if err != nil {
		return err
	}
	if home != s.Node || by.Via != "" || s.owned(ctx, by, id) != nil {
		return Errorf(ENOTFOUND, "%s controls no record %s at this node", by.Organisation, id)
	}
	return nil
}

func (s *RecordService) owned(ctx context.Context, by *Principal, id string) error {
	cur, err := s.Store.GetRecord(ctx, id)
	if err != nil {
		return err
	}
	if cur.Controller != by.Organisation {
		return Errorf(EFORBIDDEN, "record %s is controlled by another organisation", id)
	}
	return nil
}

// forward runs fn against the forwarder, turning an unreachable or unknown
// home node into an ERESIDENCY error that names the home.
func (s *RecordService) forward(home Jurisdiction, fn func(Forwarder) (*RecordMeta, error)) (*RecordMeta, error) {
	if s.Forward == nil {
		return nil, Errorf(ERESIDENCY, "record is homed in %s and this node is in no federation: it is stored only at its home", home).With("home", home)
	}
	meta, err := fn(s.Forward)
	var e *Error
	if errors.As(err, &e) && e.Code == EUNAVAILABLE {
		return nil, Errorf(ERESIDENCY, "record is homed in %s, whose node cannot be reached (%s): it is never stored here", home, e.Message).With("home", home)
	}
	return meta, err
}
