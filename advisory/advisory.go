package advisory

// Format is the kind of an advisory document.
type Format string

// The advisory formats read.
const (
	FormatCSAF    Format = "csaf"
	FormatOSV     Format = "osv"
	FormatOpenVEX Format = "openvex"
)

// Status is what an advisory says of one component and one vulnerability.
type Status string

// The statuses of a match. StatusUnknown is reported when the advisory names
// the component's package or product but the version cannot settle it: the
// component has no version, the version or range cannot be read, the
// advisory is still investigating, or it names other versions only.
const (
	StatusAffected    Status = "affected"
	StatusFixed       Status = "fixed"
	StatusNotAffected Status = "not_affected"
	StatusUnknown     Status = "unknown"
)

// Remediation categories, as CSAF names them; OSV and OpenVEX documents are
// mapped onto the same words.
const (
	RemedyVendorFix     = "vendor_fix"
	RemedyNoFixPlanned  = "no_fix_planned"
	RemedyNoneAvailable = "none_available"
	RemedyWorkaround    = "workaround"
	RemedyMitigation    = "mitigation"
)

// Advisory is a parsed advisory, reduced to what matching needs.
type Advisory struct {
	Format Format
	// ID is CSAF's document.tracking.id, the OSV id, or the OpenVEX @id.
	ID string
	// Version is CSAF's tracking.version, OSV's modified time, or the
	// OpenVEX version: what distinguishes one revision from the next.
	Version string
	// Published and Updated are the dates the document claims (RFC 3339
	// as written), empty when it claims none.
	Published, Updated string
	// Vulnerabilities are in document order.
	Vulnerabilities []*Vulnerability
}

// Vulnerability is one vulnerability an advisory speaks of and what it says
// of which software.
type Vulnerability struct {
	// ID is the CVE when the document gives one, else its own id (OSV id,
	// CSAF ids[0].text, the OpenVEX name).
	ID string
	// Exploited is the earliest date the advisory says exploitation was
	// known (a CSAF exploit_status threat's date), empty when it says none.
	Exploited string
	// claims are CSAF product statuses and OpenVEX statements.
	claims []claim
	// osv holds OSV affected entries.
	osv []osvPackage
}

// claim is "the software identified by id, at the versions in span, has
// status, with these remediations".
type claim struct {
	id           ident
	span         span
	status       Status
	remediations []string
}

// osvPackage is one OSV affected entry.
type osvPackage struct {
	id       ident
	ranges   []osvRange
	versions []string
}

type osvRange struct {
	eco    string // "" for SEMVER ranges
	git    bool   // GIT ranges name commits, which no SBOM version can be compared with
	events []osvEvent
}

type osvEvent struct{ kind, v string } // kind: introduced, fixed, last_affected, limit
