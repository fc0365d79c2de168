package unheeded

import (
	"fmt"
	"strings"
)

var enGiven = strings.Fields(`James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara Richard Susan Joseph Jessica Thomas Sarah Charles Karen Christopher Lisa Daniel Nancy Matthew Betty Anthony Margaret Mark Sandra Donald Ashley Steven Kimberly Paul Emily Andrew Donna Joshua Michelle Kenneth Carol Kevin Amanda Brian Melissa George Deborah Timothy Stephanie Ronald Rebecca Jason Sharon Edward Laura Jeffrey Cynthia Ryan Kathleen Jacob Amy Gary Angela Nicholas Shirley Eric Anna Jonathan Brenda Stephen Pamela Larry Emma Justin Nicole Scott Helen Brandon Samantha Benjamin Katherine Samuel Christine Gregory Debra Alexander Rachel Patrick Carolyn Frank Janet Raymond Maria Jack Heather Dennis Diane Jerry Olivia Tyler Julie Aaron Joyce Jose Victoria Adam Kelly Nathan Lauren Henry Christina Zachary Joan Douglas Evelyn Peter Judith Kyle Megan Noah Andrea Ethan Cheryl Jeremy Hannah Walter Jacqueline Christian Martha Keith Gloria Roger Teresa Terry Ann Austin Madison Sean Frances Gerald Kathryn Carl Janice Harold Jean Dylan Abigail Arthur Alice Lawrence Judy Jordan Sophia Jesse Grace Bryan Denise Billy Amber Bruce Doris Gabriel Marilyn Logan Danielle Alan Beverly Juan Isabella Wayne Theresa Elijah Diana Randy Natalie Roy Brittany Vincent Charlotte Ralph Marie Eugene Kayla Russell Alexis Bobby Lori Guadalupe Alejandro Ximena Mateo Camila Diego Valentina Santiago Lucia Rafael Yesenia Minh Linh Thanh Nguyet Huong Duc Priya Arjun Ananya Rohan Vikram Deepa Sanjay Kavya Wei Mei Jian Xiaoling Hao Jiwoo Minjun Seoyeon Hyun Eun Chinedu Ngozi Oluwaseun Adaeze Emeka Chiamaka Tunde Folake Omar Fatima Youssef Layla Hassan Amira Khalid Noor Tariq Zainab Dmitri Svetlana Tomasz Agnieszka Siobhan Declan Niamh Kwame Ama Xochitl Marisol Esperanza Consuelo Thaddeus Ezekiel Cornelius Imogen Delphine Rosalind Winifred Augustus Ignatius Beatrix Lucinda Bartholomew`)

var enNick = strings.Fields(`Bob Bobby Bill Billy Liz Beth Jim Jimmy Jen Mike Kate Katie Tony Chris Dan Danny Matt Steve Nick Sam Andy Tom Tommy Joe Pat Ben Alex Meg Abby Maddie Gabe Ricky Nate Zach Cindy Sue Deb Vicky Jess Larry Hank Peggy Lupe Manny`)

var enSurname = strings.Fields(`Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Gomez Phillips Evans Turner Diaz Parker Cruz Edwards Collins Reyes Stewart Morris Morales Murphy Cook Rogers Gutierrez Ortiz Morgan Cooper Peterson Bailey Reed Kelly Howard Ramos Kim Cox Ward Richardson Watson Brooks Chavez Wood James Bennett Gray Mendoza Ruiz Hughes Price Alvarez Castillo Sanders Patel Myers Long Ross Foster Jimenez Powell Jenkins Perry Russell Sullivan Bell Coleman Butler Henderson Barnes Gonzales Fisher Vasquez Simmons Romero Jordan Patterson Alexander Hamilton Graham Reynolds Griffin Wallace Moreno West Cole Hayes Bryant Herrera Gibson Ellis Tran Medina Aguilar Stevens Murray Ford Castro Marshall Owens Harrison Fernandez McDonald Woods Washington Kennedy Wells Vargas Henry Chen Freeman Webb Tucker Guzman Burns Crawford Olson Simpson Porter Hunter Gordon Mendez Silva Shaw Snyder Mason Dixon Munoz Hunt Hicks Holmes Palmer Wagner Black Robertson Boyd Rose Stone Salazar Fox Warren Mills Meyer Rice Schmidt Garza Daniels Ferguson Nichols Stephens Soto Weaver Ryan Gardner Payne Grant Dunn Pham Le Vo Huynh Dang Bui Truong Shah Desai Mehta Iyer Reddy Krishnan Chowdhury Wang Zhang Liu Huang Zhao Wu Park Choi Jung Kang Yoon Okafor Adeyemi Okonkwo Eze Nwosu Balogun Oyelaran Haddad Khoury Mansour Saleh Abdullah Rahman Farouk Kowalski Nowak Wisniewski Ivanov Petrov Volkov O'Brien O'Connor O'Neill McCarthy McAllister MacKenzie McGowan Fitzgerald DeLuca Esposito Romano Russo Bianchi Yamamoto Tanaka Nakamura Sato Goldberg Rosenthal Katz Schwartz Lindqvist Johansson Larsen Van_Buren de_la_Cruz de_la_Garza del_Rosario Van_Dyke De_Leon Dela_Cruz St._Clair Delacroix Thibodeaux Boudreaux LeBlanc Broussard Yazzie Begay Tsosie Whitfield Ashworth Pennington Holloway Prescott Kingsley Blackwood Hargrove Underwood Kirkpatrick Abernathy Quintero Villanueva Zamora Montoya Delgado Arellano`)

func init() {
	for i, v := range enSurname {
		enSurname[i] = strings.ReplaceAll(v, "_", " ")
	}
}

var enMiddle = strings.Split("ABCDEFGHJKLMNPRSTW", "")

// enPerson is one generated person.
type enPerson struct{ given, mid, sur string }

func (g *gen) enPerson() enPerson {
	p := enPerson{given: g.of(enGiven), sur: g.of(enSurname)}
	if strings.Contains(p.sur, " ") && g.chance(0.5) {
		p.sur = g.of(enSurname)
	}
	if s2 := g.of(enSurname); g.chance(0.08) && s2 != p.sur && !strings.Contains(s2, " ") {
		p.sur = p.sur + "-" + s2
	}
	if g.chance(0.3) {
		p.mid = g.of(enMiddle)
	}
	return p
}

// full is "Given M. Surname" or a variant.
func (p enPerson) full(g *gen) string {
	switch g.r.IntN(10) {
	case 0:
		return p.given[:1] + ". " + p.sur
	case 1:
		if p.mid != "" {
			return p.given[:1] + ". " + p.mid + ". " + p.sur
		}
	case 2, 3, 4:
		if p.mid != "" {
			return p.given + " " + p.mid + ". " + p.sur
		}
	}
	return p.given + " " + p.sur
}

func (p enPerson) plain() string { return p.given + " " + p.sur }

// inverted is "Surname, Given" (one span), maybe with middle initial.
func (p enPerson) inverted() string {
	if p.mid != "" {
		return p.sur + ", " + p.given + " " + p.mid
	}
	return p.sur + ", " + p.given
}

type enCity struct{ city, st, zip string }

var enCities = func() []enCity {
	var out []enCity
	for _, l := range strings.Split(`Columbus|OH|432;Dayton|OH|454;Toledo|OH|436;Akron|OH|443;Pittsburgh|PA|152;Allentown|PA|181;Erie|PA|165;Albany|NY|122;Rochester|NY|146;Buffalo|NY|142;Yonkers|NY|107;Newark|NJ|071;Trenton|NJ|086;Hartford|CT|061;New Haven|CT|065;Providence|RI|029;Worcester|MA|016;Springfield|MA|011;Burlington|VT|054;Portland|ME|041;Manchester|NH|031;Baltimore|MD|212;Richmond|VA|232;Norfolk|VA|235;Raleigh|NC|276;Durham|NC|277;Charlotte|NC|282;Greenville|SC|296;Savannah|GA|314;Macon|GA|312;Atlanta|GA|303;Tallahassee|FL|323;Gainesville|FL|326;Tampa|FL|336;Orlando|FL|328;Hialeah|FL|330;Mobile|AL|366;Huntsville|AL|358;Jackson|MS|392;Memphis|TN|381;Knoxville|TN|379;Lexington|KY|405;Louisville|KY|402;Indianapolis|IN|462;Fort Wayne|IN|468;Lansing|MI|489;Grand Rapids|MI|495;Flint|MI|485;Madison|WI|537;Green Bay|WI|543;Duluth|MN|558;Saint Paul|MN|551;Des Moines|IA|503;Cedar Rapids|IA|524;Peoria|IL|616;Rockford|IL|611;Champaign|IL|618;Topeka|KS|666;Wichita|KS|672;Omaha|NE|681;Lincoln|NE|685;Sioux Falls|SD|571;Fargo|ND|581;Tulsa|OK|741;Norman|OK|730;Little Rock|AR|722;Shreveport|LA|711;Baton Rouge|LA|708;Lafayette|LA|705;El Paso|TX|799;Lubbock|TX|794;Laredo|TX|780;Corpus Christi|TX|784;San Antonio|TX|782;Plano|TX|750;Albuquerque|NM|871;Las Cruces|NM|880;Tucson|AZ|857;Mesa|AZ|852;Flagstaff|AZ|860;Reno|NV|895;Henderson|NV|890;Boise|ID|837;Provo|UT|846;Ogden|UT|844;Billings|MT|591;Missoula|MT|598;Casper|WY|826;Pueblo|CO|810;Boulder|CO|803;Spokane|WA|992;Tacoma|WA|984;Bellingham|WA|982;Eugene|OR|974;Salem|OR|973;Fresno|CA|937;Bakersfield|CA|933;Oakland|CA|946;Riverside|CA|925;Santa Rosa|CA|954;Chula Vista|CA|919;Anchorage|AK|995;Honolulu|HI|968;Hilo|HI|967`, ";") {
		f := strings.Split(l, "|")
		out = append(out, enCity{f[0], f[1], f[2]})
	}
	return out
}()

var enStreetNames = strings.Fields(`Maple Oak Cedar Elm Pine Walnut Chestnut Hickory Sycamore Magnolia Willow Birch Aspen Juniper Laurel Dogwood Poplar Cottonwood Mesquite Lakeview Ridgecrest Hillside Meadowbrook Brookside Fairview Sunnyvale Highland Woodland Riverside Valleyview Orchard Harvest Prairie Canyon Quail Heron Falcon Sparrow Cardinal Bluebird Church Mill School Market Union Liberty Commerce Railroad Depot Spring Lake Forest Park Center Main Front Water Bridge Ferry Harbor Bay Beacon Summit Crescent Colonial Heritage Plantation Alvarado Delmar Guadalupe Esperanza Sequoia Tamarack Ponderosa Shenandoah Chickasaw Cherokee Seminole Tioga Wabash Kenwood Glenwood Elmwood Ashford Stratford Kingston Winslow Hawthorne Briarcliff Foxhall Sandpiper Coral Palmetto Cypress`)
var enOrd = strings.Fields(`1st 2nd 3rd 4th 5th 6th 7th 8th 9th 10th 11th 12th 14th 17th 21st 23rd 32nd 42nd 55th 63rd 78th 96th 104th 120th`)
var enSuffix = strings.Fields(`St St St Street Ave Ave Avenue Rd Road Dr Dr Drive Ln Lane Blvd Ct Cir Way Pl Ter Trl Pkwy Hwy Loop Xing Pike Run Sq Row Walk Path Bnd Cv Holw Crk Hts Pt Rdg Vw Aly Pass`)

func (g *gen) enStreet() string {
	var s string
	switch g.r.IntN(20) {
	case 0:
		return g.pick("PO Box ", "P.O. Box ", "POB ") + g.digits(g.n(2, 5))
	case 1:
		return g.pick("RR ", "Rural Route ") + fmt.Sprint(g.n(1, 9)) + " Box " + g.digits(g.n(2, 3))
	case 2:
		s = g.digits(g.n(3, 5)) + " " + g.pick("County Road ", "State Route ", "Highway ", "US Highway ") + g.digits(g.n(1, 3))
	default:
		s = g.digits(g.n(1, 5))
		if g.chance(0.05) {
			s += g.pick("A", "B", " 1/2")
		}
		s += " "
		if g.chance(0.25) {
			s += g.pick("N", "S", "E", "W", "NE", "NW", "SE", "SW", "North", "South", "East", "West") + " "
		}
		if g.chance(0.2) {
			s += g.of(enOrd)
		} else {
			s += g.of(enStreetNames)
			if g.chance(0.15) {
				s += " " + g.pick("Hill", "Creek", "Grove", "Park", "Springs", "Valley")
			}
		}
		s += " " + g.of(enSuffix)
		if g.chance(0.12) {
			s += " " + g.pick("NW", "SE", "NE", "SW", "N", "E")
		}
	}
	if g.chance(0.3) {
		s += g.pick(", ", " ") + g.pick("Apt ", "Apt. ", "Ste ", "Suite ", "Unit ", "# ", "#", "Rm ") + g.pick(g.digits(g.n(1, 3)), fmt.Sprint(g.n(1, 9))+g.pick("A", "B", "C", "D", "F"), g.pick("A", "B", "C", "D"))
		if g.chance(0.15) {
			s += g.pick(", Fl ", " Fl ") + fmt.Sprint(g.n(2, 30))
		} else if g.chance(0.1) {
			s += " Bldg " + g.pick("A", "B", "C", "2", "7")
		}
	}
	return s
}

func (g *gen) enCityLine() string {
	c := enCities[g.r.IntN(len(enCities))]
	zip := c.zip + g.digits(2)
	if zip[3] == '0' && zip[4] == '0' {
		zip = zip[:4] + "1"
	}
	if g.chance(0.15) {
		zip += "-" + g.digits(4)
	}
	sep := g.pick(", ", ", ", " ")
	return c.city + sep + c.st + g.pick(" ", " ", "  ") + zip
}

// enAddr returns a one-line address or, if block, a multi-line one with
// indent before the city line.
func (g *gen) enAddr(block bool, indent string) string {
	st := g.enStreet()
	cl := g.enCityLine()
	if g.chance(0.06) {
		st, cl = strings.ToUpper(st), strings.ToUpper(cl)
	}
	if block {
		return st + "\n" + indent + cl
	}
	return st + ", " + cl
}

var enNegs = strings.Fields(`Ford_Motor_Company Lincoln_Tunnel Parkinson's_disease Alzheimer's_Association Johns_Hopkins_Hospital Mayo_Clinic Nobel_Prize Pulitzer_Prize Wells_Fargo Dell_Technologies Hewlett-Packard Ben_&_Jerry's Tim_Hortons Wendy's McDonald's Goldman_Sachs Morgan_Stanley Kellogg's Campbell_Soup Hodgkin_lymphoma Crohn's_disease Down_syndrome Tourette_syndrome Cushing's_syndrome Hubble_Space_Telescope Carnegie_Hall Lincoln_Center Kennedy_Space_Center George_Washington_Bridge Golden_Gate_Bridge Fulbright_Program Rhodes_Scholarship Guggenheim_Fellowship MacArthur_Foundation Rockefeller_Foundation Smithsonian_Institution Tony_Award Emmy_Award Academy_Award USS_Ronald_Reagan Queen_Mary_2 Sarbanes-Oxley_Act Dodd-Frank_Act Americans_with_Disabilities_Act Medicare_Part_D Apple_Watch_Series_9 Pixel_8_Pro Model_Y Chief_Medical_Officer Charge_Nurse Attending_Physician Associate_Professor Executive_Producer Director_of_Photography Monday Thursday January August Memorial_Day Baker_Street Wall_Street Madison_Avenue Grand_Rapids Fort_Worth Jackson_Hole Mount_Sinai Cedars-Sinai Stanford_University Harvard_Medical_School Duke_University Vanderbilt_University Brown_University Emory_University Purdue_University Rice_University Tufts_University Warner_Bros. Walt_Disney_Pictures Paramount_Pictures Dolby_Atmos Steinway_&_Sons Levi's Tiffany_&_Co. Heimlich_maneuver Apgar_score Glasgow_Coma_Scale Epstein-Barr_virus Graves'_disease Bell's_palsy Asperger_syndrome Kaplan-Meier Bonferroni_correction Fisher's_exact_test Pearson_correlation Bayesian_inference Turing_Award Fields_Medal Hugo_Award Newbery_Medal Caldecott_Medal Peabody_Award Sundance_Film_Festival Tribeca_Festival Broadway Off-Broadway Pulaski_Skyway Hoover_Dam Eisenhower_Expressway Reagan_National_Airport O'Hare_International Jefferson_Memorial Lake_Michigan Santa_Fe San_Diego Las_Vegas Charles_Schwab Dr_Pepper Jack_Daniel's Johnson_&_Johnson Procter_&_Gamble Merck Pfizer Eli_Lilly Abbott_Laboratories Baxter Hershey's Mrs._Fields Marie_Callender's Sherwin-Williams Black_&_Decker Wrigley_Field Fenway_Park Madison_Square_Garden`)

func (g *gen) enNeg() string { return strings.ReplaceAll(g.of(enNegs), "_", " ") }

var enDogs = strings.Fields(`Biscuit Pickles Waffles Rocket Nugget Pepperoni Bandit Sprocket Noodle Muffin Peanut Tater Dumpling Zippy Snickers Ziggy Boomer Pretzel Gizmo Sparky`)
var enBreeds = []string{"Labrador Retriever", "Beagle", "German Shepherd", "Boston Terrier", "Dachshund", "Mixed", "Pit Bull Mix", "Golden Retriever", "Shih Tzu", "Border Collie"}
var enDx = []string{"community-acquired pneumonia", "atrial fibrillation with RVR", "cellulitis of the left lower leg", "COPD exacerbation", "hip fracture, s/p ORIF", "DKA, resolved", "acute pancreatitis", "syncope, likely vasovagal", "UTI with sepsis", "CHF exacerbation"}
var enDrugs = []string{"Lisinopril 10 mg tablet", "Metformin ER 500 mg", "Atorvastatin 40 mg", "Amoxicillin 500 mg capsule", "Sertraline 50 mg", "Levothyroxine 75 mcg", "Amlodipine 5 mg", "Prednisone 20 mg", "Gabapentin 300 mg", "Albuterol HFA 90 mcg"}

func enDate(g *gen) string {
	return fmt.Sprintf("%02d/%02d/%d", g.n(1, 12), g.n(1, 28), g.n(2019, 2026))
}

func init() {
	kindsOf["en"] = []kind{
		{"referral_letter", enReferral}, {"rx_label", enRx}, {"discharge_summary", enDischarge},
		{"nursing_handover", enHandover}, {"lab_header", enLab}, {"paper_authors", enAuthors},
		{"acknowledgements", enAck}, {"thesis_title", enThesis}, {"film_credits", enCredits},
		{"byline_caption", enByline}, {"podcast_notes", enPodcast}, {"gedcom", enGedcom},
		{"dog_licence", enDogLicence}, {"report_card", enReport}, {"vcard", enVcard},
		{"srt_subtitles", enSRT}, {"contributors", enContrib},
	}
	negKindsOf["en"] = []kind{{"neg_formulary", enNegFormulary}, {"neg_sponsors", enNegSponsors}, {"neg_syllabus", enNegSyllabus}}
}

func enReferral(g *gen, b *builder) {
	doc, pat, ref := g.enPerson(), g.enPerson(), g.enPerson()
	b.t("RE: Referral — ")
	if g.chance(0.5) {
		b.name(pat.inverted())
	} else {
		b.name(pat.plain())
	}
	b.t(", DOB ", enDate(g), "\n\nDear Dr. ")
	b.name(doc.sur)
	b.t(",\n\nThank you for seeing ", g.pick("", "our mutual patient ", "patient "))
	b.name(pat.full(g))
	b.t(", who lives at ")
	b.addr(g.enAddr(false, ""))
	b.t(". The patient has a history of ")
	b.neg(g.pick("Crohn's disease", "Graves' disease", "Hodgkin lymphoma", "Bell's palsy", "Parkinson's disease"))
	b.t(" and was last seen at ")
	b.neg(g.pick("Mayo Clinic", "Johns Hopkins Hospital", "Cedars-Sinai", "Mount Sinai"))
	b.t(" in ", g.pick("January", "March", "August", "November"), ". ")
	if g.chance(0.5) {
		b.t("A daughter, ")
		b.name(g.of(enGiven))
		b.t(", will accompany her.")
	}
	b.t("\n\nKind regards,\n\n")
	b.name(ref.full(g))
	b.t(g.pick(", MD", ", DO", ", NP-C", ", PA-C"), "\n", g.pick("Family Medicine", "Internal Medicine", "Pediatrics"), "\n")
	b.addr(g.enAddr(true, ""))
	b.t("\nFax ", g.digits(3), "-", g.digits(3), "-", g.digits(4), "\n")
}

func enRx(g *gen, b *builder) {
	p, d := g.enPerson(), g.enPerson()
	up := g.chance(0.6)
	f := func(s string) string {
		if up {
			return strings.ToUpper(s)
		}
		return s
	}
	b.t(f(g.pick("Walgreens #", "CVS Pharmacy #", "Rite Aid #", "Hometown Drug #")), g.digits(5), "\n")
	b.addr(f(g.enAddr(g.chance(0.5), "")))
	b.t("\nRX# ", g.digits(7), "   ", enDate(g), "\n")
	if up {
		b.name(strings.ToUpper(p.inverted()))
	} else {
		b.name(p.full(g))
	}
	b.t("\n")
	if g.chance(0.6) {
		b.addr(f(g.enAddr(false, "")))
		b.t("\n")
	}
	b.t(f(g.of(enDrugs)), "\n", f("Take 1 tablet by mouth daily"), "\n", f("Qty: 30  Refills: 2"), "\n", f("Dr. "))
	if up {
		b.name(strings.ToUpper(d.given[:1] + " " + d.sur))
	} else {
		b.name(d.given[:1] + ". " + d.sur)
	}
	b.t("\n")
}

func enDischarge(g *gen, b *builder) {
	p, att, pcp := g.enPerson(), g.enPerson(), g.enPerson()
	b.t("DISCHARGE SUMMARY\n\nPatient: ")
	b.name(p.full(g))
	b.t("\nMRN: ", g.digits(8), "\nAdmitted: ", enDate(g), "   Discharged: ", enDate(g), "\nAttending: ")
	b.name(att.full(g))
	b.t(", MD\nDiagnosis: ", g.of(enDx), "\n\nHospital course: ", g.pick("Patient", "Pt"), " was treated per protocol. ")
	if g.chance(0.5) {
		b.t("Wife ")
		b.name(g.of(enGiven))
		b.t(" updated at bedside. ")
	}
	b.t("\n\nDisposition: home", g.pick(" with home health", "", " with family"), "\nDischarge address:\n  ")
	b.addr(g.enAddr(true, "  "))
	b.t("\n\nFollow-up: PCP ")
	b.name(pcp.full(g))
	b.t(" within 7 days. ", g.pick("Cardiology", "Pulmonology", "Ortho"), " clinic on ", g.pick("Monday", "Tuesday", "Friday"), ".\n")
}

func enHandover(g *gen, b *builder) {
	b.t(g.pick("night shift handover ", "HANDOVER ", "shift report "), enDate(g), "\n")
	for i := 0; i < g.n(2, 4); i++ {
		p := g.enPerson()
		b.t(fmt.Sprintf("bed %d - ", g.n(1, 30)))
		switch g.r.IntN(3) {
		case 0:
			b.name(strings.ToLower(p.plain()))
		case 1:
			b.t(g.pick("mr ", "mrs ", "ms "))
			b.name(strings.ToLower(p.sur))
		default:
			b.name(p.plain())
		}
		b.t(fmt.Sprintf(", %d y/o, ", g.n(45, 96)), g.of(enDx), ". ")
		switch g.r.IntN(3) {
		case 0:
			b.t("son ")
			b.name(g.of(enGiven))
			b.t(" is POA, call before 9. ")
		case 1:
			b.t("seen by ")
			b.name(g.enPerson().sur)
			b.t(" (hospitalist) this am. ")
		}
		b.t("\n")
	}
	b.t("charge nurse: ")
	b.name(g.of(enGiven))
	b.t("\n")
}

func enLab(g *gen, b *builder) {
	p, o := g.enPerson(), g.enPerson()
	b.t(g.pick("QUEST DIAGNOSTICS", "LabCorp", "Regional Reference Laboratory"), "\n")
	b.addr(g.enAddr(g.chance(0.5), ""))
	b.t("\n\nPatient Name: ")
	b.name(strings.ToUpper(p.inverted()))
	b.t("\nDOB: ", enDate(g), "   Sex: ", g.pick("F", "M"), "\nPatient Address: ")
	b.addr(g.enAddr(false, ""))
	b.t("\nOrdering Provider: ")
	b.name(o.inverted())
	b.t("\nCollected: ", enDate(g), " 07:42\n\nTEST           RESULT   FLAG   UNITS\nHemoglobin A1c  ", fmt.Sprintf("%.1f", 5+g.r.Float64()*4), "     H      %\n")
}

var enDepts = []string{"Department of Chemistry", "Department of Biostatistics", "School of Public Health", "Department of Computer Science", "Center for Neuroscience", "Department of Linguistics"}

func enAuthors(g *gen, b *builder) {
	n := g.n(2, 6)
	for i := range n {
		if i > 0 {
			b.t(", ")
		}
		if i == n-1 && n > 1 {
			b.t("and ")
		}
		p := g.enPerson()
		b.name(p.full(g))
		b.t(fmt.Sprint(1 + g.r.IntN(2)))
		if i == 0 {
			b.t("*")
		}
	}
	b.t("\n\n")
	for i := 1; i <= 2; i++ {
		b.t(fmt.Sprint(i), " ", g.of(enDepts), ", ")
		b.neg(g.pick("Purdue University", "Emory University", "Tufts University", "Rice University", "Vanderbilt University", "Duke University"))
		b.t(", ")
		b.addr(g.enAddr(false, ""))
		b.t("\n")
	}
	b.t("* Corresponding author.\n")
}

func enAck(g *gen, b *builder) {
	b.t(g.pick("Acknowledgements\n\n", "ACKNOWLEDGMENTS\n", "Acknowledgments. "))
	b.t("We thank ")
	b.name(g.enPerson().full(g))
	b.t(" and ")
	b.name(g.enPerson().full(g))
	b.t(" for helpful discussions, and ")
	b.name(g.of(enGiven))
	b.t(" for proofreading. ")
	if g.chance(0.5) {
		b.t("Samples were kindly provided by Dr. ")
		b.name(g.enPerson().sur)
		b.t(" of the ")
		b.neg(g.pick("Smithsonian Institution", "Mayo Clinic", "Kennedy Space Center"))
		b.t(". ")
	}
	b.t("This work was supported by the ")
	b.neg(g.pick("MacArthur Foundation", "Rockefeller Foundation", "Guggenheim Fellowship", "Fulbright Program"))
	b.t(". Statistical analyses used ")
	b.neg(g.pick("Kaplan-Meier", "Bonferroni correction", "Fisher's exact test", "Bayesian inference"))
	b.t(" estimates. Any errors are our own.\n")
}

func enThesis(g *gen, b *builder) {
	p := g.enPerson()
	title := g.pick("ESSAYS ON LABOR MARKETS AND MIGRATION", "Sediment Transport in Braided Rivers", "A Corpus Study of Code-Switching", "Bayesian Methods for Sparse Panels")
	b.t(title, "\n\nby\n\n")
	if g.chance(0.4) {
		b.name(strings.ToUpper(p.full(g)))
	} else {
		b.name(p.full(g))
	}
	b.t("\n\nA dissertation submitted in partial fulfillment\nof the requirements for the degree of\nDoctor of Philosophy\n\n")
	b.neg(g.pick("Brown University", "Purdue University", "Emory University", "Rice University"))
	b.t("\n", g.pick("May", "August", "December"), " ", fmt.Sprint(g.n(2015, 2026)), "\n\nDissertation Committee:\n")
	for i := 0; i < 3; i++ {
		b.t(g.pick("Professor ", "Dr. ", ""))
		b.name(g.enPerson().full(g))
		if i == 0 {
			b.t(", Chair")
		}
		b.t("\n")
	}
}

var enCrew = []string{"Directed by", "Produced by", "Written by", "Director of Photography", "Edited by", "Music by", "Casting by", "Production Designer", "Costume Designer", "Gaffer", "Key Grip", "Sound Mixer"}

func enCredits(g *gen, b *builder) {
	up := g.chance(0.5)
	for i := 0; i < g.n(3, 5); i++ {
		role := g.of(enCrew)
		if up {
			role = strings.ToUpper(role)
		}
		b.t(role, "\n")
		for j := 0; j < g.n(1, 2); j++ {
			n := g.enPerson().full(g)
			if up {
				n = strings.ToUpper(n)
			}
			b.name(n)
			b.t("\n")
		}
		b.t("\n")
	}
	b.t("Filmed in ")
	b.neg(g.pick("Santa Fe", "Grand Rapids", "Fort Worth", "Jackson Hole"))
	b.t("\nSound recorded in ")
	b.neg("Dolby Atmos")
	b.t("\nA ")
	b.neg(g.pick("Paramount Pictures", "Warner Bros.", "Walt Disney Pictures"))
	b.t(" release\n")
}

func enByline(g *gen, b *builder) {
	a := g.enPerson()
	b.t(g.pick("By ", "BY "))
	if g.chance(0.3) {
		b.name(strings.ToUpper(a.plain()))
	} else {
		b.name(a.plain())
	}
	b.t(g.pick(" | Staff Writer", ", Associated Press", "\nArts Correspondent"), "\n\n")
	s := g.enPerson()
	b.name(s.plain())
	b.t(fmt.Sprintf(", %d, ", g.n(19, 80)), g.pick("rehearses before the opening at ", "waits backstage at ", "signs copies at "))
	b.neg(g.pick("Carnegie Hall", "Lincoln Center", "Madison Square Garden", "Wrigley Field"))
	b.t(" on ", g.pick("Thursday", "Saturday", "Sunday"), ". (Photo: ")
	b.name(g.enPerson().plain())
	b.t("/", g.pick("The Gazette", "Courier-Journal", "AP"), ")\n\nThe show, which won a ")
	b.neg(g.pick("Tony Award", "Peabody Award", "Pulitzer Prize"))
	b.t(" last year, moves to ")
	b.neg("Broadway")
	b.t(" in ", g.pick("January", "October"), ". ")
	if g.chance(0.5) {
		b.t("\"It's surreal,\" said ")
		b.name(s.sur)
		b.t(".")
	}
	b.t("\n")
}

func enPodcast(g *gen, b *builder) {
	h1, h2, guest := g.of(enGiven), g.of(enNick), g.enPerson()
	b.t(fmt.Sprintf("Ep. %d — ", g.n(12, 340)), g.pick("Burnout in the ER", "Why Footnotes Matter", "Mushrooms, Mostly", "The Lost Reels"), "\n\n")
	b.name(h1)
	b.t(" and ")
	b.name(h2)
	b.t(" sit down with ", g.pick("", "Dr. ", "author "))
	b.name(guest.full(g))
	b.t(" to talk about ", g.pick("night shifts", "archives", "the census", "indie film"), ". ")
	b.name(guest.given)
	b.t(" also shares a story about ")
	b.neg(g.pick("Hoover Dam", "Lake Michigan", "the Golden Gate Bridge", "Pulaski Skyway"))
	b.t(".\n\nTimestamps:\n00:00 intro\n04:12 ")
	b.name(guest.given)
	b.t("'s first job\n31:40 listener mail from ")
	b.name(g.of(enGiven))
	b.t(" in ")
	b.neg(g.pick("San Diego", "Las Vegas", "Fort Worth"))
	b.t("\n\nSend letters to: ")
	b.addr(g.enAddr(false, ""))
	b.t("\nSponsored by ")
	b.neg(g.pick("Dr Pepper", "Hershey's", "Sherwin-Williams", "Black & Decker"))
	b.t(".\n")
}

func enGedcom(g *gen, b *builder) {
	b.t("0 HEAD\n1 CHAR UTF-8\n")
	for i := 1; i <= g.n(1, 3); i++ {
		p := g.enPerson()
		b.t(fmt.Sprintf("0 @I%d@ INDI\n1 NAME ", i))
		b.name(p.given + " /" + p.sur + "/")
		b.t("\n2 GIVN ")
		b.name(p.given)
		b.t("\n2 SURN ")
		b.name(p.sur)
		b.t("\n1 SEX ", g.pick("M", "F"), "\n1 BIRT\n2 DATE ", fmt.Sprint(g.n(1, 28)), " ", g.pick("JAN", "MAR", "JUN", "OCT"), " ", fmt.Sprint(g.n(1850, 1990)), "\n2 PLAC ")
		c := enCities[g.r.IntN(len(enCities))]
		b.neg(c.city)
		b.t(", ", c.st, ", USA\n")
		if g.chance(0.6) {
			b.t("1 RESI\n2 ADDR ")
			b.addr(g.enAddr(false, ""))
			b.t("\n")
		}
	}
	b.t("0 TRLR\n")
}

func enDogLicence(g *gen, b *builder) {
	b.t("TAG | OWNER | ADDRESS | DOG | BREED\n")
	for i := 0; i < g.n(2, 5); i++ {
		b.t(g.digits(5), " | ")
		p := g.enPerson()
		if g.chance(0.5) {
			b.name(strings.ToUpper(p.inverted()))
		} else {
			b.name(p.inverted())
		}
		b.t(" | ")
		b.addr(g.enAddr(false, ""))
		b.t(" | ")
		b.neg(g.of(enDogs))
		b.t(" | ", g.of(enBreeds), "\n")
	}
}

func enReport(g *gen, b *builder) {
	s := g.enPerson()
	b.t("Student: ")
	b.name(s.plain())
	b.t(fmt.Sprintf("   Grade: %d   Homeroom: ", g.n(1, 8)), g.pick("Ms. ", "Mr. ", "Mrs. "))
	b.name(g.enPerson().sur)
	b.t("\nReading: ", g.pick("3", "4", "2"), "  Math: ", g.pick("3", "4", "2"), "  Science: ", g.pick("M", "P", "E"), "\n\nComments: ")
	b.name(s.given)
	b.t(g.pick(" is a joy to have in class", " works hard", " has grown as a reader this term"), ". ")
	if g.chance(0.5) {
		b.t("Please have ")
		b.name(s.given)
		b.t(" practice math facts on ", g.pick("Monday", "Wednesday"), " nights.")
	}
	b.t("\nParent/Guardian: ")
	b.name(g.enPerson().plain())
	b.t("\n")
}

func enVcard(g *gen, b *builder) {
	p := g.enPerson()
	b.t("BEGIN:VCARD\nVERSION:3.0\nN:")
	b.name(p.sur)
	b.t(";")
	b.name(p.given)
	b.t(";;;\nFN:")
	b.name(p.plain())
	b.t("\nORG:")
	b.neg(g.pick("Ford Motor Company", "Wells Fargo", "Dell Technologies", "Goldman Sachs", "Johnson & Johnson"))
	b.t("\nTITLE:", g.pick("Associate Professor", "Charge Nurse", "Executive Producer"), "\nADR;TYPE=WORK:;;")
	st, c := g.enStreet(), enCities[g.r.IntN(len(enCities))]
	b.addr(st + ";" + c.city + ";" + c.st + ";" + c.zip + g.digits(2))
	b.t(";USA\nTEL;TYPE=CELL:+1-", g.digits(3), "-", g.digits(3), "-", g.digits(4), "\nEND:VCARD\n")
}

func enSRT(g *gen, b *builder) {
	a, c := g.of(enGiven), g.of(enNick)
	t := g.n(1, 50)
	for i := 1; i <= g.n(3, 5); i++ {
		b.t(fmt.Sprintf("%d\n00:%02d:%02d,000 --> 00:%02d:%02d,500\n", i, t, i*4, t, i*4+3))
		switch g.r.IntN(5) {
		case 0:
			b.t("- ", g.pick("Hey, ", "Wait, ", "Morning, "))
			b.name(a)
			b.t(".\n- Not now, ")
			b.name(c)
			b.t(".\n")
		case 1:
			b.t("Tell ")
			b.name(g.enPerson().plain())
			b.t(" I said so.\n")
		case 2:
			b.t("We'll meet at ")
			b.neg(g.pick("Carnegie Hall", "Wrigley Field", "Fenway Park"))
			b.t(" on ", g.pick("Monday", "Thursday"), ".\n")
		case 3:
			b.t("[")
			b.name(strings.ToUpper(a))
			b.t("] Where were you?\n")
		default:
			b.t("I still live on ")
			b.neg(g.pick("Maple", "Cedar", "Delmar") + " Street")
			b.t(".\n")
		}
		b.t("\n")
	}
}

func enContrib(g *gen, b *builder) {
	b.t(g.pick("# Contributors\n\n", "AUTHORS\n=======\n\n", "# This file lists everyone who contributed.\n"))
	for i := 0; i < g.n(3, 7); i++ {
		p := g.enPerson()
		b.t(g.pick("* ", "- ", ""))
		if g.chance(0.15) {
			b.name(strings.ToLower(p.plain()))
		} else if g.chance(0.15) {
			b.name(p.given + " \"" + g.of(enNick) + "\" " + p.sur)
		} else {
			b.name(p.plain())
		}
		u := strings.ToLower(p.given[:1] + strings.ReplaceAll(strings.ReplaceAll(p.sur, " ", ""), "'", ""))
		b.t(" <", u, "@", g.pick("example.org", "users.noreply.github.com", "gmail.com"), ">\n")
	}
	b.t("\nCode review note: ")
	r := g.enPerson()
	b.t("LGTM once ")
	b.name(r.given)
	b.t(" signs off; see ")
	b.neg(g.pick("Pixel 8 Pro", "Apple Watch Series 9", "Model Y"))
	b.t(" crash report.\n")
}

func enNegFormulary(g *gen, b *builder) {
	b.t("FORMULARY UPDATE — ", g.pick("January", "April", "September"), "\n\n")
	for i := 0; i < g.n(4, 7); i++ {
		b.t("- ")
		b.neg(g.pick("Pfizer", "Merck", "Eli Lilly", "Abbott Laboratories", "Baxter", "Johnson & Johnson"))
		b.t(": ", g.of(enDrugs), " covered under ")
		b.neg("Medicare Part D")
		b.t("; indicated in ")
		b.neg(g.pick("Parkinson's disease", "Graves' disease", "Cushing's syndrome", "Crohn's disease", "Hodgkin lymphoma", "Epstein-Barr virus"))
		b.t(".\n")
	}
	b.t("Questions: contact the ")
	b.neg(g.pick("Chief Medical Officer", "Charge Nurse", "Attending Physician"))
	b.t(" before ", g.pick("Monday", "Thursday"), ".\n")
}

func enNegSponsors(g *gen, b *builder) {
	b.t("Conference Programme — Sponsors & Prizes\n\n")
	for i := 0; i < g.n(4, 7); i++ {
		b.neg(g.enNeg())
		b.t(g.pick("  ....  Gold sponsor\n", "  ....  Keynote venue\n", "  ....  Best Paper\n", "\n"))
	}
	b.t("Plenary at ")
	b.neg(g.pick("Carnegie Hall", "Lincoln Center", "Smithsonian Institution"))
	b.t(" on ", g.pick("Friday", "Tuesday"), ". Shuttle via ")
	b.neg(g.pick("Lincoln Tunnel", "George Washington Bridge", "Eisenhower Expressway"))
	b.t(".\n")
}

func enNegSyllabus(g *gen, b *builder) {
	b.t("Week 1 (", g.pick("January", "August"), "): ")
	for i := 0; i < g.n(5, 8); i++ {
		if i > 0 {
			b.t("; ")
		}
		b.neg(g.enNeg())
	}
	b.t(".\nReading: ")
	b.neg(g.pick("Glasgow Coma Scale", "Apgar score", "Heimlich maneuver", "Fields Medal", "Turing Award"))
	b.t(" primer. Office hours ", g.pick("Monday", "Thursday"), " with the ")
	b.neg(g.pick("Associate Professor", "Executive Producer", "Director of Photography"))
	b.t(".\n")
}
