// Package unlisted is a held-out corpus of person names and postal addresses
// in free text of many kinds (police reports, SMS threads, shipping labels,
// hotel registration cards, obituaries, rosters, subtitles...), written
// without seeing the detector, its lexicons or the other corpora. It follows
// the labelling rules of package heldout.
package unlisted

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/comity-project/comity/pii"
	"github.com/comity-project/comity/pii/heldout"
)

// Generate returns n documents (1500 if n is 0), a third per locale, the
// same for the same seed.
func Generate(seed uint64, n int) []heldout.Doc {
	if n == 0 {
		n = 1500
	}
	g := &gen{r: rand.New(rand.NewPCG(seed, 0x7e57ab1e5eedf00d))}
	docs := make([]heldout.Doc, 0, n)
	for i := range n {
		loc := heldout.Locales[i%len(heldout.Locales)]
		ks := kinds[loc]
		k := ks[g.r.IntN(len(ks))]
		b := &builder{}
		k.write(g, b)
		if g.chance(0.3) {
			tail(g, b, loc)
		}
		docs = append(docs, heldout.Doc{Locale: loc, Kind: k.name, Text: b.s.String(), Spans: b.spans})
	}
	return docs
}

type kind struct {
	name  string
	write func(*gen, *builder)
}

var kinds = map[string][]kind{
	heldout.EN: {{"police_report", enPolice}, {"sms_thread", enSMS}, {"shipping_label", enLabel}, {"hotel_registration", enHotel},
		{"appointment_reminder", enAppt}, {"school_note", enSchool}, {"forum_post", enForum}, {"invoice", enInvoice},
		{"meeting_minutes", enMinutes}, {"tenancy_agreement", enLease}, {"classified_ad", enClassified}, {"obituary", enObit},
		{"sports_roster", enRoster}, {"transcript", enTranscript}, {"wedding_invitation", enWedding}},
	heldout.DE: {{"polizeibericht", dePolice}, {"sms_verlauf", deSMS}, {"paketaufkleber", deLabel}, {"meldeschein", deHotel},
		{"terminerinnerung", deAppt}, {"elternbrief", deSchool}, {"forum", deForum}, {"rechnung", deInvoice},
		{"protokoll", deMinutes}, {"mietvertrag", deLease}, {"kleinanzeige", deClassified}, {"traueranzeige", deObit},
		{"mannschaftsaufstellung", deRoster}, {"untertitel", deSubtitle}, {"personalakte", deHR}},
	heldout.ZH: {{"jingqing", zhPolice}, {"duanxin", zhSMS}, {"kuaidi_miandan", zhLabel}, {"zhusu_dengji", zhHotel},
		{"yuyue_tixing", zhAppt}, {"jiazhang_qun", zhSchool}, {"luntan", zhForum}, {"fapiao", zhInvoice},
		{"huiyi_jiyao", zhMinutes}, {"zulin_hetong", zhLease}, {"fenlei_guanggao", zhClassified}, {"fugao", zhObit},
		{"qiudui_mingdan", zhRoster}, {"zhibo_zimu", zhSubtitle}, {"kefu_gongdan", zhTicket}},
}

type gen struct{ r *rand.Rand }

func (g *gen) pick(s ...string) string { return s[g.r.IntN(len(s))] }
func (g *gen) of(s []string) string    { return s[g.r.IntN(len(s))] }
func (g *gen) chance(p float64) bool   { return g.r.Float64() < p }
func (g *gen) num(lo, hi int) int      { return lo + g.r.IntN(hi-lo+1) }
func (g *gen) digits(n int) string {
	var sb strings.Builder
	for i := range n {
		sb.WriteByte(byte('0' + g.r.IntN(10)))
		_ = i
	}
	return sb.String()
}

type builder struct {
	s     strings.Builder
	spans []heldout.Span
}

func (b *builder) t(s ...string) {
	for _, x := range s {
		b.s.WriteString(x)
	}
}
func (b *builder) f(format string, a ...any) { fmt.Fprintf(&b.s, format, a...) }
func (b *builder) name(v string)             { b.label(pii.PersonName, v) }
func (b *builder) addr(v string)             { b.label(pii.PostalAddress, v) }
func (b *builder) label(t pii.Type, v string) {
	st := b.s.Len()
	b.s.WriteString(v)
	b.spans = append(b.spans, heldout.Span{Type: t, Start: st, End: b.s.Len()})
}

// ---------- English helpers ----------

type enPerson struct{ given, sur string }

func (g *gen) enP() enPerson {
	s := g.of(enSur)
	if g.chance(0.08) {
		s = strings.ReplaceAll(g.of(enPartSur), "_", " ")
	}
	return enPerson{g.of(enGiven), s}
}

func (p enPerson) full() string { return p.given + " " + p.sur }

// enName renders a person in one of several forms.
func (g *gen) enName(p enPerson) string {
	switch g.r.IntN(10) {
	case 0:
		return p.given + " " + string('A'+rune(g.r.IntN(26))) + ". " + p.sur
	case 1:
		return p.sur + ", " + p.given
	case 2:
		return p.given[:1] + ". " + p.sur
	case 3:
		return p.given + " \"" + g.of(enNick) + "\" " + p.sur
	default:
		return p.full()
	}
}

func (g *gen) enStreetLine() string {
	st := strings.ReplaceAll(g.of(enStreet), "_", " ")
	line := fmt.Sprint(g.num(1, 9899)) + " "
	if g.chance(0.2) {
		line += g.of(enDir) + " "
	}
	line += st + " " + g.of(enSuffix)
	if g.chance(0.35) {
		u := g.of(enUnit)
		sep := " "
		if u == "#" {
			sep = ""
		}
		line += " " + u + sep + fmt.Sprint(g.num(1, 40)) + g.pick("", "", "A", "B", "C")
	}
	return line
}

func (g *gen) zip() string {
	z := fmt.Sprintf("%05d", g.num(1001, 99950))
	if g.chance(0.2) {
		z += "-" + fmt.Sprintf("%04d", g.num(1, 9999))
	}
	return z
}

func (g *gen) enAddr() string {
	return g.enStreetLine() + ", " + g.of(enCity) + " " + g.zip()
}

func (g *gen) enAddrBlock() string {
	return g.enStreetLine() + "\n" + g.of(enCity) + " " + g.zip()
}

var enNeg = []string{"Ford F-150", "Wells Fargo", "Dr Pepper", "Jack Daniel's", "McDonald's", "Johnson & Johnson", "Hilton Garden Inn", "Dell laptop", "Wendy's", "Tesla Model 3", "Disney+", "Goodyear tires", "Kellogg's cereal", "the Lincoln Memorial", "Martin Luther King Jr. Day", "Gordon Ramsay's cookbook", "Harry Potter", "Ben & Jerry's", "Trader Joe's", "Marshall amp", "Hershey bar"}
var enMonth = w("January February March April May June July August September October November December")
var enDay = w("Monday Tuesday Wednesday Thursday Friday Saturday Sunday")
var enTitle = []string{"Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Officer", "Sgt.", "Det.", "Rev.", "Coach", "Judge", "Mx."}

func (g *gen) date() string { return fmt.Sprintf("%s %d", g.of(enMonth), g.num(1, 28)) }

func up(s string) string { return strings.ToUpper(s) }

func enPolice(g *gen, b *builder) {
	caps := g.chance(0.3)
	c := func(s string) string {
		if caps {
			return up(s)
		}
		return s
	}
	cf := func(f string, a ...any) { b.t(c(fmt.Sprintf(f, a...))) }
	cf("INCIDENT REPORT #%s\nReporting officer: %s ", g.digits(7), g.pick("Officer", "Sgt.", "Det."))
	b.name(c(g.of(enSur)))
	cf(", badge %s\nDate: %s, %s\n\nNARRATIVE: On %s at approx. %02d%02d hrs I responded to ", g.digits(4), g.of(enDay), g.date(), g.of(enDay), g.num(0, 23), g.num(0, 59))
	b.addr(c(g.enAddr()))
	b.t(c(" regarding a "), g.pick(c("noise complaint"), c("vehicle break-in"), c("theft of a bicycle"), c("dispute between neighbors")), c(". The complainant, "))
	p := g.enP()
	b.name(c(g.enName(p)))
	cf(" (DOB %02d/%02d/%d), stated that a %s parked outside had been ", g.num(1, 12), g.num(1, 28), g.num(1940, 2004), g.pick(c("Ford F-150"), c("silver Tesla Model 3"), c("Honda Civic")))
	b.t(c(g.pick("keyed", "broken into", "towed")) + c(". Witness "))
	q := g.enP()
	b.name(c(q.full()))
	b.t(c(", who lives at "))
	b.addr(c(g.enAddr()))
	b.t(c(", said "), c(g.pick("he", "she", "they")), c(" saw a male in a "), c(g.pick("Wells Fargo", "Dell", "Jack Daniel's")), c(" hoodie. "))
	b.name(c(p.given))
	b.t(c(" declined medical attention. Case referred to "), c("Det. "))
	b.name(c(g.of(enSur)))
	b.t(c(".\n"))
}

func enSMS(g *gen, b *builder) {
	a, c := g.enP(), g.enP()
	an, cn := a.given, c.given
	lines := g.num(4, 7)
	for i := range lines {
		who := an
		if i%2 == 1 {
			who = cn
		}
		b.f("[%02d:%02d] ", g.num(7, 23), g.num(0, 59))
		b.name(who)
		b.t(": ")
		switch g.r.IntN(8) {
		case 0:
			b.t("hey r u still coming sat? ")
			b.name(strings.ToLower(g.of(enGiven)))
			b.t(" says bring chips lol")
		case 1:
			b.t("ok the new place is ")
			b.addr(strings.ToLower(g.enAddr()))
			b.t(" buzz 2x")
		case 2:
			b.t("omg i just saw ")
			b.name(g.of(enGiven))
			b.t(" at trader joe's")
		case 3:
			b.t("running late, stuck on the highway behind a dr pepper truck")
		case 4:
			b.t("can u send me ")
			p := g.enP()
			b.name(p.full())
			b.t("'s number? its for the " + strings.ToLower(g.of(enMonth)) + " thing")
		case 5:
			b.t("mail it to my moms: ")
			b.addr(g.enAddr())
		case 6:
			b.t("k")
		default:
			b.t("lmk if " + strings.ToLower(g.of(enDay)) + " works, ")
			b.name(g.of(enNick))
			b.t(" can't do " + g.of(enDay))
		}
		b.t("\n")
	}
}

func enLabel(g *gen, b *builder) {
	b.t(g.pick("USPS PRIORITY MAIL", "UPS GROUND", "FEDEX HOME DELIVERY"), "\nSHIP FROM:\n")
	b.t(g.pick("ACME OUTDOOR SUPPLY", "HERSHEY GIFT SHOP", "GOODYEAR PARTS DEPOT", "BEN & JERRY'S MERCH"), "\n")
	b.addr(up(g.enAddrBlock()))
	b.t("\n\nSHIP TO:\n")
	p := g.enP()
	if g.chance(0.5) {
		b.name(up(p.full()))
	} else {
		b.name(p.full())
	}
	b.t("\n")
	if g.chance(0.5) {
		b.addr(up(g.enAddrBlock()))
	} else {
		b.addr(g.enAddrBlock())
	}
	b.f("\n\nTRACKING: 9400 %s %s %s\nWT: %d LB %d OZ  REF: ORDER-%s\n", g.digits(4), g.digits(4), g.digits(4), g.num(0, 30), g.num(0, 15), g.digits(6))
}

func enHotel(g *gen, b *builder) {
	p := g.enP()
	b.t("GUEST REGISTRATION CARD — ", g.pick("Hilton Garden Inn", "Marriott Courtyard", "Best Western Plus"), "\nSurname: ")
	b.name(up(p.sur))
	b.t("\nFirst name: ")
	b.name(up(p.given))
	b.t("\nHome address: ")
	b.addr(g.enAddr())
	b.f("\nArrival: %s   Departure: %s   Room: %d\nVehicle: %s   Plate: %s\n", g.date(), g.date(), g.num(101, 1220), g.pick("Ford Explorer", "Chevrolet Tahoe", "Tesla Model 3"), strings.ToUpper(g.digits(3))+"-"+g.pick("KLM", "XTR", "BPA"))
	if g.chance(0.6) {
		b.t("Accompanying guest: ")
		b.name(g.enP().full())
		b.t("\n")
	}
	b.t("Email: ", strings.ToLower(p.given), ".", strings.ToLower(strings.ReplaceAll(p.sur, " ", "")), "@example.com\nSignature: ____________\n")
}

func enAppt(g *gen, b *builder) {
	p := g.enP()
	b.t("Hi ")
	b.name(p.given)
	b.f(", this is a reminder of your appointment with %s ", g.pick("Dr.", "Dr.", "Nurse Practitioner"))
	d := g.enP()
	b.name(d.sur)
	b.f(" on %s, %s at %d:%02d %s at ", g.of(enDay), g.date(), g.num(1, 12), 15*g.r.IntN(4), g.pick("AM", "PM"))
	b.t(g.pick("Riverside Family Clinic", "Kaiser Permanente", "Mayo Clinic Health", "St. Jude Pediatrics"), ", ")
	b.addr(g.enAddr())
	b.t(". Reply C to confirm or R to reschedule. Please bring your insurance card and a list of medications. Parking is free in the garage behind the Walgreens.\n")
}

// tail appends an unlabelled line carrying a hard negative: a brand, product,
// title or word that looks like a name but is none.
func tail(g *gen, b *builder, loc string) {
	switch loc {
	case heldout.EN:
		b.t("\nP.S. ", g.pick("Don't forget the ", "We still owe them for the ", "Ask about the "), g.of(enNeg), " before ", g.of(enDay), ".\n")
	case heldout.DE:
		b.t("\nPS: ", g.pick("Bitte noch ", "Nicht vergessen: ", "Danke für "), g.of(deNeg), g.pick(" am ", " bis "), g.of(deDay), ".\n")
	default:
		b.t("\n附言：", g.pick("别忘了", "记得买", "顺便问问"), g.of(zhNeg), "。\n")
	}
}
