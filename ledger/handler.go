package ledger

import (
	"errors"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
)

// tilePath matches the C2SP tlog-tiles resource paths: tile/<L>/<N> and
// tile/entries/<N>, with N as x-prefixed 3-digit groups, and an optional
// .p/<W> partial suffix.
var tilePath = regexp.MustCompile(`^tile/(?:[0-9]|[1-5][0-9]|6[0-3]|entries)/(?:x[0-9]{3}/)*[0-9]{3}(?:\.p/(?:[1-9]|[1-9][0-9]|1[0-9][0-9]|2[0-4][0-9]|25[0-5]))?$`)

// Handler serves the log's C2SP tlog-tiles read API from Dir (or MySQL): /checkpoint,
// /tile/<L>/<N>[.p/<W>] and /tile/entries/<N>[.p/<W>]. It is public. Full
// tiles and bundles never change, so they are cached for a year as
// immutable; the checkpoint and partial resources change or disappear, so
// they are cached briefly. Mount it under a prefix with http.StripPrefix.
func (l *Log) Handler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		p := strings.TrimPrefix(r.URL.Path, "/")
		var cache string
		switch {
		case p == "checkpoint":
			cache = "public, max-age=1"
		case tilePath.MatchString(p) && strings.Contains(p, ".p/"):
			cache = "public, max-age=10"
		case tilePath.MatchString(p):
			cache = "public, max-age=31536000, immutable"
		default:
			http.NotFound(w, r)
			return
		}
		var b []byte
		var err error
		if l.db != nil {
			b, err = l.readResource(r.Context(), p)
		} else {
			b, err = os.ReadFile(filepath.Join(l.cfg.Dir, filepath.FromSlash(p)))
		}
		if os.IsNotExist(err) || errors.Is(err, os.ErrNotExist) || errors.Is(err, errNotFound) {
			http.NotFound(w, r)
			return
		} else if err != nil {
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		w.Header().Set("Cache-Control", cache)
		w.Header().Set("Access-Control-Allow-Origin", "*")
		if p == "checkpoint" {
			w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		} else {
			w.Header().Set("Content-Type", "application/octet-stream")
		}
		w.Write(b)
	})
}
