//go:build !linux

package sqlite

import "os"

// lockByte is a no-op where OFD locks are missing: there the per-requester
// lock holds within one process only, as before, and a node must run one
// serve process per SQLite file (it should anyway: see docs/scaling.md).
func lockByte(f *os.File, off int64, lock bool) error { return nil }
