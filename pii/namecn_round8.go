package pii

import "unicode/utf8"

// cnPlaceFinal are the last characters of sights, buildings, shops and
// goods that given names almost never end with: "武侯祠", "黄鹤楼", "王府井",
// "苏堤", "金龙鱼". A short run that begins with a surname and ends with one
// is a place or a thing.
var cnPlaceFinal = hanTable(`祠 庙 寺 塔 堤 楼 井 桥 亭 阁 宫 殿 陵 窟 洞 馆 院 厂 店 站 港 岛 坊 峡 坝 堡 寨 屯 营 府 局 厅 铺 廊 园
卡 票 券 面 粉 糕 饼 锅 饭 酒 醋 糖 菜 肉 蛋 鸭 鸡 鱼 虾 蟹 鸟 油 酱 奶 茶 汁 膏 丸 片 贴 霜 鞋 帽 衣 裤 袜 包 表 机 器 壳 线 纸 笔 盒 瓶 罐 袋`)

// cnMinorityParts are the parts that Tibetan, Mongolian, Uyghur and Kazakh
// given names are built from, as Chinese writes them (the public
// security ministry's transliteration guides; the commonest names of the
// Tibet, Inner Mongolia and Xinjiang name reports), and the clan and given
// names of the Yi of Liangshan, China's largest minority without Han
// surnames after these ("吉克阿依", "沙马阿呷"). These names carry no
// Han surname, so only such a list tells them from words: "扎西顿珠",
// "斯琴高娃", "阿依古丽".
var cnMinorityParts = set(`扎西 次仁 达瓦 达娃 格桑 央金 卓玛 拉姆 平措 洛桑 丹增 旦增 单增 多吉 顿珠 尼玛 索朗 索南 旺堆 旺姆 白玛 德吉 曲珍 央宗 普布 边巴 巴桑
次旦 贡布 嘉措 加措 桑珠 米玛 群培 拉巴 琼达 益西 强巴 罗布 仁增 才让 卓嘎 措姆 阿旺 晋美 泽仁 降央 土登 次珍 欧珠 尼珍 扎巴 德庆 玉珍
尕藏 才旦 贡嘎 达杰 东珠 多布杰 伦珠 朗杰 桑杰 仁青 央拉 卓珍 巴宗 曲尼 次央 德央 群宗 白珍 拉珍 斯朗 加央 更登 根敦 卓玛 尼玛 琼 
斯琴 高娃 乌日娜 其其格 琪琪格 那仁 巴特尔 宝音 图雅 萨仁 格日勒 额尔敦 朝鲁 苏日娜 萨日娜 阿拉坦 巴图 孟和 乌兰 哈斯 娜仁 其木格 托娅
塔娜 敖登 满都拉 呼和 布和 特木尔 吉日嘎拉 青格勒 乌力吉 额尔德尼 宝力德 那日苏 阿木尔 都兰 格根 巴雅尔 阿拉腾 图门 毕力格 斯日古楞
牧仁 敖其尔 其勒格尔 德力格尔 恩和 赛音 桑布 朝克图 吉雅 额尔登 乌仁 阿茹娜 诺敏 阿古拉 苏和 巴音 巴根 布仁 图 娜
阿依古丽 古丽 帕提古丽 帕提 热依拉 买买提 艾力 阿不都 吐尔逊 努尔 阿卜杜拉 艾山 热合曼 玉苏甫 伊力 阿迪力 迪丽 迪丽热巴 古丽娜尔
娜尔 米热 热娜 努尔兰 别克 卡德尔 库尔班 托合提 吾斯曼 依明 阿布力孜 麦麦提 阿力木 塔依尔 肉孜 热依汗 阿米娜 祖丽菲亚 再努尔 哈力克
巴哈古丽 古力 如克亚 吐逊 斯拉木 阿依 努尔古丽 麦尔哈巴 阿依努尔 艾合买提 艾尔肯 艾克拜尔 买合木提 穆罕默德 艾则孜 吐尔洪 伊敏 沙吾提
阿布都 热汗 排尔哈提 帕尔哈提 艾尼 瓦尔 阿斯哈尔 叶尔兰 叶尔江 努尔江 哈那提 加娜尔 阿依达 阿娜尔 木拉提 热孜宛 努尔比亚 阿尔曼 吾买尔
吐尔地 阿不力米提 阿不来提 夏木西 阿依夏 帕丽达 玛依拉 祖力 米娜 热比娅 阿孜古丽 古再丽 吐拉 江 汗 罕 提 尔
阿布都拉 阿卜杜 热依 乌云 萨仁 花 梅朵
吉克 阿苏 沙马 曲比 阿约 吉木 俄木 马海 海来 瓦扎 阿西 勒格 尔古 吉伍 加拉 乃古 莫色 金古 洛古 苏呷 日火 俄底 比曲 果基 巴莫 吉日 罗木
阿呷 阿果 阿牛 石布 日体 拉哈 伍合 阿各 木呷 依作 拉且 尔呷 阿支 阿衣
莫日根`)

// cnMinorityFirst marks the first characters of cnMinorityParts.
var cnMinorityFirst = func() *[0x9FFF - 0x4E00 + 1]bool {
	var first []rune
	for w := range cnMinorityParts {
		r, _ := utf8.DecodeRuneInString(w)
		first = append(first, r)
	}
	return hanTable(string(first))
}()

// cnMinorityName reports whether the ideographs at offs (all of them) make
// a name of cnMinorityParts: two to eight characters that split into parts,
// the first of two characters or more.
func cnMinorityName(b []byte, offs []int) bool {
	n := len(offs) - 1
	if n < 2 || n > 8 {
		return false
	}
	if r := cnRune(b, offs[0]); !isHan(r) || !cnMinorityFirst[r-0x4E00] {
		return false
	}
	// ok[k]: the first k characters split into parts.
	var ok [9]bool
	ok[0] = true
	for k := 0; k < n; k++ {
		if !ok[k] {
			continue
		}
		for l := 1; l <= 4 && k+l <= n; l++ {
			if (k > 0 || l >= 2) && cnMinorityParts[string(b[offs[k]:offs[k+l]])] {
				ok[k+l] = true
			}
		}
	}
	return ok[n]
}

// cnTranslit are the characters Chinese spells foreign and minority names
// with (Xinhua's transliteration tables): "约翰·史密斯", "买买提江·艾力".
var cnTranslit = hanTable(`阿 艾 安 奥 巴 拜 班 邦 贝 本 比 彼 毕 波 伯 布 不 卜 查 达 戴 丹 道 德 迪 蒂 丁 东 杜 多 厄 恩 法 菲 费 芬 丰 弗 福
夫 盖 冈 戈 格 贡 古 哈 海 汉 豪 赫 亨 胡 华 霍 吉 加 贾 杰 金 卡 凯 坎 康 柯 科 克 肯 库 拉 莱 兰 朗 劳 勒 雷 里 利 莉 列 林 琳 隆
卢 鲁 路 伦 罗 洛 马 玛 迈 麦 曼 梅 门 蒙 米 敏 莫 默 姆 穆 纳 娜 奈 南 内 尼 妮 努 诺 欧 帕 派 佩 彭 皮 珀 普 齐 奇 乔 琼 丘 让 热
荣 茹 瑞 若 萨 塞 桑 森 沙 莎 尚 舍 什 圣 施 史 斯 松 苏 索 塔 泰 坦 汤 唐 特 提 图 托 瓦 万 威 韦 维 温 沃 乌 武 西 希 夏 谢 辛 休
雅 亚 扬 耶 叶 伊 依 英 尤 约 赞 怀 泽 扎 詹 兹 祖 佐 尔 逊 木 孜 江 汗 罕 买 吐 力 别 丽 合 甫 玉 黛 芙 露 丝 伍 瑟 翰 娅 蕾 琪 芭 地 肯 则 吾 山 都
守 铁 牙 尕 居 色 赛 肉 亥 排 再 旦 卓 仁 次 措 钦 央 宗 珍 嘎 才 更 登 敖 呼 额 其 日 宝 音 那 苏 娃 基 汀 薇 肖 廖 柳 茨 涅 契 捷 茱 婷 季 廉 历`)

// cnNameDot returns the length of the middle dot at p that joins the parts
// of a transliterated name ("·", "•", "・"), or 0.
func cnNameDot(b []byte, p int) int {
	switch {
	case p+1 < len(b) && b[p] == 0xC2 && b[p+1] == 0xB7:
		return 2
	case p+2 < len(b) && b[p] == 0xE2 && b[p+1] == 0x80 && b[p+2] == 0xA2, p+2 < len(b) && b[p] == 0xE3 && b[p+1] == 0x83 && b[p+2] == 0xBB:
		return 3
	}
	return 0
}

// cnDottedName finds a transliterated name whose parts a middle dot joins
// ("阿依古丽·吐尔逊", "约翰·史密斯"): the transliteration characters that end
// the run at offs and those that begin each run after a dot. Chinese
// writes nothing else this way, but a place or a title ("中国·北京") is no
// name: every part must be of the transliteration characters.
func (s *scan) cnDottedName(offs []int, n int) (int, bool) {
	b := s.b
	end := offs[n]
	d := cnNameDot(b, end)
	if d == 0 || end+d >= len(b) {
		return 0, false
	}
	start := n
	for start > 0 && n-start < 8 && cnTranslitAt(b, offs[start-1]) {
		start--
	}
	start = zh15DotTrim(b, offs, start, n) // "感谢约翰·", "经历约翰·" (namecn_zh15.go)
	if n-start < 2 && !(n-start == 1 && start == 0) {
		return 0, false
	}
	// A word before the name may end in a transliteration character
	// ("感谢阿迪力·…"): where a minority name's parts begin later, the name
	// begins there.
	for m := start + 1; m+2 <= n; m++ {
		if !cnMinorityName(b, offs[start:n+1]) && cnMinorityName(b, offs[m:n+1]) {
			start = m
			break
		}
	}
	// Each part after a dot: transliteration characters up to 8.
	for d > 0 {
		p, k := end+d, 0
		for k < 8 && p < len(b) && cnTranslitAt(b, p) {
			p += 3
			k++
		}
		p = cnDotPartEnd(b, end+d, p)
		if p == end+d {
			break
		}
		end = p
		d = cnNameDot(b, end)
	}
	if end == offs[n] || cnEstateFinal(b, end) {
		return 0, false // not a developer's estate: "万科·欧洲城" (namecn_round20.go)
	}
	// A person earlier in the run: "原告陈梓静与被告阿依古丽·买买提".
	if start >= 4 {
		s.cnRelName(offs[0], offs[:start+1], start)
	}
	s.emit(PersonName, offs[start], end, 0.8, "transliterated+dot")
	return end, true
}

// cnTranslitAt reports whether a transliteration character is at p.
func cnTranslitAt(b []byte, p int) bool {
	r, _ := cnDecodeRune(b[p:])
	return isHan(r) && cnTranslit[r-0x4E00]
}

// cnQuantityAfter reports whether an item's count follows e ("陈皮  x3",
// "康师傅 ×2"): the run is a line of goods, not a person.
func cnQuantityAfter(b []byte, e int) bool {
	for e < len(b) && (b[e] == ' ' || b[e] == '\t') {
		e++
	}
	switch {
	case e+1 < len(b) && (b[e] == 'x' || b[e] == 'X' || b[e] == '*') && isDigit(b[e+1]):
		return true
	case e+2 < len(b) && b[e] == 0xC3 && b[e+1] == 0x97 && isDigit(b[e+2]): // ×2; "×" alone is a ballot's mark
		return true
	}
	return false
}

// cnSisterBrother finds a surname alone before 姐 or 哥 inside a
// sentence, the way workmates name each other: "到行政部武姐处", "陶哥，能…".
// The character before is the run's start or ends a department or a verb
// of asking; the one after does not make a kin word ("姐妹", "哥们").
func (s *scan) cnSisterBrother(offs []int, n int) (int, bool) {
	b := s.b
	for h := 1; h < n; h++ {
		r := cnRune(b, offs[h])
		if r != '姐' && r != '哥' {
			continue
		}
		sn := h - 1
		if h >= 2 && surnameLen(b, offs[h-2:h+1]) == 2 {
			sn = h - 2
		}
		// Nor a word of kin or school ("师姐", "表哥"): no surname there.
		if surnameLen(b, offs[sn:h+1]) != h-sn || cnSurnameWord[cnRune(b, offs[sn])] || cnNonNames[string(b[offs[sn]:offs[h+1]])] {
			continue
		}
		if sn > 0 && !cnSisterBefore[cnRune(b, offs[sn-1])] {
			continue
		}
		if h+1 < n && cnSisterAfterNot[cnRune(b, offs[h+1])] {
			continue
		}
		s.emit(PersonName, offs[sn], offs[h], 0.7, "surname+sister/brother")
		return offs[h+1], true
	}
	return 0, false
}

var cnSisterBefore = setRunes(`部 处 科 室 组 队 办 找 问 叫 和 跟 给 让 请 谢 向 对 被 的 是 了 到`)

var cnSisterAfterNot = setRunes(`妹 们 夫 姐 哥 弟 嫂 儿 俩`)

// cnRoleLabels are the roles a form, a prescription or a certificate
// signs a person in with a colon ("审核：", "男方：", "受伤职工："): after
// one, the value is a person.
var cnRoleLabels = []string{"男方", "女方", "新郎", "新娘", "审核", "复核", "核对", "医师", "药师", "调配", "发药", "制表", "制单", "经手",
	"收银员", "开单", "验收", "职工", "保安", "获奖者", "签收", "配送员", "骑手", "司机", "导游", "教练", "班主任", "辅导员", "户主"}

// cnRoleLabelBefore reports whether one of cnRoleLabels ends at p.
func cnRoleLabelBefore(b []byte, p int) bool {
	for _, l := range cnRoleLabels {
		if p >= len(l) && string(b[p-len(l):p]) == l {
			return true
		}
	}
	return false
}

// cnSurnameValue reports whether the ideographs [i, e) after a label are a
// surname alone that ends a field ("调配：毛", "审核：欧阳  "): forms sign
// people by the surname alone.
func cnSurnameValue(b []byte, i, e int, offs []int) bool {
	if surnameLen(b, offs) != len(offs)-1 {
		return false
	}
	return e >= len(b) || b[e] == '\n' || b[e] == '\r' || e+1 < len(b) && b[e] == ' ' && b[e+1] == ' '
}

// cnWordIn reports whether w begins with a word of cnNonNames.
func cnWordIn(w []byte) bool {
	for k, n := 0, 0; k < len(w) && n < 4; n++ {
		_, size := cnDecodeRune(w[k:])
		k += size
		if n > 0 && (cnNonNames[string(w[:k])] || cnTimeWords[string(w[:k])]) {
			return true
		}
	}
	return false
}

// cnTimeWords are words of time that begin with a surname's character:
// after a preposition that is a surname too they are no given name
// ("于周五前", "和周末"), though "周一诺" is a person.
var cnTimeWords = set(`周一 周二 周三 周四 周五 周六 周日 周天 周末 星期 季度 年初 年底 年前 年后 时分 时许 时段 时刻 明早 明晚 明天 明年`)

// cnTogetherName finds a surname and one or two given characters after
// "和" or "跟" when "一起" follows ("和董辉一起去", "跟李雪一起"): "一起" after
// "和 X" makes X a companion, a person, where "和" alone joins any words.
func (s *scan) cnTogetherName(offs []int, n, from, k int) (int, bool) {
	b := s.b
	for _, g := range []int{2, 1} {
		e := from + k + g
		if e+2 > n || !hasPrefixAt(b, offs[e], "一起") || cnSurnameWord[cnRune(b, offs[from])] && k == 1 {
			continue
		}
		ok := true
		for c := from + k; c < e; c++ {
			ok = ok && cnGivenChars[cnRune(b, offs[c])]
		}
		if ok && !cnNonName(b, offs[from], offs[e]) {
			s.emit(PersonName, offs[from], offs[e], 0.75, "context:together")
			return offs[e], true
		}
	}
	return 0, false
}

// cnNameOverWord reports whether the three ideographs w are a name that
// begins with the two-character word w[:k] (n is the word's last index):
// when the word's second character and the third one are both given names'
// characters, "王子涵", "刘海燕", "雷雨桐" are people as often as "王子",
// "刘海", "雷雨" are words.
func cnNameOverWord(w []byte, k, n int) bool {
	if n != 1 || utf8.RuneCount(w) != 3 {
		return false
	}
	r2, _ := cnDecodeRune(w[k-3:])
	r3, _ := cnDecodeRune(w[k:])
	return cnGivenChars[r2] && cnGivenChars[r3]
}

// cnHelloName finds the person a call or a message greets: a surname and
// one or two given characters between a field's start or "喂", "嗨" and
// "你好" or "您好" ("喂王芳你好", "嗨李建国您好").
func (s *scan) cnHelloName(offs []int, n int) (int, bool) {
	b := s.b
	from := 0
	if hasPrefixAt(b, offs[0], "喂") || hasPrefixAt(b, offs[0], "嗨") {
		from = 1
	} else if !cnLeftEdge(b, offs[0]) {
		return 0, false
	}
	k := surnameLen(b, offs[from:n+1])
	if k == 0 {
		return 0, false
	}
	for _, g := range []int{2, 1} {
		e := from + k + g
		if e+2 > n || !(hasPrefixAt(b, offs[e], "你好") || hasPrefixAt(b, offs[e], "您好")) {
			continue
		}
		ok := true
		for c := from + k; c < e; c++ {
			ok = ok && cnGivenChars[cnRune(b, offs[c])]
		}
		if ok && !cnNonName(b, offs[from], offs[e]) {
			s.emit(PersonName, offs[from], offs[e], 0.75, "context:hello")
			return offs[e], true
		}
	}
	return 0, false
}

// cnKeGiven reports whether the "可" at w[k:] begins a given name, as it
// does in the ministry's most common girls' names of the 2010s (可馨,
// 可欣, 可心): a given name's character follows it, where "可以", "可能"
// and "可是" are words.
func cnKeGiven(w []byte, k int, r rune, size int) bool {
	if r == '可' && k+size == len(w) {
		return zh15KeLast(w, k) // "欧凤可" (namecn_zh15.go)
	}
	if r != '可' || k+size >= len(w) {
		return false
	}
	next, _ := cnDecodeRune(w[k+size:])
	return cnGivenChars[next]
}

// cnMinorityHonorific finds a Tibetan, Mongolian or Uyghur name that opens
// the run before a form of address ("扎西才让同学", "乌兰老师"): the name
// has no Han surname for the honorifics' rule to find.
func (s *scan) cnMinorityHonorific(offs []int, n int) (int, bool) {
	b := s.b
	// Most runs begin with no part's first character: one lookup.
	if r := cnRune(b, offs[0]); !isHan(r) || !cnMinorityFirst[r-0x4E00] {
		return 0, false
	}
	for h := 2; h <= 8 && h+2 <= n; h++ {
		if cnHonorificAt(b, offs[h]) && cnMinorityName(b, offs[:h+1]) {
			s.emit(PersonName, offs[0], offs[h], 0.8, "minority+honorific")
			return offs[h], true
		}
	}
	return 0, false
}
