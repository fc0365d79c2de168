// Package witness implements a C2SP tlog-witness (https://c2sp.org/tlog-witness):
// it cosigns checkpoints of the logs it knows, with C2SP tlog-cosignature
// cosignature/v1 signatures, once it has checked that each new checkpoint is
// consistent with the last one it cosigned for the same log. A checkpoint
// that is not — a fork or split view — is refused and raises an alarm.
//
// It also holds the log side: a Client that submits checkpoints to a witness.
package witness

import (
	"context"
	"crypto/ed25519"
	"encoding/base64"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"

	fnote "github.com/transparency-dev/formats/note"
	"golang.org/x/mod/sumdb/note"
)

// Config configures a Witness.
type Config struct {
	// Dir holds the witness's state: the latest cosigned size and root hash
	// of every log, one file per log. It is created if missing.
	Dir string
	// Key is the witness's signed-note private key ("PRIVATE+KEY+name+hash+key",
	// Ed25519) used to produce cosignature/v1 signatures. Its name is the
	// witness's name.
	Key string
	// Logs maps each known log's origin to the verifier of its checkpoint
	// signatures. Checkpoints from other origins are refused with 404.
	Logs map[string]note.Verifier
	// OnAlarm is called, besides an slog error, when a log presents a
	// checkpoint inconsistent with one the witness cosigned before: evidence
	// of a fork or split view. It must not block for long.
	OnAlarm func(ctx context.Context, a Alarm)
	// Logger receives alarms and refusals; nil means slog.Default().
	Logger *slog.Logger
}

// Alarm is evidence that a log misbehaved: Known is the last checkpoint the
// witness cosigned, Presented the conflicting one (both signed notes).
type Alarm struct {
	Origin    string
	Reason    string
	Known     []byte
	Presented []byte
}

// Witness is a tlog-witness. It is safe for concurrent use; requests for one
// log are serialised so that state updates are atomic.
type Witness struct {
	cfg    Config
	signer note.Signer
	log    *slog.Logger
	state  *stateStore

	mu    sync.Mutex
	locks map[string]*sync.Mutex
	logs  map[string]note.Verifier // guarded by mu; see SetLogs
}

// New opens (or creates) the witness state in cfg.Dir.
func New(ctx context.Context, cfg Config) (*Witness, error) {
	s, err := fnote.NewSignerForCosignatureV1(cfg.Key)
	if err != nil {
		return nil, fmt.Errorf("witness key: %w", err)
	}
	if cfg.Dir == "" {
		return nil, errors.New("witness: Config.Dir is required")
	}
	st, err := openState(cfg.Dir)
	if err != nil {
		return nil, err
	}
	l := cfg.Logger
	if l == nil {
		l = slog.Default()
	}
	return &Witness{cfg: cfg, signer: s, log: l, state: st, locks: map[string]*sync.Mutex{}, logs: cfg.Logs}, nil
}

// SetLogs replaces the logs the witness knows (the shape of Config.Logs),
// for a federation whose membership changed. What it cosigned before stays
// in its state: a log that comes back must still be consistent with it.
func (w *Witness) SetLogs(logs map[string]note.Verifier) {
	w.mu.Lock()
	w.logs = logs
	w.mu.Unlock()
}

func (w *Witness) verifier(origin string) (note.Verifier, bool) {
	w.mu.Lock()
	defer w.mu.Unlock()
	v, ok := w.logs[origin]
	return v, ok
}

// Name is the witness's name, as in its cosignatures.
func (w *Witness) Name() string { return w.signer.Name() }

func (w *Witness) lock(origin string) func() {
	w.mu.Lock()
	m, ok := w.locks[origin]
	if !ok {
		m = new(sync.Mutex)
		w.locks[origin] = m
	}
	w.mu.Unlock()
	m.Lock()
	return m.Unlock
}

func (w *Witness) alarm(ctx context.Context, a Alarm) {
	w.log.ErrorContext(ctx, "witness alarm: log presented an inconsistent checkpoint",
		"origin", a.Origin, "reason", a.Reason, "known", string(a.Known), "presented", string(a.Presented))
	if w.cfg.OnAlarm != nil {
		w.cfg.OnAlarm(ctx, a)
	}
}

// GenerateKey returns a new Ed25519 witness key pair named name: the private
// key for Config.Key and the cosignature/v1 verifier key that logs and
// auditors use to check its cosignatures.
func GenerateKey(name string) (skey, vkey string, err error) {
	skey, vkey, err = note.GenerateKey(nil, name)
	if err != nil {
		return "", "", err
	}
	vkey, err = fnote.VKeyToCosignatureV1(vkey)
	return skey, vkey, err
}

// KeyFromEd25519 turns an existing Ed25519 key (a node's identity key) into
// a witness key pair named name: the private key for Config.Key and the
// cosignature/v1 verifier key. Cosignatures sign a message that begins
// "cosignature/v1", so the same key may also sign checkpoints without one
// signature passing for the other.
func KeyFromEd25519(name string, priv ed25519.PrivateKey) (skey, vkey string, err error) {
	vkey, err = VerifierKey(name, priv.Public().(ed25519.PublicKey))
	if err != nil {
		return "", "", err
	}
	plain, err := note.NewEd25519VerifierKey(name, priv.Public().(ed25519.PublicKey))
	if err != nil {
		return "", "", err
	}
	hash := strings.Split(plain, "+")[1]
	skey = "PRIVATE+KEY+" + name + "+" + hash + "+" + base64.StdEncoding.EncodeToString(append([]byte{1}, priv.Seed()...))
	return skey, vkey, nil
}

// VerifierKey returns the cosignature/v1 verifier key of the witness named
// name whose Ed25519 public key is pub.
func VerifierKey(name string, pub ed25519.PublicKey) (string, error) {
	plain, err := note.NewEd25519VerifierKey(name, pub)
	if err != nil {
		return "", err
	}
	return fnote.VKeyToCosignatureV1(plain)
}

// Cosigned returns the size of the latest checkpoint of the log origin that
// the witness has cosigned (0 if none): evidence that it witnesses the log.
func (w *Witness) Cosigned(origin string) (uint64, error) {
	st, err := w.state.get(origin)
	if err != nil {
		return 0, err
	}
	return st.Size, nil
}
