package unseen

import (
	"math/rand/v2"
	"strings"
)

// The pools below are written from general knowledge of name frequency in each
// country, most frequent first (skew draws the front more often), followed by
// rarer names, names that are also ordinary words, and names of immigrant
// families. They are not copied from any list the detector embeds.

var enGivenF = strings.Fields(`Mary Jennifer Linda Patricia Elizabeth Susan Jessica Sarah Karen Lisa
Nancy Betty Sandra Ashley Emily Donna Michelle Kimberly Melissa Amanda Stephanie Rebecca Laura Sharon
Cynthia Amy Angela Brenda Emma Olivia Ava Sophia Isabella Mia Harper Evelyn Abigail Madison Chloe
Rose Hope Grace Faith Joy June April Summer Dawn Autumn Ivy Pearl Ruby Destiny Harmony Sky Brooke
Savannah Carolina Virginia Georgia Dakota Sierra Lucinda Philippa Ottilie Henrietta Marisol Guadalupe
Xiomara Yesenia Lakisha Tameka Shaniqua Keisha Aaliyah Imani Priya Anjali Mei Thuy Ngozi Siobhan Aoife
Bridget Maeve Tallulah Wren Juniper Marigold Clementine Beatrix Opal Winifred Dolores Gertrude`)

var enGivenM = strings.Fields(`James Robert John Michael David William Richard Joseph Thomas Charles
Christopher Daniel Matthew Anthony Mark Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George
Timothy Ronald Edward Jason Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott
Brandon Benjamin Samuel Frank Gregory Raymond Alexander Patrick Jack Dennis Jerry Tyler Aaron Jose
Liam Noah Oliver Elijah Lucas Mason Logan Ethan Wyatt Hunter Chase Cash Will Bill Rusty Buck Colt
Forrest Dale Glen Clay Lincoln Jefferson Austin Houston Dallas Cruz Jesús Santiago Mateo Alejandro
DeShawn Tyrone Darnell Jamal Malik Kwame Hiroshi Jae-won Minh Arjun Rajesh Mohammed Omar Tariq Dmitri
Thaddeus Ezekiel Barnaby Cornelius Lemuel Ambrose Augustin Fitzgerald Ignatius Percival Cletus Elmer`)

var enFamily = append(strings.Fields(`Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez
Hernandez Lopez Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White
Harris Sanchez Clark Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill
Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Gomez Phillips Evans
Turner Diaz Parker Cruz Edwards Collins Reyes Stewart Morris Morales Murphy Cook Rogers Gutierrez Ortiz
Morgan Cooper Peterson Bailey Reed Kelly Howard Ramos Kim Cox Ward Richardson Watson Brooks Chavez Wood
James Bennett Gray Mendoza Ruiz Hughes Price Alvarez Castillo Sanders Patel Myers Long Ross Foster
Wolf Fox Bird Rich Love Little Black Hope Bell Church Frost Winter Summers Day Knight Bishop Stone
Marsh Fields Rivers Banks Stark Sharp Strong Swift Cross Grant Lane Hardy Noble Sterling Frank Ford
O'Neil O'Brien McAllister MacDonald McKenzie D'Angelo DuBois LaFleur Vanderbilt
Kowalczyk Nowakowski Yamamoto Tanaka Okonkwo Adeyemi Abernathy Fitzpatrick Throckmorton Quackenbush
Higginbotham Featherstonehaugh Blackwood Oyelaran Castellanos Villanueva Szymanski Papadopoulos`),
	"Van Dyke", "St. Clair", "de la Cruz")

var deGivenF = strings.Fields(`Anna Maria Ursula Monika Petra Elisabeth Sabine Renate Helga Karin
Brigitte Ingrid Erika Andrea Gisela Claudia Susanne Gabriele Christa Christine Hildegard Birgit Heike
Marie Sophie Emilia Hannah Emma Mia Lea Lena Leonie Lina Clara Ella Frieda Mathilda Johanna Greta
Ilse Gerda Hannelore Waltraud Gudrun Irmgard Bärbel Heidrun Dörte Frauke Wiebke Imke Merle Silke Anke
Anne-Kathrin Marie-Luise Eva-Maria Hanna-Lena Friederike Wilhelmina Kunigunde Roswitha Gundula
Aylin Zeynep Elif Katarzyna Agnieszka Jelena Svetlana Natalia Ayşe Fatma Leyla Amira Mariam`)

var deGivenM = strings.Fields(`Peter Michael Thomas Andreas Wolfgang Klaus Jürgen Günter Stefan
Christian Uwe Werner Horst Frank Manfred Dieter Bernd Ralf Hans Helmut Matthias Karl Markus Heinz
Lukas Leon Finn Jonas Paul Felix Maximilian Elias Noah Ben Luis Henry Emil Anton Theo Jakob Moritz
Detlef Jörg Dirk Holger Torsten Sven Kai Ole Malte Enno Hauke Jannik Fynn Till Hinnerk Gerd Lutz
Karl-Heinz Hans-Peter Hans-Jürgen Klaus-Dieter Franz-Josef Ernst Otto August Konstantin Leopold
Mehmet Mustafa Ahmet Emre Can Deniz Piotr Tomasz Dragan Milan Nikolai Ivan Dimitrios Giuseppe`)

var deFamily = strings.Fields(`Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz
Hoffmann Schäfer Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann
Hartmann Lange Schmitt Werner Schmitz Krause Meier Lehmann Schmid Schulze Maier Köhler Herrmann König
Walter Mayer Huber Kaiser Fuchs Peters Lang Scholz Möller Weiß Jung Hahn Schubert Vogel Friedrich Keller
Günther Frank Berger Winkler Roth Beck Lorenz Baumann Franke Albrecht Schuster Simon Ludwig Böhm Winter
Kraus Martin Schumacher Krämer Vogt Stein Jäger Otto Sommer Groß Seidel Heinrich Brandt Haas Schreiber
Graf Dietrich Ziegler Kuhn Kühn Pohl Engel Horn Busch Bergmann Thomas Voigt Sauer Arnold Wolff Pfeiffer
Oberhuber Tiedemann Quast Dörfler Hinrichsen Janßen Oltmanns Poggenpohl Rübsamen Eichhorn Hasenclever
Schulze-Wiehenbrauck Meyer-Landrut Müller-Lüdenscheidt Berger-Sattler Nguyen Yılmaz Kaya Demir Şahin
Kowalski Nowak Wiśniewski Petrović Popescu Ivanov Papadopoulos Rossi`)

// deParticle names carry a nobiliary particle that belongs to the name.
var deParticle = []string{"von Bülow", "von der Heide", "zu Stolberg", "von Arnim", "vom Stein", "van der Linden"}

var zhFamily = strings.Fields(`王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯
邓 曹 彭 曾 肖 田 董 袁 潘 于 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 石 廖 贾 夏
韦 付 方 白 邹 孟 熊 秦 邱 江 尹 薛 闫 段 雷 侯 龙 史 陶 黎 贺 顾 毛 郝 龚 邵 万 钱 严 覃 武 戴 莫 孔 向 汤
欧阳 司马 诸葛 上官 东方 皇甫 慕容 令狐 公孙 尉迟 夏侯 端木 万俟 闻人 宇文 长孙`)

var zhGiven = strings.Fields(`伟 芳 娜 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 霞 平 刚 秀英 秀兰 桂英 玉兰
建华 建国 国强 志强 晓东 海燕 春梅 德胜 丽华 淑珍 红梅 建军 文博 子涵 欣怡 梓轩 浩然 雨桐 一诺 宇轩
思远 婉清 诗涵 梓涵 俊杰 佳怡 若曦 沐阳 嘉懿 语嫣 天佑 昊天 亦菲 承泽 锦程 晨曦 睿 琦 颖 鑫 彤 冉
铁柱 二妞 招娣 来福 卫东 向阳 跃进 红旗 援朝 爱华 志远 家豪 子豪 慧敏 雅琴 翠花 桂芳 福生 金凤`)

var twFamily = strings.Fields(`陳 林 黃 張 李 王 吳 劉 蔡 楊 許 鄭 謝 洪 郭 邱 曾 廖 賴 徐 周 葉 蘇 莊 呂 江
何 蕭 羅 高 潘 簡 朱 鍾 彭 游 詹 胡 施 沈 余 盧 梁 趙 顏 柯 翁 魏 孫 戴 歐陽`)

var twGiven = strings.Fields(`志明 淑芬 美玲 家豪 怡君 冠宇 雅婷 宗翰 俊傑 佩珊 建宏 淑惠 承恩 詠晴 宥廷 品妍
柏翰 欣妤 國華 麗華 秀鳳 俊賢 嘉慧 偉倫 曉雯 韻如`)

// person is a name in parts; how it is written is decided by each template.
type person struct {
	Given, Middle, Family string
	Female                bool
}

func enPerson(r *rand.Rand) person {
	p := person{Female: chance(r, 0.5), Family: skew(r, enFamily)}
	if p.Female {
		p.Given = skew(r, enGivenF)
	} else {
		p.Given = skew(r, enGivenM)
	}
	if chance(r, 0.25) {
		p.Middle = string(rune('A'+r.IntN(26))) + "."
	}
	if chance(r, 0.03) {
		p.Family += "-" + skew(r, enFamily) // double-barrelled, as some couples choose
	}
	return p
}

// Full is "Given M. Family" in the Western order.
func (p person) Full() string {
	if p.Middle != "" {
		return p.Given + " " + p.Middle + " " + p.Family
	}
	return p.Given + " " + p.Family
}

// Short is "Given Family" without a middle initial.
func (p person) Short() string { return p.Given + " " + p.Family }

// Inverted is "Family, Given", as in rosters and court captions.
func (p person) Inverted() string { return p.Family + ", " + p.Given }

func dePerson(r *rand.Rand) person {
	p := person{Female: chance(r, 0.5), Family: skew(r, deFamily)}
	if p.Female {
		p.Given = skew(r, deGivenF)
	} else {
		p.Given = skew(r, deGivenM)
	}
	if chance(r, 0.04) {
		p.Family = pick(r, deParticle)
	} else if chance(r, 0.04) {
		p.Family += "-" + skew(r, deFamily)
	}
	return p
}

// zhPerson is a mainland name in simplified characters; Family carries the
// surname and Given the given name, written together without a space.
func zhPerson(r *rand.Rand) person {
	return person{Family: skew(r, zhFamily), Given: skew(r, zhGiven), Female: chance(r, 0.5)}
}

// twPerson is a Taiwanese name in traditional characters.
func twPerson(r *rand.Rand) person {
	return person{Family: skew(r, twFamily), Given: skew(r, twGiven), Female: chance(r, 0.5)}
}

// Han is the name written the Chinese way: surname then given name, no space.
func (p person) Han() string { return p.Family + p.Given }

// deHonorific returns "Herr"/"Frau" for the person.
func (p person) deHonorific() string {
	if p.Female {
		return "Frau"
	}
	return "Herr"
}

// enHonorific returns a courtesy title for the person.
func (p person) enHonorific(r *rand.Rand) string {
	if p.Female {
		return pick(r, []string{"Ms.", "Mrs.", "Ms", "Miss"})
	}
	return pick(r, []string{"Mr.", "Mr"})
}

// zhHonorific returns a courtesy suffix for the person.
func (p person) zhHonorific(r *rand.Rand) string {
	if p.Female {
		return pick(r, []string{"女士", "小姐", "老师", "医生", "经理", "阿姨"})
	}
	return pick(r, []string{"先生", "老师", "医生", "经理", "总", "师傅"})
}
