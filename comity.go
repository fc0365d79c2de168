// Package comity holds the vocabulary of a Comity node: records and their
// home jurisdiction, principals and roles, gate decisions, obligations and
// receipts, and the interfaces that adapters (sqlite, ledger, rulebook, pii,
// federation, http) implement.
//
// Record content leaves a node through one function only: Gate.Read in
// gate.go. Everything else in the system either feeds that function (stores,
// policies, the ledger, minimisers) or carries its result (http, client).
package comity

import "time"

// Now is the clock used by the domain. Tests may replace it.
var Now = func() time.Time { return time.Now().UTC() }
