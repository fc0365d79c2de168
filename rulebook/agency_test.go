package rulebook

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/comity-project/comity"
)

// A public agency or authority of another state is recognised by its kind,
// not by the words of its request: with every action but disclosure, every
// purpose, legal basis and evidence on file, the baseline refuses it and
// names judicial assistance; an organisation asking the same is allowed
// for some of them, so the refusal is the kind's doing.
func TestForeignOfficialRefusedWhateverItSays(t *testing.T) {
	e := sampleEngine(t)
	actions := []comity.Action{comity.ActionRead, comity.ActionTransfer, comity.ActionStoreAbroad, comity.ActionBulkExport}
	purposes := []string{"", "criminal-investigation", "security", "research", "customer-service", "hr-management", "contract-necessity"}
	bases := []string{"", "contract", "public-task", "legitimate-interests"}
	evidence := [][]string{nil, {"contract"}, {"assessment", "certification", "approval"}}
	data := []struct {
		home    comity.Jurisdiction
		id      string
		from    comity.Jurisdiction // a state other than home
		control string
	}{
		{"CN", "CN-cust-0001", "US", "Shanghai Trading Co."},
		{"DE", "DE-kunde-1", "FR", "Rhein Logistik GmbH"},
		{"FR", "FR-client-1", "DE", "Lyon Boutique SAS"},
		{"US", "US-cust-1", "GB", "Acme Inc."},
	}
	var refused, companyAllowed int
	for _, d := range data {
		for _, action := range actions {
			for _, purpose := range purposes {
				for _, basis := range bases {
					for _, ev := range evidence {
						req := func(kind string) *Request {
							r := &Request{
								Requester: Requester{Organisation: "Bureau", Jurisdiction: d.from, Kind: kind},
								Action:    action, Purpose: purpose, LegalBasis: basis, Evidence: ev, Consent: []string{"c"},
								Records: []RecordRef{{ID: d.id, Controller: d.control, Category: comity.CategoryPersonal, Subjects: []string{"s1"}}},
							}
							if err := r.Validate(); err != nil {
								t.Fatal(err)
							}
							return r
						}
						for _, kind := range []string{KindAgency, KindAuthority} {
							res := e.Decide(req(kind))
							if res.Decision.Outcome != comity.Deny || !slices.Contains(res.Decision.Policies, "baseline/law-enforcement.foreign-agency") {
								t.Fatalf("%s of %s: %s %s of %s for %q on %q with %v: %s %v", kind, d.from, action, d.id, d.home, purpose, basis, ev,
									res.Decision.Outcome, res.Decision.Policies)
							}
							if !strings.Contains(strings.Join(res.Decision.Reasons, " "), "judicial assistance") {
								t.Fatalf("refusal does not name judicial assistance: %v", res.Decision.Reasons)
							}
							refused++
						}
						if e.Decide(req(KindOrganisation)).Decision.Outcome == comity.Allow {
							companyAllowed++
						}
					}
				}
			}
		}
	}
	if companyAllowed == 0 {
		t.Fatal("no request was allowed to an organisation: the table does not show that the kind decides")
	}
	t.Logf("%d requests of foreign agencies and authorities refused; the same %d as an organisation: %d allowed", refused, refused/2, companyAllowed)
}

// The only other way through is the home's own rulebook naming an
// agreement, to which both states are parties, under which it admits the
// other state's agencies; the decision says which agreement. The sample
// FR rulebook names the e-Evidence agreement, for European Production
// Orders from 18 August 2026 (Regulation (EU) 2023/1543 Art. 34): no
// judicial assistance is then forced by the baseline.
func TestForeignAgencyAdmittedUnderNamedAgreement(t *testing.T) {
	states, err := SampleRulebooks()
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range states {
		if b.Jurisdiction == "FR" && !slices.Contains(b.Params.Strings(ParamAgencyAgreements), "EU-e-Evidence-2023-1543") {
			t.Fatalf("the FR sample names %v", b.Params.Strings(ParamAgencyAgreements))
		}
	}
	base, err := SampleBaseline()
	if err != nil {
		t.Fatal(err)
	}
	e, err := Load(&Set{Baseline: base, States: states}, nil)
	if err != nil {
		t.Fatal(err)
	}
	eu := AgreementRef{ID: "EU-e-Evidence-2023-1543", Parties: []comity.Jurisdiction{"DE", "FR"}}
	other := AgreementRef{ID: "fr-gb-mla", Parties: []comity.Jurisdiction{"GB", "FR"}}
	for name, tc := range map[string]struct {
		from       comity.Jurisdiction
		agreements []AgreementRef
		allowed    bool
	}{
		"named agreement":                        {"DE", []AgreementRef{eu}, true},
		"no agreement cited":                     {"DE", nil, false},
		"agreement the rulebook omits":           {"GB", []AgreementRef{other}, false},
		"named agreement, not a party":           {"GB", []AgreementRef{eu}, false},
		"named agreement, before 18 August 2026": {"DE", []AgreementRef{eu}, false},
	} {
		t.Run(name, func(t *testing.T) {
			r := &Request{
				Requester: Requester{Organisation: "BKA", Jurisdiction: tc.from, Kind: KindAgency},
				Action:    comity.ActionDiscloseToLawEnforce, Purpose: "criminal-investigation", LegalBasis: "european-production-order",
				Agreements: tc.agreements, Evidence: []string{ObligeApproval}, Time: time.Date(2026, 9, 1, 12, 0, 0, 0, time.UTC),
				Records: []RecordRef{{ID: "FR-client-1", Controller: "Lyon Boutique SAS", Category: comity.CategoryPersonal, Subjects: []string{"s"}}},
			}
			if strings.Contains(name, "before") {
				r.Time = time.Date(2026, 8, 17, 23, 0, 0, 0, time.UTC)
			}
			if err := r.Validate(); err != nil {
				t.Fatal(err)
			}
			d := e.Decide(r).Decision
			if (d.Outcome == comity.Allow) != tc.allowed {
				t.Fatalf("%s %v %v", d.Outcome, d.Policies, d.Reasons)
			}
			if tc.allowed && !slices.Contains(d.Policies, PolicyAgencyAgreement+"EU-e-Evidence-2023-1543") {
				t.Fatalf("allowed without naming the agreement: %v", d.Policies)
			}
		})
	}
}
