package untold

import (
	"fmt"
	"math/rand/v2"
)

// Things named after people that are not people (never labelled).
var enFirms = []string{"Wells Fargo", "Charles Schwab", "Johnson & Johnson", "Jack Daniel's", "Ben & Jerry's",
	"John Deere", "Tim Hortons", "Morgan Stanley", "Ford", "Dr Pepper", "Hewlett-Packard", "Martha Stewart Living Omnimedia"}

var enNegs = []string{"Dr Pepper", "the Nobel Prize", "the Pulitzer Prize", "Walt Disney World", "Madison Square Garden",
	"the Lincoln Memorial", "Martin Luther King Jr. Day", "Ford", "Lincoln High School", "Washington Street",
	"the Hubble telescope", "John Deere", "Tim Hortons", "Jefferson Elementary", "the Kennedy Center", "Morgan Stanley"}

var enKinds = []kind{
	{"podcast-transcript", func(r *rand.Rand, b *builder) {
		h, g := newEN(r), newEN(r)
		b.t("[00:00:0", fmt.Sprint(r.IntN(10)), "] ")
		b.n(h.short())
		b.t(": Welcome back to the show. My guest today is ")
		b.n(g.full())
		b.t(", who spent ten years at ")
		b.neg(pick(r, enFirms))
		b.t(".\n[00:00:2", fmt.Sprint(r.IntN(10)), "] ")
		b.n(g.short())
		b.t(": Thanks for having me, ")
		b.n(h.given)
		b.t(". Honestly my mom, ")
		b.n(newENg(r, female).short())
		b.t(", still calls it my phase.\n")
	}},
	{"srt-subtitles", func(r *rand.Rand, b *builder) {
		a, c := newEN(r), newEN(r)
		b.f("12\n00:04:1%d,200 --> 00:04:13,900\n", r.IntN(3))
		b.t("- ")
		b.n(a.given)
		b.t("! Wait up!\n- Not now, ")
		b.n(c.given)
		b.t(".\n\n13\n00:04:14,100 --> 00:04:16,500\nTell Detective ")
		b.n(c.family)
		b.t(" the package went to\n")
		b.n(a.given)
		b.t("'s place on ")
		b.a(enStreet(r, false))
		b.t(".\n")
	}},
	{"paper-authors", func(r *rand.Rand, b *builder) {
		n := 2 + r.IntN(3)
		ps := make([]string, n)
		for i := range ps {
			ps[i] = newEN(r).full()
		}
		b.t("Sparse Attention for Low-Resource Speech Recognition\n\n")
		b.names(ps, "¹, ", "¹ and ")
		b.t("²\n¹ Department of Linguistics, ")
		b.a(enStreet(r, false) + ", " + enCity(r))
		b.t("\n² Speech Lab, ")
		b.a(enAddr(r, ", "))
		b.t("\n\nAcknowledgements: We thank ")
		b.n(newEN(r).short())
		b.t(" for annotation and ")
		b.neg("the Sloan Foundation")
		b.t(" for funding.\n")
	}},
	{"bibliography", func(r *rand.Rand, b *builder) {
		for i := 0; i < 2+r.IntN(2); i++ {
			b.n(newEN(r).cite())
			if chance(r, 0.6) {
				b.t(", & ")
				b.n(newEN(r).cite())
			}
			b.f(" (%d). Neighborhood effects on civic participation. Journal of Urban Affairs, %d(%d), %d–%d.\n",
				1990+r.IntN(34), 10+r.IntN(40), 1+r.IntN(4), 10+r.IntN(200), 220+r.IntN(200))
		}
	}},
	{"press-release", func(r *rand.Rand, b *builder) {
		c := newEN(r)
		b.t("FOR IMMEDIATE RELEASE\n\nCedar Valley Credit Union names new CEO\n\nThe board announced today that ")
		b.n(c.full())
		b.t(" will succeed ")
		b.n(newEN(r).short())
		b.t(", who retires after 22 years. \"We are thrilled,\" said board chair ")
		b.n(newEN(r).short())
		b.t(".\n\nMedia contact: ")
		b.n(newEN(r).short())
		b.t(", Cedar Valley Credit Union, ")
		b.a(enAddr(r, ", "))
		b.t("\n###\n")
	}},
	{"taxi-dispatch", func(r *rand.Rand, b *builder) {
		b.cs = upper
		for i := 0; i < 3; i++ {
			b.f("%02d:%02d CAR %d PU ", 6+r.IntN(15), r.IntN(60), 10+r.IntN(80))
			b.a(enStreet(r, chance(r, 0.3)))
			b.t(" PAX ")
			b.n(newEN(r).family)
			b.t(" DEST ")
			if chance(r, 0.5) {
				b.neg(pick(r, []string{"Madison Square Garden", "Lincoln High School", "the Kennedy Center"}))
			} else {
				b.t("AIRPORT")
			}
			b.t("\n")
		}
	}},
	{"hotel-register", func(r *rand.Rand, b *builder) {
		b.t("GUEST REGISTER — The Larkspur Inn\nRoom | Guest | Home address | Arr | Dep\n")
		for i := 0; i < 2+r.IntN(3); i++ {
			b.f("%d | ", 101+r.IntN(300))
			b.n(newEN(r).inverted())
			b.t(" | ")
			b.a(enAddr(r, ", "))
			b.f(" | 10/%02d | 10/%02d\n", 1+r.IntN(14), 15+r.IntN(14))
		}
	}},
	{"irs-notice", func(r *rand.Rand, b *builder) {
		p := newEN(r)
		b.t("Notice CP14  Tax year 2025  Amount due: $1,284.16\n\nTaxpayer: ")
		b.cs = upper
		b.n(p.full())
		b.t("\nAddress of record:\n")
		b.a(enAddr(r, "\n"))
		b.cs = asIs
		b.t("\n\nIf you have already paid, you don't need to do anything. Make your check payable to the United States Treasury.\n")
	}},
	{"utility-bill", func(r *rand.Rand, b *builder) {
		b.f("Account no. %d-%04d  Billing period 09/01–09/30\nAccount holder: ", 100000+r.IntN(900000), r.IntN(10000))
		b.n(newEN(r).short())
		b.t("\nService address: ")
		b.a(enStreet(r, chance(r, 0.5)) + ", " + enCity(r))
		b.f("\nElectric usage: %d kWh   Amount due: $%d.%02d\n", 300+r.IntN(900), 40+r.IntN(200), r.IntN(100))
	}},
	{"voicemail-transcript", func(r *rand.Rand, b *builder) {
		b.cs = lower
		c := newEN(r)
		b.t("hey it's ")
		b.n(c.given)
		b.t(" calling for ")
		b.n(newEN(r).short())
		b.t(" um about the estimate so the job is at ")
		b.a(enStreet(r, false) + " " + pick(r, enCities))
		b.t(" call me back when you can thanks bye\n")
	}},
	{"smart-speaker-log", func(r *rand.Rand, b *builder) {
		b.f("2026-10-%02dT07:1%d:04Z utterance=\"", 1+r.IntN(28), r.IntN(10))
		b.cs = lower
		b.t("navigate to ")
		b.a(enStreet(r, false) + " " + pick(r, enCities))
		b.t("\"\n")
		b.cs = asIs
		b.t("2026-10-01T07:15:40Z utterance=\"")
		b.cs = lower
		b.t("call ")
		b.n(newEN(r).short())
		b.t(" on speaker\"\n")
		b.cs = asIs
		b.t("2026-10-01T07:16:02Z utterance=\"play the ")
		b.neg("Hamilton")
		b.t(" soundtrack\"\n")
	}},
	{"report-card", func(r *rand.Rand, b *builder) {
		s, t := newEN(r), newEN(r)
		b.t("Jefferson Elementary — Quarter 2 Progress Report\nStudent: ")
		b.n(s.inverted())
		b.t("   Grade 4   Teacher: Ms. ")
		b.n(t.family)
		b.t("\nReading: Meets   Math: Exceeds\nComment: ")
		b.n(s.given)
		b.t(" is a kind classmate and has grown as a reader. Please return the signed card to Room 12.\n")
	}},
	{"theatre-programme", func(r *rand.Rand, b *builder) {
		b.t("CAST (in order of appearance)\n")
		for _, role := range []string{"Narrator", "The Doctor", "Stage Manager"} {
			b.t(role, " .......... ")
			b.n(newEN(r).full())
			b.t("\n")
		}
		b.t("Directed by ")
		b.n(newEN(r).short())
		b.t("\nSpecial thanks to ")
		b.neg("Tim Hortons")
		b.t(" and the ")
		b.neg("Kennedy Center")
		b.t(" touring fund.\n")
	}},
	{"museum-caption", func(r *rand.Rand, b *builder) {
		a, c := newENg(r, female), newENg(r, male)
		a.family = c.family
		b.t("Quilt, c. 1890. Cotton, hand-pieced.\nGift of ")
		b.n(a.given)
		b.t(" and ")
		b.n(c.short())
		b.t(" in memory of ")
		b.n(newEN(r).full())
		b.t(", 2011.14.3\n")
	}},
	{"yellow-pages", func(r *rand.Rand, b *builder) {
		for i := 0; i < 2+r.IntN(2); i++ {
			o := newEN(r)
			b.t(pick(r, []string{"PLUMBING", "AUTO REPAIR", "TAX PREP", "PIANO LESSONS"}), " — ")
			b.neg(o.family + " & Sons")
			b.f(", est. %d. Owner ", 1950+r.IntN(70))
			b.n(o.short())
			b.t(". ")
			b.a(enAddr(r, ", "))
			b.f(" · (%d) 555-%04d\n", 200+r.IntN(700), r.IntN(10000))
		}
	}},
	{"board-of-directors", func(r *rand.Rand, b *builder) {
		b.t("Board of Directors\n")
		for _, t := range []string{"Chair", "Vice Chair", "Treasurer", "Secretary"} {
			b.n(newEN(r).full())
			b.t(", ", t, "\n")
		}
		b.t("Registered office: ")
		b.a(enAddr(r, ", "))
		b.t("\n")
	}},
	{"dating-profile", func(r *rand.Rand, b *builder) {
		b.n(newENg(r, female).given)
		b.f(", %d 🌿\nDog mom, hiker, terrible at trivia. Looking for someone to split fries with at ", 24+r.IntN(20))
		b.neg("Ben & Jerry's")
		b.t(". My sister ")
		b.n(newENg(r, female).given)
		b.t(" says I'm \"a lot\" 😅\n")
	}},
	{"recipe-blog", func(r *rand.Rand, b *builder) {
		b.t("Grandma ")
		b.n(newENg(r, female).given)
		b.t("'s Peach Cobbler\n\nEvery August my grandfather ")
		b.n(newENg(r, male).short())
		b.t(" drove us to the orchard. Will you need fresh peaches? Canned work fine. ")
		b.neg("May")
		b.t(" is too early though.\n")
	}},
	{"negatives-brands", func(r *rand.Rand, b *builder) {
		b.t("Quarterly note: holdings in ")
		b.neg(pick(r, enFirms))
		b.t(" and ")
		b.neg(pick(r, enFirms))
		b.t(" rose. The parade passes ")
		b.neg("Washington Street")
		b.t(" before ")
		b.neg("the Lincoln Memorial")
		b.t(".\n")
	}},
	{"negatives-events", func(r *rand.Rand, b *builder) {
		b.t("Offices close on ")
		b.neg("Martin Luther King Jr. Day")
		b.t(". Bring a ")
		b.neg("Dr Pepper")
		b.t(" to the watch party for ")
		b.neg("the Nobel Prize")
		b.t(" announcement. Grant applications are due in ")
		b.neg("May")
		b.t(".\n")
	}},
	{"negatives-words", func(r *rand.Rand, b *builder) {
		b.neg("Will")
		b.t(" the ")
		b.neg("Bill")
		b.t(" for the ")
		b.neg("Rose")
		b.t(" Garden cleanup go to the parks fund? ")
		b.neg("Hope")
		b.t(" so. The ")
		b.neg("Baker")
		b.t(" Street bakery donated. ")
		b.neg("Grant")
		b.t(" money arrives in ")
		b.neg("May")
		b.t(".\n")
	}},
	{"negatives-directions", func(r *rand.Rand, b *builder) {
		b.cs = lower
		b.t("take i-90 to exit 12 turn left at ")
		b.neg("lincoln high school")
		b.t(" then follow ")
		b.neg("washington street")
		b.t(" past ")
		b.neg("john deere")
		b.t(" dealership\n")
	}},
}
