package demo

import (
	"context"
	"crypto/ed25519"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/comity-project/comity"
	comityhttp "github.com/comity-project/comity/http"
	"github.com/comity-project/comity/judicial"
)

// Agencies are the demo's law-enforcement agencies, one per state.
var Agencies = map[comity.Jurisdiction]string{
	"CN": "cn-public-security", "DE": "de-bka", "US": "us-fbi", "FR": "fr-police-judiciaire",
}

// AddAgencies creates, at each node, the principal "agency" for the state's
// law-enforcement agency. It does nothing for a node that has one.
func (f *Federation) AddAgencies(ctx context.Context) error {
	for _, j := range f.States {
		mem := f.Members[j]
		if mem.Tokens["agency"] != "" {
			continue
		}
		org := Agencies[j]
		if org == "" {
			org = strings.ToLower(string(j)) + "-police"
		}
		out, err := f.Client(j, "operator").CreatePrincipal(ctx, comityhttp.PrincipalInput{
			ID: "agency", Organisation: org, Roles: []comity.Role{comity.RoleAgency}})
		if err != nil {
			return fmt.Errorf("%s: create the agency: %w", mem.Name, err)
		}
		mem.Tokens["agency"] = out.Token
	}
	return nil
}

// Order returns the production order that state c.Holding's central
// authority signs to grant records of case c until expires, as the
// authority would with comity judicial grant (the demo keeps its key).
func (f *Federation) Order(c *judicial.Case, records []string, partial bool, conditions []string, expires time.Time) (string, error) {
	return SignOrder(f.Members[c.Holding].Authorities[comity.RoleCentralAuthority], c, records, partial, conditions, expires)
}

// SignOrder signs a production order for case c with key.
func SignOrder(key ed25519.PrivateKey, c *judicial.Case, records []string, partial bool, conditions []string, expires time.Time) (string, error) {
	now := time.Now().UTC()
	o, a := judicial.NewOrder(c, records, partial, conditions, now.Add(-time.Second), expires)
	if err := o.Sign(a, key); err != nil {
		return "", err
	}
	return o.Encode(), nil
}

// JudicialSteps show judicial assistance: a direct request by a foreign
// agency is refused, an agreement between two states does not reach a
// third's data, and a US agency's request for CN-homed data goes to CN's
// central authority, is granted in part, executed once and verified.
func JudicialSteps(ctx context.Context, f *Federation, out io.Writer) error {
	w := &narrator{out: out}
	return judicialSteps(ctx, f, w)
}

func judicialSteps(ctx context.Context, f *Federation, w *narrator) error {
	if err := f.AddAgencies(ctx); err != nil {
		return err
	}
	cn := func(i int) string { return fmt.Sprintf("CN-CUST-%06d", i) }

	w.step("A foreign agency's direct request is refused")
	w.say("The US agency %s asks, at the US node, for the CN-homed record %s, for law enforcement.", Agencies["US"], cn(1))
	_, err := f.Client("US", "agency").Access(ctx, comityhttp.AccessInput{Action: comity.ActionDiscloseToLawEnforce,
		RecordIDs: []string{cn(1)}, Purpose: judicial.Purpose})
	if comity.ErrorCode(err) != comity.EDENIED {
		return fmt.Errorf("judicial step 1: a direct request was not refused: %v", err)
	}
	w.say("→ refused at CN's gate, and logged there: %s", comity.ErrorMessage(err))
	w.say("The agency tries other words: an ordinary read of %s, for \"customer-service\".", cn(1))
	_, err = f.Client("US", "agency").Access(ctx, comityhttp.AccessInput{RecordIDs: []string{cn(1)}, Purpose: "customer-service"})
	if comity.ErrorCode(err) != comity.EDENIED {
		return fmt.Errorf("judicial step 1: an agency's ordinary read was not refused: %v", err)
	}
	w.say("→ refused the same way: an agency is recognised by what it is, not by the words of its request.")
	w.say("The same holds when the US asks %s's own node to fetch the company's CN data (the CLOUD Act case):", Multinational)
	_, err = f.Client("US", "controller").Access(ctx, comityhttp.AccessInput{RecordIDs: []string{cn(1)}, Purpose: judicial.Purpose})
	if comity.ErrorCode(err) != comity.EDENIED {
		return fmt.Errorf("judicial step 1: the company's node fetched CN data for law enforcement: %v", err)
	}
	w.say("→ refused: the company's US node can only forward to CN, whose gate refuses.")

	w.step("An agreement between the US and Germany does not reach CN data")
	third, err := f.Client("US", "central-authority").FileCase(ctx, comityhttp.CaseInput{Holding: "CN", Agency: Agencies["US"],
		Offence: "fraud", LegalBasis: "DE-US-MLAT-2003", Scope: judicial.Scope{RecordIDs: []string{cn(1)}}})
	if err != nil {
		return fmt.Errorf("judicial step 2: %w", err)
	}
	third, err = f.Client("US", "central-authority").MoveCase(ctx, third.ID, judicial.Step{To: judicial.Submitted})
	if err != nil {
		return fmt.Errorf("judicial step 2: %w", err)
	}
	if third.State != judicial.Refused {
		return fmt.Errorf("judicial step 2: a case under a US-DE treaty for CN data is %s", third.State)
	}
	w.say("The US central authority files case %s with CN, citing the DE-US treaty.", third.ID)
	w.say("→ CN's node refuses it on receipt: %s", third.Grounds)
	w.say("  (the treaty is known only at the DE and US nodes, which are party to it)")

	w.step("A request through judicial assistance, granted in part")
	us, usCA := f.Client("US", "agency"), f.Client("US", "central-authority")
	c, err := us.FileCase(ctx, comityhttp.CaseInput{Reference: "FBI-2026-0042", Holding: "CN", Offence: "fraud",
		LegalBasis: judicial.Reciprocity, Scope: judicial.Scope{RecordIDs: []string{cn(1), cn(2), cn(3)}},
		Summary: "Payments routed through three customer accounts in a cross-border investment fraud."})
	if err != nil {
		return fmt.Errorf("judicial step 3: %w", err)
	}
	w.say("The US agency drafts case %s for 3 CN-homed records; the US central authority files it.", c.ID)
	if c, err = usCA.MoveCase(ctx, c.ID, judicial.Step{To: judicial.Submitted}); err != nil {
		return fmt.Errorf("judicial step 3: %w", err)
	}
	w.say("→ %s at CN, answer due %s.", c.State, c.Due.Format(time.RFC3339))
	cnCA := f.Client("CN", "central-authority")
	if _, err = cnCA.MoveCase(ctx, c.ID, judicial.Step{To: judicial.UnderReview}); err != nil {
		return fmt.Errorf("judicial step 3: %w", err)
	}
	order, err := f.Order(c, []string{cn(1), cn(2)}, true,
		[]string{"use limited to the investigation named in the request", "no onward transfer without the consent of CN"},
		time.Now().Add(7*24*time.Hour))
	if err != nil {
		return err
	}
	if c, err = cnCA.MoveCase(ctx, c.ID, judicial.Step{To: judicial.Granted, Order: order}); err != nil {
		return fmt.Errorf("judicial step 3: %w", err)
	}
	w.say("CN's central authority reviews it and grants 2 of the 3 records, with conditions: %s.", strings.Join(c.Grant.Conditions, "; "))
	ev, err := us.ExecuteOrder(ctx, c.ID, &judicial.ExecuteInput{})
	if err != nil {
		return fmt.Errorf("judicial step 3: execute: %w", err)
	}
	w.say("The US agency executes the order: CN's gate releases %d records, receipt %d of log %s.", len(ev.Records), ev.Receipt.Index, ev.Receipt.Origin)
	node, _ := f.Manifest.Node(ev.Node)
	v, err := judicial.VerifyEvidence(ev, judicial.VerifyConfig{NodeKey: ed25519.PublicKey(node.PublicKey),
		AuthorityKey: f.Manifest.KeysByRole(comity.RoleCentralAuthority)["CN"]})
	if err != nil {
		return fmt.Errorf("judicial step 3: %w", err)
	}
	w.say("→ the evidence verifies offline against the manifest: signed by %s, order signed by CN's central authority (%t).", v.Node, v.OrderVerified)
	_, err = us.ExecuteOrder(ctx, c.ID, &judicial.ExecuteInput{})
	if comity.ErrorCode(err) != comity.EDENIED {
		return fmt.Errorf("judicial step 3: a second execution was not refused: %v", err)
	}
	w.say("A second execution is refused and logged: %s", comity.ErrorMessage(err))
	return nil
}
