package comity

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"time"
)

// A Claim is one caller's hold on a case's next step, taken in the store
// before the step is logged. Workflows that decide once (transfer cases,
// judicial cases) take every logged step in the same order as the gate:
// claim the transition (a conditional update in the store, which exactly
// one of any number of callers wins, in one process or many), log it, then
// commit it. A caller that loses the claim logs nothing but, at most, a
// refused attempt; so the log never shows a decision that the store does
// not hold.
//
// A claim outlives a crash. When the node restarts it looks for the claim's
// entry in its own log (LogSearch): if the entry was logged, the step is
// committed exactly as claimed; if not, the claim is dropped and the case
// can be decided again. Either way log and store agree.
type Claim struct {
	// Token names the claim; the step's log entry carries it as
	// Detail["claim"].
	Token string `json:"token"`
	// From is the log's durable size when the claim was taken: the step's
	// entry, if it was logged, is at this index or later.
	From uint64    `json:"from"`
	At   time.Time `json:"at"`
}

// ClaimDetail is the Entry.Detail key that carries a claim's token.
const ClaimDetail = "claim"

// NewClaim returns a fresh claim on a log of durable size from.
func NewClaim(from uint64) Claim {
	var b [16]byte
	rand.Read(b[:])
	return Claim{Token: hex.EncodeToString(b[:]), From: from, At: Now()}
}

// LogSearch finds a node's own entries again, so that a claim left by a
// crash (or by a Commit whose outcome is unknown) is resolved by what the
// log holds, not by a guess.
type LogSearch interface {
	// Size returns how many entries the log holds durably.
	Size(ctx context.Context) (uint64, error)
	// Claimed reports whether an entry at index from or later carries the
	// claim token (Detail[ClaimDetail]).
	Claimed(ctx context.Context, from uint64, token string) (bool, error)
}

// ClaimFrom returns a claim on the log that search reads; with no search
// (tests of other layers) the claim starts at 0.
func ClaimFrom(ctx context.Context, search LogSearch) (Claim, error) {
	if search == nil {
		return NewClaim(0), nil
	}
	n, err := search.Size(ctx)
	if err != nil {
		return Claim{}, Errorf(EUNAVAILABLE, "the ledger cannot say its size: %w", err)
	}
	return NewClaim(n), nil
}

// Logged reports whether claim c's entry is on the log that search reads.
// With no search nothing can be known, and it reports false: a case is
// then decidable again, which is what a node without a log can promise.
func Logged(ctx context.Context, search LogSearch, c Claim) (bool, error) {
	if search == nil {
		return false, nil
	}
	return search.Claimed(ctx, c.From, c.Token)
}
