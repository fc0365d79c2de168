package comity

import "context"

// Forwarder carries a request for a record homed in another jurisdiction to
// that jurisdiction's node, on behalf of a principal this node has
// authenticated. The home node decides; this node only relays.
//
// Implementations return an EUNAVAILABLE error when the home node is not in
// the federation or does not answer, and otherwise the home node's own
// error (residency, denial, not found, …) unchanged.
type Forwarder interface {
	CreateRecord(ctx context.Context, home Jurisdiction, by *Principal, r *Record) (*RecordMeta, error)
	UpdateRecord(ctx context.Context, home Jurisdiction, by *Principal, r *Record) (*RecordMeta, error)
	DeleteRecord(ctx context.Context, home Jurisdiction, by *Principal, id string) error
	ImportRecords(ctx context.Context, home Jurisdiction, by *Principal, rs []*Record) (ImportResult, error)
	Read(ctx context.Context, home Jurisdiction, req *AccessRequest) (*Release, error)
	Transfer(ctx context.Context, home Jurisdiction, by *Principal, id string) (*Transfer, error)
}
