package pii

import (
	"strings"
	"unicode/utf8"
)

// cnNonNames are words and brands that begin with a surname's character
// ("马上", "周末", "李宁"): a short run that begins with one is no name.
var cnNonNames = addWords(map[string]bool{}, "zh_nonnames.txt")

// cnNotGiven are characters that follow a surname's character in ordinary
// words far more often than in given names: "王的", "高了".
var cnNotGiven = setRunes(`的 了 是 在 和 也 就 都 上 下 不 说 个 们 有 这 那 到 去 来 过 着 吗 呢 吧 啊 么 把 被 让 给 对 从
向 与 及 或 等 里 中 内 外 前 后 号 路 街 市 区 县 省 年 月 日 元 点 分 秒 次 件 位 名 条 张 本 种 些 能 会 要 想 可 以 为 所
我 你 他 她 您 设 们 吃 喝 住 穿 买 卖 做 看`)

// cnSurnameAlone are the forms of address after which a surname alone is
// a person ("王师傅", "李老师").
var cnSurnameAlone = func() func(b []byte, p int) bool {
	forms := []string{"师傅", "老师", "小哥", "经理", "主任", "医生", "教授", "律师", "阿姨", "先生", "女士", "小姐", "护士长", "大爷", "大妈", "大叔", "大婶", "奶奶", "爷爷"}
	// Offices too, since session 17 ("白科长已核验", and in session 18
	// "已与韦校长沟通"); not after 新任, 前任,
	// 现任 ("前任院长王佳怡"), where 任 is no surname.
	offices := []string{"科长", "处长", "局长", "所长", "院长", "站长", "干事", "警官", "校长", "楼长", "队长"}
	return func(b []byte, p int) bool {
		for _, f := range forms {
			if hasPrefixAt(b, p, f) {
				return true
			}
		}
		for _, f := range offices {
			if hasPrefixAt(b, p, f) {
				r, _ := utf8.DecodeLastRune(b[:max(0, p-3)])
				return !(p >= 6 && hasPrefixAt(b, p-3, "任") && isHan(r))
			}
		}
		return false
	}
}()

// cnNonName reports whether the ideographs [start, end) begin with a word
// or brand of cnNonNames, or have a character that ordinary words put
// after a surname's character.
func cnNonName(b []byte, start, end int) bool {
	w := b[start:end]
	// A place: a town, village, county, district or road ("龙泉镇", "王庄村").
	if r, _ := utf8.DecodeLastRune(w); len(w) > 3 && (strings.ContainsRune("镇村乡县区市省路街鎮鄉縣區", r) || isHan(r) && cnPlaceFinal[r-0x4E00]) {
		return true
	}
	// A line of goods with its count: "陈皮  x3".
	if cnQuantityAfter(b, end) {
		return true
	}
	// A surname's character that is a word of its own before a word:
	// "于周五", "和周末".
	if r, size := cnDecodeRune(w); cnSurnameWord[r] && cnWordIn(w[size:]) {
		return true
	}
	for k, n := 0, 0; k < len(w) && n < 4; n++ {
		r, size := cnDecodeRune(w[k:])
		if k > 0 && cnNotGiven[r] && !cnKeGiven(w, k, r, size) {
			return true
		}
		k += size
		if n > 0 && cnNonNames[string(w[:k])] && !cnNameOverWord(w, k, n) {
			return true
		}
	}
	return false
}

// cnFieldEdge reports whether the byte before a run of ideographs at i, or
// the one after it at e, sets the run apart as a field of its own: the start
// or end of the text or a line, a separator of CSV, JSON or key=value, a
// chat speaker's colon, Chinese punctuation, a full-width bar of a table.
func cnFieldEdge(b []byte, i, e int) bool {
	return cnLeftEdge(b, i) && cnRightEdge(b, e)
}

// cnLeftEdge is cnFieldEdge's test of the byte before i.
func cnLeftEdge(b []byte, i int) bool {
	left := i == 0
	if !left {
		c := b[i-1]
		left = c == '\n' || c == ',' || c == ';' || c == '"' || c == '\'' || c == '=' || c == ':' || c == ' ' || c == '\t' || c == '|' || c == '\r' || c == '-' || c == '@' || c == '>' || c == '(' || c == '['
		if !left && i >= 3 {
			r, _ := utf8.DecodeLastRune(b[:i])
			left = strings.ContainsRune("，：、；（“「【】—｜。！？", r)
		}
	}
	return left
}

// cnRightEdge is cnFieldEdge's test of the byte at e.
func cnRightEdge(b []byte, e int) bool {
	if e >= len(b) {
		return true
	}
	c := b[e]
	if c < 0x80 {
		return c == '\n' || c == ',' || c == ';' || c == '"' || c == '\'' || c == ':' || c == ' ' || c == '\t' || c == '|' || c == '\r' || c == '<' || c == '(' || c == ')' || c == ']'
	}
	r, _ := cnDecodeRune(b[e:])
	return strings.ContainsRune("，：、；（）”」】。！？｜", r)
}

// cnShapeName finds a name that is a field of its own: a run of two to
// four ideographs that begins with a surname, stands between separators
// ("张伟,北京市…", "receiver=王芳 ", "[09:41] 李娜：", a signature line) and
// is no common word; or a given name after "亲爱的".
func (s *scan) cnShapeName(i int, offs []int, n int) (int, bool) {
	b := s.b
	if n >= 24 {
		return 0, false
	}
	for _, cue := range []string{"亲爱的", "尊敬的"} {
		if hasPrefixAt(b, i, cue) {
			from := utf8.RuneCountInString(cue)
			// A role before the person: "尊敬的业主王芳"; the role alone is
			// no name ("尊敬的用户：").
			for _, role := range cnGreetRoles {
				if from+2 <= n && hasPrefixAt(b, offs[from], role) {
					if from+2 == n || surnameLen(b, offs[from+2:n+1]) == 0 {
						return 0, false
					}
					from += 2
					break
				}
			}
			if rest := n - from; rest >= 2 && (rest <= 3 || rest == 4 && surnameLen(b, offs[from:n+1]) == 2) && cnFieldEdge(b, i, offs[n]) && !cnNonName(b, offs[from], offs[n]) {
				s.emit(PersonName, offs[from], offs[n], 0.8, "context:greeting")
				return offs[n], true
			}
			return 0, false
		}
	}
	if end, ok := s.cnRoleName(offs, n); ok {
		return end, true
	}
	if end, ok := s.cnBossName(i, offs, n); ok {
		return end, true
	}
	if end, ok := s.cnBossAtEnd(offs, n); ok {
		return end, true
	}
	if end, ok := s.cnOldYoung(offs, n); ok {
		return end, true
	}
	if end, ok := s.cnCuedName(offs, n); ok {
		return end, true
	}
	if end, ok := s.cnHelloName(offs, n); ok {
		return end, true
	}
	if end, ok := s.cnGivenName(offs, n); ok {
		return end, true
	}
	k := surnameLen(b, offs)
	if k > 0 && n > k+2 && cnLeftEdge(b, i) {
		// A field's start, a surname, two given-name characters and a
		// character that follows a person: "于子轩您好", "，戴春燕写道",
		// "待办：宋若汐联系物业".
		rune1 := func(c int) rune { r, _ := cnDecodeRune(b[offs[c]:]); return r }
		if !(k == 1 && cnSurnameWord[rune1(0)]) && cnGivenChars[rune1(k)] && cnGivenChars[rune1(k+1)] && cnAfterName[rune1(k+2)] &&
			!cnNonName(b, i, offs[k+2]) && !cnWordAt(b, offs[k:n+1]) {
			s.emit(PersonName, i, offs[k+2], 0.75, "field+surname+given-characters")
			return offs[k+2], true
		}
		// One given character before a character that follows a person
		// and begins no given name: "白敏您好", "罗军也一起来".
		if !(k == 1 && cnSurnameWord[rune1(0)]) && cnGivenChars[rune1(k)] && cnAfterName[rune1(k+1)] && !cnGivenChars[rune1(k+1)] &&
			!cnNonName(b, i, offs[k+1]) && !cnWordAt(b, offs[:n+1]) && !cnWordAt(b, offs[k:n+1]) {
			s.emit(PersonName, i, offs[k+1], 0.7, "field+surname+given-character")
			return offs[k+1], true
		}
	}
	if k == 0 || n-k < 1 || n-k > 2 || cnNonName(b, i, offs[n]) || zh15NotName(b, i, offs[n]) {
		return 0, false
	}
	if !cnFieldEdge(b, i, offs[n]) {
		// An amount or an age after a name ("罗卫东950元、", "：张宇650元"):
		// a digit ends the field when every given character is one that
		// names are made of.
		if !cnLeftEdge(b, i) || offs[n] >= len(b) || !isDigit(b[offs[n]]) {
			return 0, false
		}
		for c := k; c < n; c++ {
			if r, _ := cnDecodeRune(b[offs[c]:]); !cnGivenChars[r] {
				return 0, false
			}
		}
	}
	s.emit(PersonName, i, offs[n], 0.8, "surname+field")
	return offs[n], true
}

// cnCues introduce a person inside a sentence: "帮我问一下王芳方案改好了没".
var cnCues = []string{"律师", "医生", "护士", "老师", "主管", "经理", "问一下", "问问", "告诉", "通知", "联系", "提醒", "感谢", "转告", "麻烦", "发给", "交给", "转给",
	"和", "跟", "找", "叫", "同事", "朋友", "客户", "用户", "老板", "同学", "领导", "负责人", "经办人", "谢谢",
	// Roles a record or a notice names a person by.
	"业主", "房东", "租客", "家属", "患者", "病人", "继承人", "当事人", "申请人", "委托人", "监护人"}

// cnCueFirst marks the ideographs (from U+4E00) that begin a cue.
var cnCueFirst = func() (t [0x9FFF - 0x4E00 + 1]bool) {
	for _, c := range cnCues {
		r, _ := utf8.DecodeRuneInString(c)
		t[r-0x4E00] = true
	}
	return t
}()

// cnCuedName finds a surname and a one- or two-character given name after
// a cue inside the run at offs; the given name is as long as leaves a
// known word or the run's end after it.
func (s *scan) cnCuedName(offs []int, n int) (int, bool) {
	b := s.b
	for h := 0; h+3 < n; h++ {
		// Most characters begin no cue: one table lookup rules them out.
		if r, _ := cnDecodeRune(b[offs[h]:]); !isHan(r) || !cnCueFirst[r-0x4E00] {
			continue
		}
		for _, cue := range cnCues {
			if !hasPrefixAt(b, offs[h], cue) {
				continue
			}
			from := h + utf8.RuneCountInString(cue)
			if end, ok := s.cnNameAfterCue(offs, n, from, len(cue) == 3); ok {
				return end, true
			}
			break
		}
	}
	return 0, false
}

// cnNameAfterCue finds a surname and a one- or two-character given name at
// offs[from]. After a one-character cue ("和", "跟", which join words as
// often as people) the given name must be two given-name characters.
func (s *scan) cnNameAfterCue(offs []int, n, from int, strict bool) (int, bool) {
	b := s.b
	k := surnameLen(b, offs[from:n+1])
	if k == 0 {
		return 0, false
	}
	rune1 := func(c int) rune { r, _ := cnDecodeRune(b[offs[c]:]); return r }
	if strict {
		if end, ok := s.cnTogetherName(offs, n, from, k); ok {
			return end, true
		}
	}
	if strict && (k == 1 && cnSurnameWord[rune1(from)] || from+k+2 > n || !cnGivenChars[rune1(from+k)] ||
		!cnGivenChars[rune1(from+k+1)] || from+k+2 < n && !cnAfterName[rune1(from+k+2)]) {
		return 0, false
	}
	for _, g := range []int{2, 1} {
		e := from + k + g
		if e > n {
			continue
		}
		// Most given names have two characters: one only when the
		// second would be a function word or begin a word ("跟王说了";
		// "和李明天见" reads 李明 as the name too: the text cannot tell).
		if g == 2 && (cnNotGiven[rune1(from+k+1)] || cnWordAt(b, offs[from+k+1:n+1])) {
			continue
		}
		if cnNonName(b, offs[from], offs[e]) || zh15NamedAfter(b, offs[e]) {
			return 0, false
		}
		s.emit(PersonName, offs[from], offs[e], 0.75, "context:cue+surname")
		return offs[e], true
	}
	return 0, false
}

// cnWordAt reports whether a word of cnNonNames begins at offs[0].
func cnWordAt(b []byte, offs []int) bool {
	for l := 2; l <= 4 && l < len(offs); l++ {
		if cnNonNames[string(b[offs[0]:offs[l]])] {
			return true
		}
	}
	return false
}

// cnFieldWords name a form's fields: after a label ("客户姓名", "用户名称")
// they are the header, not a name.
var cnFieldWords = set(`姓名 名字 名称 名 电话 手机 手机号 地址 信息 编号 类型 名单 列表 账号 编码 邮箱 号码 单位 部门 性别 年龄 证件
身份证 备注 签名 签字 日期 时间 ID id 等级 服务 反馈 须知 资料
名册 花名册 名录 档案 手册 守则 协议 成绩 宿舍 食堂 公寓 代表 评价 管理 登记 通讯录
位置 职务 职位 岗位 角色 班级 学号 工号 科室 职称 得分 分数 排名 名次 组别 项目 籍贯 民族 学历 专业 状态 次数 金额`)

// cnFieldWord reports whether the ideographs [start, end) are a field's
// name, a label, or a value that names no one.
func cnFieldWord(b []byte, start, end int) bool {
	w := string(b[start:end])
	if cnFieldWords[w] || cnNoPersonValues[w] {
		return true
	}
	for _, l := range cnNameLabels {
		if w == l {
			return true
		}
	}
	return false
}

// cnGivenChars are the characters most used in given names (the
// Ministry of Public Security's name statistics, 2019-2021 report, and
// earlier decades, widened with the characters of the ministry's lists of
// the most common two-character given names): a surname followed by two of
// them is likely a name.
var cnGivenChars = setRunes(`伟 芳 娜 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 秀 霞 平 刚 桂 英 华 玉 萍 红 鹏 飞 宇 浩 然 子 轩 涵 梓 欣
怡 雨 泽 晨 博 文 俊 思 佳 琪 嘉 诗 梦 瑶 婷 雪 梅 志 建 国 东 海 林 峰 斌 辉 亮 波 宁 春 燕 兰 凤 琳 晶 慧 颖 倩 玲 莉 蕾 洁 岚 彤
鑫 昊 晓 振 家 成 龙 立 新 永 德 金 秋 冬 月 晴 悦 瑞 安 乐 诺 宸 睿 铭 皓 昱 煜 钰 璐 露 馨 妍 雯 菲 薇 曦 若 依 晗 沫 语 航 远 鸣
辰 逸 凯 豪 帆 翔 宏 彬 坤 毅 荣 茂 庆 祥 福 贵 生 胜 兵 斌 健 康 忠 诚 信 仁 义 礼 智 勤 俭 淑 贤 惠 巧 婉 娴 雅 琴 瑾 璇
瑜 珊 珍 珠 翠 碧 莹 莺 蓉 菊 兰 芬 芝 芸 荷 桃 柳 杨 柏 松 竹 森 楠 榕 桐 杰 彦 豪 骏 驰 腾 跃 扬 帅 威 武 雄 锋 钢 铁 鑫 淼 森
磊 焱 垚 晶 欢 笑 恩 爱 心 怀 梓 萱 彤 妤 婕 嫣 娇 媛 姗 妮 娅 娴 嫱 晴 昕 景 晏 晟 昭 显 朗 耀 炜 烨 熠 灿 煊 宁 静 婧 靖 谦
逸 轩 宇 浩 然 子 墨 奕 辰 铭 泽 睿 哲 恒 毅 旭 晨 阳 昊 宸 霖 沐 洋 涵 润 源 清 溪 泉 江 河 湘 湖 雨 霏 露 霜 雪 云 岚 峰 岩 山
丹 冰 君 启 坚 如 妙 姝 孝 宝 寒 尧 岳 巍 庭 廷 弘 彩 忆 恺 悠 惜 慈 懿 斐 旋 昌 昶 晖 暄 曼 朋 杉 枫 柔 栋 桦 棋 楷 樱
橙 沁 沛 泓 泰 浚 淇 淳 渊 潇 澄 澜 炎 炳 烁 焕 熙 爽 玄 玮 玥 珂 珏 珑 琛 琦 琨 琼 瑛 瑗 璋 甜 畅 皎 硕 祺 笛 筠 箫 紫
绍 羽 翊 翌 聪 胤 芊 芷 茜 莎 菁 萌 蓓 蕊 蕙 虹 蝶 谊 豫 赫 迪 钦 钧 锐 锦 雁 雍 霄 靓 韬 韵 颂 飒 馥 驹 骞 鸿 鹤 鼎 冠
凝 勋 垣 壮 姿 婵 嫚 宣 寅 崇 彪 彰 恬 慕 抒 昀 昆 曜 朔 栩 榆 毓 洲 湛 滢 澈 炫 璟 筱 绮 翰 聿 蔓 隽 骁 魁 黛
可 天 佑 书 汐 贞 卫 利 光 民 亚 素 美 元 茹 希 川 禾 少 群 银 抗 花`)

// cnOnlyGiven are given names' characters that, after a surname, make no
// word of the language: "杨芳", "王娜" are people, where "高超" or "安静"
// are words.
var cnOnlyGiven = setRunes(`芳 娜 伟 敏 娟 磊 艳 霞 涛 丽 婷 萍 颖 倩 玲 莉 琳 燕`)

// cnBeforeName and cnAfterName are characters that stand right before and
// right after a person inside a sentence: "多亏了王雪梅帮忙", "何志强说".
var cnBeforeName = hanTable(`了 和 跟 给 让 被 由 请 找 向 对 叫 问 把 与 同 及 是 见 帮 谢 亏 哥 姐 弟 妹 爷 奶 嫂 叔 姨 舅 友 事 户 长 员 师 生
主 台 服 名 客 娘 傅 民 者 告 家 工 官 警 儿 人 伴`)

// cnRoleEnd are the last characters of words for a person's role or kin
// ("业主", "乘客", "同事", "前台", "表哥"): after one, a surname and a single
// given character are a name.
var cnRoleEnd = setRunes(`主 户 客 员 友 事 师 生 台 服 名 长 哥 姐 弟 妹 爷 奶 嫂 叔 姨 舅 娘 傅 民 者 告 家 工 官 警 儿 伴`)

// hanTable marks the ideographs of s in a table indexed from U+4E00: the
// scan asks it of every character of a run, where a map costs too much.
func hanTable(s string) *[0x9FFF - 0x4E00 + 1]bool {
	var t [0x9FFF - 0x4E00 + 1]bool
	for _, r := range s {
		if isHan(r) {
			t[r-0x4E00] = true
		}
	}
	return &t
}

var cnAfterName = setRunes(`说 帮 来 去 在 是 的 和 也 都 已 把 给 今 明 昨 负 打 发 回 问 提 要 会 刚 正 又 还 就 才 让 对 跟 请 表 觉 认 希
将 很 不 没 先 已 买 卖 做 写 寄 收 签 付 退 服 开 坐 住 带 拿 看 听 约 聊 讲 谈 商 等 接 送
驾 您 联 态 每 轻 人 一 告 诉 与 称 介 冒 出 为 持`)

// cnSurnameWord are surnames' characters that are far more often a word
// of their own inside a sentence: "和", "于", "全新".
var cnSurnameWord = setRunes(`和 于 全 万 向 时 安 成 明 文 方 常 温 石 从 能 都 双 国 东 连 解 曲 应 党 车 路 项 管 华 商 沙`)

// cnGivenName finds a name inside a run by the characters around it: a
// character that stands before a person, a surname, two given-name
// characters (or one, before a character that follows a person), and a
// character that follows a person or the run's end.
func (s *scan) cnGivenName(offs []int, n int) (int, bool) {
	b := s.b
	rune1 := func(k int) rune { r, _ := cnDecodeRune(b[offs[k]:]); return r }
	for h := 1; h+2 <= n; h++ {
		if r := rune1(h - 1); !isHan(r) || !cnBeforeName[r-0x4E00] {
			continue
		}
		k := surnameLen(b, offs[h:n+1])
		if k == 0 || surnameLen(b, offs[h-1:n+1]) == 2 || h >= 2 && surnameLen(b, offs[h-2:n+1]) == 2 || cnSurnameWord[rune1(h)] {
			continue // no surname, the second half of one ("长孙", "上官桂芳"), or a word
		}
		g := h + k
		// Two given characters only: one reads too many words ("麦子",
		// "白家", "温泉").
		for _, l := range []int{2, 1} {
			e := g + l
			// One given character only after a word for a person's role
			// or kin, when the run ends after it or a verb that follows a
			// person does: "业主刘超。", "乘客陶静轻微"; not "给了麦子和".
			// Or after any character that stands before a person when the
			// given character is one that makes no word with a surname
			// ("嘉宾是杨芳，", "给王娜打电话").
			if e > n || l == 1 && (!cnRoleEnd[rune1(h-1)] && !cnOnlyGiven[rune1(g)] || e < n && (!cnAfterName[rune1(e)] || cnGivenChars[rune1(e)])) {
				continue
			}
			ok := true
			for c := g; c < e; c++ {
				ok = ok && cnGivenChars[rune1(c)]
			}
			if !ok || e < n && !cnAfterName[rune1(e)] {
				continue
			}
			if cnNonName(b, offs[h], offs[e]) || cnWordAt(b, offs[h:n+1]) || cnWordAt(b, offs[g:n+1]) {
				break
			}
			s.emit(PersonName, offs[h], offs[e], 0.7, "surname+given-characters")
			return offs[e], true
		}
	}
	return 0, false
}

// cnListedName finds the next of a list of people inside a sentence, right
// after a name this scan found and "、", "，", "和" or "及" ("谢平、胡军和何强同学
// 的家长", "[3] 沈伟，刘强. "): a surname and one or two given-name
// characters, followed by the run's end or a character that follows a
// person ("同" of 同学, "等").
func (s *scan) cnListedName(offs []int, n, i int) (int, bool) {
	b := s.b
	if len(s.out) == s.first || n < 2 {
		return 0, false
	}
	last := s.out[len(s.out)-1]
	if last.Type != PersonName {
		return 0, false
	}
	from := 0
	switch end := s.base + int64(i); {
	case i >= 3 && (hasPrefixAt(b, i-3, "、") || hasPrefixAt(b, i-3, "，")) && last.End == end-3:
	case (hasPrefixAt(b, i, "和") || hasPrefixAt(b, i, "及")) && last.End == end:
		from = 1
	default:
		return 0, false
	}
	rune1 := func(c int) rune { r, _ := cnDecodeRune(b[offs[c]:]); return r }
	k := surnameLen(b, offs[from:n+1])
	if k == 0 || k == 1 && cnSurnameWord[rune1(from)] {
		return 0, false
	}
	for _, g := range []int{2, 1} {
		e := from + k + g
		if e > n {
			continue
		}
		ok := g == 1 || rune1(e-1) != '和' && rune1(e-1) != '及'
		for c := from + k; c < e; c++ {
			ok = ok && cnGivenChars[rune1(c)]
		}
		if !ok || e < n && !cnAfterName[rune1(e)] && rune1(e) != '同' && rune1(e) != '等' && rune1(e) != '及' {
			continue
		}
		if cnNonName(b, offs[from], offs[e]) || cnOrgRun(b, offs[from], offs[n]) {
			return 0, false
		}
		s.emit(PersonName, offs[from], offs[e], 0.8, "context:list+surname")
		return offs[e], true
	}
	return 0, false
}

// cnRune returns the character at p.
func cnRune(b []byte, p int) rune { r, _ := cnDecodeRune(b[p:]); return r }

// cnDecodeRune is utf8.DecodeRune, which decodes only ASCII without a call:
// the Chinese name rules decode every ideograph they read, three bytes
// each. A lead byte of E1 to EC, EE or EF and two continuation bytes are
// always a valid character (E0 and ED have narrower second bytes, and go
// to the library with everything else).
func cnDecodeRune(b []byte) (rune, int) {
	if len(b) >= 3 && (b[0] >= 0xE1 && b[0] <= 0xEC || b[0] >= 0xEE && b[0] <= 0xEF) && b[1]&0xC0 == 0x80 && b[2]&0xC0 == 0x80 {
		return rune(b[0]&0x0F)<<12 | rune(b[1]&0x3F)<<6 | rune(b[2]&0x3F), 3
	}
	return utf8.DecodeRune(b)
}

// cnHonorificAt reports whether a form of address begins at p.
func cnHonorificAt(b []byte, p int) bool {
	if !cnHonorificFirst.may(b, p) {
		return false // no honorific begins with this character
	}
	for _, hon := range cnHonorifics {
		if hasPrefixAt(b, p, hon) {
			return true
		}
	}
	return false
}
