package rulebook

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/comity-project/comity"
)

// Obligation kinds that a policy may name in @obligation("k1,k2"), as the
// strings the rulebook compiles: the words are comity's (comity.Obligation*).
// Every kind but consent is evidence that the home state's authority issues
// or records (see Approval); consent is evidence that accompanies the
// request; minimise (from @minimise) and notify (from @notify) are met by
// the gate.
const (
	ObligeApproval           = string(comity.ObligationApproval)
	ObligeAssessment         = string(comity.ObligationAssessment)
	ObligeContract           = string(comity.ObligationContract)
	ObligeCertification      = string(comity.ObligationCertification)
	ObligeConsent            = string(comity.ObligationConsent)
	ObligeJudicialAssistance = string(comity.ObligationJudicialAssistance)
	ObligeAttestation        = string(comity.ObligationAttestation)
	ObligeBCR                = string(comity.ObligationBCR)
	ObligeCodeOfConduct      = string(comity.ObligationCodeOfConduct)
	ObligeMinimise           = string(comity.ObligationMinimise)
	ObligeNotify             = string(comity.ObligationNotify)
)

// EvidenceKinds are the obligation kinds met by evidence (all but minimise
// and notify).
var EvidenceKinds = []string{ObligeApproval, ObligeAssessment, ObligeContract, ObligeCertification, ObligeConsent, ObligeJudicialAssistance, ObligeAttestation,
	ObligeBCR, ObligeCodeOfConduct}

// MinimiseMethods are the methods @minimise may name, as comity.Obligation.Method.
var MinimiseMethods = []string{"redact", "mask", "pseudonymise", "generalise"}

// Annotations that policies may carry. @id and @reason are required.
var knownAnnotations = []string{"id", "reason", "article", "obligation", "minimise", "notify", "alarm"}

var (
	policyIDRe  = regexp.MustCompile(`^[a-z0-9][a-z0-9.-]{0,63}$`)
	fieldNameRe = regexp.MustCompile(`^[A-Za-z0-9_.-]{1,64}$`)
)

// parseObligations parses @obligation("approval,contract"): every kind
// listed must be met.
func parseObligations(s string) ([]string, error) {
	var kinds []string
	for _, k := range strings.Split(s, ",") {
		k = strings.TrimSpace(k)
		if !slices.Contains(EvidenceKinds, k) {
			return nil, fmt.Errorf("unknown obligation %q: want one of %s", k, strings.Join(EvidenceKinds, ", "))
		}
		if !slices.Contains(kinds, k) {
			kinds = append(kinds, k)
		}
	}
	return kinds, nil
}

// parseMinimise parses @minimise("phone:mask:4, email:redact, birth_date:generalise:year").
func parseMinimise(s string) ([]comity.Obligation, error) {
	var out []comity.Obligation
	for _, item := range strings.Split(s, ",") {
		parts := strings.SplitN(strings.TrimSpace(item), ":", 3)
		if len(parts) < 2 || !fieldNameRe.MatchString(parts[0]) {
			return nil, fmt.Errorf("minimise %q: want field:method[:param]", strings.TrimSpace(item))
		}
		if !slices.Contains(MinimiseMethods, parts[1]) {
			return nil, fmt.Errorf("minimise %q: unknown method %q, want one of %s", item, parts[1], strings.Join(MinimiseMethods, ", "))
		}
		o := comity.Obligation{Kind: comity.ObligationMinimise, Fields: []string{parts[0]}, Method: parts[1]}
		if len(parts) == 3 {
			o.Param = parts[2]
		}
		out = append(out, o)
	}
	return out, nil
}

// obligationWords says in plain words what meeting an obligation takes.
func obligationWords(o comity.Obligation) string {
	switch string(o.Kind) {
	case ObligeApproval:
		return fmt.Sprintf("the data-protection authority of %s approves this transfer", o.Authority)
	case ObligeAssessment:
		return fmt.Sprintf("a security assessment by the authority of %s is on file", o.Authority)
	case ObligeContract:
		return fmt.Sprintf("a standard contract filed with the authority of %s is on file", o.Authority)
	case ObligeCertification:
		return fmt.Sprintf("a personal-information protection certification recognised by %s is on file", o.Authority)
	case ObligeConsent:
		return consentWords(o.Accepts) + ", kept by the controller at the home node, to this purpose, recipient and destination (records of subjects who have not are withheld)"
	case ObligeJudicialAssistance:
		return fmt.Sprintf("the central authority of %s grants a judicial-assistance request", o.Authority)
	case ObligeAttestation:
		return fmt.Sprintf("the records' controller attests, through its node in %s, that the transfer is necessary for this purpose", o.Authority)
	case ObligeBCR:
		return fmt.Sprintf("binding corporate rules approved by the authority of %s cover the recipient", o.Authority)
	case ObligeCodeOfConduct:
		return fmt.Sprintf("an approved code of conduct, with the recipient's binding commitments recorded by the authority of %s, is on file", o.Authority)
	case ObligeNotify:
		return fmt.Sprintf("the data-protection authority of %s is notified of the release at once", o.Authority)
	case ObligeMinimise:
		how := o.Method
		if o.Param != "" {
			how += " (" + o.Param + ")"
		}
		return fmt.Sprintf("the field %s is released only after %s", strings.Join(o.Fields, ", "), how)
	}
	return string(o.Kind)
}

// consentWords names the consent the accepted kinds make up.
func consentWords(accepts []comity.ConsentKind) string {
	if len(accepts) == 0 {
		return "each data subject has given their consent"
	}
	var kinds []string
	for _, k := range accepts {
		if k == comity.ConsentOrdinary {
			kinds = append(kinds, "ordinary")
		} else {
			kinds = append(kinds, string(k))
		}
	}
	return "each data subject has given their " + strings.Join(kinds, " or ") + " consent"
}
