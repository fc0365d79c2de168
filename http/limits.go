package http

import (
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/comity-project/comity"
)

// Defaults of the limits on slow and hostile clients (see Config).
const (
	DefaultMaxHeaderBytes = 64 << 10
	DefaultBodyIdle       = 30 * time.Second
	DefaultMinBodyRate    = 1 << 10 // bytes per second, averaged after BodyIdle
	// hardHeaderBytes is the net/http server's own limit, which answers in
	// plain text: well above MaxHeaderBytes, so that the API's problem
	// details answer first.
	hardHeaderBytes = 1 << 20
)

// headerBytes estimates the size of r's request line and headers as sent.
func headerBytes(r *http.Request) int {
	n := len(r.Method) + len(r.RequestURI) + len(r.Proto) + 4
	for k, vs := range r.Header {
		for _, v := range vs {
			n += len(k) + len(v) + 4
		}
	}
	return n
}

// bodyGuard cuts a request body that stops arriving: every read must come
// within BodyIdle of the previous one, and the body as a whole must keep to
// MinBodyRate after a first BodyIdle, so that an import may be long but a
// trickle cannot hold a connection. It sets the connection's read deadline,
// which overrides the server's ReadTimeout for this request.
type bodyGuard struct {
	body  interface{ Read([]byte) (int, error) }
	rc    *http.ResponseController
	start time.Time
	n     int64
	idle  time.Duration
	rate  int64
}

func (g *bodyGuard) Read(p []byte) (int, error) {
	now := time.Now()
	deadline := now.Add(g.idle)
	if paced := g.start.Add(g.idle + time.Duration(g.n/g.rate)*time.Second); paced.Before(deadline) {
		deadline = paced
	}
	if err := g.rc.SetReadDeadline(deadline); err != nil {
		// A writer that cannot set deadlines (a test recorder): the
		// server's ReadTimeout still applies.
		g.rc = nil
	}
	n, err := g.body.Read(p)
	g.n += int64(n)
	return n, err
}

func (g *bodyGuard) Close() error {
	if c, ok := g.body.(interface{ Close() error }); ok {
		return c.Close()
	}
	return nil
}

// guardBody wraps r's body in a bodyGuard.
func (s *Server) guardBody(w http.ResponseWriter, r *http.Request) {
	if r.Body == nil || r.Body == http.NoBody {
		return
	}
	r.Body = &bodyGuard{body: r.Body, rc: http.NewResponseController(w), start: time.Now(), idle: s.cfg.BodyIdle, rate: s.cfg.MinBodyRate}
}

// unrouted answers a request that no route takes, 404 or 405 (with Allow),
// as problem details.
func (s *Server) unrouted(w http.ResponseWriter, r *http.Request, h http.Handler) {
	rec := &recorder{header: http.Header{}}
	h.ServeHTTP(rec, r)
	id := newRequestID()
	w.Header().Set(RequestIDHeader, id)
	switch rec.status {
	case http.StatusNotFound:
		p := ProblemFor(comity.Errorf(comity.ENOTFOUND, "no such route: %s %s", r.Method, comity.Printable(r.URL.Path)), id)
		p.Instance = r.URL.Path
		writeProblem(w, p)
	case http.StatusMethodNotAllowed:
		if allow := rec.header.Get("Allow"); allow != "" {
			w.Header().Set("Allow", allow)
		}
		p := ProblemFor(comity.Errorf(comity.EMETHOD, "%s is not served with %s; allowed: %s", comity.Printable(r.URL.Path), r.Method, rec.header.Get("Allow")), id)
		p.Instance = r.URL.Path
		writeProblem(w, p)
	default: // a redirect (a path without its trailing slash)
		for k, vs := range rec.header {
			w.Header()[k] = vs
		}
		w.WriteHeader(rec.status)
		w.Write(rec.body)
	}
}

// recorder keeps the answer of the mux's own 404, 405 and redirect
// handlers, so that unrouted can rewrite it.
type recorder struct {
	header http.Header
	status int
	body   []byte
}

func (r *recorder) Header() http.Header { return r.header }
func (r *recorder) WriteHeader(code int) {
	if r.status == 0 {
		r.status = code
	}
}
func (r *recorder) Write(b []byte) (int, error) {
	if r.status == 0 {
		r.status = http.StatusOK
	}
	r.body = append(r.body, b...)
	return len(b), nil
}

// LimitListener returns a listener that holds at most n connections at
// once; the rest wait in the kernel's listen queue until one closes. n <= 0
// means no limit.
func LimitListener(l net.Listener, n int) net.Listener {
	if n <= 0 {
		return l
	}
	return &limitListener{Listener: l, sem: make(chan struct{}, n)}
}

type limitListener struct {
	net.Listener
	sem chan struct{}
}

func (l *limitListener) Accept() (net.Conn, error) {
	l.sem <- struct{}{}
	c, err := l.Listener.Accept()
	if err != nil {
		<-l.sem
		return nil, err
	}
	return &limitConn{Conn: c, release: func() { <-l.sem }}, nil
}

type limitConn struct {
	net.Conn
	once    sync.Once
	release func()
}

func (c *limitConn) Close() error {
	err := c.Conn.Close()
	c.once.Do(c.release)
	return err
}
