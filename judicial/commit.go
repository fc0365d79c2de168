package judicial

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/comity-project/comity"
)

// EventRefusedAttempt is logged when a step that an authority asked for is
// refused (a grant signed with the wrong key or naming records that were
// not requested, a decision on a case decided meanwhile): the log shows
// every act of an authority, accepted or not, as it does for rulebooks,
// baselines and transfer decisions. Report does not count it.
const EventRefusedAttempt = "refused-attempt"

// search is the ledger's LogSearch, if it has one.
func (s *Service) search() comity.LogSearch {
	search, _ := s.cfg.Ledger.(comity.LogSearch)
	return search
}

// commit takes a step in the order of every promise: it claims the case
// at next.Version in the store (of racing steps exactly one wins; the
// others get ECONFLICT and log nothing), runs prepare, logs e with the
// claim's token, and stores next. It returns the case as stored. A nil e
// logs nothing.
func (s *Service) commit(ctx context.Context, next *Case, e *comity.Entry, prepare func(context.Context) error) (*Case, error) {
	cl, err := comity.ClaimFrom(ctx, s.search())
	if err != nil {
		return nil, err
	}
	if err := s.cfg.Store.ClaimCase(ctx, next, cl); err != nil {
		return nil, err
	}
	// From the claim on, the step is settled whatever becomes of the
	// caller: a request cancelled between the log entry and the commit
	// (a requesting node killed mid-execution) must not leave the case
	// claimed, stored as before while its log says otherwise, until the
	// next restart.
	ctx = context.WithoutCancel(ctx)
	if prepare != nil {
		if err := prepare(ctx); err != nil {
			return nil, errors.Join(err, s.cfg.Store.ReleaseCase(ctx, next.ID, cl.Token))
		}
	}
	if e != nil && s.cfg.Ledger != nil {
		e.Detail[comity.ClaimDetail] = cl.Token
		if _, err := s.cfg.Ledger.Commit(ctx, e); err != nil {
			// Whether the entry reached the log is for the log to say.
			_, serr := s.settle(ctx, next.ID, cl)
			return nil, errors.Join(fmt.Errorf("log %s of case %s: %w", e.Detail["event"], next.ID, err), serr)
		}
	}
	return s.cfg.Store.CommitCase(ctx, next.ID, cl.Token)
}

// commitRetry is commit for a step that must be recorded whatever else
// happened to the case meanwhile (records left the node): build makes the
// step from the case as stored, and is called again, after a short wait,
// when another step held or moved the case first.
func (s *Service) commitRetry(ctx context.Context, id string, build func(cur *Case) (*Case, *comity.Entry)) (*Case, error) {
	for attempt := 0; ; attempt++ {
		cur, err := s.cfg.Store.GetCase(ctx, id)
		if err != nil {
			return nil, err
		}
		next, e := build(cur)
		stored, err := s.commit(ctx, next, e, nil)
		if comity.ErrorCode(err) != comity.ECONFLICT || attempt == 50 {
			return stored, err
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(time.Duration(attempt+1) * 5 * time.Millisecond):
		}
	}
}

// settle resolves claim c on case id by what the log holds: committed as
// logged if its entry is there, released if not.
func (s *Service) settle(ctx context.Context, id string, c comity.Claim) (logged bool, err error) {
	if logged, err = comity.Logged(ctx, s.search(), c); err != nil {
		return false, fmt.Errorf("case %s: claim %s stays until the next start: %w", id, c.Token, err)
	}
	if logged {
		_, err = s.cfg.Store.CommitCase(ctx, id, c.Token)
	} else {
		err = s.cfg.Store.ReleaseCase(ctx, id, c.Token)
	}
	return logged, err
}

// Recover settles the claims a crash left between claim and commit: each
// step is committed exactly as logged, or undone. A node calls it when it
// starts, before it serves, as the only process taking steps on its store
// (see comity.TransferService.Recover).
func (s *Service) Recover(ctx context.Context) (committed, released int, err error) {
	cs, err := s.cfg.Store.ClaimedCases(ctx)
	if err != nil {
		return 0, 0, err
	}
	for _, c := range cs {
		logged, err := s.settle(ctx, c.Case.ID, c.Claim)
		if err != nil {
			return committed, released, err
		}
		if logged {
			committed++
		} else {
			released++
		}
	}
	return committed, released, nil
}

// refused logs an authority's refused attempt to move c to state to, and
// returns failure. Only refusals on the merits are logged: a failure of
// the store or the log is no act of the authority's.
func (s *Service) refused(ctx context.Context, c *Case, a Actor, to State, failure error) error {
	switch comity.ErrorCode(failure) {
	case comity.EINVALID, comity.EFORBIDDEN, comity.ECONFLICT:
	default:
		return failure
	}
	if _, err := s.log(ctx, c, EventRefusedAttempt, a, comity.Deny, map[string]string{
		"attempted": string(to), "reason": firstLine(comity.ErrorMessage(failure))}); err != nil {
		return errors.Join(failure, err)
	}
	return failure
}
