package unsung

import "strings"

var enGiven = []string{
	"James", "Mary", "Robert", "Patricia", "Michael", "Jennifer", "DeShawn", "Latoya", "Jamal", "Keisha",
	"Carlos", "María", "José", "Guadalupe", "Alejandro", "Ximena", "Wei", "Mei", "Hiroshi", "Yuki",
	"Ji-woo", "Min-jun", "Priya", "Arjun", "Rohan", "Ananya", "Chinedu", "Ngozi", "Kwame", "Abena",
	"Oluwaseun", "Fatoumata", "Thabo", "Siobhan", "Declan", "Aoife", "Bartholomew", "Earl", "Dolores", "Tucker",
	"Brittany", "Kayden", "Thanh", "Linh", "Rashida", "Tyrone", "Esperanza", "Marisol", "Dmitri", "Ingrid",
	"Harold", "Wanda", "Cletus", "Imani", "Zainab", "Omar", "Mohammed", "Svetlana", "Raúl", "Beatriz",
}

var enNick = []string{"Bobby", "Peggy", "Chuck", "Bubba", "Sully", "Dot", "Mikey", "Trish", "Junior", "Lupe", "Jimbo", "Kenji"}

var enLast = []string{
	"Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Rodriguez", "Hernández", "López", "Martinez",
	"Nguyen", "Kim", "Park", "Chen", "Wang", "Tanaka", "Yamamoto", "Patel", "Shah", "Reddy",
	"Okafor", "Adeyemi", "Mensah", "Diallo", "Nkosi", "O'Brien", "McAllister", "Kowalczyk", "Washington", "Baker",
	"Cooper", "Sullivan", "Delgado-Ruiz", "Smith-Okafor", "DeLuca", "MacKenzie", "Al-Amin", "Tran", "Castillo", "Fitzgerald",
	"Abernathy", "Oyelaran", "Boateng", "Haddad", "Gutierrez", "Lindqvist", "Petrov", "Yoon", "Iyer", "Banerjee",
	"Whitfield", "Pruitt", "Greenberg", "Nakamura", "Villanueva", "Osei", "St. Clair", "Van Dyke", "Threlkeld", "Zamora",
}

var enStreet = []string{
	"Maple Ave", "Oak St", "Elm Street", "3rd Ave", "Martin Luther King Jr Blvd", "Peachtree Rd NE", "County Road 12",
	"Old Mill Rd", "Sunset Blvd", "Lakeshore Dr", "Cedar Ln", "Willow Ct", "Ridgeview Pkwy", "W 42nd St",
	"N Broadway", "Magnolia Way", "Pine Hollow Rd", "E Colfax Ave", "Harbor View Terrace", "Quail Run Circle",
	"S Main St", "Juniper Trail", "Route 9W", "Bayou Lafourche Hwy", "Cottonwood Dr",
}

var enUnit = []string{"Apt 4B", "Unit 12", "Ste 300", "#7", "Lot 14", "Apt. 2R", "Unit C", "Fl 3", "Rm 118"}

var enCity = []string{
	"Springfield, IL 62704", "Tulsa, OK 74103", "Boise, ID 83702", "Dayton, OH 45402", "Fresno, CA 93721",
	"Albany, NY 12207", "Savannah, GA 31401", "Eugene, OR 97401", "Lubbock, TX 79401", "Burlington, VT 05401",
	"Provo, UT 84601", "Duluth, MN 55802", "Mobile, AL 36602", "Bangor, ME 04401", "Tacoma, WA 98402",
	"Asheville, NC 28801", "El Paso, TX 79901", "Dearborn, MI 48124", "Hialeah, FL 33010", "Paterson, NJ 07501",
	"Cheyenne, WY 82001", "Baton Rouge, LA 70802", "Wichita, KS 67202-4410", "Flagstaff, AZ 86001",
}

// enName returns a full name in one of several written forms.
func (g *gen) enName() string {
	f, l := g.of(enGiven), g.of(enLast)
	switch g.r.IntN(9) {
	case 0:
		return f + " " + string(g.of(enGiven)[0]) + ". " + l
	case 1:
		return string(f[0]) + ". " + l
	case 2:
		return g.of(enNick) + " " + l
	default:
		return f + " " + l
	}
}

// enStreetLine returns a house number, a street and sometimes a unit.
func (g *gen) enStreetLine() string {
	s := g.num(1, 9899) + " " + g.of(enStreet)
	if g.chance(0.4) {
		s += g.pick(", ", " ") + g.of(enUnit)
	}
	if g.chance(0.05) {
		s = "RR " + g.num(1, 6) + " Box " + g.num(10, 399)
	}
	return s
}

// enAddr returns an address on one line.
func (g *gen) enAddr() string { return g.enStreetLine() + ", " + g.of(enCity) }

// enAddrBlock returns an address over two lines.
func (g *gen) enAddrBlock() string { return g.enStreetLine() + "\n" + g.of(enCity) }

var enNeg = []string{
	"Ford Motor Company", "Dell", "Johnson & Johnson", "Wells Fargo", "Ben & Jerry's", "Tim Hortons", "Wendy's",
	"Marie Callender's", "Sam's Club", "Walt Disney World", "Lincoln Memorial", "Washington Monument", "Pulitzer Prize",
	"Heisman Trophy", "Stanley Cup", "Kennedy Center", "Carnegie Hall", "Tesla Model 3", "Chevrolet Malibu",
	"Trader Joe's", "McDonald's", "Dr Pepper", "Mrs. Fields", "Victoria's Secret", "Morgan Stanley", "Goldman Sachs",
	"Baylor University", "Johns Hopkins Hospital", "Mayo Clinic", "Lou Gehrig's disease", "Murphy's Law",
	"Hall of Fame", "Grand Opening", "Happy Hour", "Best Regards", "Wall Street", "Penn Station", "Union Square",
	"Amber Alert", "Rose Bowl", "Hope Diamond", "Victoria Falls", "Marshall Plan", "Jack in the Box", "Hobby Lobby",
	"Bob Evans Restaurants", "Little Caesars", "Lake Washington", "Mount Rushmore", "Grant Park", "Ruth's Chris Steak House",
}

var enKinds = []kind{
	{"pet adoption application", enPetAdoption},
	{"conference badge list", enBadges},
	{"church prayer list", enPrayerList},
	{"rent ledger", enRentLedger},
	{"mechanic work order", enWorkOrder},
	{"change-of-address confirmation", enChangeOfAddress},
	{"notary journal", enNotary},
	{"bail bond record", enBailBond},
	{"roommate match email", enRoommate},
	{"little league lineup", enLineup},
	{"food bank sign-in", enFoodBank},
	{"estate sale listing", enEstateSale},
	{"slack export", enSlack},
	{"hl7 registration", enHL7},
	{"bowling standings", enBowling},
}

var enNegKinds = []kind{
	{"neg trivia night", enNegTrivia},
	{"neg market wrap", enNegMarket},
	{"neg sightseeing plan", enNegSights},
}

func enPetAdoption(g *gen, b *builder) {
	b.t("PAWS & CLAWS RESCUE — ADOPTION APPLICATION\nApplicant: ")
	b.n(g.enName())
	b.t("\nHome address: ")
	b.a(g.enAddr())
	b.t("\nCo-applicant / partner: ")
	b.n(g.of(enGiven))
	b.t("\nPet of interest: ", g.pick("Biscuit", "Pepper", "Mochi", "Rocket"), " (", g.pick("beagle mix", "tabby", "pit bull mix"), ")\n")
	b.t("Vet reference: Dr. ")
	b.n(g.of(enLast))
	b.t(" at ", g.pick("Banfield", "VCA"), " clinic\nLandlord OK'd pets? yes — contact Ms. ")
	b.n(g.of(enLast))
	b.t("\nHow did you hear about us: saw a flyer at ")
	b.x(g.pick("Trader Joe's", "Sam's Club", "Hobby Lobby"))
	b.t("\n")
}

func enBadges(g *gen, b *builder) {
	b.t("# badges_print_batch.txt  (LAST|FIRST|ORG|TIER)\n")
	for range 2 + g.r.IntN(3) {
		f, l := g.of(enGiven), g.of(enLast)
		b.n(strings.ToUpper(l))
		b.t("|")
		b.n(strings.ToUpper(f))
		b.t("|")
		b.x(g.pick("DELL", "WELLS FARGO", "MAYO CLINIC", "MORGAN STANLEY", "JOHNS HOPKINS HOSPITAL"))
		b.t("|", g.pick("SPEAKER", "ATTENDEE", "EXHIBITOR"), "\n")
	}
	b.t("ship badges to: ")
	b.a(g.enAddr())
	b.t(" attn ")
	b.n(g.enName())
	b.t("\n")
}

func enPrayerList(g *gen, b *builder) {
	b.t("Sunday Bulletin — Please keep these in your prayers this week:\n")
	for range 2 + g.r.IntN(3) {
		b.t("  • ")
		switch g.r.IntN(3) {
		case 0:
			b.t("Sister ")
			b.n(g.of(enGiven))
			b.t(", recovering from hip surgery\n")
		case 1:
			b.n(g.enName())
			b.t(" and family on the loss of ", g.pick("his", "her"), " mother\n")
		default:
			b.t("the ")
			b.n(g.of(enLast))
			b.t(" family as they move\n")
		}
	}
	b.t("Cards may be sent to Pastor ")
	b.n(g.of(enLast))
	b.t(", ")
	b.a(g.enAddr())
	b.t(". Potluck follows at ")
	b.x("Grant Park")
	b.t(" pavilion.\n")
}

func enRentLedger(g *gen, b *builder) {
	b.t("RENT LEDGER — ")
	b.a(g.enStreetLine())
	b.t("\nunit ; tenant ; due ; paid ; note\n")
	for range 2 + g.r.IntN(3) {
		b.t(g.pick("1A", "1B", "2A", "2C", "3"), " ; ")
		b.n(g.of(enLast) + ", " + g.of(enGiven))
		b.t(" ; $", g.num(850, 2100), ".00 ; $", g.num(0, 2100), ".00 ; ", g.pick("late fee", "", "NSF check", "pd cash"), "\n")
	}
	b.t("Mgr: ")
	b.n(g.enName())
	b.t("\n")
}

func enWorkOrder(g *gen, b *builder) {
	b.t("WO#", g.digits(6), "  ", g.pick("2014 Chevrolet Malibu", "2019 Ford F-150", "2011 Honda Civic"), "\nCUSTOMER: ")
	b.n(strings.ToUpper(g.enName()))
	b.t("\nADDR: ")
	b.a(strings.ToUpper(g.enAddr()))
	b.t("\nCONCERN: check engine light, rattle front left\nTECH: ")
	b.n(g.of(enNick))
	b.t("  writer: ")
	b.n(g.of(enGiven))
	b.t("\nparts from ")
	b.x(g.pick("Ford Motor Company", "Chevrolet", "Dr Pepper"))
	b.t(" warranty\n")
}

func enChangeOfAddress(g *gen, b *builder) {
	b.t("Confirmation of Your Change of Address\n\nDear ")
	b.n(g.enName())
	b.t(",\n\nMail addressed to you at\n\n")
	b.a(g.enAddrBlock())
	b.t("\n\nwill be forwarded to\n\n")
	b.a(g.enAddrBlock())
	b.t("\n\nstarting ", g.pick("03/01", "07/15", "11/30"), ". If you did not request this, call us.\n")
}

func enNotary(g *gen, b *builder) {
	b.t("Notary Journal Entry ", g.num(100, 999), "\nSigner: ")
	b.n(g.enName())
	b.t("\nSigner address: ")
	b.a(g.enAddr())
	b.t("\nID: ", g.pick("TX DL", "Passport", "State ID"), " ****", g.digits(4), "\nDocument: ", g.pick("Affidavit of Heirship", "Power of Attorney", "Vehicle title transfer"))
	b.t("\nWitness: ")
	b.n(g.of(enGiven) + " " + g.of(enLast))
	b.t("\nFee $10. Thumbprint taken.\n")
}

func enBailBond(g *gen, b *builder) {
	b.t("bond_no=", g.digits(7), " defendant=\"")
	b.n(g.of(enLast) + ", " + g.of(enGiven))
	b.t("\" indemnitor=\"")
	b.n(g.enName())
	b.t("\" indemnitor_addr=\"")
	b.a(g.enAddr())
	b.t("\" amount=", g.num(1, 50), "000 court=\"", g.pick("Harris County", "Cook County", "Maricopa County"), "\"\n")
}

func enRoommate(g *gen, b *builder) {
	b.t("Subject: Your Fall roommate match!\n\nHi ")
	b.n(g.of(enGiven))
	f := g.of(enGiven)
	b.t(",\n\nGreat news — you've been matched with ")
	b.n(f + " " + g.of(enLast))
	b.t(" in ")
	b.x(g.pick("Baker Hall", "Oyelaran House", "Fitzgerald Tower"))
	b.t(" room ", g.num(101, 499), ". ")
	b.n(f)
	b.t(" is from ", g.pick("Tulsa", "Dearborn", "Provo"), " and listed ", g.pick("early riser", "night owl"), ".\nSend your move-in boxes to ")
	b.a(g.enAddr())
	b.t(".\n\nResidence Life\n")
}

func enLineup(g *gen, b *builder) {
	b.t("Tigers vs. Cardinals — batting order\n")
	for i := range 4 + g.r.IntN(4) {
		b.t(g.num(i+1, i+1), ". ")
		if g.chance(0.5) {
			b.n(g.of(enGiven))
		} else {
			b.n(g.of(enGiven) + " " + string(g.of(enLast)[0]) + ".")
		}
		b.t(" ", g.pick("SS", "CF", "P", "C", "1B", "LF"), "\n")
	}
	b.t("Snack duty: the ")
	b.n(g.of(enLast))
	b.t(" family. Coach ")
	b.n(g.of(enLast))
	b.t(" needs rides from ")
	b.a(g.enStreetLine())
	b.t("\n")
}

func enFoodBank(g *gen, b *builder) {
	b.t("FOOD PANTRY SIGN-IN  date: ", g.num(1, 12), "/", g.num(1, 28), "\nNAME                 HH  ZIP/ADDRESS\n")
	for range 3 + g.r.IntN(3) {
		b.n(g.enName())
		b.t("  ", g.num(1, 7), "  ")
		b.a(g.enAddr())
		b.t("\n")
	}
	b.t("Volunteer: ")
	b.n(strings.ToLower(g.of(enGiven)))
	b.t("\n")
}

func enEstateSale(g *gen, b *builder) {
	b.t("ESTATE SALE Fri–Sun 8am-3pm at ")
	b.a(g.enAddr())
	b.t("\nContents of the lifelong home of ")
	b.n(g.enName())
	b.t(": mid-century furniture, ")
	b.x(g.pick("Hope Diamond", "Tesla Model 3", "Lincoln Memorial"))
	b.t(" replica, vinyl. Run by ")
	b.n(g.of(enGiven))
	b.t(" & ")
	b.n(g.of(enGiven))
	b.t(" of ", g.pick("Second Act Sales", "Heirloom Estate Co"), ". Numbers at 7:30.\n")
}

func enSlack(g *gen, b *builder) {
	b.t("[\n")
	for i := range 2 + g.r.IntN(2) {
		if i > 0 {
			b.t(",\n")
		}
		b.t(`  {"type":"message","user_profile":{"real_name":"`)
		b.n(g.enName())
		b.t(`"},"text":"`)
		switch g.r.IntN(3) {
		case 0:
			b.t("can someone send the swag box to ")
			b.a(g.enAddr())
			b.t("?")
		case 1:
			b.t("@")
			b.n(strings.ToLower(g.of(enGiven)))
			b.t(" thanks for covering standup")
		default:
			b.t("lunch at ")
			b.x(g.pick("Wendy's", "Tim Hortons", "Ruth's Chris Steak House"))
			b.t(" anyone?")
		}
		b.t(`","ts":"17`, g.digits(8), `.000200"}`)
	}
	b.t("\n]\n")
}

func enHL7(g *gen, b *builder) {
	f, l := g.of(enGiven), g.of(enLast)
	city := strings.SplitN(g.of(enCity), ", ", 2)
	b.t("MSH|^~\\&|REG|", g.pick("MERCY", "STLUKE"), "|||2024", g.digits(6), "||ADT^A04|", g.digits(8), "|P|2.5\rPID|1||", g.digits(7), "^^^MRN||")
	b.n(strings.ToUpper(l))
	b.t("^")
	b.n(strings.ToUpper(f))
	b.t("||19", g.num(40, 99), "0", g.num(1, 9), "1", g.num(0, 9), "|", g.pick("F", "M"), "|||")
	b.a(strings.ToUpper(g.num(1, 9899) + " " + g.of(enStreet) + "^^" + city[0] + "^" + strings.Replace(city[1], " ", "^", 1)))
	b.t("||(", g.digits(3), ")", g.digits(7), "\rNK1|1|")
	b.n(strings.ToUpper(g.of(enLast)))
	b.t("^")
	b.n(strings.ToUpper(g.of(enGiven)))
	b.t("|SPO\r\n")
}

func enBowling(g *gen, b *builder) {
	b.t("Thursday Night Mixed League — Week ", g.num(2, 30), "\nTeam            W  L  Hi Game\n")
	for range 3 {
		b.t(g.pick("Pin Pals", "Gutter Gang", "Split Happens", "Alley Cats"), "  ", g.num(10, 40), " ", g.num(10, 40), "  ", g.num(180, 290), " (")
		b.n(g.of(enNick) + " " + g.of(enLast))
		b.t(")\n")
	}
	b.t("Dues to secretary ")
	b.n(g.enName())
	b.t(", ")
	b.a(g.enAddr())
	b.t("\n")
}

func enNegTrivia(g *gen, b *builder) {
	b.t("TRIVIA NIGHT — Round 3 answers\n")
	for i := range 4 + g.r.IntN(3) {
		b.t(g.num(i+1, i+1), ") ")
		b.x(g.of(enNeg))
		b.t("\n")
	}
	b.t("Tiebreaker: how many steps up the ")
	b.x("Washington Monument")
	b.t("? Happy Hour pricing until 9.\n")
}

func enNegMarket(g *gen, b *builder) {
	b.t("Market wrap: shares of ")
	b.x(g.pick("Johnson & Johnson", "Goldman Sachs", "Morgan Stanley"))
	b.t(" rose ", g.num(1, 4), "% while ")
	b.x(g.pick("Wells Fargo", "Ford Motor Company", "Dell"))
	b.t(" slipped. Over on ")
	b.x("Wall Street")
	b.t(", analysts cited ")
	b.x("Murphy's Law")
	b.t(". ")
	b.x(g.pick("Ben & Jerry's", "Little Caesars", "Bob Evans Restaurants"))
	b.t(" announced a Grand Opening in ", g.pick("Tulsa", "Boise", "Mobile"), ".\n")
}

func enNegSights(g *gen, b *builder) {
	b.t("Day ", g.num(1, 5), ": breakfast near ")
	b.x("Union Square")
	b.t(", train from ")
	b.x("Penn Station")
	b.t(", afternoon at the ")
	b.x(g.pick("Lincoln Memorial", "Kennedy Center", "Carnegie Hall"))
	b.t(", dinner at ")
	b.x(g.pick("Marie Callender's", "McDonald's", "Jack in the Box"))
	b.t(". Tomorrow: ")
	b.x(g.pick("Mount Rushmore", "Victoria Falls", "Lake Washington", "Walt Disney World"))
	b.t(".\n")
}
