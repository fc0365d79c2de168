package release

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/ledger"
)

// Config configures a node's release Service.
type Config struct {
	// NodeName and Home are the node's name and state; vendors are its
	// principals with role vendor.
	NodeName string
	Home     comity.Jurisdiction
	// Ledger is the node's witnessed log: key events and releases are
	// entries on it. Prove turns a receipt into an inclusion proof against
	// the latest published checkpoint (ledger.ErrNotPublished until one
	// covers it); Checkpoint returns that checkpoint.
	Ledger     comity.Ledger
	Prove      func(ctx context.Context, r *comity.Receipt) (*ledger.Proof, error)
	Checkpoint func(ctx context.Context) ([]byte, error)
	Origin     string
	// BundleWait is how long Publish waits for a checkpoint with the
	// witness quorum before answering with a receipt instead of a bundle:
	// the log's maximum merge delay plus a witness round.
	BundleWait time.Duration
	Store      Store
	// Screen refuses statements whose text holds personal information
	// (pii.Screen); the ledger screens the rest of each entry.
	Screen comity.TextScreen
	// Manifest is the signed federation manifest (raw JSON) for trust
	// files; nil outside a federation (trust files then name the log alone).
	Manifest []byte
	// LogURL and LogKey describe this node's log in trust files exported
	// outside a federation.
	LogURL, LogKey string
	// OnRefusal, if set, is called for every refused publication (metrics).
	OnRefusal func(reason string)
}

// Service registers vendor keys and logs releases at a vendor's home node.
// Every change is a ledger entry before it takes effect.
type Service struct {
	cfg   Config
	watch *watcher
	keys  keyCache
}

// keyCache holds the keys publications look up, parsed. Only the Service
// changes keys, and it refreshes an entry after every change it stores.
type keyCache struct {
	mu   sync.RWMutex
	byID map[string]*cachedKey
}

type cachedKey struct {
	rec KeyRecord
	pub *PublicKey
}

// NewService returns the release service of a node.
func NewService(cfg Config) *Service {
	return &Service{cfg: cfg, watch: newWatcher(cfg.Checkpoint), keys: keyCache{byID: map[string]*cachedKey{}}}
}

// staleReservation is how old a reservation that was never logged must be
// before the same release may take it over: far longer than logging takes.
const staleReservation = time.Minute

// Published is the answer to a publication: the bundle when the release is
// in a published checkpoint within BundleWait, else the receipt, with which
// the bundle is fetched later.
type Published struct {
	Bundle  *Bundle         `json:"bundle,omitempty"`
	Receipt *comity.Receipt `json:"receipt"`
	Purl    string          `json:"purl"`
	// Existing is true when the same release was logged before.
	Existing bool `json:"existing,omitempty"`
}

// vendorOf checks that by may act as a vendor of this node's state.
func (s *Service) vendorOf(by *comity.Principal) error {
	if !by.Has(comity.RoleVendor) || by.Via != "" || by.Jurisdiction != s.cfg.Home {
		return comity.Errorf(comity.EFORBIDDEN, "only vendors homed in %s act on this node's releases", s.cfg.Home)
	}
	return nil
}

// RegisterKey registers a vendor's public key (PEM); proof is the key's
// signature over KeyProofMessage. With replaces, it rotates: the old key
// is retired at the same entry, so releases it signed before stay valid
// and new ones need the new key.
func (s *Service) RegisterKey(ctx context.Context, by *comity.Principal, pemKey, proof []byte, replaces string) (*KeyRecord, error) {
	if err := s.vendorOf(by); err != nil {
		return nil, err
	}
	pub, err := ParsePublicKey(pemKey)
	if err != nil {
		return nil, err
	}
	if !pub.Verify(KeyProofMessage(pub.ID), proof) {
		return nil, comity.Errorf(comity.EINVALID, "the proof of possession of key %s does not verify", short(pub.ID))
	}
	if _, err := s.cfg.Store.Key(ctx, pub.ID); err == nil {
		return nil, comity.Errorf(comity.ECONFLICT, "key %s is registered already", short(pub.ID))
	} else if comity.ErrorCode(err) != comity.ENOTFOUND {
		return nil, err
	}
	var old *KeyRecord
	if replaces != "" {
		if old, err = s.ownKey(ctx, by, replaces); err != nil {
			return nil, err
		}
		if old.State != KeyActive {
			return nil, comity.Errorf(comity.ECONFLICT, "key %s is %s, not active", short(replaces), old.State)
		}
	}
	k := &KeyRecord{Vendor: by.Organisation, Jurisdiction: by.Jurisdiction, KeyID: pub.ID, Alg: pub.Alg,
		PublicKey: pub.PEM, State: KeyActive}
	r, err := s.cfg.Ledger.Commit(ctx, keyEntry(s.cfg.NodeName, by, EventKeyRegistered, k, replaces, ""))
	if err != nil {
		return nil, err
	}
	k.Registered, k.Index = r.Time, r.Index
	if err := s.cfg.Store.AddKey(ctx, k); err != nil {
		return nil, err
	}
	if old != nil {
		old.State, old.Retired = KeyRetired, &r.Time
		if err := s.cfg.Store.UpdateKey(ctx, old); err != nil {
			return nil, err
		}
		if _, err := s.cacheKey(old); err != nil {
			return nil, err
		}
	}
	return k, nil
}

// RevokeKey revokes a vendor's key: every release it signed stops
// verifying. A revocation cannot be undone.
func (s *Service) RevokeKey(ctx context.Context, by *comity.Principal, keyID, reason string) (*KeyRecord, error) {
	if err := s.vendorOf(by); err != nil {
		return nil, err
	}
	if strings.TrimSpace(reason) == "" || len(reason) > 1024 {
		return nil, comity.Errorf(comity.EINVALID, "a revocation needs a reason (at most 1024 bytes)")
	}
	k, err := s.ownKey(ctx, by, keyID)
	if err != nil {
		return nil, err
	}
	if k.State == KeyRevoked {
		return nil, comity.Errorf(comity.ECONFLICT, "key %s is revoked already", short(keyID))
	}
	r, err := s.cfg.Ledger.Commit(ctx, keyEntry(s.cfg.NodeName, by, EventKeyRevoked, k, "", reason))
	if err != nil {
		return nil, err
	}
	k.State, k.Revoked, k.Reason = KeyRevoked, &r.Time, reason
	if err := s.cfg.Store.UpdateKey(ctx, k); err != nil {
		return nil, err
	}
	_, err = s.cacheKey(k)
	return k, err
}

// ownKey returns a copy of by's key keyID with its parsed public key.
func (s *Service) ownKey(ctx context.Context, by *comity.Principal, keyID string) (*KeyRecord, error) {
	c, err := s.key(ctx, keyID)
	if err != nil {
		return nil, err
	}
	if c.rec.Vendor != by.Organisation || c.rec.Jurisdiction != by.Jurisdiction {
		return nil, comity.Errorf(comity.ENOTFOUND, "no key %s", keyID)
	}
	k := c.rec
	return &k, nil
}

func (s *Service) key(ctx context.Context, keyID string) (*cachedKey, error) {
	s.keys.mu.RLock()
	c, ok := s.keys.byID[keyID]
	s.keys.mu.RUnlock()
	if ok {
		return c, nil
	}
	k, err := s.cfg.Store.Key(ctx, keyID)
	if err != nil {
		return nil, err
	}
	return s.cacheKey(k)
}

// cacheKey stores k's current record in the cache.
func (s *Service) cacheKey(k *KeyRecord) (*cachedKey, error) {
	pub, err := ParsePublicKey([]byte(k.PublicKey))
	if err != nil {
		return nil, err
	}
	c := &cachedKey{rec: *k, pub: pub}
	s.keys.mu.Lock()
	s.keys.byID[k.KeyID] = c
	s.keys.mu.Unlock()
	return c, nil
}

// Publish verifies a signed release and logs it: the envelope must parse,
// carry a valid signature by one of the vendor's active keys, and name a
// version of its product not logged before with other digests (no silent
// re-tag). Refusals after authentication are logged too, with the reason.
// It waits up to BundleWait for a checkpoint with the witness quorum.
func (s *Service) Publish(ctx context.Context, by *comity.Principal, raw []byte) (*Published, error) {
	if err := s.vendorOf(by); err != nil {
		return nil, err
	}
	env, err := ParseEnvelope(raw)
	if err != nil {
		return nil, comity.Errorf(comity.EINVALID, "%w", err)
	}
	if len(env.Payload) > MaxStatementSize {
		return nil, comity.Errorf(comity.ETOOLARGE, "the statement is %d bytes; a logged statement may have %d", len(env.Payload), MaxStatementSize)
	}
	st, err := ParseStatement(env.Payload)
	if err != nil {
		return nil, comity.Errorf(comity.EINVALID, "%w", err)
	}
	if err := st.screen(s.cfg.Screen); err != nil {
		return nil, err
	}
	keyID, err := s.signedBy(ctx, by, env)
	if err != nil {
		return nil, s.refuse(ctx, by, env, st, keyID, "key", err)
	}
	rec := &Record{PURL: st.Predicate.PURL, Product: st.Product, Version: st.Version, Vendor: by.Organisation,
		Home: by.Jurisdiction, KeyID: keyID, Digests: st.Digests(), Envelope: raw, Reserved: comity.Now()}
	old, reserved, err := s.cfg.Store.ReserveRelease(ctx, rec)
	if err != nil {
		return nil, err
	}
	if !reserved {
		if old.Vendor != rec.Vendor || !slices.Equal(old.Digests, rec.Digests) {
			return nil, s.refuse(ctx, by, env, st, keyID, "re-tag", comity.Errorf(comity.ECONFLICT,
				"%s@%s is logged already with other artefacts (entry %d); a version is released once", st.Product, st.Version, old.Index))
		}
		switch {
		case old.Logged:
			p, err := s.bundle(ctx, old, s.cfg.BundleWait)
			if p != nil {
				p.Existing = true
			}
			return p, err
		case comity.Now().Sub(old.Reserved) < staleReservation:
			return nil, comity.Errorf(comity.EUNAVAILABLE, "%s@%s is being logged; retry", st.Product, st.Version)
		}
		// A reservation that was never logged (the node stopped between
		// reserving and logging): the same release takes it over. Its
		// digests stay binding, since a crash after logging and before
		// recording the index would otherwise let a re-tag through; at
		// worst the same release is logged twice.
		if err := s.cfg.Store.UpdateRelease(ctx, rec); err != nil {
			return nil, err
		}
	}
	r, err := s.cfg.Ledger.Commit(ctx, releaseEntry(s.cfg.NodeName, by, env, st, keyID, nil))
	if err != nil {
		if derr := s.cfg.Store.DropRelease(context.WithoutCancel(ctx), rec.Product, rec.Version); derr != nil {
			err = errors.Join(err, derr)
		}
		return nil, err
	}
	rec.Logged, rec.Index, rec.LoggedAt, rec.Receipt = true, r.Index, r.Time, r
	if err := s.cfg.Store.UpdateRelease(ctx, rec); err != nil {
		return nil, err
	}
	return s.bundle(ctx, rec, s.cfg.BundleWait)
}

// signedBy returns the ID of the vendor's active key that signed env.
func (s *Service) signedBy(ctx context.Context, by *comity.Principal, env *Envelope) (string, error) {
	keys := map[string]*PublicKey{}
	var why error
	for _, sig := range env.Signatures {
		k, err := s.ownKey(ctx, by, sig.KeyID)
		if comity.ErrorCode(err) == comity.ENOTFOUND {
			continue
		} else if err != nil {
			return "", err
		}
		if k.State != KeyActive {
			why = comity.Errorf(comity.EFORBIDDEN, "key %s is %s", short(k.KeyID), k.State)
			continue
		}
		c, err := s.key(ctx, k.KeyID)
		if err != nil {
			return "", err
		}
		keys[k.KeyID] = c.pub
	}
	if len(keys) == 0 {
		if why != nil {
			return env.Signatures[0].KeyID, why
		}
		return env.Signatures[0].KeyID, comity.Errorf(comity.EFORBIDDEN, "the release is signed by no registered key of %s", by.Organisation)
	}
	id, err := env.VerifyBy(keys)
	if err != nil {
		return env.Signatures[0].KeyID, comity.Errorf(comity.EFORBIDDEN, "%w", err)
	}
	return id, nil
}

// refuse logs a refused publication and returns failure (or the logging
// error: a refusal that cannot be logged is not answered as a refusal).
func (s *Service) refuse(ctx context.Context, by *comity.Principal, env *Envelope, st *Statement, keyID, reason string, failure error) error {
	if s.cfg.OnRefusal != nil {
		s.cfg.OnRefusal(reason)
	}
	if _, err := s.cfg.Ledger.Commit(ctx, releaseEntry(s.cfg.NodeName, by, env, st, keyID, failure)); err != nil {
		return fmt.Errorf("log refused release: %w", err)
	}
	return failure
}

// Bundle returns the bundle of a logged release, waiting up to wait for a
// published checkpoint that covers it.
func (s *Service) Bundle(ctx context.Context, purl string, wait time.Duration) (*Published, error) {
	product, version, err := SplitPURL(purl)
	if err != nil {
		return nil, err
	}
	rec, err := s.cfg.Store.Release(ctx, product, version)
	if err != nil {
		return nil, err
	}
	if !rec.Logged {
		return nil, comity.Errorf(comity.ENOTFOUND, "no release %s@%s", product, version)
	}
	return s.bundle(ctx, rec, wait)
}

func (s *Service) bundle(ctx context.Context, rec *Record, wait time.Duration) (*Published, error) {
	p := &Published{Receipt: rec.Receipt, Purl: rec.PURL}
	wctx, cancel := context.WithTimeout(ctx, wait)
	defer cancel()
	if err := s.watch.wait(wctx, rec.Index); err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		return p, nil // not yet: the caller gets the receipt
	}
	proof, err := s.cfg.Prove(ctx, rec.Receipt)
	if errors.Is(err, ledger.ErrNotPublished) {
		return p, nil
	} else if err != nil {
		return nil, err
	}
	env, err := ParseEnvelope(rec.Envelope)
	if err != nil {
		return nil, err
	}
	p.Bundle = &Bundle{MediaType: BundleMediaType, Envelope: env, Log: s.cfg.Origin, Index: proof.Index,
		Entry: proof.Entry, TreeSize: proof.TreeSize, Inclusion: proof.Inclusion, Checkpoint: string(proof.Checkpoint)}
	return p, nil
}

// Yank marks a release as withdrawn, with a reason, by a logged entry. The
// release stays on the log (nothing is deleted); online verification and
// the release list report it.
func (s *Service) Yank(ctx context.Context, by *comity.Principal, purl, reason string) (*Record, error) {
	if err := s.vendorOf(by); err != nil {
		return nil, err
	}
	if strings.TrimSpace(reason) == "" || len(reason) > 1024 {
		return nil, comity.Errorf(comity.EINVALID, "a yank needs a reason (at most 1024 bytes)")
	}
	product, version, err := SplitPURL(purl)
	if err != nil {
		return nil, err
	}
	rec, err := s.cfg.Store.Release(ctx, product, version)
	if err != nil {
		return nil, err
	}
	if !rec.Logged || rec.Vendor != by.Organisation {
		return nil, comity.Errorf(comity.ENOTFOUND, "no release %s@%s of %s", product, version, by.Organisation)
	}
	if rec.Yanked != nil {
		return nil, comity.Errorf(comity.ECONFLICT, "%s@%s was yanked already", product, version)
	}
	r, err := s.cfg.Ledger.Commit(ctx, yankEntry(s.cfg.NodeName, by, product, version, reason))
	if err != nil {
		return nil, err
	}
	rec.Yanked, rec.YankReason = &r.Time, reason
	return rec, s.cfg.Store.UpdateRelease(ctx, rec)
}

// Releases lists the logged releases of a product purl (without version;
// every product if empty).
func (s *Service) Releases(ctx context.Context, product string) ([]*Record, error) {
	return s.cfg.Store.Releases(ctx, product)
}

// Trust returns the trust file of this node: the signed manifest (or this
// log alone) and every key its vendors registered, with its history.
func (s *Service) Trust(ctx context.Context) (*TrustFile, error) {
	keys, err := s.cfg.Store.Keys(ctx)
	if err != nil {
		return nil, err
	}
	f := &TrustFile{Version: 1, Exported: comity.Now(), VendorKeys: []KeyRecord{}}
	for _, k := range keys {
		f.VendorKeys = append(f.VendorKeys, *k)
	}
	if s.cfg.Manifest != nil {
		f.Manifest = json.RawMessage(s.cfg.Manifest)
	} else {
		f.Logs = []TrustedLog{{Origin: s.cfg.Origin, Jurisdiction: s.cfg.Home, Key: s.cfg.LogKey, URL: s.cfg.LogURL}}
	}
	return f, nil
}
