// Package release is vendor release transparency (commitments 1 and 7): a
// vendor's release is an in-toto Statement v1 naming the SHA-256 digest of
// every artefact, in a DSSE envelope signed by a key the vendor registered
// at its home node. The home node logs it on its witnessed ledger and hands
// back a Bundle (envelope, log entry, inclusion proof, checkpoint with the
// federation's quorum of witness cosignatures) that a user verifies offline
// against a Trust file before installing anything.
//
// The files follow the nouns: key.go (vendor keys), purl.go, statement.go,
// envelope.go (DSSE), entry.go (the ledger entries), bundle.go, trust.go,
// verify.go (offline verification), service.go (the node side), monitor.go.
//
// Verification shares the tlog and signed-note code of golang.org/x/mod
// with package audit and nothing with package ledger: a bundle is checked
// from its documented formats alone.
package release
