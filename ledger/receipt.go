package ledger

import (
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/comity-project/comity"
	"golang.org/x/mod/sumdb/note"
)

// ReceiptMessage is the canonical message a receipt's signature covers:
//
//	comity-receipt/v1
//	origin <origin>
//	index <decimal index>
//	hash <base64 entry hash>
//	time <RFC 3339 UTC time with nanoseconds>
//
// each line ending in a newline. The first line is a fixed header, and the
// second cannot parse as a tree size, so a receipt signature can never be
// mistaken for a checkpoint or cosignature signature by the same key.
func ReceiptMessage(r *comity.Receipt) []byte {
	b := make([]byte, 0, 160)
	b = append(b, "comity-receipt/v1\norigin "...)
	b = append(b, r.Origin...)
	b = append(b, "\nindex "...)
	b = strconv.AppendUint(b, r.Index, 10)
	b = append(b, "\nhash "...)
	b = base64.StdEncoding.AppendEncode(b, r.EntryHash)
	b = append(b, "\ntime "...)
	b = r.Time.UTC().AppendFormat(b, time.RFC3339Nano)
	return append(b, '\n')
}

// ErrBadReceipt is returned by VerifyReceipt for a receipt whose signature
// does not verify under the given key.
var ErrBadReceipt = errors.New("receipt signature does not verify")

// VerifyReceipt checks r's signature against verifierKey, the log's
// signed-note verifier key. It does not check that the entry is in the
// log; package audit does that.
func VerifyReceipt(r *comity.Receipt, verifierKey string) error {
	v, err := note.NewVerifier(verifierKey)
	if err != nil {
		return fmt.Errorf("verify receipt: %w", err)
	}
	if v.Name() != r.Origin || !v.Verify(ReceiptMessage(r), r.Signature) {
		return ErrBadReceipt
	}
	return nil
}

// Commit screens e's free text (Config.Screen), encodes it canonically with
// its subjects pseudonymised and its records committed, appends it,
// waits until Tessera has durably assigned it an index, and returns a
// signed receipt. Nothing in e is retained. While the log is suspended
// (see Suspended) it refuses every entry with EUNAVAILABLE, unless ctx is
// marked by EvenIfSuspended.
func (l *Log) Commit(ctx context.Context, e *comity.Entry) (*comity.Receipt, error) {
	// A log that cannot publish in time must not promise to (health.go).
	if err := l.health.err(); err != nil && ctx.Value(evenIfSuspendedKey{}) == nil {
		return nil, err
	}
	if err := screen(l.cfg.Screen, e); err != nil {
		return nil, err
	}
	data, err := EncodeEntry(e, l.cfg.SubjectKey)
	if err != nil {
		return nil, comity.Errorf(comity.EINVALID, "cannot log this decision: %v", err)
	}
	idx, err := l.batcher.append(data)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", comity.Errorf(comity.EUNAVAILABLE, "the ledger is not accepting entries"), err)
	}
	r := &comity.Receipt{Origin: l.origin, Index: idx, EntryHash: leafHash(data), Time: comity.Now()}
	if r.Signature, err = l.signer.Sign(ReceiptMessage(r)); err != nil {
		return nil, fmt.Errorf("sign receipt: %w", err)
	}
	return r, nil
}
