package pii

// zh17BossAlso reports whether "也" after a boss's "总" at offs[j] goes on
// with a verb of coming or joining ("收到，朱总也来吗", "王总也参加"): the
// boss comes too, not "总也" (always).
func zh17BossAlso(b []byte, offs []int, j, n int) bool {
	if j+1 >= n || !hasPrefixAt(b, offs[j], "也") {
		return false
	}
	for _, v := range []string{"来", "去", "到", "参加", "在", "同意", "知道", "说", "要"} {
		if hasPrefixAt(b, offs[j+1], v) {
			return true
		}
	}
	return false
}
