package demo_test

import (
	"crypto/ed25519"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"

	"github.com/comity-project/comity/federation"
)

// TestAuthorityKeysStayOutOfNodes looks at every private key under each
// node's data directory: none is an authority's key from the manifest. The
// authorities' keys are in a directory of their own.
func TestAuthorityKeysStayOutOfNodes(t *testing.T) {
	f := startFederation(t)
	authority := map[string]string{}
	for _, m := range f.Manifest.Members {
		for _, a := range m.Authorities {
			authority[string(a.PublicKey)] = a.Name
		}
	}
	found := 0
	filepath.WalkDir(f.Dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".key") {
			return err
		}
		key, err := federation.LoadPrivateKey(path)
		if err != nil {
			return nil // not an Ed25519 key (the CA's)
		}
		name, ok := authority[string(key.Public().(ed25519.PublicKey))]
		if !ok {
			return nil
		}
		found++
		rel, _ := filepath.Rel(f.Dir, path)
		for _, j := range f.States {
			if nodeDir := filepath.Dir(f.Members[j].ConfigPath); strings.HasPrefix(path, nodeDir+string(filepath.Separator)) {
				t.Errorf("the key of %s is in the data directory of %s: %s", name, f.Members[j].Name, rel)
			}
		}
		if !strings.HasPrefix(rel, "authorities"+string(filepath.Separator)) {
			t.Errorf("the key of %s is at %s, not under authorities/", name, rel)
		}
		return nil
	})
	if found != 2*len(f.States) {
		t.Errorf("found %d authority keys, want %d", found, 2*len(f.States))
	}
}
