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
	"sync"
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
			var (
				server    *exec.Cmd
				serverOut syncBuffer
			)
			for _, line := range lines {
				line = strings.ReplaceAll(line, "127.0.0.1:7443", addr)
				if dirKind == "absolute" {
					line = strings.ReplaceAll(line, "./cn", filepath.Join(work, "cn"))
				}
				sh := exec.Command("sh", "-c", line)
				sh.Dir, sh.Env = work, env
				if strings.HasPrefix(line, "comity serve") {
					out := &serverOut
					sh.Stdout, sh.Stderr = out, out
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
					waitReady(t, filepath.Join(work, "cn", "ca", federation.CACertFile), "https://"+addr, exited, out)
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
			if dirKind == "absolute" {
				return
			}
			// What the next commands of a first hour say.
			sh := func(line string) (stdout, stderr string, err error) {
				var o, e bytes.Buffer
				c := exec.Command("sh", "-c", line)
				c.Dir, c.Env, c.Stdout, c.Stderr = work, env, &o, &e
				err = c.Run()
				return o.String(), e.String(), err
			}
			if out, _, err := sh("comity --version"); err != nil || !strings.HasPrefix(out, "comity ") {
				t.Errorf("comity --version: %q %v", out, err)
			}
			out, errOut, err := sh("comity import --ca ./cn/ca/ca.pem --token-file acme.token --batch 10 customers.ndjson")
			if err != nil || !strings.HasPrefix(out, "imported customers.ndjson: 0 created, 0 updated, 30 unchanged") ||
				!strings.Contains(errOut, "importing: 30 records stored\n") || strings.Contains(errOut, "\r") {
				t.Errorf("import progress off a terminal: %v\nstdout %q\nstderr %q", err, out, errOut)
			}
			if out, errOut, err := sh("comity import -q --ca ./cn/ca/ca.pem --token-file acme.token customers.ndjson"); err != nil || errOut != "" || strings.Count(out, "\n") != 1 {
				t.Errorf("import -q: %v\nstdout %q\nstderr %q", err, out, errOut)
			}
			if _, errOut, err := sh("comity import --token-file acme.token customers.ndjson"); err == nil || !strings.Contains(errOut, "--ca FILE") {
				t.Errorf("import without --ca: %v %q", err, errOut)
			}
			if out, errOut, err := sh("comity principal list --ca ./cn/ca/ca.pem --token-file ./cn/operator.token"); err != nil ||
				!strings.Contains(out, "acme") || !strings.Contains(out, "controller") || strings.Contains(out, "cmt_") {
				t.Errorf("principal list: %v\n%s%s", err, out, errOut)
			}
			for _, want := range []string{"node:            https://" + addr, "log:             https://" + addr + "/log/", "log verifier:    cn-node+"} {
				if !strings.Contains(serverOut.String(), want) {
					t.Errorf("serve does not print %q:\n%s", want, serverOut.String())
				}
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
func waitReady(t *testing.T, caFile, url string, exited <-chan struct{}, out *syncBuffer) {
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

// syncBuffer is a bytes.Buffer a child process writes while the test reads.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}
