package unuttered

import (
	"strings"
)

var enGiven = strings.Fields(`James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara Richard Susan Joseph Jessica Thomas Sarah Christopher Karen Charles Lisa Daniel Nancy Matthew Betty Anthony Sandra Mark Margaret Donald Ashley Steven Kimberly Andrew Emily Joshua Donna Kenneth Michelle Kevin Carol Brian Amanda Timothy Melissa Ronald Deborah Jason Stephanie Jeffrey Rebecca Ryan Laura Jacob Helen Gary Cynthia Nicholas Amy Eric Angela Jonathan Shirley Larry Brenda Justin Pamela Scott Nicole Brandon Katherine Benjamin Samantha Gregory Christine Raymond Rachel Alexander Carolyn Patrick Janet Jack Maria Dennis Olivia Jerry Heather Tyler Diane Aaron Julie Jose Joyce Nathan Victoria Henry Ruth Zachary Virginia Douglas Lauren Peter Kelly Adam Christina Noah Joan Juan Guadalupe Luis Ximena Carlos Yesenia Miguel Alejandra Jesus Marisol Diego Esperanza Minh Thuy Quang Lan Wei Xiaoling Jun Mei Hyun Ji-woo Min-jun Seo-yeon Priya Arjun Ananya Rohan Deepika Vikram DeShawn Latoya Jamal Keisha Tyrone Imani Darnell Aaliyah Omar Fatima Yusuf Layla Khalid Nour Chinedu Adaeze Kwame Abena Tariq Sven Ingrid Bjorn Declan Siobhan Mateo Sofia Liam Harper Aiden Zoe Caleb Nevaeh Grayson Brooklyn Kai Aurora`)

var enSurname = strings.Fields(`Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Gomez Phillips Evans Turner Diaz Parker Cruz Edwards Collins Reyes Stewart Morris Morales Murphy Cook Rogers Gutierrez Ortiz Morgan Cooper Peterson Bailey Reed Kelly Howard Ramos Kim Cox Ward Richardson Watson Brooks Chavez Wood James Bennett Gray Mendoza Ruiz Hughes Price Alvarez Castillo Sanders Patel Myers Long Ross Foster Jimenez Tran Pham Le Vo Huynh Chen Wang Liu Zhang Huang Park Choi Jung Kang Shah Singh Gupta Reddy Iyer Desai Washington Jefferson Freeman Banks Okafor Adeyemi Mensah Abdullah Haddad Khalil Hassan Nasser Kowalski Novak Schmidt Muller Rossi Esposito Sullivan O'Brien O'Connor McCarthy Fitzgerald MacDonald Lindqvist Larsen Yamamoto Tanaka Sato Begay Yazzie Goldberg Rosenberg Katz Friedman Petrov Ivanova Dubois Lefebvre Bautista Villanueva Delacroix Whitfield Hargrove Pennington Ashworth`)

var enDouble = []string{"Garcia-Lopez", "Smith-Jones", "Rivera-Ortiz", "Baker-Hughes", "Morales-Cruz", "Hale-Brennan", "De La Cruz", "Van Buren", "de Leon", "St. John", "Van der Berg", "Del Rosario", "Mac Gregor", "D'Angelo", "O'Neill"}

var enNick = map[string]string{"William": "Bill", "Robert": "Bob", "Elizabeth": "Liz", "Richard": "Rick", "Michael": "Mike", "Katherine": "Kate", "Christopher": "Chris", "Jennifer": "Jen", "Thomas": "Tommy", "Margaret": "Peggy", "Joseph": "Joe", "Rebecca": "Becky", "Alexander": "Alex", "Patricia": "Trish", "Samantha": "Sam", "Daniel": "Dan"}

var enStreetNames = strings.Fields(`Main Oak Maple Pine Cedar Elm Washington Lake Hill Park Walnut Sunset Highland Jefferson Lincoln Madison Chestnut Willow Spring River Church Meadow Forest Franklin Ridge Magnolia Peachtree Mission Valencia Alvarado Juniper Dogwood Sycamore Cherry Birch Hickory Sierra Vista Canyon Prospect Orchard Grant Jackson Monroe Clinton Vine Locust Poplar Aspen Cottonwood Laurel Beacon Harbor Quarry Mill Union Commerce Fairview Greenwood Brookside Kingsley Delmar`)

var enSuffix = []string{"St", "Street", "Ave", "Avenue", "Rd", "Road", "Blvd", "Dr", "Drive", "Ln", "Lane", "Ct", "Way", "Pl", "Ter", "Pkwy", "Cir", "Hwy", "Trl", "Loop", "Sq", "Row", "Pike", "Xing"}

var enCities = []string{"Springfield, IL 62704", "Austin, TX 78745", "Columbus, OH 43215", "Fresno, CA 93722", "Tacoma, WA 98405", "Raleigh, NC 27610", "Tucson, AZ 85719", "Omaha, NE 68104", "Albany, NY 12203", "Boise, ID 83706", "Savannah, GA 31405", "Dearborn, MI 48126", "Flushing, NY 11355", "Garden Grove, CA 92843", "Edison, NJ 08817", "Laredo, TX 78041", "Minneapolis, MN 55407", "Baton Rouge, LA 70802", "Richmond, VA 23220", "Madison, WI 53703", "Portland, OR 97214", "Providence, RI 02906", "Burlington, VT 05401", "Little Rock, AR 72204", "Silver Spring, MD 20910", "Anchorage, AK 99508", "Honolulu, HI 96817", "Cheyenne, WY 82001", "Sioux Falls, SD 57104", "Jackson, MS 39206", "Knoxville, TN 37917", "Pueblo, CO 81003", "Lowell, MA 01852", "Hialeah, FL 33012", "Gallup, NM 87301"}

func enPerson(g *gen) (given, sur string) {
	given = g.of(enGiven)
	if g.chance(0.1) {
		sur = g.of(enDouble)
	} else {
		sur = g.of(enSurname)
	}
	return
}

func enFull(g *gen) string {
	gv, s := enPerson(g)
	switch g.r.IntN(10) {
	case 0:
		return gv + " " + string(rune('A'+g.r.IntN(26))) + ". " + s
	case 1:
		if n, ok := enNick[gv]; ok {
			return n + " " + s
		}
	case 2:
		return gv + " " + s + g.pick(" Jr.", " III", " Sr.")
	}
	return gv + " " + s
}

func enLastFirst(g *gen) string {
	gv, s := enPerson(g)
	if g.chance(0.3) {
		return s + ", " + gv + " " + string(rune('A'+g.r.IntN(26))) + "."
	}
	return s + ", " + gv
}

func enStreet(g *gen) string {
	if g.chance(0.08) {
		return g.pick("PO Box ", "P.O. Box ") + g.itoa(10, 9999)
	}
	if g.chance(0.05) {
		return "RR " + g.itoa(1, 9) + " Box " + g.itoa(10, 400)
	}
	s := g.itoa(1, 29999) + " "
	if g.chance(0.15) {
		s += g.pick("N ", "S ", "E ", "W ", "NE ", "SW ")
	}
	if g.chance(0.1) {
		s += g.pick("1st ", "2nd ", "3rd ", "14th ", "42nd ", "5th ")
	} else {
		s += g.of(enStreetNames) + " "
	}
	s += g.of(enSuffix)
	if g.chance(0.3) {
		s += g.pick(" Apt ", " Apt. ", " Ste ", " Unit ", " #", ", Apt ", ", Unit ") + g.itoa(1, 40) + g.pick("", "", "B", "C")
	}
	return s
}

func enAddr(g *gen, sep string) string {
	a := enStreet(g) + sep + g.of(enCities)
	if g.chance(0.15) {
		a = strings.ToUpper(a)
	}
	return a
}

var enBrands = []string{"Ben & Jerry's", "Wendy's", "Dr Pepper", "Dell Technologies", "Ford Motor Company", "Hewlett-Packard", "Johnson & Johnson", "Wells Fargo", "Ralph Lauren", "Martha Stewart Living", "Sherwin-Williams", "Procter & Gamble", "Marshall Field's", "Trader Joe's", "Sam's Club", "Chick-fil-A", "Boeing", "Disney", "Mrs. Fields", "Tommy Hilfiger", "Kellogg's", "John Deere", "Morgan Stanley", "Goldman Sachs", "Baskin-Robbins", "Jimmy John's", "Harley-Davidson", "Kate Spade", "Levi Strauss & Co.", "Paul Mitchell"}

var enPlaces = []string{"Lincoln Memorial", "Washington Square Park", "Jefferson City", "John F. Kennedy International Airport", "Martin Luther King Jr. Blvd exit", "Madison Square Garden", "Carnegie Hall", "Rockefeller Center", "Franklin Institute", "Grant Park", "Ronald Reagan Washington National Airport", "George Washington Bridge", "Smithsonian", "Hoover Dam", "Mount Rushmore", "Lake Tahoe", "Harvard Yard", "Stanford Stadium", "Wrigley Field", "Fenway Park"}

var enPhrases = []string{"Grand Opening", "Happy Hour", "Terms And Conditions", "Lost And Found", "Best Regards", "Customer Service", "Fresh Market", "Bank Holiday", "Main Street Festival", "Early Bird Special", "Sunset Boulevard", "Honor Roll", "Liberty Bell", "Good Friday", "Memorial Day"}

var enProducts = []string{"iPhone 15", "Tesla Model Y", "Ford Mustang", "Honda Odyssey", "Jeep Wrangler", "Xbox Series X", "Big Mac", "Kindle Paperwhite", "Jack Daniel's Old No. 7", "Chevy Malibu", "Toyota Camry", "Lincoln Navigator", "Mercedes-Benz Sprinter", "Porsche Cayenne"}

var enKinds = []kind{
	{"hotel_card", enHotel}, {"passenger_manifest", enManifest}, {"wire_form", enWire},
	{"library_overdue", enLibrary}, {"parking_ticket", enParking}, {"utility_shutoff", enUtility},
	{"wedding_announcement", enWedding}, {"voter_registration", enVoter}, {"class_action_claim", enClaim},
	{"loan_application", enLoan}, {"lost_found_log", enLostFound}, {"hackathon_teams", enHackathon},
	{"tax_intake", enTax}, {"ride_receipt", enRide}, {"crm_export", enCRM},
}

var enNegKinds = []kind{{"neg_sponsor_list", enNegSponsors}, {"neg_event_flyer", enNegFlyer}, {"neg_inventory", enNegInventory}}

func enHotel(g *gen, b *builder) {
	b.t("GUEST REGISTRATION CARD\nRoom: ", g.itoa(101, 1240), "   Arrive: ", g.date(), "   Nights: ", g.itoa(1, 9), "\nGuest Name: ")
	if g.chance(0.5) {
		b.name(strings.ToUpper(enLastFirst(g)))
	} else {
		b.name(enFull(g))
	}
	b.t("\nHome Address: ")
	b.addr(enAddr(g, ", "))
	if g.chance(0.4) {
		b.t("\nAdditional guest: ")
		b.name(enFull(g))
	}
	b.t("\nVehicle: ")
	if g.chance(0.4) {
		b.neg(g.of(enProducts))
	} else {
		b.t(g.pick("Silver sedan", "Blue SUV", "none"))
	}
	b.t("  Plate: ", g.digits(3), "-", strings.ToUpper(g.pick("abc", "kxt", "rnm")), "\nRate code: AAA  Signature: __________\n")
}

func enManifest(g *gen, b *builder) {
	b.t("FLT ", g.pick("UA", "DL", "AA", "WN", "B6"), g.itoa(100, 2999), " ", g.pick("ORD-DEN", "ATL-MCO", "JFK-LAX", "SEA-ANC"), " PAX MANIFEST\n")
	b.t("SEQ  SEAT  NAME                          SSR\n")
	n := g.num(3, 6)
	for i := 1; i <= n; i++ {
		b.f("%03d  %d%c   ", i, g.num(1, 38), 'A'+g.r.IntN(6))
		_, s := enPerson(g)
		gv := g.of(enGiven)
		nm := strings.ToUpper(strings.ReplaceAll(s, " ", "")) + "/" + strings.ToUpper(gv)
		b.name(nm)
		b.t(g.pick(" MR", " MS", " MRS", " MSTR", ""), strings.Repeat(" ", max(1, 26-len(nm))), g.pick("WCHR", "VGML", "", "", "INFT"), "\n")
	}
	b.t("END OF LIST\n")
}

func enWire(g *gen, b *builder) {
	b.t("Domestic Wire Transfer Request\n\nOriginator name: ")
	b.name(enFull(g))
	b.t("\nOriginator address: ")
	b.addr(enAddr(g, ", "))
	b.t("\nBeneficiary name: ")
	if g.chance(0.3) {
		b.neg(g.of(enBrands))
		b.t(" Inc.")
	} else {
		b.name(enFull(g))
	}
	b.t("\nBeneficiary bank: ", g.pick("First Citizens", "Chase", "U.S. Bank", "Regions"), "  ABA ", g.digits(9), "\nAmount: $", g.itoa(200, 48000), ".00\nPurpose: ", g.pick("closing funds", "tuition", "family support", "invoice 4471"), "\n")
}

func enLibrary(g *gen, b *builder) {
	gv, s := enPerson(g)
	b.t(g.pick("Riverside", "Oak Park", "Maplewood", "Eastside"), " Public Library\n\n")
	b.name(gv + " " + s)
	b.t("\n")
	b.addr(enStreet(g) + "\n" + g.of(enCities))
	b.t("\n\nDear ")
	b.name(gv)
	b.t(",\n\nThe following item is now ", g.itoa(3, 40), " days overdue: \"", g.pick("The Night Circus", "Educated", "Where the Crawdads Sing", "Atomic Habits"), "\". Please return it or renew online. Fines are capped at $", g.itoa(5, 15), ".\n")
}

func enParking(g *gen, b *builder) {
	b.t("CITY OF ", strings.ToUpper(g.pick("Oakland", "Tampa", "Dayton", "Spokane")), " PARKING CITATION #", g.digits(8), "\nLOCATION: ")
	if g.chance(0.5) {
		b.neg(strings.ToUpper(g.of(enPlaces)))
		b.t(" LOT ", g.pick("A", "B", "C"))
	} else {
		b.t(g.itoa(100, 999), " BLK ", strings.ToUpper(g.of(enStreetNames)), " ST")
	}
	b.t("\nVIOLATION: ", g.pick("EXPIRED METER", "NO PARKING 2-6AM", "FIRE HYDRANT", "RESIDENT PERMIT ONLY"), "\nREGISTERED OWNER: ")
	b.name(strings.ToUpper(enLastFirst(g)))
	b.t("\nOWNER ADDRESS: ")
	b.addr(strings.ToUpper(enAddr(g, " ")))
	b.t("\nFINE: $", g.itoa(35, 120), "  DUE IN 21 DAYS  OFFICER #", g.digits(4), "\n")
}

func enUtility(g *gen, b *builder) {
	b.t("FINAL NOTICE - SERVICE DISCONNECTION\n\nAccount ", g.digits(10), "\nService address: ")
	b.addr(enAddr(g, ", "))
	b.t("\n\n")
	gv, s := enPerson(g)
	b.t(g.pick("Dear ", "Attn: "))
	if g.chance(0.5) {
		b.t(g.pick("Mr. ", "Ms. ", "Mx. "))
		b.name(s)
	} else {
		b.name(gv + " " + s)
	}
	b.t(",\nYour balance of $", g.itoa(90, 900), ".", g.digits(2), " is past due. Electric service will be disconnected on or after ", g.date(), " unless payment is received. Medical certificate forms are available.\n")
}

func enWedding(g *gen, b *builder) {
	g1, s1 := enPerson(g)
	g2, s2 := enPerson(g)
	b.name(g1 + " " + s1)
	b.t(" and ")
	b.name(g2 + " " + s2)
	b.t(" were married ", g.date(), " at ")
	if g.chance(0.5) {
		b.neg(g.pick("St. Mary's Catholic Church", "St. Paul's Lutheran Church", "Saint Joseph Chapel", "Grace Church"))
	} else {
		b.t("the bride's family farm")
	}
	b.t(". ")
	b.name(g1)
	b.t(" is the child of ")
	pg, _ := enPerson(g)
	b.name(pg)
	b.t(" and ")
	b.name(g.of(enGiven) + " " + s1)
	b.t(" of ", strings.Split(g.of(enCities), ",")[0], ". ")
	b.name(g2)
	b.t(", whose mother is ")
	b.name(g.of(enGiven) + " " + s2)
	b.t(", works for ")
	b.neg(g.of(enBrands))
	b.t(". The couple will live in ", strings.Split(g.of(enCities), ",")[0], ".\n")
}

func enVoter(g *gen, b *builder) {
	gv, s := enPerson(g)
	b.t("voter_id,last_name,first_name,middle,residence_address,mailing_address,party\n")
	b.t(g.digits(9), ",")
	b.name(s)
	b.t(",")
	b.name(gv)
	b.t(",", string(rune('A'+g.r.IntN(26))), ",\"")
	b.addr(enAddr(g, ", "))
	b.t("\",")
	if g.chance(0.4) {
		b.t("\"")
		b.addr(enAddr(g, ", "))
		b.t("\"")
	}
	b.t(",", g.pick("DEM", "REP", "UNA", "LIB", "GRN"), "\n")
}

func enClaim(g *gen, b *builder) {
	b.t("IN RE: ")
	b.neg(g.pick("Wells Fargo", "Johnson & Johnson", "Procter & Gamble", "Dell Technologies"))
	b.t(" ", g.pick("Data Breach", "Overdraft Fee", "Consumer Products"), " Settlement\nCLAIM FORM - Claimant Information\n  Full name: ")
	b.name(enFull(g))
	b.t("\n  Current mailing address:\n    ")
	b.addr(enStreet(g) + "\n    " + g.of(enCities))
	b.t("\n  Claim ID: ", g.digits(7), "\n  [x] I certify under penalty of perjury that the information above is true.\n")
}

func enLoan(g *gen, b *builder) {
	b.t("{\n  \"application_id\": \"LN-", g.digits(6), "\",\n  \"borrower\": {\"name\": \"")
	b.name(enFull(g))
	b.t("\", \"residence\": \"")
	b.addr(enAddr(g, ", "))
	b.t("\", \"years_at_address\": ", g.itoa(0, 20), "},\n")
	if g.chance(0.5) {
		b.t("  \"co_borrower\": {\"name\": \"")
		b.name(enFull(g))
		b.t("\"},\n")
	}
	b.t("  \"employer\": \"")
	b.neg(g.of(enBrands))
	b.t("\",\n  \"amount\": ", g.itoa(5, 450), "000\n}\n")
}

func enLostFound(g *gen, b *builder) {
	b.t("| Date | Item | Found at | Claimed by |\n|---|---|---|---|\n")
	for range g.num(2, 4) {
		b.t("| ", g.date(), " | ", g.pick("black umbrella", "AirPods case", "wallet", "child's jacket", "keys on lanyard"), " | ")
		if g.chance(0.4) {
			b.neg(g.pick("Lincoln Gallery", "Carnegie Hall lobby", "Franklin Room", "Wrigley Field gate 3"))
		} else {
			b.t(g.pick("2nd floor restroom", "food court", "bus bay 4"))
		}
		b.t(" | ")
		if g.chance(0.6) {
			b.name(enFull(g))
		} else {
			b.t("-")
		}
		b.t(" |\n")
	}
}

func enHackathon(g *gen, b *builder) {
	b.t("teams:\n")
	for range g.num(1, 3) {
		b.t("  - name: ", g.pick("Null Pointers", "Byte Me", "Team Rocket", "Segfault City", "Cache Money"), "\n    members:\n")
		for range g.num(2, 4) {
			b.t("      - ")
			b.name(enFull(g))
			b.t("\n")
		}
		b.t("    track: ", g.pick("health", "climate", "fintech"), "\n")
	}
	if g.chance(0.5) {
		b.t("sponsor: ")
		b.neg(g.of(enBrands))
		b.t("\n")
	}
}

func enTax(g *gen, b *builder) {
	b.t("TAX YEAR ", g.itoa(2021, 2025), " CLIENT INTAKE\nTaxpayer: ")
	gv, s := enPerson(g)
	b.name(gv + " " + s)
	b.t("   Filing status: ", g.pick("MFJ", "Single", "HOH", "MFS"), "\n")
	if g.chance(0.6) {
		b.t("Spouse: ")
		b.name(g.of(enGiven) + " " + s)
		b.t("\n")
	}
	b.t("Address as of Dec 31: ")
	b.addr(enAddr(g, ", "))
	b.t("\nDependents: ")
	b.name(g.of(enGiven))
	b.t(" (age ", g.itoa(1, 17), ")\nW-2 from: ")
	b.neg(g.of(enBrands))
	b.t("\nNotes: bring 1098 and daycare receipts.\n")
}

func enRide(g *gen, b *builder) {
	b.t("Thanks for riding, ")
	b.name(g.of(enGiven))
	b.t("!\n\nTotal  $", g.itoa(8, 64), ".", g.digits(2), "\n\nPickup  ", g.pick("7:02 AM", "11:48 PM", "5:15 PM"), "\n")
	b.addr(enAddr(g, ", "))
	b.t("\nDropoff\n")
	if g.chance(0.5) {
		b.neg(g.of(enPlaces))
	} else {
		b.addr(enAddr(g, ", "))
	}
	b.t("\n\nYour driver was ")
	b.name(g.of(enGiven))
	b.t(" · ", g.pick("Toyota Prius", "Honda Civic", "Kia Niro"), "\n")
}

func enCRM(g *gen, b *builder) {
	d := g.pick(",", ";", "\t", "|")
	b.t(strings.Join([]string{"contact_id", "full_name", "company", "address", "owner"}, d), "\n")
	for range g.num(2, 4) {
		b.t("C", g.digits(5), d)
		b.name(enFull(g))
		b.t(d)
		b.neg(g.of(enBrands))
		b.t(d)
		if d == "," {
			b.t("\"")
			b.addr(enAddr(g, ", "))
			b.t("\"")
		} else {
			b.addr(enAddr(g, ", "))
		}
		b.t(d, strings.ToLower(g.of(enGiven)), "\n")
	}
}

func enNegSponsors(g *gen, b *builder) {
	b.t("This year's ", g.pick("5K Fun Run", "Spring Gala", "Robotics Expo"), " is made possible by:\n")
	for range g.num(3, 5) {
		b.t("  * ")
		b.neg(g.of(enBrands))
		b.t("\n")
	}
	b.t("Venue: ")
	b.neg(g.of(enPlaces))
	b.t("\n")
}

func enNegFlyer(g *gen, b *builder) {
	b.neg(strings.ToUpper(g.of(enPhrases)))
	b.t("!\nJoin us ", g.date(), " near ")
	b.neg(g.of(enPlaces))
	b.t(". Free samples from ")
	b.neg(g.of(enBrands))
	b.t(" and a raffle for a ")
	b.neg(g.of(enProducts))
	b.t(".\n")
}

func enNegInventory(g *gen, b *builder) {
	b.t("sku\tdescription\tqty\n")
	for range g.num(2, 5) {
		b.t(g.digits(6), "\t")
		if g.chance(0.5) {
			b.neg(g.of(enProducts))
		} else {
			b.neg(g.of(enBrands))
		}
		b.t("\t", g.itoa(1, 90), "\n")
	}
}
