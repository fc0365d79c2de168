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
	"path/filepath"
	"strings"
	"sync"
	"time"

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
	// Prove, if set, fetches from where the log publishes (its tiles) a
	// consistency proof between two of its tree sizes. The witness uses it
	// to tell a log that merely lags or a replayed old checkpoint (provably
	// a prefix of what it holds) from a fork, and to check the checkpoints
	// it learns from other witnesses (see CrossCheck). Without it, a smaller
	// checkpoint than the one held is always recorded as evidence.
	Prove func(ctx context.Context, origin string, smaller, larger uint64) ([][]byte, error)
	// Logger receives alarms and refusals; nil means slog.Default().
	Logger *slog.Logger
}

// Alarm is evidence that a log misbehaved: Known is the last checkpoint the
// witness cosigned, Presented the conflicting one (both signed notes), and
// Evidence the witness's signed statement of both (see Evidence), which it
// also serves at GET /evidence.
type Alarm struct {
	Origin    string
	Kind      string
	Reason    string
	Known     []byte
	Presented []byte
	Evidence  []byte
}

// Witness is a tlog-witness. It is safe for concurrent use; requests for one
// log are serialised so that state updates are atomic.
type Witness struct {
	cfg      Config
	signer   note.Signer // cosignature/v1
	plain    note.Signer // Ed25519 signed notes: evidence statements
	log      *slog.Logger
	state    *stateStore
	evidence *evidenceStore

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
	plain, err := note.NewSigner(cfg.Key)
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
	return &Witness{cfg: cfg, signer: s, plain: plain, log: l, state: st, evidence: &evidenceStore{dir: filepath.Join(cfg.Dir, "evidence")},
		locks: map[string]*sync.Mutex{}, logs: cfg.Logs}, nil
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

// alarm records a conflict between the held checkpoint and a presented
// one: a signed statement kept in Dir/evidence, an error log and
// Config.OnAlarm, once per conflict (a log that repeats the same conflict
// is logged at warning level only).
func (w *Witness) alarm(ctx context.Context, a Alarm) {
	key := evidenceKey(a.Kind, a.Known, a.Presented)
	if w.evidence.seen(a.Origin, key) {
		w.log.WarnContext(ctx, "witness: log repeats a conflict already recorded as evidence", "origin", a.Origin, "kind", a.Kind, "reason", a.Reason)
		return
	}
	e := &Evidence{Witness: w.Name(), Origin: a.Origin, Kind: a.Kind, Reason: a.Reason, Time: time.Now(), Held: a.Known, Presented: a.Presented}
	statement, err := note.Sign(&note.Note{Text: e.text()}, w.plain)
	if err == nil {
		a.Evidence = statement
		_, err = w.evidence.add(a.Origin, key, statement)
	}
	if err != nil {
		w.log.ErrorContext(ctx, "witness: cannot record evidence", "origin", a.Origin, "err", err)
	}
	w.log.ErrorContext(ctx, "witness alarm: log presented an inconsistent checkpoint",
		"origin", a.Origin, "kind", a.Kind, "reason", a.Reason, "known", string(a.Known), "presented", string(a.Presented))
	if w.cfg.OnAlarm != nil {
		w.cfg.OnAlarm(ctx, a)
	}
}

// Evidence returns the signed statements the witness recorded about the
// log origin, oldest first (see Evidence).
func (w *Witness) Evidence(origin string) ([][]byte, error) {
	return w.evidence.list(origin)
}

// NodeName is the name under which the Comity node named node witnesses
// other members' logs: its cosignatures' and evidence statements' key name.
func NodeName(node string) string { return node + "/witness" }

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
