package unquoted

import (
	"strconv"
	"strings"
)

var itoa = strconv.Itoa

var enKinds = []kind{
	{"hqs-inspection-report", false, true, enHQS},
	{"fafsa-verification-worksheet", false, true, enFAFSA},
	{"county-fair-4h-entries", false, true, enFair},
	{"twitch-chat-log", false, true, enTwitch},
	{"deposition-transcript", false, true, enDeposition},
	{"spanglish-whatsapp", false, true, enSpanglish},
	{"i130-petition-summary", false, true, enI130},
	{"venmo-csv-export", false, false, enVenmo},
	{"evacuation-shelter-intake", false, true, enShelter},
	{"check-register-ocr", false, true, enCheckOCR},
	{"neg-bourbon-tasting-notes", true, false, enNegBourbon},
	{"neg-health-system-rankings", true, false, enNegHospitals},
}

type ep struct {
	giv, mid, sur, suf string
	f                  bool // female
}

func (p ep) mr() string {
	if p.f {
		return "Ms. "
	}
	return "Mr. "
}

func (p ep) full() string {
	s := p.giv + " " + p.sur
	if p.suf != "" {
		s += " " + p.suf
	}
	return s
}

func (p ep) lastFirst() string {
	s := p.sur
	if p.suf != "" {
		s += " " + p.suf
	}
	return s + ", " + p.giv
}

func (p ep) withMid() string {
	s := p.giv + " " + p.mid + ". " + p.sur
	if p.suf != "" {
		s += " " + p.suf
	}
	return s
}

var enGivenF = []string{
	"Maria", "Aaliyah", "Priya", "Guadalupe", "Xiomara", "Siobhan", "Yesenia", "Latoya", "Brittany", "Rosalind",
	"Svetlana", "Fatima", "Anjali", "Kalani", "Winona", "Tammy", "Esperanza", "Ingrid", "Bridget", "Marisol",
	"Ximena", "Soo-jin", "Adaeze", "Leilani", "Della", "Shanice", "Consuelo", "Rashida", "Kayla", "Bethany",
	"Loretta", "Ngozi", "Mei-Ling", "Lupita", "Cheyenne", "Harriet", "Imani",
}

var enGivenM = []string{
	"James", "DeShawn", "Mateo", "Keanu", "Tomasz", "Oluwaseun", "Chidi", "Bao", "Minh", "Hiroshi",
	"Jamal", "Ezekiel", "Dwayne", "Ignacio", "Dmitri", "Omar", "Rahul", "Cody", "Bartholomew", "Yusuf",
	"Declan", "Tevita", "Ji-woo", "Kwame", "Mehmet", "Thaddeus", "Earl", "Tyrone", "Marcus", "Hunter",
	"Wyatt", "Arjun", "Hamza", "Rigoberto", "Dakota", "Cornelius",
}

var enGiven = append(append([]string{}, enGivenF...), enGivenM...)

var enSurnames = []string{
	"Smith", "Johnson", "Okafor", "Nguyen", "Tran", "Garcia", "Hernandez", "Martinez-Lopez", "Kowalski", "Nowak",
	"O'Brien", "McAllister", "Begay", "Yazzie", "Kealoha", "Patel", "Chaudhry", "Kim", "Park", "Yamamoto",
	"Haddad", "Abdullah", "Rosenberg", "Goldstein", "DeLuca", "Fitzgerald", "Lindqvist", "Jorgensen", "Oyelaran",
	"Mensah", "Adeyemi", "Castillo", "Villanueva", "Delgado", "Fontaine", "Thibodeaux", "Boudreaux", "LeBlanc",
	"Zhang", "Wong", "Ramirez", "Sandoval", "Whitfield", "Pruitt", "Hollis", "Dunbar", "Abernathy", "Vásquez",
	"Nakamura", "Petrov", "Kaur", "Singh", "St. John", "Mahoney", "Papadopoulos", "Reyes", "Tafoya", "Raman",
	"Delgado-Reyes", "Van Dyke", "Kaleikini", "Okonkwo", "Bui", "Halvorsen", "Szymanski", "Grady", "Pettigrew",
}

var enMids = []string{"A", "B", "C", "D", "E", "J", "K", "L", "M", "R", "S", "T", "W"}

func (g *gen) enPerson() ep {
	p := ep{giv: g.of(enGivenM), mid: g.of(enMids), sur: g.of(enSurnames)}
	if g.chance(0.5) {
		p.giv, p.f = g.of(enGivenF), true
	} else if g.chance(0.16) {
		p.suf = g.pick("Jr.", "Sr.", "II", "III", "IV")
	}
	return p
}

// enName returns one of the usual renderings of a person's name.
func (g *gen) enName(p ep) string {
	switch g.r.IntN(6) {
	case 0:
		return p.withMid()
	case 1:
		return p.lastFirst()
	case 2:
		return strings.ToUpper(p.full())
	default:
		return p.full()
	}
}

var enStreetNames = []string{
	"Maple", "Oak", "Cedar", "Elm", "Willow", "Magnolia", "Sycamore", "Juniper", "Chestnut", "Hawthorne",
	"Lakeview", "Ridgecrest", "Sunset", "Briarwood", "Prairie", "Mesquite", "Saguaro", "Bayou", "Cottonwood",
	"Kalanianaole", "Cesar Chavez", "Martin Luther King Jr", "Old Mill", "Quarry", "Foxglove", "Pecan Grove",
	"Wabash", "Catalpa", "Dogwood", "Tamarack", "Bluebonnet", "Spring Creek", "Harbor View", "Locust", "Birch Hollow",
}
var enSuffixes = []string{"St", "Street", "Ave", "Avenue", "Blvd", "Rd", "Road", "Dr", "Drive", "Ln", "Lane", "Ct", "Way", "Pl", "Terrace", "Pkwy", "Cir"}

type enCity struct{ city, st, zip string }

var enCities = []enCity{
	{"Springfield", "IL", "62704"}, {"Tulsa", "OK", "74103"}, {"Boise", "ID", "83702"}, {"Albuquerque", "NM", "87102"},
	{"Dayton", "OH", "45402"}, {"Fresno", "CA", "93721"}, {"Tacoma", "WA", "98402"}, {"Savannah", "GA", "31401"},
	{"Lubbock", "TX", "79401"}, {"Duluth", "MN", "55802"}, {"Burlington", "VT", "05401"}, {"Portland", "ME", "04101"},
	{"Baton Rouge", "LA", "70802"}, {"Knoxville", "TN", "37902"}, {"Sioux Falls", "SD", "57104"}, {"Omaha", "NE", "68102"},
	{"Reno", "NV", "89501"}, {"Provo", "UT", "84601"}, {"Hilo", "HI", "96720"}, {"Anchorage", "AK", "99501"},
	{"Lancaster", "PA", "17602"}, {"Worcester", "MA", "01608"}, {"New Haven", "CT", "06510"}, {"Paterson", "NJ", "07501"},
	{"Yonkers", "NY", "10701"}, {"Flushing", "NY", "11354"}, {"Brownsville", "TX", "78520"}, {"Laredo", "TX", "78040"},
	{"El Paso", "TX", "79901"}, {"Tucson", "AZ", "85701"}, {"Santa Ana", "CA", "92701"}, {"Stockton", "CA", "95202"},
	{"Kenosha", "WI", "53140"}, {"Gary", "IN", "46402"}, {"Flint", "MI", "48502"}, {"Charleston", "WV", "25301"},
	{"Bismarck", "ND", "58501"}, {"Cheyenne", "WY", "82001"}, {"Missoula", "MT", "59802"}, {"Asheville", "NC", "28801"},
	{"Columbia", "SC", "29201"}, {"Pensacola", "FL", "32502"}, {"Hialeah", "FL", "33010"}, {"Little Rock", "AR", "72201"},
	{"Jackson", "MS", "39201"}, {"Wichita", "KS", "67202"}, {"Des Moines", "IA", "50309"}, {"Eugene", "OR", "97401"},
	{"Gallup", "NM", "87301"}, {"Chinle", "AZ", "86503"}, {"Lafayette", "LA", "70501"}, {"Dearborn", "MI", "48126"},
}

// enStreetOnly returns a street and house number without a unit.
func (g *gen) enStreetOnly() string {
	return g.num(1, 9899) + " " + g.pick("", "", "N ", "S ", "E ", "W ") + g.of(enStreetNames) + " " + g.of(enSuffixes)
}

func (g *gen) enStreet() string {
	if g.chance(0.08) {
		return g.num(100, 9999) + " " + g.pick("County Road ", "State Route ", "Farm to Market Road ", "Hwy ") + g.num(1, 180)
	}
	s := g.num(1, 9899) + " " + g.pick("", "", "", "N ", "S ", "E ", "W ", "NW ") + g.of(enStreetNames) + " " + g.of(enSuffixes)
	if g.chance(0.3) {
		s += g.pick(" Apt ", ", Apt. ", " #", " Unit ", ", Suite ", " Lot ") + g.num(1, 40) + g.pick("", "", "B", "C")
	}
	return s
}

func (g *gen) enCityLine() string {
	c := one(g, enCities)
	zip := c.zip
	if g.chance(0.2) {
		zip += "-" + g.digits(4)
	}
	return c.city + g.pick(", ", ", ", " ") + c.st + " " + zip
}

func (g *gen) enAddr() string {
	return g.enStreet() + g.pick(", ", ", ", "\n") + g.enCityLine()
}

func (g *gen) enPhone() string {
	a, m, z := g.num(201, 989), g.num(200, 999), g.digits(4)
	switch g.r.IntN(3) {
	case 0:
		return "(" + a + ") " + m + "-" + z
	case 1:
		return a + "-" + m + "-" + z
	default:
		return a + "." + m + "." + z
	}
}

func enHQS(g *gen, b *builder) {
	t, o, ins := g.enPerson(), g.enPerson(), g.enPerson()
	c := one(g, enCities)
	b.line(g.pick("HQS INSPECTION REPORT", "Housing Quality Standards Inspection", "HCV Unit Inspection – Form HUD-52580"), g.pick("", " — Housing Authority of the City of "+c.city))
	b.line("Inspection Type: ", g.pick("Initial", "Annual", "Special", "Reinspection"), g.pick("   Result: ", "\nResult: "), g.pick("PASS", "FAIL", "INCONCLUSIVE"))
	b.text(g.pick("Tenant: ", "Head of Household: ", "Family Name: "))
	b.name(g.enName(t))
	b.line(g.pick("", "   Tenant ID "+g.digits(5), "  (voucher "+g.digits(6)+")"))
	b.text("Unit Address: ")
	b.addr(g.enStreet() + g.pick(", ", " ") + c.city + ", " + c.st + " " + c.zip)
	b.nl()
	b.text(g.pick("Owner/Agent: ", "Landlord: ", "Owner: "))
	if g.chance(0.3) {
		b.text(g.pick("Sunbelt Property Mgmt LLC", "Hollis Realty Group", "Van Dyke Rentals Inc."), " (c/o ")
		b.name(o.full())
		b.text(")")
	} else {
		b.name(g.enName(o))
	}
	b.nl()
	if g.chance(0.5) {
		b.text("Owner mailing address: ")
		b.addr(g.enAddr())
		b.nl()
	}
	b.line("Bedrooms: ", g.num(0, 5), "   Year built: ", g.num(1910, 2015), "   Lead-based paint: ", g.pick("N/A", "Pre-1978, stabilized", "Deteriorated paint found"))
	b.line("DEFICIENCIES")
	for range g.n(1, 4) {
		b.line(g.pick("1.3", "2.4", "3.2", "5.1", "7.2", "8.6"), " ", g.pick("Bathroom", "Kitchen", "Living Room", "Bedroom 2", "Building Exterior"), " – ", g.pick("GFCI outlet does not trip", "missing smoke detector", "window will not lock", "handrail loose on stairs", "water heater lacks discharge line", "roach infestation"), g.pick(" (owner)", " (tenant)", ""))
	}
	b.text(g.pick("Inspector: ", "Inspected by ", "HQS Inspector – "))
	if g.chance(0.4) {
		b.name(string([]rune(ins.giv)[:1]) + ". " + ins.sur)
	} else {
		b.name(ins.full())
	}
	b.line(g.pick("", ", Cert #"+g.digits(5)), "   Date: ", g.dateEN())
	b.line("Re-inspection scheduled within ", g.pick("24 hours", "30 days", "14 days"), ".")
}

func enFAFSA(g *gen, b *builder) {
	s := g.enPerson()
	c := one(g, enCities)
	b.line(g.pick("2025–26 Verification Worksheet", "V4 Standard Verification Group — Independent Student", "Dependent Student Verification Worksheet 2024-25"))
	b.line(g.pick("Federal Student Aid Programs", "Office of Financial Aid"), " — ", g.pick("submit to the Financial Aid Office", "do not mail to the Department of Education"))
	b.line("A. Dependent Student's Information")
	if g.chance(0.5) {
		b.text("Student's Last Name: ")
		b.name(s.sur)
		b.text("   Student's First Name: ")
		b.name(s.giv)
		b.text("   M.I.: ", s.mid)
	} else {
		b.text("Last Name ______ ")
		b.name(s.sur)
		b.text("\nFirst Name ______ ")
		b.name(s.giv)
	}
	b.nl()
	b.line("Student's ID #: ", g.digits(7), "   Date of Birth: ", g.num(1, 12), "/", g.num(1, 28), "/", g.num(2002, 2008))
	b.text("Student's Street Address (include apt. no.): ")
	b.addr(g.enStreet())
	b.nl()
	b.line("City: ", c.city, "   State: ", c.st, "   ZIP Code: ", c.zip)
	b.line("Student's Email Address: ", strings.ToLower(strings.ReplaceAll(s.giv, "-", "")), g.num(1, 99), "@", g.pick("gmail.com", "students.example.edu", "yahoo.com"))
	b.line("B. Family Information")
	sep := g.pick(" | ", "\t")
	if sep == " | " {
		b.line("Full Name | Age | Relationship | College (attending at least half time)")
	} else {
		b.line("Full Name\tAge\tRelationship\tCollege")
	}
	b.name(s.full())
	b.line(sep, g.num(17, 22), sep, "Self", sep, g.pick("Pima Community College", "University of Tulsa", "Boise State University", "Kean University"))
	for range g.n(1, 4) {
		rel := g.pick("Mother", "Father", "Stepfather", "Sister", "Brother", "Grandmother")
		q := ep{giv: g.of(enGivenM), sur: s.sur}
		if rel == "Mother" || rel == "Sister" || rel == "Grandmother" {
			q.giv = g.of(enGivenF)
		}
		if rel == "Stepfather" || g.chance(0.15) {
			q.sur = g.of(enSurnames)
		}
		age := g.num(38, 61)
		if rel == "Sister" || rel == "Brother" {
			age = g.num(8, 26)
		} else if rel == "Grandmother" {
			age = g.num(62, 88)
		}
		b.name(q.full())
		b.line(sep, age, sep, rel, sep, g.pick("", "", "Texas A&M University", "Gallup Community College"))
	}
	b.line("C. Verification of Income")
	b.line(g.pick("[X] The student's parent(s) used the IRS Data Retrieval Tool.", "[ ] will submit a 2023 IRS Tax Return Transcript."))
	b.text("Parent signature: ")
	if g.chance(0.6) {
		b.text(g.pick("/s/ ", "(signed) "))
		b.name(ep{giv: g.of(enGivenF), sur: s.sur}.full())
	} else {
		b.text("__________")
	}
	b.line("   Date: ", g.dateEN())
}

var enFarms = []string{"Miller Show Pigs", "Kessler Farms", "Double J Livestock", "Prairie Rose Genetics", "Hollis Family Farm", "Whitfield Club Lambs", "Yoder Boer Goats", "Lone Oak Ranch"}
var enClubs = []string{"Clover Kids", "Happy Hustlers", "Prairie Pioneers", "Willow Creek Wranglers", "Busy Beavers 4-H", "Golden Spurs", "Sunnyside Achievers"}
var enAnimals = []string{"Moonpie", "Bacon Bits", "Sir Oinks-a-Lot", "Dusty", "Pepper", "Biscuit", "Tater Tot", "Sprinkles", "Cocoa", "Bandit"}

func enFair(g *gen, b *builder) {
	c := one(g, enCities)
	cls := g.pick("Market Swine", "Market Lambs", "Dairy Goats", "Breeding Heifers", "Market Broilers")
	b.line(g.pick("", g.pick("2024 ", "2025 ")), c.city, g.pick(" County Fair", " Area Fair", " Junior Livestock Show"), " — 4-H ", cls, " Entries")
	fmtIdx := g.r.IntN(3)
	switch fmtIdx {
	case 0:
		b.line("Exhibitor | Club | Animal | Tag | Wt | Breeder")
	case 1:
		b.line("EXHIBITOR\tCLUB\tNAME\tTAG#\tWEIGHT\tBREEDER")
	default:
		b.line("Entry  Exhibitor                 Club")
	}
	for i := range g.n(4, 9) {
		p := g.enPerson()
		p.suf = ""
		nm := p.full()
		if g.chance(0.3) {
			nm = p.lastFirst()
		}
		switch fmtIdx {
		case 0:
			b.name(nm)
			b.line(" | ", g.of(enClubs), " | ", g.of(enAnimals), " | ", g.digits(4), " | ", g.num(40, 290), " | ", g.of(enFarms))
		case 1:
			b.name(strings.ToUpper(nm))
			b.line("\t", strings.ToUpper(g.of(enClubs)), "\t", strings.ToUpper(g.of(enAnimals)), "\t", g.digits(4), "\t", g.num(40, 290), "\t", strings.ToUpper(g.of(enFarms)))
		default:
			b.text(pad2(i+1), "     ")
			b.name(nm)
			b.line(strings.Repeat(" ", max(2, 26-len(nm))), g.of(enClubs))
		}
	}
	b.line(g.pick("Weigh-in 7:00 AM at the Swine Barn.", "Showmanship follows the market class.", "Sale order posted Thursday."))
	if g.chance(0.7) {
		b.text(g.pick("Premium checks will be mailed to the address on file; send corrections to the Extension Office, ", "Mail buyer letters to: Fair Office, ", "Questions? Extension Office, "))
		b.addr(g.enStreet() + ", " + c.city + ", " + c.st + " " + c.zip)
		b.nl()
	}
	if g.chance(0.5) {
		b.text("Superintendent: ")
		b.name(g.enPerson().full())
		b.line(g.pick("", " (cell "+g.enPhone()+")"))
	}
}

var enHandles = []string{"toasty_bagel", "xXnoscopeXx", "crit_happens", "moss_goblin", "pixelpickle", "lurkinlarry99", "bread_enjoyer", "sadcowboy", "frogposter", "noodle_arms", "glitchwitch", "cornfed_camper", "w4ffle_iron", "quietmoth"}

func enTwitch(g *gen, b *builder) {
	streamer := g.enPerson()
	b.line(g.pick("# chat log ", "--- twitch chat export ", "[#"+strings.ToLower(strings.ReplaceAll(streamer.giv, "-", ""))+"plays] "), g.dateEN(), g.pick("", " ---"))
	h, m := g.n(18, 22), g.n(0, 50)
	line := func(user string) {
		m++
		b.text("[", pad2(h), ":", pad2(m%60), ":", pad2(g.n(0, 59)), "] <", user, "> ")
	}
	line(g.of(enHandles))
	b.text(g.pick("hi ", "yo ", "heyyy "))
	b.name(streamer.giv)
	b.line(g.pick("!!", " <3", " PogChamp", ""))
	line("Nightbot")
	b.line(g.pick("Stream has been live for 1h 12m", "Follow the socials! !discord", "Today's game: Stardew Valley"))
	line(g.of(enHandles))
	b.line(g.pick("that boss was brutal", "LUL", "chat is this real", "KEKW the dog"))
	switch g.r.IntN(3) {
	case 0:
		line(g.of(enHandles))
		b.text("if i win the giveaway ship it to ")
		b.addr(g.enAddr())
		b.line(g.pick(" lol", " jk", " 🙏"))
		line(g.of(enHandles))
		b.line("bro dont post ur address in chat 💀")
		line("StreamElements")
		b.line("Message deleted by a moderator.")
	case 1:
		line(g.of(enHandles))
		b.text("PO box for fan mail? or is it still ")
		b.addr(g.enAddr())
		b.line("?")
		line(g.of(enHandles))
		b.line(g.pick("thats the studio address fyi", "its on the about page"))
	default:
		line(g.of(enHandles))
		b.text("shoutout to ")
		b.name(g.enPerson().full())
		b.line(g.pick(" for the 5 gifted subs", " for the raid", " who made the emotes"))
		line(g.of(enHandles))
		b.text(g.pick("tell ", "say hi to "))
		b.name(g.of(enGiven))
		b.line(g.pick(" we said hi", " from chat", ""))
	}
	if g.chance(0.5) {
		line(g.of(enHandles))
		b.text(g.pick("gn ", "ty for stream ", "later "))
		b.name(streamer.giv)
		b.nl()
	}
}

var enFirms = []string{"Pruitt & Hollis LLP", "Abernathy Whitfield PC", "Goldstein, Castillo & Reyes", "Mahoney Law Group", "Dunbar Legal Services"}

func enDeposition(g *gen, b *builder) {
	w, pa, da, rep := g.enPerson(), g.enPerson(), g.enPerson(), g.enPerson()
	pa.suf, da.suf = "", ""
	c := one(g, enCities)
	b.line(g.pick("IN THE CIRCUIT COURT OF ", "IN THE DISTRICT COURT FOR "), strings.ToUpper(c.city), g.pick(" COUNTY", ", "+c.st))
	b.text(g.pick("ORAL DEPOSITION OF ", "VIDEOTAPED DEPOSITION OF ", "DEPOSITION OF "))
	b.name(strings.ToUpper(w.full()))
	b.nl()
	b.line("APPEARANCES:")
	b.text("  For the Plaintiff: ")
	b.name(pa.full())
	b.text(", Esq., ", g.of(enFirms), ", ")
	b.addr(g.enStreet() + ", " + c.city + ", " + c.st + " " + c.zip)
	b.nl()
	b.text("  For the Defendant: ")
	b.name(da.full())
	b.line(g.pick(", Esq.", ""), g.pick(", Tort Defense Counsel", ", Assistant County Attorney", ""))
	n := g.n(1, 20)
	ind, gap := g.pick("", " ", "  "), g.pick("    ", "   ", "\t")
	ln := func(s ...string) {
		b.text(ind+pad2(n%26), gap)
		n++
		b.text(s...)
	}
	ln("BY ", strings.ToUpper(pa.mr()))
	b.name(strings.ToUpper(pa.sur))
	b.line(":")
	ln("Q.  Please state your full name for the record.\n")
	ln("A.  ")
	if g.chance(0.4) {
		b.name(w.withMid())
	} else {
		b.name(w.full())
	}
	b.line(".")
	ln("Q.  And your current address?\n")
	ln("A.  ")
	st := one(g, enCities)
	stName := map[string]string{"TX": "Texas", "TN": "Tennessee", "CA": "California", "NM": "New Mexico", "OK": "Oklahoma", "LA": "Louisiana"}[st.st]
	if stName == "" {
		stName = st.st
	}
	b.addr(g.enStreet() + ", " + st.city + ", " + stName + " " + st.zip)
	b.line(".")
	ln("Q.  ", w.mr())
	b.name(w.sur)
	b.line(", who else was present on the night of the incident?")
	ln("A.  ")
	b.text(g.pick("My neighbor, ", "Just me and ", "Officer "))
	b.name(g.enPerson().full())
	b.line(g.pick(", and her son.", ".", ", I think."))
	ln(strings.ToUpper(da.mr()))
	b.name(strings.ToUpper(da.sur))
	b.line(":  Objection. Form.")
	ln("THE WITNESS:  ", g.pick("Can I answer?", "I don't remember exactly.", "It was dark."), "\n")
	if g.chance(0.5) {
		ln("Q.  Had you ever met ")
		b.name(g.enPerson().full())
		b.line(" before that day?")
		ln("A.  ", g.pick("No, sir.", "Once, at church.", "Only through work."), "\n")
	}
	b.text("Reported by: ")
	b.name(rep.full())
	b.line(g.pick(", CSR No. "+g.digits(4), ", RPR", ", Certified Shorthand Reporter"))
}

func enSpanglish(g *gen, b *builder) {
	fam := g.pick("Castillo", "Reyes", "Villanueva", "Sandoval", "Tafoya", "Delgado", "Ramirez", "Vásquez")
	a := ep{giv: g.pick("Ximena", "Lupita", "Marisol", "Consuelo"), sur: fam, f: true}
	if g.chance(0.5) {
		a = ep{giv: g.pick("Mateo", "Rigoberto", "Ignacio", "Ezekiel"), sur: fam}
	}
	aunt := g.pick("Yesenia", "Esperanza", "Guadalupe", "Maria", "Xiomara")
	// the contact is saved once, under one label
	auntLabel := g.pick("Tía ", "Tia ", "", "Tía ")
	ios := g.chance(0.5)
	mo, d, h, mi := g.n(1, 12), g.n(1, 27), g.n(7, 20), g.n(0, 30)
	msg := func(sender func()) {
		mi += g.n(0, 9)
		if mi >= 60 {
			mi -= 60
			h++
		}
		if ios {
			hh, ap := h%12, "AM"
			if h >= 12 {
				ap = "PM"
			}
			if hh == 0 {
				hh = 12
			}
			b.text("[", itoa(mo), "/", itoa(d), "/24, ", itoa(hh), ":", pad2(mi), ":", pad2(g.n(0, 59)), " ", ap, "] ")
		} else {
			b.text(itoa(mo), "/", itoa(d), "/24, ", pad2(h), ":", pad2(mi), " - ")
		}
		sender()
		b.text(": ")
	}
	tia := func() {
		b.text(auntLabel)
		b.name(aunt)
	}
	me := func() { b.name(a.full()) }
	msg(tia)
	b.line(g.pick(map[bool]string{true: "Mija ya llegaste?", false: "Mijo ya llegaste?"}[a.f], "where are you "+map[bool]string{true: "mija", false: "mijo"}[a.f], "Oye ya salió el vuelo?"))
	msg(me)
	b.line(g.pick("si tía, I'm at ", "ya casi, stuck on I-10 near "), g.pick("Abuela's", "the church", "the HEB"), g.pick(" 😅", "", " lol"))
	msg(tia)
	b.line(g.pick("ok no te olvides the tamales para la misa en Our Lady of Guadalupe", "dile a tu prima que traiga los chairs", "the quinceañera is at San Juan Diego hall not the house!"))
	msg(me)
	b.line(g.pick("mándame la dirección otra vez porfa", "what's the address for the salón?", "cual es la dirección de tu amiga?"))
	msg(tia)
	b.addr(g.enAddr())
	b.line(g.pick("", " 📍", " ahí está"))
	if g.chance(0.6) {
		msg(me)
		b.text(g.pick("ok y ", "and is "), g.pick("tío ", "primo ", ""))
		b.name(g.pick("Rigoberto", "Ignacio", "Mateo", "Earl", "Ezekiel"))
		b.line(g.pick(" coming?", " ya sabe?", " bringing the speakers?"))
		msg(tia)
		b.text(g.pick("si, con ", "yes w "))
		p := g.enPerson()
		b.name(p.full())
		b.line(g.pick(" from work", map[bool]string{true: ", la novia", false: ", el novio"}[p.f], " 🙄"))
	}
	if g.chance(0.4) {
		msg(me)
		b.text("también send the gift to ")
		b.name(g.pick("Leilani", "Xiomara", "Cheyenne", "Lupita"))
		b.text(" at ")
		b.addr(g.enAddr())
		b.line(" right?")
	}
	msg(tia)
	b.line(g.pick("<Media omitted>", "Dios te bendiga 🙏", "ok bye love u"))
}

func enI130(g *gen, b *builder) {
	pet, ben := g.enPerson(), g.enPerson()
	pet.suf, ben.suf = "", ""
	cp := one(g, enCities)
	b.line(g.pick("Form I-130, Petition for Alien Relative — Summary", "I-130 Draft Answers (paralegal review)", "USCIS I-130 — data sheet"))
	b.line("Receipt: ", g.pick("IOE", "MSC", "NBC"), g.digits(10), g.pick("", "   Priority date: "+g.dateEN()))
	b.line("Part 1. Relationship: ", g.pick("Spouse", "Parent", "Brother/Sister", "Child"))
	b.line("Part 2. Information About You (Petitioner)")
	b.text("6.a. Family Name (Last Name): ")
	b.name(strings.ToUpper(pet.sur))
	b.text("\n6.b. Given Name (First Name): ")
	b.name(pet.giv)
	b.text("\n6.c. Middle Name: ")
	b.line(g.pick("N/A", pet.mid))
	b.text("Mailing Address\n12.a. In Care Of Name: ")
	if g.chance(0.4) {
		b.name(g.enPerson().full())
	} else {
		b.text("N/A")
	}
	b.text("\n12.b. Street Number and Name: ")
	b.addr(g.enStreetOnly())
	b.line("\n12.c. Apt./Ste./Flr.: ", g.pick("N/A", "Apt "+g.num(1, 30)))
	b.line("12.d. City or Town: ", cp.city, "\n12.e. State: ", cp.st, "\n12.f. ZIP Code: ", cp.zip)
	b.line("Part 4. Information About Beneficiary")
	b.text("4.a. Family Name (Last Name): ")
	b.name(strings.ToUpper(ben.sur))
	b.text("\n4.b. Given Name (First Name): ")
	b.name(ben.giv)
	b.nl()
	b.text("Other Names Used: ")
	if g.chance(0.4) {
		b.name(ben.giv + " " + g.of(enSurnames))
		b.line(" (maiden name)")
	} else {
		b.line("None")
	}
	b.text("Address Outside the United States: ")
	b.line(g.pick("Barangay San Isidro, Quezon City, Philippines", "Calle 5 de Mayo 21, Guadalajara, Jalisco, Mexico", "Plot 14, Lekki Phase 1, Lagos, Nigeria", "Quận 3, Ho Chi Minh City, Vietnam"))
	b.text("Preparer: ")
	b.name(g.enPerson().full())
	b.line(g.pick(", Accredited Representative", ", Paralegal", ""), g.pick("", " — "+g.dateEN()))
}

func enVenmo(g *gen, b *builder) {
	owner := g.enPerson()
	owner.suf = ""
	b.line("Account Statement - (@", strings.ToLower(strings.ReplaceAll(owner.giv+"-"+owner.sur, " ", "")), ") ,,,,,,,,,")
	b.line("Account Activity,,,,,,,,,")
	b.line(",ID,Datetime,Type,Status,Note,From,To,Amount (total),Funding Source")
	for range g.n(3, 8) {
		other := g.enPerson()
		other.suf = ""
		incoming := g.chance(0.5)
		b.text(",", g.digits(19), ",", g.pick("2024", "2025"), "-", pad2(g.n(1, 12)), "-", pad2(g.n(1, 28)), "T", g.clock(), ":", pad2(g.n(0, 59)), ",", g.pick("Payment", "Payment", "Charge"), ",Complete,")
		switch g.r.IntN(4) {
		case 0:
			b.cell(g.pick("rent 🏠", "utilities", "🍕🍕", "concert tix", "Costco run"), ",", false)
		case 1:
			b.cell(g.pick("dinner w ", "gas for ", "gift for "), ",", false)
			b.name(g.of(enGiven))
		case 2:
			b.text("\"")
			b.text(g.pick("for ", "from "))
			b.name(g.of(enGiven))
			b.text(", thanks!\"")
		default:
			b.text(g.pick("🎂", "⛽", "🐶 sitting", "Wendy's", "Chick-fil-A"))
		}
		b.text(",")
		from, to := owner.full(), other.full()
		if incoming {
			from, to = to, from
		}
		b.name(from)
		b.text(",")
		b.name(to)
		sign := "- "
		if incoming {
			sign = "+ "
		}
		b.line(",", sign, "$", g.num(3, 900), ".", pad2(g.n(0, 99)), ",", g.pick("Venmo balance", "Bank *"+g.digits(4), ""))
	}
	b.line(",,,,,,,,,\nIn case of errors or questions about your electronic transfers,,,,,,,,,")
}

func enShelter(g *gen, b *builder) {
	h := g.enPerson()
	c := one(g, enCities)
	b.line(g.pick("EVACUATION SHELTER REGISTRATION", "Shelter Intake Form", "Disaster Shelter Registration — Client Record"), g.pick("", " — "+g.pick("Roosevelt High School Gym", "Jefferson Middle School", "Lincoln Park Rec Center", "St. Vincent de Paul Hall", "Kennedy Elementary Cafeteria")))
	b.line("Date/Time: ", g.dateEN(), " ", g.clock(), "   Event: ", g.pick("Wildfire", "Hurricane", "Flood", "Ice storm"), " ", g.pick("Complex", "Response", "2024"))
	b.text("Head of Household: ")
	if g.chance(0.5) {
		b.name(h.lastFirst())
	} else {
		b.name(h.full())
	}
	b.nl()
	b.text(g.pick("Pre-disaster address: ", "Home address: ", "Address before evacuation: "))
	b.addr(g.enStreet() + g.pick(", ", "\n  ") + c.city + ", " + c.st + " " + c.zip)
	b.nl()
	b.line("Home status: ", g.pick("unknown", "destroyed", "major damage", "inaccessible"))
	b.line("Household members:")
	for range g.n(1, 4) {
		q := ep{giv: g.of(enGiven), sur: h.sur}
		if g.chance(0.25) {
			q = g.enPerson()
		}
		b.text("  - ")
		b.name(q.full())
		b.line(", ", g.num(1, 88), g.pick("", ", insulin-dependent", ", wheelchair", ", speaks Tongan", ", infant formula"))
	}
	b.line("Pets: ", g.pick("none", "1 dog (Koa)", "2 cats", "1 dog (Biscuit), crated in Annex B"))
	if g.chance(0.5) {
		b.text("Reunification request: looking for ")
		b.name(g.enPerson().full())
		b.text(g.pick(", last seen at ", ", lives at "))
		b.addr(g.enAddr())
		b.nl()
	}
	b.text("Caseworker: ")
	b.name(g.enPerson().full())
	b.line(g.pick("", " (DMH)", " / Red Cross volunteer"), "   Cot #", g.num(1, 220))
}

func (g *gen) ocrize(s string) string {
	if !g.chance(0.4) {
		return s
	}
	return strings.NewReplacer("O", "0", "l", "1", "rn", "m", "S", "5").Replace(s)
}

func enCheckOCR(g *gen, b *builder) {
	own := g.enPerson()
	own.suf = ""
	if g.chance(0.5) {
		b.line(g.pick("=== OCR page 1 (check image) ===", "[scan: check_front.png]", "OCR output:"))
		b.name(strings.ToUpper(own.full()))
		b.nl()
		addr := strings.ToUpper(g.enStreet() + "\n" + g.enCityLine())
		b.addr(g.ocrize(addr))
		b.line(g.pick("", "          "+g.num(1001, 4999)))
		b.line(g.pick("", "                                        "), "DATE ", g.num(1, 12), "/", g.num(1, 28), "/", g.pick("24", "25", "2025"))
		b.text(g.ocrize(g.pick("PAY TO THE ORDER OF ", "PAY TO THE 0RDER 0F ", "Pay to the\norder of ")))
		if g.chance(0.5) {
			b.name(g.enPerson().full())
		} else {
			b.text(g.pick("Walgreens", "Sherwin-Williams", "Ben & Jerry's Scoop Shop", "Wendy's", "Dillard's", "Johnson Controls"))
		}
		b.line("   $ ", g.num(12, 1900), ".", pad2(g.n(0, 99)))
		b.line(g.pick("One hundred twenty and 00/100", "Seventy-five and 50/100", "Four hundred and no/100"), " DOLLARS")
		b.text("MEMO ", g.pick("piano lessons", "lawn", "deposit", "refund", "tutoring"), "     ")
		if g.chance(0.5) {
			b.name(own.full())
		} else {
			b.text("(signature)")
		}
		b.nl()
		b.line("⑆", g.digits(9), "⑆ ", g.digits(10), "⑈ ", g.num(1001, 4999))
		return
	}
	b.line(g.pick("CHECK REGISTER (scanned p.", "Check register — OCR p."), g.num(1, 9), g.pick(")", ""))
	b.line("NUM   DATE   DESCRIPTION OF TRANSACTION          PAYMENT   DEPOSIT   BALANCE")
	bal := g.n(800, 6000)
	for i := range g.n(4, 9) {
		b.text(g.num(1001+i, 1001+i), "  ", g.num(1, 12), "/", pad2(g.n(1, 28)), "  ")
		switch g.r.IntN(4) {
		case 0:
			b.text(g.pick("Dr. ", ""))
			b.name(g.of(enSurnames))
			b.text(g.pick(" DDS co-pay", " - visit", " peds"))
		case 1:
			b.name(g.enPerson().full())
			b.text(g.pick(" - lawn", " babysit", " (rent)", " tutoring"))
		case 2:
			b.text(g.pick("Walgreens", "Kroger", "Dillard's", "Wendy's", "Sherwin-Williams", "Macy's", "Trader Joe's", "Lowe's"))
		default:
			b.text(g.ocrize(g.pick("DEPOSIT payroll", "ATM withdrawal", "Electric Co-op", "State Farm ins")))
		}
		amt := g.n(10, 600)
		bal -= amt
		b.line("      ", strconv.Itoa(amt), ".00            ", strconv.Itoa(bal), ".", pad2(g.n(0, 99)))
	}
	if g.chance(0.6) {
		b.text("Note in margin: ", g.pick("mail refund to ", "new address → "))
		b.addr(g.ocrize(g.enAddr()))
		b.nl()
	}
}

// negatives

var enBourbons = []string{"Elijah Craig Small Batch", "Jim Beam Black", "Evan Williams Bottled-in-Bond", "Henry McKenna 10 Year", "Old Forester 1920", "Maker's Mark 46", "Woodford Reserve Double Oaked", "Pappy Van Winkle 15", "Old Grand-Dad 114", "Larceny", "E.H. Taylor Small Batch", "George T. Stagg", "Booker's", "Basil Hayden", "Old Fitzgerald", "Russell's Reserve 10", "Jack Daniel's Single Barrel", "Blanton's", "W.L. Weller Special Reserve", "Eagle Rare"}

func enNegBourbon(g *gen, b *builder) {
	b.line(g.pick("Tasting flight notes", "Bourbon club — monthly flight", "My notes from the distillery trail"), g.pick("", " ("+g.dateEN()+")"))
	if g.chance(0.4) {
		b.text(g.pick("Host: ", "Pour notes by ", "Notes: "))
		b.name(g.enPerson().full())
		b.nl()
	}
	idx := g.perm(len(enBourbons), g.n(4, 6))
	for i, k := range idx {
		b.line(strconv.Itoa(i+1), ". ", enBourbons[k], g.pick("", " — "+g.num(86, 130)+" proof"))
		b.line("   ", g.pick("Nose: ", "N: "), g.pick("caramel, cherry cola", "oak, leather, clove", "brown sugar, banana bread", "corn, vanilla"), g.pick("; Palate: ", "; P: "), g.pick("cinnamon heat", "toffee and rye spice", "thin but sweet", "dark fruit"), g.pick("; Finish: long", "; Finish: short, dry", ""))
	}
	b.line(g.pick("Picked up at the Frankfort gift shop.", "Next month: the Buffalo Trace lineup.", "Bardstown tour was worth it — skip the Louisville traffic on Main Street.", "Tasted at Abernathy's Tavern on Lincoln Avenue."))
	if g.chance(0.3) {
		b.text(g.pick("Thanks ", "Cheers to "))
		b.name(g.of(enGiven))
		b.line(g.pick(" for the glassware.", " for hosting!"))
	}
}

var enHospitals = []string{"Johns Hopkins Hospital", "Mayo Clinic", "Cedars-Sinai", "Vanderbilt University Medical Center", "Brigham and Women's Hospital", "Rush University Medical Center", "Henry Ford Hospital", "Baylor Scott & White", "Mount Sinai", "St. Jude Children's Research Hospital", "Shriners Children's", "Dana-Farber Cancer Institute", "Fred Hutchinson Cancer Center", "MD Anderson", "Barnes-Jewish Hospital", "Memorial Sloan Kettering", "Emory University Hospital", "Stanford Health Care", "Duke University Hospital", "Kennedy Krieger Institute", "Scripps Mercy", "Ochsner Medical Center"}

func enNegHospitals(g *gen, b *builder) {
	b.line(g.pick("Best Hospitals 2025: how the region's systems stack up", "Health system rankings — what changed this year", "Where to go for specialty care: a regional guide"))
	if g.chance(0.5) {
		b.text(g.pick("By ", "Story by "))
		b.name(g.enPerson().full())
		b.line(g.pick(", health reporter", ", staff writer", ""))
	}
	idx := g.perm(len(enHospitals), g.n(5, 8))
	for i, k := range idx {
		switch g.r.IntN(3) {
		case 0:
			b.line(strconv.Itoa(i+1), ". ", enHospitals[k], " (", one(g, enCities).city, ")")
		case 1:
			b.line("- ", enHospitals[k], ": ", g.pick("top marks in cardiology", "new pediatric wing", "shortest ER waits", "expanded telehealth"), g.pick(".", "; campus near the Washington Street station.", "; parking garage off Lincoln Avenue."))
		default:
			b.line(enHospitals[k], " moved ", g.pick("up", "down"), " ", g.num(2, 6), " spots, ", g.pick("citing nurse staffing", "after a merger with Baylor Scott & White", "thanks to its Ronald McDonald House partnership"), ".")
		}
	}
	b.line(g.pick("Methodology: survey of 4,500 physicians.", "Rankings exclude VA facilities.", "The corner of Jefferson and 5th remains closed during construction."))
	if g.chance(0.3) {
		b.text("Editor: ")
		b.name(g.enPerson().full())
		b.nl()
	}
}
