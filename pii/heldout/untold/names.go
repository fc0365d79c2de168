package untold

import (
	"math/rand/v2"
	"slices"
	"strings"
)

// Name pools, most frequent first (zipf weights by position). Drawn from
// general knowledge of the US Census/SSA tables, German first-name and
// surname statistics and the commonest Chinese surnames.
var (
	enGivenF = []string{"Mary", "Jennifer", "Patricia", "Linda", "Elizabeth", "Barbara", "Susan", "Jessica", "Sarah",
		"Karen", "Lisa", "Nancy", "Betty", "Sandra", "Ashley", "Emily", "Kimberly", "Donna", "Michelle", "Carol",
		"Olivia", "Sophia", "Isabella", "Mia", "Aaliyah", "Imani", "Sofía", "Guadalupe", "Mei", "Priya", "Brooke",
		"Zoë", "Renée"}
	enGivenM = []string{"James", "Michael", "Robert", "John", "David", "William", "Richard", "Joseph", "Thomas",
		"Christopher", "Daniel", "Matthew", "Anthony", "Mark", "Donald", "Steven", "Andrew", "Joshua", "Kevin",
		"Brian", "Liam", "Noah", "Ethan", "Jayden", "DeShawn", "Jamal", "José", "Luis", "Tyrone", "Connor"}
	enGivenX = []string{"Dakota", "Kai", "Jordan", "Taylor"}
	enFamily = []string{"Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez",
		"Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson",
		"Martin", "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson",
		"Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores", "Green", "Adams",
		"Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell", "Carter", "Roberts", "Patel", "Kim", "O'Brien",
		"McCarthy", "Washington", "Kowalski", "Okafor", "Yamamoto", "Schmidt", "Ruiz-Ortega", "Smith-Baptiste",
		"de la Cruz", "Van Dyke", "St. Clair", "Nuñez", "Delacroix", "Begay", "Haddad"}
	enSuffix = []string{"Jr.", "Sr.", "II", "III", "IV"}

	deGivenF = []string{"Ursula", "Sabine", "Andrea", "Petra", "Monika", "Karin", "Renate", "Gisela", "Helga",
		"Katrin", "Julia", "Anna", "Lena", "Leonie", "Mia", "Emma", "Hannah", "Anne-Marie", "Dörte", "Charlotte",
		"Ayşe", "Zeynep", "Małgorzata", "Francesca", "Olga", "Swetlana", "Emmely", "Wiebke", "Frauke", "Mathilda"}
	deGivenM = []string{"Thomas", "Michael", "Stefan", "Andreas", "Peter", "Klaus", "Jürgen", "Wolfgang", "Frank",
		"Uwe", "Lukas", "Jonas", "Leon", "Finn", "Ben", "Karl-Heinz", "Hans-Peter", "Günter", "Jörg", "Björn",
		"Maximilian", "Mehmet", "Emre", "Dariusz", "Giuseppe", "Dmitri", "Malte", "Till", "Ole"}
	deFamily = []string{"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz",
		"Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz",
		"Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner", "Krause", "Meier",
		"Lehmann", "Peters", "Jansen", "Yılmaz", "Kaya", "Demir", "Öztürk", "Kowalski", "Nowak", "Wiśniewski",
		"Rossi", "Esposito", "Romano", "Iwanow", "Becker-Lindner", "Schulze-Wehninck", "von Bülow",
		"von der Heyde", "zu Stolberg", "Ahrens", "Thiel", "Brandt", "Kühn", "Voß", "Heß"}

	zhFamily   = []string{"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁", "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈"}
	zhCompound = []string{"欧阳", "司马", "诸葛", "上官", "司徒", "慕容", "皇甫", "令狐"}
	zhGiven    = []string{"芳", "伟", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "霞", "平", "刚",
		"秀英", "桂英", "建华", "志强", "子涵", "浩然", "欣怡", "宇轩", "梓萱", "一诺", "思远", "晓燕", "海燕", "建国",
		"丽娟", "国庆", "俊杰", "雨桐", "佳怡", "文博", "嘉怡", "明轩", "玉兰", "春梅", "德华", "淑珍", "晨曦", "若汐"}
)

type enName struct{ given, middle, family, suffix string }

// Genders a name generator can be asked for.
const (
	anyone = iota
	female
	male
)

func givenFor[T any](r *rand.Rand, g int, f, m, x []T) T {
	if g == anyone {
		g = female + r.IntN(2)
		if len(x) > 0 && chance(r, 0.04) {
			return pick(r, x)
		}
	}
	if g == female {
		return zipf(r, f)
	}
	return zipf(r, m)
}

func newEN(r *rand.Rand) enName { return newENg(r, anyone) }

func newENg(r *rand.Rand, g int) enName {
	given := givenFor(r, g, enGivenF, enGivenM, enGivenX)
	p := enName{given: given, family: zipf(r, enFamily)}
	if chance(r, 0.2) {
		p.middle = string(rune('A'+r.IntN(26))) + "."
	}
	if chance(r, 0.06) && slices.Contains(enGivenM, given) {
		p.suffix = pick(r, enSuffix)
	}
	return p
}

// full is "Given M. Family Jr."; short is "Given Family".
func (p enName) full() string {
	s := p.given
	if p.middle != "" {
		s += " " + p.middle
	}
	s += " " + p.family
	if p.suffix != "" {
		s += " " + p.suffix
	}
	return s
}
func (p enName) short() string { return p.given + " " + p.family }

// inverted is "Family, Given M." as in bibliographies and registers.
func (p enName) inverted() string {
	s := p.family + ", " + p.given
	if p.middle != "" {
		s += " " + p.middle
	}
	return s
}

// cite is "Family, G. M." as in reference lists.
func (p enName) cite() string {
	s := p.family + ", " + string([]rune(p.given)[0]) + "."
	if p.middle != "" {
		s += " " + p.middle
	}
	return s
}

type deName struct{ given, family string }

func newDE(r *rand.Rand) deName { return newDEg(r, anyone) }
func newDEg(r *rand.Rand, g int) deName {
	return deName{givenFor(r, g, deGivenF, deGivenM, []string(nil)), zipf(r, deFamily)}
}
func (p deName) full() string { return p.given + " " + p.family }
func (p deName) inverted() string {
	return p.family + ", " + p.given
}

// cite is "Family, G." (hyphenated given names keep both initials).
func (p deName) cite() string {
	parts := strings.Split(p.given, "-")
	for i, x := range parts {
		parts[i] = string([]rune(x)[0]) + "."
	}
	return p.family + ", " + strings.Join(parts, "-")
}

type zhName struct{ family, given string }

func newZH(r *rand.Rand) zhName {
	f := zipf(r, zhFamily)
	if chance(r, 0.04) {
		f = pick(r, zhCompound)
	}
	return zhName{f, zipf(r, zhGiven)}
}
func (p zhName) full() string { return p.family + p.given }
