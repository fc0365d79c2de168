package judicial

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"time"

	"github.com/comity-project/comity"
)

// Agreement is a treaty or agreement on mutual legal assistance between
// states, with the deadlines it sets for answers (zero fields: the
// defaults).
type Agreement struct {
	ID        string                `json:"id"`
	Title     string                `json:"title,omitempty"`
	Parties   []comity.Jurisdiction `json:"parties"`
	Emergency Duration              `json:"emergency,omitzero"`
	Standard  Duration              `json:"standard,omitzero"`
}

// Duration is a time.Duration written as a Go duration string ("8h").
type Duration time.Duration

// MarshalJSON implements json.Marshaler.
func (d Duration) MarshalJSON() ([]byte, error) { return json.Marshal(time.Duration(d).String()) }

// UnmarshalJSON implements json.Unmarshaler.
func (d *Duration) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	v, err := time.ParseDuration(s)
	if err != nil || v < 0 {
		return fmt.Errorf("duration %q: want a positive Go duration such as 8h or 240h", s)
	}
	*d = Duration(v)
	return nil
}

// Agreements are the agreements a node knows, by id. The zero value knows
// none: every request then rests on reciprocity.
type Agreements map[string]Agreement

// SampleAgreements are templates for the demo federation (not legal
// advice): the bilateral treaties on mutual legal assistance in criminal
// matters between the US and China (2000) and Germany and the US (2003).
var SampleAgreements = Agreements{
	"CN-US-MLAA-2000": {ID: "CN-US-MLAA-2000", Title: "Agreement between the United States and the People's Republic of China on Mutual Legal Assistance in Criminal Matters",
		Parties: []comity.Jurisdiction{"CN", "US"}},
	"DE-US-MLAT-2003": {ID: "DE-US-MLAT-2003", Title: "Treaty between the United States and Germany on Mutual Legal Assistance in Criminal Matters",
		Parties: []comity.Jurisdiction{"DE", "US"}, Emergency: Duration(24 * time.Hour)},
}

// LoadAgreements reads a JSON list of agreements.
func LoadAgreements(path string) (Agreements, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("agreements: %w", err)
	}
	return ParseAgreements(data)
}

// ParseAgreements decodes a JSON list of agreements, refusing unknown
// members, duplicates and agreements with fewer than two valid parties.
func ParseAgreements(data []byte) (Agreements, error) {
	var list []Agreement
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&list); err != nil {
		return nil, comity.Errorf(comity.EINVALID, "agreements: %v", err)
	}
	out := Agreements{}
	for _, a := range list {
		if !basisRe.MatchString(a.ID) || a.ID == Reciprocity {
			return nil, comity.Errorf(comity.EINVALID, "agreements: malformed id %q", a.ID)
		}
		if _, dup := out[a.ID]; dup {
			return nil, comity.Errorf(comity.EINVALID, "agreements: %s listed twice", a.ID)
		}
		if len(a.Parties) < 2 || slices.ContainsFunc(a.Parties, func(j comity.Jurisdiction) bool { return !j.Valid() }) {
			return nil, comity.Errorf(comity.EINVALID, "agreements: %s needs two or more valid parties", a.ID)
		}
		out[a.ID] = a
	}
	return out, nil
}

// Parties returns the parties of agreement id, in the shape of
// rulebook.Config.Agreements, so that the gate and the judicial service
// share one list.
func (as Agreements) Parties(_ context.Context, id string) ([]comity.Jurisdiction, error) {
	a, ok := as[id]
	if !ok {
		return nil, comity.Errorf(comity.ENOTFOUND, "no agreement %s", id)
	}
	return a.Parties, nil
}

// basis checks that c's legal basis binds both its states: reciprocity, or
// an agreement to which both are party. An agreement between the
// requesting state and a third never reaches the holding state's data.
func (as Agreements) basis(c *Case) (Deadlines, error) {
	if c.LegalBasis == Reciprocity {
		return Deadlines{}, nil
	}
	a, ok := as[c.LegalBasis]
	if !ok {
		return Deadlines{}, fmt.Errorf("%s knows no agreement %s: ask on reciprocity or under an agreement to which %s is party", c.Holding, c.LegalBasis, c.Holding)
	}
	if !slices.Contains(a.Parties, c.Holding) {
		return Deadlines{}, fmt.Errorf("agreement %s binds %v, not %s: an agreement between states never reaches the data of a state that is not party to it", a.ID, a.Parties, c.Holding)
	}
	if !slices.Contains(a.Parties, c.Requesting) {
		return Deadlines{}, fmt.Errorf("agreement %s binds %v, not the requesting state %s", a.ID, a.Parties, c.Requesting)
	}
	return Deadlines{Emergency: time.Duration(a.Emergency), Standard: time.Duration(a.Standard)}, nil
}
