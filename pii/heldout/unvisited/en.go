package unvisited

import (
	"fmt"
	"strings"

	"github.com/comity-project/comity/pii"
)

var enGiven = []string{"James", "Maria", "Robert", "Jennifer", "Michael", "Linda", "DeShawn", "Latoya", "Jamal", "Keisha", "Tyrone", "Imani", "José", "Guadalupe", "Juan Carlos", "María José", "Alejandro", "Xiomara", "Nguyen Van", "Thuy", "Bao", "Priya", "Rajesh", "Anjali", "Sanjay", "Wei", "Mei-Ling", "Jun", "Hyun-woo", "Ji-yeon", "Fatima", "Omar", "Abdirahman", "Hodan", "Oluwaseun", "Chidi", "Ngozi", "Kwame", "Svetlana", "Dmitri", "Bogdan", "Tomasz", "Siobhan", "Declan", "Mary Beth", "Billy Ray", "Bobbie Jo", "Ezekiel", "Miriam", "Yael", "Shira", "Kalani", "Leilani", "Aiyana", "Dakota", "Marisol", "Esperanza", "Tupac", "Reginald", "Tamika"}

var enSurnames = []string{"Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Washington", "Jefferson", "Okafor", "Adeyemi", "Mensah", "Abdullahi", "Warsame", "Patel", "Shah", "Reddy", "Chaudhry", "Nguyen", "Tran", "Le", "Kim", "Park", "Choi", "Chen", "Wong", "Liu", "Yamamoto", "Kowalczyk", "Novak", "Petrov", "O'Brien", "O'Neill", "McAllister", "MacKenzie", "Fitzgerald", "Begay", "Yazzie", "Tsosie", "Kahananui", "Goldberg", "Rosenthal", "Haddad", "Khoury", "Schwartz", "Larsen", "Lindqvist", "Boudreaux", "Thibodeaux", "Nakamura", "Villanueva", "Castillo"}

var enParticles = []string{"de la Cruz", "De La Rosa", "van Houten", "Van Dyke", "del Valle", "St. Clair", "da Silva", "Le Blanc", "von Brandt", "ben Ami"}

func enSurname(g *gen) string {
	switch {
	case g.chance(0.08):
		return g.of(enParticles)
	case g.chance(0.1):
		return g.of(enSurnames) + "-" + g.of(enSurnames)
	}
	return g.of(enSurnames)
}

func enName(g *gen) string {
	switch g.r.IntN(12) {
	case 0:
		return strings.ToUpper(enSurname(g)) + ", " + g.of(enGiven)
	case 1:
		return enSurname(g) + ", " + g.of(enGiven) + " " + string("ABCDEJKLMRST"[g.r.IntN(12)]) + "."
	case 2:
		return string("ABCDEJKLMRST"[g.r.IntN(12)]) + ". " + string("ABCDEJKLMRST"[g.r.IntN(12)]) + ". " + enSurname(g)
	case 3, 4:
		return g.of(enGiven) + " " + string("ABCDEJKLMRST"[g.r.IntN(12)]) + ". " + enSurname(g)
	case 5:
		return g.of(enGiven) + " '" + g.pick("Bud", "Chip", "Lulu", "Tink", "Ace") + "' " + enSurname(g)
	}
	return g.of(enGiven) + " " + enSurname(g) + g.pick("", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", " Jr.", " III")
}

// enPerson writes a name with an optional title before it.
func enPerson(g *gen, b *builder) {
	if g.chance(0.35) {
		b.text(g.pick("Mr. ", "Ms. ", "Mrs. ", "Dr. ", "Officer ", "Pastor ", "Coach ", "Judge ", "Nurse ", "Prof. "))
		if g.chance(0.6) {
			b.name(enSurname(g))
			return
		}
	}
	b.name(g.of(enGiven) + " " + enSurname(g))
}

var enStreetNames = []string{"Maple Ridge", "Cottonwood", "Pecan Hollow", "Old Mill", "Bluebonnet", "Sycamore", "Harbor View", "Cedar Bluff", "Magnolia", "Prairie Wind", "Juniper", "Tamarack", "Saddle Creek", "Willow Bend", "Osage", "Chickasaw", "Ironwood", "Quail Run", "Lakeshore", "Briarcliff", "Martin Luther King Jr", "Cesar Chavez", "Frederick Douglass"}
var enSuffixes = []string{"St", "St.", "Street", "Ave", "Avenue", "Rd", "Road", "Dr", "Drive", "Ln", "Lane", "Blvd", "Ct", "Cir", "Pkwy", "Way", "Trl", "Pl"}
var enCities = [][2]string{{"Tallulah Falls", "GA"}, {"Cedar Rapids", "IA"}, {"Bakersfield", "CA"}, {"Lubbock", "TX"}, {"Dearborn", "MI"}, {"Paterson", "NJ"}, {"Lowell", "MA"}, {"Garden Grove", "CA"}, {"Hialeah", "FL"}, {"Gallup", "NM"}, {"Minot", "ND"}, {"Hilo", "HI"}, {"Bozeman", "MT"}, {"Yakima", "WA"}, {"Lafayette", "LA"}, {"Chattanooga", "TN"}, {"Eau Claire", "WI"}, {"Pawtucket", "RI"}, {"Flagstaff", "AZ"}, {"Hamtramck", "MI"}, {"Bowling Green", "KY"}, {"Stillwater", "OK"}}

func enStreet(g *gen) string {
	num := g.num(2, 24999)
	if g.chance(0.1) {
		num = g.num(1, 99) + "-" + g.num(1, 99)
	}
	dir := g.pick("", "", "", "N ", "S. ", "East ", "W ", "NE ")
	s := num + " " + dir + g.of(enStreetNames) + " " + g.of(enSuffixes)
	if g.chance(0.3) {
		s += g.pick(" Apt ", ", Apt. ", " #", " Unit ", ", Ste ", " Suite ", ", Bldg 2 Apt ", " Lot ", " Trlr ", " Rm ", ", APT ") + g.pick("4B", "12", "C", "210", "7A", g.num(1, 340))
	} else if g.chance(0.05) {
		s += g.pick(" Fl 3", ", 2nd Floor", " Rear", " Bsmt")
	}
	switch g.r.IntN(14) {
	case 0:
		return g.pick("PO Box ", "P.O. Box ", "P. O. BOX ") + g.num(1, 9999)
	case 1:
		return g.pick("RR ", "Rural Route ", "R.R. ") + g.num(1, 9) + " Box " + g.num(1, 400)
	case 2:
		return g.num(100, 38000) + " " + g.pick("State Hwy ", "US Highway ", "County Road ", "FM ", "Hwy ") + g.num(1, 999)
	}
	return s
}

func enCityZip(g *gen) string {
	c := enCities[g.r.IntN(len(enCities))]
	zip := fmt.Sprintf("%05d", g.n(1001, 99950))
	if g.chance(0.2) {
		zip += "-" + g.digits(4)
	}
	return c[0] + g.pick(", ", " ", ", ") + c[1] + " " + zip
}

func enAddr(g *gen, sep string) string { return enStreet(g) + sep + enCityZip(g) }

func enAddrAny(g *gen) string {
	switch g.r.IntN(7) {
	case 0:
		return enStreet(g)
	case 1:
		return enStreet(g) + ", " + enCities[g.r.IntN(len(enCities))][0]
	case 2:
		return enAddr(g, "\n")
	case 3:
		return strings.ToUpper(enAddr(g, " "))
	}
	return enAddr(g, ", ")
}

var enNeg = []string{"Ben & Jerry's", "Wendy's", "Dr Pepper", "Jack Daniel's", "Charles Schwab", "Johns Hopkins Hospital", "Ronald Reagan Airport", "Abraham Lincoln High School", "Bill & Melinda Gates Foundation", "USS Carl Vinson", "Trump Tower", "Martha Stewart Living", "Tommy Hilfiger", "Ford F-150", "Campbell's Soup", "Kellogg's", "Walgreens", "Dick's Sporting Goods", "Taco Bell", "Sears Tower", "Mayo Clinic", "Hershey Park", "Morgan Stanley", "Victoria's Secret"}
var enNegWords = []string{"Manager", "Grand Total", "Building 7", "Room 204", "Gate 12", "Lot 5 parking", "Invoice 4471", "Route 9 bus", "Pier 39", "Model 3", "Monday", "Warehouse", "Tenant", "Landlord"}

func enNegLine(g *gen, b *builder) {
	if g.chance(0.5) {
		b.text("reply to ", enUser(g), "@", g.pick("gmail.com", "yahoo.com", "outlook.com"), " (handle @", enUser(g), "), bin ", g.num(100, 4999), " Aisle ", g.num(1, 40), "B, Model 1200 Series\n")
	}
	b.text(g.pick("Note: ", "FYI ", "P.S. "), g.of(enNeg), " near ", g.of(enNeg), "; ", g.of(enNegWords), ", ", g.of(enNegWords), ".\n")
}

func enUser(g *gen) string {
	return strings.ToLower(g.pick("j", "m.", "k_", "tiny", "the")) + strings.ToLower(g.pick("okafor", "nguyen", "patel", "begay", "garcia")) + g.num(1, 99)
}

var enKinds = []kind{
	{"bike-registration-log", enBike},
	{"music-school-enrollment", enMusic},
	{"blood-drive-signups", enBlood},
	{"firewood-delivery-orders", enFirewood},
	{"furnace-service-record", enFurnace},
	{"tutoring-match-email", enTutor},
	{"pet-boarding-agreement", enPetBoard},
	{"pawn-ticket-register", enPawn},
	{"legal-aid-intake", enLegalAid},
	{"solar-install-quote", enSolar},
	{"lawn-care-route", enLawn},
	{"choir-trip-groupchat", enChoirChat},
}

func enCC(g *gen, b *builder) {
	b.text(g.pick("cc: ", "Contact: ", "Backup: "))
	enPerson(g, b)
	b.text(g.pick(", ", " / "))
	b.name(enName(g))
	b.text("\n")
}

func enBike(g *gen, b *builder) {
	b.text("Campus PD Bicycle Registration Export\n")
	if g.chance(0.5) {
		b.text("id,owner,street,city,state,zip,make,serial\n")
		for range g.n(4, 6) {
			c := enCities[g.r.IntN(len(enCities))]
			b.text(g.digits(5), ",")
			b.csv(pii.PersonName, enName(g))
			b.text(",")
			b.csv(pii.PostalAddress, enStreet(g))
			b.text(",", c[0], ",", c[1], ",", fmt.Sprintf("%05d", g.n(1001, 99950)), ",", g.pick("Trek", "Schwinn", "Huffy", "Specialized"), ",WTU", g.digits(6), "\n")
		}
	} else {
		for range g.n(3, 4) {
			b.text("Owner: ")
			b.name(enName(g))
			b.text("\nAddress: ")
			b.addr(enAddr(g, ", "))
			b.text("\nBike: ", g.pick("Trek FX 2", "Schwinn Sidewinder", "Huffy Nel Lusso"), " serial WTU", g.digits(6), "\n\n")
		}
	}
	b.text("Registered by ")
	enPerson(g, b)
	b.text("\n")
	enCC(g, b)
	enNegLine(g, b)
}

func enMusic(g *gen, b *builder) {
	b.text("<enrollment school=\"", g.pick("Duke Ellington School of Music", "Scott Joplin Conservatory", "Eastside Community Music"), "\">\n  <student>")
	b.name(enName(g))
	b.text("</student>\n  <instrument>", g.pick("violin", "piano", "trumpet", "oud"), "</instrument>\n  <parent>")
	b.name(enName(g))
	b.text("</parent>\n  <mailing>")
	b.addr(enAddr(g, ", "))
	b.text("</mailing>\n  <teacher>")
	b.name(enName(g))
	b.text("</teacher>\n  <siblings>")
	b.name(g.of(enGiven))
	b.text(", ")
	b.name(g.of(enGiven))
	b.text("</siblings>\n  <notes>Room ", g.num(100, 330), "; Steinway Model B; ", g.of(enNeg), "</notes>\n</enrollment>\n")
	enCC(g, b)
	enNegLine(g, b)
}

func enBlood(g *gen, b *builder) {
	b.text("Red Cross blood drive @ ", g.pick("St. Jude Parish Hall", "Thurgood Marshall Middle School", "Elks Lodge 1123"), ", ", g.isoDate(), "\n")
	for range g.n(5, 7) {
		b.text(fmt.Sprintf("%d:%02d ", g.n(9, 16), g.pick2()))
		b.name(enName(g))
		if g.chance(0.3) {
			b.text(" (first time)")
		}
		b.text(" - ")
		b.addr(enAddrAny(g))
		b.text("\n")
	}
	b.text("Screener: ")
	b.name(enName(g))
	b.text("; charge nurse: ")
	enPerson(g, b)
	b.text("\n")
	enCC(g, b)
}

func enFirewood(g *gen, b *builder) {
	b.text(g.pick("Yazzie", "Larsen"), " Family Firewood - delivery orders\n")
	for range g.n(4, 5) {
		b.text("* ")
		b.name(enName(g))
		b.text(" - ", g.pick("1 cord", "half cord", "face cord"), " oak, deliver to ")
		if g.chance(0.3) {
			b.text("c/o ")
			b.name(enName(g))
			b.text(", ")
		}
		b.addr(enAddr(g, ", "))
		b.text(g.pick("", " (stack by the shed)", " - dog in yard"), "\n")
	}
	b.text("Driver: ")
	b.name(g.of(enGiven))
	b.text(", truck #", g.num(2, 9), ". $", g.num(180, 420), "/cord\n")
	enCC(g, b)
	enNegLine(g, b)
}

func enFurnace(g *gen, b *builder) {
	b.text("FURNACE SERVICE RECORD\nCustomer: ")
	enPerson(g, b)
	b.text("\nService address:\n")
	b.addr(enAddr(g, "\n"))
	b.text("\nTenant: ")
	b.name(enName(g))
	b.text("\nTech: ")
	b.name(enName(g))
	b.text(" (lic. ", g.digits(6), ")\nCO reading ", g.num(0, 30), " ppm, filter 16x25x1 replaced. Carrier 59SC5 unit.\nBill to: ")
	b.addr(enAddrAny(g))
	b.text("\n")
	enCC(g, b)
}

func enTutor(g *gen, b *builder) {
	b.text("Subject: tutoring match - algebra 2\n\nHi ")
	b.name(g.of(enGiven))
	b.text(",\n\nWe have a student for you: ")
	b.name(enName(g))
	b.text(", junior at ", g.pick("Cesar Chavez High", "Booker T. Washington High School"), ". Mom (Mrs. ")
	b.name(enSurname(g))
	b.text(") says sessions can be at their place on ")
	b.addr(enStreet(g))
	b.text(" or at the library. Another family, the ")
	b.name(enSurname(g))
	b.text(" family, lives at ")
	b.addr(enAddr(g, ", "))
	b.text(".\nPlease confirm with ")
	b.name(enName(g))
	b.text(" (", enUser(g), "@tutorlink.org).\n\nThanks,\n")
	b.name(enName(g))
	b.text("\nTutorLink Volunteer Coordinator\n")
	enNegLine(g, b)
}

func enPetBoard(g *gen, b *builder) {
	b.text("PAWS & CLAWS BOARDING AGREEMENT\nOwner: ")
	b.name(enName(g))
	b.text("\nHome address: ")
	b.addr(enAddr(g, g.pick(", ", "\n")))
	b.text("\nPet: ", g.pick("Lab mix", "tabby cat", "beagle"), " \"", g.pick("Biscuit", "Mr. Darcy", "Luna", "Elvis"), "\"\nVet: ")
	enPerson(g, b)
	b.text(", ")
	b.addr(enStreet(g))
	b.text("\nAuthorized pickup: ")
	b.name(enName(g))
	b.text("\nSigned ")
	b.name(enName(g))
	b.text("\n")
	enCC(g, b)
}

func enPawn(g *gen, b *builder) {
	b.text("Pawn ticket register\n| Ticket | Pledgor | Address | Item | Loan |\n|---|---|---|---|---|\n")
	for range g.n(4, 6) {
		b.text("| ", g.digits(6), " | ")
		b.name(enName(g))
		b.text(" | ")
		b.addr(enAddr(g, ", "))
		b.text(" | ", g.pick("14k chain", "Gibson Les Paul", "DeWalt drill", "Xbox Series X"), " | $", g.num(40, 900), " |\n")
	}
	b.text("Clerk: ")
	enPerson(g, b)
	b.text("\n")
	enCC(g, b)
}

func enLegalAid(g *gen, b *builder) {
	b.text("LEGAL AID INTAKE\nClient: ")
	b.name(enName(g))
	b.text("\nResidence: ")
	b.addr(enAddr(g, ", "))
	b.text("\nIssue: ", g.pick("security deposit", "wage theft", "SNAP denial"), "\nOpposing party: ")
	b.name(enName(g))
	b.text(", ")
	b.addr(enAddrAny(g))
	b.text("\nInterpreter: ", g.pick("Spanish", "Somali", "Vietnamese"), " (")
	b.name(enName(g))
	b.text(")\nAssigned attorney: ")
	b.name(enName(g))
	b.text(", Esq.\nIntake by ")
	enPerson(g, b)
	b.text("\n")
	enCC(g, b)
}

func enSolar(g *gen, b *builder) {
	b.text("{\"quote\": \"SQ-", g.digits(5), "\", \"customer\": ")
	b.jsonStr(pii.PersonName, enName(g))
	b.text(", \"site\": ")
	b.jsonStr(pii.PostalAddress, enAddr(g, ", "))
	b.text(", \"rep\": ")
	b.jsonStr(pii.PersonName, enName(g))
	b.text(", \"panels\": \"", g.num(12, 30), "x Tesla Solar\", \"kw\": ", g.num(5, 14), "}\n\nDear Mr. ")
	b.name(enSurname(g))
	b.text(",\nThanks for having us out to ")
	b.addr(enStreet(g))
	b.text(". Install crew lead will be ")
	b.name(enName(g))
	b.text(".\nBest,\n")
	b.name(enName(g))
	b.text("\n")
	enCC(g, b)
	enNegLine(g, b)
}

func enLawn(g *gen, b *builder) {
	b.text("route: week ", g.num(10, 44), "\nstops:\n")
	for range g.n(4, 6) {
		b.text("  - customer: ")
		b.name(enName(g))
		b.text("\n    address: \"")
		b.addr(enAddr(g, ", "))
		b.text("\"\n    service: ", g.pick("mow+edge", "leaf cleanup", "aeration"), "\n")
	}
	b.text("crew: [")
	b.name(g.of(enGiven))
	b.text(", ")
	b.name(enName(g))
	b.text(", ")
	b.name(enName(g))
	b.text("]\n")
	enCC(g, b)
	enNegLine(g, b)
}

func enChoirChat(g *gen, b *builder) {
	ps := []string{g.of(enGiven), g.of(enGiven), enName(g)}
	for i := range g.n(6, 9) {
		b.text(fmt.Sprintf("[%d:%02d %s] ", g.n(1, 12), g.n(0, 59), g.pick("AM", "PM")))
		b.name(ps[i%3])
		b.text(": ")
		switch g.r.IntN(5) {
		case 0:
			b.text("bus leaves 7am from ")
			b.addr(g.num(10, 9999) + " " + g.of(enStreetNames) + " " + g.of(enSuffixes))
			b.text(" not the ", g.of(enNeg), " lot\n")
		case 1:
			b.text("added ")
			b.name(g.of(enGiven))
			b.text(" and ")
			b.name(enName(g))
			b.text(" to the list\n")
		case 2:
			b.text("hotel is ")
			b.addr(enAddr(g, ", "))
			b.text(" 👍\n")
		case 3:
			b.text("@")
			b.name(ps[(i+1)%3])
			b.text(" alto 2 folders are w/ ")
			enPerson(g, b)
			b.text("\n")
		default:
			b.text("ok ty. room 214 or 216??\n")
		}
	}
}
