package main

import (
	"bytes"
	"crypto/tls"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/comity-project/comity/federation"
)

// TestREADMERunningANode runs the README's "Running a node" commands as a
// new user would paste them into a shell, with the README's relative --dir
// and again with an absolute one. Only the port is changed (a free one, as
// tests share the machine), and the client commands find the node by
// $COMITY_NODE.
func TestREADMERunningANode(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	lines := readmeBlock(t, string(readme), "## Running a node")
	for _, dirKind := range []string{"relative", "absolute"} {
		t.Run(dirKind, func(t *testing.T) {
			work := t.TempDir()
			bin := filepath.Join(work, "bin")
			if err := os.Mkdir(bin, 0o755); err != nil {
				t.Fatal(err)
			}
			// "comity" on PATH is this test binary running Main.
			wrapper := fmt.Sprintf("#!/bin/sh\n%s=1 exec %q -test.run='^TestMainProcess$' -- \"$@\"\n", childEnv, os.Args[0])
			if err := os.WriteFile(filepath.Join(bin, "comity"), []byte(wrapper), 0o755); err != nil {
				t.Fatal(err)
			}
			var ndjson bytes.Buffer
			for i := range 30 {
				fmt.Fprintf(&ndjson, `{"id":"CN-%03d","category":"personal","subjects":["s-%d"],"fields":{"name":"Person %d"}}`+"\n", i, i, i)
			}
			if err := os.WriteFile(filepath.Join(work, "customers.ndjson"), ndjson.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			addr := freeAddr(t)
			env := append(os.Environ(), "PATH="+bin+":"+os.Getenv("PATH"), "COMITY_NODE=https://"+addr)
			var server *exec.Cmd
			for _, line := range lines {
				line = strings.ReplaceAll(line, "127.0.0.1:7443", addr)
				if dirKind == "absolute" {
					line = strings.ReplaceAll(line, "./cn", filepath.Join(work, "cn"))
				}
				sh := exec.Command("sh", "-c", line)
				sh.Dir, sh.Env = work, env
				if strings.HasPrefix(line, "comity serve") {
					var out bytes.Buffer
					sh.Stdout, sh.Stderr = &out, &out
					sh.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
					if err := sh.Start(); err != nil {
						t.Fatal(err)
					}
					server = sh
					exited := make(chan struct{})
					go func() { server.Wait(); close(exited) }()
					t.Cleanup(func() {
						syscall.Kill(-server.Process.Pid, syscall.SIGTERM)
						<-exited
					})
					waitReady(t, filepath.Join(work, "cn", "ca", federation.CACertFile), "https://"+addr, exited, &out)
					continue
				}
				if out, err := sh.CombinedOutput(); err != nil {
					t.Fatalf("%s: %v\n%s", line, err, out)
				}
			}
			if server == nil {
				t.Fatal("the README's block starts no node")
			}
			if b, err := os.ReadFile(filepath.Join(work, "acme.token")); err != nil || len(bytes.TrimSpace(b)) == 0 {
				t.Fatalf("acme.token: %v %q", err, b)
			}
		})
	}
}

// readmeBlock returns the commands of the first sh block after heading,
// with continued lines joined.
func readmeBlock(t *testing.T, readme, heading string) []string {
	t.Helper()
	_, after, ok := strings.Cut(readme, heading+"\n")
	if !ok {
		t.Fatalf("README has no %q", heading)
	}
	_, after, ok = strings.Cut(after, "```sh\n")
	if !ok {
		t.Fatalf("README: no sh block under %q", heading)
	}
	block, _, _ := strings.Cut(after, "```")
	block = strings.ReplaceAll(block, "\\\n", " ")
	var lines []string
	for _, l := range strings.Split(block, "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
			lines = append(lines, l)
		}
	}
	return lines
}

func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// waitReady waits until the node at url answers /readyz over TLS checked
// against the CA file.
func waitReady(t *testing.T, caFile, url string, exited <-chan struct{}, out *bytes.Buffer) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		select {
		case <-exited:
			t.Fatalf("comity serve exited:\n%s", out)
		default:
		}
		if pool, err := federation.LoadCertPool(caFile); err == nil {
			hc := &http.Client{Timeout: 2 * time.Second, Transport: &http.Transport{TLSClientConfig: &tls.Config{RootCAs: pool}}}
			if resp, err := hc.Get(url + "/readyz"); err == nil {
				resp.Body.Close()
				if resp.StatusCode == http.StatusOK {
					return
				}
			}
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("the node at %s is not ready after 30s:\n%s", url, out)
}
