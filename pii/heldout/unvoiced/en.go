package unvoiced

import "strings"

var enFirst = []string{
	"Olivia", "Tyrone", "Guadalupe", "Rajesh", "Mei-Ling", "Chidi", "Oluwaseun", "Dakota", "Wyatt", "Harper",
	"Ximena", "Santiago", "Aaliyah", "DeShawn", "Keanu", "Ayesha", "Siddharth", "Thanh", "Minh", "Ji-woo",
	"Kenji", "Fatima", "Bartholomew", "Peggy", "Roberta", "Colleen", "Dwayne", "Lakshmi", "Imani", "Kwame",
	"Ngozi", "Winona", "Tallulah", "Ezekiel", "Maribel", "Rosalind", "Cheyenne", "Bao", "Rohan", "Marisol",
	"Everett", "Juniper", "Nkechi", "Hye-jin", "Tomasz", "Abdirahman", "Leilani", "Cormac", "Yesenia", "Darnell",
}

var enNick = []string{"Trish", "Manny", "Deb", "Chuy", "Bev", "Sully", "Lupe", "Gus", "Bitsy", "Rocco"}

var enLast = []string{
	"Whitaker", "Delgado", "Okonkwo", "Nakamura", "Patel", "Begay", "Yazzie", "Castillo-Reyes", "O'Donnell", "McAllister",
	"Nguyen", "Tran", "Kowalczyk", "Hernández", "Abernathy", "Tsosie", "Two Bulls", "Adeyemi", "Mensah", "Chowdhury",
	"Venkataraman", "Kim", "Park", "Fitzgerald", "Lindqvist", "Baptiste", "Goldberg", "de la Cruz", "Van Der Berg", "St. Clair",
	"LaFleur", "Haddad", "Ramírez", "Sandoval", "Thibodeaux", "Szymanski", "Haskins", "Cortés", "Okafor", "Runningwater",
	"Pham", "Iyer", "Wojcik", "Ashby-Lowe", "MacLeod", "Duarte", "Obeng", "Kealoha", "Yamamoto", "Brightman",
}

var enStems = []string{
	"Larkspur", "Quail Ridge", "Old Mill", "Magnolia", "Cedar Hollow", "Pinecrest", "Sagebrush", "Tamarack", "Harbor View", "Bluebonnet",
	"Kettle Creek", "Juniper", "Foxglove", "Winding Brook", "Sycamore", "Prairie Wind", "Orchard", "Stonegate", "Aspen Grove", "Riverbend",
	"Chickasaw", "Mesquite", "Hawthorne", "Lantern Hill", "Copperfield",
}

var enSuffix = []string{"St", "Street", "Ave", "Avenue", "Ln", "Lane", "Dr", "Drive", "Rd", "Ct", "Way", "Blvd", "Pl", "Terrace", "Cir"}

type usCity struct{ city, state, zip string }

var usCities = []usCity{
	{"Boise", "ID", "837"}, {"Tucson", "AZ", "857"}, {"Duluth", "MN", "558"}, {"Savannah", "GA", "314"}, {"Spokane", "WA", "992"},
	{"Bangor", "ME", "044"}, {"Lubbock", "TX", "794"}, {"Asheville", "NC", "288"}, {"Flagstaff", "AZ", "860"}, {"Dayton", "OH", "454"},
	{"Fresno", "CA", "937"}, {"Albany", "NY", "122"}, {"Provo", "UT", "846"}, {"Gallup", "NM", "873"}, {"Burlington", "VT", "054"},
	{"Tulsa", "OK", "741"}, {"Lansing", "MI", "489"}, {"Macon", "GA", "312"}, {"Billings", "MT", "591"}, {"Rapid City", "SD", "577"},
}

func (g *gen) enGiven() string {
	if g.chance(0.15) {
		return g.of(enNick)
	}
	return g.of(enFirst)
}

func (g *gen) enFull() string { return g.enGiven() + " " + g.of(enLast) }

// enName returns a full name in one of several written forms.
func (g *gen) enName() string {
	f, l := g.enGiven(), g.of(enLast)
	switch g.r.IntN(9) {
	case 0:
		return l + ", " + f
	case 1:
		return initial(f) + ". " + l
	case 2:
		return f + " " + initial(g.of(enFirst)) + ". " + l
	case 3:
		return strings.ToUpper(f + " " + l)
	default:
		return f + " " + l
	}
}

func (g *gen) enStreet() string {
	s := g.num(1, 9899) + " "
	if g.chance(0.25) {
		s += g.pick("N ", "S ", "E ", "W ", "NE ")
	}
	s += g.of(enStems) + " " + g.of(enSuffix)
	if g.chance(0.3) {
		s += " " + g.pick("Apt ", "Unit ", "Ste ", "#") + g.num(1, 40) + g.pick("", "A", "B")
	}
	return s
}

func (g *gen) enCityLine() string {
	c := pickOf(g, usCities)
	return c.city + ", " + c.state + " " + c.zip + g.digits(2)
}

func (g *gen) enAddr() string      { return g.enStreet() + ", " + g.enCityLine() }
func (g *gen) enAddrBlock() string { return g.enStreet() + "\n" + g.enCityLine() }

// enAddrAny returns an address in one of several layouts.
func (g *gen) enAddrAny() string {
	switch g.r.IntN(6) {
	case 0:
		return strings.ToUpper(g.enAddr())
	case 1:
		return g.enAddrBlock()
	case 2:
		return g.enStreet()
	case 3:
		c := pickOf(g, usCities)
		return "PO Box " + g.num(10, 9999) + ", " + c.city + ", " + c.state + " " + c.zip + g.digits(2)
	default:
		return g.enAddr()
	}
}

var enNegBrands = []string{
	"Ben & Jerry's", "Wendy's", "McDonald's", "Dr Pepper", "Johnson & Johnson", "Wells Fargo", "Tim Hortons", "Calvin Klein",
	"Tommy Hilfiger", "Ralph Lauren", "Estée Lauder", "Jack Daniel's", "Kellogg's", "Morgan Stanley", "Chuck E. Cheese",
	"Mrs. Fields", "Jimmy Dean", "Walt Disney World", "Ruth's Chris Steak House", "Dillard's", "Marshall Field's", "Kohler",
	"Schlage", "Williams Sonoma", "Trader Joe's", "Papa John's", "Lincoln Navigator", "Ford F-150", "Martha Stewart Living",
}

var enKinds = []kind{
	{"visitor_log", enVisitorLog}, {"funeral_guestbook", enGuestbook}, {"scout_roster", enScoutRoster},
	{"backer_update", enBackerUpdate}, {"tenant_screening", enTenantScreening}, {"pet_sitter_note", enPetSitter},
	{"inmate_lookup", enInmateLookup}, {"fundraiser_mailmerge", enMailMerge}, {"podcast_booking", enPodcastBooking},
	{"home_inspection", enHomeInspection}, {"bridal_shower", enBridalShower}, {"qso_log", enQSOLog},
	{"movein_checklist", enMoveIn}, {"yearbook_page", enYearbook}, {"locksmith_ticket", enLocksmith},
}

var enNegKinds = []kind{{"neg_diner_specials", enNegDiner}, {"neg_trivia_night", enNegTrivia}, {"neg_market_wrap", enNegMarket}}

func enVisitorLog(g *gen, b *builder) {
	b.t("WARD 4 WEST - VISITOR LOG - ")
	b.x(g.pick("St. Bridget Memorial Hospital", "Mary Bird Perkins Center", "Mayo Clinic Health System", "Shriners Children's"))
	b.t("\nTIME  | VISITOR                  | PATIENT (RM)        | RELATION  | ID\n")
	for range 2 + g.r.IntN(4) {
		b.t(g.hhmm(), " | ")
		b.n(g.enName())
		b.t(" | ")
		if g.chance(0.5) {
			b.t(g.pick("Mr. ", "Mrs. ", "Ms. "))
			b.n(g.of(enLast))
		} else {
			b.n(g.enFull())
		}
		b.t(" (4", g.digits(2), ") | ", g.pick("daughter", "neighbor", "pastor", "son-in-law", "friend"), " | ", g.pick("DL", "passport", "badge"), "\n")
	}
	b.t("Flag: visitor ")
	b.n(g.enFull())
	b.t(" gave home address ")
	b.a(g.enAddr())
	b.t(" - verify before next visit.\n")
}

func enGuestbook(g *gen, b *builder) {
	b.t("In Loving Memory of ")
	b.n(g.enFull())
	b.t("\nGuest Book - ", g.pick("Page 3", "Page 11", "Evening visitation"), "\n\n")
	for range 2 + g.r.IntN(3) {
		b.t("Name: ")
		b.n(g.enName())
		if g.chance(0.6) {
			b.t("\nAddress: ")
			b.a(g.enAddrAny())
		}
		b.t("\nMemory: ", g.pick("We worked together at ", "Met at ", "Shared many lunches at "))
		b.x(g.of(enNegBrands))
		b.t(". Rest easy, ")
		b.n(g.enGiven())
		b.t(".\n\n")
	}
}

func enScoutRoster(g *gen, b *builder) {
	b.t("## Troop ", g.num(11, 899), " roster (spring)\n\n| Scout | Rank | Parent/Guardian | Phone |\n|---|---|---|---|\n")
	for range 3 + g.r.IntN(3) {
		b.t("| ")
		b.n(g.enFull())
		b.t(" | ")
		b.x(g.pick("Eagle Scout", "Life Scout", "Star Scout", "First Class"))
		b.t(" | ")
		b.n(g.enName())
		b.t(" | (", g.digits(3), ") 555-", g.digits(4), " |\n")
	}
	b.t("\nMeetings: Fellowship Hall, ")
	b.a(g.enAddr())
	b.t(". Scoutmaster: ")
	b.n(g.enFull())
	b.t("\n")
}

func enBackerUpdate(g *gen, b *builder) {
	b.t("Update #", g.num(3, 19), ": Rewards are shipping!\n\nHi backers,\n\nBig thanks to ")
	b.n(g.enFull())
	b.t(" and ")
	b.n(g.enGiven())
	b.t(" for packing 400 boxes at the print shop next to the ")
	b.x(g.pick("Lincoln Memorial", "Jefferson Davis Hwy overpass", "Hoover Dam visitor center", "Walt Disney Concert Hall"))
	b.t(". If you moved since the pledge, reply in this format:\n\n")
	b.n(g.enFull())
	b.t("\n")
	b.a(g.enAddrBlock())
	b.t("\n\nTier 3 backer ")
	b.n(g.enName())
	b.t(", your package bounced from ")
	b.a(g.enAddr())
	b.t(" - please check.\n- ")
	b.n(g.enGiven())
	b.t(" (creator)\n")
}

func enTenantScreening(g *gen, b *builder) {
	f, l := g.enGiven(), g.of(enLast)
	b.t("TENANT SCREENING REPORT  #TS-", g.digits(7), "\nApplicant: ")
	b.n(strings.ToUpper(l + ", " + f))
	b.t("\nCurrent Address: ")
	b.a(strings.ToUpper(g.enAddr()))
	b.t("\nPrevious Address: ")
	b.a(g.enAddr())
	b.t("\nEmployer: ")
	b.x(g.pick("Dillard's", "Wendy's", "Marriott", "Johnson & Johnson", "Papa John's"))
	b.t(" (verified)\nLandlord reference: ")
	b.n(g.enName())
	b.t(" - \"", g.pick("always paid on time", "one late payment", "would rent again"), "\"\nCo-applicant: ")
	b.n(g.enFull())
	b.t("\nEvictions: none  Credit band: ", g.pick("A", "B", "C"), "\n")
}

func enPetSitter(g *gen, b *builder) {
	b.t("Hi ")
	b.n(g.enGiven())
	b.t("!\n\nThanks so much for watching ", g.pick("Biscuit", "Pickles", "Mochi", "Sarge"), " this week. House is ")
	b.a(g.enAddr())
	b.t(" (lockbox code ", g.digits(4), ").\nFood is in the pantry, the ")
	b.x(g.pick("Purina", "Kibbles 'n Bits", "Blue Buffalo"))
	b.t(" bag. If anything happens call Dr. ")
	b.n(g.of(enLast))
	b.t(" at the clinic or my sister ")
	b.n(g.enFull())
	b.t(".\nOur neighbor ")
	b.n(g.enGiven())
	b.t(" has a spare key.\n\n- ")
	b.n(g.enGiven())
	b.t("\n")
}

func enInmateLookup(g *gen, b *builder) {
	f, l := g.enGiven(), g.of(enLast)
	b.t("INMATE LOOKUP RESULT\n---------------------\nNAME:        ")
	b.n(strings.ToUpper(l + ", " + f + " " + initial(g.of(enFirst))))
	b.t("\nBOOKING NO:  ", g.digits(8), "\nFACILITY:    COUNTY DETENTION CENTER\nLAST KNOWN:  ")
	b.a(strings.ToUpper(g.enAddr()))
	b.t("\nBOND:        $", g.num(5, 90), "00\nAPPROVED VISITORS:\n")
	for range 1 + g.r.IntN(3) {
		b.t("  - ")
		b.n(strings.ToUpper(g.enFull()))
		b.t("\n")
	}
	b.t("ATTORNEY:    ")
	b.n(g.enName())
	b.t(", Esq.\n")
}

func enMailMerge(g *gen, b *builder) {
	split := g.chance(0.4)
	if split {
		b.t("Greeting;Name;Street;City;State;ZIP;LastGift\n")
	} else {
		b.t("Greeting|Name|MailingAddress|LastGift\n")
	}
	for range 3 + g.r.IntN(3) {
		l := g.of(enLast)
		b.t(g.pick("Dear Mr. ", "Dear Ms. ", "Dear Dr. ", "Dear Mrs. "))
		b.n(l)
		c := pickOf(g, usCities)
		if split {
			b.t(";")
			b.n(g.enGiven() + " " + l)
			b.t(";")
			b.a(g.enStreet())
			b.t(";", c.city, ";", c.state, ";", c.zip, g.digits(2), ";$", g.num(10, 500), "\n")
		} else {
			b.t("|")
			b.n(g.enGiven() + " " + l)
			b.t("|")
			b.a(g.enAddr())
			b.t("|$", g.num(10, 500), "\n")
		}
	}
}

func enPodcastBooking(g *gen, b *builder) {
	b.t("booking:\n  show: \"", g.pick("Dirt Roads & Data", "Midnight Ledger", "Second Helpings"), "\"\n  guest:\n    name: ")
	b.n(g.enFull())
	b.t("\n    pronouns: ", g.pick("she/her", "he/him", "they/them"), "\n    ship_mic_to: \"")
	b.a(g.enAddr())
	b.t("\"\n  producer: ")
	b.n(g.enGiven())
	b.t("\n  notes: \"guest will plug their ")
	b.x(g.pick("Pulitzer Prize", "Heisman Trophy", "Peabody Award", "Nobel Prize"))
	b.t(" story; intro by ")
	b.n(g.enName())
	b.t("\"\n")
}

func enHomeInspection(g *gen, b *builder) {
	b.t("HOME INSPECTION REPORT\nProperty: ")
	b.a(g.enAddr())
	b.t("\nClient: ")
	b.n(g.enName())
	b.t("\nInspector: ")
	b.n(g.enFull())
	b.t(", lic. #", g.digits(5), "\nBuyer's agent: ")
	b.n(g.enFull())
	b.t("\n\n1. Roof - minor granule loss.\n2. Plumbing - ")
	b.x(g.pick("Kohler", "American Standard", "Moen"))
	b.t(" faucet drips.\n3. HVAC - ")
	b.x(g.pick("Carrier", "Lennox", "Trane"))
	b.t(" unit, 2011.\n\nSummary for ")
	b.n(g.enGiven())
	b.t(": nothing urgent.\n")
}

func enBridalShower(g *gen, b *builder) {
	b.t("Please join us for a Bridal Shower honoring\n")
	b.n(g.enFull())
	b.t("\nSaturday, May ", g.num(2, 30), " at 1 pm\nat the home of ")
	b.n(g.enFull())
	b.t("\n")
	b.a(g.enAddrBlock())
	b.t("\nRSVP to ")
	b.n(g.enGiven())
	b.t(" by text. Registered at ")
	b.x(g.pick("Williams Sonoma", "Crate & Barrel", "Pottery Barn"))
	b.t(".\n")
}

func enQSOLog(g *gen, b *builder) {
	b.t("DATE       UTC  CALL    FREQ    MODE RST NAME       QTH\n")
	for range 3 + g.r.IntN(3) {
		c := pickOf(g, usCities)
		b.t("2026-0", g.num(1, 9), "-1", g.num(0, 9), " ", strings.ReplaceAll(g.hhmm(), ":", ""), " K", g.pick("D", "B", "C"), g.digits(1), g.pick("XYZ", "QRP", "ABN", "TTL"), "  14.0", g.digits(2), "  ", g.pick("FT8 ", "SSB ", "CW  "), " 59  ")
		name := g.enGiven()
		if g.chance(0.6) {
			name = strings.ToUpper(name)
		}
		b.n(name)
		b.t(strings.Repeat(" ", max(1, 11-len(name))), c.city, " ", c.state, "\n")
	}
	b.t("QSL via: ")
	b.a(g.enAddr())
	b.t("  op ")
	b.n(g.enFull())
	b.t("\n")
}

func enMoveIn(g *gen, b *builder) {
	b.t("Move-In Condition Checklist\n[ ] Unit: ")
	b.a(g.enAddr())
	b.t("\n[ ] Resident(s): ")
	b.n(g.enName())
	b.t(" & ")
	b.n(g.enName())
	b.t("\n[x] Kitchen - oven clean, ")
	b.x("Whirlpool")
	b.t(" fridge ok\n[x] Bath - caulk cracked\n[ ] Keys (2) received by ")
	b.n(g.enGiven())
	b.t("\nManager: ")
	b.n(g.enFull())
	b.t("\n")
}

func enYearbook(g *gen, b *builder) {
	b.t("hey ")
	b.n(strings.ToLower(g.enGiven()))
	b.t("!! cant believe were done. never forget mr. ")
	b.n(strings.ToLower(g.of(enLast)))
	b.t("'s chem lab fire lol. and ")
	b.x(g.pick("wendy's", "mcdonald's", "papa john's"))
	b.t(" at 2am. hmu this summer, new place is ")
	b.a(strings.ToLower(g.enAddr()))
	b.t("\nstay weird\n- ")
	b.n(strings.ToLower(g.enGiven()))
	b.t("\n\nps tell ")
	b.n(strings.ToLower(g.enFull()))
	b.t(" i said hi\n")
}

func enLocksmith(g *gen, b *builder) {
	b.t("<job id=\"LK-", g.digits(5), "\">\n  <customer>")
	b.n(g.enFull())
	b.t("</customer>\n  <site>")
	b.a(g.enAddr())
	b.t("</site>\n  <tech>")
	b.n(g.enGiven())
	b.t("</tech>\n  <work>rekey 3 cyl, ")
	b.x(g.pick("Schlage", "Yale", "Baldwin"))
	b.t(" deadbolt</work>\n  <authorized_by>")
	b.n(g.enName())
	b.t("</authorized_by>\n</job>\n")
}

func enNegDiner(g *gen, b *builder) {
	b.t("TODAY'S SPECIALS\n")
	for range 4 + g.r.IntN(3) {
		b.t("- ")
		b.x(g.pick("Reuben sandwich", "Eggs Benedict", "Caesar salad", "Beef Wellington", "Peach Melba", "Oysters Rockefeller",
			"Nachos", "Graham cracker pie", "Margherita flatbread", "Salisbury steak", "Waldorf salad", "Cobb salad"))
		b.t(" ... $", g.num(6, 24), ".99\n")
	}
	b.t("Drinks: ")
	b.x(g.pick("Shirley Temple", "Arnold Palmer", "Tom Collins", "Bloody Mary"))
	b.t(", ")
	b.x(g.pick("Dr Pepper", "Jack Daniel's", "Sam Adams"))
	b.t(". Happy Hour 4-6. Ask about the Early Bird Special.\n")
}

func enNegTrivia(g *gen, b *builder) {
	b.t("TRIVIA NIGHT - ROUND 3 ANSWERS\n")
	qs := []string{"Pulitzer Prize", "Lincoln Memorial", "Washington Monument", "Hoover Dam", "Mount Rushmore", "Heisman Trophy",
		"Stanley Cup", "Halley's Comet", "Parkinson's disease", "Tony Awards", "Martin Luther King Jr. Day", "Jacuzzi",
		"Ferris wheel", "Nobel Peace Prize", "Kennedy Space Center", "Ponzi scheme", "Braille"}
	for i := range 4 + g.r.IntN(3) {
		b.t(g.num(i+1, i+1), ". ")
		b.x(g.of(qs))
		b.t("\n")
	}
	b.t("Tiebreaker: how tall is the ")
	b.x(g.pick("Statue of Liberty", "Eiffel Tower", "Gateway Arch"))
	b.t("? Winners get a ")
	b.x(g.pick("Ben & Jerry's", "Chuck E. Cheese", "Trader Joe's"))
	b.t(" gift card.\n")
}

func enNegMarket(g *gen, b *builder) {
	cos := []string{"Morgan Stanley", "Goldman Sachs", "Johnson & Johnson", "Procter & Gamble", "Wells Fargo", "Dell", "Hewlett Packard",
		"Ford", "Walt Disney", "McDonald's", "Kellogg's", "Boeing", "Chrysler", "Tesla", "Ralph Lauren", "Estée Lauder", "Marriott",
		"Hilton", "Abbott", "Merck", "Eli Lilly", "Wendy's", "Dow Jones"}
	b.t("MARKET WRAP\n")
	for range 3 + g.r.IntN(3) {
		b.x(g.of(cos))
		b.t(g.pick(" rose ", " fell ", " slipped ", " jumped "), g.num(1, 9), ".", g.digits(1), "% ", g.pick("after earnings.", "on guidance.", "in late trading."), "\n")
	}
	b.t("The ")
	b.x("Dow Jones")
	b.t(" closed higher; ")
	b.x(g.pick("Bank of America", "Charles River Labs", "Lincoln National"))
	b.t(" led financials.\n")
}
