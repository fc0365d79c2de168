package demo

import (
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"time"

	fnote "github.com/transparency-dev/formats/note"
	"golang.org/x/mod/sumdb/note"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/audit"
	"github.com/comity-project/comity/pii"
	"github.com/comity-project/comity/witness"
)

// LogURL is the tlog-tiles prefix of j's log.
func (f *Federation) LogURL(j comity.Jurisdiction) string { return f.Members[j].URL + "/log" }

// LogVerifier returns the signed-note verifier of j's log.
func (f *Federation) LogVerifier(j comity.Jurisdiction) (note.Verifier, error) {
	return note.NewVerifier(f.Members[j].Node.Log.VerifierKey())
}

// WitnessVerifiers returns the cosignature verifiers of the witnesses of
// j's log, as the manifest names them, and the quorum they must meet.
func (f *Federation) WitnessVerifiers(j comity.Jurisdiction) ([]note.Verifier, int, error) {
	var out []note.Verifier
	for _, n := range f.Manifest.Witnesses(f.Members[j].Name) {
		vkey, err := witness.VerifierKey(witness.NodeName(n.Name), ed25519.PublicKey(n.PublicKey))
		if err != nil {
			return nil, 0, err
		}
		v, err := fnote.NewVerifierForCosignatureV1(vkey)
		if err != nil {
			return nil, 0, err
		}
		out = append(out, v)
	}
	return out, f.Manifest.Witness.Threshold, nil
}

// ledgerSteps prove a receipt's inclusion in a witnessed checkpoint and
// audit every node's log, as anyone could with the published keys.
func ledgerSteps(ctx context.Context, f *Federation, w *narrator, rel *comity.Release) error {
	w.step("A receipt becomes a proof")
	r := rel.Receipt
	w.say("The minimised export came with receipt %d of log %s, signed by cn-node: a promise to publish", r.Index, r.Origin)
	w.say("the entry within the log's maximum merge delay (%s).", f.Members["CN"].Node.Log.MaxMergeDelay())
	v, err := f.LogVerifier("CN")
	if err != nil {
		return err
	}
	ws, k, err := f.WitnessVerifiers("CN")
	if err != nil {
		return err
	}
	cfg := audit.ReceiptConfig{URL: f.LogURL("CN"), Verifier: v, MaxMergeDelay: f.Members["CN"].Node.Log.MaxMergeDelay(),
		Witnesses: ws, Quorum: k, StateFile: filepath.Join(f.Dir, "audit", "CN.state"), HTTPClient: f.HTTPClient()}
	var inc *audit.Inclusion
	for deadline := time.Now().Add(2*cfg.MaxMergeDelay + 5*time.Second); ; {
		inc, err = audit.CheckReceipt(ctx, cfg, r)
		if err == nil || time.Now().After(deadline) {
			break
		}
		time.Sleep(200 * time.Millisecond)
	}
	if err != nil {
		return fmt.Errorf("receipt: %w", err)
	}
	w.say("→ included: entry %d is in the published checkpoint of %s at size %d, cosigned by %s", r.Index, inc.Checkpoint.Origin,
		inc.Checkpoint.Size, strings.Join(inc.Checkpoint.Cosigners, " and "))
	w.say("  (the manifest's witness policy is %d of the %d other members' nodes: a majority, so no two quorums", k, len(ws))
	w.say("  can vouch for two histories of the log);")
	w.say("  the inclusion proof (%d hashes) was checked with golang.org/x/mod/sumdb/tlog.", len(inc.Proof))

	w.step("Anyone audits every node's log")
	w.say("comity audit fetches each log's tiles and entry bundles, recomputes every hash, checks the")
	w.say("checkpoint's signature and its witnesses' cosignatures, and sums up the flows it records:")
	for _, j := range f.States {
		v, err := f.LogVerifier(j)
		if err != nil {
			return err
		}
		ws, k, err := f.WitnessVerifiers(j)
		if err != nil {
			return err
		}
		var rep *audit.Report
		for deadline := time.Now().Add(10 * time.Second); ; {
			rep, err = audit.Verify(ctx, audit.Config{URL: f.LogURL(j), Verifier: v, Witnesses: ws, Quorum: k,
				StateFile: filepath.Join(f.Dir, "audit", string(j)+".state"), HTTPClient: f.HTTPClient(), Screen: pii.Screen{}})
			if err == nil || time.Now().After(deadline) {
				break
			}
			time.Sleep(200 * time.Millisecond)
		}
		if err != nil {
			return fmt.Errorf("audit %s: %w", j, err)
		}
		if len(rep.PII) > 0 {
			return fmt.Errorf("audit %s: personal information in entry %d (%s)", j, rep.PII[0].Index, rep.PII[0].Member)
		}
		w.say("%s  %d entries verified, checkpoint cosigned by %s; nothing personal in any entry (--pii)",
			j, rep.Checkpoint.Size, strings.Join(rep.Checkpoint.Cosigners, ", "))
		flows := rep.Flows
		sort.Slice(flows, func(a, b int) bool { return flows[a].Count > flows[b].Count })
		for _, fl := range flows[:min(len(flows), 5)] {
			w.say("      %-22s → %-3s %-19s %-8s %4d", fl.Requester, fl.Destination, fl.Category, fl.Outcome, fl.Count)
		}
	}
	return subjectStep(ctx, f, w)
}

// subjectStep shows a data subject finding, with their own secret, every
// decision about them in a public log that names no one.
func subjectStep(ctx context.Context, f *Federation, w *narrator) error {
	w.step("A data subject finds every decision about them, and only they can")
	const person = "cn-person-000002"
	out, err := f.Client("CN", "controller").SubjectSecret(ctx, person)
	if err != nil {
		return err
	}
	w.say("The log holds only keyed pseudonyms, fresh in every entry. %s, asked by the person behind %s,", Multinational, person)
	w.say("hands them their secret (%s…); with it they audit cn-node's log themselves:", out.Secret[:12])
	secret, err := hex.DecodeString(out.Secret)
	if err != nil {
		return err
	}
	v, err := f.LogVerifier("CN")
	if err != nil {
		return err
	}
	var rep *audit.Report
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(200 * time.Millisecond) {
		rep, err = audit.Verify(ctx, audit.Config{URL: f.LogURL("CN"), Verifier: v, HTTPClient: f.HTTPClient(), SubjectSecret: secret})
		if err == nil && len(rep.Subject) > 0 && rep.Subject[len(rep.Subject)-1].Kind == string(comity.EntrySubjectAccess) || time.Now().After(deadline) {
			break
		}
	}
	if err != nil {
		return err
	}
	for _, e := range rep.Subject {
		w.say("→ entry %d  %s  %-14s %-12s by %s (%s): %s", e.Index, e.Time[:19], e.Kind, e.Action, e.Requester, e.RequesterIn, e.Outcome)
	}
	return nil
}
