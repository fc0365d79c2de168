package node_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/node"
)

func TestStoreConfig(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		name, yaml string
		want       node.StoreConfig
		err        string
	}{
		{"default", ``, node.StoreConfig{Driver: "sqlite", Path: filepath.Join(dir, "comity.db")}, ""},
		{"one string: sqlite", `store: sqlite`, node.StoreConfig{Driver: "sqlite", Path: filepath.Join(dir, "comity.db")}, ""},
		{"one string: sqlite path", `store: sqlite:cn.db`, node.StoreConfig{Driver: "sqlite", Path: filepath.Join(dir, "cn.db")}, ""},
		{"one string: postgres", `store: postgres://comity@127.0.0.1/cn`,
			node.StoreConfig{Driver: "postgres", URL: "postgres://comity@127.0.0.1/cn"}, ""},
		{"mapping", "store:\n  url: postgres://comity@db.example/cn?sslmode=verify-full\n  schema: cn\n  max_conns: 20\n  statement_timeout: 5s",
			node.StoreConfig{Driver: "postgres", URL: "postgres://comity@db.example/cn?sslmode=verify-full", Schema: "cn",
				MaxConns: 20, StatementTimeout: 5 * time.Second}, ""},
		{"in the clear over the network", `store: postgres://comity:hunter2@db.example/cn`, node.StoreConfig{}, "sslmode"},
		{"unknown scheme", `store: mysql://comity:hunter2@db/cn`, node.StoreConfig{}, "want sqlite"},
		{"postgres without a url", "store:\n  driver: postgres", node.StoreConfig{}, "needs a url"},
		{"unknown driver", "store:\n  driver: oracle", node.StoreConfig{}, "want sqlite or postgres"},
		{"negative pool", "store:\n  url: postgres://127.0.0.1/cn\n  max_conns: -1", node.StoreConfig{}, "positive"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(dir, "node.yaml")
			if err := os.WriteFile(path, []byte("name: cn-node\njurisdiction: CN\n"+tc.yaml+"\n"), 0o600); err != nil {
				t.Fatal(err)
			}
			cfg, err := node.LoadConfig(path)
			if tc.err != "" {
				if comity.ErrorCode(err) != comity.EINVALID || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("error %v, want invalid saying %q", err, tc.err)
				}
				if strings.Contains(err.Error(), "hunter2") {
					t.Errorf("the error shows the password: %v", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if cfg.Store != tc.want {
				t.Errorf("store = %+v, want %+v", cfg.Store, tc.want)
			}
		})
	}
	t.Run("serve --store overrides the file", func(t *testing.T) {
		path := filepath.Join(dir, "node.yaml")
		os.WriteFile(path, []byte("name: cn-node\njurisdiction: CN\n"), 0o600)
		cfg, err := node.LoadConfig(path)
		if err != nil {
			t.Fatal(err)
		}
		if err := cfg.SetStore("postgres://127.0.0.1/cn"); err != nil || cfg.Store.Driver != "postgres" {
			t.Fatalf("store = %+v, %v", cfg.Store, err)
		}
		if err := cfg.SetStore("ftp://x"); comity.ErrorCode(err) != comity.EINVALID {
			t.Errorf("bad --store: %v", err)
		}
	})
}

// storeUsage is the fixed text of the store form's errors.
const storeUsage = "store: want sqlite, sqlite:PATH or a postgres:// URL"

// FuzzStoreConfig feeds the one-string store form: it never panics and
// never repeats its input (which may hold a password) in an error.
func FuzzStoreConfig(f *testing.F) {
	for _, s := range []string{"sqlite", "sqlite:x.db", "postgres://u:pw@127.0.0.1/db", "postgres://u:pw@h/db?sslmode=disable",
		"postgresql://", "postgres://[::1", "mysql://u:pw@h/db"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var c node.StoreConfig
		err := c.Set(s)
		if err == nil {
			return
		}
		// An input that is itself a piece of the fixed message (say
		// "postgres:") is not repeated, only matched.
		if len(s) > 8 && strings.Contains(err.Error(), s) && !strings.Contains(storeUsage, s) {
			t.Errorf("error repeats the input: %v", err)
		}
	})
}

func TestLedgerConfig(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		name, yaml string
		want       node.LedgerConfig
		err        string
	}{
		{"default", ``, node.LedgerConfig{Dir: filepath.Join(dir, "log")}, ""},
		{"one string: directory", `ledger: cnlog`, node.LedgerConfig{Dir: filepath.Join(dir, "cnlog")}, ""},
		{"one string: mysql", `ledger: mysql://comity@127.0.0.1:3306/cn_log`,
			node.LedgerConfig{Dir: filepath.Join(dir, "log"), URL: "mysql://comity@127.0.0.1:3306/cn_log"}, ""},
		{"mapping", "ledger:\n  url: mysql://comity@db.example/cn_log?tls=true\n  max_merge_delay: 5s",
			node.LedgerConfig{Dir: filepath.Join(dir, "log"), URL: "mysql://comity@db.example/cn_log?tls=true", MaxMergeDelay: 5 * time.Second}, ""},
		{"in the clear over the network", `ledger: mysql://comity:hunter2@db.example/cn_log`, node.LedgerConfig{}, "tls=true"},
		{"no database", `ledger: mysql://comity:hunter2@127.0.0.1`, node.LedgerConfig{}, "want mysql://"},
		{"merge delay below the driver's", "ledger:\n  url: mysql://127.0.0.1/cn_log\n  max_merge_delay: 1s", node.LedgerConfig{}, "at least 2s"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(dir, "node.yaml")
			if err := os.WriteFile(path, []byte("name: cn-node\njurisdiction: CN\n"+tc.yaml+"\n"), 0o600); err != nil {
				t.Fatal(err)
			}
			cfg, err := node.LoadConfig(path)
			if tc.err != "" {
				if comity.ErrorCode(err) != comity.EINVALID || !strings.Contains(err.Error(), tc.err) || strings.Contains(err.Error(), "hunter2") {
					t.Fatalf("error %v, want invalid saying %q and no password", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			tc.want.SubjectKey = filepath.Join(dir, "subject.key")
			if tc.want.MaxMergeDelay == 0 {
				tc.want.MaxMergeDelay = 2 * time.Second
			}
			if cfg.Ledger != tc.want {
				t.Errorf("ledger = %+v, want %+v", cfg.Ledger, tc.want)
			}
		})
	}
}
