package unclaimed

import "strings"

var enFirst = []string{
	"James", "Mary", "Robert", "Patricia", "Michael", "Jennifer", "David", "Linda", "William", "Elizabeth",
	"Jessica", "Ashley", "Brandon", "Tyler", "Megan", "Kayla", "Dustin", "Heather", "Cody", "Brittany",
	"José", "María", "Luis", "Guadalupe", "Alejandro", "Ximena", "Jorge", "Carmen", "Rafael", "Yesenia",
	"Wei", "Mei", "Hiroshi", "Yuki", "Min-jun", "Ji-woo", "Thanh", "Linh", "Priya", "Rohan", "Anjali", "Arjun",
	"DeShawn", "Latoya", "Jamal", "Keisha", "Tremaine", "Imani", "Darnell", "Shaniqua", "Malik", "Aaliyah",
	"Siobhan", "Declan", "Bridget", "Ahmed", "Fatima", "Omar", "Layla", "Dmitri", "Svetlana", "Kofi", "Ngozi",
	"Chiamaka", "Tupac", "Everett", "Harriet", "Otis", "Mabel", "Cornelius", "Winona", "Dakota", "Cheyenne",
	"Juan Carlos", "Mary Beth", "Bobby Joe", "Anh", "Bao", "Kiana", "Leilani", "Mateo", "Sofia", "Zoe", "Ethan",
}

var enLast = []string{
	"Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Thompson",
	"Garcia", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Ramirez", "Torres", "Flores", "Vasquez",
	"Nguyen", "Tran", "Pham", "Kim", "Park", "Choi", "Chen", "Wong", "Liu", "Tanaka", "Yamamoto", "Nakamura",
	"Patel", "Shah", "Reddy", "Iyer", "Chaudhry", "Washington", "Jefferson", "Jackson", "Freeman", "Banks",
	"Okafor", "Mensah", "Adeyemi", "Haddad", "Khalil", "Ivanova", "Petrov", "Kowalczyk", "Novak", "Rossi",
	"O'Brien", "O'Connell", "McAllister", "MacDonald", "McKenzie", "DeLuca", "DiMaggio", "St. Clair",
	"de la Cruz", "De León", "del Rosario", "van der Meer", "Van Buren", "von Holt", "LaFleur", "Dupree",
	"Smith-Alvarez", "Nakamura-Reyes", "Lee", "Young", "King", "Wright", "Hill", "Green", "Baker", "Bell",
	"Fitzgerald", "Running Bear", "Begay", "Yazzie", "Kealoha", "Abernathy", "Whitfield", "Castellanos",
}

var enTitles = []string{"Mr. ", "Ms. ", "Mrs. ", "Dr. ", "Officer ", "Deputy ", "Nurse ", "Coach ", "Pastor ", "Judge ", "Sgt. ", "Prof. ", "Miss ", "Mx. "}

type enP struct{ first, mid, last string }

func (g *gen) enP() enP {
	p := enP{first: g.of(enFirst), last: g.of(enLast)}
	if g.chance(0.3) {
		p.mid = string("ABCDEFGHJKLMNPRSTW"[g.r.IntN(18)])
	}
	return p
}

func (p enP) full() string {
	if p.mid != "" {
		return p.first + " " + p.mid + ". " + p.last
	}
	return p.first + " " + p.last
}

// enName returns one written form of p's name.
func (g *gen) enName(p enP) string {
	switch g.r.IntN(10) {
	case 0:
		return p.last + ", " + p.first
	case 1:
		return strings.ToUpper(p.last) + ", " + p.first
	case 2:
		return p.first[:1] + ". " + p.last
	case 3:
		return p.first + " " + p.last
	case 4:
		if p.mid != "" {
			return p.first + " " + p.mid + ". " + p.last
		}
		return p.first + " " + p.last
	case 5:
		return strings.ToUpper(p.first + " " + p.last)
	default:
		return p.full()
	}
}

// enRef writes a reference to a person: a title and surname, a first name
// alone, or a full form.
func (b *bld) enRef(g *gen, p enP) {
	switch g.r.IntN(4) {
	case 0:
		b.t(g.of(enTitles))
		b.nm(p.last)
	case 1:
		b.nm(p.first)
	default:
		b.nm(g.enName(p))
	}
}

var enStreets = []string{"Maple", "Oak", "Cedar Ridge", "Elm", "Pine Hollow", "Washington", "Lincoln", "Jefferson", "Magnolia",
	"Peachtree", "Mission", "Sequoia", "Bayshore", "Hillcrest", "Sunset", "Main", "Church", "Mill Creek", "River Bend",
	"Highland", "Willow", "Cottonwood", "Mesquite", "Prairie View", "Lakeshore", "Old Mill", "Quail Run", "Dogwood",
	"Martin Luther King Jr", "Cesar Chavez", "Kamehameha", "Frontage", "County Road 12", "Juniper", "Harbor View", "Fairview"}
var enSuffix = []string{"St", "Street", "Ave", "Avenue", "Blvd", "Rd", "Road", "Dr", "Drive", "Ln", "Lane", "Ct", "Way", "Pl", "Pkwy", "Ter", "Cir", "Trl", "Hwy"}
var enDirs = []string{"N ", "S ", "E ", "W ", "NE ", "SW ", "North ", "West "}

type enCity struct{ city, st, zip3 string }

var enCities = []enCity{{"Columbus", "OH", "432"}, {"Tucson", "AZ", "857"}, {"Raleigh", "NC", "276"}, {"Spokane", "WA", "992"},
	{"Albuquerque", "NM", "871"}, {"Dayton", "OH", "454"}, {"Fresno", "CA", "937"}, {"Macon", "GA", "312"}, {"Boise", "ID", "837"},
	{"Lansing", "MI", "489"}, {"El Paso", "TX", "799"}, {"Des Moines", "IA", "503"}, {"Chattanooga", "TN", "374"},
	{"Providence", "RI", "029"}, {"Burlington", "VT", "054"}, {"Bismarck", "ND", "585"}, {"Eugene", "OR", "974"},
	{"Laredo", "TX", "780"}, {"Flushing", "NY", "113"}, {"Dearborn", "MI", "481"}, {"Hilo", "HI", "967"}, {"Gallup", "NM", "873"},
	{"Savannah", "GA", "314"}, {"Duluth", "MN", "558"}, {"Bangor", "ME", "044"}, {"St. Louis", "MO", "631"}, {"Winston-Salem", "NC", "271"}}

type enA struct{ street, unit, city, st, zip string }

func (g *gen) enA() enA {
	c := anyOf(g, enCities)
	a := enA{city: c.city, st: c.st, zip: c.zip3 + g.digits(2)}
	if g.chance(0.25) {
		a.zip += "-" + g.digits(4)
	}
	switch g.r.IntN(12) {
	case 0:
		a.street = "PO Box " + g.num(12, 9999)
	case 1:
		a.street = g.pick("RR ", "Rural Route ", "HC ") + g.num(1, 9) + " Box " + g.num(10, 499)
	default:
		s := g.num(1, 29999)
		if g.chance(0.1) {
			s += g.pick("A", "½", "-B")
		}
		s += " "
		if g.chance(0.3) {
			s += g.of(enDirs)
		}
		s += g.of(enStreets) + " " + g.of(enSuffix)
		a.street = s
		if g.chance(0.35) {
			a.unit = g.pick("Apt ", "Unit ", "Ste ", "#", "Lot ", "Bldg C, Apt ", "Trlr ", "Fl ") + g.num(1, 40) + g.pick("", "B", "A", "")
		}
	}
	return a
}

func (a enA) line1() string {
	if a.unit != "" {
		return a.street + ", " + a.unit
	}
	return a.street
}

func (a enA) cityLine() string { return a.city + ", " + a.st + " " + a.zip }

// one-line, two-line or uppercase label forms of a.
func (g *gen) enAddr(a enA, lines bool) string {
	switch {
	case lines && g.chance(0.5):
		if a.unit != "" && g.chance(0.5) {
			return a.street + "\n" + a.unit + "\n" + a.cityLine()
		}
		return a.line1() + "\n" + a.cityLine()
	case g.chance(0.15):
		return strings.ToUpper(a.line1() + " " + a.city + " " + a.st + " " + a.zip)
	case g.chance(0.2):
		return a.line1() + " " + a.city + " " + a.st + " " + a.zip
	case g.chance(0.15):
		return a.line1()
	}
	return a.line1() + ", " + a.cityLine()
}

var enKinds = []kind{
	{"parking-permit-renewal", enParking},
	{"meal-delivery-manifest", enMeals},
	{"process-server-affidavit", enServer},
	{"mortgage-payoff-request", enPayoff},
	{"alumni-update-yaml", enAlumni},
	{"family-group-text", enFamily},
	{"chaperone-assignments-xml", enChaperone},
	{"fishing-license-tsv", enFishing},
	{"home-health-visit-note", enHomeHealth},
	{"tow-dispatch-kv", enTow},
	{"neg_landmarks-and-namesakes", enNegLandmarks},
	{"neg_account-audit-log", enNegAudit},
}

func enParking(g *gen, b *bld) {
	b.t(g.pick("RESIDENTIAL PARKING PERMIT – RENEWAL\n", "Residential Permit Parking Program — Renewal Form\n", "Zone ", "PERMIT RENEWAL / Zone "), g.pick("A", "7", "B-2", "12"), "\n\n")
	p := g.enP()
	a := g.enA()
	for a.street[0] == 'P' || a.street[0] == 'R' || a.street[0] == 'H' {
		a = g.enA()
	}
	switch g.r.IntN(3) {
	case 0:
		b.t("Applicant: ")
		b.nm(g.enName(p))
		b.t("\nResidence address: ")
		b.ad(g.enAddr(a, false))
		b.t("\n")
	case 1:
		b.t("Last name: ")
		b.nm(p.last)
		b.t("\nFirst name: ")
		b.nm(p.first)
		b.t("\nStreet address: ")
		b.ad(a.line1())
		b.t("\nCity: ", a.city, "   State: ", a.st, "   ZIP: ", a.zip, "\n")
	default:
		b.t("NAME (Last, First)  ")
		b.nm(strings.ToUpper(p.last) + ", " + strings.ToUpper(p.first))
		b.t("\nADDRESS  ")
		b.ad(strings.ToUpper(a.line1() + ", " + a.cityLine()))
		b.t("\n")
	}
	b.t("Plate: ", g.pick("7", "8", "K"), g.upper(g.pick("ABC", "KLM", "RTZ", "WQE")), g.digits(3), "   Vehicle: ", g.pick("2014 Honda Civic", "2019 Ford F-150", "2011 Toyota Corolla", "2022 Subaru Outback", "2008 Chevy Malibu"), "\n")
	if g.chance(0.6) {
		q := g.enP()
		b.t("Second vehicle registered to ")
		b.nm(q.full())
		b.t(g.pick(" (spouse)", " (roommate)", ", daughter", ""), "\n")
	}
	if g.chance(0.5) {
		b.t("Proof of residency: utility bill mailed to ")
		b.ad(g.enAddr(a, false))
		b.t("\n")
	}
	if g.chance(0.5) {
		v := g.enP()
		b.t("Visitor hang tag requested for: ")
		b.nm(v.first + " " + v.last)
		b.t("\n")
	}
	b.t("Reviewed by: ")
	c := g.enP()
	b.nm(c.first[:1] + ". " + c.last)
	b.t(" on ", g.usDate(), g.pick("", " – approved", " – pending proof"), "\n")
}

func enMeals(g *gen, b *bld) {
	b.t(g.pick("Route ", "ROUTE #", "Driver route "), g.num(1, 40), " — ", g.pick("Tuesday hot meals", "Frozen weekend packs", "Thursday", "Holiday delivery"), "\n")
	d := g.enP()
	b.t("Driver: ")
	b.nm(g.enName(d))
	b.t("\n\n")
	rows := g.n(4, 9)
	for i := range rows {
		p := g.enP()
		a := g.enA()
		b.t(string(rune('1'+i)), ". ")
		if g.chance(0.5) {
			b.nm(p.last + ", " + p.first)
		} else {
			b.nm(p.full())
		}
		b.t(" | ")
		b.ad(g.enAddr(a, false))
		b.t(" | ", g.pick("diabetic", "regular", "low sodium", "renal", "pureed", "vegetarian"))
		switch g.r.IntN(4) {
		case 0:
			k := g.enP()
			b.t(" | if no answer leave with neighbor ")
			b.nm(k.first)
			b.t(" at ")
			b.ad(g.num(1, 9999) + " " + g.of(enStreets) + " " + g.of(enSuffix))
		case 1:
			k := g.enP()
			b.t(" | daughter ")
			b.nm(k.first + " " + p.last)
			b.t(" picks up on Fridays")
		case 2:
			b.t(" | gate code #", g.digits(4), ", dog in yard")
		}
		b.t("\n")
	}
	if g.chance(0.5) {
		b.t("\nNote from coordinator ")
		b.nm(g.enP().first)
		b.t(": ", g.pick("Mrs. ", "Mr. "))
		b.nm(g.enP().last)
		b.t(" is in the hospital until further notice, skip.\n")
	}
}

func enServer(g *gen, b *bld) {
	cty := g.pick("MARICOPA", "CUYAHOGA", "TRAVIS", "KING", "FULTON", "POLK", "HAMILTON")
	pl, df, sv := g.enP(), g.enP(), g.enP()
	a := g.enA()
	for strings.HasPrefix(a.street, "PO") {
		a = g.enA()
	}
	b.t("IN THE ", g.pick("SUPERIOR", "DISTRICT", "CIRCUIT", "MUNICIPAL"), " COURT OF ", cty, " COUNTY\n")
	b.nm(strings.ToUpper(pl.full()))
	b.t(g.pick(", Plaintiff,\nv.\n", ", Petitioner, vs. "))
	b.nm(strings.ToUpper(df.full()))
	b.t(g.pick(", Defendant.\n", ", Respondent.\n"))
	b.t("Case No. ", g.pick("CV", "DR", "SC"), "-2026-", g.digits(5), "\n\nAFFIDAVIT OF SERVICE\n\n")
	b.t("I, ")
	b.nm(sv.full())
	b.t(", being duly sworn, state that I am over 18 and not a party to this action. On ", g.usDate(), " at ", g.clock(), " I served the ", g.pick("summons and complaint", "subpoena", "petition for dissolution", "notice to vacate"), " on ")
	switch g.r.IntN(3) {
	case 0:
		b.nm(df.full())
		b.t(" personally at ")
		b.ad(g.enAddr(a, false))
		b.t(".")
	case 1:
		c := g.enP()
		b.t("the defendant by leaving copies with ")
		b.nm(c.first + " " + c.last)
		b.t(", a person of suitable age who stated they are the defendant's ", g.pick("sister", "husband", "roommate", "son"), ", at the defendant's usual place of abode, ")
		b.ad(g.enAddr(a, false))
		b.t(".")
	default:
		b.t("the defendant at their place of employment, ", g.pick("Walgreens", "Home Depot", "the Kroger", "Ford Motor Co."), ", ")
		b.ad(g.enAddr(g.enA(), false))
		b.t(". Defendant was identified by photograph provided by ", g.pick("Mr. ", "Ms. ", "attorney "))
		b.nm(pl.last)
		b.t(".")
	}
	if g.chance(0.6) {
		b.t("\nPrior attempts: ", g.usDate(), " no answer at ")
		b.ad(a.line1())
		b.t("; ", g.usDate(), " neighbor ")
		b.nm(g.enP().first)
		b.t(" said ", g.pick("he works nights", "she moved out", "they are out of town"), ".")
	}
	b.t("\nDescription: ", g.pick("male", "female"), ", approx. ", g.num(25, 70), " yrs, ", g.num(5, 6), "'", g.num(0, 11), "\", ", g.pick("brown hair", "gray hair", "bald", "black hair"), ".\n\n")
	b.t("/s/ ")
	b.nm(sv.full())
	b.t(g.pick("\nRegistered Process Server #", "\nLicense No. PS-"), g.digits(4), "\nSubscribed and sworn before me, ")
	b.nm(g.enName(g.enP()))
	b.t(", Notary Public.\n")
}

func enPayoff(g *gen, b *bld) {
	p := g.enP()
	a := g.enA()
	co := g.chance(0.5)
	var q enP
	if co {
		q = g.enP()
		q.last = p.last
	}
	b.nm(p.full())
	if co {
		b.t(g.pick(" and ", " & "))
		if g.chance(0.5) {
			b.nm(q.first + " " + p.last)
		} else {
			b.nm(q.first)
		}
	}
	b.t("\n")
	if g.chance(0.3) {
		b.t("c/o ")
		b.nm(g.enP().full())
		b.t("\n")
	}
	b.ad(a.line1() + "\n" + a.cityLine())
	b.t(g.pick("", "", "\nUSA", "\nUnited States"), "\n\n", g.usDate(), "\n\n", g.pick("Loan Servicing Dept.\n", "Attn: Payoff Department\n"), g.pick("Rocket Mortgage", "Mr. Cooper", "Wells Fargo Home Mortgage", "Freedom Mortgage"), "\n")
	b.ad(g.enAddr(g.enA(), true))
	b.t("\n\nRe: Loan #", g.digits(10), " – Property at ")
	pa := g.enA()
	for strings.HasPrefix(pa.street, "PO") || strings.HasPrefix(pa.street, "R") {
		pa = g.enA()
	}
	b.ad(g.enAddr(pa, false))
	b.t("\n\n", g.pick("Dear Sir or Madam,", "To whom it may concern:", "Hello,"), "\n\n")
	b.t("Please send a written payoff statement good through ", g.usDate(), ". The property is being sold to ")
	c := g.enP()
	b.nm(c.full())
	b.t(g.pick(" and will close with ", "; closing is handled by "), g.pick("First American Title", "Stewart Title", "Chicago Title"), ", escrow officer ")
	e := g.enP()
	b.nm(e.first + " " + e.last)
	b.t(".\n")
	if g.chance(0.6) {
		b.t("You may also speak with my attorney, ")
		ea := g.enP()
		b.nm(ea.full())
		b.t(", Esq., at ")
		b.ad(g.enAddr(g.enA(), false))
		b.t(".\n")
	}
	b.t("\nSincerely,\n\n")
	b.nm(p.full())
	if co {
		b.t("\n")
		b.nm(q.first + " " + p.last)
	}
	b.t("\n")
}

func enAlumni(g *gen, b *bld) {
	b.t("# ", g.pick("alumni records update", "Class notes import", "advancement office batch"), " ", g.date("-"), "\n")
	rows := g.n(3, 5)
	for range rows {
		p := g.enP()
		a := g.enA()
		b.t("- id: ", g.digits(7), "\n  name: ")
		if g.chance(0.3) {
			b.t("\"")
			b.nm(p.last + ", " + p.first)
			b.t("\"")
		} else {
			b.nm(p.full())
		}
		if g.chance(0.4) {
			m := g.enP()
			b.t("\n  maiden_name: ")
			b.nm(m.last)
		}
		b.t("\n  class_year: ", g.num(1962, 2024), "\n  preferred: ")
		b.nm(p.first)
		if g.chance(0.5) {
			b.t("\n  mailing:\n    street: \"")
			b.ad(a.line1())
			b.t("\"\n    city: ", a.city, "\n    state: ", a.st, "\n    zip: \"", a.zip, "\"")
		} else {
			b.t("\n  mailing: \"")
			b.ad(oneLine(g.enAddr(a, false)))
			b.t("\"")
		}
		b.t("\n  email: ", strings.ToLower(p.first[:1]+strings.ReplaceAll(strings.ReplaceAll(p.last, " ", ""), "'", "")), g.num(1, 99), "@", g.pick("gmail.com", "yahoo.com", "icloud.com"))
		b.t("\n  note: \"")
		switch g.r.IntN(4) {
		case 0:
			s := g.enP()
			b.t("Married ")
			b.nm(s.full())
			b.t(" ('", g.num(80, 99), ") last June")
		case 1:
			b.t("Retired from ", g.pick("Boeing", "the Navy", "Kaiser Permanente", "Dell"), "; moved to ")
			b.ad(g.enAddr(g.enA(), false))
		case 2:
			b.t("Lost contact, mail returned")
		default:
			s := g.enP()
			b.t("Roommate of ")
			b.nm(s.first + " " + s.last)
			b.t(", sends regards")
		}
		b.t("\"\n")
	}
}

func enFamily(g *gen, b *bld) {
	ppl := []enP{g.enP(), g.enP(), g.enP(), g.enP()}
	for i := range ppl {
		ppl[i].last = ppl[0].last
	}
	rel := []string{"Mom", "Dad", "Grandma", "Aunt Sue"}
	lines := g.n(7, 12)
	for i := range lines {
		who := g.r.IntN(4)
		b.t("[", g.clock(), "] ")
		if who == 0 {
			b.t(g.pick(rel...))
		} else {
			b.nm(ppl[who].first)
		}
		b.t(": ")
		o := ppl[(who+1+g.r.IntN(3))%4]
		switch (i + g.r.IntN(9)) % 9 {
		case 0:
			b.t("ok so Thanksgiving is at ")
			b.nm(o.first)
			b.t("'s this year, ")
			b.ad(g.enAddr(g.enA(), false))
		case 1:
			b.t("did anyone hear from Uncle ")
			b.nm(g.enP().first)
			b.t("??")
		case 2:
			b.t("@")
			b.nm(o.first)
			b.t(" can u pick up grandpa at ")
			b.ad(g.num(10, 9999) + " " + g.of(enStreets) + " " + g.of(enSuffix))
			b.t(" by 3")
		case 3:
			b.t("lol")
		case 4:
			b.t("new address for the cards: ")
			b.ad(g.enAddr(g.enA(), false))
		case 5:
			b.t("tell Mrs. ")
			b.nm(g.enP().last)
			b.t(" next door thanks for the pie 🥧")
		case 6:
			b.t("I'm bringing ")
			b.nm(g.enP().first)
			b.t(g.pick(", hope thats ok", " (my bf)", " and her kids"))
		case 7:
			b.t("who is driving from Home Depot? 🙃")
		default:
			b.t("Love you ")
			b.nm(o.first)
			b.t(" ❤️")
		}
		b.t("\n")
	}
}

func enChaperone(g *gen, b *bld) {
	b.t("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<trip school=\"", g.pick("Roosevelt Middle School", "Cesar Chavez Elementary", "Thurgood Marshall Academy", "Sally Ride STEM Magnet"), "\" date=\"", g.date("-"), "\">\n")
	b.t("  <destination>", g.pick("Smithsonian", "Hershey Park", "Lincoln Park Zoo", "Carver Museum"), "</destination>\n")
	groups := g.n(3, 5)
	for gi := range groups {
		c := g.enP()
		b.t("  <group n=\"", string(rune('A'+gi)), "\">\n    <chaperone>")
		b.nm(xmlEsc(c.full()))
		b.t("</chaperone>\n")
		if g.chance(0.8) {
			a := g.enA()
			b.t("    <chaperoneAddress>")
			b.ad(xmlEsc(oneLine(g.enAddr(a, false))))
			b.t("</chaperoneAddress>\n")
		}
		for range g.n(2, 4) {
			s := g.enP()
			b.t("    <student>")
			if g.chance(0.5) {
				b.nm(xmlEsc(s.first + " " + s.last))
			} else {
				b.nm(xmlEsc(s.last + ", " + s.first))
			}
			b.t("</student>\n")
		}
		b.t("  </group>\n")
	}
	b.t("  <approvedBy>")
	b.nm(xmlEsc(g.enName(g.enP())))
	b.t("</approvedBy>\n</trip>\n")
}

func enFishing(g *gen, b *bld) {
	b.t("license_no\tlast\tfirst\tmi\tdob\tstreet\tcity\tstate\tzip\ttype\n")
	for range g.n(5, 9) {
		p := g.enP()
		a := g.enA()
		b.t(g.pick("FL", "WF", "SW"), g.digits(8), "\t")
		b.nm(strings.ToUpper(p.last))
		b.t("\t")
		b.nm(strings.ToUpper(p.first))
		b.t("\t", p.mid, "\t", g.num(1, 12), "/", g.num(1, 28), "/19", g.num(40, 99), "\t")
		b.ad(strings.ToUpper(a.line1()))
		b.t("\t", strings.ToUpper(a.city), "\t", a.st, "\t", a.zip, "\t", g.pick("RESIDENT ANNUAL", "SENIOR LIFETIME", "3-DAY NONRES", "COMBO"), "\n")
	}
}

func enHomeHealth(g *gen, b *bld) {
	pt, rn := g.enP(), g.enP()
	a := g.enA()
	for strings.HasPrefix(a.street, "PO") {
		a = g.enA()
	}
	b.t(g.pick("SKILLED NURSING VISIT NOTE", "Home Health Visit", "HH visit note"), "\nPatient: ")
	b.nm(g.enName(pt))
	b.t("   MRN ", g.digits(8), "\nVisit location: ")
	b.ad(g.enAddr(a, true))
	b.t("\nClinician: ")
	b.nm(rn.full())
	b.t(g.pick(", RN", ", LPN", ", PT", ""), "\n\n")
	b.t("S: Pt states ", g.pick("she slept poorly", "he has less swelling", "pain is 4/10", "appetite is better"), ". ")
	if g.chance(0.7) {
		cg := g.enP()
		b.t("Caregiver (", g.pick("daughter", "son", "husband", "niece"), ") ")
		b.nm(cg.first)
		b.t(" present and reports ", g.pick("pt missed evening meds x2", "no falls", "BP readings in log"), ". ")
	}
	b.t("\nO: BP ", g.num(105, 165), "/", g.num(60, 95), ", HR ", g.num(58, 104), ", SpO2 ", g.num(89, 99), "%. ", g.pick("Wound clean, dry.", "2+ pitting edema BLE.", "Lungs clear."), "\n")
	b.t("A/P: Continue POC. ", g.pick("Notify Dr. ", "Faxed update to Dr. ", "Called Dr. "))
	b.nm(g.enP().last)
	b.t(g.pick(" re: med changes.", "'s office.", ", awaiting callback."), "\n")
	if g.chance(0.5) {
		b.t("Next visit moved: pt staying with ", g.pick("son ", "sister ", "friend "))
		s := g.enP()
		b.nm(s.first + " " + s.last)
		b.t(" at ")
		b.ad(g.enAddr(g.enA(), false))
		b.t(" until ", g.usDate(), ".\n")
	}
	if g.chance(0.4) {
		b.t("Supervisory visit by ")
		b.nm(g.enP().first[:1] + ". " + g.enP().last)
		b.t(".\n")
	}
}

func enTow(g *gen, b *bld) {
	for range g.n(3, 6) {
		p := g.enP()
		b.t("ts=", g.date("-"), "T", g.clock(), ":00Z call_id=", g.digits(6), " type=", g.pick("impound", "accident", "lockout", "jumpstart", "private_property"))
		b.t(" caller=\"")
		b.nm(g.enName(p))
		b.t("\" pickup=\"")
		switch g.r.IntN(3) {
		case 0:
			b.ad(oneLine(g.enAddr(g.enA(), false)))
		case 1:
			b.t(g.pick("I-", "US-", "SR "), g.num(5, 95), " mile marker ", g.num(1, 300))
		default:
			b.ad(g.num(1, 20000) + " " + g.of(enDirs) + g.of(enStreets) + " " + g.of(enSuffix))
		}
		b.t("\" dropoff=\"")
		if g.chance(0.5) {
			b.t(g.pick("Pep Boys", "Firestone", "Dave's Auto Body", "Bob Johnson Chevrolet", "city impound lot"))
		} else {
			b.ad(oneLine(g.enAddr(g.enA(), false)))
		}
		b.t("\" driver=")
		d := g.enP()
		b.nm(d.first)
		b.t(" unit=", g.num(1, 40), " plate=", g.upper(g.pick("abc", "xyz", "jkl")), g.digits(4))
		if g.chance(0.4) {
			b.t(" note=\"owner ")
			b.nm(g.enP().full())
			b.t(" meets at scene\"")
		}
		b.t("\n")
	}
}

func enNegLandmarks(g *gen, b *bld) {
	items := []string{
		"Lincoln Memorial", "Jefferson Davis Hwy", "Martin Luther King Jr. Blvd", "George Washington Bridge", "John F. Kennedy International Airport",
		"Ronald Reagan Washington National Airport", "Johns Hopkins Hospital", "Mayo Clinic", "Cedars-Sinai", "Ben Taub Hospital", "Walter Reed",
		"USS Nimitz", "USS Gerald R. Ford", "Pulitzer Prize", "Nobel Prize", "Tony Awards", "Emmy", "the Heisman Trophy", "Bill & Melinda Gates Foundation",
		"Carnegie Hall", "Rockefeller Center", "Trump Tower", "Wrigley Field", "Hearst Castle", "Ben & Jerry's", "Wendy's", "McDonald's", "Trader Joe's",
		"Dr Pepper", "Jack Daniel's", "Ford Motor Company", "Dell", "Hewlett-Packard", "Johnson & Johnson", "Kellogg's", "Marriott", "Hilton Garden Inn",
		"Stanford University", "Duke University", "Vanderbilt", "Brigham Young University", "Harvey Milk High School", "Cesar Chavez Elementary",
		"Smithsonian Institution", "Guggenheim", "Frick Collection", "Getty Center", "Nordstrom", "Macy's", "Chick-fil-A", "Sherwin-Williams",
		"Kaiser Permanente", "Dick's Sporting Goods", "Lowe's", "Walgreens", "Charles Schwab", "Merrill Lynch", "Morgan Stanley", "Goldman Sachs",
		"Hudson River", "Lake Washington", "Mount Rainier", "Pike Place Market", "Baker Street Pub", "Franklin Park", "Grant Park",
	}
	words := []string{"Main Street", "Church", "Mill", "Bond", "Grant", "Will", "Rose", "Hunter", "Faith", "Hope", "Joy", "Victory", "Liberty", "Summit"}
	b.t(g.pick("Visitor guide", "Field trip ideas", "WEEKEND PICKS", "Things to see this fall", "Company directory (vendors)"), "\n")
	for range g.n(5, 9) {
		switch g.r.IntN(5) {
		case 0:
			b.t("* ", g.of(items), " — open ", g.num(8, 10), "am–", g.num(4, 9), "pm, Gate ", g.num(1, 40), "\n")
		case 1:
			b.t("* Shuttle from ", g.of(items), " to ", g.of(items), ", every ", g.num(10, 30), " min, Route ", g.num(1, 999), "\n")
		case 2:
			b.t("* ", g.of(words), " ", g.pick("Sale", "Festival", "Night", "Drive"), ": ", g.num(100, 4000), " items, Booth ", g.num(1, 120), ", Suite ", g.num(100, 900), " of the ", g.of(items), " building\n")
		case 3:
			b.t("* ", g.of(items), " stock closed at $", g.num(10, 900), ".", g.digits(2), " (", g.pick("+", "-"), g.num(0, 9), ".", g.digits(1), "%)\n")
		default:
			b.t("* Winner of the ", g.of(items), ": team ", g.of(words), " ", g.num(1, 99), ", score ", g.num(100, 999), "\n")
		}
	}
	if g.chance(0.5) {
		b.t("Questions? Ask ")
		b.nm(g.enP().first)
		b.t(" at the front desk.\n")
	}
}

func enNegAudit(g *gen, b *bld) {
	for range g.n(5, 9) {
		p := g.enP()
		h := strings.ToLower(strings.NewReplacer(" ", "", "'", "", ".", "").Replace(p.first[:1] + p.last))
		b.t(g.date("-"), "T", g.clock(), ":", g.pad(g.r.IntN(60), 2), "Z ")
		switch g.r.IntN(5) {
		case 0:
			b.t("LOGIN_OK user=", h, g.num(1, 99), " src=10.", g.num(0, 255), ".", g.num(0, 255), ".", g.num(1, 254), " mfa=totp\n")
		case 1:
			b.t("PASSWORD_RESET email=", h, "@", g.pick("acme-corp.com", "gmail.com", "outlook.com"), " ticket=", g.digits(5), "\n")
		case 2:
			b.t("ROLE_GRANT actor=@", h, " target=@", strings.ToLower(g.of(enLast)[:3]), "_svc role=", g.pick("Admin", "Billing", "Reader", "Owner"), "\n")
		case 3:
			b.t("BADGE_SWIPE door=", g.num(100, 4999), " floor=", g.num(1, 40), " building=", g.pick("Ford Tower", "Hancock Center", "Wells Fargo Plaza", "Bank of America Plaza"), " unit=", g.num(1, 9999), "\n")
		default:
			b.t("ACCOUNT_DISABLED user=", h, " reason=\"", g.pick("Terminated", "Leave", "Contractor End", "Inactive 90d"), "\" manager_handle=", strings.ToLower(g.of(enFirst)[:1]), strings.ToLower(strings.ReplaceAll(g.of(enLast), " ", "")), "\n")
		}
	}
}
