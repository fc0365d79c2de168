package unwritten

import (
	"strings"
)

var enGiven = strings.Fields(`James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara Richard Susan Joseph Jessica Thomas Sarah Charles Karen Christopher Lisa Daniel Nancy Matthew Betty Anthony Sandra Mark Margaret Donald Ashley Steven Kimberly Andrew Emily Paul Donna Joshua Michelle Kenneth Carol Kevin Amanda Brian Melissa George Deborah Timothy Stephanie Ronald Rebecca Jason Laura Edward Sharon Jeffrey Cynthia Ryan Kathleen Jacob Amy Gary Angela Nicholas Shirley Eric Brenda Jonathan Emma Larry Anna Justin Pamela Scott Nicole Brandon Samantha Benjamin Katherine Gregory Christine Frank Debra Raymond Rachel Alexander Carolyn Patrick Janet Jack Maria Dennis Olivia Jerry Heather Tyler Helen Aaron Catherine Jose Diane Adam Julie Nathan Victoria Henry Joyce Zachary Lauren Douglas Kelly Peter Christina Kyle Ruth Noah Joan Ethan Virginia Jeremy Judith Walter Evelyn Christian Hannah Keith Andrea Roger Megan Terry Cheryl Austin Jacqueline Sean Madison Gerald Teresa Carl Abigail Harold Sophia Dylan Martha Arthur Gloria Lawrence Sara Jordan Janice Jesse Kathryn Bryan Ann Billy Isabella Bruce Judy Gabriel Charlotte Logan Julia Alan Grace Juan Amber Wayne Alice Ralph Denise Roy Danielle Eugene Marilyn Randy Beverly Vincent Natalie Russell Theresa Louis Diana Philip Brittany Bobby Doris Johnny Kayla Bradley Alexis Luis Carmen Miguel Rosa Guadalupe Alejandro Ximena Thuy Minh Huong Quang Priya Arjun Sanjay Deepa Wei Mei Jian Min-jun Ji-woo Seo-yeon Chinedu Ngozi Oluwaseun Adaeze Emeka Yusuf Fatima Omar Layla Tariq Aaliyah DeShawn Jamal Tanisha Keisha Marisol Dolores Imani Kwame Esperanza Rhiannon Siobhan Declan Bronwyn Thaddeus Ezekiel Delphine Cosima Leopold`)

var enSurname = strings.Fields(`Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Gomez Phillips Evans Turner Diaz Parker Cruz Edwards Collins Reyes Stewart Morris Morales Murphy Cook Rogers Gutierrez Ortiz Morgan Cooper Peterson Bailey Reed Kelly Howard Ramos Kim Cox Ward Richardson Watson Brooks Chavez Wood James Bennett Gray Mendoza Ruiz Hughes Price Alvarez Castillo Sanders Patel Myers Long Ross Foster Jimenez Powell Jenkins Perry Russell Sullivan Bell Coleman Butler Henderson Barnes Gonzales Fisher Vasquez Simmons Romero Jordan Patterson Alexander Hamilton Graham Reynolds Griffin Wallace Moreno West Cole Hayes Bryant Herrera Gibson Ellis Tran Medina Aguilar Stevens Murray Ford Castro Marshall Owens Harrison Fernandez Woods Washington Kennedy Wells Vargas Henry Chen Freeman Webb Tucker Guzman Burns Crawford Olson Simpson Porter Hunter Gordon Mendez Silva Shaw Snyder Mason Dixon Munoz Hunt Hicks Holmes Palmer Wagner Black Robertson Boyd Rose Stone Salazar Fox Warren Mills Meyer Rice Schmidt Garza Daniels Ferguson Nichols Stephens Soto Weaver Ryan Gardner Payne Grant Dunn Kowalski Nowak Pham Le Vu Hoang Huynh Sharma Gupta Reddy Iyer Choudhury Wang Zhang Liu Huang Park Choi Jung Okafor Adeyemi Okonkwo Eze Balogun Haddad Khalil Nasser Abdullah Haas Lindqvist Yamamoto Tanaka Kaczmarek Novak Petrov`)

var enParticle = strings.Fields(`O'Brien O'Connor O'Neill McDonald McAllister MacLeod DeLuca D'Angelo Van-Buren LaFleur Da-Silva St.-Clair`)

var enCompound = []string{"de la Cruz", "Van der Berg", "Van Dyke", "del Rosario", "De Jesus", "Ortega y Gasset", "Smith-Jones", "Garcia-Lopez", "Baker-Whitfield", "Nguyen-Tran", "Abu-Bakr", "ben-David", "Le Blanc", "Mc Gregor"}

func (g *gen) enSur() string {
	switch {
	case g.ch(0.07):
		return strings.ReplaceAll(g.of(enParticle), "-", " ")
	case g.ch(0.06):
		return g.of(enCompound)
	}
	return g.of(enSurname)
}

// enName returns a full name in one of several written forms.
func (g *gen) enName() string {
	f, l := g.of(enGiven), g.enSur()
	switch g.r.IntN(12) {
	case 0:
		return f + " " + string(rune('A'+g.r.IntN(26))) + ". " + l
	case 1:
		return l + ", " + f
	case 2:
		return strings.ToUpper(f + " " + l)
	case 3:
		return f + " " + g.of(enGiven) + " " + l
	case 4:
		return string(f[0]) + ". " + l
	case 5:
		return f + " " + l + g.pick(" Jr.", " III", " Sr.", " II")
	}
	return f + " " + l
}

type usCity struct{ city, st, zip string }

var usCities = []usCity{
	{"Springfield", "IL", "627"}, {"Columbus", "OH", "432"}, {"Austin", "TX", "787"}, {"Boise", "ID", "837"},
	{"Tucson", "AZ", "857"}, {"Fresno", "CA", "937"}, {"Oakland", "CA", "946"}, {"Sacramento", "CA", "958"},
	{"Portland", "OR", "972"}, {"Spokane", "WA", "992"}, {"Tacoma", "WA", "984"}, {"Reno", "NV", "895"},
	{"Albuquerque", "NM", "871"}, {"Denver", "CO", "802"}, {"Boulder", "CO", "803"}, {"Omaha", "NE", "681"},
	{"Wichita", "KS", "672"}, {"Tulsa", "OK", "741"}, {"Little Rock", "AR", "722"}, {"Memphis", "TN", "381"},
	{"Knoxville", "TN", "379"}, {"Birmingham", "AL", "352"}, {"Jackson", "MS", "392"}, {"Baton Rouge", "LA", "708"},
	{"Savannah", "GA", "314"}, {"Macon", "GA", "312"}, {"Tallahassee", "FL", "323"}, {"Gainesville", "FL", "326"},
	{"St. Petersburg", "FL", "337"}, {"Charleston", "SC", "294"}, {"Durham", "NC", "277"}, {"Asheville", "NC", "288"},
	{"Richmond", "VA", "232"}, {"Norfolk", "VA", "235"}, {"Baltimore", "MD", "212"}, {"Wilmington", "DE", "198"},
	{"Trenton", "NJ", "086"}, {"Newark", "NJ", "071"}, {"Albany", "NY", "122"}, {"Buffalo", "NY", "142"},
	{"Brooklyn", "NY", "112"}, {"Hartford", "CT", "061"}, {"Providence", "RI", "029"}, {"Worcester", "MA", "016"},
	{"Burlington", "VT", "054"}, {"Portland", "ME", "041"}, {"Manchester", "NH", "031"}, {"Erie", "PA", "165"},
	{"Pittsburgh", "PA", "152"}, {"Scranton", "PA", "185"}, {"Dayton", "OH", "454"}, {"Toledo", "OH", "436"},
	{"Ann Arbor", "MI", "481"}, {"Grand Rapids", "MI", "495"}, {"Fort Wayne", "IN", "468"}, {"Madison", "WI", "537"},
	{"Duluth", "MN", "558"}, {"Fargo", "ND", "581"}, {"Sioux Falls", "SD", "571"}, {"Des Moines", "IA", "503"},
	{"Cedar Rapids", "IA", "524"}, {"Billings", "MT", "591"}, {"Cheyenne", "WY", "820"}, {"Provo", "UT", "846"},
	{"Anchorage", "AK", "995"}, {"Honolulu", "HI", "968"}, {"El Paso", "TX", "799"}, {"Lubbock", "TX", "794"},
	{"Corpus Christi", "TX", "784"}, {"Chula Vista", "CA", "919"}, {"Bakersfield", "CA", "933"}, {"Eugene", "OR", "974"},
	{"Lexington", "KY", "405"}, {"Louisville", "KY", "402"}, {"Huntington", "WV", "257"}, {"Kansas City", "MO", "641"},
}

var enStreetNames = strings.Fields(`Maple Oak Pine Cedar Elm Willow Birch Walnut Chestnut Magnolia Dogwood Sycamore Hickory Aspen Juniper Main Church Mill Market Spring Park Lake Hill River Ridge Valley Meadow Forest Sunset Highland Lincoln Jefferson Madison Monroe Franklin Adams Grant Jackson Washington Center Union Broad Front Water Bridge School Depot Railroad Orchard Prairie Canyon Mesa Bluebonnet Cypress Magnolia Peachtree Palmetto Saguaro Mission Alameda Kearny Division Harbor Beacon Quarry Tamarack Sagebrush Piedmont Shenandoah Wabash Ottawa Cherokee Seminole Chippewa Kingsley Ashford Whitfield Brookside Fairview Greenbriar Stonegate Foxhall Larkspur Hawthorne`)

var enSuffix = []string{"St", "Street", "Ave", "Avenue", "Rd", "Road", "Blvd", "Boulevard", "Dr", "Drive", "Ln", "Lane", "Ct", "Court", "Pl", "Place", "Ter", "Terrace", "Way", "Cir", "Circle", "Pkwy", "Parkway", "Hwy", "Trl", "Trail", "Loop", "Pike", "Run", "Sq", "Xing", "Aly", "Row", "Hts", "Crk", "Cv", "Pt", "Path", "Walk"}

func (g *gen) enStreet() string {
	if g.ch(0.06) {
		return g.pick("PO Box ", "P.O. Box ", "POB ") + g.is(10, 9899)
	}
	if g.ch(0.03) {
		return "RR " + g.is(1, 9) + " Box " + g.is(10, 299)
	}
	var s string
	switch g.r.IntN(10) {
	case 0:
		s = g.is(1, 99) + g.pick("0", "00", "5", "15") + " " + g.pick("N", "S", "E", "W", "NE", "SW") + " " + g.of(enStreetNames) + " " + g.of(enSuffix)
	case 1:
		n := g.in(1, 99)
		sfx := "th"
		switch {
		case n%10 == 1 && n != 11:
			sfx = "st"
		case n%10 == 2 && n != 12:
			sfx = "nd"
		case n%10 == 3 && n != 13:
			sfx = "rd"
		}
		s = g.is(100, 9999) + " " + itoa(n) + sfx + " " + g.pick("St", "Ave", "Street", "Avenue", "Pl")
	case 2:
		s = g.is(100, 29999) + " " + g.of(enStreetNames) + " " + g.of(enSuffix) + " " + g.pick("NW", "SE", "N", "E", "W", "S")
	case 3:
		s = g.is(1000, 9999) + " " + g.pick("County Road ", "State Route ", "Highway ", "County Rd ") + g.is(2, 990)
	default:
		s = g.is(1, 9999) + " " + g.of(enStreetNames) + " " + g.of(enSuffix)
	}
	if g.ch(0.3) {
		s += g.pick(" Apt ", ", Apt. ", " #", " Unit ", " Ste ", ", Suite ", " Fl ", " Bldg ", " Rm ") + g.pick(g.is(1, 40), g.is(100, 912), string(rune('A'+g.r.IntN(8))), g.is(1, 9)+string(rune('A'+g.r.IntN(6))))
	}
	return s
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for n > 0 {
		b = append([]byte{byte('0' + n%10)}, b...)
		n /= 10
	}
	return string(b)
}

func (g *gen) enCityLine() string {
	c := usCities[g.r.IntN(len(usCities))]
	zip := c.zip + g.digits(2)
	if c.zip[0] == '0' {
		zip = c.zip + g.is(10, 99)
	}
	if g.ch(0.15) {
		zip += "-" + g.is(1000, 9999)
	}
	sep := g.pick(", ", ", ", " ")
	return c.city + sep + c.st + g.pick(" ", "  ") + zip
}

// enAddr returns an address on one line or, with block, over two or three.
func (g *gen) enAddr(block bool, indent string) string {
	st := g.enStreet()
	cl := g.enCityLine()
	if block {
		if g.ch(0.15) && !strings.Contains(st, "Box") {
			return st + "\n" + indent + g.pick("Suite ", "Apt ", "Unit ") + g.is(2, 40) + "\n" + indent + cl
		}
		return st + "\n" + indent + cl
	}
	if g.ch(0.05) {
		return strings.ToUpper(st + " " + cl)
	}
	return st + ", " + cl
}

var enNegs = []string{"Ford Motor Company", "Lincoln Tunnel", "Parkinson's disease", "Alzheimer's disease", "Lou Gehrig's disease", "Hodgkin lymphoma", "Nobel Prize", "Pulitzer Prize", "Heisman Trophy", "Smithsonian Institution", "Washington Monument", "Jefferson Memorial", "Carnegie Hall", "Rockefeller Center", "Hilton Garden Inn", "Marriott Courtyard", "Johnson & Johnson", "Wells Fargo", "Charles Schwab", "Morgan Stanley", "Dell XPS 13", "Tesla Model 3", "Chevrolet Malibu", "Jeep Grand Cherokee", "Ford F-150", "Trader Joe's", "McDonald's", "Ben & Jerry's", "Wendy's", "Dunkin'", "Martha Stewart Living", "Bill & Melinda Gates Foundation", "Harvard University", "Stanford University", "Queen Mary 2", "USS Nimitz", "Taft-Hartley Act", "Dodd-Frank Act", "Americans with Disabilities Act", "Customer Service", "Annual Report", "Grand Opening", "Happy Hour", "Project Manager", "Regional Sales Director", "Office Administrator", "Shift Supervisor", "Labor Day", "Memorial Day", "Thanksgiving", "Tuesday", "Friday", "March", "August", "Lincoln Park", "Jackson Hole", "Mount Rushmore", "Golden Gate Bridge", "Empire State Building", "Hoover Dam", "Walt Disney World", "Dr Pepper", "Jack Daniel's", "Sam's Club", "Kellogg's Corn Flakes", "Campbell's Soup", "Boeing 737 MAX", "iPhone 15 Pro", "Kindle Paperwhite", "Best Western", "Wilson Sporting Goods", "Hershey's Kisses", "Betty Crocker", "Dewey Decimal System", "Father's Day", "Mother's Day"}

func (g *gen) enNeg(b *bld) { b.ng(g.of(enNegs)) }

var enLandmarks = []string{"Lincoln Tunnel", "Washington Monument", "Jefferson Memorial", "Carnegie Hall", "Rockefeller Center", "Mount Rushmore", "Golden Gate Bridge", "Empire State Building", "Hoover Dam", "Walt Disney World", "Smithsonian Institution", "Queen Mary 2", "USS Nimitz", "Lincoln Park", "Jackson Hole"}

var enProducts = []string{"Dell XPS 13", "Tesla Model 3", "Chevrolet Malibu", "Jeep Grand Cherokee", "Ford F-150", "Ben & Jerry's", "Dr Pepper", "Jack Daniel's", "Kellogg's Corn Flakes", "Campbell's Soup", "iPhone 15 Pro", "Kindle Paperwhite", "Hershey's Kisses", "Betty Crocker", "Martha Stewart Living", "Wilson Sporting Goods", "Johnson & Johnson", "Dunkin'", "Trader Joe's"}

var enCompanies = []string{"Ford Motor Company", "Wells Fargo", "Charles Schwab", "Morgan Stanley", "Johnson & Johnson", "Hilton Garden Inn", "Marriott Courtyard", "McDonald's", "Trader Joe's", "Best Western", "Wilson Sporting Goods", "Sam's Club", "Smithsonian Institution", "Harvard University", "Bill & Melinda Gates Foundation"}

func init() {
	kindsOf["en"] = []kind{
		{"classified_ad", enClassified}, {"guestbook", enGuestbook}, {"forum_thread", enForum},
		{"postcard", enPostcard}, {"seating_plan", enSeating}, {"timesheet", enTimesheet},
		{"expense_report", enExpense}, {"phone_message", enPhoneMsg}, {"visitor_log", enVisitorLog},
		{"route_sheet", enRouteSheet}, {"club_renewal", enClubRenewal}, {"chess_pairings", enChess},
		{"carpool_plan", enCarpool}, {"power_of_attorney", enPOA}, {"interview_transcript", enInterview},
	}
	negKindsOf["en"] = []kind{{"neg_product_blurb", enNegProduct}, {"neg_trivia_quiz", enNegTrivia}, {"neg_transit_notice", enNegTransit}}
}

func enClassified(g *gen, b *bld) {
	item := g.pick("Oak dining table, 6 chairs", "Kids bike 20in", "Used kayak w/ paddle", "Moving sale - everything must go", "Riding mower, runs great", "Baby crib + mattress", "Upright piano, FREE if you haul", "Firewood, seasoned, by the cord")
	if g.ch(0.5) {
		b.t("FOR SALE: ", item, " — $", g.is(20, 900), " OBO.\n")
		b.t("Pickup at ")
		if g.ch(0.3) {
			b.a(g.ocr(g.enAddr(false, "")))
		} else {
			b.a(g.enAddr(false, ""))
		}
		b.t(". Call or text ")
		b.n(g.of(enGiven))
		b.t(" at (", g.digits(3), ") ", g.digits(3), "-", g.digits(4), " after 5pm. No holds.\n")
		if g.ch(0.5) {
			b.t("Bought new at ")
			b.ng(g.of(enCompanies))
			b.t(", barely used.\n")
		}
		return
	}
	b.t("Listing #", g.digits(7), "\nTitle: ", item, "\nSeller: ")
	b.n(g.enName())
	b.t("\nLocation: ")
	b.a(g.enAddr(false, ""))
	b.t("\nPosted: ", g.pick("Monday", "Saturday", "Sunday"), "\nDescription: ", g.pick("Smoke-free home.", "Cash only.", "Local pickup only, will not ship."), " Ask for ")
	b.n(g.of(enGiven))
	b.t(" or ")
	b.n(g.of(enGiven))
	b.t(".\n")
}

func enGuestbook(g *gen, b *bld) {
	b.t("~ Guestbook ~ ", g.pick("Cabin at Lake Winnipesaukee", "The Saltbox Cottage", "Blue Heron B&B"), "\n\n")
	for range g.in(2, 4) {
		b.t(g.is(1, 12), "/", g.is(1, 28), "/", g.is(19, 25), "  ")
		switch g.r.IntN(3) {
		case 0:
			b.t("We had the best week! The kids loved the dock. Thank you ")
			b.n(g.of(enGiven))
			b.t(" for the firewood tip. — The ")
			b.n(g.of(enSurname))
			b.t(" family, ")
			b.t(g.pick("from ", "of "))
			b.ng(g.pick("Ohio", "Vermont", "Quebec", "Texas"))
			b.t("\n")
		case 1:
			b.n(g.enName())
			b.t(" & ")
			b.n(g.of(enGiven))
			b.t(" — anniversary trip, rained 3 days but who cares. Come visit us: ")
			b.a(g.enAddr(false, ""))
			b.t("\n")
		default:
			b.t("great stay. left a puzzle in the closet.  -- ")
			b.n(strings.ToLower(g.of(enGiven)))
			b.t(g.pick(", ", " & ", " + "))
			b.n(strings.ToLower(g.of(enGiven)))
			b.t(" and grandma ")
			b.n(strings.ToLower(g.of(enGiven)))
			b.t("\n")
		}
	}
}

func enForum(g *gen, b *bld) {
	u1 := g.pick("gardenguy", "mrs_k", "diesel_dan", "quiltmom", "tinkerer42", "bassfisher77")
	b.t("Re: ", g.pick("Best hardware store near downtown?", "Anyone else get the flyer about the block party?", "Recommend a piano teacher?"), "\n")
	b.t("Posted by ", u1, " » ", g.pick("Tue", "Wed", "Sat"), " ", g.is(1, 12), ":", g.is(10, 59), " pm\n\n")
	b.t("> Quote (", g.pick("oldtimer", "jbird", "sunnyside"), "):\n> ")
	b.t("Try the place on ")
	b.a(g.enAddr(false, ""))
	b.t(", ask for ")
	b.n(g.enName())
	b.t(".\n\n")
	b.t(g.pick("Seconding this. ", "Went there Saturday. ", "Can confirm. "))
	b.n(g.of(enGiven))
	b.t(" knows everything. Also my neighbor ")
	b.n(g.enName())
	b.t(" teaches out of her house, she's great. ")
	if g.ch(0.6) {
		b.t("(Not the one next to ")
		b.ng(g.of(enCompanies))
		b.t(".)")
	}
	b.t("\n")
}

func enPostcard(g *gen, b *bld) {
	b.t(g.pick("Dear ", "Hi ", "Hey "))
	b.n(g.of(enGiven))
	if g.ch(0.5) {
		b.t(" & ")
		b.n(g.of(enGiven))
	}
	b.t(",\n", g.pick("Greetings from the Grand Canyon!", "Made it to Key West.", "Yellowstone is freezing."), " Saw ")
	b.ng(g.of(enLandmarks))
	b.t(" today. Uncle ")
	b.n(g.of(enGiven))
	b.t(" says hi.\nLove, ")
	b.n(g.of(enGiven))
	b.t("\n\n                                   ")
	b.n(g.enName())
	b.t("\n                                   ")
	b.a(g.enAddr(true, "                                   "))
	b.t("\n")
}

func enSeating(g *gen, b *bld) {
	b.t("SEATING PLAN — ", g.pick("Rehearsal Dinner", "50th Birthday", "Retirement Party", "Gala"), "\n")
	b.t("Table | Guest | Meal\n")
	for range g.in(3, 5) {
		b.t(g.is(1, 12), " | ")
		if g.ch(0.25) {
			b.t(g.pick("Mr. ", "Mrs. ", "Ms. ", "Dr. "))
			b.n(g.of(enSurname))
		} else {
			b.n(g.enName())
		}
		b.t(" | ", g.pick("chicken", "fish", "veg", "kids"), "\n")
	}
	b.t("Note: ")
	b.n(g.of(enGiven))
	b.t(" must not sit near the speakers. Table 3 is reserved for ")
	g.enNeg(b)
	b.t(" guests.\n")
}

func enTimesheet(g *gen, b *bld) {
	b.t("WEEKLY TIMESHEET\nEmployee: ")
	b.n(g.enName())
	b.t("    Supervisor: ")
	b.n(g.enName())
	b.t("\nSite: ")
	b.a(g.enAddr(false, ""))
	b.t("\n")
	for _, d := range []string{"Mon", "Tue", "Wed", "Thu", "Fri"} {
		b.t(d, "\t", g.is(6, 9), ":00\t", g.is(14, 18), ":30\t", g.pick("framing", "drywall", "cleanup", "inventory", "training"), "\n")
	}
	b.t("Approved by ")
	b.n(strings.ToUpper(g.of(enGiven) + " " + g.of(enSurname)))
	b.t(", ")
	b.ng(g.pick("Shift Supervisor", "Project Manager", "Office Administrator"))
	b.t("\n")
}

func enExpense(g *gen, b *bld) {
	b.t("Expense Report ER-", g.digits(5), "\nSubmitted by: ")
	b.n(g.enName())
	b.t("\nCost center: ", g.digits(4), "\n\nDate,Merchant,Amount,Notes\n")
	for range g.in(2, 4) {
		b.t(g.is(1, 12), "/", g.is(1, 28), ",")
		b.ng(g.pick("Marriott Courtyard", "Hilton Garden Inn", "McDonald's", "Best Western", "Trader Joe's", "Wendy's"))
		b.t(",", g.is(8, 240), ".", g.digits(2), ",")
		if g.ch(0.5) {
			b.t("client dinner w/ ")
			b.n(g.enName())
		} else {
			b.t("mileage")
		}
		b.t("\n")
	}
	b.t("\nReimburse to home address: ")
	b.a(g.enAddr(false, ""))
	b.t("\nApprover: ")
	b.n(g.of(enSurname) + ", " + g.of(enGiven))
	b.t("\n")
}

func enPhoneMsg(g *gen, b *bld) {
	b.t("WHILE YOU WERE OUT\nTo: ")
	b.n(g.of(enGiven))
	b.t("\nFrom: ")
	if g.ch(0.4) {
		b.t(g.pick("Mr. ", "Mrs. ", "Ms. "))
		b.n(g.of(enSurname))
	} else {
		b.n(g.enName())
	}
	b.t(" of ")
	b.ng(g.pick("Wells Fargo", "Morgan Stanley", "Johnson & Johnson", "Ford Motor Company"))
	b.t("\nPhone: ", g.digits(3), "-", g.digits(3), "-", g.digits(4), "\n[x] Please call  [ ] Will call again\nMessage: ")
	b.t(g.pick("wants to confirm delivery to ", "new billing address is ", "meeting moved, now at "))
	b.a(g.enAddr(false, ""))
	b.t(". ")
	b.t("taken by ")
	b.n(strings.ToLower(g.of(enGiven)))
	b.t(" ", g.pick("Tuesday", "Friday", "Monday"), " 10:", g.is(10, 59), "\n")
}

func enVisitorLog(g *gen, b *bld) {
	b.t("RECEPTION VISITOR LOG  ", g.pick("Bldg C", "Lobby", "Front Desk"), "\n")
	b.t(pad("Name", 26), pad("Visiting", 20), pad("In", 7), "Badge\n")
	for range g.in(2, 5) {
		nm := g.enName()
		b.n(nm)
		b.t(strings.Repeat(" ", max(1, 26-len(nm))))
		h := g.of(enGiven)
		b.n(h)
		b.t(strings.Repeat(" ", max(1, 20-len(h))))
		b.t(g.is(8, 16), ":", g.is(10, 59), "  V-", g.digits(3), "\n")
	}
	if g.ch(0.5) {
		b.t("Courier from ")
		b.ng("FedEx Office")
		b.t(" left pkg for ")
		b.n(g.enName())
		b.t("\n")
	}
}

func enRouteSheet(g *gen, b *bld) {
	if g.ch(0.35) {
		b.t("{\n  \"route\": ", g.is(1, 40), ",\n  \"driver\": \"")
		b.n(g.enName())
		b.t("\",\n  \"stops\": [\n")
		k := g.in(2, 4)
		for i := range k {
			b.t("    {\"seq\": ", itoa(i+1), ", \"consignee\": \"")
			b.n(g.of(enGiven) + " " + g.enSur())
			b.t("\", \"address\": \"")
			b.a(g.enAddr(false, ""))
			b.t("\", \"window\": \"", g.pick("AM", "PM", "any"), "\"}")
			if i < k-1 {
				b.t(",")
			}
			b.t("\n")
		}
		b.t("  ],\n  \"vehicle\": \"")
		b.ng(g.pick("Ford F-150", "Chevrolet Malibu", "Jeep Grand Cherokee"))
		b.t("\"\n}\n")
		return
	}
	b.t("ROUTE ", g.is(1, 40), " — Driver: ")
	b.n(g.enName())
	b.t("  Truck #", g.digits(3), "\n")
	for i := range g.in(3, 5) {
		b.t(itoa(i+1), ". ")
		if g.ch(0.5) {
			b.n(strings.ToUpper(g.of(enSurname)))
			b.t(" — ")
		}
		b.a(g.enAddr(false, ""))
		b.t(g.pick("  (leave at side door)", "  (dog!)", "", "  (call on arrival)"), "\n")
	}
	b.t("Return to depot by 5. Dispatcher: ")
	b.n(g.of(enGiven))
	b.t("\n")
}

func enClubRenewal(g *gen, b *bld) {
	club := g.pick("Riverside Rowing Club", "Maple Lanes Bowling League", "Tri-County Rod & Gun Club", "Eastside Tennis Association")
	b.t(club, " — Membership Renewal ", g.is(2024, 2026), "\n\nMember name: ")
	b.n(g.enName())
	b.t("\nMailing address:\n  ")
	b.a(g.enAddr(true, "  "))
	b.t("\nFamily members: ")
	b.n(g.of(enGiven))
	b.t(", ")
	b.n(g.of(enGiven))
	b.t("\nSponsor: ")
	b.n(g.enName())
	b.t("\nDues paid to treasurer ")
	b.n(g.of(enGiven) + " " + g.enSur())
	b.t(" on ", g.pick("March", "April", "May"), " ", g.is(1, 28), ".\n")
}

func enChess(g *gen, b *bld) {
	b.t("Round ", g.is(1, 7), " Pairings — ", g.pick("Spring Open", "Club Championship", "Quick Chess Night"), "\n")
	b.t("Bd  White                    Black\n")
	for i := range g.in(2, 4) {
		b.t(pad(itoa(i+1), 4))
		w := g.of(enSurname) + ", " + g.of(enGiven)
		b.n(w)
		b.t(" (", g.is(1100, 2300), ")", strings.Repeat(" ", max(1, 18-len(w))))
		b.n(g.of(enSurname) + ", " + g.of(enGiven))
		b.t(" (", g.is(1100, 2300), ")\n")
	}
	b.t("TD: ")
	b.n(g.enName())
	b.t(". Byes: ")
	b.n(g.enName())
	b.t("\nPlaying site: ")
	b.a(g.enAddr(false, ""))
	b.t("\n")
}

func enCarpool(g *gen, b *bld) {
	b.t("Carpool plan — ", g.pick("soccer practice", "swim team", "Hebrew school", "robotics"), "\n")
	for _, d := range []string{"Monday", "Wednesday", "Friday"} {
		b.t("- ", d, ": ")
		b.n(g.of(enGiven))
		b.t(" drives; picks up ")
		b.n(g.of(enGiven))
		b.t(" at ")
		b.a(g.enAddr(false, ""))
		b.t("\n")
	}
	b.t("if you can't drive, text ")
	b.n(g.of(enGiven))
	b.t(" by 3pm. ")
	b.ng(g.pick("Labor Day", "Memorial Day", "Thanksgiving"))
	b.t(" week is off.\n")
}

func enPOA(g *gen, b *bld) {
	b.t("DURABLE POWER OF ATTORNEY\n\nI, ")
	pr := g.enName()
	b.n(strings.ToUpper(pr))
	b.t(", residing at ")
	b.a(g.enAddr(false, ""))
	b.t(", hereby appoint ")
	b.n(g.enName())
	b.t(", of ")
	b.a(g.enAddr(false, ""))
	b.t(", as my attorney-in-fact. Should ")
	b.n(g.of(enGiven))
	b.t(" be unable to serve, I appoint ")
	b.n(g.enName())
	b.t(" as successor agent.\n\nSigned this ", g.is(1, 28), "th day of ", g.pick("June", "July", "October"), ".\n\n______________________\n")
	b.n(pr)
	b.t(", Principal\n")
}

func enInterview(g *gen, b *bld) {
	iv := g.of(enGiven) + " " + g.of(enSurname)
	ieG := g.of(enGiven)
	ie := ieG + " " + g.enSur()
	b.t("TRANSCRIPT — oral history project, tape ", g.is(1, 30), "\nInterviewer: ")
	b.n(iv)
	b.t("\nNarrator: ")
	b.n(ie)
	b.t("\n\n")
	b.n(strings.ToUpper(strings.Fields(iv)[1]))
	b.t(": So where did you grow up?\n")
	b.n(strings.ToUpper(ieG))
	b.t(": Oh, we lived at, um,  ")
	b.a(g.enStreet())
	b.t(", right by the ")
	b.ng(g.pick("Lincoln Tunnel", "Hoover Dam", "Carnegie Hall", "Golden Gate Bridge"))
	b.t(". My dad worked for ")
	b.ng(g.pick("Ford Motor Company", "Wells Fargo", "Johnson & Johnson"))
	b.t(". My sister ")
	b.n(g.of(enGiven))
	b.t(" still lives in the old house.\n")
	b.n(strings.ToUpper(strings.Fields(iv)[1]))
	b.t(": [inaudible] and your mother?\n")
	b.n(strings.ToUpper(ieG))
	b.t(": ")
	b.n(g.of(enGiven))
	b.t(". Everyone called her ", "\"")
	b.n(g.pick("Dot", "Peggy", "Bunny", "Sis", "Lulu"))
	b.t("\". She moved to ")
	b.a(g.enAddr(false, ""))
	b.t(" after he died.\n")
}

func enNegProduct(g *gen, b *bld) {
	b.t("NEW THIS WEEK\n")
	for range g.in(3, 5) {
		b.t("* ")
		b.ng(g.of(enProducts))
		b.t(g.pick(" — now in stock", " — limited offer", " — see in store", ", ask our staff"), "\n")
	}
	b.t("Prices valid through ")
	b.ng(g.pick("Friday", "Tuesday", "Labor Day"))
	b.t(". Not valid at ")
	b.ng(g.pick("Sam's Club", "Trader Joe's", "Best Western"))
	b.t(" locations.\n")
}

func enNegTrivia(g *gen, b *bld) {
	b.t("Pub Quiz, round ", g.is(1, 5), "\n")
	for i := range g.in(3, 5) {
		b.t("Q", itoa(i+1), ". Which is older: ")
		b.ng(g.of(enLandmarks))
		b.t(" or ")
		b.ng(g.of(enProducts))
		b.t("?\n")
	}
}

func enNegTransit(g *gen, b *bld) {
	b.t("SERVICE ADVISORY: Weekend work near ")
	b.ng(g.pick("Lincoln Park", "Washington Monument", "Rockefeller Center", "Jackson Hole"))
	b.t(". Buses replace trains between ")
	b.ng(g.pick("Union Station", "Grand Central Terminal", "Penn Station"))
	b.t(" and ")
	b.ng(g.pick("Hoover Dam Visitor Center", "Carnegie Hall", "Empire State Building"))
	b.t(" on ")
	b.ng(g.pick("Saturday", "Sunday", "Memorial Day"))
	b.t(". Questions? Contact ")
	b.ng("Customer Service")
	b.t(".\n")
}
