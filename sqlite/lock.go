package sqlite

import (
	"context"
	"fmt"
	"hash/fnv"
	"os"
	"sync"

	"github.com/comity-project/comity"
)

// requesterLocks extends the gate's per-requester lock to every process
// that opens the same database file: one byte of the file <db>-requesters
// per requester (by hash), locked with an open-file-description lock
// (see lock_linux.go), which the kernel drops if the process dies.
type requesterLocks struct {
	file  *os.File
	local sync.Map // key -> *sync.Mutex: one file description is shared by this DB's goroutines
}

var _ comity.RequesterLocker = (*DB)(nil)

func (l *requesterLocks) open(path string) error {
	f, err := os.OpenFile(path+"-requesters", os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return fmt.Errorf("open requester locks: %w", err)
	}
	l.file = f
	return nil
}

// LockRequester implements comity.RequesterLocker.
func (db *DB) LockRequester(ctx context.Context, key string) (func(), error) {
	m, _ := db.locks.local.LoadOrStore(key, new(sync.Mutex))
	mu := m.(*sync.Mutex)
	mu.Lock()
	h := fnv.New64a()
	h.Write([]byte(key))
	off := int64(h.Sum64() % (1 << 40))
	if err := lockByte(db.locks.file, off, true); err != nil {
		mu.Unlock()
		return nil, fmt.Errorf("lock requester: %w", err)
	}
	return func() {
		lockByte(db.locks.file, off, false)
		mu.Unlock()
	}, nil
}
