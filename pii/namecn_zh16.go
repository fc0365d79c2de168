package pii

// Slots of Chinese text whose filler is a person, read where no rule found
// a name in the run (session 16):
//   - a given name before a word of kin that names the child's parent, as a
//     field of its own or after "@" ("@一凡家长", "小军爸爸：", "5. 胜男妈妈 7幢");
//   - a given name alone after "@" that a space or the line's end follows
//     ("@亚男 13号楼");
//   - the person after a word of kin, of a household or a colleague, at the
//     run's start or after a pronoun ("女儿悦然每周探望", "爱人利清妍。",
//     "我和女儿欣怡去了", "同事容美琳可作证");
//   - a group's or a shop's head speaking by the given name ("团长雪莹：");
//   - a lawsuit's party before a colon ("被告：终欣怡，女");
//   - an elder named by the full name before 老人 ("的邓跃进老人也");
//   - the person a certificate or a notice is about: before an ID number in
//     brackets ("兹有杭萌萌（身份证号"), after 本人 before a date ("本人倪北辰于"),
//     before 的 and their papers ("内有黎凡凡的银行卡");
//   - a greeting at a field's start ("【菜鸟驿站】帅玉洁您好");
//   - a role's slot (namecn_zh14.go) that a pet name or a rare surname fills
//     ("证人卢豆豆出庭", "导师：井悦悦教授"), a table's cell of a rare surname;
//   - a surname that is a word or rare before a form of address after
//     thanks or a registration ("谢谢植老师", "挂万主任号", "续玉琴女士");
//   - a surname alone between a building's staff and a form of address
//     ("联系管家庄主管", "直属上级：越总；");
//   - a person before a title of office that cnHonorifics lacks ("刘建国书记");
//   - a given name alone after a verb of handing over or with 和 before a
//     word of company ("交给雨桐", "和欣妍一起");
//   - the next item of a list of people set apart by spaces;
//   - the one paid for after 代 or 替 before a verb of paying ("代宏伟交学费");
//   - a neighbour called by 老 or 小 and the surname after a room ("606室
//     小罗") or a tradesman ("维修师傅老黎").
// The honorific rule (name.go) asks two things of this file: whether a
// surname alone before 奶奶 is inside a child's given name ("@耀祖奶奶"), and
// whether a rare surname begins the name ("导师：广锦程教授").

// zh16Kin are the words of a parent or grandparent after a child's given
// name: "一凡家长", "胜男妈妈".
var zh16Kin = []string{"爸爸", "妈妈", "家长", "奶奶", "爷爷", "外公", "外婆", "姥姥", "姥爷"}

// zh16Household are the words of kin and household before a person:
// "女儿悦然", "爱人利清妍", "配偶毛蓉".
var zh16Household = []string{"女儿", "儿子", "孩子", "爱人", "配偶", "妻子", "丈夫", "老伴", "孙子", "孙女", "外孙", "外孙女", "儿媳", "女婿", "同事"}

// zh16SlotFirst marks the characters zh16Frames' last loop reads a slot
// at: 老 of 老人, 的 of a person's papers, 代 and 替 of a payment.
var zh16SlotFirst = hanTable(`老 的 代 替`)

// zh16BeforeKin are the pronouns and conjunctions before a word of
// zh16Household inside a run, and zh16KinFirst the words' first
// characters.
var (
	zh16BeforeKin = hanTable(`其 我 你 他 她 和 跟 与 的 及 同`)
	zh16KinFirst  = hanTable(`女 儿 孩 爱 配 妻 丈 老 孙 外 同`)
)

// zh16Heads are the heads of a group or a shop who speak before a colon by
// the given name: "团长雪莹：", "店长冰冰：".
var zh16Heads = []string{"团长", "店长", "群主", "班长", "组长", "队长", "楼长", "站长", "会长", "社长", "馆长", "园长"}

// zh16Parties are a lawsuit's parties before a colon and the person:
// "被告：终欣怡". Inside a sentence they are the party's side ("原告方").
var zh16Parties = []string{"被告", "原告", "第三人", "上诉人", "被上诉人", "申诉人", "被申请人"}

// zh16PayVerbs are the verbs of paying after "代X": "代宏伟交学费".
var zh16PayVerbs = hanTable(`交 缴 付 还 领 取 签 办 充 买 收`)

// zh16NotGiven are words a slot's given name is not: doubled characters
// that are words, not a child's pet name ("刚刚", "天天"), and the people
// of a class or a household ("家长", "老师"), the days and the kinds of a
// parent before a parent's word ("今天妈妈", "新手妈妈").
var zh16NotGiven = set(`家长 老师 同学 学生 孩子 宝贝 小孩 大家 各位 全体 新生 本班 班级 大宝 二宝 三宝 我家 你家 他家 她家
今天 明天 昨天 后天 前天 每天 当天 今晚 明早 新手 全职 单亲 年轻 二胎 三胎 职场 留守 准备 新任 现任
美国 英国 德国 泰国 心爱 东西 大家 文件 资料
常常 刚刚 慢慢 渐渐 天天 往往 偏偏 仅仅 稍稍 悄悄 默默 处处 人人 个个 大大 多多 好好 谢谢 哈哈 呵呵 嘿嘿 宝宝 姐姐 妹妹 哥哥
弟弟 爸爸 妈妈 奶奶 爷爷 叔叔 舅舅 姑姑 婆婆 公公 太太 星星 娃娃 时时 年年 月月 日日 家家 户户 种种 样样 明明 早早 久久 轻轻 统统 一一 看看 想想 试试 说说 走走 等等`)

// zh16DoubledVerbs are verbs that doubled are a verb still ("女儿画画很好",
// "聊聊"), not a child's pet name.
var zh16DoubledVerbs = hanTable(`画 看 说 走 想 试 玩 跑 聊 逛 唱 写 读 学 问 听 尝 摸 抱 亲 哭 闹 吃 喝 睡 洗 转 歇 坐 躺 练 查 算 找 擦 扫 拖 打 敲 拍 等 谈 跳 动 讲 聊 逗 揉 捏`)

// zh16Given returns the end of a two-character given name alone at q,
// before j, or -1. Loose, for the firmest slots: a pet name of a doubled
// character ("凡凡", "豆豆"), a given name of cnWordGivens ("跃进"), two
// characters names are made of, or (loose) of which one is, neither a
// function word, that make no word.
func zh16Given(b []byte, q, j int, loose bool) int {
	e := q + 6
	if e > j {
		return -1
	}
	r1, r2 := cnRune(b, q), cnRune(b, q+3)
	if !isHan(r1) || !isHan(r2) {
		return -1
	}
	w := string(b[q:e])
	if cnWordGivens[w] {
		return e
	}
	// 可 before a given name's character begins one ("可欣", "可馨").
	if cnNotGiven[r1] && !(r1 == '可' && cnGivenChars[r2]) || cnNotGiven[r2] || cnNonNames[w] || cnGivenAloneNot[w] || zh16NotGiven[w] || zh16RareWords[w] {
		return -1
	}
	if r1 == r2 {
		if zh16DoubledVerbs[r1-0x4E00] {
			return -1 // "画画", "看看": a verb doubled
		}
		return e
	}
	// Loose, not a role's word ("群主", "班长", "店员"); 儿 ends pet names
	// ("菲儿").
	if zhWords[w] || loose && cnRoleEnd[r2] && !cnGivenChars[r2] && r2 != '儿' {
		return -1
	}
	// 一 and 亦 begin given names ("一凡", "亦航") more often than the
	// list of given names' characters says.
	if (cnGivenChars[r1] || r1 == '亦') && cnGivenChars[r2] || loose && (cnGivenChars[r1] || cnGivenChars[r2] || r1 == '一' || r1 == '亦') {
		return e
	}
	return -1
}

// zh16Full returns the end of a surname (rare ones too) and a given name
// at q that follows accepts, or -1: cnSlotName's reading for the slot's
// strength, or a
// surname and a given name of zh16Given ("闫可欣", "黎凡凡").
func zh16Full(b []byte, q, j, strength int, follows func(e int) bool) int {
	if e := cnSlotName(b, q, j, strength, follows); e > q {
		return e
	}
	sl := cnSlotSurname(b, q, j, true)
	if sl == 0 || sl == 3 && cnSurnameWord[cnRune(b, q)] {
		return -1
	}
	if e := zh16Given(b, q+sl, j, false); e > q && follows(e) && !cnNonName(b, q, e) {
		return e
	}
	return -1
}

// zh16Documents are a person's papers and belongings after "X的" in a
// notice of a thing lost or found: "内有黎凡凡的银行卡".
var zh16Documents = []string{"身份证", "银行卡", "工作证", "学生证", "病历", "驾驶证", "驾照", "护照", "社保卡", "医保卡", "户口本", "钥匙", "钱包", "证件"}

// zh16HonorificAfter are the forms of address after a surname alone that
// zh16Frames reads for the surnames that are words or rare ("谢谢植老师",
// "挂万主任号", "上级：越总；").
var zh16HonorificAfter = []string{"老师", "医生", "主任", "教授", "律师", "经理", "主管", "师傅"}

// zh16BeforeSurname are the characters before a surname alone and its form
// of address: thanks, a registration, a doctor's care, a contact.
var zh16BeforeSurname = hanTable(`谢 挂 由 经 系 找 请 问`)

// zh16WordSurnames marks the surnames that are rare or words too: the
// thanks' slot asks of every character of a run.
var zh16WordSurnames = func() *[0x9FFF - 0x4E00 + 1]bool {
	var t [0x9FFF - 0x4E00 + 1]bool
	for r := range cnRareSurnames {
		if isHan(r) {
			t[r-0x4E00] = true
		}
	}
	for r := range cnSurnameWord {
		if isHan(r) && cnSurnames[r] {
			t[r-0x4E00] = true
		}
	}
	return &t
}()

// zh16SurnameWordNot are the surnames that are function words too, read
// alone before a form of address by no rule of this file: "由于老师",
// "能老师帮我".
var zh16SurnameWordNot = setRunes(`于 和 全 从 都 能 成 安 时 向 连 国 别 通 元 代 公 乐 其`)

// zh16ChildBeforeKin reports whether the run at offs, a field of its own,
// is a child's given name of two characters before the form of kin at
// offs[h] ("@耀祖奶奶", "小燕奶奶 19号楼"): its first character is no
// surname, and its second is no surname alone.
func zh16ChildBeforeKin(b []byte, offs []int, h int) bool {
	if !cnLeftEdge(b, offs[0]) || cnSurnames[cnRune(b, offs[0])] || zh16HasAt(b, offs[h], zh16Kin) == 0 {
		return false
	}
	return zh16Given(b, offs[0], offs[h], true) == offs[h] || cnRune(b, offs[0]) == '小'
}

// zh16RareBeforeHonorific returns the index in offs of a rare surname
// that begins a name of two or three characters ending at the form of
// address at offs[h], at a field's start or after 的 or thanks ("导师：广锦程教授",
// "尊敬的沿桂先生"), or -1.
func zh16RareBeforeHonorific(b []byte, offs []int, h int) int {
	for _, q := range []int{h - 3, h - 2} {
		if q < 0 || !cnRareSurnames[cnRune(b, offs[q])] || zh16SurnameWordNot[cnRune(b, offs[q])] {
			continue
		}
		if q == 0 && !cnLeftEdge(b, offs[0]) {
			continue
		}
		if q > 0 {
			if c := cnRune(b, offs[q-1]); c != '的' && (!isHan(c) || !zh16BeforeSurname[c-0x4E00]) {
				continue
			}
		}
		// One given name's character at least, no function word.
		given, ok := false, true
		for c := q + 1; c < h; c++ {
			r := cnRune(b, offs[c])
			given = given || cnGivenChars[r]
			ok = ok && isHan(r) && !cnNotGiven[r]
		}
		if given && ok && !cnNonName(b, offs[q], offs[h]) {
			return q
		}
	}
	return -1
}

// zh16RareWords are places and words that begin with a rare surname of
// cnRareSurnames and a given name's character ("山东", "广西", "公安"): no
// slot reads them as a surname and a given name.
var zh16RareWords = set(`山东 山西 山海 山水 山林 山峰 山川 山区 山清 广东 广西 广州 广安 广元 广汉 广场 广大 广告 广泛 广博 通州 通辽 通信 通过 通用 通畅 通俗
乐山 乐清 乐园 乐观 乐意 双流 双方 双胞 宿州 宿迁 宿舍 富阳 富强 富贵 富裕 怀化 怀柔 怀念 利川 利益 利用 利润 容县 容易 容量 井冈 宣城 宣传 宣布 隆昌 隆重
都江 都市 满洲 满意 满足 满月 元朗 元旦 元宵 元素 公安 公司 公园 公共 公开 公主 公平 公正 公民 公益 区域 能力 能源 能量 计划 计算 支持 支付 支援
步行 印象 印刷 养老 养生 敬请 敬爱 须知 充分 充满 续费 终于 终身 终点 居民 居住 干部 干净 皮肤 越来 言论 别墅 别人 代表 代理 那些 其实 其他`)

// zh16HasAt returns the length of the word of ws that begins at p, or 0.
func zh16HasAt(b []byte, p int, ws []string) int {
	for _, w := range ws {
		if hasPrefixAt(b, p, w) {
			return len(w)
		}
	}
	return 0
}

// zh16Frames emits a person in one of the slots above in the run of
// ideographs [i, j); it reports whether it did.
func (s *scan) zh16Frames(i, j int) bool {
	if i < s.floor {
		return false
	}
	b := s.b
	n := s.emits
	emit := func(q, e int, v string) bool {
		s.emit(PersonName, q, e, 0.75, v)
		return s.emits != n
	}
	if s.zh16StaffSurname(i, j) {
		s.zh16OldYoung(i, j) // "联系管家庄主管或维修师傅老黎"
		return true
	}
	// The run as a field: a given name and a parent's word, or after "@"
	// a given name alone.
	left := cnLeftEdge(b, i)
	if left && cnRightEdge(b, j) && j-i >= 6 {
		if k := zh16HasAt(b, j-6, zh16Kin); k > 0 && j-i == 12 {
			if e := zh16Given(b, i, j-6, true); e == j-6 && emit(i, e, "context:kin+given-name") {
				return true
			}
			// "小龙妈妈": 小 and a given name's character.
			if cnRune(b, i) == '小' && cnGivenChars[cnRune(b, i+3)] && !cnSurnames[cnRune(b, i+3)] && emit(i, i+6, "context:kin+given-name") {
				return true
			}
		}
		if i > 0 && b[i-1] == '@' && j-i == 6 && (j == len(b) || b[j] == ' ' || b[j] == '\n') {
			if e := zh16Given(b, i, j, true); e == j && emit(i, e, "context:mention+given-name") {
				return true
			}
		}
	}
	// A kin word and the person: at the run's start, or after a pronoun or
	// a conjunction ("其配偶毛蓉", "我和女儿欣怡去了").
	for p := i; p+12 <= j; p += 3 {
		if p > i {
			if c := hanAt(b, p-3); c < 0 || !zh16BeforeKin[c] {
				continue
			}
		}
		if c := hanAt(b, p); c < 0 || !zh16KinFirst[c] {
			continue
		}
		if s.zh16Household(p, j, emit) {
			return true
		}
	}
	// A party of a court's record before a colon: "被告：终欣怡，女".
	if left {
		for _, role := range zh16Parties {
			if q := i - len(role) - 3; q >= 0 && hasPrefixAt(b, q, role) && hasPrefixAt(b, i-3, "：") {
				if e := cnSlotName(b, i, j, cnSlotRole, func(e int) bool { return e == j }); e == j && emit(i, e, "context:party") {
					return true
				}
				break
			}
		}
	}
	// A head speaking: "团长雪莹：".
	if k := zh16HasAt(b, i, zh16Heads); k > 0 && (hasPrefixAt(b, j, "：") || j < len(b) && b[j] == ':') && left {
		q := i + k
		if e := cnSlotName(b, q, j, cnSlotRole, func(e int) bool { return e == j }); e == j && emit(q, e, "context:head") {
			return true
		}
		if e := zh16Given(b, q, j, true); e == j && emit(q, e, "context:head+given-name") {
			return true
		}
	}
	// The person a certificate is about, before an ID number in brackets.
	if hasPrefixAt(b, j, "（身份证") || hasPrefixAt(b, j, "(身份证") {
		q := i
		if hasPrefixAt(b, q, "兹有") || hasPrefixAt(b, q, "今有") || hasPrefixAt(b, q, "现有") {
			q += 6
		}
		if left || q > i {
			if e := zh16Full(b, q, j, cnSlotRole, func(e int) bool { return e == j }); e == j && emit(q, e, "context:id-number") {
				return true
			}
		}
	}
	// "本人倪北辰于2021年": the one who writes, by the full name.
	if hasPrefixAt(b, i, "本人") {
		q := i + 6
		if e := cnSlotName(b, q, j, cnSlotRole, func(e int) bool {
			return e+3 == j && hasPrefixAt(b, e, "于") && j < len(b) && isDigit(b[j])
		}); e > q && emit(q, e, "context:self") {
			return true
		}
	}
	// A role's slot (namecn_zh14.go) that a pet name or a rare surname
	// fills: "证人卢豆豆出庭", "导师：井悦悦教授", "志愿者李果果、".
	follows := func(e int) bool { return cnSlotFollows(b, e, j) }
	if cnRoleBeforeField(b, i) {
		if e := zh16Full(b, i, j, cnSlotRole, follows); e > i && emit(i, e, "context:slot+role") {
			return true
		}
	}
	for p := i; p+9 <= j; p += 3 {
		if c := hanAt(b, p); c < 0 || !cnSlotRoleFirst[c] {
			continue
		}
		if q := cnSlotRoleEnd(b, p); q > p {
			if e := zh16Full(b, q, j, cnSlotRole, follows); e > q && emit(q, e, "context:slot+role") {
				return true
			}
		}
	}
	// A table's cell of a rare surname and a given name: "| 山豆豆 |".
	if j-i == 9 && cnFieldEdge(b, i, j) && cnRareSurnames[cnRune(b, i)] {
		if e := zh16Full(b, i, j, cnSlotField, func(e int) bool { return e == j }); e == j && emit(i, e, "context:field+rare-surname") {
			return true
		}
	}
	// A greeting at a field's start: "【菜鸟驿站】帅玉洁您好".
	if left {
		hello := func(e int) bool { return hasPrefixAt(b, e, "您好") || hasPrefixAt(b, e, "你好") }
		if e := zh16Full(b, i, j, cnSlotField, hello); e > i && emit(i, e, "context:hello") {
			return true
		}
	}
	// A rare compound surname and a given name as a field: "太史树森".
	if j-i == 12 && cnFieldEdge(b, i, j) {
		for _, c := range cnRareCompounds {
			if hasPrefixAt(b, i, c) {
				if e := cnSlotName(b, i, j, cnSlotField, func(e int) bool { return e == j }); e == j && emit(i, e, "context:compound") {
					return true
				}
				break
			}
		}
	}
	// A surname that is a word or rare before a form of address, at a
	// field's start or after thanks, a registration or a contact: alone
	// ("谢谢植老师", "挂万主任号"), or with a given name ("经终一诺主任会诊",
	// "1103室 续玉琴女士").
	for p := i; p+9 <= j; p += 3 {
		c := hanAt(b, p)
		if c < 0 || !zh16WordSurnames[c] || p == i && !left {
			continue
		}
		if p > i {
			if c := hanAt(b, p-3); c < 0 || !zh16BeforeSurname[c] {
				continue
			}
		}
		r := rune(c + 0x4E00)
		if e := zh16Given(b, p+3, j, false); e > p && e+6 <= j && cnHonorificAt(b, e) && !cnNonName(b, p, e) && emit(p, e, "context:thanks+surname") {
			return true
		}
		if zh16SurnameWordNot[r] || p == i {
			continue
		}
		if k := zh16HasAt(b, p+3, zh16HonorificAfter); k > 0 && emit(p, p+3, "context:thanks+surname") {
			return true
		}
	}
	if s.zh16Titled(i, j) || s.zh16GivenAfterVerb(i, j) || s.zh16SpacedItem(i, j) {
		return true
	}
	for p := i; p+9 <= j; p += 3 {
		c := hanAt(b, p)
		if c < 0 || !zh16SlotFirst[c] {
			continue
		}
		switch r := rune(c + 0x4E00); {
		case r == '老' && hasPrefixAt(b, p, "老人") && p-i >= 9:
			// An elder by the full name: "的邓跃进老人也赶来".
			for _, q := range []int{p - 12, p - 9, p - 6} {
				if q < i || q > i && !hasPrefixAt(b, q-3, "的") {
					continue
				}
				if e := cnSlotName(b, q, j, cnSlotField, func(e int) bool { return e == p }); e == p && emit(q, e, "context:elder") {
					return true
				}
			}
		case r == '的' && p > i:
			// A person's papers: "内有黎凡凡的银行卡".
			for _, d := range zh16Documents {
				if !hasPrefixAt(b, p+3, d) {
					continue
				}
				for _, q := range []int{p - 12, p - 9, p - 6} {
					if q < i || q > i && !hasPrefixAt(b, q-3, "有") && !hasPrefixAt(b, q-3, "到") {
						continue
					}
					if e := zh16Full(b, q, j, cnSlotRole, func(e int) bool { return e == p }); e == p && emit(q, e, "context:papers") {
						return true
					}
				}
				break
			}
		case (r == '代' || r == '替') && (p == i || cnLeftEdge(b, p)):
			// The one paid for: "代宏伟交学费", "替李娜交电费".
			q := p + 3
			pays := func(e int) bool { r := cnRune(b, e); return e < j && isHan(r) && zh16PayVerbs[r-0x4E00] }
			if e := cnSlotName(b, q, j, cnSlotLoose, pays); e > q && emit(q, e, "context:paid-for") {
				return true
			}
			if e := zh16Given(b, q, j, true); e > q && pays(e) && emit(q, e, "context:paid-for+given-name") {
				return true
			}
		}
	}
	return s.zh16OldYoung(i, j)
}

// zh16Titles are titles of office and of profession that follow a
// person's surname or full name as a form of address does, but that
// cnHonorifics lacks: "刘建国书记", "王局长", "李大夫", "孙德胜老先生".
var zh16Titles = []string{"书记", "局长", "所长", "厂长", "镇长", "县长", "市长", "村长", "董事长", "总经理", "主席", "博士", "院士", "大夫",
	"警官", "法官", "会计", "老板", "老先生", "老太太", "工程师"}

// zh16TitleFirst marks the first characters of zh16Titles.
var zh16TitleFirst = hanTable(`书 局 所 厂 镇 县 市 村 董 总 主 博 院 大 警 法 会 老 工`)

// zh16Titled finds a person before a title of zh16Titles in the run
// [i, j): a surname and one or two given characters, or a surname alone,
// that opens the run or follows a character that stands before a person
// or 的; the title ends the run or a character that follows a person
// comes after it ("史书记载" is no one's).
func (s *scan) zh16Titled(i, j int) bool {
	b := s.b
	for t := i + 3; t+6 <= j; t += 3 {
		if c := hanAt(b, t); c < 0 || !zh16TitleFirst[c] {
			continue
		}
		k := zh16HasAt(b, t, zh16Titles)
		if k == 0 || !cnSlotFollows(b, t+k, j) {
			continue
		}
		at := func(e int) bool { return e == t }
		for _, q := range []int{t - 12, t - 9, t - 6, t - 3} {
			if q < i {
				continue
			}
			if q > i {
				if c := hanAt(b, q-3); c < 0 || !cnBeforeName[c] && c != '的'-0x4E00 {
					continue
				}
			} else if !cnLeftEdge(b, i) {
				continue
			}
			e := -1
			if q == t-3 {
				if r := cnRune(b, q); cnSurnames[r] && !cnSurnameWord[r] && !cnNonNames[string(b[q:t+k])] {
					e = t
				}
			} else {
				e = cnSlotName(b, q, j, cnSlotLoose, at)
			}
			if e == t {
				n := s.emits
				s.emit(PersonName, q, e, 0.75, "context:title")
				if s.emits != n {
					return true
				}
			}
		}
	}
	return false
}

// zh16GiveVerbs are verbs of handing over before the one handed to, and
// zh16WithAfter the words after "和X", "跟X" that make X a companion: a
// given name alone there is a person ("请把材料交给雨桐", "明天和欣妍一起去").
var (
	zh16GiveVerbs = []string{"交给", "转给", "递给", "还给", "借给", "转交", "转告", "多亏了", "多亏"}
	zh16WithAfter = []string{"一起", "见面", "吃饭", "聊天", "商量", "约好"}
)

// zh16GiveFirst marks the first characters of zh16GiveVerbs and of 和, 跟.
var zh16GiveFirst = hanTable(`交 转 递 还 借 多 和 跟`)

// zh16GivenAfterVerb finds a two-character given name alone after a verb
// of handing over, followed by the run's end or a character that follows a
// person, or after 和 or 跟 before a word of company.
func (s *scan) zh16GivenAfterVerb(i, j int) bool {
	b := s.b
	for p := i; p+9 <= j; p += 3 {
		c := hanAt(b, p)
		if c < 0 || !zh16GiveFirst[c] {
			continue
		}
		q, with := -1, false
		if k := zh16HasAt(b, p, zh16GiveVerbs); k > 0 {
			q = p + k
		} else if r := rune(c + 0x4E00); r == '和' || r == '跟' {
			q, with = p+3, true
		}
		if q < 0 {
			continue
		}
		e := zh16Given(b, q, j, false)
		if e < 0 {
			continue
		}
		ok := false
		if with {
			ok = zh16HasAt(b, e, zh16WithAfter) > 0
		} else if e == j {
			ok = cnRightEdge(b, j)
		} else {
			r := cnRune(b, e)
			ok = cnAfterName[r] && !cnGivenChars[r]
		}
		if ok {
			n := s.emits
			s.emit(PersonName, q, e, 0.7, "context:verb+given-name")
			if s.emits != n {
				return true
			}
		}
	}
	return false
}

// zh16SpacedItem finds the next item of a list of people set apart by
// spaces ("三等奖：程泽楷  利启明  欧阳立平", "值班员：安铭　高新"): the run, a field
// of its own, follows two spaces or a full-width one right after a person
// this scan found, and holds a surname and a given name, as a field does.
func (s *scan) zh16SpacedItem(i, j int) bool {
	b := s.b
	if len(s.out) == s.first || j-i < 6 || j-i > 12 || !cnRightEdge(b, j) {
		return false
	}
	k := i
	for k > 0 && b[k-1] == ' ' {
		k--
	}
	if i-k < 2 {
		if k < 3 || !hasPrefixAt(b, k-3, "　") {
			return false
		}
		k -= 3
	}
	last := s.out[len(s.out)-1]
	if last.Type != PersonName || last.End != s.base+int64(k) {
		return false
	}
	// Read as a field: a rare surname with two given characters ("计划书",
	// "山东" and "广东" are no one's).
	e := zh16Full(b, i, j, cnSlotField, func(e int) bool { return e == j })
	if e != j {
		return false
	}
	n := s.emits
	s.emit(PersonName, i, e, 0.75, "context:list+spaced")
	return s.emits != n
}

// zh16Staff are the staff of a building or a shop before a surname alone
// and a form of address: "管家庄主管", "前台王姐".
var zh16Staff = []string{"管家", "物业", "前台", "客服", "保洁", "保安", "上级", "领导"}

// zh16StaffFirst marks the first characters of zh16Staff.
var zh16StaffFirst = hanTable(`管 物 前 客 保 上 领`)

// zh16StaffForms are the forms of address after the staff's surname; 姐 and
// 哥 not doubled ("王姐姐" is the other rules').
var zh16StaffForms = []string{"主管", "经理", "主任", "阿姨", "师傅", "老师", "姐", "哥", "总"}

// zh16StaffSurname finds a surname alone (one that is a word or rare too)
// between a member of staff and a form of address: "请联系管家庄主管",
// "管家余姐或", "直属上级：越总；".
func (s *scan) zh16StaffSurname(i, j int) bool {
	b := s.b
	for p := i; p+9 <= j; p += 3 {
		q := -1
		if c := hanAt(b, p); c >= 0 && zh16StaffFirst[c] {
			if k := zh16HasAt(b, p, zh16Staff); k > 0 {
				q = p + k
			}
		}
		if q < 0 {
			continue
		}
		sl := cnSlotSurname(b, q, j, true)
		if sl == 0 {
			continue
		}
		e := q + sl
		k := zh16HasAt(b, e, zh16StaffForms)
		if k == 0 || k == 3 && e+6 <= j && (hasPrefixAt(b, e+3, "姐") || hasPrefixAt(b, e+3, "哥") || hasPrefixAt(b, e+3, "们")) {
			continue
		}
		n := s.emits
		s.emit(PersonName, q, e, 0.7, "context:staff+surname")
		return s.emits != n
	}
	// "直属上级：越总；": the field after a superior's colon.
	if j-i == 6 && hasPrefixAt(b, i+3, "总") && i >= 9 && hasPrefixAt(b, i-3, "：") && (hasPrefixAt(b, i-9, "上级") || hasPrefixAt(b, i-9, "领导")) && cnSlotSurname(b, i, j, true) == 3 {
		n := s.emits
		s.emit(PersonName, i, i+3, 0.7, "context:staff+surname")
		return s.emits != n
	}
	return false
}

// zh16Household emits the person after a word of zh16Household at p, in
// the run that ends at j: a surname and a given name, or a given name alone.
func (s *scan) zh16Household(p, j int, emit func(q, e int, v string) bool) bool {
	b := s.b
	k := zh16HasAt(b, p, zh16Household)
	if k == 0 {
		return false
	}
	q := p + k
	follows := func(e int) bool {
		if e == j {
			return cnRightEdge(b, j)
		}
		r := cnRune(b, e)
		// A witness: "同事容美琳可作证".
		return cnAfterName[r] && !cnGivenChars[r] || hasPrefixAt(b, e, "可作证") || hasPrefixAt(b, e, "可以作证")
	}
	// A spouse is a person: a rare surname and one given character too
	// ("其配偶通刚与其").
	strength := cnSlotField
	if k == 6 && (hasPrefixAt(b, p, "配偶") || hasPrefixAt(b, p, "爱人")) {
		strength = cnSlotRole
	}
	if e := cnSlotName(b, q, j, strength, follows); e > q && emit(q, e, "context:household") {
		return true
	}
	e := zh16Given(b, q, j, false)
	return e > q && follows(e) && emit(q, e, "context:household+given-name")
}

// zh16OldYoung finds 老 or 小 and a surname ending the run as a list's item
// after a room ("1202室 老段\n"),
// or after a tradesman ("维修师傅老黎。"): the surname is the name.
func (s *scan) zh16OldYoung(i, j int) bool {
	b := s.b
	p := j - 6
	if p < i || !cnRightEdge(b, j) || hasPrefixAt(b, j, "：") || j < len(b) && b[j] == ':' {
		return false
	}
	if c := cnRune(b, p); c != '老' && c != '小' {
		return false
	}
	r := cnRune(b, p+3)
	tradesman := p-i >= 6 && hasPrefixAt(b, p-6, "师傅")
	if !cnSurnames[r] || cnSurnameWord[r] && !(tradesman && !zh16SurnameWordNot[r]) || cnOldYoungNot[string(b[p:j])] {
		return false
	}
	ok := false
	if p == i {
		// A field after a room's number or a list item's number.
		k := i
		for k > 0 && b[k-1] == ' ' {
			k--
		}
		// Not after a list item's number: "1. 小胡 4份" is a nickname to
		// the corpus unheard.
		ok = k < i && k > 0 && (isDigit(b[k-1]) || k >= 3 && (hasPrefixAt(b[:k], k-3, "室") || hasPrefixAt(b[:k], k-3, "号")))
	} else {
		ok = tradesman
	}
	if !ok {
		return false
	}
	n := s.emits
	s.emit(PersonName, p+3, j, 0.7, "old/young+surname")
	return s.emits != n
}
