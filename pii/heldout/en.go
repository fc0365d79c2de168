package heldout

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/comity-project/comity/pii"
)

var (
	enGiven = []string{"James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David",
		"Elizabeth", "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Christopher",
		"Karen", "Daniel", "Lisa", "Matthew", "Nancy", "Anthony", "Betty", "Mark", "Sandra", "Donald", "Ashley",
		"Steven", "Kimberly", "Andrew", "Emily", "Kenneth", "Donna", "Joshua", "Michelle", "Kevin", "Carol",
		"Brian", "Amanda", "George", "Melissa", "Timothy", "Deborah", "Tyrone", "Marisol", "Deshawn", "Guadalupe",
		"Brenda", "Wyatt", "Harper", "Kinsley", "Jaxon", "Ximena", "Rosalind", "Emmett", "Tamika", "Priya",
		"Connor", "Maya", "Dolores", "Xavier", "Leticia", "Raymond", "Gloria", "Austin", "Shirley", "Bradley"}
	enSurname = []string{"Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez",
		"Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson",
		"Martin", "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson",
		"Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores", "Green",
		"Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell", "Carter", "Roberts", "Okafor",
		"Kowalczyk", "Lindqvist", "Whitfield", "Prescott", "Delgado", "Abernathy", "Castellanos", "Holloway",
		"Pruitt", "O'Brien", "McAllister", "Patel", "Brooks", "Sullivan", "Fitzgerald", "Vasquez", "Chen"}
	enStreetName = []string{"Oak", "Maple", "Cedar", "Washington", "Lincoln", "Main", "Elm", "Pine", "Lake", "Hill",
		"Sunset", "Willow", "Jefferson", "Highland", "Meadow", "Mill", "Church", "Spring", "Park", "Chestnut",
		"Franklin", "Riverside", "Cherry", "Magnolia", "Dogwood", "Hickory", "Quail", "Fox Run", "Old Mill",
		"Stone", "Harbor", "Prospect", "Laurel", "Birch", "Canyon", "Orchard", "Martin Luther King Jr"}
	// Street types from USPS Publication 28, appendix C1, written out or
	// abbreviated as people do.
	enStreetType = []string{"Street", "St", "Avenue", "Ave", "Road", "Rd", "Lane", "Ln", "Drive", "Dr", "Court",
		"Ct", "Boulevard", "Blvd", "Way", "Place", "Pl", "Terrace", "Ter", "Circle", "Cir", "Parkway", "Pkwy",
		"Highway", "Hwy", "Pike", "Corners", "Flats", "Crossing", "Xing", "Trace", "Trce", "Loop", "Run", "Ridge",
		"Hollow", "Bend", "Square", "Sq", "Trail", "Trl", "Row", "Path", "Alley", "Cove", "Crescent", "Glen",
		"Heights", "Hts", "Landing", "Lndg", "Point", "Pt", "Turnpike", "Tpke", "Walk", "Commons", "Meadows",
		"Estates", "Expressway", "Fwy", "Grove", "Harbor", "Junction", "Manor", "Mews", "Plaza", "Springs",
		"Station", "Vista", "View", "Villas"}
	enUnit   = []string{"Apt", "Apt.", "Suite", "Ste", "Unit", "#", "Fl", "Floor", "Rm", "Bldg", "Lot", "Trlr"}
	enCities = [][2]string{{"Springfield", "IL"}, {"Columbus", "OH"}, {"Austin", "TX"}, {"Portland", "OR"},
		{"Madison", "WI"}, {"Dayton", "OH"}, {"Albany", "NY"}, {"Fresno", "CA"}, {"Tulsa", "OK"}, {"Boise", "ID"},
		{"Raleigh", "NC"}, {"Tacoma", "WA"}, {"Provo", "UT"}, {"Savannah", "GA"}, {"Lexington", "KY"},
		{"Ann Arbor", "MI"}, {"Santa Fe", "NM"}, {"Burlington", "VT"}, {"Des Moines", "IA"}, {"Baton Rouge", "LA"},
		{"St. Louis", "MO"}, {"Fort Collins", "CO"}, {"Chattanooga", "TN"}, {"Bangor", "ME"}, {"Omaha", "NE"}}
	// Companies, brands and products named after people: not personal data.
	enBrands = []string{"Charles Schwab", "Jack Daniel's", "Ben & Jerry's", "Johnson & Johnson", "Wells Fargo",
		"Dr Pepper", "Ralph Lauren", "Tommy Hilfiger", "Calvin Klein", "Betty Crocker", "John Deere",
		"Walt Disney Company", "Morgan Stanley", "Goldman Sachs", "Merrill Lynch", "Estée Lauder",
		"Hewlett-Packard", "Dell Technologies", "Kellogg's", "Sherwin-Williams", "Procter & Gamble",
		"Lockheed Martin", "Marriott", "Martha Stewart Living", "Jimmy Dean", "Sam Adams", "Orville Redenbacher's",
		"Paul Mitchell", "Tim Hortons", "Wendy's", "McDonald's", "Ford Motor Company", "Jim Beam", "Dick's Sporting Goods"}
)

func (g *gen) enName() string {
	n := g.of(enGiven) + " "
	if g.chance(0.15) {
		n += string(rune('A'+g.r.IntN(26))) + ". "
	}
	return n + g.of(enSurname)
}

// enStreet is a street line: number, optional direction, name, type and
// sometimes a secondary unit.
func (g *gen) enStreet(unitSep string) string {
	s := strconv.Itoa(1 + g.r.IntN(9899))
	if g.chance(0.2) {
		s += " " + g.pick("N", "S", "E", "W", "North", "NE", "SW")
	}
	s += " " + g.of(enStreetName) + " " + g.of(enStreetType)
	if g.chance(0.35) {
		u := g.of(enUnit)
		num := strconv.Itoa(1+g.r.IntN(40)) + g.pick("", "", "B", "C")
		if u == "#" {
			s += unitSep + "# " + num
		} else {
			s += unitSep + u + " " + num
		}
	}
	return s
}

func (g *gen) enCityLine() string {
	c := enCities[g.r.IntN(len(enCities))]
	zip := g.digits(5)
	if g.chance(0.25) {
		zip += "-" + g.digits(4)
	}
	return c[0] + ", " + c[1] + " " + zip
}

func (g *gen) enAddress() string { return g.enStreet(", ") + ", " + g.enCityLine() }

// enBlock is an address over two or three lines.
func (g *gen) enBlock() string { return g.enStreet("\n") + "\n" + g.enCityLine() }

func (g *gen) enNegative(b *builder) {
	br := g.of(enBrands)
	b.text(g.pick(
		"I moved my IRA to "+br+" last spring and the fees dropped.",
		"We stocked up on "+br+" for the party.",
		"Shares of "+br+" fell 3% on Tuesday.",
		"The "+br+" rep said the refund takes 5-7 business days.",
		"Our Main Street office closes early on Thanksgiving.",
		"Order #"+g.digits(7)+" shipped via UPS Ground on Monday.",
		"Customer Service Team is available Monday through Friday.",
		"Wall Street analysts expect a quiet quarter.",
		"Please see the Terms and Conditions for Return Policy details.",
		"Lincoln Park and Jackson Square are both lovely in May.",
	))
}

func enEmail(g *gen, b *builder) {
	name, sender := g.enName(), g.enName()
	switch g.r.IntN(3) {
	case 0:
		b.text("Hi ")
		b.name(strings.Fields(name)[0])
		b.text(",\n\n")
	case 1:
		b.text("Dear ", g.pick("Mr. ", "Ms. ", "Mrs. ", "Dr. "))
		b.name(name[strings.LastIndexByte(name, ' ')+1:])
		b.text(",\n\n")
	default:
		b.text("Hello ")
		b.name(name)
		b.text(",\n\n")
	}
	b.text(g.pick("Thanks for your order. ", "Following up on our call. ", "Quick note about the invoice. "))
	if g.chance(0.5) {
		g.enNegative(b)
		b.text(" ")
	}
	if g.chance(0.6) {
		b.text("Please ship it to ")
		b.addr(g.enAddress())
		b.text(".")
	}
	b.text(g.pick("\n\nBest,\n", "\n\nThanks,\n", "\n\nRegards,\n", "\n\nCheers,\n", "\n\n-- \n"))
	b.name(sender)
	b.text("\n")
}

func enChat(g *gen, b *builder) {
	for range 2 + g.r.IntN(3) {
		b.text(g.clock(), " ")
		b.name(g.enName())
		b.text(": ")
		switch g.r.IntN(4) {
		case 0:
			b.text("can you ask ")
			b.name(g.of(enGiven))
			b.text(" to send the slides?")
		case 1:
			b.text("I'm at ")
			b.addr(g.enAddress())
			b.text(" now")
		case 2:
			g.enNegative(b)
		default:
			b.text(g.pick("ok sounds good", "running 5 min late", "lol yes", "see you at lunch"))
		}
		b.text("\n")
	}
}

func enCSV(g *gen, b *builder) {
	b.text(g.pick("name,address,total\n", "customer_name,shipping_address,amount\n", "Full Name,Mailing Address,Balance\n"))
	for range 1 + g.r.IntN(4) {
		b.csvField(pii.PersonName, g.enName())
		b.text(",")
		b.csvField(pii.PostalAddress, g.enAddress())
		b.text(",", strconv.Itoa(g.r.IntN(900)), ".", g.digits(2), "\n")
	}
}

func enJSON(g *gen, b *builder) {
	b.text(`{"id":`, g.digits(6), `,"`, g.pick("name", "customer", "fullName", "contact_name"), `":"`)
	b.name(g.enName())
	b.text(`","`, g.pick("address", "shipTo", "mailing_address", "home"), `":"`)
	b.addr(g.enAddress())
	b.text(`","vendor":"`, g.of(enBrands), `","status":"open"}`, "\n")
}

func enLetter(g *gen, b *builder) {
	b.name(g.enName())
	b.text("\n")
	b.addr(g.enBlock())
	b.text("\n\n", g.pick("March 3, 2025", "June 18, 2024", "October 9, 2025"), "\n\nDear ")
	b.name(g.enName())
	b.text(",\n\nWe have received your request. ")
	g.enNegative(b)
	b.text("\n\nSincerely,\n")
	b.name(g.enName())
	b.text("\nAccounts Department\n")
}

func enLog(g *gen, b *builder) {
	b.text(g.stamp(), " level=info msg=\"address updated\" user=\"")
	b.name(g.enName())
	b.text("\" addr=\"")
	b.addr(g.enAddress())
	b.text("\" req_id=", g.digits(8), "\n")
	if g.chance(0.5) {
		b.text(g.stamp(), " level=warn msg=\"retry\" vendor=\"", g.of(enBrands), "\" attempt=2\n")
	}
}

func enReview(g *gen, b *builder) {
	b.text(g.pick("★★★★☆ ", "5 stars. ", "Meh. "))
	b.text("Bought a gift set from ", g.of(enBrands), ". ")
	if g.chance(0.5) {
		b.text("Delivered to ")
		b.addr(g.enAddress())
		b.text(" a day early. ")
	}
	b.text("Thanks to ")
	b.name(g.of(enGiven))
	b.text(" at the counter for the help! — ")
	b.name(g.enName())
	b.text("\n")
}

// clock is a chat timestamp: "[09:41]".
func (g *gen) clock() string { return fmt.Sprintf("[%02d:%02d]", 7+g.r.IntN(15), g.r.IntN(60)) }

// stamp is a log line's RFC 3339 time.
func (g *gen) stamp() string {
	return fmt.Sprintf("2025-%02d-%02dT%02d:%02d:%02dZ", 1+g.r.IntN(12), 1+g.r.IntN(28), g.r.IntN(24), g.r.IntN(60), g.r.IntN(60))
}
