package unopened

import "strings"

var enFirsts = []string{"James", "Mary", "Robert", "Patricia", "Michael", "Jennifer", "William", "Linda", "David", "Elizabeth", "Joseph", "Barbara", "Thomas", "Susan", "Charles", "Jessica", "Christopher", "Sarah", "Daniel", "Karen", "Matthew", "Nancy", "Anthony", "Lisa", "Mark", "Betty", "Donald", "Sandra", "Steven", "Ashley", "Andrew", "Kimberly", "Kenneth", "Donna", "Joshua", "Emily", "Kevin", "Michelle", "Brian", "Carol", "Tyrone", "Shaniqua", "Jose", "Guadalupe", "Luis", "Ximena", "Nguyen", "Thanh", "Priya", "Rohan", "Aaliyah", "DeShawn", "Mei", "Hiroshi", "Olamide", "Chidi", "Siobhan", "Declan", "Ezekiel", "Marisol", "Jamal", "Fatima", "Omar", "Ingrid", "Bjorn", "Tatiana", "Dmitri", "Kwame", "Yesenia", "Brayden", "Kaitlyn", "Harold", "Mildred", "Eugene", "Dolores", "Wendell", "Lorraine", "Cedric", "Rosalind", "Thaddeus", "Winona", "Ignatius", "Bernadette"}
var enLasts = []string{"Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin", "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores", "Green", "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell", "Carter", "Roberts", "Kowalczyk", "O'Malley", "McAllister", "Okonkwo", "Patel", "Chaudhry", "Yamamoto", "Kim", "Park", "Tran", "Abernathy", "Vanderbilt", "Delacroix", "Fitzgerald", "Szymanski", "Haugen", "Lindqvist", "Papadopoulos", "Castellanos", "Whitfield", "Pettigrew", "Blackwood", "Ulrich", "Zimmerman", "Featherstone", "Quintanilla", "Oyelaran", "Abramowitz", "Goldberg", "DiMaggio"}
var enInitials = "ABCDEFGHJKLMNPRSTW"

func (g *gen) enFirst() string { return g.of(enFirsts) }
func (g *gen) enLast() string {
	if g.chance(0.08) {
		a, c := g.of(enLasts), g.of(enLasts)
		if a != c {
			return a + "-" + c
		}
	}
	return g.of(enLasts)
}

// enFull returns a full name in one of several written forms.
func (g *gen) enFull() string {
	f, l := g.enFirst(), g.enLast()
	switch g.r.IntN(10) {
	case 0, 1:
		return f + " " + string(enInitials[g.r.IntN(len(enInitials))]) + ". " + l
	case 2:
		return l + ", " + f
	case 3:
		return string(f[0]) + ". " + l
	case 4:
		return f + " " + l + g.pick(" Jr.", " III", " Sr.", " II")
	default:
		return f + " " + l
	}
}

var enStreets = []string{"Maple", "Oak", "Cedar", "Elm", "Pine", "Washington", "Lake", "Hill", "Park", "Main", "Sunset", "Ridgeview", "Willow Creek", "Magnolia", "Chestnut", "Highland", "Spring Valley", "Cottonwood", "Old Mill", "Harbor View", "Dogwood", "Briarcliff", "Mockingbird", "Juniper", "Prairie Wind", "Sycamore", "Aspen Glen", "Lincoln", "Jefferson", "Madison", "Franklin", "Orchard", "Bayshore", "Canyon"}
var enSuffixes = []string{"St", "Ave", "Rd", "Blvd", "Dr", "Ln", "Ct", "Way", "Pl", "Ter", "Cir", "Pkwy", "Street", "Avenue", "Road", "Drive", "Lane", "Hwy"}
var enCities = [][2]string{{"Springfield", "IL"}, {"Columbus", "OH"}, {"Austin", "TX"}, {"Boise", "ID"}, {"Tacoma", "WA"}, {"Raleigh", "NC"}, {"Tucson", "AZ"}, {"Albany", "NY"}, {"Fresno", "CA"}, {"Savannah", "GA"}, {"Madison", "WI"}, {"Omaha", "NE"}, {"Duluth", "MN"}, {"Burlington", "VT"}, {"Portland", "ME"}, {"Knoxville", "TN"}, {"Lafayette", "LA"}, {"Billings", "MT"}, {"Santa Fe", "NM"}, {"Cedar Rapids", "IA"}, {"Ann Arbor", "MI"}, {"Scranton", "PA"}, {"Provo", "UT"}, {"Wichita", "KS"}, {"Pawtucket", "RI"}, {"Bend", "OR"}, {"Eau Claire", "WI"}, {"St. Petersburg", "FL"}, {"Fort Collins", "CO"}, {"Lexington", "KY"}}

func (g *gen) enStreet() string {
	s := g.num(1, 9899) + " "
	if g.chance(0.25) {
		s += g.pick("N ", "S ", "E ", "W ", "NE ", "SW ")
	}
	s += g.of(enStreets) + " " + g.of(enSuffixes)
	return s
}

func (g *gen) enUnit() string {
	return g.pick("Apt ", "Unit ", "Ste ", "#", "Apt. ") + g.pick(g.num(1, 40), g.num(1, 9)+g.pick("A", "B", "C", "F"), g.num(101, 1520))
}

func (g *gen) enCityLine() string {
	c := enCities[g.r.IntN(len(enCities))]
	z := g.digits(5)
	if g.chance(0.15) {
		z += "-" + g.digits(4)
	}
	if g.chance(0.2) {
		return c[0] + " " + c[1] + " " + z
	}
	return c[0] + ", " + c[1] + " " + z
}

// enAddr returns a one-line address.
func (g *gen) enAddr() string {
	s := g.enStreet()
	if g.chance(0.3) {
		s += g.pick(", ", " ") + g.enUnit()
	}
	return s + ", " + g.enCityLine()
}

// enBlock returns a multi-line address block (no recipient line).
func (g *gen) enBlock() string {
	s := g.enStreet()
	if g.chance(0.35) {
		s += "\n" + g.enUnit()
	}
	return s + "\n" + g.enCityLine()
}

var enNegs = []string{"Ford Motor Co.", "Einstein Bros Bagels", "Jack Daniel's", "Wendy's", "Ben & Jerry's", "Trader Joe's", "Johnson & Johnson", "Sherwin-Williams", "Tim Hortons", "Walt Disney World", "Lincoln Center", "the Nobel Prize", "Queen Mary 2", "Martin Luther King Jr. Day", "Dell laptop", "Hewlett-Packard", "Marriott", "Hilton Garden Inn", "McDonald's", "Chick-fil-A", "Dr Pepper", "Mrs. Fields cookies", "Goodwill", "Procter & Gamble", "Kellogg's", "Lowe's", "Macy's", "Boeing", "Carnegie Hall", "Tesla", "Morgan Stanley", "Campbell's Soup", "Heinz ketchup", "Wells Fargo", "Whole Foods", "Home Depot", "Fannie Mae", "Prince Edward Island", "Jordan sneakers", "Baldwin piano"}
var enWords = []string{"Monday", "June", "August", "Thanksgiving", "Parking", "Maintenance", "Summer", "Note", "Lobby", "Building B", "Harvest Festival", "Grand Total", "Memorial Day", "Rose Garden", "Will Call", "Pending", "Victory Lane"}

func (g *gen) enNeg(b *bld) {
	if g.chance(0.7) {
		b.ng(g.of(enNegs))
	} else {
		b.ng(g.of(enWords))
	}
}

func enDate(g *gen) string {
	return g.pick("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec") + " " + g.num(1, 28) + ", 20" + g.num(19, 26)
}

func enLease(g *gen, b *bld) {
	b.t("RESIDENTIAL LEASE AGREEMENT\n\nThis Lease is made on ", enDate(g), " between ")
	b.n(g.enFull())
	b.t(" (\"Landlord\") and ")
	b.n(g.enFull())
	if g.chance(0.5) {
		b.t(" and ")
		b.n(g.enFull())
	}
	b.t(" (\"Tenant\").\n\n1. PREMISES. Landlord leases to Tenant the dwelling located at ")
	b.a(g.enAddr())
	b.t(".\n2. RENT. $", g.num(900, 3400), ".00 per month, payable to ")
	b.n(g.enFirst() + " " + g.enLast())
	b.t(" at ")
	b.a(g.enAddr())
	b.t(".\n3. Utilities: tenant pays ", g.pick("gas & electric", "all utilities except water"), ". No ")
	b.ng(g.pick("Airbnb", "Craigslist", "Zillow"))
	b.t(" subletting.\n\n______________________  ______________________\n")
	b.n(g.enFirst() + " " + g.enLast())
	b.t(", Landlord\n")
}

func enWedding(g *gen, b *bld) {
	bride, groom := g.enFirst(), g.enFirst()
	b.t("Together with their families\n")
	b.n(bride + " " + g.enLast())
	b.t("\n&\n")
	b.n(groom + " " + g.enLast())
	b.t("\nrequest the pleasure of your company\nSaturday, ", enDate(g), " at four o'clock\n")
	b.ng(g.pick("Carnegie Hall", "the Marriott Ballroom", "Hilton Garden Inn"))
	b.t("\n")
	b.a(g.enAddr())
	b.t("\n\n--- RSVP card ---\nM________ ")
	b.n(g.enFull())
	b.t("\n[x] joyfully accepts  [ ] regretfully declines\nnumber attending: ", g.num(1, 4), "\nmeal: ", g.pick("chicken", "salmon", "veg"), "\nplease reply to ")
	b.n(bride)
	b.t("'s mom by ", g.pick("May", "June", "August"), " 1\n")
}

func enObituary(g *gen, b *bld) {
	f, l := g.enFirst(), g.enLast()
	b.n(f + " " + string(enInitials[g.r.IntN(len(enInitials))]) + ". " + l)
	b.t(", ", g.num(61, 98), ", of ", enCities[g.r.IntN(len(enCities))][0], ", passed away peacefully on ", enDate(g), ". Born to ")
	b.n(g.enFirst())
	b.t(" and ")
	b.n(g.enFirst() + " " + l)
	b.t(", ")
	b.n(f)
	b.t(" worked ", g.num(12, 40), " years at ")
	b.ng(g.pick("Ford Motor Co", "Boeing", "Procter & Gamble", "Kellogg's"))
	b.t(". He/she is survived by children ")
	b.n(g.enFirst())
	b.t(" (")
	b.n(g.enFirst())
	b.t("), ")
	b.n(g.enFirst() + " " + g.enLast())
	b.t(" and grandson ")
	b.n(g.enFirst())
	b.t(". Visitation at ")
	b.ng(g.pick("Riverside Memorial Chapel", "Oak Hill Funeral Home"))
	b.t(", ")
	b.a(g.enAddr())
	b.t(". In lieu of flowers, donations to ")
	b.ng("Goodwill")
	b.t(".\n\nCondolences:\n\"So sorry for your loss. - ")
	b.n(g.enFirst() + " " + g.enLast())
	b.t("\"\n")
}

func enRoster(g *gen, b *bld) {
	b.t("U12 ", g.pick("Hornets", "Lightning", "Rapids"), " — Spring Roster\n#\tPlayer\tPos\tParent/Guardian\n")
	for i := range 3 + g.r.IntN(5) {
		b.t(g.num(1, 99), "\t")
		last := g.enLast()
		b.n(g.enFirst() + " " + last)
		b.t("\t", g.pick("GK", "DEF", "MID", "FWD"), "\t")
		b.n(g.enFirst() + " " + last)
		b.t("\n")
		_ = i
	}
	b.t("Coach: ")
	b.n(g.enFull())
	b.t("  Asst: ")
	b.n(g.enFirst())
	b.t("\nMatch report: ", g.pick("great win", "tough loss", "draw"), " vs ")
	b.ng(g.pick("Tesla", "Victory Lane", "Wells Fargo"))
	b.t(" FC. Goals: ")
	b.n(g.enLast())
	b.t(" 2, ")
	b.n(g.enLast())
	b.t("\n")
}

func enDocket(g *gen, b *bld) {
	b.t("CIRCUIT COURT — DAILY DOCKET ", enDate(g), "\nCourtroom ", g.num(1, 12), "B  Judge ")
	b.n(g.enFirst() + " " + g.enLast())
	b.t("\n\n")
	for range 2 + g.r.IntN(4) {
		b.t("09:", g.num(10, 59), "  ", g.digits(2), "-CV-", g.digits(5), "  ")
		if g.chance(0.5) {
			b.t("State v. ")
			b.n(g.enFull())
		} else {
			b.n(strings.ToUpper(g.enLast()))
			b.t(" v. ")
			b.ng(g.pick("Wells Fargo Bank, N.A.", "Home Depot U.S.A., Inc.", "Morgan Stanley"))
		}
		b.t("  ", g.pick("Arraignment", "Status conf.", "Motion hearing", "Sentencing"), "  atty: ")
		b.n(g.enLast())
		b.t("\n")
	}
}

func enBlotter(g *gen, b *bld) {
	b.t("POLICE BLOTTER\n")
	for range 2 + g.r.IntN(3) {
		b.t(g.pick("Mon", "Tue", "Wed", "Thu", "Fri"), " ", g.num(1, 12), ":", g.num(10, 59), " p.m. — ")
		switch g.r.IntN(3) {
		case 0:
			b.t("Officers responded to a noise complaint at ")
			b.a(g.enStreet())
			b.t(". Warning issued.\n")
		case 1:
			b.n(g.enFull())
			b.t(", ", g.num(19, 66), ", of ")
			b.a(g.enAddr())
			b.t(", was cited for driving w/ suspended license.\n")
		default:
			b.t("Shoplifting reported at ")
			b.ng(g.pick("Macy's", "Lowe's", "Whole Foods", "Trader Joe's"))
			b.t("; suspect ")
			b.n(g.enFirst() + " " + g.enLast())
			b.t(" arrested by Ofc. ")
			b.n(g.enLast())
			b.t(".\n")
		}
	}
}

func enLibrary(g *gen, b *bld) {
	b.t("Patron: ")
	b.n(g.enLast() + ", " + g.enFirst())
	b.t("   Card# 2", g.digits(13), "\nHome: ")
	b.a(g.enAddr())
	b.t("\nITEMS OUT\n")
	for range 1 + g.r.IntN(4) {
		b.t("  ", g.pick("The Overstory", "Educated", "Becoming", "Dune", "Beloved", "A Gentleman in Moscow"), " / ")
		b.n(g.pick("Richard Powers", "Tara Westover", "Michelle Obama", "Frank Herbert", "Toni Morrison", "Amor Towles"))
		b.t("\tdue ", g.num(1, 12), "/", g.num(1, 28), "\n")
	}
	b.t("Hold placed by staff #", g.digits(4), "\n")
}

func enHotel(g *gen, b *bld) {
	b.t("GUEST REGISTRATION — ")
	b.ng(g.pick("Marriott", "Hilton Garden Inn"))
	b.t("\nRoom: ", g.num(101, 912), "   Nights: ", g.num(1, 6), "\nGuest name: ")
	b.n(g.enFull())
	b.t("\nAddl guest: ")
	b.n(g.enFirst())
	b.t("\nHome address:\n")
	b.a(g.enBlock())
	b.t("\nVehicle: ", g.pick("Ford F-150", "Toyota Camry", "Honda CR-V"), "  Plate ", strings.ToUpper(g.digits(3)), "XKT\nClerk: ")
	b.n(g.enFirst())
	b.t("\n")
}

func enSchool(g *gen, b *bld) {
	b.t("Room ", g.num(101, 240), " — ", g.pick("Mrs.", "Ms.", "Mr."), " ")
	b.n(g.enLast())
	b.t("'s class\n")
	for range 4 + g.r.IntN(5) {
		b.n(g.enLast() + ", " + g.enFirst())
		b.t("\n")
	}
	b.t("\nNote home: Dear ")
	b.n(g.enFirst())
	b.t("'s parents, ")
	b.n(g.enFirst())
	b.t(" has been wonderful this ", g.pick("week", "month"), ". Please sign the field trip form for ")
	b.ng(g.pick("Lincoln Center", "Walt Disney World", "Carnegie Hall"))
	b.t(".\nThanks, ")
	b.n(g.enFirst() + " " + g.enLast())
	b.t("\n")
}

func enChurch(g *gen, b *bld) {
	b.ng(g.pick("ST. MARK'S", "ST. ANDREW'S", "ST. JOSEPH'S"))
	b.t(" WEEKLY BULLETIN\nPastor: Rev. ")
	b.n(g.enFull())
	b.t("\nParish office: ")
	b.a(g.enAddr())
	b.t("\n\nPlease keep in your prayers: ")
	for i := range 2 + g.r.IntN(4) {
		if i > 0 {
			b.t(", ")
		}
		b.n(g.enFirst() + " " + g.enLast())
	}
	b.t(".\nCongratulations to ")
	b.n(g.enFirst())
	b.t(" & ")
	b.n(g.enFirst() + " " + g.enLast())
	b.t(" on their baptism. ")
	b.ng("Harvest Festival")
	b.t(" volunteers see ")
	b.n(g.enFirst())
	b.t(" in the narthex.\n")
}

func enListing(g *gen, b *bld) {
	b.t("JUST LISTED! ", g.num(2, 5), "bd/", g.num(1, 3), "ba ", g.pick("ranch", "colonial", "bungalow"), "\n")
	b.a(g.enAddr())
	b.t("\n$", g.num(189, 899), ",900 · ", g.num(1100, 3400), " sqft · new ")
	b.ng(g.pick("Sherwin-Williams", "Baldwin piano", "Whirlpool"))
	b.t(" paint\nOpen house ", g.pick("Sat", "Sun"), " 1-4pm. Call ")
	b.n(g.enFull())
	b.t(", ")
	b.ng(g.pick("Keller Williams", "Coldwell Banker", "Century 21"))
	b.t(" Realty\n")
}

func enClaim(g *gen, b *bld) {
	b.t("FIRST NOTICE OF LOSS\nClaim #: HO-", g.digits(8), "\nPolicyholder: ")
	b.n(g.enFull())
	b.t("\nLoss location: ")
	b.a(g.enAddr())
	b.t("\nDate of loss: ", enDate(g), "\nDescription: ", g.pick("tree fell on garage during storm", "kitchen fire, stove", "water heater burst in basement", "hail damage to roof"), ". Neighbor ")
	b.n(g.enFirst() + " " + g.enLast())
	b.t(" witnessed.\nAdjuster assigned: ")
	b.n(g.enFirst() + " " + g.enLast())
	b.t("\nMailing addr (if different):\n")
	b.a(g.enBlock())
	b.t("\n")
}

func enCV(g *gen, b *bld) {
	b.n(strings.ToUpper(g.enFirst() + " " + g.enLast()))
	b.t("\n")
	b.a(g.enAddr())
	b.t(" | (", g.digits(3), ") 555-0", g.digits(3), "\n\nEXPERIENCE\n", g.pick("Shift Supervisor", "Account Manager", "Line Cook", "Data Analyst"), ", ")
	b.ng(g.pick("McDonald's", "Chick-fil-A", "Wells Fargo", "Home Depot", "Dell"))
	b.t("  20", g.num(10, 18), "–present\n- trained ", g.num(3, 30), " new hires\n\nREFERENCES\n")
	for range 2 {
		b.n(g.enFull())
		b.t(", ", g.pick("former manager", "professor", "supervisor"), "\n")
	}
}

func enHandover(g *gen, b *bld) {
	b.t("shift handover — dock ", g.num(1, 9), " — ", g.pick("night", "swing", "day"), "\nout: ")
	b.n(strings.ToLower(g.enFirst()))
	b.t("  in: ")
	b.n(g.enFirst())
	b.t("\n- trailer ", g.digits(5), " half unloaded, ")
	b.ng(g.pick("Procter & Gamble", "Campbell's Soup", "Heinz ketchup"))
	b.t(" pallets on hold\n- forklift 3 down, ")
	b.n(g.enLast())
	b.t(" called maint\n- ")
	b.n(strings.ToLower(g.enFirst()))
	b.t(" left early (sick)\n- return to vendor ship to:\n")
	b.a(g.enBlock())
	b.t("\n")
}

func enCallNotes(g *gen, b *bld) {
	b.t("Call log #", g.digits(7), " | agent: ")
	b.n(g.enFirst() + " " + string(g.enLast()[0]) + ".")
	b.t("\ncaller: ")
	b.n(g.enFull())
	b.t(" — says package never arrived at ")
	b.a(g.enAddr())
	b.t("\n> verified acct, resent order. cust mentioned spouse ")
	b.n(g.enFirst())
	b.t(" may call back\n> escalated to ")
	b.n(g.enFirst())
	b.t(" (tier 2). ")
	g.enNeg(b)
	b.t(" promo applied.\n")
}

func enSlack(g *gen, b *bld) {
	b.t("#", g.pick("office-ops", "facilities", "team-west"), "\n")
	for range 3 + g.r.IntN(4) {
		b.n(strings.ToLower(g.enFirst()) + "." + strings.ToLower(g.enLast()))
		b.t("  ", g.num(9, 17), ":", g.num(10, 59), "\n")
		switch g.r.IntN(4) {
		case 0:
			b.t("  @")
			b.n(strings.ToLower(g.enFirst()))
			b.t(" can you sign for the ")
			b.ng(g.pick("Dell laptop", "Hewlett-Packard", "Boeing"))
			b.t(" delivery?\n")
		case 1:
			b.t("  new office is ")
			b.a(g.enAddr())
			b.t(" fyi\n")
		case 2:
			b.t("  thx ")
			b.n(g.enFirst())
			b.t(" :pray:\n")
		default:
			b.t("  lunch at ")
			b.ng(g.pick("Wendy's", "Chick-fil-A", "Tim Hortons", "Einstein Bros Bagels"))
			b.t("?\n")
		}
	}
}

func enICS(g *gen, b *bld) {
	b.t("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:", g.pick("Closing", "Home inspection", "Parent meeting", "Estate sale walkthrough"), "\r\nDTSTART:2025", g.num(10, 12), g.num(10, 28), "T140000Z\r\nLOCATION:")
	b.a(strings.ReplaceAll(g.enAddr(), ",", "\\,"))
	b.t("\r\nORGANIZER;CN=")
	b.n(g.enFirst() + " " + g.enLast())
	b.t(":mailto:office", g.digits(2), "@example.com\r\nATTENDEE;CN=")
	b.n(g.enFirst() + " " + g.enLast())
	b.t(":mailto:x", g.digits(3), "@example.org\r\nDESCRIPTION:bring ID. ask for ")
	b.n(g.enFirst())
	b.t(" at front desk\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
}

func enSQL(g *gen, b *bld) {
	b.t("INSERT INTO customers (id, full_name, address, note) VALUES\n")
	for i := range 2 + g.r.IntN(4) {
		if i > 0 {
			b.t(",\n")
		}
		b.t("(", g.digits(4), ", '")
		b.n(strings.ReplaceAll(g.enFull(), "'", "''"))
		b.t("', '")
		b.a(g.enAddr())
		b.t("', '", g.pick("vip", "net30", "", "prefers email"), "')")
	}
	b.t(";\n")
}

func enManifest(g *gen, b *bld) {
	b.t("SHIPPING MANIFEST  BOL ", g.digits(9), "\nSHIPPER: ")
	b.ng(g.pick("Johnson & Johnson", "Procter & Gamble", "Kellogg's"))
	b.t(" DC\n")
	b.a(g.enBlock())
	b.t("\nCONSIGNEE: ATTN ")
	b.n(g.enFull())
	b.t("\n")
	b.a(g.enBlock())
	b.t("\nPCS ", g.num(1, 40), "  WT ", g.num(100, 9000), " LB  driver: ")
	b.n(g.enFirst() + " " + g.enLast())
	b.t("\n")
}

func enUtility(g *gen, b *bld) {
	b.t(g.pick("CITY WATER & SEWER", "PRAIRIE ELECTRIC CO-OP", "METRO GAS"), "\nAccount ", g.digits(10), "   Statement ", enDate(g), "\n\n")
	b.n(strings.ToUpper(g.enFirst() + " " + g.enLast()))
	b.t("\n")
	b.a(strings.ToUpper(g.enBlock()))
	b.t("\n\nService address: ")
	b.a(g.enStreet())
	b.t("\nAmount due: $", g.num(40, 390), ".", g.digits(2), " by ", g.pick("June", "August", "Monday"), "\n")
}

func enHOA(g *gen, b *bld) {
	b.t("Maple Ridge HOA — minutes\nPresent: ")
	for i := range 3 + g.r.IntN(3) {
		if i > 0 {
			b.t(g.pick(", ", "; ", " / "))
		}
		b.n(g.enFirst() + " " + g.enLast())
	}
	b.t("\n1. ")
	b.n(g.enLast())
	b.t(" reported the fence at ")
	b.a(g.enStreet())
	b.t(" is down again.\n2. Motion to hire ")
	b.ng(g.pick("Home Depot", "Lowe's"))
	b.t(" contractor — moved by ")
	b.n(g.enFirst())
	b.t(", seconded. Carried.\n3. Next mtg in ", g.pick("June", "August", "the Lobby"), ".\n")
}

var enKinds = []kind{
	{"lease", enLease}, {"wedding-rsvp", enWedding}, {"obituary", enObituary}, {"team-roster", enRoster},
	{"court-docket", enDocket}, {"police-blotter", enBlotter}, {"library-loans", enLibrary}, {"hotel-registration", enHotel},
	{"class-list", enSchool}, {"church-bulletin", enChurch}, {"real-estate", enListing}, {"insurance-claim", enClaim},
	{"resume", enCV}, {"shift-handover", enHandover}, {"call-notes", enCallNotes}, {"slack", enSlack},
	{"ics", enICS}, {"sql-dump", enSQL}, {"manifest", enManifest}, {"utility-bill", enUtility}, {"hoa-minutes", enHOA},
}
