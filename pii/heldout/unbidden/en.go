package unbidden

import "strings"

var enGiven = []string{
	"Emily", "Michael", "Jennifer", "Tyrone", "Latoya", "José", "Guadalupe", "Xiomara",
	"Thanh", "Minh", "Priya", "Arjun", "Chinedu", "Ngozi", "Fatima", "Omar", "Wojciech",
	"Agnieszka", "Siobhan", "Declan", "Zoë", "Renée", "Mary-Kate", "Jean-Luc", "Eun-ji",
	"Hamid", "Dmitri", "Kateryna", "Keanu", "Beau", "Shirley", "Earl", "Ida", "Bartholomew",
	"Marisol", "Tenzin", "Hyun-woo", "Anh", "Rashida", "Colt", "Delphine", "Yusuf", "Abigail",
	"Winona", "Kwame", "Lorraine", "Ezekiel", "Paz", "Nkechi", "Bao",
}

var enNick = []string{"Bobby", "Liz", "Chuck", "Patty", "Manny", "Lupe", "Deb", "Kenny", "Tish", "Jojo", "Sal", "Vic"}

var enFamily = []string{
	"Okafor", "Ramirez", "Nguyen", "Patel", "O'Brien", "McAllister", "Kowalczyk", "Hernández",
	"Washington", "Lindqvist", "Abernathy", "Tran", "Haddad", "Goldberg", "Yazzie", "Kealoha",
	"Begay", "Rossi", "Schumacher", "Ferreira", "Delacroix", "Van der Berg", "García-Márquez",
	"Nakamura", "Adeyemi", "Kaur", "Singh", "Sullivan", "Byrne", "Przybylski", "Ochoa",
	"Chavez", "Thibodeaux", "Oyelaran", "Pham", "Al-Sayed", "Mendoza-Ruiz", "Whitfield",
	"Stoltzfus", "DeLuca", "Kaczmarek", "Boateng", "Hollis", "Ahmadi", "Kim", "Baptiste",
}

var enStreets = []string{
	"Maple Ridge Dr", "W Fulton St", "Cedar Hollow Rd", "Old Mill Ln", "Kamehameha Hwy",
	"Calle Serena", "N Ashland Ave", "Sycamore Ct", "Persimmon Way", "E 14th St",
	"Quarry Bend Rd", "Bayou Vista Blvd", "Tamarack Cir", "S Harbor Pkwy", "Juniper Terrace",
	"County Road 12", "Riverbend Trl", "Pine Knot Pl",
}

var enCities = [][3]string{
	{"Dayton", "OH", "454"}, {"Tacoma", "WA", "984"}, {"Boise", "ID", "837"}, {"Lowell", "MA", "018"},
	{"Albuquerque", "NM", "871"}, {"Macon", "GA", "312"}, {"Duluth", "MN", "558"}, {"Fresno", "CA", "937"},
	{"Hilo", "HI", "967"}, {"Laredo", "TX", "780"}, {"Bangor", "ME", "044"}, {"Lafayette", "LA", "705"},
	{"Flagstaff", "AZ", "860"}, {"Scranton", "PA", "185"}, {"Paducah", "KY", "420"},
}

// negatives: organisations, products, places named after people, and
// words that are also names.
var enNegOrg = []string{
	"Wells Fargo", "Johnson & Johnson", "Ben & Jerry's", "Dr Pepper", "Johns Hopkins Hospital",
	"Mayo Clinic", "Jack Daniel's", "Thomas Jefferson High School", "Walt Disney World",
	"McDonald's", "Wendy's", "Dell", "Ford", "Hewlett-Packard", "Martin Luther King Jr. Day",
	"the Lincoln Memorial", "Goldman Sachs", "Tiffany & Co.", "Kellogg's", "Sam's Club",
}

var enNegSentence = []string{
	"Bill payment failed twice this month.", "Will follow up after lunch.",
	"Grace period ends on the 30th.", "Frank feedback is welcome.", "Rich text is disabled in this field.",
	"May we reschedule to Friday?", "Hope the parking situation improves.", "Mark the form as received.",
	"Sunny weather expected for the weekend.", "Faith-based groups use the hall on Sundays.",
	"Jack the car up before removing the wheel.", "Chase the vendor for the missing invoice.",
	"Pat the dough flat and rest it for an hour.", "Sterling silver items are excluded.",
}

type enP struct{ g, f, m string }

func (g *gen) enPerson() enP {
	p := enP{g: g.of(enGiven), f: g.of(enFamily)}
	if g.p(0.15) {
		p.g = g.of(enNick)
	}
	if g.p(0.2) {
		p.m = string("ABCDEFGHJKLMNPRSTW"[g.r.IntN(18)]) + "."
	}
	return p
}

func (p enP) full() string {
	if p.m != "" {
		return p.g + " " + p.m + " " + p.f
	}
	return p.g + " " + p.f
}

// shape returns one of many written shapes of the name.
func (g *gen) enShape(p enP) string {
	switch g.r.IntN(7) {
	case 0:
		return p.f + ", " + p.g
	case 1:
		return strings.ToUpper(p.g + " " + p.f)
	case 2:
		return string([]rune(p.g)[:1]) + ". " + p.f
	default:
		return p.full()
	}
}

func (g *gen) enTitle() string {
	return g.pick("Mr.", "Ms.", "Mrs.", "Dr.", "Mx.", "Officer", "Coach", "Judge", "Nurse", "Pastor")
}

func (g *gen) enAddr(multi bool) string {
	c := enCities[g.r.IntN(len(enCities))]
	st := g.digits(g.n(2, 5)) + " " + g.of(enStreets)
	unit := ""
	if g.p(0.35) {
		unit = g.pick("Apt ", "Unit ", "Suite ", "# ") + g.pick(g.digits(1)+"B", g.digits(3), "2F")
	}
	zip := c[2] + g.digits(2)
	if g.p(0.15) {
		zip += "-" + g.digits(4)
	}
	if multi {
		s := st
		if unit != "" {
			s += "\n" + unit
		}
		return s + "\n" + c[0] + ", " + c[1] + " " + zip
	}
	if unit != "" {
		st += " " + unit
	}
	return st + ", " + c[0] + ", " + c[1] + " " + zip
}

func (g *gen) enHandle(p enP) string {
	return strings.ToLower(string([]rune(p.g)[:1])+strings.ReplaceAll(strings.ReplaceAll(p.f, "'", ""), " ", "")) + g.digits(2)
}

var enKinds = []kind{
	{"incident_report", enIncident}, {"minutes", enMinutes}, {"email_thread", enEmailThread},
	{"callcentre", enCallNotes}, {"issue_comment", enIssue}, {"calendar", enCalendar},
	{"match_report", enMatch}, {"announcement", enBirth}, {"reference", enReference},
	{"review", enReview}, {"voicemail", enVoicemail}, {"tracking", enTracking},
	{"registration", enHotel}, {"class_list", enClassList}, {"slack", enSlack}, {"log", enLog},
}

func enIncident(g *gen, d *doc) {
	o, v, w := g.enPerson(), g.enPerson(), g.enPerson()
	d.t("INCIDENT REPORT #", g.digits(7), "\nReporting officer: Ofc. ")
	d.nm(o.f)
	d.t(", badge ", g.digits(4), "\nLocation: ")
	d.am(g.enAddr(false))
	d.t("\n\nNARRATIVE: On arrival I made contact with the complainant, ")
	d.nm(strings.ToUpper(v.f + ", " + v.g))
	d.t(", who stated a person known to her as \"")
	d.nm(w.g)
	d.t("\" had taken a bicycle from the porch. ", g.of(enNegSentence), " The vehicle involved was a silver ", g.pick("Ford Escape", "Lincoln Navigator", "Chevy Malibu"), ". Witness ")
	d.nm(w.full())
	d.t(" was located near the ", g.of(enNegOrg), " parking lot on ", g.pick("Lincoln Ave", "Washington Blvd", "Jefferson St"), ".\n")
}

func enMinutes(g *gen, d *doc) {
	a, b, c := g.enPerson(), g.enPerson(), g.enPerson()
	d.t("Minutes – ", g.pick("PTA", "Neighborhood Watch", "Board of Zoning Appeals", "Parish Council"), " meeting, ", g.pick("Tuesday", "Thursday"), " ", g.pick("April", "May", "June", "August"), " ", g.digits(1), "\nPresent: ")
	d.nm(a.full())
	d.t(" (chair), ")
	d.nm(b.full())
	d.t(", ")
	d.nm(c.g)
	d.t(" from the front office\n1. Approval of minutes – moved by ")
	d.nm(b.f)
	d.t(", seconded.\n2. Variance request for ")
	d.am(g.enAddr(false))
	d.t(" (applicant: ")
	d.t(g.enTitle(), " ")
	d.nm(c.f)
	d.t(") tabled until next month.\n3. ", g.of(enNegSentence), "\nAction: ")
	d.nm(strings.ToLower(a.g))
	d.t(" to email the ", g.of(enNegOrg), " contact.\n")
}

func enEmailThread(g *gen, d *doc) {
	a, b := g.enPerson(), g.enPerson()
	d.t("From: ")
	d.nm(a.full())
	d.t(" <", g.enHandle(a), "@", g.pick("gmail.com", "co.lake.us", "acme-logistics.com"), ">\nTo: ")
	d.nm(b.g + " " + b.f)
	d.t(" <", g.enHandle(b), "@outlook.com>\nSubject: Re: lease renewal\n\nHi ")
	d.nm(b.g)
	d.t(",\n\nThanks – the signed copy should go to ")
	d.am(g.enAddr(false))
	d.t(". ", g.of(enNegSentence), "\n\nBest,\n")
	d.nm(a.g)
	d.t("\n\nOn ", g.pick("Mon", "Wed", "Fri"), ", ", g.pick("March", "June", "October"), " 3, ")
	d.nm(b.full())
	d.t(" wrote:\n> Hi ")
	d.nm(a.g)
	d.t(", where should I mail the lease? My new place is\n> ")
	addr := g.enAddr(true)
	d.am(strings.ReplaceAll(addr, "\n", "\n> "))
	d.t("\n> -- ")
	d.nm(string([]rune(b.g)[:1]))
	d.t("\n")
}

func enCallNotes(g *gen, d *doc) {
	c, ag := g.enPerson(), g.enPerson()
	d.t("[", g.pick("09:14", "11:02", "16:47"), "] agent=", g.enHandle(ag), " caller verified DOB + last4. Cx name ")
	d.nm(strings.ToUpper(c.f + " " + c.g))
	d.t(" (spelled for me). Wants service moved to ")
	d.am(g.enAddr(false))
	d.t(". Says her son ")
	d.nm(g.of(enNick))
	d.t(" will be home for install. ", g.of(enNegSentence), " Escalated to ")
	d.nm(ag.g)
	d.t(" in Tier 2. Offered ", g.pick("Dell", "HP", "Apple"), " router credit.\n")
}

func enIssue(g *gen, d *doc) {
	a, b := g.enPerson(), g.enPerson()
	h := g.enHandle(a)
	d.t("**@", h, "** commented ", g.digits(1), " days ago\n\n")
	d.t("Repro: address normalizer drops the unit. Input was `")
	d.am(g.enAddr(false))
	d.t("` and the label printed without the apartment.\n\n> ")
	d.t(g.of(enNegSentence), "\n\ncc ")
	d.nm(b.full())
	d.t(" — can you check with ")
	d.nm(a.g)
	d.t("'s team? Assigned to @", g.enHandle(b), ". Closing #", g.digits(4), " as dup.\n")
}

func enCalendar(g *gen, d *doc) {
	a, b := g.enPerson(), g.enPerson()
	addr := g.enAddr(false)
	d.t("BEGIN:VEVENT\nSUMMARY:Home visit – intake\nORGANIZER;CN=")
	d.nm(a.full())
	d.t(":mailto:", g.enHandle(a), "@county-hhs.gov\nATTENDEE;CN=")
	d.nm(b.full())
	d.t(":mailto:", g.enHandle(b), "@yahoo.com\nLOCATION:")
	d.am(strings.ReplaceAll(addr, ",", "\\,"))
	d.t("\nDESCRIPTION:Bring form 7B. ", g.of(enNegSentence), "\nDTSTART:2025", g.pick("0412", "0903", "1117"), "T", g.pick("0900", "1330"), "00\nEND:VEVENT\n")
}

func enMatch(g *gen, d *doc) {
	a, b, c := g.enPerson(), g.enPerson(), g.enPerson()
	d.t(g.pick("Lady Hornets", "Cardinals U12", "Riverside JV"), " edge ", g.pick("Bulldogs", "Eagles"), " 3-2\n\n", g.pick("Freshman", "Senior"), " ")
	d.nm(a.full())
	d.t(" scored twice at ", g.pick("Thomas Jefferson High School", "Roberto Clemente Park", "Lou Gehrig Field"), " on Saturday, and goalkeeper ")
	d.nm(b.f)
	d.t(" made six saves. \"We didn't quit,\" said Coach ")
	d.nm(c.f)
	d.t(". ")
	d.nm(strings.ToUpper(a.f))
	d.t(" was named player of the game, sponsored by ", g.of(enNegOrg), ".\n")
}

func enBirth(g *gen, d *doc) {
	m, f, baby := g.enPerson(), g.enPerson(), g.enPerson()
	d.t("BIRTHS\n")
	d.nm(m.g)
	d.t(" and ")
	d.nm(f.g + " " + f.f)
	d.t(" of ", enCities[g.r.IntN(len(enCities))][0], " announce the birth of a ", g.pick("son", "daughter"), ", ")
	d.nm(baby.g + " " + f.f)
	d.t(", born ", g.pick("June", "April", "May"), " ", g.digits(1), " at ", g.pick("Johns Hopkins Hospital", "St. Luke's Regional", "Mayo Clinic"), ". Grandparents are ")
	d.nm(m.f)
	d.t(" family of ", g.pick("Hilo", "Laredo", "Macon"), ". Cards may be sent to ")
	d.am(g.enAddr(false))
	d.t(".\n")
}

func enReference(g *gen, d *doc) {
	w, c := g.enPerson(), g.enPerson()
	d.nm(w.full())
	d.t("\n")
	d.am(g.enAddr(true))
	d.t("\n\nTo whom it may concern:\n\nIt is my pleasure to recommend ")
	d.nm(c.full())
	d.t(", who worked under me at ", g.pick("Hewlett-Packard", "Wells Fargo", "Kellogg's"), " as a ", g.pick("Senior Analyst", "Charge Nurse", "Dispatcher"), ". ")
	d.t(g.pick("Mr.", "Ms."), " ")
	d.nm(c.f)
	d.t(" is reliable. ", g.of(enNegSentence), "\n\nSincerely,\n")
	d.nm(w.g + " " + w.f)
	d.t(", ", g.pick("Director of Operations", "Principal", "Head Nurse"), "\n")
}

func enReview(g *gen, d *doc) {
	a, o := g.enPerson(), g.enPerson()
	d.t("★★☆☆☆ ")
	d.nm(a.g + " " + string([]rune(a.f)[:1]) + ".")
	d.spans[len(d.spans)-1].End-- // the trailing period is punctuation
	d.t(" — Local Guide\nOrdered the ", g.pick("Grace Bowl", "Frank's Special", "Will-It-Blend shake"), " and waited 40 min. Our server ")
	d.nm(g.of(enGiven))
	d.t(" was lovely though.\n\nResponse from the owner: Hi ")
	d.nm(a.g)
	d.t(", I'm sorry. Please ask for me, ")
	d.nm(o.full())
	d.t(", next time — we're at ")
	d.am(g.enAddr(false))
	d.t(".\n")
}

func enVoicemail(g *gen, d *doc) {
	a, b := g.enPerson(), g.enPerson()
	d.t("Voicemail (0:", g.digits(2), ") transcription: \"hi um this is ")
	d.nm(strings.ToLower(a.g + " " + a.f))
	d.t(" calling for ")
	d.t(g.pick("doctor", "mister", "miss"), " ")
	d.nm(strings.ToLower(b.f))
	d.t(" about the prescription uh my address changed it's ")
	d.am(strings.ToLower(g.enAddr(false)))
	d.t(" uh call me back thanks bye\" — confidence 0.", g.digits(2), "\n")
}

func enTracking(g *gen, d *doc) {
	a := g.enPerson()
	c := enCities[g.r.IntN(len(enCities))]
	d.t("Tracking 1Z", g.digits(9), "\nShip to: ")
	d.nm(strings.ToUpper(a.full()))
	d.t("\n")
	d.am(strings.ToUpper(g.enAddr(true)))
	d.t("\n\n", g.pick("Jun", "Oct"), " 02 07:41  Departed facility  ", strings.ToUpper(c[0]), ", ", c[1], "\n", "Jun 03 13:05  Delivered, left at front door. Signed by: ")
	d.nm(strings.ToUpper(a.f))
	d.t("\n")
}

func enHotel(g *gen, d *doc) {
	a, b := g.enPerson(), g.enPerson()
	d.t("GUEST REGISTRATION CARD\nLast name: ")
	d.nm(a.f)
	d.t("\nFirst name: ")
	d.nm(a.g)
	d.t("\nHome address: ")
	d.am(g.enAddr(false))
	d.t("\nCompany: ", g.of(enNegOrg), "\nAccompanying guest: ")
	d.nm(b.full())
	d.t("\nVehicle: ", g.pick("Ford", "Lincoln", "Mercedes-Benz"), " / plate ", g.digits(3), "-", strings.ToUpper(g.pick("kxb", "tmr")), "\nClerk: ", g.pick("night desk", "front desk"), " (")
	d.nm(g.of(enNick))
	d.t(")\n")
}

func enClassList(g *gen, d *doc) {
	d.t("student_id\tlast\tfirst\tguardian\thome_address\n")
	for range g.n(2, 4) {
		s, p := g.enPerson(), g.enPerson()
		d.t(g.digits(6), "\t")
		d.nm(s.f)
		d.t("\t")
		d.nm(s.g)
		d.t("\t")
		d.nm(p.g + " " + s.f)
		d.t("\t")
		d.am(g.enAddr(false))
		d.t("\n")
	}
	d.t("# teacher: ", g.pick("Mrs.", "Mr."), " ")
	d.nm(g.of(enFamily))
	d.t(", room ", g.digits(3), ", ", g.pick("Thomas Jefferson High School", "Cesar Chavez Elementary", "Sally Ride Middle School"), "\n")
}

func enSlack(g *gen, d *doc) {
	a, b, c := g.enPerson(), g.enPerson(), g.enPerson()
	d.t("[10:0", g.digits(1), "] ")
	d.nm(a.g + " " + a.f)
	d.t(": anyone know where ")
	d.nm(strings.ToLower(c.g))
	d.t(" put the keys\n[10:1", g.digits(1), "] ")
	d.nm(b.g)
	d.t(": prob at the ", g.pick("Wendy's", "Sam's Club", "Dr Pepper plant"), " site lol\n[10:2", g.digits(1), "] ")
	d.nm(a.g + " " + a.f)
	d.t(": ok ship the spare to ")
	d.am(g.enAddr(false))
	d.t(" pls, ", strings.ToLower(g.of(enNegSentence)), "\n[10:3", g.digits(1), "] @", g.enHandle(c), " joined the channel\n")
}

func enLog(g *gen, d *doc) {
	for range g.n(2, 4) {
		a := g.enPerson()
		d.t("2025-0", g.digits(1), "-1", g.digits(1), "T08:", g.pick("05", "17", "32", "48"), ":11Z level=info svc=shipping user=", g.enHandle(a), " recipient=\"")
		d.nm(g.enShape(a))
		d.t("\" addr=\"")
		d.am(g.enAddr(false))
		d.t("\" carrier=", g.pick("UPS", "FedEx", "USPS"), " status=", g.pick("LABEL_CREATED", "IN_TRANSIT"), "\n")
	}
	d.t("2025-06-01T08:59:00Z level=warn svc=billing msg=\"", g.of(enNegSentence), "\"\n")
}
