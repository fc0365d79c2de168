package pii

import (
	"math"
	"math/rand/v2"
	"unicode/utf8"
)

// nameText is a training text and the spans of its person names.
type nameText struct {
	Text  []byte
	Names [][2]int
}

// nameExample is one reading of a run: its features and whether it is a
// labelled name.
type nameExample struct {
	feats []uint32
	name  bool
}

// nameExamples returns the model's readings of every run in t: for each
// capitalised word that begins a run with a lexicon word, the first one,
// two and three words not vetoed: a reading is a name when it is exactly a
// labelled name. The model learns from every run, not only from those the
// rules miss: what the rules miss in text they were tuned on is too little
// and too odd to learn from.
func nameExamples(t nameText, out []nameExample) []nameExample {
	b := t.Text
	mask := uint32(1<<nameModelBits - 1)
	for i := 0; i < len(b); i++ {
		if !capAt(b, i) || i > 0 && wordByte(b[i-1]) {
			continue
		}
		var r modelRun
		if readRun(&r, b, i, word(b, i), nil); !r.named || vetoed(b, &r, 0) {
			continue
		}
		exact, overlap := 0, false
		for _, n := range t.Names {
			if n[0] < r.end[r.n-1] && n[1] > i {
				overlap = true
			}
			if n[0] == i {
				for k := 1; k <= r.n; k++ {
					if n[1] == r.end[k-1] {
						exact = k
					}
				}
			}
		}
		if overlap && exact == 0 {
			exact = -1 // part of a name, or more: no reading is the name
		}
		for k := 1; k <= r.n; k++ {
			if firmAfter(b, r.end[k-1]) {
				break
			}
			if vetoed(b, &r, k) {
				continue
			}
			var fs []uint32
			runFeatures(b, &r, k, func(h uint32) { fs = append(fs, h&mask) })
			out = append(out, nameExample{feats: fs, name: k == exact})
		}
	}
	return out
}

// trainNameModel fits the model's weights to the texts by averaged
// stochastic gradient descent on the logistic loss.
func trainNameModel(texts []nameText, epochs int, seed uint64) []float32 {
	var ex []nameExample
	for _, t := range texts {
		ex = nameExamples(t, ex)
	}
	return trainExamples(ex, epochs, seed)
}

// trainNameModelZH fits the Chinese reading's weights to the texts.
func trainNameModelZH(texts []nameText, epochs int, seed uint64) []float32 {
	var ex []nameExample
	for _, t := range texts {
		ex = hanExamples(t, ex)
	}
	return trainExamples(ex, epochs, seed)
}

// hanExamples returns the Chinese model's readings at every surname's
// character of every run of ideographs in t: a reading is a name when it
// is exactly a labelled name.
func hanExamples(t nameText, out []nameExample) []nameExample {
	b := t.Text
	mask := uint32(1<<nameModelBits - 1)
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if !isHan(r) {
			i += size
			continue
		}
		j := i
		for j < len(b) {
			r, size := utf8.DecodeRune(b[j:])
			if !isHan(r) {
				break
			}
			j += size
		}
		for p := i; p < j; {
			r, size := utf8.DecodeRune(b[p:])
			if cnSurnameTable[r-0x4E00] {
				var rs [4]hanReading
				n := hanReadings(b, p, j, &rs)
				for x := range n {
					e := rs[x].offs[rs[x].k]
					name := false
					for _, nm := range t.Names {
						if nm[0] == p && nm[1] == e {
							name = true
						}
					}
					var fs []uint32
					hanFeatures(b, &rs[x], func(h uint32) { fs = append(fs, h&mask) })
					out = append(out, nameExample{feats: fs, name: name})
				}
			}
			p += size
		}
		i = j
	}
	return out
}

// trainExamples fits weights to the examples by averaged stochastic
// gradient descent on the logistic loss.
func trainExamples(ex []nameExample, epochs int, seed uint64) []float32 {
	n := 1 << nameModelBits
	w := make([]float64, n)
	u := make([]float64, n) // sum of step * update, for the average
	r := rand.New(rand.NewPCG(seed, 1))
	step := 1.0
	for e := range epochs {
		lr := 0.2 / (1 + float64(e))
		r.Shuffle(len(ex), func(i, j int) { ex[i], ex[j] = ex[j], ex[i] })
		for _, x := range ex {
			z := 0.0
			for _, h := range x.feats {
				z += w[h]
			}
			p := 1 / (1 + math.Exp(-z))
			y := 0.0
			if x.name {
				y = 1
			}
			g := lr * (y - p)
			for _, h := range x.feats {
				w[h] += g
				u[h] += step * g
			}
			step++
		}
	}
	out := make([]float32, n)
	for i := range out {
		out[i] = float32(w[i] - u[i]/step)
	}
	return out
}
