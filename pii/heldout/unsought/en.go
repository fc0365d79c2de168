package unsought

import "strings"

var (
	enGivenF    = fields(`Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty Margaret Sandra Ashley Kimberly Emily Donna Michelle Carol Amanda Dorothy Melissa Deborah Stephanie Rebecca Sharon Laura Cynthia Kathleen Amy Angela Shirley Anna Brenda Pamela Emma Nicole Helen Samantha Katherine Christine Debra Rachel Carolyn Janet Catherine Maria Heather Diane Ruth Julie Olivia Joyce Virginia Victoria Kelly Lauren Christina Joan Evelyn Judith Megan Andrea Cheryl Hannah Jacqueline Martha Gloria Teresa Ann Sara Madison Frances Kathryn Janice Jean Abigail Alice Judy Sophia Grace Denise Amber Doris Marilyn Danielle Beverly Isabella Theresa Diana Natalie Brittany Charlotte Marie Kayla Alexis Lori Guadalupe Ximena Lupita Yesenia Maribel Rosalinda Esperanza Marisol Alejandra Itzel Keisha Latoya Shanice Tamika Ebony Imani Aaliyah Jasmine Precious Deja Nia Priya Ananya Deepika Lakshmi Sunita Mei Ling Hye-jin Ji-woo Yuna Thao Ngoc Linh Fatima Aisha Layla Noor Yasmin Leilani Kalani Winona Dakota Tala Chenoa Svetlana Olga Bridget Siobhan Maeve Colleen Dolores Peggy Patty Becky Trish Kat Liz Beth Mandy Sue Dottie Mary-Kate Anne-Marie Lou Ellen Tammy Crystal Brandy Misty`)
	enGivenM    = fields(`James Robert John Michael David William Richard Joseph Thomas Christopher Charles Daniel Matthew Anthony Mark Donald Steven Andrew Paul Joshua Kenneth Kevin Brian George Timothy Ronald Jason Edward Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Alexander Patrick Frank Raymond Jack Dennis Jerry Tyler Aaron Jose Adam Nathan Henry Zachary Douglas Peter Kyle Noah Ethan Jeremy Walter Christian Keith Roger Terry Austin Sean Gerald Carl Harold Dylan Arthur Lawrence Jordan Jesse Bryan Billy Bruce Gabriel Joe Logan Alan Juan Albert Willie Elijah Wayne Randy Vincent Mason Roy Ralph Bobby Russell Bradley Philip Eugene Santiago Mateo Alejandro Jesús Luis Carlos Miguel Rafael Ernesto Rigoberto Guillermo Héctor DeShawn Darnell Tyrone Jamal Malik Andre Marquis Terrence Demetrius Rajesh Arjun Vikram Sanjay Amit Wei Jian Hao Min-jun Ji-hoon Duc Minh Quang Bao Mohammed Omar Ahmed Yusuf Tariq Hassan Kai Keoni Makoa Dmitri Sergei Ivan Liam Declan Seamus Cormac Jim Bob Bill Mike Tom Dave Joe Chuck Rick Ted Ed Tony Steve Hank Buddy Skip Chip Trey Jeb Cody Clint Dwayne Darrell Travis`)
	enSur       = fields(`Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Gomez Phillips Evans Turner Diaz Parker Cruz Edwards Collins Reyes Stewart Morris Morales Murphy Cook Rogers Gutierrez Ortiz Morgan Cooper Peterson Bailey Reed Kelly Howard Ramos Kim Cox Ward Richardson Watson Brooks Chavez Wood James Bennett Gray Mendoza Ruiz Hughes Price Alvarez Castillo Sanders Patel Myers Long Ross Foster Jimenez Powell Jenkins Perry Russell Sullivan Bell Coleman Butler Henderson Barnes Gonzales Fisher Vasquez Simmons Romero Jordan Patterson Alexander Hamilton Graham Reynolds Griffin Wallace Moreno West Cole Hayes Bryant Herrera Gibson Ellis Tran Medina Aguilar Stevens Murray Ford Castro Marshall Owens Harrison Fernandez McDonald Woods Washington Kennedy Wells Vargas Henry Chen Freeman Webb Tucker Guzman Burns Crawford Olson Simpson Porter Hunter Gordon Mendez Silva Shaw Snyder Mason Dixon Munoz Hunt Hicks Holmes Palmer Wagner Black Robertson Boyd Rose Stone Salazar Fox Warren Mills Meyer Rice Schmidt Garza Daniels Ferguson Nichols Stephens Soto Weaver Ryan Gardner Payne Grant Dunn Kowalczyk Nowicki Yamamoto Tanaka Nakamura Park Choi Huang Wong Liu Zhang Singh Shah Desai Reddy Iyer Chaudhry Haddad Khoury Abdi Mohamud Okonkwo Adeyemi Mensah Begay Yazzie Tsosie Kealoha Kahananui O'Brien O'Connor O'Neill McCarthy McAllister MacKenzie Fitzgerald Kowalski Novak Petrov Ivanova Rossi Romano Esposito Schultz Lindqvist Johansson Larsen Hoang Pham Vo Dang Le Truong Bui Smith-Jones Garcia-Lopez Ruiz-Mendoza Carter-Haynes Whitfield Ashworth Pennington Thibodeaux Boudreaux Fontenot Landry Broussard LaFleur`)
	enParticle  = fields(`de_la|Cruz de_la|Rosa Van|Buren van_der|Meer De|Luca Di|Napoli St.|Clair Du|Bois Le|Blanc da|Silva dos|Santos von|Essen Mac|Donald Al-|Amin`)
	enStreet    = fields(`Main Oak Maple Pine Cedar Elm Washington Lake Hill Park Walnut Sunset Spring Ridge Mill Church Highland Jefferson Lincoln Madison Franklin Jackson Willow Meadow Forest River Chestnut Dogwood Magnolia Cherry Hickory Sycamore Poplar Aspen Juniper Bluebonnet Prairie Canyon Mesa Harbor Bay Orchard Railroad Depot Union Liberty Center Fairview Pleasant Greenwood Brookside Hillcrest Lakeview Cottonwood Mockingbird Peachtree Palmetto Sequoia Redwood Birch Laurel Ivy Clover Foxglove Quail Heron`)
	enStreetSuf = []string{"St", "St", "Street", "Ave", "Ave.", "Avenue", "Rd", "Road", "Dr", "Drive", "Ln", "Lane", "Blvd", "Ct", "Court", "Way", "Pl", "Cir", "Pkwy", "Ter", "Trl", "Hwy"}
	enUnit      = []string{"Apt 4", "Apt. 12B", "Unit 7", "#210", "Suite 300", "Apt 2F", "Unit B", "Apt #5", "Lot 17", "Ste 110", "Fl 3"}
	enCityPre   = fields(`Spring Clear Green Oak Maple Cedar River Lake Fair Mill Pleasant Rock Silver Red Elm Pine Bridge Brook Stone Glen Ash West East North South Mount Port New Fort Bell Walnut Clay Sand Eagle Fox Bear`)
	enCitySuf   = fields(`field ville ton wood dale view port ford burg brook haven crest ridge side land mont water grove vale hurst`)
	enState     = fields(`AL AZ AR CA CO CT FL GA IA ID IL IN KS KY LA MA MD ME MI MN MO MS NC NE NH NJ NM NV NY OH OK OR PA SC TN TX UT VA WA WI WV`)
	enBigCity   = []string{"Springfield", "Riverside", "Fairview", "Franklin", "Greenville", "Bristol", "Clinton", "Salem", "Madison", "Georgetown", "Arlington", "Ashland", "Dover", "Oxford", "Jackson", "Burlington", "Manchester", "Milton", "Newport", "Auburn", "Dayton", "Lexington", "Marion", "Oakland", "Winchester"}
	enNeg       = []string{"Johns Hopkins Hospital", "Ronald McDonald House", "Walt Disney World", "Martin Luther King Jr. Blvd", "Lincoln Memorial", "Washington Monument", "Jefferson Elementary", "George Mason University", "Ben & Jerry's", "Wendy's", "Dr Pepper", "Jack Daniel's", "Dell Technologies", "Ford Motor Credit", "Hewlett-Packard", "Wells Fargo", "Charles Schwab", "Merrill Lynch", "Morgan Stanley", "Goldman Sachs", "Trader Joe's", "Marshalls", "Kohl's", "Macy's", "Dillard's", "Chick-fil-A", "Sherwin-Williams", "Kellogg Foundation", "Bill & Melinda Gates Foundation", "Pulitzer Prize", "Nobel Prize", "Heisman Trophy", "USS Ronald Reagan", "Carnegie Hall", "Rockefeller Center", "Trump Tower", "Kennedy Center", "Mayo Clinic", "Cleveland Clinic", "Cedars-Sinai", "St. Jude", "Shriners Hospital", "Smithsonian", "Guggenheim", "Hoover Dam", "Lake Michigan", "Mount Rushmore", "Amazon Prime", "Taco Bell", "Jimmy John's", "Papa John's", "Little Caesars", "Martha Stewart Living", "Betty Crocker", "Aunt Jemima", "Uncle Ben's", "Chef Boyardee", "Sam's Club", "Dollar General", "Medicaid", "Medicare Part B", "Social Security", "Workers' Compensation Board", "Department of Labor", "Superior Court", "Family Court", "Human Resources", "Payroll", "Accounts Receivable", "Open Enrollment", "Blue Cross Blue Shield", "Aetna", "Humana", "Kaiser Permanente", "Lyndon B. Johnson Space Center", "Reagan National Airport", "JFK Terminal 4", "Whitman College", "Brigham Young University", "Baylor Scott & White", "Stanford Health", "Vanderbilt", "Duke Energy", "Harley-Davidson", "Lockheed Martin", "Johnson & Johnson", "Procter & Gamble", "Home Depot", "Best Buy", "Child Protective Services", "Section 8 voucher", "Form I-9", "Memorial Day"}
	enOrg       = []string{"Brightline Logistics LLC", "Evergreen Family Clinic", "Tri-County Housing Authority", "Summit Ridge Apartments", "Harbor View Dental", "Northstar Staffing Inc.", "Pinecrest Unified School District", "Lakeside Community Action", "Redwood Home Health", "Blue Mesa Credit Union", "Cornerstone Property Mgmt", "Riverbend Auto Body", "Keystone Collections Group", "Meadowlark Senior Living", "Granite State Mutual", "Sunrise Behavioral Health", "Copperfield Foods", "Oakmont Legal Aid", "Westgate Pharmacy", "Prairie Wind Foundation"}
	enRole      = []string{"the caseworker", "the claimant", "the tenant", "the landlord", "the employee", "the supervisor", "the adjuster", "the petitioner", "the respondent", "the reviewer", "the school psychologist", "the case manager", "the HR rep", "the inspector", "the debtor", "the agent", "the nurse", "the principal", "the foster parent", "the applicant"}
	enMail      = []string{"gmail.com", "yahoo.com", "outlook.com", "aol.com", "icloud.com", "hotmail.com", "comcast.net", "protonmail.com"}
)

func enFold(s string) string {
	r := strings.NewReplacer("é", "e", "á", "a", "í", "i", "ó", "o", "ú", "u", "ñ", "n", " ", "", "-", "", "'", "", ".", "", "_", "")
	return strings.ToLower(r.Replace(s))
}

func enPerson(c *ctx) person {
	p := person{female: c.chance(0.5)}
	if p.female {
		p.given = c.of(enGivenF)
	} else {
		p.given = c.of(enGivenM)
	}
	if c.chance(0.08) {
		pp := strings.Split(c.of(enParticle), "|")
		sep := " "
		if strings.HasSuffix(pp[0], "-") {
			sep = ""
		}
		p.sur = strings.ReplaceAll(pp[0], "_", " ") + sep + pp[1]
	} else {
		p.sur = c.of(enSur)
	}
	return p
}

func enRender(c *ctx, p person, form byte) (string, string, string) {
	switch form {
	case 'N':
		switch c.r.IntN(12) {
		case 0:
			return "", firstRune(p.given) + ". " + p.sur, ""
		case 1:
			return "", p.sur + ", " + p.given, ""
		case 2, 3:
			return "", p.given + " " + c.pick("A", "B", "C", "D", "E", "J", "L", "M", "R", "T", "W") + ". " + p.sur, ""
		case 4:
			return "", firstRune(p.given) + ". " + c.of(enGivenM) + " " + p.sur, ""
		case 5:
			return "", p.given + " " + p.sur + c.pick(" Jr.", " III", " Sr.", " II"), ""
		default:
			return "", p.given + " " + p.sur, ""
		}
	case 'T':
		var pre string
		if p.female {
			pre = c.pick("Ms. ", "Ms. ", "Mrs. ", "Miss ", "Dr. ", "Judge ", "Officer ", "Nurse ", "Coach ", "Attorney ", "Det. ", "Prof. ")
		} else {
			pre = c.pick("Mr. ", "Mr. ", "Mr ", "Dr. ", "Judge ", "Officer ", "Sgt. ", "Coach ", "Attorney ", "Rev. ", "Pastor ", "Prof. ")
		}
		if c.chance(0.2) {
			return pre, p.given + " " + p.sur, ""
		}
		return pre, p.sur, ""
	case 'S':
		if p.female {
			return c.pick("Dear Ms. ", "Dear Mrs. ", "Dear Dr. ", "Hello Ms. "), p.sur, ""
		}
		return c.pick("Dear Mr. ", "Dear Dr. ", "Hello Mr. "), p.sur, ""
	case 'G':
		return "", p.given, ""
	case 'L':
		switch c.r.IntN(4) {
		case 0:
			return "", strings.ToLower(p.given), ""
		case 1:
			return "", strings.ToLower(p.given + " " + p.sur), ""
		case 2:
			return "", strings.ToLower(p.sur), ""
		default:
			return "", p.given, ""
		}
	case 'C':
		switch c.r.IntN(4) {
		case 0:
			return "", strings.ToUpper(p.sur) + ", " + strings.ToUpper(p.given), ""
		case 1:
			return "", strings.ToUpper(p.given + " " + p.sur), ""
		case 2:
			return "", p.sur + ", " + p.given + " " + c.pick("A.", "M.", "J.", "R."), ""
		default:
			return "", strings.ToUpper(p.sur) + ", " + p.given, ""
		}
	}
	return "", p.given + " " + p.sur, ""
}

func enCity(c *ctx) string {
	if c.chance(0.35) {
		return c.of(enBigCity)
	}
	s := c.of(enCityPre) + c.of(enCitySuf)
	if c.chance(0.15) {
		s = c.pick("Lake ", "Mount ", "Port ", "West ", "East ", "North ") + s
	}
	return s
}

func enAddr(c *ctx, form string) string {
	st := c.itoa(1, 9899) + " " + c.pick("", "", "", "N ", "S ", "E ", "W ", "NW ") + c.of(enStreet) + " " + c.of(enStreetSuf)
	unit := ""
	if c.chance(0.35) {
		unit = c.of(enUnit)
	}
	zip := c.digits(5)
	if c.chance(0.15) {
		zip += "-" + c.digits(4)
	}
	cityLine := enCity(c) + ", " + c.of(enState) + " " + zip
	if c.chance(0.1) {
		cityLine = strings.ToUpper(cityLine)
	}
	switch form {
	case "AS":
		if unit != "" && c.chance(0.5) {
			return st + " " + unit
		}
		return st
	case "AB":
		if unit != "" {
			if c.chance(0.5) {
				return st + "\n" + unit + "\n" + cityLine
			}
			return st + " " + unit + "\n" + cityLine
		}
		return st + "\n" + cityLine
	}
	if unit != "" {
		st += c.pick(" ", ", ") + unit
	}
	if c.chance(0.1) {
		return strings.ToUpper(st + " " + cityLine)
	}
	return st + ", " + cityLine
}

var enMonths = fields(`Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec`)

var enLocale = &locale{
	kinds:  enKinds,
	person: enPerson,
	render: enRender,
	addr:   enAddr,
	neg:    func(c *ctx) string { return c.of(enNeg) },
	negP:   []string{"Johns Hopkins Hospital", "Ronald McDonald House", "Martin Luther King Jr. Blvd", "Lincoln Memorial", "Jefferson Elementary", "George Mason University", "Carnegie Hall", "Rockefeller Center", "Kennedy Center", "Mayo Clinic", "Cedars-Sinai", "St. Jude", "Shriners Hospital", "Reagan National Airport", "Whitman College", "Brigham Young University", "Vanderbilt University Medical Center", "Roosevelt High School", "Cesar Chavez Middle School", "Harriet Tubman Elementary", "Frederick Douglass Academy", "Thurgood Marshall Courthouse", "Sandra Day O'Connor Courthouse", "Booker T. Washington High", "Eleanor Roosevelt Hall", "Jackie Robinson Park", "Walter Reed", "Lurie Children's", "Dana-Farber", "Sloan Kettering", "Mott Children's Hospital", "Clara Barton Center", "Anne Arundel County", "Stephen F. Austin State University"},
	negB:   []string{"Ben & Jerry's", "Wendy's", "Dr Pepper", "Jack Daniel's", "Dell Technologies", "Ford Motor Credit", "Hewlett-Packard", "Wells Fargo", "Charles Schwab", "Merrill Lynch", "Morgan Stanley", "Goldman Sachs", "Trader Joe's", "Kohl's", "Macy's", "Chick-fil-A", "Sherwin-Williams", "Papa John's", "Jimmy John's", "Betty Crocker", "Chef Boyardee", "Harley-Davidson", "Lockheed Martin", "Johnson & Johnson", "Procter & Gamble", "Marie Callender's", "Dave & Buster's", "Chuck E. Cheese", "Ruth's Chris", "Boston Market", "Carl's Jr.", "Arby's", "McDonald's", "Walgreens", "Lowe's", "Dillard's", "J.C. Penney", "Nordstrom", "Tiffany & Co.", "Levi Strauss"},
	org:    func(c *ctx) string { return c.of(enOrg) },
	role:   func(c *ctx) string { return c.of(enRole) },
	date: func(c *ctx) string {
		if c.chance(0.5) {
			return c.itoa(1, 12) + "/" + c.itoa(1, 28) + "/" + c.itoa(2019, 2026)
		}
		return c.of(enMonths) + " " + c.itoa(1, 28) + ", " + c.itoa(2019, 2026)
	},
	phone: func(c *ctx) string {
		return c.pick("(", "") + c.itoa(201, 989) + c.pick(") ", "-") + c.itoa(200, 989) + "-" + c.digits(4)
	},
	email: func(c *ctx, p person) string {
		return c.pick(enFold(p.given)+"."+enFold(p.sur), firstRune(enFold(p.given))+enFold(p.sur), enFold(p.sur)+c.itoa(1, 99)) + "@" + c.of(enMail)
	},
	handle: func(c *ctx, p person) string {
		return c.pick(enFold(p.given)+"_"+c.itoa(70, 99), firstRune(enFold(p.given))+enFold(p.sur), enFold(p.sur)+"x", "@"+enFold(p.given)+firstRune(enFold(p.sur)))
	},
}

var enKinds = []kind{
	{"fmla_request", 2, 5, []variant{
		{`FMLA LEAVE REQUEST – Employee Section
Employee name: «C1»
Home address: «A»
Employee ID: «ID»   Supervisor: «N2»
Reason: «R:care for a family member with a serious health condition|own serious health condition|birth and bonding with a newborn»
Family member: «N3» (relationship: «R:spouse|mother|father|son|daughter»)
Hospital: «XP»
Family member address (if different): «R:«AB»|same»

`, `Leave period «I»: «D» – «D», «R:intermittent|continuous», certified by «T5» of «O»
`, `
HR use only: reviewed by «N4» on «D». Notes: «X» eligibility confirmed; forward copy to «T2».
`},
		{`Subject: RE: FMLA paperwork for «G1»
Hi «G4»,
«N1» dropped off the cert form today. «R:Her|His» «R:husband|wife|mom|dad» «N3» is having surgery at «XP». Mailing address on file is «A» but «G1» says mail should go to «A» until «D».
`, `- «R:call from|note from|fax from» «T5» («R:treating physician|nurse practitioner|the hospital») re: «R:dates|return to work|recertification»
`, `Thanks,
«N4»
«R:HR Generalist|Benefits Coordinator», «O»
cc: «N2», «R:«T3»|payroll»
`},
	}},
	{"small_claims_complaint", 2, 4, []variant{
		{`SUPERIOR COURT OF «R:WASHINGTON|CALIFORNIA|ARIZONA», COUNTY OF «R:KING|ALAMEDA|PIMA» – SMALL CLAIMS
Case No. SC-«ID»

PLAINTIFF: «C1»
Address: «AB»
Phone: «PH»

DEFENDANT: «C2»
Address: «AB»

Plaintiff claims defendant owes $«NUM»«NUM». Facts:
`, `«I». On «D» the defendant «R:failed to return the security deposit for «AS»|damaged my fence at «AS»|did not finish the remodel at «A»|sold me a car that broke down». Witness: «N5».
`, `
I declare under penalty of perjury that the foregoing is true.
Signed «D» by «N1»
Server: «T4», «R:registered process server|sheriff's deputy»
`},
		{`Small claims intake – self-help center («D»)
Visitor: «N1» (helped by «G4»)
`, `• wants to sue «N5» — «R:ex-roommate|contractor|former landlord|neighbor»; last known address «A»
`, `Gave info on service by mail. Referred to «O» and «X». Defendant works at «XB». Interpreter: «N3». Follow-up: «T4», «D».
`},
	}},
	{"eviction_notice", 1, 3, []variant{
		{`THREE-DAY NOTICE TO PAY RENT OR QUIT

TO: «C1»«R:, «N2»|» and all other occupants
PREMISES: «AB»
«R:|(across from «XP»)
»
You are hereby notified that rent is past due:
`, `  Period «D» – «D»: $«NUM»«NUM».00
`, `
Payment may be made to «N3», «R:owner|property manager», at «A», Monday–Friday 9–5.
Served «R:personally|by posting and mailing» on «D» by «T4».
Landlord: «O» («X» pay portal not accepted)
cc: «N2»; «R:«T3»|file»; «N4»
`},
		{`Tenant file note – «O»
Unit: «A»
Tenant(s): «N1», «N2»
`, `«D»: «R:spoke w/|left vm for|texted|emailed» «R:«G1»|«G2»|«T1»» «R:about balance|re: pay-or-quit|re: roommate «N5» not on lease»; «R:forwarding addr|mom's place|new address per tenant» «A»
`, `Next step: file UD w/ «T3». Mgr: «N4». Cosigner: «C2», «A».
`},
	}},
	{"iep_meeting_notes", 2, 5, []variant{
		{`IEP Meeting – sign-in sheet (scanned)
Studen t: «C1»
`, `Name (print): «C5»   Role: «R:Parent|Teacher|SLP|OT|Interpreter (Spanish)|LEA rep»   Sig: ______
`, `Copies mailed to parent at:
«N2»
«AB»
`},
		{`INDIVIDUALIZED EDUCATION PROGRAM – MEETING NOTES
Student: «N1»   Grade: «R:K|1|2|3|4|5|6|7|8|9|10»   School: «XP»
Parent/Guardian: «N2», «A»
Meeting date: «D»

Attendees:
`, `- «N5», «R:special education teacher|general ed teacher|school psychologist|speech-language pathologist|district rep|parent advocate»«R:| (sub for «T6»)| – notes taken by «G6»|»
`, `
Discussion: «G1» is making progress in reading fluency. «T2» asked about bus transport from «A». «T3» will update goals by «D».
`},
		{`iep mtg recap (for my notes)
«L1»'s mtg went ok. «R:ms.|mr.|dr.» «L3» said the OT eval is done.
`, `- «R:talked w|email from|call w» «L5» re «R:accommodations|extended time|para support|the 504 vs iep thing»
`, `need to send updated address to district: «A». ask «G4» about «X».
`},
	}},
	{"prior_authorization", 2, 4, []variant{
		{`PRIOR AUTHORIZATION REQUEST — «R:Pharmacy|Medical|Imaging»
Member: «C1»   DOB: «D»   Member ID: «ID»
Member address: «A»
Prescriber: «T2», NPI «ID»
Practice: «O», «A» (affiliated with «XP»)
Requested: «R:Humira 40 mg|MRI lumbar spine|CPAP supplies|Ozempic 0.5 mg»

`, `Attempt «I»: «D» – «R:faxed|called|portal submission» – spoke to «N5» (ref «ID»)
`, `
Determination pending. Reviewer: «T4». «X» formulary exception may apply.
Caregiver on file: «N3» («R:daughter|husband|son»), «A»
`},
		{`{"pa_request":{"id":"«ID»","member":{"name":"«N1»","address":"«A»"},"prescriber":"«T2»","notes":[
`, `  {"date":"«D»","by":"«N5»","text":"«R:needs chart notes|step therapy not met|approved 6 months|peer-to-peer with «T6»»"}«J»
`, `],"reviewer":"«N4»"}}
`},
	}},
	{"workers_comp_claim", 2, 4, []variant{
		{`claim_id,employee,home_address,injury_date,witness,adjuster
`, `«ID»,"«C5»","«A»",«D»,«N6»,«N7»
`, ``},
		{`EMPLOYER'S FIRST REPORT OF INJURY
Employee: «C1»
Home address: «AB»
Employer: «O», «A»
Job site: «R:«XB» distribution center|«XP» annex|«XB» store #«NUM»»
Supervisor: «N2»
Date of injury: «D»   Location: «R:loading dock|warehouse aisle 12|client home at «A»|parking lot»

Description: «R:Slipped on wet floor|Lifted box and felt back pain|Cut hand on box cutter». Witnesses:
`, `  «N5» (phone «PH»«R:, «E5»|»)«R:| – foreman «T6»| – lives at «A»|»
`, `
Treating provider: «T3». Adjuster: «T4». Claim #«ID». Filed with «X».
`},
		{`Adjuster diary — claim «ID»
claimant «N1» / employer «O»
`, `«D» «R:rec'd medical from|TC w/|IME sched w/|RTW discussed w/» «T5»«R:| at «A»»
`, `Plan: «R:close|keep open|refer to SIU». cc «N2», «T3» — «G4»
`},
	}},
	{"research_study_enrollment", 3, 6, []variant{
		{`IRB #«ID» — «R:Sleep and Memory in Older Adults|Pediatric Asthma Registry|Diabetes Prevention Trial» — ENROLLMENT LOG
Site: «R:«O»|«XP»»   PI: «T4»   Coordinator: «N3»

Subj ID | Name | Mailing address | Consented by | Date
`, `S-«NUM»«NUM» | «C5» | «A» | «N6» | «D»
`, `
Monitor visit «D»: «T2» reviewed consent forms. Payment cards («XB» gift cards) mailed to addresses above.
`},
		{`Study coordinator notes — participant «N1»
LAR (legally authorized representative): «N2»
Address: «AB»
`, `«D»: «R:reminder call by|visit 2 done with|adverse event reported to|scheduling w/» «T5»«R:|; pt's «R:daughter|husband|caregiver» «N6» present»
`, `Withdrawal? no. Coordinator: «G3». Ref: «X»
Alt. contact address: «A»
`},
	}},
	{"records_release_authorization", 1, 3, []variant{
		{`AUTHORIZATION FOR RELEASE OF PROTECTED HEALTH INFORMATION

Patient name: «C1»
Address: «A»
Date of birth: «D»

I authorize «O» to release records to:
`, `  Recipient «I»: «N5»«R:, attorney|, «R:case manager|insurance adjuster|daughter»|»
  «R:|c/o «N6»
  »Address: «AB»
`, `
Purpose: «R:continuity of care|legal|personal use». Signed: «N1» «D».
If signed by personal representative: «N2», relationship: «R:guardian|spouse|POA».
Witness: «T3»
`},
		{`ROI log – medical records dept
`, `«D» | pt «C5» | requested by «T6» | send to «A» | «R:sent|pending|denied – invalid signature»
`, `processed by «N4»; QA «N3»
`},
	}},
	{"foster_home_study", 2, 4, []variant{
		{`HOME STUDY — FOSTER CARE LICENSING
Applicants: «N1» and «N2»
Residence: «AB»
Licensing worker: «T4»

Household members:
`, `  «N5», age «NUM», «R:biological child|adult son|grandmother|boarder»«R:| – school contact «T6»| – visits «R:dad|mom» «N6» at «A»|»
`, `
References contacted: «T3»; «N6». Home inspected on «D». Nearest school: «XP». Church: «R:St. Paul's|First Baptist|Grace Lutheran».
`},
		{`Home study narrative (draft)
The «R:family|couple» lives at «A». «G1» works for «O» and «G2» is a teacher. They have a dog. «G1»'s sister «N3» lives nearby at «AS».
`, `Reference «I»: «N5» describes them as «R:patient|warm|organized|very involved in church».
`, `Worker: «N4», «D»; supervisor «T3»
`},
	}},
	{"grant_review", 3, 5, []variant{
		{`«R:Prairie Wind Foundation|Lakeside Community Action|Community Fund» — Grant Review Sheet
Applicant org: «O» (formerly funded by the «XB» Foundation)
Project lead: «N1»
Mailing address: «A»
Fiscal sponsor contact: «N2»

Reviewer | Score | Comment
`, `«N5» | «NUM» | «R:Strong plan; budget unclear|Would like letters from «N6»|Site visit at «AS» recommended|Good reach in «X» area»
`, `
Site visit address: «A».
Panel chair: «T3». Decision by «D». Board liaison: «N4»; program officer «N2», «E2».
`},
		{`reviewer,score,applicant,comment
`, `«N5»,«NUM»,"«C6»","«R:lives at «A»|contact via «E6»|co-lead «N7»|mentioned «X»»"
`, ``},
	}},
	{"code_enforcement_complaint", 2, 4, []variant{
		{`311 SERVICE REQUEST #«ID»
Type: «R:Housing - No Heat|Illegal Dumping|Overgrown Vegetation»
Location: «A»
Reporter: «R:«N1»|ANONYMOUS» (email «E1»)
Notes:
`, `  «D» – «R:Inspector|Crew lead|Supervisor» «N5»: «R:violation confirmed|no violation|posted notice|spoke with resident «N6»»
`, `Status: «R:Closed|Open|Referred to «XP» Housing Office»
`},
		{`CODE ENFORCEMENT — COMPLAINT INTAKE
Complaint #: CE-«ID»   Received: «D»
Complainant: «R:anonymous|«N1»»
Complainant address: «A»
Property: «A»
Owner of record: «C2»

Description:
`, `- «R:Tall grass and junk cars|Unpermitted fence|Trash in yard|Illegal short-term rental|No heat in units»«R:, neighbor «N5» also complained|»
`, `
Nearby: «XP». Assigned to: «T3». Site visit «D». Notice mailed to owner at «AB».
`},
		{`«O» code enf. note
inspector «G3»: went by «AS» «D». «R:no one home|talked to tenant «N5»|owner «T2» on site».
`, `  - photo «I»: «R:gutter|roof|yard|garage»
`, `
follow up w/ «T4». ref «X». owner mailing addr «A». cc «N1».
`},
	}},
	{"collections_call_log", 4, 8, []variant{
		{`[SMS thread export] acct «ID»
`, `«D» OUT to «PH»: «R:Hi «G1», this is «G5» w/ «O» re: your account. Call us back.|«S1», payment of $«NUM» is past due.|Hola «G1», llámenos por favor re: su cuenta.»
«D» IN: «R:wrong number this is «L6»|who is this|stop|i moved to «A» send it there|ok my sister «N6» will pay friday»
`, `[end of thread] agent «H5»
`},
		{`CALL LOG — Account «ID» — Debtor: «C1»
Address on file: «A»
`, `«D» «R:outbound|inbound» | rep «H5» | spoke with «R:«T1»|«N6» (spouse)|«N6» (says wrong number)|no one» | «R:promise to pay $«NUM»|disputes debt|skip trace: new addr «A»|cease-and-desist requested»
`, `Supervisor review: «N4»
Co-signer: «C2», «AB»
`},
		{`acct,debtor,address,last_contact,rep
`, `«ID»,"«C5»","«A»",«D»,«N6»
`, ``},
	}},
	{"exit_interview", 1, 3, []variant{
		{`exit interview – quick notes (typed on phone)
«L1» last day «D». says mgr «L2» was «R:fine|rough|great tbh».
`, `- wants «R:reference from|to thank|cc'd:» «L5»«R:| (lives «AS»)|»
`, `- fwd addr «A»
- send W-2 there. ok per «G4»
`},
		{`EXIT INTERVIEW
Employee: «N1»   Dept: «R:Warehouse|Nursing|Sales|IT|Customer Care»
Manager: «N2»   Interviewer: «N4»
Forwarding address: «A»
Last day: «D»

Q: Why are you leaving?
A: «R:Better pay at «XB»|Better pay at «O»|Moving to be near my mom|Conflict with «T2»|Schedule». 
`, `Q: Anyone you want to recognize?
A: «R:Yes, «N5» and «N6».|«G5» in payroll was great.|«T5» helped me a lot.»
`, `
Final paycheck mailed to «AB».
Notes: «X»
`},
		{`exit survey export (yaml)
employee: «N1»
manager: «N2»
forwarding_address: "«A»"
shoutouts:
`, `  - name: «N5»
    reason: "«R:mentoring|covered shifts|«X» project»"
`, `interviewer: «N4»
hr_partner: «N3»
`},
	}},
	{"performance_review", 2, 4, []variant{
		{`ANNUAL PERFORMANCE REVIEW — «R:2024|2025»
Employee: «C1»   Reviewer: «N2»
Location: «O», «A»
Training: «XP» leadership program

Goals:
`, `«I». «R:Onboard «N5»|Close the «X» account|Reduce overtime|Train «G5» on scheduling|Open the «A» site with «N5»» — «R:met|exceeded|partially met»
`, `
Peer feedback from «N3» and «T4». Employee comments: "Thanks «G2»." Calibrated with «N2» and «R:«T4»|HR» on «D».
`},
		{`<review id="«ID»"><employee>«N1»</employee><manager>«T2»</manager>
`, `<feedback from="«N5»">«R:«G1» is great to work with|needs to document more|helped me with «X»»</feedback>
`, `<office>«A»</office><hr>«N3»</hr><skip_level>«T4»</skip_level></review>
`},
	}},
	{"protective_order_petition", 1, 3, []variant{
		{`PETITION FOR ORDER OF PROTECTION
Petitioner: «C1»
Petitioner's address: «R:«A»|CONFIDENTIAL»
Respondent: «C2»
Respondent's address: «AB»
Respondent's workplace: «R:«O»|«XB»», «A»

Protected persons:
`, `  «N5», «R:child|sister|mother|roommate», lives at «R:same address|«A»»
`, `
Describe the most recent incident: On «D», «G2» came to «AS» and «R:yelled|threatened|broke a window». «R:My neighbor|My friend|Officer» «T3» saw it.
Advocate: «N4» («X»)
`},
		{`Advocate intake notes («D»)
client: «N1» | referred by «T4»
`, `- «R:abuser|respondent|ex-partner» «N2» «R:knows|does not know» new address («AS»); «R:sister|friend|coworker» «N5» is safe contact
`, `- safety plan reviewed; shelter: «X»
- court date «D», judge «T3»; legal aid atty «N4», «A»
`},
	}},
}
