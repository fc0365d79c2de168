// Package advisory reads vendors' security advisories (CSAF 2.0, OSV,
// OpenVEX) and customers' SBOMs (CycloneDX, SPDX 2.3) and matches them
// exactly: a component is named by an advisory only when the package URL's
// type, namespace and name agree (and build-identifying qualifiers such as
// rpm arch agree when both sides give them), or the CPE's part, vendor and
// product agree, or, for CSAF's plain product trees, the product name
// agrees. Versions are compared by each ecosystem's own order
// (osv-scalibr's semantic package). A component without a version is
// reported as StatusUnknown, never dropped.
//
// The matcher touches nothing outside the documents it is given: no
// network, no database.
package advisory
