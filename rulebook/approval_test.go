package rulebook

import (
	"crypto/ed25519"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/comity-project/comity"
)

var t0 = time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)

func approvalFor(kind string, ids ...string) *Approval {
	return &Approval{ID: "case-1", Kind: kind, Home: "CN", Requester: "Rhein Logistik GmbH", RequesterIn: "DE",
		RecordIDs: ids, IssuedAt: t0, Expires: t0.Add(30 * 24 * time.Hour)}
}

func cnRequest(ids ...string) *Request {
	r := &Request{Requester: Requester{Organisation: "Rhein Logistik GmbH", Jurisdiction: "DE"}, Action: comity.ActionRead}
	for _, id := range ids {
		r.Records = append(r.Records, RecordRef{ID: id, Controller: "Shanghai Trading Co.", Category: comity.CategoryPersonal, Subjects: []string{"s-" + id}})
	}
	if err := r.Validate(); err != nil {
		panic(err)
	}
	return r
}

func TestApproval(t *testing.T) {
	cn, de := newKey(t), newKey(t)
	pub := cn.Public().(ed25519.PublicKey)
	a := approvalFor(ObligeApproval, "CN-1", "CN-2")
	if err := a.Sign(cn); err != nil {
		t.Fatal(err)
	}
	token := a.Encode()
	got, err := DecodeApproval(token)
	if err != nil {
		t.Fatal(err)
	}
	if err := got.Verify(pub, t0.Add(time.Hour)); err != nil {
		t.Fatalf("Verify: %v", err)
	}
	if err := got.Covers(cnRequest("CN-1")); err != nil {
		t.Errorf("Covers a subset: %v", err)
	}

	other := cnRequest("CN-1")
	other.Requester.Organisation = "Someone Else"
	wrongHome := &Request{Requester: Requester{Organisation: "Rhein Logistik GmbH", Jurisdiction: "DE"}, Action: comity.ActionRead,
		Dataset: &Dataset{Home: "DE", Category: "personal"}}
	tests := []struct {
		name  string
		check func() error
		want  string
	}{
		{"expired", func() error { return got.Verify(pub, t0.Add(31*24*time.Hour)) }, "expired"},
		{"not yet valid", func() error { return got.Verify(pub, t0.Add(-time.Hour)) }, "not valid before"},
		{"another state's authority", func() error { return got.Verify(de.Public().(ed25519.PublicKey), t0.Add(time.Hour)) }, "not signed by the authority of CN"},
		{"replayed by another requester", func() error { return got.Covers(other) }, "not to Someone Else"},
		{"beyond its scope", func() error { return got.Covers(cnRequest("CN-1", "CN-3")) }, "does not cover record CN-3"},
		{"another home", func() error { return got.Covers(wrongHome) }, "not by DE"},
		{"tampered scope", func() error {
			c := *got
			c.RecordIDs = append(c.RecordIDs, "CN-3")
			return c.Verify(pub, t0.Add(time.Hour))
		}, "not signed"},
		{"approval without scope", func() error { return approvalFor(ObligeApproval).Sign(cn) }, "must name the records"},
		{"bad token", func() error { _, err := DecodeApproval("!!"); return err }, "base64url"},
		{"consent is not an approval", func() error { return approvalFor(ObligeConsent, "CN-1").Sign(cn) }, "kind"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.check()
			if !errors.Is(err, ErrApproval) && !errors.Is(err, ErrSignature) {
				t.Fatalf("got %v, want ErrApproval", err)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got %q, want it to mention %q", err, tt.want)
			}
		})
	}
}
