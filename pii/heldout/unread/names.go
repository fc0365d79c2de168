package unread

import "strings"

// Name pools, each ordered roughly from commonest to rarest (gen.zipf
// favours the head). Every labelled name is built from these pools only.

var enGiven = []string{
	"James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David", "Elizabeth",
	"William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Christopher", "Karen",
	"Charles", "Lisa", "Daniel", "Nancy", "Matthew", "Betty", "Anthony", "Sandra", "Mark", "Margaret",
	"Jose", "Maria", "Luis", "Carmen", "Juan", "Guadalupe", "Jesus", "Ana", "Carlos", "Rosa",
	"Donald", "Ashley", "Steven", "Kimberly", "Andrew", "Emily", "Joshua", "Michelle", "Kevin", "Amanda",
	"Brian", "Melissa", "Timothy", "Deborah", "Olivia", "Liam", "Emma", "Noah", "Ava", "Sofia",
	"Mateo", "Isabella", "Ethan", "Zoe", "DeShawn", "Latoya", "Jamal", "Keisha", "Tyrone", "Imani",
	"Darnell", "Ebony", "Malik", "Aaliyah", "Wei", "Mei", "Hiroshi", "Yuki", "Minh", "Thanh",
	"Priya", "Raj", "Arjun", "Anjali", "Ji-woo", "Min-jun", "José", "Zoë", "Renée", "André",
	"Chloé", "Marisol", "Xiomara", "Dashawn", "Shaniqua", "Bartholomew", "Eun-ji", "Nguyet", "Oluwaseun", "Siobhan",
}

var enSurname = []string{
	"Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
	"Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Taylor", "Moore", "Jackson", "Lee", "Perez",
	"Thompson", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson", "Walker", "Allen", "Wright",
	"Scott", "Torres", "Nguyen", "Flores", "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell",
	"Mitchell", "Carter", "Roberts", "Kim", "Patel", "Chen", "Wang", "Tran", "Pham", "Washington",
	"Jefferson", "Okafor", "Singh", "Shah", "O'Brien", "O'Connor", "McDonald", "MacLeod", "Núñez", "Peña",
	"de la Cruz", "Van Dyke", "St. Germain", "DuBois", "Yamamoto", "Kowalczyk", "Abernathy", "Oyelaran", "Delacroix-Hughes", "Nakamura",
}

var enSuffix = []string{"Jr.", "Sr.", "II", "III", "IV"}

var deGiven = []string{
	// born 1940s-60s
	"Ursula", "Helga", "Gisela", "Renate", "Monika", "Karin", "Ingrid", "Brigitte", "Hans", "Klaus",
	"Günter", "Wolfgang", "Jürgen", "Dieter", "Horst", "Manfred", "Uwe", "Heinz", "Gerhard", "Werner",
	// 1960s-80s
	"Sabine", "Petra", "Andrea", "Susanne", "Claudia", "Stefanie", "Michael", "Thomas", "Andreas", "Stefan",
	"Frank", "Markus", "Christian", "Julia", "Katharina", "Anna", "Lisa", "Laura", "Sarah", "Lukas",
	// 1990s-2010s
	"Jan", "Tim", "Felix", "Jonas", "Leon", "Mia", "Emma", "Hannah", "Sophie", "Lina",
	"Emilia", "Noah", "Ben", "Paul", "Finn", "Elias", "Luca", "Mehmet", "Ayşe", "Fatma",
	"Mustafa", "Emre", "Elif", "Zeynep", "Katarzyna", "Piotr", "Małgorzata", "Krzysztof", "Olga", "Sergej",
	"Natalia", "Dmitri", "Jewgenij", "Mohammed", "Ahmad", "Fatima", "Yasmin", "Omar", "Giuseppe", "Francesca",
	"Hans-Peter", "Karl-Heinz", "Anna-Lena", "Marie-Luise", "Jörg", "Björn", "Dörte", "Enno", "Wiebke", "Theresia",
}

var deSurname = []string{
	"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
	"Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann",
	"Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner", "Schmitz", "Krause", "Meier",
	"Lehmann", "Schmid", "Schulze", "Maier", "Köhler", "Herrmann", "König", "Walter", "Huber", "Kaiser",
	"Fuchs", "Peters", "Scholz", "Möller", "Weiß", "Jung", "Hahn", "Yılmaz", "Kaya", "Demir",
	"Şahin", "Çelik", "Öztürk", "Nowak", "Kowalski", "Wiśniewski", "Lewandowski", "Rossi", "Russo", "Esposito",
	"Iwanow", "Petrow", "Kusnezow", "Haddad", "Khalil", "Al-Hassan", "von Bülow", "von der Heide", "van den Berg", "de Vries",
	"Müller-Lüdenscheidt", "Schulze-Wessel", "Oltmanns", "Janßen", "Ehrhardt", "Brinkmann", "Tiedemann", "Quandt", "Pfeiffer", "Ziegler",
}

var zhSurname = []string{
	"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周",
	"徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗",
	"郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹",
	"彭", "曾", "肖", "田", "董", "袁", "潘", "于", "蒋", "蔡",
	"余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈",
	"欧阳", "司马", "诸葛", "上官", "慕容", "皇甫", "尉迟", "东方",
}

var zhGiven = []string{
	"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋",
	"秀英", "桂英", "建华", "建国", "志强", "文博", "子轩", "浩然", "梓涵", "欣怡",
	"勇", "艳", "杰", "娟", "涛", "明", "超", "秀兰", "霞", "平",
	"雨桐", "俊杰", "晓东", "海燕", "丽娟", "春梅", "宇航", "思远", "佳怡", "一诺",
	"梓萱", "明轩", "婷婷", "鑫", "淑珍", "玉兰", "国庆", "红梅", "志刚", "秀珍",
	"嘉懿", "沐宸", "若汐", "奕辰", "钰", "翀", "昊天", "语嫣", "天佑", "瑾",
}

// enFull is a given name, sometimes a middle initial, a surname and
// sometimes a suffix.
func (g *gen) enFull() string {
	s := g.zipf(enGiven)
	if g.p(0.25) {
		s += " " + string(rune('A'+g.intn(26))) + "."
	}
	s += " " + g.enSur()
	if g.p(0.06) {
		s += " " + g.pick(enSuffix)
	}
	return s
}

func (g *gen) enSur() string {
	if g.p(0.04) {
		return g.zipf(enSurname) + "-" + g.zipf(enSurname)
	}
	return g.zipf(enSurname)
}

// enLastFirst is "Surname, Given" with perhaps a middle initial.
func (g *gen) enLastFirst() string {
	s := g.enSur() + ", " + g.zipf(enGiven)
	if g.p(0.3) {
		s += " " + string(rune('A'+g.intn(26)))
		if g.p(0.7) {
			s += "."
		}
	}
	return s
}

func (g *gen) deFull() string {
	s := g.zipf(deGiven)
	if g.p(0.08) {
		s += " " + g.zipf(deGiven)
	}
	return s + " " + g.deSur()
}

func (g *gen) deSur() string {
	if g.p(0.04) {
		return g.zipf(deSurname) + "-" + g.zipf(deSurname)
	}
	return g.zipf(deSurname)
}

func (g *gen) zhFull() string { return g.zipf(zhSurname) + g.zipf(zhGiven) }

// nameTokens is every token a labelled Latin-script name may consist of;
// the tests check labels against it.
func nameTokens() map[string]bool {
	m := map[string]bool{}
	for _, pool := range [][]string{enGiven, enSurname, enSuffix, deGiven, deSurname} {
		for _, n := range pool {
			for _, t := range strings.FieldsFunc(n, func(r rune) bool { return r == ' ' || r == '-' }) {
				m[strings.ToLower(t)] = true
			}
		}
	}
	return m
}
