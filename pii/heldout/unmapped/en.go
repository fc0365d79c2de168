package unmapped

import "strings"

var enKinds = []kind{
	{"hold-mail-confirmation", enHoldMail},
	{"title-assignment", enTitleAssignment},
	{"lien-waiver", enLienWaiver},
	{"rate-confirmation", enRateConfirmation},
	{"grantor-grantee-index", enGrantorIndex},
	{"vendor-1099-csv", enVendor1099},
	{"marriage-license-application", enMarriageLicense},
	{"zoom-chat-export", enZoomChat},
	{"maintenance-request-json", enMaintenanceJSON},
	{"well-water-report", enWellWater},
	{"neg_hardware-flyer", enNegHardwareFlyer},
	{"neg_eponym-coding-tips", enNegEponyms},
}

var enGivenF = []string{
	"Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan", "Jessica", "Sarah", "Karen",
	"Lisa", "Nancy", "Betty", "Sandra", "Ashley", "Kimberly", "Emily", "Donna", "Michelle", "Carol",
	"Amanda", "Melissa", "Deborah", "Aaliyah", "Imani", "Latoya", "Keisha", "Kaitlyn", "Madison", "Harper",
	"Olivia", "Sofia", "Camila", "Guadalupe", "María José", "Luz", "Priya", "Ananya", "Deepa", "Mei",
	"Ji-yeon", "Nguyet", "Thanh", "Ngozi", "Fatuma", "Amina", "Layla", "Noor", "Svetlana", "Kateryna",
	"Siobhan", "Niamh", "Kalani", "Winona", "Cheyenne", "Philippa", "Marguerite", "Gwendolyn", "Delphine",
	"Rosalind", "Bernadette", "Tamika", "Brianna", "Destiny", "Marisol", "Yesenia", "Rhiannon", "Dakota",
}

var enGivenM = []string{
	"James", "Robert", "John", "Michael", "David", "William", "Richard", "Joseph", "Thomas", "Christopher",
	"Daniel", "Matthew", "Anthony", "Mark", "Donald", "Steven", "Andrew", "Kenneth", "Joshua", "Kevin",
	"Brian", "Timothy", "Ronald", "Jayden", "DeShawn", "Tyrone", "Malik", "Jamal", "Xavier", "Brayden",
	"Aiden", "Liam", "Mateo", "Santiago", "Alejandro", "Jesús", "Juan Carlos", "Arjun", "Rohan", "Vikram",
	"Wei", "Jian", "Hyun-woo", "Minh", "Tuan", "Olumide", "Chidi", "Abdi", "Yusuf", "Omar", "Hamza",
	"Dmitri", "Bogdan", "Declan", "Cormac", "Keanu", "Ezekiel", "Hezekiah", "Thaddeus", "Cornelius",
	"Augustin", "Dwayne", "Cletus", "Bubba", "Rusty", "Elijah", "Isaiah", "Tobias", "Reginald", "Lamar",
}

var enSurnames = []string{
	"Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
	"Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin",
	"Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson",
	"Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores", "Green",
	"Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell", "Carter", "Roberts", "Okonkwo",
	"Adeyemi", "Mensah", "Abernathy", "Bergstrom", "Castellano", "Fitzgerald", "Gallagher", "Halvorsen",
	"Iverson", "Jablonski", "Kowalczyk", "Lindqvist", "Makowski", "Nakamura", "Oyelaran", "Patel",
	"Quintero", "Rasmussen", "Szymanski", "Tanaka", "Underwood", "Vasquez", "Whitfield", "Yamamoto",
	"Zielinski", "Chaudhry", "Banerjee", "Krishnamurthy", "Park", "Kim", "Choi", "Huang", "Chen", "Tran",
	"Pham", "Le", "O'Brien", "O'Connell", "McAllister", "MacDonald", "McKenzie", "DeLuca", "D'Angelo",
	"St. Clair", "Van Dyke", "Van Horn", "de la Cruz", "del Rosario", "Ben-David", "Al-Amin", "Abdullah",
	"Haddad", "Begay", "Yazzie", "Tsosie", "Kealoha", "Fonoti", "Nez", "Boudreaux", "Thibodeaux",
	"Hollingsworth", "Pruitt", "Stoltzfus", "Yoder", "Lapointe", "Washington", "Jefferson", "Franklin",
}

type enPerson struct {
	given, middle, sur, suffix string
	female                     bool
}

func enPer(g *gen) enPerson {
	p := enPerson{female: g.chance(0.5)}
	if p.female {
		p.given = g.of(enGivenF)
	} else {
		p.given = g.of(enGivenM)
	}
	if g.chance(0.35) {
		p.middle = g.upper(1)
	}
	p.sur = g.of(enSurnames)
	if g.chance(0.06) && !strings.Contains(p.sur, " ") {
		if o := g.of(enSurnames); !strings.Contains(o, " ") && o != p.sur {
			p.sur += "-" + o
		}
	}
	if !p.female && g.chance(0.06) {
		p.suffix = g.pick("Jr.", "Sr.", "III", "II")
	}
	return p
}

func (p enPerson) full() string {
	s := p.given
	if p.middle != "" {
		s += " " + p.middle + "."
	}
	s += " " + p.sur
	if p.suffix != "" {
		s += " " + p.suffix
	}
	return s
}

func (p enPerson) plain() string { return p.given + " " + p.sur }

// index is the county-index form: SURNAME GIVEN M.
func (p enPerson) index() string {
	s := strings.ToUpper(p.sur + " " + p.given)
	if p.middle != "" {
		s += " " + p.middle
	}
	if p.suffix != "" {
		s += " " + strings.ToUpper(strings.TrimSuffix(p.suffix, "."))
	}
	return s
}

func (p enPerson) mrMs(g *gen) string {
	if p.female {
		return g.pick("Ms.", "Mrs.", "Ms")
	}
	return g.pick("Mr.", "Mr")
}

type enPlace struct{ city, st, zip string }

var enPlaces = []enPlace{
	{"Springfield", "IL", "62704"}, {"Columbus", "OH", "43215"}, {"Austin", "TX", "78704"}, {"Houston", "TX", "77002"},
	{"El Paso", "TX", "79901"}, {"Phoenix", "AZ", "85004"}, {"Tucson", "AZ", "85719"}, {"Denver", "CO", "80205"},
	{"Boise", "ID", "83702"}, {"Billings", "MT", "59101"}, {"Fargo", "ND", "58102"}, {"Sioux Falls", "SD", "57104"},
	{"Omaha", "NE", "68102"}, {"Wichita", "KS", "67202"}, {"Tulsa", "OK", "74103"}, {"Little Rock", "AR", "72201"},
	{"Jackson", "MS", "39201"}, {"Birmingham", "AL", "35203"}, {"Savannah", "GA", "31401"}, {"Atlanta", "GA", "30303"},
	{"Charlotte", "NC", "28202"}, {"Durham", "NC", "27701"}, {"Richmond", "VA", "23219"}, {"Baltimore", "MD", "21201"},
	{"Wilmington", "DE", "19801"}, {"Newark", "NJ", "07102"}, {"Hoboken", "NJ", "07030"}, {"Brooklyn", "NY", "11201"},
	{"Buffalo", "NY", "14202"}, {"Burlington", "VT", "05401"}, {"Portland", "ME", "04101"}, {"Manchester", "NH", "03101"},
	{"Providence", "RI", "02903"}, {"Worcester", "MA", "01608"}, {"Hartford", "CT", "06103"}, {"Pittsburgh", "PA", "15222"},
	{"Scranton", "PA", "18503"}, {"Cleveland", "OH", "44113"}, {"Detroit", "MI", "48226"}, {"Grand Rapids", "MI", "49503"},
	{"Milwaukee", "WI", "53202"}, {"Madison", "WI", "53703"}, {"Minneapolis", "MN", "55401"}, {"Duluth", "MN", "55802"},
	{"Des Moines", "IA", "50309"}, {"St. Louis", "MO", "63101"}, {"Kansas City", "MO", "64105"}, {"Louisville", "KY", "40202"},
	{"Nashville", "TN", "37203"}, {"Memphis", "TN", "38103"}, {"New Orleans", "LA", "70112"}, {"Baton Rouge", "LA", "70802"},
	{"Albuquerque", "NM", "87102"}, {"Las Vegas", "NV", "89101"}, {"Reno", "NV", "89501"}, {"Salt Lake City", "UT", "84101"},
	{"Spokane", "WA", "99201"}, {"Tacoma", "WA", "98402"}, {"Seattle", "WA", "98104"}, {"Portland", "OR", "97205"},
	{"Eugene", "OR", "97401"}, {"Sacramento", "CA", "95814"}, {"Fresno", "CA", "93721"}, {"Oakland", "CA", "94612"},
	{"San Diego", "CA", "92101"}, {"Anchorage", "AK", "99501"}, {"Honolulu", "HI", "96813"}, {"Cheyenne", "WY", "82001"},
	{"Charleston", "WV", "25301"}, {"Fort Morgan", "CO", "80701"}, {"Lincoln", "NE", "68508"}, {"Washington", "DC", "20002"},
}

var enStreetNames = []string{
	"Main", "Oak", "Maple", "Cedar", "Pine", "Elm", "Washington", "Lincoln", "Jefferson", "Park", "Lake",
	"Hill", "Walnut", "Spring", "Church", "Highland", "Sunset", "Ridgeview", "Cherry", "Willow", "Chestnut",
	"Magnolia", "Peachtree", "Dogwood", "Sycamore", "Mill", "Meadow", "Canyon", "Mesa", "Saguaro", "Bluebonnet",
	"Juniper", "Aspen", "Prairie", "Harbor", "Bayview", "Lakeshore", "Riverside", "Fairview", "Pleasant",
	"College", "University", "Market", "Front", "Water", "Center", "Martin Luther King Jr", "Cesar Chavez",
	"Kamehameha", "Old Mill", "Country Club", "Stagecoach", "Cottonwood Creek", "Whispering Pines",
	"Indian School", "Hickory Hollow", "Fox Run", "Quail Ridge", "Tamarack", "Sandpiper", "Pelican Bay",
}
var enSuffixes = []string{
	"St", "St", "Street", "Ave", "Ave", "Avenue", "Blvd", "Rd", "Rd", "Road", "Dr", "Dr", "Drive", "Ln", "Lane",
	"Ct", "Pl", "Way", "Ter", "Cir", "Pkwy", "Hwy", "Trl", "Loop", "Sq", "Aly", "Xing", "Pike", "Run", "Row",
	"Cv", "Holw", "Bnd", "Pt", "Rdg", "Vw", "Pass", "Path",
}
var enOrdinals = []string{"1st", "2nd", "3rd", "4th", "5th", "7th", "9th", "12th", "14th", "23rd", "31st", "42nd", "101st"}

func enStreetLine(g *gen) string {
	n := g.num(1, 9899)
	if g.chance(0.2) {
		n = g.num(10000, 48999)
	}
	var s string
	switch g.r.IntN(12) {
	case 0:
		s = n + " " + g.pick("N", "S", "E", "W") + " " + g.of(enOrdinals) + " " + g.pick("St", "Ave", "Street", "Avenue")
	case 1:
		s = n + " " + g.pick("County Road ", "State Route ", "Farm to Market Road ", "US Highway ") + g.num(2, 399)
	case 2:
		s = n + " Broadway"
	case 3:
		s = n + " " + g.pick("N", "S", "E", "W", "NE", "SW") + " " + g.of(enStreetNames) + " " + g.of(enSuffixes)
	default:
		s = n + " " + g.of(enStreetNames) + " " + g.of(enSuffixes)
	}
	if g.chance(0.25) {
		s += g.pick(" Apt ", " Apt. ", " Unit ", " Ste ", " Suite ", " # ", " Lot ", " Bldg ") + g.pick(g.num(1, 40), g.num(100, 2400), g.num(1, 9)+g.pick("A", "B", "C", "F"))
	}
	return s
}

func enCityLine(g *gen, p enPlace) string {
	z := p.zip
	if g.chance(0.2) {
		z += "-" + g.digits(4)
	}
	if g.chance(0.15) {
		return p.city + " " + p.st + " " + z
	}
	return p.city + ", " + p.st + " " + z
}

func enPlaceOf(g *gen) enPlace { return enPlaces[g.r.IntN(len(enPlaces))] }

// enAddr returns a street line and a city line joined by sep.
func enAddr(g *gen, sep string) string { return enStreetLine(g) + sep + enCityLine(g, enPlaceOf(g)) }

func enPOBox(g *gen, sep string) string {
	return g.pick("PO Box ", "P.O. Box ", "P. O. Box ") + g.num(1, 98999) + sep + enCityLine(g, enPlaceOf(g))
}

func enPhone(g *gen) string {
	return "(" + g.num(201, 989) + ") " + g.num(200, 999) + "-" + g.digits(4)
}

func enDate(g *gen) string { return g.pad2(1, 12) + "/" + g.pad2(1, 28) + "/2025" }

func enHoldMail(g *gen, b *builder) {
	p := enPer(g)
	conf := "HM" + g.digits(9)
	b.text("From: USPS Hold Mail <holdmail@usps.example>\nSubject: Hold Mail Request Confirmation ", conf, "\n\n")
	b.text(g.pick("Hello ", "Dear ", "Hi "))
	b.name(p.given)
	b.text(",\n\nYour Hold Mail request has been scheduled. Mail will be held at your local Post Office.\n\n")
	b.text("Confirmation Number: ", conf, "\nName: ")
	if g.chance(0.5) {
		b.name(strings.ToUpper(p.plain()))
	} else {
		b.name(p.full())
	}
	b.text("\nAddress:\n")
	if g.chance(0.5) {
		b.addr(strings.ToUpper(enAddr(g, "\n")))
	} else {
		b.addr(enAddr(g, "\n"))
	}
	m, d := g.between(1, 11), g.between(1, 12)
	b.text("\nStart Date: ", two(m), "/", two(d), "/2025\nEnd Date: ", two(m), "/", two(d+g.between(3, 16)), "/2025\n")
	if g.chance(0.5) {
		b.text("Delivery Option: Resume delivery and deliver all held mail on the End Date\n")
	} else {
		b.text("Delivery Option: I will pick up all held mail at the Post Office\nPost Office location: ")
		pl := enPlaceOf(g)
		b.text(pl.city, " Main Post Office, ")
		b.addr(enStreetLine(g) + ", " + enCityLine(g, pl))
		b.text("\n")
	}
	if g.chance(0.3) {
		o := enPer(g)
		b.text("Note: Mail for other household members (")
		b.name(o.plain())
		b.text(") will also be held.\n")
	}
	b.text("\nTo change or cancel this request, visit USPS.com. Do not reply to this email.\n")
}

var enMakes = []string{"FORD F-150", "CHEVROLET SILVERADO", "DODGE RAM 1500", "LINCOLN NAVIGATOR", "CHRYSLER PACIFICA", "TOYOTA CAMRY", "HONDA CIVIC", "MERCURY GRAND MARQUIS", "BUICK ENCLAVE", "TESLA MODEL Y", "FERRARI 488", "JOHN DEERE GATOR"}

func enTitleAssignment(g *gen, b *builder) {
	county := g.pick("Lincoln", "Jefferson", "Washington", "Franklin", "Madison", "Harris", "Clark", "Jackson")
	b.text("CERTIFICATE OF TITLE (reverse) - ASSIGNMENT OF TITLE BY OWNER\n")
	b.text("VIN: ", g.digits(1), g.upper(4), g.digits(2), g.upper(1), g.digits(1), g.upper(1), g.digits(6), "   YEAR: ", g.num(2004, 2022), "   MAKE/MODEL: ", g.of(enMakes), "\n")
	b.text("ODOMETER READING: ", g.num(12, 280), ",", g.digits(3), "  [X] Actual mileage  [ ] Exceeds mechanical limits\n\n")
	s := enPer(g)
	b.text("SELLER(S) PRINTED NAME: ")
	b.name(strings.ToUpper(s.full()))
	if g.chance(0.3) {
		s2 := enPer(g)
		s2.sur = s.sur
		b.text(" AND ")
		b.name(strings.ToUpper(s2.plain()))
	}
	b.text("\nSELLER ADDRESS: ")
	b.addr(strings.ToUpper(enAddr(g, ", ")))
	byr := enPer(g)
	b.text("\n\nBUYER PRINTED NAME: ")
	b.name(strings.ToUpper(byr.full()))
	b.text("\nBUYER ADDRESS: ")
	b.addr(strings.ToUpper(enAddr(g, ", ")))
	b.text("\nDATE OF SALE: ", enDate(g), "   SALE PRICE: $", g.num(1, 48), ",", g.digits(3), ".00\n\n")
	if g.chance(0.5) {
		b.text("FIRST LIENHOLDER: ", g.pick("ALLY FINANCIAL", "CAPITAL ONE AUTO FINANCE", "WELLS FARGO DEALER SERVICES", "NAVY FEDERAL CREDIT UNION", "CARMAX AUTO FINANCE"), ", ")
		b.addr(strings.ToUpper(enPOBox(g, ", ")))
		b.text("\n")
	}
	b.text("\nSubscribed and sworn to before me this ", ordinal(g.between(1, 28)), " day of ", g.pick("March", "June", "October"), ", 2025.\n")
	n := enPer(g)
	b.name(n.plain())
	b.text(", Notary Public, ", county, " County, ", g.pick("Ohio", "Missouri", "Kentucky", "Nebraska", "Oregon"), "\nMy commission expires ", enDate(g), "\n")
}

func enLienWaiver(g *gen, b *builder) {
	b.text(g.pick("CONDITIONAL WAIVER AND RELEASE ON PROGRESS PAYMENT", "UNCONDITIONAL WAIVER AND RELEASE ON FINAL PAYMENT", "PARTIAL LIEN WAIVER"), "\n\nNOTICE: THIS DOCUMENT WAIVES THE CLAIMANT'S LIEN, STOP PAYMENT NOTICE, AND PAYMENT BOND RIGHTS.\n\n")
	b.text("Identifying Information\nName of Claimant: ")
	if g.chance(0.35) {
		c := enPer(g)
		b.name(c.plain())
		b.text(" dba ", c.sur, g.pick(" Drywall", " Electric", " Roofing", " Concrete"))
	} else {
		b.text(g.pick("Summit Framing LLC", "Lone Star Concrete Inc.", "Bluebonnet Plumbing Co.", "Ace Electric Services", "Hercules Steel Erectors", "Pioneer Glass & Glazing"))
	}
	b.text("\nName of Customer: ")
	if g.chance(0.5) {
		cu := enPer(g)
		b.name(cu.plain())
	} else {
		b.text(g.pick("Turner Construction Company", "Whiting-Turner Contracting", "Hensel Phelps", "DPR Construction", "McCarthy Building Companies"))
	}
	b.text("\nJob Location: ")
	b.addr(enAddr(g, ", "))
	b.text("\nOwner: ")
	o := enPer(g)
	b.name(o.full())
	b.text("\nThrough Date: ", enDate(g), "\n\nConditional Waiver and Release\nThis document waives and releases lien, stop payment notice, and payment bond rights the claimant has for labor and service provided, and equipment and material delivered, to the customer on this job through the Through Date of this document.\n\n")
	b.text("Maker of Check: ", g.pick("Chase", "Bank of America", "Frost Bank", "Regions"), "  Amount of Check: $", g.num(1, 90), ",", g.digits(3), ".", g.digits(2), "\n\n")
	s := enPer(g)
	b.text("Claimant's Signature: /s/ ")
	b.name(s.plain())
	b.text("\nClaimant's Title: ", g.pick("Owner", "Office Manager", "Project Manager", "Controller"), "\nDate of Signature: ", enDate(g), "\n")
}

func enRateConfirmation(g *gen, b *builder) {
	load := g.digits(6)
	b.text("RATE CONFIRMATION - Load # ", load, "\nBroker: ", g.pick("Prairie Freight Brokerage LLC", "Big Sky Logistics Inc.", "Gulfstream Transport Solutions", "Redwood Lane Logistics"), "   MC# ", g.digits(6), "\nDispatcher: ")
	d := enPer(g)
	b.name(d.plain())
	b.text("  ", enPhone(g), "\nCarrier: ", g.pick("Three Sisters Trucking LLC", "J&R Express Inc.", "Eagle Wings Transport", "Lopez Bros Freight LLC", "Iron Horse Carriers"), "   DOT# ", g.digits(7), "\nDriver: ")
	dr := enPer(g)
	b.name(dr.plain())
	b.text("   Cell: ", enPhone(g), "   Truck #", g.num(10, 999), "  Trailer #", g.num(1000, 99999), "\n\n")
	for i, stop := range []string{"PICKUP", "DELIVERY"} {
		b.text(stop, " ", itoa(i+1), ": ", g.pick("Walmart DC 6094", "Tyson Foods", "Georgia-Pacific Mill", "Kroger Distribution Center", "John Deere Parts Depot", "Ben & Jerry's Plant", "Sherwin-Williams DC", "Procter & Gamble"), "\n")
		b.addr(enAddr(g, "\n"))
		b.text("\nAppt: ", enDate(g), " ", g.pick("0600-1400", "FCFS 0700-1500", "1300", "2200"), "   Ref/PO: ", g.digits(8), "\n")
		if g.chance(0.5) {
			b.text("Contact: ")
			c := enPer(g)
			b.name(c.plain())
			b.text(" ", enPhone(g), "\n")
		}
		b.text("\n")
	}
	b.text("Commodity: ", g.pick("Frozen poultry", "Paper products", "Dry grocery", "Ag equipment parts", "Ice cream (-10F)"), "   Weight: ", g.num(18, 44), ",000 lbs\nLine Haul: $", g.num(900, 4800), ".00   Fuel: included   Detention: $50/hr after 2 hrs\n")
	b.text("Notes: Driver must check call daily by 10am. Lumper receipts required. No double brokering.\n")
	if g.chance(0.4) {
		b.text("Accepted by carrier: ")
		a := enPer(g)
		b.name(a.plain())
		b.text(", ", enDate(g), "\n")
	}
}

func enGrantorIndex(g *gen, b *builder) {
	county := g.pick("LINCOLN", "JEFFERSON", "WASHINGTON", "TRAVIS", "MARICOPA", "CUYAHOGA", "HAMILTON", "KING")
	search := enPer(g)
	b.text(county, " COUNTY RECORDER - GRANTOR/GRANTEE INDEX\nSearch name: ")
	b.name(strings.ToUpper(search.sur))
	b.text("    Dates: 01/01/2024 - 12/31/2024\n\n")
	b.text("INSTR #        REC DATE    DOC TYPE         GRANTOR                     GRANTEE                     PROPERTY\n")
	cos := []string{"WELLS FARGO BANK NA", "ROCKET MORTGAGE LLC", "LINCOLN SAVINGS BANK", "HABITAT FOR HUMANITY", "CITY OF FRANKLIN", "MERS INC", "OPENDOOR PROPERTY J LLC", "ST JOSEPH PARISH"}
	for range g.between(4, 8) {
		b.text("2024-", g.digits(7), "   ", enDate(g)[:6], "2024  ")
		b.pad(plain, g.pick("WARRANTY DEED", "QUITCLAIM DEED", "DEED OF TRUST", "RELEASE", "MECHANICS LIEN", "AFFIDAVIT"), 17)
		for range 2 {
			if g.chance(0.3) {
				b.pad(plain, g.of(cos), 28)
			} else {
				p := enPer(g)
				if g.chance(0.3) {
					p.sur = search.sur
				}
				b.pad(nm, p.index(), 28)
			}
		}
		if g.chance(0.5) {
			b.addr(strings.ToUpper(enStreetLine(g)))
		} else {
			b.text("LOT ", g.num(1, 40), " BLK ", g.num(1, 12), " ", g.pick("OAK HILLS", "WASHINGTON HEIGHTS", "LINCOLN PARK", "SUNSET RIDGE", "MILLER'S ADDITION"), " SUB")
		}
		b.text("\n")
	}
	b.text("\nIndex is not a title search. Verify against recorded image.\n")
}

func enVendor1099(g *gen, b *builder) {
	b.text("vendor_id,payee_name,tin_last4,street,city,state,zip,box1_rents,box7_nec\n")
	for range g.between(4, 9) {
		pl := enPlaceOf(g)
		b.text("V", g.digits(5), ",")
		if g.chance(0.3) {
			b.csvField(plain, g.pick("Acme Janitorial, LLC", "Ruiz Landscaping Inc", "Dr. Pepper Snapple Group", "Jackson Hewitt Tax Service", "Wendy's #4412", "Kinko's Printing"), ",")
		} else {
			p := enPer(g)
			if g.chance(0.6) {
				b.csvField(nm, p.sur+", "+p.given, ",")
			} else {
				b.csvField(nm, p.full(), ",")
			}
		}
		b.text(",", g.digits(4), ",")
		if g.chance(0.2) {
			b.csvField(ad, g.pick("PO Box ", "P.O. Box ")+g.num(1, 9999), ",")
		} else {
			b.csvField(ad, enStreetLine(g), ",")
		}
		b.text(",", pl.city, ",", pl.st, ",", pl.zip, ",", g.pick("0.00", g.num(600, 24000)+".00"), ",", g.num(600, 90000), ".", g.pad2(0, 99), "\n")
	}
}

func enMarriageLicense(g *gen, b *builder) {
	county := g.pick("Clark", "Travis", "Cook", "King", "Hennepin", "Shelby", "Pima", "Wake")
	b.text("APPLICATION FOR MARRIAGE LICENSE - ", county, " County Clerk\nApplication No. ML-2025-", g.digits(6), "\n\n")
	for _, party := range []string{"PARTY A", "PARTY B"} {
		p := enPer(g)
		b.text(party, "\nFull legal name: ")
		b.name(p.full())
		b.text("\nLast name after marriage: ")
		b.name(g.pick(p.sur, p.sur, g.of(enSurnames)))
		pl := enPlaceOf(g)
		b.text("\nDate of birth: ", g.pad2(1, 12), "/", g.pad2(1, 28), "/19", g.num(60, 99), "   Place of birth: ", pl.city, ", ", pl.st, "\n")
		b.text("Residence address: ")
		b.addr(enAddr(g, ", "))
		b.text("\nParent 1 full name: ")
		m := enPer(g)
		b.name(m.plain())
		b.text("   Birthplace: ", enPlaceOf(g).st, "\nParent 2 full name (birth name): ")
		f := enPer(g)
		b.name(f.plain())
		b.text("   Birthplace: ", g.pick("Mexico", "Philippines", "Nigeria", "Ohio", "Texas", "Vietnam", "Puerto Rico"), "\n")
		b.text("Number of this marriage: ", g.pick("1", "1", "2"), "\n\n")
	}
	b.text("Ceremony location (if known): ", g.pick("St. Joseph Catholic Church", "Bellagio Chapel", "Lincoln Park Conservatory", "The Ritz-Carlton", "Elvis Chapel", "Franklin Square"), "\nOfficiant (if known): ")
	o := enPer(g)
	b.text(g.pick("Rev. ", "Judge ", "Pastor ", ""))
	b.name(o.plain())
	b.text("\nDeputy clerk: ")
	c := enPer(g)
	b.name(c.plain())
	b.text("   Fee paid: $", g.pick("60.00", "77.00", "82.00", "102.00"), "\n")
}

func enZoomChat(g *gen, b *builder) {
	people := []enPerson{enPer(g), enPer(g), enPer(g), enPer(g)}
	t := g.between(9*3600, 16*3600)
	ts := func() string {
		t += g.between(5, 300)
		return g.pad2(t/3600, t/3600) + ":" + g.pad2(t/60%60, t/60%60) + ":" + g.pad2(t%60, t%60)
	}
	from := func(p enPerson) {
		b.text(ts(), " From ")
		b.name(p.plain())
		if g.chance(0.2) {
			b.text(g.pick(" (she/her)", " (he/him)", " (they/them)"))
		}
		b.text(" to Everyone:\n\t")
	}
	for i := range g.between(5, 9) {
		j := g.r.IntN(len(people))
		p := people[j]
		o := people[(j+1+i%3)%len(people)]
		switch g.r.IntN(9) {
		case 0:
			from(p)
			b.text("Good morning all!\n")
		case 1:
			from(p)
			b.text("Thanks ")
			b.name(o.given)
			b.text(", that was super helpful\n")
		case 2:
			from(p)
			b.text("@")
			b.name(o.given)
			b.text(" can you share the deck after?\n")
		case 3:
			from(p)
			b.text("for the swag box please ship to ")
			b.addr(enAddr(g, ", "))
			b.text("\n")
		case 4:
			from(p)
			b.text("sorry my Alexa just started talking lol\n")
		case 5:
			from(p)
			b.text("Reacted to \"We'll use the Lincoln Room ...\" with 👍\n")
		case 6:
			b.text(ts(), " From ")
			b.name(p.plain())
			b.text(" to ")
			b.name(o.plain())
			b.text("(Direct Message):\n\t", g.pick("are you muted?", "can you take notes today", "lunch after?"), "\n")
		case 7:
			from(p)
			b.text("my new mailing address for the W-2: ")
			b.addr(enStreetLine(g) + " " + enCityLine(g, enPlaceOf(g)))
			b.text("\n")
		default:
			from(p)
			b.text("I'll loop in ")
			x := enPer(g)
			b.name(x.plain())
			b.text(" from ", g.pick("Legal", "Payroll", "the Denver office", "Jackson Lewis (outside counsel)"), "\n")
		}
	}
}

func enMaintenanceJSON(g *gen, b *builder) {
	p := enPer(g)
	pl := enPlaceOf(g)
	b.text("{\n  \"request_id\": \"MR-2025-", g.digits(5), "\",\n  \"property\": \"", g.pick("Willow Creek Apartments", "The Jefferson at Riverside", "Franklin Commons", "Magnolia Court", "Hamilton Lofts"), "\",\n")
	if g.chance(0.5) {
		b.text("  \"unit_address\": \"")
		b.addr(enStreetLine(g) + ", " + enCityLine(g, pl))
		b.text("\",\n")
	} else {
		b.text("  \"street\": \"")
		b.addr(enStreetLine(g))
		b.text("\",\n  \"unit\": \"", g.num(101, 3420), "\",\n  \"city\": \"", pl.city, "\",\n  \"state\": \"", pl.st, "\",\n  \"zip\": \"", pl.zip, "\",\n")
	}
	b.text("  \"resident\": {\"name\": \"")
	b.name(p.plain())
	b.text("\", \"phone\": \"", enPhone(g), "\"},\n  \"category\": \"", g.pick("Plumbing", "HVAC", "Appliance", "Electrical", "Pest"), "\",\n")
	b.text("  \"description\": \"", g.pick("Kitchen sink leaking under cabinet", "AC blowing warm air, thermostat says 84", "Dishwasher (Whirlpool) won't drain", "Outlet by the bathroom sink sparks", "Seeing roaches near the Frigidaire fridge"), "\",\n")
	b.text("  \"permission_to_enter\": ", g.pick("true", "false"), ",\n  \"pets\": \"", g.pick("none", "1 cat (Luna)", "dog - Max, friendly", "2 cats"), "\",\n  \"assigned_tech\": \"")
	t := enPer(g)
	b.name(t.plain())
	b.text("\",\n  \"notes\": [\n    {\"by\": \"")
	b.name(t.given)
	b.text("\", \"text\": \"", g.pick("Ordered part from Home Depot, ETA 2 days", "Replaced P-trap", "Needs vendor - called Roto-Rooter", "Reset breaker, monitoring"), "\"}")
	if g.chance(0.5) {
		b.text(",\n    {\"by\": \"office\", \"text\": \"Resident ")
		b.name(p.sur)
		b.text(" called back, prefers mornings\"}")
	}
	b.text("\n  ]\n}\n")
}

func enWellWater(g *gen, b *builder) {
	b.text(g.pick("Heartland Environmental Laboratory", "Tri-County Water Testing", "Pace Analytical Services", "Big Sky Labs"), "\nCERTIFICATE OF ANALYSIS - PRIVATE WELL\nLab ID: ", g.upper(2), g.digits(7), "\n\n")
	c := enPer(g)
	b.text("Client: ")
	b.name(c.full())
	b.text("\nMailing address: ")
	switch g.r.IntN(3) {
	case 0:
		b.addr(enPOBox(g, ", "))
	case 1:
		b.addr("RR " + g.num(1, 9) + " Box " + g.num(1, 299) + ", " + enCityLine(g, enPlaceOf(g)))
	default:
		b.addr(enAddr(g, ", "))
	}
	b.text("\nSample location: ")
	if g.chance(0.6) {
		b.addr(g.num(1000, 48999) + " " + g.pick("County Road ", "Township Road ", "Rural Route ") + g.num(1, 90) + ", " + enCityLine(g, enPlaceOf(g)))
	} else {
		b.text("Same as mailing address, kitchen tap")
	}
	b.text("\nCollected by: ")
	s := enPer(g)
	b.name(s.plain())
	b.text("   Date/time collected: ", enDate(g), " ", g.pad2(7, 11), ":", g.pad2(0, 59), "\n\n")
	b.text("Parameter            Result     Units      MCL     Method\n")
	b.text("Total Coliform       ", g.pick("Absent", "Present"), "     P/A        Absent  SM 9223B\n")
	b.text("E. coli              Absent     P/A        Absent  SM 9223B\n")
	b.text("Nitrate as N         ", g.num(0, 14), ".", g.num(0, 9), "        mg/L       10      EPA 300.0\n")
	b.text("Arsenic              0.00", g.num(1, 9), "      mg/L       0.010   EPA 200.8\n\n")
	b.text("Approved by: ")
	a := enPer(g)
	b.name(a.plain())
	b.text(", ", g.pick("Laboratory Director", "QA Manager", "Ph.D., Lab Manager"), "\n")
}

func enNegHardwareFlyer(g *gen, b *builder) {
	b.text(g.pick("Miller's Hardware", "Ace Hardware of Springfield", "Lowe's", "Harbor Freight", "True Value - Franklin"), " WEEKLY DEALS  Valid ", func() string {
		m, d := g.between(1, 12), g.between(1, 21)
		return itoa(m) + "/" + itoa(d) + " - " + itoa(m) + "/" + itoa(d+6)
	}(), "\n\n")
	items := []string{
		"DEWALT 20V MAX Drill/Driver Kit ........ $99.00",
		"Phillips #2 Screwdriver 2-pack ......... $6.97",
		"Allen Wrench Set, 30 pc SAE/Metric ..... $12.49",
		"Stanley FatMax 25 ft Tape Measure ...... $19.98",
		"Craftsman 230-pc Mechanics Tool Set .... $129.00",
		"Black+Decker 20V String Trimmer ........ $79.00",
		"John Deere Riding Mower Blade Kit ...... $54.99",
		"Benjamin Moore Regal Select, Hale Navy . $62.99/gal",
		"Sherwin-Williams Agreeable Gray ........ $59.99/gal",
		"Kohler Bancroft Faucet, Brushed Nickel . $189.00",
		"Weber Spirit II E-310 Gas Grill ........ $449.00",
		"Jack Daniel's Barrel Wood Chips ........ $5.98",
		"Lincoln Electric Weld-Pak 90i .......... $199.00",
		"Scotts Turf Builder, 15,000 sq ft ...... $54.97",
		"Miracle-Gro Potting Mix 2 cu ft ........ $12.97",
		"Milwaukee M18 Impact Driver ............ $149.00",
		"Simpson Strong-Tie Joist Hangers 10pk .. $14.58",
		"Andersen 400 Series Window Install ..... call",
		"Honeywell Home T5 Thermostat ........... $119.00",
		"Ortho Home Defense Max ................. $9.98",
	}
	for _, it := range g.some(items, g.between(7, 11)) {
		b.text("* ", it, "\n")
	}
	b.text("\nFREE Key Cutting Tuesdays! Rent a Rug Doctor for $29.99/day. Ask about our Pro Rewards.\n")
	if g.chance(0.35) {
		b.text("Visit us at ")
		b.addr(enAddr(g, ", "))
		b.text("\n")
	}
	if g.chance(0.15) {
		b.text("Questions about paint? Ask for ")
		b.name(g.pick(g.of(enGivenF), g.of(enGivenM)))
		b.text(" in the Paint Dept.\n")
	}
}

func enNegEponyms(g *gen, b *builder) {
	b.text("CODING TIP SHEET - Eponymous Conditions and Procedures (ICD-10-CM / CPT)\n", g.pick("Revenue Integrity", "HIM Coding Education", "CDI Team"), " | Rev. ", enDate(g), "\n\n")
	codes := []string{
		"G20.A1   Parkinson's disease without dyskinesia, without mention of fluctuations",
		"G30.9    Alzheimer's disease, unspecified",
		"K50.90   Crohn's disease, unspecified, without complications",
		"E06.3    Hashimoto's thyroiditis (autoimmune thyroiditis)",
		"Q90.9    Down syndrome, unspecified",
		"C81.90   Hodgkin lymphoma, unspecified, unspecified site",
		"M35.2    Behcet's disease",
		"E24.9    Cushing's syndrome, unspecified",
		"G51.0    Bell's palsy",
		"I73.00   Raynaud's syndrome without gangrene",
		"G61.0    Guillain-Barre syndrome",
		"N48.6    Peyronie's disease (induration penis plastica)",
		"D68.0    Von Willebrand disease",
		"G10      Huntington's disease",
		"Q87.40   Marfan's syndrome, unspecified",
		"E75.22   Gaucher disease",
		"G71.01   Duchenne or Becker muscular dystrophy",
		"48150    Whipple procedure (pancreaticoduodenectomy)",
		"43280    Laparoscopic Nissen fundoplication",
		"95992    Canalith repositioning (Epley maneuver)",
	}
	for _, c := range g.some(codes, g.between(7, 12)) {
		b.text(c, "\n")
	}
	b.text("\nReminders: Document the Glasgow Coma Scale and Apgar score where applicable. A Foley catheter or Swan-Ganz catheter insertion is coded separately. Babinski sign and Kernig's sign are findings, not diagnoses.\n")
	if g.chance(0.3) {
		b.text("Questions? Contact ")
		p := enPer(g)
		b.name(p.plain())
		b.text(", CPC, ext. ", g.num(2000, 7999), "\n")
	}
}
