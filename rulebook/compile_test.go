package rulebook

import (
	"errors"
	"strings"
	"testing"
)

func stateBundle(j, text string) *Bundle {
	return &Bundle{Kind: KindState, Jurisdiction: "CN", Version: 1, Params: Params{"limit": []byte("100"), "list": []byte(`["DE"]`)},
		Policies: []File{{Name: "p.cedar", Text: strings.ReplaceAll(text, "$J", j)}}}
}

const okPolicy = `@id("ok")
@reason("fine")
permit (principal, action, resource) when { resource.home == "$J" && context.volume.total < context.params.limit };
`

func TestCompileProblems(t *testing.T) {
	tests := []struct {
		name   string
		b      *Bundle
		line   int
		reason string
	}{
		{"syntax", stateBundle("CN", "@id(\"a\")\n@reason(\"r\")\npermit (principal, action, resource)\nwhen { resource.home == };"), 4, "cedar syntax"},
		{"unknown parameter", stateBundle("CN", okPolicy+"\n@id(\"b\")\n@reason(\"r\")\npermit (principal, action, resource) when { resource.home == \"CN\" && context.params.nope };"), 5, "attribute `nope`"},
		{"wrong type", stateBundle("CN", "@id(\"a\")\n@reason(\"r\")\npermit (principal, action, resource) when { resource.home == \"CN\" && context.params.list > 3 };"), 1, "schema:"},
		{"unknown action", stateBundle("CN", "@id(\"a\")\n@reason(\"r\")\npermit (principal, action == Action::\"steal\", resource) when { resource.home == \"CN\" };"), 1, "unrecognized action"},
		{"unknown entity type", stateBundle("CN", "@id(\"a\")\n@reason(\"r\")\npermit (principal is User, action, resource) when { resource.home == \"CN\" };"), 1, "schema:"},
		{"no id", stateBundle("CN", "@reason(\"r\")\npermit (principal, action, resource) when { resource.home == \"CN\" };"), 1, "no @id"},
		{"bad id", stateBundle("CN", "@id(\"Bad Id\")\n@reason(\"r\")\npermit (principal, action, resource) when { resource.home == \"CN\" };"), 1, "lower-case"},
		{"duplicate id", stateBundle("CN", okPolicy+okPolicy), 4, "used twice"},
		{"no reason", stateBundle("CN", "@id(\"a\")\npermit (principal, action, resource) when { resource.home == \"CN\" };"), 1, "no @reason"},
		{"unknown annotation", stateBundle("CN", "@id(\"a\")\n@reason(\"r\")\n@colour(\"red\")\npermit (principal, action, resource) when { resource.home == \"CN\" };"), 1, "unknown annotation @colour"},
		{"bad obligation", stateBundle("CN", "@id(\"a\")\n@reason(\"r\")\n@obligation(\"bribe\")\npermit (principal, action, resource) when { resource.home == \"CN\" };"), 1, "unknown obligation"},
		{"bad minimise", stateBundle("CN", "@id(\"a\")\n@reason(\"r\")\n@minimise(\"phone:shred\")\npermit (principal, action, resource) when { resource.home == \"CN\" };"), 1, "unknown method"},
		{"other state's data", stateBundle("DE", okPolicy), 1, "governs only data homed in CN"},
		{"extra home", stateBundle("CN", "@id(\"a\")\n@reason(\"r\")\npermit (principal, action, resource) when { resource.home == \"CN\" || resource.home == \"DE\" };"), 1, "compares resource.home with DE"},
		{"computed home", stateBundle("CN", "@id(\"a\")\n@reason(\"r\")\npermit (principal, action, resource) when { resource.home == \"CN\" && [\"DE\"].contains(resource.home) };"), 1, "other than as resource.home"},
		{"no home", stateBundle("CN", "@id(\"a\")\n@reason(\"r\")\npermit (principal, action, resource);"), 1, "does not limit itself to data homed in CN"},
		{"home only in unless", stateBundle("CN", "@id(\"a\")\n@reason(\"r\")\npermit (principal, action, resource) unless { resource.home == \"CN\" };"), 1, "does not limit itself"},
		{"baseline permit", &Bundle{Kind: KindBaseline, Version: 1, Policies: []File{{Name: "b.cedar", Text: "@id(\"a\")\n@reason(\"r\")\npermit (principal, action, resource);"}}}, 1, "only forbid"},
		{"baseline names a state", &Bundle{Kind: KindBaseline, Jurisdiction: "CN", Version: 1, Policies: []File{{Name: "b.cedar", Text: "forbid (principal, action, resource);"}}}, 0, "belongs to no single state"},
		{"bad window", &Bundle{Kind: KindState, Jurisdiction: "CN", Version: 1, Window: "fortnight", Policies: []File{{Name: "p.cedar", Text: okPolicy}}}, 0, "volume window"},
		{"bad version", &Bundle{Kind: KindState, Jurisdiction: "CN", Policies: []File{{Name: "p.cedar", Text: okPolicy}}}, 0, "version 0"},
		{"bad jurisdiction", &Bundle{Kind: KindState, Jurisdiction: "XX", Version: 1, Policies: []File{{Name: "p.cedar", Text: okPolicy}}}, 0, "unknown jurisdiction"},
		{"bad parameter", &Bundle{Kind: KindState, Jurisdiction: "CN", Version: 1, Params: Params{"x": []byte(`{"a":1}`)}, Policies: []File{{Name: "p.cedar", Text: okPolicy}}}, 0, "parameter x"},
		{"no policies", &Bundle{Kind: KindState, Jurisdiction: "CN", Version: 1}, 0, "0 policy files"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Compile(tt.b)
			if !errors.Is(err, ErrBundle) {
				t.Fatalf("Compile: %v, want ErrBundle", err)
			}
			var ps Problems
			if !errors.As(err, &ps) {
				t.Fatalf("Compile: %T, want Problems", err)
			}
			for _, p := range ps {
				if strings.Contains(p.Reason, tt.reason) && p.Line == tt.line {
					return
				}
			}
			t.Errorf("no problem at line %d containing %q; got:\n%v", tt.line, tt.reason, ps)
		})
	}
}

func TestCompileSamples(t *testing.T) {
	states, err := SampleRulebooks()
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, b := range states {
		rb, err := Compile(b)
		if err != nil {
			t.Fatalf("%s: %v", b.Jurisdiction, err)
		}
		if !strings.Contains(b.Notice, "NOT LEGAL ADVICE") {
			t.Errorf("%s: notice does not say it is not legal advice", b.Jurisdiction)
		}
		if len(b.Examples) < 4 {
			t.Errorf("%s: %d examples", b.Jurisdiction, len(b.Examples))
		}
		if len(rb.Policies()) == 0 {
			t.Errorf("%s: no policies", b.Jurisdiction)
		}
		got = append(got, string(b.Jurisdiction))
	}
	if strings.Join(got, ",") != "CN,DE,FR,US" {
		t.Errorf("samples %v, want CN, DE, FR, US", got)
	}
}
