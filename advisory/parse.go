package advisory

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

// ErrUnknownFormat is returned for a document that is none of the formats
// read here.
var ErrUnknownFormat = errors.New("not a CSAF 2.0, OSV or OpenVEX advisory, nor a CycloneDX or SPDX SBOM")

// Document is a parsed input: an advisory or an SBOM, or several OSV
// records from one JSON array.
type Document struct {
	Advisories []*Advisory
	SBOM       *SBOM
}

// Parse detects what data is by its content and parses it.
func Parse(data []byte) (*Document, error) {
	t := bytes.TrimSpace(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")))
	if len(t) == 0 {
		return nil, fmt.Errorf("empty document: %w", ErrUnknownFormat)
	}
	if t[0] == '<' {
		if bytes.Contains(t, []byte("cyclonedx.org/schema/bom")) {
			return sbomDoc(parseCycloneDX(t, true))
		}
		return nil, ErrUnknownFormat
	}
	if t[0] == '[' {
		// A list of OSV records, as OSV exports and some scanners write.
		var list []json.RawMessage
		if err := json.Unmarshal(t, &list); err != nil {
			return nil, fmt.Errorf("JSON: %w", err)
		}
		d := &Document{}
		for i, raw := range list {
			a, err := parseOSV(raw)
			if err != nil {
				return nil, fmt.Errorf("record %d: %w", i, err)
			}
			d.Advisories = append(d.Advisories, a)
		}
		if len(d.Advisories) == 0 {
			return nil, fmt.Errorf("empty list: %w", ErrUnknownFormat)
		}
		return d, nil
	}
	var probe struct {
		BOMFormat   string          `json:"bomFormat"`
		SPDXVersion string          `json:"spdxVersion"`
		Document    json.RawMessage `json:"document"`
		Context     json.RawMessage `json:"@context"`
		ID          json.RawMessage `json:"id"`
		Affected    json.RawMessage `json:"affected"`
		Modified    json.RawMessage `json:"modified"`
		Schema      json.RawMessage `json:"schema_version"`
	}
	if err := json.Unmarshal(t, &probe); err != nil {
		return nil, fmt.Errorf("JSON: %w", err)
	}
	switch {
	case strings.EqualFold(probe.BOMFormat, "CycloneDX"):
		return sbomDoc(parseCycloneDX(t, false))
	case strings.HasPrefix(probe.SPDXVersion, "SPDX-"):
		return sbomDoc(parseSPDX(t))
	case probe.Document != nil && bytes.Contains(probe.Document, []byte(`"csaf_version"`)):
		return advisoryDoc(parseCSAF(t))
	case probe.Context != nil && bytes.Contains(bytes.ToLower(probe.Context), []byte("openvex")):
		return advisoryDoc(parseOpenVEX(t))
	case probe.ID != nil && (probe.Affected != nil || probe.Modified != nil || probe.Schema != nil):
		return advisoryDoc(parseOSV(t))
	}
	return nil, ErrUnknownFormat
}

func sbomDoc(s *SBOM, err error) (*Document, error) {
	if err != nil {
		return nil, err
	}
	return &Document{SBOM: s}, nil
}

func advisoryDoc(a *Advisory, err error) (*Document, error) {
	if err != nil {
		return nil, err
	}
	return &Document{Advisories: []*Advisory{a}}, nil
}
