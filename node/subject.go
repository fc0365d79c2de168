package node

import (
	"context"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/ledger"
)

// subjectSecret gives a controller the pseudonym secret of one of its data
// subjects, to pass on to that person; the handover is itself logged, under
// the subject's pseudonym.
func (n *Node) subjectSecret(ctx context.Context, by *comity.Principal, ref string) ([]byte, string, error) {
	ok, err := n.DB.Records().Controls(ctx, by.Organisation, ref)
	if err != nil {
		return nil, "", err
	}
	if !ok || by.Via != "" {
		return nil, "", comity.Errorf(comity.ENOTFOUND, "%s holds no record about that data subject at this node", by.Organisation)
	}
	e := &comity.Entry{Kind: comity.EntrySubjectAccess, Time: comity.Now(), Node: n.Config.Name, Requester: by.Organisation,
		RequesterIn: by.Jurisdiction, Outcome: comity.Allow, Subjects: []string{comity.QualifiedSubject(by.Organisation, ref)}}
	if _, err := n.Log.Commit(ctx, e); err != nil {
		return nil, "", err
	}
	return ledger.SubjectSecret(n.subjectKey, comity.QualifiedSubject(by.Organisation, ref)), n.Log.Origin(), nil
}

// recordSecret gives a record's controller the secret of the record's
// commitments in this node's log; the handover is itself logged, under the
// record's commitment.
func (n *Node) recordSecret(ctx context.Context, by *comity.Principal, id string) ([]byte, string, error) {
	if err := n.records.Controls(ctx, by, id); err != nil {
		return nil, "", err
	}
	e := &comity.Entry{Kind: comity.EntryRecordAccess, Time: comity.Now(), Node: n.Config.Name, Requester: by.Organisation,
		RequesterIn: by.Jurisdiction, Outcome: comity.Allow, RecordIDs: []string{id}}
	if _, err := n.Log.Commit(ctx, e); err != nil {
		return nil, "", err
	}
	return ledger.RecordSecret(n.subjectKey, id), n.Log.Origin(), nil
}
