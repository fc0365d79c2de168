package rulebook

import (
	"slices"
	"time"

	"github.com/comity-project/comity"
)

// approvalKinds are the obligation kinds an authority's approval meets.
var approvalKinds = []comity.ObligationKind{comity.ObligationApproval, comity.ObligationAssessment, comity.ObligationContract, comity.ObligationCertification}

// ApprovalFor drafts the approval that meets a pending transfer case: the
// case's id, requester, action, destination and exact records, of the kind
// its first unmet authority obligation names, valid from now for ttl. The
// authority signs it with Sign.
func ApprovalFor(t *comity.Transfer, home comity.Jurisdiction, now time.Time, ttl time.Duration) *Approval {
	kind := ObligeApproval
	for _, o := range t.Obligations {
		if !o.Met && slices.Contains(approvalKinds, o.Kind) {
			kind = string(o.Kind)
			break
		}
	}
	req := t.Request
	return &Approval{ID: t.ID, Kind: kind, Home: home, Requester: req.Requester.Organisation,
		RequesterIn: req.Requester.Jurisdiction, Action: req.Action, Destination: req.Destination,
		RecordIDs: slices.Clone(req.RecordIDs), IssuedAt: now.Add(-time.Minute), Expires: now.Add(ttl)}
}
