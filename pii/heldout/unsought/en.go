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
