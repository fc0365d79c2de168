# The baseline and the CN sample rulebook, written in Rego for the
# OPA-versus-Cedar benchmark. Same conditions as ../baseline/commitments.cedar
# and ../samples/CN/pipl.cedar (as of issue 16); the Go side combines the
# matched ids the same way (bench_test.go checks that the outcomes agree).
package comity

import rego.v1

ctx := input.context
res := input.resource
pr := input.principal
vol := input.context.volume
bp := data.baseline
cp := data.cn

pi := {"personal", "sensitive-personal"}

official := pr.type in {"Agency", "Authority"}

disclose := input.action == "disclose-to-law-enforcement"

no_agency_agreements := count(ctx.agencyAgreements) == 0

# --- baseline ---

forbids contains "baseline/sovereignty.home-rulebook" if ctx.rulebook != res.home

forbids contains "baseline/sovereignty.home-node" if ctx.node != res.home

forbids contains "baseline/no-forced-localisation.state" if {
	input.action == "store-abroad"
	official
	ctx.destination == pr.jurisdiction
	res.home != pr.jurisdiction
}

forbids contains "baseline/no-forced-localisation.on-behalf" if {
	input.action == "store-abroad"
	ctx.legalBasis == "localisation-mandate"
	res.home != ctx.destination
}

forbids contains "baseline/law-enforcement.judicial-assistance" if {
	disclose
	ctx.crossBorder
	no_agency_agreements
}

forbids contains "baseline/law-enforcement.foreign-agency" if {
	official
	pr.jurisdiction != res.home
	not disclose
	no_agency_agreements
}

forbids contains "baseline/law-enforcement.no-side-door" if {
	ctx.crossBorder
	ctx.purpose == "law-enforcement"
	not disclose
}

forbids contains "baseline/agreements.no-third-state" if count(ctx.thirdPartyAgreements) > 0

forbids contains "baseline/mass-collection.foreign-agency" if {
	official
	ctx.crossBorder
	vol.total > bp.agency_cap
}

forbids contains "baseline/mass-collection.cap" if {
	ctx.crossBorder
	vol.total > bp.mass_collection_cap
}

forbids contains "baseline/critical-data.foreign-agency" if {
	official
	ctx.crossBorder
	res.category in bp.critical_categories
}

# --- CN ---

cn if res.home == "CN"

cross_cn if {
	cn
	ctx.crossBorder
}

own_or_authority if {
	every c in res.controllers {
		c == pr.organisation
	}
}

own_or_authority if pr.type == "Authority"

ciio if {
	some c in res.controllers
	c in cp.ciio_controllers
}

sensitive_kinds if {
	some k in res.kinds
	k in cp.sensitive_kinds
}

sensitive_like if res.category == "sensitive-personal"

sensitive_like if {
	res.category == "personal"
	sensitive_kinds
}

plain_personal if {
	res.category == "personal"
	not sensitive_kinds
}

consent_free if ctx.legalBasis in cp.consent_free_bases

# An exemption of CAC 2024 Arts. 4-5 applies: the duties below stand aside.
exempt if {
	ctx.purpose in cp.exempt_purposes
	vol.personal <= cp.exempt_purpose_cap_personal
	vol.sensitive <= cp.exempt_purpose_cap_sensitive
}

exempt if {
	ctx.purpose in cp.emergency_purposes
	res.subjects <= cp.emergency_cap
}

exempt if ctx.purpose in cp.abroad_purposes

duty if {
	cross_cn
	not disclose
	not exempt
}

permits contains "CN/domestic" if {
	cn
	not ctx.crossBorder
	own_or_authority
}

forbids contains "CN/core-data-never" if {
	cross_cn
	res.category == "core"
}

forbids contains "CN/art41-foreign-agencies" if {
	pr.type == "Agency"
	cross_cn
	res.category in {"personal", "sensitive-personal", "important"}
	not disclose
}

forbids contains "CN/state-collection-cap" if {
	cross_cn
	res.category in pi
	vol.destinationPersonal + vol.destinationSensitive > cp.destination_cap_people
	not disclose
}

alarms contains "CN/many-new-organisations" if {
	cross_cn
	res.category in pi
	vol.newcomers >= cp.newcomer_alarm
}

permits contains "CN/non-personal" if {
	cross_cn
	res.category == "general"
	not disclose
}

permits contains "CN/exempt-necessary-purpose" if {
	cross_cn
	res.category in pi
	ctx.purpose in cp.exempt_purposes
	vol.personal <= cp.exempt_purpose_cap_personal
	vol.sensitive <= cp.exempt_purpose_cap_sensitive
	not disclose
}

permits contains "CN/exempt-emergency" if {
	cross_cn
	res.category in pi
	ctx.purpose in cp.emergency_purposes
	res.subjects <= cp.emergency_cap
	not disclose
}

permits contains "CN/exempt-collected-abroad" if {
	cross_cn
	res.category in pi
	ctx.purpose in cp.abroad_purposes
	not disclose
}

permits contains "CN/exempt-small-volume" if {
	cross_cn
	plain_personal
	vol.personal < cp.exempt_below_personal
	not ciio
	not disclose
}

contract_band if {
	duty
	plain_personal
	vol.personal >= cp.exempt_below_personal
	vol.personal < cp.assessment_from_personal
	not ciio
}

permits contains "CN/contract-personal" if contract_band

permits contains "CN/certification-personal" if contract_band

sensitive_contract_band if {
	duty
	sensitive_like
	vol.sensitive < cp.assessment_from_sensitive
	not ciio
}

permits contains "CN/contract-sensitive" if {
	sensitive_contract_band
	not consent_free
}

permits contains "CN/contract-sensitive-other-basis" if {
	sensitive_contract_band
	consent_free
}

permits contains "CN/assessment-personal" if {
	duty
	plain_personal
	vol.personal >= cp.assessment_from_personal
}

permits contains "CN/assessment-personal" if {
	duty
	plain_personal
	ciio
}

sensitive_assessment_band if {
	duty
	sensitive_like
	vol.sensitive >= cp.assessment_from_sensitive
}

sensitive_assessment_band if {
	duty
	sensitive_like
	ciio
}

permits contains "CN/assessment-sensitive" if {
	sensitive_assessment_band
	not consent_free
}

permits contains "CN/assessment-sensitive-other-basis" if {
	sensitive_assessment_band
	consent_free
}

permits contains "CN/assessment-important" if {
	cross_cn
	res.category == "important"
	not disclose
}

permits contains "CN/art41-judicial-assistance" if {
	disclose
	cross_cn
	res.category != "core"
}

decision := {"forbids": forbids, "alarms": alarms, "permits": permits}
