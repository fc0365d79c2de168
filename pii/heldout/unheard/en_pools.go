package unheard

import "strings"

// US English name pools, written from memory: common and rarer given
// names across the country's communities, and surnames with particles,
// apostrophes, Mc/Mac and hyphens.
var enFirst = []string{
	"James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David", "Elizabeth",
	"William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Christopher", "Karen",
	"Daniel", "Lisa", "Matthew", "Nancy", "Anthony", "Betty", "Mark", "Sandra", "Donald", "Ashley",
	"Steven", "Kimberly", "Andrew", "Donna", "Kenneth", "Emily", "Joshua", "Michelle", "Kevin", "Carol",
	"Brian", "Amanda", "Gary", "Melissa", "Timothy", "Deborah", "DeShawn", "Latoya", "Jamal", "Imani",
	"Tyrone", "Keisha", "Marisol", "Guadalupe", "José", "Alejandro", "Xiomara", "Yesenia", "Priya", "Arjun",
	"Sanjay", "Deepa", "Mei", "Wei", "Hiroshi", "Yuki", "Minh", "Thuy", "Soo-jin", "Ji-ho",
	"Oluwaseun", "Chidi", "Fatima", "Omar", "Aaliyah", "Jaxon", "Brantley", "Kinsley", "Paisley", "Harper",
	"Declan", "Siobhan", "Niamh", "Ezekiel", "Mordecai", "Esther", "Rivka", "Dmitri", "Svetlana", "Bogdan",
	"Magdalena", "Rosalind", "Thaddeus", "Cornelius", "Winifred", "Delphine", "Beau", "Tucker", "Grace", "Hope",
	"Mary-Kate", "Jo Ann", "Bobbie", "Rene", "Dakota", "Lorenzo", "Ignacio", "Teodora", "Kalani", "Leilani",
}

var enLast = []string{
	"Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
	"Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Taylor", "Moore", "Jackson", "Martin", "Lee",
	"Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson", "Walker",
	"Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores", "Green",
	"Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell", "Carter", "Roberts", "Washington",
	"O'Brien", "O'Connell", "McAllister", "MacKenzie", "McGuire", "Van Dyke", "van der Berg", "De La Cruz", "de Leon", "DiNapoli",
	"St. John", "Fitzgerald", "Kowalczyk", "Nowicki", "Schwartz", "Goldberg", "Abernathy", "Okafor", "Adeyemi", "Patel",
	"Shah", "Chatterjee", "Reddy", "Nakamura", "Tanaka", "Kim", "Park", "Tran", "Pham", "Yazzie",
	"Begay", "Kealoha", "Núñez", "Peña", "Oyelaran-Smith", "Smith-Kowalski", "Rivera-Ortiz", "Hughes-Whitfield", "LaFleur", "Dubois",
	"Haugen", "Lindqvist", "Castellano", "Papadakis", "Abdullah", "Haddad", "Friedman", "Boudreaux", "Thibodeaux", "Running Bear",
}

var enTitles = []string{"Mr.", "Mrs.", "Ms.", "Dr.", "Rev.", "Prof.", "Mx.", "Miss"}

// enPerson is a US person's name in parts, so a document can write it in
// the order and form its layout wants.
type enPerson struct{ first, mid, last string }

func (g *gen) enPerson() enPerson {
	return enPerson{g.of(enFirst), string(rune('A' + g.r.IntN(26))), g.of(enLast)}
}

// full is "First Last", now and then with the middle initial.
func (p enPerson) full() string { return p.first + " " + p.last }

func (p enPerson) middle() string { return p.first + " " + p.mid + ". " + p.last }

// formal is "Last, First M.", as rosters and court captions write it.
func (p enPerson) formal() string { return p.last + ", " + p.first + " " + p.mid + "." }

// initials is "J. R. Smith".
func (p enPerson) initials() string { return p.first[:1] + ". " + p.mid + ". " + p.last }

func (g *gen) enName(p enPerson) string {
	switch g.r.IntN(6) {
	case 0:
		return p.middle()
	case 1:
		if g.chance(0.3) {
			return p.initials()
		}
	}
	return p.full()
}

// US streets and places.
var enStreetNames = []string{
	"Oak", "Maple", "Cedar", "Elm", "Pine", "Walnut", "Sycamore", "Chestnut", "Hickory", "Magnolia",
	"Dogwood", "Willow", "Birch", "Juniper", "Poplar", "Lakeview", "Ridge", "Hillcrest", "Meadowbrook", "Sunset",
	"Prospect", "Orchard", "Mill", "Church", "Spring", "Highland", "Fairview", "Riverside", "Cherokee", "Quail Run",
	"Foxhall", "Canal", "Kings", "Tamarack", "Ocotillo", "Saguaro", "Kamehameha", "Cesar Chavez", "Martin Luther King Jr", "Jefferson Davis",
	"Old Mill", "Deer Creek", "Bluebonnet", "Peachtree", "Palmetto", "Cottonwood", "Buckeye", "Aspen Grove", "Harbor", "Lighthouse",
	"Main", "Market", "Front", "Water", "Second", "Third", "Fifth", "Ninth", "Twelfth", "Forty-Second",
}

var enSuffixes = []string{
	"St", "Street", "Ave", "Avenue", "Blvd", "Rd", "Road", "Dr", "Drive", "Ln", "Lane", "Ct", "Pl", "Ter", "Way",
	"Pkwy", "Hwy", "Cir", "Trl", "Loop", "Pike", "Row", "Sq", "Xing", "Aly", "Run", "Path", "Pass", "Crk", "Hts",
}

var enUnits = []string{"Apt", "Apt.", "Ste", "Suite", "Unit", "#", "Fl", "Rm", "Bldg", "Lot", "Trlr", "Spc", "Dept"}

type usCity struct{ city, state, zip3 string }

var usCities = []usCity{
	{"Springfield", "IL", "627"}, {"Dayton", "OH", "454"}, {"Boise", "ID", "837"}, {"Tacoma", "WA", "984"},
	{"Fresno", "CA", "937"}, {"Albuquerque", "NM", "871"}, {"Chattanooga", "TN", "374"}, {"Duluth", "MN", "558"},
	{"Savannah", "GA", "314"}, {"Bangor", "ME", "044"}, {"Burlington", "VT", "054"}, {"Provo", "UT", "846"},
	{"Lubbock", "TX", "794"}, {"Sioux Falls", "SD", "571"}, {"Billings", "MT", "591"}, {"Asheville", "NC", "288"},
	{"Tulsa", "OK", "741"}, {"Eugene", "OR", "974"}, {"Scranton", "PA", "185"}, {"Wichita", "KS", "672"},
	{"Reno", "NV", "895"}, {"Flagstaff", "AZ", "860"}, {"Kalamazoo", "MI", "490"}, {"Green Bay", "WI", "543"},
	{"Lafayette", "LA", "705"}, {"Anchorage", "AK", "995"}, {"Honolulu", "HI", "968"}, {"Cheyenne", "WY", "820"},
	{"Biloxi", "MS", "395"}, {"Pueblo", "CO", "810"}, {"Worcester", "MA", "016"}, {"New Haven", "CT", "065"},
	{"Paterson", "NJ", "075"}, {"Yonkers", "NY", "107"}, {"Fargo", "ND", "581"}, {"Omaha", "NE", "681"},
	{"Des Moines", "IA", "503"}, {"Little Rock", "AR", "722"}, {"Mobile", "AL", "366"}, {"Charleston", "WV", "253"},
	{"Wilmington", "DE", "198"}, {"Silver Spring", "MD", "209"}, {"Richmond", "VA", "232"}, {"Jacksonville", "FL", "322"},
	{"Louisville", "KY", "402"}, {"Columbia", "SC", "292"}, {"Providence", "RI", "029"}, {"Manchester", "NH", "031"},
	{"St. Louis", "MO", "631"}, {"Indianapolis", "IN", "462"}, {"Coeur d'Alene", "ID", "838"}, {"Winston-Salem", "NC", "271"},
	{"Ocean City", "NJ", "082"}, {"Truth or Consequences", "NM", "879"}, {"Hilo", "HI", "967"}, {"Lake Havasu City", "AZ", "864"},
}

// usAddr is a US postal address in parts.
type usAddr struct{ street, city, state, zip string }

func (a usAddr) last() string  { return a.city + ", " + a.state + " " + a.zip }
func (a usAddr) line() string  { return a.street + ", " + a.last() }
func (a usAddr) block() string { return a.street + "\n" + a.last() }

// usAddr returns an address: mostly a numbered street with or without a
// unit, sometimes a PO box, rural route, highway contract route, county
// road or a grid address of the Midwest and Utah.
func (g *gen) usAddr() usAddr {
	c := g.usCity()
	zip := c.zip3 + g.pad(2, 1, 99)
	if g.chance(0.15) {
		zip += "-" + g.digits(4)
	}
	return usAddr{g.usStreet(), c.city, c.state, zip}
}

func (g *gen) usCity() usCity { return usCities[g.r.IntN(len(usCities))] }

func (g *gen) usStreet() string {
	switch n := g.r.IntN(20); {
	case n == 0:
		return g.pick("PO Box ", "P.O. Box ", "POB ") + g.num(1, 9999)
	case n == 1:
		return g.pick("RR ", "Rural Route ") + g.num(1, 9) + " Box " + g.num(10, 480)
	case n == 2:
		return "HC " + g.num(60, 89) + " Box " + g.num(100, 999)
	case n == 3:
		return g.num(1000, 29999) + " " + g.pick("County Road ", "State Route ", "US Highway ", "Farm to Market Road ") + g.num(2, 950)
	case n == 4:
		return g.num(100, 4800) + " " + g.pick("S", "N", "E", "W") + " " + g.num(1, 9) + "00 " + g.pick("E", "W", "N", "S")
	case n == 5:
		return "N" + g.num(10, 99) + " W" + g.num(10000, 29999) + " " + g.of(enStreetNames) + " " + g.of(enSuffixes)
	}
	s := g.num(1, 9899) + " "
	if g.chance(0.25) {
		s += g.pick("N ", "S ", "E ", "W ", "NE ", "SW ", "North ", "West ")
	}
	s += g.of(enStreetNames) + " " + g.of(enSuffixes)
	if g.chance(0.1) {
		s += " " + g.pick("NW", "SE", "E", "S")
	}
	if g.chance(0.35) {
		s += g.pick(" ", ", ") + g.unit()
	}
	return s
}

// unit is a secondary unit designator with a number that fits it.
func (g *gen) unit() string {
	letter := string(rune('A' + g.r.IntN(6)))
	switch u := g.of(enUnits); u {
	case "#":
		return "#" + g.pick(g.num(1, 40), g.num(101, 1210))
	case "Ste", "Suite", "Rm", "Dept":
		return u + " " + g.pick(g.num(100, 950), g.num(1, 20)+letter)
	case "Fl":
		return u + " " + g.num(2, 40)
	case "Bldg":
		return u + " " + g.pick(g.num(1, 12), letter)
	case "Lot", "Trlr", "Spc":
		return u + " " + g.num(1, 220)
	default:
		return u + " " + g.pick(g.num(1, 40), g.num(101, 2210), g.num(1, 12)+letter, letter)
	}
}

// Hard negatives: companies, brands and products named after people;
// places, schools and streets without a house number named after people;
// prizes and diseases; handles.
var enCompanies = []string{
	"Wells Fargo", "Johnson & Johnson", "Dell Technologies", "Ford Motor Credit Company LLC", "Hilton Worldwide",
	"Walgreen Co.", "Goodyear Tire & Rubber Co.", "Charles Schwab & Co.", "Merrill Lynch", "Morgan Stanley",
	"Procter & Gamble", "Kellogg Company", "The Boeing Company", "McDonald's USA, LLC", "Wendy's",
	"Trader Joe's", "Marriott International", "Sherwin-Williams", "Harley-Davidson", "Hewlett-Packard",
	"Ernst & Young", "Lowe's Home Improvement", "Dillard's", "Nordstrom", "Macy's", "Kohl's", "Chick-fil-A",
}

var enBrands = []string{
	"Dr Pepper", "Tommy Hilfiger", "Calvin Klein", "Ralph Lauren", "Ben & Jerry's", "Jack Daniel's", "Sam Adams",
	"Betty Crocker", "Jim Beam", "Johnnie Walker", "Lincoln Navigator", "Mrs. Fields", "Little Debbie",
	"Chef Boyardee", "Orville Redenbacher's", "Marie Callender's", "Newman's Own", "Martha Stewart Living",
	"Levi's", "Hershey's", "Campbell's soup", "Heinz ketchup", "Ford F-150", "Dodge Ram", "Wrigley's gum", "Tiffany & Co.",
}

var enPlaces = []string{
	"Lincoln Elementary", "Jefferson Middle School", "Roosevelt High School", "Kennedy Space Center",
	"Washington Square Park", "Martin Luther King Jr. Blvd", "the Lincoln Memorial", "Reagan National Airport",
	"Hoover Dam", "the George Washington Bridge", "Grant Park", "Franklin County", "Jackson Hole", "Madison Avenue",
	"Fort Worth", "Cesar Chavez Park", "Lake Washington", "Mount Rainier", "Carnegie Hall", "Rockefeller Center",
	"Johns Hopkins Hospital", "Vanderbilt University", "Duke University", "Stanford", "the Truman Library", "Kings County",
}

var enPrizes = []string{
	"the Pulitzer Prize", "the Nobel Peace Prize", "the Heisman Trophy", "an Oscar", "a Fulbright scholarship",
	"the Rhodes Scholarship", "the Lombardi Trophy", "the Stanley Cup", "a MacArthur fellowship", "the Newbery Medal",
}

var enDiseases = []string{
	"Parkinson's disease", "Alzheimer's", "Crohn's disease", "Down syndrome", "Hodgkin lymphoma", "Bell's palsy",
	"Lou Gehrig's disease", "Tourette syndrome", "Asperger's", "Graves' disease", "Lyme disease",
}

func (g *gen) handle() string {
	return "@" + strings.ToLower(g.of(enFirst)[:1]+strings.NewReplacer("'", "", " ", "", "-", "").Replace(g.of(enLast))) + g.pick("", "_", "84", "_nyc", "22", "x")
}
