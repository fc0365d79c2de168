package release

import (
	"bytes"
	"encoding/json"
	"io"
	"strconv"
)

// MaxEnvelopeSize bounds an envelope: its payload is also written into the
// release's log entry, which C2SP tlog-tiles limits to 64 KiB.
const MaxEnvelopeSize = 40 << 10

// MaxStatementSize bounds the statement a node logs: written in hex into an
// entry, it must leave room for the rest within 64 KiB.
const MaxStatementSize = 28 << 10

// Envelope is a DSSE envelope (https://github.com/secure-systems-lab/dsse),
// in its JSON form. Payload holds the decoded bytes; they are base64 on
// the wire.
type Envelope struct {
	PayloadType string      `json:"payloadType"`
	Payload     []byte      `json:"payload"`
	Signatures  []Signature `json:"signatures"`
}

// Signature is one DSSE signature; KeyID is the registered key's ID.
type Signature struct {
	KeyID string `json:"keyid"`
	Sig   []byte `json:"sig"`
}

// PAE is DSSE's pre-authentication encoding of a payload, what signatures
// cover: "DSSEv1" SP LEN(type) SP type SP LEN(body) SP body.
func PAE(payloadType string, payload []byte) []byte {
	b := make([]byte, 0, 32+len(payloadType)+len(payload))
	b = append(b, "DSSEv1 "...)
	b = strconv.AppendInt(b, int64(len(payloadType)), 10)
	b = append(b, ' ')
	b = append(b, payloadType...)
	b = append(b, ' ')
	b = strconv.AppendInt(b, int64(len(payload)), 10)
	b = append(b, ' ')
	return append(b, payload...)
}

// Sign returns an envelope holding statement, signed by s.
func Sign(s *Signer, statement []byte) (*Envelope, error) {
	sig, err := s.Sign(PAE(PayloadType, statement))
	if err != nil {
		return nil, err
	}
	return &Envelope{PayloadType: PayloadType, Payload: statement,
		Signatures: []Signature{{KeyID: s.PublicKey().ID, Sig: sig}}}, nil
}

// ParseEnvelope decodes a DSSE envelope strictly: one JSON object of at most
// MaxEnvelopeSize bytes, no unknown members, the in-toto payload type, and
// at least one signature. Signatures are not checked here.
func ParseEnvelope(b []byte) (*Envelope, error) {
	if len(b) > MaxEnvelopeSize {
		return nil, errorf(ErrMalformed, "envelope is %d bytes, over %d", len(b), MaxEnvelopeSize)
	}
	var e Envelope
	if err := strictJSON(b, &e); err != nil {
		return nil, errorf(ErrMalformed, "envelope: %w", err)
	}
	if err := e.check(); err != nil {
		return nil, err
	}
	return &e, nil
}

// check validates a decoded envelope's shape.
func (e *Envelope) check() error {
	if e.PayloadType != PayloadType {
		return errorf(ErrMalformed, "envelope payload type %q, want %s", e.PayloadType, PayloadType)
	}
	if len(e.Payload) == 0 || len(e.Signatures) == 0 {
		return errorf(ErrMalformed, "envelope has no payload or no signature")
	}
	for _, s := range e.Signatures {
		if s.KeyID == "" || len(s.Sig) == 0 {
			return errorf(ErrMalformed, "envelope signature without keyid or sig")
		}
	}
	return nil
}

// Marshal encodes e as JSON.
func (e *Envelope) Marshal() ([]byte, error) { return json.Marshal(e) }

// VerifyBy returns the ID of the first key in keys (by ID) whose signature
// on e verifies, or ErrSignature.
func (e *Envelope) VerifyBy(keys map[string]*PublicKey) (string, error) {
	pae := PAE(e.PayloadType, e.Payload)
	known := false
	for _, s := range e.Signatures {
		k, ok := keys[s.KeyID]
		if !ok {
			continue
		}
		known = true
		if k.Verify(pae, s.Sig) {
			return k.ID, nil
		}
	}
	if !known {
		return "", errorf(ErrSignature, "signed by no key registered for the vendor (keyid %s)", short(e.Signatures[0].KeyID))
	}
	return "", errorf(ErrSignature, "the signature by the vendor's key does not verify")
}

// strictJSON decodes one JSON value with no unknown fields and no trailing
// data.
func strictJSON(b []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return err
	}
	if _, err := dec.Token(); err != io.EOF {
		return errTrailing
	}
	return nil
}

var errTrailing = errorString("trailing data after the JSON value")

type errorString string

func (e errorString) Error() string { return string(e) }
