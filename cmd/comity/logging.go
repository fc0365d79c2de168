package main

import (
	"io"
	"log/slog"

	"k8s.io/klog/v2"
)

// newLogger returns a JSON logger at level on w and sends the logs of
// libraries that use klog (Tessera) through it, so that a node writes one
// stream of structured logs.
func newLogger(w io.Writer, level string) *slog.Logger {
	var l slog.Level
	switch level {
	case "debug":
		l = slog.LevelDebug
	case "warn":
		l = slog.LevelWarn
	case "error":
		l = slog.LevelError
	}
	logger := slog.New(slog.NewJSONHandler(w, &slog.HandlerOptions{Level: l}))
	klog.SetSlogLogger(logger.With("component", "tessera"))
	return logger
}
