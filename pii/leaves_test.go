package pii

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"
)

// FuzzLeaves: leaves visits exactly the scalars, paths and raw texts that
// rewrite does, in the same order, and refuses what rewrite refuses.
func FuzzLeaves(f *testing.F) {
	for _, s := range []string{`{}`, `[]`, `1`, `"x"`, `null`, ` {"a" : [1, {"b":"c\"d"}, true], "a":null, "é\u00e9":-1.5e3} `,
		`{"name":"用户","phone":"+86 139 1234 5678","contacts":[{"phone":"x"},[[]]]}`, "{\"\xff\":1}", `{"k\\":[{}]}`,
		strings.Repeat("[", 70) + strings.Repeat("]", 70), strings.Repeat(`{"a":`, 66) + "1" + strings.Repeat("}", 66)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !json.Valid([]byte(s)) {
			return
		}
		var want, got []string
		_, werr := rewrite(json.RawMessage(s), nil, func(path []string, leaf json.RawMessage) (json.RawMessage, error) {
			want = append(want, fmt.Sprintf("%q=%s", path, leaf))
			return nil, nil
		}, nil)
		gerr := leaves([]byte(s), func(path []string, leaf []byte) {
			got = append(got, fmt.Sprintf("%q=%s", path, leaf))
		})
		if (werr == nil) != (gerr == nil) {
			t.Fatalf("%q: rewrite error %v, leaves error %v", s, werr, gerr)
		}
		if werr == nil && !slices.Equal(want, got) {
			t.Fatalf("%q:\nrewrite visits %q\nleaves visits  %q", s, want, got)
		}
	})
}

// BenchmarkClassifyWalk compares, on a bulk-import record's fields, the
// walk classification now makes (leaves) with the one it made before
// (rewrite, which also builds a copy), and the whole of Classify.
//
//	go test ./pii -run '^$' -bench ClassifyWalk
func BenchmarkClassifyWalk(b *testing.B) {
	fields := json.RawMessage(`{"name":"用户17","phone":"+86 139 0017 0119","city":"上海","seq":17,"contacts":[{"email":"a@example.cn"}]}`)
	b.Run("walk=rewrite", func(b *testing.B) {
		for range b.N {
			rewrite(fields, nil, func([]string, json.RawMessage) (json.RawMessage, error) { return nil, nil }, nil)
		}
	})
	b.Run("walk=leaves", func(b *testing.B) {
		for range b.N {
			leaves(fields, func([]string, []byte) {})
		}
	})
	b.Run("classify", func(b *testing.B) {
		c, err := NewClassifier(context.Background(), ClassifierConfig{})
		if err != nil {
			b.Fatal(err)
		}
		for range b.N {
			c.Classify(fields)
		}
	})
}
