package release

import (
	"context"
	"time"

	"github.com/comity-project/comity"
)

// Record is a release as the home node keeps it, beside its log entry.
type Record struct {
	PURL    string              `json:"purl"`
	Product string              `json:"product"`
	Version string              `json:"version"`
	Vendor  string              `json:"vendor"`
	Home    comity.Jurisdiction `json:"jurisdiction"`
	KeyID   string              `json:"keyid"`
	// Digests are the subjects' SHA-256 digests, sorted: what a second
	// publication of the same version must repeat.
	Digests  []string `json:"digests"`
	Envelope []byte   `json:"envelope"`
	// Reserved is when the publication that stored the record began.
	Reserved time.Time `json:"reserved"`
	// Logged is false while the entry is being written; Index is then
	// meaningless.
	Logged   bool            `json:"logged"`
	Index    uint64          `json:"index"`
	LoggedAt time.Time       `json:"logged_at"`
	Receipt  *comity.Receipt `json:"receipt,omitempty"`
	// Support are the declarations of the release's support period, in
	// log order: the release's own, then any later ones.
	Support    []Declaration `json:"support,omitempty"`
	Yanked     *time.Time    `json:"yanked,omitempty"`
	YankReason string        `json:"yank_reason,omitempty"`
}

// Store keeps a node's vendor keys and releases. The log is the record;
// the store indexes it for the checks publishing needs. Writes are durable
// when they return; methods are safe for concurrent use.
type Store interface {
	// AddKey stores a new key; ECONFLICT if its ID is registered already
	// (to any vendor).
	AddKey(ctx context.Context, k *KeyRecord) error
	// UpdateKey replaces a key's record (retirement, revocation).
	UpdateKey(ctx context.Context, k *KeyRecord) error
	// Key returns a key by ID; ENOTFOUND if unknown.
	Key(ctx context.Context, keyID string) (*KeyRecord, error)
	// Keys returns every key, of every vendor of the node, oldest first.
	Keys(ctx context.Context) ([]*KeyRecord, error)
	// ReserveRelease stores r (not yet Logged) unless a release of the
	// same product and version exists, which it returns instead (with
	// reserved false).
	ReserveRelease(ctx context.Context, r *Record) (existing *Record, reserved bool, err error)
	// UpdateRelease replaces the record of r's product and version.
	UpdateRelease(ctx context.Context, r *Record) error
	// DropRelease removes a reservation whose entry could not be logged.
	DropRelease(ctx context.Context, product, version string) error
	// Release returns one release; ENOTFOUND if none.
	Release(ctx context.Context, product, version string) (*Record, error)
	// Releases returns the logged releases of a product (every product if
	// empty), oldest first.
	Releases(ctx context.Context, product string) ([]*Record, error)
}
