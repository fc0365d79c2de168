package unasked

import (
	"fmt"
	"strings"
)

var enGiven = fields(`James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara
Richard Susan Joseph Jessica Thomas Sarah Christopher Karen Charles Lisa Daniel Nancy Matthew Betty Anthony
Sandra Donald Ashley Steven Kimberly Paul Emily Andrew Donna Joshua Michelle Kenneth Carol Kevin Amanda Brian
Melissa George Deborah Timothy Stephanie Ronald Rebecca Edward Sharon Jason Laura Jeffrey Cynthia Ryan Kathleen
Jacob Amy Gary Angela Nicholas Shirley Eric Anna Jonathan Brenda Stephen Pamela Larry Emma Justin Nicole Scott
Helen Brandon Samantha Benjamin Katherine Samuel Christine Gregory Debra Alexander Rachel Patrick Carolyn Frank
Janet Raymond Catherine Jack Maria Dennis Heather Jerry Diane Tyler Ruth Aaron Julie Jose Olivia Adam Joyce
Nathan Virginia Henry Victoria Zachary Kelly Douglas Lauren Peter Christina Kyle Joan Noah Evelyn Ethan Judith
Jeremy Megan Walter Andrea Christian Cheryl Keith Hannah Roger Jacqueline Terry Martha Austin Gloria Sean Teresa
Gerald Sara Harold Madison Dylan Frances Arthur Kathryn Lawrence Janice Jordan Jesse Abigail Bryan Alice
Billy Judy Bruce Sophia Gabriel Denise Logan Amber Alan Doris Juan Marilyn Albert Danielle Willie Beverly
Elijah Isabella Wayne Theresa Randy Diana Vincent Natalie Mason Brittany Roy Charlotte Ralph Kayla Russell Alexis
Bradley Lori Philip Eugene Bobby Marjorie Earl Lorraine Clarence Rhonda Ernest Yolanda Howard Wanda Travis Tammy
DeShawn Jamal Tyrone Lakisha Imani Aaliyah Malik Darnell Keisha Shanice Latoya Terrell Jermaine Ebony Tamika
Marisol Guadalupe Alejandro Ximena Santiago Mateo Valentina Camila Luis Carlos Jorge Esperanza Rocio Joaquin
Priya Arjun Rohan Ananya Vikram Deepika Sanjay Neha Rahul Kavya Aditi Siddharth Meera Nikhil Pooja
Wei Jian Xiaoling Hiroshi Yuki Kenji Akiko Haruto Sakura Minh Thanh Huong Linh Duc Tuan Quynh Bao Thuy Hieu
Chinedu Ngozi Oluwaseun Adaeze Emeka Chiamaka Babajide Funmilayo Tunde Yetunde Obinna Folake Ifeoma Kelechi
Olena Oksana Taras Bohdan Dmytro Iryna Mykola Halyna Yaroslav Svitlana Piotr Agnieszka Katarzyna Tomasz
Grzegorz Malgorzata Wojciech Zofia Krzysztof Jadwiga Omar Fatima Yusuf Layla Ahmed Aisha Khalid Noor Hassan
Mariam Tariq Zainab Rania Samir Mehmet Ayse Emre Elif Burak Zeynep Kwame Kofi Abena Siobhan Niamh Declan
Padraig Aoife Eamon Kalani Keanu Leilani Nizhoni Ahanu Winona Cheyenne Bjorn Ingrid Sven Astrid Freya
Dmitri Anastasia Natasha Sergei Hope Will Mark Grace Faith Joy Destiny Summer Autumn Rose Dawn Hunter Chase
Skylar Brooklyn Paisley Jaxon Kinsley Braxton Everly Maverick Nevaeh Harper Liam Aiden Caden Jayden Mia
Zoe Chloe Lily Ava Ella Avery Scarlett Aria Nora Riley Layne Wyatt Carter Owen Colton Easton Rhett Beau
Wren Hazel Violet Ivy Ruby Pearl Opal Mabel Edna Mildred Otis Virgil Clyde Homer Floyd Luther Cletus
Bernadette Concetta Giuseppe Salvatore Vito Carmela Rosalind Thaddeus Ignatius Cornelius Reginald Percival`)

var enSur = fields(`Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez
Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis
Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera
Campbell Mitchell Carter Roberts Gomez Phillips Evans Turner Diaz Parker Cruz Edwards Collins Reyes Stewart
Morris Morales Murphy Cook Rogers Gutierrez Ortiz Morgan Cooper Peterson Bailey Reed Kelly Howard Ramos Kim
Cox Ward Richardson Watson Brooks Chavez Wood Bennett Gray Mendoza Ruiz Hughes Price Alvarez Castillo
Sanders Patel Myers Long Ross Foster Jimenez Powell Jenkins Perry Russell Sullivan Bell Coleman Butler
Henderson Barnes Fisher Vasquez Simmons Romero Patterson Hamilton Graham Reynolds Griffin Wallace Moreno
West Cole Hayes Bryant Herrera Gibson Ellis Tran Medina Aguilar Stevens Murray Ford Castro Marshall Owens
Harrison Fernandez Woods Washington Kennedy Wells Vargas Chen Freeman Webb Tucker Guzman Burns Crawford
Olson Simpson Porter Hunter Gordon Mendez Silva Shaw Snyder Mason Dixon Munoz Hunt Hicks Holmes Palmer
Wagner Black Robertson Boyd Rose Stone Salazar Fox Warren Mills Meyer Rice Garza Daniels Ferguson Nichols
Stephens Soto Weaver Ryan Gardner Payne Grant Dunn Spencer Hawkins Arnold Pierce Hansen Peters Santos Hart
Bradley Knight Elliott Cunningham Duncan Armstrong Hudson Carroll Lane Riley Andrews Alvarado Ray Delgado
Berry Perkins Hoffman Johnston Matthews Richards Contreras Willis Carpenter Lawrence Sandoval Whitfield
Pruitt Tillman Haskins Blevins Crisp Dalton Yoder Stoltzfus Beiler Hostetler Lapp Fink Brubaker Kauffman
O'Brien O'Connor O'Malley O'Neill O'Rourke O'Hara McAllister McCarthy McKenzie MacDonald McGowan McCoy
MacLeod McNulty DeLuca DiMaggio DiNapoli LaRue LeBlanc Thibodeaux Boudreaux Fontenot Arceneaux Guidry
de_la_Cruz van_der_Berg Van_Dyke De_Santis St._Clair Del_Rosario da_Silva de_Leon Van_Buren von_Ahn
Okafor Adeyemi Okonkwo Eze Nwosu Balogun Olawale Adebayo Obi Chukwu Onyekachi Afolabi Nwachukwu Ogunleye
Kowalski Nowak Wisniewski Wojcik Kaminski Lewandowski Zielinski Szymanski Dabrowski Jankowski Mazur
Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Melnyk Boyko Petrenko Savchenko Oliynyk Hrytsenko
Al-Hashimi Haddad Khoury Nasser Farah Abdullah Rahman Hussain Siddiqui Qureshi Khan Mansour Saleh Aziz
Yilmaz Kaya Demir Sahin Celik Ozturk Pham Hoang Vu Dang Bui Huynh Phan Truong Ngo Duong Ly
Tanaka Suzuki Watanabe Yamamoto Nakamura Sato Kobayashi Park Choi Jung Kang Cho Yoon Singh Sharma Gupta
Reddy Iyer Chaudhry Banerjee Mukherjee Desai Venkataraman Tsosie Begay Yazzie Benally Nakai Etsitty
Kealoha Kahananui Lindqvist Johansson Eriksson Nilsson Larsen Haugen Bjornstad Gustafson Swenson
Smith-Ramirez Carter-Nguyen Wallace-Obi Hughes-Patel Morales-Whitaker Greenberg Rosenthal Goldstein
Katz Weiss Friedman Schwartz Abramowitz Feldman Kaplan Levine Horowitz Castellano Ferraro Romano Esposito
Marino Gallo Bianchi Rizzo Caruso Costa Papadopoulos Karamanlis Dimitriou Nakashima Okonjo Mensah Asante
Boateng Owusu Acheampong Tesfaye Bekele Haile Girma Abebe Mwangi Otieno Kamau Wanjiru Achebe Moua Vang Xiong
Thao Lor Yang Her`)

var enNick = fields(`Chuck Buddy Red Skip Sonny Junebug Peanut Tex Dusty Scooter Ace Bo Lefty Sissy Cookie Birdie Tiny Doc Smitty Bear`)

var enStreetBase = fields(`Oak Maple Cedar Pine Elm Walnut Birch Willow Chestnut Hickory Magnolia Sycamore Dogwood Aspen
Juniper Spruce Laurel Poplar Cypress Redwood Main Church Mill School Spring Park Lake River Hill Ridge Valley
Meadow Forest Sunset Highland Prospect Union Liberty Franklin Jefferson Madison Washington Lincoln Monroe
Jackson Adams Grant Hamilton Clinton Harrison Cleveland Center Market Water Front Bridge Railroad Canal Harbor
Bay Shore Beach Ocean Cliff Canyon Mesa Prairie Orchard Vineyard Quarry Foundry Depot Cherry Peach Plum Pecan
Fox Deer Eagle Hawk Falcon Quail Bluebird Cardinal Robin Heron Mockingbird Whippoorwill Old_Mill Stony_Brook
Cold_Spring Pleasant_Valley Indian_Creek Bear_Creek Turkey_Run Possum_Trot Shady_Grove Country_Club Fairview
Fairway Glenwood Greenwood Kingston Lexington Concord Arlington Brighton Ashford Somerset Stratford Windsor
Dover Hanover Salem Sherwood Westwood Oakmont Briarwood Foxhall Cobblestone Wagon_Wheel Saddle_Horn Stagecoach
Martin_Luther_King_Jr. Cesar_Chavez Rosa_Parks Frederick_Douglass Harriet_Tubman Thurgood_Marshall Sam_Houston
Davy_Crockett Daniel_Boone Johnny_Appleseed Amelia_Earhart John_Glenn Jim_Thorpe Sacagawea Pocahontas
Tecumseh Sequoyah Cochise Geronimo Carver Edison Tesla Audubon Emerson Thoreau Whitman Hawthorne Longfellow
Poe Twain Frost Dickinson Alcott Melville Steinbeck Faulkner Hemingway Ridgecrest Crestview Hillcrest
Lakeview Riverside Brookside Creekside Woodland Timberline Silverleaf Goldenrod Bluebonnet Sagebrush
Tumbleweed Mesquite Palmetto Live_Oak Spanish_Moss Bayou Levee Cotton_Gin Tobacco_Barn Copper_Kettle
Lantern Ironwood Blackberry Huckleberry Persimmon Pawpaw Sassafras Catalpa Tamarack Hemlock Larch Alder`)

var enStreetSuf = fields(`St Street Ave Avenue Blvd Rd Road Dr Drive Ln Lane Ct Court Pl Way Ter Cir Pkwy Pike Trace
Crossing Loop Row Spur Trail Run Path Xing Sq Aly Bnd Cv Holw Pt Pass Hts Gln Mdws Trce`)

var enUnitKinds = fields(`Apt Apt. Ste Suite Unit # Bldg Fl Rm Lot Trlr`)

type enCity struct{ city, st, zip3 string }

var enCities = []enCity{
	{"Dayton", "OH", "454"}, {"Toledo", "OH", "436"}, {"Athens", "GA", "306"}, {"Macon", "GA", "312"},
	{"Boise", "ID", "837"}, {"Pocatello", "ID", "832"}, {"Flagstaff", "AZ", "860"}, {"Tucson", "AZ", "857"},
	{"Gallup", "NM", "873"}, {"Las Cruces", "NM", "880"}, {"Amarillo", "TX", "791"}, {"Laredo", "TX", "780"},
	{"Waco", "TX", "767"}, {"El Paso", "TX", "799"}, {"Shreveport", "LA", "711"}, {"Lafayette", "LA", "705"},
	{"Biloxi", "MS", "395"}, {"Tupelo", "MS", "388"}, {"Mobile", "AL", "366"}, {"Huntsville", "AL", "358"},
	{"Knoxville", "TN", "379"}, {"Chattanooga", "TN", "374"}, {"Bowling Green", "KY", "421"}, {"Lexington", "KY", "405"},
	{"Asheville", "NC", "288"}, {"Wilmington", "NC", "284"}, {"Greenville", "SC", "296"}, {"Savannah", "GA", "314"},
	{"Gainesville", "FL", "326"}, {"Pensacola", "FL", "325"}, {"Ocala", "FL", "344"}, {"Roanoke", "VA", "240"},
	{"Norfolk", "VA", "235"}, {"Frederick", "MD", "217"}, {"Dover", "DE", "199"}, {"Trenton", "NJ", "086"},
	{"Paterson", "NJ", "075"}, {"Scranton", "PA", "185"}, {"Erie", "PA", "165"}, {"Lancaster", "PA", "176"},
	{"Utica", "NY", "135"}, {"Ithaca", "NY", "148"}, {"Yonkers", "NY", "107"}, {"Burlington", "VT", "054"},
	{"Nashua", "NH", "030"}, {"Bangor", "ME", "044"}, {"Worcester", "MA", "016"}, {"Lowell", "MA", "018"},
	{"Providence", "RI", "029"}, {"New Haven", "CT", "065"}, {"Flint", "MI", "485"}, {"Kalamazoo", "MI", "490"},
	{"Gary", "IN", "464"}, {"Muncie", "IN", "473"}, {"Peoria", "IL", "616"}, {"Joliet", "IL", "604"},
	{"Madison", "WI", "537"}, {"Eau Claire", "WI", "547"}, {"Duluth", "MN", "558"}, {"Rochester", "MN", "559"},
	{"Sioux Falls", "SD", "571"}, {"Fargo", "ND", "581"}, {"Billings", "MT", "591"}, {"Casper", "WY", "826"},
	{"Pueblo", "CO", "810"}, {"Greeley", "CO", "806"}, {"Provo", "UT", "846"}, {"Ogden", "UT", "844"},
	{"Reno", "NV", "895"}, {"Fresno", "CA", "937"}, {"Bakersfield", "CA", "933"}, {"Eureka", "CA", "955"},
	{"Salem", "OR", "973"}, {"Medford", "OR", "975"}, {"Spokane", "WA", "992"}, {"Yakima", "WA", "989"},
	{"Anchorage", "AK", "995"}, {"Hilo", "HI", "967"}, {"Topeka", "KS", "666"}, {"Wichita", "KS", "672"},
	{"Joplin", "MO", "648"}, {"Springfield", "MO", "658"}, {"Tulsa", "OK", "741"}, {"Lawton", "OK", "735"},
	{"Little Rock", "AR", "722"}, {"Fayetteville", "AR", "727"}, {"Omaha", "NE", "681"}, {"Lincoln", "NE", "685"},
	{"Cedar Rapids", "IA", "524"}, {"Dubuque", "IA", "520"}, {"Charleston", "WV", "253"}, {"Morgantown", "WV", "265"},
}

// enNeg are hard negatives: firms, products and places named after people,
// plus capitalised ordinary words.
var enNeg = []string{
	"Johnson & Johnson", "Ben & Jerry's", "Wendy's", "Trader Joe's", "Dick's Sporting Goods", "Dave & Buster's",
	"Kellogg's", "Campbell's", "Heinz", "Hewlett-Packard", "Goldman Sachs", "Morgan Stanley", "Merrill Lynch",
	"Baskin-Robbins", "Papa John's", "Little Caesars", "Sherwin-Williams", "Harley-Davidson", "Tim Hortons",
	"Macy's", "Kohl's", "Lowe's", "Walt Disney World", "John Deere", "Johns Hopkins Hospital", "Cedars-Sinai",
	"the Lincoln Memorial", "Grant Park", "the Washington Monument", "John Wayne Airport", "Jefferson County",
	"Franklin High School", "Roosevelt Elementary", "the Carnegie Library", "Duke Energy", "Wells Fargo",
	"Procter & Gamble", "Marshall Field's", "Ray-Ban", "Levi's", "Calvin Klein", "Tommy Hilfiger", "Ralph Lauren",
	"the Ford Foundation", "the Rockefeller Center", "Hilton Garden Inn", "Marriott", "Smith & Wesson",
	"Sam's Club", "Arby's", "Denny's", "Hardee's", "Dr. Scholl's", "Mrs. Baird's", "Aunt Jemima's old box",
	"the USS Gerald R. Ford", "St. Luke's Medical Center", "Mercy Hospital", "Lake Pleasant", "Mount Vernon",
}

var enWordNeg = []string{
	"Hope you are well.", "Will do.", "Mark your calendars.", "Grace period ends Friday.", "Faith-based groups welcome.",
	"Joy of Cooking club meets in May.", "Summer hours start in June.", "April showers, as they say.",
	"Frank feedback is welcome.", "Bill pay is now online.", "Sunny skies expected Saturday.", "Art supplies needed.",
	"Chase the ball, not the player!", "Rose-colored glasses off, please.", "Dawn patrol starts at 5:30.",
	"Hunter green jerseys only.", "Victory Lane Car Wash is sponsoring.", "Pat dry and repeat.",
	"Will the last person out please lock up?", "Destiny 2 tournament postponed.",
}

func (g *gen) enG() string { return g.of(enGiven) }
func (g *gen) enS() string { return g.of(enSur) }

// enPlain is "Given Surname", sometimes with a middle initial.
func (g *gen) enPlain() string {
	if g.chance(0.15) {
		return g.enG() + " " + string("ABCDEFGHJKLMNPRSTW"[g.r.IntN(18)]) + ". " + g.enS()
	}
	return g.enG() + " " + g.enS()
}

// enName is a person's name in one of several forms.
func (g *gen) enName() string {
	switch g.r.IntN(14) {
	case 0:
		return g.enG() + ` "` + g.of(enNick) + `" ` + g.enS()
	case 1:
		return g.enS() + ", " + g.enG()
	case 2:
		return strings.ToUpper(g.enS()) + ", " + g.enG()
	case 3:
		return string(g.enG()[0]) + ". " + g.enS()
	case 4:
		return string(g.enG()[0]) + ". " + string("ABCDEFGHJKLMNPRSTW"[g.r.IntN(18)]) + ". " + g.enS()
	case 5:
		return g.enG() + " " + g.enS() + g.pick(" Jr.", " Sr.", " III", " II")
	case 6:
		return g.enG() + " " + g.enG() + " " + g.enS()
	default:
		return g.enPlain()
	}
}

func (g *gen) enStreet() string {
	num := g.digits([]int{1, 2, 2, 3, 3, 3, 4, 4, 5}[g.r.IntN(9)])
	if g.chance(0.15) {
		n := g.n(1, 129)
		suf := "th"
		if n%100 < 11 || n%100 > 13 {
			switch n % 10 {
			case 1:
				suf = "st"
			case 2:
				suf = "nd"
			case 3:
				suf = "rd"
			}
		}
		return fmt.Sprintf("%s %s %d%s %s", num, g.pick("N", "S", "E", "W", "NE", "NW", "SE", "SW"), n, suf, g.pick("St", "Ave", "Street", "Avenue", "Pl"))
	}
	dir := ""
	if g.chance(0.2) {
		dir = g.pick("N ", "S ", "E ", "W ", "North ", "West ")
	}
	if g.chance(0.06) {
		return num + " " + g.pick("County Road ", "State Route ", "Highway ", "Farm to Market Rd ") + fmt.Sprint(g.n(2, 990))
	}
	return num + " " + dir + g.of(enStreetBase) + " " + g.of(enStreetSuf)
}

func (g *gen) enUnit() string {
	u := g.of(enUnitKinds)
	v := g.pick(g.digits(g.n(1, 3)), g.digits(1)+string("ABCDEF"[g.r.IntN(6)]), string("ABCDEF"[g.r.IntN(6)]))
	if u == "#" {
		return "# " + v
	}
	return u + " " + v
}

func (g *gen) enCityLine() string {
	c := enCities[g.r.IntN(len(enCities))]
	zip := c.zip3 + fmt.Sprintf("%02d", g.r.IntN(100))
	if g.chance(0.25) {
		zip += "-" + fmt.Sprintf("%04d", g.r.IntN(10000))
	}
	sep := g.pick(", ", ", ", " ")
	return c.city + sep + c.st + g.pick(" ", " ", "  ") + zip
}

// enAddr is a full address on one line, or on two or three lines when
// multi is set.
func (g *gen) enAddr(multi bool) string {
	st := g.enStreet()
	unit := ""
	if g.chance(0.3) {
		unit = g.enUnit()
	}
	city := g.enCityLine()
	if multi {
		if unit != "" {
			if g.chance(0.5) {
				return st + "\n" + unit + "\n" + city
			}
			return st + " " + unit + "\n" + city
		}
		return st + "\n" + city
	}
	if unit != "" {
		return st + g.pick(", ", " ") + unit + ", " + city
	}
	return st + ", " + city
}

func (g *gen) enUpper(v string) string {
	if g.chance(0.25) {
		return strings.ToUpper(v)
	}
	return v
}

func (g *gen) enDay() string {
	return g.pick("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
}
func (g *gen) enMonth() string {
	return g.pick("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")
}
func (g *gen) enNeg() string { return g.of(enNeg) }

var enKinds = []kind{
	{"report_card", enReportCard}, {"listing", enListing}, {"show_notes", enShowNotes},
	{"volunteer_signup", enVolunteer}, {"hoa_letter", enHOA}, {"police_blotter", enBlotter},
	{"guestbook", enGuestbook}, {"class_notes", enClassNotes}, {"dental_reminder", enDental},
	{"bill_of_lading", enLading}, {"jury_summons", enJury}, {"git_trailers", enGit},
	{"slack_export", enSlack}, {"call_summary", enCall}, {"club_newsletter", enClub},
}

func enReportCard(g *gen, b *builder) {
	b.t(strings.ToUpper(g.pick("Riverbend", "Oak Hollow", "Cedar Ridge", "Prairie View", "Lakeside")), " MIDDLE SCHOOL — TRIMESTER ", g.pick("1", "2", "3"), " COMMENTS\n")
	b.t("Homeroom: ", g.pick("Mr. ", "Ms. ", "Mrs. ", "Mx. "))
	b.name(g.enS())
	b.t(" | Co-teacher: ")
	b.name(g.enPlain())
	b.t("\n\n")
	for range g.n(3, 4) {
		gv := g.enG()
		sv := g.enS()
		if g.chance(0.3) {
			b.name(strings.ToUpper(sv) + ", " + gv)
		} else {
			b.name(gv + " " + sv)
		}
		b.t(" (Gr. ", g.pick("6", "7", "8"), ") — ")
		b.name(gv)
		b.t(g.pick(" has grown a lot in fractions this term.", " is a kind presence in group work.", " needs to turn in the "+g.enMonth()+" reading log.", " shows real Hope for the science fair — literally, the project is called Hope."))
		b.t(" ", g.of(enWordNeg), " ")
		if g.chance(0.5) {
			b.t("Please sign and return to ", g.pick("Mr. ", "Ms. ", "Coach "))
			b.name(g.enS())
			b.t(". ")
		}
		b.t("Parent/guardian: ")
		b.name(g.enPlain())
		if g.chance(0.6) {
			b.t("; mail copy to ")
			b.addr(g.enAddr(false))
		}
		b.t("\n")
	}
	b.t("\nField trip to ", g.enNeg(), " on ", g.enDay(), ". Chaperones: ")
	b.name(g.enG())
	b.t(" and ")
	b.name(g.enName())
	b.t(".\n")
}

func enListing(g *gen, b *builder) {
	b.t(g.pick("JUST LISTED", "PRICE IMPROVEMENT", "OPEN HOUSE", "COMING SOON"), ": ")
	b.addr(g.enAddr(false))
	b.t("\n", g.pick("3", "4", "2"), " bd | ", g.pick("2", "2.5", "1"), " ba | ", g.digits(4), " sq ft | $", g.digits(3), ",", g.digits(3)[:2], "0\n\n")
	b.t("Charming ", g.pick("craftsman", "ranch", "split-level", "Cape Cod", "colonial"), " minutes from ", g.enNeg(), " and ", g.enNeg(), ". ", g.of(enWordNeg), "\n\n")
	b.t("Listing agent: ")
	b.name(g.enName())
	b.t(", ", g.pick("Century Oak Realty", "Sotheby's International Realty", "Keller Williams", "Coldwell Banker", "RE/MAX Prairie"), "\nCo-listing: ")
	b.name(g.enPlain())
	b.t(" · Staging by ")
	b.name(g.enG())
	b.t(" at ", g.pick("Pottery Barn", "Crate & Barrel", "Ethan Allen", "Ashley Furniture"), "\n\nRecent comps:\n")
	for range g.n(2, 3) {
		b.t("  • ")
		b.addr(g.enAddr(false))
		b.t(" — sold ", g.enMonth(), " for $", g.digits(3), "k\n")
	}
	b.t("\nShowing feedback:\n")
	for range g.n(2, 3) {
		b.t("- ")
		b.name(g.enName())
		b.t(" (", g.pick("eXp", "Compass", "Redfin", "Berkshire Hathaway HomeServices"), "): buyers ")
		b.name(g.enG())
		b.t(" & ")
		b.name(g.enG())
		b.t(g.pick(" loved the kitchen.", " thought the yard was small.", " are writing an offer.", " want to see it again "+g.enDay()+"."), "\n")
	}
}

func enShowNotes(g *gen, b *builder) {
	b.t("Episode ", g.digits(3), ": ", g.pick("The Casserole Wars", "Ghost Towns of the Plains", "Fixing Grandpa's Tractor", "Why We Keep Bees"), "\n")
	b.t("Hosts: ")
	b.name(g.enPlain())
	b.t(" & ")
	b.name(g.enPlain())
	b.t("\nGuest: ")
	b.name(g.enName())
	b.t(" (author of \"", g.pick("Summer at the Quarry", "Will and Testament", "Mark Twain's Kitchen", "Hope Street"), "\")\n\nTimestamps\n")
	for range g.n(4, 6) {
		b.t(fmt.Sprintf("%02d:%02d ", g.r.IntN(60), g.r.IntN(60)))
		b.name(g.enG())
		b.t(g.pick(" tells the story of ", " reads a letter from ", " calls up ", " remembers "))
		b.name(g.enName())
		b.t("\n")
	}
	b.t("\nThis episode is brought to you by ", g.enNeg(), ". ", g.of(enWordNeg), "\n")
	b.t("Send postcards to:\n")
	b.name(g.enPlain())
	b.t("\n")
	b.addr(g.enAddr(true))
	b.t("\nUSA\n\nListener mail: shoutout to ")
	b.name(g.enG())
	b.t(" in ", enCities[g.r.IntN(len(enCities))].city, " and to ")
	b.name(g.enPlain())
	b.t(", who moved to ")
	b.addr(g.enAddr(false))
	b.t(" and still listens.\n")
}

func enVolunteer(g *gen, b *builder) {
	b.t(g.pick("Food Pantry", "Coat Drive", "Habitat Build", "5K Water Station"), " — volunteer sign-up (", g.enDay(), ", ", g.enMonth(), " ", fmt.Sprint(g.n(1, 28)), ")\n")
	b.t("Coordinator: ")
	b.name(g.enName())
	b.t("\n\n| Shift | Volunteer | Pickup address | Notes |\n|---|---|---|---|\n")
	for range g.n(4, 5) {
		b.t("| ", g.pick("7-9a", "9-11a", "11a-1p", "1-3p", "3-5p"), " | ")
		b.name(g.enName())
		if g.chance(0.3) {
			b.t(" + ")
			b.name(g.enG())
		}
		b.t(" | ")
		if g.chance(0.55) {
			b.addr(g.enAddr(false))
		} else {
			b.t("n/a")
		}
		b.t(" | ", g.pick("bringing Dunkin'", "has truck", "needs ride", "Will bring tables", "youth group", g.enNeg()), " |\n")
	}
	b.t("\nThanks ")
	b.name(g.enG())
	b.t(" for the donated ", g.enNeg(), " gift cards!\n")
}

func enHOA(g *gen, b *builder) {
	b.t(strings.ToUpper(g.pick("Oakmont Crossing", "Willow Trace", "Heron Pointe", "Stagecoach Ranch")), " HOMEOWNERS ASSOCIATION\nc/o ")
	b.name(g.enPlain())
	b.t(", Community Manager\n")
	b.addr(g.enAddr(true))
	b.t("\n\n", g.enMonth(), " ", fmt.Sprint(g.n(1, 28)), ", 2026\n\n")
	b.name(g.enUpper(g.enPlain()))
	if g.chance(0.4) {
		b.t(" & ")
		b.name(g.enUpper(g.enPlain()))
	}
	b.t("\n")
	b.addr(g.enAddr(true))
	b.t("\n\nRE: Second notice — ", g.pick("trash cans visible from street", "unapproved fence", "boat parked in driveway", "lawn height"), " at ")
	b.addr(g.enStreet())
	b.t("\n\nDear ", g.pick("Mr. ", "Ms. ", "Mrs. ", "Dr. "))
	b.name(g.enS())
	b.t(",\n\nOn ", g.enDay(), " our inspector, ")
	b.name(g.enName())
	b.t(", observed the condition. Your neighbor at ")
	b.addr(g.enStreet())
	b.t(" also reported it. ", g.of(enWordNeg), " Please contact the board within 14 days.\n\nSincerely,\n")
	b.name(g.enPlain())
	b.t(", President\ncc: ")
	for i := range g.n(2, 3) {
		if i > 0 {
			b.t("; ")
		}
		b.name(g.enName())
	}
	b.t(" (Architectural Review)\n")
}

func enBlotter(g *gen, b *builder) {
	b.t("POLICE BLOTTER — ", strings.ToUpper(enCities[g.r.IntN(len(enCities))].city), " PD\n\n")
	for range g.n(3, 5) {
		b.t(g.enDay()[:3], " ", fmt.Sprint(g.n(1, 12)), ":", fmt.Sprintf("%02d", g.r.IntN(60)), g.pick(" a.m.", " p.m."), " — ")
		switch g.r.IntN(3) {
		case 0:
			b.name(g.enPlain())
			b.t(", ", fmt.Sprint(g.n(18, 80)), ", of ")
			b.addr(g.enAddr(false))
			b.t(", was ", g.pick("cited for", "arrested on a warrant for", "charged with"), " ", g.pick("shoplifting at "+g.enNeg(), "DUI", "disorderly conduct", "trespassing"), ".")
		case 1:
			b.t("Caller at ")
			b.addr(g.enStreet())
			b.t(" reported a ", g.pick("suspicious vehicle", "loose horse", "barking dog", "package theft"), "; officer ")
			b.name(g.enS())
			b.t(" responded.")
		default:
			b.t(fmt.Sprint(g.n(1, 49)), "00 block of ", g.of(enStreetBase), " ", g.of(enStreetSuf), ": ")
			b.name(g.enName())
			b.t(" told Sgt. ")
			b.name(g.enS())
			b.t(" that her ", g.pick("bike", "mailbox", "catalytic converter"), " was stolen.")
		}
		if g.chance(0.5) {
			b.t(" Witness ")
			b.name(g.enG() + " " + g.enS())
			b.t(" gave a statement.")
		}
		b.t("\n")
	}
}

func enGuestbook(g *gen, b *builder) {
	dec := g.enPlain()
	b.t("Guest Book — In loving memory of ")
	b.name(dec)
	b.t("\nVisitation at ", g.pick("Hartley & Sons Funeral Home", "Wilson-Boyd Chapel", "McNeil Family Funeral Services"), ", ")
	b.addr(g.enAddr(false))
	b.t("\n\n")
	for range g.n(3, 5) {
		b.name(g.enName())
		b.t(" — ", enCities[g.r.IntN(len(enCities))].city, "\n")
		b.t(g.pick("So sorry to hear about ", "We will miss ", "Praying for the family of ", "Grandpa always talked about "))
		b.name(g.enG())
		b.t(g.pick(". ", "! ", ". He coached us at "+g.enNeg()+". "), g.pick("Love, ", "— ", "From "))
		b.name(g.enG())
		if g.chance(0.35) {
			b.t(". Card mailed to ")
			b.addr(g.enAddr(false))
		}
		b.t("\n\n")
	}
}

func enClassNotes(g *gen, b *builder) {
	y := fmt.Sprint(g.n(62, 99))
	b.t("CLASS NOTES — Class of '", y, "\nClass secretary: ")
	b.name(g.enName())
	b.t("\n\n")
	for range g.n(3, 4) {
		b.name(g.enPlain())
		b.t(" ('", y, ") ", g.pick("and wife ", "and husband ", "and partner "))
		b.name(g.enG())
		b.t(g.pick(" retired and moved to ", " bought a farmhouse at ", " now live at "))
		b.addr(g.enAddr(false))
		b.t(". ", g.pick("Their daughter ", "Son ", "Grandkid "))
		b.name(g.enG())
		b.t(g.pick(" just started at ", " works for ", " interned at "), g.enNeg(), ". ")
		if g.chance(0.5) {
			b.t("Reunion pics from ")
			b.name(g.enName())
			b.t(" are online.")
		}
		b.t("\n\n")
	}
}

func enDental(g *gen, b *builder) {
	practice := g.pick("Bright Smiles Family Dentistry", "Dr. Gomez Pediatric Dental", "Sunset Ridge Dental", "Molar Express")
	b.t("Outbound reminders — ", practice, " — batch ", g.digits(4), "\n\n")
	for range g.n(3, 4) {
		b.t("TO: ")
		b.name(g.enPlain())
		b.t("\nHi ")
		b.name(g.enG())
		b.t("! Reminder: ")
		b.name(g.enG())
		b.t(g.pick("'s cleaning", "'s filling", "'s consult"), " with Dr. ")
		b.name(g.enS())
		b.t(" is ", g.enDay(), " at ", fmt.Sprint(g.n(8, 16)), ":", g.pick("00", "15", "30", "45"), ". ")
		if g.chance(0.6) {
			b.t("NOTE we moved to ")
			b.addr(g.enAddr(false))
			b.t(". ")
		}
		b.t("Hygienist: ")
		b.name(g.enG())
		b.t(". Reply C to confirm.\n\n")
	}
}

func enLading(g *gen, b *builder) {
	b.t("UNIFORM HOUSEHOLD GOODS BILL OF LADING  No. ", g.digits(7), "\nCarrier: ", g.pick("Two Men and a Truck", "Allied Van Lines", "Atlas", "Mayflower Transit"), "\n\n")
	b.t("SHIPPER: ")
	b.name(strings.ToUpper(g.enPlain()))
	b.t("\nORIGIN:\n")
	b.addr(strings.ToUpper(g.enAddr(true)))
	b.t("\n\nCONSIGNEE: ")
	b.name(g.enName())
	b.t("\nDESTINATION:\n")
	b.addr(g.enAddr(true))
	b.t("\n\nSTORAGE-IN-TRANSIT: ", g.pick("none", "Bay 14, Lowell warehouse"), "\nDRIVER: ")
	b.name(g.enUpper(g.enPlain()))
	b.t("   HELPERS: ")
	for i := range g.n(2, 4) {
		if i > 0 {
			b.t(", ")
		}
		b.name(g.enName())
	}
	b.t("\nITEMS: ", g.pick("piano (Steinway)", "gun safe (Smith & Wesson)", "Lincoln Logs box", "Kenmore washer"), ", ", g.digits(2), " cartons\n")
	b.t("Alternate contact: ")
	b.name(g.enPlain())
	b.t(" (sister), ")
	b.addr(g.enAddr(false))
	b.t("\nSigned: ")
	b.name(g.enName())
	b.t("\n")
}

func enJury(g *gen, b *builder) {
	county := g.pick("Jefferson", "Washington", "Madison", "Lincoln", "Hamilton", "Marion")
	b.t("CIRCUIT COURT OF ", strings.ToUpper(county), " COUNTY — JUROR SUMMONS MAILING MANIFEST\n")
	b.t("Judge: Hon. ")
	b.name(g.enPlain())
	b.t("   Clerk: ")
	b.name(g.enName())
	b.t("\nReport to the ", g.pick("Thurgood Marshall", "Robert H. Jackson", "Sandra Day O'Connor", "John Marshall"), " Courthouse, ")
	b.addr(g.enAddr(false))
	b.t("\n\n")
	for i := range g.n(3, 4) {
		b.t("Juror ", g.digits(5), "  ")
		b.name(strings.ToUpper(g.enS()) + ", " + strings.ToUpper(g.enG()))
		b.t("\n")
		b.addr(strings.ToUpper(g.enAddr(true)))
		b.t("\n")
		if i%2 == 0 {
			b.t("  deferral requested by ")
			b.name(g.enG())
			b.t(" (spouse) — ", g.pick("medical", "student", "childcare"), "\n")
		}
		b.t("\n")
	}
}

func enGit(g *gen, b *builder) {
	for range g.n(2, 3) {
		b.t("commit ", g.digits(8), g.digits(8), "\nAuthor: ")
		b.name(g.enPlain())
		b.t(" <", g.digits(6), "+dev@users.noreply.example.com>\n\n    ", g.pick("geocode: accept ", "fixtures: add ", "parser: handle unit in "))
		b.addr(g.enAddr(false))
		b.t("\n\n    ", g.pick("Mark the old path deprecated.", "Will revisit after the Hope release.", "Frank review welcome."), "\n\n    Co-authored-by: ")
		b.name(g.enPlain())
		b.t(" <", g.digits(7), "+x@users.noreply.example.com>\n    Reviewed-by: ")
		b.name(g.enName())
		b.t("\n")
		if g.chance(0.5) {
			b.t("    Reported-by: ")
			b.name(g.enPlain())
			b.t("\n")
		}
		b.t("\n")
	}
}

func enSlack(g *gen, b *builder) {
	b.t("#", g.pick("ops-dispatch", "field-techs", "front-desk", "move-coordination"), " export\n")
	for range g.n(5, 7) {
		b.t("[", fmt.Sprint(g.n(7, 18)), ":", fmt.Sprintf("%02d", g.r.IntN(60)), "] ")
		b.name(g.enPlain())
		b.t(": ")
		switch g.r.IntN(4) {
		case 0:
			b.t("@")
			b.name(g.enG())
			b.t(" can you swing by ")
			b.addr(g.enAddr(false))
			b.t(" before lunch?")
		case 1:
			b.t("customer ")
			b.name(g.enName())
			b.t(" says the tech never showed :(")
		case 2:
			b.t(g.of(enWordNeg), " ", g.enNeg(), " order is in.")
		default:
			b.t("new drop-off: ")
			b.addr(g.enAddr(false))
			b.t(" (ask for ")
			b.name(g.enG())
			b.t(")")
		}
		b.t("\n")
	}
}

func enCall(g *gen, b *builder) {
	for range g.n(2, 3) {
		b.t("CALL SUMMARY #", g.digits(6), "\nCaller: ")
		b.name(g.enName())
		b.t(" (authorized user ")
		b.name(g.enG())
		b.t(" also on line)\nService address: ")
		b.addr(g.enAddr(false))
		if g.chance(0.5) {
			b.t("\nBilling address:\n")
			b.addr(g.enAddr(true))
		}
		b.t("\nAgent: ")
		b.name(g.enG())
		b.t(" ", string(g.enS()[0]), ".\nSummary: customer disputes the ", g.enMonth(), " bill; ", g.pick("escalated to supervisor ", "transferred to ", "callback scheduled with "))
		b.name(g.enPlain())
		b.t(". Mentioned ", g.enNeg(), ".\n\n")
	}
}

func enClub(g *gen, b *builder) {
	b.t(strings.ToUpper(g.pick("Tri-County Youth Soccer", "Eastside Swim Club", "Little League District 9", "Valley Wrestling")), " NEWSLETTER — ", g.enMonth(), "\n\n")
	b.t("Player of the Week: ")
	b.name(g.enPlain())
	b.t("! Coach ")
	b.name(g.enS())
	b.t(" says ")
	b.name(g.enG())
	b.t(" never quits. ", g.of(enWordNeg), "\n\nCarpool:\n")
	for range g.n(2, 3) {
		b.t("• ")
		b.name(g.enName())
		b.t(" picks up at ")
		b.addr(g.enAddr(false))
		b.t(" (riders: ")
		b.name(g.enG())
		b.t(", ")
		b.name(g.enG())
		b.t(")\n")
	}
	b.t("\nThanks to our sponsors ", g.enNeg(), " and ", g.enNeg(), ". Snack duty: Mom of ")
	b.name(g.enG())
	b.t(".\n")
}
