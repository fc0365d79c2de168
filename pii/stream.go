package pii

import (
	"errors"
	"io"
)

// Streaming bounds. A finding is at most maxFinding bytes long, so holding
// back that much of each chunk means no finding is ever cut at a chunk
// boundary; keeping ctxKeep bytes before the held-back part gives matchers
// their look-behind (context words, an email's local part).
const (
	chunkSize  = 64 << 10
	maxFinding = 512
	ctxKeep    = 128
)

// chunker reads a stream in windows and detects in each.
type chunker struct {
	d    *Detector
	r    io.Reader
	buf  []byte
	off  int64 // stream offset of buf[0]
	from int   // buf[from:to] are the new bytes of the current window
	to   int
	fs   []Finding // findings starting in buf[from:to]
	eof  bool
	done bool
}

func newChunker(r io.Reader, d *Detector) *chunker {
	if d == nil {
		d = Default
	}
	return &chunker{d: d, r: r, buf: make([]byte, 0, chunkSize+maxFinding+ctxKeep)}
}

// next advances to the next window; false at the end or on a read error.
func (c *chunker) next() (bool, error) {
	if c.done {
		return false, nil
	}
	if c.to > 0 {
		drop := max(c.to-ctxKeep, 0)
		n := copy(c.buf, c.buf[drop:])
		c.buf = c.buf[:n]
		c.off += int64(drop)
		c.from = c.to - drop
	}
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
	c.to = len(c.buf)
	if !c.eof {
		c.to = len(c.buf) - maxFinding
	} else {
		c.done = true
	}
	all := c.d.AppendFindings(c.fs[:0], c.buf, c.off)
	c.fs = all[:0]
	for _, f := range all {
		if s := f.Start - c.off; s >= int64(c.from) && s < int64(c.to) {
			c.fs = append(c.fs, f)
		}
	}
	return true, nil
}

// Scanner reads the findings of a stream one at a time, in order of start,
// holding about 65 KiB of the input at once whatever its size. Offsets
// count bytes from the start of the stream.
type Scanner struct {
	c   *chunker
	i   int
	cur Finding
	err error
}

// NewScanner returns a Scanner of r using d (Default when nil).
func NewScanner(r io.Reader, d *Detector) *Scanner {
	return &Scanner{c: newChunker(r, d)}
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
	c := newChunker(r, d)
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
