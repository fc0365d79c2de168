package unlisted

import "strings"

func enSchool(g *gen, b *builder) {
	kid := g.enP()
	b.t("Dear ", g.pick("Mr.", "Ms.", "Mrs."), " ")
	b.name(g.of(enSur))
	b.t(",\n\nPlease excuse ")
	b.name(kid.given)
	b.f(" from school on %s, %s. %s has a dentist appointment and will be picked up at noon by %s ", g.of(enDay), g.date(), g.pick("She", "He", "They"), g.pick("her aunt", "his grandfather", "our neighbor"))
	b.name(g.enP().full())
	b.t(". Our new address, for the files, is ")
	b.addr(g.enAddr())
	b.t(".\n\nThank you,\n")
	b.name(g.enP().given + " " + kid.sur)
	b.t("\n(parent of ")
	b.name(kid.full())
	b.f(", Grade %d)\n", g.num(1, 8))
}

func enForum(g *gen, b *builder) {
	user := strings.ToLower(g.of(enGiven)) + "_" + g.digits(2)
	b.f("Re: best pizza near %s?\nPosted by %s » %s\n\n", g.pick("downtown", "the university", "Lincoln Park"), user, g.date())
	b.t("honestly go to the little place on ")
	b.addr(g.enAddr())
	b.t(", the owner ")
	b.name(g.of(enGiven))
	b.t(" makes everything from scratch. way better than McDonald's or Wendy's. ")
	if g.chance(0.5) {
		b.t("my buddy ")
		b.name(g.enP().full())
		b.t(" swears by it too. ")
	}
	b.t("also +1 to what ")
	b.name(g.of(enNick))
	b.t(" said about the Harry Potter themed night on ", g.of(enDay), "s\n\n> Quote from ", user, ": try Dell's Diner lol\n")
}

func enInvoice(g *gen, b *builder) {
	b.f("INVOICE No. %s\nDate: %s, 20%d\n\nBill to:\n", g.digits(5), g.date(), g.num(19, 26))
	p := g.enP()
	b.name(g.enName(p))
	b.t("\n")
	b.addr(g.enAddrBlock())
	b.t("\n\n")
	items := []string{"Goodyear tires (4)", "Labor", "Kellogg's cereal case", "Dell laptop repair", "Johnson & Johnson first aid kit", "Marshall amp rental", "Hershey bar (box)"}
	tot := 0
	for range g.num(2, 4) {
		v := g.num(5, 400)
		tot += v
		b.f("%-32s $%d.00\n", g.of(items), v)
	}
	b.f("TOTAL DUE: $%d.00\nMake checks payable to %s\nRemit to: ", tot, g.pick("Wells Fargo Auto LLC", "Ford Motor Credit", "Schwab Plumbing Inc."))
	b.addr(g.enAddr())
	b.t("\n")
}

func enMinutes(g *gen, b *builder) {
	b.f("HOA Board Meeting Minutes — %s %s\nPresent: ", g.of(enDay), g.date())
	n := g.num(3, 5)
	for i := range n {
		if i > 0 {
			b.t(", ")
		}
		p := g.enP()
		b.name(g.enName(p))
		if g.chance(0.3) {
			b.t(" (", g.pick("Treasurer", "Secretary", "President", "Chair"), ")")
		}
	}
	b.t("\nAbsent: ")
	b.name(g.enP().full())
	b.t("\n\n1. ")
	b.name(g.of(enGiven))
	b.t(" reported the pool at ")
	b.addr(g.enAddr())
	b.f(" will reopen in %s.\n2. Motion by ", g.of(enMonth))
	b.name(g.of(enSur))
	b.t(" to repave Lincoln Ave entrance; seconded by ")
	b.name(g.of(enGiven))
	b.t(". Passed 4-1.\n3. Action item: Treasurer to call Goodyear about the fleet discount.\n")
}

func enLease(g *gen, b *builder) {
	ll, tn := g.enP(), g.enP()
	b.t("RESIDENTIAL LEASE AGREEMENT\n\nThis Lease is made on ", g.date(), " between ")
	b.name(up(ll.full()))
	b.t(" (\"Landlord\") and ")
	b.name(up(tn.full()))
	if g.chance(0.4) {
		b.t(" and ")
		b.name(up(g.enP().full()))
	}
	b.t(" (\"Tenant\").\n\n1. PREMISES. Landlord leases to Tenant the dwelling located at ")
	b.addr(g.enAddr())
	b.f(" (the \"Premises\").\n2. RENT. Tenant shall pay $%d per month, due on the first day of each month, to Landlord at ", g.num(700, 3900))
	b.addr(g.enAddr())
	b.t(".\n3. NOTICES. Notices to Tenant shall be sent to the Premises.\n\nLandlord: ")
	b.name(ll.full())
	b.t("    Tenant: ")
	b.name(tn.full())
	b.t("\n")
}

func enClassified(g *gen, b *builder) {
	b.t(g.pick("FOR SALE: ", "FREE: ", "WANTED: "), g.pick("2014 Ford F-150, 98k miles", "Marshall amp, barely used", "crib + changing table", "Dell monitor 27in"), ". ")
	b.t(g.pick("Pickup only at ", "Come by ", "Located at "))
	b.addr(g.enAddr())
	b.t(". Ask for ")
	b.name(g.of(enGiven))
	b.f(". Call/text (%s) %s-%s after 5pm, no calls on %s. ", g.digits(3), g.digits(3), g.digits(4), g.of(enDay)+"s")
	if g.chance(0.5) {
		b.t("Serious buyers only — ")
		b.name(g.enP().full())
	}
	b.t("\n")
}

func enObit(g *gen, b *builder) {
	p := g.enP()
	b.name(up(p.full()))
	b.f("\n%d – 20%d\n\n", g.num(1930, 1960), g.num(20, 26))
	b.name(g.enName(p))
	b.f(", %d, of %s, passed away peacefully on %s. Born in %s, ", g.num(60, 95), strings.Split(g.of(enCity), ",")[0], g.date(), strings.Split(g.of(enCity), ",")[0])
	b.name(p.given)
	b.t(" worked 30 years at the Ford plant and never missed a Sunday service. ")
	b.t(g.pick("She", "He"), " is survived by ")
	sp := g.enP()
	b.name(sp.given)
	b.t(", children ")
	b.name(g.of(enGiven) + " " + p.sur)
	b.t(" and ")
	b.name(g.of(enGiven) + " (" + g.of(enGiven) + ") " + g.of(enSur))
	b.t(", and many grandchildren. Visitation will be held at ")
	b.t(g.pick("Hamilton Funeral Home", "Lincoln Chapel", "Whitney & Sons Mortuary"), ", ")
	b.addr(g.enAddr())
	b.t(". In lieu of flowers, donations to St. Jude.\n")
}

func enRoster(g *gen, b *builder) {
	b.f("%s %s — SPRING ROSTER\n#  NAME                 POS  PARENT/GUARDIAN\n", up(strings.Split(g.of(enCity), ",")[0]), g.pick("WILDCATS U12", "TITANS 10U", "LADY HAWKS"))
	for range g.num(4, 8) {
		p := g.enP()
		b.f("%-2d ", g.num(1, 99))
		if g.chance(0.5) {
			b.name(up(p.sur) + ", " + p.given)
		} else {
			b.name(p.full())
		}
		b.t("  ", g.pick("GK", "DEF", "MID", "FWD", "P", "C", "SS"), "  ")
		b.name(g.of(enGiven) + " " + p.sur)
		b.t("\n")
	}
	b.t("Coach: ")
	b.name(g.enP().full())
	b.t("   Field: ")
	b.addr(g.enAddr())
	b.t("\n")
}

func enTranscript(g *gen, b *builder) {
	host, guest := g.enP(), g.enP()
	b.f("00:00:%02d,000 --> 00:00:%02d,500\n", g.num(1, 20), g.num(21, 40))
	b.name(up(host.sur))
	b.t(": Welcome back. My guest today is ")
	b.name(guest.full())
	b.t(".\n\n00:01:05,200 --> 00:01:09,000\n")
	b.name(up(guest.sur))
	b.t(": Thanks, ")
	b.name(host.given)
	b.t(". So I grew up at ")
	b.addr(g.enAddr())
	b.t(", right across from the old Hershey warehouse.\n\n00:01:10,000 --> 00:01:12,400\n")
	b.name(up(host.sur))
	b.t(": [laughs] And your mom, ")
	b.name(g.of(enGiven))
	b.t(", still lives there?\n\n00:01:13,000 --> 00:01:15,000\n[MUSIC: \"Harry Potter\" theme]\n")
}

func enWedding(g *gen, b *builder) {
	a, c := g.enP(), g.enP()
	b.t("Together with their families\n\n")
	b.name(a.given + " " + g.of(enGiven)[:1] + ". " + a.sur)
	b.t("\n&\n")
	b.name(c.full())
	b.f("\n\nrequest the pleasure of your company\nat the celebration of their marriage\n%s, the %dth of %s\nat four o'clock in the afternoon\n\n%s\n", up(g.of(enDay)), g.num(4, 28), g.of(enMonth), g.pick("The Lincoln Estate", "Hilton Garden Inn Ballroom", "Magnolia Hall"))
	b.addr(g.enAddrBlock())
	b.t("\n\nKindly reply by ", g.of(enMonth), " 1 to ")
	b.name(g.of(enGiven))
	b.f(" at %s%s@gmail.com\n", strings.ToLower(a.given), strings.ToLower(strings.ReplaceAll(c.sur, " ", "")))
}
