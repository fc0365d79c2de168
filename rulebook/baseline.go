package rulebook

import (
	"crypto/ed25519"
	"crypto/sha256"
	"fmt"
	"slices"

	"github.com/comity-project/comity"
)

// BaselineChange replaces the federation baseline. No single state may
// change it: the change takes effect only with valid signatures of at least
// k member states (k is the quorum in the federation manifest), each over
// the new baseline's digest and the digest of the baseline it replaces, so
// that a change cannot be replayed onto another baseline.
type BaselineChange struct {
	Baseline   *Bundle          `json:"baseline"`
	Previous   string           `json:"previous"` // Digest of the baseline replaced
	Signatures []StateSignature `json:"signatures"`
}

// StateSignature is one member state's signature of a BaselineChange.
type StateSignature struct {
	State comity.Jurisdiction `json:"state"`
	Sig   []byte              `json:"sig"`
}

const baselineDomain = "comity baseline change v1\n"

func (c *BaselineChange) message() []byte {
	sum := sha256.Sum256([]byte(baselineDomain + c.Baseline.Digest() + "\n" + c.Previous + "\n"))
	return append([]byte(baselineDomain), sum[:]...)
}

// Sign adds (or replaces) state's signature.
func (c *BaselineChange) Sign(state comity.Jurisdiction, key ed25519.PrivateKey) error {
	if c.Baseline == nil || c.Baseline.Kind != KindBaseline {
		return fmt.Errorf("%w: a baseline change needs a baseline bundle", ErrBundle)
	}
	if len(key) != ed25519.PrivateKeySize {
		return fmt.Errorf("%w: private key of %d bytes", ErrSignature, len(key))
	}
	c.Signatures = slices.DeleteFunc(c.Signatures, func(s StateSignature) bool { return s.State == state })
	c.Signatures = append(c.Signatures, StateSignature{State: state, Sig: ed25519.Sign(key, c.message())})
	return nil
}

// Verify checks that the change replaces the baseline whose digest is
// previous with a newer version, and carries valid signatures of at least
// quorum distinct member states listed in keys. A signature by a state not
// in keys, a repeated state or a bad signature is an error: a change that
// carries a forged signature is refused outright, even if enough others are
// good.
func (c *BaselineChange) Verify(keys Keys, quorum int, previous *Bundle) error {
	if c.Baseline == nil || c.Baseline.Kind != KindBaseline {
		return fmt.Errorf("%w: a baseline change needs a baseline bundle", ErrBundle)
	}
	if quorum < 1 || quorum > len(keys) {
		return fmt.Errorf("%w: quorum %d of %d member states", ErrSignature, quorum, len(keys))
	}
	if previous != nil {
		if c.Previous != previous.Digest() {
			return fmt.Errorf("%w: the change replaces baseline %.12s…, not the installed %.12s…", ErrSignature, c.Previous, previous.Digest())
		}
		if c.Baseline.Version <= previous.Version {
			return comity.Errorf(comity.ECONFLICT, "baseline version %d is not newer than the installed %d", c.Baseline.Version, previous.Version)
		}
	}
	msg := c.message()
	seen := map[comity.Jurisdiction]bool{}
	for _, s := range c.Signatures {
		key, ok := keys[s.State]
		switch {
		case !ok:
			return fmt.Errorf("%w: %s is not a member state", ErrSignature, s.State)
		case seen[s.State]:
			return fmt.Errorf("%w: %s signed twice", ErrSignature, s.State)
		case !ed25519.Verify(key, msg, s.Sig):
			return fmt.Errorf("%w: the signature of %s does not verify", ErrSignature, s.State)
		}
		seen[s.State] = true
	}
	if len(seen) < quorum {
		return fmt.Errorf("%w: %d of the %d member states needed have signed the baseline change", ErrSignature, len(seen), quorum)
	}
	return nil
}
