package sealed

import (
	"fmt"
	"github.com/comity-project/comity/pii/heldout"
	"strings"
)

// enNeg are companies, products, places, prizes and events named after
// people: never labelled.
var enNeg = []string{"Ben & Jerry's", "Wells Fargo", "Ford", "Dell", "Johnson & Johnson", "Charles Schwab", "Jack Daniel's",
	"Walt Disney World", "Hilton", "Marriott", "Wendy's", "McDonald's", "Dr Pepper", "Tommy Hilfiger", "Calvin Klein",
	"Ralph Lauren", "Levi's", "Hewlett-Packard", "Goldman Sachs", "Morgan Stanley", "Trader Joe's", "Chick-fil-A",
	"Papa John's", "Mrs. Fields", "Sherwin-Williams", "Procter & Gamble", "Kellogg's", "Heinz", "Martha Stewart Living"}

// enVenueNeg are places near which a house may be.
var enVenueNeg = []string{"Lincoln Elementary", "Jefferson High School", "Washington Square Park", "Grant Park", "Wrigley Field", "the Kennedy Center", "the Smithsonian"}

func init() {
	register(heldout.EN,
		kind{"news_quote", false, enNews},
		kind{"discharge_summary", false, enDischarge},
		kind{"bank_statement", false, enBank},
		kind{"parcel_tracking", false, enTracking},
		kind{"court_docket", false, enDocket},
		kind{"voter_roll", false, enVoterRoll},
		kind{"mls_listing", false, enMLS},
		kind{"church_bulletin", false, enBulletin},
		kind{"owner_reply", false, enOwnerReply},
		kind{"slack_export", false, enSlack},
		kind{"jira_comment", false, enJira},
		kind{"pdf_text", false, enPDF},
		kind{"toml_config", false, enTOML},
		kind{"race_results", false, enRace},
		kind{"rx_label", false, enRx},
		kind{"genealogy", false, enGenealogy},
		kind{"badge_print", false, enBadges},
		kind{"business_news", true, enNegBusiness},
		kind{"calendar_chatter", true, enNegWords},
		kind{"venue_guide", true, enNegVenues},
	)
}

func enNews(g *gen) {
	p, q := g.enPerson(), g.enPerson()
	g.t(g.p("SPRINGFIELD — ", "", "(AP) — ", "Updated 6:14 p.m. "), "The city council voted ", fmt.Sprint(g.d(4, 9)), "-", fmt.Sprint(g.d(0, 3)),
		" on Tuesday to approve the new ", g.p("bike lanes", "budget", "zoning plan", "library hours"), ". “", g.p("We waited a long time for this", "It's a start", "Nobody asked us"), ",” said ")
	g.n(p.short())
	g.t(fmt.Sprintf(", %d, who has lived in the neighborhood since %d. ", g.d(23, 88), g.d(1961, 2019)))
	if g.c(0.5) {
		g.t("Council member ")
		g.n(q.full())
		g.t(" called the ", g.p("bill", "measure", "vote"), " “overdue.” ")
	} else {
		g.t("Opponents, led by ", q.enTitle(), " ")
		g.n(q.last)
		g.t(", said they will appeal in ", g.p("May", "June", "the fall"), ". ")
	}
	if g.c(0.4) {
		a := g.usAddress()
		for strings.Contains(a.line1, "Box") {
			a = g.usAddress()
		}
		g.t("Last week firefighters were called to a duplex at ")
		g.a(a.one())
		g.t(", where residents had complained for months. ")
	}
	if g.c(0.4) {
		g.t("The work begins outside ")
		g.x(g.p(enVenueNeg...))
		g.t(" next month.")
	}
}

func enDischarge(g *gen) {
	p, doc, pcp := g.enPerson(), g.enPerson(), g.enPerson()
	a := g.usAddress()
	g.t("DISCHARGE SUMMARY\n\nPatient: ")
	nm := p.last + ", " + p.first
	if p.middle != "" {
		nm += " " + p.middle
	}
	g.n(strings.ToUpper(nm))
	g.t(fmt.Sprintf("    MRN: %s    DOB: %02d/%02d/%d\nAddress: ", g.digits(8), g.d(1, 12), g.d(1, 28), g.d(1935, 2004)))
	g.a(a.one())
	g.t("\nAttending: ")
	g.n(doc.first + " " + doc.last)
	g.t(", MD\nPCP: Dr. ")
	g.n(pcp.last)
	g.t(fmt.Sprintf("\n\nHospital course: %d y/o %s admitted with %s. Started on ", g.d(30, 90), g.p("M", "F"), g.p("community-acquired pneumonia", "CHF exacerbation", "cellulitis of the left leg")),
		g.p("ceftriaxone", "furosemide", "cefazolin"), ". Improved; ")
	g.x(g.p("Parkinson's", "Lou Gehrig's disease", "Hodgkin's lymphoma", "Crohn's"))
	g.t(" history noted.\nFollow-up with ")
	if g.c(0.5) {
		g.t("Dr. ")
		g.n(pcp.last)
	} else {
		g.n(pcp.full())
		g.t(", NP")
	}
	g.t(" in ", fmt.Sprint(g.d(3, 14)), " days. Will need a bill review with billing.\n")
}

func enBank(g *gen) {
	g.t("Date        Description                                      Amount\n")
	for i := 0; i < g.d(3, 6); i++ {
		g.t(fmt.Sprintf("%02d/%02d       ", g.d(1, 12), g.d(1, 28)))
		switch g.r.IntN(5) {
		case 0:
			p := g.enPerson()
			g.t("ZELLE PAYMENT TO ")
			g.n(strings.ToUpper(p.short()))
			g.t(" CONF# ", strings.ToUpper(g.digits(4)+"X"+g.digits(3)))
		case 1:
			p := g.enPerson()
			g.t("MOBILE DEPOSIT REF ", g.digits(6), " FROM ")
			g.n(strings.ToUpper(p.first + " " + p.last))
		case 2:
			g.t("POS PURCHASE ")
			g.x(strings.ToUpper(g.p("Trader Joe's", "Wendy's", "McDonald's", "Papa John's", "Chick-fil-A")))
			g.t(" #", g.digits(4))
		case 3:
			g.t("ONLINE TRANSFER TO ")
			g.x(strings.ToUpper(g.p("Wells Fargo", "Charles Schwab", "Morgan Stanley")))
			g.t(" XXXXXX", g.digits(4))
		default:
			p := g.enPerson()
			g.t("CHECK ", g.digits(4), " PAID — memo: rent to ")
			g.n(p.first)
		}
		g.t(fmt.Sprintf("      -%d.%02d\n", g.d(3, 2400), g.d(0, 99)))
	}
}

func enTracking(g *gen) {
	p := g.enPerson()
	a := g.usAddress()
	c2 := usCities[g.r.IntN(len(usCities))]
	g.t("Tracking 1Z", strings.ToUpper(g.digits(16)), "\n")
	if g.c(0.8) {
		g.t("Ship To: ")
		g.n(strings.ToUpper(p.short()))
		g.t("\n")
		g.a(a.usps("\n"))
		g.t("\n")
	}
	g.t("\nActivity\n")
	g.t(fmt.Sprintf("%s %d  %s, %s US  Departed from Facility\n", g.p("Mar", "Apr", "Oct"), g.d(1, 28), strings.ToUpper(c2[0]), c2[1]))
	g.t(fmt.Sprintf("%s %d  %s, %s US  Out For Delivery Today\n", g.p("Mar", "Apr", "Oct"), g.d(1, 28), strings.ToUpper(a.city), a.state))
	if g.c(0.6) {
		g.t("Delivered — Left at: ", g.p("Front Door", "Garage", "Mailroom", "Receptionist"), ". Received by: ")
		g.n(strings.ToUpper(p.last))
		g.t("\n")
	}
}

func enDocket(g *gen) {
	pl, df, j, atty := g.enPerson(), g.enPerson(), g.enPerson(), g.enPerson()
	g.t(fmt.Sprintf("Case %d:%02d-cv-%05d  ", g.d(1, 4), g.d(19, 26), g.d(1, 99999)))
	g.n(strings.ToUpper(pl.last))
	g.t(" v. ")
	if g.c(0.5) {
		g.x(strings.ToUpper(g.p(enNeg...)))
		g.t(" INC.")
	} else {
		g.n(strings.ToUpper(df.last))
	}
	g.t("\nAssigned to: Judge ")
	g.n(j.full())
	g.t("\n\n#  Date Filed  Docket Text\n")
	g.t(fmt.Sprintf("1  %02d/%02d/20%d  COMPLAINT against ", g.d(1, 12), g.d(1, 28), g.d(20, 25)))
	g.t("defendant(s) filed by ")
	g.n(pl.full())
	g.t(". (Attachments: # 1 Civil Cover Sheet)(")
	g.n(atty.last + ", " + atty.first)
	g.t(")\n2  Summons Issued as to ")
	g.n(df.first + " " + df.last)
	g.t(" at ")
	a := g.usAddress()
	g.a(a.one())
	g.t(".\n3  NOTICE of Appearance by ")
	g.n(atty.short())
	g.t(" on behalf of plaintiff.\n")
}

func enVoterRoll(g *gen) {
	g.t(fmt.Sprintf("%-14s%-12s%-3s%-34s%-16s%s\n", "LAST", "FIRST", "MI", "RES ADDRESS", "CITY", "ZIP"))
	for i := 0; i < g.d(3, 6); i++ {
		p := g.enPerson()
		a := g.usAddress()
		last, first := strings.ToUpper(p.last), strings.ToUpper(p.first)
		g.n(last)
		g.t(strings.Repeat(" ", max(1, 14-len(last))))
		g.n(first)
		g.t(strings.Repeat(" ", max(1, 12-len(first))))
		g.t(fmt.Sprintf("%-3s", p.middle))
		st := strings.ToUpper(a.street())
		g.a(st)
		g.t(strings.Repeat(" ", max(1, 34-len(st))))
		g.t(fmt.Sprintf("%-16s%s\n", strings.ToUpper(a.city), a.zip[:5]))
	}
}

func enMLS(g *gen) {
	a := g.usAddress()
	for strings.Contains(a.line1, "Box") {
		a = g.usAddress()
	}
	agent := g.enPerson()
	g.t(fmt.Sprintf("MLS# %s  Status: %s  List Price: $%d,%03d\n", g.digits(7), g.p("Active", "Pending", "Coming Soon"), g.d(129, 1450), g.d(0, 999)))
	g.a(a.one())
	g.t(fmt.Sprintf("\n%d bd | %d ba | %d sqft | Built %d\n", g.d(1, 6), g.d(1, 4), g.d(640, 4800), g.d(1902, 2023)))
	g.t("Remarks: Charming ", g.p("bungalow", "ranch", "colonial", "craftsman"), " walking distance to ")
	g.x(g.p(enVenueNeg...))
	g.t(". New roof ", fmt.Sprint(g.d(2015, 2024)), ". Seller will consider concessions.\n")
	g.t("Listing Agent: ")
	g.n(agent.short())
	g.t(", ", g.p("Keller Williams Realty", "Coldwell Banker", "RE/MAX Premier", "Berkshire Hathaway HomeServices"), "\n")
	if g.c(0.4) {
		g.t("Showing instructions: call agent; tenant is ")
		g.n(g.enPerson().first)
		g.t(".\n")
	}
}

func enBulletin(g *gen) {
	g.t(g.p("ST. MARK'S", "FIRST PRESBYTERIAN", "GRACE LUTHERAN", "ST. PATRICK'S"), " WEEKLY BULLETIN\n\nPrayer list: ")
	n := g.d(2, 5)
	for i := 0; i < n; i++ {
		if i > 0 {
			if i == n-1 {
				g.t(g.p(", and ", " and ", ", "))
			} else {
				g.t(", ")
			}
		}
		g.n(g.enPerson().short())
	}
	g.t(".\nCoffee hour this Sunday is hosted by ")
	g.n(g.enPerson().first)
	g.t(" and ")
	g.n(g.enPerson().first)
	g.t(". ")
	if g.c(0.5) {
		p := g.enPerson()
		g.t("Please welcome our new members! Cards for the new baby may be mailed to ")
		g.n(p.first)
		g.t(" at ")
		g.a(g.usAddress().one())
		g.t(".")
	}
	g.t("\nThe youth group trip to ")
	g.x(g.p("Walt Disney World", "Carnegie Hall", "the Smithsonian", "Yellowstone"))
	g.t(" will be in June; sign-up sheet in the narthex.\n— Pastor ")
	g.n(g.enPerson().last)
	g.t("\n")
}

func enOwnerReply(g *gen) {
	cust, owner := g.enPerson(), g.enPerson()
	g.t(fmt.Sprintf("★★%s  %s  \"%s\"\n", g.p("", "★", "★★★"), g.p("Local Guide", "Elite '24", ""), g.p("Took forever", "Great tacos", "Rude at the counter", "Will be back")))
	g.t("Response from the owner · ", fmt.Sprint(g.d(1, 11)), " months ago\n")
	g.t(g.p("Hi ", "Hey ", "Dear ", ""))
	if g.c(0.2) {
		g.n(strings.ToLower(cust.first))
	} else {
		g.n(cust.first)
	}
	g.t(g.p(", thank you for the feedback. ", " — so sorry about your visit. "), "We are not ")
	g.x(g.p("McDonald's", "Wendy's", "Chick-fil-A"))
	g.t(", everything is made to order. ")
	if g.c(0.4) {
		g.t("FYI we moved to ")
		g.a(g.usAddress().one())
		g.t(" last spring. ")
	}
	g.t("Please ask for me next time. ")
	g.t(g.p("— ", "-", "Best, "))
	g.n(owner.first)
	g.t(g.p(", Owner", " (owner)", ", GM"), "\n")
}

func enSlack(g *gen) {
	p, q := g.enPerson(), g.enPerson()
	handle := strings.ToLower(p.first[:1] + p.last)
	handle = strings.NewReplacer("'", "", " ", "", ".", "").Replace(handle)
	g.t("[\n  {\n    \"type\": \"message\",\n    \"user\": \"U0", strings.ToUpper(g.digits(8)), "\",\n    \"user_name\": \"", handle, "\",\n    \"user_profile\": {\"real_name\": \"")
	g.n(p.short())
	g.t("\", \"display_name\": \"", handle, "\"},\n    \"text\": \"")
	a := g.usAddress()
	switch g.r.IntN(3) {
	case 0:
		g.t("can someone overnight the badge to ")
		g.n(q.first)
		g.t("? new address is ")
		g.a(a.one())
	case 1:
		g.t("<@U0", g.digits(8), "> ", "heads up, ")
		g.n(q.short())
		g.t(" is OOO until May 3")
	default:
		g.t("moved the demo to ")
		g.x(g.p("the Roosevelt Room", "Grant Park", "the Kennedy Center"))
		g.t(", ping ")
		g.n(q.first)
	}
	g.t("\",\n    \"ts\": \"17", g.digits(8), ".", g.digits(6), "\"\n  }\n]\n")
}

func enJira(g *gen) {
	rep, as := g.enPerson(), g.enPerson()
	g.t(fmt.Sprintf("%s-%d  %s\n", g.p("SUP", "OPS", "BILL"), g.d(100, 9999), g.p("Refund not received", "Wrong shipping address", "Login loop on iOS")))
	g.t("Reporter: ")
	g.n(rep.short())
	g.t("   Assignee: ")
	if g.c(0.3) {
		g.t("Unassigned")
	} else {
		g.n(as.short())
	}
	g.t("   Priority: ", g.p("Major", "Minor", "Blocker"), "\n\n")
	g.t("Comment by ")
	g.n(as.first)
	g.t(":\n[~", strings.ToLower(rep.first), "] customer confirmed the new ship-to")
	if g.c(0.6) {
		g.t(":\n{noformat}\n")
		g.a(g.usAddress().block())
		g.t("\n{noformat}\n")
	} else {
		g.t(" is the same as billing. Will close on Friday.\n")
	}
}

// enPDF is text pulled out of a PDF: a form feed, a running header, words
// hyphenated across lines, and an address wrapped mid-line.
func enPDF(g *gen) {
	p := g.enPerson()
	a := g.usAddress()
	g.t("\fPage ", fmt.Sprint(g.d(2, 9)), " of ", fmt.Sprint(g.d(9, 14)), "                 NOTICE OF ASSESSMENT\n\n")
	g.t("The assessor has re-\nviewed the parcel owned by ")
	g.n(p.full())
	g.t(" located at ")
	g.a(a.line1 + ",\n" + a.city + ", " + a.state + " " + a.zip)
	g.t(" and deter-\nmined a value of $", fmt.Sprint(g.d(90, 900)), ",", g.digits(3), ". Appeals must be\nfiled by May ", fmt.Sprint(g.d(1, 31)), ".\n")
}

func enTOML(g *gen) {
	p := g.enPerson()
	a := g.usAddress()
	g.t("# site.toml\ntitle = \"", g.p("Riverside Food Co-op", "Hillcrest Dental", "Oak Street Bikes"), "\"\n\n[contact]\n")
	first, last := p.first, p.last
	if g.c(0.2) {
		first, last = strings.ToLower(first), strings.ToLower(last)
	}
	g.t("first_name = \"")
	g.n(first)
	g.t("\"\nlast_name = \"")
	g.n(last)
	g.t("\"\nemail = \"", strings.ToLower(p.first[:1]), "@example.org\"\n\n[contact.mail]\nstreet = \"")
	g.a(a.street())
	g.t("\"\ncity = \"", a.city, "\"\nstate = \"", a.state, "\"\nzip = \"", a.zip, "\"\n")
}

func enRace(g *gen) {
	g.t(g.p("Turkey Trot 5K", "Lakeshore Half Marathon", "Girls 1600m Final"), " — Results\n")
	g.t("Pl  Name                    Team                      Time\n")
	for i := 1; i <= g.d(3, 6); i++ {
		p := g.enPerson()
		nm := p.short()
		g.t(fmt.Sprintf("%-4d", i))
		g.n(nm)
		g.t(strings.Repeat(" ", max(1, 24-len(nm))))
		team := g.p("Jefferson High School", "Lincoln Elementary", "Unattached", "Boulder Running Co", "Ford Motor Co. Club")
		if strings.Contains(team, "Jefferson") || strings.Contains(team, "Lincoln") || strings.Contains(team, "Ford") {
			g.x(team)
		} else {
			g.t(team)
		}
		g.t(strings.Repeat(" ", max(1, 26-len(team))), fmt.Sprintf("%d:%02d.%d\n", g.d(4, 95), g.d(0, 59), g.d(0, 9)))
	}
}

func enRx(g *gen) {
	p, dr := g.enPerson(), g.enPerson()
	a := g.usAddress()
	g.t("CVS/pharmacy #", g.digits(5), "\nRx# ", g.digits(7), "     Filled: ", fmt.Sprintf("%02d/%02d/26", g.d(1, 12), g.d(1, 28)), "\n")
	g.n(strings.ToUpper(p.full()))
	g.t("\n")
	g.a(strings.ToUpper(a.one()))
	g.t("\nTAKE 1 TABLET BY MOUTH ", g.p("TWICE DAILY", "AT BEDTIME", "EVERY 6 HOURS AS NEEDED"), "\n")
	g.t(g.p("AMOXICILLIN 500MG", "LISINOPRIL 10MG", "SERTRALINE 50MG"), "   QTY ", fmt.Sprint(g.d(10, 90)), "\nDR. ")
	g.n(strings.ToUpper(dr.last))
	g.t("    REFILLS: ", fmt.Sprint(g.d(0, 5)), "\n")
}

func enNegBusiness(g *gen) {
	a, b := g.two(enNeg)
	g.x(a)
	g.t(" said on ", g.p("Monday", "Thursday"), " it will cut ", fmt.Sprint(g.d(2, 12)), "% of jobs, while ")
	g.x(b)
	g.t(" reported a ", g.p("record quarter", "loss", "flat quarter"), ". Shares of ")
	g.x(g.p("Ford", "Dell", "Heinz", "Kellogg's"))
	g.t(" rose. The ", g.p("bill", "merger", "deal"), " goes to the board in May. ")
	g.negProse(enNegSentences, 1)
	g.t("\n")
}

func enNegWords(g *gen) {
	g.negProse(enNegSentences, 3)
	g.t("\n")
}

func enNegVenues(g *gen) {
	g.t("Getting there: take the Red Line to Jackson, walk past ")
	g.x(g.p(enVenueNeg...))
	g.t(". ")
	g.negProse(enNegSentences, 2)
	g.t("Exhibits sponsored by ")
	a, b := g.two(enNeg)
	g.x(a)
	g.t(" and ")
	g.x(b)
	g.t(".\n")
}

func enGenealogy(g *gen) {
	p, kid := g.enPerson(), g.enPerson()
	for p.female {
		p = g.enPerson()
	}
	born := g.d(1850, 1940)
	g.t(fmt.Sprintf("%d. ", g.d(1, 40)))
	g.n(strings.ToUpper(p.last) + ", " + p.first + map[bool]string{true: " " + p.middle + ".", false: ""}[p.middle != ""])
	g.t(fmt.Sprintf(", b. %d %s %d, %s; ", g.d(1, 28), g.p("Jan", "Mar", "Jul", "Nov"), born, g.p("Ohio", "Co. Cork, Ireland", "Bavaria", "Kentucky")))
	g.t("m. ", fmt.Sprint(born+g.d(19, 32)), " ")
	g.n(g.z(enFemale) + " " + g.z(enSurnames))
	g.t(" (dau. of ")
	g.n(g.enPerson().short())
	g.t(")")
	if g.c(0.6) {
		a := g.usAddress()
		for strings.Contains(a.line1, "Box") || strings.Contains(a.line1, "RR") || strings.Contains(a.line1, "Route") {
			a = g.usAddress()
		}
		g.t("; res. ")
		g.a(a.line1 + ", " + a.city + ", " + a.state)
	}
	g.t(fmt.Sprintf("; d. %d.\n   Children: ", born+g.d(40, 95)))
	g.n(kid.first)
	g.t(", ")
	g.n(g.z(enFemale))
	g.t(" and ")
	g.n(g.z(enMale) + " " + p.last + " " + g.p("Jr.", "II"))
	g.t(" (see no. ", fmt.Sprint(g.d(41, 90)), "). Source: ", g.p("1900 U.S. Census", "family Bible", "Ellis Island manifest"), ".\n")
}

// enBadges is a badge print file: first name large, surname below.
func enBadges(g *gen) {
	g.t(g.p("REGIONAL HOSPITAL IT SUMMIT", "MIDWEST LIBRARY ASSOCIATION", "PYCON 2026"), " — badge print batch ", g.digits(3), "\n")
	for i := 0; i < g.d(2, 4); i++ {
		p := g.enPerson()
		g.t("----------------------------\nHELLO my name is\n")
		g.n(strings.ToUpper(p.first))
		g.t("\n")
		g.n(p.last)
		g.t("\n")
		if g.c(0.2) {
			g.t("self-employed")
		} else {
			g.x(g.p("Mayo Clinic", "Wells Fargo", "Lincoln Public Library", "Johnson & Johnson", "Carnegie Mellon University"))
		}
		g.t(" · ", usCities[g.r.IntN(len(usCities))][0], "\n")
	}
	g.t("----------------------------\n")
}
