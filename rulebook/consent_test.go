package rulebook

import (
	"slices"
	"strings"
	"testing"

	"github.com/comity-project/comity"
)

// The samples say which kinds of consent they accept, a consent obligation
// carries them, and explain names consent among the ways forward.
func TestConsentKindsAndWaysForward(t *testing.T) {
	set := &Set{}
	for _, j := range []comity.Jurisdiction{"CN", "DE"} {
		set.States = append(set.States, sample(t, j))
	}
	e, err := Load(set, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := e.AcceptedConsent("CN"); !slices.Equal(got, []comity.ConsentKind{comity.ConsentSeparate}) {
		t.Errorf("CN accepts %v, want separate consent (PIPL Art. 39)", got)
	}
	if got := e.AcceptedConsent("DE"); !slices.Equal(got, []comity.ConsentKind{comity.ConsentExplicit}) {
		t.Errorf("DE accepts %v, want explicit consent (GDPR Arts. 9, 49(1)(a))", got)
	}

	// Sensitive data on few people to FR: a contract and separate consent.
	r := &Request{Requester: Requester{Organisation: "Clinique Lumière", Jurisdiction: "FR"}, Action: comity.ActionTransfer,
		Purpose: "second-opinion", Records: []RecordRef{{ID: "CN-med-77", Home: "CN", Controller: "Beijing Hospital", Category: comity.CategorySensitivePersonal, Subjects: []string{"p-77"}}}}
	res := e.Decide(r)
	i := slices.IndexFunc(res.Decision.Obligations, func(o comity.Obligation) bool { return o.Kind == comity.ObligationConsent })
	if res.Decision.Outcome != comity.Pending || i < 0 || !slices.Equal(res.Decision.Obligations[i].Accepts, []comity.ConsentKind{comity.ConsentSeparate}) {
		t.Fatalf("decision = %+v, want pending on separate consent", res.Decision)
	}
	text := Explain(res)
	for _, want := range []string{"Ways forward with consent (each data subject has given their separate consent", "CN/contract-sensitive", "kept by the controller at the home node"} {
		if !strings.Contains(text, want) {
			t.Errorf("explain does not say %q:\n%s", want, text)
		}
	}

	// A transfer from DE with no safeguard: denied, and explicit consent
	// under Art. 49(1)(a) is a way forward.
	r = &Request{Requester: Requester{Organisation: "Bengaluru Data Services", Jurisdiction: "IN"}, Action: comity.ActionTransfer,
		Purpose: "service", Records: []RecordRef{{ID: "DE-1", Home: "DE", Controller: "Beispiel AG", Category: comity.CategoryPersonal, Subjects: []string{"d-1"}}}}
	text = Explain(e.Decide(r))
	if !strings.Contains(text, "DE/art49-explicit-consent [GDPR Art. 49(1)(a)]") || !strings.Contains(text, "explicit consent") {
		t.Errorf("explain of a denied DE transfer names no consent way forward:\n%s", text)
	}
}

func TestBundleConsentKinds(t *testing.T) {
	b := stateBundle("CN", okPolicy)
	b.Consent = []comity.ConsentKind{"implied"}
	if _, err := Compile(b); err == nil || !strings.Contains(err.Error(), "consent kind") {
		t.Errorf("a bundle accepting implied consent compiled: %v", err)
	}
}
