package http

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"net/http"
	"runtime/debug"
	"time"

	"github.com/comity-project/comity"
)

// RequestIDHeader carries the request id back to the caller and between
// nodes, so one id follows a forwarded request through every log.
const RequestIDHeader = "Request-Id"

type ctxKey int

const requestIDKey ctxKey = iota

// wrap turns a route into an http.Handler: request id, authentication,
// authorisation by role, the handler, encoding, logging and metrics.
func (s *Server) wrap(rt route) http.Handler {
	if rt.handler != nil {
		return s.wrapHandler(rt, rt.handler)
	}
	return s.wrapHandler(rt, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p := principalFrom(r.Context())
		status, v, err := rt.fn(r, p)
		if err != nil {
			s.fail(w, r, err)
			return
		}
		if raw, ok := v.(rawResponse); ok {
			w.Header().Set("Content-Type", raw.contentType)
			w.WriteHeader(status)
			w.Write(raw.body)
			return
		}
		if v == nil {
			w.WriteHeader(status)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Cache-Control", "no-store")
		w.WriteHeader(status)
		if body, err := encodeJSON(v); err == nil {
			w.Write(body)
		}
	}))
}

// wrapHandler applies the API's request id, authentication, role check,
// logging and metrics to any handler.
func (s *Server) wrapHandler(rt route, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		id := r.Header.Get(RequestIDHeader)
		if !validRequestID(id) {
			id = newRequestID()
		}
		w.Header().Set(RequestIDHeader, id)
		s.setSerialHeader(w)
		ctx := withRequestID(r.Context(), id)
		sw := &statusWriter{ResponseWriter: w, status: http.StatusOK}
		var p *comity.Principal
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				s.cfg.Logger.ErrorContext(ctx, "panic", "request_id", id, "panic", v, "stack", string(debug.Stack()))
				s.fail(sw, r.WithContext(ctx), fmt.Errorf("panic: %v", v))
			}
			d := time.Since(start)
			s.metrics.observe(rt.pattern, sw.status, d)
			level := levelFor(sw.status)
			if !s.cfg.Logger.Enabled(ctx, level) {
				return // the attributes below cost allocations for nothing
			}
			attrs := []any{"request_id", id, "route", rt.pattern, "path", r.URL.Path, "status", sw.status,
				"duration_ms", float64(d.Microseconds()) / 1000}
			if p != nil {
				attrs = append(attrs, "principal", p.ID)
				if p.Via != "" {
					attrs = append(attrs, "via", p.Via)
				}
			}
			s.cfg.Logger.LogAttrs(ctx, level, "http request", argsToAttrs(attrs)...)
		}()

		if !rt.public {
			var err error
			p, err = s.authenticate(r, rt.anySerial)
			if err != nil {
				w.Header().Set("WWW-Authenticate", `Bearer realm="comity"`)
				s.fail(sw, r.WithContext(ctx), err)
				return
			}
			if !p.HasAny(rt.roles...) {
				s.fail(sw, r.WithContext(ctx), comity.Errorf(comity.EFORBIDDEN, "role %v may not call %s", p.Roles, rt.pattern))
				return
			}
			ctx = withPrincipal(ctx, p)
		}
		// Only now, authenticated and authorised, is the body read.
		if rt.maxBody > 0 {
			r.Body = http.MaxBytesReader(sw, r.Body, rt.maxBody)
		}
		s.guardBody(w, r)
		next.ServeHTTP(sw, r.WithContext(ctx))
	})
}

// fail writes err as problem details; internal causes go to the log only.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error) {
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) {
		err = comity.Errorf(comity.ETOOLARGE, "request body over %d bytes", mbe.Limit)
	}
	id := requestIDFrom(r.Context())
	if comity.ErrorCode(err) == comity.EINTERNAL {
		s.cfg.Logger.ErrorContext(r.Context(), "internal error", "request_id", id, "err", err)
	}
	p := ProblemFor(err, id)
	p.Instance = r.URL.Path
	writeProblem(w, p)
}

type statusWriter struct {
	http.ResponseWriter
	status int
}

func (w *statusWriter) WriteHeader(code int) {
	w.status = code
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// rawResponse is a handler value written as is (OpenAPI, metrics text).
type rawResponse struct {
	contentType string
	body        []byte
}

func newRequestID() string {
	b := make([]byte, 8)
	rand.Read(b)
	return hex.EncodeToString(b)
}

// validRequestID accepts a caller's id only if it is short and plain, so
// that it cannot forge log lines.
func validRequestID(id string) bool {
	if id == "" || len(id) > 64 {
		return false
	}
	for _, c := range id {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_') {
			return false
		}
	}
	return true
}
