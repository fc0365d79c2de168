package pii

import "strings"

// cnProvinceBefore returns where a province's name written without "省"
// or "自治区" ends right before k in run ("广东深圳市", "宁夏银川市",
// "内蒙古包头市"), as people write them, or k.
func cnProvinceBefore(run string, k int) int {
	for _, p := range cnProvinceNames {
		if strings.HasSuffix(run[:k], p) {
			return k - len(p)
		}
	}
	return k
}

// cnNumberEnd returns the end of a house number written as two numbers
// with a dash whose first ends at k ("民族大道136-5号"), or k.
func cnNumberEnd(b []byte, k int) int {
	if k+1 < len(b) && b[k] == '-' && isDigit(b[k+1]) {
		if e := digitRun(b, k+1); e-k <= 4 {
			return e
		}
	}
	return k
}

// cnCommunity returns the end of a residents' community (社区) of two to
// four ideographs at q, the last division of a town's address
// ("…桃洪镇东方社区"), or k.
func cnCommunity(run string, q, k int) int {
	a := strings.Index(run[q:min(len(run), q+18)], "社区")
	if a < 6 {
		return k
	}
	e := q + a + len("社区")
	// Not the community's own offices: "花家地社区居委会", "…社区卫生服务中心".
	for _, o := range []string{"居委", "居民委员会", "党", "工作站", "服务", "卫生", "医院", "食堂", "委员会"} {
		if strings.HasPrefix(run[e:], o) {
			return k
		}
	}
	return e
}
