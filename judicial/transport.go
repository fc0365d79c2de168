package judicial

import (
	"context"

	"github.com/comity-project/comity"
)

// Message carries a case from one central authority's node to the other's:
// the sender's copy after a step it took.
type Message struct {
	Case *Case `json:"case"`
	// Sync asks the holding node for its copy without changing anything:
	// the requesting node catches up after a lost message.
	Sync bool `json:"sync,omitempty"`
}

// ExecuteInput asks the holding node to execute a production order: the
// order token and the records to release (empty: all it grants).
type ExecuteInput struct {
	Order     string   `json:"order,omitempty"`
	RecordIDs []string `json:"record_ids,omitempty"`
}

// Transport carries cases and executions between member nodes, over the
// federation's mutual TLS (client.JudicialTransport). Errors are the
// receiving node's own, or EUNAVAILABLE when it cannot be reached.
type Transport interface {
	// Send delivers m to the node of state to and returns its copy of the
	// case after it applied the message.
	Send(ctx context.Context, to comity.Jurisdiction, m *Message) (*Case, error)
	// Execute forwards an agency's execution of a case's order to the
	// holding node and returns the evidence it produced.
	Execute(ctx context.Context, holding comity.Jurisdiction, agency *comity.Principal, caseID string, in *ExecuteInput) (*Evidence, error)
}
