package fresh

import "strings"

var enMale = strings.Fields(`James John Robert Michael William David Richard Joseph Thomas Charles Christopher
Daniel Matthew Anthony Mark Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward
Jason Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory
Alexander Patrick Frank Raymond Jack Dennis Jerry Tyler Aaron Jose Adam Nathan Henry Zachary Douglas Peter Kyle
Noah Ethan Jeremy Walter Christian Keith Roger Terry Austin Sean Gerald Carl Harold Dylan Arthur Lawrence Jordan
Jesse Bryan Billy Bruce Gabriel Logan Alan Juan Albert Willie Elijah Wayne Randy Vincent Mason Roy Ralph Bobby
Russell Bradley Philip Eugene DeShawn Malik Luis Carlos Miguel Hunter Liam Cody Trevor Darnell Jamal Tremaine`)

var enFemale = strings.Fields(`Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy
Betty Sandra Margaret Ashley Kimberly Emily Donna Michelle Carol Amanda Melissa Deborah Stephanie Dorothy Rebecca
Sharon Laura Cynthia Amy Kathleen Angela Shirley Brenda Emma Anna Pamela Nicole Samantha Katherine Christine Helen
Debra Rachel Carolyn Janet Maria Catherine Heather Diane Olivia Julie Joyce Victoria Ruth Virginia Lauren Kelly
Christina Joan Evelyn Judith Andrea Hannah Megan Cheryl Jacqueline Martha Madison Teresa Gloria Sara Janice Ann
Kathryn Abigail Sophia Frances Jean Alice Judy Isabella Julia Grace Amber Denise Danielle Marilyn Beverly
Charlotte Natalie Theresa Diana Brittany Doris Kayla Alexis Lori Marie Aaliyah Keisha Guadalupe Ximena Priya
Destiny Tiffany Crystal Mackenzie Brianna LaToya Shanice Yesenia Mei`)

var enSurnames = strings.Fields(`Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez
Lopez Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark
Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker Hall
Rivera Campbell Mitchell Carter Roberts Gomez Phillips Evans Turner Diaz Parker Cruz Edwards Collins Reyes Stewart
Morris Morales Murphy Cook Rogers Gutierrez Ortiz Morgan Cooper Peterson Bailey Reed Kelly Howard Ramos Kim Cox
Ward Richardson Watson Brooks Chavez Wood James Bennett Gray Mendoza Ruiz Hughes Price Alvarez Castillo Sanders
Patel Myers Long Ross Foster Jimenez Powell Jenkins Perry Russell Sullivan Bell Coleman Butler Henderson Barnes
Gonzales Fisher Vasquez Simmons Romero Jordan Patterson Alexander Hamilton Graham Reynolds Griffin Wallace West
Cole Hayes Bryant Herrera Gibson Ellis Tran Medina Aguilar Stevens Murray Ford Castro Marshall Owens Harrison
Fernandez McDonald Woods Washington Kennedy Wells Vargas Henry Chen Freeman Webb Tucker Guzman Burns Crawford Olson
Simpson Porter Hunter Gordon Mendez Silva Shaw Snyder Mason Dixon Munoz Hunt Hicks Holmes Palmer Wagner Black
Robertson Boyd Rose Stone Salazar Fox Warren Mills Meyer Rice Schmidt Garza Daniels Ferguson Nichols Stephens Soto
Weaver Ryan Gardner Payne Grant Dunn Kowalski Nowak Yamamoto Okafor Nakamura Goldberg Rosenberg Novak Shapiro
Kaplan Banerjee Okonkwo Haddad Nasser Lindqvist`)

// Apostrophes, prefixes and double-barrelled forms that US forms mangle.
var enOddSurnames = []string{"O'Brien", "O'Connor", "O'Neill", "D'Angelo", "D'Souza", "McAllister", "MacKenzie",
	"DiMaggio", "LaFleur", "St. Clair", "Van Buren", "De la Cruz", "Garcia-Lopez", "Smith-Whitaker", "Ben-Ami",
	"Fitzgerald", "Van der Berg", "Le Blanc"}

var enPinyin = [][2]string{{"Wei", "Zhang"}, {"Fang", "Wang"}, {"Na", "Li"}, {"Yang", "Liu"}, {"Jing", "Chen"},
	{"Lei", "Huang"}, {"Min", "Zhao"}, {"Xiaoming", "Wu"}, {"Haoran", "Zhou"}, {"Yuxuan", "Xu"}, {"Jianguo", "Sun"},
	{"Meiling", "Lin"}, {"Zihan", "Guo"}, {"Tao", "He"}, {"Ka Yan", "Wong"}, {"Tai Man", "Chan"}, {"Hui", "Gao"}}

type enName struct {
	first, middle, last, suffix string
	female                      bool
}

func (g *gen) enPerson() enName {
	var n enName
	if g.p(0.5) {
		n.first = g.of(enMale)
		if g.p(0.07) {
			n.suffix = g.pick("Jr.", "Sr.", "III", "II", "Jr", "IV")
		}
	} else {
		n.first, n.female = g.of(enFemale), true
	}
	switch {
	case g.p(0.12):
		n.last = g.of(enOddSurnames)
	case g.p(0.06):
		pn := enPinyin[g.r.IntN(len(enPinyin))]
		n.first, n.last = pn[0], pn[1]
		return n
	default:
		n.last = g.of(enSurnames)
	}
	if g.p(0.3) {
		n.middle = string("ABCDEFGHJKLMNPRSTW"[g.r.IntN(18)])
	}
	return n
}

// full renders the name as people write it: sometimes with the middle initial and suffix.
func (n enName) full() string {
	s := n.first
	if n.middle != "" {
		s += " " + n.middle + "."
	}
	s += " " + n.last
	if n.suffix != "" {
		if n.suffix[0] == 'J' || n.suffix[0] == 'S' {
			s += ", " + n.suffix
		} else {
			s += " " + n.suffix
		}
	}
	return s
}

// enMan and enWoman draw until the sex fits the sentence (Mr., groom, her father).
func (g *gen) enMan() enName {
	for {
		if n := g.enPerson(); !n.female {
			return n
		}
	}
}
func (g *gen) enWoman() enName {
	for {
		if n := g.enPerson(); n.female {
			return n
		}
	}
}

func (g *gen) enDOB() string {
	return g.num(1, 12) + "/" + g.num(1, 28) + "/" + g.num(1941, 2004)
}

func (n enName) short() string { return n.first + " " + n.last }
func (n enName) lastFirst() string {
	return n.last + ", " + n.first
}
func (n enName) email(dom string) string {
	return asciiFold(string(n.first[0])+n.last) + "@" + dom
}

var enStreetNames = strings.Fields(`Main Oak Maple Cedar Pine Elm Washington Lake Hill Park Sunset Jefferson Lincoln
Madison Franklin Jackson Highland Church Ridge Willow River Spring Mill Meadow Forest Chestnut Walnut Dogwood
Magnolia Peachtree Sycamore Hickory Broad Market Union Center Prospect Poplar Laurel Birch Cherry Locust Vine
Holly Aspen Juniper Bluebonnet Mesquite Saguaro Cypress Palmetto Kingsley Ashford Brookside Fairview Glenwood
Lakeview Riverside Woodland Orchard Harbor Quarry Canal Depot Mulberry Hawthorne Sherwood Kensington Belmont
Clinton Monroe Adams Grant Wilson Truman Kennedy`)

var enMultiStreets = []string{"Martin Luther King Jr", "Cesar Chavez", "Old Mill", "Country Club", "Valley View",
	"Ponce de Leon", "Old Orchard", "Rock Creek", "Bear Creek", "Twin Oaks", "Indian Hill", "Stone Ridge",
	"Red Bud", "Fox Chase", "Deer Run", "Cumberland Gap", "Pleasant Valley", "Turkey Foot", "Piney Branch"}

var enSuffixes = strings.Fields(`St St Street Ave Ave Avenue Blvd Rd Road Dr Drive Ln Lane Ct Court Pl Way Pike
Trail Trl Pkwy Hwy Cir Circle Ter Terrace Loop Run Xing Crossing Flats Corners Row Sq Trce Trace Lndg Landing Hts
Cmns Pt Bnd Glen Holw Aly Alley Cv Expy Fwy Grn Mnr Mdws Pass Path Plz Sta Vw Walk Way`)

var enUnits = []string{"Apt", "Apt.", "Ste", "Suite", "Unit", "#", "Apt", "Fl", "Rm", "Bldg", "Lot", "Trlr", "Dept", "Spc"}

type usCity struct{ city, st, zip string }

var usCities = func() []usCity {
	raw := `New York|NY|10001;Brooklyn|NY|11215;Bronx|NY|10458;Los Angeles|CA|90012;Chicago|IL|60614;Houston|TX|77002;
Phoenix|AZ|85004;Philadelphia|PA|19103;San Antonio|TX|78205;San Diego|CA|92101;Dallas|TX|75201;Austin|TX|78701;
Jacksonville|FL|32202;Columbus|OH|43215;Charlotte|NC|28202;Indianapolis|IN|46204;Seattle|WA|98101;Denver|CO|80202;
Boston|MA|02108;Nashville|TN|37203;Portland|OR|97205;Las Vegas|NV|89101;Detroit|MI|48226;Memphis|TN|38103;
Louisville|KY|40202;Baltimore|MD|21201;Milwaukee|WI|53202;Albuquerque|NM|87102;Tucson|AZ|85701;Fresno|CA|93721;
Sacramento|CA|95814;Kansas City|MO|64105;Atlanta|GA|30303;Omaha|NE|68102;Raleigh|NC|27601;Miami|FL|33130;
Minneapolis|MN|55401;Tulsa|OK|74103;Cleveland|OH|44113;Honolulu|HI|96813;Anchorage|AK|99501;Burlington|VT|05401;
Boise|ID|83702;Des Moines|IA|50309;Madison|WI|53703;Springfield|IL|62701;Lincoln|NE|68508;Washington|DC|20001;
Bismarck|ND|58501;Cheyenne|WY|82001;Santa Fe|NM|87501;Provo|UT|84601;Ann Arbor|MI|48104;St. Louis|MO|63101;
Fort Worth|TX|76102;Winston-Salem|NC|27101;Coeur d'Alene|ID|83814;Martinsburg|WV|25401;Scranton|PA|18503;
Dayton|OH|45402;Eugene|OR|97401;Duluth|MN|55802;Savannah|GA|31401;Wichita|KS|67202;Little Rock|AR|72201;
Jackson|MS|39201;Charleston|SC|29401;Hoboken|NJ|07030;Providence|RI|02903;Hartford|CT|06103;Portland|ME|04101;
Manchester|NH|03101;Wilmington|DE|19801;Baton Rouge|LA|70802;Birmingham|AL|35203;Lubbock|TX|79401;Reno|NV|89501;
Spokane|WA|99201;Fargo|ND|58102;Sioux Falls|SD|57104;Billings|MT|59101;Greenville|SC|29601;Flagstaff|AZ|86001`
	var out []usCity
	for _, rec := range strings.Split(raw, ";") {
		f := strings.Split(strings.TrimSpace(rec), "|")
		out = append(out, usCity{f[0], f[1], f[2]})
	}
	return out
}()

type enAddr struct {
	street, unit string // "1420 N Oak St", "Apt 3B"
	c            usCity
	zip4         bool
	pobox        bool
}

func (g *gen) enAddress() enAddr {
	a := enAddr{c: usCities[g.r.IntN(len(usCities))]}
	if g.p(0.07) {
		a.pobox = true
		a.street = g.pick("PO Box ", "P.O. Box ", "PO BOX ", "P O Box ") + g.num(1, 99999)
		return a
	}
	var num string
	switch {
	case g.p(0.1):
		num = g.num(1, 99)
	case g.p(0.1):
		num = g.num(10000, 29999)
	case g.p(0.04):
		num = g.num(100, 999) + "-" + g.num(10, 99) // Queens style
	default:
		num = g.num(100, 9999)
	}
	var name string
	switch {
	case g.p(0.15):
		name = g.of(enMultiStreets)
	case g.p(0.12):
		n := g.in(1, 130)
		sfx := "th"
		if n%100 < 11 || n%100 > 13 {
			switch n % 10 {
			case 1:
				sfx = "st"
			case 2:
				sfx = "nd"
			case 3:
				sfx = "rd"
			}
		}
		name = itoa(n) + sfx
	default:
		name = g.of(enStreetNames)
	}
	st := num + " "
	if g.p(0.25) {
		st += g.pick("N", "S", "E", "W", "N.", "NE", "SW", "North", "West") + " "
	}
	st += name + " " + g.of(enSuffixes)
	if g.p(0.08) {
		st += " " + g.pick("NW", "SE", "NE", "SW")
	}
	a.street = st
	if g.p(0.35) {
		u := g.of(enUnits)
		sep := " "
		if u == "#" && g.p(0.5) {
			sep = ""
		}
		a.unit = u + sep + g.pick(g.num(1, 40), g.num(100, 2400), g.num(1, 9)+string("ABCDEF"[g.r.IntN(6)]), string("ABCD"[g.r.IntN(4)]))
	}
	a.zip4 = g.p(0.15)
	return a
}

// enHome is a street address, never a PO Box.
func (g *gen) enHome() enAddr {
	for {
		if a := g.enAddress(); !a.pobox {
			return a
		}
	}
}

func (a enAddr) zip() string {
	if a.zip4 {
		return a.c.zip + "-" + itoa(1000+len(a.street)*137%9000)
	}
	return a.c.zip
}

// line renders on one line; sep is what joins the unit to the street.
func (a enAddr) line(g *gen) string {
	s := a.street
	if a.unit != "" {
		s += g.pick(" ", ", ") + a.unit
	}
	return s + ", " + a.c.city + ", " + a.c.st + " " + a.zip()
}

func (a enAddr) block() string {
	s := a.street
	if a.unit != "" {
		s += " " + a.unit
	}
	return s + "\n" + a.c.city + ", " + a.c.st + " " + a.zip()
}

func (a enAddr) streetUnit() string {
	if a.unit != "" {
		return a.street + " " + a.unit
	}
	return a.street
}

func (g *gen) enDate() string {
	return g.num(1, 12) + "/" + g.num(1, 28) + "/" + g.pick("2023", "2024", "2025")
}

// Hard negatives: companies, products, places and buildings named after people,
// and ordinary words that are also given names. None is labelled.
var enNegatives = []string{
	"Johnson & Johnson", "Wells Fargo", "Charles Schwab", "Dr Pepper", "Ben & Jerry's", "Jack Daniel's",
	"Ford F-150", "Dell XPS", "Walt Disney World", "Marriott", "Hilton Garden Inn", "McDonald's", "Wendy's",
	"Tim Hortons", "Kellogg's", "Campbell's", "Mrs. Fields", "Goodyear", "Lincoln Navigator", "Tesla Model 3",
	"Procter & Gamble", "Morgan Stanley", "Goldman Sachs", "Merrill Lynch", "Hewlett-Packard", "Ralph Lauren",
	"Calvin Klein", "Victoria's Secret", "Trader Joe's", "Dunkin'", "Chick-fil-A", "Sherwin-Williams", "John Deere",
	"Harley-Davidson", "Kohl's", "Macy's", "Lowe's", "Ace Hardware", "Baskin-Robbins", "Chuck E. Cheese",
	"Dickies", "Levi's", "Hershey's", "Orville Redenbacher's", "Uncle Ben's", "Duncan Hines", "Sam's Club",
	"Tommy Hilfiger", "Dr. Scholl's", "Jimmy John's", "Papa John's", "Marie Callender's", "Jenny Craig",
}

var enPlaceNegatives = []string{"Lincoln Park", "the Washington Monument", "Jefferson County", "Kennedy Airport",
	"Madison Square Garden", "Lake Tahoe", "Mount Vernon", "the Jackson Heights library", "Fort Lauderdale",
	"St. Jude Children's Hospital", "Johns Hopkins", "the Franklin Institute", "Grant Park", "Carnegie Hall",
	"Rockefeller Center", "the Hoover Dam", "Stanford", "Columbus Circle", "Houston Street", "Martin Luther King Jr Blvd"}

var enKinds = []kind{
	{"crm_note", func(g *gen, b *builder) {
		p, a := g.enPerson(), g.enAddress()
		agent := g.of(enFemale)
		b.f("Account #%s | Case %s-%s\nNote by %n (Tier 1), %s:\n", g.digits(7), g.pick("CS", "SR", "TKT"), g.digits(6), agent, g.enDate())
		switch g.in(0, 2) {
		case 0:
			b.f("Spoke w/ cust %n re: refund on the %s order. Confirmed ship-to %a. ", p.full(), g.of(enNegatives), a.line(g))
			b.f("%s said she'd call back after her shift; will follow up Thurs.\n", g.pick("Cust", "Caller", "Member"))
		case 1:
			b.f("Inbound call from %n. Wants statements mailed to new address: %a (moved from %s).", p.short(), a.line(g), g.pick("Lincoln Park", "Grant Park", "the Jefferson County office", "Kennedy Airport area"))
			b.f(" Verified last 4 of SSN. Updated profile.\n")
		default:
			b.f("Callback requested by %n on behalf of her father, %n. Mail returned undeliverable from %a. ", g.of(enFemale), p.full(), a.line(g))
			b.f("Will bill the card on file in May once billing approves the mark-down.\n")
		}
	}},
	{"insurance_claim", func(g *gen, b *builder) {
		p, a, o := g.enPerson(), g.enAddress(), g.enPerson()
		b.f("FIRST NOTICE OF LOSS\nClaim no.: %s%s\nPolicyholder: %n\nPolicy #: HO-%s\nDate of loss: %s\nLoss location:\n%a\n\n",
			g.pick("CLM", "PC", "AU"), g.digits(8), strings.ToUpper(p.full()), g.digits(9), g.enDate(), a.block())
		switch g.in(0, 2) {
		case 0:
			b.f("Description: Insured reports water damage to kitchen ceiling. Source is the unit above, occupied by %n. Plumber from %s Plumbing attended.\n", o.short(), g.of(enSurnames))
		case 1:
			b.f("Description: Rear-end collision at %s and %s. Other driver: %n, %s Insurance. Insured's vehicle, a %s, towed to %s.\n",
				g.of(enStreetNames)+" "+g.pick("St", "Ave"), g.of(enStreetNames)+" "+g.pick("Rd", "Blvd"), o.full(), g.pick("Progressive", "Allstate", "Geico", "State Farm"), g.pick("Ford F-150", "Lincoln Navigator", "Tesla Model 3", "Honda Civic"), g.pick("Johnson Auto Body", "Mike's Collision", "Gerber Collision"))
		default:
			b.f("Description: Tree limb fell on garage during storm. Neighbor %n (%s) witnessed it.\n", o.first, g.pick("next door", "across the street"))
		}
		b.f("Adjuster: %n, ext. %s\n", g.enPerson().short(), g.digits(4))
	}},
	{"driver_note", func(g *gen, b *builder) {
		a := g.enAddress()
		switch g.in(0, 3) {
		case 0:
			b.f("DRIVER NOTE %s: left pkg behind planter at %a. Gate code %s. Dog in yard!!\n", g.digits(5), a.line(g), g.digits(4))
		case 1:
			b.f("stop %s - %a - nobody home, notice left. cust %n called, redeliver tmrw after 5\n", g.num(1, 140), strings.ToLower(a.line(g)), g.enPerson().first)
		case 2:
			b.f("Delivered to front desk, signed by %n. Bldg entrance on %s side. Addr: %a\n", g.enPerson().short(), g.pick("Lincoln", "Jefferson", "Grant", "Washington"), a.line(g))
		default:
			b.f("Route %s: %a — wrong unit on label, actual recipient %n. Rang bell twice, no answer. Will return it to depot.\n", g.digits(3), a.line(g), g.enPerson().full())
		}
	}},
	{"order_csv", func(g *gen, b *builder) {
		b.f("order_id,created_at,first_name,last_name,email,ship_address,product,total\n")
		for i, k := 0, g.in(2, 5); i < k; i++ {
			p, a := g.enPerson(), g.enAddress()
			b.f("%s,2024-%s-%sT%s:%s:00Z,", g.digits(6), pad2(g.in(1, 12)), pad2(g.in(1, 28)), pad2(g.in(0, 23)), pad2(g.in(0, 59)))
			if g.p(0.3) {
				b.f("\"%n\",\"%n\",", p.first, p.last)
			} else {
				b.f("%n,%n,", p.first, p.last)
			}
			b.f("%s,\"%a\",\"%s\",%s.%s\n", p.email(g.pick("gmail.com", "yahoo.com", "outlook.com", "icloud.com")), a.line(g), g.pick("Hershey's Variety Pack", "Dr Pepper 12pk", "Ralph Lauren Polo - Navy", "John Deere toy tractor", "Levi's 501 32x30", "Calvin Klein Tee"), g.num(5, 400), pad2(g.in(0, 99)))
		}
	}},
	{"json_payload", func(g *gen, b *builder) {
		p, a := g.enPerson(), g.enAddress()
		if g.p(0.5) {
			b.f("{\n  \"orderId\": \"%s\",\n  \"customer\": {\n    \"firstName\": \"%n\",\n    \"lastName\": \"%n\",\n    \"email\": \"%s\"\n  },\n",
				g.digits(10), p.first, p.last, p.email("example.net"))
			b.f("  \"shippingAddress\": {\n    \"line1\": \"%a\",\n    \"city\": \"%s\",\n    \"state\": \"%s\",\n    \"postalCode\": \"%s\",\n    \"country\": \"US\"\n  },\n  \"items\": [{\"sku\": \"HP-%s\", \"name\": \"Hewlett-Packard 67XL ink\"}]\n}\n",
				a.streetUnit(), a.c.city, a.c.st, a.zip(), g.digits(4))
		} else {
			b.f("{\"event\":\"account.updated\",\"data\":{\"user\":{\"display_name\":\"%n\",\"handle\":\"@%s\",\"mailing_address\":\"%a\"},\"changed_by\":\"%n\"},\"ts\":%s}\n",
				p.full(), asciiFold(p.first)+g.digits(2), a.line(g), g.enPerson().short(), "17"+g.digits(8))
		}
	}},
	{"review", func(g *gen, b *builder) {
		tech := g.of(enMale)
		switch g.in(0, 3) {
		case 0:
			b.f("★★★★★ %s\n%n came out to fix our AC the same day. Super polite, explained everything. Ask for %n!\n— %n, %s\n",
				g.pick("Great service", "Highly recommend", "Lifesaver"), tech, tech, g.enPerson().first+" "+string(g.of(enSurnames)[0])+".", g.pick("Austin TX", "Tulsa", "Reno, NV"))
		case 1:
			b.f("2/5 — Ordered the %s and it arrived melted. Support rep %n was nice but couldn't do a refund. Will not order again, I'd rather go to %s.\n",
				g.pick("Ben & Jerry's 8-pack", "Hershey's assortment", "Mrs. Fields tin"), g.of(enFemale), g.pick("Trader Joe's", "Sam's Club", "Kohl's"))
		case 2:
			b.f("Stayed at the Hilton Garden Inn near %s. Room was fine. Shoutout to %n at the front desk who found my lost ring. Bill at checkout was higher than quoted though.\n",
				g.of(enPlaceNegatives), g.of(enFemale))
		default:
			b.f("Best tacos in town. The owner, %n, remembered our order. They moved to %a last spring, parking is easier now.\n", g.enPerson().short(), g.enHome().line(g))
		}
	}},
	{"cv", func(g *gen, b *builder) {
		p, a := g.enPerson(), g.enAddress()
		b.f("%n\n%a\n(%s) %s-%s · %s · linkedin.com/in/%s\n\n", strings.ToUpper(p.full()), a.line(g), g.digits(3), g.digits(3), g.digits(4), p.email("gmail.com"), asciiFold(p.first+"-"+p.last))
		b.f("EXPERIENCE\n%s, %s — %s–present\n- Led a team of %s analysts\n\n", g.pick("Senior Analyst", "Operations Manager", "Staff Accountant", "RN"), g.pick("Wells Fargo", "Morgan Stanley", "Johns Hopkins", "Procter & Gamble", "Harley-Davidson"), g.pick("2019", "2021", "2016"), g.num(2, 9))
		r := g.enPerson()
		title := g.pick("Dr.", "Prof.", "Mr.")
		if r.female {
			title = g.pick("Dr.", "Prof.", "Ms.")
		}
		b.f("REFERENCES\n%s %n, %s, %s\n", title, r.short(), g.pick("former supervisor", "professor", "clinical lead"), g.pick("available on request", r.email("stanford.edu")))
	}},
	{"school_enrollment", func(g *gen, b *builder) {
		kid, par, a := g.enPerson(), g.enPerson(), g.enAddress()
		kid.last = par.last
		b.f("%s ELEMENTARY — NEW STUDENT ENROLLMENT\nStudent Last Name: %n\nStudent First Name: %n    M.I.: %s\nGrade: %s\nDOB: %s\n",
			strings.ToUpper(g.pick("Lincoln", "Roosevelt", "Washington", "Jefferson", "Kennedy", "Martin Luther King Jr.")), strings.ToUpper(kid.last), strings.ToUpper(kid.first), g.pick("A", "J", "R", "-"), g.pick("K", "1", "3", "5"), g.num(1, 12)+"/"+g.num(1, 28)+"/"+g.num(2014, 2019))
		b.f("Parent/Guardian 1: %n\nHome Address: %a\n", par.full(), a.line(g))
		if g.p(0.5) {
			m := g.enPerson()
			b.f("Parent/Guardian 2: %n (mailing: %a)\n", m.short(), g.enAddress().line(g))
		}
		b.f("Emergency contact: %n (aunt)\n", g.of(enFemale)+" "+g.of(enSurnames))
	}},
	{"wedding_invitation", func(g *gen, b *builder) {
		f, br, gr := g.enMan(), g.enPerson(), g.enMan()
		bride := g.of(enFemale)
		if g.p(0.5) {
			b.f("Mr. and Mrs. %n\nrequest the honor of your presence\nat the marriage of their daughter\n%n\nto\n%n\n", f.first+" "+f.last, bride+" "+g.pick("Rose", "Marie", "Grace", "Lynn"), gr.full())
		} else {
			b.f("Together with their families\n%n & %n\ninvite you to celebrate their wedding\n", bride, br.first)
		}
		a := g.enHome()
		a.unit = ""
		b.f("Saturday, the %s of June\nat four o'clock\n%s\n%a\nReception to follow. Kindly reply to %n by May 1.\n",
			g.pick("fourteenth", "twenty-first", "seventh"), g.pick("St. Mary's Chapel", "The Carnegie Room", "Rockefeller Gardens", "First Baptist Church"), a.block(), g.of(enFemale))
	}},
	{"incident_report", func(g *gen, b *builder) {
		o, rp, s, a := g.enPerson(), g.enPerson(), g.enPerson(), g.enAddress()
		b.f("INCIDENT REPORT #%s-%s\nReporting Officer: Ofc. %n #%s\n", g.pick("24", "25"), g.digits(5), string(o.first[0])+". "+o.last, g.digits(4))
		b.f("Location: %a\n", a.line(g))
		b.f("NARRATIVE: R/P %n (DOB %s) stated that at approx %s hrs an unknown male took a package from the porch. ",
			strings.ToUpper(rp.lastFirst()), g.enDOB(), pad2(g.in(0, 23))+pad2(g.in(0, 59)))
		b.f("R/P's neighbor %n provided doorbell video. Suspect fled toward %s. ", s.short(), g.of(enPlaceNegatives))
		b.f("Case referred to Det. %n.\n", g.enPerson().last)
	}},
	{"tenant_complaint", func(g *gen, b *builder) {
		me, a := g.enPerson(), g.enHome()
		if a.unit == "" {
			a.unit = "Apt " + g.num(1, 40)
		}
		b.f("To: %s Property Management\nRe: %s — noise and unrepaired leak\n\nHi %n,\n\n", g.pick("Sherwood", "Kensington", "Belmont"), a.unit, g.of(enFemale))
		b.f("I rent %a. Since March the tenant upstairs (%n) has been running a washer at 2 AM. I reported the leak under the sink to your maintenance guy, %n, three times.\n",
			a.line(g), g.enPerson().short(), g.of(enMale))
		b.f("Please have someone call me.\n\n%n\n", me.full())
	}},
	{"chat_export", func(g *gen, b *builder) {
		x, y := g.enPerson(), g.enPerson()
		day, mon, min := g.in(1, 28), g.in(1, 12), g.in(7*60, 20*60)
		ts := func() string {
			min += g.in(0, 9)
			h, ampm := min/60, "AM"
			if h >= 12 {
				ampm = "PM"
			}
			if h > 12 {
				h -= 12
			}
			return "[" + itoa(mon) + "/" + itoa(day) + "/24, " + itoa(h) + ":" + pad2(min%60) + ":" + pad2(g.in(0, 59)) + " " + ampm + "] "
		}
		b.f("%s%n: hey are you still at %s?\n", ts(), x.first, g.pick("mom's", "the Wendy's", "Trader Joe's"))
		b.f("%s%n: yeah, leaving in 10. send me the address again\n", ts(), y.short())
		b.f("%s%n: %a\n", ts(), x.first, strings.ToLower(g.enAddress().line(g)))
		b.f("%s%n: ok. is %n coming? she said may be late\n", ts(), y.short(), g.of(enFemale))
		b.f("%s%n: ‎<attached: 00000%s-PHOTO.jpg>\n", ts(), x.first, g.digits(2))
	}},
	{"email_thread", func(g *gen, b *builder) {
		x, y, a := g.enPerson(), g.enPerson(), g.enAddress()
		b.f("From: %n <%s>\nTo: %s\nSubject: RE: W-9 and mailing address\n\n", x.short(), x.email("acme-logistics.com"), y.email("gmail.com"))
		b.f("Thanks %n, got it. I've updated the vendor record.\n\nBest,\n%n\nAccounts Payable | Acme Logistics\n\n", y.first, x.first)
		b.f("On %s, %n <%s> wrote:\n> Hi %n,\n> Please send the check to our new office:\n> %a\n> Thanks!\n> %n\n",
			g.enDate(), y.full(), y.email("gmail.com"), x.first, a.line(g), y.first)
	}},
	{"meeting_notes", func(g *gen, b *builder) {
		a, c, d := g.enPerson(), g.enPerson(), g.enPerson()
		b.f("## Ops sync — %s\n\n**Attendees:** %n, %n, %n\n\n### Action items\n- [ ] @%s follow up with the %s account\n", g.enDate(), a.short(), c.short(), d.first, asciiFold(string(a.first[0])+a.last), g.pick("Charles Schwab", "Goldman Sachs", "Marriott", "Johnson & Johnson"))
		b.f("- [x] %n to confirm new warehouse lease at %a\n- [ ] Grant access for contractor (%n)\n", c.first, g.enAddress().line(g), g.enPerson().full())
	}},
	{"html", func(g *gen, b *builder) {
		p, a := g.enPerson(), g.enAddress()
		b.f("<div class=\"order-summary\">\n  <h3>Shipping to</h3>\n  <p class=\"recipient\">%n</p>\n  <p class=\"address\">%a</p>\n", p.full(), a.line(g))
		b.f("  <p>Sold by <a href=\"/store/ralph-lauren\">Ralph Lauren</a> · Gift note: &quot;Happy birthday %n!&quot;</p>\n</div>\n", g.of(enFemale))
	}},
	{"address_label", func(g *gen, b *builder) {
		p, a := g.enPerson(), g.enAddress()
		name, addr := p.full(), a.block()
		if g.p(0.6) {
			name, addr = strings.ToUpper(name), strings.ToUpper(addr)
		}
		b.f("%s\n%n\n", g.pick("SHIP TO:", "DELIVER TO", "TO:"), name)
		if g.p(0.2) {
			b.f("C/O %n\n", strings.ToUpper(g.enPerson().short()))
		}
		b.f("%a\n%s\nUSPS TRACKING # 9400 %s %s %s\n", addr, g.pick("UNITED STATES", "USA", ""), g.digits(4), g.digits(4), g.digits(4))
	}},
	{"log_line", func(g *gen, b *builder) {
		p, a := g.enPerson(), g.enAddress()
		b.f("2024-%s-%sT%s:%s:%sZ INFO shipment.created order=%s recipient=\"%n\" dest=\"%a\" carrier=ups\n",
			pad2(g.in(1, 12)), pad2(g.in(1, 28)), pad2(g.in(0, 23)), pad2(g.in(0, 59)), pad2(g.in(0, 59)), g.digits(7), p.short(), a.line(g))
		b.f("2024-%s-%sT%s:%s:%sZ WARN address.validate user=%s msg=\"suite missing\" input=\"%a\"\n",
			pad2(g.in(1, 12)), pad2(g.in(1, 28)), pad2(g.in(0, 23)), pad2(g.in(0, 59)), pad2(g.in(0, 59)), asciiFold(p.first)+"."+asciiFold(p.last), g.enAddress().line(g))
	}},
	{"negative_note", func(g *gen, b *builder) {
		switch g.in(0, 2) {
		case 1:
			b.f("Picked up %s and a 12pk of Dr Pepper at the store by %s. The Lincoln Navigator needs new Goodyear tires; will ask Chase about the bill. Grant deadline is May 15.\n", g.of(enNegatives), g.of(enPlaceNegatives))
			return
		case 2:
			b.f("RECALL NOTICE: certain %s units sold at %s and %s between March and June may overheat. Visit the service desk near %s. Mark the box and return it; we will credit the card.\n", g.pick("Hewlett-Packard", "Dell XPS", "John Deere", "Harley-Davidson"), g.of(enNegatives), g.of(enNegatives), g.of(enPlaceNegatives))
			return
		}
		b.f("Reminder: the %s rebate expires in May. Bring the %s receipt to the store near %s. ", g.of(enNegatives), g.of(enNegatives), g.of(enPlaceNegatives))
		b.f("Will mark the invoice paid once the bill clears at %s. Summer hours start June 1; the office on %s is closed.\n", g.pick("Wells Fargo", "Chase", "Charles Schwab"), g.pick("Jefferson Street", "Lincoln Avenue", "Houston Street", "Washington Blvd"))
		if g.p(0.6) {
			b.f("Questions? Ask %n in HR.\n", g.enPerson().short())
		}
	}},
}
