package judicial_test

import (
	"strings"
	"testing"
	"time"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/judicial"
)

func validCase() *judicial.Case {
	return &judicial.Case{ID: "US-CN-ABCDEFGH2345", Requesting: "US", Holding: "CN", Agency: "us-fbi", Offence: "fraud",
		LegalBasis: judicial.Reciprocity, Urgency: judicial.Standard,
		Scope: judicial.Scope{RecordIDs: []string{"CN-1", "CN-2"}}}
}

func TestValidate(t *testing.T) {
	for name, tc := range map[string]struct {
		edit func(*judicial.Case)
		says string // "" = valid
	}{
		"valid":                {func(*judicial.Case) {}, ""},
		"subjects only":        {func(c *judicial.Case) { c.Scope = judicial.Scope{Subjects: []string{"cn-person-1"}} }, ""},
		"treaty":               {func(c *judicial.Case) { c.LegalBasis = "CN-US-MLAA-2000" }, ""},
		"same state":           {func(c *judicial.Case) { c.Requesting = "CN" }, "between states"},
		"unknown state":        {func(c *judicial.Case) { c.Holding = "XX" }, "not a jurisdiction"},
		"no agency":            {func(c *judicial.Case) { c.Agency = "" }, "agency"},
		"offence not a token":  {func(c *judicial.Case) { c.Offence = "Fraud & theft" }, "offence"},
		"no legal basis":       {func(c *judicial.Case) { c.LegalBasis = "" }, "legal basis"},
		"urgency":              {func(c *judicial.Case) { c.Urgency = "yesterday" }, "urgency"},
		"empty scope":          {func(c *judicial.Case) { c.Scope = judicial.Scope{} }, "scope"},
		"third state's record": {func(c *judicial.Case) { c.Scope.RecordIDs = []string{"DE-1"} }, "ask DE"},
		"malformed record":     {func(c *judicial.Case) { c.Scope.RecordIDs = []string{"nope"} }, "malformed"},
		"backwards range": {func(c *judicial.Case) {
			c.Scope.From, c.Scope.To = time.Now(), time.Now().Add(-time.Hour)
		}, "ends before"},
		"two-line reference": {func(c *judicial.Case) { c.Reference = "a\nb" }, "reference"},
		"malformed id":       {func(c *judicial.Case) { c.ID = "x" }, "malformed id"},
	} {
		t.Run(name, func(t *testing.T) {
			c := validCase()
			tc.edit(c)
			err := c.Validate()
			if tc.says == "" {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			if comity.ErrorCode(err) != comity.EINVALID || !strings.Contains(err.Error(), tc.says) {
				t.Fatalf("%v, want EINVALID saying %q", err, tc.says)
			}
		})
	}
}

func TestParseCase(t *testing.T) {
	if _, err := judicial.ParseCase([]byte(`{"requesting":"US","holding":"CN","agency":"a","offence":"fraud","legal_basis":"reciprocity","urgency":"standard","scope":{"record_ids":["CN-1"]}}`)); err != nil {
		t.Fatal(err)
	}
	for name, in := range map[string]string{
		"unknown member": `{"requesting":"US","holding":"CN","agency":"a","offence":"fraud","legal_basis":"reciprocity","urgency":"standard","scope":{"record_ids":["CN-1"]},"x":1}`,
		"trailing":       `{"requesting":"US","holding":"CN","agency":"a","offence":"fraud","legal_basis":"reciprocity","urgency":"standard","scope":{"record_ids":["CN-1"]}} {}`,
		"unknown state":  `{"requesting":"US","holding":"CN","agency":"a","offence":"fraud","legal_basis":"reciprocity","urgency":"standard","scope":{"record_ids":["CN-1"]},"state":"done"}`,
		"not json":       `case`,
	} {
		if _, err := judicial.ParseCase([]byte(in)); comity.ErrorCode(err) != comity.EINVALID {
			t.Errorf("%s: %v", name, err)
		}
	}
}

func TestMachine(t *testing.T) {
	principal := func(j comity.Jurisdiction, org string, roles ...comity.Role) judicial.Actor {
		return judicial.Actor{Principal: &comity.Principal{ID: org, Organisation: org, Jurisdiction: j, Roles: roles}, In: j}
	}
	usCA := principal("US", "us-ca", comity.RoleCentralAuthority)
	cnCA := principal("CN", "cn-ca", comity.RoleCentralAuthority)
	deCA := principal("DE", "de-ca", comity.RoleCentralAuthority)
	fbi := principal("US", "us-fbi", comity.RoleAgency)
	dea := principal("US", "us-dea", comity.RoleAgency)
	usDPA := principal("US", "us-dpa", comity.RoleDPA)
	cnNode := judicial.Actor{Node: "cn-node", In: "CN"}
	usNode := judicial.Actor{Node: "us-node", In: "US"}
	for _, tc := range []struct {
		from judicial.State
		to   judicial.State
		by   judicial.Actor
		code string // "" = allowed
	}{
		{"", judicial.Draft, usCA, ""},
		{"", judicial.Draft, fbi, ""},
		{"", judicial.Draft, dea, comity.EFORBIDDEN}, // another agency's case
		{"", judicial.Draft, usDPA, comity.EFORBIDDEN},
		{"", judicial.Draft, cnCA, comity.EFORBIDDEN},
		{judicial.Draft, judicial.Submitted, usCA, ""},
		{judicial.Draft, judicial.Submitted, fbi, comity.EFORBIDDEN},
		{judicial.Submitted, judicial.Submitted, usCA, ""},
		{judicial.Submitted, judicial.Received, cnNode, ""},
		{judicial.Submitted, judicial.Received, usNode, comity.EFORBIDDEN},
		{judicial.Submitted, judicial.Received, cnCA, comity.EFORBIDDEN},
		{judicial.Received, judicial.UnderReview, cnCA, ""},
		{judicial.Received, judicial.UnderReview, usCA, comity.EFORBIDDEN},
		{judicial.Received, judicial.UnderReview, deCA, comity.EFORBIDDEN},
		{judicial.Received, judicial.Granted, cnCA, comity.ECONFLICT}, // review first
		{judicial.Received, judicial.Refused, cnCA, ""},
		{judicial.Received, judicial.Refused, cnNode, ""},
		{judicial.UnderReview, judicial.MoreInformation, cnCA, ""},
		{judicial.MoreInformation, judicial.UnderReview, usCA, ""},
		{judicial.MoreInformation, judicial.UnderReview, cnCA, comity.EFORBIDDEN},
		{judicial.UnderReview, judicial.Granted, cnCA, ""},
		{judicial.UnderReview, judicial.Granted, usCA, comity.EFORBIDDEN},
		{judicial.UnderReview, judicial.Refused, cnCA, ""},
		{judicial.Granted, judicial.Executed, cnNode, ""},
		{judicial.Granted, judicial.Executed, cnCA, comity.EFORBIDDEN},
		{judicial.Granted, judicial.Executed, fbi, comity.EFORBIDDEN},
		{judicial.Executed, judicial.Closed, usCA, ""},
		{judicial.Executed, judicial.Closed, cnCA, ""},
		{judicial.Refused, judicial.Closed, usCA, ""},
		{judicial.UnderReview, judicial.Closed, usCA, ""}, // withdrawn
		{judicial.UnderReview, judicial.Closed, cnCA, comity.EFORBIDDEN},
		{judicial.Closed, judicial.UnderReview, cnCA, comity.ECONFLICT},
		{judicial.Refused, judicial.Granted, cnCA, comity.ECONFLICT},
		{judicial.Executed, judicial.Granted, cnCA, comity.ECONFLICT},
	} {
		name := string(tc.from) + "→" + string(tc.to) + " by " + tc.by.ID()
		t.Run(name, func(t *testing.T) {
			c := validCase()
			c.State = tc.from
			err := judicial.Check(c, tc.to, tc.by)
			if comity.ErrorCode(err) != tc.code {
				t.Fatalf("%v, want %q", err, tc.code)
			}
		})
	}
}

func TestDeadlines(t *testing.T) {
	if judicial.DefaultDeadlines.For(judicial.Emergency) != 8*time.Hour || judicial.DefaultDeadlines.For(judicial.Standard) != 240*time.Hour {
		t.Fatal("defaults")
	}
	d := judicial.Deadlines{Emergency: 24 * time.Hour}
	if d.For(judicial.Emergency) != 24*time.Hour || d.For(judicial.Standard) != 240*time.Hour {
		t.Fatal("override")
	}
	c := validCase()
	now := time.Now()
	c.Due = now.Add(time.Hour)
	for _, tc := range []struct {
		state judicial.State
		at    time.Duration
		want  bool
	}{
		{judicial.Received, 2 * time.Hour, true},
		{judicial.UnderReview, 2 * time.Hour, true},
		{judicial.UnderReview, 30 * time.Minute, false},
		{judicial.MoreInformation, 2 * time.Hour, false},
		{judicial.Granted, 2 * time.Hour, false},
		{judicial.Refused, 2 * time.Hour, false},
	} {
		c.State = tc.state
		if got := judicial.Overdue(c, now.Add(tc.at)); got != tc.want {
			t.Errorf("%s at +%s: overdue %t", tc.state, tc.at, got)
		}
	}
}
