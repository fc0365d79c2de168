package unheard

import "strings"

var enKinds = []kind{
	{"court-calendar", enCourtCalendar},
	{"jury-summons", enJurySummons},
	{"permission-slip", enPermissionSlip},
	{"discharge-summary", enDischarge},
	{"dental-sms", enDentalSMS},
	{"hoa-minutes", enHOAMinutes},
	{"rsvp-list", enRSVP},
	{"obituary", enObituary},
	{"podcast-notes", enPodcast},
	{"srt-subtitles", enSRT},
	{"vcard", enVCard},
	{"ics-invite", enICS},
	{"sql-dump", enSQL},
	{"class-notes", enClassNotes},
	{"latex-letter", enLaTeX},
}

var enNegKinds = []kind{
	{"gift-guide", enGiftGuide},
	{"transit-alert", enTransitAlert},
	{"scholarship-list", enScholarships},
}

func enCourtCalendar(g *gen, b *builder) {
	judge := g.enPerson()
	b.text(g.pick("SUPERIOR COURT OF CALIFORNIA, COUNTY OF FRESNO", "SUPERIOR COURT OF ARIZONA, COUNTY OF PIMA",
		"SUPERIOR COURT OF NEW JERSEY, ESSEX COUNTY", "SUPERIOR COURT OF WASHINGTON, COUNTY OF KING"), "\n")
	b.textf("HEARING CALENDAR - Dept. %s - %s\nJudicial Officer: Hon. ", g.num(2, 98), g.date("us"))
	b.name(judge.full())
	b.text("\n\nTIME   CASE NO.      CAPTION                                   MATTER\n")
	for range g.count(3, 6) {
		b.textf("%s  %s-%s-%s  ", g.clock(), g.num(19, 26), g.pick("CV", "FL", "CR", "PR", "SC"), g.pad(5, 1, 99999))
		var matter string
		switch g.r.IntN(4) {
		case 0:
			b.name(g.enPerson().formal())
			b.text(" v. ")
			b.neg(g.of(enCompanies))
			matter = g.pick("Motion to compel", "Status conference", "Small claims trial")
		case 1:
			b.text("In re Marriage of ")
			b.name(g.enPerson().full())
			b.text(" and ")
			b.name(g.enPerson().full())
			matter = g.pick("OSC re contempt", "Request for order", "Status conference")
		case 2:
			b.text("State v. ")
			b.name(strings.ToUpper(g.enPerson().full()))
			matter = g.pick("Arraignment", "Sentencing", "Pretrial conference")
		default:
			b.text("Estate of ")
			b.name(g.enPerson().middle())
			matter = "Petition for probate"
		}
		b.textf("   %s\n", matter)
	}
	if g.chance(0.6) {
		p := g.enPerson()
		a := g.usAddr()
		b.text("\nNotice returned undeliverable for ")
		b.name(p.full())
		b.text(" at ")
		b.addr(a.line())
		b.text("; clerk to re-serve.\n")
	}
	b.text("Courtroom is located in the ")
	b.neg(g.pick("Hall of Justice", "Thurgood Marshall Courthouse", "Robert F. Peckham Federal Building", "Lincoln County Courthouse"))
	b.text(". Masks optional.\n")
}

func enJurySummons(g *gen, b *builder) {
	p, a := g.enPerson(), g.usAddr()
	caps := g.chance(0.5)
	if caps {
		b.fold = strings.ToUpper
	}
	b.textf("JUROR ID %s   GROUP %s\n\n", g.digits(9), g.num(1, 40))
	b.name(p.middle())
	b.text("\n")
	b.addr(a.block())
	b.fold = nil
	b.text("\n\nSUMMONS FOR JURY SERVICE\n\n")
	b.textf("You are summoned to appear for jury service on %s at 8:00 a.m. at the courthouse, ", g.date("us"))
	b.addr(g.usStreet() + ", " + a.city)
	b.text(". Park in the garage on ")
	b.neg(g.pick("Lincoln Way", "Jefferson St", "MLK Jr. Blvd", "Washington Ave", "Grant Ave"))
	b.text(" (no validation).\n\n")
	b.text("If you need to postpone, call the Jury Office before the date above. Signed, ")
	b.name(g.enPerson().full())
	b.text(", Jury Commissioner\n")
}

func enPermissionSlip(g *gen, b *builder) {
	teacher := g.enPerson()
	school := g.pick("Lincoln Elementary", "Jefferson Middle School", "Sojourner Truth Academy", "Eleanor Roosevelt Elementary", "Thomas Edison STEM Magnet")
	b.neg(school)
	b.textf(" - FIELD TRIP PERMISSION SLIP\nDestination: ")
	b.neg(g.pick("the Henry Ford Museum", "Carnegie Science Center", "the Franklin Institute", "Audubon Zoo", "the Smithsonian"))
	b.textf("\nDate: %s   Bus leaves %s\nTeacher: %s ", g.date("us"), g.clock(), g.pick("Mr.", "Ms.", "Mrs."))
	b.name(teacher.last)
	b.text("\n\nPlease return by Friday. We ")
	b.neg("hope")
	b.text(" every student can come!\n\n-------- cut here --------\n")
	kid, parent := g.enPerson(), g.enPerson()
	if g.chance(0.5) {
		parent.last = kid.last
	}
	b.text("Student name: ")
	b.name(kid.first + " " + kid.last)
	b.textf("   Grade: %s\nParent/Guardian: ", g.num(1, 8))
	b.name(parent.full())
	b.text("\nHome address: ")
	a := g.usAddr()
	if g.chance(0.5) {
		b.addr(a.line())
		b.text("\n")
	} else {
		b.addr(a.street)
		b.textf("   City: %s   ZIP: %s\n", a.city, a.zip)
	}
	b.textf("Emergency contact: ")
	b.name(g.enPerson().full())
	b.textf(" %s\nAllergies: %s\nSignature: ________  ", g.phoneUS(), g.pick("none", "peanuts", "bee stings", "penicillin"))
	b.text("\n")
}

func enDischarge(g *gen, b *builder) {
	p, a, dr := g.enPerson(), g.usAddr(), g.enPerson()
	b.text(g.pick("ST. JOSEPH MEDICAL CENTER", "MERCY REGIONAL HOSPITAL", "BAPTIST HEALTH")+"\nDISCHARGE SUMMARY\n\n", "Patient: ")
	b.name(p.formal())
	age := g.between(34, 94)
	b.textf("      MRN: %s\nDOB: %s   Sex: %s\nAddress: ", g.digits(8), g.birth("us", 2026-age, 2026-age), g.pick("F", "M"))
	b.addr(a.line())
	in, out := g.period("us", 21)
	b.textf("\nAdmitted: %s   Discharged: %s\nAttending: ", in, out)
	b.name(dr.full())
	b.text(", MD\n\nDiagnoses:\n 1. ")
	b.neg(g.of(enDiseases))
	b.text(", stable\n 2. ")
	b.text(g.pick("Community-acquired pneumonia", "Dehydration", "Fall without fracture", "Atrial fibrillation"))
	b.text("\n\nHospital course: ")
	b.textf("%s %d-year-old who presented with ", g.pick("Pt is a", "Patient is a"), age)
	b.text(g.pick("shortness of breath", "dizziness", "a fall at home", "chest pain"))
	b.text(". Daughter ")
	b.name(g.of(enFirst))
	b.text(" at bedside. Seen by ")
	b.neg(g.pick("Mayo Clinic", "Johns Hopkins", "Cleveland Clinic", "Shriners"))
	b.text(" telehealth neurology.\n\nFollow-up: Dr. ")
	b.name(g.enPerson().last)
	b.text(" in 1 week at ")
	c := g.usAddr()
	b.addr(c.line())
	b.text(".\nDischarge to: home with ")
	b.text(g.pick("family", "home health", "spouse"), ".\n")
}

func enDentalSMS(g *gen, b *builder) {
	office := g.pick("Bright Smiles Family Dental", "Lakeside Dental", "Dr. Molar & Associates", "Gentle Touch Orthodontics")
	addr := g.usAddr()
	addr.street = g.num(100, 9999) + " " + g.of(enStreetNames) + " " + g.of(enSuffixes) + " " + g.pick("Ste", "Suite", "#") + " " + g.num(100, 450)
	for range g.count(2, 5) {
		p := g.enPerson()
		b.textf("[%s %s] To %s: ", g.date("iso"), g.clock(), g.phoneUS())
		switch g.r.IntN(4) {
		case 0:
			b.text("Hi ")
			b.name(p.first)
			b.textf(", this is %s reminding you of your cleaning with Dr. ", office)
			b.name(g.enPerson().last)
			b.textf(" on %s at %s. Reply C to confirm, R to reschedule.\n", g.date("us"), g.clock())
		case 1:
			b.text("Reminder: ")
			b.name(p.full())
			b.textf(" has an appt %s %s at ", g.date("us"), g.clock())
			b.addr(addr.line())
			b.text(". Parking in rear. Txt STOP to opt out\n")
		case 3:
			// Typed on a phone, all lower case.
			b.fold = strings.ToLower
			b.text("hey ")
			b.name(p.first)
			b.text(" its ")
			b.name(g.enPerson().first)
			b.textf(" from the front desk, dr says come in at %s, we moved to ", g.clock())
			b.addr(addr.line())
			b.text(" :)\n")
			b.fold = nil
		default:
			b.textf("%s: ", strings.ToUpper(office))
			b.name(strings.ToUpper(p.first))
			b.text(" WE MISSED YOU TODAY. CALL TO RESCHEDULE. NEW ADDRESS: ")
			b.addr(strings.ToUpper(addr.street + ", " + addr.city))
			b.text("\n")
		}
	}
}

func enHOAMinutes(g *gen, b *builder) {
	b.textf("# %s Homeowners Association - Board Meeting Minutes\n\n**Date:** %s  \n**Location:** clubhouse\n\n", g.pick("Willow Creek", "Stonebridge", "Quail Hollow", "Harbor Pointe"), g.date("us"))
	b.text("**Present:** ")
	for i := range g.count(3, 5) {
		if i > 0 {
			b.text(", ")
		}
		b.name(g.enName(g.enPerson()))
		b.text(" (", g.pick("President", "Treasurer", "Secretary", "Member at large"), ")")
	}
	b.text("\n**Absent:** ")
	b.name(g.enPerson().full())
	b.text("\n\n## Violations\n\n| Lot | Address | Owner | Issue |\n|---|---|---|---|\n")
	street := g.of(enStreetNames) + " " + g.pick("Ct", "Ln", "Cir", "Way", "Trl")
	for range g.count(2, 4) {
		b.textf("| %s | ", g.num(1, 140))
		b.addr(g.num(100, 990) + " " + street)
		b.text(" | ")
		b.name(g.enPerson().formal())
		b.textf(" | %s |\n", g.pick("trash cans visible", "unapproved fence", "RV in driveway", "lawn height"))
	}
	b.text("\n## Old business\n\nThe landscaping bid from ")
	b.neg(g.pick("Ruppert Landscape", "BrightView", "Davey Tree Expert Co.", "TruGreen"))
	b.text(" was tabled after a ")
	b.neg("frank")
	b.text(" discussion of the ")
	b.neg("bill")
	b.text(". ")
	b.name(g.of(enFirst))
	b.text(" will get a second quote. Residents again reported a loose dog named ")
	b.neg(g.pick("Max", "Buddy", "Duke", "Rosie", "Murphy"))
	b.textf(" near the pool. Meeting adjourned %s.\n", g.clock())
}

func enRSVP(g *gen, b *builder) {
	b.text("guest,plus_one,meal,mailing_address,rsvp\n")
	for range g.count(3, 7) {
		p := g.enPerson()
		if g.chance(0.3) {
			b.text(`"`)
			b.name(p.formal())
			b.text(`"`)
		} else {
			b.name(p.full())
		}
		b.text(",")
		if g.chance(0.5) {
			b.name(g.enPerson().full())
		} else {
			b.text(g.pick("", "guest", "N/A"))
		}
		b.textf(",%s,\"", g.pick("chicken", "salmon", "vegetarian", "kids"))
		b.addr(g.usAddr().line())
		b.textf("\",%s\n", g.pick("yes", "no", "maybe", ""))
	}
}

func enObituary(g *gen, b *builder) {
	p := g.enPerson()
	nick := g.pick("Peggy", "Bud", "Sonny", "Dottie", "Red", "Chip", "Babe")
	b.name(p.first + " \"" + nick + "\" " + p.last)
	b.textf(", %s, of %s, passed away peacefully on %s", g.num(61, 101), g.usCity().city, g.date("us"))
	b.textf(" surrounded by family. Born in %s to ", g.usCity().city)
	b.name(g.of(enFirst) + " " + p.last)
	b.text(" and ")
	b.name(g.of(enFirst) + " (" + g.of(enLast) + ") " + p.last)
	b.textf(", %s worked %s years at ", p.first, g.num(12, 40))
	b.neg(g.of(enCompanies))
	b.text(" and never missed a ")
	b.neg(g.pick("Cardinals", "Packers", "Red Sox", "Steelers"))
	b.text(" game.\n\nThe family includes ")
	for i := range g.count(2, 4) {
		if i > 0 {
			b.text("; ")
		}
		b.name(g.enName(g.enPerson()))
		b.text(g.pick(" (Tom)", " and husband Dale", " of Tucson", ""))
	}
	b.text(", and many grandchildren.\n\nVisitation will be held at ")
	b.neg(g.pick("Hillcrest Funeral Home", "Schneider-Lindquist Chapel", "McNally & Sons Funeral Home"))
	b.text(", ")
	b.addr(g.usAddr().line())
	b.text(". In lieu of flowers, donations may be made to the ")
	b.neg(g.pick("Michael J. Fox Foundation", "St. Jude Children's Research Hospital", "Ronald McDonald House"))
	b.text(".\n")
	if g.chance(0.5) {
		b.text("Cards may be mailed to the family c/o ")
		b.name(g.enPerson().full())
		b.text(", ")
		b.addr(g.usAddr().line())
		b.text(".\n")
	}
}

func enPodcast(g *gen, b *builder) {
	host, guest := g.enPerson(), g.enPerson()
	b.textf("## Ep. %s: %s\n\n", g.num(12, 340), g.pick("Small towns, big data", "Why we stopped mailing letters", "The sourdough economy", "Ghost kitchens"))
	b.text("Host ")
	b.name(host.full())
	b.text(" (")
	b.neg(g.handle())
	b.text(") sits down with ")
	b.name(guest.middle())
	b.text(", who won ")
	b.neg(g.of(enPrizes))
	b.text(" in ", g.num(2001, 2024), ".\n\n**About our guest:** ")
	b.name(guest.last)
	b.text(" grew up near ")
	b.neg(g.of(enPlaces))
	b.text(" and now runs a studio out of ")
	b.addr(g.usAddr().street + ", " + g.usCity().city)
	b.text(".\n\n**Timestamps**\n- 00:00 intro\n- 04:12 ")
	b.name(guest.first)
	b.text(" on leaving ")
	b.neg(g.of(enCompanies))
	b.text("\n- 31:40 listener mail from ")
	b.name(g.of(enFirst))
	b.textf(" in %s\n\nThis episode is sponsored by ", g.usCity().city)
	b.neg(g.of(enBrands))
	b.text(". Send fan mail to ")
	b.addr(g.usAddr().block())
	b.text("\n")
}

func enSRT(g *gen, b *builder) {
	a, c := g.enPerson(), g.enPerson()
	t, at := 1, g.between(0, 30) // cue number and start second, rising
	cue := func() {
		end := at + g.between(2, 6)
		b.textf("%d\n00:%02d:%02d,%03d --> 00:%02d:%02d,%03d\n", t, at/60, at%60, g.between(0, 999), end/60, end%60, g.between(0, 999))
		t, at = t+1, end+g.between(1, 40)
	}
	cue()
	b.text("[")
	b.name(strings.ToUpper(a.full()))
	b.text("] So tell us where it all started.\n\n")
	cue()
	b.text("[")
	b.name(strings.ToUpper(c.full()))
	b.text("] A garage at ")
	b.addr(g.num(10, 9999) + " " + g.of(enStreetNames) + " " + g.of(enSuffixes) + " in " + g.usCity().city)
	b.text(".\n\n")
	cue()
	b.text("My uncle ")
	b.name(g.of(enFirst))
	b.text(" lent us the space.\n\n")
	cue()
	b.text("- And ")
	b.neg(g.of(enCompanies))
	b.text(" called you?\n- Not at first.\n\n")
	cue()
	b.text("[LAUGHS] We sent letters to everybody, even ")
	b.neg(g.of(enBrands))
	b.text(".\n\n")
	if g.chance(0.5) {
		cue()
		b.text("<i>Narrator: ")
		b.name(c.last)
		b.text(" still lives on that street.</i>\n\n")
	}
}

func enVCard(g *gen, b *builder) {
	p, a := g.enPerson(), g.usAddr()
	t := g.of(enTitles)
	b.text("BEGIN:VCARD\r\nVERSION:3.0\r\nN:")
	b.name(p.last)
	b.text(";")
	b.name(p.first)
	b.textf(";%s.;%s;\r\nFN:%s ", p.mid, t, t)
	b.name(p.middle())
	b.text("\r\nORG:")
	b.neg(g.of(enCompanies))
	b.textf("\r\nTEL;TYPE=CELL:%s\r\nADR;TYPE=HOME:;;", g.phoneUS())
	b.addr(a.street)
	b.textf(";%s;%s;%s;USA\r\n", a.city, a.state, a.zip)
	if g.chance(0.5) {
		w := g.usAddr()
		b.text("LABEL;TYPE=WORK:")
		b.addr(w.street + "\\n" + w.last())
		b.text("\\nUSA\r\n")
	}
	b.textf("NOTE:met at %s conference\r\nEND:VCARD\r\n", g.pick("PyCon", "SXSW", "the AMA", "RSA"))
}

func enICS(g *gen, b *builder) {
	org, att := g.enPerson(), g.enPerson()
	a := g.usAddr()
	b.text("BEGIN:VCALENDAR\r\nPRODID:-//Example Corp//Cal 1.0//EN\r\nBEGIN:VEVENT\r\n")
	b.textf("UID:%s@cal.example\r\nDTSTART:%s\r\nSUMMARY:%s\r\n", g.digits(10), strings.ReplaceAll(g.date("iso"), "-", "")+"T150000Z",
		g.pick("Quarterly review", "Site visit", "Closing on house", "Parent-teacher conference"))
	b.text("ORGANIZER;CN=")
	b.name(org.full())
	b.textf(":mailto:%s@example.com\r\nATTENDEE;CN=\"", strings.ToLower(org.first[:1]+strings.ReplaceAll(org.last, " ", "")))
	b.name(att.formal())
	b.text("\";ROLE=REQ-PARTICIPANT:mailto:guest@example.org\r\nLOCATION:")
	b.addr(a.street + `\, ` + a.city + `\, ` + a.state + " " + a.zip)
	b.text("\r\nDESCRIPTION:Bring ID. Ask for ")
	b.name(g.of(enFirst))
	b.text(" at the front desk\\, next to the ")
	b.neg(g.of(enBrands))
	b.text(" vending machine.\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
}

func enSQL(g *gen, b *builder) {
	b.text("-- dump of table customers\nINSERT INTO `customers` (`id`,`first_name`,`last_name`,`street`,`city`,`state`,`zip`,`employer`) VALUES\n")
	n := g.between(2, 5)
	for i := range n {
		p, a := g.enPerson(), g.usAddr()
		b.textf("(%s,'", g.digits(5))
		b.name(strings.ReplaceAll(p.first, "'", "''"))
		b.text("','")
		b.name(strings.ReplaceAll(p.last, "'", "''"))
		b.text("','")
		b.addr(a.street)
		b.textf("','%s','%s','%s','", strings.ReplaceAll(a.city, "'", "''"), a.state, a.zip)
		b.neg(strings.ReplaceAll(g.of(enCompanies), "'", "''"))
		b.text("')")
		if i < n-1 {
			b.text(",\n")
		}
	}
	b.text(";\n")
}

func enClassNotes(g *gen, b *builder) {
	b.textf("CLASS NOTES - %s\n\n", g.pick("Spring", "Fall", "Winter"))
	for range g.count(2, 4) {
		p := g.enPerson()
		b.textf("'%s  ", g.pad(2, 0, 99))
		switch g.r.IntN(4) {
		case 0:
			b.name(p.full())
			b.text(" (née ")
			b.name(g.of(enLast))
			b.text(") and spouse moved to ")
			b.addr(g.usAddr().line())
			b.text(" and say the guest room is open.\n")
		case 1:
			b.name(p.middle())
			b.text(" retired after 30 years at ")
			b.neg(g.of(enCompanies))
			b.text(". Classmates can write to ")
			b.addr(g.usAddr().block())
			b.text(".\n")
		case 2:
			b.name(p.full())
			b.text(" was named principal of ")
			b.neg(g.of(enPlaces[:4]))
			b.text(". ")
			b.name(p.first)
			b.text(" says hi to everyone from the old ")
			b.neg(g.pick("Kellogg Hall", "Morrill Hall", "Carnegie Library", "Hearst Gym"))
			b.text(" crew.\n")
		default:
			b.name(p.full())
			b.text(" and ")
			b.name(g.enPerson().full())
			b.textf(" welcomed a son, ")
			b.name(g.of(enFirst))
			b.textf(", in %s.\n", g.pick("March", "June", "October"))
		}
	}
}

func enLaTeX(g *gen, b *builder) {
	from, to := g.enPerson(), g.enPerson()
	fa, ta := g.usAddr(), g.usAddr()
	b.text("\\documentclass{letter}\n\\signature{")
	b.name(from.full())
	b.text("}\n\\address{")
	b.addr(fa.street + " \\\\ " + fa.last())
	b.text("}\n\\begin{document}\n\\begin{letter}{")
	title := g.pick("Mr.", "Ms.", "Dr.", "Prof.", "Mrs.")
	b.text(title, " ")
	b.name(to.full())
	b.text(" \\\\ ")
	b.addr(ta.street + " \\\\ " + ta.last())
	b.text("}\n\\opening{Dear ", title, " ")
	b.name(to.last)
	b.text(",}\n")
	b.textf("Thank you for the reference. I start at %s next month; ", g.pick("the lab", "the firm", "the clinic"))
	b.name(g.of(enFirst))
	b.text(" sends regards.\n\\closing{Sincerely,}\n\\end{letter}\n\\end{document}\n")
}

// Negative-only kinds.

func enGiftGuide(g *gen, b *builder) {
	b.textf("# %s Gift Guide\n\n", g.pick("Holiday", "Father's Day", "Graduation", "Last-minute"))
	for i := range g.count(4, 7) {
		b.textf("%d. ", i+1)
		b.neg(g.of(enBrands))
		b.textf(" - %s. Pair it with something from ", g.pick("a classic", "always a hit", "on sale this week", "hard to beat"))
		b.neg(g.of(enCompanies))
		b.text(".\n")
	}
	b.text("\n")
	b.neg("Mark")
	b.text(" your calendars: we ")
	b.neg("hope")
	b.text(" this list helps. Prices checked at the ")
	b.neg(g.pick("Rockefeller Center", "Madison Avenue", "Fort Worth"))
	b.text(" store. Follow us at ")
	b.neg(g.handle())
	b.text(" for more.\n")
}

func enTransitAlert(g *gen, b *builder) {
	lines := []string{"Route 12", "Blue Line", "Route 4X", "Green Line", "Route 77"}
	for range g.count(3, 5) {
		b.textf("%s %s ALERT %s: detour ", g.date("iso"), g.clock(), g.of(lines))
		b.neg(g.pick("Martin Luther King Jr. Blvd", "Lincoln Ave", "Cesar Chavez St", "Jefferson Pkwy", "Roosevelt Rd", "Kennedy Expy"))
		b.text(" between ")
		b.neg(g.pick("Washington St", "Madison St", "Monroe St", "Grant Ave"))
		b.text(" and ")
		b.neg(g.pick("Franklin Ave", "Jackson Blvd", "Adams St", "Harrison St"))
		b.textf(" due to %s. Use stop at ", g.pick("a water main break", "a parade", "paving", "a disabled vehicle"))
		b.neg(g.of(enPlaces))
		b.text(".\n")
	}
}

func enScholarships(g *gen, b *builder) {
	b.text("Scholarships open this term:\n\n")
	for range g.count(3, 5) {
		b.text("* ")
		b.neg(g.pick("Gates Millennium Scholars", "the Coca-Cola Scholars program", "the Jack Kent Cooke Foundation award", "the Truman Scholarship", "the Goldwater Scholarship", "the Udall Scholarship"))
		b.textf(" - deadline %s. Ask at ", g.date("us"))
		b.neg(g.of(enPlaces))
		b.text(".\n")
	}
	b.text("\nPast winners went on to ")
	b.neg(g.of(enPrizes))
	b.text(" and careers at ")
	b.neg(g.of(enCompanies))
	b.text(". Students with ")
	b.neg(g.of(enDiseases))
	b.text(" may request accommodations.\n")
}
