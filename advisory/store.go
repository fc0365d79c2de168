package advisory

import (
	"context"
	"time"

	"github.com/comity-project/comity"
)

// Publication is one revision of an advisory as a vendor published it at
// its home node, and where the node logged it.
type Publication struct {
	// Node is the name of the node where the vendor published it; a
	// publication followed from another member node keeps that node's name.
	Node      string    `json:"node"`
	Vendor    string    `json:"vendor"` // the publishing principal's id
	Format    Format    `json:"format"`
	ID        string    `json:"id"`
	Version   string    `json:"version"`
	Digest    string    `json:"digest"` // "sha256:" + hex of the document's bytes
	Published string    `json:"published,omitempty"`
	Updated   string    `json:"updated,omitempty"`
	Logged    time.Time `json:"logged"`
	LogIndex  uint64    `json:"log_index"`
	// Receipt is the publishing node's receipt for the publication's
	// entry; a follower proves it against that node's log.
	Receipt  *comity.Receipt `json:"receipt"`
	Document []byte          `json:"-"`
}

// Registered is a component of an SBOM a customer registered.
type Registered struct {
	SBOM      int64
	Owner     string // the customer principal's id
	SBOMName  string
	Component Component
}

// Notification is the notice that an advisory names a customer's
// component. Its commitment is on the log; its opening (Nonce and the
// fields the commitment covers) stays with the customer's node and the
// customer.
type Notification struct {
	ID            string   `json:"id"` // also the webhook's idempotency key
	Owner         string   `json:"owner"`
	SBOM          string   `json:"sbom"`
	Component     string   `json:"component"`
	Advisory      string   `json:"advisory"`
	Version       string   `json:"advisory_version"`
	Vulnerability string   `json:"vulnerability"`
	Status        Status   `json:"status,omitempty"` // none for a shortened support period
	Remediations  []string `json:"remediations"`
	ForcedUpgrade bool     `json:"forced_upgrade"`
	// Finding is set for a forced upgrade found at the node rather than
	// read from the advisory (FindingNoRemedy, FindingShortened); Reason
	// says what was found, Vendor whose release it is.
	Finding string `json:"finding,omitempty"`
	Reason  string `json:"forced_upgrade_reason,omitempty"`
	Vendor  string `json:"vendor,omitempty"`
	// Commitment is the keyed hash on the log; Nonce is its key, which
	// opens it (see Commit and Open).
	Commitment []byte          `json:"commitment"`
	Nonce      []byte          `json:"nonce"`
	Created    time.Time       `json:"created"`
	Receipt    *comity.Receipt `json:"receipt,omitempty"` // nil until logged
}

// Store keeps publications, registered SBOMs, notifications and their
// webhook outbox. Every method is safe for concurrent use; writes are
// durable when they return.
type Store interface {
	// SavePublication stores a logged publication.
	SavePublication(ctx context.Context, p *Publication) error
	// Publication returns the revision of document id at version, or
	// ENOTFOUND.
	Publication(ctx context.Context, id, version string) (*Publication, error)
	// LatestPublication returns the last published revision of id, or
	// ENOTFOUND.
	LatestPublication(ctx context.Context, id string) (*Publication, error)
	// Publications lists every revision, oldest first.
	Publications(ctx context.Context) ([]*Publication, error)

	// SaveSBOM stores an SBOM and indexes its components under keys (each
	// component's identity keys); it returns the SBOM's id.
	SaveSBOM(ctx context.Context, owner, name string, data []byte, components []Component, keys [][]string) (int64, error)
	// ComponentsByKey returns registered components having any of keys.
	ComponentsByKey(ctx context.Context, keys []string) ([]Registered, error)
	// Components returns the components of one registered SBOM.
	Components(ctx context.Context, sbom int64) ([]Registered, error)

	// Fingerprint returns what was last notified for key, "" if nothing.
	Fingerprint(ctx context.Context, key string) (string, error)
	// AddNotifications stores new notifications, not yet logged, and
	// records their fingerprints under their keys, in one transaction.
	AddNotifications(ctx context.Context, ns []*Notification, keys, fingerprints []string) error
	// MarkLogged attaches receipts and queues each notification for its
	// owner's webhook, if the owner has one, in one transaction.
	MarkLogged(ctx context.Context, ns []*Notification) error
	// Unlogged returns notifications stored but not yet logged (a crash
	// between the two): the node logs them when it starts.
	Unlogged(ctx context.Context) ([]*Notification, error)
	// Notifications returns an owner's logged notifications, oldest first:
	// one not yet on the log is not yet given to anyone.
	Notifications(ctx context.Context, owner string) ([]*Notification, error)

	// SetWebhook sets an owner's webhook URL and HMAC secret.
	SetWebhook(ctx context.Context, owner, url string, secret []byte) error
	// DueDeliveries returns up to limit queued deliveries due at now.
	DueDeliveries(ctx context.Context, now time.Time, limit int) ([]Delivery, error)
	// Delivered removes a delivery from the outbox.
	Delivered(ctx context.Context, id int64, at time.Time) error
	// Retry records a failed attempt and when to try again.
	Retry(ctx context.Context, id int64, next time.Time, reason string) error
}

// Delivery is one queued webhook delivery of a notification.
type Delivery struct {
	ID           int64
	Notification *Notification
	URL          string
	Secret       []byte
	Attempts     int
}
