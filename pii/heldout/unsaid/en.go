package unsaid

import "strings"

var enGiven = []string{
	"James", "Mary", "Robert", "Patricia", "Michael", "Jennifer", "DeShawn", "Latoya", "Tyrone", "Keisha",
	"Jose", "Maria", "Guadalupe", "Alejandro", "Ximena", "Nguyen", "Thuy", "Minh", "Huong", "Ji-woo",
	"Min-jun", "Seo-yeon", "Chinedu", "Adaeze", "Oluwaseun", "Ngozi", "Emeka", "Fatima", "Omar", "Yusuf",
	"Layla", "Priya", "Rajesh", "Anjali", "Dmitri", "Svetlana", "Agnieszka", "Wojciech", "Mehmet", "Ayse",
	"Brittany", "Cody", "Dakota", "Harper", "Everett", "Mabel", "Otis", "Rosalind", "Thaddeus", "Wren",
	"Siobhan", "Declan", "Mei-Ling", "Kwame", "Esperanza", "Bao", "Hannah", "Eli", "Noor", "Tomasz",
}

var enSurname = []string{
	"Smith", "Johnson", "Williams", "Brown", "Garcia", "Rodriguez", "Martinez", "Hernandez", "Nguyen", "Tran",
	"Pham", "Kim", "Park", "Choi", "Okafor", "Adeyemi", "Okonkwo", "Balogun", "Haddad", "Khoury",
	"Al-Masri", "Patel", "Shah", "Kowalski", "Nowak", "Wiśniewski", "Yilmaz", "Demir", "O'Brien", "O'Neill",
	"McAllister", "MacDonald", "McKenzie", "Van Buren", "van der Berg", "De La Cruz", "de Souza", "Del Rio", "St. Clair", "Fitzgerald",
	"Washington", "Jefferson", "Thibodeaux", "Begay", "Yazzie", "Kealoha", "Lindqvist", "Abernathy", "Quiñones", "Moreno-Vega",
	"Whitaker", "Greenberg", "Schwartz", "Oyelaran", "Castellanos", "Baptiste", "Dubois", "Rasmussen", "Hollingsworth", "Pruitt",
}

var enStreet = []string{
	"Oak", "Maple", "Cedar", "Elm", "Pine", "Washington", "Lincoln", "Jefferson", "Magnolia", "Willow",
	"Sycamore", "Highland", "Lakeview", "Sunset", "Ridge", "Cottonwood", "Mesquite", "Juniper", "Bluebonnet", "Chestnut",
	"Old Mill", "Harbor View", "Peachtree", "Martin Luther King Jr", "Cesar Chavez", "Kamehameha", "Susquehanna", "Prairie Wind", "Dogwood", "Fox Hollow",
}

var enSuffix = []string{"St", "St.", "Street", "Ave", "Avenue", "Blvd", "Rd", "Road", "Dr", "Drive", "Ln", "Lane", "Ct", "Cir", "Pl", "Pkwy", "Ter", "Trl", "Way", "Hwy", "Loop", "Pike", "Xing", "Sq", "Aly", "Run", "Cv", "Pass"}

var enCity = []string{
	"Dayton|OH|454", "Tulsa|OK|741", "Fresno|CA|937", "Boise|ID|837", "Savannah|GA|314", "Lubbock|TX|794", "El Paso|TX|799",
	"Albany|NY|122", "Brooklyn|NY|112", "Worcester|MA|016", "Burlington|VT|054", "Bangor|ME|044", "Duluth|MN|558", "Des Moines|IA|503",
	"Omaha|NE|681", "Wichita|KS|672", "Flagstaff|AZ|860", "Las Cruces|NM|880", "Spokane|WA|992", "Eugene|OR|974", "Anchorage|AK|995",
	"Honolulu|HI|968", "Baton Rouge|LA|708", "Jackson|MS|392", "Knoxville|TN|379", "Asheville|NC|288", "Charleston|SC|294", "Richmond|VA|232",
	"Dearborn|MI|481", "Paterson|NJ|075", "Lowell|MA|018", "St. Paul|MN|551", "Fort Wayne|IN|468", "Cheyenne|WY|820", "Rapid City|SD|577",
}

var enUtah = []string{"Salt Lake City|841", "Provo|846", "Ogden|844", "Logan|843", "St. George|847"}

var enUnit = []string{"Apt", "Apt.", "Unit", "Ste", "Suite", "#", "Rm", "Fl", "Bldg", "Lot", "Trlr", "Spc"}

func (g *gen) enFirst() string { return g.of(enGiven) }
func (g *gen) enLast() string  { return g.of(enSurname) }

// enName writes a full name in one of several real-world shapes.
func (g *gen) enName() string {
	f, l := g.enFirst(), g.enLast()
	switch g.r.IntN(12) {
	case 0:
		return f + " " + string("ABCDEFGHJKLMNPRSTW"[g.r.IntN(18)]) + ". " + l
	case 1:
		return l + ", " + f
	case 2:
		return strings.ToUpper(f + " " + l)
	case 3:
		return strings.ToLower(f + " " + l)
	case 4:
		return string(f[0]) + ". " + l
	case 5:
		return f + " " + l + "-" + g.enLast()
	case 6:
		return l + ", " + f + " " + string("ABCDEFGHJKLMNPRSTW"[g.r.IntN(18)]) + "."
	default:
		return f + " " + l
	}
}

func (g *gen) enCityLine() string {
	c := strings.Split(g.of(enCity), "|")
	zip := c[2] + g.digits(2)
	if g.chance(0.15) {
		zip += "-" + g.digits(4)
	}
	return c[0] + ", " + c[1] + " " + zip
}

// enStreetLine returns a street line with a house number.
func (g *gen) enStreetLine() string {
	num := g.itoa(1, 9899)
	dir := ""
	if g.chance(0.25) {
		dir = g.pick("N ", "S ", "E ", "W ", "NE ", "SW ", "North ", "West ")
	}
	s := num + " " + dir + g.of(enStreet) + " " + g.of(enSuffix)
	if g.chance(0.1) {
		s = num + " " + g.pick("County Road ", "State Route ", "Highway ") + g.itoa(2, 450)
	}
	if g.chance(0.3) {
		u := g.of(enUnit)
		if u == "#" {
			s += " #" + g.itoa(1, 40) + g.pick("", "B", "C")
		} else {
			s += " " + u + " " + g.itoa(1, 420)
		}
	}
	return s
}

// enAddr returns a whole address with sep between street and city lines.
func (g *gen) enAddr(sep string) string {
	switch g.r.IntN(10) {
	case 0:
		return g.pick("PO Box ", "P.O. Box ", "POB ") + g.itoa(1, 9999) + sep + g.enCityLine()
	case 1:
		return g.pick("RR ", "Rural Route ", "R.R. ") + g.itoa(1, 9) + " Box " + g.itoa(1, 400) + sep + g.enCityLine()
	case 2:
		u := strings.Split(g.of(enUtah), "|")
		return g.itoa(1, 29) + g.pick("0", "00", "50") + " " + g.pick("N", "S", "E", "W", "North", "South") + " " +
			g.itoa(1, 9) + "00 " + g.pick("E", "W", "East", "West") + sep + u[0] + ", UT " + u[1] + g.digits(2)
	}
	return g.enStreetLine() + sep + g.enCityLine()
}

func (g *gen) enDate() string {
	return g.itoa(1, 12) + "/" + g.itoa(1, 28) + "/20" + g.itoa(20, 26)
}

func (g *gen) enPhone() string {
	return "(" + g.itoa(201, 989) + ") " + g.digits(3) + "-" + g.digits(4)
}

var enNegCompany = []string{
	"Wells Fargo", "Charles Schwab", "Ben & Jerry's", "Johnson & Johnson", "Wendy's", "McDonald's", "Dr Pepper",
	"Ford Motor Credit", "Harley-Davidson", "Trader Joe's", "Dick's Sporting Goods", "Ace Hardware", "Goldman Sachs",
	"Jack Daniel's", "Marie Callender's", "Papa John's", "Chick-fil-A", "Morgan Stanley", "Procter & Gamble", "Martha Stewart Living",
}

var enNegPlace = []string{
	"Lincoln Elementary", "Washington High School", "Martin Luther King Jr. Blvd", "Jefferson Memorial", "Lake Tahoe",
	"Roosevelt Island", "Kennedy Space Center", "Grant Park", "Jackson Hole", "Lincoln Tunnel", "Madison Square Garden",
	"Carnegie Hall", "Mount Rainier", "Elm Street", "Hamilton County", "Franklin Park Zoo", "Jordan Valley Hospital",
}

var enNegPrize = []string{"Pulitzer Prize", "Nobel Prize", "Heisman Trophy", "Grammy", "Newbery Medal", "Fulbright scholarship", "Stanley Cup"}

func (g *gen) enNeg(b *bld) {
	switch g.r.IntN(3) {
	case 0:
		b.x(g.of(enNegCompany))
	case 1:
		b.x(g.of(enNegPlace))
	default:
		b.x(g.of(enNegPrize))
	}
}

var enKinds = []kind{
	{"library-hold", enLibraryHold},
	{"voter-roll", enVoterRoll},
	{"race-results", enRaceResults},
	{"shift-handover", enShiftHandover},
	{"police-blotter", enBlotter},
	{"insurance-claim", enClaim},
	{"tax-intake", enTaxIntake},
	{"wedding-registry", enRegistry},
	{"genealogy-post", enGenealogy},
	{"warranty-xml", enWarranty},
	{"remittance-log", enRemittance},
	{"intercom-log", enIntercom},
	{"club-roster", enRoster},
	{"postcard-ocr", enPostcard},
}

var enNegKinds = []kind{
	{"business-directory", enNegDirectory},
	{"awards-notice", enNegAwards},
	{"traffic-report", enNegTraffic},
}

func enLibraryHold(g *gen, b *bld) {
	b.t(strings.ToUpper(g.pick("Springfield", "Riverside", "Fairview", "Madison")) + " PUBLIC LIBRARY\nHOLD SLIP\n\n")
	l, f := strings.ToUpper(g.enLast()), strings.ToUpper(g.enFirst())
	b.n(l + ", " + f)
	b.t("\nPickup by: ", g.enDate(), "\nItem: ")
	b.t(g.pick("The Overstory", "Educated", "Beloved", "Where the Crawdads Sing", "Pachinko"), " (", g.pick("FIC", "B", "LP FIC", "CD BOOK"), " ", g.digits(3), ")")
	b.t("\nBarcode 3", g.digits(13), "\nBranch: ")
	b.x(g.pick("Carnegie Branch", "Lincoln Branch", "Jefferson Branch", "Franklin Branch"))
	if g.chance(0.5) {
		b.t("\nHomebound delivery to: ")
		b.a(g.enAddr(", "))
	}
	b.t("\n")
}

func enVoterRoll(g *gen, b *bld) {
	b.t("PRECINCT ", g.itoa(1, 90), "-", g.pick("A", "B", "C"), "  VOTER ROLL EXCERPT (public record)\n")
	b.t("VOTER ID | NAME | RESIDENCE ADDRESS | PARTY | STATUS\n")
	for range g.num(3, 6) {
		b.t(g.digits(9), " | ")
		l, f := strings.ToUpper(g.enLast()), strings.ToUpper(g.enFirst())
		if g.chance(0.5) {
			f += " " + string("ABCDEFGHJKLMNPRSTW"[g.r.IntN(18)])
		}
		b.n(l + ", " + f)
		b.t(" | ")
		b.a(strings.ToUpper(g.enStreetLine() + " " + g.enCityLine()))
		b.t(" | ", g.pick("DEM", "REP", "UNA", "LIB", "GRN"), " | ", g.pick("ACTIVE", "INACTIVE", "ACTIVE"), "\n")
	}
}

func enRaceResults(g *gen, b *bld) {
	b.t(g.pick("Turkey Trot 5K", "Riverfront Half Marathon", "Bluebonnet 10K"), " — Official Results\n")
	b.t("Place  Bib   Name                      Age  Hometown         Time\n")
	for i := range g.num(4, 8) {
		b.t(g.itoa(i+1, i+1), "      ", g.digits(4), "  ")
		b.n(g.enFirst() + " " + g.enLast())
		c := strings.Split(g.of(enCity), "|")
		b.t("   ", g.itoa(14, 71), "   ", c[0], ", ", c[1], "   ", g.itoa(1, 2), ":", g.itoa(10, 59), ":", g.itoa(10, 59), "\n")
	}
	b.t("Results timed by ")
	b.x(g.pick("Hal Higdon Timing", "Jackson Race Services", "Miller Chip Co."))
	b.t(".\n")
}

func enShiftHandover(g *gen, b *bld) {
	b.t("SBAR handover ", g.pick("0700", "1900", "2300"), " — ", g.pick("4 West", "Med-Surg", "ICU bay 2", "L&D"), "\n")
	b.t("Rm ", g.itoa(401, 460), g.pick("A", "B"), ": ")
	b.n(g.enName())
	b.t(", ", g.itoa(24, 96), g.pick("F", "M"), ", POD ", g.itoa(1, 5), " ", g.pick("lap chole", "hip ORIF", "CHF exacerbation", "CAP"), ". ")
	b.t("Daughter ")
	b.n(g.enFirst())
	b.t(" is POA, lives out of state. ")
	b.t("Pt expresses ")
	b.x(g.pick("hope", "faith"))
	b.t(" of d/c home Friday; case mgmt arranging HH to ")
	b.a(g.enAddr(", "))
	b.t(".\nOff-going RN: ")
	b.n(g.enFirst() + " " + string(g.enLast()[0]) + ".")
	b.t(" / on-coming RN: ")
	b.n(g.enFirst())
	b.t(". Pharmacy is ")
	b.x(g.pick("Walgreens", "Rite Aid", "Kroger"))
	b.t(" on ")
	b.x(g.of(enStreet) + " " + g.pick("Ave", "St", "Rd"))
	b.t(".\n")
}

func enBlotter(g *gen, b *bld) {
	b.t("POLICE BLOTTER\n\n")
	for range g.num(2, 4) {
		b.t(g.pick("Monday", "Tuesday", "Friday", "Saturday"), ", ", g.itoa(1, 11), ":", g.itoa(10, 59), g.pick(" a.m.", " p.m."), " — ")
		switch g.r.IntN(3) {
		case 0:
			b.t("A resident of ")
			b.a(g.enStreetLine())
			b.t(" reported a catalytic converter stolen from a vehicle parked in the driveway.")
		case 1:
			b.n(g.enFirst() + " " + g.enLast())
			b.t(", ", g.itoa(19, 66), ", of ")
			b.a(g.enStreetLine())
			b.t(", was cited for driving with a suspended license near ")
			b.x(g.of(enNegPlace))
			b.t(".")
		default:
			b.t("Officers responded to ")
			b.x(g.of(enNegCompany))
			b.t(" for a shoplifting complaint; the suspect, ")
			b.n(g.enFirst() + " " + g.enLast())
			b.t(", was released with a court date.")
		}
		b.t("\n\n")
	}
}

func enClaim(g *gen, b *bld) {
	b.t("PROPERTY LOSS NOTICE\nClaim #: ", strings.ToUpper(g.pick("HO", "AU")), "-", g.digits(8), "\n")
	b.t("Named insured: ")
	b.n(g.enName())
	b.t("\nCo-insured: ")
	b.n(g.enFirst() + " " + g.enLast())
	b.t("\nLocation of loss: ")
	b.a(g.enAddr(", "))
	b.t("\nMailing address (if different):\n")
	b.a(g.enAddr("\n"))
	b.t("\nDate of loss: ", g.enDate(), "\nCause: ", g.pick("hail", "wind/tree fall", "frozen pipe", "kitchen fire"), "\n")
	b.t("Contractor: ")
	b.x(g.pick("Servpro of ", "Mr. Rooter of ", "Paul Davis Restoration of ") + strings.Split(g.of(enCity), "|")[0])
	b.t("\nAdjuster: ")
	b.n(g.enFirst() + " " + g.enLast())
	b.t(", ", g.enPhone(), "\n")
}

func enTaxIntake(g *gen, b *bld) {
	b.t("## Intake — TY20", g.itoa(23, 25), "\n\n")
	b.t("- **Taxpayer:** ")
	b.n(g.enName())
	b.t("\n- **Spouse:** ")
	if g.chance(0.7) {
		b.n(g.enFirst())
		b.t(" (MFJ)")
	} else {
		b.t("n/a (HOH)")
	}
	b.t("\n- **Address:** ")
	b.a(g.enAddr(", "))
	b.t("\n- Dependents: ")
	b.n(g.enFirst())
	b.t(" (", g.itoa(2, 17), "), ")
	b.n(g.enFirst())
	b.t(" (", g.itoa(2, 17), ")\n- W-2 from ")
	b.x(g.of(enNegCompany))
	b.t(", 1099-INT from ")
	b.x(g.pick("Wells Fargo", "Charles Schwab", "Ally"))
	b.t("\n- Notes: moved mid-year from ")
	b.a(g.enStreetLine())
	b.t("; ask about ", g.pick("529 contributions", "HSA", "EV credit"), ".\n")
}

func enRegistry(g *gen, b *bld) {
	b.t("{\n  \"registry\": \"", g.enLast(), "-", g.enLast(), " wedding\",\n  \"couple\": [\"")
	b.n(g.enFirst() + " " + g.enLast())
	b.t("\", \"")
	b.n(g.enFirst() + " " + g.enLast())
	b.t("\"],\n  \"ship_to\": \"")
	b.a(g.enAddr(", "))
	b.t("\",\n  \"items\": [\n    {\"sku\": \"", g.digits(7), "\", \"name\": \"")
	b.x(g.pick("KitchenAid Artisan mixer", "Le Creuset dutch oven", "Calphalon skillet", "Martha Stewart towel set"))
	b.t("\", \"purchased_by\": \"")
	b.n(g.enFirst() + " " + string(g.enLast()[0]) + ".")
	b.t("\"}\n  ]\n}\n")
}

func enGenealogy(g *gen, b *bld) {
	l := g.enLast()
	b.t("Re: Looking for descendants of ")
	b.n(g.enFirst() + " " + l)
	b.t(" (b. 18", g.itoa(50, 99), ")\n\n")
	b.t("My great-grandmother was ")
	b.n(g.enFirst() + " " + l)
	b.t(" née ")
	b.n(g.enLast())
	b.t(". The 1920 census has the family at ")
	b.a(g.enStreetLine() + ", " + g.enCityLine())
	b.t(", next door to a ")
	b.n(g.enFirst() + " " + g.enLast())
	b.t(". Her brother ")
	b.n(g.enFirst())
	b.t(" is buried near ")
	b.x(g.pick("Lincoln Cemetery", "Washington Park", "Jackson County line"))
	b.t(". Any cousins out there? DM me, ")
	b.x("@" + strings.NewReplacer(" ", "", "'", "", ".", "").Replace(strings.ToLower(l)) + "roots")
	b.t("\n")
}

func enWarranty(g *gen, b *bld) {
	b.t("<warrantyRegistration>\n  <product>")
	b.x(g.pick("Craftsman", "Black+Decker", "Hamilton Beach", "Weber", "Kenmore"))
	b.t(" model ", g.digits(5), "</product>\n  <owner>\n    <firstName>")
	b.n(g.enFirst())
	b.t("</firstName>\n    <lastName>")
	b.n(g.enLast())
	b.t("</lastName>\n    <street>")
	b.a(g.enStreetLine())
	c := strings.Split(g.of(enCity), "|")
	b.t("</street>\n    <city>", c[0], "</city>\n    <state>", c[1], "</state>\n    <zip>", c[2], g.digits(2), "</zip>\n  </owner>\n")
	b.t("  <purchasedAt>")
	b.x(g.pick("Lowe's", "Sears", "Sam's Club", "Costco"))
	b.t("</purchasedAt>\n</warrantyRegistration>\n")
}

func enRemittance(g *gen, b *bld) {
	for range g.num(2, 4) {
		b.t("20", g.itoa(24, 26), "-", g.itoa(10, 12), "-", g.itoa(10, 28), " ACH ", g.pick("CREDIT", "DEBIT"), " $", g.itoa(12, 4800), ".", g.digits(2), " ")
		switch g.r.IntN(3) {
		case 0:
			b.t("ORIG:")
			b.x(strings.ToUpper(g.pick("Wells Fargo", "Charles Schwab", "Wendy's", "Goldman Sachs")))
			b.t(" IND:")
			b.n(strings.ToUpper(g.enLast() + " " + g.enFirst()))
		case 1:
			b.t("ZELLE FROM ")
			b.n(strings.ToUpper(g.enFirst() + " " + g.enLast()))
			b.t(" MEMO:rent ")
			b.a(strings.ToUpper(g.enStreetLine()))
		default:
			b.t("CHECK ", g.digits(4), " PAYEE:")
			b.n(strings.ToUpper(g.enFirst() + " " + g.enLast()))
		}
		b.t("\n")
	}
}

func enIntercom(g *gen, b *bld) {
	b.t("Lobby intercom log — ")
	b.a(g.enStreetLine() + ", " + g.enCityLine())
	b.t("\n")
	for range g.num(3, 5) {
		b.t(g.itoa(10, 23), ":", g.itoa(10, 59), " buzz #", g.itoa(1, 12), g.pick("A", "B", "C", "D"), " ")
		switch g.r.IntN(3) {
		case 0:
			b.t("(")
			b.n(g.enLast())
			b.t(") — ")
			b.x(g.pick("DoorDash", "Amazon", "UPS"))
			b.t(" delivery, door released")
		case 1:
			b.t("visitor for ")
			b.n(g.enFirst())
			b.t(", no answer")
		default:
			b.t("super ")
			b.n(g.enFirst() + " " + g.enLast())
			b.t(" let in plumber")
		}
		b.t("\n")
	}
}

func enRoster(g *gen, b *bld) {
	b.t("team: ", g.pick("U12 Girls Strikers", "Tuesday Night Bowling", "Masters Swim", "Rec League Hoops"), "\n")
	b.t("home_field: ")
	b.x(g.of(enNegPlace))
	b.t("\ncoach:\n  name: ")
	b.n(g.enFirst() + " " + g.enLast())
	b.t("\n  address: \"")
	b.a(g.enAddr(", "))
	b.t("\"\nplayers:\n")
	for range g.num(3, 6) {
		b.t("  - name: ")
		b.n(g.enFirst() + " " + g.enLast())
		b.t("\n    jersey: ", g.itoa(1, 99), "\n")
	}
	b.t("sponsor: ")
	b.x(g.of(enNegCompany))
	b.t("\n")
}

func enNegDirectory(g *gen, b *bld) {
	b.t("LOCAL BUSINESS DIRECTORY\n")
	for range g.num(3, 5) {
		b.t("* ")
		b.x(g.of(enNegCompany))
		b.t(" — across from ")
		b.x(g.of(enNegPlace))
		b.t(", open ", g.itoa(7, 10), "am–", g.itoa(5, 9), "pm\n")
	}
}

func enNegAwards(g *gen, b *bld) {
	b.t("Students from ")
	b.x(g.pick("Lincoln Elementary", "Washington High School", "Jefferson Middle School", "Roosevelt Academy"))
	b.t(" toured ")
	b.x(g.pick("Carnegie Hall", "Kennedy Space Center", "the Jefferson Memorial"))
	b.t(" after a lecture on the ")
	b.x(g.of(enNegPrize))
	b.t(". Lunch was donated by ")
	b.x(g.of(enNegCompany))
	b.t(". We have every ")
	b.x("hope")
	b.t(" the trip will ", g.pick("become a tradition", "happen again in May"), ".\n")
}

func enNegTraffic(g *gen, b *bld) {
	b.t("TRAFFIC: Expect delays at the ")
	b.x(g.pick("Lincoln Tunnel", "Holland Tunnel", "George Washington Bridge", "Ben Franklin Bridge"))
	b.t(" and on ")
	b.x(g.pick("Martin Luther King Jr. Blvd", "Cesar Chavez Ave", "Peachtree Street", "Elm Street"))
	b.t(" near ")
	b.x(g.of(enNegPlace))
	b.t(". ")
	b.x("Will")
	b.t(" you need a detour? Use ")
	b.x(g.pick("Roosevelt Ave", "Jefferson Davis Hwy", "Lincoln Way"))
	b.t(" instead. ")
	b.x("Hope")
	b.t(" the roads clear by noon.\n")
}

func enPostcard(g *gen, b *bld) {
	b.t(g.ocr("POST CARD        PLACE STAMP HERE\n"), g.ocr("Dear "))
	b.n(g.enFirst())
	b.t(g.ocr(",  greetings from "), g.pick("Niagara Falls", "Yellowstone", "the Grand Canyon"), g.ocr("! Weather fine, wish you were here. Saw "))
	b.x(g.pick("Mount Rushmore", "Lake Tahoe", "the Lincoln Memorial"))
	b.t(g.ocr(" on Tuesday.   Love, "))
	b.n(g.enFirst())
	b.t("\n|  ~  ", g.pick("Mrs. ", "Mr. ", "Miss ", ""))
	b.n(g.enFirst() + " " + g.enLast())
	b.t("\n|  ")
	b.a(g.ocr(g.enAddr("\n|  ")))
	b.t("\n")
}
