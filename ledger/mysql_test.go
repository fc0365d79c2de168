package ledger_test

import (
	"net/url"
	"strings"
	"testing"

	"github.com/comity-project/comity/ledger"
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
		{"SetWitnesses", TestSetWitnesses},
	} {
		t.Run(tc.name, tc.fn)
	}
}

// FuzzParseMySQL: any ledger URL from a config file is refused or accepted
// without a panic, and a refusal never shows the password.
func FuzzParseMySQL(f *testing.F) {
	for _, s := range []string{"mysql://u:pw-secret@127.0.0.1:3306/db", "mysql://u:pw-secret@db.example/db",
		"mysql://u:pw-secret@db.example/db?tls=true", "mysql://u:pw-secret@[::1]/db?x=1", "mysql://", "postgres://u:pw-secret@h/db"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		_, err := ledger.ParseMySQL(s)
		if err == nil {
			return
		}
		u, perr := url.Parse(s)
		if perr != nil || u.User == nil {
			return
		}
		if pw, ok := u.User.Password(); ok && len(pw) > 3 && !strings.Contains(u.Host, pw) && strings.Contains(err.Error(), pw) {
			t.Errorf("the error shows the password: %v", err)
		}
	})
}

// BenchmarkCommitStorage is BenchmarkCommit on each storage in one run:
// the POSIX directory and MySQL/MariaDB.
//
//	go test ./ledger -run '^$' -bench CommitStorage -benchtime 5s
func BenchmarkCommitStorage(b *testing.B) {
	b.Run("storage=posix", BenchmarkCommit)
	b.Run("storage=mysql", func(b *testing.B) {
		mysqltest.URL(b)
		onMySQL = true
		defer func() { onMySQL = false }()
		BenchmarkCommit(b)
	})
}
