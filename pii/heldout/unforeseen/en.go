package unforeseen

import (
	"fmt"
	"strings"
)

var enKinds = []kind{
	{"bankruptcy-creditor-matrix", enCreditorMatrix, false},
	{"campaign-contribution-report", enContributions, false},
	{"skip-trace-report", enSkipTrace, false},
	{"sheriff-foreclosure-sale-list", enSheriffSale, false},
	{"certified-mail-return-receipt", enReturnReceipt, false},
	{"construction-preliminary-notice", enPrelimNotice, false},
	{"deer-harvest-checkin", enDeerHarvest, false},
	{"vacation-rental-host-messages", enRentalMessages, false},
	{"farmers-market-vendor-applications", enVendorApps, false},
	{"census-nrfu-casenotes", enCensusNotes, false},
	{"state-bill-tracker", enBillTracker, true},
	{"specialty-clinic-directory", enClinicDirectory, true},
}

// ---- people

type enPerson struct {
	first, mid, last, suf string
	fem                   bool
}

func (g *gen) enPerson() enPerson { return g.enPersonSex(g.p(0.5)) }

func (g *gen) enPersonSex(fem bool) enPerson {
	w := make([]int, len(enOrigins))
	for i, o := range enOrigins {
		w[i] = o.w
	}
	o := enOrigins[g.weighted(w)]
	p := enPerson{fem: fem}
	if fem {
		p.first = g.of(o.fem)
	} else {
		p.first = g.of(o.masc)
	}
	if g.p(0.04) {
		p.first = g.of(enDoubleGiven)
	}
	p.last = g.of(o.sur)
	if g.p(0.04) {
		o2 := enOrigins[g.weighted(w)]
		s2 := g.of(o2.sur)
		if s2 != p.last && !strings.Contains(s2, " ") && !strings.Contains(p.last, " ") && !strings.Contains(s2, "-") && !strings.Contains(p.last, "-") {
			p.last += "-" + s2
		}
	}
	if g.p(0.6) {
		p.mid = g.upper(1)
	}
	if !fem && g.p(0.07) {
		p.suf = g.pick("Jr.", "Jr.", "Sr.", "II", "III", "IV")
	}
	return p
}

func (g *gen) enRelative(p enPerson, fem bool) enPerson {
	q := g.enPersonSex(fem)
	q.last = p.last
	return q
}

func (p enPerson) sufx(sep string) string {
	if p.suf == "" {
		return ""
	}
	return sep + p.suf
}

func (p enPerson) full() string { return p.first + " " + p.last + p.sufx(" ") }

func (p enPerson) fullMid() string {
	if p.mid == "" {
		return p.full()
	}
	return p.first + " " + p.mid + ". " + p.last + p.sufx(" ")
}

func (p enPerson) lastFirst() string {
	s := p.last + ", " + p.first
	if p.mid != "" {
		s += " " + p.mid
	}
	return s + p.sufx(" ")
}

// caps is the records form: "WASHINGTON, DARNELL K JR".
func (p enPerson) caps() string {
	return strings.ToUpper(strings.ReplaceAll(p.lastFirst(), ".", ""))
}

// capsFull is "DARNELL K WASHINGTON JR".
func (p enPerson) capsFull() string {
	s := p.first
	if p.mid != "" {
		s += " " + p.mid
	}
	s += " " + p.last + p.sufx(" ")
	return strings.ToUpper(strings.ReplaceAll(s, ".", ""))
}

func (p enPerson) title() string {
	if p.fem {
		return "Ms."
	}
	return "Mr."
}

func (g *gen) enForm(p enPerson) string {
	switch g.n(8) {
	case 0:
		return p.lastFirst()
	case 1, 2:
		return p.fullMid()
	default:
		return p.full()
	}
}

// ---- addresses

type usAddr struct {
	line1, unit, city, st, zip string
}

func (g *gen) usHouse() string {
	n := g.between(1, 99)
	switch r := g.n(10); {
	case r < 4:
		n = g.between(100, 9999)
	case r < 6:
		n = g.between(1000, 19999)
	case r < 8:
		n = g.between(10, 999)
	}
	switch r := g.n(100); {
	case r < 4:
		return fmt.Sprintf("%d 1/2", n)
	case r < 8:
		return fmt.Sprintf("%d%c", n, 'A'+rune(g.n(4)))
	case r < 9:
		return fmt.Sprintf("%d-%02d", g.between(10, 99), g.between(1, 60))
	}
	return fmt.Sprint(n)
}

func (g *gen) usStreet() string {
	var sb strings.Builder
	sb.WriteString(g.usHouse())
	sb.WriteString(" ")
	if g.p(0.25) {
		sb.WriteString(g.pick("N", "S", "E", "W", "NE", "NW", "SE", "SW", "North", "West", "South", "East"))
		sb.WriteString(" ")
	}
	if g.p(0.06) {
		sb.WriteString(g.of(usNoSuffix))
		return sb.String()
	}
	if g.p(0.15) {
		sb.WriteString(g.of(usOrdinals))
	} else {
		sb.WriteString(g.of(usStreetNames))
	}
	sb.WriteString(" ")
	sb.WriteString(g.of(usSuffixes))
	if g.p(0.04) {
		sb.WriteString(" " + g.pick("NW", "SE", "NE", "SW"))
	}
	return sb.String()
}

func (g *gen) usZip(c usCity) string {
	z := c.zip3 + g.pad(1, 99, 2)
	if g.p(0.2) {
		z += "-" + g.pad(1, 9999, 4)
	}
	return z
}

func (g *gen) usAddr() usAddr { return g.usAddrIn(g.usCity()) }

func (g *gen) usAddrIn(c usCity) usAddr {
	a := usAddr{city: c.city, st: c.st, zip: g.usZip(c)}
	switch r := g.n(100); {
	case r < 6:
		a.line1 = g.pick("PO Box ", "P.O. Box ", "PO BOX ", "POB ") + g.itoa(1, 99999)
	case r < 9:
		a.line1 = g.pick("RR ", "Rural Route ", "HC ") + g.itoa(1, 9) + g.pick(" Box ", ", Box ") + g.itoa(1, 400) + g.pick("", "", "A")
	case r < 11:
		a.line1 = g.pick("PSC ", "CMR ", "Unit ") + g.itoa(100, 9999) + g.pick(", Box ", " Box ") + g.itoa(1, 9999)
		a.city = g.pick("APO", "FPO", "DPO")
		a.st = g.pick("AE", "AP", "AA")
		switch a.st {
		case "AE":
			a.zip = "09" + g.pad(0, 999, 3)
		case "AP":
			a.zip = "96" + g.pad(200, 699, 3)
		default:
			a.zip = "340" + g.pad(0, 99, 2)
		}
	case r < 12:
		a.line1 = fmt.Sprintf("W%dN%d %s %s", g.between(100, 299), g.between(1000, 9999), g.of(usStreetNames), g.pick("Rd", "Dr", "Ct", "Ln"))
		a.city, a.st, a.zip = "Menomonee Falls", "WI", "530"+g.pad(1, 99, 2)
	default:
		a.line1 = g.usStreet()
		if g.p(0.25) {
			a.unit = g.of(usUnits)
		}
	}
	return a
}

// usHome is a street address (no box, no military) in c.
func (g *gen) usHome(c usCity) usAddr {
	a := usAddr{line1: g.usStreet(), city: c.city, st: c.st, zip: g.usZip(c)}
	if g.p(0.2) {
		a.unit = g.of(usUnits)
	}
	return a
}

// usCityIn returns a city of one of the states.
func (g *gen) usCityIn(states ...string) usCity {
	cs := []usCity{}
	for _, c := range usCities {
		for _, s := range states {
			if c.st == s {
				cs = append(cs, c)
			}
		}
	}
	return cs[g.n(len(cs))]
}

func (a usAddr) street() string {
	if a.unit != "" {
		return a.line1 + " " + a.unit
	}
	return a.line1
}

func (a usAddr) cityLine() string { return a.city + ", " + a.st + " " + a.zip }

func (a usAddr) one() string {
	if a.unit != "" {
		return a.line1 + ", " + a.unit + ", " + a.cityLine()
	}
	return a.line1 + ", " + a.cityLine()
}

func (a usAddr) block() string {
	if a.unit != "" {
		return a.line1 + "\n" + a.unit + "\n" + a.cityLine()
	}
	return a.line1 + "\n" + a.cityLine()
}

// caps is the USPS style: no punctuation, capitals.
func (a usAddr) caps(multi bool) string {
	clean := func(s string) string {
		return strings.ToUpper(strings.NewReplacer(".", "", ",", "").Replace(s))
	}
	cl := clean(a.city) + " " + a.st + " " + a.zip
	if multi {
		return clean(a.street()) + "\n" + cl
	}
	return clean(a.street()) + " " + cl
}

// enOne renders a one-line address with varied punctuation.
func (g *gen) enOne(a usAddr) string {
	switch g.n(10) {
	case 0:
		return a.street() + " " + a.city + " " + a.st + " " + a.zip
	case 1:
		if full, ok := usStates[a.st]; ok {
			return a.street() + ", " + a.city + ", " + full + " " + a.zip
		}
	case 2:
		return a.caps(false)
	}
	return a.one()
}

func (g *gen) enPhone() string {
	return fmt.Sprintf("(%d) %d-%04d", g.between(201, 989), g.between(200, 999), g.n(10000))
}

func (g *gen) enDate() string {
	return fmt.Sprintf("%02d/%02d/%d", g.between(1, 12), g.between(1, 28), g.between(2023, 2025))
}

func (g *gen) enMail(p enPerson) string {
	f := strings.ToLower(translit(strings.Fields(p.first)[0]))
	l := strings.ToLower(translit(p.last))
	switch g.n(4) {
	case 0:
		return f + "." + l + "@" + g.pick("gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com")
	case 1:
		return f[:1] + l + g.itoa(1, 99) + "@" + g.pick("gmail.com", "hotmail.com", "comcast.net")
	case 2:
		return l + "." + f[:1] + "@" + g.pick("gmail.com", "att.net", "proton.me")
	}
	return g.pick("bigdaddy", "mamabear", "txgirl", "huskerfan", "riverrat", "desertrose") + g.itoa(1, 999) + "@" + g.pick("gmail.com", "yahoo.com")
}

// ---- kinds

var enCreditors = []string{"AMERICAN EXPRESS", "CAPITAL ONE BANK USA NA", "DISCOVER BANK", "SYNCHRONY BANK", "PORTFOLIO RECOVERY ASSOCIATES LLC", "MIDLAND CREDIT MANAGEMENT INC", "LVNV FUNDING LLC", "INTERNAL REVENUE SERVICE", "DEPT OF REVENUE", "PEOPLES GAS", "ADVOCATE CHRIST MEDICAL CENTER", "NAVIENT SOLUTIONS", "WELLS FARGO DEALER SERVICES", "JOHN DEERE FINANCIAL", "DILLARD'S", "LOWE'S / SYNCHRONY", "ALLY FINANCIAL", "OPORTUN INC", "CREDIT ONE BANK", "ST JOSEPH MERCY HOSPITAL", "T-MOBILE USA", "MERRICK BANK", "KOHL'S DEPT STORES", "WORLD ACCEPTANCE CORP", "ACE CASH EXPRESS", "SANTANDER CONSUMER USA"}
var enLawFirms = []string{"HOLLIS & MORGAN LLP", "WEINSTEIN & RILEY PS", "ZWICKER & ASSOCIATES PC", "BLATT HASENMILLER LEIBSKER & MOORE", "HUNT & HENRIQUES", "PATENAUDE & FELIX APC", "GURSTEL LAW FIRM PC"}

func enCreditorMatrix(g *gen, b *builder) {
	c := g.usCity()
	debtor := g.enPerson()
	joint := g.p(0.4)
	spouse := g.enRelative(debtor, !debtor.fem)
	n := g.between(4, 6)
	switch g.n(3) {
	case 0, 1:
		b.t("United States Bankruptcy Court\n", g.pick("Northern", "Southern", "Eastern", "Western", "Middle"), " District of ", usStates[c.st], "\n\nIn re: ")
		b.name(debtor.capsFull())
		if joint {
			b.t("\n       ")
			b.name(spouse.capsFull())
		}
		b.t("                Case No. ", g.itoa(23, 25), "-", g.itoa(10000, 39999), "\n       Debtor(s)                 Chapter ", g.pick("7", "13", "7", "13", "11"), "\n")
		if g.p(0.7) {
			b.t("Attorney for Debtor: ")
			b.name(g.enPerson().full())
			b.t(g.pick(", Esq.", "", " (Bar No. "+g.digits(6)+")"), "\n")
		}
		b.t("\nCREDITOR MATRIX\n\n")
		for i := range n {
			a := g.usAddr()
			if i == 0 && g.p(0.6) {
				// the debtor's own address heads many matrices
				a = g.usAddrIn(c)
				b.name(debtor.capsFull())
				b.t("\n")
			} else if g.p(0.7) {
				p := g.enPerson()
				if g.p(0.5) {
					b.name(p.caps())
				} else {
					b.name(p.capsFull())
				}
				b.t("\n")
			} else {
				b.t(g.of(enCreditors), "\n")
				switch g.n(5) {
				case 2:
					b.t("CO-DEBTOR: ")
					b.name(g.enPerson().capsFull())
					b.t("\n")
				case 0:
					b.t("C/O ", g.of(enLawFirms), "\n")
				case 1:
					b.t("ATTN: BANKRUPTCY DEPT\n")
				}
			}
			b.addr(a.caps(true))
			b.t("\n\n")
		}
	default:
		b.t("Name,Address1,City,State,Zip,Schedule\n")
		for range n {
			a := g.usAddr()
			if g.p(0.6) {
				p := g.enPerson()
				b.cell('n', p.lastFirst(), ",")
			} else {
				b.cell(0, g.of(enCreditors), ",")
			}
			b.t(",")
			b.cell('a', a.street(), ",")
			b.t(",", a.city, ",", a.st, ",", a.zip, ",", g.pick("E/F", "D", "G", "H", "E/F"), "\n")
		}
		if g.p(0.7) {
			b.t("\nPrepared by ")
			att := g.enPerson()
			b.name(att.full())
			b.t(g.pick(", Esq.", ", Attorney for Debtor", " (paralegal)"), "\n")
		}
	}
}

var enEmployers = []string{"SPIRIT AEROSYSTEMS", "SELF-EMPLOYED", "RETIRED", "NOT EMPLOYED", "KROGER", "STATE OF OHIO", "DUKE UNIVERSITY", "H-E-B", "KAISER PERMANENTE", "TYSON FOODS", "CHICAGO PUBLIC SCHOOLS", "MAYO CLINIC", "WALMART", "BOEING", "DELOITTE", "FORD MOTOR CO", "HOMEMAKER"}
var enOccupations = []string{"MACHINIST", "RETIRED", "TEACHER", "ATTORNEY", "NURSE", "PHYSICIAN", "ENGINEER", "OWNER", "CONSULTANT", "NOT EMPLOYED", "ELECTRICIAN", "PASTOR", "FARMER", "SOFTWARE DEVELOPER", "REALTOR"}
var enCommittees = []string{"WESTSIDE FORWARD PAC", "CITIZENS FOR A GREENER TULSA", "COMMITTEE FOR SAFE STREETS", "HOMETOWN VALUES FUND", "DISTRICT 14 VICTORY COMMITTEE", "NEIGHBORS FOR FAIR SCHOOLS", "RIVER CITY WORKS PAC"}

func enContributions(g *gen, b *builder) {
	comm := g.of(enCommittees)
	n := g.between(4, 6)
	switch g.n(3) {
	case 0, 1:
		b.t("SCHEDULE A (FEC Form 3X)   ITEMIZED RECEIPTS   Line Number: 11(a)(i)\nName of Committee (in Full): ", comm, "\n\n")
		for i := range n {
			p := g.enPerson()
			a := g.usAddr()
			b.t(string(rune('A'+i)), ". Full Name (Last, First, Middle Initial)\n   ")
			b.name(p.caps())
			b.t("\n   Mailing Address  ")
			b.addr(strings.ToUpper(a.street()))
			b.t("\n   City  ", strings.ToUpper(a.city), "     State  ", a.st, "     Zip Code  ", a.zip, "\n")
			b.t("   Employer  ", g.of(enEmployers), "     Occupation  ", g.of(enOccupations), "\n")
			b.t("   Date of Receipt  ", g.enDate(), "     Amount of Each Receipt this Period  ", g.itoa(200, 3300), ".00\n")
			if g.p(0.4) {
				b.t("   Memo: Earmarked through ", comm, "; spouse ")
				b.name(strings.ToUpper(g.enRelative(p, !p.fem).full()))
				b.t(" attributed half\n")
			}
			b.t("\n")
		}
	default:
		b.t("committee_id,committee_name,contributor_name,contributor_street_1,contributor_street_2,contributor_city,contributor_state,contributor_zip,contributor_employer,contributor_occupation,contribution_receipt_date,contribution_receipt_amount\n")
		id := "C00" + g.digits(6)
		for range n {
			p := g.enPerson()
			a := g.usAddr()
			b.t(id, ",")
			b.cell(0, comm, ",")
			b.t(",")
			b.cell('n', p.caps(), ",")
			b.t(",")
			b.cell('a', strings.ToUpper(a.street()), ",")
			b.t(",,", strings.ToUpper(a.city), ",", a.st, ",", strings.ReplaceAll(a.zip, "-", ""), ",")
			b.cell(0, g.of(enEmployers), ",")
			b.t(",", g.of(enOccupations), ",", g.enDate(), ",", g.itoa(25, 3300), ".00\n")
		}
	}
	b.t("Treasurer: ")
	b.name(g.enPerson().fullMid())
	b.t("   Date signed: ", g.enDate(), "\n")
	if g.p(0.6) {
		b.t("Assistant treasurer: ")
		b.name(g.enPerson().full())
		b.t("   Candidate (if authorized committee): ")
		b.name(g.enPerson().fullMid())
		b.t("\n")
	}
}

func enSkipTrace(g *gen, b *builder) {
	s := g.enPerson()
	c := g.usCity()
	aliases := []string{s.lastFirst(), strings.ToUpper(firstRune(s.first) + " " + s.last)}
	if !strings.Contains(s.last, "-") && !strings.Contains(s.last, " ") {
		aliases = append(aliases, s.first+" "+s.last+"-"+g.enPerson().last)
	}
	addrs := []usAddr{}
	for range g.between(3, 5) {
		if g.p(0.6) {
			addrs = append(addrs, g.usAddrIn(c))
		} else {
			addrs = append(addrs, g.usAddr())
		}
	}
	rels := []enPerson{}
	for range g.between(3, 6) {
		if g.p(0.7) {
			rels = append(rels, g.enRelative(s, g.p(0.5)))
		} else {
			rels = append(rels, g.enPerson())
		}
	}
	if g.p(0.65) {
		b.t(g.pick("SKIP TRACE REPORT", "Comprehensive Locate Report", "LOCATE RESULTS — CONFIDENTIAL"), "\nRequested by: ", g.pick("Recovery Dept", "Collections Unit 4", "Legal / Process"), "  Ref# ", g.upper(3), g.digits(6), "  Permissible purpose: ", g.pick("GLBA 6", "DPPA 3", "FCRA collection"), "\n\n")
		b.t("SUBJECT: ")
		b.name(s.fullMid())
		b.t("   DOB: ", fmt.Sprintf("%02d/%d", g.between(1, 12), g.between(1950, 2001)), "   SSN: XXX-XX-", g.digits(4), "\nAKAs: ")
		b.names(aliases, "; ")
		b.t("\n\nADDRESS HISTORY\n")
		for i, a := range addrs {
			b.t(fmt.Sprintf("  %d. ", i+1))
			b.addr(g.enOne(a))
			y := 2024 - i*2
			b.t(fmt.Sprintf("  (%02d/%d - %s)\n", g.between(1, 12), y-g.between(1, 2), map[bool]string{true: "present", false: fmt.Sprintf("%02d/%d", g.between(1, 12), y)}[i == 0]))
		}
		b.t("\nPOSSIBLE RELATIVES\n")
		for _, r := range rels {
			b.t("  ")
			b.name(r.fullMid())
			b.t(fmt.Sprintf(" (%d)\n", g.between(18, 88)))
		}
		b.t("\nPOSSIBLE ASSOCIATES\n  ")
		for i := range g.between(2, 4) {
			if i > 0 {
				b.t(" | ")
			}
			b.name(g.enForm(g.enPerson()))
		}
		b.t("\n")
		if g.p(0.6) {
			b.t("\nNEIGHBORS\n  ")
			na := addrs[0]
			na.unit = ""
			b.addr(na.line1)
			b.t(" (adjacent) — ")
			b.name(g.enPerson().full())
			b.t(", ", g.enPhone(), "\n")
		}
		b.t("\nPHONES: ", g.enPhone(), " (wireless, ", g.pick("T-Mobile", "Verizon", "AT&T"), ")\n")
		r0 := rels[0]
		b.t("Analyst note: ", map[bool]string{true: g.pick("subject's mother ", "ex-wife ", "sister "), false: g.pick("subject's father ", "ex-husband ", "brother ")}[r0.fem])
		b.name(r0.first)
		b.t(" confirmed by phone subject ", g.pick("moved out", "works nights", "is staying with a cousin"), ".\n")
	} else {
		b.t("{\n  \"subject\": {\"name\": ")
		b.jsonStr('n', s.full())
		b.t(", \"aka\": [")
		for i, al := range aliases {
			if i > 0 {
				b.t(", ")
			}
			b.jsonStr('n', al)
		}
		b.t("]},\n  \"addresses\": [\n")
		for i, a := range addrs {
			b.t("    {\"street\": ")
			b.jsonStr('a', a.street())
			b.t(", \"city\": \"", a.city, "\", \"state\": \"", a.st, "\", \"zip\": \"", a.zip, "\", \"confidence\": ", g.itoa(40, 99), "}")
			if i < len(addrs)-1 {
				b.t(",")
			}
			b.t("\n")
		}
		b.t("  ],\n  \"relatives\": [")
		for i, r := range rels {
			if i > 0 {
				b.t(", ")
			}
			b.jsonStr('n', r.caps())
		}
		b.t("],\n  \"source\": \"", g.pick("batch-0412", "api-v3", "manual"), "\"\n}\n")
	}
}

var enPlaintiffs = []string{"U.S. BANK NATIONAL ASSOCIATION, AS TRUSTEE", "WELLS FARGO BANK, N.A.", "NATIONSTAR MORTGAGE LLC D/B/A MR. COOPER", "LAKEVIEW LOAN SERVICING LLC", "FREEDOM MORTGAGE CORPORATION", "THE BANK OF NEW YORK MELLON", "PENNYMAC LOAN SERVICES LLC", "MIDFIRST BANK", "COUNTY TREASURER"}

func enSheriffSale(g *gen, b *builder) {
	sc := [][2]string{{"Franklin", "OH"}, {"Cuyahoga", "OH"}, {"Lucas", "OH"}, {"Hamilton", "OH"}, {"Allegheny", "PA"}, {"Philadelphia", "PA"}, {"Marion", "IN"}, {"Allen", "IN"}, {"Jefferson", "KY"}, {"Wayne", "MI"}, {"Milwaukee", "WI"}, {"Kenosha", "WI"}, {"Essex", "NJ"}, {"Passaic", "NJ"}, {"Hinds", "MS"}}[g.n(15)]
	county := sc[0]
	c := g.usCityIn(sc[1])
	if g.p(0.65) {
		b.t("SHERIFF'S SALE — ", county, " County — ", g.pick("Thursday", "Friday", "Wednesday"), ", ", g.enDate(), ", 10:00 a.m., Room ", g.itoa(100, 120), ", County Courthouse\n")
		b.t("Properties may be cancelled without notice. Deposits by cashier's check only.\n\n")
		for range g.between(4, 6) {
			a := g.usHome(c)
			a.unit = ""
			def := g.enPerson()
			b.t("Sale No. ", g.itoa(2401, 2512), "-", g.itoa(100, 999), "   Case No. ", g.pick("CV-", "CE-", "MF "), g.itoa(22, 25), "-", g.digits(4), "\n")
			b.t(g.of(enPlaintiffs), " v. ")
			switch g.n(4) {
			case 0:
				b.t("UNKNOWN HEIRS OF ")
				b.name(def.capsFull())
			case 1:
				b.name(def.capsFull())
				b.t(" AND ")
				b.name(g.enRelative(def, !def.fem).capsFull())
			default:
				b.name(def.capsFull())
			}
			b.t(", et al.\nProperty: ")
			b.addr(g.enOne(a))
			b.t("\nParcel ", g.pad(1, 999, 3), "-", g.digits(6), "-00   Appraised: $", g.itoa(40, 420), ",000   Minimum bid: 2/3 of appraisal\n")
			if g.p(0.4) {
				b.t("Occupant(s) served: ")
				b.name(g.enPerson().full())
				if g.p(0.5) {
					b.t(", ")
					b.name(g.enPerson().full())
				}
				b.t("\n")
			}
			b.t("Attorney: ")
			if g.p(0.5) {
				b.name(g.enPerson().fullMid())
				b.t(", ")
			}
			b.t(g.of(enLawFirms), "\n\n")
		}
		b.t("Sheriff ")
		b.name(g.enPerson().full())
	} else {
		a := g.usHome(c)
		a.unit = ""
		def := g.enPerson()
		b.t("NOTICE OF SHERIFF'S SALE OF REAL ESTATE\n\nBy virtue of a Writ of Execution issued out of the Court of Common Pleas of ", county, " County, in the case of ", g.of(enPlaintiffs), " vs. ")
		b.name(def.capsFull())
		b.t(", et al., I will expose to public sale the premises commonly known as ")
		b.addr(g.enOne(a))
		b.t(", being Parcel No. ", g.digits(8), ". Said premises appraised at $", g.itoa(40, 420), ",000. Terms: ten percent down on day of sale.\n\nThe owner of record, ")
		b.name(def.full())
		b.t(", and any occupants, including ")
		b.name(g.enPerson().full())
		b.t(", are hereby notified.\n\n")
		b.name(g.enPerson().full())
		b.t(", Sheriff\n")
		b.t("Plaintiff's counsel: ")
		b.name(g.enPerson().fullMid())
		b.t(", ", g.of(enLawFirms), ", ")
		b.addr(g.enOne(g.usAddr()))
		b.t("\nPub: three consecutive weeks beginning ", g.enDate())
	}
	b.t("\n")
}

func enReturnReceipt(g *gen, b *builder) {
	cards := g.between(2, 3)
	for i := range cards {
		if i > 0 {
			b.t("\n---- page ", fmt.Sprint(i+1), " ----\n")
		}
		p := g.enPerson()
		a := g.usAddr()
		b.t(g.pick("SENDER: COMPLETE THIS SECTION", "SENDER: COMPLETE THIS SECTlON", "SENDER:  COMPLETE  THIS SECTION"), "\n")
		if g.p(0.7) {
			b.t("Sender: ")
			b.name(g.enPerson().fullMid())
			b.t(", ", g.pick("Law Office", "Paralegal", "Property Manager", "Collections"), " — Ref ", g.upper(2), g.digits(5), "\n")
		}
		b.t("■ Complete items 1, 2, and 3.\n■ Print your name and address on the reverse\n  so that we can return the card to you.\n")
		b.t("1. Article Addressed to:\n\n   ")
		if g.p(0.5) {
			b.t(p.title(), " ")
		}
		if g.p(0.2) {
			b.name(strings.ToUpper(p.fullMid()))
		} else {
			b.name(p.fullMid())
		}
		b.t("\n   ")
		if g.p(0.2) {
			b.t("c/o ")
			b.name(g.enPerson().full())
			b.t("\n   ")
		}
		b.addr(strings.ReplaceAll(a.block(), "\n", "\n   "))
		b.t("\n\n   9590 9402 ", g.digits(4), " ", g.digits(4), " ", g.digits(4), " ", g.digits(2), "\n")
		b.t("2. Article Number (Transfer from service label)\n   7022 ", g.digits(4), " 0000 ", g.digits(4), " ", g.digits(4), "\n")
		b.t("PS Form 3811, July 2020 PSN 7530-02-000-9053          Domestic Return Receipt\n\n")
		b.t("COMPLETE THIS SECTION ON DELIVERY\nA. Signature\n   X ")
		signer := p
		agent := g.p(0.3)
		if agent {
			signer = g.enRelative(p, g.p(0.5))
		}
		switch g.n(3) {
		case 0:
			b.name(firstRune(signer.first) + " " + signer.last)
		case 1:
			b.name(signer.full())
		default:
			b.t("~~scrawl~~")
		}
		if agent {
			b.t("          [X] Agent  [ ] Addressee\n")
		} else {
			b.t("          [ ] Agent  [X] Addressee\n")
		}
		b.t("B. Received by (Printed Name)   ")
		b.name(strings.ToUpper(signer.full()))
		b.t("     C. Date of Delivery ", fmt.Sprintf("%d/%d/%d", g.between(1, 12), g.between(1, 28), g.between(23, 25)), "\n")
		b.t("D. Is delivery address different from item 1?  ")
		if g.p(0.3) {
			b.t("[X] Yes\n   If YES, enter delivery address below:  ")
			b.addr(g.enOne(g.usAddrIn(usCity{a.city, a.st, a.zip[:3]})))
			b.t("\n")
		} else {
			b.t("[X] No\n")
		}
		b.t("3. Service Type  [X] Certified Mail®  [ ] Certified Mail Restricted Delivery\n")
	}
	if g.p(0.5) {
		b.t("\nFirm certified mail log — matter ", g.upper(2), "-", g.digits(4), "\n")
		for range g.between(2, 4) {
			b.t(g.enDate(), " | 7022 ", g.digits(4), " 0000 ", g.digits(4), " | ")
			b.name(g.enPerson().lastFirst())
			b.t(" | ")
			b.addr(g.enOne(g.usAddr()))
			b.t(" | ", g.pick("green card rec'd", "returned unclaimed", "in transit", "RTS - vacant"), "\n")
		}
	}
}

var enContractors = []string{"Summit Ridge Builders Inc", "Pacific Drywall Supply", "Bayside Concrete & Rebar LLC", "Sun Valley Roofing Co", "Rio Grande Plumbing", "Desert Bloom Landscape", "Hernandez Framing Inc", "Ortiz Electric LLC", "Big Sky Lumber", "Coastal Glass & Glazing"}

func enPrelimNotice(g *gen, b *builder) {
	ca := g.p(0.6)
	c := g.usCityIn("FL")
	if ca {
		c = g.usCityIn("CA")
	}
	job := g.usHome(c)
	job.unit = ""
	o1 := g.enPerson()
	o2 := g.enRelative(o1, !o1.fem)
	claimant := g.of(enContractors)
	contact := g.enPerson()
	if ca {
		b.t("PRELIMINARY NOTICE\n(California Civil Code Sections 8200-8216)\nNOTICE TO PROPERTY OWNER — THIS IS NOT A LIEN. THIS IS NOT A REFLECTION ON THE INTEGRITY OF ANY CONTRACTOR OR SUBCONTRACTOR.\n\n")
		b.t("TO: OWNER or Reputed Owner:\n   ")
		if g.p(0.5) {
			b.name(o1.first)
			b.t(" & ")
			b.name(o2.full())
		} else {
			b.name(o1.full())
		}
		b.t("\n   ")
		b.addr(strings.ReplaceAll(job.block(), "\n", "\n   "))
		b.t("\n\nDirect Contractor:\n   ", g.of(enContractors), "  Attn: ")
		b.name(g.enPerson().full())
		b.t("\n   ")
		b.addr(strings.ReplaceAll(g.usAddrIn(c).block(), "\n", "\n   "))
		if g.p(0.5) {
			b.t("\n\nConstruction Lender:\n   ", g.pick("First Republic Construction Lending", "Golden State Bank", "Mission Federal Credit Union"), "\n   ATTN: ")
			b.name(g.enPerson().full())
			b.t("\n   ")
			b.addr(strings.ReplaceAll(g.usAddr().block(), "\n", "\n   "))
		}
		if g.p(0.6) {
			b.t("\n\nSubcontractor (if any): ", g.of(enContractors), ", foreman ")
			b.name(g.enPerson().full())
		}
		b.t("\n\nDescription of labor, services, equipment or materials: ", g.pick("drywall and metal framing", "ready-mix concrete", "roofing materials", "plumbing rough-in", "windows and storefront glazing"), "\n")
		b.t("Job site: ")
		b.addr(g.enOne(job))
		b.t(" (APN ", g.digits(3), "-", g.digits(3), "-", g.digits(2), ")\n")
		b.t("Estimated total price: $", g.itoa(4, 180), ",", g.pad(0, 999, 3), ".00\n\nFrom (claimant): ", claimant, "\n")
		b.t("Contact: ")
		b.name(contact.full())
		b.t(", ", g.enPhone(), "\n")
		b.t("\nPROOF OF SERVICE DECLARATION\nI, ")
		server := g.enPerson()
		b.name(server.fullMid())
		b.t(", declare that I served copies of the above Preliminary Notice by first-class certified mail, postage prepaid, to the persons named above on ", g.enDate(), ". I declare under penalty of perjury that the foregoing is true and correct.\nSignature: ")
		b.name(server.full())
		b.t("\n")
	} else {
		b.t("NOTICE TO OWNER / NOTICE TO CONTRACTOR\nFlorida Statutes §713.06\n\nTo: ")
		b.name(o1.capsFull())
		b.t("\n")
		b.addr(job.caps(true))
		b.t("\n\nThe undersigned hereby informs you that it has furnished or is furnishing services or materials as follows: ", g.pick("pool shell and gunite", "HVAC equipment", "pavers", "impact windows", "trusses"), " for the improvement of the real property identified as ")
		b.addr(g.enOne(job))
		b.t(", under an order given by ", g.of(enContractors), ".\n\nFlorida law prescribes the serving of this notice and restricts your right to make payments under your contract in accordance with Section 713.06, Florida Statutes.\n\n")
		b.t("Copy to: ")
		b.name(o2.full())
		b.t(", ")
		b.addr(g.enOne(g.usAddr()))
		b.t("\n\n", claimant, "\nBy: ")
		b.name(contact.fullMid())
		b.t(", ", g.pick("Credit Manager", "Agent", "Office Manager"), "\nServed by certified mail ", g.enDate(), "\n")
	}
}

var enCounties = []string{"Kittitas", "Okanogan", "Stevens", "Clearwater", "Boundary", "Sullivan", "Potter", "Crawford", "Bayfield", "Marquette", "Alcona", "Door", "Lake", "Buffalo", "Grant"}

func enDeerHarvest(g *gen, b *builder) {
	st := [][2]string{{"Cle Elum", "WA"}, {"Deer Park", "WA"}, {"Orofino", "ID"}, {"Coudersport", "PA"}, {"Grayling", "MI"}, {"Hayward", "WI"}, {"Black River Falls", "WI"}, {"Bangor", "ME"}, {"Sturgis", "SD"}, {"Bellmont", "TN"}, {"Lufkin", "TX"}}[g.n(11)]
	station := st[0]
	c := g.usCityIn(st[1])
	n := g.between(7, 10)
	switch g.n(3) {
	case 0:
		for range n {
			h := g.enPerson()
			b.t(fmt.Sprintf("%d-11-%02dT%02d:%02d:%02d ", g.between(2023, 2025), g.between(1, 30), g.between(6, 19), g.n(60), g.n(60)))
			b.t("station=", strings.ReplaceAll(station, " ", "_"), " hunter=\"")
			if g.p(0.3) {
				b.name(strings.ToLower(h.full()))
			} else {
				b.name(h.full())
			}
			b.t("\" cid=", g.upper(2), "-", g.digits(5), " tag=", g.digits(7), " county=", g.of(enCounties), " species=", g.pick("WTD", "MD", "ELK", "WTD"), " sex=", g.pick("M", "F", "M"), " pts=", g.itoa(0, 12))
			if g.p(0.45) {
				b.t(" addr=\"")
				b.addr(g.enOne(g.usAddrIn(c)))
				b.t("\"")
			}
			if g.p(0.5) {
				b.t(" party=\"")
				b.name(g.enRelative(h, false).first)
				b.t("\"")
			}
			b.t(" cwd_sample=", g.pick("Y", "N", "N"), "\n")
		}
	case 1:
		b.t("Date\tHunter\tCustomer ID\tStreet\tCity\tST\tZIP\tCounty killed\tSpecies\tSex\tPoints\tChecked by\n")
		clerk := g.enPerson()
		for range n {
			h := g.enPerson()
			a := g.usAddrIn(c)
			b.t(g.enDate(), "\t")
			b.name(h.lastFirst())
			b.t("\t", g.digits(9), "\t")
			if g.p(0.7) {
				b.addr(a.street())
			} else {
				b.t(g.pick("(on file)", "same", "", "see license"))
			}
			b.t("\t", a.city, "\t", a.st, "\t", a.zip, "\t", g.of(enCounties), "\t", g.pick("Whitetail", "Mule deer", "Whitetail"), "\t", g.pick("Buck", "Doe", "Buck"), "\t", g.itoa(0, 12), "\t")
			b.name(firstRune(clerk.first) + ". " + clerk.last)
			b.t("\n")
		}
	default:
		b.t(g.pick("BIG GAME HARVEST REPORT — check station copy", "Mandatory Deer Check-In (paper form, transcribed)"), "\nStation: ", station, "    Season: ", g.pick("Rifle", "Muzzleloader", "Archery"), "\n\n")
		for i := range n / 2 {
			h := g.enPerson()
			b.t(fmt.Sprintf("#%d  ", i+1), "Hunter name: ")
			b.name(h.fullMid())
			b.t("   DOB: ", fmt.Sprintf("%02d/%02d/%d", g.between(1, 12), g.between(1, 28), g.between(1950, 2010)), "\n    Mailing address: ")
			b.addr(g.enOne(g.usAddrIn(c)))
			b.t("\n    Youth hunter? ")
			if g.p(0.3) {
				b.t("Y — mentor: ")
				b.name(g.enRelative(h, false).full())
			} else {
				b.t("N")
			}
			b.t("\n    Harvest: ", g.of(enCounties), " Co., GMU ", g.itoa(100, 699), ", ", g.pick("antlered", "antlerless"), ", ", g.itoa(90, 260), " lb field dressed\n")
			b.t("    Landowner permission (private land): ")
			if g.p(0.5) {
				b.name(g.enPerson().full())
				b.t(" farm")
			} else {
				b.t("n/a — public land")
			}
			b.t("\n\n")
		}
	}
}

func enRentalMessages(g *gen, b *builder) {
	guest := g.enPerson()
	host1 := g.enPerson()
	host2 := g.enRelative(host1, !host1.fem)
	partner := g.enPerson()
	cleaner := g.enPersonSex(true)
	house := g.usHome(g.usCity())
	code := g.upper(2) + g.digits(1) + g.upper(3)
	b.t("Conversation with ")
	b.name(guest.first)
	b.t(" (Guest) — Reservation ", code, ", ", g.pick("Jun", "Jul", "Aug", "Oct", "Mar"), " ", g.itoa(1, 20), "–", g.itoa(21, 28), "\n\n")
	msgs := []func(){
		func() {
			b.name(guest.first)
			b.t(g.typo(", 3:14 PM: hi! we're " + g.itoa(2, 6) + " adults, me, my " + g.pick("husband", "wife", "partner", "brother") + " "))
			b.name(partner.first)
			b.t(" and ", g.pick("his parents", "her sister", "two friends"), ". is early check-in possible?")
		},
		func() {
			b.t("Hosted by ")
			b.name(host1.first)
			b.t(" & ")
			b.name(host2.first)
			b.t(", 4:02 PM: Hi ")
			b.name(strings.ToLower(guest.first))
			b.t("! Early check-in depends on our cleaner ")
			b.name(cleaner.first)
			b.t(", we'll know by Thursday.")
		},
		func() {
			b.t("Host (")
			b.name(host2.first)
			b.t("), 9:30 AM: Check-in instructions: the house is at ")
			if g.p(0.5) {
				b.addr(house.one())
			} else {
				b.addr(g.enOne(house))
			}
			b.t(". Lockbox code is ", g.digits(4), ". Parking on the left side of the driveway only please.")
		},
		func() {
			b.name(guest.first)
			b.t(", 11:48 AM: my GPS takes us to ")
			b.addr(g.usStreet())
			b.t(g.typo(" is that right?? there's a blue house"))
		},
		func() {
			b.t("Host (")
			b.name(host1.first)
			b.t("), 11:52 AM: No, that's our neighbor ")
			nb := g.enPerson()
			if g.p(0.5) {
				b.name(nb.first)
			} else {
				b.t(nb.title(), " ")
				b.name(nb.last)
			}
			b.t("'s. We're the one with the porch swing, two doors down.")
		},
		func() {
			b.name(guest.first)
			b.t(", 6:20 PM: also my ", g.pick("cousin", "sister", "friend"), " ")
			b.name(g.enPerson().full())
			b.t(g.typo(" might drive up Saturday, is that ok? just for dinner"))
		},
		func() {
			b.t("Host (")
			b.name(host2.first)
			b.t("), 6:45 PM: Sure! Just let ")
			b.name(cleaner.first)
			b.t(" know if you need extra towels. ")
			b.name(host1.first)
			b.t(" is out of town till Sunday so text me with anything.")
		},
		func() {
			b.t("Airbnb, 12:00 PM: ")
			b.name(guest.full())
			b.t(" checked in. Reservation confirmed for ", g.itoa(2, 6), " guests.")
		},
		func() {
			b.name(guest.first)
			b.t(", 8:15 PM: thank you so much ")
			b.name(host2.first)
			b.t(", the place is lovely. ")
			b.name(partner.first)
			b.t(" says the grill is great lol")
		},
		func() {
			b.t("Host (")
			b.name(host1.first)
			b.t("), 10:05 AM: Please leave the keys with ")
			b.name(cleaner.full())
			b.t(" if she's there, otherwise in the lockbox. Safe travels!")
		},
		func() {
			b.name(guest.first)
			b.t(", 10:40 AM: we left a jacket, can you mail it to ")
			b.addr(g.enOne(g.usAddr()))
			b.t(g.typo("? happy to pay shipping, sorry for the trouble"))
		},
	}
	order := g.r.Perm(len(msgs))
	k := g.between(6, len(msgs))
	sel := order[:k]
	// keep the thread's natural order
	for i := range msgs {
		for _, j := range sel {
			if j == i {
				msgs[i]()
				b.t("\n")
			}
		}
	}
}

var enProducts = []string{"heirloom tomatoes", "raw honey", "goat cheese", "sourdough", "tamales", "microgreens", "pasture eggs", "kimchi", "lavender soap", "bison jerky", "tortillas", "pickles", "cut flowers", "maple syrup", "Hmong egg rolls"}

func enVendorApps(g *gen, b *builder) {
	c := g.usCity()
	market := g.pick("Saturday ", "Downtown ", "Eastside ", "Riverfront ", "Old Town ") + "Farmers Market"
	n := g.between(4, 5)
	csvMode := g.p(0.35)
	if csvMode {
		b.t("submitted,business_name,contact_name,mailing_address,phone,products,booth_helpers,ebt\n")
	} else {
		b.t(market, " — ", g.itoa(2024, 2025), " vendor applications (export)\n\n")
	}
	for i := range n {
		p := g.enPerson()
		sur := p.last
		var biz string
		switch g.n(5) {
		case 0:
			biz = sur + " Family Farm"
		case 1:
			biz = g.pick("Hope's", "Faith's", "Grant's", "Joy's") + " " + g.pick("Heirloom Tomatoes", "Kitchen", "Bakery", "Garden")
		case 2:
			biz = g.pick("Mesa", "Three Sisters", "Blue Heron", "Prairie Wind", "Little Creek") + " " + g.pick("Farm", "Apiary", "Creamery", "Bakehouse")
		case 3:
			biz = "Abuela " + g.pick("Chela's", "Rosa's", "Tina's") + " Tamales"
		default:
			biz = sur + " & Sons Orchard"
		}
		a := g.usAddrIn(c)
		helpers := []enPerson{g.enRelative(p, g.p(0.5))}
		if g.p(0.5) {
			helpers = append(helpers, g.enPerson())
		}
		if csvMode {
			b.t(g.enDate(), ",")
			b.cell(0, biz, ",")
			b.t(",")
			b.cell('n', p.full(), ",")
			b.t(",")
			b.cell('a', a.one(), ",")
			b.t(",", g.enPhone(), ",")
			b.cell(0, strings.Join(g.some(enProducts, 2), "; "), ",")
			b.t(",\"")
			for j, h := range helpers {
				if j > 0 {
					b.t("; ")
				}
				b.name(h.full())
			}
			b.t("\",", g.pick("yes", "no"), "\n")
			continue
		}
		b.t(fmt.Sprintf("Application #%d — ", 40+i*g.between(1, 9)), biz, "\n")
		b.t("Primary contact: ")
		b.name(g.enForm(p))
		b.t("   Phone: ", g.enPhone(), "   Email: ")
		if g.p(0.4) {
			b.name(p.full())
			b.t(" <", g.enMail(p), ">\n")
		} else {
			b.t(g.enMail(p), "\n")
		}
		if g.p(0.5) {
			b.t("Mailing address: ")
			b.addr(g.enOne(a))
			b.t("\n")
		} else {
			b.t("Mailing address:\n  ")
			b.addr(strings.ReplaceAll(a.block(), "\n", "\n  "))
			b.t("\n")
		}
		if g.p(0.25) {
			b.t("Farm location (for site visit): ")
			b.addr(g.enOne(g.usAddrIn(c)))
			b.t("\n")
		}
		b.t("Products: ", strings.Join(g.some(enProducts, g.between(1, 3)), ", "), "\nBooth helpers: ")
		for j, h := range helpers {
			if j > 0 {
				b.t(", ")
			}
			if g.p(0.3) {
				b.name(h.first)
			} else {
				b.name(h.full())
			}
		}
		b.t("\nNotes: ")
		if g.p(0.2) {
			b.t("referred by ")
			b.name(g.enPerson().full())
		} else {
			b.t(g.pick("returning vendor", "needs corner booth (generator)", "cottage food license pending", "SNAP/EBT pilot", "shares tent with Mesa Farm"))
		}
		b.t("\n\n")
	}
	if !csvMode {
		b.t("Reviewed by market manager ")
		b.name(g.enPerson().full())
		b.t("\n")
	}
}

func enCensusNotes(g *gen, b *builder) {
	c := g.usCity()
	a := g.usHome(c)
	enum := g.enPerson()
	head := g.enPerson()
	b.t("Case ID ", g.digits(4), "-", g.digits(4), "-", g.pad(1, 99, 2), " | Block ", g.digits(4), " | Tract ", g.pad(1, 9999, 4), ".", g.pad(0, 99, 2), " | Enumerator: ")
	b.name(enum.first + " " + firstRune(enum.last))
	b.t("\nAddress on list: ")
	b.addr(g.enOne(a))
	b.t("\n\n")
	b.t("Attempt 1 — ", g.enDate(), " 14:20 — no answer, NOV left on door\n")
	b.t("Attempt 2 — ", g.enDate(), " 18:05 — proxy: neighbor in ", g.pick("2F", "next door", "unit below", "the house across"), ", ")
	nb := g.enPerson()
	switch g.n(3) {
	case 0:
		b.t("\"", g.pick("Mrs.", "Mr.", "Ms."), " ")
		b.name(nb.last)
		b.t("\"")
	case 1:
		b.name(nb.full())
	default:
		b.t("gave first name only (")
		b.name(nb.first)
		b.t(")")
	}
	b.t(", says family ", g.pick("is home after 7", "moved out in March", "works nights", "speaks Spanish mostly"), "\n")
	if g.p(0.6) {
		b.t("Attempt 2b — ", g.enDate(), " 11:30 — landlord ")
		b.name(g.enPerson().full())
		b.t(" confirms unit occupied, tenant name on lease: ")
		b.name(head.lastFirst())
		b.t("\n")
	}
	b.t("Attempt 3 — ", g.enDate(), " 19:10 — interview completed with ")
	b.name(head.full())
	b.t("\n\nHousehold roster (as reported):\n")
	members := []enPerson{head}
	for range g.between(3, 6) {
		if g.p(0.75) {
			members = append(members, g.enRelative(head, g.p(0.5)))
		} else {
			members = append(members, g.enPerson())
		}
	}
	for i, m := range members {
		b.t(fmt.Sprintf("  Person %d: ", i+1))
		b.name(m.caps())
		rel, age := "householder", g.between(24, 84)
		if i > 0 {
			switch g.n(7) {
			case 0, 1:
				rel, age = map[bool]string{true: "daughter", false: "son"}[m.fem], g.between(1, 30)
			case 2:
				rel, age = map[bool]string{true: "mother", false: "father"}[m.fem], g.between(55, 92)
			case 3:
				rel, age = map[bool]string{true: "granddaughter", false: "grandson"}[m.fem], g.between(1, 17)
			case 4:
				rel, age = map[bool]string{true: "niece", false: "nephew"}[m.fem], g.between(3, 35)
			case 5:
				rel, age = "roommate", g.between(19, 60)
			default:
				rel, age = g.pick("spouse", "unmarried partner"), g.between(22, 80)
			}
		}
		b.t(fmt.Sprintf(" — %d — %s\n", age, rel))
	}
	if g.p(0.5) {
		b.t("Household contact for follow-up: ")
		b.name(members[g.n(len(members))].first)
		b.t(" (", g.pick("speaks English", "cell on file", "works days"), ")\n")
	}
	if g.p(0.5) {
		b.t("\nNote: respondent says ")
		b.name(members[len(members)-1].first)
		b.t(" also stays at ")
		b.addr(g.enOne(g.usAddrIn(c)))
		b.t(" part of the week — flagged for duplicate review.\n")
	}
	b.t("Interpreter: ")
	if g.p(0.5) {
		b.t(g.pick("Spanish", "Vietnamese", "Arabic", "Hmong", "Navajo"), " — ")
		b.name(g.enPerson().full())
	} else {
		b.t("none")
	}
	b.t("\n")
	if g.p(0.4) {
		b.t("CFS review: OK — ")
		b.name(g.enPerson().full())
		b.t("\n")
	}
}

// ---- hard negatives

var enBills = []string{"Megan's Law registry update", "Jessica Lunsford Act amendments", "Kari's Law — direct 911 dialing", "Alyssa's Law — silent panic alarms", "Erin's Law — abuse prevention curriculum", "Caylee's Law reporting deadline", "Marsy's Law victim notice", "Daniel's Law privacy protections", "Baker Act involuntary examination", "Marchman Act reform", "Amber Alert expansion", "Silver Alert and Ashanti Alert coordination", "Lilly Ledbetter pay-equity conformity", "Ryan White program match", "Brady background check fee", "Jacob Wetterling Act compliance", "Good Samaritan overdose immunity", "Hope Scholarship eligibility", "Grant program for rural EMS", "Summer EBT state match"}
var enBillWords = []string{"The bill will take effect July 1 if signed.", "Mark-up hearing scheduled; Bill referred to Appropriations.", "Faith-based providers may apply.", "A May 14 work session is planned.", "Will County and Grant County opted in to the pilot.", "Amended to strike the Chase Bank escrow language.", "Hunter education fee unchanged.", "Fiscal note: Jefferson County and Washington County costs.", "Referred to Rules; hearing at the Rose Room, State Capitol.", "Companion measure in the Senate; Lincoln Parish delegation opposed."}

func enBillTracker(g *gen, b *builder) {
	st := g.pick("IL", "TX", "OH", "FL", "GA", "WA", "NM", "WI")
	b.t(g.pick("Legislative Tracker", "Bill Watch", "Session Update"), " — ", usStates[st], " ", g.itoa(2024, 2025), " session — week ", g.itoa(1, 18), "\n\n")
	b.t("| Bill | Short title | Status | Notes |\n|---|---|---|---|\n")
	for _, bl := range g.some(enBills, g.between(6, 9)) {
		b.t("| ", g.pick("HB ", "SB ", "HB ", "SB "), g.itoa(10, 3999), " | ", bl, " | ", g.pick("In committee", "Passed House", "Passed Senate", "Signed", "Vetoed", "Filed"), " | ", g.of(enBillWords), " |\n")
	}
	b.t("\nSponsors this week: ")
	k := g.between(1, 3)
	for i := range k {
		if i > 0 {
			b.t("; ")
		}
		p := g.enPerson()
		b.t(g.pick("Rep. ", "Sen. ", "Rep. "))
		b.name(p.full())
		b.t(" (", g.pick("D", "R"), "-", g.itoa(1, 60), ")")
	}
	b.t(".\n", strings.Join(g.some(enBillWords, 2), " "), "\n")
	if g.p(0.15) {
		b.t("Testimony may be mailed to the committee clerk, ")
		b.addr(g.enOne(g.usAddr()))
		b.t(".\n")
	}
}

var enClinics = []string{"Mayo Clinic", "Johns Hopkins", "Cedars-Sinai", "Mount Sinai", "St. Jude", "Ronald McDonald House", "Shriners Children's", "Kaiser Permanente", "Dana-Farber", "MD Anderson", "Sloan Kettering", "Cleveland Clinic", "Scripps", "Baylor Scott & White", "Vanderbilt", "Brigham and Women's", "Lurie Children's", "Nemours", "Hope Lodge", "Faith Regional", "Grant Medical Center", "Mercy", "Good Samaritan", "Joslin Diabetes Center", "Hazelden Betty Ford", "Will Rogers Institute"}
var enConditions = []string{"Alzheimer's disease", "Parkinson's disease", "Crohn's disease", "Hodgkin lymphoma", "Huntington's disease", "Lou Gehrig's disease (ALS)", "Graves' disease", "Hashimoto's thyroiditis", "Addison's disease", "Cushing's syndrome", "Asperger's", "Tourette syndrome", "Down syndrome", "Bell's palsy", "Guillain-Barré syndrome", "Kawasaki disease", "Lyme disease", "Tay-Sachs", "Ewing sarcoma", "Wilms tumor", "Raynaud's", "Sjögren's syndrome", "Meniere's disease", "Paget's disease of bone", "Marfan syndrome", "Ehlers-Danlos syndrome"}
var enClinicWords = []string{"Mark your calendar: support group meets the first Tuesday.", "Bill pay and financial counseling on site.", "Grant-funded transportation available.", "Faith community nurses visit weekly.", "Hope Lodge offers free lodging during treatment.", "May is Lyme Disease Awareness Month.", "Will and estate planning clinic with Legal Aid.", "Referrals accepted from Mercy and Good Samaritan.", "Joy of Movement class, Wednesdays."}

func enClinicDirectory(g *gen, b *builder) {
	b.t(g.pick("Specialty Clinic Directory", "Patient Navigator Guide — Specialty Referrals", "Where to Go: Specialty Programs"), " (", g.pick("Spring", "Fall", "Summer"), " ", g.itoa(2024, 2025), ")\n\n")
	for _, cond := range g.some(enConditions, g.between(6, 9)) {
		cl := g.some(enClinics, 2)
		b.t("• ", cond, " — ", g.pick("program at ", "specialty clinic at ", "referral to ", ""), cl[0], "; also ", cl[1], ". ", g.of(enClinicWords), "\n")
	}
	b.t("\n", strings.Join(g.some(enClinicWords, 2), " "), "\n")
	nav := g.enPerson()
	b.t("Questions? Nurse navigator ")
	b.name(nav.full())
	b.t(g.pick(", RN", ", BSN", ""), " — ", g.enPhone(), "\n")
	if g.p(0.35) {
		b.t("Intake coordinator: ")
		b.name(g.enPerson().full())
		b.t("\n")
	}
	if g.p(0.2) {
		b.t("Main campus: ")
		b.addr(g.enOne(g.usAddr()))
		b.t("\n")
	}
}

// ---- data

// US people: origin groups as found in the US today.

type enOrigin struct {
	w              int
	fem, masc, sur []string
}

var enOrigins = []enOrigin{
	{w: 46,
		fem:  []string{"Jennifer", "Jessica", "Ashley", "Brittany", "Emily", "Madison", "Olivia", "Emma", "Ava", "Sophia", "Isabella", "Abigail", "Harper", "Evelyn", "Chloe", "Grace", "Hannah", "Samantha", "Lauren", "Megan", "Rachel", "Nicole", "Stephanie", "Heather", "Amanda", "Melissa", "Kimberly", "Patricia", "Linda", "Barbara", "Susan", "Dorothy", "Margaret", "Deborah", "Sharon", "Carol", "Bethany", "Connie", "Kaylee", "Brooke", "Shelby", "Colleen", "Siobhan", "Kristin", "Hope", "Faith", "May", "Joy", "Bev", "Darlene", "Tammy", "Rhonda"},
		masc: []string{"James", "John", "Robert", "Michael", "William", "David", "Richard", "Joseph", "Thomas", "Charles", "Christopher", "Daniel", "Matthew", "Anthony", "Donald", "Steven", "Andrew", "Joshua", "Kenneth", "Kevin", "Brian", "Timothy", "Ronald", "Jason", "Jeffrey", "Ryan", "Jacob", "Gary", "Nicholas", "Eric", "Jonathan", "Tyler", "Brandon", "Austin", "Dylan", "Ethan", "Liam", "Noah", "Mason", "Logan", "Dale", "Harold", "Bryce", "Cody", "Travis", "Wyatt", "Will", "Mark", "Bill", "Grant", "Chase", "Hunter", "Randy", "Clayton"},
		sur:  []string{"Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Martin", "Thompson", "White", "Clark", "Lewis", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Hill", "Green", "Adams", "Nelson", "Baker", "Hall", "Campbell", "Mitchell", "Carter", "Roberts", "O'Brien", "O'Neill", "McCarthy", "MacDonald", "Kowalczyk", "Novak", "Schultz", "Rossi", "Esposito", "D'Amico", "DeLuca", "Lindqvist", "Halvorsen", "Tolliver", "Pruett", "Whitfield", "Kowalski", "Brennan", "Gallagher", "Fitzgerald", "Sorensen", "Van Dyke", "St. Clair", "Dubois", "Hebert", "Thibodeaux", "Yoder", "Stoltzfus", "Ellison", "Hargrove", "Lindgren", "Kaczmarek", "Papadakis", "Bergstrom"},
	},
	{w: 14,
		fem:  []string{"Aaliyah", "Imani", "Ebony", "Jasmine", "Kiara", "Nia", "Destiny", "Tiana", "Latoya", "Keisha", "Shanice", "Monique", "Ayana", "Tamika", "Deja", "Brianna", "Janae", "Octavia", "Shayla", "Tanisha"},
		masc: []string{"DeShawn", "Darnell", "Jamal", "Tyrone", "Marquis", "Terrell", "Andre", "Malik", "Jalen", "DaQuan", "Lamar", "Cedric", "Reginald", "Kwame", "Desmond", "Trevon", "Isaiah", "Xavier", "Demetrius", "Alonzo"},
		sur:  []string{"Washington", "Jefferson", "Jackson", "Johnson", "Williams", "Brown", "Robinson", "Harris", "Booker", "Banks", "Coleman", "Freeman", "Mosley", "Pruitt", "Okafor", "Adeyemi", "Mensah", "Diallo", "Toussaint", "Baptiste", "Holloway", "Gaines", "Battle", "Wiggins", "McNeil", "Okonkwo", "Boateng", "Dorsey"},
	},
	{w: 19,
		fem:  []string{"María", "Maria", "Guadalupe", "Rosa", "Alejandra", "Ximena", "Yesenia", "Marisol", "Daniela", "Valeria", "Camila", "Lucía", "Araceli", "Esmeralda", "Itzel", "Dulce", "Beatriz", "Consuelo", "Ana Sofía", "Maricela"},
		masc: []string{"José", "Jose", "Juan", "Luis", "Carlos", "Jesús", "Miguel", "Alejandro", "Francisco", "Javier", "Diego", "Mateo", "Santiago", "Rigoberto", "Eduardo", "Héctor", "Joaquín", "Ramón", "Juan Carlos", "Jose Luis"},
		sur:  []string{"Garcia", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Perez", "Sanchez", "Ramirez", "Torres", "Flores", "Rivera", "Gomez", "Diaz", "Reyes", "Morales", "Ortiz", "Gutiérrez", "Chávez", "Iñiguez", "Castañeda", "Villanueva", "Ortega-Reyes", "Del Valle", "De la Cruz", "Duarte", "Alvarez", "Ortega", "Delgado", "Medina-Soto"},
	},
	{w: 12,
		fem:  []string{"Mei", "Hye-jin", "Priya", "Ananya", "Thuy", "Ngoc", "Jing", "Yuki", "Sunita", "Divya", "Min-seo", "Lakshmi", "Mai", "Haruka", "Xiu", "Pa Nhia"},
		masc: []string{"Wei", "Jun", "Hiroshi", "Kenji", "Minh", "Duc", "Raj", "Arjun", "Vikram", "Sanjay", "Min-jun", "Ji-hoon", "Tuan", "Vivek", "Bao", "Tou"},
		sur:  []string{"Kim", "Park", "Lee", "Choi", "Patel", "Shah", "Singh", "Chen", "Wang", "Liu", "Tran", "Pham", "Nguyen", "Yamamoto", "Tanaka", "Nakamura", "Raghunathan", "Iyer", "Reddy", "Huang", "Zhou", "Vang", "Xiong", "Le", "Bui"},
	},
	{w: 5,
		fem:  []string{"Fatima", "Layla", "Noor", "Mariam", "Huda", "Rania", "Amal", "Yasmin"},
		masc: []string{"Ahmed", "Mohammed", "Omar", "Yusuf", "Khalid", "Tariq", "Hassan", "Samir"},
		sur:  []string{"Haddad", "Khoury", "Nasser", "Al-Sayed", "Abdallah", "Saleh", "Mansour", "Hamdan", "Bazzi", "Jaber", "Elkhatib", "Al-Amin"},
	},
	{w: 3,
		fem:  []string{"Winona", "Aiyana", "Tallulah", "Shandiin", "Nizhoni", "Kimimela"},
		masc: []string{"Chayton", "Ahiga", "Dakota", "Kele", "Hastiin", "Sani"},
		sur:  []string{"Begay", "Yazzie", "Tsosie", "Benally", "Harjo", "Lonetree", "Two Bulls", "Whitehorse", "Many Goats", "Chee", "Attakai", "Redcloud"},
	},
}

var enDoubleGiven = []string{"Mary Beth", "Anna Grace", "Sarah Jane", "Betty Lou", "Mary Kate", "Ella Mae", "Jo Ellen", "Billy Ray", "John Paul", "Bobby Joe", "Mary-Kate", "Anne-Marie", "Jean-Luc", "Lee Ann", "Ruby Jean"}

type usCity struct{ city, st, zip3 string }

var usCities = []usCity{
	{"Chicago", "IL", "606"}, {"Houston", "TX", "770"}, {"Phoenix", "AZ", "850"}, {"Philadelphia", "PA", "191"}, {"San Antonio", "TX", "782"}, {"San Diego", "CA", "921"},
	{"Dallas", "TX", "752"}, {"Jacksonville", "FL", "322"}, {"Columbus", "OH", "432"}, {"Charlotte", "NC", "282"}, {"Indianapolis", "IN", "462"}, {"Seattle", "WA", "981"},
	{"Denver", "CO", "802"}, {"Nashville", "TN", "372"}, {"Oklahoma City", "OK", "731"}, {"El Paso", "TX", "799"}, {"Boston", "MA", "021"}, {"Portland", "OR", "972"},
	{"Las Vegas", "NV", "891"}, {"Detroit", "MI", "482"}, {"Memphis", "TN", "381"}, {"Louisville", "KY", "402"}, {"Baltimore", "MD", "212"}, {"Milwaukee", "WI", "532"},
	{"Albuquerque", "NM", "871"}, {"Tucson", "AZ", "857"}, {"Fresno", "CA", "937"}, {"Sacramento", "CA", "958"}, {"Atlanta", "GA", "303"}, {"Omaha", "NE", "681"},
	{"Raleigh", "NC", "276"}, {"Miami", "FL", "331"}, {"Tulsa", "OK", "741"}, {"Wichita", "KS", "672"}, {"New Orleans", "LA", "701"}, {"Cleveland", "OH", "441"},
	{"Bakersfield", "CA", "933"}, {"Tampa", "FL", "336"}, {"Honolulu", "HI", "968"}, {"Anchorage", "AK", "995"}, {"St. Louis", "MO", "631"}, {"Pittsburgh", "PA", "152"},
	{"Cincinnati", "OH", "452"}, {"Toledo", "OH", "436"}, {"Newark", "NJ", "071"}, {"Buffalo", "NY", "142"}, {"Lincoln", "NE", "685"}, {"Durham", "NC", "277"},
	{"Laredo", "TX", "780"}, {"Boise", "ID", "837"}, {"Spokane", "WA", "992"}, {"Des Moines", "IA", "503"}, {"Birmingham", "AL", "352"}, {"Salt Lake City", "UT", "841"},
	{"Little Rock", "AR", "722"}, {"Jackson", "MS", "392"}, {"Gallup", "NM", "873"}, {"Window Rock", "AZ", "865"}, {"Rapid City", "SD", "577"}, {"Bangor", "ME", "044"},
	{"Burlington", "VT", "054"}, {"Lufkin", "TX", "759"}, {"Hattiesburg", "MS", "394"}, {"Escondido", "CA", "920"}, {"Ellensburg", "WA", "989"}, {"Brooklyn", "NY", "112"},
	{"Bronx", "NY", "104"}, {"Jackson Heights", "NY", "113"}, {"Fort Wayne", "IN", "468"}, {"Dearborn", "MI", "481"}, {"Hamtramck", "MI", "482"}, {"Paterson", "NJ", "075"},
	{"Santa Fe", "NM", "875"}, {"Kenosha", "WI", "531"}, {"Menomonee Falls", "WI", "530"}, {"Coeur d'Alene", "ID", "838"}, {"Winston-Salem", "NC", "271"},
	{"Cedar Hollow", "KY", "417"}, {"Port Wenham", "ME", "046"}, {"Millbrook Falls", "NY", "125"}, {"New Salem Crossing", "OH", "437"}, {"Harlow Springs", "AR", "726"},
	{"Dry Creek", "WY", "826"}, {"Bellmont", "TN", "384"}, {"Oak Ridge Station", "GA", "305"}, {"Pineview", "SC", "295"}, {"Saint Marys Landing", "MD", "206"},
}

var usStates = map[string]string{"IL": "Illinois", "TX": "Texas", "AZ": "Arizona", "PA": "Pennsylvania", "CA": "California", "FL": "Florida", "OH": "Ohio", "NC": "North Carolina", "IN": "Indiana", "WA": "Washington", "CO": "Colorado", "TN": "Tennessee", "OK": "Oklahoma", "MA": "Massachusetts", "OR": "Oregon", "NV": "Nevada", "MI": "Michigan", "KY": "Kentucky", "MD": "Maryland", "WI": "Wisconsin", "NM": "New Mexico", "GA": "Georgia", "NE": "Nebraska", "KS": "Kansas", "LA": "Louisiana", "HI": "Hawaii", "AK": "Alaska", "MO": "Missouri", "NJ": "New Jersey", "NY": "New York", "ID": "Idaho", "IA": "Iowa", "AL": "Alabama", "UT": "Utah", "AR": "Arkansas", "MS": "Mississippi", "SD": "South Dakota", "ME": "Maine", "VT": "Vermont", "WY": "Wyoming", "SC": "South Carolina"}

var usStreetNames = []string{"Oak", "Maple", "Pine", "Cedar", "Elm", "Walnut", "Sycamore", "Magnolia", "Pecan", "Cottonwood", "Willow", "Juniper", "Mesquite", "Aspen", "Dogwood",
	"Martin Luther King Jr", "Cesar Chavez", "Lincoln", "Jefferson", "Washington", "Franklin", "Madison", "Monroe", "Grant", "Garfield", "Kennedy", "Roosevelt",
	"Lake Shore", "Ridgeview", "Vista Grande", "Bayshore", "Calloway", "Pecan Hollow", "Woodlawn", "Kedvale", "Central", "Park", "Highland", "Sunset", "Meadowbrook",
	"Fox Run", "Quail Ridge", "Old Mill", "Rio Grande", "Mockingbird", "Bluebonnet", "Peachtree", "Ponce de Leon", "Main", "Church", "Market", "Water", "Front",
	"Railroad", "Spring Creek", "Hickory Bend", "Tamarack", "Saguaro", "Kamehameha", "Alamo", "Cherokee", "Shawnee", "Wabash", "Ashbury", "Cypress Point", "Lantana"}

var usOrdinals = []string{"1st", "2nd", "3rd", "4th", "5th", "7th", "9th", "12th", "14th", "21st", "23rd", "33rd", "47th", "63rd", "82nd", "101st", "116th", "135th"}

var usSuffixes = []string{"St", "St", "St", "Ave", "Ave", "Ave", "Rd", "Rd", "Dr", "Dr", "Ln", "Ln", "Ct", "Blvd", "Pl", "Ter", "Way", "Pkwy", "Cir", "Trl", "Loop", "Row", "Aly", "Xing", "Holw", "Cv", "Pike", "Spur", "Run", "Pass", "Bnd", "Gln", "Sq", "Walk", "Path",
	"Street", "Avenue", "Road", "Drive", "Lane", "Court", "Boulevard", "Place", "Terrace", "Parkway", "Circle", "Trail", "Crossing", "Hollow", "Cove", "Bend", "Glen"}

var usNoSuffix = []string{"Broadway", "Camino del Sol", "El Camino Real", "Via Verde", "Avenida de las Americas", "County Road 12", "State Route 9", "FM 1960", "US Hwy 64", "Calle Ocho", "Old Post Road No 2"}

var usUnits = []string{"Apt 4B", "Apt. 12", "Apt 3R", "Ste 210", "Suite 300", "Unit 7", "# 12", "#3", "Bldg C", "Fl 3", "Lot 44", "Spc 18", "Rm 5", "Trlr 9", "Apt 2F", "Unit 1104", "Ste B", "Apt 17-C"}
