package comity_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"
)

// readers are the RecordStore methods that return record content.
var readers = map[string]bool{"GetRecord": true, "QueryRecords": true}

// allowed lists the only non-test files that may call them, and why.
var allowed = map[string]string{
	"gate.go":    "the gate: decide, log, release",
	"records.go": "RecordService.owned and Update: ownership checks and metadata, never fields",
}

// TestOnlyTheGateReadsRecords parses every Go file of the module and fails
// if any code outside the gate (and the stores and their tests) calls a
// RecordStore method that returns record content.
func TestOnlyTheGateReadsRecords(t *testing.T) {
	fset := token.NewFileSet()
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "sqlite" || d.Name() == "postgres" || d.Name() == "storetest" || d.Name() == "testdata") {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			return err
		}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			sel, ok := call.Fun.(*ast.SelectorExpr)
			if ok && readers[sel.Sel.Name] {
				if _, ok := allowed[path]; !ok {
					t.Errorf("%s: %s called outside the gate", fset.Position(call.Pos()), sel.Sel.Name)
				}
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
