package http

import (
	"context"
	"log/slog"

	"github.com/comity-project/comity"
)

const principalKey ctxKey = iota + 100

func withRequestID(ctx context.Context, id string) context.Context {
	return context.WithValue(ctx, requestIDKey, id)
}

func requestIDFrom(ctx context.Context) string {
	id, _ := ctx.Value(requestIDKey).(string)
	return id
}

// RequestID returns the request id of an API request's context.
func RequestID(ctx context.Context) string { return requestIDFrom(ctx) }

func withPrincipal(ctx context.Context, p *comity.Principal) context.Context {
	return context.WithValue(ctx, principalKey, p)
}

func principalFrom(ctx context.Context) *comity.Principal {
	p, _ := ctx.Value(principalKey).(*comity.Principal)
	return p
}

// PrincipalFrom returns the authenticated principal of a request handled by
// a Mount, or nil for a public one.
func PrincipalFrom(ctx context.Context) *comity.Principal { return principalFrom(ctx) }

func levelFor(status int) slog.Level {
	switch {
	case status >= 500:
		return slog.LevelError
	case status >= 400:
		return slog.LevelInfo
	}
	return slog.LevelInfo
}

func argsToAttrs(args []any) []slog.Attr {
	attrs := make([]slog.Attr, 0, len(args)/2)
	for i := 0; i+1 < len(args); i += 2 {
		attrs = append(attrs, slog.Any(args[i].(string), args[i+1]))
	}
	return attrs
}
