package ledger

import (
	"crypto/sha256"
	"encoding/binary"

	"golang.org/x/mod/sumdb/tlog"
)

// batchTree is the RFC 6962 Merkle tree over a batch's receipt leaves (see
// BatchLeaf), built level by level: adjacent nodes are paired and a last,
// unpaired node is carried up unchanged, which gives the same root and
// paths as RFC 6962's recursive definition (and tlog's). Building it once
// is O(n) hashes and a handful of allocations; asking tlog for each
// receipt's proof was O(n log n) with allocations per step, a fifth of a
// commit's garbage.
type batchTree struct {
	levels [][]tlog.Hash // levels[0] the leaf hashes, the last the root alone
}

// newBatchTree hashes the leaves of entries at indexes idx with entry
// hashes hashes (32 bytes each).
func newBatchTree(idx []uint64, hashes [][]byte) *batchTree {
	n := len(idx)
	// One backing array for all levels: fewer than 2n nodes in all.
	nodes := make([]tlog.Hash, 0, 2*n)
	var leaf [1 + 8 + tlog.HashSize]byte // 0x00 || index || entry hash
	for i := range idx {
		binary.BigEndian.PutUint64(leaf[1:9], idx[i])
		copy(leaf[9:], hashes[i])
		nodes = append(nodes, sha256.Sum256(leaf[:]))
	}
	t := &batchTree{levels: [][]tlog.Hash{nodes[0:n:n]}}
	var pair [1 + 2*tlog.HashSize]byte // 0x01 || left || right
	pair[0] = 1
	for below := t.levels[0]; len(below) > 1; below = t.levels[len(t.levels)-1] {
		start := len(nodes)
		for i := 0; i+1 < len(below); i += 2 {
			copy(pair[1:], below[i][:])
			copy(pair[1+tlog.HashSize:], below[i+1][:])
			nodes = append(nodes, sha256.Sum256(pair[:]))
		}
		if len(below)%2 == 1 {
			nodes = append(nodes, below[len(below)-1])
		}
		t.levels = append(t.levels, nodes[start:len(nodes):len(nodes)])
	}
	return t
}

// root is the batch's Merkle root.
func (t *batchTree) root() []byte { return t.levels[len(t.levels)-1][0][:] }

// path appends to p the hashes that lead leaf i to the root, leaf side
// first (RFC 6962 PATH, as tlog.ProveRecord gives it). The hashes share
// the tree's memory.
func (t *batchTree) path(p [][]byte, i int) [][]byte {
	for _, level := range t.levels[:len(t.levels)-1] {
		if s := i ^ 1; s < len(level) {
			p = append(p, level[s][:])
		}
		i >>= 1
	}
	return p
}

// pathLen is the length of every path in a tree of n leaves, at most.
func pathLen(n int) int {
	l := 0
	for m := n - 1; m > 0; m >>= 1 {
		l++
	}
	return l
}
