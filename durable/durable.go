// Package durable writes files that survive a crash or a power cut whole:
// a reader sees the old contents or the new, never half of either, and once
// a write returns the new contents stay.
package durable

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// WriteFile replaces path with data: it writes a temporary file in the same
// directory, fsyncs it, renames it over path and fsyncs the directory, so
// that the rename itself is on disk. The temporary file is hidden
// (".name.*.tmp") and removed on failure. perm applies to the new file,
// regardless of the umask. A missing directory is created (0755).
func WriteFile(path string, data []byte, perm fs.FileMode) error {
	return write(path, data, perm, os.Rename)
}

// WriteNew is WriteFile for a file that must not be replaced, such as a
// private key: it links the temporary file into place, which fails with an
// error satisfying errors.Is(err, fs.ErrExist) when path exists.
func WriteNew(path string, data []byte, perm fs.FileMode) error {
	return write(path, data, perm, os.Link)
}

func write(path string, data []byte, perm fs.FileMode, place func(tmp, path string) error) (err error) {
	dir := filepath.Dir(path)
	if err := mkdir(dir); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	defer func() {
		f.Close()           // a no-op once closed below
		os.Remove(f.Name()) // renamed away, or linked and no longer needed
		if err != nil {
			err = fmt.Errorf("write %s: %w", path, err)
		}
	}()
	// The mode first, so that a private key is never readable by others.
	if err := f.Chmod(perm); err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		return err
	}
	if err := f.Sync(); err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if err := place(f.Name(), path); err != nil {
		return err
	}
	return syncDir(dir)
}

// mkdir creates dir if it is missing, and makes its entry in its parent
// durable.
func mkdir(dir string) error {
	if _, err := os.Stat(dir); err == nil || !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	return syncDir(filepath.Dir(dir))
}

// syncDir makes the directory's entries, such as a rename, durable.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}
