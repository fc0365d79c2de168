package unread

import "strings"

var enKinds = []kind{
	{"en-911-transcript", en911, false},
	{"en-ambulance-run-sheet", enRunSheet, false},
	{"en-vet-record", enVet, false},
	{"en-pharmacy-pickup-log", enPharmacy, false},
	{"en-moving-quote", enMoving, false},
	{"en-showing-feedback", enShowing, false},
	{"en-ride-receipt", enRide, false},
	{"en-probate-notice", enProbate, false},
	{"en-building-permit", enPermit, false},
	{"en-contributors-file", enContributors, false},
	{"en-chess-pairings", enChess, false},
	{"en-customs-cn23", enCN23, false},
	{"en-donor-wall", enDonors, false},
	{"en-neighborhood-watch", enWatch, true},     // hard negatives only
	{"en-sponsor-announcement", enSponsor, true}, // hard negatives only
	{"en-lost-and-found", enLostFound, false},
	{"en-product-recall", enRecall, true}, // hard negatives only
}

// Things named after people, and words that are also names: never labelled.
var enNegCompanies = []string{"Wells Fargo", "Dr Pepper", "Ben & Jerry's", "McDonald's", "Ford", "Dell", "Johnson & Johnson", "Hewlett-Packard", "Tim Hortons", "Trader Joe's", "Wendy's", "Martha Stewart Living"}
var enNegPlaces = []string{"Lincoln Elementary", "Martin Luther King Jr. Blvd", "Washington Park", "Jefferson High School", "Yankee Stadium", "Lake Michigan", "the Kennedy Center", "Roosevelt Hospital", "Wrigley Field", "Cesar Chavez Ave", "Johns Hopkins"}
var enNegPrizes = []string{"the Nobel Prize", "the Pulitzer", "the Heisman Trophy", "the Grammy Awards", "the Stanley Cup", "the Jefferson Award", "the Carnegie Medal"}

func en911(g *gen) {
	g.t("CAD INCIDENT #", itoa(24000000+g.intn(999999)), " 911 CALL TRANSCRIPT\n")
	g.t("DISPATCHER: 911, what is the address of your emergency?\nCALLER: ")
	a := g.usStreet()
	if g.p(0.5) {
		g.t("uh, it's ")
	}
	g.addr(g.cased(a))
	g.t(", my neighbor fell down the stairs.\nDISPATCHER: What's your name, sir?\nCALLER: ")
	if g.p(0.5) {
		g.name(g.enFull())
	} else {
		// the caller says the given name, then the whole name
		giv := g.zipf(enGiven)
		g.t("it's ")
		g.name(giv)
		g.t(", ")
		g.name(giv + " " + g.enSur())
	}
	g.t(".\nDISPATCHER: And the patient?\nCALLER: ")
	g.name(g.zipf(enGiven))
	g.t(". They're like eighty. Their grandkid ")
	g.name(g.zipf(enGiven))
	g.t(" is on the way from ", g.pick(enNegPlaces), ".\nDISPATCHER: Okay, help is on the way, stay on the line.\n")
}

func enRunSheet(g *gen) {
	g.t("PATIENT CARE REPORT  Unit M", itoa(1+g.intn(40)), "  Run ", itoa(g.intn(99999)), "\n")
	g.t("Pt name: ")
	g.name(strings.ToUpper(g.enLastFirst()))
	g.t("\nDOB: ", pad(1+g.intn(12), 2), "/", pad(1+g.intn(28), 2), "/19", itoa(30+g.intn(70)), "\nPickup: ")
	g.addr(g.usAddr(false))
	g.t("\nDest: ", g.pick(enNegPlaces), " ED\nCrew: ")
	g.name(g.zipf(enGiven)[:1] + ". " + g.enSur())
	g.t(" (EMT-P), ")
	g.name(g.zipf(enGiven)[:1] + ". " + g.enSur())
	g.t(" (EMT-B)\nNarrative: found pt sitting in recliner, alert x3. Spouse ")
	g.name(g.zipf(enGiven))
	g.t(" states pt took meds at ", itoa(6+g.intn(5)), " am.\n")
}

func enVet(g *gen) {
	g.t("Patient: ", g.pick([]string{"Bella", "Max", "Charlie", "Luna", "Daisy", "Cooper"}), " (", g.pick([]string{"canine", "feline"}), ", ", itoa(1+g.intn(14)), " y)\n")
	g.t("Owner: ")
	g.name(g.enLastFirst())
	g.t("\nAddress: ")
	g.addr(g.usAddr(false))
	g.t("\nReferred by: Dr. ")
	g.name(g.enSur())
	g.t("\nSOAP: owner reports decreased appetite since Tuesday; ")
	g.name(g.zipf(enGiven))
	g.t(" will bring a stool sample. Food: ", g.pick([]string{"Purina", "Hill's Science Diet", "Blue Buffalo"}), ".\n")
}

func enPharmacy(g *gen) {
	g.t("WILL CALL PICKUP LOG  Store #", itoa(1000+g.intn(9000)), "\nTime | Patient | Rx | Picked up by | ID\n")
	for range 3 + g.intn(5) {
		g.t(pad(8+g.intn(12), 2), ":", pad(g.intn(60), 2), " | ")
		g.name(g.cased(g.enLastFirst()))
		g.t(" | ", itoa(6000000+g.intn(999999)), " | ")
		switch g.intn(3) {
		case 0:
			g.t("self")
		case 1:
			g.name(g.enFull())
		default:
			g.name(g.zipf(enGiven))
			g.t(" (", g.pick([]string{"daughter", "spouse", "caregiver"}), ")")
		}
		g.t(" | ", g.pick([]string{"DL", "state ID", "none"}), "\n")
	}
}

func enMoving(g *gen) {
	g.t("Two Guys & A Truck — Estimate #", itoa(g.intn(99999)), "\nPrepared for ")
	g.name(g.enFull())
	g.t("\n\nOrigin:\n")
	g.addr(g.usAddr(true))
	g.t("\n\nDestination:\n")
	g.addr(g.usAddr(true))
	g.t("\n\nInventory: ", itoa(2+g.intn(4)), "BR, piano, ", itoa(10+g.intn(60)), " boxes. Estimator: ")
	g.name(g.zipf(enGiven))
	g.t("\nTotal: $", itoa(900+g.intn(6000)), ".00\n")
}

func enShowing(g *gen) {
	g.t("Showing feedback — ")
	g.addr(g.usAddr(false))
	g.t("\nShowing agent: ")
	g.name(g.enFull())
	g.t("\nFeedback: Buyers liked the kitchen but thought the yard was small. ")
	g.name(g.zipf(enGiven))
	g.t(" asked about the school district (", g.pick(enNegPlaces), "). They also toured ")
	g.addr(g.usStreet())
	g.t(" this weekend. Price opinion: ", g.pick([]string{"about right", "too high", "a bit high"}), ".\n")
}

func enRide(g *gen) {
	g.t("Thanks for riding, ")
	g.name(g.zipf(enGiven))
	g.t("!\n", g.pick([]string{"Tue", "Wed", "Fri", "Sat"}), ", ", itoa(1+g.intn(12)), ":", pad(g.intn(60), 2), " PM\n")
	g.t("Pickup  ")
	g.addr(g.usAddr(false))
	g.t("\nDropoff ")
	g.addr(g.usAddr(false))
	g.t("\nYou rode with ")
	g.name(g.zipf(enGiven))
	g.t(" in a silver ", g.pick([]string{"Toyota Camry", "Honda Civic", "Ford Fusion"}), ".\nTotal $", itoa(8+g.intn(60)), ".", pad(g.intn(100), 2), "\n")
}

func enProbate(g *gen) {
	g.t("NOTICE TO CREDITORS\nIN THE PROBATE COURT OF ", strings.ToUpper(usCities[g.intn(len(usCities))][0]), " COUNTY\nESTATE OF ")
	g.name(strings.ToUpper(g.enFull()))
	g.t(", DECEASED\nAll persons having claims against the estate must present them to the personal representative, ")
	g.name(g.enFull())
	g.t(", at ")
	g.addr(g.usAddr(false))
	g.t(", within four months. Attorney for the estate: ")
	g.name(g.enFull())
	g.t(", Esq.\n")
}

func enPermit(g *gen) {
	g.t("PUBLIC NOTICE — BUILDING PERMIT APPLICATION BP-", itoa(2026), "-", pad(g.intn(9999), 4), "\nSite: ")
	g.addr(g.usAddr(false))
	g.t("\nApplicant: ")
	g.name(g.enFull())
	g.t("\nContractor: ")
	g.neg(g.pick([]string{"Mitchell Brothers Construction", "Johnson Controls", "Pulte Homes", "Toll Brothers", "Hernandez & Sons Roofing"}))
	g.t("\nScope: two-story rear addition, setback variance from ", g.pick(enNegPlaces), ".\nComments by ", itoa(1+g.intn(28)), " days to the planning clerk.\n")
}

func enContributors(g *gen) {
	g.t("# This is the list of people who have contributed code to the project.\n# Names should be added in alphabetical order by surname.\n\n")
	for range 4 + g.intn(8) {
		g.name(g.enFull())
		if g.p(0.3) {
			g.t(" (@", strings.ToLower(g.zipf(enGiven)), itoa(g.intn(99)), ")")
		}
		g.t("\n")
	}
	g.t("Google LLC\n")
}

func enChess(g *gen) {
	g.t("ROUND ", itoa(1+g.intn(7)), " PAIRINGS — ", g.pick([]string{"Spring Open", "Scholastic Quads", "Club Championship"}), "\nBd  White                         Black\n")
	for i := range 3 + g.intn(5) {
		g.t(itoa(i+1), "   ")
		g.name(g.enLastFirst())
		g.t(" (", itoa(1200+g.intn(1200)), ")  -  ")
		if g.p(0.1) {
			g.t("BYE\n")
			continue
		}
		g.name(g.enLastFirst())
		g.t(" (", itoa(1200+g.intn(1200)), ")\n")
	}
}

func enCN23(g *gen) {
	g.t("CUSTOMS DECLARATION CN 23\nFrom: ")
	g.name(strings.ToUpper(g.enFull()))
	g.t("\n")
	g.addr(strings.ToUpper(g.usAddr(true)))
	g.t("\nUNITED STATES\nTo: ")
	g.name(g.deFull())
	g.t("\n")
	g.addr(g.deAddr(true))
	g.t("\nGERMANY\nContents: ", g.pick([]string{"Gift", "Documents", "Sale of goods"}), " — books, ", g.pick([]string{"maple syrup", "T-shirt", "vitamins"}), "\nValue: USD ", itoa(10+g.intn(200)), "\n")
}

func enDonors(g *gen) {
	g.t("THANK YOU TO OUR ", itoa(2025), " DONORS\n\nBenefactors ($1,000+)\n")
	g.list(2+g.intn(4), latinSeps, ", and ", func() { g.name(g.enFull()) })
	g.t("\n\nFriends\n")
	g.list(2+g.intn(5), latinSeps, " & ", func() {
		if g.p(0.3) {
			g.t("The ")
			g.name(g.enSur())
			g.t(" Family")
			return
		}
		g.name(g.enFull())
	})
	g.t("\n", g.pick(enNegCompanies), " Foundation\nAnonymous (3)\n")
}

func enWatch(g *gen) {
	g.t(g.pick([]string{"heads up neighbors", "PSA", "Neighborhood Watch update"}), ": a white van has been circling near ")
	g.neg(g.pick(enNegPlaces))
	g.t(" and the corner of Maple and ", g.pick([]string{"Oak", "3rd", "Sunset"}), " around ", itoa(1+g.intn(11)), " pm. ")
	g.t("i will ")
	g.neg("mark")
	g.t(" the spots on the map. in ")
	g.neg("summer")
	g.t(" we had the same thing outside ")
	g.neg(g.pick(enNegCompanies))
	g.t(". ")
	g.neg("Hope")
	g.t(" it's nothing, but lock your cars. ", g.pick([]string{"Grace period for the HOA fee ends Friday.", "Bill pay for the dues is on the portal."}), "\n")
}

func enSponsor(g *gen) {
	g.t("This season's ", g.pick([]string{"Little League", "youth soccer", "community theater"}), " is brought to you by ")
	g.neg(g.pick(enNegCompanies))
	g.t(" and ")
	g.neg(g.pick(enNegCompanies))
	g.t(". Games move to ")
	g.neg(g.pick(enNegPlaces))
	g.t(" in May. Congratulations to our alumni on ")
	g.neg(g.pick(enNegPrizes))
	g.t(" nomination! Concessions: ", g.pick([]string{"Dr Pepper", "Ben & Jerry's"}), " and hot dogs.\n")
}

func enLostFound(g *gen) {
	g.t("LOST & FOUND REGISTER — ", g.pick(enNegPlaces), "\nDate | Item | Found where | Claimed by\n")
	for range 3 + g.intn(4) {
		g.t(pad(1+g.intn(12), 2), "/", pad(1+g.intn(28), 2), " | ", g.pick([]string{"black umbrella", "keys on a Ford keyring", "kid's jacket", "AirPods case", "wallet"}), " | ", g.pick([]string{"bleachers", "lot B", "front desk", "Gym 2"}), " | ")
		if g.p(0.4) {
			g.t("—\n")
			continue
		}
		g.name(g.enFull())
		if g.p(0.3) {
			g.t(", ")
			g.addr(g.usAddr(false))
		}
		g.t("\n")
	}
}

func enRecall(g *gen) {
	g.t("RECALL NOTICE: ")
	g.neg(g.pick([]string{"Johnson & Johnson", "Ford", "Dell", "Hewlett-Packard", "Ben & Jerry's"}))
	g.t(" is recalling ", g.pick([]string{"certain lots", "model-year 2024 units", "pints sold after March 3"}), ". Customers in ")
	g.t(g.pick([]string{"Springfield", "Austin", "Madison"}), " can return items to any ")
	g.neg(g.pick([]string{"Walgreens", "Trader Joe's", "Wendy's", "Dick's Sporting Goods"}))
	g.t(" location. Questions? Call the help line; ")
	g.neg(g.pick([]string{"rose", "will", "grace", "hope", "sterling"}))
	g.t(" is not affected. Affected stores near ")
	g.neg(g.pick(enNegPlaces))
	g.t(" have posted signs.\n")
}
