package untouched

import (
	"strings"

	"github.com/comity-project/comity/pii"
)

var enGivenF = []string{"Emily", "Priya", "Guadalupe", "Siobhan", "Mei-Ling", "Zoë", "Anne-Marie", "Kateryna", "Beatriz", "Brandi", "Destiny", "Ingrid", "Lakshmi", "Ruth", "Fatima", "Tamsin", "Oluwaseun", "Marisol", "Hannah", "Keisha", "Yesenia", "Dorothea", "Aaliyah", "Noor", "Thuy", "Bethany", "Renée", "Magnolia"}
var enGivenM = []string{"Marcus", "DeShawn", "José", "Tyrone", "Olumide", "Hiroshi", "Rahul", "Jean-Luc", "Connor", "Wyatt", "Ezra", "Bartholomew", "Amos", "Dmitri", "Tuan", "Malik", "Cody", "Ignacio", "Declan", "Santiago", "Wendell", "Ahmed", "Kwame", "Thaddeus", "Bo", "Raúl", "Elijah", "Gunnar"}
var enSur = []string{"Whitaker", "O'Brien", "Nakamura", "Delgado-Reyes", "Kowalczyk", "Okonkwo", "Lindqvist", "McAllister", "Pham", "Abernathy", "Singh", "Haddad", "Fitzgerald", "Thibodeaux", "Yazzie", "Castellanos", "van der Berg", "Brooks", "Gallagher", "Ramírez", "Osei", "Kaminski", "Holloway", "DuBois", "Alvarado", "Chen", "Park", "Nguyen", "Szymanski", "Ferreira", "Mahoney", "Goldberg", "Oyelaran", "Halvorsen", "St. Clair", "Baptiste", "Kealoha", "Montgomery-Price", "Shapiro", "Ruiz", "Dunleavy", "Achterberg", "Iyer", "Bjornstad"}

type city struct{ name, st, zip3 string }

var enCities = []city{{"Tulsa", "OK", "741"}, {"Dayton", "OH", "454"}, {"Boise", "ID", "837"}, {"Savannah", "GA", "314"}, {"Fresno", "CA", "937"}, {"Burlington", "VT", "054"}, {"Duluth", "MN", "558"}, {"Albuquerque", "NM", "871"}, {"Spokane", "WA", "992"}, {"Lexington", "KY", "405"}, {"Mesa", "AZ", "852"}, {"Providence", "RI", "029"}, {"Erie", "PA", "165"}, {"Lubbock", "TX", "794"}, {"Portland", "OR", "972"}, {"Baton Rouge", "LA", "708"}, {"Cedar Rapids", "IA", "524"}, {"Fort Collins", "CO", "805"}, {"Chattanooga", "TN", "374"}, {"St. Paul", "MN", "551"}}
var enStreets = []string{"Alder Creek Rd", "N Sycamore Ave", "Old Mill Lane", "Kessler Blvd", "W 43rd St", "Bayou Vista Dr", "Juniper Hollow Ct", "Pinecrest Terrace", "E Magnolia St", "Harbor View Pkwy", "Quail Run Circle", "S Bannock St", "Martin Luther King Jr Blvd", "Lincoln Way", "Ridgecrest Dr", "County Road 14", "Cherry Orchard Loop", "Winslow Ave", "SE Division St", "Tamarack Trail"}

var enNeg = []string{
	"Please route via the Lincoln High School loading dock.",
	"Payment was processed through Hadley & Booth Credit Union.",
	"Bring the forms to Jefferson County Courthouse, 2nd floor.",
	"We will restock the Mason jars in May.",
	"April was slow; June should pick up.",
	"Frank feedback is welcome, as always.",
	"The rose bushes by the Abernathy Mills Outlet need pruning.",
	"Grace period ends Friday.",
	"Use the Jack Stand Pro 3000 from aisle 4.",
	"Summer hours start Monday at Dunmore Memorial Library.",
	"Bill the Kellerman Foundation, not the patient.",
	"Hope Springs Pharmacy is closed on Sundays.",
	"Coordinator: see the Wilson-Brandt Auditorium schedule.",
	"Drove past Washington Square on the way back.",
	"May we remind everyone that the Carnegie Room is booked.",
}

func (g *gen) enP() person {
	if g.p(0.5) {
		return person{g.of(enGivenF), g.of(enSur), true}
	}
	return person{g.of(enGivenM), g.of(enSur), false}
}

// enAddr returns a US street address; sep joins street and city lines.
func (g *gen) enAddr(sep string) string {
	c := pickOf(g, enCities)
	st := itoa(g.num(3, 9870)) + " " + g.of(enStreets)
	if g.p(0.35) {
		st += g.pick(", Apt ", " Unit ", ", Suite ", " #") + itoa(g.num(1, 40)) + g.pick("", "B", "C", "F")
	}
	zip := c.zip3 + pad2(g.r.IntN(100))
	if g.p(0.15) {
		zip += "-" + itoa(1000+g.r.IntN(9000))
	}
	return st + sep + c.name + ", " + c.st + " " + zip
}

// enName writes a person's name in a varying shape, with any title
// outside the span.
func (g *gen) enName(b *bld, p person) {
	switch g.r.IntN(9) {
	case 0:
		b.t(g.pick("Mr. ", "Mr ", "Ms. ", "Mrs. ", "Dr. ", "Officer ", "Coach "))
		b.n(p.sur)
	case 1:
		b.n(p.sur + ", " + p.given)
	case 2:
		b.n(p.initial() + " " + p.sur)
	case 3:
		b.n(strings.ToUpper(p.full()))
	case 4:
		b.t(g.pick("Dr. ", "Judge ", "Rev. ", "Sgt. "))
		b.n(p.full())
	default:
		b.n(p.full())
	}
}

var enKinds = []kind{
	{"hr_onboarding", enOnboarding}, {"shift_handover", enHandover}, {"court_docket", enDocket},
	{"report_card", enReportCard}, {"seating_plan", enSeating}, {"rental_listing", enRental},
	{"insurance_claim", enClaim}, {"support_transcript", enSupport}, {"app_review", enAppReview},
	{"sms_thread", enSMS}, {"driver_note", enDriver}, {"badge_csv", enBadges},
	{"obituary", enObituary}, {"pharmacy_label", enPharmacy}, {"slack_json", enSlack},
}

func enOnboarding(g *gen, b *bld) {
	p, m := g.enP(), g.enP()
	b.t("NEW HIRE CHECKLIST\nEmployee: ")
	b.n(p.full())
	b.t("\nStart date: ", g.date("-"), "\nHome address: ")
	b.a(g.enAddr(", "))
	b.t("\nWork email: ", mailLocal(p), "@brightwater-logistics.com\nManager: ")
	g.enName(b, m)
	b.t("\n[x] I-9 verified\n[ ] Badge photo\n[ ] Laptop (asset #", g.digits(5), ")\nNotes: ", g.of(enNeg), "\n")
}

func enHandover(g *gen, b *bld) {
	a, c, r := g.enP(), g.enP(), g.enP()
	b.t("Shift handover ", g.pick("night→day", "day→swing", "swing→night"), " | Ward 3B\nOutgoing: ")
	b.n(a.given)
	b.t(" / Incoming: ")
	b.n(c.given)
	b.t("\n- Rm 12: ", g.pick("Mr. ", "Mrs. "))
	b.n(r.sur)
	b.t(" refused evening meds, family aware. Daughter (")
	b.n(g.of(enGivenF))
	b.t(") will call back.\n- Pharmacy runner ", g.pick("will ", "may "), "be late.\n- ", g.of(enNeg), "\n")
}

func enDocket(g *gen, b *bld) {
	d, pl, j := g.enP(), g.enP(), g.enP()
	b.t("Case No. ", itoa(2024+g.r.IntN(2)), "-CV-", g.digits(5), "\n")
	b.n(strings.ToUpper(pl.full()))
	b.t(", Plaintiff,\nv.\n", g.pick("RIVERBEND PROPERTY GROUP LLC", "GRANITE STATE MOVERS INC."), " and ")
	b.n(strings.ToUpper(d.full()))
	b.t(", Defendants.\nEntry ", itoa(g.num(2, 60)), ": Hearing before Judge ")
	b.n(j.sur)
	b.t(" continued to ", g.pick("March", "August", "October"), " ", itoa(g.num(1, 28)), ". Service upon defendant at ")
	b.a(g.enAddr(", "))
	b.t(" returned unexecuted.\n")
}

func enReportCard(g *gen, b *bld) {
	s, t := g.enP(), g.enP()
	b.t("Marshall Elementary — Quarter ", itoa(g.num(1, 4)), " Progress Report\nStudent: ")
	b.n(s.sur + ", " + s.given)
	b.t("   Grade: ", itoa(g.num(1, 5)), "\nTeacher: ", g.pick("Mrs. ", "Mr. ", "Ms. "))
	b.n(t.sur)
	b.t("\nReading: Meets | Math: Approaching | Art: Exceeds\nComment: ")
	b.n(s.given)
	b.t(" reads with expression and ", g.pick("will ", "can "), "often help classmates. Please review the spelling list with ")
	b.t(g.pick("him", "her", "them"), " at home.\n")
}

func enSeating(g *gen, b *bld) {
	b.t("| Table | Guest | Meal |\n|---|---|---|\n")
	for i := range g.num(3, 6) {
		p := g.enP()
		b.t("| ", itoa(1+i/2), " | ")
		if g.p(0.2) {
			b.t(g.pick("Mr. & Mrs. ", "Dr. "))
			b.n(p.sur)
		} else if g.p(0.15) {
			b.t(g.pick("Aunt ", "Uncle "))
			b.n(p.given)
		} else {
			b.n(p.full())
		}
		b.t(" | ", g.pick("Chicken", "Salmon", "Vegan", "Kids"), " |\n")
	}
	b.t("\nHead table near the Rose Garden doors. Florist: Bloom & Vine Co.\n")
}

func enRental(g *gen, b *bld) {
	p := g.enP()
	b.t("FOR RENT: ", itoa(g.num(1, 4)), "BR/", itoa(g.num(1, 2)), "BA, $", itoa(g.num(9, 32)), "00/mo\n")
	b.a(g.enAddr(", "))
	b.t("\nWalk to ", g.pick("Lincoln Park", "Franklin Elementary", "Kroger", "the Hamilton Street Bridge"), ". No smoking, cats OK.\nContact ")
	if g.p(0.5) {
		b.n(p.given)
	} else {
		b.n(p.full())
	}
	b.t(" at ", g.usPhone(), " (text preferred). Available ", g.pick("June", "May", "August"), " 1.\n")
}

func enClaim(g *gen, b *bld) {
	p, w := g.enP(), g.enP()
	b.t("CLAIM FORM — Auto\nPolicyholder name: ")
	b.n(strings.ToUpper(p.sur) + ", " + strings.ToUpper(p.given))
	b.t("\nMailing address:\n")
	b.a(g.enAddr("\n"))
	b.t("\nLocation of loss: intersection of ", g.pick("Elm & 5th", "Grant Ave and Pike St"), "\nWitness: ")
	g.enName(b, w)
	b.t("\nDescription: rear-ended while stopped at light. Other driver insured with Pemberton Mutual.\n")
}

func enSupport(g *gen, b *bld) {
	c, a := g.enP(), g.enP()
	b.t("[", pad2(g.num(8, 20)), ":", pad2(g.r.IntN(60)), "] Agent ")
	b.n(a.given)
	b.t(": Thanks for contacting Lumen Home Internet, can I get the name on the account?\n[Customer]: ")
	b.n(c.full())
	b.t("\n[Agent ")
	b.n(a.given)
	b.t("]: And the service address?\n[Customer]: ")
	b.a(g.enAddr(" "))
	b.t("\n[Agent ")
	b.n(a.given)
	b.t("]: Thank you, ")
	b.n(c.given)
	b.t(". I see an outage in your area. ", g.of(enNeg), "\n")
}

func enAppReview(g *gen, b *bld) {
	p := g.enP()
	b.t(g.pick("★☆☆☆☆", "★★★★★", "★★★☆☆"), " ", g.pick("Driver was great", "Never again", "Decent app"), "\nby ")
	if g.p(0.5) {
		b.n(p.given + " " + p.sur[:1])
	} else {
		b.t("user", g.digits(4))
	}
	b.t(" · ", g.date("/"), "\n")
	q := g.enP()
	b.t(g.pick("My courier ", "The driver, "))
	b.n(q.given)
	b.t(g.pick(", went above and beyond. ", " left it at the wrong door. "), "Will ", g.pick("use again", "not order again"), ". The Sunrise Deli bag was still warm.\n")
}

func enSMS(g *gen, b *bld) {
	a, c := g.enP(), g.enP()
	d := g.date("-")
	b.t(d, " 18:0", itoa(g.r.IntN(10)), " ")
	b.n(a.given)
	b.t(": hey is ")
	b.n(strings.ToLower(c.given))
	b.t(" coming sat?\n")
	b.t(d, " 18:1", itoa(g.r.IntN(10)), " Me: ya, pick her up at ")
	b.a(g.enAddr(" "))
	b.t("\n", d, " 18:2", itoa(g.r.IntN(10)), " ")
	b.n(a.given)
	b.t(": k. tell ")
	b.n(strings.ToLower(c.given))
	b.t("'s mom i said hi. ", g.pick("will", "may"), " be late, traffic on Jefferson Ave lol\n")
}

func enDriver(g *gen, b *bld) {
	p := g.enP()
	b.t("ROUTE ", g.digits(3), " STOP ", itoa(g.num(1, 80)), "\nDeliver to: ")
	b.n(strings.ToUpper(p.full()))
	b.t("\n")
	b.a(strings.ToUpper(g.enAddr("\n")))
	b.t("\nDriver note: ", g.pick("gate code 4471, dog in yard", "leave w/ neighbor ", "side door, ring twice"))
	if g.p(0.5) {
		b.t(" — neighbor ")
		b.n(g.of(enGivenM))
		b.t(" ok'd it")
	}
	b.t("\n", g.of(enNeg), "\n")
}

func enBadges(g *gen, b *bld) {
	b.t("first_name,last_name,company,email,badge\n")
	for range g.num(3, 6) {
		p := g.enP()
		b.csv(pii.PersonName, p.given, ',')
		b.t(",")
		b.csv(pii.PersonName, p.sur, ',')
		b.t(",", g.pick("Hadley & Booth LLP", "Ford Motor Company", "Dell Technologies", "\"Morgan, Lewis & Co\"", "Kessler Analytics"), ",", mailLocal(p), "@example.org,", g.pick("SPEAKER", "ATTENDEE", "STAFF"), "\n")
	}
}

func enObituary(g *gen, b *bld) {
	p, s, d := g.enP(), g.enP(), g.enP()
	b.n(strings.ToUpper(p.full()))
	b.t("\n", itoa(g.num(1931, 1950)), " – ", itoa(g.num(2023, 2025)), "\n")
	b.n(p.given)
	b.t(" passed peacefully at home in ", pickOf(g, enCities).name, ". A retired teacher at Lincoln High School, ")
	b.t(map[bool]string{true: "she", false: "he"}[p.fem], " loved rose gardening and the Kentucky Derby. Preceded in death by spouse ")
	b.n(s.given + " " + p.sur)
	b.t("; survived by ")
	b.n(d.full())
	b.t(", ")
	b.n(g.of(enGivenM))
	b.t(" and four grandchildren. Service at St. Brendan's, Pastor ")
	b.n(g.of(enGivenF))
	b.t(" officiating. Cards may be sent to ")
	b.a(g.enAddr(", "))
	b.t(".\n")
}

func enPharmacy(g *gen, b *bld) {
	p, d := g.enP(), g.enP()
	b.t("HOPE SPRINGS PHARMACY  Rx# ", g.digits(7), "\n")
	b.n(strings.ToUpper(p.sur + ", " + p.given))
	b.t("\n")
	b.a(g.enAddr(", "))
	b.t("\n", g.pick("AMOXICILLIN 500MG", "LISINOPRIL 10MG", "SERTRALINE 50MG"), " TAKE 1 CAPSULE BY MOUTH ", g.pick("TWICE DAILY", "AT BEDTIME"), "\nPrescriber: DR. ")
	b.n(strings.ToUpper(d.initial() + " " + d.sur))
	b.t("   Refills: ", itoa(g.r.IntN(4)), "\n")
}

func enSlack(g *gen, b *bld) {
	a, c := g.enP(), g.enP()
	b.t(`[{"user":"`, strings.ToLower(a.given[:1]+a.sur[:1]), `","real_name":"`)
	b.n(a.full())
	b.t(`","text":"@`, strings.ToLower(c.given[:1]), `baker can you ship the sample to `)
	b.a(g.enAddr(", "))
	b.t(`?"},{"user":"cbk","real_name":"`)
	b.n(c.full())
	b.t(`","text":"on it. `, g.pick("will", "may"), ` need `)
	b.n(a.given)
	b.t(`'s PO number first"}]` + "\n")
}
