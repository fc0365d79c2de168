package client

import (
	"bytes"
	"context"
	"encoding/json"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/federation"
	comityhttp "github.com/comity-project/comity/http"
)

// Forwarder implements comity.Forwarder over the federation: it calls the
// home node's ordinary API with this node's client certificate, naming the
// principal it acts for.
type Forwarder struct{ Peers *federation.Peers }

var _ comity.Forwarder = (*Forwarder)(nil)

func (f *Forwarder) client(home comity.Jurisdiction, by *comity.Principal) (*Client, error) {
	hc, base, err := f.Peers.Client(home)
	if err != nil {
		return nil, comity.Errorf(comity.EUNAVAILABLE, "no node of %s in the federation", home)
	}
	return &Client{BaseURL: base, HTTP: hc, OnBehalf: by}, nil
}

func input(r *comity.Record) comityhttp.RecordInput {
	return comityhttp.RecordInput{ID: r.ID, Home: r.Home, Controller: r.Controller, Category: r.Category,
		Subjects: r.Subjects, Fields: r.Fields, Version: r.Version}
}

// CreateRecord implements comity.Forwarder.
func (f *Forwarder) CreateRecord(ctx context.Context, home comity.Jurisdiction, by *comity.Principal, r *comity.Record) (*comity.RecordMeta, error) {
	c, err := f.client(home, by)
	if err != nil {
		return nil, err
	}
	return c.CreateRecord(ctx, input(r))
}

// UpdateRecord implements comity.Forwarder.
func (f *Forwarder) UpdateRecord(ctx context.Context, home comity.Jurisdiction, by *comity.Principal, r *comity.Record) (*comity.RecordMeta, error) {
	c, err := f.client(home, by)
	if err != nil {
		return nil, err
	}
	return c.UpdateRecord(ctx, input(r))
}

// DeleteRecord implements comity.Forwarder.
func (f *Forwarder) DeleteRecord(ctx context.Context, home comity.Jurisdiction, by *comity.Principal, id string) error {
	c, err := f.client(home, by)
	if err != nil {
		return err
	}
	return c.DeleteRecord(ctx, id)
}

// ImportRecords implements comity.Forwarder.
func (f *Forwarder) ImportRecords(ctx context.Context, home comity.Jurisdiction, by *comity.Principal, rs []*comity.Record) (comity.ImportResult, error) {
	c, err := f.client(home, by)
	if err != nil {
		return comity.ImportResult{}, err
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	for _, r := range rs {
		in := input(r)
		in.Version = 0
		if err := enc.Encode(in); err != nil {
			return comity.ImportResult{}, err
		}
	}
	return c.Import(ctx, "application/x-ndjson", &buf)
}

// Read implements comity.Forwarder.
func (f *Forwarder) Read(ctx context.Context, home comity.Jurisdiction, req *comity.AccessRequest) (*comity.Release, error) {
	c, err := f.client(home, req.Requester)
	if err != nil {
		return nil, err
	}
	return c.Access(ctx, comityhttp.AccessInput{Action: req.Action, RecordIDs: req.RecordIDs, Home: home, Filter: req.Filter,
		Purpose: req.Purpose, LegalBasis: req.LegalBasis, SpecialCondition: req.SpecialCondition, Destination: req.Destination,
		Consent: req.Consent, Approvals: req.Approvals, Agreements: req.Agreements, Webhook: req.Webhook})
}

// Transfer implements comity.Forwarder.
func (f *Forwarder) Transfer(ctx context.Context, home comity.Jurisdiction, by *comity.Principal, id string) (*comity.Transfer, error) {
	c, err := f.client(home, by)
	if err != nil {
		return nil, err
	}
	return c.Transfer(ctx, id)
}
