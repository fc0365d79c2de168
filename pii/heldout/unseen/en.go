package unseen

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// enNegatives are sentences with companies, products, streets and places named
// after people, and name-like ordinary words; none of them holds a label.
var enNegatives = []string{
	"I picked it up at the Ford Motor service center on the way.",
	"We grabbed McDonald's before the drive home.",
	"The box of Kellogg's Frosted Flakes was crushed.",
	"My card is with Wells Fargo, not Chase.",
	"Hope this helps.",
	"Will do, thanks!",
	"The grace period ends Friday.",
	"Ben & Jerry's was on sale at Trader Joe's.",
	"I rented a Lincoln Navigator at the airport.",
	"The Walt Disney Company sent a survey afterwards.",
	"Paid with my Sam's Club membership card.",
	"We toured Washington last summer and loved it.",
	"The Johnson & Johnson band-aids are in the drawer.",
	"Tim Hortons opened a store near the mall.",
	"Ordered a Dr Pepper and a Wendy's Frosty.",
	"The Hilton downtown was fully booked.",
	"Morgan Stanley handles the 401(k) now.",
	"Took a Tesla Model 3 for a test drive.",
	"Dell support replaced the motherboard.",
	"It rained in Houston all week.",
	"Summer is our busiest season.",
	"Mark the package as fragile, please.",
	"Jack Daniel's was the sponsor of the barbecue contest.",
	"The Eli Lilly plant is hiring again.",
	"Chick-fil-A is closed on Sundays.",
	"Amazon says the parcel is in Memphis.",
	"Goldman Sachs published the report.",
	"Procter & Gamble raised prices on detergent.",
	"The Marie Callender's pie was frozen solid.",
	"Sterling silver only, no plated items.",
	"The Lincoln Memorial was closed for repairs.",
	"Victoria's Secret sent the wrong size.",
}

func enNeg(r *rand.Rand) string { return pick(r, enNegatives) }

var enKinds = []kind{
	{"support-chat", enSupportChat},
	{"court-filing", enCourtFiling},
	{"hr-onboarding", enHROnboarding},
	{"shipping-manifest", enManifest},
	{"appointment-sms", enAppointment},
	{"forum-post", enForum},
	{"git-trailer", enGit},
	{"ics-invite", enICS},
	{"vcard", enVCard},
	{"sql-insert", enSQL},
	{"log-lines", enLog},
	{"letter", enLetter},
	{"tsv-export", enTSV},
	{"review", enReview},
	{"obituary", enObituary},
	{"negative-only", enNegativeOnly},
}

func enSupportChat(r *rand.Rand) string {
	c, agent, a := enPerson(r), enPerson(r), usAddress(r)
	ts := fmt.Sprintf("%02d:%02d", 8+r.IntN(10), r.IntN(60))
	var b strings.Builder
	fmt.Fprintf(&b, "[%s] %s (Agent): Thanks for contacting Brightline Outfitters, my name is %s. Who am I speaking with?\n", ts, N(agent.Given), N(agent.Given))
	fmt.Fprintf(&b, "[%s] Customer: hi, this is %s. %s\n", ts, N(c.Short()), enNeg(r))
	fmt.Fprintf(&b, "[%s] %s (Agent): Thanks, %s! Can you confirm the shipping address on the order?\n", ts, N(agent.Given), N(c.Given))
	fmt.Fprintf(&b, "[%s] Customer: %s\n", ts, A(a.Inline(r)))
	if chance(r, 0.5) {
		b2 := usAddress(r)
		fmt.Fprintf(&b, "[%s] Customer: actually please send it to my mom's instead, %s at %s\n", ts, N(enPerson(r).Short()), A(b2.Inline(r)))
	}
	fmt.Fprintf(&b, "[%s] %s (Agent): Got it. Anything else today?\n[%s] Customer: nope. %s", ts, N(agent.Given), ts, pick(r, []string{"Will do.", "thx", "Hope it arrives before Friday.", "bye"}))
	return b.String()
}

func enCourtFiling(r *rand.Rand) string {
	p, d, atty, judge := enPerson(r), enPerson(r), enPerson(r), enPerson(r)
	county := pick(r, []string{"CASCADE", "LANCASTER", "TULSA", "WASHINGTON", "JEFFERSON", "MADISON"})
	a, aa := usAddress(r), usAddress(r)
	defendant := N(strings.ToUpper(d.Full()))
	if chance(r, 0.4) {
		defendant = pick(r, []string{"FORD MOTOR COMPANY", "KELLOGG COMPANY", "JOHNSON & JOHNSON", "WENDY'S INTERNATIONAL, LLC", "MARY KAY INC."})
	}
	return fmt.Sprintf(`IN THE DISTRICT COURT OF %s COUNTY

%s,
        Plaintiff,
v.                                        Case No. %d-CV-%05d
%s,
        Defendant.

COMPLAINT FOR DAMAGES

1. Plaintiff %s is an individual residing at %s.
2. On or about March %d, Plaintiff visited the premises located at %s.
3. Plaintiff demands a jury trial. Assigned to the Hon. %s.

Respectfully submitted,
/s/ %s
%s, Attorney for Plaintiff
%s`, county, N(strings.ToUpper(p.Full())), 2020+r.IntN(7), r.IntN(99999), defendant,
		N(p.Full()), A(a.Inline(r)), 1+r.IntN(28), A(aa.Inline(r)), N(judge.Full()),
		N(atty.Short()), N(strings.ToUpper(atty.Full())), A(usAddress(r).Block(r)))
}

func enHROnboarding(r *rand.Rand) string {
	e, ec, m := enPerson(r), enPerson(r), enPerson(r)
	rel := pick(r, []string{"spouse", "mother", "father", "partner", "sister", "roommate"})
	return fmt.Sprintf(`NEW HIRE RECORD
Employee ID:        E%s
Legal name:         %s
Preferred name:     %s
Start date:         2026-%02d-%02d
Home address:       %s
Mailing address:    %s
Emergency contact:  %s (%s), %s
Reports to:         %s
Notes: I-9 verified by %s. Benefits enrollment via Abbott Benefits portal.`,
		digits(r, 6), N(e.Inverted()), N(pick(r, []string{e.Given, e.Given, "Bea", "Chip", "Sunny"})), 1+r.IntN(12), 1+r.IntN(28),
		A(usAddress(r).Inline(r)), A(usAddress(r).Inline(r)),
		N(ec.Short()), rel, "("+digits(r, 3)+") 555-"+digits(r, 4), N(m.Full()), N(enPerson(r).Short()))
}

func enManifest(r *rand.Rand) string {
	shipper := pick(r, []string{"KELLOGG'S DIST CTR", "WENDY'S SUPPLY CO", "DELL RETURNS", "HEWLETT-PACKARD", "TRADER JOE'S #552", "BOEING SPARES"})
	var b strings.Builder
	fmt.Fprintf(&b, "MANIFEST %s  SHIPPER: %s\nTRACKING\tCONSIGNEE\tDELIVER TO\tWT_LB\n", digits(r, 8), shipper)
	for i := 0; i < 2+r.IntN(3); i++ {
		p, a := enPerson(r), usAddress(r)
		name := strings.ToUpper(p.Short())
		if chance(r, 0.3) {
			name = strings.ToUpper(p.Inverted())
		}
		fmt.Fprintf(&b, "1Z%s\t%s\t%s\t%d.%d\n", digits(r, 16), N(name), A(strings.ToUpper(a.Inline(r))), 1+r.IntN(70), r.IntN(10))
	}
	return strings.TrimRight(b.String(), "\n")
}

func enAppointment(r *rand.Rand) string {
	p, doc := enPerson(r), enPerson(r)
	clinic := pick(r, []string{"Abbott Family Clinic", "Mayo Clinic Health System", "St. Luke's Medical Group", "Kaiser Permanente", "Lincoln Pediatrics"})
	return fmt.Sprintf("Hi %s, this is a reminder of your appointment with Dr. %s at %s, %s on %s at %d:%02d %s. Reply C to confirm or R to reschedule. Msg&data rates may apply.",
		N(p.Given), N(doc.Family), clinic, A(usAddress(r).Inline(r)), pick(r, []string{"Mon 3/9", "Tue 11/4", "Thu 6/18", "Fri 1/23"}), 1+r.IntN(12), 15*r.IntN(4), pick(r, []string{"AM", "PM"}))
}

func enForum(r *rand.Rand) string {
	me, wife, nb := enPerson(r), enPerson(r), enPerson(r)
	user := strings.ToLower(me.Given[:1] + strings.ReplaceAll(me.Family, "'", ""))
	return fmt.Sprintf(`Re: moving a 300-gallon aquarium across state lines
posted by %s

%s and I did this last spring when we moved to %s. %s Our neighbor %s lent us a trailer; %s was a lifesaver. We shipped the filters to %s's brother at %s.
%s`, user, N(wife.Given), A(usAddress(r).Inline(r)), enNeg(r), N(nb.Short()), N(nb.Given), N(wife.Given), A(usAddress(r).Inline(r)), pick(r, []string{"Hope this helps.", "Good luck!", "— " + N(me.Given)}))
}

func enGit(r *rand.Rand) string {
	a, b := enPerson(r), enPerson(r)
	mail := func(p person) string {
		return strings.ToLower(strings.ReplaceAll(p.Given+"."+p.Family, " ", "")) + "@" + pick(r, []string{"example.com", "users.noreply.github.com", "corp.example"})
	}
	return fmt.Sprintf(`commit %s
Author: %s <%s>
Date:   Tue Mar %d 14:%02d:11 2026 -0500

    shipping: accept USPS suffixes like Pike and Trace

    Reported-by: %s <%s>
    Reviewed-by: %s
    Signed-off-by: %s <%s>`, digits(r, 12), N(a.Short()), mail(a), 1+r.IntN(28), r.IntN(60),
		N(b.Short()), mail(b), N(enPerson(r).Full()), N(a.Short()), mail(a))
}

// icsEscape escapes commas and semicolons as RFC 5545 requires; the label
// covers the text as written, escapes included.
func icsEscape(s string) string {
	return strings.NewReplacer(",", `\,`, ";", `\;`, "\n", `\n`).Replace(s)
}

func enICS(r *rand.Rand) string {
	org, att := enPerson(r), enPerson(r)
	return fmt.Sprintf("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:%s@cal.example\r\nSUMMARY:Home inspection\r\nORGANIZER;CN=%s:mailto:office@inspect.example\r\nATTENDEE;CN=\"%s\";ROLE=REQ-PARTICIPANT:mailto:client%s@mail.example\r\nLOCATION:%s\r\nDESCRIPTION:Bring the keys. Lockbox code with %s.\r\nDTSTART:20260%d%02dT150000Z\r\nEND:VEVENT\r\nEND:VCALENDAR",
		digits(r, 10), N(org.Short()), N(att.Full()), digits(r, 3), A(icsEscape(usAddress(r).Inline(r))), N(pick(r, []string{org.Given, att.Given})), 1+r.IntN(9), 1+r.IntN(28))
}

func enVCard(r *rand.Rand) string {
	p, a := enPerson(r), usAddress(r)
	st := a.Street
	if a.Unit != "" {
		st += " " + a.Unit
	}
	org := pick(r, []string{"Ford Motor Company", "McDonald's Corporation", "Hilton Worldwide", "Self-employed", "Dow Jones & Company"})
	return fmt.Sprintf("BEGIN:VCARD\nVERSION:3.0\nN:%s;%s;;;\nFN:%s\nORG:%s\nTITLE:%s\nADR;TYPE=HOME:;;%s\nTEL;TYPE=CELL:+1-%s-555-%s\nEND:VCARD",
		N(p.Family), N(p.Given), N(p.Full()), org, pick(r, []string{"Buyer", "Analyst", "Franchise Owner"}),
		A(st+";"+a.C.City+";"+a.C.State+";"+a.ZIP)+";USA", digits(r, 3), digits(r, 4))
}

func enSQL(r *rand.Rand) string {
	var b strings.Builder
	b.WriteString("-- dump of table customers\nINSERT INTO customers (id, first_name, last_name, mailing_address, referred_by) VALUES\n")
	rows := 2 + r.IntN(3)
	for i := 0; i < rows; i++ {
		p := enPerson(r)
		esc := func(s string) string { return strings.ReplaceAll(s, "'", "''") }
		ref := "NULL"
		if chance(r, 0.4) {
			ref = "'" + N(esc(enPerson(r).Short())) + "'"
		} else if chance(r, 0.3) {
			ref = "'" + pick(r, []string{"McDonald''s promo", "Wells Fargo", "Chase mailer"}) + "'"
		}
		sep := ","
		if i == rows-1 {
			sep = ";"
		}
		fmt.Fprintf(&b, "  (%d, '%s', '%s', '%s', %s)%s\n", 1000+r.IntN(9000), N(esc(p.Given)), N(esc(p.Family)), A(esc(usAddress(r).Inline(r))), ref, sep)
	}
	return strings.TrimRight(b.String(), "\n")
}

func enLog(r *rand.Rand) string {
	var b strings.Builder
	for i := 0; i < 2+r.IntN(3); i++ {
		p, a := enPerson(r), usAddress(r)
		ts := fmt.Sprintf("2026-02-%02dT%02d:%02d:%02dZ", 1+r.IntN(28), r.IntN(24), r.IntN(60), r.IntN(60))
		switch r.IntN(5) {
		case 0:
			fmt.Fprintf(&b, "%s INFO order.created customer=\"%s\" ship_to=\"%s\" items=%d\n", ts, N(p.Short()), A(a.Inline(r)), 1+r.IntN(5))
		case 1:
			fmt.Fprintf(&b, `{"ts":"%s","level":"warn","msg":"address verification failed","recipient":"%s","address":"%s"}`+"\n", ts, N(strings.ToLower(p.Short())), A(a.Inline(r)))
		case 2:
			fmt.Fprintf(&b, "%s [billing] ACCOUNT_HOLDER: %s | BILL_TO: %s\n", ts, N(strings.ToUpper(p.Inverted())), A(strings.ToUpper(a.Inline(r))))
		case 3:
			fmt.Fprintf(&b, "%s level=debug event=login user_id=%s display_name=%s\n", ts, digits(r, 7), N(strings.ReplaceAll(p.Short(), " ", "_")))
		default:
			fmt.Fprintf(&b, "%s WARN vendor=\"%s\" note=\"%s\"\n", ts, pick(r, []string{"Kellogg's", "Ford Motor Co", "Hewlett-Packard"}), enNeg(r))
		}
	}
	return strings.TrimRight(b.String(), "\n")
}

func enLetter(r *rand.Rand) string {
	to, from := enPerson(r), enPerson(r)
	title := to.enHonorific(r)
	return fmt.Sprintf(`%s
%s

%s %s
%s

Dear %s %s,

We are writing about your claim. %s The inspection will be done by our adjuster, %s, who will call ahead.

Sincerely,

%s
Claims Department, Liberty Mutual`, N(from.Full()), A(usAddress(r).Block(r)), title, N(to.Full()), A(usAddress(r).Block(r)), title, N(to.Family), enNeg(r), N(enPerson(r).Short()), N(from.Full()))
}

func enTSV(r *rand.Rand) string {
	var b strings.Builder
	b.WriteString("member_id\tname\tstreet\tcity\tstate\tzip\tjoined\n")
	for i := 0; i < 2+r.IntN(3); i++ {
		p, a := enPerson(r), usAddress(r)
		st := a.Street
		if a.Unit != "" {
			st += " " + a.Unit
		}
		name := p.Short()
		if chance(r, 0.3) {
			name = strings.ToLower(name)
		}
		// The street, city, state and ZIP columns are one address, so they are
		// one span across the tabs.
		fmt.Fprintf(&b, "%s\t%s\t%s\t2025-%02d-%02d\n", digits(r, 5), N(name), A(st+"\t"+a.C.City+"\t"+a.C.State+"\t"+a.ZIP), 1+r.IntN(12), 1+r.IntN(28))
	}
	return strings.TrimRight(b.String(), "\n")
}

func enReview(r *rand.Rand) string {
	server := enPerson(r)
	return fmt.Sprintf(`★★★★☆ "Great brunch spot"
Our server %s was amazing and remembered my order from last time. %s The place is at %s, parking is tight. Ask for %s!`,
		N(server.Given), enNeg(r), A(usAddress(r).Inline(r)), N(pick(r, []string{server.Given, server.Short()})))
}

func enNegativeOnly(r *rand.Rand) string {
	return fmt.Sprintf("%s %s %s The store on Martin Luther King Jr Blvd now carries Hugo Boss. Lincoln, NE and Washington, DC are on the tour.", enNeg(r), enNeg(r), enNeg(r))
}

// enObituary holds kin named by given name alone and a church named after a
// virtue that is also a given name.
func enObituary(r *rand.Rand) string {
	d, s, c1 := enPerson(r), enPerson(r), enPerson(r)
	d.Female = true
	d.Given = skew(r, enGivenF)
	s.Given = skew(r, enGivenM)
	city := pick(r, usCities)
	return fmt.Sprintf(`%s, %d, of %s, passed away peacefully on %s. She was preceded in death by her husband, %s. She is survived by her daughter %s (%s) of %s, her son %s, and %d grandchildren.
Visitation will be held at %s, %s. In lieu of flowers, memorials may be sent to %s.`,
		N(d.Full()), 60+r.IntN(40), city.City, pick(r, []string{"Jan. 4", "March 22", "Oct. 9"}), N(s.Given),
		N(skew(r, enGivenF)+" "+c1.Family), N(skew(r, enGivenM)), pick(r, usCities).City, N(skew(r, enGivenM)), 2+r.IntN(9),
		pick(r, []string{"Hope Lutheran Church", "Grace Community Church", "St. Joseph Catholic Church", "Faith Baptist Church"}),
		A(usAddress(r).Inline(r)), A(usAddress(r).Inline(r)))
}
