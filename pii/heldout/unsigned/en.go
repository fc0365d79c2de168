package unsigned

import (
	"strings"

	"github.com/comity-project/comity/pii"
	"github.com/comity-project/comity/pii/heldout"
)

func init() {
	kindsOf[heldout.EN] = []kind{
		{"church-directory", enChurch}, {"hr-email", enHR}, {"reddit", enReddit},
		{"minute-order", enCourt}, {"manifest", enManifest}, {"ledger-csv", enLedger},
		{"recall-postcard", enDental}, {"roster", enRoster}, {"voicemail", enVoicemail},
		{"crm-notes", enCRM}, {"seating-chart", enSeating}, {"change-of-address", enCOA},
		{"classified-ad", enCraigslist}, {"jira", enJira}, {"condolence", enCondolence},
		{"yearbook", enYearbook},
	}
}

var enGiven = []string{
	"Latoya", "Darnell", "Megan", "Tyler", "Brianna", "Colton", "Priya", "Arjun", "Sanjay", "Deepika",
	"Chidi", "Ngozi", "Oluwaseun", "Emeka", "Adaeze", "Tunde", "Thanh", "Minh", "Huong", "Quang",
	"Jae-won", "Soo-ah", "Min-jun", "Hye-jin", "Fatima", "Omar", "Yousef", "Layla", "Khalid", "Rania",
	"Guadalupe", "Alejandro", "Ximena", "Rogelio", "Marisol", "Joaquín", "Dmitri", "Svetlana", "Oksana", "Yuri",
	"Mehmet", "Elif", "Agnieszka", "Krzysztof", "Siobhan", "Declan", "Ebony", "Tremaine", "Kaylee", "Bryce",
	"Evangeline", "Hollis", "Wendell", "Marguerite", "Ignatius", "Rosalind", "Thaddeus", "Annika", "Beau", "Kiona",
}

var enSurname = []string{
	"Okafor", "Adeyemi", "Nwosu", "Balogun", "Nguyen", "Tran", "Pham", "Le", "Kim", "Park", "Choi", "Yoon",
	"Haddad", "Al-Masri", "Khoury", "Farouk", "Mansour", "Patel", "Raghunathan", "Iyer", "Chatterjee", "Reddy",
	"Gutiérrez", "Villanueva", "Castañeda", "Ochoa", "Delgado-Ruiz", "Ibarra", "Volkov", "Kuznetsova", "Petrenko",
	"Yilmaz", "Öztürk", "Kowalczyk", "Wiśniewski", "Brzezinski", "O'Connell", "McAllister", "Fitzgerald",
	"Washburn", "Pettigrew", "Kowalski", "Harlan", "Thibodeaux", "Bjornstad", "Lindqvist", "Abernathy",
	"Whitfield", "Stallworth", "Okonkwo-Hale", "Van der Berg", "DeLuca", "Santangelo", "Running Bear", "Yazzie",
	"Hargrove", "Beauchamp", "Quintero", "Mbeki", "Asante", "Mensah",
}

var enNick = []string{"Bobby", "Liz", "Mo", "Jojo", "Deb", "Benny", "Tash", "Rafa", "Kat", "DJ", "Manny", "Sid", "Gigi", "Pooja", "Vin"}

var enStreet = []string{
	"Maple", "Cedar Ridge", "Old Mill", "Sycamore", "Pecan Hollow", "Lakeshore", "Juniper", "Magnolia", "Harbor View",
	"Bluebonnet", "Prairie Wind", "Cottonwood", "Quail Run", "Orchard", "Hillcrest", "Riverbend", "Tamarack",
	"Foxglove", "Wren", "Copper Canyon", "Saddleback", "Marlowe", "Ingersoll", "Dunmore", "Bayberry", "Kingfisher",
}
var enSuffix = []string{"St", "Street", "Ave", "Avenue", "Rd", "Road", "Dr", "Drive", "Ln", "Lane", "Ct", "Blvd", "Way", "Pl", "Ter", "Cir", "Pkwy"}
var enCity = [][2]string{
	{"Dayton", "OH"}, {"Tulsa", "OK"}, {"Boise", "ID"}, {"Fresno", "CA"}, {"Lubbock", "TX"}, {"Macon", "GA"},
	{"Duluth", "MN"}, {"Scranton", "PA"}, {"Spokane", "WA"}, {"Provo", "UT"}, {"Peoria", "IL"}, {"Biloxi", "MS"},
	{"Bangor", "ME"}, {"Yonkers", "NY"}, {"Gainesville", "FL"}, {"Flagstaff", "AZ"}, {"Omaha", "NE"}, {"Lowell", "MA"},
	{"Kalamazoo", "MI"}, {"Chattanooga", "TN"}, {"Albuquerque", "NM"}, {"Cedar Rapids", "IA"}, {"Asheville", "NC"},
}

var enNeg = []string{
	"Washington Mutual", "Mrs. Fields cookies", "Ben & Jerry's", "Dr Pepper", "Wells Fargo", "Johnson & Johnson",
	"Lincoln Navigator", "Tim Hortons", "Martha Stewart Living", "Jack Daniel's", "Uncle Ben's", "Trader Joe's",
	"Marie Callender's", "Calvin Klein", "Ralph Lauren", "Eggs Benedict", "Caesar salad", "Sloppy Joe",
	"Jefferson County", "Sam's Club", "Dell laptop", "Baby Ruth", "Chick-fil-A", "Wendy's", "Kaiser Permanente",
}

var enWeekday = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
var enMonth = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}

type enP struct{ g, s string }

func (g *gen) enP() enP { return enP{g.of(enGiven), g.of(enSurname)} }

func (p enP) full() string { return p.g + " " + p.s }

// any renders a person in one of the ways people write names.
func (g *gen) enName(p enP) string {
	switch g.r.IntN(10) {
	case 0:
		return p.s + ", " + p.g
	case 1:
		return initial(p.g) + " " + p.s
	case 2:
		return upper(p.full())
	case 3:
		return p.g + " " + initial(g.of(enGiven)) + " " + p.s
	default:
		return p.full()
	}
}

func (g *gen) enStreetLine() string {
	s := g.n(2, 24999) + " " + g.pick("", "", "", "N ", "S ", "E ", "W ") + g.of(enStreet) + " " + g.of(enSuffix)
	if g.chance(0.3) {
		s += g.pick(", Apt ", " Apt ", " #", ", Unit ", ", Suite ") + g.pick(g.n(1, 40), g.n(1, 4)+g.pick("A", "B", "C"))
	}
	return s
}

func (g *gen) enCityLine() string {
	c := enCity[g.r.IntN(len(enCity))]
	z := g.digits(5)
	if g.chance(0.2) {
		z += "-" + g.digits(4)
	}
	return c[0] + ", " + c[1] + " " + z
}

func (g *gen) enAddr() string { return g.enStreetLine() + ", " + g.enCityLine() }

func (g *gen) enBlock() string { return g.enStreetLine() + "\n" + g.enCityLine() }

func (g *gen) enPhone() string { return "(" + g.digits(3) + ") " + g.digits(3) + "-" + g.digits(4) }

func enChurch(g *gen, b *builder) {
	b.t("GRACE FELLOWSHIP MEMBER DIRECTORY — ", g.of(enMonth), " update\n\n")
	for range g.num(1, 3) {
		h, w := g.enP(), g.enP()
		w.s = h.s
		b.name(h.s)
		b.t(", ")
		b.name(h.g)
		b.t(" & ")
		b.name(w.g)
		b.t("\n")
		b.addr(g.enBlock())
		b.t("\n", g.enPhone())
		if g.chance(0.5) {
			b.t("  Children: ")
			b.name(g.of(enGiven))
			b.t(", ")
			b.name(g.of(enGiven))
		}
		b.t("\n\n")
	}
	b.t("Potluck after service in the fellowship hall — ", g.of(enNeg), " provided by the youth group.\n")
}

func enHR(g *gen, b *builder) {
	p, m := g.enP(), g.enP()
	b.t("Subject: Welcome aboard, ")
	b.name(p.g)
	b.t("!\n\nHi ")
	b.name(p.g)
	b.t(",\n\nWelcome to the Facilities team. Your first day is ", g.of(enWeekday), ", ", g.of(enMonth), " ", g.n(1, 28), ". Please report to the front desk at ")
	b.addr(g.enAddr())
	b.t(" by 8:30 AM and ask for ")
	b.name(m.full())
	b.t(", your onboarding buddy. Your laptop (", g.pick("Dell laptop", "a ThinkPad"), ") will be shipped to the address on file:\n\n")
	b.name(upper(p.full()))
	b.t("\n")
	b.addr(g.enBlock())
	b.t("\n\nBenefits enrollment goes through ", g.pick("Kaiser Permanente", "Wells Fargo", "our portal"), ". Direct deposit forms go to Payroll.\n\nBest,\n")
	q := g.enP()
	b.name(q.full())
	b.t("\nHR Generalist, People Operations\n")
}

func enReddit(g *gen, b *builder) {
	b.t("r/", g.pick("legaladvice", "Landlord", "AskNYC", "mildlyinfuriating"), " · Posted by u/", lower(g.of(enNick)), g.digits(3), "\n\n")
	b.t("so my neighbor ")
	b.name(lower(g.of(enGiven)))
	b.t(" keeps getting packages delivered to MY door at ")
	b.addr(g.enAddr())
	b.t(". the label literally says ")
	b.name(upper(g.enP().full()))
	b.t(". i emailed the property manager (")
	m := g.enP()
	b.t("mr. ")
	b.name(lower(m.s))
	b.t(") twice. nothing. am i liable if i toss them? also whoever leaves ", g.of(enNeg), " wrappers in the hallway pls stop\n\n")
	b.t("  > top comment: talk to ")
	b.name(g.of(enNick))
	b.t(" at the front office, she fixed this for me in ", g.of(enMonth), "\n")
	b.t("  > reply: lol same thing happened w/ ")
	b.name(g.of(enGiven))
	b.t(" on Riverbend. carrier said it was a scanner issue\n")
}

func enCourt(g *gen, b *builder) {
	d, j, a := g.enP(), g.enP(), g.enP()
	b.t("SUPERIOR COURT OF THE STATE — ", upper(g.pick("Jefferson County", "Marion County", "Lincoln County")), "\nMINUTE ORDER\n\nCase No. ", g.digits(2), "CR", g.digits(6), "\nPEOPLE v. ")
	b.name(upper(d.full()))
	b.t("\n\nHonorable ")
	b.name(j.full())
	b.t(", Judge presiding. Deputy Clerk: ")
	b.name(g.enP().full())
	b.t(".\nDefendant present, represented by ")
	b.name(a.full())
	b.t(", Deputy Public Defender. Defendant confirms residence at ")
	b.addr(g.enAddr())
	b.t(". Court orders no contact with ")
	b.name(g.enName(g.enP()))
	b.t(". Matter continued to ", g.of(enWeekday), ", ", g.of(enMonth), " ", g.n(1, 28), " in Department ", g.n(1, 30), ".\n")
}

func enManifest(g *gen, b *builder) {
	b.t("FLT ", g.pick("UA", "DL", "AA", "WN"), g.n(100, 2999), " ", g.pick("ORD-DEN", "ATL-MSY", "SEA-BOI"), " PAX MANIFEST\nSEAT  NAME                         SSR\n")
	for range g.num(2, 5) {
		p := g.enP()
		b.t(g.n(1, 38), g.pick("A", "C", "D", "F"), "   ")
		b.name(upper(strings.ReplaceAll(p.s, " ", "")) + "/" + upper(p.g))
		b.t(g.pick(" MR", " MS", " MRS", " MSTR", ""), "   ", g.pick("WCHR", "VGML", "-", "-", "DOCS"), "\n")
	}
	b.t("Crew: CPT ")
	b.name(upper(g.enP().s))
	b.t(", FO ")
	b.name(upper(g.enP().s))
	b.t("\n")
}

func enLedger(g *gen, b *builder) {
	b.t("unit,tenant,property_address,month,charge,paid,balance\n")
	for range g.num(2, 5) {
		b.t(g.n(1, 40), g.pick("A", "B", ""), ",")
		p := g.enP()
		if g.chance(0.5) {
			b.field(pii.PersonName, p.s+", "+p.g)
		} else {
			b.field(pii.PersonName, p.full())
		}
		b.t(",")
		b.field(pii.PostalAddress, g.enAddr())
		b.t(",", g.of(enMonth)[:3], ",", g.n(700, 2400), ".00,", g.n(0, 2400), ".00,", g.n(0, 900), ".00\n")
	}
}

func enDental(g *gen, b *builder) {
	p := g.enP()
	dent := g.enP()
	b.t("IT'S TIME FOR YOUR CHECKUP!\n\n")
	b.name(p.full())
	b.t("\n")
	b.addr(g.enBlock())
	b.t("\n\nDear ")
	b.name(p.g)
	b.t(", our records show you are due for a cleaning with Dr. ")
	b.name(dent.s)
	b.t(". Call ", g.enPhone(), " to book. Bring your ", g.pick("Delta Dental", "Cigna", "MetLife"), " card.\n", g.pick("Smile Bright Family Dentistry", "Hollis Creek Dental"), " · ")
	b.addr(g.enAddr())
	b.t("\n")
}

func enRoster(g *gen, b *builder) {
	b.t(g.pick("Tigers", "Mudcats", "Blue Sox", "Rattlers"), " — Little League Minors roster (sponsor: ", g.pick("Tim Hortons", "Wendy's", "Sam's Club", "Chick-fil-A"), ")\n#  Player            Pos  Parent\n")
	for range g.num(2, 4) {
		p := g.enP()
		b.t(g.n(1, 99), "  ")
		if g.chance(0.3) {
			b.name(g.of(enNick))
			b.t(" ")
			b.name(p.s)
		} else {
			b.name(p.g + " " + initial(p.s)[:len(initial(p.s))-1])
			b.t(".")
		}
		b.t("  ", g.pick("P", "C", "SS", "2B", "LF", "CF"), "  ")
		b.name(g.of(enGiven) + " " + p.s)
		b.t("\n")
	}
	b.t("Coach ")
	b.name(g.enP().s)
	b.t(" — practices ", g.of(enWeekday), "s at the field behind ", g.pick("Lincoln Elementary", "Jefferson Middle School"), ".\n")
}

func enVoicemail(g *gen, b *builder) {
	p := g.enP()
	b.t("[Voicemail transcript, ", g.n(1, 12), ":", g.n(10, 59), " PM] \"hey it's ")
	b.name(p.g)
	b.t(" uh ")
	b.name(p.s)
	b.t(" calling about the um the sectional you listed, I can pick it up ", lower(g.of(enWeekday)), " if that works, my address for the receipt is ")
	b.addr(g.enAddr())
	b.t(", or you can text me, or call my wife ")
	b.name(g.of(enGiven))
	b.t(" at ", g.enPhone(), ". okay thanks bye\" (confidence: low)\n")
}

func enCRM(g *gen, b *builder) {
	p := g.enP()
	b.t("Account: ", g.pick("Washington Mutual", "Harlan Feed & Supply", "Ralph Lauren outlet", "Kaiser Permanente"), "\nContact: ")
	b.name(g.enName(p))
	b.t("\nNotes:\n- ", g.of(enMonth)[:3], " ", g.n(1, 28), ": spoke w/ ")
	b.name(p.g)
	b.t(", wants quote by EOW. Decision maker is ")
	b.name(g.enP().full())
	b.t(" (VP Ops).\n- Ship samples to ")
	b.addr(g.enAddr())
	b.t("\n- Owner: ")
	b.name(lower(g.of(enGiven)))
	b.t(". Next step: demo ", g.of(enWeekday), ".\n")
}

func enSeating(g *gen, b *builder) {
	c1, c2 := g.enP(), g.enP()
	b.t("The Wedding of ")
	b.name(c1.g)
	b.t(" & ")
	b.name(c2.g)
	b.t(" — Seating Chart\n")
	for t := 1; t <= 2; t++ {
		b.tf("Table %d: ", t)
		for i := range g.num(2, 4) {
			if i > 0 {
				b.t(", ")
			}
			p := g.enP()
			switch g.r.IntN(4) {
			case 0:
				b.t("Mr. & Mrs. ")
				b.name(p.s)
			case 1:
				b.t("Aunt ")
				b.name(p.g)
			default:
				b.name(p.full())
			}
		}
		b.t("\n")
	}
	b.t("Dinner: ", g.pick("Eggs Benedict brunch", "Caesar salad, Beef Wellington", "chicken or fish"), "\n")
}

func enCOA(g *gen, b *builder) {
	p := g.enP()
	b.t("USPS CHANGE OF ADDRESS — ", g.pick("INDIVIDUAL", "FAMILY"), "\nLAST NAME: ")
	b.name(upper(p.s))
	b.t("\nFIRST NAME: ")
	b.name(upper(p.g))
	b.t("\nOLD ADDRESS: ")
	b.addr(upper(g.enAddr()))
	b.t("\nNEW ADDRESS: ")
	b.addr(upper(g.enAddr()))
	b.t("\nSTART DATE: ", g.n(1, 12), "/", g.n(1, 28), "/20", g.n(24, 27), "\nSIGNATURE: ")
	b.name(p.g + " " + p.s)
	b.t("\n")
}

func enCraigslist(g *gen, b *builder) {
	b.t(g.pick("FREE couch", "Lincoln Navigator 2011 — $6,400", "Dell laptop, works great", "Moving sale!!"), " (", lower(enCity[g.r.IntN(len(enCity))][0]), ")\n\n")
	b.t("Pickup only at ")
	b.addr(g.enAddr())
	b.t(". Ask for ")
	b.name(g.of(enNick))
	b.t(" or ")
	b.name(g.of(enGiven))
	b.t(". Cash or Venmo @", g.of(enGiven), "-", g.digits(4), ". No lowballers, no scammers. Also have ", g.of(enNeg), " stuff.\n")
}

func enJira(g *gen, b *builder) {
	a, c := g.enP(), g.enP()
	b.t("OPS-", g.digits(4), ": Shipping label prints wrong address\nAssignee: ")
	b.name(a.full())
	b.t("\nReporter: ")
	b.name(c.full())
	b.t("\n\n")
	b.name(c.g)
	b.t(" commented: Customer ")
	b.name(g.enName(g.enP()))
	b.t(" entered ")
	b.addr(g.enAddr())
	b.t(" but the label came out as ")
	b.addr(g.enAddr())
	b.t(". @", lower(a.g), " can you check the geocoder?\n")
	b.name(a.g)
	b.t(" commented: repro'd on staging. Will pair with ")
	b.name(g.of(enNick))
	b.t(" ", g.of(enWeekday), ".\n")
}

func enCondolence(g *gen, b *builder) {
	d, f := g.enP(), g.enP()
	b.t("Dear ")
	b.name(f.g)
	b.t(" and family,\n\nWe were so sorry to hear about ")
	b.name(d.g)
	b.t(". ")
	b.name(d.g + " " + d.s)
	b.t(" was the kindest neighbor on ", g.of(enStreet), " ", g.of(enSuffix), " and we will miss the ", g.pick("Sloppy Joe", "peach cobbler", "Mrs. Fields cookies"), " at every block party.\n\nWith love,\n")
	b.name(g.of(enGiven))
	b.t(", ")
	b.name(g.of(enGiven))
	b.t(" & the ")
	b.name(g.of(enSurname))
	b.t(" kids\n\nReturn address: ")
	b.addr(g.enAddr())
	b.t("\n")
}

func enYearbook(g *gen, b *builder) {
	b.t("CLASS OF ", g.n(1998, 2026), " — candids\n")
	for range g.num(2, 3) {
		p := g.enP()
		b.t("• ")
		b.name(p.full())
		if g.chance(0.5) {
			b.t(g.pick(" — \"see you at Trader Joe's lol\"", " — Most Likely to Be Famous"))
		} else {
			b.t(g.pick(" and ", ", left, with "))
			b.name(g.enP().full())
		}
		b.t("\n")
	}
	b.t("Photos courtesy of ")
	b.name(initial(g.of(enGiven)) + " " + g.of(enSurname))
	b.t(". Printed by ", g.pick("Jostens", "Walsworth"), ".\n")
}
