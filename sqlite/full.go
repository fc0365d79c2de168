package sqlite

import (
	"errors"
	"fmt"
	"sync"

	"github.com/comity-project/comity"
	msqlite "modernc.org/sqlite"
)

// SQLite's primary result codes for a disk that refuses writes
// (https://sqlite.org/rescode.html); extended codes keep them in the low byte.
const (
	sqliteIOErr = 10 // SQLITE_IOERR, as from a failed write or fsync
	sqliteFull  = 13 // SQLITE_FULL: the disk is full
)

// unavailable turns a write that the disk refused into EUNAVAILABLE; other
// errors are returned as they are. SQLITE_FULL changed nothing (SQLite
// rolled it back), and a retry once space returns may succeed. SQLITE_IOERR
// (a failed write or fsync) is another matter: after a failed fsync the
// kernel may have dropped the dirty pages or marked them clean, and the
// WAL frames of the refused transaction may still be recovered as
// committed when the database is next opened ("fsyncgate"). So the write's
// fate is unknown, the answer says so, and the store fails (Failed) for
// the life of the process: crash-only, a restart decides from what is on
// disk.
func (db *DB) unavailable(err error) error {
	var e *msqlite.Error
	if err == nil || !errors.As(err, &e) {
		return err
	}
	switch e.Code() & 0xff {
	case sqliteFull:
		return fmt.Errorf("%w: %w", comity.Errorf(comity.EUNAVAILABLE, "the store cannot write: its disk is full; nothing was changed"), err)
	case sqliteIOErr:
		db.failure.fail(err)
		return fmt.Errorf("%w: %w", comity.Errorf(comity.EUNAVAILABLE, "the store cannot write: its disk is full or failing (an I/O error); whether this write reached the disk is known only once the node has restarted"), err)
	}
	return err
}

// failure is the I/O error that ended a store's writes, once.
type failure struct {
	once sync.Once
	dead chan struct{}
	err  error
}

func (f *failure) fail(err error) {
	f.once.Do(func() {
		f.err = err
		close(f.dead)
	})
}

// Failed is closed when a write failed with an I/O error (SQLITE_IOERR, as
// from a failed fsync): what the store holds is in doubt until it is
// reopened, and the node should stop and be restarted (crash-only).
func (db *DB) Failed() <-chan struct{} { return db.failure.dead }
