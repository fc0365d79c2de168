package unshown

import "strings"

var enGivenF = []string{
	"Emily", "Hannah", "Keisha", "Latoya", "Maria", "Guadalupe", "Ximena", "Mei", "Priya", "Ananya",
	"Fatima", "Aisha", "Olga", "Svetlana", "Bridget", "Siobhan", "Dana", "Tasha", "Brittany", "Courtney",
	"Rosalind", "Imani", "Nkechi", "Thuy", "Linh", "Soo-ah", "Min-ji", "Yuki", "Leilani", "Esperanza",
	"Marisol", "Deborah", "Gwendolyn", "Harriet", "Ruth", "Abigail", "Kayleigh", "Jazmin", "Nadia", "Zainab",
	"Beatriz", "Consuelo", "Ingrid", "Astrid", "Renée", "Zoë", "Chloe", "Madison", "Savannah", "Peggy",
}

var enGivenM = []string{
	"Daniel", "Marcus", "DeShawn", "Tyrone", "Jamal", "José", "Luis", "Alejandro", "Wei", "Jun",
	"Rahul", "Vikram", "Mohammed", "Omar", "Tariq", "Dmitri", "Sergei", "Patrick", "Declan", "Cormac",
	"Harold", "Eugene", "Clarence", "Walt", "Chad", "Brandon", "Dustin", "Kwame", "Chinedu", "Oluwaseun",
	"Minh", "Tuan", "Hyun-woo", "Jae", "Kenji", "Hiroshi", "Kai", "Mateo", "Santiago", "Ezequiel",
	"Reginald", "Thaddeus", "Bartholomew", "Abdirahman", "Yusuf", "Arjun", "Nikolai", "Bogdan", "Trey", "Cody",
}

var enNick = []string{"Bobby", "Liz", "Jen", "Mikey", "Tommy", "Kat", "Deb", "Manny", "Chuy", "Benny", "Suze", "Rick", "Pete", "Vinnie", "Trish", "Lupe", "Nate", "Abby", "Gus", "Frankie"}

var enSur = []string{
	"Whitfield", "Carter", "Okafor", "Nguyen", "Tran", "Patel", "Shah", "Kowalski", "Novak", "O'Brien",
	"McAllister", "MacKenzie", "García", "Hernández", "Rodríguez-Ortiz", "de la Cruz", "De Leon", "Van Dyke", "van der Berg", "DuBois",
	"Washington", "Jefferson", "Jackson", "Robinson", "Brennan", "Doyle", "Kim", "Park", "Choi", "Yamamoto",
	"Tanaka", "Chen", "Huang", "Liu", "Abdullah", "Al-Sayed", "Haddad", "Khoury", "Ivanova", "Petrov",
	"Schwartz", "Goldberg", "Lindqvist", "Johansson", "Mbeki", "Adeyemi", "Mensah", "Baptiste", "St. Clair", "Fitzgerald",
	"Morales", "Villanueva", "Santos", "Oyelaran", "Kaczmarek", "Wojcik", "Delgado", "Stephens", "Pruitt", "Haskins",
	"Nakamura-Reyes", "Thompson", "Underwood", "Yazzie", "Begay", "Running Bear", "Kealoha", "Ahmed", "Siddiqui", "Begum",
}

type cityST struct{ city, st, zip3 string }

var enCities = []cityST{
	{"Dayton", "OH", "454"}, {"Columbus", "OH", "432"}, {"Tulsa", "OK", "741"}, {"Spokane", "WA", "992"},
	{"Tacoma", "WA", "984"}, {"Fresno", "CA", "937"}, {"Oakland", "CA", "946"}, {"Santa Ana", "CA", "927"},
	{"El Paso", "TX", "799"}, {"Laredo", "TX", "780"}, {"Lubbock", "TX", "794"}, {"Provo", "UT", "846"},
	{"Boise", "ID", "837"}, {"Omaha", "NE", "681"}, {"Des Moines", "IA", "503"}, {"Duluth", "MN", "558"},
	{"Green Bay", "WI", "543"}, {"Grand Rapids", "MI", "495"}, {"Flint", "MI", "485"}, {"Gary", "IN", "464"},
	{"Scranton", "PA", "185"}, {"Allentown", "PA", "181"}, {"Paterson", "NJ", "075"}, {"Yonkers", "NY", "107"},
	{"Brooklyn", "NY", "112"}, {"Hartford", "CT", "061"}, {"Worcester", "MA", "016"}, {"Providence", "RI", "029"},
	{"Burlington", "VT", "054"}, {"Bangor", "ME", "044"}, {"Savannah", "GA", "314"}, {"Macon", "GA", "312"},
	{"Mobile", "AL", "366"}, {"Jackson", "MS", "392"}, {"Shreveport", "LA", "711"}, {"Little Rock", "AR", "722"},
	{"Knoxville", "TN", "379"}, {"Asheville", "NC", "288"}, {"Charleston", "WV", "253"}, {"Richmond", "VA", "232"},
	{"St. Petersburg", "FL", "337"}, {"Hialeah", "FL", "330"}, {"Tucson", "AZ", "857"}, {"Las Cruces", "NM", "880"},
	{"Pueblo", "CO", "810"}, {"Billings", "MT", "591"}, {"Fargo", "ND", "581"}, {"Anchorage", "AK", "995"},
	{"Hilo", "HI", "967"}, {"Reno", "NV", "895"},
}

var enStreetNames = []string{
	"Maple", "Oak Hollow", "Sycamore", "Juniper", "Ridge", "Mill Creek", "Harbor View", "Cottonwood", "Elm", "Pecan Grove",
	"Lincoln", "Washington", "Jefferson", "Martin Luther King Jr", "Cesar Chavez", "Roosevelt", "Franklin", "Kennedy", "Lafayette", "Sojourner Truth",
	"Old County", "Bluebonnet", "Prairie Wind", "Magnolia", "Dogwood", "Chestnut", "Quarry", "Tamarack", "Sandpiper", "Lakeshore",
	"Division", "Main", "Market", "Water", "Mission", "Grand", "Canal", "Depot", "Orchard", "Cedar Bluff",
}

var enStreetTypes = []string{"St", "Street", "Ave", "Avenue", "Blvd", "Rd", "Road", "Dr", "Drive", "Ln", "Lane", "Ct", "Way", "Pl", "Ter", "Pkwy", "Cir"}

func (g *gen) enGiven() string {
	if g.chance(0.5) {
		return g.of(enGivenF)
	}
	return g.of(enGivenM)
}

func (g *gen) enSur() string { return g.of(enSur) }

// enFull is a full name in one of several written forms.
func (g *gen) enFull() string {
	gv, sn := g.enGiven(), g.enSur()
	switch g.r.IntN(12) {
	case 0:
		return gv + " " + string(g.pick("A", "B", "C", "D", "E", "J", "K", "L", "M", "R", "S", "T", "W")) + ". " + sn
	case 1:
		return gv[:1] + ". " + sn
	case 2:
		return gv + " " + g.enSur() + " " + sn
	case 3:
		return gv[:1] + "." + g.pick("J", "R", "K", "M") + ". " + sn
	default:
		return gv + " " + sn
	}
}

func (g *gen) enStreet() string {
	var sb strings.Builder
	sb.WriteString(g.pick(g.num(1, 99), g.num(100, 999), g.num(1000, 9999), g.num(10000, 29999)))
	sb.WriteString(" ")
	if g.chance(0.15) {
		sb.WriteString(g.pick("N ", "S ", "E ", "W ", "North ", "NW "))
	}
	if g.chance(0.12) {
		sb.WriteString(g.pick("1st", "2nd", "3rd", "4th", "5th", "11th", "23rd", "42nd", "101st") + " " + g.pick("St", "Ave", "Street"))
	} else {
		sb.WriteString(g.of(enStreetNames) + " " + g.of(enStreetTypes))
	}
	if g.chance(0.3) {
		sb.WriteString(g.pick(" Apt ", " Apt. ", ", Apt ", " Unit ", " #", ", Suite ", " Ste ") + g.pick(g.num(1, 40), g.num(100, 420), g.num(1, 9)+g.pick("A", "B", "C", "F")))
	}
	return sb.String()
}

func (g *gen) enZip(c cityST) string {
	z := c.zip3 + pad(g.n(1, 99), 2)
	if g.chance(0.15) {
		z += "-" + pad(g.n(1, 9999), 4)
	}
	return z
}

// enAddr is a postal address, one line or a block of two lines.
func (g *gen) enAddr(block bool) string {
	c := g.enCity()
	st := g.enStreet()
	tail := c.city + ", " + c.st + " " + g.enZip(c)
	if g.chance(0.1) {
		tail = c.city + " " + c.st + " " + g.enZip(c)
	}
	if block {
		return st + "\n" + tail
	}
	return st + ", " + tail
}

func (g *gen) enCity() cityST { return enCities[g.r.IntN(len(enCities))] }

var enFirms = []string{
	"Whitaker & Sons Roofing LLC", "Delgado Brothers Plumbing Inc", "Hartley Morgan Insurance Group", "Kessler Fine Foods Company",
	"Abernathy, Cole & Price LLP", "Fitzgerald Public Adjusters", "McAllister Moving & Storage", "Stanton Funeral Home",
	"Pruitt Family Dental PC", "Baxter Healthcare", "Johnson Controls", "Wells Fargo", "Charles Schwab", "Morgan Stanley",
}

var enProducts = []string{
	"a Ford Ranger", "two jars of Smucker's", "a Dr Pepper", "a Dyson vacuum", "a Jack Daniel's gift set", "Levi's jeans",
	"a Hershey's bar", "a Craftsman toolbox", "a Ruger holster", "the Heimlich maneuver", "a Ferris wheel", "Tupperware",
	"a Stetson hat", "a Jacuzzi tub", "Ben & Jerry's", "a Bowie knife", "a Cartier watch",
}

var enPlaces = []string{
	"St. Louis", "Lincoln Park", "Washington Square", "Fort Collins", "Mount Vernon", "St. Augustine", "Jefferson City",
	"Lake Tahoe", "the Kennedy Center", "the Lincoln Memorial", "Penn Station", "Houston", "Hamilton County", "Dallas Love Field",
}

var enKinds = []kind{
	{"meeting-transcript", enTranscript}, {"handwritten-note", enHandwritten}, {"forum-post", enForum},
	{"wedding-invitation", enWedding}, {"school-newsletter", enNewsletter}, {"parcel-label", enParcel},
	{"adjuster-notes", enAdjuster}, {"church-bulletin", enBulletin}, {"dating-profile", enDating},
	{"podcast-notes", enPodcast}, {"genealogy-notes", enGenealogy}, {"lost-and-found", enLostFound},
	{"roster-paste", enRoster}, {"legal-notice", enLegal}, {"tenant-complaint", enTenant},
}

func enTranscript(g *gen, b *builder) {
	b.text("HOA Board Meeting — auto-transcript (unedited)\n")
	n := g.n(3, 5)
	sp := make([]string, n)
	for i := range sp {
		sp[i] = g.enGiven() + " " + g.enSur()
	}
	b.text("Attendees: ")
	for i, s := range sp {
		if i > 0 {
			b.text(", ")
		}
		b.name(s)
	}
	b.text("; Recording Secretary; Treasurer\n\n")
	lines := g.n(4, 7)
	for i := range lines {
		s := sp[g.r.IntN(n)]
		b.text("[00:", pad(i*3+g.r.IntN(3), 2), ":", pad(g.r.IntN(60), 2), "] ")
		b.name(upper(s))
		b.text(": ")
		switch g.r.IntN(6) {
		case 0:
			b.text("So the violation letter for the unit at ")
			b.addr(g.enAddr(false))
			b.text(" went out Tuesday. ")
		case 1:
			other := g.enGiven()
			b.text("Yeah I talked to ")
			b.name(other)
			b.text(" about it, he said the guy from ", g.of(enFirms), " never showed.")
		case 2:
			b.text("Will we vote now or wait? Grant money is still pending with the county.")
		case 3:
			b.text("Um, can we table that. Mrs. ")
			b.name(g.enSur())
			b.text(" is, uh, she's not here tonight.")
		case 4:
			b.text("Motion to approve. ")
			b.name(sp[g.r.IntN(n)])
			b.text(" seconds? Okay.")
		default:
			b.text("The mailing address for dues is still ")
			b.addr(g.enAddr(false))
			b.text(", not the clubhouse.")
		}
		b.text("\n")
	}
}

func enHandwritten(g *gen, b *builder) {
	b.text("[Transcription of handwritten note found in file; spelling as written]\n\n")
	b.text(g.pick("Mom", "Grandma", "Dad"))
	b.text(" —\n")
	b.text("call Dr. ")
	b.name(g.enSur())
	b.text(" re: refill (ask for ")
	b.name(g.enGiven())
	b.text(" at front desk)\n")
	b.text("Aunt ")
	b.name(g.enGiven())
	b.text(" moved!! new addr:\n  ")
	b.addr(g.enAddr(true))
	b.text("\n")
	if g.chance(0.6) {
		b.text("pick up ", g.of(enProducts), " for ")
		b.name(g.enGiven())
		b.text("'s b-day [illegible] Sat\n")
	}
	b.text("check from ")
	b.name(upper(g.enGiven()[:1]) + ". " + g.enSur())
	b.text(" bounced?? — Bill due 15th\n")
	if g.chance(0.5) {
		b.text("- ")
		b.name(lower(g.enGiven()))
		b.text(" [?] says leave key w/ neighbor at ")
		b.addr(g.enAddr(false))
		b.text("\n")
	}
	b.text("love, ")
	b.name(g.of(enNick))
	b.text("\n")
}

func enForum(g *gen, b *builder) {
	user := lower(g.pick("tacoma", "bigdog", "quiltmom", "rustbelt", "gearhead", "ohio")) + g.digits(2)
	b.text("Re: Anyone else get scammed by a \"contractor\"?\nPosted by ", user, " » ", g.pick("Mon", "Tue", "Sat"), " ", g.num(1, 12), ":", pad(g.r.IntN(60), 2), " pm\n\n")
	b.text("Same thing happened to us. Guy said his name was ")
	b.name(g.enGiven() + " " + g.enSur())
	b.text(", claimed he worked for ", g.of(enFirms), ". Took a $900 deposit and vanished. ")
	b.text("My neighbor ")
	b.name(g.enGiven())
	b.text(" over on ", g.of(enStreetNames), " got hit too. He gave a mailing address of ")
	b.addr(g.enAddr(false))
	b.text(" which turns out to be a UPS Store lol.\n\n")
	if g.chance(0.6) {
		b.text("> quote from ", g.pick("dieselfan", "midwestmama", "lurker"), g.digits(2), ": file with the AG in ", g.of(enPlaces), "\n")
	}
	b.text("Also talked to Officer ")
	b.name(g.enSur())
	b.text(" and Det. ")
	b.name(g.enFull())
	b.text(". Nothing yet. Lesson learned, stick with people ")
	b.name(g.enGiven())
	b.text(" at church recommends.\n")
}

func enWedding(g *gen, b *builder) {
	bf, bs := g.of(enGivenF), g.enSur()
	gf, gs := g.of(enGivenM), g.enSur()
	b.text("Together with their families\n\n")
	b.name(upper(bf + " " + g.pick("Rose", "Marie", "Grace", "Lynn") + " " + bs))
	b.text("\n& \n")
	b.name(upper(gf + " " + gs))
	b.text("\n\nrequest the pleasure of your company\nat the celebration of their marriage\n", g.pick("Saturday, the twelfth of June", "Friday, October 3rd", "the twentieth of September"), "\nat four o'clock in the afternoon\n\n")
	b.text(g.pick("St. Brigid's Church", "Our Lady of Guadalupe Parish", "The Lincoln Room at Hotel Hamilton", "Grace Methodist Chapel"), "\n")
	b.addr(g.enAddr(true))
	b.text("\n\nReception to follow. Kindly reply by August 1 to\nMr. and Mrs. ")
	b.name(g.of(enGivenM) + " " + bs)
	b.text("\n")
	b.addr(g.enAddr(true))
	b.text("\n\nIn loving memory of the groom's grandmother, ")
	b.name(g.of(enGivenF) + " " + gs)
	b.text(".\n")
}

func enNewsletter(g *gen, b *builder) {
	school := g.pick("Thurgood Marshall Elementary", "Washington Irving Middle School", "Sally Ride STEM Academy", "Booker T. Washington High")
	b.text(school, " — Family Newsletter\n\nFrom the Principal's Desk\nDear families, welcome back! Please welcome our new ", g.pick("2nd grade", "art", "PE", "ESL"), " teacher, Ms. ")
	b.name(g.of(enGivenF) + " " + g.enSur())
	b.text(", and our counselor Mr. ")
	b.name(g.enSur())
	b.text(".\n\nStudents of the Month: ")
	for i := range g.n(3, 6) {
		if i > 0 {
			b.text(", ")
		}
		b.name(g.enGiven() + " " + g.enSur()[:1] + ".")
	}
	b.text("\n\nPTA Corner: our next meeting is at the ", g.pick("Carnegie Library", "Hamilton Rec Center", "Ramirez Community Hall"), ", ")
	b.addr(g.enAddr(false))
	b.text(". Questions? Contact PTA president ")
	b.name(g.enFull())
	b.text(".\n\nLost & found items will be donated Friday. — Principal ")
	b.name(g.enGiven() + " " + g.enSur())
	b.text("\n")
}

func enParcel(g *gen, b *builder) {
	b.text(g.pick("USPS PRIORITY MAIL", "UPS GROUND", "FEDEX HOME DELIVERY"), "\n", "TRK# 9400 ", g.digits(4), " ", g.digits(4), " ", g.digits(4), "\n\nFROM:\n")
	if g.chance(0.5) {
		b.name(upper(g.enFull()))
	} else {
		b.text(upper(g.of(enFirms)))
	}
	b.text("\n")
	b.addr(upper(g.enAddr(true)))
	b.text("\n\nSHIP TO:\n")
	b.name(upper(g.enGiven() + " " + g.enSur()))
	b.text("\n")
	if g.chance(0.4) {
		b.text("C/O ")
		b.name(upper(g.enGiven() + " " + g.enSur()))
		b.text("\n")
	}
	b.addr(upper(g.enAddr(true)))
	b.text("\n\nWT 2 LB ", g.num(1, 15), " OZ   REF: ", upper(g.pick("hershey", "levis", "stetson", "dyson")), "-", g.digits(5), "\nDelivered — signed by: ")
	b.name(upper(g.enSur()))
	b.text("\n")
}

func enAdjuster(g *gen, b *builder) {
	ins := g.enGiven() + " " + g.enSur()
	b.text("CLAIM NOTES  #", upper(g.pick("HO", "AU")), "-", g.digits(7), "\nInsured: ")
	b.name(ins)
	b.text("   Loss loc: ")
	b.addr(g.enAddr(false))
	b.text("\nDOL: ", g.num(1, 12), "/", g.num(1, 28), "/25   Adjuster: ")
	b.name(g.enFull())
	b.text("\n\n", g.pick("06/03", "06/04", "11/12"), " — Spoke w/ insured's spouse ")
	b.name(g.enGiven())
	b.text(". Water intrusion from roof, ", g.of(enFirms), " did the 2019 reroof. ")
	b.text("Third-party claimant ")
	b.name(g.enGiven() + " " + g.enSur())
	b.text(" (neighbor, ")
	b.addr(g.enAddr(false))
	b.text(") alleges tree fell on fence.\n")
	b.text(g.pick("06/05", "06/09", "11/14"), " — Reinspection. Met contractor ")
	b.name(g.enGiven())
	b.text(" from ", g.of(enFirms), ". Recommend ACV payment. Mortgagee: ", g.pick("Wells Fargo", "Rocket Mortgage", "Charles Schwab Bank"), ".\n")
	if g.chance(0.5) {
		b.text("Note: insured requests check mailed to alt address ")
		b.addr(g.enAddr(false))
		b.text(" (staying w/ daughter ")
		b.name(g.of(enGivenF))
		b.text(").\n")
	}
}

func enBulletin(g *gen, b *builder) {
	b.text(g.pick("St. Anne's", "St. Joseph the Worker", "Holy Family", "First Baptist Church of Mount Vernon"), " — Weekly Bulletin\n\n")
	b.text("Please keep in your prayers: ")
	for i := range g.n(4, 7) {
		if i > 0 {
			b.text(", ")
		}
		if g.chance(0.3) {
			b.name(g.enGiven())
		} else {
			b.name(g.enGiven() + " " + g.enSur())
		}
	}
	b.text(".\n\nUshers this Sunday: ")
	b.name(g.enFull())
	b.text(" and ")
	b.name(g.enFull())
	b.text(". Lector: Deacon ")
	b.name(g.enGiven() + " " + g.enSur())
	b.text(".\n\nThe St. Vincent de Paul food drive runs through the Feast of St. Francis. Drop off at the parish hall, ")
	b.addr(g.enAddr(false))
	b.text(".\n\nPastor: Rev. ")
	b.name(g.enGiven() + " " + g.enSur())
	b.text("\n")
}

func enDating(g *gen, b *builder) {
	me := g.enGiven()
	b.text("about me: hey i'm ")
	b.name(lower(me))
	b.text(", ", g.num(24, 51), ", just moved here from ", g.of(enPlaces), ". ")
	b.text("my friends call me ")
	b.name(g.of(enNick))
	b.text(". i like hiking, ", g.of(enProducts), " and bad reality tv. ")
	b.text("my best friend ")
	b.name(g.enGiven())
	b.text(" made me do this lol.\n")
	b.text("looking for: someone who isn't like my ex ")
	b.name(lower(g.enGiven()))
	b.text(".\n")
	if g.chance(0.45) {
		b.text("old school? send me a postcard lol: ")
		b.addr(g.enAddr(false))
		b.text("\n")
	}
	b.text("dealbreaker: if you call your mom 'Mother' or drive a Lincoln.\n")
}

func enPodcast(g *gen, b *builder) {
	host := g.enGiven() + " " + g.enSur()
	guest := g.enFull()
	b.text("Ep. ", g.num(12, 310), ": ", g.pick("Why Grandma's Recipes Matter", "Rust Belt Stories", "Tax Season Survival", "The Heimlich Maneuver Saved My Life"), "\n\n")
	b.text("This week ")
	b.name(host)
	b.text(" sits down with ")
	b.name(guest)
	b.text(", author of \"", g.pick("Jefferson's Garden", "Dear Mr. Hamilton", "Lincoln Highway Diaries"), "\". They talk about ")
	b.name(g.enGiven())
	b.text("'s childhood in ", g.of(enPlaces), ".\n\nChapters\n00:00 Intro\n04:10 How ")
	b.name(g.enGiven())
	b.text(" met ")
	b.name(g.enGiven())
	b.text("\n31:45 Listener mail from ")
	b.name(g.enGiven())
	b.text(" in ", g.of(enPlaces))
	b.text("\n\nSponsors: ", g.of(enFirms), ", ", g.of(enProducts), ".\nSend letters to: The Show, ")
	b.addr(g.enAddr(false))
	b.text("\nProduced by ")
	b.name(g.enGiven() + " " + g.enSur())
	b.text(". Theme music by ")
	b.name(g.enGiven()[:1] + ". " + g.enSur())
	b.text(".\n")
}

func enGenealogy(g *gen, b *builder) {
	sn := g.enSur()
	b.text("Family notes — ", upper(sn), " line (from Aunt ")
	b.name(g.of(enGivenF))
	b.text("'s binder)\n\n1. ")
	b.name(upper(g.of(enGivenM)) + " " + upper(sn))
	b.text(", b. abt 1871 Co. Cork; d. 1932 ", g.of(enPlaces), ".\n   m. 1896 ")
	b.name(g.of(enGivenF) + " " + g.pick("Ellen", "Agnes", "Mae"))
	b.text(" (née ")
	b.name(g.enSur())
	b.text(")")
	b.text("\n   Children: ")
	for i := range g.n(3, 5) {
		if i > 0 {
			b.text("; ")
		}
		b.name(g.enGiven())
	}
	b.text("\n2. 1910 census: household at ")
	b.addr(g.enAddr(false))
	b.text(". Boarder listed: ")
	b.name(g.enGiven() + " " + g.enSur())
	b.text(", laborer.\n3. Obit clipping mentions son-in-law ")
	b.name(g.enFull())
	b.text(" of ", g.of(enPlaces), ". ?? check with cousin ")
	b.name(lower(g.enGiven()))
	b.text("\n")
}

func enLostFound(g *gen, b *builder) {
	b.text(g.pick("FOUND", "LOST", "FOUND!!"), ": ", g.pick("brown leather wallet", "set of keys w/ Ford fob", "grey tabby cat", "kid's backpack"), " near ", g.of(enPlaces), "\n\n")
	b.text("ID inside says ")
	b.name(upper(g.enSur() + ", " + g.enGiven()))
	b.text(". ")
	if g.chance(0.6) {
		b.text("Address on the license is ")
		b.addr(g.enAddr(false))
		b.text(" but nobody answers. ")
	}
	b.text("Whoever owns it, message me or ask for ")
	b.name(g.enGiven())
	b.text(" at the ", g.pick("Kroger", "Walgreens", "Dunkin'", "Dollar General"), " on ", g.of(enStreetNames), ". ")
	b.text("Can also drop at ")
	b.addr(g.enAddr(false))
	b.text(".\n— ")
	b.name(g.enGiven() + " " + g.enSur()[:1] + ".")
	b.text("\n")
}

func enRoster(g *gen, b *builder) {
	b.text(g.pick("U12 Girls Travel", "Rec League Div B", "Jr Varsity Wrestling"), " roster (pasted from sheet)\n")
	b.text("Plyr\tJersey#\tGuardian (legal)\tMailing addr (for trophies)\tAllergies\n")
	rows := g.n(3, 5)
	for range rows {
		gs := g.enSur()
		if g.chance(0.3) {
			b.name(upper(gs) + ", " + g.enGiven())
		} else {
			b.name(g.enGiven() + " " + gs)
		}
		b.text("\t", g.num(1, 99), "\t")
		b.name(g.enGiven() + " " + g.pick(gs, g.enSur()))
		b.text("\t")
		b.addr(g.enAddr(false))
		b.text("\t", g.pick("none", "peanuts", "bee stings", "n/a", "Ibuprofen"), "\n")
	}
	b.text("Coach: ")
	b.name(g.enGiven() + " " + g.enSur())
	b.text("\tAsst: ")
	b.name(g.of(enNick))
	b.text("\tSponsor: ", g.of(enFirms), "\n")
}

func enLegal(g *gen, b *builder) {
	dec := g.of(enGivenM) + " " + string(g.pick("A", "J", "L", "W")) + ". " + g.enSur()
	b.text("NOTICE TO CREDITORS\nIN THE PROBATE COURT OF ", upper(g.pick("HAMILTON", "JEFFERSON", "WASHINGTON", "LINCOLN")), " COUNTY\n")
	b.text("IN THE MATTER OF THE ESTATE OF ")
	b.name(upper(dec))
	b.text(", DECEASED.\nCase No. ", g.digits(4), "-PR-", g.digits(5), "\n\n")
	b.text("All persons having claims against the above-named decedent, late of ")
	b.addr(g.enAddr(false))
	b.text(", must present them within four months to the Personal Representative, ")
	b.name(g.enFull())
	b.text(", c/o ", g.of(enFirms), ", ")
	b.addr(g.enAddr(false))
	b.text(".\n\nAttorney for Personal Representative: ")
	b.name(g.enGiven() + " " + g.enSur())
	b.text(", Bar No. ", g.digits(6), "\nPublish: ", g.pick("The Hamilton Herald", "Jefferson County Ledger", "St. Louis Post-Dispatch"), "\n")
}

func enTenant(g *gen, b *builder) {
	me := g.enGiven() + " " + g.enSur()
	b.name(me)
	b.text("\n")
	b.addr(g.enAddr(true))
	b.text("\n\n", g.pick("March 3, 2026", "Nov 18, 2025", "July 9, 2026"), "\n\n")
	mgr := g.enSur()
	b.text(g.of(enFirms), "\nAttn: ")
	b.name(g.of(enGivenM) + " " + mgr)
	b.text(", Property Manager\n")
	b.addr(g.enAddr(true))
	b.text("\n\nRe: Repeated noise and mold complaints\n\nDear Mr. ")
	b.name(mgr)
	b.text(",\n\nThis is my ", g.pick("third", "fourth", "fifth"), " written complaint. The tenant above me (")
	b.name(g.enGiven())
	b.text(") continues to run a washer at 2 a.m. Your maintenance tech ")
	b.name(g.enGiven())
	b.text(" inspected the mold on ", g.pick("Monday", "the 4th", "Jan 12"), " and said it was \"cosmetic\". ")
	b.text("I have photos and a statement from ")
	b.name(g.enFull())
	b.text(", who lived here before me.\n\nSincerely,\n")
	b.name(me)
	b.text("\ncc: ", g.pick("Legal Aid Society", "City Code Enforcement", "Tenants Union"), "\n")
}
