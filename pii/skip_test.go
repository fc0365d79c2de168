package pii

import (
	"bytes"
	"math/rand/v2"
	"testing"
)

// TestSwarLastIndexByte checks swarLastIndexByte against
// bytes.LastIndexByte on random texts of the bytes that could fool a lane
// test: zero, the high bit, a lane's neighbours of c.
func TestSwarLastIndexByte(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	alphabet := []byte{0, 1, '\n', '\v', 'a', 0x7f, 0x80, 0x8a, 0x8b, 0xff}
	for n := 0; n < 100000; n++ {
		b := make([]byte, r.IntN(40))
		for k := range b {
			b[k] = alphabet[r.IntN(len(alphabet))]
			if r.IntN(3) == 0 {
				b[k] = byte(r.IntN(256))
			}
		}
		c := alphabet[r.IntN(len(alphabet))]
		if got, want := swarLastIndexByte(b, c), bytes.LastIndexByte(b, c); got != want {
			t.Fatalf("swarLastIndexByte(%q, %q) = %d, want %d", b, c, got, want)
		}
	}
}
