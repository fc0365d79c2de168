package unexplored

import (
	"fmt"
	"strings"
)

var enKinds = []kind{
	{"architectural-review-request", enArchReview},
	{"book-club-host-schedule", enBookClub},
	{"estate-planning-intake-yaml", enEstateYAML},
	{"potluck-signup-tsv", enPotluckTSV},
	{"rent-increase-notice", enRentNotice},
	{"warehouse-pick-list-json", enPickListJSON},
	{"snow-plow-request-log", enPlowLog},
	{"soccer-team-groupme", enSoccerChat},
	{"title-search-abstract", enTitleAbstract},
	{"passport-renewal-xml", enPassportXML},
	{"neg_ballpark-concessions", enNegConcessions},
	{"neg_campus-building-guide", enNegCampus},
}

var enFemale = []string{
	"Emily", "Olivia", "Sophia", "Ashley", "Jessica", "Megan", "Brittany", "Lauren", "Rachel", "Hannah",
	"Madison", "Kayla", "Tamika", "Latoya", "Keisha", "Aaliyah", "Imani", "Ebony", "Maria", "Guadalupe",
	"Ximena", "Lucia", "Carmen", "Rosa", "Yesenia", "Marisol", "Mei", "Lin", "Priya", "Ananya",
	"Deepa", "Sunita", "Fatima", "Aisha", "Leila", "Noor", "Yuki", "Haruka", "Ji-woo", "Min-seo",
	"Thu", "Linh", "Ngoc", "Siobhan", "Colleen", "Bridget", "Katarzyna", "Agnieszka", "Esther", "Miriam",
	"Rivka", "Chiara", "Francesca", "Dolores", "Beverly", "Darlene", "Gail", "Tammy", "Brenda", "Shirley",
	"Joan", "Kimberly", "Stephanie", "Nicole", "Heather", "Amber", "Crystal", "Destiny", "Jasmine", "Naomi",
	"Abigail", "Ruth", "Grace", "Chloe", "Zoe", "Avery", "Harper", "Kateri", "Winona", "April",
	"Summer", "Hope", "Mary-Kate", "Anne Marie", "Dana", "Renée", "Zsófia", "Oluwaseun", "Adaeze", "Shanice",
}

var enMale = []string{
	"James", "John", "Robert", "Michael", "William", "David", "Richard", "Joseph", "Thomas", "Christopher",
	"Daniel", "Matthew", "Anthony", "Mark", "Steven", "Kevin", "Brian", "Tyrone", "DeShawn", "Jamal",
	"Darnell", "Malik", "Terrence", "Andre", "Marcus", "José", "Luis", "Carlos", "Miguel", "Alejandro",
	"Juan", "Jesús", "Rafael", "Diego", "Wei", "Jian", "Hiroshi", "Kenji", "Min-jun", "Sung-ho",
	"Duc", "Minh", "Tuan", "Raj", "Arjun", "Vikram", "Sanjay", "Omar", "Ahmed", "Khalid",
	"Yusuf", "Tariq", "Liam", "Noah", "Ethan", "Mason", "Logan", "Caleb", "Wyatt", "Hunter",
	"Cody", "Dustin", "Brett", "Seamus", "Declan", "Patrick", "Kieran", "Stanislaw", "Tomasz", "Giuseppe",
	"Vincenzo", "Salvatore", "Avi", "Moshe", "Eli", "Dmitri", "Sergei", "Olusegun", "Chinedu", "Kwame",
	"Kofi", "Dakota", "Chase", "Dale", "Harold", "Walter", "Stan", "Tomás", "Jean-Luc", "Bao",
}

var enSurnames = []string{
	"Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
	"Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin",
	"Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson",
	"Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores",
	"Green", "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell", "Carter", "Roberts",
	"Okafor", "Adeyemi", "Mensah", "Washington", "Banks", "Freeman", "Dubois", "Kowalski", "Nowak", "Wisniewski",
	"Schmidt", "Mueller", "Johansson", "Lindqvist", "Olsen", "Larsen", "O'Brien", "O'Connor", "McAllister", "MacDonald",
	"Fitzgerald", "Gallagher", "Russo", "Esposito", "Romano", "DeLuca", "D'Angelo", "Cohen", "Goldberg", "Levy",
	"Friedman", "Patel", "Shah", "Gupta", "Reddy", "Iyer", "Natarajan", "Khan", "Haddad", "Nasser",
	"Kim", "Park", "Choi", "Tanaka", "Yamamoto", "Sato", "Chen", "Wang", "Liu", "Huang",
	"Tran", "Pham", "Le", "Vo", "Santos", "Oliveira", "Castillo", "Vargas", "Mendoza", "Guerrero",
	"Delgado", "Begay", "Yazzie", "Tsosie", "Kealoha", "Nakamura", "Petrov", "Ivanova", "Popescu", "Horvath",
	"Novak", "Van Dyke", "De La Cruz", "St. Clair", "Garcia-Lopez", "Martinez-Reyes", "Chen-Williams", "Whitfield", "Pruitt", "Hsu",
	"Whitaker", "Bell", "Reed", "Stein", "Halvorsen", "Ruiz", "Ortega", "Jimenez", "Abernathy", "Oyelaran",
}

type enP struct {
	given, mid, sur string
	fem             bool
}

func enPerson(g *gen) enP { return enPersonSex(g, g.chance(0.5)) }

func enPersonSex(g *gen, fem bool) enP {
	p := enP{sur: g.of(enSurnames), mid: string(rune('A' + g.n(26))), fem: fem}
	if fem {
		p.given = g.of(enFemale)
	} else {
		p.given = g.of(enMale)
	}
	return p
}

// enFamily returns a person sharing sur's surname.
func enFamily(g *gen, sur string) enP {
	p := enPerson(g)
	p.sur = sur
	return p
}

func (p enP) full() string     { return p.given + " " + p.sur }
func (p enP) withMid() string  { return p.given + " " + p.mid + ". " + p.sur }
func (p enP) initial() string  { return p.given[:1] + ". " + p.sur }
func (p enP) inverted() string { return p.sur + ", " + p.given }

func (p enP) title(g *gen) string {
	if p.fem {
		return g.pick("Ms.", "Mrs.", "Ms.", "Dr.")
	}
	return g.pick("Mr.", "Mr.", "Dr.")
}

// any returns one of the written forms of a full name.
func (p enP) any(g *gen) string {
	switch g.n(6) {
	case 0:
		return p.withMid()
	case 1:
		return p.initial()
	default:
		return p.full()
	}
}

// titled writes "Mr. Surname" with only the surname labelled.
func (b *builder) enTitled(g *gen, p enP) {
	b.text(p.title(g), " ")
	b.name(p.sur)
}

type enCity struct{ city, st, zip, state string }

var enCities = []enCity{
	{"Springfield", "IL", "62704", "Illinois"}, {"Columbus", "OH", "43215", "Ohio"}, {"Austin", "TX", "78704", "Texas"},
	{"Portland", "OR", "97214", "Oregon"}, {"Tucson", "AZ", "85719", "Arizona"}, {"Raleigh", "NC", "27607", "North Carolina"},
	{"Madison", "WI", "53703", "Wisconsin"}, {"Boise", "ID", "83702", "Idaho"}, {"Albuquerque", "NM", "87106", "New Mexico"},
	{"Sacramento", "CA", "95818", "California"}, {"Fresno", "CA", "93721", "California"}, {"Denver", "CO", "80206", "Colorado"},
	{"Omaha", "NE", "68105", "Nebraska"}, {"Tulsa", "OK", "74104", "Oklahoma"}, {"Louisville", "KY", "40204", "Kentucky"},
	{"Richmond", "VA", "23220", "Virginia"}, {"Savannah", "GA", "31401", "Georgia"}, {"Charleston", "SC", "29401", "South Carolina"},
	{"Spokane", "WA", "99201", "Washington"}, {"Des Moines", "IA", "50309", "Iowa"}, {"Lansing", "MI", "48912", "Michigan"},
	{"Ann Arbor", "MI", "48104", "Michigan"}, {"Dayton", "OH", "45402", "Ohio"}, {"Syracuse", "NY", "13210", "New York"},
	{"Buffalo", "NY", "14213", "New York"}, {"Worcester", "MA", "01609", "Massachusetts"}, {"Providence", "RI", "02906", "Rhode Island"},
	{"Hartford", "CT", "06106", "Connecticut"}, {"Burlington", "VT", "05401", "Vermont"}, {"Portland", "ME", "04101", "Maine"},
	{"Manchester", "NH", "03101", "New Hampshire"}, {"Trenton", "NJ", "08608", "New Jersey"}, {"Allentown", "PA", "18102", "Pennsylvania"},
	{"Pittsburgh", "PA", "15213", "Pennsylvania"}, {"Baltimore", "MD", "21218", "Maryland"}, {"Wilmington", "DE", "19801", "Delaware"},
	{"Knoxville", "TN", "37916", "Tennessee"}, {"Chattanooga", "TN", "37403", "Tennessee"}, {"Birmingham", "AL", "35205", "Alabama"},
	{"Jackson", "MS", "39202", "Mississippi"}, {"Baton Rouge", "LA", "70802", "Louisiana"}, {"Little Rock", "AR", "72201", "Arkansas"},
	{"Wichita", "KS", "67202", "Kansas"}, {"Lincoln", "NE", "68508", "Nebraska"}, {"Fargo", "ND", "58102", "North Dakota"},
	{"Sioux Falls", "SD", "57104", "South Dakota"}, {"Billings", "MT", "59101", "Montana"}, {"Cheyenne", "WY", "82001", "Wyoming"},
	{"Salt Lake City", "UT", "84102", "Utah"}, {"Reno", "NV", "89501", "Nevada"}, {"Eugene", "OR", "97401", "Oregon"},
	{"Tacoma", "WA", "98403", "Washington"}, {"Anchorage", "AK", "99501", "Alaska"}, {"Honolulu", "HI", "96813", "Hawaii"},
	{"Orlando", "FL", "32803", "Florida"}, {"Tampa", "FL", "33606", "Florida"}, {"Gainesville", "FL", "32601", "Florida"},
	{"El Paso", "TX", "79902", "Texas"}, {"San Antonio", "TX", "78210", "Texas"}, {"Lubbock", "TX", "79401", "Texas"},
	{"Brooklyn", "NY", "11215", "New York"}, {"Flushing", "NY", "11354", "New York"}, {"Oakland", "CA", "94610", "California"},
	{"San Jose", "CA", "95126", "California"}, {"Pasadena", "CA", "91101", "California"}, {"Chula Vista", "CA", "91910", "California"},
	{"Santa Fe", "NM", "87501", "New Mexico"}, {"Flagstaff", "AZ", "86001", "Arizona"}, {"Mesa", "AZ", "85201", "Arizona"},
	{"Duluth", "MN", "55802", "Minnesota"}, {"St. Paul", "MN", "55102", "Minnesota"}, {"Milwaukee", "WI", "53202", "Wisconsin"},
	{"Evanston", "IL", "60201", "Illinois"}, {"Naperville", "IL", "60540", "Illinois"}, {"Fort Wayne", "IN", "46802", "Indiana"},
	{"Bloomington", "IN", "47401", "Indiana"}, {"Lexington", "KY", "40508", "Kentucky"}, {"Asheville", "NC", "28801", "North Carolina"},
	{"Durham", "NC", "27701", "North Carolina"}, {"Roanoke", "VA", "24011", "Virginia"}, {"Athens", "GA", "30601", "Georgia"},
	{"Mobile", "AL", "36602", "Alabama"}, {"Shreveport", "LA", "71101", "Louisiana"}, {"Peoria", "IL", "61602", "Illinois"},
	{"Cedar Rapids", "IA", "52401", "Iowa"}, {"Rochester", "MN", "55901", "Minnesota"}, {"Grand Rapids", "MI", "49503", "Michigan"},
	{"Toledo", "OH", "43604", "Ohio"}, {"Akron", "OH", "44308", "Ohio"}, {"Erie", "PA", "16501", "Pennsylvania"},
	{"Scranton", "PA", "18503", "Pennsylvania"}, {"Round Rock", "TX", "78664", "Texas"}, {"Ely", "MN", "55731", "Minnesota"},
}

var enStreetNames = []string{
	"Maple", "Oak", "Cedar", "Elm", "Pine", "Washington", "Lincoln", "Jefferson", "Lakeview", "Hillcrest",
	"Sunset", "Ridgewood", "Magnolia", "Willow", "Park", "Highland", "Meadow", "Chestnut", "Sycamore", "Birch",
	"Dogwood", "Juniper", "Cypress", "Orchard", "Mill", "Church", "Spring", "Union", "Bayview", "Prospect",
	"Franklin", "Grant", "Adams", "Garfield", "Harrison", "Kensington", "Fairview", "Laurel", "Brookside", "Quail Run",
	"Cobblestone", "Heritage", "Windsor", "Canyon", "Mesa Verde", "Alameda", "Camino Real", "Old Mill", "Martin Luther King Jr", "Cesar Chavez",
	"Peachtree", "Bluebonnet", "Aspen", "Tamarack", "Riverside", "Sherman", "Monroe", "Clinton", "Pleasant", "Locust",
	"Walnut", "Hickory", "Poplar", "Summit", "Valley", "Forest", "College", "University", "Market", "Front",
	"Water", "Bridge", "Depot", "Railroad", "Liberty", "Independence", "Commerce", "Industrial", "Harbor", "Shoreline",
}

var enSuffixes = []string{
	"St", "Street", "Ave", "Avenue", "Rd", "Road", "Blvd", "Dr", "Drive", "Ln", "Lane", "Ct", "Court",
	"Pl", "Way", "Ter", "Terrace", "Cir", "Pkwy", "Trl", "Loop", "Pike",
}

type enA struct {
	line1, city, st, zip, state string
}

func enAddress(g *gen) enA {
	c := enCities[g.n(len(enCities))]
	a := enA{city: c.city, st: c.st, zip: c.zip, state: c.state}
	num := fmt.Sprint(g.between(1, 9899))
	if g.chance(0.3) {
		num = fmt.Sprint(g.between(10, 99))
	}
	street := g.of(enStreetNames) + " " + g.of(enSuffixes)
	switch g.n(10) {
	case 0:
		street = g.pick("N ", "S ", "E ", "W ", "NE ", "SW ") + street
	case 1:
		street = fmt.Sprintf("%s %s", g.pick("County Road", "State Route", "Highway", "Farm Road"), fmt.Sprint(g.between(2, 480)))
	case 2:
		street = ordinal(g.between(2, 99)) + " " + g.pick("St", "Ave", "Street", "Avenue")
	}
	a.line1 = num + " " + street
	switch g.n(8) {
	case 0:
		a.line1 += g.pick(", Apt ", " Apt ", ", Unit ", " #") + fmt.Sprint(g.between(1, 40)) + g.pick("", "A", "B", "C")
	case 1:
		a.line1 += g.pick(", Suite ", " Ste ") + fmt.Sprint(g.between(100, 950))
	}
	if g.chance(0.1) {
		a.zip += "-" + g.digits(4)
	}
	return a
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
	return fmt.Sprint(n) + suf
}

// neighbor returns a street line on the same street as a, with another number.
func (a enA) neighbor(g *gen) string {
	i := strings.IndexByte(a.line1, ' ')
	rest := a.line1[i+1:]
	if j := strings.IndexAny(rest, ",#"); j > 0 {
		rest = strings.TrimSpace(rest[:j])
	}
	if j := strings.Index(rest, " Apt"); j > 0 {
		rest = rest[:j]
	}
	if j := strings.Index(rest, " Ste"); j > 0 {
		rest = rest[:j]
	}
	return fmt.Sprintf("%d %s", g.between(1, 4999), rest)
}

func (a enA) cityLine(g *gen) string {
	switch g.n(8) {
	case 0:
		return a.city + " " + a.st + " " + a.zip
	case 1:
		return a.city + ", " + a.state + " " + a.zip
	default:
		return a.city + ", " + a.st + " " + a.zip
	}
}

func (a enA) one(g *gen) string   { return a.line1 + ", " + a.cityLine(g) }
func (a enA) block(g *gen) string { return a.line1 + "\n" + a.cityLine(g) }

var enCompanies = []string{
	"Miller & Sons Fencing LLC", "Johnson Controls", "Wells Fargo Bank, N.A.", "Charles Schwab", "Goldman Sachs",
	"Ben & Jerry's", "Jack Daniel's", "Dr Pepper", "Marie Callender's", "Sara Lee", "Wendy's", "Papa John's",
	"Procter & Gamble", "Lowe's", "Sherwin-Williams", "Dell Technologies", "Ford Motor Credit", "Hewlett Packard Enterprise",
	"John Deere Financial", "Morgan Stanley", "Edward Jones", "Raymond James", "Hormel Foods", "Kellogg's",
	"Walgreens", "Trader Joe's", "Macy's", "Kohl's", "Dillard's", "Nordstrom", "Harley-Davidson", "Levi Strauss & Co.",
}

// ------------------------------------------------------------------
// architectural-review-request: an HOA form with neighbours' sign-offs.

func enArchReview(g *gen, b *builder) {
	hoa := g.pick("Willow Creek", "Stonebridge", "Eagle Ridge", "Prairie Wind", "Cypress Landing", "Heron Point") + " " + g.pick("Homeowners Association", "HOA", "Community Association")
	owner := enPerson(g)
	a := enAddress(g)
	b.text(hoa, "\nARCHITECTURAL REVIEW REQUEST (Form ARC-", fmt.Sprint(g.between(1, 4)), ")\n")
	b.text("Submitted: ", g.date("-"), "    Request no. ARC-", g.digits(4), "\n\n")
	b.text("Owner(s) of record: ")
	b.name(owner.any(g))
	if g.chance(0.6) {
		co := enFamily(g, owner.sur)
		if g.chance(0.3) {
			co.sur = g.of(enSurnames)
		}
		b.text(" and ")
		b.name(co.full())
	}
	b.text("\nProperty address: ")
	b.addr(a.one(g))
	b.text("\nMailing address (if different): ")
	if g.chance(0.3) {
		m := enAddress(g)
		m.line1 = "PO Box " + g.digits(4)
		b.addr(m.one(g))
	} else {
		b.text("same")
	}
	b.text("\nDaytime phone: (", g.digits(3), ") 555-0", g.digits(3), "\n")
	b.text("Email: ", strings.ToLower(owner.given[:1]+strings.ReplaceAll(owner.sur, " ", "")), g.digits(2), "@", g.pick("gmail.com", "yahoo.com", "outlook.com", "icloud.com"), "\n\n")
	project := g.pick("Fence", "Shed", "Patio cover", "Exterior paint", "Solar panels", "Driveway extension", "Pergola")
	b.text("Project type: [x] ", project, "   [ ] Other\n")
	b.text("Description: ")
	nb := enPerson(g)
	switch g.n(3) {
	case 0:
		b.text("Replace the existing cedar fence along the rear lot line shared with ")
		b.enTitled(g, nb)
		b.text(" at ")
		b.addr(a.neighbor(g))
		b.text(". New fence is 6 ft, dog-eared pickets, stained ", g.pick("Cabot Semi-Transparent", "Behr Premium Cedar", "Olympic Maximum"), ".\n")
	case 1:
		b.text("Paint body and trim. Colors: Sherwin-Williams Agreeable Gray (body), Benjamin Moore Hale Navy (door). ")
		b.text("Same palette as the ")
		b.name(nb.sur)
		b.text(" house two doors down.\n")
	default:
		b.text("Install a 10x12 shed behind the garage, set back 5 ft from the lot line. Shed is a Tuff Shed Sundance model; ")
		b.name(nb.given)
		b.text(" next door has seen the plans.\n")
	}
	b.text("Contractor: ", g.pick("Miller & Sons Fencing LLC", "Abbott Brothers Construction", "Tuff Shed", "Sunrun", "Harper Paint & Coatings", "Lowe's Installed Services"), " (lic. ", g.digits(6), ")\n\n")
	b.text("NEIGHBOR ACKNOWLEDGEMENT (adjacent and facing lots)\n")
	for i := range g.between(2, 4) {
		p := enPerson(g)
		b.textf("%d. ", i+1)
		if g.chance(0.2) {
			b.name(p.inverted())
		} else {
			b.name(p.full())
		}
		b.text(" | ")
		b.addr(a.neighbor(g))
		b.text(" | ", g.pick("no objection", "signed "+g.date("/"), "approves", "concerns about height, see attached", "not home, left flyer"), "\n")
	}
	b.text("\nCOMMITTEE USE ONLY\nReviewed by: ")
	r1, r2 := enPerson(g), enPerson(g)
	if g.chance(0.5) {
		b.text("Dr. ")
	}
	b.name(r1.full())
	b.text(" (chair), ")
	b.name(r2.initial())
	b.text("\nDecision: ", g.pick("Approved", "Approved with conditions", "Denied, resubmit with survey", "Tabled to next meeting"), "\n")
	b.text("Owner signature: /s/ ")
	b.name(owner.full())
	b.text("\n")
}

// ------------------------------------------------------------------
// book-club-host-schedule: a Markdown table of hosts and their homes.

var enBooks = []string{
	"Pachinko", "The Overstory", "Station Eleven", "Educated", "The Goldfinch", "Lessons in Chemistry",
	"The Covenant of Water", "Braiding Sweetgrass", "The Vanishing Half", "A Gentleman in Moscow",
	"The Lincoln Highway", "Cloud Cuckoo Land", "Project Hail Mary", "The Remains of the Day",
	"Klara and the Sun", "The Nickel Boys", "West with Giraffes", "The Dutch House", "Hamnet",
}

func enBookClub(g *gen, b *builder) {
	org1, org2 := enPerson(g), enPerson(g)
	club := g.pick("Second Tuesday", "Northside", "Porch Light", "Wine & Words", "Maple Street", "Lakeshore Ladies")
	b.text("# ", club, " Book Club: hosts for ", g.pick("spring", "fall", "the first half of", "the second half of"), " ", fmt.Sprint(2024+g.n(3)), "\n\n")
	b.text("Hi everyone! Here's the rotation ")
	b.name(org2.given)
	b.text(" and I put together. Swap with each other if a month doesn't work, just tell us.\n\n")
	b.text("| Month | Book | Host | Address | Snacks |\n|---|---|---|---|---|\n")
	months := []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	start := g.n(7)
	books := g.distinct(enBooks, 6)
	for i := range g.between(4, 5) {
		b.text("| ", months[start+i], " | *", books[i], "* | ")
		h := enPerson(g)
		if g.chance(0.12) {
			b.text("library room | Fletcher Free Library, ")
			a := enAddress(g)
			b.addr(a.one(g))
		} else {
			if g.chance(0.3) {
				b.name(h.given)
			} else {
				b.name(h.full())
			}
			b.text(" | ")
			a := enAddress(g)
			if g.chance(0.2) {
				b.addr(a.line1)
			} else {
				b.addr(a.one(g))
			}
		}
		b.text(" | ")
		s1, s2 := enPerson(g), enPerson(g)
		b.name(s1.given)
		if g.chance(0.3) {
			b.text(" & ")
			b.name(s2.given)
		}
		b.text(" |\n")
	}
	b.text("\nNotes: ", g.pick("Parking on the street is fine except on Thursdays (street sweeping).", "Bring a chair if you have one.", "We're skipping the Lincoln Highway discussion guide this time."), " ")
	p := enPerson(g)
	b.text("Welcome to our new member, ")
	b.name(p.full())
	b.text("! Questions: text me or ")
	b.name(org2.given)
	b.text(".\n\n— ")
	b.name(org1.given)
	b.text("\n")
}

// ------------------------------------------------------------------
// estate-planning-intake-yaml: a law firm's intake record.

func enEstateYAML(g *gen, b *builder) {
	c := enPerson(g)
	sp := enPersonSex(g, !c.fem)
	sp.sur = c.sur
	b.text("# Client intake: ", g.pick("Harlow & Finch Estate Law, PLLC", "Morgan Stanley referral", "Whitman Legal Aid Clinic", "Edward Jones advisor referral"), "\n")
	b.text("matter: EP-", fmt.Sprint(2022+g.n(4)), "-", g.digits(4), "\n")
	b.text("prepared_by: ", strings.ToLower(string(enPerson(g).given[0])+g.of([]string{"jimenez", "hall", "nguyen", "okafor"})), "\n")
	b.text("client:\n  name: ")
	b.name(c.withMid())
	if g.chance(0.4) {
		b.text("\n  preferred_name: ")
		b.name(g.pick("Peggy", "Bill", "Bobby", "Liz", "Kate", "Jim", "Tony", "Sam"))
	}
	b.text("\n  dob: ", fmt.Sprint(1940+g.n(40)), "-", fmt.Sprintf("%02d-%02d", 1+g.n(12), 1+g.n(28)), "\n")
	a := enAddress(g)
	if g.chance(0.5) {
		b.text("  address:\n    street: ")
		b.addr(a.line1)
		b.text("\n    city: ", a.city, "\n    state: ", a.st, "\n    zip: \"", a.zip, "\"\n")
	} else {
		b.text("  address: \"")
		b.addr(a.one(g))
		b.text("\"\n")
	}
	b.text("spouse:\n  name: ")
	b.name(sp.full())
	b.text("\n  status: ", g.pick("living", "deceased", "divorced"), "\n")
	b.text("children:\n")
	kids := make([]enP, g.between(1, 3))
	for i := range kids {
		kids[i] = enFamily(g, c.sur)
		if g.chance(0.25) {
			kids[i].sur = c.sur + "-" + g.of(enSurnames)
		}
		b.text("  - name: ")
		b.name(kids[i].full())
		if g.chance(0.5) {
			k := enAddress(g)
			b.text("\n    address: \"")
			b.addr(k.one(g))
			b.text("\"\n")
		} else {
			k := enCities[g.n(len(enCities))]
			b.text("\n    city: ", k.city, ", ", k.st, "\n")
		}
	}
	b.text("executor:\n  primary: ")
	b.name(kids[0].full())
	b.text("\n  alternate: ")
	alt := enPerson(g)
	if g.chance(0.4) {
		b.text(alt.title(g), " ")
	}
	b.name(alt.full())
	b.text("\nbeneficiaries:\n")
	for range g.between(1, 3) {
		p := enPerson(g)
		b.text("  - name: ")
		b.name(p.full())
		rel := g.pick("nephew", "grandson", "friend", "godson", "brother")
		if p.fem {
			rel = g.pick("niece", "granddaughter", "friend", "goddaughter", "sister")
		}
		b.text("\n    relationship: ", rel, "\n    share: ", fmt.Sprint(5*g.between(1, 8)), "%\n")
	}
	b.text("  - name: ", g.pick("St. Jude Children's Research Hospital", "Ronald McDonald House Charities", "The Salvation Army", "Habitat for Humanity", "Shriners Children's"), "\n    share: 10%\n")
	b.text("notes: |\n  ")
	cab := enAddress(g)
	cab.line1 = fmt.Sprintf("%d %s", g.between(2, 90), g.pick("Loon Lake Rd", "Shore Dr", "Birch Point Rd", "Cabin Trl"))
	b.text("Client wants the ", g.pick("lake cabin", "hunting cabin", "rental duplex"), " at ")
	b.addr(cab.one(g))
	b.text(" to go to ")
	b.name(kids[len(kids)-1].given)
	b.text(".\n  ")
	bro := enPersonSex(g, false)
	b.text("Per client, ")
	b.enTitled(g, sp)
	b.text("'s brother ")
	b.name(bro.given)
	b.text(" may contest; keep the 2019 letter on file. Trust funded through ", g.pick("Charles Schwab", "Raymond James", "Wells Fargo Advisors"), ".\n")
}

// ------------------------------------------------------------------
// potluck-signup-tsv: a parish sign-up sheet exported as TSV.

var enDishes = []string{
	"mac & cheese", "Stouffer's lasagna", "Marie Callender's pumpkin pie", "green bean casserole", "jollof rice",
	"tamales (pork + cheese)", "pancit", "Sara Lee pound cake", "deviled eggs", "Ben & Jerry's (2 pints)", "collard greens",
	"pierogi", "baklava", "7-layer dip", "Mrs. Smith's apple pie", "kimchi fried rice", "cornbread", "Jell-O salad",
	"brisket", "elote", "samosas", "fruit salad", "lemon bars", "Hawaiian rolls (King's)", "Dr Pepper ham",
}

func enPotluckTSV(g *gen, b *builder) {
	b.text(g.pick("St. Brendan's Parish", "Grace Fellowship", "Mount Zion AME", "Temple Beth Shalom", "Our Lady of Guadalupe"), " ", g.pick("Fall Potluck", "Thanksgiving Dinner", "Volunteer Appreciation Lunch", "Graduation Sunday"), " sign-ups (export ", g.date("-"), ")\n")
	split := g.chance(0.5)
	if split {
		b.text("Family\tDish\tServes\tStreet\tCity\tZIP\tNotes\n")
	} else {
		b.text("Name\tDish\tServes\tNeeds ride?\tPickup address\n")
	}
	for range g.between(6, 9) {
		p := enPerson(g)
		switch g.n(6) {
		case 0:
			q := enPerson(g)
			b.name(q.given)
			b.text(" & ")
			b.name(p.full())
		case 1:
			b.text(g.pick("Pastor ", "Deacon ", "Sister ", "Coach "))
			b.name(p.given)
		case 2:
			b.name(p.inverted())
		default:
			b.name(p.full())
		}
		b.text("\t")
		if g.chance(0.15) {
			b.text("Grandma ")
			b.name(enPerson(g).given)
			b.text("'s ", g.pick("sweet potato pie", "pound cake", "potato salad"))
		} else {
			b.text(g.of(enDishes))
		}
		b.text("\t", fmt.Sprint(g.between(4, 20)), "\t")
		a := enAddress(g)
		if split {
			if g.chance(0.6) {
				b.addr(a.line1)
				b.text("\t", a.city, "\t", a.zip)
			} else {
				b.text("\t\t")
			}
			b.text("\t", g.pick("", "", "will be late", "nut-free", "bringing folding tables", "call "+fmt.Sprintf("(%s) 555-0%s", g.digits(3), g.digits(3))), "\n")
		} else {
			if g.chance(0.5) {
				b.text("yes\t")
				b.addr(a.one(g))
			} else {
				b.text("no\t")
			}
			b.text("\n")
		}
	}
}

// ------------------------------------------------------------------
// rent-increase-notice: a property manager's letter to tenants.

func enRentNotice(g *gen, b *builder) {
	co := g.pick("Cobblestone Property Management, LLC", "Abernathy Realty Group", "Keystone Rentals", "Sullivan & Ortiz Property Services", "Greystar")
	office := enAddress(g)
	b.text(co, "\n")
	b.addr(office.block(g))
	b.text("\n(", g.digits(3), ") 555-01", g.digits(2), "\n\n", g.pick("October 3, 2024", "March 18, 2025", "July 1, 2025", "January 9, 2024"), "\n\n")
	t1 := enPerson(g)
	t2 := enFamily(g, t1.sur)
	two := g.chance(0.5)
	if g.chance(0.2) {
		t2.sur = g.of(enSurnames)
	}
	b.name(t1.full())
	b.text("\n")
	if two {
		b.name(t2.full())
		b.text("\n")
	}
	home := enAddress(g)
	b.addr(home.block(g))
	b.text("\n\nRE: Notice of Rent Adjustment, ")
	b.addr(home.line1)
	b.text("\n\n")
	switch g.n(3) {
	case 0:
		b.text("Dear ")
		b.name(t1.given)
		if two {
			b.text(" and ")
			b.name(t2.given)
		}
		b.text(",\n\n")
	default:
		b.text("Dear ")
		b.enTitled(g, t1)
		if two {
			b.text(" and ")
			b.enTitled(g, t2)
		}
		b.text(",\n\n")
	}
	old := 900 + 25*g.n(40)
	b.textf("This letter is your written notice that, effective %s 1, the monthly rent for the premises at ", g.pick("December", "February", "June", "September"))
	b.addr(home.line1)
	b.textf(" will increase from $%d to $%d. All other terms of your lease remain the same.\n\n", old, old+25*g.between(1, 6))
	pm := enPerson(g)
	b.text("If you have questions, please contact your property manager, ")
	b.name(pm.full())
	b.text(", at the number above or stop by our office. Maintenance requests still go through the portal; our technician ")
	b.name(enPerson(g).given)
	b.text(" is on site ", g.pick("Tuesdays and Fridays", "every weekday morning", "by appointment"), ".\n\n")
	if g.chance(0.6) {
		pay := enAddress(g)
		pay.line1 = "PO Box " + g.digits(4)
		b.text("Mailed checks go to ")
		b.addr(pay.one(g))
		b.text(". Please do not mail cash.\n\n")
	}
	mgr := enPerson(g)
	b.text("Sincerely,\n\n")
	b.name(mgr.full())
	b.text("\n", g.pick("Regional Manager", "Leasing Director", "Owner's Agent"), "\n")
	if g.chance(0.6) {
		own := enPerson(g)
		b.text("cc: Owner, ")
		b.name(own.withMid())
		b.text(" (via email ", strings.ToLower(own.given[:1]+strings.ReplaceAll(strings.ReplaceAll(own.sur, "'", ""), " ", "")), "@", g.pick("comcast.net", "gmail.com", "att.net"), ")\n")
	}
}

// ------------------------------------------------------------------
// warehouse-pick-list-json: a fulfilment wave with ship-to records.

func enPickListJSON(g *gen, b *builder) {
	picker := strings.ToLower(string(g.of(enMale)[0])+strings.ReplaceAll(g.pick("torres", "kim", "olsen", "begay", "patel"), " ", "")) + g.digits(1)
	b.text("{\n  \"wave\": \"W-", g.digits(4), "\",\n  \"site\": \"", g.pick("RNO2", "ONT8", "MEM1", "CMH4", "ABE3"), "\",\n  \"picker\": \"", picker, "\",\n  \"orders\": [\n")
	n := g.between(3, 5)
	for i := range n {
		p := enPerson(g)
		a := enAddress(g)
		b.text("    {\n      \"order\": \"SO-", g.digits(6), "\",\n")
		if g.chance(0.7) {
			b.text("      \"ship_to\": {\n        \"name\": \"")
			b.name(p.full())
			b.text("\",\n        \"company\": \"")
			if g.chance(0.3) {
				b.text(g.of(enCompanies))
			}
			b.text("\",\n        \"street\": \"")
			b.addr(a.line1)
			b.text("\",\n        \"city\": \"", a.city, "\",\n        \"state\": \"", a.st, "\",\n        \"zip\": \"", a.zip, "\"\n      },\n")
		} else {
			b.text("      \"ship_to_name\": \"")
			b.name(p.full())
			b.text("\",\n      \"ship_to_full\": \"")
			b.addr(a.one(g))
			b.text("\",\n")
		}
		if g.chance(0.3) {
			b.text("      \"gift_note\": \"")
			switch g.n(3) {
			case 0:
				b.text("Happy birthday ")
				b.name(enPerson(g).given)
				b.text("! Love, ")
				b.name(enPerson(g).given)
			case 1:
				b.text("Congrats on the new place, ")
				b.name(p.given)
				b.text(". From ")
				b.name(enPerson(g).full())
			default:
				b.text("Thinking of you. Hugs from Aunt ")
				b.name(enPerson(g).given)
			}
			b.text("\",\n")
		}
		b.text("      \"items\": [{\"sku\": \"", g.pick("KR-ELM", "LC-BRN", "HD-", "SM-"), g.digits(4), "\", \"desc\": \"", g.pick("Kitchen Aid stand mixer bowl", "Jack Daniel's BBQ sauce 3-pack", "Lincoln Logs classic set", "Hamilton Beach kettle", "Betty Crocker cake mix", "Ford F-150 floor mats"), "\", \"qty\": ", fmt.Sprint(g.between(1, 4)), "}],\n")
		b.text("      \"packed_by\": \"")
		b.name(enPerson(g).full())
		b.text("\"\n    }")
		if i < n-1 {
			b.text(",")
		}
		b.text("\n")
	}
	b.text("  ]\n}\n")
}

// ------------------------------------------------------------------
// snow-plow-request-log: key=value lines from a city dispatch service.

func enPlowLog(g *gen, b *builder) {
	c := enCities[g.n(len(enCities))]
	ts := fmt.Sprintf("%d-%02d-%02dT", 2024+g.n(2), 1+g.n(3), 1+g.n(28))
	req := g.between(4000, 9000)
	tick := g.ticker()
	for range g.between(8, 11) {
		req += g.between(1, 9)
		b.textf("%s%s:%02dZ ", ts, tick(), g.n(60))
		caller := enPerson(g)
		a := enAddress(g)
		switch g.n(6) {
		case 0, 1:
			b.textf("level=info svc=plow-dispatch req=SR-%d caller=\"", req)
			b.name(caller.full())
			b.text("\" addr=\"")
			b.addr(a.line1)
			b.text("\" city=", strings.ReplaceAll(c.city, " ", "_"), " zone=", fmt.Sprint(g.between(1, 9)), " priority=", g.pick("medical", "normal", "normal", "hydrant"))
			if g.chance(0.4) {
				b.text(" note=\"")
				b.enTitled(g, caller)
				b.text(g.pick(" on home oxygen", " is 88 and cannot shovel", " needs dialysis ride at 6am", " reports a stuck mail truck"), "\"")
			}
		case 2:
			b.textf("level=info svc=plow-dispatch req=SR-%d caller=\"", req)
			b.name(caller.full())
			b.text("\" location=\"")
			a.city, a.st, a.zip = c.city, c.st, c.zip
			b.addr(a.one(g))
			b.text("\" source=", g.pick("phone", "app", "311"))
		case 3:
			b.textf("level=info svc=plow-dispatch req=SR-%d status=assigned unit=truck%d operator=\"", req, g.between(1, 30))
			op := enPerson(g)
			if g.chance(0.5) {
				b.name(op.initial())
			} else {
				b.name(op.full())
			}
			b.text("\" route=\"", g.of(enStreetNames), " ", g.pick("St", "Ave", "Blvd"), " corridor\"")
		case 4:
			b.textf("level=info svc=plow-dispatch req=SR-%d status=cleared crew_lead=\"", req-g.between(1, 20))
			b.name(enPerson(g).full())
			b.text("\" user=", strings.ToLower(g.of(enMale)[:1]+strings.ReplaceAll(strings.ReplaceAll(g.of(enSurnames), "'", ""), " ", "")))
		default:
			b.textf("level=warn svc=plow-dispatch req=SR-%d msg=\"duplicate request\" caller=\"", req)
			b.name(caller.inverted())
			b.text("\" lot=\"", g.pick("Jefferson St ramp", "Lincoln Park lot B", "Washington Square garage", "Franklin Ave median"), "\"")
		}
		b.text("\n")
	}
}

// ------------------------------------------------------------------
// soccer-team-groupme: a youth soccer parents' chat.

func enSoccerChat(g *gen, b *builder) {
	coach := enPerson(g)
	team := g.pick("U10 Girls: Lakeside Lightning", "U12 Boys: Riverside Rapids", "U8 Coed: Green Dragons", "U14 Girls: Storm FC")
	b.text(team, " (GroupMe)\n")
	parents := make([]enP, 5)
	kids := make([]string, 5)
	for i := range parents {
		parents[i] = enPerson(g)
		kids[i] = g.of(append(append([]string{}, enFemale[:40]...), enMale[:40]...))
	}
	day := g.pick("Sat", "Sun", "Wed")
	tick := g.tickerFrom(6, 7)
	speak := func(p enP, asCoach bool) {
		b.text("[", day, " ", tick(), "] ")
		if asCoach {
			b.text("Coach ")
		}
		b.name(p.full())
		b.text(": ")
	}
	speak(coach, true)
	b.text("Morning! Game at ", g.pick("Hernandez Park", "Kennedy Fields", "Roosevelt Middle School", "Jack Murphy Complex", "Lincoln Park"), " field ", fmt.Sprint(g.between(1, 6)), ", arrive by 8:30.\n")
	for range g.between(4, 7) {
		i := g.n(len(parents))
		p := parents[i]
		switch g.n(8) {
		case 7:
			speak(p, false)
			b.text("Carpool list for away games: we pick up at ")
			ca := enAddress(g)
			b.addr(ca.one(g))
			b.text(" at 7:15, then swing by ")
			b.addr(ca.neighbor(g))
			b.text("\n")
		case 0:
			speak(p, false)
			b.name(kids[i])
			b.text(g.pick(" has a fever, staying home today 😞\n", " twisted an ankle yesterday, sitting this one out\n"))
			speak(coach, true)
			b.text("Feel better ")
			b.name(kids[i])
			b.text("!\n")
		case 1:
			speak(p, false)
			b.text("Can anyone grab ")
			b.name(kids[(i+1)%5])
			b.text("? We're at ")
			a := enAddress(g)
			b.addr(a.neighbor(g))
			b.text(", running late\n")
			q := parents[(i+2)%5]
			speak(q, false)
			b.text("I can! @")
			b.name(p.full())
			b.text(" be there in 10\n")
		case 2:
			speak(p, false)
			b.text("Snacks next week are ")
			b.name(kids[(i+3)%5])
			b.text("'s family right?\n")
		case 3:
			speak(p, false)
			b.text("Venmo for the ref fee is @", strings.ToLower(strings.ReplaceAll(coach.given, " ", "")+"-"+strings.ReplaceAll(strings.ReplaceAll(coach.sur, "'", ""), " ", "")), "-", g.digits(2), " fyi\n")
		case 4:
			speak(p, false)
			b.text(g.pick("GOAL!!! ", "What a save by ", "Nice pass "))
			b.name(kids[g.n(5)])
			b.text(" ⚽\n")
		case 5:
			speak(p, false)
			b.text("Is ")
			b.enTitled(g, coach)
			b.text(" still doing the end of season thing?\n")
		default:
			speak(p, false)
			b.text("Photos are up on Shutterfly, thanks ")
			b.name(parents[(i+1)%5].given)
			b.text("!\n")
		}
	}
	speak(coach, true)
	a := enAddress(g)
	b.text("Great game everyone! Team party ", g.pick("Saturday", "next Sunday"), " at our place, ")
	b.addr(a.one(g))
	b.text(". ")
	b.name(g.pick("Rick", "Jen", "Sam", "Alex", "Robin"))
	b.text(" is grilling.\n")
}

// ------------------------------------------------------------------
// title-search-abstract: a title examiner's chain of title.

func enTitleAbstract(g *gen, b *builder) {
	county := g.pick("Summit", "Franklin", "Washington", "Jefferson", "Madison", "Marion", "Lake")
	b.text("ABSTRACT OF TITLE, Search No. TS-", fmt.Sprint(2023+g.n(3)), "-", g.digits(4), "\n")
	ex := enPerson(g)
	b.text("Prepared by: ", county, " County Title & Escrow (examiner: ")
	b.name(ex.initial())
	b.text(")\nSubject property: ")
	prop := enAddress(g)
	b.addr(prop.one(g))
	b.text("\nParcel ID: ", g.digits(2), "-", g.digits(5), "\nLegal: Lot ", fmt.Sprint(g.between(1, 60)), ", ", g.pick("Hillcrest Allotment", "Jefferson Heights Subdivision", "Washington Park Addition", "Stonegate Phase II"), ", Plat Book ", fmt.Sprint(g.between(10, 90)), ", Page ", fmt.Sprint(g.between(1, 200)), "\n\nCHAIN OF TITLE\n")
	h1 := enPerson(g)
	w1 := enFamily(g, h1.sur)
	w1.fem, w1.given = true, g.of(enFemale)
	h1.fem, h1.given = false, g.of(enMale)
	b.textf("1. Warranty Deed, rec. %02d/%02d/%d, Inst. %s\n   Grantor: ", 1+g.n(12), 1+g.n(28), 1975+g.n(20), g.digits(8))
	b.name(strings.ToUpper(h1.withMid()))
	b.text(" and ")
	b.name(strings.ToUpper(w1.withMid()))
	b.text(", husband and wife\n   Grantee: ")
	o := enPerson(g)
	b.name(o.full())
	b.text("\n")
	o2 := enFamily(g, o.sur)
	b.textf("2. Quitclaim Deed, rec. %02d/%02d/%d\n   Grantor: ", 1+g.n(12), 1+g.n(28), 1996+g.n(10))
	b.name(o.full())
	b.text("\n   Grantee: ")
	b.name(o.full())
	b.text(" and ")
	b.name(o2.full())
	b.text(", as joint tenants with right of survivorship\n")
	b.text("3. Certificate of Transfer, estate of ")
	b.name(o.full())
	b.textf(", deceased, %s County Probate No. %d-ES-%s, to ", county, 2008+g.n(12), g.digits(4))
	b.name(o2.full())
	b.text("\n")
	if g.chance(0.5) {
		b.text("4. Fiduciary Deed, Grantor: ", g.pick("First National Bank of Ohio, as trustee", "Fifth Third Bank, trustee", "Huntington National Bank, trustee"), "; Grantee: ")
		n := enPerson(g)
		b.name(n.full())
		b.text("\n")
	}
	b.text("\nMORTGAGES AND LIENS\n- Open-end mortgage to ", g.pick("Wells Fargo Bank, N.A.", "JPMorgan Chase Bank", "Quicken Loans", "Rocket Mortgage"), ", $", g.digits(3), ",000, signed by ")
	b.name(o2.inverted())
	b.text("\n- Mechanic's lien, ", g.pick("Johnson Brothers Roofing Inc.", "Abbott & Costello Plumbing", "Ace Hardware", "Dale's Heating & Air"), ", released ", g.date("/"), "\n\nTAX MAILING ADDRESS\n")
	b.name(o2.full())
	b.text("\n")
	tm := enAddress(g)
	b.addr(tm.block(g))
	if g.chance(0.6) {
		fw := enAddress(g)
		b.text("\nForwarding address of prior owner ")
		b.name(h1.initial())
		b.text(": ")
		b.addr(fw.one(g))
	}
	b.text("\n\nExaminer notes: grantor appears as \"")
	b.name(h1.sur + ", " + h1.given)
	b.text("\" in the index. Checked judgments against ")
	b.name(o2.initial())
	b.text("; none found. Not a survey.\n")
}

// ------------------------------------------------------------------
// passport-renewal-xml: an application export with split name fields.

func enPassportXML(g *gen, b *builder) {
	p := enPerson(g)
	b.text("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<DS82Submission id=\"", g.digits(9), "\" received=\"", g.date("-"), "\">\n  <Applicant>\n    <LastName>")
	b.name(p.sur)
	b.text("</LastName>\n    <FirstName>")
	b.name(p.given)
	b.text("</FirstName>\n    <MiddleName>")
	if p.fem {
		b.name(g.of(enFemale[50:80]))
	} else {
		b.name(g.of(enMale[50:80]))
	}
	b.text("</MiddleName>\n    <DateOfBirth>", fmt.Sprint(1950+g.n(55)), "-", fmt.Sprintf("%02d-%02d", 1+g.n(12), 1+g.n(28)), "</DateOfBirth>\n")
	born := enCities[g.n(len(enCities))]
	b.text("    <PlaceOfBirth>", born.city, ", ", born.st, "</PlaceOfBirth>\n")
	a := enAddress(g)
	if g.chance(0.6) {
		b.text("    <MailingAddress>\n      <Street>")
		b.addr(a.line1)
		b.text("</Street>\n      <City>", a.city, "</City>\n      <State>", a.st, "</State>\n      <Zip>", a.zip, "</Zip>\n    </MailingAddress>\n")
	} else {
		b.text("    <MailingAddress>")
		b.addr(a.one(g))
		b.text("</MailingAddress>\n")
	}
	b.text("    <Email>", strings.ToLower(p.given[:1]+strings.ReplaceAll(strings.ReplaceAll(p.sur, "'", ""), " ", "")), g.digits(3), "@gmail.com</Email>\n  </Applicant>\n")
	b.text("  <MostRecentPassport>\n    <NameAsPrinted>")
	former := p
	married := g.chance(0.4)
	if married {
		former.sur = g.of(enSurnames)
	}
	b.name(strings.ToUpper(former.given + " " + former.sur))
	b.text("</NameAsPrinted>\n    <IssueDate>", fmt.Sprint(2010+g.n(6)), "</IssueDate>\n  </MostRecentPassport>\n")
	if married {
		b.text("  <NameChange reason=\"marriage\">\n    <FormerName>")
		b.name(former.full())
		b.text("</FormerName>\n    <Spouse>")
		sp := enFamily(g, p.sur)
		b.name(sp.full())
		b.text("</Spouse>\n  </NameChange>\n")
	}
	if g.chance(0.6) {
		pa := enAddress(g)
		b.text("  <PermanentAddress>")
		b.addr(pa.one(g))
		b.text("</PermanentAddress>\n")
	}
	ec := enPerson(g)
	rel := g.pick("brother", "father", "friend", "son")
	if ec.fem {
		rel = g.pick("sister", "mother", "friend", "daughter")
	}
	b.text("  <EmergencyContact>\n    <Name>")
	b.name(ec.full())
	b.text("</Name>\n    <Relationship>", rel, "</Relationship>\n    <Address>")
	e := enAddress(g)
	b.addr(e.one(g))
	b.text("</Address>\n  </EmergencyContact>\n")
	b.text("  <TravelPlans>\n    <Destination>", g.pick("Ho Chi Minh City", "San José, Costa Rica", "Washington, D.C. then Ottawa", "Victoria, BC", "Port Elizabeth", "Simón Bolívar Airport, Caracas"), "</Destination>\n  </TravelPlans>\n")
	ag := enPerson(g)
	b.text("  <Acceptance>\n    <AgentName>")
	b.name(ag.initial())
	b.text("</AgentName>\n    <Facility>", g.pick("Benjamin Franklin Station", "Rosa Parks Post Office", "James Madison Memorial Building", "Kennedy Plaza Post Office"), "</Facility>\n  </Acceptance>\n</DS82Submission>\n")
}

// ------------------------------------------------------------------
// neg_ballpark-concessions: a stadium food guide full of brands named
// after people and streets used as names of stands.

func enNegConcessions(g *gen, b *builder) {
	park := g.pick("Franklin Field", "Jefferson Park Stadium", "Harbor Yard", "Lincoln Financial Field", "Wrigley Field", "Fenway Park")
	b.text(park, ": Concessions Guide, ", fmt.Sprint(2024+g.n(2)), " season\n\n")
	stands := []string{
		"Ben & Jerry's scoop shop", "Papa John's pizza", "Nathan's Famous hot dogs", "Auntie Anne's pretzels",
		"Famous Dave's BBQ", "Dunkin' coffee cart", "Jack Daniel's Tennessee Honey bar", "Sam Adams beer garden",
		"Chick-fil-A express", "Mrs. Fields cookies", "Wendy's Frosty window", "Jersey Mike's subs",
		"Jimmy John's cart", "Carl's Jr. burgers", "Culver's custard", "Raising Cane's tenders", "Tim Hortons",
		"Johnnie Walker lounge", "Orville Redenbacher's popcorn", "Jimmy Dean breakfast sandwiches",
		"Lombard Street Grill", "Park Avenue Dogs", "Madison Avenue Deli", "Bourbon Street Cajun", "Beale Street Wings",
		"Abbey Road Fish & Chips", "Sesame Street Kids Corner", "Penny Lane Sweets",
	}
	for i, s := range g.distinct(stands, g.between(7, 10)) {
		b.textf("- Section %d%s: %s", 100+g.n(240), g.pick("", "A", "B"), s)
		switch i % 4 {
		case 0:
			b.text(" (try the ", g.pick("Dr Pepper float", "Heinz chili cheese fries", "Hershey's s'mores", "Kraft mac bowl"), ")")
		case 1:
			b.text(", near the ", g.pick("Babe Ruth Gate", "Jackie Robinson Rotunda", "Roberto Clemente Bridge entrance", "Hank Aaron Plaza"))
		}
		b.text("\n")
	}
	b.text("\nSpecials: ", g.pick("Tuesday Tacos at Casa Garcia", "Thursday is Johnsonville brat night", "Friday fish fry from Long John Silver's"), "; ", g.pick("Friday fireworks sponsored by Edward Jones", "Kids eat free with a Wendy's coupon", "Dollar dogs presented by Oscar Mayer"), ".\n")
	b.text("Mascot appearances: ", g.pick("Sammy the Seagull", "Big Tony the Tiger", "Rally Raccoon"), " visits the Sesame Street Kids Corner every ", g.pick("Sunday", "Saturday"), ".\n")
	b.text("Allergen menus are at every Guest Services booth. The Martin Luther King Jr. Drive gate opens 90 minutes before first pitch; Washington Street lots fill early.\n")
	if g.chance(0.6) {
		m := enPerson(g)
		b.text("\nQuestions? Ask our concessions manager, ")
		b.name(m.full())
		b.text(".")
	}
	if g.chance(0.4) {
		a := enAddress(g)
		b.text(" Lost & Found: Guest Services, ")
		b.addr(a.one(g))
		b.text(".")
	}
	b.text("\n")
}

// ------------------------------------------------------------------
// neg_campus-building-guide: buildings, halls and funds named after people.

func enNegCampus(g *gen, b *builder) {
	u := g.pick("Franklin & Marshall College", "Washington State University", "George Mason University", "Johns Hopkins University", "Carnegie Mellon", "Brigham Young University")
	b.text("Visitor guide: ", u, "\n\nWHERE THINGS ARE\n")
	places := []string{
		"Hewlett Hall (engineering)", "Sterling Memorial Library", "Packard Center for Robotics", "Ford Auditorium",
		"Carnegie Music Pavilion", "Rockefeller Commons dining", "the Lincoln Room (3rd floor, Student Union)",
		"Kellogg Natatorium", "Hearst Greek Theatre", "Mellon Institute annex", "Annenberg Media Lab",
		"the Wilson Center for Writing", "Bloomberg Data Wing", "Marriott Hospitality Suite", "Henderson Field",
		"Walton Arena", "Koch Cancer Research Building", "Ruth and Harold Pavilion", "Lilly Endowment Reading Room",
		"Jefferson Quad", "Adams House", "Eliot House", "the Grace Hopper Computing Lab",
	}
	for _, s := range g.distinct(places, g.between(7, 10)) {
		b.text("- ", s, ": ", g.pick("open 7am to 11pm", "ID required after 6pm", "elevator on the Franklin Street side", "home of the Bucky Badger statue", "tours on the hour", "Starbucks on the ground floor"), "\n")
	}
	b.text("\nPARKING AND SHUTTLES\nThe Grant Loop and Orange Line shuttles stop at Jefferson Lot and the Washington Avenue garage. Franklin Street parking deck is permit-only on weekdays. ")
	b.text("The Martin Luther King Jr. Boulevard entrance is closed for construction; use College Ave.\n")
	b.text("\nEATING\nJoe's Coffee (Hewlett lobby), Wendy's and Chick-fil-A in the Student Union, and the Mrs. Fields kiosk by the Sterling stacks.\n")
	if g.chance(0.7) {
		c := enPerson(g)
		b.text("\nBuilding coordinator: ")
		if g.chance(0.5) {
			b.text("Dr. ")
		}
		b.name(c.full())
		b.text(".")
	}
	if g.chance(0.5) {
		a := enAddress(g)
		b.text(" Visitor Center: ")
		b.addr(a.one(g))
		b.text(".")
	}
	b.text("\n")
}
