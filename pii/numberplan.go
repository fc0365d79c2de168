package pii

import (
	"regexp"
	"sync"

	"github.com/nyaruka/phonenumbers"
)

// numberPlan is the validity rule of one region's numbering plan, taken
// from phonenumbers' metadata and compiled once: a national number is
// valid when it fits the general description and one of the number types.
// phonenumbers.IsValidNumberForRegion applies the same rule but builds and
// looks up every pattern on every call, and runs each one twice.
type numberPlan struct {
	general numberDesc
	types   []numberDesc // fixed line and mobile first: most numbers are one of them
}

type numberDesc struct {
	lengths []int32 // possible lengths; none means any
	re      *regexp.Regexp
}

func (d *numberDesc) matches(nn string) bool {
	if d.re == nil {
		return false
	}
	if len(d.lengths) > 0 {
		ok := false
		for _, l := range d.lengths {
			ok = ok || int(l) == len(nn)
		}
		if !ok {
			return false
		}
	}
	return d.re.MatchString(nn)
}

// valid reports whether nn, a national significant number, is valid.
func (p *numberPlan) valid(nn string) bool {
	if !p.general.matches(nn) {
		return false
	}
	for i := range p.types {
		if p.types[i].matches(nn) {
			return true
		}
	}
	return false
}

// numberPlans are the plans of the regions fastPhone handles.
var numberPlans = sync.OnceValue(func() map[string]*numberPlan {
	plans := map[string]*numberPlan{}
	coll, err := phonenumbers.MetadataCollection()
	if err != nil {
		return plans
	}
	desc := func(d *phonenumbers.PhoneNumberDesc) numberDesc {
		if d == nil || d.GetNationalNumberPattern() == "" {
			return numberDesc{}
		}
		re, err := regexp.Compile("^(?:" + d.GetNationalNumberPattern() + ")$")
		if err != nil {
			return numberDesc{}
		}
		return numberDesc{lengths: d.PossibleLength, re: re}
	}
	for _, md := range coll.GetMetadata() {
		if _, ok := fastRegions[md.GetId()]; !ok {
			continue
		}
		p := &numberPlan{general: desc(md.GetGeneralDesc())}
		for _, d := range []*phonenumbers.PhoneNumberDesc{md.GetFixedLine(), md.GetMobile(), md.GetTollFree(),
			md.GetPremiumRate(), md.GetSharedCost(), md.GetPersonalNumber(), md.GetVoip(), md.GetPager(),
			md.GetUan(), md.GetVoicemail()} {
			if nd := desc(d); nd.re != nil {
				p.types = append(p.types, nd)
			}
		}
		if p.general.re != nil {
			plans[md.GetId()] = p
		}
	}
	return plans
})
