package release

import (
	"encoding/hex"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	ita "github.com/in-toto/attestation/go/v1"
	"google.golang.org/protobuf/encoding/protojson"
	"google.golang.org/protobuf/types/known/structpb"

	"github.com/comity-project/comity"
)

// PredicateType is Comity's release predicate: the fields of in-toto's
// release predicate v0.2 (purl with version, packageId) plus the outbound
// data flows the product declares.
const PredicateType = "https://comity-project.org/attestation/release/v1"

// PayloadType is the DSSE payload type of in-toto statements.
const PayloadType = "application/vnd.in-toto+json"

// maxSubjects bounds the artefacts of one release.
const maxSubjects = 256

// Predicate is what a release declares besides its artefacts.
type Predicate struct {
	// PURL names the product and its version, "pkg:type/ns/name@version".
	PURL      string `json:"purl"`
	PackageID string `json:"packageId,omitempty"`
	// DataFlows are the data the product sends out of the user's system.
	// A flow found later that is not declared here is a provable
	// misstatement; an empty list declares that it sends nothing.
	DataFlows []DataFlow `json:"dataFlows,omitempty"`
}

// DataFlow is one declared outbound flow.
type DataFlow struct {
	// Destination is a host name (or "*.example.com").
	Destination string `json:"destination"`
	// Jurisdictions are the states where the destination processes data.
	Jurisdictions []comity.Jurisdiction `json:"jurisdictions,omitempty"`
	// Data are the kinds of user data sent (for example "telemetry",
	// "crash-reports", "account-email").
	Data    []string `json:"data"`
	Purpose string   `json:"purpose"`
}

// Subject is one artefact: its file or image name and SHA-256 digest.
type Subject struct {
	Name   string `json:"name"`
	SHA256 string `json:"sha256"`
}

// Statement is a parsed release statement.
type Statement struct {
	Subjects  []Subject
	Predicate Predicate
	// Product and Version are split from Predicate.PURL.
	Product, Version string
}

// NewStatement builds the in-toto Statement v1 JSON for a release.
func NewStatement(p Predicate, subjects []Subject) ([]byte, error) {
	st := &ita.Statement{Type: ita.StatementTypeUri, PredicateType: PredicateType}
	for _, s := range subjects {
		st.Subject = append(st.Subject, &ita.ResourceDescriptor{Name: s.Name, Digest: map[string]string{"sha256": s.SHA256}})
	}
	pj, err := json.Marshal(p)
	if err != nil {
		return nil, err
	}
	st.Predicate = &structpb.Struct{}
	if err := protojson.Unmarshal(pj, st.Predicate); err != nil {
		return nil, err
	}
	b, err := protojson.MarshalOptions{UseProtoNames: false}.Marshal(st)
	if err != nil {
		return nil, err
	}
	// Parse what was built, so that a statement this package makes is one
	// it accepts.
	if _, err := ParseStatement(b); err != nil {
		return nil, err
	}
	return b, nil
}

// ParseStatement parses and validates a release statement: an in-toto
// Statement v1 of PredicateType whose subjects each carry a SHA-256 digest
// and whose purl has a version.
func ParseStatement(b []byte) (*Statement, error) {
	var st ita.Statement
	if err := (protojson.UnmarshalOptions{}).Unmarshal(b, &st); err != nil {
		return nil, errorf(ErrMalformed, "statement: %w", err)
	}
	if err := st.Validate(); err != nil {
		return nil, errorf(ErrMalformed, "statement: %w", err)
	}
	if st.GetType() != ita.StatementTypeUri {
		return nil, errorf(ErrMalformed, "statement type %q, want %s", st.GetType(), ita.StatementTypeUri)
	}
	if st.GetPredicateType() != PredicateType {
		return nil, errorf(ErrMalformed, "predicate type %q, want %s", st.GetPredicateType(), PredicateType)
	}
	if len(st.GetSubject()) > maxSubjects {
		return nil, errorf(ErrMalformed, "statement has %d subjects, over %d", len(st.GetSubject()), maxSubjects)
	}
	out := &Statement{}
	for _, rd := range st.GetSubject() {
		d := strings.ToLower(rd.GetDigest()["sha256"])
		if raw, err := hex.DecodeString(d); err != nil || len(raw) != 32 {
			return nil, errorf(ErrMalformed, "subject %q has no SHA-256 digest", rd.GetName())
		}
		out.Subjects = append(out.Subjects, Subject{Name: rd.GetName(), SHA256: d})
	}
	pj, err := protojson.Marshal(st.GetPredicate())
	if err != nil {
		return nil, errorf(ErrMalformed, "predicate: %w", err)
	}
	if err := json.Unmarshal(pj, &out.Predicate); err != nil {
		return nil, errorf(ErrMalformed, "predicate: %w", err)
	}
	if out.Product, out.Version, err = SplitPURL(out.Predicate.PURL); err != nil {
		return nil, errorf(ErrMalformed, "predicate: %v", comity.ErrorMessage(err))
	}
	for _, f := range out.Predicate.DataFlows {
		if f.Destination == "" || len(f.Data) == 0 || f.Purpose == "" {
			return nil, errorf(ErrMalformed, "a data flow needs a destination, the data sent and a purpose")
		}
		for _, j := range f.Jurisdictions {
			if !j.Valid() {
				return nil, errorf(ErrMalformed, "data flow to %s: jurisdiction %q", f.Destination, j)
			}
		}
	}
	return out, nil
}

// Digests returns the release's SHA-256 digests, sorted and deduplicated:
// what "the same release" means when a version is published twice.
func (s *Statement) Digests() []string {
	var d []string
	for _, sub := range s.Subjects {
		d = append(d, sub.SHA256)
	}
	slices.Sort(d)
	return slices.Compact(d)
}

// Find returns the subject with the given SHA-256 digest (hex).
func (s *Statement) Find(sha256hex string) (Subject, bool) {
	for _, sub := range s.Subjects {
		if sub.SHA256 == sha256hex {
			return sub, true
		}
	}
	return Subject{}, false
}

// screen refuses a statement whose text holds personal information: it is
// written to the public, append-only log.
func (s *Statement) screen(sc comity.TextScreen) error {
	check := func(field, text string) error { return comity.CheckText(sc, "the statement's "+field, text) }
	errs := []error{check("purl", s.Predicate.PURL), check("packageId", s.Predicate.PackageID)}
	for i, sub := range s.Subjects {
		errs = append(errs, check(fmt.Sprintf("subject %d name", i+1), sub.Name))
	}
	for i, f := range s.Predicate.DataFlows {
		p := fmt.Sprintf("data flow %d ", i+1)
		errs = append(errs, check(p+"destination", f.Destination), check(p+"purpose", f.Purpose))
		for _, d := range f.Data {
			errs = append(errs, check(p+"data", d))
		}
	}
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}
