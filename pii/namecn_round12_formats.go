package pii

// The roles Chinese credits, bylines, theses and programmes print before
// a person with a colon (or a space): a film's or a play's crew
// ("导演：", "编剧：", "主演："), a paper's byline ("记者 ", "通讯员 ",
// "实习生 "), a thesis's title page ("研究生：", "指导教师："), a
// programme's guest ("嘉宾：") and an exam's invigilator ("监考：").
// cnRoleLabels has no filter built from it, so appending here is safe.
func init() {
	cnRoleLabels = append(cnRoleLabels, "导演", "副导演", "编剧", "制片人", "制片", "监制", "出品人", "摄影", "摄像", "剪辑",
		"美术", "美术设计", "舞美设计", "灯光设计", "服装设计", "造型设计", "作曲", "作词", "编曲", "主演", "领衔主演", "配音", "主持人",
		"主持", "记者", "通讯员", "实习生", "特约记者", "责任编辑", "责编", "编辑", "校对", "翻译", "译者", "作者", "撰稿", "执笔", "策划",
		"统筹", "研究生", "指导教师", "导师", "答辩人", "嘉宾", "监考", "主讲人", "主讲", "讲师", "审稿")
}

// cnBylineSlash reports whether a byline's role and a slash stand right
// before i, as Chinese papers credit a text or a photo: "文/张伟",
// "图/李娜", "摄影/王芳". The name ends the byline's field (a space, a
// line's end) and is no common word ("图/文件").
func cnBylineSlash(b []byte, i, runEnd int) bool {
	if i < 4 || b[i-1] != '/' || runEnd >= len(b) || b[runEnd] != ' ' && b[runEnd] != '\n' || runEnd-i > 12 || cnWordIn(b[i:runEnd]) {
		return false
	}
	p := i - 1
	for _, l := range [...]string{"文", "图", "摄", "摄影", "记者"} {
		if p >= len(l) && string(b[p-len(l):p]) == l && (p == len(l) || b[p-len(l)-1] == '\n' || b[p-len(l)-1] == ' ') {
			return true
		}
	}
	return false
}
