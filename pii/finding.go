package pii

import (
	"fmt"
	"strings"
)

// Type is the kind of personal information a finding holds.
type Type uint8

// The detected types. Structured identifiers come first; PersonName and
// PostalAddress are found from dictionaries and context and belong to their
// own classes.
const (
	Email Type = iota + 1
	Phone
	CNResidentID
	USSSN
	PaymentCard
	IBAN
	DETaxID
	Passport
	IPv4
	IPv6
	MAC
	GeoLocation
	DateOfBirth
	PersonName
	PostalAddress
	numTypes
)

var typeNames = [numTypes]string{"", "email", "phone", "cn_resident_id", "us_ssn", "payment_card", "iban",
	"de_tax_id", "passport", "ipv4", "ipv6", "mac", "geolocation", "date_of_birth", "person_name", "postal_address"}

// Types lists every detected type in a stable order.
func Types() []Type {
	ts := make([]Type, 0, numTypes-1)
	for t := Email; t < numTypes; t++ {
		ts = append(ts, t)
	}
	return ts
}

// StructuredTypes lists the types validated by rule, without names and
// addresses.
func StructuredTypes() []Type { return Types()[:DateOfBirth] }

// String returns the type's name as used in JSON, such as "cn_resident_id".
func (t Type) String() string {
	if t == 0 || t >= numTypes {
		return fmt.Sprintf("type(%d)", uint8(t))
	}
	return typeNames[t]
}

// ParseType returns the type named s.
func ParseType(s string) (Type, error) {
	for t := Email; t < numTypes; t++ {
		if typeNames[t] == strings.ToLower(s) {
			return t, nil
		}
	}
	return 0, fmt.Errorf("unknown pii type %q", s)
}

// MarshalText encodes the type as its name.
func (t Type) MarshalText() ([]byte, error) { return []byte(t.String()), nil }

// UnmarshalText decodes a type name.
func (t *Type) UnmarshalText(b []byte) error {
	v, err := ParseType(string(b))
	if err != nil {
		return err
	}
	*t = v
	return nil
}

// Class groups types by how they are found.
type Class string

// The classes of findings.
const (
	ClassIdentifier Class = "identifier" // validated by rule (check digits, calendars, numbering plans)
	ClassName       Class = "name"       // dictionary and context
	ClassAddress    Class = "address"    // street and place patterns and context
)

// Class returns the class of findings of type t.
func (t Type) Class() Class {
	switch t {
	case PersonName:
		return ClassName
	case PostalAddress:
		return ClassAddress
	}
	return ClassIdentifier
}

// Finding is one piece of personal information in a text: its type, its
// byte span [Start, End) in the input (counted from the start of the stream
// for a Scanner), how confident the detector is, and which validation passed
// (for example "mod11-2+birthdate+region" or "luhn+issuer:visa").
type Finding struct {
	Type       Type    `json:"type"`
	Class      Class   `json:"class"`
	Start      int64   `json:"start"`
	End        int64   `json:"end"`
	Confidence float64 `json:"confidence"`
	Validation string  `json:"validation"`
}
