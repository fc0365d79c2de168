package pii

import (
	"bufio"
	"io"
	"strings"
)

// replacement is what a finding becomes under a method.
func (m *Minimiser) replacement(f Finding, s, method, param string) string {
	s = normalString(s) // "１３８…" masks, pseudonymises and generalises as "138…" does
	switch method {
	case MethodMask:
		return mask(s, intParam(param, 4))
	case MethodPseudonymise:
		return m.pseudonym(s, param)
	case MethodGeneralise:
		if g, ok := generalise(f.Type, s, param); ok {
			return g
		}
	}
	return "[" + strings.ToUpper(f.Type.String()) + "]"
}

// apply replaces the findings fs (offsets relative to base) in text.
func (m *Minimiser) apply(text []byte, base int64, fs []Finding, method, param string) []byte {
	out := make([]byte, 0, len(text))
	last := 0
	for _, f := range fs {
		s, e := int(f.Start-base), int(f.End-base)
		if s < last {
			continue
		}
		out = append(out, text[last:s]...)
		out = append(out, m.replacement(f, string(text[s:e]), method, param)...)
		last = e
	}
	return append(out, text[last:]...)
}

// Text returns text with every finding replaced: by "[TYPE]" (redact), a
// mask, a pseudonym, or a generalisation ("[TYPE]" where there is none).
func (m *Minimiser) Text(text []byte, method, param string) ([]byte, error) {
	if err := m.check(method, param); err != nil {
		return nil, err
	}
	return m.apply(text, 0, m.d.Detect(text), method, param), nil
}

// Stream copies src to dst with every finding replaced as Text does, in
// bounded memory whatever the size of src. The output equals Text's when
// normalisation changes nothing (see Scanner).
func (m *Minimiser) Stream(dst io.Writer, src io.Reader, method, param string) error {
	if err := m.check(method, param); err != nil {
		return err
	}
	return m.stream(dst, newChunker(src, m.d, 0), method, param)
}

func (m *Minimiser) stream(dst io.Writer, c *chunker, method, param string) error {
	w := bufio.NewWriter(dst)
	c.keep = 0 // stream offset up to which output has been written
	for {
		ok, err := c.next()
		if err != nil {
			return err
		}
		if !ok {
			break
		}
		done := c.keep
		for _, f := range c.fs {
			w.Write(c.buf[done-c.off : f.Start-c.off])
			w.WriteString(m.replacement(f, string(c.buf[f.Start-c.off:f.End-c.off]), method, param))
			done = f.End
		}
		if c.settled > done {
			w.Write(c.buf[done-c.off : c.settled-c.off])
			done = c.settled
		}
		c.keep = done
	}
	return w.Flush()
}
