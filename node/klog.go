package node

import (
	"context"
	"log/slog"

	"k8s.io/klog/v2"
)

// routeKlog sends what Tessera logs through klog (by default to stderr, in
// klog's own format, alarming on a log's first start: "this should only
// happen ONCE per log!") into the node's structured log, with its routine
// messages at debug level. klog is process-wide: the last node opened in a
// process receives them.
func routeKlog(logger *slog.Logger) {
	klog.SetSlogLogger(slog.New(demote{logger.With("component", "tessera").Handler()}))
}

// demote lowers info messages to debug; warnings and errors stay.
type demote struct{ h slog.Handler }

func (d demote) level(l slog.Level) slog.Level {
	if l < slog.LevelWarn {
		return slog.LevelDebug
	}
	return l
}

func (d demote) Enabled(ctx context.Context, l slog.Level) bool { return d.h.Enabled(ctx, d.level(l)) }

func (d demote) Handle(ctx context.Context, r slog.Record) error {
	r.Level = d.level(r.Level)
	return d.h.Handle(ctx, r)
}

func (d demote) WithAttrs(as []slog.Attr) slog.Handler { return demote{d.h.WithAttrs(as)} }
func (d demote) WithGroup(name string) slog.Handler    { return demote{d.h.WithGroup(name)} }
