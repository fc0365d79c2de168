package demo

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"time"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/advisory"
	"github.com/comity-project/comity/audit"
	comityhttp "github.com/comity-project/comity/http"
	"github.com/comity-project/comity/ledger"
	"github.com/comity-project/comity/release"
)

// gatewayAdvisory is a vendor's CSAF 2.0 advisory: SmartGrid Gateway 2.x is
// affected, and the only fix is 3.0.0, another major version.
const gatewayAdvisory = `{
  "document": {
    "category": "csaf_security_advisory", "csaf_version": "2.0", "lang": "en",
    "title": "SmartGrid Gateway: remote code execution in the management API",
    "publisher": {"category": "vendor", "name": "Shenzhen Example Grid Co.", "namespace": "https://grid.example.cn"},
    "tracking": {"id": "EXG-SA-2026-014", "status": "final", "version": "1",
      "initial_release_date": "2026-11-30T08:00:00Z", "current_release_date": "2026-11-30T08:00:00Z",
      "revision_history": [{"date": "2026-11-30T08:00:00Z", "number": "1", "summary": "Initial."}]}
  },
  "product_tree": {"branches": [{"category": "vendor", "name": "Shenzhen Example Grid Co.", "branches": [
    {"category": "product_name", "name": "SmartGrid Gateway", "branches": [
      {"category": "product_version_range", "name": "vers:generic/>=2.0.0|<3.0.0",
       "product": {"name": "SmartGrid Gateway 2.x", "product_id": "GW-2"}},
      {"category": "product_version", "name": "3.0.0",
       "product": {"name": "SmartGrid Gateway 3.0.0", "product_id": "GW-3"}}]}]}]},
  "vulnerabilities": [{"cve": "CVE-2026-41000",
    "product_status": {"known_affected": ["GW-2"], "fixed": ["GW-3"]},
    "remediations": [{"category": "vendor_fix", "details": "Upgrade to 3.0.0.", "product_ids": ["GW-2"]}]}]
}`

// substationSBOM is the multinational's SBOM of a substation it runs in
// Germany: it names the gateway and a few libraries.
const substationSBOM = `{"bomFormat": "CycloneDX", "specVersion": "1.5", "version": 1,
  "metadata": {"component": {"type": "application", "bom-ref": "substation-7", "name": "Substation 7 control"}},
  "components": [
    {"type": "device", "bom-ref": "gateway", "name": "SmartGrid Gateway", "version": "2.4.1",
     "purl": "pkg:generic/example-grid/smartgrid-gateway@2.4.1",
     "components": [{"type": "library", "name": "openssl", "version": "3.0.9-1", "purl": "pkg:deb/debian/openssl@3.0.9-1?arch=arm64"}]},
    {"type": "library", "name": "lodash", "version": "4.17.21", "purl": "pkg:npm/lodash@4.17.21"}]}`

// advisorySteps: a vendor in CN publishes an advisory at its home node; the
// DE node, where a customer registered the SBOM of a deployment, follows
// it, matches at home, logs a commitment and lists the notice; the audit
// shows the commitment, and the customer opens it.
func advisorySteps(ctx context.Context, f *Federation, w *narrator) error {
	w.step("A vendor's advisory reaches a customer in another state, on the clock")
	out, err := f.Client("CN", "operator").CreatePrincipal(ctx, comityhttp.PrincipalInput{ID: "vendor",
		Organisation: "Shenzhen Example Grid Co.", Roles: []comity.Role{comity.RoleVendor}})
	if err != nil {
		return err
	}
	f.Members["CN"].Tokens["vendor"] = out.Token
	reg, err := f.Client("DE", "controller").RegisterSBOM(ctx, "substation-7", []byte(substationSBOM))
	if err != nil {
		return err
	}
	w.say("%s registers, at the DE node, the SBOM of a substation it runs (%d components); it stays there.", Multinational, reg.Components)
	published := time.Now()
	pub, err := f.Client("CN", "vendor").PublishAdvisory(ctx, []byte(gatewayAdvisory))
	if err != nil {
		return err
	}
	w.say("A vendor in China publishes CSAF advisory %s at the CN node: validated, logged as entry %d.", pub.Publication.ID, pub.Receipt.Index)
	var ns []*advisory.Notification
	for deadline := time.Now().Add(30 * time.Second); len(ns) == 0; time.Sleep(100 * time.Millisecond) {
		if ns, err = f.Client("DE", "controller").Notifications(ctx); err != nil {
			return err
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("no notification at DE 30s after the publication at CN")
		}
	}
	n := ns[0]
	w.say("→ the DE node followed it (proving its entry against CN's log), matched it at home, and notified")
	w.say("  %s %v after publication: %s %s is %s, remedies %s, forced upgrade: %v", Multinational,
		time.Since(published).Round(time.Millisecond), n.Component, n.Vulnerability, n.Status, strings.Join(n.Remediations, ","), n.ForcedUpgrade)
	if !n.ForcedUpgrade {
		return fmt.Errorf("the gateway's only fix is another major version, but no forced upgrade was flagged")
	}
	v, err := f.LogVerifier("DE")
	if err != nil {
		return err
	}
	cfg := audit.ReceiptConfig{URL: f.LogURL("DE"), Verifier: v, MaxMergeDelay: f.Members["DE"].Node.Log.MaxMergeDelay(), HTTPClient: f.HTTPClient()}
	var inc *audit.Inclusion
	for deadline := time.Now().Add(2*cfg.MaxMergeDelay + 5*time.Second); ; time.Sleep(200 * time.Millisecond) {
		if inc, err = audit.CheckReceipt(ctx, cfg, n.Receipt); err == nil || time.Now().After(deadline) {
			break
		}
	}
	if err != nil {
		return fmt.Errorf("notification receipt: %w", err)
	}
	e, err := ledger.DecodeEntry(inc.Entry)
	if err != nil {
		return err
	}
	w.say("An auditor of DE's log sees entry %d: kind %q at %s, detail %v —", n.Receipt.Index, e.Kind, e.Time.Format(time.RFC3339), e.Detail)
	w.say("  someone was notified of something; not who, not which product, not which advisory.")
	if e.Detail["commitment"] != hex.EncodeToString(n.Commitment) || !n.Opens() {
		return fmt.Errorf("the notification does not open the commitment on the log")
	}
	w.say("The customer opens it with its nonce: HMAC(nonce, customer, SBOM, component, advisory, CVE) is that")
	w.say("  commitment, so it can prove it was notified no later than the checkpoint that includes it.")
	return supportSteps(ctx, f, w)
}

// supportSteps: the vendor's signed release of the gateway declared security
// support until 2030; it shortens that after the fact, and the DE node
// flags a forced upgrade for the customer running it.
func supportSteps(ctx context.Context, f *Federation, w *narrator) error {
	vendor := f.Client("CN", "vendor")
	k, _ := release.GenerateKey(false)
	key, err := release.NewSigner(k)
	if err != nil {
		return err
	}
	if _, err := vendor.RegisterVendorKey(ctx, key, ""); err != nil {
		return err
	}
	const purl = "pkg:generic/example-grid/smartgrid-gateway@2.4.1"
	fw := sha256.Sum256([]byte("SmartGrid Gateway firmware 2.4.1"))
	st, err := release.NewStatement(release.Predicate{PURL: purl, SupportUntil: "2030-12-31"},
		[]release.Subject{{Name: "gateway-2.4.1.img", SHA256: hex.EncodeToString(fw[:])}})
	if err != nil {
		return err
	}
	signed, err := release.Sign(key, st)
	if err != nil {
		return err
	}
	env, err := signed.Marshal()
	if err != nil {
		return err
	}
	if _, err := vendor.PublishRelease(ctx, env); err != nil {
		return err
	}
	rec, err := vendor.DeclareSupport(ctx, purl, "2026-12-31")
	if err != nil {
		return err
	}
	d := rec.Support[len(rec.Support)-1]
	w.say("The vendor's signed release of the gateway 2.4.1 declared security fixes until 2030-12-31; it now declares")
	w.say("  2026-12-31: CN's log entry %d says so, with shortened_from %s.", d.Index, d.ShortenedFrom)
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(100 * time.Millisecond) {
		ns, err := f.Client("DE", "controller").Notifications(ctx)
		if err != nil {
			return err
		}
		for _, n := range ns {
			if n.Finding == advisory.FindingShortened {
				w.say("→ the DE node proved that declaration against CN's log and flagged a forced upgrade for %s:", Multinational)
				w.say("  %s", n.Reason)
				w.say("  logged at DE as entry %d (kind forced_upgrade: the finding and the vendor, not the customer).", n.Receipt.Index)
				return nil
			}
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("no forced upgrade flagged at DE 30s after the support period was shortened")
		}
	}
}
