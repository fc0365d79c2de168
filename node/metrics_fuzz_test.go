package node

import "testing"

// FuzzReadCheckpoint feeds arbitrary notes to the metrics' checkpoint
// reader: it must never panic, and report only well-formed cosignatures.
func FuzzReadCheckpoint(f *testing.F) {
	f.Add([]byte("cn-node\n4\nb3+WlkcT7fNcNWUG8e8cBpzgxI7NcXY7X9Wr/tv23wc=\n\n\u2014 cn-node AAAAAA==\n\u2014 de-node/witness AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n"), "cn-node")
	f.Add([]byte(""), "")
	f.Add([]byte("\n\n\n\n"), "x")
	f.Fuzz(func(t *testing.T, raw []byte, origin string) {
		_, cosigs := readCheckpoint(raw, origin)
		for name := range cosigs {
			if name == origin || name == "" {
				t.Fatalf("the log's own signature or a nameless one counted as a cosignature: %q", name)
			}
		}
	})
}
