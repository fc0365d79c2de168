package witness

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"

	flog "github.com/transparency-dev/formats/log"
	"golang.org/x/mod/sumdb/note"
	"golang.org/x/mod/sumdb/tlog"
)

// Errors of CrossCheck.
var (
	// ErrSplitView: the checkpoint conflicts provably with the held one;
	// the witness has recorded evidence and raised an alarm.
	ErrSplitView = errors.New("the log showed two histories")
	// ErrUnproven: the checkpoints differ in size and the log's tiles do
	// not (yet) prove one a prefix of the other; ask again later.
	ErrUnproven = errors.New("consistency not provable from the log's tiles yet")
)

// CrossCheck compares a checkpoint of the log origin learnt elsewhere —
// the cosigned checkpoint a fellow witness holds (GET /checkpoint), or the
// checkpoint the log publishes — with the one this witness holds. It is
// how witnesses compare notes: a log that showed one witness a fork and
// the others the honest history is caught when they compare. Same size
// with another root hash, or a consistency proof from the log's own tiles
// (Config.Prove) that fails, is a split view: evidence is recorded, an
// alarm raised, and ErrSplitView returned. A checkpoint not signed by the
// log's key is refused with ErrForbidden and proves nothing.
func (w *Witness) CrossCheck(ctx context.Context, origin, source string, other []byte) error {
	v, ok := w.verifier(origin)
	if !ok {
		return ErrUnknownLog
	}
	n, err := note.Open(other, note.VerifierList(v))
	if err != nil {
		return fmt.Errorf("%w: checkpoint of %s from %s: %v", ErrForbidden, origin, source, err)
	}
	var cp flog.Checkpoint
	if _, err := cp.Unmarshal([]byte(n.Text)); err != nil || cp.Origin != origin || len(cp.Hash) != tlog.HashSize {
		return fmt.Errorf("%w: checkpoint of %s from %s is malformed", ErrBadRequest, origin, source)
	}
	st, err := w.state.get(origin)
	if err != nil || st.Size == 0 {
		return err
	}
	var a, b tlog.Hash // roots of the smaller and the larger tree
	small, large := cp.Size, st.Size
	copy(a[:], cp.Hash)
	copy(b[:], st.Root)
	if small > large {
		small, large, a, b = large, small, b, a
	}
	reason := ""
	switch {
	case small == large && a == b:
		return nil
	case small == large:
		reason = fmt.Sprintf("%s holds a checkpoint of size %d with another root hash", source, cp.Size)
	case small == 0:
		return nil
	case w.cfg.Prove == nil:
		return ErrUnproven
	default:
		proof, err := w.prove(ctx, origin, small, large)
		if err != nil {
			return fmt.Errorf("%w: %v", ErrUnproven, err)
		}
		if tlog.CheckTree(proof, int64(large), b, int64(small), a) == nil {
			return nil
		}
		reason = fmt.Sprintf("%s holds a checkpoint of size %d that the log's own tiles prove is not consistent with the held one of size %d", source, cp.Size, st.Size)
	}
	w.alarm(ctx, Alarm{Origin: origin, Kind: EvidenceGossip, Reason: reason, Known: st.held(), Presented: other})
	return ErrSplitView
}

// Checkpoint returns the checkpoint of origin the witness holds, with its
// cosignature, or nil if it never cosigned one.
func (w *Witness) Checkpoint(origin string) ([]byte, error) {
	if _, ok := w.verifier(origin); !ok {
		return nil, ErrUnknownLog
	}
	st, err := w.state.get(origin)
	if err != nil || st.Checkpoint == nil {
		return nil, err
	}
	if st.Cosigned != nil {
		return st.Cosigned, nil
	}
	// State from before cosigned checkpoints were kept: cosign it again.
	text, _, _ := bytes.Cut(st.Checkpoint, []byte("\n\n"))
	signed, err := note.Sign(&note.Note{Text: string(text) + "\n"}, w.signer)
	if err != nil {
		return nil, err
	}
	return append(append([]byte{}, st.Checkpoint...), signed[len(text)+2:]...), nil
}

// serveCheckpoint serves GET /checkpoint?origin=O: the cosigned checkpoint
// the witness holds for O (C2SP signed note), so that other witnesses and
// auditors can compare notes. 404 if it holds none.
func (w *Witness) serveCheckpoint(rw http.ResponseWriter, r *http.Request) {
	origin := r.URL.Query().Get("origin")
	cp, err := w.Checkpoint(origin)
	switch {
	case errors.Is(err, ErrUnknownLog):
		http.Error(rw, "unknown log origin", http.StatusNotFound)
	case err != nil:
		w.log.ErrorContext(r.Context(), "witness: read state", "err", err)
		http.Error(rw, "internal error", http.StatusInternalServerError)
	case cp == nil:
		http.Error(rw, "no checkpoint cosigned for this log", http.StatusNotFound)
	default:
		rw.Header().Set("Content-Type", "text/plain; charset=utf-8")
		rw.Header().Set("Cache-Control", "no-store")
		rw.Write(cp)
	}
}

// EvidenceList is the body of GET /evidence?origin=O: the witness's signed
// statements about the log O (see Evidence), oldest first.
type EvidenceList struct {
	Origin   string   `json:"origin"`
	Evidence []string `json:"evidence"`
}

func (w *Witness) serveEvidence(rw http.ResponseWriter, r *http.Request) {
	origin := r.URL.Query().Get("origin")
	if _, ok := w.verifier(origin); !ok {
		http.Error(rw, "unknown log origin", http.StatusNotFound)
		return
	}
	list, err := w.Evidence(origin)
	if err != nil {
		w.log.ErrorContext(r.Context(), "witness: read evidence", "err", err)
		http.Error(rw, "internal error", http.StatusInternalServerError)
		return
	}
	out := EvidenceList{Origin: origin, Evidence: []string{}}
	for _, e := range list {
		out.Evidence = append(out.Evidence, string(e))
	}
	rw.Header().Set("Content-Type", "application/json")
	rw.Header().Set("Cache-Control", "no-store")
	json.NewEncoder(rw).Encode(out)
}
