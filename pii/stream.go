package pii

import (
	"errors"
	"io"
	"math"
)

// Streaming bounds. The detector looks at most lookBehind bytes before a
// candidate (context words, an email's local part, the start of an
// address) and moves at most maxAdvance bytes past it; no finding is longer
// than maxFinding. So a window scanned up to hold bytes before its end sees
// everything a scan of the whole stream would, and a finding that ends
// settle bytes before the cursor can no longer be replaced by one found
// later (see scan.emit).
const (
	chunkSize  = 64 << 10
	lookBehind = 256
	hold       = 1024 // > maxAdvance + maxFinding
	settle     = 256  // >= the furthest a finding starts before its candidate
	maxFinding = 512
)

// chunker reads a stream in overlapping windows and scans each from where
// the previous scan stopped, carrying the cursor, the end of the last
// finding and the findings not yet settled, so that a stream gives exactly
// the findings of Detect on the whole input, in bounded memory.
type chunker struct {
	d     *Detector
	r     io.Reader
	chunk int // new bytes per window: chunkSize, smaller in tests

	buf     []byte
	off     int64     // stream offset of buf[0]
	cursor  int64     // where the next scan starts
	floor   int64     // end of the last finding emitted
	pending []Finding // emitted, not yet settled
	fs      []Finding // the findings settled by the last window
	settled int64     // no finding settled later starts before this
	keep    int64     // the consumer still needs buf from here (Stream); MaxInt64 for none
	// The scan's memory of the words before the cursor, as stream offsets
	// (see scan.caps, nameFloor and nameStart): carried so that a window
	// reads a word after a boundary as a whole-text scan does.
	caps, nameFloor, nameStart int64
	recall                     recall
	table, csv, columns        tableMemory
	eof                        bool
	done                       bool
}

func newChunker(r io.Reader, d *Detector, chunk int) *chunker {
	if d == nil {
		d = Default
	}
	if chunk <= 0 {
		chunk = chunkSize
	}
	return &chunker{d: d, r: r, chunk: chunk, keep: math.MaxInt64,
		buf: make([]byte, 0, chunk+hold+lookBehind+maxFinding+settle)}
}

// next scans the next window and sets fs and settled; it returns false at
// the end of the stream or on a read error.
func (c *chunker) next() (bool, error) {
	if c.done {
		return false, nil
	}
	// Keep what later scans may look back at, the text of unsettled
	// findings and what the consumer has not written yet.
	from := c.cursor - lookBehind
	if len(c.pending) > 0 {
		from = min(from, c.pending[0].Start)
	}
	from = max(min(from, c.keep), c.off)
	n := copy(c.buf, c.buf[from-c.off:])
	c.buf = c.buf[:n]
	c.off = from
	for !c.eof && len(c.buf) < cap(c.buf) {
		n, err := c.r.Read(c.buf[len(c.buf):cap(c.buf)])
		c.buf = c.buf[:len(c.buf)+n]
		if errors.Is(err, io.EOF) {
			c.eof = true
		} else if err != nil {
			c.done = true
			return false, err
		}
	}
	stop := len(c.buf)
	if !c.eof {
		stop -= hold
	} else {
		c.done = true
	}
	if int(c.cursor-c.off) >= stop && !c.done {
		// No room to scan: only a finding longer than maxFinding, which no
		// matcher makes, could hold the window back. Settle what is pending
		// rather than stop making progress.
		c.fs = append(c.fs[:0], c.pending...)
		c.pending = c.pending[:0]
		c.settled = c.cursor
		return true, nil
	}
	refreshToday()
	s := scan{d: c.d, b: c.buf, out: c.pending, base: c.off, floor: max(int(c.floor-c.off), 0)}
	if c.caps > c.off {
		s.caps = int(c.caps - c.off)
	}
	if c.nameStart >= c.off {
		s.nameFloor, s.nameStart = max(int(c.nameFloor-c.off), 0), int(c.nameStart-c.off)
	}
	s.recall, s.table, s.csv, s.columns = c.recall, c.table, c.csv, c.columns
	cur := s.run(int(c.cursor-c.off), stop)
	c.recall, c.table, c.csv, c.columns = s.recall, s.table, s.csv, s.columns
	if s.caps > 0 {
		c.caps = c.off + int64(s.caps)
	}
	c.nameFloor, c.nameStart = c.off+int64(s.nameFloor), c.off+int64(s.nameStart)
	c.cursor = c.off + int64(cur)
	c.floor = max(c.floor, c.off+int64(s.floor))
	all := s.out
	c.settled = c.off + int64(len(c.buf))
	k := len(all)
	if !c.eof {
		c.settled = c.cursor - settle
		for k > 0 && all[k-1].End > c.settled {
			k--
		}
		if k < len(all) {
			c.settled = min(c.settled, all[k].Start)
		}
	}
	c.fs = append(c.fs[:0], all[:k]...)
	c.pending = append(all[:0], all[k:]...)
	return true, nil
}

// Scanner reads the findings of a stream one at a time, in order of start,
// holding about 66 KiB of the input at once whatever its size. Offsets
// count bytes from the start of the stream. The findings are those Detect
// returns for the whole input when it reads the same normalised (see
// normalise.go): a stream is read as written, so an identifier in
// full-width digits or broken by zero-width characters is found by Detect
// and by a Minimiser's record methods, not by a Scanner.
type Scanner struct {
	c   *chunker
	i   int
	cur Finding
	err error
}

// NewScanner returns a Scanner of r using d (Default when nil).
func NewScanner(r io.Reader, d *Detector) *Scanner {
	return &Scanner{c: newChunker(r, d, 0)}
}

// Scan advances to the next finding and reports whether there is one.
func (s *Scanner) Scan() bool {
	for s.i >= len(s.c.fs) {
		ok, err := s.c.next()
		if !ok {
			s.err = err
			return false
		}
		s.i = 0
	}
	s.cur = s.c.fs[s.i]
	s.i++
	return true
}

// Finding returns the finding Scan advanced to.
func (s *Scanner) Finding() Finding { return s.cur }

// Err returns the read error that stopped Scan, if any.
func (s *Scanner) Err() error { return s.err }

// ScanFunc calls fn for every finding in r, in order, in bounded memory, and
// stops at the first error fn or the reader returns.
func (d *Detector) ScanFunc(r io.Reader, fn func(Finding) error) error {
	return scanChunks(newChunker(r, d, 0), fn)
}

func scanChunks(c *chunker, fn func(Finding) error) error {
	for {
		ok, err := c.next()
		if !ok {
			return err
		}
		for _, f := range c.fs {
			if err := fn(f); err != nil {
				return err
			}
		}
	}
}
