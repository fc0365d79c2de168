package audit

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/comity-project/comity/durable"
	"golang.org/x/mod/sumdb/tlog"
)

// state is the last checkpoint an auditor verified for a log, kept in
// Config.StateFile so that the next audit can check that the log only grew.
type state struct {
	Origin     string `json:"origin"`
	Size       uint64 `json:"size"`
	Root       []byte `json:"root"`
	Checkpoint string `json:"checkpoint"`
}

func loadState(path string) (*state, error) {
	if path == "" {
		return nil, nil
	}
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	} else if err != nil {
		return nil, fmt.Errorf("audit state: %w", err)
	}
	var s state
	if err := json.Unmarshal(b, &s); err != nil {
		return nil, fmt.Errorf("audit state %s: %w", path, err)
	}
	return &s, nil
}

func saveState(path string, s *state) error {
	if path == "" {
		return nil
	}
	b, err := json.MarshalIndent(s, "", "  ")
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("audit state: %w", err)
	}
	if err := durable.WriteFile(path, b, 0o644); err != nil {
		return fmt.Errorf("audit state: %w", err)
	}
	return nil
}

// loadStateFor loads the state in path and checks it is about origin.
func loadStateFor(path, origin string) (*state, error) {
	prev, err := loadState(path)
	if err != nil {
		return nil, err
	}
	if prev != nil && prev.Origin != origin {
		return nil, fmt.Errorf("audit state %s is for log %q, not %q", path, prev.Origin, origin)
	}
	return prev, nil
}

// consistentWith checks that cp is the checkpoint prev (seen before) or
// extends it, proving it with hr, a hash reader of cp's tree. A smaller
// tree, another root at the same size, or a failing proof is a fork
// (ErrInconsistent): the log has shown this verifier two histories.
func consistentWith(prev *state, cp *Checkpoint, hr tlog.HashReader) error {
	if prev == nil || prev.Size == 0 {
		return nil
	}
	if cp.Size < prev.Size {
		return fmt.Errorf("%w: log shrank from %d entries (seen before) to %d", ErrInconsistent, prev.Size, cp.Size)
	}
	var oldRoot tlog.Hash
	copy(oldRoot[:], prev.Root)
	proof, err := tlog.ProveTree(int64(cp.Size), int64(prev.Size), hr)
	if err != nil {
		return fmt.Errorf("cannot prove checkpoint of size %d consistent with the one of size %d seen before: %w", cp.Size, prev.Size, err)
	}
	if err := tlog.CheckTree(proof, int64(cp.Size), cp.Root, int64(prev.Size), oldRoot); err != nil {
		return fmt.Errorf("%w: checkpoint of size %d is not consistent with the one of size %d seen before (a fork): %v",
			ErrInconsistent, cp.Size, prev.Size, err)
	}
	return nil
}
