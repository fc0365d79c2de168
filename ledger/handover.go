package ledger

import (
	"context"

	"github.com/comity-project/comity"
)

// Handover gives a controller the secrets behind its entries in a node's
// log (see SubjectSecret and RecordSecret), to pass on to a data subject,
// who can then find and verify the entries about them. Each handover is
// itself logged, under the pseudonym or commitment it reveals.
type Handover struct {
	Log *Log
	// Node names the node in the handover entries.
	Node string
	// Store tells whether a controller holds records about a data subject.
	Store comity.RecordStore
	// Records tells whether a principal controls a record.
	Records *comity.RecordService
}

// SubjectSecret gives a controller the pseudonym secret of one of its data
// subjects, to pass on to that person; the handover is itself logged, under
// the subject's pseudonym. It returns the secret and the log's origin.
func (h *Handover) SubjectSecret(ctx context.Context, by *comity.Principal, ref string) ([]byte, string, error) {
	ok, err := h.Store.Controls(ctx, by.Organisation, ref)
	if err != nil {
		return nil, "", err
	}
	if !ok || by.Via != "" {
		return nil, "", comity.Errorf(comity.ENOTFOUND, "%s holds no record about that data subject at this node", by.Organisation)
	}
	e := &comity.Entry{Kind: comity.EntrySubjectAccess, Time: comity.Now(), Node: h.Node, Requester: by.Organisation,
		RequesterIn: by.Jurisdiction, Outcome: comity.Allow, Subjects: []string{comity.QualifiedSubject(by.Organisation, ref)}}
	if _, err := h.Log.Commit(ctx, e); err != nil {
		return nil, "", err
	}
	return SubjectSecret(h.Log.cfg.SubjectKey, comity.QualifiedSubject(by.Organisation, ref)), h.Log.Origin(), nil
}

// RecordSecret gives a record's controller the secret of the record's
// commitments in this node's log; the handover is itself logged, under the
// record's commitment. It returns the secret and the log's origin.
func (h *Handover) RecordSecret(ctx context.Context, by *comity.Principal, id string) ([]byte, string, error) {
	if err := h.Records.Controls(ctx, by, id); err != nil {
		return nil, "", err
	}
	e := &comity.Entry{Kind: comity.EntryRecordAccess, Time: comity.Now(), Node: h.Node, Requester: by.Organisation,
		RequesterIn: by.Jurisdiction, Outcome: comity.Allow, RecordIDs: []string{id}}
	if _, err := h.Log.Commit(ctx, e); err != nil {
		return nil, "", err
	}
	return RecordSecret(h.Log.cfg.SubjectKey, id), h.Log.Origin(), nil
}
