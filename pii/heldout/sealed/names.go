package sealed

import "strings"

// Name pools, each ordered roughly by frequency (the picker favours the
// front). Written from general knowledge of the US Census surname and SSA
// given-name tables, German first-name rankings across birth decades and the
// commonest German surnames (with Turkish, Polish, Italian and Russian-German
// ones), and the commonest Chinese surnames plus compound ones.

var enSurnames = strings.Fields(`Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez
Hernandez Lopez Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris
Sanchez Clark Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green
Adams Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Gomez Phillips Evans Turner Diaz Parker Cruz
Edwards Collins Reyes Stewart Morris Morales Murphy Cook Rogers Gutierrez Ortiz Morgan Cooper Peterson Bailey
Reed Kelly Howard Ramos Kim Cox Ward Richardson Watson Brooks Chavez Wood James Bennett Gray Mendoza Ruiz
Hughes Price Alvarez Castillo Sanders Patel Myers Long Ross Foster Jimenez Powell Jenkins Perry Russell
Sullivan Bell Coleman Butler Henderson Barnes Gonzales Fisher Vasquez Simmons Romero Jordan Patterson
Alexander Hamilton Graham Reynolds Griffin Wallace Moreno West Cole Hayes Bryant Herrera Gibson Ellis Tran
Medina Aguilar Stevens Murray Ford Castro Marshall Owens Harrison Fernandez McDonald Woods Washington Kennedy
Wells Vargas Henry Chen Freeman Webb Tucker Guzman Burns Crawford Olson Simpson Porter Hunter Gordon Mendez
Silva Shaw Snyder Mason Dixon Munoz Hunt Hicks Holmes Palmer Wagner Black Robertson Boyd Rose Stone Salazar
Fox Warren Mills Meyer Rice Schmidt Garza Daniels Ferguson Nichols Stephens Soto Weaver Ryan Gardner Payne
Grant Dunn Kelley Spencer Hawkins Arnold Pierce Vazquez Hansen Peters Santos Hart Bradley Knight Elliott
Cunningham Duncan Armstrong Hudson Carroll Lane Riley Andrews Alvarado Ray Delgado Berry Perkins Hoffman
Johnston Matthews Pena Richards Contreras Willis Carpenter Lawrence Sandoval O'Brien O'Connor McCarthy
McKenzie MacLeod DeLuca D'Angelo LaFleur Okafor Nakamura Kowalski Yazzie Begay Abernathy Whitaker Lindqvist
Smith-Jones Garcia-Lopez`)

// enParticleSurnames are surnames written with a separate particle.
var enParticleSurnames = []string{"De La Cruz", "Van Dyke", "St. John", "Del Rosario", "de la Garza", "Van Buren", "Le Blanc"}

var enMale = strings.Fields(`James Michael Robert John David William Richard Joseph Thomas Christopher Charles
Daniel Matthew Anthony Mark Donald Steven Andrew Paul Joshua Kenneth Kevin Brian Timothy Ronald George Jason
Edward Jeffrey Ryan Jacob Nicholas Gary Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel
Gregory Alexander Patrick Frank Raymond Jack Dennis Jerry Tyler Aaron Jose Adam Nathan Henry Zachary Douglas
Peter Kyle Noah Ethan Jeremy Christian Walter Keith Austin Roger Terry Sean Gerald Carl Dylan Harold Jordan
Jesse Bryan Lawrence Arthur Gabriel Bruce Logan Billy Joe Alan Juan Elijah Willie Albert Wayne Randy Mason
Vincent Liam Roy Bobby Caleb Bradley Russell Lucas DeShawn Jamal Malik Mateo Santiago Luis Carlos Bill Will
Chase Drew Hunter Grant`)

var enFemale = strings.Fields(`Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Karen Sarah Lisa
Nancy Sandra Betty Ashley Emily Kimberly Margaret Donna Michelle Carol Amanda Melissa Deborah Stephanie
Rebecca Sharon Laura Cynthia Dorothy Amy Kathleen Angela Shirley Emma Brenda Pamela Nicole Anna Samantha
Katherine Christine Debra Rachel Carolyn Janet Maria Olivia Heather Helen Catherine Diane Julie Victoria
Joyce Lauren Kelly Christina Ruth Joan Virginia Judith Evelyn Hannah Andrea Megan Cheryl Jacqueline Madison
Teresa Abigail Sophia Martha Sara Gloria Janice Kathryn Ann Isabella Judy Charlotte Julia Grace Amber Alice
Jean Denise Frances Danielle Marilyn Natalie Beverly Diana Brittany Theresa Kayla Alexis Doris Lori Tiffany
Ava Mia Harper Aaliyah Latoya Keisha Guadalupe Ximena Priya June May Hope Faith Dawn Joy`)

var enSuffixes = []string{"Jr.", "Sr.", "II", "III", "IV"}

var deSurnames = strings.Fields(`Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann
Schäfer Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann
Lange Schmitt Werner Schmitz Krause Meier Lehmann Schmid Schulze Maier Köhler Herrmann König Walter Mayer
Huber Kaiser Fuchs Peters Lang Scholz Möller Weiß Jung Hahn Schubert Vogel Friedrich Keller Günther Frank
Berger Winkler Roth Beck Lorenz Baumann Franke Albrecht Schuster Simon Ludwig Böhm Winter Kraus Martin
Schumacher Krämer Vogt Stein Jäger Otto Sommer Groß Seidel Heinrich Brandt Haas Schreiber Graf Schulte
Dietrich Ziegler Kuhn Kühn Pohl Engel Horn Busch Bergmann Voigt Sauer Arnold Wolff Pfeiffer Yılmaz Kaya
Demir Şahin Çelik Öztürk Aydın Özdemir Arslan Doğan Kılıç Nowak Kowalski Wiśniewski Wójcik Lewandowski
Zieliński Szymański Rossi Russo Ferrari Esposito Bianchi Romano Iwanow Petrow Smirnow Kusnezow Popow
Wolkow Papadopoulos Nguyen Müller-Lüdenscheidt Schmidt-Hansen Meyer-Landrut Schulze-Wierling Grabowski
Hübner Thiele Brinkmann Dreßler Hölscher`)

var deParticleSurnames = []string{"von Bülow", "von der Heide", "van der Meer", "de Vries", "von Arnim", "zu Dohna", "vom Brocke", "ten Brink"}

var deMale = strings.Fields(`Peter Wolfgang Klaus Jürgen Michael Thomas Andreas Stefan Hans Uwe Günter Werner
Dieter Horst Manfred Frank Bernd Ralf Helmut Gerhard Karl-Heinz Hans-Jürgen Heinz Rainer Jörg Holger
Matthias Markus Christian Alexander Sebastian Daniel Tobias Florian Jan Tim Lukas Leon Finn Jonas Paul Ben
Elias Noah Luca Felix Maximilian Emil Mats Mehmet Ahmet Mustafa Emre Kerem Can Piotr Krzysztof Łukasz
Dmitri Sergej Waldemar Viktor Alexej Giuseppe Marco Enrico Friedrich Otto Konrad Detlef Torsten`)

var deFemale = strings.Fields(`Ursula Monika Petra Elke Sabine Renate Helga Karin Brigitte Ingrid Gisela
Andrea Birgit Claudia Susanne Gabriele Christa Heike Anja Stefanie Nicole Katrin Julia Sandra Melanie
Jessica Anna Lena Laura Lea Sarah Hannah Emma Mia Sophie Marie Emilia Lina Clara Greta Frieda Ida Ayşe
Fatma Elif Zeynep Agnieszka Katarzyna Natalia Olga Swetlana Tatjana Irina Giulia Francesca Hildegard
Erika Waltraud Annegret Marlene Lieselotte Anne-Marie Dörte Jutta`)

var zhSurnames = []string{"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱",
	"胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾",
	"肖", "田", "董", "袁", "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈",
	"姚", "卢", "姜", "崔", "钟", "谭", "陆", "汪", "范", "金", "石", "廖", "贾", "夏", "韦", "付", "方", "白",
	"邹", "孟", "熊", "秦", "邱", "江", "尹", "薛", "闫", "段", "雷", "侯", "龙", "史", "陶", "黎", "贺", "顾",
	"毛", "郝", "龚", "邵", "万", "钱", "严", "覃", "武", "戴", "莫", "孔", "向", "汤"}

var zhCompound = []string{"欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "慕容", "令狐", "尉迟", "公孙", "夏侯", "端木", "司徒"}

// zhGiven1 are one-character given names; zhGiven2 two-character ones seen
// often across generations; zhGivenChars are combined freely into new ones.
var zhGiven1 = strings.Fields(`伟 芳 娜 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 霞 平 刚 辉 鹏 华 飞 鑫 波 斌 宇 浩 凯 健 俊 帆 帅 旭 宁 琳 雪 婷 颖 倩 欣 悦 璐`)
var zhGiven2 = strings.Fields(`秀英 桂英 秀兰 建华 建国 志强 海燕 晓明 子涵 梓轩 雨桐 欣怡 浩然 一诺 思远 俊杰 婷婷 丹丹 玉兰 淑珍 国庆 红梅 春梅 文博 宇航 诗涵 佳怡 子豪 嘉怡 明轩 雅琪 振华 德明 立新 卫东 红英 丽娟 晓燕 志勇 海涛 天佑 若汐 沐辰 梓萱`)
var zhGivenChars = []rune("伟芳敏静丽强磊军洋勇艳杰涛明超霞平刚辉鹏华飞鑫波斌宇浩凯健俊帆旭宁琳雪婷颖倩欣悦志国建文晓海春玉秀德立新红嘉子思雨佳梓一诗天晨")

// zhName returns a surname and a given name.
func (g *gen) zhName() (sur, given string) {
	sur = g.z(zhSurnames)
	if g.c(0.03) {
		sur = g.p(zhCompound...)
	}
	switch x := g.r.Float64(); {
	case x < 0.35:
		given = g.p(zhGiven1...)
	case x < 0.7:
		given = g.p(zhGiven2...)
	default:
		given = string(zhGivenChars[g.r.IntN(len(zhGivenChars))]) + string(zhGivenChars[g.r.IntN(len(zhGivenChars))])
	}
	return sur, given
}

// zhFull returns a full Chinese name.
func (g *gen) zhFull() string { s, n := g.zhName(); return s + n }

// person is a Western name with its parts; sex picks titles.
type person struct {
	first, middle, last, suffix string
	female                      bool
}

func (g *gen) enPerson() person {
	p := person{female: g.c(0.5)}
	if p.female {
		p.first = g.z(enFemale)
	} else {
		p.first = g.z(enMale)
	}
	p.last = g.z(enSurnames)
	if g.c(0.05) {
		p.last = g.p(enParticleSurnames...)
	}
	if g.c(0.25) {
		p.middle = string("ABCDEFGHJKLMNPRSTW"[g.r.IntN(18)])
	}
	if !p.female && g.c(0.06) {
		p.suffix = g.p(enSuffixes...)
	}
	return p
}

func (g *gen) dePerson() person {
	p := person{female: g.c(0.5)}
	if p.female {
		p.first = g.z(deFemale)
	} else {
		p.first = g.z(deMale)
	}
	p.last = g.z(deSurnames)
	if g.c(0.05) {
		p.last = g.p(deParticleSurnames...)
	}
	return p
}

// full is "First M. Last Jr." (US) or "First Last".
func (p person) full() string {
	s := p.first
	if p.middle != "" {
		s += " " + p.middle + "."
	}
	s += " " + p.last
	if p.suffix != "" {
		s += " " + p.suffix
	}
	return s
}

// short is "First Last".
func (p person) short() string { return p.first + " " + p.last }

// rev is "Last, First".
func (p person) rev() string { return p.last + ", " + p.first }

func (p person) enTitle() string {
	if p.female {
		return []string{"Ms.", "Mrs.", "Ms", "Dr."}[len(p.first)%4]
	}
	return []string{"Mr.", "Mr", "Dr."}[len(p.first)%3]
}

func (p person) deTitle() string {
	if p.female {
		return "Frau"
	}
	return "Herr"
}

// deAcc is the accusative form used in address blocks and on envelopes.
func (p person) deAcc() string {
	if p.female {
		return "Frau"
	}
	return "Herrn"
}
