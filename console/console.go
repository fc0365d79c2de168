// Package console is the node's web console: one static page, embedded in
// the binary, that talks to the node's own API with the token its user
// enters. It holds no state and no secret; every view passes through the
// same authentication, authorisation and gate as any other client.
package console

import (
	"embed"
	"io/fs"
	"net/http"
)

//go:embed static
var static embed.FS

// Handler serves the console's files under the path it is mounted at
// (strip the prefix first), with headers that keep the page from being
// framed or from loading anything but its own files.
func Handler() http.Handler {
	sub, _ := fs.Sub(static, "static") // the directory is embedded above
	files := http.FileServer(http.FS(sub))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", "default-src 'self'; connect-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("Cache-Control", "no-cache")
		files.ServeHTTP(w, r)
	})
}
