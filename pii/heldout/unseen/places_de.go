package unseen

import (
	"fmt"
	"math/rand/v2"
)

// deTown is a postcode with its town as the Post writes it.
type deTown struct{ PLZ, Ort string }

// Towns named after people (Karlsruhe, Ludwigshafen, Wilhelmshaven,
// Friedrichshafen) are address text inside an address, not names.
var deTowns = []deTown{
	{"10115", "Berlin"}, {"10961", "Berlin"}, {"12043", "Berlin"}, {"20095", "Hamburg"}, {"22767", "Hamburg"},
	{"80331", "München"}, {"81667", "München"}, {"50667", "Köln"}, {"50823", "Köln"},
	{"60311", "Frankfurt am Main"}, {"70173", "Stuttgart"}, {"40213", "Düsseldorf"}, {"04109", "Leipzig"},
	{"01067", "Dresden"}, {"30159", "Hannover"}, {"90402", "Nürnberg"}, {"28195", "Bremen"},
	{"44135", "Dortmund"}, {"45127", "Essen"}, {"53111", "Bonn"}, {"48143", "Münster"}, {"24103", "Kiel"},
	{"18055", "Rostock"}, {"99084", "Erfurt"}, {"06108", "Halle (Saale)"}, {"39104", "Magdeburg"},
	{"14467", "Potsdam"}, {"19053", "Schwerin"}, {"66111", "Saarbrücken"}, {"55116", "Mainz"},
	{"65183", "Wiesbaden"}, {"69117", "Heidelberg"}, {"79098", "Freiburg im Breisgau"}, {"86150", "Augsburg"},
	{"93047", "Regensburg"}, {"97070", "Würzburg"}, {"34117", "Kassel"}, {"37073", "Göttingen"},
	{"26122", "Oldenburg"}, {"49074", "Osnabrück"}, {"33602", "Bielefeld"}, {"52062", "Aachen"},
	{"76133", "Karlsruhe"}, {"88045", "Friedrichshafen"}, {"67059", "Ludwigshafen am Rhein"},
	{"26382", "Wilhelmshaven"}, {"83471", "Berchtesgaden"}, {"17489", "Greifswald"}, {"07743", "Jena"},
	{"03046", "Cottbus"}, {"08056", "Zwickau"}, {"87435", "Kempten (Allgäu)"}, {"94032", "Passau"},
	{"72070", "Tübingen"}, {"35037", "Marburg"}, {"56068", "Koblenz"}, {"54290", "Trier"},
	{"29640", "Schneverdingen"}, {"91550", "Dinkelsbühl"}, {"82487", "Oberammergau"}, {"23999", "Insel Poel"},
	{"18565", "Insel Hiddensee"}, {"25938", "Wyk auf Föhr"}, {"96231", "Bad Staffelstein"},
	{"57392", "Schmallenberg"}, {"09599", "Freiberg"}, {"38640", "Goslar"}, {"31134", "Hildesheim"},
}

// Street names after people (Goethestraße, Friedrich-Ebert-Straße,
// Karl-Marx-Allee, Sophie-Scholl-Straße) and after trades that are also
// surnames (Fischerweg, Müllerstraße, Kochstraße) are address text.
var deStreets = []string{
	"Hauptstraße", "Schulstraße", "Gartenstraße", "Bahnhofstraße", "Dorfstraße", "Bergstraße", "Birkenweg",
	"Lindenstraße", "Kirchstraße", "Waldstraße", "Ringstraße", "Am Anger", "Im Winkel", "An der Alten Mühle",
	"Auf dem Hügel", "Zum Sportplatz", "Hinter den Höfen", "Alte Dorfstraße", "Unter den Linden",
	"Kurfürstendamm", "Königsallee", "Sonnenallee", "Mühlenkamp", "Rosenhag", "Eichendorffweg",
	"Goethestraße", "Schillerstraße", "Friedrich-Ebert-Straße", "Karl-Marx-Allee", "Kaiser-Wilhelm-Ring",
	"Theodor-Heuss-Platz", "Konrad-Adenauer-Ufer", "Bismarckstraße", "Sophie-Scholl-Straße",
	"Straße des 17. Juni", "Leipziger Str.", "Berliner Allee", "Gänsemarkt", "Jungfernstieg", "Tal", "Zeil",
	"Marktplatz", "Domhof", "Pfarrgasse", "Am Steinbruch", "Heideweg", "Deichstraße", "Hafenstraße",
	"Fischerweg", "Kochstraße", "Müllerstraße", "Wolfsgasse", "Hasenheide", "Kastanienallee", "Schloßstr.",
	"Wilhelm-Busch-Weg", "Rosa-Luxemburg-Platz", "Am Weinberg", "Im Grund", "Auf der Heide", "Lange Reihe",
	"Ostpreußendamm", "Bgm.-Smidt-Str.", "Moritzburger Weg", "Sankt-Georg-Kirchhof", "Zeppelinstraße",
}

// deAddr is a German address in parts.
type deAddr struct {
	Street string // "Lindenstraße 4a" or "Postfach 10 12 34"
	Extra  string // "Hinterhaus", "3. OG links" or ""
	T      deTown
}

func deAddress(r *rand.Rand) deAddr {
	a := deAddr{T: pick(r, deTowns)}
	if chance(r, 0.06) {
		a.Street = fmt.Sprintf("Postfach %s %s %s", digits(r, 2), digits(r, 2), digits(r, 2))
		return a
	}
	num := fmt.Sprint(1 + r.IntN(pick(r, []int{20, 60, 180})))
	switch r.IntN(10) {
	case 0:
		num += pick(r, []string{"a", "b", "c", " a", " B"})
	case 1:
		n := 1 + r.IntN(90)
		num = fmt.Sprintf("%d-%d", n, n+2)
	}
	a.Street = pick(r, deStreets) + " " + num
	if chance(r, 0.2) {
		a.Extra = pick(r, []string{"Hinterhaus", "Vorderhaus", "Aufgang B", "3. OG links", "2. OG rechts",
			"Whg. 12", "App. 4", "EG", "Seitenflügel", "Dachgeschoss"})
	}
	return a
}

// TownLine is "10115 Berlin", occasionally in the old "D-10115" form.
func (a deAddr) TownLine(r *rand.Rand) string {
	if chance(r, 0.07) {
		return "D-" + a.T.PLZ + " " + a.T.Ort
	}
	return a.T.PLZ + " " + a.T.Ort
}

// Block is the address over two or three lines.
func (a deAddr) Block(r *rand.Rand) string {
	st := a.Street
	if a.Extra != "" {
		if chance(r, 0.5) {
			st += "\n" + a.Extra
		} else {
			st += ", " + a.Extra
		}
	}
	return st + "\n" + a.TownLine(r)
}

// Inline is the address on one line.
func (a deAddr) Inline(r *rand.Rand) string {
	st := a.Street
	if a.Extra != "" {
		st += " (" + a.Extra + ")"
	}
	return st + pick(r, []string{", ", ", ", ", ", " · ", " "}) + a.TownLine(r)
}
