package node

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/json"
	"net/http"
	"slices"
	"time"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/rulebook"
)

// authority verifies the decisions of this node's state's data-protection
// authority on transfer cases against its key in the federation manifest.
type authority struct {
	home comity.Jurisdiction
	key  func() ed25519.PublicKey // from the live manifest; nil outside a federation: nothing verifies
}

var _ comity.TransferAuthority = authority{}

func (a authority) pub() ed25519.PublicKey {
	if a.key == nil {
		return nil
	}
	return a.key()
}

// VerifyApproval implements comity.TransferAuthority: the token must be
// signed by the home authority, unexpired, and name exactly the case's
// requester, action, destination and records.
func (a authority) VerifyApproval(t *comity.Transfer, token string) (time.Time, error) {
	ap, err := rulebook.DecodeApproval(token)
	if err != nil {
		return time.Time{}, comity.Errorf(comity.EINVALID, "%w", err)
	}
	if err := ap.Verify(a.pub(), comity.Now()); err != nil {
		return time.Time{}, comity.Errorf(comity.EFORBIDDEN, "%w", err)
	}
	req := t.Request
	dest := ap.Destination
	if dest == "" {
		dest = ap.RequesterIn
	}
	switch {
	case ap.ID != t.ID:
		return time.Time{}, comity.Errorf(comity.EINVALID, "the approval is for case %s, not %s", ap.ID, t.ID)
	case ap.Home != a.home:
		return time.Time{}, comity.Errorf(comity.EFORBIDDEN, "the approval is issued by %s, not %s", ap.Home, a.home)
	case ap.Requester != req.Requester.Organisation || ap.RequesterIn != req.Requester.Jurisdiction:
		return time.Time{}, comity.Errorf(comity.EINVALID, "the approval names %s (%s), not the case's requester", ap.Requester, ap.RequesterIn)
	case ap.Action != "" && ap.Action != req.Action:
		return time.Time{}, comity.Errorf(comity.EINVALID, "the approval covers %s, not %s", ap.Action, req.Action)
	case dest != req.Destination:
		return time.Time{}, comity.Errorf(comity.EINVALID, "the approval covers transfers to %s, not %s", dest, req.Destination)
	}
	got := slices.Sorted(slices.Values(ap.RecordIDs))
	if !slices.Equal(got, req.RecordIDs) {
		return time.Time{}, comity.Errorf(comity.EINVALID, "the approval's %d records are not the case's %d records", len(got), len(req.RecordIDs))
	}
	return ap.Expires, nil
}

// VerifyRefusal implements comity.TransferAuthority.
func (a authority) VerifyRefusal(t *comity.Transfer, grounds string, signature []byte) error {
	key := a.pub()
	if len(key) != ed25519.PublicKeySize || !ed25519.Verify(key, comity.RefusalMessage(t.ID, grounds), signature) {
		return comity.Errorf(comity.EFORBIDDEN, "the refusal is not signed by the data-protection authority of %s", a.home)
	}
	return nil
}

// notify posts a decided case to its webhook, once, in the background (Close
// waits for it): the requester may also poll, so a lost notification loses
// nothing.
func (n *Node) notify(_ context.Context, t *comity.Transfer) {
	body, err := json.Marshal(t)
	if err != nil {
		return
	}
	n.bg.goFunc(func(ctx context.Context) {
		ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		defer cancel()
		req, err := http.NewRequestWithContext(ctx, "POST", t.Webhook, bytes.NewReader(body))
		if err != nil {
			return
		}
		req.Header.Set("Content-Type", "application/json")
		resp, err := n.webhooks.Do(req)
		if err != nil {
			n.logger.Warn("transfer webhook failed", "case", t.ID, "err", err)
			return
		}
		resp.Body.Close()
		n.logger.Info("transfer webhook delivered", "case", t.ID, "status", resp.StatusCode)
	})
}
