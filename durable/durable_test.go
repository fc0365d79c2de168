package durable

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

func TestWriteFile(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "state.json")
	for _, data := range []string{"first", "second, longer", ""} {
		if err := WriteFile(p, []byte(data), 0o640); err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(p)
		if err != nil || string(got) != data {
			t.Fatalf("read %q, %v; want %q", got, err, data)
		}
		if fi, _ := os.Stat(p); fi.Mode().Perm() != 0o640 {
			t.Errorf("mode %v, want 0640", fi.Mode().Perm())
		}
	}
	if names, _ := os.ReadDir(dir); len(names) != 1 {
		t.Errorf("the directory holds %v, want only state.json", names)
	}
}

// TestWriteFileFails: a write that cannot finish leaves the old file as it
// was and no temporary file behind.
func TestWriteFileFails(t *testing.T) {
	dir := t.TempDir()
	// A directory in the way: the rename fails after the data is written.
	p := filepath.Join(dir, "taken")
	if err := os.Mkdir(p, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(p, "inside"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(p, []byte("new"), 0o644); err == nil {
		t.Fatal("replaced a non-empty directory")
	}
	if names, _ := os.ReadDir(dir); len(names) != 1 {
		t.Errorf("the directory holds %v after a failed write, want only the old entry", names)
	}
	// A missing directory is created; a file in the way of one is not
	// replaced.
	if err := WriteFile(filepath.Join(dir, "new", "sub", "f"), []byte("x"), 0o644); err != nil {
		t.Error(err)
	} else if got, _ := os.ReadFile(filepath.Join(dir, "new", "sub", "f")); string(got) != "x" {
		t.Errorf("read %q", got)
	}
	if err := os.WriteFile(filepath.Join(dir, "file"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(filepath.Join(dir, "file", "f"), []byte("x"), 0o644); err == nil {
		t.Error("wrote under a file")
	}
}

// TestWriteNew: a new file is written whole with its mode; an existing one
// is never replaced.
func TestWriteNew(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "node.key")
	if err := WriteNew(p, []byte("secret"), 0o600); err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Stat(p); fi.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want 0600", fi.Mode().Perm())
	}
	if err := WriteNew(p, []byte("other"), 0o600); !errors.Is(err, fs.ErrExist) {
		t.Errorf("second write: %v, want fs.ErrExist", err)
	}
	if got, _ := os.ReadFile(p); string(got) != "secret" {
		t.Errorf("the key now reads %q", got)
	}
	if names, _ := os.ReadDir(dir); len(names) != 1 {
		t.Errorf("the directory holds %v, want only node.key", names)
	}
}
