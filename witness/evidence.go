package witness

import (
	"bufio"
	"bytes"
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/comity-project/comity/durable"
	"golang.org/x/mod/sumdb/note"
)

// Evidence is a witness's signed statement that a log showed it two
// checkpoints that cannot both be true: Held is the checkpoint the witness
// cosigned (with its cosignature), Presented the one that conflicts with
// it, both signed by the log's key. Anyone with the log's key and the
// witness's key can check it (OpenEvidence) and hold it against the log.
//
// The statement is a signed note (C2SP signed-note) by the witness's
// Ed25519 key under the witness's name, with this text:
//
//	comity-witness-evidence/v1
//	witness <witness name>
//	origin <log origin>
//	kind <smaller | fork | inconsistent | gossip>
//	reason <one line>
//	time <RFC 3339, UTC>
//	held <base64 of the held checkpoint note>
//	presented <base64 of the presented checkpoint note>
//
// Its first line keeps it from being read as a checkpoint or a
// cosignature (which signs a message beginning "cosignature/v1").
type Evidence struct {
	Witness   string
	Origin    string
	Kind      string
	Reason    string
	Time      time.Time
	Held      []byte
	Presented []byte
	// Note is the signed statement.
	Note []byte
}

// Kinds of evidence.
const (
	// EvidenceSmaller: the log asked for a cosignature on a checkpoint
	// smaller than the one the witness holds, and could not show that it is
	// a prefix of it (an honest log never goes back).
	EvidenceSmaller = "smaller"
	// EvidenceFork: a checkpoint of the size the witness holds, with
	// another root hash.
	EvidenceFork = "fork"
	// EvidenceInconsistent: a larger checkpoint whose consistency proof
	// from the held one does not verify.
	EvidenceInconsistent = "inconsistent"
	// EvidenceGossip: a checkpoint learnt from another witness or from the
	// log's published checkpoint that is provably not an extension or a
	// prefix of the held one.
	EvidenceGossip = "gossip"
)

const evidenceHeader = "comity-witness-evidence/v1\n"

// maxEvidencePerLog bounds the statements kept per log; further ones are
// still alarmed and counted, not stored.
const maxEvidencePerLog = 256

// ErrBadEvidence means a statement does not parse or does not verify.
var ErrBadEvidence = errors.New("not valid witness evidence")

func (e *Evidence) text() string {
	return evidenceHeader +
		"witness " + e.Witness + "\n" +
		"origin " + e.Origin + "\n" +
		"kind " + e.Kind + "\n" +
		"reason " + oneLine(e.Reason) + "\n" +
		"time " + e.Time.UTC().Format(time.RFC3339Nano) + "\n" +
		"held " + base64.StdEncoding.EncodeToString(e.Held) + "\n" +
		"presented " + base64.StdEncoding.EncodeToString(e.Presented) + "\n"
}

func oneLine(s string) string {
	s = strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f {
			return ' '
		}
		return r
	}, s)
	if len(s) > 500 {
		s = s[:500]
	}
	return s
}

// OpenEvidence verifies a statement: the witness's signature (wv, a plain
// Ed25519 signed-note verifier of the witness's name, see EvidenceVerifier)
// and the log's signature (logv) on both checkpoints it carries.
func OpenEvidence(statement []byte, wv, logv note.Verifier) (*Evidence, error) {
	n, err := note.Open(statement, note.VerifierList(wv))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadEvidence, err)
	}
	if !strings.HasPrefix(n.Text, evidenceHeader) {
		return nil, fmt.Errorf("%w: not a comity-witness-evidence/v1 statement", ErrBadEvidence)
	}
	e := &Evidence{Note: statement}
	fields := map[string]*string{"witness": &e.Witness, "origin": &e.Origin, "kind": &e.Kind, "reason": &e.Reason}
	var tm, held, presented string
	fields["time"], fields["held"], fields["presented"] = &tm, &held, &presented
	sc := bufio.NewScanner(strings.NewReader(strings.TrimPrefix(n.Text, evidenceHeader)))
	sc.Buffer(nil, len(n.Text)+1)
	for sc.Scan() {
		k, v, ok := strings.Cut(sc.Text(), " ")
		p, known := fields[k]
		if !ok || !known || *p != "" {
			return nil, fmt.Errorf("%w: bad line %.40q", ErrBadEvidence, sc.Text())
		}
		*p = v
	}
	if e.Time, err = time.Parse(time.RFC3339Nano, tm); err != nil {
		return nil, fmt.Errorf("%w: time %q", ErrBadEvidence, tm)
	}
	if e.Witness != wv.Name() || e.Origin != logv.Name() {
		return nil, fmt.Errorf("%w: statement by %q about %q", ErrBadEvidence, e.Witness, e.Origin)
	}
	for _, c := range []struct {
		b64 string
		out *[]byte
	}{{held, &e.Held}, {presented, &e.Presented}} {
		if *c.out, err = base64.StdEncoding.DecodeString(c.b64); err != nil {
			return nil, fmt.Errorf("%w: checkpoint encoding", ErrBadEvidence)
		}
		if _, err := note.Open(*c.out, note.VerifierList(logv)); err != nil {
			return nil, fmt.Errorf("%w: a checkpoint it holds against %s is not signed by the log: %v", ErrBadEvidence, e.Origin, err)
		}
	}
	return e, nil
}

// EvidenceVerifier returns the verifier of the evidence statements of the
// witness named name whose Ed25519 public key is pub: the plain Ed25519
// signed-note form of its key (its cosignatures use the cosignature/v1
// form of the same key).
func EvidenceVerifier(name string, pub ed25519.PublicKey) (note.Verifier, error) {
	vkey, err := note.NewEd25519VerifierKey(name, pub)
	if err != nil {
		return nil, err
	}
	return note.NewVerifier(vkey)
}

// evidenceStore keeps statements as files Dir/evidence/<log>-<key>.note,
// one per distinct conflict, written atomically.
type evidenceStore struct{ dir string }

func (s *evidenceStore) logPrefix(origin string) string {
	h := sha256.Sum256([]byte(origin))
	return hex.EncodeToString(h[:8]) + "-"
}

// seen reports whether a statement with key is stored for origin.
func (s *evidenceStore) seen(origin, key string) bool {
	_, err := os.Stat(s.path(origin, key))
	return err == nil
}

func (s *evidenceStore) path(origin, key string) string {
	k := sha256.Sum256([]byte(key))
	return filepath.Join(s.dir, s.logPrefix(origin)+hex.EncodeToString(k[:8])+".note")
}

// add stores statement under key unless the log has maxEvidencePerLog
// statements already. It reports whether it stored.
func (s *evidenceStore) add(origin, key string, statement []byte) (bool, error) {
	if err := os.MkdirAll(s.dir, 0o755); err != nil {
		return false, err
	}
	p := s.path(origin, key)
	if names, _ := filepath.Glob(filepath.Join(s.dir, s.logPrefix(origin)+"*.note")); len(names) >= maxEvidencePerLog {
		return false, nil
	}
	if err := durable.WriteFile(p, statement, 0o644); err != nil {
		return false, err
	}
	return true, nil
}

// list returns the statements about origin, oldest first.
func (s *evidenceStore) list(origin string) ([][]byte, error) {
	names, err := filepath.Glob(filepath.Join(s.dir, s.logPrefix(origin)+"*.note"))
	if err != nil {
		return nil, err
	}
	type item struct {
		mod time.Time
		b   []byte
	}
	var items []item
	for _, name := range names {
		fi, err := os.Stat(name)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		} else if err != nil {
			return nil, err
		}
		b, err := os.ReadFile(name)
		if err != nil {
			return nil, err
		}
		items = append(items, item{fi.ModTime(), b})
	}
	slices.SortStableFunc(items, func(a, b item) int { return a.mod.Compare(b.mod) })
	out := make([][]byte, len(items))
	for i := range items {
		out[i] = items[i].b
	}
	return out, nil
}

// evidenceKey identifies one conflict: a "smaller" checkpoint is the same
// conflict whatever its size (the log presents a new one every round).
func evidenceKey(kind string, held, presented []byte) string {
	var b bytes.Buffer
	b.WriteString(kind + "\n")
	b.Write(held)
	if kind != EvidenceSmaller {
		b.WriteString("\n")
		b.Write(presented)
	}
	return b.String()
}
