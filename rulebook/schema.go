package rulebook

import (
	_ "embed"
	"fmt"
	"sync"

	"github.com/cedar-policy/cedar-go/x/exp/schema"
	"github.com/cedar-policy/cedar-go/x/exp/schema/validate"
)

// Schema is the Cedar schema of the Comity entity model (schema.cedarschema):
// principals Organisation, Agency and Authority; resources Record and
// Dataset; the five actions; and the request context. It leaves the types
// Params and Baseline to be declared per bundle.
//
//go:embed schema.cedarschema
var Schema string

// validators caches one validator per pair of parameter types; the cache is
// bounded because bundles are outside input.
var validators struct {
	sync.Mutex
	m map[string]*validate.Validator
}

// validator returns a strict validator for the entity model with the given
// record types for context.params and context.baseline.
func validator(paramsType, baselineType string) (*validate.Validator, error) {
	key := paramsType + "|" + baselineType
	validators.Lock()
	v, ok := validators.m[key]
	validators.Unlock()
	if ok {
		return v, nil
	}
	text := fmt.Sprintf("%s\ntype Params = %s;\ntype Baseline = %s;\n", Schema, paramsType, baselineType)
	var s schema.Schema
	s.SetFilename("schema.cedarschema")
	if err := s.UnmarshalCedar([]byte(text)); err != nil {
		return nil, fmt.Errorf("parse schema: %w", err)
	}
	r, err := s.Resolve()
	if err != nil {
		return nil, fmt.Errorf("resolve schema: %w", err)
	}
	v = validate.New(r, validate.WithStrict())
	validators.Lock()
	if validators.m == nil || len(validators.m) > 256 {
		validators.m = map[string]*validate.Validator{}
	}
	validators.m[key] = v
	validators.Unlock()
	return v, nil
}

// SchemaFor returns the full schema text as lint checks a bundle with
// these parameters (for `comity rulebook lint --schema`).
func SchemaFor(params Params) (string, error) {
	_, typ, err := params.compile()
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("%s\ntype Params = %s;\ntype Baseline = {};\n", Schema, typ), nil
}
