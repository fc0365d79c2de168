package unseen

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// usCity is a city with its state and one of its real ZIP codes.
type usCity struct{ City, State, StateName, ZIP string }

// Several cities share their name with people (Lincoln, Houston, Tyler,
// Florence, Elizabeth, Charlotte, Eugene, Madison, Jackson, Austin): inside an
// address they are part of the address, in prose they are not names.
var usCities = []usCity{
	{"Bozeman", "MT", "Montana", "59715"}, {"Lincoln", "NE", "Nebraska", "68508"},
	{"Tulsa", "OK", "Oklahoma", "74103"}, {"Duluth", "MN", "Minnesota", "55802"},
	{"Macon", "GA", "Georgia", "31201"}, {"Spokane", "WA", "Washington", "99201"},
	{"Eugene", "OR", "Oregon", "97401"}, {"Burlington", "VT", "Vermont", "05401"},
	{"Asheville", "NC", "North Carolina", "28801"}, {"Flagstaff", "AZ", "Arizona", "86001"},
	{"Laramie", "WY", "Wyoming", "82070"}, {"Bangor", "ME", "Maine", "04401"},
	{"Pueblo", "CO", "Colorado", "81003"}, {"Lafayette", "LA", "Louisiana", "70501"},
	{"Provo", "UT", "Utah", "84601"}, {"Ithaca", "NY", "New York", "14850"},
	{"Dubuque", "IA", "Iowa", "52001"}, {"Fargo", "ND", "North Dakota", "58102"},
	{"Missoula", "MT", "Montana", "59801"}, {"Chattanooga", "TN", "Tennessee", "37402"},
	{"Savannah", "GA", "Georgia", "31401"}, {"Amarillo", "TX", "Texas", "79101"},
	{"Boise", "ID", "Idaho", "83702"}, {"Sioux Falls", "SD", "South Dakota", "57104"},
	{"Reno", "NV", "Nevada", "89501"}, {"Santa Fe", "NM", "New Mexico", "87501"},
	{"Paducah", "KY", "Kentucky", "42001"}, {"Erie", "PA", "Pennsylvania", "16501"},
	{"Toledo", "OH", "Ohio", "43604"}, {"Kalamazoo", "MI", "Michigan", "49007"},
	{"Green Bay", "WI", "Wisconsin", "54301"}, {"Springfield", "IL", "Illinois", "62701"},
	{"Jackson", "MS", "Mississippi", "39201"}, {"Madison", "WI", "Wisconsin", "53703"},
	{"Washington", "DC", "District of Columbia", "20001"}, {"Houston", "TX", "Texas", "77002"},
	{"Charlotte", "NC", "North Carolina", "28202"}, {"Florence", "AL", "Alabama", "35630"},
	{"Elizabeth", "NJ", "New Jersey", "07201"}, {"Tyler", "TX", "Texas", "75701"},
	{"Anchorage", "AK", "Alaska", "99501"}, {"Honolulu", "HI", "Hawaii", "96813"},
	{"Wilmington", "DE", "Delaware", "19801"}, {"Providence", "RI", "Rhode Island", "02903"},
	{"Hartford", "CT", "Connecticut", "06103"}, {"Portland", "OR", "Oregon", "97204"},
	{"Lexington", "KY", "Kentucky", "40507"}, {"Columbia", "SC", "South Carolina", "29201"},
	{"Little Rock", "AR", "Arkansas", "72201"}, {"Des Moines", "IA", "Iowa", "50309"},
	{"Topeka", "KS", "Kansas", "66603"}, {"Ann Arbor", "MI", "Michigan", "48104"},
	{"St. Louis", "MO", "Missouri", "63101"}, {"Coeur d'Alene", "ID", "Idaho", "83814"},
	{"Winston-Salem", "NC", "North Carolina", "27101"}, {"Wilkes-Barre", "PA", "Pennsylvania", "18701"},
	{"Austin", "TX", "Texas", "78701"}, {"Eau Claire", "WI", "Wisconsin", "54701"},
	{"Salt Lake City", "UT", "Utah", "84111"}, {"Truth or Consequences", "NM", "New Mexico", "87901"},
	{"Bar Harbor", "ME", "Maine", "04609"}, {"Hot Springs", "AR", "Arkansas", "71901"},
}

// Street names include people's names (Martin Luther King Jr, Cesar Chavez,
// Washington, Lincoln, Jefferson): inside an address they are address text.
var usStreetNames = []string{
	"Birch Hollow", "Maple", "Oak", "Cedar Ridge", "Old Mill", "Mill Creek", "Sycamore", "Magnolia",
	"Dogwood", "Willow Bend", "Quail Run", "Fox Chase", "Deer Trail", "Hickory", "Chestnut", "Walnut",
	"Pine Valley", "Sunset", "Lakeview", "Riverside", "Hillcrest", "Highland", "Meadowbrook",
	"Country Club", "Church", "School", "Spring", "Park", "Main", "Elm", "Washington", "Lincoln",
	"Jefferson", "Martin Luther King Jr", "Cesar Chavez", "Frederick Douglass", "Roosevelt", "Kennedy",
	"Franklin", "Madison", "Adams", "Jackson", "Harriet Tubman", "Sam Houston", "Robin Hood", "Old Post",
	"Tobacco Barn", "Possum Trot", "Turkey Foot", "Blue Heron", "Copper Kettle", "Lost Creek", "Saddle Horn",
}

var usSuffixes = []string{
	"St", "Street", "Ave", "Avenue", "Rd", "Road", "Blvd", "Dr", "Drive", "Ln", "Lane", "Ct", "Cir", "Way",
	"Pl", "Ter", "Trl", "Pike", "Tpke", "Hwy", "Pkwy", "Loop", "Run", "Pass", "Path", "Xing", "Crossing",
	"Hollow", "Holw", "Rdg", "Ridge", "Bnd", "Cv", "Cove", "Crk", "Frk", "Gdns", "Grv", "Hbr", "Hts",
	"Knl", "Lndg", "Mdws", "Orch", "Plz", "Pt", "Sq", "Smt", "Vis", "Walk", "Row", "Aly", "Spur", "Trce",
	"Trace", "Corners", "Cors", "Flats", "Flts", "Gln", "Glen", "Shls", "Ests", "Estates", "Pne", "Byp",
}

var usUnits = []string{"Apt", "Apt.", "Unit", "Ste", "Suite", "#", "Bldg", "Fl", "Rm", "Lot", "Trlr", "Spc", "Dept"}

// usAddr is a US postal address in the parts a template may rearrange.
type usAddr struct {
	Street string // "4 Birch Hollow Rd", "PO Box 1187", "RR 2 Box 45"
	Unit   string // "Apt 2B" or ""
	C      usCity
	ZIP    string // ZIP or ZIP+4
}

func usAddress(r *rand.Rand) usAddr {
	a := usAddr{C: pick(r, usCities)}
	a.ZIP = a.C.ZIP
	if chance(r, 0.15) {
		a.ZIP += "-" + digits(r, 4)
	}
	num := fmt.Sprint(1 + r.IntN(pick(r, []int{99, 999, 9999, 29999})))
	switch k := r.IntN(20); {
	case k == 0:
		a.Street = pick(r, []string{"PO Box ", "P.O. Box ", "POB ", "Post Office Box "}) + fmt.Sprint(1+r.IntN(9999))
	case k == 1:
		a.Street = pick(r, []string{"RR ", "Rural Route "}) + fmt.Sprint(1+r.IntN(9)) + pick(r, []string{" Box ", ", Box "}) + fmt.Sprint(1+r.IntN(400))
	case k == 2:
		a.Street = fmt.Sprintf("HC %d Box %d", 1+r.IntN(80), 1+r.IntN(2000))
	case k == 3:
		a.Street = fmt.Sprintf("%c%d County Road %c", pick(r, []rune("NSEW")), 1000+r.IntN(9000), 'A'+r.IntN(26))
	case k == 4:
		a.Street = fmt.Sprintf("%d %s %d %s", 100+r.IntN(9000), pick(r, []string{"E", "W", "N", "S"}), 100*(1+r.IntN(90)), pick(r, []string{"N", "S", "E", "W"}))
	case k == 5:
		roads := []string{"US Highway", "State Route", "State Hwy"}
		if a.C.State == "TX" { // farm-to-market roads are Texan
			roads = []string{"Farm to Market Road", "FM", "US Highway"}
		}
		a.Street = fmt.Sprintf("%s %s %d", num, pick(r, roads), 1+r.IntN(999))
	case k <= 8:
		a.Street = fmt.Sprintf("%s %s%s %s", num, pick(r, []string{"", "N ", "S ", "E ", "W ", "NE ", "SW "}), ordinal(1+r.IntN(120)), pick(r, []string{"St", "Ave", "Street", "Avenue", "Pl", "Ter"}))
	default:
		dir := ""
		if chance(r, 0.15) {
			dir = pick(r, []string{"N ", "S ", "E ", "W ", "Old ", "North ", "West "})
		}
		a.Street = fmt.Sprintf("%s %s%s %s", num, dir, pick(r, usStreetNames), pick(r, usSuffixes))
		if chance(r, 0.06) {
			a.Street += " " + pick(r, []string{"NW", "SE", "NE", "SW"})
		}
	}
	if !strings.Contains(a.Street, "Box") && chance(r, 0.35) {
		switch u := pick(r, usUnits); u {
		case "#":
			a.Unit = "#" + fmt.Sprint(1+r.IntN(40)) + pick(r, []string{"", "A", "C"})
		case "Fl", "Bldg":
			a.Unit = u + " " + fmt.Sprint(1+r.IntN(30))
		case "Lot", "Trlr", "Spc":
			a.Unit = u + " " + fmt.Sprint(1+r.IntN(90))
		case "Ste", "Suite", "Rm", "Dept":
			a.Unit = u + " " + fmt.Sprint(100*(1+r.IntN(20))+r.IntN(40))
		default:
			a.Unit = u + " " + fmt.Sprint(1+r.IntN(450)) + pick(r, []string{"", "", "", "B", "F"})
		}
	}
	return a
}

func ordinal(n int) string {
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
	return fmt.Sprint(n) + suf
}

// CityLine is "Bozeman, MT 59715" in one of the forms people write.
func (a usAddr) CityLine(r *rand.Rand) string {
	switch r.IntN(6) {
	case 0:
		return a.C.City + " " + a.C.State + " " + a.ZIP
	case 1:
		return a.C.City + ", " + a.C.StateName + " " + a.ZIP
	case 2:
		return strings.ToUpper(a.C.City) + " " + a.C.State + "  " + a.ZIP
	default:
		return a.C.City + ", " + a.C.State + " " + a.ZIP
	}
}

// Block is the address over two or three lines.
func (a usAddr) Block(r *rand.Rand) string {
	st := a.Street
	if a.Unit != "" {
		if chance(r, 0.5) {
			st += "\n" + a.Unit
		} else {
			st += " " + a.Unit
		}
	}
	return st + "\n" + a.CityLine(r)
}

// Inline is the address on one line, as written in prose or a single field.
func (a usAddr) Inline(r *rand.Rand) string {
	st := a.Street
	if a.Unit != "" {
		st += pick(r, []string{", ", " "}) + a.Unit
	}
	return st + ", " + a.CityLine(r)
}
