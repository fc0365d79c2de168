package unproven

import (
	"strings"

	"github.com/comity-project/comity/pii"
)

var enKinds = []kind{
	{"storage-lien-sale", enLienSale}, {"cobra-election-notice", enCobra}, {"marina-slip-assignments", enMarina},
	{"bus-stop-assignments", enBusStops}, {"residency-affidavit", enResidency}, {"subrogation-demand", enSubrogation},
	{"rma-returns-log", enReturns}, {"pest-control-service-report", enPest}, {"campground-reservations", enCamping},
	{"cemetery-plot-register", enCemetery}, {"foia-request-log", enFOIA}, {"deposit-itemization", enDeposit},
	{"interpreter-request-log", enInterpreter}, {"arc-request", enARC}, {"locate-ticket-811", enLocate},
}

var enFirst = strings.Fields(`James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara Richard Susan Joseph Jessica Thomas Sarah Charles Karen Christopher Lisa Daniel Nancy Matthew Betty Anthony Sandra Mark Margaret Donald Ashley Steven Kimberly Paul Emily Andrew Donna Joshua Michelle Kenneth Carol Kevin Amanda Brian Melissa George Deborah Timothy Stephanie Ronald Rebecca Jason Sharon Edward Laura Jeffrey Cynthia Ryan Amy Jacob Kathleen Gary Angela Nicholas Shirley Eric Brenda Jonathan Emma Larry Anna Justin Pamela Scott Nicole Brandon Samantha Benjamin Katherine Gregory Christine Frank Debra Raymond Rachel Alexander Carolyn Patrick Janet Jack Maria Dennis Olivia Jerry Heather Tyler Helen Aaron Catherine Henry Diane Douglas Julie Peter Victoria Adam Joyce Nathan Lauren Zachary Kelly Walter Christina Kyle Ruth Harold Joan Carl Virginia Jeremy Judith Keith Evelyn Roger Hannah Gerald Andrea Ethan Megan Arthur Cheryl Terry Jacqueline Christian Madison Sean Teresa Lawrence Abigail Austin Sophia Joe Martha Noah Sara Jesse Gloria Albert Janice Bryan Kathryn Billy Ann Bruce Isabella Willie Judy Jordan Charlotte Dylan Julia Alan Grace Ralph Amber Gabriel Alice Roy Jean Juan Denise Wayne Frances Eugene Danielle Logan Marilyn Randy Natalie Louis Beverly Russell Diana Vincent Brittany Philip Theresa Bobby Kayla Johnny Alexis Bradley Doris Mason Lori Tiffany
Jose Luis Carlos Miguel Alejandro Guadalupe Juana Rosa Ana Lucia Esperanza Maribel Yesenia Xochitl Jesús Ramón Rafael Ignacio Consuelo Dolores Marisol Beatriz Héctor
DeShawn Tyrone Jamal Darnell Lakisha Tamika Keisha Aaliyah Imani Jaylen Malik Shanice Latoya Kendrick Marquis Ebony Terrell
Wei Mei Jun Xiaoming Li Na Hyun Ji-woo Min-jun Seo-yeon Hiroshi Yuki Kenji Akiko Thanh Huong Minh Quang Linh
Priya Rahul Anil Sunita Deepak Arjun Kavya Ananya Vikram Rohan Sanjay Lakshmi Rajesh Meera Harpreet Gurpreet Manpreet
Mohammed Fatima Omar Aisha Yusuf Hassan Layla Amir Zainab Ibrahim Nour Khalid
Chinedu Ngozi Oluwaseun Kwame Abena Tendai Amara Kofi
Dmitri Olga Svetlana Ivan Natasha Aleksandr
Siobhan Declan Niamh Ciaran Aoife Padraig
Kalani Keoni Leilani Makoa Chayton Winona Tallulah Aiyana Dakota`)

var enNick = []string{"Bobby", "Liz", "Kate", "Mike", "Jen", "Dave", "Bill", "Tom", "Chuck", "Jimmy", "Becca", "Sam", "Tony", "Rick", "Patty", "Deb", "Andy", "Nick", "Chris", "Beth", "Stevie", "Abby", "Manny", "Lupe", "Chuy", "Dee", "Tee", "Bubba", "Skip", "Junior", "Peggy", "Sully", "Cece", "Gigi"}

var enLast = strings.Fields(`Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Martin Jackson Thompson White Harris Clark Lewis Robinson Walker Young Allen King Wright Scott Hill Green Adams Baker Nelson Carter Mitchell Roberts Turner Phillips Campbell Parker Evans Edwards Collins Stewart Morris Murphy Cook Rogers Morgan Cooper Peterson Bailey Reed Kelly Howard Cox Ward Richardson Watson Brooks Wood James Bennett Gray Hughes Price Sanders Myers Long Ross Foster Powell Jenkins Perry Russell Sullivan Bell Coleman Butler Henderson Barnes Fisher Vasquez Simmons Graham Marshall Owens Harrison Gibson Wallace Hamilton Ellis Stone Hayes Ford Grant Oakes Whitfield Pruitt Dunbar Kowalczyk Lindqvist Yoder Stoltzfus Hostetler Beiler Zimmerman Schwartz Fenstermacher
Garcia Rodriguez Martinez Hernandez Lopez Gonzalez Perez Sanchez Ramirez Torres Flores Rivera Gomez Diaz Reyes Cruz Morales Ortiz Gutierrez Chavez Ramos Ruiz Alvarez Mendoza Castillo Jimenez Vargas Romero Herrera Medina Aguilar Vega Castro Delgado Soto Guerrero Salazar Cabrera Villanueva Quintero
Nguyen Tran Le Pham Huynh Vo Kim Lee Park Choi Chen Wang Zhang Liu Huang Wu Lin Tanaka Sato Nakamura Yamamoto
Patel Shah Singh Kaur Sharma Gupta Reddy Iyer Desai Mehta Chaudhry Nair Rao Banerjee
Ahmed Khan Ali Hussain Rahman Haddad Nasser Abdullah Mansour
Okafor Adeyemi Mensah Okonkwo Abebe Diallo Nwosu
Ivanov Petrov Novak Kowalski Horvath
O'Brien O'Connor O'Neill McCarthy McAllister MacDonald Fitzgerald Gallagher Doyle Kavanagh
Begay Yazzie Tsosie Redcloud Whitehorse
Kahananui Akana Kealoha
Washington Jefferson Lincoln Madison Monroe Jackson Hudson
Smith-Jones García-López Martinez-Ruiz Okafor-Bello Nguyen-Tran Whitfield-Hayes
Van&Dyke Van&Buren De&la&Cruz De&Leon Del&Rio St.&James Le&Blanc Da&Silva Von&Ahn Mac&Kenzie`)

var enMid = []string{"A.", "B.", "C.", "D.", "E.", "J.", "K.", "L.", "M.", "R.", "S.", "T.", "W.", "Lee", "Marie", "Ann", "Ray", "Lynn", "Jo"}

type enP struct{ first, mid, last string }

func (g *gen) enPerson() enP {
	p := enP{first: g.of(enFirst), last: strings.ReplaceAll(g.of(enLast), "&", " ")}
	if g.chance(0.25) {
		p.mid = g.of(enMid)
	}
	return p
}

func (p enP) full() string {
	if p.mid != "" {
		return p.first + " " + p.mid + " " + p.last
	}
	return p.first + " " + p.last
}

func (p enP) short() string { return p.first + " " + p.last }

// enRef writes a person in one of many forms.
func enRef(g *gen, b *builder, p enP) {
	switch g.r.IntN(13) {
	case 0, 1, 2:
		b.name(p.full())
	case 3:
		b.text(g.pick("Mr. ", "Ms. ", "Mrs. ", "Dr. ", "Mr ", "Ms ", "Officer ", "Pastor ", "Coach ", "Judge ", "Sgt. "))
		b.name(p.last)
	case 4:
		b.name(strings.ToUpper(p.last) + ", " + strings.ToUpper(p.first))
	case 5:
		v := p.last + ", " + p.first
		if p.mid != "" {
			v += " " + p.mid
		}
		b.name(v)
	case 6:
		b.name(initial(p.first) + " " + p.last)
	case 7:
		b.name(p.first)
	case 8:
		b.name(strings.ToUpper(p.short()))
	case 9:
		b.text(g.pick("Dr. ", "Attorney ", "Rev. ", "Capt. "))
		b.name(p.short())
	case 10:
		b.name(p.short())
		b.text(g.pick(", RN", ", MD", ", Esq.", " Jr.", ", PhD", ""))
	case 11:
		b.name(g.of(enNick) + " " + p.last)
	default:
		b.name(p.short())
	}
}

func enName(g *gen, b *builder) { enRef(g, b, g.enPerson()) }
func enFull(g *gen, b *builder) { b.name(g.enPerson().full()) }

var enStreetBase = strings.Fields(`Main Oak Maple Cedar Pine Elm Birch Walnut Hickory Sycamore Willow Aspen Juniper Magnolia Dogwood Chestnut Laurel Poplar Cottonwood Mesquite Sagebrush Prairie Meadow Orchard Mill Church School Depot Railroad Bridge River Lake Spring Ridge Hill Valley Canyon Bluff Harbor Bay Beacon Lighthouse Quarry Foundry Tannery Summit Highland Lowell Garfield Polk Tyler Fillmore Coolidge Harding Pawnee Shoshone Cherokee Seminole Sequoia Redwood Bayberry Foxglove Larkspur Whippoorwill Bobwhite Cardinal Bluebird Heron`)
var enSuffix = []string{"St", "Street", "Ave", "Avenue", "Rd", "Road", "Dr", "Drive", "Ln", "Lane", "Blvd", "Ct", "Court", "Pl", "Way", "Ter", "Pkwy", "Cir", "Trl", "Hwy"}
var enDir = []string{"N ", "S ", "E ", "W ", "NE ", "SW ", "North ", "West "}
var enCity = []string{"Maple Hollow, OH", "Cedar Bluff, TN", "Port Alder, WA", "Elk Crossing, MT", "Vista Serena, CA", "Millbrook Falls, NY", "Red Fork, OK", "Sandy Prairie, KS", "Lowell Junction, MA", "Dry Creek, TX", "Bayou Rouge, LA", "Harlan Springs, KY", "Copper Mesa, AZ", "Pine Barrens, NJ", "Kettle River, MN", "Saint Albans Heights, VT", "Grayling Bay, MI", "Fort Hollis, GA", "Osprey Point, FL", "Hanalei Mauka, HI", "Twin Buttes, ND", "Glenwood Landing, IA", "Marrow Creek, OR", "New Bethel, PA", "Cold Spring Harbor Terrace, NY", "Blue Mound, IL", "Arroyo Seco, NM", "Silver Gulch, NV", "Cumberland Gap Village, VA", "Pecan Grove, TX"}

func (g *gen) enStreet() string {
	s := g.num(1, 9899) + " "
	if g.chance(0.15) {
		s = g.num(10, 99) + g.digits(3) + " "
	}
	if g.chance(0.2) {
		s += g.of(enDir)
	}
	if g.chance(0.08) {
		return s + g.pick("County Road ", "State Route ", "Farm Road ") + g.num(2, 980)
	}
	if g.chance(0.07) {
		return s + ordinal(g.between(2, 99)) + g.pick(" St", " Ave", " Street", " Avenue")
	}
	return s + g.of(enStreetBase) + " " + g.of(enSuffix)
}

func (g *gen) enUnit() string {
	if g.chance(0.25) {
		return g.pick(" Apt ", ", Apt. ", " Unit ", " #", ", Ste ", " Lot ", ", Trlr ") + g.num(1, 40) + g.pick("", "", "B", "C")
	}
	return ""
}

func (g *gen) enZip() string {
	z := g.digits(5)
	if g.chance(0.2) {
		z += "-" + g.digits(4)
	}
	return z
}

func (g *gen) enCityZip() string { return g.of(enCity) + " " + g.enZip() }

func (g *gen) enStreetUnit() string { return g.enStreet() + g.enUnit() }

// enAddr returns an address in a written form, possibly over two or three lines.
func (g *gen) enAddr() string {
	switch g.r.IntN(10) {
	case 0, 1, 2:
		return g.enStreetUnit() + ", " + g.enCityZip()
	case 3, 4:
		return g.enStreetUnit() + "\n" + g.enCityZip()
	case 5:
		return g.enStreet() + "\n" + g.pick("Apt ", "Unit ", "Suite ") + g.num(1, 30) + "\n" + g.enCityZip()
	case 6:
		return "PO Box " + g.num(1, 9999) + ", " + g.enCityZip()
	case 7:
		return g.pick("RR ", "Rural Route ", "HC ") + g.num(1, 9) + " Box " + g.num(1, 400) + "\n" + g.enCityZip()
	case 8:
		return g.enStreetUnit()
	default:
		return strings.ToUpper(g.enStreetUnit() + " " + strings.ReplaceAll(g.enCityZip(), ",", ""))
	}
}

var enNeg = []string{"Johns Hopkins", "Wells Fargo", "Ben & Jerry's", "Martin Luther King Jr. Elementary", "Lincoln Memorial", "Walt Disney World", "Dr Pepper", "Tim Hortons", "Jimmy Dean", "Sherwin-Williams", "the Pulitzer committee", "USS Ronald Reagan", "Grace Hopper Hall", "the Kennedy Center", "Howard Johnson's", "Wendy's", "Trader Joe's", "Morgan Stanley", "Sam's Club", "Washington Square", "Jefferson County", "the Carnegie Library", "Rockefeller Foundation", "Ford F-150", "Dell laptop", "Marshall Tire & Auto", "Casey's General Store", "Jackson Hewitt", "Edward Jones", "Chick-fil-A", "Dollar General", "Home Depot", "the Gates Foundation", "Mayo Clinic", "Stanford Health", "Lowe's", "Dick's Sporting Goods", "Lane 4", "Gate 12", "Dock 7", "Building 300", "Room 214", "Route 66 Diner", "Harriet Tubman Park", "Sojourner Truth Library"}

func enNegS(g *gen) string { return g.of(enNeg) }

func (g *gen) enUser() string {
	return g.pick("jdog", "sunnyside", "tkowal", "bluecrab", "mkelly", "nightowl", "rm_ops", "admin") + g.digits(g.between(2, 4))
}

func (g *gen) enMail(p enP) string {
	l := strings.ToLower(strings.NewReplacer(" ", "", "'", "", "í", "i", "é", "e", "á", "a", "ú", "u", "ó", "o").Replace(p.last))
	return strings.ToLower(p.first[:1]) + l + g.digits(2) + "@" + g.pick("gmail.com", "yahoo.com", "outlook.com", "example.net", "aol.com")
}

func (g *gen) phone() string {
	return "(" + g.num(201, 989) + ") " + g.num(200, 999) + "-" + g.digits(4)
}

func enPoss(b *builder, v string) {
	b.name(v)
	if strings.HasSuffix(v, "s") {
		b.text("'")
	} else {
		b.text("'s")
	}
}

func enLienSale(g *gen, b *builder) {
	fac := g.pick("StorQuest", "Safe Harbor Self Storage", "U-Stor-It of "+strings.Split(g.of(enCity), ",")[0], "Lock & Key Mini Warehouses")
	b.text("NOTICE OF PUBLIC LIEN SALE\n\nPursuant to state self-service storage law, ", fac, ", located at ")
	b.addr(g.enStreet() + ", " + g.enCityZip())
	b.text(", will sell at public auction on ", g.usDate(), " at ", g.clock(), " the contents of the following units to satisfy owner's lien:\n\n")
	for i, n := 0, g.between(4, 7); i < n; i++ {
		b.text("Unit ", g.pick("A", "B", "C", "D"), g.num(1, 250), " – ")
		enRef(g, b, g.enPerson())
		b.text(", last known address ")
		b.addr(g.enStreetUnit() + ", " + g.enCityZip())
		b.text("; ", g.pick("household goods", "furniture, boxes", "tools, mattress", "Dell laptop, bicycle"), "\n")
	}
	b.text("\nPurchases must be made in cash. Auctioneer: ")
	enRef(g, b, g.enPerson())
	b.text(", lic. #", g.digits(5), ". Facility manager ")
	enRef(g, b, g.enPerson())
	b.text(" reserves the right to withdraw any unit. Published in the ", g.pick("Valley Courier", "Gazette-Ledger", "Tri-County Shopper"), " ", g.usDate(), ".\n")
}

func enCobra(g *gen, b *builder) {
	b.text(g.pick("BenefitBridge Administrators", "Keystone COBRA Services", "Lakeshore Benefits LLC"), "\n")
	b.addr("PO Box " + g.num(100, 9999) + "\n" + g.enCityZip())
	b.text("\n\n", g.usDate(), "\n\n")
	p := g.enPerson()
	b.name(strings.ToUpper(p.full()))
	b.text("\n")
	b.addr(strings.ToUpper(g.enStreetUnit() + "\n" + g.enCityZip()))
	b.text("\n\nRE: COBRA Continuation Coverage Election Notice\nPlan: ", g.pick("Morgan Stanley", "Home Depot", "Casey's General Store", "Acme Fabrication"), " Employee Health Plan\n\nDear ")
	b.name(p.first)
	b.text(",\n\nThis notice explains your right to continue group health coverage. Qualified beneficiaries:\n")
	for i, n := 0, g.between(2, 4); i < n; i++ {
		b.text("  - ")
		b.name(g.enPerson().first + " " + p.last)
		b.text(" (", g.pick("employee", "spouse", "dependent child", "dependent child"), ")\n")
	}
	b.text("\nThe qualifying event reported by your employer's HR contact, ")
	enRef(g, b, g.enPerson())
	b.text(", was ", g.pick("termination of employment", "reduction in hours", "divorce"), " on ", g.usDate(), ". You have 60 days to elect. ")
	if g.chance(0.5) {
		b.text("Your ex-spouse ")
		enFull(g, b)
		b.text(" will receive a separate notice at ")
		b.addr(g.enAddr())
		b.text(". ")
	}
	b.text("\n\nQuestions? Call ")
	enRef(g, b, g.enPerson())
	b.text(" at ", g.phone(), ".\n")
}

func enMarina(g *gen, b *builder) {
	b.text(g.pick("Osprey Point Yacht Club", "Harbor Town Municipal Marina", "Kettle River Boat Club"), " — ", g.pick("2025", "2026"), " Slip Assignments\n\n")
	b.text("dock,slip,vessel,owner,billing_street,billing_city,billing_zip\n")
	for i, n := 0, g.between(5, 7); i < n; i++ {
		b.text(g.pick("A", "B", "C", "T"), ",", g.num(1, 60), ",", g.pick("Reel Therapy", "Knot Working", "Sea Señorita", "Miss Lorraine", "Aunt Betty", "The Admiral Nimitz", "Serenity"), ",")
		p := g.enPerson()
		b.csvField(pii.PersonName, g.pick(p.short(), p.last+", "+p.first, strings.ToUpper(p.short())))
		b.text(",")
		b.csvField(pii.PostalAddress, g.enStreetUnit())
		b.text(",", strings.ReplaceAll(g.of(enCity), ",", ""), ",", g.enZip(), "\n")
	}
	b.text("\nWaitlist moved up: ")
	enRef(g, b, g.enPerson())
	b.text(" (slip B-", g.num(1, 60), " vacated by ")
	enPoss(b, g.enPerson().short())
	b.text(" estate). Harbormaster: ")
	enRef(g, b, g.enPerson())
	b.text(". Fuel dock closed near ", enNegS(g), ".\n")
}

func enBusStops(g *gen, b *builder) {
	b.text("# ", g.pick("Pecan Grove ISD", "Blue Mound CUSD 10", "Marrow Creek School District"), " transportation — stop assignments\nroute: ", g.num(1, 60), "\ndriver: ")
	b.name(g.enPerson().short())
	b.text("\naide: ")
	b.name(g.enPerson().short())
	b.text("\nstudents:\n")
	for i, n := 0, g.between(4, 6); i < n; i++ {
		p := g.enPerson()
		b.text("  - name: ")
		b.name(p.last + ", " + p.first)
		b.text("\n    grade: ", g.pick("K", "1", "2", "3", "4", "5", "6"), "\n    school: ", g.pick("Martin Luther King Jr. Elementary", "Grace Hopper Middle", "Roosevelt Elementary", "Sojourner Truth Academy"), "\n    stop: ")
		if g.chance(0.6) {
			b.addr(g.enStreet())
		} else {
			b.text(g.pick("corner of Oak Ave & 3rd St", "Dollar General lot", "Harriet Tubman Park"))
		}
		b.text("\n    guardian: ")
		b.name(g.enPerson().first + " " + p.last)
		b.text("\n")
	}
	b.text("notes: |\n  ")
	enPoss(b, g.enPerson().first)
	b.text(" mom asked to switch to the afternoon stop at grandma's (")
	b.addr(g.enAddr())
	b.text(").\n  Approved by ")
	enRef(g, b, g.enPerson())
	b.text(".\n")
}

func enResidency(g *gen, b *builder) {
	b.text("AFFIDAVIT OF RESIDENCY\n(for school enrollment — shared housing)\n\nState of ", g.pick("Texas", "Ohio", "Georgia", "Oregon"), "\nCounty of ", g.pick("Jefferson", "Madison", "Monroe", "Hudson"), "\n\nI, ")
	host := g.enPerson()
	b.name(host.full())
	b.text(", being duly sworn, state that I own or lease the residence at\n")
	b.addr(g.enStreetUnit() + "\n" + g.enCityZip())
	b.text("\nand that the following persons reside with me:\n\n")
	for i, n := 0, g.between(2, 4); i < n; i++ {
		b.text(itoa(i+1), ". ")
		enFull(g, b)
		b.text(", ", g.pick("sister-in-law", "nephew", "niece", "friend", "grandchild"), ", since ", g.usDate(), "\n")
	}
	b.text("\nTheir previous address was ")
	b.addr(g.enAddr())
	b.text(".\n\n______________________\n")
	b.name(host.full())
	b.text(", Affiant\n\nSubscribed and sworn before me by ")
	b.name(host.short())
	b.text(" on ", g.usDate(), ".\nNotary Public: ")
	enRef(g, b, g.enPerson())
	b.text("   Commission expires ", g.usDate(), "\nReceived by registrar ")
	enRef(g, b, g.enPerson())
	b.text("\n")
}

func enSubrogation(g *gen, b *builder) {
	b.text(g.pick("Granite Mutual Insurance", "Prairie Shield Casualty Co.", "Lakeshore Auto Insurance Exchange"), "\nSubrogation Unit\n")
	b.addr(g.enAddr())
	b.text("\n\n", g.usDate(), "\n\nVIA CERTIFIED MAIL\n")
	b.name(g.enPerson().full())
	b.text("\n")
	b.addr(g.enStreetUnit() + "\n" + g.enCityZip())
	b.text("\n\nRe: Our insured: ")
	enFull(g, b)
	b.text("\n    Claim no.: ", g.pick("SB", "AU", "PR"), "-", g.digits(7), "\n    Date of loss: ", g.usDate(), "\n\nDear ")
	b.text(g.pick("Mr. ", "Ms. "))
	b.name(g.enPerson().last)
	b.text(":\n\nWe have paid $", g.num(1200, 48000), ".00 for damage our insured sustained when ", g.pick("your vehicle struck their parked car outside "+enNegS(g), "water from your unit leaked into the unit below", "a tree on your property fell onto their garage"), ". Per the police report by ")
	enRef(g, b, g.enPerson())
	b.text(" and the statement of witness ")
	enFull(g, b)
	b.text(" of ")
	b.addr(g.enStreet())
	b.text(", you are liable. Please forward this letter to your carrier or remit payment within 30 days.\n\nSincerely,\n\n")
	enRef(g, b, g.enPerson())
	b.text("\nSubrogation Specialist\ncc: ")
	enRef(g, b, g.enPerson())
	b.text(", Esq.\n")
}

func enReturns(g *gen, b *builder) {
	b.text("[rma-svc] export ", g.date(), "\n")
	for i, n := 0, g.between(4, 6); i < n; i++ {
		p := g.enPerson()
		b.text(`{"rma":"R`, g.digits(7), `","customer":"`)
		b.name(g.pick(p.short(), p.full(), strings.ToUpper(p.short())))
		b.text(`","login":"`, g.enUser(), `","email":"`, g.enMail(p), `","reason":"`, g.pick("DOA", "wrong size", "changed mind", "arrived damaged"), `"`)
		if g.chance(0.55) {
			b.text(`,"ship_from":{"street":"`)
			b.addr(g.enStreetUnit())
			b.text(`","city":"`, strings.Split(g.of(enCity), ",")[0], `","zip":"`, g.enZip(), `"}`)
		}
		b.text(`,"inspected_by":"`)
		b.name(g.enPerson().first)
		b.text(`"}`, "\n")
	}
	b.text("agent note: cust ")
	b.name(strings.ToLower(g.enPerson().first))
	b.text(" says label was sent to old addr ")
	b.addr(g.enAddr())
	b.text(" — reissued. escalated to ")
	enRef(g, b, g.enPerson())
	b.text("\n")
}

func enPest(g *gen, b *builder) {
	b.text(g.pick("Bug Busters Pest Control", "Orkin-style Services of Dry Creek", "Bayou Termite & Pest"), "\nSERVICE REPORT  #", g.digits(6), "\n\nCustomer: ")
	enRef(g, b, g.enPerson())
	b.text("\nService addr: ")
	b.addr(g.enAddr())
	b.text("\nTechnician: ")
	enRef(g, b, g.enPerson())
	b.text("  Lic# ", g.digits(6), "\n\nTarget pests: ", g.pick("German roaches", "mice", "subterranean termites", "bed bugs", "fire ants"), "\nAreas treated: kitchen, ", g.pick("crawlspace", "garage", "attic", "units 2-6"), "\n\n")
	b.text("Tenants notified (multi-unit):\n")
	for i, n := 0, g.between(3, 5); i < n; i++ {
		b.text("  unit ", g.num(1, 24), "  ")
		enRef(g, b, g.enPerson())
		b.text("  ", g.pick("home", "not home - door hanger", "refused entry", "prep incomplete"), "\n")
	}
	b.text("\nNext visit ", g.usDate(), ". Property mgr ")
	enRef(g, b, g.enPerson())
	b.text(" to be billed at ")
	b.addr(g.enAddr())
	b.text(".\nSigned: ")
	enRef(g, b, g.enPerson())
	b.text("\n")
}

func enCamping(g *gen, b *builder) {
	b.text(g.pick("Twin Buttes State Park", "Kettle River Campground", "Copper Mesa RV Resort"), " reservations ", g.usDate(), "\n")
	b.text("| conf | guest | party | site | home address |\n|---|---|---|---|---|\n")
	for i, n := 0, g.between(4, 6); i < n; i++ {
		b.text("| ", g.digits(8), " | ")
		enRef(g, b, g.enPerson())
		b.text(" | ", g.num(1, 8), " | ", g.pick("A", "B", "RV-", "T"), g.num(1, 90), " | ")
		b.addr(g.enStreetUnit() + ", " + g.enCityZip())
		b.text(" |\n")
	}
	b.text("\nHost couple on duty: ")
	b.name(g.enPerson().first)
	b.text(" & ")
	b.name(g.enPerson().short())
	b.text(". Ranger ")
	b.name(g.enPerson().last)
	b.text(" flagged site B", g.num(1, 90), " (quiet hours). Lost & found: camera left by ")
	enRef(g, b, g.enPerson())
	b.text(".\n")
}

func enCemetery(g *gen, b *builder) {
	b.text(g.pick("Oakwood Cemetery Association", "St. Bridget's Parish Cemetery", "Pleasant Hill Memorial Gardens"), " — plot register\n\n")
	for i, n := 0, g.between(2, 4); i < n; i++ {
		b.text("Section ", g.pick("A", "B", "C", "Garden of Peace"), ", Lot ", g.num(1, 200), ", Grave ", g.num(1, 8), "\n  Interred: ")
		p := g.enPerson()
		b.name(p.full())
		b.text(" (", g.num(1921, 1950), "–", g.num(2000, 2025), ")\n")
		if g.chance(0.5) {
			b.text("  Reserved: ")
			b.name(g.enPerson().first + " " + p.last)
			b.text(" (spouse)\n")
		}
		b.text("  Deed holder: ")
		enRef(g, b, g.enPerson())
		b.text("\n  Mailing: ")
		b.addr(g.enAddr())
		b.text("\n  Monument: ", g.pick("granite flat marker", "upright, gray", "bronze VA marker"), " — ", g.pick("Harriet Tubman Park", "Rockefeller Foundation", "Mayo Clinic", "Grace Hopper Hall"), " memorial fund credit\n\n")
	}
	b.text("Sexton: ")
	enRef(g, b, g.enPerson())
	b.text("\n")
}

func enFOIA(g *gen, b *builder) {
	b.text("FOIA / Public Records Request Log — ", g.pick("City of Fort Hollis", "Jefferson County Clerk", "Twin Buttes Police Dept."), "\n\n")
	xml := g.chance(0.5)
	for i, n := 0, g.between(3, 4); i < n; i++ {
		if xml {
			b.text("<request id=\"PRR-", g.digits(5), "\">\n  <requester>")
			enRef(g, b, g.enPerson())
			b.text("</requester>\n  <street>")
			b.addr(g.enStreetUnit())
			b.text("</street>\n  <city>", strings.Split(g.of(enCity), ",")[0], "</city>\n  <zip>", g.enZip(), "</zip>\n  <subject>", g.pick("body cam footage", "water main contracts", "inspection reports for "+enNegS(g)), "</subject>\n  <assigned>")
			b.name(g.enPerson().short())
			b.text("</assigned>\n</request>\n")
		} else {
			b.text("PRR-", g.digits(5), " | rcvd ", g.usDate(), " | ")
			enRef(g, b, g.enPerson())
			b.text(" | ")
			b.addr(g.enAddr())
			b.text(" | records re: incident involving ")
			enFull(g, b)
			b.text(" | assigned ")
			b.name(g.enPerson().last)
			b.text("\n")
		}
	}
	b.text("Records custodian: ")
	enRef(g, b, g.enPerson())
	b.text("\n")
}

func enDeposit(g *gen, b *builder) {
	b.text(g.pick("Beacon Property Management", "Summit Rentals LLC", "Whitfield Realty Group"), "\n")
	b.addr(g.enAddr())
	b.text("\n\nITEMIZED STATEMENT OF SECURITY DEPOSIT DEDUCTIONS\n\nTenant(s): ")
	t1 := g.enPerson()
	b.name(t1.full())
	b.text(" and ")
	enFull(g, b)
	b.text("\nPremises: ")
	b.addr(g.enStreetUnit() + ", " + g.enCityZip())
	b.text("\nMove-out: ", g.usDate(), "  Inspection by: ")
	enRef(g, b, g.enPerson())
	b.text("\n\nDeposit held ........ $", g.num(500, 3500), ".00\n")
	for i, n := 0, g.between(2, 4); i < n; i++ {
		b.text(g.pick("Carpet cleaning", "Patch & paint", "Replace blinds", "Trash haul-off", "Rekey locks"), " (", g.pick("vendor ", "invoice, "))
		if g.chance(0.5) {
			b.text(g.pick("Sherwin-Williams", "Home Depot", "Lowe's"))
		} else {
			enPoss(b, g.enPerson().last)
			b.text(" Handyman")
		}
		b.text(") ... $", g.num(40, 450), ".00\n")
	}
	b.text("\nRefund check mailed to forwarding address:\n")
	b.name(t1.short())
	b.text("\n")
	if g.chance(0.35) {
		b.text("c/o ")
		b.name(g.enPerson().short())
		b.text("\n")
	}
	b.addr(g.enStreetUnit() + "\n" + g.enCityZip())
	b.text("\n\n")
	enRef(g, b, g.enPerson())
	b.text(", Property Manager\n")
}

func enInterpreter(g *gen, b *builder) {
	b.text(g.pick("Stanford Health", "Mercy Regional", "Johns Hopkins Bayview", "St. Luke's"), " Language Services — request log\n")
	for i, n := 0, g.between(4, 6); i < n; i++ {
		b.text(g.clock(), " ", g.pick("Spanish", "Vietnamese", "Arabic", "ASL", "Haitian Creole", "Navajo", "Somali", "Punjabi"), " | pt: ")
		p := g.enPerson()
		b.name(strings.ToUpper(p.last) + ", " + strings.ToUpper(p.first))
		b.text(" | ", g.pick("ED bay 4", "L&D", "Oncology 3W", "Clinic B", "Room 214"), " | req by ")
		enRef(g, b, g.enPerson())
		b.text(" | interp: ")
		b.name(g.enPerson().first)
		b.text(g.pick(" (vid)", " (phone)", " (in person)"), "\n")
	}
	b.text("\nteams chat:\n")
	for i, n := 0, g.between(2, 4); i < n; i++ {
		b.text(g.pick("", "@"))
		b.name(strings.ToLower(g.enPerson().first))
		b.text(": ")
		if g.chance(0.5) {
			b.text(g.pick("family wants ", "pt asked for ", "can "))
			b.name(g.enPerson().first)
			b.text(g.pick(" again", " specifically", " cover 3W?"))
		} else {
			b.text(g.pick("can someone cover 3W?", "on my way to ED", "omw to L&D", "lunch, back 1:30"))
		}
		b.text("\n")
	}
	b.text("Home health follow-up for pt at ")
	b.addr(g.enAddr())
	b.text("\n")
}

func enARC(g *gen, b *builder) {
	b.text("From: ")
	p := g.enPerson()
	b.name(p.short())
	b.text(" <", g.enMail(p), ">\nTo: arc@", g.pick("willowcreekhoa", "summitridge-hoa", "pecangrovecommons"), ".org\nSubject: ARC request – ", g.pick("fence", "paint color", "solar panels", "shed"), " at ")
	b.addr(g.enStreet())
	b.text("\n\nHi ARC committee,\n\n", g.pick("We'd like to", "I am requesting approval to", "requesting to"), " ", g.pick("replace our 4 ft chain link with 6 ft cedar", "repaint the trim Sherwin-Williams Naval", "install 14 roof panels", "add a 10x12 shed behind the garage"), ". Our neighbors ")
	enRef(g, b, g.enPerson())
	b.text(" (")
	b.addr(g.enStreet())
	b.text(") and ")
	enRef(g, b, g.enPerson())
	b.text(" have signed off. Contractor is ")
	enPoss(b, g.enPerson().short())
	b.text(" crew.\n\nThanks,\n")
	b.name(p.first)
	b.text("\n\n-----\nReply from ")
	enRef(g, b, g.enPerson())
	b.text(", ARC chair:\nApproved 3-0 (")
	b.name(g.enPerson().last)
	b.text(", ")
	b.name(g.enPerson().last)
	b.text(", ")
	b.name(g.enPerson().last)
	b.text("). Please mail the signed form to the management office, ")
	b.addr(g.enAddr())
	b.text(".\n")
}

func enLocate(g *gen, b *builder) {
	b.text("TICKET: ", g.digits(10), "   TYPE: ", g.pick("NORMAL", "EMERGENCY", "UPDATE"), "\nCALLER: ")
	b.name(strings.ToUpper(g.enPerson().short()))
	b.text("\nCOMPANY: ", g.pick("HOMEOWNER", "Marshall Tire & Auto", "Lakeside Fence Co", "Dry Creek Plumbing"), "\nWORK SITE: ")
	b.addr(strings.ToUpper(g.enStreet()))
	b.text("\nPLACE: ", strings.ToUpper(strings.Split(g.of(enCity), ",")[0]), "\nNEAR INTER: ", strings.ToUpper(g.of(enStreetBase)+" "+g.of(enSuffix)), "\nWORK TYPE: ", g.pick("FENCE POSTS", "TREE REMOVAL", "SEWER REPAIR", "MAILBOX"), "\nDONE FOR: ")
	b.name(strings.ToUpper(g.enPerson().short()))
	b.text("\nMAILING: ")
	b.addr(strings.ToUpper(g.enAddr()))
	b.text("\nREMARKS: MARK ENTIRE BACK YARD. DOG ON PROPERTY, CALL ")
	b.name(strings.ToUpper(g.enPerson().first))
	b.text(" FIRST. GATE CODE 4471.\n\nMEMBERS NOTIFIED:\n")
	for i, n := 0, g.between(2, 4); i < n; i++ {
		b.text("  ", g.pick("ATT01", "GAS02", "ELEC9", "CATV3", "WTR1"), "  ", g.pick("CLEAR", "MARKED", "PENDING"), "  locator: ")
		b.name(g.enPerson().short())
		b.text("\n")
	}
	b.text("\nlocator notes: talked to ")
	enRef(g, b, g.enPerson())
	b.text(" at the house next door (")
	b.addr(g.enStreet())
	b.text("), said ", g.pick("the line runs under the driveway", "old tank was removed", "owner is out of town"), ".\n")
}

func ordinal(n int) string {
	suf := "th"
	if n%100 < 11 || n%100 > 13 {
		switch n % 10 {
		case 1:
			suf = "st"
		case 2:
			suf = "nd"
		case 3:
			suf = "rd"
		}
	}
	return itoa(n) + suf
}
