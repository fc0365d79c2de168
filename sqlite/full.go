package sqlite

import (
	"errors"
	"fmt"

	"github.com/comity-project/comity"
	msqlite "modernc.org/sqlite"
)

// SQLite's primary result codes for a disk that refuses writes
// (https://sqlite.org/rescode.html); extended codes keep them in the low byte.
const (
	sqliteIOErr = 10 // SQLITE_IOERR, as from a failed write or fsync
	sqliteFull  = 13 // SQLITE_FULL: the disk is full
)

// unavailable turns a write that the disk refused into EUNAVAILABLE: the
// node is short of space or its disk is failing, the write changed
// nothing (SQLite rolled it back), and a retry once the disk recovers may
// succeed. Other errors are returned as they are.
func unavailable(err error) error {
	var e *msqlite.Error
	if err == nil || !errors.As(err, &e) {
		return err
	}
	switch e.Code() & 0xff {
	case sqliteFull, sqliteIOErr:
		return fmt.Errorf("%w: %w", comity.Errorf(comity.EUNAVAILABLE, "the store cannot write: its disk is full or failing; nothing was changed"), err)
	}
	return err
}
