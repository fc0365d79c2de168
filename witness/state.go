package witness

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"github.com/comity-project/comity/durable"
	"io/fs"
	"os"
	"path/filepath"
)

// logState is what a witness remembers of one log: the latest checkpoint it
// cosigned. It is stored as JSON in Dir/<sha256(origin)>.json, replaced
// atomically (write, fsync, rename, fsync dir) so a crash never leaves a
// witness that has forgotten a checkpoint it cosigned.
type logState struct {
	Origin     string `json:"origin"`
	Size       uint64 `json:"size"`
	Root       []byte `json:"root"`
	Checkpoint []byte `json:"checkpoint"`
	// Cosigned is Checkpoint with the witness's cosignature, as served to
	// other witnesses and auditors (absent in state written before).
	Cosigned []byte `json:"cosigned,omitempty"`
}

// held is the checkpoint the witness holds, with its cosignature when known.
func (st *logState) held() []byte {
	if st.Cosigned != nil {
		return st.Cosigned
	}
	return st.Checkpoint
}

type stateStore struct{ dir string }

func openState(dir string) (*stateStore, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("witness state: %w", err)
	}
	return &stateStore{dir: dir}, nil
}

func (s *stateStore) path(origin string) string {
	h := sha256.Sum256([]byte(origin))
	return filepath.Join(s.dir, hex.EncodeToString(h[:16])+".json")
}

// get returns the state of origin, or a zero state (size 0) if the witness
// never cosigned a checkpoint of it.
func (s *stateStore) get(origin string) (*logState, error) {
	b, err := os.ReadFile(s.path(origin))
	if errors.Is(err, fs.ErrNotExist) {
		return &logState{Origin: origin}, nil
	} else if err != nil {
		return nil, fmt.Errorf("witness state: %w", err)
	}
	var st logState
	if err := json.Unmarshal(b, &st); err != nil {
		return nil, fmt.Errorf("witness state %s: %w", s.path(origin), err)
	}
	return &st, nil
}

func (s *stateStore) put(st *logState) error {
	b, err := json.Marshal(st)
	if err != nil {
		return err
	}
	p := s.path(st.Origin)
	if err := durable.WriteFile(p, b, 0o644); err != nil {
		return fmt.Errorf("witness state: %w", err)
	}
	return nil
}
