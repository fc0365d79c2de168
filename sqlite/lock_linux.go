package sqlite

import (
	"os"

	"golang.org/x/sys/unix"
)

// lockByte takes (or, with lock false, drops) an exclusive OFD lock on the
// byte at off, waiting for it. OFD locks, unlike POSIX record locks,
// belong to the open file description, so two DBs in one process exclude
// each other as two processes do.
func lockByte(f *os.File, off int64, lock bool) error {
	typ := int16(unix.F_WRLCK)
	if !lock {
		typ = unix.F_UNLCK
	}
	lk := unix.Flock_t{Type: typ, Whence: 0, Start: off, Len: 1}
	for {
		err := unix.FcntlFlock(f.Fd(), unix.F_OFD_SETLKW, &lk)
		if err != unix.EINTR {
			return err
		}
	}
}
