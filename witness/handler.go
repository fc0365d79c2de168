package witness

import (
	"bufio"
	"bytes"
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"

	flog "github.com/transparency-dev/formats/log"
	"golang.org/x/mod/sumdb/note"
	"golang.org/x/mod/sumdb/tlog"
)

const (
	sizeContentType = "text/x.tlog.size"
	maxRequestBytes = 64 << 10
	maxProofLines   = 63
)

// Handler serves POST /add-checkpoint (C2SP tlog-witness) and two reads
// that C2SP leaves open: GET /checkpoint?origin=O, the cosigned checkpoint
// the witness holds for log O, and GET /evidence?origin=O, its signed
// statements of O's misbehaviour.
func (w *Witness) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /add-checkpoint", w.serveAdd)
	mux.HandleFunc("GET /checkpoint", w.serveCheckpoint)
	mux.HandleFunc("GET /evidence", w.serveEvidence)
	return mux
}

// addError is a refusal with the HTTP status the tlog-witness spec assigns.
type addError struct {
	status int
	msg    string
	size   uint64 // for 409 with a size body
	sized  bool
}

func (e *addError) Error() string { return e.msg }

func refuse(status int, format string, args ...any) *addError {
	return &addError{status: status, msg: fmt.Sprintf(format, args...)}
}

func (w *Witness) serveAdd(rw http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, maxRequestBytes+1))
	if err != nil {
		http.Error(rw, "cannot read request", http.StatusBadRequest)
		return
	}
	if len(body) > maxRequestBytes {
		http.Error(rw, "request too large", http.StatusRequestEntityTooLarge)
		return
	}
	sigs, err := w.Add(r.Context(), body)
	var ae *addError
	switch {
	case err == nil:
		rw.Header().Set("Content-Type", "text/plain; charset=utf-8")
		rw.Write(sigs)
	case errors.As(err, &ae) && ae.sized:
		rw.Header().Set("Content-Type", sizeContentType)
		rw.WriteHeader(http.StatusConflict)
		fmt.Fprintf(rw, "%d\n", ae.size)
	case errors.As(err, &ae):
		http.Error(rw, ae.msg, ae.status)
	default:
		w.log.ErrorContext(r.Context(), "witness: add-checkpoint", "err", err)
		http.Error(rw, "internal error", http.StatusInternalServerError)
	}
}

// Add processes one add-checkpoint request body and returns the
// cosignature line(s) to send back. Refusals are errors carrying the status
// of the tlog-witness spec.
func (w *Witness) Add(ctx context.Context, body []byte) ([]byte, error) {
	oldSize, proof, cpRaw, err := parseAddRequest(body)
	if err != nil {
		return nil, refuse(http.StatusBadRequest, "%v", err)
	}
	origin, _, _ := strings.Cut(string(cpRaw), "\n")
	v, ok := w.verifier(origin)
	if !ok {
		return nil, refuse(http.StatusNotFound, "unknown log origin %q", origin)
	}
	n, err := note.Open(cpRaw, note.VerifierList(v))
	if err != nil {
		var unverified *note.UnverifiedNoteError
		if errors.As(err, &unverified) {
			return nil, refuse(http.StatusForbidden, "no signature by the log's key")
		}
		return nil, refuse(http.StatusBadRequest, "malformed checkpoint: %v", err)
	}
	var cp flog.Checkpoint
	if _, err := cp.Unmarshal([]byte(n.Text)); err != nil || cp.Origin != origin || len(cp.Hash) != tlog.HashSize {
		return nil, refuse(http.StatusBadRequest, "malformed checkpoint body")
	}
	if oldSize > cp.Size {
		return nil, refuse(http.StatusBadRequest, "old size %d is larger than the checkpoint size %d", oldSize, cp.Size)
	}

	defer w.lock(origin)()
	st, err := w.state.get(origin)
	if err != nil {
		return nil, err
	}
	if oldSize != st.Size {
		if cp.Size < st.Size {
			w.presentedSmaller(ctx, st, &cp, cpRaw)
		}
		return nil, &addError{status: http.StatusConflict, msg: "old size mismatch", size: st.Size, sized: true}
	}
	var root tlog.Hash
	copy(root[:], cp.Hash)
	switch {
	case oldSize == 0:
		// Nothing cosigned yet: any tree extends the empty tree.
	case oldSize == cp.Size:
		if !bytes.Equal(st.Root, cp.Hash) {
			w.alarm(ctx, Alarm{Origin: origin, Kind: EvidenceFork, Reason: "same size, different root hash", Known: st.held(), Presented: cpRaw})
			return nil, refuse(http.StatusConflict, "root hash differs from the cosigned checkpoint of the same size")
		}
	default:
		var oldRoot tlog.Hash
		copy(oldRoot[:], st.Root)
		if err := tlog.CheckTree(proof, int64(cp.Size), root, int64(oldSize), oldRoot); err != nil {
			w.alarm(ctx, Alarm{Origin: origin, Kind: EvidenceInconsistent, Reason: "not provably consistent with the cosigned checkpoint: " + err.Error(), Known: st.held(), Presented: cpRaw})
			return nil, refuse(http.StatusUnprocessableEntity, "consistency proof does not verify")
		}
	}

	signed, err := note.Sign(&note.Note{Text: n.Text}, w.signer)
	if err != nil {
		return nil, fmt.Errorf("cosign: %w", err)
	}
	if cp.Size > st.Size || st.Checkpoint == nil {
		// Persist before answering: a witness must never forget a checkpoint
		// it cosigned, or it could later cosign a fork of it.
		cosigned := append(append([]byte{}, cpRaw...), signed[len(n.Text)+1:]...)
		if err := w.state.put(&logState{Origin: origin, Size: cp.Size, Root: cp.Hash, Checkpoint: cpRaw, Cosigned: cosigned}); err != nil {
			return nil, err
		}
	}
	return signed[len(n.Text)+1:], nil
}

// presentedSmaller handles a checkpoint smaller than the one the witness
// holds. An honest log never goes back, so unless the log's own tiles prove
// the smaller tree a prefix of the held one (a replayed old checkpoint, or
// a log that lost and restored its state), it is evidence that the log
// showed this witness a history it does not stand by. One statement per
// held checkpoint: the log presents a new smaller one every round.
func (w *Witness) presentedSmaller(ctx context.Context, st *logState, cp *flog.Checkpoint, cpRaw []byte) {
	if w.evidence.seen(st.Origin, evidenceKey(EvidenceSmaller, st.held(), nil)) {
		w.log.WarnContext(ctx, "witness: log again presents a checkpoint smaller than the one cosigned", "origin", st.Origin, "size", cp.Size, "held", st.Size)
		return
	}
	var root, held tlog.Hash
	copy(root[:], cp.Hash)
	copy(held[:], st.Root)
	reason := fmt.Sprintf("asked to cosign size %d while holding a cosigned checkpoint of size %d", cp.Size, st.Size)
	if w.cfg.Prove != nil {
		proof, err := w.prove(ctx, st.Origin, cp.Size, st.Size)
		if err == nil {
			if tlog.CheckTree(proof, int64(st.Size), held, int64(cp.Size), root) == nil {
				w.log.WarnContext(ctx, "witness: log presented an old checkpoint, a prefix of the one cosigned", "origin", st.Origin, "size", cp.Size, "held", st.Size)
				return
			}
			reason += "; the log's own tiles prove it is not a prefix of the held one"
		} else {
			reason += "; the log cannot show that it is a prefix of the held one: " + err.Error()
		}
	} else {
		reason += "; an honest log never goes back"
	}
	w.alarm(ctx, Alarm{Origin: st.Origin, Kind: EvidenceSmaller, Reason: reason, Known: st.held(), Presented: cpRaw})
}

func (w *Witness) prove(ctx context.Context, origin string, smaller, larger uint64) (tlog.TreeProof, error) {
	raw, err := w.cfg.Prove(ctx, origin, smaller, larger)
	if err != nil {
		return nil, err
	}
	proof := make(tlog.TreeProof, len(raw))
	for i, h := range raw {
		if len(h) != tlog.HashSize {
			return nil, fmt.Errorf("proof hash %d has %d bytes", i, len(h))
		}
		copy(proof[i][:], h)
	}
	return proof, nil
}

// parseAddRequest splits an add-checkpoint body: "old N", proof lines, an
// empty line, then the checkpoint.
func parseAddRequest(body []byte) (oldSize uint64, proof tlog.TreeProof, checkpoint []byte, err error) {
	br := bufio.NewReader(bytes.NewReader(body))
	line, err := br.ReadString('\n')
	if err != nil {
		return 0, nil, nil, errors.New("missing old size line")
	}
	num, ok := strings.CutPrefix(strings.TrimSuffix(line, "\n"), "old ")
	if !ok {
		return 0, nil, nil, errors.New("first line must be \"old <size>\"")
	}
	if oldSize, err = strconv.ParseUint(num, 10, 64); err != nil || (len(num) > 1 && num[0] == '0') {
		return 0, nil, nil, fmt.Errorf("bad old size %q", num)
	}
	for {
		line, err := br.ReadString('\n')
		if err != nil {
			return 0, nil, nil, errors.New("missing empty line before the checkpoint")
		}
		line = strings.TrimSuffix(line, "\n")
		if line == "" {
			break
		}
		if len(proof) == maxProofLines {
			return 0, nil, nil, errors.New("too many proof lines")
		}
		h, err := base64.StdEncoding.DecodeString(line)
		if err != nil || len(h) != tlog.HashSize {
			return 0, nil, nil, fmt.Errorf("bad proof line %q", line)
		}
		proof = append(proof, tlog.Hash(h))
	}
	checkpoint, _ = io.ReadAll(br)
	if len(checkpoint) == 0 {
		return 0, nil, nil, errors.New("missing checkpoint")
	}
	return oldSize, proof, checkpoint, nil
}
