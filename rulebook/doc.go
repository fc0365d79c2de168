// Package rulebook decides cross-border requests for data by the published
// rules of the state where the data is homed, under the federation's
// baseline commitments, with Cedar (github.com/cedar-policy/cedar-go).
//
// # Two layers
//
// The baseline (baseline/) holds the federation's commitments as forbid
// policies only, one group per commitment of the Global Initiative on Data
// Security: data homed in a state is governed by that state's rulebook
// alone (5); no forced repatriation of data generated abroad (4); law
// enforcement only through judicial assistance, and no agreement reaching a
// third state's data (6); mass-collection caps (3); critical data kept from
// foreign agencies (2). Because Cedar lets any matching forbid override
// every permit, no state rulebook can override the baseline. It changes only
// by a BaselineChange signed by k of the n member states.
//
// A state rulebook (a Bundle of kind "state") holds that state's permits
// and forbids and its parameters (adequacy lists, thresholds, countries of
// concern), signed with its authority's Ed25519 key and versioned. Every
// policy must say `resource.home == "<its state>"` and may compare
// resource.home with nothing else: a bundle reaching another state's data
// is refused at load (Compile), and the engine applies a rulebook only to
// data homed in its state anyway.
//
// # Entity model
//
// schema.cedarschema is the Cedar schema; lint checks every policy against
// it, with the bundle's parameters typed as context.params:
//
//	principal  Organisation | Agency | Authority  {jurisdiction, organisation, roles}
//	action     read, transfer, store-abroad, disclose-to-law-enforcement, bulk-export
//	resource   Record | Dataset  {home, category, categories, kinds, subjects, controllers[, records]}
//	context    {node, time, rulebook, purpose, legalBasis, specialCondition, destination,
//	            crossBorder, consent, approvals, agreements, thirdPartyAgreements,
//	            agencyAgreements, volume, params, baseline}
//	volume     Volume {total, personal, sensitive, destinationTotal,
//	           destinationPersonal, destinationSensitive, newcomers,
//	           kinds: {genomic, omic, ..., "government-related", ...}}   (an entity: see below)
//
// volume counts the distinct data subjects the requester has received from
// the home within the home rulebook's window (Bundle.Window), this request
// included; approvals lists the kinds of verified evidence on file. Volume
// is an entity, not a record, so that the rest of the context, which repeats
// from request to request, is built once per distinct value and reused:
// building Cedar records is most of a decision's cost.
//
// # Outcomes and obligations
//
// Annotations carry what Cedar's allow/deny cannot: @id (cited by every
// decision), @reason (plain words, for Explain), @article (the legal
// source), @obligation("contract,consent"), @minimise("phone:mask:4"),
// @notify("authority") on a permit and @alarm("authority") on a forbid that
// refuses nothing but has the home authority told of the release.
// A decision is:
//
//   - deny, if a forbid without @obligation matches, or no permit matches;
//   - pending, if the best matching permit (fewest unmet obligations; on a
//     tie, the one written first) or a matching forbid with @obligation
//     needs evidence not yet on file: the obligations say what;
//   - allow otherwise, with the @minimise obligations of every matching
//     permit, which the gate applies on release.
//
// A forbid with @obligation is lifted once its evidence is on file: "no
// disclosure to foreign law enforcement without judicial assistance".
// Evidence is an Approval signed by the home state's authority (approval,
// assessment, contract, certification, judicial-assistance) or, for
// consent, consent references carried by the request.
//
// # Use
//
// A node uses Policy (OpenDir or New with a Config), which implements
// comity.Policy, verifies approval tokens and counts volume through the
// Volume interface; AtHome is the policy of a node before its state's
// rulebook is installed. Service publishes rulebooks and baseline changes
// at a running node (verify, log, keep, install); Attester signs
// controllers' attestations. Install, ProposeBaseline and
// BaselineChange.Check do the same checks offline, for the command line.
// Offline tools use Engine (Load a Set read by ReadDir) and the JSON
// Request format described in README.md. The samples (Samples: CN, DE, FR,
// US) are templates modelled on published law, not legal advice.
package rulebook
