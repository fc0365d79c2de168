package unmarked

import "strings"

type enPerson struct{ given, surname, nick string }

var enGiven = []string{
	"Marisol", "DeShawn", "Aaliyah", "Mateo", "Guadalupe", "Priya", "Arjun", "Chukwuemeka", "Ngozi", "Oluwaseun",
	"Fatima", "Omar", "Yusuf", "Dmitri", "Svetlana", "Ji-woo", "Min-jun", "Seo-yeon", "Katarzyna", "Wojciech",
	"Emre", "Ayşe", "Mehmet", "José", "María José", "Siobhán", "Zoë", "Renée", "Björn", "Thanh", "Huong", "Minh",
	"Rosalind", "Everett", "Tamsin", "Caleb", "Brynn", "Harlan", "Juniper", "Desmond", "Imani", "Kwame", "Adaeze",
	"Rahul", "Lakshmi", "Sanjay", "Anh", "Bao", "Linh", "Tuan", "Hyun-woo", "Soo-ah", "Layla", "Khalid", "Noura",
	"Bartosz", "Agnieszka", "Gülşen", "Cem", "Ekaterina", "Alexei", "Natalia", "Ximena", "Joaquín", "Itzel",
	"Ignacio", "Marguerite", "Thaddeus", "Odessa", "Winifred", "Cornelius", "Beatriz", "Raúl", "Nikhil", "Ifeoma",
	"Tobenna", "Yasmin", "Tariq", "Hana", "Declan", "Maeve", "Rory", "Shira", "Avi", "Eitan", "Leilani", "Kai",
	"Robert", "Katherine", "Elizabeth", "Alexander", "Jennifer", "Mohammed", "Francisco", "Theodore", "Margaret",
}

var enNick = map[string]string{
	"Robert": "Bobby", "Katherine": "Kate", "Elizabeth": "Liz", "Alexander": "Sasha", "Jennifer": "Jen",
	"Mohammed": "Mo", "Francisco": "Paco", "Theodore": "Teddy", "Margaret": "Peggy", "Guadalupe": "Lupe",
	"Oluwaseun": "Seun", "Chukwuemeka": "Emeka", "Ekaterina": "Katya", "Dmitri": "Dima", "Alexei": "Lyosha",
	"Katarzyna": "Kasia", "Wojciech": "Wojtek", "Bartosz": "Bartek", "Cornelius": "Neil", "Winifred": "Winnie",
	"Thaddeus": "Tad", "Natalia": "Tasha", "Ignacio": "Nacho", "Rosalind": "Roz", "Nikhil": "Nik",
}

var enSurname = []string{
	"Okafor", "Adeyemi", "Nwosu", "Nguyen", "Tran", "Pham", "Le", "Patel", "Venkataraman", "Chatterjee",
	"Al-Sayed", "Haddad", "Khoury", "Ivanova", "Petrov", "Kuznetsov", "García-López", "Hernández", "Rodríguez",
	"Kim", "Park", "Choi", "Kowalczyk", "Wiśniewski", "Öztürk", "Yılmaz", "Jovanović", "Šimek", "O'Brien",
	"McAllister", "van der Berg", "Washington-Ellis", "Smith-Okonkwo", "DuBois", "LaFontaine", "Delacroix",
	"Goldberg", "Rosenthal", "Lindqvist", "Johansson", "Whitfield", "Abernathy", "Castellanos", "Quiñones",
	"Fitzgerald", "Thibodeaux", "Broussard", "Yazzie", "Begay", "Kapoor", "Iyer", "Reddy", "Mbeki", "Osei",
	"Mensah", "Balogun", "Eze", "Nakamura", "Tanaka", "Hoang", "Vu", "Dang", "Bui", "Mahmoud", "Nasser",
	"Farouk", "Sokolov", "Morozova", "Zielińska", "Nowak", "Demir", "Çelik", "Aydın", "Salazar", "de la Cruz",
	"Villanueva", "Espinoza", "Marchetti", "Romano", "Kowalski", "Hargrove", "Pennington", "Caldwell", "Burke",
	"Stroud", "Oyelaran", "Ramírez Ortega", "Silva Santos", "Haugen", "Björklund", "Szabó", "Novák", "Horvat",
}

var enTitle = []string{"Dr. ", "Mr. ", "Ms. ", "Mrs. ", "Dr ", "Prof. ", "Rev. ", "Coach ", "Officer ", "Mx. "}

func (g *gen) enPerson() enPerson {
	p := enPerson{given: g.of(enGiven), surname: g.of(enSurname)}
	if g.chance(0.12) {
		p.surname = g.of(enSurname) + "-" + g.of(enSurname)
	}
	p.nick = enNick[p.given]
	return p
}

func (p enPerson) full() string { return p.given + " " + p.surname }

// short is what friends call the person: a nickname or the given name.
func (p enPerson) short() string {
	if p.nick != "" {
		return p.nick
	}
	return p.given
}

// enName renders a person the way a document might write them.
func (g *gen) enName(p enPerson) string {
	switch g.r.IntN(10) {
	case 0:
		return p.surname + ", " + p.given
	case 1:
		return initial(p.given) + ". " + p.surname
	case 2:
		return p.given + " " + string(rune('A'+g.r.IntN(26))) + ". " + p.surname
	case 3:
		return strings.ToUpper(p.full())
	case 4:
		if p.nick != "" {
			return p.nick + " " + p.surname
		}
	}
	return p.full()
}

var enStreets = []string{
	"Maple Hollow", "Oak Knoll", "Juniper", "Cedar Ridge", "Martin Luther King Jr", "Chestnut", "Old Mill",
	"Sycamore", "Kettle Creek", "Harbor View", "Pinecrest", "Quail Run", "Magnolia", "Willow Bend", "Prospect",
	"Lexington", "Garfield", "Cherokee", "El Camino Real", "Paseo del Sol", "Peachtree Industrial", "Bayshore",
	"5th", "23rd", "W 14th", "N Lamar", "Foxglove", "Tamarack", "Saddleback", "Hidden Lake", "Cumberland",
	"Briar Patch", "Mockingbird", "Rio Grande", "Bluebonnet", "Lighthouse", "Orchard Crest", "S Halsted",
	"E Colfax", "Ridgewood", "Wabash", "Greenbriar", "Polk", "Jefferson Davis", "Sunset Cliffs", "Aloha",
}

var enSuffix = []string{"St", "Street", "Ave", "Avenue", "Blvd", "Dr", "Drive", "Ln", "Lane", "Rd", "Road", "Ct",
	"Pl", "Ter", "Way", "Pkwy", "Cir", "Trl", "Hwy", "Sq", "Loop", "Pike", "Xing", "Row", "Run", "Cv", "Pt"}

var enUnits = []string{"Apt 4B", "Apt. 12", "Unit 7", "Ste 300", "Suite 1200", "#5", "Bldg C", "Fl 2", "Rm 114",
	"Lot 22", "Trlr 9", "Apt 3R", "Unit 1402", "# 210", "Ste. B", "Spc 41", "Apt 2F", "PH 3"}

var enCities = []struct{ city, st, zip string }{
	{"Dayton", "OH", "454"}, {"Sacramento", "CA", "958"}, {"Lubbock", "TX", "794"}, {"Dearborn", "MI", "481"},
	{"Hialeah", "FL", "330"}, {"Flushing", "NY", "113"}, {"Fremont", "CA", "945"}, {"Minneapolis", "MN", "554"},
	{"Houston", "TX", "770"}, {"Edison", "NJ", "088"}, {"Boise", "ID", "837"}, {"Tacoma", "WA", "984"},
	{"Brockton", "MA", "023"}, {"Silver Spring", "MD", "209"}, {"Garden Grove", "CA", "928"}, {"Lowell", "MA", "018"},
	{"Hamtramck", "MI", "482"}, {"Atlanta", "GA", "303"}, {"Paterson", "NJ", "075"}, {"Columbus", "OH", "432"},
	{"Anchorage", "AK", "995"}, {"Honolulu", "HI", "968"}, {"Omaha", "NE", "681"}, {"Tulsa", "OK", "741"},
	{"Burlington", "VT", "054"}, {"Sioux Falls", "SD", "571"}, {"St. Paul", "MN", "551"}, {"Fort Wayne", "IN", "468"},
	{"El Paso", "TX", "799"}, {"Las Cruces", "NM", "880"}, {"Provo", "UT", "846"}, {"Savannah", "GA", "314"},
}

func (g *gen) enStreet() string {
	s := g.digits(g.n(1, 5)) + " "
	if g.chance(0.15) {
		s += g.pick("N ", "S ", "E ", "W ", "NE ", "SW ")
	}
	return s + g.of(enStreets) + " " + g.of(enSuffix)
}

// enAddr returns an address; multi-line when ml.
func (g *gen) enAddr(ml bool) string {
	st := g.enStreet()
	unit := ""
	if g.chance(0.45) {
		unit = g.of(enUnits)
	}
	c := enCities[g.r.IntN(len(enCities))]
	zip := c.zip + g.digits(2)
	if g.chance(0.2) {
		zip += "-" + g.digits(4)
	}
	city := c.city + ", " + c.st + " " + zip
	if g.chance(0.2) {
		city = c.city + " " + c.st + " " + zip
	}
	var s string
	switch {
	case ml && unit != "" && g.chance(0.5):
		s = st + "\n" + unit + "\n" + city
	case ml && unit != "":
		s = st + " " + unit + "\n" + city
	case ml:
		s = st + "\n" + city
	case unit != "":
		s = st + g.pick(", ", " ") + unit + ", " + city
	default:
		s = st + ", " + city
	}
	if g.chance(0.12) {
		s = strings.ToUpper(s)
	}
	return s
}

var enNeg = []string{
	"Lincoln Center", "Ford Focus", "Wells Fargo", "Trader Joe's", "Goldman Sachs", "Tim Hortons", "Carnegie Hall",
	"Washington Square Park", "Eggs Benedict", "Caesar salad", "Earl Grey", "Murphy's Law", "Parkinson's disease",
	"Alzheimer's", "Victoria's Secret", "Rose Bowl", "Walt Disney World", "Dr Pepper", "Ben & Jerry's",
	"McDonald's", "Wendy's", "Hilton Garden Inn", "Marriott", "Tesla Model Y", "Lincoln Navigator", "Jack Russell",
	"Salisbury steak", "the Hoover Dam", "Kellogg's", "Johnson & Johnson", "Madison Square Garden",
}

var enMonth = []string{"January", "March", "April", "May", "June", "July", "August", "October", "December"}
var enDay = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}

var enKinds = []kind{
	{"podcast-transcript", enPodcast}, {"referral-letter", enReferral}, {"signup-sheet", enSignup},
	{"genealogy-notes", enGenealogy}, {"git-log", enGitLog}, {"support-ticket", enTicket}, {"discord-chat", enDiscord},
	{"conference-programme", enProgramme}, {"bill-of-lading", enLading}, {"school-newsletter", enNewsletter},
	{"volunteer-rota", enRota}, {"ticket-confirmation", enTicketConf}, {"property-tax-notice", enTaxNotice},
	{"moving-quote", enMoving}, {"text-messages", enSMS},
}

func enPodcast(g *gen, b *builder) {
	host, guest := g.enPerson(), g.enPerson()
	b.text("EPISODE ", g.digits(3), " — transcript (auto-generated, lightly edited)\n\n")
	b.name(strings.ToUpper(host.full()))
	b.text(": Welcome back. My guest today is ")
	b.name(guest.full())
	b.text(", who ran the food bank out of ", g.of(enNeg), " parking lot for a decade.\n\n")
	for range g.n(1, 3) {
		if g.chance(0.5) {
			b.name(strings.ToUpper(guest.full()))
		} else {
			b.name(guest.short())
		}
		b.text(": ")
		switch g.r.IntN(3) {
		case 0:
			b.text("Honestly it was ")
			b.name(g.enPerson().short())
			b.text(" who pushed me. She'd call every ", g.of(enDay), " and say, you know, just show up.\n\n")
		case 1:
			b.text("We started in ", g.of(enMonth), ", in a garage on ", g.of(enStreets), " — my uncle ")
			b.name(g.enName(g.enPerson()))
			b.text(" lent us a ", g.pick("Ford Focus", "Lincoln Navigator", "Tesla Model Y"), ".\n\n")
		default:
			b.text("[laughs] Mark that, ")
			b.name(host.short())
			b.text(". Nobody believes the ", g.of(enNeg), " story.\n\n")
		}
		b.name(host.short())
		b.text(g.pick(": Mm-hm.\n\n", ": Right, right.\n\n", ": Wait, really?\n\n"))
	}
	if g.chance(0.5) {
		b.text("Listener mail goes to ")
		b.addr(g.enAddr(false))
		b.text(".\n")
	}
}

func enReferral(g *gen, b *builder) {
	doc, pt, to := g.enPerson(), g.enPerson(), g.enPerson()
	b.text("Riverside Family Medicine\n")
	b.addr(g.enAddr(true))
	b.text("\n\n", g.of(enMonth), " ", itoa(g.n(1, 28)), ", 2025\n\n", g.pick("Dr. ", "Dr "))
	b.name(to.full())
	b.text(", ", g.pick("MD", "DO", "FACC"), "\nDepartment of Neurology\n\nRE: ")
	b.name(strings.ToUpper(pt.surname) + ", " + strings.ToUpper(pt.given))
	b.text("   DOB ", pad2(g.n(1, 12)), "/", pad2(g.n(1, 28)), "/19", g.digits(2), "\nPatient address: ")
	b.addr(g.enAddr(false))
	b.text("\n\nDear Dr. ")
	b.name(to.surname)
	b.text(",\n\nI am referring ")
	if g.chance(0.5) {
		b.name(pt.given + " " + pt.surname)
	} else {
		b.text(g.pick("Mr. ", "Ms. "))
		b.name(pt.surname)
	}
	b.text(", seen in clinic on ", g.of(enDay), ", for evaluation of suspected ", g.pick("Parkinson's disease", "early-onset Alzheimer's", "migraine with aura"), ". ")
	if g.chance(0.6) {
		b.text("Her daughter, ")
		b.name(g.enPerson().full())
		b.text(", will accompany her and can be reached at (", g.digits(3), ") ", g.digits(3), "-", g.digits(4), ". ")
	}
	b.text("Please send your notes to our Care Coordinator.\n\nSincerely,\n\n")
	b.name(doc.full())
	b.text(", MD\n")
}

func enSignup(g *gen, b *builder) {
	b.text(g.pick("Troop 412 Spring Camporee — sign-up sheet\n", "U10 Girls Soccer — Fall roster\n", "Little League Tryouts sign-up\n"))
	b.text("Scout/Player | Parent/Guardian | Address | Allergies\n")
	for range g.n(2, 4) {
		kid, par := g.enPerson(), g.enPerson()
		par.surname = kid.surname
		if g.chance(0.4) {
			b.name(strings.ToUpper(kid.surname) + ", " + strings.ToUpper(kid.given))
		} else {
			b.name(kid.short() + " " + kid.surname)
		}
		b.text(" | ")
		b.name(g.enName(par))
		b.text(" | ")
		if g.chance(0.7) {
			b.addr(g.enAddr(false))
		} else {
			b.text("same as above")
		}
		b.text(" | ", g.pick("none", "peanuts", "bee stings", "n/a", "lactose"), "\n")
	}
	b.text("Scoutmaster: ")
	b.name(g.enName(g.enPerson()))
	b.text(" — Treasurer collects $", g.digits(2), " by ", g.of(enDay), ".\n")
}

func enGenealogy(g *gen, b *builder) {
	a, w := g.enPerson(), g.enPerson()
	b.text("Family notes — ", a.surname, " line\n\n- ")
	b.name(a.given + " " + a.surname)
	b.text(" (b. 18", g.digits(2), ", d. 19", g.digits(2), ") m. ")
	b.name(w.given)
	b.text(" (née ")
	b.name(w.surname)
	b.text(") in ", g.of(enMonth), " 19", g.digits(2), ".\n- Children: ")
	for i := range g.n(2, 4) {
		if i > 0 {
			b.text(", ")
		}
		b.name(g.of(enGiven))
	}
	b.text(".\n- 1930 census lists household at ")
	b.addr(g.enAddr(false))
	b.text(".\n- Aunt ")
	b.name(g.enPerson().short())
	b.text(" says they ran a diner famous for its ", g.pick("Salisbury steak", "Eggs Benedict", "Caesar salad"), ". Check with cousin ")
	b.name(strings.ToLower(g.enPerson().given))
	b.text("?\n")
}

func enGitLog(g *gen, b *builder) {
	for range g.n(1, 3) {
		p := g.enPerson()
		b.text("commit ", g.digits(10), g.digits(10), "\nAuthor: ")
		b.name(p.full())
		b.text(" <", strings.ToLower(initial(p.given)), g.digits(3), "@users.noreply.example>\nDate:   ", g.of(enDay)[:3], " ", g.of(enMonth)[:3], " ", itoa(g.n(1, 28)), " 1", g.digits(1), ":", pad2(g.n(0, 59)), " 2025\n\n    ")
		b.text(g.pick("Fix off-by-one in pager", "Bump deps", "Handle empty Cart", "Rename Builder to Writer"), "\n")
		if g.chance(0.5) {
			b.text("\n    Co-authored-by: ")
			b.name(g.enPerson().full())
			b.text(" <dev", g.digits(2), "@example.org>\n")
		}
		if g.chance(0.4) {
			b.text("    Reviewed-by: ")
			b.name(g.enName(g.enPerson()))
			b.text("\n")
		}
		b.text("\n")
	}
}

func enTicket(g *gen, b *builder) {
	c, a := g.enPerson(), g.enPerson()
	b.text("Ticket #", g.digits(6), " — Status: Open — Priority: Normal\n\n[Customer] ")
	b.name(c.full())
	b.text(" wrote:\nHi, my order never arrived. It was supposed to go to\n")
	b.addr(g.enAddr(true))
	b.text("\nbut tracking says delivered to ", g.pick("a Wells Fargo branch", "the Trader Joe's", "Lincoln Center"), "??\n\n[Agent] ")
	b.name(a.given)
	b.text(" replied:\nHi ")
	b.name(c.given)
	b.text(", sorry about that! Can you confirm the address? I've escalated to my supervisor, ")
	b.name(g.enName(g.enPerson()))
	b.text(".\n\n[Customer] ")
	b.name(c.full())
	b.text(g.pick(" wrote:\nyes thats right. Will be home Friday.\n", " wrote:\nCorrect. Grace period for returns still applies right?\n"))
}

func enDiscord(g *gen, b *builder) {
	us := []enPerson{g.enPerson(), g.enPerson(), g.enPerson()}
	handles := []string{"xX_" + g.digits(2) + "_Xx", "moss" + g.digits(3), "nightowl", "pixel_goblin", "breadbox"}
	for range g.n(3, 5) {
		i := g.r.IntN(3)
		b.text(handles[i], " — Today at ", itoa(g.n(1, 12)), ":", pad2(g.n(0, 59)), " PM\n")
		o := us[(i+1)%3]
		switch g.r.IntN(5) {
		case 0:
			b.text("@")
			b.name(strings.ToLower(o.short()))
			b.text(" you still coming saturday?\n")
		case 1:
			b.text("lol ")
			b.name(strings.ToLower(o.given))
			b.text(" said the same thing about the Rose Bowl\n")
		case 2:
			b.text("ship it to ")
			b.addr(g.enAddr(false))
			b.text(" thats my cousin ")
			b.name(strings.ToLower(g.enPerson().given))
			b.text("'s place\n")
		case 3:
			b.text("anyone watching the ", g.of(enNeg), " thing tonight\n")
		default:
			b.text("tell ")
			b.name(o.short())
			b.text(" (the other one, not ")
			b.name(g.enPerson().short())
			b.text(") to dm me\n")
		}
	}
}

func enProgramme(g *gen, b *builder) {
	b.text("Regional Librarians' Conference — Programme, ", g.of(enDay), "\nVenue: Lincoln Center Annex, ")
	b.addr(g.enAddr(false))
	b.text("\n\n")
	for range g.n(2, 4) {
		b.text(pad2(g.n(8, 17)), ":", g.pick("00", "30"), "  ")
		b.text(g.pick("Keynote: ", "Panel: ", "Workshop: "), g.pick("Reading \"Harry Potter and the Goblet of Fire\" at 40", "Cataloguing Earl Grey ephemera", "After Murphy's Law: disaster plans"), " — ")
		b.name(g.enName(g.enPerson()))
		if g.chance(0.5) {
			b.text(" (", g.pick("moderator", "Univ. of Tulsa", "Carnegie Hall archive"), ") with ")
			b.name(g.enName(g.enPerson()))
		}
		b.text("\n")
	}
}

func enLading(g *gen, b *builder) {
	s, c := g.enPerson(), g.enPerson()
	b.text("STRAIGHT BILL OF LADING — NOT NEGOTIABLE   BOL# ", g.digits(9), "\nSHIPPER: Harbor Freight Lines c/o ")
	b.name(strings.ToUpper(s.full()))
	b.text("\n")
	b.addr(strings.ToUpper(g.enAddr(true)))
	b.text("\nCONSIGNEE:\n")
	b.name(strings.ToUpper(c.full()))
	b.text("\n")
	b.addr(strings.ToUpper(g.enAddr(true)))
	b.text("\nPCS ", g.digits(2), "  WT ", g.digits(4), " LBS  DESC: furniture, ", g.pick("Ford Focus parts", "Dell monitors", "Kellogg's pallets"), "\nDRIVER SIG: ")
	b.name(initial(g.enPerson().given) + ". " + g.enPerson().surname)
	b.text("\n")
}

func enNewsletter(g *gen, b *builder) {
	b.text("The Bluebonnet Elementary Bugle — ", g.of(enMonth), " edition\n\n")
	b.text("A huge thank-you to ")
	b.name(g.enName(g.enPerson()))
	b.text(" and ")
	b.name(g.enPerson().full())
	b.text(" for running the book fair (bestseller: \"Diary of a Wimpy Kid\"). Congratulations to ")
	k := g.enPerson()
	b.name(k.short())
	b.text(" in Ms. ")
	b.name(g.of(enSurname))
	b.text("'s class for winning the spelling bee!\n\nPrincipal ")
	b.name(g.enPerson().surname)
	b.text(" reminds families that Monday is a teacher work day. Lost-and-found items go to the front office; donations can be dropped at ")
	b.addr(g.enAddr(false))
	b.text(".\n")
}

func enRota(g *gen, b *builder) {
	b.text("Volunteer rota — soup kitchen\n")
	for _, d := range enDay[:g.n(3, 5)] {
		b.text(d, ": ")
		b.name(g.enName(g.enPerson()))
		if g.chance(0.5) {
			b.text(" + ")
			b.name(g.enPerson().short())
		}
		b.text("\n")
	}
	b.text("Swaps: text the Coordinator. Key is at the ", g.pick("Tim Hortons", "McDonald's", "Wendy's"), " next door.\n")
}

func enTicketConf(g *gen, b *builder) {
	p := g.enPerson()
	b.text("Your tickets are confirmed!\n\nHi ")
	b.name(p.given)
	b.text(",\n\nOrder ", g.digits(8), " — ", g.pick("Madison Square Garden", "Carnegie Hall", "Rose Bowl", "Lincoln Center"), ", ", g.of(enDay), " ", g.of(enMonth), " ", itoa(g.n(1, 28)), "\nName on tickets: ")
	b.name(strings.ToUpper(p.given + " " + p.surname))
	b.text("\nBilling address:\n")
	b.addr(g.enAddr(true))
	if g.chance(0.4) {
		b.text("\nGuest: ")
		b.name(g.enName(g.enPerson()))
	}
	b.text("\n\nWill Call opens 90 minutes before doors.\n")
}

func enTaxNotice(g *gen, b *builder) {
	o := g.enPerson()
	b.text("COUNTY TREASURER — ", g.digits(4), " PROPERTY TAX STATEMENT\nParcel ", g.digits(3), "-", g.digits(3), "-", g.digits(3), "\n\n")
	b.name(strings.ToUpper(o.surname + " " + o.given))
	if g.chance(0.4) {
		b.text(" & ")
		b.name(strings.ToUpper(g.enPerson().full()))
	}
	b.text("\n")
	b.addr(strings.ToUpper(g.enAddr(true)))
	b.text("\n\nSitus: ")
	b.addr(g.enAddr(false))
	b.text("\nFirst half due ", g.of(enMonth), " 20. Pay online or at any Wells Fargo branch.\n")
}

func enMoving(g *gen, b *builder) {
	c, e := g.enPerson(), g.enPerson()
	b.text("Two Brothers Moving — Estimate\n\nCustomer: ")
	b.name(g.enName(c))
	b.text("\nOrigin: ")
	b.addr(g.enAddr(false))
	b.text("\nDestination: ")
	b.addr(g.enAddr(false))
	b.text("\nItems: ", g.pick("piano, 3BR", "2BR + garage", "studio"), ", ", g.pick("a Jack Russell crate", "Ford Focus tow", "Peloton"), "\nEstimator: ")
	b.name(e.full())
	b.text("\nCrew lead on ", g.of(enDay), ": ")
	b.name(g.enPerson().short())
	b.text("\n")
}

func enSMS(g *gen, b *builder) {
	o := g.enPerson()
	for range g.n(3, 6) {
		b.text(g.pick("Me: ", "Them: "))
		switch g.r.IntN(5) {
		case 0:
			b.text("hey is this ")
			b.name(strings.ToLower(o.short()))
			b.text("?\n")
		case 1:
			b.text("pick me up at ")
			b.addr(g.enAddr(false))
			b.text(" pls\n")
		case 2:
			b.text("tell ")
			b.name(strings.ToLower(g.enPerson().given))
			b.text(" i said hi. also grab Dr Pepper\n")
		case 3:
			b.text("k. ")
			b.name(o.short())
			b.text(", will you be at Trader Joe's?\n")
		default:
			b.text(g.pick("omw\n", "ok\n", "running late sorry\n", "👍\n", "call me when ur free\n"))
		}
	}
}

func initial(s string) string {
	for _, r := range s {
		return string(r)
	}
	return ""
}
