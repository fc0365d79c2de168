package ledger_test

import (
	"testing"

	"github.com/comity-project/comity/ledger/mysqltest"
)

// onMySQL is set while TestOnMySQL runs the ledger's tests again with the
// log in MySQL or MariaDB (see openTestLog).
var onMySQL bool

// TestOnMySQL runs the ledger's tests on Tessera's MySQL driver, against
// the server .ci/run starts (Debian's MariaDB): receipts, checkpoints,
// proofs, audit, the read API, witnessing and refusals behave exactly as
// on POSIX.
func TestOnMySQL(t *testing.T) {
	mysqltest.URL(t)
	onMySQL = true
	defer func() { onMySQL = false }()
	for _, tc := range []struct {
		name string
		fn   func(*testing.T)
	}{
		{"Commit", TestCommit},
		{"Handler", TestHandler},
		{"Prove", TestProve},
		{"Claimed", TestClaimed},
		{"KeyFromEd25519", TestKeyFromEd25519},
		{"CommitScreensFreeText", TestCommitScreensFreeText},
		{"WitnessQuorum", TestWitnessQuorum},
		{"WitnessRefusalsAreHeard", TestWitnessRefusalsAreHeard},
	} {
		t.Run(tc.name, tc.fn)
	}
}
