package pii

import "strings"

// The dictionaries: the most common given names and surnames of the US and
// Germany, the longer tables' names that are no word (given_ssa.txt,
// surnames_census.txt: "Milica", "Jovana", "Bjornstad"), and the most
// common Chinese surnames. Context (titles, labels such as "Name:" or
// "姓名：") finds the rest.

var firstNames = addWords(set(`
James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony
Mark Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason Jeffrey Ryan
Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Alexander
Frank Patrick Raymond Jack Dennis Jerry Tyler Aaron Jose Adam Nathan Henry Douglas Zachary Peter Kyle
Ethan Walter Noah Jeremy Christian Keith Roger Terry Gerald Harold Sean Austin Carl Arthur Lawrence Dylan
Jesse Jordan Bryan Billy Joe Bruce Gabriel Logan Albert Willie Alan Juan Wayne Elijah Randy Roy Vincent
Ralph Eugene Russell Bobby Mason Philip Louis Mary Patricia Jennifer Linda Elizabeth Barbara Susan
Jessica Sarah Karen Lisa Nancy Betty Margaret Sandra Ashley Kimberly Emily Donna Michelle Carol Amanda
Dorothy Melissa Deborah Stephanie Rebecca Sharon Laura Cynthia Kathleen Amy Angela Shirley Anna Brenda
Pamela Emma Nicole Helen Samantha Katherine Christine Debra Rachel Carolyn Janet Catherine Maria Heather
Diane Ruth Julie Olivia Joyce Virginia Victoria Kelly Lauren Christina Joan Evelyn Judith Megan Andrea
Cheryl Hannah Jacqueline Martha Gloria Teresa Ann Sara Madison Frances Kathryn Janice Jean Abigail Alice
Judy Sophia Grace Denise Amber Doris Marilyn Danielle Beverly Isabella Theresa Diana Natalie Brittany
Charlotte Marie Kayla Alexis Lori Liam Lucas Oliver Ava Mia Harper Amelia Chloe Ella Zoe Leah Lily
Peter Wolfgang Klaus Jürgen Dieter Hans Horst Uwe Manfred Günter Werner Gerhard Helmut Heinz Rainer Bernd
Stefan Frank Andreas Thomas Michael Markus Christian Sebastian Tobias Florian Jan Tim Lukas Felix Jonas
Leon Maximilian Paul Finn Niklas Moritz Julian Philipp Fabian Matthias Martin Jörg Ralf Sven Dirk Torsten
Ursula Monika Petra Sabine Renate Helga Karin Brigitte Ingrid Erika Gisela Andrea Claudia Susanne Birgit
Stefanie Julia Katharina Anna Laura Lea Lena Hannah Sophie Marie Lina Mia Emilia Johanna Franziska Anja
Nicole Sandra Tanja Silke Heike Kerstin Christina Jana Annika Greta Ida Frieda Charlotte Clara Luisa
`), "given_en.txt", "given_de.txt", "given_ssa.txt")

var surnames = addWords(set(`
Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez Wilson
Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis
Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker Hall
Rivera Campbell Mitchell Carter Roberts Gomez Phillips Evans Turner Diaz Parker Cruz Edwards Collins
Reyes Stewart Morris Morales Murphy Cook Rogers Gutierrez Ortiz Morgan Cooper Peterson Bailey Reed Kelly
Howard Ramos Kim Cox Ward Richardson Watson Brooks Chavez Wood James Bennett Gray Mendoza Ruiz Hughes
Price Alvarez Castillo Sanders Patel Myers Long Ross Foster Jimenez Powell Jenkins Perry Russell Sullivan
Bell Coleman Butler Henderson Barnes Gonzales Fisher Vasquez Simmons Romero Jordan Patterson Alexander
Hamilton Graham Reynolds Griffin Wallace Moreno West Cole Hayes Bryant Herrera Gibson Ellis Tran Medina
Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter Klein
Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt Werner Schmitz Krause
Meier Lehmann Schmid Schulze Maier Köhler Herrmann König Walter Mayer Huber Kaiser Fuchs Peters Lang Scholz
Möller Weiß Jung Hahn Schubert Vogel Friedrich Keller Günther Frank Berger Winkler Roth Beck Lorenz Baumann
Franke Albrecht Schuster Simon Ludwig Böhm Winter Kraus Martin Schumacher Krämer Vogt Stein Jäger Otto Sommer
`), "surnames_en.txt", "surnames_de.txt", "surnames_census.txt")

var titles = set(`Mr Mrs Ms Miss Mx Dr Prof Herr Frau Sir Madam`)

// nameStop are capitalised words that follow a given name without being a
// surname ("Jordan Street", "May Day").
var nameStop = set(`Street St Avenue Ave Road Rd Lane Drive Boulevard Way Court Place Day The And Of In On At
For To From With Inc Ltd LLC GmbH AG Co Company Corp University Hospital Bank Park River Lake City County
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August
September October November December Falls Heights Hills Springs Island Islands Beach Bay Valley Mountain Mountains
Canyon Harbor Harbour Creek Station Square Airport Bridge Memorial Center Centre Elementary Academy Clinic
Stadium Arena Tunnel Cemetery Branch Chapel Cathedral Courthouse Observatory
Cup Award Awards Trophy Prize Medal Fellowship Scholarship Lecture`)

// nameLabels introduce a person's name.
var nameLabels = newWords("name:", "name is", "contact:", "customer:", "patient:", "applicant:", "cardholder:",
	"recipient:", "dear", "signed:", "kontakt:", "ansprechpartner:", "kunde:", "patientin:", "empfänger:",
	"sehr geehrte", "name lautet", "vorname", "nachname", "reporter:", "assignee:", "attendees:", "participants:",
	"from:", "to:", "cc:", "bill to:", "sold to:", "owner:", "anwesend:", "teilnehmer:", "gemeldet von:", "bearbeiter:",
	"bearbeiterin:", "z. hd.", "zu händen", "parcel for", "paket für", "absender:", "verfasser:", "author:",
	"spouse:", "taxpayer:", "policyholder:", "insured:", "beneficiary:", "guardian:", "tenant:", "ehepartner:", "ehepartnerin:",
	"signed-off-by:", "reviewed-by:", "acked-by:", "tested-by:", "reported-by:", "co-authored-by:", "suggested-by:",
	// The parties of a notary's journal, a court's record, a workshop's
	// repair order, a rota: roles that only a person fills.
	"signer:", "witness:", "notary:", "defendant:", "plaintiff:", "technician:", "tech:", "mechanic:", "writer:",
	"volunteer:", "coach:", "referee:", "chaperone:", "zeuge:", "zeugin:", "beklagte:", "beklagter:", "kläger:", "klägerin:",
	// The English "z. Hd.": a letter's addressee inside a firm or an address.
	"attn", "attn:", "attn.", "attention:")

// cnSurnames are the most common Chinese surnames (about 90% of the
// population) and the common two-character ones.
var cnSurnames = setRunes(`王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 彭 曾 肖 田
董 袁 潘 于 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 石 廖 贾 夏 韦 付 方 白 邹 孟 熊 秦 邱 江 尹 薛
闫 段 雷 侯 龙 史 陶 黎 贺 顾 毛 郝 龚 邵 万 钱 严 覃 武 戴 莫 孔 向 汤 常 温 康 施 文 牛 樊 葛 邢 安 齐 易 乔 伍 庞 颜 倪 庄
聂 章 鲁 岳 翟 殷 詹 申 欧 耿 关 兰 焦 俞 左 柳 甘 祝 包 宁 尚 符 舒 阮 柯 纪 梅 童 凌 毕 单 季 裴 霍 涂 成 苗 谷 盛 曲 翁 冉
骆 蓝 路 游 辛 靳 管 柴 蒙 鲍 华 喻 祁 蒲 房 滕 屈 饶 解 牟 艾 尤 阳 时 穆 农 司 卓 古 吉 缪 简 车 项 连 芦 麦 褚 娄 窦 戚 岑
景 党 宫 费 卜 冷 晏 席 卫 米 柏 宗 瞿 桂 全 佟 应 臧 闵 苟 邬 边 卞 姬 师 和 仇 栾 隋 商 刁 沙 荣 巫 寇 桑 郎 甄 丛 仲 虞 敖
巩 明 佘 池 查 麻 苑 迟 邝
洪 赖 訾 仝 冼 阎 亓 谈 寿 习 晁 揭 伏 戈 杭 诸 嵇 滑 荀 羊 惠 封 芮 储 汲 邴 糜 乌 巴 弓 牧 隗 宓 蓬 郗 班 仰 伊 暴 钭 厉
戎 祖 幸 韶 郜 薄 邰 鄂 索 咸 籍 蔺 屠 阴 郁 胥 苍 闻 莘 贡 劳 逄 扶 堵 宰 郦 雍 璩 濮 扈 燕 冀 郏 浦 茹 庾 暨 衡 匡 寇 禄
阙 殳 沃 蔚 夔 厍 勾 阚 毋 乜 鞠 丰 巢 蒯 荆 竺 权 逯 盖 桓 钮 綦 靖 粟 揭 练 邸 楚 凤 晋
陳 張 劉 黃 趙 吳 鄭 謝 許 韓 馮 鄧 蕭 葉 蘇 呂 盧 蔣 楊 孫 馬 羅 鍾 譚 陸 錢 龔 顧 賀 韋 鄒 賴 閻 聶 嚴 萬 湯 龍 簡 關 鄔
鄺 廖 傅 沈 歐 溫 陶 黎 駱 藍 趙 魯 鮑 葛 蘆 紀 費 衛 龐 饒 顏 喬 談
亢 缑 佴 谯 笪 昝 茅 贲 羿 蓟 宦 裘 萧 狄 湛 禹 邗 郤 酆 蒿 庹 鄢 眭 郇 朴`)

var cnCompoundSurnames = []string{"欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "夏侯", "司徒", "端木", "长孙",
	"万俟", "闻人", "赫连", "澹台", "宇文", "呼延", "轩辕", "南宫", "钟离", "宗政", "濮阳", "淳于", "单于", "太叔", "申屠", "仲孙",
	"百里", "西门", "左丘", "歐陽", "司徒", "諸葛", "上官", "東方", "長孫", "令狐", "慕容"}

var cnNameLabels = []string{"姓名", "联系人", "收件人", "寄件人", "客户", "患者", "申请人", "持卡人", "用户", "名字",
	"负责人", "法定代表人", "监护人", "投保人", "被保险人", "员工", "学生", "病人", "乘客"}

var cnHonorifics = []string{"先生", "女士", "小姐", "同志", "老师", "医生", "经理", "主任", "同学", "师傅", "小哥",
	"教授", "律师", "阿姨", "总监", "处长", "科长", "院长", "校长", "部长", "主管", "大爷", "大妈", "大叔", "大婶", "奶奶", "爷爷", "护士长"}

func set(words string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

func setRunes(s string) map[rune]bool {
	m := make(map[rune]bool)
	for _, r := range s {
		if r > 0x2E80 {
			m[r] = true
		}
	}
	return m
}
