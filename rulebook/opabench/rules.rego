# The baseline and the CN sample rulebook, written in Rego for the
# OPA-versus-Cedar benchmark. Same conditions as ../baseline/commitments.cedar
# and ../samples/CN/pipl.cedar; the Go side combines the matched ids the
# same way (bench_test.go checks that the outcomes agree).
package comity

import rego.v1

ctx := input.context
res := input.resource
pr := input.principal
bp := data.baseline
cp := data.cn

critical := {"important", "core"}
pi := {"personal", "sensitive-personal"}

ciio if {
	some c in res.controllers
	c in cp.ciio_controllers
}

le := input.action == "disclose-to-law-enforcement"

# --- baseline ---

forbids contains "baseline/sovereignty.home-rulebook" if ctx.rulebook != res.home

forbids contains "baseline/sovereignty.home-node" if ctx.node != res.home

forbids contains "baseline/no-forced-localisation.state" if {
	input.action == "store-abroad"
	pr.type in {"Agency", "Authority"}
	ctx.destination == pr.jurisdiction
	res.home != pr.jurisdiction
}

forbids contains "baseline/no-forced-localisation.on-behalf" if {
	input.action == "store-abroad"
	ctx.legalBasis == "localisation-mandate"
	res.home != ctx.destination
}

forbids contains "baseline/law-enforcement.judicial-assistance" if {
	le
	ctx.crossBorder
}

forbids contains "baseline/law-enforcement.no-side-door" if {
	ctx.crossBorder
	ctx.purpose == "law-enforcement"
	not le
}

forbids contains "baseline/agreements.no-third-state" if count(ctx.thirdPartyAgreements) > 0

forbids contains "baseline/mass-collection.foreign-agency" if {
	pr.type == "Agency"
	ctx.crossBorder
	ctx.volume.total > bp.agency_cap
}

forbids contains "baseline/mass-collection.cap" if {
	ctx.crossBorder
	ctx.volume.total > bp.mass_collection_cap
}

forbids contains "baseline/critical-data.foreign-agency" if {
	pr.type == "Agency"
	ctx.crossBorder
	res.category in critical
}

# --- CN ---

permits contains "CN/domestic" if {
	res.home == "CN"
	not ctx.crossBorder
	own_or_authority
}

own_or_authority if {
	every c in res.controllers {
		c == pr.organisation
	}
}

own_or_authority if pr.type == "Authority"

forbids contains "CN/core-data-never" if {
	res.home == "CN"
	ctx.crossBorder
	res.category == "core"
}

forbids contains "CN/art41-foreign-agencies" if {
	res.home == "CN"
	pr.type == "Agency"
	ctx.crossBorder
	res.category in {"personal", "sensitive-personal", "important"}
	not le
}

cross_cn if {
	res.home == "CN"
	ctx.crossBorder
	not le
}

permits contains "CN/non-personal" if {
	cross_cn
	res.category == "general"
}

permits contains "CN/exempt-necessary-purpose" if {
	cross_cn
	res.category in pi
	ctx.purpose in cp.exempt_purposes
	not ciio
}

permits contains "CN/exempt-small-volume" if {
	cross_cn
	res.category == "personal"
	ctx.volume.personal < cp.exempt_below_personal
	not ciio
}

contract_band if {
	cross_cn
	res.category == "personal"
	ctx.volume.personal >= cp.exempt_below_personal
	ctx.volume.personal <= cp.assessment_above_personal
	not ciio
}

permits contains "CN/contract-personal" if contract_band

permits contains "CN/certification-personal" if contract_band

permits contains "CN/contract-sensitive" if {
	cross_cn
	res.category == "sensitive-personal"
	ctx.volume.sensitive < cp.assessment_from_sensitive
	not ciio
}

permits contains "CN/assessment-personal" if {
	cross_cn
	res.category == "personal"
	ctx.volume.personal > cp.assessment_above_personal
}

permits contains "CN/assessment-personal" if {
	cross_cn
	res.category == "personal"
	ciio
}

permits contains "CN/assessment-sensitive" if {
	cross_cn
	res.category == "sensitive-personal"
	ctx.volume.sensitive >= cp.assessment_from_sensitive
}

permits contains "CN/assessment-sensitive" if {
	cross_cn
	res.category == "sensitive-personal"
	ciio
}

permits contains "CN/assessment-important" if {
	cross_cn
	res.category == "important"
}

permits contains "CN/art41-judicial-assistance" if {
	res.home == "CN"
	le
	ctx.crossBorder
	res.category != "core"
}

decision := {"forbids": forbids, "permits": permits}
