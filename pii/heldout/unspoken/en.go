package unspoken

import (
	"strings"

	"github.com/comity-project/comity/pii"
)

var enGiven = fields(`James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara Richard Susan Joseph Jessica Thomas Sarah Christopher Karen Charles Lisa Daniel Nancy Matthew Betty Anthony Sandra Mark Margaret Donald Ashley Steven Kimberly Andrew Emily Paul Donna Joshua Michelle Kenneth Carol Kevin Amanda Brian Melissa Timothy Deborah Ronald Stephanie Jason Rebecca George Sharon Edward Laura Jeffrey Cynthia Ryan Amy Jacob Kathleen Nicholas Angela Gary Shirley Eric Brenda Jonathan Emma Stephen Anna Larry Pamela Justin Nicole Scott Samantha Brandon Katherine Benjamin Christine Samuel Debra Gregory Rachel Alexander Carolyn Patrick Janet Frank Olivia Raymond Heather Dennis Helen Jerry Catherine Tyler Diane Aaron Julie Jose Victoria Adam Joyce Nathan Lauren Henry Kelly Zachary Christina Douglas Ruth Peter Joan Kyle Virginia Noah Judith Ethan Evelyn Jeremy Hannah Walter Andrea Megan Keith Cheryl Roger Jacqueline Terry Martha Austin Madison Sean Teresa Gerald Gloria Carl Harold Janice Dylan Arthur Kathryn Lawrence Abigail Jordan Sophia Jesse Frances Bryan Billy Alice Bruce Judy Gabriel Isabella Logan Grace Alan Amber Juan Denise Albert Danielle Willie Marilyn Elijah Beverly Wayne Charlotte Randy Natalie Vincent Theresa Mason Diana Roy Brittany Ralph Doris Bobby Kayla Russell Alexis Bradley Lori Philip Eugene Tamika DeShawn Jamal Latoya Keisha Darnell Imani Malik Aaliyah Tyrone Ebony Shanice Jaylen Carlos Luis Miguel Jorge Alejandro Guadalupe Rosa Carmen Yesenia Xiomara Diego Mateo Valentina Ximena Maribel Thanh Minh Huong Linh Tuan Quang Duc Phuong Wei Mei Jian Xiaoming Ji-hoon Min-jun Seo-yeon Hyun-woo Eun-ji Priya Rahul Anjali Vikram Sanjay Deepika Arjun Neha Rohan Aarav Lakshmi Omar Fatima Ahmed Layla Yousef Amira Khalid Noor Tariq Hassan Chidi Ngozi Kwame Abena Siobhan Declan Bridget Colm`)

var enSurname = fields(`Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Gomez Phillips Evans Turner Diaz Parker Cruz Edwards Collins Reyes Stewart Morris Morales Murphy Cook Rogers Gutierrez Ortiz Morgan Cooper Peterson Bailey Reed Kelly Howard Ramos Kim Cox Ward Richardson Watson Brooks Chavez Wood Bennett Gray Mendoza Ruiz Hughes Price Alvarez Castillo Sanders Patel Myers Long Ross Foster Jimenez Powell Jenkins Perry Russell Sullivan Bell Coleman Butler Henderson Barnes Gonzales Fisher Vasquez Simmons Romero Patterson Hamilton Graham Reynolds Griffin Wallace Moreno West Cole Hayes Bryant Herrera Gibson Ellis Tran Medina Aguilar Stevens Murray Castro Marshall Owens Harrison Fernandez McDonald Woods Washington Kennedy Vargas Chen Freeman Webb Tucker Guzman Burns Crawford Olson Simpson Porter Hunter Gordon Mendez Silva Shaw Snyder Dixon Munoz Hunt Hicks Holmes Palmer Wagner Black Robertson Boyd Stone Salazar Warren Mills Meyer Rice Schmidt Garza Daniels Ferguson Nichols Stephens Soto Weaver Gardner Payne Grant Dunn Kelley Spencer Hawkins Arnold Pierce Vazquez Hansen Peters Santos Hart Knight Elliott Cunningham Duncan Armstrong Hudson Carroll Lane Riley Andrews Alvarado Delgado Berry Perkins Hoffman Johnston Matthews Pena Richards Contreras Willis Carpenter Sandoval O'Brien O'Connor McCarthy O'Neill Le Pham Huynh Vo Dang Wang Liu Zhang Huang Park Choi Jung Kang Shah Singh Kumar Gupta Reddy Iyer Khan Haddad Nasser Abdullah Okafor Mensah Adeyemi Kowalski Nowak Schwartz Goldberg Cohen Rossi Russo Yamamoto Tanaka de_la_Cruz Van_Dyke DeLuca St._Pierre MacLeod Begay Yazzie`)

var enNick = map[string]string{"William": "Bill", "Robert": "Bob", "Elizabeth": "Liz", "Katherine": "Katie", "Richard": "Rick", "Margaret": "Peggy", "Michael": "Mike", "Christopher": "Chris", "Jennifer": "Jen", "Anthony": "Tony", "Joseph": "Joe", "Patricia": "Trish", "Daniel": "Dan", "Alexander": "Alex", "Samantha": "Sam", "Jonathan": "Jon", "Nicholas": "Nick", "Deborah": "Debbie"}

var enStreet = fields(`Maple Oak Pine Cedar Elm Washington Lincoln Jefferson Franklin Highland Lakeview Sunset Ridge Meadow Willow Park Main Church Mill Spring Walnut Chestnut Hickory Dogwood Magnolia Peachtree Martin_Luther_King_Jr Cesar_Chavez Aspen Juniper Sycamore Birch Laurel Orchard Fairview Prospect Grove Hillcrest Old_Mill Quail_Run Deer_Creek Bluebonnet Mesquite Saguaro Kamehameha Cottonwood Sequoia River Bay Harbor Canal Market Union Liberty Center 2nd 3rd 5th 14th 42nd Ocean Pleasant Valley Country_Club Indian_Trail Stonebridge Fox_Hollow Briarwood`)

var enSuffix = fields(`St Street Ave Avenue Rd Road Blvd Boulevard Dr Drive Ln Lane Ct Court Cir Way Pl Ter Pkwy Hwy Trl Loop Sq Pike Row Aly Xing Bnd Hts Pt Run Path Walk Cv Holw Pass Crk Expy`)

var enCity = fields(`Springfield,_IL_627 Columbus,_OH_432 Austin,_TX_787 Tucson,_AZ_857 Fresno,_CA_937 Raleigh,_NC_276 Boise,_ID_837 Albuquerque,_NM_871 Omaha,_NE_681 Tulsa,_OK_741 Spokane,_WA_992 Dayton,_OH_454 Savannah,_GA_314 Lexington,_KY_405 Madison,_WI_537 Des_Moines,_IA_503 Portland,_ME_041 Burlington,_VT_054 Providence,_RI_029 Worcester,_MA_016 Paterson,_NJ_075 Yonkers,_NY_107 Scranton,_PA_185 Richmond,_VA_232 Charleston,_SC_294 Chattanooga,_TN_374 Mobile,_AL_366 Baton_Rouge,_LA_708 Little_Rock,_AR_722 Wichita,_KS_672 Sioux_Falls,_SD_571 Fargo,_ND_581 Billings,_MT_591 Cheyenne,_WY_820 Reno,_NV_895 Provo,_UT_846 Eugene,_OR_974 Anchorage,_AK_995 Honolulu,_HI_968 El_Paso,_TX_799 Laredo,_TX_780 Hialeah,_FL_330 Orlando,_FL_328 Flint,_MI_485 Gary,_IN_464 Rockford,_IL_611 Stockton,_CA_952 Santa_Ana,_CA_927 Brooklyn,_NY_112 Silver_Spring,_MD_209 Gallup,_NM_873 Kalamazoo,_MI_490`)

func (g *gen) enFirst() string { return g.of(enGiven) }

func (g *gen) enLast() string {
	if g.chance(0.04) {
		return g.of(enSurname) + "-" + g.of(enSurname)
	}
	return g.of(enSurname)
}

// enName returns a full name in one of several everyday shapes.
func (g *gen) enName() string {
	f, l := g.enFirst(), g.enLast()
	switch g.r.IntN(10) {
	case 0:
		return f + " " + string(rune('A'+g.r.IntN(26))) + ". " + l
	case 1:
		if nk, ok := enNick[f]; ok {
			return nk + " " + l
		}
	}
	return f + " " + l
}

func (g *gen) enNameLF() string { return g.enLast() + ", " + g.enFirst() }

func (g *gen) enStreetLine() string {
	switch g.r.IntN(14) {
	case 0:
		return "PO Box " + g.num(10, 9999)
	case 1:
		return "RR " + g.num(1, 6) + " Box " + g.num(10, 400)
	}
	s := g.num(1, 19999) + " "
	if g.chance(0.2) {
		s += g.pick("N ", "S ", "E ", "W ", "NE ", "SW ")
	}
	s += g.of(enStreet) + " " + g.of(enSuffix)
	if g.chance(0.35) {
		s += g.pick(" Apt ", ", Apt ", " Unit ", " Ste ", " #", ", Apt. ") + g.pick(g.num(1, 40), g.num(1, 9)+g.pick("A", "B", "C", "D"), g.num(100, 2400))
	}
	return s
}

func (g *gen) enCityLine() string {
	c := g.of(enCity)
	i := strings.LastIndex(c, " ")
	z := c[i+1:] + g.digits(2)
	if g.chance(0.15) {
		z += "-" + g.digits(4)
	}
	return c[:i] + " " + z
}

// enAddr returns an address, on one line or two joined by sep.
func (g *gen) enAddr(sep string) string {
	return g.enStreetLine() + sep + g.enCityLine()
}

var enNegs = fields(`Wells_Fargo Johnson_&_Johnson Ben_&_Jerry's Dr_Pepper Penn_Station Union_Station Carnegie_Hall Lincoln_Center Trader_Joe's Wendy's Morgan_Stanley Jack_Daniel's Marriott Eggs_Benedict Caesar_salad Ford_F-150 Dell_XPS Tim_Hortons Hobby_Lobby Ace_Hardware Dollar_General Ruth's_Chris Edward_Jones Charles_Schwab Martha's_Vineyard Grand_Central Madison_Square_Garden Lake_Michigan Mount_Rainier Fort_Worth Baby_Ruth Betty_Crocker Aunt_Jemima Uncle_Ben's Mrs._Fields Duncan_Hines Tommy_Hilfiger Ralph_Lauren Calvin_Klein Walt_Disney_World Hershey's Kellogg's Campbell's_Soup Goodwill St._Jude Mayo_Clinic Johns_Hopkins_Hospital Barnes_&_Noble Lowe's Sherwin-Williams Black_Friday Happy_Hour Memorial_Day Tropical_Storm_Helene Apple_Watch Amazon_Prime Allstate State_Farm Kaiser_Permanente Whole_Foods Home_Depot`)

func (g *gen) enNegPhrase(b *bld) {
	neg := g.of(enNegs)
	switch g.r.IntN(5) {
	case 0:
		b.t("P.S. I left the receipt from ")
		b.neg(neg)
		b.t(" on the counter.")
	case 1:
		b.t("Note: the reimbursement covers the receipt from ")
		b.neg(neg)
		b.t(".")
	case 2:
		b.t("Parking is available near ")
		b.neg(neg)
		b.t(".")
	case 3:
		b.t("(Sponsored by ")
		b.neg(neg)
		b.t(")")
	default:
		b.t("FYI the ")
		b.neg(neg)
		b.t(" coupon expires Friday.")
	}
}

var enKinds = []kind{
	{"email_thread", enEmailThread},
	{"calendar_invite", enCalendar},
	{"git_log", enGitLog},
	{"support_chat", enSupportChat},
	{"court_docket", enDocket},
	{"obituary", enObituary},
	{"listing", enListing},
	{"claim_note", enClaim},
	{"pickup_authorization", enPickup},
	{"shipping_label", enShipping},
	{"moving_quote", enMoving},
	{"vet_record", enVet},
	{"local_news", enNews},
	{"hoa_minutes", enMinutes},
	{"sms_export", enSMS},
}

var enNegKinds = []kind{
	{"neg_menu", enNegMenu},
	{"neg_store_notice", enNegStore},
	{"neg_transit_alert", enNegTransit},
}

func emailUser(name string) string {
	s := strings.ToLower(strings.NewReplacer(" ", ".", "'", "", ",", "").Replace(name))
	s = strings.ReplaceAll(s, "..", ".")
	return s
}

func enEmailThread(g *gen, b *bld) {
	a, c := g.enFirst(), g.enLast()
	d, e := g.enFirst(), g.enLast()
	b.t(`From: "`)
	b.n(a + " " + c)
	b.t(`" <`, emailUser(a+" "+c), "@", g.pick("gmail.com", "yahoo.com", "outlook.com", "comcast.net"), ">\nTo: ")
	b.n(d + " " + e)
	b.t(" <", emailUser(d+" "+e), "@", g.pick("acme-realty.com", "cityofdayton.org", "lakesidedental.com"), ">\nSubject: Re: ", g.pick("updated mailing address", "keys for Saturday", "invoice #"+g.digits(5), "new tenant info"), "\nDate: ", g.date("-"), "\n\nHi ")
	b.n(d)
	b.t(",\n\nPlease send the paperwork to ")
	b.a(g.enAddr(", "))
	b.t(" instead. ")
	if g.chance(0.4) {
		g.enNegPhrase(b)
	}
	b.t("\n\nThanks,\n")
	b.n(a)
	b.t("\n\n> On ", g.date("/"), ", ")
	b.n(d + " " + e)
	b.t(" wrote:\n> Hi ")
	b.n(a)
	b.t(", can you confirm where we should mail the documents?\n")
}

func enCalendar(g *gen, b *bld) {
	org := g.enName()
	b.t("BEGIN:VEVENT\nSUMMARY:", g.pick("Walkthrough", "Closing meeting", "Piano lesson", "Estimate visit", "Parent conference"), "\nDTSTART:2025", pad2(g.n(1, 12)), pad2(g.n(1, 28)), "T", pad2(g.n(8, 17)), "0000Z\nLOCATION:")
	b.a(strings.ReplaceAll(g.enAddr(", "), ",", "\\,"))
	b.t("\nORGANIZER;CN=")
	b.n(org)
	b.t(":mailto:", emailUser(org), "@example.net\nATTENDEE;CN=")
	b.n(g.enName())
	b.t(";ROLE=REQ-PARTICIPANT:mailto:guest", g.digits(3), "@example.org\n")
	if g.chance(0.3) {
		b.t("DESCRIPTION:Meet in the lobby\\, across from ")
		b.neg(g.of(enNegs))
		b.t(".\n")
	}
	b.t("END:VEVENT\n")
}

func enGitLog(g *gen, b *bld) {
	for range g.n(2, 4) {
		f, l := g.enFirst(), g.enLast()
		b.t("commit ", g.digits(10), g.digits(10), "\nAuthor: ")
		b.n(f + " " + l)
		b.t(" <", emailUser(f+" "+l), "@users.noreply.github.com>\nDate:   ", g.pick("Mon", "Tue", "Wed", "Thu", "Fri"), " ", g.pick("Mar", "Jun", "Sep", "Nov"), " ", g.num(1, 28), " 1", g.num(0, 9), ":2", g.num(0, 9), ":00 2025 -0", g.num(4, 8), "00\n\n    ")
		switch g.r.IntN(4) {
		case 0:
			b.t("Fix typo in return address (reported by ")
			b.n(g.enFirst())
			b.t(")\n\n")
		case 1:
			b.t("Update donation mailing address to ")
			b.a(g.enAddr(", "))
			b.t("\n\n")
		case 2:
			b.t("Bump ")
			b.neg(g.pick("Jackson", "Moment.js", "Jenkins", "Django", "Pandas", "Kafka"))
			b.t(" to v", g.num(2, 9), ".", g.num(0, 20), "\n\n")
		default:
			b.t("Co-authored-by: ")
			b.n(g.enName())
			b.t(" <", g.digits(6), "+dev@users.noreply.github.com>\n\n")
		}
	}
}

func enSupportChat(g *gen, b *bld) {
	agent, cust := g.enFirst(), g.enName()
	h, m := g.n(9, 17), g.n(0, 20)
	ts := func() string {
		m += g.n(0, 7)
		return "[" + pad2(h) + ":" + pad2(m) + "] "
	}
	b.t(ts(), "Chat started. Visitor: ")
	b.n(cust)
	b.t("\n", ts())
	b.n(agent)
	b.t(": Hi! My name is ")
	b.n(agent)
	b.t(", how can I help?\n", ts(), "Visitor: my order #", g.digits(7), " went to my old place. it should be ")
	b.a(g.enAddr(" "))
	b.t("\n", ts())
	b.n(agent)
	b.t(": Thanks ")
	b.n(strings.Fields(cust)[0])
	b.t(", I've updated it. ")
	if g.chance(0.4) {
		b.t("You'll also get a ")
		b.neg(g.pick("Home Depot", "Lowe's", "Target", "Whole Foods", "Amazon Prime"))
		b.t(" gift card.")
	}
	b.t("\n", ts(), "Chat ended.\n")
}

func enDocket(g *gen, b *bld) {
	b.t("CASE NO. ", g.num(20, 25), "-CV-", g.digits(5), "\n")
	p, d := g.enName(), g.enName()
	if g.chance(0.5) {
		p, d = upper(p), upper(d)
	}
	b.n(p)
	b.t(", Plaintiff,\nv.\n")
	b.n(d)
	b.t(", Defendant.\n\nDATE       ENTRY\n", g.date("/"), " Complaint filed. Summons issued to defendant at ")
	b.a(g.enAddr(", "))
	b.t(".\n", g.date("/"), " Notice of appearance by ")
	b.n(g.enName())
	b.t(", counsel for plaintiff.\n", g.date("/"), " Hearing set before Judge ")
	b.n(g.enLast())
	b.t(".\n")
	if g.chance(0.3) {
		b.t(g.date("/"), " Exhibit: invoice from ")
		b.neg(g.pick("Sherwin-Williams", "Ace Hardware", "Edward Jones", "Charles Schwab", "Allstate"))
		b.t(".\n")
	}
}

func enObituary(g *gen, b *bld) {
	f, l := g.enFirst(), g.enLast()
	b.n(f + " " + string(rune('A'+g.r.IntN(26))) + ". " + l)
	b.t(", ", g.num(58, 99), ", of ", g.pick("Dayton", "Tulsa", "Fresno", "Omaha", "Scranton"), ", passed away peacefully on ", g.pick("March", "June", "October", "December"), " ", g.num(1, 28), ", 2025. ")
	b.n(f)
	b.t(" worked ", g.num(20, 40), " years at ")
	b.neg(g.pick("Ford Motor Company", "John Deere", "Procter & Gamble", "Dow Chemical", "Boeing"))
	b.t(". ", g.pick("He", "She"), " is survived by ", g.pick("children", "siblings"), " ")
	b.n(g.enName())
	b.t(" and ")
	b.n(g.enName())
	b.t(". Visitation at ")
	b.neg(g.pick("Hoffman Funeral Home", "Miller-Ross Chapel", "Schmidt & Sons Mortuary"))
	b.t(", ")
	b.a(g.enAddr(", "))
	b.t(". Memorials to ")
	b.neg(g.pick("St. Jude", "the American Heart Association", "Habitat for Humanity"))
	b.t(".\n")
}

func enListing(g *gen, b *bld) {
	b.t(g.pick("JUST LISTED", "OPEN HOUSE SUN 1-3", "PRICE REDUCED"), " | ")
	b.a(g.enAddr(", "))
	b.t("\n", g.num(2, 5), " bd | ", g.num(1, 3), " ba | ", g.num(900, 3400), " sqft | $", g.num(189, 899), ",", g.pick("000", "900", "500"), "\n", g.pick("Charming bungalow", "Updated ranch", "Corner-lot colonial", "Top-floor condo"), " minutes from ")
	b.neg(g.pick("Lincoln Park", "Washington Elementary", "Kroger", "Jefferson Memorial Hospital", "Roosevelt High School"))
	b.t(". Listing agent: ")
	b.n(g.enName())
	b.t(", ", g.pick("Keller Williams", "RE/MAX", "Coldwell Banker", "Century 21"), ". Call ", g.digits(3), "-", g.digits(3), "-", g.digits(4), ".\n")
}

func enClaim(g *gen, b *bld) {
	b.t("Claim #", g.digits(9), " - adjuster notes\nInsured: ")
	b.n(g.enNameLF())
	b.t("\nLoss location: ")
	b.a(g.enAddr(", "))
	b.t("\n", g.date("/"), " Spoke w/ insured; ", g.pick("tree limb through roof", "water heater leak in basement", "rear-ended at light", "hail damage to siding"), ". Contractor ")
	b.n(g.enName())
	b.t(" to send estimate.")
	if g.chance(0.5) {
		b.t(" Third party: ")
		b.n(g.enName())
		b.t(", ins. w/ ")
		b.neg(g.pick("State Farm", "Allstate", "Liberty Mutual", "Progressive"))
		b.t(".")
	}
	b.t("\n", g.date("/"), " Check mailed to ")
	b.a(g.enAddr(", "))
	b.t(".\n")
}

func enPickup(g *gen, b *bld) {
	b.t(g.pick("Riverside", "Jefferson", "Oak Hill", "Sunnyvale"), " Elementary — Dismissal / Pickup Authorization\nStudent: ")
	b.n(g.enNameLF())
	b.t("   Grade: ", g.pick("K", "1", "2", "3", "4", "5"), "\nParent/Guardian: ")
	b.n(g.enName())
	b.t("\nHome address: ")
	b.a(g.enAddr(", "))
	b.t("\n\nThe following adults may pick up my child:\n")
	for i := range g.n(1, 3) {
		b.t(pad2(i + 1)[1:], ". ")
		b.n(g.enName())
		b.t(" (", g.pick("grandmother", "aunt", "neighbor", "nanny", "uncle", "stepfather"), ")\n")
	}
	b.t("NOT authorized: ")
	b.n(g.enName())
	b.t("\n")
}

func enShipping(g *gen, b *bld) {
	from, to := g.enName(), g.enName()
	if g.chance(0.5) {
		b.t("SHIP FROM:\n")
		b.n(upper(from))
		b.t("\n")
		b.a(upper(g.enAddr("\n")))
		b.t("\n\nSHIP TO:\n")
		b.n(upper(to))
		b.t("\n")
		b.a(upper(g.enAddr("\n")))
		b.t("\n\nUSPS TRACKING # 9400 ", g.digits(4), " ", g.digits(4), " ", g.digits(4), "\n")
		return
	}
	b.t(`{"shipment_id":"SHP`, g.digits(8), `","carrier":"`, g.pick("UPS", "FedEx", "USPS"), `","ship_to":{"name":"`)
	b.n(to)
	b.t(`","address":"`)
	b.a(g.enAddr(", "))
	b.t(`"},"ship_from":{"company":"`)
	b.neg(g.pick("Kellogg's", "Hershey's", "L.L.Bean", "Harry & David", "Eddie Bauer"))
	b.t(`"},"weight_lb":`, g.num(1, 40), "}\n")
}

func enMoving(g *gen, b *bld) {
	b.t("# moving estimate\nquote_id: MV-", g.digits(6), "\ncustomer: ")
	b.n(g.enName())
	b.t("\norigin: \"")
	b.a(g.enAddr(", "))
	b.t("\"\ndestination: \"")
	b.a(g.enAddr(", "))
	b.t("\"\ncrew_lead: ")
	b.n(g.enFirst())
	b.t("\nitems:\n  - ", g.pick("piano (upright)", "sectional sofa", "king bed"), "\n  - ", g.num(20, 80), " boxes\ntotal_usd: ", g.num(600, 4800), "\n")
}

func enVet(g *gen, b *bld) {
	d := g.pick(",", ";", "\t")
	b.t("patient", d, "species", d, "owner", d, "owner_address", d, "visit", d, "vet\n")
	for range g.n(2, 4) {
		b.neg(g.pick("Biscuit", "Luna", "Bella", "Max", "Cooper", "Pepper", "Mr. Whiskers", "Duke", "Rosie", "Sir Reginald"))
		b.t(d, g.pick("canine", "feline", "rabbit"), d)
		b.csv(pii.PersonName, g.enNameLF(), d)
		b.t(d)
		b.csv(pii.PostalAddress, g.enAddr(", "), d)
		b.t(d, g.date("-"), d, "Dr. ")
		b.n(g.enLast())
		b.t("\n")
	}
}

func enNews(g *gen, b *bld) {
	b.t(upper(g.pick("Local", "Community", "Police blotter")), " — ")
	b.n(g.enName())
	b.t(", ", g.num(19, 84), ", of the ", g.num(100, 2900), " block of ", g.of(enStreet), " ", g.pick("Street", "Avenue", "Road"), ", ", g.pick("was named volunteer of the year by the", "reported a stolen bicycle to the", "won the pie contest at the"), " ")
	b.neg(g.pick("Rotary Club", "County Fair", "Lions Club", "VFW Post 1123", "Knights of Columbus"))
	b.t(". The ceremony was held at ")
	b.neg(g.pick("Lincoln Center", "Franklin Park", "the Washington Street bridge", "Carnegie Library"))
	b.t(". Donations can be mailed to ")
	b.a(g.enAddr(", "))
	b.t(". Organizer ")
	b.n(g.enName())
	b.t(" thanked everyone who came.\n")
}

func enMinutes(g *gen, b *bld) {
	b.t("## ", g.pick("Willow Creek", "Pine Meadows", "Harbor Point"), " HOA — Board Meeting Minutes (", g.date("/"), ")\n\n**Present:** ")
	for i := range g.n(3, 5) {
		if i > 0 {
			b.t(", ")
		}
		b.n(g.enName())
	}
	b.t("\n\n| Item | Owner | Unit address |\n|---|---|---|\n")
	for range g.n(1, 3) {
		b.t("| ", g.pick("Fence variance", "Late dues", "Tree removal", "Parking complaint"), " | ")
		b.n(g.enName())
		b.t(" | ")
		b.a(g.enAddr(", "))
		b.t(" |\n")
	}
	b.t("\nMotion by ")
	b.n(g.enLast())
	b.t(", seconded. ")
	if g.chance(0.5) {
		g.enNegPhrase(b)
	}
	b.t("\n")
}

func enSMS(g *gen, b *bld) {
	me, them := g.enFirst(), g.enFirst()
	b.t("date\tfrom\tbody\n")
	b.t(g.date("-"), " 18:0", g.num(0, 9), "\t")
	b.n(them)
	b.t("\they its ", g.pick("mom", "your landlord", "coach"), ", whats the new address again?\n")
	b.t(g.date("-"), " 18:1", g.num(0, 9), "\tme\t")
	b.a(strings.ToLower(g.enAddr(" ")))
	b.t(" ", g.pick("lol", "!", "- gate code 4411", ""), "\n")
	b.t(g.date("-"), " 18:2", g.num(0, 9), "\t")
	b.n(them)
	b.t("\tok. tell ")
	b.n(me)
	b.t(" i said hi. ")
	if g.chance(0.4) {
		b.t("grabbing ")
		b.neg(g.pick("Wendy's", "Chick-fil-A", "Dunkin'", "McDonald's", "Papa John's"))
		b.t(" on the way")
	}
	b.t("\n")
}

func enNegMenu(g *gen, b *bld) {
	b.t(upper(g.pick("Brunch", "Lunch specials", "Dinner")), "\n")
	for range g.n(3, 5) {
		b.t("- ")
		b.neg(g.pick("Eggs Benedict", "Caesar Salad", "Cobb Salad", "Reuben Sandwich", "Chicken Marsala", "Beef Wellington", "Oysters Rockefeller", "Nachos Grande", "Shirley Temple", "Arnold Palmer", "Peach Melba", "Waldorf Salad", "Philly Cheesesteak"))
		b.t(" .... $", g.num(8, 34), "\n")
	}
	b.t("Ask about our ")
	b.neg(g.pick("Happy Hour", "Sunday Funday", "Taco Tuesday"))
	b.t(" deals!\n")
}

func enNegStore(g *gen, b *bld) {
	b.t("NOTICE: Our ")
	b.neg(g.pick("Washington Square", "Jefferson Mall", "Lincoln Plaza", "Madison Avenue", "King Street"))
	b.t(" store will close early on ")
	b.neg(g.pick("Memorial Day", "Labor Day", "Black Friday", "Christmas Eve"))
	b.t(". Online orders ship via ")
	b.neg(g.pick("FedEx Ground", "UPS SurePost", "Amazon Logistics"))
	b.t(". Visit the ")
	b.neg(g.pick("Ralph Lauren", "Tommy Hilfiger", "Calvin Klein", "Kate Spade", "Michael Kors"))
	b.t(" outlet next door for the clearance event.\n")
}

func enNegTransit(g *gen, b *bld) {
	b.t("SERVICE ALERT ", g.date("/"), ": ", g.pick("Red", "Blue", "Orange"), " Line trains are bypassing ")
	b.neg(g.pick("Union Station", "Penn Station", "Harvard Square", "Lincoln Park", "Jackson Park", "Grand Central"))
	b.t(" due to track work. Shuttle buses run from ")
	b.neg(g.pick("Franklin Ave", "Washington St", "Madison St", "Roosevelt Rd"))
	b.t(" to ")
	b.neg(g.pick("Kennedy Center", "Wrigley Field", "Fenway Park", "Lambeau Field"))
	b.t(". Sorry for the inconvenience.\n")
}
